#!/bin/sh
# tests/cli/check_suggest.sh - `pppconf check`'s corrections: which close names "did you mean" names and which one it writes in, and what old spellings mean today.
. "$(dirname "$0")/../lib.sh"

put() { printf "$2" > "$T_TMP/$1"; chmod 644 "$T_TMP/$1"; }
run() { OUT=$("$PPPCONF" check --only "$@" 2>&1); RC=$?; }

# "noix" is as near noip (IPv4 off) as noipx: both are named, neither is
# written in. On a Mac noipx is not built, and noip, which that pppd knows,
# is no correction either: it is not said to be refused there.
put tied 'lock\nnoix\n'
run --platform linux "$T_TMP/tied"
t_contains "tied typo: both named" "$OUT" "'noip' and 'noipx' are equally close"
t_lacks "tied typo: not written in" "$OUT" "write instead: noip"
run --platform macos "$T_TMP/tied"
t_lacks "tied typo on a Mac: noip not called refused" "$OUT" "Only Linux's pppd is built with that word"
t_lacks "tied typo on a Mac: not written in" "$OUT" "write instead"
# "require-cap" is one edit from require-pap, require-eap and require-chap:
# each is another login protocol, so none is written in; a plain typo of
# require-chap still is.
put authtie 'lock\nrequire-cap\n'
run --platform linux "$T_TMP/authtie"
t_contains "auth tie: named" "$OUT" "Did you mean 'require-pap'?"
t_contains "auth tie: why not written" "$OUT" "are equally close and are different options"
t_lacks "auth tie: require-pap not written in" "$OUT" "write instead: require-pap"
put authtie2 'lock\nrequire-chapp\n'
run --platform macos "$T_TMP/authtie2"
t_contains "auth typo, no tie: written in" "$OUT" "write instead: require-chap"
# Two names equally close to a typo are both named, neither written in:
# eap-max-req is one letter from eap-max-rreq (requests answered) and
# eap-max-sreq (requests sent), two different settings.
put eaptie 'eap-max-req 5\n'
run --platform linux "$T_TMP/eaptie"
t_contains "tie: both named" "$OUT" "'eap-max-sreq' and 'eap-max-rreq' are equally close and are different options, so pppconf does not write either in."
t_lacks "tie: neither written in" "$OUT" "write instead: eap-max-"
run --platform macos "$T_TMP/eaptie"
t_contains "tie, other platform: both named" "$OUT" "Did you mean 'eap-max-sreq' or 'eap-max-rreq'? Both exist only in Linux's pppd."
# Names as close on this platform are all listed; a Linux-only one as close
# (-v) is not put in their place: -n on a Mac is -d, -h or -p
put dashn 'lock\n-n\n'
run --platform macos "$T_TMP/dashn"
t_contains "tie here and there: this pppd's names" "$OUT" "'-d', '-h' and '-p' are equally close"
# A Mac-only name nearer than any Linux one: the farther Linux name would be
# another setting (lcp-max-configure is not ACSCP's)
put acsptypo 'acsp-max-configure 5\n'
run --platform linux "$T_TMP/acsptypo"
t_contains "other platform nearer: named" "$OUT" "Did you mean 'acscp-max-configure'? That exists only in macOS's pppd."
t_lacks "other platform nearer: no Linux guess" "$OUT" "write instead: lcp-max-configure"
run --platform macos "$T_TMP/acsptypo"
t_contains "on the Mac it is written in" "$OUT" "write instead: acscp-max-configure 5"

# A typo of a word that makes pppd exit (--help, dryrun) is named, never written in.
put exits 'lock\n--helpp\n'
run --platform linux "$T_TMP/exits"
t_contains "exits typo: named" "$OUT" "Did you mean '--help'?"
t_contains "exits typo: why not written" "$OUT" "so pppconf does not write it in."
t_lacks "exits typo: not written in" "$OUT" "write instead: --help"
put exits2 'lock\n\342\200\224help\n'
run --platform linux "$T_TMP/exits2"
t_contains "exits look-alike: named, remove the line" "$OUT" "In plain ASCII it reads '--help', which makes pppd print and exit"
t_lacks "exits look-alike: not written in" "$OUT" "write instead: --help"

