/* catpot.c - the catalogue's texts as translation template entries, for `make pot` (merged with xgettext's). */
#include <stdio.h>
#include <string.h>

#include "pppd/catalog.h"
#include "pppd/facts.h"

static void catpot_str(const char *kw, const char *s)
{
	printf("%s \"", kw);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if (*s == '\n')
			fputs("\\n", stdout);
		else if (*s == '\t')
			fputs("\\t", stdout);
		else
			putchar(*s);
	}
	puts("\"");
}

static void catpot_entry(const struct catalog_entry *ce, const char *field, const char *text)
{
	char ctx[160];

	if (!text || !*text)
		return;
	facts_text_context(ce, ctx, sizeof ctx);
	printf("\n#. The %s of %s%s%s (pppconf explain %s)\n", field, ce->name,
	       ce->plugin ? ", from plugin " : "", ce->plugin ? ce->plugin : "", ce->name);
	catpot_str("msgctxt", ctx);
	catpot_str("msgid", text);
	puts("msgstr \"\"");
}

/* Whether text is row i's field f or any field of a row before it. */
static int catpot_legacy_seen(size_t i, size_t f, const char *text)
{
	size_t k;

	for (k = 0; k <= i; k++) {
		const struct catalog_legacy *o = catalog_legacy_at(k);

		if ((k < i || f > 0) && strcmp(o->origin, text) == 0)
			return 1;
		if (k < i && strcmp(o->why, text) == 0)
			return 1;
	}
	return 0;
}

/* The legacy spellings' origins and reasons, each text once: msgcat
 * refuses an entry defined twice, and many rows share their words. */
static void catpot_legacy(void)
{
	size_t i, f;

	for (i = 0; i < catalog_legacy_count(); i++) {
		const struct catalog_legacy *l = catalog_legacy_at(i);
		const char *text[2] = { l->origin, l->why };

		for (f = 0; f < 2; f++) {
			if (catpot_legacy_seen(i, f, text[f]))
				continue;
			printf("\n#. The %s of the old spelling %s (pppconf check says it)\n",
			       f ? "reason" : "origin", l->word);
			catpot_str("msgctxt", CATALOG_LEGACY_CTX);
			catpot_str("msgid", text[f]);
			puts("msgstr \"\"");
		}
	}
}

int main(void)
{
	size_t i;

	puts("msgid \"\"\nmsgstr \"\"\n"
	     "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	     "\"Content-Transfer-Encoding: 8bit\\n\"");
	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *ce = catalog_at(i);

		catpot_entry(ce, "summary", ce->summary);
		catpot_entry(ce, "explanation", ce->explain);
		catpot_entry(ce, "risk", ce->risk);
	}
	catpot_legacy();
	return 0;
}
