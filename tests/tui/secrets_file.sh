#!/bin/sh
# tests/tui/secrets_file.sh - a chap-secrets file in the editor: its secrets masked in the list, search and diff, each line explained as client/server/secret, the check's warnings on the right line, no options-file error.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/headless.lib"

cd "$T_TMP" || exit 2
mkdir -p ppp
printf 'bob * Zq7secretWord 10.0.0.2 -- ms-dns 1.1.1.1 bogus-word\nalice *\n' >ppp/chap-secrets
chmod 600 ppp/chap-secrets
tui_keys sec <<'KEYS'
dump start
/
type Zq7
<Enter>
dump search
j
j
dump bogus
s
dump shown
s
j
d
w
dump diff
KEYS
tui_run sec ppp/chap-secrets --platform linux
S=$(tui_screen sec start)
t_lacks "the list masks the secret" "$S" "Zq7secretWord"
t_contains "... and shows the mask" "$S" "bob * ******** 10.0.0.2 --"
t_lacks "no options-file error" "$S" "refuse"
t_contains "the first line is explained as a secrets line" "$S" "A line of a secrets file"
t_lacks "a search does not find the hidden secret" "$(tui_screen sec search)" "10.0.0.2 --   "
t_contains "... it says so" "$(tui_screen sec search)" "No directive matches"
t_contains "the bad option's warning is on its row" "$(tui_screen sec bogus)" \
	"pppd does not know the option 'bogus-word' after '--'"
t_contains "s shows the secret" "$(tui_screen sec shown)" "Zq7secretWord"
t_lacks "the diff before writing masks it" "$(tui_screen sec diff)" "Zq7secretWord"
t_contains "... and shows the mask" "$(tui_screen sec diff)" " bob * ******** 10.0.0.2 --"
t_contains "... of the deleted line" "$(tui_screen sec diff)" "-alice *"
t_done
