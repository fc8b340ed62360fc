/* safewrite_commit.c - saving: backup, temp file with owner and mode kept, synced, renamed over, directory synced. */
#include "file/safewrite.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file/safewrite_int.h"
#include "file/safewrite_sys.h"

/* Saving refuses a link, directory, device, FIFO or socket at the name. */
static int sw_refuse_special(const struct safewrite_file *f, struct buf *msg)
{
	struct stat st;

	if (fstatat(f->dir_fd, f->base, &st, AT_SYMLINK_NOFOLLOW) != 0) {
		if (errno == ENOENT)
			return 0;
		safewrite_sys_reason(msg, "cannot save", f->path, errno, NULL);
		return -1;
	}
	if (S_ISLNK(st.st_mode)) {
		struct buf target = {0};

		safewrite_sys_readlink(f->dir_fd, f->base, &target);
		buf_printf(msg, "cannot save %s: it is a symbolic link to %s, and pppconf never "
		           "writes through links (edit the target itself)", f->path, target.data);
		buf_free(&target);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		buf_adds(msg, "cannot save: ");
		safewrite_sys_not_regular(msg, f->path, st.st_mode);
		return -1;
	}
	return 0;
}

/* Whether the name no longer holds the file (or the absence) seen in *s. */
static int sw_moved(int dir_fd, const char *base, const struct safewrite_seen *s)
{
	struct stat st;

	if (fstatat(dir_fd, base, &st, AT_SYMLINK_NOFOLLOW) != 0)
		return s->exists || errno != ENOENT;
	return !s->exists || st.st_dev != s->st.st_dev || st.st_ino != s->st.st_ino ||
	       st.st_size != s->st.st_size ||
	       !safewrite_sys_same_time(SAFEWRITE_SYS_MTIM(st), SAFEWRITE_SYS_MTIM(s->st)) ||
	       !safewrite_sys_same_time(SAFEWRITE_SYS_CTIM(st), SAFEWRITE_SYS_CTIM(s->st));
}

void safewrite_backup_path(const struct safewrite_file *f, struct buf *out)
{
	buf_printf(out, "%s~", f->path);
}

/* Creates the missing directory (one level, 0755, root's when we are root)
 * and makes that durable before anything is written into it. */
