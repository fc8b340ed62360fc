/* test_check.c - every check fires on a file that has its problem and stays quiet on one that does not (what they say: test_check_messages.c). */
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "t.h"
#include "pppd/catalog.h"
#include "check/check.h"
#include "pppd/doc.h"
#include "pppd/lexer.h"

#include "check_cases.h"
#include "check_test_util.h"

static void run_case(const struct tcase *c, struct check_report *r, struct doc *d)
{
	struct check_file f;

	memset(&f, 0, sizeof f);
	f.path = c->path;
	f.have_stat = c->mode != 0;
	f.mode = (mode_t)c->mode;
	f.uid = (uid_t)c->uid;
	f.dir_writable_by_others = c->dirw;
	f.missing = c->missing;
	run(c->text, strlen(c->text), c->p, c->path ? &f : NULL, d, r);
}

static int config_only(const char *id)
{
	static const char *const ids[] = {
		"include-missing", "include-unreadable", "include-folder", "include-cycle",
		"include-relative", "peers-absent", "peers-unsafe", "not-checked",
		"not-overridable", "lower-priority", "privileged-option", "device-fixed", "logfile-unusable", "ua-file-unusable", "plugin-file-missing", "plugin-not-installed",
		"interface-missing", "unknown-host", "unknown-group", "logfile-not-written", "rtt-file-unsafe",
		"program-missing", "script-unsafe", "demand-no-connect", "demand-no-ipv6-id",
		"auth-no-secret", "ifname-taken",
	};
	size_t i;

	for (i = 0; i < sizeof ids / sizeof ids[0]; i++)
		if (strcmp(ids[i], id) == 0)
			return 1;
	return 0;
}

static void test_every_check(void)
{
	size_t i, k;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct tcase *c = &cases[i];
		struct check_report r;
		struct doc d;
		long line;

		T_OK(check_kind_find(c->id) != NULL, "case %zu names a real check: %s", i, c->id);
		run_case(c, &r, &d);
		line = finding_line(&r, c->id);
		if (c->want)
			T_INTEQ(line, (long)c->line, "%s on case %zu", c->id, i);
		else
			T_OK(line < 0, "%s must not fire on case %zu (it did, line %ld)", c->id, i,
			     line);
		check_report_free(&r);
		doc_free(&d);
	}
	/* every kind in the table has both kinds of case */
	for (k = 0; k < check_kind_count(); k++) {
		const char *id = check_kind_at(k)->id;
		int pos = 0, neg = 0;
		for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
			if (strcmp(cases[i].id, id) == 0) {
				pos += cases[i].want;
				neg += !cases[i].want;
			}
		/* below: no-effect needs a row marked CATALOG_NOOP; the others
		 * depend on this machine or on sizes, so they are built in code */
		if (strcmp(id, "no-effect") == 0 || strcmp(id, "device-missing") == 0 ||
		    strcmp(id, "long-word") == 0 || strcmp(id, "not-in-release") == 0)
			continue;
		/* what only a whole configuration or the machine shows: each has
		 * both kinds of case in test_config.c */
		if (config_only(id))
			continue;
		T_OK(pos > 0 && neg > 0, "check %s has a case that fires and one that does not", id);
	}
}

/* no-effect fires on a row the catalogue marks as doing nothing. */
static void test_no_effect(void)
{
	const struct catalog_entry *noop = NULL;
	struct check_report r;
	struct doc d;
	struct buf text;
	size_t i;

	for (i = 0; i < catalog_count() && !noop; i++) {
		const struct catalog_entry *e = catalog_at(i);
		if ((e->flags & CATALOG_NOOP) && (e->platforms & L) && !e->plugin && e->nargs == 0)
			noop = e;
	}
	if (!noop) {
		printf("skip: no catalogue row is marked CATALOG_NOOP yet (replacedefaultroute "
		       "should be); no-effect is not exercised\n");
		return;
	}
	buf_init(&text);
	buf_printf(&text, "%s\n", noop->name);
	run(text.data, text.len, L, NULL, &d, &r);
	T_INTEQ(finding_line(&r, "no-effect"), 1, "no-effect on %s", noop->name);
	check_report_free(&r);
	doc_free(&d);
	run("noauth\n", 7, L, NULL, &d, &r);
	T_INTEQ(finding_line(&r, "no-effect"), -1, "no-effect stays quiet");
	check_report_free(&r);
	doc_free(&d);
	buf_free(&text);
}

