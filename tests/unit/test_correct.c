/* test_correct.c - corrections keep the meaning: the legacy spellings' table, and the rule every "did you mean" obeys. */
#include <stdint.h>
#include <stdlib.h>

#include "t.h"
#include "pppd/catalog.h"
#include "check/check.h"
#include "pppd/doc.h"
#include "pppd/lexer.h"

#define L PLATFORM_LINUX
#define M PLATFORM_MACOS

static void run(const char *text, enum platform p, struct doc *d, struct check_report *r)
{
	enum platform pp = p;

	doc_load(d, text, strlen(text), lexer_dialect_for(p), catalog_arity, &pp);
	check_run(d, p, NULL, r);
}

/* The first finding on line 1, or NULL. */
static const struct check_finding *first(const struct check_report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->items[i].line == 1)
			return &r->items[i];
	return NULL;
}

/* What `pppconf check` offers for a one-line file: the finding's id and
 * its replacement ("(none)" when it offers none). */
static void offered(const char *text, enum platform p, struct buf *id, struct buf *rep)
{
	struct doc d;
	struct check_report r;
	const struct check_finding *f;

	buf_reset(id);
	buf_reset(rep);
	run(text, p, &d, &r);
	f = first(&r);
	buf_adds(id, f ? check_finding_id(f) : "(nothing)");
	buf_adds(rep, f && check_replacement(&r, f) ? check_replacement(&r, f) : "(none)");
	check_report_free(&r);
	doc_free(&d);
}

/* The errors pppd would meet in text on p. */
static size_t errors(const char *text, enum platform p)
{
	struct doc d;
	struct check_report r;
	size_t n;

	run(text, p, &d, &r);
	n = r.count[CHECK_ERROR];
	check_report_free(&r);
	doc_free(&d);
	return n;
}

/* ---- the table --------------------------------------------------------- */

static const struct {
	const char *line;
	enum platform p;
	const char *id, *rep;      /* rep "(none)": no replacement offered */
} legacy_cases[] = {
	/* the MPPE-MPPC patch (OpenWrt's options.pptp) */
	{ "mppe required,no40,no56,stateless\n", L, "legacy-spelling", "require-mppe-128" },
	{ "mppe required,no40,no56,stateless\n", M, "legacy-spelling", "require-mppe-128" },
	{ "mppe required,stateless\n", L, "legacy-spelling", "require-mppe-40\nrequire-mppe-128" },
	{ "mppe required,no128\n", L, "legacy-spelling", "require-mppe-40" },
	{ "mppe required,stateful\n", L, "legacy-spelling",
	  "require-mppe-40\nrequire-mppe-128\nmppe-stateful" },
	{ "mppe required no40\n", L, "legacy-spelling", "require-mppe-128" },
	{ "mppe no40,no56\n", L, "legacy-spelling", "(none)" },
	{ "mppe\n", L, "legacy-spelling", "(none)" },
	{ "mppe required,no40,no128\n", L, "legacy-spelling", "(none)" },
	{ "mppe required,bogus\n", L, "legacy-spelling", "(none)" },
	{ "nomppc\n", L, "legacy-spelling", "" },
	{ "nomppc\n", M, "legacy-spelling", "" },
	{ "-mppc\n", L, "legacy-spelling", "" },
	{ "mppc\n", L, "legacy-spelling", "" },
	{ "+lzs\n", L, "legacy-spelling", "" },
	{ "require-mppe-56\n", L, "legacy-spelling", "require-mppe-128" },
	{ "nomppe-56\n", M, "legacy-spelling", "" },
	/* older pppd */
	{ "idle-disconnect 600\n", L, "legacy-spelling", "idle 600" },
	{ "idle-disconnect\n", L, "legacy-spelling", "(none)" },
	{ "nomagicnumber\n", M, "legacy-spelling", "nomagic" },
	{ "ipx-compression\n", L, "legacy-spelling", "" },
	{ "+eap\n", M, "legacy-spelling", "require-eap" },
	{ "-eap\n", L, "legacy-spelling", "refuse-eap" },
	/* known to 2.4.9, gone or idle in 2.5.3: the finding carries the advice */
	{ "ipx-routing 1\n", L, "removed", "" },
	{ "replacedefaultroute\n", L, "no-effect", "" },
	/* Apple's spellings on Linux */
	{ "refuse-chapms\n", L, "legacy-spelling", "refuse-mschap" },
	{ "-chapms-v2\n", L, "legacy-spelling", "refuse-mschap-v2" },
	{ "+chapms\n", L, "legacy-spelling", "require-mschap" },
	{ "mppe-128\n", L, "legacy-spelling", "require-mppe-128" },
	{ "mppe-stateless\n", L, "legacy-spelling", "nomppe-stateful" },
	{ "dns-addr 10.0.0.1\n", L, "legacy-spelling", "ms-dns 10.0.0.1" },
	/* Apple's count is per request, Linux's per login: not carried over */
	{ "eap-max-challenge 5\n", L, "legacy-spelling", "" },
	/* ... which Apple's pppd knows as they are */
	{ "refuse-chapms\n", M, "(nothing)", "(none)" },
	/* (the note that PPPController's noccp leaves it no effect is not a spelling) */
	{ "mppe-128\n", M, "controller-overrides", "(none)" },
};

