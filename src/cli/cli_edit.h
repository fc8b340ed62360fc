/* cli_edit.h - what the commands that change a file share: loading, the diff, the question, the write. */
#ifndef PPPCONF_CLI_EDIT_H
#define PPPCONF_CLI_EDIT_H

#include <stddef.h>

#include "check/check.h"
#include "cli/cli.h"
#include "pppd/doc.h"
#include "fix/recipe.h"
#include "file/safewrite.h"

/* One file being changed by a command: what was loaded and the edited copy. */
struct cli_edit {
	const struct cli_opts *o;
	unsigned commit_flags;   /* SAFEWRITE_* for the write */
	const char *path;
	enum platform platform;
	struct safewrite_file sw;
	struct doc doc;
	struct check_file cf;
};


/* Loads path into ed (safewrite flags SAFEWRITE_*); prints why and returns
 * -1 when it cannot be read. */
int cli_edit_open(struct cli_edit *ed, const struct cli_opts *o, const char *path,
                  unsigned flags);
void cli_edit_close(struct cli_edit *ed);
/* The errors pppd would meet in p[0..n); with `show`, printed to stderr. */
size_t cli_edit_errors(const char *p, size_t n, enum platform pl, int show);
/* Asks on the terminal whether to write; 0 without a terminal. */
int cli_edit_ask(const char *path);
/* Prints the diff of the edits (secrets masked), refuses a change that
 * would make pppd refuse the file, writes when allowed; an exit status. */
int cli_edit_finish(struct cli_edit *ed, const char *done);
/* The file: --file, else the word after the command's own `used` words,
 * else /etc/ppp/options. */
const char *cli_edit_path(const struct cli_opts *o, int argc, char **argv, int used);
/* What the recipes may know about the file and the machine. */
void cli_edit_env(struct cli_edit *ed, struct recipe_env *env);

#endif
