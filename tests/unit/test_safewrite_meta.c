/* test_safewrite_meta.c - what safewrite keeps and warns about: owner and mode, stale copies, the saved state, files too big to load. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "file/safewrite.h"
#include "t.h"
#include "base/util.h"

#include "safewrite_test_util.h"

static void test_owner_and_warnings(void)
{
	struct buf d = {0}, p = {0}, b = {0}, h = {0}, err = {0}, msg = {0};
	static const mode_t modes[] = {0640, 0600, 0644};
	struct safewrite_file f;
	struct stat st, bst;
	size_t i;

	casedir("owner", &d);
	join(&p, d.data, "options");
	join(&b, d.data, "options~");
	for (i = 0; geteuid() == 0 && i < sizeof modes / sizeof modes[0]; i++) {
		unlink(b.data);
		put(p.data, "old\n", 4);
		if (chown(p.data, 65534, 65534) != 0 || chmod(p.data, modes[i]) != 0)
			util_die("chown");
		safewrite_open(&f, p.data, 0, &err);
		T_OK(f.stamp.uid == 65534 && f.stamp.mode == modes[i], "owner and mode as loaded");
		buf_reset(&msg);
		T_INTEQ(safewrite_commit(&f, "new\n", 4, 0, &msg), SAFEWRITE_OK, "root saves a nobody file");
		stat(p.data, &st);
		stat(b.data, &bst);
		T_OK(st.st_uid == 65534 && st.st_gid == 65534 && (st.st_mode & 07777) == modes[i],
		     "owner, group and mode %o kept", (unsigned)modes[i]);
		T_OK(bst.st_uid == 65534 && bst.st_gid == 65534 && (bst.st_mode & 07777) == modes[i],
		     "the backup carries owner, group and mode %o", (unsigned)modes[i]);
		safewrite_close(&f);
	}
	if (geteuid() != 0)
		printf("skip: not root, so owner preservation for another user is not tested\n");

	put(p.data, "x\n", 2);
	chmod(p.data, 0666);
	join(&h, d.data, "hardlink");
	unlink(h.data);
	if (link(p.data, h.data) != 0)
		util_die("link");
	safewrite_open(&f, p.data, 0, &err);
	T_INTEQ(f.stamp.mode, 0666, "the mode as loaded");
	T_INTEQ(f.stamp.nlink, 2, "both names counted");
	T_OK(has(&f.warnings, "hard links"), "hard links flagged: %s", f.warnings.data);
	safewrite_close(&f);
	buf_free(&d);
	buf_free(&p);
	buf_free(&b);
	buf_free(&h);
	buf_free(&err);
	buf_free(&msg);
}

static void test_stale(void)
{
	struct buf d = {0}, p = {0}, t = {0}, l = {0}, err = {0}, msg = {0}, list = {0};
	struct safewrite_file f;

	casedir("stale", &d);
	join(&p, d.data, "options");
	put(p.data, "lock\n", 5);
	put(join(&t, d.data, ".options.pppconf-Ab3dE6gH"), "half", 4);
	symlink("options", join(&l, d.data, ".options.pppconf-LinkLink"));
	safewrite_open(&f, p.data, 0, &err);
	T_OK(has(&f.warnings, "interrupted save"), "leftover temp files are reported");
	T_INTEQ(safewrite_stale_list(&f, &list), 2, "both leftovers are listed");
	T_OK(has(&list, ".options.pppconf-Ab3dE6gH"), "by name");
	T_INTEQ(safewrite_stale_remove(&f, &msg), 1, "only the plain file is removed");
	T_OK(access(t.data, F_OK) != 0, "the leftover file is gone");
	T_OK(access(p.data, F_OK) == 0, "the options file is still there");
	T_OK(has(&msg, "left alone"), "the link is left alone: %s", msg.data);
	safewrite_close(&f);
	buf_free(&d);
	buf_free(&p);
	buf_free(&t);
	buf_free(&l);
	buf_free(&err);
	buf_free(&msg);
	buf_free(&list);
}

/* The saved bytes are a copy of safewrite's own: what was loaded, byte for
 * byte, until a save replaces them with what it wrote. */
