/* why_explain.c - the last connection attempt in a log, and what explains it. */
#include "why/why_explain.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "why/why_match.h"

static const struct why_entry *why_explain_entry(const struct why_log *log, size_t i)
{
	size_t len;
	const char *msg = why_log_msg(log, i, &len);

	return why_match_find(msg, len);
}

/* Whether line i is one of the role's (only those patterns are tried: the
 * search for the last start may cross a whole syslog file). */
static int why_explain_role(const struct why_log *log, size_t i, int role)
{
	size_t len, k, n = why_table_count();
	const char *msg = why_log_msg(log, i, &len);

	for (k = 0; k < n; k++) {
		const struct why_entry *e = why_table_at(k);
		if (e->role == role && why_match(e->pattern, msg, len))
			return 1;
	}
	return 0;
}

/* The attempt's lines: from `from`, those of process `pid` (-1: all). */
static void why_explain_collect(const struct why_log *log, size_t from, long pid,
                                struct why_result *r)
{
	size_t i;

	for (i = from; i < log->n; i++) {
		if (pid >= 0 && log->lines[i].pid >= 0 && log->lines[i].pid != pid)
			continue;
		util_grow(&r->lines, &r->cap, r->n + 1, sizeof *r->lines);
		r->lines[r->n++] = i;
	}
}

/* Narrows the attempt to its last try when a plugin began to connect more
 * than once (or at all, when pppd's start is not in the log). */
static void why_explain_last_try(const struct why_log *log, struct why_result *r)
{
	size_t i, begins = 0, last = 0;

	for (i = 0; i < r->n; i++)
		if (why_explain_role(log, r->lines[i], WHY_BEGIN)) {
			begins++;
			last = i;
		}
	if (begins >= 2 || (begins == 1 && !r->started && last > 0)) {
		memmove(r->lines, r->lines + last, (r->n - last) * sizeof *r->lines);
		r->n -= last;
	}
}

static void why_explain_attempt(const struct why_log *log, struct why_result *r)
{
	size_t i, from = 0;
	long pid = -1;

	for (i = log->n; i-- > 0;)
		if (why_explain_role(log, i, WHY_START)) {
			from = i;
			pid = log->lines[i].pid;
			r->started = 1;
			break;
		}
	if (!r->started && log->n > 0)
		pid = log->lines[log->n - 1].pid;
	why_explain_collect(log, from, pid, r);
	why_explain_last_try(log, r);
}

/* What explains the attempt, from its hits. */
static void why_explain_cause(struct why_result *r)
{
	size_t i, k, cause_line = 0;

	r->cause_hit = SIZE_MAX;
	for (i = 0; i < r->nhits; i++) {
		const struct why_entry *e = r->hits[i].e;
		if (e->role == WHY_FAIL && (!r->cause || e->weight > r->cause->weight)) {
			r->cause = e;
			r->cause_hit = i;
			cause_line = r->hits[i].line;
		}
	}
	for (i = 0; i < r->nhits; i++)
		if (r->hits[i].e->role == WHY_UP) {
			r->up = 1;
			if (r->cause && r->hits[i].line > cause_line)
				r->up_after = 1;
		}
	if (r->cause || !r->up)
		return;
	/* IP came up and nothing failed: a line that should have come and did not */
	for (k = 0; k < why_table_count() && !r->cause; k++) {
		const struct why_entry *e = why_table_at(k);
		int seen = 0;
		if (e->role != WHY_ABSENT)
			continue;
		for (i = 0; i < r->nhits; i++)
			seen |= r->hits[i].e == e;
		if (!seen)
			r->cause = e;
	}
}

void why_explain_log(const struct why_log *log, struct why_result *r)
{
	size_t i;

	why_explain_attempt(log, r);
	for (i = 0; i < r->n; i++) {
		const struct why_entry *e = why_explain_entry(log, r->lines[i]);
		if (!e)
			continue;
		util_grow(&r->hits, &r->hits_cap, r->nhits + 1, sizeof *r->hits);
		r->hits[r->nhits].line = r->lines[i];
		r->hits[r->nhits].e = e;
		r->nhits++;
	}
	why_explain_cause(r);
}

void why_explain_free(struct why_result *r)
{
	free(r->lines);
	free(r->hits);
	memset(r, 0, sizeof *r);
}
