#!/bin/sh
# tests/shared/pppd_oracle.sh - the real pppd as judge: pppconf check must refuse what pppd refuses, accept what it accepts.
#
# For every corpus file and a set of crafted files, Debian's pppd (package
# `ppp`) reads the file with `pppd file F dryrun nodetach pty cat noauth`
# from an empty folder: exit 2 means it refused the options (as does exit 1
# after "Error reading", where it quits reading them), anything else that
# it accepted them (it then fails later for other reasons, e.g. no
# /dev/ppp). `noauth` last keeps the verdict independent of this machine's
# secrets files. pppd also reads this machine's /etc/ppp/options and root's
# ~/.ppprc first, and so does pppconf: `pppconf check --platform linux
# --args 'dryrun nodetach pty cat noauth' F` reads the same configuration
# and must report at least one error exactly when pppd refused. What pppd
# finds on this machine while reading (log folders, devices, network
# interfaces, host names) counts on both sides. A file that pppd refuses on
# its own would make every verdict "refused", so that case is skipped.
. "$(dirname "$0")/../lib.sh"

PPPD=$(command -v pppd 2>/dev/null || echo /usr/sbin/pppd)
if [ ! -x "$PPPD" ]; then
	t_skip "pppd not installed"
	t_done
	exit $?
fi
if [ "$(id -u)" != 0 ]; then
	t_skip "pppd reads options only as root; not root here"
	t_done
	exit $?
fi
TIMEOUT=$(command -v timeout 2>/dev/null)

mkdir -p "$T_TMP/run"
# pppd's verdict: "refused" or "accepted"; its first message in $T_TMP/pppd.out
verdict() {
	(cd "$T_TMP/run" && $TIMEOUT ${TIMEOUT:+10} "$PPPD" file "$1" dryrun nodetach pty cat noauth \
		>"$T_TMP/pppd.out" 2>&1 </dev/null)
	rc=$?
	if [ $rc -eq 2 ] || { [ $rc -eq 1 ] && grep -q ': Error reading ' "$T_TMP/pppd.out"; }; then
		echo refused
	# the PPPoE plugin quits while loading where there is no /dev/ppp:
	# pppd never read the rest
	elif [ $rc -eq 1 ] && grep -q "Plugin .*pppoe.* loaded" "$T_TMP/pppd.out" &&
	     grep -q "Couldn't open the /dev/ppp device" "$T_TMP/pppd.out"; then
		echo unknown
	else
		echo accepted
	fi
}
# The release pppd names (pppd version 2.4.9): words it lacks are then errors.
RELEASE=$(cd "$T_TMP/run" && "$PPPD" --version 2>&1 </dev/null | sed -n 's/^pppd version \([0-9.]*\).*/\1/p' | head -n 1)
ours() {
	"$PPPCONF" check --platform linux ${RELEASE:+--pppd-version "$RELEASE"} \
		--args 'dryrun nodetach pty cat noauth' "$1" \
		>"$T_TMP/ours.out" 2>&1
	grep -q ': error: ' "$T_TMP/ours.out" && echo refused || echo accepted
}

# Baseline: an empty file must be accepted, or this machine's options decide.
: > "$T_TMP/empty"
if [ "$(verdict "$T_TMP/empty")" = refused ]; then
	t_skip "pppd refuses even an empty file here (this machine's /etc/ppp/options?): $(head -n 1 "$T_TMP/pppd.out")"
	t_done
	exit $?
fi

# Without /dev/ppp pppd stops before the checks it makes once every
# option is read (linux-ppp-2.4.9/pppd/main.c:380-390: sys_check_options
# comes first): an error of pppconf's that only those checks give cannot be
# judged here. 0 when pppconf's errors are all such.
late_only() { # PPPD-OUT OURS-OUT
	grep -q "Couldn't open the /dev/ppp device" "$1" || return 1
	! grep ': error: ' "$2" | grep -v -e '\[incompatible\]$' -e '\[demand-no-connect\]$' \
		-e '\[demand-no-ipv6-id\]$' | grep -q .
}

