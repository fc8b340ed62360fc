/* test_fix.c - the guided fixes from every starting state a user may have. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/catalog.h"
#include "pppd/doc.h"
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
}

/* Applies a fix and returns the resulting bytes (caller frees). */
static char *apply(const char *name, const char *text, int exists, int *rc)
{
	struct fix_env env;

	env_for(&env, exists);
	return ft_apply(name, text, &env, rc, NULL);
}

/* The two lines in the right order, each once, and nothing refused
 * (line ends as the file had them). */
static int fixed_ok(const char *raw)
{
	static char text[4096];
	size_t i, n = 0;

	for (i = 0; raw[i] && n + 1 < sizeof text; i++)
		if (raw[i] != '\r')
			text[n++] = raw[i];
	text[n] = '\0';
	const char *pl = strstr(text, "\nplugin L2TP.ppp\n");
	const char *no = strstr(text, "\nl2tpnoipsec\n");

	if (!no)
		no = strstr(text, "\nl2tpnoipsec #");   /* a comment after it */
	if (!no && n >= 12 && strcmp(text + n - 12, "\nl2tpnoipsec") == 0)
		no = text + n - 12;   /* the last line of a file without a final line end */

	if (strncmp(text, "plugin L2TP.ppp\n", 16) == 0)
		pl = text - 1;
	if (!pl || !no || no < pl)
		return 0;
	if (strstr(pl + 2, "plugin L2TP.ppp") || strstr(no + 2, "l2tpnoipsec"))
		return 0;
	return 1;
}

