/* safewrite_commit.c - saving: backup, temp file with owner and mode kept, synced, the replaced version kept in the history, renamed over, directory synced. */
#include "file/safewrite.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "file/history.h"
#include "file/safewrite_int.h"
#include "file/safewrite_sys.h"

/* One save in progress: what it found on disk and what it made so far;
 * whatever is still named in tmp or btmp is removed when it ends. */
struct sw_save {
	struct safewrite_seen s;       /* the file as it is now */
	struct safewrite_sys_meta meta;
	struct buf tmp, btmp;          /* the new content's and the backup's temp files */
	struct stat now;               /* the new file, as written */
	int backup;                    /* this save makes the session's backup */
	unsigned long version;         /* the history's number for what it replaces */
};

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

/* What must hold before anything is made: writable, a folder (made when
 * asked), no link or special file at the name. 0, or -1 said in *msg. */
static int sw_ready(struct safewrite_file *f, unsigned flags, struct buf *msg)
{
	if (f->read_only) {
		buf_printf(msg, "cannot save %s: %s", f->path, f->read_only_why);
		return -1;
	}
	if (f->dir_fd < 0) {
		if (!(flags & SAFEWRITE_MKDIR)) {
			buf_printf(msg, "cannot save %s: the directory %s does not exist (pppconf "
			           "creates it only when asked to)", f->path, f->dir);
			return -1;
		}
		if (sw_mkdir(f, msg) != 0)
			return -1;
	}
	return sw_refuse_special(f, msg);
}

/* Looks at the file as it is now (sv->s) and compares it with what was
 * loaded: SAFEWRITE_OK to go on, else the status to return, said in *msg. */
static enum safewrite_status sw_look(struct safewrite_file *f, struct sw_save *sv,
                                     unsigned flags, struct buf *msg)
{
	struct buf why = { 0 };
	enum safewrite_status st = SAFEWRITE_OK;

	if (safewrite_load_look(f, &sv->s, &why) != 0) {
		buf_printf(msg, "not saved: %s", why.data);
		st = SAFEWRITE_ERROR;
	} else if (safewrite_load_differs(f, &sv->s, &why) && !(flags & SAFEWRITE_FORCE)) {
		/* the caller says what can be done next: its keys or commands differ */
		buf_printf(msg, "%s; your edits were not written", why.data);
		st = SAFEWRITE_CONFLICT;
	}
	buf_free(&why);
	return st;
}

/* Both new files complete and durable before any name changes: the backup
 * (the file as it is now, same owner, mode and mtime) and the new content. */
static int sw_prepare(struct safewrite_file *f, struct sw_save *sv, const char *data,
                      size_t len, struct buf *msg)
{
	struct safewrite_sys_meta bmeta;
	const char *step = NULL;
	int err;

	if (sv->backup) {
		bmeta = sv->meta;
		bmeta.mtime = &SAFEWRITE_SYS_MTIM(sv->s.st);
		err = safewrite_sys_temp_write(f->dir_fd, f->base, sv->s.bytes.data, sv->s.bytes.len,
		                               &bmeta, &sv->btmp, NULL, &step);
		if (err) {
			safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
			buf_printf(msg, " while making the backup (%s); the file was not changed",
			           step);
			return -1;
		}
	}
	err = safewrite_sys_temp_write(f->dir_fd, f->base, data, len, &sv->meta, &sv->tmp,
	                               &sv->now, &step);
	if (err) {
		safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
		buf_printf(msg, " while %s; the file was not changed", step);
		return -1;
	}
	return 0;
}

/* The version being replaced goes into the history, durably, before the
 * file is replaced; a history that cannot be written stops the save. */
static int sw_history(struct safewrite_file *f, struct sw_save *sv, const char *data,
                      size_t len, int exists, struct buf *msg)
{
	struct history h;
	struct buf err = { 0 };
	int e = 0;

	if (f->keep == 0)
		return 0;
	if (history_open(&h, f->real, 1, &err) != 0) {
		buf_printf(msg, "cannot save %s: its previous version cannot be kept: %s; the file "
		           "was not changed (with --keep 0 or PPPCONF_KEEP=0 pppconf saves "
		           "without keeping versions)", f->path, err.data);
		buf_free(&err);
		return -1;
	}
	e = history_record(&h, sv->s.bytes.data, sv->s.bytes.len, sv->s.exists,
	                   SAFEWRITE_SYS_MTIM(sv->s.st).tv_sec, sv->s.st.st_mode, data, len,
	                   exists, f->origin ? f->origin : "", f->keep);
	if (e) {
		safewrite_sys_reason(msg, "cannot save", f->path, e, NULL);
		buf_printf(msg, " while keeping its previous version in %s; the file was not "
		           "changed", h.dir);
	} else {
		sv->version = h.n ? h.v[h.n - 1].n : 0;
		snprintf(f->history, sizeof f->history, "%s", h.dir);
	}
	history_close(&h);
	return e ? -1 : 0;
}

