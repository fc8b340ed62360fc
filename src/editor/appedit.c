/* appedit.c - every edit the editor makes: delete, enable, move, undo, arguments, adding. */
#include "editor/appedit.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "pppd/facts.h"
#include "pppd/lexer.h"
#include "base/i18n.h"
#include "base/util.h"

/* ---- delete, enable/disable, move, undo ---- */

unsigned appedit_toggle(struct app *a)
{
	struct buf name = { 0 };
	size_t out = SIZE_MAX;
	int dis;

	if (!app_need_entry(a))
		return APP_REDRAW | APP_BELL;
	dis = a->s.doc.entries[a->sel].disabled;
	app_entry_label(a, a->sel, &name);
	if (!dis && a->s.doc.entries[a->sel].arity == DOC_UNKNOWN) {
		/* commented out, an unknown word is only a comment: its row would
		 * vanish and x could not bring it back */
		app_say(a, APP_WARN, _("%s is not a directive pppd knows, so it cannot be "
		        "disabled and enabled again: c applies the suggested correction, d "
		        "deletes it."), name.data);
		buf_free(&name);
		return APP_REDRAW | APP_BELL;
	}
	if (doc_set_disabled(&a->s.doc, a->sel, !dis, &out) < 0) {
		buf_free(&name);
		return app_refused(a);
	}
	app_say(a, APP_INFO, dis ? _("Enabled %s.") : _("Disabled %s: it is a comment now."),
	        name.data);
	buf_free(&name);
	return app_edited(a, out);
}

unsigned appedit_delete(struct app *a)
{
	struct buf name = { 0 };

	if (!app_need_entry(a))
		return APP_REDRAW | APP_BELL;
	app_entry_label(a, a->sel, &name);
	if (doc_delete(&a->s.doc, a->sel) < 0) {
		buf_free(&name);
		return app_refused(a);
	}
	app_say(a, APP_INFO, _("Deleted %s (u undoes)."), name.data);
	buf_free(&name);
	return app_edited(a, SIZE_MAX);
}

unsigned appedit_shift(struct app *a, int dir)
{
	size_t out = SIZE_MAX;

	if (!app_need_entry(a))
		return APP_REDRAW | APP_BELL;
	if ((dir < 0 && a->sel == 0) || (dir > 0 && a->sel + 1 >= a->s.doc.nentries)) {
		app_say(a, APP_INFO, dir < 0 ? _("Already the first directive.") :
		        _("Already the last directive."));
		return APP_REDRAW | APP_BELL;
	}
	if (doc_move(&a->s.doc, a->sel, dir, &out) < 0)
		return app_refused(a);
	app_say(a, APP_INFO, dir < 0 ? _("Moved up.") : _("Moved down."));
	return app_edited(a, out);
}

unsigned appedit_undo(struct app *a)
{
	if (doc_undo(&a->s.doc) < 0) {
		app_say(a, APP_INFO, _("Nothing to undo."));
		return APP_REDRAW | APP_BELL;
	}
	if (!doc_can_undo(&a->s.doc) && a->s.doc.text.len == 0 && a->s.file.stamp.exists &&
	    doc_modified(&a->s.doc))
		/* a new file written since: "as loaded" is no file, which only
		 * an empty one can stand for on disk */
		app_say(a, APP_WARN, _("Undone: back to the file as loaded, which was missing or "
		        "empty; w now writes it as an empty file, which pppd reads like a "
		        "missing one (r redoes)."));
	else
		app_say(a, APP_INFO, doc_can_undo(&a->s.doc) ? _("Undone (u undoes more, r redoes).") :
		        _("Undone: back to the file as loaded (r redoes)."));
	return app_edited(a, SIZE_MAX);
}

unsigned appedit_redo(struct app *a)
{
	if (doc_redo(&a->s.doc) < 0) {
		app_say(a, APP_INFO, _("Nothing to redo."));
		return APP_REDRAW | APP_BELL;
	}
	app_say(a, APP_INFO, _("Redone."));
	return app_edited(a, SIZE_MAX);
}

