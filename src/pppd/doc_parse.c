/* doc_parse.c - reading a doc's bytes into lines, words and directives as pppd groups them. */
#include "pppd/doc.h"

#include <stdlib.h>
#include <string.h>

#include "pppd/doc_int.h"
#include "base/util.h"

/* A comment seen while a directive still waits for its argument: it lies
 * inside that directive unless the file ends first. */
struct doc_pending_comment {
	struct lexer_token tok;
	int whole_line;     /* nothing but blanks before it on its line */
};

/* What the grouping knows between two tokens of pppd's word stream. */
struct doc_grouping {
	size_t want_arg;    /* entry still waiting for argument words, or SIZE_MAX */
	int need;           /* how many it still waits for */
	size_t unknown;     /* unknown entry that takes the rest of its line, or SIZE_MAX */
	size_t word_end;    /* where the last word pppd reads ends */
	struct doc_pending_comment *pend;
	size_t npend, pend_cap;
	struct lexer_token dropped;  /* a word pppd drops at end of file */
	int have_dropped;
};

size_t doc_cstr_len(const char *v, size_t len)
{
	const char *z = memchr(v, '\0', len);

	return z ? (size_t)(z - v) : len;
}

/* The arity function's answer for a word as pppd compares it. */
static int doc_arity_of(const struct doc *d, const struct lexer_token *t, int names_only)
{
	if (!d->arity)
		return DOC_UNKNOWN;
	return d->arity(d->arity_ctx, t->text, doc_cstr_len(t->text, t->len), names_only);
}

/* Known by exact name (not merely by a pattern such as a speed). */
static int doc_named(int a)
{
	return a != DOC_UNKNOWN && !(a & DOC_WILDCARD);
}

static void doc_split_lines(struct doc *d)
{
	const char *s = d->text.data;
	size_t off = 0, len = d->text.len, crlf = 0, lf = 0;

	while (off < len) {
		const char *nl = memchr(s + off, '\n', len - off);
		size_t end = nl ? (size_t)(nl - s) + 1 : len;
		struct doc_line *l;

		util_grow(&d->lines, &d->lines_cap, d->nlines + 1, sizeof *d->lines);
		l = &d->lines[d->nlines++];
		l->off = off;
		l->len = end - off;
		l->kind = DOC_BLANK;
		if (nl) {
			lf++;
			if (end - off >= 2 && s[end - 2] == '\r')
				crlf++;
		}
		off = end;
	}
	d->eol = crlf * 2 > lf ? "\r\n" : "\n";
}

/* Adds a word read by the lexer from the text at offset `base`. */
static size_t doc_add_word(struct doc *d, const struct lexer_token *t, size_t base,
                           unsigned extra)
{
	struct doc_word *w;

	util_grow(&d->words, &d->words_cap, d->nwords + 1, sizeof *d->words);
	w = &d->words[d->nwords];
	w->start = base + t->start;
	w->end = base + t->end;
	w->line = t->line - 1;
	w->flags = t->flags | extra;
	w->len = t->len;
	w->value = d->values.len;
	buf_add(&d->values, t->text, t->len);
	buf_addc(&d->values, '\0');
	return d->nwords++;
}

static struct doc_entry *doc_add_entry(struct doc *d)
{
	struct doc_entry *e;

	util_grow(&d->entries, &d->entries_cap, d->nentries + 1, sizeof *d->entries);
	e = &d->entries[d->nentries++];
	memset(e, 0, sizeof *e);
	return e;
}

/* The words of a comment's body (after its '#'s and blanks) when they are
 * exactly one option known by name and the arguments it takes, added as
 * disabled words; the arity, or DOC_UNKNOWN (and nothing added) for prose.
 * `base` is where the body starts in the text. */
