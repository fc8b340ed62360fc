# tests/cli/chain.sh - `pppconf check` and `pppconf show` on the whole configuration: includes, peers files and the Mac's controller read in pppd's order from a copied tree (--root), each finding at its file and line, --only as before, the options in effect and where they were set.
. "$(dirname "$0")/../lib.sh"

# tree NAME: a copy of a machine's files under $T_TMP/NAME; R is its root,
# E its /etc/ppp.
tree() { R=$T_TMP/$1; E=$R/etc/ppp; mkdir -p "$E/peers"; }
put() { mkdir -p "$(dirname "$1")"; printf "$2" > "$1"; chmod 644 "$1"; }
run() { OUT=$("$PPPCONF" "$@" 2>&1); RC=$?; }

# xl2tpd's layout: /etc/ppp/options includes options.l2tpd.client, whose
# typo stops pppd. Checking /etc/ppp/options finds it there; --only does not.
tree xl2tpd
put "$E/options" 'lock\nfile /etc/ppp/options.l2tpd.client\n'
put "$E/options.l2tpd.client" 'noauth\nmtux 1400\n'
run check --platform linux --root "$R"
t_eq "an included file's typo: exit 1" 1 "$RC"
t_contains "the typo is named at the included file's line" "$OUT" "$E/options.l2tpd.client:2: error: pppd does not know 'mtux'."
t_contains "the files pppd reads are listed" "$OUT" "pppd reads: $E/options, $E/options.l2tpd.client (file, $E/options:2)"
t_contains "where pppd stops is said" "$OUT" "it stops at $E/options.l2tpd.client:2."
t_contains "a file /etc/ppp/options includes is read by every pppd: so is its stop" "$OUT" \
	"stops at line 2 and refuses to start: every PPP connection on this machine fails."
run check --only --platform linux "$E/options"
t_eq "--only: the file alone is clean" 0 "$RC"
t_lacks "--only: the include is not read" "$OUT" "mtux"

# JSON: each finding names its file; the files are listed in order.
if command -v python3 >/dev/null 2>&1; then
	"$PPPCONF" check --json --platform linux --root "$R" > "$T_TMP/chain.json"
	t_check "check --json: the finding's file and the files in read order" python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
e = sys.argv[2]
assert [x["file"] for x in d["findings"] if x["id"] == "unknown-directive"] == [e + "/options.l2tpd.client"], d["findings"]
assert [f["path"] for f in d["files"]][:2] == ["/etc/ppp/options", "/etc/ppp/options.l2tpd.client"], d["files"]
assert d["stops_at"] == {"file": e + "/options.l2tpd.client", "line": 2}, d["stops_at"]
' "$T_TMP/chain.json" "$E"
else
	t_skip "python3 not installed: JSON not parsed"
fi

# What pppd refuses before it reads a word: a missing include, a missing
# peers file, a name call refuses, a file that includes itself.
tree missing
put "$E/options" 'lock\nfile /etc/ppp/nonexistent\n'
run check --platform linux --root "$R"
t_eq "missing include: exit 1" 1 "$RC"
t_contains "missing include: error at the line naming it" "$OUT" "$E/options:2: error: pppd must read /etc/ppp/nonexistent"
tree peers
put "$E/options" 'lock\n'
run check --platform linux --root "$R" --args 'call nosuchpeer'
t_eq "call of a missing peers file: exit 1" 1 "$RC"
t_contains "call of a missing peers file: said on the command line" "$OUT" "the command line: error: pppd must read /etc/ppp/peers/nosuchpeer"
run check --platform linux --root "$R" --args 'call ../options'
t_eq "call ../options: exit 1" 1 "$RC"
t_contains "call ../options: pppd refuses the name" "$OUT" "'../options' contains a .. folder"
tree cycle
put "$E/options" 'file /etc/ppp/options\n'
run check --platform linux --root "$R"
t_eq "a file including itself: exit 1" 1 "$RC"
t_contains "a file including itself: pppd never starts" "$OUT" "[include-cycle]"

