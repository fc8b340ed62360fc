/* test_lexer.c - pppd's getword() rules in both dialects, and quoting that both read back. */
#include <stdint.h>
#include <stdlib.h>

#include "t.h"
#include "pppd/lexer.h"

#define LX LEXER_LINUX
#define AP LEXER_APPLE

/* The words of `in` as "<w1> <w2>", each escaped (\xHH, \\); a word pppd
 * drops at end of file shows as "(dropped)". Comments are left out. */
static const char *words_n(const char *in, size_t n, enum lexer_dialect d, struct buf *out)
{
	struct lexer lx;
	struct lexer_token t;

	buf_reset(out);
	buf_adds(out, "");
	lexer_init(&lx, in, n, d);
	while (lexer_next(&lx, &t)) {
		if (t.kind != LEXER_WORD)
			continue;
		if (out->len)
			buf_addc(out, ' ');
		if (t.flags & LEXER_EOF_DROPPED) {
			buf_adds(out, "(dropped)");
			continue;
		}
		buf_addc(out, '<');
		buf_add_escaped(out, t.text, t.len);
		buf_addc(out, '>');
	}
	lexer_free(&lx);
	return out->data;
}

static const char *words(const char *in, enum lexer_dialect d, struct buf *out)
{
	return words_n(in, strlen(in), d, out);
}

/* The n-th token (0-based, comments included) of `in`. */
static int token(const char *in, enum lexer_dialect d, int n, struct lexer_token *t,
                 struct buf *text)
{
	struct lexer lx;
	int i = 0, ok = 0;

	lexer_init(&lx, in, strlen(in), d);
	while (lexer_next(&lx, t)) {
		if (i++ == n) {
			buf_reset(text);
			buf_add(text, t->text, t->len);
			ok = 1;
			break;
		}
	}
	lexer_free(&lx);
	return ok;
}

static void both(const char *in, const char *want, struct buf *b)
{
	T_STREQ(words(in, LX, b), want, "linux: %s", in);
	T_STREQ(words(in, AP, b), want, "apple: %s", in);
}

static void test_escapes(struct buf *b)
{
	both("\\a\\b\\f\\n\\r\\s\\t", "<\\x07\\x08\\x0C\\x0A\\x0D \\x09>", b);
	both("\\v\\e\\^ \\\\ \\\" \\' \\#", "<ve^> <\\\\> <\"> <'> <#>", b);
	both("\\101 \\1012 \\777 \\08", "<A> <A2> <\\xFF> <\\x008>", b);
	both("\\x41 \\x4 \\x4g \\x414", "<A> <\\x04> <\\x04g> <A4>", b);
	both("\\x \\xg", "<\\x00> <\\x00g>", b);
	both("\\0", "<\\x00>", b);
	both("conn\\\nect", "<connect>", b);
	both("\"conn\\\nect\"", "<connect>", b);
	both("a \\\n b", "<a> <b>", b);
	both("\\ lead", "< lead>", b);
	both("\\\tx", "<\\x09x>", b);
	both("abc\\", "<abc>", b);
	both("abc \\", "<abc>", b);
	both("\\", "", b);
	both("\\\r\nx", "<\\x0D> <x>", b);   /* no continuation with CRLF */
}

