/* keys.c - the one table of key bindings; the hint line and help screen read it too. */
#include "tui/keys.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "base/i18n.h"

#define F(k) KEYS_FN(k)
#define C(c) KEYS_CTRL(c)
#define ENTER '\r', '\n', F(KEY_ENTER)

/* Order matters twice: the first row matching a key wins, and rows appear
 * in this order on the help screen and the hint line. Every action has a
 * plain letter; arrows, F-keys and Esc are conveniences (unreliable over SSH). */
static const struct keys_row keys_table[] = {
	{ KEYS_CTX_LIST, KEYS_HELP, { '?', 'h', F(KEY_F(1)) }, NC_("key hint", "help"), N_("this help") },
	{ KEYS_CTX_LIST, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NULL, N_("select the next directive") },
	{ KEYS_CTX_LIST, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("select the previous directive") },
	{ KEYS_CTX_LIST, KEYS_PGDN, { F(KEY_NPAGE), C('f') }, NULL, N_("one page down") },
	{ KEYS_CTX_LIST, KEYS_PGUP, { F(KEY_PPAGE), C('b') }, NULL, N_("one page up") },
	{ KEYS_CTX_LIST, KEYS_TOP, { 'g', F(KEY_HOME) }, NULL, N_("first directive") },
	{ KEYS_CTX_LIST, KEYS_BOTTOM, { 'G', F(KEY_END) }, NULL, N_("last directive") },
	{ KEYS_CTX_LIST, KEYS_EDIT, { 'e', ENTER }, NC_("key hint", "edit"), N_("edit the arguments (checked as you type)") },
	{ KEYS_CTX_LIST, KEYS_CORRECT, { 'c' }, NULL, N_("apply the correction the checks suggest") },
	{ KEYS_CTX_LIST, KEYS_ADD, { 'a', F(KEY_IC) }, NC_("key hint", "add"), N_("add a directive from the catalogue") },
	{ KEYS_CTX_LIST, KEYS_DELETE, { 'd', F(KEY_DC) }, NC_("key hint", "del"), N_("delete the directive") },
	{ KEYS_CTX_LIST, KEYS_TOGGLE, { 'x', ' ' }, NC_("key hint", "on/off"), N_("enable or disable (comment out) the directive") },
	{ KEYS_CTX_LIST, KEYS_MOVE_UP, { 'K', '-' }, NULL, N_("move the directive up") },
	{ KEYS_CTX_LIST, KEYS_MOVE_DOWN, { 'J', '+' }, NULL, N_("move the directive down") },
	{ KEYS_CTX_LIST, KEYS_UNDO, { 'u' }, NC_("key hint", "undo"), N_("undo the last edit") },
	{ KEYS_CTX_LIST, KEYS_REDO, { 'r', C('r') }, NULL, N_("redo what was undone") },
	{ KEYS_CTX_LIST, KEYS_SEARCH, { '/' }, NC_("key hint", "find"), N_("search the directives") },
	{ KEYS_CTX_LIST, KEYS_NEXT, { 'n' }, NULL, N_("next search match") },
	{ KEYS_CTX_LIST, KEYS_PREV, { 'N' }, NULL, N_("previous search match") },
	{ KEYS_CTX_LIST, KEYS_INFO, { 'i', F(KEY_F(3)) }, NULL, N_("the whole explanation of the directive") },
	{ KEYS_CTX_LIST, KEYS_REVEAL, { 's' }, NULL, N_("show or mask passwords and shared secrets") },
	{ KEYS_CTX_LIST, KEYS_FIX, { 'f' }, NC_("key hint", "fix"), N_("fix a problem: the guided fixes") },
	{ KEYS_CTX_LIST, KEYS_FOLLOW, { 'o', '>' }, NULL, N_("open the file a 'file' or 'call' row names, in front of this one") },
	{ KEYS_CTX_LIST, KEYS_BACK, { 'b', '<', F(KEY_BACKSPACE), 0x7f, KEYS_ESC }, NULL, N_("back to the file this one was opened from") },
	{ KEYS_CTX_LIST, KEYS_SHOW, { 'v' }, NULL, N_("what pppd ends up with: each option, its value, where it was set") },
	{ KEYS_CTX_LIST, KEYS_WRITE, { 'w', F(KEY_F(2)) }, NC_("key hint", "write"), N_("review the changes as a diff, then write") },
	{ KEYS_CTX_LIST, KEYS_REDRAW, { C('l') }, NULL, N_("repaint the screen") },
	{ KEYS_CTX_LIST, KEYS_QUIT, { 'q', F(KEY_F(10)), C('c') }, NC_("key hint", "quit"), N_("quit (asks when there are unsaved edits)") },

	{ KEYS_CTX_PROMPT, KEYS_ACCEPT, { ENTER }, NC_("key hint", "accept"), N_("accept") },
	{ KEYS_CTX_PROMPT, KEYS_CANCEL, { KEYS_ESC, C('g'), C('c') }, NC_("key hint", "cancel"), N_("cancel (nothing is changed)") },
	{ KEYS_CTX_PROMPT, KEYS_BACKSPACE, { F(KEY_BACKSPACE), 0x7f, C('h') }, NULL, N_("delete the character before the cursor") },
	{ KEYS_CTX_PROMPT, KEYS_DELCHAR, { F(KEY_DC), C('d') }, NULL, N_("delete the character under the cursor") },
	{ KEYS_CTX_PROMPT, KEYS_LEFT, { F(KEY_LEFT), C('b') }, NULL, N_("cursor left") },
	{ KEYS_CTX_PROMPT, KEYS_RIGHT, { F(KEY_RIGHT), C('f') }, NULL, N_("cursor right") },
	{ KEYS_CTX_PROMPT, KEYS_HOME, { F(KEY_HOME), C('a') }, NULL, N_("start of the line") },
	{ KEYS_CTX_PROMPT, KEYS_END, { F(KEY_END), C('e') }, NULL, N_("end of the line") },
	{ KEYS_CTX_PROMPT, KEYS_KILL, { C('u') }, NULL, N_("clear the line") },

	{ KEYS_CTX_PICK, KEYS_CHOOSE, { ENTER }, NC_("key hint", "add"), N_("add the highlighted directive") },
	{ KEYS_CTX_PICK, KEYS_DOWN, { F(KEY_DOWN), C('n') }, NC_("key hint", "move"), N_("next entry") },
	{ KEYS_CTX_PICK, KEYS_UP, { F(KEY_UP), C('p') }, NULL, N_("previous entry") },
	{ KEYS_CTX_PICK, KEYS_PGDN, { F(KEY_NPAGE) }, NULL, N_("one page down") },
	{ KEYS_CTX_PICK, KEYS_PGUP, { F(KEY_PPAGE) }, NULL, N_("one page up") },
	/* Letters are filter text here; Tab is C-i, the list's i with Ctrl. */
	{ KEYS_CTX_PICK, KEYS_INFO, { '\t', F(KEY_F(3)) }, NC_("key hint", "read all"),
	  N_("the whole explanation of the highlighted directive (Tab is C-i)") },
	{ KEYS_CTX_PICK, KEYS_BACKSPACE, { F(KEY_BACKSPACE), 0x7f, C('h') }, NULL, N_("delete a character of the filter") },
	{ KEYS_CTX_PICK, KEYS_KILL, { C('u') }, NULL, N_("clear the filter") },
	{ KEYS_CTX_PICK, KEYS_CANCEL, { KEYS_ESC, C('g'), C('c') }, NC_("key hint", "cancel"), N_("back to the list, nothing added") },

	{ KEYS_CTX_PLUGIN, KEYS_YES, { 'y' }, NC_("key hint", "insert both"), N_("insert the plugin line first, then the directive") },
	{ KEYS_CTX_PLUGIN, KEYS_NO, { 'n' }, NC_("key hint", "only this"), N_("insert only the directive (pppd will refuse it)") },
	{ KEYS_CTX_PLUGIN, KEYS_CANCEL, { 'c', 'q', KEYS_ESC, C('c') }, NC_("key hint", "cancel"), N_("add nothing") },

	{ KEYS_CTX_DIFF, KEYS_YES, { 'y' }, NC_("key hint", "write"), N_("write these changes to the file") },
	{ KEYS_CTX_DIFF, KEYS_SAVE_AS, { 'o' }, NC_("key hint", "other file"), N_("save the result to another file") },
	{ KEYS_CTX_DIFF, KEYS_REVEAL, { 's' }, NULL, N_("show or mask passwords and shared secrets") },
	{ KEYS_CTX_DIFF, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "scroll"), N_("scroll down") },
	{ KEYS_CTX_DIFF, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("scroll up") },
	{ KEYS_CTX_DIFF, KEYS_PGDN, { ' ', F(KEY_NPAGE) }, NULL, N_("one page down") },
	{ KEYS_CTX_DIFF, KEYS_PGUP, { 'b', F(KEY_PPAGE) }, NULL, N_("one page up") },
	{ KEYS_CTX_DIFF, KEYS_BACK, { 'q', KEYS_ESC }, NC_("key hint", "back"), N_("back to the list; any other key too") },

	{ KEYS_CTX_CONFIRM, KEYS_FORCE, { 'W' }, NC_("key hint", "write anyway"), N_("write although pppd would refuse the file") },
	{ KEYS_CTX_CONFIRM, KEYS_BACK, { 'q', KEYS_ESC }, NC_("key hint", "back"), N_("do not write; any other key too") },

	{ KEYS_CTX_CONFLICT, KEYS_MERGE, { 'm' }, NC_("key hint", "re-apply"), N_("re-apply the edits to the file as it is now, then review") },
	{ KEYS_CTX_CONFLICT, KEYS_RELOAD, { 'r' }, NC_("key hint", "reload"), N_("drop the edits and load the file as it is now") },
	{ KEYS_CTX_CONFLICT, KEYS_THEIRS, { 'c' }, NC_("key hint", "compare"), N_("diff the file as it is now against the edits") },
	{ KEYS_CTX_CONFLICT, KEYS_BACK, { 'q', KEYS_ESC }, NC_("key hint", "back"), N_("keep editing; any other key too") },

	{ KEYS_CTX_ASK_QUIT, KEYS_WRITE, { 'w' }, NC_("key hint", "write"), N_("review the diff and write, then quit") },
	{ KEYS_CTX_ASK_QUIT, KEYS_DISCARD, { 'd' }, NC_("key hint", "discard"), N_("quit and lose the edits") },
	{ KEYS_CTX_ASK_QUIT, KEYS_BACK, { 'c', KEYS_ESC }, NC_("key hint", "cancel"), N_("keep editing; any other key too") },
	{ KEYS_CTX_ASK_QUIT, KEYS_DISCARD, { C('c') }, NULL, N_("pressed again: quit at once, writing nothing") },

	{ KEYS_CTX_RECOVER, KEYS_RESTORE, { 'r' }, NC_("key hint", "restore"), N_("bring the kept edits back (re-applied if the file changed)") },
	{ KEYS_CTX_RECOVER, KEYS_DISCARD, { 'd' }, NC_("key hint", "discard"), N_("throw the kept edits away") },
	{ KEYS_CTX_RECOVER, KEYS_LATER, { 'l', 'q', KEYS_ESC }, NC_("key hint", "later"), N_("keep them for next time and edit the file as it is") },
	{ KEYS_CTX_RECOVER, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "scroll"), N_("scroll down") },
	{ KEYS_CTX_RECOVER, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("scroll up") },
	{ KEYS_CTX_RECOVER, KEYS_PGDN, { ' ', F(KEY_NPAGE) }, NULL, N_("one page down") },
	{ KEYS_CTX_RECOVER, KEYS_PGUP, { 'b', F(KEY_PPAGE) }, NULL, N_("one page up") },

	{ KEYS_CTX_FIX_WHAT, KEYS_CHOOSE, { ENTER, 'l', F(KEY_RIGHT) }, NC_("key hint", "choose"), N_("what the highlighted row means, or do it") },
	{ KEYS_CTX_FIX_WHAT, KEYS_NUMBER, { '1', '2', '3', '4', '5', '6' }, NULL, N_("choose a row by its number") },
	{ KEYS_CTX_FIX_WHAT, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "move"), N_("next row") },
	{ KEYS_CTX_FIX_WHAT, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("previous row") },
	{ KEYS_CTX_FIX_WHAT, KEYS_TYPE, { 'p', 't' }, NC_("key hint", "paste"), N_("type or paste the message you saw") },
	{ KEYS_CTX_FIX_WHAT, KEYS_LOG, { 'r' }, NC_("key hint", "read log"), N_("read the log: what the last connection ran into") },
	{ KEYS_CTX_FIX_WHAT, KEYS_ALL, { 'a' }, NC_("key hint", "all fixes"), N_("all the guided fixes") },
	{ KEYS_CTX_FIX_WHAT, KEYS_BACK, { 'q', KEYS_ESC }, NC_("key hint", "back"), N_("back to the list") },
	{ KEYS_CTX_FIX_EXPLAIN, KEYS_CHOOSE, { ENTER, 'l', F(KEY_RIGHT) }, NC_("key hint", "the fix"), N_("start the fix it names") },
	{ KEYS_CTX_FIX_EXPLAIN, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "scroll"), N_("scroll down") },
	{ KEYS_CTX_FIX_EXPLAIN, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("scroll up") },
	{ KEYS_CTX_FIX_EXPLAIN, KEYS_BACK, { 'q', KEYS_ESC }, NC_("key hint", "back"), N_("back to what happened") },
	{ KEYS_CTX_FIX_LIST, KEYS_CHOOSE, { ENTER, 'l', F(KEY_RIGHT) }, NC_("key hint", "choose"), N_("start the highlighted fix") },
	{ KEYS_CTX_FIX_LIST, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "move"), N_("next fix") },
	{ KEYS_CTX_FIX_LIST, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("previous fix") },
	{ KEYS_CTX_FIX_LIST, KEYS_PGDN, { 'J', F(KEY_NPAGE), ' ' }, NC_("key hint", "scroll"), N_("scroll the text down a page") },
	{ KEYS_CTX_FIX_LIST, KEYS_PGUP, { 'K', F(KEY_PPAGE), 'b' }, NULL, N_("scroll the text up a page") },
	{ KEYS_CTX_FIX_LIST, KEYS_BACK, { 'q', KEYS_ESC }, NC_("key hint", "back"), N_("back to what happened") },
	{ KEYS_CTX_FIX_ASK, KEYS_YES, { 'y' }, NC_("key hint", "yes"), N_("answer yes") },
	{ KEYS_CTX_FIX_ASK, KEYS_NO, { 'n' }, NC_("key hint", "no"), N_("answer no") },
	{ KEYS_CTX_FIX_ASK, KEYS_BACK, { 'q', KEYS_ESC }, NC_("key hint", "back"), N_("back to the fixes") },
	{ KEYS_CTX_FIX_DIAG, KEYS_APPLY, { 'a' }, NC_("key hint", "apply"), N_("make the changes (one undo step), then review the diff") },
	{ KEYS_CTX_FIX_DIAG, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "scroll"), N_("scroll down") },
	{ KEYS_CTX_FIX_DIAG, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("scroll up") },
	{ KEYS_CTX_FIX_DIAG, KEYS_BACK, { 'q', KEYS_ESC }, NC_("key hint", "back"), N_("back to the fixes") },
	{ KEYS_CTX_FIX_DONE, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "scroll"), N_("scroll down") },
	{ KEYS_CTX_FIX_DONE, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("scroll up") },
	{ KEYS_CTX_FIX_DONE, KEYS_BACK, { 'q', KEYS_ESC, ENTER }, NC_("key hint", "back"), N_("back to the fixes") },
	{ KEYS_CTX_FIX_SERVICE, KEYS_CHOOSE, { ENTER, 'l', F(KEY_RIGHT) }, NC_("key hint", "choose"), N_("this VPN, or type its name") },
	{ KEYS_CTX_FIX_SERVICE, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "move"), N_("next VPN") },
	{ KEYS_CTX_FIX_SERVICE, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("previous VPN") },
	{ KEYS_CTX_FIX_SERVICE, KEYS_BACK, { 'q', KEYS_ESC }, NC_("key hint", "back"), N_("back to the fixes") },
	{ KEYS_CTX_FIX_REVIEW, KEYS_YES, { 'y' }, NC_("key hint", "write"), N_("write the VPN's file") },
	{ KEYS_CTX_FIX_REVIEW, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "scroll"), N_("scroll down") },
	{ KEYS_CTX_FIX_REVIEW, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("scroll up") },
	{ KEYS_CTX_FIX_REVIEW, KEYS_BACK, { 'q', KEYS_ESC }, NC_("key hint", "back"), N_("back to the diagnosis, nothing written") },

	{ KEYS_CTX_INFO, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "scroll"), N_("scroll down") },
	{ KEYS_CTX_INFO, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("scroll up") },
	{ KEYS_CTX_INFO, KEYS_PGDN, { ' ', F(KEY_NPAGE) }, NULL, N_("one page down") },
	{ KEYS_CTX_INFO, KEYS_PGUP, { 'b', F(KEY_PPAGE) }, NULL, N_("one page up") },
	{ KEYS_CTX_INFO, KEYS_TOP, { 'g', F(KEY_HOME) }, NULL, N_("to the top") },
	{ KEYS_CTX_INFO, KEYS_BOTTOM, { 'G', F(KEY_END) }, NULL, N_("to the bottom") },
	{ KEYS_CTX_INFO, KEYS_BACK, { 'q', KEYS_ESC, 'i' }, NC_("key hint", "back"),
	  N_("back to the list or the catalogue; any other key too") },

	{ KEYS_CTX_SHOW, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "scroll"), N_("scroll down") },
	{ KEYS_CTX_SHOW, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("scroll up") },
	{ KEYS_CTX_SHOW, KEYS_PGDN, { ' ', F(KEY_NPAGE) }, NULL, N_("one page down") },
	{ KEYS_CTX_SHOW, KEYS_PGUP, { 'b', F(KEY_PPAGE) }, NULL, N_("one page up") },
	{ KEYS_CTX_SHOW, KEYS_TOP, { 'g', F(KEY_HOME) }, NULL, N_("to the top") },
	{ KEYS_CTX_SHOW, KEYS_BOTTOM, { 'G', F(KEY_END) }, NULL, N_("to the bottom") },
	{ KEYS_CTX_SHOW, KEYS_BACK, { 'q', KEYS_ESC, 'v' }, NC_("key hint", "back"), N_("back to the list; any other key too") },

	{ KEYS_CTX_HELP, KEYS_DOWN, { 'j', F(KEY_DOWN) }, NC_("key hint", "scroll"), N_("scroll down") },
	{ KEYS_CTX_HELP, KEYS_UP, { 'k', F(KEY_UP) }, NULL, N_("scroll up") },
	{ KEYS_CTX_HELP, KEYS_PGDN, { ' ', F(KEY_NPAGE) }, NULL, N_("one page down") },
	{ KEYS_CTX_HELP, KEYS_PGUP, { 'b', F(KEY_PPAGE) }, NULL, N_("one page up") },
	{ KEYS_CTX_HELP, KEYS_TOP, { 'g', F(KEY_HOME) }, NULL, N_("to the top") },
	{ KEYS_CTX_HELP, KEYS_BOTTOM, { 'G', F(KEY_END) }, NULL, N_("to the bottom") },
	{ KEYS_CTX_HELP, KEYS_BACK, { 'q', KEYS_ESC, '?' }, NC_("key hint", "back"), N_("back to the list; any other key too") },
};