static int doc_disabled_words(struct doc *d, struct lexer *lx, size_t base)
{
	struct lexer_token t;
	size_t nw0 = d->nwords, values0 = d->values.len;
	int a, need;

	if (!lexer_next(lx, &t) || t.kind != LEXER_WORD ||
	    (t.flags & (LEXER_UNTERMINATED | LEXER_EOF_DROPPED | LEXER_HAS_NUL)))
		return DOC_UNKNOWN;
	a = doc_arity_of(d, &t, 1);
	if (!doc_named(a))
		return DOC_UNKNOWN;
	doc_add_word(d, &t, base, DOC_WORD_DISABLED);
	for (need = a & 0xff; need > 0; need--) {
		if (!lexer_next(lx, &t) || t.kind != LEXER_WORD ||
		    (t.flags & (LEXER_UNTERMINATED | LEXER_EOF_DROPPED)))
			goto reject;
		doc_add_word(d, &t, base, DOC_WORD_DISABLED);
	}
	while (lexer_next(lx, &t))
		if (t.kind != LEXER_COMMENT)
			goto reject;
	return a;
reject:
	d->nwords = nw0;
	d->values.len = values0;
	d->values.data[values0] = '\0';
	return DOC_UNKNOWN;
}

/* A whole-line comment whose text after the '#'s reads as exactly one known
 * option name and the number of arguments it takes ("#debug", "# mtu 1400")
 * is a directive switched off; anything else is prose. The body is read by
 * a lexer of its own, as pppd would read it uncommented. */
static void doc_try_disabled(struct doc *d, const struct lexer_token *c)
{
	const char *body = c->text;
	size_t n = c->len, first = d->nwords;
	struct lexer lx;
	struct doc_entry *e;
	int a;

	/* "##debug": the body starts after the last '#' of the run */
	while (n > 0 && body[0] == '#') {
		body++;
		n--;
	}
	lexer_init(&lx, body, n, d->dialect);
	lx.line = c->line;
	a = doc_disabled_words(d, &lx, (size_t)(body - d->text.data));
	lexer_free(&lx);
	if (a == DOC_UNKNOWN)
		return;
	e = doc_add_entry(d);
	e->word = first;
	e->nwords = d->nwords - first;
	e->start = c->start;
	e->end = c->end;
	e->line_first = e->line_last = c->line - 1;
	e->disabled = 1;
	e->arity = a;
}

/* Line kinds by precedence: a line shows the most telling thing on it. */
static void doc_mark(struct doc *d, size_t line, enum doc_line_kind k)
{
	static const int rank[] = { 0, 1, 4, 3, 2 }; /* BLANK COMMENT DIRECTIVE DISABLED CONT */

	if (line < d->nlines && rank[k] > rank[d->lines[line].kind])
		d->lines[line].kind = k;
}

/* Marks the lines word i starts on or runs over. */
static void doc_mark_word(struct doc *d, size_t i)
{
	const struct doc_word *w = &d->words[i];
	size_t line;

	doc_mark(d, w->line, DOC_CONT);
	for (line = w->line + 1; line < d->nlines && d->lines[line].off < w->end; line++)
		doc_mark(d, line, DOC_CONT);
}

static void doc_finish_lines(struct doc *d)
{
	size_t i, k;
	int dropped = d->nwords && (d->words[d->nwords - 1].flags & LEXER_EOF_DROPPED);

	/* Every word pppd reads belongs to an enabled entry, except one it
	 * drops at the end of the file. An entry on one line marks only that
	 * line, which becomes its directive line below. */
	for (i = 0; i < d->nentries; i++) {
		const struct doc_entry *e = &d->entries[i];

		if (e->disabled || e->line_last == e->line_first)
			continue;
		for (k = 0; k < e->nwords; k++)
			doc_mark_word(d, e->word + k);
	}
	if (dropped)
		doc_mark_word(d, d->nwords - 1);
	for (i = 0; i < d->nentries; i++) {
		struct doc_entry *e = &d->entries[i];

		doc_mark(d, e->line_first, e->disabled ? DOC_DISABLED : DOC_DIRECTIVE);
		if ((i > 0 && d->entries[i - 1].line_last >= e->line_first) ||
		    (i + 1 < d->nentries && d->entries[i + 1].line_first <= e->line_last))
			e->flags |= DOC_SHARED_LINE;
	}
	/* A word pppd drops at end of file shares the line of whatever is there. */
	if (dropped && d->nentries) {
		struct doc_entry *e = &d->entries[d->nentries - 1];

		if (e->line_last >= d->words[d->nwords - 1].line)
			e->flags |= DOC_SHARED_LINE;
	}
}

/* A comment: inside a directive that waits for its argument (decided when
 * the argument comes or the file ends), else a comment or a disabled line. */