static void test_flags(struct buf *b)
{
	struct lexer_token t;

	T_OK(token("conn\\\nect", LX, 0, &t, b) && (t.flags & LEXER_JOINED), "joined flag");
	T_OK(token("\\x", LX, 0, &t, b) && (t.flags & LEXER_HAS_NUL) &&
	     (t.flags & LEXER_ESCAPED) && t.len == 1, "\\x makes a NUL");
	T_OK(token("a\\0b", AP, 0, &t, b) && (t.flags & LEXER_HAS_NUL) && t.len == 3,
	     "\\0 keeps the bytes after it, flagged");
	T_OK(token("plain", LX, 0, &t, b) && t.flags == 0, "plain word has no flags");
	{
		struct lexer lx;

		lexer_init(&lx, "\"ab\"c d", 8, LX);
		T_OK(lexer_next(&lx, &t) && t.len == 3 && t.text[3] == '\0', "text is NUL-terminated");
		lexer_free(&lx);
	}
	T_OK(token("\"q\"", AP, 0, &t, b) && t.flags == LEXER_QUOTED, "quoted flag");
	T_OK(token("x\"q\"", LX, 0, &t, b) && t.flags == LEXER_QUOTED, "linux mid-word quote");
	T_OK(token("x\"q\"", AP, 0, &t, b) && t.flags == 0, "apple: mid-word quote is a letter");
}

static void test_comments(struct buf *b)
{
	struct lexer_token t;

	both("abc#def ghi\nnext", "<abc> <next>", b);
	T_OK(token("abc#def ghi\nx", LX, 1, &t, b) && t.kind == LEXER_COMMENT &&
	     t.start == 3 && t.end == 11, "comment token after a word");
	T_STREQ(b->data, "#def ghi", "comment text is raw");
	both("\\#x", "<#x>", b);
	both("a\\#b", "<a#b>", b);
	both("\"a#b\" 'c#d'", "<a#b> <c#d>", b);
	both("# a comment \\\nword", "<word>", b);
	both("#only", "", b);
	both("  # x\r\ny", "<y>", b);
	T_OK(token("# c\r\ny", AP, 0, &t, b) && t.kind == LEXER_COMMENT && t.end == 4,
	     "a comment runs to the LF, CR included");
}

static void test_quotes(struct buf *b)
{
	both("\"it's\" 'say \"hi\"'", "<it's> <say \"hi\">", b);
	both("\"a\\\"b\"", "<a\"b>", b);
	both("\"a b\tc\"", "<a b\\x09c>", b);
	both("\"line1\nline2\"", "<line1\\x0Aline2>", b);
	both("\"\" x", "<> <x>", b);
	T_STREQ(words("x\"y z\"w", LX, b), "<xy zw>", "linux glues quoted parts");
	T_STREQ(words("x\"y z\"w", AP, b), "<x\"y> <z\"w>", "apple: quote only at start");
	T_STREQ(words("\"a\"b", LX, b), "<ab>", "linux: word goes on after the quote");
	T_STREQ(words("\"a\"b", AP, b), "<a> <b>", "apple: closing quote ends the word");
	T_STREQ(words("ROUTES=\"a b\"", LX, b), "<ROUTES=a b>", "linux assignment");
	T_STREQ(words("ROUTES=\"a b\"", AP, b), "<ROUTES=\"a> <b\">", "apple assignment");
	T_STREQ(words("\"a\"#c", LX, b), "<a>", "linux: # after the quote");
	T_STREQ(words("\"a\"#c", AP, b), "<a>", "apple: # after the quote");
	T_STREQ(words("\\\"a b\"", AP, b), "<\"a> <b\">", "apple: escaped quote does not quote");
}

