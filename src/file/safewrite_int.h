/* safewrite_int.h - private to the safewrite module's files: the file as seen on disk, and the steps they share. */
#ifndef PPPCONF_SAFEWRITE_INT_H
#define PPPCONF_SAFEWRITE_INT_H

#include <sys/stat.h>

#include "base/buf.h"
#include "file/safewrite.h"

/* The file as found on disk at one moment. */
struct safewrite_seen {
	int exists;            /* a regular file is there (through a link if is_link) */
	int is_link;           /* the name itself is a symbolic link */
	struct stat st;
	struct buf bytes;
};

/* safewrite.c */
/* Makes f read-only with the reason fmt (taking a, then b or ""), written
 * into its fixed field; the first reason given stays. */
void safewrite_set_ro(struct safewrite_file *f, const char *fmt, const char *a,
                      const char *b);

/* safewrite_load.c */
/* The stamp of st (or of no file, when !exists). */
void safewrite_load_stamp(struct safewrite_stamp *s, int exists, const struct stat *st);
/* Reads the file as pppd would, through a link, refusing what is not a
 * regular file. 0 with *seen filled (seen->bytes reused), or -1 with a
 * sentence in *why. A directory that is still missing is no file: 0. */
int safewrite_load_look(const struct safewrite_file *f, struct safewrite_seen *seen,
                        struct buf *why);
/* 1 with a sentence in *msg when *s is not what f loaded, else 0. */
int safewrite_load_differs(const struct safewrite_file *f, const struct safewrite_seen *s,
                           struct buf *msg);

/* safewrite_lock.c */
/* Takes the editing lock for f, waiting up to wait_ms for another holder;
 * when another pppconf still holds it, f becomes read-only; when none can
 * be taken, a warning says so. */
void safewrite_lock_take(struct safewrite_file *f, int wait_ms);
/* Removes the lock file and lets go of the lock. */
void safewrite_lock_release(struct safewrite_file *f);

/* safewrite_stale.c */
/* After a save: removes the leftovers provably ours (safewrite_stale_remove)
 * and says so in f->notes. */
void safewrite_stale_sweep(struct safewrite_file *f);

#endif
