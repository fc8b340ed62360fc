/* cli_edit.c - the commands that change one directive or put the backup back (set, unset, restore), and what every command shares. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pppd/catalog.h"
#include "cli/cli_edit.h"
#include "base/diff.h"
#include "pppd/facts.h"
#include "base/util.h"

int cli_edit_open(struct cli_edit *ed, const struct cli_opts *o, const char *path,
                  unsigned flags, int stdin_ok)
{
	struct buf err = { 0 };
	int r;

	memset(ed, 0, sizeof *ed);
	ed->o = o;
	/* "-": the text comes from a pipe; nothing is known about a file */
	if (stdin_ok && strcmp(path, "-") == 0)
		r = session_read(&ed->s, STDIN_FILENO, "standard input", o->platform, &err);
	else
		r = session_open(&ed->s, path, o->platform, flags, &err);
	if (r < 0) {
		fputs("pppconf: ", stderr);
		cli_check_put(stderr, err.data ? err.data : path);
		fputc('\n', stderr);
	}
	buf_free(&err);
	return r;
}

void cli_edit_close(struct cli_edit *ed)
{
	session_close(&ed->s);
}

/* Counts the errors pppd would meet in p[0..n); with `show`, prints them
 * (line and message) so that a refusal names what is wrong. */
size_t cli_edit_errors(const char *p, size_t n, enum platform pl,
                       const struct check_file *f, int show)
{
	struct doc d;
	struct check_report r;
	struct check_file ctx;
	size_t errs, i;

	/* only what pppd loaded before the file matters here, not its facts */
	memset(&ctx, 0, sizeof ctx);
	ctx.loaded = f ? f->loaded : NULL;
	doc_load(&d, p, n, lexer_dialect_for(pl), catalog_arity, &pl);
	check_run(&d, pl, &ctx, &r);
	errs = r.count[CHECK_ERROR];
	for (i = 0; show && i < r.n; i++)
		if (check_finding_severity(&r.items[i]) == CHECK_ERROR)
			fprintf(stderr, "  line %zu: %s\n", (size_t)r.items[i].line,
			        check_message(&r, &r.items[i]));
	check_report_free(&r);
	doc_free(&d);
	return errs;
}

int cli_edit_ask(const char *path)
{
	char line[32];

	if (!isatty(STDIN_FILENO))
		return 0;
	fprintf(stderr, "Write these changes to %s? [y/N] ", path);
	fflush(stderr);
	if (!fgets(line, sizeof line, stdin))
		return 0;
	return line[0] == 'y' || line[0] == 'Y';
}

/* Prints a diff with the values of passwords and shared secrets masked
 * (unless --reveal): diffs of scripted runs end up in logs. */
static void cli_edit_print_diff(const struct buf *diff, enum platform p, int reveal)
{
	struct buf line = { 0 };
	size_t i = 0;

	while (i < diff->len) {
		const char *nl = memchr(diff->data + i, '\n', diff->len - i);
		size_t e = nl ? (size_t)(nl - diff->data) + 1 : diff->len;
		char c = diff->data[i];

		buf_reset(&line);
		if ((c == ' ' || c == '+' || c == '-') && e - i > 1 &&
		    strncmp(diff->data + i, "--- ", 4) && strncmp(diff->data + i, "+++ ", 4)) {
			buf_addc(&line, c);
			facts_mask_line(p, reveal, diff->data + i + 1, e - i - 1, &line);
		} else {
			buf_add(&line, diff->data + i, e - i);
		}
		fwrite(line.data, 1, line.len, stdout);
		i = e;
	}
	buf_free(&line);
}

/* The last word may be the file, when the command's own words are complete. */
const char *cli_edit_path(const struct cli_opts *o, int argc, char **argv, int used)
{
	if (o->file)
		return o->file;
	if (argc > used)
		return argv[used];
	return CLI_DEFAULT_FILE;
}

const char *cli_edit_one_file(const struct cli_opts *o, int argc, char **argv,
                              const char *usage)
{
	if (argc > 2 || (argc == 2 && o->file)) {
		fprintf(stderr, "%s\n", usage);
		return NULL;
	}
	return cli_edit_path(o, argc, argv, 1);
}

