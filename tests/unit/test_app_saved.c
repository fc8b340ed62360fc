/* test_app_saved.c - the bytes as loaded or last saved, kept apart from the document: diffs, saves, conflicts and backups stay byte-exact. */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "t.h"

#include "editor/app.h"
#include "editor/appedit.h"
#include "base/diff.h"
#include "base/util.h"

static char test_dir[] = "/tmp/pppconf-saved.XXXXXX";

/* lcp-echo-intervall is a typo the checks offer to correct */
static const char base[] = "noauth\nmtu 1500\n#debug\nlcp-echo-intervall 30\n";
#define BASE_LEN (sizeof base - 1)

static const char *at(const char *name)
{
	static char p[8][256];
	static int k;

	snprintf(p[k & 7], sizeof p[0], "%s/%s", test_dir, name);
	return p[k++ & 7];
}

static void put(const char *name, const char *text, size_t n)
{
	int fd = open(at(name), O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || write(fd, text, n) != (ssize_t)n || close(fd) != 0)
		util_die("cannot write %s: %s", name, strerror(errno));
}

/* The file's bytes, or -1 when it does not exist. */
static int get(const char *name, struct buf *out)
{
	char tmp[4096];
	ssize_t n;
	int fd = open(at(name), O_RDONLY);

	buf_reset(out);
	if (fd < 0)
		return -1;
	while ((n = read(fd, tmp, sizeof tmp)) > 0)
		buf_add(out, tmp, (size_t)n);
	close(fd);
	return 0;
}

static void open_app(struct app *a, const char *name, int ro)
{
	struct app_config cfg;
	struct buf err = { 0 };

	memset(&cfg, 0, sizeof cfg);
	cfg.platform = PLATFORM_LINUX;
	cfg.read_only = ro;
	cfg.no_lock = 1;
	T_INTEQ(app_open(a, at(name), &cfg, &err), 0, "open %s", name);
	buf_free(&err);
}

/* Writing found nothing to write: the bytes equal the ones loaded. */
static void unchanged(struct app *a, const char *what)
{
	T_OK(a->tone == APP_GOOD && a->msg.data && strstr(a->msg.data, "unchanged"),
	     "%s: said to be unchanged (%s)", what, a->msg.data ? a->msg.data : "");
}

/* The diff on screen is exactly the one from `old` to the document. */
static void diff_is(struct app *a, const char *old, size_t olen, const char *what)
{
	struct buf want = { 0 }, name = { 0 };
	size_t len;
	const char *now = doc_bytes(&a->s.doc, &len);

	buf_printf(&name, "%s (edited)", a->s.path);
	diff_unified(old, olen, now, len, a->s.path, name.data, 3, &want);
	T_INTEQ(a->mode, APP_DIFF, "%s: the diff is shown", what);
	T_OK(want.len > 0, "%s: something differs", what);
	T_MEMEQ(a->diff.text.data, a->diff.text.len, want.data, want.len,
	        "%s: the diff starts from the bytes as loaded", what);
	buf_free(&want);
	buf_free(&name);
}

/* The file on disk is the document; the backup is `old`. */
static void written(struct app *a, const char *name, const char *old, size_t olen,
                    const char *what)
{
	struct buf got = { 0 }, bk = { 0 };
	size_t len;
	const char *now = doc_bytes(&a->s.doc, &len);

	get(name, &got);
	T_MEMEQ(got.data, got.len, now, len, "%s: the edits are on disk", what);
	buf_printf(&bk, "%s~", name);
	get(bk.data, &got);
	T_MEMEQ(got.data, got.len, old, olen, "%s: the backup holds the file as it was", what);
	T_OK(!doc_modified(&a->s.doc), "%s: saved", what);
	buf_free(&got);
	buf_free(&bk);
}

static void act_toggle(struct app *a) { app_move_to(a, 2); appedit_toggle(a); }
static void act_delete(struct app *a) { app_move_to(a, 0); appedit_delete(a); }
static void act_shift(struct app *a) { app_move_to(a, 0); appedit_shift(a, 1); }
static void act_correct(struct app *a) { app_move_to(a, 3); appedit_correct(a); }

static void act_set(struct app *a)
{
	app_move_to(a, 1);
	appedit_begin(a);
	field_set(&a->edit.in, "1400", 4);
	appedit_commit(a);
}

static void act_add(struct app *a)
{
	a->chosen = catalog_find("lock", PLATFORM_LINUX);
	appedit_pick_plugin(a, 0);
}

static void act_fix(struct app *a)
{
	a->fix.r = fix_find("debug-log");
	app_fix_apply(a);
}

/* Every way the editor changes the document: the first change leaves the
 * bytes as loaded intact for the diff, the save and the backup. */