static void doc_comment(struct doc *d, struct doc_grouping *g, const struct lexer_token *t)
{
	/* Blanks are all that stand before it on its line when the last word
	 * pppd read ended before the line began (a comment ends at a newline). */
	int whole_line = g->word_end <= d->lines[t->line - 1].off;
	struct doc_pending_comment *p;

	if (g->want_arg == SIZE_MAX) {
		doc_mark(d, t->line - 1, DOC_COMMENT);
		if (whole_line)
			doc_try_disabled(d, t);
		return;
	}
	util_grow(&g->pend, &g->pend_cap, g->npend + 1, sizeof *g->pend);
	p = &g->pend[g->npend++];
	p->tok = *t;
	p->whole_line = whole_line;
}

/* Word wi, at raw bytes t, adds to the directive begun at entry i. */
static void doc_extend(struct doc *d, size_t i, const struct lexer_token *t)
{
	struct doc_entry *e = &d->entries[i];

	e->nwords++;
	e->end = t->end;
	e->line_last = t->end_line - 1;
}

/* One word of pppd's stream: an argument still wanted, a word that an
 * unknown name takes along, or the start of a directive. */
static void doc_word(struct doc *d, struct doc_grouping *g, const struct lexer_token *t)
{
	size_t line = t->line - 1, wi = doc_add_word(d, t, 0, 0), i;
	struct doc_entry *e;
	int a;

	g->word_end = t->end;
	if (g->want_arg != SIZE_MAX) {
		if (line > d->entries[g->want_arg].line_last)
			d->entries[g->want_arg].flags |= DOC_ARG_NEXT_LINE;
		doc_extend(d, g->want_arg, t);
		if (--g->need == 0) {
			g->want_arg = SIZE_MAX;
			for (i = 0; i < g->npend; i++)
				doc_mark(d, g->pend[i].tok.line - 1, DOC_COMMENT);
			g->npend = 0;
		}
		return;
	}
	a = doc_arity_of(d, t, 0);
	if (g->unknown != SIZE_MAX && line == d->entries[g->unknown].line_last && !doc_named(a)) {
		doc_extend(d, g->unknown, t);
		return;
	}
	g->unknown = SIZE_MAX;
	e = doc_add_entry(d);
	e->word = wi;
	e->nwords = 1;
	e->start = t->start;
	e->end = t->end;
	e->line_first = line;
	e->line_last = t->end_line - 1;
	e->arity = a;
	if (a == DOC_UNKNOWN) {
		g->unknown = d->nentries - 1;
	} else if ((g->need = a & 0xff) > 0) {
		g->want_arg = d->nentries - 1;
	}
}

/* The end of the file: a directive still waiting lacks its argument, and
 * the comments that waited with it are comments after all. */
static void doc_end(struct doc *d, struct doc_grouping *g)
{
	size_t i;

	if (g->want_arg != SIZE_MAX) {
		d->entries[g->want_arg].flags |= DOC_ARG_MISSING;
		for (i = 0; i < g->npend; i++) {
			doc_mark(d, g->pend[i].tok.line - 1, DOC_COMMENT);
			if (g->pend[i].whole_line)
				doc_try_disabled(d, &g->pend[i].tok);
		}
	}
	if (g->have_dropped)
		doc_add_word(d, &g->dropped, 0, 0);
}

void doc_reparse(struct doc *d)
{
	struct lexer lx;
	struct lexer_token t;
	struct doc_grouping g;

	d->nlines = d->nwords = d->nentries = 0;
	buf_reset(&d->values);
	memset(&g, 0, sizeof g);
	g.want_arg = g.unknown = SIZE_MAX;
	doc_split_lines(d);
	lexer_init(&lx, d->text.data ? d->text.data : "", d->text.len, d->dialect);
	while (lexer_next(&lx, &t)) {
		if (t.kind == LEXER_COMMENT) {
			doc_comment(d, &g, &t);
		} else if (t.flags & LEXER_EOF_DROPPED) {
			/* pppd sees end of file, not a word; it is the last token,
			 * kept for after the comments still pending */
			g.dropped = t;
			g.dropped.text = "";   /* its value is empty; the lexer's goes */
			g.have_dropped = 1;
		} else {
			doc_word(d, &g, &t);
		}
	}
	doc_end(d, &g);
	free(g.pend);
	lexer_free(&lx);
	doc_finish_lines(d);
}
