/* cli_config.c - `pppconf check` of the whole configuration, and what it shares with show: opening it from the options, the files pppd reads, where pppd stops. */

/*
 * Text output: the findings of every file pppd reads, in the order it reads
 * them, each "FILE:LINE: severity: message [id]" as for one file (findings
 * on the command line or the controller's options have no line); then
 * "pppd reads: ..." naming each source, then one summary line for the file
 * given (or /etc/ppp/options).
 *
 * JSON output (--json): the object of one file's check, with "file" on
 * every finding and these fields added:
 *   "files":    [ { "file": string (where pppconf read it, or "the command
 *                   line", "the controller"), "path": string | null (pppd's
 *                   name for it), "origin": "system" | "user" | "args" |
 *                   "controller" | "post" | "tty" | "interface" |
 *                   "file" | "call",
 *                   "state": "read" | "absent" | "refused" | "folder" |
 *                   "unchecked", "from": { "file": string, "line": n } |
 *                   null, "privileged": bool, "reached": bool } ]
 *                 in the order pppd comes to them; "reached" is false for
 *                 those after the point where pppd refuses;
 *   "stops_at": { "file": string, "line": n } | null, where pppd refuses;
 *   "exits_at": { "file": string, "line": n } | null, where a word such as
 *                 --help makes it print and exit first (stops_at null);
 *   "note":     string | null, how the reading was limited.
 */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "cli/cli_config.h"
#include "base/hash.h"
#include "cli/cli_json.h"

int cli_config_open(struct config *c, const struct cli_opts *o, const char *given)
{
	struct config_opts co;
	struct buf err;

	memset(&co, 0, sizeof co);
	co.platform = o->platform;
	co.root = o->root;
	co.no_env = o->no_env;
	co.user = o->user;
	co.args = o->args;
	co.given = given;
	co.service_type = o->service_type;
	co.service = o->service;
	co.transport_ip = o->transport_ip;
	co.alone = o->only;
	co.pppd_version = o->pppd_version;
	buf_init(&err);
	if (config_open(c, &co, &err) < 0) {
		cli_json_error("%s", err.data ? err.data : _("cannot read the configuration"));
		buf_free(&err);
		return -1;
	}
	buf_free(&err);
	return 0;
}

const char *cli_config_name(const struct config_source *s, int *lines)
{
	if (lines)
		*lines = s->where != NULL;
	return config_source_name(s);
}

void cli_config_via(const struct config *c, const struct config_source *s, struct buf *out)
{
	const struct config_source *p;
	int lines;

	if (s->parent == CONFIG_NONE)
		return;
	p = c->src[s->parent];
	buf_printf(out, "%s, %s", s->origin == CONFIG_CALL ? "call" : "file",
	           cli_config_name(p, &lines));
	if (lines)
		buf_printf(out, ":%zu", p->doc->entries[s->parent_entry].line_first + 1);
}

static const char *cli_config_state_words(const struct config_source *s)
{
	if (!s->reached)
		return _(" (not reached: pppd stops before)");
	switch (s->state) {
	case CONFIG_ABSENT:
		return _(" (not there)");
	case CONFIG_REFUSED:
		return _(" (refused)");
	case CONFIG_FOLDER:
		return _(" (a folder)");
	case CONFIG_UNCHECKED:
		return _(" (not checked)");
	default:
		return "";
	}
}

void cli_config_reads(const struct config *c)
{
	struct buf via;
	size_t i;

	buf_init(&via);
	fputs(_("pppd reads:"), stdout);
	for (i = 0; i < c->n; i++) {
		const struct config_source *s = c->src[i];
		buf_reset(&via);
		cli_config_via(c, s, &via);
		fputs(i ? C_("list", ", ") : " ", stdout);
		cli_check_put(stdout, config_source_name(s));
		if (via.len) {
			fputs(" (", stdout);
			cli_check_put(stdout, via.data);
			fputc(')', stdout);
		}
		fputs(cli_config_state_words(s), stdout);
	}
	fputs(".\n", stdout);
	buf_free(&via);
}

void cli_config_release(const struct cli_opts *o)
{
	if (!o->pppd_version_from)
		return;
	printf(_("Read as Linux pppd %s: its plugin folder %s is the only one there "
	         "(--pppd-version names another release).\n"), o->pppd_version,
	       o->pppd_version_from);
}

