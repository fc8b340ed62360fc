/* app.c - the editor's state and its actions (no curses): the screens only call these. */
#include "editor/app.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/diff.h"
#include "base/i18n.h"
#include "pppd/facts.h"
#include "pppd/lexer.h"

static void app_index(struct app *a);
static void app_recheck(struct app *a);
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

static void app_recheck(struct app *a)
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
		facts_entry_text(&a->s.doc, i, a->s.platform, a->reveal, &t);
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


/* ---- the diff and writing ---- */

void app_make_diff(struct app *a, const char *old, size_t olen)
{
	size_t len, slen;
	const char *now = doc_bytes(&a->s.doc, &len);
	struct buf name = { 0 };

	buf_printf(&name, _("%s (edited)"), a->s.path);
	buf_reset(&a->diff.text);
	/* an undo that empties a file pppconf created removes it, as in the shell */
	if (old == session_saved(&a->s, &slen) && fix_remove_due(&a->s))
		fix_remove_diff(&a->s, &a->diff.text);
	else
		diff_unified(old ? old : "", olen, now, len, a->s.path, name.data, 3, &a->diff.text);
	buf_free(&name);
	a->diff.top = 0;
}

unsigned app_diff_begin(struct app *a)
{
	size_t olen;
	const char *old = session_saved(&a->s, &olen);

	a->diff.from_fix = a->diff.then_quit = a->diff.overwrite = 0;
	app_make_diff(a, old, olen);
	if (!a->diff.text.len) {
		app_say(a, APP_INFO, _("Nothing to write: the file on disk already says this."));
		a->mode = APP_LIST;
		return APP_REDRAW | APP_BELL;
	}
	a->diff.stage = APP_DIFF_REVIEW;
	buf_reset(&a->diff.reasons);
	return app_set_mode(a, APP_DIFF);
}

static size_t app_count_enabled(const struct doc *d)
{
	size_t i, n = 0;

	for (i = 0; i < d->nentries; i++)
		n += !d->entries[i].disabled;
	return n;
}

/* Reasons to ask a second time before writing: pppd would refuse the
 * result, or every directive would be gone. 0 when there are none. */
static int app_doubts(struct app *a)
{
	size_t i, shown = 0, e = a->s.report.count[CHECK_ERROR], olen;
	struct buf *r = &a->diff.reasons;
	const char *old_bytes = session_saved(&a->s, &olen);

	buf_reset(r);
	if (e) {
		buf_printf(r, e == 1 ? _("pppd would refuse this file (%zu error): every PPP "
		                         "connection that reads it would fail to start.\n") :
		           _("pppd would refuse this file (%zu errors): every PPP connection that "
		             "reads it would fail to start.\n"), e);
		for (i = 0; i < a->s.report.n && shown < 3; i++) {
			const struct check_finding *f = &a->s.report.items[i];
			if (check_finding_severity(f) != CHECK_ERROR)
				continue;
			buf_printf(r, _("  ! line %zu: %s\n"), (size_t)f->line,
			           check_message(&a->s.report, f));
			shown++;
		}
	}
	if (app_count_enabled(&a->s.doc) == 0 && olen) {
		struct doc old;

		doc_load(&old, old_bytes, olen,
		         lexer_dialect_for(a->s.platform), catalog_arity, &a->s.platform);
		if (app_count_enabled(&old))
			buf_adds(r, _("The file would have no directives left.\n"));
		doc_free(&old);
	}
	return r->len != 0;
}

/* What a save said, kept for the screens after it (the fix's last page,
 * the farewell line). */
static void app_written(struct app *a, const struct buf *msg)
{
	app_recheck(a);
	buf_reset(&a->written);
	buf_add(&a->written, msg->data ? msg->data : "", msg->len);
	if (a->s.file.backup[0] && !strstr(a->written.data, a->s.file.backup))
		buf_printf(&a->written, _(" The previous version is kept in %s."), a->s.file.backup);
	app_say(a, APP_GOOD, "%s", a->written.data);
}

