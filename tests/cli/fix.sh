# tests/cli/fix.sh - fix, set, unset and doctor as scripts and configuration tools use them.
. "$(dirname "$0")/../lib.sh"

F=$T_TMP/options
run() { out=$("$PPPCONF" "$@" 2>&1); rc=$?; }

# --- the L2TP fix on a missing file: created, then idempotent, then undone ---
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --yes "$F"
t_eq "fix on a missing file exits 3 (changed)" 3 "$rc"
t_check "fix created the file" test -f "$F"
t_contains "fix prints the diff" "$out" "+plugin L2TP.ppp"
t_contains "fix warns that IPsec is off" "$out" "not encrypted by IPsec"
t_eq "plugin line comes before l2tpnoipsec" "plugin L2TP.ppp l2tpnoipsec" \
	"$(grep -v '^#' "$F" | tr '\n' ' ' | sed 's/ $//')"
cp "$F" "$T_TMP/after1"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --yes "$F"
t_eq "second fix exits 0" 0 "$rc"
t_contains "second fix says unchanged" "$out" "unchanged"
t_check "second fix leaves the bytes" cmp -s "$F" "$T_TMP/after1"
run fix l2tp-noipsec-undo --platform macos --yes "$F"
t_eq "undo of a fix that created the file exits 3" 3 "$rc"
t_check "undo removed the file it had created" test ! -e "$F"
t_contains "undo says it removed the file" "$out" "removed"

# --- the fix's question comes first, its risk before the question to write ---
rm -f "$F"
run fix l2tp-noipsec --platform macos --yes "$F" </dev/null
t_eq "the question unanswered, no terminal: exit 4" 4 "$rc"
t_contains "and it asks the editor's question" "$out" "Does your VPN server speak plain L2TP, without IPsec?"
t_contains "and says how a script answers it" "$out" "--no-ipsec-confirmed"
t_check "and nothing is written" test ! -e "$F"
if command -v script >/dev/null 2>&1; then
	# on a terminal: the question, then (answered yes) the risk, the diff and
	# the question to write, in that order
	out=$(printf 'y\nn\n' | script -qec "'$PPPCONF' fix l2tp-noipsec --platform macos '$F'" /dev/null 2>&1)
	q=$(printf '%s\n' "$out" | grep -n 'Does your VPN server' | head -n 1 | cut -d: -f1)
	r=$(printf '%s\n' "$out" | grep -n 'no longer protected by IPsec' | head -n 1 | cut -d: -f1)
	d=$(printf '%s\n' "$out" | grep -n '^+plugin L2TP.ppp' | head -n 1 | cut -d: -f1)
	w=$(printf '%s\n' "$out" | grep -n 'Write these changes' | head -n 1 | cut -d: -f1)
	t_check "terminal: question, risk, diff, then the question to write" \
		test -n "$q" -a -n "$r" -a -n "$d" -a -n "$w" -a "${q:-0}" -lt "${r:-0}" -a "${r:-0}" -lt "${d:-0}" -a "${d:-0}" -lt "${w:-0}"
	t_check "terminal: answered no to writing, nothing written" test ! -e "$F"
	out=$(printf 'n\n' | script -qec "'$PPPCONF' fix l2tp-noipsec --platform macos --yes '$F'" /dev/null 2>&1)
	t_contains "terminal: answered no, the fix says what to do instead" "$out" "shared secret"
	t_lacks "terminal: answered no, no diff" "$out" "+plugin L2TP.ppp"
	t_check "terminal: answered no, nothing written" test ! -e "$F"
else
	t_skip "script(1) missing: the questions on a terminal are not tested"
fi
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --yes "$F"
run fix l2tp-noipsec-undo --platform macos --dry-run "$F"
t_contains "the undo of a created file: the diff says delete" "$out" "delete $F"
t_contains "and shows every line going" "$out" "+++ /dev/null"
t_check "--dry-run: the file stays" test -f "$F"
rm -f "$F" "$F~"

