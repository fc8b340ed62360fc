/* pane.c - the explanation of one directive: what it does, its facts, and what the checks say. */
#include "tui/pane.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "editor/appedit.h"
#include "pppd/facts.h"

#define PANE_LABEL 10   /* width of the label column */

/* The findings on one entry; with SIZE_MAX, those about the file as a whole
 * that matter (warnings and errors), which every pane repeats. */
static void pane_findings(struct page *pg, const struct app *a, size_t entry)
{
	static const char *const mark[] = { "i note", "? warning", "! error" };
	static const enum theme_role role[] = { THEME_NOTE, THEME_WARNING, THEME_ERROR };
	const struct check_finding *f;
	enum check_severity sev;
	size_t pos = 0;

	while ((f = check_entry_next(&a->s.report, entry, &pos)) != NULL) {
		sev = check_finding_severity(f);
		if (entry == SIZE_MAX && sev == CHECK_NOTE)
			continue;
		page_addf(pg, theme_attr(role[sev]), 0, 2, "%s%s: %s",
		          mark[sev], entry == SIZE_MAX ? " (the file)" : "",
		          check_message(&a->s.report, f));
		if (check_fix(&a->s.report, f))
			page_addf(pg, A_NORMAL, 2, 2, "Fix: %s%s", check_fix(&a->s.report, f),
			          entry != SIZE_MAX && f == appedit_correction(a, entry) ?
			          " (c applies it)" : "");
	}
}

static void pane_unknown(struct page *pg, const struct app *a, size_t entry)
{
	const struct catalog_entry *sug[4];
	size_t len, n, k;
	const char *name = facts_name_bytes(&a->s.doc, entry, &len);
	struct buf b = { 0 };

	buf_adds(&b, "pppd does not know \"");
	buf_add_escaped(&b, name, len > 60 ? 60 : len);
	buf_printf(&b, "\". %s, so every PPP connection that reads this file "
	           "fails to start.", a->s.doc.entries[entry].disabled ?
	           "Enabled, it would make pppd refuse the file" :
	           "It will refuse the whole file");
	page_add(pg, theme_attr(THEME_ERROR), 0, 0, b.data, b.len);
	/* an old spelling: the check's finding below says what pppd calls it */
	n = catalog_legacy_find(name, len, a->s.platform) ? 0 :
	    catalog_suggest(name, len, a->s.platform, sug, 3);
	if (n) {
		buf_reset(&b);
		buf_adds(&b, "Did you mean ");
		for (k = 0; k < n; k++)
			buf_printf(&b, "%s%s", k ? (k + 1 == n ? " or " : ", ") : "", sug[k]->name);
		buf_adds(&b, "?");
		page_add(pg, A_NORMAL, 0, 0, b.data, b.len);
	}
	buf_free(&b);
}

/* "; now VALUE": the entry's words after its name, as pppd reads them. */
static void pane_value(struct buf *b, const struct app *a, size_t entry)
{
	struct buf t = { 0 };
	size_t len;

	facts_name_bytes(&a->s.doc, entry, &len);
	facts_entry_text(&a->s.doc, entry, a->s.platform, a->reveal, &t);
	if (t.len > len + 1)
		buf_printf(b, "; now %s", t.data + len + 1);
	buf_free(&t);
}

static void pane_argument(struct page *pg, const struct app *a, size_t entry,
                          const struct catalog_entry *ce)
{
	struct buf b = { 0 };
	const char *kind = catalog_arg_name(ce->arg);

	if (ce->flags & CATALOG_WILDCARD) {
		buf_printf(&b, "the word itself is the value (%s)", kind);
	} else if (ce->nargs == 0) {
		buf_adds(&b, "none");
	} else {
		facts_arg_text(ce, &b);
		if (facts_row_secret(ce))
			buf_adds(&b, a->reveal ? "; a secret, shown" : "; a secret, masked (s shows it)");
		if (entry != SIZE_MAX && a->s.doc.entries[entry].nwords > 1)
			pane_value(&b, a, entry);
	}
	page_labeled(pg, "Argument", PANE_LABEL, A_NORMAL, b.data, b.len);
	buf_free(&b);
}

static void pane_where(struct page *pg, const struct app *a, const struct catalog_entry *ce)
{
	struct buf b = { 0 };
	size_t p;

	if ((ce->platforms & PLATFORM_BOTH) == PLATFORM_BOTH)
		buf_adds(&b, "macOS and Linux");
	else if (catalog_find(ce->name, ce->platforms == PLATFORM_MACOS ? PLATFORM_LINUX :
	                      PLATFORM_MACOS))
		buf_printf(&b, "macOS and Linux, with differences (this is %s's)",
		           platform_display((enum platform)ce->platforms));
	else
		buf_printf(&b, "%s only", platform_display((enum platform)ce->platforms));
	if (ce->linux_since && (ce->platforms & PLATFORM_LINUX))
		buf_printf(&b, " (Linux pppd %s and later)", ce->linux_since);
	if (ce->linux_removed && (ce->platforms & PLATFORM_LINUX))
		buf_printf(&b, " (gone from Linux pppd %s)", ce->linux_removed);
	if (ce->plugin) {
		buf_printf(&b, "; from plugin %s", ce->plugin);
		p = facts_plugin_entry(&a->s.doc, ce->plugin);
		if (p != SIZE_MAX)
			buf_printf(&b, " (loaded on line %zu)", (size_t)a->s.doc.entries[p].line_first + 1);
		else
			buf_printf(&b, ", which needs \"plugin %s\" before it", ce->plugin);
	} else {
		buf_adds(&b, "; pppd itself");
	}
	if (ce->flags & CATALOG_PRIV)
		buf_adds(&b, "; " CATALOG_PRIV_SHORT);
	page_labeled(pg, "Platform", PANE_LABEL, A_NORMAL, b.data, b.len);
	buf_free(&b);
}