/* The save-as target: 0 to write, else APP_* flags to return (said why). */
static unsigned app_other_target(struct app *a, struct safewrite_file *o, struct buf *msg)
{
	const char *p = field_text(&a->diff.path);
	struct safewrite_writer copy;

	/* locked like any save: another pppconf may be editing that file */
	copy.wait_ms = 0;
	copy.origin = "editor (saved as a copy)";
	copy.keep = a->s.file.keep;

	if (!*p) {
		app_say(a, APP_INFO, _("Type the path of the file to save to."));
		return APP_REDRAW | APP_BELL;
	}
	if (safewrite_open_as(o, p, 0, &copy, msg) < 0) {
		app_say(a, APP_BAD, "%s", msg->data);
		return APP_REDRAW | APP_BELL;
	}
	if (o->read_only) {
		app_say(a, APP_BAD, _("Cannot write %s: %s"), p, o->read_only_why);
		safewrite_close(o);
		return APP_REDRAW | APP_BELL;
	}
	if (o->stamp.exists && !a->diff.path_exists_ok) {
		a->diff.path_exists_ok = 1;
		app_say(a, APP_WARN, _("%s exists. Enter again replaces it (its old content "
		        "is kept as a backup); Esc goes back."), p);
		safewrite_close(o);
		return APP_REDRAW;
	}
	return 0;
}

/* The save-as prompt's Enter: the document goes to the typed path; the
 * file being edited stays as it is. */
static unsigned app_write_copy(struct app *a)
{
	struct safewrite_file other;
	struct buf msg = { 0 };
	size_t len;
	const char *data = doc_bytes(&a->s.doc, &len);
	enum safewrite_status st;
	unsigned r;

	memset(&other, 0, sizeof other);
	if ((r = app_other_target(a, &other, &msg)) != 0) {
		buf_free(&msg);
		return r;
	}
	st = safewrite_commit(&other, data, len, 0, &msg);
	if (st == SAFEWRITE_UNCHANGED && !other.stamp.exists) {
		app_say(a, APP_INFO, _("Nothing saved: the result is empty."));
	} else if (st == SAFEWRITE_OK || st == SAFEWRITE_UNCHANGED) {
		app_say(a, APP_GOOD, _("Saved a copy to %s. %s itself is unchanged."),
		        other.path, a->s.path);
		a->mode = APP_LIST;
	} else {
		app_say(a, APP_BAD, "%s", msg.data);
	}
	safewrite_close(&other);
	buf_free(&msg);
	return APP_REDRAW;
}

/* The write of an undo that empties a file pppconf created for a fix: the
 * file is removed (fix_remove), as the diff said, and read again. */
static unsigned app_remove(struct app *a)
{
	struct buf msg = { 0 }, err = { 0 };

	if (fix_remove(&a->s, &msg) < 0) {
		a->mode = APP_LIST;
		app_say(a, APP_BAD, _("Nothing was removed; your edits are still here: %s"), msg.data);
	} else {
		if (session_reload(&a->s, &err) < 0)
			buf_printf(&msg, " %s", err.data);
		app_written(a, &msg);
		a->mode = a->diff.from_fix ? APP_FIX : APP_LIST;
		a->fix.stage = a->diff.from_fix ? FIX_FLOW_AFTER : a->fix.stage;
		a->fix.top = 0;
	}
	buf_free(&msg);
	buf_free(&err);
	return APP_REDRAW | (a->diff.then_quit ? appstack_then_quit(a) : 0);
}

/* Every write to disk goes through here: the file being edited, or (in the
 * save-as prompt) another path. `confirmed` skips the second question. */