/* The names change: the backup first, then the new content. */
static enum safewrite_status sw_install(struct safewrite_file *f, struct sw_save *sv,
                                        unsigned flags, struct buf *msg)
{
	struct buf bname = { 0 };
	int err;

	/* a last, cheap look: the same file still sits under the name */
	if (!(flags & SAFEWRITE_FORCE) && sw_moved(f->dir_fd, f->base, &sv->s)) {
		buf_printf(msg, "%s was changed by another program while pppconf was saving it; "
		           "your edits were not written", f->path);
		return SAFEWRITE_CONFLICT;
	}
	if (sv->backup) {
		buf_printf(&bname, "%s~", f->base);
		err = safewrite_sys_rename(f->dir_fd, sv->btmp.data, bname.data, 1);
		buf_free(&bname);
		if (err) {
			safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
			buf_printf(msg, " while putting the backup %s~ in place; the file was not "
			           "changed", f->path);
			return SAFEWRITE_ERROR;
		}
		buf_reset(&sv->btmp);
		snprintf(f->backup, sizeof f->backup, "%s~", f->path);
	}
	err = safewrite_sys_rename(f->dir_fd, sv->tmp.data, f->base, 0);
	if (err) {
		safewrite_sys_reason(msg, "cannot save", f->path, err, NULL);
		buf_adds(msg, " while replacing it; the file was not changed");
		return SAFEWRITE_ERROR;
	}
	buf_reset(&sv->tmp);
	return SAFEWRITE_OK;
}

/* "saved PATH" (or "removed PATH") and where the earlier versions are, as
 * one sentence. */
static void sw_said(const struct safewrite_file *f, const struct sw_save *sv, int removed,
                    struct buf *msg)
{
	static const char *const said[2][6] = {
		{ N_("saved %s; the previous version is in %s (and in pppconf history as version "
		     "%lu)"),
		  N_("saved %s; the previous version is in %s"),
		  N_("saved %s; the version from before this session is in %s; the previous one "
		     "is in pppconf history as version %lu"),
		  N_("saved %s; the version from before this session is in %s"),
		  N_("saved %s; the previous version is in pppconf history as version %lu"),
		  N_("saved %s") },
		{ N_("removed %s; the previous version is in %s (and in pppconf history as "
		     "version %lu)"),
		  N_("removed %s; the previous version is in %s"),
		  N_("removed %s; the version from before this session is in %s; the previous "
		     "one is in pppconf history as version %lu"),
		  N_("removed %s; the version from before this session is in %s"),
		  N_("removed %s; the previous version is in pppconf history as version %lu"),
		  N_("removed %s") } };
	const char *const *w = said[removed != 0];

	if (sv->backup && sv->version)
		buf_printf(msg, i18n_text(0, w[0]), f->path, f->backup, sv->version);
	else if (sv->backup)
		buf_printf(msg, i18n_text(0, w[1]), f->path, f->backup);
	else if (f->backup[0] && sv->version)
		buf_printf(msg, i18n_text(0, w[2]), f->path, f->backup, sv->version);
	else if (f->backup[0])
		buf_printf(msg, i18n_text(0, w[3]), f->path, f->backup);
	else if (sv->version)
		buf_printf(msg, i18n_text(0, w[4]), f->path, sv->version);
	else
		buf_printf(msg, i18n_text(0, w[5]), f->path);
}

/* Done: a failure to flush the directory is told, but the save happened
 * and cannot be called off; the saved bytes and stamp become the new ones. */
static void sw_finish(struct safewrite_file *f, struct sw_save *sv, const char *data,
                      size_t len, int exists, struct buf *msg)
{
	int err = safewrite_sys_sync(f->dir_fd);

	if (err && safewrite_sys_sync_unsupported(err)) {
		buf_adds(msg, " (this file system cannot flush directories, so a power cut "
		         "right now could still lose the change)");
	} else if (err) {
		buf_adds(msg, "; but flushing the directory to disk failed: ");
		safewrite_sys_words(msg, err);
	}
	/* a copy of our own, as `data` changes with the next edit */
	f->is_link = 0;
	buf_reset(&f->bytes);
	buf_add(&f->bytes, data, len);
	if (!exists) {
		safewrite_load_stamp(&f->stamp, 0, NULL);
	} else {
		if (fstatat(f->dir_fd, f->base, &sv->s.st, AT_SYMLINK_NOFOLLOW) == 0)
			sv->now = sv->s.st;
		safewrite_load_stamp(&f->stamp, 1, &sv->now);
	}
	safewrite_stale_sweep(f);
}

