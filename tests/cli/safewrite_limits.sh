#!/bin/sh
# safewrite_limits.sh - a file size limit (ulimit -f) at every write pppconf makes: the lock's, the temp file's, the backup's, the history's; a sentence, status 2, nothing left behind.
. "$(dirname "$0")/../lib.sh"

P=$PPPCONF
D=$T_TMP/etc
mkdir "$D"
# a name of its own, so that its lock file can be told from any other
NAME=limits$$
F=$D/$NAME
if [ "$(id -u)" -eq 0 ] && [ -d /var/run ]; then
	LOCKS=/var/run
else
	LOCKS=${TMPDIR:-/tmp}
fi

# run LIMIT ARGS...: pppconf under `ulimit -f LIMIT` (blocks of 512 bytes);
# its words in $OUT, its status in $RC. The output goes through a pipe:
# a limit applies to files, and a file would stop the shell itself.
run() {
	_lim=$1
	shift
	OUT=$( (ulimit -f "$_lim"; "$P" "$@"; echo "rc=$?") 2>&1 | cat)
	RC=${OUT##*rc=}
}

# nothing_left LABEL: no temporary file beside the file, no lock file.
nothing_left() {
	t_eq "$1: no temporary file beside the file" "" \
		"$(ls -A "$D" | grep 'pppconf-' | tr '\n' ' ')"
	t_eq "$1: no lock file left" "" "$(ls -A "$LOCKS" | grep "pppconf.*$NAME" | tr '\n' ' ')"
}

printf 'lock\nnoauth\n' >"$F"
cp "$F" "$T_TMP/old"

# ---- ulimit -f 0: not even the lock can note its pid ----
run 0 set mtu 1400 --yes "$F"
t_eq "ulimit -f 0: status 2, not a signal" 2 "$RC"
t_contains "ulimit -f 0: the sentence names the limit" "$OUT" "file size limit (ulimit -f)"
t_contains "ulimit -f 0: the sentence says nothing was written" "$OUT" "not written"
t_check "ulimit -f 0: the file is as it was" cmp -s "$T_TMP/old" "$F"
t_check "ulimit -f 0: no backup was made" test ! -e "$F~"
nothing_left "ulimit -f 0"

# ---- a limit the lock fits in, the new file does not ----
i=0
while [ $i -lt 40 ]; do
	printf '# a comment long enough to make the file larger than the limit %02d\n' $i
	i=$((i + 1))
done >"$T_TMP/long"
head -n 14 "$T_TMP/long" >"$F"   # 938 bytes: under the limit of 1024
cp "$F" "$T_TMP/small"
run 2 set remotename "a-name-long-enough-to-take-the-new-file-over-the-limit-$NAME-$NAME-$NAME-$NAME-$NAME-$NAME" \
	--yes "$F"
t_eq "the new file over the limit: status 2" 2 "$RC"
t_contains "the new file over the limit: the sentence names the limit" "$OUT" \
	"file size limit (ulimit -f)"
t_contains "the new file over the limit: the sentence names the step" "$OUT" \
	"writing to the temporary file"
t_check "the new file over the limit: the file is as it was" cmp -s "$T_TMP/small" "$F"
t_check "the new file over the limit: no backup" test ! -e "$F~"
nothing_left "the new file over the limit"
cat "$T_TMP/long" "$T_TMP/old" >"$F"
cp "$F" "$T_TMP/big"
run 2 set mtu 1400 --yes "$F"
t_eq "the backup over the limit: status 2" 2 "$RC"
t_contains "the backup over the limit: the sentence names the limit" "$OUT" \
	"file size limit (ulimit -f)"
t_contains "the backup over the limit: the sentence names the step" "$OUT" "backup"
t_check "the backup over the limit: the file is as it was" cmp -s "$T_TMP/big" "$F"
t_check "the backup over the limit: no backup" test ! -e "$F~"
nothing_left "the backup over the limit"

# ---- the history's copy over the limit: a restore writes no backup, so the
# new file fits, while the version it replaces does not ----
rm -rf "$PPPCONF_STATE_DIR" "$F~"
printf 'lock\n' >"$F"
"$P" set mtu 1400 --yes "$F" >/dev/null 2>&1
cat "$T_TMP/long" >>"$F"
cp "$F" "$T_TMP/grown"
run 2 restore --to 1 --yes "$F"
t_eq "the history over the limit: status 2" 2 "$RC"
t_contains "the history over the limit: the sentence names the limit" "$OUT" \
	"file size limit (ulimit -f)"
t_contains "the history over the limit: the sentence names the history" "$OUT" \
	"previous version"
t_check "the history over the limit: the file is as it was" cmp -s "$T_TMP/grown" "$F"
t_lacks "the history over the limit: no version was added" "$("$P" history "$F")" "  3  "
nothing_left "the history over the limit"
run 16 restore --to 1 --yes "$F"
t_eq "with room for it, the same restore works" 3 "$RC"
t_eq "and the file is version 1" "lock" "$(cat "$F")"

# ---- the editor: its save fails in words, the edits stay ----
printf 'lock\nnoauth\n' >"$F"
printf 'd\nw\ny\ndump after\nq\nd\n' >"$T_TMP/keys"
OUT=$( (ulimit -f 0; LC_ALL=C TERM=xterm "$P" --keys "$T_TMP/keys" --size 80x24 \
	--screen-out /dev/stdout --platform linux "$F"; echo "rc=$?") 2>&1 </dev/null | cat)
t_contains "editor under ulimit -f 0: opens read-only, saying why" "$OUT" "file size limit"
t_eq "editor under ulimit -f 0: not killed" 0 "${OUT##*rc=}"
t_eq "editor under ulimit -f 0: the file is as it was" "lock
noauth" "$(cat "$F")"
nothing_left "editor under ulimit -f 0"

t_done
