/* terminal.c - the terminal: checks, newterm, signal flags, keys or a script, teardown, dumps. */
#include "tui/terminal.h"

#include <errno.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <time.h>
#include <unistd.h>

#include "base/i18n.h"
#include <wchar.h>

#include "base/util.h"
#include "tui/keys.h"
#include "tui/theme.h"

#define TERMINAL_POLL_MS 300    /* how often a blocked read looks at the signal flag */
#define TERMINAL_SPIN_MAX 64    /* instant ERRs in a row that mean the tty is gone */

/* Set by the handlers, read by the loop: the only thing a handler does. */
static volatile sig_atomic_t terminal_signo;
/* The terminal to restore from util_die(); static because the hook has no
 * argument. */
static struct terminal *terminal_active;

static void terminal_on_signal(int sig)
{
	terminal_signo = sig;
}

/* Installed before newterm, so ncurses keeps its hands off INT and TERM
 * (it would endwin and _exit from inside the handler); TSTP and WINCH stay
 * with ncurses, which suspends, resumes and resizes correctly. A signal
 * ignored when we start (nohup, a background job) stays ignored; a dead
 * tty is then noticed by the reads instead. */
static void terminal_catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = terminal_on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;            /* no SA_RESTART: a blocked read returns */
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		struct sigaction old;

		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
}

int terminal_signal(void)
{
	return (int)terminal_signo;
}

void terminal_signal_clear(void)
{
	terminal_signo = 0;
}

static void terminal_fatal(void)
{
	if (terminal_active)
		terminal_close(terminal_active);
}

/* Refuses, in one sentence, a terminal curses cannot drive. */
static int terminal_usable(struct buf *err)
{
	const char *tn = getenv("TERM");
	char *cup;
	int e = 0;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		buf_adds(err, _("the editor needs a terminal on stdin and stdout; scripts can "
		         "use pppconf check, set, unset and fix (see pppconf --help)"));
		return -1;
	}
	if (!tn || !*tn) {
		buf_adds(err, _("TERM is not set; set it (for example TERM=xterm-256color) or "
		         "use the subcommands (pppconf --help)"));
		return -1;
	}
	if (setupterm(NULL, STDOUT_FILENO, &e) != OK) {
		if (e == 1)
			buf_printf(err, _("TERM=%s is a hardcopy terminal; the editor needs a screen"), tn);
		else if (e == -1)
			buf_printf(err, _("no terminfo database found for TERM=%s; try "
			           "TERM=xterm-256color"), tn);
		else
			buf_printf(err, _("unknown terminal type TERM=%s; try TERM=xterm-256color or "
			           "the subcommands (pppconf --help)"), tn);
		return -1;
	}
	cup = tigetstr("cup");
	if (!cup || cup == (char *)-1) {
		buf_printf(err, _("TERM=%s cannot move the cursor, so the editor cannot draw; "
		           "try TERM=xterm-256color or the subcommands (pppconf --help)"), tn);
		del_curterm(cur_term);
		return -1;
	}
	del_curterm(cur_term);
	return 0;
}

static int terminal_headless(struct terminal *t, const struct tui_opts *o, struct buf *err)
{
	/* plain char *: the Mac's ncurses 5.7 declares newterm without const */
	static char *const types[] = { "xterm", "vt100", "ansi" };
	size_t i;

	t->out = fopen("/dev/null", "w");
	t->in = fopen("/dev/null", "r");
	if (!t->out || !t->in) {
		buf_printf(err, _("cannot open /dev/null: %s"), strerror(errno));
		return -1;
	}
	if (script_open(&t->script, o->keys, err) < 0)
		return -1;
	t->have_script = 1;
	if (o->screen_out && !(t->dump = fopen(o->screen_out, "w"))) {
		buf_printf(err, _("cannot write %s: %s"), o->screen_out, strerror(errno));
		return -1;
	}
	for (i = 0; i < sizeof types / sizeof types[0] && !t->scr; i++)
		t->scr = newterm(types[i], t->out, t->in);
	if (!t->scr) {
		buf_adds(err, _("no terminal description (xterm, vt100) to run headless with"));
		return -1;
	}
	resizeterm(o->rows > 0 ? o->rows : 24, o->cols > 0 ? o->cols : 80);
	return 0;
}