static void sw_end(struct safewrite_file *f, struct sw_save *sv)
{
	if (f->dir_fd >= 0) {
		safewrite_sys_unlink(f->dir_fd, &sv->btmp);
		safewrite_sys_unlink(f->dir_fd, &sv->tmp);
	}
	buf_free(&sv->btmp);
	buf_free(&sv->tmp);
	buf_free(&sv->s.bytes);
}

enum safewrite_status safewrite_commit(struct safewrite_file *f, const char *data,
                                       size_t len, unsigned flags, struct buf *msg)
{
	struct sw_save sv;
	enum safewrite_status ret;
	size_t saved_len;
	const char *saved = safewrite_saved(f, &saved_len);

	if (len == saved_len && (len == 0 || memcmp(saved, data, len) == 0)) {
		buf_printf(msg, "%s is unchanged; nothing was written", f->path);
		return SAFEWRITE_UNCHANGED;
	}
	if (sw_ready(f, flags, msg) != 0)
		return SAFEWRITE_ERROR;
	memset(&sv, 0, sizeof sv);
	ret = sw_look(f, &sv, flags, msg);
	if (ret == SAFEWRITE_OK) {
		sw_meta(f, &sv.s, &sv.meta);
		sv.backup = sv.s.exists && !(flags & SAFEWRITE_NOBACKUP) && !f->backup[0];
		ret = SAFEWRITE_ERROR;
		if (sw_prepare(f, &sv, data, len, msg) == 0 &&
		    sw_history(f, &sv, data, len, 1, msg) == 0)
			ret = sw_install(f, &sv, flags, msg);
	}
	if (ret == SAFEWRITE_OK) {
		sw_said(f, &sv, 0, msg);
		sw_finish(f, &sv, data, len, 1, msg);
	}
	sw_end(f, &sv);
	return ret;
}

/* The file leaves its name: to the backup on the session's first write,
 * else for good (the history holds it). 0, or an errno value. */
static int sw_unname(struct safewrite_file *f, struct sw_save *sv)
{
	struct buf bname = { 0 };
	int err = 0;

	if (sv->backup) {
		buf_printf(&bname, "%s~", f->base);
		err = safewrite_sys_rename(f->dir_fd, f->base, bname.data, 0);
		buf_free(&bname);
		if (!err)
			snprintf(f->backup, sizeof f->backup, "%s~", f->path);
	} else if (unlinkat(f->dir_fd, f->base, 0) != 0) {
		err = errno;
	}
	return err;
}

enum safewrite_status safewrite_remove(struct safewrite_file *f, unsigned flags,
                                       struct buf *msg)
{
	struct sw_save sv;
	enum safewrite_status ret;
	int err;

	if (!f->stamp.exists && !(flags & SAFEWRITE_FORCE)) {
		buf_printf(msg, "there is no %s; nothing was removed", f->path);
		return SAFEWRITE_UNCHANGED;
	}
	if (f->dir_fd < 0 || sw_ready(f, 0, msg) != 0)
		return f->dir_fd < 0 ? SAFEWRITE_UNCHANGED : SAFEWRITE_ERROR;
	memset(&sv, 0, sizeof sv);
	ret = sw_look(f, &sv, flags, msg);
	if (ret == SAFEWRITE_OK && !sv.s.exists) {
		buf_printf(msg, "there is no %s; nothing was removed", f->path);
		ret = SAFEWRITE_UNCHANGED;
	} else if (ret == SAFEWRITE_OK) {
		sv.backup = !(flags & SAFEWRITE_NOBACKUP) && !f->backup[0];
		ret = SAFEWRITE_ERROR;
		if (sw_history(f, &sv, "", 0, 0, msg) == 0) {
			if (!(flags & SAFEWRITE_FORCE) && sw_moved(f->dir_fd, f->base, &sv.s)) {
				buf_printf(msg, "%s was changed by another program while pppconf was "
				           "removing it; it was not removed", f->path);
				ret = SAFEWRITE_CONFLICT;
			} else if ((err = sw_unname(f, &sv)) != 0) {
				safewrite_sys_reason(msg, "cannot remove", f->path, err,
				                     "; the file was not changed");
			} else {
				ret = SAFEWRITE_OK;
				sw_said(f, &sv, 1, msg);
				sw_finish(f, &sv, "", 0, 0, msg);
			}
		}
	}
	sw_end(f, &sv);
	return ret;
}

void safewrite_adopt(struct safewrite_file *f, const char *bytes, size_t len,
                     const struct safewrite_stamp *st)
{
	buf_reset(&f->bytes);
	buf_add(&f->bytes, bytes, len);
	f->stamp = *st;
}
