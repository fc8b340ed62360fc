/* doc_parse.c - reading a doc's bytes into lines, words and directives as pppd groups them. */
#include "pppd/doc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/doc_int.h"
#include "base/memo.h"
#include "base/util.h"

/* Comments seen while a directive still waits for its argument: they lie
 * inside that directive unless the file ends first. */
struct doc_pending {
	struct lexer_token *c;
	size_t n, cap;
};

static int doc_space(unsigned char c)
{
	return lexer_class[c] & LEXER_C_SPACE;
}

size_t doc_cstr_len(const char *v, size_t len)
{
	const char *z = memchr(v, '\0', len);

	return z ? (size_t)(z - v) : len;
}

/* Options files repeat a few names many times, and the arity function may
 * search a large table, so one parse remembers each short word's answer
 * (in one memo for pppd's words, another for comments' first words, which
 * are asked about names only). `flags` are the word's LEXER_* bits: only a
 * word with a NUL needs cutting. */
static int doc_arity_of(struct doc *d, struct memo *m, const char *v, size_t len,
                        unsigned flags, int names_only)
{
	struct memo_slot *s;
	int a;

	if (!d->arity)
		return DOC_UNKNOWN;
	if (flags & LEXER_HAS_NUL)
		len = doc_cstr_len(v, len);
	s = memo_lookup(m, v, len);
	if (s && s->len)
		return s->num;
	a = d->arity(d->arity_ctx, v, len, names_only);
	if (s) {
		s->num = a;
		memo_keep(m, s, v, len);
	}
	return a;
}

/* Known by exact name (not merely by a pattern such as a speed). */
static int doc_named(int a)
{
	return a != DOC_UNKNOWN && !(a & DOC_WILDCARD);
}

/* The first '\n' at or after p, or len. Lines of options files are short,
 * so a call to memchr per line costs more than its search; eight bytes at a
 * time without a call is several times faster here. */
static size_t doc_next_nl(const char *s, size_t p, size_t len)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t high = UINT64_C(0x8080808080808080);

	while (len - p >= 8) {
		uint64_t x;

		memcpy(&x, s + p, 8);
		x ^= ones * '\n';
		if ((x - ones) & ~x & high)   /* some byte of x is zero */
			break;
		p += 8;
	}
	while (p < len && s[p] != '\n')
		p++;
	return p;
}

static void doc_split_lines(struct doc *d)
{
	const char *s = d->text.data;
	size_t off = 0, len = d->text.len, crlf = 0, lf = 0;

	/* One pass: the array starts at a guess from the size and doubles
	 * (a large block grows in place); doc_fit trims it at the end. */
	util_grow(&d->lines, &d->lines_cap, len / 32 + 16, sizeof *d->lines);
	while (off < len) {
		size_t nl = doc_next_nl(s, off, len);
		size_t end = nl < len ? nl + 1 : len;
		struct doc_line l;

		if (d->nlines == d->lines_cap)
			util_grow(&d->lines, &d->lines_cap, d->nlines + 1, sizeof *d->lines);
		l.off = (unsigned)off;   /* one store for both fields */
		l.kind = DOC_BLANK;
		d->lines[d->nlines++] = l;
		if (nl < len) {
			lf++;
			if (end - off >= 2 && s[end - 2] == '\r')
				crlf++;
		}
		off = end;
	}
	d->eol = crlf * 2 > lf ? "\r\n" : "\n";
	/* Words and entries are at most about one per line in most files;
	 * more still grow. */
	util_grow(&d->words, &d->words_cap, d->nlines + 1, sizeof *d->words);
	util_grow(&d->entries, &d->entries_cap, d->nlines / 2 + 1, sizeof *d->entries);
}

static size_t doc_add_word(struct doc *d, const struct lexer_token *t,
                           size_t base, unsigned extra)
{
	struct doc_word *w;

	if (d->nwords == d->words_cap)
		util_grow(&d->words, &d->words_cap, d->nwords + 1, sizeof *d->words);
	w = &d->words[d->nwords];
	w->start = (uint32_t)(base + t->start);
	w->end = (uint32_t)(base + t->end);
	w->len = (uint16_t)t->len;   /* at most LEXER_MAXWORD */
	/* Only a word whose value is not its raw bytes is copied (one with a
	 * NUL too, though raw NUL bytes would read the same, so that what is
	 * compared up to the NUL stays as it was); the flags say which. */
	if ((t->flags & (LEXER_QUOTED | LEXER_ESCAPED | LEXER_JOINED | LEXER_TRUNCATED |
	                 LEXER_HAS_NUL)) || t->len != t->end - t->start) {
		w->flags = (uint16_t)(t->flags | extra | DOC_WORD_POOLED);
		w->poff = (uint32_t)d->pool.len;
		buf_add(&d->pool, t->text, t->len + 1);   /* with the lexer's NUL */
	} else {
		w->flags = (uint16_t)(t->flags | extra);
		w->poff = 0;
	}
	return d->nwords++;
}

