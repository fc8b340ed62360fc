/* check.c - placeholder: no findings until the checks land. */
#include "check.h"

#include <stdint.h>
#include <stdlib.h>

void check_run(const struct doc *d, enum platform p,
               const struct check_file *file, struct check_report *out)
{
	(void)d; (void)p; (void)file;
	out->items = NULL;
	out->n = out->cap = 0;
	out->count[0] = out->count[1] = out->count[2] = 0;
}

void check_report_free(struct check_report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		free(r->items[i].message);
		free(r->items[i].fix);
		free(r->items[i].replacement);
	}
	free(r->items);
	r->items = NULL;
	r->n = r->cap = 0;
}

int check_worst_for_entry(const struct check_report *r, size_t entry)
{
	int worst = -1;
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->items[i].entry == entry && (int)r->items[i].severity > worst)
			worst = (int)r->items[i].severity;
	return worst;
}

const char *check_severity_name(enum check_severity s)
{
	return s == CHECK_ERROR ? "error" : s == CHECK_WARNING ? "warning" : "note";
}

size_t check_kind_count(void)
{
	return 0;
}

const struct check_kind *check_kind_at(size_t i)
{
	(void)i;
	return NULL;
}
