/* test_catalog.c - the catalogue is complete; lookups, wildcards, scope (values: test_catalog_value.c; close names: test_suggest.c). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "t.h"
#include "pppd/catalog.h"
#include "pppd/doc.h"
#include "pppd/facts.h"

static enum platform other_platform(void)
{
	return platform_default() == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS;
}

/* Placeholder text left from the table's first cut ("fact: ..."), or
 * editing marks, must not reach a user. */
static int placeholder(const char *s)
{
	return s && (strstr(s, "fact:") || strstr(s, "range:") || strstr(s, "avail:") ||
	             strstr(s, "TODO") || strstr(s, "FIXME") || strstr(s, "XXX"));
}

static void test_rows_complete(void)
{
	size_t i, nosum = 0, longsum = 0, noexp = 0, holder = 0, noname = 0, longname = 0;
	const char *first_nosum = NULL, *first_noexp = NULL, *first_long = NULL, *first_holder = NULL;

	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *e = catalog_at(i);
		if (!e->name || !*e->name) {
			noname++;
			continue;
		}
		if (strlen(e->name) > 63)
			longname++;   /* suggestions compare at most 64 bytes of a name */
		if (!e->summary || !*e->summary) {
			if (!nosum++)
				first_nosum = e->name;
		} else if (strlen(e->summary) >= 70) {
			if (!longsum++)
				first_long = e->name;
		}
		if (!e->explain || !*e->explain) {
			if (!noexp++)
				first_noexp = e->name;
		}
		if (placeholder(e->summary) || placeholder(e->explain) || placeholder(e->risk)) {
			if (!holder++)
				first_holder = e->name;
		}
	}
	T_INTEQ(noname, 0, "every row has a name");
	T_INTEQ(longname, 0, "every name is shorter than 64 bytes");
	T_OK(nosum == 0, "%zu rows lack a summary (first: %s)", nosum, first_nosum);
	T_OK(longsum == 0, "%zu summaries are 70 characters or longer (first: %s)", longsum,
	     first_long);
	T_OK(noexp == 0, "%zu rows lack an explanation (first: %s)", noexp, first_noexp);
	T_OK(holder == 0, "%zu rows hold placeholder text (first: %s)", holder, first_holder);
}

/* What an alias does is written once, in its real row, which explain and
 * the pane show after the alias's words (facts_real): on every platform of
 * the alias, that row exists, is no alias itself, and explains. */
static void test_aliases(void)
{
	size_t i, n = 0;
	int k;

	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *e = catalog_at(i), *real;
		if (!e->alias_of)
			continue;
		n++;
		for (k = 0; k < 2; k++) {
			enum platform pl = k ? PLATFORM_MACOS : PLATFORM_LINUX;
			if (!(e->platforms & pl))
				continue;
			real = facts_real(e, pl);
			T_OK(real && (real->platforms & pl) && !real->alias_of && real->explain &&
			     *real->explain, "%s stands for %s, a row of its platform that explains",
			     e->name, e->alias_of);
		}
	}
	T_OK(n > 50, "the catalogue has its aliases (%zu)", n);
	T_OK(facts_real(catalog_find("nomppe-40", PLATFORM_LINUX), PLATFORM_LINUX) == NULL,
	     "a real row stands for nothing else");
}

static void test_lookup(void)
{
	const struct catalog_entry *e, *rows[8];

	e = catalog_find("mtu", PLATFORM_LINUX);
	T_OK(e && e->nargs == 1 && e->arg == CATALOG_ARG_INT, "mtu on Linux takes a number");
	T_OK(catalog_find("l2tpnoipsec", PLATFORM_MACOS) != NULL, "l2tpnoipsec on macOS");
	T_OK(catalog_find("l2tpnoipsec", PLATFORM_LINUX) == NULL, "no l2tpnoipsec on Linux");
	e = catalog_find_any("l2tpnoipsec", PLATFORM_LINUX);
	T_OK(e && e->platforms == PLATFORM_MACOS && e->plugin &&
	     strcmp(e->plugin, "L2TP.ppp") == 0, "find_any falls back to macOS's row");
	T_OK(catalog_find("MTU", PLATFORM_LINUX) == NULL, "names are case-sensitive");
	T_OK(catalog_find("<speed>", PLATFORM_LINUX) == NULL, "wildcards are not names");
	T_OK(catalog_rows_named("plugin", rows, 8) >= 2, "plugin has a row per platform");
	e = catalog_find("plugin", PLATFORM_MACOS);
	T_OK(e && e->platforms == PLATFORM_MACOS, "macOS's plugin row");
	T_OK(catalog_find("", PLATFORM_LINUX) == NULL, "the empty word is no name");
}