/* What writing said, as the command's last words and exit status. */
static int cli_edit_wrote(struct cli_edit *ed, enum safewrite_status st,
                          const struct buf *msg, const char *done)
{
	const char *path = ed->s.path;

	switch (st) {
	case SAFEWRITE_OK:
		printf("changed: %s (%s)\n", path, done);
		if (msg->len)
			printf("%s\n", msg->data);
		return CLI_CHANGED;
	case SAFEWRITE_UNCHANGED:
		printf("unchanged: %s\n", path);
		return CLI_OK;
	case SAFEWRITE_CONFLICT:
		fprintf(stderr, "pppconf: not written: %s (run the command again: it starts "
		        "from the file as it is now)\n", msg->data ? msg->data : path);
		return CLI_FAIL;
	case SAFEWRITE_ERROR:
		break;
	}
	fprintf(stderr, "pppconf: not written: %s\n", msg->data ? msg->data : path);
	return CLI_FAIL;
}

/* Shows the diff of what the command did to the document and writes it when
 * allowed. Returns the command's exit status. */
int cli_edit_finish(struct cli_edit *ed, const char *done)
{
	const struct cli_opts *o = ed->o;
	struct session *s = &ed->s;
	size_t len, olen;
	const char *now = doc_bytes(&s->doc, &len), *old = session_saved(s, &olen);
	struct buf diff = { 0 }, msg = { 0 };
	int rc;

	if (len == olen && memcmp(now, old, len) == 0) {
		printf("unchanged: %s\n", s->path);
		return CLI_OK;
	}
	diff_unified(old, olen, now, len, s->path, s->path, 3, &diff);
	cli_edit_print_diff(&diff, s->platform, o->reveal);
	buf_free(&diff);
	if (cli_edit_errors(now, len, s->platform, &s->cfile, 0) >
	    cli_edit_errors(old, olen, s->platform, &s->cfile, 0)) {
		fprintf(stderr, "pppconf: not written: with this change pppd would refuse %s, "
		        "and every PPP connection would fail:\n", s->path);
		cli_edit_errors(now, len, s->platform, &s->cfile, 1);
		return CLI_FAIL;
	}
	if (o->dry_run) {
		printf("would change: %s (%s; --dry-run, nothing written)\n", s->path, done);
		return CLI_CHANGED;
	}
	if (s->file.read_only) {
		fprintf(stderr, "pppconf: not written: %s\n", s->file.read_only_why[0] ?
		        s->file.read_only_why : "the file is read-only");
		return CLI_FAIL;
	}
	if (!o->yes && !cli_edit_ask(s->path)) {
		printf("not written: %s (run again with --yes to write)\n", s->path);
		return CLI_NOT_WRITTEN;
	}
	rc = cli_edit_wrote(ed, session_save(s, ed->commit_flags, &msg), &msg, done);
	buf_free(&msg);
	return rc;
}

/* Options pppd lets a file give several times, each adding a value. */
static int cli_edit_repeatable(const char *name)
{
	static const char *const names[] = { "plugin", "plugin2", "eapplugin", "ms-dns",
	                                     "ms-wins", "file", "call", "debug" };
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i]) == 0)
			return 1;
	return 0;
}

static int cli_edit_same_arg(const struct doc *d, size_t e, const char *arg)
{
	const struct doc_entry *en = &d->entries[e];

	if (!arg)
		return en->nwords == 1;
	return en->nwords == 2 && doc_word_is(d, en->word + 1, arg);
}

/* Where a new directive goes: plugin options after their plugin's line,
 * everything else at the end. SIZE_MAX when the plugin line is missing. */
static size_t cli_edit_insert_line(const struct doc *d, const struct catalog_entry *ce)
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

/* A value that names an existing regular file, for an option whose value
 * is not a path or command, is far more likely a forgotten value followed
 * by the options file than the value meant. */