# --- the undo does not remove a created file under another editor's feet ---
SW=$TOP/build/tools/swtool
if [ -x "$SW" ] && command -v mkfifo >/dev/null 2>&1; then
	D=$T_TMP/held; mkdir -p "$D"
	"$PPPCONF" fix l2tp-noipsec --no-ipsec-confirmed --platform macos --yes "$D/options" >/dev/null 2>&1
	mkfifo "$T_TMP/hold-in"
	"$SW" hold "$D/options" - <"$T_TMP/hold-in" >"$T_TMP/hold.out" 2>&1 &
	exec 4>"$T_TMP/hold-in"
	i=0; while [ $i -lt 50 ] && ! grep -q 'locked=1' "$T_TMP/hold.out" 2>/dev/null; do
		sleep 0.1; i=$((i + 1)); done
	# --wait 0.5: the lock is held to the end, so waiting longer proves nothing
	run fix l2tp-noipsec-undo --platform macos --yes --wait 0.5 "$D/options"
	t_eq "undo while another editor holds the file: exit 2" 2 "$rc"
	t_contains "and it says so" "$out" "not removed"
	t_check "and the file is still there" test -f "$D/options"
	exec 4>&-
	wait
else
	t_skip "build/tools/swtool or mkfifo missing: removal under a lock not tested"
fi

# --- fix then undo restores an existing file's exact bytes ---
printf '# mine\n\tlock   # keep me\nmtu 1400\n' >"$F"
cp "$F" "$T_TMP/orig"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --yes "$F"
t_eq "fix on an existing file exits 3" 3 "$rc"
t_check "existing lines kept at the top" sh -c "head -n 3 '$F' | cmp -s - '$T_TMP/orig'"
run fix l2tp-noipsec-undo --platform macos --yes "$F"
t_check "undo restores the original bytes" cmp -s "$F" "$T_TMP/orig"

# --- dry run and no terminal write nothing ---
printf 'lock\n' >"$F"; cp "$F" "$T_TMP/orig"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --dry-run "$F"
t_eq "--dry-run exits 3 (would change)" 3 "$rc"
t_check "--dry-run wrote nothing" cmp -s "$F" "$T_TMP/orig"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos "$F" </dev/null
t_eq "without --yes and without a terminal: exit 4" 4 "$rc"
t_check "and nothing written" cmp -s "$F" "$T_TMP/orig"

# --- the fix writes its own lines; a line it does not own that stops pppd is
# reported and left, and the fix is not called done while it is there ---
printf 'sudo echo "plugin L2TP.ppp" >> /etc/ppp/options\n' >"$F"; cp "$F" "$T_TMP/orig"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --yes "$F"
t_eq "fix of a file with another broken line: its own lines written (3)" 3 "$rc"
t_contains "and it names the line that still stops pppd" "$out" "line 1:"
t_contains "which it leaves" "$out" "lines the fix leaves"
t_check "the pasted shell line is still there" grep -q '^sudo echo' "$F"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --yes "$F"
t_eq "a second run: not done while pppd refuses the file (2)" 2 "$rc"
t_lacks "no success message" "$out" "already in place"
t_contains "it says the fix's lines are in place but pppd refuses" "$out" "still refuses"
printf '# pppconf: L2TP without IPsec (undo: pppconf fix l2tp-noipsec-undo)\nplugin L2TP.ppp\nl2tpnoipsec\nl2tpudpport 1701\n' >"$F"; cp "$F" "$T_TMP/orig"
run fix l2tp-noipsec-undo --platform macos --yes "$F"
t_eq "an undo that would strand a plugin option is refused" 2 "$rc"
t_contains "and says which line would break" "$out" "l2tpudpport"
t_check "and writes nothing" cmp -s "$F" "$T_TMP/orig"

# --- the undo removes only what the fix added ---
printf 'plugin L2TP.ppp\nl2tpnoipsec\n' >"$F"; chmod 644 "$F"; cp "$F" "$T_TMP/orig"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --yes "$F"
t_eq "the user's own L2TP lines: nothing to do (0)" 0 "$rc"
run fix l2tp-noipsec-undo --platform macos --yes "$F"
t_eq "and the undo removes nothing (0)" 0 "$rc"
t_check "the user's lines stay" cmp -s "$F" "$T_TMP/orig"
t_contains "it says why, and how to remove them" "$out" "pppconf unset l2tpnoipsec"
printf 'lock\nplugin L2TP.ppp\n' >"$F"; cp "$F" "$T_TMP/orig"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --yes "$F"
t_eq "the user's plugin line alone: the fix adds l2tpnoipsec (3)" 3 "$rc"
run fix l2tp-noipsec-undo --platform macos --yes "$F"
t_check "the undo takes back only that" cmp -s "$F" "$T_TMP/orig"

