/* cli_edit.h - what the commands share: opening the file, and for those that change it the diff, the question, the write. */
#ifndef PPPCONF_CLI_EDIT_H
#define PPPCONF_CLI_EDIT_H

#include <stddef.h>

#include "base/platform.h"
#include "cli/cli.h"
#include "cli/cli_json.h"
#include "session/session.h"

/* One file a command reads or changes: its session (s.doc is the copy the
 * command edits), how to write it, and what came of it (for --json). */
struct cli_edit {
	const struct cli_opts *o;
	unsigned commit_flags;   /* SAFEWRITE_* for the write */
	struct session s;
	const char *result;      /* "unchanged", "changed", "would-change",
	                            "not-written", "refused", "failed" */
	int removed;             /* the file was (or would be) removed */
	struct buf diff;         /* the diff shown (secrets masked) */
	struct buf said;         /* the last words: "changed: ... (set)" */
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
 * would make pppd refuse the file, writes when allowed; an exit status.
 * An undo that empties a file pppconf created for a fix removes the file
 * (fix_remove_due), and the diff says "delete". With --json nothing goes
 * to stdout: the caller writes the object (cli_edit_json). */
int cli_edit_finish(struct cli_edit *ed, const char *done);
/* Text the command says: stdout, or stderr with --json (stdout is the
 * object's). printf-style. */
void cli_edit_say(const struct cli_edit *ed, const char *fmt, ...);
/* The command's last words: said as cli_edit_say does, kept for --json's
 * "message", with result ("changed", "unchanged", "would-change",
 * "not-written") for --json's "result". */
/* fmt is English (marked by its keyword in po/mkpot.sh), said in the
 * user's language. */
void cli_edit_last(struct cli_edit *ed, const char *result, const char *fmt, ...);
/* The members every changing command's object has: file, platform,
 * result, changed, written, removed, dry_run, diff, backup, message. */
void cli_edit_json(const struct cli_edit *ed, struct cli_json *j);
/* With --json, writes the command's object (cli_edit_json's members);
 * returns rc, the exit status it reports. */
int cli_edit_done(const struct cli_edit *ed, const char *command, int rc);
/* The file: --file, else the word after the command's own `used` words,
 * else /etc/ppp/options. */
const char *cli_edit_path(const struct cli_opts *o, int argc, char **argv, int used);
/* A command that reads one FILE (check, dump, doctor): its path, or NULL
 * after saying `usage` (cli_json_error) when the words do not fit. */
const char *cli_edit_one_file(const struct cli_opts *o, int argc, char **argv,
                              const char *usage);

#endif
