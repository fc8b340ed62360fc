#!/usr/bin/env python3
"""term2png.py - renders a terminal screen captured as ANSI text (tmux capture-pane -e -p) to a PNG.

Usage: term2png.py [--cols 80] [--rows 24] [--size 16] [--cursor X,Y]
                   [--font-dir DIR] [--text OUT.txt] [--no-bold-bright]
                   IN.ans OUT.png

Understands what tmux's capture writes: SGR attributes (bold, dim, italic,
underline, reverse, invisible, strike-through), the 8/16 colours, the 256
colour palette and direct RGB colours, and the DEC line-drawing set chosen
with SO/SI or ESC ( 0 (tmux writes its line drawing that way). Box-drawing
and block characters are drawn as lines and rectangles so borders join up;
everything else uses DejaVu Sans Mono (Debian's fonts-dejavu-core) through
python3-pil, and wide characters (Chinese) a CJK font across their two cells
(WenQuanYi Micro Hei, Debian's fonts-wqy-microhei, or Noto Sans CJK, or the
Mac's PingFang or STHeiti; without one they show as DejaVu's empty boxes). Colours follow xterm's defaults, with bold turning the first
eight colours bright as xterm does.
"""
import argparse
import os
import re
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF",
             "/usr/share/fonts/dejavu", "/Library/Fonts", os.path.expanduser("~/Library/Fonts")]

# Fonts for wide characters, the first found.
WIDE_FONTS = ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
              "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
              "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
              "/System/Library/Fonts/PingFang.ttc", "/System/Library/Fonts/STHeiti Light.ttc"]

XTERM16 = [
    (0x00, 0x00, 0x00), (0xcd, 0x00, 0x00), (0x00, 0xcd, 0x00), (0xcd, 0xcd, 0x00),
    (0x00, 0x00, 0xee), (0xcd, 0x00, 0xcd), (0x00, 0xcd, 0xcd), (0xe5, 0xe5, 0xe5),
    (0x7f, 0x7f, 0x7f), (0xff, 0x00, 0x00), (0x00, 0xff, 0x00), (0xff, 0xff, 0x00),
    (0x5c, 0x5c, 0xff), (0xff, 0x00, 0xff), (0x00, 0xff, 0xff), (0xff, 0xff, 0xff),
]
DEFAULT_FG = XTERM16[7]
DEFAULT_BG = XTERM16[0]

# DEC Special Graphics (VT100 line drawing): the ASCII letter -> Unicode.
DEC_GRAPHICS = {
    "`": "\u25c6", "a": "\u2592", "b": "\u2409", "c": "\u240c", "d": "\u240d",
    "e": "\u240a", "f": "\u00b0", "g": "\u00b1", "h": "\u2424", "i": "\u240b",
    "j": "\u2518", "k": "\u2510", "l": "\u250c", "m": "\u2514", "n": "\u253c",
    "o": "\u23ba", "p": "\u23bb", "q": "\u2500", "r": "\u23bc", "s": "\u23bd",
    "t": "\u251c", "u": "\u2524", "v": "\u2534", "w": "\u252c", "x": "\u2502",
    "y": "\u2264", "z": "\u2265", "{": "\u03c0", "|": "\u2260", "}": "\u00a3",
    "~": "\u00b7", "+": "\u2192", ",": "\u2190", "-": "\u2191", ".": "\u2193",
    "0": "\u2588",
}

