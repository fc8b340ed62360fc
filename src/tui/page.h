/* page.h - text wrapped to a width as styled lines, for the views that scroll or overflow. */
#ifndef PPPCONF_PAGE_H
#define PPPCONF_PAGE_H

#include <stddef.h>

#include "base/buf.h"
#include "tui/draw.h"

struct page_line {
	int has_label;      /* a label is drawn at column 0, as a heading */
	size_t label_off, label_len;
	attr_t attr;
	int indent;         /* columns before the text */
	size_t off, len;    /* bytes in page->text */
};

struct page {
	const struct draw *dr;   /* measures widths */
	int width;
	struct buf text;
	struct page_line *v;
	size_t n, cap;
};

void page_init(struct page *pg, const struct draw *dr, int width);
void page_free(struct page *pg);
/* Adds text wrapped to the page width where a line may break (spaces;
 * between Chinese characters: base/text.h); `indent` columns on the
 * first line, `hang` on the lines after; embedded '\n' starts a new line.
 * A word wider than the line is cut. */
void page_add(struct page *pg, attr_t attr, int indent, int hang, const char *s, size_t n);
void page_adds(struct page *pg, attr_t attr, int indent, int hang, const char *s);
void page_addf(struct page *pg, attr_t attr, int indent, int hang, const char *fmt, ...);
/* As page_add, with `label` (copied) before the first line in the heading
 * style, and the text (and its continuation lines) indented by `indent`. */
void page_labeled(struct page *pg, const char *label, int indent, attr_t attr,
                  const char *s, size_t n);
/* Adds one line as it is, cut at the width (no wrapping). */
void page_line(struct page *pg, attr_t attr, int indent, const char *s, size_t n);
void page_blank(struct page *pg);
/* Draws lines [top, top+h) at rows y.. from column x. When `more` is not
 * NULL and lines remain below, the last row shows it instead. Returns the
 * lines drawn. */
#define PAGE_MORE page_more()
/* "... (more below)" in the messages' language; lives as long as the program. */
const char *page_more(void);
size_t page_show(const struct page *pg, struct draw *dr, int y, int x, int h, size_t top,
                 const char *more);
/* The largest useful top for a view of h rows. */
size_t page_max_top(const struct page *pg, int h);

/* A full-screen page below the title row (the caller draws the title):
 * clamps *top so that the last line can reach the bottom, keeps the height
 * in a->page_h for paging, and draws the page, the message and ctx's key
 * hints. */
void page_screen(const struct page *pg, struct draw *dr, struct app *a, size_t *top,
                 enum keys_ctx ctx);
/* The scroll keys of such a page: moves *top by a line or a page and
 * returns 1; any other key returns 0 and leaves *top alone. Drawing clamps
 * the bottom. */
int page_screen_key(const struct app *a, size_t *top, enum keys_ctx ctx, int key);

#endif
