/* app.h - the editor's state and actions, free of curses: screens read it and call these. */
/* Folder src/editor: the editor's state and actions without curses - list, search, edits, picker,
 * diff and write, fixes, the files followed into. Depends on base, pppd, check, session, config,
 * fix and why; src/tui draws it. */
#ifndef PPPCONF_APP_H
#define PPPCONF_APP_H

#include <stddef.h>

#include "base/buf.h"
#include "base/platform.h"
#include "editor/appfix.h"
#include "editor/appstack.h"
#include "editor/field.h"
#include "editor/oplog.h"
#include "editor/picker.h"
#include "editor/recover.h"
#include "fix/fix.h"
#include "fix/fix_flow.h"
#include "pppd/catalog.h"
#include "session/session.h"

/* Which screen is in front. */
enum app_mode {
	APP_LIST,       /* the directives and the explanation of the selected one */
	APP_HELP,
	APP_EXPLAIN,    /* the whole explanation of the selected directive */
	APP_SEARCH,     /* typing a search */
	APP_EDIT,       /* typing an argument (editing one, or for a new directive) */
	APP_PICK,       /* choosing a directive to add */
	APP_DIFF,       /* reviewing the changes; writing */
	APP_SAVE_AS,    /* typing another path to save to */
	APP_FIX,        /* fix a problem: the guided fixes */
	APP_QUIT_ASK,   /* unsaved edits: write, discard or cancel */
	APP_RECOVER,    /* edits kept by a stopped editor: restore, discard or later */
	APP_SHOW,       /* what pppd ends up with, and where each value was set */
	APP_MODE_COUNT
};

/* What an action asks of the main loop (bits); only the loop acts on them. */
#define APP_REDRAW  0x01u  /* the frame changed */
#define APP_QUIT    0x02u  /* leave the editor */
#define APP_REPAINT 0x04u  /* repaint the whole terminal (Ctrl-L) */
#define APP_BELL    0x08u  /* nothing happened: a gentle signal */

enum app_tone { APP_INFO, APP_GOOD, APP_WARN, APP_BAD };

enum app_diff_stage {
	APP_DIFF_REVIEW,    /* disk -> edits; y writes */
	APP_DIFF_CONFIRM,   /* pppd would refuse the result (or it empties the
	                       file): W writes anyway */
	APP_DIFF_CONFLICT,  /* the file changed on disk since loading */
	APP_DIFF_THEIRS,    /* the file as it is now -> edits; y overwrites it */
	APP_DIFF_MERGED     /* the file as it is now -> the edits re-applied to it
	                       (app.merge says how each went); y writes */
};

enum app_pick_stage {
	APP_PICK_BROWSE,
	APP_PICK_PLUGIN,    /* "insert the plugin line too?" */
	APP_PICK_EXPLAIN    /* the whole explanation of the highlighted row, scrolled by info_top */
};

struct app_edit {
	struct field in;
	size_t entry;                     /* edited entry; SIZE_MAX when adding */
	const struct catalog_entry *ce;   /* what the argument belongs to */
	int with_plugin;                  /* adding: insert the plugin line first */
	int verdict;                      /* catalog_check_value: 0 ok, 1 doubt, 2 refused */
	struct buf why;
};

struct app_diff {
	enum app_diff_stage stage;
	struct buf text;                  /* diff_unified output */
	size_t top;
	struct buf reasons;               /* why a second confirmation is asked */
	struct buf theirs;                /* the bytes on disk now (conflict) */
	int overwrite;                    /* y in THEIRS: replace the changed file */
	int from_fix;                  /* a written fix shows its after-text */
	int then_quit;                    /* reached from the quit question */
	struct field path;                /* save-as */
	int path_exists_ok;               /* the user already saw the warning */
};

struct app_config {
	enum platform platform;
	int read_only;                    /* --read-only */
	int reveal;                       /* --reveal */
	int no_lock;                      /* headless tests may skip the lock */
	int keep;                         /* versions the history keeps; -1: default */
	const char *root;                 /* --root: `file` and `call` lead under it */
	const char *pppd_version;         /* --pppd-version: the Linux release that
	                                     reads the files; NULL: not known */
};

struct app {
	struct session s;                 /* the file, its facts, document and findings */
	int reveal;

	enum app_mode mode;
	size_t sel, top;                  /* selected entry, first visible one */
	int list_h;                       /* rows the list shows (set by the UI) */
	int page_h;                       /* rows of a full-screen text view */

	struct buf msg;                   /* the message line */
	enum app_tone tone;

	struct field search;
	struct buf last_search;
	struct app_edit edit;
	struct picker pick;
	enum app_pick_stage pick_stage;
	const struct catalog_entry *chosen;
	struct fix_flow fix;
	struct appfix trouble;            /* the "Fix a problem" screen around it */
	struct app_diff diff;
	size_t help_top, info_top;
	struct buf written;               /* what the last successful write said */

