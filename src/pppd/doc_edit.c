/* doc_edit.c - edits on a doc: byte splices, each checked against what pppd will read. */
#include "pppd/doc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/doc_int.h"
#include "base/util.h"

static void doc_set_error_name(struct doc *d, size_t entry, const char *fmt)
{
	struct buf name = { NULL, 0, 0 };
	size_t len;
	const char *v = doc_word_bytes(d, d->entries[entry].word, &len);

	buf_add_escaped(&name, v, len > 40 ? 40 : len);
	snprintf(d->error, sizeof d->error, fmt, name.data ? name.data : "",
	         (size_t)d->entries[entry].line_first + 1);
	buf_free(&name);
}

static int doc_check_entry(struct doc *d, size_t entry)
{
	if (entry >= d->nentries) {
		snprintf(d->error, sizeof d->error, "there is no such directive");
		return -1;
	}
	return 0;
}

/* The words as pppd must read them, separated by one space. */
static int doc_quote_words(struct doc *d, struct buf *out, const char *const *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		size_t len = strlen(v[i]);

		if (!lexer_quotable(v[i], len)) {
			snprintf(d->error, sizeof d->error, "a value of %zu bytes is too long: "
			         "pppd keeps at most %d", len, LEXER_MAXWORD);
			return -1;
		}
		if (i)
			buf_addc(out, ' ');
		lexer_quote(out, v[i], len);
	}
	return 0;
}

static size_t doc_line_end(const struct doc *d, size_t line)
{
	return d->lines[line].off + doc_line_len(d, line);
}

static int doc_ends_with_newline(const struct doc *d)
{
	return d->text.len == 0 || d->text.data[d->text.len - 1] == '\n';
}

/* Bytes to remove for a directive that shares its line: its own bytes and
 * one run of blanks, the one after it if more follows on the line. */
