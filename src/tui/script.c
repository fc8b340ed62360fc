/* script.c - reads the key scripts that drive the editor headless (tests, screenshots).
 *
 * Format: one item per line. Blank lines and lines starting with '#' are
 * skipped (a lone "#" is a comment too; type it with `type #`).
 *
 *   j                 a line of one character is that key (UTF-8 is fine)
 *   <Down> <Up> <Left> <Right> <PgDn> <PgUp> <Home> <End>
 *   <Enter> <Esc> <Tab> <BS> <Del> <Ins> <Space> <F1> .. <F12>
 *                     named keys
 *   <C-r>             a control key (<C-a> .. <C-z>)
 *   type TEXT         every character of TEXT as a key, in order
 *   dump NAME         appends the screen as plain text, under a line
 *                     "== NAME ==", to the --screen-out file
 *   resize COLSxROWS  the terminal changes size (the editor gets KEY_RESIZE)
 *   signal NAME       the editor raises INT, TERM, HUP or QUIT at itself, as
 *                     Ctrl-C or kill would
 *
 * The script ending is like a dropped connection: the editor leaves without
 * writing anything (exit status 0).
 */
#include "tui/script.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "base/i18n.h"
#include "base/util.h"
#include "tui/keys.h"

static const struct {
	const char *name;
	int key;
} script_names[] = {
	{ "Down", KEYS_FN(KEY_DOWN) }, { "Up", KEYS_FN(KEY_UP) },
	{ "Left", KEYS_FN(KEY_LEFT) }, { "Right", KEYS_FN(KEY_RIGHT) },
	{ "PgDn", KEYS_FN(KEY_NPAGE) }, { "PgUp", KEYS_FN(KEY_PPAGE) },
	{ "Home", KEYS_FN(KEY_HOME) }, { "End", KEYS_FN(KEY_END) },
	{ "Enter", '\r' }, { "Esc", KEYS_ESC }, { "Tab", '\t' },
	{ "BS", KEYS_FN(KEY_BACKSPACE) }, { "Del", KEYS_FN(KEY_DC) },
	{ "Ins", KEYS_FN(KEY_IC) }, { "Space", ' ' },
};

int script_open(struct script *s, const char *path, struct buf *err)
{
	memset(s, 0, sizeof *s);
	s->fp = fopen(path, "r");
	if (!s->fp) {
		buf_printf(err, _("cannot read the key script %s: %s"), path, strerror(errno));
		return -1;
	}
	return 0;
}

void script_close(struct script *s)
{
	if (s->fp)
		fclose(s->fp);
	s->fp = NULL;
	free(s->pend);
	s->pend = NULL;
	s->npend = s->ipend = s->cap = 0;
}

/* Decodes UTF-8 (or the locale's bytes) into pending keys. */
static int script_queue(struct script *s, const char *t, size_t n)
{
	mbstate_t ms;
	wchar_t wc;
	size_t r;

	s->npend = s->ipend = 0;
	memset(&ms, 0, sizeof ms);
	while (n > 0) {
		r = mbrtowc(&wc, t, n, &ms);
		if (r == (size_t)-1 || r == (size_t)-2 || r == 0) {
			wc = (unsigned char)*t;   /* not a character here: the byte */
			r = 1;
			memset(&ms, 0, sizeof ms);
		}
		util_grow(&s->pend, &s->cap, s->npend + 1, sizeof *s->pend);
		s->pend[s->npend++] = (int)wc;
		t += r;
		n -= r;
	}
	return 0;
}

static int script_named(const char *t, size_t n, int *key)
{
	size_t i;

	if (n < 3 || t[0] != '<' || t[n - 1] != '>')
		return 0;
	t++;
	n -= 2;
	if (n == 3 && t[0] == 'C' && t[1] == '-' && t[2] >= 'a' && t[2] <= 'z') {
		*key = KEYS_CTRL(t[2]);
		return 1;
	}
	if ((n == 2 || n == 3) && t[0] == 'F') {
		int f = atoi(t + 1);
		if (f >= 1 && f <= 12) {
			*key = KEYS_FN(KEY_F(f));
			return 1;
		}
	}
	for (i = 0; i < sizeof script_names / sizeof script_names[0]; i++)
		if (strlen(script_names[i].name) == n && memcmp(script_names[i].name, t, n) == 0) {
			*key = script_names[i].key;
			return 1;
		}
	return 0;
}

static void script_line(struct script *s, char *t, size_t n, struct script_item *it)
{
	if (n > 5 && strncmp(t, "type ", 5) == 0) {
		script_queue(s, t + 5, n - 5);
		it->kind = SCRIPT_NONE;
	} else if (n > 5 && strncmp(t, "dump ", 5) == 0) {
		it->kind = SCRIPT_DUMP;
		snprintf(it->name, sizeof it->name, "%.150s", t + 5);
	} else if (n > 7 && strncmp(t, "resize ", 7) == 0) {
		it->kind = sscanf(t + 7, "%dx%d", &it->cols, &it->rows) == 2 && it->cols > 0 &&
		           it->rows > 0 ? SCRIPT_RESIZE : SCRIPT_BAD;
	} else if (n > 7 && strncmp(t, "signal ", 7) == 0) {
		static const struct { const char *name; int sig; } sigs[] = {
			{ "INT", SIGINT }, { "TERM", SIGTERM }, { "HUP", SIGHUP }, { "QUIT", SIGQUIT },
		};
		size_t i;

		it->kind = SCRIPT_BAD;
		for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
			if (strcmp(t + 7, sigs[i].name) == 0) {
				it->kind = SCRIPT_SIGNAL;
				it->key = sigs[i].sig;
			}
	} else if (script_named(t, n, &it->key)) {
		it->kind = SCRIPT_KEY;
	} else {
		script_queue(s, t, n);
		if (s->npend == 1) {
			it->kind = SCRIPT_KEY;
			it->key = s->pend[0];
			s->npend = 0;
		} else {
			s->npend = 0;
			it->kind = SCRIPT_BAD;
		}
	}
	if (it->kind == SCRIPT_BAD)
		snprintf(it->name, sizeof it->name, _("line %zu: not a key or command: %.80s"),
		         s->lineno, t);
}

void script_next(struct script *s, struct script_item *it)
{
	char line[4096];
	size_t n;

	memset(it, 0, sizeof *it);
	for (;;) {
		if (s->ipend < s->npend) {
			it->kind = SCRIPT_KEY;
			it->key = s->pend[s->ipend++];
			return;
		}
		if (!s->fp || !fgets(line, sizeof line, s->fp)) {
			it->kind = SCRIPT_END;
			return;
		}
		s->lineno++;
		n = strlen(line);
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		script_line(s, line, n, it);
		if (it->kind != SCRIPT_NONE)
			return;
	}
}
