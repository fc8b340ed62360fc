/* cli_history.c - the earlier versions of a file (history) and putting one back (restore); how the commands open a file they may write. */
#include "cli/cli_history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/diff.h"
#include "base/util.h"
#include "cli/cli_edit.h"
#include "cli/cli_json.h"
#include "file/history.h"
#include "pppd/facts.h"

/* What the history says wrote a version: the command's words, without a
 * last word that names the file itself, secrets masked (the history is
 * listed to whoever may read it, and ends up in logs). */
static void cli_history_origin(const struct cli_opts *o, const char *path, struct buf *out)
{
	struct buf line = { 0 };
	int n = o->nwords, i;

	if (n > 1 && !o->file && path && strcmp(o->words[n - 1], path) == 0)
		n--;
	for (i = 1; i < n; i++)
		buf_printf(&line, "%s%s", i > 1 ? " " : "", o->words[i]);
	buf_adds(out, n > 0 ? o->words[0] : "pppconf");
	if (line.len) {
		buf_addc(out, ' ');
		facts_mask_line(o->platform, 0, line.data, line.len, out);
	}
	buf_free(&line);
}

int cli_history_open(struct session *s, const struct cli_opts *o, const char *path,
                     unsigned flags, struct buf *err)
{
	struct safewrite_writer w;
	struct buf origin = { 0 };
	int r;

	cli_history_origin(o, path, &origin);
	w.wait_ms = o->wait_ms >= 0 ? o->wait_ms : CLI_HISTORY_WAIT_MS;
	w.origin = origin.data;
	w.keep = o->keep;
	if (o->no_env || o->root)
		flags |= SESSION_BY_SHAPE;   /* this machine's /dev says nothing of that one */
	r = session_open_as(s, path, o->platform, flags, &w, err);
	if (r == 0)
		cli_history_notes(s);
	buf_free(&origin);
	return r;
}

void cli_history_notes(struct session *s)
{
	struct buf *n = &s->file.notes;
	size_t i = 0;

	while (i < n->len) {
		const char *nl = memchr(n->data + i, '\n', n->len - i);
		size_t e = nl ? (size_t)(nl - n->data) : n->len;
		char *line = util_xmemdup(n->data + i, e - i);

		fputs("pppconf: ", stderr);
		cli_check_put(stderr, line);
		fputc('\n', stderr);
		free(line);
		i = e + 1;
	}
	buf_reset(n);
}

static void cli_history_when(time_t t, struct buf *out)
{
	struct tm tm;
	char b[32];

	if (!localtime_r(&t, &tm) || !strftime(b, sizeof b, "%Y-%m-%d %H:%M:%S", &tm))
		snprintf(b, sizeof b, "%lld", (long long)t);
	buf_adds(out, b);
}

/* Who wrote a version, in words. */
static const char *cli_history_by(const struct history_version *v)
{
	if (v->by && v->by[0])
		return v->by;
	if (v->original)
		return v->size < 0 ? _("the original: there was no file")
		                   : _("the original, found on disk");
	return _("changed outside pppconf");
}

static void cli_history_row(const char *num, const struct history_version *v, const char *by)
{
	struct buf when = { 0 };
	char size[32];

	cli_history_when(v->time, &when);
	if (v->size < 0)
		snprintf(size, sizeof size, "%s", _("no file"));
	else
		snprintf(size, sizeof size, "%lld", v->size);
	printf("  %7s  %s  %7s  ", num, when.data, size);
	cli_check_put(stdout, by);
	if (v->original && v->by && v->by[0])
		fputs(_(" (the original)"), stdout);
	fputc('\n', stdout);
	buf_free(&when);
}

/* The file as it is now, as a history row: what pppconf last wrote when it
 * still is that. */
static void cli_history_now(const struct history *h, const struct session *s,
                            struct history_version *now)
{
	size_t n;
	const char *p = session_saved(s, &n);
	int ours = history_is_current(h, p, n, s->file.stamp.exists);

	memset(now, 0, sizeof *now);
	now->size = s->file.stamp.exists ? (long long)n : -1;
	now->time = ours ? h->current.time : s->file.stamp.exists ?
	            s->file.stamp.mtime.tv_sec : time(NULL);
	now->by = ours ? h->current.by : (char *)(h->n || h->have_current ?
	          _("changed outside pppconf") : _("not written by pppconf yet"));
}

static void cli_history_list(const struct history *h, const struct session *s, int keep)
{
	struct history_version now;
	size_t i;

	cli_check_put(stdout, s->path);
	if (!h->n) {
		printf(_(": no earlier versions are kept%s\n"), keep ? "" : " (--keep 0)");
		return;
	}
	printf(h->n == 1 ? _(": %zu earlier version kept in ") : _(": %zu earlier versions kept in "),
	       h->n);
	cli_check_put(stdout, h->dir);
	printf(_("\n(the original and the last %d; --keep N or PPPCONF_KEEP=N sets how many)\n\n"),
	       keep);
	printf("  %7s  %-19s  %7s  %s\n", "version", "written", "bytes", "by");
	for (i = 0; i < h->n; i++) {
		char num[24];

		snprintf(num, sizeof num, "%lu", h->v[i].n);
		cli_history_row(num, &h->v[i], cli_history_by(&h->v[i]));
	}
	cli_history_now(h, s, &now);
	cli_history_row("now", &now, now.by);
	fputs(_("\npppconf restore --to N "), stdout);
	cli_check_put(stdout, s->path);
	fputs(_(" shows the diff and puts version N back.\n"), stdout);
}

