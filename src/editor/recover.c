/* recover.c - the recovery file: written when the editor is stopped with unsaved edits, offered back at its next start. */
#include "editor/recover.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "file/safewrite_sys.h"
#include "file/statedir.h"

/* The format, text headers around the raw bytes:
 *   pppconf recovery 1
 *   time <seconds>
 *   base <0|1 the file existed> <length>
 *   <that many bytes>
 *   edited <length>
 *   <that many bytes> */
#define RECOVER_MAGIC "pppconf recovery 1\n"
#define RECOVER_NAME "recovery"

int recover_save(const char *real_path, const char *base, size_t base_len, int base_exists,
                 const char *edited, size_t edited_len, struct buf *where, struct buf *err)
{
	struct buf b = { 0 }, dir = { 0 };
	int fd, e;

	fd = statedir_open(real_path, 1, &dir, err);
	if (fd < 0) {
		buf_free(&dir);
		return -1;
	}
	buf_printf(&b, "%stime %lld\nbase %d %zu\n", RECOVER_MAGIC, (long long)time(NULL),
	           base_exists ? 1 : 0, base_len);
	buf_add(&b, base, base_len);
	buf_printf(&b, "\nedited %zu\n", edited_len);
	buf_add(&b, edited, edited_len);
	buf_addc(&b, '\n');
	e = statedir_write(fd, RECOVER_NAME, b.data, b.len, 0600);
	if (e)
		safewrite_sys_reason(err, "cannot keep the unsaved edits in", dir.data, e, NULL);
	else if (where)
		buf_printf(where, "%s/%s", dir.data, RECOVER_NAME);
	close(fd);
	buf_free(&b);
	buf_free(&dir);
	return e ? -1 : 0;
}

/* Reads "<word> ...\n" at *at into the numbers asked for, moving past it. */
static int recover_header(const struct buf *b, size_t *at, const char *fmt, long long *x,
                          long long *y)
{
	const char *p = b->data + *at, *nl = memchr(p, '\n', b->len - *at);
	char line[80];
	size_t n;

	if (!nl || (n = (size_t)(nl - p)) >= sizeof line)
		return -1;
	memcpy(line, p, n);
	line[n] = '\0';
	if (sscanf(line, fmt, x, y) != (y ? 2 : 1))
		return -1;
	*at += n + 1;
	return 0;
}

/* Takes `len` bytes at *at and the newline after them. */
static int recover_bytes(const struct buf *b, size_t *at, long long len, struct buf *out)
{
	if (len < 0 || (unsigned long long)len >= b->len - *at || b->data[*at + len] != '\n')
		return -1;
	buf_add(out, b->data + *at, (size_t)len);
	*at += (size_t)len + 1;
	return 0;
}

int recover_load(const char *real_path, struct recover *r, struct buf *err)
{
	struct buf b = { 0 }, dir = { 0 };
	size_t at = strlen(RECOVER_MAGIC);
	long long t, ex, n, m;
	int fd, e, ok;

	memset(r, 0, sizeof *r);
	fd = statedir_open(real_path, 0, &dir, err);
	if (fd < 0) {
		buf_free(&dir);
		return err->len ? -1 : 0;
	}
	e = statedir_read(fd, RECOVER_NAME, &b);
	close(fd);
	if (e == ENOENT) {
		buf_free(&dir);
		return 0;
	}
	ok = !e && b.len > at && memcmp(b.data, RECOVER_MAGIC, at) == 0 &&
	     recover_header(&b, &at, "time %lld", &t, NULL) == 0 &&
	     recover_header(&b, &at, "base %lld %lld", &ex, &n) == 0 &&
	     recover_bytes(&b, &at, n, &r->base) == 0 &&
	     recover_header(&b, &at, "edited %lld", &m, NULL) == 0 &&
	     recover_bytes(&b, &at, m, &r->edited) == 0;
	if (!ok) {
		buf_printf(err, "the unsaved edits kept in %s/%s cannot be read back%s", dir.data,
		           RECOVER_NAME, e ? "" : ": it is not a recovery file of this pppconf");
		recover_free(r);
	} else {
		r->time = (time_t)t;
		r->base_exists = ex != 0;
	}
	buf_free(&b);
	buf_free(&dir);
	return ok ? 1 : -1;
}

void recover_discard(const char *real_path)
{
	struct buf err = { 0 };
	int fd = statedir_open(real_path, 0, NULL, &err);

	if (fd >= 0) {
		(void)unlinkat(fd, RECOVER_NAME, 0);
		close(fd);
	}
	buf_free(&err);
}

void recover_free(struct recover *r)
{
	buf_free(&r->base);
	buf_free(&r->edited);
	memset(r, 0, sizeof *r);
}
