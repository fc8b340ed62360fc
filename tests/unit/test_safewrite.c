/* test_safewrite.c - loading, change detection, refusals, backup and lock of safewrite (owner, stale copies, size: test_safewrite_meta.c). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "base/buf.h"
#include "file/safewrite.h"
#include "t.h"
#include "base/util.h"

#include "safewrite_test_util.h"

static void test_load_and_first_save(void)
{
	struct buf d = {0}, p = {0}, q = {0}, got = {0}, err = {0}, msg = {0};
	static const char odd[] = "lock\r\n\0bin\xff\xfe\nnoauth";
	struct safewrite_file f;
	struct stat st;

	casedir("load", &d);
	join(&p, d.data, "options");
	T_INTEQ(safewrite_open(&f, p.data, 0, &err), 0, "a missing file opens");
	T_INTEQ(f.stamp.exists, 0, "missing file: exists is 0");
	T_INTEQ(f.bytes.len, 0, "missing file: no bytes");
	T_INTEQ(f.read_only, 0, "missing file in a writable directory: writable");
	T_INTEQ(safewrite_commit(&f, "lock\n", 5, 0, &msg), SAFEWRITE_OK, "first save creates it");
	T_OK(get(p.data, &got) == 0 && got.len == 5 && memcmp(got.data, "lock\n", 5) == 0,
	     "the new file holds the bytes");
	T_OK(stat(p.data, &st) == 0 && (st.st_mode & 07777) == 0644, "a new file gets mode 0644");
	if (geteuid() == 0)
		T_OK(st.st_uid == 0 && st.st_gid == 0, "a new file made by root is root's");
	T_OK(access(join(&q, d.data, "options~"), F_OK) != 0, "no backup of a file that did not exist");
	T_STREQ(f.backup, "", "no backup recorded");
	T_INTEQ(f.stamp.exists, 1, "after the save the stamp says it exists");
	safewrite_close(&f);

	put(p.data, odd, sizeof odd - 1);
	buf_reset(&err);
	T_INTEQ(safewrite_open(&f, p.data, 0, &err), 0, "binary content opens");
	T_MEMEQ(f.bytes.data, f.bytes.len, odd, sizeof odd - 1, "bytes are loaded exactly");
	T_OK(f.stamp.exists && f.stamp.size == (off_t)(sizeof odd - 1), "stamp size");
	safewrite_close(&f);
	buf_free(&d);
	buf_free(&p);
	buf_free(&q);
	buf_free(&got);
	buf_free(&err);
	buf_free(&msg);
}

static void test_backup_and_unchanged(void)
{
	struct buf d = {0}, p = {0}, b = {0}, got = {0}, err = {0}, msg = {0};
	struct safewrite_file f;
	struct stat before, after, bst;

	casedir("backup", &d);
	join(&p, d.data, "options");
	join(&b, d.data, "options~");
	put(p.data, "old\n", 4);
	chmod(p.data, 0600);
	stat(p.data, &before);
	safewrite_open(&f, p.data, 0, &err);

	T_INTEQ(safewrite_commit(&f, "old\n", 4, 0, &msg), SAFEWRITE_UNCHANGED, "same bytes: unchanged");
	stat(p.data, &after);
	T_OK(after.st_ino == before.st_ino && same_time(MTIM(after), MTIM(before)) &&
	     same_time(CTIM(after), CTIM(before)), "same bytes: inode, mtime and ctime untouched");
	T_OK(access(b.data, F_OK) != 0, "same bytes: no backup made");
	T_OK(has(&msg, "unchanged"), "same bytes: the message says so");

	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "new\n", 4, 0, &msg), SAFEWRITE_OK, "changed bytes are saved");
	T_OK(get(p.data, &got) == 0 && got.len == 4 && memcmp(got.data, "new\n", 4) == 0,
	     "the file holds the new bytes");
	T_OK(get(b.data, &got) == 0 && got.len == 4 && memcmp(got.data, "old\n", 4) == 0,
	     "options~ holds the old bytes");
	T_OK(stat(b.data, &bst) == 0 && (bst.st_mode & 07777) == 0600 &&
	     bst.st_uid == before.st_uid && bst.st_gid == before.st_gid,
	     "the backup has the original's owner, group and mode 0600");
	T_OK(same_time(MTIM(bst), MTIM(before)), "the backup keeps the original's mtime");
	T_OK(stat(p.data, &after) == 0 && (after.st_mode & 07777) == 0600, "mode 0600 kept");
	T_OK(after.st_ino != before.st_ino, "the file was replaced, not rewritten in place");
	T_OK(has(&msg, "options~"), "the message says where the backup is");
	T_OK(strstr(f.backup, "options~") != NULL, "f->backup names it");
	T_OK(f.stamp.ino == after.st_ino, "the stamp follows the new file");

	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "newer\n", 6, 0, &msg), SAFEWRITE_OK, "a second save");
	T_OK(get(b.data, &got) == 0 && got.len == 4 && memcmp(got.data, "old\n", 4) == 0,
	     "the backup still holds the version from before the session");
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "x\n", 2, SAFEWRITE_NOBACKUP, &msg), SAFEWRITE_OK,
	        "save without backup");
	safewrite_close(&f);

	/* a new session with NOBACKUP leaves the old backup alone */
	safewrite_open(&f, p.data, 0, &err);
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "y\n", 2, SAFEWRITE_NOBACKUP, &msg), SAFEWRITE_OK, "NOBACKUP save");
	T_OK(get(b.data, &got) == 0 && got.len == 4, "NOBACKUP: the backup is untouched");
	safewrite_close(&f);
	buf_free(&d);
	buf_free(&p);
	buf_free(&b);
	buf_free(&got);
	buf_free(&err);
	buf_free(&msg);
}

