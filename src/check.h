/* check.h - what pppd will say about a file, and what is risky, in plain words. */
#ifndef PPPCONF_CHECK_H
#define PPPCONF_CHECK_H

#include <stddef.h>
#include <sys/types.h>

#include "doc.h"
#include "platform.h"

enum check_severity {
	CHECK_NOTE,
	CHECK_WARNING,   /* pppd runs, but it is probably wrong or risky */
	CHECK_ERROR      /* pppd refuses the file: every PPP link stops */
};

struct check_finding {
	const char *id;          /* stable identifier, e.g. "unknown-directive" */
	enum check_severity severity;
	size_t line;             /* 1-based; 0 for the file as a whole */
	size_t entry;            /* index in doc->entries, or SIZE_MAX */
	char *message;           /* one or two sentences for a non-expert */
	char *fix;               /* a suggested fix in words, or NULL */
	char *replacement;       /* suggested directive text ("mtu 1400"), or NULL.
	                            It stands for the entry's bytes: "" means
	                            delete the entry; several directives are
	                            separated by '\n' ("plugin L2TP.ppp\nl2tpnoipsec"
	                            where a plugin line must come first). */
};

struct check_text;       /* where the findings' strings live (check.c) */

struct check_report {
	struct check_finding *items;
	size_t n, cap;
	size_t count[3];         /* by severity */
	/* The findings by entry, once check_report_index built it (NULL
	 * before): entry e's are items[by_entry[k]] for k from entry_first[e]
	 * up to entry_first[e + 1], for e < nentries; those on the file as a
	 * whole (entry SIZE_MAX) from entry_first[nentries] up to n. */
	size_t *entry_first;
	size_t *by_entry;
	size_t nentries;         /* 1 + the highest entry that has a finding */
	/* The findings' strings are stored in a few large blocks (or are
	 * constants) and go with check_report_free: never free one alone. */
	struct check_text *text;
};

/* What the checks may know about the file beyond its bytes. */
struct check_file {
	const char *path;        /* for messages; may be NULL */
	int have_stat;           /* the fields below are valid */
	uid_t uid;
	gid_t gid;
	mode_t mode;
	int dir_writable_by_others; /* its directory is group/world-writable or
	                               not root-owned */
	int missing;             /* the file does not exist: pppd uses its
	                            defaults (reported as a note) */
};

/* Runs every check on the document as the given platform's pppd reads it.
 * `file` may be NULL. Findings are in line order. */
void check_run(const struct doc *d, enum platform p,
               const struct check_file *file, struct check_report *out);
void check_report_free(struct check_report *r);

/* Builds the index by entry, so that the two calls below take time in the
 * number of the entry's findings rather than in the whole report's. Without
 * it they still answer the same, by walking every finding. Call it again
 * after the items change (check_run forgets it). */
void check_report_index(struct check_report *r);

/* The worst severity of the findings on one entry, or -1 when none. */
int check_worst_for_entry(const struct check_report *r, size_t entry);

/* The findings on one entry (SIZE_MAX: on the file as a whole), in line
 * order: set *pos to 0, then each call returns the next one, or NULL. */
const struct check_finding *check_entry_next(const struct check_report *r, size_t entry,
                                             size_t *pos);

const char *check_severity_name(enum check_severity s); /* "error" ... */

/* The catalogue of check identifiers, for docs and tests. */
struct check_kind {
	const char *id;
	enum check_severity severity;
	const char *summary;
};
size_t check_kind_count(void);
const struct check_kind *check_kind_at(size_t i);
/* The kind with that id, or NULL. */
const struct check_kind *check_kind_find(const char *id);

#endif