/* ---- the checks' suggested correction ---- */

const struct check_finding *appedit_correction(const struct app *a, size_t entry)
{
	size_t i;

	for (i = 0; i < a->s.report.n; i++)
		if (check_finding_entry(&a->s.report.items[i]) == entry &&
		    check_replacement(&a->s.report, &a->s.report.items[i]))
			return &a->s.report.items[i];
	return NULL;
}

/* The replacement's directives, one a line, ending lines as the file does. */
static void appedit_rep_bytes(const struct app *a, const char *rep, struct buf *out)
{
	for (; *rep; rep++) {
		if (*rep == '\n')
			buf_adds(out, a->s.doc.eol ? a->s.doc.eol : "\n");
		else
			buf_addc(out, *rep);
	}
}

void appedit_rep_shown(const struct app *a, const char *rep, struct buf *out)
{
	struct buf m = { 0 };
	size_t n;

	for (;;) {
		n = strcspn(rep, "\n");
		buf_reset(&m);
		facts_mask_line(a->s.platform, a->reveal, rep, n, &m);   /* a typo'd password too */
		buf_add_escaped(out, m.data ? m.data : "", m.len);
		if (!rep[n])
			break;
		/* TRANSLATORS: between two lines of a correction, each in quotes:
		   'lock' then 'noauth' */
		buf_adds(out, _("' then '"));
		rep += n + 1;
	}
	buf_free(&m);
}

unsigned appedit_correct(struct app *a)
{
	const struct check_finding *f;
	const struct doc_entry *e;
	const char *fr;
	struct buf name = { 0 }, rep = { 0 }, shown = { 0 };
	size_t line, out;
	int rc;

	if (!app_need_entry(a))
		return APP_REDRAW | APP_BELL;
	app_entry_label(a, a->sel, &name);
	if (!(f = appedit_correction(a, a->sel))) {
		app_say(a, APP_INFO, _("The checks suggest no correction for %s; e edits it, "
		        "d deletes it."), name.data);
		buf_free(&name);
		return APP_REDRAW | APP_BELL;
	}
	e = &a->s.doc.entries[a->sel];
	line = e->line_first;
	fr = check_replacement(&a->s.report, f);
	appedit_rep_shown(a, fr, &shown);   /* f goes with the re-check */
	if (!fr[0]) {
		rc = doc_delete(&a->s.doc, a->sel);
	} else {
		appedit_rep_bytes(a, fr, &rep);
		rc = doc_splice(&a->s.doc, e->start, e->end - e->start, rep.data, rep.len);
	}
	if (rc < 0) {
		buf_free(&name);
		buf_free(&rep);
		buf_free(&shown);
		return app_refused(a);
	}
	out = line < a->s.doc.nlines ? doc_entry_at_line(&a->s.doc, line) : SIZE_MAX;
	app_edited(a, out);
	if (rep.len)
		app_say(a, APP_INFO, _("Corrected %s to '%s' (u undoes)."), name.data,
		        shown.data ? shown.data : "");
	else
		app_say(a, APP_INFO, _("Deleted %s, as the checks suggest (u undoes)."), name.data);
	buf_free(&shown);
	buf_free(&name);
	buf_free(&rep);
	return APP_REDRAW;
}

/* ---- an argument, checked as it is typed ---- */

void appedit_check(struct app *a)
{
	const char *v = field_text(&a->edit.in);

	buf_reset(&a->edit.why);
	a->edit.verdict = a->edit.ce ? catalog_check_value_on(a->edit.ce, a->s.platform, v,
		a->edit.in.text.len, &a->edit.why) : 0;
	if (!lexer_quotable(v, a->edit.in.text.len)) {
		a->edit.verdict = 2;
		buf_reset(&a->edit.why);
		buf_printf(&a->edit.why, _("pppd cannot read it: a NUL byte, or longer "
		           "than its %d-byte limit for a word"), LEXER_MAXWORD);
	}
}

