/* cli_edit.c - what every command that reads or changes a file shares: open, diff, question, write, --json. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "pppd/catalog.h"
#include "cli/cli_edit.h"
#include "base/diff.h"
#include "pppd/facts.h"
#include "base/util.h"
#include "fix/fix.h"
#include "cli/cli_history.h"

int cli_edit_open(struct cli_edit *ed, const struct cli_opts *o, const char *path,
                  unsigned flags, int stdin_ok)
{
	struct buf err = { 0 };
	int r;

	memset(ed, 0, sizeof *ed);
	ed->o = o;
	/* "-": the text comes from a pipe; nothing is known about a file */
	if (stdin_ok && strcmp(path, "-") == 0)
		r = session_read(&ed->s, STDIN_FILENO, "standard input", o->platform,
		                 o->no_env || o->root ? SESSION_BY_SHAPE : 0, &err);
	else
		r = cli_history_open(&ed->s, o, path, flags, &err);
	if (r < 0)
		cli_json_error("%s", err.data ? err.data : path);
	/* every command checks as the Linux release named or found (cli.c) */
	if (r >= 0 && o->pppd_version) {
		ed->s.cfile.pppd_version = o->pppd_version;
		session_recheck(&ed->s);
	}
	buf_free(&err);
	return r;
}

void cli_edit_close(struct cli_edit *ed)
{
	session_close(&ed->s);
	buf_free(&ed->diff);
	buf_free(&ed->said);
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
			fprintf(stderr, _("  line %zu: %s\n"), (size_t)r.items[i].line,
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
	fprintf(stderr, _("Write these changes to %s? [y/N] "), path);
	fflush(stderr);
	if (!fgets(line, sizeof line, stdin))
		return 0;
	return line[0] == 'y' || line[0] == 'Y';
}

/* A diff with the values of passwords and shared secrets masked (unless
 * --reveal): diffs of scripted runs end up in logs. */
static void cli_edit_mask_diff(const struct buf *diff, const struct session *s, int reveal,
                               struct buf *out)
{
	size_t i = 0;

	while (i < diff->len) {
		const char *nl = memchr(diff->data + i, '\n', diff->len - i);
		size_t e = nl ? (size_t)(nl - diff->data) + 1 : diff->len;
		char c = diff->data[i];

		if ((c == ' ' || c == '+' || c == '-') && e - i > 1 &&
		    strncmp(diff->data + i, "--- ", 4) && strncmp(diff->data + i, "+++ ", 4)) {
			buf_addc(out, c);
			session_mask_line(s, reveal, diff->data + i + 1, e - i - 1, out);
		} else {
			buf_add(out, diff->data + i, e - i);
		}
		i = e;
	}
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
		cli_json_error("%s", usage);
		return NULL;
	}
	return cli_edit_path(o, argc, argv, 1);
}

void cli_edit_say(const struct cli_edit *ed, const char *fmt, ...)
{
	va_list ap;
	FILE *out = ed->o->json ? stderr : stdout;

	va_start(ap, fmt);
	vfprintf(out, fmt, ap);
	va_end(ap);
}

void cli_edit_last(struct cli_edit *ed, const char *result, const char *fmt, ...)
{
	va_list ap;

	ed->result = result;
	buf_reset(&ed->said);
	va_start(ap, fmt);
	buf_vprintf(&ed->said, _(fmt), ap);
	va_end(ap);
	cli_edit_say(ed, "%s\n", ed->said.data);
}

/* What writing said, as the command's last words and exit status. */
static int cli_edit_wrote(struct cli_edit *ed, enum safewrite_status st,
                          const struct buf *msg, const char *done)
{
	const char *path = ed->s.path;

	switch (st) {
	case SAFEWRITE_OK:
		cli_edit_last(ed, "changed", "changed: %s (%s)", path, done);
		if (msg->len)
			cli_edit_say(ed, "%s\n", msg->data);
		return CLI_CHANGED;
	case SAFEWRITE_UNCHANGED:
		cli_edit_last(ed, "unchanged", "unchanged: %s", path);
		return CLI_OK;
	case SAFEWRITE_CONFLICT:
		ed->result = "failed";
		cli_json_error("not written: %s (run the command again: it starts from the "
		               "file as it is now)", msg->data ? msg->data : path);
		return CLI_FAIL;
	case SAFEWRITE_ERROR:
		break;
	}
	ed->result = "failed";
	cli_json_error("not written: %s", msg->data ? msg->data : path);
	return CLI_FAIL;
}

