#!/bin/sh
# tests/cli/check_rules.sh - `pppconf check`, one rule a block: values pppd takes or refuses, what PPPController undoes, no-ops, and the "did you mean" rules.
. "$(dirname "$0")/../lib.sh"

# As in tests/cli/check.sh: ordinary modes, and one file read alone.
put() { printf "$2" > "$T_TMP/$1"; chmod 644 "$T_TMP/$1"; }
run() { OUT=$("$PPPCONF" check --only "$@" 2>&1); RC=$?; }

# nopredictor1 also clears what pppd accepts; a later predictor1 sets back
# only what it asks for, so the earlier line still counts
put pred1 'nopredictor1\npredictor1\n'
run --platform linux "$T_TMP/pred1"
t_contains "nopredictor1 then predictor1: only partly undone" "$OUT" "'nopredictor1' here is only partly undone by 'predictor1' on line 2"
t_lacks "nopredictor1 then predictor1: not said to have no effect" "$OUT" "so this line has no effect"
# require-mppe-40/-128 also leave a value in what pppd accepts, which nomppe
# does not clear: only the last such line is partly undone, an earlier one whole
put mppe1 'require-mppe-40\nrequire-mppe-128\nnomppe\n'
run --platform linux "$T_TMP/mppe1"
t_contains "require-mppe-128 then nomppe: only partly undone" "$OUT" "'require-mppe-128' here is only partly undone by 'nomppe' on line 3"
t_contains "an earlier require-mppe-40: undone whole" "$OUT" "'require-mppe-40' here is undone by 'nomppe' on line 3; pppd goes by the last one"
run --platform macos "$T_TMP/mppe1"
t_contains "require-mppe-128 then nomppe (macOS): only partly undone" "$OUT" "'require-mppe-128' here is only partly undone by 'nomppe' on line 3"
# no network protocol: the lines are named as written (-ipv6, not noipv6)
put noncp 'lock\n-ip\n-ipv6\n'
run --platform linux "$T_TMP/noncp"
t_contains "-ip with -ipv6: named as written" "$OUT" "fix: Remove -ip or -ipv6, or add +ipv6 after -ipv6"
# default-mru likewise: a later mru asks again, the peer's MRU is still refused
put mru1 'default-mru\nmru 1400\n'
run --platform linux "$T_TMP/mru1"
t_contains "default-mru then mru: only partly undone" "$OUT" "'default-mru' here is only partly undone by 'mru' on line 2"
t_lacks "default-mru then mru: not said to contradict" "$OUT" "both cannot take effect"
put pred2 'predictor1\n-predictor1\n'
run --platform macos "$T_TMP/pred2"
t_contains "predictor1 then -predictor1: fully undone" "$OUT" "'predictor1' here is undone by '-predictor1' on line 2"
# the same line again after one that undid it sets it back: deleting it
# would change what pppd does, so it is no harmless repeat
put predback 'predictor1\n-predictor1\npredictor1\n'
run --platform linux "$T_TMP/predback"
t_lacks "predictor1 set back after -predictor1: no repeat" "$OUT" "repeats line 1"
put mruback 'mru 1400\nmru 1500\nmru 1400\n'
run --platform macos "$T_TMP/mruback"
t_lacks "mru 1400 set back after mru 1500: no repeat" "$OUT" "repeats line 1"
t_contains "mru 1500 between: set again" "$OUT" "mruback:2: warning: 'mru' is set again on line 3"
put mruagain 'mru 1400\nmru 1400\n'
run --platform linux "$T_TMP/mruagain"
t_contains "mru twice in a row: still a repeat" "$OUT" "mruagain:2: note: 'mru' repeats line 1 exactly"
# replacedefaultroute and noreplacedefaultroute: no-ops in 2.5.3, so the
# later one undoes nothing there; in 2.4.9 it does
put rdr 'replacedefaultroute\nnoreplacedefaultroute\n'
run --platform linux "$T_TMP/rdr"
t_lacks "noreplacedefaultroute in 2.5.3: undoes nothing" "$OUT" "is undone by 'noreplacedefaultroute'"
run --platform linux --pppd-version 2.4.9 "$T_TMP/rdr"
t_contains "noreplacedefaultroute in 2.4.9: undoes it" "$OUT" "'replacedefaultroute' here is undone by 'noreplacedefaultroute' on line 2"
# the 2.5.3 README lists the change as new in 2.5.3 (README:70, :97), so
# 2.5.0 to 2.5.2 still have the flag: no "does nothing", still undone
run --platform linux --pppd-version 2.5.2 "$T_TMP/rdr"
t_contains "noreplacedefaultroute in 2.5.2: undoes it" "$OUT" "'replacedefaultroute' here is undone by 'noreplacedefaultroute' on line 2"
t_lacks "replacedefaultroute in 2.5.2: not a no-op" "$OUT" "[no-effect]"
# ipx and noipx share one flag only in 2.4.9; 2.5.3 refuses ipx and its
# noipx does nothing, so without a release before 2.5.0 neither undoes the other
put ipxno 'ipx\nnoipx\n'
run --platform linux "$T_TMP/ipxno"
t_lacks "noipx after ipx in 2.5.3: undoes nothing" "$OUT" "is undone by 'noipx'"
put noipx2 'noipx\n+ipx\n'
run --platform linux "$T_TMP/noipx2"
t_lacks "+ipx after noipx in 2.5.3: undoes nothing" "$OUT" "is undone by '+ipx'"
run --platform linux --pppd-version 2.4.9 "$T_TMP/ipxno"
t_contains "noipx after ipx in 2.4.9: undoes it" "$OUT" "'ipx' here is undone by 'noipx' on line 2"
# the other close names end with a full stop, and one the Linux pppd
# reading the file may not have is marked
OUT=$(printf 'ipcp-max-failuer 3\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "a removed name among the others is marked" "$OUT" "Other close names: 'ipxcp-max-failure' (only Linux pppd before 2.5.0)."
OUT=$(printf 'eap-timeot\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "the list ends before the next sentence" "$OUT" "Other close names: 'pap-timeout'. 'eap-timeout' takes a value"
# a name two edits farther than the best is no alternative to it
OUT=$(printf 'netdown-script x\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "netdown-script: not ip-down-script too" "$OUT" "ip-down-script"
# datarate that is no number: the fix names 0 (no limit, the default) too,
# as the odd-value fix does (linux-ppp-2.5.3/pppd/tty.c:1112)
put badrate 'datarate abc\n'
run --platform linux "$T_TMP/badrate"
t_contains "datarate abc: refused" "$OUT" "badrate:1: error: Bad value for datarate"
t_contains "datarate abc: 0 is offered too" "$OUT" "fix: Use 0 or a whole number of at least 100."
# ipxcp-restart 0 or less: 2.4.9 takes it, but the resends go out at once
put ipxrestart 'ipxcp-restart 0\nipxcp-max-terminate 0\n'
run --platform linux "$T_TMP/ipxrestart"
t_contains "ipxcp-restart 0: below 1" "$OUT" "ipxrestart:1: warning: ipxcp-restart: '0' is below 1; pppd takes it"
t_lacks "ipxcp-restart 0: not refused" "$OUT" "ipxrestart:1: error"
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
A63=$(printf 'a%.0s' $(seq 63)); A64=${A63}a
put longavp "plugin radius.so\navpair $A64=1\navpair \"Service-Type=$A64\"\navpair $A63=1\navpair \"\"\n"
run --platform linux "$T_TMP/longavp"
t_contains "avpair: a 64-byte name runs past the plugin's buffer" "$OUT" "longavp:2: warning: avpair: an attribute name of 64 characters"
t_contains "avpair: so does a 64-byte value" "$OUT" "longavp:3: warning: avpair: a value of 64 characters"
t_lacks "avpair: 63 bytes fit" "$OUT" "longavp:4: warning: avpair"
t_lacks "avpair: each line adds a pair, none is a duplicate" "$OUT" "is set again"
put commaavp "plugin radius.so\navpair Filter-Id=a,Class=b\navpair 'Filter-Id=\"a,b\" Class=c'\navpair ,\navpair Filter-Id=\"a,b\"\n"
run --platform linux "$T_TMP/commaavp"
t_contains "avpair: an unquoted comma fails in the plugin" "$OUT" "commaavp:2: warning: avpair: a comma the radius plugin does not find between double quotes"
t_lacks "avpair: a comma inside quotes is part of the value" "$OUT" "commaavp:3: warning"
t_contains "avpair: a lone comma fails too" "$OUT" "commaavp:4: warning: avpair: a comma the radius plugin does not find between double quotes"
t_contains "avpair: the file's own quotes do not reach the plugin" "$OUT" "commaavp:5: warning: avpair: a comma the radius plugin"
t_contains "avpair: the fix says how pairs are written" "$OUT" "fix: Write each pair as name=value, each part under 64 characters"
put shapeavp "plugin radius.so\navpair Framed-MTU\navpair 'Framed-MTU 1400'\navpair =1\navpair 'Class = a'\n"
run --platform linux "$T_TMP/shapeavp"
t_contains "avpair: a name alone adds no pair" "$OUT" "shapeavp:2: warning: avpair: 'Framed-MTU' has no \"=\" and value after it"
t_contains "avpair: a name then no = fails" "$OUT" "shapeavp:3: warning: avpair: 'Framed-MTU' is followed by '1' where"
t_contains "avpair: an = with no name fails" "$OUT" "shapeavp:4: warning: avpair: an \"=\" has no attribute name"
t_lacks "avpair: spaces around = are skipped" "$OUT" "shapeavp:5: warning"
put twiceavp "plugin radius.so\navpair Class=a\navpair Class=a\n"
run --platform linux "$T_TMP/twiceavp"
t_contains "avpair: a repeated line sends the pair twice" "$OUT" "twiceavp:3: note: 'avpair' repeats line 2 exactly, and each avpair line adds its pairs again"
t_lacks "avpair: a repeated line is not called harmless" "$OUT" "harmless"
put twicefile "file /etc/ppp/x\nfile /etc/ppp/x\ncall a\ncall a\n"
run --platform linux "$T_TMP/twicefile"
t_contains "file: a repeated line reads the file again" "$OUT" "twicefile:2: note: 'file' repeats line 1 exactly, so pppd reads that file a second time"
t_contains "call: a repeated line reads the peers file again" "$OUT" "twicefile:4: note: 'call' repeats line 3 exactly, so pppd reads that file a second time"
t_lacks "file/call: a repeated line is not called harmless" "$OUT" "harmless"
put emptygroup 'privgroup ""\n'
run --platform linux "$T_TMP/emptygroup"
t_contains "empty privgroup: refused" "$OUT" "emptygroup:1: error: Bad value for privgroup: the group name is empty"
run --platform macos "$T_TMP/emptygroup"
t_contains "empty privgroup on a Mac: refused" "$OUT" "error: Bad value for privgroup"
put aname 'name gw\n'
run --platform linux "$T_TMP/aname"
t_lacks "a name: no empty-name warning" "$OUT" "the name is empty"
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
# a plugin word after a plugin line this release cannot load names the
# plugin as that line writes it: 2.5.3 has pppoe.so, not rp-pppoe.so
put rppoesvc 'plugin rp-pppoe.so\nrp_pppoe_service foo\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/rppoesvc"
t_contains "rp_pppoe_service after a refused rp-pppoe.so: that plugin named" "$OUT" "'rp_pppoe_service' belongs to the plugin rp-pppoe.so, which pppd cannot load (line 1)"
t_lacks "rp_pppoe_service after a refused rp-pppoe.so: pppoe.so not called unloadable" "$OUT" "plugin pppoe.so, which pppd cannot load"
# Apple's ip-down on Linux: ip-down-script, its name there, came in 2.4.9
# (linux-ppp-2.4.9/README:79), so for an older --pppd-version it is named,
# not written in
put ipdown 'ip-down /etc/ppp/mydown\n'
run --platform linux --pppd-version 2.4.8 "$T_TMP/ipdown"
t_contains "ip-down for 2.4.8: ip-down-script named with its release" "$OUT" "has it only since 2.4.9, as 'ip-down-script'"
t_lacks "ip-down for 2.4.8: ip-down-script not written in" "$OUT" "write instead: ip-down-script"
run --platform linux --pppd-version 2.4.9 "$T_TMP/ipdown"
t_contains "ip-down for 2.4.9: ip-down-script written in" "$OUT" "write instead: ip-down-script /etc/ppp/mydown"
# rp-pppoe.so for a pppd named by --pppd-version: 2.5.3 refuses it
put rpold 'plugin rp-pppoe.so\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/rpold"
t_contains "rp-pppoe.so in 2.5.3: an error" "$OUT" "rpold:1: error: Linux pppd 2.5.3 has no plugin rp-pppoe.so"
t_eq "rp-pppoe.so in 2.5.3: exit 1" 1 "$RC"
run --platform linux --pppd-version 2.4.9 "$T_TMP/rpold"
t_lacks "rp-pppoe.so in 2.4.9: fine" "$OUT" "rp-pppoe.so"
# passprompt.so, dropped in 2.5.2 with no new name: the plugin line is where
# such a pppd stops ("Couldn't load plugin"), not promptprog after it
put pprompt 'plugin passprompt.so\npromptprog /usr/bin/askpass\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/pprompt"
t_contains "passprompt.so in 2.5.3: an error at the plugin line" "$OUT" "pprompt:1: error: Linux pppd 2.5.3 has no plugin passprompt.so"
t_eq "passprompt.so in 2.5.3: exit 1" 1 "$RC"
run --platform linux --pppd-version 2.5.1 "$T_TMP/pprompt"
t_lacks "passprompt.so in 2.5.1: fine" "$OUT" "has no plugin passprompt.so"
run --platform linux "$T_TMP/pprompt"
t_contains "passprompt.so, release unknown: warned at the plugin line" "$OUT" "pprompt:1: warning: The plugin passprompt.so is gone from Linux pppd since 2.5.2"
# and pppoe.so before 2.4.9: the plugin was still rp-pppoe.so
put newname 'plugin pppoe.so\n'
run --platform linux --pppd-version 2.4.8 "$T_TMP/newname"
t_contains "pppoe.so in 2.4.8: the old name" "$OUT" "before 2.4.9 it was called rp-pppoe.so"
t_contains "pppoe.so in 2.4.8: written in" "$OUT" "write instead: plugin rp-pppoe.so"
run --platform linux --pppd-version 2.4.9 "$T_TMP/newname"
t_lacks "pppoe.so in 2.4.9: fine" "$OUT" "it was called"
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
# past 32 bits a 64-bit pppd keeps the low 32, a 32-bit one reads -1
put pwfdbig 'plugin passwordfd.so\npasswordfd 99999999999\n'
run --platform linux "$T_TMP/pwfdbig"
t_contains "passwordfd 99999999999: -1 on a 32-bit system is refused by 2.5.3" "$OUT" "On a 32-bit system that -1 is no descriptor: pppd 2.5.3"
# pppol2tp.so asks the kernel about its socket when it reads the option
put l2fdneg 'plugin pppol2tp.so\npppol2tp -1\n'
run --platform linux "$T_TMP/l2fdneg"
t_contains "pppol2tp -1: pppd stops" "$OUT" "l2fdneg:2: error: Bad value for pppol2tp: -1 is no descriptor"
# srp-interval below 0: each lightweight re-check is due at once
put srpneg 'srp-interval -5\n'
run --platform linux "$T_TMP/srpneg"
t_contains "srp-interval -5 is no working setting" "$OUT" "srpneg:1: warning: srp-interval: '-5' is below 0"
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
# a second passwordfd with another descriptor: 2.5.3 still reads the first
put pwfdtwo 'plugin passwordfd.so\npasswordfd 3\npasswordfd 4\n'
run --platform linux "$T_TMP/pwfdtwo"
t_contains "passwordfd 3 then 4: 2.5.3 still reads 3" "$OUT" "pwfdtwo:2: warning: 'passwordfd' is set again on line 3 (passwordfd 4). pppd 2.5.3 still reads and closes this line's descriptor"
t_lacks "passwordfd 3 then 4: not 'pppd uses the last one'" "$OUT" "pppd uses the last one"
run --platform linux --pppd-version 2.4.9 "$T_TMP/pwfdtwo"
t_contains "passwordfd 3 then 4 in 2.4.9: the last one" "$OUT" "pwfdtwo:2: warning: 'passwordfd' is set again on line 3 (passwordfd 4); pppd uses the last one"
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
# a slip in a 'no' name's first letters keeps its 'no'; a tie with a name
# this pppd is built without is named; Apple's alias is said to be one
OUT=$(printf 'neocp\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "neocp: noecp" "$OUT" "write instead: noecp"
OUT=$(printf 'nnopersist\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "nnopersist: nopersist" "$OUT" "write instead: nopersist"
OUT=$(printf 'noep\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "noep mac: noip and noecp, as near, named" "$OUT" "'noip' and 'noecp' are equally close"
t_lacks "noep mac: not written in" "$OUT" "write instead"
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
# pppol2tp.so in LNS mode stops pppd when the tunnel or session ID is 0
# (pppol2tp.c:476-480); with both IDs set it is accepted
put l2tplns 'plugin pppol2tp.so\npppol2tp 3\npppol2tp_lns_mode\npppol2tp_tunnel_id 2\n'
run --platform linux "$T_TMP/l2tplns"
t_eq "pppol2tp lns without session id: exit" 1 "$RC"
t_contains "pppol2tp lns without session id" "$OUT" "l2tplns:3: error: With pppol2tp and pppol2tp_lns_mode, pppd needs pppol2tp_session_id other than 0"
# an ID this file never sets may come from a source read before it too
t_contains "pppol2tp lns without session id: any other source" "$OUT" "this file does not set it: unless another source pppd reads gives it"
put l2tplnszero 'plugin pppol2tp.so\npppol2tp 3\npppol2tp_lns_mode\npppol2tp_tunnel_id 2\npppol2tp_session_id 0\n'
run --platform linux "$T_TMP/l2tplnszero"
t_contains "pppol2tp lns with session id 0" "$OUT" "this file leaves it 0: once it has read every option"
put l2tplnsok 'plugin pppol2tp.so\npppol2tp 3\npppol2tp_lns_mode\npppol2tp_tunnel_id 2\npppol2tp_session_id 0x10\n'
run --platform linux "$T_TMP/l2tplnsok"
t_lacks "pppol2tp lns with both ids" "$OUT" "[incompatible]"
# an ID too big for 32 bits is 0 only to a 64-bit pppd (options.c:1603, :1625)
put l2tplnswide 'plugin pppol2tp.so\npppol2tp 3\npppol2tp_lns_mode\npppol2tp_tunnel_id 4294967296\npppol2tp_session_id 7\n'
run --platform linux "$T_TMP/l2tplnswide"
t_contains "pppol2tp lns with a 33-bit tunnel id" "$OUT" "l2tplnswide:3: error: With pppol2tp and pppol2tp_lns_mode, pppd needs pppol2tp_tunnel_id other than 0, and this file's number does not fit in 32 bits"
t_contains "pppol2tp lns with a 33-bit tunnel id: 32-bit pppd" "$OUT" "a 32-bit pppd reads -1 and goes on"
# ip-up on Linux with no value: ip-up-script alone would be refused too, so
# the other platform's name is named but not written in
put ipupbare 'ip-up\n'
run --platform linux "$T_TMP/ipupbare"
t_contains "ip-up without a value on Linux: named" "$OUT" "Write 'ip-up-script', Linux's name for it"
t_lacks "ip-up without a value on Linux: not written in" "$OUT" "write instead: ip-up-script"
put anumstar 'allow-number 5551234\nallow-number *\n'
run --platform macos "$T_TMP/anumstar"
t_lacks "allow-number * lets the empty number in" "$OUT" "This file lists allow-number entries"
# ipv6 turns IPv6CP on where it is read; a later noipv6 turns it off
# again (ipv6cp.c:244), but the identifiers stay for a later +ipv6
put ipv6off 'ipv6 ::1,::2\nnoipv6\n'
run --platform linux "$T_TMP/ipv6off"
t_contains "ipv6 then noipv6: the ipv6 line only partly undone" "$OUT" "ipv6off:1: warning: 'ipv6' here is only partly undone by 'noipv6' on line 2"
# -all clears both LCP option sets where it is read (lcp.c:320-323): a
# passive, mtu... above it does nothing, and without an mtu after it the
# interface MTU is set to 0 when the link comes up (lcp.c:1896)
put allclr 'passive\nmtu 1400\n-all\n'
run --platform linux "$T_TMP/allclr"
t_contains "passive above -all is undone" "$OUT" "allclr:1: warning: 'passive' here is undone by '-all' on line 3"
t_contains "mtu above -all is undone" "$OUT" "allclr:2: warning: 'mtu' here is undone by '-all' on line 3"
t_contains "-all without a later mtu: MTU 0" "$OUT" "allclr:3: note: '-all' clears the largest MTU"
run --platform macos "$T_TMP/allclr"
t_contains "passive above -all is undone (macOS)" "$OUT" "allclr:1: warning: 'passive' here is undone by '-all'"
put allok '# after\n-all\npassive\nmtu 1400\n'
run --platform linux "$T_TMP/allok"
t_lacks "words after -all hold" "$OUT" "undone by '-all'"
t_lacks "an mtu after -all" "$OUT" "clears the largest MTU"
t_contains "words after -all: the file is read" "$OUT" "allok: 0 errors"
put alltwice '# twice\n-all\npassive\n-all\nmtu 1400\n'
run --platform linux "$T_TMP/alltwice"
t_contains "passive between two -all lines is undone" "$OUT" "alltwice:3: warning: 'passive' here is undone by '-all' on line 4"
t_lacks "a second -all is no harmless repeat" "$OUT" "'-all' repeats line 2"
# require-chap sets a login method in lcp_wantoptions, which -all clears,
# and auth_required, which it keeps: with no require- word after -all,
# every method is asked for, PAP included (auth.c:323-350, :1371-1378)
put alllogin 'require-chap\n-all\nmtu 1400\n'
run --platform linux "$T_TMP/alllogin"
t_contains "require-chap above -all loses its method" "$OUT" "alllogin:1: warning: 'require-chap' here loses the login method it chose: '-all' on line 2"
run --platform macos "$T_TMP/alllogin"
t_contains "require-chap above -all loses its method (macOS)" "$OUT" "alllogin:1: warning: 'require-chap' here loses the login method"
put allloginok '# after\nrequire-chap\n-all\nrequire-pap\nmtu 1400\n'
run --platform linux "$T_TMP/allloginok"
t_contains "require-chap above -all with require-pap after: no effect" "$OUT" "allloginok:2: warning: 'require-chap' here is undone by '-all' on line 3"
t_lacks "a require- word after -all keeps a method" "$OUT" "loses the login method"
put allloginagain '# again\nrequire-eap\n-all\nrequire-eap\nmtu 1400\n'
run --platform linux "$T_TMP/allloginagain"
t_lacks "require-eap again after -all is no harmless repeat" "$OUT" "repeats line 2"
put allagain '# again\npassive\n-all\npassive\nmtu 1400\n'
run --platform linux "$T_TMP/allagain"
t_lacks "passive again after -all is no harmless repeat" "$OUT" "repeats line 2"
# Apple's pppd exits with 2 on DTR/CTS flow control when built without
# CDTRCTS (sys-MacOSX.c:1086-1089); a later crtscts replaces it
put cdtr 'cdtrcts\n'
run --platform macos "$T_TMP/cdtr"
t_eq "cdtrcts macOS: exit" 1 "$RC"
t_contains "cdtrcts macOS refused" "$OUT" "cdtr:1: error: On a Mac, once it has read every option, pppd refuses DTR/CTS"
run --platform linux "$T_TMP/cdtr"
t_lacks "cdtrcts Linux: no refusal" "$OUT" "[incompatible]"
# an empty EAP-TLS path still counts as given (auth.c:2766, :2775; tls.c:360)
for w in capath cert key pkcs12 crl crl-dir; do
	put "empty$w" "$w \"\"\n"
	run --platform linux "$T_TMP/empty$w"
	t_contains "$w \"\": warned" "$OUT" "empty$w:1: warning: $w: the"
done
# pass-filter with its expression unquoted: the fix is the quotes, not
# dropping the rest ("not" alone does not compile either)
put pfquote 'pass-filter not port 137\n'
run --platform linux "$T_TMP/pfquote"
t_contains "pass-filter unquoted: quotes offered" "$OUT" "fix: Put the whole filter expression in quotes"
t_lacks "pass-filter unquoted: no removal written in" "$OUT" "write instead"
# a command line cut at its first space (ntlm_auth-helper, connect): pppd
# runs the value through /bin/sh, so the fix is the quotes, not dropping
# the command's arguments; promptprog's value is a bare program path
put cmdquote 'plugin winbind.so\nntlm_auth-helper /usr/bin/ntlm_auth --helper-protocol=ntlm-server-1\n'
run --platform linux "$T_TMP/cmdquote"
t_contains "ntlm_auth-helper unquoted: quotes offered" "$OUT" "fix: Put the whole command line, '--helper-protocol=ntlm-server-1' included, in quotes"
t_lacks "ntlm_auth-helper unquoted: no removal written in" "$OUT" "write instead"
put cmdquote2 'connect /usr/sbin/chat foo\n'
run --platform macos "$T_TMP/cmdquote2"
t_contains "connect unquoted: quotes offered" "$OUT" "fix: Put the whole command line, 'foo' included"
put cmdquote3 'plugin passprompt.so\npromptprog /usr/bin/ask foo\n'
run --platform linux "$T_TMP/cmdquote3"
t_lacks "promptprog: no quotes offered" "$OUT" "Put the whole command line"
# promptprog "": passprompt.so runs nothing, so no root-command note; warned
put ppempty 'plugin passprompt.so\npromptprog ""\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/ppempty"
t_contains "promptprog empty: warned" "$OUT" "ppempty:2: warning: promptprog: the program name is empty, so the plugin runs nothing"
t_lacks "promptprog empty: no command to run" "$OUT" "makes pppd run a command"
# promptprog with a bare name: passprompt.so uses execv, no PATH search
put pprel 'plugin passprompt.so\npromptprog askpass\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/pprel"
t_contains "promptprog relative: warned" "$OUT" "pprel:2: warning: 'promptprog' names 'askpass', a path that does not start with /"
put ppabs 'plugin passprompt.so\npromptprog /usr/bin/askpass\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/ppabs"
t_lacks "promptprog full path: not warned" "$OUT" "does not start with /"
# promptprog with arguments: execv takes the whole value as one path
put ppargs 'plugin passprompt.so\npromptprog "/usr/bin/ask --x"\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/ppargs"
t_contains "promptprog with a space: warned" "$OUT" "ppargs:2: warning: 'promptprog' names '/usr/bin/ask --x', with a space in it"
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
# pppoe-sess skips discovery: pppoe-service/-ac/-mac then do nothing (warn, either order)
put psessac 'plugin pppoe.so\neth0\npppoe-sess 1234:00:11:22:33:44:55\npppoe-ac bar\n'
run --platform linux "$T_TMP/psessac"
t_contains "pppoe-sess then pppoe-ac: the later discovery word is never used" "$OUT" "psessac:4: warning: 'pppoe-ac' here is never used: 'pppoe-sess' on line 3"
put psesssvc 'plugin pppoe.so\neth0\nrp_pppoe_service x\npppoe-sess 1234:00:11:22:33:44:55\n'
run --platform linux "$T_TMP/psesssvc"
t_contains "rp_pppoe_service then pppoe-sess: the service name is never used" "$OUT" "psesssvc:3: warning: 'rp_pppoe_service' here is never used: 'pppoe-sess' on line 4"
# the discovery count and timer too: pppoe-sess skips both discovery steps
put psesspadi 'plugin pppoe.so\npppoe-padi-attempts 5\npppoe-padi-timeout 2\neth0\npppoe-sess 1234:00:11:22:33:44:55\n'
run --platform linux "$T_TMP/psesspadi"
t_contains "pppoe-padi-attempts then pppoe-sess: never used" "$OUT" "psesspadi:2: warning: 'pppoe-padi-attempts' here is never used: 'pppoe-sess' on line 5"
t_contains "pppoe-padi-timeout then pppoe-sess: never used" "$OUT" "psesspadi:3: warning: 'pppoe-padi-timeout' here is never used: 'pppoe-sess' on line 5"
# under 'plugin rp-pppoe.so' (2.4.9's link to pppoe.so) rp_pppoe_ac is still
# pppoe-ac's setting: a later pppoe-ac replaces it, pppoe-sess makes it unused
put rpac2 'plugin rp-pppoe.so\neth0\nrp_pppoe_ac a\npppoe-ac b\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/rpac2"
t_contains "rp-pppoe.so: rp_pppoe_ac then pppoe-ac, one setting" "$OUT" "rpac2:3: warning: 'rp_pppoe_ac' is set again on line 4 (pppoe-ac b)"
put rpacsess 'plugin rp-pppoe.so\neth0\nrp_pppoe_ac a\npppoe-sess 1234:00:11:22:33:44:55\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/rpacsess"
t_contains "rp-pppoe.so: rp_pppoe_ac with pppoe-sess is never used" "$OUT" "rpacsess:3: warning: 'rp_pppoe_ac' here is never used: 'pppoe-sess' on line 4"
put rpsvc 'plugin rp-pppoe.so\neth0\nrp_pppoe_service a\npppoe-service b\nrp_pppoe_sess 1234:00:11:22:33:44:55\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/rpsvc"
t_contains "rp-pppoe.so: rp_pppoe_service then pppoe-service, one setting" "$OUT" "rpsvc:3: warning: 'rp_pppoe_service' is set again on line 4 (pppoe-service b)"
t_contains "rp-pppoe.so: rp_pppoe_sess makes pppoe-service unused" "$OUT" "rpsvc:4: warning: 'pppoe-service' here is never used: 'rp_pppoe_sess' on line 5"
# a 2.5.3 no-op that does nothing in 2.4.9 either: the note names both releases
put noecp249 'noecp\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/noecp249"
t_contains "noecp 2.4.9: no effect there either" "$OUT" "noecp249:1: note: 'noecp' is accepted but does nothing in Linux pppd 2.4.9, nor in 2.5.3."
# needs-other: IPX words without ipx, said only for a release that has IPX
OUT=$(printf 'ipxcp-restart 3\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "2.4.9: ipxcp-restart without ipx" "$OUT" "[needs-other]"
OUT=$(printf '+ipx\nnoipx\nipx-network 5\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "2.4.9: noipx last" "$OUT" "3: note: 'ipx-network' does nothing here"
OUT=$(printf 'ipx\nipx-network 5\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_lacks "2.4.9: with ipx" "$OUT" "[needs-other]"
OUT=$(printf 'ipxcp-restart 3\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "newest: the removed rule speaks instead" "$OUT" "[needs-other]"
# replacedefaultroute (2.4.9) acts only beside defaultroute
OUT=$(printf 'replacedefaultroute\ndefaultroute\n-defaultroute\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "2.4.9: replacedefaultroute without defaultroute" "$OUT" "1: note: 'replacedefaultroute' does nothing unless defaultroute is on"
OUT=$(printf 'defaultroute\nreplacedefaultroute\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_lacks "2.4.9: replacedefaultroute with defaultroute last" "$OUT" "'replacedefaultroute' does nothing unless"
OUT=$(printf 'replacedefaultroute\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.5.1 - 2>&1)
t_contains "2.5.1: replacedefaultroute without defaultroute" "$OUT" "1: note: 'replacedefaultroute' does nothing unless defaultroute is on"
OUT=$(printf 'replacedefaultroute\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "newest: replacedefaultroute left to the no-effect rule" "$OUT" "[needs-other]"
# ipxcp-accept-network with IPX on but no nonzero ipx-network: pppd accepts the
# peer's number anyway
OUT=$(printf 'ipx\nipx-network 0\nipxcp-accept-network\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "2.4.9: ipxcp-accept-network without ipx-network" "$OUT" "3: note: 'ipxcp-accept-network' does nothing here: this file gives no ipx-network other than 0"
OUT=$(printf 'ipx\nipx-network 0x1f\nipxcp-accept-network\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_lacks "2.4.9: ipxcp-accept-network with ipx-network" "$OUT" "[needs-other]"
OUT=$(printf 'ipxcp-accept-network\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_lacks "2.4.9: IPX off is said instead" "$OUT" "no ipx-network other than 0"
# ipxcp-accept-remote with IPX on but no nonzero peer node from ipx-node: pppd
# lets the peer choose its node anyway; a later ipx-node line without a colon
# keeps the peer node, one with an empty part after it clears it
OUT=$(printf 'ipx\nipx-node 1:0\nipxcp-accept-remote\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "2.4.9: ipxcp-accept-remote without a peer node" "$OUT" "3: note: 'ipxcp-accept-remote' does nothing here: this file gives the peer no IPX node number"
OUT=$(printf 'ipx\nipx-node 1:2\nipx-node 3\nipxcp-accept-remote\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_lacks "2.4.9: ipxcp-accept-remote with a peer node kept" "$OUT" "gives the peer no IPX node"
OUT=$(printf 'ipx\nipx-node 1:2\nipx-node 3:\nipxcp-accept-remote\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "2.4.9: ipxcp-accept-remote, peer node cleared" "$OUT" "4: note: 'ipxcp-accept-remote' does nothing here"
OUT=$(printf 'ipxcp-accept-remote\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_lacks "2.4.9: IPX off is said instead (remote)" "$OUT" "gives the peer no IPX node"
# ipv6cp-use-persistent: 2.4.9 also skips it for the peer's identifier
OUT=$(printf 'ipv6cp-use-persistent\nipv6 ,::2\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "2.4.9: remote identifier" "$OUT" "1: note: 'ipv6cp-use-persistent' does nothing here"
# an old-name plugin line picks the old-name rows: 2.4.8 with rp-pppoe.so is not
# said to lack pppoe-mac (the pinned sources cannot show that), but still lacks
# the names 2.4.9 brought (pppoe-service)
OUT=$(printf 'plugin rp-pppoe.so\neth0\npppoe-mac 00:11:22:33:44:55\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.8 - 2>&1)
t_lacks "rp-pppoe.so 2.4.8: pppoe-mac not refused" "$OUT" "[not-in-release]"
OUT=$(printf 'plugin rp-pppoe.so\neth0\npppoe-service x\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.8 - 2>&1)
t_contains "rp-pppoe.so 2.4.8: pppoe-service refused" "$OUT" "[not-in-release]"
# nomppe then require-mppe-128: the later line wins whole
OUT=$(printf 'nomppe\nrequire-mppe-128\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "nomppe undone by require-mppe-128" "$OUT" "'nomppe' here is undone by 'require-mppe-128' on line 2"
# deflate 8: 2.4.9 uses 9 (a warning); 2.5.3, built against Linux's header
# (minimum 9), refuses it, and its range in words is 9 to 15
put defl8 'deflate 8,0\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/defl8"
t_contains "deflate 8 in 2.5.3: refused" "$OUT" "defl8:1: error: Bad value for deflate: '8,0' is not valid for Linux pppd 2.5.3"
t_eq "deflate 8 in 2.5.3: exit 1" 1 "$RC"
run --platform linux --pppd-version 2.4.9 "$T_TMP/defl8"
t_contains "deflate 8 in 2.4.9: a warning" "$OUT" "defl8:1: warning: deflate: '8,0': pppd uses a window of 9 bits"
put defl16 'deflate 16\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/defl16"
t_contains "deflate 16 in 2.5.3: 9 to 15" "$OUT" "it takes only 0 or 9 to 15 in each place"
# pppol2tp read after deflate/bsdcomp: each line names its own method, and
# a later line of the same word is what sets it again
put l2tpccp 'plugin pppol2tp.so\ndeflate 12\nbsdcomp 12\npppol2tp 3\n'
run --platform linux "$T_TMP/l2tpccp"
t_contains "deflate before pppol2tp: Deflate only" "$OUT" "l2tpccp:2: note: 'deflate' is accepted but does nothing here: when pppol2tp.so reads the pppol2tp word on line 4, after this one, it turns Deflate off both ways; only such a line after that word sets it again."
t_contains "bsdcomp before pppol2tp: BSD-Compress only" "$OUT" "it turns BSD-Compress off both ways"
# with no release named, a refused value's range says 2.5.3 takes 9 up
run --platform linux "$T_TMP/defl16"
t_contains "deflate 16 on Linux: 2.5.3's 9 named" "$OUT" "each number must be 0 or 8 to 15 (9 to 15 for Linux pppd 2.5.3 built against Linux's header)"
run --platform macos "$T_TMP/defl16"
t_contains "deflate 16 on a Mac: 8 to 15" "$OUT" "each number must be 0 or 8 to 15; pppd refuses it."
run --platform macos "$T_TMP/defl8"
t_lacks "deflate 8 on a Mac: not refused" "$OUT" "error:"
# past int a 64-bit pppd keeps the low 32 bits: 4294967304 is 8, which
# 2.5.3 refuses (a 32-bit pppd refuses the number itself); the warning
# names what is kept (4294967296 is 0: Deflate off that way)
put deflwide 'deflate 4294967304\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/deflwide"
t_contains "deflate 2^32+8 in 2.5.3: refused" "$OUT" "deflwide:1: error: Bad value for deflate: '4294967304' is not valid for Linux pppd 2.5.3"
run --platform linux --pppd-version 2.4.9 "$T_TMP/deflwide"
t_contains "deflate 2^32+8 in 2.4.9: read as 8" "$OUT" "keeps only part of it and reads 8, which it accepts"
put deflzero 'deflate 9,4294967296\n'
run --platform linux "$T_TMP/deflzero"
t_contains "deflate 9,2^32: read as 9,0" "$OUT" "reads 9,0, which it accepts, while a 32-bit pppd refuses it. 0 turns compression off in that direction."
# pass-filter with a stray speed-like word: the filter is cut before it, so
# the fix is the quotes, and pppd may stop at the cut filter first
put pfstray 'pass-filter port 137\n'
run --platform linux "$T_TMP/pfstray"
t_contains "pass-filter port 137: quotes offered" "$OUT" "fix: Put the whole filter expression in quotes"
t_contains "pass-filter port 137: the cut filter said" "$OUT" "refuses to start when that part alone does not compile"
t_lacks "pass-filter port 137: not removal" "$OUT" "Remove it, or put it on a line of its own"
run --platform linux "$T_TMP/pfquote"
t_contains "pass-filter not port 137: the cut filter said" "$OUT" "gives libpcap only the word before 'port'"
# remotenumber in one file, allow-number in another: the start-up check
# compares them once every option is read (config_end.c)
mkdir -p "$T_TMP/an/etc/ppp/peers"
printf 'allow-number 123\n' >"$T_TMP/an/etc/ppp/options"
printf 'remotenumber 5\n' >"$T_TMP/an/etc/ppp/peers/isp"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/an" --args 'call isp' check 2>&1)
t_contains "remotenumber no list in another file lets in" "$OUT" "isp:1: error: No allow-number entry pppd reads lets remotenumber's number in"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/an" --args 'call isp' check 2>&1)
t_contains "and on a Mac, status 24" "$OUT" "exits with status 24 before it opens"
printf 'remotenumber 1234\n' >"$T_TMP/an/etc/ppp/peers/isp"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/an" --args 'call isp' check 2>&1)
t_contains "a prefix entry: refused by 2.5.3 only" "$OUT" "isp:1: error: The allow-number entries pppd reads let remotenumber's number in only as the start of it"
OUT=$("$PPPCONF" --platform linux --pppd-version 2.4.9 --root "$T_TMP/an" --args 'call isp' check 2>&1)
t_lacks "and taken by 2.4.9" "$OUT" "lets remotenumber's number in"
printf 'remotenumber 123\n' >"$T_TMP/an/etc/ppp/peers/isp"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/an" --args 'call isp' check 2>&1)
t_lacks "a listed number: nothing said" "$OUT" "remotenumber's number in"
# an empty remotenumber leaves the number empty: only an empty or "*"
# entry lets that in (auth.c:2202-2205), so pppd exits all the same
printf 'remotenumber ""\n' >"$T_TMP/an/etc/ppp/peers/isp"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/an" --args 'call isp' check 2>&1)
t_contains "an empty remotenumber no entry lets in" "$OUT" "isp:1: error: No allow-number entry pppd reads lets remotenumber's number in"
printf 'allow-number 123\nallow-number *\n' >"$T_TMP/an/etc/ppp/options"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/an" --args 'call isp' check 2>&1)
t_lacks "an empty remotenumber with allow-number *: nothing said" "$OUT" "remotenumber's number in"

# pppoe.so and pppol2tp.so turn BSD-Compress off both ways themselves
put nobsdoe 'plugin pppoe.so\nnic-eth0\n-bsdcomp\n'
run --platform linux "$T_TMP/nobsdoe"
t_contains "-bsdcomp under pppoe.so: no effect" "$OUT" "nobsdoe:3: note: '-bsdcomp' is accepted but does nothing here: pppoe.so carries the link (the interface word on line 2), and once every option is read it turns BSD-Compress off both ways itself."
put nobsdl2 'nobsdcomp\nplugin pppol2tp.so\npppol2tp 3\n'
run --platform linux "$T_TMP/nobsdl2"
t_contains "nobsdcomp under pppol2tp.so: no effect" "$OUT" "nobsdl2:1: note: 'nobsdcomp' is accepted but does nothing here: pppol2tp.so turns BSD-Compress off both ways as it reads the pppol2tp word (line 3)"
put nobsdl2on 'plugin pppol2tp.so\npppol2tp 3\nbsdcomp 12\n-bsdcomp\n'
run --platform linux "$T_TMP/nobsdl2on"
t_lacks "-bsdcomp after a bsdcomp that follows pppol2tp: acts" "$OUT" "nobsdl2on:4: note"

# demand in 2.4.x with IPv6 on and no peer identifier: pppd stops at start; 2.5.3 makes one up
put dem6 'demand\npty "cat"\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/dem6"
t_contains "demand in 2.4.9 without a peer IPv6 identifier" "$OUT" "dem6:1: note: 'demand' with IPv6 on and no identifier for the peer"
run --platform linux --pppd-version 2.5.3 "$T_TMP/dem6"
t_lacks "demand in 2.5.3: an identifier is made up" "$OUT" "no identifier for the peer"
put dem6ok 'demand\nipv6 ::1,::2\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/dem6ok"
t_lacks "demand in 2.4.9 with an ipv6 remote part: fine" "$OUT" "no identifier for the peer"
put dem6off 'demand\nnoipv6\n'
run --platform linux --pppd-version 2.4.9 "$T_TMP/dem6off"
t_lacks "demand in 2.4.9 with noipv6: fine" "$OUT" "no identifier for the peer"
# -defaultroute6 in one file and defaultroute6 in a later one: the alias
# forbids it as nodefaultroute6 does ("option is disabled",
# linux-ppp-2.5.3/pppd/ipv6cp.c:259-260, options.c:846-847), nothing to do
# with privilege
mkdir -p "$T_TMP/dr6/etc/ppp/peers"
printf -- '-defaultroute6\ncall isp\n' >"$T_TMP/dr6/etc/ppp/options"
printf 'defaultroute6\n' >"$T_TMP/dr6/etc/ppp/peers/isp"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/dr6" check 2>&1)
t_contains "-defaultroute6 then defaultroute6 in a peers file: disabled" "$OUT" "'-defaultroute6' at $T_TMP/dr6/etc/ppp/options:1 forbids 'defaultroute6' from then on"
t_lacks "-defaultroute6 then defaultroute6 in a peers file: not a privilege matter" "$OUT" "cannot be overridden"

# eap-max-rreq below 0: the first EAP request from the peer already passes
# the limit (linux-ppp-2.5.3/pppd/eap.c:1701-1708), so an EAP login never works
put eapneg 'eap-max-rreq -1\n'
run --platform linux "$T_TMP/eapneg"
t_contains "eap-max-rreq -1: every EAP login given up" "$OUT" "gives up at the first EAP request from the peer"
t_contains "eap-max-rreq -1: the fix names 0 and the default" "$OUT" "Write 0 for no limit or a count from 1 to 254"
put eapzero 'eap-max-rreq 0\n'
run --platform linux "$T_TMP/eapzero"
t_lacks "eap-max-rreq 0: no limit, nothing said" "$OUT" "gives up at the first EAP request"
# 255 or more: the one-byte count (eap.h:159) is never above it, so no limit
put eapbig 'eap-max-rreq 255\n'
run --platform linux "$T_TMP/eapbig"
t_contains "eap-max-rreq 255: no limit at all" "$OUT" "'255' is 255 or more, but pppd keeps its count"
put eapbig2 'eap-max-rreq 1000\n'
run --platform linux "$T_TMP/eapbig2"
t_contains "eap-max-rreq 1000: no limit at all" "$OUT" "so this sets no limit at all, the same as 0"
put eapok 'eap-max-rreq 254\n'
run --platform linux "$T_TMP/eapok"
t_lacks "eap-max-rreq 254: a working limit, nothing said" "$OUT" "255 or more"
# eap-max-sreq: the requests pppd sends stop when the one-byte count reaches
# the limit (eap.c:844-845), so 256 or more sets none; 255 still works
put eapsbig 'eap-max-sreq 256\n'
run --platform linux "$T_TMP/eapsbig"
t_contains "eap-max-sreq 256: no limit at all" "$OUT" "'256' is 256 or more, but pppd keeps its count of the EAP requests it sends"
t_contains "eap-max-sreq 256: the fix names 0 and 1 to 255" "$OUT" "Write 0 for no limit or a count from 1 to 255"
put eapsok 'eap-max-sreq 255\n'
run --platform linux "$T_TMP/eapsok"
t_lacks "eap-max-sreq 255: a working limit, nothing said" "$OUT" "256 or more"

# an ipv6 line naming the peer's identifier leaves ipv6cp-use-remotenumber
# nothing to do (linux-ppp-2.5.3/pppd/ipv6cp.c:1165); one without it does not
put v6remnum 'remotenumber 5551234\nipv6cp-use-remotenumber\nipv6 ::1,::2\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/v6remnum"
t_contains "ipv6cp-use-remotenumber beside ipv6 local,remote: idle" "$OUT" "'ipv6cp-use-remotenumber' does nothing here: the ipv6 line on line 3"
put v6remnum2 'remotenumber 5551234\nipv6cp-use-remotenumber\nipv6 ::1,\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/v6remnum2"
t_lacks "ipv6cp-use-remotenumber beside ipv6 local only: not idle" "$OUT" "[no-effect]"

# mo-timeout: pppd adds 1 to the number, an int sum that overflows at the
# largest int (linux-ppp-2.5.3/pppd/options.c:416, :899)
put motmax 'mo-timeout 2147483647\n'
run --platform linux "$T_TMP/motmax"
t_contains "mo-timeout 2147483647: the overflow said" "$OUT" "mo-timeout: '2147483647' is the largest number pppd can hold"
put motmax1 'mo-timeout 2147483646\n'
run --platform linux "$T_TMP/motmax1"
t_lacks "mo-timeout 2147483646: no such warning" "$OUT" "largest number pppd can hold"

# an ipv6 line's identifiers outlast a later noipv6 (-ipv6), which clears
# only the on switch: a later source that turns IPv6 on uses them
put v6ids 'ipv6 ::1,::2\n-ipv6\n'
run --platform linux "$T_TMP/v6ids"
t_contains "ipv6 then -ipv6: only partly undone" "$OUT" "'ipv6' here is only partly undone by '-ipv6' on line 2"
run --platform macos "$T_TMP/v6ids"
t_contains "ipv6 then -ipv6 (macOS): PPPController's +ipv6 named" "$OUT" "as PPPController's +ipv6 does"
put v6noids 'ipv6 ,\nnoipv6\n'
run --platform linux "$T_TMP/v6noids"
t_contains "ipv6 , then noipv6: no identifier, undone whole" "$OUT" "'ipv6' here is undone by 'noipv6' on line 2"

# passprompt.so left Linux pppd in 2.5.2 (linux-ppp-2.5.3/README:134): the
# plugin line itself fails there, not only promptprog after it
put gonepl 'plugin passprompt.so\n'
run --platform linux "$T_TMP/gonepl"
t_contains "plugin: passprompt.so is gone since 2.5.2" "$OUT" "gonepl:1: warning: The plugin passprompt.so is gone from Linux pppd since 2.5.2"
run --platform linux --pppd-version 2.5.3 "$T_TMP/gonepl"
t_contains "plugin: 2.5.3 cannot load passprompt.so" "$OUT" "gonepl:1: error: Linux pppd 2.5.3 has no plugin passprompt.so"
run --platform linux --pppd-version 2.4.9 "$T_TMP/gonepl"
t_lacks "plugin: 2.4.9 still has passprompt.so" "$OUT" "gonepl:1:"

# a privileged word in a peers file that an unprivileged ~/.ppprc names with
# file, not call: the fix names call, since file keeps the user's rights
mkdir -p "$T_TMP/pf/etc/ppp/peers" "$T_TMP/pf/home/nobody"
printf '\n' >"$T_TMP/pf/etc/ppp/options"
printf 'ip-down-script /etc/ppp/x\n' >"$T_TMP/pf/etc/ppp/peers/isp"
printf 'file /etc/ppp/peers/isp\n' >"$T_TMP/pf/home/nobody/.ppprc"
chmod a+x "$T_TMP"; chmod -R a+rX "$T_TMP/pf"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/pf" --user nobody check 2>&1)
t_contains "peers file named with file: refused" "$OUT" "peers/isp:1: error: 'ip-down-script' is for root only"
t_contains "and the fix names call, not any peers file" "$OUT" "to a peers file named with call, which pppd reads with privilege; a file that an unprivileged source names with 'file', even one in /etc/ppp/peers, is read without it too."

# a Mac service: PPPController's noauth undoes a login asked in
# /etc/ppp/options, but not one asked in the service's peers file, read after
# it; with no chap-secrets line pppd then stops at start-up
mkdir -p "$T_TMP/mas/etc/ppp/peers"
printf '\n' >"$T_TMP/mas/etc/ppp/options"
printf 'require-mschap-v2\n' >"$T_TMP/mas/etc/ppp/peers/Work"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/mas" --service-type l2tp --service Work check 2>&1)
t_contains "Mac peers file asks a login, no secret: pppd stops" "$OUT" "Work:1: error: pppd stops before connecting: it must make the peer log in with CHAP"
printf 'require-mschap-v2\n' >"$T_TMP/mas/etc/ppp/options"
printf '\n' >"$T_TMP/mas/etc/ppp/peers/Work"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/mas" --service-type l2tp --service Work check 2>&1)
t_lacks "Mac login asked before the controller's noauth: no stop" "$OUT" "[auth-no-secret]"

# the same login in /etc/ppp/postoptions, read after the service's peers
# file: said, without the Linux hint that a peers file's noauth may undo it
printf '\n' >"$T_TMP/mas/etc/ppp/options"
printf 'require-pap\n' >"$T_TMP/mas/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/mas" --service-type l2tp --service Work check 2>&1)
t_contains "Mac postoptions asks a login, no secret: pppd stops" "$OUT" "postoptions:1: error: pppd stops before connecting"
t_lacks "and no peers-file noauth hint on a Mac service" "$OUT" "may turn the login off with noauth"

# a script value with a space: no shell splits off an argument, so pppd
# looks for a file of that whole name and, finding none, skips it silently
put scrsp 'ip-down-script "/etc/ppp/ip-down --x"\n'
run --platform linux "$T_TMP/scrsp"
t_contains "ip-down-script with a space: whole value is the path" "$OUT" "scrsp:1: warning: 'ip-down-script' names '/etc/ppp/ip-down --x', with a space in it"
put scrspm 'ip-down "/etc/ppp/ip-down --x"\n'
run --platform macos "$T_TMP/scrspm"
t_contains "Apple's ip-down with a space: said too" "$OUT" "scrspm:1: warning: 'ip-down' names '/etc/ppp/ip-down --x', with a space in it"

# radrealms.so needs radius.so loaded before it: pppd cannot load it first,
# and its word after that line is fixed by loading radius.so, not another pppd
put radrealms1 'plugin radrealms.so\nrealms-config-file /etc/radiusclient/realms\n'
run --platform linux "$T_TMP/radrealms1"
t_contains "radrealms.so without radius.so: refused" "$OUT" "[plugin-needs-radius]"
t_contains "its word: load radius.so first" "$OUT" "put the line 'plugin radius.so' above that line"
put radrealms2 'plugin radius.so\nplugin radrealms.so\nrealms-config-file /etc/radiusclient/realms\n'
run --platform linux "$T_TMP/radrealms2"
t_lacks "radius.so first: accepted" "$OUT" "plugin-needs-radius"
t_done
