#!/bin/sh
# tests/tui/list_actions.sh - the list's actions driven headless: move, search, help,
# secrets, edit with a live verdict, add from the catalogue, delete, enable/disable,
# move up/down, undo/redo; screens checked, and the bytes each edit writes.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
mkfile() { printf '%s\n' "$@" >options; chmod 600 options; }
BASE='# test options
noauth
mtuu 1400
password "s3cret pass"
#debug
mru 1500'

# ---- moving: j/k, arrows, PgDn/PgUp, Home/End (g/G) ----
mkfile "$BASE"
tui_keys move <<'EOF'
dump start
j
dump j
<Down>
dump down
k
dump k
G
dump G
<Up>
dump up
g
dump g
<End>
dump end
<Home>
dump home
<PgDn>
dump pgdn
<PgUp>
dump pgup
EOF
tui_run move options --platform linux
t_contains "starts on the first directive" "$(tui_selected move start)" "noauth"
t_contains "j moves down" "$(tui_selected move j)" "mtuu 1400"
t_contains "Down moves down" "$(tui_selected move down)" "password"
t_contains "k moves up" "$(tui_selected move k)" "mtuu 1400"
t_contains "G goes to the last" "$(tui_selected move G)" "mru 1500"
t_contains "Up moves up" "$(tui_selected move up)" "#debug"
t_contains "g goes to the first" "$(tui_selected move g)" "noauth"
t_contains "End goes to the last" "$(tui_selected move end)" "mru 1500"
t_contains "Home goes to the first" "$(tui_selected move home)" "noauth"
t_contains "PgDn moves a page" "$(tui_selected move pgdn)" "mru 1500"
t_contains "PgUp moves back" "$(tui_selected move pgup)" "noauth"
t_contains "the position shows" "$(tui_screen move G)" " 5/5 "
tui_golden "list screen" move start list-start
t_check "moving writes nothing" cmp -s options "$T_TMP/options"

# ---- conveniences: F-keys, Enter, Ins, Del ----
tui_keys fkeys <<'EOF'
<F1>
dump f1
q
j
<Enter>
dump enter
<Esc>
k
<Del>
dump del
<Ins>
dump ins
<Esc>
<F2>
dump f2
q
<F10>
dump f10
EOF
tui_run fkeys options --platform linux
t_contains "F1: help" "$(tui_screen fkeys f1)" "The list of directives"
t_contains "Enter: edit" "$(tui_screen fkeys enter)" "pppd does not know"
t_contains "Del: delete" "$(tui_screen fkeys del)" "Deleted noauth"
t_contains "Ins: add" "$(tui_screen fkeys ins)" "Find:"
t_contains "F2: the diff" "$(tui_screen fkeys f2)" "-noauth"
t_contains "F10: quit asks (unsaved edits)" "$(tui_screen fkeys f10)" "There are unsaved edits."

# ---- the explanation pane and unknown words ----
t_contains "pane: summary of the selected" "$(tui_screen move start)" "noauth: "
t_contains "pane: platform line" "$(tui_screen move start)" "Platform  macOS and Linux"
t_contains "pane: privileged" "$(tui_screen move start)" "privileged"
t_contains "pane: risk" "$(tui_screen move start)" "Risk "
t_contains "unknown word: refused" "$(tui_screen move j)" "pppd does not know 'mtuu'"
t_contains "unknown word: did you mean" "$(tui_screen move j)" "Did you mean 'mtu'?"
t_contains "unknown word: ! mark on its row" "$(tui_screen move j)" ">!   3  mtuu 1400"
t_contains "disabled rows are marked #" "$(tui_screen move start)" "#debug"
t_contains "warning rows are marked ?" "$(tui_screen move start)" "?   2  noauth"

# ---- i: the whole explanation, scrollable ----
printf '%s\n' 'plugin PPTP.ppp' noauth >long
tui_keys info <<'EOF'
dump list
i
dump info
<PgDn>
<PgDn>
dump down
q
dump back
<F3>
dump f3
EOF
tui_run info long --platform macos
t_contains "the pane says there is more" "$(tui_screen info list)" "i shows it all"
t_contains "i: the explanation screen" "$(tui_line info info 0)" "Explanation"
t_contains "i: starts with the summary" "$(tui_line info info 1)" "plugin: "
t_contains "PgDn, twice, reaches the related line" "$(tui_screen info down)" "Related"
t_contains "q goes back to the list" "$(tui_selected info back)" "plugin PPTP.ppp"
t_contains "F3 does the same" "$(tui_line info f3 0)" "Explanation"

# the ranking of sources that explain prints, at the end of the explanation
printf '%s\n' nolock 'mtu 1400' >ranked
tui_keys rank <<'EOF'
dump list
i
<End>
dump nolock
g
dump top
q
j
i
<End>
dump mtu
EOF
tui_run rank ranked --platform linux
t_contains "i: a ranked option says so" "$(tui_screen rank nolock)" "Ranked    one setting with lock."
t_contains "i: with the order of the sources" "$(tui_screen rank nolock)" "the command line with"
t_contains "i: g goes back to the top" "$(tui_line rank top 1)" "nolock: "
t_lacks "i: an unranked option has no such line" "$(tui_screen rank mtu)" "Ranked"

