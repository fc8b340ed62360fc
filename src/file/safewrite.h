/* safewrite.h - load a system file, and replace it atomically, keeping what matters. */
/* Folder src/file: the file on disk - reading it safely, the editing lock, the atomic write with
 * a backup, owner and mode kept, temporary files. Depends on base only. */
#ifndef PPPCONF_SAFEWRITE_H
#define PPPCONF_SAFEWRITE_H

#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "base/buf.h"

/* What identifies the file as we loaded it; compared again before writing. */
struct safewrite_stamp {
	int exists;
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime, ctime;
	uid_t uid;
	gid_t gid;
	mode_t mode;           /* permission bits only (mode & 07777) */
	unsigned long nlink;   /* its names (hard links) */
};

/* Open flags */
#define SAFEWRITE_READONLY 0x01u /* never write; take no lock */
#define SAFEWRITE_NOLOCK   0x02u /* do not take the editing lock (scripts) */

/* Commit flags */
#define SAFEWRITE_FORCE    0x01u /* write even though the file changed on disk */
#define SAFEWRITE_NOBACKUP 0x02u
#define SAFEWRITE_MKDIR    0x04u /* create the missing directory (0755, one level) */

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
	char *real;            /* dir/base: the key of the lock and of the history */
	struct buf bytes;      /* content at load (or at the last commit), owned */
	struct safewrite_stamp stamp;
	int is_link;           /* the name was a symbolic link, read through */
	int lock_fd;           /* -1 when no lock is held */
	pid_t lock_holder;     /* another editor's pid when it holds the lock, else 0;
	                          -1 when it is held but the holder's pid is unknown */
	struct timespec lock_since; /* when we took the lock (the file system's clock) */
	int read_only;         /* writing is impossible or was not asked for */
	char read_only_why[256];
	char backup[4096];     /* backup path once one was made this session, else "" */
	struct buf warnings;   /* lines of text about saving: a missing folder, hard links,
	                          an immutable file, temporary files left, the lock */
	struct buf notes;      /* lines of text about what was done besides the save:
	                          a stale lock taken over, leftovers removed, a lock
	                          that could not be had (also a warning); the caller
	                          shows them (stderr) and may empty them */
	int dir_fd;            /* the real directory, held open; -1 while it does not exist */
	char *lock_path;       /* the lock file we hold (removed on close), or NULL */
	char *origin;          /* what writes, for the history ("set mtu 1400"), or NULL */
	int keep;              /* versions the history keeps (history_keep_count) */
	char history[4096];    /* the history's folder once a save recorded there, else "" */
};

/* Who opens a file to write it, beyond the flags. */
struct safewrite_writer {
	int wait_ms;           /* how long to wait for another pppconf's lock; 0: not */
	const char *origin;    /* what writes, for the history: "set mtu 1400", "editor" */
	int keep;              /* versions to keep; -1: $PPPCONF_KEEP or the default; 0:
	                          keep no history */
};

/* Loads the file at `path` (a missing file loads as empty with
 * stamp.exists = 0). The process ignores SIGXFSZ from here on, so that a
 * file size limit (ulimit -f) makes a write fail with a sentence instead
 * of killing pppconf half way. Returns 0, or -1 with a sentence in *err when the file
 * cannot be read at all: permission denied, or not an options file (a
 * folder, a device, a FIFO, a socket, more than UTIL_MAX_FILE bytes), which
 * is told from fstat before a byte is read and never blocks.
 * Binary content is fine: the bytes are kept as they are.
 * A symbolic link at `path` is read through but makes the file read-only.
 * A missing directory is not an error: the file loads empty, a warning says
 * so, and saving needs SAFEWRITE_MKDIR. After -1, f holds nothing and
 * safewrite_close(f) is harmless. Unless READONLY or NOLOCK, the editing
 * lock is taken, and the file is read again once it is held; when another
 * pppconf holds it, f is read-only and lock_holder names it. */
int safewrite_open(struct safewrite_file *f, const char *path, unsigned flags,
                   struct buf *err);
