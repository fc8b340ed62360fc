/* text.h - text as a terminal shows it: the columns of each character, what fits, where a line may break. */
#ifndef PPPCONF_TEXT_H
#define PPPCONF_TEXT_H

#include <stddef.h>
#include <wchar.h>

/* Every function takes `utf8`: 1 when the locale's character set is UTF-8
 * (the LC_CTYPE locale set by i18n_init), so that multibyte characters are
 * shown as themselves and measured with wcwidth; 0 shows every byte above
 * 0x7e escaped. None of them allocates, and s may hold any bytes (NULs,
 * invalid UTF-8): they are measured as escapes, never skipped. */

/* One step through the bytes: a character to show, a tab, or bytes to
 * escape (each shown as \xHH, four columns). */
struct text_char {
	size_t len;         /* bytes consumed, at least 1 */
	int width;          /* columns */
	int escape;         /* show each of the len bytes as \xHH */
	int tab;            /* a tab: `width` spaces up to the next multiple of 8 */
	wchar_t wc;         /* the character, when !escape && !tab */
};

/* The character at s[0..n) (n > 0), standing at column `col` (for tabs). */
void text_next(const char *s, size_t n, int col, int utf8, struct text_char *c);
/* Columns s[0..n) takes from column 0. */
int text_width(const char *s, size_t n, int utf8);
/* Bytes of s[0..n) that fit in maxw columns from column 0; never ends
 * inside a character (a wide character that would need the last column and
 * one more is left out). */
size_t text_fit(const char *s, size_t n, int maxw, int utf8);

/* Line breaking. A line may end before a space, and between two characters
 * when either is wide (Chinese has no spaces between words), except before
 * closing punctuation ("，。）" and ",.)") or after opening punctuation
 * ("（" and "("). English therefore still breaks at spaces only. */

/* The last position p, 0 < p <= limit (limit <= n), at which s may be cut
 * into s[0..p) and s[p..n) at a break; 0 when there is none. limit == n is
 * always one. */
size_t text_break(const char *s, size_t n, size_t limit, int utf8);
/* The first such position: the length of the first piece that must stay
 * whole (a word, or one Chinese character with its punctuation). */
size_t text_word(const char *s, size_t n, int utf8);
/* One line of at most maxw columns from s[0..n): returns its length, cut at
 * the last break that fits, else (a piece wider than the line) at the last
 * character that fits, and at least one character; *next is where the next
 * line starts, past the spaces at the cut. */
size_t text_line(const char *s, size_t n, int maxw, int utf8, size_t *next);

#endif
