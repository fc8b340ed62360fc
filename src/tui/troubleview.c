/* troubleview.c - guided fixes: choose, answer, read the diagnosis, apply, write, what next. */
#include "tui/view.h"

#include <string.h>

#include "tui/page.h"

static enum keys_ctx troubleview_ctx(const struct app *a)
{
	switch (a->tr.stage) {
	case GUIDE_LIST: return KEYS_CTX_TR_LIST;
	case GUIDE_ASK: return KEYS_CTX_TR_ASK;
	case GUIDE_DIAG: return KEYS_CTX_TR_DIAG;
	default: return KEYS_CTX_TR_DONE;
	}
}

static void troubleview_list(struct page *pg, struct draw *dr, struct app *a)
{
	size_t i;

	page_addf(pg, A_NORMAL, 0, 0, "Guided fixes for pppd on %s. Each one looks at the "
	          "file first and explains; nothing changes until you apply it, and nothing "
	          "is written until you say y to the diff.", platform_display(a->platform));
	page_blank(pg);
	if (a->tr.n == 0)
		page_adds(pg, A_BOLD, 0, 0, "There are no guided fixes for this platform.");
	for (i = 0; i < a->tr.n; i++) {
		const struct recipe_info *r = recipe_at(a->tr.ids[i]);
		struct buf t = { 0 };

		buf_printf(&t, "%s %s", i == a->tr.sel ? ">" : " ", r->title);
		page_add(pg, i == a->tr.sel ? theme_attr(THEME_SELECTED) | A_BOLD : A_NORMAL,
		         0, 2, t.data, t.len);
		buf_free(&t);
	}
	(void)dr;
	if (a->tr.n && a->tr.sel < a->tr.n) {
		const struct recipe_info *r = recipe_at(a->tr.ids[a->tr.sel]);

		page_blank(pg);
		page_adds(pg, A_NORMAL, 0, 0, r->about);
	}
}

static void troubleview_steps(struct page *pg, const struct app *a)
{
	static const char *const word[] = { "PASS", "FAIL", "INFO" };
	static const enum theme_role role[] = { THEME_GOOD, THEME_ERROR, THEME_NOTE };
	size_t i;

	page_adds(pg, theme_attr(THEME_HEADING), 0, 0, "What pppconf found");
	for (i = 0; i < a->tr.res.n; i++) {
		const struct recipe_step *s = &a->tr.res.steps[i];
		struct buf t = { 0 };

		buf_printf(&t, "%-4s  %s", word[s->state], s->label ? s->label : "");
		page_add(pg, theme_attr(role[s->state]), 0, 6, t.data, t.len);
		if (s->detail && *s->detail)
			page_adds(pg, A_NORMAL, 6, 6, s->detail);
		buf_free(&t);
	}
	page_blank(pg);
	page_adds(pg, theme_attr(THEME_HEADING), 0, 0, "What the fix changes");
	page_adds(pg, A_NORMAL, 0, 0, a->tr.r->about);
	if (a->tr.note.len) {
		page_blank(pg);
		page_add(pg, theme_attr(THEME_WARNING), 0, 0, a->tr.note.data, a->tr.note.len);
	}
}

static void troubleview_build(struct page *pg, struct draw *dr, struct app *a)
{
	const struct recipe_info *r = a->tr.r;

	if (a->tr.stage == GUIDE_LIST || !r) {
		troubleview_list(pg, dr, a);
		return;
	}
	page_adds(pg, A_BOLD, 0, 0, r->title);
	page_blank(pg);
	switch (a->tr.stage) {
	case GUIDE_ASK:
		page_adds(pg, A_BOLD, 0, 0, r->question);
		page_blank(pg);
		page_adds(pg, A_NORMAL, 0, 0, "y yes, n no.");
		break;
	case GUIDE_NO:
		page_adds(pg, A_NORMAL, 0, 0, r->if_no);
		break;
	case GUIDE_DIAG:
		troubleview_steps(pg, a);
		break;
	case GUIDE_AFTER:
		if (a->written.len)
			page_add(pg, theme_attr(THEME_GOOD), 0, 0, a->written.data, a->written.len);
		if (a->tr.note.len) {
			page_blank(pg);
			page_adds(pg, theme_attr(THEME_HEADING), 0, 0, "What was done");
			page_add(pg, A_NORMAL, 0, 0, a->tr.note.data, a->tr.note.len);
		}
		page_blank(pg);
		page_adds(pg, theme_attr(THEME_HEADING), 0, 0, "What next, and how to undo it");
		page_adds(pg, A_NORMAL, 0, 0, r->after);
		break;
	default:
		break;
	}
}

void troubleview_draw(struct draw *dr, struct app *a)
{
	struct page pg;
	int h = dr->rows - 3;
	struct buf st = { 0 };

	app_state_text(a, &st);
	draw_title(dr, a, "Troubleshooting", st.data);
	buf_free(&st);
	page_init(&pg, dr, dr->cols - 2);
	troubleview_build(&pg, dr, a);
	if (a->tr.top > page_max_top(&pg, h))
		a->tr.top = page_max_top(&pg, h);
	a->page_h = h;
	page_show(&pg, dr, 1, 1, h, a->tr.top, a->tr.stage == GUIDE_LIST ?
	          "... (more below: J or PgDn scrolls)" : "... (more below: j scrolls)");
	page_free(&pg);
	draw_message(dr, dr->rows - 2, a);
	draw_hints(dr, dr->rows - 1, troubleview_ctx(a), KEYS_NONE);
}

static unsigned troubleview_scroll(struct app *a, long d)
{
	long top = (long)a->tr.top + d;

	a->tr.top = top < 0 ? 0 : (size_t)top;
	return APP_REDRAW;
}

static unsigned troubleview_back(struct app *a)
{
	if (a->tr.stage == GUIDE_LIST)
		return app_set_mode(a, APP_LIST);
	a->tr.stage = GUIDE_LIST;
	a->tr.top = 0;
	return APP_REDRAW;
}

unsigned troubleview_key(struct draw *dr, struct app *a, int key)
{
	enum keys_action act = keys_lookup(troubleview_ctx(a), key);

	(void)dr;
	switch (a->tr.stage) {
	case GUIDE_LIST:
		if (act == KEYS_CHOOSE)
			return app_trouble_choose(a);
		if (act == KEYS_DOWN || act == KEYS_UP) {
			size_t s = a->tr.sel;

			if (act == KEYS_DOWN && s + 1 < a->tr.n)
				a->tr.sel++;
			else if (act == KEYS_UP && s > 0)
				a->tr.sel--;
			return APP_REDRAW;
		}
		if (act == KEYS_PGDN || act == KEYS_PGUP)
			return troubleview_scroll(a, act == KEYS_PGDN ? a->page_h - 1 :
			                          -(long)(a->page_h - 1));
		break;
	case GUIDE_ASK:
		if (act == KEYS_YES || act == KEYS_NO)
			return app_trouble_answer(a, act == KEYS_YES);
		break;
	case GUIDE_DIAG:
		if (act == KEYS_APPLY)
			return app_trouble_apply(a);
		/* fall through */
	default:
		if (act == KEYS_DOWN)
			return troubleview_scroll(a, 1);
		if (act == KEYS_UP)
			return troubleview_scroll(a, -1);
		break;
	}
	if (act == KEYS_BACK)
		return troubleview_back(a);
	return APP_BELL;
}
