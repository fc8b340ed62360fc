/* draw.c - text that is measured and escaped, lines with an ASCII fallback, hint and title bars. */
#include "tui/draw.h"

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "base/i18n.h"
#include "base/text.h"

int draw_text(struct draw *dr, int y, int x, int maxw, const char *s, size_t n,
              attr_t attr)
{
	size_t i = 0, k;
	int col = 0;
	struct text_char st;
	char hex[8];

	if (y < 0 || y >= dr->rows || x >= dr->cols || maxw <= 0)
		return 0;
	if (x + maxw > dr->cols)
		maxw = dr->cols - x;
	wattrset(dr->w, attr);
	wmove(dr->w, y, x);
	while (i < n) {
		text_next(s + i, n - i, col, dr->utf8, &st);
		if (col + st.width > maxw)
			break;
		if (st.tab) {
			for (k = 0; k < (size_t)st.width; k++)
				waddch(dr->w, ' ');
		} else if (st.escape) {
			for (k = 0; k < st.len; k++) {
				snprintf(hex, sizeof hex, "\\x%02X", (unsigned char)s[i + k]);
				waddnstr(dr->w, hex, 4);
			}
		} else if (st.wc < 0x80) {
			waddch(dr->w, (chtype)st.wc);
		} else {
			waddnwstr(dr->w, &st.wc, 1);
		}
		col += st.width;
		i += st.len;
	}
	wattrset(dr->w, A_NORMAL);
	return col;
}

int draw_str(struct draw *dr, int y, int x, int maxw, const char *s, attr_t attr)
{
	return draw_text(dr, y, x, maxw, s ? s : "", s ? strlen(s) : 0, attr);
}

int draw_words(struct draw *dr, int y, int x, int maxw, const char *s, attr_t attr)
{
	size_t n = s ? strlen(s) : 0, next;

	if (!s || maxw <= 0)
		return 0;
	return draw_text(dr, y, x, maxw, s, text_line(s, n, maxw, dr->utf8, &next), attr);
}

const char *draw_cut_mark(const struct draw *dr)
{
	return dr->utf8 && !dr->ascii ? "\xE2\x80\xA6" : "~";
}

int draw_cut(struct draw *dr, int y, int x, int maxw, const char *s, attr_t attr)
{
	const char *mark = draw_cut_mark(dr);
	size_t n = s ? strlen(s) : 0;
	int mw = draw_width(dr, mark, strlen(mark)), w;

	if (!s || maxw <= 0)
		return 0;
	if (draw_width(dr, s, n) <= maxw || maxw <= mw)
		return draw_text(dr, y, x, maxw, s, n, attr);
	w = draw_text(dr, y, x, maxw - mw, s, draw_fit(dr, s, n, maxw - mw), attr);
	return w + draw_str(dr, y, x + w, mw, mark, attr);
}

int draw_middle(struct draw *dr, int y, int x, int maxw, const char *s, attr_t attr)
{
	const char *mark = draw_cut_mark(dr);
	size_t n = s ? strlen(s) : 0, head, tail = 0;
	int mw = draw_width(dr, mark, strlen(mark)), hw, w;
	struct text_char c;

	if (!s || maxw <= 0)
		return 0;
	if (draw_width(dr, s, n) <= maxw || maxw < mw + 2)
		return draw_text(dr, y, x, maxw, s, n, attr);
	/* the end gets the larger half: families of names share their start */
	hw = (maxw - mw) / 2;
	head = draw_fit(dr, s, n, hw);
	hw = draw_width(dr, s, head);
	while (tail < n && draw_width(dr, s + tail, n - tail) > maxw - mw - hw) {
		text_next(s + tail, n - tail, 0, dr->utf8, &c);
		tail += c.len;
	}
	w = draw_text(dr, y, x, hw, s, head, attr);
	w += draw_str(dr, y, x + w, mw, mark, attr);
	return w + draw_text(dr, y, x + w, maxw - w, s + tail, n - tail, attr);
}

