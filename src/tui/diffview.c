/* diffview.c - the exact change as a unified diff; y writes, anything else goes back. */
#include "tui/view.h"

#include <stdio.h>
#include <string.h>

#include "pppd/facts.h"
#include "pppd/secrets.h"
#include "base/i18n.h"
#include "tui/page.h"

/* How each re-applied edit went: clashes first, they need a person. */
static void diffview_merged(struct page *pg, struct app *a)
{
	static const char marks[] = { '?', '+', '=', '!' };
	struct buf line = { 0 };
	size_t i;
	int pass;

	page_addf(pg, A_NORMAL, 0, 2, _("Your edits, re-applied one by one to %s as it is on "
	          "disk now (+ applied, = already so, ! clash):"), a->s.path);
	for (pass = 0; pass < 3; pass++) {
		enum oplog_result want = pass == 0 ? OPLOG_CLASH : pass == 1 ? OPLOG_APPLIED :
		                         OPLOG_ALREADY;

		for (i = 0; i < a->merge.n; i++) {
			const struct oplog_op *op = &a->merge.ops[i];

			if (op->result != want)
				continue;
			buf_reset(&line);
			buf_printf(&line, "%c ", marks[op->result]);
			oplog_describe(op, a->s.platform, a->reveal, secrets_path(a->s.path), &line);
			if (op->why.len)
				buf_printf(&line, ": %s", op->why.data);
			page_add(pg, want == OPLOG_CLASH ? theme_attr(THEME_ERROR) : A_NORMAL, 2, 4,
			         line.data, line.len);
		}
	}
	if (a->merge.lossy)
		page_adds(pg, theme_attr(THEME_WARNING), 0, 2, _("Some changes (to comments or "
		          "spacing) are not directives and were not re-applied; make them again "
		          "if they matter."));
	page_addf(pg, A_NORMAL, 0, 2, _("y writes this to %s; back on the list, u undoes the "
	          "re-applied edits."), a->s.path);
	buf_free(&line);
}

/* The notes under the diff for the current stage. */
static void diffview_notes(struct page *pg, struct app *a)
{
	size_t e = a->s.report.count[CHECK_ERROR];

	switch (a->diff.stage) {
	case APP_DIFF_REVIEW:
		if (a->s.file.read_only) {
			page_addf(pg, theme_attr(THEME_WARNING), 0, 2, _("Read-only: %s."),
			          a->s.file.read_only_why);
			page_addf(pg, A_NORMAL, 0, 2, _("To write it, run: sudo pppconf %s"), a->s.path);
			page_adds(pg, A_NORMAL, 0, 2, _("o saves this result to another file, "
			          "so no work is lost."));
			break;
		}
		page_addf(pg, A_NORMAL, 0, 2, a->s.file.stamp.exists ?
		          _("y writes this to %s (the current file is kept as a backup).") :
		          a->s.file.dir_fd < 0 ? _("y writes this to %s (a new file, in a new folder).") :
		          _("y writes this to %s (a new file)."), a->s.path);
		if (e)
			page_addf(pg, theme_attr(THEME_ERROR), 0, 2, e == 1 ?
			          _("! pppd would refuse the result (%zu error); you will be asked again.") :
			          _("! pppd would refuse the result (%zu errors); you will be asked "
			            "again."), e);
		break;
	case APP_DIFF_CONFIRM:
		/* the question first: the reasons may not all fit */
		page_adds(pg, A_BOLD, 0, 2, _("Write anyway? W writes it; any other key goes "
		          "back without writing."));
		page_add(pg, theme_attr(THEME_ERROR), 0, 4, a->diff.reasons.data,
		         a->diff.reasons.len);
		break;
	case APP_DIFF_CONFLICT:
		page_addf(pg, theme_attr(THEME_WARNING), 0, 2, _("Someone changed %s since "
		          "pppconf loaded it. Nothing was written."), a->s.path);
		if (a->diff.reasons.len)
			page_add(pg, A_NORMAL, 0, 2, a->diff.reasons.data, a->diff.reasons.len);
		page_adds(pg, A_NORMAL, 0, 2, _("m re-applies your edits to the file as it is now "
		          "and shows the result, with any clash, before anything is written. "
		          "r reloads it instead (your edits are dropped); c compares the file as it "
		          "is now with your version, where y overwrites the other change; q goes "
		          "back to editing."));
		break;
	case APP_DIFF_MERGED:
		diffview_merged(pg, a);
		break;
	case APP_DIFF_THEIRS:
		page_addf(pg, theme_attr(THEME_WARNING), 0, 2, _("This diff starts from %s as it "
		          "is on disk now. y replaces that with your version."), a->s.path);
		break;
	}
}

static enum keys_ctx diffview_ctx(const struct app *a)
{
	return a->diff.stage == APP_DIFF_CONFIRM ? KEYS_CTX_CONFIRM :
	       a->diff.stage == APP_DIFF_CONFLICT ? KEYS_CTX_CONFLICT : KEYS_CTX_DIFF;
}

static attr_t diffview_attr(const char *s, size_t n)
{
	if (n >= 3 && (!strncmp(s, "+++", 3) || !strncmp(s, "---", 3)))
		return A_BOLD;
	if (n && s[0] == '+')
		return theme_attr(THEME_ADD);
	if (n && s[0] == '-')
		return theme_attr(THEME_DEL);
	if (n && s[0] == '@')
		return theme_attr(THEME_HUNK);
	if (n && s[0] == '\\')
		return theme_attr(THEME_DIM);
	return A_NORMAL;
}

