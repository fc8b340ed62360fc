/* test_doc_edit.c - every edit kind, byte for byte, with undo, redo and refusals. */
#include <stdio.h>

#include "t.h"
#include "pppd/catalog.h"
#include "doc_test_util.h"

#define LX LEXER_LINUX
#define AP LEXER_APPLE

static const char *const v1400[] = { "1400" };
static const char *const v1500[] = { "1500" };

/* Checks the bytes after an edit, then that one undo gives back the input
 * and one redo the result again. */
static void after(struct doc *d, const char *before, const char *want, struct buf *b,
                  const char *what)
{
	size_t len;
	const char *p = doc_bytes(d, &len);

	(void)b;
	T_MEMEQ(p, len, want, strlen(want), "%s", what);
	T_OK(doc_modified(d), "%s: modified", what);
	T_OK(doc_undo(d) == 0 && tu_bytes_are(d, before), "%s: undo restores the bytes", what);
	T_OK(!doc_modified(d), "%s: unmodified after undo", what);
	T_OK(doc_redo(d) == 0 && tu_bytes_are(d, want), "%s: redo", what);
}

static void test_set_args(struct buf *b)
{
	struct doc d;
	size_t out = 7;
	static const char *const ab[] = { "a b" };
	static const char *const hash[] = { "#x" };
	static const char *const x[] = { "x" };

	tu_load(&d, "debug\nmtu 1400\n", LX);
	T_INTEQ(doc_set_args(&d, 1, v1500, 1, &out), 0, "set mtu");
	T_INTEQ(out, 1, "edited entry index");
	after(&d, "debug\nmtu 1400\n", "debug\nmtu 1500\n", b, "set_args replaces the argument");
	doc_free(&d);

	tu_load(&d, "mtu  1400   \r\nlock\r\n", LX);
	doc_set_args(&d, 0, v1500, 1, &out);
	after(&d, "mtu  1400   \r\nlock\r\n", "mtu  1500   \r\nlock\r\n", b, "spacing and CRLF stay");
	doc_free(&d);

	tu_load(&d, "debug\nmtu", LX);
	T_INTEQ(doc_set_args(&d, 1, v1400, 1, &out), 0, "add a missing argument");
	after(&d, "debug\nmtu", "debug\nmtu 1400", b, "argument added after the name");
	T_STREQ(tu_entries(&d, b), "debug | mtu 1400", "now complete");
	doc_free(&d);

	tu_load(&d, "user bob # me\n", LX);
	doc_set_args(&d, 0, ab, 1, &out);
	after(&d, "user bob # me\n", "user \"a b\" # me\n", b, "a value with a space is quoted");
	doc_free(&d);

	tu_load(&d, "mtu 1\n", AP);
	doc_set_args(&d, 0, hash, 1, &out);
	after(&d, "mtu 1\n", "mtu \"#x\"\n", b, "a value with # is quoted");
	doc_free(&d);

	tu_load(&d, "mtu\n  1400\n", LX);
	doc_set_args(&d, 0, v1500, 1, &out);
	after(&d, "mtu\n  1400\n", "mtu\n  1500\n", b, "argument on the next line is replaced in place");
	doc_free(&d);

	/* Apple ends a quoted word at its quote: the new value must not glue */
	tu_load(&d, "user \"bob\"debug\n", AP);
	T_STREQ(tu_entries(&d, b), "user bob | debug", "apple reads two directives");
	T_INTEQ(doc_set_args(&d, 0, x, 1, &out), 0, "set user");
	after(&d, "user \"bob\"debug\n", "user x debug\n", b, "a space keeps the words apart");
	doc_free(&d);

	tu_load(&d, "# mtu 1400\n", LX);
	T_INTEQ(doc_set_args(&d, 0, v1500, 1, &out), 0, "set a disabled directive's value");
	T_OK(out == 0 && d.entries[0].disabled, "it stays disabled");
	after(&d, "# mtu 1400\n", "# mtu 1500\n", b, "disabled value changed");
	doc_free(&d);

	tu_load(&d, "bogus 1 2\n", LX);
	doc_set_args(&d, 0, x, 1, &out);
	after(&d, "bogus 1 2\n", "bogus x\n", b, "unknown directive's words replaced");
	doc_free(&d);

	tu_load(&d, "bogus\n", LX);
	{
		static const char *const dbg[] = { "debug" };

		T_INTEQ(doc_set_args(&d, 0, dbg, 1, &out), -1,
		        "a known name after an unknown one would be a directive of its own");
		T_OK(tu_bytes_are(&d, "bogus\n"), "nothing changed");
	}
	doc_free(&d);

	tu_load(&d, "mtu 1400\nlock\n", LX);
	T_INTEQ(doc_set_args(&d, 0, NULL, 0, &out), -1, "removing mtu's argument would eat lock");
	T_OK(d.error[0] != '\0', "and says why: %s", d.error);
	T_OK(tu_bytes_are(&d, "mtu 1400\nlock\n") && !doc_modified(&d), "nothing changed");
	doc_free(&d);

	{
		char *big = malloc(1025);
		const char *v[1];

		memset(big, 'x', 1024);
		big[1024] = '\0';
		v[0] = big;
		tu_load(&d, "name a\n", LX);
		T_INTEQ(doc_set_args(&d, 0, v, 1, &out), -1, "a 1024-byte value is refused");
		T_OK(strstr(d.error, "1023") != NULL, "the error names the limit: %s", d.error);
		T_OK(tu_bytes_are(&d, "name a\n"), "nothing changed");
		doc_free(&d);
		free(big);
	}
	tu_load(&d, "debug\n", LX);
	T_INTEQ(doc_set_args(&d, 5, v1400, 1, &out), -1, "no such entry");
	doc_free(&d);
}

