/* memo.c - remembered answers for short names: open addressing, keys kept in one buffer. */
#include "base/memo.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* Up to 16 bytes as two words: for a key of n <= 16 bytes, (n, a, b) is the
 * key itself, so a lookup compares integers instead of calling memcmp. */
static uint64_t memo_load(const char *k, size_t n)
{
	uint64_t x = 0;

	memcpy(&x, k, n);
	return x;
}

static void memo_words(const char *k, size_t n, uint64_t *a, uint64_t *b)
{
	if (n >= 8) {
		*a = memo_load(k, 8);
		*b = memo_load(k + n - 8, 8);
	} else if (n >= 4) {
		*a = memo_load(k, 4);
		*b = memo_load(k + n - 4, 4);
	} else if (n > 0) {
		*a = (unsigned char)k[0] | (uint64_t)(unsigned char)k[n / 2] << 8 |
		     (uint64_t)(unsigned char)k[n - 1] << 16;
		*b = 0;
	} else {
		*a = *b = 0;
	}
}

/* Mixed by multiplication: names are a few bytes long, and a byte-serial
 * hash spends a multiply's latency on every byte. */
static uint32_t memo_mix(uint64_t n, uint64_t a, uint64_t b)
{
	const uint64_t m = UINT64_C(0x9E3779B97F4A7C15);
	uint64_t h = (n * m ^ a) * m;

	h = (h ^ b ^ (h >> 29)) * m;
	return (uint32_t)(h ^ (h >> 32));
}

uint32_t memo_hash(const char *k, size_t n)
{
	uint64_t a, b, h = n;

	for (; n > 16; k += 16, n -= 16) {
		memo_words(k, 16, &a, &b);
		h = memo_mix(h, a, b);
	}
	memo_words(k, n, &a, &b);
	return memo_mix(h ^ (uint64_t)n << 32, a, b);
}

static void memo_grow(struct memo *m)
{
	struct memo_slot *old = m->slot;
	size_t i, j, oldcap = m->cap;

	m->cap = oldcap ? oldcap * 2 : 64;
	m->slot = util_xcalloc(m->cap, sizeof *m->slot);
	for (i = 0; i < oldcap; i++) {
		if (!old[i].len)
			continue;
		for (j = old[i].hash & (m->cap - 1); m->slot[j].len; j = (j + 1) & (m->cap - 1))
			;
		m->slot[j] = old[i];
	}
	free(old);
}

struct memo_slot *memo_lookup(struct memo *m, const char *k, size_t n)
{
	uint64_t a, b;
	uint32_t h;
	size_t j;

	if (n == 0 || n > MEMO_MAXKEY)
		return NULL;
	/* at most half full, so a free slot always ends the probe */
	if ((m->used + 1) * 2 > m->cap)
		memo_grow(m);
	if (n <= 16) {
		memo_words(k, n, &a, &b);
		h = memo_mix(n, a, b);
	} else {
		h = memo_hash(k, n);
		a = b = 0;
	}
	for (j = h & (m->cap - 1); m->slot[j].len; j = (j + 1) & (m->cap - 1)) {
		struct memo_slot *s = &m->slot[j];

		if (s->hash == h && s->len == n && s->a == a && s->b == b &&
		    (n <= 16 || memcmp(m->keys.data + s->key, k, n) == 0))
			return s;
	}
	m->slot[j].hash = h;
	m->slot[j].a = a;
	m->slot[j].b = b;
	return &m->slot[j];
}

void memo_keep(struct memo *m, struct memo_slot *s, const char *k, size_t n)
{
	s->len = (uint32_t)n;
	s->key = (uint32_t)m->keys.len;
	buf_add(&m->keys, k, n);
	m->used++;
}

void memo_clear(struct memo *m)
{
	if (m->slot)
		memset(m->slot, 0, m->cap * sizeof *m->slot);
	m->used = 0;
	buf_reset(&m->keys);
}

void memo_free(struct memo *m)
{
	free(m->slot);
	buf_free(&m->keys);
	memset(m, 0, sizeof *m);
}
