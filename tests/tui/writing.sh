#!/bin/sh
# tests/tui/writing.sh - the diff view and every way out to disk, headless: write with
# backup, the second question when pppd would refuse the file, quit with unsaved
# edits, read-only and save-as, the editing lock, a file changed on disk, a failed write.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
ORIG='# dial-up
noauth
mtu 1500
lcp-echo-interval 30'
mkfile() { printf '%s\n' "$ORIG" >"${1:-options}"; chmod 640 "${1:-options}"; }

# ---- w shows the diff; anything but y goes back; y writes, with a backup ----
mkfile
tui_keys write <<'EOF'
j
e
<C-u>
type 1400
<Enter>
w
dump diff
x
dump back
w
y
dump written
EOF
tui_run write options --platform linux
d=$(tui_screen write diff)
t_contains "diff: header" "$d" "--- options"
t_contains "diff: old line" "$d" "-mtu 1500"
t_contains "diff: new line" "$d" "+mtu 1400"
t_contains "diff: says what y does" "$d" "y writes this to options"
tui_golden "diff view" write diff diff-review
t_contains "any other key goes back" "$(tui_screen write back)" "Nothing written"
t_contains "written: says so and where the backup is" "$(tui_screen write written)" "options~"
t_lacks "written: no longer modified" "$(tui_line write written 0)" "modified"
t_file_eq "written bytes" options "$(printf '%s\n' "$ORIG" | sed 's/^mtu 1500$/mtu 1400/')"
t_file_eq "backup holds the old bytes" options~ "$ORIG"
t_eq "mode kept" "640" "$(ls -l options | cut -c2-10 | sed 's/rw-r-----/640/')"
t_contains "exit line says what was written" "$(cat write.out)" "options"
hist=$("$PPPCONF" history options)
t_contains "history: the editor's save is named as such" "$(printf '%s\n' "$hist" | grep "^ *now ")" "editor"
t_contains "history: the version it replaced is the original" "$hist" "the original, found on disk"
restored=$("$PPPCONF" restore --to 1 --dry-run options)
t_contains "history: the editor's save can be undone" "$restored" "+mtu 1500"

# ---- a long diff scrolls ----
i=0
while [ "$i" -lt 40 ]; do echo "mtu 1$i"; i=$((i + 1)); done >long
{
	i=0
	while [ "$i" -lt 20 ]; do printf 'x\nj\n'; i=$((i + 1)); done
	cat <<'EOF'
w
dump top
j
dump down
<PgDn>
dump page
k
dump up
EOF
} | tui_keys scroll
tui_run scroll long --platform linux
t_contains "diff longer than the screen says where it is" "$(tui_screen scroll top)" "lines 1-"
t_contains "j scrolls one line" "$(tui_screen scroll down)" "lines 2-"
t_contains "PgDn scrolls a page" "$(tui_screen scroll page)" "+#mtu 110"
t_contains "k scrolls back" "$(tui_screen scroll up)" "of "
t_check "scrolling wrote nothing" grep -qx 'mtu 10' long

# ---- Esc in the diff goes back and writes nothing ----
mkfile
tui_keys esc <<'EOF'
d
w
<Esc>
dump back
EOF
tui_run esc options --platform linux
t_contains "Esc leaves the diff" "$(tui_screen esc back)" "Nothing written"
t_file_eq "Esc wrote nothing" options "$ORIG"

# ---- pppd would refuse the result: a second, explicit question ----
mkfile
tui_keys refuse <<'EOF'
a
type l2tpnoipsec
<Enter>
n
w
dump review
y
dump confirm
y
dump not
y
W
dump forced
EOF
tui_run refuse options --platform macos
t_contains "review warns before y" "$(tui_screen refuse review)" "pppd would refuse the result"
t_contains "y asks again" "$(tui_screen refuse confirm)" "Write anyway? W writes it"
t_contains "the reason is given" "$(tui_screen refuse confirm)" "l2tpnoipsec"
tui_golden "second question" refuse confirm diff-confirm
t_contains "a second y is not W" "$(tui_screen refuse not)" "Nothing written."
t_contains "W writes" "$(tui_screen refuse forced)" "options~"
t_contains "written despite errors" "$(cat options)" "l2tpnoipsec"