# --- full-width letters on the fix's lines are repaired though another line is
# damaged too; that one is reported and left ---
printf 'plugin \357\274\2542TP.ppp\n\357\275\2142tpnoipsec\n\357\275\215\357\275\224\357\275\225 1400\n' >"$F"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --yes "$F"
t_eq "pasted full-width L2TP lines are repaired (3)" 3 "$rc"
t_eq "in place: the two lines first, the other line as it was" "plugin L2TP.ppp
l2tpnoipsec
$(printf '\357\275\215\357\275\224\357\275\225') 1400" "$(cat "$F")"
t_contains "the other damaged line is named" "$out" "line 3:"

# --- one VPN only: /etc/ppp/peers/<service>, the name asked for ---
PEERS=$T_TMP/peers; export PPPCONF_PEERS_DIR="$PEERS"
mkdir -p "$T_TMP/bin"
cat >"$T_TMP/bin/scutil" <<'SCUTIL'
#!/bin/sh
[ "$1 $2" = "--nc list" ] || exit 1
echo 'Available network connection services in the current set (*=enabled):'
echo '* (Disconnected)   5E1F6D4B-0000-0000-0000-000000000001 PPP --> L2TP       "Work VPN"                       [PPP/L2TP]'
echo '* (Connected)      5E1F6D4B-0000-0000-0000-000000000002 PPP --> PPPoE      "DSL"                            [PPP/PPPoE]'
SCUTIL
chmod +x "$T_TMP/bin/scutil"
out=$(PATH="$T_TMP/bin:$PATH" "$PPPCONF" fix l2tp-noipsec-service --platform macos --yes 2>&1); rc=$?
t_eq "without --service: usage (2)" 2 "$rc"
t_contains "and the L2TP VPNs scutil lists" "$out" '"Work VPN"'
t_lacks "not the PPPoE service" "$out" '"DSL"'
run fix l2tp-noipsec-service --no-ipsec-confirmed --service "Work VPN" --platform macos --yes
t_eq "the per-service fix writes the VPN's file (3)" 3 "$rc"
t_check "in the peers folder it created" test -f "$PEERS/Work VPN"
t_eq "holding only l2tpnoipsec under its comment" "l2tpnoipsec" "$(grep -v '^#' "$PEERS/Work VPN")"
t_contains "and says only this VPN runs without IPsec" "$out" "this VPN now runs without IPsec"
run fix l2tp-noipsec-service --no-ipsec-confirmed --service "Work VPN" --platform macos --yes
t_eq "a second run: nothing to change (0)" 0 "$rc"
run fix l2tp-noipsec-service-undo --service "Work VPN" --platform macos --yes
t_eq "its undo (3)" 3 "$rc"
t_check "removes the file it had created" test ! -e "$PEERS/Work VPN"
run fix l2tp-noipsec-service --no-ipsec-confirmed --service "../options" --platform macos --yes
t_eq "a name pppd's call refuses is refused (2)" 2 "$rc"
t_contains "with pppd's reason" "$out" "'..'"
run fix l2tp-noipsec-service --no-ipsec-confirmed --service "Work VPN" --platform macos --yes "$F"
t_eq "a FILE is refused: the name decides the file (2)" 2 "$rc"
unset PPPCONF_PEERS_DIR