	struct oplog merge;               /* the edits re-applied onto the file as it
	                                     is now, and how each went */
	struct recover rec;               /* APP_RECOVER: the edits kept last time */
	struct buf rec_diff;              /* ... as a diff of what they bring back */
	int rec_changed;                  /* the file changed since they were made */

	struct appstack stack;            /* the files followed into, below this one */
};

/* Loads the file (a missing one becomes an empty new document). Returns 0,
 * or -1 with a sentence in *err when it cannot be read at all. */
int app_open(struct app *a, const char *path, const struct app_config *cfg,
             struct buf *err);
void app_close(struct app *a);

/* The message line. */
void app_say(struct app *a, enum app_tone tone, const char *fmt, ...);

/* "new file", "read-only", "modified", joined by commas; may be empty. */
void app_state_text(const struct app *a, struct buf *out);
/* The selected entry's name, escaped and cut for a message. */
void app_entry_label(const struct app *a, size_t i, struct buf *out);

/* For the action modules: after an edit (new checks, select `out` unless
 * SIZE_MAX); after a refused edit (say doc->error); 0 (and a hint said)
 * when there is no entry to act on. */
unsigned app_edited(struct app *a, size_t out);
unsigned app_refused(struct app *a);
int app_need_entry(struct app *a);
/* After the document changed under the editor (reload, write): checks
 * again, the selection kept on the list. */
void app_recheck(struct app *a);

/* The list. Each returns APP_* flags. */
unsigned app_move(struct app *a, long delta);
unsigned app_move_to(struct app *a, size_t i);
unsigned app_reveal(struct app *a);
unsigned app_set_mode(struct app *a, enum app_mode m);

/* Search over names and arguments, case-insensitive. */
unsigned app_search_begin(struct app *a);
unsigned app_search_commit(struct app *a);
unsigned app_search_next(struct app *a, int dir);

/* The diff and writing (appwrite.c). */
unsigned app_diff_begin(struct app *a);
/* Makes a->diff.text the diff from old[0..olen) to the document. */
void app_make_diff(struct app *a, const char *old, size_t olen);
/* The one way to disk: writes the document to the file (second question
 * first when app_doubts finds pppd would refuse it, unless `confirmed`), or
 * in APP_SAVE_AS mode to the typed path. */
unsigned app_write(struct app *a, int confirmed);
unsigned app_save_as_begin(struct app *a);
unsigned app_reload(struct app *a);
unsigned app_theirs(struct app *a);
unsigned app_quit(struct app *a);
unsigned app_quit_answer(struct app *a, int what); /* 'w', 'd' or 0 cancel */

/* Re-applying edits (appmerge.c). In the conflict stage: the edits, as
 * operations (oplog.h), onto the file as it is now; the diff from that to
 * the result follows (APP_DIFF_MERGED), clashes listed. */
unsigned appmerge_conflict(struct app *a);
/* Edits kept by a stopped editor (recover.h): offered at the start when
 * there are some (APP_RECOVER); restore (re-applied when the file changed
 * since), discard, or later (kept, offered again next time). */
void appmerge_offer(struct app *a);
unsigned appmerge_restore(struct app *a);
unsigned appmerge_discard(struct app *a);
unsigned appmerge_later(struct app *a);
/* On a hang-up or SIGTERM: unsaved edits go to the recovery file. 1 kept
 * (its path in *where), 0 nothing to keep, -1 with a sentence in *err. */
int appmerge_keep(struct app *a, struct buf *where, struct buf *err);

/* Fixing a problem (appfix.c): what happened, what it means, then the
 * guided fix (fix/fix_flow.h) on the file, or on one VPN's file. */
unsigned app_fix_begin(struct app *a);           /* "What happened?" */
unsigned app_fix_what(struct app *a, size_t row); /* a row of appfix_rows() */
/* Enter (accept) or Esc on the typed message or VPN name. */
unsigned app_fix_typed(struct app *a, int accept);
/* The explanation's fix: fix_at() index, or SIZE_MAX when it has none. */
size_t app_fix_explained_fix(const struct app *a);
unsigned app_fix_explained(struct app *a);      /* Enter: start that fix */
unsigned app_fix_choose(struct app *a);         /* the highlighted fix */
unsigned app_fix_answer(struct app *a, int yes);
/* A per-service fix's VPN: row < nservices, or nservices to type a name. */
unsigned app_fix_service(struct app *a, size_t row);
/* Applies the fix as one undo step: the file's diff, or the VPN's file's. */
unsigned app_fix_apply(struct app *a);
unsigned app_fix_write(struct app *a);          /* y on the VPN's file's diff */
unsigned app_fix_back(struct app *a);           /* q: one step back */

#endif
