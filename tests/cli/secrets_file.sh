#!/bin/sh
# tests/cli/secrets_file.sh - `pppconf check` on a pap-/chap-secrets file reads it as pppd does (client, server, secret, addresses, options after --), never as an options file, and never prints a secret.
. "$(dirname "$0")/../lib.sh"

# Debian's pppd 2.4.9 reads these lines through scan_authfile; a bad option after "--" is
# logged ("In secrets file: unrecognized option") at the peer's login, and the link goes on.
D=$T_TMP/ppp
mkdir -p "$D"
F=$D/chap-secrets
SECRET=Zq7secretWord
printf '# client server secret addresses\nbob * %s 10.0.0.2 -- ms-dns 1.1.1.1 bogus-word\nalice *\n* * "" -- idle\n' \
	"$SECRET" >"$F"
chmod 600 "$F"
OUT=$("$PPPCONF" --platform linux check "$F" 2>&1); RC=$?
t_eq "a secrets file with warnings: exit 0" 0 "$RC"
t_lacks "its client is no unknown directive" "$OUT" "[unknown-directive]"
t_lacks "no file include is read for it" "$OUT" "pppd reads:"
t_contains "an unknown option after --" "$OUT" "chap-secrets:2: warning: pppd does not know the option 'bogus-word' after '--'"
t_contains "... pppd goes on" "$OUT" "the link comes up without them"
t_contains "when the options count, once" "$OUT" "chap-secrets:2: note: pppd takes the options after '--' only when it makes the peer log in"
t_contains "a line with two words is skipped" "$OUT" "chap-secrets:3: warning: This line has two words"
t_contains "a value the line lacks" "$OUT" "chap-secrets:4: warning: 'idle' needs a value"
t_contains "the verdict says how it was read" "$OUT" "read as a secrets file"
t_lacks "the secret is never shown" "$OUT" "$SECRET"
t_eq "the note once" 1 "$(printf '%s\n' "$OUT" | grep -c '\[secrets-options\]')"
OUT=$("$PPPCONF" --platform linux --strict check "$F" 2>&1); RC=$?
t_eq "--strict: warnings fail the run" 1 "$RC"
OUT=$("$PPPCONF" --platform linux check --json "$F" 2>&1)
t_contains "JSON names the kind" "$OUT" '"id": "secrets-option-refused"'
t_lacks "JSON never holds the secret" "$OUT" "$SECRET"
# others may read it: pppd warns each time it reads it
chmod 644 "$F"
OUT=$("$PPPCONF" --platform linux check "$F" 2>&1)
t_contains "mode 644 is said" "$OUT" "[secret-readable]"
t_contains "... with the fix" "$OUT" "sudo chmod 600 $F"
# a plain file is fine
printf 'bob * %s *\n' "$SECRET" >"$F"
chmod 600 "$F"
OUT=$("$PPPCONF" --platform linux check "$F" 2>&1); RC=$?
t_eq "a plain secrets file: exit 0" 0 "$RC"
t_contains "... nothing to say" "$OUT" "0 errors, 0 warnings, 0 notes: read as a secrets file"
# set and unset write options, which pppd would read there as a client's line
cp "$F" "$T_TMP/before"
OUT=$("$PPPCONF" --platform linux --yes set mtu 1400 "$F" 2>&1); RC=$?
t_eq "set on a secrets file: refused" 2 "$RC"
t_contains "... saying why" "$OUT" "is a secrets file"
t_check "... the file unchanged" cmp -s "$F" "$T_TMP/before"
OUT=$("$PPPCONF" --platform linux --yes unset bob "$F" 2>&1); RC=$?
t_eq "unset on a secrets file: refused" 2 "$RC"
# doctor on an options file looks at the secrets files beside it
printf 'lock\n' >"$D/options"; chmod 644 "$D/options"
printf 'bob * %s -- bogus\n' "$SECRET" >"$F"; chmod 644 "$F"
OUT=$("$PPPCONF" --platform linux doctor "$D/options" 2>&1); RC=$?
t_eq "doctor: a secrets file others can read is to fix (exit 1)" 1 "$RC"
t_contains "... with the command" "$OUT" "sudo chmod 600 $F"
t_contains "... and a refused option listed" "$OUT" "line 1: pppd does not know the option 'bogus' after '--'"
t_lacks "... never its secret" "$OUT" "$SECRET"
t_lacks "no pap-secrets there: nothing said of it" "$OUT" "pap-secrets"
printf 'bob * %s\n' "$SECRET" >"$F"; chmod 600 "$F"
OUT=$("$PPPCONF" --platform linux doctor "$D/options" 2>&1); RC=$?
t_eq "doctor: a private, clean secrets file: exit 0" 0 "$RC"
t_contains "... said to be fine" "$OUT" "$F: only its owner can read it, and pppd would take every line"
OUT=$("$PPPCONF" --platform linux doctor --json "$D/options" 2>&1)
t_contains "doctor --json: its own section" "$OUT" '"section": "secrets"'
t_done
