/* cli_json.h - the commands' --json output: one object per run, one schema (man/pppconf-json.schema.json). */
#ifndef PPPCONF_CLI_JSON_H
#define PPPCONF_CLI_JSON_H

#include <stddef.h>
#include <stdio.h>

/* The version every object carries as "schema". It changes only when a
 * field is renamed or removed; fields are added without changing it. */
#define CLI_JSON_SCHEMA 1

#define CLI_JSON_DEPTH 16

/* A writer of one object on stdout. Every object starts with "schema" and
 * "command" (cli_json_begin) and ends with "exit" and "error"
 * (cli_json_end). Strings are written as valid UTF-8 whatever the bytes:
 * '"', '\\' and controls escaped, a byte that is not part of valid UTF-8 as
 * U+FFFD. Keys are given for members of objects and NULL for elements of
 * arrays. Members of the outer object and elements of its arrays start a
 * line each, so that the output is easy to read and to grep. */
struct cli_json {
	FILE *out;
	int depth;
	int count[CLI_JSON_DEPTH];
	char kind[CLI_JSON_DEPTH];
};

void cli_json_begin(struct cli_json *j, const char *command);
/* Ends the object: "exit" and "error" (NULL: the first error cli_json_error
 * recorded, else null), then a newline; marks the run's object as written. */
void cli_json_end(struct cli_json *j, int exit_status, const char *error);

void cli_json_str(struct cli_json *j, const char *key, const char *s);   /* NULL: null */
void cli_json_strn(struct cli_json *j, const char *key, const char *s, size_t n);
void cli_json_int(struct cli_json *j, const char *key, long long v);
void cli_json_bool(struct cli_json *j, const char *key, int v);
void cli_json_null(struct cli_json *j, const char *key);
/* Opens an object ('{') or an array ('['); cli_json_close closes the
 * innermost one. */
void cli_json_open(struct cli_json *j, const char *key, char kind);
void cli_json_close(struct cli_json *j);

/* Writes s[0..n) as a JSON string on out. */
void cli_json_string(FILE *out, const char *s, size_t n);
/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. C0 and
 * C1 controls count as invalid: a terminal may act on them. */
size_t cli_json_utf8(const unsigned char *s, size_t n);

/* Says why a command failed: "pppconf: " and the sentence on stderr (bytes
 * that could drive a terminal shown as \xHH) in the user's language, and
 * the first such sentence of the run, in English, is kept for the JSON
 * object's "error". printf-style: fmt is the English format (marked for
 * translation: make pot reads cli_json_error's first argument); an
 * argument that is words rather than a name must be English too. */
void cli_json_error(const char *fmt, ...);
/* For --json: every later message is in English, so that the object is the
 * same in every locale (scripts compare it); cli_json_error still speaks
 * the user's language on stderr. */
void cli_json_english(void);
/* The sentence kept by cli_json_error, or NULL. */
const char *cli_json_last_error(void);
/* After a command ran with --json: when it wrote no object (it stopped at a
 * usage error, say), writes the bare one, {"schema", "command", "exit",
 * "error"}, so that every run prints exactly one object. */
void cli_json_fallback(const char *command, int exit_status);

#endif
