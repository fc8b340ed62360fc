#!/bin/sh
# tests/tui/manners.sh - terminal manners that need no real terminal: resize and the
# too-small screen, locales (escapes, ASCII lines, CJK widths), hostile files, ESC,
# signals, and refusing to run without a terminal.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
printf '%s\n' '# a comment' noauth 'mtu 1400' >options

# ---- resize re-lays out; below the smallest useful size a plain message ----
tui_keys resize <<'EOF'
dump normal
resize 120x40
dump big
resize 15x5
dump small
j
resize 80x24
dump back
resize 60x16
dump minimum
EOF
tui_run resize options --platform linux
t_eq "80 columns" 80 "$(tui_line resize normal 4 | awk '{ print length($0) }')"
t_eq "re-laid out at 120 columns" 120 "$(tui_line resize big 4 | awk '{ print length($0) }')"
t_eq "40 rows after resize" 40 "$(tui_screen resize big | wc -l | tr -d ' ')"
t_contains "hints at the bottom of 40 rows" "$(tui_line resize big 39)" "? help"
t_contains "too small is said plainly" "$(tui_screen resize small | tr '\n' ' ')" \
	"Terminal too small (15x5). pppconf needs 20x6;"
t_contains "keys wait while too small" "$(tui_selected resize back)" "noauth"
t_contains "the minimum still lays out" "$(tui_line resize minimum 15)" "help"
t_lacks "the minimum is not too small" "$(tui_screen resize minimum)" "too small"

tui_keys small <<'EOF'
d
resize 30x5
q
dump stays
resize 80x24
dump back
EOF
tui_run small options --platform linux
t_contains "too small with edits: q does not discard" "$(tui_screen small stays | tr '\n' ' ')" \
	"enlarge it to save or discard"
t_contains "edits still there after enlarging" "$(tui_line small back 0)" "modified"
printf 'resize 15x5\nq\ndump after\n' | tui_keys small2
tui_run small2 options --platform linux
t_check "too small without edits: q quits" [ ! -s small2.screen ]

# ---- locales: escapes in C, ASCII lines, CJK and invalid bytes ----
printf '# \346\227\245\346\234\254\350\252\236\343\201\256\343\202\263\343\203\241\343\203\263\343\203\210\nname \346\227\245\346\234\254\nmtu 1400 # caf\303\251\nbad\377word\n' >intl
printf 'G\nk\nx\nw\ndump diff\n' | tui_keys intl   # x on mtu: a diff with every line in its context
tui_run intl intl --platform linux
d=$(tui_screen intl diff)
t_contains "UTF-8: CJK comment shown" "$d" " # 日本語のコメント"
t_contains "UTF-8: CJK argument in the list" "$(cat intl.screen)" "name 日本"
t_contains "invalid byte escaped" "$d" 'bad\xFFword'
t_contains "ACS lines read back as ASCII" "$d" "--------------------"
TUI_LC=C tui_run intl intl --platform linux
d=$(tui_screen intl diff)
t_contains "C locale: multibyte shown escaped" "$d" '# \xE6\x97\xA5'
t_contains "C locale: accented byte escaped" "$d" 'caf\xC3\xA9'
t_lacks "C locale: no raw UTF-8 on screen" "$d" "日本"
t_check "C locale: the file is untouched" grep -q "$(printf 'caf\303\251')" intl

# a row of wide characters is cut to the screen width, measured in columns
if command -v python3 >/dev/null 2>&1; then
	python3 -c 'print("name " + "漢" * 60)' >wide
	printf 'dump wide\n' | tui_keys wide
	tui_run wide wide --platform linux
	w=$(tui_line wide wide 1 | python3 -c '
import sys, unicodedata
s = sys.stdin.read().rstrip("\n")
print(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s))')
	t_check "wide characters fit in 80 columns ($w)" [ "$w" -le 80 ] && t_check "and fill most of it" [ "$w" -ge 70 ]
else
	t_skip "python3 not installed: width of CJK rows not measured"
fi

# ---- hostile files load and draw ----
printf 'noauth\000mtu\000 1400\n"unterminated\n' >nul
head -c 200000 /dev/zero | tr '\000' 'x' >huge
printf 'noauth\r\nmtu 1400\r\n' >crlf
printf '\357\273\277noauth\nmtu 1400\n' >bom
printf 'dump s\nj\nj\nj\ndump t\n' | tui_keys hostile
for f in nul huge crlf bom; do
	tui_run hostile "$f" --platform linux
	t_eq "$f: loads and draws" 0 "$TUI_RC"
	t_check "$f: a screen was dumped" grep -q '== t ==' hostile.screen
done
printf 'x\nw\ndump diff\ny\n' | tui_keys crlf
tui_run crlf crlf --platform linux
t_contains "CRLF visible in the diff" "$(tui_screen crlf diff)" '\x0D'
t_check "CRLF kept on write" cmp -s crlf "$(printf '#noauth\r\nmtu 1400\r\n' >crlf.want; echo crlf.want)"

# ---- ESC never destroys edits ----
tui_keys esc <<'EOF'
d
<Esc>
dump list
w
<Esc>
dump diff
e
<Esc>
<Esc>
dump prompt
EOF
tui_run esc options --platform linux
t_contains "Esc in the list keeps edits" "$(tui_line esc list 0)" "modified"
t_contains "Esc in the diff writes nothing" "$(tui_screen esc diff)" "Nothing written"
t_contains "Esc twice keeps the edits" "$(tui_line esc prompt 0)" "modified"
t_check "file untouched" grep -qx noauth options

# ---- signals end the run without writing; status 128+N ----
tui_live_start sig options --platform linux
tui_wait_dump up
tui_send d
tui_wait_dump edited
kill -TERM "$TUI_PID"
tui_live_end
t_eq "SIGTERM: status 143" 143 "$TUI_RC"
t_contains "SIGTERM: says edits were not written" "$(cat sig.err)" "not written"
t_check "SIGTERM: file untouched" grep -qx noauth options

# ---- a bad key script is refused with one line ----
printf '<NoSuchKey>\n' | tui_keys bad
tui_run bad options --platform linux
t_eq "bad script: status 2" 2 "$TUI_RC"
t_contains "bad script: names the line" "$(cat bad.err)" "line 1"

# ---- no terminal: one clear line, status 2, no escape codes ----
TERM=xterm-256color "$PPPCONF" options </dev/null >notty.out 2>notty.err
t_eq "stdin not a tty: status 2" 2 "$?"
t_eq "stdin not a tty: one line" 1 "$(wc -l <notty.err | tr -d ' ')"
t_contains "stdin not a tty: says why" "$(cat notty.err)" "needs a terminal"
t_check "stdin not a tty: nothing on stdout" [ ! -s notty.out ]
t_done