# A peers file named by the user is read as `call NAME`, after
# /etc/ppp/options, however the path is written.
tree gprs
put "$E/options" 'noauth\n'
put "$E/peers/gprs" '/dev/ttyUSB0\n115200\nauth\n'
run check --platform linux --root "$R" "$E/peers/gprs"
t_contains "a peers file is reached by call" "$OUT" "pppd reads: $E/options, $R/root/.ppprc (not there), the command line, $E/peers/gprs (call, the command line)"
OUT=$(cd "$E" && "$PPPCONF" check --platform linux --root ../.. ./peers/gprs 2>&1)
t_contains "a relative path to a peers file is reached by call too" "$OUT" "./peers/gprs (call, the command line)"
put "$T_TMP/elsewhere" 'mtu 1400\n'
run check --platform linux --root "$R" "$T_TMP/elsewhere"
t_contains "any other file is read as file on the command line" "$OUT" "$T_TMP/elsewhere (file, the command line)"
# pppd's own path names the copy, though this machine may have the file too
run check --platform linux --root "$R" /etc/ppp/options
t_contains "--root: /etc/ppp/options is the copy's" "$OUT" "pppd reads: $E/options,"

# show: the value in effect, where it was set and what it replaced.
run show --platform linux --root "$R" --args 'call gprs'
t_eq "show: exit 0" 0 "$RC"
t_contains "show: the peers file's auth wins" "$OUT" "$E/peers/gprs:3"
t_contains "show: over /etc/ppp/options' noauth" "$OUT" "    replaces noauth at $E/options:1"
run show --files --platform linux --root "$R" --args 'call gprs'
t_eq "show --files: the files in pppd's order" \
	"$(printf '%s\tread\tsystem\n%s\tabsent\tuser\n%s\tread\tcall, the command line\n%s\tabsent\ttty' \
		"$E/options" "$R/root/.ppprc" "$E/peers/gprs" "$E/options.ttyUSB0")" "$OUT"
run show --only --platform linux "$E/peers/gprs"
t_contains "show --only: the file's own values" "$OUT" "auth                            $E/peers/gprs:3"
t_lacks "show --only: nothing of /etc/ppp/options" "$OUT" "noauth"
if command -v python3 >/dev/null 2>&1; then
	"$PPPCONF" show --json --platform linux --root "$R" --args 'call gprs' > "$T_TMP/show.json"
	t_check "show --json: auth from the peers file, replacing noauth" python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
o = [x for x in d["options"] if x["name"] == "auth"]
assert len(o) == 1 and o[0]["value"] == "auth" and o[0]["line"] == 3, o
assert o[0]["replaced"] == [{"value": "noauth", "file": sys.argv[2] + "/options", "line": 1}], o
' "$T_TMP/show.json" "$E"
fi

# Linux: a device in /etc/ppp/options and pty in the peers file are refused
# together once pppd has read every option (tty.c:510-514)
tree ptydev
put "$E/options" 'ttyS0\n'
put "$E/peers/dsl" 'pty "ssh x"\n'
run check --platform linux --root "$R" "$E/peers/dsl"
t_eq "device and pty in two files: exit 1" 1 "$RC"
t_contains "device and pty in two files: refused" "$OUT" "peers/dsl:1: error: A serial device is named in "
put "$E/options" 'lock\n'
run check --platform linux --root "$R" "$E/peers/dsl"
t_lacks "pty alone: fine" "$OUT" "precludes specifying device name"

# macOS: the controller's options for an L2TP service come after
# /etc/ppp/options, its `call` last; a missing peers file is no error there.
tree mac
put "$E/options" 'l2tpnoipsec\n'
run check --platform macos --root "$R" --service-type l2tp --service "Work VPN"
t_eq "mac: l2tpnoipsec before the controller loads L2TP: exit 1" 1 "$RC"
t_contains "mac: the plugin is missing at that line" "$OUT" "$E/options:1: error: 'l2tpnoipsec' belongs to the plugin L2TP.ppp"
# the L2TP lines in a file /etc/ppp/options includes reach every service too
put "$E/options" 'file /etc/ppp/l2tp\n'
put "$E/l2tp" 'plugin L2TP.ppp\nl2tpnoipsec\n'
run check --platform macos --root "$R"
t_contains "mac: a plugin line included from /etc/ppp/options is global" "$OUT" \
	"$E/l2tp:1: warning: Every pppd on this Mac reads this file"