unsigned appedit_begin(struct app *a)
{
	const struct catalog_entry *ce;
	const struct doc_entry *e;
	struct buf name = { 0 };
	size_t len;
	const char *v;

	if (!app_need_entry(a))
		return APP_REDRAW | APP_BELL;
	e = &a->s.doc.entries[a->sel];
	ce = facts_catalog(&a->s.doc, a->sel, a->s.platform);
	if (!ce || ce->nargs == 0 || !(ce->platforms & a->s.platform)) {
		const struct check_finding *f = appedit_correction(a, a->sel);

		app_entry_label(a, a->sel, &name);
		if (f && check_replacement(&a->s.report, f)[0]) {
			struct buf rep = { 0 };

			appedit_rep_shown(a, check_replacement(&a->s.report, f), &rep);
			app_say(a, APP_INFO, ce && (ce->platforms & a->s.platform) ?
			        _("%s has no argument to edit; c corrects it to '%s', d deletes it.") :
			        _("pppd does not know %s, so it has no argument to edit; c corrects it "
			          "to '%s', d deletes it."), name.data, rep.data ? rep.data : "");
			buf_free(&rep);
		} else if (!ce || !(ce->platforms & a->s.platform))
			app_say(a, APP_INFO, _("pppd does not know %s, so it has no argument to "
			        "edit; d deletes it."), name.data);
		else if (ce->flags & CATALOG_WILDCARD)
			app_say(a, APP_INFO, _("%s is its own value; d deletes it, a adds another."),
			        name.data);
		else
			app_say(a, APP_INFO, _("%s takes no argument; x disables it, d deletes it."),
			        name.data);
		buf_free(&name);
		return APP_REDRAW | APP_BELL;
	}
	a->edit.entry = a->sel;
	a->edit.ce = ce;
	a->edit.with_plugin = 0;
	if (e->nwords > 1) {
		v = doc_word_bytes(&a->s.doc, e->word + 1, &len);
		field_set(&a->edit.in, v, len);
	} else {
		field_set(&a->edit.in, "", 0);
	}
	appedit_check(a);
	return app_set_mode(a, APP_EDIT);
}

/* What an added (added != 0) or set argument came to, as the check saw it. */
static void appedit_note(struct app *a, int added, const char *name)
{
	const char *why = a->edit.why.data ? a->edit.why.data : "";

	if (a->edit.verdict == 2)
		app_say(a, APP_BAD, added ? _("Added %s, but pppd will refuse the value: %s") :
		        _("Set %s, but pppd will refuse the value: %s"), name, why);
	else if (a->edit.verdict == 1)
		app_say(a, APP_WARN, added ? _("Added %s. Note: %s") : _("Set %s. Note: %s"),
		        name, why);
	else
		app_say(a, APP_INFO, added ? _("Added %s.") : _("Set %s."), name);
}

size_t appedit_insert_line(const struct app *a, const struct catalog_entry *ce)
{
	size_t line = a->s.doc.nlines, p;

	if (a->s.doc.nentries)
		line = a->s.doc.entries[a->sel].line_last + 1;
	if (ce->plugin && (p = facts_plugin_entry(&a->s.doc, ce->plugin)) != SIZE_MAX &&
	    a->s.doc.entries[p].line_last + 1 > line)
		line = a->s.doc.entries[p].line_last + 1;
	return line;
}

