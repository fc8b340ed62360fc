/* listview.c - the main screen: every directive in file order, and the selected one explained. */
#include "tui/view.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "editor/appedit.h"
#include "pppd/facts.h"
#include "tui/pane.h"

#define LIST_PANE_MAX  14   /* rows the explanation gets at most */
#define LIST_PANE_MIN  5    /* the summary and the first finding, with its fix */
#define LIST_TEXT_X    9    /* where a directive's words start */
#define LIST_SUM_X     40   /* where its summary starts when there is room */

/* Rows: title, list, separator, pane, message, hints. The list gets three
 * fifths (12 rows of 24): it is what people move through; the pane keeps
 * its summary and the first finding, and i shows the rest. The split does
 * not follow the selection, so the rows stay put while moving. In the
 * reduced layout the pane is one line, and a message on more than one line
 * takes rows from the list rather than cover that line. */
void listview_layout(const struct draw *dr, struct app *a)
{
	int avail = dr->rows - 4, pane = avail * 2 / 5, list;

	if (draw_reduced(dr))   /* one line of explanation, clear of a long message */
		pane = draw_para_rows(dr, a->msg.data, a->msg.len);
	else if (pane < LIST_PANE_MIN)
		pane = LIST_PANE_MIN;
	if (pane > LIST_PANE_MAX)
		pane = LIST_PANE_MAX;
	list = avail - pane;
	if (a->s.doc.nentries < (size_t)list && !draw_reduced(dr))
		list = a->s.doc.nentries < 3 ? 3 : (int)a->s.doc.nentries;
	a->list_h = list > 1 ? list : 1;
	a->page_h = dr->rows - 3;
	/* keep the selection visible after a resize */
	if (a->sel < a->top)
		a->top = a->sel;
	if (a->sel >= a->top + (size_t)a->list_h)
		a->top = a->sel - (size_t)a->list_h + 1;
	if (a->s.doc.nentries <= (size_t)a->list_h)
		a->top = 0;
}

static int listview_digits(size_t n)
{
	int d = 1;

	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d < 3 ? 3 : d;
}

static void listview_row(struct draw *dr, struct app *a, int y, size_t i, int digits)
{
	const struct doc_entry *e = &a->s.doc.entries[i];
	const struct catalog_entry *ce = facts_catalog(&a->s.doc, i, a->s.platform);
	int sel = i == a->sel, worst = check_worst_for_entry(&a->s.report, i);
	attr_t base = sel ? theme_attr(THEME_SELECTED) : A_NORMAL;
	attr_t text = e->disabled ? base | theme_attr(THEME_DISABLED) : base;
	struct buf t = { 0 };
	char num[24];
	int x, w, tw;

	draw_fill(dr, y, 0, dr->cols, base);
	if (sel)
		draw_str(dr, y, 0, 1, ">", base | A_BOLD);
	if (worst >= 0)
		draw_str(dr, y, 1, 1, worst == CHECK_ERROR ? "!" : worst == CHECK_WARNING ? "?" : "i",
		         base | theme_attr(worst == CHECK_ERROR ? THEME_ERROR :
		                           worst == CHECK_WARNING ? THEME_WARNING : THEME_NOTE));
	snprintf(num, sizeof num, "%*zu", digits < 20 ? digits : 20, (size_t)e->line_first + 1);
	draw_str(dr, y, 3, digits, num, base | theme_attr(THEME_DIM));
	x = 3 + digits + 1;
	if (e->disabled)
		draw_str(dr, y, x, 1, "#", text);
	x++;
	session_entry_text(&a->s, i, a->reveal, &t);
	w = dr->cols - x - 1;
	tw = draw_width(dr, t.data, t.len);
	if (tw > w) {   /* cut, and say so */
		draw_text(dr, y, x, w - 1, t.data, t.len, text);
		draw_str(dr, y, x + w - 1, 1, "~", base | theme_attr(THEME_DIM));
	} else {
		draw_text(dr, y, x, w, t.data, t.len, text);
	}
	if (ce && ce->summary && *ce->summary && x + tw + 2 <= LIST_SUM_X &&
	    dr->cols - LIST_SUM_X > 12)
		draw_words(dr, y, LIST_SUM_X, dr->cols - LIST_SUM_X - 1,
		           facts_text(ce, FACTS_SUMMARY), base | theme_attr(THEME_DIM));
	buf_free(&t);
}

static void listview_separator(struct draw *dr, struct app *a, int y)
{
	size_t e = a->s.report.count[CHECK_ERROR], w = a->s.report.count[CHECK_WARNING];
	char s[80];
	int x = 2;

	draw_hline(dr, y, 0, dr->cols, theme_attr(THEME_FRAME));
	if (e) {
		snprintf(s, sizeof s, e == 1 ? _(" ! %zu error ") : _(" ! %zu errors "), e);
		x += draw_str(dr, y, x, dr->cols - x, s, theme_attr(THEME_ERROR));
	}
	if (w) {
		snprintf(s, sizeof s, w == 1 ? _(" ? %zu warning ") : _(" ? %zu warnings "), w);
		x += draw_str(dr, y, x, dr->cols - x, s, theme_attr(THEME_WARNING));
	}
	if (!e && !w && a->s.doc.nentries)
		draw_str(dr, y, x, dr->cols - x, _(" no problems found "), A_NORMAL);
	if (a->s.doc.nentries) {
		int sw;

		snprintf(s, sizeof s, " %zu/%zu ", a->sel + 1, a->s.doc.nentries);
		sw = draw_width(dr, s, strlen(s));
		if (x + sw <= dr->cols - 2)   /* a narrow window keeps the counts whole */
			draw_str(dr, y, dr->cols - sw - 2, sw, s, A_NORMAL);
	}
}

