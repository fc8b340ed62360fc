/* safewrite_sys.c - the careful system calls behind safewrite: whole reads and writes, syncs, temp files, the lock, reasons in words. */
#include "file/safewrite_sys.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/fs.h>
#include <sys/ioctl.h>
#endif

#include "base/util.h"

/* A root-run editor must never follow a planted link or leak descriptors;
 * a stray feature macro that hides these flags must break the build, not
 * the safety. */
#ifndef O_NOFOLLOW
#error "O_NOFOLLOW is hidden: on macOS build with -D_DARWIN_C_SOURCE"
#endif
#ifndef O_CLOEXEC
#error "O_CLOEXEC is hidden: on macOS build with -D_DARWIN_C_SOURCE"
#endif
#if defined(__APPLE__) && !defined(F_FULLFSYNC)
#error "F_FULLFSYNC is hidden: build with -D_DARWIN_C_SOURCE"
#endif

/* errno values a user may meet while saving, named and said in words. */
static const struct {
	int err;
	const char *name, *words;
} safewrite_sys_errors[] = {
	{EACCES, "EACCES", "permission denied"},
	{EPERM, "EPERM", "operation not permitted"},
	{EROFS, "EROFS", "the file system is mounted read-only"},
	{ENOSPC, "ENOSPC", "disk full"},
#ifdef EDQUOT
	{EDQUOT, "EDQUOT", "disk quota exceeded"},
#endif
	{EIO, "EIO", "input/output error (the disk or the file system reported a fault)"},
	{EXDEV, "EXDEV", "the new file and the old one are on different file systems "
	                 "(is the file a mount point?)"},
	{EBUSY, "EBUSY", "the file is in use as a mount point (bind-mounted?), so it cannot "
	                 "be replaced"},
	{EFBIG, "EFBIG", "the file size limit (ulimit -f) is too small"},
	{ENAMETOOLONG, "ENAMETOOLONG", "the name is too long"},
	{ELOOP, "ELOOP", "a symbolic link is in the way"},
	{ENOTDIR, "ENOTDIR", "a part of the path is not a directory"},
	{EISDIR, "EISDIR", "a directory is in the way"},
	{ENOENT, "ENOENT", "no such file or directory"},
	{EEXIST, "EEXIST", "something else already has that name"},
	{EMLINK, "EMLINK", "too many links"},
	{EMFILE, "EMFILE", "too many open files"},
	{ENFILE, "ENFILE", "too many open files in the system"},
	{ENOMEM, "ENOMEM", "out of memory"},
	{EINVAL, "EINVAL", "the file system refused the request"},
	{ETXTBSY, "ETXTBSY", "the file is busy"},
	{EAGAIN, "EAGAIN", "the resource is temporarily unavailable"},
	{EINTR, "EINTR", "interrupted by a signal"},
};

void safewrite_sys_words(struct buf *out, int err)
{
	size_t i;
	const char *name = NULL, *words = NULL;

	for (i = 0; i < sizeof safewrite_sys_errors / sizeof safewrite_sys_errors[0]; i++)
		if (safewrite_sys_errors[i].err == err) {
			name = safewrite_sys_errors[i].name;
			words = safewrite_sys_errors[i].words;
			break;
		}
	if ((err == EACCES || err == EPERM) && geteuid() != 0)
		buf_adds(out, "permission denied: run pppconf with sudo");
	else if (err == EPERM)
		buf_adds(out, "not permitted even for root (the file or its directory may be "
		         "immutable: see chattr -i, or chflags noschg on macOS)");
	else if (words)
		buf_adds(out, words);
	else
		buf_adds(out, strerror(err));
	if (name)
		buf_printf(out, " (%s)", name);
	else
		buf_printf(out, " (errno %d)", err);
}

void safewrite_sys_reason(struct buf *out, const char *verb, const char *path, int err,
                          const char *tail)
{
	buf_printf(out, "%s %s: ", verb, path);
	safewrite_sys_words(out, err);
	if (tail)
		buf_adds(out, tail);
}

void safewrite_sys_not_regular(struct buf *out, const char *path, mode_t mode)
{
	const char *what = S_ISDIR(mode) ? "a folder" :
	                   S_ISCHR(mode) || S_ISBLK(mode) ? "a device" :
	                   S_ISFIFO(mode) ? "a named pipe (FIFO)" :
	                   S_ISSOCK(mode) ? "a socket" : "not a regular file";

	buf_printf(out, "%s is not an options file: it is %s", path, what);
}

/* Sizes as a person reads them: whole MiB or GiB, else one decimal, rounded
 * up so that a file just over the limit never reads as the limit itself. */
