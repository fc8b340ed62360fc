# tests/cli/why.sh - `pppconf why`: each failure from a log excerpt in the platforms' real formats and from its alert, unknown and empty logs, the default places.
. "$(dirname "$0")/../lib.sh"

run() { out=$("$PPPCONF" "$@" 2>&1); rc=$?; }
runenv() { out=$(env "$@" 2>&1); rc=$?; }

# why_log NAME ID RECIPE: the log in $T_TMP/log is explained as ID, and the
# fix line names RECIPE ("-" for none), in text and in JSON.
why_log() {
	run why "$T_TMP/log"
	t_eq "$1: recognised (exit 0)" 0 "$rc"
	t_contains "$1: the cause is given" "$out" "Cause:"
	if [ "$3" = - ]; then
		t_lacks "$1: no fix" "$out" "Run:"
	else
		t_contains "$1: the fix" "$out" "$3"
	fi
	run why --json "$T_TMP/log"
	t_contains "$1: JSON names the cause" "$out" "\"cause\": {\"id\": \"$2\""
}

# why_alert NAME TEXT ID RECIPE: the alert's text leads to ID and RECIPE.
why_alert() {
	run why --platform macos "$2"
	t_eq "$1: alert recognised (exit 0)" 0 "$rc"
	t_contains "$1: the alert's key" "$out" "This is the Mac's alert"
	[ "$4" = - ] || t_contains "$1: the alert's fix" "$out" "$4"
	run why --json "$2"
	t_contains "$1: JSON names the cause" "$out" "\"cause\": {\"id\": \"$3\""
}

# --- the Mac's L2TP plugin: IPsec secret missing, in /var/log/ppp.log's format ---
cat >"$T_TMP/log" <<'EOF'
Thu Nov 26 10:01:40 2026 : L2TP connecting to server 'vpn.example.com' (203.0.113.5)...
Thu Nov 26 10:01:40 2026 : IPSec connection started
Thu Nov 26 10:01:55 2026 : IPSec connection failed
Thu Nov  5 10:05:03 2026 : L2TP connecting to server 'vpn.example.com' (203.0.113.5)...
Thu Nov  5 10:05:03 2026 : L2TP: no user shared secret found.
EOF
why_log "shared secret missing" l2tp-no-secret "sudo pppconf fix l2tp-noipsec"
run why "$T_TMP/log"
t_contains "the failing line is quoted with its number" "$out" \
	"      5  Thu Nov  5 10:05:03 2026 : L2TP: no user shared secret found."
t_contains "the attempt is the last try" "$out" "lines 4-5"
t_lacks "the earlier try is not quoted" "$out" "IPSec connection failed"
t_contains "the source is cited" "$out" "Drivers/L2TP/L2TP-plugin/main.c:1546"
why_alert "shared secret (English)" \
	"The IPSec Shared Secret is missing. Verify your settings and try reconnecting." \
	l2tp-no-secret "sudo pppconf fix l2tp-noipsec"
# the Chinese alert leads to the fix in one command, quotes as the Mac shows them
run why --platform macos "“IPSec 共享密钥”丢失。请验证您的设置并尝试重新连接。"
t_eq "Chinese alert: exit 0" 0 "$rc"
t_contains "Chinese alert: L2TP Error 7" "$out" "\"L2TP Error 7\" (Simplified Chinese)"
t_contains "Chinese alert: the fix" "$out" "Run:    sudo pppconf fix l2tp-noipsec"
run why --platform macos '"IPSec 共享密钥" 丢失。 请验证您的设置并尝试重新连接。'
t_contains "Chinese alert with straight quotes and spaces" "$out" "sudo pppconf fix l2tp-noipsec"
run why --platform macos IPSec shared secret missing
t_contains "the words people remember, unquoted" "$out" "L2TP Error 7"

# --- the other L2TP statuses -------------------------------------------------
printf '%s\n' "Thu Nov 26 10:05:03 2026 : L2TP connecting to server 'vpn.example.org' (vpn.example.org)..." \
	"Thu Nov 26 10:05:03 2026 : L2TP: Host 'vpn.example.org' not found..." >"$T_TMP/log"
why_log "L2TP host not found" l2tp-host-not-found -
why_alert "L2TP Error 1" "The L2TP-VPN server was unreachable. Verify the server address and try reconnecting. If the problem continues, contact your Administrator." l2tp-host-not-found -
printf '%s\n' "Thu Nov 26 10:05:03 2026 : L2TP connecting to server 'vpn.example.com' (203.0.113.5)..." \
	"Thu Nov 26 10:05:23 2026 : L2TP cannot connect to the server" >"$T_TMP/log"