static unsigned appedit_add(struct app *a, const struct catalog_entry *ce,
                            const char *val, size_t vlen, int with_plugin)
{
	size_t line = appedit_insert_line(a, ce), out = SIZE_MAX;
	const char *words[2];
	char *v = util_xmemdup(val ? val : "", vlen);
	int rc = 0;

	doc_group_begin(&a->s.doc);
	if (with_plugin) {
		words[0] = "plugin";
		words[1] = ce->plugin;
		rc = doc_insert(&a->s.doc, line, words, 2, NULL);
		line++;
	}
	words[0] = ce->name;
	words[1] = v;
	if (rc == 0)
		rc = doc_insert(&a->s.doc, line, words, ce->nargs > 0 ? 2 : 1, &out);
	doc_group_end(&a->s.doc);
	free(v);
	if (rc < 0) {
		struct buf why = { 0 };

		buf_adds(&why, a->s.doc.error);
		if (with_plugin)
			doc_undo(&a->s.doc);   /* the plugin line alone is not what was asked */
		app_say(a, APP_BAD, "%s", why.data ? why.data : _("that edit was refused"));
		buf_free(&why);
		app_edited(a, SIZE_MAX);
		return APP_REDRAW | APP_BELL;
	}
	app_edited(a, out);
	if (with_plugin)
		app_say(a, APP_INFO, _("Added plugin %s and %s (u undoes both)."), ce->plugin,
		        ce->name);
	else if (ce->nargs > 0)
		appedit_note(a, 1, ce->name);
	else
		app_say(a, APP_INFO, _("Added %s."), ce->name);
	return APP_REDRAW;
}

unsigned appedit_commit(struct app *a)
{
	const char *v = field_text(&a->edit.in);
	size_t out = SIZE_MAX;
	unsigned r;

	a->mode = APP_LIST;
	appedit_check(a);
	if (a->edit.entry == SIZE_MAX)
		return appedit_add(a, a->edit.ce, v, a->edit.in.text.len, a->edit.with_plugin);
	if (a->edit.entry >= a->s.doc.nentries)
		return APP_REDRAW;
	if (doc_set_args(&a->s.doc, a->edit.entry, &v, 1, &out) < 0)
		return app_refused(a);
	r = app_edited(a, out);
	appedit_note(a, 0, a->edit.ce->name);
	return r;
}

void appedit_pick_filter(struct app *a)
{
	picker_filter(&a->pick, a->s.platform);
}

/* ---- adding from the catalogue ---- */

unsigned appedit_pick_begin(struct app *a)
{
	field_set(&a->pick.query, "", 0);
	a->pick.sel = a->pick.top = 0;
	a->pick_stage = APP_PICK_BROWSE;
	a->chosen = NULL;
	picker_filter(&a->pick, a->s.platform);
	app_say(a, APP_INFO, _("Type part of a name (or 3+ letters of what it does); Enter adds it."));
	return app_set_mode(a, APP_PICK);
}

static unsigned appedit_go(struct app *a, int with_plugin)
{
	const struct catalog_entry *ce = a->chosen;

	if (ce->nargs == 0) {
		a->mode = APP_LIST;
		return appedit_add(a, ce, NULL, 0, with_plugin);
	}
	a->edit.entry = SIZE_MAX;
	a->edit.ce = ce;
	a->edit.with_plugin = with_plugin;
	field_set(&a->edit.in, "", 0);
	appedit_check(a);
	return app_set_mode(a, APP_EDIT);
}

unsigned appedit_pick_choose(struct app *a)
{
	const struct catalog_entry *ce;

	if (!(ce = a->chosen = picker_current(&a->pick)))
		return APP_BELL;
	if (ce->plugin && facts_plugin_entry(&a->s.doc, ce->plugin) == SIZE_MAX) {
		switch (check_plugin_line_fits(&a->s.cfile, a->s.platform, ce->plugin)) {
		case 1:
			/* a Mac's shared file: the word would stop every pppd
			 * there, and a plugin line would load the plugin for all */
			app_say(a, APP_WARN, _("%s belongs to %s, which PPPController loads only for "
			        "a service that uses it: put it in that service's peers file, not "
			        "here."), ce->name, ce->plugin);
			return APP_REDRAW;
		case 2:
			return appedit_go(a, 0);   /* the controller loads it first */
		default:
			a->pick_stage = APP_PICK_PLUGIN;
			return APP_REDRAW;
		}
	}
	return appedit_go(a, 0);
}

unsigned appedit_pick_plugin(struct app *a, int yes)
{
	a->pick_stage = APP_PICK_BROWSE;
	return appedit_go(a, yes);
}
