/* cli_history.h - how the commands open a file they may write (waiting for the lock, naming themselves to the history), and the notes they print. */
#ifndef PPPCONF_CLI_HISTORY_H
#define PPPCONF_CLI_HISTORY_H

#include "base/buf.h"
#include "cli/cli.h"
#include "session/session.h"

/* How long a command waits for another pppconf's lock without --wait. */
#define CLI_HISTORY_WAIT_MS 10000

/* session_open_as for a command: waits for the lock (--wait, default 10 s),
 * names the command for the history (its words, a last word naming the
 * file left out, secrets masked), keeps --keep versions. Prints the notes
 * of the open (a stale lock taken over) to stderr. 0, or -1 with a
 * sentence in *err. */
int cli_history_open(struct session *s, const struct cli_opts *o, const char *path,
                     unsigned flags, struct buf *err);
/* Prints what the file layer did besides the save (leftovers removed, a
 * lock taken over), one "pppconf: ..." line each on stderr, and forgets it. */
void cli_history_notes(struct session *s);

#endif
