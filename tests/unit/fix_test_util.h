/* fix_test_util.h - shared by the fix tests: apply one fix to a text and take the bytes it leaves. */
#ifndef PPPCONF_FIX_TEST_UTIL_H
#define PPPCONF_FIX_TEST_UTIL_H

#include <stdlib.h>
#include <string.h>

#include "pppd/catalog.h"
#include "pppd/doc.h"
#include "fix/fix.h"

/* Loads text as env->platform's pppd reads it, applies the fix `name`, and
 * returns the resulting bytes (caller frees); the fix's return goes to *rc
 * and what it said to msg (may be NULL). */
static inline char *ft_apply(const char *name, const char *text, const struct fix_env *env,
                             int *rc, struct buf *msg)
{
	enum platform p = env->platform;
	struct doc d;
	struct buf m = { 0 };
	size_t len;
	const char *b;
	char *out;

	doc_load(&d, text, strlen(text), lexer_dialect_for(p), catalog_arity, &p);
	*rc = fix_apply(fix_find(name), &d, env, msg ? msg : &m);
	b = doc_bytes(&d, &len);
	out = malloc(len + 1);
	memcpy(out, b, len);
	out[len] = '\0';
	buf_free(&m);
	doc_free(&d);
	return out;
}

#endif
