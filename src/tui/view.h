/* view.h - the one interface every screen has: draw the app, handle a key. */
#ifndef PPPCONF_VIEW_H
#define PPPCONF_VIEW_H

#include "tui/draw.h"

/* draw paints the whole frame into dr->w (after werase); key handles one
 * key and returns APP_* flags for the main loop. */
struct view {
	void (*draw)(struct draw *dr, struct app *a);
	unsigned (*key)(struct draw *dr, struct app *a, int key);
};

/* listview.c: the directives and the explanation pane. */
void listview_layout(const struct draw *dr, struct app *a);
void listview_draw(struct draw *dr, struct app *a);
unsigned listview_key(struct draw *dr, struct app *a, int key);
/* promptview.c: search, argument and save-as prompts. */
void promptview_draw(struct draw *dr, struct app *a);
/* Draws a field's text in w columns from x, scrolled so the cursor shows;
 * `masked` draws one * per character. Leaves the cursor at the insertion point. */
void promptview_field(struct draw *dr, int y, int x, int w, const struct field *f,
                      int masked);
unsigned promptview_key(struct draw *dr, struct app *a, int key);
/* A prompt's editing key or typed text applied to f: APP_REDRAW, or APP_BELL
 * for a key that is neither. A byte the locale does not know is the terminal
 * sending UTF-8 to a program in another locale: it is kept. */
unsigned promptview_type(struct field *f, enum keys_action act, int key);
/* addview.c: the catalogue picker. */
void addview_draw(struct draw *dr, struct app *a);
unsigned addview_key(struct draw *dr, struct app *a, int key);
/* diffview.c: the diff, writing, conflicts. */
void diffview_draw(struct draw *dr, struct app *a);
unsigned diffview_key(struct draw *dr, struct app *a, int key);
/* A unified diff as page lines, coloured, secrets masked unless revealed. */
struct page;
void diffview_text(struct page *pg, const struct app *a, const struct buf *text);
/* Draws `text` as a diff from row 1 with `notes` under it (at most half the
 * screen), a separator between that tells the scroll position, and sets
 * a->page_h; the caller draws the title, message and hints and frees notes. */
void diffview_body(struct draw *dr, struct app *a, const struct buf *text, struct page *notes);
/* recoverview.c: edits kept by a stopped editor, offered back. */
void recoverview_draw(struct draw *dr, struct app *a);
unsigned recoverview_key(struct draw *dr, struct app *a, int key);
/* helpview.c: the keys, from the key table. */
void helpview_draw(struct draw *dr, struct app *a);
unsigned helpview_key(struct draw *dr, struct app *a, int key);
/* fixview.c: fix a problem, the guided fixes. */
void fixview_draw(struct draw *dr, struct app *a);
unsigned fixview_key(struct draw *dr, struct app *a, int key);
/* showview.c: what pppd ends up with (appstack_show's text). */
void showview_draw(struct draw *dr, struct app *a);
unsigned showview_key(struct draw *dr, struct app *a, int key);
/* askview.c: unsaved edits on quit. */
void askview_draw(struct draw *dr, struct app *a);
unsigned askview_key(struct draw *dr, struct app *a, int key);

#endif
