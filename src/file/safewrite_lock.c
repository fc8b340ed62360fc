/* safewrite_lock.c - the editing lock one pppconf holds on a file: where it lives, waiting for it, taking over one whose holder is gone. */
#include "file/safewrite.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file/history.h"
#include "file/safewrite_int.h"
#include "file/safewrite_sys.h"

/* How long a waiting writer sleeps between two tries. */
#define SW_LOCK_POLL_MS 20

/* The lock is an flock on a small file named after the file's real path,
 * kept outside the edited directory:
 *  - it survives our own renames (a lock on options itself would stay with
 *    the old inode, and the next pppconf would lock the new one);
 *  - it works when the file does not exist yet, and leaves nothing in
 *    /etc/ppp even after a crash (the kernel drops the lock; the file is
 *    removed on close, and taken over when a crash left it);
 *  - flock, unlike fcntl locks, belongs to the open file, so no other
 *    close() in this process can drop it, and a second open in the same
 *    process is refused like any other;
 *  - a directory lock would need flock on a directory, which macOS file
 *    systems refuse.
 * Root uses /var/run (root-only; /private/var/run on macOS); other users
 * their own name under $TMPDIR or /tmp, where a file planted by someone
 * else is refused rather than trusted. The holder's pid is written inside. */
static void sw_lock_name(const char *key, struct buf *out)
{
	uint64_t h = history_hash(key, strlen(key));
	const char *base = strrchr(key, '/'), *tmp;
	struct buf safe = { 0 };
	struct stat st;
	size_t i;

	base = base ? base + 1 : key;
	for (i = 0; base[i] && i < 32; i++) {
		char c = base[i];
		int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		         (c >= '0' && c <= '9') || c == '-';

		buf_addc(&safe, ok ? c : '_');
	}
	if (geteuid() == 0 && stat("/var/run", &st) == 0 && S_ISDIR(st.st_mode) &&
	    st.st_uid == 0 && !(st.st_mode & S_IWOTH)) {
		buf_printf(out, "/var/run/pppconf.%s.%016llx.lock", safe.data ? safe.data : "",
		           (unsigned long long)h);
	} else {
		tmp = getenv("TMPDIR");
		if (!tmp || tmp[0] != '/')
			tmp = "/tmp";
		buf_printf(out, "%s/pppconf-%ld.%s.%016llx.lock", tmp, (long)geteuid(),
		           safe.data ? safe.data : "", (unsigned long long)h);
	}
	buf_free(&safe);
}

static void sw_pause_ms(long ms)
{
	struct timespec t;

	t.tv_sec = ms / 1000;
	t.tv_nsec = (ms % 1000) * 1000000L;
	nanosleep(&t, NULL);
}

static long sw_now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* The pid written in the lock file, 0 when there is none. A holder writes
 * it right after locking: `patience` tries 5 ms apart give it that moment. */
static pid_t sw_lock_pid(int fd, int patience)
{
	int i;

	for (i = 0; i < patience; i++) {
		char b[32];
		ssize_t n = pread(fd, b, sizeof b - 1, 0);
		long pid;

		if (n > 0) {
			b[n] = 0;
			pid = strtol(b, NULL, 10);
			if (pid > 0)
				return (pid_t)pid;
		}
		if (i + 1 < patience)
			sw_pause_ms(5);
	}
	return 0;
}

/* Whether no process has this pid any more. (A process of another user
 * answers EPERM: it exists.) */
static int sw_gone(pid_t pid)
{
	return pid > 0 && kill(pid, 0) != 0 && errno == ESRCH;
}

/* Whether path still names the file open on fd. */
static int sw_same(int fd, const char *path)
{
	struct stat a, b;

	return fstat(fd, &a) == 0 && lstat(path, &b) == 0 && a.st_dev == b.st_dev &&
	       a.st_ino == b.st_ino;
}

/* The lock is ours: note our pid (a failure, such as a file size limit,
 * gives it up: a lock nobody can name is worse than none), and the time. */
static int sw_lock_won(struct safewrite_file *f, int fd, const char *path, struct buf *why)
{
	pid_t before = sw_lock_pid(fd, 1);
	char pid[32];
	struct stat st;
	int e = 0;

	snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, strlen(pid), 0) != (ssize_t)strlen(pid))
		e = errno ? errno : EIO;
	if (e) {
		safewrite_sys_reason(why, "cannot write the lock file", path, e, NULL);
		(void)unlink(path);
		close(fd);
		return -1;
	}
	if (before > 0 && before != getpid())
		buf_printf(&f->notes, "took over the lock on %s left by pid %ld, which no longer "
		           "holds it\n", f->path, (long)before);
	if (fstat(fd, &st) == 0)
		f->lock_since = SAFEWRITE_SYS_MTIM(st);
	f->lock_fd = fd;
	return 0;
}

