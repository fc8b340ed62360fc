#!/bin/sh
# tests/tui/follow.sh - the editor follows `file` and `call` into the files they name, headless:
# the breadcrumb and the way back, each file's own edits, diff and write, quitting with edits
# in several files, a missing peers file created, a loop refused, and what pppd ends up with.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
R=root
mkroot() {
	rm -rf "$R"
	mkdir -p "$R/etc/ppp/peers"
	printf 'noauth\nmtu 1500\nfile /etc/ppp/inc\ncall gprs\n' >"$R/etc/ppp/options"
	printf 'mtu 1400\nlcp-echo-interval 30\n' >"$R/etc/ppp/inc"
	printf 'mru 1200\n' >"$R/etc/ppp/peers/gprs"
	chmod 640 "$R/etc/ppp/options" "$R/etc/ppp/inc" "$R/etc/ppp/peers/gprs"
}
OPTS="--root $R --platform linux"

# ---- o opens the include in front; b comes back to the row it left ----
mkroot
tui_keys follow <<'EOF2'
j
j
o
dump inc
j
e
<C-u>
type 60
<Enter>
b
dump refused
w
y
dump written
b
dump back
j
o
dump gprs
<Esc>
dump esc
EOF2
tui_run follow "$R/etc/ppp/options" $OPTS
t_contains "o: the breadcrumb names both files" "$(tui_line follow inc 0)" "options > inc"
t_contains "o: the include's own rows" "$(tui_selected follow inc)" "mtu 1400"
tui_golden "breadcrumb at 80x24" follow inc follow-breadcrumb
t_contains "b with unsaved edits: refused, said why" "$(tui_screen follow refused)" \
	"has unsaved edits"
t_contains "b refused: still in the include" "$(tui_line follow refused 0)" "options > inc"
t_lacks "written: the include is no longer modified" "$(tui_line follow written 0)" "modified"
t_lacks "back: no breadcrumb with one file open" "$(tui_line follow back 0)" ">"
t_contains "back: the selection is where it was left" "$(tui_selected follow back)" \
	"file /etc/ppp/inc"
t_contains "call: peers/NAME under --root" "$(tui_line follow gprs 0)" "options > gprs"
t_contains "call: the peers file's rows" "$(tui_selected follow gprs)" "mru 1200"
t_lacks "Esc goes back too" "$(tui_line follow esc 0)" "> gprs"
t_file_eq "w wrote the include alone" "$R/etc/ppp/inc" 'mtu 1400
lcp-echo-interval 60'
t_file_eq "the main file is untouched" "$R/etc/ppp/options" 'noauth
mtu 1500
file /etc/ppp/inc
call gprs'

# ---- edits in two files: quit names both, w writes each through its own diff ----
mkroot
tui_keys both <<'EOF2'
x
j
j
o
d
q
dump ask
w
dump diff1
y
dump diff2
y
EOF2
tui_run both "$R/etc/ppp/options" $OPTS
t_contains "quit: asks, naming every file with edits" "$(tui_screen both ask)" "options, inc"
d1=$(tui_screen both diff1)
t_contains "first diff: the include's" "$d1" "-mtu 1400"
t_lacks "first diff: nothing of the main file" "$d1" "noauth"
d2=$(tui_screen both diff2)
t_contains "then the main file's own diff" "$d2" "+#noauth"
t_contains "then: says which file still has edits" "$d2" "options has unsaved edits too"
t_eq "both written, then quit" 0 "$TUI_RC"
t_file_eq "the include as edited" "$R/etc/ppp/inc" 'lcp-echo-interval 30'
t_file_eq "the main file as edited" "$R/etc/ppp/options" '#noauth
mtu 1500
file /etc/ppp/inc
call gprs'

# ---- d at the question discards the edits of every file ----
mkroot
tui_keys discard <<'EOF2'
x
j
j
o
d
q
d
EOF2
tui_run discard "$R/etc/ppp/options" $OPTS
t_eq "discard: quits" 0 "$TUI_RC"
t_contains "discard: the farewell names every file" "$(cat "$T_TMP/discard.out")" \
	"the edits to options, inc were discarded"
