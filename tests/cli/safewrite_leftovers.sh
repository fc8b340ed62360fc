#!/bin/sh
# safewrite_leftovers.sh - pppconf set killed at every step of its write (strace): the next command that writes removes the temporary files it can prove are its own and says so; doctor reports the rest.
. "$(dirname "$0")/../lib.sh"

if ! command -v strace >/dev/null 2>&1 || ! strace -o /dev/null true 2>/dev/null; then
	t_skip "strace is missing or may not trace here: no kills"
	t_done
	exit
fi
P=$PPPCONF
D=$T_TMP/etc
LOG=$T_TMP/strace.log
mkdir "$D"
NAME=leftovers$$
F=$D/$NAME
printf 'lock\nnoauth\n' >"$T_TMP/old"
printf 'lock\nnoauth\nmtu 1400\n' >"$T_TMP/new"
A='[A-Za-z0-9]'
temps() { ls -A "$D" | grep -c "^\.$NAME\.pppconf-$A$A$A$A$A$A$A$A\$"; }
reset() {
	rm -rf "$D" "$PPPCONF_STATE_DIR"
	mkdir "$D"
	cp "$T_TMP/old" "$F"
}

# How often `call` happens in one whole `set`.
count_calls() {
	reset
	strace -o "$LOG" -e trace="$1" "$P" set mtu 1400 --yes --platform linux "$F" \
		>/dev/null 2>&1
	grep -c "^$1(" "$LOG"
}

# A kill at each invocation of each step of the write. Whatever it left,
# the next `set` finds the file whole, removes our leftovers, says so, and
# its own edit lands; nothing of ours stays behind.
kills=0
left_any=0
for call in openat write fchown fchmod fsync renameat; do
	total=$(count_calls $call)
	n=1
	while [ "$n" -le "$total" ]; do
		reset
		strace -o "$LOG" -e trace=$call -e inject=$call:signal=SIGKILL:when=$n \
			"$P" set mtu 1400 --yes --platform linux "$F" >/dev/null 2>&1
		kills=$((kills + 1))
		label="kill at $call #$n"
		if ! cmp -s "$T_TMP/old" "$F" && ! cmp -s "$T_TMP/new" "$F"; then
			t_fail "$label: the file is neither the old nor the new one"
		fi
		before=$(temps)
		[ "$before" -gt 0 ] && left_any=$((left_any + 1))
		out=$("$P" set lcp-echo-interval 30 --yes --platform linux "$F" 2>&1 >/dev/null)
		rc=$?
		if [ $rc -ne 3 ]; then
			t_fail "$label: the next set did not write (status $rc)"
			printf '%s\n' "$out" | sed 's/^/    | /'
		fi
		grep -qx 'lcp-echo-interval 30' "$F" || t_fail "$label: the next set's edit is missing"
		if [ "$before" -gt 0 ]; then
			case $out in
			*"removed $before temporary file"*"left in $D by an interrupted save"*) t_pass ;;
			*) t_fail "$label: the next set does not say it removed $before leftover(s)"
			   printf '%s\n' "$out" | sed 's/^/    | /' ;;
			esac
		fi
		t_eq "$label: no leftover after the next set" 0 "$(temps)"
		n=$((n + 1))
	done
done
echo "kills: $kills, with leftovers: $left_any"
t_check "kills were made ($kills)" [ "$kills" -gt 20 ]
t_check "some kills left a temporary file, and each was cleaned up ($left_any)" \
	[ "$left_any" -gt 0 ]

# ---- what cannot be proven ours stays, and doctor keeps naming it ----
reset
touch "$D/.$NAME.pppconf-Planted1"
ln -s "$T_TMP/old" "$D/.$NAME.pppconf-AlinkToo"
if [ "$(id -u)" -eq 0 ]; then
	touch "$D/.$NAME.pppconf-NobodyXs"
	chown 65534:65534 "$D/.$NAME.pppconf-NobodyXs"
fi
out=$("$P" set mtu 1400 --yes --platform linux "$F" 2>&1 >/dev/null)
t_eq "a leftover of ours is removed" "" "$(ls -A "$D" | grep Planted1)"
t_contains "the next set says what it removed" "$out" ".$NAME.pppconf-Planted1"
t_check "a link with our name is left alone" test -L "$D/.$NAME.pppconf-AlinkToo"
t_check "the link's target is untouched" cmp -s "$T_TMP/old" "$T_TMP/old"
t_contains "the next set says some were kept" "$out" "not provably left by an earlier pppconf"
if [ "$(id -u)" -eq 0 ]; then
	t_check "another user's file with our name is left alone" \
		test -e "$D/.$NAME.pppconf-NobodyXs"
fi
out=$("$P" doctor --platform linux "$F" 2>&1)
t_contains "doctor still reports what was kept" "$out" ".$NAME.pppconf-AlinkToo"

# A leftover made after this writer took its lock could be a live save's:
# swtool holds the lock, a file appears, the holder's own save keeps it.
SW=$TOP/build/tools/swtool
if [ -x "$SW" ]; then
	reset
	FIFO=$T_TMP/hold
	mkfifo "$FIFO"
	"$SW" hold "$F" - <"$FIFO" >"$T_TMP/holder.out" 2>&1 &
	holder=$!
	exec 3>"$FIFO"
	n=0
	while ! grep -q locked=1 "$T_TMP/holder.out" 2>/dev/null && [ $n -lt 100 ]; do
		sleep 0.05
		n=$((n + 1))
	done
	sleep 0.05
	touch "$D/.$NAME.pppconf-NewerOne"
	printf 's' >&3
	n=0
	while ! grep -q '^stale:' "$T_TMP/holder.out" && [ $n -lt 100 ]; do
		sleep 0.05
		n=$((n + 1))
	done
	t_contains "the holder keeps a leftover newer than its lock" "$(cat "$T_TMP/holder.out")" \
		"removed 0 leftover temporary files"
	t_check "it is still there" test -e "$D/.$NAME.pppconf-NewerOne"
	exec 3>&-
	wait $holder
fi

t_done
