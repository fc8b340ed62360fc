/* doc_test_util.h - shared helpers for the doc tests: a small arity table and readable dumps. */
#ifndef PPPCONF_DOC_TEST_UTIL_H
#define PPPCONF_DOC_TEST_UTIL_H

/* The helpers are static inline because each file that includes this
 * header uses only some of them (the fuzz target only tu_arity_in). */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/doc.h"

/* The arity a small table gives a word, as the doc's grouping needs it: 0
 * for a name in `zero`, 1 for one in `one` (both end with NULL), a wildcard
 * for an address (with ':') or a speed (digits), else unknown. The fuzz
 * target uses it with a table of its own. */
static inline int tu_arity_in(const char *const *zero, const char *const *one,
                              const char *w, size_t len)
{
	size_t i;

	for (i = 0; zero[i]; i++)
		if (strlen(zero[i]) == len && memcmp(zero[i], w, len) == 0)
			return 0;
	for (i = 0; one[i]; i++)
		if (strlen(one[i]) == len && memcmp(one[i], w, len) == 0)
			return 1;
	if (len && memchr(w, ':', len))
		return DOC_WILDCARD;
	if (len && w[0] >= '1' && w[0] <= '9' && strspn(w, "0123456789") == len)
		return DOC_WILDCARD;
	return DOC_UNKNOWN;
}

/* A handful of real pppd names, enough to exercise every grouping rule
 * without depending on the catalogue's contents. */
static inline int tu_arity(void *ctx, const char *w, size_t len, int names_only)
{
	static const char *const zero[] = { "debug", "noauth", "lock", "persist",
		"noipdefault", "defaultroute", "usepeerdns", "l2tpnoipsec", "-d", NULL };
	static const char *const one[] = { "mtu", "mru", "user", "name", "plugin",
		"connect", "password", "remotename", "ms-dns", NULL };

	(void)ctx;
	(void)names_only;   /* no patterns here: the answer is the same */
	return tu_arity_in(zero, one, w, len);
}

static inline void tu_load(struct doc *d, const char *text, enum lexer_dialect dl)
{
	doc_load(d, text, strlen(text), dl, tu_arity, NULL);
}

/* Entries as "mtu 1400 | #debug | ?bogus x", words escaped; a missing
 * argument shows as "(missing)". */
static inline const char *tu_entries(const struct doc *d, struct buf *b)
{
	size_t i, j;

	buf_reset(b);
	buf_adds(b, "");
	for (i = 0; i < d->nentries; i++) {
		const struct doc_entry *e = &d->entries[i];

		if (i)
			buf_adds(b, " | ");
		if (e->disabled)
			buf_addc(b, '#');
		if (e->arity == DOC_UNKNOWN)
			buf_addc(b, '?');
		for (j = 0; j < e->nwords; j++) {
			size_t len;
			const char *v = doc_word_bytes(d, e->word + j, &len);

			if (j)
				buf_addc(b, ' ');
			buf_add_escaped(b, v, len);
		}
		if (e->flags & DOC_ARG_MISSING)
			buf_adds(b, " (missing)");
	}
	return b->data;
}

static inline int tu_bytes_are(const struct doc *d, const char *want)
{
	size_t len;
	const char *p = doc_bytes(d, &len);

	return len == strlen(want) && memcmp(p, want, len) == 0;
}

static inline const char *tu_bytes(const struct doc *d, struct buf *b)
{
	size_t len;
	const char *p = doc_bytes(d, &len);

	buf_reset(b);
	buf_add(b, "", 0);
	buf_add_escaped(b, p, len);
	return b->data;
}

/* Line kinds as a string, one letter a line: b c D d + (blank, comment,
 * directive, disabled, continuation). */
static inline const char *tu_kinds(const struct doc *d, struct buf *b)
{
	static const char letter[] = "bcDd+";
	size_t i;

	buf_reset(b);
	buf_adds(b, "");
	for (i = 0; i < d->nlines; i++)
		buf_addc(b, letter[d->lines[i].kind]);
	return b->data;
}

static inline char *tu_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b = { NULL, 0, 0 };
	char chunk[8192];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	*len = b.len;
	return buf_detach(&b);
}

#endif