int draw_wrapped(struct draw *dr, int y, int x, int maxw, const char *s, attr_t attr)
{
	size_t n = s ? strlen(s) : 0, len, next;

	while (n > 0 && y < dr->rows && maxw > 0) {
		len = text_line(s, n, maxw, dr->utf8, &next);
		draw_text(dr, y++, x, maxw, s, len, attr);
		s += next;
		n -= next;
	}
	return y;
}

int draw_width(const struct draw *dr, const char *s, size_t n)
{
	return text_width(s, n, dr->utf8);
}

size_t draw_fit(const struct draw *dr, const char *s, size_t n, int maxw)
{
	return text_fit(s, n, maxw, dr->utf8);
}

void draw_fill(struct draw *dr, int y, int x, int w, attr_t attr)
{
	if (y < 0 || y >= dr->rows || x >= dr->cols || w <= 0)
		return;
	if (x + w > dr->cols)
		w = dr->cols - x;
	wattrset(dr->w, attr);
	mvwhline(dr->w, y, x, ' ', w);
	wattrset(dr->w, A_NORMAL);
}

/* Line drawing: in a UTF-8 locale the box-drawing characters themselves,
 * not the terminal's alternate character set - its switch sequences are
 * what breaks first (a multiplexer given the wrong TERM, some SSH clients
 * in UTF-8 mode) and then draws rows of 'q'. Elsewhere plain ASCII. */
enum draw_glyph { DRAW_H, DRAW_V, DRAW_UL, DRAW_UR, DRAW_LL, DRAW_LR };

static void draw_glyph(const struct draw *dr, enum draw_glyph g, attr_t attr, cchar_t *cc)
{
	static const wchar_t uni[] = { 0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518 };
	static const char asc[] = { '-', '|', '+', '+', '+', '+' };
	wchar_t wc[2];

	wc[0] = dr->ascii ? (wchar_t)asc[g] : uni[g];
	wc[1] = L'\0';
	setcchar(cc, wc, attr, 0, NULL);
}

void draw_hline(struct draw *dr, int y, int x, int w, attr_t attr)
{
	cchar_t cc;

	if (y < 0 || y >= dr->rows || x >= dr->cols || w <= 0)
		return;
	if (x + w > dr->cols)
		w = dr->cols - x;
	draw_glyph(dr, DRAW_H, attr, &cc);
	mvwhline_set(dr->w, y, x, &cc, w);
}

void draw_box(struct draw *dr, int y, int x, int h, int w, attr_t attr)
{
	static const struct { enum draw_glyph g; int right, bottom; } corners[] = {
		{ DRAW_UL, 0, 0 }, { DRAW_UR, 1, 0 }, { DRAW_LL, 0, 1 }, { DRAW_LR, 1, 1 },
	};
	cchar_t cc;
	size_t i;

	if (h < 2 || w < 2)
		return;
	draw_hline(dr, y, x + 1, w - 2, attr);
	draw_hline(dr, y + h - 1, x + 1, w - 2, attr);
	draw_glyph(dr, DRAW_V, attr, &cc);
	mvwvline_set(dr->w, y + 1, x, &cc, h - 2);
	mvwvline_set(dr->w, y + 1, x + w - 1, &cc, h - 2);
	for (i = 0; i < sizeof corners / sizeof corners[0]; i++) {
		draw_glyph(dr, corners[i].g, attr, &cc);
		mvwadd_wch(dr->w, y + corners[i].bottom * (h - 1), x + corners[i].right * (w - 1), &cc);
	}
}