static void test_each_edit(void)
{
	static const struct {
		const char *name;
		void (*act)(struct app *);
	} acts[] = {
		{ "enable", act_toggle }, { "delete", act_delete }, { "move", act_shift },
		{ "correct", act_correct }, { "set", act_set }, { "add", act_add },
		{ "fix", act_fix },
	};
	size_t i;

	for (i = 0; i < sizeof acts / sizeof acts[0]; i++) {
		struct app a;
		struct buf bk = { 0 };

		put("each", base, BASE_LEN);
		buf_printf(&bk, "%s~", at("each"));
		unlink(bk.data);
		buf_free(&bk);
		open_app(&a, "each", 0);
		acts[i].act(&a);
		T_OK(doc_modified(&a.s.doc), "%s: the document changed", acts[i].name);
		if (a.mode != APP_DIFF)   /* the fix shows its diff itself */
			app_diff_begin(&a);
		diff_is(&a, base, BASE_LEN, acts[i].name);
		app_write(&a, 1);
		written(&a, "each", base, BASE_LEN, acts[i].name);
		app_close(&a);
	}
}

/* Undone back to the file as loaded: nothing to write, nothing touched. */
static void test_undo_then_save(void)
{
	struct app a;
	struct buf got = { 0 };

	put("undo", base, BASE_LEN);
	open_app(&a, "undo", 0);
	act_delete(&a);
	appedit_undo(&a);
	T_OK(!doc_modified(&a.s.doc), "undone: not modified");
	app_diff_begin(&a);
	T_INTEQ(a.mode, APP_LIST, "undone: nothing to write");
	app_write(&a, 1);
	unchanged(&a, "undone");
	T_INTEQ(get("undo~", &got), -1, "undone: no backup, the file was not touched");
	get("undo", &got);
	T_MEMEQ(got.data, got.len, base, BASE_LEN, "undone: the file as it was");
	appedit_redo(&a);
	act_shift(&a);
	app_diff_begin(&a);
	diff_is(&a, base, BASE_LEN, "redone and moved");
	app_write(&a, 1);
	written(&a, "undo", base, BASE_LEN, "redone and moved");
	buf_free(&got);
	app_close(&a);
}

/* Someone else changes the file while pppconf has it open, before the first
 * edit and by the same number of bytes: found by content and never
 * overwritten without asking; the backup then keeps their version. */
static void test_changed_on_disk(void)
{
	static const char theirs[] = "noauth\nmtu 1492\n#debug\nlcp-echo-intervall 30\n";
	struct app a;
	struct buf got = { 0 };

	put("conflict", base, BASE_LEN);
	open_app(&a, "conflict", 0);
	put("conflict", theirs, sizeof theirs - 1);
	app_write(&a, 1);
	unchanged(&a, "unedited, changed on disk");
	get("conflict", &got);
	T_MEMEQ(got.data, got.len, theirs, sizeof theirs - 1,
	        "unedited: writing leaves their version alone");
	act_delete(&a);
	app_diff_begin(&a);
	diff_is(&a, base, BASE_LEN, "edited after their change");
	app_write(&a, 1);
	T_INTEQ(a.diff.stage, APP_DIFF_CONFLICT, "the save is refused: they changed it");
	get("conflict", &got);
	T_MEMEQ(got.data, got.len, theirs, sizeof theirs - 1, "their version is kept");
	app_theirs(&a);
	T_MEMEQ(a.diff.theirs.data, a.diff.theirs.len, theirs, sizeof theirs - 1,
	        "their bytes are shown");
	diff_is(&a, theirs, sizeof theirs - 1, "from their version");
	app_write(&a, 1);
	written(&a, "conflict", theirs, sizeof theirs - 1, "overwritten when asked");
	buf_free(&got);
	app_close(&a);
}

/* After a save and after a reload, the diff starts from the new bytes. */
static void test_save_and_reload(void)
{
	static const char later[] = "debug\nnoauth\n";
	struct app a;
	struct buf saved = { 0 }, got = { 0 };

	put("again", base, BASE_LEN);
	open_app(&a, "again", 0);
	act_delete(&a);
	app_write(&a, 1);
	buf_add(&saved, a.s.doc.text.data, a.s.doc.text.len);
	act_shift(&a);
	app_diff_begin(&a);
	diff_is(&a, saved.data, saved.len, "after a save");
	appedit_undo(&a);
	app_diff_begin(&a);
	T_INTEQ(a.mode, APP_LIST, "undone to the save: nothing to write");

	put("again", later, sizeof later - 1);
	app_reload(&a);
	T_MEMEQ(a.s.doc.text.data, a.s.doc.text.len, later, sizeof later - 1, "reloaded");
	app_write(&a, 1);
	unchanged(&a, "reloaded");
	get("again", &got);
	T_MEMEQ(got.data, got.len, later, sizeof later - 1, "reloaded: nothing to write");
	act_delete(&a);
	app_diff_begin(&a);
	diff_is(&a, later, sizeof later - 1, "after a reload");
	app_write(&a, 1);
	get("again", &got);
	T_MEMEQ(got.data, got.len, "noauth\n", 7, "the reloaded file, edited");
	get("again~", &got);
	T_MEMEQ(got.data, got.len, later, sizeof later - 1, "the backup holds it as reloaded");
	buf_free(&saved);
	buf_free(&got);
	app_close(&a);
}

