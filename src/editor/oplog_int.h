/* oplog_int.h - private to the operation log's files: directives by what they say, and finding them again. */
#ifndef PPPCONF_OPLOG_INT_H
#define PPPCONF_OPLOG_INT_H

#include "editor/oplog.h"

/* oplog.c */
/* The shape of entry e of d (its occurrence among d's entries of its name). */
void oplog_shape_of(const struct doc *d, size_t e, struct oplog_shape *s);
void oplog_shape_copy(struct oplog_shape *to, const struct oplog_shape *from);
void oplog_shape_free(struct oplog_shape *s);
/* Whether entry e of d has this name; and also this state and these
 * arguments (`exact`). */
int oplog_shape_is(const struct doc *d, size_t e, const struct oplog_shape *s, int exact);

/* oplog_apply.c */
/* The entry of d that s names: among those with its name, state and
 * arguments, the one whose occurrence is nearest s's; with `loose`, any
 * of its name when none has them. SIZE_MAX when there is none. */
size_t oplog_find(const struct doc *d, const struct oplog_shape *s, int loose);

#endif
