/* doc.c - an options file as lines and directives: loading, queries, undo. */
#include "pppd/doc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/doc_int.h"
#include "base/util.h"

static void doc_start(struct doc *d, enum lexer_dialect dialect, doc_arity_fn arity,
                      void *ctx)
{
	d->dialect = dialect;
	d->arity = arity;
	d->arity_ctx = ctx;
	d->eol = "\n";
	doc_reparse(d);
	doc_mark_saved(d);
}

void doc_load(struct doc *d, const char *data, size_t len,
              enum lexer_dialect dialect, doc_arity_fn arity, void *ctx)
{
	memset(d, 0, sizeof *d);
	buf_add(&d->text, data ? data : "", data ? len : 0);
	doc_start(d, dialect, arity, ctx);
}

void doc_load_buf(struct doc *d, struct buf *data,
                  enum lexer_dialect dialect, doc_arity_fn arity, void *ctx)
{
	memset(d, 0, sizeof *d);
	d->text = *data;
	buf_init(data);
	if (!d->text.data)
		buf_add(&d->text, "", 0);
	doc_start(d, dialect, arity, ctx);
}

static void doc_free_changes(struct doc_change *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(c[i].old);
		free(c[i].neu);
	}
}

void doc_free(struct doc *d)
{
	buf_free(&d->text);
	buf_free(&d->values);
	buf_free(&d->saved);
	free(d->lines);
	free(d->words);
	free(d->entries);
	doc_free_changes(d->undo, d->nundo);
	doc_free_changes(d->redo, d->nredo);
	free(d->undo);
	free(d->redo);
	memset(d, 0, sizeof *d);
}

const char *doc_bytes(const struct doc *d, size_t *len)
{
	if (len)
		*len = d->text.len;
	return d->text.data ? d->text.data : "";
}

const char *doc_word_bytes(const struct doc *d, size_t i, size_t *len)
{
	if (i >= d->nwords) {
		*len = 0;
		return "";
	}
	*len = d->words[i].len;
	return d->values.data + d->words[i].value;
}

int doc_word_is(const struct doc *d, size_t i, const char *s)
{
	size_t len, n = strlen(s);
	const char *v = doc_word_bytes(d, i, &len);

	if (i < d->nwords && (d->words[i].flags & LEXER_HAS_NUL))
		len = doc_cstr_len(v, len);
	return len == n && memcmp(v, s, n) == 0;
}

char *doc_word_cstr(const struct doc *d, size_t i, char *out, size_t *len)
{
	size_t n;
	const char *v = doc_word_bytes(d, i, &n);

	memcpy(out, v, n);   /* n <= LEXER_MAXWORD */
	out[n] = '\0';
	if (len)
		*len = n;
	return out;
}

size_t doc_line_len(const struct doc *d, size_t i)
{
	return d->lines[i].len;
}

size_t doc_word_line(const struct doc *d, size_t i)
{
	return d->words[i].line;
}

size_t doc_line_of(const struct doc *d, size_t off)
{
	size_t lo = 0, hi = d->nlines;

	if (!d->nlines)
		return 0;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->lines[mid].off <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

size_t doc_entry_at_line(const struct doc *d, size_t line)
{
	size_t lo = 0, hi = d->nentries;

	/* line_last never decreases from one entry to the next */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->entries[mid].line_last < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < d->nentries && d->entries[lo].line_first <= line)
		return lo;
	return SIZE_MAX;
}

