#!/bin/sh
# history.sh - every write keeps the version it replaces: pppconf history lists them, restore --to N / --original puts one back (a write itself), --keep and PPPCONF_KEEP, the original kept until forgotten, where the history lives.
. "$(dirname "$0")/../lib.sh"

P=$PPPCONF
D=$T_TMP/etc
mkdir "$D"
F=$D/options
run() {
	out=$("$P" "$@" 2>&1 </dev/null)
	rc=$?
}
# the history's folder of a file: the one folder under history/
hdir() { ls -d "$PPPCONF_STATE_DIR"/history/"$1".* 2>/dev/null; }

printf 'lock\nnoauth\n' >"$F"
chmod 640 "$F"
cp "$F" "$T_TMP/v1"

# ---- the first write keeps the original ----
run set mtu 1400 --yes --platform linux "$F"
t_eq "set: changed" 3 "$rc"
t_contains "set: says where the previous version went" "$out" "in pppconf history as version 1"
run history "$F"
t_eq "history: status 0" 0 "$rc"
t_contains "history: the original is version 1" "$out" "the original, found on disk"
t_contains "history: the file now was written by the set" "$out" "set mtu 1400"
t_contains "history: says how to go back" "$out" "pppconf restore --to N"
H=$(hdir options)
t_check "history: kept under the state folder" test -d "$H"
t_eq "history: nothing new beside the file" "options options~" "$(ls -A "$D" | tr '\n' ' ' | sed 's/ $//')"
t_eq "history: its folders are closed to others" "700 700" \
	"$(stat -c '%a' "$PPPCONF_STATE_DIR/history" "$H" | tr '\n' ' ' | sed 's/ $//')"
t_eq "history: a version keeps the file's own mode" 640 "$(stat -c '%a' "$H/1")"
t_check "history: version 1 holds the original bytes" cmp -s "$T_TMP/v1" "$H/1"

# ---- more writes: each version, with what wrote it ----
cp "$F" "$T_TMP/v2"
run set lcp-echo-interval 30 --yes --platform linux "$F"
printf 'debug\n' >>"$F"          # a change outside pppconf
run unset noauth --yes --platform linux "$F"
run history "$F"
t_contains "history: version 2 was written by set mtu" "$out" "set mtu 1400"
t_contains "history: version 3 is the second set's, changed outside pppconf since" "$out" \
	"changed outside pppconf"
t_lacks "history: a version pppconf never replaced is not kept" "$out" "set lcp-echo-interval"
t_contains "history: now: the unset" "$out" "unset noauth"
t_eq "history: three versions and the file now" 4 \
	"$(printf '%s\n' "$out" | grep -c -E '^ +([0-9]+|now) +[0-9]{4}-')"

# ---- secrets never reach the listing or the index ----
run set password hunter2 --yes --platform linux "$F"
run set mtu 1500 --yes --platform linux "$F"
run history "$F"
t_contains "history: a secret's command is masked" "$out" "set password ********"
t_lacks "history: the secret is not listed" "$out" "hunter2"
t_check "history: the secret is not in the index" sh -c "! grep -q hunter2 '$H/index'"