void cli_config_release_json(struct cli_json *j, const struct cli_opts *o)
{
	if (o->platform != PLATFORM_LINUX)
		return;
	cli_json_str(j, "pppd_version", o->pppd_version);
	cli_json_str(j, "pppd_version_from", o->pppd_version_from);
}

void cli_config_files_json(struct cli_json *j, const struct config *c)
{
	size_t i;
	int lines;

	cli_json_open(j, "files", '[');
	for (i = 0; i < c->n; i++) {
		const struct config_source *s = c->src[i];

		cli_json_open(j, NULL, '{');
		cli_json_str(j, "file", config_source_name(s));
		cli_json_str(j, "path", s->path);
		cli_json_str(j, "origin", config_origin_name(s->origin));
		cli_json_str(j, "state", config_state_name(s->state));
		if (s->parent == CONFIG_NONE) {
			cli_json_null(j, "from");
		} else {
			cli_json_open(j, "from", '{');
			cli_json_str(j, "file", cli_config_name(c->src[s->parent], &lines));
			cli_json_int(j, "line", lines ? (long long)c->src[s->parent]->doc
			             ->entries[s->parent_entry].line_first + 1 : 0);
			cli_json_close(j);
		}
		cli_json_bool(j, "privileged", s->privileged);
		cli_json_bool(j, "reached", s->reached);
		cli_json_close(j);
	}
	cli_json_close(j);
}

/* key: { "file", "line" } for source src, entry (CONFIG_NONE: line 0), or
 * null when src is CONFIG_NONE. */
static void cli_config_at_json(struct cli_json *j, const char *key, const struct config *c,
                               size_t src, size_t entry)
{
	const struct config_source *s;
	int lines;

	if (src == CONFIG_NONE) {
		cli_json_null(j, key);
		return;
	}
	s = c->src[src];
	cli_json_open(j, key, '{');
	cli_json_str(j, "file", cli_config_name(s, &lines));
	cli_json_int(j, "line", lines && entry != CONFIG_NONE ?
	             (long long)s->doc->entries[entry].line_first + 1 : 0);
	cli_json_close(j);
}

void cli_config_note_json(struct cli_json *j, const struct config *c)
{
	/* pppd never reaches a refusal after a word that makes it exit */
	cli_config_at_json(j, "stops_at", c, c->exit_src != CONFIG_NONE ? CONFIG_NONE : c->stop_src,
	                   c->stop_entry);
	cli_config_at_json(j, "exits_at", c, c->exit_src, c->exit_entry);
	cli_json_str(j, "note", c->note[0] ? c->note : NULL);
}

/* Where a word such as --help makes pppd print and exit, as file:line. */
static int cli_config_exit(const struct config *c, struct buf *out)
{
	const struct config_source *s;
	int lines;

	if (c->exit_src == CONFIG_NONE)
		return 0;
	s = c->src[c->exit_src];
	buf_adds(out, cli_config_name(s, &lines));
	if (lines && c->exit_entry != CONFIG_NONE)
		buf_printf(out, ":%zu", s->doc->entries[c->exit_entry].line_first + 1);
	return 1;
}

int cli_config_stop(const struct config *c, struct buf *out)
{
	const struct config_source *s;
	int lines;

	if (c->stop_src == CONFIG_NONE)
		return 0;
	s = c->src[c->stop_src];
	buf_adds(out, cli_config_name(s, &lines));
	if (lines && c->stop_entry != CONFIG_NONE)
		buf_printf(out, ":%zu", s->doc->entries[c->stop_entry].line_first + 1);
	return 1;
}

/* Every finding once: a file read twice says the same things twice. */
static void cli_config_findings(const struct config *c, const struct cli_opts *o,
                                struct cli_json *j)
{
	struct hash seen;
	struct buf key;
	size_t i, k;
	int lines;

