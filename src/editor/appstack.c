/* appstack.c - following `file` and `call` into the files they name, each its own session, and back; the effective view's text. */
/* realpath() is in POSIX's XSI part, which glibc hides under plain
 * _POSIX_C_SOURCE. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include "editor/app.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "base/util.h"
#include "config/config.h"
#include "pppd/facts.h"

void appstack_free(struct appstack *st)
{
	size_t i;

	for (i = 0; i < st->n; i++) {
		session_close(&st->f[i]->s);
		free(st->f[i]);
	}
	free(st->f);
	free(st->offer);
	buf_free(&st->show);
	memset(st, 0, sizeof *st);
}

static const char *appstack_base(const char *p)
{
	const char *slash = strrchr(p, '/');

	return slash && slash[1] ? slash + 1 : p;
}

/* A path as one file is known whatever way it was named: resolved when it
 * exists, else its folder resolved; the path itself failing both. */
static char *appstack_key(const char *path)
{
	char *real = realpath(path, NULL), *dir;
	const char *slash;
	struct buf b;

	if (real)
		return real;
	slash = strrchr(path, '/');
	buf_init(&b);
	if (slash) {
		buf_add(&b, path, slash == path ? 1 : (size_t)(slash - path));
		dir = realpath(b.data, NULL);
	} else {
		dir = realpath(".", NULL);
	}
	buf_reset(&b);
	if (dir)
		buf_printf(&b, "%s/%s", strcmp(dir, "/") ? dir : "", slash ? slash + 1 : path);
	else
		buf_adds(&b, path);
	free(dir);
	return buf_detach(&b);
}

/* The open file that is `path`, or NULL. */
static const char *appstack_open_as(const struct app *a, const char *path)
{
	char *want = appstack_key(path), *have;
	const char *found = NULL;
	size_t i;

	for (i = 0; i <= a->stack.n && !found; i++) {
		const struct session *s = i < a->stack.n ? &a->stack.f[i]->s : &a->s;
		have = appstack_key(s->path);
		if (strcmp(want, have) == 0)
			found = s->path;
		free(have);
	}
	free(want);
	return found;
}

/* What a missing file means to pppd (as src/config reads it). */
static const char *appstack_missing_words(const struct app *a, int call)
{
	if (call && a->s.platform == PLATFORM_MACOS)
		return _("pppd on macOS goes on without it");
	return _("pppd refuses to start without it");
}

static int appstack_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

static void appstack_forget_offer(struct appstack *st)
{
	free(st->offer);
	st->offer = NULL;
}

/* Opens `where` in front; the file that was there goes below. */
static unsigned appstack_push(struct app *a, const char *where, const char *how)
{
	struct appstack *st = &a->stack;
	struct appstack_frame *f = util_xmalloc(sizeof *f);
	struct safewrite_writer w;
	struct buf err = { 0 };
	enum platform p = a->s.platform;

	w.wait_ms = 0;
	w.origin = "editor";
	w.keep = st->keep;
	session_move(&f->s, &a->s);
	f->sel = a->sel;
	f->top = a->top;
	if (session_open_as(&a->s, where, p, st->open_flags, &w, &err) < 0) {
		session_move(&a->s, &f->s);
		free(f);
		app_say(a, APP_BAD, "%s", err.data ? err.data : where);
		buf_free(&err);
		return APP_REDRAW | APP_BELL;
	}
	buf_free(&err);
	/* checked as pppd comes to it: after the plugins the file below loaded
	 * up to its line, read by every pppd when that file is */
	check_start_at(&f->s.doc, p, &f->s.cfile, f->sel, &a->s.cfile);
	if (st->pppd_version)
		a->s.cfile.pppd_version = st->pppd_version;
	if (st->root)
		session_set_root(&a->s, st->root);
	else
		session_recheck(&a->s);
	util_grow(&st->f, &st->cap, st->n + 1, sizeof *st->f);
	st->f[st->n++] = f;
	a->sel = a->top = 0;
	app_edited(a, SIZE_MAX);
	if (!a->s.file.stamp.exists)
		app_say(a, APP_INFO, _("%s (%s), new: w shows the diff and creates it; b goes "
		        "back."), a->s.path, how);
	else if (a->s.file.read_only)
		app_say(a, APP_WARN, _("%s (%s), read-only; b goes back."), a->s.path, how);
	else
		app_say(a, APP_INFO, _("%s (%s); b goes back."), a->s.path, how);
	/* edits a stopped editor kept for this file are offered here too */
	appmerge_offer(a);
	return APP_REDRAW;
}

