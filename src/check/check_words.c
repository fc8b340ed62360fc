/* check_words.c - the rules about a word's bytes: a quote never closed, a cut word, a NUL, a CR or pasted look-alikes in a value. */
#include <stdint.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/lexer.h"

int check_words_worth(const struct check_ctx *c, size_t entry, size_t wi)
{
	size_t len, i;
	const char *v;

	if (c->d->words[wi].flags & (LEXER_UNTERMINATED | LEXER_TRUNCATED | LEXER_HAS_NUL))
		return 1;
	/* a value may hold a CR or a look-alike (all of them start at 0xC2) */
	if (wi == c->d->entries[entry].word)
		return 0;
	v = check_val(c, wi, &len);
	for (i = 0; i < len; i++)
		if (v[i] == '\r' || (unsigned char)v[i] >= 0xC2)
			return 1;
	return 0;
}

/* The entry's name for a message. */
static void check_words_name(const struct check_ctx *c, size_t entry, struct buf *b)
{
	size_t len;
	const char *name = check_val(c, c->d->entries[entry].word, &len);

	check_word(b, name, len);
}

/* An open quote goes on to EOF (linux-ppp-2.5.3/pppd/options.c:1575). */
int check_words_unterminated(struct check_ctx *c, size_t entry, size_t wi)
{
	size_t line = doc_word_line(c->d, wi) + 1;

	if (!(c->d->words[wi].flags & LEXER_UNTERMINATED))
		return 0;
	check_say(c, CHECK_K_UNTERMINATED, line, entry, N_("Close the quote at the end of the "
	          "value."), NULL, N_("A quote opened on line %zu is never closed, so pppd reads "
	          "everything to the end of the file as part of this one word; the directives "
	          "after it are lost."), line);
	return 1;
}

/* MAXWORDLEN is 1024 with the NUL in all three (linux-ppp-2.5.3/pppd/pppd.h:62;
 * the cut and the warning: options.c:1582-1586, Apple's options.c:1508). */
int check_words_long(struct check_ctx *c, size_t entry, size_t wi)
{
	size_t line = doc_word_line(c->d, wi) + 1;

	if (!(c->d->words[wi].flags & LEXER_TRUNCATED))
		return 0;
	check_say(c, CHECK_K_LONG_WORD, line, entry, N_("Shorten the value."), NULL, N_("A word on "
	          "line %zu is longer than 1023 bytes; pppd keeps only the first 1023 and logs "
	          "a warning."), line);
	return 1;
}

/* A raw zero byte in the file, or an escape that makes one. */
int check_words_nul(struct check_ctx *c, size_t entry, size_t wi)
{
	const struct doc_word *dw = &c->d->words[wi];
	size_t len;
	const char *v = check_val(c, wi, &len);
	struct buf name;

	if (!(dw->flags & LEXER_HAS_NUL) && !memchr(v, '\0', len))
		return 0;
	buf_init(&name);
	check_words_name(c, entry, &name);
	check_say(c, CHECK_K_NUL_IN_VALUE, doc_word_line(c->d, wi) + 1, entry, N_("Remove the NUL "
	          "byte (or the escape that makes it)."), NULL,
	          memchr(c->d->text.data + dw->start, '\0', dw->end - dw->start) ?
	          N_("%s contains a NUL (zero) byte; pppd reads the word only up to it and "
	          "ignores the rest.") : N_("%s contains a NUL (zero) byte made by an escape "
	          "such as \\0 or \\x00; pppd reads the word only up to it and ignores the "
	          "rest."), name.data);
	buf_free(&name);
	return 1;
}

int check_words_cr(struct check_ctx *c, size_t entry, size_t wi)
{
	size_t len;
	const char *v = check_val(c, wi, &len);
	struct buf name;

	if (wi == c->d->entries[entry].word || !memchr(v, '\r', len))
		return 0;
	buf_init(&name);
	check_words_name(c, entry, &name);
	check_say(c, CHECK_K_CR_IN_VALUE, doc_word_line(c->d, wi) + 1, entry, N_("Convert the "
	          "file's line ends to LF, or close the quote before the end of the line."), NULL,
	          N_("The value of %s contains a carriage return (CR), from Windows line ends "
	          "inside quotes; pppd keeps it as part of the value."), name.data);
	buf_free(&name);
	return 1;
}

int check_words_odd_chars(struct check_ctx *c, size_t entry, size_t wi)
{
	size_t len;
	const char *v = check_val(c, wi, &len);
	struct buf folded, name;
	unsigned f;

	if (wi == c->d->entries[entry].word)
		return 0;
	buf_init(&folded);
	f = catalog_fold(v, len, &folded);
	buf_free(&folded);
	if (!f)
		return 0;
	buf_init(&name);
	check_words_name(c, entry, &name);
	check_say(c, CHECK_K_ODD_CHARS, doc_word_line(c->d, wi) + 1, entry, N_("Retype the value "
	          "in plain ASCII, unless you meant those characters."), NULL,
	          N_("The value of %s contains %s, probably pasted from a web page or a word "
	          "processor; pppd keeps those bytes as part of the value."), name.data,
	          check_fold_kind(f));
	buf_free(&name);
	return 1;
}
