/* lexer.c - pppd's getword(): the options file as the stream of words pppd reads. */
#include "pppd/lexer.h"

#include <string.h>

/* pppd runs in the C locale, where isspace() is true for exactly these six
 * bytes; testing them here keeps us independent of the caller's locale. */
static int lexer_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int lexer_octal(unsigned char c)
{
	return c >= '0' && c <= '7';
}

static int lexer_hexval(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

enum lexer_dialect lexer_dialect_for(enum platform p)
{
	return p == PLATFORM_MACOS ? LEXER_APPLE : LEXER_LINUX;
}

void lexer_init(struct lexer *lx, const char *data, size_t len, enum lexer_dialect d)
{
	lx->data = data;
	lx->len = len;
	lx->pos = 0;
	lx->line = 1;
	lx->dialect = d;
	buf_init(&lx->word);
}

void lexer_free(struct lexer *lx)
{
	buf_free(&lx->word);
}

/* A comment runs from '#' to the newline (which is not part of it); a
 * backslash inside it escapes nothing, as in pppd. */
static int lexer_comment(struct lexer *lx, struct lexer_token *tok)
{
	size_t p = lx->pos;
	const char *nl = memchr(lx->data + p, '\n', lx->len - p);
	size_t end = nl ? (size_t)(nl - lx->data) : lx->len;

	tok->kind = LEXER_COMMENT;
	tok->start = p;
	tok->end = end;
	tok->line = tok->end_line = lx->line;
	tok->flags = 0;
	tok->text = lx->data + p;
	tok->len = tok->full_len = end - p;
	lx->pos = end;
	return 1;
}

/* Skips white space up to the next token. A backslash-newline here is only
 * a separator; a backslash before anything else starts a word with that
 * character (*escape is then 1 and the position is past the backslash).
 * 0 at the end of input: a backslash as the last byte is dropped. */
static int lexer_skip(struct lexer *lx, int *escape)
{
	*escape = 0;
	for (; lx->pos < lx->len; lx->pos++) {
		unsigned char c = (unsigned char)lx->data[lx->pos];

		if (c == '\n') {
			lx->line++;
			*escape = 0;
		} else if (*escape) {
			return 1;
		} else if (c == '\\') {
			*escape = 1;
		} else if (!lexer_space(c)) {
			return 1;
		}
	}
	return 0;
}

/* The value of the escape whose first byte (after the backslash) is at
 * lx->pos, as pppd decodes it; the position moves past the escape. */
static unsigned char lexer_escape(struct lexer *lx)
{
	const unsigned char *s = (const unsigned char *)lx->data;
	unsigned char c = s[lx->pos++];
	int value, k, h;

	switch (c) {
	case 'a': return '\a';
	case 'b': return '\b';
	case 'f': return '\f';
	case 'n': return '\n';
	case 'r': return '\r';
	case 's': return ' ';
	case 't': return '\t';
	case 'x':
		/* up to two hex digits; none at all is a NUL */
		value = 0;
		for (k = 0; k < 2 && lx->pos < lx->len; k++) {
			if ((h = lexer_hexval(s[lx->pos])) < 0)
				break;
			value = (value << 4) + h;
			lx->pos++;
		}
		return (unsigned char)value;
	default:
		if (!lexer_octal(c))
			return c;
		/* up to three octal digits, the first one included */
		value = c - '0';
		for (k = 1; k < 3 && lx->pos < lx->len && lexer_octal(s[lx->pos]); k++)
			value = (value << 3) + (s[lx->pos++] - '0');
		return (unsigned char)value;
	}
}

/* Stores one byte of the word as pppd does: only the first LEXER_MAXWORD
 * are kept, but every one counts toward the full length. */
static void lexer_keep(struct lexer *lx, unsigned char c, size_t *full)
{
	if (lx->word.len < LEXER_MAXWORD)
		buf_addc(&lx->word, (char)c);
	(*full)++;
}

/* Reads the word at lx->pos (after its opening backslash when escape is
 * set) the way pppd's getword() goes on from there. */
static void lexer_word(struct lexer *lx, int escape, struct lexer_token *tok)
{
	const unsigned char *s = (const unsigned char *)lx->data;
	int apple = lx->dialect == LEXER_APPLE;
	int quoted = 0, closed = 0;
	unsigned flags = 0;
	size_t full = 0;

	tok->start = escape ? lx->pos - 1 : lx->pos;
	tok->line = lx->line;
	buf_reset(&lx->word);
	buf_add(&lx->word, "", 0);
	/* Apple's (old upstream) parser only honours a quote as the first
	 * character, and then the closing quote ends the word. */
	if (apple && !escape && (s[lx->pos] == '"' || s[lx->pos] == '\'')) {
		quoted = s[lx->pos++];
		flags |= LEXER_QUOTED;
	}
	while (lx->pos < lx->len) {
		unsigned char c = s[lx->pos];

		if (escape) {
			escape = 0;
			if (c == '\n') {
				lx->line++;
				lx->pos++;
				flags |= LEXER_JOINED;
				continue;
			}
			flags |= LEXER_ESCAPED;
			lexer_keep(lx, lexer_escape(lx), &full);
			continue;
		}
		if (c == '\\') {
			escape = 1;
			lx->pos++;
			continue;
		}
		if (quoted) {
			if (c == quoted) {
				lx->pos++;
				if (apple) {
					closed = 1;
					break;
				}
				quoted = 0;
				continue;
			}
		} else if (!apple && (c == '"' || c == '\'')) {
			quoted = c;
			flags |= LEXER_QUOTED;
			lx->pos++;
			continue;
		} else if (lexer_space(c) || c == '#') {
			break;
		}
		if (c == '\n')
			lx->line++;
		lexer_keep(lx, c, &full);
		lx->pos++;
	}

	tok->kind = LEXER_WORD;
	tok->end = lx->pos;
	tok->end_line = lx->line - (s[lx->pos - 1] == '\n');
	if (lx->pos >= lx->len && !closed) {
		/* pppd hit end of file inside this word */
		if (quoted)
			flags |= LEXER_UNTERMINATED;
		if (full == 0)
			flags |= LEXER_EOF_DROPPED;
	}
	if (full > LEXER_MAXWORD)
		flags |= LEXER_TRUNCATED;
	if (memchr(lx->word.data, '\0', lx->word.len))
		flags |= LEXER_HAS_NUL;
	tok->flags = flags;
	tok->text = lx->word.data;
	tok->len = lx->word.len;
	tok->full_len = full;
}

int lexer_next(struct lexer *lx, struct lexer_token *tok)
{
	int escape;

	if (!lexer_skip(lx, &escape))
		return 0;
	if (!escape && lx->data[lx->pos] == '#')
		return lexer_comment(lx, tok);
	lexer_word(lx, escape, tok);
	return 1;
}

/* Safe bare: printable ASCII that neither parser treats specially, and any
 * byte >= 0x80 (not white space in the C locale). */
static int lexer_bare_byte(unsigned char c)
{
	return c > ' ' && c != 0x7f && c != '"' && c != '\'' && c != '#' && c != '\\';
}

void lexer_quote(struct buf *out, const char *val, size_t len)
{
	const unsigned char *s = (const unsigned char *)val;
	size_t i, run;

	for (i = 0; i < len && lexer_bare_byte(s[i]); i++)
		;
	if (len > 0 && i == len) {
		buf_add(out, val, len);
		return;
	}
	/* The whole word in double quotes: both parsers accept this form, and
	 * it is what Apple's own controller writes. Octal escapes always get
	 * three digits so a following digit cannot extend them. */
	buf_addc(out, '"');
	for (i = 0; i < len; i += run) {
		unsigned char c = s[i];

		for (run = 0; i + run < len; run++) {
			unsigned char d = s[i + run];

			if (d < ' ' || d == 0x7f || d == '"' || d == '\\')
				break;
		}
		if (run) {
			buf_add(out, s + i, run);
			continue;
		}
		run = 1;
		if (c == '"' || c == '\\') {
			buf_addc(out, '\\');
			buf_addc(out, (char)c);
		} else {
			buf_printf(out, "\\%03o", (unsigned)c);
		}
	}
	buf_addc(out, '"');
}

int lexer_quotable(const char *val, size_t len)
{
	return len <= LEXER_MAXWORD && (len == 0 || !memchr(val, '\0', len));
}
