/* page.c - wraps text into lines that fit the screen, measured and broken as base/text.h says. */
#include "tui/page.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/text.h"
#include "base/util.h"

const char *page_more(void)
{
	return _("... (more below)");
}

void page_init(struct page *pg, const struct draw *dr, int width)
{
	memset(pg, 0, sizeof *pg);
	pg->dr = dr;
	pg->width = width > 1 ? width : 1;
}

void page_free(struct page *pg)
{
	buf_free(&pg->text);
	free(pg->v);
	pg->v = NULL;
	pg->n = pg->cap = 0;
}

static void page_push(struct page *pg, attr_t attr, int indent, const char *s, size_t n)
{
	struct page_line *l;

	util_grow(&pg->v, &pg->cap, pg->n + 1, sizeof *pg->v);
	l = &pg->v[pg->n++];
	l->has_label = 0;
	l->label_off = l->label_len = 0;
	l->attr = attr;
	l->indent = indent;
	l->off = pg->text.len;
	l->len = n;
	buf_add(&pg->text, s, n);
}

void page_line(struct page *pg, attr_t attr, int indent, const char *s, size_t n)
{
	page_push(pg, attr, indent, s, draw_fit(pg->dr, s, n, pg->width - indent));
}

void page_blank(struct page *pg)
{
	page_push(pg, A_NORMAL, 0, "", 0);
}

/* A word longer than the room at this indent: where to cut it. A word that
 * fits the whole width goes there whole, on a line of its own (*ind = 0),
 * so a path or a command stays one piece to copy; a longer one is cut after
 * a '/' or '-' where it can be, else where the room ends. */
static size_t page_long_word(const struct page *pg, const char *s, size_t n, size_t fit,
                             int *ind)
{
	size_t wl = text_word(s, n, pg->dr->utf8), cut;

	if (draw_fit(pg->dr, s, wl, pg->width) == wl) {
		*ind = 0;
		return wl;
	}
	for (cut = fit; cut > fit / 2; cut--)
		if (s[cut - 1] == '/' || s[cut - 1] == '-')
			return cut;
	if (fit == 0) {   /* not one character fits: take one whole */
		struct text_char c;

		text_next(s, n, 0, pg->dr->utf8, &c);
		return c.len;
	}
	return fit;
}

/* One paragraph (no '\n'): greedy wrapping where a line may break (at
 * spaces; between Chinese characters). */
static void page_para(struct page *pg, attr_t attr, int indent, int hang,
                      const char *s, size_t n)
{
	int ind = indent;

	do {
		int room = pg->width - ind;
		size_t fit, cut;

		if (room < 8)
			room = 8;
		fit = draw_fit(pg->dr, s, n, room);
		cut = fit;
		if (fit < n) {
			cut = text_break(s, n, fit, pg->dr->utf8);
			if (cut == 0)
				cut = page_long_word(pg, s, n, fit, &ind);
		}
		page_push(pg, attr, ind, s, cut);
		while (cut < n && s[cut] == ' ')
			cut++;
		s += cut;
		n -= cut;
		ind = hang;
	} while (n > 0);
}

void page_add(struct page *pg, attr_t attr, int indent, int hang, const char *s, size_t n)
{
	for (;;) {
		const char *nl = memchr(s, '\n', n);
		size_t k = nl ? (size_t)(nl - s) : n;

		page_para(pg, attr, indent, hang, s, k);
		if (!nl)
			break;
		s += k + 1;
		n -= k + 1;
		if (n == 0)
			break;
	}
}

void page_adds(struct page *pg, attr_t attr, int indent, int hang, const char *s)
{
	if (s && *s)
		page_add(pg, attr, indent, hang, s, strlen(s));
}

void page_addf(struct page *pg, attr_t attr, int indent, int hang, const char *fmt, ...)
{
	struct buf b = { 0 };
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	page_add(pg, attr, indent, hang, b.data ? b.data : "", b.len);
	buf_free(&b);
}

void page_labeled(struct page *pg, const char *label, int indent, attr_t attr,
                  const char *s, size_t n)
{
	size_t first = pg->n, off;

	page_add(pg, attr, indent, indent, s, n);
	if (first < pg->n && label) {
		off = pg->text.len;
		buf_adds(&pg->text, label);
		pg->v[first].has_label = 1;
		pg->v[first].label_off = off;
		pg->v[first].label_len = pg->text.len - off;
	}
}

size_t page_show(const struct page *pg, struct draw *dr, int y, int x, int h, size_t top,
                 const char *more)
{
	int r;

	for (r = 0; r < h && top + (size_t)r < pg->n; r++) {
		const struct page_line *l = &pg->v[top + (size_t)r];

		if (more && r == h - 1 && top + (size_t)r + 1 < pg->n) {
			draw_str(dr, y + r, x, pg->width, more, theme_attr(THEME_DIM));
			return (size_t)r + 1;
		}
		if (l->has_label)
			draw_text(dr, y + r, x, l->indent - 1, pg->text.data + l->label_off,
			          l->label_len, theme_attr(THEME_HEADING));
		draw_text(dr, y + r, x + l->indent, pg->width - l->indent,
		          pg->text.data + l->off, l->len, l->attr);
	}
	return (size_t)r;
}

size_t page_max_top(const struct page *pg, int h)
{
	return h > 0 && pg->n > (size_t)h ? pg->n - (size_t)h : 0;
}

void page_screen(const struct page *pg, struct draw *dr, struct app *a, size_t *top,
                 enum keys_ctx ctx)
{
	int h = dr->rows - 3;

	if (*top > page_max_top(pg, h))
		*top = page_max_top(pg, h);
	a->page_h = h;
	page_show(pg, dr, 1, 1, h, *top, PAGE_MORE);
	draw_message(dr, dr->rows - 2, a);
	draw_hints(dr, dr->rows - 1, ctx, KEYS_NONE);
}

int page_screen_key(const struct app *a, size_t *top, enum keys_ctx ctx, int key)
{
	long page = a->page_h > 1 ? a->page_h - 1 : 1, t = (long)*top;

	switch (keys_lookup(ctx, key)) {
	case KEYS_DOWN: t += 1; break;
	case KEYS_UP: t -= 1; break;
	case KEYS_PGDN: t += page; break;
	case KEYS_PGUP: t -= page; break;
	case KEYS_TOP: t = 0; break;
	/* page_screen stops the top at the last full page */
	case KEYS_BOTTOM: *top = SIZE_MAX; return 1;
	default: return 0;
	}
	*top = t < 0 ? 0 : (size_t)t;
	return 1;
}