static struct doc_entry *doc_add_entry(struct doc *d)
{
	struct doc_entry *e;

	if (d->nentries == d->entries_cap)
		util_grow(&d->entries, &d->entries_cap, d->nentries + 1, sizeof *d->entries);
	e = &d->entries[d->nentries++];
	memset(e, 0, sizeof *e);
	return e;
}

/* A whole-line comment whose text after the '#'s and blanks reads as exactly
 * one known option name and the number of arguments it takes ("#debug",
 * "# mtu 1400") is a directive switched off; anything else is prose. */
static void doc_try_disabled(struct doc *d, struct memo *memo, unsigned char *starts,
                             struct lexer *sub, const struct lexer_token *c)
{
	const char *s = d->text.data;
	size_t line = c->line - 1, p, q = c->start, end = c->end;
	size_t nw0 = d->nwords, pool0 = d->pool.len, first;
	struct lexer_token t;
	unsigned char b;
	int a, need;
	struct doc_entry *e;

	for (p = d->lines[line].off; p < c->start; p++)
		if (!doc_space((unsigned char)s[p]))
			return;
	while (q < end && s[q] == '#')
		q++;
	while (q < end && (s[q] == ' ' || s[q] == '\t'))
		q++;
	if (q >= end)
		return;
	/* A first byte that stands for itself is also the first byte of the
	 * word's value, whatever follows; prose mostly starts with bytes no
	 * name starts with (capitals, a parenthesis...). Asked once per byte
	 * in a parse. */
	b = (unsigned char)s[q];
	if (lexer_class[b] & LEXER_C_PLAIN) {
		if (!starts[b])
			starts[b] = d->arity && d->arity(d->arity_ctx, s + q, 1, DOC_ASK_FIRST) ==
			                        DOC_NO_NAME ? 2 : 1;
		if (starts[b] == 2)
			return;
	}
	/* A first word without quotes, escapes or NULs reads as its raw bytes
	 * in both dialects, so its name is looked up without the lexer; only a
	 * known name is read properly below. */
	for (p = q; p < end && p - q <= LEXER_MAXWORD &&
	            (lexer_class[(unsigned char)s[p]] & LEXER_C_PLAIN); p++)
		;
	if (p > q && p - q <= LEXER_MAXWORD && (p == end || doc_space((unsigned char)s[p]) ||
	                                        s[p] == '#') &&
	    !doc_named(doc_arity_of(d, memo, s + q, p - q, 0, DOC_ASK_NAME)))
		return;
	sub->data = s + q;
	sub->len = end - q;
	sub->pos = 0;
	sub->line = c->line;
	if (!lexer_next(sub, &t) || t.kind != LEXER_WORD)
		return;
	if (t.flags & (LEXER_UNTERMINATED | LEXER_EOF_DROPPED | LEXER_HAS_NUL))
		return;
	a = doc_arity_of(d, memo, t.text, t.len, t.flags, DOC_ASK_NAME);
	if (!doc_named(a))
		return;
	first = doc_add_word(d, &t, q, DOC_WORD_DISABLED);
	for (need = a & 0xff; need > 0; need--) {
		if (!lexer_next(sub, &t) || t.kind != LEXER_WORD ||
		    (t.flags & (LEXER_UNTERMINATED | LEXER_EOF_DROPPED)))
			goto reject;
		doc_add_word(d, &t, q, DOC_WORD_DISABLED);
	}
	while (lexer_next(sub, &t))
		if (t.kind != LEXER_COMMENT)
			goto reject;
	e = doc_add_entry(d);
	e->word = (uint32_t)first;
	e->nwords = (uint32_t)(d->nwords - first);
	e->start = (uint32_t)c->start;
	e->end = (uint32_t)c->end;
	e->line_first = e->line_last = (uint32_t)line;
	e->disabled = 1;
	e->arity = (int16_t)a;
	return;
reject:
	d->nwords = nw0;
	d->pool.len = pool0;
	d->pool.data[pool0] = '\0';
}

