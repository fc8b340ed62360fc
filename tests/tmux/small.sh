#!/bin/sh
# tests/tmux/small.sh - a real pane shrunk to a small split and back (80x24, 40x12,
# 80x24): the reduced layout appears, the selection is kept, the full one returns.
. "$(dirname "$0")/../lib.sh"

. "$(dirname "$0")/tmux.lib"

printf '%s\n' lock noccp novj nobsdcomp nodeflate noipdefault persist 'maxfail 0' 'holdoff 5' \
	'lcp-echo-interval 10' 'lcp-echo-failure 3' 'mru 1500' 'mtu 1400' 'asyncmap 0' crtscts \
	debug 'ipparam vpn' usepeerdns noaccomp nopcomp novjccomp 'connect-delay 1000' 'idle 600' \
	'lcp-max-configure 10' 'ipcp-max-configure 10' nopredictor1 'logfile /dev/null' passive \
	'lcp-restart 3' 'ipcp-restart 3' >"$T_TMP/options"

# row N of the pane (1-based)
row() { tm_capture small | sed -n "$1p"; }
# until row N of the pane holds TEXT
row_has() {
	_i=0
	while ! row "$1" | grep -q -F -- "$2"; do
		_i=$((_i + 1))
		[ "$_i" -gt 100 ] && return 1
		sleep 0.05
	done
}

tm_start small "TERM=xterm-256color $PPPCONF --platform linux options"
t_check "the editor starts at 80x24" tm_wait small "? help"
for k in 1 2 3 4 5 6 7 8 9 10 11 12; do tm send-keys -t main:small j; done
t_check "12 rows down" tm_wait small " 13/30 "
t_eq "80x24: the list shows 12 rows" 12 "$(tm_capture small | grep -c -E '^.  +[0-9]+  [a-z]')"

tm resize-window -t main:small -x 40 -y 12
t_check "40x12: the hints of the reduced layout on the last row" row_has 12 "i more"
small=$(tm_capture small)
t_lacks "40x12: no 'too small'" "$small" "too small"
t_contains "40x12: the selection is kept" "$(printf '%s\n' "$small" | grep '^>')" "13  mtu 1400"
t_contains "40x12: its summary on one line below the list" "$small" " Largest packet we send"
wide() {
	while IFS= read -r l; do
		[ "$(printf '%s' "$l" | LC_ALL=$TM_UTF8 wc -m)" -gt 40 ] && printf '%s\n' "$l"
	done
}
t_eq "40x12: no row wider than 40" "" "$(printf '%s\n' "$small" | wide)"

tm send-keys -t main:small i
t_check "40x12: i opens the whole explanation" row_has 1 "Explanation"
tm send-keys -t main:small q
t_check "40x12: q comes back to the list" row_has 12 "i more"

tm resize-window -t main:small -x 80 -y 24
t_check "80x24 again: the full hints" row_has 24 "w write"
t_contains "80x24 again: the same row selected" "$(tm_capture small | grep '^>')" "13  mtu 1400"
t_contains "80x24 again: the pane is back" "$(tm_capture small)" "Argument"
tm send-keys -t main:small q
tm_wait_rc small
t_eq "status 0" 0 "$TM_RC"
t_stty_restored small
tm_end small
t_done
