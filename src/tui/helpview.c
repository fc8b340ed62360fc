/* helpview.c - the help screen, drawn from the key table so it cannot drift from the bindings. */
#include "view.h"

#include <stdio.h>
#include <string.h>

#include "page.h"

#define HELP_KEYS_W 22

static void helpview_build(struct page *pg)
{
	enum keys_ctx c;
	size_t i;
	char names[64], label[80];

	page_adds(pg, A_BOLD, 0, 0, "pppconf edits pppd's options file and explains it. "
	          "Every edit is checked the way pppd reads the file; w shows the exact "
	          "diff, and only y writes it (atomically, keeping a backup).");
	page_blank(pg);
	page_adds(pg, A_NORMAL, 0, 0, "Marks in the list: ! pppd would refuse the file "
	          "(an error); ? probably wrong or risky (a warning); i a note; # disabled, "
	          "a comment pppd skips (x enables it).");
	page_adds(pg, A_NORMAL, 0, 0, "Passwords and shared secrets show as ******** "
	          "until s reveals them.");
	for (c = 0; c < KEYS_CTX_COUNT; c++) {
		page_blank(pg);
		page_adds(pg, theme_attr(THEME_HEADING), 0, 0, keys_ctx_title(c));
		for (i = 0; i < keys_count(); i++) {
			const struct keys_row *r = keys_at(i);

			if (r->ctx != c)
				continue;
			keys_row_names(r, names, sizeof names);
			snprintf(label, sizeof label, "  %s", names);
			page_labeled(pg, label, HELP_KEYS_W, A_NORMAL, r->help, strlen(r->help));
		}
	}
}

void helpview_draw(struct draw *dr, struct app *a)
{
	struct page pg;
	int h = dr->rows - 3;

	draw_title(dr, a, "Help", NULL);
	page_init(&pg, dr, dr->cols - 2);
	helpview_build(&pg);
	if (a->help_top > page_max_top(&pg, h))
		a->help_top = page_max_top(&pg, h);
	a->page_h = h;
	page_show(&pg, dr, 1, 1, h, a->help_top, PAGE_MORE);
	page_free(&pg);
	draw_message(dr, dr->rows - 2, a);
	draw_hints(dr, dr->rows - 1, KEYS_CTX_HELP, KEYS_NONE);
}

unsigned helpview_key(struct draw *dr, struct app *a, int key)
{
	long page = a->page_h > 1 ? a->page_h - 1 : 1, top = (long)a->help_top;

	(void)dr;
	switch (keys_lookup(KEYS_CTX_HELP, key)) {
	case KEYS_DOWN: top += 1; break;
	case KEYS_UP: top -= 1; break;
	case KEYS_PGDN: top += page; break;
	case KEYS_PGUP: top -= page; break;
	default:
		buf_reset(&a->msg);
		return app_set_mode(a, APP_LIST);
	}
	a->help_top = top < 0 ? 0 : (size_t)top;   /* drawing clamps the bottom */
	return APP_REDRAW;
}
