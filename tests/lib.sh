# tests/lib.sh - shared helpers for the shell test layers; sourced, not run.
# Each script counts its checks and ends with "N passed, N failed".

T_PASSED=0
T_FAILED=0
# English unless a test asks for another language: a Chinese locale in the
# caller's environment must not change what the other tests read.
unset LANGUAGE LC_MESSAGES
case ${LC_ALL:-} in zh*) LC_ALL=C.UTF-8 ;; esac
case ${LANG:-} in zh*) LANG=C.UTF-8 ;; esac
TOP=$(cd "$(dirname "$0")/../.." 2>/dev/null && pwd)
[ -x "$TOP/pppconf" ] || TOP=$(pwd)
PPPCONF=${PPPCONF:-$TOP/pppconf}
SHARED=${SHARED:-$TOP/../shared}
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/pppconf-test.XXXXXX")
trap 'rm -rf "$T_TMP"' EXIT
# pppconf's history and recovery files go here, never to /var/lib/pppconf
PPPCONF_STATE_DIR=$T_TMP/state
export PPPCONF_STATE_DIR
# files are read as no particular Linux pppd release unless a test says so
PPPCONF_PPPD_VERSION=${PPPCONF_PPPD_VERSION-unknown}
export PPPCONF_PPPD_VERSION

t_pass() { T_PASSED=$((T_PASSED + 1)); }
t_fail() { T_FAILED=$((T_FAILED + 1)); printf 'not ok: %s\n' "$*"; }

# t_check NAME CONDITION-COMMAND...
t_check() {
	name=$1; shift
	if "$@"; then t_pass; else t_fail "$name"; fi
}

# t_eq NAME EXPECTED ACTUAL
t_eq() {
	if [ "$2" = "$3" ]; then t_pass; else
		t_fail "$1"
		printf '    want: %s\n    got:  %s\n' "$2" "$3"
	fi
}

# t_contains NAME HAYSTACK NEEDLE
t_contains() {
	case "$2" in
	*"$3"*) t_pass ;;
	*) t_fail "$1: output lacks '$3'"; printf '%s\n' "$2" | sed -n '1,15s/^/    | /p' ;;
	esac
}

# t_lacks NAME HAYSTACK NEEDLE
t_lacks() {
	case "$2" in
	*"$3"*) t_fail "$1: output has '$3'"; printf '%s\n' "$2" | sed -n '1,15s/^/    | /p' ;;
	*) t_pass ;;
	esac
}

# t_skip REASON: says visibly why a part did not run.
t_skip() { printf 'skip: %s\n' "$*"; }

# t_need REASON: a tool CI installs (.ci/run) is missing: a failure in CI
# (CI set), else a visible skip.
t_need() {
	if [ -n "${CI:-}" ]; then t_fail "$* (CI must have it: .ci/run installs it)"; else t_skip "$*"; fi
}

t_done() {
	printf '%d passed, %d failed\n' "$T_PASSED" "$T_FAILED"
	[ "$T_FAILED" -eq 0 ]
}
