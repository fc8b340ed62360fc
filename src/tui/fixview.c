/* fixview.c - "Fix a problem": what happened, what it means, then the guided fix - question, diagnosis, diff, what next. */
#include "tui/view.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "pppd/facts.h"
#include "tui/page.h"

static enum keys_ctx fixview_ctx(const struct app *a)
{
	switch (a->trouble.stage) {
	case APPFIX_WHAT: return KEYS_CTX_FIX_WHAT;
	case APPFIX_TYPE: return KEYS_CTX_PROMPT;
	case APPFIX_EXPLAIN: return KEYS_CTX_FIX_EXPLAIN;
	case APPFIX_SERVICE: return KEYS_CTX_FIX_SERVICE;
	case APPFIX_REVIEW: return KEYS_CTX_FIX_REVIEW;
	case APPFIX_FLOW: break;
	}
	switch (a->fix.stage) {
	case FIX_FLOW_LIST: return KEYS_CTX_FIX_LIST;
	case FIX_FLOW_ASK: return KEYS_CTX_FIX_ASK;
	case FIX_FLOW_DIAG: return KEYS_CTX_FIX_DIAG;
	default: return KEYS_CTX_FIX_DONE;
	}
}

/* A row of a list: "> " when highlighted, its key, its label. */
static void fixview_row(struct page *pg, int on, const char *key, const char *label)
{
	struct buf t = { 0 };

	if (*key)
		buf_printf(&t, "%s %-2s %s", on ? ">" : " ", key, label);
	else
		buf_printf(&t, "%s %s", on ? ">" : " ", label);
	page_add(pg, on ? theme_attr(THEME_SELECTED) | A_BOLD : A_NORMAL, 0, *key ? 6 : 2,
	         t.data, t.len);
	buf_free(&t);
}

static void fixview_what(struct page *pg, const struct app *a)
{
	struct appfix_row rows[16];
	size_t n = appfix_rows(a->s.platform, rows, 16), i, num = 0;
	static const char *const keys[] = { "", "r", "p", "a" };
	char k[8];

	page_adds(pg, A_BOLD, 0, 0, _("What happened?"));
	page_adds(pg, A_NORMAL, 0, 0, _("Choose what you saw: pppconf says what it means and "
	          "which fix helps. Nothing changes until you apply a fix and say y to its diff."));
	page_blank(pg);
	for (i = 0; i < n; i++) {
		if (rows[i].kind == APPFIX_ROW_SYMPTOM)
			snprintf(k, sizeof k, "%zu", ++num);
		else
			snprintf(k, sizeof k, "%s", keys[rows[i].kind]);
		if (rows[i].kind == APPFIX_ROW_LOG)
			page_blank(pg);
		fixview_row(pg, i == a->trouble.sel, k, i18n_text(0, rows[i].label));
	}
}

/* A narrower form of the fix, when there is one: "<name>-service". */
static void fixview_also(struct page *pg, size_t fi)
{
	char name[64];
	const struct fix_info *r;

	if (fi == SIZE_MAX)
		return;
	snprintf(name, sizeof name, "%s-service", fix_at(fi)->name);
	r = fix_find(name);
	if (r)
		page_addf(pg, A_NORMAL, 0, 0, _("For one VPN only: \"%s\", among all the fixes (a "
		          "on the screen before)."), i18n_text(0, r->title));
}

static void fixview_explain(struct page *pg, const struct app *a)
{
	const struct appfix *t = &a->trouble;
	const struct why_entry *e = t->entry;
	size_t fi = app_fix_explained_fix(a);

	page_adds(pg, A_BOLD, 0, 0, t->heading.data ? i18n_text(0, t->heading.data) : "");
	if (t->said.len)
		page_add(pg, A_NORMAL, 0, 2, t->said.data, t->said.len);
	if (!e)
		return;
	page_blank(pg);
	page_adds(pg, theme_attr(THEME_HEADING), 0, 0, _("What it means"));
	page_adds(pg, A_NORMAL, 0, 0, i18n_text(0, e->cause));
	if (e->check && *e->check) {
		page_blank(pg);
		page_adds(pg, theme_attr(THEME_HEADING), 0, 0, _("What to check"));
		page_adds(pg, A_NORMAL, 0, 0, i18n_text(0, e->check));
	}
	page_blank(pg);
	page_adds(pg, theme_attr(THEME_HEADING), 0, 0, _("The fix"));
	if (fi == SIZE_MAX)
		page_adds(pg, A_NORMAL, 0, 0, _("No guided fix for this: see what to check."));
	else if (!(fix_at(fi)->platforms & a->s.platform))
		page_addf(pg, A_NORMAL, 0, 0, _("%s (pppconf fix %s) is for %s's pppd: pppconf "
		          "--platform %s prepares such a file."), i18n_text(0, fix_at(fi)->title),
		          fix_at(fi)->name,
		          platform_display(a->s.platform == PLATFORM_MACOS ? PLATFORM_LINUX :
		                           PLATFORM_MACOS),
		          platform_name(a->s.platform == PLATFORM_MACOS ? PLATFORM_LINUX :
		                        PLATFORM_MACOS));
	else
		page_addf(pg, theme_attr(THEME_GOOD), 0, 0, _("%s (pppconf fix %s): Enter starts it."),
		          i18n_text(0, fix_at(fi)->title), fix_at(fi)->name);
	fixview_also(pg, fi);
}

