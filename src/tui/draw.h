/* draw.h - drawing primitives every screen shares: measured text, lines, hints, title. */
#ifndef PPPCONF_DRAW_H
#define PPPCONF_DRAW_H

#include <curses.h>
#include <stddef.h>

#include "editor/app.h"
#include "tui/keys.h"
#include "tui/theme.h"

/* The smallest terminal the full layout fits (the list with the
 * explanation pane below it: 40 columns still wrap it readably, 16 rows
 * leave it 5); below it the reduced layout (the list with a one-line
 * explanation), and below DRAW_TINY_* a plain message. */
#define DRAW_MIN_COLS 40
#define DRAW_MIN_ROWS 16
#define DRAW_TINY_COLS 20
#define DRAW_TINY_ROWS 6

struct draw {
	WINDOW *w;
	int rows, cols;
	int ascii;          /* - | + instead of the terminal's line drawing */
	int utf8;           /* the locale is UTF-8: multibyte text is shown as such */
	int cur_y, cur_x;   /* where the cursor should stand; -1 = hidden */
};

/* Draws bytes s[0..n) at (y, x) in at most maxw columns and returns the
 * columns used. Widths are measured (wcwidth); a byte that is not part of a
 * printable character in this locale shows as \xHH; tabs expand to 8. */
int draw_text(struct draw *dr, int y, int x, int maxw, const char *s, size_t n,
              attr_t attr);
int draw_str(struct draw *dr, int y, int x, int maxw, const char *s, attr_t attr);
/* As draw_str, but a text too long is cut where a line may break (a space,
 * or between Chinese characters: text_line), not inside a word. */
int draw_words(struct draw *dr, int y, int x, int maxw, const char *s, attr_t attr);
/* The mark where text was cut: an ellipsis, or "~" when lines are ASCII. */
const char *draw_cut_mark(const struct draw *dr);
/* As draw_str, but a text too long ends in the cut mark. */
int draw_cut(struct draw *dr, int y, int x, int maxw, const char *s, attr_t attr);
/* As draw_str, but a text too long loses its middle: both ends show, with
 * the cut mark between, so that names sharing a start or an end stay
 * distinct ("l2tpipsec~identifier", "l2tpipsec~type"). */
int draw_middle(struct draw *dr, int y, int x, int maxw, const char *s, attr_t attr);
/* s on rows y, y+1, ... in maxw columns from x, broken where a line may
 * (as draw_words), until the screen ends; returns the row after the last. */
int draw_wrapped(struct draw *dr, int y, int x, int maxw, const char *s, attr_t attr);
/* Columns that draw_text would use for all of s[0..n). */
int draw_width(const struct draw *dr, const char *s, size_t n);
/* Bytes of s[0..n) that fit in maxw columns (never splitting a character). */
size_t draw_fit(const struct draw *dr, const char *s, size_t n, int maxw);

void draw_fill(struct draw *dr, int y, int x, int w, attr_t attr);
void draw_hline(struct draw *dr, int y, int x, int w, attr_t attr);
void draw_box(struct draw *dr, int y, int x, int h, int w, attr_t attr);

/* Row 0: program, file, platform on the left, `right` at the right edge. */
void draw_title(struct draw *dr, const struct app *a, const char *what, const char *right);
/* s[0..n) on row y from column 1; too long for it, on the rows above as
 * well, up to DRAW_PARA_MAX rows in all (the last one cut). */
#define DRAW_PARA_MAX 3
void draw_para(struct draw *dr, int y, const char *s, size_t n, attr_t attr);
/* The rows draw_para takes for s[0..n): 1 to DRAW_PARA_MAX. */
int draw_para_rows(const struct draw *dr, const char *s, size_t n);
/* The message line in its tone (draw_para). */
void draw_message(struct draw *dr, int y, const struct app *a);
/* The key-hint line for a context, drawn from the key table; rows whose
 * action is `skip` are left out. */
void draw_hints(struct draw *dr, int y, enum keys_ctx ctx, enum keys_action skip);
/* As draw_hints, with only the rows of `acts` (in that order); a row without
 * a hint word shows the word given beside it in `words` (NULL: its own). */
void draw_hints_only(struct draw *dr, int y, enum keys_ctx ctx,
                     const enum keys_action *acts, const char *const *words, size_t n);
/* 1 when the terminal is below the full layout and gets the reduced one. */
int draw_reduced(const struct draw *dr);
/* 1 when the hint line has room only for the keys that matter most: the
 * reduced layout, or narrower than DRAW_HINTS_COLS. */
#define DRAW_HINTS_COLS 60
int draw_short_hints(const struct draw *dr);
/* The screen for a terminal below DRAW_TINY_COLS x DRAW_TINY_ROWS. */
void draw_too_small(struct draw *dr, const struct app *a);

#endif