# ---- restore --to N: the same diff, question and statuses ----
run restore --to 2 --platform linux "$F"
t_eq "restore --to 2 without --yes and no terminal: 4" 4 "$rc"
t_contains "restore: shows the diff" "$out" "-lcp-echo-interval 30"
run restore --to 2 --dry-run --platform linux "$F"
t_eq "restore --dry-run: 3" 3 "$rc"
t_lacks "restore --dry-run: nothing written" "$(cat "$F")" "noauth"
run restore --to 2 --yes --platform linux "$F"
t_eq "restore --to 2: 3 (changed)" 3 "$rc"
t_check "restore --to 2: the file is version 2" cmp -s "$T_TMP/v2" "$F"
t_eq "restore: the mode is the file's" 640 "$(stat -c '%a' "$F")"
run restore --to 2 --yes --platform linux "$F"
t_eq "restore --to 2 again: 0 (nothing to change)" 0 "$rc"
run history "$F"
t_contains "history: the restore is a write of its own" "$out" "restore version 2"
t_contains "history: what the restore replaced is kept" "$out" "set mtu 1500"
run restore --to 99 --yes --platform linux "$F"
t_eq "restore --to 99: 2" 2 "$rc"
t_contains "restore --to 99: says so" "$out" "no version 99"
run restore --to 0 --yes "$F"
t_eq "restore --to 0: bad usage" 2 "$rc"
run restore --original --yes --platform linux "$F"
t_eq "restore --original: 3" 3 "$rc"
t_check "restore --original: the original bytes" cmp -s "$T_TMP/v1" "$F"

# ---- retention: --keep N and PPPCONF_KEEP; the original stays ----
i=0
while [ $i -lt 6 ]; do
	run set mtu 14$i --yes --keep 2 --platform linux "$F"
	i=$((i + 1))
done
run history --keep 2 "$F"
t_eq "--keep 2: the original and two versions" 3 \
	"$(printf '%s\n' "$out" | grep -c -E '^ +[0-9]+ +[0-9]{4}-')"
t_contains "--keep 2: the original is still there" "$out" "the original, found on disk"
t_contains "--keep 2: the newest kept is the one before the last write" "$out" "set mtu 144"
t_lacks "--keep 2: older ones are gone" "$out" "set mtu 142"
t_eq "--keep 2: their files are gone too" 3 "$(ls "$H" | grep -c -E '^[0-9]+$')"
PPPCONF_KEEP=1 "$P" set mtu 1492 --yes --platform linux "$F" >/dev/null 2>&1
t_eq "PPPCONF_KEEP=1: the original and one version" 2 "$(ls "$H" | grep -c -E '^[0-9]+$')"

printf 'lock\n' >"$D/nokeep"
run set mtu 1400 --yes --keep 0 --platform linux "$D/nokeep"
t_eq "--keep 0: written" 3 "$rc"
t_eq "--keep 0: no history at all" "" "$(hdir nokeep)"
t_lacks "--keep 0: no mention of one" "$out" "pppconf history"

# ---- forgetting the original ----
run history --forget-original "$F"
t_eq "--forget-original without --yes: 4" 4 "$rc"
run history --forget-original --dry-run "$F"
t_eq "--forget-original --dry-run: 3" 3 "$rc"
t_contains "--forget-original --dry-run: still listed" "$("$P" history "$F")" "the original,"
run history --forget-original --yes "$F"
t_eq "--forget-original --yes: 3" 3 "$rc"
t_lacks "the original is no longer listed" "$("$P" history "$F")" "the original,"
t_check "its file is gone" test ! -e "$H/1"
run history --forget-original --yes "$F"
t_eq "--forget-original again: 0" 0 "$rc"
run restore --original --yes "$F"
t_eq "restore --original once forgotten: 2" 2 "$rc"

# ---- a file pppconf created: its previous version is no file ----
N=$D/created
run set noauth --yes --platform linux "$N"
t_eq "a new file: created" 3 "$rc"
run history "$N"
t_contains "a new file: the original is no file" "$out" "no file"
run restore --original --platform linux "$N"
t_eq "restoring 'no file' without --yes: 4" 4 "$rc"
t_contains "the diff deletes the file" "$out" "+++ /dev/null"
t_contains "and says so" "$out" "delete $N"
t_check "and nothing happened yet" test -f "$N"
run restore --original --dry-run --platform linux "$N"
t_eq "restoring 'no file' --dry-run: 3" 3 "$rc"
t_check "--dry-run: the file stays" test -f "$N"
run restore --original --yes --platform linux "$N"
t_eq "restoring 'no file': 3" 3 "$rc"
t_check "the file is gone" test ! -e "$N"
t_check "and no backup appears in its place" test ! -e "$N~"
run restore --original --yes --platform linux "$N"
t_eq "restoring 'no file' again: 0" 0 "$rc"
run history "$N"
t_contains "the removal is in the history" "$out" "restore version 1"
v=$(printf '%s\n' "$out" | sed -n 's/^ *\([0-9][0-9]*\) .* set noauth$/\1/p')
run restore --to "$v" --yes --platform linux "$N"
t_eq "the deleted version comes back: 3" 3 "$rc"
t_eq "with its bytes" "noauth" "$(cat "$N")"

