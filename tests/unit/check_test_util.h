/* check_test_util.h - shared by the check tests: run the checks on a text, and find a finding by its id. */
#ifndef PPPCONF_CHECK_TEST_UTIL_H
#define PPPCONF_CHECK_TEST_UTIL_H

#include <string.h>

#include "pppd/catalog.h"
#include "check/check.h"
#include "pppd/doc.h"
#include "pppd/lexer.h"

static inline void run(const char *text, size_t len, enum platform p, const struct check_file *f,
                struct doc *d, struct check_report *r)
{
	enum platform pp = p;

	doc_load(d, text, len, lexer_dialect_for(p), catalog_arity, &pp);
	check_run(d, p, f, r);
}

/* Line of the first finding with that id, or -1. */
static inline long finding_line(const struct check_report *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strcmp(check_finding_id(&r->items[i]), id) == 0)
			return (long)r->items[i].line;
	return -1;
}

static inline const struct check_finding *finding(const struct check_report *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strcmp(check_finding_id(&r->items[i]), id) == 0)
			return &r->items[i];
	return NULL;
}

#endif