static void test_insert(struct buf *b)
{
	static const char *const mtu[] = { "mtu", "1400" };
	static const char *const user[] = { "user", "a b" };
	static const char *const dbg[] = { "debug" };
	struct doc d;
	size_t out = 7;

	tu_load(&d, "debug\n", LX);
	T_INTEQ(doc_insert(&d, 1, mtu, 2, &out), 0, "insert at the end");
	T_INTEQ(out, 1, "new entry index");
	after(&d, "debug\n", "debug\nmtu 1400\n", b, "insert at the end");
	doc_free(&d);

	tu_load(&d, "debug\n", LX);
	doc_insert(&d, 0, mtu, 2, &out);
	T_INTEQ(out, 0, "new entry index at the top");
	after(&d, "debug\n", "mtu 1400\ndebug\n", b, "insert at the top");
	doc_free(&d);

	tu_load(&d, "debug", LX);
	doc_insert(&d, 1, mtu, 2, &out);
	T_INTEQ(out, 1, "index after adding the final newline");
	after(&d, "debug", "debug\nmtu 1400\n", b, "a missing final newline is added first");
	doc_free(&d);

	tu_load(&d, "debug\r\nlock\r\n", LX);
	doc_insert(&d, 2, user, 2, &out);
	after(&d, "debug\r\nlock\r\n", "debug\r\nlock\r\nuser \"a b\"\r\n", b, "CRLF file gets CRLF");
	doc_free(&d);

	tu_load(&d, "", LX);
	doc_insert(&d, 0, dbg, 1, &out);
	after(&d, "", "debug\n", b, "insert into an empty file");
	doc_free(&d);

	tu_load(&d, "user\n", LX);
	T_INTEQ(doc_insert(&d, 1, dbg, 1, &out), -1, "user lacks its argument");
	T_OK(strstr(d.error, "user") != NULL, "error names the directive: %s", d.error);
	T_OK(tu_bytes_are(&d, "user\n"), "nothing changed");
	doc_free(&d);

	tu_load(&d, "b 1\nmtu\ndebug\n", LX);
	T_INTEQ(doc_insert(&d, 2, dbg, 1, &out), -1, "between mtu and its argument, same words");
	T_OK(strstr(d.error, "mtu") != NULL, "error names mtu: %s", d.error);
	doc_free(&d);

	tu_load(&d, "mtu\n1400\n", LX);
	T_INTEQ(doc_insert(&d, 1, dbg, 1, &out), -1, "between an option and its argument");
	T_OK(tu_bytes_are(&d, "mtu\n1400\n") && !doc_can_undo(&d), "nothing changed or recorded");
	doc_free(&d);

	tu_load(&d, "name \"a\nb\"\n", LX);
	T_INTEQ(doc_insert(&d, 1, dbg, 1, &out), -1, "inside a quoted word over two lines");
	T_OK(d.error[0] != '\0', "with a reason: %s", d.error);
	T_OK(tu_bytes_are(&d, "name \"a\nb\"\n"), "nothing changed");
	doc_free(&d);

	tu_load(&d, "debug\n", LX);
	T_INTEQ(doc_insert(&d, 3, dbg, 1, &out), -1, "beyond the end");
	T_INTEQ(doc_insert(&d, 0, dbg, 0, &out), -1, "no name");
	doc_free(&d);
}