static void test_eof(struct buf *b)
{
	struct lexer_token t;

	/* `""` as the very last bytes: Linux pppd sees end of file */
	T_STREQ(words("user \"\"", LX, b), "<user> (dropped)", "linux \"\" at EOF");
	T_STREQ(words("user \"\"", AP, b), "<user> <>", "apple \"\" at EOF");
	both("user \"\"\n", "<user> <>", b);
	T_OK(token("user \"\"", LX, 1, &t, b) && (t.flags & LEXER_EOF_DROPPED) &&
	     t.len == 0 && t.start == 5 && t.end == 7, "dropped token is reported");
	T_STREQ(words("user ''", LX, b), "<user> (dropped)", "linux '' at EOF");
	/* unterminated quotes */
	both("name \"abc def\nghi", "<name> <abc def\\x0Aghi>", b);
	T_OK(token("name \"abc", LX, 1, &t, b) && (t.flags & LEXER_UNTERMINATED) &&
	     !(t.flags & LEXER_EOF_DROPPED), "linux unterminated flagged");
	T_OK(token("name \"abc", AP, 1, &t, b) && (t.flags & LEXER_UNTERMINATED),
	     "apple unterminated flagged too");
	T_OK(token("x \"", AP, 1, &t, b) && (t.flags & LEXER_EOF_DROPPED) &&
	     (t.flags & LEXER_UNTERMINATED), "a lone quote at EOF is no word");
	T_STREQ(words("x \"", LX, b), "<x> (dropped)", "linux lone quote at EOF");
	T_OK(token("\"abc\"", AP, 0, &t, b) && !(t.flags & LEXER_UNTERMINATED),
	     "closed quote at EOF is fine");
}

static void test_space_and_lines(struct buf *b)
{
	struct lexer_token t;

	both("a\tb\vc\fd\re\n f", "<a> <b> <c> <d> <e> <f>", b);
	both("mtu 1400\r\ndebug\r\n", "<mtu> <1400> <debug>", b);
	both("\xc3\xa9t\xc3\xa9 \xff", "<\\xC3\\xA9t\\xC3\\xA9> <\\xFF>", b);
	T_STREQ(words_n("a\0b c", 5, LX, b), "<a\\x00b> <c>", "raw NUL is a byte of the word");
	T_OK(token("x\n\n  mtu  1400\n", LX, 1, &t, b) && t.start == 5 && t.end == 8 &&
	     t.line == 3 && t.end_line == 3, "span and line of mtu");
	T_OK(token("x\n\n  mtu  1400\n", LX, 2, &t, b) && t.start == 10 && t.end == 14 &&
	     t.line == 3, "span of 1400");
	T_OK(token("ab\\\ncd e", LX, 0, &t, b) && t.start == 0 && t.end == 6 &&
	     t.line == 1 && t.end_line == 2, "joined word spans two lines");
	T_OK(token("ab\\\n e", LX, 0, &t, b) && t.end == 4 && t.end_line == 1,
	     "backslash-newline at the end stays on the first line");
	T_OK(token("a\n\"x\ny\" z", AP, 1, &t, b) && t.line == 2 && t.end_line == 3 &&
	     t.start == 2 && t.end == 7, "quoted word over two lines");
	T_OK(token("a\n\"x\ny\" z", AP, 2, &t, b) && t.line == 3 && t.start == 8,
	     "line count goes on after a multi-line word");
	T_OK(token("  \\ lead", LX, 0, &t, b) && t.start == 2 && t.end == 8,
	     "an escaped start begins at the backslash");
	T_OK(token("\"a\"b", AP, 0, &t, b) && t.end == 3, "apple: closing quote in the span");
}

static void test_length(struct buf *b)
{
	static const size_t sizes[] = { 1023, 1024, 1500 };
	struct lexer_token t;
	char *in = malloc(2100);
	size_t i, k;
	int d;

	for (d = 0; d < 2; d++) {
		for (i = 0; i < 3; i++) {
			for (k = 0; k < sizes[i]; k++)
				in[k] = (char)('a' + k % 26);
			strcpy(in + sizes[i], " next");
			T_OK(token(in, d ? AP : LX, 0, &t, b), "long word read");
			T_INTEQ(t.len, sizes[i] > 1023 ? 1023 : sizes[i], "kept length %zu", sizes[i]);
			T_INTEQ(t.full_len, sizes[i], "full length %zu", sizes[i]);
			T_INTEQ(!!(t.flags & LEXER_TRUNCATED), sizes[i] > 1023, "truncated flag %zu", sizes[i]);
			T_MEMEQ(b->data, b->len, in, t.len, "kept bytes are the first ones");
			T_INTEQ(t.end, sizes[i], "span covers the whole word");
			T_OK(token(in, d ? AP : LX, 1, &t, b) && t.len == 4, "the next word follows");
		}
		/* escapes count decoded bytes, not raw ones */
		for (k = 0; k < 1023; k++)
			memcpy(in + 2 * k, "\\s", 2);
		in[2046] = '\0';
		T_OK(token(in, d ? AP : LX, 0, &t, b) && t.len == 1023 &&
		     !(t.flags & LEXER_TRUNCATED), "1023 escaped spaces fit");
	}
	free(in);
}

