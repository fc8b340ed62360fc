#!/bin/sh
# tests/tui/chinese_screens.sh - the editor's own screens in Chinese (list, prompt, picker, quit question, the reduced layout, too small), the same keys in English, every Chinese screen within its terminal.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2

# zh NAME FILE [OPTION...]: tui_run, with Chinese chosen from LANG alone.
zh() {
	_n=$1; _f=$2; shift 2
	env -u LC_ALL -u LANGUAGE -u LC_MESSAGES -u LC_CTYPE LANG=zh_CN.UTF-8 TERM=xterm \
		HOME=$T_TMP "$PPPCONF" --keys "$T_TMP/$_n.keys" --size 80x24 \
		--screen-out "$T_TMP/$_n.screen" "$@" "$_f" >"$T_TMP/$_n.out" 2>"$T_TMP/$_n.err" </dev/null
	TUI_RC=$?
}
# en NAME: the keys of NAME again, as run "NAME.en", under LC_ALL=C.
en() {
	_n=$1; _f=$2; shift 2
	cp "$T_TMP/$_n.keys" "$T_TMP/$_n.en.keys"
	TUI_LC=C tui_run "$_n.en" "$_f" "$@"
}
ascii_only() { ! LC_ALL=C grep -q '[^ -~]' "$1"; }

# ---- a real Mac options file: the list, a value prompt, its message ----
cp "$TOP/tests/tools/shots/mac-l2tp.options" options
tui_keys mac <<'KEYS'
dump list
<Down>
<Down>
e
<End>
type 0
dump prompt
<Enter>
dump set
j
j
x
dump enabled
u
resize 40x12
dump small
resize 18x5
dump tiny
resize 80x24
dump back
KEYS
zh mac options --platform macos
t_eq "Chinese, a Mac file: ends well" 0 "$TUI_RC"
tui_golden "the list of a Mac file in Chinese" mac list zh_CN-list
tui_golden "setting a value: the prompt and its verdict in Chinese" mac prompt zh_CN-prompt
tui_golden "at 40x12 the reduced layout, in Chinese" mac small zh_CN-small-40x12
t_contains "below 20x6 the editor asks for a larger terminal, in Chinese" "$(tui_screen mac tiny)" "终端"
t_contains "the separator counts in Chinese" "$(tui_line mac list 7)" "? 1 个警告"
t_contains "the pane's labels are Chinese" "$(tui_screen mac list)" "参数      name (path)；当前为 L2TP.ppp"
t_contains "the prompt names the directive" "$(tui_line mac prompt 22)" "编辑 lcp-echo-interval：300"
t_contains "the verdict is Chinese" "$(tui_line mac prompt 21)" "ok：pppd 接受这个值"
t_contains "what was set is said in Chinese" "$(tui_screen mac set)" "已设置 lcp-echo-interval。"
t_contains "enabling a disabled line is said in Chinese" "$(tui_screen mac enabled)" "已启用 debug。"
t_contains "back at 80x24 after 40x12: the list again" "$(tui_line mac back 23)" "? 帮助"
t_contains "leaving: the discarded edits are said in Chinese" "$(cat mac.out)" \
	"pppconf: 编辑已放弃；options 保持原样。"
en mac options --platform macos
t_eq "the same keys under LC_ALL=C: ends well" 0 "$TUI_RC"
t_contains "LC_ALL=C: the prompt is English" "$(tui_line mac.en prompt 22)" "Edit lcp-echo-interval: 300"
t_contains "LC_ALL=C: the reduced layout, in English" "$(tui_screen mac.en small)" "i more"
t_contains "LC_ALL=C: too small, in English" "$(tui_screen mac.en tiny)" "Terminal too"
t_check "LC_ALL=C: every screen ASCII only" ascii_only "$T_TMP/mac.en.screen"
t_contains "LC_ALL=C: leaving, in English" "$(cat mac.en.out)" "the edits were discarded"

# ---- the same keys as the English goldens: English unchanged, Chinese beside it ----
printf '%s\n' '# test options' noauth 'mtuu 1400' 'password "s3cret pass"' '#debug' \
	'mru 1500' >options
chmod 600 options   # as list_actions.sh: no warning that others can read the password
printf 'dump start\n' | tui_keys start
en start options --platform linux
tui_golden "LC_ALL=C: the list as before" start.en start list-start
zh start options --platform linux
tui_golden "the same list in Chinese" start start zh_CN-list-start

printf '%s\n' '# dial-up' noauth 'mtu 1500' 'lcp-echo-interval 30' >options
chmod 640 options
tui_keys quit <<'KEYS'
d
q
dump ask
c
dump cancel
q
d
KEYS
en quit options --platform linux
tui_golden "LC_ALL=C: the quit question as before" quit.en ask quit-ask
zh quit options --platform linux
tui_golden "the quit question in Chinese" quit ask zh_CN-quit-ask
t_contains "c keeps editing, said in Chinese" "$(tui_screen quit cancel)" "继续编辑。"
t_check "d discards: the file is as it was" sh -c \
	'printf "%s\n" "# dial-up" noauth "mtu 1500" "lcp-echo-interval 30" | cmp -s - options'

printf 'plugin L2TP.ppp\nlock\n' >options
tui_keys pick <<'KEYS'
a
type plugin
dump pane
<Tab>
dump all
KEYS
en pick options --platform macos
tui_golden "LC_ALL=C: the picker's explanation as before" pick.en all picker-explain
zh pick options --platform macos
tui_golden "the picker in Chinese" pick pane zh_CN-picker
t_contains "the picker's count is Chinese" "$(tui_line pick pane 1)" "条匹配"
t_contains "its cut pane names the key, in Chinese" "$(tui_screen pick pane)" \
	"...（下面还有：Tab 显示全部）"
t_contains "the whole explanation's title is Chinese" "$(tui_line pick all 0)" "说明"

printf '?\ndump help\n' | tui_keys help
en help options --platform linux
tui_golden "LC_ALL=C: help as before" help.en help help

# ---- every Chinese screen, dumped here or committed, within its terminal ----
if command -v python3 >/dev/null 2>&1; then
	t_check "Chinese goldens: no row wider than its terminal, no character cut" \
		tui_fit 80 24 "$GOLDEN"/zh_CN-*.txt
	t_check "Chinese dumps at 80x24: within the screen" tui_fit 80 24 \
		"$T_TMP/start.screen" "$T_TMP/quit.screen" "$T_TMP/pick.screen"
else
	t_skip "python3 not installed: widths not measured"
fi

t_done