static int cli_edit_looks_like_file(const struct catalog_entry *ce, const char *arg)
{
	struct stat st;

	if (ce->arg == CATALOG_ARG_PATH || ce->arg == CATALOG_ARG_DIR ||
	    ce->arg == CATALOG_ARG_COMMAND)
		return 0;
	return stat(arg, &st) == 0 && S_ISREG(st.st_mode);
}

int cli_set(const struct cli_opts *o, int argc, char **argv)
{
	const struct catalog_entry *ce;
	const char *name, *arg = NULL;
	struct cli_edit ed;
	struct buf why = { 0 };
	size_t e, found = SIZE_MAX, disabled = SIZE_MAX;
	int used = 2, rc;

	if (argc < 2) {
		fprintf(stderr, "usage: pppconf set NAME [ARG] [FILE]\n");
		return CLI_FAIL;
	}
	name = argv[1];
	ce = catalog_find(name, o->platform);
	if (!ce) {
		const struct catalog_entry *other = catalog_find_any(name, o->platform);
		if (other)
			fprintf(stderr, "pppconf: %s is not an option of %s's pppd\n", name,
			        platform_display(o->platform));
		else
			fprintf(stderr, "pppconf: pppd knows no option '%s' (see pppconf explain)\n",
			        name);
		return CLI_FAIL;
	}
	if (ce->nargs > 0) {
		if (argc < 3) {
			fprintf(stderr, "pppconf: %s takes a value: pppconf set %s %s\n", name,
			        name, ce->argname ? ce->argname : "VALUE");
			return CLI_FAIL;
		}
		arg = argv[2];
		used = 3;
		if (catalog_check_value(ce, arg, strlen(arg), &why) == 2) {
			fprintf(stderr, "pppconf: %s\n", why.data ? why.data : "pppd would refuse this value");
			buf_free(&why);
			return CLI_FAIL;
		}
		buf_free(&why);
	}
	if (argc > used + 1 || (argc == used + 1 && o->file)) {
		fprintf(stderr, "pppconf: too many words for set %s\n", name);
		return CLI_FAIL;
	}
	if (arg && argc == used && !o->file && cli_edit_looks_like_file(ce, arg)) {
		/* "set user $EMPTY /tmp/options" would otherwise write the path
		 * as the value into /etc/ppp/options */
		fprintf(stderr, "pppconf: '%s' is a file, not a value for %s: was the value "
		        "left out? Name the file with --file to set it anyway.\n", arg, name);
		return CLI_FAIL;
	}
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, used),
	                  o->dry_run ? SAFEWRITE_READONLY : 0, 0) < 0)
		return CLI_FAIL;
	for (e = 0; e < ed.s.doc.nentries; e++) {
		const struct doc_entry *en = &ed.s.doc.entries[e];
		if (!doc_word_is(&ed.s.doc, en->word, name))
			continue;
		if (en->disabled) {
			if (disabled == SIZE_MAX)
				disabled = e;
		} else if (!cli_edit_repeatable(name) || cli_edit_same_arg(&ed.s.doc, e, arg)) {
			found = e;   /* the last one is what pppd uses */
		}
	}
	rc = 0;
	if (found != SIZE_MAX) {
		if (!cli_edit_same_arg(&ed.s.doc, found, arg))
			rc = doc_set_args(&ed.s.doc, found, &arg, arg ? 1 : 0, NULL);
	} else if (disabled != SIZE_MAX) {
		size_t ne = disabled;
		doc_group_begin(&ed.s.doc);
		rc = doc_set_disabled(&ed.s.doc, disabled, 0, &ne);
		if (rc == 0 && ne != SIZE_MAX && !cli_edit_same_arg(&ed.s.doc, ne, arg))
			rc = doc_set_args(&ed.s.doc, ne, &arg, arg ? 1 : 0, NULL);
		doc_group_end(&ed.s.doc);
	} else {
		size_t line = cli_edit_insert_line(&ed.s.doc, ce);
		const char *w[2];
		w[0] = name;
		w[1] = arg;
		if (line == SIZE_MAX) {
			fprintf(stderr, "pppconf: %s belongs to the %s plugin: add `plugin %s` first "
			        "(pppconf set plugin %s)\n", name, ce->plugin, ce->plugin, ce->plugin);
			cli_edit_close(&ed);
			return CLI_FAIL;
		}
		rc = doc_insert(&ed.s.doc, line, w, arg ? 2 : 1, NULL);
	}
	if (rc < 0) {
		fprintf(stderr, "pppconf: %s\n", ed.s.doc.error);
		cli_edit_close(&ed);
		return CLI_FAIL;
	}
	rc = cli_edit_finish(&ed, "set");
	cli_edit_close(&ed);
	return rc;
}

