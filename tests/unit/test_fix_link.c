/* test_fix_link.c - keepalive, pppoe-mtu, dns-route and debug-log: what they add, what they put aside, and that the undo gives back the very bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/catalog.h"
#include "pppd/doc.h"
#include "check/check.h"
#include "fix/fix.h"
#include "fix_test_util.h"
#include "t.h"

static enum platform lin = PLATFORM_LINUX;

static char *apply_on(const char *name, const char *text, enum platform p, int *rc,
                      struct buf *msg)
{
	struct fix_env env;

	memset(&env, 0, sizeof env);
	env.platform = p;
	env.path = "/etc/ppp/options";
	env.file_exists = 1;
	env.is_root = 1;
	env.root = "/nonexistent";
	return ft_apply(name, text, &env, rc, msg);
}

static char *apply(const char *name, const char *text, int *rc)
{
	return apply_on(name, text, lin, rc, NULL);
}

static size_t errors(const char *text)
{
	struct doc d;
	struct check_report r;
	size_t n;

	doc_load(&d, text, strlen(text), LEXER_LINUX, catalog_arity, &lin);
	check_run(&d, PLATFORM_LINUX, NULL, &r);
	n = r.count[CHECK_ERROR];
	check_report_free(&r);
	doc_free(&d);
	return n;
}

/* One fix from every starting state: what it must leave, then that a
 * second run changes nothing, the result is a file pppd accepts, and the
 * undo gives back the very bytes. */
static const struct {
	const char *fix, *text;
	const char *has[3];        /* lines the result must hold */
	const char *lacks;         /* an enabled line it must not hold, or NULL */
} cases[] = {
	{ "keepalive", "", { "\nlcp-echo-interval 30\n", "\nlcp-echo-failure 4\n", NULL }, NULL },
	{ "keepalive", "lock\nlcp-echo-interval 5\nmtu 1400",
	  { "# pppconf keepalive put aside: lcp-echo-interval 5\n", "\nlcp-echo-interval 30",
	    "\nlcp-echo-failure 4" }, "\nlcp-echo-interval 5" },
	{ "keepalive", "lcp-echo-interval 60\r\nlcp-echo-failure 10\r\n",
	  { "lcp-echo-interval 60\r\n", "lcp-echo-failure 10\r\n", NULL }, "pppconf" },
	{ "pppoe-mtu", "plugin pppoe.so\neth0\nmtu 1500\n",
	  { "# pppconf pppoe-mtu put aside: mtu 1500\n", "\nmtu 1492\n", "\nmru 1492\n" },
	  "\nmtu 1500" },
	{ "pppoe-mtu", "mtu 1400\nmru 1400\n", { "mtu 1400\nmru 1400\n", NULL, NULL },
	  "1492" },
	{ "dns-route", "nodefaultroute\nnoauth\n",
	  { "# pppconf dns-route put aside: nodefaultroute\n", "\nusepeerdns\n",
	    "\ndefaultroute\n" }, "\nnodefaultroute" },
	{ "dns-route", "-defaultroute\n", { "put aside: -defaultroute\n", "\ndefaultroute\n", NULL },
	  NULL },
	{ "dns-route", "usepeerdns\n", { "usepeerdns\n", "\ndefaultroute\n", NULL }, NULL },
	{ "debug-log", "lock\n", { "\ndebug\n", "\nlogfile /var/log/ppp.log\n", NULL }, NULL },
};

static void test_cases(void)
{
	size_t i, k;
	char undo[64];

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int rc, rc2, rc3;
		char *once = apply(cases[i].fix, cases[i].text, &rc);
		char *twice = apply(cases[i].fix, once, &rc2);
		char *back;

		for (k = 0; k < 3 && cases[i].has[k]; k++)
			T_OK(strstr(once, cases[i].has[k]) != NULL, "%s on case %zu holds '%s': %s",
			     cases[i].fix, i, cases[i].has[k], once);
		if (cases[i].lacks)
			T_OK(!strstr(once, cases[i].lacks), "%s on case %zu: no '%s'", cases[i].fix, i,
			     cases[i].lacks);
		T_INTEQ(rc2, 0, "%s on case %zu: a second run changes nothing", cases[i].fix, i);
		T_STREQ(twice, once, "%s on case %zu: second run leaves the bytes", cases[i].fix, i);
		T_INTEQ(errors(once), 0, "%s on case %zu: pppd accepts the result", cases[i].fix, i);
		snprintf(undo, sizeof undo, "%s-undo", cases[i].fix);
		back = apply(undo, once, &rc3);
		T_INTEQ(rc3, rc, "%s on case %zu: the undo changes what the fix changed",
		        cases[i].fix, i);
		T_STREQ(back, cases[i].text, "%s on case %zu: fix then undo gives the very bytes",
		        cases[i].fix, i);
		free(once);
		free(twice);
		free(back);
	}
}

/* A user value kept in the file (above the limit for mtu, below it for the
 * probes) is exactly what the fix leaves alone. */
