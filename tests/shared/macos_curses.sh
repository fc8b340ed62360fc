#!/bin/sh
# tests/shared/macos_curses.sh - every src/tui file compiles, without a warning, against the
# Mac's curses headers (ncurses 5.7, ../shared/macos-ncurses-5.7): a call only ncurses 6 has fails here.
. "$(dirname "$0")/../lib.sh"

H=$SHARED/macos-ncurses-5.7
if [ ! -f "$H/curses.h" ]; then
	t_fail "needs the Mac's curses headers at $H (../shared/macos-ncurses-5.7, or SHARED=DIR)"
	t_done
	exit
fi
CC=${CC:-cc}
# The Makefile's flags on Darwin, with <curses.h> taken from the Mac's
# headers (-I is searched before the system's). _DARWIN_C_SOURCE only
# widens Apple's libc headers and is inert here; what is checked is curses.
# A function the Mac's header does not declare must stop the build, not
# become an implicit declaration.
FLAGS="-fsyntax-only -std=c99 -Wall -Wextra -Wpedantic -Werror=implicit-function-declaration"
FLAGS="$FLAGS -D_POSIX_C_SOURCE=200809L -D_DARWIN_C_SOURCE -D_XOPEN_SOURCE=700"
FLAGS="$FLAGS -D_XOPEN_SOURCE_EXTENDED -I$H -I$TOP/src"
# mac_cc FILE: compiles FILE against the Mac's headers; its messages in $T_TMP/cc.out.
# shellcheck disable=SC2086
mac_cc() { $CC $FLAGS "$1" >"$T_TMP/cc.out" 2>&1; }

# The headers are the ones in use: ncurses 6.1's alloc_pair is unknown to them.
printf '#include <curses.h>\nint main(void) { return alloc_pair(1, 2); }\n' >"$T_TMP/probe6.c"
mac_cc "$T_TMP/probe6.c"
t_check "an ncurses 6 call (alloc_pair) does not compile against the Mac's headers" [ $? -ne 0 ]
printf '#include <curses.h>\n#if NCURSES_VERSION_MAJOR != 5\n#error\n#endif\nint main(void) { return 0; }\n' \
	>"$T_TMP/probe5.c"
t_check "the curses.h included is ncurses 5's" mac_cc "$T_TMP/probe5.c"

n=0
for f in "$TOP"/src/tui/*.c; do
	n=$((n + 1))
	mac_cc "$f"
	rc=$?
	out=$(cat "$T_TMP/cc.out")
	if [ $rc -eq 0 ] && [ -z "$out" ]; then
		t_pass
	else
		t_fail "${f#"$TOP"/}: does not compile cleanly against macOS ncurses 5.7"
		printf '%s\n' "$out" | head -n 12 | sed 's/^/    | /'
	fi
done
t_check "src/tui has files ($n)" [ "$n" -gt 5 ]
t_done
