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
# srp-pn-secret is read from the option only: no secrets file can hold it
put pnsecret 'srp-pn-secret abc\npassword hunter2\n'
run --platform linux "$T_TMP/pnsecret"
t_contains "srp-pn-secret: moved to a peers file" "$OUT" "or move the line to a peers file only root can read: pppd takes this key only as an option"
t_contains "password: still kept in a secrets file" "$OUT" "or keep the secret elsewhere (pap-secrets/chap-secrets on Linux"
# the RADIUS server's secret on a Mac: no pppd secrets file or keychain word
put radsecret 'plugin Radius.ppp\nradius_secret abc\n'
run --platform macos "$T_TMP/radsecret"
t_contains "radius_secret: moved to a peers file" "$OUT" "fix: Make the file readable by root only (sudo chmod 600), or move the line to a peers file only root can read."
t_lacks "radius_secret: no secrets file offered" "$OUT" "pap-secrets/chap-secrets on Linux"
# the L2TP IPsec key: the VPN service's settings, never pppd's secrets files
put l2tpsecret 'plugin L2TP.ppp\nl2tpipsecsharedsecret abc\n'
run --platform macos "$T_TMP/l2tpsecret"
t_contains "l2tpipsecsharedsecret: the service's settings offered" "$OUT" "or give the key in the VPN service's settings"
t_lacks "l2tpipsecsharedsecret: no secrets file offered" "$OUT" "pap-secrets/chap-secrets on Linux"
# ifname: a name the kernel will not rename the interface to
put ifslash 'ifname ppp/office\n'
run --platform linux "$T_TMP/ifslash"
t_contains "ifname with a slash: the rename fails" "$OUT" "ifname: 'ppp/office' is a name the Linux kernel does not give an interface"
t_contains "ifname with a slash: fix" "$OUT" "fix: Choose a name without '/', ':' or spaces"
put ifplain 'ifname ppp-office\n'
run --platform linux "$T_TMP/ifplain"
t_contains "ifname plain: no warning" "$OUT" "ifplain: 0 errors, 0 warnings, 0 notes"
# pppol2tp_ifname: the plugin does not look at the rename, so pppd goes on
# with a name the kernel refused
put l2tpslash 'plugin pppol2tp.so\npppol2tp_ifname l2tp/a\n'
run --platform linux "$T_TMP/l2tpslash"
t_contains "pppol2tp_ifname with a slash: the rename fails unnoticed" "$OUT" "the rename fails unnoticed and pppd goes on with that name"
# ... and a name another interface has sends pppd's settings there
if [ "$(cat /sys/class/net/lo/type 2>/dev/null)" = 772 ]; then
	put l2tplo 'plugin pppol2tp.so\npppol2tp_ifname lo\n'
	run --platform linux "$T_TMP/l2tplo"
	t_contains "pppol2tp_ifname taken: settings go to that interface" "$OUT" "the MTU and IP address it sets for the link go to 'lo' instead"
fi

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
t_contains "order fix" "$OUT" "Move the 'plugin L2TP.ppp' line on line 2 above line 1"
t_contains "order fix: the guided fix named" "$OUT" "pppconf fix l2tp-noipsec puts the two lines in order."
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
t_contains "mrru in 16 bits" "$OUT" "u16l:2: warning: mrru: '-1' does not fit the 16 bits in which pppd sends it to the peer when multilink is on; the peer is then offered 65535"
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
# %d holds a number past a long at its bound: 2^63 is LONG_MAX, session
# 65535, not 0; one past 64 bits too; 2^31 is 0 on 64 bits, 65535 on 32
put sess3 'plugin pppoe.so\npppoe-sess 9223372036854775808:00:11:22:33:44:55\npppoe-sess 99999999999999999999:0:1:2:3:4:5\npppoe-sess 2147483648:0:1:2:3:4:5\nnic-eth0\n'
run --platform linux "$T_TMP/sess3"
t_contains "session past LONG_MAX" "$OUT" "sess3:2: warning: pppoe-sess: '9223372036854775808:00:11:22:33:44:55': the session number does not fit pppd's number, and pppd keeps only 16 bits of what it reads: on a 64-bit system it uses session 65535, on a 32-bit one session 65535."
t_contains "session past 64 bits" "$OUT" "sess3:3: warning: pppoe-sess: '99999999999999999999:0:1:2:3:4:5': the session number does not fit"
t_contains "session 2^31" "$OUT" "on a 64-bit system it uses session 0, on a 32-bit one session 65535."
# a session outside 16 bits and a MAC not read as written: both are said
put sess4 'plugin pppoe.so\npppoe-sess -1:00:11:22:33:44:1ff\nnic-eth0\n'
run --platform linux "$T_TMP/sess4"
t_contains "session -1 with a wide MAC part" "$OUT" "so pppd uses session 65535. The MAC address is not read as written either"
put sess5 'plugin pppoe.so\npppoe-sess 1:0:1:2:3:4:1ff\nnic-eth0\n'
run --platform linux "$T_TMP/sess5"
t_contains "the MAC part alone is called a MAC address" "$OUT" "sess5:2: warning: pppoe-sess: pppd reads '0:1:2:3:4:1ff' as a MAC address, but not as written"

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

