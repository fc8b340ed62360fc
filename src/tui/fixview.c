/* fixview.c - the guided fixes: choose, answer, read the diagnosis, apply, write, what next. */
#include "tui/view.h"

#include <string.h>

#include "tui/page.h"

static enum keys_ctx fixview_ctx(const struct app *a)
{
	switch (a->fix.stage) {
	case FIX_FLOW_LIST: return KEYS_CTX_FIX_LIST;
	case FIX_FLOW_ASK: return KEYS_CTX_FIX_ASK;
	case FIX_FLOW_DIAG: return KEYS_CTX_FIX_DIAG;
	default: return KEYS_CTX_FIX_DONE;
	}
}

static void fixview_list(struct page *pg, struct draw *dr, struct app *a)
{
	size_t i;

	page_addf(pg, A_NORMAL, 0, 0, "Fix a problem with pppd on %s. Each fix looks at the "
	          "file first and explains; nothing changes until you apply it, and nothing "
	          "is written until you say y to the diff.", platform_display(a->s.platform));
	page_blank(pg);
	if (a->fix.n == 0)
		page_adds(pg, A_BOLD, 0, 0, "There are no guided fixes for this platform.");
	for (i = 0; i < a->fix.n; i++) {
		const struct fix_info *r = fix_at(a->fix.ids[i]);
		struct buf t = { 0 };

		buf_printf(&t, "%s %s", i == a->fix.sel ? ">" : " ", r->title);
		page_add(pg, i == a->fix.sel ? theme_attr(THEME_SELECTED) | A_BOLD : A_NORMAL,
		         0, 2, t.data, t.len);
		buf_free(&t);
	}
	(void)dr;
	if (a->fix.n && a->fix.sel < a->fix.n) {
		const struct fix_info *r = fix_at(a->fix.ids[a->fix.sel]);

		page_blank(pg);
		page_adds(pg, A_NORMAL, 0, 0, r->about);
	}
}

static void fixview_steps(struct page *pg, const struct app *a)
{
	static const char *const word[] = { "PASS", "FAIL", "INFO" };
	static const enum theme_role role[] = { THEME_GOOD, THEME_ERROR, THEME_NOTE };
	size_t i;

	page_adds(pg, theme_attr(THEME_HEADING), 0, 0, "What pppconf found");
	for (i = 0; i < a->fix.res.n; i++) {
		const struct fix_step *s = &a->fix.res.steps[i];
		struct buf t = { 0 };

		buf_printf(&t, "%-4s  %s", word[s->state], s->label ? s->label : "");
		page_add(pg, theme_attr(role[s->state]), 0, 6, t.data, t.len);
		if (s->detail && *s->detail)
			page_adds(pg, A_NORMAL, 6, 6, s->detail);
		buf_free(&t);
	}
	page_blank(pg);
	page_adds(pg, theme_attr(THEME_HEADING), 0, 0, "What the fix changes");
	page_adds(pg, A_NORMAL, 0, 0, a->fix.r->about);
	if (a->fix.note.len) {
		page_blank(pg);
		page_add(pg, theme_attr(THEME_WARNING), 0, 0, a->fix.note.data, a->fix.note.len);
	}
}

static void fixview_build(struct page *pg, struct draw *dr, struct app *a)
{
	const struct fix_info *r = a->fix.r;

	if (a->fix.stage == FIX_FLOW_LIST || !r) {
		fixview_list(pg, dr, a);
		return;
	}
	page_adds(pg, A_BOLD, 0, 0, r->title);
	page_blank(pg);
	switch (a->fix.stage) {
	case FIX_FLOW_ASK:
		page_adds(pg, A_BOLD, 0, 0, r->question);
		page_blank(pg);
		page_adds(pg, A_NORMAL, 0, 0, "y yes, n no.");
		break;
	case FIX_FLOW_NO:
		page_adds(pg, A_NORMAL, 0, 0, r->if_no);
		break;
	case FIX_FLOW_DIAG:
		fixview_steps(pg, a);
		break;
	case FIX_FLOW_AFTER:
		if (a->written.len)
			page_add(pg, theme_attr(THEME_GOOD), 0, 0, a->written.data, a->written.len);
		if (a->fix.note.len) {
			page_blank(pg);
			page_adds(pg, theme_attr(THEME_HEADING), 0, 0, "What was done");
			page_add(pg, A_NORMAL, 0, 0, a->fix.note.data, a->fix.note.len);
		}
		page_blank(pg);
		page_adds(pg, theme_attr(THEME_HEADING), 0, 0, "What next, and how to undo it");
		page_adds(pg, A_NORMAL, 0, 0, r->after);
		break;
	default:
		break;
	}
}

void fixview_draw(struct draw *dr, struct app *a)
{
	struct page pg;
	int h = dr->rows - 3;
	struct buf st = { 0 };

	app_state_text(a, &st);
	draw_title(dr, a, "Fix a problem", st.data);
	buf_free(&st);
	page_init(&pg, dr, dr->cols - 2);
	fixview_build(&pg, dr, a);
	if (a->fix.top > page_max_top(&pg, h))
		a->fix.top = page_max_top(&pg, h);
	a->page_h = h;
	page_show(&pg, dr, 1, 1, h, a->fix.top, a->fix.stage == FIX_FLOW_LIST ?
	          "... (more below: J or PgDn scrolls)" : "... (more below: j scrolls)");
	page_free(&pg);
	draw_message(dr, dr->rows - 2, a);
	draw_hints(dr, dr->rows - 1, fixview_ctx(a), KEYS_NONE);
}

static unsigned fixview_scroll(struct app *a, long d)
{
	long top = (long)a->fix.top + d;

	a->fix.top = top < 0 ? 0 : (size_t)top;
	return APP_REDRAW;
}

static unsigned fixview_back(struct app *a)
{
	if (a->fix.stage == FIX_FLOW_LIST)
		return app_set_mode(a, APP_LIST);
	a->fix.stage = FIX_FLOW_LIST;
	a->fix.top = 0;
	return APP_REDRAW;
}

unsigned fixview_key(struct draw *dr, struct app *a, int key)
{
	enum keys_action act = keys_lookup(fixview_ctx(a), key);

	(void)dr;
	switch (a->fix.stage) {
	case FIX_FLOW_LIST:
		if (act == KEYS_CHOOSE)
			return app_fix_choose(a);
		if (act == KEYS_DOWN || act == KEYS_UP) {
			size_t s = a->fix.sel;

			if (act == KEYS_DOWN && s + 1 < a->fix.n)
				a->fix.sel++;
			else if (act == KEYS_UP && s > 0)
				a->fix.sel--;
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
	if (act == KEYS_BACK)
		return fixview_back(a);
	return APP_BELL;
}