static void test_changes(void)
{
	struct buf d = {0}, p = {0}, o = {0}, got = {0}, err = {0}, msg = {0}, now = {0};
	struct safewrite_file f;
	struct timespec times[2];
	struct stat st;
	int fd;

	casedir("change", &d);
	join(&p, d.data, "options");
	join(&o, d.data, "other");
	put(p.data, "lock\nnoauth\n", 12);
	safewrite_open(&f, p.data, 0, &err);
	T_INTEQ(safewrite_changed(&f, NULL, NULL, NULL), 0, "untouched: not changed");

	/* touch alone changes nothing that matters */
	utimensat(AT_FDCWD, p.data, NULL, 0);
	T_INTEQ(safewrite_changed(&f, NULL, NULL, NULL), 0, "a new mtime alone is not a change");

	/* same size, same mtime, different bytes */
	stat(p.data, &st);
	fd = open(p.data, O_WRONLY);
	if (fd < 0 || pwrite(fd, "LOCK", 4, 0) != 4)
		util_die("pwrite");
	close(fd);
	times[0].tv_sec = 0;
	times[0].tv_nsec = UTIME_OMIT;
	times[1] = f.stamp.mtime; /* as it was at load */
	utimensat(AT_FDCWD, p.data, times, 0);
	stat(p.data, &st);
	T_OK(same_time(MTIM(st), f.stamp.mtime) && st.st_size == f.stamp.size,
	     "the edit kept size and mtime");
	T_INTEQ(safewrite_changed(&f, &now, NULL, &msg), 1, "same size, same mtime: still a change");
	T_MEMEQ(now.data, now.len, "LOCK\nnoauth\n", 12, "the current bytes are returned");
	T_OK(has(&msg, "changed by another program"), "the message says how");
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "mine\n", 5, 0, &msg), SAFEWRITE_CONFLICT, "save refused");
	T_OK(get(p.data, &got) == 0 && got.len == 12 && memcmp(got.data, "LOCK", 4) == 0,
	     "the other change survives");
	safewrite_close(&f);

	/* replaced by rename, bytes identical */
	safewrite_open(&f, p.data, 0, &err);
	put(o.data, "LOCK\nnoauth\n", 12);
	rename(o.data, p.data);
	buf_reset(&msg);
	T_INTEQ(safewrite_changed(&f, NULL, NULL, &msg), 1, "replaced by rename: a change");
	T_OK(has(&msg, "replaced"), "the message says it was replaced");
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "mine\n", 5, 0, &msg), SAFEWRITE_CONFLICT, "save refused");
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "mine\n", 5, SAFEWRITE_FORCE, &msg), SAFEWRITE_OK,
	        "with force it is saved");
	T_OK(get(p.data, &got) == 0 && got.len == 5, "forced content is on disk");
	T_OK(get(join(&o, d.data, "options~"), &got) == 0 && got.len == 12 &&
	     memcmp(got.data, "LOCK", 4) == 0, "the backup holds what force overwrote");
	safewrite_close(&f);

	/* removal and appearance */
	safewrite_open(&f, p.data, 0, &err);
	unlink(p.data);
	buf_reset(&msg);
	T_INTEQ(safewrite_changed(&f, NULL, NULL, &msg), 1, "removed: a change");
	T_OK(has(&msg, "removed"), "the message says it was removed");
	safewrite_close(&f);
	safewrite_open(&f, p.data, 0, &err);
	put(p.data, "new\n", 4);
	buf_reset(&msg);
	T_INTEQ(safewrite_changed(&f, NULL, NULL, &msg), 1, "appeared: a change");
	T_OK(has(&msg, "created"), "the message says it was created");
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "mine\n", 5, 0, &msg), SAFEWRITE_CONFLICT,
	        "a file that appeared is not overwritten");
	safewrite_close(&f);
	buf_free(&d);
	buf_free(&p);
	buf_free(&o);
	buf_free(&got);
	buf_free(&err);
	buf_free(&msg);
	buf_free(&now);
}

