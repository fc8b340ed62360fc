/* session.c - opening an options file once for everyone: its bytes, facts, document and findings; saving and reloading it. */
#include "session/session.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"
#include "pppd/catalog.h"
#include "pppd/facts.h"
#include "pppd/lexer.h"
#include "pppd/secrets.h"

/* The sticky bit is an XSI name; its value is the same everywhere. */
#ifndef S_ISVTX
#define S_ISVTX 01000
#endif

/* /etc itself or a folder under it (on macOS /etc is /private/etc). */
static int session_under_etc(const char *p)
{
	static const char *const roots[] = { "/etc", "/private/etc" };
	size_t i, n;

	for (i = 0; p && i < sizeof roots / sizeof roots[0]; i++) {
		n = strlen(roots[i]);
		if (strncmp(p, roots[i], n) == 0 && (p[n] == '\0' || p[n] == '/'))
			return 1;
	}
	return 0;
}

/* The facts, from what safewrite saw of the file and a look at the folder
 * it holds open; then the same facts as the checks take them. */
static void session_learn(struct session *s)
{
	const struct safewrite_file *f = &s->file;
	struct session_facts *k = &s->facts;
	struct check_file keep;
	struct stat dst;

	memset(k, 0, sizeof *k);
	k->exists = f->stamp.exists;
	k->is_link = f->is_link;
	if (k->exists) {
		k->uid = f->stamp.uid;
		k->gid = f->stamp.gid;
		k->mode = f->stamp.mode;
		k->nlink = f->stamp.nlink;
		k->others_write = (k->mode & 022) != 0;
	}
	if (f->dir && f->dir_fd >= 0 && fstat(f->dir_fd, &dst) == 0) {
		k->dir_exists = 1;
		k->dir_uid = dst.st_uid;
		k->dir_mode = dst.st_mode & 07777;
		k->dir_others_write = (k->dir_mode & 022) && !(k->dir_mode & S_ISVTX);
		k->dir_not_root = k->dir_uid != 0 &&
		                  (session_under_etc(s->path) || session_under_etc(f->dir));
	}
	/* what the caller knows: what pppd loaded before, which release reads
	 * it, what the file that named it leaves (check_start_at) */
	keep = s->cfile;
	memset(&s->cfile, 0, sizeof s->cfile);
	s->cfile.loaded = keep.loaded;
	s->cfile.pppd_version = keep.pppd_version;
	s->cfile.shared_via = keep.shared_via;
	s->cfile.has_start = keep.has_start;
	s->cfile.start = keep.start;
	s->cfile.path = s->pppd_path ? s->pppd_path : s->path;
	s->cfile.have_stat = k->exists;
	s->cfile.missing = !k->exists;
	s->cfile.by_shape = (s->flags & SESSION_BY_SHAPE) != 0;
	s->cfile.uid = k->uid;
	s->cfile.gid = k->gid;
	s->cfile.mode = k->mode;
	/* a missing file has nothing to replace yet */
	s->cfile.dir_writable_by_others = k->exists && (k->dir_others_write || k->dir_not_root);
}

void session_set_root(struct session *s, const char *root)
{
	size_t n = strlen(root);

	while (n > 1 && root[n - 1] == '/')
		n--;
	if (s->path && strncmp(s->path, root, n) == 0 && s->path[n] == '/')
		s->cfile.path = s->pppd_path = s->path + n;
	session_recheck(s);
}

void session_recheck(struct session *s)
{
	check_report_free(&s->report);
	if (!(s->flags & SESSION_WORDS))
		check_run(&s->doc, s->platform, &s->cfile, &s->report);
}

/* The document from the saved bytes (its own copy), and its findings. */
static void session_load(struct session *s)
{
	size_t n;
	const char *p = session_saved(s, &n);

	doc_load(&s->doc, p, n, lexer_dialect_for(s->platform),
	         s->flags & SESSION_BY_SHAPE ? catalog_arity_shape : catalog_arity, &s->platform);
	session_recheck(s);
}

static void session_init(struct session *s, enum platform p, unsigned flags)
{
	memset(s, 0, sizeof *s);
	s->platform = p;
	s->flags = flags;
	s->file.lock_fd = s->file.dir_fd = -1;
}

void session_move(struct session *to, struct session *from)
{
	*to = *from;
	to->doc.arity_ctx = &to->platform;
	session_init(from, from->platform, from->flags);
}

int session_open(struct session *s, const char *path, enum platform p, unsigned flags,
                 struct buf *err)
{
	return session_open_as(s, path, p, flags, NULL, err);
}

