/* memo.h - remembered answers for short names: a large file repeats a few directive names many times. */
#ifndef PPPCONF_MEMO_H
#define PPPCONF_MEMO_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* Longest key a memo keeps; callers compute longer ones each time. */
#define MEMO_MAXKEY 64

struct memo_slot {
	uint32_t hash, len, key;   /* len 0: a free slot; key: offset in keys */
	uint64_t a, b;             /* a key of up to 16 bytes, packed by memo.c */
	int num;                   /* the remembered answer: a number ... */
	const void *ptr;           /* ... or a pointer, as the caller likes */
};

/* A zeroed struct is an empty memo. */
struct memo {
	struct memo_slot *slot;
	size_t cap, used;
	struct buf keys;
};

/* The project's one string hash. It reads words in the machine's byte
 * order, so its values are for this process only. */
uint32_t memo_hash(const char *k, size_t n);

/* The slot for k[0..n): with len != 0 when k is remembered; otherwise a free
 * slot the caller fills in with memo_keep() before the next lookup. NULL
 * when n is 0 or over MEMO_MAXKEY (not kept). */
struct memo_slot *memo_lookup(struct memo *m, const char *k, size_t n);
void memo_keep(struct memo *m, struct memo_slot *s, const char *k, size_t n);
/* Forgets every answer, keeping the memory. */
void memo_clear(struct memo *m);
void memo_free(struct memo *m);

#endif
