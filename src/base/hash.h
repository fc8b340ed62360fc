/* hash.h - the program's one hash table: byte-string keys to pointers. */
#ifndef PPPCONF_HASH_H
#define PPPCONF_HASH_H

#include <stddef.h>

/* Keys are copied (any bytes, NULs included); values are the caller's. A
 * zeroed struct is an empty table. Sized for what pppconf holds: the
 * catalogue's names, the directives of one file. */
struct hash_item {
	struct hash_item *next;
	char *key;                 /* a copy, NUL-terminated after len bytes */
	size_t len;
	void *val;
};

struct hash {
	struct hash_item **bucket;
	size_t nbucket;            /* 0 or a power of two */
	size_t n;                  /* keys held */
};

/* FNV-1a of the bytes: the same value on every machine. */
unsigned long hash_bytes(const char *k, size_t len);

/* The value kept for the key, or NULL when there is none. */
void *hash_get(const struct hash *h, const char *key, size_t len);
/* The item for the key, added with a NULL value when it was missing (then
 * *added is 1, when added is not NULL). The pointer is valid until the
 * table is freed: items never move. */
struct hash_item *hash_put(struct hash *h, const char *key, size_t len, int *added);
/* Frees the table and the key copies; each value is passed to free_val
 * when it is not NULL. The table is empty again afterwards. */
void hash_free(struct hash *h, void (*free_val)(void *));

#endif
