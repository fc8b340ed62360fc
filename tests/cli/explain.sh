#!/bin/sh
# tests/cli/explain.sh - `pppconf explain`: everything about a directive, for an 80-column terminal.
. "$(dirname "$0")/../lib.sh"

# OUT as printed; FLAT with the wrapping undone, for phrases.
run() {
	OUT=$("$PPPCONF" explain "$@" 2>&1); RC=$?
	FLAT=$(printf '%s\n' "$OUT" | tr '\n' ' ' | tr -s ' ')
}
# Every line fits an 80-column terminal.
fits() { [ -z "$(printf '%s\n' "$1" | awk 'length($0) > 80')" ]; }

# The macOS fix: why, the risk, the plugin line it needs, how to undo.
run --platform macos l2tpnoipsec
t_eq "l2tpnoipsec exit" 0 "$RC"
t_contains "name" "$OUT" "l2tpnoipsec"
t_contains "ipsec" "$FLAT" "IPsec"
t_contains "unencrypted" "$FLAT" "unencrypted"
t_contains "needs the plugin" "$FLAT" "'plugin L2TP.ppp'"
t_contains "every service" "$FLAT" "every L2TP VPN service"
t_contains "undo" "$FLAT" "undo"
t_contains "platform" "$OUT" "macOS only (Linux's pppd does not know it)"
t_contains "category" "$OUT" "l2tp - L2TP"
t_contains "source" "$OUT" "Sources:    apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/main.c:219"
t_check "l2tpnoipsec fits 80 columns" fits "$OUT"

# A serial-line word read before a channel plugin takes the link is never used;
# Apple's cdtrcts is still read by its option check, so it does not say so.
run connect
t_contains "serial word idle before the plugin" "$FLAT" "Read before that, it is accepted but never used"
run --platform macos cdtrcts
t_lacks "macOS cdtrcts: not idle" "$FLAT" "accepted but never used"
run xonxoff
t_lacks "xonxoff: not said" "$FLAT" "accepted but never used"

# A row no pinned source backs says so, in the text and where the sources go.
run --platform macos radius_primary_auth_server
t_contains "unverified row: the text says so" "$FLAT" "Not verified: the source that defines this option"
t_contains "unverified row: no source line" "$OUT" "Source:     no pinned source: not verified"

# Asked on Linux: said plainly that it is macOS's.
run --platform linux l2tpnoipsec
t_eq "l2tpnoipsec on linux exit" 0 "$RC"
t_contains "other platform" "$FLAT" "'l2tpnoipsec' exists only in macOS's pppd; Linux's pppd does not know it."

# A Mac word Apple's build leaves out is not said to be in macOS's pppd.
run --platform linux pdebug
t_contains "not built: only in the source" "$FLAT" "'pdebug' is in macOS's pppd source only behind a build switch that is left off"
t_lacks "not built: not said to exist in macOS's pppd" "$FLAT" "'pdebug' exists only in macOS's pppd"

# plugin: where L2TP.ppp lives, and the order.
run --platform macos plugin
t_contains "plugin home" "$FLAT" "/System/Library/SystemConfiguration/PPPController.bundle/Contents/PlugIns/"
t_contains "plugin L2TP.ppp" "$FLAT" "'plugin L2TP.ppp' loads the bundle L2TP.ppp from there"
t_contains "plugin home: from Apple's full source, marked" "$FLAT" "PPPController.bundle/Contents/PlugIns/ (set in Apple's Controller/ppp_option.h, which is not in the source copy pppconf follows; not verified on a Mac)"
t_lacks "no unsourced old home" "$FLAT" "/System/Library/Extensions/"
t_contains "plugin order" "$FLAT" "'plugin L2TP.ppp' must come before"
t_contains "plugin known" "$OUT" "L2TP.ppp"
t_contains "plugin other row" "$FLAT" "Linux's pppd has its own version"
t_check "plugin fits 80 columns" fits "$OUT"
# A split word whose other row that platform's pppd is built without: the
# pointer does not say that pppd has it, and the built-without row says so.
run --platform linux ipx
t_contains "other row not built: named as source only" "$FLAT" "macOS's pppd source has its own version, but only behind a build switch"
t_lacks "other row not built: not said to be in its pppd" "$FLAT" "macOS's pppd has its own version"
run --platform macos ipx
t_contains "own row not built: said on the Platforms line" "$FLAT" "macOS, in the source only: its build leaves it out"
run --platform linux plugin
t_contains "linux plugin home" "$FLAT" "/usr/lib/pppd/"

