/* swtool.c - drives safewrite from shell tests: load a file, commit bytes, hold the lock, clean up. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "file/safewrite.h"

/* Exit codes, so that a test can tell outcomes apart even when an injected
 * fault eats the program's own output. */
enum {
	SWTOOL_OK = 0,
	SWTOOL_UNCHANGED = 10,
	SWTOOL_CONFLICT = 11,
	SWTOOL_ERROR = 12,
	SWTOOL_OPEN_FAILED = 13,
	SWTOOL_USAGE = 64
};

static void swtool_out(const struct buf *b)
{
	size_t off = 0;

	/* one write where possible: tests inject faults by write count */
	while (off < b->len) {
		ssize_t n = write(1, b->data + off, b->len - off);

		if (n <= 0) {
			if (n < 0 && errno == EINTR)
				continue;
			return;
		}
		off += (size_t)n;
	}
}

static int swtool_slurp(const char *path, struct buf *out)
{
	char tmp[8192];
	ssize_t n;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return -1;
	while ((n = read(fd, tmp, sizeof tmp)) > 0)
		buf_add(out, tmp, (size_t)n);
	close(fd);
	return n < 0 ? -1 : 0;
}

static unsigned swtool_flags(int argc, char **argv, int from, unsigned *open_flags)
{
	unsigned f = 0;
	int i;

	for (i = from; i < argc; i++) {
		if (strcmp(argv[i], "force") == 0)
			f |= SAFEWRITE_FORCE;
		else if (strcmp(argv[i], "nobackup") == 0)
			f |= SAFEWRITE_NOBACKUP;
		else if (strcmp(argv[i], "mkdir") == 0)
			f |= SAFEWRITE_MKDIR;
		else if (strcmp(argv[i], "nolock") == 0)
			*open_flags |= SAFEWRITE_NOLOCK;
		else if (strcmp(argv[i], "ro") == 0)
			*open_flags |= SAFEWRITE_READONLY;
	}
	return f;
}

static void swtool_describe(const struct safewrite_file *f, struct buf *out)
{
	buf_printf(out, "exists=%d\nread_only=%d\nwhy=%s\nlock_holder=%ld\nlocked=%d\n"
	           "lock_path=%s\n", f->stamp.exists, f->read_only, f->read_only_why,
	           (long)f->lock_holder, f->lock_fd >= 0, f->lock_path ? f->lock_path : "");
	buf_printf(out, "warnings:\n%s", f->warnings.data ? f->warnings.data : "");
}

static int swtool_commit(struct safewrite_file *f, const char *newfile, unsigned flags,
                         struct buf *out)
{
	static const char *names[] = {"ok", "unchanged", "conflict", "error"};
	static const int codes[] = {SWTOOL_OK, SWTOOL_UNCHANGED, SWTOOL_CONFLICT, SWTOOL_ERROR};
	struct buf data = {0}, msg = {0};
	enum safewrite_status st;

	if (swtool_slurp(newfile, &data) != 0) {
		buf_printf(out, "cannot read %s\n", newfile);
		return SWTOOL_USAGE;
	}
	st = safewrite_commit(f, data.data ? data.data : "", data.len, flags, &msg);
	buf_printf(out, "status=%s\nmsg=%s\nbackup=%s\n", names[st], msg.data ? msg.data : "",
	           f->backup);
	buf_free(&data);
	buf_free(&msg);
	return codes[st];
}

int main(int argc, char **argv)
{
	struct safewrite_file f;
	struct buf out = {0}, err = {0};
	unsigned oflags = 0, cflags;
	int rc = SWTOOL_OK;
	const char *cmd = argc > 1 ? argv[1] : "";

	if (argc < 3) {
		fprintf(stderr, "usage: swtool load|commit|hold|stale PATH [NEWFILE] [flags]\n");
		return SWTOOL_USAGE;
	}
	cflags = swtool_flags(argc, argv, 3, &oflags);
	if (safewrite_open(&f, argv[2], oflags, &err) != 0) {
		buf_printf(&out, "open failed: %s\n", err.data);
		swtool_out(&out);
		buf_free(&out);
		buf_free(&err);
		return SWTOOL_OPEN_FAILED;
	}
	if (strcmp(cmd, "load") == 0) {
		swtool_describe(&f, &out);
	} else if (strcmp(cmd, "commit") == 0 && argc > 3) {
		rc = swtool_commit(&f, argv[3], cflags, &out);
	} else if (strcmp(cmd, "hold") == 0) {
		char c;

		/* take the lock, optionally save once, then keep it until stdin
		 * ends; an 's' on stdin removes the leftovers it can prove */
		if (argc > 3 && strcmp(argv[3], "-") != 0)
			rc = swtool_commit(&f, argv[3], cflags, &out);
		buf_printf(&out, "holding pid=%ld locked=%d\n", (long)getpid(), f.lock_fd >= 0);
		swtool_out(&out);
		buf_reset(&out);
		while (read(0, &c, 1) > 0) {
			struct buf msg = {0};

			if (c != 's')
				continue;
			safewrite_stale_remove(&f, &msg);
			buf_printf(&out, "stale: %s\n", msg.data);
			swtool_out(&out);
			buf_reset(&out);
			buf_free(&msg);
		}
	} else if (strcmp(cmd, "stale") == 0) {
		struct buf list = {0}, msg = {0};
		size_t n = safewrite_stale_list(&f, &list);

		buf_printf(&out, "stale=%zu\n%s", n, list.data ? list.data : "");
		if (n && safewrite_stale_remove(&f, &msg) < 0)
			rc = SWTOOL_ERROR;
		if (n)
			buf_printf(&out, "%s\n", msg.data);
		buf_free(&list);
		buf_free(&msg);
	} else {
		buf_printf(&out, "unknown command %s\n", cmd);
		rc = SWTOOL_USAGE;
	}
	swtool_out(&out);
	safewrite_close(&f);
	buf_free(&out);
	buf_free(&err);
	return rc;
}
