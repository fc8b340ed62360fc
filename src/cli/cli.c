/* cli.c - the command line's tables (commands, options, exit statuses), its parser, and --help. */
#include "cli/cli.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/text.h"
#include "cli/cli_json.h"
#include "config/config.h"
#include "fix/fix.h"
#include "pppd/catalog.h"

static const struct cli_command cli_commands[] = {
	{ "check", cli_check, "[--strict] [--only] [FILE]", N_("problems as pppd would meet them, "
	  "in every file it reads (--only: FILE alone)") },
	{ "show", cli_show, "[--files] [FILE]", N_("the options pppd ends up with, and where each "
	  "was set") },
	{ "explain", cli_explain, "NAME...", N_("what a directive does, its risks") },
	{ "list", cli_list, "[--category C]", N_("the catalogue of directives") },
	{ "doctor", cli_doctor, "[--strict] [FILE]", N_("the checklist of what to fix") },
	{ "fix", cli_fix, "NAME [FILE]", N_("apply a guided fix:") },
	{ "set", cli_set, "NAME [[--] ARG] [FILE]", N_("add or change one directive") },
	{ "unset", cli_unset, "NAME [[--] ARG] [FILE]", N_("remove a directive (with ARG: only that one)") },
	{ "history", cli_history, "[--forget-original] [FILE]", N_("the earlier versions pppconf kept") },
	{ "restore", cli_restore, "[--to N | --original] [FILE]", N_("put the backup (FILE~), "
	  "version N or the original back, after a diff") },
	{ "dump", cli_dump, "[FILE]", N_("every word pppd will read, one a line") },
	{ "why", cli_why, "[LOG|-|ALERT...]", N_("why the last connection failed, from pppd's log "
	  "or the Mac's alert text") },
};

enum cli_option_id {
	CLI_O_PLATFORM, CLI_O_FILE, CLI_O_DRY_RUN, CLI_O_YES, CLI_O_JSON, CLI_O_STRICT,
	CLI_O_NO_IPSEC, CLI_O_CATEGORY, CLI_O_READ_ONLY, CLI_O_REVEAL, CLI_O_NO_COLOR,
	CLI_O_ASCII, CLI_O_ESCDELAY, CLI_O_HELP, CLI_O_HELP_KEYS, CLI_O_VERSION,
	CLI_O_KEYS, CLI_O_SCREEN_OUT, CLI_O_SIZE, CLI_O_WAIT, CLI_O_KEEP, CLI_O_TO,
	CLI_O_ORIGINAL, CLI_O_FORGET_ORIGINAL, CLI_O_ONLY, CLI_O_ARGS, CLI_O_ROOT, CLI_O_NO_ENV,
	CLI_O_USER, CLI_O_SERVICE_TYPE, CLI_O_SERVICE, CLI_O_TRANSPORT, CLI_O_FILES, CLI_O_PPPD_VERSION
};