why_log "L2TP no answer" l2tp-no-answer -
why_alert "L2TP Error 2" "The L2TP-VPN server did not respond. Try reconnecting. If the problem continues, verify your settings and contact your Administrator." l2tp-no-answer -
printf '%s\n' "Thu Nov 26 10:05:03 2026 : L2TP received invalid message (expected SCCRP, received StopCCN)" >"$T_TMP/log"
why_log "L2TP protocol error" l2tp-protocol-error -
why_alert "L2TP Error 5" "Your attempt to connect to the L2TP-VPN server failed. Try reconnecting. If the problem continues, verify your settings and contact your Administrator." l2tp-protocol-error -
printf '%s\n' "Thu Nov 26 10:05:03 2026 : L2TP: no user certificate  found." >"$T_TMP/log"
why_log "L2TP certificate missing" l2tp-no-certificate -
why_alert "L2TP Error 8" "The IPSec Certificate is missing. Verify your settings and try reconnecting." l2tp-no-certificate -
printf '%s\n' "Thu Nov 26 10:01:40 2026 : IPSec connection started" \
	"Thu Nov 26 10:01:55 2026 : IPSec connection failed" >"$T_TMP/log"
why_log "IPsec no answer" ipsec-no-answer "sudo pppconf fix l2tp-noipsec"

# --- the peer does not answer: syslog, two pppd runs, another program between ---
cat >"$T_TMP/log" <<'EOF'
Nov 26 10:01:02 gw pppd[2201]: pppd 2.4.9 started by root, uid 0
Nov 26 10:01:05 gw pppd[2201]: Serial line is looped back.
Nov 26 10:32:11 gw pppd[2345]: pppd 2.4.9 started by root, uid 0
Nov 26 10:32:11 gw pppd[2345]: Using interface ppp0
Nov 26 10:32:11 gw kernel: [ 1234.567890] usb 1-1: USB disconnect, device number 4
Nov 26 10:32:11 gw pppd[2345]: Connect: ppp0 <--> /dev/ttyUSB0
Nov 26 10:32:41 gw pppd[2345]: LCP: timeout sending Config-Requests
Nov 26 10:32:41 gw pppd[2345]: Connection terminated.
Nov 26 10:32:41 gw pppd[2345]: Modem hangup
Nov 26 10:32:41 gw pppd[2345]: Exit.
EOF
why_log "LCP timeout" lcp-timeout "sudo pppconf fix debug-log"
run why "$T_TMP/log"
t_contains "the last run is read" "$out" "lines 3-10"
t_lacks "the run before is not" "$out" "looped back"
t_contains "the start line is quoted" "$out" "      3  Nov 26 10:32:11 gw pppd[2345]: pppd 2.4.9 started by root, uid 0"
why_alert "PPP Error 10" "A connection could not be established to the PPP server. Try reconnecting. If the problem continues, verify your settings and contact your Administrator." lcp-timeout "sudo pppconf fix debug-log"
cat >"$T_TMP/log" <<'EOF'
2026-11-26T11:40:02+0100 gw pppd[2345]: No response to 4 echo-requests
2026-11-26T11:40:02+0100 gw pppd[2345]: Serial link appears to be disconnected.
2026-11-26T11:40:02+0100 gw pppd[2345]: Connection terminated.
EOF
why_log "echo requests unanswered" echo-timeout "sudo pppconf fix keepalive"
why_alert "PPP Error 15" "You were disconnected because the PPP server is not responding. Try reconnecting." echo-timeout "keepalive"

