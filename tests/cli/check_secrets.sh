#!/bin/sh
# tests/cli/check_secrets.sh - `pppconf check` on a --root copy: pppd stops at start-up when it must make the peer log in and no secrets-file line could serve (auth-no-secret).
. "$(dirname "$0")/../lib.sh"

# Compared with Debian's pppd 2.4.9 (`pppd file F dryrun nodetach pty cat`, as root, in a
# private mount namespace with a scratch /etc/ppp and a plain file as /dev/ppp, without which it
# exits 4 at "Couldn't open the /dev/ppp device" first): it exits 1 with "couldn't find any
# suitable secret" for an empty chap-secrets, a three-word line, a best line with "-", require-pap
# with only chap-secrets, and name gw1 against a gw2 line; it goes on with "* * pw *".
R=$T_TMP/r
mkdir -p "$R/etc/ppp/peers"
: >"$R/etc/ppp/options"
PEER=$R/etc/ppp/peers/isp
SECRET=Zq7secretWord
run() { "$PPPCONF" --platform linux --root "$R" check "$@" "$PEER" 2>&1; }

# require-chap with an empty chap-secrets: pppd exits with 1 before connecting
printf 'require-chap\n' >"$PEER"
: >"$R/etc/ppp/chap-secrets"
OUT=$(run)
t_contains "require-chap, empty chap-secrets: error" "$OUT" "isp:1: error: pppd stops before connecting"
t_contains "... names the file" "$OUT" "/etc/ppp/chap-secrets"
t_contains "... and the kind" "$OUT" "[auth-no-secret]"
t_contains "... the configuration is refused" "$OUT" "pppd will refuse this configuration"
t_contains "... says it was not tried" "$OUT" "(derived from the source, not tried)"
# the same with no chap-secrets at all
rm -f "$R/etc/ppp/chap-secrets"
OUT=$(run)
t_contains "require-chap, no chap-secrets: error" "$OUT" "[auth-no-secret]"
# a line any peer could use: no error
printf '# client server secret addresses\n* * %s *\n' "$SECRET" >"$R/etc/ppp/chap-secrets"
OUT=$(run)
t_lacks "a matching chap-secrets line: no error" "$OUT" "[auth-no-secret]"
t_contains "a matching chap-secrets line: accepted" "$OUT" "pppd will accept it"
t_lacks "the secret is never shown" "$OUT" "$SECRET"
# a line with a client name: matches when remotename is that name or absent
printf 'peer1 * %s *\n' "$SECRET" >"$R/etc/ppp/chap-secrets"
OUT=$(run)
t_lacks "no remotename: any client line serves" "$OUT" "[auth-no-secret]"
printf 'require-chap\nremotename peer2\n' >"$PEER"
OUT=$(run)
t_contains "remotename another peer: no line serves" "$OUT" "[auth-no-secret]"
t_lacks "the secret is never shown, even in the error" "$OUT" "$SECRET"
printf 'require-chap\nremotename peer1\n' >"$PEER"
OUT=$(run)
t_lacks "remotename the line's client: it serves" "$OUT" "[auth-no-secret]"
# this end's name: `name` against the server field
printf 'require-chap\nname gw1\n' >"$PEER"
printf '* gw2 %s *\n' "$SECRET" >"$R/etc/ppp/chap-secrets"
OUT=$(run)
t_contains "name gw1, only a gw2 line: error" "$OUT" "[auth-no-secret]"
printf 'require-chap\n' >"$PEER"
OUT=$(run)
t_lacks "no name under --root: the host name is unknown, any server may match" "$OUT" "[auth-no-secret]"
# the best line's addresses must allow some IP address: none listed allows none
printf '* * %s\n' "$SECRET" >"$R/etc/ppp/chap-secrets"
OUT=$(run)
t_contains "a line of three words: no address, error" "$OUT" "lets it use no IP address"
printf '* * %s -\n' "$SECRET" >"$R/etc/ppp/chap-secrets"
OUT=$(run)
t_contains "a line allowing no address: error" "$OUT" "lets it use no IP address"
printf '* * %s !10.0.0.1 10.0.0.0/24\n' "$SECRET" >"$R/etc/ppp/chap-secrets"
OUT=$(run)
t_lacks "a line allowing some address: no error" "$OUT" "[auth-no-secret]"
# pppd asks only the best match (fewest *): a closer line allowing no address wins
printf 'peer1 * %s -\n* * %s *\n' "$SECRET" "$SECRET" >"$R/etc/ppp/chap-secrets"
printf 'require-chap\nremotename peer1\n' >"$PEER"
OUT=$(run)
t_contains "the best line allows no address: error" "$OUT" "[auth-no-secret]"
printf 'require-chap\nremotename peer2\n' >"$PEER"
OUT=$(run)
t_lacks "another peer gets the * line, which allows any: no error" "$OUT" "[auth-no-secret]"
printf 'require-chap\n' >"$PEER"
# a line missing its secret is no line
printf '* *\n' >"$R/etc/ppp/chap-secrets"
OUT=$(run)
t_contains "client and server only: no secret, error" "$OUT" "[auth-no-secret]"

