/* safewrite_lock.c - the editing lock one pppconf holds on a file, and the temporary files a killed save left behind. */
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

/* The editing lock; see safewrite_sys_lock for where it lives and why. */
void safewrite_lock_take(struct safewrite_file *f)
{
	struct buf key = {0}, why = {0};

	buf_printf(&key, "%s/%s", strcmp(f->dir, "/") == 0 ? "" : f->dir, f->base);
	f->lock_fd = safewrite_sys_lock(key.data, &f->lock_path, &f->lock_holder, &why);
	if (f->lock_fd < 0 && f->lock_holder) {
		char pid[32] = "";

		if (f->lock_holder > 0)
			snprintf(pid, sizeof pid, " (pid %ld)", (long)f->lock_holder);
		safewrite_set_ro(f, "another pppconf%s is already editing %s; this one stays read-only",
		          pid, f->path);
	} else if (why.len) {
		buf_printf(&f->warnings, "%s%s\n", why.data, f->lock_fd < 0 ?
		           "; another pppconf could edit this file at the same time" : "");
	}
	buf_free(&key);
	buf_free(&why);
}

void safewrite_lock_release(struct safewrite_file *f)
{
	safewrite_sys_unlock(f->lock_fd, f->lock_path);
	f->lock_fd = -1;
	free(f->lock_path);
	f->lock_path = NULL;
}

/* Leftover temporary files of ours, as full paths in *paths. */
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

int safewrite_stale_remove(struct safewrite_file *f, struct buf *msg)
{
	struct buf names = {0};
	size_t n, i = 0, done = 0, left = 0;

	if (f->read_only || f->lock_fd < 0) {
		buf_printf(msg, "leftover temporary files are removed only by the pppconf that "
		           "holds the editing lock on %s%s%s", f->path, f->read_only ? ": " : "",
		           f->read_only ? f->read_only_why : "");
		return -1;
	}
	n = sw_stale(f, &names, NULL);
	while (n-- > 0) {
		const char *name = names.data + i;
		struct stat st;

		i += strlen(name) + 1;
		/* only what a save could have made: a plain file owned by root, by
		 * us, or by the file's owner (the temp file was given that owner) */
		if (fstatat(f->dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
		    (st.st_uid == 0 || st.st_uid == geteuid() ||
		     (f->stamp.exists && st.st_uid == f->stamp.uid)) &&
		    unlinkat(f->dir_fd, name, 0) == 0)
			done++;
		else
			left++;
	}
	buf_free(&names);
	if (done)
		(void)safewrite_sys_sync(f->dir_fd);
	buf_printf(msg, "removed %zu leftover temporary file%s from %s", done,
	           done == 1 ? "" : "s", f->dir);
	if (left)
		buf_printf(msg, "; %zu other%s not ours and left alone", left,
		           left == 1 ? " looks like one but is" : "s look like them but are");
	return (int)done;
}
