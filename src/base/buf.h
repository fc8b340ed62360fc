/* buf.h - a growable byte buffer; the currency of every text the core builds. */
#ifndef PPPCONF_BUF_H
#define PPPCONF_BUF_H

#include <stdarg.h>
#include <stddef.h>

/* data is always NUL-terminated after len bytes (once anything was added),
 * but may itself contain NUL bytes. A zeroed struct is an empty buffer. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};

void buf_init(struct buf *b);
void buf_free(struct buf *b);
void buf_reset(struct buf *b);                 /* len = 0, memory kept */
void buf_add(struct buf *b, const void *p, size_t n);
void buf_addc(struct buf *b, char c);
void buf_adds(struct buf *b, const char *s);
/* Compilers that can check the arguments against the format do. */
#if defined(__GNUC__) || defined(__clang__)
#define BUF_PRINTF_ATTR_AT(f, a) __attribute__((format(printf, f, a)))
#else
#define BUF_PRINTF_ATTR_AT(f, a)
#endif
#define BUF_PRINTF_ATTR BUF_PRINTF_ATTR_AT(2, 3)
void buf_printf(struct buf *b, const char *fmt, ...) BUF_PRINTF_ATTR;
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
/* Replaces bytes [off, off+n) with the m bytes at p. */
void buf_splice(struct buf *b, size_t off, size_t n, const void *p, size_t m);
/* Appends p[0..n) so that any byte outside printable ASCII shows as \xHH and
 * a backslash as \\ - unambiguous, one line, safe on any terminal. */
void buf_add_escaped(struct buf *b, const void *p, size_t n);
/* Gives up ownership of the data (NUL-terminated, never NULL). */
char *buf_detach(struct buf *b);

#endif
