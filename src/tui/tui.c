/* tui.c - placeholder for the editor until its issue lands. */
#include <stdio.h>

#include "tui.h"

int tui_run(const struct cli_opts *o, const char *path)
{
	(void)o;
	fprintf(stderr, "pppconf: the editor is not built yet (%s)\n", path);
	return CLI_FAIL;
}
