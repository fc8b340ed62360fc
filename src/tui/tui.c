/* tui.c - the editor's main loop: draw the screen in front, read a key, act on the flags. */
#include "tui/tui.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "editor/app.h"
#include "tui/pane.h"
#include "tui/terminal.h"
#include "tui/view.h"

/* One row per app mode: the screen that draws it and handles its keys. */
static const struct view tui_views[APP_MODE_COUNT] = {
	[APP_LIST] = { listview_draw, listview_key },
	[APP_HELP] = { helpview_draw, helpview_key },
	[APP_EXPLAIN] = { pane_page_draw, pane_page_key },
	[APP_SEARCH] = { promptview_draw, promptview_key },
	[APP_EDIT] = { promptview_draw, promptview_key },
	[APP_PICK] = { addview_draw, addview_key },
	[APP_DIFF] = { diffview_draw, diffview_key },
	[APP_SAVE_AS] = { promptview_draw, promptview_key },
	[APP_FIX] = { fixview_draw, fixview_key },
	[APP_QUIT_ASK] = { askview_draw, askview_key },
	[APP_RECOVER] = { recoverview_draw, recoverview_key },
	[APP_SHOW] = { showview_draw, showview_key },
};

static int tui_too_small(const struct draw *dr)
{
	return dr->rows < DRAW_TINY_ROWS || dr->cols < DRAW_TINY_COLS;
}

static void tui_frame(struct draw *dr, struct app *a)
{
	werase(dr->w);
	dr->cur_y = dr->cur_x = -1;
	if (tui_too_small(dr)) {
		draw_too_small(dr, a);
		return;
	}
	listview_layout(dr, a);
	tui_views[a->mode].draw(dr, a);
}

/* Ctrl-C is how people cancel, so INT never throws edits away unasked: it
 * cancels the prompt, picker or question in front (as Esc does); at the
 * list with unsaved edits it asks the quit question. It leaves at once
 * (1) only with nothing unsaved, or when pressed again at that question. */
static int tui_interrupt(struct draw *dr, struct app *a)
{
	if (a->mode == APP_QUIT_ASK || (a->mode == APP_LIST && !appstack_unsaved(a, NULL)))
		return 1;
	if (a->mode == APP_LIST)
		app_quit(a);
	else
		tui_views[a->mode].key(dr, a, KEYS_ESC);
	return 0;
}

/* What a careful admin should still read once the screen is gone: who
 * other than root could change the file, and notes about saving it. */
static void tui_warnings(const struct app *a)
{
	const struct check_report *r = &a->s.report;
	size_t i;

	for (i = 0; i < r->n; i++)
		if (session_file_risk(&r->items[i]))
			fprintf(stderr, "pppconf: %s\n", check_message(r, &r->items[i]));
	if (a->s.file.warnings.len)
		fprintf(stderr, "pppconf: %s", a->s.file.warnings.data);
}

/* Stopped from outside (a hang-up, TERM, QUIT), not by the user's choice:
 * the unsaved edits go to the recovery file, for the next start to offer.
 * Says in *note what became of them. */
static void tui_keep(struct app *a, int status, struct buf *note)
{
	struct buf where = { 0 }, err = { 0 };
	int r;

	if (status != 128 + SIGHUP && status != 128 + SIGTERM && status != 128 + SIGQUIT)
		return;
	r = appstack_keep(a, &where, &err);
	if (r > 1)
		buf_printf(note, "the unsaved edits were not written: they are kept in %s, and "
		           "pppconf offers each back when it opens that file again", where.data);
	else if (r > 0)
		buf_printf(note, "the unsaved edits were not written: they are kept in %s, and "
		           "pppconf %s offers them back", where.data, a->s.path);
	else if (r < 0)
		buf_printf(note, "the unsaved edits were not written, and could not be kept: %s",
		           err.data);
	buf_free(&where);
	buf_free(&err);
}

