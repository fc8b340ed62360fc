#!/bin/sh
# safewrite_env.sh - real faults from the system: full disk, read-only mount, bind mount, ulimit -f, no permission, immutable file.
. "$(dirname "$0")/../lib.sh"

SW=$TOP/build/tools/swtool
if [ ! -x "$SW" ]; then
	t_skip "build/tools/swtool is missing (make tests builds it)"
	t_done
	exit
fi
ROOT=0
[ "$(id -u)" -eq 0 ] && ROOT=1
chmod 755 "$T_TMP" # other users must reach it for the nobody cases
# The checkout may sit where user nobody cannot reach (a 0700 home): that
# user runs a copy of the helper from the scratch folder.
SW_NOBODY=$T_TMP/swtool
cp "$SW" "$SW_NOBODY" && chmod 755 "$SW_NOBODY"
OLD=$T_TMP/old
NEW=$T_TMP/new
BIG=$T_TMP/big
printf 'lock\nnoauth\n' >"$OLD"
printf 'lock\nnoauth\nl2tpnoipsec\n' >"$NEW"
i=0
while [ $i -lt 2048 ]; do
	printf '# a long comment line that makes the new file large enough %04d\n' $i
	i=$((i + 1))
done >"$BIG"

# Runs a command as user nobody, with whichever tool this system has.
as_nobody() {
	if command -v setpriv >/dev/null 2>&1; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	elif command -v runuser >/dev/null 2>&1; then
		runuser -u nobody -- "$@"
	else
		return 127
	fi
}
can_be_nobody() {
	[ $ROOT -eq 1 ] && as_nobody test -x "$SW_NOBODY" 2>/dev/null
}

# Whether a private mount namespace is allowed here.
can_mount() {
	[ $ROOT -eq 1 ] && command -v unshare >/dev/null 2>&1 &&
		unshare -m sh -c "mount -t tmpfs -o size=64k tmpfs '$T_TMP' && umount '$T_TMP'" 2>/dev/null
}

# --- EACCES: an ordinary user may read but not save, and is told to use sudo.
if can_be_nobody; then
	D=$T_TMP/perm
	mkdir "$D"
	cp "$OLD" "$D/options"
	chmod 644 "$D/options"
	out=$(as_nobody "$SW_NOBODY" load "$D/options")
	t_contains "not root: opened read-only" "$out" "read_only=1"
	t_contains "not root: the reason says to use sudo" "$out" "sudo"
	out=$(as_nobody "$SW_NOBODY" commit "$D/options" "$NEW")
	t_eq "not root: saving fails" 12 $?
	t_contains "not root: the message says to use sudo" "$out" "run pppconf with sudo"
	t_check "not root: the file is unchanged" cmp -s "$OLD" "$D/options"
	t_eq "not root: nothing was created" "options" "$(ls -A "$D" | tr '\n' ' ' | sed 's/ $//')"
	chmod 600 "$D/options"
	out=$(as_nobody "$SW_NOBODY" load "$D/options")
	t_eq "unreadable: the file cannot be opened" 13 $?
	t_contains "unreadable: the sentence says permission denied and sudo" "$out" \
		"permission denied: run pppconf with sudo"

	# The caller's file size limit: nobody cannot lift it, so the write
	# comes up short; the save must fail cleanly, not leave half a file.
	D=$T_TMP/ulimit
	mkdir "$D"
	cp "$OLD" "$D/options"
	chown -R 65534:65534 "$D"
	out=$(as_nobody sh -c "ulimit -f 4; exec '$SW_NOBODY' commit '$D/options' '$BIG' nolock")
	t_eq "ulimit -f: saving fails" 12 $?
	t_contains "ulimit -f: the message names the limit" "$out" "(EFBIG)"
	t_check "ulimit -f: the file is unchanged" cmp -s "$OLD" "$D/options"
	t_eq "ulimit -f: no temporary file left" "options" "$(ls -A "$D" | grep -v '~$')"
else
	t_skip "not root, or user nobody cannot reach $T_TMP: no permission or ulimit-as-user cases"
fi

# A caller's ulimit -f holds for root too: the save fails in words and
# leaves nothing, rather than lifting a limit someone set on purpose.
D=$T_TMP/ulimit-root
mkdir "$D"
cp "$OLD" "$D/options"
out=$(sh -c "ulimit -f 4; exec '$SW' commit '$D/options' '$BIG'")
t_eq "ulimit -f: saving fails" 12 $?
t_contains "ulimit -f: the message names the limit" "$out" "file size limit (ulimit -f)"
t_check "ulimit -f: the file is unchanged" cmp -s "$OLD" "$D/options"
t_eq "ulimit -f: no temporary file left" "options" "$(ls -A "$D")"

