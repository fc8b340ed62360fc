#!/bin/sh
# tests/tui/fixes.sh - "Fix a problem" headless: what happened first (a symptom, a pasted
# alert, the log), what it means, then the fix - the L2TP fix on a missing file in six
# keys, the question answered no, one undo step, the per-service fix on a VPN's file.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
flat() { sed 's/^ *//' | tr '\n' ' '; }

# ---- from launch on a missing file to the L2TP fix written: f Enter Enter y a y ----
mkdir -p ppp
tui_keys six <<'EOF'
f
dump what
<Enter>
dump explain
<Enter>
dump question
y
dump diagnosis
a
dump diff
y
dump after
EOF
tui_run six ppp/options --platform macos
t_contains "f asks what happened" "$(tui_screen six what)" "What happened?"
t_contains "the Mac's alert is the first symptom" "$(tui_screen six what)" '> 1  "IPSec shared secret missing"'
t_contains "reading the log is offered" "$(tui_screen six what)" "r  Read the log"
t_contains "typing the message is offered" "$(tui_screen six what)" "p  Type or paste the message"
tui_golden "what happened" six what fix-what
t_contains "Enter: what it means" "$(tui_screen six explain)" "What it means"
t_contains "and what to check" "$(tui_screen six explain)" "What to check"
t_contains "and the fix, one key away" "$(tui_screen six explain | flat)" "(pppconf fix l2tp-noipsec): Enter starts it"
t_contains "the narrower fix is named" "$(tui_screen six explain)" "For one VPN only"
tui_golden "explanation" six explain fix-explain
t_contains "Enter asks the fix's question" "$(tui_screen six question)" "plain L2TP, without IPsec?"
t_contains "y runs the diagnosis" "$(tui_screen six diagnosis)" "What pppconf found"
t_contains "diagnosis shows FAIL steps" "$(tui_screen six diagnosis)" "FAIL  "
t_contains "diagnosis shows PASS steps" "$(tui_screen six diagnosis)" "PASS  "
t_contains "a goes straight to the diff" "$(tui_screen six diff)" "+plugin L2TP.ppp"
t_contains "the diff has both lines" "$(tui_screen six diff)" "+l2tpnoipsec"
t_contains "after writing: what next" "$(tui_screen six after)" "To undo"
t_contains "after writing: written" "$(tui_screen six after)" "ppp/options"
tui_golden "after text" six after fix-after
t_check "written: plugin line" grep -qx 'plugin L2TP.ppp' ppp/options
t_check "written: l2tpnoipsec" grep -qx 'l2tpnoipsec' ppp/options
t_eq "plugin line comes first" "plugin L2TP.ppp l2tpnoipsec" \
	"$(grep -x -e 'plugin L2TP.ppp' -e l2tpnoipsec ppp/options | tr '\n' ' ' | sed 's/ $//')"
t_eq "exit status" 0 "$TUI_RC"

# ---- the undo on the file the fix created removes it, as the shell does ----
cp ppp/options created.before
tui_keys undo_created <<'EOF'
f
a
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
tui_run six newdir/options --platform macos
t_check "folder created with the file" grep -qx 'l2tpnoipsec' newdir/options

# ---- the alert pasted, in Simplified Chinese: the L2TP fix in three keys ----
ALERT='“IPSec 共享密钥”丢失。请验证您的设置并尝试重新连接。'
printf 'f\ndump what\np\ntype %s\ndump typed\n<Enter>\ndump explain\n<Enter>\ndump question\n' \
	"$ALERT" | tui_keys paste
tui_run paste none --platform macos
t_contains "p opens the prompt" "$(tui_screen paste typed)" "Message: "
t_contains "the pasted text shows as typed" "$(tui_screen paste typed)" "共享密钥"
t_contains "Enter: it is the Mac's alert for L2TP status 7" "$(tui_screen paste explain | flat)" '"L2TP Error 7", in Simplified Chinese'
t_contains "with its English text" "$(tui_screen paste explain | flat)" "The IPSec Shared Secret is missing"
t_contains "Enter: the L2TP fix's question (p, Enter, Enter)" "$(tui_screen paste question)" "plain L2TP, without IPsec?"
# the same where the locale knows no UTF-8: the terminal's bytes are kept
TUI_LC=C tui_run paste none --platform macos --ascii
t_contains "C locale: the alert is still recognised" "$(tui_screen paste explain)" '"L2TP Error 7"'
t_contains "C locale: and leads to the fix" "$(tui_screen paste question)" "plain L2TP, without IPsec?"
# text it does not know: said, no fix offered
printf 'f\np\ntype the modem made a funny noise\n<Enter>\ndump explain\n<Enter>\ndump enter\n' |
	tui_keys unknown
tui_run unknown none --platform macos
t_contains "unknown text: said so" "$(tui_screen unknown explain)" "does not know this text"
t_lacks "no fix to start" "$(tui_screen unknown enter)" "without IPsec?"