int session_open_as(struct session *s, const char *path, enum platform p, unsigned flags,
                    const struct safewrite_writer *w, struct buf *err)
{
	session_init(s, p, flags);
	if (safewrite_open_as(&s->file, path, flags & ~(SESSION_WORDS | SESSION_BY_SHAPE), w, err) < 0) {
		session_init(s, p, flags);
		return -1;
	}
	s->path = util_xstrdup(path);
	session_learn(s);
	session_load(s);
	return 0;
}

int session_read(struct session *s, int fd, const char *label, enum platform p,
                 unsigned flags, struct buf *err)
{
	session_init(s, p, SAFEWRITE_READONLY | (flags & SESSION_BY_SHAPE));
	if (safewrite_read_stream(fd, label, &s->file.bytes, err) < 0) {
		buf_free(&s->file.bytes);
		return -1;
	}
	s->file.read_only = 1;
	s->cfile.by_shape = (flags & SESSION_BY_SHAPE) != 0;
	session_load(s);
	return 0;
}

void session_close(struct session *s)
{
	check_report_free(&s->report);
	doc_free(&s->doc);
	safewrite_close(&s->file);
	free(s->path);
	s->path = NULL;
}

const char *session_saved(const struct session *s, size_t *len)
{
	return safewrite_saved(&s->file, len);
}

enum safewrite_status session_save(struct session *s, unsigned flags, struct buf *msg)
{
	size_t len;
	const char *data = doc_bytes(&s->doc, &len);
	enum safewrite_status st;

	if (!s->path) {
		buf_adds(msg, "text read from a pipe has no file to save to");
		return SAFEWRITE_ERROR;
	}
	st = safewrite_commit(&s->file, data, len, flags, msg);
	if (st == SAFEWRITE_OK || st == SAFEWRITE_UNCHANGED) {
		doc_mark_saved(&s->doc);
		session_learn(s);
		session_recheck(s);
	}
	return st;
}

enum safewrite_status session_remove(struct session *s, unsigned flags, struct buf *msg)
{
	enum safewrite_status st;

	if (!s->path) {
		buf_adds(msg, "text read from a pipe has no file to remove");
		return SAFEWRITE_ERROR;
	}
	st = safewrite_remove(&s->file, flags, msg);
	if (st == SAFEWRITE_OK) {
		doc_free(&s->doc);
		session_learn(s);
		session_load(s);
	}
	return st;
}

void session_adopt(struct session *s, const char *theirs, size_t len,
                   const struct safewrite_stamp *st, struct doc *merged)
{
	safewrite_adopt(&s->file, theirs, len, st);
	doc_free(&s->doc);
	s->doc = *merged;
	memset(merged, 0, sizeof *merged);
	session_learn(s);
	session_recheck(s);
}

int session_reload(struct session *s, struct buf *err)
{
	struct safewrite_writer w;
	char *origin = s->file.origin ? util_xstrdup(s->file.origin) : NULL;
	int r;

	w.wait_ms = 0;
	w.origin = origin;
	w.keep = s->file.keep;
	/* the lock is ours: let go of it first, or the new open finds it held */
	safewrite_close(&s->file);
	r = safewrite_open_as(&s->file, s->path, s->flags & ~(SESSION_WORDS | SESSION_BY_SHAPE), &w, err);
	free(origin);
	if (r < 0) {
		memset(&s->file, 0, sizeof s->file);
		s->file.lock_fd = s->file.dir_fd = -1;
		s->file.read_only = 1;
		strcpy(s->file.read_only_why, "it could not be read again");
		return -1;
	}
	session_learn(s);
	check_report_free(&s->report);
	doc_free(&s->doc);
	session_load(s);
	return 0;
}

int session_file_risk(const struct check_finding *f)
{
	const char *id = check_finding_id(f);

	return check_finding_entry(f) == SIZE_MAX &&
	       (strcmp(id, "file-writable") == 0 || strcmp(id, "file-not-root") == 0 ||
	        strcmp(id, "dir-writable") == 0);
}

void session_entry_text(const struct session *s, size_t i, int reveal, struct buf *out)
{
	if (secrets_path(s->path))
		secrets_entry_text(&s->doc, i, reveal, out);
	else
		facts_entry_text(&s->doc, i, s->platform, reveal, out);
}

void session_mask_line(const struct session *s, int reveal, const char *line, size_t len,
                       struct buf *out)
{
	if (secrets_path(s->path))
		secrets_mask_line(s->platform, reveal, line, len, out);
	else
		facts_mask_line(s->platform, reveal, line, len, out);
}
