/* cli.h - the command line: global options and the subcommands scripts use. */
/* Folder src/cli: main() and the commands scripts use (check, explain, set, fix, why, ...), each on
 * a session; starts the editor through tui. The top of the dependency order. */
#ifndef PPPCONF_CLI_H
#define PPPCONF_CLI_H

#include <stdio.h>

#include "base/platform.h"

#define CLI_DEFAULT_FILE "/etc/ppp/options"

/* Exit codes shared by every subcommand (documented in --help and the man page). */
enum cli_exit {
	CLI_OK = 0,        /* clean / nothing to do / done */
	CLI_FOUND = 1,     /* check, doctor: problems found */
	CLI_FAIL = 2,      /* could not read, bad usage, write failed */
	CLI_CHANGED = 3,   /* fix, set, unset: the file was (or would be) changed */
	CLI_NOT_WRITTEN = 4 /* fix, set, unset: a change is due but was not written
	                       (no --yes and no terminal, or the answer was no) */
};

struct cli_opts {
	enum platform platform;
	int platform_given;
	int json;
	int dry_run;
	int yes;
	int no_color;
	int ascii;
	int read_only;
	int reveal;
	int escdelay;          /* milliseconds, -1 = default */
	const char *file;      /* --file or the positional FILE; NULL = default */
	const char *category;  /* list --category */
	const char *service;   /* fix: --service NAME, a per-service fix's VPN */
	const char *keys;      /* editor: --keys SCRIPT (headless test mode) */
	const char *dump_screen; /* editor: --screen-out FILE for headless dumps */
	int cols, rows;        /* editor: headless screen size */
	const char *help_keys; /* --help-keys[=FORMAT]: print the editor's keys */
};

/* Subcommands: argv[0] is the subcommand name; options already removed.
 * Each returns an enum cli_exit value. */
int cli_dump(const struct cli_opts *o, int argc, char **argv);
int cli_check(const struct cli_opts *o, int argc, char **argv);
int cli_explain(const struct cli_opts *o, int argc, char **argv);
int cli_list(const struct cli_opts *o, int argc, char **argv);
int cli_doctor(const struct cli_opts *o, int argc, char **argv);
int cli_fix(const struct cli_opts *o, int argc, char **argv);
int cli_set(const struct cli_opts *o, int argc, char **argv);
int cli_unset(const struct cli_opts *o, int argc, char **argv);
int cli_restore(const struct cli_opts *o, int argc, char **argv);
int cli_why(const struct cli_opts *o, int argc, char **argv);

/* Writes s for a terminal: valid UTF-8 as it is, anything else (controls,
 * invalid bytes) as \xHH, so that no byte of a file or a path can drive it. */
void cli_check_put(FILE *out, const char *s);

/* Parses argv into opts and the remaining words; prints usage errors.
 * Returns the index of the first non-option word, or -1 on error. */
int cli_parse(int argc, char **argv, struct cli_opts *o, char **rest, int *nrest);
void cli_usage(void);

#endif