t_file_eq "discard: the include as it was" "$R/etc/ppp/inc" 'mtu 1400
lcp-echo-interval 30'
t_file_eq "discard: the main file as it was" "$R/etc/ppp/options" 'noauth
mtu 1500
file /etc/ppp/inc
call gprs'

# ---- a missing peers file: said first, then created through the diff ----
mkroot
rm -rf "$R/etc/ppp/peers"
printf 'noauth\ncall newpeer\n' >"$R/etc/ppp/options"
tui_keys create <<'EOF2'
j
o
dump offer
o
dump new
a
type lcp-echo-failure
<Enter>
type 4
<Enter>
w
dump diff
y
dump created
EOF2
tui_run create "$R/etc/ppp/options" $OPTS
t_contains "missing: said, with what pppd does" "$(tui_screen create offer)" \
	"pppd refuses to start without it"
t_lacks "missing: not opened on the first o" "$(tui_line create offer 0)" ">"
t_contains "o again: opened empty, as a new file" "$(tui_line create new 0)" "new file"
t_contains "o again: in front of the main file" "$(tui_line create new 0)" "options > newpeer"
d=$(tui_screen create diff)
t_contains "first write: every line added" "$d" "+lcp-echo-failure 4"
t_contains "first write: the diff names the new file" "$d" "peers/newpeer"
t_file_eq "y created the peers file (and its folder)" "$R/etc/ppp/peers/newpeer" \
	'lcp-echo-failure 4'
t_check "the main file is untouched" grep -qx "call newpeer" "$R/etc/ppp/options"

# macOS pppd goes on without a missing peers file; the offer says so
mkroot
printf 'call nothere\n' >"$R/etc/ppp/options"
tui_keys mac <<'EOF2'
o
dump offer
EOF2
tui_run mac "$R/etc/ppp/options" --root "$R" --platform macos
t_contains "missing on macOS: pppd goes on" "$(tui_screen mac offer)" "goes on without it"
t_check "no file made by asking" test ! -e "$R/etc/ppp/peers/nothere"

# ---- a file that leads back to one already open is refused ----
mkroot
printf 'mtu 1400\nfile /etc/ppp/options\n' >"$R/etc/ppp/inc"
tui_keys cycle <<'EOF2'
j
j
o
j
o
dump cycle
EOF2
tui_run cycle "$R/etc/ppp/options" $OPTS
t_contains "a loop: refused, said why" "$(tui_screen cycle cycle)" "is already open here"
t_contains "a loop: still in the include" "$(tui_line cycle cycle 0)" "options > inc"

# ---- a relative include is opened as written, from the working folder ----
printf 'file ./rel\n' >main
printf 'debug\n' >rel
tui_keys rel <<'EOF2'
o
dump rel
EOF2
tui_run rel main --platform linux
t_contains "file ./rel: opened from here" "$(tui_line rel rel 0)" "main > rel"
t_contains "file ./rel: its rows" "$(tui_selected rel rel)" "debug"

# ---- o on any other row says what it is for ----
tui_keys other <<'EOF2'
o
dump other
EOF2
tui_run other "$R/etc/ppp/inc" $OPTS
t_contains "o elsewhere: says what it opens" "$(tui_screen other other)" "names none"

# ---- v: what pppd ends up with, where it was set, what it replaced ----
mkroot
tui_keys show <<'EOF2'
v
dump show
q
dump list
EOF2
tui_run show "$R/etc/ppp/options" $OPTS
s=$(tui_screen show show)
t_contains "v: the value in effect and where" "$s" "mtu 1400                        root/etc/ppp/inc:1"
t_contains "v: what it replaced" "$s" "replaces mtu 1500 at root/etc/ppp/options:2"
t_contains "v: the peers file's options too" "$s" "root/etc/ppp/peers/gprs:1"
tui_golden "effective view at 80x24" show show effective-view
t_contains "q: back to the list" "$(tui_selected show list)" "noauth"
want=$("$PPPCONF" show $OPTS "$R/etc/ppp/options" | grep -c 'replaces')
t_eq "v and pppconf show agree on what was replaced" "$want" "$(printf '%s\n' "$s" | grep -c replaces)"

