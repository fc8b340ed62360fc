/* main.c - pppconf's entry: global options, then the editor or a subcommand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "tui/tui.h"

static const struct {
	const char *name;
	int (*run)(const struct cli_opts *, int, char **);
} main_commands[] = {
	{ "check", cli_check },
	{ "explain", cli_explain },
	{ "list", cli_list },
	{ "doctor", cli_doctor },
	{ "fix", cli_fix },
	{ "set", cli_set },
	{ "unset", cli_unset },
	{ "restore", cli_restore },
	{ "dump", cli_dump },
	{ "why", cli_why },
	{ "show", cli_show },
};

/* The editor's options, from the command line's. */
static int main_editor(const struct cli_opts *o, const char *path)
{
	struct tui_opts t;

	memset(&t, 0, sizeof t);
	t.platform = o->platform;
	t.read_only = o->read_only;
	t.reveal = o->reveal;
	t.no_color = o->no_color;
	t.ascii = o->ascii;
	t.escdelay = o->escdelay;
	t.keys = o->keys;
	t.screen_out = o->dump_screen;
	t.cols = o->cols;
	t.rows = o->rows;
	return tui_run(&t, path);
}

static int main_run(const struct cli_opts *o, int nrest, char **rest)
{
	size_t i;

	if (o->help_keys)
		return tui_help_keys(o->help_keys);
	if (nrest > 0) {
		for (i = 0; i < sizeof main_commands / sizeof main_commands[0]; i++)
			if (strcmp(rest[0], main_commands[i].name) == 0)
				return main_commands[i].run(o, nrest, rest);
	}
	if (nrest > 1) {
		fprintf(stderr, "pppconf: '%s' is not a command; the editor takes one FILE "
		        "(see pppconf --help)\n", rest[0]);
		return CLI_FAIL;
	}
	if (nrest == 1)
		return main_editor(o, rest[0]);
	return main_editor(o, o->file ? o->file : CLI_DEFAULT_FILE);
}

int main(int argc, char **argv)
{
	struct cli_opts o;
	char **rest = calloc((size_t)argc + 1, sizeof *rest);
	int nrest = 0, rc;

	if (!rest)
		return CLI_FAIL;
	if (cli_parse(argc, argv, &o, rest, &nrest) < 0)
		rc = CLI_FAIL;
	else
		rc = main_run(&o, nrest, rest);
	free(rest);
	return rc;
}
