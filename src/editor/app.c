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
#include "pppd/facts.h"
#include "pppd/lexer.h"
#include "base/util.h"

static void app_recheck(struct app *a);
static void app_scroll(struct app *a);

static void app_fill_cfile(struct app *a)
{
	facts_check_file(&a->file, a->path, &a->cfile);
}

/* The document takes the loaded bytes over instead of copying them: until
 * its first edit they are also the file's saved bytes (app_before_edit ends
 * that), so a large file is held once and opens without a second copy. */
static void app_load_doc(struct app *a)
{
	doc_load_buf(&a->doc, &a->file.bytes, lexer_dialect_for(a->platform),
	             catalog_arity, &a->platform);
	safewrite_lend(&a->file, &a->doc.text);
	a->sel = 0;
	a->top = 0;
	app_fill_cfile(a);
	app_recheck(a);
}

void app_before_edit(struct app *a)
{
	safewrite_reclaim(&a->file);
}

/* Makes the file's saved bytes right before they are read. While the
 * document holds them they are its text as long as no edit is on its undo
 * stack (undo restores bytes exactly). An edit that skipped app_before_edit
 * has changed them there: undoing back to the load finds them again. */
static void app_saved_sync(struct app *a)
{
	size_t n = 0;

	if (a->file.lent && a->doc.nundo > 0) {
		while (doc_undo(&a->doc) == 0)
			n++;
		if (a->doc.nundo > 0)
			util_die("the bytes as loaded cannot be found again in the middle of an edit");
		safewrite_reclaim(&a->file);
		while (n--)
			doc_redo(&a->doc);
	}
}

/* The first warning about the file as a whole (mode, owner, folder). */
static const struct check_finding *app_file_finding(const struct app *a)
{
	const struct check_finding *f;
	size_t pos = 0;

	while ((f = check_entry_next(&a->report, SIZE_MAX, &pos)) != NULL)
		if (check_finding_severity(f) >= CHECK_WARNING)
			return f;
	return NULL;
}

static void app_greet(struct app *a)
{
	size_t e = a->report.count[CHECK_ERROR], w = a->report.count[CHECK_WARNING];

	if (!a->file.stamp.exists && a->file.read_only)
		app_say(a, APP_WARN, "New file, read-only (%s): it is not created; after editing, "
		        "w shows the diff and o there saves the result to another file.",
		        a->file.read_only_why[0] ? a->file.read_only_why : "not writable");
	else if (!a->file.stamp.exists)
		app_say(a, APP_INFO, "New file: it does not exist yet; w creates it. "
		        "t offers guided fixes.");
	else if (a->file.read_only)
		app_say(a, APP_WARN, "Read-only: %s", a->file.read_only_why[0] ?
		        a->file.read_only_why : "the file cannot be written");
	else if (safewrite_stale_list(&a->file, NULL))
		/* rare, and easy to miss later: said before the file's own findings */
		app_say(a, APP_WARN, "An earlier save was interrupted: its temporary file is "
		        "left beside this one (never read as configuration); pppconf doctor "
		        "--yes removes it.");
	else if (e)
		app_say(a, APP_BAD, "pppd would refuse this file: %zu error%s, %zu warning%s. "
		        "Rows marked ! explain why.", e, e == 1 ? "" : "s", w, w == 1 ? "" : "s");
	else if (w && app_file_finding(a))
		app_say(a, APP_WARN, "%s", check_message(&a->report, app_file_finding(a)));
	else if (w)
		app_say(a, APP_WARN, "%zu warning%s; rows marked ? explain.", w, w == 1 ? "" : "s");
	else if (a->file.warnings.len)
		app_say(a, APP_WARN, "%.*s", (int)strcspn(a->file.warnings.data, "\n"),
		        a->file.warnings.data);
	else
		app_say(a, APP_GOOD, "%zu directive%s; pppd would accept this file.",
		        a->doc.nentries, a->doc.nentries == 1 ? "" : "s");
}

