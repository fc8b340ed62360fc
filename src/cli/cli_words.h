/* cli_words.h - the words a command is given, checked before anything is read: directive names, values, and files where neither belongs. */
#ifndef PPPCONF_CLI_WORDS_H
#define PPPCONF_CLI_WORDS_H

#include "base/buf.h"
#include "cli/cli.h"
#include "pppd/catalog.h"

/* -1 after saying so when word i of the command's words names an existing
 * regular file and comes before "--": a directive name or a value was
 * probably left out, and the file would be taken for it. `what` is "name"
 * or "value"; `usage` shows where the word belongs ("pppconf set NAME
 * [ARG] [FILE]"). 0 otherwise. */
int cli_words_not_file(const struct cli_opts *o, char **argv, int i, const char *what,
                       const char *usage);

/* The catalogue's row for a directive name on the platform (a name, or a
 * word pppd reads by its shape: a speed, a device, an address pair). NULL
 * when pppd does not know it; then, unless `quiet`, it says so with the
 * closest names ("did you mean"), or names the platform whose pppd has
 * it. */
const struct catalog_entry *cli_words_known(const char *name, enum platform p, int quiet);

/* The closest names to an unknown one: " Did you mean: a, b?" (or the
 * other platform's nearest, with its name), appended to out; nothing when
 * there is none. */
void cli_words_suggest(const char *name, enum platform p, struct buf *out);

/* -1 after giving pppd's reason when it would refuse `val` for row ce:
 * the catalogue's check of the value, and what pppd does with it as it
 * reads the file on platform p (it opens an included file, and on Linux
 * the log file, there and then: an empty path stops it). 0 when pppd takes
 * it. */
int cli_words_value(const struct catalog_entry *ce, const char *val, enum platform p);

#endif
