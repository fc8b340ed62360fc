/* safewrite_load.c - reading the file the way pppd would, and telling whether it changed on disk since it was loaded. */
#include "file/safewrite.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file/safewrite_int.h"
#include "file/safewrite_sys.h"

/* pppd options files are a few kilobytes; anything this big is not one.
 * (It stays far below DOC_MAX_BYTES, the most a document can hold.) */
#define SW_MAX_SIZE (64L * 1024 * 1024)

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
}

const char *safewrite_saved(const struct safewrite_file *f, size_t *len)
{
	const struct buf *b = f->lent ? f->lent : &f->bytes;

	*len = b->len;
	return b->data ? b->data : "";
}

void safewrite_lend(struct safewrite_file *f, const struct buf *holder)
{
	buf_free(&f->bytes);   /* moved to the holder: nothing is left here */
	f->lent = holder;
}

void safewrite_reclaim(struct safewrite_file *f)
{
	const struct buf *b = f->lent;

	if (!b)
		return;
	f->lent = NULL;
	buf_reset(&f->bytes);
	buf_add(&f->bytes, b->data ? b->data : "", b->len);
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
int safewrite_load_look(const struct safewrite_file *f, struct safewrite_seen *seen,
                        struct buf *why)
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
