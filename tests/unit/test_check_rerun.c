/* test_check_rerun.c - the check of a file edited or undone, or naming a directive again with another value, says what the text says now. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "t.h"
#include "pppd/catalog.h"
#include "check/check.h"
#include "pppd/doc.h"
#include "pppd/lexer.h"

#define L PLATFORM_LINUX

static void load(struct doc *d, const char *text, enum platform *pp)
{
	doc_load(d, text, strlen(text), lexer_dialect_for(*pp), catalog_arity, pp);
}

/* How many findings with that id are on that line (0: any line). */
static size_t count(const struct check_report *r, const char *id, size_t line)
{
	size_t i, n = 0;

	for (i = 0; i < r->n; i++)
		if (strcmp(check_finding_id(&r->items[i]), id) == 0 &&
		    (!line || r->items[i].line == line))
			n++;
	return n;
}

/* The editor runs the check again on the same document after each edit. */
static void test_edit_changes_findings(void)
{
	enum platform p = L;
	static const char *const v1500[] = { "1500" }, *const vbad[] = { "14x0" };
	struct doc d;
	struct check_report r;
	size_t out;

	load(&d, "mtu 1400\nnoauth\nmtu 1400\n", &p);
	check_run(&d, L, NULL, &r);
	T_INTEQ(count(&r, "repeated", 3), 1, "the same value again is a repeat");
	T_INTEQ(count(&r, "duplicate", 0), 0, "and no duplicate");
	check_report_free(&r);

	T_INTEQ(doc_set_args(&d, 2, v1500, 1, &out), 0, "set the second mtu to 1500");
	check_run(&d, L, NULL, &r);
	T_INTEQ(count(&r, "repeated", 0), 0, "after the edit it repeats nothing");
	T_INTEQ(count(&r, "duplicate", 1), 1, "the first mtu is now set again otherwise");
	check_report_free(&r);

	T_INTEQ(doc_set_args(&d, 2, vbad, 1, &out), 0, "set it to a value pppd refuses");
	check_run(&d, L, NULL, &r);
	T_INTEQ(count(&r, "bad-value", 3), 1, "the refused value is said");
	T_INTEQ(count(&r, "bad-value", 1), 0, "the first, fine value is not");
	check_report_free(&r);

	T_INTEQ(doc_undo(&d), 0, "undo");
	T_INTEQ(doc_undo(&d), 0, "undo again");
	check_run(&d, L, NULL, &r);
	T_INTEQ(count(&r, "repeated", 3), 1, "back to the repeat");
	T_INTEQ(count(&r, "bad-value", 0) + count(&r, "duplicate", 0), 0,
	        "and nothing else of mtu");
	check_report_free(&r);
	doc_free(&d);
}

/* Within one run a row's second entry is not taken for its first. */
static void test_same_row_again(void)
{
	enum platform p = L;
	struct doc d;
	struct check_report r;

	/* a value found fine, then one pppd refuses, then one taken from the
	 * next line: each is looked at on its own */
	load(&d, "mtu 1400\nmtu 14x0\nmtu 1400\nmtu\n1400\n", &p);
	check_run(&d, L, NULL, &r);
	T_INTEQ(count(&r, "bad-value", 2), 1, "the refused value after a fine one");
	T_INTEQ(count(&r, "arg-next-line", 4), 1, "a known value from the next line");
	T_INTEQ(count(&r, "repeated", 3), 1, "the third repeats the first");
	check_report_free(&r);
	doc_free(&d);

	/* what a row says of itself is said at each of its entries */
	load(&d, "defaultroute\nconnect /bin/a\ndefaultroute\nconnect /bin/b\n", &p);
	check_run(&d, L, NULL, &r);
	T_INTEQ(count(&r, "privileged-since", 1) + count(&r, "privileged-since", 3), 2,
	        "privileged-since at both defaultroutes");
	T_INTEQ(count(&r, "root-command", 2) + count(&r, "root-command", 4), 2,
	        "root-command at both connect lines");
	check_report_free(&r);
	doc_free(&d);

	/* a plain value, then the same row's value with a CR inside quotes */
	load(&d, "user a\nuser \"b\r\nc\"\n", &p);
	check_run(&d, L, NULL, &r);
	T_INTEQ(count(&r, "crlf-in-quotes", 2), 1, "the CR in the second value is said");
	check_report_free(&r);
	doc_free(&d);
}

/* Many names, each three times: every one is known, and repeated at each
 * later line. */
static void test_many_names(void)
{
	enum platform p = L;
	static const char *const names[] = {
		"noauth", "lcp-echo-adaptive", "persist", "lock", "crtscts", "noccp", "novj", "nobsdcomp",
		"nodeflate", "noipdefault", "usepeerdns", "hide-password", "refuse-pap",
		"refuse-chap", "refuse-eap", "ipcp-accept-local", "ipcp-accept-remote",
		"noaccomp", "nopcomp", "passive", "silent", "nomagic", "modem", "local",
		"noproxyarp", "nodefaultroute", "nodetach", "updetach", "noipv6", "nomp",
		"nopersist", "noktune", "ktune", "novjccomp", "nopredictor1", "receive-all",
		"noendpoint", "xonxoff", "nocrtscts", "require-pap", "require-chap",
	};
	static const char *const set_back[] = {
		"persist", "nopersist", "crtscts", "nocrtscts", "xonxoff", "modem", "local",
		"nodetach", "updetach", "ktune", "noktune",
	};
	size_t n = sizeof names / sizeof names[0], i, k;
	struct buf text;
	struct doc d;
	struct check_report r;

	buf_init(&text);
	for (k = 0; k < 3; k++)
		for (i = 0; i < n; i++)
			buf_printf(&text, "%s\n", names[i]);
	load(&d, text.data, &p);
	check_run(&d, L, NULL, &r);
	T_INTEQ(count(&r, "unknown-directive", 0), 0, "every name is known");
	for (i = 0; i < n; i++) {
		/* a name the list also undoes (its opposite, or another flow
		 * control or detach mode) is set back each round: no repeat */
		int back = 0;
		for (k = 0; k < sizeof set_back / sizeof set_back[0]; k++)
			back |= strcmp(set_back[k], names[i]) == 0;
		T_INTEQ(count(&r, "repeated", n + i + 1), !back, "%s repeats on line %zu", names[i],
		        n + i + 1);
		T_INTEQ(count(&r, "repeated", 2 * n + i + 1), !back, "and on line %zu",
		        2 * n + i + 1);
	}
	check_report_free(&r);
	doc_free(&d);
	buf_free(&text);
}

int main(void)
{
	test_edit_changes_findings();
	test_same_row_again();
	test_many_names();
	return t_done();
}
