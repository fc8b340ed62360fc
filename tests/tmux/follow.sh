#!/bin/sh
# tests/tmux/follow.sh - in a real terminal: o follows a `file` row into the include, the
# breadcrumb shows the way, Backspace and b come back with the selection where it was.
. "$(dirname "$0")/../lib.sh"

. "$(dirname "$0")/tmux.lib"

mkdir -p "$T_TMP/root/etc/ppp/peers"
printf 'noauth\nmtu 1500\nfile /etc/ppp/inc\ncall gprs\n' >"$T_TMP/root/etc/ppp/options"
printf 'mtu 1400\nlcp-echo-interval 30\n' >"$T_TMP/root/etc/ppp/inc"
printf 'mru 1200\n' >"$T_TMP/root/etc/ppp/peers/gprs"

tm_start follow "TERM=xterm-256color $PPPCONF --platform linux --root root root/etc/ppp/options"
t_check "the editor starts" tm_wait follow "? help"
tm send-keys -t main:follow j j o
t_check "o: the breadcrumb on the title row" tm_wait follow "options > inc"
t_contains "o: the include's rows" "$(tm_capture follow | grep '^>')" "mtu 1400"
tm send-keys -t main:follow BSpace
t_check "Backspace: back to the main file" tm_wait follow "Back to root/etc/ppp/options"
t_contains "back: the selection where it was" "$(tm_capture follow | grep '^>')" \
	"file /etc/ppp/inc"
t_lacks "back: no breadcrumb" "$(tm_capture follow | sed -n 1p)" "options >"
tm send-keys -t main:follow j o
t_check "o on call: the peers file" tm_wait follow "options > gprs"
tm send-keys -t main:follow b
t_check "b: back again" tm_wait follow "Back to root/etc/ppp/options"
tm send-keys -t main:follow q
t_check "q: quits" tm_wait_rc follow
t_eq "exit status 0" 0 "$TM_RC"
t_eq "the terminal is restored" "$(cat "$T_TMP/follow.before")" "$(cat "$T_TMP/follow.after")"
tm_end follow
t_done
