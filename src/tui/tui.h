/* tui.h - the full-screen editor's one entry point (this header needs no curses). */
#ifndef PPPCONF_TUI_H
#define PPPCONF_TUI_H

#include "cli/cli.h"

/* Runs the editor on `path` until the user quits; returns an exit status. */
int tui_run(const struct cli_opts *o, const char *path);

/* Prints the key table as "text", "markdown" or "roff"; returns an exit status. */
int tui_help_keys(const char *format);

#endif
