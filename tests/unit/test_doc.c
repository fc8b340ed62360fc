/* test_doc.c - the doc model: grouping as pppd reads, disabled lines, byte-exact round trips. */
#include <stdio.h>

#include "t.h"
#include "pppd/catalog.h"
#include "doc_test_util.h"

#define LX LEXER_LINUX
#define AP LEXER_APPLE

static void grouping(const char *text, enum lexer_dialect dl, const char *want,
                     const char *kinds, struct buf *b)
{
	struct doc d;

	tu_load(&d, text, dl);
	T_STREQ(tu_entries(&d, b), want, "entries of: %s", text);
	if (kinds)
		T_STREQ(tu_kinds(&d, b), kinds, "line kinds of: %s", text);
	T_OK(tu_bytes_are(&d, text), "round trip of: %s", tu_bytes(&d, b));
	doc_free(&d);
}

static void test_grouping(struct buf *b)
{
	struct doc d;

	grouping("debug\nmtu 1400\n", LX, "debug | mtu 1400", "DD", b);
	grouping("\n# hello\nnoauth\n", LX, "noauth", "bcD", b);
	/* an option takes its argument from a later line, as pppd does */
	grouping("mtu\n\n1400\ndebug\n", LX, "mtu 1400 | debug", "Db+D", b);
	grouping("debug\nmtu", LX, "debug | mtu (missing)", "DD", b);
	grouping("mtu\n# c\n1400\n", LX, "mtu 1400", "Dc+", b);
	/* unknown words: the rest of the line unless it is a known name */
	grouping("bogus 1400 more\n", LX, "?bogus 1400 more", "D", b);
	grouping("bogus debug x\n", LX, "?bogus | debug | ?x", "D", b);
	grouping("bogus\n1400\n", LX, "?bogus | 1400", "DD", b);
	tu_load(&d, "debug\nmtu 1400\n", LX);
	T_INTEQ(d.entries[1].word, 1, "mtu is word 1");
	T_INTEQ(d.entries[1].nwords, 2, "mtu has two words");
	T_INTEQ(d.entries[1].start, 6, "mtu starts at byte 6");
	T_INTEQ(d.entries[1].end, 14, "mtu ends after 1400");
	T_INTEQ(d.entries[1].arity, 1, "arity is kept");
	T_INTEQ(doc_find(&d, "mtu", 0), 1, "doc_find");
	T_INTEQ(doc_find(&d, "mtu", 2), SIZE_MAX, "doc_find from later");
	T_INTEQ(doc_entry_at_line(&d, 1), 1, "entry at line 1");
	doc_free(&d);

	tu_load(&d, "mtu\n1400\n\ndebug\n", LX);
	T_OK(d.entries[0].flags & DOC_ARG_NEXT_LINE, "argument from the next line is flagged");
	T_INTEQ(d.entries[0].line_last, 1, "the directive spans to its argument's line");
	T_INTEQ(doc_entry_at_line(&d, 1), 0, "line 1 belongs to mtu");
	T_INTEQ(doc_entry_at_line(&d, 2), SIZE_MAX, "blank line belongs to none");
	T_OK(!(d.entries[1].flags & DOC_ARG_NEXT_LINE), "debug has no such flag");
	doc_free(&d);

	tu_load(&d, "noauth debug\nlock\n", LX);
	T_OK(d.entries[0].flags & DOC_SHARED_LINE, "first of a shared line");
	T_OK(d.entries[1].flags & DOC_SHARED_LINE, "second of a shared line");
	T_OK(!(d.entries[2].flags & DOC_SHARED_LINE), "alone on its line");
	doc_free(&d);

	/* a word glued into another by NUL: pppd looks up the C string */
	{
		static const char t[] = "mtu\\0x 1400\n";

		grouping(t, LX, "mtu\\x00x 1400", "D", b);
	}
	/* Linux: `""` at the very end is no word, so the argument is missing */
	tu_load(&d, "user \"\"", LX);
	T_STREQ(tu_entries(&d, b), "user (missing)", "linux \"\" at EOF");
	T_OK(d.nwords == 2 && (d.words[1].flags & LEXER_EOF_DROPPED), "dropped word is kept for display");
	doc_free(&d);
	grouping("user \"\"", AP, "user ", NULL, b);
	grouping("user \"\"\n", LX, "user ", NULL, b);
	/* quotes by dialect */
	grouping("name x\"y z\"w\n", LX, "name xy zw", NULL, b);
	grouping("name x\"y z\"w\n", AP, "name x\"y | ?z\"w", NULL, b);
	grouping("user \"a\nb\" debug\n", LX, "user a\\x0Ab | debug", "DD", b);
	grouping("user \"a\nb\"\n", LX, "user a\\x0Ab", "D+", b);
}