# An old spelling: what pppd calls it today, never a correction that
# changes the meaning (the MPPE-MPPC patch's lines, common in router files).
put legacy 'mppe required,no40,no56,stateless\nnomppc\nrefuse-chapms\n'
run --platform linux "$T_TMP/legacy"
t_contains "legacy id" "$OUT" "legacy:1: error: pppd does not know 'mppe'."
t_contains "legacy id" "$OUT" "[legacy-spelling]"
t_contains "patch's mppe line: its meaning today" "$OUT" "    write instead: require-mppe-128"
t_lacks "not +mppe" "$OUT" "+mppe required"
t_contains "nomppc: delete the line" "$OUT" "legacy:2: error: pppd does not know 'nomppc'."
t_lacks "nomppc is not nomppe" "$OUT" "write instead: nomppe"
t_contains "Apple's spelling on Linux" "$OUT" "    write instead: refuse-mschap"
run --json --only --platform linux "$T_TMP/legacy"
t_contains "JSON: delete is an empty replacement" "$OUT" "\"id\": \"legacy-spelling\", \"severity\": \"error\", \"file\": \"$T_TMP/legacy\", \"line\": 2"
t_contains "JSON: the replacement" "$OUT" '"replacement": "require-mppe-128"'

# a typo whose close name would switch authentication off gets no correction
put weak 'noaut\n'
run --platform linux "$T_TMP/weak"
t_lacks "noaut is not corrected to noauth" "$OUT" "write instead"

