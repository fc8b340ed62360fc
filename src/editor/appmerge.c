/* appmerge.c - the editor's edits carried onto a file that changed underneath (the conflict stage, kept edits restored), and kept when the editor is stopped. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/diff.h"
#include "editor/app.h"
#include "pppd/catalog.h"
#include "pppd/lexer.h"
#include "pppd/secrets.h"

/* The edits base -> ours, as operations, onto theirs (the file as read
 * now, with its stamp): the result becomes the document, theirs the saved
 * bytes; the diff between them is shown for review. */
static unsigned appmerge_onto(struct app *a, const char *base, size_t blen, const char *ours,
                              size_t olen, const struct buf *theirs,
                              const struct safewrite_stamp *st)
{
	struct doc b, o, t;
	size_t clash;

	doc_load(&b, base, blen, lexer_dialect_for(a->s.platform), catalog_arity, &a->s.platform);
	doc_load(&o, ours, olen, lexer_dialect_for(a->s.platform), catalog_arity, &a->s.platform);
	oplog_free(&a->merge);
	oplog_derive(&a->merge, &b, &o);
	doc_free(&b);
	doc_free(&o);
	if (a->merge.too_many) {
		app_say(a, APP_BAD, _("Too many changes to re-apply one by one; c compares the file "
		        "as it is now with your version."));
		return APP_REDRAW | APP_BELL;
	}
	doc_load(&t, theirs->data ? theirs->data : "", theirs->len,
	         lexer_dialect_for(a->s.platform), catalog_arity, &a->s.platform);
	a->merge.secrets = secrets_path(a->s.path);
	clash = oplog_apply(&a->merge, &t);
	session_adopt(&a->s, theirs->data ? theirs->data : "", theirs->len, st, &t);
	app_edited(a, SIZE_MAX);
	a->sel = a->top = 0;
	app_make_diff(a, theirs->data, theirs->len);
	a->diff.stage = APP_DIFF_MERGED;
	a->diff.overwrite = a->diff.from_fix = 0;
	a->mode = APP_DIFF;
	app_say(a, clash || a->merge.lossy ? APP_WARN : APP_INFO, "Re-applied to the file as "
	        "it is now: %zu applied, %zu already there, %zu clash%s. y writes; u undoes.",
	        oplog_count(&a->merge, OPLOG_APPLIED), oplog_count(&a->merge, OPLOG_ALREADY),
	        clash, clash == 1 ? "" : "es");
	return APP_REDRAW;
}

unsigned appmerge_conflict(struct app *a)
{
	struct buf theirs = { 0 }, msg = { 0 }, ours = { 0 }, base = { 0 };
	struct safewrite_stamp st;
	size_t n;
	const char *p;
	unsigned r;

	if (safewrite_changed(&a->s.file, &theirs, &st, &msg) < 0) {
		app_say(a, APP_BAD, "%s", msg.data ? msg.data : "The file cannot be read.");
		buf_free(&msg);
		buf_free(&theirs);
		return APP_REDRAW;
	}
	/* copies: adopting the new file replaces both */
	p = session_saved(&a->s, &n);
	buf_add(&base, p, n);
	p = doc_bytes(&a->s.doc, &n);
	buf_add(&ours, p, n);
	r = appmerge_onto(a, base.data, base.len, ours.data, ours.len, &theirs, &st);
	buf_free(&theirs);
	buf_free(&msg);
	buf_free(&ours);
	buf_free(&base);
	return r;
}

static void appmerge_when(time_t t, char *out, size_t n)
{
	struct tm tm;

	if (!localtime_r(&t, &tm) || !strftime(out, n, "%Y-%m-%d %H:%M", &tm))
		snprintf(out, n, "%s", _("an earlier session"));
}

void appmerge_offer(struct app *a)
{
	struct buf err = { 0 };
	size_t n;
	const char *now = session_saved(&a->s, &n);
	int r;

	if (!a->s.file.real)
		return;
	r = recover_load(a->s.file.real, &a->rec, &err);
	if (r < 0)
		app_say(a, APP_WARN, "%s", err.data);
	buf_free(&err);
	if (r <= 0)
		return;
	if (a->rec.edited.len == n && (n == 0 || memcmp(a->rec.edited.data, now, n) == 0) &&
	    a->s.file.stamp.exists) {
		/* someone wrote the very same bytes since: nothing to bring back */
		recover_discard(a->s.file.real);
		recover_free(&a->rec);
		app_say(a, APP_INFO, _("The edits kept from an earlier session are already in the file."));
		return;
	}
	a->rec_changed = a->rec.base.len != n || a->rec.base_exists != a->s.file.stamp.exists ||
	                 (n && memcmp(a->rec.base.data, now, n) != 0);
	buf_reset(&a->rec_diff);
	diff_unified(a->rec.base.data ? a->rec.base.data : "", a->rec.base.len,
	             a->rec.edited.data ? a->rec.edited.data : "", a->rec.edited.len,
	             a->s.path, "(the kept edits)", 3, &a->rec_diff);
	a->diff.top = 0;
	a->mode = APP_RECOVER;
	app_say(a, APP_WARN, _("Unsaved edits were kept when pppconf was stopped: r restores "
	        "them, d discards them, l decides later."));
}

unsigned appmerge_restore(struct app *a)
{
	char when[40];
	unsigned r = APP_REDRAW;

	appmerge_when(a->rec.time, when, sizeof when);
	if (!a->rec_changed) {
		/* the file is as the edits found it: they come back as they were,
		 * one undo step */
		doc_splice(&a->s.doc, 0, a->s.doc.text.len, a->rec.edited.data ? a->rec.edited.data : "",
		           a->rec.edited.len);
		app_edited(a, SIZE_MAX);
		a->mode = APP_LIST;
		app_say(a, APP_INFO, _("Restored the edits kept on %s (u undoes); w reviews and "
		        "writes them."), when);
	} else {
		struct buf theirs = { 0 };
		size_t n;
		const char *p = session_saved(&a->s, &n);
		struct safewrite_stamp st = a->s.file.stamp;

		buf_add(&theirs, p, n);
		r = appmerge_onto(a, a->rec.base.data ? a->rec.base.data : "", a->rec.base.len,
		                  a->rec.edited.data ? a->rec.edited.data : "", a->rec.edited.len,
		                  &theirs, &st);
		buf_free(&theirs);
	}
	recover_discard(a->s.file.real);
	recover_free(&a->rec);
	return r;
}

unsigned appmerge_discard(struct app *a)
{
	char when[40];

	appmerge_when(a->rec.time, when, sizeof when);
	recover_discard(a->s.file.real);
	recover_free(&a->rec);
	a->mode = APP_LIST;
	app_say(a, APP_INFO, _("Discarded the edits kept on %s."), when);
	return APP_REDRAW;
}

unsigned appmerge_later(struct app *a)
{
	recover_free(&a->rec);
	a->mode = APP_LIST;
	app_say(a, APP_INFO, _("The kept edits stay kept; pppconf offers them again next time."));
	return APP_REDRAW;
}

int appmerge_keep(struct app *a, struct buf *where, struct buf *err)
{
	size_t blen, elen;
	const char *base, *edited;

	if (!doc_modified(&a->s.doc) || !a->s.file.real)
		return 0;
	base = session_saved(&a->s, &blen);
	edited = doc_bytes(&a->s.doc, &elen);
	return recover_save(a->s.file.real, base, blen, a->s.file.stamp.exists, edited, elen,
	                    where, err) == 0 ? 1 : -1;
}
