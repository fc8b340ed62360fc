/* util.c - allocation that never returns NULL, and the one fatal-exit path. */
#include "base/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void (*util_fatal_hook)(void);

void util_set_fatal_hook(void (*hook)(void))
{
	util_fatal_hook = hook;
}

void util_die(const char *fmt, ...)
{
	va_list ap;

	/* Leave curses first, or the message lands in the middle of the screen. */
	if (util_fatal_hook) {
		void (*hook)(void) = util_fatal_hook;
		util_fatal_hook = NULL;
		hook();
	}
	fputs("pppconf: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

void *util_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		util_die("out of memory (%zu bytes)", n);
	return p;
}

void *util_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		util_die("out of memory");
	return p;
}

void *util_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		util_die("out of memory (%zu bytes)", n);
	return q;
}

char *util_xstrdup(const char *s)
{
	return util_xmemdup(s, strlen(s));
}

char *util_xmemdup(const void *p, size_t n)
{
	char *q = util_xmalloc(n + 1);

	if (n)
		memcpy(q, p, n);
	q[n] = '\0';
	return q;
}

void util_grow(void *pp, size_t *cap, size_t need, size_t size)
{
	void **p = pp;
	size_t c = *cap ? *cap : 8;

	if (need <= *cap)
		return;
	while (c < need) {
		if (c > ((size_t)-1) / 2 / size)
			util_die("out of memory");
		c *= 2;
	}
	*p = util_xrealloc(*p, c * size);
	*cap = c;
}