/* The diff of the edits, or of the file's removal. */
static void cli_edit_diff(struct cli_edit *ed, const char *now, size_t len)
{
	size_t olen;
	const char *old = session_saved(&ed->s, &olen);
	struct buf raw = { NULL, 0, 0 };

	if (ed->removed)
		fix_remove_diff(&ed->s, &raw);
	else
		diff_unified(old, olen, now, len, ed->s.path, ed->s.path, 3, &raw);
	cli_edit_mask_diff(&raw, &ed->s, ed->o->reveal, &ed->diff);
	buf_free(&raw);
	if (!ed->o->json)
		fwrite(ed->diff.data, 1, ed->diff.len, stdout);
}

/* Writes the document, or removes the file it empties. */
static int cli_edit_write(struct cli_edit *ed, const char *done)
{
	struct buf msg = { NULL, 0, 0 };
	int rc;

	if (!ed->removed) {
		rc = cli_edit_wrote(ed, session_save(&ed->s, ed->commit_flags, &msg), &msg, done);
		cli_history_notes(&ed->s);
	} else if (fix_remove(&ed->s, &msg) == 0) {
		cli_edit_last(ed, "changed", "%s", msg.data);
		rc = CLI_CHANGED;
	} else {
		ed->result = "failed";
		cli_json_error("%s", msg.data);
		rc = CLI_FAIL;
	}
	buf_free(&msg);
	return rc;
}

/* Shows the diff of what the command did to the document and writes it when
 * allowed. Returns the command's exit status. */
int cli_edit_finish(struct cli_edit *ed, const char *done)
{
	const struct cli_opts *o = ed->o;
	struct session *s = &ed->s;
	size_t len, olen;
	const char *now = doc_bytes(&s->doc, &len), *old = session_saved(s, &olen);

	if (len == olen && memcmp(now, old, len) == 0) {
		cli_edit_last(ed, "unchanged", "unchanged: %s", s->path);
		return CLI_OK;
	}
	ed->removed = fix_remove_due(s);
	cli_edit_diff(ed, now, len);
	if (cli_edit_errors(now, len, s->platform, &s->cfile, 0) >
	    cli_edit_errors(old, olen, s->platform, &s->cfile, 0)) {
		ed->result = "refused";
		cli_json_error("not written: with this change pppd would refuse %s, and every "
		               "PPP connection would fail:", s->path);
		cli_edit_errors(now, len, s->platform, &s->cfile, 1);
		return CLI_FAIL;
	}
	if (o->dry_run) {
		if (ed->removed)
			cli_edit_last(ed, "would-change", "would remove: %s (%s; --dry-run, nothing "
			              "written)", s->path, done);
		else
			cli_edit_last(ed, "would-change", "would change: %s (%s; --dry-run, nothing "
			              "written)", s->path, done);
		return CLI_CHANGED;
	}
	if (s->file.read_only) {
		ed->result = "failed";
		cli_json_error(ed->removed ? "not removed: %s" : "not written: %s",
		               s->file.read_only_why[0] ? s->file.read_only_why :
		               _("the file is read-only"));
		return CLI_FAIL;
	}
	if (!o->yes && !cli_edit_ask(s->path)) {
		cli_edit_last(ed, "not-written", "not written: %s (run again with --yes to write)",
		              s->path);
		return CLI_NOT_WRITTEN;
	}
	return cli_edit_write(ed, done);
}

void cli_edit_json(const struct cli_edit *ed, struct cli_json *j)
{
	const char *r = ed->result ? ed->result : "failed";

	cli_json_str(j, "file", ed->s.path);
	cli_json_str(j, "platform", platform_name(ed->s.platform));
	cli_json_str(j, "result", r);
	cli_json_bool(j, "changed", !strcmp(r, "changed") || !strcmp(r, "would-change") ||
	              !strcmp(r, "not-written"));
	cli_json_bool(j, "written", !strcmp(r, "changed") && !ed->o->dry_run);
	cli_json_bool(j, "removed", ed->removed && strcmp(r, "refused") && strcmp(r, "failed") &&
	              strcmp(r, "not-written"));
	cli_json_bool(j, "dry_run", ed->o->dry_run);
	cli_json_strn(j, "diff", ed->diff.data, ed->diff.len);
	cli_json_str(j, "backup", ed->s.file.backup[0] ? ed->s.file.backup : NULL);
	cli_json_str(j, "message", ed->said.len ? ed->said.data : NULL);
}

int cli_edit_done(const struct cli_edit *ed, const char *command, int rc)
{
	struct cli_json j;

	if (ed->o->json) {
		cli_json_begin(&j, command);
		cli_edit_json(ed, &j);
		cli_json_end(&j, rc, NULL);
	}
	return rc;
}
