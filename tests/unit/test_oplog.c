/* test_oplog.c - edits as operations: derived from two versions, applied again to a file someone else changed meanwhile; clashes named, nothing dropped silently. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "editor/oplog.h"
#include "pppd/catalog.h"
#include "t.h"

static enum platform lin = PLATFORM_LINUX;

static void load(struct doc *d, const char *text)
{
	doc_load(d, text, strlen(text), LEXER_LINUX, catalog_arity, &lin);
}

/* The operations that turned base into ours, applied to theirs: the
 * result in *out, the log kept for the caller's checks. */
static void merge(const char *base, const char *ours, const char *theirs, struct buf *out,
                  struct oplog *log)
{
	struct doc b, o, t;
	size_t n;
	const char *p;

	load(&b, base);
	load(&o, ours);
	load(&t, theirs);
	oplog_derive(log, &b, &o);
	oplog_apply(log, &t);
	p = doc_bytes(&t, &n);
	buf_reset(out);
	buf_add(out, p, n);
	doc_free(&b);
	doc_free(&o);
	doc_free(&t);
}

/* Every result of the log as one line: "applied set mtu 1400 (was mtu 1500)". */
static const char *results(const struct oplog *log, struct buf *b)
{
	static const char *const names[] = { "pending", "applied", "already", "clash" };
	size_t i;

	buf_reset(b);
	for (i = 0; i < log->n; i++) {
		buf_printf(b, "%s%s ", i ? "; " : "", names[log->ops[i].result]);
		oplog_describe(&log->ops[i], PLATFORM_LINUX, 1, 0, b);
	}
	return b->data ? b->data : "";
}

static void test_each_kind(void)
{
	struct oplog log;
	struct buf out = { 0 }, r = { 0 };
	const char *base = "# dial-up\nlock\nmtu 1500\nnoauth\n#debug\n";

	/* set, while the other side added a line at the end */
	merge(base, "# dial-up\nlock\nmtu 1400\nnoauth\n#debug\n",
	      "# dial-up\nlock\nmtu 1500\nnoauth\n#debug\npersist\n", &out, &log);
	T_STREQ(out.data, "# dial-up\nlock\nmtu 1400\nnoauth\n#debug\npersist\n", "set: both edits");
	T_STREQ(results(&log, &r), "applied set mtu 1400 (was mtu 1500)", "set: one operation");
	T_OK(!log.lossy, "set: nothing lost");
	oplog_free(&log);

	/* delete, enable, disable, while the other side inserted at the top */
	merge(base, "# dial-up\n#lock\nmtu 1500\ndebug\n",
	      "ipparam x\n# dial-up\nlock\nmtu 1500\nnoauth\n#debug\n", &out, &log);
	T_STREQ(out.data, "ipparam x\n# dial-up\n#lock\nmtu 1500\ndebug\n",
	        "delete and toggles: all applied");
	T_INTEQ(oplog_count(&log, OPLOG_APPLIED), 3, "three operations applied: %s",
	        results(&log, &r));
	T_OK(!log.lossy, "toggles: nothing lost");
	oplog_free(&log);

	/* add after a directive, while the other side changed another */
	merge(base, "# dial-up\nlock\nmtu 1500\nlcp-echo-interval 30\nnoauth\n#debug\n",
	      "# dial-up\nlock\nmtu 1492\nnoauth\n#debug\n", &out, &log);
	T_STREQ(out.data, "# dial-up\nlock\nmtu 1492\nlcp-echo-interval 30\nnoauth\n#debug\n",
	        "add: after the directive it followed, whatever its value now");
	T_STREQ(results(&log, &r), "applied add lcp-echo-interval 30 after mtu 1500", "add");
	oplog_free(&log);

	/* move: noauth to the top; the other side appended */
	merge(base, "# dial-up\nnoauth\nlock\nmtu 1500\n#debug\n",
	      "# dial-up\nlock\nmtu 1500\nnoauth\n#debug\npersist\n", &out, &log);
	T_STREQ(out.data, "# dial-up\nnoauth\nlock\nmtu 1500\n#debug\npersist\n", "move applied");
	T_INTEQ(log.n, 1, "a move is one operation: %s", results(&log, &r));
	oplog_free(&log);
	buf_free(&out);
	buf_free(&r);
}