static void test_states(void)
{
	static const struct { const char *name, *text; int exists; } cases[] = {
		{ "no file", "", 0 },
		{ "empty file", "", 1 },
		{ "already correct", "plugin L2TP.ppp\nl2tpnoipsec\n", 1 },
		{ "wrong order", "l2tpnoipsec\nplugin L2TP.ppp\n", 1 },
		{ "duplicates", "plugin L2TP.ppp\nl2tpnoipsec\nplugin L2TP.ppp\nl2tpnoipsec\n", 1 },
		{ "typo", "plugin L2TP.ppp\nl2tpnoipesc\n", 1 },
		{ "crlf", "plugin L2TP.ppp\r\nl2tpnoipsec\r\n", 1 },
		{ "full-width l", "plugin L2TP.ppp\n\xEF\xBD\x8C" "2tpnoipsec\n", 1 },
		{ "nbsp", "plugin\xC2\xA0L2TP.ppp\nl2tpnoipsec\n", 1 },
		{ "slash comment", "plugin L2TP.ppp\nl2tpnoipsec // lowercase L\n", 1 },
		{ "curly quotes", "plugin \xE2\x80\x9CL2TP.ppp\xE2\x80\x9D\nl2tpnoipsec\n", 1 },
		{ "only noipsec", "l2tpnoipsec\n", 1 },
		{ "no final newline", "lock", 1 },
		{ "others", "# my settings\n\tlock  # keep\nmtu 1400\n", 1 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int rc, rc2;
		char *once = apply("l2tp-noipsec", cases[i].text, cases[i].exists, &rc);
		char *twice = apply("l2tp-noipsec", once, 1, &rc2);

		T_OK(fixed_ok(once), "%s: fix gives the two lines in order once", cases[i].name);
		T_INTEQ(strchr(once, '\r') != NULL, strchr(cases[i].text, '\r') != NULL,
		        "%s: the file's line ends are kept", cases[i].name);
		T_INTEQ(rc2, 0, "%s: a second run changes nothing", cases[i].name);
		T_STREQ(twice, once, "%s: second run leaves the bytes", cases[i].name);
		if (strcmp(cases[i].name, "already correct") == 0)
			T_INTEQ(rc, 0, "already correct: nothing to do");
		free(once);
		free(twice);
	}
}

static void test_kept_as_they_are(void)
{
	int rc;
	char *crlf = apply("l2tp-noipsec", "lock\r\nmtu 1400\r\n", 1, &rc);
	char *slash = apply("l2tp-noipsec", "plugin L2TP.ppp\nl2tpnoipsec // turn IPsec off\n", 1, &rc);

	T_OK(strncmp(crlf, "lock\r\nmtu 1400\r\n", 16) == 0, "CRLF lines stay as they are");
	T_OK(strstr(crlf, "\r\nplugin L2TP.ppp\r\nl2tpnoipsec\r\n") != NULL,
	     "new lines take the file's own line ends");
	T_STREQ(slash, "plugin L2TP.ppp\nl2tpnoipsec # turn IPsec off\n",
	        "a // comment becomes a # comment, its words kept");
	free(crlf);
	free(slash);
}

static void test_others_survive(void)
{
	const char *orig = "# my settings\n\tlock  # keep\nmtu 1400\n";
	int rc;
	char *out = apply("l2tp-noipsec", orig, 1, &rc);

	T_INTEQ(rc, 1, "fix changes a file without it");
	T_OK(strncmp(out, orig, strlen(orig)) == 0, "existing lines stay byte for byte, first");
	free(out);
}

static void test_undo_restores(void)
{
	static const struct { const char *text; int exists; } cases[] = {
		{ "", 0 }, { "", 1 }, { "lock\n", 1 },
		{ "# comment\n\nmtu 1400\r\nasyncmap 0\n", 1 },
		{ "lock\r\nmtu 1400\r\n", 1 },
		{ "lock", 1 }, { "lock\r\nmtu 1400", 1 }, { "# no final line end", 1 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int rc;
		char *fixed, *undone;

		fixed = apply("l2tp-noipsec", cases[i].text, cases[i].exists, &rc);
		undone = apply("l2tp-noipsec-undo", fixed, 1, &rc);
		T_INTEQ(rc, 1, "undo %zu changes the fixed file", i);
		T_STREQ(undone, cases[i].text, "undo %zu restores the original bytes", i);
		free(fixed);
		free(undone);
	}
}

static void test_created_mark(void)
{
	struct doc d;
	int rc;
	char *fixed = apply("l2tp-noipsec", "", 0, &rc);
	char *fixed2 = apply("l2tp-noipsec", "", 1, &rc);

	load(&d, fixed);
	T_OK(fix_created_file(&d), "a fix that created the file says so");
	doc_free(&d);
	load(&d, fixed2);
	T_OK(!fix_created_file(&d), "a fix of an existing empty file does not");
	doc_free(&d);
	free(fixed);
	free(fixed2);
}

static void test_linux(void)
{
	struct doc d;
	struct fix_env env;
	struct fix_result res;
	struct buf msg = { 0 };

	load(&d, "lock\n");
	env_for(&env, 1);
	env.platform = PLATFORM_LINUX;
	T_INTEQ(fix_apply(fix_find("l2tp-noipsec"), &d, &env, &msg), -1,
	        "the L2TP fix does not apply on Linux");
	T_OK(msg.data && strstr(msg.data, "macOS"), "and says it is a macOS matter");
	fix_diagnose(fix_find("l2tp-noipsec"), &d, &env, &res);
	T_OK(res.n == 1 && strstr(res.steps[0].detail, "xl2tpd"), "Linux diagnosis points to xl2tpd");
	fix_result_free(&res);
	buf_free(&msg);
	doc_free(&d);
}

static int step_state(const struct fix_result *r, const char *label)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strstr(r->steps[i].label, label))
			return (int)r->steps[i].state;
	return -1;
}

static void test_diagnose(void)
{
	struct doc d;
	struct fix_env env;
	struct fix_result res;

	load(&d, "l2tpnoipsec\nplugin L2TP.ppp\n");
	env_for(&env, 1);
	fix_diagnose(fix_find("l2tp-noipsec"), &d, &env, &res);
	T_INTEQ(step_state(&res, "comes before"), FIX_FAIL, "wrong order is a failed step");
	T_INTEQ(step_state(&res, "plugin is installed"), FIX_FAIL,
	        "a missing plugin bundle is a failed step");
	fix_result_free(&res);
	doc_free(&d);

	load(&d, "plugin L2TP.ppp\nl2tpnoipsec\n");
	fix_diagnose(fix_find("l2tp-noipsec"), &d, &env, &res);
	T_INTEQ(step_state(&res, "comes before"), FIX_PASS, "right order passes");
	T_INTEQ(step_state(&res, "appears once"), FIX_PASS, "single lines pass");
	fix_result_free(&res);
	doc_free(&d);
}

/* A fix that has nothing to do leaves the document unmodified, even when
 * it had to look at (delete and re-add) lines on the way. */
