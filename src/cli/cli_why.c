/* cli_why.c - `pppconf why`: the cause of a failed connection, from pppd's log or the alert a Mac showed. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "base/i18n.h"
#include "base/text.h"
#include "cli/cli_json.h"
#include "fix/fix.h"
#include "why/why.h"

/* How many of an unexplained attempt's last lines are shown. */
#define CLI_WHY_TAIL 10
/* How many known lines are quoted on each side of the cause's line. */
#define CLI_WHY_NEAR 5
/* How much of a line is quoted (a log line can be anything). */
#define CLI_WHY_LINE_MAX 400
/* The source's name when the log lines are the command's own words. */
#define CLI_WHY_GIVEN "the text given"

/* What `why` found, for the text and the JSON printers alike. */
struct cli_why {
	const struct cli_opts *o;
	const char *source;            /* what was read: a path, "-", a command */
	int status;                    /* CLI_OK recognised, CLI_FOUND unknown, CLI_FAIL nothing */
	const char *error;             /* CLI_FAIL: why there was nothing */
	const struct why_log *log;     /* NULL for an alert */
	const struct why_result *res;
	const struct why_alert *alert;
	const char *lang;
	enum why_alert_how how;
	const struct why_entry *cause;
	size_t *show;                  /* indices into log->lines worth quoting */
	size_t nshow;
};

/* Text for a terminal: valid UTF-8 as is, any other byte as \xHH. */
static void cli_why_put(FILE *out, const char *s, size_t n)
{
	size_t i = 0, k;

	while (i < n) {
		if ((k = cli_json_utf8((const unsigned char *)s + i, n - i)) > 0) {
			fwrite(s + i, 1, k, out);
			i += k;
		} else {
			fprintf(out, "\\x%02X", (unsigned char)s[i++]);
		}
	}
}

/* "Label:  text", the text wrapped at 78 columns under its first word. */
/* A paragraph under its label (English, marked N_(): shown translated),
 * wrapped in columns from column 8. */
static void cli_why_para(const char *label, const char *text)
{
	const char *l = *label ? _(label) : "";
	int w = text_width(l, strlen(l), i18n_utf8());
	size_t n = strlen(text), len, next;

	printf("%s%*s", l, w < 8 ? 8 - w : 1, "");
	while (n > 0) {
		len = text_line(text, n, 78 - (w < 8 ? 8 : w + 1), i18n_utf8(), &next);
		fwrite(text, 1, len, stdout);
		text += next;
		n -= next;
		if (n > 0) {
			printf("\n%8s", "");
			w = 0;
		}
	}
	putchar('\n');
}

static void cli_why_quote_line(const struct why_log *log, size_t i)
{
	size_t len;
	const char *text = why_log_text(log, i, &len);

	printf("  %6zu  ", log->lines[i].lineno);
	cli_why_put(stdout, text, len > CLI_WHY_LINE_MAX ? CLI_WHY_LINE_MAX : len);
	if (len > CLI_WHY_LINE_MAX)
		printf(_(" [... %zu more bytes]"), len - CLI_WHY_LINE_MAX);
	putchar('\n');
}

/* Cause, what to check, the fix, and where the facts come from. */
static void cli_why_explain(const struct cli_why *w, const char *from)
{
	const struct why_entry *e = w->cause;
	const char *r = e->fix;
	const struct fix_info *ri = r ? fix_find(r) : NULL;
	char fix[160];

	putchar('\n');
	cli_why_para(N_("Cause:"), i18n_text(0, e->cause));
	if (w->res && w->res->up_after)
		cli_why_para("", _("(IP came up after this line: a later try worked.)"));
	if (e->check && e->check[0])
		cli_why_para(N_("Check:"), i18n_text(0, e->check));
	if (ri) {
		if (ri->platforms & w->o->platform)
			snprintf(fix, sizeof fix, "sudo pppconf fix %s", r);
		else
			snprintf(fix, sizeof fix, _("sudo pppconf fix %s (on %s)"), r,
			         platform_display(ri->platforms & PLATFORM_MACOS ? PLATFORM_MACOS :
			                          PLATFORM_LINUX));
		cli_why_para(N_("Run:"), fix);
	} else if (r) {
		snprintf(fix, sizeof fix, _("the fix %s (planned: this pppconf does not have it "
		         "yet)"), r);
		cli_why_para(N_("Run:"), fix);
	}
	cli_why_para(N_("From:"), from);
}

