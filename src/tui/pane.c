/* pane.c - the explanation of one directive: what it does, its facts, and what the checks say. */
#include "tui/pane.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "config/config.h"
#include "editor/appedit.h"
#include "pppd/facts.h"
#include "pppd/secrets.h"

#define PANE_LABEL 10   /* width of the label column */

/* The findings on one entry; with SIZE_MAX, those about the file as a whole
 * that matter (warnings and errors), which every pane repeats. */
static void pane_findings(struct page *pg, const struct app *a, size_t entry)
{
	static const char *const mark[] = { N_("i note"), N_("? warning"), N_("! error") };
	static const enum theme_role role[] = { THEME_NOTE, THEME_WARNING, THEME_ERROR };
	const struct check_finding *f;
	enum check_severity sev;
	size_t pos = 0;

	while ((f = check_entry_next(&a->s.report, entry, &pos)) != NULL) {
		sev = check_finding_severity(f);
		if (entry == SIZE_MAX && sev == CHECK_NOTE)
			continue;
		page_addf(pg, theme_attr(role[sev]), 0, 2,
		          entry == SIZE_MAX ? _("%s (the file): %s") : _("%s: %s"),
		          _(mark[sev]), check_message(&a->s.report, f));
		if (check_fix(&a->s.report, f))
			page_addf(pg, A_NORMAL, 2, 2, entry != SIZE_MAX &&
			          f == appedit_correction(a, entry) ? _("Fix: %s (c applies it)") :
			          _("Fix: %s"), check_fix(&a->s.report, f));
	}
}

static void pane_unknown(struct page *pg, const struct app *a, size_t entry)
{
	const struct catalog_entry *sug[4];
	size_t len, n;
	const char *name = facts_name_bytes(&a->s.doc, entry, &len);
	struct buf b = { 0 }, shown = { 0 };

	buf_add_escaped(&shown, name, len > 60 ? 60 : len);
	buf_printf(&b, a->s.doc.entries[entry].disabled ?
	           _("pppd does not know \"%s\". Enabled, it would make pppd refuse the file, "
	             "so every PPP connection that reads this file fails to start.") :
	           _("pppd does not know \"%s\". It will refuse the whole file, so every PPP "
	             "connection that reads this file fails to start."),
	           shown.data ? shown.data : "");
	page_add(pg, theme_attr(THEME_ERROR), 0, 0, b.data, b.len);
	/* an old spelling: the check's finding below says what pppd calls it */
	n = catalog_legacy_find(name, len, a->s.platform) ? 0 :
	    catalog_suggest(name, len, a->s.platform, sug, 3);
	buf_reset(&b);
	if (n == 1)
		buf_printf(&b, _("Did you mean %s?"), sug[0]->name);
	else if (n == 2)
		buf_printf(&b, _("Did you mean %s or %s?"), sug[0]->name, sug[1]->name);
	else if (n == 3)
		buf_printf(&b, _("Did you mean %s, %s or %s?"), sug[0]->name, sug[1]->name,
		           sug[2]->name);
	if (b.len)
		page_add(pg, A_NORMAL, 0, 0, b.data, b.len);
	buf_free(&shown);
	buf_free(&b);
}

/* "; now VALUE": the entry's words after its name, as pppd reads them. */
static void pane_value(struct buf *b, const struct app *a, size_t entry)
{
	struct buf t = { 0 };
	size_t len;

	facts_name_bytes(&a->s.doc, entry, &len);
	session_entry_text(&a->s, entry, a->reveal, &t);
	if (t.len > len + 1)
		buf_printf(b, _("; now %s"), t.data + len + 1);
	buf_free(&t);
}

static void pane_argument(struct page *pg, const struct app *a, size_t entry,
                          const struct catalog_entry *ce)
{
	struct buf b = { 0 };
	const char *kind = catalog_arg_name(ce->arg);

	if (ce->flags & CATALOG_WILDCARD) {
		buf_printf(&b, _("the word itself is the value (%s)"), kind);
	} else if (ce->nargs == 0) {
		buf_adds(&b, _("none"));
	} else {
		facts_arg_text(ce, &b);
		if (facts_row_secret(ce))
			buf_adds(&b, a->reveal ? _("; a secret, shown") : _("; a secret, masked (s shows it)"));
		if (entry != SIZE_MAX && a->s.doc.entries[entry].nwords > 1)
			pane_value(&b, a, entry);
	}
	page_labeled(pg, _("Argument"), PANE_LABEL, A_NORMAL, b.data, b.len);
	buf_free(&b);
}

