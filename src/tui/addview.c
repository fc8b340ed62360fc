/* addview.c - the catalogue picker: type to filter, read the explanation, Enter adds. */
#include "tui/view.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "editor/appedit.h"
#include "pppd/facts.h"
#include "tui/pane.h"

#define ADD_NAME_X 2    /* where the names start */
#define ADD_SUM_MIN 16  /* the narrowest summary column worth showing */

/* A small window's hints: Tab stays, it is how the explanation is read. */
static const enum keys_action addview_small_hints[] = {
	KEYS_CHOOSE, KEYS_INFO, KEYS_DOWN, KEYS_CANCEL,
};

/* Rows: title, filter, list, separator, pane, message, hints; in the
 * reduced layout the pane is one line, and a message on more than one
 * line takes rows from the list, not from that line. */
static int addview_list_h(const struct draw *dr, const struct app *a)
{
	int avail = dr->rows - 5, pane = avail / 2;

	if (draw_reduced(dr))   /* one line, clear of a long message */
		pane = draw_para_rows(dr, a->msg.data, a->msg.len);

	if (pane > 12)
		pane = 12;
	return avail - pane > 1 ? avail - pane : 1;
}

/* The name column: as wide as the longest name that matches, so names are
 * whole wherever they fit; a name wider than the screen loses its middle
 * (draw_middle). The summaries get what is left when that is worth reading
 * (ADD_SUM_MIN); else the line below the list has the highlighted one's. */
static int addview_name_w(const struct draw *dr, const struct picker *p)
{
	int most = dr->cols - ADD_NAME_X - 2, w = 8, nw;
	size_t i;

	for (i = 0; i < p->n; i++) {
		nw = draw_width(dr, p->rows[i]->name, strlen(p->rows[i]->name));
		if (nw > w)
			w = nw;
	}
	return w < most ? w : most;
}

static void addview_row(struct draw *dr, struct app *a, int y, size_t i, int name_w)
{
	const struct catalog_entry *ce = a->pick.rows[i];
	int sel = i == a->pick.sel;
	attr_t base = sel ? theme_attr(THEME_SELECTED) : A_NORMAL;
	int x;

	draw_fill(dr, y, 0, dr->cols, base);
	if (sel)
		draw_str(dr, y, 0, 1, ">", base | A_BOLD);
	draw_middle(dr, y, ADD_NAME_X, name_w, ce->name, base | A_BOLD);
	x = ADD_NAME_X + name_w + 2;
	if (ce->summary && dr->cols - x - 1 >= ADD_SUM_MIN)
		draw_words(dr, y, x, dr->cols - x - 1, facts_text(ce, FACTS_SUMMARY), base);
}