# ---- v after a word that makes pppd print and exit: said as such ----
mkroot
printf 'mtu 1400\n--help\nnosuchword\n' >"$R/etc/ppp/inc"
tui_keys exitv <<'EOF2'
v
dump exitv
EOF2
tui_run exitv "$R/etc/ppp/options" $OPTS
s=$(tui_screen exitv exitv)
t_contains "v: --help said as where pppd exits" "$s" "pppd prints and exits at root/etc/ppp/inc:2"
t_lacks "v: not said to refuse after it" "$s" "pppd refuses this configuration"


# ---- a hang-up keeps the edits of every open file ----
mkroot
tui_keys hup <<'EOF2'
x
j
j
o
d
signal HUP
EOF2
tui_run hup "$R/etc/ppp/options" $OPTS
e=$(cat "$T_TMP/hup.err")
t_contains "hang-up: the edits are kept" "$e" "kept in"
t_eq "hang-up: one recovery file for each edited file" 2 \
	"$(printf '%s\n' "$e" | tr ',' '\n' | grep -c 'recover')"
tui_keys again <<'EOF2'
dump offered
l
j
j
o
dump followed
r
dump restored
EOF2
tui_run again "$R/etc/ppp/options" $OPTS
t_contains "the main file's edits are offered back" "$(tui_screen again offered)" "restore"
t_contains "following into the include offers its edits too" \
	"$(tui_screen again followed)" "restore"
t_contains "restored: the include as it was edited" "$(tui_selected again restored)" \
	"lcp-echo-interval 30"
t_contains "restored: in front of the main file" "$(tui_line again restored 0)" "options > inc"

# ---- --root: pppd's path for a file, and the default file, are the copy's ----
# (this machine's own /etc/ppp/options, where there is one, stays untouched)
mkroot
tui_keys rootpath <<'EOF2'
dump first
EOF2
tui_run rootpath /etc/ppp/options $OPTS
t_contains "--root /etc/ppp/options: the copy's file is open" "$(tui_screen rootpath first)" \
	"file /etc/ppp/inc"
LC_ALL=$TUI_UTF8 TERM=xterm HOME=$T_TMP "$PPPCONF" --keys "$T_TMP/rootpath.keys" \
	--size 80x24 --screen-out "$T_TMP/rootdef.screen" $OPTS >/dev/null 2>&1 </dev/null
t_contains "--root with no file: the copy's /etc/ppp/options is open" \
	"$(tui_screen rootdef first)" "file /etc/ppp/inc"

# ---- the file followed is checked as pppd comes to it: after the plugins the
# file below loaded, read by every pppd when that file is (--root: the copy's
# /etc/ppp/options is pppd's) ----
rm -rf mac
mkdir -p mac/etc/ppp
printf 'plugin L2TP.ppp\nfile /etc/ppp/l2tp\n' >mac/etc/ppp/options
printf 'l2tpnoipsec\n' >mac/etc/ppp/l2tp
tui_keys plugged <<'EOF2'
dump main
j
o
dump inc
EOF2
tui_run plugged /etc/ppp/options --root mac --platform macos
t_contains "--root: the copy's /etc/ppp/options is every pppd's (a global plugin line)" \
	"$(tui_screen plugged main)" "1 warning"
t_lacks "followed: the plugin the file below loaded is known" "$(tui_screen plugged inc)" \
	"belongs to the plugin"
t_contains "followed: an include of /etc/ppp/options reaches every L2TP service" \
	"$(tui_screen plugged inc)" "In this file it applies to every L2TP VPN"

# ---- --root: another machine's device is judged by its name's shape ----
rm -rf dev
mkdir -p dev/etc/ppp
printf '/dev/ttyUSB9\n115200\n' >dev/etc/ppp/options
tui_keys rootdev <<'EOF2'
dump main
EOF2
tui_run rootdev /etc/ppp/options --root dev --platform linux
t_lacks "--root: a device this machine lacks is no error" "$(tui_screen rootdev main)" "error"

t_done
