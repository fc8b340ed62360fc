#!/bin/sh
# tests/tui/picker_explain.sh - the catalogue picker's explanation can be read to its end:
# Tab (or F3) opens all of it, plain letters scroll it, any other key goes back to the picker.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
flat() { sed 's/^ *//' | tr '\n' ' '; }

printf 'plugin L2TP.ppp\nlock\n' >options

# ---- plugin: far longer than the pane at 80x24 ----
tui_keys plugin <<'KEYS'
a
type plugin
dump pane
<Tab>
dump all
j
dump line
<Space>
<Space>
<Space>
dump end
b
k
dump up
q
dump back
<F3>
dump f3
<Esc>
<Enter>
dump added
KEYS
tui_run plugin options --platform macos
t_contains "the cut pane names the key that shows the rest" "$(tui_screen plugin pane)" \
	"... (more below: Tab shows it all)"
t_contains "the picker's hint line has it too" "$(tui_line plugin pane 23)" "Tab read all"
t_lacks "the pane cannot hold the end of the text" "$(tui_screen plugin pane)" "Related"
t_contains "Tab opens the whole explanation" "$(tui_line plugin all 0)" "Explanation"
t_contains "of the highlighted directive" "$(tui_line plugin all 1)" "plugin: Load a plugin bundle"
t_contains "it says there is more" "$(tui_screen plugin all)" "... (more below)"
t_contains "its keys are the scrolling ones" "$(tui_line plugin all 23)" "j/k scroll"
tui_golden "the picker's whole explanation, as a screen" plugin all picker-explain
t_contains "j scrolls a line: the old second line is now the first" \
	"$(tui_line plugin line 1)" "Argument"
t_contains "Space pages down to the end: the related directives" \
	"$(tui_screen plugin end)" "Related   l2tpnoipsec"
t_lacks "and nothing more below" "$(tui_screen plugin end)" "more below"
t_check "b and k scroll back up" test "$(tui_screen plugin up)" != "$(tui_screen plugin end)"
t_contains "q goes back to the picker" "$(tui_line plugin back 0)" "Add a directive"
t_contains "with the filter as it was" "$(tui_line plugin back 1)" "Find: plugin"
t_contains "and the same row highlighted" "$(tui_selected plugin back)" "> plugin "
t_contains "F3 opens it too" "$(tui_line plugin f3 0)" "Explanation"
t_contains "after Esc, Enter still adds the directive" "$(tui_screen plugin added | flat)" \
	"Type the argument"

# ---- l2tpnoipsec: the cut explanation can be read to its last line ----
tui_keys noipsec <<'KEYS'
a
type l2tpnoipsec
dump pane
<Tab>
<Space>
<Space>
<Space>
dump end
KEYS
tui_run noipsec options --platform macos
t_contains "l2tpnoipsec's pane is cut" "$(tui_screen noipsec pane)" "more below: Tab"
t_lacks "and does not reach the related directives" "$(tui_screen noipsec pane)" "Related"
t_contains "paged down, the whole explanation reaches its last line" \
	"$(tui_screen noipsec end)" "Related   plugin"
t_lacks "with nothing left below" "$(tui_screen noipsec end)" "more below"

# ---- letters stay filter text in the picker (j, k, b, q, i, space) ----
tui_keys letters <<'KEYS'
a
type qjkbi x
dump typed
KEYS
tui_run letters options --platform macos
t_contains "letters the explanation view uses are typed in the picker" \
	"$(tui_line letters typed 1)" "Find: qjkbi x"

# ---- nothing highlighted: Tab has nothing to open ----
tui_keys none <<'KEYS'
a
type zzzzzz
<Tab>
dump none
KEYS
tui_run none options --platform macos
t_contains "no match: Tab stays in the picker" "$(tui_line none none 0)" "Add a directive"

t_done
