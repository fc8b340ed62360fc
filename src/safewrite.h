/* safewrite.h - load a system file, and replace it atomically, keeping what matters. */
#ifndef PPPCONF_SAFEWRITE_H
#define PPPCONF_SAFEWRITE_H

#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "buf.h"

/* What identifies the file as we loaded it; compared again before writing. */
struct safewrite_stamp {
	int exists;
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime, ctime;
	uid_t uid;
	gid_t gid;
	mode_t mode;
};

/* Open flags */
#define SAFEWRITE_READONLY 0x01u /* never write; take no lock */
#define SAFEWRITE_NOLOCK   0x02u /* do not take the editing lock (scripts) */

/* Commit flags */
#define SAFEWRITE_FORCE    0x01u /* write even though the file changed on disk */
#define SAFEWRITE_NOBACKUP 0x02u

enum safewrite_status {
	SAFEWRITE_OK,          /* the new bytes are on disk */
	SAFEWRITE_UNCHANGED,   /* the bytes were equal: nothing touched */
	SAFEWRITE_CONFLICT,    /* someone changed the file since loading */
	SAFEWRITE_ERROR        /* nothing changed on disk; msg says why */
};

struct safewrite_file {
	char *path;            /* as given by the user, for messages */
	char *dir;             /* real directory (symlinks resolved, e.g. /private/etc/ppp) */
	char *base;            /* file name within dir */
	struct buf bytes;      /* content at load (or at the last commit) */
	struct safewrite_stamp stamp;
	int lock_fd;           /* -1 when no lock is held */
	pid_t lock_holder;     /* another editor's pid when it holds the lock, else 0 */
	int read_only;         /* writing is impossible or was not asked for */
	char read_only_why[256];
	char backup[4096];     /* backup path once one was made this session, else "" */
	struct buf warnings;   /* lines of text: odd permissions, hard links, ... */
};

/* Loads the file at `path` (a missing file loads as empty with
 * stamp.exists = 0). Returns 0, or -1 with a sentence in *err when the file
 * cannot be read at all (a directory, a device, permission denied ...).
 * Binary content is fine: the bytes are kept as they are. */
int safewrite_open(struct safewrite_file *f, const char *path, unsigned flags,
                   struct buf *err);
void safewrite_close(struct safewrite_file *f);

/* 0 when the file on disk is still what we loaded (identity and bytes);
 * 1 when it changed, with its current bytes in *now (if not NULL), stamp in
 * *st (if not NULL); -1 when it cannot be read (msg says why). */
int safewrite_changed(const struct safewrite_file *f, struct buf *now,
                      struct safewrite_stamp *st, struct buf *msg);

/* Replaces the file with data[0..len): backup first (once a session), temp
 * file in the same directory, owner/group/mode copied, synced, renamed over,
 * directory synced. On SAFEWRITE_OK the loaded bytes and stamp become the
 * new ones. `msg` receives a sentence for the user in every case. */
enum safewrite_status safewrite_commit(struct safewrite_file *f,
                                       const char *data, size_t len,
                                       unsigned flags, struct buf *msg);

/* Where the backup of `path` goes (documented: "<file>~" beside it). */
void safewrite_backup_path(const struct safewrite_file *f, struct buf *out);

#endif