static const struct cli_option cli_options[] = {
	{ "--platform", NULL, "macos|linux", N_("read the file as that pppd does (default: this "
	  "machine)"), NULL, 0, CLI_O_PLATFORM },
	{ "--file", "-f", "FILE", N_("the options file (also as the last word)"), NULL, 0, CLI_O_FILE },
	{ "--dry-run", NULL, NULL, N_("show the diff, write nothing"), NULL, 0, CLI_O_DRY_RUN },
	{ "--yes", "-y", NULL, N_("write without asking (scripts)"), "Without it, and without a "
	  "terminal to ask on, nothing is written (exit status 4).", 0, CLI_O_YES },
	{ "--json", NULL, NULL, N_("one JSON object on standard output (every command)"),
	  "Messages still go to standard error. See JSON OUTPUT.", 0, CLI_O_JSON },
	{ "--strict", NULL, NULL, N_("check, doctor: warnings count as problems (exit 1)"), NULL, 0,
	  CLI_O_STRICT },
	{ "--no-ipsec-confirmed", NULL, NULL, N_("fix l2tp-noipsec: your VPN server uses no IPsec "
	  "(answers the fix's question)"), "Without it, and without a terminal to ask on, the "
	  "fix writes nothing (exit status 4).", 0, CLI_O_NO_IPSEC },
	{ "--category", NULL, "C", N_("list: only one category"), NULL, 0, CLI_O_CATEGORY },
	{ "--read-only", NULL, NULL, N_("editor: never write"), "The editor can still save the "
	  "result elsewhere.", 0, CLI_O_READ_ONLY },
	{ "--only", NULL, NULL, N_("check, show: the file alone, not what else pppd reads"), NULL, 0,
	  CLI_O_ONLY },
	{ "--args", NULL, "'WORDS'", N_("check, show: pppd's command line (e.g. 'call gprs')"), NULL,
	  0, CLI_O_ARGS },
	{ "--root", NULL, "DIR", N_("check, show, editor: the files are a copy under DIR (another machine's "
	  "/etc/ppp); implies --no-env"), NULL, 0, CLI_O_ROOT },
	{ "--no-env", NULL, NULL, N_("check, show: do not look at this machine (devices, log "
	  "folders, interfaces, host names)"), NULL, 0, CLI_O_NO_ENV },
	{ "--user", NULL, "NAME", N_("check, show: pppd is started by NAME (default root)"), "Whose ~/.ppprc "
	  "is read, and which options it may not set.", 0,
	  CLI_O_USER },
	{ "--pppd-version", NULL, "X.Y.Z", N_("check, show, doctor, editor: Linux: the pppd release "
	  "that reads the files (pppd --version; default: the one plugin folder's)"), "Then a word that release does not have yet, or no "
	  "longer has, is an error, and one it has is not warned about.", 0,
	  CLI_O_PPPD_VERSION },
	{ "--service-type", NULL, "T", N_("macOS: the controller's service (l2tp, pptp, pppoe, "
	  "serial), read as PPPController starts pppd"), NULL, 0, CLI_O_SERVICE_TYPE },
	{ "--service", NULL, "NAME", N_("macOS: the VPN service's name, its peers file (check, show; fix: the "
	  "per-service fixes)"), NULL, 0,
	  CLI_O_SERVICE },
	{ "--transport", NULL, "ip|ipsec", N_("macOS L2TP: the service's transport (default ipsec)"),
	  NULL, 0, CLI_O_TRANSPORT },
	{ "--files", NULL, NULL, N_("show: only the files pppd reads, in order"), NULL, 0,
	  CLI_O_FILES },
	{ "--wait", NULL, "SECONDS", N_("wait that long for another pppconf editing the file "
	  "(default 10; 0: do not wait)"), "Then the file is read as it is and the change is "
	  "applied to that, so two commands at once both land. The editor never waits: it opens "
	  "the file read-only and names the other pppconf's process id.", 0, CLI_O_WAIT },
	{ "--keep", NULL, "N", N_("versions the history keeps besides the original (default 10, "
	  "or PPPCONF_KEEP; 0: keep none)"), NULL, 0, CLI_O_KEEP },
	{ "--to", NULL, "N", N_("restore: version N from pppconf history"), NULL, 0, CLI_O_TO },
	{ "--original", NULL, NULL, N_("restore: the first version pppconf saw"), NULL, 0,
	  CLI_O_ORIGINAL },
	{ "--forget-original", NULL, NULL, N_("history: drop the original version"), NULL, 0,
	  CLI_O_FORGET_ORIGINAL },
	{ "--reveal", NULL, NULL, N_("show secrets instead of masking them"), NULL, 0, CLI_O_REVEAL },
	{ "--no-color", NULL, NULL, N_("no colour (also NO_COLOR=1)"), "sudo usually drops NO_COLOR.",
	  0, CLI_O_NO_COLOR },
	{ "--no-colour", NULL, NULL, N_("no colour"), NULL, CLI_OPTION_HIDDEN, CLI_O_NO_COLOR },
	{ "--ascii", NULL, NULL, N_("ASCII line drawing instead of the terminal's"), NULL, 0,
	  CLI_O_ASCII },
	{ "--escdelay", NULL, "MS", N_("editor: how long ESC waits for a key sequence"), NULL, 0,
	  CLI_O_ESCDELAY },
	{ "--help", "-h", NULL, N_("this text"), NULL, 0, CLI_O_HELP },
	{ "--help-keys", NULL, "text|markdown|roff", N_("the editor's keys (=markdown or =roff for "
	  "documents)"), NULL, CLI_OPTION_OPTARG, CLI_O_HELP_KEYS },
	{ "--version", "-V", NULL, N_("the version"), NULL, 0, CLI_O_VERSION },
	{ "--keys", NULL, "SCRIPT", N_("editor: run a key script headless"), NULL, CLI_OPTION_HIDDEN,
	  CLI_O_KEYS },
	{ "--screen-out", NULL, "FILE", N_("editor: headless screen dumps"), NULL, CLI_OPTION_HIDDEN,
	  CLI_O_SCREEN_OUT },
	{ "--size", NULL, "COLSxROWS", N_("editor: headless screen size"), NULL, CLI_OPTION_HIDDEN,
	  CLI_O_SIZE },
};

