/* cli_edit.h - what the commands share: opening the file, and for those that change it the diff, the question, the write. */
#ifndef PPPCONF_CLI_EDIT_H
#define PPPCONF_CLI_EDIT_H

#include <stddef.h>

#include "base/platform.h"
#include "cli/cli.h"
#include "session/session.h"

/* One file a command reads or changes: its session (s.doc is the copy the
 * command edits), and how to write it. */
struct cli_edit {
	const struct cli_opts *o;
	unsigned commit_flags;   /* SAFEWRITE_* for the write */
	struct session s;
};

/* Opens path for the command (flags SAFEWRITE_*); "-" with `stdin_ok`
 * reads standard input instead. Prints why and returns -1 when it cannot be
 * read or is not an options file, the same for every command. */
int cli_edit_open(struct cli_edit *ed, const struct cli_opts *o, const char *path,
                  unsigned flags, int stdin_ok);
void cli_edit_close(struct cli_edit *ed);
/* The errors pppd would meet in p[0..n), read after what f says pppd
 * loaded before it (f may be NULL); with `show`, printed to stderr. */
size_t cli_edit_errors(const char *p, size_t n, enum platform pl,
                       const struct check_file *f, int show);
/* Asks on the terminal whether to write; 0 without a terminal. */
int cli_edit_ask(const char *path);
/* Prints the diff of the edits (secrets masked), refuses a change that
 * would make pppd refuse the file, writes when allowed; an exit status. */
int cli_edit_finish(struct cli_edit *ed, const char *done);
/* The file: --file, else the word after the command's own `used` words,
 * else /etc/ppp/options. */
const char *cli_edit_path(const struct cli_opts *o, int argc, char **argv, int used);
/* A command that reads one FILE (check, dump, doctor): its path, or NULL
 * after saying "usage: ..." when the words do not fit. */
const char *cli_edit_one_file(const struct cli_opts *o, int argc, char **argv,
                              const char *usage);

#endif
