/* test_fix_owned.c - the L2TP fixes own only their lines: the undo removes what they added, repairs stay on their own lines; the per-service form. */
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

static enum platform mac = PLATFORM_MACOS;

static void load(struct doc *d, const char *text)
{
	doc_load(d, text, strlen(text), LEXER_APPLE, catalog_arity, &mac);
}

static void env_for(struct fix_env *env, int exists)
{
	memset(env, 0, sizeof *env);
	env->platform = PLATFORM_MACOS;
	env->path = "/etc/ppp/options";
	env->file_exists = exists;
	env->is_root = 1;
	env->plugin_path = "/nonexistent/L2TP.ppp";
	env->postoptions_path = "/nonexistent/postoptions";
	env->service = "Work VPN";
}

/* Applies a fix; the resulting bytes (caller frees), its return in *rc and
 * what it said in msg (may be NULL). */
static char *apply(const char *name, const char *text, int exists, int *rc, struct buf *msg)
{
	struct fix_env env;

	env_for(&env, exists);
	return ft_apply(name, text, &env, rc, msg);
}

static int step(const struct fix_result *r, const char *label, const char **detail)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strstr(r->steps[i].label, label)) {
			if (detail)
				*detail = r->steps[i].detail ? r->steps[i].detail : "";
			return (int)r->steps[i].state;
		}
	return -1;
}

/* The lines were there before the fix: it changes nothing, and its undo
 * removes nothing either. */
static void test_undo_keeps_users_lines(void)
{
	static const char *const mine[] = {
		"plugin L2TP.ppp\nl2tpnoipsec\n",
		"# mine\nplugin L2TP.ppp\nlock\nl2tpnoipsec # by hand\n",
	};
	struct buf msg = { 0 };
	size_t i;
	int rc;

	for (i = 0; i < sizeof mine / sizeof mine[0]; i++) {
		char *fixed = apply("l2tp-noipsec", mine[i], 1, &rc, NULL), *undone;

		T_INTEQ(rc, 0, "case %zu: the fix finds its lines in place", i);
		buf_reset(&msg);
		undone = apply("l2tp-noipsec-undo", fixed, 1, &rc, &msg);
		T_INTEQ(rc, 0, "case %zu: the undo has nothing of its own to remove", i);
		T_STREQ(undone, mine[i], "case %zu: the user's lines stay", i);
		T_OK(msg.data && strstr(msg.data, "not added by pppconf"), "case %zu: and it says why",
		     i);
		free(fixed);
		free(undone);
	}
	buf_free(&msg);
}

/* The user's plugin line stays through fix and undo; only the fix's
 * l2tpnoipsec (and its comment) come and go. */
static void test_undo_takes_only_its_line(void)
{
	static const char *const cases[] = {
		"plugin L2TP.ppp\n",
		"lock\nplugin L2TP.ppp\nmtu 1400\n",
		"plugin L2TP.ppp",
		"plugin L2TP.ppp\r\nmtu 1400\r\n",
	};
	size_t i;
	int rc;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *fixed = apply("l2tp-noipsec", cases[i], 1, &rc, NULL), *undone;

		T_INTEQ(rc, 1, "case %zu: the fix adds l2tpnoipsec", i);
		T_OK(strstr(fixed, "plugin L2TP.ppp") && strstr(fixed, "\nl2tpnoipsec") &&
		     strstr(fixed, "plugin L2TP.ppp") < strstr(fixed, "\nl2tpnoipsec"),
		     "case %zu: under the plugin line", i);
		T_OK(strstr(strstr(fixed, "plugin L2TP.ppp") + 1, "plugin L2TP.ppp") == NULL,
		     "case %zu: the plugin line is not added again", i);
		undone = apply("l2tp-noipsec-undo", fixed, 1, &rc, NULL);
		T_INTEQ(rc, 1, "case %zu: the undo removes it", i);
		T_STREQ(undone, cases[i], "case %zu: and gives back the very bytes", i);
		free(fixed);
		free(undone);
	}
}

