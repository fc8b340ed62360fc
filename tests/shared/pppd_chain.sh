#!/bin/sh
# tests/shared/pppd_chain.sh - the real pppd as judge of whole configurations: includes, peers files, ~/.ppprc, options.<tty>, log files, devices, host names; pppconf must refuse what pppd refuses and name the files pppd opens, in order.
#
# Each case is a small tree: what /etc/ppp holds, root's home (its .ppprc),
# a folder of includes, and pppd's command line. It runs in a private mount
# namespace (unshare -m) where the case's tree is bound over /etc/ppp and a
# copy of /etc/passwd gives root the case's home; nothing of the machine's
# own /etc/ppp is read or changed, and the namespace goes with the case.
# There, Debian's pppd reads the options (`dryrun`, no link: exit 2 is a
# refusal; a crash, which a file including itself ends in, is one too)
# under strace, and pppconf checks the same configuration and lists the
# files it says pppd opens. The verdicts must match, and so must the files
# (the ones under /etc/ppp, the home and the case's includes), in order.
. "$(dirname "$0")/../lib.sh"

PPPD=$(command -v pppd 2>/dev/null || echo /usr/sbin/pppd)
if [ ! -x "$PPPD" ]; then
	t_skip "pppd not installed"
	t_done
	exit $?
fi
if [ "$(id -u)" != 0 ]; then
	t_skip "pppd reads options only as root, and the cases need a mount namespace; not root here"
	t_done
	exit $?
fi
if ! unshare -m true 2>/dev/null; then
	t_skip "unshare -m does not work here: no private mount namespace for the cases"
	t_done
	exit $?
fi
STRACE=$(command -v strace 2>/dev/null)
[ -n "$STRACE" ] || t_skip "strace not installed: the files pppd opens are not compared"
JOBS=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
JOBS=$((JOBS + 1))

B=$T_TMP/cases
mkdir -p "$B"
: > "$B/list"
BASE='dryrun nodetach pty cat noauth'

# begin NAME: a new case; E, I, H, L are its /etc/ppp, includes, home, logs.
begin() {
	C=$B/$1
	E=$C/etc; I=$C/inc; H=$C/home; L=$C/logs
	mkdir -p "$E/peers" "$I" "$H" "$L" "$C/run"
	ARGS=$BASE
	NAME=$1
}
# put PATH FORMAT: a file of the case (PATH starts with $E, $I or $H).
put() { mkdir -p "$(dirname "$1")"; printf "$2" > "$1"; chmod 644 "$1"; }
end() {
	printf '%s\n' "$ARGS" > "$C/args"
	awk -F: -v h="$H" 'BEGIN { OFS = ":" } $1 == "root" { $6 = h } { print }' /etc/passwd \
		> "$C/passwd"
	echo "$NAME" >> "$B/list"
}

# --- file includes
begin file-ok; put "$E/options" 'lock\nfile /etc/ppp/inc1\n'; put "$E/inc1" 'mtu 1400\n'; end
begin file-missing; put "$E/options" 'file /etc/ppp/nonexistent\n'; end
begin file-missing-args; ARGS="$BASE file /etc/ppp/nonexistent"; end
begin file-empty-name; put "$E/options" 'file ""\n'; end
begin nested; put "$E/options" 'file /etc/ppp/a\n'; put "$E/a" 'file /etc/ppp/b\nlock\n'
	put "$E/b" 'mtu 1400\n'; end
begin nested-missing; put "$E/options" 'file /etc/ppp/a\n'; put "$E/a" 'file /etc/ppp/gone\n'; end
begin nested-bad-word; put "$E/options" 'file /etc/ppp/a\n'; put "$E/a" 'file /etc/ppp/b\n'
	put "$E/b" 'mtux 1400\n'; end
begin cycle-self; put "$E/options" 'lock\nfile /etc/ppp/options\n'; end
begin cycle-two; put "$E/options" 'file /etc/ppp/a\n'; put "$E/a" 'file /etc/ppp/b\n'
	put "$E/b" 'file /etc/ppp/a\n'; end
begin include-folder; put "$E/options" 'file /etc/ppp/peers\n'; end
begin include-devnull; put "$E/options" 'file /dev/null\nlock\n'; end
begin include-outside; put "$E/options" "file $I/opts\\n"; put "$I/opts" 'noipdefault\n'; end
begin include-twice; put "$E/options" 'file /etc/ppp/a\nfile /etc/ppp/a\n'; put "$E/a" 'lock\n'; end
begin include-after-error; put "$E/options" 'mtux 1\nfile /etc/ppp/a\n'; put "$E/a" 'lock\n'; end
# --- call and peers files
begin call-ok; put "$E/peers/gprs" 'noipdefault\n'; ARGS="$BASE call gprs"; end
begin call-missing; ARGS="$BASE call nosuchpeer"; end
begin call-dotdot; ARGS="$BASE call ../options"; end
begin call-slash; put "$E/peers/gprs" 'lock\n'; ARGS="$BASE call /etc/ppp/peers/gprs"; end
begin call-subdir; put "$E/peers/sub/x" 'lock\n'; ARGS="$BASE call sub/x"; end
begin call-bad-word; put "$E/peers/gprs" 'noipdefault\nnosuchword\n'; ARGS="$BASE call gprs"; end
begin call-in-options; put "$E/options" 'call gprs\n'; put "$E/peers/gprs" 'lock\n'; end
begin call-folder; mkdir -p "$E/peers/sub"; ARGS="$BASE call sub"; end
begin call-nested-file; put "$E/peers/gprs" 'file /etc/ppp/options.extra\n'
	put "$E/options.extra" 'lock\n'; ARGS="$BASE call gprs"; end