# --- authentication ------------------------------------------------------------
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: peer refused to authenticate: terminating link" >"$T_TMP/log"
why_log "peer refused to authenticate" peer-refused-auth -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: eap required to authenticate us but no suitable secrets" >"$T_TMP/log"
why_log "need-peer-eap without an EAP secret" need-peer-eap-no-secret -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: peer doesn't want to authenticate us with eap" >"$T_TMP/log"
why_log "need-peer-eap, the server asks no EAP" need-peer-eap-not-asked -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: Peer refused to agree to his IP address" >"$T_TMP/log"
why_log "the peer refused the remote address" his-address-refused -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: unknown host: vpn.example" >"$T_TMP/log"
why_log "an address word pppd cannot look up" address-unknown-host -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: invalid address parameter 'wins.example' for ms-wins option" >"$T_TMP/log"
why_log "an ms-wins value pppd cannot look up" dns-wins-bad-address -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: bad local IP address 127.0.0.1" >"$T_TMP/log"
why_log "a local address pppd refuses" bad-local-address -
# a unit number another link holds: Apple's kernel extension answers EINVAL
printf '%s\n' "Nov 26 10:32:12 mac pppd[2345]: Couldn't create new ppp unit: Invalid argument" >"$T_TMP/log"
why_log "unit taken on a Mac" ppp-unit-failed -
printf '%s\n' "Nov 26 10:32:12 mac pppd[2345]: No EAP server protocol available" >"$T_TMP/log"
why_log "require-eap with no EAP plugin on a Mac" no-eap-server-plugin -
why_alert "PPP Error 11" "The PPP server could not be authenticated" peer-refused-auth -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: No CHAP secret found for authenticating us to vpn.example.com" \
	"Nov 26 10:32:12 gw pppd[2345]: CHAP authentication failed" >"$T_TMP/log"
why_log "no secret for us" no-chap-secret-for-us -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: MS-CHAP authentication failed: E=691 Authentication failure" \
	"Nov 26 10:32:12 gw pppd[2345]: CHAP authentication failed" >"$T_TMP/log"
why_log "MS-CHAP refused" mschap-failed -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: CHAP authentication timed out" >"$T_TMP/log"
why_log "CHAP login never finished" chap-timed-out -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: EAP: no response to Requests" >"$T_TMP/log"
why_log "require-eap, a peer that never answers" eap-no-response -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: EAP: too many Requests sent" >"$T_TMP/log"
why_log "EAP login too long" eap-too-many-requests -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: EAP: timeout waiting for Request from peer" >"$T_TMP/log"
why_log "the peer's EAP request never came" eap-no-request -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: Unable to add IPv4 default route: File exists" >"$T_TMP/log"
why_log "2.5.3's netlink route refusal" route-netlink -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: Couldn't get the routing table id of vrf eth0" >"$T_TMP/log"
why_log "vrf names no VRF device" vrf-not-vrf -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: Couldn't move interface ppp0 in vrf blue" >"$T_TMP/log"
why_log "interface not moved into the VRF" vrf-move-failed -
printf '%s\n' "pppd: connect script is required for demand-dialling" >"$T_TMP/log"
why_log "demand with nothing to dial" demand-no-connect -
printf '%s\n' "pppd: local/remote LL address required for demand-dialling" >"$T_TMP/log"
why_log "demand with IPv6 and no identifiers" demand-no-ipv6-id -
printf '%s\n' "Nov 26 10:32:12 gw pppd[2345]: PAP authentication failed" >"$T_TMP/log"
why_log "PAP refused" pap-failed -
why_alert "PPP Error 19" "Authentication failed." chap-failed -
printf '%s\n' "pppd: The remote system is required to authenticate itself" \
	"pppd: but I couldn't find any suitable secret (password) for it to use to do so." >"$T_TMP/log"
why_log "auth required, no secret (pppd's standard error)" peer-auth-no-secret -

# --- the kernel: /dev/ppp (journalctl -o short-iso) ------------------------------
printf '%s\n' "2026-11-26T10:32:11+0100 gw pppd[2345]: Couldn't open the /dev/ppp device: No such file or directory" \
	"2026-11-26T10:32:11+0100 gw pppd[2345]: You need to create the /dev/ppp device node by" \
	"                                        executing the following command as root:" >"$T_TMP/log"
why_log "/dev/ppp missing" no-dev-ppp -
run why "$T_TMP/log"
t_contains "/dev/ppp: what to check" "$out" "modprobe ppp_generic"

# --- the options -------------------------------------------------------------------
printf '%s\n' "pppd: In file /etc/ppp/options: unrecognized option 'l2tpnoipesc'" >"$T_TMP/log"
why_log "unrecognized option (standard error)" option-unknown-in-file -
run why "$T_TMP/log"
t_contains "unrecognized option: points at pppconf check" "$out" "pppconf check"
why_alert "PPP Error 2" "Your connection failed because of an incorrect PPP setting. Verify your settings and try reconnecting." option-unknown-in-file -
printf '%s\n' "Dec  7 06:00:00 gw pppd[2345]: defaultroute option is disabled" >"$T_TMP/log"
why_log "an option a no-twin forbade" option-disabled -
run why "$T_TMP/log"
t_contains "option disabled: names nodefaultroute" "$out" "nodefaultroute"
printf '%s\n' "Nov 26 10:32:11 gw pppd[2345]: Can't open options file /etc/ppp/peers/dsl-provider: No such file or directory" >"$T_TMP/log"
why_log "options file refused" options-file-unreadable -

