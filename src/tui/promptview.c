/* promptview.c - the one-line prompts: search, an argument checked as you type, a path. */
#include "tui/view.h"

#include <stdint.h>
#include <string.h>

#include "base/i18n.h"
#include "editor/appedit.h"
#include "pppd/facts.h"

void promptview_field(struct draw *dr, int y, int x, int w, const struct field *f,
                      int masked)
{
	const char *s = field_text(f);
	size_t start = 0, n = f->text.len, i;
	int before;

	if (masked) {
		int chars = 0, at = 0;

		for (i = 0; i < n; i++)
			if (((unsigned char)s[i] & 0xc0) != 0x80) {
				chars++;
				if (i < f->cur)
					at++;
			}
		for (i = 0; i < (size_t)chars && (int)i < w - 1; i++)
			draw_str(dr, y, x + (int)i, 1, "*", A_BOLD);
		dr->cur_y = y;
		dr->cur_x = x + (at < w - 1 ? at : w - 1);
		return;
	}
	/* scroll: drop leading characters until the cursor fits */
	while (draw_width(dr, s + start, f->cur - start) > w - 1) {
		start++;
		while (start < f->cur && ((unsigned char)s[start] & 0xc0) == 0x80)
			start++;
	}
	draw_text(dr, y, x, w, s + start, n - start, A_BOLD);
	before = draw_width(dr, s + start, f->cur - start);
	dr->cur_y = y;
	dr->cur_x = x + before;
}

static void promptview_verdict(struct draw *dr, struct app *a, int y)
{
	struct buf t = { 0 };
	enum theme_role role = THEME_GOOD;
	const char *why = a->edit.why.len ? a->edit.why.data : NULL;

	draw_fill(dr, y, 0, dr->cols, A_NORMAL);
	if (!a->edit.ce)
		return;
	if (a->edit.in.text.len == 0) {
		/* nothing typed yet: what is expected, not a refusal of nothing */
		struct buf arg = { 0 };

		facts_arg_text(a->edit.ce, &arg);
		buf_printf(&t, _("Type the argument: %s"), arg.data ? arg.data : "");
		draw_text(dr, y, 1, dr->cols - 2, t.data, t.len, A_NORMAL);
		buf_free(&arg);
		buf_free(&t);
		return;
	}
	if (a->edit.verdict == 2) {
		if (why)
			buf_printf(&t, _("! pppd refuses this value: %s"), why);
		else
			buf_adds(&t, _("! pppd refuses this value"));
		role = THEME_ERROR;
	} else if (a->edit.verdict == 1) {
		if (why)
			buf_printf(&t, _("? pppd accepts it, but %s"), why);
		else
			buf_adds(&t, _("? pppd accepts it, but"));
		role = THEME_WARNING;
	} else {
		buf_adds(&t, _("ok: pppd accepts this value"));
	}
	draw_text(dr, y, 1, dr->cols - 2, t.data, t.len, theme_attr(role));
	buf_free(&t);
}

void promptview_draw(struct draw *dr, struct app *a)
{
	int y = dr->rows - 2, x;
	struct buf label = { 0 };

	if (a->mode == APP_SAVE_AS) {
		diffview_draw(dr, a);
		draw_fill(dr, y - 1, 0, dr->cols, A_NORMAL);
		draw_message(dr, y - 2, a);
		draw_str(dr, y - 1, 1, dr->cols - 2, _("Save the result to another file:"), A_BOLD);
		buf_adds(&label, _("Path: "));
	} else {
		listview_draw(dr, a);
		if (a->mode == APP_EDIT) {
			promptview_verdict(dr, a, y - 1);
			buf_printf(&label, a->edit.entry == SIZE_MAX ? _("New %s: ") : _("Edit %s: "),
			           a->edit.ce ? a->edit.ce->name : "");
		} else {
			buf_adds(&label, _("Search: "));
		}
	}
	draw_fill(dr, y, 0, dr->cols, A_NORMAL);
	x = 1 + draw_str(dr, y, 1, dr->cols / 2, label.data, theme_attr(THEME_KEY));
	buf_free(&label);
	if (a->mode == APP_EDIT)
		promptview_field(dr, y, x, dr->cols - x - 1, &a->edit.in,
		                 facts_row_secret(a->edit.ce) && !a->reveal);
	else
		promptview_field(dr, y, x, dr->cols - x - 1,
		                 a->mode == APP_SAVE_AS ? &a->diff.path : &a->search, 0);
	draw_hints(dr, dr->rows - 1, KEYS_CTX_PROMPT, KEYS_NONE);
}

static struct field *promptview_target(struct app *a)
{
	return a->mode == APP_EDIT ? &a->edit.in :
	       a->mode == APP_SAVE_AS ? &a->diff.path : &a->search;
}

static unsigned promptview_accept(struct app *a)
{
	switch (a->mode) {
	case APP_EDIT: return appedit_commit(a);
	case APP_SAVE_AS: return app_write(a, 1);
	default: return app_search_commit(a);
	}
}

static unsigned promptview_cancel(struct app *a)
{
	if (a->mode == APP_SAVE_AS) {
		app_say(a, APP_INFO, _("Nothing saved."));
		return app_set_mode(a, APP_DIFF);
	}
	if (a->mode == APP_EDIT)
		app_say(a, APP_INFO, _("Nothing changed."));
	else
		buf_reset(&a->msg);
	return app_set_mode(a, APP_LIST);
}

unsigned promptview_type(struct field *f, enum keys_action act, int key)
{
	char text[16];
	size_t n;

	switch (act) {
	case KEYS_BACKSPACE: field_backspace(f); break;
	case KEYS_DELCHAR: field_delete(f); break;
	case KEYS_LEFT: field_left(f); break;
	case KEYS_RIGHT: field_right(f); break;
	case KEYS_HOME: field_home(f); break;
	case KEYS_END: field_end(f); break;
	case KEYS_KILL: field_set(f, "", 0); break;
	default:
		n = keys_text(key, text, sizeof text);
		if (n == 0 && key >= 0x80 && key <= 0xff) {
			text[0] = (char)key;
			n = 1;
		}
		if (n == 0)
			return APP_BELL;
		field_insert(f, text, n);
		break;
	}
	return APP_REDRAW;
}

unsigned promptview_key(struct draw *dr, struct app *a, int key)
{
	enum keys_action act = keys_lookup(KEYS_CTX_PROMPT, key);
	unsigned r;

	(void)dr;
	if (act == KEYS_ACCEPT)
		return promptview_accept(a);
	if (act == KEYS_CANCEL)
		return promptview_cancel(a);
	r = promptview_type(promptview_target(a), act, key);
	if (r != APP_REDRAW)
		return r;
	if (a->mode == APP_EDIT)
		appedit_check(a);
	if (a->mode == APP_SAVE_AS)
		a->diff.path_exists_ok = 0;   /* a new path earns a new warning */
	return APP_REDRAW;
}