t_contains "mac: its l2tpnoipsec applies to every L2TP service" "$OUT" \
	"In this file it applies to every L2TP VPN service on this Mac"
put "$E/options" 'debug\n'
run check --platform macos --root "$R" --service-type l2tp --service "Work VPN"
t_eq "mac: no peers file for the service: accepted" 0 "$RC"
t_contains "mac: the missing peers file is a note" "$OUT" "[peers-absent]"
t_lacks "mac: no advice on the controller's own words" "$OUT" "the controller: warning"
put "$E/peers/Work VPN" 'remoteaddress vpn.example.com\n'
run show --platform macos --root "$R" --service-type l2tp --service "Work VPN" --transport ip
t_contains "mac: the controller loads L2TP" "$OUT" "plugin L2TP.ppp                 the controller"
t_contains "mac: --transport ip sends l2tpnoipsec" "$OUT" "l2tpnoipsec                     the controller"
t_contains "mac: the peers file is read" "$OUT" "$E/peers/Work VPN:1"
run show --platform macos --root "$R" --service-type l2tp --service "Work VPN"
t_lacks "mac: over IPsec there is no l2tpnoipsec" "$OUT" "l2tpnoipsec"
run check --platform macos --root "$R" --service-type bogus --service x
t_eq "an unknown service type: exit 2" 2 "$RC"

# Another machine's files (--root, --no-env): this machine's /dev says nothing
# of that one's serial ports, so a device is known by its name and the word
# after it on the line is a directive of its own.
tree devs
put "$E/options" '/dev/ttyNOSUCH9 10.0.0.5:\n'
if [ "$(uname -s)" = Linux ]; then
	run show --platform linux --root "$R"
	t_contains "--root: the device is a directive of its own" "$OUT" "/dev/ttyNOSUCH9                 $E/options:1"
	t_contains "and the address pair after it too" "$OUT" "10.0.0.5:                       $E/options:1"
	run check --platform linux --root "$R"
	t_lacks "--root: no 'no such device on this machine'" "$OUT" "no such character device"
	run check --only --no-env --platform linux "$E/options"
	t_lacks "--only --no-env: no 'no such device on this machine'" "$OUT" "no such character device"
	run check --only --platform linux "$E/options"
	t_contains "this machine's own file: the missing device is said" "$OUT" "no such character device on this machine"
else
	t_skip "Linux's device rules: not on this machine's platform"
fi

# A plugin named without a path is looked for in the plugin folder of the
# pppd installed here (Debian's ppp: /usr/lib/pppd/<release>); --pppd-version
# names the release whose folder it is. --root is another machine: no folder.
PD=$(ls -d /usr/lib/pppd/[0-9]* 2>/dev/null | head -n 1)
if [ "$(uname -s)" = Linux ] && [ -n "$PD" ] && [ -f "$PD/pppoe.so" ]; then
	tree plug
	put "$E/options" 'plugin nonexistent-pppconf.so\n'
	run check --platform linux --pppd-version "${PD##*/}" "$E/options"
	t_contains "a plugin not in this machine's folder is named with the folder" "$OUT" "There is no plugin 'nonexistent-pppconf.so' in $PD,"
	run check --platform linux --root "$R"
	t_lacks "--root: another machine's plugin folder is not this one" "$OUT" "plugin-not-installed"
	put "$E/options" 'plugin pppoe.so\n'
	run check --platform linux --pppd-version "${PD##*/}" "$E/options"
	t_lacks "a plugin in the folder: nothing said" "$OUT" "plugin-not-installed"
elif [ "$(uname -s)" = Linux ]; then
	t_need "no /usr/lib/pppd/<release>/pppoe.so: the plugin folder is not looked at (.ci/run installs ppp)"
fi

