/* mkdoc.c - writes the parts of the man page and the shell completions that come from the catalogue. */
#include <stdio.h>
#include <string.h>

#include "pppd/catalog.h"
#include "fix/fix.h"

/* roff needs backslashes doubled and a leading dot or quote escaped. */
static void mkdoc_roff(const char *s)
{
	int bol = 1;

	for (; *s; s++) {
		if (bol && (*s == '.' || *s == '\''))
			fputs("\\&", stdout);
		if (*s == '\\')
			fputs("\\e", stdout);
		else if (*s == '-')
			fputs("\\-", stdout);
		else if (*s == '\n' && s[1] == '\n') {
			fputs("\n.sp\n", stdout);
			s++;
		} else
			putchar(*s);
		bol = *s == '\n';
	}
}

static const char *mkdoc_platforms(unsigned p)
{
	return p == PLATFORM_BOTH ? "macOS, Linux" : p == PLATFORM_MACOS ? "macOS" : "Linux";
}

static void mkdoc_directives(void)
{
	int c;
	size_t i;

	for (c = 0; c < CATALOG_CAT_COUNT; c++) {
		int head = 0;
		for (i = 0; i < catalog_count(); i++) {
			const struct catalog_entry *e = catalog_at(i);
			if ((int)e->category != c)
				continue;
			if (!head) {
				printf(".SS %s\n", catalog_category_title((enum catalog_category)c));
				head = 1;
			}
			printf(".TP\n.B ");
			mkdoc_roff(e->name);
			if (e->nargs)
				printf(" \\fI%s\\fR", e->argname ? e->argname : "value");
			printf("\n");
			mkdoc_roff(e->summary);
			printf(" (%s%s%s%s).\n", mkdoc_platforms(e->platforms),
			       e->plugin ? "; plugin " : "", e->plugin ? e->plugin : "",
			       (e->flags & CATALOG_PRIV) ? "; privileged" : "");
		}
	}
}

static void mkdoc_fixes(void)
{
	size_t i;

	for (i = 0; i < fix_count(); i++) {
		printf(".TP\n.B %s\n", fix_at(i)->name);
		mkdoc_roff(fix_at(i)->title);
		printf(".\n");
	}
}

static void mkdoc_names(void)
{
	size_t i;

	for (i = 0; i < catalog_count(); i++)
		if (!(catalog_at(i)->flags & CATALOG_WILDCARD))
			printf("%s\n", catalog_at(i)->name);
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "directives") == 0)
		mkdoc_directives();
	else if (argc == 2 && strcmp(argv[1], "fixes") == 0)
		mkdoc_fixes();
	else if (argc == 2 && strcmp(argv[1], "names") == 0)
		mkdoc_names();
	else {
		fputs("usage: mkdoc directives|fixes|names\n", stderr);
		return 2;
	}
	return 0;
}