# allow-ip lets the peer in without a secret: pppd starts
: >"$R/etc/ppp/chap-secrets"
printf 'require-chap\nallow-ip 10.0.0.2\n' >"$PEER"
OUT=$(run)
t_lacks "allow-ip: no error" "$OUT" "[auth-no-secret]"
# noauth after require-chap: no login required
printf 'require-chap\nnoauth\n' >"$PEER"
OUT=$(run)
t_lacks "noauth after require-chap: no error" "$OUT" "[auth-no-secret]"
# a plugin that answers pppd's secret check itself
printf 'plugin radius.so\nrequire-chap\n' >"$PEER"
OUT=$(run)
t_lacks "radius.so decides: no error" "$OUT" "[auth-no-secret]"

# require-pap reads pap-secrets, not chap-secrets
printf 'require-pap\n' >"$PEER"
printf '* * %s *\n' "$SECRET" >"$R/etc/ppp/chap-secrets"
: >"$R/etc/ppp/pap-secrets"
OUT=$(run)
t_contains "require-pap with only a chap-secrets line: error" "$OUT" "/etc/ppp/pap-secrets"
t_lacks "require-pap: chap-secrets not named" "$OUT" "no line of /etc/ppp/chap-secrets"
t_contains "require-pap: the fix names pap-secrets" "$OUT" "Add a line for the peer to /etc/ppp/pap-secrets"
t_lacks "the secret is never shown (pap)" "$OUT" "$SECRET"
printf '* * %s *\n' "$SECRET" >"$R/etc/ppp/pap-secrets"
: >"$R/etc/ppp/chap-secrets"
OUT=$(run)
t_lacks "require-pap with a pap-secrets line: no error" "$OUT" "[auth-no-secret]"
# login checks PAP against the system's passwords
: >"$R/etc/ppp/pap-secrets"
printf 'require-pap\nlogin\n' >"$PEER"
OUT=$(run)
t_lacks "require-pap with login: no error" "$OUT" "[auth-no-secret]"

# -all clears the method require-chap chose (lcp.c:320-323) but not
# auth_required, so pppd asks for all three (auth.c:1371-1378); a require-
# word after -all chooses again
printf 'require-chap\n-all\nmtu 1400\n' >"$PEER"
OUT=$(run)
t_contains "require-chap above -all: every method" "$OUT" "log in with PAP, CHAP or EAP"
printf -- '-all\nrequire-chap\nmtu 1400\n' >"$PEER"
OUT=$(run)
t_contains "require-chap below -all: CHAP" "$OUT" "log in with CHAP,"

# auth alone asks for PAP, CHAP or EAP: any of the files serves
printf 'auth\n' >"$PEER"
OUT=$(run)
t_contains "auth, every file empty: error" "$OUT" "log in with PAP, CHAP or EAP"
printf '* * %s *\n' "$SECRET" >"$R/etc/ppp/srp-secrets"
OUT=$(run)
t_lacks "auth with an srp-secrets line (EAP): no error" "$OUT" "[auth-no-secret]"
rm -f "$R/etc/ppp/srp-secrets"
# require-eap with EAP-TLS's certificate options and empty secrets files: those
# options serve only this end's own login, and pppd's start-up look reads only
# /etc/ppp/eaptls-server for EAP-TLS (auth.c:1402-1408, 2766), so it stops;
# Debian's 2.4.9 (built with EAP-TLS) exits 1 the same way
printf 'require-eap\nca /etc/ppp/ca.pem\ncert /etc/ppp/srv.pem\nkey /etc/ppp/srv.key\n' >"$PEER"
: >"$R/etc/ppp/chap-secrets"
OUT=$(run)
t_contains "require-eap with ca, cert and key options only: error" "$OUT" "log in with EAP,"
t_contains "... and eaptls-server is named among the files" "$OUT" "/etc/ppp/srp-secrets, /etc/ppp/eaptls-server is one"

