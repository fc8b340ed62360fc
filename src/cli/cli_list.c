/* cli_list.c - `pppconf list`: the catalogue by category, for people and scripts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "cli/cli.h"
#include "cli/cli_catalog_json.h"
#include "pppd/catalog.h"

static int cli_list_cmp(const void *a, const void *b)
{
	const struct catalog_entry *x = *(const struct catalog_entry *const *)a;
	const struct catalog_entry *y = *(const struct catalog_entry *const *)b;

	if (x->category != y->category)
		return (int)x->category - (int)y->category;
	return strcmp(x->name, y->name);
}

static void cli_list_json(const struct cli_opts *o, enum catalog_category want,
                          const struct catalog_entry **rows, size_t n)
{
	struct cli_json j;
	size_t i;

	cli_json_begin(&j, "list");
	cli_json_str(&j, "platform", platform_name(o->platform));
	cli_json_str(&j, "category", want != CATALOG_CAT_COUNT ? catalog_category_name(want) : NULL);
	cli_json_open(&j, "directives", '[');
	for (i = 0; i < n; i++)
		cli_catalog_json_row(&j, rows[i], NULL, 0);
	cli_json_close(&j);
	cli_json_end(&j, CLI_OK, NULL);
}

/* One row of the text list: name, argument, category, summary; the summary
 * wraps to width (0: one line, for scripts). */
static void cli_list_row(const struct catalog_entry *e, size_t namew, size_t width)
{
	const char *arg = e->nargs == 0 || (e->flags & CATALOG_WILDCARD) ? "-" :
	                  e->argname ? e->argname : catalog_arg_name(e->arg);
	const char *sum = e->summary && *e->summary ? e->summary : _("(no summary yet)");
	const char *p = sum;
	struct buf first;
	size_t col = 2 + namew + 1 + 12 + 1 + 11 + 1, c = col, k;

	buf_init(&first);
	/* a name too long for the column gets a line of its own */
	if (strlen(e->name) > namew)
		buf_printf(&first, "  %s\n  %-*s", e->name, (int)namew, "");
	else
		buf_printf(&first, "  %-*s", (int)namew, e->name);
	buf_printf(&first, " %-12.12s %-11s ", arg, catalog_category_name(e->category));
	fputs(first.data, stdout);
	buf_free(&first);
	if (!width) {
		printf("%s\n", sum);
		return;
	}
	/* cli_wrap's width is fixed; wrap to the terminal here */
	while (*p) {
		size_t w = strcspn(p, " ");
		if (w == 0) {
			p++;
			continue;
		}
		if (c > col && c + 1 + w > width) {
			fputc('\n', stdout);
			for (k = 0; k < col; k++)
				fputc(' ', stdout);
			c = col;
		} else if (c > col) {
			fputc(' ', stdout);
			c++;
		}
		fwrite(p, 1, w, stdout);
		c += w;
		p += w;
	}
	fputc('\n', stdout);
}

int cli_list(const struct cli_opts *o, int argc, char **argv)
{
	const struct catalog_entry **rows;
	enum catalog_category want = CATALOG_CAT_COUNT;
	size_t i, n = 0, namew = 4, width = 0;
	int last = -1;
	const char *cols = getenv("COLUMNS");

	(void)argv;
	if (argc > 1) {
		cli_json_error("usage: pppconf list [--platform P] [--category C]");
		return CLI_FAIL;
	}
	if (o->category && catalog_category_parse(o->category, &want) < 0) {
		struct buf cats = { NULL, 0, 0 };
		for (i = 0; i < CATALOG_CAT_COUNT; i++)
			buf_printf(&cats, " %s", catalog_category_name((enum catalog_category)i));
		cli_json_error("unknown category '%s'; one of:%s", o->category, cats.data);
		buf_free(&cats);
		return CLI_FAIL;
	}
	/* On a terminal the summaries wrap; for scripts each row is one line. */
	if (isatty(STDOUT_FILENO))
		width = cols && atoi(cols) >= 60 ? (size_t)atoi(cols) - 1 : 79;
	rows = calloc(catalog_count() + 1, sizeof *rows);
	if (!rows)
		return CLI_FAIL;
	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *e = catalog_at(i);
		if (!(e->platforms & o->platform) ||
		    (want != CATALOG_CAT_COUNT && e->category != want))
			continue;
		if (!(e->flags & CATALOG_WILDCARD) && catalog_find(e->name, o->platform) != e)
			continue;
		if ((e->flags & CATALOG_WILDCARD) && n && strcmp(rows[n - 1]->name, e->name) == 0)
			continue;
		rows[n++] = e;
		if (strlen(e->name) > namew && strlen(e->name) <= 24)
			namew = strlen(e->name);
	}
	qsort(rows, n, sizeof *rows, cli_list_cmp);
	if (o->json) {
		cli_list_json(o, want, rows, n);
		free(rows);
		return CLI_OK;
	}
	for (i = 0; i < n; i++) {
		if ((int)rows[i]->category != last) {
			printf("%s%s (%s)\n", last < 0 ? "" : "\n",
			       catalog_category_title(rows[i]->category),
			       catalog_category_name(rows[i]->category));
			last = (int)rows[i]->category;
		}
		cli_list_row(rows[i], namew, width);
	}
	if (want != CATALOG_CAT_COUNT)
		printf(_("\n%zu directives for %s in %s.\n"), n, platform_display(o->platform),
		       catalog_category_name(want));
	else
		printf(_("\n%zu directives for %s.\n"), n, platform_display(o->platform));
	free(rows);
	fflush(stdout);
	return CLI_OK;
}