# ---- search: / with n and N ----
tui_keys search <<'EOF'
/
type MRU
dump typing
<Enter>
dump found
/
type u
<Enter>
dump u1
n
dump u2
n
dump u3
N
dump back
/
type nothing-like-this
<Enter>
dump none
EOF
tui_run search options --platform linux
t_contains "search prompt shows" "$(tui_screen search typing)" "Search: MRU"
t_contains "search is case-insensitive" "$(tui_selected search found)" "mru 1500"
t_contains "first match after the selection" "$(tui_selected search u1)" "noauth"
t_contains "n: next match" "$(tui_selected search u2)" "mtuu"
t_contains "n: next again" "$(tui_selected search u3)" "#debug"
t_contains "N: previous match" "$(tui_selected search back)" "mtuu"
t_contains "no match is said" "$(tui_screen search none)" "No directive matches"

# ---- help: ? and h, drawn from the key table ----
tui_keys help <<'EOF'
?
dump help
<PgDn>
dump help2
q
h
dump h
<Esc>
dump back
EOF
tui_run help options --platform linux
t_contains "? opens help" "$(tui_screen help help)" "The list of directives"
t_contains "help lists keys and actions" "$(tui_screen help help)" "e, Enter            edit the arguments"
t_contains "help scrolls" "$(tui_screen help help2)" "move the directive up"
t_contains "h opens help too" "$(tui_screen help h)" "this help"
t_contains "any other key goes back" "$(tui_line help back 0)" "options"
tui_golden "help screen" help help help

# ---- secrets: masked until s (or --reveal) ----
tui_keys secret <<'EOF'
j
j
dump masked
s
dump shown
s
dump again
EOF
tui_run secret options --platform linux
t_contains "password masked" "$(tui_screen secret masked)" "password ********"
t_lacks "secret not on screen" "$(tui_screen secret masked)" "s3cret"
t_contains "s reveals" "$(tui_screen secret shown)" 'password "s3cret pass"'
t_lacks "s masks again" "$(tui_screen secret again)" "s3cret"
tui_run secret options --platform linux --reveal
t_contains "--reveal shows it" "$(tui_screen secret masked)" 's3cret pass'
printf '%s\n' 'plugin L2TP.ppp' 'l2tpipsecsharedsecret topsecret' '# l2tpipsecsharedsecret oldsecret' >l2tp
tui_keys l2tp <<'EOF'
dump masked
EOF
tui_run l2tp l2tp --platform macos
t_lacks "shared secret masked" "$(tui_screen l2tp masked)" "topsecret"
t_lacks "disabled secret masked" "$(tui_screen l2tp masked)" "oldsecret"

# ---- edit: arguments checked as you type ----
mkfile "$BASE"
tui_keys edit <<'EOF'
j
e
dump unknown
G
e
dump prompt
<C-u>
type 1400x
dump doubt
<C-u>
type z
dump bad
<C-u>
type 9999
dump good
<Enter>
dump done
w
y
W
EOF
tui_run edit options --platform linux
t_contains "unknown word has nothing to edit" "$(tui_screen edit unknown | sed 's/^ *//' | tr '\n' ' ')" "pppd does not know mtuu, so it has no argument to edit; c corrects it to 'mtu 1400'"
t_contains "prompt shows the current value" "$(tui_screen edit prompt)" "Edit mru: 1500"
t_contains "live verdict: doubtful" "$(tui_screen edit doubt)" "? pppd accepts it, but '1400x' is read as 1400"
t_contains "live verdict: refused" "$(tui_screen edit bad)" "! pppd refuses this value"
t_contains "live verdict: accepted" "$(tui_screen edit good)" "ok: pppd accepts this value"
t_contains "the row shows the new value" "$(tui_selected edit done)" "mru 9999"
t_contains "title says modified" "$(tui_line edit done 0)" "modified"
t_file_eq "edit changes only that argument" options "$(printf '%s\n' "$BASE" | sed 's/^mru 1500$/mru 9999/')"

mkfile "$BASE"
tui_keys editesc <<'EOF'
G
e
type 0
<Esc>
dump cancelled
w
dump nodiff
EOF
tui_run editesc options --platform linux
t_contains "Esc cancels the prompt" "$(tui_screen editesc cancelled)" "Nothing changed."
t_contains "nothing to write after Esc" "$(tui_screen editesc nodiff)" "Nothing to write"

# where the locale knows no UTF-8, the terminal's bytes typed in a prompt are kept
printf '%s\n' 'name old' >options; chmod 600 options
printf 'e\n<C-u>\ntype 张三\n<Enter>\nw\ny\nW\n' | tui_keys editc
TUI_LC=C tui_run editc options --platform linux --ascii
t_file_eq "C locale: the UTF-8 typed in the prompt is written as typed" options 'name 张三'