# --- keepalive, pppoe-mtu, dns-route: add, put aside, undo to the very bytes ---
printf 'lock\nlcp-echo-interval 5\n' >"$F"; cp "$F" "$T_TMP/orig"
run fix keepalive --platform linux --yes "$F"
t_eq "keepalive changes the file (3)" 3 "$rc"
t_contains "it puts the short interval aside" "$(cat "$F")" "# pppconf keepalive put aside: lcp-echo-interval 5"
t_contains "and adds its own" "$(cat "$F")" "lcp-echo-failure 4"
run fix keepalive-undo --platform linux --yes "$F"
t_check "keepalive-undo gives back the very bytes" cmp -s "$F" "$T_TMP/orig"
# a value past pppd's int is wrapped (-1 on a 32-bit system): not kept as larger
printf 'lcp-echo-interval 99999999999\nlcp-echo-failure 4\n' >"$F"
run fix keepalive --platform linux --yes "$F"
t_contains "an interval past pppd's int is put aside" "$(cat "$F")" "# pppconf keepalive put aside: lcp-echo-interval 99999999999"
printf 'plugin pppoe.so\neth0\nmtu 1500\n' >"$F"; cp "$F" "$T_TMP/orig"
run fix pppoe-mtu --platform linux --yes "$F"
t_eq "pppoe-mtu (3)" 3 "$rc"
t_contains "mtu 1492" "$(cat "$F")" "mtu 1492"
run fix pppoe-mtu-undo --platform linux --yes "$F"
t_check "pppoe-mtu-undo gives back the very bytes" cmp -s "$F" "$T_TMP/orig"
run fix pppoe-mtu --platform macos --yes "$F"
t_eq "pppoe-mtu is not a macOS fix (2)" 2 "$rc"
printf 'nodefaultroute\n' >"$F"; cp "$F" "$T_TMP/orig"
run fix dns-route --platform linux --yes "$F"
t_eq "dns-route (3)" 3 "$rc"
run check --platform linux --only "$F"
t_eq "the result: pppd accepts defaultroute (nodefaultroute put aside)" 0 "$rc"
run fix dns-route-undo --platform linux --yes "$F"
t_check "dns-route-undo gives back the very bytes" cmp -s "$F" "$T_TMP/orig"
run fix dns-route --platform macos --yes "$F"
t_eq "dns-route on a Mac changes nothing (2)" 2 "$rc"
t_contains "and says the service's settings decide" "$out" "settings"
printf 'lock\n' >"$F"; cp "$F" "$T_TMP/orig"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos --dry-run "$F"
t_lacks "--dry-run does not claim the change was made" "$out" "now loads"
t_lacks "--dry-run does not say IPsec is now off" "$out" "now run without IPsec"
run fix l2tp-noipsec --no-ipsec-confirmed --platform macos "$F" </dev/null
t_lacks "not written: no claim either" "$out" "now loads"

# --- Linux: the fix explains itself and changes nothing ---
run fix l2tp-noipsec --no-ipsec-confirmed --platform linux --yes "$F"
t_eq "L2TP fix on Linux fails with 2" 2 "$rc"
t_contains "and says it is for macOS" "$out" "macOS"
t_check "and wrote nothing" cmp -s "$F" "$T_TMP/orig"

# --- debug-log and its undo leave the user's own debug line alone ---
printf 'lock\ndebug\nmtu 1400\n' >"$F"; cp "$F" "$T_TMP/own-debug"
run fix debug-log --platform linux --yes "$F"
t_eq "debug-log on a file with its own debug: changed (3)" 3 "$rc"
t_eq "it adds only the logfile, under its comment" "lock
debug
mtu 1400
# pppconf: verbose PPP logging (undo: pppconf fix debug-log-undo)
logfile /var/log/ppp.log" "$(cat "$F")"
run fix debug-log-undo --platform linux --yes "$F"
t_eq "debug-log-undo: changed (3)" 3 "$rc"
t_check "fix then undo gives back the very bytes" cmp -s "$F" "$T_TMP/own-debug"
t_contains "the user's own debug line is still there" "$(cat "$F")" "debug"
run fix debug-log-undo --platform linux --yes "$F"
t_eq "undo again: nothing of the fix's left (0)" 0 "$rc"
t_contains "and it says the hand-written debug stays" "$out" "stays"
t_check "and the user's debug is kept" cmp -s "$F" "$T_TMP/own-debug"
printf 'debug\nlogfile /var/log/ppp.log\n' >"$F"; cp "$F" "$T_TMP/own-both"
run fix debug-log --platform linux --yes "$F"
t_eq "debug-log with debug and logfile written by hand: nothing to do (0)" 0 "$rc"
run fix debug-log-undo --platform linux --yes "$F"
t_eq "and its undo has nothing to remove (0)" 0 "$rc"
t_check "the file is unchanged throughout" cmp -s "$F" "$T_TMP/own-both"

