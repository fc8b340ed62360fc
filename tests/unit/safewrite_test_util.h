/* safewrite_test_util.h - shared by the safewrite tests: a fresh folder per case, and reading and writing whole files. */
#ifndef PPPCONF_SAFEWRITE_TEST_UTIL_H
#define PPPCONF_SAFEWRITE_TEST_UTIL_H

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/util.h"
#include "t.h"

#ifdef __APPLE__
#define MTIM(st) ((st).st_mtimespec)
#define CTIM(st) ((st).st_ctimespec)
#else
#define MTIM(st) ((st).st_mtim)
#define CTIM(st) ((st).st_ctim)
#endif

static char top[] = "/tmp/pppconf-sw.XXXXXX";

/* A fresh directory per case, so cases cannot see each other's files. */
static inline const char *casedir(const char *name, struct buf *out)
{
	buf_reset(out);
	buf_printf(out, "%s/%s", top, name);
	if (mkdir(out->data, 0755) != 0)
		util_die("mkdir %s: %s", out->data, strerror(errno));
	return out->data;
}

static inline const char *join(struct buf *out, const char *dir, const char *name)
{
	buf_reset(out);
	buf_printf(out, "%s/%s", dir, name);
	return out->data;
}

static inline void put(const char *path, const char *p, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || write(fd, p, n) != (ssize_t)n || close(fd) != 0)
		util_die("cannot write %s", path);
}

static inline int get(const char *path, struct buf *out)
{
	char tmp[4096];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_NOFOLLOW);

	buf_reset(out);
	if (fd < 0)
		return -1;
	while ((n = read(fd, tmp, sizeof tmp)) > 0)
		buf_add(out, tmp, (size_t)n);
	close(fd);
	return 0;
}

static inline int has(const struct buf *b, const char *needle)
{
	return b->data && strstr(b->data, needle) != NULL;
}

static inline int same_time(struct timespec a, struct timespec b)
{
	return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

/* Makes the top folder and points pppconf's state there. */
static inline void sw_begin(void)
{
	if (!mkdtemp(top))
		util_die("mkdtemp: %s", strerror(errno));
	t_state_dir(top);
}

/* Removes the top folder; the tests' result. */
static inline int sw_end(void)
{
	struct buf rm = {0};

	buf_printf(&rm, "rm -rf '%s'", top);
	if (system(rm.data) != 0)
		printf("could not remove %s\n", top);
	buf_free(&rm);
	return t_done();
}

#endif
