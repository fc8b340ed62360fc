#!/bin/sh
# tests/tmux/terminal.sh - the editor in a real terminal (tmux, 80x24): quit, signals and
# a dropped connection restore the terminal and end the process; resize; no colour
# when asked; ASCII lines; Ctrl-Z; terminals it cannot use.
. "$(dirname "$0")/../lib.sh"

. "$(dirname "$0")/tmux.lib"

P=$PPPCONF
printf '%s\n' '# test' noauth 'mtu 1400' 'mru 1400' >"$T_TMP/options"
HINT="? help"

# ---- start, move, quit: the terminal is as it was ----
tm_start quit "TERM=xterm-256color $P --platform linux options"
t_check "editor starts" tm_wait quit "$HINT"
tm send-keys -t main:quit j
t_check "j moves" tm_wait quit " 2/3 "
tm send-keys -t main:quit q
tm_wait_rc quit
t_eq "q: status 0" 0 "$TM_RC"
t_stty_restored quit
t_lacks "q: the editor's screen is gone" "$(tm_capture quit)" "$HINT"
tm_end quit

# ---- signals: INT (Ctrl-C), TERM, HUP, QUIT ----
tm_start int "TERM=xterm-256color $P --platform linux options"
tm_wait int "$HINT"
tm send-keys -t main:int j
tm_wait int " 2/3 "
tm send-keys -t main:int e
tm_wait int "Edit mtu"
tm send-keys -t main:int C-c
t_check "Ctrl-C in a prompt: cancelled, still running" tm_wait int "Nothing changed."
tm send-keys -t main:int d
tm_wait int modified
tm send-keys -t main:int C-c
t_check "Ctrl-C with unsaved edits: the quit question" tm_wait int "There are unsaved edits."
t_check "Ctrl-C with unsaved edits: still running" test ! -f "$T_TMP/int.rc"
tm send-keys -t main:int C-c
tm_wait_rc int
t_eq "second Ctrl-C: status 130" 130 "$TM_RC"
t_stty_restored int
t_check "second Ctrl-C: nothing written" grep -qx "mtu 1400" "$T_TMP/options"
tm_end int

tm_start int0 "TERM=xterm-256color $P --platform linux options"
tm_wait int0 "$HINT"
tm send-keys -t main:int0 C-c
tm_wait_rc int0
t_eq "Ctrl-C with nothing unsaved: status 130" 130 "$TM_RC"
t_stty_restored int0
tm_end int0

for sig in TERM HUP QUIT; do
	tm_start "$sig" "TERM=xterm-256color $P --platform linux options"
	tm_wait "$sig" "$HINT"
	kill -"$sig" "$(tm_pid "$sig")"
	tm_wait_rc "$sig"
	case $sig in TERM) want=143 ;; HUP) want=129 ;; QUIT) want=131 ;; esac
	t_eq "SIG$sig: status" "$want" "$TM_RC"
	t_stty_restored "$sig"
	tm_end "$sig"
done

# ---- a dropped connection leaves no process behind ----
gone_within_1s() {
	_i=0
	while kill -0 "$1" 2>/dev/null; do
		_i=$((_i + 1))
		[ "$_i" -gt 20 ] && return 1
		sleep 0.05
	done
}
for how in "" "trap '' HUP;"; do
	rm -f "$T_TMP/drop.pid"
	tm new-session -d -s drop -x 80 -y 24 \
		"cd $T_TMP && $how sh -c 'echo \$\$ >drop.pid; TERM=xterm-256color exec $P --platform linux options'"
	pid=$(tm_pid drop)
	tm_wait_session() { tm capture-pane -p -t drop | grep -q -F "$HINT"; }
	_i=0; while ! tm_wait_session && [ "$_i" -lt 100 ]; do _i=$((_i + 1)); sleep 0.05; done
	t_check "dropped ${how:+(SIGHUP ignored) }: editor running" kill -0 "$pid"
	tm kill-session -t drop
	t_check "kill-session ${how:+(SIGHUP ignored) }: process gone within 1 s" gone_within_1s "$pid"
done

# ---- resize: re-laid out, too small said plainly, back again ----
tm_start resize "TERM=xterm-256color $P --platform linux options"
tm_wait resize "$HINT"
tm resize-window -t main:resize -x 100 -y 30
row30() { tm_capture resize | sed -n 30p | grep -q help; }
_i=0; while ! row30 && [ "$_i" -lt 100 ]; do _i=$((_i + 1)); sleep 0.05; done
t_check "resize: hints on row 30 of 30" row30
tm resize-window -t main:resize -x 15 -y 5
t_check "too small is said" tm_wait resize "Terminal too"
tm resize-window -t main:resize -x 80 -y 24
t_check "back to normal" tm_wait resize "$HINT"
tm send-keys -t main:resize q
tm_wait_rc resize
t_eq "resize: status 0" 0 "$TM_RC"
t_stty_restored resize
tm_end resize

