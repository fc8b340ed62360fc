/* tui.h - the full-screen editor's one entry point (this header needs no curses). */
/* Folder src/tui: everything that draws - the only code that includes curses: terminal, screens,
 * the key table, colours, headless key scripts. Depends on editor and what it shows. */
#ifndef PPPCONF_TUI_H
#define PPPCONF_TUI_H

#include "base/platform.h"

/* Exit statuses of tui_run besides 128 + N after signal N. */
enum tui_status {
	TUI_OK = 0,       /* the user quit */
	TUI_FAIL = 2      /* the file or the terminal could not be used */
};

/* What the editor is asked to do. */
struct tui_opts {
	enum platform platform;  /* whose pppd reads the file */
	int read_only;           /* never write (a copy elsewhere still can be) */
	int reveal;              /* secrets shown from the start */
	int no_color;
	int ascii;               /* ASCII line drawing */
	int escdelay;            /* milliseconds ESC waits; -1: the default */
	const char *keys;        /* a key script: run headless (tests); NULL: the tty */
	const char *screen_out;  /* headless: where the screen dumps go, or NULL */
	int cols, rows;          /* headless: the screen size; 0: 80x24 */
	int keep;                /* versions the history keeps; -1: the default */
	const char *root;        /* --root: `file` and `call` lead to files under it */
	const char *pppd_version; /* --pppd-version: the Linux release the checks
	                            speak for; NULL: not known */
};

/* Runs the editor on `path` until the user quits; returns a tui_status. */
int tui_run(const struct tui_opts *o, const char *path);

/* Prints the key table as "text", "markdown" or "roff"; returns 0, or 2
 * for a format it does not know. */
int tui_help_keys(const char *format);

#endif