/* With the release known (--pppd-version), a word it lacks is refused:
 * one too new for it, or one it no longer has; and the warnings that only
 * guess at the release are not said. */
static void test_release(void)
{
	static const struct { const char *version, *text, *id; long line; } cases[] = {
		{ "2.4.9", "noauth\nnet-init-script /bin/true\n", "not-in-release", 2 },
		{ "2.4.9", "noauth\nnet-init-script /bin/true\n", "needs-newer", -1 },
		{ "2.5.1", "noauth\nnet-init-script /bin/true\n", "not-in-release", -1 },
		{ "2.5.1", "noauth\nnet-init-script /bin/true\n", "needs-newer", -1 },
		{ NULL, "noauth\nnet-init-script /bin/true\n", "needs-newer", 2 },
		{ NULL, "noauth\nnet-init-script /bin/true\n", "not-in-release", -1 },
		{ "2.5.0", "ipx\n", "not-in-release", 1 },
		{ "2.5.0", "ipx\n", "removed", -1 },
		{ "2.4.9", "ipx\n", "not-in-release", -1 },
		{ "2.4.9", "ipx\n", "removed", -1 },
		{ NULL, "ipx\n", "removed", 1 },
		/* "after 2.4.9": 2.5.3 has it; an earlier 2.5 release may not */
		{ "2.5.3", "tls-verify-method none\n", "needs-newer", -1 },
		{ "2.5.0", "tls-verify-method none\n", "needs-newer", 1 },
		{ "2.4.9", "tls-verify-method none\n", "not-in-release", 1 },
		/* a plugin newer than the release: its rows all came with 2.5.3 */
		{ "2.4.9", "noauth\nplugin dhcpv6relay.so\n", "not-in-release", 2 },
		{ "2.5.3", "noauth\nplugin dhcpv6relay.so\n", "not-in-release", -1 },
		{ "2.4.9", "plugin pppoe.so\n", "not-in-release", -1 },
		/* multilink's words: 2.5 builds them only when asked, 2.4.9 by default */
		{ "2.5.3", "endpoint local:12\n", "optional-build", 1 },
		{ "2.5.0", "noauth\nmp\n", "optional-build", 2 },
		{ "2.4.9", "endpoint local:12\n", "optional-build", -1 },
		{ NULL, "endpoint local:12\n", "optional-build", -1 },
		{ "2.5.3", "noendpoint\n", "optional-build", -1 },
	};
	struct check_file f;
	struct check_report r;
	struct doc d;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memset(&f, 0, sizeof f);
		f.pppd_version = cases[i].version;
		run(cases[i].text, strlen(cases[i].text), L, &f, &d, &r);
		T_INTEQ(finding_line(&r, cases[i].id), cases[i].line, "%s with pppd %s on %s",
		        cases[i].id, cases[i].version ? cases[i].version : "(not known)",
		        cases[i].text);
		check_report_free(&r);
		doc_free(&d);
	}
	/* a Mac's pppd has no Linux release */
	memset(&f, 0, sizeof f);
	f.pppd_version = "2.4.9";
	run("l2tpnoipsec\n", 12, M, &f, &d, &r);
	T_INTEQ(finding_line(&r, "not-in-release"), -1, "no release rule on macOS");
	check_report_free(&r);
	doc_free(&d);
}

/* noecp and -ecp set ECP's switch to the off it already has; no option
 * turns ECP on and pppd has no code to negotiate it (linux-ppp-2.5.3/pppd/
 * ecp.c:68, :98, :106): check says the line does nothing on Linux. */