static void test_delete(struct buf *b)
{
	struct doc d;

	tu_load(&d, "debug\nmtu 1400\nlock\n", LX);
	T_INTEQ(doc_delete(&d, 1), 0, "delete mtu");
	after(&d, "debug\nmtu 1400\nlock\n", "debug\nlock\n", b, "whole line deleted");
	doc_free(&d);

	tu_load(&d, "debug # why\nlock\n", LX);
	doc_delete(&d, 0);
	after(&d, "debug # why\nlock\n", "lock\n", b, "its trailing comment goes with it");
	doc_free(&d);

	tu_load(&d, "noauth debug lock\n", LX);
	doc_delete(&d, 1);
	after(&d, "noauth debug lock\n", "noauth lock\n", b, "shared line: middle");
	doc_free(&d);
	tu_load(&d, "noauth debug lock\n", LX);
	doc_delete(&d, 2);
	after(&d, "noauth debug lock\n", "noauth debug\n", b, "shared line: last");
	doc_free(&d);
	tu_load(&d, "noauth  debug\tlock\n", LX);
	doc_delete(&d, 0);
	after(&d, "noauth  debug\tlock\n", "debug\tlock\n", b, "shared line: first");
	doc_free(&d);

	tu_load(&d, "mtu\n1400\ndebug\n", LX);
	doc_delete(&d, 0);
	after(&d, "mtu\n1400\ndebug\n", "debug\n", b, "all lines of a two-line directive");
	doc_free(&d);

	tu_load(&d, "#debug\nlock\n", LX);
	doc_delete(&d, 0);
	after(&d, "#debug\nlock\n", "lock\n", b, "a disabled directive");
	doc_free(&d);

	tu_load(&d, "lock\r\ndebug\r\nnoauth\r\n", LX);
	doc_delete(&d, 1);
	after(&d, "lock\r\ndebug\r\nnoauth\r\n", "lock\r\nnoauth\r\n", b, "CRLF line");
	doc_free(&d);

	tu_load(&d, "lock\ndebug", LX);
	doc_delete(&d, 1);
	after(&d, "lock\ndebug", "lock\n", b, "last line without newline");
	doc_free(&d);
}

/* Several entries in one change: the same bytes as deleting them one by
 * one, one undo step, and a line emptied by shared entries goes whole. */