# keychainpassword twice: the later item wins only when it can be read
# (Apple's auth.c copies the password only on success), so the earlier line
# is not deleted for the user
put keychain2 'keychainpassword a\nkeychainpassword b\n'
run --platform macos "$T_TMP/keychain2"
t_contains "keychain twice: earlier one kept if the later fails" "$OUT" "when it cannot, it keeps the password it had before that line: this one's"
t_lacks "keychain twice: not deleted for the user" "$OUT" "write instead: nothing (delete the line)"

# userkeychainpassword twice: the earlier item's password stays when the
# later one cannot be read (Apple's auth.c read_keychainpassword), so the
# first line is not said to do nothing, nor deleted
OUT=$(printf 'userkeychainpassword a\nuserkeychainpassword b\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "userkeychainpassword twice: the earlier one may stay" "$OUT" "when it cannot, it keeps the password it had before that line: this one's"
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
t_lacks "json: the plugin line is moved, not written twice" "$OUT" '"replacement": "plugin L2TP.ppp\nl2tpnoipsec"'

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
t_contains "pppd 2.4.9: an error at its line" "$OUT" "release:2: error: Linux pppd 2.4.9 has no 'net-init-script'"
run --platform linux --pppd-version 2.5.3 "$T_TMP/release"
t_eq "pppd 2.5.3: accepted" 0 "$RC"
t_lacks "pppd 2.5.3: no warning" "$OUT" "net-init-script"
put removed 'noipdefault\nrequire-mschap\nipx\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/removed"
t_contains "pppd 2.5.3: a removed word is refused" "$OUT" "removed:3: error: Linux pppd 2.5.3 has no 'ipx'"
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
t_contains "release plugin: refused at its line" "$OUT" "relplugin:1: error: Linux pppd 2.4.9 has no plugin dhcpv6relay.so"
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
# a file whose only trouble is such a word: accepted, then pppd ends there
put helponly 'noauth\n--version\n'
run --platform linux "$T_TMP/helponly"
t_contains "version only: the verdict says pppd exits there" "$OUT" "pppd will accept it, then print and exit at line 2 without connecting."
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
# modemdict's bytes come only over PPPController's channel: in a file the
# plugin reads them from a slot the file never filled
put modemdict 'plugin PPPSerial.ppp\nmodemdict 12\n'
run --platform macos "$T_TMP/modemdict"
t_contains "modemdict in a file: warned" "$OUT" "modemdict:2: warning: modemdict: only PPPController's private channel"
t_contains "modemdict in a file: the fix" "$OUT" "fix: Remove the line."
# a modemdict with no value: no value written makes it work, so no fix asks for one
put modemdict2 'plugin PPPSerial.ppp\nmodemdict\n'
run --platform macos "$T_TMP/modemdict2"
t_contains "modemdict, no value: removed" "$OUT" "fix: Remove it: only PPPController can give modemdict"
t_lacks "modemdict, no value: no value asked for" "$OUT" "Write the value on the same line"
put modemdict3 'plugin PPPSerial.ppp\nmodemdict\n12\n'
run --platform macos "$T_TMP/modemdict3"
t_contains "modemdict, value on the next line: both lines go" "$OUT" "fix: Delete this line and the word pppd takes from the next one"
t_lacks "modemdict, value on the next line: not joined" "$OUT" "write instead: modemdict 12"
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
t_contains "old ipx on a Mac: Apple's build switch and Linux before 2.5.0" "$OUT" "only Linux pppd before 2.5.0 is built with it"
# updetach clears nodetach, and a later nodetach stops updetach detaching
put detaches 'nodetach\nupdetach\n'
run --platform linux "$T_TMP/detaches"
t_contains "nodetach then updetach: the later wins" "$OUT" "detaches:1: warning: 'nodetach' here is undone by 'updetach' on line 2; pppd goes by the last one"
# noccp wins over a require-mppe word in either order: the link runs
# unencrypted (start_networks waits for MPPE only when CCP agreed it)
put ccpmppe 'noccp\n+mppe\n'
run --platform linux "$T_TMP/ccpmppe"
t_contains "noccp then +mppe: unencrypted" "$OUT" "ccpmppe:2: warning: '+mppe' does nothing here: 'noccp' on line 1 turns CCP off"
put mppeccp 'require-mppe-128\n-ccp\n'
run --platform macos "$T_TMP/mppeccp"
t_contains "require-mppe-128 then -ccp: unencrypted" "$OUT" "mppeccp:1: warning: 'require-mppe-128' does nothing here: '-ccp' on line 2"
# modem and local set one flag: the later line holds
put modloc 'local\nmodem\n'
run --platform linux "$T_TMP/modloc"
t_contains "local then modem: undone" "$OUT" "modloc:1: warning: 'local' here is undone by 'modem' on line 2; pppd goes by the last one"
# a value left out: the next line's directive is taken as the value, and
# joining the lines would keep it there, so nothing is written in
put nextdir 'mtu\nnoauth\n'
run --platform linux "$T_TMP/nextdir"
t_contains "mtu then noauth: the value asked for" "$OUT" "the word taken is a directive of its own"
t_lacks "mtu then noauth: not joined" "$OUT" "write instead: mtu noauth"
put nextval 'mtu\n1400\n'
run --platform linux "$T_TMP/nextval"
t_contains "mtu then 1400: joined" "$OUT" "write instead: mtu 1400"
t_done