# ---- keyed by the real path: a linked folder shares the history ----
ln -s "$D" "$T_TMP/link"
run set mtu 1000 --yes --platform linux "$T_TMP/link/options"
run history "$F"
t_contains "a write through a linked folder is in the file's history" "$out" "set mtu 1000"

# ---- --json ----
run history --json "$F"
t_eq "history --json: 0" 0 "$rc"
t_contains "history --json: names the file" "$out" "\"file\": \"$F\""
t_contains "history --json: the versions" "$out" "{\"version\": "
t_contains "history --json: the file now" "$out" "\"now\": {"
if command -v python3 >/dev/null 2>&1; then
	t_check "history --json: one valid object" \
		sh -c "printf '%s' '$out' | python3 -c 'import json,sys; json.load(sys.stdin)'"
fi

# ---- nothing kept yet ----
printf 'lock\n' >"$D/fresh"
run history "$D/fresh"
t_eq "history of a file never written: 0" 0 "$rc"
t_contains "and says nothing is kept" "$out" "no earlier versions are kept"
t_eq "reading a history makes no folder" "" "$(hdir fresh)"

# ---- another user keeps their own, under XDG_STATE_HOME ----
as_nobody() {
	if command -v setpriv >/dev/null 2>&1; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
	else
		return 127
	fi
}
if [ "$(id -u)" -eq 0 ] && as_nobody true 2>/dev/null; then
	U=$T_TMP/user
	mkdir -p "$U/home" "$U/etc"
	printf 'lock\n' >"$U/etc/options"
	chown -R 65534:65534 "$U"
	chmod 755 "$T_TMP"
	out=$(env -u PPPCONF_STATE_DIR HOME="$U/home" XDG_STATE_HOME="$U/state" \
		setpriv --reuid=65534 --regid=65534 --clear-groups \
		"$P" set mtu 1400 --yes --platform linux "$U/etc/options" 2>&1)
	t_contains "not root: saved" "$out" "in pppconf history as version 1"
	t_check "not root: kept under XDG_STATE_HOME/pppconf" \
		test -d "$U/state/pppconf/history"
	t_eq "not root: folders are the user's and closed" "65534 700" \
		"$(stat -c '%u %a' "$U/state/pppconf/history")"
	out=$(env -u PPPCONF_STATE_DIR -u XDG_STATE_HOME HOME="$U/home" \
		setpriv --reuid=65534 --regid=65534 --clear-groups \
		"$P" set mtu 1500 --yes --platform linux "$U/etc/options" 2>&1)
	t_check "not root, no XDG_STATE_HOME: under ~/.local/state/pppconf" \
		test -d "$U/home/.local/state/pppconf/history"
else
	t_skip "not root or no setpriv: another user's history is not tested"
fi

# The documents name the command and its options, as they do every other.
help=$("$P" --help)
for w in "pppconf history" "--keep N" "--wait SECONDS" "--forget-original" "--original"; do
	t_contains "--help names $w" "$help" "$w"
	t_check "README names $w" grep -qe "$w" "$TOP/README.md"
done
t_check "man page source names history" grep -q '^\.B history$' "$TOP/man/pppconf.8.in"
t_check "man page source names PPPCONF_KEEP" grep -q '^\.B PPPCONF_KEEP$' "$TOP/man/pppconf.8.in"
t_done
