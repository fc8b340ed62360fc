/* why_explain.h - the last connection attempt in a log, and what explains it. */
#ifndef PPPCONF_WHY_EXPLAIN_H
#define PPPCONF_WHY_EXPLAIN_H

#include <stddef.h>

#include "why/why_log.h"
#include "why/why_table.h"

/* A line of the attempt that the table knows. */
struct why_hit {
	size_t line;                   /* index in log->lines */
	const struct why_entry *e;
};

struct why_result {
	/* The attempt: indices into log->lines, in order (a syslog file mixes
	 * pppd runs: only the lines of the attempt's pppd process are in). */
	size_t *lines;
	size_t n, cap;
	int started;                   /* it begins with pppd's start line */
	struct why_hit *hits;          /* its lines the table knows (starts and
	                                  the link coming up included) */
	size_t nhits, hits_cap;
	/* What explains it: a WHY_FAIL entry and the index in `hits` of its
	 * line, or a WHY_ABSENT entry (hit SIZE_MAX); NULL when nothing does. */
	const struct why_entry *cause;
	size_t cause_hit;
	int up;                        /* IP came up in the attempt */
	int up_after;                  /* ... and after the cause's line */
};

/* Finds the last attempt: from the last line of pppd's start, or when the
 * log has none, the lines of the last pppd process; within it, from the
 * last line where a plugin begins to connect when there are several (pppd
 * tried again). Then explains it: the heaviest failure line, the earliest
 * among equals; failing that, a line that should have come once IP was up
 * and did not. `r` must be zeroed or freed before. With no lines, r->n is 0. */
void why_explain_log(const struct why_log *log, struct why_result *r);
void why_explain_free(struct why_result *r);

#endif