# ---- add: catalogue picker, explanation, plugin line offered ----
printf '%s\n' noauth 'mtu 1400' >add
tui_keys add <<'EOF'
a
dump picker
type l2tpnoip
dump filtered
<Enter>
dump ask
y
dump added
g
a
type mru
<Enter>
dump arg
type 1400
<Enter>
dump added2
w
y
EOF
tui_run add add --platform macos
t_contains "picker lists the catalogue" "$(tui_screen add picker)" "matches"
t_contains "typing filters" "$(tui_selected add filtered)" "l2tpnoipsec"
t_contains "picker explains the highlighted" "$(tui_screen add filtered)" "Platform  macOS only; from plugin L2TP.ppp"
t_contains "missing plugin line is offered" "$(tui_screen add ask)" 'needs "plugin L2TP.ppp" before it'
t_contains "both lines added" "$(tui_screen add added)" "Added plugin L2TP.ppp and l2tpnoipsec"
t_contains "argument asked for" "$(tui_screen add arg)" "New mru:"
t_file_eq "added after the selection, plugin line first" add "noauth
mru 1400
plugin L2TP.ppp
l2tpnoipsec
mtu 1400"

printf '%s\n' 'plugin L2TP.ppp' noauth >add2
tui_keys add2 <<'EOF'
a
type l2tpnoipsec
<Enter>
w
y
EOF
tui_run add2 add2 --platform macos
t_file_eq "plugin option goes after an existing plugin line" add2 "plugin L2TP.ppp
l2tpnoipsec
noauth"

printf '%s\n' noauth >add3
tui_keys add3 <<'EOF'
a
type l2tpnoipsec
<Enter>
n
w
y
dump confirm
W
EOF
tui_run add3 add3 --platform macos
t_contains "without its plugin pppd refuses: asked again" "$(tui_screen add3 confirm)" "Write anyway? W writes it"
t_file_eq "n adds only the directive" add3 "noauth
l2tpnoipsec"

# a Mac service's peers file: PPPController loads the plugin before it, so
# the word goes in alone, with no question about a plugin line (check still
# says a pppd started by hand would refuse it: W writes it anyway)
mkdir -p etc/ppp/peers
printf '%s\n' noauth >etc/ppp/peers/vpn
tui_keys addpeers <<'EOF'
a
type l2tpnoipsec
<Enter>
dump added
w
y
W
EOF
tui_run addpeers "$T_TMP/etc/ppp/peers/vpn" --platform macos
t_lacks "peers file: no plugin line offered" "$(tui_screen addpeers added)" 'needs "plugin L2TP.ppp" before it'
t_file_eq "peers file: only the word added" etc/ppp/peers/vpn "noauth
l2tpnoipsec"

tui_keys add4 <<'EOF'
a
type zzzz-no-such
dump empty
<Esc>
dump back
EOF
tui_run add4 add3 --platform macos
t_contains "no match in the picker is said" "$(tui_screen add4 empty)" "0 matches"
t_contains "Esc adds nothing" "$(tui_screen add4 back)" "Nothing added."

# ---- delete, enable/disable, move, undo, redo ----
mkfile "$BASE"
tui_keys edits <<'EOF'
j
d
dump deleted
x
dump disabled
<Space>
dump enabled
G
K
dump movedup
-
+
J
dump moved
u
dump undone
r
dump redone
u
<C-r>
w
y
EOF
tui_run edits options --platform linux
t_contains "d deletes" "$(tui_screen edits deleted)" "Deleted mtuu"
t_lacks "deleted row gone" "$(tui_screen edits deleted)" "mtuu 1400"
t_contains "x disables" "$(tui_selected edits disabled)" "#password"
t_contains "space enables" "$(tui_selected edits enabled)" " password"
t_contains "K moves up" "$(tui_screen edits movedup)" "Moved up."
t_contains "u undoes" "$(tui_screen edits undone)" "Undone"
t_contains "r redoes" "$(tui_screen edits redone)" "Redone."
t_file_eq "delete, toggles, moves, undo and redo end in these bytes" options "# test options
noauth
password \"s3cret pass\"
#debug
mru 1500"

mkfile "$BASE"
tui_keys undoall <<'EOF'
d
d
u
u
dump restored
u
dump nothing
w
dump nodiff
EOF
tui_run undoall options --platform linux
t_contains "undo back to the file as loaded" "$(tui_screen undoall restored)" "back to the file as loaded"
t_contains "nothing more to undo" "$(tui_screen undoall nothing)" "Nothing to undo."
t_lacks "not modified after undoing all" "$(tui_line undoall restored 0)" "modified"
t_contains "no diff after undoing all" "$(tui_screen undoall nodiff)" "Nothing to write"

# A move and its reverse leave the bytes as they were: not modified, nothing to write.
mkfile "$BASE"
tui_keys moveback <<'EOF'
J
dump down
K
dump back
w
dump write
EOF
tui_run moveback options --platform linux
t_contains "moved down: modified" "$(tui_line moveback down 0)" "modified"
t_lacks "moved back up: not modified" "$(tui_line moveback back 0)" "modified"
t_contains "moved back up: nothing to write" "$(tui_screen moveback write)" "Nothing to write"
t_done