/* Whether the attempt begins where a plugin began to connect. */
static int cli_why_begun(const struct cli_why *w)
{
	size_t i;

	for (i = 0; i < w->res->nhits; i++)
		if (w->res->hits[i].line == w->res->lines[0])
			return w->res->hits[i].e->role == WHY_BEGIN;
	return 0;
}

static void cli_why_text_log(const struct cli_why *w)
{
	const struct why_log *log = w->log;
	const struct why_result *r = w->res;
	size_t i, first = log->lines[r->lines[0]].lineno, last = log->lines[r->lines[r->n - 1]].lineno;
	char from[1024];

	printf(first == last ? _("%s: the last connection attempt, line %zu") :
	       _("%s: the last connection attempt, lines %zu"), w->source, first);
	if (last != first)
		printf("-%zu", last);
	puts(":");
	if (!r->started && strcmp(w->source, CLI_WHY_GIVEN) != 0)
		fputs(cli_why_begun(w) ? _("(pppd's start is not in this log: from where the plugin "
		                           "last began to connect)\n") :
		      log->lines[r->lines[0]].pid >= 0 ? _("(pppd's start is not in this log: the "
		                                           "lines of the last pppd process)\n") :
		      _("(pppd's start is not in this log: all of its lines)\n"), stdout);
	if (w->status == CLI_FOUND)
		fputs(_("pppconf does not know what went wrong in it. Its last lines:\n"), stdout);
	for (i = 0; i < w->nshow; i++)
		cli_why_quote_line(log, w->show[i]);
	if (w->status == CLI_FOUND) {
		putchar('\n');
		cli_why_para(N_("More:"), _("pppd's debug log says more: sudo pppconf fix debug-log, "
		             "connect again, then run pppconf why again."));
		return;
	}
	if (r->cause_hit == SIZE_MAX)
		snprintf(from, sizeof from, _("%s (%s; the line pppd logs when it has them)"),
		         w->cause->cite, w->cause->id);
	else
		snprintf(from, sizeof from, "%s (%s)", w->cause->cite, w->cause->id);
	cli_why_explain(w, from);
}

static void cli_why_text_alert(const struct cli_why *w)
{
	const struct why_alert *a = w->alert;
	char from[1024];

	if (w->how == WHY_ALERT_EXACT)
		printf(strcmp(w->lang, "en") ? _("This is the Mac's alert \"%s\" (Simplified "
		       "Chinese):\n  ") : _("This is the Mac's alert \"%s\":\n  "), a->key);
	else
		printf(strcmp(w->lang, "en") ? _("This is the Mac's alert \"%s\" (Simplified "
		       "Chinese), as pppconf reads the text given:\n  ") :
		       _("This is the Mac's alert \"%s\", as pppconf reads the text given:\n  "),
		       a->key);
	fputs(strcmp(w->lang, "en") ? a->zh : a->en, stdout);
	putchar('\n');
	if (strcmp(w->lang, "en"))
		printf(_("In English:\n  %s\n"), a->en);
	snprintf(from, sizeof from, _("%s (the alert); %s (its status); %s (%s)"), a->cite,
	         a->status_cite, w->cause->cite, w->cause->id);
	cli_why_explain(w, from);
}

static void cli_why_json_cause(struct cli_json *j, const struct cli_why *w)
{
	const struct why_entry *e = w->cause;

	if (!e) {
		cli_json_null(j, "cause");
		return;
	}
	cli_json_open(j, "cause", '{');
	cli_json_str(j, "id", e->id);
	cli_json_str(j, "text", e->cause);
	cli_json_str(j, "check", e->check && e->check[0] ? e->check : NULL);
	cli_json_str(j, "fix", e->fix);
	cli_json_bool(j, "fix_available", e->fix && fix_find(e->fix));
	cli_json_str(j, "cite", e->cite);
	cli_json_close(j);
}