static int sw_mkdir(struct safewrite_file *f, struct buf *msg)
{
	if (mkdir(f->dir, 0755) != 0 && errno != EEXIST) {
		safewrite_sys_reason(msg, "cannot create the directory", f->dir, errno,
		          "; the file was not saved");
		return -1;
	}
	f->dir_fd = open(f->dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (f->dir_fd < 0) {
		safewrite_sys_reason(msg, "cannot open the new directory", f->dir, errno,
		          "; the file was not saved");
		return -1;
	}
	(void)fchmod(f->dir_fd, 0755); /* whatever the umask said */
	safewrite_sys_sync_parent(f->dir);
	return 0;
}

/* Owner, group and mode for the new file: the current file's, or for a new
 * file 0644 and, when we are root, uid 0 and gid 0 (root:root on Linux,
 * root:wheel on macOS) so that it matches what ppp packages install. */
static void sw_meta(const struct safewrite_file *f, const struct safewrite_seen *s,
                    struct safewrite_sys_meta *m)
{
	if (s->exists) {
		m->uid = s->st.st_uid;
		m->gid = s->st.st_gid;
		m->mode = s->st.st_mode & 07777;
	} else if (f->stamp.exists) {
		m->uid = f->stamp.uid;
		m->gid = f->stamp.gid;
		m->mode = f->stamp.mode;
	} else {
		m->uid = geteuid() == 0 ? 0 : (uid_t)-1;
		m->gid = geteuid() == 0 ? 0 : (gid_t)-1;
		m->mode = 0644;
	}
	m->mtime = NULL;
}

enum safewrite_status safewrite_commit(struct safewrite_file *f, const char *data,
                                       size_t len, unsigned flags, struct buf *msg)
{
	struct safewrite_seen s;
	struct safewrite_sys_meta meta, bmeta;
	struct safewrite_sys_guard guard;
	struct buf tmp = {0}, btmp = {0}, bname = {0}, why = {0};
	struct stat now;
	enum safewrite_status ret = SAFEWRITE_ERROR;
	int backup, err;
	const char *step = NULL;
	size_t saved_len;
	const char *saved = safewrite_saved(f, &saved_len);

	if (len == saved_len && (len == 0 || memcmp(saved, data, len) == 0)) {
		buf_printf(msg, "%s is unchanged; nothing was written", f->path);
		return SAFEWRITE_UNCHANGED;
	}
	if (f->read_only) {
		buf_printf(msg, "cannot save %s: %s", f->path, f->read_only_why);
		return SAFEWRITE_ERROR;
	}
	if (f->dir_fd < 0) {
		if (!(flags & SAFEWRITE_MKDIR)) {
			buf_printf(msg, "cannot save %s: the directory %s does not exist (pppconf "
			           "creates it only when asked to)", f->path, f->dir);
			return SAFEWRITE_ERROR;
		}
		if (sw_mkdir(f, msg) != 0)
			return SAFEWRITE_ERROR;
	}
	if (sw_refuse_special(f, msg) != 0)
		return SAFEWRITE_ERROR;
	memset(&s, 0, sizeof s);
	if (safewrite_load_look(f, &s, &why) != 0) {
		buf_printf(msg, "not saved: %s", why.data);
		buf_free(&why);
		buf_free(&s.bytes);
		return SAFEWRITE_ERROR;
	}
	if (safewrite_load_differs(f, &s, &why) && !(flags & SAFEWRITE_FORCE)) {
		/* the caller says what can be done next: its keys or commands differ */
		buf_printf(msg, "%s; your edits were not written", why.data);
		buf_free(&why);
		buf_free(&s.bytes);
		return SAFEWRITE_CONFLICT;
	}
	buf_free(&why);
	sw_meta(f, &s, &meta);
	backup = s.exists && !(flags & SAFEWRITE_NOBACKUP) && !f->backup[0];
	safewrite_sys_guard_on(&guard);

	/* Both new files are complete and durable before either name changes:
	 * the backup (the file as it is now, same owner, mode and mtime) and the
	 * new content. Then the backup takes its name, then the new content. */
	if (backup) {
		bmeta = meta;
		bmeta.mtime = &SAFEWRITE_SYS_MTIM(s.st);
		err = safewrite_sys_temp_write(f->dir_fd, f->base, s.bytes.data, s.bytes.len,
		                               &bmeta, &btmp, NULL, &step);
		if (err) {
			safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
			buf_printf(msg, " while making the backup (%s); the file was not changed",
			           step);
			goto out;
		}
	}
	err = safewrite_sys_temp_write(f->dir_fd, f->base, data, len, &meta, &tmp, &now, &step);
	if (err) {
		safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
		buf_printf(msg, " while %s; the file was not changed", step);
		goto out;
	}
	/* a last, cheap look: the same file still sits under the name */
	if (!(flags & SAFEWRITE_FORCE) && sw_moved(f->dir_fd, f->base, &s)) {
		buf_printf(msg, "%s was changed by another program while pppconf was saving it; "
		           "your edits were not written", f->path);
		ret = SAFEWRITE_CONFLICT;
		goto out;
	}
	if (backup) {
		buf_printf(&bname, "%s~", f->base);
		err = safewrite_sys_rename(f->dir_fd, btmp.data, bname.data, 1);
		if (err) {
			safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
			buf_printf(msg, " while putting the backup %s~ in place; the file was not "
			           "changed", f->path);
			goto out;
		}
		buf_reset(&btmp);
		snprintf(f->backup, sizeof f->backup, "%s~", f->path);
	}
	err = safewrite_sys_rename(f->dir_fd, tmp.data, f->base, 0);
	if (err) {
		safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
		buf_adds(msg, " while replacing it; the file was not changed");
		goto out;
	}
	buf_reset(&tmp);
	ret = SAFEWRITE_OK;
	buf_printf(msg, "saved %s", f->path);
	if (backup)
		buf_printf(msg, "; the previous version is in %s", f->backup);
	else if (f->backup[0])
		buf_printf(msg, "; the version from before this session is in %s", f->backup);
	/* the new name is in place: a failure to make it durable is told, but
	 * the save happened and cannot be called off */
	err = safewrite_sys_sync(f->dir_fd);
	if (err && safewrite_sys_sync_unsupported(err)) {
		buf_adds(msg, " (this file system cannot flush directories, so a power cut "
		         "right now could still lose the change)");
	} else if (err) {
		buf_adds(msg, "; but flushing the directory to disk failed: ");
		safewrite_sys_words(msg, err);
	}
	/* the saved bytes are now these: a copy of our own, as `data` changes
	 * with the next edit */
	f->is_link = 0;
	buf_reset(&f->bytes);
	buf_add(&f->bytes, data, len);
	if (fstatat(f->dir_fd, f->base, &s.st, AT_SYMLINK_NOFOLLOW) == 0)
		now = s.st;
	safewrite_load_stamp(&f->stamp, 1, &now);
out:
	safewrite_sys_unlink(f->dir_fd, &btmp);
	safewrite_sys_unlink(f->dir_fd, &tmp);
	safewrite_sys_guard_off(&guard);
	buf_free(&btmp);
	buf_free(&tmp);
	buf_free(&bname);
	buf_free(&s.bytes);
	return ret;
}