static void test_legacy_cases(void)
{
	struct buf id = { 0 }, rep = { 0 };
	size_t i;

	for (i = 0; i < sizeof legacy_cases / sizeof legacy_cases[0]; i++) {
		offered(legacy_cases[i].line, legacy_cases[i].p, &id, &rep);
		T_STREQ(id.data, legacy_cases[i].id, "finding for %s", legacy_cases[i].line);
		T_STREQ(rep.data, legacy_cases[i].rep, "replacement for %s", legacy_cases[i].line);
	}
	/* the two corrections that used to change the meaning */
	offered("nomppc\n", L, &id, &rep);
	T_OK(!strstr(rep.data, "nomppe"), "nomppc is never corrected to nomppe");
	offered("mppe required,no40,no56,stateless\n", L, &id, &rep);
	T_OK(!strstr(rep.data, "+mppe"), "the patch's mppe line is not corrected to +mppe");
	buf_free(&id);
	buf_free(&rep);
}

/* Every row: pppd on its platforms does not know the word (or no longer
 * does: IPX, replacedefaultroute on Linux), and what it offers instead is
 * a file pppd accepts, that says the same or less. */
static void test_legacy_rows(void)
{
	static const enum platform plats[] = { L, M };
	size_t i, k;

	T_OK(catalog_legacy_count() >= 50, "the table holds the known spellings (%zu)",
	     catalog_legacy_count());
	for (i = 0; i < catalog_legacy_count(); i++) {
		const struct catalog_legacy *l = catalog_legacy_at(i);

		T_OK(l->word && l->origin && l->why && *l->why, "row %zu is complete", i);
		for (k = 0; k < 2; k++) {
			enum platform p = plats[k];
			const struct catalog_entry *e = catalog_find(l->word, p);
			struct buf text = { 0 }, rep = { 0 }, why = { 0 };
			const char *arg[1] = { "5" };
			size_t alen[1] = { 1 };

			if (!(l->platforms & p))
				continue;
			T_OK(!e || e->linux_removed || (e->flags & CATALOG_NOOP),
			     "%s: %s's pppd does not know it", l->word, platform_name(p));
			T_OK(catalog_legacy_find(l->word, strlen(l->word), p) == l, "%s is found",
			     l->word);
			if (l->kind == CATALOG_LEGACY_RENAME) {
				T_OK(catalog_find(l->now, p) != NULL, "%s: %s knows %s", l->word,
				     platform_name(p), l->now);
				T_OK(catalog_polarity(l->now, strlen(l->now)) ==
				     catalog_polarity(l->word, strlen(l->word)) ||
				     /* "nomppe-stateless" is "mppe-stateful": the antonym
				      * carries the negation; Apple's "mppe-40" requires */
				     strstr(l->word, "stateless") ||
				     strcmp(l->word, "mppe-40") == 0 || strcmp(l->word, "mppe-128") == 0,
				     "%s -> %s keeps enable/disable", l->word, l->now);
			}
			if (l->kind == CATALOG_LEGACY_DELETE)
				T_OK(catalog_legacy_rewrite(l, NULL, NULL, 0, &rep, &why) == 1 &&
				     rep.len == 0, "%s: delete the line", l->word);
			if (l->kind == CATALOG_LEGACY_RENAME &&
			    catalog_legacy_rewrite(l, arg, alen, (size_t)l->keep_value, &rep, &why)) {
				buf_printf(&text, "%s\n", rep.data);
				T_INTEQ(errors(text.data, p), 0, "%s: pppd on %s accepts '%s'", l->word,
				        platform_name(p), rep.data);
			}
			buf_free(&text);
			buf_free(&rep);
			buf_free(&why);
		}
	}
}

/* ---- the rule: a correction keeps the meaning --------------------------- */

