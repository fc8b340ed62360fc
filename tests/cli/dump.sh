#!/bin/sh
# tests/cli/dump.sh - `pppconf dump` against golden outputs, and its errors.
# UPDATE_GOLDEN=1 sh tests/cli/dump.sh rewrites the expected files (review the diff!).

. "$(dirname "$0")/../lib.sh"
cd "$TOP" || exit 2
G=tests/golden/dump
# --reveal: the goldens show every byte, the password in escapes.in too (masking is tested in fix.sh)

for in in "$G"/*.in; do
	name=$(basename "$in" .in)
	for plat in linux macos; do
		want="$G/$name.$plat.out"
		got="$T_TMP/$name.$plat.out"
		"$PPPCONF" dump --reveal --platform "$plat" "$in" >"$got" 2>"$T_TMP/err"
		rc=$?
		t_eq "dump $name ($plat) exits 0" 0 "$rc"
		if [ -n "$UPDATE_GOLDEN" ]; then
			cp "$got" "$want"
		fi
		if [ -f "$want" ] && cmp -s "$want" "$got"; then
			t_pass
		else
			t_fail "dump $name ($plat) differs from $want"
			diff "$want" "$got" | sed -n '1,20s/^/    /p'
		fi
	done
done

# What a user checks by eye: disabled lines are not words, flags show up.
out=$("$PPPCONF" dump --platform linux "$G/basic.in")
t_lacks "a commented-out directive is no word" "$out" "$(printf '\tdebug\t')"
t_contains "it is listed as commented out" "$out" "$(printf '#\t4\tdebug')"
t_lacks "prose is not listed" "$out" "Use the command"
t_contains "Linux drops \"\" at end of file" "$out" "dropped-at-eof"
t_contains "an argument from the next line" "$out" "$(printf '7\t1400\t3\tmtu\targ-next-line')"
out=$("$PPPCONF" dump --platform macos "$G/basic.in")
t_lacks "Apple reads the \"\" at end of file" "$out" "dropped-at-eof"
t_contains "Apple splits x\"y z\"w" "$out" "$(printf '8\tz"w')"

# The file can also come with -f.
out=$("$PPPCONF" dump --platform linux -f "$G/crlf.in")
t_contains "-f FILE" "$out" "$(printf '2\t1400\t2\tmtu\t-')"

# Errors: exit 2 and a message naming the file and the reason.
err=$("$PPPCONF" dump "$T_TMP/no-such-file" 2>&1 >/dev/null)
rc=$?
t_eq "missing file exits 2" 2 "$rc"
t_contains "missing file is named" "$err" "$T_TMP/no-such-file"
t_contains "and the reason given" "$err" "No such file or directory"
err=$("$PPPCONF" dump "$T_TMP" 2>&1 >/dev/null)
t_eq "a directory exits 2" 2 "$?"
t_contains "a directory is refused" "$err" "$T_TMP"
if [ "$(id -u)" -ne 0 ]; then
	printf 'debug\n' >"$T_TMP/secret"
	chmod 000 "$T_TMP/secret"
	err=$("$PPPCONF" dump "$T_TMP/secret" 2>&1 >/dev/null)
	t_eq "unreadable file exits 2" 2 "$?"
	t_contains "unreadable file: reason" "$err" "permission denied"
else
	t_skip "running as root: cannot test an unreadable file"
fi
"$PPPCONF" dump a b >/dev/null 2>&1
t_eq "two files is a usage error" 2 "$?"

t_done
