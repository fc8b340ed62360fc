#!/bin/sh
# tests/cli/not_options.sh - what is not an options file (a FIFO, a folder, a device, a socket, a
# file over 16 MiB) is refused at once by every command and the editor, with one message, exit 2.
. "$(dirname "$0")/../lib.sh"

# `timeout` turns a hang (a FIFO opened for reading waits for a writer
# forever) into a failure instead of a stuck test run.
if command -v timeout >/dev/null 2>&1; then T=timeout; TA=10; else T=env; TA=; fi

# every way pppconf reads a file, each with FILE as its last word
COMMANDS="check|check --json|dump|doctor|fix debug-log|set mtu 1400|unset noauth|restore|history|--read-only"

# refused NAME FILE MESSAGE: every command exits 2 on FILE with exactly
# "pppconf: MESSAGE" on stderr, prints nothing else (with --json: only the
# object saying so), and writes nothing
# beside the file.
refused() {
	_name=$1; _file=$2; _want="pppconf: $3"
	_before=$(ls -A "$(dirname "$_file")")
	_old_ifs=$IFS; IFS='|'
	for _cmd in $COMMANDS; do
		IFS=$_old_ifs
		# shellcheck disable=SC2086
		$T $TA "$PPPCONF" --platform linux --yes $_cmd "$_file" \
			>"$T_TMP/out" 2>"$T_TMP/err" </dev/null
		_rc=$?
		t_eq "$_name: $_cmd exits 2 at once" 2 "$_rc"
		t_eq "$_name: $_cmd says why" "$_want" "$(cat "$T_TMP/err")"
		case $_cmd in
		*--json*)
			# with --json, standard output is the one object, carrying the same sentence
			t_check "$_name: $_cmd prints its error object" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["exit"] == 2 and d["command"] == "check" and sys.argv[2] == "pppconf: " + d["error"], d' \
				"$T_TMP/out" "$_want" ;;
		*) t_eq "$_name: $_cmd prints nothing else" "" "$(cat "$T_TMP/out")" ;;
		esac
		IFS='|'
	done
	IFS=$_old_ifs
	t_eq "$_name: nothing was written beside it" "$_before" "$(ls -A "$(dirname "$_file")")"
}

D=$T_TMP/d
mkdir "$D"

if command -v mkfifo >/dev/null 2>&1 && mkfifo "$D/options"; then
	refused "a FIFO" "$D/options" "$D/options is not an options file: it is a named pipe (FIFO)"
	rm -f "$D/options"
else
	t_skip "mkfifo missing: FIFOs not tested"
fi

mkdir "$D/options"
refused "a folder" "$D/options" "$D/options is not an options file: it is a folder"
rmdir "$D/options"

refused "a device" /dev/null "/dev/null is not an options file: it is a device"

if command -v python3 >/dev/null 2>&1 &&
	python3 -c 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$D/options" 2>/dev/null; then
	refused "a socket" "$D/options" "$D/options is not an options file: it is a socket"
	rm -f "$D/options"
else
	t_skip "no python3 to make a socket: sockets not tested"
fi

# A sparse file: it says 250 MiB but takes no room, and pppconf must refuse
# it from its size alone, before reading a byte.
truncate -s 250M "$D/options" 2>/dev/null || dd if=/dev/null of="$D/options" bs=1 seek=262144000 2>/dev/null
KB=$(du -k "$D/options" 2>/dev/null | cut -f1)
if [ -f "$D/options" ] && [ "${KB:-999999}" -le 1024 ]; then
	refused "250 MiB" "$D/options" \
		"$D/options is not an options file: it is 250 MiB, more than pppconf loads (16 MiB)"
	truncate -s 4G "$D/options" 2>/dev/null || dd if=/dev/null of="$D/options" bs=1 seek=4294967296 2>/dev/null
	refused "4 GiB" "$D/options" \
		"$D/options is not an options file: it is 4 GiB, more than pppconf loads (16 MiB)"
	# from a pipe the size is known only by reading: the limit holds there too
	out=$(head -c 17000000 /dev/zero | $T $TA "$PPPCONF" check - 2>&1)
	t_eq "check -: more than 16 MiB on standard input exits 2" 2 "$?"
	t_eq "check -: says why" \
		"pppconf: standard input is not an options file: it holds more than pppconf loads (16 MiB)" "$out"
else
	t_skip "this file system cannot make a sparse file: the size limit is not tested"
fi
rm -f "$D/options"

# restore reads the backup too: a FIFO there is refused as well
if command -v mkfifo >/dev/null 2>&1; then
	printf 'noauth\n' >"$D/options"
	mkfifo "$D/options~"
	out=$($T $TA "$PPPCONF" --platform linux --yes restore "$D/options" 2>&1 </dev/null)
	t_eq "restore: a FIFO as the backup exits 2 at once" 2 "$?"
	t_contains "restore: says why" "$out" "$D/options~ is not an options file: it is a named pipe (FIFO)"
	t_eq "restore: the file is untouched" "noauth" "$(cat "$D/options")"
fi

t_done
