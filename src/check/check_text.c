/* check_text.c - the findings' strings: each distinct one stored once, in large blocks, named by 32-bit references; and the records of a finding's three texts. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "base/memo.h"
#include "base/util.h"

/* A reference is (block << CHECK_TEXT_SHIFT) | offset. A string never
 * straddles two blocks; one longer than a block gets a block of its own at
 * offset 0, so every offset fits in the low bits. Reference 0 is "none":
 * the first block starts with a byte no string uses, then "" (reference
 * CHECK_TEXT_EMPTY, the common "delete the entry" replacement). */
#define CHECK_TEXT_SHIFT 16
#define CHECK_TEXT_BLOCK ((size_t)1 << CHECK_TEXT_SHIFT)
#define CHECK_TEXT_MAXBLOCKS ((size_t)1 << (32 - CHECK_TEXT_SHIFT))

/* The fixes are string constants that many findings name: remembered by
 * address so that they are not hashed again each time. */
#define CHECK_TEXT_NCONST 64

struct check_text {
	char **block;
	size_t nblock, block_cap;
	size_t used, cap;          /* of the last block */
	/* The stored strings by hash (open addressing, at most half full), so
	 * that a string met again is given its earlier reference. */
	struct check_text_slot {
		uint32_t hash, ref;    /* ref 0: a free slot */
	} *slot;
	size_t slot_cap, nslot;
	struct {
		const char *p;
		uint32_t ref;
	} konst[CHECK_TEXT_NCONST];
	/* The (message, fix, replacement) records, each distinct one once: a
	 * finding names one by its index, 4 bytes instead of 12, and the many
	 * findings of a large file mostly say what others say. */
	struct check_says_rec {
		uint32_t message, fix, replacement;
	} *rec;
	size_t nrec, rec_cap;
	/* By hash: 1 + a record's index in the low CHECK_TEXT_RECBITS bits,
	 * the hash's top bits above, so that a probe seldom reads a record
	 * that is not the one (a large table is far from the cache); 0 free. */
	uint32_t *rec_slot;
	size_t rec_slot_cap, nhashed;
	uint32_t fresh_from;       /* where the strings stored since the last
	                              record begin (references grow as stored) */
};

static char *check_text_block(struct check_text *t, size_t cap)
{
	if (t->nblock == CHECK_TEXT_MAXBLOCKS)
		util_die("too much text in the findings");
	util_grow(&t->block, &t->block_cap, t->nblock + 1, sizeof *t->block);
	t->block[t->nblock++] = util_xmalloc(cap);
	t->used = 0;
	t->cap = cap;
	return t->block[t->nblock - 1];
}

static struct check_text *check_text_new(void)
{
	struct check_text *t = util_xcalloc(1, sizeof *t);
	char *b = check_text_block(t, CHECK_TEXT_BLOCK);

	b[0] = b[1] = '\0';
	t->used = 2;
	return t;
}

const char *check_text_at(const struct check_report *r, uint32_t ref)
{
	if (!r->text)
		return "";
	return r->text->block[ref >> CHECK_TEXT_SHIFT] + (ref & (CHECK_TEXT_BLOCK - 1));
}

static void check_text_rehash(struct check_text *t)
{
	struct check_text_slot *old = t->slot;
	size_t i, j, oldcap = t->slot_cap;

	t->slot_cap = oldcap ? oldcap * 2 : 256;
	t->slot = util_xcalloc(t->slot_cap, sizeof *t->slot);
	for (i = 0; i < oldcap; i++) {
		if (!old[i].ref)
			continue;
		for (j = old[i].hash & (t->slot_cap - 1); t->slot[j].ref;
		     j = (j + 1) & (t->slot_cap - 1))
			;
		t->slot[j] = old[i];
	}
	free(old);
}

uint32_t check_text_keep(struct check_report *r, const char *p, size_t n)
{
	struct check_text *t;
	const char *nul;
	uint32_t h, ref;
	size_t j;
	char *out;

	if (!r->text)
		r->text = check_text_new();
	t = r->text;
	/* readers take the strings as C strings: a NUL ends one here too */
	if (n && (nul = memchr(p, '\0', n)) != NULL)
		n = (size_t)(nul - p);
	if (!n)
		return CHECK_TEXT_EMPTY;
	if ((t->nslot + 1) * 2 > t->slot_cap)
		check_text_rehash(t);
	h = memo_hash(p, n);
	for (j = h & (t->slot_cap - 1); t->slot[j].ref; j = (j + 1) & (t->slot_cap - 1)) {
		const char *s;

		if (t->slot[j].hash != h)
			continue;
		s = check_text_at(r, t->slot[j].ref);
		/* strncmp stops at the stored string's end: never reads past it */
		if (strncmp(s, p, n) == 0 && s[n] == '\0')
			return t->slot[j].ref;
	}
	if (t->cap - t->used < n + 1)
		check_text_block(t, n + 1 > CHECK_TEXT_BLOCK ? n + 1 : CHECK_TEXT_BLOCK);
	out = t->block[t->nblock - 1] + t->used;
	memcpy(out, p, n);
	out[n] = '\0';
	ref = (uint32_t)((t->nblock - 1) << CHECK_TEXT_SHIFT | t->used);
	t->used += n + 1;
	t->slot[j].hash = h;
	t->slot[j].ref = ref;
	t->nslot++;
	return ref;
}

uint32_t check_text_const(struct check_report *r, const char *s)
{
	size_t k = ((uintptr_t)s >> 3) % CHECK_TEXT_NCONST;
	struct check_text *t;
	uint32_t ref;

	if (r->text && r->text->konst[k].p == s)
		return r->text->konst[k].ref;
	ref = check_text_keep(r, s, strlen(s));
	t = r->text;
	t->konst[k].p = s;
	t->konst[k].ref = ref;
	return ref;
}

