#!/bin/sh
# tests/shared/screenshots.sh - the committed screenshots of files from ../shared/corpus
# (tests/tools/screens.list) still show the current program.
. "$(dirname "$0")/../lib.sh"

if [ ! -d "$SHARED/corpus" ]; then
	t_fail "needs the corpus at $SHARED/corpus (../shared/corpus, or SHARED=DIR)"
	t_done
	exit
fi
PY=
for py in /usr/bin/python3 python3; do
	if "$py" -c 'import PIL' >/dev/null 2>&1; then PY=$py; break; fi
done
if [ -z "$PY" ] || ! command -v tmux >/dev/null 2>&1 ||
	[ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ]; then
	t_skip "python3-pil, fonts-dejavu-core or tmux missing: screenshots not tested"
	t_done
	exit
fi
grep -e '^#' -e '\$SHARED' "$TOP/tests/tools/screens.list" >"$T_TMP/screens.list"
. "$TOP/tests/tmux/screenshots.lib"
shots_current "$T_TMP/screens.list"
t_done
