#!/bin/sh
# tests/tui/small.sh - the editor at the sizes of a tmux split or a small SSH window:
# 40x12 gets the reduced layout (the list, one line of explanation, the whole of it
# on i), every screen stays inside the window; 80x24 gives the list more than 10
# rows; names in the picker never look alike.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
printf '%s\n' '# small' noauth 'mtuu 1400' lock noccp novj nobsdcomp nodeflate noipdefault \
	persist 'maxfail 0' 'holdoff 5' 'lcp-echo-interval 10' 'lcp-echo-failure 3' 'mru 1500' \
	'mtu 1400' 'asyncmap 0' crtscts debug >options
flat() { tr '\n' ' '; }

# every dump of run $1 has $2 rows and none wider than $3 columns
fits() {
	python3 - "$T_TMP/$1.screen" "$2" "$3" <<'PY'
import sys, unicodedata
rows, cols = int(sys.argv[2]), int(sys.argv[3])
dumps, name = {}, None
for l in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if l.startswith("== ") and l.endswith(" =="):
        name = l[3:-3]; dumps[name] = []
    elif name is not None:
        dumps[name].append(l)
bad = 0
for name, ls in dumps.items():
    while len(ls) > rows and ls[-1] == "":
        ls.pop()
    w = max(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l) for l in ls)
    if len(ls) != rows or w > cols:
        print("    %s: %d rows, %d columns" % (name, len(ls), w)); bad = 1
sys.exit(bad)
PY
}

# ---- 80x24: the list gets more than 10 rows ----
printf 'dump start\n' | tui_keys big
tui_run big options --platform linux
rows=$(tui_screen big start | grep -c -E '^..  *[0-9]+ [ #][a-z]')
t_check "80x24: the list shows more than 10 rows ($rows)" [ "$rows" -gt 10 ]
t_contains "80x24: the pane still has the summary" "$(tui_screen big start)" \
	" noauth: Let the peer connect without logging in"
t_contains "80x24: and the first finding with its fix" "$(tui_screen big start)" "Fix: Keep it only"

# the title names the Linux release the checks read the file as, when known
t_lacks "80x24: no release named, none in the title" "$(tui_line big start 0)" "pppd 2"
tui_run big options --platform linux --pppd-version 2.4.9
t_contains "80x24: the release named is in the title" "$(tui_line big start 0)" "Linux pppd 2.4.9"

# ---- 40x24, a vertical split of 80x24: still the pane, the short hints ----
tui_run big options --platform linux --size 40x24
t_contains "40x24: the pane explains the row" "$(tui_line big start 14)" " noauth: Let the peer"
t_contains "40x24: the hints that matter most" "$(tui_line big start 23)" "i more  e edit"

# ---- 40x12: the reduced layout, its screens ----
tui_keys small <<'KEYS'
dump list
j
j
dump moved
i
dump info
q
dump back
?
dump help
<Space>
<Space>
dump help2
q
d
w
dump diff
y
dump confirm
<Esc>
<Esc>
G
k
k
e
dump prompt
<Esc>
/
type lcp
dump search
<Esc>
q
dump ask
<Esc>
f
dump fix
<Esc>
KEYS
tui_run small options --platform linux --size 40x12
if command -v python3 >/dev/null 2>&1; then
	t_check "40x12: every screen has 12 rows, none wider than 40" fits small 12 40
else
	t_skip "python3 not installed: the widths of the screens not measured"
fi
t_lacks "40x12 is not too small" "$(cat small.screen)" "too small"
t_contains "the list with its marks" "$(tui_line small list 1)" ">?   2  noauth"
t_contains "the selected row's finding on one line, cut with a mark" \
	"$(tui_screen small list)" " ? noauth: pppd does not ask the other…"
t_contains "the hints a small window needs, i first" "$(tui_line small list 11)" \
	"i more  e edit  ? help  a add  q quit"
tui_golden "40x12: the list" small list small-list
t_contains "moved: the summary of the new row below the list" "$(tui_line small moved 8)" \
	" Lock the serial device"
t_contains "i: the whole explanation, full screen" "$(tui_line small info 0)" "Explanation"
t_contains "i: from its first line" "$(tui_line small info 1)" "lock: Lock the serial"
t_contains "i: it scrolls" "$(tui_line small info 11)" "j/k scroll"
tui_golden "40x12: the explanation" small info small-explain
t_contains "q: back to the list, same row" "$(tui_selected small back)" "lock"
tui_golden "40x12: help" small help small-help
t_contains "help: keys on a line, their help below" "$(tui_screen small help2 | flat)" \
	"   j, Down        select the next directive"