# A close name macOS's pppd is built without is not written in on a Mac.
OUT=$(printf 'endpont 1:abc\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "no macOS endpoint offered" "$OUT" "fix: Did you mean 'endpoint'? Only Linux's pppd is built with that word"
t_lacks "nor written in" "$OUT" "write instead: endpoint"

# '+ip6' on a Mac: its 6 says +ipv6, so +ipx (not built there) holds
# nothing back and +ipv6 is written in, as on Linux
OUT=$(printf '+ip6\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "+ip6 mac: +ipv6 written in" "$OUT" "write instead: +ipv6"
t_lacks "+ip6 mac: not said to be Linux only" "$OUT" "Only Linux's pppd is built with that word"
OUT=$(printf 'noip6\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "noip6 mac: noipv6 written in" "$OUT" "write instead: noipv6"
# a name macOS is built without that may be what was meant ("noix": noipx
# or noip) is named beside the one offered, and neither is written in
OUT=$(printf 'noix\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "noix mac: both named" "$OUT" "fix: Did you mean 'noip'? 'noipx', which this pppd is built without, is about as close"
t_lacks "noix mac: not written in" "$OUT" "write instead"
# the names this pppd has that are as near stay named ("mtru": mtu and mru,
# beside mrru, which Apple's pppd is built without)
OUT=$(printf 'mtru 1400\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "mtru mac: mtu and mru named" "$OUT" "'mtu' and 'mru' are equally close"
t_lacks "mtru mac: not written in" "$OUT" "write instead"
OUT=$("$PPPCONF" --platform macos explain mtru 2>&1)
t_contains "mtru mac: explain names mtu and mru" "$OUT" "Did you mean: mtu, mru?"
# a name with _ read as - is the very name: no name pppd is built without,
# three edits away, holds it back
OUT=$(printf 'acscp_max_failure 3\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "acscp_max_failure mac: written in" "$OUT" "write instead: acscp-max-failure 3"
# a typo of another link plugin's word after one link plugin: its plugin
# line would take the link over, so nothing is written in
OUT=$(printf 'plugin L2TP.ppp\nnopppoeloadd\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "nopppoeloadd after L2TP.ppp: named" "$OUT" "would take the link from L2TP.ppp"
t_lacks "nopppoeloadd after L2TP.ppp: no PPPoE.ppp line written in" "$OUT" "write instead"
# modemdict's settings come only from PPPController: no plugin line is
# named for a typo of it
OUT=$(printf 'modemdit 1\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "modemdit: modemdict named, not written" "$OUT" "takes its settings from PPPController"
t_lacks "modemdit: no plugin line named" "$OUT" "PPPSerial.ppp"
# a leading n with no name after it is a "no" name with its o left out
OUT=$(printf 'nlog\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "nlog: nolog written in" "$OUT" "write instead: nolog"
# a typo of a PPPSerial.ppp word on a Mac: no plugin line in a file every
# pppd reads; in a peers file the word alone (PPPController loaded the plugin)
OUT=$(printf 'modemcompres\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "modemcompres mac options: named" "$OUT" "Did you mean 'modemcompress'? It belongs to the plugin PPPSerial.ppp"
t_lacks "modemcompres mac options: no plugin line written" "$OUT" "write instead"
mkdir -p "$T_TMP/etc/ppp/peers"
printf 'modemcompres\n' >"$T_TMP/etc/ppp/peers/Modem"
OUT=$("$PPPCONF" check --only --platform macos "$T_TMP/etc/ppp/peers/Modem" 2>&1)
t_contains "modemcompres mac peers: the word alone" "$OUT" "write instead: modemcompress"
# a typo left to correct still names the plugin line its word needs
OUT=$(printf 'l2tpipsecsharedsecre\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "held typo: the plugin it needs" "$OUT" "leaves the line for you to correct. It needs the line 'plugin L2TP.ppp' above it."
# Apple's ip-up is Linux's ip-up-script: written in with its value
OUT=$(printf 'ip-up /etc/ppp/up\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "ip-up on Linux: its Linux name" "$OUT" "write instead: ip-up-script /etc/ppp/up"
OUT=$(printf 'ip-down-script /etc/ppp/down\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "ip-down-script on a Mac: its Mac name" "$OUT" "write instead: ip-down /etc/ppp/down"
# "modems" on a Mac: modem, or modemscript/modemsound cut short: named, not written
OUT=$(printf 'modems\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "modems mac: the longer names named" "$OUT" "is also the start of longer names this pppd knows ('modemscript', 'modemsound')"
# "mt" on a Mac: mp and mo are not built there, mtu is as close and is named
OUT=$(printf 'mt\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "mt mac: mtu named" "$OUT" "fix: Did you mean 'mtu'? 'mp', which this pppd is built without"
# three names equally close are all named as tied
OUT=$(printf 'require-cap\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "require-cap: the three tied" "$OUT" "'require-pap', 'require-eap' and 'require-chap' are equally close"
# a 1 or 0 added after the last letter is a digit, not an l or o: no guess; in place of the last letter it is a look-alike
OUT=$(printf 'novjccomp1\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "novjccomp1: no guess" "$OUT" "Did you mean"
OUT=$(printf 'loca1\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "loca1: local" "$OUT" "Did you mean 'local'?"
# 2.4.9's IPX words typed with _ are its words, not old spellings to delete
OUT=$(printf 'ipxcp_accept_local\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "ipxcp_accept_local 2.4.9: offered" "$OUT" "write instead: ipxcp-accept-local"
OUT=$(printf 'ipxcp_accept_local\n' | "$PPPCONF" check --only --platform linux - 2>&1)
# no release named: 2.4.9 has the word, 2.5 not, so neither fix is written
t_contains "ipxcp_accept_local, no release: named" "$OUT" "Did you mean 'ipxcp-accept-local'? 'ipxcp-accept-local' is gone from Linux pppd since 2.5.0"
t_lacks "ipxcp_accept_local, no release: nothing written" "$OUT" "write instead"
OUT=$(printf 'ipxcp_accept_local\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.5.3 - 2>&1)
t_contains "ipxcp_accept_local 2.5.3: delete" "$OUT" "write instead: nothing (delete the line)"
# controlled is named, never written in
OUT=$(printf 'controled\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "controled: named" "$OUT" "Did you mean 'controlled'?"
t_lacks "controled: not written in" "$OUT" "write instead: controlled"
# a name only the other platform's pppd has, as close: neither written in
put crossuse 'uset x\n'
run --platform macos "$T_TMP/crossuse"
t_contains "cross tie: all three named" "$OUT" "Did you mean 'user', or 'unset' or 'set', which only Linux's pppd has?"
t_lacks "cross tie: not written in" "$OUT" "write instead: user"
# a name gone since 2.5.0 is written in when --pppd-version names a
# release that has it
OUT=$(printf 'ipxcp-accept-locl\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "2.4.9: a removed name written in" "$OUT" "write instead: ipxcp-accept-local"
OUT=$(printf 'ipxcp-accept-locl\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "newest: a removed name not written in" "$OUT" "write instead: ipxcp-accept-local"
# on a Mac, a typo of callback: Linux has it only in builds with CBCP
OUT=$(printf 'calback 5551234\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "calback mac: Apple's switch and an optional Linux part" "$OUT" "Apple's pppd has that word only behind a build switch its build leaves off, and only a Linux pppd built with an optional part has it"
# a word after a misspelt name on the same line may be its value
OUT=$(printf 'plugin L2TP.ppp\nl2tpipsecsharedsecrettyp key\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "the word after a typo: maybe its value" "$OUT" "this word becomes its value"
# a name younger than the release --pppd-version names is not written in
OUT=$(printf 'lcp-echo-adaptiv\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.8 - 2>&1)
t_lacks "2.4.8: lcp-echo-adaptive not written in" "$OUT" "write instead"
# addresses written apart are the local:remote word pppd takes
put addr2 '10.0.0.1 10.0.0.2\n'
run --platform linux "$T_TMP/addr2"
t_contains "two addresses: one word" "$OUT" "write instead: 10.0.0.1:10.0.0.2"
OUT=$(printf '10.0.0.1,10.0.0.2\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "a comma: one word" "$OUT" "write instead: 10.0.0.1:10.0.0.2"
OUT=$(printf '10.0.0.1\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "one address: both ways named" "$OUT" "'10.0.0.1:' sets this side's address, ':10.0.0.1' the other side's"
t_lacks "one address: nothing written" "$OUT" "write instead"
# a close name is not written in with a value the check would warn about
OUT=$(printf 'plugin PPPoE.ppp\npppoemdoe 1\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "pppoemdoe 1: named" "$OUT" "Did you mean 'pppoemode'?"
t_lacks "pppoemdoe 1: not written in" "$OUT" "write instead: pppoemode 1"
# dst is not src: ip-dst-address-filter is no typo of Apple's src filter
OUT=$(printf 'ip-dst-address-filter 1\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_lacks "ip-dst: not written in" "$OUT" "write instead: ip-src-address-filter"
# a two-letter typo of a name gone since 2.5.0 says so
OUT=$(printf 'ix\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "ix: ipx is gone" "$OUT" "'ipx' is gone from Linux pppd since 2.5.0"
# min is no typo of max: a minimum is not the maximum
OUT=$(printf 'min-tls-version 1.2\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "min-tls-version: not written in" "$OUT" "write instead: max-tls-version"
# modemdict cannot come from a file: named, never written in
OUT=$(printf 'modemdic x\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "modemdic: named, not written" "$OUT" "takes its settings from PPPController, never from a file"
t_lacks "modemdic: no plugin line" "$OUT" "write instead"
# at equal distance the name 2.5.3 has comes first, the one it lost is marked
OUT=$(printf 'lock\n-ipp\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "-ipp: -ip first, -ipx marked" "$OUT" "Did you mean '-ip'? Other close names: '-ipx' (only Linux pppd before 2.5.0)"
OUT=$(printf 'lock\n-ipp\n' | "$PPPCONF" --pppd-version 2.4.9 check --only --platform linux - 2>&1)
t_lacks "-ipp under 2.4.9: -ipx not marked" "$OUT" "only Linux pppd before"
# a typo of Apple's ip-down on Linux names Linux's own name for it
OUT=$(printf 'lock\nipdown /etc/ppp/down\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "ipdown on Linux: ip-down-script named" "$OUT" "this pppd's name for it is 'ip-down-script'"
# -ecp turns off what is never on: a look-alike gets it like noecp
OUT=$(printf 'lock\n-ecpp\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "-ecpp: -ecp written in" "$OUT" "write instead: -ecp"
# a swap of mrru's letters reads as mru too: both named, neither written in
OUT=$(printf 'lock\nmrur 1500\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "mrur: mrru named" "$OUT" "'mrru' is about as close"
t_lacks "mrur: mru not written in" "$OUT" "write instead: mru 1500"
# "-ca" is -ac with two letters swapped, and ca with a sign put before it:
# -ac is named, not written in
OUT=$(printf 'lock\n-ca\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "-ca: ca named beside -ac" "$OUT" "Did you mean '-ac'? 'ca' with a sign put before it is as close"
t_lacks "-ca: -ac not written in" "$OUT" "write instead"
# a letter typed twice is as near as one changed or left out, whatever the
# length: "-eccp" is -ecp and -ccp (which turns compression and MPPE off),
# "-pp" is -p, -ip, -pc and -pap (which refuses PAP): a name that weakens
# security holds the rest, so neither gets a guess
for w in -eccp -pp; do
	OUT=$(printf 'lock\n%s\n' "$w" | "$PPPCONF" check --only --platform linux - 2>&1)
	t_contains "$w: no guess" "$OUT" "Correct the spelling or remove the line"
done
# a sign put before a name with nothing else as near: no guess
OUT=$(printf 'lock\n-nodetach\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "-nodetach: no guess" "$OUT" "Did you mean"
# a digit added: defaultroute-metric6 is defaultroute-metric (one edit)
# before it is defaultroute6-metric (two): no guess; noip6 still noipv6
OUT=$(printf 'lock\ndefaultroute-metric6 5\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.5.3 - 2>&1)
t_lacks "defaultroute-metric6: defaultroute6-metric not written in" "$OUT" "write instead: defaultroute6-metric"
OUT=$(printf 'lock\nnoip6\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "noip6: noipv6 still written in" "$OUT" "write instead: noipv6"
# a Linux word 2.5.3 takes and does nothing with: its typo is deleted there
OUT=$(printf 'lock\nreplacedefaultrout\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.5.3 - 2>&1)
t_contains "replacedefaultrout under 2.5.3: does nothing" "$OUT" "Linux pppd 2.5.3 takes that word, but it does nothing there"
t_contains "replacedefaultrout under 2.5.3: the line is deleted" "$OUT" "write instead: nothing (delete the line)"
OUT=$(printf 'lock\nreplacedefaultrout\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "replacedefaultrout under 2.4.9: still written in" "$OUT" "write instead: replacedefaultroute"
# a Mac typo of a word both sources hide behind a build switch says so of both
OUT=$(printf 'ms-lanmn\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "ms-lanmn on a Mac: Apple's build switch named" "$OUT" "Apple's pppd has that word only behind a build switch its build leaves off, and only a Linux pppd built with an optional part has it"
# with the release named, the message names it instead of asking for it
OUT=$(printf 'lock\ntls_verify_key_usage\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "a younger name under a named release: that release named" "$OUT" "is not in Linux pppd 2.4.9, which reads this file"
t_lacks "a younger name under a named release: no --pppd-version advice" "$OUT" "--pppd-version tells it"
# a 1 put after a whole name is a digit added: no guess, not even a farther
# name ("ipcp-accept-local1" is no IPX word); "-v1" after mschap is a version
OUT=$(printf 'noidlerecv1\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_lacks "noidlerecv1: no guess" "$OUT" "Did you mean"
OUT=$(printf 'lock\nipcp-accept-local1\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_lacks "ipcp-accept-local1: no IPX guess" "$OUT" "ipxcp-accept-local"
OUT=$(printf 'lock\nrequire-mschap-v1\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "require-mschap-v1: MS-CHAP's first version" "$OUT" "write instead: require-mschap"
# a "no" left out after a dash says the opposite: no guess
OUT=$(printf 'lock\nipv6cp-remote\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.5.3 - 2>&1)
t_lacks "ipv6cp-remote: ipv6cp-noremote not written in" "$OUT" "write instead: ipv6cp-noremote"
OUT=$(printf 'lock\nipv6cp-noremot\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.5.3 - 2>&1)
t_contains "ipv6cp-noremot: a plain typo still written in" "$OUT" "write instead: ipv6cp-noremote"
# ktune is Apple pppd's own word (no plugin): its typo's note names no plugin
OUT=$(printf 'ktun\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "ktun on a Mac: taken, nothing reads it" "$OUT" "Apple's pppd takes that word, but nothing reads it"
t_lacks "ktun on a Mac: no plugin named" "$OUT" "once its plugin is loaded"
# '_' reads as '-' when the longer names a word starts are listed too
OUT=$(printf 'lock\nipv6_\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "ipv6_: the longer names it starts are named" "$OUT" "'ipv6_' is also the start of longer names this pppd knows ('ipv6-up-script'"
# a name the release lacks is said so before any other reason
OUT=$(printf 'lock\nshow-option\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "show-option under 2.4.9: the release lacks show-options" "$OUT" "'show-options' is not in Linux pppd 2.4.9, which reads this file (it came in 2.5.0)"
OUT=$(printf 'lock\nshow-option\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.5.3 - 2>&1)
t_contains "show-option under 2.5.3: it prints and exits" "$OUT" "'show-options' makes pppd print and exit"
# a Mac word Apple's pppd takes and never reads: its typo is deleted, and
# no plugin line is written in for it
OUT=$(printf 'l2tpconnectretrie 3\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "l2tpconnectretrie: named, does nothing" "$OUT" "Did you mean 'l2tpconnectretries'? Apple's pppd takes that word once its plugin is loaded, but nothing reads it"
t_contains "l2tpconnectretrie: the line is deleted" "$OUT" "write instead: nothing (delete the line)"
t_lacks "l2tpconnectretrie: no plugin line" "$OUT" "plugin L2TP.ppp"
# on a Mac, an IPX word Apple builds without is not said to be Linux's alone
OUT=$(printf 'lock\nipxcprestart 3\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_contains "ipxcprestart on a Mac: Apple's build switch named" "$OUT" "Apple's pppd has that word only behind a build switch"
# ... but not for a Linux pppd older than that name
OUT=$(printf 'lock\nip-dwn /etc/ppp/down\n' | "$PPPCONF" --pppd-version 2.4.8 check --only --platform linux - 2>&1)
t_contains "ip-dwn under 2.4.8: ip-down-script only from 2.4.9" "$OUT" "calls it 'ip-down-script' from 2.4.9 on"
# a lone 0 is no speed (setspeed turns it down) and no address either
OUT=$(printf '0\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "a lone 0: said to be no speed" "$OUT" "0 is no speed"
t_lacks "a lone 0: no colon offered" "$OUT" "An IPv4 address is written with a colon"
OUT=$(printf '10.0.0.1\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "a lone address still gets the colon" "$OUT" "An IPv4 address is written with a colon"
t_lacks "10.0.0.1 is no ATM circuit (four parts)" "$OUT" "pppoatm.so"
# vpi.vci is also an ATM circuit to pppoatm.so (Linux only)
OUT=$(printf '0.38\n' | "$PPPCONF" check --only --platform linux - 2>&1)
t_contains "0.38: the ATM circuit named beside the colon" "$OUT" "put 'plugin pppoatm.so' above it"
OUT=$(printf '0.38\n' | "$PPPCONF" check --only --platform macos - 2>&1)
t_lacks "0.38 on a Mac: no pppoatm.so" "$OUT" "pppoatm.so"
t_done