# --- set / unset ---
printf 'lock\nmtu 1500\n#debug\n' >"$F"
run set mtu 1400 --platform linux --yes "$F"
t_eq "set changes a value: exit 3" 3 "$rc"
t_eq "set edits the existing line in place" "lock
mtu 1400
#debug" "$(cat "$F")"
run set mtu 1400 --platform linux --yes "$F"
t_eq "set again: exit 0" 0 "$rc"
run set debug --platform linux --yes "$F"
t_eq "set enables a commented-out directive" "lock
mtu 1400
debug" "$(cat "$F")"
run set mtu abc --platform linux --yes "$F"
t_eq "set refuses a value pppd refuses" 2 "$rc"
run set bogusopt --platform linux --yes "$F"
t_eq "set refuses an unknown directive" 2 "$rc"
run set l2tpnoipsec --platform macos --yes "$F"
t_eq "set of a plugin option without its plugin fails" 2 "$rc"
t_contains "and names the plugin line to add" "$out" "plugin L2TP.ppp"
# a word that makes pppd exit is not written: every connection would end there
run set --platform linux --yes -- --help "$F"
t_eq "set refuses --help" 2 "$rc"
t_contains "set says why" "$out" "makes pppd print and exit without connecting"
run set controlled --platform macos --yes "$F"
t_eq "set refuses controlled on a Mac" 2 "$rc"
(cd "$T_TMP" && "$PPPCONF" set user options --platform linux --dry-run >/dev/null 2>&1)
t_eq "a bare file name in the value's place is refused too" 2 "$?"
run set user "$F" --platform linux --dry-run
t_eq "set with the value left out, file as value: refused" 2 "$rc"
t_contains "and says the value looks left out" "$out" "left out"
run set logfile /tmp --platform linux --dry-run --file "$F"
t_eq "a path value for a path option is fine" 3 "$rc"
run unset mtu --platform linux --yes "$F"
t_eq "unset removes: exit 3" 3 "$rc"
t_eq "unset left the rest" "lock
debug" "$(cat "$F")"
run unset mtu --platform linux --yes "$F"
t_eq "unset again: exit 0" 0 "$rc"
# an option each line of which adds a value gets a line of its own
printf 'privgroup a\n' >"$F"
run set privgroup b --platform linux --yes "$F"
t_eq "set adds a privgroup line: each adds a group" "privgroup a
privgroup b" "$(cat "$F")"

# --- the strict contract: a misspelt name, a file in a name's or a value's
# place, a value pppd stops at, options after -- ---
printf 'crtscts\nlock\n' >"$F"; cp "$F" "$T_TMP/strict.before"
run unset crtcts --platform linux --yes "$F"
t_eq "unset of a misspelt name: exit 2" 2 "$rc"
t_contains "and it suggests the name" "$out" "Did you mean: crtscts"
t_check "and crtscts stays" cmp -s "$F" "$T_TMP/strict.before"
run unset "$F" --platform linux --yes
t_eq "unset FILE, the name left out: exit 2" 2 "$rc"
t_contains "and says a name belongs there" "$out" "is a file, where a directive name belongs"
run set logfile "$T_TMP/strict.before" --platform linux --yes
t_eq "set logfile FILE, the value left out: exit 2" 2 "$rc"
t_contains "and says how to give a file as the value" "$out" "must come after --"
t_check "nothing written on either" cmp -s "$F" "$T_TMP/strict.before"
run set --platform linux --dry-run logfile -- "$T_TMP/strict.before" "$F"
t_eq "after --, the file is the value" 3 "$rc"
t_contains "and the diff adds it" "$out" "+logfile $T_TMP/strict.before"
run set --platform linux logfile -- "$T_TMP/strict.before" "$F" --dry-run
t_eq "an option after --: too many words, exit 2" 2 "$rc"
t_contains "and says the options go before --" "$out" "'--dry-run' is not read as an option"
run unset --platform linux logfile -- "$T_TMP/strict.before" "$F" --yes
t_eq "unset: an option after --, too many words, exit 2" 2 "$rc"
t_contains "and says unset's usage" "$out" "too many words for unset logfile (usage: pppconf unset"
t_contains "and that the options go before --" "$out" "'--yes' is not read as an option"
run set logfile "" --platform linux --yes "$F"
t_eq "logfile \"\" on Linux: exit 2" 2 "$rc"
t_contains "with pppd's reason" "$out" "Can't open log file"
t_check "nothing written" cmp -s "$F" "$T_TMP/strict.before"

