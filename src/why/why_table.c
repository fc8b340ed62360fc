/* why_table.c - one view over the knowledge table's data files. */
#include "why/why_table.h"

#include <string.h>

static const struct {
	const struct why_entry *rows;
	const size_t *count;
} why_table_parts[] = {
	{ why_data_link, &why_data_link_count },
	{ why_data_auth, &why_data_auth_count },
	{ why_data_vpn, &why_data_vpn_count },
};

#define WHY_TABLE_NPARTS (sizeof why_table_parts / sizeof why_table_parts[0])

size_t why_table_count(void)
{
	size_t i, n = 0;

	for (i = 0; i < WHY_TABLE_NPARTS; i++)
		n += *why_table_parts[i].count;
	return n;
}

const struct why_entry *why_table_at(size_t i)
{
	size_t k;

	for (k = 0; k < WHY_TABLE_NPARTS; k++) {
		if (i < *why_table_parts[k].count)
			return &why_table_parts[k].rows[i];
		i -= *why_table_parts[k].count;
	}
	return NULL;
}

const struct why_entry *why_table_find(const char *id)
{
	size_t i, n = why_table_count();

	for (i = 0; i < n; i++)
		if (strcmp(why_table_at(i)->id, id) == 0)
			return why_table_at(i);
	return NULL;
}

int why_table_recipe_planned(const char *name)
{
	/* every fix the table names is written now (keepalive, pppoe-mtu and
	 * dns-route were the last) */
	(void)name;
	return 0;
}