int cli_unset(const struct cli_opts *o, int argc, char **argv)
{
	const char *name, *arg = NULL;
	const struct catalog_entry *ce;
	struct cli_edit ed;
	size_t e;
	int used = 2, rc;

	if (argc < 2) {
		fprintf(stderr, "usage: pppconf unset NAME [ARG] [FILE]\n");
		return CLI_FAIL;
	}
	name = argv[1];
	ce = catalog_find_any(name, o->platform);
	/* An argument names which one of a repeatable option to remove. */
	if (ce && ce->nargs > 0 && argc >= 4) {
		arg = argv[2];
		used = 3;
	}
	if (argc > used + 1) {
		fprintf(stderr, "pppconf: too many words for unset %s\n", name);
		return CLI_FAIL;
	}
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, used),
	                  o->dry_run ? SAFEWRITE_READONLY : 0, 0) < 0)
		return CLI_FAIL;
	doc_group_begin(&ed.s.doc);
	for (e = 0; e < ed.s.doc.nentries; e++) {
		const struct doc_entry *en = &ed.s.doc.entries[e];
		if (en->disabled || !doc_word_is(&ed.s.doc, en->word, name))
			continue;
		if (arg && !cli_edit_same_arg(&ed.s.doc, e, arg))
			continue;
		if (doc_delete(&ed.s.doc, e) == 0)
			e = SIZE_MAX;    /* indices moved: look again from the start */
	}
	doc_group_end(&ed.s.doc);
	rc = cli_edit_finish(&ed, "unset");
	cli_edit_close(&ed);
	return rc;
}


/* Puts the backup's bytes back through the same diff, question and safe
 * write as every other change. The backup itself stays as it is, so a
 * second restore finds nothing to change (scripts may retry). */
int cli_restore(const struct cli_opts *o, int argc, char **argv)
{
	struct cli_edit ed;
	struct buf bak = { 0 }, err = { 0 };
	struct session b;
	const char *saved;
	size_t n;
	int rc, ok;

	if (argc > 2) {
		fprintf(stderr, "usage: pppconf restore [FILE]\n");
		return CLI_FAIL;
	}
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, 1),
	                  o->dry_run ? SAFEWRITE_READONLY : 0, 0) < 0)
		return CLI_FAIL;
	safewrite_backup_path(&ed.s.file, &bak);
	ok = session_open(&b, bak.data, o->platform, SAFEWRITE_READONLY | SAFEWRITE_NOLOCK |
	                  SESSION_WORDS, &err) == 0;
	if (ok && !b.facts.exists) {
		session_close(&b);
		ok = 0;
	}
	if (!ok) {
		fputs("pppconf: no backup to restore: ", stderr);
		cli_check_put(stderr, err.len ? err.data : "there is no backup beside the file");
		fputc('\n', stderr);
		buf_free(&bak);
		buf_free(&err);
		cli_edit_close(&ed);
		return CLI_FAIL;
	}
	saved = session_saved(&b, &n);
	doc_splice(&ed.s.doc, 0, ed.s.doc.text.len, saved, n);
	ed.commit_flags = SAFEWRITE_NOBACKUP;
	printf("restoring %s from %s\n", ed.s.path, bak.data);
	rc = cli_edit_finish(&ed, "restored from the backup");
	session_close(&b);
	buf_free(&bak);
	buf_free(&err);
	cli_edit_close(&ed);
	return rc;
}