static void test_clashes(void)
{
	struct oplog log;
	struct buf out = { 0 }, r = { 0 };
	const char *base = "lock\nmtu 1500\nnoauth\n";

	/* the other side changed the same value: theirs stays, the clash says so */
	merge(base, "lock\nmtu 1400\nnoauth\n", "lock\nmtu 1492\nnoauth\n", &out, &log);
	T_STREQ(out.data, "lock\nmtu 1492\nnoauth\n", "changed on both sides: theirs kept");
	T_INTEQ(oplog_count(&log, OPLOG_CLASH), 1, "one clash");
	T_OK(strstr(log.ops[0].why.data, "the other side changed it (now 'mtu 1492')") != NULL,
	     "the clash names their value: %s", log.ops[0].why.data);
	oplog_free(&log);

	/* the other side deleted what we changed */
	merge(base, "lock\nmtu 1400\nnoauth\n", "lock\nnoauth\n", &out, &log);
	T_STREQ(out.data, "lock\nnoauth\n", "deleted there: not brought back");
	T_OK(log.n == 1 && log.ops[0].result == OPLOG_CLASH &&
	     strstr(log.ops[0].why.data, "no longer in the file"), "the clash says it is gone");
	oplog_free(&log);

	/* we deleted what the other side changed: their change stays */
	merge(base, "lock\nnoauth\n", "lock\nmtu 1492\nnoauth\n", &out, &log);
	T_STREQ(out.data, "lock\nmtu 1492\nnoauth\n", "changed there: not deleted");
	T_INTEQ(oplog_count(&log, OPLOG_CLASH), 1, "a clash: %s", results(&log, &r));
	oplog_free(&log);

	/* both made the same change: no clash, nothing doubled */
	merge(base, "lock\nmtu 1400\nnoauth\ndebug\n", "lock\nmtu 1400\nnoauth\ndebug\n", &out,
	      &log);
	T_STREQ(out.data, "lock\nmtu 1400\nnoauth\ndebug\n", "the same on both sides: once");
	T_INTEQ(oplog_count(&log, OPLOG_ALREADY), 2, "both already so: %s", results(&log, &r));
	T_INTEQ(oplog_count(&log, OPLOG_CLASH), 0, "no clash");
	oplog_free(&log);

	/* both deleted the same line */
	merge(base, "lock\nmtu 1500\n", "lock\nmtu 1500\n", &out, &log);
	T_OK(log.n == 1 && log.ops[0].result == OPLOG_ALREADY, "deleted on both sides: already");
	oplog_free(&log);
	buf_free(&out);
	buf_free(&r);
}