static void cli_history_json_version(struct cli_json *j, const char *key,
                                     const struct history_version *v, const char *by,
                                     int numbered)
{
	struct tm tm;
	char when[32] = "";

	if (gmtime_r(&v->time, &tm))
		strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	cli_json_open(j, key, '{');
	if (numbered)
		cli_json_int(j, "version", (long long)v->n);
	cli_json_str(j, "time", when);
	cli_json_bool(j, "exists", v->size >= 0);
	cli_json_int(j, "bytes", v->size < 0 ? 0 : (long long)v->size);
	cli_json_bool(j, "original", v->original);
	cli_json_str(j, "by", by);
	cli_json_close(j);
}

/* The members of history's object but "exit" and "error". */
static void cli_history_json(struct cli_json *j, const struct history *h,
                             const struct session *s, int keep)
{
	struct history_version now;
	size_t i;

	cli_json_str(j, "file", s->path);
	cli_json_str(j, "store", h->dir ? h->dir : "");
	cli_json_int(j, "keep", keep);
	cli_json_open(j, "versions", '[');
	for (i = 0; i < h->n; i++)
		cli_history_json_version(j, NULL, &h->v[i], h->v[i].by ? h->v[i].by : "", 1);
	cli_json_close(j);
	cli_history_now(h, s, &now);
	cli_history_json_version(j, "now", &now, now.by, 0);
}

static int cli_history_ask(const char *question)
{
	char line[32];

	if (!isatty(STDIN_FILENO))
		return 0;
	fprintf(stderr, "%s [y/N] ", question);
	fflush(stderr);
	return fgets(line, sizeof line, stdin) && (line[0] == 'y' || line[0] == 'Y');
}

/* history --forget-original: the one way the original goes. *result says
 * what came of it, for --json. */
static int cli_history_forget(const struct cli_opts *o, struct session *s,
                              const char **result)
{
	FILE *out = o->json ? stderr : stdout;
	struct history h;
	struct buf err = { 0 }, when = { 0 };
	const struct history_version *v;
	int rc;

	*result = "failed";
	if (history_open(&h, s->file.real, !o->dry_run, &err) != 0) {
		cli_json_error("%s", err.data ? err.data : s->path);
		buf_free(&err);
		return CLI_FAIL;
	}
	v = history_original(&h);
	if (!v) {
		*result = "unchanged";
		fprintf(out, _("unchanged: no original version of %s is kept\n"), s->path);
		history_close(&h);
		return CLI_OK;
	}
	cli_history_when(v->time, &when);
	fprintf(out, _("the original version of %s: version %lu, %s, %s\n"), s->path, v->n,
	        when.data, v->size < 0 ? _("no file") : _("kept"));
	buf_free(&when);
	if (o->dry_run) {
		rc = CLI_CHANGED;
		*result = "would-change";
		fputs(_("would forget it (--dry-run, nothing changed)\n"), out);
	} else if (!o->yes && !cli_history_ask(_("Forget the original version for good?"))) {
		rc = CLI_NOT_WRITTEN;
		*result = "not-written";
		fputs(_("not forgotten (run again with --yes)\n"), out);
	} else if (history_forget_original(&h, &err) < 0) {
		cli_json_error("%s", err.data ? err.data : s->path);
		rc = CLI_FAIL;
	} else {
		rc = CLI_CHANGED;
		*result = "changed";
		fprintf(out, _("forgot the original version of %s\n"), s->path);
	}
	history_close(&h);
	buf_free(&err);
	return rc;
}

int cli_history(const struct cli_opts *o, int argc, char **argv)
{
	struct cli_edit ed;
	struct cli_json j;
	struct history h;
	struct buf err = { 0 };
	const char *path = cli_edit_one_file(o, argc, argv,
	                                     _("usage: pppconf history [--json] "
	                                       "[--forget-original] [FILE]"));
	const char *result = NULL;
	int rc = CLI_OK, keep = history_keep_count(o->keep), listed = 0;

	if (!path || cli_edit_open(&ed, o, path, SAFEWRITE_READONLY | SAFEWRITE_NOLOCK |
	                           SESSION_WORDS, 0) < 0)
		return CLI_FAIL;
	if (o->forget_original) {
		rc = cli_history_forget(o, &ed.s, &result);
	} else if (history_open(&h, ed.s.file.real, 0, &err) != 0) {
		cli_json_error("%s", err.data ? err.data : ed.s.path);
		rc = CLI_FAIL;
	} else {
		listed = 1;
		if (!o->json) {
			cli_history_list(&h, &ed.s, keep);
			if (!h.n && geteuid() != 0)
				printf(_("(this is %s's history; root's is kept apart: sudo pppconf "
				       "history)\n"), getenv("USER") ? getenv("USER") : "this user");
		}
	}
	if (o->json) {
		cli_json_begin(&j, "history");
		if (listed) {
			cli_history_json(&j, &h, &ed.s, keep);
		} else {
			cli_json_str(&j, "file", ed.s.path);
			cli_json_str(&j, "result", result ? result : "failed");
		}
		cli_json_end(&j, rc, NULL);
	}
	if (listed)
		history_close(&h);
	buf_free(&err);
	cli_edit_close(&ed);
	return rc;
}