# What the chain says is in the user's language; --json stays English.
Z=$T_TMP/zh
mkdir -p "$Z/etc/ppp/peers"
printf 'file /etc/ppp/nosuch\n' >"$Z/etc/ppp/options"
OUT=$(LC_ALL=zh_CN.UTF-8 LANGUAGE= "$PPPCONF" check --platform linux --root "$Z" 2>&1)
t_contains "Chinese: a missing include, in Chinese" "$OUT" "没有这个文件"
t_contains "Chinese: its state in the list of files read" "$OUT" "（被拒绝）"
run check --platform linux --root "$Z"
t_contains "English: the same finding in English" "$OUT" "there is no such file"
printf 'demand\n' >"$Z/etc/ppp/options"
printf '/dev/ttyS0\n' >"$Z/etc/ppp/peers/isp"
run check --platform linux --root "$Z" --args 'call isp'
t_contains "demand with no connect anywhere: refused" "$OUT" "[demand-no-connect]"
t_eq "and check exits 1" 1 "$RC"
run check --platform linux --root "$Z"
t_lacks "without --args the command line may give connect" "$OUT" "[demand-no-connect]"
# Linux 2.4.9: IPv6 is on and demand wants the peer's IPv6 identifier
# (linux-ppp-2.4.9/pppd/ipv6cp.c:1144-1146); 2.5.3 makes one up
printf 'demand\n' >"$Z/etc/ppp/options"
printf '/dev/ttyS0\nconnect /bin/true\n' >"$Z/etc/ppp/peers/isp"
run check --platform linux --pppd-version 2.4.9 --root "$Z" --args 'call isp'
t_contains "2.4.9: demand with IPv6 on and no peer identifier: refused" "$OUT" "[demand-no-ipv6-id]"
t_eq "and check exits 1" 1 "$RC"
run check --platform linux --pppd-version 2.5.3 --root "$Z" --args 'call isp'
t_lacks "2.5.3 makes an identifier up" "$OUT" "[demand-no-ipv6-id]"
run check --platform linux --pppd-version 2.4.9 --root "$Z" --args 'call isp noipv6'
t_lacks "2.4.9 with noipv6" "$OUT" "[demand-no-ipv6-id]"
run check --platform linux --pppd-version 2.4.9 --root "$Z" --args 'call isp ipv6 ,::2'
t_lacks "2.4.9 with the peer's identifier on an ipv6 line" "$OUT" "[demand-no-ipv6-id]"
run check --platform linux --pppd-version 2.4.9 --root "$Z" --args 'call isp ipv6 ::1,'
t_contains "2.4.9 with only our own identifier: still refused" "$OUT" "[demand-no-ipv6-id]"

# allow-number with no remotenumber anywhere: the start-up number check
# compares the list with an empty number and exits 21 (auth.c:1434-1436)
printf 'allow-number 5551234\n' >"$Z/etc/ppp/options"
printf '/dev/ttyS0\nconnect /bin/true\n' >"$Z/etc/ppp/peers/isp"
run check --platform linux --root "$Z" --args 'call isp'
t_contains "allow-number and no remotenumber anywhere: refused" "$OUT" "no file pppd reads nor its command line gives remotenumber"
t_contains "allow-number and no remotenumber anywhere: status 21" "$OUT" "exits with status 21 before"
t_eq "and check exits 1" 1 "$RC"
run check --platform linux --root "$Z" --args 'call isp remotenumber 5551234'
t_lacks "remotenumber on the command line" "$OUT" "gives remotenumber:"
t_eq "and check exits 0" 0 "$RC"
run check --platform linux --root "$Z"
t_lacks "without --args the command line may give remotenumber" "$OUT" "gives remotenumber:"
printf 'allow-number 5551234\nallow-number *\n' >"$Z/etc/ppp/options"
run check --platform linux --root "$Z" --args 'call isp'
t_lacks "allow-number * lets an unknown number in" "$OUT" "gives remotenumber:"