static void fixview_services(struct page *pg, const struct app *a)
{
	const struct appfix *t = &a->trouble;
	size_t i, k = 0;

	page_adds(pg, A_BOLD, 0, 0, _("Which VPN?"));
	page_adds(pg, A_NORMAL, 0, 0, _("The fix writes /etc/ppp/peers/<the VPN's name>, which "
	          "pppd reads for that VPN only. The name must be the VPN's own, exactly as "
	          "the Mac shows it."));
	page_blank(pg);
	if (t->nservices)
		page_adds(pg, A_NORMAL, 0, 0, _("The L2TP VPNs scutil --nc list shows on this Mac:"));
	else
		page_adds(pg, A_NORMAL, 0, 0, _("scutil lists no L2TP VPN here: type the name."));
	for (i = 0; i < t->services.len; i += strlen(t->services.data + i) + 1, k++) {
		struct buf name = { 0 };

		buf_add_escaped(&name, t->services.data + i, strlen(t->services.data + i));
		fixview_row(pg, k == t->sel, "", name.data);
		buf_free(&name);
	}
	fixview_row(pg, t->sel == t->nservices, "", _("Type the VPN's name"));
}

static void fixview_review(struct page *pg, const struct app *a)
{
	const struct appfix *t = &a->trouble;
	const char *p = t->diff.data ? t->diff.data : "";
	size_t n = t->diff.len;
	struct buf m = { 0 };

	page_addf(pg, A_BOLD, 0, 0, _("y writes %s; q goes back, nothing written."),
	          t->have_peers ? t->peers.path : "");
	page_blank(pg);
	while (n > 0) {
		const char *nl = memchr(p, '\n', n);
		size_t k = nl ? (size_t)(nl - p) : n;

		buf_reset(&m);
		buf_add_escaped(&m, p, k);
		page_line(pg, k && p[0] == '+' ? theme_attr(THEME_ADD) : k && p[0] == '-' ?
		          theme_attr(THEME_DEL) : A_NORMAL, 0, m.data ? m.data : "", m.len);
		if (!nl)
			break;
		p += k + 1;
		n -= k + 1;
	}
	buf_free(&m);
}

static void fixview_list(struct page *pg, struct app *a)
{
	size_t i;

	page_addf(pg, A_NORMAL, 0, 0, _("The guided fixes for pppd on %s. Each looks at the file "
	          "first and explains; nothing changes until you apply it, and nothing is "
	          "written until you say y to the diff."), platform_display(a->s.platform));
	page_blank(pg);
	if (a->fix.n == 0)
		page_adds(pg, A_BOLD, 0, 0, _("There are no guided fixes for this platform."));
	for (i = 0; i < a->fix.n; i++)
		fixview_row(pg, i == a->fix.sel, "", i18n_text(0, fix_at(a->fix.ids[i])->title));
	if (a->fix.n && a->fix.sel < a->fix.n) {
		page_blank(pg);
		page_adds(pg, A_NORMAL, 0, 0, i18n_text(0, fix_at(a->fix.ids[a->fix.sel])->about));
	}
}

static void fixview_steps(struct page *pg, const struct app *a)
{
	static const char *const word[] = { NC_("fix step", "PASS"), NC_("fix step", "FAIL"),
	                                    NC_("fix step", "INFO") };
	static const enum theme_role role[] = { THEME_GOOD, THEME_ERROR, THEME_NOTE };
	size_t i;

	if (a->fix.r->per_service && a->trouble.have_peers)
		page_addf(pg, A_NORMAL, 0, 0, _("The file: %s"), a->trouble.peers.path);
	page_adds(pg, theme_attr(THEME_HEADING), 0, 0, _("What pppconf found"));
	for (i = 0; i < a->fix.res.n; i++) {
		const struct fix_step *s = &a->fix.res.steps[i];
		struct buf t = { 0 };

		buf_printf(&t, "%-4s  %s", i18n_text("fix step", word[s->state]),
		           s->label ? i18n_text(0, s->label) : "");
		page_add(pg, theme_attr(role[s->state]), 0, 6, t.data, t.len);
		if (s->detail && *s->detail)
			page_adds(pg, A_NORMAL, 6, 6, i18n_text(0, s->detail));
		buf_free(&t);
	}
	page_blank(pg);
	page_adds(pg, theme_attr(THEME_HEADING), 0, 0, _("What the fix changes"));
	page_adds(pg, A_NORMAL, 0, 0, i18n_text(0, a->fix.r->about));
	if (a->fix.note.len) {
		page_blank(pg);
		page_add(pg, theme_attr(THEME_WARNING), 0, 0, a->fix.note.data, a->fix.note.len);
	}
}

