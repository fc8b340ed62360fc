/* safewrite.c - load a system file, and replace it atomically: backup, temp file, owner and mode kept, synced. */
/* realpath() and the sticky bit are in POSIX's XSI part, which glibc hides
 * under plain _POSIX_C_SOURCE. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include "safewrite.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "safewrite_sys.h"
#include "util.h"

/* pppd options files are a few kilobytes; anything this big is not one. */
#define SW_MAX_SIZE (64L * 1024 * 1024)

/* The file as found on disk at one moment. */
struct sw_seen {
	int exists;            /* a regular file is there (through a link if is_link) */
	int is_link;           /* the name itself is a symbolic link */
	struct stat st;
	struct buf bytes;
};

/* Writes a one-sentence reason into a fixed field, never overflowing it. */
static void sw_set_ro(struct safewrite_file *f, const char *fmt, const char *a, const char *b)
{
	if (f->read_only && f->read_only_why[0])
		return;
	f->read_only = 1;
	snprintf(f->read_only_why, sizeof f->read_only_why, fmt, a, b ? b : "");
}

static void sw_stamp(struct safewrite_stamp *s, int exists, const struct stat *st)
{
	memset(s, 0, sizeof *s);
	s->exists = exists;
	if (!exists)
		return;
	s->dev = st->st_dev;
	s->ino = st->st_ino;
	s->size = st->st_size;
	s->mtime = SAFEWRITE_SYS_MTIM(*st);
	s->ctime = SAFEWRITE_SYS_CTIM(*st);
	s->uid = st->st_uid;
	s->gid = st->st_gid;
	s->mode = st->st_mode & 07777;
}

/* The directory's descriptor: ours, or a fresh one when the directory did
 * not exist at load (someone may have created it since). -1 if still none. */