# Box drawing: which arms (up, down, left, right) a character has, and how
# heavy each is (1 light, 2 heavy, 3 double).
L, H, D = 1, 2, 3
BOX = {
    "\u2500": (0, 0, L, L), "\u2502": (L, L, 0, 0), "\u250c": (0, L, 0, L),
    "\u2510": (0, L, L, 0), "\u2514": (L, 0, 0, L), "\u2518": (L, 0, L, 0),
    "\u251c": (L, L, 0, L), "\u2524": (L, L, L, 0), "\u252c": (0, L, L, L),
    "\u2534": (L, 0, L, L), "\u253c": (L, L, L, L),
    "\u2501": (0, 0, H, H), "\u2503": (H, H, 0, 0), "\u250f": (0, H, 0, H),
    "\u2513": (0, H, H, 0), "\u2517": (H, 0, 0, H), "\u251b": (H, 0, H, 0),
    "\u2523": (H, H, 0, H), "\u252b": (H, H, H, 0), "\u2533": (0, H, H, H),
    "\u253b": (H, 0, H, H), "\u254b": (H, H, H, H),
    "\u2550": (0, 0, D, D), "\u2551": (D, D, 0, 0), "\u2554": (0, D, 0, D),
    "\u2557": (0, D, D, 0), "\u255a": (D, 0, 0, D), "\u255d": (D, 0, D, 0),
    "\u2560": (D, D, 0, D), "\u2563": (D, D, D, 0), "\u2566": (0, D, D, D),
    "\u2569": (D, 0, D, D), "\u256c": (D, D, D, D),
    "\u256d": (0, L, 0, L), "\u256e": (0, L, L, 0), "\u2570": (L, 0, 0, L),
    "\u256f": (L, 0, L, 0), "\u2574": (0, 0, L, 0), "\u2575": (L, 0, 0, 0),
    "\u2576": (0, 0, 0, L), "\u2577": (0, L, 0, 0),
}
# Block elements as fractions of the cell: (x0, y0, x1, y1).
BLOCKS = {
    "\u2588": (0, 0, 1, 1), "\u2580": (0, 0, 1, .5), "\u2584": (0, .5, 1, 1),
    "\u258c": (0, 0, .5, 1), "\u2590": (.5, 0, 1, 1), "\u25ae": (.2, .1, .8, .9),
}
SHADES = {"\u2591": .25, "\u2592": .5, "\u2593": .75}


def palette256(n):
    if n < 16:
        return XTERM16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + 10 * (n - 232)
    return (v, v, v)


class Attr:
    __slots__ = ("fg", "bg", "bold", "dim", "italic", "underline", "reverse",
                 "hidden", "strike")

    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = self.bg = None     # None: default; int: palette; tuple: RGB
        self.bold = self.dim = self.italic = self.underline = False
        self.reverse = self.hidden = self.strike = False

    def copy(self):
        a = Attr()
        for k in self.__slots__:
            setattr(a, k, getattr(self, k))
        return a


def apply_sgr(attr, params):
    """params: list of lists (each parameter with its colon sub-parameters)."""
    i = 0
    if not params:
        params = [[0]]
    while i < len(params):
        p = params[i]
        c = p[0] if p else 0
        if c == 0:
            attr.reset()
        elif c == 1:
            attr.bold = True
        elif c == 2:
            attr.dim = True
        elif c == 3:
            attr.italic = True
        elif c in (4, 21):
            attr.underline = not (len(p) > 1 and p[1] == 0)
        elif c == 7:
            attr.reverse = True
        elif c == 8:
            attr.hidden = True
        elif c == 9:
            attr.strike = True
        elif c == 22:
            attr.bold = attr.dim = False
        elif c == 23:
            attr.italic = False
        elif c == 24:
            attr.underline = False
        elif c == 27:
            attr.reverse = False
        elif c == 28:
            attr.hidden = False
        elif c == 29:
            attr.strike = False
        elif 30 <= c <= 37:
            attr.fg = c - 30
        elif 40 <= c <= 47:
            attr.bg = c - 40
        elif 90 <= c <= 97:
            attr.fg = c - 90 + 8
        elif 100 <= c <= 107:
            attr.bg = c - 100 + 8
        elif c == 39:
            attr.fg = None
        elif c == 49:
            attr.bg = None
        elif c in (38, 48, 58):
            col = None
            if len(p) > 1:      # 38:5:n, 38:2:r:g:b or 38:2:id:r:g:b
                if p[1] == 5 and len(p) >= 3:
                    col = p[2]
                elif p[1] == 2 and len(p) >= 5:
                    col = tuple(min(255, v) for v in p[-3:])
            else:               # 38;5;n or 38;2;r;g;b
                nxt = [q[0] if q else 0 for q in params[i + 1:i + 5]]
                if nxt[:1] == [5] and len(nxt) >= 2:
                    col = nxt[1]
                    i += 2
                elif nxt[:1] == [2] and len(nxt) >= 4:
                    col = tuple(min(255, v) for v in nxt[1:4])
                    i += 4
            if c == 38 and col is not None:
                attr.fg = col
            elif c == 48 and col is not None:
                attr.bg = col
        i += 1


def char_width(ch):
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


