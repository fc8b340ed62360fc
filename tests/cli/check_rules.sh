#!/bin/sh
# tests/cli/check_rules.sh - `pppconf check` on Linux, one rule a block: the "did you mean" rules, old spellings, and names and plugins a pppd release has or lacks.
. "$(dirname "$0")/../lib.sh"

# As in tests/cli/check.sh: ordinary modes, and one file read alone.
put() { printf "$2" > "$T_TMP/$1"; chmod 644 "$T_TMP/$1"; }
run() { OUT=$("$PPPCONF" check --only "$@" 2>&1); RC=$?; }

# a number after a command value is most likely the command's own
# argument: the fix offers the quotes before moving it to a line of its own
OUT=$(printf 'connect /usr/local/bin/dial 115200\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "connect's stray word: quotes offered" "$OUT" "If it belongs to the command, put the whole command line in quotes"

# the other close names end with a full stop, and one the Linux pppd
# reading the file may not have is marked
OUT=$(printf 'ipcp-max-failuer 3\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "a removed name among the others is marked" "$OUT" "Other close names: 'ipxcp-max-failure' (only Linux pppd before 2.5.0)."
OUT=$(printf 'eap-timeot\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "the list ends before the next sentence" "$OUT" "Other close names: 'pap-timeout'. 'eap-timeout' takes a value"
# a name two edits farther than the best is no alternative to it
OUT=$(printf 'netdown-script x\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "netdown-script: not ip-down-script too" "$OUT" "ip-down-script"
# a sign and one letter: the names it starts come first, and nothing is
# written in for so short a word
OUT=$(printf -- '-a\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "-a: the names it starts" "$OUT" "Did you mean '-ac'?"
OUT=$(printf -- '-m\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "-m: named" "$OUT" "A word this short could be many names"
t_lacks "-m: not written in" "$OUT" "write instead"
# a plugin word after a plugin line this release cannot load names the
# plugin as that line writes it: 2.5.3 has pppoe.so, not rp-pppoe.so
put rppoesvc 'plugin rp-pppoe.so\nrp_pppoe_service foo\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/rppoesvc"
t_contains "rp_pppoe_service after a refused rp-pppoe.so: that plugin named" "$OUT" "'rp_pppoe_service' belongs to the plugin rp-pppoe.so, which pppd cannot load (line 1)"
t_lacks "rp_pppoe_service after a refused rp-pppoe.so: pppoe.so not called unloadable" "$OUT" "plugin pppoe.so, which pppd cannot load"
# and renaming that line is the fix: pppoe.so knows the old spelling
# (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:79), so the word need not go
t_contains "rp_pppoe_service after a refused rp-pppoe.so: renaming line 1 keeps it" "$OUT" "once that line names pppoe.so, as said there, pppd knows this word too"
t_lacks "rp_pppoe_service after a refused rp-pppoe.so: not told to remove both" "$OUT" "remove both"
# host-uniq written as 512 pairs of hex digits: pppd keeps 1023 bytes of
# the word, so the value fails; the message speaks of the cut, not of a
# value that is not pairs, and names the releases whose log line it quotes
put hulong "plugin pppoe.so\nhost-uniq $(printf '%01024d' 0)\n"
run --platform linux "$T_TMP/hulong"
t_contains "host-uniq over 1023 bytes: the cut is the reason" "$OUT" "is 1023 bytes long or longer"
t_lacks "host-uniq over 1023 bytes: not called not pairs" "$OUT" "not one or more pairs"
t_contains "host-uniq: the releases of the quoted log line" "$OUT" "Linux pppd 2.4.9 and 2.5.3 log"
# a radrealms.so word with no plugin line: radrealms.so cannot be loaded
# without radius.so before it, so both lines are written in, radius.so first;
# with radius.so already loaded, only radrealms.so's line
put realmsnoplug 'realms-config-file /etc/x\n'
run --platform linux "$T_TMP/realmsnoplug"
t_contains "realms-config-file alone: radius.so written first" "$OUT" "write instead: plugin radius.so\\nplugin radrealms.so\\nrealms-config-file /etc/x"
put realmsrad 'plugin radius.so\nrealms-config-file /etc/x\n'
run --platform linux "$T_TMP/realmsrad"
t_contains "realms-config-file after radius.so: only radrealms.so written" "$OUT" "write instead: plugin radrealms.so\\nrealms-config-file /etc/x"
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
# Apple's require-chapms: a tie names what it is here; a sign put before
# it gives no guess; its '-' left out is still a require
OUT=$(printf 'require-chapm\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "require-chapm: the alias named as require-mschap" "$OUT" "(macOS's pppd's name for 'require-mschap')"
OUT=$(printf '+require-chapms\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "+require-chapms: no guess" "$OUT" "write instead"
OUT=$(printf 'requirechapms\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "requirechapms: require-chapms" "$OUT" "write instead: require-chapms"
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
# ip-up on Linux with no value: ip-up-script alone would be refused too, so
# the other platform's name is named but not written in
put ipupbare 'ip-up\n'
run --platform linux "$T_TMP/ipupbare"
t_contains "ip-up without a value on Linux: named" "$OUT" "Write 'ip-up-script', Linux's name for it"
t_lacks "ip-up without a value on Linux: not written in" "$OUT" "write instead: ip-up-script"
put anumstar 'allow-number 5551234\nallow-number *\n'
run --platform macos "$T_TMP/anumstar"
t_lacks "allow-number * lets the empty number in" "$OUT" "This file lists allow-number entries"
# an old-name plugin line picks the old-name rows: 2.4.8 with rp-pppoe.so is not
# said to lack pppoe-mac (the pinned sources cannot show that), but still lacks
# the names 2.4.9 brought (pppoe-service)
OUT=$(printf 'plugin rp-pppoe.so\neth0\npppoe-mac 00:11:22:33:44:55\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.8 - 2>&1)
t_lacks "rp-pppoe.so 2.4.8: pppoe-mac not refused" "$OUT" "[not-in-release]"
OUT=$(printf 'plugin rp-pppoe.so\neth0\npppoe-service x\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.8 - 2>&1)
t_contains "rp-pppoe.so 2.4.8: pppoe-service refused" "$OUT" "[not-in-release]"
# passprompt.so left Linux pppd in 2.5.2 (linux-ppp-2.5.3/README:134): the
# plugin line itself fails there, not only promptprog after it
put gonepl 'plugin passprompt.so\n'
run --platform linux "$T_TMP/gonepl"
t_contains "plugin: passprompt.so is gone since 2.5.2" "$OUT" "gonepl:1: warning: The plugin passprompt.so is gone from Linux pppd since 2.5.2"
run --platform linux --pppd-version 2.5.3 "$T_TMP/gonepl"
t_contains "plugin: 2.5.3 cannot load passprompt.so" "$OUT" "gonepl:1: error: Linux pppd 2.5.3 has no plugin passprompt.so"
run --platform linux --pppd-version 2.4.9 "$T_TMP/gonepl"
t_lacks "plugin: 2.4.9 still has passprompt.so" "$OUT" "gonepl:1:"

# /etc/ppp/options.<interface> is read after the interface word: 2.4.9's
# pppoe.so has copied pppoe-verbose by then (plugin.c:131, :390, :322)
R="$T_TMP/ifroot"; mkdir -p "$R/etc/ppp/peers"
put ifroot/etc/ppp/options 'plugin pppoe.so\n'
put ifroot/etc/ppp/peers/dsl 'nic-eth0\n'
put ifroot/etc/ppp/options.eth0 'pppoe-verbose 1\nmtu 1400\n'
OUT=$("$PPPCONF" check --platform linux --pppd-version 2.4.9 --root "$R" --args "call dsl" 2>&1)
t_contains "options.<interface>: pppoe-verbose there unused in 2.4.9" "$OUT" "options.eth0:1: warning: 'pppoe-verbose' is in the file pppoe.so reads once pppd has read its options, after the interface word."
t_lacks "options.<interface>: mtu there is used" "$OUT" "options.eth0:2: warning"
OUT=$("$PPPCONF" check --platform linux --pppd-version 2.5.3 --root "$R" --args "call dsl" 2>&1)
t_lacks "options.<interface>: 2.5.3 reads it after all options" "$OUT" "set-after-interface"

# maxoctets: a value read as 0 lifts the limit, and the fix says so
put mo08 'maxoctets 08\nmo 4294967296\n'
run --platform linux "$T_TMP/mo08"
t_contains "maxoctets 08: read as 0 is no limit" "$OUT" "mo08:1: warning: maxoctets: '08' is read as 0"
t_contains "maxoctets 08: the fix names no limit" "$OUT" "a value read as 0 means no limit."
t_contains "mo 4294967296: the fix too" "$OUT" "mo08:2: warning: mo:"

# bsdcomp/deflate read each number with strtol base 0: a refused value
# with a leading 0 names the octal number pppd read (010 is 8, not 10)
OUT=$(printf 'bsdcomp 12,010\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "bsdcomp 12,010: the octal reading named" "$OUT" "'010' starts with 0, so pppd reads it as an octal number: 8."
OUT=$(printf 'bsdcomp 8\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "bsdcomp 8: no octal note" "$OUT" "octal"
# ...and an accepted one warns that it is not the number it looks like
OUT=$(printf 'bsdcomp 12,012\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "bsdcomp 12,012: kept as 10" "$OUT" "warning: bsdcomp: '012' starts with 0, so pppd reads it as an octal number: 10."
# ms-dns/ms-wins read the value with inet_addr: a short or octal form names
# another address (010.1.1.1 is 8.1.1.1); a lone 0 (no server) and leading
# zeros that change nothing are left alone
OUT=$(printf 'ms-dns 010.1.1.1\nms-wins 10.1\nms-dns 0\nms-dns 192.168.001.1\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "ms-dns 010.1.1.1: read as 8.1.1.1" "$OUT" "'010.1.1.1' is read by pppd as 8.1.1.1"
t_contains "ms-wins 10.1: read as 10.0.0.1" "$OUT" "'10.1' is read by pppd as 10.0.0.1"
t_lacks "ms-dns 0: no warning" "$OUT" "'0' is read by pppd"
t_lacks "ms-dns 192.168.001.1: no warning" "$OUT" "'192.168.001.1' is read"
# ipv6cp-use-remotenumber takes no identifier from a number with dashes
# or spaces, or from 0; a number in digits alone gives one
OUT=$(printf 'ipv6cp-use-remotenumber\nremotenumber 555-1234\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "use-remotenumber: a dashed number gives no identifier" "$OUT" "'ipv6cp-use-remotenumber' does nothing here: pppd reads the remotenumber on line 2, '555-1234'"
OUT=$(printf 'ipv6cp-use-remotenumber\nremotenumber +000\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "use-remotenumber: 0 gives no identifier" "$OUT" "'ipv6cp-use-remotenumber' does nothing here"
OUT=$(printf 'ipv6cp-use-remotenumber\nremotenumber +4915112345\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "use-remotenumber: digits alone give one" "$OUT" "does nothing here"

# a word that needs a number other than 0 from another word, given in
# another file pppd reads: the note on it is dropped, but not when the
# value in effect is 0 (check_needs.c, config_end.c)
R="$T_TMP/echoroot"; mkdir -p "$R/etc/ppp/peers"
put echoroot/etc/ppp/options 'lcp-echo-interval 30\n'
put echoroot/etc/ppp/peers/isp 'lcp-echo-failure 4\n'
OUT=$("$PPPCONF" check --platform linux --root "$R" --args "call isp" 2>&1)
t_lacks "lcp-echo-failure: the interval from /etc/ppp/options counts" "$OUT" "'lcp-echo-failure' does nothing unless"
put echoroot/etc/ppp/peers/isp 'lcp-echo-failure 4\nlcp-echo-interval 0\n'
OUT=$("$PPPCONF" check --platform linux --root "$R" --args "call isp" 2>&1)
t_contains "lcp-echo-failure: an interval of 0 read last still noted" "$OUT" "'lcp-echo-failure' does nothing unless"
# a bare number after a plugin took the link over: the serial line's speed
# matcher went with the serial line (linux-ppp-2.5.3/pppd/tty.c:173,
# options.c:789), so it is named as a serial-line word, not guessed at as an
# address
OUT=$(printf 'plugin L2TP.ppp\n115200\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "speed after L2TP.ppp: the serial line is gone" "$OUT" "'115200' is a serial-line option, but the plugin L2TP.ppp has replaced the serial line"
t_lacks "speed after L2TP.ppp: no address hint" "$OUT" "An IPv4 address is written with a colon"
OUT=$(printf 'plugin pppoe.so\neth0\n0x1C200\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "speed after pppoe.so's interface: the serial line is gone" "$OUT" "'0x1C200' is a serial-line option, but the plugin pppoe.so has replaced the serial line"
# a word taken from the next line that pppd refuses as the value (the
# interface word after pppoe-padi-timeout) is not joined to it
OUT=$(printf 'plugin pppoe.so\npppoe-padi-timeout\neth0\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "pppoe-padi-timeout then eth0: the value is said to be missing" "$OUT" "joining the lines would not help"
t_lacks "pppoe-padi-timeout then eth0: not joined" "$OUT" "write instead: pppoe-padi-timeout eth0"
# a serial-line word after pppoe.so's interface word: the link was taken
# there, not at the plugin line, so the fix names both lines
OUT=$(printf 'plugin pppoe.so\neth0\ncrtscts\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "crtscts after eth0: the interface line is named" "$OUT" "remove the 'plugin pppoe.so' line and line 2 ('eth0'), where pppoe.so takes the link: moved above line 2"
# Apple's PPPoE names have Linux counterparts in pppoe.so: written in once
# the plugin is loaded, named (not written) before
OUT=$(printf 'plugin pppoe.so\npppoeservicename isp\neth0\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "pppoeservicename after pppoe.so: pppoe-service written in" "$OUT" "write instead: pppoe-service isp"
OUT=$(printf 'pppoeacname ac1\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "pppoeacname with no plugin: pppoe-ac named" "$OUT" "Linux's name for it is 'pppoe-ac', a word of the plugin pppoe.so"
t_lacks "pppoeacname with no plugin: nothing written" "$OUT" "write instead"
# a number too wide for pppd's int is -1 on a 32-bit system: below a
# working range's low end (fsm timers: at least 1 second), so said
put ipcpwide 'ipcp-restart 99999999999\n'
run --platform linux "$T_TMP/ipcpwide"
t_contains "ipcp-restart 2^36: 32-bit -1 not working" "$OUT" "on a 32-bit one as -1, which is below 1, so not a working setting there"
# require-mppe with MS-CHAPv2 and EAP refused: a release from 2.5 keeps
# only the 40-bit choice (C99 bool), which an MS-CHAP v1 login takes out,
# so for --pppd-version 2.5.3 the link is said to end; 2.4.9 keeps 128-bit
put mppev1 'require-mppe\nrefuse-mschap-v2\nrefuse-eap\n'
run --platform linux --pppd-version 2.5.3 "$T_TMP/mppev1"
t_contains "require-mppe, v1 only, 2.5.3: the link ends" "$OUT" "leaves this side only MS-CHAP v1 of the logins that give MPPE keys"
run --platform linux --pppd-version 2.4.9 "$T_TMP/mppev1"
t_lacks "require-mppe, v1 only, 2.4.9: 128-bit left, nothing said" "$OUT" "leaves this side only MS-CHAP v1"
# a word after a file name may be the rest of a name with a space in it:
# the quotes are offered, and nothing is written in
OUT=$(printf 'logfile /var/log/my ppp.log\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "logfile with a space: quotes offered" "$OUT" "put the whole name in quotes"
t_lacks "logfile with a space: nothing written" "$OUT" "write instead"
# a plugin word above its own plugin line: the line is moved, not written twice
OUT=$(printf 'pppoe-verbose 1\nplugin pppoe.so\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "plugin line below its word: moved" "$OUT" "Move the 'plugin pppoe.so' line on line 2 above line 1"
t_lacks "plugin line below its word: no second line written" "$OUT" "write instead: plugin pppoe.so"
# stop-bits came in Linux pppd 2.4.7 (linux-ppp-2.4.9/README:134): a pppd
# named as older does not know it, 2.4.7 and later do
put stopbits 'stop-bits 2\n'
run --platform linux --pppd-version 2.4.6 "$T_TMP/stopbits"
t_contains "stop-bits for 2.4.6: refused" "$OUT" "[not-in-release]"
run --platform linux --pppd-version 2.4.7 "$T_TMP/stopbits"
t_lacks "stop-bits for 2.4.7: known" "$OUT" "[not-in-release]"
# local with pty, notty or socket: pppd turns the modem lines off itself
# (linux-ppp-2.5.3/pppd/tty.c:526), so local asks for nothing more
OUT=$(printf 'pty "cat"\nlocal\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "local with pty: does nothing" "$OUT" "'local' is accepted but does nothing here: with 'pty' on line 1"
OUT=$(printf 'notty\nlocal\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "local with notty on a Mac: does nothing" "$OUT" "'local' is accepted but does nothing here: with 'notty' on line 1"
OUT=$(printf 'local\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "local alone: used" "$OUT" "does nothing here"
# defaultroute-metric beside -defaultroute: adding defaultroute cannot help,
# pppd refuses it after that line (linux-ppp-2.5.3/pppd/ipcp.c:199-201)
OUT=$(printf -- '-defaultroute\ndefaultroute-metric 5\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "defaultroute-metric after -defaultroute: that line named" "$OUT" "line 1 turns defaultroute off"
t_lacks "defaultroute-metric after -defaultroute: not told to add defaultroute" "$OUT" "Add defaultroute"
# IPv6 turned off by the short form: the note names the word the file has
# (-ipv6 is noipv6's alias, linux-ppp-2.5.3/pppd/ipv6cp.c:246-247)
OUT=$(printf -- '-ipv6\nipv6cp-accept-local\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "-ipv6 then an IPv6CP word: -ipv6 named" "$OUT" "(noipv6 or -ipv6 comes after any +ipv6 or ipv6 line"
t_done
