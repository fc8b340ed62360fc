#!/bin/sh
# tests/cli/agree.sh - check, doctor, the guided fix and the editor judge who can change the file
# from the same facts: a folder others may write, a sticky one, a file others may write.
. "$(dirname "$0")/../lib.sh"
. "$TOP/tests/tui/headless.lib"

DIR_MSG="The folder that holds the file can be changed by users other than root"
FILE_MSG="The file can be changed by any user (mode 0666)"

# judged NAME FILE MESSAGE: every reader says MESSAGE about FILE, and none
# calls it safe.
judged() {
	out=$("$PPPCONF" --platform macos check "$2" 2>&1)
	t_eq "$1: check: pppd still reads it (exit 0)" 0 "$?"
	"$PPPCONF" --platform macos check --strict "$2" >/dev/null 2>&1
	t_eq "$1: check --strict counts the warning (exit 1)" 1 "$?"
	t_contains "$1: check says so" "$out" "$3"
	out=$("$PPPCONF" --platform macos check --json "$2" 2>&1)
	t_contains "$1: check --json says so" "$out" "$3"
	out=$("$PPPCONF" --platform macos doctor "$2" 2>&1)
	t_eq "$1: doctor finds something to fix (exit 1)" 1 "$?"
	t_contains "$1: doctor marks it" "$out" "[FIX]  Only root should be able to change it"
	t_contains "$1: doctor says the same" "$out" "$3"
	t_lacks "$1: doctor does not call it safe" "$out" "only root can change it"
	t_lacks "$1: doctor is not all good" "$out" "All good."
	# the L2TP fix's diagnosis (in doctor, as the file has the fix's lines)
	t_contains "$1: the fix's diagnosis fails the step" "$out" "[FIX]  Only root can change the file"
	tui_keys agree <<'KEYS'
dump start
f
<Enter>
<Enter>
y
dump diagnosis
KEYS
	tui_run agree "$2" --platform macos --read-only
	t_contains "$1: the editor says the same first" "$(tui_screen agree start)" "$(echo "$3" | cut -c1-40)"
	t_contains "$1: the editor's fix diagnosis fails the step" "$(tui_screen agree diagnosis)" \
		"FAIL  Only root can change the file"
	t_contains "$1: the editor says it on leaving" "$(cat "$T_TMP/agree.err")" "$3"
}

# safe NAME FILE: nobody reports anything about who can change FILE.
safe() {
	out=$("$PPPCONF" --platform macos check --json "$2" 2>&1)
	t_lacks "$1: check finds nothing about the folder" "$out" "dir-writable"
	t_lacks "$1: nor about the file" "$out" "file-writable"
	out=$("$PPPCONF" --platform macos doctor "$2" 2>&1)
	t_eq "$1: doctor is all good (exit 0)" 0 "$?"
	t_contains "$1: doctor says only root can change it" "$out" "[ok]   The file exists and only root can change it"
	t_contains "$1: the fix's diagnosis passes the step" "$out" "[ok]   Only root can change the file"
	tui_run agree "$2" --platform macos --read-only
	t_lacks "$1: the editor says nothing of it" "$(tui_screen agree start)" "can be changed by"
	t_eq "$1: nor on leaving" "" "$(cat "$T_TMP/agree.err")"
}

# a file with the L2TP fix in it, so that doctor also runs the fix's checks
fixed() {
	mkdir -p "$1"
	chmod "$2" "$1"
	printf '%s\n' 'plugin L2TP.ppp' 'l2tpnoipsec' >"$1/options"
	chmod 644 "$1/options"
	PPPCONF_L2TP_PLUGIN=$T_TMP
	export PPPCONF_L2TP_PLUGIN
}

fixed "$T_TMP/open" 0777
judged "a folder of mode 0777" "$T_TMP/open/options" "$DIR_MSG"

fixed "$T_TMP/group" 0775
judged "a folder its group may write" "$T_TMP/group/options" "$DIR_MSG"

fixed "$T_TMP/sticky" 1777
safe "a sticky folder (as /tmp)" "$T_TMP/sticky/options"

fixed "$T_TMP/closed" 0755
safe "a folder only its owner may write" "$T_TMP/closed/options"

chmod 666 "$T_TMP/closed/options"
judged "a file everyone may write" "$T_TMP/closed/options" "$FILE_MSG"
t_done