static void test_no_effect_ecp(void)
{
	static const char *const words[] = { "noecp\n", "-ecp\n" };
	struct check_report r;
	struct doc d;
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		run(words[i], strlen(words[i]), L, NULL, &d, &r);
		T_INTEQ(finding_line(&r, "no-effect"), 1, "no-effect on %s", words[i]);
		check_report_free(&r);
		doc_free(&d);
	}
}

/* Cases that cannot be constant: this machine's devices, long words. */
static void test_built_cases(void)
{
	enum platform own = platform_default();
	enum platform other = own == L ? M : L;
	struct check_report r;
	struct doc d;
	struct buf text;
	size_t i;

	run("/dev/pppconf-no-such-tty\n", 25, own, NULL, &d, &r);
	T_INTEQ(finding_line(&r, "device-missing"), 1, "a missing device on this machine");
	T_INTEQ(finding_line(&r, "unknown-directive"), -1, "said as device-missing only");
	check_report_free(&r);
	doc_free(&d);
	run("/dev/null\n", 10, own, NULL, &d, &r);
	T_INTEQ(finding_line(&r, "device-missing"), -1, "an existing device");
	T_INTEQ(r.count[CHECK_ERROR], 0, "pppd takes /dev/null as the device");
	check_report_free(&r);
	doc_free(&d);
	run("/dev/pppconf-no-such-tty\n", 25, other, NULL, &d, &r);
	T_INTEQ(r.count[CHECK_ERROR], 0, "another machine's device cannot be checked here");
	check_report_free(&r);
	doc_free(&d);
	/* stat fails with ENOTDIR, not ENOENT: pppd takes the word for a device
	 * and refuses it ("Couldn't stat", linux-ppp-2.5.3/pppd/tty.c:365-368) */
	run("null/x\n", 7, own, NULL, &d, &r);
	T_INTEQ(finding_line(&r, "device-missing"), 1, "null/x: a device pppd cannot stat");
	T_INTEQ(finding_line(&r, "unknown-directive"), -1, "null/x: not an unknown word");
	T_OK(r.n && strstr(r.items[0].message, "Couldn't stat") != NULL,
	        "null/x: says pppd's own refusal");
	check_report_free(&r);
	doc_free(&d);

	buf_init(&text);
	buf_adds(&text, "user ");
	for (i = 0; i < 1100; i++)
		buf_addc(&text, 'a');
	buf_adds(&text, "\nnoauth\n");
	run(text.data, text.len, L, NULL, &d, &r);
	T_INTEQ(finding_line(&r, "long-word"), 1, "a word over 1023 bytes");
	check_report_free(&r);
	doc_free(&d);
	buf_reset(&text);
	buf_adds(&text, "user ");
	for (i = 0; i < 1023; i++)
		buf_addc(&text, 'a');
	buf_adds(&text, "\n");
	run(text.data, text.len, L, NULL, &d, &r);
	T_INTEQ(finding_line(&r, "long-word"), -1, "1023 bytes are kept whole");
	{
		size_t vl;
		const char *v = doc_word_bytes(&d, 1, &vl);

		T_MEMEQ(v, vl, text.data + 5, 1023, "the value is all there");
	}
	check_report_free(&r);
	doc_free(&d);
	buf_free(&text);
}

static void test_kinds_table(void)
{
	size_t i, j;

	T_OK(check_kind_count() >= 40, "the table holds the checks (%zu)", check_kind_count());
	for (i = 0; i < check_kind_count(); i++) {
		const struct check_kind *k = check_kind_at(i);
		T_OK(k->id && *k->id && k->summary && *k->summary, "kind %zu is described", i);
		for (j = 0; j < i; j++)
			T_OK(strcmp(check_kind_at(j)->id, k->id) != 0, "id %s is unique", k->id);
		T_OK(check_kind_find(k->id) == k, "find %s", k->id);
	}
	T_OK(check_kind_at(check_kind_count()) == NULL, "past the end");
	T_OK(check_kind_find("no-such-check") == NULL, "unknown id");
	T_STREQ(check_severity_name(CHECK_ERROR), "error", "severity name");
}