static void test_disabled(struct buf *b)
{
	struct doc d;

	grouping("#debug\n# mtu 1400\n##noauth\n  #\tlock\n", LX,
	         "#debug | #mtu 1400 | #noauth | #lock", "dddd", b);
	/* prose and near misses stay comments */
	grouping("#mtu\n# Use the command below\n# debug output is useful\n#1400\n"
	         "# debug.\n#\n# \"debug\n", LX, "", "ccccccc", b);
	grouping("lock # debug\n", LX, "lock", "D", b);
	grouping("#mtu 1400 # the usual\n", LX, "#mtu 1400", "d", b);
	grouping("#user 'a b'\n", AP, "#user a b", "d", b);
	/* a comment between an option and its argument is only a comment */
	grouping("mtu\n#debug\n1400\n", LX, "mtu 1400", "Dc+", b);
	/* ...unless the file ends first */
	grouping("user\n#debug\n", LX, "user (missing) | #debug", "Dd", b);

	tu_load(&d, "# mtu 1400\n", LX);
	T_OK(d.nentries == 1 && d.entries[0].disabled, "disabled entry");
	T_INTEQ(d.entries[0].start, 0, "disabled entry starts at its '#'");
	T_INTEQ(d.entries[0].end, 10, "and ends with the comment");
	T_OK(d.words[d.entries[0].word].flags & DOC_WORD_DISABLED, "its words are marked");
	T_INTEQ(d.words[d.entries[0].word].start, 2, "word offsets are file offsets");
	T_INTEQ(d.words[d.entries[0].word + 1].start, 6, "argument offset");
	T_INTEQ(doc_find(&d, "mtu", 0), SIZE_MAX, "doc_find skips disabled");
	doc_free(&d);

	/* with the catalogue: the real names, on both platforms */
	{
		enum platform p = PLATFORM_LINUX;
		static const char t[] = "#debug\n# Use this option to debug\nmtu 1400\n#noauth\n";

		doc_load(&d, t, sizeof t - 1, LX, catalog_arity, &p);
		T_STREQ(tu_entries(&d, b), "#debug | mtu 1400 | #noauth", "catalog_arity, Linux");
		T_STREQ(tu_kinds(&d, b), "dcDd", "catalog_arity kinds");
		doc_free(&d);
		p = PLATFORM_MACOS;
		doc_load(&d, t, sizeof t - 1, AP, catalog_arity, &p);
		T_STREQ(tu_entries(&d, b), "#debug | mtu 1400 | #noauth", "catalog_arity, macOS");
		doc_free(&d);
	}
	/* without an arity function every word is unknown and nothing is disabled */
	doc_load(&d, "#debug\nmtu 1400\n", 16, LX, NULL, NULL);
	T_STREQ(tu_entries(&d, b), "?mtu 1400", "no arity function");
	doc_free(&d);
}

static void round_trip(const char *data, size_t len, const char *what)
{
	int dl;

	for (dl = 0; dl < 2; dl++) {
		struct doc d;
		size_t got, i, sum = 0;
		const char *p;
		enum platform pl = dl ? PLATFORM_MACOS : PLATFORM_LINUX;

		doc_load(&d, data, len, dl ? AP : LX, catalog_arity, &pl);
		p = doc_bytes(&d, &got);
		T_MEMEQ(p, got, data, len, "round trip (%s) of %s", dl ? "apple" : "linux", what);
		for (i = 0; i < d.nlines; i++)
			sum += doc_line_len(&d, i);
		T_INTEQ(sum, len, "lines cover every byte of %s", what);
		T_OK(!doc_modified(&d), "fresh doc is unmodified: %s", what);
		doc_free(&d);
	}
}

static void test_adversarial(void)
{
	static const struct { const char *name; const char *data; size_t len; } in[] = {
		{ "NUL bytes", "debug\0\nmtu 14\0000\n\0", 17 },
		{ "invalid UTF-8", "name \xff\xfe\xc3\x28\n\xed\xa0\x80x\n", 14 },
		{ "BOM", "\xef\xbb\xbf" "debug\nlock\n", 14 },
		{ "CRLF", "debug\r\nmtu 1400\r\n\r\n# c\r\n", 25 },
		{ "no final newline", "debug\nmtu 1400", 14 },
		{ "unterminated quote", "user \"bob\ndebug\n", 16 },
		{ "CR only", "debug\rlock\r", 11 },
		{ "lone backslash", "\\", 1 },
		{ "empty", "", 0 },
		{ "only newlines", "\n\n\n", 3 },
		{ "tabs and odd spacing", "\t debug \t\n  mtu\t\t1400   \n", 25 },
		{ "quote at EOF", "user \"\"", 7 },
	};
	size_t i, n = 100 * 1024;
	char *big;

	for (i = 0; i < sizeof in / sizeof in[0]; i++)
		round_trip(in[i].data, in[i].len, in[i].name);
	big = malloc(n + 32);
	memcpy(big, "debug\n#", 7);
	for (i = 7; i < n; i++)
		big[i] = (char)(i % 7 == 0 ? 0 : i % 13 == 0 ? 0xe9 : (int)('a' + i % 26));
	memcpy(big + n, "\nmtu 1400\n", 10);
	round_trip(big, n + 10, "a 100 kB line");
	free(big);
}

