/* cli_set.c - `pppconf set` and `pppconf unset`: one directive added, changed or removed, with every word checked first. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "base/util.h"
#include "cli/cli_edit.h"
#include "cli/cli_words.h"
#include "pppd/catalog.h"
#include "pppd/secrets.h"

#define CLI_SET_USAGE "pppconf set NAME [[--] ARG] [FILE]"
#define CLI_UNSET_USAGE "pppconf unset NAME [[--] ARG] [FILE]"

/* The first word after "--" among the extra ones that looks like an option
 * (a script that put --yes last, say), or NULL. */
static const char *cli_set_late_option(const struct cli_opts *o, int argc, char **argv,
                                       int used)
{
	int i;

	for (i = used; i < argc; i++)
		if (i >= o->literal && argv[i][0] == '-' && argv[i][1] == '-' && argv[i][2])
			return argv[i];
	return NULL;
}

/* -1 after saying so when words are left over after the `used` ones (the
 * file is the one word allowed after them, unless --file named it). */
static int cli_set_extra_words(const struct cli_opts *o, int argc, char **argv, int used,
                               const char *verb, const char *usage)
{
	const char *late;

	if (argc <= used + 1 && !(argc == used + 1 && o->file))
		return 0;
	late = cli_set_late_option(o, argc, argv, used);
	if (late)
		cli_json_error("too many words for %s %s (usage: %s); after -- every word is "
		               "taken as written, so '%s' is not read as an option: put the "
		               "options before --", verb, argv[1], usage, late);
	else
		cli_json_error("too many words for %s %s (usage: %s)", verb, argv[1], usage);
	return -1;
}

static int cli_set_same_arg(const struct doc *d, size_t e, const char *arg)
{
	const struct doc_entry *en = &d->entries[e];

	if (!arg)
		return en->nwords == 1;
	return en->nwords == 2 && doc_word_is(d, en->word + 1, arg);
}

/* Where a new directive goes: plugin options after their plugin's line,
 * everything else at the end. SIZE_MAX when the plugin line is missing. */
static size_t cli_set_insert_line(const struct doc *d, const struct catalog_entry *ce)
{
	size_t e, last = SIZE_MAX;

	if (!ce->plugin)
		return d->nlines;
	for (e = 0; e < d->nentries; e++) {
		const struct doc_entry *en = &d->entries[e];
		char a[LEXER_MAXWORD + 1];
		if (en->disabled || en->nwords < 2 || !doc_word_is(d, en->word, "plugin"))
			continue;
		if (strstr(doc_word_cstr(d, en->word + 1, a, NULL), ce->plugin))
			last = e;
	}
	if (last == SIZE_MAX)
		return SIZE_MAX;
	return d->nlines;  /* after the plugin line: the end is after it too */
}

/* The words of `set`: the row, the value (NULL for none) and how many words
 * the command itself used. -1 after saying what is wrong. */
static int cli_set_words(const struct cli_opts *o, int argc, char **argv,
                         const struct catalog_entry **ce, const char **arg, int *used)
{
	*arg = NULL;
	*used = 2;
	if (argc < 2) {
		cli_json_error("usage: %s", CLI_SET_USAGE);
		return -1;
	}
	if (cli_words_not_file(o, argv, 1, C_("a directive's", "name"), CLI_SET_USAGE) < 0 ||
	    (*ce = cli_words_known(argv[1], o->platform, 0)) == NULL)
		return -1;
	/* words no file should hold: pppd would end every run there
	 * (check_entry_exits, check_controller_controlled say why) */
	if ((*ce)->flags & CATALOG_EXITS) {
		cli_json_error("'%s' makes pppd print and exit without connecting: every "
		               "connection that reads the file would end there, so pppconf set "
		               "does not write it (see pppconf explain %s%s)", argv[1],
		               argv[1][0] == '-' ? "-- " : "", argv[1]);
		return -1;
	}
	if (o->platform == PLATFORM_MACOS && strcmp((*ce)->name, "controlled") == 0) {
		cli_json_error("'controlled' belongs on the command line PPPController gives "
		               "pppd; in a file it stops a pppd started any other way, so pppconf "
		               "set does not write it (see pppconf explain controlled)");
		return -1;
	}
	if ((*ce)->nargs > 0 && !((*ce)->flags & CATALOG_WILDCARD)) {
		if (argc < 3) {
			cli_json_error("%s takes a value: pppconf set %s %s", argv[1], argv[1],
			               (*ce)->argname ? (*ce)->argname : "VALUE");
			return -1;
		}
		*arg = argv[2];
		*used = 3;
		if (cli_words_not_file(o, argv, 2, C_("a directive's", "value"), CLI_SET_USAGE) < 0 ||
		    cli_words_value(*ce, *arg, o->platform) < 0)
			return -1;
	}
	return cli_set_extra_words(o, argc, argv, *used, "set", CLI_SET_USAGE);
}