static const char *const keys_ctx_titles[KEYS_CTX_COUNT] = {
	[KEYS_CTX_LIST] = N_("The list of directives"),
	[KEYS_CTX_PROMPT] = N_("Typing (search, arguments, a file name)"),
	[KEYS_CTX_PICK] = N_("Adding from the catalogue (type to filter)"),
	[KEYS_CTX_PLUGIN] = N_("When a directive needs a plugin line"),
	[KEYS_CTX_DIFF] = N_("The diff view"),
	[KEYS_CTX_CONFIRM] = N_("When pppd would refuse the file"),
	[KEYS_CTX_CONFLICT] = N_("When the file changed on disk"),
	[KEYS_CTX_ASK_QUIT] = N_("Quitting with unsaved edits"),
	[KEYS_CTX_RECOVER] = N_("Edits kept when pppconf was stopped"),
	[KEYS_CTX_FIX_WHAT] = N_("Fix a problem: what happened?"),
	[KEYS_CTX_FIX_EXPLAIN] = N_("Fix a problem: what it means"),
	[KEYS_CTX_FIX_LIST] = N_("Fix a problem: the fixes"),
	[KEYS_CTX_FIX_ASK] = N_("Fix a problem: a question"),
	[KEYS_CTX_FIX_DIAG] = N_("Fix a problem: the diagnosis"),
	[KEYS_CTX_FIX_DONE] = N_("Fix a problem: done"),
	[KEYS_CTX_FIX_SERVICE] = N_("Fix a problem: which VPN"),
	[KEYS_CTX_FIX_REVIEW] = N_("Fix a problem: the VPN's file"),
	[KEYS_CTX_INFO] = N_("The whole explanation"),
	[KEYS_CTX_SHOW] = N_("What pppd ends up with"),
	[KEYS_CTX_HELP] = N_("This help"),
};

