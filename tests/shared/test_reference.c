/* test_reference.c - every row of ../shared/reference/directives.tsv has its catalogue row: name, platforms, plugin, arity. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "pppd/catalog.h"

static unsigned tsv_platforms(const char *impl)
{
	if (strcmp(impl, "both") == 0)
		return PLATFORM_BOTH;
	if (strcmp(impl, "linux") == 0)
		return PLATFORM_LINUX;
	if (strcmp(impl, "apple") == 0)
		return PLATFORM_MACOS;
	return 0;
}

/* Every data row of the reference table has its row here: same name, same
 * platforms, same plugin (the "source" column names it), same arity. */
static void test_rows_match_reference(void)
{
	const char *shared = getenv("SHARED");
	char path[1024], line[8192];
	FILE *f;
	size_t rows = 0, missing = 0, split = 0;
	const char *rel = "../shared/reference/directives.tsv";

	if (shared && *shared)
		snprintf(path, sizeof path, "%s/reference/directives.tsv", shared);
	else
		snprintf(path, sizeof path, "%s", rel);
	f = fopen(path, "r");
	if (!T_OK(f != NULL, "needs the reference table %s (../shared, or SHARED=DIR)", path))
		return;
	if (!fgets(line, sizeof line, f)) {
		fclose(f);
		T_OK(0, "the reference table is empty");
		return;
	}
	while (fgets(line, sizeof line, f)) {
		char *col[6] = { 0 }, *p = line;
		const struct catalog_entry *cand[8];
		size_t k, n, found = 0;
		unsigned part;
		const char *plugin;
		unsigned plat;

		line[strcspn(line, "\n")] = '\0';
		if (!*line)
			continue;
		for (k = 0; k < 6 && p; k++) {
			col[k] = p;
			p = strchr(p, '\t');
			if (p)
				*p++ = '\0';
		}
		if (!col[4])
			continue;
		rows++;
		plat = tsv_platforms(col[1]);
		plugin = strncmp(col[2], "core", 4) == 0 ? NULL : col[2];
		n = catalog_rows_named(col[0], cand, 8);
		for (k = 0, part = 0; k < n && k < 8; k++) {
			const struct catalog_entry *e = cand[k];
			/* "varies" (modemdict) is one word from a file */
			int nargs = isdigit((unsigned char)col[4][0]) ? atoi(col[4]) : e->nargs;
			if (e->nargs != nargs ||
			    !(plugin ? e->plugin && strcmp(e->plugin, plugin) == 0 : !e->plugin))
				continue;
			if (e->platforms == plat)
				found = 1;
			else if ((e->platforms & plat) == e->platforms)
				part |= e->platforms;   /* a row for each platform */
		}
		if (!found && part == plat && plat == PLATFORM_BOTH) {
			found = 1;
			split++;
		}
		if (!found && missing++ < 5)
			T_OK(0, "reference row %s (%s, %s) is in the catalogue", col[0], col[1], col[2]);
	}
	fclose(f);
	T_INTEQ(missing, 0, "reference rows missing from the catalogue");
	T_INTEQ(rows, 518, "data rows in the reference table");
	T_INTEQ(catalog_count(), rows + split, "one catalogue row per reference row (two where "
	        "the platforms differ enough to be told apart)");
}

int main(void)
{
	test_rows_match_reference();
	return t_done();
}
