#!/bin/sh
# tests/cli/check_rules_controller.sh - `pppconf check --platform macos` on files read around PPPController's options: what it passes after /etc/ppp/options, before a service's peers file, and what that leaves of the words there.
. "$(dirname "$0")/../lib.sh"

# As in tests/cli/check.sh: ordinary modes, and one file read alone.
put() { printf "$2" > "$T_TMP/$1"; chmod 644 "$T_TMP/$1"; }
run() { OUT=$("$PPPCONF" check --only "$@" 2>&1); RC=$?; }
# password in a Mac's /etc/ppp/options: PPPController may pass the
# service's password as a keychain item, which replaces it only when read
mkdir -p "$T_TMP/pw/etc/ppp"
printf 'password abc\n' >"$T_TMP/pw/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/pw" check 2>&1)
t_contains "password under PPPController: keychain item only when read" "$OUT" "options:1: note: password in this file does not reach a service whose settings, or the options it is started with, give PPPController an account name and a password not kept on a token card"
t_contains "password under PPPController: keychain caveat" "$OUT" "(a keychain item only when pppd can read it)"
# the redial words: PPPController passes them only when the service's
# settings turn redial on, and then only a value other than 0 or empty
# (Apple's Controller/ppp_manager.c:967-980)
mkdir -p "$T_TMP/rd/etc/ppp"
printf 'redialtimer 5\nredialcount 2\n' >"$T_TMP/rd/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/rd" check 2>&1)
t_contains "redialtimer under PPPController: only with redial on" "$OUT" "options:1: note: redialtimer in this file does not reach a service whose settings, or the options it is started with, turn redial on and give PPPController a value for it other than 0 or empty"
t_contains "redialcount under PPPController: only with redial on" "$OUT" "options:2: note: redialcount in this file does not reach a service whose settings, or the options it is started with, turn redial on"
# altremoteaddress is text: PPPController passes any that is not empty,
# "0" included (ppp_manager.c:969-972), so its note must not exempt 0
mkdir -p "$T_TMP/ra/etc/ppp"
printf 'altremoteaddress 5551234\n' >"$T_TMP/ra/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ra" check 2>&1)
t_contains "altremoteaddress under PPPController: any non-empty text" "$OUT" "options:1: note: altremoteaddress in this file does not reach a service whose settings, or the options it is started with, turn redial on and give PPPController any text for it that is not empty (0 too)"
# A serial-line word in a Mac service's peers file, read after PPPController
# has loaded the service's plugin: the fix names no plugin line, which this
# file does not have; with the plugin line in the file it still does
mkdir -p "$T_TMP/chr/etc/ppp/peers"
printf 'crtscts\n' >"$T_TMP/chr/etc/ppp/peers/Work VPN"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/chr" --service-type l2tp --service "Work VPN" check 2>&1)
t_contains "crtscts after the controller's L2TP.ppp: refused" "$OUT" "peers/Work VPN:1: error: 'crtscts' is a serial-line option, but the plugin L2TP.ppp"
t_contains "crtscts after the controller's L2TP.ppp: nothing to move above" "$OUT" "fix: Remove it: L2TP.ppp took the link over before pppd read this file"
t_lacks "crtscts after the controller's L2TP.ppp: no plugin line named" "$OUT" "remove the 'plugin L2TP.ppp' line"
put chr2 'plugin L2TP.ppp\ncrtscts\n'
run --platform macos "$T_TMP/chr2"
t_contains "crtscts after this file's plugin line: that line is named" "$OUT" "or remove the 'plugin L2TP.ppp' line if this connection"
# Serial-line words in /etc/ppp/options, read before PPPController loads
# the service's channel plugin: taken, then never used by that service; a
# modem service keeps them, and so does a run with no service named
mkdir -p "$T_TMP/serl/etc/ppp/peers"
printf 'crtscts\nlock\nasyncmap 0\n' >"$T_TMP/serl/etc/ppp/options"
: >"$T_TMP/serl/etc/ppp/peers/vpn"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/serl" --service-type l2tp --service vpn check 2>&1)
t_contains "crtscts in options under an L2TP service: never used" "$OUT" "options:1: note: 'crtscts' is accepted but never used by this service: it is a serial-line word, and PPPController loads L2TP.ppp after this file"
t_contains "lock in options under an L2TP service: never used" "$OUT" "options:2: note: 'lock' is accepted but never used"
t_lacks "asyncmap is no serial-line word" "$OUT" "'asyncmap' is accepted but never used"
t_lacks "the shared file is not said to lose the word for good" "$OUT" "write instead: nothing"
printf 'cancelcode 5\n' >"$T_TMP/serl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/serl" --service-type l2tp --service vpn check 2>&1)
t_contains "cancelcode in options under an L2TP service: no service uses it" "$OUT" "options:1: note: cancelcode in this file is used by no serial, modem, L2TP or PPPoE service"
t_lacks "cancelcode in options: no fix that keeps it for a serial service" "$OUT" "unless a modem or serial service on this Mac reads this file too"
printf 'cancelcode 5\n' >"$T_TMP/serl/etc/ppp/peers/vpn"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/serl" --service-type serial --service vpn check "$T_TMP/serl/etc/ppp/peers/vpn" 2>&1)
t_contains "cancelcode in a serial service's peers file: PPPSerial.ppp sets 136" "$OUT" "vpn:1: note: cancelcode here is used by no serial, modem, L2TP or PPPoE service"
: >"$T_TMP/serl/etc/ppp/peers/vpn"
printf 'crtscts\nlock\nasyncmap 0\n' >"$T_TMP/serl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/serl" --service-type pppoe --service vpn check 2>&1)
t_contains "crtscts in options under a PPPoE service: never used" "$OUT" "PPPController loads PPPoE.ppp after this file"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/serl" --service-type serial --service vpn check 2>&1)
t_lacks "crtscts in options under a modem service: used" "$OUT" "never used by this service"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/serl" check 2>&1)
t_lacks "crtscts in options with no service named: nothing said" "$OUT" "never used by this service"
# an odd value's fix fits what is odd: a service name past PPPoE.ppp's field
put longsvc 'plugin PPPoE.ppp\npppoeservicename aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n'
run --platform macos "$T_TMP/longsvc"
t_contains "pppoeservicename too long: shorten it" "$OUT" "fix: Shorten the name to fewer than 64 bytes."
# A relative ip-down on a Mac: PPPController keeps pppd in the foreground
# (nodetach), so pppd looks for it from its own folder and starts it from /
put iprel 'ip-down down.sh\n'
run --platform macos "$T_TMP/iprel"
t_contains "relative ip-down (macOS): looked for from two folders" "$OUT" "PPPController keeps it in the foreground"
t_lacks "relative ip-down (macOS): not said to go to the background" "$OUT" "once it is in the background"
# MPPE with no login to key it, on a Mac: PPPController passes noccp, so the
# pppd it starts does not end the link; the message says so and drops Linux's
put mppemac 'refuse-chapms\n-mschap-v2\nrefuse-eap\nmppe-128\n'
run --platform macos "$T_TMP/mppemac"
t_contains "mppe-no-keys (macOS): PPPController's noccp said" "$OUT" "one that PPPController starts does not, as it passes noccp for every service"
t_lacks "mppe-no-keys (macOS): no Linux EAP-TLS message" "$OUT" "nor EAP-TLS auth are performed"
# pppconf set of a PPPSerial.ppp word where no plugin line is: PPPController
# loads that plugin itself for a serial or modem service, so the advice is
# its peers file without a plugin line, not a plugin line here
put setserial ''
OUT=$("$PPPCONF" set --platform macos --yes modemreliable "$T_TMP/setserial" 2>&1)
t_contains "set modemreliable: the peers file, no plugin line" "$OUT" "write it there in a text editor, without a plugin line"
t_lacks "set modemreliable: written nowhere" "$(cat "$T_TMP/setserial")" "modemreliable"
OUT=$("$PPPCONF" set --platform macos --yes l2tpnoipsec "$T_TMP/setserial" 2>&1)
t_contains "set l2tpnoipsec: the plugin line first, as before" "$OUT" "add \`plugin L2TP.ppp\` first"
# a plugin word with no value on its line: a plugin line alone would leave
# pppd reading the next word (or none) as the value, so nothing is written in
put dialnoval 'modemdialmode\nnoauth\n'
run --platform macos "$T_TMP/dialnoval"
t_contains "modemdialmode without a value: the value asked for too" "$OUT" "and write the value on line 1 after 'modemdialmode'"
t_lacks "modemdialmode without a value: no plugin line written in" "$OUT" "write instead"
put dialeof 'modemdialmode'
run --platform macos "$T_TMP/dialeof"
t_lacks "modemdialmode at the end: no plugin line written in" "$OUT" "write instead"
put dialok 'modemdialmode 1\n'
run --platform macos "$T_TMP/dialok"
t_contains "modemdialmode 1: the plugin line written in" "$OUT" "write instead: plugin PPPSerial.ppp"
# a leading 0 is octal: the range message names the number pppd reads
put ipsrcoct 'ip-src-address-filter 010\n'
run --platform macos "$T_TMP/ipsrcoct"
t_contains "ip-src-address-filter 010 is read as 8" "$OUT" "ipsrcoct:1: warning: ip-src-address-filter: '010' is read as 8, which is outside 0 to 3;"
# tokencard in /etc/ppp/options: PPPController passes its own after it for
# a token-card service (Controller/ppp_manager.c:1214-1215, :1286-1288)
mkdir -p "$T_TMP/tok/etc/ppp"
printf 'tokencard 1\n' >"$T_TMP/tok/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/tok" check 2>&1)
t_contains "tokencard in options: the controller's replaces it" "$OUT" "options:1: note: tokencard in this file does not reach a service whose settings"
# device in /etc/ppp/options: the controller's lookup falls back to en0 for
# PPPoE and modem for every serial service, a modem or not (Apple's ppp_getoption.c), and the
# L2TP plugin never reads device, so no PPPoE or serial service keeps it
mkdir -p "$T_TMP/dev/etc/ppp"
printf 'device en1\n' >"$T_TMP/dev/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/dev" check 2>&1)
t_contains "device in options: no PPPoE or serial service keeps it" "$OUT" "options:1: note: device in this file does not reach a PPPoE or serial service"
t_lacks "device in options: not said to reach every other service" "$OUT" "device in this file does not reach a service whose settings"
# -defaultroute in a file /etc/ppp/options names, or in root's ~/.ppprc:
# read before PPPController's defaultroute just as /etc/ppp/options is
mkdir -p "$T_TMP/ndr/etc/ppp" "$T_TMP/ndr/var/root"
printf 'file /etc/ppp/noroute\n' >"$T_TMP/ndr/etc/ppp/options"
printf -- '-defaultroute\n' >"$T_TMP/ndr/etc/ppp/noroute"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ndr" check 2>&1)
t_contains "-defaultroute in a file options names: PPPController's defaultroute refused" "$OUT" "noroute:1: warning: -defaultroute in this file stops every service that sends all traffic"
printf 'noauth\n' >"$T_TMP/ndr/etc/ppp/options"
printf 'nodefaultroute\n' >"$T_TMP/ndr/var/root/.ppprc"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ndr" check 2>&1)
t_contains "nodefaultroute in root's ~/.ppprc: PPPController's defaultroute refused" "$OUT" ".ppprc:1: warning: nodefaultroute in this file stops every service that sends all traffic"
# a password line after keychainpassword sets the login password, but the
# item read first stays marked as where a changed password is saved
# (Apple's Helpers/pppd/auth.c:2826, :2863-2866; chap-new.c:707)
put kcpass 'keychainpassword VPN\npassword x\n'
run --platform macos "$T_TMP/kcpass"
t_contains "keychainpassword then password: the item still takes a changed password" "$OUT" "that item is still where it saves a new password"
put pwkc 'password x\nkeychainpassword VPN\n'
run --platform macos "$T_TMP/pwkc"
t_lacks "password then keychainpassword: no item note" "$OUT" "that item is still where"
# keychainpassword in a Mac's /etc/ppp/options: a plain password from
# PPPController replaces the password, not the item a changed one is saved to
mkdir -p "$T_TMP/kcopt/etc/ppp"
printf 'keychainpassword VPN\n' >"$T_TMP/kcopt/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/kcopt" check 2>&1)
t_contains "keychainpassword under PPPController: the item still takes a changed password" "$OUT" "is still saved into the item here"
# receive-all in an L2TP or PPPoE service's peers file: the plugin
# PPPController loaded before that file carries the link and uses no map
mkdir -p "$T_TMP/rcva/etc/ppp/peers"
: >"$T_TMP/rcva/etc/ppp/options"
printf 'receive-all\n' >"$T_TMP/rcva/etc/ppp/peers/vpn"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/rcva" --service-type l2tp --service vpn check 2>&1)
t_contains "receive-all in an L2TP service's peers file: does nothing" "$OUT" "vpn:1: note: 'receive-all' is accepted but does nothing here: L2TP.ppp, loaded for this connection outside this file"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/rcva" --service-type serial --service vpn check 2>&1)
t_lacks "receive-all in a modem service's peers file: said nothing" "$OUT" "'receive-all' is accepted but does nothing"
# usehostname anywhere in /etc/ppp/options replaces name's value after
# every option is read (Apple's Helpers/pppd/auth.c:1391-1392): the name
# line is not the login name, so only the conflict is said of it
mkdir -p "$T_TMP/uhn/etc/ppp"
printf 'name foo\nusehostname\n' >"$T_TMP/uhn/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/uhn" check 2>&1)
t_contains "name before usehostname: the conflict said" "$OUT" "'name' here has no effect"
t_lacks "name before usehostname: not called the login name" "$OUT" "becomes the login name"
printf 'usehostname\nname foo\n' >"$T_TMP/uhn/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/uhn" check 2>&1)
t_lacks "name after usehostname: not called the login name" "$OUT" "becomes the login name"
printf 'name foo\n' >"$T_TMP/uhn/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/uhn" check 2>&1)
t_contains "name alone: still the login name" "$OUT" "becomes the login name"
# a user line with a value is the login name instead (Apple's
# Helpers/pppd/auth.c:1393-1394 fills only an empty user with the name)
printf 'name foo\nuser bar\n' >"$T_TMP/uhn/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/uhn" check 2>&1)
t_lacks "name with user bar: not called the login name" "$OUT" "becomes the login name"
printf 'name foo\nuser ""\n' >"$T_TMP/uhn/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/uhn" check 2>&1)
t_contains "name with an empty user: still the login name" "$OUT" "becomes the login name"
# noidlesend in a peers file, with idle set in /etc/ppp/options: pppd
# started by hand with call reads both, so no note (check_needs.c)
R="$T_TMP/idleroot"; mkdir -p "$R/etc/ppp/peers"
printf 'idle 60\n' > "$R/etc/ppp/options"
printf 'noidlesend\n' > "$R/etc/ppp/peers/vpn"
OUT=$("$PPPCONF" check --platform macos --root "$R" --args "call vpn" 2>&1)
t_lacks "noidlesend: idle from /etc/ppp/options counts" "$OUT" "'noidlesend' does nothing unless"
# l2tpmode listen or answer in a Mac's /etc/ppp/options reaches every L2TP
# VPN service: PPPController passes no l2tpmode, so none dials out; the
# last line counts, and connect there says nothing
mkdir -p "$T_TMP/lm/etc/ppp"
printf 'plugin L2TP.ppp\nl2tpmode listen\n' >"$T_TMP/lm/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/lm" check 2>&1)
t_contains "l2tpmode listen in a Mac's options: every L2TP VPN" "$OUT" "options:2: warning: l2tpmode listen in this file reaches every L2TP VPN service PPPController starts"
printf 'plugin L2TP.ppp\nl2tpmode answer\nl2tpmode connect\n' >"$T_TMP/lm/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/lm" check 2>&1)
t_lacks "l2tpmode connect last in a Mac's options: nothing said" "$OUT" "in this file reaches every L2TP VPN service"
t_done