static void test_quote_out(struct buf *b)
{
	static const struct { const char *in; size_t n; const char *want; } q[] = {
		{ "abc", 3, "abc" },
		{ "L2TP.ppp", 8, "L2TP.ppp" },
		{ "\xc3\xa9t\xc3\xa9", 5, "\xc3\xa9t\xc3\xa9" },
		{ "", 0, "\"\"" },
		{ "a b", 3, "\"a b\"" },
		{ "it's", 4, "\"it's\"" },
		{ "a\"b", 3, "\"a\\\"b\"" },
		{ "a\\b", 3, "\"a\\\\b\"" },
		{ "#x", 2, "\"#x\"" },
		{ "a\tb", 3, "\"a\\011b\"" },
		{ "\n1", 2, "\"\\0121\"" },
		{ "\x7f", 1, "\"\\177\"" },
		{ "a\0b", 3, "\"a\\000b\"" },
	};
	size_t i;

	for (i = 0; i < sizeof q / sizeof q[0]; i++) {
		buf_reset(b);
		buf_adds(b, "");
		lexer_quote(b, q[i].in, q[i].n);
		T_STREQ(b->data, q[i].want, "lexer_quote case %zu", i);
	}
	T_OK(lexer_quotable("abc", 3), "plain is quotable");
	T_OK(lexer_quotable("", 0), "empty is quotable");
	T_OK(!lexer_quotable("a\0b", 3), "NUL is not quotable");
	{
		char *big = malloc(1024);

		memset(big, 'x', 1024);
		T_OK(lexer_quotable(big, 1023), "1023 bytes fit");
		T_OK(!lexer_quotable(big, 1024), "1024 bytes do not");
		free(big);
	}
	T_INTEQ(lexer_dialect_for(PLATFORM_MACOS), LEXER_APPLE, "macOS reads like Apple");
	T_INTEQ(lexer_dialect_for(PLATFORM_LINUX), LEXER_LINUX, "Linux reads like Linux");
}