static void test_names_and_values(void)
{
	struct oplog log;
	struct buf out = { 0 }, r = { 0 };

	/* of two ms-dns lines the second changes; the other side put a third
	 * one first: the change finds its line by its old value */
	merge("ms-dns 10.0.0.1\nms-dns 10.0.0.2\n", "ms-dns 10.0.0.1\nms-dns 10.0.0.9\n",
	      "ms-dns 192.168.1.1\nms-dns 10.0.0.1\nms-dns 10.0.0.2\n", &out, &log);
	T_STREQ(out.data, "ms-dns 192.168.1.1\nms-dns 10.0.0.1\nms-dns 10.0.0.9\n",
	        "the change reaches the line it was made on");
	oplog_free(&log);

	/* a fix's comment comes with the lines it explains */
	merge("lock\n", "lock\n# pppconf: L2TP without IPsec\nplugin L2TP.ppp\n",
	      "lock\nnoauth\n", &out, &log);
	T_STREQ(out.data, "lock\n# pppconf: L2TP without IPsec\nplugin L2TP.ppp\nnoauth\n",
	        "the comment above an added line comes with it");
	T_OK(!log.lossy, "and is no loss");
	oplog_free(&log);
	merge("lock\n# pppconf: note\nplugin x.so\nnoauth\n", "lock\nnoauth\n",
	      "persist\nlock\n# pppconf: note\nplugin x.so\nnoauth\n", &out, &log);
	T_STREQ(out.data, "persist\nlock\nnoauth\n", "and goes with a deleted one");
	oplog_free(&log);

	/* adding what the other side added too */
	merge("lock\n", "lock\nnoauth\n", "lock\nnoauth\n", &out, &log);
	T_STREQ(out.data, "lock\nnoauth\n", "added on both sides: once");
	T_OK(log.n == 1 && log.ops[0].result == OPLOG_ALREADY, "already: %s", results(&log, &r));
	oplog_free(&log);

	/* several added in a row stay in their order, after their anchor */
	merge("lock\n", "lock\nnoauth\ndebug\npersist\n", "lock\nmtu 1\n", &out, &log);
	T_STREQ(out.data, "lock\nnoauth\ndebug\npersist\nmtu 1\n", "a run of additions");
	oplog_free(&log);

	/* a change that no operation carries is said to be lost */
	merge("# old note\nlock\n", "# new note\nlock\n", "# old note\nlock\n", &out, &log);
	T_OK(log.lossy, "a comment's change is not an operation: lossy");
	oplog_free(&log);

	/* the description masks secrets unless revealed */
	merge("password old\n", "password hunter2\n", "password old\n", &out, &log);
	buf_reset(&r);
	oplog_describe(&log.ops[0], PLATFORM_LINUX, 0, 0, &r);
	T_OK(strstr(r.data, "hunter2") == NULL, "masked: %s", r.data);
	buf_reset(&r);
	oplog_describe(&log.ops[0], PLATFORM_LINUX, 1, 0, &r);
	T_OK(strstr(r.data, "hunter2") != NULL, "revealed: %s", r.data);
	oplog_free(&log);

	/* a secrets file's clash quotes the other side's line with its secret
	   masked, as the merge view shows every line of such a file */
	{
		struct doc b, o, t;

		load(&b, "bob * oldpw1 *\n");
		load(&o, "bob * newpw2 *\n");
		load(&t, "bob * theirpw3 *\n");
		oplog_derive(&log, &b, &o);
		log.secrets = 1;
		oplog_apply(&log, &t);
		T_INTEQ(oplog_count(&log, OPLOG_CLASH), 1, "secrets: a clash");
		T_OK(log.n && strstr(log.ops[0].why.data, "theirpw3") == NULL &&
		     strstr(log.ops[0].why.data, "bob") != NULL, "secrets: clash masked: %s",
		     log.n ? log.ops[0].why.data : "");
		oplog_free(&log);
		doc_free(&b);
		doc_free(&o);
		doc_free(&t);
	}

	/* a file without a final newline gets one before a line is added */
	merge("lock", "lock\nnoauth\n", "lock\ndebug", &out, &log);
	T_STREQ(out.data, "lock\nnoauth\ndebug", "added in the middle");
	oplog_free(&log);
	merge("lock\n", "lock\nnoauth\n", "debug", &out, &log);
	T_STREQ(out.data, "debug\nnoauth\n", "added at the end of a file without a newline");
	oplog_free(&log);
	buf_free(&out);
	buf_free(&r);
}

/* Derived from a copy of the same file, the operations give ours back
 * byte for byte, whatever the edits were. */
static void test_self(void)
{
	static const char *const pairs[][2] = {
		{ "lock\nmtu 1500\n", "mtu 1500\nlock\n" },
		{ "a\n", "" },
		{ "", "noauth\nlock\n" },
		{ "lock\r\nnoauth\r\n", "lock\r\nmtu 1400\r\nnoauth\r\n" },
		{ "lock noauth\nmtu 1500\n", "lock noauth\nmtu 1400\n" },
		{ "ms-dns 1.1.1.1\nms-dns 2.2.2.2\nms-dns 3.3.3.3\n",
		  "ms-dns 3.3.3.3\nms-dns 1.1.1.1\nms-dns 2.2.2.2\n" },
		{ "#debug\n#lock\nmtu 1\n", "debug\n#lock\n#mtu 1\n" },
		{ "lock\nmtu 1500\nnoauth\n", "mtu 1400\nlock\nnoauth\n" },
		{ "lock\nmtu 1500\nnoauth\n", "noauth\ndebug\nlock\npersist\nmtu 1500\n" },
	};
	size_t i;

	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		struct oplog log;
		struct buf out = { 0 };

		merge(pairs[i][0], pairs[i][1], pairs[i][0], &out, &log);
		T_STREQ(out.data ? out.data : "", pairs[i][1], "pair %zu: ours again", i);
		T_INTEQ(oplog_count(&log, OPLOG_CLASH), 0, "pair %zu: no clash", i);
		oplog_free(&log);
		buf_free(&out);
	}
}

int main(void)
{
	test_each_kind();
	test_clashes();
	test_names_and_values();
	test_self();
	printf("%d passed, %d failed\n", t_passed, t_failed);
	return t_failed != 0;
}
