/* recover.h - unsaved edits kept when the editor is stopped (a hang-up, SIGTERM): the bytes they were made on and the edited bytes, in the file's state folder, mode 0600, never beside the file. */
#ifndef PPPCONF_RECOVER_H
#define PPPCONF_RECOVER_H

#include <stddef.h>
#include <time.h>

#include "base/buf.h"

/* A recovery file, as read back. */
struct recover {
	time_t time;             /* when it was written */
	int base_exists;         /* the file existed when the edits began */
	struct buf base;         /* the file's bytes the edits were made on */
	struct buf edited;       /* the edited bytes */
};

/* Writes the recovery file of the file at real_path (its folder's links
 * resolved; see statedir.h), replacing any earlier one; its path in
 * *where. 0, or -1 with a sentence in *err. */
int recover_save(const char *real_path, const char *base, size_t base_len, int base_exists,
                 const char *edited, size_t edited_len, struct buf *where, struct buf *err);
/* Reads it: 1 with *r filled, 0 when there is none, -1 with a sentence in
 * *err when it cannot be read or is not one (it is then left alone). */
int recover_load(const char *real_path, struct recover *r, struct buf *err);
/* Removes it; harmless when there is none. */
void recover_discard(const char *real_path);
void recover_free(struct recover *r);

#endif