static void safewrite_sys_size(struct buf *out, uintmax_t n)
{
	uintmax_t unit = n >= ((uintmax_t)1 << 30) ? (uintmax_t)1 << 30 : (uintmax_t)1 << 20;
	uintmax_t tenths = (n * 10 + unit - 1) / unit;

	if (n > UINTMAX_MAX / 10)
		tenths = n / unit * 10;
	if (tenths % 10 == 0)
		buf_printf(out, "%ju", tenths / 10);
	else
		buf_printf(out, "%ju.%ju", tenths / 10, tenths % 10);
	buf_adds(out, unit == (uintmax_t)1 << 30 ? " GiB" : " MiB");
}

void safewrite_sys_too_big(struct buf *out, const char *path, uintmax_t size)
{
	buf_printf(out, "%s is not an options file: ", path);
	if (size) {
		buf_adds(out, "it is ");
		safewrite_sys_size(out, size);
		buf_adds(out, ", more than pppconf loads (");
	} else {
		buf_adds(out, "it holds more than pppconf loads (");
	}
	safewrite_sys_size(out, UTIL_MAX_FILE);
	buf_adds(out, ")");
}

int safewrite_sys_read_all(int fd, struct buf *out, long max)
{
	char tmp[16384];
	struct stat st;

	/* A regular file's size is known: room for it at once, then read
	 * straight into it, instead of growing and copying a chunk at a time. */
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size <= max &&
	    (uintmax_t)st.st_size < (uintmax_t)SIZE_MAX / 2 &&
	    out->len + (size_t)st.st_size + 1 > out->cap) {
		out->cap = out->len + (size_t)st.st_size + 1;
		out->data = util_xrealloc(out->data, out->cap);
		out->data[out->len] = '\0';
	}
	for (;;) {
		size_t room = out->cap > out->len + 1 ? out->cap - out->len - 1 : 0;
		ssize_t n = room ? read(fd, out->data + out->len, room) : read(fd, tmp, sizeof tmp);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		if (n == 0)
			return 0;
		if (room) {
			out->len += (size_t)n;
			out->data[out->len] = '\0';
		} else {
			buf_add(out, tmp, (size_t)n);
		}
		if ((long)out->len > max)
			return EFBIG;
	}
}

int safewrite_sys_write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		if (w == 0)
			return ENOSPC;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int safewrite_sys_sync(int fd)
{
#ifdef __APPLE__
	/* plain fsync on macOS leaves the data in the drive's cache */
	if (fcntl(fd, F_FULLFSYNC) == 0)
		return 0;
#endif
	while (fsync(fd) != 0)
		if (errno != EINTR)
			return errno;
	return 0;
}

int safewrite_sys_sync_unsupported(int err)
{
#ifdef EOPNOTSUPP
	if (err == EOPNOTSUPP)
		return 1;
#endif
	return err == EINVAL || err == ENOTSUP;
}

void safewrite_sys_sync_parent(const char *dir)
{
	const char *slash = strrchr(dir, '/');
	char *parent;
	int fd;

	if (!slash)
		return;
	parent = slash == dir ? util_xstrdup("/") : util_xmemdup(dir, (size_t)(slash - dir));
	fd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		(void)safewrite_sys_sync(fd);
		close(fd);
	}
	free(parent);
}

