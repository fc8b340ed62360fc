#!/bin/sh
# tests/cli/fix_chinese.sh - `pppconf fix` says the fix's title, risk and next steps in Simplified Chinese where the locale asks for it, wrapped within 80 columns; English and the JSON object as before elsewhere.
. "$(dirname "$0")/../lib.sh"

cd "$T_TMP" || exit 2
zh() { env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE LANG=zh_CN.UTF-8 "$PPPCONF" "$@"; }
c() { env -u LC_ALL -u LC_CTYPE -u LC_MESSAGES -u LANGUAGE LANG=C "$PPPCONF" "$@"; }
widest() {
	python3 -c 'import sys, unicodedata
print(max([sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in l.rstrip("\n"))
           for l in sys.stdin] or [0]))'
}

printf 'lock\n' >options
c fix l2tp-noipsec --platform macos --no-ipsec-confirmed --dry-run options >/dev/null 2>&1
want=$?
zh fix l2tp-noipsec --platform macos --no-ipsec-confirmed --dry-run options >zh.out 2>zh.err
t_eq "Chinese dry run: the same exit status as in English" "$want" "$?"
t_contains "the title in Chinese" "$(cat zh.out)" '"IPSec 共享密钥"丢失（macOS 上的 L2TP VPN）:'
t_contains "the risk in Chinese" "$(tr -d '\n' <zh.out)" "后果：隧道不再受 IPsec 保护"
t_contains "pppd's own words kept" "$(tr -d '\n' <zh.out)" '"L2TP: no user shared secret found."'
if command -v python3 >/dev/null 2>&1; then
	t_eq "Chinese text wrapped within 80 columns" 1 "$(zh fix l2tp-noipsec --platform macos \
		--no-ipsec-confirmed --dry-run options 2>/dev/null | widest | awk '{ print ($1 <= 80) }')"
fi
t_eq "a dry run writes nothing" lock "$(cat options)"

cp options real
zh fix l2tp-noipsec --platform macos --no-ipsec-confirmed --yes real >zhw.out 2>zhw.err
t_eq "Chinese: written (changed)" 3 "$?"
t_contains "what next, in Chinese" "$(tr -d '\n' <zhw.out)" "重新连接 VPN"
zh fix l2tp-noipsec-undo --platform macos --yes real >undo.out 2>undo.err
t_eq "Chinese: the undo written (changed)" 3 "$?"
t_contains "the undo's next steps, in Chinese" "$(tr -d '\n' <undo.out)" "需要 IPsec 的服务照常工作"
t_check "after the undo: the file's bytes as before" cmp -s real options

c fix l2tp-noipsec --platform macos --no-ipsec-confirmed --dry-run options >en.out 2>&1
t_contains "LANG=C: English" "$(cat en.out)" "IPSec shared secret missing (L2TP VPN on macOS):"
t_check "LANG=C: ASCII only" sh -c '! LC_ALL=C grep -q "[^ -~]" "$1"' x en.out
zh fix l2tp-noipsec --platform macos --no-ipsec-confirmed --dry-run --json options >zh.json 2>/dev/null
c fix l2tp-noipsec --platform macos --no-ipsec-confirmed --dry-run --json options >en.json 2>/dev/null
t_check "the JSON object keeps the fix's texts in English" grep -q '"about": *"With IPsec on' zh.json

t_done