static void test_wildcards(void)
{
	enum platform own = platform_default(), other = other_platform();
	const struct catalog_entry *e;

	e = catalog_match("115200", 6, PLATFORM_LINUX);
	T_STREQ(e ? e->name : "(none)", "<speed>", "a number is a speed");
	e = catalog_match("0x10", 4, PLATFORM_LINUX);
	T_STREQ(e ? e->name : "(none)", "<speed>", "strtol base 0: hex is a speed");
	T_OK(catalog_match("0", 1, PLATFORM_LINUX) == NULL, "zero is no speed");
	T_OK(catalog_match("9600bps", 7, PLATFORM_LINUX) == NULL, "junk after the number");
	e = catalog_match("10.0.0.1:10.0.0.2", 17, PLATFORM_MACOS);
	T_STREQ(e ? e->name : "(none)", "<local>:<remote>", "a colon makes addresses");
	e = catalog_match(":10.0.0.2", 9, PLATFORM_LINUX);
	T_STREQ(e ? e->name : "(none)", "<local>:<remote>", "either side may be empty");
	e = catalog_match("mtu", 3, PLATFORM_LINUX);
	T_STREQ(e ? e->name : "(none)", "mtu", "names come first");
	/* this machine's own platform asks the file system, as pppd does */
	e = catalog_match("/dev/null", 9, own);
	T_STREQ(e ? e->name : "(none)", "<device>", "an existing character device");
	e = catalog_match("null", 4, own);
	T_STREQ(e ? e->name : "(none)", "<device>", "/dev/ is put in front of a bare name");
	T_OK(catalog_match("/dev/pppconf-no-such-tty", 24, own) == NULL,
	     "a missing device is unknown on this machine");
	T_OK(catalog_match("/etc/passwd", 11, own) == NULL, "a regular file is no device");
	/* for the other platform only the shape of the name can tell */
	e = catalog_match("ttyUSB0", 7, other);
	T_STREQ(e ? e->name : "(none)", "<device>", "ttyUSB0 elsewhere");
	e = catalog_match("cu.usbmodem1", 12, other);
	T_STREQ(e ? e->name : "(none)", "<device>", "cu.* elsewhere");
	e = catalog_match("/dev/pppconf-no-such-tty", 24, other);
	T_STREQ(e ? e->name : "(none)", "<device>", "any /dev path elsewhere");
	T_OK(catalog_match("lcok", 4, other) == NULL, "a typo is no device");
	T_OK(catalog_match("eth0", 4, PLATFORM_LINUX) == NULL,
	     "an interface name is unknown without pppoe.so");
	T_OK(catalog_match("mt\0u", 4, PLATFORM_LINUX) == NULL, "a NUL makes a word unknown");
	T_OK(catalog_match("mtux", 3, PLATFORM_LINUX) != NULL, "the length counts, not a NUL");
}

