/* app.c - the editor's state and its actions (no curses): the screens only call these. */
#include "editor/app.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "pppd/facts.h"

static void app_index(struct app *a);
static void app_scroll(struct app *a);

/* The first warning about the file as a whole (mode, owner, folder). */
static const struct check_finding *app_file_finding(const struct app *a)
{
	const struct check_finding *f;
	size_t pos = 0;

	while ((f = check_entry_next(&a->s.report, SIZE_MAX, &pos)) != NULL)
		if (check_finding_severity(f) >= CHECK_WARNING)
			return f;
	return NULL;
}

static void app_greet(struct app *a)
{
	size_t e = a->s.report.count[CHECK_ERROR], w = a->s.report.count[CHECK_WARNING];

	if (!a->s.file.stamp.exists && a->s.file.read_only)
		app_say(a, APP_WARN, _("New file, read-only (%s): it is not created; after editing, "
		        "w shows the diff and o there saves the result to another file."),
		        a->s.file.read_only_why[0] ? a->s.file.read_only_why : _("not writable"));
	else if (!a->s.file.stamp.exists)
		app_say(a, APP_INFO, _("New file: it does not exist yet; w creates it. "
		        "f fixes a problem."));
	else if (a->s.file.read_only)
		app_say(a, APP_WARN, _("Read-only: %s"), a->s.file.read_only_why[0] ?
		        a->s.file.read_only_why : _("the file cannot be written"));
	else if (safewrite_stale_list(&a->s.file, NULL))
		/* rare, and easy to miss later: said before the file's own findings */
		app_say(a, APP_WARN, _("An earlier save was interrupted: its temporary file is "
		        "left beside this one (never read as configuration); the next save "
		        "removes it."));
	else if (e)
		app_say(a, APP_BAD, e == 1 && w == 1 ?
		        _("pppd would refuse this file: %zu error, %zu warning. Rows marked ! "
		          "explain why.") : e == 1 ?
		        _("pppd would refuse this file: %zu error, %zu warnings. Rows marked ! "
		          "explain why.") : w == 1 ?
		        _("pppd would refuse this file: %zu errors, %zu warning. Rows marked ! "
		          "explain why.") :
		        _("pppd would refuse this file: %zu errors, %zu warnings. Rows marked ! "
		          "explain why."), e, w);
	else if (w && app_file_finding(a))
		app_say(a, APP_WARN, "%s", check_message(&a->s.report, app_file_finding(a)));
	else if (w)
		app_say(a, APP_WARN, w == 1 ? _("%zu warning; rows marked ? explain.") :
		        _("%zu warnings; rows marked ? explain."), w);
	else if (a->s.file.warnings.len)
		app_say(a, APP_WARN, "%.*s", (int)strcspn(a->s.file.warnings.data, "\n"),
		        a->s.file.warnings.data);
	else
		app_say(a, APP_GOOD, a->s.doc.nentries == 1 ?
		        _("%zu directive; pppd would accept this file.") :
		        _("%zu directives; pppd would accept this file."), a->s.doc.nentries);
}

int app_open(struct app *a, const char *path, const struct app_config *cfg, struct buf *err)
{
	struct safewrite_writer w;
	unsigned flags = 0;

	memset(a, 0, sizeof *a);
	w.wait_ms = 0;          /* a person is waiting: say who holds it instead */
	w.origin = "editor";
	w.keep = cfg->keep;
	a->reveal = cfg->reveal;
	a->mode = APP_LIST;
	if (cfg->read_only)
		flags |= SAFEWRITE_READONLY;
	if (cfg->no_lock)
		flags |= SAFEWRITE_NOLOCK;
	if (cfg->root)
		flags |= SESSION_BY_SHAPE;   /* another machine's files: devices by shape */
	a->stack.root = cfg->root;
	a->stack.open_flags = flags;
	a->stack.keep = cfg->keep;
	a->stack.pppd_version = cfg->pppd_version;
	if (session_open_as(&a->s, path, cfg->platform, flags, &w, err) < 0)
		return -1;
	if (cfg->pppd_version) {
		a->s.cfile.pppd_version = cfg->pppd_version;
		session_recheck(&a->s);
	}
	if (cfg->root)
		session_set_root(&a->s, cfg->root);
	app_index(a);
	app_scroll(a);
	app_greet(a);
	appmerge_offer(a);
	return 0;
}

void app_close(struct app *a)
{
	appstack_free(&a->stack);
	session_close(&a->s);
	buf_free(&a->msg);
	field_free(&a->search);
	buf_free(&a->last_search);
	field_free(&a->edit.in);
	buf_free(&a->edit.why);
	picker_free(&a->pick);
	fix_flow_free(&a->fix);
	appfix_free(&a->trouble);
	buf_free(&a->diff.text);
	buf_free(&a->diff.reasons);
	buf_free(&a->diff.theirs);
	field_free(&a->diff.path);
	buf_free(&a->written);
	oplog_free(&a->merge);
	recover_free(&a->rec);
	buf_free(&a->rec_diff);
}

