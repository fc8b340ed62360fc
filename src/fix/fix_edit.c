/* fix_edit.c - the guided fixes' edits: finding their lines, repairing paste damage, adding and removing. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/catalog.h"
#include "fix/fix_int.h"
#include "base/util.h"


/* ---- reading the document ---- */

const char *fix_edit_name(const struct doc *d, size_t e, char *buf)
{
	return doc_word_cstr(d, d->entries[e].word, buf, NULL);
}

const char *fix_edit_arg(const struct doc *d, size_t e, char *buf)
{
	if (d->entries[e].nwords < 2)
		return NULL;
	return doc_word_cstr(d, d->entries[e].word + 1, buf, NULL);
}

const char *fix_edit_basename(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

int fix_edit_is_l2tp_plugin(const struct doc *d, size_t e)
{
	char buf[LEXER_MAXWORD + 1];
	const char *a;

	if (d->entries[e].disabled || !doc_word_is(d, d->entries[e].word, "plugin"))
		return 0;
	a = fix_edit_arg(d, e, buf);
	return a && strcmp(fix_edit_basename(a), "L2TP.ppp") == 0;
}

int fix_edit_is_named(const struct doc *d, size_t e, const char *name)
{
	return !d->entries[e].disabled && doc_word_is(d, d->entries[e].word, name) &&
	       d->entries[e].nwords == 1;
}

/* A copy-paste casualty of one of the fix's lines: look-alike characters
 * that fold to exactly "plugin L2TP.ppp" or "l2tpnoipsec", an unknown word
 * the catalogue's typo matching takes for l2tpnoipsec, a plugin line whose
 * bundle name is a near miss of L2TP.ppp, or "//" used as a comment. */
int fix_edit_is_damaged(const struct doc *d, size_t e, enum platform p)
{
	const struct doc_entry *en = &d->entries[e];
	const struct catalog_entry *best[1];
	char nbuf[LEXER_MAXWORD + 1], abuf[LEXER_MAXWORD + 1];
	const char *name;
	struct buf f = { 0 };
	size_t len;
	int hit = 0;

	if (en->disabled)
		return 0;
	name = doc_word_cstr(d, en->word, nbuf, &len);
	if (len >= 2 && name[0] == '/' && name[1] == '/')
		return 1;
	if (strcmp(name, "plugin") == 0) {
		const char *a = fix_edit_arg(d, e, abuf);
		const char *b = a ? fix_edit_basename(a) : "";
		size_t i, n = strlen(b);

		if (strcmp(b, "L2TP.ppp") == 0)
			return 0;
		if (n > 10) {   /* curly quotes or full-width letters around the name */
			struct buf fb = { 0 };
			catalog_fold(b, n, &fb);
			hit = fb.len == 8 && memcmp(fb.data, "L2TP.ppp", 8) == 0;
			buf_free(&fb);
			return hit;
		}
		if (n < 6)
			return 0;
		for (i = 0; i + 4 <= n; i++)   /* l2tp.ppp, L2TP.pp, L2tp.ppp ... */
			if (!strncmp(b + i, "L2TP", 4) || !strncmp(b + i, "l2tp", 4) ||
			    !strncmp(b + i, "L2tp", 4))
				return 1;
		return 0;
	}
	/* Any name pppd knows is itself, not damage: l2tpnoipsec is only known
	 * after its plugin line, so ask for the name, not for what pppd would
	 * make of it at this point of the file. */
	if (catalog_find_any(name, p) || catalog_match(name, len, p))
		return 0;
	catalog_fold(d->text.data + en->start, en->end - en->start, &f);
	{
		char *s = f.data ? f.data : (char *)"";
		char *w1, *w2, *w3, *save = s;

		w1 = s + strspn(s, " \t\r\n");
		save = w1 + strcspn(w1, " \t\r\n");
		w2 = save + strspn(save, " \t\r\n");
		w3 = w2 + strcspn(w2, " \t\r\n");
		w3 += strspn(w3, " \t\r\n");
		if (*w3 == '\0') {
			size_t l1 = (size_t)(save - w1), l2 = strcspn(w2, " \t\r\n");
			if ((l1 == 11 && !strncmp(w1, "l2tpnoipsec", 11) && l2 == 0) ||
			    (l1 == 6 && !strncmp(w1, "plugin", 6) && l2 == 8 &&
			     !strncmp(w2, "L2TP.ppp", 8)))
				hit = 1;
		}
	}
	buf_free(&f);
	if (!hit && catalog_suggest(name, len, p, best, 1) == 1 &&
	    strcmp(best[0]->name, "l2tpnoipsec") == 0)
		hit = 1;
	return hit;
}

size_t fix_edit_first(const struct doc *d, fix_edit_pred is)
{
	size_t e;

	for (e = 0; e < d->nentries; e++)
		if (is(d, e))
			return e;
	return SIZE_MAX;
}

int fix_edit_is_noipsec(const struct doc *d, size_t e)
{
	return fix_edit_is_named(d, e, "l2tpnoipsec");
}

size_t fix_edit_count_if(const struct doc *d, fix_edit_pred is)
{
	size_t e, n = 0;

	for (e = 0; e < d->nentries; e++)
		n += is(d, e) != 0;
	return n;
}

/* The line index of a comment line that starts with `prefix`, or SIZE_MAX. */
size_t fix_edit_find_line(const struct doc *d, const char *prefix)
{
	size_t i, n = strlen(prefix);

	for (i = 0; i < d->nlines; i++) {
		if (doc_line_len(d, i) >= n && memcmp(d->text.data + d->lines[i].off, prefix, n) == 0)
			return i;
	}
	return SIZE_MAX;
}

/* ---- applying ---- */

/* Deletes every entry `is` accepts after the first `keep` of them. */
static int fix_delete_all(struct doc *d, fix_edit_pred is,
                          size_t keep)
{
	int changed = 0;
	size_t e, seen = 0;

	for (e = 0; e < d->nentries; e++) {
		if (!is(d, e))
			continue;
		if (seen++ < keep)
			continue;
		if (doc_delete(d, e) == 0) {
			changed = 1;
			e = SIZE_MAX;     /* indices moved: start over */
			seen = 0;
		}
	}
	return changed;
}

static int fix_delete_line_with(struct doc *d, const char *prefix)
{
	size_t l = fix_edit_find_line(d, prefix);

	if (l == SIZE_MAX)
		return 0;
	doc_splice(d, d->lines[l].off, doc_line_len(d, l), "", 0);
	return 1;
}

/* "//" is no comment to pppd; make it one ('#'), keeping the words after it. */
static void fix_fix_slashes(struct doc *d)
{
	size_t e, guard = 0;

	for (e = 0; e < d->nentries && guard < 1000; e++) {
		const struct doc_entry *en = &d->entries[e];
		size_t len;
		const char *name = doc_word_bytes(d, en->word, &len);

		if (en->disabled || len < 2 || name[0] != '/' || name[1] != '/')
			continue;
		if (doc_splice(d, d->words[en->word].start, 2, "#", 1) == 0) {
			e = SIZE_MAX;   /* reparsed: look again from the start */
			guard++;
		}
	}
}

/* 1 when line l holds exactly `text` and its line end (or the file's end). */
static int fix_line_is(const struct doc *d, size_t l, const char *text)
{
	const char *p = d->text.data + d->lines[l].off;
	size_t n = doc_line_len(d, l), k = strlen(text);

	if (n && p[n - 1] == '\n')
		n--;
	if (n && p[n - 1] == '\r')
		n--;
	return n == k && memcmp(p, text, k) == 0;
}

/* The bytes of lines [m, l) as a fix's block. A fix keeps a file without a
 * final line end so (it writes the line end before its block): taking that
 * back too restores the bytes exactly. */
static void fix_block_range(const struct doc *d, size_t m, size_t l, size_t *off,
                            size_t *len)
{
	size_t end = d->lines[l - 1].off + doc_line_len(d, l - 1);

	*off = d->lines[m].off;
	if (end == d->text.len && *off > 0 && d->text.data[end - 1] != '\n') {
		(*off)--;
		if (*off > 0 && d->text.data[*off - 1] == '\r' && d->text.data[*off] == '\n')
			(*off)--;
	}
	*len = end - *off;
}

/* Appends the lines as one block. A file that ended without a line end
 * keeps ending so: the line end goes before the block, not after it. */
static void fix_append_block(struct doc *d, const char *const *lines, size_t n)
{
	size_t len, i;
	const char *p = doc_bytes(d, &len);
	int bare = len && p[len - 1] != '\n';
	struct buf b = { 0 };

	for (i = 0; i < n; i++) {
		if (bare || i)
			buf_adds(&b, d->eol);
		buf_adds(&b, lines[i]);
	}
	if (!bare)
		buf_adds(&b, d->eol);
	doc_splice(d, len, 0, b.data, b.len);
	buf_free(&b);
}

static int fix_damaged_any(const struct doc *d, size_t e)
{
	return fix_edit_is_damaged(d, e, PLATFORM_MACOS);
}

int fix_edit_l2tp(struct doc *d, const struct fix_env *env, struct buf *msg)
{
	size_t before = d->text.len;
	const char *bytes = d->text.data ? d->text.data : "";
	struct buf old = { 0 };
	size_t pl, no, depth;
	int changed;

	if (env->platform != PLATFORM_MACOS) {
		buf_adds(msg, "This fix is for macOS; on Linux there is nothing to change "
		         "(use --platform macos to prepare a Mac's file).");
		return -1;
	}
	buf_add(&old, bytes, before);
	depth = d->nundo;
	doc_group_begin(d);
	if (d->text.len >= 3 && memcmp(d->text.data, "\xEF\xBB\xBF", 3) == 0)
		doc_splice(d, 0, 3, "", 0);   /* a BOM glues itself to the first word */
	fix_fix_slashes(d);
	fix_delete_all(d, fix_damaged_any, 0);
	fix_delete_all(d, fix_edit_is_l2tp_plugin, 1);
	pl = fix_edit_first(d, fix_edit_is_l2tp_plugin);
	/* l2tpnoipsec lines before the plugin line are unknown words to pppd. */
	if (pl != SIZE_MAX) {
		for (no = 0; no < pl; no++) {
			if (fix_edit_is_noipsec(d, no) && doc_delete(d, no) == 0) {
				pl = fix_edit_first(d, fix_edit_is_l2tp_plugin);
				no = SIZE_MAX;
			}
		}
	} else {
		fix_delete_all(d, fix_edit_is_noipsec, 0);
	}
	fix_delete_all(d, fix_edit_is_noipsec, 1);
	pl = fix_edit_first(d, fix_edit_is_l2tp_plugin);
	no = fix_edit_first(d, fix_edit_is_noipsec);
	if (pl == SIZE_MAX) {
		const char *lines[3] = { NULL, "plugin L2TP.ppp", "l2tpnoipsec" };

		lines[0] = env->file_exists || before ? FIX_MARK_ADDED : FIX_MARK_CREATED;
		fix_append_block(d, lines, 3);
	} else if (no == SIZE_MAX) {
		const char *w[] = { "l2tpnoipsec" };
		doc_insert(d, d->entries[pl].line_last + 1, w, 1, NULL);
	}
	doc_group_end(d);
	changed = d->text.len != old.len || memcmp(d->text.data, old.data, old.len) != 0;
	doc_forget_noop(d, depth, old.data, old.len);
	if (!changed)
		buf_adds(msg, "The L2TP fix is already in place; nothing to change.");
	else
		buf_adds(msg, "The file now loads the L2TP plugin ('plugin L2TP.ppp') and then "
		         "turns IPsec off ('l2tpnoipsec'): L2TP VPNs on this Mac connect without "
		         "IPsec, and their traffic is not encrypted by IPsec.");
	buf_free(&old);
	return changed;
}

/* The fix's own block as the fix appends it, when it still ends the file:
 * removed as one, with the line end the fix put before it. */
static int fix_l2tp_tail(struct doc *d)
{
	size_t m, off, len;

	if (d->nlines < 3)
		return 0;
	m = d->nlines - 3;
	if (!(fix_line_is(d, m, FIX_MARK_ADDED) || fix_line_is(d, m, FIX_MARK_CREATED)) ||
	    !fix_line_is(d, m + 1, "plugin L2TP.ppp") || !fix_line_is(d, m + 2, "l2tpnoipsec"))
		return 0;
	fix_block_range(d, m, d->nlines, &off, &len);
	return doc_splice(d, off, len, "", 0) == 0;
}

int fix_edit_l2tp_undo(struct doc *d, struct buf *msg)
{
	int changed = 0, created = fix_edit_find_line(d, FIX_MARK_CREATED) != SIZE_MAX;

	doc_group_begin(d);
	changed |= fix_l2tp_tail(d);
	changed |= fix_delete_all(d, fix_edit_is_noipsec, 0);
	changed |= fix_delete_all(d, fix_edit_is_l2tp_plugin, 0);
	while (fix_delete_line_with(d, FIX_MARK_PREFIX))
		changed = 1;
	doc_group_end(d);
	if (!changed)
		buf_adds(msg, "The L2TP fix is not in the file; nothing to undo.");
	else if (d->text.len == 0 && created)
		buf_adds(msg, "Removed the fix. pppconf had created the file for it, so the "
		         "file is removed again (its last version is kept as its backup, "
		         "beside it).");
	else if (d->text.len == 0)
		buf_adds(msg, "Removed the fix. The file is now empty, as it was before the fix.");
	else
		buf_adds(msg, "Removed the fix; the rest of the file is unchanged.");
	return changed;
}

static int fix_edit_is_debug(const struct doc *d, size_t e)
{
	return fix_edit_is_named(d, e, "debug");
}

int fix_edit_log_block(const struct doc *d, size_t *off, size_t *len)
{
	size_t m = fix_edit_find_line(d, FIX_LOG_MARK), l;

	if (m == SIZE_MAX)
		return 0;
	/* Only what the fix itself writes, in its order: a 'debug' or 'logfile'
	 * line the user wrote (above, below or instead) is theirs to keep. */
	l = m + 1;
	if (l < d->nlines && fix_line_is(d, l, "debug"))
		l++;
	if (l < d->nlines && fix_line_is(d, l, "logfile " FIX_LOGFILE))
		l++;
	fix_block_range(d, m, l, off, len);
	return 1;
}

int fix_edit_log(struct doc *d, int undo, struct buf *msg)
{
	int changed = 0;
	size_t off, len;

	doc_group_begin(d);
	if (undo) {
		if (fix_edit_log_block(d, &off, &len) && doc_splice(d, off, len, "", 0) == 0)
			changed = 1;
	} else {
		int has_debug = fix_edit_first(d, fix_edit_is_debug) != SIZE_MAX;
		int has_log = doc_find(d, "logfile", 0) != SIZE_MAX;
		const char *lines[3];
		size_t n = 0;

		lines[n++] = FIX_LOG_MARK;
		if (!has_debug)
			lines[n++] = "debug";
		if (!has_log)
			lines[n++] = "logfile " FIX_LOGFILE;
		if (n > 1) {
			fix_append_block(d, lines, n);
			changed = 1;
		}
	}
	doc_group_end(d);
	if (!changed && undo && fix_edit_first(d, fix_edit_is_debug) != SIZE_MAX)
		buf_adds(msg, "The 'debug' line here was not added by pppconf's debug-log fix "
		         "(its comment line is missing), so it stays; remove it yourself to turn "
		         "verbose logging off.");
	else if (!changed)
		buf_adds(msg, undo ? "Verbose logging is not on; nothing to undo."
		                   : "Verbose logging is already on; nothing to change.");
	else
		buf_adds(msg, undo ? "Removed what pppconf's debug-log fix had added; the rest "
		                     "of the file is unchanged."
		                   : "pppd will log every step to " FIX_LOGFILE ".");
	return changed;
}
