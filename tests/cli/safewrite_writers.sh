#!/bin/sh
# safewrite_writers.sh - writers at the same time: commands queue for the lock (--wait) and each applies its edit to the file as it then is; a lock whose holder is gone is taken over.
. "$(dirname "$0")/../lib.sh"

P=$PPPCONF
D=$T_TMP/etc
mkdir "$D"
NAME=writers$$
F=$D/$NAME
if [ "$(id -u)" -eq 0 ] && [ -d /var/run ]; then
	LOCKS=/var/run
else
	LOCKS=${TMPDIR:-/tmp}
fi
locks() { ls -A "$LOCKS" | grep "pppconf.*\.$NAME\." | tr '\n' ' '; }
temps() { ls -A "$D" | grep 'pppconf-' | tr '\n' ' '; }

# ---- two writers at once, a hundred times: both edits land every time ----
i=0
lost=0
bad=0
refused=0
while [ $i -lt 100 ]; do
	printf 'lock\nnoauth\n' >"$F"
	"$P" set mtu 1400 --yes --platform linux "$F" >"$T_TMP/a.out" 2>&1 &
	a=$!
	"$P" set lcp-echo-interval 30 --yes --platform linux "$F" >"$T_TMP/b.out" 2>&1 &
	b=$!
	wait $a
	ra=$?
	wait $b
	rb=$?
	[ $ra -eq 3 ] && [ $rb -eq 3 ] || refused=$((refused + 1))
	grep -qx 'mtu 1400' "$F" && grep -qx 'lcp-echo-interval 30' "$F" || lost=$((lost + 1))
	# the file is exactly the old lines and the two new ones, in some order
	[ "$(sort "$F" | tr '\n' ' ')" = "lcp-echo-interval 30 lock mtu 1400 noauth " ] ||
		bad=$((bad + 1))
	i=$((i + 1))
done
t_eq "100 pairs of writers: both exit 3 (changed) every time" 0 "$refused"
[ "$refused" -eq 0 ] || sed 's/^/    | /' "$T_TMP/a.out" "$T_TMP/b.out"
t_eq "100 pairs of writers: no edit lost" 0 "$lost"
t_eq "100 pairs of writers: the file is never anything but old lines and new ones" 0 "$bad"
t_eq "100 pairs of writers: no temporary file left" "" "$(temps)"
t_eq "100 pairs of writers: no lock file left" "" "$(locks)"

# ---- a writer that cannot wait long enough is refused, in words ----
FIFO=$T_TMP/hold
mkfifo "$FIFO"
printf 'lock\n' >"$F"
# the editor holds the lock while it waits for keys
LC_ALL=C TERM=xterm "$P" --keys "$FIFO" --size 80x24 --screen-out "$T_TMP/ed.screen" \
	--platform linux "$F" >/dev/null 2>&1 &
ed=$!
exec 3>"$FIFO"
printf 'dump started\n' >&3
n=0
while ! grep -q '^== started ==$' "$T_TMP/ed.screen" 2>/dev/null && [ $n -lt 100 ]; do
	sleep 0.05
	n=$((n + 1))
done
out=$("$P" set mtu 1400 --yes --wait 0 --platform linux "$F" 2>&1)
t_eq "--wait 0 while the editor holds the lock: status 2" 2 $?
t_contains "--wait 0: names the holder" "$out" "(pid $ed) is already editing"
t_eq "--wait 0: the file is untouched" "lock" "$(cat "$F")"
t0=$(date +%s)
out=$("$P" set mtu 1400 --yes --wait 1 --platform linux "$F" 2>&1)
rc=$?
t1=$(date +%s)
t_eq "--wait 1 while the editor still holds it: status 2" 2 $rc
t_contains "--wait 1: says it waited" "$out" "after the wait"
t_check "--wait 1: it did wait" [ $((t1 - t0)) -ge 1 ]
# a writer waiting while the editor quits gets the lock, then reads the file
# as the editor left it
"$P" set mtu 1400 --yes --wait 20 --platform linux "$F" >"$T_TMP/waiter.out" 2>&1 &
waiter=$!
sleep 0.3
printf 'j\nd\nq\nd\n' >&3
exec 3>&-
wait $ed
wait $waiter
t_eq "a waiting writer gets the lock when the editor quits" 3 $?
t_eq "and edits the file as it is then" "lock
mtu 1400" "$(cat "$F")"
t_eq "no lock file left after the editor and the writer" "" "$(locks)"