static void test_links(void)
{
	struct buf d = {0}, p = {0}, t = {0}, b = {0}, v = {0}, got = {0}, err = {0}, msg = {0};
	struct safewrite_file f;
	struct stat st0, st1;

	casedir("links", &d);
	join(&p, d.data, "options");
	join(&t, d.data, "real-options");
	put(t.data, "target\n", 7);
	if (symlink("real-options", p.data) != 0)
		util_die("symlink");
	stat(t.data, &st0);
	T_INTEQ(safewrite_open(&f, p.data, 0, &err), 0, "a symlink opens");
	T_MEMEQ(f.bytes.data, f.bytes.len, "target\n", 7, "read through the link");
	T_INTEQ(f.read_only, 1, "a symlink makes it read-only");
	T_OK(strstr(f.read_only_why, "real-options") != NULL, "the reason names the link target");
	T_INTEQ(f.lock_fd, -1, "read-only takes no lock");
	T_INTEQ(safewrite_commit(&f, "x\n", 2, SAFEWRITE_FORCE, &msg), SAFEWRITE_ERROR,
	        "saving through the link is refused");
	stat(t.data, &st1);
	T_OK(get(t.data, &got) == 0 && got.len == 7 && st0.st_ino == st1.st_ino,
	     "the link target is untouched");
	T_OK(readlink(p.data, (char[64]){0}, 64) == 12, "the link is still a link");
	safewrite_close(&f);

	/* a link slipped in after loading is refused at save time */
	unlink(p.data);
	put(p.data, "regular\n", 8);
	safewrite_open(&f, p.data, 0, &err);
	unlink(p.data);
	symlink("real-options", p.data);
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "x\n", 2, SAFEWRITE_FORCE, &msg), SAFEWRITE_ERROR,
	        "a link that appeared after loading is refused, even with force");
	T_OK(has(&msg, "symbolic link"), "the message says it is a link");
	T_OK(get(t.data, &got) == 0 && got.len == 7, "its target is untouched");
	safewrite_close(&f);

	/* a planted options~ -> victim is replaced, never followed */
	unlink(p.data);
	put(p.data, "old\n", 4);
	join(&v, d.data, "victim");
	join(&b, d.data, "options~");
	put(v.data, "victim\n", 7);
	symlink("victim", b.data);
	safewrite_open(&f, p.data, 0, &err);
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "new\n", 4, 0, &msg), SAFEWRITE_OK, "save with a planted backup link");
	T_OK(get(v.data, &got) == 0 && got.len == 7 && memcmp(got.data, "victim\n", 7) == 0,
	     "the victim of the planted link is untouched");
	T_OK(lstat(b.data, &st0) == 0 && S_ISREG(st0.st_mode), "options~ is now a plain file");
	T_OK(get(b.data, &got) == 0 && got.len == 4, "options~ holds the old bytes");
	safewrite_close(&f);

	/* a planted hard link at options~ is replaced too, its other name kept */
	unlink(b.data);
	if (link(v.data, b.data) != 0)
		util_die("link");
	safewrite_open(&f, p.data, 0, &err);
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "newer\n", 6, 0, &msg), SAFEWRITE_OK, "save with a planted hard link");
	T_OK(get(v.data, &got) == 0 && got.len == 7, "the hard-linked victim is untouched");
	safewrite_close(&f);
	buf_free(&d);
	buf_free(&p);
	buf_free(&t);
	buf_free(&b);
	buf_free(&v);
	buf_free(&got);
	buf_free(&err);
	buf_free(&msg);
}

