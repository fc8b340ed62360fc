#!/bin/sh
# tests/tui/fixes.sh - the guided fixes headless: the L2TP fix on a missing
# file in five keystrokes, the question answered no, applying as one undo step.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2

# ---- from launch on a missing file to the L2TP fix written: f Enter y a y ----
mkdir -p ppp
tui_keys five <<'EOF'
f
dump list
<Enter>
dump question
y
dump diagnosis
a
dump diff
y
dump after
EOF
tui_run five ppp/options --platform macos
t_contains "f lists the fixes" "$(tui_screen five list)" "> IPSec shared secret missing (L2TP VPN on macOS)"
t_contains "the list explains the highlighted fix" "$(tui_screen five list)" "l2tpnoipsec"
tui_golden "fix list" five list fix-list
t_contains "Enter asks the fix's question" "$(tui_screen five question)" "plain L2TP, without IPsec?"
t_contains "y runs the diagnosis" "$(tui_screen five diagnosis)" "What pppconf found"
t_contains "diagnosis shows FAIL steps" "$(tui_screen five diagnosis)" "FAIL  "
t_contains "diagnosis shows PASS steps" "$(tui_screen five diagnosis)" "PASS  "
t_contains "a goes straight to the diff" "$(tui_screen five diff)" "+plugin L2TP.ppp"
t_contains "the diff has both lines" "$(tui_screen five diff)" "+l2tpnoipsec"
t_contains "after writing: what next" "$(tui_screen five after)" "To undo"
t_contains "after writing: written" "$(tui_screen five after)" "ppp/options"
tui_golden "after text" five after fix-after
t_check "written: plugin line" grep -qx 'plugin L2TP.ppp' ppp/options
t_check "written: l2tpnoipsec" grep -qx 'l2tpnoipsec' ppp/options
t_eq "plugin line comes first" "plugin L2TP.ppp l2tpnoipsec" \
	"$(grep -x -e 'plugin L2TP.ppp' -e l2tpnoipsec ppp/options | tr '\n' ' ' | sed 's/ $//')"
t_eq "exit status" 0 "$TUI_RC"

# ---- the undo on the file the fix created removes it, as the shell does ----
cp ppp/options created.before
tui_keys undo_created <<'EOF'
f
j
<Enter>
dump undo_diag
a
dump undo_diff
y
dump undo_after
EOF
tui_run undo_created ppp/options --platform macos
t_contains "the undo's diff says the file goes" "$(tui_screen undo_created undo_diff)" "delete ppp/options"
t_contains "and shows its lines going to /dev/null" "$(tui_screen undo_created undo_diff)" "+++ /dev/null"
t_check "y removes the file pppconf created" test ! -e ppp/options
t_check "its last version stays as the backup" cmp -s ppp/options~ created.before
rm -f ppp/options~

# a missing folder is created too (a fresh Mac may have no /etc/ppp)
tui_run five newdir/options --platform macos
t_check "folder created with the file" grep -qx 'l2tpnoipsec' newdir/options

# ---- answering no shows if_no and stops ----
tui_keys no <<'EOF'
f
<Enter>
n
dump no
q
dump back
q
dump list
EOF
tui_run no none --platform macos
t_contains "no: the fix says what instead" "$(tui_screen no no)" "this fix is not for you"
t_lacks "no: nothing applied" "$(tui_screen no list)" "modified"
t_contains "q goes back to the fixes" "$(tui_screen no back)" "Fix a problem with pppd on macOS"
t_check "no: no file made" [ ! -e none ]

# ---- applying is one undo step; going back from the diff keeps the edit ----
printf '%s\n' 'noauth' >opts
tui_keys undo <<'EOF'
f
<Enter>
y
a
q
dump applied
u
dump undone
EOF
tui_run undo opts --platform macos
t_contains "applied edit is in the list" "$(tui_screen undo applied)" "l2tpnoipsec"
t_lacks "one u undoes the whole fix" "$(tui_screen undo undone)" "L2TP.ppp"
t_lacks "undone: not modified" "$(tui_line undo undone 0)" "modified"
t_file_eq "nothing written" opts "noauth"

# ---- on Linux the list holds Linux's fixes ----
tui_keys linux <<'EOF'
f
dump list
EOF
tui_run linux opts --platform linux
t_lacks "no macOS L2TP fix on Linux" "$(tui_screen linux list)" "L2TP VPN on macOS"
t_contains "Linux fixes listed" "$(tui_screen linux list)" "Fix a problem with pppd on Linux"
t_done
