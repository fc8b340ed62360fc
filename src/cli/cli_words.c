/* cli_words.c - the words a command is given, checked before anything is read: directive names, values, and files where neither belongs. */
#include "cli/cli_words.h"

#include <string.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "cli/cli_json.h"

int cli_words_not_file(const struct cli_opts *o, char **argv, int i, const char *what,
                       const char *usage)
{
	struct stat st;

	if (i >= o->literal || stat(argv[i], &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	cli_json_error("'%s' is a file, where a directive %s belongs: was the %s left out? "
	               "(%s). A %s that is also the name of a file must come after --: "
	               "pppconf %s%s -- %s", argv[i], what, what, usage, what, argv[0],
	               i > 1 ? " NAME" : "", argv[i]);
	return -1;
}

void cli_words_suggest(const char *name, enum platform p, struct buf *out)
{
	enum platform other = p == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS;
	const struct catalog_entry *sug[4];
	size_t i, len = strlen(name), k = catalog_suggest(name, len, p, sug, 4);

	for (i = 0; i < k; i++)
		if (i)
			buf_printf(out, "%s%s", C_("list", ", "), sug[i]->name);
		else
			buf_printf(out, _(" Did you mean: %s"), sug[i]->name);
	/* the other platform's nearest name, unless this one has it too and
	 * held it back ("--" beside --version) */
	if (!k && (k = catalog_suggest(name, strlen(name), other, sug, 1)) > 0 &&
	    catalog_find(sug[0]->name, p))
		k = 0;
	if (k && !i)
		buf_printf(out, _(" Did you mean %s (%s only)"), sug[0]->name, platform_display(other));
	if (k)
		buf_adds(out, C_("did you mean", "?"));
}

/* An old, patched or other pppd's spelling (catalog_legacy.c): why, and
 * what to write instead, after a space. 1 when the table knows it. */
static int cli_words_legacy(const char *name, enum platform p, struct buf *out)
{
	const struct catalog_legacy *l = catalog_legacy_find(name, strlen(name), p);
	struct buf rep = { NULL, 0, 0 };

	if (!l)
		return 0;
	buf_addc(out, ' ');
	if (catalog_legacy_rewrite(l, NULL, NULL, 0, &rep, out) && rep.len)
		buf_printf(out, _(" Write '%s' instead."), rep.data);
	else if (l->kind == CATALOG_LEGACY_DELETE)
		buf_adds(out, _(" Delete the line."));
	else if (l->kind == CATALOG_LEGACY_RENAME)
		buf_printf(out, _(" Write '%s <value>' instead."), l->now);
	buf_free(&rep);
	return 1;
}

const struct catalog_entry *cli_words_known(const char *name, enum platform p, int quiet)
{
	const struct catalog_entry *ce = catalog_find(name, p);
	struct buf why = { NULL, 0, 0 };

	if (!ce)
		ce = catalog_match(name, strlen(name), p);
	if (ce || quiet)
		return ce;
	ce = catalog_find_any(name, p);
	if (ce) {
		cli_json_error("%s is an option of %s's pppd only; %s's pppd refuses it (see "
		               "pppconf explain %s)", name, platform_display((enum platform)
		               ce->platforms), platform_display(p), name);
		return NULL;
	}
	if (!cli_words_legacy(name, p, &why))
		cli_words_suggest(name, p, &why);
	cli_json_error("'%s' is not a directive %s's pppd knows.%s", name, platform_display(p),
	               why.data ? why.data : "");
	buf_free(&why);
	return NULL;
}

/* Options whose value pppd opens while it reads the file, on the platforms
 * where a failure to open it stops pppd: an empty path never opens. The log
 * file: linux-ppp-2.5.3/pppd/options.c:1763-1772 and
 * linux-ppp-2.4.9/pppd/options.c:1532-1541 (Apple's pppd logs the failure
 * and goes on: apple-ppp-1027.121.1/Helpers/pppd/options.c:1754-1760). An
 * included file: linux-ppp-2.5.3/pppd/options.c:588-600,
 * linux-ppp-2.4.9/pppd/options.c:449-461,
 * apple-ppp-1027.121.1/Helpers/pppd/options.c:500-512. */
static const struct {
	const char *name;
	unsigned platforms;
	const char *says;
} cli_words_opened[] = {
	{ "logfile", PLATFORM_LINUX, "Can't open log file" },
	{ "file", PLATFORM_BOTH, "Can't open options file" },
};

int cli_words_value(const struct catalog_entry *ce, const char *val, enum platform p)
{
	struct buf why = { NULL, 0, 0 };
	size_t i;

	for (i = 0; *val == '\0' && i < sizeof cli_words_opened / sizeof cli_words_opened[0]; i++)
		if (strcmp(ce->name, cli_words_opened[i].name) == 0 &&
		    (cli_words_opened[i].platforms & p)) {
			cli_json_error("pppd opens the value of %s as it reads the file, and an "
			               "empty path cannot be opened: pppd would stop there (\"%s\") "
			               "and every PPP connection would fail", ce->name,
			               cli_words_opened[i].says);
			return -1;
		}
	if (catalog_check_value_on(ce, p, val, strlen(val), &why) == 2) {
		cli_json_error("%s", why.data ? why.data : _("pppd would refuse this value"));
		buf_free(&why);
		return -1;
	}
	buf_free(&why);
	return 0;
}
