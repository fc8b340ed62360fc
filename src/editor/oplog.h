/* oplog.h - edits as operations on directives (set, enable, disable, delete, add, move), named by what they say rather than where, so they can be applied again to a file that changed underneath. */
#ifndef PPPCONF_OPLOG_H
#define PPPCONF_OPLOG_H

#include <stddef.h>

#include "base/buf.h"
#include "base/platform.h"
#include "pppd/doc.h"

enum oplog_kind {
	OPLOG_DELETE,
	OPLOG_ENABLE,
	OPLOG_DISABLE,
	OPLOG_SET,         /* new arguments */
	OPLOG_MOVE,        /* to after `at` */
	OPLOG_ADD          /* new lines after `at` */
};

enum oplog_result {
	OPLOG_PENDING,
	OPLOG_APPLIED,
	OPLOG_ALREADY,     /* the file already says so: the other side did the same */
	OPLOG_CLASH        /* not applied: the directive is gone, or the other side
	                      changed it; `why` says which */
};

/* A directive by what it says: its name, whether it is commented out, its
 * arguments (each word followed by a NUL in args), and which one of the
 * directives of that name it was, counted from 0 in file order. */
struct oplog_shape {
	struct buf name;
	int disabled;
	struct buf args;
	size_t nargs;
	size_t occurrence;
};

/* Where a moved or added directive goes. */
enum oplog_at {
	OPLOG_AT_TOP,      /* before the first directive */
	OPLOG_AT_AFTER,    /* after the directive `after` names */
	OPLOG_AT_CHAIN     /* after what the previous operation placed */
};

struct oplog_op {
	enum oplog_kind kind;
	struct oplog_shape target;   /* the directive acted on; ADD: the new one */
	struct oplog_shape now;      /* SET: the new arguments (name and state as target) */
	enum oplog_at at;            /* MOVE, ADD */
	struct oplog_shape after;
	size_t had;                  /* ADD: how many directives just like it the base had */
	struct buf text;             /* ADD: its lines as written, comments above it
	                                included; DELETE: comment lines above it that
	                                went with it */
	enum oplog_result result;
	struct buf why;              /* CLASH (or a note on APPLIED): in words */
};

struct oplog {
	struct oplog_op *ops;
	size_t n, cap;
	int lossy;         /* some change (to comments, spacing) is carried by no
	                      operation: re-applied, the edits would differ */
	int too_many;      /* too many changes to tell apart: no operations */
	int secrets;       /* set by the caller: the file is a secrets file, so a
	                      line quoted in a clash is masked as one */
};

/* The operations that turn the document `base` into `ours`, in the order
 * they apply: deletions, changes in place, then moves and additions in
 * ours' order. Checks itself by applying them to base; log->lossy says
 * when that does not give ours byte for byte. */
void oplog_derive(struct oplog *log, const struct doc *base, const struct doc *ours);

/* Applies the operations to d (each a doc edit, all in one undo group),
 * setting each one's result and why. Returns the number of clashes. */
size_t oplog_apply(struct oplog *log, struct doc *d);

/* One line for a person: "set mtu 1400 (was 1500)", "delete noauth", "add
 * plugin L2TP.ppp"; secret values masked unless reveal. */
void oplog_describe(const struct oplog_op *op, enum platform p, int reveal, int secrets,
                    struct buf *out);
/* How many operations have result r. */
size_t oplog_count(const struct oplog *log, enum oplog_result r);

void oplog_free(struct oplog *log);

#endif