# --- the connect script, the modem, the line (Linux logfile: bare lines) ------------
printf '%s\n' "Connect script failed" >"$T_TMP/log"
why_log "connect script failed" connect-script-failed "sudo pppconf fix debug-log"
why_alert "PPP Error 8" "Your connection failed. Try reconnecting. If the problem continues, verify your settings and contact your Administrator." connect-script-failed -
why_alert "PPPSerial Error 3" "The phone number you’re dialing is busy." connect-script-failed -
printf '%s\n' "Serial connection established." "Using interface ppp0" "Connect: ppp0 <--> /dev/ttyS0" \
	"Modem hangup" "Connection terminated." >"$T_TMP/log"
why_log "modem hung up" modem-hangup -
why_alert "PPP Error 16" "You were disconnected by the communication device. Try reconnecting. If the problem continues, verify your settings." modem-hangup -
printf '%s\n' "Serial connection established." "Serial line is looped back." >"$T_TMP/log"
why_log "looped back" looped-back -
why_alert "PPP Error 17" "A crossed connection was detected. Verify your settings and try reconnecting." looped-back -

# --- PPPoE: discovery and MTU ---------------------------------------------------------
printf '%s\n' "Nov 26 10:32:11 gw pppd[2345]: Plugin rp-pppoe.so loaded." \
	"Nov 26 10:32:26 gw pppd[2345]: Timeout waiting for PADO packets" \
	"Nov 26 10:32:26 gw pppd[2345]: Unable to complete PPPoE Discovery" >"$T_TMP/log"
why_log "PPPoE no server" pado-timeout -
printf '%s\n' "Nov 26 10:32:11 gw pppd[2345]: Interface eth0 has MTU of 1492 -- should be at least 1500." \
	"Nov 26 10:32:11 gw pppd[2345]: This may cause serious connection problems." >"$T_TMP/log"
# pppoe.so already fits mtu and mru to a smaller interface: the 1492 fix is no help here
why_log "PPPoE MTU" pppoe-mtu -
printf '%s\n' "Thu Nov 26 10:05:03 2026 : PPPoE connecting to service '' [access concentrator '']..." \
	"Thu Nov 26 10:05:18 2026 : PPPoE connection failed, No route to host" >"$T_TMP/log"
why_log "PPPoE on the Mac" pppoe-failed -
why_alert "PPPoE Error 1" "Could not find a PPPoE server." pppoe-failed -

# --- IP: addresses, default route, DNS ------------------------------------------------
printf '%s\n' "Nov 26 10:32:14 gw pppd[2345]: Peer refused to agree to our IP address" >"$T_TMP/log"
why_log "our IP address refused" our-address-refused -
printf '%s\n' "Nov 26 10:32:14 gw pppd[2345]: not replacing default route to eth0 [192.168.1.1]" \
	"Nov 26 10:32:14 gw pppd[2345]: local  IP address 198.51.100.7" \
	"Nov 26 10:32:14 gw pppd[2345]: remote IP address 198.51.100.1" >"$T_TMP/log"
why_log "default route kept" default-route-kept "sudo pppconf fix dns-route"
printf '%s\n' "Nov 26 10:32:14 gw pppd[2345]: local  IP address 198.51.100.7" \
	"Nov 26 10:32:14 gw pppd[2345]: remote IP address 198.51.100.1" >"$T_TMP/log"
why_log "connected, no DNS" no-dns "sudo pppconf fix dns-route"
run why "$T_TMP/log"
t_contains "no DNS: the line that is there is quoted" "$out" "local  IP address 198.51.100.7"