int safewrite_sys_same_time(struct timespec a, struct timespec b)
{
	return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

int safewrite_sys_immutable(int dir_fd, const char *base, const struct stat *st)
{
#if defined(UF_IMMUTABLE) && defined(SF_IMMUTABLE) && defined(UF_APPEND) && defined(SF_APPEND)
	(void)dir_fd;
	(void)base;
	return (st->st_flags & (UF_IMMUTABLE | SF_IMMUTABLE | UF_APPEND | SF_APPEND)) != 0;
#elif defined(__linux__) && defined(FS_IOC_GETFLAGS)
	int fd, attr = 0, r = 0;

	(void)st;
	fd = openat(dir_fd, base, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	if (ioctl(fd, FS_IOC_GETFLAGS, &attr) == 0)
		r = (attr & (FS_IMMUTABLE_FL | FS_APPEND_FL)) != 0;
	close(fd);
	return r;
#else
	(void)dir_fd;
	(void)base;
	(void)st;
	return 0;
#endif
}

void safewrite_sys_readlink(int dir_fd, const char *base, struct buf *out)
{
	char tmp[4096];
	ssize_t n = readlinkat(dir_fd, base, tmp, sizeof tmp);

	if (n < 0)
		buf_adds(out, "?");
	else
		buf_add(out, tmp, (size_t)n);
}

#define SW_TEMP_BASE_MAX 100
#define SW_TEMP_RANDOM 8

void safewrite_sys_temp_prefix(const char *base, struct buf *out)
{
	size_t n = strlen(base);

	buf_addc(out, '.');
	buf_add(out, base, n > SW_TEMP_BASE_MAX ? SW_TEMP_BASE_MAX : n);
	buf_adds(out, ".pppconf-");
}

static int safewrite_sys_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

int safewrite_sys_is_temp(const char *base, const char *name)
{
	struct buf pre = {0};
	size_t i;
	int ok;

	safewrite_sys_temp_prefix(base, &pre);
	ok = strncmp(name, pre.data, pre.len) == 0 && strlen(name) == pre.len + SW_TEMP_RANDOM;
	for (i = pre.len; ok && name[i]; i++)
		ok = safewrite_sys_alnum(name[i]);
	buf_free(&pre);
	return ok;
}

/* Eight letters and digits nobody can guess: /dev/urandom, mixed with the
 * time and pid in case it cannot be read. O_EXCL does the rest. */
static void safewrite_sys_random(char out[SW_TEMP_RANDOM + 1], unsigned salt)
{
	static const char set[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	unsigned char r[SW_TEMP_RANDOM];
	struct timespec ts;
	uint64_t mix;
	int fd, i;

	memset(r, 0, sizeof r);
	fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd >= 0) {
		if (read(fd, r, sizeof r) < 0)
			memset(r, 0, sizeof r);
		close(fd);
	}
	clock_gettime(CLOCK_REALTIME, &ts);
	mix = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^ ((uint64_t)getpid() << 40) ^
	      (uint64_t)salt * 0x9E3779B97F4A7C15ull;
	for (i = 0; i < SW_TEMP_RANDOM; i++) {
		mix = mix * 6364136223846793005ull + 1442695040888963407ull;
		out[i] = set[(r[i] ^ (unsigned)(mix >> 33)) % 62];
	}
	out[SW_TEMP_RANDOM] = 0;
}

int safewrite_sys_temp_write(int dir_fd, const char *base, const char *p, size_t n,
                             const struct safewrite_sys_meta *m, struct buf *name,
                             struct stat *st, const char **step)
{
	struct buf pre = {0};
	struct stat tst;
	int fd = -1, err = 0;
	unsigned i;

	safewrite_sys_temp_prefix(base, &pre);
	*step = "creating a temporary file beside it";
	for (i = 0; i < 100; i++) {
		char r[SW_TEMP_RANDOM + 1];

		safewrite_sys_random(r, i);
		buf_reset(name);
		buf_add(name, pre.data, pre.len);
		buf_adds(name, r);
		fd = openat(dir_fd, name->data,
		            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, 0600);
		if (fd >= 0 || errno != EEXIST)
			break;
	}
	buf_free(&pre);
	if (fd < 0) {
		err = errno;
		buf_reset(name);
		return err;
	}
	*step = "writing to the temporary file";
	err = safewrite_sys_write_all(fd, p, n);
	if (!err) {
		*step = "giving the temporary file the owner of the original";
		if (fstat(fd, &tst) != 0)
			err = errno;
		else if ((geteuid() == 0 || (m->uid != (uid_t)-1 && m->uid != tst.st_uid) ||
		          (m->gid != (gid_t)-1 && m->gid != tst.st_gid)) &&
		         fchown(fd, m->uid, m->gid) != 0)
			err = errno;
	}
	/* after fchown, which may clear set-id bits */
	if (!err) {
		*step = "giving the temporary file the permissions of the original";
		if (fchmod(fd, m->mode) != 0)
			err = errno;
	}
	if (!err && m->mtime) {
		struct timespec ts[2];

		ts[0].tv_sec = 0;
		ts[0].tv_nsec = UTIME_OMIT;
		ts[1] = *m->mtime;
		*step = "setting the modification time of the temporary file";
		if (futimens(fd, ts) != 0)
			err = errno;
	}
	if (!err) {
		*step = "flushing the temporary file to disk";
		err = safewrite_sys_sync(fd);
	}
	if (!err && st && fstat(fd, st) != 0)
		err = errno;
	if (close(fd) != 0 && !err && errno != EINTR) {
		*step = "closing the temporary file";
		err = errno;
	}
	if (err) {
		(void)unlinkat(dir_fd, name->data, 0);
		buf_reset(name);
	}
	return err;
}

int safewrite_sys_rename(int dir_fd, const char *from, const char *to, int sync_after)
{
	int err;

	if (renameat(dir_fd, from, dir_fd, to) != 0)
		return errno;
	if (!sync_after)
		return 0;
	err = safewrite_sys_sync(dir_fd);
	return err && !safewrite_sys_sync_unsupported(err) ? err : 0;
}

void safewrite_sys_unlink(int dir_fd, struct buf *name)
{
	if (name->len)
		(void)unlinkat(dir_fd, name->data, 0);
	buf_reset(name);
}

void safewrite_sys_no_xfsz(void)
{
	struct sigaction ign;

	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	(void)sigaction(SIGXFSZ, &ign, NULL);
}