/* Full-width letters on the fix's lines are repaired where they stand,
 * even though another line is damaged too; that one is reported and left. */
static void test_repairs_own_lines_only(void)
{
	const char *text = "plugin \xEF\xBC\xAC" "2TP.ppp\n"          /* full-width L */
	                   "\xEF\xBD\x8C" "2tpnoipsec\n"              /* full-width l */
	                   "\xEF\xBD\x8D\xEF\xBD\x94\xEF\xBD\x95 1400\n" /* full-width mtu */
	                   "// a comment of mine\n";
	const char *want = "plugin L2TP.ppp\nl2tpnoipsec\n"
	                   "\xEF\xBD\x8D\xEF\xBD\x94\xEF\xBD\x95 1400\n"
	                   "// a comment of mine\n";
	struct fix_result res;
	struct fix_env env;
	struct doc d;
	const char *detail = NULL;
	int rc;
	char *fixed = apply("l2tp-noipsec", text, 1, &rc, NULL);

	T_INTEQ(rc, 1, "the fix repairs its lines");
	T_STREQ(fixed, want, "in place; the other damaged lines are left");
	load(&d, text);
	env_for(&env, 1);
	fix_diagnose(fix_find("l2tp-noipsec"), &d, &env, &res);
	T_INTEQ(step(&res, "No copy-paste damage", &detail), FIX_FAIL, "damage found");
	T_OK(strstr(detail, "2 lines"), "on its own two lines only: %s", detail);
	T_INTEQ(step(&res, "Nothing else", &detail), FIX_FAIL, "the other lines are reported");
	T_OK(strstr(detail, "line 3:") && strstr(detail, "line 4:") &&
	     strstr(detail, "leaves these lines"), "each, and that they are left: %s", detail);
	fix_result_free(&res);
	doc_free(&d);
	free(fixed);

	/* no-break space, curly quotes, // on its line: repaired where they stand */
	fixed = apply("l2tp-noipsec", "lock\nplugin\xC2\xA0L2TP.ppp\n", 1, &rc, NULL);
	T_OK(strncmp(fixed, "lock\nplugin L2TP.ppp\n", 21) == 0, "NBSP repaired in place: %s",
	     fixed);
	free(fixed);
	fixed = apply("l2tp-noipsec", "plugin \xE2\x80\x9CL2TP.ppp\xE2\x80\x9D\nl2tpnoipsec\n", 1,
	              &rc, NULL);
	T_STREQ(fixed, "plugin L2TP.ppp\nl2tpnoipsec\n", "curly quotes repaired in place");
	free(fixed);
	fixed = apply("l2tp-noipsec", "plugin L2TP.ppp\nl2tpnoipsec // no IPsec\n", 1, &rc, NULL);
	T_STREQ(fixed, "plugin L2TP.ppp\nl2tpnoipsec # no IPsec\n", "// on its line becomes #");
	free(fixed);
}

/* ---- one VPN's file ---- */