static const struct cli_status cli_statuses[] = {
	{ 0, N_("clean, or nothing to change; why: the failure recognised") },
	{ 1, N_("pppd would refuse the file (check, doctor; with --strict warnings count too; "
	     "doctor: anything else on its checklist to fix); why: an attempt or a text it "
	     "cannot explain") },
	{ 2, N_("bad usage (an unknown command, option or directive name, a value pppd refuses, "
	     "a file where a name or value belongs), could not read, or the write failed "
	     "(the file is unchanged); why: nothing to read") },
	{ 3, N_("fix, set, unset, restore, history --forget-original: changed (with --dry-run: "
	     "would change)") },
	{ 4, N_("a change is due but was not written: no --yes and no terminal, the answer was "
	     "no, or a fix's question was not answered") },
};

#define CLI_N(t) (sizeof t / sizeof t[0])

size_t cli_command_count(void) { return CLI_N(cli_commands); }
size_t cli_option_count(void) { return CLI_N(cli_options); }
size_t cli_status_count(void) { return CLI_N(cli_statuses); }

const struct cli_command *cli_command_at(size_t i)
{
	return i < CLI_N(cli_commands) ? &cli_commands[i] : NULL;
}

const struct cli_option *cli_option_at(size_t i)
{
	return i < CLI_N(cli_options) ? &cli_options[i] : NULL;
}

const struct cli_status *cli_status_at(size_t i)
{
	return i < CLI_N(cli_statuses) ? &cli_statuses[i] : NULL;
}

const struct cli_command *cli_command_find(const char *name)
{
	size_t i;

	for (i = 0; i < CLI_N(cli_commands); i++)
		if (strcmp(cli_commands[i].name, name) == 0)
			return &cli_commands[i];
	return NULL;
}

static void cli_indent(FILE *out, size_t n)
{
	while (n--)
		fputc(' ', out);
}

void cli_wrap(FILE *out, size_t col, size_t indent, const char *text)
{
	const char *p = text;
	int at_start = 1, utf8 = i18n_utf8();

	while (*p) {
		size_t n, w;
		if (*p == ' ') {
			p++;
			continue;
		}
		if (*p == '\n') {
			size_t nl = strspn(p, "\n");
			fputs(nl > 1 ? "\n\n" : "\n", out);
			cli_indent(out, indent);
			col = indent;
			at_start = 1;
			p += nl;
			continue;
		}
		/* a word, or one Chinese character: what a line may not split
		 * (a path longer than a line stays whole, to be copied) */
		n = text_word(p, strcspn(p, "\n"), utf8);
		w = (size_t)text_width(p, n, utf8);
		if (!at_start && col + (p[-1] == ' ') + w > CLI_WIDTH) {
			fputc('\n', out);
			cli_indent(out, indent);
			col = indent;
			at_start = 1;
		}
		if (!at_start && p[-1] == ' ') {
			fputc(' ', out);
			col++;
		}
		fwrite(p, 1, n, out);
		col += w;
		p += n;
		at_start = 0;
	}
	fputc('\n', out);
}

