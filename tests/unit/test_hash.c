/* test_hash.c - the one hash table: keys found again, kept apart, values freed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "t.h"

static int freed;
static void count_free(void *p) { freed++; free(p); }

int main(void)
{
	struct hash h = { 0 };
	struct hash_item *it;
	char key[16];
	int i, ok = 1, added = 0;

	T_OK(hash_get(&h, "x", 1) == NULL, "an empty table has no key");
	for (i = 0; i < 1000; i++) {
		snprintf(key, sizeof key, "name%d", i);
		it = hash_put(&h, key, strlen(key), &added);
		ok &= added && it->val == NULL;
		it->val = (void *)(uintptr_t)(i + 1);
	}
	T_OK(ok, "1000 new names are each added once");
	for (i = 0, ok = 1; i < 1000; i++) {
		snprintf(key, sizeof key, "name%d", i);
		ok &= hash_get(&h, key, strlen(key)) == (void *)(uintptr_t)(i + 1);
	}
	T_OK(ok, "every name finds its own value after the table grew");
	T_INTEQ(h.n, 1000, "the table counts its keys");
	it = hash_put(&h, "name7", 5, &added);
	T_OK(!added && it->val == (void *)(uintptr_t)8, "putting a key again finds the old item");
	T_OK(hash_get(&h, "name1", 4) == NULL, "a prefix is another key");
	T_OK(hash_put(&h, "a\0b", 3, NULL) != hash_put(&h, "a\0c", 3, NULL),
	     "keys with a NUL inside are compared whole");
	T_OK(hash_put(&h, "", 0, &added) && added, "the empty key is a key too");
	hash_free(&h, NULL);
	T_OK(h.n == 0 && hash_get(&h, "name7", 5) == NULL, "freed: empty again");

	for (i = 0; i < 10; i++) {
		snprintf(key, sizeof key, "k%d", i);
		hash_put(&h, key, strlen(key), NULL)->val = malloc(4);
	}
	hash_free(&h, count_free);
	T_INTEQ(freed, 10, "hash_free hands every value to the free function");
	T_INTEQ(hash_bytes("a", 1), 0xe40c292cul, "FNV-1a of 'a' is the published value");
	return t_done();
}
