/* appwrite.c - the editor's way to disk: the diff first, pppd's doubts asked, the write; reload, the file as others left it, quit. */
#include "editor/app.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diff.h"
#include "base/i18n.h"
#include "pppd/lexer.h"

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
