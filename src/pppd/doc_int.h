/* doc_int.h - what doc.c and doc_edit.c share privately; no other module includes it. */
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

#endif