/* Line kinds by precedence: a line shows the most telling thing on it. */
static void doc_mark(struct doc *d, size_t line, enum doc_line_kind k)
{
	static const int rank[] = { 0, 1, 4, 3, 2 }; /* BLANK COMMENT DIRECTIVE DISABLED CONT */

	if (line < d->nlines && rank[k] > rank[d->lines[line].kind])
		d->lines[line].kind = k;
}

/* Marks the lines where word i starts or that it runs over; `line` is at
 * or before the one where it starts. */
static void doc_mark_word(struct doc *d, size_t i, size_t line)
{
	const struct doc_word *w = &d->words[i];

	while (line + 1 < d->nlines && d->lines[line + 1].off <= w->start)
		line++;
	doc_mark(d, line, DOC_CONT);
	for (line++; line < d->nlines && d->lines[line].off < w->end; line++)
		doc_mark(d, line, DOC_CONT);
}

static void doc_finish_lines(struct doc *d)
{
	size_t i, k;

	/* Every word pppd reads belongs to an enabled entry, except one it
	 * drops at the end of the file. An entry on one line marks only that
	 * line, which becomes its directive line below. */
	for (i = 0; i < d->nentries; i++) {
		const struct doc_entry *e = &d->entries[i];

		if (e->disabled || e->line_last == e->line_first)
			continue;
		for (k = 0; k < e->nwords; k++)
			doc_mark_word(d, e->word + k, e->line_first);
	}
	if (d->nwords && (d->words[d->nwords - 1].flags & LEXER_EOF_DROPPED))
		doc_mark_word(d, d->nwords - 1, doc_word_line(d, d->nwords - 1));
	for (i = 0; i < d->nentries; i++) {
		struct doc_entry *e = &d->entries[i];

		doc_mark(d, e->line_first, e->disabled ? DOC_DISABLED : DOC_DIRECTIVE);
		if ((i > 0 && d->entries[i - 1].line_last >= e->line_first) ||
		    (i + 1 < d->nentries && d->entries[i + 1].line_first <= e->line_last))
			e->flags |= DOC_SHARED_LINE;
	}
	/* A word pppd drops at end of file shares the line of whatever is there. */
	if (d->nwords && (d->words[d->nwords - 1].flags & LEXER_EOF_DROPPED) && d->nentries) {
		struct doc_entry *e = &d->entries[d->nentries - 1];

		if (e->line_last >= doc_word_line(d, d->nwords - 1))
			e->flags |= DOC_SHARED_LINE;
	}
}

/* Gives back what a doubling array holds beyond its elements when that is
 * much: a large file's arrays would otherwise carry up to twice their size. */
void doc_fit(void *pp, size_t *cap, size_t n, size_t size)
{
	void **p = pp;

	if (*p && *cap - n > n / 64 + 64) {
		*p = util_xrealloc(*p, (n ? n : 1) * size);
		*cap = n ? n : 1;
	}
}

/* Options files are mostly comment lines. When the lexer stands at a line
 * end (or the start of the file) the next line is looked at here: blanks
 * then '#' make a whole-line comment, known without calling the lexer, as
 * the split lines already say where it ends; blank lines are passed over.
 * 1 with *t filled; 0 when the lexer must read on (it is moved to the
 * line's first byte that is not a blank, which changes nothing it reads). */
static int doc_next_comment(const struct doc *d, struct lexer *lx, struct lexer_token *t)
{
	const char *s = d->text.data;
	size_t n = d->text.len, k, q, end;

	for (;;) {
		if (lx->pos < n && s[lx->pos] == '\n')
			k = lx->line;   /* 0-based index of the next line */
		else if (lx->pos == 0 && lx->line == 1)
			k = 0;
		else
			return 0;
		if (k >= d->nlines)
			return 0;
		end = k + 1 < d->nlines ? (size_t)d->lines[k + 1].off - 1 :
		      s[n - 1] == '\n' ? n - 1 : n;
		for (q = d->lines[k].off; q < end && s[q] != '\n' &&
		                          (lexer_class[(unsigned char)s[q]] & LEXER_C_SPACE); q++)
			;
		lx->line = k + 1;
		if (q == end) {        /* a blank line */
			lx->pos = end;
			if (end == n)
				return 0;
			continue;
		}
		lx->pos = q;
		if (s[q] != '#')
			return 0;
		t->kind = LEXER_COMMENT;
		t->start = q;
		t->end = end;
		t->line = t->end_line = k + 1;
		t->flags = 0;
		t->text = s + q;
		t->len = t->full_len = end - q;
		lx->pos = end;
		return 1;
	}
}