/* The edit set makes: the last enabled line changed, else the first
 * commented-out one enabled, else a new line. -1 after saying why not. */
static int cli_set_edit(struct doc *d, const char *name, const struct catalog_entry *ce,
                        const char *arg, enum platform p)
{
	size_t e, found = SIZE_MAX, disabled = SIZE_MAX, line;
	const char *w[2];
	int rc = 0;

	for (e = 0; e < d->nentries; e++) {
		const struct doc_entry *en = &d->entries[e];
		if (!doc_word_is(d, en->word, name))
			continue;
		if (en->disabled) {
			if (disabled == SIZE_MAX)
				disabled = e;
		} else if (!check_adds_up(name) || cli_set_same_arg(d, e, arg)) {
			found = e;   /* the last one is what pppd uses */
		}
	}
	if (found != SIZE_MAX) {
		if (!cli_set_same_arg(d, found, arg))
			rc = doc_set_args(d, found, &arg, arg ? 1 : 0, NULL);
	} else if (disabled != SIZE_MAX) {
		size_t ne = disabled;
		doc_group_begin(d);
		rc = doc_set_disabled(d, disabled, 0, &ne);
		if (rc == 0 && ne != SIZE_MAX && !cli_set_same_arg(d, ne, arg))
			rc = doc_set_args(d, ne, &arg, arg ? 1 : 0, NULL);
		doc_group_end(d);
	} else if ((line = cli_set_insert_line(d, ce)) == SIZE_MAX) {
		/* On a Mac PPPController loads PPPSerial.ppp itself for a serial or
		 * modem service, before the service's peers file; a plugin line in
		 * /etc/ppp/options or in that file loads it twice (check_plugin.c,
		 * check_plugin_serial_twice, says what that does). */
		if (p == PLATFORM_MACOS && strcmp(ce->plugin, "PPPSerial.ppp") == 0)
			cli_json_error("%s belongs to the %s plugin, which PPPController loads for "
			               "a serial or modem service before it reads /etc/ppp/peers/<exact "
			               "service name>: write it there in a text editor, without a plugin "
			               "line, as a plugin line there or in /etc/ppp/options loads the "
			               "plugin a second time. Only for a pppd you start by hand: add "
			               "`plugin %s` first (pppconf set plugin %s)",
			               name, ce->plugin, ce->plugin, ce->plugin);
		else
			cli_json_error("%s belongs to the %s plugin: add `plugin %s` first (pppconf "
			               "set plugin %s)", name, ce->plugin, ce->plugin, ce->plugin);
		return -1;
	} else {
		w[0] = name;
		w[1] = arg;
		rc = doc_insert(d, line, w, arg ? 2 : 1, NULL);
	}
	if (rc < 0)
		cli_json_error("%s", d->error);
	return rc;
}

/* set and unset write directives as an options file holds them; in a
 * secrets file pppd would read such a line as a client's, so they refuse
 * one (its lines are edited in the editor). -1 after saying so. */
static int cli_set_not_secrets(const char *path, const char *cmd)
{
	if (!secrets_path(path))
		return 0;
	cli_json_error(_("%s is a secrets file, whose lines are client, server, secret and "
	                 "addresses, not options: %s does not edit it (open it in the editor: "
	                 "pppconf %s)"), path, cmd, path);
	return -1;
}

