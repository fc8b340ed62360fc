/* check.h - what pppd will say about a file, and what is risky, in plain words. */
/* Folder src/check: what pppd will say about a document, and what is risky - one table of rules
 * over the document and the facts about its file. Depends on base and pppd. */
#ifndef PPPCONF_CHECK_H
#define PPPCONF_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "pppd/doc.h"
#include "base/platform.h"

enum check_severity {
	CHECK_NOTE,
	CHECK_WARNING,   /* pppd runs, but it is probably wrong or risky */
	CHECK_ERROR      /* pppd refuses the file: every PPP link stops */
};

/* entry of a finding on the file as a whole */
#define CHECK_FILE_ENTRY SIZE_MAX

/* One finding. Its strings belong to the report (check_report_free). */
struct check_finding {
	size_t line;             /* 1-based; 0 for the file as a whole */
	size_t entry;            /* index in doc->entries, or CHECK_FILE_ENTRY */
	int kind;                /* private: its check (read check_finding_id) */
	char *message;           /* read these through the accessors below */
	char *fix;
	char *replacement;
};

struct check_report {
	struct check_finding *items;   /* in line order */
	size_t n, cap;
	size_t count[3];         /* by severity */
	/* The index by entry, once check_report_index built it (NULL before):
	 * entry e's findings are items[by_entry[k]] for k from start[e] up to
	 * start[e + 1], for e < nentries; those on the file as a whole from
	 * start[nentries] up to n. */
	size_t *by_entry;
	size_t *start;
	size_t nentries;         /* 1 + the highest entry that has a finding */
};

/* What a finding says: its id ("unknown-directive") and severity, from its
 * kind; its entry as a size_t (SIZE_MAX: the file as a whole). */
const char *check_finding_id(const struct check_finding *f);
enum check_severity check_finding_severity(const struct check_finding *f);
size_t check_finding_entry(const struct check_finding *f);
/* Its texts, valid until check_report_free: the message (one or two
 * sentences for a non-expert; never NULL), the fix (a suggested fix in
 * words) and the replacement (NULL when it has none). The replacement is
 * suggested directive text ("mtu 1400") standing for the entry's bytes: ""
 * means delete the entry; several directives are separated by '\n'
 * ("plugin L2TP.ppp\nl2tpnoipsec" where a plugin line must come first). */
const char *check_message(const struct check_report *r, const struct check_finding *f);
const char *check_fix(const struct check_report *r, const struct check_finding *f);
const char *check_replacement(const struct check_report *r, const struct check_finding *f);

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
	/* A plugin pppd has loaded before it reads this file ("L2TP.ppp":
	 * PPPController loads the service's plugin before `call` reads a
	 * peers file), or NULL. Its options are known from the first line. */
	const char *loaded;
};

/* Runs every check on the document as the given platform's pppd reads it.
 * `file` may be NULL. Findings are in line order. */
void check_run(const struct doc *d, enum platform p,
               const struct check_file *file, struct check_report *out);
void check_report_free(struct check_report *r);

/* Builds the index by entry, so that the two calls below take time in the
 * number of the entry's findings rather than in the whole report's.
 * Without it they still answer the same, by walking every finding. Call it
 * again after the items change (check_run forgets it). */
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