# ---- colour: on by default, none with NO_COLOR or --no-color ----
ESC=$(printf '\033')
has_colour() { grep -q -E "$ESC\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5|48;5)[;m]"; }
n=0
for how in "TERM=xterm-256color $P" "NO_COLOR=1 TERM=xterm-256color $P" "TERM=xterm-256color $P --no-color"; do
	n=$((n + 1))
	tm_start "c$n" "$how --platform linux options"
	tm_wait "c$n" "$HINT"
	cap=$(tm capture-pane -e -p -t "main:c$n")
	if [ "$n" = 1 ]; then
		t_check "colour appears by default" sh -c 'printf "%s\n" "$1" | grep -q -E "$2"' x "$cap" \
			"$ESC\\[([0-9;]*;)?(3[0-7]|4[0-7]|38;5|48;5)[;m]"
	elif printf '%s\n' "$cap" | has_colour; then
		t_fail "colour despite: $how"
	else
		t_pass
		t_contains "mono: selection marked" "$(tm_capture "c$n")" ">?   2  noauth"
		t_check "mono: selection in reverse video" sh -c 'printf "%s\n" "$1" | grep -q -E "$2"' \
			x "$cap" "$ESC\\[([0-9]+;)*7m"
	fi
	tm send-keys -t "main:c$n" q
	tm_wait_rc "c$n"
	tm_end "c$n"
done

# ---- line drawing: ACS in UTF-8, ASCII with --ascii or LC_ALL=C ----
n=0
for how in "TERM=xterm-256color $P" "TERM=xterm-256color $P --ascii" "LC_ALL=C TERM=xterm-256color $P"; do
	n=$((n + 1))
	tm_start "l$n" "$how --platform linux options"
	tm_wait "l$n" "$HINT"
	cap=$(tm_capture "l$n")
	# Under a UTF-8 locale the lines are the box-drawing characters
	# themselves: the alternate character set would come out as rows of 'q'
	# in a tmux whose TERM says xterm (its SGR 0 drops the charset).
	if [ "$n" = 1 ]; then
		t_contains "UTF-8: box-drawing lines" "$cap" "────────"
		t_lacks "UTF-8: no stray ACS letters" "$cap" "qqqqqqqq"
	else
		t_contains "ASCII lines: $how" "$cap" "--------"
		t_lacks "no ACS: $how" "$cap" "qqqqqqqq"
	fi
	tm send-keys -t "main:l$n" q
	tm_wait_rc "l$n"
	tm_end "l$n"
done

# ---- ESC is never destructive, even an arrow key split by a slow link ----
printf '%s\n' '# test' noauth 'mtu 1400' 'mru 1400' >"$T_TMP/options"
tm_start esc "TERM=xterm-256color $P --platform linux options"
tm_wait esc "$HINT"
tm send-keys -t main:esc d
tm_wait esc modified
tm send-keys -t main:esc -l "$ESC"
sleep 0.5
tm send-keys -t main:esc -l '[A'
tm send-keys -t main:esc w
tm_wait esc "Review the changes"
tm send-keys -t main:esc -l "$ESC"
tm_wait esc "Nothing written"
t_contains "split ESC: edits kept" "$(tm_capture esc | head -n 1)" "modified"
t_check "split ESC: file untouched" grep -qx noauth "$T_TMP/options"
tm send-keys -t main:esc q d
tm_wait_rc esc
tm_end esc

# ---- Ctrl-Z suspends, fg resumes the same screen ----
if command -v bash >/dev/null 2>&1; then
	tm new-window -d -n job "cd $T_TMP && PS1='prompt$ ' TERM=xterm-256color bash --norc -i"
	tm_wait job 'prompt$'
	tm send-keys -t main:job "$P --platform linux options" Enter
	tm_wait job "$HINT"
	tm send-keys -t main:job j
	tm_wait job " 2/3 "
	before=$(tm_capture job)
	tm send-keys -t main:job C-z
	t_check "Ctrl-Z: back at the shell" tm_wait job "Stopped"
	tm send-keys -t main:job "fg" Enter
	tm_wait job " 2/3 "
	sleep 0.2
	t_eq "fg: the same screen" "$before" "$(tm_capture job)"
	tm send-keys -t main:job q
	t_check "quits after resuming" tm_wait job 'prompt$ '
	tm_end job
else
	t_skip "bash not installed: Ctrl-Z not tried"
fi

# ---- terminals it cannot use: one line, status 2 ----
n=0
for how in "TERM=dumb $P" "-u TERM $P" "TERM=no-such-terminal $P" "TERM=xterm-256color $P </dev/null" \
	"TERM=xterm-256color $P >out5"; do
	n=$((n + 1))
	tm_start "b$n" "$how options 2>bad$n.err"
	tm_wait_rc "b$n"
	t_eq "status 2: $how" 2 "$TM_RC"
	t_eq "one line: $how" 1 "$(wc -l <"$T_TMP/bad$n.err" | tr -d ' ')"
	t_stty_restored "b$n"
	t_lacks "no escape codes: $how" "$(tm capture-pane -e -p -t "main:b$n")" "$ESC["
	tm_end "b$n"
done
t_contains "dumb: says it cannot move the cursor" "$(cat "$T_TMP/bad1.err")" "cannot move the cursor"
t_contains "unset: says TERM is not set" "$(cat "$T_TMP/bad2.err")" "TERM is not set"
t_contains "unknown: names it" "$(cat "$T_TMP/bad3.err")" "no-such-terminal"
t_contains "not a tty: says so" "$(cat "$T_TMP/bad4.err")" "needs a terminal"
t_check "stdout not a tty: nothing written to it" [ ! -s "$T_TMP/out5" ]
t_done
