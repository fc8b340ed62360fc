/* test_text.c - text measured in columns: wide characters whole, escapes counted, English broken at spaces, Chinese between characters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/text.h"
#include "t.h"

/* 你好，世界 (the comma is the full-width U+FF0C) */
#define NIHAO "\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x8c\xe4\xb8\x96\xe7\x95\x8c"
#define ZHONG "\xe4\xb8\xad"            /* 中 */
#define WEN   "\xe6\x96\x87"            /* 文 */
#define JU    "\xe3\x80\x82"            /* 。 */
#define LPAR  "\xef\xbc\x88"            /* （ */
#define RPAR  "\xef\xbc\x89"            /* ） */

static int W(const char *s) { return text_width(s, strlen(s), 1); }

static void test_widths(void)
{
	T_INTEQ(W("plugin"), 6, "ASCII: a column a byte");
	T_INTEQ(W(ZHONG WEN), 4, "a Chinese character takes two columns");
	T_INTEQ(W(NIHAO), 10, "full-width punctuation is two columns too");
	T_INTEQ(W("\xff"), 4, "an invalid byte is shown escaped (\\xFF): four columns");
	T_INTEQ(W("\xe4\xb8"), 8, "a cut-off character: each byte escaped");
	T_INTEQ(W("e\xcc\x81"), 9, "a combining mark is escaped, not drawn on its neighbour");
	T_INTEQ(text_width(ZHONG, 3, 0), 12, "without UTF-8 every byte above 0x7e is escaped");
	T_INTEQ(W("\tx"), 9, "a tab reaches column 8");
	T_INTEQ(W("ab\tx"), 9, "a tab after two columns is six");
}

static void test_fit(void)
{
	T_INTEQ(text_fit(ZHONG WEN, 6, 3, 1), 3, "3 columns hold one Chinese character, not one and a half");
	T_INTEQ(text_fit(ZHONG WEN, 6, 4, 1), 6, "4 columns hold two");
	T_INTEQ(text_fit(ZHONG WEN, 6, 1, 1), 0, "1 column holds none");
	T_INTEQ(text_fit("a" ZHONG, 4, 2, 1), 1, "a wide character needing the last column and one more is left out");
	T_INTEQ(text_fit("ab\xff", 3, 5, 1), 2, "an escape is not cut either");
}

static size_t BR(const char *s, size_t limit) { return text_break(s, strlen(s), limit, 1); }

static void test_breaks(void)
{
	const char *en = "hello world foo";
	const char *mix = "use " ZHONG "pppd" WEN;   /* use 中pppd文 */

	T_INTEQ(BR(en, 13), 11, "English breaks before the last space that fits");
	T_INTEQ(BR(en, 4), 0, "no break inside the first word");
	T_INTEQ(BR("alpha-beta/gamma", 14), 0, "English never breaks inside a word");
	T_INTEQ(BR(NIHAO, 11), 9, "Chinese breaks between characters: after the comma");
	T_INTEQ(BR(NIHAO, 6), 3, "but not before the comma: the line would start with it");
	T_INTEQ(BR(ZHONG JU WEN, 3), 0, "not before the full stop either");
	T_INTEQ(BR(ZHONG LPAR WEN RPAR, 9), 3, "not after an opening parenthesis");
	T_INTEQ(BR(ZHONG ",", 3), 0, "not before ASCII punctuation closing a Chinese phrase");
	T_INTEQ(BR(mix, 7), 7, "between a Chinese character and a Latin word");
	T_INTEQ(BR(mix, 10), 7, "not inside the Latin word");
	T_INTEQ(BR(mix, 11), 11, "after the Latin word, before the next Chinese character");
	T_INTEQ(text_word("plugin L2TP.ppp", 15, 1), 6, "the first piece of English is a word");
	T_INTEQ(text_word(ZHONG WEN, 6, 1), 3, "the first piece of Chinese is one character");
	T_INTEQ(text_word("/etc/ppp/options" JU WEN, 22, 1), 19,
	        "a path keeps the full stop after it");
}

