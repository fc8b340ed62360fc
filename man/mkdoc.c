/* mkdoc.c - writes the parts of the man page, the README and the shell completions that come from the program's own tables. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "pppd/catalog.h"
#include "fix/fix.h"

/* roff needs backslashes doubled and a leading dot or quote escaped. */
static void mkdoc_roff(const char *s)
{
	int bol = 1;

	for (; *s; s++) {
		if (bol && (*s == '.' || *s == '\''))
			fputs("\\&", stdout);
		if (*s == '\\')
			fputs("\\e", stdout);
		else if (*s == '-')
			fputs("\\-", stdout);
		else if (*s == '\n' && s[1] == '\n') {
			fputs("\n.sp\n", stdout);
			s++;
		} else
			putchar(*s);
		bol = *s == '\n';
	}
}

static const char *mkdoc_platforms(unsigned p)
{
	return p == PLATFORM_BOTH ? "macOS, Linux" : p == PLATFORM_MACOS ? "macOS" : "Linux";
}

static void mkdoc_directives(void)
{
	int c;
	size_t i;

	for (c = 0; c < CATALOG_CAT_COUNT; c++) {
		int head = 0;
		for (i = 0; i < catalog_count(); i++) {
			const struct catalog_entry *e = catalog_at(i);
			if ((int)e->category != c)
				continue;
			if (!head) {
				printf(".SS %s\n", catalog_category_title((enum catalog_category)c));
				head = 1;
			}
			printf(".TP\n.B ");
			mkdoc_roff(e->name);
			if (e->nargs)
				printf(" \\fI%s\\fR", e->argname ? e->argname : "value");
			printf("\n");
			mkdoc_roff(e->summary);
			printf(" (%s%s%s%s).\n", mkdoc_platforms(e->platforms),
			       e->plugin ? "; plugin " : "", e->plugin ? e->plugin : "",
			       (e->flags & CATALOG_PRIV) ? "; privileged" : "");
		}
	}
}

static void mkdoc_fixes(void)
{
	size_t i;

	for (i = 0; i < fix_count(); i++) {
		printf(".TP\n.B %s\n", fix_at(i)->name);
		mkdoc_roff(fix_at(i)->title);
		printf(".\n");
	}
}

static void mkdoc_names(void)
{
	size_t i;

	for (i = 0; i < catalog_count(); i++)
		if (!(catalog_at(i)->flags & CATALOG_WILDCARD))
			printf("%s\n", catalog_at(i)->name);
}

/* The synopsis: one line a command, its words in italics. */
static void mkdoc_synopsis(void)
{
	size_t i;

	for (i = 0; i < cli_command_count(); i++) {
		const struct cli_command *c = cli_command_at(i);
		printf("%s.B pppconf %s\n", i ? ".br\n" : "", c->name);
		printf(".I \"");
		mkdoc_roff(c->args);
		printf("\"\n");
	}
}

static void mkdoc_options(void)
{
	size_t i;

	for (i = 0; i < cli_option_count(); i++) {
		const struct cli_option *op = cli_option_at(i);
		struct buf b = { NULL, 0, 0 };

		if (op->flags & CLI_OPTION_HIDDEN)
			continue;
		if (op->short_name)
			buf_printf(&b, "%s, ", op->short_name);
		buf_adds(&b, op->name);
		if (op->arg)
			buf_printf(&b, (op->flags & CLI_OPTION_OPTARG) ? "[=%s]" : " %s", op->arg);
		printf(".TP\n.B \"");
		mkdoc_roff(b.data);
		printf("\"\n");
		buf_reset(&b);
		buf_printf(&b, "%c%s.%s%s", op->help[0] >= 'a' && op->help[0] <= 'z' ?
		           op->help[0] - 'a' + 'A' : op->help[0], op->help + 1,
		           op->more ? " " : "", op->more ? op->more : "");
		mkdoc_roff(b.data);
		putchar('\n');
		buf_free(&b);
	}
}

static void mkdoc_exit(int markdown)
{
	size_t i;

	if (markdown)
		printf("| status | meaning |\n|---|---|\n");
	for (i = 0; i < cli_status_count(); i++) {
		const struct cli_status *st = cli_status_at(i);
		if (markdown) {
			printf("| %d | %s |\n", st->code, st->text);
		} else {
			printf(".TP\n.B %d\n", st->code);
			mkdoc_roff(st->text);
			printf(".\n");
		}
	}
}

