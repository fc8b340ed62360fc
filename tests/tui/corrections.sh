#!/bin/sh
# tests/tui/corrections.sh - c applies the correction the checks suggest: typos, look-alike
# characters, '//' comments, a missing plugin line; one undo step; said on screen; bytes written.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2

# correct NAME WANT LINE...: the file of LINEs, c on its first row, then write;
# the file must then hold WANT (printf %b) byte for byte.
correct() {
	_n=$1; _want=$2; shift 2
	printf '%b' "$*" >"$_n.opts"
	chmod 600 "$_n.opts"
	tui_keys "$_n" <<'KEYS'
dump before
c
dump after
w
y
dump written
KEYS
	tui_run "$_n" "$_n.opts" --platform macos
	printf '%b' "$_want" >"$_n.want"
	t_check "$_n: c wrote the corrected bytes" cmp -s "$_n.want" "$_n.opts"
	t_contains "$_n: the pane offers c" "$(tui_screen "$_n" before)" "(c applies it)"
	t_contains "$_n: says what it did" "$(tui_screen "$_n" after)" "(u undoes)"
}

correct typo 'mtu 1400 # small\nmru 1400\n' \
	'mtuu 1400 # small\nmru 1400\n'
correct slashes '# a comment\nmtu 1400\n' \
	'// a comment\nmtu 1400\n'
correct fullwidth 'mtu 1400\n' \
	'\357\275\215\357\275\224\357\275\225 1400\n'
correct curly 'mtu 1400\n' \
	'\342\200\234mtu\342\200\235 1400\n'
correct nbsp 'mtu 1400\r\nmru 1400\r\n' \
	'mtu\302\2401400\r\nmru 1400\r\n'

# the plugin line comes first, with the file's own line ends
correct plugin 'plugin L2TP.ppp\r\nl2tpnoipsec\r\nmtu 1400\r\n' \
	'l2tpnoipsec\r\nmtu 1400\r\n'

# e on a misspelt name points at c; c then u is one step back to the bytes
printf 'plugin L2TP.ppp\nl2tpnoipesc\nmtu 1400\n' >undo.opts
tui_keys undo <<'EOF2'
j
e
dump e
c
dump c
u
dump u
w
EOF2
tui_run undo undo.opts --platform macos
t_contains "e refuses and names c" "$(tui_screen undo e | sed 's/^ *//' | tr '\n' ' ')" "c corrects it to 'l2tpnoipsec'"
t_contains "c: the row is corrected" "$(tui_line undo c 2)" "l2tpnoipsec"
t_contains "c: the status says what" "$(tui_screen undo c)" "Corrected l2tpnoipesc to 'l2tpnoipsec'"
t_contains "u: back to the typo" "$(tui_line undo u 2)" "l2tpnoipesc"
t_lacks "u: no longer modified" "$(tui_line undo u 0)" "modified"

# a misspelt plugin option with no plugin line: c puts the plugin line first,
# as pppd would otherwise still refuse the corrected word
correct noplugin 'plugin L2TP.ppp\nl2tpnoipsec\nmtu 1400\n' \
	'l2tpnoipesc\nmtu 1400\n'

# an old spelling: c writes what pppd calls it today (nomppc is deleted,
# never turned into nomppe)
correct legacy 'require-mppe-128\nmtu 1400\n' \
	'mppe required,no40,no56,stateless\nmtu 1400\n'
correct mppc 'mtu 1400\n' \
	'nomppc\nmtu 1400\n'

# a misspelt secret: corrected, and the message keeps the secret masked
printf 'passwrd "s3cret pass"\n' >secret.opts
printf 'dump first\nc\ndump c\n' | tui_keys secret
tui_run secret secret.opts --platform linux
t_contains "secret: the misspelt row masks its value" "$(tui_line secret first 1)" "passwrd ****"
t_contains "secret: corrected" "$(tui_screen secret c)" "Corrected passwrd to 'password ****"
t_lacks "secret: not shown" "$(cat secret.screen)" "s3cret"

# nothing to correct: said, nothing changed
printf 'mtu 1400\n' >none.opts
tui_keys none <<'EOF2'
c
dump c
EOF2
tui_run none none.opts --platform macos
t_contains "c with no suggestion: said" "$(tui_screen none c)" "suggest no correction"
t_lacks "c with no suggestion: not modified" "$(tui_line none c 0)" "modified"

t_done