static void test_not_files(void)
{
	struct buf d = {0}, p = {0}, err = {0};
	struct sockaddr_un sa;
	struct safewrite_file f;
	int s;

	casedir("special", &d);
	join(&p, d.data, "dir");
	mkdir(p.data, 0755);
	T_INTEQ(safewrite_open(&f, p.data, 0, &err), -1, "a directory is refused");
	T_OK(has(&err, "is not an options file: it is a folder"), "and the sentence says so: %s",
	     err.data);
	safewrite_close(&f);

	join(&p, d.data, "fifo");
	mkfifo(p.data, 0644);
	buf_reset(&err);
	/* would hang forever if the FIFO were opened for reading without care */
	T_INTEQ(safewrite_open(&f, p.data, 0, &err), -1, "a FIFO is refused without blocking");
	T_OK(has(&err, "is not an options file: it is a named pipe"), "and the sentence says so: %s",
	     err.data);

	buf_reset(&err);
	T_INTEQ(safewrite_open(&f, "/dev/null", 0, &err), -1, "a device is refused");
	T_OK(has(&err, "device"), "and the sentence says so: %s", err.data);

	join(&p, d.data, "sock");
	memset(&sa, 0, sizeof sa);
	sa.sun_family = AF_UNIX;
	if (p.len < sizeof sa.sun_path) {
		memcpy(sa.sun_path, p.data, p.len);
		s = socket(AF_UNIX, SOCK_STREAM, 0);
		if (s >= 0 && bind(s, (struct sockaddr *)&sa, sizeof sa) == 0) {
			buf_reset(&err);
			T_INTEQ(safewrite_open(&f, p.data, 0, &err), -1, "a socket is refused");
			T_OK(has(&err, "socket"), "and the sentence says so: %s", err.data);
		}
		if (s >= 0)
			close(s);
	}
	buf_reset(&err);
	join(&p, d.data, "dir/");
	T_INTEQ(safewrite_open(&f, p.data, 0, &err), -1, "a path ending in / is refused");
	buf_free(&d);
	buf_free(&p);
	buf_free(&err);
}

