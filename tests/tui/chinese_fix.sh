#!/bin/sh
# tests/tui/chinese_fix.sh - the L2TP fix done start to finish in Simplified Chinese at 80x24: what happened, its explanation, the question, the diagnosis, the diff, the write and what next, then the undo through the same screens; the file's bytes after each; the same keys in English under LC_ALL=C.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2

# zh NAME FILE [OPTION...]: tui_run with Chinese chosen from LANG alone, as a
# Chinese user's shell sets it.
zh() {
	_n=$1; _f=$2; shift 2
	env -u LC_ALL -u LANGUAGE -u LC_MESSAGES -u LC_CTYPE LANG=zh_CN.UTF-8 TERM=xterm \
		HOME=$T_TMP "$PPPCONF" --keys "$T_TMP/$_n.keys" --size 80x24 \
		--screen-out "$T_TMP/$_n.screen" "$@" "$_f" >"$T_TMP/$_n.out" 2>"$T_TMP/$_n.err" </dev/null
	TUI_RC=$?
}
flat() { sed 's/^ *//' | tr -d '\n'; }

BEFORE='# dial-up defaults
lock'
printf '%s\n' "$BEFORE" >options

# ---- the fix: f, Enter, Enter, y, a, y ----
tui_keys fix <<'KEYS'
f
dump what
<Enter>
dump explain
<Enter>
dump question
y
dump diagnosis
<PgDn>
j
j
j
j
j
j
j
j
j
j
j
j
j
j
j
j
j
j
dump diagnosis2
a
dump diff
y
dump after
KEYS
zh fix options --platform macos
t_eq "the fix in Chinese ends well" 0 "$TUI_RC"
tui_golden "what happened, in Chinese" fix what zh_CN-fix-what
t_contains "the L2TP row is Chinese and keeps the alert's name" "$(tui_screen fix what)" \
	'> 1  "IPSec 共享密钥"丢失（Mac 上的 L2TP VPN）'
t_contains "the hint line is Chinese" "$(tui_line fix what 23)" "p 粘贴  r 读日志  a 所有修复"
tui_golden "what it means, in Chinese" fix explain zh_CN-fix-explain
t_contains "what to check names the fix's line" "$(tui_screen fix explain | flat)" \
	"L2TP 插件的 l2tpnoipsec 选项可以关闭 IPsec"
t_contains "the fix, one key away" "$(tui_screen fix explain | flat)" \
	"（pppconf fix l2tp-noipsec）：按Enter 开始。"
tui_golden "the question, in Chinese" fix question zh_CN-fix-question
t_contains "the question asks about IPsec" "$(tui_screen fix question | flat)" \
	"你的 VPN 服务器用的是不带 IPsec 的普通 L2TP 吗？"
tui_golden "the diagnosis, in Chinese" fix diagnosis zh_CN-fix-diagnosis
t_contains "a step to fix" "$(tui_screen fix diagnosis)" "待修  文件中有 'plugin L2TP.ppp'"
t_contains "a step that passed" "$(tui_screen fix diagnosis)" "通过  文件存在"
t_contains "the risk, in Chinese, further down" "$(tui_screen fix diagnosis2 | flat)" \
	"隧道不再受 IPsec 保护"
t_contains "and that every L2TP VPN is concerned" "$(tui_screen fix diagnosis2 | flat)" \
	"所以其中每个 L2TP VPN 都不再使用 IPsec"
tui_golden "the diff, in Chinese" fix diff zh_CN-fix-diff
t_contains "the diff adds the plugin line as pppd reads it" "$(tui_screen fix diff)" "+plugin L2TP.ppp"
t_contains "the diff's question is Chinese" "$(tui_screen fix diff)" "y 把它写入 options（当前文件保留为备份）。"
tui_golden "written, and what next, in Chinese" fix after zh_CN-fix-after
t_contains "the write is said in Chinese" "$(tui_screen fix after)" "已保存 options；之前的版本在 options~"
t_contains "how to undo, in Chinese" "$(tui_screen fix after | flat)" "撤销方法：pppconf fix"
t_file_eq "after the fix: the two lines under pppconf's comment, the rest as it was" options \
	"$BEFORE
# pppconf: L2TP without IPsec (undo: pppconf fix l2tp-noipsec-undo)
plugin L2TP.ppp
l2tpnoipsec"
printf '%s\n' "$BEFORE" >before.bytes
t_check "the file as it was is kept as options~" cmp -s options~ before.bytes

# ---- the undo, through the same screens: f, a, j, Enter, a, y ----
tui_keys undo <<'KEYS'
f
a
dump list
j
<Enter>
dump diagnosis
a
dump diff
y
dump after
KEYS
zh undo options --platform macos
t_eq "the undo in Chinese ends well" 0 "$TUI_RC"
tui_golden "all the fixes, in Chinese" undo list zh_CN-fix-list
t_contains "the undo is among them" "$(tui_screen undo list)" '撤销"L2TP 不用 IPsec"修复'
tui_golden "the undo's diagnosis, in Chinese" undo diagnosis zh_CN-fix-undo-diagnosis
t_contains "it finds the fix's lines" "$(tui_screen undo diagnosis)" "说明  文件中有 L2TP 修复"
tui_golden "the undo's diff, in Chinese" undo diff zh_CN-fix-undo-diff
t_contains "the undo removes the plugin line" "$(tui_screen undo diff)" "-plugin L2TP.ppp"
tui_golden "the undo written, and what next, in Chinese" undo after zh_CN-fix-undo-after
t_contains "what was done, in Chinese" "$(tui_screen undo after)" "已删除这个修复；文件的其余部分不变。"
t_contains "the alert comes back, said in Chinese with its English name" \
	"$(tui_screen undo after | flat)" '"The IPSec Shared Secret is missing"（"IPSec 共享密钥"丢失）'
t_file_eq "after the undo: the file's bytes as before the fix" options "$BEFORE"

if command -v python3 >/dev/null 2>&1; then
	t_check "every screen of the fix and the undo within 80x24, no character cut" \
		tui_fit 80 24 "$T_TMP/fix.screen" "$T_TMP/undo.screen"
else
	t_skip "python3 not installed: widths not measured"
fi

# ---- the same keys in English: the screens as before ----
mkdir -p ppp
sed '/^j$/d; /^<PgDn>$/d; /^dump diagnosis2$/d' fix.keys | tui_keys six
TUI_LC=C tui_run six ppp/options --platform macos
t_eq "LC_ALL=C: ends well" 0 "$TUI_RC"
tui_golden "LC_ALL=C: what happened as before" six what fix-what
tui_golden "LC_ALL=C: the explanation as before" six explain fix-explain
tui_golden "LC_ALL=C: what next as before" six after fix-after
t_check "LC_ALL=C: ASCII only" sh -c '! LC_ALL=C grep -q "[^ -~]" "$1"' x "$T_TMP/six.screen"
t_check "LC_ALL=C: the fix is written" grep -qx l2tpnoipsec ppp/options

t_done
