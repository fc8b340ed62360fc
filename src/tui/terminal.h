/* terminal.h - the terminal behind an interface: a real tty, or headless with a key script. */
#ifndef PPPCONF_TERMINAL_H
#define PPPCONF_TERMINAL_H

#include <curses.h>
#include <stdio.h>

#include "base/buf.h"
#include "tui/tui.h"
#include "tui/draw.h"
#include "tui/script.h"

enum terminal_event {
	TERMINAL_KEY,     /* *key holds a key */
	TERMINAL_RESIZE,  /* the size changed; dr->rows/cols are the new one */
	TERMINAL_SIGNAL,  /* INT, TERM, HUP or QUIT arrived: terminal_signal() */
	TERMINAL_HANGUP,  /* the tty is gone (EIO, or reads that return at once) */
	TERMINAL_END,     /* the key script ended */
	TERMINAL_BAD      /* the key script has a line that is not a key (err) */
};

struct terminal {
	SCREEN *scr;
	FILE *out, *in;       /* headless: /dev/null, owned here */
	int headless;
	int started;          /* curses is on: endwin owed */
	int color;            /* colour pairs in use */
	struct script script; /* headless keys */
	int have_script;
	FILE *dump;           /* --screen-out */
	int spins;            /* reads in a row that returned at once */
};

/* Checks the terminal (a tty on stdin and stdout, TERM set and known, able
 * to move the cursor) or, with o->keys, sets up the headless screen of
 * o->cols x o->rows; then curses modes, ESC delay, colours, signal flags.
 * On failure returns -1 with one sentence in *err and curses untouched. */
int terminal_open(struct terminal *t, const struct tui_opts *o, struct draw *dr,
                  struct buf *err);
/* Restores the terminal; safe to call twice and from the fatal-error path. */
void terminal_close(struct terminal *t);
/* One doupdate for everything drawn, with the cursor where dr says. */
void terminal_flush(struct terminal *t, struct draw *dr);
/* The next event; never spins on a dead tty. */
enum terminal_event terminal_read(struct terminal *t, struct draw *dr, int *key,
                                  struct buf *err);
/* The signal that arrived, or 0. */
int terminal_signal(void);
/* Forgets the signal once the loop has handled it without leaving (INT). */
void terminal_signal_clear(void);
/* The next flush repaints everything (resize, Ctrl-L). */
void terminal_repaint(void);

#endif
