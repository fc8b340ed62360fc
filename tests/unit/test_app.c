/* test_app.c - the editor's core without curses: text field, picker, masking, edits, writing. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "t.h"

#include "editor/app.h"
#include "editor/appedit.h"
#include "pppd/facts.h"
#include "editor/field.h"
#include "editor/picker.h"

static char test_dir[] = "/tmp/pppconf-app.XXXXXX";

static void put(const char *name, const char *text)
{
	char p[256];
	FILE *f;

	snprintf(p, sizeof p, "%s/%s", test_dir, name);
	f = fopen(p, "w");
	fputs(text, f);
	fclose(f);
}

static char *slurp(const char *name)
{
	char p[256];
	static char out[4096];   /* tests only */
	size_t n;
	FILE *f;

	snprintf(p, sizeof p, "%s/%s", test_dir, name);
	if (!(f = fopen(p, "r")))
		return NULL;
	n = fread(out, 1, sizeof out - 1, f);
	out[n] = '\0';
	fclose(f);
	return out;
}

static void test_field(void)
{
	struct field f = { { 0 }, 0 };

	field_insert(&f, "ab", 2);
	field_insert(&f, "\xc3\xa9", 2);          /* é */
	T_STREQ(field_text(&f), "ab\xc3\xa9", "insert");
	field_left(&f);
	T_INTEQ(f.cur, 2, "left steps over a whole character");
	field_insert(&f, "x", 1);
	T_STREQ(field_text(&f), "abx\xc3\xa9", "insert in the middle");
	field_end(&f);
	field_backspace(&f);
	T_STREQ(field_text(&f), "abx", "backspace removes the whole character");
	field_home(&f);
	field_delete(&f);
	T_STREQ(field_text(&f), "bx", "delete at the start");
	field_set(&f, NULL, 0);
	T_STREQ(field_text(&f), "", "set to nothing");
	field_backspace(&f);
	field_left(&f);
	T_INTEQ(f.cur, 0, "nothing to step over");
	field_free(&f);
}

static int picker_has(const struct picker *p, const char *name)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->rows[i]->name, name) == 0)
			return 1;
	return 0;
}

static void test_picker(void)
{
	struct picker p;

	memset(&p, 0, sizeof p);
	field_set(&p.query, "l2tpno", 6);
	picker_filter(&p, PLATFORM_MACOS);
	T_OK(picker_has(&p, "l2tpnoipsec"), "macOS knows l2tpnoipsec");
	T_OK(strncmp(p.rows[0]->name, "l2tpno", 6) == 0, "prefix matches first");
	T_STREQ(p.rows[0]->name, "l2tpnoipsec", "the cure for the L2TP error comes first");
	field_set(&p.query, "l2tp", 4);
	picker_filter(&p, PLATFORM_MACOS);
	T_STREQ(p.rows[0]->name, "l2tpnoipsec", "also for l2tp");
	field_set(&p.query, "l2tpno", 6);
	picker_filter(&p, PLATFORM_LINUX);
	T_OK(!picker_has(&p, "l2tpnoipsec"), "Linux does not");
	field_set(&p.query, "", 0);
	picker_filter(&p, PLATFORM_LINUX);
	T_OK(p.n > 100, "everything for an empty query");
	T_OK(!picker_has(&p, "<speed>"), "no wildcard rows to add");
	T_OK(picker_move(&p, 5) && p.sel == 5, "move");
	T_OK(!picker_move(&p, -100) || p.sel == 0, "move stops at the top");
	T_INTEQ(p.sel, 0, "at the top");
	picker_free(&p);
}

static void mask(enum platform pl, int reveal, const char *in, const char *want, const char *what)
{
	struct buf b = { 0 };

	facts_mask_line(pl, reveal, in, strlen(in), &b);
	T_STREQ(b.data ? b.data : "", want, "%s", what);
	buf_free(&b);
}

