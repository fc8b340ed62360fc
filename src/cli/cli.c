/* cli.c - global options shared by the editor and every subcommand, and --help. */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix/fix.h"
#include "pppd/catalog.h"

/* The fixes, from their table. */
static void cli_usage_fixes(void)
{
	size_t i;

	size_t col = 7;

	fputs("\nfixes:", stdout);
	for (i = 0; i < fix_count(); i++) {
		size_t n = strlen(fix_at(i)->name);

		if (fix_at(i)->reverts)
			continue;
		if (col + n + 2 > 78) {
			fputs("\n      ", stdout);
			col = 6;
		}
		printf(" %s", fix_at(i)->name);
		col += n + 1;
	}
	fputs("\n       (each has its undo: NAME-undo)\n", stdout);
}

void cli_usage(void)
{
	fputs(
"usage: pppconf [options] [FILE]            edit FILE (default " CLI_DEFAULT_FILE ")\n"
"       pppconf check [--json] [FILE]        problems as pppd would meet them\n"
"       pppconf explain NAME...              what a directive does, its risks\n"
"       pppconf list [--category C]          the catalogue of directives\n"
"       pppconf doctor [FILE]                the checklist of what to fix\n"
"       pppconf fix NAME [FILE]              apply a guided fix (see below)\n"
"       pppconf fix NAME --service VPN       a fix for one VPN: /etc/ppp/peers/VPN\n"
"       pppconf set NAME [ARG] [FILE]        add or change one directive\n"
"       pppconf unset NAME [ARG] [FILE]      remove a directive (with ARG: only that one)\n"
"       pppconf restore [FILE]               put the backup (FILE~) back, after a diff\n"
"       pppconf dump [FILE]                  every word pppd will read, one a line\n"
"       pppconf why [LOG|-|ALERT...]         why the last connection failed, from\n"
"                                            pppd's log or the Mac's alert text\n"
"\n"
"options:\n"
"  --platform macos|linux  read the file as that pppd does (default: this machine)\n"
"  -f, --file FILE         the options file (also as the last word)\n"
"  --dry-run               show the diff, write nothing\n"
"  -y, --yes               write without asking (scripts)\n"
"  --json                  check, why: machine-readable output\n"
"  --category C            list: only one category\n"
"  --service VPN           fix: the VPN a per-service fix is for (macOS)\n"
"  --read-only             editor: never write\n"
"  --reveal                show secrets instead of masking them\n"
"  --no-color              no colour (also NO_COLOR=1)\n"
"  --ascii                 ASCII line drawing instead of the terminal's\n"
"  --escdelay MS           editor: how long ESC waits for a key sequence\n"
"  -h, --help              this text\n"
"  --help-keys             the editor's keys (=markdown or =roff for documents)\n"
"  -V, --version           the version\n"
"\n"
"exit status: 0 clean or nothing to do; 1 problems found (check, doctor),\n"
"             or a name not known (explain);\n"
"             why: 0 the failure recognised, 1 not, 2 nothing to read;\n"
"             2 could not read, bad usage or write failed;\n"
"             3 changed, or would change with --dry-run (fix, set, unset, restore);\n"
"             4 a change is due but was not written (no --yes and no terminal)\n",
	      stdout);
	cli_usage_fixes();
}

static int cli_need_value(int i, int argc, char **argv)
{
	if (i + 1 >= argc) {
		fprintf(stderr, "pppconf: %s needs a value\n", argv[i]);
		return 0;
	}
	return 1;
}

/* Long options start with "--" and must be ours. A single dash is also how
 * pppd spells some directives (-pap, -vj), so only -h -V -y -f are taken. */
int cli_parse(int argc, char **argv, struct cli_opts *o, char **rest, int *nrest)
{
	int i, only_words = 0;
	const char *nc = getenv("NO_COLOR");

	memset(o, 0, sizeof *o);
	o->platform = platform_default();
	o->escdelay = -1;
	o->no_color = nc && *nc;
	*nrest = 0;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (only_words || a[0] != '-' || a[1] == '\0') {
			rest[(*nrest)++] = argv[i];
		} else if (strcmp(a, "--") == 0) {
			only_words = 1;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			cli_usage();
			exit(CLI_OK);
		} else if (!strcmp(a, "--help-keys") || !strncmp(a, "--help-keys=", 12)) {
			o->help_keys = a[11] == '=' ? a + 12 : "text";
		} else if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
			printf("pppconf %s\n", PPPCONF_VERSION);
			exit(CLI_OK);
		} else if (!strcmp(a, "--platform")) {
			if (!cli_need_value(i, argc, argv))
				return -1;
			if (platform_parse(argv[++i], &o->platform) < 0) {
				fprintf(stderr, "pppconf: unknown platform '%s' (use macos or linux)\n", argv[i]);
				return -1;
			}
			o->platform_given = 1;
		} else if (!strcmp(a, "-f") || !strcmp(a, "--file")) {
			if (!cli_need_value(i, argc, argv))
				return -1;
			o->file = argv[++i];
		} else if (!strcmp(a, "--category")) {
			if (!cli_need_value(i, argc, argv))
				return -1;
			o->category = argv[++i];
		} else if (!strcmp(a, "--service")) {
			if (!cli_need_value(i, argc, argv))
				return -1;
			o->service = argv[++i];
		} else if (!strcmp(a, "--escdelay")) {
			if (!cli_need_value(i, argc, argv))
				return -1;
			o->escdelay = atoi(argv[++i]);
		} else if (!strcmp(a, "--keys")) {
			if (!cli_need_value(i, argc, argv))
				return -1;
			o->keys = argv[++i];
		} else if (!strcmp(a, "--screen-out")) {
			if (!cli_need_value(i, argc, argv))
				return -1;
			o->dump_screen = argv[++i];
		} else if (!strcmp(a, "--size")) {
			if (!cli_need_value(i, argc, argv))
				return -1;
			if (sscanf(argv[++i], "%dx%d", &o->cols, &o->rows) != 2 ||
			    o->cols < 1 || o->rows < 1) {
				fprintf(stderr, "pppconf: --size wants COLSxROWS, e.g. 80x24\n");
				return -1;
			}
		} else if (!strcmp(a, "--json")) {
			o->json = 1;
		} else if (!strcmp(a, "--dry-run")) {
			o->dry_run = 1;
		} else if (!strcmp(a, "-y") || !strcmp(a, "--yes")) {
			o->yes = 1;
		} else if (!strcmp(a, "--no-color") || !strcmp(a, "--no-colour")) {
			o->no_color = 1;
		} else if (!strcmp(a, "--ascii")) {
			o->ascii = 1;
		} else if (!strcmp(a, "--read-only")) {
			o->read_only = 1;
		} else if (!strcmp(a, "--reveal")) {
			o->reveal = 1;
		} else if (a[1] == '-') {
			fprintf(stderr, "pppconf: unknown option '%s' (see pppconf --help)\n", a);
			return -1;
		} else {
			rest[(*nrest)++] = argv[i];  /* a pppd word such as -pap */
		}
	}
	rest[*nrest] = NULL;
	return 0;
}