begin call-nested-missing; put "$E/peers/gprs" 'file /etc/ppp/options.nope\n'
	ARGS="$BASE call gprs"; end
begin call-unreadable; put "$E/peers/gprs" 'lock\n'; chmod 000 "$E/peers/gprs"
	ARGS="$BASE call gprs"; end
begin call-twice; put "$E/peers/a" 'lock\n'; put "$E/peers/b" 'mtu 1400\n'
	ARGS="$BASE call a call b"; end
begin call-device-missing; put "$E/peers/gprs" '/dev/ttyNOPE0\n'; ARGS="$BASE call gprs"; end
begin plugin-across; put "$E/options" 'plugin passwordfd.so\n'; put "$E/peers/p" 'passwordfd 3\n'
	ARGS="$BASE call p"; end
begin plugin-missing-across; put "$E/peers/p" 'passwordfd 3\n'; ARGS="$BASE call p"; end
begin disabled-across; put "$E/options" 'nodefaultroute\n'; put "$E/peers/p" 'defaultroute\n'
	ARGS="$BASE call p"; end
begin enabled-across; put "$E/options" 'defaultroute\n'; put "$E/peers/p" 'nodefaultroute\n'
	ARGS="$BASE call p"; end
# --- log files
begin logfile-missing-folder; put "$E/options" 'logfile /nonexistent-pppconf-dir/ppp.log\n'; end
begin logfile-empty; put "$E/options" 'logfile ""\n'; end
begin logfile-ok; put "$E/options" "logfile $L/ppp.log\\n"; end
begin logfile-folder; put "$E/options" "logfile $L\\n"; end
begin logfile-in-peers; put "$E/peers/p" 'logfile /nonexistent-pppconf-dir/x.log\n'
	ARGS="$BASE call p"; end
begin logfile-parent-file; put "$I/afile" 'x\n'; put "$E/options" "logfile $I/afile/x.log\\n"; end
begin logfile-args; ARGS="$BASE logfile /nonexistent-pppconf-dir/y.log"; end
# --- devices and options.<tty> (no pty: /dev/null is the tty)
begin tty-file; put "$E/options.null" 'lock\n'; ARGS='dryrun nodetach noauth /dev/null'; end
begin tty-file-bad-word; put "$E/options.null" 'mtux 1\n'; ARGS='dryrun nodetach noauth /dev/null'; end
begin tty-file-device; put "$E/options.null" '/dev/zero\n'; ARGS='dryrun nodetach noauth /dev/null'; end
begin tty-file-absent; ARGS='dryrun nodetach noauth /dev/null'; end
begin tty-file-via-peers; put "$E/peers/m" '/dev/null\n'; put "$E/options.null" 'crtscts\n'
	ARGS='dryrun nodetach noauth call m'; end
begin pty-no-tty-file; put "$E/options.null" 'mtux 1\n'; ARGS="$BASE"; put "$E/options" '/dev/null\n'; end
begin device-missing-args; ARGS="$BASE /dev/ttyNOPE9"; end
# --- ~/.ppprc
begin ppprc-ok; put "$H/.ppprc" 'lock\n'; end
begin ppprc-bad; put "$H/.ppprc" 'mtux 2\n'; end
begin ppprc-include-missing; put "$H/.ppprc" 'file /etc/ppp/nope\n'; end
# --- host names, the start, the command line
begin host-unknown; ARGS="$BASE nosuchhost.invalid:10.0.0.2"; end
begin host-loopback; ARGS="$BASE localhost:10.0.0.2"; end
begin host-numbers; ARGS="$BASE 10.0.0.1:10.0.0.2"; end
begin options-absent; rm -f "$E/options"; end
begin options-folder; mkdir -p "$E/options"; end
begin unknown-in-args; ARGS="$BASE nosuchopt"; end

