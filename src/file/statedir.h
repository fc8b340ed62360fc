/* statedir.h - where pppconf keeps what it knows of a file between runs (its earlier versions, unsaved edits), outside the file's own folder. */
#ifndef PPPCONF_STATEDIR_H
#define PPPCONF_STATEDIR_H

#include "base/buf.h"

/* The environment variable that moves the whole state folder (tests, or a
 * machine whose /var is read-only). */
#define STATEDIR_ENV "PPPCONF_STATE_DIR"

/* Appends pppconf's state folder for this user: $PPPCONF_STATE_DIR when
 * set; for root /var/lib/pppconf (Linux) or /var/db/pppconf (macOS), where
 * system programs keep state; for other users $XDG_STATE_HOME/pppconf or
 * ~/.local/state/pppconf. Never inside /etc: pppd, etckeeper and the tools
 * that list /etc/ppp/peers would meet the copies there. */
void statedir_root(struct buf *out);

/* Appends the folder of one file's state: <root>/history/<name>.<hash of
 * real_path>, the name cut to 32 safe characters. real_path is the file's
 * path with its folder's links resolved. */
void statedir_path(const char *real_path, struct buf *out);

/* Opens that folder (O_DIRECTORY, never through a link) and returns its
 * descriptor, its path in *path (if not NULL). With `create`, missing
 * folders are made, ours with mode 0700. Each folder of pppconf's own must
 * belong to this user and be closed to others (a wider mode of ours is
 * narrowed); else -1 with a sentence in *err. Without `create`, a folder
 * that does not exist is -1 with *err left empty: nothing is kept yet. */
int statedir_open(const char *real_path, int create, struct buf *path, struct buf *err);

/* Writes p[0..n) to dir_fd/name through a temporary name in the same
 * folder: created without following links, mode `mode`, synced, renamed
 * over `name`. 0, or an errno value with nothing left behind. */
int statedir_write(int dir_fd, const char *name, const char *p, size_t n, unsigned mode);

/* Reads dir_fd/name whole (not through a link, at most UTIL_MAX_FILE
 * bytes) into *out. 0, or an errno value (ENOENT when it is not there). */
int statedir_read(int dir_fd, const char *name, struct buf *out);

#endif
