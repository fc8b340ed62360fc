#!/bin/sh
# tests/cli/check_rules_undo.sh - `pppconf check` on Linux, one rule a block: what a later line, another file or PPPController undoes or leaves idle (partly undone, repeats, no-ops, words that need another).
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
# a later mru 1500 is not asked for (pppd leaves 1500 out of its request)
t_contains "default-mru then mru: 1500 is never asked for" "$OUT" "that MRU again (unless it is 1500, which pppd never asks for)"
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
# Two logfile lines: the earlier one still opens (and creates) its file.
put twolog 'logfile /var/log/a.log\nlogfile /var/log/b.log\n'
run --platform linux "$T_TMP/twolog"
t_contains "two logfiles: the first is still opened" "$OUT" "twolog:1: warning: 'logfile' is set again on line 2 (logfile /var/log/b.log); pppd writes its log only to the last file, but it still opens the file named here"
t_lacks "two logfiles: not 'no effect'" "$OUT" "so this line has no effect"
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
# nomppe then require-mppe-128: the later line wins whole
OUT=$(printf 'nomppe\nrequire-mppe-128\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "nomppe undone by require-mppe-128" "$OUT" "'nomppe' here is undone by 'require-mppe-128' on line 2"
# pppol2tp read after deflate/bsdcomp: each line names its own method, and
# a later line of the same word is what sets it again
put l2tpccp 'plugin pppol2tp.so\ndeflate 12\nbsdcomp 12\npppol2tp 3\n'
run --platform linux "$T_TMP/l2tpccp"
t_contains "deflate before pppol2tp: Deflate only" "$OUT" "l2tpccp:2: note: 'deflate' is accepted but does nothing here: when pppol2tp.so reads the pppol2tp word on line 4, after this one, it turns Deflate off both ways; only such a line after that word sets it again."
t_contains "bsdcomp before pppol2tp: BSD-Compress only" "$OUT" "it turns BSD-Compress off both ways"
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

# an ipv6 line naming the peer's identifier leaves ipv6cp-use-remotenumber
# nothing to do (linux-ppp-2.5.3/pppd/ipv6cp.c:1165); one without it does not
put v6remnum 'remotenumber 5551234\nipv6cp-use-remotenumber\nipv6 ::1,::2\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/v6remnum"
t_contains "ipv6cp-use-remotenumber beside ipv6 local,remote: idle" "$OUT" "'ipv6cp-use-remotenumber' does nothing here: the ipv6 line on line 3"
put v6remnum2 'remotenumber 5551234\nipv6cp-use-remotenumber\nipv6 ::1,\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/v6remnum2"
t_lacks "ipv6cp-use-remotenumber beside ipv6 local only: not idle" "$OUT" "[no-effect]"

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