unsigned appstack_follow(struct app *a)
{
	const struct doc *d = &a->s.doc;
	const struct doc_entry *e;
	const char *name, *arg, *same;
	size_t nlen, alen;
	struct buf how = { 0 };
	char *where;
	int call;
	unsigned r;

	if (!app_need_entry(a))
		return APP_REDRAW;
	e = &d->entries[a->sel];
	name = facts_name_bytes(d, a->sel, &nlen);
	call = nlen == 4 && memcmp(name, "call", 4) == 0;
	if (!call && !(nlen == 4 && memcmp(name, "file", 4) == 0)) {
		app_say(a, APP_INFO, _("o opens the file a 'file' or 'call' row names; this row "
		        "names none."));
		return APP_REDRAW | APP_BELL;
	}
	if (e->nwords < 2 || !*(arg = doc_word_bytes(d, e->word + 1, &alen))) {
		app_say(a, APP_INFO, _("This row names no file: e gives it one."));
		return APP_REDRAW | APP_BELL;
	}
	where = config_follow_where(a->stack.root, call, arg, alen);
	buf_printf(&how, "%s ", call ? "call" : "file");
	buf_add_escaped(&how, arg, alen > 60 ? 60 : alen);
	if ((same = appstack_open_as(a, where)) != NULL) {
		app_say(a, APP_BAD, _("%s is already open here: pppd would read it inside itself "
		        "and never start. b goes back to it."), same);
		r = APP_REDRAW | APP_BELL;
	} else if (!appstack_exists(where) && !(a->stack.offer && a->stack.offer_entry == a->sel &&
	           strcmp(a->stack.offer, where) == 0)) {
		appstack_forget_offer(&a->stack);
		a->stack.offer = util_xstrdup(where);
		a->stack.offer_entry = a->sel;
		app_say(a, APP_WARN, _("%s does not exist: %s. o again opens it empty, to create "
		        "it (w shows the diff first)."), where, appstack_missing_words(a, call));
		r = APP_REDRAW;
	} else {
		appstack_forget_offer(&a->stack);
		r = appstack_push(a, where, how.data);
	}
	free(where);
	buf_free(&how);
	return r;
}

/* The file below comes back in front as it was left. */
static void appstack_pop(struct app *a)
{
	struct appstack_frame *f = a->stack.f[--a->stack.n];

	session_close(&a->s);
	session_move(&a->s, &f->s);
	a->sel = f->sel;
	a->top = f->top;
	free(f);
	app_edited(a, SIZE_MAX);
}

unsigned appstack_back(struct app *a)
{
	if (!a->stack.n) {
		app_say(a, APP_INFO, _("This is the first file: there is nothing to go back to "
		        "(o opens the file a 'file' or 'call' row names)."));
		return APP_REDRAW | APP_BELL;
	}
	if (doc_modified(&a->s.doc)) {
		app_say(a, APP_WARN, _("%s has unsaved edits: w writes them, u undoes them; then b "
		        "goes back."), a->s.path);
		return APP_REDRAW | APP_BELL;
	}
	appstack_forget_offer(&a->stack);
	appstack_pop(a);
	app_say(a, APP_INFO, _("Back to %s."), a->s.path);
	return APP_REDRAW;
}

void appstack_crumbs(const struct app *a, struct buf *out)
{
	size_t i;

	if (!a->stack.n)
		return;
	for (i = 0; i < a->stack.n; i++)
		buf_printf(out, "%s > ", appstack_base(a->stack.f[i]->s.path));
	buf_adds(out, appstack_base(a->s.path));
}

size_t appstack_unsaved(const struct app *a, struct buf *names)
{
	size_t i, n = 0;

	for (i = 0; i <= a->stack.n; i++) {
		const struct session *s = i < a->stack.n ? &a->stack.f[i]->s : &a->s;
		if (!doc_modified(&s->doc))
			continue;
		if (names)
			buf_printf(names, "%s%s", n ? ", " : "", appstack_base(s->path));
		n++;
	}
	return n;
}

unsigned appstack_then_quit(struct app *a)
{
	while (a->stack.n && !doc_modified(&a->s.doc))
		appstack_pop(a);
	if (!doc_modified(&a->s.doc))
		return APP_QUIT;
	app_diff_begin(a);
	if (a->mode != APP_DIFF)
		return APP_REDRAW;
	a->diff.then_quit = 1;
	app_say(a, APP_WARN, _("%s has unsaved edits too: y writes them, then pppconf quits."),
	        appstack_base(a->s.path));
	return APP_REDRAW;
}

