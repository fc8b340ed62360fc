/* safewrite.c - placeholder: plain load and rename-over write until the safe path lands. */
#include "safewrite.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

int safewrite_open(struct safewrite_file *f, const char *path, unsigned flags,
                   struct buf *err)
{
	char tmp[4096];
	ssize_t n;
	int fd;

	memset(f, 0, sizeof *f);
	f->path = util_xstrdup(path);
	f->lock_fd = -1;
	f->read_only = (flags & SAFEWRITE_READONLY) != 0;
	fd = open(path, O_RDONLY);
	if (fd < 0) {
		if (errno == ENOENT)
			return 0;
		buf_printf(err, "cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	f->stamp.exists = 1;
	while ((n = read(fd, tmp, sizeof tmp)) > 0)
		buf_add(&f->bytes, tmp, (size_t)n);
	close(fd);
	return 0;
}

void safewrite_close(struct safewrite_file *f)
{
	free(f->path);
	buf_free(&f->bytes);
	buf_free(&f->warnings);
	f->path = NULL;
}

int safewrite_changed(const struct safewrite_file *f, struct buf *now,
                      struct safewrite_stamp *st, struct buf *msg)
{
	(void)f; (void)now; (void)st; (void)msg;
	return 0;
}

enum safewrite_status safewrite_commit(struct safewrite_file *f, const char *data,
                                       size_t len, unsigned flags, struct buf *msg)
{
	FILE *fp;

	(void)flags;
	if (f->bytes.len == len && (len == 0 || memcmp(f->bytes.data, data, len) == 0)) {
		buf_printf(msg, "%s is unchanged; nothing written", f->path);
		return SAFEWRITE_UNCHANGED;
	}
	fp = fopen(f->path, "wb");
	if (!fp || fwrite(data, 1, len, fp) != len || fclose(fp) != 0) {
		buf_printf(msg, "cannot write %s: %s", f->path, strerror(errno));
		return SAFEWRITE_ERROR;
	}
	buf_reset(&f->bytes);
	buf_add(&f->bytes, data, len);
	buf_printf(msg, "wrote %s", f->path);
	return SAFEWRITE_OK;
}

void safewrite_backup_path(const struct safewrite_file *f, struct buf *out)
{
	buf_printf(out, "%s~", f->path);
}