# A pppoe.so option names the plugin's 2.4.9 file name too; an L2TP one does not.
run --platform linux pppoe-ac
t_contains "pppoe.so option: 2.4.9's rp-pppoe.so" "$FLAT" "'plugin rp-pppoe.so' brings the same options"
run --platform macos l2tpnoipsec
t_lacks "L2TP option: no rp-pppoe.so" "$FLAT" "rp-pppoe.so"

# A value's kind and range.
run --platform linux mtu
t_contains "mtu value" "$FLAT" "integer, 128 to 16384"
t_contains "mtu platforms" "$OUT" "macOS and Linux"

# Several names; a wildcard word; risks from the checks.
run --platform linux mtu noauth
t_eq "two names exit" 0 "$RC"
t_contains "two names: mtu" "$OUT" "mtu <"
t_contains "two names: noauth risk" "$FLAT" "pppd does not ask the other side to prove who it is"
run --platform linux 115200
t_eq "speed exit" 0 "$RC"
t_contains "speed" "$OUT" "pppd reads the word itself as <speed>"

# Unknown names: said on stderr with close names, exit 2 (as every command
# that takes a name); the known ones still shown.
run --platform linux mtux
t_eq "unknown exit" 2 "$RC"
t_contains "unknown" "$OUT" "'mtux' is not a directive Linux's pppd knows. Did you mean: mtu"
# capth: one edit from capath (Linux only), two from auth
OUT=$("$PPPCONF" explain --platform macos -- capth 2>&1)
t_contains "capth on a Mac is capath" "$OUT" "Did you mean capath (Linux only)"
t_lacks "capth on a Mac is no auth" "$OUT" "auth?"
run --platform macos mtu l2tpnoipesc
t_eq "mixed exit" 2 "$RC"
t_contains "mixed shows mtu" "$OUT" "mtu <"
t_contains "mixed suggests" "$OUT" "Did you mean: l2tpnoipsec"
run --platform linux l2tpnoipesc
t_contains "other platform suggestion" "$OUT" "Did you mean l2tpnoipsec (macOS only)?"

# OPT_PRIVFIX ranks root's value only with OPT_PRIO: the ATM address has
# none, so explain must not promise that root's address stays.
run --platform linux '<atm-address>'
t_lacks "atm address: no root's-value-stays line" "$OUT" "a value from a privileged source cannot be replaced"
run --platform linux init
t_contains "init: root's value stays" "$OUT" "a value from a privileged source cannot be replaced"

# Every directive of both platforms explains within 80 columns.
for p in linux macos; do
	names=$("$PPPCONF" list --platform $p | awk '/^  [^ <]/ { print $1 }')
	# shellcheck disable=SC2086
	OUT=$("$PPPCONF" explain --platform $p -- $names 2>&1); RC=$?
	t_eq "explain every $p name exit" 0 "$RC"
	t_check "every $p explanation fits 80 columns" fits "$OUT"
	t_lacks "no $p name unknown" "$OUT" "is not a directive"
done

# Usage.
# An alias: what the option does comes from its real row, after the
# alias's own words on the spelling, and the real row's risk with it.
run --platform linux nomppe-40
REAL=$(printf '%s\n' "$OUT" | awk 'NF == 0 { b++; next } b == 2 { print $1, $2, $3, $4; exit }')
run --platform linux -- -mppe-40
t_contains "an alias shows its real row's explanation" "$OUT" "
  nomppe-40: "