/* Pads a head printed in `width` columns out to column `to`, or starts a
 * new line there when it is already as wide. */
static void cli_usage_pad(const char *head, size_t to)
{
	size_t w = (size_t)text_width(head, strlen(head), i18n_utf8());

	fputs(head, stdout);
	if (w >= to)
		printf("\n%*s", (int)to, "");
	else
		printf("%*s", (int)(to - w), "");
}

void cli_usage(void)
{
	char head[96];
	size_t i, k;

	printf(_("usage: pppconf [options] [FILE]%*sedit FILE (default %s)\n"), 13, "",
	       CLI_DEFAULT_FILE);
	for (i = 0; i < CLI_N(cli_commands); i++) {
		const struct cli_command *c = &cli_commands[i];
		struct buf s = { NULL, 0, 0 };

		buf_adds(&s, _(c->summary));
		if (c->run == cli_fix)
			for (k = 0; k < fix_count(); k++)
				buf_printf(&s, "%s%s", k ? ", " : " ", fix_at(k)->name);
		snprintf(head, sizeof head, "       pppconf %s %s", c->name, c->args);
		cli_usage_pad(head, 44);
		cli_wrap(stdout, 44, 44, s.data);
		buf_free(&s);
	}
	printf("\n%s\n", _("options:"));
	for (i = 0; i < CLI_N(cli_options); i++) {
		const struct cli_option *op = &cli_options[i];

		if (op->flags & CLI_OPTION_HIDDEN)
			continue;
		snprintf(head, sizeof head, "  %s%s%s%s%s", op->short_name ? op->short_name : "",
		         op->short_name ? ", " : "", op->name,
		         op->arg && !(op->flags & CLI_OPTION_OPTARG) ? " " : "",
		         op->arg && !(op->flags & CLI_OPTION_OPTARG) ? op->arg : "");
		cli_usage_pad(head, 26);
		cli_wrap(stdout, 26, 26, _(op->help));
	}
	putchar('\n');
	cli_wrap(stdout, 0, 0, _("A word after -- is taken as written: a value or name that is "
	                          "also the name of a file must come after it (pppconf set "
	                          "logfile -- /var/log/ppp.log)."));
	printf("\n%s\n", _("exit status:"));
	for (i = 0; i < CLI_N(cli_statuses); i++) {
		printf("  %d  ", cli_statuses[i].code);
		cli_wrap(stdout, 5, 5, _(cli_statuses[i].text));
	}
}

static const struct cli_option *cli_option_find(const char *a, const char **joined)
{
	size_t i, n;

	*joined = NULL;
	for (i = 0; i < CLI_N(cli_options); i++) {
		const struct cli_option *op = &cli_options[i];

		if ((op->short_name && strcmp(a, op->short_name) == 0) || strcmp(a, op->name) == 0)
			return op;
		n = strlen(op->name);
		if ((op->flags & CLI_OPTION_OPTARG) && strncmp(a, op->name, n) == 0 && a[n] == '=') {
			*joined = a + n + 1;
			return op;
		}
	}
	return NULL;
}