static void test_lock(void)
{
	struct buf d = {0}, p = {0}, err = {0}, msg = {0};
	struct safewrite_file a, b, c;
	char *lockpath;
	struct stat st;

	casedir("lock", &d);
	join(&p, d.data, "options");
	/* the file does not exist yet: the lock must still work */
	T_INTEQ(safewrite_open(&a, p.data, 0, &err), 0, "first editor opens a missing file");
	T_OK(a.lock_fd >= 0 && !a.read_only, "first editor holds the lock");
	T_OK(a.lock_path && strncmp(a.lock_path, d.data, d.len) != 0,
	     "the lock file is not in the edited directory");
	safewrite_open(&b, p.data, 0, &err);
	T_OK(b.read_only && b.lock_fd < 0, "second editor is read-only");
	T_INTEQ(b.lock_holder, getpid(), "second editor sees who holds the lock");
	T_OK(strstr(b.read_only_why, "already editing") != NULL, "and says so: %s", b.read_only_why);
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&b, "x\n", 2, 0, &msg), SAFEWRITE_ERROR, "second editor cannot save");
	safewrite_close(&b);

	T_INTEQ(safewrite_commit(&a, "one\n", 4, 0, &msg), SAFEWRITE_OK, "first editor saves");
	T_INTEQ(safewrite_commit(&a, "two\n", 4, 0, &msg), SAFEWRITE_OK, "and saves again");
	safewrite_open(&c, p.data, 0, &err);
	T_OK(c.read_only && c.lock_holder == getpid(), "the lock outlives our own renames");
	safewrite_close(&c);

	safewrite_open(&c, p.data, SAFEWRITE_NOLOCK, &err);
	T_OK(c.lock_fd < 0 && !c.read_only, "NOLOCK neither takes nor waits for the lock");
	safewrite_close(&c);
	safewrite_open(&c, p.data, SAFEWRITE_READONLY, &err);
	T_OK(c.lock_fd < 0 && c.read_only && c.lock_holder == 0, "READONLY takes no lock");
	safewrite_close(&c);

	lockpath = util_xstrdup(a.lock_path);
	safewrite_close(&a);
	T_OK(stat(lockpath, &st) != 0 && errno == ENOENT, "closing removes the lock file");
	safewrite_open(&c, p.data, 0, &err);
	T_OK(c.lock_fd >= 0 && !c.read_only, "after close the next editor gets the lock");
	safewrite_close(&c);
	safewrite_close(&c); /* idempotent */
	free(lockpath);
	buf_free(&d);
	buf_free(&p);
	buf_free(&err);
	buf_free(&msg);
}

static void test_missing_dir(void)
{
	struct buf d = {0}, p = {0}, sub = {0}, err = {0}, msg = {0};
	struct safewrite_file f;
	struct stat st;

	casedir("nodir", &d);
	join(&sub, d.data, "ppp");
	join(&p, sub.data, "options");
	T_INTEQ(safewrite_open(&f, p.data, 0, &err), 0, "a file in a missing directory opens");
	T_OK(has(&f.warnings, "does not exist"), "with a warning about the directory");
	T_INTEQ(safewrite_commit(&f, "lock\n", 5, 0, &msg), SAFEWRITE_ERROR, "saving needs the directory");
	T_OK(has(&msg, "does not exist"), "the message says the directory is missing: %s", msg.data);
	T_OK(stat(sub.data, &st) != 0, "no directory was created silently");
	buf_reset(&msg);
	T_INTEQ(safewrite_commit(&f, "lock\n", 5, SAFEWRITE_MKDIR, &msg), SAFEWRITE_OK,
	        "with MKDIR it is created");
	T_OK(stat(sub.data, &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 07777) == 0755,
	     "the directory is 0755");
	T_OK(stat(p.data, &st) == 0 && st.st_size == 5, "and the file is in it");
	safewrite_close(&f);
	buf_free(&d);
	buf_free(&p);
	buf_free(&sub);
	buf_free(&err);
	buf_free(&msg);
}
int main(void)
{
	sw_begin();
	test_load_and_first_save();
	test_backup_and_unchanged();
	test_changes();
	test_links();
	test_not_files();
	test_lock();
	test_missing_dir();
	return sw_end();
}
