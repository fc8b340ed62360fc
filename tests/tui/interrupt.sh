#!/bin/sh
# tests/tui/interrupt.sh - Ctrl-C (SIGINT) cancels what is open and never drops unsaved
# edits unasked; a second one at the quit question leaves (130); TERM still leaves at once.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2

# A shell started in the background (make test &) ignores SIGINT, and
# pppconf leaves a signal ignored at start ignored (src/tui/terminal.c), as
# nohup expects: there the INT cases cannot happen.
if [ "$(python3 -c 'import signal; print(signal.getsignal(signal.SIGINT) == signal.SIG_IGN)')" = True ]; then
	t_skip "SIGINT is ignored in this shell (started in the background): nothing to test"
	t_done
	exit $?
fi
printf 'mtu 1400\nnoauth\n' >options
chmod 600 options

# in the value prompt: cancelled, nothing changed, still running
tui_keys prompt <<'KEYS'
e
<C-u>
type 1300
signal INT
dump after
KEYS
tui_run prompt options --platform linux
t_eq "INT in a prompt: the editor goes on (script end: 0)" 0 "$TUI_RC"
t_contains "INT in a prompt: back at the list" "$(tui_screen prompt after)" "? help"
t_contains "INT in a prompt: the value is unchanged" "$(tui_line prompt after 1)" "mtu 1400"
t_lacks "INT in a prompt: nothing modified" "$(tui_line prompt after 0)" "modified"

# in the picker: back to the list, nothing added
tui_keys pick <<'KEYS'
a
type lcp-echo-i
signal INT
dump after
KEYS
tui_run pick options --platform linux
t_lacks "INT in the picker: nothing added" "$(tui_screen pick after)" "lcp-echo-interval"
t_eq "INT in the picker: the editor goes on" 0 "$TUI_RC"

# unsaved edits: the quit question, then a second INT leaves without writing
tui_keys ask <<'KEYS'
d
signal INT
dump ask
c
dump cancelled
signal INT
signal INT
dump never
KEYS
tui_run ask options --platform linux
t_contains "INT with edits: the quit question" "$(tui_screen ask ask)" "There are unsaved edits."
t_contains "the question names the second Ctrl-C" "$(tui_screen ask ask)" "quit at once, writing nothing"
t_contains "c at the question: still editing" "$(tui_screen ask cancelled)" "Still editing."
t_eq "second INT: status 130" 130 "$TUI_RC"
t_eq "second INT: nothing written" "mtu 1400
noauth" "$(cat options)"
t_contains "second INT: said on the way out" "$(cat ask.err)" "the unsaved edits were not written"
t_lacks "second INT: no later screen" "$(cat ask.screen)" "== never =="

# nothing unsaved: INT leaves at once
tui_keys clean <<'KEYS'
j
signal INT
dump never
KEYS
tui_run clean options --platform linux
t_eq "INT with nothing unsaved: status 130" 130 "$TUI_RC"
t_lacks "INT with nothing unsaved: no later screen" "$(cat clean.screen)" "== never =="

# TERM cannot ask: it leaves at once, even with unsaved edits
tui_keys term <<'KEYS'
d
signal TERM
dump never
KEYS
tui_run term options --platform linux
t_eq "TERM with edits: status 143" 143 "$TUI_RC"
t_eq "TERM: nothing written" "mtu 1400
noauth" "$(cat options)"

t_done