t_contains "in the real row's words" "$FLAT" "nomppe-40: ${REAL:-the real row's text}"
run --platform linux +pap
t_contains "and the real row's risk" "$FLAT" "Risk: $(run --platform linux require-pap; printf '%s\n' "$FLAT" | sed -n 's/.*Risk: \(.\{40\}\).*/\1/p')"
# The check lines are headed "In /etc/ppp/options", which pppd reads with
# privilege: a word privileged since 2.5.3 draws no note there.
run --platform linux set
t_contains "set: a privileged word" "$OUT" "Linux pppd: privileged since 2.5.3"
t_lacks "set: no privilege note under /etc/ppp/options" "$FLAT" "may only come from a privileged place"
# A ranked option says why a later line may not win; a plain one does not.
run --platform linux nolock
t_contains "nolock: ranked with lock" "$FLAT" "Ranked: one setting with lock."
t_contains "nolock: options.<tty> does not beat the command line" "$FLAT" "So /etc/ppp/options.<tty>, read after the command line, does not change what the command line set."
# a serial-line word is unknown in options.<interface>, which only pppoe.so
# reads, after it replaced the tty channel (pppoe/plugin.c:397, :327-329)
t_contains "nolock: options.<interface> does not know it" "$FLAT" "/etc/ppp/options.<interface>, read only when pppoe.so carries the link, does not know this serial-line word"
t_lacks "nolock: options.<interface> ranks no value of it" "$FLAT" "but /etc/ppp/options.<interface> does."
run --platform linux connect
t_contains "connect: options.<interface> does not know it" "$FLAT" "does not know this serial-line word: pppd stops there with \"unrecognized option\"."
t_lacks "connect: options.<interface> replaces nothing" "$FLAT" "replaces either"
run --platform linux ipparam
t_contains "ipparam: options.<interface> still ranks a general word" "$FLAT" "but /etc/ppp/options.<interface> does."
run --platform macos nolock
t_contains "nolock on macOS: the controller's rank" "$FLAT" "PPPController's options and /etc/ppp/postoptions"
# OPT_PRIVFIX: a privileged options.<tty> outranks a user's command line.
run --platform linux disconnect
t_contains "disconnect: options.<tty> beats a user's command line" "$FLAT" "does replace what a user who is not root gave"
run --platform linux nolock
t_lacks "nolock: no privileged rank" "$FLAT" "a value from a privileged source ranks above"
run --platform linux mtu
t_lacks "mtu: not ranked" "$FLAT" "Ranked:"
# 2.5.3 keeps noipx as a dummy without a rank; only 2.4.9's ipxcp ranks it.
run --platform linux noipx
t_contains "noipx: the rank is 2.4.9's" "$FLAT" "Ranked: In Linux pppd 2.4.9 only (2.5.3 accepts the word and ignores it): one setting with ipx"
# ipx-node is not marked OPT_PRIO, but its own handler ranks each part
# (linux-ppp-2.4.9/pppd/ipxcp.c:301).
run --platform linux ipx-node
t_contains "ipx-node: ranked by its own handler" "$FLAT" "Ranked: pppd keeps a value against a later one"
# A word the Mac's pppd is not built with has no rank there.
run --platform macos multilink
t_lacks "multilink on macOS: not built, not ranked" "$FLAT" "Ranked:"
# unset is privileged only from Linux pppd 2.5.3 (2.4.9's options.c:314 has
# no OPT_PRIV): the Privileged line says so, and JSON gives the release.
run --platform linux unset
t_contains "unset privileged since" "$FLAT" "That holds only since Linux pppd 2.5.3; 2.4.9 takes it from any source."
OUT=$("$PPPCONF" --json --platform linux explain -- unset 2>&1)
t_contains "unset json priv since" "$OUT" '"linux_priv_since":'

run
t_eq "no name exit" 2 "$RC"
t_contains "usage" "$OUT" "usage: pppconf explain NAME"

# l2tptimeoutcap resets a number below 4 before the plugin hands it on in
# 16 bits, so only a number above 65535 wraps; a row with no minimum
# (l2tpwindow) still says a negative one wraps too.
run --platform macos l2tptimeoutcap
t_contains "u16 with a minimum: only above 65535 wraps" "$FLAT" "so a number above 65535 wraps"
t_lacks "u16 with a minimum: below 0 is reset, not wrapped" "$FLAT" "or below 0 wraps"
run --platform macos l2tpwindow
t_contains "u16 without a minimum: below 0 wraps" "$FLAT" "above 65535 or below 0 wraps"