/* What a user reads: the words pppd uses, what happens, and the fix. */
/* A finding's message in test_messages, where the report is r. */
static void test_disabled_and_order(void)
{
	struct check_report r;
	struct doc d;
	size_t i;
	const char *text = "#mtux 1400\n# l2tpnoipsec\nnoauth\nmtux\nbogus 1\nmtu 1400\nmtu 1500\n";

	run(text, strlen(text), M, NULL, &d, &r);
	T_INTEQ(finding_line(&r, "unknown-directive"), 4, "the first enabled unknown word");
	T_INTEQ(finding_line(&r, "plugin-missing"), -1, "commented-out lines are not read");
	for (i = 1; i < r.n; i++)
		T_OK(r.items[i - 1].line <= r.items[i].line, "findings in line order");
	T_OK(r.n > 0 && check_worst_for_entry(&r, check_finding_entry(&r.items[0])) >= 0,
	     "worst per entry");
	T_INTEQ(check_worst_for_entry(&r, 0), -1, "nothing on a disabled entry");
	check_report_free(&r);
	doc_free(&d);
}

/* The findings of each entry, and the file's own, as a walk over every
 * finding says; 1 when the index (built here) gives the very same. */
static int index_agrees(struct check_report *r, size_t nentries)
{
	const struct check_finding *f;
	size_t e, k, pos, count = 0;
	int ok = 1;

	check_report_index(r);
	for (e = 0; e <= nentries + 2; e++) {
		size_t entry = e == nentries + 2 ? SIZE_MAX : e;
		int worst = -1;
		pos = 0;
		for (k = 0; k < r->n; k++) {
			if (check_finding_entry(&r->items[k]) != entry)
				continue;
			f = check_entry_next(r, entry, &pos);
			ok &= f == &r->items[k];
			if ((int)check_finding_severity(&r->items[k]) > worst)
				worst = (int)check_finding_severity(&r->items[k]);
			count++;
		}
		ok &= check_entry_next(r, entry, &pos) == NULL;
		ok &= check_worst_for_entry(r, entry) == worst;
	}
	ok &= count == r->n;
	return ok;
}

static void test_index(void)
{
	struct check_report r;
	struct check_file f;
	struct doc d;
	const char *text = "noauth yes\nnodefaultroute\nmtu 30s\n# note\ndefaultroute\n"
	                   "mtu 1400\nmtu 1400\nbogus\nnoauth\n";

	memset(&f, 0, sizeof f);
	f.path = "/etc/ppp/options";
	f.have_stat = 1;
	f.mode = 0100666;
	f.uid = 501;
	run(text, strlen(text), L, &f, &d, &r);
	T_OK(r.n > 5 && check_finding_entry(&r.items[0]) == SIZE_MAX &&
	     r.items[0].entry == CHECK_FILE_ENTRY, "findings on entries and on the file");
	/* entry 0 is "noauth" (a warning), entry 1 the "yes" pppd refuses */
	T_INTEQ(check_worst_for_entry(&r, 0), CHECK_WARNING, "worst without the index");
	T_INTEQ(check_worst_for_entry(&r, 1), CHECK_ERROR, "an error on the next entry");
	T_OK(index_agrees(&r, d.nentries), "the index gives each entry's findings in order");
	T_INTEQ(check_worst_for_entry(&r, 0), CHECK_WARNING, "worst with the index");
	T_INTEQ(check_worst_for_entry(&r, 1), CHECK_ERROR, "the next entry's, with the index");
	T_INTEQ(check_worst_for_entry(&r, d.nentries + 7), -1, "nothing past the last entry");
	check_report_free(&r);
	T_OK(r.n == 0 && check_worst_for_entry(&r, 1) == -1 &&
	     check_worst_for_entry(&r, SIZE_MAX) == -1, "a freed report has no findings");
	doc_free(&d);

	/* One directive a line, file findings between them. */
	/* mru between the two mtu lines: the second still repeats the first */
	text = "mtu 1400\nmru 30s\nnoauth\nmtu 1400\r\nbogus\n";
	run(text, strlen(text), L, &f, &d, &r);
	T_OK(r.n > 5 && check_finding_entry(&r.items[r.n - 3]) == SIZE_MAX,
	     "a finding on the file among the entries' (Windows line ends from line 4)");
	T_OK(index_agrees(&r, d.nentries), "an index of a report in entry order");
	check_report_free(&r);
	doc_free(&d);

	/* Two directives on a line, each with a finding of the walk and one of
	 * the repeats: the line's findings alternate between them. */
	text = "mtu 30s mtu 40s\nmtu 1400\n";
	run(text, strlen(text), L, NULL, &d, &r);
	T_OK(r.n >= 4 && r.items[1].entry == 1 && r.items[2].entry == 0,
	     "the findings of one line are not in entry order");
	T_OK(index_agrees(&r, d.nentries), "an index of a report out of entry order");
	check_report_free(&r);
	doc_free(&d);
}

