/* memo.c - remembered answers for short names: open addressing, keys kept in one buffer. */
#include "memo.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

uint32_t memo_hash(const char *k, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)k[i]) * 16777619u;
	return h;
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
	uint32_t h;
	size_t j;

	if (n == 0 || n > MEMO_MAXKEY)
		return NULL;
	/* at most half full, so a free slot always ends the probe */
	if ((m->used + 1) * 2 > m->cap)
		memo_grow(m);
	h = memo_hash(k, n);
	for (j = h & (m->cap - 1); m->slot[j].len; j = (j + 1) & (m->cap - 1)) {
		struct memo_slot *s = &m->slot[j];

		if (s->hash == h && s->len == n && memcmp(m->keys.data + s->key, k, n) == 0)
			return s;
	}
	m->slot[j].hash = h;
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
