/* safewrite.c - opening a file for editing: where it really is, whether this user may write it, what to warn of; and closing it. */
/* realpath() is in POSIX's XSI part, which glibc hides under plain
 * _POSIX_C_SOURCE. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include "file/safewrite.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file/history.h"
#include "file/safewrite_int.h"
#include "file/safewrite_sys.h"
#include "base/util.h"

/* Writes a one-sentence reason into a fixed field, never overflowing it. */
void safewrite_set_ro(struct safewrite_file *f, const char *fmt, const char *a,
                      const char *b)
{
	if (f->read_only && f->read_only_why[0])
		return;
	f->read_only = 1;
	snprintf(f->read_only_why, sizeof f->read_only_why, fmt, a, b ? b : "");
}

/* Why this user cannot write here, if that is so: permission, a read-only
 * file system, an immutable flag, or a file someone else owns. */
static void sw_decide(struct safewrite_file *f, const struct safewrite_seen *s)
{
	const char *sudo = geteuid() == 0 ? "" : ": run pppconf with sudo to save it";

	if (f->dir_fd >= 0 && faccessat(f->dir_fd, ".", W_OK | X_OK, AT_EACCESS) != 0) {
		if (errno == EROFS)
			safewrite_set_ro(f, "%s is on a read-only file system", f->dir, NULL);
		else if (errno == EPERM && geteuid() == 0)
			safewrite_set_ro(f, "the directory %s is marked immutable, so no file in it can be "
			          "replaced", f->dir, NULL);
		else if (errno == EACCES || errno == EPERM)
			safewrite_set_ro(f, "you may not change files in %s%s", f->dir, sudo);
	}
	if (s->exists && !f->read_only &&
	    faccessat(f->dir_fd, f->base, W_OK, AT_EACCESS) != 0) {
		if (errno == EROFS)
			safewrite_set_ro(f, "%s is on a read-only file system", f->path, NULL);
		else if (errno == EPERM && geteuid() == 0)
			safewrite_set_ro(f, "%s is marked immutable (see chattr -i or chflags noschg)",
			          f->path, NULL);
		else if (errno == EACCES || errno == EPERM)
			safewrite_set_ro(f, "you have no write permission on %s%s", f->path, sudo);
	}
	if (s->exists && !f->read_only && geteuid() != 0 && s->st.st_uid != geteuid())
		safewrite_set_ro(f, "%s belongs to another user, and only root can save it with its "
		          "owner kept%s", f->path, sudo);
	if (s->exists && !f->read_only && safewrite_sys_immutable(f->dir_fd, f->base, &s->st))
		safewrite_set_ro(f, "%s is marked immutable or append-only (see chattr -i or chflags "
		          "nouchg), so it cannot be replaced", f->path, NULL);
}

/* Notes that do not stop editing but that a careful admin wants to see
 * about saving. (Who may change the file or its folder is a fact of the
 * session's, judged by the checks.) */
static void sw_warn(struct safewrite_file *f, const struct safewrite_seen *s)
{
	size_t stale;

	if (f->dir_fd < 0)
		buf_printf(&f->warnings, "the directory %s does not exist yet; pppconf creates "
		           "it only when asked to\n", f->dir);
	if (s->exists) {
		if (s->st.st_nlink > 1)
			buf_printf(&f->warnings, "%s has %lu names (hard links); saving gives it a "
			           "new inode, so the other names keep the old content\n", f->path,
			           (unsigned long)s->st.st_nlink);
		if (!s->is_link && safewrite_sys_immutable(f->dir_fd, f->base, &s->st))
			buf_printf(&f->warnings, "%s is marked immutable or append-only\n", f->path);
	}
	stale = safewrite_stale_list(f, NULL);
	if (stale)
		buf_printf(&f->warnings, "%zu temporary file%s left in %s by an interrupted save; "
		           "it is not configuration and can be removed\n", stale,
		           stale == 1 ? " was" : "s were", f->dir);
}

/* The real path, dir/base: what the lock and the history are keyed by. */
static void sw_real(struct safewrite_file *f)
{
	struct buf b = { 0 };

	buf_printf(&b, "%s/%s", strcmp(f->dir, "/") == 0 ? "" : f->dir, f->base);
	f->real = buf_detach(&b);
}

/* Splits path into directory and name, and finds the real directory. When
 * the directory does not exist, its parent is resolved instead, so the lock
 * name and the later mkdir use the real place (e.g. /private/etc/ppp). */