# pppd ranks each option entry apart (an OPT_PRIOSUB one shares its
# leader's): the Ranked line must not let "options.<tty> does not change what
# the controller set" stand for the words that undo this one.
run --platform macos -- -mppe-stateless
t_contains "ranked: the undoing words are ranked apart" "$FLAT" "nomppe-stateful, mppe-stateless, +mppe-stateless, which go against it, are not ranked with it"
run --platform macos mppe-40
t_contains "ranked: nomppe-40 is not ranked with mppe-40" "$FLAT" "But nomppe-40, nomppe, noccp, which go against it"
run --platform linux nomppe-128
t_contains "ranked: one undoing word, said in the singular" "$FLAT" "But require-mppe-128, which goes against it, is not ranked with it"
# require-mppe and +mppe put 40-bit keys back after nomppe-40 in every
# release (ccp.c:116, options.c:859) and have ranks of their own; they are
# not in its conflicts, since require-mppe then nomppe-40 is a usable pair.
run --platform linux nomppe-40
t_contains "ranked: require-mppe also undoes nomppe-40" "$FLAT" "But require-mppe-40, require-mppe, +mppe, which go against it, are not ranked with it"
t_lacks "ranked: a word of its own group is not named" "$FLAT" "+mppe-40, which go"
# an alias row (-mppe-40) has no conflicts of its own: its main word's count
run --platform linux -- -mppe-40
t_contains "ranked: an alias names its main word's undoing words" "$FLAT" "But require-mppe-40, require-mppe, +mppe, which go against it, are not ranked with it"
run --platform macos -- -mppe-40
t_contains "ranked: the same on macOS, with mppe-40" "$FLAT" "But require-mppe-40, mppe-40, require-mppe, +mppe, which go against it"
run --platform macos -- -mppe-128
t_contains "ranked: an alias on macOS too" "$FLAT" "But require-mppe-128, mppe-128, which go against it"
run --platform linux mrru
t_lacks "ranked: no undoing word, no caveat" "$FLAT" "which go against it"
# ipv6 turns IPv6CP on through +ipv6's rank (ipv6cp.c:407): it is not
# ranked apart from noipv6, and a lower-ranked one leaves IPv6 off.
run --platform linux noipv6
t_lacks "ranked: ipv6 is not said to be ranked apart from noipv6" "$FLAT" "But ipv6, which goes against it"
t_contains "ranked: a lower-ranked ipv6 leaves IPv6 off" "$FLAT" "An ipv6 line turns IPv6 on only at this rank"
run --platform macos +ipv6
t_contains "ranked: +ipv6 says ipv6 takes its rank too" "$FLAT" "An ipv6 line turns IPv6 on only at this rank"
# A macOS channel plugin's ranked option: no options.<tty> is read with
# L2TP.ppp in charge (L2TP-plugin/main.c:301), and a secrets-file line comes
# after the connection (Helpers/pppd/auth.c:871).
run --platform macos l2tpipsecsharedsecret
t_lacks "channel rank: options.<tty> is not read" "$FLAT" "options.<tty>, read last"
t_contains "channel rank: says options.<tty> is not read" "$FLAT" "pppd reads no /etc/ppp/options.<tty>"
# Linux's pppol2tp.so is a channel too: its own channel reads no
# /etc/ppp/options.<tty> (linux-ppp-2.5.3/pppd/plugins/pppol2tp/pppol2tp.c:527).
run --platform linux pppol2tp_reorderto
t_lacks "pppol2tp rank: options.<tty> is not read" "$FLAT" "read after the command line, does not change"
t_contains "pppol2tp rank: says options.<tty> is not read" "$FLAT" "pppd reads no /etc/ppp/options.<tty>"
# defaultroute-metric is OPT_INITONLY: a secrets-file line comes too late.
run --platform linux defaultroute-metric
t_contains "initonly: not from a secrets-file line" "$FLAT" "A line of a secrets file is the exception here"
# -mppe has a rank of its own (OPT_ALIAS | OPT_PRIO, linux-ppp-2.5.3/pppd/
# ccp.c:123): a later require-mppe still takes effect, as for nomppe.
run --platform linux -- -mppe
t_contains "-mppe: require-mppe is not ranked with it" "$FLAT" "But require-mppe, +mppe, require-mppe-128, +mppe-128, require-mppe-40, +mppe-40, which go against it"
# Apple's mppe-128 and mppe-40 write the same values as require-mppe-128/-40
# (apple-ppp-1027.121.1/Helpers/pppd/ccp.c:200-206): nomppe lists them on a Mac.
run --platform macos nomppe
t_contains "nomppe: Apple's mppe-128 and mppe-40 go against it" "$FLAT" "+mppe-40, mppe-128, mppe-40, which go against it"
# socket chooses the device (OPT_DEVNAM): it is taken only before the device
# is fixed, and pty or notty with it is refused, not ranked apart.
run --platform linux socket
t_contains "socket rank: refused in options.<tty>" "$FLAT" "refuses the word there (\"may not be changed\")"
t_lacks "socket rank: options.<tty> keeps nothing" "$FLAT" "read after the command line, does not change"
t_lacks "socket rank: pty is no later winner" "$FLAT" "which go against it"
run --platform macos socket
t_contains "mac socket rank" "$FLAT" "then the command line, PPPController's options and /etc/ppp/postoptions, with the files they name. They come from low to high"

