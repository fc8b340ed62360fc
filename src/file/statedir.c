/* statedir.c - pppconf's state folder: where it is for this user, made and opened safely, and whole-file reads and writes inside it. */
#include "file/statedir.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"
#include "file/safewrite_sys.h"

void statedir_root(struct buf *out)
{
	const char *env = getenv(STATEDIR_ENV), *xdg, *home;

	if (env && env[0] == '/') {
		buf_adds(out, env);
		return;
	}
	if (geteuid() == 0) {
#ifdef __APPLE__
		buf_adds(out, "/var/db/pppconf");
#else
		buf_adds(out, "/var/lib/pppconf");
#endif
		return;
	}
	xdg = getenv("XDG_STATE_HOME");
	home = getenv("HOME");
	if (xdg && xdg[0] == '/')
		buf_printf(out, "%s/pppconf", xdg);
	else if (home && home[0] == '/')
		buf_printf(out, "%s/.local/state/pppconf", home);
	else
		buf_printf(out, "/tmp/pppconf-state-%ld", (long)geteuid());
}

/* The last folder's name for real_path: <name>.<hash>. */
static void statedir_leaf(const char *real_path, struct buf *out)
{
	uint64_t h = 1469598103934665603ull;
	const char *base = strrchr(real_path, '/');
	size_t i;

	for (i = 0; real_path[i]; i++) {
		h ^= (unsigned char)real_path[i];
		h *= 1099511628211ull;
	}
	base = base ? base + 1 : real_path;
	for (i = 0; base[i] && i < 32; i++) {
		char c = base[i];
		int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		         (c >= '0' && c <= '9') || c == '-' || c == '_';

		buf_addc(out, ok ? c : '_');
	}
	buf_printf(out, ".%016llx", (unsigned long long)h);
}

void statedir_path(const char *real_path, struct buf *out)
{
	statedir_root(out);
	buf_adds(out, "/history/");
	statedir_leaf(real_path, out);
}

/* One of pppconf's own folders, below parent_fd: made when missing (0700),
 * never reached through a link, this user's, closed to others. */
static int statedir_own(int parent_fd, const char *name, const char *shown, int create,
                        struct buf *err)
{
	struct stat st;
	int fd;

	if (create && mkdirat(parent_fd, name, 0700) != 0 && errno != EEXIST) {
		safewrite_sys_reason(err, "cannot create the folder", shown, errno, NULL);
		return -1;
	}
	fd = openat(parent_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		if (errno != ENOENT || create)
			safewrite_sys_reason(err, "cannot open the folder", shown, errno, NULL);
		return -1;
	}
	if (fstat(fd, &st) != 0 || st.st_uid != geteuid()) {
		buf_printf(err, "the folder %s does not belong to this user, so pppconf keeps "
		           "nothing there", shown);
		close(fd);
		return -1;
	}
	if ((st.st_mode & 077) && fchmod(fd, 0700) != 0) {
		safewrite_sys_reason(err, "cannot close the folder to others:", shown, errno, NULL);
		close(fd);
		return -1;
	}
	return fd;
}

/* The folder that holds the root (/var/lib, ~/.local/state): followed as
 * given, made (0700) with its missing parents when creating. */
static int statedir_base(const char *dir, int create, struct buf *err)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	const char *slash;

	if (fd >= 0 || errno != ENOENT || !create) {
		if (fd < 0 && (errno != ENOENT || create))
			safewrite_sys_reason(err, "cannot open the folder", dir, errno, NULL);
		return fd;
	}
	slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		char *up = util_xmemdup(dir, (size_t)(slash - dir));
		int pfd = statedir_base(up, create, err);

		free(up);
		if (pfd < 0)
			return -1;
		close(pfd);
	}
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		safewrite_sys_reason(err, "cannot create the folder", dir, errno, NULL);
		return -1;
	}
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		safewrite_sys_reason(err, "cannot open the folder", dir, errno, NULL);
	return fd;
}

int statedir_open(const char *real_path, int create, struct buf *path, struct buf *err)
{
	struct buf root = { 0 }, leaf = { 0 }, shown = { 0 };
	int fd, sub = -1;

	statedir_root(&root);
	statedir_leaf(real_path, &leaf);
	fd = statedir_base(root.data, create, err);
	if (fd >= 0) {
		buf_printf(&shown, "%s/history", root.data);
		sub = statedir_own(fd, "history", shown.data, create, err);
		close(fd);
	}
	fd = -1;
	if (sub >= 0) {
		buf_printf(&shown, "/%s", leaf.data);
		fd = statedir_own(sub, leaf.data, shown.data, create, err);
		close(sub);
	}
	if (fd >= 0 && path)
		buf_add(path, shown.data, shown.len);
	buf_free(&root);
	buf_free(&leaf);
	buf_free(&shown);
	return fd;
}

int statedir_write(int dir_fd, const char *name, const char *p, size_t n, unsigned mode)
{
	struct buf tmp = { 0 };
	int fd, err;

	buf_printf(&tmp, ".%s.new", name);
	(void)unlinkat(dir_fd, tmp.data, 0);   /* a killed write's */
	fd = openat(dir_fd, tmp.data, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY |
	            O_CLOEXEC, 0600);
	if (fd < 0) {
		err = errno;
		buf_free(&tmp);
		return err;
	}
	err = safewrite_sys_write_all(fd, p, n);
	if (!err && fchmod(fd, (mode_t)(mode & 0777)) != 0)
		err = errno;
	if (!err)
		err = safewrite_sys_sync(fd);
	if (close(fd) != 0 && !err && errno != EINTR)
		err = errno;
	if (!err && renameat(dir_fd, tmp.data, dir_fd, name) != 0)
		err = errno;
	if (err)
		(void)unlinkat(dir_fd, tmp.data, 0);
	buf_free(&tmp);
	return err;
}

int statedir_read(int dir_fd, const char *name, struct buf *out)
{
	int fd = openat(dir_fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat st;
	int err;

	if (fd < 0)
		return errno;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return EINVAL;
	}
	err = safewrite_sys_read_all(fd, out, (long)UTIL_MAX_FILE);
	close(fd);
	return err;
}
