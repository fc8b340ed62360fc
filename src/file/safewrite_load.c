/* safewrite_load.c - reading the file the way pppd would, and telling whether it changed on disk since it was loaded. */
#include "file/safewrite.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"
#include "file/safewrite_int.h"
#include "file/safewrite_sys.h"

void safewrite_load_stamp(struct safewrite_stamp *s, int exists, const struct stat *st)
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
	s->nlink = (unsigned long)st->st_nlink;
}

const char *safewrite_saved(const struct safewrite_file *f, size_t *len)
{
	*len = f->bytes.len;
	return f->bytes.data ? f->bytes.data : "";
}

int safewrite_read_stream(int fd, const char *label, struct buf *out, struct buf *err)
{
	struct stat st;
	int e;

	/* a file given as standard input: its size says it all before reading */
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (uintmax_t)st.st_size > UTIL_MAX_FILE) {
		safewrite_sys_too_big(err, label, (uintmax_t)st.st_size);
		return -1;
	}
	e = safewrite_sys_read_all(fd, out, (long)UTIL_MAX_FILE);
	if (e == EFBIG) {
		safewrite_sys_too_big(err, label, 0);
		return -1;
	}
	if (e) {
		safewrite_sys_reason(err, "cannot read", label, e, NULL);
		return -1;
	}
	return 0;
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

/* A regular file no larger than UTIL_MAX_FILE: else -1 with a sentence. */
static int sw_acceptable(const struct safewrite_file *f, const struct stat *st,
                         struct buf *why)
{
	if (!S_ISREG(st->st_mode)) {
		safewrite_sys_not_regular(why, f->path, st->st_mode);
		return -1;
	}
	if ((uintmax_t)st->st_size > UTIL_MAX_FILE) {
		safewrite_sys_too_big(why, f->path, (uintmax_t)st->st_size);
		return -1;
	}
	return 0;
}

/* Opens the name (O_NONBLOCK, so that a FIFO swapped in since the lstat
 * cannot hang us), judges it by fstat before reading a byte, and reads it
 * whole. 0 read, with its stat after reading in *after; 1 the name vanished
 * meanwhile (look again); -1 with a sentence in *why. */
static int sw_read(const struct safewrite_file *f, int dfd, struct safewrite_seen *seen,
                   struct stat *after, struct buf *why)
{
	int fd, err, flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC;

	fd = openat(dfd, f->base, flags | (seen->is_link ? 0 : O_NOFOLLOW));
	if (fd < 0) {
		if (errno == ENOENT || errno == ELOOP)
			return 1;
		safewrite_sys_reason(why, "cannot read", f->path, errno, NULL);
		return -1;
	}
	if (fstat(fd, &seen->st) != 0) {
		safewrite_sys_reason(why, "cannot read", f->path, errno, NULL);
		close(fd);
		return -1;
	}
	if (sw_acceptable(f, &seen->st, why) != 0) {
		close(fd);
		return -1;
	}
	/* a regular file: reads may wait for the disk like any other's */
	(void)fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	buf_reset(&seen->bytes);
	err = safewrite_sys_read_all(fd, &seen->bytes, (long)UTIL_MAX_FILE);
	if (err == EFBIG)   /* it grew while being read */
		safewrite_sys_too_big(why, f->path, 0);
	else if (err)
		safewrite_sys_reason(why, "cannot read", f->path, err, NULL);
	if (!err && fstat(fd, after) != 0)
		*after = seen->st;
	close(fd);
	return err ? -1 : 0;
}

/* Looks at the file the way pppd would read it: through a symbolic link,
 * refusing anything that is not a regular file, or larger than
 * UTIL_MAX_FILE, before reading a byte. 0 with *seen filled, or -1 with a
 * sentence in *why. */
int safewrite_load_look(const struct safewrite_file *f, struct safewrite_seen *seen,
                        struct buf *why)
{
	struct stat lst, after;
	int dfd, owned, tries, r = 0;

	seen->exists = seen->is_link = 0;
	buf_reset(&seen->bytes);
	dfd = sw_dirfd(f, &owned);
	if (dfd < 0)
		return 0;
	for (tries = 0; tries < 5; tries++) {
		if (fstatat(dfd, f->base, &lst, AT_SYMLINK_NOFOLLOW) != 0) {
			if (errno != ENOENT) {
				safewrite_sys_reason(why, "cannot look at", f->path, errno, NULL);
				r = -1;
			}
			break;
		}
		seen->is_link = S_ISLNK(lst.st_mode);
		if (seen->is_link && fstatat(dfd, f->base, &lst, 0) != 0) {
			if (errno != ENOENT) { /* ENOENT: a link to nothing */
				safewrite_sys_reason(why, "cannot follow the link", f->path, errno,
				                     NULL);
				r = -1;
			}
			break;
		}
		if ((r = sw_acceptable(f, &lst, why)) != 0)
			break;
		if ((r = sw_read(f, dfd, seen, &after, why)) < 0)
			break;
		/* r == 0, and a writer caught in the middle: read again until it
		 * holds still */
		if (r == 0 && (off_t)seen->bytes.len == after.st_size &&
		    after.st_size == seen->st.st_size &&
		    safewrite_sys_same_time(SAFEWRITE_SYS_MTIM(after), SAFEWRITE_SYS_MTIM(seen->st)) &&
		    safewrite_sys_same_time(SAFEWRITE_SYS_CTIM(after), SAFEWRITE_SYS_CTIM(seen->st))) {
			seen->exists = 1;
			break;
		}
		r = 0;
	}
	if (r == 0 && tries == 5) {
		buf_printf(why, "cannot read %s: it keeps changing while being read", f->path);
		r = -1;
	}
	if (!seen->exists)
		buf_reset(&seen->bytes);
	if (owned)
		close(dfd);
	return r;
}

/* Whether what is on disk now differs from what we loaded, with a sentence
 * saying how. Identity and content are compared, never timestamps alone. */
int safewrite_load_differs(const struct safewrite_file *f, const struct safewrite_seen *s,
                           struct buf *msg)
{
	size_t saved_len;
	const char *saved = safewrite_saved(f, &saved_len);

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
	if (s->bytes.len != saved_len ||
	    (saved_len && memcmp(s->bytes.data, saved, saved_len) != 0)) {
		buf_printf(msg, "%s was changed by another program after pppconf loaded it", f->path);
		return 1;
	}
	return 0;
}

int safewrite_changed(const struct safewrite_file *f, struct buf *now,
                      struct safewrite_stamp *st, struct buf *msg)
{
	struct safewrite_seen s;
	struct buf why = {0};
	int r;

	memset(&s, 0, sizeof s);
	if (safewrite_load_look(f, &s, &why) != 0) {
		if (msg)
			buf_add(msg, why.data, why.len);
		buf_free(&why);
		buf_free(&s.bytes);
		return -1;
	}
	r = safewrite_load_differs(f, &s, &why);
	if (now) {
		buf_reset(now);
		buf_add(now, s.bytes.data, s.bytes.len);
	}
	if (st)
		safewrite_load_stamp(st, s.exists, &s.st);
	if (msg)
		buf_add(msg, why.data, why.len);
	buf_free(&why);
	buf_free(&s.bytes);
	return r;
}