	memset(&seen, 0, sizeof seen);
	buf_init(&key);
	for (i = 0; i < c->n; i++) {
		const struct config_source *s = c->src[i];
		const char *name = cli_config_name(s, &lines);
		for (k = 0; k < s->report.n; k++) {
			const struct check_finding *f = &s->report.items[k];
			buf_reset(&key);
			buf_printf(&key, "%s%c%zu%c%s%c%s", name, 0, (size_t)f->line, 0,
			           check_finding_id(f), 0, check_message(&s->report, f));
			if (hash_get(&seen, key.data, key.len))
				continue;
			hash_put(&seen, key.data, key.len, NULL)->val = &seen;
			if (j)
				cli_check_finding_json(j, &s->report, f, name, lines, c->o.platform,
				                       o->reveal);
			else
				cli_check_finding(&s->report, f, s->doc, name, lines, c->o.platform,
				                  o->reveal);
		}
	}
	hash_free(&seen, NULL);
	buf_free(&key);
}

static void cli_config_json(const struct config *c, const struct cli_opts *o,
                            const char *name, int exists, const size_t count[3], int rc)
{
	struct cli_json j;

	cli_json_begin(&j, "check");
	cli_json_str(&j, "file", name);
	cli_json_str(&j, "platform", platform_name(c->o.platform));
	cli_config_release_json(&j, o);
	cli_json_bool(&j, "exists", exists);
	cli_config_files_json(&j, c);
	cli_json_open(&j, "findings", '[');
	cli_config_findings(c, o, &j);
	cli_json_close(&j);
	cli_config_note_json(&j, c);
	cli_check_counts_json(&j, count);
	cli_json_end(&j, rc, NULL);
}

/* Whether a file pppd reads holds a value pppconf could not check. */
static int cli_config_unchecked(const struct config *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->src[i]->state == CONFIG_READ && cli_check_unchecked(&c->src[i]->report))
			return 1;
	return 0;
}

int cli_config_check(const struct cli_opts *o, const char *given)
{
	struct config c;
	const struct config_source *g;
	struct buf stop;
	size_t count[3];
	const char *name;
	int exists, rc;

	if (cli_config_open(&c, o, given) < 0)
		return CLI_FAIL;
	g = c.given != CONFIG_NONE ? c.src[c.given] : c.n ? c.src[0] : NULL;
	name = g ? config_source_name(g) : CLI_DEFAULT_FILE;
	exists = g && g->state == CONFIG_READ;
	config_counts(&c, count);
	rc = count[CHECK_ERROR] || (o->strict && count[CHECK_WARNING]) ? CLI_FOUND : CLI_OK;
	if (o->json) {
		cli_config_json(&c, o, name, exists, count, rc);
	} else {
		cli_config_findings(&c, o, NULL);
		cli_config_reads(&c);
		cli_config_release(o);
		if (c.note[0])
			printf("%s\n", c.note);
		cli_check_put(stdout, name);
		if (!exists && !count[CHECK_ERROR] && !count[CHECK_WARNING] && g &&
		    g->state == CONFIG_ABSENT) {
			/* CONFIG_ABSENT: pppd goes on without it (options.c:594) */
			fputs(_(": no such file; pppd goes on without it.\n"), stdout);
		} else {
			fputs(": ", stdout);
			cli_check_counts(count);
			buf_init(&stop);
			if (count[CHECK_ERROR] && cli_config_exit(&c, &stop)) {
				fputs(_(": pppd prints and exits at "), stdout);
				cli_check_put(stdout, stop.data);
				fputs(_(" before it reaches the errors; without that word it would "
				        "refuse this configuration.\n"), stdout);
			} else if (count[CHECK_ERROR] && cli_config_stop(&c, &stop)) {
				fputs(_(": pppd will refuse this configuration; it stops at "), stdout);
				cli_check_put(stdout, stop.data);
				fputs(".\n", stdout);
			} else if (count[CHECK_ERROR]) {
				fputs(_(": pppd will refuse this configuration.\n"), stdout);
			} else if (cli_config_exit(&c, &stop)) {
				fputs(_(": pppd will accept it, then print and exit at "), stdout);
				cli_check_put(stdout, stop.data);
				fputs(_(" without connecting.\n"), stdout);
			} else {
				cli_check_verdict(count, cli_config_unchecked(&c));
			}
			buf_free(&stop);
		}
	}
	config_close(&c);
	fflush(stdout);
	return rc;
}
