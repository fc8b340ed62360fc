#!/bin/sh
# safewrite_faults.sh - kills and errors injected (strace) at every step of a save: the file is always exactly old or new.
. "$(dirname "$0")/../lib.sh"

SW=$TOP/build/tools/swtool
if [ ! -x "$SW" ]; then
	t_skip "build/tools/swtool is missing (make tests builds it)"
	t_done
	exit
fi
if ! command -v strace >/dev/null 2>&1 || ! strace -o /dev/null true 2>/dev/null; then
	t_skip "strace is missing or may not trace here: no fault injection"
	t_done
	exit
fi

D=$T_TMP/etc
OLD=$T_TMP/old
NEW=$T_TMP/new
LOG=$T_TMP/strace.log
OUT=$T_TMP/out
printf '# options\nlock\nnoauth\n' >"$OLD"
printf '# options\nlock\nnoauth\nplugin L2TP.ppp\nl2tpnoipsec\n' >"$NEW"
ROOT=0
[ "$(id -u)" -eq 0 ] && ROOT=1

# A fresh directory holding the old file, owned by someone else when we
# can: a copy of one made once (each case runs a few hundred times, so
# every process saved here counts).
mkdir "$T_TMP/template"
cp "$OLD" "$T_TMP/template/options"
chmod 640 "$T_TMP/template/options"
[ $ROOT -eq 1 ] && chown 65534:65534 "$T_TMP/template/options"
META=$(stat -c '%u %g %a' "$T_TMP/template/options")
reset() {
	rm -rf "$D" "$PPPCONF_STATE_DIR"
	cp -pR "$T_TMP/template" "$D"
}

A='[A-Za-z0-9]'
# scan: the directory's names sorted into $OTHERS (other than the file,
# its backup and our leftovers) and $LEFT (the number of leftovers).
scan() {
	OTHERS=
	LEFT=0
	for _e in $(ls -A "$D"); do
		case $_e in
		options|options~) ;;
		.options.pppconf-$A$A$A$A$A$A$A$A) LEFT=$((LEFT + 1)) ;;
		*) OTHERS="$OTHERS$_e " ;;
		esac
	done
}
leftovers() { scan; echo "$LEFT"; }

# check LABEL RENAMED(0|1) ALLOW_LEFTOVERS(0|1)
check() {
	label=$1
	if [ "$2" -eq 1 ]; then want=$NEW; else want=$OLD; fi
	t_check "$label: the file is exactly the $( [ "$2" -eq 1 ] && echo new || echo old ) content" \
		cmp -s "$want" "$D/options"
	if [ -e "$D/options~" ]; then
		c_meta=$(stat -c '%u %g %a' "$D/options" "$D/options~")
		t_eq "$label: owner, group and mode kept, the backup's the same" \
			"$META
$META" "$c_meta"
		t_check "$label: the backup holds the old content" cmp -s "$OLD" "$D/options~"
	else
		t_eq "$label: owner, group and mode kept" "$META" "$(stat -c '%u %g %a' "$D/options")"
	fi
	scan
	t_eq "$label: nothing else in the directory" "" "$OTHERS"
	# (shell functions share variables: these names are check's own)
	c_left=$LEFT
	if [ "$3" -eq 0 ]; then
		t_eq "$label: no temporary file left" 0 "$c_left"
	elif [ "$c_left" -gt 0 ]; then
		# a kill cannot be cleaned up after; the next run must find and remove it
		c_out=$("$SW" stale "$D/options")
		t_contains "$label: the next run lists the leftover" "$c_out" "stale=$c_left"
		t_eq "$label: and removes it" 0 "$(leftovers)"
		t_check "$label: the file survives the cleanup" test -f "$D/options"
	fi
}

# How often `call` happens during one whole save.
count_calls() {
	reset
	strace -o "$LOG" -e trace="$1" "$SW" commit "$D/options" "$NEW" >/dev/null 2>&1
	grep -c "^$1(" "$LOG"
}

renamed() {
	grep -q '"options") = 0' "$LOG" && echo 1 || echo 0
}

# A kill at every invocation of each step: the state is old until the
# rename of the new file succeeded, new after it, never anything else.
for call in openat write fchown fchmod utimensat fsync close renameat; do
	total=$(count_calls $call)
	n=1
	while [ "$n" -le "$total" ]; do
		reset
		strace -o "$LOG" -e trace=renameat,renameat2,rename,$call \
			-e inject=$call:signal=SIGKILL:when=$n "$SW" commit "$D/options" "$NEW" >"$OUT" 2>&1
		check "kill at $call #$n" "$(renamed)" 1
		n=$((n + 1))
	done