static void test_keeps_and_refuses(void)
{
	struct buf msg = { 0 };
	int rc;
	char *out;

	out = apply("keepalive", "lcp-echo-interval 60\nlcp-echo-failure 10\n", &rc);
	T_INTEQ(rc, 0, "tolerant probes of the user's: nothing to do");
	free(out);
	out = apply_on("dns-route", "noauth\n", PLATFORM_MACOS, &rc, &msg);
	T_INTEQ(rc, -1, "dns-route on a Mac changes nothing");
	T_OK(msg.data && strstr(msg.data, "settings"), "and says the service's settings decide");
	free(out);
	buf_reset(&msg);
	out = apply_on("keepalive", "noauth lcp-echo-interval 5\n", lin, &rc, &msg);
	T_INTEQ(rc, -1, "a line holding more than the directive is not put aside");
	T_STREQ(out, "noauth lcp-echo-interval 5\n", "and nothing changes");
	T_OK(msg.data && strstr(msg.data, "line of its own"), "it says what to do");
	free(out);
	buf_free(&msg);
}

/* The fix's diagnosis of text on platform p, and the doc it read (the
 * caller frees both). */
static void diagnose(const char *fix, const char *text, enum platform p, struct doc *d,
                     struct fix_result *res)
{
	struct fix_env env;

	doc_load(d, text, strlen(text), lexer_dialect_for(p), catalog_arity, &p);
	memset(&env, 0, sizeof env);
	env.platform = p;
	env.path = "/etc/ppp/options";
	env.file_exists = 1;
	env.root = "/nonexistent";
	fix_diagnose(fix_find(fix), d, &env, res);
}

/* The state of the first step whose label holds `label` (-1 when none). */
static int step_state(const char *fix, const char *text, enum platform p, const char *label)
{
	struct doc d;
	struct fix_result res;
	size_t i;
	int st = -1;

	diagnose(fix, text, p, &d, &res);
	for (i = 0; i < res.n && st < 0; i++)
		if (strstr(res.steps[i].label, label))
			st = (int)res.steps[i].state;
	fix_result_free(&res);
	doc_free(&d);
	return st;
}

/* The detail of the first step whose label holds `label` ("" when none). */
static void step_detail(const char *fix, const char *text, enum platform p,
                        const char *label, struct buf *out)
{
	struct doc d;
	struct fix_result res;
	size_t i;

	diagnose(fix, text, p, &d, &res);
	buf_reset(out);
	buf_adds(out, "");
	for (i = 0; i < res.n && !out->len; i++)
		if (strstr(res.steps[i].label, label) && res.steps[i].detail)
			buf_adds(out, res.steps[i].detail);
	fix_result_free(&res);
	doc_free(&d);
}

static void test_diagnose(void)
{
	struct buf det = { 0 };

	T_INTEQ(step_state("keepalive", "", lin, "lcp-echo-interval"), FIX_FAIL,
	        "no probes: a failed step");
	T_INTEQ(step_state("keepalive", "lcp-echo-interval 30\nlcp-echo-failure 4\n", lin,
	                   "lcp-echo-interval"), FIX_PASS, "probes set: passed");
	T_INTEQ(step_state("keepalive", "", PLATFORM_MACOS, "own settings"), FIX_INFO,
	        "on a Mac: the service's settings come later");
	T_INTEQ(step_state("keepalive", "", lin, "'persist' is not set"), FIX_INFO,
	        "no persist: pppd exits after a dead link");
	T_INTEQ(step_state("keepalive", "demand\n", lin, "'demand' is set"), FIX_INFO,
	        "demand turns persist on: not called 'persist is not set'");
	T_INTEQ(step_state("keepalive", "demand\n", lin, "not set"), -1,
	        "demand: no step says persist is not set");
	T_INTEQ(step_state("keepalive", "demand\nnopersist\n", lin, "'persist' is not set"),
	        FIX_INFO, "nopersist after demand turns it off again");
	T_INTEQ(step_state("keepalive", "persist\n", PLATFORM_MACOS, "'persist' is set"), FIX_INFO,
	        "persist: pppd connects again");
	T_INTEQ(step_state("dns-route", "nodefaultroute\n", lin, "forbids defaultroute"),
	        FIX_FAIL, "nodefaultroute forbids defaultroute");
	T_INTEQ(step_state("pppoe-mtu", "mtu 1500\n", lin, "'mtu 1492'"), FIX_FAIL,
	        "mtu 1500 is too large for PPPoE");
	T_INTEQ(step_state("pppoe-mtu", "mtu 1400\n", lin, "'mtu 1492'"), FIX_PASS,
	        "mtu 1400 fits");
	T_INTEQ(step_state("debug-log", "mtux 1\n", lin, "Nothing else"), FIX_FAIL,
	        "other errors are reported");
	step_detail("debug-log", "", lin, "'logfile", &det);
	T_OK(strstr(det.data, "looks there too") != NULL,
	     "on Linux pppconf why reads the system log too (%s)", det.data);
	step_detail("debug-log", "", PLATFORM_MACOS, "'logfile", &det);
	T_OK(strstr(det.data, "does not read") && strstr(det.data, "/var/log/ppp.log"),
	     "on a Mac it reads /var/log/ppp.log only, and the step says so (%s)", det.data);
	buf_free(&det);
	T_OK(fix_find("pppoe-mtu")->platforms == PLATFORM_LINUX, "pppoe-mtu is for Linux");
	T_OK(fix_find("keepalive-undo")->reverts, "each fix has its undo");
}

int main(void)
{
	test_cases();
	test_keeps_and_refuses();
	test_diagnose();
	return t_done();
}