static void test_saved(void)
{
	struct buf d = {0}, p = {0}, got = {0}, err = {0}, msg = {0}, now = {0};
	struct safewrite_file f;
	static const char text[] = "noauth\r\n\0x\nmtu 1400\n";
	const char *saved;
	size_t len;

	casedir("saved", &d);
	join(&p, d.data, "options");
	put(p.data, text, sizeof text - 1);
	T_INTEQ(safewrite_open(&f, p.data, SAFEWRITE_NOLOCK, &err), 0, "open");
	saved = safewrite_saved(&f, &len);
	T_MEMEQ(saved, len, text, sizeof text - 1, "the saved bytes are the loaded ones");
	T_INTEQ(safewrite_commit(&f, text, sizeof text - 1, 0, &msg), SAFEWRITE_UNCHANGED,
	        "the same bytes written back: unchanged");
	/* same length, one byte different: found by content, not by size */
	put(p.data, "noauth\r\n\0y\nmtu 1400\n", sizeof text - 1);
	T_INTEQ(safewrite_changed(&f, &now, NULL, NULL), 1, "a change on disk is seen");
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "mtu 1500\n", 9, 0, &msg), SAFEWRITE_CONFLICT,
	        "a save over their change is refused");
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "debug\n", 6, SAFEWRITE_FORCE, &msg), SAFEWRITE_OK, "saved");
	saved = safewrite_saved(&f, &len);
	T_MEMEQ(saved, len, "debug\n", 6, "the saved bytes are the written ones");
	get(p.data, &got);
	T_MEMEQ(got.data, got.len, "debug\n", 6, "on disk");
	T_INTEQ(safewrite_changed(&f, NULL, NULL, NULL), 0, "and the disk matches them");
	safewrite_close(&f);
	buf_free(&now);
	buf_free(&d);
	buf_free(&p);
	buf_free(&got);
	buf_free(&err);
	buf_free(&msg);
}

/* A sparse file of `size` bytes at path; 0 when this file system cannot
 * make one cheaply (then the case is skipped). */
static int sparse(const char *path, off_t size)
{
	struct stat st;
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || ftruncate(fd, size) != 0 || close(fd) != 0 || stat(path, &st) != 0)
		util_die("cannot make %s", path);
	return st.st_blocks < 2048;
}

/* More than UTIL_MAX_FILE bytes is not an options file: refused from its
 * size before a byte is read, for a file and for a stream alike. */
static void test_too_big(void)
{
	struct buf d = {0}, p = {0}, err = {0}, got = {0};
	struct safewrite_file f;
	int fd;

	casedir("big", &d);
	join(&p, d.data, "options");
	if (!sparse(p.data, (off_t)250 << 20)) {
		printf("skip: no sparse files here, so the size limit is not tested\n");
		buf_free(&d);
		buf_free(&p);
		return;
	}
	T_INTEQ(safewrite_open(&f, p.data, 0, &err), -1, "250 MiB is refused");
	T_OK(has(&err, "is not an options file: it is 250 MiB, more than pppconf loads (16 MiB)"),
	     "the sentence gives both sizes: %s", err.data);
	sparse(p.data, (off_t)UTIL_MAX_FILE + 1);
	buf_reset(&err);
	T_INTEQ(safewrite_open(&f, p.data, 0, &err), -1, "one byte over the limit is refused");
	T_OK(has(&err, "it is 16.1 MiB, more than"), "never said as the limit itself: %s",
	     err.data);
	sparse(p.data, (off_t)UTIL_MAX_FILE);
	T_INTEQ(safewrite_open(&f, p.data, SAFEWRITE_NOLOCK, &err), 0, "the limit itself loads");
	T_INTEQ(f.bytes.len, UTIL_MAX_FILE, "all of it");
	safewrite_close(&f);

	sparse(p.data, (off_t)UTIL_MAX_FILE + 4096);
	fd = open(p.data, O_RDONLY);
	buf_reset(&err);
	T_INTEQ(safewrite_read_stream(fd, "standard input", &got, &err), -1,
	        "a stream that is a large file is refused");
	T_OK(has(&err, "standard input is not an options file"), "named: %s", err.data);
	T_INTEQ(got.len, 0, "without reading it");
	close(fd);
	put(p.data, "noauth\n", 7);
	fd = open(p.data, O_RDONLY);
	T_INTEQ(safewrite_read_stream(fd, "standard input", &got, &err), 0, "a small one is read");
	T_MEMEQ(got.data, got.len, "noauth\n", 7, "whole");
	close(fd);
	buf_free(&d);
	buf_free(&p);
	buf_free(&err);
	buf_free(&got);
}

int main(void)
{
	sw_begin();
	test_owner_and_warnings();
	test_stale();
	test_saved();
	test_too_big();
	return sw_end();
}
