/* askview.c - quitting with unsaved edits: write, discard or cancel, asked over the list. */
#include "tui/view.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"

void askview_draw(struct draw *dr, struct app *a)
{
	int w = dr->cols - 8 < 64 ? dr->cols - 8 : 64, h = 8, y, x, row = 3;

	/* a small window: the box takes its width, and what height there is */
	if (dr->cols < 48)
		w = dr->cols - 2;
	if (h > dr->rows - 2)
		h = dr->rows - 2;
	size_t i;
	char names[32];

	listview_draw(dr, a);
	y = (dr->rows - h) / 2;
	if (y + h > dr->rows - 3)   /* clear of a message on two lines */
		y = dr->rows - 3 - h > 1 ? dr->rows - 3 - h : 1;
	x = (dr->cols - w) / 2;
	for (i = 0; i < (size_t)h; i++)
		draw_fill(dr, y + (int)i, x, w, A_NORMAL);
	draw_box(dr, y, x, h, w, A_BOLD);
	draw_str(dr, y + 1, x + 2, w - 4, _("There are unsaved edits."), A_BOLD);
	if (a->stack.n) {   /* several files are open: say which */
		struct buf names = { 0 };

		appstack_unsaved(a, &names);
		draw_cut(dr, y + 2, x + 2, w - 4, names.data ? names.data : "", A_NORMAL);
		buf_free(&names);
	}
	for (i = 0; i < keys_count() && row < h - 1; i++) {
		const struct keys_row *r = keys_at(i);

		if (r->ctx != KEYS_CTX_ASK_QUIT)
			continue;
		keys_name(r->keys[0], names, sizeof names);
		draw_str(dr, y + row, x + 3, 4, names, theme_attr(THEME_KEY));
		draw_cut(dr, y + row, x + 8, w - 10, _(r->help), A_NORMAL);
		row++;
	}
	draw_message(dr, dr->rows - 2, a);
	draw_hints(dr, dr->rows - 1, KEYS_CTX_ASK_QUIT, KEYS_NONE);
}

unsigned askview_key(struct draw *dr, struct app *a, int key)
{
	(void)dr;
	switch (keys_lookup(KEYS_CTX_ASK_QUIT, key)) {
	case KEYS_WRITE: return app_quit_answer(a, 'w');
	case KEYS_DISCARD: return app_quit_answer(a, 'd');
	default:
		app_say(a, APP_INFO, _("Still editing."));
		return app_quit_answer(a, 0);
	}
}