/* CRLF line ends and a NUL byte come back exactly. */
static void test_crlf(void)
{
	static const char crlf[] = "noauth\r\nmtu 1500\r\n# a\0b\r\ndebug\r\n";
	struct app a;

	put("crlf", crlf, sizeof crlf - 1);
	open_app(&a, "crlf", 0);
	act_delete(&a);
	app_diff_begin(&a);
	diff_is(&a, crlf, sizeof crlf - 1, "CRLF");
	app_write(&a, 1);
	written(&a, "crlf", crlf, sizeof crlf - 1, "CRLF");
	app_close(&a);
}

/* A missing file loads empty; its first save creates it, with no backup. */
static void test_new_file(void)
{
	struct app a;
	struct buf got = { 0 };

	open_app(&a, "new", 0);
	act_add(&a);
	app_diff_begin(&a);
	diff_is(&a, "", 0, "new file");
	app_write(&a, 1);
	get("new", &got);
	T_MEMEQ(got.data, got.len, "lock\n", 5, "new file: created");
	T_INTEQ(get("new~", &got), -1, "new file: no backup");
	buf_free(&got);
	app_close(&a);
}

/* Read-only: the diff is right, the file is never written, a copy is. */
static void test_read_only(void)
{
	struct app a;
	struct buf got = { 0 };

	put("ro", base, BASE_LEN);
	open_app(&a, "ro", 1);
	act_delete(&a);
	app_diff_begin(&a);
	diff_is(&a, base, BASE_LEN, "read-only");
	app_write(&a, 1);
	get("ro", &got);
	T_MEMEQ(got.data, got.len, base, BASE_LEN, "read-only: never written");
	app_save_as_begin(&a);
	field_set(&a.diff.path, at("ro-copy"), strlen(at("ro-copy")));
	app_write(&a, 1);
	get("ro-copy", &got);
	T_MEMEQ(got.data, got.len, a.s.doc.text.data, a.s.doc.text.len, "read-only: the copy");
	buf_free(&got);
	app_close(&a);
}

/* An edit made on the document directly, not through an editor action:
 * the bytes as loaded are still what the diff and the save start from, and
 * the document keeps its edits and its undo history. */
static void test_edit_behind_its_back(void)
{
	struct app a;
	struct buf now = { 0 };
	size_t depth;

	put("direct", base, BASE_LEN);
	open_app(&a, "direct", 0);
	T_INTEQ(doc_splice(&a.s.doc, 0, 6, "auth", 4), 0, "a direct edit");
	T_INTEQ(doc_delete(&a.s.doc, 1), 0, "and another");
	buf_add(&now, a.s.doc.text.data, a.s.doc.text.len);
	depth = a.s.doc.nundo;
	app_diff_begin(&a);
	diff_is(&a, base, BASE_LEN, "direct edits");
	T_MEMEQ(a.s.doc.text.data, a.s.doc.text.len, now.data, now.len, "the edits stay");
	T_INTEQ(a.s.doc.nundo, depth, "so does their history");
	app_write(&a, 1);
	written(&a, "direct", base, BASE_LEN, "direct edits");
	buf_free(&now);
	app_close(&a);
}

/* Removing the only directive asks twice: the old file had one. */
static void test_emptied(void)
{
	struct app a;

	put("only", "mtu 1400\n", 9);
	open_app(&a, "only", 0);
	act_delete(&a);
	app_diff_begin(&a);
	app_write(&a, 0);
	T_INTEQ(a.diff.stage, APP_DIFF_CONFIRM, "emptied: asked again");
	T_OK(a.diff.reasons.data && strstr(a.diff.reasons.data, "no directives left"),
	     "emptied: says the directives would be gone");
	app_close(&a);
}

int main(void)
{
	char cmd[300];

	if (!mkdtemp(test_dir)) {
		perror("mkdtemp");
		return 2;
	}
	t_state_dir(test_dir);
	test_each_edit();
	test_undo_then_save();
	test_changed_on_disk();
	test_save_and_reload();
	test_crlf();
	test_new_file();
	test_read_only();
	test_edit_behind_its_back();
	test_emptied();
	snprintf(cmd, sizeof cmd, "rm -rf %s", test_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", test_dir);
	return t_done();
}