/* Any bytes at all: no crash, and messages never carry raw control bytes. */
static void test_any_bytes(void)
{
	char data[4096];
	size_t i, round, k;
	unsigned seed = 12345;
	int clean = 1, indexed = 1;

	for (round = 0; round < 200; round++) {
		struct check_report r;
		struct doc d;
		size_t len = (round * 37) % sizeof data;
		for (i = 0; i < len; i++) {
			seed = seed * 1103515245u + 12345u;
			/* mostly text that looks like options, with some of everything */
			data[i] = (seed >> 16) % 5 ? "mtu plugin L2TP.ppp \"\\#\n\r 1a:"[(seed >> 8) % 30]
			                           : (char)(seed >> 20);
		}
		run(data, len, round % 2 ? L : M, NULL, &d, &r);
		for (k = 0; k < r.n; k++) {
			const char *m = check_message(&r, &r.items[k]);
			for (i = 0; m[i]; i++)
				if ((unsigned char)m[i] < 0x20 || m[i] == 0x7f)
					clean = 0;
		}
		indexed &= index_agrees(&r, d.nentries);
		check_report_free(&r);
		doc_free(&d);
	}
	T_OK(clean, "messages hold no control bytes");
	T_OK(indexed, "the index agrees with a walk over every finding");
}

/* Repeats of one line share their message only where it reads the same:
 * an alias in between names itself, and one that is not the first line's
 * spelling says which line it repeats by another name. */
static void test_repeats_by_name(void)
{
	static const char text[] = "require-pap\n+pap\nrequire-pap\n+pap\n+pap\n";
	static const char *const want[] = {
		"'+pap' sets what 'require-pap' on line 1 already set; harmless, but one of them is enough.",
		"'require-pap' repeats line 1 exactly; harmless, but one of them is enough.",
		"'+pap' sets what 'require-pap' on line 1 already set; harmless, but one of them is enough.",
		"'+pap' sets what 'require-pap' on line 1 already set; harmless, but one of them is enough.",
	};
	struct doc d;
	struct check_report r;
	size_t i, k = 0;

	run(text, sizeof text - 1, PLATFORM_LINUX, NULL, &d, &r);
	for (i = 0; i < r.n; i++) {
		if (strcmp(check_finding_id(&r.items[i]), "repeated") != 0)
			continue;
		T_OK(k < 4, "at most four repeats");
		if (k >= 4)
			break;
		T_INTEQ(r.items[i].line, (long long)k + 2, "repeat %zu is on line %zu", k, k + 2);
		T_STREQ(check_message(&r, &r.items[i]), want[k], "repeat on line %zu", k + 2);
		k++;
	}
	T_INTEQ(k, 4, "every later line is a repeat");
	check_report_free(&r);
	doc_free(&d);
}

