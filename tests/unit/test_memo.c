/* test_memo.c - remembered answers: found again, kept apart, forgotten on clear. */
#include <stdio.h>
#include <string.h>

#include "base/memo.h"
#include "t.h"

int main(void)
{
	struct memo m = { 0 };
	struct memo_slot *s;
	char key[16], longkey[MEMO_MAXKEY + 2];
	int i, ok = 1;

	/* enough names to make the table grow several times */
	for (i = 0; i < 1000; i++) {
		snprintf(key, sizeof key, "name%d", i);
		s = memo_lookup(&m, key, strlen(key));
		if (!s || s->len) {
			ok = 0;
			break;
		}
		s->num = i;
		memo_keep(&m, s, key, strlen(key));
	}
	T_OK(ok, "1000 new names each get a free slot");
	for (i = 0, ok = 1; i < 1000; i++) {
		snprintf(key, sizeof key, "name%d", i);
		s = memo_lookup(&m, key, strlen(key));
		ok &= s && s->len && s->num == i;
	}
	T_OK(ok, "every name finds its own answer after the table grew");
	T_OK(memo_lookup(&m, "name1", 4)->len == 0, "a prefix is another key");
	T_OK(memo_lookup(&m, "", 0) == NULL, "an empty key is not kept");
	memset(longkey, 'x', sizeof longkey - 1);
	longkey[sizeof longkey - 1] = '\0';
	T_OK(memo_lookup(&m, longkey, strlen(longkey)) == NULL, "a key over MEMO_MAXKEY is not kept");
	memo_clear(&m);
	s = memo_lookup(&m, "name7", 5);
	T_OK(s && s->len == 0, "clear forgets");
	/* keys are compared as words: a change in any one byte of a key of
	 * any length must still make another key */
	memo_clear(&m);
	for (i = 0; i < MEMO_MAXKEY; i++)
		longkey[i] = (char)('a' + i % 26);
	for (i = 1, ok = 1; i <= MEMO_MAXKEY; i++) {
		s = memo_lookup(&m, longkey, (size_t)i);
		ok &= s && s->len == 0;
		if (!ok)
			break;
		s->num = i;
		memo_keep(&m, s, longkey, (size_t)i);
	}
	T_OK(ok, "a key and each of its prefixes are different keys");
	for (i = 1, ok = 1; i <= MEMO_MAXKEY && ok; i++) {
		int p;

		for (p = 0; p < i && ok; p++) {
			char copy[MEMO_MAXKEY];

			memcpy(copy, longkey, (size_t)i);
			copy[p] = '#';
			s = memo_lookup(&m, copy, (size_t)i);
			ok &= s && s->len == 0;
			s = memo_lookup(&m, copy, (size_t)i);   /* not kept: still free */
			memcpy(copy, longkey, (size_t)i);       /* the same bytes elsewhere */
			s = memo_lookup(&m, copy, (size_t)i);
			ok &= s && s->len && s->num == i;
		}
	}
	T_OK(ok, "changing any one byte of a key of any length makes another key");
	{
		char buf[40];

		memset(buf, 'z', sizeof buf);
		memcpy(buf + 3, "lcp-echo-interval", 17);
		T_INTEQ(memo_hash(buf + 3, 17), memo_hash("lcp-echo-interval", 17),
		        "the hash reads only the key's bytes, wherever they lie");
		T_OK(memo_hash(buf + 3, 16) != memo_hash("lcp-echo-interval", 17),
		     "a prefix hashes apart");
	}
	memo_free(&m);
	return t_done();
}
