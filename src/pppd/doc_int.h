/* doc_int.h - what doc.c, doc_edit.c and doc_tx.c share privately; no other module includes it. */
#ifndef PPPCONF_DOC_INT_H
#define PPPCONF_DOC_INT_H

#include "pppd/doc.h"

/* One reversible byte replacement. `join` marks a change that undoes and
 * redoes together with the one recorded before it (edits in a group). */
struct doc_change {
	size_t off;
	char *old;
	size_t oldn;
	char *neu;
	size_t newn;
	int join;
};

/* Replaces bytes and records the change for undo, without reparsing and
 * without touching the redo stack; the caller reparses and then commits
 * or rolls back. -1 (and doc->error) when the range is outside the text. */
int doc_splice_raw(struct doc *d, size_t off, size_t n, const char *p, size_t m);
/* Makes the changes recorded since undo depth `nundo0` final: the redo
 * stack is dropped. */
void doc_commit(struct doc *d, size_t nundo0);
/* Reverts and forgets the changes recorded since `nundo0`, and reparses. */
void doc_rollback(struct doc *d, size_t nundo0);

/* The entry whose first byte is `off`; SIZE_MAX if none. */
size_t doc_entry_at_off(const struct doc *d, size_t off);
/* The length pppd compares when looking the word up: up to its first NUL. */
size_t doc_cstr_len(const char *v, size_t len);

/* Every edit states what pppd's word stream must be afterwards: the old
 * stream with some directives' words replaced. The edit is kept only if the
 * new text reads exactly so, with the same words starting directives; any
 * surprise (a new line swallowed as a missing argument, a word glued to a
 * neighbour) undoes it. This is what lets the byte-level edits stay simple. */

struct doc_item {
	const char *v;      /* the word's value: borrowed, outlives the edit */
	size_t len;
	int start;          /* 1 starts a directive, 0 does not, 2 either */
};

struct doc_stream {
	struct doc_item *it;
	size_t n, cap;
};

/* The parse before the edit, taken over from the doc (no copy). */
struct doc_tx {
	size_t nundo0;
	struct doc_word *words;
	struct doc_entry *entries;
	size_t nentries;
	struct buf values;
	struct doc_stream want;
	size_t anchor;      /* an enabled directive must start here after the
	                       edit (SIZE_MAX: no such demand) */
};

/* A word pppd must read: `start` 1 starts a directive, 0 does not, 2 either. */
void doc_stream_add(struct doc_stream *s, const char *v, size_t len, int start);
/* Word x of a parse whose values are in `values`. */
void doc_stream_word(struct doc_stream *s, const struct doc_word *x,
                     const char *values, int start);
/* New words of one new directive: the name starts it, the rest belong to it. */
void doc_stream_new(struct doc_stream *s, const char *const *v, size_t n);
/* Starts an edit: takes the doc's parse over and opens an undo group. */
void doc_tx_begin(struct doc *d, struct doc_tx *tx);
/* Adds the old words of entries [from, to) to what pppd must read. */
void doc_tx_keep(struct doc_tx *tx, size_t from, size_t to);
/* Ends the edit: keeps it when pppd reads what was intended, else reverts
 * every byte and says why; `failed` reverts unconditionally. 0 or -1. */
int doc_tx_end(struct doc *d, struct doc_tx *tx, int failed);

#endif
