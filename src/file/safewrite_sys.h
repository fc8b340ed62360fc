/* safewrite_sys.h - the careful system calls behind safewrite: whole reads and writes, syncs, temp files, the lock, reasons in words. */
#ifndef PPPCONF_SAFEWRITE_SYS_H
#define PPPCONF_SAFEWRITE_SYS_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

#include "base/buf.h"

/* POSIX names the nanosecond times st_mtim; Apple calls them st_mtimespec. */
#ifdef __APPLE__
#define SAFEWRITE_SYS_MTIM(st) ((st).st_mtimespec)
#define SAFEWRITE_SYS_CTIM(st) ((st).st_ctimespec)
#else
#define SAFEWRITE_SYS_MTIM(st) ((st).st_mtim)
#define SAFEWRITE_SYS_CTIM(st) ((st).st_ctim)
#endif

/* What a new file is given before it takes the target's name. uid or gid
 * (uid_t)-1 / (gid_t)-1 keep what creating the file gave it; mtime NULL
 * keeps the time of writing. */
struct safewrite_sys_meta {
	uid_t uid;
	gid_t gid;
	mode_t mode;
	const struct timespec *mtime;
};


/* Appends "<reason in words> (<ERRNO NAME>)"; for permission errors when
 * not root the reason says to use sudo. */
void safewrite_sys_words(struct buf *out, int err);
/* Appends "<verb> <path>: <reason in words> (<ERRNO NAME>)<tail>". */
void safewrite_sys_reason(struct buf *out, const char *verb, const char *path, int err,
                          const char *tail);
/* Appends why a folder, device, FIFO or socket at `path` is refused:
 * "<path> is not an options file: it is a named pipe (FIFO)". */
void safewrite_sys_not_regular(struct buf *out, const char *path, mode_t mode);
/* Appends why a file of `size` bytes (0: unknown, from a pipe) is refused:
 * "<path> is not an options file: it is 250 MiB, more than pppconf loads
 * (16 MiB)". */
void safewrite_sys_too_big(struct buf *out, const char *path, uintmax_t size);

/* Reads to end of file (at most `max` bytes); 0 or an errno value. */
int safewrite_sys_read_all(int fd, struct buf *out, long max);
/* Writes all n bytes, resuming after short writes and signals; 0 or errno
 * (ENOSPC when the system accepts nothing more without saying why). */
int safewrite_sys_write_all(int fd, const char *p, size_t n);
/* Flushes the file (F_FULLFSYNC on macOS, falling back to fsync); 0 or errno. */
int safewrite_sys_sync(int fd);
/* Errors meaning "this file system cannot sync a directory", not a failure. */
int safewrite_sys_sync_unsupported(int err);
/* Syncs the directory that holds `dir` (after creating it). */
void safewrite_sys_sync_parent(const char *dir);
int safewrite_sys_same_time(struct timespec a, struct timespec b);
/* Whether the regular file dir_fd/base carries an immutable or append-only
 * flag (chattr on Linux, chflags on macOS and BSD); 0 when unknown. */
int safewrite_sys_immutable(int dir_fd, const char *base, const struct stat *st);
/* Appends where the symbolic link dir_fd/base points, or "?" */
void safewrite_sys_readlink(int dir_fd, const char *base, struct buf *out);

/* The name prefix of our temporary files for `base`: ".<base>.pppconf-",
 * followed by 8 random letters and digits. */
void safewrite_sys_temp_prefix(const char *base, struct buf *out);
int safewrite_sys_is_temp(const char *base, const char *name);
/* Creates a new file beside `base` under an unpredictable name (O_EXCL,
 * O_NOFOLLOW, mode 0600), writes p[0..n), gives it m's owner, mode and
 * mtime, syncs and closes it. 0 with its name in *name and its stat in *st
 * (if not NULL); else an errno value, *step says what failed, and nothing
 * is left behind. */
int safewrite_sys_temp_write(int dir_fd, const char *base, const char *p, size_t n,
                             const struct safewrite_sys_meta *m, struct buf *name,
                             struct stat *st, const char **step);
/* Renames within dir_fd; with sync_after the directory is synced too (a
 * file system that cannot do that is not an error). 0 or errno. */
int safewrite_sys_rename(int dir_fd, const char *from, const char *to, int sync_after);
/* Removes the file named in *name (if any) and empties *name. */
void safewrite_sys_unlink(int dir_fd, struct buf *name);

/* From now on SIGXFSZ is ignored: a file size limit (ulimit -f) makes
 * write() fail with EFBIG, which every write path reports, instead of
 * killing the process between two steps. Idempotent. */
void safewrite_sys_no_xfsz(void);

#endif
