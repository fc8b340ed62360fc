/* cli.h - the command line: global options and the subcommands scripts use. */
/* Folder src/cli: main() and the commands scripts use (check, explain, set, fix, why, ...), each on
 * a session; starts the editor through tui. The top of the dependency order. */
#ifndef PPPCONF_CLI_H
#define PPPCONF_CLI_H

#include <stdio.h>

#include "base/platform.h"

#define CLI_DEFAULT_FILE "/etc/ppp/options"

/* Exit codes shared by every subcommand; what each means for the user is
 * cli_status_at()'s table (--help, the man page and the README print it). */
enum cli_exit {
	CLI_OK = 0,        /* clean / nothing to do / done */
	CLI_FOUND = 1,     /* check, doctor: pppd would refuse the file (with
	                      --strict: or there are warnings) */
	CLI_FAIL = 2,      /* bad usage, could not read, write failed */
	CLI_CHANGED = 3,   /* fix, set, unset, restore: the file was (or would be) changed */
	CLI_NOT_WRITTEN = 4 /* a change is due but was not written (no --yes and
	                       no terminal, the answer was no, or a fix's
	                       question was not answered) */
};

struct cli_opts {
	enum platform platform;
	int platform_given;
	int json;
	int strict;            /* check, doctor: warnings count as problems */
	int no_ipsec_confirmed; /* fix: the answer "yes" to the fix's question */
	int dry_run;
	int yes;
	int no_color;
	int ascii;
	int read_only;
	int reveal;
	int escdelay;          /* milliseconds, -1 = default */
	int literal;           /* index in the command's words (its name is 0) of
	                          the first word after "--": from there on words
	                          are taken as written, never as a file where a
	                          name or value belongs; a large number when
	                          there was no "--" */
	const char *file;      /* --file or the positional FILE; NULL = default */
	const char *category;  /* list --category */
	const char *keys;      /* editor: --keys SCRIPT (headless test mode) */
	const char *dump_screen; /* editor: --screen-out FILE for headless dumps */
	int cols, rows;        /* editor: headless screen size */
	const char *help_keys; /* --help-keys[=FORMAT]: print the editor's keys */
	int wait_ms;           /* --wait SECONDS for another pppconf's lock; -1: 10 s */
	int keep;              /* --keep N versions in the history; -1: the default */
	unsigned long to;      /* restore --to N; 0: not given */
	int original;          /* restore --original */
	int forget_original;   /* history --forget-original */
	char **words;          /* the command's words (rest), for the history */
	int nwords;
	/* check, show: the whole configuration (src/config) */
	int only;              /* --only: the one file alone, as before */
	const char *root;      /* --root DIR: a copy of another machine's files */
	int no_env;            /* --no-env: do not look at this machine */
	const char *args;      /* --args 'WORDS': pppd's command line */
	const char *user;      /* --user NAME: who starts pppd (default root) */
	const char *pppd_version; /* --pppd-version V: the Linux pppd release that
	                            reads the files; NULL: not known */
	const char *pppd_version_from; /* the plugin folder that release was read
	                            off, when no option named it (cli.c) */
	const char *service_type; /* --service-type T: macOS controller's service */
	const char *service;   /* --service NAME: the VPN (its peers file; fix: a per-service fix) */
	int transport_ip;      /* --transport ip (else ipsec) */
	int files;             /* show --files: only the files pppd reads */
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
int cli_history(const struct cli_opts *o, int argc, char **argv);
int cli_why(const struct cli_opts *o, int argc, char **argv);
int cli_show(const struct cli_opts *o, int argc, char **argv);

/* One finding of report r, as `pppconf check` prints it: text lines
 * ("PATH:LINE: severity: message [id]", fix, replacement), or one JSON
 * object in the array j has open; without `lines` the line is not given
 * (a finding on pppd's command line or the controller's options). d, the
 * document checked (or NULL), says what a replacement of nothing removes:
 * the line, or one directive of a line that holds more. */
struct check_report;
struct check_finding;
struct cli_json;
struct doc;
void cli_check_finding(const struct check_report *r, const struct check_finding *f,
                       const struct doc *d, const char *path, int lines, enum platform p,
                       int reveal);
void cli_check_finding_json(struct cli_json *j, const struct check_report *r,
                            const struct check_finding *f, const char *path, int lines,
                            enum platform p, int reveal);
/* The "counts" object of check's JSON. */
void cli_check_counts_json(struct cli_json *j, const size_t count[3]);
/* "1 error, 0 warnings, 2 notes" */
void cli_check_counts(const size_t count[3]);
/* The verdict after the counts, ": pppd will accept it.\n" and the like;
 * unchecked: a value pppconf could not check is in the files. */
void cli_check_verdict(const size_t count[3], int unchecked);
/* Whether r holds a value pppconf could not check (value-not-checked). */
int cli_check_unchecked(const struct check_report *r);

/* The commands, in the order --help lists them: the one table main(), the
 * usage, the man page's synopsis and the shell completions are made from. */
struct cli_command {
	const char *name;
	int (*run)(const struct cli_opts *, int, char **);
	const char *args;      /* "NAME [[--] ARG] [FILE]" */
	const char *summary;   /* a few words */
};
size_t cli_command_count(void);
const struct cli_command *cli_command_at(size_t i);
const struct cli_command *cli_command_find(const char *name);

/* The options cli_parse knows: the one table the parser, --help, the man
 * page and the completions are made from. */
#define CLI_OPTION_HIDDEN 0x1u  /* for the tests; not offered to people */
#define CLI_OPTION_OPTARG 0x2u  /* the value is optional and joined: --x=V */
struct cli_option {
	const char *name;      /* "--platform" */
	const char *short_name; /* "-f", or NULL */
	const char *arg;       /* what the value is ("FILE"; "macos|linux": one of
	                          these), or NULL for none */
	const char *help;      /* one line for --help */
	const char *more;      /* more for the man page, or NULL */
	unsigned flags;        /* CLI_OPTION_* */
	int id;                /* private to cli.c */
};
size_t cli_option_count(void);
const struct cli_option *cli_option_at(size_t i);

/* The exit statuses and what each means. */
struct cli_status {
	int code;
	const char *text;
};
size_t cli_status_count(void);
const struct cli_status *cli_status_at(size_t i);

/* Writes s for a terminal: valid UTF-8 as it is, anything else (controls,
 * invalid bytes) as \xHH, so that no byte of a file or a path can drive it. */
void cli_check_put(FILE *out, const char *s);

/* Writes text wrapped at CLI_WIDTH columns (display columns, so Chinese
 * wraps too), the cursor being at column col; continuation lines start
 * with indent spaces. A newline in the text starts a line, an empty line
 * a paragraph; a word longer than a line is not cut. Ends the line. */
#define CLI_WIDTH 78
void cli_wrap(FILE *out, size_t col, size_t indent, const char *text);

/* Parses argv into opts and the remaining words; prints usage errors.
 * Returns the index of the first non-option word, or -1 on error. */
int cli_parse(int argc, char **argv, struct cli_opts *o, char **rest, int *nrest);
/* After cli_parse failed: the name of the command a --json run asked for
 * (the first word, when it names one), so that the run still prints its
 * one object; NULL without --json or without a command. */
const char *cli_parse_json_command(int argc, char **argv);
void cli_usage(void);

#endif