# --- ENOSPC on a real full file system, EROFS on a read-only one, EBUSY
# on a bind-mounted file; each in a private mount namespace.
if can_mount; then
	M=$T_TMP/mnt
	mkdir "$M"
	# Full disk: no room even for the backup; then room for the backup only.
	out=$(unshare -m sh -c "
		mount -t tmpfs -o size=64k tmpfs '$M' || exit 99
		cp '$OLD' '$M/options'
		dd if=/dev/zero of='$M/fill' bs=4k 2>/dev/null
		'$SW' commit '$M/options' '$BIG'; echo rc=\$?
		cmp -s '$OLD' '$M/options' && echo intact
		echo left=\$(ls -A '$M' | grep -c pppconf-)
		rm '$M/fill'; dd if=/dev/zero of='$M/fill' bs=4k count=13 2>/dev/null
		'$SW' commit '$M/options' '$BIG'; echo rc=\$?
		cmp -s '$OLD' '$M/options' && echo intact
		echo left=\$(ls -A '$M' | grep -c pppconf-)
	")
	t_contains "full disk: the save fails" "$out" "rc=12"
	t_contains "full disk: the message says so" "$out" "disk full (ENOSPC)"
	t_contains "full disk: the message names the file" "$out" "$M/options"
	t_lacks "full disk: the file is never changed" "$out" "rc=0"
	t_eq "full disk: the file is intact both times" 2 "$(printf '%s\n' "$out" | grep -c '^intact$')"
	t_eq "full disk: no temporary file left either time" 2 "$(printf '%s\n' "$out" | grep -c '^left=0$')"

	# Read-only file system: opens read-only with the reason; saving refused.
	out=$(unshare -m sh -c "
		mount -t tmpfs -o size=64k tmpfs '$M' || exit 99
		cp '$OLD' '$M/options'
		mount -o remount,ro '$M' || exit 98
		'$SW' load '$M/options'
		'$SW' commit '$M/options' '$NEW'; echo rc=\$?
		cmp -s '$OLD' '$M/options' && echo intact
	")
	t_contains "read-only mount: opened read-only" "$out" "read_only=1"
	t_contains "read-only mount: the reason says why" "$out" "read-only file system"
	t_contains "read-only mount: saving fails" "$out" "rc=12"
	t_contains "read-only mount: the file is intact" "$out" "intact"

	# A file bind-mounted over the target cannot be renamed over (EBUSY),
	# and there is no in-place fallback.
	D=$T_TMP/bind
	mkdir "$D"
	cp "$OLD" "$D/options"
	cp "$OLD" "$T_TMP/host-file"
	out=$(unshare -m sh -c "
		mount --bind '$T_TMP/host-file' '$D/options' || exit 99
		'$SW' commit '$D/options' '$NEW'; echo rc=\$?
		cmp -s '$OLD' '$D/options' && echo intact
		echo left=\$(ls -A '$D' | grep -c pppconf-)
	")
	t_contains "bind mount: saving fails" "$out" "rc=12"
	t_contains "bind mount: the message names EBUSY" "$out" "(EBUSY)"
	t_contains "bind mount: the file is intact" "$out" "intact"
	t_contains "bind mount: no temporary file left" "$out" "left=0"
	t_check "bind mount: the mounted host file is unchanged" cmp -s "$OLD" "$T_TMP/host-file"
else
	t_skip "no private mount namespace here (needs root and unshare -m): no full-disk, read-only or bind-mount cases"
fi

# --- An immutable file (chattr +i): read-only with the reason.
D=$T_TMP/immutable
mkdir "$D"
cp "$OLD" "$D/options"
if [ $ROOT -eq 1 ] && command -v chattr >/dev/null 2>&1 && chattr +i "$D/options" 2>/dev/null; then
	out=$("$SW" load "$D/options")
	t_contains "immutable: opened read-only" "$out" "read_only=1"
	t_contains "immutable: the reason says immutable" "$out" "immutable"
	"$SW" commit "$D/options" "$NEW" >/dev/null
	t_eq "immutable: saving fails" 12 $?
	chattr -i "$D/options"
	t_check "immutable: the file is intact" cmp -s "$OLD" "$D/options"
	t_eq "immutable: nothing left behind" "options" "$(ls -A "$D" | tr '\n' ' ' | sed 's/ $//')"
else
	t_skip "chattr +i is not possible here: no immutable-file case"
fi

t_done