/* A small fixed PRNG so the property test is the same on every libc. */
static uint32_t rng_next(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static void test_quote_property(void)
{
	static const char alphabet[] = " \t\n\r\v\f\"'#\\abcxyz019\x01\x1f\x7f\x80\xc3\xa9\xff";
	struct buf file = { NULL, 0, 0 };
	char val[16][24];
	size_t len[16];
	uint32_t seed = 0x9e3779b9u;
	int iter, bad = 0;

	for (iter = 0; iter < 3000; iter++) {
		size_t n = 1 + rng_next(&seed) % 15, i;
		int d;

		buf_reset(&file);
		buf_adds(&file, "");
		for (i = 0; i < n; i++) {
			size_t k;

			len[i] = rng_next(&seed) % 23;
			for (k = 0; k < len[i]; k++)
				val[i][k] = alphabet[rng_next(&seed) % (sizeof alphabet - 1)];
			if (i)
				buf_adds(&file, rng_next(&seed) % 3 ? " " : "\n");
			lexer_quote(&file, val[i], len[i]);
		}
		buf_addc(&file, '\n');
		for (d = 0; d < 2; d++) {
			struct lexer lx;
			struct lexer_token t;
			size_t got = 0;
			int ok = 1;

			lexer_init(&lx, file.data, file.len, d ? AP : LX);
			while (lexer_next(&lx, &t)) {
				if (t.kind != LEXER_WORD || got >= n || t.len != len[got] ||
				    memcmp(t.text, val[got], len[got]) != 0 || t.flags & LEXER_EOF_DROPPED)
					ok = 0;
				got++;
			}
			lexer_free(&lx);
			if (!ok || got != n) {
				if (bad++ < 3)
					T_OK(0, "iteration %d dialect %d: quoted words do not read back: %s",
					     iter, d, file.data);
			}
		}
	}
	T_INTEQ(bad, 0, "quoted random words read back in both dialects");
	buf_free(&file);
}

/* What pppd makes of byte c inside a word and at its start: "a<c>b\n"
 * and "<c>b\n", as words, each in <>; a comment ends the list with "#". */
static void class_want(int c, enum lexer_dialect d, int at_start, struct buf *w)
{
	const char *a = at_start ? "" : "<a";
	int space = c == ' ' || (c >= '\t' && c <= '\r');
	int quote = c == '"' || c == '\'';

	buf_reset(w);
	buf_adds(w, "");
	if (space)
		buf_printf(w, "%s%sb>", a, at_start ? "<" : "> <");
	else if (c == '#')
		buf_printf(w, "%s%s#", a, at_start ? "" : ">");
	else if (c == '\\')   /* escapes the b: a backspace */
		buf_printf(w, "%s%s\\x08>", a, at_start ? "<" : "");
	else if (quote && (at_start || d == LEXER_LINUX))   /* opens a quote to EOF */
		buf_printf(w, "%s%sb\\x0A>", a, at_start ? "<" : "");
	else {
		char one = (char)c;

		buf_printf(w, "%s%s", a, at_start ? "<" : "");
		buf_add_escaped(w, &one, 1);
		buf_adds(w, "b>");
	}
}

/* Every one of the 256 bytes, inside a word and at its start, in both
 * dialects: white space is C-locale isspace; '#', backslash and the quotes
 * are special (Apple's quotes only at the start); all else is itself. */
static void test_classes(void)
{
	struct buf want = { NULL, 0, 0 }, got = { NULL, 0, 0 };
	int c, d, at_start, bad = 0;

	for (d = 0; d < 2; d++)
		for (at_start = 0; at_start < 2; at_start++)
			for (c = 0; c < 256; c++) {
				char in[4];
				size_t n = 0;
				struct lexer lx;
				struct lexer_token t;

				if (!at_start)
					in[n++] = 'a';
				in[n++] = (char)c;
				in[n++] = 'b';
				in[n++] = '\n';
				class_want(c, d ? AP : LX, at_start, &want);
				buf_reset(&got);
				buf_adds(&got, "");
				lexer_init(&lx, in, n, d ? AP : LX);
				while (lexer_next(&lx, &t)) {
					if (t.kind == LEXER_COMMENT) {
						buf_addc(&got, '#');
						continue;
					}
					if (got.len)
						buf_addc(&got, ' ');
					buf_addc(&got, '<');
					buf_add_escaped(&got, t.text, t.len);
					buf_addc(&got, '>');
				}
				lexer_free(&lx);
				if (strcmp(got.data, want.data) != 0 && bad++ < 3)
					T_OK(0, "byte %d (%s, %s): got %s, want %s", c,
					     d ? "apple" : "linux", at_start ? "first" : "inside",
					     got.data, want.data);
			}
	T_INTEQ(bad, 0, "every byte is read by pppd's rules, inside a word and first");
	buf_free(&want);
	buf_free(&got);
}

int main(void)
{
	struct buf b = { NULL, 0, 0 };

	test_classes();

	test_escapes(&b);
	test_flags(&b);
	test_comments(&b);
	test_quotes(&b);
	test_eof(&b);
	test_space_and_lines(&b);
	test_length(&b);
	test_quote_out(&b);
	test_quote_property();
	buf_free(&b);
	return t_done();
}
