#!/bin/sh
# tests/cli/check.sh - `pppconf check`: findings as FILE:LINE, fixes, exit codes, JSON.
. "$(dirname "$0")/../lib.sh"

G=$TOP/tests/golden/check
# Test files get an ordinary mode whatever the umask is, so that only the
# checks about content speak.
put() { printf "$2" > "$T_TMP/$1"; chmod 644 "$T_TMP/$1"; }
# These are the rules on one file, so they read it alone (--only): the whole
# configuration would add what this machine's /etc/ppp/options says
# (tests/cli/chain.sh reads configurations).
run() { OUT=$("$PPPCONF" check --only "$@" 2>&1); RC=$?; }

# A clean file: exit 0, and the summary says pppd accepts it.
put clean 'noipdefault\nmtu 1400\nlcp-echo-interval 30\n'
run --platform linux "$T_TMP/clean"
t_eq "clean file exit" 0 "$RC"
t_contains "clean summary" "$OUT" "0 errors, 0 warnings, 0 notes: pppd will accept it."

# set takes NAME=VALUE as one word: pppd refuses a name alone, as it
# refuses an '=' in unset's name.
put setenv 'set SITE\nunset SITE=x\nset OK=1\n'
run --platform linux "$T_TMP/setenv"
t_eq "set without = exit" 1 "$RC"
t_contains "set without =" "$OUT" "$T_TMP/setenv:1: error: Bad value for set: 'SITE' has no '='"
t_contains "unset with =" "$OUT" "$T_TMP/setenv:2: error: Bad value for unset: 'SITE=x' has an '='"
t_lacks "set NAME=VALUE" "$OUT" "setenv:3: error"

# terminal is hidden because its command may hold a password, not because it
# must: the note says "may", while password's still says it holds one.
put hidden 'terminal "/usr/bin/login-helper"\npassword hunter2\n'
run --platform macos "$T_TMP/hidden"
t_contains "terminal may hold a password" "$OUT" "hidden:1: warning: 'terminal' may hold a password (pppd hides its value in its logs)"
t_lacks "terminal is not said to hold one" "$OUT" "'terminal' holds a password"
t_contains "password holds one" "$OUT" "hidden:2: warning: 'password' holds a password or shared secret"

# pppd refuses a netmask that drops bits of the one before it; a wider one
# is taken, and then the last one wins.
put narrower 'netmask 255.255.255.0\nnetmask 255.255.0.0\n'
run --platform linux "$T_TMP/narrower"
t_eq "narrower netmask exit" 1 "$RC"
t_contains "narrower netmask" "$OUT" "narrower:2: error: Bad value for netmask: it lacks bits of the netmask set before it (line 1)"
t_lacks "narrower netmask: the last does not win" "$OUT" "pppd uses the last one"
put wider 'netmask 255.255.0.0\nnetmask 255.255.255.0\n'
run --platform linux "$T_TMP/wider"
t_lacks "wider netmask is taken" "$OUT" "error:"
t_contains "wider netmask: the last wins" "$OUT" "pppd uses the last one"

# Unknown word: FILE:LINE: error, the reason, a suggestion, exit 1.
put typo 'noipdefault\nmtux 1400\nlock\n'
run --platform linux "$T_TMP/typo"
t_eq "typo exit" 1 "$RC"
t_contains "typo location" "$OUT" "$T_TMP/typo:2: error: pppd does not know 'mtux'."
t_contains "typo effect" "$OUT" "stops at line 2 and refuses to start"
t_contains "typo fix" "$OUT" "    fix: Did you mean 'mtu'?"
t_contains "typo replacement" "$OUT" "    write instead: mtu 1400"
t_contains "typo id" "$OUT" "[unknown-directive]"
t_contains "typo summary" "$OUT" "1 error, 0 warnings, 0 notes: pppd will refuse this file."

# "noix" is as near noip (IPv4 off) as noipx: both are named, neither is
# written in. On a Mac noipx is not built, and noip, which that pppd knows,
# is no correction either: it is not said to be refused there.
put tied 'lock\nnoix\n'
run --platform linux "$T_TMP/tied"
t_contains "tied typo: both named" "$OUT" "'noip' and 'noipx' are equally close"
t_lacks "tied typo: not written in" "$OUT" "write instead: noip"
run --platform macos "$T_TMP/tied"
t_lacks "tied typo on a Mac: noip not called refused" "$OUT" "Only Linux's pppd is built with that word"
t_lacks "tied typo on a Mac: not written in" "$OUT" "write instead"
# "require-cap" is one edit from require-pap, require-eap and require-chap:
# each is another login protocol, so none is written in; a plain typo of
# require-chap still is.
put authtie 'lock\nrequire-cap\n'
run --platform linux "$T_TMP/authtie"
t_contains "auth tie: named" "$OUT" "Did you mean 'require-pap'?"
t_contains "auth tie: why not written" "$OUT" "are equally close and are different options"
t_lacks "auth tie: require-pap not written in" "$OUT" "write instead: require-pap"
put authtie2 'lock\nrequire-chapp\n'
run --platform macos "$T_TMP/authtie2"
t_contains "auth typo, no tie: written in" "$OUT" "write instead: require-chap"
# Two names equally close to a typo are both named, neither written in:
# eap-max-req is one letter from eap-max-rreq (requests answered) and
# eap-max-sreq (requests sent), two different settings.
put eaptie 'eap-max-req 5\n'
run --platform linux "$T_TMP/eaptie"
t_contains "tie: both named" "$OUT" "'eap-max-sreq' and 'eap-max-rreq' are equally close and are different options, so pppconf does not write either in."
t_lacks "tie: neither written in" "$OUT" "write instead: eap-max-"
run --platform macos "$T_TMP/eaptie"
t_contains "tie, other platform: both named" "$OUT" "Did you mean 'eap-max-sreq' or 'eap-max-rreq'? Both exist only in Linux's pppd."
# A Mac-only name nearer than any Linux one: the farther Linux name would be
# another setting (lcp-max-configure is not ACSCP's)
put acsptypo 'acsp-max-configure 5\n'
run --platform linux "$T_TMP/acsptypo"
t_contains "other platform nearer: named" "$OUT" "Did you mean 'acscp-max-configure'? That exists only in macOS's pppd."
t_lacks "other platform nearer: no Linux guess" "$OUT" "write instead: lcp-max-configure"
run --platform macos "$T_TMP/acsptypo"
t_contains "on the Mac it is written in" "$OUT" "write instead: acscp-max-configure 5"

# keychainpassword twice: the later item wins only when it can be read
# (Apple's auth.c copies the password only on success), so the earlier line
# is not deleted for the user
put keychain2 'keychainpassword a\nkeychainpassword b\n'
run --platform macos "$T_TMP/keychain2"
t_contains "keychain twice: earlier one kept if the later fails" "$OUT" "when it cannot, the password read here stays"
t_lacks "keychain twice: not deleted for the user" "$OUT" "write instead: nothing (delete the line)"

# A typo of a word that makes pppd exit (--help, dryrun) is named, never written in.
put exits 'lock\n--helpp\n'
run --platform linux "$T_TMP/exits"
t_contains "exits typo: named" "$OUT" "Did you mean '--help'?"
t_contains "exits typo: why not written" "$OUT" "so pppconf does not write it in."
t_lacks "exits typo: not written in" "$OUT" "write instead: --help"
put exits2 'lock\n\342\200\224help\n'
run --platform linux "$T_TMP/exits2"
t_contains "exits look-alike: named, remove the line" "$OUT" "In plain ASCII it reads '--help', which makes pppd print and exit"
t_lacks "exits look-alike: not written in" "$OUT" "write instead: --help"

# An old spelling: what pppd calls it today, never a correction that
# changes the meaning (the MPPE-MPPC patch's lines, common in router files).
put legacy 'mppe required,no40,no56,stateless\nnomppc\nrefuse-chapms\n'
run --platform linux "$T_TMP/legacy"
t_contains "legacy id" "$OUT" "legacy:1: error: pppd does not know 'mppe'."
t_contains "legacy id" "$OUT" "[legacy-spelling]"
t_contains "patch's mppe line: its meaning today" "$OUT" "    write instead: require-mppe-128"
t_lacks "not +mppe" "$OUT" "+mppe required"
t_contains "nomppc: delete the line" "$OUT" "legacy:2: error: pppd does not know 'nomppc'."
t_lacks "nomppc is not nomppe" "$OUT" "write instead: nomppe"
t_contains "Apple's spelling on Linux" "$OUT" "    write instead: refuse-mschap"
run --json --only --platform linux "$T_TMP/legacy"
t_contains "JSON: delete is an empty replacement" "$OUT" "\"id\": \"legacy-spelling\", \"severity\": \"error\", \"file\": \"$T_TMP/legacy\", \"line\": 2"
t_contains "JSON: the replacement" "$OUT" '"replacement": "require-mppe-128"'
# a typo whose close name would switch authentication off gets no correction
put weak 'noaut\n'
run --platform linux "$T_TMP/weak"
t_lacks "noaut is not corrected to noauth" "$OUT" "write instead"

# Releases as the release notes in the pinned sources name them
# (linux-ppp-2.5.3/README:219 show-options, :212 IPX dropped in 2.5.0).
put versions 'show-options\nipx\n'
run --platform linux "$T_TMP/versions"
t_contains "a word new in 2.5.0" "$OUT" "versions:1: warning: 'show-options' exists only in Linux pppd since 2.5.0"
t_contains "a word gone from 2.5.0" "$OUT" "versions:2: warning: 'ipx' is gone from Linux pppd since 2.5.0"

# require-mppe then require-mppe-128 is 40- or 128-bit in 2.4.9 and 2.5.3
# alike (linux-ppp-2.5.3/pppd/options.c:866-867 ORs the 128-bit bit in): the
# fix does not say that it requires 128-bit keys; only the word alone does.
put mppe40 'require-mppe\n'
run --platform linux "$T_TMP/mppe40"
t_contains "mppe sizes: adding 128 after it allows both" "$OUT" "after it to allow 40- or 128-bit keys in every release"
t_contains "mppe sizes: 128 alone requires 128" "$OUT" "or write require-mppe-128 alone to require 128-bit keys."
t_lacks "mppe sizes: adding it is not requiring 128" "$OUT" "(or write that alone) to require 128-bit keys"

# One report for one conflict, though nomppe-128's row names both spellings
# of the option before it (require-mppe-128 and +mppe-128).
put twice 'require-mppe-128\nnomppe-128\n'
run --platform linux "$T_TMP/twice"
t_eq "a conflict is reported once" 1 "$(printf '%s\n' "$OUT" | grep -c '\[conflict\]')"

