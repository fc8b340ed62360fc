/* catalog_data.c - the catalogue table itself: one row per directive, kept in four files by area. */
#include <stddef.h>

#include "pppd/catalog.h"

/* Read by catalog.c only; everything else asks catalog_*(). */
extern const struct catalog_entry catalog_table[];
extern const size_t catalog_table_len;

const struct catalog_entry catalog_table[] = {
#include "pppd/catalog/core_general.inc"
#include "pppd/catalog/core_auth.inc"
#include "pppd/catalog/core_link.inc"
#include "pppd/catalog/plugins.inc"
};

const size_t catalog_table_len = sizeof catalog_table / sizeof catalog_table[0];