# ---- emptying the file is asked twice as well ----
mkfile
tui_keys empty <<'EOF'
d
d
d
w
y
dump confirm
EOF
tui_run empty options --platform linux
t_contains "emptying asks again" "$(tui_screen empty confirm)" "no directives left"
t_file_eq "emptying not written without W" options "$ORIG"

# ---- quit: asks when there are unsaved edits ----
mkfile
tui_keys quit <<'EOF'
d
q
dump ask
c
dump cancel
q
d
EOF
tui_run quit options --platform linux
t_contains "quit asks" "$(tui_screen quit ask)" "There are unsaved edits."
t_contains "quit offers write" "$(tui_screen quit ask)" "review the diff and write, then quit"
tui_golden "quit question" quit ask quit-ask
t_contains "c cancels" "$(tui_screen quit cancel)" "Still editing."
t_file_eq "d discards" options "$ORIG"
t_contains "discard is said on exit" "$(cat quit.out)" "discarded"

tui_keys quitw <<'EOF'
d
q
w
dump diff
y
EOF
tui_run quitw options --platform linux
t_contains "w from quit shows the diff" "$(tui_screen quitw diff)" "-noauth"
t_file_eq "w then y writes and quits" options "# dial-up
mtu 1500
lcp-echo-interval 30"
t_eq "quit after writing: status 0" 0 "$TUI_RC"

mkfile
tui_keys quitclean <<'EOF'
j
q
dump never
EOF
tui_run quitclean options --platform linux
t_check "q without edits quits at once" [ ! -s quitclean.screen ]

# ---- read-only: everything but writing; sudo hint; save elsewhere ----
mkfile
tui_keys ro <<'EOF'
dump start
x
w
dump diff
y
dump y
o
<C-u>
type copy
dump prompt
<Enter>
dump saved
EOF
tui_run ro options --platform linux --read-only
t_contains "title says read-only" "$(tui_line ro start 0)" "read-only"
t_contains "diff shows the sudo command" "$(tui_screen ro diff)" "sudo pppconf options"
t_contains "diff offers another file" "$(tui_screen ro diff)" "o saves this result to another file"
t_lacks "y is not offered" "$(tui_line ro diff 23)" "y write"
t_contains "y is refused" "$(tui_screen ro y)" "Read-only: nothing written"
t_contains "path prompt" "$(tui_screen ro prompt)" "Path: copy"
t_contains "saved elsewhere" "$(tui_screen ro saved)" "Saved a copy to copy"
t_file_eq "the file itself untouched" options "$ORIG"
t_file_eq "the copy has the edit" copy "$(printf '%s\n' "$ORIG" | sed 's/^noauth$/#noauth/')"

printf 'old copy\n' >copy2
tui_keys ro2 <<'EOF'
d
w
o
<C-u>
type copy2
<Enter>
dump exists
<Enter>
EOF
tui_run ro2 options --platform linux --read-only
t_contains "an existing target is warned about" "$(tui_screen ro2 exists)" "copy2 exists"
t_check "replaced on the second Enter" grep -q mtu copy2
t_file_eq "its old content kept as a backup" copy2~ "old copy"

# ---- a file the user may not write opens read-only ----
mkdir -p shared; mkfile shared/options
if [ "$(id -u)" != 0 ]; then
	chmod 444 shared/options
	printf 'dump start\nd\nw\ndump diff\n' | tui_keys nowrite
	tui_run nowrite shared/options --platform linux
	chmod 644 shared/options
	t_contains "not writable: read-only" "$(tui_line nowrite start 0)" "read-only"
