/* cli_show.c - `pppconf show`: the options pppd ends up with across every file it reads, where each was set and what it replaced. */

/*
 * Text output: "pppd reads: ..." (cli_config.c), a line when pppd refuses
 * the configuration, then each setting in the order it was first set: the
 * directive in effect and where ("FILE:LINE", or "the command line", "the
 * controller"; for local:remote, each value that still sets a side), then
 * indented "replaces ..." for each earlier value it
 * replaced and "keeps it over ..." for a later one pppd ignored (a source of
 * lower priority). Options that add up (plugin, ms-dns, file, call...) show
 * each value. Secrets are masked unless --reveal.
 *
 * --only: the given file (or /etc/ppp/options) alone, as if pppd read
 * nothing else.
 *
 * --files: only the files pppd opens, in order, up to where it refuses:
 * "PATH<TAB>STATE<TAB>HOW" a line (STATE as in the JSON "files" array; HOW
 * the origin, and for file and call where they were named).
 *
 * JSON (--json), one object (man/pppconf-json.schema.json):
 *   { "schema": 1, "command": "show", "platform": "linux" | "macos",
 *     "files": [ as check's ],
 *     "stops_at": { "file": string, "line": n } | null,
 *     "exits_at": { "file": string, "line": n } | null,
 *     "note": string | null,
 *     "options": [ { "name": string (the setting: "auth" for noauth too),
 *                    "value": string (the directive text in effect),
 *                    "file": string, "line": n, "origin": string,
 *                    "list": bool (every value counts),
 *                    "replaced": [ { "value", "file", "line" } ],
 *                    "ignored": [ { "value", "file", "line" } ] } ] }
 *     "exit": n, "error": string | null }
 *   For a list, each value is an option of its own, with nothing replaced;
 *   for a pair that sets each side on its own (local:remote, ipv6), each
 *   value still in effect, with what it replaced.
 *
 * Exit status: 0; 2 when the options cannot be met or the words are wrong.
 */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/text.h"
#include "cli/cli_config.h"
#include "cli/cli_json.h"

/* One setting on its line. fmt NULL: the one in effect, its value (or
 * label, when not NULL) and, in a column, where it is set; else, indented, a sentence whose two %s are
 * the value and where (translated by the caller, whole so that a
 * translation can order it). Control characters in the values are escaped. */
static void cli_show_line(const struct config *c, const struct config_set *s, int reveal,
                          const char *fmt, const char *label)
{
	struct buf v, w, line;

	buf_init(&v);
	buf_init(&w);
	buf_init(&line);
	if (label)
		buf_adds(&v, label);
	else
		config_set_shown(c, s, reveal, &v);
	config_set_where(c, s, &w);
	if (!fmt) {
		cli_check_put(stdout, v.data);
		int wv = text_width(v.data ? v.data : "", v.len, i18n_utf8());

		printf("%*s", wv < 32 ? 32 - wv : 1, "");
		cli_check_put(stdout, w.data);
	} else {
		buf_adds(&line, "    ");
		buf_printf(&line, fmt, v.data, w.data);
		cli_check_put(stdout, line.data);
	}
	fputc('\n', stdout);
	buf_free(&v);
	buf_free(&w);
	buf_free(&line);
}

static void cli_show_option_text(const struct config *c, const struct config_option *opt,
                                 int reveal)
{
	size_t k, e;

	if (opt->list) {
		for (k = 0; k < opt->nsets; k++)
			cli_show_line(c, &opt->sets[k], reveal, NULL, NULL);
		return;
	}
	/* a pair that sets each side on its own may have more than one in effect */
	for (e = 0; e < opt->nsets; e++) {
		if (!config_option_in_effect(opt, e))
			continue;
		/* persist turned on again by demand (config_effective_demand):
		 * demand has its own line, so this one says what it does here */
		if (strcmp(opt->key, "persist") == 0 && opt->sets[e].row &&
		    strcmp(opt->sets[e].row->name, "demand") == 0)
			cli_show_line(c, &opt->sets[e], reveal, NULL, _("persist (turned on by demand)"));
		else
			cli_show_line(c, &opt->sets[e], reveal, NULL, NULL);
		for (k = 0; k < e; k++)
			if (config_option_replaces(opt, e, k))
				cli_show_line(c, &opt->sets[k], reveal, _("replaces %s at %s"), NULL);
	}
	for (k = 0; k < opt->nsets; k++)
		if (k != opt->winner && opt->sets[k].ignored)
			cli_show_line(c, &opt->sets[k], reveal, _("keeps it over %s at %s (lower "
			              "priority: pppd ignores it)"), NULL);
}

