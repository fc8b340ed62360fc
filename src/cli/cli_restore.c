/* cli_restore.c - restore: the backup (FILE~), a version from the history, or the original, put back through the same diff, question and safe write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/diff.h"
#include "base/util.h"
#include "cli/cli_edit.h"
#include "cli/cli_history.h"
#include "cli/cli_json.h"
#include "file/history.h"
#include "pppd/facts.h"

static void cli_restore_error(const char *what, const struct buf *why)
{
	cli_json_error("%s%s", what, why->data ? why->data : "");
}

/* The restore is itself a write the history keeps: it names itself. */
static void cli_restore_origin(struct cli_edit *ed, const char *text)
{
	free(ed->s.file.origin);
	ed->s.file.origin = util_xstrdup(text);
}

/* Puts the backup's bytes back. The backup itself stays as it is, so a
 * second restore finds nothing to change (scripts may retry). */
static int cli_restore_backup(struct cli_edit *ed)
{
	struct buf bak = { 0 }, err = { 0 };
	struct session b;
	const char *saved;
	size_t n;
	int rc, ok;

	safewrite_backup_path(&ed->s.file, &bak);
	ok = session_open(&b, bak.data, ed->o->platform, SAFEWRITE_READONLY | SAFEWRITE_NOLOCK |
	                  SESSION_WORDS, &err) == 0;
	if (ok && !b.facts.exists) {
		session_close(&b);
		ok = 0;
	}
	if (!ok) {
		if (!err.len)
			buf_printf(&err, _("there is no backup beside the file; pppconf history %s lists "
			           "the versions kept, and restore --to N puts one back"), ed->s.path);
		cli_json_error("no backup to restore: %s", err.data ? err.data : "");
		buf_free(&bak);
		buf_free(&err);
		return CLI_FAIL;
	}
	saved = session_saved(&b, &n);
	doc_splice(&ed->s.doc, 0, ed->s.doc.text.len, saved, n);
	ed->commit_flags = SAFEWRITE_NOBACKUP;
	cli_restore_origin(ed, "restore the backup");
	cli_edit_say(ed, _("restoring %s from %s\n"), ed->s.path, bak.data);
	rc = cli_edit_finish(ed, _("restored from the backup"));
	session_close(&b);
	buf_free(&bak);
	buf_free(&err);
	return rc;
}

/* The whole file as a diff to nothing, secrets masked (unless --reveal). */
static void cli_restore_diff_delete(struct cli_edit *ed)
{
	size_t olen, i = 0;
	const char *old = session_saved(&ed->s, &olen);
	struct buf d = { 0 }, line = { 0 };

	diff_unified(old, olen, "", 0, ed->s.path, "/dev/null", 3, &d);
	while (i < d.len) {
		const char *nl = memchr(d.data + i, '\n', d.len - i);
		size_t e = nl ? (size_t)(nl - d.data) + 1 : d.len;

		buf_reset(&line);
		if (d.data[i] == '-' && strncmp(d.data + i, "--- ", 4)) {
			buf_addc(&line, '-');
			session_mask_line(&ed->s, ed->o->reveal, d.data + i + 1, e - i - 1, &line);
		} else {
			buf_add(&line, d.data + i, e - i);
		}
		buf_add(&ed->diff, line.data, line.len);
		i = e;
	}
	buf_printf(&ed->diff, "delete %s\n", ed->s.path);
	if (!ed->o->json)
		fwrite(ed->diff.data, 1, ed->diff.len, stdout);
	buf_free(&d);
	buf_free(&line);
}

/* A version that was "no file": restoring it removes the file, through
 * the same steps as any write. */