size_t keys_count(void)
{
	return sizeof keys_table / sizeof keys_table[0];
}

const struct keys_row *keys_at(size_t i)
{
	return i < keys_count() ? &keys_table[i] : NULL;
}

const char *keys_ctx_title(enum keys_ctx ctx)
{
	return ctx < KEYS_CTX_COUNT ? keys_ctx_titles[ctx] : "";
}

enum keys_action keys_lookup(enum keys_ctx ctx, int key)
{
	size_t i, k;

	for (i = 0; i < keys_count(); i++) {
		if (keys_table[i].ctx != ctx)
			continue;
		for (k = 0; k < 6 && keys_table[i].keys[k]; k++)
			if (keys_table[i].keys[k] == key)
				return keys_table[i].act;
	}
	return KEYS_NONE;
}

static const struct {
	int key;
	const char *name;
} keys_names[] = {
	{ KEYS_FN(KEY_DOWN), "Down" }, { KEYS_FN(KEY_UP), "Up" },
	{ KEYS_FN(KEY_LEFT), "Left" }, { KEYS_FN(KEY_RIGHT), "Right" },
	{ KEYS_FN(KEY_NPAGE), "PgDn" }, { KEYS_FN(KEY_PPAGE), "PgUp" },
	{ KEYS_FN(KEY_HOME), "Home" }, { KEYS_FN(KEY_END), "End" },
	{ KEYS_FN(KEY_ENTER), "Enter" }, { '\r', "Enter" }, { '\n', "C-j" },
	{ KEYS_FN(KEY_IC), "Ins" }, { KEYS_FN(KEY_DC), "Del" },
	{ KEYS_FN(KEY_BACKSPACE), "Backspace" }, { 0x7f, "Backspace" },
	{ KEYS_ESC, "Esc" }, { ' ', "Space" }, { '\t', "Tab" },
};

