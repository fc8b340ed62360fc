/* doc_tx.c - an edit as a transaction: the words pppd must read afterwards, compared once the bytes have moved. */
#include "pppd/doc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/doc_int.h"
#include "base/util.h"

void doc_stream_add(struct doc_stream *s, const char *v, size_t len, int start)
{
	util_grow(&s->it, &s->cap, s->n + 1, sizeof *s->it);
	s->it[s->n].v = v;
	s->it[s->n].len = len;
	s->it[s->n].start = start;
	s->n++;
}

void doc_stream_word(struct doc_stream *s, const struct doc_word *x,
                            const char *values, int start)
{
	doc_stream_add(s, values + x->value, x->len, start);
}

/* The words pppd reads for entries [from, to) of a parse. Words after an
 * unknown name are grouped by guesswork, so they may start or not. */
static void doc_stream_entries(struct doc_stream *s, const struct doc_word *w,
                               const struct doc_entry *e, const char *values,
                               size_t from, size_t to)
{
	size_t i, j;

	for (i = from; i < to; i++) {
		if (e[i].disabled)
			continue;
		for (j = 0; j < e[i].nwords; j++)
			doc_stream_word(s, &w[e[i].word + j], values,
			                j == 0 ? 1 : e[i].arity == DOC_UNKNOWN ? 2 : 0);
	}
}

void doc_stream_new(struct doc_stream *s, const char *const *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		doc_stream_add(s, v[i], strlen(v[i]), i == 0);
}

void doc_tx_begin(struct doc *d, struct doc_tx *tx)
{
	tx->nundo0 = d->nundo;
	tx->words = d->words;
	tx->entries = d->entries;
	tx->nentries = d->nentries;
	tx->values = d->values;
	d->words = NULL;
	d->entries = NULL;
	d->nwords = d->words_cap = d->nentries = d->entries_cap = 0;
	buf_init(&d->values);
	memset(&tx->want, 0, sizeof tx->want);
	tx->anchor = SIZE_MAX;
	doc_group_begin(d);
}

/* The old stream for entries [from, to). */
void doc_tx_keep(struct doc_tx *tx, size_t from, size_t to)
{
	doc_stream_entries(&tx->want, tx->words, tx->entries, tx->values.data, from, to);
}

static int doc_tx_same(struct doc *d, const struct doc_stream *want)
{
	struct doc_stream got = { NULL, 0, 0 };
	size_t i;
	int ok;

	doc_stream_entries(&got, d->words, d->entries, d->values.data, 0, d->nentries);
	ok = got.n == want->n;
	for (i = 0; ok && i < got.n; i++) {
		const struct doc_item *a = &got.it[i], *b = &want->it[i];

		ok = a->len == b->len &&
		     memcmp(a->v, b->v, a->len) == 0 &&
		     (a->start == 2 || b->start == 2 || a->start == b->start);
	}
	free(got.it);
	return ok;
}

/* Ends the edit: keeps it when pppd would read what was intended, else
 * reverts every byte and explains. `failed` reverts unconditionally. */
int doc_tx_end(struct doc *d, struct doc_tx *tx, int failed)
{
	int ok;

	doc_group_end(d);
	doc_reparse(d);
	ok = !failed && doc_tx_same(d, &tx->want);
	if (ok && tx->anchor != SIZE_MAX) {
		size_t i = doc_entry_at_off(d, tx->anchor);

		ok = i != SIZE_MAX && !d->entries[i].disabled;
	}
	if (ok) {
		doc_commit(d, tx->nundo0);
	} else {
		doc_rollback(d, tx->nundo0);
		if (!failed)
			snprintf(d->error, sizeof d->error, "that change would alter how pppd "
			         "reads the words around it, so nothing was changed");
	}
	free(tx->words);
	free(tx->entries);
	buf_free(&tx->values);
	free(tx->want.it);
	return ok ? 0 : -1;
}
