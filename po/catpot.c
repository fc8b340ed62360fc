/* catpot.c - the catalogue's texts as translation template entries, for `make pot` (merged with xgettext's). */
#include <stdio.h>

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
	return 0;
}