t_contains "diff: it says how much there is" "$(tui_screen small diff)" "lines 1-4 of 10"
t_contains "diff: y is named" "$(tui_line small diff 11)" "y write"
tui_golden "40x12: the diff" small diff small-diff
t_contains "pppd would refuse it: the question is on screen" "$(tui_screen small confirm | flat)" \
	"W write anyway"
tui_golden "40x12: writing a file pppd would refuse" small confirm small-confirm
t_contains "the edit prompt is visible" "$(tui_line small prompt 10)" "Edit asyncmap: 0"
t_contains "with its verdict" "$(tui_line small prompt 9)" "accepts"
t_contains "and its keys" "$(tui_line small prompt 11)" "Enter accept"
t_contains "the search prompt is visible" "$(tui_line small search 10)" "Search: lcp"
t_contains "the quit question, inside the window" "$(tui_screen small ask)" \
	"| There are unsaved edits."
t_contains "its keys on the hint line" "$(tui_line small ask 11)" "w write  d discard"
t_contains "the fixes open" "$(tui_line small fix 0)" "Fix a problem"
t_check "the file is untouched" grep -qx lock options

# ---- the picker at 40x12 and 80x24: names whole, none alike ----
printf 'a\ntype l2tpipsec\ndump pick\n<Tab>\ndump all\n' | tui_keys pick
names() { tui_screen "$1" "$2" | sed -n '3,/^[-─]/p' | grep -E '^[> ] [a-z]' | cut -c3- | awk '{ print $1 }'; }
for size in 40x12 80x24; do
	tui_run pick options --platform macos --size $size
	n=$(names pick pick)
	t_eq "$size: four names shown" 4 "$(printf '%s\n' "$n" | sort -u | wc -l | tr -d ' ')"
	t_contains "$size: l2tpipseclocalidentifier whole" "$n" "l2tpipseclocalidentifier"
	t_contains "$size: l2tpipseclocalidentifiertype whole" "$n" "l2tpipseclocalidentifiertype"
	t_contains "$size: Tab still reads it all" "$(tui_line pick all 0)" "Explanation"
done
tui_run pick options --platform macos --size 40x12
tui_golden "40x12: the picker" pick pick small-picker
t_contains "40x12: the hints keep Tab" "$(tui_line pick pick 11)" "Tab read all"
t_contains "40x12: the highlighted one's summary below" "$(tui_screen pick pick)" \
	" L2TP: IPsec shared secret"

# narrower than the names: they lose their middle, and still differ
printf 'a\ntype radius_\ndump r\n<PgDn>\ndump r2\n<PgDn>\ndump r3\n' | tui_keys radius
tui_run radius options --platform macos --size 26x12
n=$( (names radius r; names radius r2; names radius r3) | sort -u)
t_contains "26 columns: cut in the middle" "$n" "radius_pri…uth_timeout"
t_contains "the other end differs" "$n" "radius_pri…uth_retries"
for d in r r2 r3; do
	t_eq "$d: names on screen all differ" "" "$(names radius $d | sort | uniq -d)"
done

# ---- ASCII under LANG=C: the cut mark is ~ ----
printf 'dump c\n' | tui_keys ascii
TUI_LC=C tui_run ascii options --platform linux --size 40x12
t_contains "C locale: cut with ~" "$(tui_screen ascii c)" " ? noauth: pppd does not ask the other~"
t_lacks "C locale: no raw UTF-8" "$(tui_screen ascii c)" "…"

# ---- resizing keeps the selection; 20x6 still lays out, below it a message ----
tui_keys resize <<'KEYS'
G
dump big
resize 40x12
dump small
resize 20x6
dump tiny
resize 19x6
dump gone
resize 80x24
dump back
KEYS
tui_run resize options --platform linux
t_contains "80x24: the last row" "$(tui_selected resize big)" "debug"
t_contains "40x12: still the last row" "$(tui_selected resize small)" "debug"
t_contains "20x6: still the list" "$(tui_selected resize tiny)" "debug"
t_contains "20x6: and a way out" "$(tui_line resize tiny 5)" "q quit"
t_contains "19x6: too small" "$(tui_screen resize gone)" "Terminal too"
t_contains "80x24 again: the last row" "$(tui_selected resize back)" "debug"
t_contains "80x24 again: the pane" "$(tui_screen resize back)" "Argument"
t_done
