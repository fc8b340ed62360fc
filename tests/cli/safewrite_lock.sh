#!/bin/sh
# safewrite_lock.sh - one editor at a time across processes, still after its own saves; symlinks and backups from the shell.
. "$(dirname "$0")/../lib.sh"

SW=$TOP/build/tools/swtool
if [ ! -x "$SW" ]; then
	t_skip "build/tools/swtool is missing (make tests builds it)"
	t_done
	exit
fi
D=$T_TMP/etc
mkdir "$D"
printf 'lock\n' >"$D/options"
printf 'lock\nnoauth\n' >"$T_TMP/new"
FIFO=$T_TMP/hold-stdin
mkfifo "$FIFO"

# wait_for FILE TEXT: up to 5 s for a background editor to report in.
wait_for() {
	i=0
	while [ $i -lt 50 ]; do
		grep -q "$2" "$1" 2>/dev/null && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# The first editor saves once (a rename), then keeps editing.
"$SW" hold "$D/options" "$T_TMP/new" <"$FIFO" >"$T_TMP/holder.out" 2>&1 &
holder=$!
exec 3>"$FIFO"
t_check "the first editor is running and holds the lock" wait_for "$T_TMP/holder.out" "locked=1"
t_contains "the first editor saved" "$(cat "$T_TMP/holder.out")" "status=ok"

out=$("$SW" load "$D/options")
t_contains "a second editor is read-only" "$out" "read_only=1"
t_contains "it knows the first editor's pid, after that editor's own rename" "$out" "lock_holder=$holder"
t_contains "it says who holds the lock" "$out" "(pid $holder) is already editing"
printf 'lock\nother\n' >"$T_TMP/other"
out=$("$SW" commit "$D/options" "$T_TMP/other")
t_eq "the second editor cannot save" 12 $?
t_check "the first editor's content stays" cmp -s "$T_TMP/new" "$D/options"
out=$("$SW" load "$D/options" nolock)
t_contains "a script that asks for no lock is not blocked" "$out" "read_only=0"

exec 3>&-
wait $holder
out=$("$SW" load "$D/options")
t_contains "after the first editor quits, the lock is free" "$out" "locked=1"
t_eq "no lock file or other debris is left in the edited directory" "options options~" \
	"$(ls -A "$D" | tr '\n' ' ' | sed 's/ $//')"

# A symbolic link at the target is refused; its target stays untouched.
printf 'real\n' >"$T_TMP/real"
ln -s "$T_TMP/real" "$D/linked"
out=$("$SW" load "$D/linked")
t_contains "a link opens read-only" "$out" "read_only=1"
t_contains "the reason names the link target" "$out" "$T_TMP/real"
"$SW" commit "$D/linked" "$T_TMP/new" force >/dev/null
t_eq "saving through a link fails" 12 $?
t_eq "the link target is untouched" "real" "$(cat "$T_TMP/real")"
t_eq "the link is still the same link" "$T_TMP/real" "$(readlink "$D/linked")"

# A planted options~ link is replaced, not followed.
printf 'victim\n' >"$T_TMP/victim"
rm -f "$D/options~"
ln -s "$T_TMP/victim" "$D/options~"
printf 'lock\nnoauth\ndebug\n' >"$T_TMP/newer"
"$SW" commit "$D/options" "$T_TMP/newer" >/dev/null
t_eq "save with a planted backup link succeeds" 0 $?
t_eq "the planted link's victim is untouched" "victim" "$(cat "$T_TMP/victim")"
t_check "options~ is a plain file now" test -f "$D/options~" -a ! -L "$D/options~"
t_check "options~ holds the previous content" cmp -s "$T_TMP/new" "$D/options~"

t_done