static int cli_restore_delete(struct cli_edit *ed, unsigned long n)
{
	const struct cli_opts *o = ed->o;
	struct buf msg = { 0 };
	enum safewrite_status st;
	int rc = CLI_FAIL;

	ed->removed = 1;
	cli_restore_diff_delete(ed);
	if (o->dry_run) {
		cli_edit_last(ed, "would-change", "would change: %s (deleted: version %lu is no "
		              "file; --dry-run, nothing written)", ed->s.path, n);
		return CLI_CHANGED;
	}
	if (ed->s.file.read_only) {
		cli_json_error("not removed: %s", ed->s.file.read_only_why);
		return CLI_FAIL;
	}
	if (!o->yes && !cli_edit_ask(ed->s.path)) {
		cli_edit_last(ed, "not-written", "not written: %s (run again with --yes to delete "
		              "it)", ed->s.path);
		return CLI_NOT_WRITTEN;
	}
	st = session_remove(&ed->s, SAFEWRITE_NOBACKUP, &msg);
	if (st == SAFEWRITE_OK) {
		cli_edit_last(ed, "changed", "changed: %s (deleted: version %lu is no file)",
		              ed->s.path, n);
		cli_edit_say(ed, "%s\n", msg.data);
		rc = CLI_CHANGED;
	} else if (st == SAFEWRITE_UNCHANGED) {
		ed->removed = 0;
		cli_edit_last(ed, "unchanged", "unchanged: %s", ed->s.path);
		rc = CLI_OK;
	} else {
		cli_restore_error("not removed: ", &msg);
	}
	buf_free(&msg);
	return rc;
}

/* --to N or --original: a version from the history. */
static int cli_restore_version(struct cli_edit *ed)
{
	const struct cli_opts *o = ed->o;
	const struct history_version *v;
	struct history h;
	struct buf err = { 0 }, bytes = { 0 };
	int rc = CLI_FAIL;

	if (history_open(&h, ed->s.file.real, 0, &err) != 0) {
		cli_restore_error("", &err);
		buf_free(&err);
		return CLI_FAIL;
	}
	v = o->original ? history_original(&h) : history_find(&h, o->to);
	if (!v) {
		if (o->original)
			buf_printf(&err, _("no original version of %s is kept"), ed->s.path);
		else
			buf_printf(&err, _("no version %lu of %s is kept"), o->to, ed->s.path);
		buf_printf(&err, _(" (pppconf history %s lists the versions kept)"), ed->s.path);
		cli_restore_error("", &err);
	} else if (history_read(&h, v, &bytes, &err) != 0) {
		cli_restore_error("", &err);
	} else {
		cli_edit_say(ed, v->original ? _("restoring %s to version %lu (the original)\n") :
		             _("restoring %s to version %lu\n"), ed->s.path, v->n);
		buf_printf(&err, _("restore version %lu"), v->n);
		cli_restore_origin(ed, err.data);
		if (v->size < 0 && !ed->s.file.stamp.exists) {
			cli_edit_last(ed, "unchanged", "unchanged: %s (version %lu is no file, and "
			              "there is none)", ed->s.path, v->n);
			rc = CLI_OK;
		} else if (v->size < 0) {
			rc = cli_restore_delete(ed, v->n);
		} else {
			doc_splice(&ed->s.doc, 0, ed->s.doc.text.len, bytes.data ? bytes.data : "",
			           bytes.len);
			ed->commit_flags = SAFEWRITE_NOBACKUP |
			                   (ed->s.file.stamp.exists ? 0 : SAFEWRITE_MKDIR);
			buf_reset(&err);
			buf_printf(&err, _("restored version %lu"), v->n);
			rc = cli_edit_finish(ed, err.data);
		}
	}
	history_close(&h);
	buf_free(&err);
	buf_free(&bytes);
	return rc;
}

int cli_restore(const struct cli_opts *o, int argc, char **argv)
{
	struct cli_edit ed;
	int rc;

	if (argc > 2 || (argc == 2 && o->file) || (o->to && o->original)) {
		cli_json_error("usage: pppconf restore [--to N | --original] [FILE]");
		return CLI_FAIL;
	}
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, 1),
	                  o->dry_run ? SAFEWRITE_READONLY : 0, 0) < 0)
		return CLI_FAIL;
	if (o->to || o->original)
		rc = cli_restore_version(&ed);
	else
		rc = cli_restore_backup(&ed);
	cli_history_notes(&ed.s);
	rc = cli_edit_done(&ed, "restore", rc);
	cli_edit_close(&ed);
	return rc;
}