static void test_mask(void)
{
	mask(PLATFORM_LINUX, 0, "password \"s3cret x\" # note", "password " FACTS_MASK " # note",
	     "a password is masked, quotes and all");
	mask(PLATFORM_LINUX, 0, "#password old", "#password " FACTS_MASK, "in a comment too");
	mask(PLATFORM_MACOS, 0, "l2tpipsecsharedsecret abc", "l2tpipsecsharedsecret " FACTS_MASK,
	     "the L2TP shared secret");
	mask(PLATFORM_LINUX, 0, "mtu 1400 user bob", "mtu 1400 user bob", "other values stay");
	mask(PLATFORM_LINUX, 1, "password x", "password x", "revealed");
	mask(PLATFORM_LINUX, 0, "passwrd hunter2", "passwrd " FACTS_MASK,
	     "a misspelt password is masked as the real one would be");
	mask(PLATFORM_LINUX, 0, "mtuu 1400", "mtuu 1400", "a misspelt ordinary option is shown");
	mask(PLATFORM_LINUX, 0, "user passwrd hunter2", "user passwrd hunter2",
	     "a value that looks like a secret option's name hides nothing");
}

static void open_app(struct app *a, const char *name, enum platform pl, int ro)
{
	struct app_config cfg;
	struct buf err = { 0 };
	char p[256];
	static char path[8][256];
	static int k;

	snprintf(p, sizeof p, "%s/%s", test_dir, name);
	snprintf(path[k & 7], sizeof path[0], "%s", p);
	memset(&cfg, 0, sizeof cfg);
	cfg.platform = pl;
	cfg.read_only = ro;
	T_INTEQ(app_open(a, path[k++ & 7], &cfg, &err), 0, "open %s", name);
	buf_free(&err);
}

static void test_edits_and_write(void)
{
	struct app a;
	char *s;

	put("opts", "noauth\nmtu 1500\n#debug\n");
	open_app(&a, "opts", PLATFORM_LINUX, 0);
	T_INTEQ(a.s.doc.nentries, 3, "three directives, one disabled");
	app_move(&a, 2);
	appedit_toggle(&a);
	T_OK(!a.s.doc.entries[2].disabled, "x enables");
	app_move_to(&a, 0);
	appedit_delete(&a);
	T_INTEQ(a.s.doc.nentries, 2, "d deletes");
	appedit_undo(&a);
	T_INTEQ(a.s.doc.nentries, 3, "u undoes");
	appedit_redo(&a);
	T_INTEQ(a.s.doc.nentries, 2, "r redoes");
	field_set(&a.search, "DEB", 3);
	app_search_commit(&a);
	T_INTEQ(a.sel, 1, "search finds debug, any case");
	app_diff_begin(&a);
	T_INTEQ(a.mode, APP_DIFF, "w shows the diff");
	T_OK(strstr(a.diff.text.data, "-noauth") != NULL, "the diff shows the delete");
	app_write(&a, 0);
	T_INTEQ(a.mode, APP_LIST, "written: back to the list");
	s = slurp("opts");
	T_STREQ(s, "mtu 1500\ndebug\n", "bytes on disk");
	s = slurp("opts~");
	T_STREQ(s, "noauth\nmtu 1500\n#debug\n", "backup of the old bytes");
	T_OK(!doc_modified(&a.s.doc), "no longer modified");

	/* someone else changes the file: never overwritten silently */
	appedit_delete(&a);
	put("opts", "mtu 1500\ndebug\n# theirs\n");
	app_diff_begin(&a);
	app_write(&a, 0);
	T_INTEQ(a.diff.stage, APP_DIFF_CONFLICT, "conflict detected");
	T_STREQ(slurp("opts"), "mtu 1500\ndebug\n# theirs\n", "their change kept");
	app_reload(&a);
	T_INTEQ(a.s.doc.nentries, 2, "reloaded their version");
	T_OK(!doc_modified(&a.s.doc), "nothing re-applied");
	app_close(&a);
}