static void fixview_flow(struct page *pg, struct app *a)
{
	const struct fix_info *r = a->fix.r;

	if (a->fix.stage == FIX_FLOW_LIST || !r) {
		fixview_list(pg, a);
		return;
	}
	page_adds(pg, A_BOLD, 0, 0, i18n_text(0, r->title));
	page_blank(pg);
	switch (a->fix.stage) {
	case FIX_FLOW_ASK:
		page_adds(pg, A_BOLD, 0, 0, i18n_text(0, r->question));
		page_blank(pg);
		page_adds(pg, A_NORMAL, 0, 0, _("y yes, n no."));
		break;
	case FIX_FLOW_NO:
		page_adds(pg, A_NORMAL, 0, 0, i18n_text(0, r->if_no));
		break;
	case FIX_FLOW_DIAG:
		fixview_steps(pg, a);
		break;
	case FIX_FLOW_AFTER:
		if (a->written.len)
			page_add(pg, theme_attr(THEME_GOOD), 0, 0, a->written.data, a->written.len);
		if (a->fix.note.len) {
			page_blank(pg);
			page_adds(pg, theme_attr(THEME_HEADING), 0, 0, _("What was done"));
			page_add(pg, A_NORMAL, 0, 0, a->fix.note.data, a->fix.note.len);
		}
		page_blank(pg);
		page_adds(pg, theme_attr(THEME_HEADING), 0, 0, _("What next, and how to undo it"));
		page_adds(pg, A_NORMAL, 0, 0, i18n_text(0, r->after));
		break;
	default:
		break;
	}
}

/* The scroll of what is in front. */
static size_t *fixview_top(struct app *a)
{
	return a->trouble.stage == APPFIX_FLOW ? &a->fix.top : &a->trouble.top;
}

void fixview_draw(struct draw *dr, struct app *a)
{
	struct page pg;
	int h = dr->rows - 3;
	struct buf st = { 0 };
	size_t *top = fixview_top(a);

	app_state_text(a, &st);
	draw_title(dr, a, _("Fix a problem"), st.data);
	buf_free(&st);
	page_init(&pg, dr, dr->cols - 2);
	switch (a->trouble.stage) {
	case APPFIX_WHAT: fixview_what(&pg, a); break;
	case APPFIX_TYPE:
		page_adds(&pg, A_BOLD, 0, 0, a->trouble.typing_service ? _("The VPN's name") :
		          _("The message you saw"));
		page_adds(&pg, A_NORMAL, 0, 0, a->trouble.typing_service ?
		          _("Type it exactly as the Mac shows it (scutil --nc list prints it in "
		          "quotes), then Enter.") :
		          _("Type or paste the alert's text, or a line of pppd's log (in English or "
		          "Simplified Chinese), then Enter."));
		h -= 2;
		break;
	case APPFIX_EXPLAIN: fixview_explain(&pg, a); break;
	case APPFIX_SERVICE: fixview_services(&pg, a); break;
	case APPFIX_REVIEW: fixview_review(&pg, a); break;
	case APPFIX_FLOW: fixview_flow(&pg, a); break;
	}
	if (*top > page_max_top(&pg, h))
		*top = page_max_top(&pg, h);
	a->page_h = h;
	page_show(&pg, dr, 1, 1, h, *top, a->trouble.stage == APPFIX_FLOW &&
	          a->fix.stage == FIX_FLOW_LIST ? _("... (more below: J or PgDn scrolls)") :
	          _("... (more below: j scrolls)"));
	page_free(&pg);
	if (a->trouble.stage == APPFIX_TYPE) {
		int y = dr->rows - 3;
		int x = 1 + draw_str(dr, y, 1, dr->cols / 2, a->trouble.typing_service ? _("Name: ") :
		                     _("Message: "), theme_attr(THEME_KEY));

		draw_fill(dr, y - 1, 0, dr->cols, A_NORMAL);
		promptview_field(dr, y, x, dr->cols - x - 1, &a->trouble.text, 0);
	}
	draw_message(dr, dr->rows - 2, a);
	draw_hints(dr, dr->rows - 1, fixview_ctx(a), KEYS_NONE);
}