static void test_noop_not_modified(void)
{
	static const char *const cases[] = {
		"lock\nplugin L2TP.ppp\nl2tpnoipsec\n",
		"plugin L2TP.ppp\nl2tpnoipsec # my note\n",
		"plugin L2TP.ppp\n  l2tpnoipsec  \n",
		"plugin L2TP.ppp\nl2tpnoipsec",
		"plugin L2TP.ppp l2tpnoipsec\n",
		"plugin L2TP.ppp\nlock\nl2tpnoipsec\n",
		"plugin /System/Library/Extensions/L2TP.ppp\nl2tpnoipsec\n",
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct doc d;
		struct fix_env env;
		struct buf msg = { 0 };
		size_t len;
		const char *p;

		load(&d, cases[i]);
		env_for(&env, 1);
		T_INTEQ(fix_apply(fix_find("l2tp-noipsec"), &d, &env, &msg), 0,
		        "case %zu: a fix already in place has nothing to do", i);
		p = doc_bytes(&d, &len);
		T_MEMEQ(p, len, cases[i], strlen(cases[i]), "case %zu: bytes untouched", i);
		T_OK(!doc_modified(&d) && !doc_can_undo(&d), "case %zu: not modified", i);
		buf_free(&msg);
		doc_free(&d);
	}
}

static void test_log(void)
{
	int rc;
	char *on = apply("debug-log", "lock\n", 1, &rc);
	char *again = apply("debug-log", on, 1, &rc);
	char *off;

	T_OK(strstr(on, "\ndebug\n") && strstr(on, "\nlogfile /var/log/ppp.log\n"),
	     "debug-log adds debug and a logfile");
	T_INTEQ(rc, 0, "debug-log twice changes once");
	off = apply("debug-log-undo", on, 1, &rc);
	T_STREQ(off, "lock\n", "debug-log-undo restores the bytes");
	free(on);
	free(again);
	free(off);
}

/* fix then undo gives back the very bytes, and a 'debug' or 'logfile' the
 * user wrote survives both. */
static void test_log_keeps_users_lines(void)
{
	static const char *const cases[] = {
		"lock\ndebug\n",                         /* only the logfile is added */
		"debug\nlock\n",
		"logfile /var/log/ppp.log\nlock\n",      /* only debug is added */
		"lock\ndebug",                            /* no final line end */
		"lock\r\ndebug",
		"lock",
		"mtu 1400\r\n",
	};
	size_t i;
	int rc;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *on = apply("debug-log", cases[i], 1, &rc);
		char *off;

		T_INTEQ(rc, 1, "case %zu: debug-log adds something", i);
		off = apply("debug-log-undo", on, 1, &rc);
		T_INTEQ(rc, 1, "case %zu: the undo removes it", i);
		T_STREQ(off, cases[i], "case %zu: fix then undo restores the bytes", i);
		free(on);
		free(off);
	}
}

static void test_log_undo_only_its_block(void)
{
	int rc;
	char *on, *off, *mixed;

	/* both already there by hand: nothing to add, nothing to undo */
	on = apply("debug-log", "debug\nlogfile /var/log/ppp.log\n", 1, &rc);
	T_INTEQ(rc, 0, "debug-log with the user's own lines changes nothing");
	T_STREQ(on, "debug\nlogfile /var/log/ppp.log\n", "and leaves the bytes");
	off = apply("debug-log-undo", on, 1, &rc);
	T_INTEQ(rc, 0, "the undo finds nothing of its own to remove");
	T_STREQ(off, "debug\nlogfile /var/log/ppp.log\n", "the user's debug and logfile stay");
	free(on);
	free(off);

	/* the user adds their own debug after the fix: the undo leaves it */
	on = apply("debug-log", "lock\n", 1, &rc);
	mixed = malloc(strlen(on) + 8);
	sprintf(mixed, "debug\n%s", on);
	off = apply("debug-log-undo", mixed, 1, &rc);
	T_INTEQ(rc, 1, "the undo removes the fix's block");
	T_STREQ(off, "debug\nlock\n", "and only it");
	free(on);
	free(off);
	free(mixed);

	/* a line under the comment that the user changed is theirs now */
	off = apply("debug-log-undo", "lock\n# pppconf: verbose PPP logging (undo: pppconf fix debug-log-undo)\ndebug\nlogfile /tmp/x.log\n",
	            1, &rc);
	T_STREQ(off, "lock\nlogfile /tmp/x.log\n", "an edited logfile line stays");
	free(off);
}

int main(void)
{
	test_states();
	test_others_survive();
	test_kept_as_they_are();
	test_undo_restores();
	test_created_mark();
	test_linux();
	test_diagnose();
	test_log();
	test_log_keeps_users_lines();
	test_log_undo_only_its_block();
	test_noop_not_modified();
	return t_done();
}