static void pane_where(struct page *pg, const struct app *a, const struct catalog_entry *ce)
{
	struct buf b = { 0 };
	size_t p;

	if ((ce->platforms & PLATFORM_BOTH) == PLATFORM_BOTH)
		buf_adds(&b, _("macOS and Linux"));
	else if (catalog_find(ce->name, ce->platforms == PLATFORM_MACOS ? PLATFORM_LINUX :
	                      PLATFORM_MACOS))
		buf_printf(&b, _("macOS and Linux, with differences (this is %s's)"),
		           platform_display((enum platform)ce->platforms));
	else
		buf_printf(&b, _("%s only"), platform_display((enum platform)ce->platforms));
	/* "after X": the release notes do not name the release that added it */
	if (ce->linux_since && (ce->platforms & PLATFORM_LINUX) &&
	    strncmp(ce->linux_since, "after ", 6) == 0)
		buf_printf(&b, _(" (Linux pppd releases after %s)"), ce->linux_since + 6);
	else if (ce->linux_since && (ce->platforms & PLATFORM_LINUX))
		buf_printf(&b, _(" (Linux pppd since %s)"), ce->linux_since);
	if (ce->linux_removed && (ce->platforms & PLATFORM_LINUX))
		buf_printf(&b, _(" (gone from Linux pppd %s)"), ce->linux_removed);
	if (ce->plugin) {
		buf_printf(&b, _("; from plugin %s"), ce->plugin);
		p = facts_plugin_entry(&a->s.doc, ce->plugin);
		if (p != SIZE_MAX)
			buf_printf(&b, _(" (loaded on line %zu)"), (size_t)a->s.doc.entries[p].line_first + 1);
		else
			buf_printf(&b, _(", which needs \"plugin %s\" before it"), ce->plugin);
	} else {
		buf_adds(&b, _("; pppd itself"));
	}
	if ((ce->flags & CATALOG_PRIV) && ce->linux_priv_since)
		buf_printf(&b, _("; privileged since Linux pppd %s: only /etc/ppp files or root may "
		           "set it"), ce->linux_priv_since);
	else if (ce->flags & CATALOG_PRIV)
		buf_adds(&b, _("; privileged: only /etc/ppp files or root may set it"));
	page_labeled(pg, _("Platform"), PANE_LABEL, A_NORMAL, b.data, b.len);
	buf_free(&b);
}

/* A word of a secrets file's line before its options: what the line is. */
static void pane_secrets_line(struct page *pg, const struct app *a, size_t entry)
{
	pane_findings(pg, a, SIZE_MAX);
	page_adds(pg, theme_attr(THEME_HEADING), 0, 2, _("A line of a secrets file"));
	pane_findings(pg, a, entry);
	page_adds(pg, A_NORMAL, 0, 0, _("pppd reads each line of this file as the client's "
	          "name, the server's name, the secret, then the IP addresses the client may "
	          "use, and after a word -- options it takes when the peer logs in with that "
	          "line. \"*\" stands for any name. These words are not options."));
}