/* What findings say: a row says the same at each of its entries, repeats
 * of different lines say which line they repeat, a repeat is deleted. */
static void test_texts(void)
{
	static const char text[] = "defaultroute\nasyncmap 0\ndefaultroute\nasyncmap 0\n"
	                           "lcp-echo-interval 5\nlcp-echo-interval 5\n";
	const struct check_finding *p[4] = { NULL, NULL, NULL, NULL };
	struct check_report r;
	struct doc d;
	size_t i, np = 0, nr = 0;

	run(text, sizeof text - 1, L, NULL, &d, &r);
	for (i = 0; i < r.n; i++) {
		if (strcmp(check_finding_id(&r.items[i]), "privileged-since") == 0 && np < 2)
			p[np++] = &r.items[i];
		else if (strcmp(check_finding_id(&r.items[i]), "repeated") == 0 && nr < 2)
			p[2 + nr++] = &r.items[i];
	}
	T_OK(np == 2 && nr == 2, "two privileged-since and two repeated findings");
	if (np == 2 && nr == 2) {
		T_STREQ(check_message(&r, p[0]), check_message(&r, p[1]),
		        "defaultroute says the same on both lines");
		T_OK(strcmp(check_message(&r, p[2]), check_message(&r, p[3])) != 0,
		     "different repeats say different things");
		T_OK(strstr(check_message(&r, p[2]), "repeats line 1") &&
		     strstr(check_message(&r, p[3]), "repeats line 2"), "each names its line");
		T_OK(check_fix(&r, p[2]) && check_fix(&r, p[3]) &&
		     strcmp(check_fix(&r, p[2]), check_fix(&r, p[3])) == 0,
		     "but they have the same fix");
		T_STREQ(check_replacement(&r, p[2]), "", "a repeat is deleted");
		T_OK(check_fix(&r, p[0]) == NULL && check_replacement(&r, p[0]) == NULL,
		     "no fix and no replacement read as NULL");
		T_INTEQ(check_finding_severity(p[2]), CHECK_NOTE, "severity from the kind");
	}
	check_report_free(&r);
	doc_free(&d);
}

/* Where a plugin's word may get its plugin line (the editor's picker asks
 * this before it offers one): a Mac's shared files never, the L2TP fix
 * aside; a Mac service's peers file gets the word alone; Linux always. */
static void test_plugin_line_fits(void)
{
	struct check_file f;

	memset(&f, 0, sizeof f);
	f.path = "/etc/ppp/options";
	T_INTEQ(check_plugin_line_fits(&f, M, "PPPSerial.ppp"), 1, "modem words: not in options");
	T_INTEQ(check_plugin_line_fits(&f, M, "L2TP.ppp"), 0, "the L2TP fix: plugin line there");
	T_INTEQ(check_plugin_line_fits(&f, L, "pppoe.so"), 0, "Linux: plugin line there");
	f.path = "/private/etc/ppp/postoptions";
	T_INTEQ(check_plugin_line_fits(&f, M, "L2TP.ppp"), 1, "postoptions: never");
	f.path = "/etc/ppp/peers/Work VPN";
	T_INTEQ(check_plugin_line_fits(&f, M, "L2TP.ppp"), 2, "a Mac peers file: the controller loads it");
	T_INTEQ(check_plugin_line_fits(&f, L, "pppol2tp.so"), 0, "a Linux peers file: plugin line");
	f.path = "/home/me/test.options";
	T_INTEQ(check_plugin_line_fits(&f, M, "PPPSerial.ppp"), 0, "a file read alone: plugin line");
}

int main(void)
{
	test_kinds_table();
	test_every_check();
	test_no_effect();
	test_release();
	test_no_effect_ecp();
	test_built_cases();
	test_texts();
	test_disabled_and_order();
	test_index();
	test_any_bytes();
	test_repeats_by_name();
	test_plugin_line_fits();
	return t_done();
}