elif command -v setpriv >/dev/null 2>&1; then
	# root writes anything: look at it as nobody instead
	chmod 755 "$T_TMP" shared; chmod 644 shared/options
	mkdir -p out; chmod 777 out
	printf 'dump start\nd\nw\ndump diff\n' >out/nowrite.keys
	chmod 644 out/nowrite.keys
	LC_ALL=$TUI_UTF8 setpriv --reuid=65534 --regid=65534 --clear-groups \
		"$PPPCONF" --keys out/nowrite.keys --size 80x24 --screen-out out/nowrite.screen \
		--platform linux shared/options >out/nowrite.out 2>&1 </dev/null
	cp out/nowrite.screen nowrite.screen
	t_contains "not writable: read-only" "$(tui_line nowrite start 0)" "read-only"
	t_contains "not writable: the diff says how to save" "$(tui_screen nowrite diff)" \
		"sudo pppconf shared/options"
	chmod 700 "$T_TMP"
else
	t_skip "running as root without setpriv: the not-writable case is not tried"
fi

# ---- the editing lock: a second pppconf opens read-only ----
mkfile
tui_live_start holder options --platform linux
tui_wait_dump ready
tui_keys second <<'EOF'
dump start
EOF
tui_run second options --platform linux
t_contains "second editor is read-only" "$(tui_line second start 0)" "read-only"
t_contains "and says why" "$(tui_screen second start)" "Read-only"
tui_live_end
t_eq "holder ends when its keys end" 0 "$TUI_RC"

# ---- someone changes the file while it is edited ----
mkfile
tui_live_start conflict options --platform linux
tui_wait_dump loaded
printf '# added by someone else\n' >>options
tui_send d w y
tui_wait_dump conflict
tui_send c
tui_wait_dump theirs
tui_send q w y
tui_wait_dump again
tui_send r
tui_wait_dump reloaded
tui_live_end
t_contains "conflict is said" "$(tui_screen conflict conflict)" "Someone changed options"
t_contains "reload and compare offered" "$(tui_screen conflict conflict)" "r reloads it"
t_lacks "conflict: no key that does not exist" "$(tui_screen conflict conflict)" "force"
t_contains "conflict: says how to overwrite" "$(tui_screen conflict conflict | tr -s ' \n' '  ')" "where y overwrites the other change"
t_contains "conflict: offers to re-apply the edits first" "$(tui_screen conflict conflict)" "m re-applies your edits"
t_contains "compare: diff from the new content" "$(tui_screen conflict theirs)" "-# added by someone else"
t_contains "reload: says nothing was re-applied" "$(tui_screen conflict reloaded)" "nothing was re-applied"
t_contains "reloaded content shows" "$(tui_screen conflict reloaded)" "noauth"
t_file_eq "the other change survives" options "$ORIG
# added by someone else"

mkfile
tui_live_start theirs options --platform linux
tui_wait_dump loaded
printf '# theirs\n' >>options
tui_send d w y c y
tui_wait_dump written
tui_live_end
t_file_eq "y after compare replaces it, knowingly" options "# dial-up
mtu 1500
lcp-echo-interval 30"

# ---- a write that fails keeps the edits ----
mkdir -p locked
mkfile locked/options
blocked=""
if [ "$(id -u)" != 0 ]; then
	blocked="chmod 555 locked"; unblock="chmod 755 locked"
elif chattr +i locked 2>/dev/null; then
	chattr -i locked
	blocked="chattr +i locked"; unblock="chattr -i locked"
fi
if [ -z "$blocked" ]; then
	t_skip "cannot make a folder unwritable here (root without chattr)"
else
	tui_live_start fail locked/options --platform linux
	tui_wait_dump loaded
	$blocked
	tui_send d w y
	tui_wait_dump failed
	tui_send w
	tui_wait_dump still
	tui_live_end
	$unblock
	t_contains "failure is said" "$(tui_screen fail failed)" "Nothing was written; your edits are still here."
	t_contains "edits stay" "$(tui_line fail failed 0)" "modified"
	t_contains "the diff is still there" "$(tui_screen fail still)" "-noauth"
	t_file_eq "file untouched" locked/options "$ORIG"
fi
t_done