static void test_service(void)
{
	struct buf path = { 0 }, why = { 0 }, names = { 0 };
	static const char *const refused[] = { "", "/etc/passwd", "..", "../x", "a/../b",
	                                       "a/b", "x\ny", "." };
	const char *scutil =
		"Available network connection services in the current set (*=enabled):\n"
		"* (Disconnected)   5E1F6D4B-0000-0000-0000-000000000001 PPP --> L2TP       "
		"\"Work VPN\"                       [PPP/L2TP]\n"
		"* (Connected)      5E1F6D4B-0000-0000-0000-000000000002 PPP --> PPPoE      "
		"\"DSL\"                            [PPP/PPPoE]\n"
		"  (Disconnected)   5E1F6D4B-0000-0000-0000-000000000003 PPP --> L2TP       "
		"\"Home \"quoted\" one\"              [PPP/L2TP]\n"
		"* (Disconnected)   5E1F6D4B-0000-0000-0000-000000000004 IPSec              "
		"\"Cisco\"                          [IPSec]\n";
	size_t i, n;
	int rc;
	char *fixed, *undone;
	struct doc d;
	struct fix_env env;
	struct fix_result res;
	struct check_report rep;
	struct check_file cf;

	T_INTEQ(fix_service_path("Work VPN", &path, &why), 0, "a name with a space is fine");
	T_OK(strcmp(path.data + path.len - 17, "/ppp/peers/Work VPN") == 0 ||
	     strstr(path.data, "/Work VPN") != NULL, "the peers file: %s", path.data);
	for (i = 0; i < sizeof refused / sizeof refused[0]; i++) {
		buf_reset(&why);
		T_INTEQ(fix_service_path(refused[i], &path, &why), -1, "'%s' is refused", refused[i]);
		T_OK(why.len > 0, "with a reason");
	}
	T_INTEQ(fix_service_path("..x", &path, &why), 0, "'..x' is no '..' component");

	n = fix_service_parse(scutil, strlen(scutil), &names);
	T_INTEQ(n, 2, "the L2TP services only");
	T_STREQ(names.data, "Work VPN", "the first name");
	T_STREQ(names.data + strlen(names.data) + 1, "Home \"quoted\" one", "quotes inside kept");

	/* a missing file: created with the mark, only l2tpnoipsec */
	fixed = apply("l2tp-noipsec-service", "", 0, &rc, NULL);
	T_INTEQ(rc, 1, "the service fix writes the file");
	T_OK(strstr(fixed, "\nl2tpnoipsec\n") && !strstr(fixed, "plugin"),
	     "l2tpnoipsec alone, no plugin line: %s", fixed);
	load(&d, fixed);
	T_OK(fix_created_file(&d), "and marks it as created");
	/* read after PPPController's plugin: pppd knows the word */
	memset(&cf, 0, sizeof cf);
	cf.loaded = "L2TP.ppp";
	check_run(&d, PLATFORM_MACOS, &cf, &rep);
	T_INTEQ(rep.count[CHECK_ERROR], 0, "read after the L2TP plugin, nothing is refused");
	check_report_free(&rep);
	check_run(&d, PLATFORM_MACOS, NULL, &rep);
	T_OK(rep.count[CHECK_ERROR] > 0, "read on its own, l2tpnoipsec needs its plugin");
	check_report_free(&rep);
	doc_free(&d);
	undone = apply("l2tp-noipsec-service-undo", fixed, 1, &rc, NULL);
	T_INTEQ(rc, 1, "the undo removes it");
	T_STREQ(undone, "", "the file is empty again");
	free(undone);
	free(fixed);

	/* the user's own file keeps its lines */
	fixed = apply("l2tp-noipsec-service", "# mine\nuser bob\n", 1, &rc, NULL);
	undone = apply("l2tp-noipsec-service-undo", fixed, 1, &rc, NULL);
	T_STREQ(undone, "# mine\nuser bob\n", "fix then undo: the very bytes");
	free(fixed);
	free(undone);
	fixed = apply("l2tp-noipsec-service", "l2tpnoipsec\n", 1, &rc, NULL);
	T_INTEQ(rc, 0, "already there: nothing to do");
	free(fixed);

	load(&d, "");
	env_for(&env, 0);
	fix_diagnose(fix_find("l2tp-noipsec-service"), &d, &env, &res);
	T_INTEQ(step(&res, "'l2tpnoipsec' is in the file", NULL), FIX_FAIL, "not there yet");
	T_INTEQ(step(&res, "the service's own", NULL), FIX_INFO, "says whose file it is");
	fix_result_free(&res);
	doc_free(&d);
	T_OK(fix_find("l2tp-noipsec-service")->per_service, "it works on the service's file");
	T_STREQ(fix_find("l2tp-noipsec-service")->undo, "l2tp-noipsec-service-undo", "undo");
	buf_free(&path);
	buf_free(&why);
	buf_free(&names);
}

int main(void)
{
	test_undo_keeps_users_lines();
	test_undo_takes_only_its_line();
	test_repairs_own_lines_only();
	test_service();
	return t_done();
}
