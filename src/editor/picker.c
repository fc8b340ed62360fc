/* picker.c - the catalogue filtered by what the user typed, for adding a directive. */
#include "editor/picker.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "pppd/facts.h"

int picker_contains(const char *hay, size_t hn, const char *needle, size_t nn)
{
	size_t i, j;

	if (nn == 0)
		return 1;
	for (i = 0; i + nn <= hn; i++) {
		for (j = 0; j < nn; j++)
			if (tolower((unsigned char)hay[i + j]) != tolower((unsigned char)needle[j]))
				break;
		if (j == nn)
			return 1;
	}
	return 0;
}

static int picker_wanted(const struct catalog_entry *ce, enum platform pl)
{
	return (ce->platforms & pl) && !(ce->flags & CATALOG_WILDCARD) &&
	       !(ce->flags & CATALOG_NOTBUILT);
}

void picker_filter(struct picker *p, enum platform pl)
{
	const char *q = field_text(&p->query);
	size_t qn = p->query.text.len, i, pass, n = catalog_count();

	p->n = 0;
	for (pass = 0; pass < 3; pass++) {
		for (i = 0; i < n; i++) {
			const struct catalog_entry *ce = catalog_at(i);
			size_t nl = strlen(ce->name);
			int pre = qn <= nl && picker_contains(ce->name, qn, q, qn);
			int in = picker_contains(ce->name, nl, q, qn);
			const char *shown = ce->summary ? facts_text(ce, FACTS_SUMMARY) : NULL;
			/* the summary as written and as shown (translated) */
			int sum = qn >= 3 && ce->summary &&
			          (picker_contains(ce->summary, strlen(ce->summary), q, qn) ||
			           (shown != ce->summary && picker_contains(shown, strlen(shown), q, qn)));
			int take = pass == 0 ? pre : pass == 1 ? (in && !pre) : (sum && !in);

			if (!take || !picker_wanted(ce, pl))
				continue;
			util_grow(&p->rows, &p->cap, p->n + 1, sizeof *p->rows);
			p->rows[p->n++] = ce;
		}
		if (qn == 0)
			break;      /* everything matched in the first pass */
	}
	if (p->sel >= p->n)
		p->sel = p->n ? p->n - 1 : 0;
	if (p->top > p->sel)
		p->top = p->sel;
}

int picker_move(struct picker *p, long delta)
{
	long to = (long)p->sel + delta;

	if (p->n == 0)
		return 0;
	if (to < 0)
		to = 0;
	if ((size_t)to >= p->n)
		to = (long)p->n - 1;
	if ((size_t)to == p->sel)
		return 0;
	p->sel = (size_t)to;
	return 1;
}

const struct catalog_entry *picker_current(const struct picker *p)
{
	return p->n ? p->rows[p->sel] : NULL;
}

void picker_free(struct picker *p)
{
	field_free(&p->query);
	free(p->rows);
	p->rows = NULL;
	p->n = p->cap = p->sel = p->top = 0;
}
