/* showview.c - what pppd ends up with: each option, its value, where it was set and what it replaced, a page to scroll. */
#include "tui/view.h"

#include <string.h>

#include "base/i18n.h"
#include "tui/page.h"

void showview_draw(struct draw *dr, struct app *a)
{
	const struct buf *t = &a->stack.show;
	struct page pg;
	size_t at = 0;

	draw_title(dr, a, _("What pppd ends up with"), NULL);
	page_init(&pg, dr, dr->cols - 2);
	while (at < t->len) {
		const char *s = t->data + at, *nl = memchr(s, '\n', t->len - at);
		size_t n = nl ? (size_t)(nl - s) : t->len - at;

		/* '!' a note on the whole; '\t' a value the row above replaced */
		if (n && s[0] == '!')
			page_add(&pg, theme_attr(THEME_WARNING), 0, 2, s + 1, n - 1);
		else if (n && s[0] == '\t')
			page_add(&pg, theme_attr(THEME_DIM), 4, 6, s + 1, n - 1);
		else
			page_add(&pg, A_NORMAL, 0, 4, s, n);
		at += n + 1;
	}
	page_screen(&pg, dr, a, &a->stack.show_top, KEYS_CTX_SHOW);
	page_free(&pg);
}

unsigned showview_key(struct draw *dr, struct app *a, int key)
{
	(void)dr;
	if (page_screen_key(a, &a->stack.show_top, KEYS_CTX_SHOW, key))
		return APP_REDRAW;
	return app_set_mode(a, APP_LIST);
}