# ---- the log: the last attempt read, its cause, its fix ----
mkdir -p root/var/log
cat >root/var/log/ppp.log <<'EOF'
Thu Nov 26 10:02:03 2026 : L2TP connecting to server 'vpn.example.com' (203.0.113.7)...
Thu Nov 26 10:02:03 2026 : L2TP: no user shared secret found.
EOF
printf 'f\nr\ndump log\n' | tui_keys log
PPPCONF_WHY_ROOT=$T_TMP/root tui_run log none --platform macos
t_contains "r reads the log" "$(tui_screen log log)" "var/log/ppp.log"
t_contains "and names the line" "$(tui_screen log log)" "no user shared secret found"
t_contains "and its fix" "$(tui_screen log log)" "pppconf fix l2tp-noipsec"

# ---- answering no shows if_no and stops ----
tui_keys no <<'EOF'
f
<Enter>
<Enter>
n
dump no
q
dump back
q
dump what
q
dump list
EOF
tui_run no none --platform macos
t_contains "no: the fix says what instead" "$(tui_screen no no)" "this fix is not for you"
t_lacks "no: nothing applied" "$(tui_screen no list)" "modified"
t_contains "q goes back to the fixes" "$(tui_screen no back)" "The guided fixes for pppd on macOS"
t_contains "q again: what happened" "$(tui_screen no what)" "What happened?"
t_check "no: no file made" [ ! -e none ]

# ---- applying is one undo step; going back from the diff keeps the edit ----
printf '%s\n' 'noauth' >opts
tui_keys undo <<'EOF'
f
1
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

# ---- on Linux the lists hold Linux's symptoms and fixes ----
tui_keys linux <<'EOF'
f
dump what
a
dump list
EOF
tui_run linux opts --platform linux
t_lacks "no Mac alert on Linux" "$(tui_screen linux what)" "IPSec shared secret"
t_contains "Linux symptoms" "$(tui_screen linux what)" "PPPoE: large transfers stall"
t_lacks "no macOS L2TP fix on Linux" "$(tui_screen linux list)" "L2TP VPN on macOS"
t_contains "Linux fixes listed" "$(tui_screen linux list)" "The guided fixes for pppd on Linux"
t_contains "the new fixes are there" "$(tui_screen linux list)" "keep-alive probes"

# ---- a symptom's fix: keep-alive probes, from "the link drops" ----
printf 'lcp-echo-interval 5\n' >ka
tui_keys ka <<'EOF'
f
1
dump explain
<Enter>
y
dump diag
a
dump diff
y
EOF
tui_run ka ka --platform linux
t_contains "the link drops: the keep-alive fix" "$(tui_screen ka explain)" "pppconf fix keepalive"
t_contains "its diagnosis names the short interval" "$(tui_screen ka diag)" "puts that line aside"
t_contains "the diff puts it aside" "$(tui_screen ka diff)" "+# pppconf keepalive put aside: lcp-echo-interval 5"
t_contains "written" "$(cat ka)" "lcp-echo-failure 4"

# ---- one VPN only: the VPN chosen from scutil's list, its own file written ----
mkdir -p bin
cat >bin/scutil <<'EOF'
#!/bin/sh
echo 'Available network connection services in the current set (*=enabled):'
echo '* (Disconnected)   5E1F6D4B-0000-0000-0000-000000000001 PPP --> L2TP       "Work VPN"                       [PPP/L2TP]'
EOF
chmod +x bin/scutil
tui_keys svc <<'EOF'
f
a
j
j
<Enter>
y
dump service
<Enter>
dump diag
a
dump review
y
dump after
EOF
PATH=$T_TMP/bin:$PATH PPPCONF_PEERS_DIR=$T_TMP/peers tui_run svc opts --platform macos
t_contains "which VPN: scutil's L2TP VPNs" "$(tui_screen svc service)" "> Work VPN"
t_contains "or type the name" "$(tui_screen svc service)" "Type the VPN's name"
tui_golden "which VPN" svc service fix-service
t_contains "the diagnosis is of the VPN's file" "$(tui_screen svc diag)" "peers/Work VPN"
t_contains "read after the controller's plugin" "$(tui_screen svc diag)" 'call "Work VPN"'
t_contains "y writes it, after its diff" "$(tui_screen svc review)" "+l2tpnoipsec"
t_eq "the VPN's file holds l2tpnoipsec alone" "l2tpnoipsec" "$(grep -v '^#' "peers/Work VPN")"
t_file_eq "the options file is untouched" opts "noauth"
t_contains "after: what next" "$(tui_screen svc after)" "l2tp-noipsec-service-undo"
# a name typed by hand, with no scutil on PATH
printf 'f\na\nj\nj\n<Enter>\ny\n<Enter>\ntype Home\n<Enter>\na\ny\n' | tui_keys typed
PATH=/usr/bin:/bin PPPCONF_PEERS_DIR=$T_TMP/peers tui_run typed opts --platform macos
t_check "typed name: its file is written" grep -qx l2tpnoipsec peers/Home
t_done
