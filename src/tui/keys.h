/* keys.h - the key table: key(s) -> action -> help text, per screen; the single source
 * from which the hint line and the help screen are drawn. */
#ifndef PPPCONF_KEYS_H
#define PPPCONF_KEYS_H

#include <stddef.h>

/* A key is a character (its wide value) or a curses function key wrapped in
 * KEYS_FN(); Unicode stops at 0x10FFFF so the two never collide. */
#define KEYS_FN(k)    (0x40000000 | (k))
#define KEYS_IS_FN(k) (((k) & 0x40000000) != 0)
#define KEYS_CTRL(c)  ((c) & 0x1f)
#define KEYS_ESC      0x1b

/* Where a binding applies. Each screen (or stage of one) reads keys through
 * exactly one context. */
enum keys_ctx {
	KEYS_CTX_LIST,       /* the main list */
	KEYS_CTX_PROMPT,     /* typing: search, arguments, a path */
	KEYS_CTX_PICK,       /* the catalogue picker (typing filters) */
	KEYS_CTX_PLUGIN,     /* "insert the plugin line first?" */
	KEYS_CTX_DIFF,       /* the diff view before writing */
	KEYS_CTX_CONFIRM,    /* second confirmation: pppd would refuse the file */
	KEYS_CTX_CONFLICT,   /* the file changed on disk */
	KEYS_CTX_ASK_QUIT,   /* quitting with unsaved edits */
	KEYS_CTX_RECOVER,    /* edits kept when the editor was stopped */
	KEYS_CTX_FIX_WHAT,    /* fix a problem: what happened? */
	KEYS_CTX_FIX_EXPLAIN, /* fix a problem: what it means */
	KEYS_CTX_FIX_LIST,    /* fix a problem: the fixes */
	KEYS_CTX_FIX_ASK,     /* fix a problem: the fix's question */
	KEYS_CTX_FIX_DIAG,    /* fix a problem: the diagnosis */
	KEYS_CTX_FIX_DONE,    /* fix a problem: an answer or the after-text */
	KEYS_CTX_FIX_SERVICE, /* fix a problem: which VPN */
	KEYS_CTX_FIX_REVIEW,  /* fix a problem: the VPN's file's diff */
	KEYS_CTX_INFO,       /* the whole explanation */
	KEYS_CTX_SHOW,       /* what pppd ends up with */
	KEYS_CTX_HELP,
	KEYS_CTX_COUNT
};

enum keys_action {
	KEYS_NONE,
	KEYS_DOWN, KEYS_UP, KEYS_PGDN, KEYS_PGUP, KEYS_TOP, KEYS_BOTTOM,
	KEYS_SEARCH, KEYS_NEXT, KEYS_PREV,
	KEYS_EDIT, KEYS_CORRECT, KEYS_ADD, KEYS_DELETE, KEYS_TOGGLE, KEYS_MOVE_UP, KEYS_MOVE_DOWN,
	KEYS_UNDO, KEYS_REDO, KEYS_HELP, KEYS_INFO, KEYS_REVEAL, KEYS_FIX, KEYS_WRITE,
	KEYS_QUIT, KEYS_REDRAW,
	KEYS_YES, KEYS_NO, KEYS_FORCE, KEYS_SAVE_AS, KEYS_RELOAD, KEYS_THEIRS,
	KEYS_DISCARD, KEYS_APPLY, KEYS_CHOOSE, KEYS_BACK, KEYS_MERGE, KEYS_RESTORE, KEYS_LATER,
		KEYS_NUMBER, KEYS_LOG, KEYS_TYPE, KEYS_ALL, KEYS_FOLLOW, KEYS_SHOW,
	/* line editing */
	KEYS_ACCEPT, KEYS_CANCEL, KEYS_BACKSPACE, KEYS_DELCHAR, KEYS_LEFT,
	KEYS_RIGHT, KEYS_HOME, KEYS_END, KEYS_KILL
};

struct keys_row {
	enum keys_ctx ctx;
	enum keys_action act;
	int keys[6];          /* 0-terminated when shorter */
	const char *hint;     /* short word for the hint line; NULL = help only */
	const char *help;     /* one line for the help screen */
};
/* The table's texts are English and marked for translation: the hint under
 * the context "key hint", the help and the titles under none. Screens show
 * C_("key hint", r->hint), _(r->help), _(keys_ctx_title(c)); the README's
 * and the man page's copies (--help-keys=markdown, roff) stay English. */

/* The action bound to `key` in `ctx`, or KEYS_NONE. */
enum keys_action keys_lookup(enum keys_ctx ctx, int key);
/* The table itself, for the help screen. */
size_t keys_count(void);
const struct keys_row *keys_at(size_t i);
const char *keys_ctx_title(enum keys_ctx ctx);
/* Writes a key's name ("j", "Down", "C-r", "Enter") into out[0..n). */
void keys_name(int key, char *out, size_t n);
/* A typed character in the locale's encoding (UTF-8 or a single byte);
 * returns 0 when the key is not text (a function key, a control key). */
size_t keys_text(int key, char *out, size_t n);
/* The name of the first key bound to act in ctx (as keys_name); 0 when
 * nothing is bound to it there. */
int keys_first_name(enum keys_ctx ctx, enum keys_action act, char *out, size_t n);
/* Every key of a row, "j, Down". */
void keys_row_names(const struct keys_row *r, char *out, size_t n);

#endif