done

# An error at every invocation: the save either completes (exit 0, new
# content) or is refused (old content) with a sentence naming the path and
# the error, and no temporary file stays behind.
for spec in write:ENOSPC write:EIO fsync:EIO fsync:EINVAL fchown:EPERM fchmod:EPERM \
	utimensat:EPERM renameat:EXDEV renameat:EBUSY renameat:EACCES openat:EACCES \
	openat:EIO close:EIO; do
	call=${spec%%:*}
	err=${spec#*:}
	total=$(count_calls "$call")
	n=1
	while [ "$n" -le "$total" ]; do
		reset
		strace -o "$LOG" -e trace=renameat,renameat2,rename,$call \
			-e inject=$call:error=$err:when=$n "$SW" commit "$D/options" "$NEW" >"$OUT" 2>/dev/null
		rc=$?
		ok=0
		[ $rc -eq 0 ] && ok=1
		t_eq "$err at $call #$n: success exactly when the new file took the name" "$ok" "$(renamed)"
		check "$err at $call #$n" "$ok" 0
		if [ $rc -eq 12 ]; then
			o=$(cat "$OUT")
			t_contains "$err at $call #$n: the message names the file" "$o" "$D/options"
			t_contains "$err at $call #$n: the message names the error" "$o" "($err)"
		fi
		n=$((n + 1))
	done
done

# A file system that cannot sync directories: the save counts, with a warning.
last=$(count_calls fsync)
reset
strace -o "$LOG" -e trace=fsync -e inject=fsync:error=EINVAL:when="$last" \
	"$SW" commit "$D/options" "$NEW" >"$OUT" 2>/dev/null
t_eq "EINVAL from the last directory sync: still saved" 0 $?
t_contains "EINVAL from the last directory sync: the user is told" "$(cat "$OUT")" \
	"cannot flush directories"
t_check "EINVAL from the last directory sync: the new content is there" cmp -s "$NEW" "$D/options"

# The order of a save, as the system sees it: temp file created exclusively
# without following links, written, owner and mode set on the descriptor,
# synced; the version it replaces and the history's index written and
# synced (in the state folder); then renamed, then the directory synced; no
# path-based chmod/chown.
reset
strace -o "$LOG" -e trace=openat,write,fsync,fchown,fchmod,chmod,chown,fchmodat,fchownat,renameat,renameat2,rename \
	"$SW" commit "$D/options" "$NEW" >/dev/null 2>&1
order=$(grep -v -e 'ld.so' -e '\.so' -e '^write(1,' -e '/dev/urandom' -e '/var/run' -e '/tmp/pppconf-' "$LOG" |
	sed -n -e 's/^openat([^,]*, "\.options\.pppconf-[^"]*", O_WRONLY|O_CREAT|O_EXCL|O_NOCTTY|O_NOFOLLOW|O_CLOEXEC, 0600).*/create/p' \
		-e 's/^write(.*/write/p' -e 's/^fchown(.*/fchown/p' -e 's/^fchmod(.*/fchmod/p' \
		-e 's/^fsync(.*/fsync/p' -e 's/^renameat(.*"options~").*/rename-backup/p' \
		-e 's/^renameat(.*, "1").*/keep-version/p' -e 's/^renameat(.*, "index").*/keep-index/p' \
		-e 's/^renameat(.*"options").*/rename/p' -e 's/^\(chmod\|chown\|fchmodat\|fchownat\)(.*/PATH-BASED/p' |
	tr '\n' ' ')
t_eq "syscall order of a save" \
	"create write fchown fchmod fsync create write fchown fchmod fsync write fchmod fsync keep-version write fchmod fsync keep-index fsync rename-backup fsync rename fsync " \
	"$order"

# No-op save: no rename, no new inode.
reset
before=$(stat -c '%i %Y %Z' "$D/options")
strace -o "$LOG" -e trace=renameat,renameat2,rename,openat "$SW" commit "$D/options" "$D/options" >/dev/null 2>&1
t_eq "unchanged content: exit code says so" 10 $?
t_eq "unchanged content: inode and times untouched" "$before" "$(stat -c '%i %Y %Z' "$D/options")"
t_check "unchanged content: no rename at all" sh -c "! grep -q rename '$LOG'"
t_check "unchanged content: no temporary file was even created" sh -c "! grep -q '\\.options\\.pppconf-' '$LOG'"

t_done