# a file checked alone (--only) is no whole configuration: never said
printf 'require-chap\n' >"$PEER"
OUT=$("$PPPCONF" --platform linux check --only "$PEER" 2>&1)
t_lacks "--only: not said" "$OUT" "[auth-no-secret]"
OUT=$("$PPPCONF" --platform linux --root "$R" check --only "$PEER" 2>&1)
t_lacks "--only under --root: not said" "$OUT" "[auth-no-secret]"

# macOS: Apple's pppd takes EAP as able to log in; a controller's service gets noauth
mkdir -p "$T_TMP/m/etc/ppp/peers"
printf 'require-chap\n' >"$T_TMP/m/etc/ppp/peers/isp"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/m" check "$T_TMP/m/etc/ppp/peers/isp" 2>&1)
t_contains "macOS require-chap by hand, no secrets: error" "$OUT" "[auth-no-secret]"
printf 'auth\n' >"$T_TMP/m/etc/ppp/peers/isp"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/m" check "$T_TMP/m/etc/ppp/peers/isp" 2>&1)
t_lacks "macOS auth (EAP among the methods): not said" "$OUT" "[auth-no-secret]"
printf 'require-chap\n' >"$T_TMP/m/etc/ppp/peers/isp"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/m" --service-type l2tp --service isp check "$T_TMP/m/etc/ppp/peers/isp" 2>&1)
# the peers file is read after PPPController's noauth, so its login holds and
# Apple's pppd looks for the secret at start-up as on Linux (auth.c:1429-1463)
t_contains "macOS service, login asked in its peers file: said" "$OUT" "[auth-no-secret]"
# a login asked in a Mac's /etc/ppp/options: PPPController's noauth undoes it
# for its services (a note says so); with a command line given, a pppd run by
# hand is checked as one
mkdir -p "$T_TMP/mo/etc/ppp"
printf 'require-mschap\n' >"$T_TMP/mo/etc/ppp/options"
: >"$T_TMP/mo/etc/ppp/chap-secrets"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/mo" check 2>&1)
t_lacks "macOS options' login, no command line: no error" "$OUT" "[auth-no-secret]"
t_contains "macOS options' login: the controller undoes it" "$OUT" "[controller-overrides]"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/mo" --args 'noipdefault' check 2>&1)
t_contains "macOS options' login, pppd run by hand: error" "$OUT" "[auth-no-secret]"
# the same login in a file /etc/ppp/options names with file: read at the
# same low rank, so the controller's noauth undoes it too (Apple's
# options.c keeps the rank across file); with a command line, it stops
printf 'file /etc/ppp/inc\n' >"$T_TMP/mo/etc/ppp/options"
printf '+chap\nmru 1400\n' >"$T_TMP/mo/etc/ppp/inc"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/mo" check 2>&1)
t_lacks "macOS login in a file options names: no error" "$OUT" "[auth-no-secret]"
t_contains "macOS login in a file options names: the controller undoes it" "$OUT" "inc:1: note: +chap in this file does not reach"
t_contains "macOS mru in a file options names: the controller replaces it" "$OUT" "inc:2: note: mru in this file does not reach"
OUT=$("$PPPCONF" --platform macos --root "$T_TMP/mo" --args 'noipdefault' check 2>&1)
t_contains "macOS login in a file options names, pppd run by hand: error" "$OUT" "[auth-no-secret]"
OUT=$("$PPPCONF" --platform linux --root "$T_TMP/mo" check 2>&1)
t_lacks "Linux: no controller for a file options names" "$OUT" "[controller-overrides]"

# Debian's stock options ask for a login; pppd run with no peers file stops, and the
# message says a peers file read with call may say noauth; with that call, nothing
printf 'auth\n' >"$R/etc/ppp/options"
printf 'noauth\n' >"$PEER"
: >"$R/etc/ppp/chap-secrets"; : >"$R/etc/ppp/pap-secrets"
OUT=$("$PPPCONF" --platform linux --root "$R" check 2>&1)
t_contains "bare pppd with auth: the peers-file way is named" "$OUT" "a connection started with pppd call NAME may turn the login off with noauth"
OUT=$("$PPPCONF" --platform linux --root "$R" --args 'call isp' check 2>&1)
t_lacks "call isp with noauth: no error" "$OUT" "[auth-no-secret]"
: >"$R/etc/ppp/options"
t_done
