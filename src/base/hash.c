/* hash.c - a chained hash table of byte strings, grown by doubling. */
#include "base/hash.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

unsigned long hash_bytes(const char *k, size_t len)
{
	unsigned long h = 2166136261ul;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)k[i];
		h = (h * 16777619ul) & 0xFFFFFFFFul;
	}
	return h;
}

static struct hash_item *hash_find(const struct hash *h, const char *key, size_t len,
                                   size_t *slot)
{
	struct hash_item *it;

	if (h->nbucket == 0)
		return NULL;
	*slot = hash_bytes(key, len) & (h->nbucket - 1);
	for (it = h->bucket[*slot]; it; it = it->next)
		if (it->len == len && memcmp(it->key, key, len) == 0)
			return it;
	return NULL;
}

void *hash_get(const struct hash *h, const char *key, size_t len)
{
	size_t slot;
	struct hash_item *it = hash_find(h, key, len, &slot);

	return it ? it->val : NULL;
}

/* Keeps chains short: at most one key per bucket on average. */
static void hash_grow(struct hash *h)
{
	size_t nb = h->nbucket ? h->nbucket * 2 : 64;
	struct hash_item **b = util_xcalloc(nb, sizeof *b);
	size_t i;

	for (i = 0; i < h->nbucket; i++) {
		struct hash_item *it = h->bucket[i], *next;
		for (; it; it = next) {
			size_t s = hash_bytes(it->key, it->len) & (nb - 1);
			next = it->next;
			it->next = b[s];
			b[s] = it;
		}
	}
	free(h->bucket);
	h->bucket = b;
	h->nbucket = nb;
}

struct hash_item *hash_put(struct hash *h, const char *key, size_t len, int *added)
{
	size_t slot = 0;
	struct hash_item *it = hash_find(h, key, len, &slot);

	if (added)
		*added = it == NULL;
	if (it)
		return it;
	if (h->n >= h->nbucket) {
		hash_grow(h);
		slot = hash_bytes(key, len) & (h->nbucket - 1);
	}
	it = util_xmalloc(sizeof *it);
	it->key = util_xmemdup(key, len);
	it->len = len;
	it->val = NULL;
	it->next = h->bucket[slot];
	h->bucket[slot] = it;
	h->n++;
	return it;
}

void hash_free(struct hash *h, void (*free_val)(void *))
{
	size_t i;

	for (i = 0; i < h->nbucket; i++) {
		struct hash_item *it = h->bucket[i], *next;
		for (; it; it = next) {
			next = it->next;
			if (free_val && it->val)
				free_val(it->val);
			free(it->key);
			free(it);
		}
	}
	free(h->bucket);
	h->bucket = NULL;
	h->nbucket = 0;
	h->n = 0;
}
