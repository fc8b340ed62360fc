/* text.c - widths measured with wcwidth, cuts at character boundaries, line breaks for English and Chinese. */
#define _XOPEN_SOURCE 700   /* wcwidth is X/Open */
#include "base/text.h"

#include <string.h>

void text_next(const char *s, size_t n, int col, int utf8, struct text_char *c)
{
	unsigned char b = (unsigned char)s[0];
	mbstate_t ms;
	size_t r;
	int w;

	memset(c, 0, sizeof *c);
	c->len = 1;
	if (b == '\t') {
		c->tab = 1;
		c->width = 8 - col % 8;
		return;
	}
	if (b >= 0x20 && b < 0x7f) {
		c->wc = b;
		c->width = 1;
		return;
	}
	c->escape = 1;
	c->width = 4;
	if (b < 0x80 || !utf8)
		return;
	memset(&ms, 0, sizeof ms);
	r = mbrtowc(&c->wc, s, n, &ms);
	if (r == (size_t)-1 || r == (size_t)-2 || r == 0)
		return;
	w = wcwidth(c->wc);
	if (w < 1) {
		c->len = r;        /* a combining or unprintable character: its bytes */
		c->width = 4 * (int)r;
		return;
	}
	c->escape = 0;
	c->len = r;
	c->width = w;
}

int text_width(const char *s, size_t n, int utf8)
{
	size_t i = 0;
	int col = 0;
	struct text_char c;

	while (i < n) {
		text_next(s + i, n - i, col, utf8, &c);
		col += c.width;
		i += c.len;
	}
	return col;
}

size_t text_fit(const char *s, size_t n, int maxw, int utf8)
{
	size_t i = 0;
	int col = 0;
	struct text_char c;

	while (i < n) {
		text_next(s + i, n - i, col, utf8, &c);
		if (col + c.width > maxw)
			break;
		col += c.width;
		i += c.len;
	}
	return i;
}

/* Punctuation a line must not start with, or end with. */
static int text_closing(const struct text_char *c)
{
	static const wchar_t close[] = {
		'!', ')', ',', '.', ':', ';', '?', ']', '}',
		0x3001, 0x3002, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015,
		0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D,
		0x2019, 0x201D, 0x2026,
	};
	size_t i;

	if (c->escape || c->tab)
		return 0;
	for (i = 0; i < sizeof close / sizeof close[0]; i++)
		if (c->wc == close[i])
			return 1;
	return 0;
}

static int text_opening(const struct text_char *c)
{
	static const wchar_t open[] = {
		'(', '[', '{', 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014,
		0xFF08, 0xFF3B, 0xFF5B, 0x2018, 0x201C,
	};
	size_t i;

	if (c->escape || c->tab)
		return 0;
	for (i = 0; i < sizeof open / sizeof open[0]; i++)
		if (c->wc == open[i])
			return 1;
	return 0;
}

/* May a line end between a and b (b starting a new line)? */
static int text_may_break(const struct text_char *a, const struct text_char *b)
{
	if (!b->escape && !b->tab && b->wc == ' ')
		return 1;
	if (a->width < 2 && b->width < 2)
		return 0;
	if (a->escape || b->escape)    /* an escape is four narrow columns */
		return 0;
	return !text_closing(b) && !text_opening(a);
}

/* Walks the characters up to limit; with `first`, stops at the first break. */
static size_t text_scan(const char *s, size_t n, size_t limit, int utf8, int first)
{
	struct text_char a, b;
	size_t i = 0, last = 0;
	int col = 0;

	if (limit >= n)
		last = n;
	if (n == 0)
		return 0;
	text_next(s, n, 0, utf8, &a);
	i = a.len;
	col = a.width;
	while (i < n && i <= limit) {
		text_next(s + i, n - i, col, utf8, &b);
		if (text_may_break(&a, &b)) {
			if (first)
				return i;
			last = i;
		}
		col += b.width;
		i += b.len;
		a = b;
	}
	return first ? n : last;
}

size_t text_break(const char *s, size_t n, size_t limit, int utf8)
{
	return text_scan(s, n, limit, utf8, 0);
}

size_t text_word(const char *s, size_t n, int utf8)
{
	return text_scan(s, n, n, utf8, 1);
}

size_t text_line(const char *s, size_t n, int maxw, int utf8, size_t *next)
{
	size_t fit = text_fit(s, n, maxw, utf8), cut = fit;
	struct text_char c;

	if (fit < n) {
		cut = text_break(s, n, fit, utf8);
		if (cut == 0)
			cut = fit;
		if (cut == 0) {          /* not even one character fits: take one */
			text_next(s, n, 0, utf8, &c);
			cut = c.len;
		}
	}
	*next = cut;
	while (*next < n && s[*next] == ' ')
		(*next)++;
	return cut;
}
