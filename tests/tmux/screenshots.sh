#!/bin/sh
# tests/tmux/screenshots.sh - `make screenshots` machinery: term2png draws colours, attributes
# and line drawing where they belong; screenshot.sh captures pppconf in tmux as PNG and text.
. "$(dirname "$0")/../lib.sh"

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
T2P=$TOP/tests/tools/term2png.py

# 1. A capture as tmux writes it: SGR colours (16, 256, RGB), bold, reverse,
# and line drawing through SO/SI. Each probe is one cell.
printf '\033[41m \033[0m\033[1m\033[30mX\033[0m\033[7m \033[0m\033[48;5;196m \033[0m\033[48;2;0;0;255m \033[0m\016q\017 \033[44m \033[0m\n\016lqk\017\n' >"$T_TMP/probe.ans"
"$PY" "$T2P" --text "$T_TMP/probe.txt" "$T_TMP/probe.ans" "$T_TMP/probe.png"
t_check "term2png writes a PNG" test -s "$T_TMP/probe.png"
t_eq "line drawing becomes box characters in the text" \
	"$(printf ' X   ─\n┌─┐')" "$(sed -n '1,2p' "$T_TMP/probe.txt")"

# Prints, per probe cell: its background (the top-left pixel) and whether
# any pixel differs from it (something was drawn) on the cell's middle row.
cat >"$T_TMP/pixels.py" <<'PY'
import sys
from PIL import Image, ImageFont
img = Image.open(sys.argv[1]).convert("RGB")
font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 16)
cw = int(round(font.getlength("M")))
a, d = font.getmetrics()
ch = a + d
for x, y in [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (0, 1), (1, 1)]:
    x0, y0 = 8 + x * cw, 8 + y * ch
    bg = img.getpixel((x0, y0))
    mid = [img.getpixel((x0 + i, y0 + ch // 2)) for i in range(cw)]
    ink = sorted({p for p in (img.getpixel((x0 + i, y0 + j)) for i in range(cw) for j in range(ch)) if p != bg})
    print("%d,%d bg=%02x%02x%02x mid=%s ink=%s" % (
        x, y, bg[0], bg[1], bg[2], "line" if all(p != bg for p in mid) else "gap",
        "%02x%02x%02x" % ink[-1] if ink else "none"))
PY
px=$("$PY" "$T_TMP/pixels.py" "$T_TMP/probe.png")
t_contains "SGR 41 paints a red background" "$px" "0,0 bg=cd0000"
t_contains "bold black is drawn in bright black, as xterm does" "$px" "1,0 bg=000000 mid=gap ink=7f7f7f"
t_contains "reverse video swaps to the light foreground" "$px" "2,0 bg=e5e5e5"
t_contains "256-colour 196 is pure red" "$px" "3,0 bg=ff0000"
t_contains "direct RGB colour" "$px" "4,0 bg=0000ff"
t_contains "a shifted-out q is a line across the whole cell" "$px" "5,0 bg=000000 mid=line"
t_contains "a corner has its horizontal arm only on one side" "$px" "0,1 bg=000000 mid=gap"
t_contains "a horizontal between corners joins them" "$px" "1,1 bg=000000 mid=line"

# 2. The driver on pppconf itself: two keys, then a PNG and its text.
printf '%s\n' '# dial-up' noauth 'mtu 1400' 'mru 1400' debug lock crtscts >"$T_TMP/src"
SHOT_WORK=$T_TMP/work SHOT_DIR=$T_TMP/shots sh "$TOP/tests/tools/screenshot.sh" second 'Down' -- \
	--platform linux "options=$T_TMP/src" >"$T_TMP/shot.log" 2>&1
t_check "screenshot.sh writes NAME.png" test -s "$T_TMP/shots/second.png"
txt=$(cat "$T_TMP/shots/second.txt" 2>/dev/null)
t_contains "the text capture shows the editor's title with the short name" "$(echo "$txt" | sed -n 1p)" "options"
t_eq "the key moved the selection to the second row" ">" "$(echo "$txt" | sed -n 3p | cut -c1)"
t_check "the copied file was not written" cmp -s "$T_TMP/src" "$T_TMP/work/run/second/options"
size=$("$PY" -c 'import sys; from PIL import Image; print("%dx%d" % Image.open(sys.argv[1]).size)' "$T_TMP/shots/second.png")
want=$("$PY" -c 'from PIL import ImageFont; f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 16); a, d = f.getmetrics(); print("%dx%d" % (80 * round(f.getlength("M")) + 16, 24 * (a + d) + 16))')
t_eq "the PNG holds 80x24 cells" "$want" "$size"

# The committed pictures show the current program: every screen of the list
# is taken again and its text must equal the committed screenshots/NAME.txt
# (regenerate them all with `make screenshots`). The screens of files from
# ../shared are checked by tests/shared/screenshots.sh.
grep -v '\$SHARED' "$TOP/tests/tools/screens.list" >"$T_TMP/screens.list"
. "$TOP/tests/tmux/screenshots.lib"
shots_current "$T_TMP/screens.list"
t_done
