#!/bin/sh
# tests/cli/check_rules_macos.sh - `pppconf check --platform macos`, one rule a block: what Apple's pppd, its plugins and PPPController take, refuse or undo.
. "$(dirname "$0")/../lib.sh"

# As in tests/cli/check.sh: ordinary modes, and one file read alone.
put() { printf "$2" > "$T_TMP/$1"; chmod 644 "$T_TMP/$1"; }
run() { OUT=$("$PPPCONF" check --only "$@" 2>&1); RC=$?; }
# An empty IPsec key is no key to Apple's L2TP plugin: connecting out with
# no IPsec section it stops with L2TP Error 7 (L2TP-plugin/main.c:1545-1547).
# a cap below 4 is not taken quietly: the L2TP plugin logs an error and
# puts its default in (Apple's L2TP-plugin/main.c:337-339)
put l2tpcap 'plugin L2TP.ppp\nl2tptimeoutcap 3\n'
run --platform macos "$T_TMP/l2tpcap"
t_contains "l2tptimeoutcap 3: the error in the log said" "$OUT" "logs an error and uses the default instead"
t_lacks "l2tptimeoutcap 3: not called quiet" "$OUT" "quietly"
# a retry timeout above the cap sets only the first wait: the L2TP
# extension cuts every later one to the cap (Apple's full source,
# L2TP-extension/l2tp_rfc.c); the cap is 4 unless set, and one on a later
# line counts too
put l2tpwait 'plugin L2TP.ppp\nl2tpretrytimeout 8\n'
run --platform macos "$T_TMP/l2tpwait"
t_contains "l2tpretrytimeout 8, no cap: only the first wait" "$OUT" "this file sets no cap, so unless another file does it is 4 seconds"
put l2tpwaitcap 'plugin L2TP.ppp\nl2tpretrytimeout 8\nl2tptimeoutcap 5\n'
run --platform macos "$T_TMP/l2tpwaitcap"
t_contains "l2tpretrytimeout 8, cap 5 later: the cap's line named" "$OUT" "with the cap of 5 on line 3"
put l2tpwaitok 'plugin L2TP.ppp\nl2tpretrytimeout 8\nl2tptimeoutcap 8\n'
run --platform macos "$T_TMP/l2tpwaitok"
t_lacks "l2tpretrytimeout 8, cap 8: nothing said" "$OUT" "above l2tptimeoutcap"
put l2tpwait4 'plugin L2TP.ppp\nl2tpretrytimeout 4\n'
run --platform macos "$T_TMP/l2tpwait4"
t_lacks "l2tpretrytimeout 4, default cap: nothing said" "$OUT" "above l2tptimeoutcap"
# a cap below 4 is put back to the default of 4 (L2TP-plugin/main.c:337-339),
# so a retry timeout above 4 is still above the cap
put l2tpwaitlow 'plugin L2TP.ppp\nl2tptimeoutcap 2\nl2tpretrytimeout 6\n'
run --platform macos "$T_TMP/l2tpwaitlow"
t_contains "l2tpretrytimeout 6, cap 2 put back to 4" "$OUT" "the cap on line 2 is below 4, so the plugin puts back its default of 4 seconds"
put l2tpwaitlowok 'plugin L2TP.ppp\nl2tptimeoutcap 2\nl2tpretrytimeout 4\n'
run --platform macos "$T_TMP/l2tpwaitlowok"
t_lacks "l2tpretrytimeout 4, cap 2 put back to 4: nothing said" "$OUT" "above l2tptimeoutcap"
# a word the L2TP plugin accepts but never reads (L2TP-plugin/main.c:2460,
# every l2tp_reset_timers call passes 0): without its plugin line the fix
# is to delete it, not to load the plugin for it
put l2tpconnret 'l2tpconnectretries 3\n'
run --platform macos "$T_TMP/l2tpconnret"
t_contains "l2tpconnectretries without plugin: remove it" "$OUT" "Remove it: even where L2TP.ppp is loaded"
t_lacks "l2tpconnectretries without plugin: no plugin line written" "$OUT" "write instead: plugin L2TP.ppp"
mkdir -p "$T_TMP/nooproot/etc/ppp/peers"
printf 'l2tpconnectretries 3\n' > "$T_TMP/nooproot/etc/ppp/peers/VPN"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/nooproot" check "$T_TMP/nooproot/etc/ppp/peers/VPN" 2>&1)
t_contains "l2tpconnectretries in a peers file: not said to be refused outright" "$OUT" "When PPPController starts the service this file is named after"
# ... but where the service loaded L2TP.ppp it does nothing, so the fix
# deletes it rather than keeping it for such a service
t_contains "l2tpconnectretries in a peers file: remove it" "$OUT" "fix: Remove it: even where L2TP.ppp is loaded"
t_lacks "l2tpconnectretries in a peers file: not kept for an L2TP service" "$OUT" "Keep it only in the file of a service"
printf 'l2tpconnectretries 3\n' > "$T_TMP/nooproot/etc/ppp/postoptions"
rm -f "$T_TMP/nooproot/etc/ppp/peers/VPN"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/nooproot" check "$T_TMP/nooproot/etc/ppp/postoptions" 2>&1)
t_contains "l2tpconnectretries in postoptions: read after the controller" "$OUT" "pppd reads this file after its command line and PPPController's options"
t_contains "l2tpconnectretries in postoptions: remove it" "$OUT" "fix: Remove it: even where L2TP.ppp is loaded"
t_lacks "l2tpconnectretries in postoptions: not moved to a peers file" "$OUT" "Put it in /etc/ppp/peers/<exact service name>"
# the modem plugin hands modemsound and the like on only with a modem
# script (Apple's PPPSerial-plugin/main.c:356, :418, :472)
put modemset 'plugin PPPSerial.ppp\nnomodemreliable\n'
run --platform macos "$T_TMP/modemset"
t_contains "nomodemreliable without modemscript: does nothing" "$OUT" "'nomodemreliable' is accepted but does nothing without a modem script"
put modemset2 'plugin PPPSerial.ppp\nmodemscript Foo\nnomodemreliable\n'
run --platform macos "$T_TMP/modemset2"
t_lacks "nomodemreliable with modemscript: no such note" "$OUT" "does nothing without a modem script"
# the plugin reads modemscript in its connect step, after every option,
# so a modemscript line below the word counts too
put modemset3 'plugin PPPSerial.ppp\nnomodemsound\nmodemscript Foo\n'
run --platform macos "$T_TMP/modemset3"
t_lacks "nomodemsound above modemscript: no such note" "$OUT" "does nothing without a modem script"
# modemdialmode outside 0 to 2 is handed on as 0's dial mode, waiting for
# the dial tone (Apple's PPPSerial-plugin/main.c:492); pppd takes any int
put dialmode3 'plugin PPPSerial.ppp\nmodemscript Foo\nmodemdialmode 3\n'
run --platform macos "$T_TMP/dialmode3"
t_contains "modemdialmode 3: taken as 0" "$OUT" "modemdialmode: '3' is not 0, 1 or 2: the PPPSerial plugin then hands the modem script the same dial mode as for 0"
put dialmodeneg 'plugin PPPSerial.ppp\nmodemscript Foo\nmodemdialmode -1\n'
run --platform macos "$T_TMP/dialmodeneg"
t_contains "modemdialmode -1: taken as 0" "$OUT" "modemdialmode: '-1' is not 0, 1 or 2"
put dialmode2 'plugin PPPSerial.ppp\nmodemscript Foo\nmodemdialmode 2\n'
run --platform macos "$T_TMP/dialmode2"
t_lacks "modemdialmode 2: no such warning" "$OUT" "is not 0, 1 or 2"
# busycode 0 is also what a connect step that worked reports, so a
# redial then drops the working link (Apple's Helpers/pppd/main.c:683)
put busy0 'busycode 0\nredialcount 3\n'
run --platform macos "$T_TMP/busy0"
t_contains "busycode 0: a working connection is dropped" "$OUT" "busycode: '0' is also the code of a connect step that worked"
t_contains "busycode 0: the fix names the busy code, not a plainer spelling" "$OUT" "fix: Write the code the connect command exits with when the line is busy, or remove the line."
put busy5 'busycode 5\nredialcount 3\n'
run --platform macos "$T_TMP/busy5"
t_lacks "busycode 5: no such warning" "$OUT" "connect step that worked"
# l2tprecvtimeout 0 reads without waiting and below -1 waits a negative
# time: each reply counts as missing (Apple's L2TP-plugin/l2tp.c:1459, :281);
# what the system does with a negative time is not in the pinned source
put l2rt0 'plugin L2TP.ppp\nl2tprecvtimeout 0\n'
run --platform macos "$T_TMP/l2rt0"
t_contains "l2tprecvtimeout 0: every attempt fails at once" "$OUT" "l2tprecvtimeout: '0' leaves the L2TP plugin no time to wait"
t_contains "l2tprecvtimeout 0: the fix names -1 and the default" "$OUT" "fix: Write the number of seconds to wait for each reply, -1 for no limit"
put l2rtm5 'plugin L2TP.ppp\nl2tprecvtimeout -5\n'
run --platform macos "$T_TMP/l2rtm5"
t_contains "l2tprecvtimeout -5: every attempt fails at once" "$OUT" "l2tprecvtimeout: '-5' is a negative wait other than -1"
t_contains "l2tprecvtimeout -5: the system's side is not claimed as read" "$OUT" "the system's side is not in the source pppconf follows: not verified"
t_lacks "l2tprecvtimeout -5: not the text for 0" "$OUT" "no time to wait"
put l2rtbig 'plugin L2TP.ppp\nl2tprecvtimeout 4294967294\n'
run --platform macos "$T_TMP/l2rtbig"
t_contains "l2tprecvtimeout read as -2: the system's side is said to be unverified" "$OUT" "That is a negative wait other than -1"
# cdtrcts after a channel plugin: moving it above the plugin line does not
# help on a Mac, where pppd refuses DTR/CTS flow control whatever carries
# the link (Apple's sys-MacOSX.c:1086-1088, main.c:460-461)
put cdtrl2tp 'plugin L2TP.ppp\ncdtrcts\n'
run --platform macos "$T_TMP/cdtrl2tp"
t_contains "cdtrcts after L2TP.ppp: refused" "$OUT" "channel-replaced"
t_contains "cdtrcts after L2TP.ppp: moving it up still fails" "$OUT" "exit with status 2, as a Mac's pppd refuses DTR/CTS flow control"
t_lacks "cdtrcts after L2TP.ppp: not told pppd would take it" "$OUT" "connect through L2TP.ppp without it"
# PPTP.ppp is gone from current Macs: its plugin line logs and goes on
# (Helpers/pppd/options.c:1804-1809), so L2TP.ppp keeps the link and its
# words after that line are still known; no "undone by PPTP.ppp" either
put l2pptp 'plugin L2TP.ppp\nplugin PPTP.ppp\nl2tprecvtimeout 5\n'
run --platform macos "$T_TMP/l2pptp"
t_lacks "L2TP word after a gone PPTP.ppp: not refused" "$OUT" "channel-replaced"
t_lacks "L2TP.ppp not said to be undone by a gone PPTP.ppp" "$OUT" "undone by PPTP.ppp"
put l2pptpoe 'plugin L2TP.ppp\nplugin PPTP.ppp\nplugin PPPoE.ppp\nl2tprecvtimeout 5\n'
run --platform macos "$T_TMP/l2pptpoe"
t_contains "a later PPPoE.ppp still takes L2TP.ppp's link" "$OUT" "L2TP.ppp here is undone by PPPoE.ppp on line 3"
t_contains "and still refuses its words" "$OUT" "but PPPoE.ppp was loaded after it"
put l2pptptty 'plugin L2TP.ppp\nplugin PPTP.ppp\nescape 11\n'
run --platform macos "$T_TMP/l2pptptty"
t_contains "a serial word after L2TP.ppp and a gone PPTP.ppp: L2TP.ppp still holds the link" "$OUT" "but the plugin L2TP.ppp has replaced the serial line"
put l2rt0x 'plugin L2TP.ppp\nl2tprecvtimeout 0x\n'
run --platform macos "$T_TMP/l2rt0x"
t_contains "l2tprecvtimeout 0x: read as 0, no wait" "$OUT" "With that the L2TP plugin does not wait"
for v in -1 20; do
	put l2rtok "plugin L2TP.ppp\nl2tprecvtimeout $v\n"
	run --platform macos "$T_TMP/l2rtok"
	t_lacks "l2tprecvtimeout $v: no such warning" "$OUT" "no time to wait"