CSI_RE = re.compile(r"\x1b\[([0-9;:?<=>]*)([ -/]*)([@-~])")
OSC_RE = re.compile(r"\x1b\][^\x07\x1b]*(\x07|\x1b\\)")


def parse(text, cols, rows):
    """The screen as rows of [char, Attr] cells (char "" for the right half
    of a wide character)."""
    screen = [[[" ", Attr()] for _ in range(cols)] for _ in range(rows)]
    attr = Attr()
    g = ["B", "0"]       # G0 ASCII; G1 line drawing, as tmux assumes
    shift = 0
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for y, line in enumerate(lines[:rows]):
        x = 0
        i = 0
        while i < len(line):
            ch = line[i]
            if ch == "\x1b":
                m = CSI_RE.match(line, i)
                if m:
                    if m.group(3) == "m" and not m.group(2):
                        params = [[int(s) if s.isdigit() else 0 for s in part.split(":")]
                                  if part else [0] for part in m.group(1).split(";")]
                        apply_sgr(attr, params)
                    i = m.end()
                    continue
                m = OSC_RE.match(line, i)
                if m:
                    i = m.end()
                    continue
                if i + 2 < len(line) + 1 and line[i + 1:i + 2] in ("(", ")"):
                    g[0 if line[i + 1] == "(" else 1] = line[i + 2:i + 3]
                    i += 3
                    continue
                i += 2
                continue
            if ch == "\x0e":
                shift = 1
            elif ch == "\x0f":
                shift = 0
            elif ch == "\r":
                x = 0
            elif ch == "\t":
                x = min(cols - 1, (x // 8 + 1) * 8)
            elif ord(ch) >= 0x20:
                if g[shift] == "0" and ch in DEC_GRAPHICS:
                    ch = DEC_GRAPHICS[ch]
                w = char_width(ch)
                if w == 0:
                    if x > 0:
                        screen[y][x - 1][0] += ch
                elif x + w <= cols:
                    screen[y][x] = [ch, attr.copy()]
                    if w == 2:
                        screen[y][x + 1] = ["", attr.copy()]
                    x += w
            i += 1
        # A capture's SGR state carries over from line to line.
    return screen


def screen_text(screen):
    """The characters only, line drawing as Unicode, trailing blanks cut."""
    return "".join("".join(c[0] for c in row).rstrip() + "\n" for row in screen)


def find_font(name, font_dir):
    for d in ([font_dir] if font_dir else []) + FONT_DIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    sys.exit("term2png: %s not found (apt-get install fonts-dejavu-core)" % name)


def resolve(col, default, bold=False):
    if col is None:
        return default
    if isinstance(col, tuple):
        return col
    if bold and col < 8:
        col += 8
    return palette256(col)


def blend(a, b, t):
    return tuple(int(round(x * (1 - t) + y * t)) for x, y in zip(a, b))


def draw_box(d, ch, x0, y0, cw, ch_h, color):
    up, down, left, right = BOX[ch]
    cx, cy = x0 + cw // 2, y0 + ch_h // 2
    t = max(1, round(cw / 10))

    def seg(kind, xa, ya, xb, yb, vertical):
        w = t + 2 if kind == H else t
        if kind == D:
            o = max(1, t)
            if vertical:
                d.rectangle([xa - o - t, ya, xa - o - 1 + (t == 1), yb], fill=color)
                d.rectangle([xa + o, ya, xa + o + t - 1, yb], fill=color)
            else:
                d.rectangle([xa, ya - o - t, xb, ya - o - 1 + (t == 1)], fill=color)
                d.rectangle([xa, ya + o, xb, ya + o + t - 1], fill=color)
            return
        half = w // 2
        if vertical:
            d.rectangle([xa - half, ya, xa - half + w - 1, yb], fill=color)
        else:
            d.rectangle([xa, ya - half, xb, ya - half + w - 1], fill=color)

    if up:
        seg(up, cx, y0, cx, cy, True)
    if down:
        seg(down, cx, cy, cx, y0 + ch_h - 1, True)
    if left:
        seg(left, x0, cy, cx, cy, False)
    if right:
        seg(right, cx, cy, x0 + cw - 1, cy, False)


def render(screen, cols, rows, size, fonts, cursor=None, margin=8, bold_bright=True,
           wide_font=None):
    """fonts: (regular, bold, italic, bold italic) font file paths; wide_font,
    one for wide characters (or None)."""
    faces = [ImageFont.truetype(p, size) for p in fonts]
    wide = ImageFont.truetype(wide_font, size) if wide_font else None
    font = faces[0]
    ascent, descent = font.getmetrics()
    cw = int(round(font.getlength("M")))
    chh = ascent + descent
    img = Image.new("RGB", (cols * cw + 2 * margin, rows * chh + 2 * margin), DEFAULT_BG)
    d = ImageDraw.Draw(img)
    for y in range(rows):
        for x in range(cols):
            ch, a = screen[y][x]
            if ch == "":
                continue
            fg = resolve(a.fg, DEFAULT_FG, a.bold and bold_bright)
            bg = resolve(a.bg, DEFAULT_BG)
            if a.reverse:
                fg, bg = bg, fg
            if cursor == (x, y):
                fg, bg = bg, fg
            if a.dim:
                fg = blend(fg, bg, 0.45)
            if a.hidden:
                fg = bg
            w = 2 if x + 1 < cols and screen[y][x + 1][0] == "" else 1
            x0, y0 = margin + x * cw, margin + y * chh
            d.rectangle([x0, y0, x0 + w * cw - 1, y0 + chh - 1], fill=bg)
            base = ch[:1]
            if base in BOX:
                draw_box(d, base, x0, y0, cw, chh, fg)
            elif base in BLOCKS:
                fx0, fy0, fx1, fy1 = BLOCKS[base]
                d.rectangle([x0 + int(fx0 * cw), y0 + int(fy0 * chh),
                             x0 + int(fx1 * cw) - 1, y0 + int(fy1 * chh) - 1], fill=fg)
            elif base in SHADES:
                d.rectangle([x0, y0, x0 + cw - 1, y0 + chh - 1],
                            fill=blend(bg, fg, SHADES[base]))
            elif w == 2 and wide:
                # centred in its two cells, on the same baseline as the rest
                gx = x0 + max(0, (2 * cw - wide.getlength(ch)) / 2)
                for dx in ((0, 1) if a.bold else (0,)):   # bold: drawn twice, a pixel apart
                    d.text((gx + dx, y0 + ascent), ch, font=wide, fill=fg, anchor="ls")
            elif ch != " ":
                f = faces[(1 if a.bold else 0) + (2 if a.italic else 0)]
                d.text((x0, y0), ch, font=f, fill=fg)
            if a.underline:
                d.line([x0, y0 + ascent + 1, x0 + w * cw - 1, y0 + ascent + 1], fill=fg)
            if a.strike:
                d.line([x0, y0 + chh // 2, x0 + w * cw - 1, y0 + chh // 2], fill=fg)
    return img


def main(argv):
    ap = argparse.ArgumentParser(description="ANSI screen capture to PNG")
    ap.add_argument("--cols", type=int, default=80)
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--size", type=int, default=16, help="font size in pixels")
    ap.add_argument("--cursor", help="X,Y (0-based) of a visible cursor to draw")
    ap.add_argument("--font-dir", help="where DejaVuSansMono*.ttf are")
    ap.add_argument("--text", help="also write the screen as plain text here")
    ap.add_argument("--no-bold-bright", action="store_true",
                    help="bold keeps colours 0-7 as they are (xterm brightens them)")
    ap.add_argument("input")
    ap.add_argument("output")
    a = ap.parse_args(argv[1:])
    with open(a.input, "rb") as f:
        text = f.read().decode("utf-8", "replace")
    cursor = tuple(int(v) for v in a.cursor.split(",")) if a.cursor else None
    screen = parse(text, a.cols, a.rows)
    if a.text:
        with open(a.text, "w", encoding="utf-8") as f:
            f.write(screen_text(screen))
    fonts = [find_font("DejaVuSansMono%s.ttf" % v, a.font_dir)
             for v in ("", "-Bold", "-Oblique", "-BoldOblique")]
    wide_font = next((p for p in WIDE_FONTS if os.path.exists(p)), None)
    if not wide_font and any(c[0] and char_width(c[0][0]) == 2 for row in screen for c in row):
        print("term2png: no CJK font (apt-get install fonts-wqy-microhei): "
              "wide characters show as boxes", file=sys.stderr)
    img = render(screen, a.cols, a.rows, a.size, fonts, cursor,
                 bold_bright=not a.no_bold_bright, wide_font=wide_font)
    img.save(a.output, optimize=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
