/* lexer.c - pppd's getword(): the options file as the stream of words pppd reads. */
#include "pppd/lexer.h"

#include <string.h>

/* pppd runs in the C locale, so isspace() means exactly six bytes (9-13 and
 * the blank); testing a table keeps us independent of the caller's locale.
 * Sixteen bytes to a row; 1 is white space, 6 plain in both dialects, 4
 * plain for Apple only (the two quotes), 0 neither (NUL, '#', backslash). */
const unsigned char lexer_class[256] = {
	0, 6, 6, 6, 6, 6, 6, 6, 6, 1, 1, 1, 1, 1, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	1, 6, 4, 0, 6, 6, 6, 4, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 0, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
	6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
};

static int lexer_space(unsigned char c)
{
	return lexer_class[c] & LEXER_C_SPACE;
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

/* The word buffer is sized once for the longest word pppd keeps, so the
 * inner loop stores bytes directly instead of growing per byte. */
static char *lexer_wordbuf(struct lexer *lx)
{
	if (lx->word.cap < LEXER_MAXWORD + 2) {
		static const char zero[LEXER_MAXWORD + 1];

		buf_reset(&lx->word);
		buf_add(&lx->word, zero, sizeof zero);
	}
	return lx->word.data;
}

/* A comment runs from '#' to the newline (which is not part of it); a
 * backslash inside it escapes nothing, as in pppd. */
static int lexer_comment(struct lexer *lx, size_t p, struct lexer_token *tok)
{
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

int lexer_next(struct lexer *lx, struct lexer_token *tok)
{
	const unsigned char *s = (const unsigned char *)lx->data;
	size_t n = lx->len, p = lx->pos, start, kept = 0, full = 0, nul_at;
	int escape = 0, quoted = 0, closed = 0;
	int apple = lx->dialect == LEXER_APPLE;
	unsigned plain = apple ? LEXER_C_PLAIN_APPLE : LEXER_C_PLAIN;
	unsigned flags = 0;
	int bytewise = 0;   /* a byte was stored one at a time: it may be a NUL */
	char *w;

	/* Skip white space; a backslash-newline here is only a separator, and a
	 * backslash before anything else starts a word with that character. */
	for (;;) {
		unsigned char c;

		if (p >= n) {
			lx->pos = p;   /* a backslash as the last byte is dropped */
			return 0;
		}
		c = s[p];
		if (c == '\n') {
			lx->line++;
			p++;
			escape = 0;
			continue;
		}
		if (escape)
			break;
		if (c == '\\') {
			escape = 1;
			p++;
			continue;
		}
		if (c == '#')
			return lexer_comment(lx, p, tok);
		if (!lexer_space(c))
			break;
		p++;
	}
	start = escape ? p - 1 : p;
	tok->line = lx->line;
	w = lexer_wordbuf(lx);

	/* Most words are one run of plain bytes ended by white space, a '#' or
	 * the end: their value is their bytes. (A quote cannot start one: it
	 * opens a quoted word in both dialects.) */
	if (!escape && (lexer_class[s[p]] & LEXER_C_PLAIN)) {
		size_t q = p + 1;

		while (q < n && (lexer_class[s[q]] & plain))
			q++;
		if (q - p <= LEXER_MAXWORD &&
		    (q == n || (lexer_class[s[q]] & LEXER_C_SPACE) || s[q] == '#')) {
			/* a fixed-size copy is two moves, not a call */
			if (q - p <= 16 && n - p >= 16)
				memcpy(w, s + p, 16);
			else
				memcpy(w, s + p, q - p);
			w[q - p] = '\0';
			tok->kind = LEXER_WORD;
			tok->start = p;
			tok->end = q;
			tok->end_line = lx->line;
			tok->flags = 0;
			tok->text = w;
			tok->len = tok->full_len = q - p;
			lx->pos = q;
			return 1;
		}
	}

	/* Apple's (old upstream) parser only honours a quote as the first
	 * character, and then the closing quote ends the word. */
	if (apple && !escape && (s[p] == '"' || s[p] == '\'')) {
		quoted = s[p++];
		flags |= LEXER_QUOTED;
	}
	while (p < n) {
		unsigned char c = s[p];
		int value;

		/* A run of bytes that are only themselves (most words are one)
		 * is copied at once; anything else takes the byte-wise way. */
		if (!escape && !quoted && (lexer_class[c] & plain)) {
			size_t q = p + 1, k;

			while (q < n && (lexer_class[(unsigned char)s[q]] & plain))
				q++;
			k = q - p;
			if (kept < LEXER_MAXWORD)
				memcpy(w + kept, s + p, k < LEXER_MAXWORD - kept ? k : LEXER_MAXWORD - kept);
			kept = kept + k < LEXER_MAXWORD ? kept + k : LEXER_MAXWORD;
			full += k;
			p = q;
			continue;
		}
		if (escape) {
			escape = 0;
			if (c == '\n') {
				lx->line++;
				p++;
				flags |= LEXER_JOINED;
				continue;
			}
			flags |= LEXER_ESCAPED;
			p++;
			switch (c) {
			case 'a': value = '\a'; break;
			case 'b': value = '\b'; break;
			case 'f': value = '\f'; break;
			case 'n': value = '\n'; break;
			case 'r': value = '\r'; break;
			case 's': value = ' '; break;
			case 't': value = '\t'; break;
			case 'x': {
				int k, h;

				value = 0;
				for (k = 0; k < 2 && p < n && (h = lexer_hexval(s[p])) >= 0; k++, p++)
					value = (value << 4) + h;
				break;
			}
			default:
				if (lexer_octal(c)) {
					int k;

					value = c - '0';
					for (k = 1; k < 3 && p < n && lexer_octal(s[p]); k++, p++)
						value = (value << 3) + (s[p] - '0');
				} else {
					value = c;
				}
				break;
			}
			bytewise = 1;
			if (kept < LEXER_MAXWORD)
				w[kept++] = (char)(unsigned char)value;
			full++;
			continue;
		}
		if (c == '\\') {
			escape = 1;
			p++;
			continue;
		}
		if (quoted) {
			if (c == quoted) {
				p++;
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
			p++;
			continue;
		} else if (lexer_space(c) || c == '#') {
			break;
		}
		if (c == '\n')
			lx->line++;
		bytewise = 1;
		if (kept < LEXER_MAXWORD)
			w[kept++] = (char)c;
		full++;
		p++;
	}
	w[kept] = '\0';

	tok->kind = LEXER_WORD;
	tok->start = start;
	tok->end = p;
	tok->end_line = lx->line - (s[p - 1] == '\n');
	if (p >= n && !closed) {
		/* pppd hit end of file inside this word */
		if (quoted)
			flags |= LEXER_UNTERMINATED;
		if (full == 0)
			flags |= LEXER_EOF_DROPPED;
	}
	if (full > LEXER_MAXWORD)
		flags |= LEXER_TRUNCATED;
	/* only a byte stored one at a time can be a NUL; words are short, so a
	 * plain loop beats a call to memchr */
	for (nul_at = 0; bytewise && nul_at < kept && w[nul_at]; nul_at++)
		;
	if (bytewise && nul_at < kept)
		flags |= LEXER_HAS_NUL;
	tok->flags = flags;
	tok->text = w;
	tok->len = kept;
	tok->full_len = full;
	lx->pos = p;
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