/* "value", "file" and "line" of one setting. */
static void cli_show_value_json(struct cli_json *j, const struct config *c,
                                const struct config_set *s, int reveal)
{
	struct buf v;
	int lines;

	buf_init(&v);
	config_set_shown(c, s, reveal, &v);
	cli_json_strn(j, "value", v.data ? v.data : "", v.len);
	cli_json_str(j, "file", cli_config_name(c->src[s->src], &lines));
	cli_json_int(j, "line", lines ? (long long)config_set_line(c, s) : 0);
	buf_free(&v);
}

static void cli_show_one_json(struct cli_json *j, const struct config *c,
                              const struct config_option *opt, size_t win, int reveal)
{
	size_t k;

	cli_json_open(j, NULL, '{');
	cli_json_str(j, "name", opt->key);
	cli_show_value_json(j, c, &opt->sets[win], reveal);
	cli_json_str(j, "origin", config_origin_name(c->src[opt->sets[win].src]->origin));
	cli_json_bool(j, "list", opt->list);
	cli_json_open(j, "replaced", '[');
	for (k = 0; k < win; k++)
		if (config_option_replaces(opt, win, k)) {
			cli_json_open(j, NULL, '{');
			cli_show_value_json(j, c, &opt->sets[k], reveal);
			cli_json_close(j);
		}
	cli_json_close(j);
	cli_json_open(j, "ignored", '[');
	for (k = 0; !opt->list && win == opt->winner && k < opt->nsets; k++)
		if (k != win && opt->sets[k].ignored) {
			cli_json_open(j, NULL, '{');
			cli_show_value_json(j, c, &opt->sets[k], reveal);
			cli_json_close(j);
		}
	cli_json_close(j);
	cli_json_close(j);
}

static void cli_show_json(const struct config *c, const struct cli_opts *o)
{
	struct cli_json j;
	size_t i, k;
	int reveal = o->reveal;

	cli_json_begin(&j, "show");
	cli_json_str(&j, "platform", platform_name(c->o.platform));
	cli_config_release_json(&j, o);
	cli_config_files_json(&j, c);
	cli_config_note_json(&j, c);
	cli_json_open(&j, "options", '[');
	for (i = 0; i < c->nopt; i++) {
		const struct config_option *opt = &c->opt[i];
		for (k = 0; k < opt->nsets; k++)
			if (config_option_in_effect(opt, k))
				cli_show_one_json(&j, c, opt, k, reveal);
	}
	cli_json_close(&j);
	cli_json_end(&j, CLI_OK, NULL);
}

/* The files pppd opens, in order, until it refuses. */
static void cli_show_files(const struct config *c)
{
	struct buf via;
	size_t i;

	buf_init(&via);
	for (i = 0; i < c->n; i++) {
		const struct config_source *s = c->src[i];
		if (!s->path || !s->reached)
			continue;
		buf_reset(&via);
		cli_config_via(c, s, &via);
		cli_check_put(stdout, config_source_name(s));
		printf("\t%s\t", config_state_name(s->state));
		cli_check_put(stdout, via.len ? via.data : config_origin_name(s->origin));
		fputc('\n', stdout);
	}
	buf_free(&via);
}

int cli_show(const struct cli_opts *o, int argc, char **argv)
{
	struct config c;
	struct buf stop;
	size_t i;

	if (argc > 2 || (argc == 2 && o->file)) {
		cli_json_error("show takes one FILE (see pppconf --help)");
		return CLI_FAIL;
	}
	if (cli_config_open(&c, o, o->file ? o->file : argc == 2 ? argv[1] : NULL) < 0)
		return CLI_FAIL;
	if (o->json) {
		cli_show_json(&c, o);
	} else if (o->files) {
		cli_show_files(&c);
	} else {
		cli_config_reads(&c);
		cli_config_release(o);
		if (c.note[0])
			printf("%s\n", c.note);
		buf_init(&stop);
		if (cli_config_stop(&c, &stop)) {
			fputs(_("pppd refuses this configuration at "), stdout);
			cli_check_put(stdout, stop.data);
			fputs(_(" ('pppconf check' says why); below is what it would take otherwise.\n"),
			      stdout);
		}
		buf_free(&stop);
		for (i = 0; i < c.nopt; i++)
			cli_show_option_text(&c, &c.opt[i], o->reveal);
		if (!c.nopt)
			fputs(_("No options: pppd uses its defaults.\n"), stdout);
	}
	config_close(&c);
	fflush(stdout);
	return CLI_OK;
}
