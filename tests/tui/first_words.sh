# tests/tui/first_words.sh - what the editor says first, and x on a word pppd does not know.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/tui/headless.lib"

# A temporary file left by an interrupted save is said at start, even when the
# file has findings of its own (they stay marked on their rows).
mkdir -p "$T_TMP/d"
printf 'noauth\nmtuu 1400\n' >"$T_TMP/d/options"
printf 'half' >"$T_TMP/d/.options.pppconf-AbCd1234"
tui_keys st <<'KEYS'
dump start
q
KEYS
tui_run st "$T_TMP/d/options" --platform linux
t_contains "an interrupted save is mentioned at start" "$(tui_screen st start)" "An earlier save was interrupted"
t_contains "and that the next save removes its file" "$(tui_screen st start)" "the next save"

# x on a word pppd does not know would turn it into a plain comment whose row
# vanishes; it is refused with what to do instead, and nothing changes.
printf 'lock\nl2tpnoipesc\n' >"$T_TMP/x"
cp "$T_TMP/x" "$T_TMP/x.orig"
tui_keys x <<'KEYS'
j
x
dump after
w
y
q
q
KEYS
tui_run x "$T_TMP/x" --platform macos
t_contains "x on an unknown word says why not" "$(tui_screen x after)" "cannot be"
t_contains "the row is still there" "$(tui_screen x after)" "l2tpnoipesc"
t_check "nothing was written" cmp -s "$T_TMP/x" "$T_TMP/x.orig"
t_done