void addview_draw(struct draw *dr, struct app *a)
{
	struct picker *p = &a->pick;
	int lh = addview_list_h(dr, a), nw = addview_name_w(dr, p), r, y, x, cw;
	char count[48];
	const struct catalog_entry *cur = picker_current(p);

	if (a->pick_stage == APP_PICK_EXPLAIN && cur) {
		pane_page_show(dr, a, SIZE_MAX, cur);
		return;
	}
	draw_title(dr, a, _("Add a directive"), NULL);
	x = 1 + draw_str(dr, 1, 1, 8, _("Find: "), theme_attr(THEME_KEY));
	draw_text(dr, 1, x, dr->cols - x - 20, field_text(&p->query), p->query.text.len, A_BOLD);
	dr->cur_y = 1;
	dr->cur_x = x + draw_width(dr, field_text(&p->query), p->query.text.len);
	snprintf(count, sizeof count, p->n == 1 ? _("%zu match") : _("%zu matches"), p->n);
	cw = draw_width(dr, count, strlen(count));
	draw_str(dr, 1, dr->cols - cw - 1, cw, count, theme_attr(THEME_DIM));
	if (p->sel < p->top)
		p->top = p->sel;
	if (p->sel >= p->top + (size_t)lh)
		p->top = p->sel - (size_t)lh + 1;
	for (r = 0; r < lh && p->top + (size_t)r < p->n; r++)
		addview_row(dr, a, 2 + r, p->top + (size_t)r, nw);
	if (p->n == 0)
		draw_words(dr, 2, 2, dr->cols - 4, _("Nothing in the catalogue matches; "
		         "Backspace widens the search."), A_NORMAL);
	y = 2 + lh;
	draw_hline(dr, y, 0, dr->cols, theme_attr(THEME_FRAME));
	if (cur && draw_reduced(dr))
		pane_line(dr, a, y + 1, SIZE_MAX, cur);
	else if (cur)
		pane_draw(dr, a, y + 1, dr->rows - 3 - y, SIZE_MAX, cur);
	if (a->pick_stage == APP_PICK_PLUGIN && a->chosen) {
		char q[200];

		snprintf(q, sizeof q, _("%s needs \"plugin %s\" before it. Insert that line too?"),
		         a->chosen->name, a->chosen->plugin);
		draw_para(dr, dr->rows - 2, q, strlen(q), theme_attr(THEME_WARNING));
		draw_hints(dr, dr->rows - 1, KEYS_CTX_PLUGIN, KEYS_NONE);
		dr->cur_y = -1;
		return;
	}
	draw_message(dr, dr->rows - 2, a);
	if (draw_short_hints(dr))
		draw_hints_only(dr, dr->rows - 1, KEYS_CTX_PICK, addview_small_hints,
		                NULL, sizeof addview_small_hints / sizeof addview_small_hints[0]);
	else
		draw_hints(dr, dr->rows - 1, KEYS_CTX_PICK, KEYS_NONE);
}

static unsigned addview_plugin_key(struct app *a, int key)
{
	switch (keys_lookup(KEYS_CTX_PLUGIN, key)) {
	case KEYS_YES: return appedit_pick_plugin(a, 1);
	case KEYS_NO: return appedit_pick_plugin(a, 0);
	case KEYS_CANCEL:
		a->pick_stage = APP_PICK_BROWSE;
		return APP_REDRAW;
	default: return APP_BELL;
	}
}

unsigned addview_key(struct draw *dr, struct app *a, int key)
{
	struct picker *p = &a->pick;
	int page = addview_list_h(dr, a);
	char text[16];
	size_t n;

	if (a->pick_stage == APP_PICK_PLUGIN)
		return addview_plugin_key(a, key);
	if (a->pick_stage == APP_PICK_EXPLAIN) {
		/* as the list's i view: scroll keys scroll, any other key goes back */
		if (!page_screen_key(a, &a->info_top, KEYS_CTX_INFO, key))
			a->pick_stage = APP_PICK_BROWSE;
		return APP_REDRAW;
	}
	switch (keys_lookup(KEYS_CTX_PICK, key)) {
	case KEYS_CHOOSE: return appedit_pick_choose(a);
	case KEYS_DOWN: return picker_move(p, 1) ? APP_REDRAW : 0;
	case KEYS_UP: return picker_move(p, -1) ? APP_REDRAW : 0;
	case KEYS_PGDN: return picker_move(p, page) ? APP_REDRAW : 0;
	case KEYS_PGUP: return picker_move(p, -page) ? APP_REDRAW : 0;
	case KEYS_INFO:
		if (!picker_current(p))
			return APP_BELL;
		a->info_top = 0;
		buf_reset(&a->msg);     /* "Enter adds it" is not true on that screen */
		a->pick_stage = APP_PICK_EXPLAIN;
		return APP_REDRAW;
	case KEYS_BACKSPACE: field_backspace(&p->query); break;
	case KEYS_KILL: field_set(&p->query, "", 0); break;
	case KEYS_CANCEL:
		app_say(a, APP_INFO, _("Nothing added."));
		return app_set_mode(a, APP_LIST);
	default:
		n = keys_text(key, text, sizeof text);
		if (n == 0)
			return APP_BELL;
		field_insert(&p->query, text, n);
		break;
	}
	p->sel = p->top = 0;
	appedit_pick_filter(a);
	return APP_REDRAW;
}
