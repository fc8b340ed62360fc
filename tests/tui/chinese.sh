#!/bin/sh
# tests/tui/chinese.sh - the editor in Simplified Chinese at 80x24 and smaller: help and explanations in Chinese, no wide character cut, English under LANG=C.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
printf 'plugin L2TP.ppp\nl2tpnoipsec\nlock\n#debug\nnoproxyarp\n' >options

# Every dumped row fits its terminal in display columns (a wide character
# is two); the dump writes a wide character whole, so a cut one would
# overflow the row or leave a '?'. A dump named after its width ("61",
# "63help") is measured against it, the others against COLS.
fits() {  # NAME COLS
	python3 - "$T_TMP/$1.screen" "$2" <<'PY'
import re, sys, unicodedata
cols = bad = 0
for l in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    m = re.match(r"== (\d*)", l)
    if m:
        cols = int(m.group(1) or sys.argv[2])
        continue
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l)
    if w > cols or "\ufffd" in l:
        print("    too wide or cut (%d > %d): %s" % (w, cols, l))
        bad = 1
sys.exit(bad)
PY
}

tui_keys zh <<'KEYS'
j
dump l2tp
i
dump info
q
G
dump untranslated
?
dump help
<PgDn>
dump help2
q
a
type 用户名
dump pick
KEYS
# Chinese from LANG alone, as a Chinese user's shell sets it; the locale
# zh_CN.UTF-8 need not be installed (C.UTF-8 then gives the widths).
env -u LC_ALL -u LANGUAGE -u LC_MESSAGES -u LC_CTYPE LANG=zh_CN.UTF-8 TERM=xterm HOME=$T_TMP \
	"$PPPCONF" --keys zh.keys --size 80x24 --screen-out zh.screen --platform macos options \
	>zh.out 2>zh.err </dev/null
t_eq "the Chinese run ends well" 0 "$?"
tui_golden "l2tpnoipsec explained in Chinese at 80x24" zh l2tp zh_CN-l2tpnoipsec
tui_golden "the help screen in Chinese at 80x24" zh help zh_CN-help
t_contains "the hint line is Chinese" "$(tui_line zh l2tp 23)" "? 帮助  e 编辑  a 添加"
t_contains "the whole explanation, in Chinese" "$(tui_screen zh info)" "L2TP 随后以普通 UDP"
t_contains "the help screen scrolls on in Chinese" "$(tui_screen zh help2)" "撤销上一次编辑"
# the last row, once untranslated, now has its Chinese (the fallback to
# English is tested in tests/unit/test_i18n.c)
t_lacks "the last row needs no untranslated note" "$(tui_screen zh untranslated)" "这条指令的说明尚未翻译"
t_lacks "and shows no English explanation" "$(tui_screen zh untranslated)" "Makes sure pppd adds no proxy-ARP"
t_contains "the picker finds a directive by its Chinese summary" "$(tui_screen zh pick)" \
	"user      设置登录用的用户名"
if command -v python3 >/dev/null 2>&1; then
	t_check "80x24: no row wider than the screen, no character cut" fits zh 80
else
	t_skip "python3 not installed: widths not measured"
fi

# Small and odd sizes: the layout holds, nothing is cut in half.
tui_keys small <<'KEYS'
j
dump 60
i
dump 60i
q
resize 61x16
dump 61
resize 63x20
?
dump 63help
KEYS
TUI_LC=zh_CN.UTF-8 tui_run small options --platform macos --size 60x16
t_eq "LC_ALL=zh_CN.UTF-8 at 60x16: ends well" 0 "$TUI_RC"
t_contains "60x16: the pane is Chinese" "$(tui_screen small 60)" "不用 IPsec"
if command -v python3 >/dev/null 2>&1; then
	t_check "60 to 63 columns: no row wider than the screen, no character cut" fits small 60
fi

# English where the locale is C or not UTF-8, and the same screen as before.
tui_keys en <<'KEYS'
j
dump l2tp
KEYS
TUI_LC=C tui_run en options --platform macos
t_contains "LC_ALL=C: English" "$(tui_screen en l2tp)" "Run L2TP without IPsec"
t_check "LC_ALL=C: ASCII only" sh -c '! LC_ALL=C grep -q "[^ -~]" "$1"' x "$T_TMP/en.screen"
tui_run en options --platform macos
t_contains "C.UTF-8: English" "$(tui_screen en l2tp)" "Run L2TP without IPsec"
t_contains "C.UTF-8: English hints" "$(tui_line en l2tp 23)" "? help  e edit"

t_done