/* A document that takes the caller's bytes over reads exactly as a copy. */
static void test_load_buf(struct buf *b)
{
	const char *text = "# comment\r\nmtu 1400\r\n#debug\r\nplugin L2TP.ppp l2tpnoipsec\r\n";
	struct buf data = { NULL, 0, 0 }, want = { NULL, 0, 0 };
	enum platform p = PLATFORM_MACOS;
	struct doc a, d;
	size_t len;
	const char *bytes;

	tu_load(&a, text, AP);
	buf_adds(&want, tu_entries(&a, b));
	buf_adds(&data, text);
	doc_load_buf(&d, &data, AP, catalog_arity, &p);
	T_OK(data.data == NULL && data.len == 0, "the buffer is taken over");
	bytes = doc_bytes(&d, &len);
	T_MEMEQ(bytes, len, text, strlen(text), "the same bytes");
	T_STREQ(tu_entries(&d, b), want.data, "the same entries");
	T_STREQ(d.eol, "\r\n", "the same line ends");
	doc_free(&d);
	doc_load_buf(&d, &data, AP, catalog_arity, &p);
	T_OK(d.nentries == 0 && doc_bytes(&d, &len) && len == 0, "an empty buffer");
	doc_free(&d);
	doc_free(&a);
	buf_free(&want);
}

/* Word values are what pppd stores: quotes and escapes decoded, lines
 * joined, NULs kept; each is NUL-terminated after its bytes. A word
 * compares as pppd compares it, up to a NUL. */
static void test_values(void)
{
	static const char text[] = "user bob\nname \"a b\"\nremotename x\\0y\n"
	                            "mtu 14\\\n00\nidle a\0b\n";
	struct doc d;
	char c[LEXER_MAXWORD + 1];
	size_t len;
	const char *v;

	doc_load(&d, text, sizeof text - 1, LX, tu_arity, NULL);
	T_INTEQ((long)d.nwords, 10, "ten words");
	v = doc_word_bytes(&d, 1, &len);
	T_MEMEQ(v, len, "bob", 3, "a plain word's value is its bytes");
	T_OK(v[len] == '\0', "NUL-terminated after them");
	v = doc_word_bytes(&d, 3, &len);
	T_MEMEQ(v, len, "a b", 3, "a quoted word's value has no quotes");
	v = doc_word_bytes(&d, 5, &len);
	T_MEMEQ(v, len, "x\0y", 3, "an escaped NUL is kept");
	v = doc_word_bytes(&d, 7, &len);
	T_MEMEQ(v, len, "1400", 4, "a backslash-newline joins");
	v = doc_word_bytes(&d, 9, &len);
	T_MEMEQ(v, len, "a\0b", 3, "a raw NUL byte is kept");
	T_OK(v[len] == '\0', "NUL-terminated after them too");
	T_INTEQ(d.words[7].start, 40, "a joined word starts where its bytes do");
	T_INTEQ(d.words[7].line, 3, "on its first line");
	T_INTEQ(doc_word_line(&d, 8), 5, "and the next word is on the line after the join");
	T_OK(doc_word_is(&d, 0, "user") && !doc_word_is(&d, 0, "use") &&
	     !doc_word_is(&d, 0, "users"), "a name compares whole");
	T_OK(doc_word_is(&d, 5, "x") && doc_word_is(&d, 9, "a") && !doc_word_is(&d, 9, "ab"),
	     "a word with a NUL compares up to it, as pppd does");
	T_STREQ(doc_word_cstr(&d, 1, c, &len), "bob", "a C string copy");
	T_OK(len == 3 && c[3] == '\0', "ends in a NUL");
	doc_word_bytes(&d, 99, &len);
	T_OK(len == 0 && !doc_word_is(&d, 99, "x"), "no word beyond the last");
	doc_free(&d);
}

int main(void)
{
	struct buf b = { NULL, 0, 0 };
	test_grouping(&b);
	test_disabled(&b);
	test_adversarial();
	test_load_buf(&b);
	test_values();
	buf_free(&b);
	return t_done();
}
