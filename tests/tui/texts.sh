#!/bin/sh
# tests/tui/texts.sh - what the editor says is true and usable: read-only new files, the
# empty value prompt, scrolling the guided-fix texts, long paths kept whole, undo to nothing.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
flat() { sed 's/^ *//' | tr '\n' ' '; }

# ---- a new file opened read-only: how to save, not "w creates it" ----
printf 'dump start\n' | tui_keys ro
tui_run ro missing --platform linux --read-only
t_lacks "read-only new file: no promise to create it" "$(tui_screen ro start)" "w creates it"
t_contains "read-only new file: says how to save" "$(tui_screen ro start | flat)" \
	"o there saves the result to another file"
t_check "read-only new file: still not created" test ! -e missing

# ---- a new directive's prompt: what to type, not a refusal of nothing ----
printf 'noauth\n' >options
tui_keys prompt <<'KEYS'
a
type mtu
<Enter>
dump empty
type 9
dump typed
KEYS
tui_run prompt options --platform linux
t_lacks "empty prompt: no refusal yet" "$(tui_screen prompt empty)" "refuses"
t_contains "empty prompt: the expected argument" "$(tui_screen prompt empty)" \
	"Type the argument: bytes (integer, 128 to 16384)"
t_contains "typed: the verdict" "$(tui_screen prompt typed)" "pppd refuses this value"

# ---- the guided-fix list: its text scrolls, and the marker says with what ----
tui_keys tr <<'KEYS'
f
a
dump list
J
dump down
K
dump up
KEYS
tui_run tr options --platform macos
t_contains "fix list: the marker names the key" "$(tui_screen tr list)" "(more below: J or PgDn scrolls)"
t_lacks "J: the text scrolled to its end" "$(tui_screen tr down)" "more below"
t_contains "J: the end of the text shows" "$(tui_screen tr down)" "(l2tp-noipsec-service)"
t_contains "J and K scroll the text, not the selection" "$(tui_screen tr up)" "> IPSec shared secret missing"
t_contains "K: back at the top" "$(tui_line tr up 1)" "The guided fixes for pppd"
t_contains "the hint line offers J" "$(tui_line tr list 23)" "J scroll"

# ---- a long path: on a line of its own when it fits, else cut after a '/' ----
L2TP=/System/Library/SystemConfiguration/PPPController.bundle/Contents/PlugIns/L2TP.ppp
tui_keys diag <<'KEYS'
f
<Enter>
<Enter>
y
dump diag
KEYS
tui_run diag options --platform macos --size 86x30
t_contains "86 columns: the plugin path is whole on one line" "$(tui_screen diag diag)" "$L2TP"
tui_run diag options --platform macos
t_contains "80 columns: cut after a '/'" "$(tui_screen diag diag)" "/PPPController.bundle/Contents/
       PlugIns/L2TP.ppp"

# ---- undo after writing a new file: said that w now writes it empty ----
rm -f new
tui_keys undo <<'KEYS'
a
type noauth
<Enter>
w
y
u
dump undone
KEYS
tui_run undo new --platform linux
t_contains "undo to a missing file: says it would be written empty" \
	"$(tui_screen undo undone | flat)" "w now writes it as an empty file"
t_eq "undo alone writes nothing" "noauth" "$(cat new)"

t_done