int appstack_keep(struct app *a, struct buf *where, struct buf *err)
{
	struct buf one = { 0 };
	int kept = 0, failed = 0, r;

	for (;;) {
		buf_reset(&one);
		r = appmerge_keep(a, &one, err);
		if (r < 0)
			failed = 1;     /* the files below are still worth keeping */
		else if (r > 0)
			buf_printf(where, "%s%s", kept++ ? ", " : "", one.data);
		if (!a->stack.n)
			break;
		appstack_pop(a);
	}
	buf_free(&one);
	return failed ? -1 : kept;
}

/* One value: its directive padded to a column, then where it was set. */
static void appstack_show_set(const struct config *c, const struct config_set *s, int reveal,
                              const char *lead, struct buf *out)
{
	struct buf v = { 0 }, w = { 0 };

	config_set_shown(c, s, reveal, &v);
	config_set_where(c, s, &w);
	if (!*lead) {
		buf_add(out, v.data, v.len);
		buf_printf(out, "%*s%s\n", v.len < 32 ? (int)(32 - v.len) : 1, "", w.data);
	} else {
		/* lead holds the directive and the place, in that order */
		buf_addc(out, '\t');
		buf_printf(out, lead, v.data, w.data);
		buf_addc(out, '\n');
	}
	buf_free(&v);
	buf_free(&w);
}

static void appstack_show_option(const struct config *c, const struct config_option *o,
                                 int reveal, struct buf *out)
{
	size_t k, e;

	if (o->list) {
		for (k = 0; k < o->nsets; k++)
			appstack_show_set(c, &o->sets[k], reveal, "", out);
		return;
	}
	/* a pair that sets each side on its own may have more than one in effect */
	for (e = 0; e < o->nsets; e++) {
		if (!config_option_in_effect(o, e))
			continue;
		appstack_show_set(c, &o->sets[e], reveal, "", out);
		for (k = 0; k < e; k++)
			if (config_option_replaces(o, e, k))
				appstack_show_set(c, &o->sets[k], reveal, _("replaces %s at %s"), out);
	}
	for (k = 0; k < o->nsets; k++) {
		if (k != o->winner && o->sets[k].ignored)
			appstack_show_set(c, &o->sets[k], reveal, _("keeps it over %s at %s (lower "
			                  "priority: pppd ignores it)"), out);
	}
}

/* "!" lead (its %s the source), ":line" when it has lines, then tail. */
static void appstack_show_where(const struct config *c, size_t src, size_t entry,
                                const char *lead, const char *tail, struct buf *out)
{
	const struct config_source *s = c->src[src];

	buf_printf(out, "!");
	buf_printf(out, lead, config_source_name(s));
	if (s->where && entry != CONFIG_NONE)
		buf_printf(out, ":%zu", s->doc->entries[entry].line_first + 1);
	buf_printf(out, " %s\n", tail);
}

unsigned appstack_show(struct app *a)
{
	struct config c;
	struct config_opts o;
	struct buf err = { 0 }, *out = &a->stack.show;
	size_t i;

	memset(&o, 0, sizeof o);
	o.platform = a->s.platform;
	o.root = a->stack.root;
	o.given = a->s.path;
	buf_reset(out);
	a->stack.show_top = 0;
	if (config_open(&c, &o, &err) < 0) {
		app_say(a, APP_BAD, "%s", err.data ? err.data : a->s.path);
		buf_free(&err);
		return APP_REDRAW | APP_BELL;
	}
	buf_free(&err);
	if (doc_modified(&a->s.doc))
		buf_printf(out, "!%s\n", _("From the files as they are on disk: the unsaved edits "
		           "are not in it."));
	if (c.note[0])
		buf_printf(out, "!%s\n", c.note);
	if (c.exit_src != CONFIG_NONE)
		appstack_show_where(&c, c.exit_src, c.exit_entry, _("pppd prints and exits at %s"),
		                    _("without connecting; below is what it would take without "
		                    "that word."), out);
	else if (c.stop_src != CONFIG_NONE)
		appstack_show_where(&c, c.stop_src, c.stop_entry,
		                    _("pppd refuses this configuration at %s"),
		                    _("('pppconf check' says why); below is what it would take "
		                    "otherwise."), out);
	for (i = 0; i < c.nopt; i++)
		appstack_show_option(&c, &c.opt[i], a->reveal, out);
	if (!c.nopt)
		buf_printf(out, "!%s\n", _("No options: pppd uses its defaults."));
	config_close(&c);
	buf_reset(&a->msg);
	return app_set_mode(a, APP_SHOW);
}
