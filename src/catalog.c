/* catalog.c - looking directives up in the catalogue table (first cut: linear scans). */
#include "catalog.h"

#include <ctype.h>
#include <string.h>

#include "doc.h"

extern const struct catalog_entry catalog_table[];
extern const size_t catalog_table_len;

size_t catalog_count(void)
{
	return catalog_table_len;
}

const struct catalog_entry *catalog_at(size_t i)
{
	return i < catalog_table_len ? &catalog_table[i] : NULL;
}

const struct catalog_entry *catalog_find(const char *name, enum platform p)
{
	size_t i;

	for (i = 0; i < catalog_table_len; i++) {
		const struct catalog_entry *e = &catalog_table[i];
		if ((e->platforms & p) && !(e->flags & CATALOG_WILDCARD) &&
		    strcmp(e->name, name) == 0)
			return e;
	}
	return NULL;
}

const struct catalog_entry *catalog_find_any(const char *name, enum platform prefer)
{
	const struct catalog_entry *e = catalog_find(name, prefer);

	if (!e)
		e = catalog_find(name, prefer == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS);
	return e;
}

const struct catalog_entry *catalog_match(const char *word, size_t len, enum platform p)
{
	const struct catalog_entry *e;
	size_t i;

	if (memchr(word, '\0', len))
		return NULL;
	if ((e = catalog_find(word, p)))
		return e;
	if (len && memchr(word, ':', len))
		return catalog_find_any("<local>:<remote>", p);
	for (i = 0; i < len && isdigit((unsigned char)word[i]); i++)
		;
	if (len && i == len && strspn(word, "0") != len)
		return catalog_find_any("<speed>", p);
	if (len > 5 && strncmp(word, "/dev/", 5) == 0)
		return catalog_find_any("<device>", p);
	return NULL;
}

int catalog_arity(void *ctx, const char *word, size_t len)
{
	enum platform p = ctx ? *(enum platform *)ctx : platform_default();
	const struct catalog_entry *e = NULL;

	if (!memchr(word, '\0', len))
		e = catalog_find_any(word, p);
	if (e)
		return e->nargs;
	e = catalog_match(word, len, p);
	if (e)
		return e->nargs | DOC_WILDCARD;
	return DOC_UNKNOWN;
}
