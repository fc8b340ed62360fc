#!/bin/sh
# tests/tmux/chinese.sh - the editor in Chinese in a real terminal (tmux, 80x24): chosen from LANG alone, rows within the screen, English again under LC_ALL=C.
. "$(dirname "$0")/../lib.sh"

. "$(dirname "$0")/tmux.lib"

P=$PPPCONF
cp "$TOP/tests/tools/shots/mac-l2tp.options" "$T_TMP/options"
chmod 644 "$T_TMP/options"
HINT="? 帮助  e 编辑"

# Every captured row fits 80 columns, a wide character counted as two; a
# character cut in half would leave tmux's replacement or overflow the row.
fits80() {
	python3 -c '
import sys, unicodedata
bad = 0
for l in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l)
    if w > 80 or "\ufffd" in l:
        print("    too wide or cut (%d): %s" % (w, l))
        bad = 1
sys.exit(bad)' "$1"
}

# ---- LANG=zh_CN.UTF-8 and nothing else: Chinese ----
tm_start zh "-u LC_ALL -u LANGUAGE -u LC_MESSAGES -u LC_CTYPE LANG=zh_CN.UTF-8 TERM=xterm-256color $P --platform macos options"
t_check "LANG=zh_CN.UTF-8: the editor starts with Chinese hints" tm_wait zh "$HINT"
tm send-keys -t main:zh Down
t_check "the pane explains l2tpnoipsec in Chinese" tm_wait zh "平台      仅 macOS"
tm_capture zh >"$T_TMP/zh.txt"
t_contains "the separator counts in Chinese" "$(cat "$T_TMP/zh.txt")" "? 1 个警告"
t_contains "the list's summary is Chinese" "$(cat "$T_TMP/zh.txt")" "两次链路存活检查之间的秒数"
t_eq "the screen has 24 rows" 24 "$(wc -l <"$T_TMP/zh.txt" | tr -d ' ')"
if command -v python3 >/dev/null 2>&1; then
	t_check "no row wider than 80 columns, no character cut" fits80 "$T_TMP/zh.txt"
else
	t_skip "python3 not installed: widths not measured"
fi
tm send-keys -t main:zh a
t_check "a: the picker, in Chinese" tm_wait zh "添加指令"
tm send-keys -t main:zh Escape
t_check "Esc: nothing added, said in Chinese" tm_wait zh "没有添加任何内容。"
tm send-keys -t main:zh q
tm_wait_rc zh
t_eq "q: status 0" 0 "$TM_RC"
t_stty_restored zh
tm_end zh

# ---- LC_ALL=C wins over LANG: English, ASCII only ----
tm_start c "LC_ALL=C LANG=zh_CN.UTF-8 TERM=xterm-256color $P --platform macos options"
t_check "LC_ALL=C: English hints" tm_wait c "? help  e edit"
tm_capture c >"$T_TMP/c.txt"
t_lacks "LC_ALL=C: no Chinese" "$(cat "$T_TMP/c.txt")" "帮助"
t_check "LC_ALL=C: ASCII only" sh -c '! LC_ALL=C grep -q "[^ -~]" "$1"' x "$T_TMP/c.txt"
tm send-keys -t main:c q
tm_wait_rc c
t_eq "LC_ALL=C: q, status 0" 0 "$TM_RC"
tm_end c

t_done