static int sw_place(struct safewrite_file *f, struct buf *err)
{
	const char *slash = strrchr(f->path, '/');
	char *dirpart, *real;

	if (slash)
		dirpart = slash == f->path ? util_xstrdup("/")
		                           : util_xmemdup(f->path, (size_t)(slash - f->path));
	else
		dirpart = util_xstrdup(".");
	f->base = util_xstrdup(slash ? slash + 1 : f->path);
	if (!f->base[0] || strcmp(f->base, ".") == 0 || strcmp(f->base, "..") == 0) {
		buf_printf(err, "%s is not an options file: it names a folder", f->path);
		free(dirpart);
		return -1;
	}
	real = realpath(dirpart, NULL);
	if (!real && errno == ENOENT) {
		char *up = strrchr(dirpart, '/'), *parent, *rp;
		struct buf b = {0};

		parent = up ? (up == dirpart ? util_xstrdup("/")
		                             : util_xmemdup(dirpart, (size_t)(up - dirpart)))
		            : util_xstrdup(".");
		rp = realpath(parent, NULL);
		buf_printf(&b, "%s%s%s", rp ? rp : parent,
		           rp && strcmp(rp, "/") == 0 ? "" : "/", up ? up + 1 : dirpart);
		f->dir = buf_detach(&b);
		free(rp);
		free(parent);
		free(dirpart);
		sw_real(f);
		return 0;
	}
	if (!real) {
		safewrite_sys_reason(err, "cannot reach the directory of", f->path, errno, NULL);
		free(dirpart);
		return -1;
	}
	free(dirpart);
	f->dir = real;
	sw_real(f);
	f->dir_fd = open(real, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (f->dir_fd < 0) {
		safewrite_sys_reason(err, "cannot open the directory", real, errno, NULL);
		return -1;
	}
	return 0;
}

/* The file as it is once the lock is ours: another writer may have saved
 * it while we waited, or between our first look and the lock. */
static int sw_reload(struct safewrite_file *f, struct buf *err)
{
	struct safewrite_seen s;

	memset(&s, 0, sizeof s);
	if (safewrite_load_look(f, &s, err) != 0) {
		buf_free(&s.bytes);
		return -1;
	}
	buf_free(&f->bytes);
	f->bytes = s.bytes;
	f->is_link = s.is_link;
	safewrite_load_stamp(&f->stamp, s.exists, &s.st);
	return 0;
}

int safewrite_open(struct safewrite_file *f, const char *path, unsigned flags,
                   struct buf *err)
{
	return safewrite_open_as(f, path, flags, NULL, err);
}

static void sw_fail(struct safewrite_file *f)
{
	safewrite_close(f);
	memset(f, 0, sizeof *f);
	f->lock_fd = f->dir_fd = -1;
}

int safewrite_open_as(struct safewrite_file *f, const char *path, unsigned flags,
                      const struct safewrite_writer *w, struct buf *err)
{
	struct safewrite_seen s;

	memset(f, 0, sizeof *f);
	f->lock_fd = -1;
	f->dir_fd = -1;
	memset(&s, 0, sizeof s);
	if (!path || !*path) {
		buf_adds(err, "no file name was given");
		return -1;
	}
	safewrite_sys_no_xfsz();
	f->path = util_xstrdup(path);
	f->origin = w && w->origin ? util_xstrdup(w->origin) : NULL;
	f->keep = history_keep_count(w ? w->keep : -1);
	if (sw_place(f, err) != 0 || safewrite_load_look(f, &s, err) != 0) {
		buf_free(&s.bytes);
		sw_fail(f);
		return -1;
	}
	f->bytes = s.bytes;
	f->is_link = s.is_link;
	safewrite_load_stamp(&f->stamp, s.exists, &s.st);
	if (flags & SAFEWRITE_READONLY)
		safewrite_set_ro(f, "%s was opened read-only%s", f->path, NULL);
	if (s.is_link) {
		struct buf target = {0};

		safewrite_sys_readlink(f->dir_fd, f->base, &target);
		safewrite_set_ro(f, "%s is a symbolic link to %s; pppconf reads through links but never "
		          "writes through them: edit the target itself", f->path, target.data);
		buf_free(&target);
	}
	sw_decide(f, &s);
	sw_warn(f, &s);
	if (!f->read_only && !(flags & SAFEWRITE_NOLOCK)) {
		safewrite_lock_take(f, w ? w->wait_ms : 0);
		if (f->lock_fd >= 0 && sw_reload(f, err) != 0) {
			sw_fail(f);
			return -1;
		}
	}
	return 0;
}

void safewrite_close(struct safewrite_file *f)
{
	/* descriptors are trusted only alongside their paths, so that closing a
	 * zeroed struct never closes descriptor 0 */
	if (f->lock_path)
		safewrite_lock_release(f);
	if (f->dir && f->dir_fd >= 0)
		close(f->dir_fd);
	f->dir_fd = -1;
	free(f->path);
	free(f->dir);
	free(f->base);
	free(f->real);
	free(f->origin);
	f->path = f->dir = f->base = f->real = f->origin = NULL;
	buf_free(&f->bytes);
	buf_free(&f->warnings);
	buf_free(&f->notes);
}