# Related and Conflicts name only what this pppd has
OUT=$("$PPPCONF" --platform macos explain remotename 2>&1)
t_lacks "mac remotename: no Linux-only related names" "$OUT" "Related:    user name pap-secrets"
t_contains "mac remotename: its own related names" "$OUT" "Related:    user name"
OUT=$("$PPPCONF" --platform linux explain remotename 2>&1)
t_contains "linux remotename: its related names" "$OUT" "pap-secrets"
# a name both platforms have is never called the other one's only
OUT=$("$PPPCONF" --platform linux explain -- -- 2>&1)
t_lacks "--: --version is not macOS only" "$OUT" "(macOS only)"
# the other platform's row: its check part says whose check it is
OUT=$("$PPPCONF" --platform macos explain net-init-script 2>&1)
t_contains "macos net-init-script: Linux's check" "$OUT" "In Linux's /etc/ppp/options, pppconf check says:"
OUT=$("$PPPCONF" --platform linux explain l2tpnoipsec 2>&1)
t_contains "linux l2tpnoipsec: a Mac's check" "$OUT" "In a Mac's /etc/ppp/options, pppconf check says:"
OUT=$("$PPPCONF" --platform linux explain net-init-script 2>&1)
t_contains "linux net-init-script: its own check" "$OUT" "  In /etc/ppp/options, pppconf check says:"
# a serial-line row only Apple's pppd has names only Apple's channel plugins
OUT=$("$PPPCONF" --platform macos explain forcepty 2>&1)
t_contains "forcepty: Apple's plugins in its Link line" "$OUT" "L2TP.ppp or PPPoE.ppp has taken"
t_lacks "forcepty: no Linux plugin in its Link line" "$OUT" "pppoe.so"
# and a serial-line row only Linux's pppd has names only Linux's channel plugins
OUT=$("$PPPCONF" --platform linux explain datarate 2>&1)
FLAT=$(printf '%s\n' "$OUT" | tr '\n' ' ' | tr -s ' ')
t_contains "linux datarate: Linux's plugins in its Link line" "$FLAT" "pppoe.so, pppoatm.so or pppol2tp.so has taken"
t_lacks "linux datarate: no Apple plugin in its Link line" "$OUT" "L2TP.ppp"
# max-tls-version is a string pppd compares only by its start (tls.c:301):
# its Value line must not read as a choice pppd enforces
run max-tls-version
t_contains "max-tls-version: any word taken" "$FLAT" "one of 1.0|1.1|1.2|1.3 (pppd also takes any other word)"
t_done