done
# l2tpwaitiftimeout is made four times as long on Wi-Fi by a shift into an
# int (Apple's L2TP-plugin/main.c:387): above 536870911 it no longer fits
put l2wbig 'plugin L2TP.ppp\nl2tpwaitiftimeout 536870912\n'
run --platform macos "$T_TMP/l2wbig"
t_contains "l2tpwaitiftimeout 536870912: too big on Wi-Fi" "$OUT" "l2tpwaitiftimeout: '536870912' is above 536870911: when the tunnel runs over Wi-Fi"
t_contains "l2tpwaitiftimeout 536870912: the fix names the range" "$OUT" "fix: Use a whole number from 1 to 536870911"
put l2wbigs 'plugin L2TP.ppp\nl2tpwaitiftimeout 600000000s\n'
run --platform macos "$T_TMP/l2wbigs"
t_contains "l2tpwaitiftimeout 600000000s: read as too big" "$OUT" "That is above 536870911"
t_lacks "l2tpwaitiftimeout 600000000s: no too-big number written in" "$OUT" "write instead: l2tpwaitiftimeout 600000000"
put l2wok 'plugin L2TP.ppp\nl2tpwaitiftimeout 536870911\n'
run --platform macos "$T_TMP/l2wok"
t_lacks "l2tpwaitiftimeout 536870911: no such warning" "$OUT" "above 536870911"
# a word too long for 32 bits keeps its low 32 on a 64-bit Mac: read as
# 1215752191, which is above 536870911 too
put l2wwide 'plugin L2TP.ppp\nl2tpwaitiftimeout 99999999999\n'
run --platform macos "$T_TMP/l2wwide"
t_contains "l2tpwaitiftimeout 99999999999: read as too big for Wi-Fi" "$OUT" "read as 1215752191, on a 32-bit one as -1. That is above 536870911"
# cancelcode is compared only with a failed command's exit code, 1 to 255
# (Apple's Helpers/pppd/tty.c:855, :860; main.c:2177): other values never match
put cancel0 'cancelcode 0\ncancelcode 256\ncancelcode -2\n'
run --platform macos "$T_TMP/cancel0"
t_contains "cancelcode 0: never matches" "$OUT" "cancel0:1: warning: cancelcode: '0' never matches"
t_contains "cancelcode 256: never matches" "$OUT" "cancel0:2: warning: cancelcode: '256' never matches"
t_contains "cancelcode -2: never matches" "$OUT" "cancel0:3: warning: cancelcode: '-2' never matches"
t_contains "cancelcode: the fix names the range" "$OUT" "fix: Write the code from 1 to 255"
# a channel plugin replaces the connect step that reads cancelcode, and the
# word stays known after the plugin line (Apple's options.c:404)
put cancelpl 'plugin L2TP.ppp\ncancelcode 5\n'
run --platform macos "$T_TMP/cancelpl"
t_contains "cancelcode after L2TP.ppp: does nothing" "$OUT" "cancelpl:2: note: 'cancelcode' is accepted but does nothing here"
# PPPSerial.ppp sets the code to 136 once every option is read, above or
# below its plugin line (PPPSerial-plugin/main.c:302)
put cancelser 'cancelcode 5\nplugin PPPSerial.ppp\n'
run --platform macos "$T_TMP/cancelser"
t_contains "cancelcode with PPPSerial.ppp: replaced by 136" "$OUT" "cancelser:1: note: 'cancelcode' is accepted but does nothing here: PPPSerial.ppp, loaded on line 2, sets the cancel code to 136"
put cancel1 'cancelcode -1\n'
run --platform macos "$T_TMP/cancel1"
t_lacks "cancelcode -1: the default, no warning" "$OUT" "never matches"
put cancel255 'cancelcode 255\n'
run --platform macos "$T_TMP/cancel255"
t_lacks "cancelcode 255: can match" "$OUT" "never matches"
# extraconnecttime: L2TP.ppp retries value/3 times (L2TP-plugin/main.c:350),
# so 1, 2 and negatives give none yet still replace busycode and the rest
put xct2 'extraconnecttime 2\n'
run --platform macos "$T_TMP/xct2"
t_contains "extraconnecttime 2: no retry" "$OUT" "xct2:1: warning: extraconnecttime: '2' gives no retry"
put xctneg 'extraconnecttime -3\n'
run --platform macos "$T_TMP/xctneg"
t_contains "extraconnecttime -3: no retry" "$OUT" "xctneg:1: warning: extraconnecttime: '-3' gives no retry"
put xct3 'extraconnecttime 3\n'
run --platform macos "$T_TMP/xct3"
t_lacks "extraconnecttime 3: one retry, no warning" "$OUT" "gives no retry"
put xct0 'extraconnecttime 0\n'
run --platform macos "$T_TMP/xct0"
t_lacks "extraconnecttime 0: off, no warning" "$OUT" "gives no retry"
# read as 0 from another spelling (strtoul stops at the 8): the same catch
put busy08 'busycode 08\nredialcount 3\n'
run --platform macos "$T_TMP/busy08"
t_contains "busycode 08: read as 0, and 0 drops a working connection" "$OUT" "As 0 it also matches a connect step that worked"
put busy12x 'busycode 12abc\nredialcount 3\n'
run --platform macos "$T_TMP/busy12x"
t_lacks "busycode 12abc: read as 12, no such sentence" "$OUT" "As 0 it also matches"
# retrylinkcheck counts its checks from the count plus one, an int sum
# that overflows at the largest int (Apple's Helpers/pppd/main.c:629)
put rlcmax 'retrylinkcheck 2147483647\n'
run --platform macos "$T_TMP/rlcmax"
t_contains "retrylinkcheck 2147483647: the overflow said" "$OUT" "retrylinkcheck: '2147483647' is the largest count pppd can hold"
put rlc10 'retrylinkcheck 2147483646\n'
run --platform macos "$T_TMP/rlc10"
t_lacks "retrylinkcheck 2147483646: no such warning" "$OUT" "largest count pppd can hold"
# the L2TP kernel extension doubles the cap into 16 bits of half-seconds
# (L2TP-extension/l2tp_rfc.c in Apple's full source), so 32768 wraps there
put l2tpcap2 'plugin L2TP.ppp\nl2tptimeoutcap 40000\n'
run --platform macos "$T_TMP/l2tpcap2"
t_contains "l2tptimeoutcap 40000: wraps in the extension" "$OUT" "doubles it into a 16-bit count of half-seconds, which keeps 14464 of them"
put l2tpcap3 'plugin L2TP.ppp\nl2tptimeoutcap 32767\n'
run --platform macos "$T_TMP/l2tpcap3"
t_lacks "l2tptimeoutcap 32767: no wrap" "$OUT" "half-seconds"
# a number that reaches the extension as 32768 or more by another road
# (16-bit cut, octal, digits after it) wraps there too
put l2tpcap4 'plugin L2TP.ppp\nl2tptimeoutcap 98304\n'
run --platform macos "$T_TMP/l2tpcap4"
t_contains "l2tptimeoutcap 98304: passes 32768, then wraps" "$OUT" "passes 32768. The L2TP kernel extension then doubles that into a 16-bit count of half-seconds, which keeps 0 of them"
put l2tpcap5 'plugin L2TP.ppp\nl2tptimeoutcap 0100000\n'
run --platform macos "$T_TMP/l2tpcap5"
t_contains "l2tptimeoutcap octal 32768: wraps" "$OUT" "octal number: 32768. The L2TP kernel extension then doubles"
put l2tpcap6 'plugin L2TP.ppp\nl2tptimeoutcap 98304x\n'
run --platform macos "$T_TMP/l2tpcap6"
t_contains "l2tptimeoutcap 98304x: 16 bits said" "$OUT" "The plugin then keeps 16 bits of it and passes 32768."
# on a 32-bit system a too-wide number is -1, below 4: the default is used
# (L2TP-plugin/main.c:337), not 65535 handed on
put l2tpcap7 'plugin L2TP.ppp\nl2tptimeoutcap 4294967300\n'
run --platform macos "$T_TMP/l2tpcap7"
t_contains "l2tptimeoutcap 2^32+4: 32-bit reading reset" "$OUT" "which is below 4, so pppd there logs an error and uses the default instead"
t_lacks "l2tptimeoutcap 2^32+4: no 65535" "$OUT" "65535 on a 32-bit"
put l2tpkey 'plugin L2TP.ppp\nl2tpipsecsharedsecret ""\n'
run --platform macos "$T_TMP/l2tpkey"
t_contains "empty l2tp key: Error 7" "$OUT" "l2tpipsecsharedsecret: the key is empty"
t_contains "empty l2tp key: the fix" "$OUT" "fix: Write the key, or remove the line."
t_lacks "empty l2tp key: not a length fix" "$OUT" "Shorten it"
put l2tpkey2 'plugin L2TP.ppp\nl2tpipsecsharedsecret k\n'
run --platform macos "$T_TMP/l2tpkey2"
t_lacks "a l2tp key: no empty-key warning" "$OUT" "the key is empty"
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
# An empty modemscript is not none either: PPPSerial.ppp takes it as set
# (PPPSerial-plugin/main.c:304) and puts it after its script folders (:445).
put modscr 'plugin PPPSerial.ppp\nmodemscript ""\n'
run --platform macos "$T_TMP/modscr"
t_contains "empty modemscript: warned" "$OUT" "modemscript: the name is empty"
put modscr2 'plugin PPPSerial.ppp\nmodemscript Hayes\n'
run --platform macos "$T_TMP/modscr2"
t_lacks "a modemscript: no empty-name warning" "$OUT" "the name is empty"
# terminalwindow makes PPPSerial.ppp put its own command where terminal's was
# (PPPSerial-plugin/main.c:318-320), so a terminal command beside it never runs.
put termwin 'plugin PPPSerial.ppp\nterminal "/bin/x"\nterminalwindow\n'
run --platform macos "$T_TMP/termwin"
t_contains "terminal beside terminalwindow: conflict" "$OUT" "termwin:2: warning: 'terminal' here contradicts 'terminalwindow' on line 3"
# Apple's Radius.ppp: a port past 16 bits wraps; no tries at all is no working setting
put radnum 'plugin Radius.ppp\nradius_primary_auth_port 70000\nradius_primary_auth_retries 0\nradius_secondary_auth_timeout -1\n'
run --platform macos "$T_TMP/radnum"
t_contains "radius port 70000 wraps" "$OUT" "radnum:2: warning: radius_primary_auth_port: '70000' does not fit the 16 bits the plugin hands on, so it passes 4464."
t_contains "radius retries 0 is no working setting" "$OUT" "radnum:3: warning: radius_primary_auth_retries: '0' is below 1; pppd takes it"
t_contains "radius secondary timeout -1 is no working setting" "$OUT" "radnum:4: warning: radius_secondary_auth_timeout: '-1' is below 0"
# Apple's PPPoE.ppp: a connect timer that is 0 in 16 bits makes every call fail
put pppoect 'plugin PPPoE.ppp\npppoeconnecttimer 131072\npppoeconnecttimer 65537\n'
run --platform macos "$T_TMP/pppoect"
t_contains "pppoeconnecttimer 131072 passes 0" "$OUT" "pppoect:2: warning: pppoeconnecttimer: '131072' does not fit the 16 bits the plugin hands on, so it passes 0, and then every outgoing PPPoE call fails within about a second"
t_contains "pppoeconnecttimer 65537 passes 1" "$OUT" "pppoect:3: warning: pppoeconnecttimer: '65537' does not fit the 16 bits the plugin hands on, so it passes 1."
# from a number wider than 32 bits: read as 0 it is skipped, 0 in 16 bits fails
put pppoewide 'plugin PPPoE.ppp\npppoeconnecttimer 4294967296\npppoeconnecttimer 4295032832\n'
run --platform macos "$T_TMP/pppoewide"
t_contains "pppoeconnecttimer 2^32 is read as 0 and not handed on" "$OUT" "The plugin skips a timer of 0, so the PPPoE kernel extension keeps its own value"
t_contains "pppoeconnecttimer 2^32+65536 passes 0 and fails" "$OUT" "read as 65536, on a 32-bit one as -1. The plugin then keeps 16 bits of it and passes 0, and then every outgoing PPPoE call fails"
put pppoewider 'plugin PPPoE.ppp\npppoeretrytimer 4295032832\n'
run --platform macos "$T_TMP/pppoewider"
t_contains "pppoeretrytimer 2^32+65536 passes 0, one resend" "$OUT" "read as 65536, on a 32-bit one as -1. The plugin then keeps 16 bits of it and passes 0, which is not the default: each discovery packet"
# and a retry timer that is 0 in 16 bits is not the default 0: one resend only
put pppoert 'plugin PPPoE.ppp\npppoeretrytimer 65536\npppoeretrytimer 0\n'
run --platform macos "$T_TMP/pppoert"
t_contains "pppoeretrytimer 65536 passes 0, not the default" "$OUT" "pppoert:2: warning: pppoeretrytimer: '65536' does not fit the 16 bits the plugin hands on, so it passes 0, which is not the default"
t_lacks "pppoeretrytimer 0 is the default" "$OUT" "pppoert:3: warning"
# a retry time not below the call's time (65 by default, 20 after a written 0) never resends
put pppoerc 'plugin PPPoE.ppp\npppoeretrytimer 65\n'
run --platform macos "$T_TMP/pppoerc"
t_contains "pppoeretrytimer 65 never resends" "$OUT" "pppoerc:2: note: pppoeretrytimer passes 65, which is not below the 65 seconds a PPPoE call is given here"
put pppoerc2 'plugin PPPoE.ppp\npppoeretrytimer 64\n'
run --platform macos "$T_TMP/pppoerc2"
t_lacks "pppoeretrytimer 64 resends once" "$OUT" "[needs-other]"
put pppoerc3 'plugin PPPoE.ppp\npppoeconnecttimer 0\npppoeretrytimer 20\n'
run --platform macos "$T_TMP/pppoerc3"
t_contains "connect time 0 keeps the extension's 20" "$OUT" "pppoerc3:3: note: pppoeretrytimer passes 20, which is not below the 20 seconds"
put pppoerc4 'plugin PPPoE.ppp\npppoeretrytimer 99999999999\n'
run --platform macos "$T_TMP/pppoerc4"
t_contains "a number past 32 bits: its low 16 bits count" "$OUT" "pppoerc4:2: note: pppoeretrytimer passes 59391, which is not below the 65 seconds"
# Apple's pppd: a negative pty-delay fails every attempt, a negative redialtimer waits for ever
put negwait 'pty-delay -1\nredialtimer -1\n'
run --platform macos "$T_TMP/negwait"
t_contains "pty-delay -1 is no working setting" "$OUT" "negwait:1: warning: pty-delay: '-1' is below 0"
t_contains "redialtimer -1 is no working setting" "$OUT" "negwait:2: warning: redialtimer: '-1' is below 0"
# PPPDialogs.ppp: a negative reminder asks at once, again and again
put remneg 'plugin PPPDialogs.ppp\nreminder -1\n'
run --platform macos "$T_TMP/remneg"
t_contains "reminder -1 is no working setting" "$OUT" "remneg:2: warning: reminder: '-1' is below 0"
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
# a CCP word PPPController's noccp takes away still serves Apple's VPN
# server, vpnd, which passes noccp only without MPPE; mppe-stateful's
# spellings only from postoptions, read after vpnd's mppe-stateless
mkdir -p "$T_TMP/ccpv/etc/ppp"
printf 'nomppe-stateless\ndeflate 15\n' >"$T_TMP/ccpv/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ccpv" check 2>&1)
t_contains "nomppe-stateless in options: vpnd reads it only from postoptions" "$OUT" "For Apple's VPN server, vpnd, put it in /etc/ppp/postoptions"
# vpnd with MPPE requires it (mppe-128/mppe-40), which drops every
# compression method (Helpers/pppd/ccp.c:670-674): no reason to keep deflate
t_contains "deflate in options: vpnd is no reason to keep it" "$OUT" "Apple's VPN server, vpnd, is no reason to keep it: it either turns CCP off or asks for MPPE"
t_lacks "deflate in options: not kept for vpnd with MPPE" "$OUT" "which turns CCP off only when its settings have no MPPE"
# predictor1 is not kept for a pppd started without PPPController: vpnd
# leaves it out, and Apple's README says its package has no Predictor
printf 'predictor1\n' >"$T_TMP/ccpv/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ccpv" check 2>&1)
t_contains "predictor1 in options: removed, not kept for vpnd" "$OUT" "fix: Remove it. Apple's VPN server, vpnd, is no reason to keep it"
t_lacks "predictor1 in options: not kept for vpnd" "$OUT" "which turns CCP off only when its settings have no MPPE"
printf 'nomppe-stateless\ndeflate 15\n' >"$T_TMP/ccpv/etc/ppp/options"
printf 'nomppe-stateless\n' >"$T_TMP/ccpv/etc/ppp/postoptions"
: >"$T_TMP/ccpv/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ccpv" check 2>&1)
t_contains "nomppe-stateless in postoptions: holds for vpnd" "$OUT" "postoptions:1: note: nomppe-stateless has no effect on a connection that PPPController starts"
t_lacks "nomppe-stateless in postoptions: not told to leave it for vpnd" "$OUT" "Leave it out unless you start pppd by hand"
# eapplugin with a folder name lacking .ppp: pppd adds nothing, PPPController
# adds .ppp, so it is not the bundle a service's settings name
mkdir -p "$T_TMP/eapn/etc/ppp"
printf 'eapplugin EAP-TLS\n' >"$T_TMP/eapn/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/eapn" check 2>&1)
t_contains "eapplugin without .ppp: not the settings' bundle" "$OUT" "eapplugin EAP-TLS in this file is not the bundle a service's settings name"
t_lacks "eapplugin without .ppp: not said to stop the service" "$OUT" "stops a service whose settings list the same"
printf 'eapplugin EAP-TLS.ppp\n' >"$T_TMP/eapn/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/eapn" check 2>&1)
t_contains "eapplugin with .ppp: stops a service listing it" "$OUT" "stops a service whose settings list the same"
# an empty eapplugin value leaves only the plug-in folder as the path, a
# name no service's list passes (each gets .ppp): not said to stop one
printf 'eapplugin ""\n' >"$T_TMP/eapn/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/eapn" check 2>&1)
t_contains "eapplugin empty: names no bundle" "$OUT" "eapplugin with an empty value names no bundle"
t_lacks "eapplugin empty: not said to stop a service" "$OUT" "stops a service whose settings list the same"
# eapplugin in a peers file or postoptions: PPPController's own eapplugin for
# the same bundle comes first, so this line is the second load and pppd stops
mkdir -p "$T_TMP/eapn/etc/ppp/peers"
: >"$T_TMP/eapn/etc/ppp/options"
printf 'eapplugin EAP-TLS.ppp\n' >"$T_TMP/eapn/etc/ppp/peers/VPN"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/eapn" --service VPN --service-type l2tp check 2>&1)
t_contains "eapplugin in a peers file: stops the service listing it" "$OUT" "VPN:1: warning: eapplugin in this file stops the service named exactly like this file"
rm -f "$T_TMP/eapn/etc/ppp/peers/VPN"
printf 'eapplugin EAP-TLS.ppp\n' >"$T_TMP/eapn/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/eapn" check 2>&1)
t_contains "eapplugin in postoptions: stops a service listing it" "$OUT" "postoptions:1: warning: eapplugin in this file stops a service whose settings list the same EAP plugin and include EAP among its login methods: PPPController passes eapplugin for that bundle before"
rm -f "$T_TMP/eapn/etc/ppp/postoptions"
# modemdict in a Mac's postoptions or peers file: PPPController may have
# loaded PPPSerial.ppp by then, so pppd may know the word; not "pppd says
# unrecognized option" for every pppd
mkdir -p "$T_TMP/md/etc/ppp/peers"
: >"$T_TMP/md/etc/ppp/options"
printf 'modemdict 10\n' >"$T_TMP/md/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/md" check 2>&1)
t_contains "modemdict in postoptions: known after PPPSerial.ppp" "$OUT" "postoptions:1: error: 'modemdict' belongs to the plugin PPPSerial.ppp, and no 'plugin PPPSerial.ppp' line comes before it here. pppd reads this file after PPPController's options"
t_lacks "modemdict in postoptions: not refused by every pppd" "$OUT" "so pppd says \"unrecognized option 'modemdict'\""
rm "$T_TMP/md/etc/ppp/postoptions"
printf 'modemdict 10\n' >"$T_TMP/md/etc/ppp/peers/Modem"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/md" check "$T_TMP/md/etc/ppp/peers/Modem" 2>&1)
t_contains "modemdict in a peers file: may crash" "$OUT" "may crash pppd"
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
# pppd keeps holdoff in an int: 4294967295 is -1, no wait and no exit
# (apple-ppp-1027.121.1/Helpers/pppd/options.c:1555, main.c:897)
put holdfirstwrap 'holdfirst\nholdoff 4294967295\n'
run --platform macos "$T_TMP/holdfirstwrap"
t_lacks "holdfirst with holdoff read as -1: no warning" "$OUT" "[exits]"
run --platform macos "$T_TMP/holdfirstonly"
t_contains "holdfirst alone: a holdoff from another file is named" "$OUT" "unless another file it reads sets holdoff"
# noidlerecv is looked at before noidlesend, and neither clears the other
# (Apple's Helpers/pppd/auth.c:1318-1323): with both, noidlesend does nothing
put idlepair 'noidlesend\nidle 60\nnoidlerecv\n'
run --platform macos "$T_TMP/idlepair"
t_contains "noidlesend then noidlerecv: noidlesend does nothing" "$OUT" "idlepair:1: warning: 'noidlesend' here does nothing: 'noidlerecv' on line 3 wins"
put idlepair2 'noidlerecv\nnoidlesend\n'
run --platform macos "$T_TMP/idlepair2"
t_contains "noidlerecv then noidlesend: noidlesend does nothing" "$OUT" "idlepair2:2: warning: 'noidlesend' here does nothing: 'noidlerecv' on line 1 wins"
put idleone 'idle 60\nnoidlesend\n'
run --platform macos "$T_TMP/idleone"
t_lacks "noidlesend alone: no such warning" "$OUT" "does nothing"
# noidleprompt: in Apple's full source only compiled-out code reads it
put noidleprompt 'plugin PPPDialogs.ppp\nnoidleprompt\n'
run --platform macos "$T_TMP/noidleprompt"
t_contains "noidleprompt macOS: no effect" "$OUT" "noidleprompt:2: note: 'noidleprompt' is accepted but does nothing in Apple's pppd"
# eapplugin in a Mac's /etc/ppp/options: PPPController passes eapplugin for
# each EAP plugin a service lists, and the same bundle twice stops pppd
mkdir -p "$T_TMP/eapc/etc/ppp"
printf 'eapplugin EAP-RSA.ppp\n' >"$T_TMP/eapc/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/eapc" check 2>&1)
t_contains "eapplugin in a Mac's options: the controller may load it again" "$OUT" "options:1: warning: eapplugin in this file stops a service whose settings list the same EAP plugin"
# acscp-max-configure in a Mac's /etc/ppp/options: PPPController passes
# noacsp after it unless the service turns ACSP on (ppp_manager.c:1171-1180)
mkdir -p "$T_TMP/acspc/etc/ppp"
printf 'acscp-max-configure 5\n' >"$T_TMP/acspc/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/acspc" check 2>&1)
t_contains "acscp-max-configure in a Mac's options: the controller's noacsp" "$OUT" "options:1: note: acscp-max-configure in this file does nothing for a service that PPPController starts unless"
printf 'noacsp\nacscp-max-configure 5\n' >"$T_TMP/acspc/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/acspc" check 2>&1)
t_lacks "acscp-max-configure after noacsp: only the needs note" "$OUT" "[controller-overrides]"
# idle in a Mac's /etc/ppp/options: a change of the service's settings while
# pppd runs makes PPPController pass idle again, 0 included (ppp_manager.c:1459)
mkdir -p "$T_TMP/idlec/etc/ppp"
printf 'idle 600\n' >"$T_TMP/idlec/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/idlec" check 2>&1)
t_contains "idle in a Mac's options: a settings change passes idle again" "$OUT" "PPPController then passes idle again with what the lookup gives, 0 (never) included"
# the test does not depend on the channel: a plugin loaded after it does not help
put cdtr3 'cdtrcts\nplugin L2TP.ppp\n'
run --platform macos "$T_TMP/cdtr3"
t_contains "cdtrcts before a channel plugin macOS refused" "$OUT" "cdtr3:1: error: On a Mac, once it has read every option, pppd refuses DTR/CTS"
put cdtr2 'cdtrcts\ncrtscts\n'
run --platform macos "$T_TMP/cdtr2"
t_lacks "cdtrcts then crtscts macOS" "$OUT" "[incompatible]"
# Apple's forcepty forgets a device given before it (tty.c:1530-1531), so
# pty after it is taken; a device after forcepty still meets pty
put forcepty 'cu.modem\nforcepty 1\npty "ssh host pppd"\n'
run --platform macos "$T_TMP/forcepty"
t_lacks "forcepty forgets the device before it" "$OUT" "[incompatible]"
put forcepty2 'forcepty 1\ncu.modem\npty "ssh host pppd"\n'
run --platform macos "$T_TMP/forcepty2"
t_contains "a device after forcepty meets pty" "$OUT" "[incompatible]"
# a second forcepty forgets the device between them: no repeat to delete
put forcepty3 'forcepty 1\ncu.modem\nforcepty 1\npty "ssh host pppd"\n'
run --platform macos "$T_TMP/forcepty3"
t_lacks "a second forcepty is no repeat" "$OUT" "[repeated]"
t_lacks "a second forcepty is no duplicate" "$OUT" "[duplicate]"
t_lacks "a second forcepty forgets the device" "$OUT" "[incompatible]"
# forcepty forgets connect, init and disconnect read before it (tty.c:1527-1529):
# those lines never run, so no "pppd runs this command" note for them
put forcepty4 'connect "chat -f /etc/ppp/dial"\nforcepty 1\npty "ssh host pppd"\ndisconnect hangup\n'
run --platform macos "$T_TMP/forcepty4"
t_contains "connect before forcepty never runs" "$OUT" "'connect' is accepted but never runs: forcepty on line 2"
t_lacks "connect before forcepty: no root-command note" "$OUT" "'connect' makes pppd run a command"
t_contains "disconnect after forcepty still runs" "$OUT" "'disconnect' makes pppd run a command"
# on a Mac the command runs as the user who asked PPPController, not as
# PPPController's root (ppp_manager.c:2150, main.c:2244): the note says so
put rootcmd 'connect "chat -f /etc/ppp/dial"\n'
run --platform macos "$T_TMP/rootcmd"
t_contains "Mac root-command note names the asking user" "$OUT" "'connect' makes pppd run a command as pppd's real user: when PPPController starts pppd, the user who asked"
t_lacks "Mac root-command note: not 'root, when root starts it'" "$OUT" "(root, when root starts it)"
run --platform linux "$T_TMP/rootcmd"
t_contains "Linux keeps the general root-command note" "$OUT" "(root, when root starts it)"
# terminal is run by pppd itself, the same way (Helpers/pppd/tty.c:965 with
# the ID -1); an empty one runs nothing (tty.c:957)
put rootterm 'terminal "/bin/login.sh"\n'
run --platform macos "$T_TMP/rootterm"
t_contains "Mac terminal: note names the asking user" "$OUT" "'terminal' makes pppd run a command as pppd's real user: when PPPController starts pppd, the user who asked"
t_lacks "Mac terminal: not 'root, when root starts it'" "$OUT" "(root, when root starts it)"
# terminal's value is hidden (tty.c:253 OPT_HIDE) and may hold a password:
# the note masks it, as explain says pppconf does
t_contains "Mac terminal: note masks the command" "$OUT" "by hand: ********"
t_lacks "Mac terminal: note does not show the command" "$OUT" "login.sh"
put emptyterm 'terminal ""\n'
run --platform macos "$T_TMP/emptyterm"
t_lacks "empty terminal runs nothing: no root-command note" "$OUT" "'terminal' makes pppd run a command"
# with a channel plugin after them the plugin's note is the one said
put forcepty5 'connect chat\nforcepty 1\nplugin L2TP.ppp\n'
run --platform macos "$T_TMP/forcepty5"
t_lacks "connect before forcepty and L2TP.ppp: one no-effect note" "$OUT" "move it below the forcepty line"
# terminalwindow with terminalscript: the window opens, the script never runs
put twscript 'plugin PPPSerial.ppp\nterminalwindow\nterminalscript /x.ccl\n'
run --platform macos "$T_TMP/twscript"
t_contains "terminalwindow + terminalscript: warned" "$OUT" "twscript:2: warning: 'terminalwindow' here contradicts 'terminalscript' on line 3"
# no-intercept-dhcp and intercept-dhcp set one unranked switch: the later line wins
put nointdhcp 'no-intercept-dhcp\nintercept-dhcp\n'
run --platform macos "$T_TMP/nointdhcp"
t_contains "no-intercept-dhcp then intercept-dhcp: undone" "$OUT" "nointdhcp:1: warning: 'no-intercept-dhcp' here is undone by 'intercept-dhcp' on line 2; pppd goes by the last one"
# PPTP.ppp is gone from current macOS: plugin warns, plugin2 stops, its words are refused for that reason
put pptpgone 'plugin PPTP.ppp\npptpmode connect\n'
run --platform macos "$T_TMP/pptpgone"
t_contains "plugin PPTP.ppp: not on a current Mac" "$OUT" "pptpgone:1: warning: PPTP.ppp is not on a current Mac"
t_contains "pptpmode: refused as the plugin is gone" "$OUT" "pptpgone:2: error: 'pptpmode' is an option of Apple's PPTP.ppp, which macOS no longer ships"
t_lacks "pptpmode: not blamed on a build switch" "$OUT" "build switch"
put pptpgone2 'plugin2 PPTP.ppp\n'
run --platform macos "$T_TMP/pptpgone2"
t_contains "plugin2 PPTP.ppp: pppd stops" "$OUT" "pptpgone2:1: error: PPTP.ppp is not on a current Mac"
# nomppe-stateful and its Apple spellings in a Mac's /etc/ppp/options: the
# controller's noccp leaves them nothing to act on, as for mppe-stateful
mkdir -p "$T_TMP/ms/etc/ppp"
printf '+mppe-stateless\nnomppe-stateful\nmppe-stateless\n' >"$T_TMP/ms/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ms" check 2>&1)
t_contains "+mppe-stateless under PPPController: no effect" "$OUT" "options:1: note: +mppe-stateless has no effect on a connection that PPPController starts"
t_contains "nomppe-stateful under PPPController: no effect" "$OUT" "options:2: note: nomppe-stateful has no effect on a connection that PPPController starts"
t_contains "mppe-stateless under PPPController: no effect" "$OUT" "options:3: note: mppe-stateless has no effect on a connection that PPPController starts"
# vpnd passes mppe-stateless itself whenever MPPE is on (vpnd/pppoptions.c:
# 522-524 in Apple's full source) and noccp otherwise: no reason to keep these
t_contains "nomppe-stateful in options: vpnd is no reason to keep it" "$OUT" "vpnd, is no reason to keep it: with MPPE on it passes mppe-stateless itself"
t_lacks "nomppe-stateful in options: not kept for vpnd" "$OUT" "which turns CCP off only when its settings have no MPPE"
# nomppe-40 and nomppe-128 (and -mppe-40, counted by its main name) under
# PPPController: with its noccp there is no MPPE whose sizes they could take out
mkdir -p "$T_TMP/mk/etc/ppp"
printf 'nomppe-128\n-mppe-40\n' >"$T_TMP/mk/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/mk" check 2>&1)
t_contains "nomppe-128 under PPPController: no effect" "$OUT" "options:1: note: nomppe-128 has no effect on a connection that PPPController starts"
t_contains "-mppe-40 under PPPController: no effect" "$OUT" "options:2: note: -mppe-40 has no effect on a connection that PPPController starts"
# for vpnd they only take out a size asked before them: vpnd's mppe-128 and
# mppe-40 come on the command line, after this file, so the fix is postoptions
t_contains "-mppe-40 in options: vpnd needs postoptions" "$OUT" "vpnd puts the key sizes its settings allow (mppe-128, mppe-40) on pppd's command line"
t_lacks "-mppe-40 in options: not kept for vpnd" "$OUT" "which turns CCP off only when its settings have no MPPE"
# the same for a file /etc/ppp/options names, also read before vpnd's options
printf 'file /etc/ppp/ccpmore\n' >"$T_TMP/mk/etc/ppp/options"
printf 'nomppe-40\n' >"$T_TMP/mk/etc/ppp/ccpmore"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/mk" check 2>&1)
t_contains "nomppe-40 in a file options names: vpnd needs postoptions" "$OUT" "vpnd puts the key sizes its settings allow (mppe-128, mppe-40) on pppd's command line"
# how to undo l2tpnoipsec names the line that loaded L2TP.ppp, or none
OUT=$(printf 'plugin2 L2TP.ppp\nl2tpnoipsec\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "l2tpnoipsec after plugin2: that line named" "$OUT" "remove this line and the 'plugin2 L2TP.ppp' line above it."
mkdir -p "$T_TMP/nips/etc/ppp/peers"
: >"$T_TMP/nips/etc/ppp/options"
printf 'l2tpnoipsec\n' >"$T_TMP/nips/etc/ppp/peers/vpn"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/nips" --service-type l2tp --service vpn check 2>&1)
t_contains "l2tpnoipsec in a peers file: no plugin line to remove" "$OUT" "To undo it, remove this line."
# use-dhcp under noip sends no DHCP request, but Apple's pppd still waits for
# the DHCP step before it publishes the link's state: not said to do nothing
mkdir -p "$T_TMP/dhcpnoip/etc/ppp"
printf 'noip\nuse-dhcp\n' >"$T_TMP/dhcpnoip/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/dhcpnoip" check 2>&1)
t_contains "use-dhcp after noip: sends no request" "$OUT" "'use-dhcp' sends no DHCP request here"
t_contains "use-dhcp after noip: holds the state back" "$OUT" "the state is not published"
t_lacks "use-dhcp after noip: not said to do nothing" "$OUT" "'use-dhcp' does nothing here"
t_done