void doc_reparse(struct doc *d)
{
	struct lexer lx, sub;
	struct lexer_token t, dropped = { LEXER_WORD, 0, 0, 0, 0, 0, NULL, 0, 0 };
	struct doc_pending pend = { NULL, 0, 0 };
	struct memo memo = { NULL, 0, 0, { NULL, 0, 0 } }, names = { NULL, 0, 0, { NULL, 0, 0 } };
	unsigned char starts[256];  /* per byte: 0 not asked, 1 a name may start so, 2 none */
	int have_dropped = 0;
	size_t want_arg = SIZE_MAX, unknown = SIZE_MAX, i;
	int need = 0;

	d->nlines = d->nwords = d->nentries = 0;
	memset(starts, 0, sizeof starts);
	buf_reset(&d->pool);
	buf_addc(&d->pool, '\0');   /* offset 0 is an empty string */
	doc_split_lines(d);
	lexer_init(&lx, d->text.data ? d->text.data : "", d->text.len, d->dialect);
	lexer_init(&sub, "", 0, d->dialect);
	while (doc_next_comment(d, &lx, &t) || lexer_next(&lx, &t)) {
		size_t line = t.line - 1, wi;
		struct doc_entry *e;
		int a;

		if (t.kind == LEXER_COMMENT) {
			if (want_arg != SIZE_MAX) {
				util_grow(&pend.c, &pend.cap, pend.n + 1, sizeof *pend.c);
				pend.c[pend.n++] = t;
			} else {
				doc_mark(d, line, DOC_COMMENT);
				doc_try_disabled(d, &names, starts, &sub, &t);
			}
			continue;
		}
		if (t.flags & LEXER_EOF_DROPPED) {
			/* pppd sees end of file, not a word; it is the last token,
			 * kept for after the comments still pending */
			dropped = t;
			have_dropped = 1;
			continue;
		}
		wi = doc_add_word(d, &t, 0, 0);
		if (want_arg != SIZE_MAX) {
			e = &d->entries[want_arg];
			if (line > e->line_last)
				e->flags |= DOC_ARG_NEXT_LINE;
			e->nwords++;
			e->end = (uint32_t)t.end;
			e->line_last = (uint32_t)(t.end_line - 1);
			if (--need == 0) {
				want_arg = SIZE_MAX;
				for (i = 0; i < pend.n; i++)
					doc_mark(d, pend.c[i].line - 1, DOC_COMMENT);
				pend.n = 0;
			}
			continue;
		}
		a = doc_arity_of(d, &memo, t.text, t.len, t.flags, DOC_ASK_ANY);
		if (unknown != SIZE_MAX && line == d->entries[unknown].line_last && !doc_named(a)) {
			e = &d->entries[unknown];
			e->nwords++;
			e->end = (uint32_t)t.end;
			e->line_last = (uint32_t)(t.end_line - 1);
			continue;
		}
		unknown = SIZE_MAX;
		e = doc_add_entry(d);
		e->word = (uint32_t)wi;
		e->nwords = 1;
		e->start = (uint32_t)t.start;
		e->end = (uint32_t)t.end;
		e->line_first = (uint32_t)line;
		e->line_last = (uint32_t)(t.end_line - 1);
		e->arity = (int16_t)a;
		if (a == DOC_UNKNOWN) {
			unknown = d->nentries - 1;
		} else if ((need = a & 0xff) > 0) {
			want_arg = d->nentries - 1;
		}
	}
	if (want_arg != SIZE_MAX) {
		d->entries[want_arg].flags |= DOC_ARG_MISSING;
		for (i = 0; i < pend.n; i++) {
			doc_mark(d, pend.c[i].line - 1, DOC_COMMENT);
			doc_try_disabled(d, &names, starts, &sub, &pend.c[i]);
		}
	}
	if (have_dropped)
		doc_add_word(d, &dropped, 0, 0);
	free(pend.c);
	memo_free(&memo);
	memo_free(&names);
	lexer_free(&lx);
	lexer_free(&sub);
	doc_finish_lines(d);
	doc_fit(&d->lines, &d->lines_cap, d->nlines, sizeof *d->lines);
	doc_fit(&d->words, &d->words_cap, d->nwords, sizeof *d->words);
	doc_fit(&d->entries, &d->entries_cap, d->nentries, sizeof *d->entries);
	doc_fit(&d->pool.data, &d->pool.cap, d->pool.len + 1, 1);
}