static void cli_why_json(const struct cli_why *w)
{
	static const char *const status[] = { "recognised", "unknown", "nothing" };
	static const char *const how[] = { "none", "exact", "part", "words" };
	struct cli_json j;
	size_t i;

	cli_json_begin(&j, "why");
	cli_json_str(&j, "status", status[w->status]);
	cli_json_str(&j, "platform", platform_name(w->o->platform));
	cli_json_str(&j, "source", w->source);
	if (w->res && w->res->n > 0) {
		cli_json_open(&j, "attempt", '{');
		cli_json_int(&j, "first_line", (long long)w->log->lines[w->res->lines[0]].lineno);
		cli_json_int(&j, "last_line",
		             (long long)w->log->lines[w->res->lines[w->res->n - 1]].lineno);
		cli_json_bool(&j, "started", w->res->started);
		cli_json_bool(&j, "up", w->res->up);
		cli_json_close(&j);
	} else {
		cli_json_null(&j, "attempt");
	}
	cli_json_open(&j, "lines", '[');
	for (i = 0; i < w->nshow; i++) {
		size_t len, k;
		const char *text = why_log_text(w->log, w->show[i], &len);
		const struct why_entry *e = NULL;
		for (k = 0; k < w->res->nhits; k++)
			if (w->res->hits[k].line == w->show[i])
				e = w->res->hits[k].e;
		cli_json_open(&j, NULL, '{');
		cli_json_int(&j, "line", (long long)w->log->lines[w->show[i]].lineno);
		cli_json_strn(&j, "text", text, len > CLI_WHY_LINE_MAX ? CLI_WHY_LINE_MAX : len);
		cli_json_str(&j, "id", e ? e->id : NULL);
		cli_json_close(&j);
	}
	cli_json_close(&j);
	if (w->alert) {
		cli_json_open(&j, "alert", '{');
		cli_json_str(&j, "key", w->alert->key);
		cli_json_str(&j, "language", w->lang);
		cli_json_str(&j, "match", how[w->how]);
		cli_json_str(&j, "text", strcmp(w->lang, "en") ? w->alert->zh : w->alert->en);
		cli_json_str(&j, "english", w->alert->en);
		cli_json_close(&j);
	} else {
		cli_json_null(&j, "alert");
	}
	cli_why_json_cause(&j, w);
	cli_json_end(&j, w->status, w->error);
}

/* The lines worth quoting: pppd's start, then each line the table knows,
 * for a recognised attempt; the last lines of one it cannot explain. */
static void cli_why_pick(struct cli_why *w)
{
	const struct why_result *r = w->res;
	size_t i, from = r->n > CLI_WHY_TAIL ? r->n - CLI_WHY_TAIL : 0;

	w->show = calloc(r->n + 1, sizeof *w->show);
	if (!w->show)
		return;
	if (w->status == CLI_FOUND) {
		for (i = from; i < r->n; i++)
			w->show[w->nshow++] = r->lines[i];
		return;
	}
	/* the lines the table knows, near the cause's line (a long run of pppd
	 * retrying can repeat the same lines thousands of times) */
	for (i = 0; i < r->nhits; i++) {
		const struct why_entry *e = r->hits[i].e;
		int near = r->cause_hit == SIZE_MAX ? w->nshow < 2 * CLI_WHY_NEAR :
		           i + CLI_WHY_NEAR >= r->cause_hit && i <= r->cause_hit + CLI_WHY_NEAR;
		if ((i == 0 && (e->role == WHY_START || e->role == WHY_BEGIN)) ||
		    (near && (e->role == WHY_FAIL || e->role == WHY_START || e->role == WHY_BEGIN ||
		              (e->role == WHY_UP && w->cause->role == WHY_ABSENT))))
			w->show[w->nshow++] = r->hits[i].line;
	}
}

static int cli_why_print(struct cli_why *w)
{
	if (w->res)
		cli_why_pick(w);
	if (w->o->json)
		cli_why_json(w);
	else if (w->status == CLI_FAIL)
		fprintf(stderr, _("pppconf why: nothing to read:\n%s"), w->error);
	else if (w->alert)
		cli_why_text_alert(w);
	else
		cli_why_text_log(w);
	free(w->show);
	fflush(stdout);
	return w->status;
}

