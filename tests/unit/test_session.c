/* test_session.c - one opening of a file for everyone: its facts and findings, saving, reloading, a stream. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "t.h"

#include "base/util.h"
#include "session/session.h"

static char top[] = "/tmp/pppconf-session.XXXXXX";

static const char *at(struct buf *out, const char *dir, const char *name)
{
	buf_reset(out);
	buf_printf(out, "%s/%s%s%s", top, dir, *name ? "/" : "", name);
	return out->data;
}

static void put(const char *path, const char *text, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text) ||
	    fchmod(fd, mode) != 0 || close(fd) != 0)
		util_die("cannot write %s: %s", path, strerror(errno));
}

/* A folder of `mode` holding "options" with `text` and mode fmode. */
static const char *place(struct buf *p, const char *dir, mode_t mode, const char *text,
                         mode_t fmode)
{
	struct buf d = { 0 };

	if (mkdir(at(&d, dir, ""), 0700) != 0 || chmod(d.data, mode) != 0)
		util_die("mkdir %s: %s", d.data, strerror(errno));
	buf_free(&d);
	put(at(p, dir, "options"), text, fmode);
	return p->data;
}

/* The ids of the findings on the file as a whole, for one assertion. */
static void risks(const struct session *s, struct buf *out)
{
	size_t i;

	buf_reset(out);
	for (i = 0; i < s->report.n; i++)
		if (session_file_risk(&s->report.items[i]))
			buf_printf(out, "%s ", check_finding_id(&s->report.items[i]));
}

static void open_ok(struct session *s, const char *path, unsigned flags)
{
	struct buf err = { 0 };

	T_INTEQ(session_open(s, path, PLATFORM_LINUX, flags, &err), 0, "open %s: %s", path,
	        err.data ? err.data : "");
	buf_free(&err);
}

/* Who may change the file, as facts and as the checks' findings. */
static void test_facts(void)
{
	struct buf p = { 0 }, ids = { 0 };
	struct session s;

	open_ok(&s, place(&p, "open", 0777, "noauth\n", 0644), SAFEWRITE_NOLOCK);
	T_OK(s.facts.exists && s.facts.dir_exists, "the file and its folder are there");
	T_INTEQ(s.facts.dir_mode, 0777, "the folder's mode");
	T_OK(s.facts.dir_others_write && !s.facts.others_write, "others may write the folder only");
	risks(&s, &ids);
	T_STREQ(ids.data, "dir-writable ", "the checks say the folder lets others replace it");
	T_INTEQ(s.doc.nentries, 1, "the document is loaded");
	session_close(&s);

	open_ok(&s, place(&p, "sticky", 01777, "noauth\n", 0644), SAFEWRITE_NOLOCK);
	T_OK(!s.facts.dir_others_write, "a sticky folder (as /tmp) lets no one replace the file");
	risks(&s, &ids);
	T_INTEQ(ids.len, 0, "and the checks say nothing of it");
	session_close(&s);

	open_ok(&s, place(&p, "closed", 0755, "noauth\n", 0666), SAFEWRITE_NOLOCK);
	T_OK(s.facts.others_write && !s.facts.dir_others_write, "others may write the file only");
	risks(&s, &ids);
	T_STREQ(ids.data, "file-writable ", "the checks say so");
	T_INTEQ(s.facts.nlink, 1, "one name");
	if (link(p.data, at(&ids, "closed", "second")) == 0) {
		session_close(&s);
		open_ok(&s, p.data, SAFEWRITE_NOLOCK);
		T_INTEQ(s.facts.nlink, 2, "a hard link is counted");
	}
	session_close(&s);

	if (symlink("closed/options", at(&ids, "link", "")) == 0) {
		open_ok(&s, ids.data, SAFEWRITE_NOLOCK);
		T_OK(s.facts.is_link && s.facts.exists, "a link is read through, and known as one");
		T_INTEQ(s.facts.mode, 0666, "the facts are the target's");
		T_OK(s.file.read_only, "and never written through");
		session_close(&s);
	}

	open_ok(&s, place(&p, "words", 0755, "l2tpnoipesc\n", 0666), SESSION_WORDS);
	T_INTEQ(s.doc.nentries, 1, "SESSION_WORDS: the document");
	T_INTEQ(s.report.n, 0, "but no findings");
	T_OK(s.facts.others_write, "the facts all the same");
	session_close(&s);

	open_ok(&s, at(&p, "open", "missing"), SAFEWRITE_NOLOCK);
	T_OK(!s.facts.exists && s.cfile.missing, "a missing file is missing");
	risks(&s, &ids);
	T_INTEQ(ids.len, 0, "and nothing can replace what is not there yet");
	T_INTEQ(s.report.count[CHECK_NOTE], 1, "the checks note that pppd uses its defaults");
	session_close(&s);
	buf_free(&p);
	buf_free(&ids);
}

/* Saving renews the saved bytes, the facts and the findings; the document
 * keeps its own copy throughout. */
