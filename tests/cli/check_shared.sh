#!/bin/sh
# tests/cli/check_shared.sh - `pppconf check` on the files every pppd reads: what PPPController undoes or replaces after a Mac's /etc/ppp/options and postoptions, and Linux's /etc/ppp/options met by every run.
. "$(dirname "$0")/../lib.sh"

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
# ... and moved after that nodetach it makes the started pppd exit, which PPPController reads as the end
t_contains "updetach in options: not to be moved to a peers file" "$OUT" "Do not move it to a peers file or /etc/ppp/postoptions, read after that nodetach"
printf 'updetach\n' >"$T_TMP/ctl/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "updetach in postoptions: the started pppd exits at link-up" "$OUT" "postoptions:1: warning: updetach here takes effect for every connection that PPPController starts"
rm -f "$T_TMP/ctl/etc/ppp/postoptions"
# updetach in a peers file: PPPController's call reads it after its nodetach
mkdir -p "$T_TMP/ctl/etc/ppp/peers"
printf 'updetach\n' >"$T_TMP/ctl/etc/ppp/peers/vpn"
OUT2=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" --service vpn check "$T_TMP/ctl/etc/ppp/peers/vpn" 2>&1)
t_contains "updetach in a peers file: the started pppd exits at link-up" "$OUT2" "vpn:1: note: updetach here takes effect for a connection that PPPController starts for the service named exactly like this file"
printf 'updetach\nnodetach\n' >"$T_TMP/ctl/etc/ppp/peers/vpn"
OUT2=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" --service vpn check "$T_TMP/ctl/etc/ppp/peers/vpn" 2>&1)
t_lacks "updetach then nodetach in a peers file: no such note" "$OUT2" "updetach here takes effect for a connection"
OUT2=$("$PPPCONF" --platform linux --root "$T_TMP/ctl" check "$T_TMP/ctl/etc/ppp/peers/vpn" 2>&1)
t_lacks "Linux peers file: no controller note" "$OUT2" "updetach here takes effect for a connection"
# a CCP word in a peers file: PPPController's call names it after its noccp
printf 'require-mppe-40\n' >"$T_TMP/ctl/etc/ppp/peers/vpn"
OUT2=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" --service vpn check "$T_TMP/ctl/etc/ppp/peers/vpn" 2>&1)
t_contains "require-mppe-40 in a peers file: noccp came first" "$OUT2" "vpn:1: note: require-mppe-40 has no effect on a connection that PPPController starts for the service named exactly like this file"
OUT2=$("$PPPCONF" --platform linux --root "$T_TMP/ctl" check "$T_TMP/ctl/etc/ppp/peers/vpn" 2>&1)
t_lacks "Linux peers file: no noccp note" "$OUT2" "has no effect on a connection that PPPController starts"
rm -rf "$T_TMP/ctl/etc/ppp/peers"
t_contains "require-mppe-128 in options: noccp leaves it no effect" "$OUT" "options:3: note: require-mppe-128 has no effect on a connection that PPPController starts"
t_contains "noifroute in options: L2TP's addifroute undoes it" "$OUT" "options:4: note: noifroute in this file does not reach an L2TP VPN with IPv4"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/ctl" check 2>&1)
t_lacks "Linux: no controller" "$OUT" "[controller-overrides]"
# -mru in options: PPPController's later mru asks for an MRU again, the
# refusal of the peer's MRU stays (Apple's ppp_manager.c:1042-1043, lcp.c:149-157)
printf -- '-mru\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "-mru in options: partly undone by the controller's mru" "$OUT" "options:1: note: -mru in this file is only partly kept"
printf 'default-mru\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "default-mru in options: partly undone by the controller's mru" "$OUT" "options:1: note: default-mru in this file is only partly kept"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/ctl" check 2>&1)
t_lacks "default-mru on Linux: no controller" "$OUT" "[controller-overrides]"
printf 'require-pap\nupdetach\nrequire-mppe-128\nnoifroute\n' >"$T_TMP/ctl/etc/ppp/options"
# a Mac's postoptions is read by every pppd too: unit and notty there reach every service
printf 'unit 3\nnotty\n' >"$T_TMP/ctl/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check "$T_TMP/ctl/etc/ppp/postoptions" 2>&1)
t_contains "unit in postoptions: every service asks for that number" "$OUT" "postoptions:1: warning: unit in this file gives every pppd run on this Mac"
t_contains "notty in postoptions: a serial service is refused, L2TP and PPPoE do not know it" "$OUT" "postoptions:2: warning: 'notty' is a serial-line word"
rm -f "$T_TMP/ctl/etc/ppp/postoptions"
# serverid in postoptions, read after the command line, also replaces the ID vpnd passes its pppd
printf 'serverid abc\n' >"$T_TMP/ctl/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check "$T_TMP/ctl/etc/ppp/postoptions" 2>&1)
t_contains "serverid in postoptions: replaces vpnd's own" "$OUT" "so this ID also replaces the one vpnd gives the pppd of the Mac's own VPN server"
rm -f "$T_TMP/ctl/etc/ppp/postoptions"
printf 'serverid abc\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "serverid in options: reaches every pppd" "$OUT" "options:1: warning: serverid in this file reaches every pppd run"
t_lacks "serverid in options: vpnd's own replaces it" "$OUT" "also replaces the one vpnd gives"
rm -f "$T_TMP/ctl/etc/ppp/options"
# noproxyarp: Apple's VPN server (vpnd) passes proxyarp after /etc/ppp/options, which pppd then refuses
printf 'noproxyarp\n-proxyarp\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "noproxyarp in options: vpnd's proxyarp is refused" "$OUT" "options:1: warning: noproxyarp in this file stops every link that Apple's VPN server, vpnd, starts"
t_contains "-proxyarp in options: the same by its other name" "$OUT" "options:2: warning: -proxyarp in this file stops every link"
# userkeychainpassword: PPPController passes a service's own password after /etc/ppp/options
printf 'userkeychainpassword item\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "userkeychainpassword in options: the service's password replaces it" "$OUT" "options:1: note: userkeychainpassword in this file does not reach a service whose settings"
# ifscope: PPPController passes one only when a start names an outgoing interface, never from the settings
printf 'ifscope en0\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "ifscope in options: a start for an outgoing interface replaces it" "$OUT" "options:1: note: ifscope in this file does not reach a connection that is started for a particular outgoing interface"
# altconnect: a modem service with an alternate number gets PPPSerial's own command
printf 'altconnect "chat -f /etc/ppp/alt"\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "altconnect in options: PPPSerial replaces it" "$OUT" "options:1: note: altconnect in this file does not reach a modem service"
# terminal: every serial or modem service without a terminal window or script in its settings runs it
printf 'terminal "/bin/true"\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "terminal in options: every serial or modem service runs it" "$OUT" "options:1: note: terminal in this file runs after dialling in every serial or modem service"
# cancelcode: PPPSerial.ppp sets 136 for every serial service; L2TP.ppp and PPPoE.ppp never read it
printf 'cancelcode 136\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "cancelcode in options: no controller service uses it" "$OUT" "options:1: note: cancelcode in this file is used by no serial, modem, L2TP or PPPoE service"
printf 'plugin L2TP.ppp\ncancelcode 5\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_lacks "cancelcode after a channel plugin line: only the no-effect note" "$OUT" "cancelcode in this file is used by no"
# modemsound, modempulse: a modem service's own settings (modemdict) take their place
printf 'plugin PPPSerial.ppp\nmodemsound\nmodempulse\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "modemsound in options: the service's modem settings replace it" "$OUT" "options:2: note: modemsound in this file does not reach a modem service"
t_contains "modempulse in options: the service's modem settings replace it" "$OUT" "options:3: note: modempulse in this file does not reach a modem service"
# modemcompress, nomodemreliable: the same modem settings take their place
printf 'plugin PPPSerial.ppp\nmodemcompress\nnomodemreliable\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "modemcompress in options: the service's modem settings replace it" "$OUT" "options:2: note: modemcompress in this file does not reach a modem service"
t_contains "nomodemreliable in options: the service's modem settings replace it" "$OUT" "options:3: note: nomodemreliable in this file does not reach a modem service"
printf 'plugin PPPSerial.ppp\nmodemdialmode 1\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "modemdialmode in options: the modem settings replace it" "$OUT" "options:2: note: modemdialmode in this file does not reach a modem service"
# no-intercept-dhcp: vpnd's intercept-dhcp on the command line comes after this file
printf 'no-intercept-dhcp\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "no-intercept-dhcp in options: vpnd's intercept-dhcp comes later" "$OUT" "options:1: note: no-intercept-dhcp in this file does not hold for a link that Apple's VPN server, vpnd, starts"
# l2tpipsecsharedsecret with l2tpmode answer: the plugin reads the secret only when connecting out or listening
printf 'plugin L2TP.ppp\nl2tpipsecsharedsecret abc\nl2tpmode answer\n' >"$T_TMP/l2tp-answer"
OUT=$("$PPPCONF" --platform macos check --only "$T_TMP/l2tp-answer" 2>&1)
t_contains "l2tpipsecsharedsecret in answer mode: never read" "$OUT" "l2tp-answer:2: note: 'l2tpipsecsharedsecret' is accepted but does nothing here: with l2tpmode answer (line 3)"
# plugin PPPSerial.ppp in options: PPPController loads it again for a serial service
printf 'plugin PPPSerial.ppp\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "PPPSerial.ppp in options: loaded twice for a serial service" "$OUT" "options:1: warning: Every pppd on this Mac reads this file, and PPPController loads PPPSerial.ppp again"
# auth: PPPController always passes noauth, which outranks /etc/ppp/options
printf 'auth\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "auth in options: the controller's noauth wins" "$OUT" "options:1: note: auth in this file does not reach a connection that PPPController starts: after this file it passes noauth"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/ctl" check 2>&1)
t_lacks "auth in options on Linux: no controller note" "$OUT" "[controller-overrides]"
# nodefaultroute: PPPController's defaultroute for send-all-traffic is refused after it
printf 'nodefaultroute\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "nodefaultroute in options: the controller's defaultroute is refused" "$OUT" "options:1: warning: nodefaultroute in this file stops every service that sends all traffic"
printf 'no-use-dhcp\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "no-use-dhcp in options: the controller's use-dhcp wins" "$OUT" "options:1: note: no-use-dhcp in this file does not hold for an L2TP VPN"
t_contains "no-use-dhcp in options: send-all-traffic services get no-use-dhcp from the controller" "$(printf '%s' "$OUT" | tr -s ' \n' '  ')" "is the exception: for it PPPController passes no-use-dhcp instead"
printf 'plugin L2TP.ppp\nl2tpudpport 1701\n' >"$T_TMP/ctl/etc/ppp/options"
mv "$T_TMP/ctl/etc/ppp/options" "$T_TMP/ctl/etc/ppp/postoptions"
printf 'noipdefault\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_lacks "in postoptions, read after the controller, it stands" "$OUT" "[controller-overrides]"
# a plugin word in postoptions, read after PPPController loaded the
# service's own plugin: known there, refused by every other pppd
printf 'modemcompress\n' >"$T_TMP/ctl/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "plugin word in postoptions: known where the controller loaded it" "$OUT" "so it knows the word only where those loaded PPPSerial.ppp"
t_lacks "plugin word in postoptions: not every connection fails" "$OUT" "every PPP connection on this machine fails"
t_lacks "plugin word in postoptions: no plugin line written in" "$OUT" "write instead: plugin PPPSerial.ppp"
# in /etc/ppp/options, read before the controller loads the service's
# plugin: refused by every pppd, and a plugin line there is no fix
mv "$T_TMP/ctl/etc/ppp/postoptions" "$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "plugin word in options: every connection fails" "$OUT" "every PPP connection on this machine fails"
t_contains "plugin word in options: moved to the service's peers file" "$OUT" "fix: Move it to /etc/ppp/peers/<exact service name> of a service that uses PPPSerial.ppp"
t_lacks "plugin word in options: no plugin line written in" "$OUT" "write instead: plugin PPPSerial.ppp"
# a login asked in a Mac's postoptions: read after the command line at its
# rank, so a peers file's noauth does not undo it; no such hint is given
mkdir -p "$T_TMP/po/etc/ppp/peers"
: >"$T_TMP/po/etc/ppp/options"
printf 'require-mschap-v2\n' >"$T_TMP/po/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/po" check 2>&1)
t_contains "login in a Mac's postoptions: no secret" "$OUT" "postoptions:1: error: pppd stops before connecting"
t_lacks "login in a Mac's postoptions: a peers file's noauth does not undo it" "$OUT" "may turn the login off with noauth"
# notty in /etc/ppp/options and demand in the peers file it calls: Linux
# refuses the pair once every option is read (tty.c:497), across files too
mkdir -p "$T_TMP/tp/etc/ppp/peers"
printf 'notty\n' >"$T_TMP/tp/etc/ppp/options"
printf 'demand\nconnect true\n' >"$T_TMP/tp/etc/ppp/peers/isp"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/tp" --args 'call isp' check 2>&1)
t_contains "notty in options, demand in the peers file: refused" "$OUT" "isp:1: error: pppd also reads notty from"
t_contains "notty in options, demand in the peers file: pppd's words" "$OUT" "demand-dialling is incompatible with notty"
# ... and pty in a file the peers file includes, with notty in the peers file
printf 'notty\nfile /etc/ppp/inc\n' >"$T_TMP/tp/etc/ppp/peers/isp"
printf 'pty cat\n' >"$T_TMP/tp/etc/ppp/inc"
: >"$T_TMP/tp/etc/ppp/options"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/tp" --args 'call isp' check 2>&1)
t_contains "notty in a peers file, pty in its include: refused" "$OUT" "inc:1: error: pppd also reads notty from"
# notty in /etc/ppp/options meets every run that names a device, pty or
# socket (tty.c:511-521); on a Mac, a modem service with a device set
rm -f "$T_TMP/ctl/etc/ppp/postoptions"
printf 'notty\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/ctl" check 2>&1)
t_contains "notty in options: every serial run" "$OUT" "options:1: warning: notty in this file reaches every pppd run on this machine"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "notty in options on a Mac: every serial service, named device or not" "$OUT" "a serial (modem) service is refused once pppd has read every option"
t_contains "notty in options on a Mac: the default device" "$OUT" "the name modem when its settings name none"
t_contains "notty in options on a Mac: no service's peers file helps" "$OUT" "fix: Remove it from this file. No service PPPController starts can use it"
printf 'socket h:1\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "socket in options on a Mac: every serial service" "$OUT" "a serial (modem) service is refused"
t_lacks "socket in options on a Mac: not moved to a service's peers file" "$OUT" "of the one service that needs it"
# pty in a Mac's /etc/ppp/options is not refused: PPPSerial.ppp skips the
# controller's device while a pty is set (PPPSerial-plugin/main.c:265), so
# every modem service runs the command
printf 'pty "ssh h"\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "pty in options on a Mac: every modem service runs it" "$OUT" "a serial (modem) service runs this command in place of its modem"
t_lacks "pty in options on a Mac: not said to be refused" "$OUT" "a serial service's device makes pppd refuse it"
# a serial-line word in a Mac's postoptions, read after the controller has
# loaded L2TP.ppp or PPPoE.ppp: those services do not know it
printf 'noipdefault\n' >"$T_TMP/ctl/etc/ppp/options"
printf 'nolock\nnotty\npty "ssh h"\n' >"$T_TMP/ctl/etc/ppp/postoptions"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "nolock in postoptions: L2TP and PPPoE services refuse it" "$OUT" "postoptions:1: warning: 'nolock' is a serial-line word, and pppd reads this file after"
t_contains "notty in postoptions: no service can use it" "$OUT" "A serial (modem) service refuses it too"
t_contains "pty in postoptions: a modem service runs it" "$OUT" "A serial (modem) service takes it and runs the command in place of its modem"
t_lacks "notty in postoptions: not said to be unused by L2TP" "$OUT" "leave it unused"
rm -f "$T_TMP/ctl/etc/ppp/postoptions"
mkdir -p "$T_TMP/ctl/etc/ppp/peers"
printf 'notty\n' >"$T_TMP/ctl/etc/ppp/peers/isp"
OUT=$("$PPPCONF" check --only --platform linux "$T_TMP/ctl/etc/ppp/peers/isp" 2>&1)
t_lacks "notty in a peers file: only that connection" "$OUT" "[shared-file-device]"
rm -f "$T_TMP/ctl/etc/ppp/peers/isp"
# replacedefaultroute in /etc/ppp/options (Linux before 2.5.3): every run with
# defaultroute takes the default route another link holds (2.4.9
# sys-linux.c:1689-1703); 2.5.3 ignores it, and noreplacedefaultroute after
# it undoes it
printf 'defaultroute\nreplacedefaultroute\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform linux --pppd-version 2.4.9 --root "$T_TMP/ctl" check 2>&1)
t_contains "replacedefaultroute in options, 2.4.9" "$OUT" "options:2: warning: replacedefaultroute in this file reaches every pppd run"
OUT=$("$PPPCONF" --platform linux --pppd-version 2.5.2 --root "$T_TMP/ctl" check 2>&1)
t_contains "replacedefaultroute in options, 2.5.2 (changed only in 2.5.3)" "$OUT" "options:2: warning: replacedefaultroute in this file reaches every pppd run"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/ctl" check 2>&1)
t_lacks "replacedefaultroute in options, 2.5.3" "$OUT" "[shared-file-device]"
printf 'replacedefaultroute\nnoreplacedefaultroute\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform linux --pppd-version 2.4.9 --root "$T_TMP/ctl" check 2>&1)
t_lacks "replacedefaultroute undone in options" "$OUT" "[shared-file-device]"
# modemdict without its plugin line: no plugin line and no peers file make it
# work (only PPPController's channel gives it its bytes), so it is removed
printf 'modemdict 10\n' >"$T_TMP/ctl/etc/ppp/options"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/ctl" check 2>&1)
t_contains "modemdict in options: removed, not moved" "$OUT" "fix: Remove it: only PPPController can give modemdict"
t_lacks "modemdict in options: no peers file offered" "$OUT" "Move it to /etc/ppp/peers"
OUT=$(printf 'modemdict 10\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_lacks "modemdict: no plugin line written in" "$OUT" "write instead: plugin PPPSerial.ppp"
# init in Linux's /etc/ppp/options is fixed by privilege: an unprivileged user cannot replace it
mkdir -p "$T_TMP/lin/etc/ppp"
printf 'init "chat -v"\n' >"$T_TMP/lin/etc/ppp/options"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/lin" check 2>&1)
t_contains "init in options: a user's command line cannot replace it" "$OUT" "Another user cannot replace it: pppd refuses an init on such a user's command line"
# pppol2tp in Linux's /etc/ppp/options: the plugin looks at the descriptor
# as it reads the line, so a run without that socket stops there
printf 'plugin pppol2tp.so\npppol2tp 7\n' >"$T_TMP/lin/etc/ppp/options"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/lin" check 2>&1)
t_contains "pppol2tp in options: a run without the socket stops at it" "$OUT" "options:2: warning: Every pppd run on this machine reads this file, and pppol2tp.so looks at the descriptor"
t_lacks "pppol2tp in options: not said to stop at a serial word" "$OUT" "A modem or other serial run then stops"
t_done
