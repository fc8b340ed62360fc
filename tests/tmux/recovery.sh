#!/bin/sh
# tests/tmux/recovery.sh - a real terminal dropped (its pty closed), HUP and TERM while there are unsaved edits: the editor keeps them and leaves cleanly; started again, it offers them back and r restores them.
. "$(dirname "$0")/../lib.sh"

. "$(dirname "$0")/tmux.lib"

P=$PPPCONF
HINT="? help"
ORIG='# test
noauth
mtu 1400
mru 1400'
rec() { ls "$PPPCONF_STATE_DIR"/history/options.*/recovery 2>/dev/null; }
gone() {
	_i=0
	while kill -0 "$1" 2>/dev/null; do
		_i=$((_i + 1))
		[ "$_i" -gt 40 ] && return 1
		sleep 0.05
	done
}

# edit NAME: starts the editor in window NAME and deletes noauth, unsaved.
edit() {
	printf '%s\n' "$ORIG" >"$T_TMP/options"
	tm_start "$1" "TERM=xterm-256color PPPCONF_STATE_DIR=$PPPCONF_STATE_DIR $P --platform linux options"
	tm_wait "$1" "$HINT"
	tm send-keys -t "main:$1" d
	tm_wait "$1" "modified"
}

# back NAME: starts again, restores the kept edits, writes them.
back() {
	tm_start "$1" "TERM=xterm-256color PPPCONF_STATE_DIR=$PPPCONF_STATE_DIR $P --platform linux options"
	t_check "$1: the next start offers the kept edits" tm_wait "$1" "Unsaved edits kept"
	t_check "$1: and shows what they bring back" tm_wait "$1" "-noauth"
	tm send-keys -t "main:$1" r
	t_check "$1: r restores them" tm_wait "$1" "Restored the edits kept"
	tm send-keys -t "main:$1" w
	tm_wait "$1" "y write"
	tm send-keys -t "main:$1" y
	tm_wait "$1" "saved options"
	tm send-keys -t "main:$1" q
	tm_wait_rc "$1"
	t_eq "$1: quits with 0" 0 "$TM_RC"
	t_stty_restored "$1"
	tm_end "$1"
	t_eq "$1: the restored edit is written" "# test
mtu 1400
mru 1400" "$(cat "$T_TMP/options")"
	t_eq "$1: the recovery file is gone" "" "$(rec)"
}

# ---- the pty goes away (an SSH connection dropped) ----
edit drop
pid=$(tm_pid drop)
tm kill-window -t main:drop
t_check "dropped: the process is gone within 2 s" gone "$pid"
t_check "dropped: the edits are kept" test -f "$(rec)"
t_eq "dropped: the kept file is closed to others" 600 "$(stat -c '%a' "$(rec)" 2>/dev/null)"
t_eq "dropped: the file itself is untouched" "$ORIG" "$(cat "$T_TMP/options")"
back drop-back

# ---- HUP and TERM sent to the process ----
for sig in HUP TERM; do
	edit "$sig"
	kill -"$sig" "$(tm_pid "$sig")"
	tm_wait_rc "$sig"
	case $sig in HUP) want=129 ;; TERM) want=143 ;; esac
	t_eq "SIG$sig with edits: status" "$want" "$TM_RC"
	t_stty_restored "$sig"
	t_contains "SIG$sig: the shell is told where the edits are" "$(tm_capture "$sig" -J)" \
		"they are kept in"
	tm_end "$sig"
	t_check "SIG$sig: the edits are kept" test -f "$(rec)"
	back "$sig-back"
done

t_done
