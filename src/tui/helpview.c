/* helpview.c - the help screen, drawn from the key table so it cannot drift from the bindings. */
#include "tui/view.h"

#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "tui/page.h"
#include "tui/tui.h"

#define HELP_KEYS_W 22
#define HELP_NARROW_W 6   /* the indent of a key's help under its keys */

static void helpview_build(struct page *pg)
{
	/* narrow: each key's help goes on the lines below its keys */
	int narrow = pg->width < HELP_KEYS_W * 2;
	enum keys_ctx c;
	size_t i;
	char names[64], label[80];
	const char *help;

	page_adds(pg, A_BOLD, 0, 0, _("pppconf edits pppd's options file and explains it. "
	          "Every edit is checked the way pppd reads the file; w shows the exact "
	          "diff, and only y writes it (atomically, keeping a backup)."));
	page_blank(pg);
	page_adds(pg, A_NORMAL, 0, 0, _("Marks in the list: ! pppd would refuse the file "
	          "(an error); ? probably wrong or risky (a warning); i a note; # disabled, "
	          "a comment pppd skips (x enables it)."));
	page_adds(pg, A_NORMAL, 0, 0, _("Passwords and shared secrets show as ******** "
	          "until s reveals them."));
	for (c = 0; c < KEYS_CTX_COUNT; c++) {
		page_blank(pg);
		page_adds(pg, theme_attr(THEME_HEADING), 0, 0, _(keys_ctx_title(c)));
		for (i = 0; i < keys_count(); i++) {
			const struct keys_row *r = keys_at(i);

			if (r->ctx != c)
				continue;
			keys_row_names(r, names, sizeof names);
			snprintf(label, sizeof label, "  %s", names);
			help = _(r->help);
			if (narrow) {
				page_adds(pg, theme_attr(THEME_HEADING), 0, 0, label);
				page_add(pg, A_NORMAL, HELP_NARROW_W, HELP_NARROW_W, help, strlen(help));
			} else {
				page_labeled(pg, label, HELP_KEYS_W, A_NORMAL, help, strlen(help));
			}
		}
	}
}

void helpview_draw(struct draw *dr, struct app *a)
{
	struct page pg;

	draw_title(dr, a, _("Help"), NULL);
	page_init(&pg, dr, dr->cols - 2);
	helpview_build(&pg);
	page_screen(&pg, dr, a, &a->help_top, KEYS_CTX_HELP);
	page_free(&pg);
}

unsigned helpview_key(struct draw *dr, struct app *a, int key)
{
	(void)dr;
	if (page_screen_key(a, &a->help_top, KEYS_CTX_HELP, key))
		return APP_REDRAW;
	buf_reset(&a->msg);
	return app_set_mode(a, APP_LIST);
}

/* The same table, outside the editor: for the man page (roff), the README
 * (markdown) and a terminal (text), so none of them can drift from the keys.
 * The man page and the README are English whatever the locale; text is in
 * the messages' language. */
int tui_help_keys(const char *format)
{
	enum keys_ctx c;
	size_t i;
	char names[64];
	int roff = strcmp(format, "roff") == 0, md = strcmp(format, "markdown") == 0;

	if (!roff && !md && strcmp(format, "text") != 0) {
		fprintf(stderr, "pppconf: %s\n", _("--help-keys takes text, markdown or roff"));
		return TUI_FAIL;
	}
	for (c = 0; c < KEYS_CTX_COUNT; c++) {
		if (roff)
			printf(".SS %s\n", keys_ctx_title(c));
		else if (md)
			printf("%s**%s**\n\n| keys | action |\n|---|---|\n", c ? "\n" : "",
			       keys_ctx_title(c));
		else
			printf("%s%s\n", c ? "\n" : "", _(keys_ctx_title(c)));
		for (i = 0; i < keys_count(); i++) {
			const struct keys_row *r = keys_at(i);

			if (r->ctx != c)
				continue;
			keys_row_names(r, names, sizeof names);
			if (roff)
				printf(".TP\n.B %s\n%s\n", names, r->help);
			else if (md)
				printf("| `%s` | %s |\n", names, r->help);
			else
				printf("  %-20s %s\n", names, _(r->help));
		}
	}
	return 0;
}