static void test_add_places(void)
{
	struct app a;
	const struct catalog_entry *ce = catalog_find("l2tpnoipsec", PLATFORM_MACOS);

	put("l2tp", "noauth\nplugin L2TP.ppp\nmtu 1400\n");
	open_app(&a, "l2tp", PLATFORM_MACOS, 0);
	T_OK(ce != NULL, "catalogue row");
	app_move_to(&a, 0);
	T_INTEQ(appedit_insert_line(&a, ce), 2, "plugin option after its plugin line");
	app_move_to(&a, 2);
	T_INTEQ(appedit_insert_line(&a, ce), 3, "or after the selection when that is later");
	T_INTEQ(facts_plugin_entry(&a.s.doc, "L2TP.ppp"), 1, "the plugin line is found");
	app_close(&a);

	put("pppoe", "plugin /usr/lib/pppd/2.4.9/rp-pppoe.so\n");
	open_app(&a, "pppoe", PLATFORM_LINUX, 0);
	T_INTEQ(facts_plugin_entry(&a.s.doc, "pppoe.so"), 0, "a path and the old name count");
	app_close(&a);
}

static void test_read_only(void)
{
	struct app a;
	char *s;

	put("ro", "noauth\nmtu 1400\n");
	open_app(&a, "ro", PLATFORM_LINUX, 1);
	T_OK(a.s.file.read_only, "--read-only");
	appedit_delete(&a);
	app_diff_begin(&a);
	app_write(&a, 1);
	T_STREQ(slurp("ro"), "noauth\nmtu 1400\n", "read-only never writes");
	app_save_as_begin(&a);
	field_set(&a.diff.path, test_dir, strlen(test_dir));
	field_insert(&a.diff.path, "/copy", 5);
	app_write(&a, 1);
	s = slurp("copy");
	T_MEMEQ(s, s ? strlen(s) : 0, "mtu 1400\n", 9, "save-as writes the edited bytes elsewhere");
	T_STREQ(slurp("ro"), "noauth\nmtu 1400\n", "and not the file");
	app_close(&a);
}

/* Whether the editor's findings hold one with this id. */
static int app_has(const struct app *a, const char *id)
{
	size_t i;

	for (i = 0; i < a->s.report.n; i++)
		if (strcmp(check_finding_id(&a->s.report.items[i]), id) == 0)
			return 1;
	return 0;
}

/* --pppd-version reaches the editor's checks: a word the release lacks is
 * refused there, as check says. */
static void test_release(void)
{
	struct app a;
	struct app_config cfg;
	struct buf err = { 0 };
	char path[256];

	put("release", "noauth\nnet-init-script /bin/true\n");
	snprintf(path, sizeof path, "%s/release", test_dir);
	memset(&cfg, 0, sizeof cfg);
	cfg.platform = PLATFORM_LINUX;
	cfg.read_only = 1;
	cfg.pppd_version = "2.4.9";
	T_INTEQ(app_open(&a, path, &cfg, &err), 0, "open with a release");
	T_OK(app_has(&a, "not-in-release"), "the editor refuses a word 2.4.9 lacks");
	T_OK(!app_has(&a, "needs-newer"), "and does not guess at the release");
	app_close(&a);
	cfg.pppd_version = NULL;
	T_INTEQ(app_open(&a, path, &cfg, &err), 0, "open without one");
	T_OK(!app_has(&a, "not-in-release") && app_has(&a, "needs-newer"),
	     "without a release: the warning that names it");
	app_close(&a);
	buf_free(&err);
}

int main(void)
{
	char cmd[300];

	if (!mkdtemp(test_dir)) {
		perror("mkdtemp");
		return 2;
	}
	t_state_dir(test_dir);
	test_field();
	test_picker();
	test_mask();
	test_edits_and_write();
	test_add_places();
	test_read_only();
	test_release();
	snprintf(cmd, sizeof cmd, "rm -rf %s", test_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", test_dir);
	return t_done();
}