static unsigned fixview_scroll(struct app *a, long d)
{
	size_t *top = fixview_top(a);
	long t = (long)*top + d;

	*top = t < 0 ? 0 : (size_t)t;
	return APP_REDRAW;
}

/* Moves a highlight over n rows. */
static unsigned fixview_move(size_t *sel, size_t n, enum keys_action act)
{
	if (act == KEYS_DOWN && *sel + 1 < n)
		(*sel)++;
	else if (act == KEYS_UP && *sel > 0)
		(*sel)--;
	else
		return APP_BELL;
	return APP_REDRAW;
}

static unsigned fixview_type(struct app *a, int key)
{
	enum keys_action act = keys_lookup(KEYS_CTX_PROMPT, key);

	if (act == KEYS_ACCEPT || act == KEYS_CANCEL)
		return app_fix_typed(a, act == KEYS_ACCEPT);
	return promptview_type(&a->trouble.text, act, key);
}

static unsigned fixview_what_key(struct app *a, enum keys_action act, int key)
{
	struct appfix_row rows[16];
	size_t n = appfix_rows(a->s.platform, rows, 16), i, num = 0;

	switch (act) {
	case KEYS_CHOOSE: return app_fix_what(a, a->trouble.sel);
	case KEYS_DOWN: case KEYS_UP: return fixview_move(&a->trouble.sel, n, act);
	case KEYS_NUMBER:
		for (i = 0; i < n; i++)
			if (rows[i].kind == APPFIX_ROW_SYMPTOM && (int)++num == key - '0')
				return app_fix_what(a, i);
		return APP_BELL;
	case KEYS_LOG: case KEYS_TYPE: case KEYS_ALL:
		for (i = 0; i < n; i++)
			if (rows[i].kind == (act == KEYS_LOG ? APPFIX_ROW_LOG : act == KEYS_TYPE ?
			                     APPFIX_ROW_TYPE : APPFIX_ROW_ALL))
				return app_fix_what(a, i);
		return APP_BELL;
	default:
		return act == KEYS_BACK ? app_fix_back(a) : APP_BELL;
	}
}

static unsigned fixview_flow_key(struct app *a, enum keys_action act)
{
	switch (a->fix.stage) {
	case FIX_FLOW_LIST:
		if (act == KEYS_CHOOSE)
			return app_fix_choose(a);
		if (act == KEYS_DOWN || act == KEYS_UP) {
			fixview_move(&a->fix.sel, a->fix.n, act);
			return APP_REDRAW;
		}
		if (act == KEYS_PGDN || act == KEYS_PGUP)
			return fixview_scroll(a, act == KEYS_PGDN ? a->page_h - 1 :
			                      -(long)(a->page_h - 1));
		break;
	case FIX_FLOW_ASK:
		if (act == KEYS_YES || act == KEYS_NO)
			return app_fix_answer(a, act == KEYS_YES);
		break;
	case FIX_FLOW_DIAG:
		if (act == KEYS_APPLY)
			return app_fix_apply(a);
		/* fall through */
	default:
		if (act == KEYS_DOWN)
			return fixview_scroll(a, 1);
		if (act == KEYS_UP)
			return fixview_scroll(a, -1);
		break;
	}
	return act == KEYS_BACK ? app_fix_back(a) : APP_BELL;
}

unsigned fixview_key(struct draw *dr, struct app *a, int key)
{
	enum keys_action act = keys_lookup(fixview_ctx(a), key);

	(void)dr;
	switch (a->trouble.stage) {
	case APPFIX_WHAT:
		return fixview_what_key(a, act, key);
	case APPFIX_TYPE:
		return fixview_type(a, key);
	case APPFIX_EXPLAIN:
	case APPFIX_REVIEW:
		if (act == KEYS_CHOOSE)
			return app_fix_explained(a);
		if (act == KEYS_YES)
			return app_fix_write(a);
		if (act == KEYS_DOWN || act == KEYS_UP)
			return fixview_scroll(a, act == KEYS_DOWN ? 1 : -1);
		break;
	case APPFIX_SERVICE:
		if (act == KEYS_CHOOSE)
			return app_fix_service(a, a->trouble.sel);
		if (act == KEYS_DOWN || act == KEYS_UP)
			return fixview_move(&a->trouble.sel, a->trouble.nservices + 1, act);
		break;
	case APPFIX_FLOW:
		return fixview_flow_key(a, act);
	}
	return act == KEYS_BACK ? app_fix_back(a) : APP_BELL;
}