int cli_set(const struct cli_opts *o, int argc, char **argv)
{
	const struct catalog_entry *ce;
	const char *arg;
	struct cli_edit ed;
	int used, rc;

	if (cli_set_words(o, argc, argv, &ce, &arg, &used) < 0 ||
	    cli_set_not_secrets(cli_edit_path(o, argc, argv, used), "set") < 0)
		return CLI_FAIL;
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, used),
	                  o->dry_run ? SAFEWRITE_READONLY : 0, 0) < 0)
		return CLI_FAIL;
	if (cli_set_edit(&ed.s.doc, argv[1], ce, arg, o->platform) < 0)
		rc = CLI_FAIL;
	else
		rc = cli_edit_finish(&ed, "set");
	rc = cli_edit_done(&ed, "set", rc);
	cli_edit_close(&ed);
	return rc;
}

/* The words of `unset`: the value that picks one line (NULL: every line)
 * and the words used. With three words the third is the file, unless it
 * comes after -- or names no file while the option takes a value: a value
 * given without its file would otherwise be opened as a file that does
 * not exist, and nothing removed. -1 after saying what is wrong. */
static int cli_unset_words(const struct cli_opts *o, int argc, char **argv,
                           const char **arg, int *used)
{
	const struct catalog_entry *ce;
	struct stat st;

	*arg = NULL;
	*used = 2;
	if (argc < 2) {
		cli_json_error("usage: %s", CLI_UNSET_USAGE);
		return -1;
	}
	if (cli_words_not_file(o, argv, 1, C_("a directive's", "name"), CLI_UNSET_USAGE) < 0)
		return -1;
	ce = catalog_find_any(argv[1], o->platform);
	if (ce && ce->nargs > 0 && (argc >= 4 || (argc == 3 && (o->file || 2 >= o->literal)))) {
		*arg = argv[2];
		*used = 3;
	} else if (ce && ce->nargs > 0 && argc == 3 && !strchr(argv[2], '/') &&
	           stat(argv[2], &st) != 0) {
		cli_json_error("'%s' is not a file: if it is the value of the %s line to remove, "
		               "write it after -- (pppconf unset %s -- %s)", argv[2], argv[1],
		               argv[1], argv[2]);
		return -1;
	}
	return cli_set_extra_words(o, argc, argv, *used, "unset", CLI_UNSET_USAGE);
}

int cli_unset(const struct cli_opts *o, int argc, char **argv)
{
	const char *name, *arg;
	struct cli_edit ed;
	size_t e, n = 0, cap = 0, *gone = NULL;
	int used, rc = CLI_FAIL;

	if (cli_unset_words(o, argc, argv, &arg, &used) < 0 ||
	    cli_set_not_secrets(cli_edit_path(o, argc, argv, used), "unset") < 0)
		return CLI_FAIL;
	name = argv[1];
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, used),
	                  o->dry_run ? SAFEWRITE_READONLY : 0, 0) < 0)
		return CLI_FAIL;
	for (e = 0; e < ed.s.doc.nentries; e++) {
		const struct doc_entry *en = &ed.s.doc.entries[e];
		if (en->disabled || !doc_word_is(&ed.s.doc, en->word, name))
			continue;
		if (arg && !cli_set_same_arg(&ed.s.doc, e, arg))
			continue;
		util_grow(&gone, &cap, n + 1, sizeof *gone);
		gone[n++] = e;
	}
	/* A word pppd does not know may still be removed from a file that has
	 * it (it is what stops pppd); elsewhere it is a mistyped name. */
	if (n == 0 && doc_find(&ed.s.doc, name, 0) == SIZE_MAX &&
	    !cli_words_known(name, o->platform, 0))
		rc = CLI_FAIL;
	else if (doc_delete_entries(&ed.s.doc, gone, n) < 0)
		cli_json_error("%s", ed.s.doc.error);
	else
		rc = cli_edit_finish(&ed, "unset");
	free(gone);
	rc = cli_edit_done(&ed, "unset", rc);
	cli_edit_close(&ed);
	return rc;
}
