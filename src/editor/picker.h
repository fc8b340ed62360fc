/* picker.h - choosing a directive from the catalogue by typing part of its name. */
#ifndef PPPCONF_PICKER_H
#define PPPCONF_PICKER_H

#include <stddef.h>

#include "pppd/catalog.h"
#include "editor/field.h"
#include "base/platform.h"

struct picker {
	struct field query;
	const struct catalog_entry **rows;   /* what matches, best first */
	size_t n, cap;
	size_t sel, top;
};

/* Recomputes rows for the query: names that start with it, then names that
 * contain it, then (3+ characters) summaries that mention it; only rows the
 * platform's pppd knows and a file can name (no wildcard rows). */
void picker_filter(struct picker *p, enum platform pl);
/* 1 when the selection moved. */
int picker_move(struct picker *p, long delta);
/* The highlighted row or NULL. */
const struct catalog_entry *picker_current(const struct picker *p);
void picker_free(struct picker *p);

/* Case-insensitive (ASCII) substring test, shared by the list search. */
int picker_contains(const char *hay, size_t hn, const char *needle, size_t nn);

#endif