/* --wait SECONDS (a fraction allowed), --keep N, --to N. */
static int cli_number(const char *opt, const char *v, struct cli_opts *o)
{
	char *end;
	double d = strtod(v, &end);

	if (end == v || *end || d < 0 || d > 86400 ||
	    (strcmp(opt, "--wait") && (d != (double)(long)d || (!strcmp(opt, "--to") && d < 1)))) {
		if (!strcmp(opt, "--wait"))
			cli_json_error("--wait wants a number of seconds, not '%s'", v);
		else if (!strcmp(opt, "--to"))
			cli_json_error("--to wants a version number (see pppconf history), not '%s'", v);
		else
			cli_json_error("%s wants a number of versions, not '%s'", opt, v);
		return -1;
	}
	if (!strcmp(opt, "--wait"))
		o->wait_ms = (int)(d * 1000 + 0.5);
	else if (!strcmp(opt, "--keep"))
		o->keep = (int)d;
	else
		o->to = (unsigned long)d;
	return 0;
}

/* --pppd-version: a release as pppd --version prints it, 2.4.9 or 2.5 */
static int cli_release_ok(const char *v)
{
	int parts = 0;

	while (parts < 3 && isdigit((unsigned char)*v)) {
		while (isdigit((unsigned char)*v))
			v++;
		parts++;
		if (*v != '.')
			break;
		v++;
	}
	return parts >= 2 && *v == '\0';
}

/* Sets what option op says; v is its value (NULL for none). 0, or -1 after
 * saying what is wrong. */
static int cli_option_set(struct cli_opts *o, const struct cli_option *op, const char *v)
{
	switch ((enum cli_option_id)op->id) {
	case CLI_O_PLATFORM:
		if (platform_parse(v, &o->platform) < 0) {
			cli_json_error("unknown platform '%s' (use macos or linux)", v);
			return -1;
		}
		o->platform_given = 1;
		break;
	case CLI_O_FILE: o->file = v; break;
	case CLI_O_DRY_RUN: o->dry_run = 1; break;
	case CLI_O_YES: o->yes = 1; break;
	case CLI_O_JSON: o->json = 1; break;
	case CLI_O_STRICT: o->strict = 1; break;
	case CLI_O_NO_IPSEC: o->no_ipsec_confirmed = 1; break;
	case CLI_O_CATEGORY: o->category = v; break;
	case CLI_O_READ_ONLY: o->read_only = 1; break;
	case CLI_O_REVEAL: o->reveal = 1; break;
	case CLI_O_NO_COLOR: o->no_color = 1; break;
	case CLI_O_ASCII: o->ascii = 1; break;
	case CLI_O_ESCDELAY: o->escdelay = atoi(v); break;
	case CLI_O_HELP:
		cli_usage();
		exit(CLI_OK);
	case CLI_O_HELP_KEYS: o->help_keys = v ? v : "text"; break;
	case CLI_O_VERSION:
		printf("pppconf %s\n", PPPCONF_VERSION);
		exit(CLI_OK);
	case CLI_O_KEYS: o->keys = v; break;
	case CLI_O_SCREEN_OUT: o->dump_screen = v; break;
	case CLI_O_WAIT: case CLI_O_KEEP: case CLI_O_TO:
		return cli_number(op->name, v, o);
	case CLI_O_ORIGINAL: o->original = 1; break;
	case CLI_O_ONLY: o->only = 1; break;
	case CLI_O_ARGS: o->args = v; break;
	case CLI_O_ROOT: o->root = v; break;
	case CLI_O_NO_ENV: o->no_env = 1; break;
	case CLI_O_USER: o->user = v; break;
	case CLI_O_PPPD_VERSION:
		if (!cli_release_ok(v)) {
			cli_json_error("--pppd-version takes a release like 2.4.9, not '%s'", v);
			return -1;
		}
		o->pppd_version = v;
		break;
	case CLI_O_SERVICE_TYPE: o->service_type = v; break;
	case CLI_O_SERVICE: o->service = v; break;
	case CLI_O_FILES: o->files = 1; break;
	case CLI_O_TRANSPORT:
		if (strcmp(v, "ip") != 0 && strcmp(v, "ipsec") != 0) {
			cli_json_error("--transport is ip or ipsec");
			return -1;
		}
		o->transport_ip = strcmp(v, "ip") == 0;
		break;
	case CLI_O_FORGET_ORIGINAL: o->forget_original = 1; break;
	case CLI_O_SIZE:
		if (sscanf(v, "%dx%d", &o->cols, &o->rows) != 2 || o->cols < 1 || o->rows < 1) {
			cli_json_error("--size wants COLSxROWS, e.g. 80x24");
			return -1;
		}
		break;
	}
	return 0;
}