compare() { # FILE NAME
	want=$(verdict "$1")
	got=$(ours "$1")
	if [ "$want" = unknown ]; then
		t_skip "$2: pppd stopped while loading the PPPoE plugin (no /dev/ppp here)"
		return
	fi
	if [ "$want" = accepted ] && [ "$got" = refused ] && late_only "$T_TMP/pppd.out" "$T_TMP/ours.out"; then
		t_skip "$2: pppd stopped at /dev/ppp before the checks it makes once every option is read"
		return
	fi
	if [ "$want" = "$got" ]; then
		t_pass
	else
		t_fail "$2: pppd $want it, pppconf check $got it"
		sed -n '1,3s/^/    pppd:    /p' "$T_TMP/pppd.out"
		grep ': error: ' "$T_TMP/ours.out" | sed -n '1,3s/^/    pppconf: /p'
	fi
	# Where pppd names the word it does not know, pppconf names it too.
	w=$(sed -n "s/.*unrecognized option '\\([!-~]*\\)'\$/\\1/p" "$T_TMP/pppd.out" | head -n 1)
	if [ -n "$w" ]; then
		if grep ': error: ' "$T_TMP/ours.out" | grep -qF "'$w'"; then t_pass; else
			t_fail "$2: pppd does not know '$w'; pppconf check does not say so"
		fi
	fi
	# A word pppd accepts is never called unknown.
	if [ "$want" = accepted ]; then
		if grep -q '\[unknown-directive\]' "$T_TMP/ours.out"; then
			t_fail "$2: pppd accepts it, but pppconf check calls a word unknown"
			grep '\[unknown-directive\]' "$T_TMP/ours.out" | sed -n '1,2s/^/    /p'
		else
			t_pass
		fi
	fi
}

n=0
if [ -d "$SHARED/corpus" ]; then
	for f in "$SHARED"/corpus/*; do
		case $f in *.tsv) continue ;; esac
		[ -f "$f" ] || continue
		compare "$f" "$(basename "$f")"
		n=$((n + 1))
	done
	t_check "the corpus was read ($n files)" [ "$n" -gt 10 ]
else
	t_fail "needs the corpus at $SHARED/corpus (../shared/corpus, or SHARED=DIR)"
fi

# Crafted files: each a case that matters, both ways.
craft() { # NAME CONTENT(printf format)
	printf "$2" > "$T_TMP/$1"
	compare "$T_TMP/$1" "$1"
}
craft unknown-word 'noipdefault\nmtux 1400\n'
craft missing-arg-at-eof 'noipdefault\nuser'
craft empty-at-eof 'user ""'
craft empty-with-newline 'user ""\n'
craft bad-number 'idle x\n'
craft number-with-junk 'idle 30s\n'
craft out-of-range 'mtu 30s\n'
craft octal 'mtu 01400\n'
craft hex-number 'mtu 0x578\n'
craft extra-word 'noipdefault yes\n'
craft both-known-on-one-line 'noipdefault debug\n'
craft glued-nbsp 'mtu\302\2401400\n'
craft bom '\357\273\277mtu 1400\n'
craft crlf 'mtu 1400\r\nnoipdefault\r\n'
craft curly-quotes '\342\200\234noipdefault\342\200\235\n'
craft en-dash '\342\200\223chap\n'
craft slash-comment 'mtu 1400 // bytes\n'
craft hash-comment 'mtu 1400 # bytes\n'
craft speed '115200\n'
craft speed-hex '0x10\n'
craft speed-zero '0\n'
craft address-pair '10.0.0.1:10.0.0.2\n'
craft address-bad '10.0.0.1:10.0.0.300\n'
craft novj-address 'novj 0:0\n'
craft device '/dev/null\n'
craft device-missing '/dev/pppconf-no-such-tty\n'
craft disabled-option 'nodefaultroute\ndefaultroute\n'
craft enabled-then-no 'defaultroute\nnodefaultroute\n'
craft unterminated 'noipdefault\nuser "abc\n'
craft bsdcomp-range 'bsdcomp 20\n'
craft escape-5e 'escape 11,5e\n'
craft netmask-bad 'netmask 255.255.255.0x\n'
craft macos-only 'l2tpnoipsec\n'
craft macos-plugin 'plugin L2TP.ppp\nl2tpnoipsec\n'
craft call-dotdot 'call ../x\n'
craft plugin-misspelled 'plugin ppoe.so\n'
craft plugin-no-extension 'plugin pppoe\n'
craft newer-word 'noipdefault\nnet-init-script /bin/true\n'
craft newest-word 'vrf red\n'
craft ua-missing '+ua /pppconf-no-such-file\n'
craft ipv6-empty 'ipv6 ""\n'
craft valid 'noipdefault\nmtu 1400\nmru 1400\nlcp-echo-interval 30\nlcp-echo-failure 4\nasyncmap 0\nms-dns 8.8.8.8\nuser "a b"\nnovj\n'

t_done