# allow-ip -: pppd reads the newest allow-ip line first and stops at a "-",
# so the lines above it are dropped; the one after it still counts.
put allowipend 'allow-ip 10.0.0.1\nallow-ip -\nallow-ip 10.1.1.1\n'
run --platform linux "$T_TMP/allowipend"
t_contains "allow-ip -: an earlier line no longer counts" "$OUT" "allowipend:1: warning: 'allow-ip' here no longer counts: 'allow-ip -' on line 2"
t_eq "allow-ip -: only the earlier line" 1 "$(printf '%s\n' "$OUT" | grep -c '\[conflict\]')"

# The macOS L2TP fix: fine on macOS (a warning about IPsec), wrong on Linux.
run --platform macos "$G/l2tp-fix.options"
t_eq "l2tp fix on macOS exit: warnings alone do not fail" 0 "$RC"
run --strict --platform macos "$G/l2tp-fix.options"
t_eq "l2tp fix on macOS with --strict: the warning counts (exit 1)" 1 "$RC"
t_contains "l2tp fix warns" "$OUT" "l2tp-fix.options:2: warning: l2tpnoipsec: L2TP runs without IPsec"
t_lacks "l2tp fix has no error" "$OUT" ": error:"
run --platform linux "$G/l2tp-fix.options"
t_contains "l2tp fix on Linux" "$OUT" "l2tp-fix.options:1: error: 'L2TP.ppp' is a macOS plugin"
t_contains "l2tp option on Linux" "$OUT" "l2tp-fix.options:2: error: 'l2tpnoipsec' exists only in macOS's pppd"

# The order matters: the option before its plugin line.
run --platform macos "$G/l2tp-wrong-order.options"
t_contains "order error" "$OUT" "l2tp-wrong-order.options:1: error: 'l2tpnoipsec' belongs to the plugin L2TP.ppp"
t_contains "order fix" "$OUT" "Put the line 'plugin L2TP.ppp' above line 1"
# a tty option after the channel plugin
t_contains "tty after plugin" "$OUT" "l2tp-wrong-order.options:4: error: 'lock' is a serial-line option"
# another line plugin already carries the connection: loading this one too
# would replace it (Apple's PPPoE.ppp clears the channel), so no such fix
printf 'plugin L2TP.ppp\npppoeconnecttimer 30\n' >"$T_TMP/other-channel.options"
run --platform macos "$T_TMP/other-channel.options"
t_contains "other channel: the option is still refused" "$OUT" "other-channel.options:2: error: 'pppoeconnecttimer' belongs to the plugin PPPoE.ppp"
t_lacks "other channel: no 'put plugin PPPoE.ppp above'" "$OUT" "Put the line 'plugin PPPoE.ppp'"
t_lacks "other channel: nothing written in" "$OUT" "write instead: plugin PPPoE.ppp"
t_contains "other channel: remove it" "$OUT" "the plugin L2TP.ppp already carries this connection"

# Pasted text: // comment, curly quotes, BOM, NBSP.
run --platform macos "$G/pasted.options"
t_eq "pasted exit" 1 "$RC"
t_contains "slashes" "$OUT" "pasted.options:3: error: '//' does not start a comment"
t_contains "curly" "$OUT" "pasted.options:4: error:"
t_contains "curly id" "$OUT" "[curly-quotes]"
t_contains "nbsp" "$OUT" "pasted.options:5: error:"
t_contains "nbsp id" "$OUT" "[glued-words]"
t_contains "nbsp fix" "$OUT" "    write instead: mtu 1400"
run --platform linux "$G/bom.options"
t_contains "bom" "$OUT" "bom.options:1: error: The file starts with an invisible byte order mark"
t_contains "bom fix" "$OUT" "    write instead: noipdefault"

# CRLF alone is only a note: exit 0.
run --platform linux "$G/crlf.options"
t_eq "crlf exit" 0 "$RC"
t_contains "crlf note" "$OUT" "crlf.options:1: note: 2 lines end with Windows line ends"

# Values: read as pppd reads them.
put values 'idle 30s\nmtu 99999\n'
run --platform linux "$T_TMP/values"
t_contains "30s" "$OUT" "values:1: warning: idle: '30s' is read as 30"
t_contains "30s fix" "$OUT" "    write instead: idle 30"
t_contains "range" "$OUT" "values:2: error: Bad value for mtu: '99999' is outside 128 to 16384"
t_contains "range fix" "$OUT" "Use a whole number from 128 to 16384."

# Apple's L2TP plugin hands l2tpudpport on in 16 bits: 70000 is port 4464.
put u16 'plugin L2TP.ppp\nl2tpudpport 70000\nl2tpwindow 8\n'
run --platform macos "$T_TMP/u16"
t_contains "16 bits" "$OUT" "u16:2: warning: l2tpudpport: '70000' does not fit the 16 bits the plugin hands on, so it passes 4464."
t_lacks "16 bits: a value that fits" "$OUT" "u16:3:"
# l2tpretries goes to the kernel extension in a u_int16_t too (main.c:2451).
put u16r 'plugin L2TP.ppp\nl2tpretries -1\nl2tpretries 9\n'
run --platform macos "$T_TMP/u16r"
t_contains "retries in 16 bits" "$OUT" "u16r:2: warning: l2tpretries: '-1' does not fit the 16 bits the plugin hands on, so it passes 65535."
t_lacks "retries: a value that fits" "$OUT" "u16r:3:"
# L2TP.ppp's wait for a lost interface: 0 or less is over at once
# (main.c:389 TIMEOUT), so pppd takes it but it does not work as a wait.
put waitif 'plugin L2TP.ppp\nl2tpwaitiftimeout 0\nl2tpwaitiftimeout 30\n'
run --platform macos "$T_TMP/waitif"
t_contains "waitif 0" "$OUT" "waitif:2: warning: l2tpwaitiftimeout: '0' is below 1; pppd takes it, but not as a working setting"
t_lacks "waitif 30" "$OUT" "waitif:3: warning: l2tpwaitiftimeout"
# pppd itself sends mru and mrru to the peer in a 16-bit LCP field
# (lcp.c:713 PUTSHORT) and compares the peer's Ack with the whole int
# (lcp.c:816): 70000 goes out as 4464, -1 as 65535.
put u16l 'mru 70000\nmrru -1\nmultilink\n'
run --platform linux "$T_TMP/u16l"
t_contains "mru in 16 bits" "$OUT" "u16l:1: warning: mru: '70000' does not fit the 16 bits in which pppd sends it to the peer, which is offered 4464 (pppconf explain mru says what follows)."
t_contains "mrru in 16 bits" "$OUT" "u16l:2: warning: mrru: '-1' does not fit the 16 bits in which pppd sends it to the peer, which is offered 65535"
put u16m 'mru 65536\nmtu 1400\n'
run --platform macos "$T_TMP/u16m"
t_contains "mru in 16 bits on a Mac" "$OUT" "u16m:1: warning: mru: '65536' does not fit the 16 bits in which pppd sends it to the peer, which is offered 0"
# openl2tp.so hands pppol2tp_tunnel_id on to openl2tpd in 16 bits
# (openl2tp.c:183): 70000 is tunnel 4464, -1 is 65535.
put tid 'plugin pppol2tp.so\npppol2tp_tunnel_id 70000\npppol2tp_tunnel_id -1\npppol2tp_tunnel_id 4464\n'
run --platform linux "$T_TMP/tid"
t_contains "tunnel id in 16 bits" "$OUT" "tid:2: warning: pppol2tp_tunnel_id: '70000' does not fit the 16 bits in which the openl2tp.so plugin hands it on to openl2tpd, which then gets 4464; without openl2tp.so the number is passed on nowhere."
t_contains "negative tunnel id" "$OUT" "tid:3: warning: pppol2tp_tunnel_id: '-1' does not fit the 16 bits in which the openl2tp.so plugin hands it on to openl2tpd, which then gets 65535; without openl2tp.so the number is passed on nowhere."
t_lacks "a tunnel id that fits" "$OUT" "tid:4:"
# pppoe.so puts the session number in 16 bits: 70000 is session 4464.
put sess 'plugin pppoe.so\npppoe-sess 70000:00:11:22:33:44:55\nnic-eth0\n'
run --platform linux "$T_TMP/sess"
t_contains "session in 16 bits" "$OUT" "pppd uses session 4464"
put sess2 'plugin pppoe.so\npppoe-sess 7000:00:11:22:33:44:55\nnic-eth0\n'
run --platform linux "$T_TMP/sess2"
t_lacks "a session that fits" "$OUT" "sess2:2:"

# Missing argument at the end of the file.
printf 'noipdefault\nuser' > "$T_TMP/eof"; chmod 644 "$T_TMP/eof"
run --platform linux "$T_TMP/eof"
t_contains "eof" "$OUT" "eof:2: error: The file ends before 'user' gets its value"

# Permissions: group/world-writable is a warning about root.
put writable 'noipdefault\n'
chmod 666 "$T_TMP/writable"
run --platform linux "$T_TMP/writable"
t_eq "writable exit: a warning, so 0" 0 "$RC"
run --strict --platform linux "$T_TMP/writable"
t_eq "writable exit with --strict" 1 "$RC"
t_contains "writable" "$OUT" "writable: warning: The file can be changed by any user (mode 0666)"
t_contains "writable fix" "$OUT" "    fix: sudo chmod go-w $T_TMP/writable"

# A missing file: nothing to check, and the note says when pppd does
# without it; exit 0.
run --platform linux "$T_TMP/no-such-file"
t_eq "missing exit" 0 "$RC"
t_contains "missing" "$OUT" "no-such-file: no such file: nothing to check"
t_contains "missing note" "$OUT" "note: There is no file here"

# Cannot read: a folder; bad usage.
run "$T_TMP"
t_eq "folder exit" 2 "$RC"
t_contains "folder" "$OUT" "$T_TMP is not an options file: it is a folder"
run "$T_TMP/clean" "$T_TMP/typo"
t_eq "two files exit" 2 "$RC"
run --platform linux -f "$T_TMP/typo"
t_eq "-f FILE" 1 "$RC"