int terminal_open(struct terminal *t, const struct tui_opts *o, struct draw *dr, struct buf *err)
{
	const char *cs = nl_langinfo(CODESET);

	memset(t, 0, sizeof *t);
	memset(dr, 0, sizeof *dr);
	dr->utf8 = cs && (!strcmp(cs, "UTF-8") || !strcmp(cs, "utf-8") || !strcmp(cs, "utf8"));
	dr->ascii = o->ascii || !dr->utf8;
	terminal_catch_signals();
	if (o->keys) {
		t->headless = 1;
		if (terminal_headless(t, o, err) < 0) {
			terminal_close(t);
			return -1;
		}
	} else {
		if (terminal_usable(err) < 0)
			return -1;
		t->scr = newterm(NULL, stdout, stdin);
		if (!t->scr) {
			buf_printf(err, _("cannot start the terminal (TERM=%s)"), getenv("TERM"));
			return -1;
		}
	}
	t->started = 1;
	terminal_active = t;
	util_set_fatal_hook(terminal_fatal);
	cbreak();               /* not raw(): Ctrl-C and Ctrl-Z still signal */
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	intrflush(stdscr, FALSE);
	wtimeout(stdscr, TERMINAL_POLL_MS);
	curs_set(0);
	if (o->escdelay >= 0)
		set_escdelay(o->escdelay);
	else if (!getenv("ESCDELAY"))
		set_escdelay(50);
	t->color = theme_init(!o->no_color);
#if defined(NCURSES_VERSION_MAJOR) && NCURSES_VERSION_MAJOR >= 6
	/* ncurses 6 flushes its output after every cursor movement until the
	 * screen has been left once (it takes the screen for one still being
	 * set up): a frame went out in some thirty writes, each a packet over
	 * SSH. Leaving it here, before anything is drawn, makes the first
	 * refresh come back to it, and every frame is then one write. */
	if (!t->headless)
		endwin();
#endif
	dr->w = stdscr;
	dr->rows = LINES;
	dr->cols = COLS;
	dr->cur_y = dr->cur_x = -1;
	return 0;
}

void terminal_close(struct terminal *t)
{
	if (t->started) {
		t->started = 0;
		curs_set(1);
		endwin();
	}
	if (t->scr) {
		delscreen(t->scr);
		t->scr = NULL;
	}
	if (t->have_script)
		script_close(&t->script);
	t->have_script = 0;
	if (t->dump)
		fclose(t->dump);
	if (t->out)
		fclose(t->out);
	if (t->in)
		fclose(t->in);
	t->dump = t->out = t->in = NULL;
	if (terminal_active == t)
		terminal_active = NULL;
}

void terminal_flush(struct terminal *t, struct draw *dr)
{
	(void)t;
	if (dr->cur_y >= 0) {
		curs_set(1);
		wmove(stdscr, dr->cur_y, dr->cur_x);
	} else {
		curs_set(0);
	}
	wnoutrefresh(stdscr);
	doupdate();
}

void terminal_repaint(void)
{
	clearok(curscr, TRUE);
}

/* ---- the screen as text ---- */

static char terminal_acs_ascii(wchar_t c)
{
	switch (c) {
	case 'q': case 0x2500: case 0x2501: return '-';
	case 'x': case 0x2502: case 0x2503: return '|';
	default: return '+';
	}
}

static int terminal_is_box(wchar_t c)
{
	return c >= 0x2500 && c <= 0x257f;
}

/* stdscr holds the whole frame (every screen draws there and nothing else),
 * so after the flush it is the virtual screen curses has shown. */
