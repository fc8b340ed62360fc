/* recoverview.c - edits kept when the editor was stopped (a hang-up, SIGTERM): what they would bring back; restore, discard or later. */
#include "tui/view.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "tui/page.h"

static void recoverview_notes(struct page *pg, const struct app *a)
{
	struct tm tm;
	char when[40];

	snprintf(when, sizeof when, "%s", _("an earlier session"));
	if (localtime_r(&a->rec.time, &tm))
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
	page_addf(pg, A_BOLD, 0, 2, _("pppconf was stopped on %s (a hang-up or a kill) with "
	          "unsaved edits to %s. They were kept; above is what they would bring back."),
	          when, a->s.path);
	if (a->rec_changed)
		page_adds(pg, theme_attr(THEME_WARNING), 0, 2, _("The file has changed since: r "
		          "re-applies the edits one by one to the file as it is now and shows "
		          "the result, with any clash, before anything is written."));
	else
		page_adds(pg, A_NORMAL, 0, 2, _("The file is as the edits found it: r brings them "
		          "back as they were (u undoes); nothing is written until w and y."));
	page_adds(pg, A_NORMAL, 0, 2, _("d throws them away; l keeps them for next time."));
}

void recoverview_draw(struct draw *dr, struct app *a)
{
	struct page notes;

	draw_title(dr, a, _("Unsaved edits kept"), "");
	page_init(&notes, dr, dr->cols - 2);
	recoverview_notes(&notes, a);
	diffview_body(dr, a, &a->rec_diff, &notes);
	page_free(&notes);
	draw_message(dr, dr->rows - 2, a);
	draw_hints(dr, dr->rows - 1, KEYS_CTX_RECOVER, KEYS_NONE);
}

unsigned recoverview_key(struct draw *dr, struct app *a, int key)
{
	long page = a->page_h > 1 ? a->page_h - 1 : 1, top;

	(void)dr;
	switch (keys_lookup(KEYS_CTX_RECOVER, key)) {
	case KEYS_RESTORE: return appmerge_restore(a);
	case KEYS_DISCARD: return appmerge_discard(a);
	case KEYS_LATER: return appmerge_later(a);
	case KEYS_DOWN: top = (long)a->diff.top + 1; break;
	case KEYS_UP: top = (long)a->diff.top - 1; break;
	case KEYS_PGDN: top = (long)a->diff.top + page; break;
	case KEYS_PGUP: top = (long)a->diff.top - page; break;
	default:
		app_say(a, APP_INFO, _("r restores the kept edits, d discards them, l decides later."));
		return APP_REDRAW | APP_BELL;
	}
	a->diff.top = top < 0 ? 0 : (size_t)top;
	return APP_REDRAW;
}