# --- a log pppconf cannot explain: exit 1, its last lines shown -----------------------
cat >"$T_TMP/log" <<'EOF'
Nov 26 10:32:11 gw pppd[2345]: pppd 2.4.9 started by root, uid 0
Nov 26 10:32:11 gw pppd[2345]: Using interface ppp0
Nov 26 10:32:11 gw pppd[2345]: Connect: ppp0 <--> /dev/ttyUSB0
Nov 26 10:32:14 gw pppd[2345]: Connection terminated.
Nov 26 10:32:14 gw pppd[2345]: Exit.
EOF
run why "$T_TMP/log"
t_eq "unknown attempt: exit 1" 1 "$rc"
t_contains "unknown attempt: said so" "$out" "pppconf does not know what went wrong"
t_contains "unknown attempt: its last line shown" "$out" "      5  Nov 26 10:32:14 gw pppd[2345]: Exit."
t_contains "unknown attempt: how to see more" "$out" "debug-log"
t_lacks "unknown attempt: no invented cause" "$out" "Cause:"
run why --json "$T_TMP/log"
t_contains "unknown attempt: JSON status" "$out" '"status": "unknown"'
t_contains "unknown attempt: JSON cause is null" "$out" '"cause": null'
run why "these words are nothing pppconf knows"
t_eq "unknown text: exit 1" 1 "$rc"

# --- nothing to read: exit 2 ------------------------------------------------------------
: >"$T_TMP/empty"
run why "$T_TMP/empty"
t_eq "an empty log: exit 2" 2 "$rc"
t_contains "an empty log: says so" "$out" "no lines of pppd"
printf '%s\n' "Nov 26 10:32:11 gw kernel: [ 1234.567890] usb 1-1: USB disconnect, device number 4" >"$T_TMP/kern"
run why "$T_TMP/kern"
t_eq "a log without pppd: exit 2" 2 "$rc"
run why "$T_TMP/no/such/log"
t_eq "a missing file: exit 2" 2 "$rc"
t_contains "a missing file: says so" "$out" "No such file"
run why --json "$T_TMP/empty"
t_contains "nothing: JSON status" "$out" '"status": "nothing"'

# --- standard input ---------------------------------------------------------------------
out=$(printf '%s\n' "Thu Nov 26 10:05:03 2026 : L2TP: no user shared secret found." | "$PPPCONF" why - 2>&1); rc=$?
t_eq "standard input: exit 0" 0 "$rc"
t_contains "standard input: the fix" "$out" "l2tp-noipsec"

# --- the default places -------------------------------------------------------------------
R=$T_TMP/root
mkdir -p "$R/etc/ppp" "$R/var/log" "$T_TMP/bin" "$T_TMP/nobin"
export PPPCONF_WHY_ROOT="$R"
runenv PATH="$T_TMP/nobin" "$PPPCONF" why --platform linux
t_eq "Linux, nothing anywhere: exit 2" 2 "$rc"
t_contains "Linux, nothing: what was tried" "$out" "/var/log/messages"
t_contains "Linux, nothing: journalctl too" "$out" "journalctl: not installed"
runenv PATH="$T_TMP/nobin" "$PPPCONF" why --platform macos
t_eq "macOS, no ppp.log: exit 2" 2 "$rc"
t_contains "macOS reads /var/log/ppp.log" "$out" "/var/log/ppp.log"
printf '%s\n' "Thu Nov 26 10:05:03 2026 : L2TP: no user shared secret found." >"$R/var/log/ppp.log"
runenv PATH="$T_TMP/nobin" "$PPPCONF" why --platform macos
t_eq "macOS: /var/log/ppp.log explained" 0 "$rc"
t_contains "macOS: the fix" "$out" "sudo pppconf fix l2tp-noipsec"
rm "$R/var/log/ppp.log"
# journalctl, when it is there, after the files
cat >"$T_TMP/bin/journalctl" <<'EOF'
#!/bin/sh
[ "$*" = "-t pppd --no-pager" ] || { echo "unexpected arguments: $*" >&2; exit 1; }
echo "-- Journal begins at Mon 2026-11-02 08:00:01 CET, ends at Thu 2026-11-26 10:32:41 CET. --"
echo "Nov 26 10:32:11 gw pppd[2345]: pppd 2.4.9 started by root, uid 0"
echo "Nov 26 10:32:41 gw pppd[2345]: LCP: timeout sending Config-Requests"
EOF
chmod +x "$T_TMP/bin/journalctl"
runenv PATH="$T_TMP/bin" "$PPPCONF" why --platform linux
t_eq "journalctl: explained" 0 "$rc"
t_contains "journalctl: named as the source" "$out" "journalctl -t pppd --no-pager"
t_contains "journalctl: the cause" "$out" "lcp-timeout"
# a syslog file comes before journalctl
printf '%s\n' "Nov 26 09:00:00 gw pppd[1999]: Connect script failed" >"$R/var/log/syslog"
runenv PATH="$T_TMP/bin" "$PPPCONF" why --platform linux
t_contains "syslog before journalctl" "$out" "connect-script-failed"
# the logfile named in /etc/ppp/options comes first, read as pppd reads the file
printf '# the log\nlogfile %s  # here\nlock\n#logfile /nowhere\n' "/var/log/ppp-dsl.log" >"$R/etc/ppp/options"
printf '%s\n' "Serial line is looped back." >"$R/var/log/ppp-dsl.log"
runenv PATH="$T_TMP/bin" "$PPPCONF" why --platform linux
t_contains "the options' logfile first" "$out" "looped-back"
t_contains "the options' logfile named" "$out" "ppp-dsl.log"
# where the log goes is part of the configuration: a logfile in a file the
# options include wins over nothing, and a later one over an earlier
printf 'lock\nfile /etc/ppp/options.dsl\n' >"$R/etc/ppp/options"
printf 'logfile /var/log/ppp-inc.log\n' >"$R/etc/ppp/options.dsl"
printf '%s\n' "Serial line is looped back." >"$R/var/log/ppp-inc.log"
runenv PATH="$T_TMP/bin" "$PPPCONF" why --platform linux
t_contains "a logfile named in an included file is read" "$out" "ppp-inc.log"
unset PPPCONF_WHY_ROOT