/* Wraps s at width w with text_line; checks each line and that the lines
 * give back the text (spaces at the cuts aside). Returns the line count. */
static int wrap_ok(const char *s, int w, const char *what)
{
	size_t n = strlen(s), at = 0, next, len;
	char *back = malloc(n + 1);
	size_t bn = 0;
	int lines = 0, ok = 1;

	while (at < n) {
		len = text_line(s + at, n - at, w, 1, &next);
		if (len == 0 || next == 0) {
			ok = 0;
			break;
		}
		if (text_width(s + at, len, 1) > w && text_fit(s + at, len, w, 1) != 0)
			ok = 0;          /* wider than the line though part of it fits */
		if (text_fit(s + at, len, 1000, 1) != len)
			ok = 0;
		memcpy(back + bn, s + at, len);
		bn += len;
		at += next;
		while (bn > 0 && back[bn - 1] == ' ')
			bn--;
		lines++;
	}
	back[bn] = '\0';
	T_OK(ok, "%s at %d columns: every line fits and ends on a character", what, w);
	{
		/* the text without the spaces wrapping removed */
		char *want = malloc(n + 1);
		size_t i, k = 0;

		for (i = 0; i < n; i++)
			if (s[i] != ' ')
				want[k++] = s[i];
		want[k] = '\0';
		for (i = 0, k = 0; i < bn; i++)
			if (back[i] != ' ')
				back[k++] = back[i];
		back[k] = '\0';
		T_STREQ(back, want, "%s at %d columns: nothing lost", what, w);
		free(want);
	}
	free(back);
	return lines;
}

static void test_lines(void)
{
	const char *en = "the quick brown fox jumps";
	const char *zh = "\xe8\xbf\x99\xe4\xbc\x9a\xe5\x85\xb3\xe9\x97\xad\xe6\x9c\xac\xe6\x9c\xba"
	                 "\xe6\x89\x80\xe6\x9c\x89 L2TP VPN \xe7\x9a\x84 IPsec\xef\xbc\x9a"
	                 "\xe9\x99\xa4\xe9\x9d\x9e PPP \xe5\x8d\x8f\xe5\x95\x86\xe4\xba\x86 MPPE"
	                 "\xef\xbc\x8c\xe7\x99\xbb\xe5\xbd\x95\xe5\x92\x8c\xe6\x95\xb0\xe6\x8d\xae"
	                 "\xe9\x83\xbd\xe4\xb8\x8d\xe5\x8a\xa0\xe5\xaf\x86\xe3\x80\x82";
	size_t next, len;
	int w;

	len = text_line(en, strlen(en), 10, 1, &next);
	T_MEMEQ(en, len, "the quick", 9, "English: the first line ends at a space");
	T_INTEQ(next, 10, "and the next starts after it");
	len = text_line(ZHONG WEN, 6, 1, 1, &next);
	T_INTEQ(len, 3, "a line too narrow for any character still takes one, whole");
	len = text_line("abcdefghij", 10, 4, 1, &next);
	T_INTEQ(len, 4, "a word wider than the line is cut where the line ends");
	for (w = 2; w <= 40; w++) {
		wrap_ok(en, w, "English");
		wrap_ok(zh, w, "Chinese");
	}
	T_INTEQ(wrap_ok(zh, 20, "Chinese"), 5, "a Chinese sentence wraps into full lines, not at its few spaces");
}

int main(void)
{
	/* a UTF-8 locale, as pppconf sets it (C.UTF-8 where no other exists) */
	setenv("LC_ALL", "C.UTF-8", 1);
	i18n_init();
	if (!T_OK(i18n_utf8(), "a UTF-8 locale for the width tests")) {
		printf("%d passed, %d failed\n", t_passed, t_failed);
		return 1;
	}
	test_widths();
	test_fit();
	test_breaks();
	test_lines();
	printf("%d passed, %d failed\n", t_passed, t_failed);
	return t_failed != 0;
}