static void terminal_dump(struct terminal *t, const struct draw *dr, const char *name)
{
	struct buf out = { 0 };
	size_t start;
	int y, x;

	if (!t->dump)
		return;
	buf_printf(&out, "== %s ==\n", name);
	for (y = 0; y < dr->rows; y++) {
		start = out.len;
		for (x = 0; x < dr->cols; x++) {
			cchar_t cc;
			wchar_t wch[CCHARW_MAX + 1];
			attr_t at;
			short pair;
			char mb[16];
			mbstate_t ms;
			int k, w;

			if (mvwin_wch(stdscr, y, x, &cc) == ERR)
				break;
			memset(wch, 0, sizeof wch);
			getcchar(&cc, wch, &at, &pair, NULL);
			if ((at & A_ALTCHARSET) || terminal_is_box(wch[0])) {
				buf_addc(&out, terminal_acs_ascii(wch[0]));
				continue;
			}
			if (wch[0] == 0)
				wch[0] = ' ';
			memset(&ms, 0, sizeof ms);
			for (k = 0; k < CCHARW_MAX && wch[k]; k++) {
				size_t r = wcrtomb(mb, wch[k], &ms);
				if (r == (size_t)-1)
					buf_addc(&out, '?');
				else
					buf_add(&out, mb, r);
			}
			w = wcwidth(wch[0]);
			if (w > 1)
				x += w - 1;     /* the cells a wide character covers */
		}
		while (out.len > start && out.data[out.len - 1] == ' ')
			out.len--;
		buf_addc(&out, '\n');
	}
	/* one write, so a reader polling the file never sees half a screen */
	fwrite(out.data, 1, out.len, t->dump);
	fflush(t->dump);
	buf_free(&out);
}

/* ---- keys ---- */

static long terminal_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static enum terminal_event terminal_from_script(struct terminal *t, struct draw *dr, int *key,
                                        struct buf *err)
{
	struct script_item it;

	for (;;) {
		if (terminal_signo)
			return TERMINAL_SIGNAL;
		script_next(&t->script, &it);
		if (terminal_signo)
			return TERMINAL_SIGNAL;   /* it cut the read short */
		switch (it.kind) {
		case SCRIPT_KEY:
			*key = it.key;
			return TERMINAL_KEY;
		case SCRIPT_DUMP:
			terminal_dump(t, dr, it.name);
			continue;
		case SCRIPT_SIGNAL:
			raise(it.key);      /* through the handler, as from outside */
			continue;
		case SCRIPT_RESIZE:
			resizeterm(it.rows, it.cols);
			dr->rows = LINES;
			dr->cols = COLS;
			return TERMINAL_RESIZE;
		case SCRIPT_END:
			return TERMINAL_END;
		default:
			buf_printf(err, "%s", it.name);
			return TERMINAL_BAD;
		}
	}
}

enum terminal_event terminal_read(struct terminal *t, struct draw *dr, int *key, struct buf *err)
{
	if (t->have_script)
		return terminal_from_script(t, dr, key, err);
	for (;;) {
		wint_t wc = 0;
		long t0 = terminal_ms();
		int r;

		if (terminal_signo)
			return TERMINAL_SIGNAL;
		errno = 0;
		r = wget_wch(stdscr, &wc);
		if (terminal_signo)
			return TERMINAL_SIGNAL;
		if (r == ERR) {
			/* A dead tty answers at once, forever: EIO, or EOF with no
			 * errno. A live one waits out the poll interval. */
			if (errno == EIO || errno == ENXIO || errno == EBADF)
				return TERMINAL_HANGUP;
			if (terminal_ms() - t0 < TERMINAL_POLL_MS / 4) {
				if (++t->spins >= TERMINAL_SPIN_MAX)
					return TERMINAL_HANGUP;
			} else {
				t->spins = 0;
			}
			continue;
		}
		t->spins = 0;
		if (r == KEY_CODE_YES) {
			if (wc == KEY_RESIZE) {
				dr->rows = LINES;
				dr->cols = COLS;
				return TERMINAL_RESIZE;
			}
			*key = KEYS_FN((int)wc);
		} else {
			*key = (int)wc;
		}
		return TERMINAL_KEY;
	}
}
