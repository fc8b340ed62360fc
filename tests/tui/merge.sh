#!/bin/sh
# tests/tui/merge.sh - the file changed on disk while editing: m re-applies the edits as operations to the file as it is now, clashes named, the result reviewed before writing; edits kept when the editor is stopped (HUP, TERM) come back at the next start.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
ORIG='# dial-up
lock
mtu 1500
noauth'
mkfile() { rm -f options~; printf '%s\n' "$ORIG" >options; chmod 640 options; }

# ---- both sides edit; m brings ours onto theirs; clashes are named ----
mkfile
tui_live_start merge options --platform linux
# ours: mtu 1400, noauth deleted, lcp-echo-interval 30 added after lock
tui_send j e '<C-u>' 'type 1400' '<Enter>' j d k k a 'type lcp-echo-interval' '<Enter>' \
	'type 30' '<Enter>'
tui_wait_dump ours
t_contains "our edits are made" "$(tui_screen merge ours)" "lcp-echo-interval 30"
# theirs: mtu 1492 (the same line), debug at the end
printf '# dial-up\nlock\nmtu 1492\nnoauth\ndebug\n' >options.new
chmod 640 options.new
mv options.new options
tui_send w y
tui_wait_dump conflict
c=$(tui_screen merge conflict)
t_contains "the write is refused: the file changed" "$c" "Someone changed options"
t_contains "m is offered" "$c" "m re-applies your edits"
tui_send m
tui_wait_dump merged
m=$(tui_screen merge merged)
t_contains "merged: its own title" "$m" "Your edits on the file as it is now"
t_contains "merged: the clash is named, with their value" "$m" \
	"! set mtu 1400 (was mtu 1500): the other side changed it (now 'mtu 1492')"
t_contains "merged: the deletion applied" "$m" "+ delete noauth"
t_contains "merged: the addition applied" "$m" "+ add lcp-echo-interval 30 after lock"
t_contains "merged: the diff starts from the file as it is now" "$m" " debug"
t_contains "merged: the counts" "$m" "2 applied, 0 already there, 1 clash."
t_eq "merged: nothing written yet" "# dial-up
lock
mtu 1492
noauth
debug" "$(cat options)"
tui_send y
tui_wait_dump written
t_contains "written: said" "$(tui_screen merge written)" "saved options"
t_eq "written: theirs and ours, theirs kept where they clash" "# dial-up
lock
lcp-echo-interval 30
mtu 1492
debug" "$(cat options)"
t_eq "written: the mode kept" 640 "$(stat -c '%a' options)"
tui_send q
tui_live_end
t_eq "quit after writing: 0" 0 "$TUI_RC"

# ---- u undoes the re-applied edits: back to the file as it is now ----
mkfile
tui_live_start undo options --platform linux
tui_send j d
tui_wait_dump edited
printf '# dial-up\nlock\nmtu 1500\nnoauth\npersist\n' >options
tui_send w y m
tui_wait_dump merged
tui_send q u
tui_wait_dump undone
u=$(tui_screen undo undone)
t_contains "after u the deleted line is back" "$u" "mtu 1500"
t_contains "and theirs is still there" "$u" "persist"
tui_send q d
tui_live_end
t_eq "undo: nothing was written" "# dial-up
lock
mtu 1500
noauth
persist" "$(cat options)"

# ---- edits kept on a hang-up, brought back at the next start ----
mkfile
tui_keys hup <<'EOF'
j
j
d
dump edited
signal HUP
EOF
tui_run hup options --platform linux
t_eq "HUP with edits: status 129" 129 "$TUI_RC"
e=$(cat hup.err)
t_contains "HUP: says the edits are kept" "$e" "the unsaved edits were not written: they are kept in"
REC=$(ls "$PPPCONF_STATE_DIR"/history/options.*/recovery 2>/dev/null)
t_check "HUP: the recovery file is in the state folder" test -f "$REC"
t_eq "HUP: it is closed to others" 600 "$(stat -c '%a' "$REC" 2>/dev/null)"
t_eq "HUP: nothing beside the file" "options" "$(ls -A | grep '^options' | tr '\n' ' ' | sed 's/ $//')"
t_eq "HUP: the file is untouched" "$ORIG" "$(cat options)"

tui_keys back <<'EOF'
dump offer
l
dump later
q
EOF
tui_run back options --platform linux
o=$(tui_screen back offer)
t_contains "the next start offers them" "$o" "Unsaved edits kept"
t_contains "it shows what they bring back" "$o" "-noauth"
t_contains "r, d and l are offered" "$o" "r restore  d discard  l later"
t_contains "l: later" "$(tui_screen back later)" "offers them again next time"
t_check "later: the recovery file stays" test -f "$REC"

tui_keys restore <<'EOF'
r
dump restored
w
y
dump written
q
EOF
tui_run restore options --platform linux
t_contains "r: restored" "$(tui_screen restore restored)" "Restored the edits kept on"
t_contains "r: the document is modified again" "$(tui_line restore restored 0)" "modified"
t_eq "r, w, y: the edits are written" "# dial-up
lock
mtu 1500" "$(cat options)"
t_check "restored: the recovery file is gone" test ! -e "$REC"

# ---- TERM, and the file changed since: restored as operations ----
mkfile
tui_keys term <<'EOF'
j
x
signal TERM
EOF
tui_run term options --platform linux
t_eq "TERM with edits: status 143" 143 "$TUI_RC"
t_contains "TERM: the edits are kept" "$(cat term.err)" "they are kept in"
printf '# dial-up\nlock\nmtu 1492\nnoauth\n' >options
tui_keys changed <<'EOF'
dump offer
r
dump merged
y
q
EOF
tui_run changed options --platform linux
t_contains "changed since: said" "$(tui_screen changed offer)" "The file has changed since"
t_contains "changed since: the clash is shown" "$(tui_screen changed merged)" \
	"! disable mtu 1500: the other side changed it (now 'mtu 1492')"
t_eq "changed since: theirs kept where it clashes" "# dial-up
lock
mtu 1492
noauth" "$(cat options)"

# ---- d discards ----
mkfile
printf 'j\nd\nsignal HUP\n' | tui_keys hup2
tui_run hup2 options --platform linux
printf 'd\ndump discarded\nq\n' | tui_keys discard
tui_run discard options --platform linux
t_contains "d: discarded" "$(tui_screen discard discarded)" "Discarded the edits kept on"
t_eq "d: the recovery file is gone" "" "$(ls "$PPPCONF_STATE_DIR"/history/options.*/recovery 2>/dev/null)"
printf 'dump plain\nq\n' | tui_keys plain
tui_run plain options --platform linux
t_lacks "after d: not offered again" "$(tui_screen plain plain)" "Unsaved edits kept"

# ---- a stop with nothing unsaved keeps nothing ----
printf 'j\nsignal HUP\n' | tui_keys clean
tui_run clean options --platform linux
t_contains "HUP, nothing unsaved: said" "$(cat clean.err)" "nothing was left unsaved"
t_eq "HUP, nothing unsaved: no recovery file" "" \
	"$(ls "$PPPCONF_STATE_DIR"/history/options.*/recovery 2>/dev/null)"

t_done