static void doc_shared_range(const struct doc *d, size_t start, size_t end,
                             size_t *a, size_t *b)
{
	const char *s = d->text.data;
	size_t p = end;

	while (p < d->text.len && (s[p] == ' ' || s[p] == '\t'))
		p++;
	if (p > end && p < d->text.len && s[p] != '\n' && s[p] != '\r') {
		*a = start;
		*b = p;
		return;
	}
	for (p = start; p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t'); p--)
		;
	*a = p;
	*b = end;
}

/* A word written right before `off` must not run into what follows there:
 * Apple's parser ends a quoted word at its closing quote. */
static void doc_pad_before(const struct doc *d, size_t off, struct buf *b)
{
	if (off < d->text.len) {
		unsigned char c = (unsigned char)d->text.data[off];

		if (c != ' ' && !(c >= '\t' && c <= '\r') && c != '#')
			buf_addc(b, ' ');
	}
}

int doc_set_args(struct doc *d, size_t entry, const char *const *args,
                 size_t nargs, size_t *out)
{
	struct buf t = { NULL, 0, 0 };
	struct doc_tx tx;
	const struct doc_entry *e;
	const struct doc_word *name, *first = NULL, *last = NULL;
	size_t a = 0, b = 0, nstart;
	int fail = 0, disabled;

	if (doc_check_entry(d, entry) < 0 || doc_quote_words(d, &t, args, nargs) < 0) {
		buf_free(&t);
		return -1;
	}
	e = &d->entries[entry];
	name = &d->words[e->word];
	nstart = e->start;
	disabled = e->disabled;
	if (e->nwords > 1) {
		first = &d->words[e->word + 1];
		last = &d->words[e->word + e->nwords - 1];
	}
	if (nargs && first) {
		a = first->start;
		b = last->end;
	} else if (nargs) {
		buf_splice(&t, 0, 0, " ", 1);
		a = b = name->end;
	} else if (first && doc_line_of(d, first->start) == doc_line_of(d, name->end - 1)) {
		a = name->end;
		b = last->end;
	} else if (first) {
		doc_shared_range(d, first->start, last->end, &a, &b);
	}
	if (nargs)
		doc_pad_before(d, b, &t);

	doc_tx_begin(d, &tx);
	if (disabled) {
		doc_tx_keep(&tx, 0, tx.nentries);
	} else {
		size_t i;

		/* the new words must be this directive's, even after an unknown name */
		tx.anchor = nstart;
		doc_tx_keep(&tx, 0, entry + 1);
		tx.want.n -= tx.entries[entry].nwords - 1;
		for (i = 0; i < nargs; i++)
			doc_stream_add(&tx.want, args[i], strlen(args[i]), 0);
		doc_tx_keep(&tx, entry + 1, tx.nentries);
	}
	if (a != b || t.len)
		fail = doc_splice_raw(d, a, b - a, t.data ? t.data : "", t.len) < 0;
	buf_free(&t);
	if (doc_tx_end(d, &tx, fail) < 0)
		return -1;
	if (out)
		*out = doc_entry_at_off(d, nstart);
	return 0;
}

int doc_insert(struct doc *d, size_t line, const char *const *words,
               size_t nwords, size_t *out)
{
	struct buf t = { NULL, 0, 0 };
	struct doc_tx tx;
	size_t off, k, i, lead = 0;
	int fail;

	if (nwords == 0 || line > d->nlines) {
		snprintf(d->error, sizeof d->error, nwords ? "there is no line %zu" :
		         "a directive needs a name", line + 1);
		return -1;
	}
	if (doc_quote_words(d, &t, words, nwords) < 0) {
		buf_free(&t);
		return -1;
	}
	buf_adds(&t, d->eol);
	off = line < d->nlines ? d->lines[line].off : d->text.len;
	if (line == d->nlines && !doc_ends_with_newline(d)) {
		buf_splice(&t, 0, 0, d->eol, strlen(d->eol));
		lead = strlen(d->eol);
	}
	for (k = 0; k < d->nentries && d->entries[k].start < off; k++)
		;
	for (i = k; i-- > 0 && d->entries[i].disabled;)
		;
	if (i != SIZE_MAX && (d->entries[i].flags & DOC_ARG_MISSING)) {
		doc_set_error_name(d, i, "'%s' on line %zu lacks its argument: "
		                   "pppd would take a new line after it as that argument");
		buf_free(&t);
		return -1;
	}
	if (i != SIZE_MAX && d->entries[i].line_last >= line && line < d->nlines) {
		doc_set_error_name(d, i, "'%s' on line %zu goes on below; "
		                   "a new line there would split it");
		buf_free(&t);
		return -1;
	}
	doc_tx_begin(d, &tx);
	tx.anchor = off + lead;
	doc_tx_keep(&tx, 0, k);
	doc_stream_new(&tx.want, words, nwords);
	doc_tx_keep(&tx, k, tx.nentries);
	fail = doc_splice_raw(d, off, 0, t.data, t.len) < 0;
	buf_free(&t);
	if (doc_tx_end(d, &tx, fail) < 0)
		return -1;
	if (out)
		*out = doc_entry_at_off(d, off + lead);
	return 0;
}

/* Whole lines of a directive alone on them: from the first line's start to
 * the end of the last line (its line end included). */
static void doc_entry_lines(const struct doc *d, const struct doc_entry *e,
                            size_t *a, size_t *b)
{
	*a = d->lines[e->line_first].off;
	*b = doc_line_end(d, e->line_last);
}

/* What deleting entry e removes. */
static void doc_delete_range(const struct doc *d, const struct doc_entry *e,
                             size_t *a, size_t *b)
{
	if (e->flags & DOC_SHARED_LINE)
		doc_shared_range(d, e->start, e->end, a, b);
	else
		doc_entry_lines(d, e, a, b);
}

/* Bytes [a, b) go; when only blanks (and a comment at the end) would stay
 * on their lines, the lines go whole, as if the entries had been alone on
 * them. */
static void doc_delete_lines(const struct doc *d, size_t *a, size_t *b)
{
	const char *s = d->text.data;
	size_t p, la;

	if (*b > *a && s[*b - 1] == '\n')
		return;   /* whole lines already: what follows is another line's */
	la = doc_line_of(d, *a);
	for (p = d->lines[la].off; p < *a && (s[p] == ' ' || s[p] == '\t'); p++)
		;
	if (p < *a)
		return;
	for (p = *b; p < d->text.len && (s[p] == ' ' || s[p] == '\t'); p++)
		;
	if (p == d->text.len || s[p] == '\n' || s[p] == '\r' || s[p] == '#') {
		*b = doc_line_end(d, doc_line_of(d, *b));
		*a = d->lines[la].off;
	}
}

int doc_delete_entries(struct doc *d, const size_t *entries, size_t n)
{
	struct doc_tx tx;
	struct buf t = { NULL, 0, 0 };
	size_t i, a = 0, b = 0, ca = 0, cb = 0, lo = SIZE_MAX, keep = 0;
	int fail;

	for (i = 0; i < n; i++)
		if (doc_check_entry(d, entries[i]) < 0 || (i && entries[i] <= entries[i - 1])) {
			snprintf(d->error, sizeof d->error, "there is no such directive");
			return -1;
		}
	if (n == 0)
		return 0;
	/* One splice over the span from the first range to the last, built in
	 * one pass: the cost stays linear in the size of the file. Ranges that
	 * touch are merged before their lines are judged. */
	for (i = 0; i <= n; i++) {
		if (i < n)
			doc_delete_range(d, &d->entries[entries[i]], &a, &b);
		if (i > 0 && i < n && a <= cb) {
			if (b > cb)
				cb = b;
			continue;
		}
		if (i > 0) {
			doc_delete_lines(d, &ca, &cb);
			if (lo == SIZE_MAX)
				lo = keep = ca;
			if (ca > keep)
				buf_add(&t, d->text.data + keep, ca - keep);
			if (cb > keep)
				keep = cb;
		}
		ca = a;
		cb = b;
	}
	doc_tx_begin(d, &tx);
	for (i = 0, a = 0; i < n; a = entries[i++] + 1)
		doc_tx_keep(&tx, a, entries[i]);
	doc_tx_keep(&tx, a, tx.nentries);
	fail = doc_splice_raw(d, lo, keep - lo, t.data ? t.data : "", t.len) < 0;
	buf_free(&t);
	return doc_tx_end(d, &tx, fail);
}

int doc_delete(struct doc *d, size_t entry)
{
	return doc_delete_entries(d, &entry, 1);
}

/* Planned splices, computed from the parse before any byte moves and
 * applied from the end of the file backwards so offsets stay valid. */
struct doc_plan {
	struct { size_t off, n; struct buf t; } s[64];
	size_t n;
};

static struct buf *doc_plan_add(struct doc_plan *p, size_t off, size_t n)
{
	struct buf *b = &p->s[p->n].t;

	p->s[p->n].off = off;
	p->s[p->n].n = n;
	buf_init(b);
	p->n++;
	return b;
}

static int doc_plan_apply(struct doc *d, struct doc_plan *p)
{
	size_t i = p->n;
	int rc = 0;

	while (i-- > 0) {
		if (rc == 0)
			rc = doc_splice_raw(d, p->s[i].off, p->s[i].n,
			                    p->s[i].t.data ? p->s[i].t.data : "", p->s[i].t.len);
		buf_free(&p->s[i].t);
	}
	return rc;
}

/* Comments out a directive alone on its lines: a '#' before the name, and
 * before the first non-blank byte of each further line it spans. */
static int doc_plan_disable_alone(struct doc *d, const struct doc_entry *e, struct doc_plan *p)
{
	size_t l;

	if (e->line_last - e->line_first >= sizeof p->s / sizeof p->s[0]) {
		snprintf(d->error, sizeof d->error, "that directive spans too many lines "
		         "to comment out");
		return -1;
	}
	for (l = e->line_first; l <= e->line_last; l++) {
		size_t q = l == e->line_first ? e->start : d->lines[l].off;
		size_t end = doc_line_end(d, l);
		const char *s = d->text.data;

		while (q < end && (s[q] == ' ' || s[q] == '\t'))
			q++;
		if (q >= end || s[q] == '\n' || s[q] == '\r' || (s[q] == '#' && l != e->line_first))
			continue;
		buf_addc(doc_plan_add(p, q, 0), '#');
	}
	return 0;
}

/* A directive that shares its line moves to a commented line of its own
 * right below, and its words leave the shared line. Returns where the new
 * comment starts once both splices are done. */
static size_t doc_plan_disable_shared(struct doc *d, const struct doc_entry *e,
                                      struct doc_plan *p)
{
	size_t i, a, b, lead = 0, at = doc_line_end(d, e->line_last);
	struct buf *t;

	doc_shared_range(d, e->start, e->end, &a, &b);
	doc_plan_add(p, a, b - a);
	t = doc_plan_add(p, at, 0);
	if (at == d->text.len && !doc_ends_with_newline(d)) {
		buf_adds(t, d->eol);
		lead = t->len;
	}
	buf_addc(t, '#');
	if (e->line_first == e->line_last) {
		buf_add(t, d->text.data + e->start, e->end - e->start);
	} else {
		for (i = 0; i < e->nwords; i++) {
			size_t len;
			const char *v = doc_word_bytes(d, e->word + i, &len);

			if (i)
				buf_addc(t, ' ');
			lexer_quote(t, v, len);
		}
	}
	if (!lead)
		buf_adds(t, d->eol);
	return at + lead - (b - a);
}

int doc_set_disabled(struct doc *d, size_t entry, int disabled, size_t *out)
{
	struct doc_plan plan;
	struct doc_tx tx;
	const struct doc_entry *e;
	size_t at, i;
	int fail;

	if (doc_check_entry(d, entry) < 0)
		return -1;
	e = &d->entries[entry];
	if (!!disabled == !!e->disabled) {
		if (out)
			*out = entry;
		return 0;
	}
	plan.n = 0;
	at = e->start;
	if (!disabled)
		doc_plan_add(&plan, e->start, d->words[e->word].start - e->start);
	else if (e->flags & DOC_SHARED_LINE)
		at = doc_plan_disable_shared(d, e, &plan);
	else if (doc_plan_disable_alone(d, e, &plan) < 0)
		return -1;

	doc_tx_begin(d, &tx);
	doc_tx_keep(&tx, 0, entry);
	if (!disabled) {
		const struct doc_entry *te = &tx.entries[entry];

		tx.anchor = at;

		for (i = 0; i < te->nwords; i++)
			doc_stream_word(&tx.want, &tx.words[te->word + i], tx.values.data, i == 0);
	}
	doc_tx_keep(&tx, entry + 1, tx.nentries);
	fail = doc_plan_apply(d, &plan) < 0;
	if (doc_tx_end(d, &tx, fail) < 0)
		return -1;
	if (out) {
		*out = doc_entry_at_off(d, at);
		if (*out != SIZE_MAX && d->entries[*out].disabled != !!disabled)
			*out = SIZE_MAX;
	}
	return 0;
}

int doc_move(struct doc *d, size_t entry, int dir, size_t *out)
{
	const struct doc_entry *lo, *hi;
	struct buf t = { NULL, 0, 0 };
	struct doc_tx tx;
	size_t ilo, a0, a1, b0, b1, ea, eb, at;
	int fail;

	if (doc_check_entry(d, entry) < 0)
		return -1;
	if (dir == 0) {
		if (out)
			*out = entry;
		return 0;
	}
	if (dir < 0 ? entry == 0 : entry + 1 >= d->nentries) {
		snprintf(d->error, sizeof d->error, "it is already the %s directive",
		         dir < 0 ? "first" : "last");
		return -1;
	}
	ilo = dir < 0 ? entry - 1 : entry;
	lo = &d->entries[ilo];
	hi = &d->entries[ilo + 1];
	for (at = ilo; at <= ilo + 1; at++) {
		if (d->entries[at].flags & DOC_SHARED_LINE) {
			doc_set_error_name(d, at, "'%s' on line %zu shares its line with another "
			                   "directive; only directives on lines of their own move");
			return -1;
		}
	}
	doc_entry_lines(d, lo, &a0, &a1);
	doc_entry_lines(d, hi, &b0, &b1);
	/* The lower block may lack a final newline; the blocks trade line ends
	 * so the file keeps (or keeps lacking) its final newline. */
	ea = a1 - a0;
	eb = b1 - b0;
	buf_add(&t, d->text.data + b0, eb);
	if (b1 == d->text.len && !doc_ends_with_newline(d)) {
		size_t le = ea >= 2 && d->text.data[a1 - 2] == '\r' ? 2 : 1;

		buf_add(&t, d->text.data + a1 - le, le);
		ea -= le;
	}
	buf_add(&t, d->text.data + a1, b0 - a1);
	at = t.len;
	buf_add(&t, d->text.data + a0, ea);
	/* where the moved directive starts afterwards */
	at = entry == ilo ? a0 + at + (lo->start - a0) : a0 + (hi->start - b0);

	doc_tx_begin(d, &tx);
	if (!tx.entries[entry].disabled)
		tx.anchor = at;
	doc_tx_keep(&tx, 0, ilo);
	doc_tx_keep(&tx, ilo + 1, ilo + 2);
	doc_tx_keep(&tx, ilo, ilo + 1);
	doc_tx_keep(&tx, ilo + 2, tx.nentries);
	fail = doc_splice_raw(d, a0, b1 - a0, t.data, t.len) < 0;
	buf_free(&t);
	if (doc_tx_end(d, &tx, fail) < 0)
		return -1;
	if (out)
		*out = doc_entry_at_off(d, at);
	return 0;
}