/* Explains a log that was read; nothing to read when it has no pppd line. */
static int cli_why_log(struct cli_why *w, struct why_log *log, const char *empty)
{
	struct why_result r;
	int rc;

	memset(&r, 0, sizeof r);
	w->log = log;
	if (log->n == 0) {
		w->status = CLI_FAIL;
		w->error = empty;
		return cli_why_print(w);
	}
	why_explain_log(log, &r);
	w->res = &r;
	w->cause = r.cause;
	w->status = r.cause ? CLI_OK : CLI_FOUND;
	rc = cli_why_print(w);
	why_explain_free(&r);
	return rc;
}

/* Words given that are not a file: a line or lines of pppd's log, or the
 * text of an alert. */
static int cli_why_text(struct cli_why *w, int argc, char **argv)
{
	struct buf text = { 0 };
	struct why_log log;
	struct why_result r;
	int i, rc;

	for (i = 1; i < argc; i++) {
		if (i > 1)
			buf_addc(&text, ' ');
		buf_adds(&text, argv[i]);
	}
	memset(&log, 0, sizeof log);
	memset(&r, 0, sizeof r);
	why_log_load(&log, text.data, text.len, 1);
	why_explain_log(&log, &r);
	w->source = CLI_WHY_GIVEN;
	if (r.cause) {
		why_explain_free(&r);
		rc = cli_why_log(w, &log, NULL);
	} else if ((w->alert = why_alert_find(text.data, &w->lang, &w->how)) != NULL) {
		why_explain_free(&r);
		w->cause = why_table_find(w->alert->entry);
		w->status = CLI_OK;
		rc = cli_why_print(w);
	} else if (argc == 2 && !strchr(argv[1], ' ') && strchr(argv[1], '/')) {
		why_explain_free(&r);
		fprintf(stderr, _("pppconf why: cannot read %s: %s\n"), argv[1], strerror(ENOENT));
		w->status = CLI_FAIL;
		w->error = "the file does not exist\n";
		rc = w->o->json ? cli_why_print(w) : CLI_FAIL;
	} else {
		why_explain_free(&r);
		if (!w->o->json) {
			fputs(_("pppconf does not know this text: it is not an alert of the Mac's "
			       "PPP or VPN connections, nor a line pppd logs that pppconf knows:\n  "), stdout);
			cli_why_put(stdout, text.data, text.len);
			putchar('\n');
		}
		w->status = CLI_FOUND;
		rc = w->o->json ? cli_why_print(w) : CLI_FOUND;
	}
	why_log_free(&log);
	buf_free(&text);
	return rc;
}

int cli_why(const struct cli_opts *o, int argc, char **argv)
{
	struct cli_why w;
	struct why_log log;
	struct buf name = { 0 }, tried = { 0 };
	struct stat st;
	const char *file = argc == 1 ? o->file : argc == 2 ? argv[1] : NULL;
	int rc;

	memset(&w, 0, sizeof w);
	memset(&log, 0, sizeof log);
	w.o = o;
	if (!file && argc == 1) {
		struct why_source_env env;
		env.platform = o->platform;
		env.root = getenv("PPPCONF_WHY_ROOT");
		if (why_source_default(&env, &log, &name, &tried) == 0)
			w.source = name.data;
		rc = cli_why_log(&w, &log, tried.data);
	} else if (file && (strcmp(file, "-") == 0 || stat(file, &st) == 0 || argc == 1)) {
		w.source = file;
		if (why_source_file(file, &log) != 0) {
			buf_printf(&tried, "%s: %s\n", file, strerror(errno));
			why_log_free(&log);
		} else if (log.n == 0) {
			buf_printf(&tried, _("%s: no lines of pppd\n"), file);
		}
		rc = cli_why_log(&w, &log, tried.data);
	} else {
		rc = cli_why_text(&w, argc, argv);
	}
	why_log_free(&log);
	buf_free(&name);
	buf_free(&tried);
	return rc;
}