static void test_save(void)
{
	struct buf p = { 0 }, msg = { 0 };
	struct session s;
	size_t n;
	const char *saved;

	open_ok(&s, at(&p, "open", "new"), SAFEWRITE_NOLOCK);
	T_OK(!s.facts.exists, "a new file");
	T_INTEQ(doc_splice(&s.doc, 0, 0, "mtu 1400\n", 9), 0, "an edit");
	saved = session_saved(&s, &n);
	T_INTEQ(n, 0, "the saved bytes stay those loaded while the document changes");
	T_INTEQ(session_save(&s, 0, &msg), SAFEWRITE_OK, "saved: %s", msg.data);
	T_OK(s.facts.exists && !doc_modified(&s.doc), "the facts and the document follow the save");
	saved = session_saved(&s, &n);
	T_MEMEQ(saved, n, "mtu 1400\n", 9, "the saved bytes are the written ones");
	T_INTEQ(s.report.count[CHECK_WARNING], 1, "the findings too (the folder)");
	buf_reset(&msg);
	T_INTEQ(session_save(&s, 0, &msg), SAFEWRITE_UNCHANGED, "nothing new to save");
	session_close(&s);
	buf_free(&p);
	buf_free(&msg);
}

/* Reloading drops the edits; when the file cannot be read any more the
 * edits stay and nothing can be written. */
static void test_reload(void)
{
	struct buf p = { 0 }, err = { 0 }, msg = { 0 };
	struct session s;

	open_ok(&s, place(&p, "reload", 0755, "noauth\n", 0644), SAFEWRITE_NOLOCK);
	doc_splice(&s.doc, 0, 0, "lock\n", 5);
	put(p.data, "debug\nlock\n", 0644);
	T_INTEQ(session_reload(&s, &err), 0, "reloaded");
	T_MEMEQ(s.doc.text.data, s.doc.text.len, "debug\nlock\n", 11, "as it is on disk now");
	T_OK(!doc_modified(&s.doc), "the edits are gone");
	doc_splice(&s.doc, 0, 0, "mtu 1400\n", 9);
	unlink(p.data);
	if (mkdir(p.data, 0755) != 0)
		util_die("mkdir");
	T_INTEQ(session_reload(&s, &err), -1, "a folder at the name cannot be reloaded");
	T_OK(err.data && strstr(err.data, "is not an options file: it is a folder"), "why: %s",
	     err.data ? err.data : "");
	T_OK(doc_modified(&s.doc), "the edits are still there");
	T_OK(s.file.read_only, "and cannot be written");
	T_INTEQ(session_save(&s, 0, &msg), SAFEWRITE_ERROR, "a save is refused");
	session_close(&s);
	session_close(&s);   /* idempotent */
	buf_free(&p);
	buf_free(&err);
	buf_free(&msg);
}

/* Text from a pipe: a document and findings, no file facts, no saving. */
static void test_stream(void)
{
	struct buf err = { 0 }, msg = { 0 };
	struct session s;
	int fds[2];

	if (pipe(fds) != 0 || write(fds[1], "l2tpnoipesc\n", 12) != 12)
		util_die("pipe");
	close(fds[1]);
	T_INTEQ(session_read(&s, fds[0], "standard input", PLATFORM_MACOS, 0, &err), 0, "read");
	close(fds[0]);
	T_INTEQ(s.doc.nentries, 1, "the document");
	T_INTEQ(s.report.count[CHECK_ERROR], 1, "the findings");
	T_OK(!s.path && !s.cfile.missing, "no file, and not a missing one");
	T_INTEQ(session_save(&s, 0, &msg), SAFEWRITE_ERROR, "nothing to save to");
	session_close(&s);
	buf_free(&err);
	buf_free(&msg);
}

/* A session moved elsewhere keeps working after its old place is gone:
 * its document reads the platform through a pointer into the session. */
static void test_move(void)
{
	struct session *old = util_xmalloc(sizeof *old), moved;
	struct buf p = { 0 }, err = { 0 };
	const char *const words[] = { "mtu", "1400" };
	size_t out, len;
	const char *now;

	place(&p, "move", 0755, "noauth\n", 0644);
	T_OK(session_open(old, p.data, PLATFORM_LINUX, SAFEWRITE_NOLOCK, &err) == 0, "opened");
	session_move(&moved, old);
	memset(old, 0xa5, sizeof *old);
	free(old);
	T_OK(doc_insert(&moved.doc, moved.doc.nlines, words, 2, &out) == 0, "an edit after the move");
	T_INTEQ(moved.doc.nentries, 2, "the edit parsed as two directives");
	session_recheck(&moved);
	T_INTEQ(moved.report.count[CHECK_ERROR], 0, "its checks ran on the moved document");
	T_OK(session_save(&moved, 0, &err) == SAFEWRITE_OK, "saved from its new place");
	now = session_saved(&moved, &len);
	T_MEMEQ(now, len, "noauth\nmtu 1400\n", 16, "the saved bytes");
	session_close(&moved);
	buf_free(&p);
	buf_free(&err);
}

int main(void)
{
	char cmd[300];

	if (!mkdtemp(top)) {
		perror("mkdtemp");
		return 2;
	}
	t_state_dir(top);
	test_facts();
	test_save();
	test_reload();
	test_stream();
	test_move();
	snprintf(cmd, sizeof cmd, "rm -rf %s", top);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", top);
	return t_done();
}