void draw_title(struct draw *dr, const struct app *a, const char *what, const char *right)
{
	attr_t t = theme_attr(THEME_TITLE);
	char label[48];
	const char *plat = label;
	int rw = right ? draw_width(dr, right, strlen(right)) : 0;
	int x, room;

	/* the Linux release the checks read the file as, when one is known
	 * (--pppd-version, or the machine's plugin folder) */
	if (a->s.platform == PLATFORM_LINUX && a->s.cfile.pppd_version)
		snprintf(label, sizeof label, "%s pppd %s", platform_display(a->s.platform),
		         a->s.cfile.pppd_version);
	else
		snprintf(label, sizeof label, "%s", platform_display(a->s.platform));

	draw_fill(dr, 0, 0, dr->cols, t);
	x = draw_str(dr, 0, 0, dr->cols, " pppconf  ", t | A_BOLD);
	if (what) {
		x += draw_str(dr, 0, x, dr->cols - x - rw - 2, what, t | A_BOLD);
		x += draw_str(dr, 0, x, 2, "  ", t);
	}
	room = dr->cols - x - rw - draw_width(dr, plat, strlen(plat)) - 4;
	if (room > 8) {
		size_t n = strlen(a->s.path);
		int pw = draw_width(dr, a->s.path, n);

		if (pw > room) {   /* keep the end of a long path: the name matters */
			size_t skip = 0;
			while (skip < n && draw_width(dr, a->s.path + skip, n - skip) > room - 3)
				skip++;
			x += draw_str(dr, 0, x, 3, "...", t);
			x += draw_text(dr, 0, x, room - 3, a->s.path + skip, n - skip, t);
		} else {
			x += draw_text(dr, 0, x, room, a->s.path, n, t);
		}
	}
	x += draw_str(dr, 0, x, 2, "  ", t);
	draw_str(dr, 0, x, dr->cols - x - rw - 1, plat, t);
	if (rw)
		draw_str(dr, 0, dr->cols - rw - 1, rw, right, t | A_BOLD);
}

int draw_para_rows(const struct draw *dr, const char *s, size_t n)
{
	size_t at = 0, next;
	int k = 0;

	while (at < n && k < DRAW_PARA_MAX) {
		text_line(s + at, n - at, dr->cols - 2, dr->utf8, &next);
		at += next;
		k++;
	}
	return k ? k : 1;
}

void draw_para(struct draw *dr, int y, const char *s, size_t n, attr_t attr)
{
	size_t cut[DRAW_PARA_MAX], from[DRAW_PARA_MAX], at = 0, next;
	int w = dr->cols - 2, k = 0, i;

	draw_fill(dr, y, 0, dr->cols, A_NORMAL);
	/* Too long for one line: take the lines above as well (they cover the
	 * end of what is behind), split where a line may break. */
	while (at < n && k < DRAW_PARA_MAX) {
		from[k] = at;
		cut[k] = k + 1 < DRAW_PARA_MAX ? text_line(s + at, n - at, w, dr->utf8, &next) :
		         n - at;
		at += k + 1 < DRAW_PARA_MAX ? next : n - at;
		k++;
	}
	for (i = 0; i < k; i++) {
		draw_fill(dr, y - k + 1 + i, 0, dr->cols, A_NORMAL);
		draw_text(dr, y - k + 1 + i, 1, w, s + from[i], cut[i], attr);
	}
}

void draw_message(struct draw *dr, int y, const struct app *a)
{
	static const enum theme_role roles[] = {
		[APP_INFO] = THEME_NORMAL, [APP_GOOD] = THEME_GOOD,
		[APP_WARN] = THEME_WARNING, [APP_BAD] = THEME_ERROR,
	};

	draw_para(dr, y, a->msg.data, a->msg.len, theme_attr(roles[a->tone]));
}

/* One hint: the keys of consecutive rows sharing a hint word ("j/k move"). */
struct draw_hint {
	char keys[32];
	const char *word;
};

#define DRAW_MAX_HINTS 24

static size_t draw_collect_hints(enum keys_ctx ctx, enum keys_action skip,
                                 struct draw_hint *h)
{
	size_t i, n = 0;
	char name[24];

