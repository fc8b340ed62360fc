/* cli_catalog_json.c - a catalogue row as JSON, for explain and list. */
#include "cli/cli_catalog_json.h"

#include "config/config.h"

#include <string.h>

/* The words of a space-separated list, as array elements. */
static void cli_catalog_json_words(struct cli_json *j, const char *s)
{
	while (*s) {
		size_t n = strcspn(s, " ");

		if (n)
			cli_json_strn(j, NULL, s, n);
		s += n;
		s += strspn(s, " ");
	}
}

/* A space- or '|'-separated list as an array; null when there is none. */
static void cli_catalog_json_list(struct cli_json *j, const char *key, const char *s,
                                  const char *seps)
{
	if (!s || !*s) {
		cli_json_null(j, key);
		return;
	}
	cli_json_open(j, key, '[');
	while (*s) {
		size_t n = strcspn(s, seps);

		if (n)
			cli_json_strn(j, NULL, s, n);
		s += n;
		s += strspn(s, seps);
	}
	cli_json_close(j);
}

/* Per platform the row is on: the names sharing its ranked setting (an
 * array, maybe empty), or null when pppd takes the last value read. */
static void cli_catalog_json_ranked(struct cli_json *j, const struct catalog_entry *e)
{
	static const enum platform ps[] = { PLATFORM_LINUX, PLATFORM_MACOS };
	struct buf names = { 0 };
	size_t i;

	cli_json_open(j, "ranked", '{');
	for (i = 0; i < sizeof ps / sizeof ps[0]; i++) {
		if (!(e->platforms & ps[i]))
			continue;
		buf_reset(&names);
		if (!config_prio_ranked(ps[i], e->name, e->alias_of, &names))
			cli_json_null(j, platform_name(ps[i]));
		else {
			cli_json_open(j, platform_name(ps[i]), '[');
			if (names.len)
				cli_catalog_json_words(j, names.data);
			cli_json_close(j);
		}
	}
	cli_json_close(j);
	buf_free(&names);
}

void cli_catalog_json_row(struct cli_json *j, const struct catalog_entry *e,
                          const char *asked, int full)
{
	int takes = e->nargs > 0 && !(e->flags & CATALOG_WILDCARD);

	cli_json_open(j, NULL, '{');
	cli_json_str(j, "name", e->name);
	if (asked)
		cli_json_str(j, "asked", asked);
	cli_json_open(j, "platforms", '[');
	if (e->platforms & PLATFORM_LINUX)
		cli_json_str(j, NULL, platform_name(PLATFORM_LINUX));
	if (e->platforms & PLATFORM_MACOS)
		cli_json_str(j, NULL, platform_name(PLATFORM_MACOS));
	cli_json_close(j);
	cli_json_str(j, "plugin", e->plugin);
	cli_json_str(j, "category", catalog_category_name(e->category));
	cli_json_str(j, "arg", takes ? catalog_arg_name(e->arg) : NULL);
	cli_json_str(j, "argname", takes ? e->argname : NULL);
	cli_catalog_json_list(j, "values", e->arg == CATALOG_ARG_ENUM ? e->values : NULL, "|");
	/* a row where 0 works too (CATALOG_ZEROOK) has no single lower bound */
	if (takes && (e->flags & CATALOG_HAS_MIN) && !(e->flags & CATALOG_ZEROOK))
		cli_json_int(j, "min", e->lo);
	else
		cli_json_null(j, "min");
	if (takes && (e->flags & CATALOG_HAS_MAX))
		cli_json_int(j, "max", e->hi);
	else
		cli_json_null(j, "max");
	/* false: min and max are only the range that works as a setting, and
	 * pppd takes a number outside it (CATALOG_WORKS, CATALOG_SOFTRANGE,
	 * CATALOG_U16: chap-restart 0 is taken), or max is the length pppd
	 * cuts a longer text to (ifname, name); null when there is no range */
	if (!takes || !(e->flags & (CATALOG_HAS_MIN | CATALOG_HAS_MAX)) ||
	    ((e->flags & CATALOG_ZEROOK) && !(e->flags & CATALOG_HAS_MAX)))
		cli_json_null(j, "enforced");
	else
		cli_json_bool(j, "enforced",
		              (e->flags & (CATALOG_WORKS | CATALOG_SOFTRANGE | CATALOG_U16)) == 0 &&
		              (e->arg == CATALOG_ARG_INT || e->arg == CATALOG_ARG_HEX));
	cli_json_bool(j, "privileged", (e->flags & CATALOG_PRIV) != 0);
	cli_json_bool(j, "secret", (e->flags & CATALOG_HIDE) != 0);
	/* false: in that platform's source only behind a switch its build leaves
	 * off, so its pppd refuses the word (CATALOG_NOTBUILT) */
	cli_json_bool(j, "built", (e->flags & CATALOG_NOTBUILT) == 0);
	/* true: only a pppd built with a switch its default build leaves off
	 * has the word (CATALOG_OPTIONAL: ms-lanman, srp-*, callback...), so
	 * a packaged pppd may refuse it */
	cli_json_bool(j, "optional_build", (e->flags & CATALOG_OPTIONAL) != 0);
	cli_json_str(j, "alias_of", e->alias_of);
	cli_json_str(j, "summary", e->summary);
	if (full) {
		cli_json_str(j, "explain", e->explain);
		cli_json_str(j, "risk", e->risk && *e->risk ? e->risk : NULL);
		cli_catalog_json_list(j, "related", e->related, " ");
		cli_catalog_json_list(j, "conflicts", e->conflicts, " ");
		cli_json_str(j, "linux_since", e->linux_since);
		cli_json_str(j, "linux_removed", e->linux_removed);
		/* "privileged" holds from this Linux release on; null: always */
		cli_json_str(j, "linux_priv_since", e->linux_priv_since);
		cli_catalog_json_ranked(j, e);
		cli_json_str(j, "source", e->cite);   /* pppd's source lines behind the row */
	}
	cli_json_close(j);
}
