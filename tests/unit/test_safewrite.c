/* test_safewrite.c - loading, change detection, refusals, backup, lock and metadata of safewrite. */
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

#ifdef __APPLE__
#define MTIM(st) ((st).st_mtimespec)
#define CTIM(st) ((st).st_ctimespec)
#else
#define MTIM(st) ((st).st_mtim)
#define CTIM(st) ((st).st_ctim)
#endif

static char top[] = "/tmp/pppconf-sw.XXXXXX";

/* A fresh directory per case, so cases cannot see each other's files. */
static const char *casedir(const char *name, struct buf *out)
{
	buf_reset(out);
	buf_printf(out, "%s/%s", top, name);
	if (mkdir(out->data, 0755) != 0)
		util_die("mkdir %s: %s", out->data, strerror(errno));
	return out->data;
}

static const char *join(struct buf *out, const char *dir, const char *name)
{
	buf_reset(out);
	buf_printf(out, "%s/%s", dir, name);
	return out->data;
}

static void put(const char *path, const char *p, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || write(fd, p, n) != (ssize_t)n || close(fd) != 0)
		util_die("cannot write %s", path);
}

static int get(const char *path, struct buf *out)
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

static int has(const struct buf *b, const char *needle)
{
	return b->data && strstr(b->data, needle) != NULL;
}

static int same_time(struct timespec a, struct timespec b)
{
	return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

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
	struct buf rm = {0};

	if (!mkdtemp(top))
		util_die("mkdtemp: %s", strerror(errno));
	t_state_dir(top);
	test_load_and_first_save();
	test_backup_and_unchanged();
	test_changes();
	test_links();
	test_not_files();
	test_lock();
	test_missing_dir();
	test_owner_and_warnings();
	test_stale();
	test_saved();
	test_too_big();
	buf_printf(&rm, "rm -rf '%s'", top);
	if (system(rm.data) != 0)
		printf("could not remove %s\n", top);
	buf_free(&rm);
	return t_done();
}