# Standard input.
OUT=$(printf 'plugin L2TP.pp\nl2tpnoipsec\n' | "$PPPCONF" check --only --platform macos - 2>&1); RC=$?
t_eq "stdin exit" 1 "$RC"
t_contains "stdin misspelled plugin" "$OUT" "-:1: warning: There is no plugin called 'L2TP.pp'; it looks like a misspelling of L2TP.ppp."
t_contains "stdin plugin fix" "$OUT" "    write instead: plugin L2TP.ppp"
t_contains "stdin then unknown" "$OUT" "-:2: error: 'l2tpnoipsec' belongs to the plugin L2TP.ppp"

# A close name macOS's pppd is built without is not written in on a Mac.
OUT=$(printf 'endpont 1:abc\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "no macOS endpoint offered" "$OUT" "fix: Did you mean 'endpoint'? Only Linux's pppd is built with that word"
t_lacks "nor written in" "$OUT" "write instead: endpoint"

# '+ip6' on a Mac: its 6 says +ipv6, so +ipx (not built there) holds
# nothing back and +ipv6 is written in, as on Linux
OUT=$(printf '+ip6\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "+ip6 mac: +ipv6 written in" "$OUT" "write instead: +ipv6"
t_lacks "+ip6 mac: not said to be Linux only" "$OUT" "Only Linux's pppd is built with that word"
OUT=$(printf 'noip6\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "noip6 mac: noipv6 written in" "$OUT" "write instead: noipv6"
# a name macOS is built without that may be what was meant ("noix": noipx
# or noip) is named beside the one offered, and neither is written in
OUT=$(printf 'noix\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "noix mac: both named" "$OUT" "fix: Did you mean 'noip'? 'noipx', which this pppd is built without, is about as close"
t_lacks "noix mac: not written in" "$OUT" "write instead"

# userkeychainpassword twice: the earlier item's password stays when the
# later one cannot be read (Apple's auth.c read_keychainpassword), so the
# first line is not said to do nothing, nor deleted
OUT=$(printf 'userkeychainpassword a\nuserkeychainpassword b\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "userkeychainpassword twice: the earlier one may stay" "$OUT" "when it cannot, the password read here stays"
t_lacks "userkeychainpassword twice: not said to do nothing" "$OUT" "so this line has no effect"
t_lacks "userkeychainpassword twice: not deleted" "$OUT" "write instead: nothing (delete the line)"

# endpoint: after the class pppd takes ':' or '.' (multilink.c str_to_epdisc)
OUT=$(printf 'endpoint local/01\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "endpoint separator" "$OUT" "after the class pppd takes ':' or '.' and the value, or nothing"
OUT=$(printf 'endpoint local.01\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "endpoint with a dot" "$OUT" "0 errors, 0 warnings"

# JSON: the documented object.
run --json --platform linux "$T_TMP/typo"
t_eq "json exit" 1 "$RC"
t_contains "json file" "$OUT" "\"file\": \"$T_TMP/typo\""
t_contains "json platform" "$OUT" '"platform": "linux"'
t_contains "json exists" "$OUT" '"exists": true'
t_contains "json finding" "$OUT" '{"id": "unknown-directive", "severity": "error", "file": "'"$T_TMP/typo"'", "line": 2, "message": "pppd does not know '"'"'mtux'"'"'.'
t_contains "json replacement" "$OUT" '"replacement": "mtu 1400"}'
t_contains "json counts" "$OUT" '"counts": {"error": 1, "warning": 0, "note": 0}'
run --json --platform linux "$T_TMP/no-such-file"
t_contains "json missing" "$OUT" '"exists": false'
t_contains "json missing finding" "$OUT" '"id": "no-file", "severity": "note", "file": "'"$T_TMP/no-such-file"'", "line": 0'
t_contains "json null fix" "$OUT" '"fix": null, "replacement": null}'
run --json --platform macos "$G/l2tp-wrong-order.options"
t_contains "json two lines" "$OUT" '"replacement": "plugin L2TP.ppp\nl2tpnoipsec"'

# Any bytes: JSON stays valid, text shows no raw control bytes.
printf 'user "\001\033[31m\377\376"\nmtu\0001400\n\351t\351\n' > "$T_TMP/binary"
chmod 644 "$T_TMP/binary"
run --platform linux "$T_TMP/binary"
t_eq "binary exit" 1 "$RC"
case "$OUT" in *"$(printf '\033')"*) t_fail "escape byte reached the terminal" ;; *) t_pass ;; esac
if command -v python3 >/dev/null 2>&1; then
	for f in binary typo no-such-file; do
		"$PPPCONF" check --only --json --platform linux "$T_TMP/$f" > "$T_TMP/out.json"
		t_check "valid JSON for $f" python3 -c 'import json,sys; d=json.load(open(sys.argv[1], encoding="utf-8")); assert set(d)>={"file","platform","exists","findings","counts"} and d["schema"]==1 and d["command"]=="check"; assert all(set(x)=={"id","severity","file","line","message","fix","replacement"} for x in d["findings"])' "$T_TMP/out.json"
	done
else
	t_skip "python3 not installed: JSON not parsed"
fi

# A raw NUL byte ends the word for pppd ("lock\0debug" is lock): no unknown word.
printf 'lock\000debug\nmtu 1400\n' >"$T_TMP/nul"
out=$("$PPPCONF" check --only --platform linux "$T_TMP/nul" 2>&1)
t_lacks "a raw NUL after a known name is not an unknown directive" "$out" "unknown-directive"
t_contains "but is pointed out" "$out" "nul-in-value"
# A misspelt secret directive: the suggested line names the secret, so its
# value is masked as every other secret is, unless --reveal asks for it.
put typosecret 'noauth\npasswrd hunter2\n'
run --platform linux "$T_TMP/typosecret"
t_contains "misspelt secret: suggested" "$OUT" "    write instead: password ********"
t_lacks "misspelt secret: text hides the value" "$OUT" "hunter2"
run --json --platform linux "$T_TMP/typosecret"
t_contains "misspelt secret: JSON masked" "$OUT" '"replacement": "password ********"'
t_lacks "misspelt secret: JSON hides the value" "$OUT" "hunter2"
run --reveal --platform linux "$T_TMP/typosecret"
t_contains "misspelt secret: --reveal shows it" "$OUT" "    write instead: password hunter2"
run --platform linux "$T_TMP/typo"
t_contains "no secret: nothing masked" "$OUT" "    write instead: mtu 1400"
# a bad value's fix points to the explanation of what pppd takes
printf 'set SITE\n10.0.0.1:10.0.0.300\n' >"$T_TMP/badval"
run --platform linux "$T_TMP/badval"
t_contains "bad value: the fix names the explanation" "$OUT" "fix: Correct the value: pppconf explain set shows what pppd takes there."
t_contains "a bad wildcard word: the fix quotes its pattern" "$OUT" "fix: Correct the word: pppconf explain '<local>:<remote>' shows the form pppd takes."
t_lacks "no 'Give a valid'" "$OUT" "Give a valid"
# l2tpnoipsec on a Mac: nothing else encrypts, as the controller writes noccp
printf 'plugin L2TP.ppp\nl2tpnoipsec\n' >"$T_TMP/noipsec"
run --platform macos "$T_TMP/noipsec"
t_contains "no-ipsec: PPP's own encryption is off too" "$OUT" "as PPPController keeps PPP's own encryption off too"
t_lacks "and no 'unless PPP itself encrypts'" "$OUT" "unless PPP itself"
# --pppd-version: a word the named release lacks is refused there (error);
# one it has is not warned about; unknown release: a warning names it.
put release 'noipdefault\nnet-init-script /bin/true\n'
run --platform linux "$T_TMP/release"
t_eq "release unknown: a warning only" 0 "$RC"
t_contains "release unknown: needs-newer" "$OUT" "release:2: warning: 'net-init-script' exists only in Linux pppd since 2.5.1"
run --platform linux --pppd-version 2.4.9 "$T_TMP/release"
t_eq "pppd 2.4.9: refused" 1 "$RC"
t_contains "pppd 2.4.9: an error at its line" "$OUT" "release:2: error: Linux pppd 2.4.9 (--pppd-version) has no 'net-init-script'"
run --platform linux --pppd-version 2.5.3 "$T_TMP/release"
t_eq "pppd 2.5.3: accepted" 0 "$RC"
t_lacks "pppd 2.5.3: no warning" "$OUT" "net-init-script"
put removed 'noipdefault\nrequire-mschap\nipx\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/removed"
t_contains "pppd 2.5.3: a removed word is refused" "$OUT" "removed:3: error: Linux pppd 2.5.3 (--pppd-version) has no 'ipx'"
run --platform linux --pppd-version 2.4.9 "$T_TMP/removed"
t_lacks "pppd 2.4.9: the word is still there" "$OUT" "'ipx'"
# noreplacedefaultroute does nothing in 2.5.3, but in 2.4.9 it undoes an
# earlier replacedefaultroute: for 2.4.9 check must not say "delete it".
put noreplace 'noreplacedefaultroute\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/noreplace"
t_lacks "pppd 2.4.9: noreplacedefaultroute is not a no-op" "$OUT" "does nothing"
run --platform linux --pppd-version 2.5.3 "$T_TMP/noreplace"
t_contains "pppd 2.5.3: noreplacedefaultroute does nothing" "$OUT" "noreplace:1: note: 'noreplacedefaultroute' is accepted but does nothing"
# noipx too: in 2.4.9 it turns off an ipx read before it.
put noipx 'ipx\nnoipx\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/noipx"
t_lacks "pppd 2.4.9: noipx is not a no-op" "$OUT" "does nothing"
run --platform linux --pppd-version 2.5.3 "$T_TMP/noipx"
t_contains "pppd 2.5.3: noipx does nothing" "$OUT" "noipx:2: note: 'noipx' is accepted but does nothing"
# A plugin the release lacks: its own words point at that line, not at a
# missing plugin line (there is one).
put relplugin 'plugin dhcpv6relay.so\ndhcpv6-server\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/relplugin"
t_contains "release plugin: refused at its line" "$OUT" "relplugin:1: error: Linux pppd 2.4.9 (--pppd-version) has no plugin dhcpv6relay.so"
t_contains "release plugin: its word points at line 1" "$OUT" "which pppd cannot load (line 1)"
t_lacks "release plugin: no 'put a plugin line above'" "$OUT" "Put the line 'plugin dhcpv6relay.so'"
# release unknown: the word of a plugin as new as it points at the plugin
# line, where an older pppd stops, not at "unrecognized option"
put relplugin2 'plugin dhcpv6relay.so\ndhcpv6-trusted\n'
run --platform linux "$T_TMP/relplugin2"
t_contains "new plugin's word: the plugin line" "$OUT" "cannot load the plugin and stops at the line 'plugin dhcpv6relay.so'"
t_lacks "new plugin's word: not unrecognized" "$OUT" "unrecognized option"
"$PPPCONF" check --pppd-version 2.x "$T_TMP/release" >/dev/null 2>&1
t_eq "--pppd-version 2.x: a usage error" 2 "$?"
# A packet filter pppconf cannot compile: a note, and the verdict says so
# rather than that pppd will accept the file.
put filter 'noauth\nactive-filter "port 53"\n'
run --platform linux "$T_TMP/filter"
t_contains "filter: the note" "$OUT" "filter:2: note: pppconf does not check the expression of 'active-filter'"
t_contains "filter: a verdict with the condition" "$OUT" "pppd will accept it if it takes the value pppconf could not check"
t_lacks "filter: no plain 'will accept it.'" "$OUT" "pppd will accept it."
# max-tls-version: pppd compares only the first three characters, so
# '1.3.0' is 1.3 (a warning that says so) while '1.4' is no version at all.
put tls 'max-tls-version 1.3.0\nmax-tls-version 1.4\n'
run --platform linux "$T_TMP/tls"
t_contains "tls: a longer word counts by its start" "$OUT" "tls:1: warning: max-tls-version: '1.3.0': pppd compares only its first three characters"
t_contains "tls: another word is not a version" "$OUT" "tls:2: warning: max-tls-version: '1.4' does not start with 1.0, 1.1, 1.2 or 1.3, so pppd keeps the limit at 1.2"
# pppd stops at the first word it refuses: a later one counts once that is fixed
put twice 'foo\nmtu 1400\nbar\n'
run --platform linux "$T_TMP/twice"
t_contains "twice: the first stops pppd" "$OUT" "twice:1: error: pppd does not know 'foo'. pppd then stops at line 1"
t_contains "twice: the second does not say pppd stops there" "$OUT" "twice:3: error: pppd does not know 'bar'. pppd already stops earlier, at line 1; once that is fixed, it stops here too"
# --help exits the moment pppd reads it (options.c:1227-1231): what follows is never read
# (printf takes a leading '-' as its own option, so each file starts with noauth)
put help 'noauth\n--help\nbar\n'
run --platform linux "$T_TMP/help"
t_contains "help: a later error is not reached" "$OUT" "help:3: error: pppd does not know 'bar'. pppd does not get this far: at line 2, '--help' makes it print and exit first. Without that: pppd then stops at line 3"
t_contains "help: the verdict says pppd exits first" "$OUT" "pppd prints and exits at line 2 before it reaches the errors; without that word it would refuse this file."
put help2 'noauth\n--help\n-h\nbar\n'
run --platform linux "$T_TMP/help2"
t_contains "help2: both exits named" "$OUT" "at line 2, '--help' makes it print and exit first, and more such words follow it. Without them:"
put dry 'dryrun\nbar\n'
run --platform linux "$T_TMP/dry"
t_contains "dry: dryrun reads on" "$OUT" "dry:2: error: pppd does not know 'bar'. pppd then stops at line 2"
# another name of the same setting is not an exact repeat
put alias 'noaccomp\n-ac\n'
run --platform linux "$T_TMP/alias"
t_contains "alias: says what it repeats" "$OUT" "alias:2: note: '-ac' sets what 'noaccomp' on line 1 already set"
# a replacement of nothing says what goes: one word of a line, or the line
put extra 'noauth yes\nnomppc\n'
run --platform linux "$T_TMP/extra"
t_contains "extra: only the stray word goes" "$OUT" "write instead: nothing (remove 'yes' and keep the rest of the line)"
t_contains "extra: a line of its own goes whole" "$OUT" "write instead: nothing (delete the line)"
# a value the channel checks after the last option does not stop pppd at its line
put latemac 'plugin pppoe.so\neth0\npppoe-mac zz\nfoo\n'
run --platform linux "$T_TMP/latemac"
t_contains "latemac: the unknown word is where pppd stops" "$OUT" "latemac:4: error: pppd does not know 'foo'. pppd then stops at line 4"
# 2.4.9's pppoe.so copies pppoe-verbose when it reads the interface word, so
# there "the last one wins" is not so across that word; 2.5.3 reads it last
put verbose 'plugin pppoe.so\nrp_pppoe_verbose 1\nnic-eth0\npppoe-verbose 0\n'
run --platform linux "$T_TMP/verbose"
t_contains "verbose: 2.4.9 copies at the interface word" "$OUT" "verbose:2: warning: 'rp_pppoe_verbose' is set again on line 4 (pppoe-verbose 0). Linux pppd 2.5.3 uses the last one, so this line has no effect there. 2.4.9's pppoe.so copies the value when it reads the interface word on line 3"
t_lacks "verbose: not the plain last-one-wins" "$OUT" "verbose:2: warning: 'rp_pppoe_verbose' is set again on line 4 (pppoe-verbose 0); pppd uses the last one"
run --platform linux --pppd-version 2.5.3 "$T_TMP/verbose"
t_contains "verbose: 2.5.3 alone: the last one wins" "$OUT" "verbose:2: warning: 'rp_pppoe_verbose' is set again on line 4 (pppoe-verbose 0); pppd uses the last one"
# strtoul keeps 64 bits only where long has them: a number past 32 bits is
# read one way on a 64-bit system and saturates on a 32-bit one
put wide 'asyncmap 100000000\nasyncmap -1\nplugin pppoe.so\npppoe-verbose 99999999999\n'
run --platform linux "$T_TMP/wide"
t_contains "wide: hex past 32 bits, both word sizes" "$OUT" "wide:1: warning: asyncmap: '100000000' does not fit in 32 bits; on a 64-bit system pppd keeps 0, on a 32-bit one ffffffff."
t_contains "wide: -1 is all ones on both" "$OUT" "wide:2: warning: asyncmap: '-1' does not fit in 32 bits; pppd keeps ffffffff."
t_contains "wide: int past 32 bits, both word sizes" "$OUT" "wide:4: warning: pppoe-verbose: '99999999999' does not fit pppd's number: on a 64-bit system it is read as 1215752191, on a 32-bit one as -1."
# with a lower limit of 0 (mo-timeout, OPT_LLIMIT), the -1 a 32-bit pppd
# reads is below it, and there pppd refuses the file
put widemin 'mo-timeout 99999999999\n'
run --platform linux "$T_TMP/widemin"
t_contains "wide: a 32-bit pppd refuses -1 below the limit" "$OUT" "widemin:1: warning: mo-timeout: '99999999999' does not fit pppd's number: on a 64-bit system it is read as 1215752191; on a 32-bit one as -1, which is below 0, so pppd there refuses it."
# a '-' before more than 2147483648 wraps to a positive number on both word
# sizes (Debian's pppd 2.4.9 refuses "unit -2147483648" but takes
# "unit -2147483649"); -2147483648 itself is read as it is
put negwide 'unit -2147483649\neap-timeout -2147483648\n'
run --platform linux "$T_TMP/negwide"
t_contains "negwide: past the smallest int it wraps" "$OUT" "negwide:1: warning: unit: '-2147483649' does not fit pppd's number and is read as 2147483647."
t_lacks "negwide: the smallest int fits" "$OUT" "'-2147483648' does not fit"
# noauth and the require-* lines share pppd's auth_required: the later one
# decides, so an earlier noauth is undone by a later require-chapms, and a
# require-* line is undone only when noauth comes after every such line
put authpair 'require-chapms\nnoauth\n'
run --platform macos "$T_TMP/authpair"
t_contains "authpair: noauth last undoes require-chapms" "$OUT" "authpair:1: warning: 'require-chapms' here is undone by 'noauth' on line 2; pppd goes by the last one"
put authpair2 'require-eap\nnoauth\nrequire-pap\n'
run --platform linux "$T_TMP/authpair2"
t_contains "authpair2: a later require-pap undoes noauth" "$OUT" "authpair2:2: warning: 'noauth' here is undone by 'require-pap' on line 3; pppd goes by the last one"
t_lacks "authpair2: require-eap counts again after require-pap" "$OUT" "'require-eap' here is undone"
# a near name this pppd is built without is refused too: not written in
put notbuilt 'nomultilnk\n'
run --platform macos "$T_TMP/notbuilt"
t_contains "notbuilt: the near name is named as refused here too" "$OUT" "fix: Did you mean 'nomultilink'? Only Linux's pppd is built with that word"
t_lacks "notbuilt: not written in on a Mac" "$OUT" "write instead: nomultilink"
run --platform linux "$T_TMP/notbuilt"
t_contains "notbuilt: Linux's pppd has it" "$OUT" "write instead: nomultilink"
put notbuiltfw '\357\275\216omultilink\n'
run --platform macos "$T_TMP/notbuiltfw"
t_lacks "notbuilt: full-width not retyped into a refused word" "$OUT" "write instead: nomultilink"
# a correction pppd would refuse is only named: IPX words on a Mac (built
# without IPX) are not offered, Linux's are named but not written in
put ipxtypo '+ipc\n'
run --platform macos "$T_TMP/ipxtypo"
t_lacks "ipx typo, macOS: +ipx not written in" "$OUT" "write instead: +ipx"
run --platform linux "$T_TMP/ipxtypo"
t_contains "ipx typo, Linux: named, gone since 2.5.0" "$OUT" "'+ipx' is gone from Linux pppd since 2.5.0, so pppconf does not write it in."
t_lacks "ipx typo, Linux: not written in" "$OUT" "write instead: +ipx"
put ipxwide '\357\274\213ipx\n'
run --platform macos "$T_TMP/ipxwide"
t_contains "ipx full-width, macOS: not written in" "$OUT" "In plain ASCII it reads '+ipx', which is in pppd's source only behind a build switch that is off"
t_lacks "ipx full-width, macOS: no write instead" "$OUT" "write instead: +ipx"
run --platform linux "$T_TMP/ipxwide"
t_contains "ipx full-width, Linux: gone since 2.5.0" "$OUT" "In plain ASCII it reads '+ipx', which is gone from Linux pppd since 2.5.0"
# a close name only an optional Linux build has (ms-lanman: MSLANMAN, off in
# 2.4.9's default Makefile) is refused by the default build: named, not written in
put optbuilt 'ms-lanmn\n'
run --platform linux "$T_TMP/optbuilt"
t_contains "optional build: named" "$OUT" "Did you mean 'ms-lanman'? 'ms-lanman' exists only in a Linux pppd built with an optional part"
t_lacks "optional build: not written in" "$OUT" "write instead: ms-lanman"
put optbuiltfw '\357\275\215s-lanman\n'
run --platform linux "$T_TMP/optbuiltfw"
t_contains "optional build full-width: named" "$OUT" "In plain ASCII it reads 'ms-lanman', which exists only in a Linux pppd built with an optional part"
t_lacks "optional build full-width: not written in" "$OUT" "write instead: ms-lanman"
# a plugin's word in full-width letters: retyped, it still needs its plugin line
put fwplugin 'rp\357\274\277pppoe_ac foo\n'
run --platform linux "$T_TMP/fwplugin"
t_contains "full-width plugin word: plugin line added" "$OUT" "write instead: plugin pppoe.so\\nrp_pppoe_ac foo"
put fwplugin2 'plugin pppoe.so\nrp\357\274\277pppoe_ac foo\n'
run --platform linux "$T_TMP/fwplugin2"
t_contains "full-width plugin word, plugin loaded: no second plugin line" "$OUT" "write instead: rp_pppoe_ac foo"
# a close name the pppd Apple ships refuses too (bundle, active-filter: behind
# switches its build leaves off) is named, never written in
put notbuiltb 'bundl x\n'
run --platform macos "$T_TMP/notbuiltb"
t_contains "notbuilt: named as refused here too" "$OUT" "Did you mean 'bundle'? Only Linux's pppd is built with that word"
t_lacks "notbuilt: not written in" "$OUT" "write instead: bundle x"
put notbuilt2 'activefilter x\n'
run --platform macos "$T_TMP/notbuilt2"
t_lacks "notbuilt: active-filter not written in" "$OUT" "write instead: active-filter"
# an empty welcome runs nothing (pppd tests its first byte): no note that it runs a command
put emptywelcome 'welcome ""\nwelcome x\n'
run --platform linux "$T_TMP/emptywelcome"
t_lacks "empty welcome: no command said to run" "$OUT" "emptywelcome:1: note: 'welcome' makes pppd run a command"
t_contains "a welcome with a command still says so" "$OUT" "emptywelcome:2: note: 'welcome' makes pppd run a command"
# an empty name where pppd must open something: +ua, file and Linux's plugin
# are refused (Debian's 2.4.9 exits 2 on each); Apple's plugin row is not
# judged; an empty pty is taken, but no link comes up
put emptyopen '+ua ""\nfile ""\nplugin ""\npty ""\n'
run --platform linux "$T_TMP/emptyopen"
t_contains "empty +ua refused" "$OUT" "emptyopen:1: error: Bad value for +ua: the name is empty"
t_contains "empty file refused" "$OUT" "emptyopen:2: error: Bad value for file: the name is empty"
t_contains "empty plugin refused" "$OUT" "emptyopen:3: error: Bad value for plugin: the name is empty"
t_contains "empty pty warned" "$OUT" "emptyopen:4: warning: pty: the command is empty"
t_contains "empty pty: the fix" "$OUT" "fix: Write the command, or remove the line."
put emptyplugin 'plugin ""\n'
run --platform macos "$T_TMP/emptyplugin"
t_lacks "empty plugin on a Mac: not Linux's refusal" "$OUT" "Bad value for plugin"
# modemdict's bytes come only over PPPController's channel: in a file the
# plugin reads them from a slot the file never filled
put modemdict 'plugin PPPSerial.ppp\nmodemdict 12\n'
run --platform macos "$T_TMP/modemdict"
t_contains "modemdict in a file: warned" "$OUT" "modemdict:2: warning: modemdict: only PPPController's private channel"
t_contains "modemdict in a file: the fix" "$OUT" "fix: Remove the line."
# a near name younger than 2.4.9 is named, written in only for a pppd that has it
put young 'ipv6cp-noremot\n'
run --platform linux "$T_TMP/young"
t_contains "young: named, not written" "$OUT" "'ipv6cp-noremote' exists only in newer Linux pppd releases (2.5.0), so pppconf does not write it in"
t_lacks "young: not written in" "$OUT" "write instead: ipv6cp-noremote"
run --platform linux --pppd-version 2.5.3 "$T_TMP/young"
t_contains "young: written in for 2.5.3" "$OUT" "write instead: ipv6cp-noremote"
# an IPX word on a Mac is Linux's before 2.5.0 only
put oldipx 'ipxcp-restrat 3\n'
run --platform macos "$T_TMP/oldipx"
t_contains "old ipx on a Mac: Linux before 2.5.0" "$OUT" "Only Linux pppd before 2.5.0 has that word"
# updetach clears nodetach, and a later nodetach stops updetach detaching
put detaches 'nodetach\nupdetach\n'
run --platform linux "$T_TMP/detaches"
t_contains "nodetach then updetach" "$OUT" "detaches:1: warning: 'nodetach' here contradicts 'updetach' on line 2"
# nopredictor1 also clears what pppd accepts; a later predictor1 sets back
# only what it asks for, so the earlier line still counts
put pred1 'nopredictor1\npredictor1\n'
run --platform linux "$T_TMP/pred1"
t_contains "nopredictor1 then predictor1: only partly undone" "$OUT" "'nopredictor1' here is only partly undone by 'predictor1' on line 2"
t_lacks "nopredictor1 then predictor1: not said to have no effect" "$OUT" "so this line has no effect"
put pred2 'predictor1\n-predictor1\n'
run --platform macos "$T_TMP/pred2"
t_contains "predictor1 then -predictor1: fully undone" "$OUT" "'predictor1' here is undone by '-predictor1' on line 2"
# a name only the other platform's pppd has, as close: neither written in
put crossuse 'uset x\n'
run --platform macos "$T_TMP/crossuse"
t_contains "cross tie: both named" "$OUT" "Did you mean 'user', or 'unset', which only Linux's pppd has?"
t_lacks "cross tie: not written in" "$OUT" "write instead: user"
# the other close names end with a full stop, and one the Linux pppd
# reading the file may not have is marked
OUT=$(printf 'ipcp-max-failur 3\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "a removed name among the others is marked" "$OUT" "Other close names: 'ipxcp-max-failure' (only Linux pppd before 2.5.0)."
OUT=$(printf 'eap-timeot\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "the list ends before the next sentence" "$OUT" "Other close names: 'pap-timeout'. 'eap-timeout' takes a value"
# a name two edits farther than the best is no alternative to it
OUT=$(printf 'netdown-script x\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "netdown-script: not ip-down-script too" "$OUT" "ip-down-script"
# ipxcp-restart 0 or less: 2.4.9 takes it, but the resends go out at once
put ipxrestart 'ipxcp-restart 0\nipxcp-max-terminate 0\n'
run --platform linux "$T_TMP/ipxrestart"
t_contains "ipxcp-restart 0: below 1" "$OUT" "ipxrestart:1: warning: ipxcp-restart: '0' is below 1; pppd takes it"
t_lacks "ipxcp-restart 0: not refused" "$OUT" "ipxrestart:1: error"
# An empty IPsec key is no key to Apple's L2TP plugin: connecting out with
# no IPsec section it stops with L2TP Error 7 (L2TP-plugin/main.c:1545-1547).
put l2tpkey 'plugin L2TP.ppp\nl2tpipsecsharedsecret ""\n'
run --platform macos "$T_TMP/l2tpkey"
t_contains "empty l2tp key: Error 7" "$OUT" "l2tpipsecsharedsecret: the key is empty"
t_contains "empty l2tp key: the fix" "$OUT" "fix: Write the key, or remove the line."
t_lacks "empty l2tp key: not a length fix" "$OUT" "Shorten it"
put l2tpkey2 'plugin L2TP.ppp\nl2tpipsecsharedsecret k\n'
run --platform macos "$T_TMP/l2tpkey2"
t_lacks "a l2tp key: no empty-key warning" "$OUT" "the key is empty"
# name "" is no name: pppd takes the host name in its place
# (linux-ppp-2.5.3/pppd/auth.c:1342).
put emptyname 'name ""\n'
run --platform linux "$T_TMP/emptyname"
t_contains "empty name: the host name" "$OUT" "emptyname:1: warning: name: the name is empty, which pppd takes as no name"
t_contains "empty name: the fix" "$OUT" "fix: Write the name, or remove the line."
run --platform macos "$T_TMP/emptyname"
t_contains "empty name on a Mac too" "$OUT" "warning: name: the name is empty"
# user "" and password "" count as given in Linux pppd (auth.c:1347, :896);
# Apple's takes them as none (apple auth.c:1393, :777). privgroup "" names no
# group: pppd refuses it (auth.c:580; 2.4.9 tried here, exit 2).
put emptyuser 'user ""\npassword ""\n'
run --platform linux "$T_TMP/emptyuser"
t_contains "empty user: an empty login name" "$OUT" "emptyuser:1: warning: user: the name is empty, and pppd counts it as given"
t_contains "empty user: the fix" "$OUT" "fix: Write the name, or remove the line."
t_contains "empty password: sent empty" "$OUT" "emptyuser:2: warning: password: the password is empty, and pppd counts it as given"
t_contains "empty password: the fix" "$OUT" "fix: Write the password, or remove the line."
run --platform macos "$T_TMP/emptyuser"
t_contains "empty user on a Mac: no user" "$OUT" "which macOS's pppd takes as no user"
t_contains "empty password on a Mac: looked up" "$OUT" "which macOS's pppd takes as no password"
put auser 'user bob\nprivgroup ppp\n'
run --platform linux "$T_TMP/auser"
t_lacks "a user: no empty warning" "$OUT" "the name is empty"
t_lacks "a privgroup: no error" "$OUT" "privgroup:"
put emptyremote 'remotename ""\n'
run --platform linux "$T_TMP/emptyremote"
t_contains "empty remotename: still given" "$OUT" "emptyremote:1: warning: remotename: the name is empty, and pppd counts it as given"
put emptynumber 'allow-number ""\n'
run --platform linux "$T_TMP/emptynumber"
t_contains "empty allow-number: every caller in 2.4.9" "$OUT" "emptynumber:1: warning: allow-number: the entry is empty, a prefix of every number"
run --platform macos "$T_TMP/emptynumber"
t_contains "empty allow-number on a Mac" "$OUT" "macOS's pppd then lets every caller in"
# a word outside the values: what the code that reads it does with it
put enumother 'tls-verify-method ""\nmo-direction IN\n'
run --platform linux "$T_TMP/enumother"
t_contains "tls-verify-method empty: name" "$OUT" "enumother:1: warning: tls-verify-method: the value is empty, which pppd takes as name"
t_contains "mo-direction other: sum" "$OUT" "enumother:2: warning: mo-direction: 'IN' is not in, out or max, so pppd counts both directions together"
put pppoemodeother 'plugin PPPoE.ppp\npppoemode Listen\n'
run --platform macos "$T_TMP/pppoemodeother"
t_contains "pppoemode other: stops at connect" "$OUT" "the PPPoE plugin stops pppd with an error when it connects"
put emptypppoe 'plugin pppoe.so\npppoe-service ""\npppoe-ac ""\n'
run --platform linux "$T_TMP/emptypppoe"
t_contains "empty pppoe-service: an empty name to match" "$OUT" "emptypppoe:2: warning: pppoe-service: the name is empty, and pppoe.so counts it as set"
t_contains "empty pppoe-ac: an empty name to match" "$OUT" "emptypppoe:3: warning: pppoe-ac: the name is empty, and pppoe.so counts it as set"
put emptypn 'srp-pn-secret ""\n'
run --platform linux "$T_TMP/emptypn"
t_contains "empty srp-pn-secret: a key from the date" "$OUT" "emptypn:1: warning: srp-pn-secret: the secret is empty, yet pppd still makes pseudonyms"
put longscope 'ifscope abcdefghijklmnopq\nifscope en0\n'
run --platform macos "$T_TMP/longscope"
t_contains "long ifscope: past L2TP's buffer" "$OUT" "longscope:1: warning: ifscope: the name is 17 bytes long"
t_lacks "short ifscope: no warning" "$OUT" "longscope:2: warning: ifscope"
put emptygroup 'privgroup ""\n'
run --platform linux "$T_TMP/emptygroup"
t_contains "empty privgroup: refused" "$OUT" "emptygroup:1: error: Bad value for privgroup: the group name is empty"
run --platform macos "$T_TMP/emptygroup"
t_contains "empty privgroup on a Mac: refused" "$OUT" "error: Bad value for privgroup"
put aname 'name gw\n'
run --platform linux "$T_TMP/aname"
t_lacks "a name: no empty-name warning" "$OUT" "the name is empty"
# A channel option after a plugin that replaced its channel: moving it above
# the plugin line only silences pppd, as the later plugin connects without it.
put chrepl 'plugin PPPoE.ppp\nplugin L2TP.ppp\npppoeloopback\n'
run --platform macos "$T_TMP/chrepl"
t_contains "channel replaced: remove, not move" "$OUT" "fix: Remove it, or remove the 'plugin L2TP.ppp' line"
t_lacks "channel replaced: no advice to move it" "$OUT" "Move it above"
# An empty terminalscript is not none: PPPSerial.ppp still takes it as set and
# puts it after /Library/Terminal Scripts/ (PPPSerial-plugin/main.c:541,603).
put termscr 'plugin PPPSerial.ppp\nterminalscript ""\n'
run --platform macos "$T_TMP/termscr"
t_contains "empty terminalscript: warned" "$OUT" "terminalscript: the name is empty"
t_contains "empty terminalscript: the fix" "$OUT" "fix: Write the name, or remove the line."
put termscr2 'plugin PPPSerial.ppp\nterminalscript login.ccl\n'
run --platform macos "$T_TMP/termscr2"
t_lacks "a terminalscript: no empty-name warning" "$OUT" "the name is empty"
# macOS: PPPController passes its own l2tpudpport after /etc/ppp/options
mkdir -p "$T_TMP/ctl/etc/ppp"
printf 'plugin L2TP.ppp\nl2tpudpport 1701\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "l2tpudpport in options: the controller's wins" "$OUT" "[controller-overrides]"
# PPPController always passes noauth, nodetach and noccp after /etc/ppp/options
printf 'require-pap\nupdetach\nrequire-mppe-128\nnoifroute\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "require-pap in options: the controller's noauth undoes it" "$OUT" "options:1: note: require-pap in this file does not reach a connection that PPPController starts: after this file it passes noauth"
t_contains "updetach in options: the controller's nodetach undoes it" "$OUT" "options:2: note: updetach in this file does not reach a connection that PPPController starts: after this file it passes nodetach"
t_contains "require-mppe-128 in options: noccp leaves it no effect" "$OUT" "options:3: note: require-mppe-128 has no effect on a connection that PPPController starts"
t_contains "noifroute in options: L2TP's addifroute undoes it" "$OUT" "options:4: note: noifroute in this file does not reach an L2TP VPN with IPv4"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/ctl" check 2>&1)
t_lacks "Linux: no controller" "$OUT" "[controller-overrides]"
# auth: PPPController always passes noauth, which outranks /etc/ppp/options
printf 'auth\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "auth in options: the controller's noauth wins" "$OUT" "options:1: note: auth in this file does not reach a connection that PPPController starts: after this file it passes noauth"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/ctl" check 2>&1)
t_lacks "auth in options on Linux: no controller note" "$OUT" "[controller-overrides]"
# nodefaultroute: PPPController's defaultroute for send-all-traffic is refused after it
printf 'nodefaultroute\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "nodefaultroute in options: the controller's defaultroute is refused" "$OUT" "options:1: note: nodefaultroute in this file stops every service that sends all traffic"
printf 'no-use-dhcp\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "no-use-dhcp in options: the controller's use-dhcp wins" "$OUT" "options:1: note: no-use-dhcp in this file does not hold for an L2TP VPN"
printf 'plugin L2TP.ppp\nl2tpudpport 1701\n' >"$T_TMP/ctl/etc/ppp/options"
mv "$T_TMP/ctl/etc/ppp/options" "$T_TMP/ctl/etc/ppp/postoptions"
printf 'noipdefault\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_lacks "in postoptions, read after the controller, it stands" "$OUT" "[controller-overrides]"
# a name gone since 2.5.0 is written in when --pppd-version names a
# release that has it
OUT=$(printf 'ipxcp-accept-locl\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "2.4.9: a removed name written in" "$OUT" "write instead: ipxcp-accept-local"
OUT=$(printf 'ipxcp-accept-locl\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "newest: a removed name not written in" "$OUT" "write instead: ipxcp-accept-local"
# on a Mac, a typo of callback: Linux has it only in builds with CBCP
OUT=$(printf 'calback 5551234\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "calback mac: an optional Linux part" "$OUT" "Only a Linux pppd built with an optional part has that word"
# a sign and one letter: the names it starts come first, and nothing is
# written in for so short a word
OUT=$(printf -- '-a\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "-a: the names it starts" "$OUT" "Did you mean '-ac'?"
OUT=$(printf -- '-m\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "-m: named" "$OUT" "A word this short could be many names"
t_lacks "-m: not written in" "$OUT" "write instead"
# xonxoff then crtscts: the flow control is crtscts's, the escaping of ^S
# and ^Q stays; crtscts then xonxoff: crtscts is undone whole
put xon1 'xonxoff\ncrtscts\n'
run --platform linux "$T_TMP/xon1"
t_contains "xonxoff then crtscts: partly undone" "$OUT" "'xonxoff' here is only partly undone by 'crtscts' on line 2"
put xon2 'crtscts\nxonxoff\n'
run --platform macos "$T_TMP/xon2"
t_contains "crtscts then xonxoff: undone" "$OUT" "'crtscts' here is undone by 'xonxoff' on line 2"
# noauth undone by a later require line is not also called in force
put noauthund 'noauth\nrequire-pap\n'
run --platform linux "$T_TMP/noauthund"
t_contains "noauth undone: said" "$OUT" "'noauth' here is undone by 'require-pap' on line 2"
t_lacks "noauth undone: not said to hold" "$OUT" "pppd does not ask the other side to prove who it is"
put noauthlast 'require-pap\nnoauth\n'
run --platform linux "$T_TMP/noauthlast"
t_contains "noauth last: it holds" "$OUT" "noauthlast:2: warning: noauth: pppd does not ask the other side"
# rp-pppoe.so for a pppd named by --pppd-version: 2.5.3 refuses it
put rpold 'plugin rp-pppoe.so\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/rpold"
t_contains "rp-pppoe.so in 2.5.3: an error" "$OUT" "rpold:1: error: Linux pppd 2.5.3 (--pppd-version) has no plugin rp-pppoe.so"
t_eq "rp-pppoe.so in 2.5.3: exit 1" 1 "$RC"
run --platform linux --pppd-version 2.4.9 "$T_TMP/rpold"
t_lacks "rp-pppoe.so in 2.4.9: fine" "$OUT" "rp-pppoe.so"
# a word after a misspelt name on the same line may be its value
OUT=$(printf 'plugin L2TP.ppp\nl2tpipsecsharedsecrettyp key\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "the word after a typo: maybe its value" "$OUT" "this word becomes its value"
# an old spelling typed with _ for - is that old spelling
OUT=$(printf 'refuse_chapms\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "refuse_chapms: Apple's spelling" "$OUT" "write instead: refuse-mschap"
# eap-restart 0 or less: Apple's pppd sends every identity request at once
# and fails the login (warn); Linux pppd just stops resending (no warning)
put eapzero 'eap-restart 0\n'
run --platform macos "$T_TMP/eapzero"
t_contains "eap-restart 0 on macOS: warned" "$OUT" "eapzero:1: warning: eap-restart: '0' is below 1"
run --platform linux "$T_TMP/eapzero"
t_lacks "eap-restart 0 on Linux: no warning" "$OUT" "eapzero:1: warning"
# Apple's require-chapms: a tie names what it is here; a sign put before
# it gives no guess; its '-' left out is still a require
OUT=$(printf 'require-chapm\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "require-chapm: the alias named as require-mschap" "$OUT" "(macOS's pppd's name for 'require-mschap')"
OUT=$(printf '+require-chapms\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "+require-chapms: no guess" "$OUT" "write instead"
OUT=$(printf 'requirechapms\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "requirechapms: require-chapms" "$OUT" "write instead: require-chapms"
# a name younger than the release --pppd-version names is not written in
OUT=$(printf 'lcp-echo-adaptiv\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.8 - 2>&1)
t_lacks "2.4.8: lcp-echo-adaptive not written in" "$OUT" "write instead"
# passwordfd.so 2.5.3 reads and closes its descriptor when it reads the
# option: a negative one, or one an earlier line already read, is refused
put pwfdneg 'plugin passwordfd.so\npasswordfd -1\n'
run --platform linux "$T_TMP/pwfdneg"
t_contains "passwordfd -1: refused by 2.5.3" "$OUT" "pwfdneg:2: error: Bad value for passwordfd: -1 is no descriptor"
run --platform linux --pppd-version 2.4.9 "$T_TMP/pwfdneg"
t_contains "passwordfd -1 in 2.4.9: a warning" "$OUT" "pwfdneg:2: warning: passwordfd: -1 is no descriptor"
# 4294967295 does not fit pppd's int and lands on -1: still refused by 2.5.3
put pwfdwrap 'plugin passwordfd.so\npasswordfd 4294967295\n'
run --platform linux "$T_TMP/pwfdwrap"
t_contains "passwordfd 4294967295: read as -1, refused by 2.5.3" "$OUT" "pwfdwrap:2: error: Bad value for passwordfd: '4294967295' does not fit pppd's number and is read as -1. -1 is no descriptor"
run --platform linux --pppd-version 2.4.9 "$T_TMP/pwfdwrap"
t_contains "passwordfd 4294967295 in 2.4.9: a warning" "$OUT" "pwfdwrap:2: warning: passwordfd: '4294967295'"
# pppol2tp.so asks the kernel about its socket when it reads the option
put l2fdneg 'plugin pppol2tp.so\npppol2tp -1\n'
run --platform linux "$T_TMP/l2fdneg"
t_contains "pppol2tp -1: pppd stops" "$OUT" "l2fdneg:2: error: Bad value for pppol2tp: -1 is no descriptor"
# Apple's Radius.ppp: a port past 16 bits wraps; no tries at all is no working setting
put radnum 'plugin Radius.ppp\nradius_primary_auth_port 70000\nradius_primary_auth_retries 0\nradius_secondary_auth_timeout -1\n'
run --platform macos "$T_TMP/radnum"
t_contains "radius port 70000 wraps" "$OUT" "radnum:2: warning: radius_primary_auth_port: '70000' does not fit the 16 bits the plugin hands on, so it passes 4464."
t_contains "radius retries 0 is no working setting" "$OUT" "radnum:3: warning: radius_primary_auth_retries: '0' is below 1; pppd takes it"
t_contains "radius secondary timeout -1 is no working setting" "$OUT" "radnum:4: warning: radius_secondary_auth_timeout: '-1' is below 0"
# Apple's pppd: a negative pty-delay fails every attempt, a negative redialtimer waits for ever
put negwait 'pty-delay -1\nredialtimer -1\n'
run --platform macos "$T_TMP/negwait"
t_contains "pty-delay -1 is no working setting" "$OUT" "negwait:1: warning: pty-delay: '-1' is below 0"
t_contains "redialtimer -1 is no working setting" "$OUT" "negwait:2: warning: redialtimer: '-1' is below 0"
# srp-interval below 0: each lightweight re-check is due at once
put srpneg 'srp-interval -5\n'
run --platform linux "$T_TMP/srpneg"
t_contains "srp-interval -5 is no working setting" "$OUT" "srpneg:1: warning: srp-interval: '-5' is below 0"
# PPPDialogs.ppp: a negative reminder asks at once, again and again
put remneg 'plugin PPPDialogs.ppp\nreminder -1\n'
run --platform macos "$T_TMP/remneg"
t_contains "reminder -1 is no working setting" "$OUT" "remneg:2: warning: reminder: '-1' is below 0"
# openl2tp.so hands the session ID on in 16 bits
put l2sid 'plugin pppol2tp.so\npppol2tp_session_id 65536\n'
run --platform linux "$T_TMP/l2sid"
t_contains "pppol2tp_session_id 65536 reaches openl2tpd as 0" "$OUT" "l2sid:2: warning: pppol2tp_session_id: '65536' does not fit the 16 bits in which the openl2tp.so plugin hands it on to openl2tpd, which then gets 0"
put pwfdtwice 'plugin passwordfd.so\npasswordfd 3\npasswordfd 3\n'
run --platform linux "$T_TMP/pwfdtwice"
t_contains "passwordfd 3 twice: refused by 2.5.3" "$OUT" "pwfdtwice:3: error: Bad value for passwordfd: line 2 already read descriptor 3"
t_lacks "passwordfd 3 twice: not harmless" "$OUT" "harmless"
run --platform linux --pppd-version 2.4.9 "$T_TMP/pwfdtwice"
t_contains "passwordfd 3 twice in 2.4.9: a repeat" "$OUT" "harmless"
# usehostname sets pppd's own name to the host name after all options,
# so a name line has no effect, before or after it (auth.c:1342)
put uhname 'name foo\nusehostname\n'
run --platform linux "$T_TMP/uhname"
t_contains "name before usehostname: no effect" "$OUT" "uhname:1: warning: 'name' here has no effect: 'usehostname' on line 2"
put uhname2 'usehostname\nname foo\n'
run --platform macos "$T_TMP/uhname2"
t_contains "name after usehostname: no effect" "$OUT" "uhname2:2: warning: 'name' here has no effect: 'usehostname' on line 1"
put nameonly 'name foo\n'
run --platform linux "$T_TMP/nameonly"
t_lacks "name alone: no conflict" "$OUT" "no effect"
# endpoint's class is kept in one byte: a class number past 255 is
# taken but sent as another class (lcp.h:95)
put epwide 'multilink\nendpoint 300:ab\n'
run --platform linux "$T_TMP/epwide"
t_contains "endpoint 300:ab: a warning" "$OUT" "epwide:2: warning: endpoint: pppd takes '300:ab', but keeps the class in one byte"
put epnarrow 'multilink\nendpoint 255:ab\n'
run --platform linux "$T_TMP/epnarrow"
t_lacks "endpoint 255:ab: no warning" "$OUT" "one byte"
# An empty logfile name cannot be opened: Linux pppd refuses the option
# (2.4.9 here exits 2); Apple's pppd only logs it and goes on.
put emptylog 'logfile ""\n'
run --platform linux "$T_TMP/emptylog"
t_eq "empty logfile: linux exit" 1 "$RC"
t_contains "empty logfile: linux refuses" "$OUT" "emptylog:1: error: Bad value for logfile: the name is empty"
run --platform macos "$T_TMP/emptylog"
t_contains "empty logfile: macos warns" "$OUT" "emptylog:1: warning: logfile: the name is empty"
put namedlog 'logfile /var/log/ppp.log\n'
run --platform linux "$T_TMP/namedlog"
t_lacks "named logfile: no finding" "$OUT" "namedlog:1:"
# Two logfile lines: the earlier one still opens (and creates) its file.
put twolog 'logfile /var/log/a.log\nlogfile /var/log/b.log\n'
run --platform linux "$T_TMP/twolog"
t_contains "two logfiles: the first is still opened" "$OUT" "twolog:1: warning: 'logfile' is set again on line 2 (logfile /var/log/b.log); pppd writes its log only to the last file, but it still opens the file named here"
t_lacks "two logfiles: not 'no effect'" "$OUT" "so this line has no effect"
# pppd refuses a netmask narrower than one an earlier file set, and not
# one of lower rank, which it ignores (macOS: options, then postoptions)
mkdir -p "$T_TMP/nm/etc/ppp"
printf 'netmask 255.255.255.0\n' >"$T_TMP/nm/etc/ppp/options"
printf 'netmask 255.255.0.0\n' >"$T_TMP/nm/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/nm" check 2>&1)
t_contains "netmask narrowed in a later file: refused" "$OUT" "postoptions:1: error: Bad value for netmask: it lacks bits"
printf 'netmask 255.255.255.128\n' >"$T_TMP/nm/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/nm" check 2>&1)
t_lacks "netmask widened in a later file: taken" "$OUT" "lacks bits"
# a slip in a 'no' name's first letters keeps its 'no'; a tie with a name
# this pppd is built without is named; Apple's alias is said to be one
OUT=$(printf 'neocp\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "neocp: noecp" "$OUT" "write instead: noecp"
OUT=$(printf 'nnopersist\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "nnopersist: nopersist" "$OUT" "write instead: nopersist"
OUT=$(printf 'noep\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "noep mac: noip, nomp named" "$OUT" "Did you mean 'noip'? 'nomp', which this pppd is built without"
OUT=$(printf 'mppe128\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "mppe128 linux: Apple's alias" "$OUT" "as another name for 'require-mppe-128'"
OUT=$(printf '+pa\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "+pa: +pap" "$OUT" "Did you mean '+pap'?"
# pppoe-padi-timeout 0 or less: the plugin never waits for an answer, so
# discovery fails (warn); 1 is fine
put padizero 'plugin pppoe.so\npppoe-padi-timeout 0\n'
run --platform linux "$T_TMP/padizero"
t_contains "pppoe-padi-timeout 0: warned" "$OUT" "padizero:2: warning: pppoe-padi-timeout: '0' is below 1"
put padione 'plugin pppoe.so\npppoe-padi-timeout 1\n'
run --platform linux "$T_TMP/padione"
t_lacks "pppoe-padi-timeout 1: no warning" "$OUT" "padione:2: warning"
# radius-config-file "": the plugin keeps its default file (warn)
put radempty 'plugin radius.so\nradius-config-file ""\n'
run --platform linux "$T_TMP/radempty"
t_contains "radius-config-file empty: warned" "$OUT" "radempty:2: warning: radius-config-file: an empty value is ignored"
put radfull 'plugin radius.so\nradius-config-file /etc/radiusclient/other.conf\n'
run --platform linux "$T_TMP/radfull"
t_lacks "radius-config-file a path: no warning" "$OUT" "radfull:2: warning"
# ipv6cp-accept-local does nothing in 2.4.9 (it sets a field nothing reads);
# 2.5.3 reads it, so no note there
put acceptlocal 'ipv6cp-accept-local\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/acceptlocal"
t_contains "ipv6cp-accept-local 2.4.9: no effect" "$OUT" "acceptlocal:1: note: 'ipv6cp-accept-local' is accepted but does nothing in Linux pppd 2.4.9"
run --platform linux --pppd-version 2.5.3 "$T_TMP/acceptlocal"
t_lacks "ipv6cp-accept-local 2.5.3: no note" "$OUT" "[no-effect]"
# ipv6cp-accept-remote has the same gap in 2.4.9 only
put acceptremote 'ipv6cp-accept-remote\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/acceptremote"
t_contains "ipv6cp-accept-remote 2.4.9: no effect" "$OUT" "acceptremote:1: note: 'ipv6cp-accept-remote' is accepted but does nothing in Linux pppd 2.4.9"
run --platform linux --pppd-version 2.5.3 "$T_TMP/acceptremote"
t_lacks "ipv6cp-accept-remote 2.5.3: no note" "$OUT" "[no-effect]"
# noecp: Apple's pppd has ECP off with no way to turn it on
put noecponly 'noecp\n'
run --platform macos "$T_TMP/noecponly"
t_contains "noecp macOS: no effect" "$OUT" "noecponly:1: note: 'noecp' is accepted but does nothing in Apple's pppd: ECP is off there"
printf -- '-ecp\n' >"$T_TMP/minusecp"
run --platform macos "$T_TMP/minusecp"
t_contains "-ecp macOS: no effect" "$OUT" "minusecp:1: note: '-ecp' is accepted but does nothing in Apple's pppd"
# holdfirst without persist: Apple's pppd waits the holdoff and exits undialled
put holdfirstonly 'holdfirst\n'
run --platform macos "$T_TMP/holdfirstonly"
t_contains "holdfirst without persist: exits" "$OUT" "holdfirstonly:1: warning: holdfirst with neither persist nor demand in this file"
put holdfirstpersist 'holdfirst\npersist\n'
run --platform macos "$T_TMP/holdfirstpersist"
t_lacks "holdfirst with persist later: no warning" "$OUT" "[exits]"
put holdfirstzero 'holdfirst\nholdoff 0\n'
run --platform macos "$T_TMP/holdfirstzero"
t_lacks "holdfirst with holdoff 0: no warning" "$OUT" "[exits]"
# ktune: Apple's pppd sets a flag nothing reads; Linux acts on it
put ktuneonly 'ktune\n'
run --platform macos "$T_TMP/ktuneonly"
t_contains "ktune macOS: no effect" "$OUT" "ktuneonly:1: note: 'ktune' is accepted but does nothing in Apple's pppd"
run --platform linux "$T_TMP/ktuneonly"
t_lacks "ktune Linux: no note" "$OUT" "[no-effect]"
# noktune sets the same flag: nothing reads it on a Mac either
put noktuneonly 'noktune\n'
run --platform macos "$T_TMP/noktuneonly"
t_contains "noktune macOS: no effect" "$OUT" "noktuneonly:1: note: 'noktune' is accepted but does nothing in Apple's pppd"
run --platform linux "$T_TMP/noktuneonly"
t_lacks "noktune Linux: no note" "$OUT" "[no-effect]"
# noidleprompt: in Apple's full source only compiled-out code reads it
put noidleprompt 'plugin PPPDialogs.ppp\nnoidleprompt\n'
run --platform macos "$T_TMP/noidleprompt"
t_contains "noidleprompt macOS: no effect" "$OUT" "noidleprompt:2: note: 'noidleprompt' is accepted but does nothing in Apple's pppd"
# pppol2tp.so in LNS mode stops pppd when the tunnel or session ID is 0
# (pppol2tp.c:476-480); with both IDs set it is accepted
put l2tplns 'plugin pppol2tp.so\npppol2tp 3\npppol2tp_lns_mode\npppol2tp_tunnel_id 2\n'
run --platform linux "$T_TMP/l2tplns"
t_eq "pppol2tp lns without session id: exit" 1 "$RC"
t_contains "pppol2tp lns without session id" "$OUT" "l2tplns:3: error: With pppol2tp and pppol2tp_lns_mode, pppd needs pppol2tp_session_id other than 0"
put l2tplnsok 'plugin pppol2tp.so\npppol2tp 3\npppol2tp_lns_mode\npppol2tp_tunnel_id 2\npppol2tp_session_id 0x10\n'
run --platform linux "$T_TMP/l2tplnsok"
t_lacks "pppol2tp lns with both ids" "$OUT" "[incompatible]"
# remotenumber that no allow-number entry lets in: pppd exits right after
# reading its options (auth.c:1434); an entry that is a prefix lets it in on
# every pinned pppd with a final *, and in 2.4.9 and Apple's without one
put rnumdeny 'remotenumber 5551234\nallow-number 666\nallow-number 777*\n'
run --platform linux "$T_TMP/rnumdeny"
t_eq "remotenumber not allowed: exit" 1 "$RC"
t_contains "remotenumber not allowed" "$OUT" "rnumdeny:1: error: No allow-number line in this file lets remotenumber's number in"
t_contains "remotenumber not allowed: status 21" "$OUT" "exits with status 21"
run --platform macos "$T_TMP/rnumdeny"
t_contains "remotenumber not allowed macOS: status 24" "$OUT" "exits with status 24"
put rnumok 'remotenumber 5551234\nallow-number 666\nallow-number 555*\n'
run --platform linux "$T_TMP/rnumok"
t_lacks "remotenumber allowed by a * entry" "$OUT" "[incompatible]"
# an entry that is only the start of the number, without *: 2.5.3 refuses
# (auth.c:2205), 2.4.9 and Apple's pppd take it as a prefix
put rnumpre 'remotenumber 5551234\nallow-number 555\n'
run --platform linux "$T_TMP/rnumpre"
t_contains "remotenumber prefix entry: 2.5.3 refuses" "$OUT" "rnumpre:1: error: Linux pppd 2.5.3 lets remotenumber's number in only through"
run --platform linux --pppd-version 2.4.9 "$T_TMP/rnumpre"
t_lacks "remotenumber prefix entry: 2.4.9 takes it" "$OUT" "[incompatible]"
run --platform macos "$T_TMP/rnumpre"
t_lacks "remotenumber prefix entry: macOS takes it" "$OUT" "[incompatible]"
put rnumcase 'remotenumber abc\nallow-number ABC\n'
run --platform linux "$T_TMP/rnumcase"
t_lacks "remotenumber allowed, case apart" "$OUT" "[incompatible]"
# pass-filter with its expression unquoted: the fix is the quotes, not
# dropping the rest ("not" alone does not compile either)
put pfquote 'pass-filter not port 137\n'
run --platform linux "$T_TMP/pfquote"
t_contains "pass-filter unquoted: quotes offered" "$OUT" "fix: Put the whole filter expression in quotes"
t_lacks "pass-filter unquoted: no removal written in" "$OUT" "write instead"
# vrf "": pppd skips the VRF step, so the link stays in the main table (warn)
put vrfempty 'vrf ""\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/vrfempty"
t_contains "vrf empty: warned" "$OUT" "vrfempty:1: warning: vrf: the name is empty, which pppd takes as no VRF"
put vrfname 'vrf blue\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/vrfname"
t_lacks "vrf a name: no warning" "$OUT" "vrfname:1: warning"
# ca "": still counted as given, so cert+key skip eaptls-client and EAP-TLS
# stops with no CA (auth.c:2766, eap-tls.c:282); a real path is not warned
put caempty 'ca ""\n'
run --platform linux "$T_TMP/caempty"
t_contains "ca empty: warned" "$OUT" "caempty:1: warning: ca: the path is empty, yet pppd counts it as given"
put capath 'ca /etc/ppp/ca.pem\n'
run --platform linux "$T_TMP/capath"
t_lacks "ca a path: no warning" "$OUT" "capath:1: warning"
# terminalwindow with terminalscript: the window opens, the script never runs
put twscript 'plugin PPPSerial.ppp\nterminalwindow\nterminalscript /x.ccl\n'
run --platform macos "$T_TMP/twscript"
t_contains "terminalwindow + terminalscript: warned" "$OUT" "twscript:2: warning: 'terminalwindow' here contradicts 'terminalscript' on line 3"
# pppoe-sess skips discovery: pppoe-service/-ac/-mac then do nothing (warn, either order)
put psessac 'plugin pppoe.so\neth0\npppoe-sess 1234:00:11:22:33:44:55\npppoe-ac bar\n'
run --platform linux "$T_TMP/psessac"
t_contains "pppoe-sess then pppoe-ac: warned" "$OUT" "psessac:3: warning: 'pppoe-sess' here contradicts 'pppoe-ac' on line 4"
put psesssvc 'plugin pppoe.so\neth0\nrp_pppoe_service x\npppoe-sess 1234:00:11:22:33:44:55\n'
run --platform linux "$T_TMP/psesssvc"
t_contains "rp_pppoe_service then pppoe-sess: warned" "$OUT" "psesssvc:3: warning: 'rp_pppoe_service' here contradicts 'pppoe-sess' on line 4"
# three names equally close are all named as tied
OUT=$(printf 'require-cap\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "require-cap: the three tied" "$OUT" "'require-pap', 'require-eap' and 'require-chap' are equally close"
# PPTP.ppp is gone from current macOS: plugin warns, plugin2 stops, its words are refused for that reason
put pptpgone 'plugin PPTP.ppp\npptpmode connect\n'
run --platform macos "$T_TMP/pptpgone"
t_contains "plugin PPTP.ppp: not on a current Mac" "$OUT" "pptpgone:1: warning: PPTP.ppp is not on a current Mac"
t_contains "pptpmode: refused as the plugin is gone" "$OUT" "pptpgone:2: error: 'pptpmode' is an option of Apple's PPTP.ppp, which macOS no longer ships"
t_lacks "pptpmode: not blamed on a build switch" "$OUT" "build switch"
put pptpgone2 'plugin2 PPTP.ppp\n'
run --platform macos "$T_TMP/pptpgone2"
t_contains "plugin2 PPTP.ppp: pppd stops" "$OUT" "pptpgone2:1: error: PPTP.ppp is not on a current Mac"
# a 2.5.3 no-op that does nothing in 2.4.9 either: the note names both releases
put noecp249 'noecp\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/noecp249"
t_contains "noecp 2.4.9: no effect there either" "$OUT" "noecp249:1: note: 'noecp' is accepted but does nothing in Linux pppd 2.4.9, nor in 2.5.3."
# a 1 or 0 added after the last letter is a digit, not an l or o: no guess; in place of the last letter it is a look-alike
OUT=$(printf 'novjccomp1\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "novjccomp1: no guess" "$OUT" "Did you mean"
OUT=$(printf 'loca1\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "loca1: local" "$OUT" "Did you mean 'local'?"
# 2.4.9's IPX words typed with _ are its words, not old spellings to delete
OUT=$(printf 'ipxcp_accept_local\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "ipxcp_accept_local 2.4.9: offered" "$OUT" "write instead: ipxcp-accept-local"
OUT=$(printf 'ipxcp_accept_local\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "ipxcp_accept_local 2.5.3: delete" "$OUT" "write instead: nothing (delete the line)"
# controlled is named, never written in
OUT=$(printf 'controled\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "controled: named" "$OUT" "Did you mean 'controlled'?"
t_lacks "controled: not written in" "$OUT" "write instead: controlled"
t_done