/* The Linux pppd release the files are read as when --pppd-version names
 * none: PPPCONF_PPPD_VERSION ("unknown": none), else, for Linux files read
 * for this machine or a copy of one (--root), the release whose plugin
 * folder is there, as the packages install pppd (config_plugin_dir). A
 * machine with no pppd, or two releases' folders, leaves it unknown. */
static int cli_release_default(struct cli_opts *o)
{
	static char *found;
	const char *env = getenv("PPPCONF_PPPD_VERSION"), *base;

	if (o->pppd_version || o->platform != PLATFORM_LINUX)
		return 0;
	if (env && *env) {
		if (strcmp(env, "unknown") == 0)
			return 0;
		if (!cli_release_ok(env)) {
			cli_json_error("PPPCONF_PPPD_VERSION takes a release like 2.4.9 or 'unknown', "
			               "not '%s'", env);
			return -1;
		}
		o->pppd_version = env;
		return 0;
	}
	if (!o->root && (o->no_env || platform_default() != PLATFORM_LINUX))
		return 0;
	free(found);
	if (!(found = config_plugin_dir(o->root, NULL)))
		return 0;
	base = strrchr(found, '/') + 1;
	if (cli_release_ok(base)) {
		o->pppd_version = base;
		o->pppd_version_from = found;
	}
	return 0;
}

/* Where the value of one of check's and show's options goes, or NULL. */
/* Long options start with "--" and must be ours. A single dash is also how
 * pppd spells some directives (-pap, -vj), so only the short options of the
 * table are taken. */
int cli_parse(int argc, char **argv, struct cli_opts *o, char **rest, int *nrest)
{
	int i, only_words = 0;
	const char *nc = getenv("NO_COLOR"), *v;
	const struct cli_option *op;

	memset(o, 0, sizeof *o);
	o->platform = platform_default();
	o->escdelay = -1;
	o->wait_ms = -1;
	o->keep = -1;
	o->no_color = nc && *nc;
	o->literal = argc + 1;
	*nrest = 0;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (only_words || a[0] != '-' || a[1] == '\0') {
			rest[(*nrest)++] = argv[i];
		} else if (strcmp(a, "--") == 0) {
			only_words = 1;
			o->literal = *nrest;
		} else if ((op = cli_option_find(a, &v)) != NULL) {
			if (op->arg && !(op->flags & CLI_OPTION_OPTARG)) {
				if (i + 1 >= argc) {
					cli_json_error("%s needs a value", a);
					return -1;
				}
				v = argv[++i];
			}
			if (cli_option_set(o, op, v) < 0)
				return -1;
		} else if (a[1] == '-') {
			cli_json_error("unknown option '%s' (see pppconf --help)", a);
			return -1;
		} else {
			rest[(*nrest)++] = argv[i];  /* a pppd word such as -pap */
		}
	}
	rest[*nrest] = NULL;
	o->words = rest;
	o->nwords = *nrest;
	return cli_release_default(o);
}

const char *cli_parse_json_command(int argc, char **argv)
{
	int i, json = 0, words = 0;
	const char *v;
	const struct cli_command *cmd = NULL;
	const struct cli_option *op;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		const char *a = argv[i];

		if (a[0] != '-' || a[1] == '\0') {
			if (words++ == 0)
				cmd = cli_command_find(a);
		} else if ((op = cli_option_find(a, &v)) != NULL) {
			if (op->id == CLI_O_JSON)
				json = 1;
			else if (op->arg && !(op->flags & CLI_OPTION_OPTARG))
				i++;
		}
	}
	return json && cmd ? cmd->name : NULL;
}