/* One try: 1 the lock is ours; 0 another holds it (*holder set; a holder
 * that is gone has had its lock file removed, so try again at once: *again);
 * -1 no lock can be had (*why says so); -2 the lock was ours but our pid
 * could not be written into it (*why says so; it is given up). */
static int sw_lock_try(struct safewrite_file *f, const char *path, pid_t *holder, int *again,
                       struct buf *why)
{
	struct stat st;
	int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, 0600);

	*again = 0;
	if (fd < 0) {
		safewrite_sys_reason(why, "cannot create the lock file", path, errno, NULL);
		return -1;
	}
	if (fstat(fd, &st) != 0) {
		safewrite_sys_reason(why, "cannot look at the lock file", path, errno, NULL);
		close(fd);
		return -1;
	}
	if (S_ISREG(st.st_mode) && st.st_nlink == 0) {
		/* its holder removed it between our open and fstat: make anew */
		close(fd);
		*again = 1;
		return 0;
	}
	if (!S_ISREG(st.st_mode) || st.st_uid != geteuid() || st.st_nlink != 1) {
		buf_printf(why, "the lock file %s was not made by pppconf for this user, so it "
		           "is not used", path);
		close(fd);
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
		/* its last holder may have removed it between our open and flock */
		if (!sw_same(fd, path)) {
			close(fd);
			*again = 1;
			return 0;
		}
		return sw_lock_won(f, fd, path, why) == 0 ? 1 : -2;
	}
	if (errno != EWOULDBLOCK && errno != EAGAIN) {
		safewrite_sys_reason(why, "cannot lock", path, errno, NULL);
		close(fd);
		return -1;
	}
	*holder = sw_lock_pid(fd, 20);
	if (sw_gone(*holder) && sw_same(fd, path)) {
		/* held, but not by the process it names: a descriptor that
		 * outlived it. A fresh lock file is the way past it. */
		buf_printf(&f->notes, "took over the lock on %s held in the name of pid %ld, "
		           "which is no longer running\n", f->path, (long)*holder);
		(void)unlink(path);
		*again = 1;
	}
	close(fd);
	if (*holder == 0)
		*holder = -1;
	return 0;
}

void safewrite_lock_take(struct safewrite_file *f, int wait_ms)
{
	struct buf path = { 0 }, why = { 0 };
	long until = sw_now_ms() + (wait_ms > 0 ? wait_ms : 0);
	int r, again, tries = 0;

	f->lock_holder = 0;
	sw_lock_name(f->real, &path);
	for (;;) {
		pid_t holder = 0;

		r = sw_lock_try(f, path.data, &holder, &again, &why);
		if (r != 0)
			break;
		if (again && ++tries < 10)
			continue;
		f->lock_holder = holder;
		if (sw_now_ms() >= until)
			break;
		sw_pause_ms(SW_LOCK_POLL_MS);
	}
	if (r == 1) {
		f->lock_holder = 0;
		f->lock_path = buf_detach(&path);
	} else if (r == 0) {
		char pid[32] = "";

		if (f->lock_holder > 0)
			snprintf(pid, sizeof pid, " (pid %ld)", (long)f->lock_holder);
		if (wait_ms > 0)
			safewrite_set_ro(f, "another pppconf%s was still editing %s after the wait; "
			          "this one stays read-only", pid, f->path);
		else
			safewrite_set_ro(f, "another pppconf%s is already editing %s; this one stays "
			          "read-only", pid, f->path);
	} else if (r == -2) {
		/* pppconf could not even note its pid (a file size limit, a full
		 * disk): no save could succeed either */
		safewrite_set_ro(f, "%s%s", why.data, "; nothing can be written");
	} else {
		buf_printf(&f->warnings, "%s; another pppconf could edit this file at the same "
		           "time\n", why.data);
		/* a command, which shows notes and not warnings, says it too */
		buf_printf(&f->notes, "%s; another pppconf could edit this file at the same "
		           "time\n", why.data);
	}
	buf_free(&path);
	buf_free(&why);
}

void safewrite_lock_release(struct safewrite_file *f)
{
	/* removed only while it is still ours and still locked */
	if (f->lock_fd >= 0 && f->lock_path && sw_same(f->lock_fd, f->lock_path))
		(void)unlink(f->lock_path);
	if (f->lock_fd >= 0)
		close(f->lock_fd);
	f->lock_fd = -1;
	free(f->lock_path);
	f->lock_path = NULL;
}
