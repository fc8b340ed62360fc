/* main.c - pppconf's entry: global options, then the editor or a subcommand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "cli/cli.h"
#include "cli/cli_json.h"
#include "config/config.h"
#include "tui/tui.h"

/* The editor's options, from the command line's; with --root the file
 * is the copy under it (given: pppd's path names the copy when there is
 * one; the default, /etc/ppp/options, always does: a new file there). */
static int main_editor(const struct cli_opts *o, const char *path, int given)
{
	struct tui_opts t;
	char *where = NULL;
	int rc;

	if (o->root)
		path = where = given ? config_given_where(o->root, path) :
		               config_follow_where(o->root, 0, path, strlen(path));

	memset(&t, 0, sizeof t);
	t.platform = o->platform;
	t.read_only = o->read_only;
	t.reveal = o->reveal;
	t.keep = o->keep;
	t.root = o->root;
	t.pppd_version = o->pppd_version;
	t.no_color = o->no_color;
	t.ascii = o->ascii;
	t.escdelay = o->escdelay;
	t.keys = o->keys;
	t.screen_out = o->dump_screen;
	t.cols = o->cols;
	t.rows = o->rows;
	rc = tui_run(&t, path);
	free(where);
	return rc;
}

static int main_run(const struct cli_opts *o, int nrest, char **rest)
{
	const struct cli_command *c = nrest > 0 ? cli_command_find(rest[0]) : NULL;
	int rc;

	if (o->help_keys)
		return tui_help_keys(o->help_keys);
	if (c) {
		if (o->json)
			cli_json_english();
		rc = c->run(o, nrest, rest);
		if (o->json)
			cli_json_fallback(c->name, rc);
		return rc;
	}
	if (o->json) {
		cli_json_error("--json is for the commands, not the editor (see pppconf --help)");
		return CLI_FAIL;
	}
	if (nrest > 1) {
		cli_json_error("'%s' is not a command; the editor takes one FILE (see pppconf "
		               "--help)", rest[0]);
		return CLI_FAIL;
	}
	if (nrest == 1)
		return main_editor(o, rest[0], 1);
	return main_editor(o, o->file ? o->file : CLI_DEFAULT_FILE, o->file != NULL);
}

int main(int argc, char **argv)
{
	struct cli_opts o;
	char **rest = calloc((size_t)argc + 1, sizeof *rest);
	int nrest = 0, rc;

	if (!rest)
		return CLI_FAIL;
	i18n_init();
	if (cli_parse(argc, argv, &o, rest, &nrest) < 0) {
		const char *c = cli_parse_json_command(argc, argv);
		rc = CLI_FAIL;
		if (c)
			cli_json_fallback(c, rc);
	} else
		rc = main_run(&o, nrest, rest);
	free(rest);
	return rc;
}