static void test_delete_many(struct buf *b)
{
	static const char *const in = "lock noauth\nnoauth noauth # c\nnoauth noauth\n"
	                              "  noauth  \nmtu\n1400\n#noauth\ndebug noauth";
	static const size_t all[] = { 1, 2, 3, 4, 5, 6, 10 };
	static const size_t bad[] = { 2, 1 };
	struct doc d, one;
	size_t i, len;
	const char *p;

	tu_load(&d, in, LX);
	T_INTEQ(d.nentries, 11, "entries of the mixed file");
	T_INTEQ(doc_delete_entries(&d, all, sizeof all / sizeof all[0]), 0, "delete seven");
	after(&d, in, "lock\nmtu\n1400\n#noauth\ndebug", b, "seven noauth at once");
	tu_load(&one, in, LX);
	for (i = sizeof all / sizeof all[0]; i-- > 0;)
		T_INTEQ(doc_delete(&one, all[i]), 0, "delete %zu alone", all[i]);
	p = doc_bytes(&one, &len);
	T_OK(tu_bytes_are(&d, p), "the same bytes as one at a time");
	doc_free(&one);
	T_INTEQ(doc_delete_entries(&d, bad, 2), -1, "indices out of order are refused");
	T_INTEQ(doc_delete_entries(&d, all, 0), 0, "nothing to delete");
	doc_free(&d);
	/* a line of its own goes alone: the disabled directive after it stays */
	tu_load(&d, "lock\nnoauth\n#debug\n", LX);
	T_INTEQ(doc_delete(&d, 1), 0, "delete the line before a disabled one");
	after(&d, "lock\nnoauth\n#debug\n", "lock\n#debug\n", b, "the next line is kept");
	doc_free(&d);
}

static void test_disable(struct buf *b)
{
	struct doc d;
	size_t out = 7;

	tu_load(&d, "debug\nlock\n", LX);
	T_INTEQ(doc_set_disabled(&d, 0, 1, &out), 0, "disable debug");
	T_OK(out == 0 && d.entries[0].disabled, "the entry is now disabled");
	after(&d, "debug\nlock\n", "#debug\nlock\n", b, "disable");
	doc_free(&d);

	tu_load(&d, "  mtu 1400\n", LX);
	doc_set_disabled(&d, 0, 1, &out);
	after(&d, "  mtu 1400\n", "  #mtu 1400\n", b, "indentation stays in front");
	doc_free(&d);

	tu_load(&d, "  #  mtu 1400\n", LX);
	T_INTEQ(doc_set_disabled(&d, 0, 0, &out), 0, "enable");
	T_OK(out == 0 && !d.entries[0].disabled, "the entry is enabled");
	after(&d, "  #  mtu 1400\n", "  mtu 1400\n", b, "enable keeps indentation before the '#'");
	doc_free(&d);

	tu_load(&d, "##noauth\r\n", LX);
	doc_set_disabled(&d, 0, 0, &out);
	after(&d, "##noauth\r\n", "noauth\r\n", b, "enable removes every '#'");
	doc_free(&d);

	tu_load(&d, "mtu\n  1400\n\nlock\n", LX);
	T_INTEQ(doc_set_disabled(&d, 0, 1, &out), 0, "disable a two-line directive");
	after(&d, "mtu\n  1400\n\nlock\n", "#mtu\n  #1400\n\nlock\n", b, "each of its lines");
	T_STREQ(tu_entries(&d, b), "lock", "pppd now reads only lock");
	doc_free(&d);

	tu_load(&d, "noauth debug\nlock\n", LX);
	T_INTEQ(doc_set_disabled(&d, 1, 1, &out), 0, "disable on a shared line");
	T_OK(out == 1 && d.entries[1].disabled, "index of the new disabled line");
	after(&d, "noauth debug\nlock\n", "noauth\n#debug\nlock\n", b, "split onto its own line");
	T_STREQ(tu_kinds(&d, b), "DdD", "line kinds after the split");
	doc_free(&d);

	tu_load(&d, "noauth debug", LX);
	doc_set_disabled(&d, 1, 1, &out);
	after(&d, "noauth debug", "noauth\n#debug", b, "shared line at EOF without newline");
	doc_free(&d);

	tu_load(&d, "mtu 1400 noauth\r\n", LX);
	doc_set_disabled(&d, 0, 1, &out);
	T_OK(out == 1 && d.entries[1].disabled, "mtu is the disabled entry after noauth");
	after(&d, "mtu 1400 noauth\r\n", "noauth\r\n#mtu 1400\r\n", b, "shared line, CRLF");
	doc_free(&d);

	tu_load(&d, "user\n#debug\n", LX);
	T_INTEQ(doc_set_disabled(&d, 1, 0, &out), -1, "enabling would feed user its argument");
	T_OK(tu_bytes_are(&d, "user\n#debug\n"), "nothing changed");
	doc_free(&d);

	tu_load(&d, "debug\n", LX);
	T_INTEQ(doc_set_disabled(&d, 0, 0, &out), 0, "enabling an enabled entry is a no-op");
	T_OK(!doc_modified(&d) && !doc_can_undo(&d), "and records nothing");
	doc_free(&d);
}