# --- restore: the backup comes back through the same diff and write ---
printf 'lock\nmtu 1500\n' >"$F"; rm -f "$F~"
run restore --yes "$F"
t_eq "restore without a backup fails" 2 "$rc"
t_contains "and says there is none" "$out" "no backup"
run set mtu 1400 --platform linux --yes "$F"
t_check "the first write kept a backup" test -f "$F~"
run restore --dry-run "$F"
t_eq "restore --dry-run exits 3" 3 "$rc"
t_contains "and shows the diff back to the old value" "$out" "+mtu 1500"
run restore --yes "$F"
t_eq "restore exits 3" 3 "$rc"
t_eq "restore put the old bytes back" "lock
mtu 1500" "$(cat "$F")"
run restore --yes "$F"
t_eq "a second restore changes nothing: exit 0" 0 "$rc"
t_eq "and the file keeps the restored bytes" "lock
mtu 1500" "$(cat "$F")"

# --- secrets stay out of diffs and dumps unless revealed ---
printf 'user bob\npassword hunter2\n' >"$F"
run set password s3cr3t --platform linux --dry-run "$F"
t_lacks "the diff masks the old password" "$out" "hunter2"
t_lacks "the diff masks the new password" "$out" "s3cr3t"
t_contains "but shows that the password line changes" "$out" "+password ********"
run set password s3cr3t --platform linux --dry-run --reveal "$F"
t_contains "--reveal shows it" "$out" "+password s3cr3t"
run dump --platform linux "$F"
t_lacks "dump masks the password" "$out" "hunter2"
run dump --platform linux --reveal "$F"
t_contains "dump --reveal shows it" "$out" "hunter2"

# --- doctor ---
printf 'plugin L2TP.ppp\nl2tpnoipsec\n' >"$F"; chmod 644 "$F"
run doctor --platform macos "$F"
t_contains "doctor lists the L2TP checks" "$out" "comes before"
printf 'l2tpnoipsec\nplugin L2TP.ppp\n' >"$F"
run doctor --platform macos "$F"
t_eq "doctor exits 1 when something needs fixing" 1 "$rc"
t_contains "doctor marks the wrong order" "$out" "[FIX]"
printf 'plugin L2TP.ppp\nl2tpnoipsec\n' >"$F"; chmod 644 "$F"
run doctor --platform macos "$F"
t_eq "doctor after a correct fix: warnings are listed but all good (exit 0)" 0 "$rc"
t_contains "the IPsec warning is still shown" "$out" "[warn]"
printf 'plugin L2TP.ppp\nl2tpnoipsec\nmtuu 1400\n' >"$F"
run doctor --platform macos "$F"
t_eq "doctor on a file pppd refuses: exit 1" 1 "$rc"
t_contains "and names the line" "$out" "line 3"
run doctor --platform macos "$T_TMP/missing"
t_contains "doctor on a missing file says pppd uses defaults" "$out" "defaults"
run doctor "$T_TMP"
t_eq "doctor exits 2 when it cannot read" 2 "$rc"
# debug-log-undo takes away only what the debug-log fix added: for a debug
# line of the user's own, doctor does not promise that the undo turns it off
printf 'lock\ndebug\n' >"$F"; chmod 644 "$F"
run doctor --platform linux "$F"
t_contains "doctor: the undo turns off only the fix's own debug" "$out" "when pppconf's debug-log fix added it"
t_contains "doctor: a debug line of your own stays" "$out" "of your own stays until you remove it"
printf 'lock\n-d\n' >"$F"; chmod 644 "$F"
run doctor --platform linux "$F"
t_contains "doctor: -d, debug's other name, is verbose logging too" "$out" "Verbose logging (debug) is on."
# the release named is the one doctor checks as, and names
printf 'show-options\n' >"$F"; chmod 644 "$F"
run doctor --platform linux --pppd-version 2.4.9 "$F"
t_contains "doctor --pppd-version: the release is named" "$out" "(Linux pppd 2.4.9)"
t_contains "doctor --pppd-version: a word it lacks is to fix" "$out" "Linux pppd 2.4.9 has no 'show-options'"

# --- doctor finds what a killed save left, and removes it only with --yes ---
printf 'lock\n' >"$F"
printf 'half' >"$T_TMP/.options.pppconf-ABCDEFGH"
run doctor --platform linux "$F"
t_eq "doctor reports a leftover temporary file: exit 1" 1 "$rc"
t_contains "and names it" "$out" ".options.pppconf-ABCDEFGH"
t_check "without --yes it stays" test -f "$T_TMP/.options.pppconf-ABCDEFGH"
run doctor --yes --platform linux "$F"
t_check "doctor --yes removes it" test ! -e "$T_TMP/.options.pppconf-ABCDEFGH"
t_check "and leaves the options file alone" test "$(cat "$F")" = lock

t_done