/* One line after the screen is gone, so the shell shows what happened. */
static void tui_farewell(const struct app *a, int status, const struct buf *err,
                         const struct buf *kept)
{
	if (err->len) {
		fprintf(stderr, "pppconf: %s\n", err->data);
	} else if (status > 128 && kept->len) {
		fputs("pppconf: ", stderr);
		fprintf(stderr, _("stopped by signal %d; %s"), status - 128, kept->data);
		fputc('\n', stderr);
	} else if (status > 128) {
		fputs("pppconf: ", stderr);
		fprintf(stderr, doc_modified(&a->s.doc) ?
		        _("stopped by signal %d; the unsaved edits were not written") :
		        _("stopped by signal %d; nothing was left unsaved"), status - 128);
		fputc('\n', stderr);
	} else if (a->stack.n && appstack_unsaved(a, NULL)) {
		struct buf names = { 0 };

		appstack_unsaved(a, &names);
		fputs("pppconf: ", stdout);
		printf(_("the edits to %s were discarded; the files are as they were on disk."), names.data);
		putchar('\n');
		buf_free(&names);
	} else if (doc_modified(&a->s.doc)) {
		fputs("pppconf: ", stdout);
		printf(a->written.len ?
		       _("the edits were discarded; %s is as it was after the last write.") :
		       _("the edits were discarded; %s is as it was."), a->s.path);
		putchar('\n');
	} else if (a->written.len) {
		printf("pppconf: %s\n", a->written.data);
	}
	tui_warnings(a);
}

static int tui_loop(struct terminal *t, struct draw *dr, struct app *a, struct buf *err)
{
	enum terminal_event ev;
	unsigned fl;
	int key = 0;

	for (;;) {
		tui_frame(dr, a);
		terminal_flush(t, dr);
		ev = terminal_read(t, dr, &key, err);
		switch (ev) {
		case TERMINAL_SIGNAL:
			/* TERM, HUP and QUIT cannot ask anyone: they leave at once */
			if (terminal_signal() != SIGINT)
				return 128 + terminal_signal();
			terminal_signal_clear();
			if (tui_interrupt(dr, a))
				return 128 + SIGINT;
			continue;
		case TERMINAL_HANGUP: return 128 + SIGHUP;
		case TERMINAL_END: return TUI_OK;
		case TERMINAL_BAD: return TUI_FAIL;
		case TERMINAL_RESIZE:
			terminal_repaint();
			continue;
		case TERMINAL_KEY:
			break;
		}
		if (tui_too_small(dr)) {
			if (key == 'q' && !appstack_unsaved(a, NULL))
				return TUI_OK;
			continue;
		}
		fl = tui_views[a->mode].key(dr, a, key);
		if (fl & APP_REPAINT)
			terminal_repaint();
		if (fl & APP_QUIT)
			return TUI_OK;
	}
}

int tui_run(const struct tui_opts *o, const char *path)
{
	struct app a;
	struct app_config cfg;
	struct terminal t;
	struct draw dr;
	struct buf err = { 0 }, kept = { 0 };
	int status;

	memset(&cfg, 0, sizeof cfg);
	cfg.platform = o->platform;
	cfg.read_only = o->read_only;
	cfg.reveal = o->reveal;
	cfg.keep = o->keep;
	cfg.root = o->root;
	cfg.pppd_version = o->pppd_version;
	if (app_open(&a, path, &cfg, &err) < 0) {
		fprintf(stderr, "pppconf: %s\n", err.data ? err.data : path);
		buf_free(&err);
		return TUI_FAIL;
	}
	if (terminal_open(&t, o, &dr, &err) < 0) {
		fprintf(stderr, "pppconf: %s\n", err.data);
		buf_free(&err);
		app_close(&a);
		return TUI_FAIL;
	}
	status = tui_loop(&t, &dr, &a, &err);
	terminal_close(&t);
	tui_keep(&a, status, &kept);
	tui_farewell(&a, status, &err, &kept);
	buf_free(&err);
	buf_free(&kept);
	app_close(&a);
	return status;
}