size_t doc_entry_at_off(const struct doc *d, size_t off)
{
	size_t lo = 0, hi = d->nentries;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->entries[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < d->nentries && d->entries[lo].start == off ? lo : SIZE_MAX;
}

size_t doc_find(const struct doc *d, const char *name, size_t from)
{
	size_t i, n = strlen(name);

	for (i = from; i < d->nentries; i++) {
		const struct doc_entry *e = &d->entries[i];
		size_t len;
		const char *v = doc_word_bytes(d, e->word, &len);

		if (!e->disabled && len == n && memcmp(v, name, n) == 0)
			return i;
	}
	return SIZE_MAX;
}

/* ---- changes and undo ---- */

static void doc_apply(struct doc *d, size_t off, size_t n, const char *p, size_t m)
{
	buf_splice(&d->text, off, n, p, m);
}

int doc_splice_raw(struct doc *d, size_t off, size_t n, const char *p, size_t m)
{
	struct doc_change *c;

	if (off > d->text.len || n > d->text.len - off) {
		snprintf(d->error, sizeof d->error, "the change lies outside the file");
		return -1;
	}
	if (n == m && (n == 0 || memcmp(d->text.data + off, p, n) == 0))
		return 0;   /* nothing changes: nothing to undo */
	if (m > n && d->text.len - n + m > UTIL_MAX_FILE) {
		snprintf(d->error, sizeof d->error, "the file would grow beyond %zu bytes",
		         UTIL_MAX_FILE);
		return -1;
	}
	util_grow(&d->undo, &d->undo_cap, d->nundo + 1, sizeof *d->undo);
	c = &d->undo[d->nundo];
	c->off = off;
	c->old = util_xmemdup(d->text.data + off, n);
	c->oldn = n;
	c->neu = util_xmemdup(p, m);
	c->newn = m;
	c->join = d->group > 0 && d->nundo > d->group_start;
	d->nundo++;
	doc_apply(d, off, n, p, m);
	return 0;
}

void doc_commit(struct doc *d, size_t nundo0)
{
	if (d->nundo == nundo0)
		return;
	doc_free_changes(d->redo, d->nredo);
	d->nredo = 0;
}

void doc_forget_noop(struct doc *d, size_t depth, const char *before, size_t len)
{
	if (d->nundo > depth && d->text.len == len &&
	    (len == 0 || memcmp(d->text.data, before, len) == 0))
		doc_rollback(d, depth);
}

void doc_rollback(struct doc *d, size_t nundo0)
{
	while (d->nundo > nundo0) {
		struct doc_change *c = &d->undo[--d->nundo];

		doc_apply(d, c->off, c->newn, c->old, c->oldn);
		free(c->old);
		free(c->neu);
	}
	doc_reparse(d);
}

int doc_splice(struct doc *d, size_t off, size_t n, const char *p, size_t m)
{
	size_t n0 = d->nundo;

	if (doc_splice_raw(d, off, n, p, m) < 0)
		return -1;
	doc_reparse(d);
	doc_commit(d, n0);
	return 0;
}

void doc_group_begin(struct doc *d)
{
	if (d->group++ == 0)
		d->group_start = d->nundo;
}

void doc_group_end(struct doc *d)
{
	if (d->group > 0)
		d->group--;
}

int doc_can_undo(const struct doc *d)
{
	return d->nundo > 0 && d->group == 0;
}

int doc_can_redo(const struct doc *d)
{
	return d->nredo > 0 && d->group == 0;
}

int doc_undo(struct doc *d)
{
	int more;

	if (!doc_can_undo(d))
		return -1;
	do {
		struct doc_change c = d->undo[--d->nundo];

		doc_apply(d, c.off, c.newn, c.old, c.oldn);
		more = c.join;
		util_grow(&d->redo, &d->redo_cap, d->nredo + 1, sizeof *d->redo);
		d->redo[d->nredo++] = c;
	} while (more && d->nundo > 0);
	doc_reparse(d);
	return 0;
}

int doc_redo(struct doc *d)
{
	if (!doc_can_redo(d))
		return -1;
	do {
		struct doc_change c = d->redo[--d->nredo];

		doc_apply(d, c.off, c.oldn, c.neu, c.newn);
		util_grow(&d->undo, &d->undo_cap, d->nundo + 1, sizeof *d->undo);
		d->undo[d->nundo++] = c;
	} while (d->nredo > 0 && d->redo[d->nredo - 1].join);
	doc_reparse(d);
	return 0;
}

void doc_mark_saved(struct doc *d)
{
	buf_reset(&d->saved);
	buf_add(&d->saved, d->text.data, d->text.len);
}

int doc_modified(const struct doc *d)
{
	return d->saved.len != d->text.len ||
	       (d->text.len > 0 && memcmp(d->saved.data, d->text.data, d->text.len) != 0);
}
