/* appedit.h - every edit of the document the editor makes, as actions returning APP_* flags. */
#ifndef PPPCONF_APPEDIT_H
#define PPPCONF_APPEDIT_H

#include "editor/app.h"

/* On the selected directive: delete it; comment it out or back in; move it
 * above the previous (dir < 0) or below the next directive. */
unsigned appedit_delete(struct app *a);
unsigned appedit_toggle(struct app *a);
unsigned appedit_shift(struct app *a, int dir);
/* Undo and redo through the document's history (one step per action). */
unsigned appedit_undo(struct app *a);
unsigned appedit_redo(struct app *a);

/* The first finding on `entry` that suggests a replacement, or NULL. */
const struct check_finding *appedit_correction(const struct app *a, size_t entry);
/* A replacement as a message shows it: escaped, secrets masked unless
 * revealed, lines joined by "' then '". */
void appedit_rep_shown(const struct app *a, const char *rep, struct buf *out);
/* c on the list: replaces the selected entry's bytes by that finding's
 * replacement (deletes the entry for ""), as one undoable edit. */
unsigned appedit_correct(struct app *a);

/* e on the list: opens the argument prompt for the selected directive, or
 * says why it has nothing to edit. Returns APP_* flags. */
unsigned appedit_begin(struct app *a);
/* Recomputes the live verdict on what is typed (catalog_check_value). */
void appedit_check(struct app *a);
/* Enter in the prompt: sets the argument, or inserts the new directive. */
unsigned appedit_commit(struct app *a);

/* a on the list: opens the catalogue picker. */
unsigned appedit_pick_begin(struct app *a);
/* Recomputes the picker's rows after the filter changed. */
void appedit_pick_filter(struct app *a);
/* Enter in the picker: asks about a missing plugin line, then the argument
 * (if the directive takes one), then inserts. */
unsigned appedit_pick_choose(struct app *a);
/* The answer about the plugin line: 1 insert it first, 0 only the directive. */
unsigned appedit_pick_plugin(struct app *a, int yes);

/* Where a new directive goes: after the selected row, but plugin options
 * after their plugin line when that comes later. A line index for doc_insert. */
size_t appedit_insert_line(const struct app *a, const struct catalog_entry *ce);

#endif
