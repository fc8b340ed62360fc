/* session.h - one options file as every command and the editor see it: its bytes, the facts about it and its folder, its document and its findings. */
/* Folder src/session: one options file opened in one place for every command and the editor -
 * bytes, facts, document, findings, saving. Depends on base, pppd, check and file. */
#ifndef PPPCONF_SESSION_H
#define PPPCONF_SESSION_H

#include <stddef.h>
#include <sys/types.h>

#include "base/buf.h"
#include "base/platform.h"
#include "check/check.h"
#include "file/safewrite.h"
#include "pppd/doc.h"

/* What is known about the file and its folder, read once at open (and
 * again after each save). Every command and the editor judge from these. */
struct session_facts {
	int exists;              /* a regular file is at the path */
	int is_link;             /* the path is a symbolic link, read through */
	uid_t uid;               /* the file's owner, group, permission bits and */
	gid_t gid;               /* number of names (hard links), when it exists */
	mode_t mode;
	unsigned long nlink;
	int dir_exists;          /* the folder is there and was looked at */
	uid_t dir_uid;
	mode_t dir_mode;         /* permission bits, sticky bit included */
	int others_write;        /* the file's group or everyone may write it */
	int dir_others_write;    /* they may write the folder (and it is not sticky,
	                            as /tmp is): they could replace the file */
	int dir_not_root;        /* a file under /etc whose folder root does not own */
};

/* A session_open flag besides SAFEWRITE_*: the words only, no findings (the
 * report stays empty), for a reader that has no use for them (dump). */
#define SESSION_WORDS 0x100u
/* Another session_open flag: the file is read for another machine (--root,
 * --no-env), so a device word is judged by its shape (catalog_arity_shape). */
#define SESSION_BY_SHAPE 0x200u

/* The file being read or edited. Open one with session_open (a path) or
 * session_read (standard input); it must stay where it is until
 * session_close, as the document points into it. */
struct session {
	char *path;              /* as given, for messages; NULL for a stream */
	const char *pppd_path;   /* pppd's name for it when it is a copy under
	                            --root (a tail of path); NULL: path */
	enum platform platform;  /* whose pppd reads it */
	unsigned flags;          /* SAFEWRITE_* and SESSION_* it was opened with */
	struct safewrite_file file; /* on disk: the lock, the stamp, whether it may be
	                               written; file.bytes is what was last loaded or
	                               saved, a copy owned here */
	struct session_facts facts;
	struct check_file cfile; /* the facts as the checks take them */
	struct doc doc;          /* the text being edited: its own copy */
	struct check_report report; /* the findings on doc (not indexed) */
};

/* The files are a copy under root (--root): the checks take s as pppd on
 * that machine names it (root/etc/ppp/options is /etc/ppp/options) when
 * its path lies under root (open such a file with SESSION_BY_SHAPE: its
 * device names are judged by their shape). Runs the checks again. */
void session_set_root(struct session *s, const char *root);

/* Opens `path` for platform p (flags SAFEWRITE_READONLY, SAFEWRITE_NOLOCK,
 * SESSION_WORDS, SESSION_BY_SHAPE):
 * reads it (a missing file is an empty document), learns the facts, loads
 * the document and runs the checks. Returns 0, or -1 with a sentence in
 * *err, for every command alike, when it cannot be read or is not an
 * options file (a folder, a device, a FIFO, a socket, more than
 * UTIL_MAX_FILE bytes): that is told before a byte is read, at once. After
 * -1, s holds nothing and session_close(s) is harmless. */
int session_open(struct session *s, const char *path, enum platform p, unsigned flags,
                 struct buf *err);
/* The same for a writer (safewrite_open_as): how long to wait for another
 * pppconf's lock, what writes (for the history), how many versions to
 * keep. w may be NULL (as session_open). Notes about the open (a stale
 * lock taken over) are in s->file.notes. */
int session_open_as(struct session *s, const char *path, enum platform p, unsigned flags,
                    const struct safewrite_writer *w, struct buf *err);
/* The same for text read from fd (standard input) up to its end: no file,
 * so no facts, and nothing can be written; flags: SESSION_BY_SHAPE or 0.
 * 0, or -1 with a sentence naming `label` in *err. */
int session_read(struct session *s, int fd, const char *label, enum platform p,
                 unsigned flags, struct buf *err);
/* Frees everything and lets go of the lock; idempotent. */
void session_close(struct session *s);
/* Moves an open session from `from` to `to` (the document points into its
 * session, so a plain copy would not do); `from` is left empty, as after
 * session_close. */
void session_move(struct session *to, struct session *from);

/* The bytes last loaded or saved: what the file held then. Never NULL. */
const char *session_saved(const struct session *s, size_t *len);
/* Runs the checks on the document again (after an edit). */
void session_recheck(struct session *s);

/* Writes the document to the file (safewrite_commit with `flags`). On
 * SAFEWRITE_OK and SAFEWRITE_UNCHANGED the document is marked saved, its
 * bytes become the saved ones, and the facts and findings are renewed.
 * `msg` gets a sentence in every case. */
enum safewrite_status session_save(struct session *s, unsigned flags, struct buf *msg);
/* Removes the file (safewrite_remove with `flags`): on SAFEWRITE_OK the
 * document is empty and saved, and the facts and findings are renewed. */
enum safewrite_status session_remove(struct session *s, unsigned flags, struct buf *msg);
/* Takes `theirs` (the file as read from disk since loading, with its
 * stamp) as the saved bytes, and *merged (a document loaded from theirs
 * and edited since) as the document, which it takes over (merged is left
 * empty). The next save is judged against theirs. */
void session_adopt(struct session *s, const char *theirs, size_t len,
                   const struct safewrite_stamp *st, struct doc *merged);
/* Reads the file again from disk, with the flags it was opened with,
 * dropping the document's edits. 0; or -1 with a sentence in *err, and
 * then the document stays as it was and the file is read-only. */
int session_reload(struct session *s, struct buf *err);

/* Entry i's text as the editor lists it (facts_entry_text), and one line
 * of the file's text for a diff (facts_mask_line), with the secrets masked
 * unless reveal: a pap-/chap-/srp-secrets file's secret is its lines'
 * third word (pppd/secrets.h), an options file's a password's value. */
void session_entry_text(const struct session *s, size_t i, int reveal, struct buf *out);
void session_mask_line(const struct session *s, int reveal, const char *line, size_t len,
                       struct buf *out);

/* 1 when finding f says that someone other than root can change the file:
 * its mode, its owner or its folder. */
int session_file_risk(const struct check_finding *f);

#endif