void diffview_text(struct page *pg, const struct app *a, const struct buf *text)
{
	const char *p = text->data ? text->data : "";
	size_t n = text->len;
	struct buf m = { 0 };

	while (n > 0) {
		const char *nl = memchr(p, '\n', n);
		size_t k = nl ? (size_t)(nl - p) : n;

		buf_reset(&m);
		if (k && (p[0] == '+' || p[0] == '-' || p[0] == ' ') &&
		    !(k >= 3 && (!strncmp(p, "+++", 3) || !strncmp(p, "---", 3)))) {
			buf_addc(&m, p[0]);
			session_mask_line(&a->s, a->reveal, p + 1, k - 1, &m);
		} else {
			buf_add(&m, p, k);
		}
		page_line(pg, diffview_attr(p, k), 0, m.data ? m.data : "", m.len);
		if (!nl)
			break;
		p += k + 1;
		n -= k + 1;
	}
	buf_free(&m);
}

void diffview_body(struct draw *dr, struct app *a, const struct buf *text, struct page *notes)
{
	struct page diff;
	int nh = (int)notes->n, dh;

	if (nh > dr->rows / 2 - 2)
		nh = dr->rows / 2 - 2;
	dh = dr->rows - 4 - nh;        /* title, separator, message, hints */
	a->page_h = dh;
	page_init(&diff, dr, dr->cols);
	diffview_text(&diff, a, text);
	if (a->diff.top > page_max_top(&diff, dh))
		a->diff.top = page_max_top(&diff, dh);
	page_show(&diff, dr, 1, 0, dh, a->diff.top, NULL);
	draw_hline(dr, 1 + dh, 0, dr->cols, theme_attr(THEME_FRAME));
	if (diff.n > (size_t)dh) {
		char pos[48];

		snprintf(pos, sizeof pos, _(" lines %zu-%zu of %zu "), a->diff.top + 1,
		         a->diff.top + (size_t)dh < diff.n ? a->diff.top + (size_t)dh : diff.n, diff.n);
		draw_str(dr, 1 + dh, dr->cols - (int)strlen(pos) - 2, (int)strlen(pos), pos, A_NORMAL);
	}
	page_show(notes, dr, 2 + dh, 1, nh, 0, PAGE_MORE);
	page_free(&diff);
}

void diffview_draw(struct draw *dr, struct app *a)
{
	struct page notes;
	struct buf st = { 0 };

	app_state_text(a, &st);
	draw_title(dr, a, a->diff.stage == APP_DIFF_THEIRS ? _("Diff from the file as it is now") :
	           a->diff.stage == APP_DIFF_MERGED ? _("Your edits on the file as it is now") :
	           _("Review the changes"), st.data);
	buf_free(&st);
	page_init(&notes, dr, dr->cols - 2);
	diffview_notes(&notes, a);
	diffview_body(dr, a, &a->diff.text, &notes);
	page_free(&notes);
	draw_message(dr, dr->rows - 2, a);
	draw_hints(dr, dr->rows - 1, diffview_ctx(a),
	           a->s.file.read_only ? KEYS_YES : KEYS_SAVE_AS);
}

static unsigned diffview_back(struct app *a)
{
	if (a->diff.stage == APP_DIFF_CONFIRM) {
		a->diff.stage = a->diff.overwrite ? APP_DIFF_THEIRS : APP_DIFF_REVIEW;
		app_say(a, APP_INFO, _("Nothing written."));
		return APP_REDRAW;
	}
	if (a->diff.then_quit)
		app_say(a, APP_INFO, _("Not quitting; nothing written."));
	else if (a->diff.stage != APP_DIFF_CONFLICT)
		app_say(a, APP_INFO, _("Nothing written; w shows the diff again."));
	return app_set_mode(a, APP_LIST);
}

static unsigned diffview_scroll(struct app *a, long delta)
{
	long top = (long)a->diff.top + delta;

	a->diff.top = top < 0 ? 0 : (size_t)top;   /* drawing clamps the bottom */
	return APP_REDRAW;
}

unsigned diffview_key(struct draw *dr, struct app *a, int key)
{
	enum keys_action act = keys_lookup(diffview_ctx(a), key);
	long page = a->page_h > 1 ? a->page_h - 1 : 1;

	(void)dr;
	if (a->diff.stage == APP_DIFF_CONFIRM)
		return act == KEYS_FORCE ? app_write(a, 1) : diffview_back(a);
	if (a->diff.stage == APP_DIFF_CONFLICT) {
		if (act == KEYS_MERGE)
			return appmerge_conflict(a);
		if (act == KEYS_RELOAD)
			return app_reload(a);
		if (act == KEYS_THEIRS)
			return app_theirs(a);
		return diffview_back(a);
	}
	switch (act) {
	case KEYS_YES: return app_write(a, 0);
	case KEYS_REVEAL: return app_reveal(a);
	case KEYS_SAVE_AS: return app_save_as_begin(a);
	case KEYS_DOWN: return diffview_scroll(a, 1);
	case KEYS_UP: return diffview_scroll(a, -1);
	case KEYS_PGDN: return diffview_scroll(a, page);
	case KEYS_PGUP: return diffview_scroll(a, -page);
	default: return diffview_back(a);
	}
}