static const struct {
	const char *typed;
	enum platform p;
	const char *want;          /* the first suggestion, or NULL: none */
} suggest_cases[] = {
	/* offered: typos that keep the meaning */
	{ "lcp-echo-intervall", L, "lcp-echo-interval" },
	{ "noauht", L, "noauth" },               /* swapped neighbours */
	{ "NOAUTH", L, "noauth" },
	{ "\xEF\xBD\x8E\xEF\xBD\x8F\xEF\xBD\x81\xEF\xBD\x95\xEF\xBD\x94\xEF\xBD\x88", L,
	  "noauth" },                             /* full-width */
	{ "requre-mppe-128", L, "require-mppe-128" },
	{ "l2tpnoipesc", M, "l2tpnoipsec" },
	{ "defaultrout", L, "defaultroute" },
	{ "nodefaultrout", L, "nodefaultroute" },
	{ "mppe-stateles", M, "mppe-stateless" },
	/* refused: they would change the meaning */
	{ "mppe", L, NULL },                      /* not +mppe, not -mppe */
	{ "noaut", L, NULL },                     /* noauth only for a near-exact word */
	{ "nomppc", L, NULL },                    /* never nomppe */
	{ "mppe-stateles", L, NULL },             /* not mppe-stateful */
	{ "require-mppe-56", L, NULL },           /* not -40 nor -128 */
	{ "refuse-mschap-v3", L, NULL },
	{ "ipcp-accept-locale", L, "ipcp-accept-local" },
	/* a - or + left off: that word says the opposite, so no other name */
	{ "detach", L, NULL },                    /* -detach, not updetach */
	{ "detach", M, NULL },
	{ "mn", L, NULL },                        /* -mn, not mp (multilink on) */
	{ "ac", L, NULL },                        /* -ac, not ca (a file) */
	{ "-detah", L, "-detach" },
	/* macOS's pppd is built without IPX: no IPX word is offered there,
	 * nor a word as close (noip for noipxx) */
	{ "+ipc", M, NULL },
	{ "ipxx", M, NULL },
	{ "noipxx", M, NULL },
	{ "ipx-netwrk", M, NULL },
	/* "async" is asynchronous framing, the opposite of sync */
	{ "async", L, NULL },
	{ "async", M, NULL },
	{ "asnyc", L, NULL },
	{ "snyc", L, "sync" },
	/* two edits off a short word is a guess at another option */
	{ "notify", L, NULL },                    /* not notty */
	{ "mtuuu", L, NULL },
	/* a name cut short is not a typo of another ("pppoe-serv" is not
	 * pppoe-sess), nor is which longer name it was cut from clear */
	{ "pppoe-serv", L, NULL },
	{ "rp_pppoe_serv", L, NULL },
	{ "lcp-echo", L, NULL },
	{ "persis", L, "persist" },               /* one edit: still offered */
	{ "defaultroutte", L, "defaultroute" },
	/* the start of a longer name: -vjc is -vjccomp cut short, not -vj
	 * with a letter added; cap is capath, not ca */
	{ "-vjc", L, NULL },
	{ "cap", L, NULL },
	/* a sign put before a whole name says not: -nopppload loads */
	{ "-nopppload", M, NULL },
	{ "-nodetach", L, NULL },
	/* "no" before a name with no such form: noupdetach is no nodetach */
	{ "noupdetach", L, NULL },
	{ "noupdetach", M, NULL },
	{ "_defaultroute", L, "-defaultroute" },
	/* a second sign before a signed name: --p is no -ip (IP off) */
	{ "--p", L, NULL },
	{ "--p", M, NULL },
	/* a name that ends in a digit keeps it: predicter1 is predictor1 */
	{ "predicter1", L, "predictor1" },
	/* nomppe-stateful is the default, stricter: a typo of it is offered;
	 * mppe-stateful lets stateful MPPE in: only look-alikes are */
	{ "nomppe-statful", L, "nomppe-stateful" },
	{ "mppe-statefl", L, NULL },
	/* noecp turns off what is never on: no weakening name */
	{ "noecpp", L, "noecp" },
	/* show-password puts PAP passwords in the log: only look-alikes */
	{ "show-passwords", L, NULL },
	/* a require word with a - left out is still a require */
	{ "requiremppe-128", L, "require-mppe-128" },
	{ "requiremschap-v2", M, "require-mschap-v2" },
	{ "-predictro1", M, "-predictor1" },
	/* a sign alone is as near every one-letter name */
	{ "-", L, NULL },
	{ "-", M, NULL },
	{ "+", L, NULL },
	/* the digits of a name: require-mppe4 is no require-mppe-40 */
	{ "require-mppe4", L, NULL },
	{ "require-mppe-l28", L, "require-mppe-128" },
	/* mtu, mru and mrru are three settings */
	{ "default-mtu", L, NULL },
	{ "default-mrru", L, NULL },
};

