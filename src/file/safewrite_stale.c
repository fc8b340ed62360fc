/* safewrite_stale.c - temporary files a killed save left beside the file: found, and removed when they are provably ours. */
#include "file/safewrite.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file/safewrite_int.h"
#include "file/safewrite_sys.h"

/* Leftover temporary files of ours: their names, NUL-separated, in *names;
 * full paths, one a line, in *paths. */
static size_t sw_stale(const struct safewrite_file *f, struct buf *names, struct buf *paths)
{
	struct dirent *e;
	size_t n = 0;
	DIR *d;
	int fd;

	if (f->dir_fd < 0 || !f->base)
		return 0;
	fd = openat(f->dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	d = fdopendir(fd);
	if (!d) {
		close(fd);
		return 0;
	}
	while ((e = readdir(d)) != NULL) {
		if (!safewrite_sys_is_temp(f->base, e->d_name))
			continue;
		n++;
		if (names)
			buf_printf(names, "%s%c", e->d_name, 0);
		if (paths)
			buf_printf(paths, "%s/%s\n", strcmp(f->dir, "/") == 0 ? "" : f->dir, e->d_name);
	}
	closedir(d);
	return n;
}

size_t safewrite_stale_list(const struct safewrite_file *f, struct buf *paths)
{
	return sw_stale(f, NULL, paths);
}

static int sw_before(struct timespec a, struct timespec b)
{
	return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

/* What only a save of ours that is over could have left: a plain file (a
 * link is never followed nor removed), owned by root, by us, or by the
 * file's owner (the temp file was given that owner), whose inode changed
 * last no later than we took the lock. Its mtime can be copied from the
 * original (the backup's is), its ctime cannot; and a save running now
 * would need the lock we hold. (No later, not before: the file system's
 * clock ticks coarsely, and a holder killed just before we took the lock
 * may share our tick.) */
static int sw_provably_ours(const struct safewrite_file *f, const struct stat *st)
{
	return S_ISREG(st->st_mode) &&
	       (st->st_uid == 0 || st->st_uid == geteuid() ||
	        (f->stamp.exists && st->st_uid == f->stamp.uid)) &&
	       !sw_before(f->lock_since, SAFEWRITE_SYS_CTIM(*st));
}

/* Removes the provable ones; their names in *gone, the count of the others
 * in *left. */
static size_t sw_remove(struct safewrite_file *f, struct buf *gone, size_t *left)
{
	struct buf names = { 0 };
	size_t n, i = 0, done = 0;

	*left = 0;
	n = sw_stale(f, &names, NULL);
	while (n-- > 0) {
		const char *name = names.data + i;
		struct stat st;

		i += strlen(name) + 1;
		if (fstatat(f->dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    sw_provably_ours(f, &st) && unlinkat(f->dir_fd, name, 0) == 0) {
			buf_printf(gone, "%s%s", done ? ", " : "", name);
			done++;
		} else {
			(*left)++;
		}
	}
	buf_free(&names);
	if (done)
		(void)safewrite_sys_sync(f->dir_fd);
	return done;
}

int safewrite_stale_remove(struct safewrite_file *f, struct buf *msg)
{
	struct buf gone = { 0 };
	size_t done, left;

	if (f->read_only || f->lock_fd < 0) {
		buf_printf(msg, "leftover temporary files are removed only by the pppconf that "
		           "holds the editing lock on %s%s%s", f->path, f->read_only ? ": " : "",
		           f->read_only ? f->read_only_why : "");
		return -1;
	}
	done = sw_remove(f, &gone, &left);
	buf_free(&gone);
	buf_printf(msg, "removed %zu leftover temporary file%s from %s", done,
	           done == 1 ? "" : "s", f->dir);
	if (left)
		buf_printf(msg, "; %zu other%s left alone: %s not provably left by an earlier "
		           "pppconf (a link, another owner, or newer than this one's lock)", left,
		           left == 1 ? "" : "s", left == 1 ? "it is" : "they are");
	return (int)done;
}

void safewrite_stale_sweep(struct safewrite_file *f)
{
	struct buf gone = { 0 };
	size_t done, left;

	if (f->read_only || f->lock_fd < 0 || !sw_stale(f, NULL, NULL))
		return;
	done = sw_remove(f, &gone, &left);
	if (done)
		buf_printf(&f->notes, "removed %zu temporary file%s left in %s by an interrupted "
		           "save: %s\n", done, done == 1 ? "" : "s", f->dir, gone.data);
	if (left)
		buf_printf(&f->notes, "%zu temporary file%s in %s %s not provably left by an "
		           "earlier pppconf and %s kept; pppconf doctor lists %s\n", left,
		           left == 1 ? "" : "s", f->dir, left == 1 ? "is" : "are",
		           left == 1 ? "is" : "are", left == 1 ? "it" : "them");
	buf_free(&gone);
}