void pane_build(struct page *pg, const struct app *a, size_t entry,
                const struct catalog_entry *ce)
{
	const struct catalog_entry *real, *risky;
	struct buf b = { 0 };

	if (entry != SIZE_MAX && secrets_path(a->s.path) &&
	    secrets_role(&a->s.doc, a->s.doc.entries[entry].word) != SECRETS_OPTION) {
		pane_secrets_line(pg, a, entry);
		return;
	}
	if (entry != SIZE_MAX) {
		ce = facts_catalog(&a->s.doc, entry, a->s.platform);
		pane_findings(pg, a, SIZE_MAX);
	}
	if (ce) {
		const char *sum = facts_text(ce, FACTS_SUMMARY);

		if (sum && *sum)
			buf_printf(&b, _("%s: %s"), ce->name, sum);
		else
			buf_adds(&b, ce->name);
		page_add(pg, theme_attr(THEME_HEADING), 0, 2, b.data, b.len);
	}
	if (entry != SIZE_MAX && a->s.doc.entries[entry].disabled)
		page_adds(pg, theme_attr(THEME_DIM), 0, 0, _("Disabled: this line is a comment, "
		          "so pppd skips it; x enables it."));
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
		page_addf(pg, theme_attr(THEME_ERROR), 0, 0, _("Only %s's pppd knows %s; pppd on "
		          "%s refuses a file that names it."),
		          platform_display((enum platform)ce->platforms), ce->name,
		          platform_display(a->s.platform));
	if (ce->alias_of)
		page_addf(pg, A_NORMAL, 0, 0, _("Another name for %s."), ce->alias_of);
	real = facts_real(ce, a->s.platform);
	risky = ce->risk ? ce : real && real->risk ? real : NULL;
	/* the flag speaks of Linux 2.5.3: Apple's ipv6cp-use-ipaddr does work */
	if ((ce->flags & CATALOG_NOOP) && a->s.platform == PLATFORM_LINUX)
		page_adds(pg, A_NORMAL, 0, 0, _("Linux pppd 2.5.3 accepts it, but there it has no "
		                                "effect."));
	if ((ce->flags & CATALOG_NOOP_MACOS) && a->s.platform == PLATFORM_MACOS)
		page_adds(pg, A_NORMAL, 0, 0, _("Apple's pppd accepts it, but there it has no "
		                                "effect."));
	pane_argument(pg, a, entry, ce);
	pane_where(pg, a, ce);
	if (risky && *risky->risk) {
		const char *risk = facts_text(risky, FACTS_RISK);

		page_labeled(pg, _("Risk"), PANE_LABEL, theme_attr(THEME_WARNING), risk, strlen(risk));
	}
	if (ce->explain && *ce->explain) {
		page_adds(pg, theme_attr(THEME_DIM), 0, 0, facts_text_note(ce));
		page_adds(pg, A_NORMAL, 0, 0, facts_text(ce, FACTS_EXPLAIN));
	}
	/* what an alias does is written in its real row only */
	if (real && real->explain && *real->explain) {
		buf_reset(&b);
		buf_printf(&b, _("%s: %s"), real->name, facts_text(real, FACTS_EXPLAIN));
		page_add(pg, A_NORMAL, 0, 0, b.data, b.len);
	}
	/* only the names this pppd has */
	catalog_names_on(ce->related, ce, a->s.platform, &b);
	if (b.len)
		page_labeled(pg, _("Related"), PANE_LABEL, A_NORMAL, b.data, b.len);
	catalog_names_on(ce->conflicts, ce, a->s.platform, &b);
	if (b.len)
		page_labeled(pg, _("Conflicts"), PANE_LABEL, A_NORMAL, b.data, b.len);
	buf_reset(&b);
	if (config_rank_text(a->s.platform, ce, &b))
		page_labeled(pg, _("Ranked"), PANE_LABEL, A_NORMAL, b.data, b.len);
	buf_free(&b);
}

void pane_draw(struct draw *dr, const struct app *a, int y, int h, size_t entry,
               const struct catalog_entry *ce)
{
	struct page pg;
	char key[24], more[128];
	enum keys_ctx ctx = a->mode == APP_PICK ? KEYS_CTX_PICK : KEYS_CTX_LIST;

	/* name the key the screen in front really has for the rest */
	if ((a->mode == APP_LIST || a->mode == APP_PICK) &&
	    keys_first_name(ctx, KEYS_INFO, key, sizeof key))
		snprintf(more, sizeof more, _("... (more below: %s shows it all)"), key);
	else
		snprintf(more, sizeof more, "%s", PAGE_MORE);
	page_init(&pg, dr, dr->cols - 2);
	pane_build(&pg, a, entry, ce);
	page_show(&pg, dr, y, 1, h, 0, more);
	page_free(&pg);
}

void pane_line(struct draw *dr, const struct app *a, int y, size_t entry,
               const struct catalog_entry *ce)
{
	const struct check_finding *f, *worst = NULL;
	size_t pos = 0;
	struct buf b = { 0 };

	draw_fill(dr, y, 0, dr->cols, A_NORMAL);
	if (entry != SIZE_MAX) {
		ce = facts_catalog(&a->s.doc, entry, a->s.platform);
		while ((f = check_entry_next(&a->s.report, entry, &pos)) != NULL)
			if (check_finding_severity(f) != CHECK_NOTE &&
			    (!worst || check_finding_severity(f) > check_finding_severity(worst)))
				worst = f;
	}
	if (worst) {
		int err = check_finding_severity(worst) == CHECK_ERROR;

		buf_printf(&b, "%s %s", err ? "!" : "?", check_message(&a->s.report, worst));
		draw_cut(dr, y, 1, dr->cols - 2, b.data,
		         theme_attr(err ? THEME_ERROR : THEME_WARNING));
	} else if (ce && ce->summary && *ce->summary) {
		draw_cut(dr, y, 1, dr->cols - 2, facts_text(ce, FACTS_SUMMARY), A_NORMAL);
	}
	buf_free(&b);
}

void pane_page_show(struct draw *dr, struct app *a, size_t entry,
                    const struct catalog_entry *ce)
{
	struct page pg;

	draw_title(dr, a, _("Explanation"), NULL);
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