void keys_name(int key, char *out, size_t n)
{
	size_t i;

	if (n == 0)
		return;
	for (i = 0; i < sizeof keys_names / sizeof keys_names[0]; i++)
		if (keys_names[i].key == key) {
			snprintf(out, n, "%s", keys_names[i].name);
			return;
		}
	if (KEYS_IS_FN(key)) {
		int k = key & ~0x40000000;
		if (k >= KEY_F(1) && k <= KEY_F(12))
			snprintf(out, n, "F%d", k - KEY_F(0));
		else
			snprintf(out, n, "key%d", k);
	} else if (key > 0 && key < 0x20) {
		snprintf(out, n, "C-%c", key + 'a' - 1);
	} else if (key > 0x20 && key < 0x7f) {
		snprintf(out, n, "%c", key);
	} else {
		snprintf(out, n, "U+%04X", (unsigned)key);
	}
}

/* 1 when `name` is already one of the ", "-separated names in list. */
static int keys_listed(const char *list, const char *name)
{
	size_t n = strlen(name);
	const char *p = list;

	while ((p = strstr(p, name)) != NULL) {
		if ((p == list || p[-1] == ' ') && (p[n] == '\0' || p[n] == ','))
			return 1;
		p += n;
	}
	return 0;
}

void keys_row_names(const struct keys_row *r, char *out, size_t n)
{
	size_t k, len = 0;
	char one[24];

	if (n == 0)
		return;
	out[0] = '\0';
	for (k = 0; k < 6 && r->keys[k]; k++) {
		keys_name(r->keys[k], one, sizeof one);
		if (keys_listed(out, one))
			continue;   /* \r and KEY_ENTER are both "Enter" */
		if (r->keys[k] == '\n')
			continue;   /* C-j is Enter's twin; not worth a mention */
		len = strlen(out);
		snprintf(out + len, n - len, "%s%s", len ? ", " : "", one);
	}
}

int keys_first_name(enum keys_ctx ctx, enum keys_action act, char *out, size_t n)
{
	size_t i;

	for (i = 0; i < keys_count(); i++)
		if (keys_table[i].ctx == ctx && keys_table[i].act == act) {
			keys_name(keys_table[i].keys[0], out, n);
			return 1;
		}
	return 0;
}

size_t keys_text(int key, char *out, size_t n)
{
	char tmp[16];
	mbstate_t ms;
	size_t r;

	if (KEYS_IS_FN(key) || key < 0x20 || key == 0x7f || (key >= 0x80 && key < 0xa0))
		return 0;
	memset(&ms, 0, sizeof ms);
	r = wcrtomb(tmp, (wchar_t)key, &ms);
	if (r == (size_t)-1 || r > n)
		return 0;
	memcpy(out, tmp, r);
	return r;
}
