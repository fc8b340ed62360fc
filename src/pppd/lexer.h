/* lexer.h - pppd's getword(): the options file as the stream of words pppd reads. */
#ifndef PPPCONF_LEXER_H
#define PPPCONF_LEXER_H

#include <stddef.h>

#include "base/buf.h"
#include "base/platform.h"

/* pppd keeps at most 1023 bytes of a word (MAXWORDLEN 1024 with the NUL). */
#define LEXER_MAXWORD 1023

/* Linux pppd since 2.4.6 lets quotes appear anywhere in a word and glue to
 * text; Apple's pppd (the old upstream code) only knows a quote at the start
 * of a word, and the closing quote ends the word. */
enum lexer_dialect {
	LEXER_LINUX,
	LEXER_APPLE
};

enum lexer_dialect lexer_dialect_for(enum platform p);

enum lexer_kind {
	LEXER_WORD,     /* a word pppd reads */
	LEXER_COMMENT   /* '#' up to (not including) the newline */
};

/* Facts about one token, for checks and for `pppconf dump`. */
#define LEXER_QUOTED        0x01u /* a quote character took part */
#define LEXER_UNTERMINATED  0x02u /* a quote ran to end of file */
#define LEXER_TRUNCATED     0x04u /* longer than 1023 bytes: pppd cuts it */
#define LEXER_HAS_NUL       0x08u /* the kept word holds a NUL (from an escape such
                                     as \0 or \x, or a raw NUL byte): pppd's
                                     string ends there */
#define LEXER_JOINED        0x10u /* a backslash-newline joined lines inside it */
#define LEXER_ESCAPED       0x20u /* a backslash escape took part */
#define LEXER_EOF_DROPPED   0x40u /* Linux: `""` as the last bytes of the file is no word */

struct lexer_token {
	enum lexer_kind kind;
	size_t start, end;      /* raw bytes [start, end) in the input */
	size_t line;            /* 1-based line of `start` */
	size_t end_line;        /* 1-based line of the last raw byte */
	unsigned flags;         /* LEXER_* bits above */
	/* The word as pppd stores it, after quotes and escapes, already cut to
	 * LEXER_MAXWORD bytes when LEXER_TRUNCATED. Points into the lexer; valid
	 * until the next lexer_next() or lexer_free(). NUL-terminated, and may
	 * hold NUL bytes before `len`. For comments: the raw comment bytes. */
	const char *text;
	size_t len;
	size_t full_len;        /* decoded length before truncation */
};

struct lexer {
	const char *data;
	size_t len;
	size_t pos;
	size_t line;
	enum lexer_dialect dialect;
	struct buf word;
};

/* The input is borrowed and must outlive the lexer. */
void lexer_init(struct lexer *lx, const char *data, size_t len, enum lexer_dialect d);
/* 1 and fills *tok; 0 at end of input. Never fails: every byte sequence is
 * read the way pppd reads it. A token with LEXER_EOF_DROPPED is reported
 * (kind LEXER_WORD, len 0) so callers can explain it; pppd sees no word. */
int lexer_next(struct lexer *lx, struct lexer_token *tok);
void lexer_free(struct lexer *lx);

/* Appends `val` written so that both dialects read back exactly that one
 * word: bare when it is safe, otherwise the whole word in double quotes with
 * \\ \" and control bytes escaped. Never glues quoted and unquoted parts.
 * An empty value becomes "" (callers must end the line after it). */
void lexer_quote(struct buf *out, const char *val, size_t len);
/* 1 when lexer_quote() can represent val for pppd: no NUL, at most
 * LEXER_MAXWORD bytes. */
int lexer_quotable(const char *val, size_t len);

#endif