# One case, inside its own mount namespace.
cat > "$B/run.sh" <<'EOF'
C=$1; PPPD=$2; PPPCONF=$3; STRACE=$4
mount --bind "$C/etc" /etc/ppp && mount --bind "$C/passwd" /etc/passwd || exit 9
ARGS=$(cat "$C/args")
cd "$C/run" || exit 9
# a file that includes itself: pppd runs out of open files, not memory
ulimit -n 1024
# shellcheck disable=SC2086
if [ -n "$STRACE" ]; then
	timeout 20 "$STRACE" -f -qq -e trace=openat -o "$C/strace" "$PPPD" $ARGS \
		>"$C/pppd.out" 2>&1 </dev/null
else
	timeout 20 "$PPPD" $ARGS >"$C/pppd.out" 2>&1 </dev/null
fi
echo $? > "$C/pppd.rc"
"$PPPCONF" check --platform linux --args "$ARGS" >"$C/ours.out" 2>&1
echo $? > "$C/ours.rc"
"$PPPCONF" show --files --platform linux --args "$ARGS" >"$C/files.out" 2>&1
EOF

# The cases, several at once.
n=0
while read -r name; do
	unshare -m sh "$B/run.sh" "$B/$name" "$PPPD" "$PPPCONF" "$STRACE" &
	n=$((n + 1))
	[ $((n % JOBS)) -eq 0 ] && wait
done < "$B/list"
wait

# The files opened that are options files: under /etc/ppp, the home, the
# includes (a log file is not one), on both sides alike.
options_files() { # CASE-DIR
	grep -E "^(/etc/ppp/|$1/home/|$1/inc/)" | grep -v '\.log$'
}
pppd_files() { # CASE-DIR
	sed -n 's/^[0-9]* *openat(AT_FDCWD, "\([^"]*\)".*/\1/p' "$1/strace" | options_files "$1"
}

refused=0; accepted=0; judged=0
while read -r name; do
	C=$B/$name
	rc=$(cat "$C/pppd.rc" 2>/dev/null || echo 9)
	if grep -q "Couldn't open the /dev/ppp device" "$C/pppd.out" && [ "$rc" = 1 ] &&
	   grep -q "Plugin .*pppoe.* loaded" "$C/pppd.out"; then
		t_skip "$name: pppd stopped while loading the PPPoE plugin (no /dev/ppp here)"
		continue
	fi
	if [ "$rc" = 9 ] || [ "$rc" = 124 ]; then
		t_fail "$name: the case did not run (exit $rc)"
		sed -n '1,3s/^/    /p' "$C/pppd.out"
		continue
	fi
	# 2: pppd refused the options; 128 and up: it crashed reading them; 1
	# after "Error reading": it quit reading them (getword's die(1))
	if [ "$rc" = 2 ] || [ "$rc" -ge 128 ] ||
	   { [ "$rc" = 1 ] && grep -q ': Error reading ' "$C/pppd.out"; }; then
		want=refused
	else
		want=accepted
	fi
	grep -q ': error: ' "$C/ours.out" && got=refused || got=accepted
	# without /dev/ppp pppd stops before the checks it makes once every
	# option is read (main.c:380-390): errors only those give are not judged
	if [ "$want" = accepted ] && [ "$got" = refused ] &&
	   grep -q "Couldn't open the /dev/ppp device" "$C/pppd.out" &&
	   ! grep ': error: ' "$C/ours.out" | grep -v -e '\[incompatible\]$' \
		-e '\[demand-no-connect\]$' -e '\[demand-no-ipv6-id\]$' | grep -q .; then
		t_skip "$name: pppd stopped at /dev/ppp before the checks it makes once every option is read"
		continue
	fi
	judged=$((judged + 1))
	[ "$want" = refused ] && refused=$((refused + 1)) || accepted=$((accepted + 1))
	if [ "$want" = "$got" ]; then
		t_pass
	else
		t_fail "$name: pppd $want it (exit $rc), pppconf check $got it"
		sed -n '1,3s/^/    pppd:    /p' "$C/pppd.out"
		grep ': error: ' "$C/ours.out" | sed -n '1,3s/^/    pppconf: /p'
	fi
	[ -n "$STRACE" ] || continue
	pppd_files "$C" > "$C/pppd.files"
	cut -f1 "$C/files.out" | options_files "$C" > "$C/ours.files"
	case $name in
	# pppd opens the files of a cycle again and again: pppconf names each
	# once and the one that closes the loop
	cycle-*) head -n "$(wc -l < "$C/ours.files")" "$C/pppd.files" > "$C/pppd.cut"
		mv "$C/pppd.cut" "$C/pppd.files" ;;
	esac
	if cmp -s "$C/pppd.files" "$C/ours.files"; then
		t_pass
	else
		t_fail "$name: pppd opens other files than pppconf says"
		diff "$C/pppd.files" "$C/ours.files" | sed -n '1,8s/^/    /p'
	fi
done < "$B/list"
t_check "at least 40 cases were judged ($judged)" [ "$judged" -ge 40 ]
t_check "pppd refused at least 10 cases ($refused)" [ "$refused" -ge 10 ]
t_check "pppd accepted at least 10 cases ($accepted)" [ "$accepted" -ge 10 ]
t_done