/* The hints of a small window: what it needs most; the help screen lists
 * the rest. */
static void listview_hints(struct draw *dr, const struct app *a, int y)
{
	static const enum keys_action acts[] = {
		KEYS_INFO, KEYS_EDIT, KEYS_HELP, KEYS_ADD, KEYS_WRITE, KEYS_QUIT,
	};
	const char *words[sizeof acts / sizeof acts[0]] = { C_("key hint", "more") };

	static const enum keys_action followed[] = {
		KEYS_HELP, KEYS_EDIT, KEYS_ADD, KEYS_DELETE, KEYS_UNDO, KEYS_FIX, KEYS_WRITE,
		KEYS_BACK, KEYS_QUIT,
	};
	const char *back[sizeof followed / sizeof followed[0]] = { NULL };

	/* in a file opened from another, the way back matters more than x or / */
	if (a->stack.n && !draw_short_hints(dr)) {
		back[7] = C_("key hint", "back");
		draw_hints_only(dr, y, KEYS_CTX_LIST, followed, back,
		                sizeof followed / sizeof followed[0]);
		return;
	}
	if (!draw_short_hints(dr)) {
		draw_hints(dr, y, KEYS_CTX_LIST, KEYS_NONE);
		return;
	}
	draw_hints_only(dr, y, KEYS_CTX_LIST, acts, words, sizeof acts / sizeof acts[0]);
}

/* Below the separator: the pane, or its one line in the reduced layout. */
static void listview_explain(struct draw *dr, struct app *a, int y)
{
	size_t entry = a->sel;
	const struct catalog_entry *ce = NULL;

	if (a->mode == APP_EDIT && a->edit.entry == SIZE_MAX) {
		entry = SIZE_MAX;
		ce = a->edit.ce;
	} else if (!a->s.doc.nentries) {
		return;
	}
	if (draw_reduced(dr))
		pane_line(dr, a, y, entry, ce);
	else
		pane_draw(dr, a, y, dr->rows - 2 - y, entry, ce);
}

void listview_draw(struct draw *dr, struct app *a)
{
	struct buf st = { 0 }, crumbs = { 0 };
	int r, y = 1 + a->list_h, digits = listview_digits(a->s.doc.nlines);

	app_state_text(a, &st);
	appstack_crumbs(a, &crumbs);
	draw_title(dr, a, crumbs.len ? crumbs.data : NULL, st.data);
	buf_free(&st);
	buf_free(&crumbs);
	for (r = 0; r < a->list_h && a->top + (size_t)r < a->s.doc.nentries; r++)
		listview_row(dr, a, 1 + r, a->top + (size_t)r, digits);
	if (a->s.doc.nentries == 0) {
		r = draw_wrapped(dr, 1, 2, dr->cols - 4, _("This file has no directives yet."), A_BOLD);
		draw_wrapped(dr, r, 2, dr->cols - 4, _("a adds one from the catalogue; "
		         "f fixes a problem."), A_NORMAL);
	}
	listview_separator(dr, a, y);
	listview_explain(dr, a, y + 1);
	draw_message(dr, dr->rows - 2, a);
	listview_hints(dr, a, dr->rows - 1);
}

unsigned listview_key(struct draw *dr, struct app *a, int key)
{
	char name[24];

	(void)dr;
	switch (keys_lookup(KEYS_CTX_LIST, key)) {
	case KEYS_DOWN: return app_move(a, 1);
	case KEYS_UP: return app_move(a, -1);
	case KEYS_PGDN: return app_move(a, a->list_h);
	case KEYS_PGUP: return app_move(a, -(long)a->list_h);
	case KEYS_TOP: return app_move_to(a, 0);
	case KEYS_BOTTOM: return app_move_to(a, SIZE_MAX);
	case KEYS_SEARCH: return app_search_begin(a);
	case KEYS_NEXT: return app_search_next(a, 1);
	case KEYS_PREV: return app_search_next(a, -1);
	case KEYS_EDIT: return appedit_begin(a);
	case KEYS_CORRECT: return appedit_correct(a);
	case KEYS_ADD: return appedit_pick_begin(a);
	case KEYS_DELETE: return appedit_delete(a);
	case KEYS_TOGGLE: return appedit_toggle(a);
	case KEYS_MOVE_UP: return appedit_shift(a, -1);
	case KEYS_MOVE_DOWN: return appedit_shift(a, 1);
	case KEYS_UNDO: return appedit_undo(a);
	case KEYS_REDO: return appedit_redo(a);
	case KEYS_REVEAL: return app_reveal(a);
	case KEYS_FIX: return app_fix_begin(a);
	case KEYS_FOLLOW: return appstack_follow(a);
	case KEYS_SHOW: return appstack_show(a);
	case KEYS_BACK:
		if (key == KEYS_ESC && !a->stack.n)
			return 0;   /* Esc out of habit, at the first file: nothing to say */
		return appstack_back(a);
	case KEYS_WRITE: return app_diff_begin(a);
	case KEYS_QUIT: return app_quit(a);
	case KEYS_REDRAW: return APP_REPAINT | APP_REDRAW;
	case KEYS_INFO:
		if (!app_need_entry(a))
			return APP_REDRAW;
		a->info_top = 0;
		buf_reset(&a->msg);
		return app_set_mode(a, APP_EXPLAIN);
	case KEYS_HELP:
		a->help_top = 0;
		buf_reset(&a->msg);
		return app_set_mode(a, APP_HELP);
	default:
		if (key == KEYS_ESC)
			return 0;
		keys_name(key, name, sizeof name);
		app_say(a, APP_INFO, _("%s does nothing here; ? lists the keys."), name);
		return APP_REDRAW | APP_BELL;
	}
}