	for (i = 0; i < keys_count(); i++) {
		const struct keys_row *r = keys_at(i);

		if (r->ctx != ctx || r->act == skip)
			continue;
		keys_name(r->keys[0], name, sizeof name);
		if (!r->hint) {
			/* an unhinted row right after a hinted one of the same kind
			 * (k after j) joins its keys: "j/k move" */
			if (n && i && keys_at(i - 1)->ctx == ctx && keys_at(i - 1)->hint &&
			    (r->act == KEYS_UP || r->act == KEYS_PREV) &&
			    strlen(h[n - 1].keys) + strlen(name) + 2 < sizeof h[n - 1].keys) {
				strcat(h[n - 1].keys, "/");
				strcat(h[n - 1].keys, name);
			}
			continue;
		}
		if (n == DRAW_MAX_HINTS)
			break;
		snprintf(h[n].keys, sizeof h[n].keys, "%s", name);
		h[n].word = C_("key hint", r->hint);
		n++;
	}
	return n;
}

/* Lays hints out on row y; too long, it drops hints before the last one
 * (quit or back stays). */
static void draw_hints_put(struct draw *dr, int y, struct draw_hint *h, size_t n)
{
	size_t i;
	int total, x = 1;

	for (;;) {
		total = 1;
		for (i = 0; i < n; i++)
			total += draw_width(dr, h[i].keys, strlen(h[i].keys)) + 1 +
			         draw_width(dr, h[i].word, strlen(h[i].word)) + (i ? 2 : 0);
		if (total <= dr->cols - 1 || n <= 1)
			break;
		memmove(&h[n - 2], &h[n - 1], sizeof h[0]);
		n--;
	}
	draw_fill(dr, y, 0, dr->cols, A_NORMAL);
	for (i = 0; i < n; i++) {
		if (i)
			x += draw_str(dr, y, x, dr->cols - x, "  ", A_NORMAL);
		x += draw_str(dr, y, x, dr->cols - x, h[i].keys, theme_attr(THEME_KEY));
		x += draw_str(dr, y, x, dr->cols - x, " ", A_NORMAL);
		x += draw_str(dr, y, x, dr->cols - x, h[i].word, A_NORMAL);
	}
}

void draw_hints(struct draw *dr, int y, enum keys_ctx ctx, enum keys_action skip)
{
	struct draw_hint h[DRAW_MAX_HINTS];

	draw_hints_put(dr, y, h, draw_collect_hints(ctx, skip, h));
}

void draw_hints_only(struct draw *dr, int y, enum keys_ctx ctx,
                     const enum keys_action *acts, const char *const *words, size_t n)
{
	struct draw_hint h[DRAW_MAX_HINTS];
	size_t i, j, k = 0;

	for (i = 0; i < n && k < DRAW_MAX_HINTS; i++)
		for (j = 0; j < keys_count(); j++) {
			const struct keys_row *r = keys_at(j);
			const char *w = r->hint ? C_("key hint", r->hint) : words ? words[i] : NULL;

			if (r->ctx != ctx || r->act != acts[i])
				continue;
			if (w) {
				keys_name(r->keys[0], h[k].keys, sizeof h[k].keys);
				h[k++].word = w;
			}
			break;
		}
	draw_hints_put(dr, y, h, k);
}

int draw_reduced(const struct draw *dr)
{
	return dr->cols < DRAW_MIN_COLS || dr->rows < DRAW_MIN_ROWS;
}

int draw_short_hints(const struct draw *dr)
{
	return draw_reduced(dr) || dr->cols < DRAW_HINTS_COLS;
}


void draw_too_small(struct draw *dr, const struct app *a)
{
	char line[128];
	int y;

	werase(dr->w);
	snprintf(line, sizeof line, _("Terminal too small (%dx%d)."), dr->cols, dr->rows);
	y = draw_wrapped(dr, 0, 0, dr->cols, line, A_BOLD);
	snprintf(line, sizeof line, _("pppconf needs %dx%d;"), DRAW_TINY_COLS, DRAW_TINY_ROWS);
	y = draw_wrapped(dr, y, 0, dr->cols, line, A_NORMAL);
	if (doc_modified(&a->s.doc))
		draw_wrapped(dr, y, 0, dr->cols, _("enlarge it to save or discard the edits."), A_NORMAL);
	else
		draw_wrapped(dr, y, 0, dr->cols, _("enlarge it, or press q to quit."), A_NORMAL);
}