unsigned app_write(struct app *a, int confirmed)
{
	struct buf msg = { 0 };
	enum safewrite_status st;
	unsigned r = APP_REDRAW;

	if (a->mode == APP_SAVE_AS)
		return app_write_copy(a);
	if (a->s.file.read_only) {
		app_say(a, APP_WARN, _("Read-only: nothing written. sudo pppconf writes it; "
		        "o saves a copy elsewhere."));
		return APP_REDRAW | APP_BELL;
	}
	if (fix_remove_due(&a->s))
		return app_remove(a);
	if (!confirmed && app_doubts(a)) {
		a->diff.stage = APP_DIFF_CONFIRM;
		return APP_REDRAW;
	}
	/* a new file may live in a folder that does not exist yet (a fresh Mac
	 * has no /etc/ppp); the diff view said it will be created */
	st = session_save(&a->s, (a->diff.overwrite ? SAFEWRITE_FORCE : 0) |
	                         (a->s.file.stamp.exists ? 0 : SAFEWRITE_MKDIR), &msg);
	switch (st) {
	case SAFEWRITE_OK:
	case SAFEWRITE_UNCHANGED:
		app_written(a, &msg);
		if (a->diff.from_fix) {
			a->mode = APP_FIX;
			a->fix.stage = FIX_FLOW_AFTER;
			a->fix.top = 0;
		} else {
			a->mode = APP_LIST;
		}
		if (a->diff.then_quit)
			r |= appstack_then_quit(a);
		break;
	case SAFEWRITE_CONFLICT:
		a->diff.stage = APP_DIFF_CONFLICT;
		buf_reset(&a->diff.reasons);
		buf_add(&a->diff.reasons, msg.data ? msg.data : "", msg.len);
		app_say(a, APP_WARN, _("Nothing was written: %s changed on disk."), a->s.path);
		break;
	case SAFEWRITE_ERROR:
		a->mode = APP_LIST;
		app_say(a, APP_BAD, _("Nothing was written; your edits are still here. %s"),
		        msg.data ? msg.data : _("The write failed."));
		break;
	}
	buf_free(&msg);
	return r;
}

unsigned app_save_as_begin(struct app *a)
{
	const char *home = getenv("HOME");
	const char *base = strrchr(a->s.path, '/');
	struct buf p = { 0 };

	base = base ? base + 1 : a->s.path;
	if (home && *home)
		buf_printf(&p, "%s/%s.pppconf", home, base);
	else
		buf_printf(&p, "%s.pppconf", a->s.path);
	field_set(&a->diff.path, p.data, p.len);
	buf_free(&p);
	a->diff.path_exists_ok = 0;
	return app_set_mode(a, APP_SAVE_AS);
}

unsigned app_reload(struct app *a)
{
	struct buf err = { 0 };

	a->mode = APP_LIST;
	if (session_reload(&a->s, &err) < 0)
		app_say(a, APP_BAD, _("%s Your edits are still here."), err.data);
	else
		app_say(a, APP_INFO, _("Reloaded from disk. Your edits were dropped; nothing was "
		        "re-applied."));
	buf_free(&err);
	a->sel = a->top = 0;
	app_recheck(a);
	return APP_REDRAW;
}

unsigned app_theirs(struct app *a)
{
	struct buf msg = { 0 };

	buf_reset(&a->diff.theirs);
	if (safewrite_changed(&a->s.file, &a->diff.theirs, NULL, &msg) < 0) {
		app_say(a, APP_BAD, "%s", msg.data ? msg.data : "The file cannot be read.");
		buf_free(&msg);
		return APP_REDRAW;
	}
	buf_free(&msg);
	app_make_diff(a, a->diff.theirs.data, a->diff.theirs.len);
	a->diff.stage = APP_DIFF_THEIRS;
	a->diff.overwrite = 1;
	app_say(a, APP_WARN, _("The diff now starts from the file as it is on disk; "
	        "y replaces that content with yours."));
	return APP_REDRAW;
}

unsigned app_quit(struct app *a)
{
	if (!appstack_unsaved(a, NULL))
		return APP_QUIT;
	return app_set_mode(a, APP_QUIT_ASK);
}

unsigned app_quit_answer(struct app *a, int what)
{
	unsigned r;

	if (what == 'd')
		return APP_QUIT;
	if (what != 'w')
		return app_set_mode(a, APP_LIST);
	r = app_diff_begin(a);
	if (a->mode != APP_DIFF)
		return appstack_then_quit(a);   /* nothing differs here after all */
	a->diff.then_quit = 1;
	return r;
}
