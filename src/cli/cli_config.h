/* cli_config.h - what check and show share: the whole configuration pppd reads, opened from the command line's options, and its files as text or JSON. */
#ifndef PPPCONF_CLI_CONFIG_H
#define PPPCONF_CLI_CONFIG_H

#include "base/buf.h"
#include "cli/cli.h"
#include "config/config.h"

/* Opens the configuration for a command: `given` is the FILE the user
 * named, or NULL for pppd's own start. Prints why and returns -1 when the
 * options cannot be met (an unknown user or service type). */
int cli_config_open(struct config *c, const struct cli_opts *o, const char *given);
/* `pppconf check` of the whole configuration: the findings of every source
 * in read order, the files, the summary; returns an exit status. */
int cli_config_check(const struct cli_opts *o, const char *given);
/* How pppd came to a source: "file, /etc/ppp/options:3", "call, the
 * command line"; empty for the ones it reads by itself. */
void cli_config_via(const struct config *c, const struct config_source *s, struct buf *out);
/* The name of a source as the output shows it, and whether its findings
 * have lines (files do; the command line and the controller do not). */
const char *cli_config_name(const struct config_source *s, int *lines);
/* "pppd reads: A, B (not there), ..." on one line. */
void cli_config_reads(const struct config *c);
/* The line saying which Linux pppd release the files were read as, when
 * it was read off the plugin folder rather than named (cli.c); and
 * "pppd_version", "pppd_version_from" in JSON. */
void cli_config_release(const struct cli_opts *o);
struct cli_json;
void cli_config_release_json(struct cli_json *j, const struct cli_opts *o);
/* The "files" array, one JSON object per source; then "stops_at" (where
 * pppd refuses, or null) and "note" (how the reading was limited, or null). */
struct cli_json;
void cli_config_files_json(struct cli_json *j, const struct config *c);
void cli_config_note_json(struct cli_json *j, const struct config *c);
/* Where pppd stops: "FILE:LINE" (or FILE alone), into out; 0 when it
 * accepts the configuration. */
int cli_config_stop(const struct config *c, struct buf *out);

#endif