/* The same for a writer `w` (NULL: as safewrite_open): it waits up to
 * w->wait_ms for another pppconf's lock, then reads the file as it is once
 * the lock is ours; a lock left by a process that is gone is taken over
 * (said in f->notes). */
int safewrite_open_as(struct safewrite_file *f, const char *path, unsigned flags,
                      const struct safewrite_writer *w, struct buf *err);
/* Releases the lock (removing its file) and frees everything; idempotent,
 * and harmless after a failed open.
 * The lock is an flock on /var/run/pppconf.<name>.<hash of the real path>.lock
 * (root), or on $TMPDIR/pppconf-<uid>.... (other users): it survives our own
 * renames, needs no existing file and leaves nothing in the edited directory.
 * safewrite_sys.c explains the choice. */
void safewrite_close(struct safewrite_file *f);

/* The bytes as loaded (or as last committed), f->bytes. Never NULL; *len
 * may be 0. */
const char *safewrite_saved(const struct safewrite_file *f, size_t *len);

/* Reads a stream (standard input, a pipe) to its end into *out, refusing
 * more than UTIL_MAX_FILE bytes. 0, or -1 with a sentence naming `label` in
 * *err (the same one safewrite_open gives for a file too large). */
int safewrite_read_stream(int fd, const char *label, struct buf *out, struct buf *err);

/* 0 when the file on disk is still what we loaded (identity and bytes);
 * 1 when it changed, with its current bytes in *now (if not NULL), stamp in
 * *st (if not NULL); -1 when it cannot be read (msg says why). */
int safewrite_changed(const struct safewrite_file *f, struct buf *now,
                      struct safewrite_stamp *st, struct buf *msg);

/* Replaces the file with data[0..len): backup first (once a session), temp
 * file in the same directory, owner/group/mode copied, synced; the version
 * it replaces recorded in the history (history.h) unless f->keep is 0;
 * renamed over, directory synced. On SAFEWRITE_OK the loaded bytes and
 * stamp become the new ones, and leftovers of earlier killed saves that
 * are provably ours are removed (said in f->notes). `msg` receives a
 * sentence for the user in every case; every failure, a file size limit
 * included, leaves the file and its folder as they were. */
enum safewrite_status safewrite_commit(struct safewrite_file *f,
                                       const char *data, size_t len,
                                       unsigned flags, struct buf *msg);
/* Removes the file, as a save to "no file": the same checks (read-only,
 * changed on disk unless SAFEWRITE_FORCE), the history records it, and the
 * first write of a session renames it to the backup instead (unless
 * SAFEWRITE_NOBACKUP). SAFEWRITE_UNCHANGED when there was no file. */
enum safewrite_status safewrite_remove(struct safewrite_file *f, unsigned flags,
                                       struct buf *msg);
/* Takes bytes read from disk since loading (safewrite_changed's *now and
 * *st) as the new base: the next commit is judged against them. */
void safewrite_adopt(struct safewrite_file *f, const char *bytes, size_t len,
                     const struct safewrite_stamp *st);

/* Where the backup of `path` goes: "<file>~" beside it (the GNU convention,
 * which etckeeper already ignores). The first save of a session copies the
 * file as it was into "<file>~" (same owner, group, mode and mtime; written
 * to a temp file, synced, renamed into place, so a link or hard link planted
 * at that name is replaced, never followed); later saves of the session
 * keep it, so it holds the version from before the session. A file that did
 * not exist gets no backup. */
void safewrite_backup_path(const struct safewrite_file *f, struct buf *out);

/* Temporary files left in the directory by a save that was killed before
 * it finished (".<file>.pppconf-XXXXXXXX"): appends their paths, one per
 * line, to *paths (if not NULL) and returns how many there are. They are
 * never read as configuration. */
size_t safewrite_stale_list(const struct safewrite_file *f, struct buf *paths);
/* Removes those that are provably leftovers of ours: our name pattern, a
 * regular file (never a link) owned by root, by us or by the file's owner,
 * made before we took the lock (so no live save can own it); needs a
 * writable, locked file. Returns how many were removed, or -1 with a
 * sentence in *msg; the rest stay, and are said to stay. */
int safewrite_stale_remove(struct safewrite_file *f, struct buf *msg);

#endif
