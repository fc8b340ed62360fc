/* buf.c - a growable byte buffer; the currency of every text the core builds. */
#include "base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

void buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

static void buf_reserve(struct buf *b, size_t extra)
{
	size_t need;

	if (extra > (size_t)-1 - b->len - 1)
		util_die("out of memory");
	need = b->len + extra + 1;
	if (need > b->cap) {
		size_t c = b->cap ? b->cap : 64;

		while (c < need)
			c = c > ((size_t)-1) / 2 ? need : c * 2;
		b->data = util_xrealloc(b->data, c);
		b->cap = c;
	}
}

void buf_add(struct buf *b, const void *p, size_t n)
{
	buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	buf_reserve(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void buf_splice(struct buf *b, size_t off, size_t n, const void *p, size_t m)
{
	if (off > b->len)
		off = b->len;
	if (n > b->len - off)
		n = b->len - off;
	if (m > n)
		buf_reserve(b, m - n);
	if (!b->data)
		buf_reserve(b, 0);
	memmove(b->data + off + m, b->data + off + n, b->len - off - n);
	if (m)
		memmove(b->data + off, p, m);
	b->len = b->len - n + m;
	b->data[b->len] = '\0';
}

void buf_add_escaped(struct buf *b, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '\\')
			buf_add(b, "\\\\", 2);
		else if (s[i] >= 0x20 && s[i] < 0x7f)
			buf_addc(b, (char)s[i]);
		else
			buf_printf(b, "\\x%02X", s[i]);
	}
}

char *buf_detach(struct buf *b)
{
	char *p;

	if (!b->data) {
		buf_reserve(b, 0);
		b->data[0] = '\0';
	}
	p = b->data;
	buf_init(b);
	return p;
}