static void test_move(struct buf *b)
{
	struct doc d;
	size_t out = 7;

	tu_load(&d, "debug\nmtu 1400\nlock\n", LX);
	T_INTEQ(doc_move(&d, 1, -1, &out), 0, "move up");
	T_INTEQ(out, 0, "moved to index 0");
	after(&d, "debug\nmtu 1400\nlock\n", "mtu 1400\ndebug\nlock\n", b, "move up");
	doc_free(&d);

	tu_load(&d, "debug\nmtu 1400\nlock\n", LX);
	doc_move(&d, 1, 1, &out);
	T_INTEQ(out, 2, "moved to index 2");
	after(&d, "debug\nmtu 1400\nlock\n", "debug\nlock\nmtu 1400\n", b, "move down");
	doc_free(&d);

	tu_load(&d, "debug\n# c\n\nlock\n", LX);
	doc_move(&d, 0, 1, &out);
	after(&d, "debug\n# c\n\nlock\n", "lock\n# c\n\ndebug\n", b, "lines between stay");
	doc_free(&d);

	tu_load(&d, "debug\nlock", LX);
	doc_move(&d, 1, -1, &out);
	T_INTEQ(out, 0, "index");
	after(&d, "debug\nlock", "lock\ndebug", b, "still no final newline");
	doc_free(&d);

	tu_load(&d, "debug\r\nlock", LX);
	doc_move(&d, 0, 1, &out);
	after(&d, "debug\r\nlock", "lock\r\ndebug", b, "CRLF, no final newline");
	doc_free(&d);

	tu_load(&d, "mtu\n1400\n#debug\n", LX);
	doc_move(&d, 1, -1, &out);
	T_INTEQ(out, 0, "disabled entry moved up");
	after(&d, "mtu\n1400\n#debug\n", "#debug\nmtu\n1400\n", b, "two-line block moves whole");
	doc_free(&d);

	tu_load(&d, "noauth debug\nlock\n", LX);
	T_INTEQ(doc_move(&d, 2, -1, &out), -1, "the neighbour shares its line");
	T_OK(strstr(d.error, "debug") != NULL, "error says which: %s", d.error);
	T_INTEQ(doc_move(&d, 0, -1, &out), -1, "first cannot go up");
	T_INTEQ(doc_move(&d, 2, 1, &out), -1, "last cannot go down");
	T_OK(tu_bytes_are(&d, "noauth debug\nlock\n"), "nothing changed");
	doc_free(&d);
}