/* The references' low bits follow the strings' places in a block: mixed
 * thoroughly (murmur3's finish), as the table is indexed by the low bits. */
static uint32_t check_says_hash(uint32_t m, uint32_t f, uint32_t rep)
{
	uint32_t h = m * 0xCC9E2D51u;

	h = (h ^ f) * 0x1B873593u;
	h = (h ^ rep) * 0x85EBCA6Bu;
	h ^= h >> 16;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	h *= 0xC2B2AE35u;
	return h ^ (h >> 16);
}

#define CHECK_TEXT_RECBITS (CHECK_SAYS_SHIFT + 1)
#define CHECK_TEXT_RECMASK (((uint32_t)1 << CHECK_TEXT_RECBITS) - 1)

/* The reference the next string stored will have at least (a long string
 * has a block of its own: then the next one starts a new block). */
static uint32_t check_text_next(const struct check_text *t)
{
	size_t next = t->used < CHECK_TEXT_BLOCK ? (t->nblock - 1) << CHECK_TEXT_SHIFT | t->used
	                                         : t->nblock << CHECK_TEXT_SHIFT;

	return next > UINT32_MAX ? UINT32_MAX : (uint32_t)next;
}

static uint32_t check_says_slot(uint32_t h, size_t i)
{
	return (h & ~CHECK_TEXT_RECMASK) | (uint32_t)(i + 1);
}

static void check_says_rehash(struct check_text *t)
{
	uint32_t *old = t->rec_slot;
	size_t i, j, mask, oldcap = t->rec_slot_cap;

	t->rec_slot_cap = oldcap ? oldcap * 2 : 64;
	t->rec_slot = util_xcalloc(t->rec_slot_cap, sizeof *t->rec_slot);
	mask = t->rec_slot_cap - 1;
	for (i = 0; i < oldcap; i++) {
		const struct check_says_rec *x;
		uint32_t h;
		if (!old[i])
			continue;
		x = &t->rec[(old[i] & CHECK_TEXT_RECMASK) - 1];
		h = check_says_hash(x->message, x->fix, x->replacement);
		for (j = h & mask; t->rec_slot[j]; j = (j + 1) & mask)
			;
		t->rec_slot[j] = old[i];
	}
	free(old);
}

uint32_t check_text_says(struct check_report *r, uint32_t message, uint32_t fix,
                         uint32_t replacement)
{
	struct check_text *t;
	struct check_says_rec *x;
	size_t j, mask;
	uint32_t h;
	int fresh;

	if (!r->text)
		r->text = check_text_new();
	t = r->text;
	/* A message stored since the last call is new, so are its records:
	 * most findings of a file whose every line says something else. Such a
	 * record is not looked for in the table, nor kept there: were its
	 * message said again, its three texts get a second record, which is
	 * kept. */
	fresh = message >= t->fresh_from;
	t->fresh_from = check_text_next(t);
	h = check_says_hash(message, fix, replacement);
	if (!fresh) {
		if ((t->nhashed + 1) * 2 > t->rec_slot_cap)
			check_says_rehash(t);
		mask = t->rec_slot_cap - 1;
		for (j = h & mask; t->rec_slot[j]; j = (j + 1) & mask) {
			if ((t->rec_slot[j] ^ h) & ~CHECK_TEXT_RECMASK)
				continue;
			x = &t->rec[(t->rec_slot[j] & CHECK_TEXT_RECMASK) - 1];
			if (x->message == message && x->fix == fix && x->replacement == replacement)
				return (t->rec_slot[j] & CHECK_TEXT_RECMASK) - 1;
		}
		t->rec_slot[j] = check_says_slot(h, t->nrec);
		t->nhashed++;
	}
	/* as many records as findings at most; the text runs out long before */
	if (t->nrec >= CHECK_SAYS_RECORDS)
		util_die("too many different findings");
	util_grow(&t->rec, &t->rec_cap, t->nrec + 1, sizeof *t->rec);
	x = &t->rec[t->nrec];
	x->message = message;
	x->fix = fix;
	x->replacement = replacement;
	return (uint32_t)t->nrec++;
}

void check_text_free(struct check_report *r)
{
	struct check_text *t = r->text;
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->nblock; i++)
		free(t->block[i]);
	free(t->block);
	free(t->slot);
	free(t->rec);
	free(t->rec_slot);
	free(t);
	r->text = NULL;
}

/* ---- reading a finding ---- */

/* A finding's record; an empty report has none, and no finding reads it. */
static const struct check_says_rec *check_says_of(const struct check_report *r,
                                                  const struct check_finding *f)
{
	return &r->text->rec[f->says & (CHECK_SAYS_RECORDS - 1)];
}

const char *check_message(const struct check_report *r, const struct check_finding *f)
{
	return r->text ? check_text_at(r, check_says_of(r, f)->message) : "";
}

const char *check_fix(const struct check_report *r, const struct check_finding *f)
{
	uint32_t ref = r->text ? check_says_of(r, f)->fix : 0;

	return ref ? check_text_at(r, ref) : NULL;
}

const char *check_replacement(const struct check_report *r, const struct check_finding *f)
{
	uint32_t ref = r->text ? check_says_of(r, f)->replacement : 0;

	return ref ? check_text_at(r, ref) : NULL;
}

size_t check_finding_entry(const struct check_finding *f)
{
	return f->entry == CHECK_FILE_ENTRY ? SIZE_MAX : (size_t)f->entry;
}