static int sw_dirfd(const struct safewrite_file *f, int *owned)
{
	*owned = 0;
	if (f->dir_fd >= 0)
		return f->dir_fd;
	if (!f->dir)
		return -1;
	{
		int fd = open(f->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

		if (fd >= 0)
			*owned = 1;
		return fd;
	}
}

/* Looks at the file the way pppd would read it: through a symbolic link,
 * refusing anything that is not a regular file, never blocking on a FIFO
 * (checked with lstat before opening, and opened O_NONBLOCK in case it was
 * swapped in between). 0 with *seen filled, or -1 with a sentence in *why. */
static int sw_look(const struct safewrite_file *f, struct sw_seen *seen, struct buf *why)
{
	struct stat lst, after;
	int dfd, owned, fd = -1, tries, flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;

	seen->exists = seen->is_link = 0;
	buf_reset(&seen->bytes);
	dfd = sw_dirfd(f, &owned);
	if (dfd < 0)
		return 0;
	for (tries = 0; tries < 5; tries++) {
		int err;

		if (fstatat(dfd, f->base, &lst, AT_SYMLINK_NOFOLLOW) != 0) {
			if (errno == ENOENT)
				break;
			safewrite_sys_reason(why, "cannot look at", f->path, errno, NULL);
			goto fail;
		}
		seen->is_link = S_ISLNK(lst.st_mode);
		if (seen->is_link && fstatat(dfd, f->base, &lst, 0) != 0) {
			if (errno == ENOENT) /* a link to nothing */
				break;
			safewrite_sys_reason(why, "cannot follow the link", f->path, errno, NULL);
			goto fail;
		}
		if (!S_ISREG(lst.st_mode)) {
			safewrite_sys_not_regular(why, f->path, lst.st_mode);
			goto fail;
		}
		if (lst.st_size > SW_MAX_SIZE) {
			buf_printf(why, "%s is %lld bytes long, far too big for a pppd options file; "
			           "pppconf will not load it", f->path, (long long)lst.st_size);
			goto fail;
		}
		fd = openat(dfd, f->base, flags | (seen->is_link ? 0 : O_NOFOLLOW));
		if (fd < 0) {
			if (errno == ENOENT || errno == ELOOP)
				continue; /* replaced while we looked: look again */
			safewrite_sys_reason(why, "cannot read", f->path, errno, NULL);
			goto fail;
		}
		if (fstat(fd, &seen->st) != 0) {
			safewrite_sys_reason(why, "cannot read", f->path, errno, NULL);
			goto fail;
		}
		if (!S_ISREG(seen->st.st_mode)) {
			safewrite_sys_not_regular(why, f->path, seen->st.st_mode);
			goto fail;
		}
		buf_reset(&seen->bytes);
		err = safewrite_sys_read_all(fd, &seen->bytes, SW_MAX_SIZE);
		if (err) {
			safewrite_sys_reason(why, "cannot read", f->path, err, NULL);
			goto fail;
		}
		if (fstat(fd, &after) != 0)
			after = seen->st;
		close(fd);
		fd = -1;
		/* a writer caught in the middle: read again until it holds still */
		if ((off_t)seen->bytes.len == after.st_size && after.st_size == seen->st.st_size &&
		    safewrite_sys_same_time(SAFEWRITE_SYS_MTIM(after), SAFEWRITE_SYS_MTIM(seen->st)) &&
		    safewrite_sys_same_time(SAFEWRITE_SYS_CTIM(after), SAFEWRITE_SYS_CTIM(seen->st))) {
			seen->exists = 1;
			break;
		}
	}
	if (tries == 5) {
		buf_printf(why, "cannot read %s: it keeps changing while being read", f->path);
		goto fail;
	}
	if (!seen->exists)
		buf_reset(&seen->bytes);
	if (owned)
		close(dfd);
	return 0;
fail:
	if (fd >= 0)
		close(fd);
	if (owned)
		close(dfd);
	return -1;
}

/* Whether what is on disk now differs from what we loaded, with a sentence
 * saying how. Identity and content are compared, never timestamps alone. */
static int sw_differs(const struct safewrite_file *f, const struct sw_seen *s, struct buf *msg)
{
	if (!f->stamp.exists && !s->exists)
		return 0;
	if (!f->stamp.exists) {
		buf_printf(msg, "%s was created by another program after pppconf loaded it", f->path);
		return 1;
	}
	if (!s->exists) {
		buf_printf(msg, "%s was removed by another program after pppconf loaded it", f->path);
		return 1;
	}
	if (s->st.st_dev != f->stamp.dev || s->st.st_ino != f->stamp.ino) {
		buf_printf(msg, "%s was replaced by another file (an editor or a script saved "
		           "over it) after pppconf loaded it", f->path);
		return 1;
	}
	if (s->bytes.len != f->bytes.len ||
	    (s->bytes.len && memcmp(s->bytes.data, f->bytes.data, s->bytes.len) != 0)) {
		buf_printf(msg, "%s was changed by another program after pppconf loaded it", f->path);
		return 1;
	}
	return 0;
}

int safewrite_changed(const struct safewrite_file *f, struct buf *now,
                      struct safewrite_stamp *st, struct buf *msg)
{
	struct sw_seen s;
	struct buf why = {0};
	int r;

	memset(&s, 0, sizeof s);
	if (sw_look(f, &s, &why) != 0) {
		if (msg)
			buf_add(msg, why.data, why.len);
		buf_free(&why);
		buf_free(&s.bytes);
		return -1;
	}
	r = sw_differs(f, &s, &why);
	if (now) {
		buf_reset(now);
		buf_add(now, s.bytes.data, s.bytes.len);
	}
	if (st)
		sw_stamp(st, s.exists, &s.st);
	if (msg)
		buf_add(msg, why.data, why.len);
	buf_free(&why);
	buf_free(&s.bytes);
	return r;
}

/* Why this user cannot write here, if that is so: permission, a read-only
 * file system, an immutable flag, or a file someone else owns. */
static void sw_decide(struct safewrite_file *f, const struct sw_seen *s)
{
	const char *sudo = geteuid() == 0 ? "" : ": run pppconf with sudo to save it";

	if (f->dir_fd >= 0 && faccessat(f->dir_fd, ".", W_OK | X_OK, AT_EACCESS) != 0) {
		if (errno == EROFS)
			sw_set_ro(f, "%s is on a read-only file system", f->dir, NULL);
		else if (errno == EPERM && geteuid() == 0)
			sw_set_ro(f, "the directory %s is marked immutable, so no file in it can be "
			          "replaced", f->dir, NULL);
		else if (errno == EACCES || errno == EPERM)
			sw_set_ro(f, "you may not change files in %s%s", f->dir, sudo);
	}
	if (s->exists && !f->read_only &&
	    faccessat(f->dir_fd, f->base, W_OK, AT_EACCESS) != 0) {
		if (errno == EROFS)
			sw_set_ro(f, "%s is on a read-only file system", f->path, NULL);
		else if (errno == EPERM && geteuid() == 0)
			sw_set_ro(f, "%s is marked immutable (see chattr -i or chflags noschg)",
			          f->path, NULL);
		else if (errno == EACCES || errno == EPERM)
			sw_set_ro(f, "you have no write permission on %s%s", f->path, sudo);
	}
	if (s->exists && !f->read_only && geteuid() != 0 && s->st.st_uid != geteuid())
		sw_set_ro(f, "%s belongs to another user, and only root can save it with its "
		          "owner kept%s", f->path, sudo);
	if (s->exists && !f->read_only && safewrite_sys_immutable(f->dir_fd, f->base, &s->st))
		sw_set_ro(f, "%s is marked immutable or append-only (see chattr -i or chflags "
		          "nouchg), so it cannot be replaced", f->path, NULL);
}

static const char *sw_who_writes(mode_t m)
{
	if ((m & S_IWGRP) && (m & S_IWOTH))
		return "its group and by everyone";
	return (m & S_IWGRP) ? "its group" : "everyone";
}

/* Notes that do not stop editing but that a careful admin wants to see. */
static void sw_warn(struct safewrite_file *f, const struct sw_seen *s)
{
	struct stat dst;
	size_t stale;

	if (f->dir_fd < 0)
		buf_printf(&f->warnings, "the directory %s does not exist yet; pppconf creates "
		           "it only when asked to\n", f->dir);
	if (f->dir_fd >= 0 && fstat(f->dir_fd, &dst) == 0) {
		if ((dst.st_mode & (S_IWGRP | S_IWOTH)) && !(dst.st_mode & S_ISVTX))
			buf_printf(&f->warnings, "the directory %s is writable by %s, who could "
			           "replace the file pppd reads\n", f->dir, sw_who_writes(dst.st_mode));
		if (geteuid() == 0 && dst.st_uid != 0)
			buf_printf(&f->warnings, "the directory %s is owned by uid %ld, not by root\n",
			           f->dir, (long)dst.st_uid);
	}
	if (s->exists) {
		if (s->st.st_mode & (S_IWGRP | S_IWOTH))
			buf_printf(&f->warnings, "%s is writable by %s; whoever can write it "
			           "controls pppd, which runs as root\n", f->path,
			           sw_who_writes(s->st.st_mode));
		if (geteuid() == 0 && s->st.st_uid != 0)
			buf_printf(&f->warnings, "%s is owned by uid %ld, not by root\n", f->path,
			           (long)s->st.st_uid);
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

/* The editing lock; see safewrite_sys_lock for where it lives and why. */
static void sw_lock_take(struct safewrite_file *f)
{
	struct buf key = {0}, why = {0};

	buf_printf(&key, "%s/%s", strcmp(f->dir, "/") == 0 ? "" : f->dir, f->base);
	f->lock_fd = safewrite_sys_lock(key.data, &f->lock_path, &f->lock_holder, &why);
	if (f->lock_fd < 0 && f->lock_holder) {
		char pid[32] = "";

		if (f->lock_holder > 0)
			snprintf(pid, sizeof pid, " (pid %ld)", (long)f->lock_holder);
		sw_set_ro(f, "another pppconf%s is already editing %s; this one stays read-only",
		          pid, f->path);
	} else if (why.len) {
		buf_printf(&f->warnings, "%s%s\n", why.data, f->lock_fd < 0 ?
		           "; another pppconf could edit this file at the same time" : "");
	}
	buf_free(&key);
	buf_free(&why);
}

static void sw_lock_release(struct safewrite_file *f)
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

/* Saving refuses a link, directory, device, FIFO or socket at the name. */
static int sw_refuse_special(const struct safewrite_file *f, struct buf *msg)
{
	struct stat st;

	if (fstatat(f->dir_fd, f->base, &st, AT_SYMLINK_NOFOLLOW) != 0) {
		if (errno == ENOENT)
			return 0;
		safewrite_sys_reason(msg, "cannot save", f->path, errno, NULL);
		return -1;
	}
	if (S_ISLNK(st.st_mode)) {
		struct buf target = {0};

		safewrite_sys_readlink(f->dir_fd, f->base, &target);
		buf_printf(msg, "cannot save %s: it is a symbolic link to %s, and pppconf never "
		           "writes through links (edit the target itself)", f->path, target.data);
		buf_free(&target);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		buf_adds(msg, "cannot save: ");
		safewrite_sys_not_regular(msg, f->path, st.st_mode);
		return -1;
	}
	return 0;
}

/* Whether the name no longer holds the file (or the absence) seen in *s. */
static int sw_moved(int dir_fd, const char *base, const struct sw_seen *s)
{
	struct stat st;

	if (fstatat(dir_fd, base, &st, AT_SYMLINK_NOFOLLOW) != 0)
		return s->exists || errno != ENOENT;
	return !s->exists || st.st_dev != s->st.st_dev || st.st_ino != s->st.st_ino ||
	       st.st_size != s->st.st_size ||
	       !safewrite_sys_same_time(SAFEWRITE_SYS_MTIM(st), SAFEWRITE_SYS_MTIM(s->st)) ||
	       !safewrite_sys_same_time(SAFEWRITE_SYS_CTIM(st), SAFEWRITE_SYS_CTIM(s->st));
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
		buf_printf(err, "%s names a directory, not a file", f->path);
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
		return 0;
	}
	if (!real) {
		safewrite_sys_reason(err, "cannot reach the directory of", f->path, errno, NULL);
		free(dirpart);
		return -1;
	}
	free(dirpart);
	f->dir = real;
	f->dir_fd = open(real, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (f->dir_fd < 0) {
		safewrite_sys_reason(err, "cannot open the directory", real, errno, NULL);
		return -1;
	}
	return 0;
}

int safewrite_open(struct safewrite_file *f, const char *path, unsigned flags,
                   struct buf *err)
{
	struct sw_seen s;

	memset(f, 0, sizeof *f);
	f->lock_fd = -1;
	f->dir_fd = -1;
	memset(&s, 0, sizeof s);
	if (!path || !*path) {
		buf_adds(err, "no file name was given");
		return -1;
	}
	f->path = util_xstrdup(path);
	if (sw_place(f, err) != 0 || sw_look(f, &s, err) != 0) {
		buf_free(&s.bytes);
		safewrite_close(f);
		memset(f, 0, sizeof *f);
		f->lock_fd = f->dir_fd = -1;
		return -1;
	}
	f->bytes = s.bytes;
	sw_stamp(&f->stamp, s.exists, &s.st);
	if (flags & SAFEWRITE_READONLY)
		sw_set_ro(f, "%s was opened read-only%s", f->path, NULL);
	if (s.is_link) {
		struct buf target = {0};

		safewrite_sys_readlink(f->dir_fd, f->base, &target);
		sw_set_ro(f, "%s is a symbolic link to %s; pppconf reads through links but never "
		          "writes through them: edit the target itself", f->path, target.data);
		buf_free(&target);
	}
	sw_decide(f, &s);
	sw_warn(f, &s);
	if (!f->read_only && !(flags & SAFEWRITE_NOLOCK))
		sw_lock_take(f);
	return 0;
}

void safewrite_close(struct safewrite_file *f)
{
	/* descriptors are trusted only alongside their paths, so that closing a
	 * zeroed struct never closes descriptor 0 */
	if (f->lock_path)
		sw_lock_release(f);
	if (f->dir && f->dir_fd >= 0)
		close(f->dir_fd);
	f->dir_fd = -1;
	free(f->path);
	free(f->dir);
	free(f->base);
	f->path = f->dir = f->base = NULL;
	buf_free(&f->bytes);
	buf_free(&f->warnings);
}

void safewrite_backup_path(const struct safewrite_file *f, struct buf *out)
{
	buf_printf(out, "%s~", f->path);
}

/* Creates the missing directory (one level, 0755, root's when we are root)
 * and makes that durable before anything is written into it. */
static int sw_mkdir(struct safewrite_file *f, struct buf *msg)
{
	if (mkdir(f->dir, 0755) != 0 && errno != EEXIST) {
		safewrite_sys_reason(msg, "cannot create the directory", f->dir, errno,
		          "; the file was not saved");
		return -1;
	}
	f->dir_fd = open(f->dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (f->dir_fd < 0) {
		safewrite_sys_reason(msg, "cannot open the new directory", f->dir, errno,
		          "; the file was not saved");
		return -1;
	}
	(void)fchmod(f->dir_fd, 0755); /* whatever the umask said */
	safewrite_sys_sync_parent(f->dir);
	return 0;
}

/* Owner, group and mode for the new file: the current file's, or for a new
 * file 0644 and, when we are root, uid 0 and gid 0 (root:root on Linux,
 * root:wheel on macOS) so that it matches what ppp packages install. */
static void sw_meta(const struct safewrite_file *f, const struct sw_seen *s,
                    struct safewrite_sys_meta *m)
{
	if (s->exists) {
		m->uid = s->st.st_uid;
		m->gid = s->st.st_gid;
		m->mode = s->st.st_mode & 07777;
	} else if (f->stamp.exists) {
		m->uid = f->stamp.uid;
		m->gid = f->stamp.gid;
		m->mode = f->stamp.mode;
	} else {
		m->uid = geteuid() == 0 ? 0 : (uid_t)-1;
		m->gid = geteuid() == 0 ? 0 : (gid_t)-1;
		m->mode = 0644;
	}
	m->mtime = NULL;
}

enum safewrite_status safewrite_commit(struct safewrite_file *f, const char *data,
                                       size_t len, unsigned flags, struct buf *msg)
{
	struct sw_seen s;
	struct safewrite_sys_meta meta, bmeta;
	struct safewrite_sys_guard guard;
	struct buf tmp = {0}, btmp = {0}, bname = {0}, why = {0};
	struct stat now;
	enum safewrite_status ret = SAFEWRITE_ERROR;
	int backup, err;
	const char *step = NULL;

	if (len == f->bytes.len && (len == 0 || memcmp(f->bytes.data, data, len) == 0)) {
		buf_printf(msg, "%s is unchanged; nothing was written", f->path);
		return SAFEWRITE_UNCHANGED;
	}
	if (f->read_only) {
		buf_printf(msg, "cannot save %s: %s", f->path, f->read_only_why);
		return SAFEWRITE_ERROR;
	}
	if (f->dir_fd < 0) {
		if (!(flags & SAFEWRITE_MKDIR)) {
			buf_printf(msg, "cannot save %s: the directory %s does not exist (pppconf "
			           "creates it only when asked to)", f->path, f->dir);
			return SAFEWRITE_ERROR;
		}
		if (sw_mkdir(f, msg) != 0)
			return SAFEWRITE_ERROR;
	}
	if (sw_refuse_special(f, msg) != 0)
		return SAFEWRITE_ERROR;
	memset(&s, 0, sizeof s);
	if (sw_look(f, &s, &why) != 0) {
		buf_printf(msg, "not saved: %s", why.data);
		buf_free(&why);
		buf_free(&s.bytes);
		return SAFEWRITE_ERROR;
	}
	if (sw_differs(f, &s, &why) && !(flags & SAFEWRITE_FORCE)) {
		buf_printf(msg, "%s; your edits were not written (reload to see the other "
		           "change, or save with force to overwrite it)", why.data);
		buf_free(&why);
		buf_free(&s.bytes);
		return SAFEWRITE_CONFLICT;
	}
	buf_free(&why);
	sw_meta(f, &s, &meta);
	backup = s.exists && !(flags & SAFEWRITE_NOBACKUP) && !f->backup[0];
	safewrite_sys_guard_on(&guard);

	/* Both new files are complete and durable before either name changes:
	 * the backup (the file as it is now, same owner, mode and mtime) and the
	 * new content. Then the backup takes its name, then the new content. */
	if (backup) {
		bmeta = meta;
		bmeta.mtime = &SAFEWRITE_SYS_MTIM(s.st);
		err = safewrite_sys_temp_write(f->dir_fd, f->base, s.bytes.data, s.bytes.len,
		                               &bmeta, &btmp, NULL, &step);
		if (err) {
			safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
			buf_printf(msg, " while making the backup (%s); the file was not changed",
			           step);
			goto out;
		}
	}
	err = safewrite_sys_temp_write(f->dir_fd, f->base, data, len, &meta, &tmp, &now, &step);
	if (err) {
		safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
		buf_printf(msg, " while %s; the file was not changed", step);
		goto out;
	}
	/* a last, cheap look: the same file still sits under the name */
	if (!(flags & SAFEWRITE_FORCE) && sw_moved(f->dir_fd, f->base, &s)) {
		buf_printf(msg, "%s was changed by another program while pppconf was saving it; "
		           "your edits were not written", f->path);
		ret = SAFEWRITE_CONFLICT;
		goto out;
	}
	if (backup) {
		buf_printf(&bname, "%s~", f->base);
		err = safewrite_sys_rename(f->dir_fd, btmp.data, bname.data, 1);
		if (err) {
			safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
			buf_printf(msg, " while putting the backup %s~ in place; the file was not "
			           "changed", f->path);
			goto out;
		}
		buf_reset(&btmp);
		snprintf(f->backup, sizeof f->backup, "%s~", f->path);
	}
	err = safewrite_sys_rename(f->dir_fd, tmp.data, f->base, 0);
	if (err) {
		safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
		buf_adds(msg, " while replacing it; the file was not changed");
		goto out;
	}
	buf_reset(&tmp);
	ret = SAFEWRITE_OK;
	buf_printf(msg, "saved %s", f->path);
	if (backup)
		buf_printf(msg, "; the previous version is in %s", f->backup);
	else if (f->backup[0])
		buf_printf(msg, "; the version from before this session is in %s", f->backup);
	/* the new name is in place: a failure to make it durable is told, but
	 * the save happened and cannot be called off */
	err = safewrite_sys_sync(f->dir_fd);
	if (err && safewrite_sys_sync_unsupported(err)) {
		buf_adds(msg, " (this file system cannot flush directories, so a power cut "
		         "right now could still lose the change)");
	} else if (err) {
		buf_adds(msg, "; but flushing the directory to disk failed: ");
		safewrite_sys_words(msg, err);
	}
	buf_reset(&f->bytes);
	buf_add(&f->bytes, data, len);
	if (fstatat(f->dir_fd, f->base, &s.st, AT_SYMLINK_NOFOLLOW) == 0)
		now = s.st;
	sw_stamp(&f->stamp, 1, &now);
out:
	safewrite_sys_unlink(f->dir_fd, &btmp);
	safewrite_sys_unlink(f->dir_fd, &tmp);
	safewrite_sys_guard_off(&guard);
	buf_free(&btmp);
	buf_free(&tmp);
	buf_free(&bname);
	buf_free(&s.bytes);
	return ret;
}