# --help in /etc/ppp/options: pppd prints and exits there (options.c:1229-
# 1231), so the peers file's typo is never reached
tree helpfirst
put "$E/options" 'lock\n--help\n'
put "$E/peers/isp" 'noauth\nmtux 1400\n'
run check --platform linux --root "$R" "$E/peers/isp"
t_contains "an exit before the error is where pppd ends" "$OUT" "pppd prints and exits at $E/options:2 before it reaches the errors; without that word it would refuse this configuration."
t_contains "the peers file is not reached" "$OUT" "(not reached: pppd stops before)"

# file "": pppd tries to open an empty name; it is shown as ''
tree emptyname
put "$E/options" 'file ""\n'
run check --platform linux --root "$R"
t_contains "file \"\": an empty name is refused" "$OUT" "options:1: error: Bad value for file: the name is empty"
# JSON: a word that makes pppd exit (exits_at) comes before a refusal after it
tree exitjson
printf -- '--help\nnosuchword\n' >"$E/options"
if command -v python3 >/dev/null 2>&1; then
	"$PPPCONF" check --json --platform linux --root "$R" > "$T_TMP/exit.json"
	t_check "check --json: exits_at, and no stops_at after it" python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["stops_at"] is None, d["stops_at"]
assert d["exits_at"]["line"] == 1, d["exits_at"]
' "$T_TMP/exit.json"
fi
# a user's ~/.ppprc may lower root's maxconnect but not raise it
tree noincr
put "$E/options" 'maxconnect 3600\n'
mkdir -p "$R/home/nobody"
put "$R/home/nobody/.ppprc" 'maxconnect 7200\n'
# pppd opens ~/.ppprc with the user's rights: the copy must be reachable
chmod a+x "$T_TMP"; chmod -R a+rX "$R"
run check --platform linux --root "$R" --user nobody
t_contains "a user raising root's maxconnect: refused" "$OUT" "maxconnect value cannot be increased"
put "$R/home/nobody/.ppprc" 'maxconnect 60\n'
run check --platform linux --root "$R" --user nobody
t_lacks "a user lowering it: fine" "$OUT" "cannot be increased"
run check --platform linux --root "$R" --args 'maxconnect 0'
t_lacks "root's command line may raise it" "$OUT" "cannot be increased"
# maxoctets and mo are ranked apart but fill one limit: a user's mo may not
# raise root's maxoctets, nor 0 lift it (pppd says "mo value cannot be increased")
put "$E/options" 'maxoctets 1000\n'
put "$R/home/nobody/.ppprc" 'mo 0\n'
run check --platform linux --root "$R" --user nobody
t_contains "a user's mo 0 after root's maxoctets: refused" "$OUT" "mo value cannot be increased"
put "$R/home/nobody/.ppprc" 'mo 500\n'
run check --platform linux --root "$R" --user nobody
t_lacks "a user's lower mo: fine" "$OUT" "cannot be increased"
# raised within the user's own file: refused, so the later line is not "used"
put "$R/home/nobody/.ppprc" 'maxconnect 60\nmaxconnect 120\n'
run check --platform linux --root "$R" --user nobody
t_contains "a user's file raising its own maxconnect: refused" "$OUT" "maxconnect value cannot be increased"
t_lacks "the refused line is not said to be used" "$OUT" "pppd uses the last one"
# replacedefaultroute in a user's ~/.ppprc: refused (OPT_PRIV); only 2.5.3
# made it a no-op (linux-ppp-2.5.3/README:70, :97), so for 2.5.2 the fix is
# to move it, not to remove it
put "$R/home/nobody/.ppprc" 'replacedefaultroute\n'
run check --platform linux --root "$R" --user nobody --pppd-version 2.5.2
t_contains "2.5.2: replacedefaultroute from a user, moved" "$OUT" "fix: Move it to /etc/ppp/options"
run check --platform linux --root "$R" --user nobody --pppd-version 2.5.3
t_contains "2.5.3: replacedefaultroute from a user, removed" "$OUT" "fix: Remove it: where Linux pppd 2.5.3 takes it"
# A value pppd drops without a word: a user's ~/.ppprc cannot replace
# what root fixed, nor a serial port's options file what the command line set
tree lower
put "$E/options" 'stop-bits 2\n'
put "$E/options.ttyS0" 'lock\n'
mkdir -p "$R/home/nobody"
put "$R/home/nobody/.ppprc" 'stop-bits 1\nmtu 1400\n'
chmod a+x "$T_TMP"; chmod -R a+rX "$R"
run check --platform linux --root "$R" --user nobody
t_contains "a user's value of what root fixed: ignored" "$OUT" ".ppprc:1: warning: pppd ignores this line, without a word: 'stop-bits' ($E/options:1) set this option before, read with root's privilege"
t_lacks "a user's value of an unranked option: taken" "$OUT" ".ppprc:2: warning"
run check --platform linux --root "$R"
t_lacks "root's own ~/.ppprc: no ~/.ppprc read, nothing ignored" "$OUT" "pppd ignores this line"
run check --platform linux --root "$R" --args 'nolock /dev/ttyS0'
t_contains "the port's file after the command line: ignored" "$OUT" "options.ttyS0:1: warning: pppd ignores this line, without a word: 'nolock' (the command line) set this option before, in a source that ranks above this file"
run check --platform linux --root "$R" --args '/dev/ttyS0'
t_lacks "the port's file with nothing on the command line: taken" "$OUT" "pppd ignores this line"
# demand turns persist on again: show names persist, not demand twice
tree dempers
put "$E/options" 'nopersist\n'
put "$E/peers/x" 'demand\nconnect /bin/true\n'
run show --platform linux --root "$R" --args 'call x'
t_contains "show: persist turned on by demand" "$OUT" "persist (turned on by demand)   $E/peers/x:1"
t_contains "show: what it replaced" "$OUT" "    replaces nopersist at $E/options:1"
t_eq "show: the demand line is listed once as itself" 1 "$(printf '%s\n' "$OUT" | grep -c '^demand ')"
# a word one file says needs another: the note goes when a file read
# later turns that one on, and stays when a later line turns it off again
tree needs
put "$E/options" 'ktune\nholdoff 5\n'
put "$E/peers/x" 'demand\nconnect /bin/true\n'
put "$E/peers/y" 'persist\nconnect /bin/true\n'
run check --platform linux --root "$R" --args 'call x'
t_lacks "ktune with demand in the peers file: no note" "$OUT" "'ktune' does nothing here"
t_lacks "holdoff with demand in the peers file: no note" "$OUT" "'holdoff' does nothing"
run check --platform linux --root "$R" --args 'call y nopersist'
t_contains "holdoff, persist, then nopersist: holdoff still idle" "$OUT" "options:2: note: 'holdoff' does nothing"
t_contains "ktune with only persist: still idle" "$OUT" "options:1: note: 'ktune' does nothing here"
run check --platform linux --root "$R"
t_contains "ktune with no other file: idle" "$OUT" "options:1: note: 'ktune' does nothing here"
# defaultroute is root's only since 2.5.3: a user's ~/.ppprc may give it to 2.4.9
tree privsince
put "$E/options" '\n'
mkdir -p "$R/home/nobody"
put "$R/home/nobody/.ppprc" 'defaultroute\n'
chmod a+x "$T_TMP"; chmod -R a+rX "$R"
run check --platform linux --root "$R" --user nobody --pppd-version 2.4.9
t_lacks "defaultroute from a user under 2.4.9: taken" "$OUT" "[privileged-option]"
run check --platform linux --root "$R" --user nobody --pppd-version 2.5.3
t_contains "defaultroute from a user under 2.5.3: refused" "$OUT" "[privileged-option]"
# the whole configuration's verdict says so too
tree exitonly
put "$E/options" 'noauth\n--version\n'
run check --platform linux --root "$R"
t_contains "whole configuration: accepted, then pppd exits there" "$OUT" "pppd will accept it, then print and exit at $E/options:2 without connecting."
# pppoe.so running on an interface reads /etc/ppp/options.<interface>
# ("nic-" taken off) after the command line, at its rank: its mtu replaces
# the peers file's, and a device word there is refused.
tree ifopts
put "$E/options" 'plugin pppoe.so\n'
put "$E/peers/dsl" 'nic-eth0\nmtu 1400\n'
put "$E/options.eth0" 'mtu 1300\neth1\n'
run check --platform linux --root "$R" --args "call dsl"
t_contains "pppoe.so: options.<interface> is read last" "$OUT" "$E/peers/dsl (call, the command line), $E/options.eth0."
t_contains "pppoe.so: a device word there is refused" "$OUT" "$E/options.eth0:2: error: 'eth1' chooses the device"
put "$E/options.eth0" 'mtu 1300\n'
run show --platform linux --root "$R" --args "call dsl"
t_contains "pppoe.so: options.<interface> replaces the command line's value" "$OUT" "    replaces mtu 1400 at $E/peers/dsl:2"
run check --platform linux --root "$R" --args "call dsl" "$E/options.eth0"
t_contains "options.<interface> given: reached as pppoe.so reaches it" "$OUT" "$E/peers/dsl (call, the command line), $E/options.eth0."
t_lacks "options.<interface> given: not also a file on the command line" "$OUT" "options.eth0 (file"
put "$E/options" 'lock\n'
put "$E/peers/dsl" 'ttyS0\n'
run check --platform linux --root "$R" --args "call dsl"
t_lacks "no pppoe.so: options.<interface> is not read" "$OUT" "options.eth0"
# The Linux pppd release, when nothing names it, is the one whose plugin
# folder the machine (or the copy, --root) has: there a word the release
# lacks stops pppd. Two folders, or a release named, leave it to them.
tree release
put "$E/options" 'show-options\n'
mkdir -p "$R/usr/lib/pppd/2.4.9"
PPPCONF_PPPD_VERSION= run check --platform linux --root "$R"
t_eq "the plugin folder's release: a word it lacks is an error" 1 "$RC"
t_contains "the plugin folder's release is said" "$OUT" "Read as Linux pppd 2.4.9: its plugin folder $R/usr/lib/pppd/2.4.9 is the only one there"
PPPCONF_PPPD_VERSION= run check --platform linux --root "$R" --pppd-version 2.5.3
t_eq "a release named wins over the folder" 0 "$RC"
t_lacks "a release named: no folder said" "$OUT" "Read as"
PPPCONF_PPPD_VERSION=2.4.9 run check --platform linux --root "$R" --only "$E/options"
t_eq "PPPCONF_PPPD_VERSION names the release" 1 "$RC"
t_lacks "PPPCONF_PPPD_VERSION: no folder said" "$OUT" "Read as"
mkdir -p "$R/usr/lib/pppd/2.5.3"
PPPCONF_PPPD_VERSION= run check --platform linux --root "$R"
t_eq "two plugin folders: the release stays unknown" 0 "$RC"
t_contains "two plugin folders: a warning, not an error" "$OUT" "[needs-newer]"
rmdir "$R/usr/lib/pppd/2.5.3"
if command -v python3 >/dev/null 2>&1; then
	PPPCONF_PPPD_VERSION= "$PPPCONF" check --json --platform linux --root "$R" > "$T_TMP/rel.json"
	t_check "check --json: the release and the folder it was read off" python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["pppd_version"] == "2.4.9", d
assert d["pppd_version_from"] == sys.argv[2] + "/usr/lib/pppd/2.4.9", d
' "$T_TMP/rel.json" "$R"
fi
# under --root, pppd's own path for a file names the copy under root when
# this machine has no such file
RR="$T_TMP/rootpath"; mkdir -p "$RR/etc/ppp/peers"; : >"$RR/etc/ppp/options"
printf 'noauth\nbogusword\n' >"$RR/etc/ppp/peers/zz-pppconf-test"
OUT=$("$PPPCONF" --platform linux --root "$RR" check /etc/ppp/peers/zz-pppconf-test 2>&1)
t_contains "--root with pppd's path: the copy is read" "$OUT" "pppd does not know 'bogusword'"
t_lacks "--root with pppd's path: not missing" "$OUT" "[include-missing]"
t_done