# ---- stale locks: left by a process that is gone ----
printf 'lock\n' >"$F"
sh -c 'exit 0' &
gone=$!
wait $gone
# the name of the lock of $F, from a writer that held it
LOCK=$("$TOP/build/tools/swtool" load "$F" | sed -n 's/^lock_path=//p')
t_check "the lock file's name is known" [ -n "$LOCK" ]
t_check "a writer removes its lock file when it is done" test ! -e "$LOCK"

# an unlocked lock file that names a dead process (its holder was killed)
printf '%s\n' "$gone" >"$LOCK"
chmod 600 "$LOCK"
out=$("$P" set mtu 1400 --yes --wait 0 --platform linux "$F" 2>&1)
t_eq "a stale, unlocked lock file: the write goes on" 3 $?
t_contains "it says it took the lock over" "$out" "took over the lock on $F left by pid $gone"
t_eq "no lock file left" "" "$(locks)"

# a lock held in the name of a process that is gone: a descriptor that
# outlived it (here: flock(1) holds the file, with a dead pid inside)
if command -v flock >/dev/null 2>&1; then
	printf '%s\n' "$gone" >"$LOCK"
	chmod 600 "$LOCK"
	flock "$LOCK" sleep 30 &
	holder=$!
	n=0
	while [ $n -lt 50 ] && flock -n "$LOCK" true 2>/dev/null; do sleep 0.05; n=$((n + 1)); done
	out=$("$P" set lcp-echo-interval 30 --yes --wait 0 --platform linux "$F" 2>&1)
	t_eq "a lock held for a dead pid: the write goes on" 3 $?
	t_contains "it says whose lock it took over" "$out" "held in the name of pid $gone"
	t_check "the edit landed" grep -qx 'lcp-echo-interval 30' "$F"
	kill $holder 2>/dev/null
	wait $holder 2>/dev/null
	t_eq "no lock file left" "" "$(locks)"
else
	t_skip "flock(1) is missing: no lock held for a dead process"
fi

# a lock held by a live process is never taken over
printf '%s\n' "$$" >"$LOCK"
chmod 600 "$LOCK"
if command -v flock >/dev/null 2>&1; then
	flock "$LOCK" sleep 30 &
	holder=$!
	n=0
	while [ $n -lt 50 ] && flock -n "$LOCK" true 2>/dev/null; do sleep 0.05; n=$((n + 1)); done
	out=$("$P" set mtu 1500 --yes --wait 0 --platform linux "$F" 2>&1)
	t_eq "a lock held for a live pid: refused" 2 $?
	t_contains "it names that pid" "$out" "(pid $$)"
	t_lacks "the file keeps its value" "$(cat "$F")" "mtu 1500"
	kill $holder 2>/dev/null
	wait $holder 2>/dev/null
fi
rm -f "$LOCK"

# a lock file that is not pppconf's (a second name for it: planted) is not
# used; the command writes all the same and says it ran without a lock
printf 'lock\n' >"$F"
: >"$LOCK.planted"
chmod 600 "$LOCK.planted"
ln "$LOCK.planted" "$LOCK"
out=$("$P" set mtu 1400 --yes --wait 0 --platform linux "$F" 2>&1)
t_eq "a planted lock file: the write goes on" 3 $?
t_contains "it says no lock was had" "$out" "another pppconf could edit this file at the same time"
t_eq "the planted file is left alone" "" "$(cat "$LOCK.planted")"
rm -f "$LOCK" "$LOCK.planted"

t_done