# --- JSON: one object, the documented fields -------------------------------------------------
printf '%s\n' "Thu Nov 26 10:05:03 2026 : L2TP: no user shared secret found." >"$T_TMP/log"
run why --json "$T_TMP/log"
for field in '"schema": 1' '"status": "recognised"' '"platform": ' '"source": ' '"attempt": {"first_line": 1' \
	'{"line": 1, "text": ' '"alert": null' '"fix": "l2tp-noipsec"' '"fix_available": true' '"cite": ' '"error": null'; do
	t_contains "JSON has $field" "$out" "$field"
done
if command -v python3 >/dev/null 2>&1; then
	t_check "JSON parses" sh -c 'printf "%s" "$1" | python3 -m json.tool >/dev/null' - "$out"
	run why --json "“IPSec 共享密钥”丢失。请验证您的设置并尝试重新连接。"
	t_check "alert JSON parses" sh -c 'printf "%s" "$1" | python3 -m json.tool >/dev/null' - "$out"
	t_contains "alert JSON: the key and language" "$out" '"key": "L2TP Error 7", "language": "zh-Hans"'
else
	t_skip "python3 missing: JSON not parsed"
fi

# --- the documents name the command -------------------------------------------------------
t_contains "--help names why" "$("$PPPCONF" --help)" "pppconf why"
t_check "README names pppconf why" grep -q "pppconf why" "$TOP/README.md"
t_check "man page source names why" grep -q '^\.B why$' "$TOP/man/pppconf.8.in"
t_check "man page documents the JSON fields" grep -q '^\.SH WHY' "$TOP/man/pppconf.8.in"

# --- Linux: an interface name, a VRF or a CRL file pppd could not use ---
printf 'Dec  7 10:00:01 gw pppd[811]: Couldn'"'"'t rename interface ppp0 to vpn0: File exists\n' >"$T_TMP/log"
why_log "ifname refused" ifname-rename-failed -
printf 'Dec  7 10:00:01 gw pppd[811]: Couldn'"'"'t create ppp interface vpn0: File exists\n' >"$T_TMP/log"
why_log "ifname taken (2.5)" ifname-create-failed -
printf 'Dec  7 10:00:01 gw pppd[811]: Requested vrf blue does not exist\n' >"$T_TMP/log"
why_log "vrf missing" vrf-missing -
printf 'Dec  7 10:00:01 gw pppd[811]: EAP-TLS: Cannot open CRL file '"'"'/etc/ppp/crl.pem'"'"'\n' >"$T_TMP/log"
why_log "CRL file (2.4.9)" crl-open-failed-eaptls -
printf 'Dec  7 10:00:01 gw pppd[811]: Cannot open CRL file '"'"'/etc/ppp/crl.pem'"'"'\n' >"$T_TMP/log"
why_log "CRL file (2.5.3)" crl-open-failed -

t_done