static void test_scope(void)
{
	struct catalog_scope s;
	const struct catalog_entry *plugin_mac = catalog_find("plugin", PLATFORM_MACOS);
	const struct catalog_entry *plugin_lx = catalog_find("plugin", PLATFORM_LINUX);
	const struct catalog_entry *e;
	const char *path = "/System/Library/Extensions/L2TP.ppp";

	catalog_scope_init(&s, PLATFORM_MACOS);
	T_OK(catalog_scope_match(&s, "l2tpnoipsec", 11) == NULL, "no L2TP option before the plugin");
	T_OK(catalog_scope_match(&s, "lock", 4) != NULL, "tty options before any plugin");
	T_OK(catalog_scope_match(&s, "115200", 6) != NULL, "a speed before any plugin");
	catalog_scope_apply(&s, plugin_mac, path, strlen(path));
	T_OK(catalog_scope_match(&s, "l2tpnoipsec", 11) != NULL, "after plugin L2TP.ppp (full path)");
	T_OK(catalog_scope_match(&s, "lock", 4) == NULL, "L2TP.ppp replaced the tty channel");
	T_OK(catalog_scope_match(&s, "115200", 6) == NULL, "no speed after a channel plugin");
	T_OK(catalog_scope_match(&s, "mtu", 3) != NULL, "LCP options stay");
	catalog_scope_apply(&s, plugin_mac, "PPPoE.ppp", 9);
	T_OK(catalog_scope_match(&s, "l2tpnoipsec", 11) == NULL, "PPPoE.ppp replaced L2TP.ppp");
	T_OK(catalog_scope_has(&s, "L2TP.ppp"), "L2TP.ppp is still loaded");

	catalog_scope_init(&s, PLATFORM_LINUX);
	T_OK(catalog_scope_match(&s, "pppoe-mac", 9) == NULL, "pppoe-mac needs the plugin");
	catalog_scope_apply(&s, plugin_lx, "/usr/lib/pppd/2.4.9/pppoe.so", 28);
	T_OK(catalog_scope_match(&s, "pppoe-mac", 9) != NULL, "pppoe.so adds pppoe-mac");
	T_OK(catalog_scope_match(&s, "crtscts", 7) != NULL, "tty options stay until a device");
	e = catalog_scope_match(&s, "nic-eth0", 8);
	T_STREQ(e ? e->name : "(none)", "<ethernet-interface>", "nic-eth0 is the PPPoE device");
	e = catalog_scope_match(&s, "enp3s0", 6);
	T_STREQ(e ? e->name : "(none)", "<ethernet-interface>", "enp3s0 is the PPPoE device");
	catalog_scope_apply(&s, e, NULL, 0);
	T_OK(catalog_scope_match(&s, "crtscts", 7) == NULL, "the PPPoE device took the channel");
	T_OK(catalog_plugin_name("L2TP.ppp/", 9, PLATFORM_MACOS) != NULL, "a trailing slash");
	T_OK(catalog_plugin_name("L2TP.ppp", 8, PLATFORM_LINUX) == NULL, "L2TP.ppp is Apple's");
	T_OK(catalog_plugin_is_channel("L2TP.ppp", PLATFORM_MACOS), "L2TP.ppp is a channel");
	T_OK(!catalog_plugin_is_channel("Radius.ppp", PLATFORM_MACOS), "Radius.ppp only adds");
	catalog_scope_apply(&s, plugin_lx, "mystery.so", 10);
	T_INTEQ(s.unknown_plugins, 1, "an uncatalogued plugin is counted");
}

static void test_arity(void)
{
	enum platform lx = PLATFORM_LINUX;

	T_INTEQ(catalog_arity(&lx, "mtu", 3, 0), 1, "mtu takes one word");
	T_INTEQ(catalog_arity(&lx, "noauth", 6, 0), 0, "noauth takes none");
	T_INTEQ(catalog_arity(&lx, "115200", 6, 0), 0 | DOC_WILDCARD, "a speed is a wildcard");
	T_INTEQ(catalog_arity(&lx, "bogus", 5, 0), DOC_UNKNOWN, "unknown");
	T_INTEQ(catalog_arity(&lx, "l2tpnoipsec", 11, 0), 0, "other platform's names group too");
	T_INTEQ(catalog_arity(NULL, "user", 4, 0), 1, "no context: this machine's platform");
	T_INTEQ(catalog_arity(&lx, "mtu", 3, 1), 1, "names only: a name still answers");
	T_INTEQ(catalog_arity(&lx, "115200", 6, 1), DOC_UNKNOWN,
	        "names only: a speed is no name (a comment's number is prose)");
	T_INTEQ(catalog_arity(&lx, "mtux", 3, 0), 1, "the word is its len bytes, not a C string");
	T_INTEQ(catalog_arity(&lx, "mt", 2, 0), DOC_UNKNOWN, "a prefix of a name is no name");
	T_INTEQ(catalog_arity(&lx, "mtu\0x", 5, 0), DOC_UNKNOWN, "a word with a NUL is no name");
	{
		enum platform own = platform_default();

		T_INTEQ(catalog_arity(&own, "/dev/null", 9, 0), 0 | DOC_WILDCARD,
		        "a character device on this machine is a device");
		T_INTEQ(catalog_arity(&own, "/dev/null", 9, 1), DOC_UNKNOWN,
		        "names only: a device path is not looked for");
	}
}

