/* appstack.h - the files the editor follows into (`file` and `call`), one session each, and what pppd ends up with across them. */
#ifndef PPPCONF_APPSTACK_H
#define PPPCONF_APPSTACK_H

#include <stddef.h>

#include "base/buf.h"
#include "session/session.h"

struct app;

/* A file left for one it names: its session as it was (edits, undo,
 * saved bytes, lock) and where the list stood. */
struct appstack_frame {
	struct session s;
	size_t sel, top;
};

/* The files under the one in front (app.s), outermost first, and the
 * effective view's text. */
struct appstack {
	struct appstack_frame **f;
	size_t n, cap;
	const char *root;           /* --root: the configuration is a copy under it */
	unsigned open_flags;        /* SAFEWRITE_* every file is opened with */
	int keep;                   /* versions the history keeps */
	const char *pppd_version;   /* the checks' Linux release, or NULL */
	char *offer;                /* a missing file offered for creation: o again
	                               on the same row opens it empty */
	size_t offer_entry;
	struct buf show;            /* APP_SHOW: one row a line, "\t" before a
	                               row that belongs to the one above */
	size_t show_top;
};

void appstack_free(struct appstack *st);

/* o on a `file PATH` or `call NAME` row (enabled or not): opens the file
 * it names in front, the current one kept below with its edits. A missing
 * file is offered first (o again opens it empty, as a new file); a file
 * already open is refused (pppd would read it inside itself). APP_* flags. */
unsigned appstack_follow(struct app *a);
/* b: back to the file below, as it was left; refused (said why) while the
 * file in front has unsaved edits, which are never dropped unasked. */
unsigned appstack_back(struct app *a);
/* "options > peers/gprs": each open file's name, outermost first; empty
 * when only one file is open. */
void appstack_crumbs(const struct app *a, struct buf *out);
/* How many open files have unsaved edits; their names as the breadcrumb
 * shows them, ", "-separated, are appended to `names` (may be NULL). */
size_t appstack_unsaved(const struct app *a, struct buf *names);
/* After the file in front was written (or had nothing to write) on the way
 * out: back down to the next file with unsaved edits and its diff (APP_DIFF,
 * then_quit), or APP_QUIT when none is left. */
unsigned appstack_then_quit(struct app *a);
/* On a hang-up: the unsaved edits of every open file go to their recovery
 * files (appmerge_keep), the files below closed. Returns how many were
 * kept, -1 when one could not be (*err says why); *where names the last. */
int appstack_keep(struct app *a, struct buf *where, struct buf *err);

/* v: what pppd ends up with for the configuration the file in front
 * belongs to (config_open, as `pppconf show`), into st.show; APP_SHOW. */
unsigned appstack_show(struct app *a);

#endif
