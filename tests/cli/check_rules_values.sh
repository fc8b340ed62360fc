#!/bin/sh
# tests/cli/check_rules_values.sh - `pppconf check` on Linux, one rule a block: values pppd takes or refuses (empty, out of range, too long for its buffer, cut at a space).
. "$(dirname "$0")/../lib.sh"

# As in tests/cli/check.sh: ordinary modes, and one file read alone.
put() { printf "$2" > "$T_TMP/$1"; chmod 644 "$T_TMP/$1"; }
run() { OUT=$("$PPPCONF" check --only "$@" 2>&1); RC=$?; }

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
t_contains "empty remotename: the PAP decision too" "$OUT" "the pap-secrets search that decides whether to ask for PAP"
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
# eap-restart 0 or less: Apple's pppd sends every identity request at once
# and fails the login (warn); Linux pppd just stops resending (no warning)
put eapzero 'eap-restart 0\n'
run --platform macos "$T_TMP/eapzero"
t_contains "eap-restart 0 on macOS: warned" "$OUT" "eapzero:1: warning: eap-restart: '0' is below 1"
run --platform linux "$T_TMP/eapzero"
t_lacks "eap-restart 0 on Linux: no warning" "$OUT" "eapzero:1: warning"
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
# past 32 bits a 32-bit pppd reads -1, and the plugin's check of it fails
put l2fdbig 'plugin pppol2tp.so\npppol2tp 4294967296\n'
run --platform linux "$T_TMP/l2fdbig"
t_contains "pppol2tp 4294967296: -1 on a 32-bit system stops pppd" "$OUT" "l2fdbig:2: warning: pppol2tp: '4294967296' does not fit pppd's number: on a 64-bit system it is read as 0, on a 32-bit one as -1. On a 32-bit system that -1 is no descriptor"
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

# mo-timeout: pppd adds 1 to the number, an int sum that overflows at the
# largest int (linux-ppp-2.5.3/pppd/options.c:416, :899)
put motmax 'mo-timeout 2147483647\n'
run --platform linux "$T_TMP/motmax"
t_contains "mo-timeout 2147483647: the overflow said" "$OUT" "mo-timeout: '2147483647' is the largest number pppd can hold"
put motmax1 'mo-timeout 2147483646\n'
run --platform linux "$T_TMP/motmax1"
t_lacks "mo-timeout 2147483646: no such warning" "$OUT" "largest number pppd can hold"

# a script value with a space: no shell splits off an argument, so pppd
# looks for a file of that whole name and, finding none, skips it silently
put scrsp 'ip-down-script "/etc/ppp/ip-down --x"\n'
run --platform linux "$T_TMP/scrsp"
t_contains "ip-down-script with a space: whole value is the path" "$OUT" "scrsp:1: warning: 'ip-down-script' names '/etc/ppp/ip-down --x', with a space in it"
put scrspm 'ip-down "/etc/ppp/ip-down --x"\n'
run --platform macos "$T_TMP/scrspm"
t_contains "Apple's ip-down with a space: said too" "$OUT" "scrspm:1: warning: 'ip-down' names '/etc/ppp/ip-down --x', with a space in it"
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
# plugin2 "" on a Mac: the plug-in folder itself is no bundle, and a failed
# plugin2 load is an option error (Apple's sys-MacOSX.c:3441, options.c:1827)
put emptyplugin2 'plugin2 ""\n'
run --platform macos "$T_TMP/emptyplugin2"
t_contains "empty plugin2 on a Mac refused" "$OUT" "emptyplugin2:1: error: Bad value for plugin2: the name is empty"
t_done
