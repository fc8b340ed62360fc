/* history.h - every version of a file that a save replaced: numbered, with its time and what wrote it, kept in the state folder (statedir.h). */
#ifndef PPPCONF_HISTORY_H
#define PPPCONF_HISTORY_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "base/buf.h"

/* How many versions are kept besides the original when neither --keep nor
 * the environment says. */
#define HISTORY_KEEP_DEFAULT 10
/* The environment variable for it: a number, 0 keeping no history at all. */
#define HISTORY_KEEP_ENV "PPPCONF_KEEP"

struct history_version {
	unsigned long n;      /* 1, 2, ... in the order kept; never reused */
	time_t time;          /* when pppconf wrote it, or first saw it */
	long long size;       /* its bytes; -1: there was no file */
	int original;         /* the first version pppconf saw of the file: kept
	                         until history_forget_original */
	char *by;             /* what wrote it ("set mtu 1400", "editor"); "" when
	                         it was not pppconf (the original, or a change
	                         made by another program) */
};

/* One file's history, as read from its folder. */
struct history {
	char *file;           /* the real path of the file */
	char *dir;            /* the folder that keeps it, for messages */
	int dir_fd;           /* -1: nothing kept yet (the folder is not there) */
	int lock_fd;          /* the folder's lock while writing; -1 */
	struct history_version *v; /* oldest first */
	size_t n, cap;
	int have_current;     /* what pppconf last wrote: */
	struct history_version current;
	uint64_t current_hash;
};

/* The number of versions to keep: `keep` when it is 0 or more, else
 * $PPPCONF_KEEP when it is a number, else HISTORY_KEEP_DEFAULT. */
int history_keep_count(int keep);

/* Reads the history of the file at real_path (its folder's links
 * resolved). With `write`, the folder is made if missing and locked
 * against other writers until history_close. 0; or -1 with a sentence in
 * *err (a folder that cannot be made or read, or is not this user's).
 * Without `write` a missing folder is no error: an empty history. After
 * -1, h holds nothing and history_close(h) is harmless. */
int history_open(struct history *h, const char *real_path, int write, struct buf *err);
void history_close(struct history *h);

/* Records a save (history_open with `write`): the version it replaces,
 * `old` (old_len bytes; old_exists 0 for no file; old_mtime, old_mode of
 * that file), unless the history already ends with those bytes; and `now`
 * (now_exists 0 when the save removes the file) as what pppconf last
 * wrote, `by` being the command. Then all but the original and the newest
 * `keep` versions are dropped. Everything is synced before it returns, so
 * the version is safe before the file is replaced. 0, or an errno value
 * (the save must not go on). */
int history_record(struct history *h, const char *old, size_t old_len, int old_exists,
                   time_t old_mtime, mode_t old_mode, const char *now, size_t now_len,
                   int now_exists, const char *by, int keep);

/* The version numbered n: NULL when it is not kept. */
const struct history_version *history_find(const struct history *h, unsigned long n);
/* The original, or NULL once forgotten. */
const struct history_version *history_original(const struct history *h);
/* Its bytes into *out (nothing for "no file"). 0, or -1 with a sentence. */
int history_read(const struct history *h, const struct history_version *v, struct buf *out,
                 struct buf *err);
/* Whether the bytes p[0..n) are what pppconf last wrote. */
int history_is_current(const struct history *h, const char *p, size_t n, int exists);
/* Drops the original (history_open with `write`). 1 dropped, 0 there was
 * none, -1 with a sentence in *err. */
int history_forget_original(struct history *h, struct buf *err);

/* FNV-1a, 64 bits: content and path hashes alike. */
uint64_t history_hash(const char *p, size_t n);

#endif