static void test_undo(struct buf *b)
{
	static const char *const dbg[] = { "debug" };
	struct doc d;
	const char *s0 = "lock\nmtu 1400\n";
	size_t out;

	tu_load(&d, s0, LX);
	T_OK(!doc_can_undo(&d) && !doc_can_redo(&d), "nothing to undo at load");
	T_INTEQ(doc_undo(&d), -1, "undo with nothing");
	doc_set_args(&d, 1, v1500, 1, &out);
	doc_insert(&d, 0, dbg, 1, &out);
	doc_delete(&d, 1);
	T_STREQ(tu_bytes(&d, b), "debug\\x0Amtu 1500\\x0A", "three edits");
	T_OK(doc_undo(&d) == 0 && tu_bytes_are(&d, "debug\nlock\nmtu 1500\n"), "undo delete");
	T_OK(doc_undo(&d) == 0 && tu_bytes_are(&d, "lock\nmtu 1500\n"), "undo insert");
	T_OK(doc_undo(&d) == 0 && tu_bytes_are(&d, s0), "undo set_args");
	T_OK(!doc_modified(&d), "back to the loaded state");
	T_OK(doc_redo(&d) == 0 && doc_redo(&d) == 0 && tu_bytes_are(&d, "debug\nlock\nmtu 1500\n"),
	     "redo twice");
	T_STREQ(tu_entries(&d, b), "debug | lock | mtu 1500", "parse follows redo");

	/* a refused edit leaves the redo stack alone */
	T_INTEQ(doc_move(&d, 0, -1, &out), -1, "refused");
	T_OK(doc_can_redo(&d), "redo still there");
	/* a new edit drops it */
	doc_set_args(&d, 2, v1400, 1, &out);
	T_OK(!doc_can_redo(&d), "a new edit clears redo");
	doc_free(&d);

	/* groups undo as one */
	tu_load(&d, s0, LX);
	doc_group_begin(&d);
	doc_set_args(&d, 1, v1500, 1, &out);
	doc_group_begin(&d);
	doc_insert(&d, 2, dbg, 1, &out);
	doc_group_end(&d);
	doc_set_disabled(&d, 0, 1, &out);
	doc_group_end(&d);
	T_OK(tu_bytes_are(&d, "#lock\nmtu 1500\ndebug\n"), "grouped edits applied");
	T_OK(doc_undo(&d) == 0 && tu_bytes_are(&d, s0), "one undo takes back the group");
	T_INTEQ(doc_undo(&d), -1, "and nothing is left");
	T_OK(doc_redo(&d) == 0 && tu_bytes_are(&d, "#lock\nmtu 1500\ndebug\n"), "one redo");
	doc_free(&d);

	/* saved state */
	tu_load(&d, s0, LX);
	doc_set_args(&d, 1, v1500, 1, &out);
	doc_mark_saved(&d);
	T_OK(!doc_modified(&d), "saved");
	doc_undo(&d);
	T_OK(doc_modified(&d), "undo past the save is a change");
	doc_redo(&d);
	T_OK(!doc_modified(&d), "redo back to the saved state");
	doc_undo(&d);
	doc_insert(&d, 0, dbg, 1, &out);
	doc_undo(&d);
	T_OK(doc_modified(&d), "the saved state is gone once redo was dropped");
	doc_free(&d);

	/* the splice primitive itself */
	tu_load(&d, "lock\n", LX);
	T_INTEQ(doc_splice(&d, 0, 4, "debug", 5), 0, "splice");
	T_STREQ(tu_entries(&d, b), "debug", "reparsed after a splice");
	T_INTEQ(doc_splice(&d, 9, 1, "", 0), -1, "outside the text");
	T_OK(doc_undo(&d) == 0 && tu_bytes_are(&d, "lock\n"), "splice undoes");
	doc_free(&d);
}

/* Bytes far from the edit survive whatever they are. */
static void test_untouched(struct buf *b)
{
	size_t n = 100 * 1024, i, len, out;
	char *in = malloc(n + 64);
	const char *got;
	struct doc d;

	memcpy(in, "mtu 1400\r\n#", 11);
	for (i = 11; i < n; i++)
		in[i] = (char)(i % 5 == 0 ? 0 : i % 3 == 0 ? 0xff : (int)('a' + i % 26));
	memcpy(in + n, "\n\xef\xbb\xbf\tdebug  \"x", 14);
	doc_load(&d, in, n + 14, LX, tu_arity, NULL);
	T_INTEQ(doc_set_args(&d, 0, v1500, 1, &out), 0, "edit the first line");
	got = doc_bytes(&d, &len);
	T_OK(len == n + 14 && memcmp(got, "mtu 1500\r\n", 10) == 0 &&
	     memcmp(got + 10, in + 10, n + 4) == 0, "the 100 kB line and the rest are untouched");
	doc_free(&d);
	free(in);
	(void)b;
}