/* For the completions: commands, options (with their values), categories. */
static void mkdoc_words(const char *what)
{
	size_t i;

	if (strcmp(what, "commands") == 0)
		for (i = 0; i < cli_command_count(); i++)
			printf("%s\n", cli_command_at(i)->name);
	for (i = 0; strcmp(what, "zsh-commands") == 0 && i < cli_command_count(); i++) {
		const char *c = cli_command_at(i)->summary;
		size_t n = strlen(c);

		printf("\t\t'%s:", cli_command_at(i)->name);
		for (; n && *c; c++, n--)
			if (*c == '\'')
				fputs("'\\''", stdout);
			else if (!(n == 1 && *c == ':'))
				putchar(*c);
		printf("'\n");
	}
	if (strcmp(what, "categories") == 0)
		for (i = 0; i < CATALOG_CAT_COUNT; i++)
			printf("%s\n", catalog_category_name((enum catalog_category)i));
	for (i = 0; strcmp(what, "options") == 0 && i < cli_option_count(); i++) {
		const struct cli_option *op = cli_option_at(i);
		if (op->flags & CLI_OPTION_HIDDEN)
			continue;
		if (op->short_name)
			printf("%s\n", op->short_name);
		printf("%s\n", op->name);
	}
	/* options whose value is a separate word: "NAME WORD" (WORD: FILE, a
	 * '|' list of choices, or anything) */
	for (i = 0; strcmp(what, "valued") == 0 && i < cli_option_count(); i++) {
		const struct cli_option *op = cli_option_at(i);
		if ((op->flags & (CLI_OPTION_HIDDEN | CLI_OPTION_OPTARG)) || !op->arg)
			continue;
		if (op->short_name)
			printf("%s=%s\n", op->short_name, op->arg);
		printf("%s=%s\n", op->name, op->arg);
	}
}

/* zsh's _arguments specs, one an option: '--name[help]:value:action'. */
static void mkdoc_zsh(void)
{
	size_t i;

	for (i = 0; i < cli_option_count(); i++) {
		const struct cli_option *op = cli_option_at(i);
		const char *h = op->help, *act = "";
		struct buf help = { NULL, 0, 0 };

		if (op->flags & CLI_OPTION_HIDDEN)
			continue;
		for (; *h; h++) {
			if (*h == '[' || *h == ']' || *h == '\\')
				buf_addc(&help, '\\');
			buf_addc(&help, *h == '\'' ? ' ' : *h);
		}
		if (op->arg && strcmp(op->arg, "FILE") == 0)
			act = ":file:_files";
		else if (op->arg && strcmp(op->arg, "C") == 0)
			act = ":category:($_pppconf_categories)";
		else if (op->arg && strchr(op->arg, '|'))
			act = "";
		else if (op->arg)
			act = ":value: ";
		printf("\t\t'");
		if (op->short_name)
			printf("(%s %s)'{%s,%s}'", op->short_name, op->name, op->short_name, op->name);
		else
			printf("%s%s", op->name, (op->flags & CLI_OPTION_OPTARG) ? "=-" : "");
		printf("[%s]", help.data);
		if (op->arg && strchr(op->arg, '|')) {
			const char *c;
			printf(":value:(");
			for (c = op->arg; *c; c++)
				putchar(*c == '|' ? ' ' : *c);
			printf(")");
		}
		printf("%s' \\\n", act);
		buf_free(&help);
	}
}

int main(int argc, char **argv)
{
	const char *w = argc == 2 ? argv[1] : "";

	if (strcmp(w, "directives") == 0)
		mkdoc_directives();
	else if (strcmp(w, "fixes") == 0)
		mkdoc_fixes();
	else if (strcmp(w, "names") == 0)
		mkdoc_names();
	else if (strcmp(w, "synopsis") == 0)
		mkdoc_synopsis();
	else if (strcmp(w, "options-roff") == 0)
		mkdoc_options();
	else if (strcmp(w, "exit-roff") == 0 || strcmp(w, "exit-markdown") == 0)
		mkdoc_exit(strcmp(w, "exit-markdown") == 0);
	else if (strcmp(w, "commands") == 0 || strcmp(w, "options") == 0 ||
	         strcmp(w, "zsh-commands") == 0 ||
	         strcmp(w, "valued") == 0 || strcmp(w, "categories") == 0)
		mkdoc_words(w);
	else if (strcmp(w, "zsh-options") == 0)
		mkdoc_zsh();
	else {
		fputs("usage: mkdoc directives|fixes|names|synopsis|options-roff|exit-roff|"
		      "exit-markdown|commands|zsh-commands|options|valued|categories|zsh-options\n", stderr);
		return 2;
	}
	return 0;
}