void app_say(struct app *a, enum app_tone tone, const char *fmt, ...)
{
	va_list ap;

	buf_reset(&a->msg);
	va_start(ap, fmt);
	buf_vprintf(&a->msg, fmt, ap);
	va_end(ap);
	a->tone = tone;
}

/* The findings by entry: rows and panes look them up on every key. */
static void app_index(struct app *a)
{
	check_report_index(&a->s.report);
}

void app_recheck(struct app *a)
{
	session_recheck(&a->s);
	app_index(a);
	if (a->sel >= a->s.doc.nentries)
		a->sel = a->s.doc.nentries ? a->s.doc.nentries - 1 : 0;
	app_scroll(a);
}

static void app_scroll(struct app *a)
{
	size_t h = a->list_h > 0 ? (size_t)a->list_h : 1;

	if (a->top > a->sel)
		a->top = a->sel;
	if (a->sel >= a->top + h)
		a->top = a->sel - h + 1;
	if (a->s.doc.nentries <= h)
		a->top = 0;
	else if (a->top + h > a->s.doc.nentries)
		a->top = a->s.doc.nentries - h;
}

void app_state_text(const struct app *a, struct buf *out)
{
	const char *sep = "";

	if (!a->s.file.stamp.exists) {
		buf_adds(out, C_("file state", "new file"));
		sep = ", ";
	}
	if (a->s.file.read_only) {
		buf_printf(out, "%s%s", sep, C_("file state", "read-only"));
		sep = ", ";
	}
	if (doc_modified(&a->s.doc))
		buf_printf(out, "%s%s", sep, C_("file state", "modified"));
}

/* ---- the list ---- */

unsigned app_set_mode(struct app *a, enum app_mode m)
{
	a->mode = m;
	return APP_REDRAW;
}

unsigned app_move_to(struct app *a, size_t i)
{
	if (a->s.doc.nentries == 0)
		return APP_BELL;
	if (i >= a->s.doc.nentries)
		i = a->s.doc.nentries - 1;
	if (i == a->sel)
		return 0;
	a->sel = i;
	app_scroll(a);
	return APP_REDRAW;
}

unsigned app_move(struct app *a, long delta)
{
	long to = (long)a->sel + delta;

	if (a->s.doc.nentries == 0)
		return APP_BELL;
	if (to < 0)
		to = 0;
	return app_move_to(a, (size_t)to);
}

void app_entry_label(const struct app *a, size_t i, struct buf *out)
{
	size_t len;
	const char *n = facts_name_bytes(&a->s.doc, i, &len);

	buf_add_escaped(out, n, len > 40 ? 40 : len);
}

unsigned app_edited(struct app *a, size_t out)
{
	if (out != SIZE_MAX)
		a->sel = out;
	app_recheck(a);
	return APP_REDRAW;
}

unsigned app_refused(struct app *a)
{
	app_say(a, APP_BAD, "%s", a->s.doc.error[0] ? a->s.doc.error : _("that edit was refused"));
	return APP_REDRAW | APP_BELL;
}

int app_need_entry(struct app *a)
{
	if (a->s.doc.nentries)
		return 1;
	app_say(a, APP_INFO, _("No directives yet: a adds one, f fixes a problem."));
	return 0;
}

unsigned app_reveal(struct app *a)
{
	a->reveal = !a->reveal;
	app_say(a, a->reveal ? APP_WARN : APP_INFO, a->reveal ?
	        _("Secrets are shown; s masks them again.") : _("Secrets are masked."));
	return APP_REDRAW;
}

/* ---- search ---- */

unsigned app_search_begin(struct app *a)
{
	field_set(&a->search, "", 0);   /* n repeats the last search */
	return app_set_mode(a, APP_SEARCH);
}

unsigned app_search_next(struct app *a, int dir)
{
	size_t n = a->s.doc.nentries, k;
	struct buf t = { 0 };

	if (!a->last_search.len) {
		app_say(a, APP_INFO, _("Nothing to search for yet: / starts a search."));
		return APP_REDRAW | APP_BELL;
	}
	for (k = 1; k <= n; k++) {
		size_t i = dir > 0 ? (a->sel + k) % n : (a->sel + n - k % n) % n;

		buf_reset(&t);
		session_entry_text(&a->s, i, a->reveal, &t);
		if (picker_contains(t.data, t.len, a->last_search.data, a->last_search.len)) {
			buf_free(&t);
			app_move_to(a, i);
			app_say(a, APP_INFO, _("/%s  (n next, N previous)"), a->last_search.data);
			return APP_REDRAW;
		}
	}
	buf_free(&t);
	app_say(a, APP_INFO, _("No directive matches \"%s\"."), a->last_search.data);
	return APP_REDRAW | APP_BELL;
}

unsigned app_search_commit(struct app *a)
{
	buf_reset(&a->last_search);
	buf_add(&a->last_search, field_text(&a->search),
	        a->search.text.len);
	a->mode = APP_LIST;
	return app_search_next(a, 1);
}
