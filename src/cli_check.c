/* cli_check.c - placeholder until its issue lands; every command here says so and fails. */
#include <stdio.h>

#include "cli.h"

int cli_check(const struct cli_opts *o, int argc, char **argv)
{
	(void)o; (void)argc;
	fprintf(stderr, "pppconf: %s is not built yet\n", argv[0]);
	return CLI_FAIL;
}