int app_open(struct app *a, const char *path, const struct app_config *cfg, struct buf *err)
{
	unsigned flags = 0;

	memset(a, 0, sizeof *a);
	a->platform = cfg->platform;
	a->path = path;
	a->reveal = cfg->reveal;
	a->mode = APP_LIST;
	if (cfg->read_only)
		flags |= SAFEWRITE_READONLY;
	if (cfg->no_lock)
		flags |= SAFEWRITE_NOLOCK;
	a->open_flags = flags;
	if (safewrite_open(&a->file, path, flags, err) < 0)
		return -1;
	if (cfg->read_only && !a->file.read_only_why[0])
		snprintf(a->file.read_only_why, sizeof a->file.read_only_why,
		         "opened with --read-only");
	a->file.read_only |= cfg->read_only;
	app_load_doc(a);
	app_greet(a);
	return 0;
}

void app_close(struct app *a)
{
	check_report_free(&a->report);
	doc_free(&a->doc);
	safewrite_close(&a->file);
	buf_free(&a->msg);
	field_free(&a->search);
	buf_free(&a->last_search);
	field_free(&a->edit.in);
	buf_free(&a->edit.why);
	picker_free(&a->pick);
	guide_free(&a->tr);
	buf_free(&a->diff.text);
	buf_free(&a->diff.reasons);
	buf_free(&a->diff.theirs);
	field_free(&a->diff.path);
	buf_free(&a->written);
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

static void app_recheck(struct app *a)
{
	check_report_free(&a->report);
	check_run(&a->doc, a->platform, &a->cfile, &a->report);
	/* rows and panes look findings up by entry on every key */
	check_report_index(&a->report);
	if (a->sel >= a->doc.nentries)
		a->sel = a->doc.nentries ? a->doc.nentries - 1 : 0;
	app_scroll(a);
}

static void app_scroll(struct app *a)
{
	size_t h = a->list_h > 0 ? (size_t)a->list_h : 1;

	if (a->top > a->sel)
		a->top = a->sel;
	if (a->sel >= a->top + h)
		a->top = a->sel - h + 1;
	if (a->doc.nentries <= h)
		a->top = 0;
	else if (a->top + h > a->doc.nentries)
		a->top = a->doc.nentries - h;
}

void app_state_text(const struct app *a, struct buf *out)
{
	const char *sep = "";

	if (!a->file.stamp.exists) {
		buf_adds(out, "new file");
		sep = ", ";
	}
	if (a->file.read_only) {
		buf_printf(out, "%sread-only", sep);
		sep = ", ";
	}
	if (doc_modified(&a->doc))
		buf_printf(out, "%smodified", sep);
}

/* ---- the list ---- */

unsigned app_set_mode(struct app *a, enum app_mode m)
{
	a->mode = m;
	return APP_REDRAW;
}

unsigned app_move_to(struct app *a, size_t i)
{
	if (a->doc.nentries == 0)
		return APP_BELL;
	if (i >= a->doc.nentries)
		i = a->doc.nentries - 1;
	if (i == a->sel)
		return 0;
	a->sel = i;
	app_scroll(a);
	return APP_REDRAW;
}

unsigned app_move(struct app *a, long delta)
{
	long to = (long)a->sel + delta;

	if (a->doc.nentries == 0)
		return APP_BELL;
	if (to < 0)
		to = 0;
	return app_move_to(a, (size_t)to);
}

void app_entry_label(const struct app *a, size_t i, struct buf *out)
{
	size_t len;
	const char *n = facts_name_bytes(&a->doc, i, &len);

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
	app_say(a, APP_BAD, "%s", a->doc.error[0] ? a->doc.error : "that edit was refused");
	return APP_REDRAW | APP_BELL;
}

int app_need_entry(struct app *a)
{
	if (a->doc.nentries)
		return 1;
	app_say(a, APP_INFO, "No directives yet: a adds one, t offers guided fixes.");
	return 0;
}

unsigned app_reveal(struct app *a)
{
	a->reveal = !a->reveal;
	app_say(a, a->reveal ? APP_WARN : APP_INFO, a->reveal ?
	        "Secrets are shown; s masks them again." : "Secrets are masked.");
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
	size_t n = a->doc.nentries, k;
	struct buf t = { 0 };

	if (!a->last_search.len) {
		app_say(a, APP_INFO, "Nothing to search for yet: / starts a search.");
		return APP_REDRAW | APP_BELL;
	}
	for (k = 1; k <= n; k++) {
		size_t i = dir > 0 ? (a->sel + k) % n : (a->sel + n - k % n) % n;

		buf_reset(&t);
		facts_entry_text(&a->doc, i, a->platform, a->reveal, &t);
		if (picker_contains(t.data, t.len, a->last_search.data, a->last_search.len)) {
			buf_free(&t);
			app_move_to(a, i);
			app_say(a, APP_INFO, "/%s  (n next, N previous)", a->last_search.data);
			return APP_REDRAW;
		}
	}
	buf_free(&t);
	app_say(a, APP_INFO, "No directive matches \"%s\".", a->last_search.data);
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

static void app_make_diff(struct app *a, const char *old, size_t olen)
{
	size_t len;
	const char *now = doc_bytes(&a->doc, &len);
	struct buf name = { 0 };

	buf_printf(&name, "%s (edited)", a->path);
	buf_reset(&a->diff.text);
	diff_unified(old ? old : "", olen, now, len, a->path, name.data, 3, &a->diff.text);
	buf_free(&name);
	a->diff.top = 0;
}

unsigned app_diff_begin(struct app *a)
{
	size_t olen;
	const char *old;

	app_saved_sync(a);
	old = safewrite_saved(&a->file, &olen);
	a->diff.from_recipe = a->diff.then_quit = a->diff.overwrite = 0;
	app_make_diff(a, old, olen);
	if (!a->diff.text.len) {
		app_say(a, APP_INFO, "Nothing to write: the file on disk already says this.");
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
	size_t i, shown = 0, e = a->report.count[CHECK_ERROR], olen;
	struct buf *r = &a->diff.reasons;
	const char *old_bytes;

	app_saved_sync(a);
	old_bytes = safewrite_saved(&a->file, &olen);
	buf_reset(r);
	if (e) {
		buf_printf(r, "pppd would refuse this file (%zu error%s): every PPP "
		           "connection that reads it would fail to start.\n", e, e == 1 ? "" : "s");
		for (i = 0; i < a->report.n && shown < 3; i++) {
			const struct check_finding *f = &a->report.items[i];
			if (check_finding_severity(f) != CHECK_ERROR)
				continue;
			buf_printf(r, "  ! line %zu: %s\n", (size_t)f->line,
			           check_message(&a->report, f));
			shown++;
		}
	}
	if (app_count_enabled(&a->doc) == 0 && olen) {
		struct doc old;

		doc_load(&old, old_bytes, olen,
		         lexer_dialect_for(a->platform), catalog_arity, &a->platform);
		if (app_count_enabled(&old))
			buf_adds(r, "The file would have no directives left.\n");
		doc_free(&old);
	}
	return r->len != 0;
}

static void app_written(struct app *a, const struct buf *msg)
{
	doc_mark_saved(&a->doc);
	app_fill_cfile(a);
	app_recheck(a);
	buf_reset(&a->written);
	buf_add(&a->written, msg->data ? msg->data : "", msg->len);
	if (a->file.backup[0] && !strstr(a->written.data, a->file.backup))
		buf_printf(&a->written, " The previous version is kept in %s.", a->file.backup);
	app_say(a, APP_GOOD, "%s", a->written.data);
}

/* The save-as target: 0 to write, else APP_* flags to return (said why). */
static unsigned app_other_target(struct app *a, struct safewrite_file *o, struct buf *msg)
{
	const char *p = field_text(&a->diff.path);

	if (!*p) {
		app_say(a, APP_INFO, "Type the path of the file to save to.");
		return APP_REDRAW | APP_BELL;
	}
	if (safewrite_open(o, p, SAFEWRITE_NOLOCK, msg) < 0) {
		app_say(a, APP_BAD, "%s", msg->data);
		return APP_REDRAW | APP_BELL;
	}
	if (o->read_only) {
		app_say(a, APP_BAD, "Cannot write %s: %s", p, o->read_only_why);
		safewrite_close(o);
		return APP_REDRAW | APP_BELL;
	}
	if (o->stamp.exists && !a->diff.path_exists_ok) {
		a->diff.path_exists_ok = 1;
		app_say(a, APP_WARN, "%s exists. Enter again replaces it (its old content "
		        "is kept as a backup); Esc goes back.", p);
		safewrite_close(o);
		return APP_REDRAW;
	}
	return 0;
}

/* Every write to disk goes through here: the file being edited, or (in the
 * save-as prompt) another path. `confirmed` skips the second question. */
unsigned app_write(struct app *a, int confirmed)
{
	struct safewrite_file other;
	struct buf msg = { 0 };
	size_t len;
	const char *data;
	enum safewrite_status st;
	unsigned r = APP_REDRAW;

	app_saved_sync(a);          /* safewrite compares with them */
	data = doc_bytes(&a->doc, &len);

	if (a->mode == APP_SAVE_AS) {
		memset(&other, 0, sizeof other);
		if ((r = app_other_target(a, &other, &msg)) != 0) {
			buf_free(&msg);
			return r;
		}
		st = safewrite_commit(&other, data, len, 0, &msg);
		if (st == SAFEWRITE_UNCHANGED && !other.stamp.exists) {
			app_say(a, APP_INFO, "Nothing saved: the result is empty.");
		} else if (st == SAFEWRITE_OK || st == SAFEWRITE_UNCHANGED) {
			app_say(a, APP_GOOD, "Saved a copy to %s. %s itself is unchanged.",
			        other.path, a->path);
			a->mode = APP_LIST;
		} else {
			app_say(a, APP_BAD, "%s", msg.data);
		}
		safewrite_close(&other);
		buf_free(&msg);
		return APP_REDRAW;
	}
	if (a->file.read_only) {
		app_say(a, APP_WARN, "Read-only: nothing written. sudo pppconf writes it; "
		        "o saves a copy elsewhere.");
		return APP_REDRAW | APP_BELL;
	}
	if (!confirmed && app_doubts(a)) {
		a->diff.stage = APP_DIFF_CONFIRM;
		return APP_REDRAW;
	}
	/* a new file may live in a folder that does not exist yet (a fresh Mac
	 * has no /etc/ppp); the diff view said it will be created */
	st = safewrite_commit(&a->file, data, len,
	                      (a->diff.overwrite ? SAFEWRITE_FORCE : 0) |
	                      (a->file.stamp.exists ? 0 : SAFEWRITE_MKDIR), &msg);
	switch (st) {
	case SAFEWRITE_OK:
	case SAFEWRITE_UNCHANGED:
		app_written(a, &msg);
		if (a->diff.then_quit)
			r |= APP_QUIT;
		if (a->diff.from_recipe) {
			a->mode = APP_TROUBLE;
			a->tr.stage = GUIDE_AFTER;
			a->tr.top = 0;
		} else {
			a->mode = APP_LIST;
		}
		break;
	case SAFEWRITE_CONFLICT:
		a->diff.stage = APP_DIFF_CONFLICT;
		buf_reset(&a->diff.reasons);
		buf_add(&a->diff.reasons, msg.data ? msg.data : "", msg.len);
		app_say(a, APP_WARN, "Nothing was written: %s changed on disk.", a->path);
		break;
	case SAFEWRITE_ERROR:
		a->mode = APP_LIST;
		app_say(a, APP_BAD, "Nothing was written; your edits are still here. %s",
		        msg.data ? msg.data : "The write failed.");
		break;
	}
	buf_free(&msg);
	return r;
}

unsigned app_save_as_begin(struct app *a)
{
	const char *home = getenv("HOME");
	const char *base = strrchr(a->path, '/');
	struct buf p = { 0 };

	base = base ? base + 1 : a->path;
	if (home && *home)
		buf_printf(&p, "%s/%s.pppconf", home, base);
	else
		buf_printf(&p, "%s.pppconf", a->path);
	field_set(&a->diff.path, p.data, p.len);
	buf_free(&p);
	a->diff.path_exists_ok = 0;
	return app_set_mode(a, APP_SAVE_AS);
}

unsigned app_reload(struct app *a)
{
	struct buf err = { 0 };

	safewrite_close(&a->file);
	if (safewrite_open(&a->file, a->path, a->open_flags, &err) < 0) {
		app_say(a, APP_BAD, "%s Your edits are still here.", err.data);
		memset(&a->file, 0, sizeof a->file);
		a->file.lock_fd = -1;
		a->file.read_only = 1;
		snprintf(a->file.read_only_why, sizeof a->file.read_only_why,
		         "it could not be read again");
		buf_free(&err);
		a->mode = APP_LIST;
		return APP_REDRAW;
	}
	buf_free(&err);
	a->file.read_only |= (a->open_flags & SAFEWRITE_READONLY) != 0;
	doc_free(&a->doc);
	app_load_doc(a);
	a->mode = APP_LIST;
	app_say(a, APP_INFO, "Reloaded from disk. Your edits were dropped; nothing was "
	        "re-applied.");
	return APP_REDRAW;
}

unsigned app_theirs(struct app *a)
{
	struct buf msg = { 0 };

	app_saved_sync(a);          /* safewrite compares with them */
	buf_reset(&a->diff.theirs);
	if (safewrite_changed(&a->file, &a->diff.theirs, NULL, &msg) < 0) {
		app_say(a, APP_BAD, "%s", msg.data ? msg.data : "The file cannot be read.");
		buf_free(&msg);
		return APP_REDRAW;
	}
	buf_free(&msg);
	app_make_diff(a, a->diff.theirs.data, a->diff.theirs.len);
	a->diff.stage = APP_DIFF_THEIRS;
	a->diff.overwrite = 1;
	app_say(a, APP_WARN, "The diff now starts from the file as it is on disk; "
	        "y replaces that content with yours.");
	return APP_REDRAW;
}

unsigned app_quit(struct app *a)
{
	if (!doc_modified(&a->doc))
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
		return APP_QUIT;     /* nothing differs from the disk after all */
	a->diff.then_quit = 1;
	return r;
}

/* ---- troubleshooting ---- */

static void app_recipe_env(struct app *a, struct recipe_env *env)
{
	memset(env, 0, sizeof *env);
	env->platform = a->platform;
	env->path = a->path;
	env->file_exists = a->file.stamp.exists;
	env->is_root = geteuid() == 0;
	env->file = &a->cfile;
}

unsigned app_trouble_begin(struct app *a)
{
	guide_begin(&a->tr, a->platform);
	return app_set_mode(a, APP_TROUBLE);
}

unsigned app_trouble_choose(struct app *a)
{
	struct recipe_env env;

	if (a->tr.n == 0)
		return APP_BELL;
	app_recipe_env(a, &env);
	guide_choose(&a->tr, &a->doc, &env);
	return APP_REDRAW;
}

unsigned app_trouble_answer(struct app *a, int yes)
{
	struct recipe_env env;

	app_recipe_env(a, &env);
	guide_answer(&a->tr, yes, &a->doc, &env);
	return APP_REDRAW;
}

unsigned app_trouble_apply(struct app *a)
{
	struct recipe_env env;
	unsigned r;

	app_recipe_env(a, &env);
	app_before_edit(a);
	if (guide_apply(&a->tr, &a->doc, &env) != 1)
		return APP_REDRAW | APP_BELL;    /* the note says why */
	app_edited(a, SIZE_MAX);
	r = app_diff_begin(a);
	a->diff.from_recipe = 1;
	app_say(a, APP_INFO, "Applied as one step (u undoes it); y writes it.");
	return r;
}