/* "Modified" means the bytes differ from the saved ones, whatever way the
 * edits took: a move and its reverse, a value set and set back. */
static void test_modified_bytes(struct buf *b)
{
	static const char *const dbg[] = { "debug" };
	const char *s0 = "lock\nmtu 1400\nnoauth\n";
	struct doc d;
	size_t out;

	tu_load(&d, s0, LX);
	T_INTEQ(doc_move(&d, 0, 1, &out), 0, "move down");
	T_OK(doc_modified(&d), "moved: modified");
	T_INTEQ(doc_move(&d, out, -1, &out), 0, "and back up");
	T_OK(tu_bytes_are(&d, s0) && !doc_modified(&d), "moved back: not modified");
	T_INTEQ(doc_set_args(&d, 1, v1500, 1, &out), 0, "same length, other bytes");
	T_OK(doc_modified(&d), "1400 -> 1500: modified");
	T_INTEQ(doc_set_args(&d, 1, v1400, 1, &out), 0, "set back");
	T_OK(!doc_modified(&d), "1500 -> 1400: not modified");
	T_INTEQ(doc_insert(&d, 3, dbg, 1, &out), 0, "insert at the end");
	T_INTEQ(doc_set_disabled(&d, 0, 1, &out), 0, "and disable the first");
	T_OK(doc_modified(&d), "two edits far apart: modified");
	T_INTEQ(doc_set_disabled(&d, 0, 0, &out), 0, "enable again");
	T_INTEQ(doc_delete(&d, 3), 0, "delete the insert");
	T_OK(tu_bytes_are(&d, s0) && !doc_modified(&d), "both undone by hand: not modified");
	T_OK(doc_undo(&d) == 0 && doc_modified(&d), "undo one of them: modified");
	T_OK(doc_redo(&d) == 0 && !doc_modified(&d), "redo: not modified");
	doc_free(&d);

	/* the saved state up the redo stack, equal to an earlier one */
	tu_load(&d, s0, LX);
	doc_move(&d, 1, 1, &out);
	doc_move(&d, out, -1, &out);
	doc_set_args(&d, 1, v1500, 1, &out);
	doc_mark_saved(&d);
	T_OK(doc_undo(&d) == 0 && doc_modified(&d), "below the save: modified");
	T_OK(doc_undo(&d) == 0 && doc_modified(&d), "still 1400: modified");
	doc_free(&d);
	tu_load(&d, s0, LX);
	doc_move(&d, 1, 1, &out);
	doc_move(&d, out, -1, &out);
	doc_mark_saved(&d);
	T_OK(doc_undo(&d) == 0 && doc_modified(&d), "half a move below the save: modified");
	T_OK(doc_undo(&d) == 0 && !doc_modified(&d), "the same bytes below the save: not modified");
	doc_free(&d);

	/* however many edits lie between, and whether or not the saved state
	 * can still be reached by undo or redo */
	{
		int i;

		tu_load(&d, s0, LX);
		for (i = 0; i < 50; i++) {
			doc_move(&d, 1, 1, &out);
			doc_move(&d, out, -1, &out);
		}
		T_OK(tu_bytes_are(&d, s0) && !doc_modified(&d), "a hundred moves that cancel out");
		doc_set_args(&d, 1, v1500, 1, &out);
		doc_mark_saved(&d);
		doc_undo(&d);
		T_INTEQ(doc_set_args(&d, 1, v1500, 1, &out), 0, "set again after undo past the save");
		T_OK(!doc_can_redo(&d) && !doc_modified(&d),
		     "the saved bytes again, redo dropped: not modified");
		doc_free(&d);
	}
	(void)b;
}

int main(void)
{
	struct buf b[2] = { { NULL, 0, 0 }, { NULL, 0, 0 } };
	test_set_args(b);
	test_insert(b);
	test_delete(b);
	test_delete_many(b);
	test_disable(b);
	test_move(b);
	test_undo(b);
	test_modified_bytes(b);
	test_untouched(b);
	buf_free(&b[0]);
	buf_free(&b[1]);
	return t_done();
}