/* Every name is found whatever its row's place in the table, with every
 * row of that name, in table order. */
static void test_lookup_every_row(void)
{
	size_t i, j, n, bad = 0;
	const char *first_bad = NULL;

	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *e = catalog_at(i), *rows[16];
		int ok;

		n = catalog_rows_named(e->name, rows, 16);
		ok = n >= 1 && n <= 16;
		for (j = 0; ok && j < n; j++)
			ok = strcmp(rows[j]->name, e->name) == 0 && (j == 0 || rows[j - 1] < rows[j]);
		for (j = 0; ok && j < n && rows[j] != e; j++)
			;
		ok = ok && j < n;
		if (ok && !(e->flags & CATALOG_WILDCARD)) {
			const struct catalog_entry *f = catalog_find(e->name, (enum platform)e->platforms);

			ok = f && strcmp(f->name, e->name) == 0 && f <= e &&
			     (f->platforms & e->platforms);
		}
		if (!ok && !bad++)
			first_bad = e->name;
	}
	T_OK(bad == 0, "every row is found by its name (%zu not; first: %s)", bad,
	     first_bad ? first_bad : "-");
	T_OK(catalog_rows_named("no-such-option", NULL, 0) == 0, "an unknown name has no rows");
}

/* Every option known by name, commented out ("#name" and its arguments), is
 * found as a disabled directive. */
static void test_disabled_every_name(void)
{
	size_t i, bad = 0, n = 0;
	const char *first_bad = NULL;
	struct buf text = { 0 };

	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *e = catalog_at(i);
		enum platform p = e->platforms & PLATFORM_MACOS ? PLATFORM_MACOS : PLATFORM_LINUX;
		struct doc d;
		int k;

		if (e->flags & CATALOG_WILDCARD)
			continue;
		buf_reset(&text);
		buf_printf(&text, "#%s", e->name);
		for (k = 0; k < e->nargs; k++)
			buf_adds(&text, " x");
		buf_adds(&text, "\n");
		doc_load(&d, text.data, text.len, lexer_dialect_for(p), catalog_arity, &p);
		n++;
		if (d.nlines != 1 || d.lines[0].kind != DOC_DISABLED) {
			bad++;
			if (!first_bad)
				first_bad = e->name;
		}
		doc_free(&d);
	}
	buf_free(&text);
	T_OK(n > 300 && bad == 0, "every catalogue name, commented out, is a disabled directive");
	if (bad)
		printf("    first missed: %s (%zu in all)\n", first_bad, bad);
}

static void test_names(void)
{
	enum catalog_category c;
	size_t i;

	for (i = 0; i < CATALOG_CAT_COUNT; i++) {
		T_OK(catalog_category_parse(catalog_category_name((enum catalog_category)i), &c) == 0 &&
		     c == (enum catalog_category)i, "category %zu round trip", i);
		T_OK(strcmp(catalog_category_title((enum catalog_category)i), "?") != 0,
		     "category %zu has a title", i);
	}
	T_OK(catalog_category_parse("AUTH", &c) == 0 && c == CATALOG_CAT_AUTH, "any case");
	T_OK(catalog_category_parse("nope", &c) < 0, "unknown category");
	for (i = 0; i < CATALOG_ARG_COUNT; i++)
		T_OK(strcmp(catalog_arg_name((enum catalog_arg)i), "?") != 0, "arg %zu named", i);
}

int main(void)
{
	test_rows_complete();
	test_aliases();
	test_lookup();
	test_wildcards();
	test_scope();
	test_arity();
	test_lookup_every_row();
	test_disabled_every_name();
	test_names();
	return t_done();
}
