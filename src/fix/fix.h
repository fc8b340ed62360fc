/* fix.h - the guided fixes: diagnose a file, explain, and apply edits as one undo step. */
/* Folder src/fix: the guided fixes (l2tp-noipsec, debug-log, ...) - question, diagnosis, edits as
 * one undo step, undo; the flow the editor steps through. Depends on base, pppd, check, session. */
#ifndef PPPCONF_FIX_H
#define PPPCONF_FIX_H

#include <stddef.h>

#include "base/buf.h"
#include "base/platform.h"
#include "check/check.h"
#include "pppd/doc.h"
#include "session/session.h"

struct fix_info {
	const char *name;       /* "l2tp-noipsec", for `pppconf fix NAME` */
	const char *title;      /* "IPSec shared secret missing (L2TP VPN on macOS)" */
	const char *undo;       /* name of the fix that undoes this one, or NULL */
	int reverts;            /* 1 when this fix is itself an undo */
	unsigned platforms;     /* where it applies (PLATFORM_*) */
	/* 1 when the fix works on one service's file, /etc/ppp/peers/<service>
	 * (fix_service_path), instead of the options file: the caller asks for
	 * the service's name and opens that file. */
	int per_service;
	/* Asked before anything else, answered yes or no; NULL when none. */
	const char *question;
	/* Said, and the fix stops, when the answer is no. */
	const char *if_no;
	/* What the fix will change and what that means (several sentences). */
	const char *about;
	/* What to do after writing: reconnect, where the log is, how to undo. */
	const char *after;
	/* Where the texts' facts about pppd are, in ../shared/upstream/, one a
	 * line: "<folder>/<path>:<line> <text on that line>", a line of code,
	 * not a comment (tests/shared/test_cite.c opens each). */
	const char *cite;
};

/* What the fix may know beyond the document. Tests point the paths at
 * temporary files; NULL paths mean the real system locations. */
struct fix_env {
	enum platform platform;
	const char *path;              /* the options file being edited */
	int file_exists;
	int is_root;
	const struct check_file *file; /* ownership and mode, or NULL */
	const char *plugin_path;       /* where L2TP.ppp should be; NULL = by macOS version */
	const char *postoptions_path;  /* NULL = /etc/ppp/postoptions */
	const char *service;           /* per-service fixes: the service's name */
	const char *root;              /* put before system paths the fixes look at
	                                  (/etc/ppp/ip-up.d ...); NULL = none */
};

enum fix_state {
	FIX_PASS,
	FIX_FAIL,    /* something the fix will fix, or the user must */
	FIX_INFO     /* worth knowing; neither pass nor fail */
};

struct fix_step {
	enum fix_state state;
	char *label;    /* "plugin L2TP.ppp comes before l2tpnoipsec" */
	char *detail;   /* why, in words; may be NULL */
};

struct fix_result {
	struct fix_step *steps;
	size_t n, cap;
	int failed;     /* number of FIX_FAIL steps */
};

size_t fix_count(void);
const struct fix_info *fix_at(size_t i);
const struct fix_info *fix_find(const char *name);

/* The environment of a fix on session s: its platform, path and facts
 * (pointed to, valid while s is), whether we are root; the plugin and
 * postoptions paths from PPPCONF_L2TP_PLUGIN and PPPCONF_POSTOPTIONS when
 * set (tests), else NULL. */
void fix_env_init(struct fix_env *env, const struct session *s);

/* Runs the fix's checks on the document and the system. */
void fix_diagnose(const struct fix_info *r, const struct doc *d,
                  const struct fix_env *env, struct fix_result *out);
void fix_result_free(struct fix_result *res);

/* Applies the fix's edits to the document as one undo group.
 * Returns 1 when the document changed, 0 when there was nothing to do
 * (msg says so), -1 when the fix cannot apply (msg says why). */
int fix_apply(const struct fix_info *r, struct doc *d,
              const struct fix_env *env, struct buf *msg);

/* 1 when the document carries the mark a fix leaves when it had to create
 * the file (the L2TP fixes): undoing the fix may then remove the file again. */
int fix_created_file(const struct doc *d);

/* Undoing a fix on a file pppconf created for it removes the file (renamed
 * to its backup name, so its last version stays), in the editor and the
 * commands alike. fix_remove_due: 1 when writing the session's document
 * means that: the document is empty, the file exists, and the bytes last
 * saved carry the fix's mark of a created file. fix_remove_diff appends
 * what the diff shows instead: a line "delete PATH (...)" and the unified
 * diff of every line against /dev/null. fix_remove renames the file (not
 * when it is read-only or changed on disk since it was read): 0, or -1;
 * msg gets a sentence in both cases. The session still describes the file
 * as it was: reload it to go on. */
int fix_remove_due(const struct session *s);
void fix_remove_diff(const struct session *s, struct buf *out);
int fix_remove(struct session *s, struct buf *msg);
/* The file `call NAME` makes Apple's pppd read for the service NAME:
 * <peers>/NAME, where <peers> is PPPCONF_PEERS_DIR when set (tests), else
 * /etc/ppp/peers. 0 with the path in *path; -1 with the reason in *why
 * when pppd would refuse the name (empty, starting with '/', a '..'
 * component: apple-ppp-1027.121.1/Helpers/pppd/options.c:1587-1603) or
 * pppconf will not write it (a '/' inside, control characters). */
int fix_service_path(const char *name, struct buf *path, struct buf *why);
/* The services `scutil --nc list` prints (its output in text[0..len)),
 * L2TP ones only: each name once, NUL-separated in *names. Returns how many. */
size_t fix_service_parse(const char *text, size_t len, struct buf *names);
/* Runs `scutil --nc list` when scutil is on PATH and parses it as above;
 * 0 (and *names empty) when it is not there or lists no L2TP service. */
size_t fix_service_names(struct buf *names);

/* Who other than root could change the file, as the checks found it in r
 * (its mode, its owner, its folder: session_file_risk): each finding's
 * message, then what to do, one a line, appended to out. Returns how many
 * findings there were; 0 means only root can change it. */
size_t fix_file_risks(const struct check_report *r, struct buf *out);

#endif