void pane_build(struct page *pg, const struct app *a, size_t entry,
                const struct catalog_entry *ce)
{
	struct buf b = { 0 };

	if (entry != SIZE_MAX) {
		ce = facts_catalog(&a->s.doc, entry, a->s.platform);
		pane_findings(pg, a, SIZE_MAX);
	}
	if (ce) {
		buf_adds(&b, ce->name);
		if (ce->summary && *ce->summary)
			buf_printf(&b, ": %s", ce->summary);
		page_add(pg, theme_attr(THEME_HEADING), 0, 2, b.data, b.len);
	}
	if (entry != SIZE_MAX && a->s.doc.entries[entry].disabled)
		page_adds(pg, theme_attr(THEME_DIM), 0, 0, "Disabled: this line is a comment, "
		          "so pppd skips it; x enables it.");
	if (entry != SIZE_MAX)
		pane_findings(pg, a, entry);
	if (!ce) {
		/* the checks usually say it (with a suggestion); say it otherwise */
		if (entry != SIZE_MAX && check_worst_for_entry(&a->s.report, entry) < 0)
			pane_unknown(pg, a, entry);
		buf_free(&b);
		return;
	}
	if (!(ce->platforms & a->s.platform))
		page_addf(pg, theme_attr(THEME_ERROR), 0, 0, "Only %s's pppd knows %s; pppd on "
		          "%s refuses a file that names it.",
		          platform_display((enum platform)ce->platforms), ce->name,
		          platform_display(a->s.platform));
	if (ce->alias_of)
		page_addf(pg, A_NORMAL, 0, 0, "Another name for %s.", ce->alias_of);
	if (ce->flags & CATALOG_NOOP)
		page_adds(pg, A_NORMAL, 0, 0, "pppd accepts it, but it has no effect.");
	pane_argument(pg, a, entry, ce);
	pane_where(pg, a, ce);
	if (ce->risk && *ce->risk)
		page_labeled(pg, "Risk", PANE_LABEL, theme_attr(THEME_WARNING), ce->risk,
		             strlen(ce->risk));
	if (ce->explain && *ce->explain)
		page_adds(pg, A_NORMAL, 0, 0, ce->explain);
	if (ce->related && *ce->related)
		page_labeled(pg, "Related", PANE_LABEL, A_NORMAL, ce->related, strlen(ce->related));
	if (ce->conflicts && *ce->conflicts)
		page_labeled(pg, "Conflicts", PANE_LABEL, A_NORMAL, ce->conflicts,
		             strlen(ce->conflicts));
	buf_free(&b);
}

void pane_draw(struct draw *dr, const struct app *a, int y, int h, size_t entry,
               const struct catalog_entry *ce)
{
	struct page pg;
	char key[24], more[64];
	enum keys_ctx ctx = a->mode == APP_PICK ? KEYS_CTX_PICK : KEYS_CTX_LIST;

	/* name the key the screen in front really has for the rest */
	if ((a->mode == APP_LIST || a->mode == APP_PICK) &&
	    keys_first_name(ctx, KEYS_INFO, key, sizeof key))
		snprintf(more, sizeof more, "... (more below: %s shows it all)", key);
	else
		snprintf(more, sizeof more, "%s", PAGE_MORE);
	page_init(&pg, dr, dr->cols - 2);
	pane_build(&pg, a, entry, ce);
	page_show(&pg, dr, y, 1, h, 0, more);
	page_free(&pg);
}

void pane_page_show(struct draw *dr, struct app *a, size_t entry,
                    const struct catalog_entry *ce)
{
	struct page pg;

	draw_title(dr, a, "Explanation", NULL);
	page_init(&pg, dr, dr->cols - 2);
	if (ce || entry < a->s.doc.nentries)
		pane_build(&pg, a, entry, ce);
	page_screen(&pg, dr, a, &a->info_top, KEYS_CTX_INFO);
	page_free(&pg);
}

/* The whole explanation of the selected directive, scrolled by a->info_top. */
void pane_page_draw(struct draw *dr, struct app *a)
{
	pane_page_show(dr, a, a->s.doc.nentries ? a->sel : SIZE_MAX, NULL);
}

unsigned pane_page_key(struct draw *dr, struct app *a, int key)
{
	(void)dr;
	if (page_screen_key(a, &a->info_top, KEYS_CTX_INFO, key))
		return APP_REDRAW;
	return app_set_mode(a, APP_LIST);
}
