/* util.h - allocation that never returns NULL, and the one fatal-exit path. */
/* Folder src/base: what every layer uses and that knows nothing of pppd - byte buffers, allocation,
 * the one hash table, the platform, the line diff. Depends on nothing else of pppconf. */
#ifndef PPPCONF_UTIL_H
#define PPPCONF_UTIL_H

#include <stddef.h>

/* The largest file pppconf loads: options files are tens to hundreds of
 * lines (a few KiB); anything near this size is not one. */
#define UTIL_MAX_FILE ((size_t)16 << 20)

/* Each of these returns memory or ends the process with status 2 after
 * calling the fatal hook (so the terminal can be restored first). */
void *util_xmalloc(size_t n);
void *util_xcalloc(size_t n, size_t size);
void *util_xrealloc(void *p, size_t n);
char *util_xstrdup(const char *s);
/* Copies n bytes and adds a terminating NUL (the copy may hold NULs). */
char *util_xmemdup(const void *p, size_t n);
/* Grows *p (an array of *cap elements of size `size`) so that it holds at
 * least `need` elements; doubles to keep appends amortised O(1). */
void util_grow(void *pp, size_t *cap, size_t need, size_t size);

/* Called once before the process exits on an unrecoverable error, e.g. to
 * leave curses mode. May be NULL. */
void util_set_fatal_hook(void (*hook)(void));
void util_die(const char *fmt, ...);

#endif