static void test_suggest_cases(void)
{
	size_t i;

	for (i = 0; i < sizeof suggest_cases / sizeof suggest_cases[0]; i++) {
		const struct catalog_entry *out[3];
		const char *w = suggest_cases[i].typed;
		size_t n = catalog_suggest(w, strlen(w), suggest_cases[i].p, out, 3);

		if (suggest_cases[i].want)
			T_STREQ(n ? out[0]->name : "(none)", suggest_cases[i].want,
			        "suggestion for %s", w);
		else
			T_OK(n == 0, "no suggestion for %s (got %s)", w, n ? out[0]->name : "");
	}
}

/* Polarity as a reader sees it, by the name's first letters only. */
static int plain_polarity(const char *w)
{
	if (w[0] == '+' || strncmp(w, "require-", 8) == 0)
		return 1;
	if (w[0] == '-' || strncmp(w, "no", 2) == 0 || strncmp(w, "refuse-", 7) == 0)
		return -1;
	return 0;
}

/* Length of the polarity prefix the variants leave alone. */
static size_t prefix_len(const char *w)
{
	if (w[0] == '+' || w[0] == '-')
		return 1;
	if (strncmp(w, "require-", 8) == 0)
		return 8;
	if (strncmp(w, "refuse-", 7) == 0)
		return 7;
	if (strncmp(w, "no", 2) == 0)
		return 2;
	return 0;
}

/* Checks every suggestion for w, a near miss of name (or a polarity
 * flip of it). */
static size_t check_variant(const char *w, const char *name, enum platform p, size_t *bad)
{
	const struct catalog_entry *out[4];
	size_t n = catalog_suggest(w, strlen(w), p, out, 4), k;

	for (k = 0; k < n; k++) {
		int ok = plain_polarity(out[k]->name) == plain_polarity(w);

		if (ok && catalog_weakens(out[k]) && strcmp(out[k]->name, name) != 0)
			ok = 0;    /* weakening, and not even the word the typo came from */
		if (!ok && (*bad)++ < 10)
			T_OK(0, "'%s' (a near miss of %s) suggests %s", w, name, out[k]->name);
	}
	return n;
}

/* Property: for every catalogue name and its close names (a letter
 * dropped, doubled, swapped with the next, replaced; the polarity prefix
 * put on or taken off), no suggestion flips enable/disable or
 * require/refuse, and none weakens authentication or encryption unless it
 * is the very name the typo came from. */
static void test_suggest_property(void)
{
	static const enum platform plats[] = { L, M };
	size_t i, j, k, bad = 0, tried = 0, offered_n = 0;
	char w[80];

	for (k = 0; k < 2; k++)
		for (i = 0; i < catalog_count(); i++) {
			const struct catalog_entry *e = catalog_at(i);
			const char *name = e->name;
			size_t n = strlen(name), pre = prefix_len(name);

			if (!(e->platforms & plats[k]) || (e->flags & CATALOG_WILDCARD) || n + 8 >= sizeof w)
				continue;
			for (j = pre; j < n; j++) {
				/* dropped */
				memcpy(w, name, j);
				strcpy(w + j, name + j + 1);
				offered_n += check_variant(w, name, plats[k], &bad) > 0;
				/* doubled */
				memcpy(w, name, j + 1);
				strcpy(w + j + 1, name + j);
				offered_n += check_variant(w, name, plats[k], &bad) > 0;
				/* replaced */
				strcpy(w, name);
				w[j] = w[j] == 'x' ? 'q' : 'x';
				offered_n += check_variant(w, name, plats[k], &bad) > 0;
				/* swapped */
				if (j + 1 < n) {
					strcpy(w, name);
					w[j] = name[j + 1];
					w[j + 1] = name[j];
					offered_n += check_variant(w, name, plats[k], &bad) > 0;
				}
				tried += 4;
			}
			/* the prefix flipped: "noauth" <-> "auth", "+pap" <-> "-pap" */
			if (pre == 2)
				strcpy(w, name + 2);
			else if (pre == 1)
				snprintf(w, sizeof w, "%c%s", name[0] == '+' ? '-' : '+', name + 1);
			else if (pre == 8)
				snprintf(w, sizeof w, "refuse-%s", name + 8);
			else if (pre == 7)
				snprintf(w, sizeof w, "require-%s", name + 7);
			else
				snprintf(w, sizeof w, "no%s", name);
			if (!catalog_find(w, plats[k]))
				check_variant(w, name, plats[k], &bad);
			tried++;
		}
	T_INTEQ(bad, 0, "suggestions that change the meaning");
	/* and the rule leaves most typos their correction */
	T_OK(offered_n * 2 > tried, "most near misses still get a suggestion (%zu of %zu)",
	     offered_n, tried);
	printf("# %zu near misses, %zu with a suggestion\n", tried, offered_n);
}

int main(void)
{
	test_legacy_cases();
	test_legacy_rows();
	test_suggest_cases();
	test_suggest_property();
	return t_done();
}
