/* test_memo.c - remembered answers: found again, kept apart, forgotten on clear. */
#include <stdio.h>
#include <string.h>

#include "memo.h"
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
	T_INTEQ(memo_hash("a", 1), 0xe40c292cu, "FNV-1a of 'a'");
	memo_free(&m);
	return t_done();
}
