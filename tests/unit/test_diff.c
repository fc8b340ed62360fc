/* test_diff.c - the unified diff against GNU diff -u, on generated cases and a large file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/diff.h"
#include "t.h"
#include "base/util.h"

#define DIFF_PROG "/usr/bin/diff"

static char tdir[] = "/tmp/pppconf-diff.XXXXXX";

static void put_file(const char *path, const char *p, size_t n)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(p, 1, n, f) != n || fclose(f) != 0)
		util_die("cannot write %s", path);
}

static void get_file(const char *path, struct buf *out)
{
	FILE *f = fopen(path, "rb");
	char tmp[8192];
	size_t n;

	buf_reset(out);
	if (!f)
		return;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_add(out, tmp, n);
	fclose(f);
}

/* What diff -u says about the two texts, headed like ours. */
static void gnu_diff(const char *a, size_t na, const char *b, size_t nb, int ctx,
                     struct buf *out)
{
	struct buf cmd = {0}, pa = {0}, pb = {0}, po = {0};

	buf_printf(&pa, "%s/old", tdir);
	buf_printf(&pb, "%s/new", tdir);
	buf_printf(&po, "%s/out", tdir);
	put_file(pa.data, a, na);
	put_file(pb.data, b, nb);
	buf_printf(&cmd, "%s -U %d --label old --label new %s %s >%s", DIFF_PROG, ctx,
	           pa.data, pb.data, po.data);
	if (system(cmd.data) == -1)
		util_die("cannot run diff");
	get_file(po.data, out);
	buf_free(&cmd);
	buf_free(&pa);
	buf_free(&pb);
	buf_free(&po);
}

/* Many small cases ask GNU diff in one batch: starting a shell and diff for
 * each case cost more than everything else in this test. gnu_queue writes
 * a case's files and returns its number; gnu_run runs diff on all of them;
 * gnu_result reads one answer. */
static struct buf gnu_script;
static size_t gnu_queued;

static size_t gnu_queue(const char *a, size_t na, const char *b, size_t nb, int ctx)
{
	struct buf pa = {0}, pb = {0};
	size_t n = gnu_queued++;

	buf_printf(&pa, "%s/old.%zu", tdir, n);
	buf_printf(&pb, "%s/new.%zu", tdir, n);
	put_file(pa.data, a, na);
	put_file(pb.data, b, nb);
	buf_printf(&gnu_script, "%s -U %d --label old --label new %s %s >%s/out.%zu\n", DIFF_PROG,
	           ctx, pa.data, pb.data, tdir, n);
	buf_free(&pa);
	buf_free(&pb);
	return n;
}

static void gnu_run(void)
{
	struct buf path = {0}, cmd = {0};

	buf_printf(&path, "%s/batch.sh", tdir);
	put_file(path.data, gnu_script.data ? gnu_script.data : "", gnu_script.len);
	buf_printf(&cmd, "sh %s", path.data);
	if (system(cmd.data) == -1)
		util_die("cannot run diff");
	buf_reset(&gnu_script);
	buf_free(&path);
	buf_free(&cmd);
}

static void gnu_result(size_t n, struct buf *out)
{
	struct buf path = {0};

	buf_printf(&path, "%s/out.%zu", tdir, n);
	get_file(path.data, out);
	buf_free(&path);
}

static void same_as_gnu(const char *name, const char *a, const char *b, int ctx, size_t gnu)
{
	struct buf ours = {0}, theirs = {0};
	size_t hunks;

	hunks = diff_unified(a, strlen(a), b, strlen(b), "old", "new", ctx, &ours);
	gnu_result(gnu, &theirs);
	T_MEMEQ(ours.data, ours.len, theirs.data, theirs.len, "%s (context %d)", name, ctx);
	T_OK((hunks == 0) == (ours.len == 0), "%s: hunk count matches output", name);
	buf_free(&ours);
	buf_free(&theirs);
}

/* Lines of `text` as (pointer, length) pairs, each with its line end. */
struct lines {
	const char **p;
	size_t *n, count;
};

static void split(const char *t, size_t len, struct lines *l)
{
	size_t i = 0, cap = 0;

	memset(l, 0, sizeof *l);
	while (i < len) {
		const char *nl = memchr(t + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - t) + 1 : len;

		if (l->count == cap) {
			util_grow(&l->p, &cap, l->count + 1, sizeof *l->p);
			l->n = util_xrealloc(l->n, cap * sizeof *l->n);
		}
		l->p[l->count] = t + i;
		l->n[l->count++] = e - i;
		i = e;
	}
}

/* Applies a unified diff to `old`, checking every context and deleted line;
 * 0 and the result in *res, or -1 when the diff does not fit. Counts the
 * changed lines in *edits. */
static int apply(const char *old, size_t olen, const struct buf *d, struct buf *res,
                 size_t *edits)
{
	struct lines o, dl;
	size_t i, next = 0;
	int bad = 0;
	char last = 0;

	split(old, olen, &o);
	split(d->data ? d->data : "", d->len, &dl);
	buf_reset(res);
	*edits = 0;
	for (i = 2; i < dl.count && !bad; i++) {
		const char *p = dl.p[i];
		size_t n = dl.n[i];

		if (n >= 2 && p[0] == '@' && p[1] == '@') {
			unsigned long s = 0;
			char *end;

			s = strtoul(p + 4, &end, 10);
			if (*end != ',' || strtoul(end + 1, NULL, 10) != 0)
				s = s ? s - 1 : 0;
			/* copy the untouched lines before the hunk */
			while (next < s && next < o.count) {
				buf_add(res, o.p[next], o.n[next]);
				next++;
			}
			continue;
		}
		if (p[0] == '\\') {
			if (res->len && res->data[res->len - 1] == '\n' && (last == '+' || last == ' '))
				res->len--;
			continue;
		}
		last = p[0];
		if (p[0] == ' ' || p[0] == '-') {
			size_t want = n - 1, have;

			if (next >= o.count) {
				bad = 1;
				break;
			}
			have = o.n[next];
			/* a line without newline shows with one added, then the marker */
			if (!(have == want || (have + 1 == want && o.p[next][have - 1] != '\n')) ||
			    memcmp(o.p[next], p + 1, have) != 0)
				bad = 1;
			if (p[0] == ' ')
				buf_add(res, p + 1, want);
			else
				++*edits;
			next++;
		} else if (p[0] == '+') {
			buf_add(res, p + 1, n - 1);
			++*edits;
		} else {
			bad = 1;
		}
	}
	while (next < o.count) {
		buf_add(res, o.p[next], o.n[next]);
		next++;
	}
	free(o.p);
	free(o.n);
	free(dl.p);
	free(dl.n);
	return bad ? -1 : 0;
}

static size_t count_edits(const struct buf *d)
{
	size_t i, c = 0;
	int bol = 1, hdr = 0;

	for (i = 0; i < d->len; i++) {
		if (bol && hdr >= 2 && (d->data[i] == '+' || d->data[i] == '-'))
			c++;
		if (d->data[i] == '\n') {
			bol = 1;
			hdr++;
		} else {
			bol = 0;
		}
	}
	return c;
}

static void gen(struct buf *b, unsigned *seed, int lines, int alphabet)
{
	static const char *words[] = {"a\n", "b\n", "c\n", "a\r\n", "noauth\n", "d\n",
	                              "lock\n", "\n"};
	int i;

	buf_reset(b);
	for (i = 0; i < lines; i++) {
		*seed = *seed * 1103515245u + 12345u;
		buf_adds(b, words[(*seed >> 16) % (unsigned)alphabet]);
	}
	*seed = *seed * 1103515245u + 12345u;
	if ((*seed >> 16) % 4 == 0 && b->len)
		b->len--, b->data[b->len] = 0; /* no final newline */
}

static void random_cases(void)
{
	enum { total = 300 };
	struct buf a[total], b[total], ours = {0}, theirs = {0}, res = {0};
	size_t gnu[total];
	unsigned seed = 7;
	int i, same = 0, ok = 1, minimal = 1;

	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	for (i = 0; i < total; i++) {
		gen(&a[i], &seed, (int)(seed >> 20) % 12, 2 + i % 6);
		gen(&b[i], &seed, (int)(seed >> 20) % 12, 2 + i % 6);
		gnu[i] = gnu_queue(a[i].data ? a[i].data : "", a[i].len,
		                   b[i].data ? b[i].data : "", b[i].len, i % 4);
	}
	gnu_run();
	for (i = 0; i < total; i++) {
		size_t edits;
		int ctx = i % 4;

		buf_reset(&ours);
		diff_unified(a[i].data, a[i].len, b[i].data, b[i].len, "old", "new", ctx, &ours);
		gnu_result(gnu[i], &theirs);
		if (apply(a[i].data, a[i].len, &ours, &res, &edits) != 0 ||
		    !T_MEMEQ(res.data, res.len, b[i].data, b[i].len,
		             "random case %d: our diff turns old into new", i))
			ok = 0;
		if (!T_INTEQ(count_edits(&ours), count_edits(&theirs),
		             "random case %d: as few changed lines as diff -u", i))
			minimal = 0;
		same += ours.len == theirs.len && memcmp(ours.data, theirs.data, ours.len) == 0;
		if (getenv("DIFF_SHOW") && !(ours.len == theirs.len && memcmp(ours.data, theirs.data, ours.len) == 0))
			printf("=== ours\n%s=== theirs\n%s", ours.data, theirs.data);
		if (!ok || !minimal)
			break;
	}
	/* Equally short scripts may legitimately differ from GNU's choice, but
	 * the canonical sliding makes that rare; most must agree byte for byte. */
	T_OK(same >= total * 9 / 10, "random cases identical to diff -u: %d of %d", same, (int)total);
	for (i = 0; i < total; i++) {
		buf_free(&a[i]);
		buf_free(&b[i]);
	}
	buf_free(&ours);
	buf_free(&theirs);
	buf_free(&res);
}

static void large_case(void)
{
	struct buf a = {0}, b = {0}, ours = {0}, theirs = {0}, res = {0};
	size_t i, edits, hunks;

	for (i = 0; i < 100000; i++) {
		buf_printf(&a, "option-%zu value %zu\n", i, i * 7);
		if (i == 10)
			buf_adds(&b, "inserted near the top\n");
		if (i == 50000)
			buf_adds(&b, "changed in the middle\n");
		else if (i != 99990)
			buf_printf(&b, "option-%zu value %zu\n", i, i * 7);
	}
	hunks = diff_unified(a.data, a.len, b.data, b.len, "old", "new", 3, &ours);
	T_INTEQ(hunks, 3, "100,000 lines, three separate edits: three hunks");
	T_OK(apply(a.data, a.len, &ours, &res, &edits) == 0 && res.len == b.len &&
	     memcmp(res.data, b.data, b.len) == 0, "large diff applies back to the new file");
	T_INTEQ(edits, 4, "large diff: one insert, one change (2 lines), one delete");
	gnu_diff(a.data, a.len, b.data, b.len, 3, &theirs);
	T_MEMEQ(ours.data, ours.len, theirs.data, theirs.len, "large file: same as diff -u");

	/* two unrelated large files: every line differs, the answer is simple */
	buf_reset(&b);
	for (i = 0; i < 100000; i++)
		buf_printf(&b, "other-%zu\n", i);
	buf_reset(&ours);
	hunks = diff_unified(a.data, a.len, b.data, b.len, "old", "new", 3, &ours);
	T_INTEQ(hunks, 1, "unrelated large files: one hunk");
	T_INTEQ(count_edits(&ours), 200000, "unrelated large files: all lines replaced");
	buf_free(&a);
	buf_free(&b);
	buf_free(&ours);
	buf_free(&theirs);
	buf_free(&res);
}

static void fixed_cases(void)
{
	static const struct {
		const char *name, *a, *b;
	} cases[] = {
		{"identical", "a\nb\nc\n", "a\nb\nc\n"},
		{"insert at start", "a\nb\nc\n", "x\na\nb\nc\n"},
		{"insert in middle", "a\nb\nc\nd\n", "a\nb\nx\nc\nd\n"},
		{"insert at end", "a\nb\nc\n", "a\nb\nc\nx\n"},
		{"delete first", "a\nb\nc\n", "b\nc\n"},
		{"delete middle", "a\nb\nc\nd\ne\n", "a\nb\nd\ne\n"},
		{"delete last", "a\nb\nc\n", "a\nb\n"},
		{"change one", "a\nb\nc\n", "a\nB\nc\n"},
		{"change all", "a\nb\n", "x\ny\nz\n"},
		{"CRLF vs LF", "plugin L2TP.ppp\nl2tpnoipsec\n", "plugin L2TP.ppp\r\nl2tpnoipsec\n"},
		{"no newline at end of old", "a\nb", "a\nb\n"},
		{"no newline at end of new", "a\nb\n", "a\nb"},
		{"no newline on either, last differs", "a\nb", "a\nc"},
		{"no newline on either, first differs", "x\nb", "y\nb"},
		{"empty old", "", "a\nb\n"},
		{"empty new", "a\nb\n", ""},
		{"empty old, one line without newline", "", "a"},
		{"single line to none", "a\n", ""},
		{"repeated line inserted", "a\nb\nb\nc\n", "a\nb\nb\nb\nc\n"},
		{"repeated line deleted", "a\nb\nb\nb\nc\n", "a\nb\nb\nc\n"},
		{"blank line added between blocks", "a\n\nb\n", "a\n\n\nb\n"},
		{"many hunks",
		 "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n21\n22\n",
		 "1\nX\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\nY\n14\n15\n16\n17\n18\n19\n20\n21\nZ\n"},
		{"hunks merge when context overlaps",
		 "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\nX\n3\n4\n5\n6\n7\n8\nY\n10\n11\n12\n"},
		{"hunks just apart", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n",
		 "1\nX\n3\n4\n5\n6\n7\n8\n9\nY\n11\n12\n"},
		{"pppd options edit",
		 "# options\nlock\nnoauth\n#debug\nmtu 1400\nplugin L2TP.ppp\n",
		 "# options\nlock\nnoauth\ndebug\nmtu 1400\nplugin L2TP.ppp\nl2tpnoipsec\n"},
		{"reordered", "a\nb\nc\nd\n", "c\nd\na\nb\n"},
	};
	size_t i;
	int ctx[] = {3, 0, 1, 5};
	size_t j;

	size_t first = gnu_queued;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		for (j = 0; j < sizeof ctx / sizeof ctx[0]; j++)
			gnu_queue(cases[i].a, strlen(cases[i].a), cases[i].b, strlen(cases[i].b), ctx[j]);
	gnu_run();
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		for (j = 0; j < sizeof ctx / sizeof ctx[0]; j++)
			same_as_gnu(cases[i].name, cases[i].a, cases[i].b, ctx[j],
			            first + i * (sizeof ctx / sizeof ctx[0]) + j);
}

static void contract_cases(void)
{
	struct buf out = {0};
	static const char bin_a[] = "a\0b\nc\n", bin_b[] = "a\0b\nd\n";
	size_t h;

	buf_adds(&out, "kept");
	h = diff_unified("x\n", 2, "x\n", 2, "a", "b", 3, &out);
	T_INTEQ(h, 0, "equal inputs: no hunks");
	T_STREQ(out.data, "kept", "equal inputs: nothing appended");
	buf_reset(&out);
	h = diff_unified(bin_a, sizeof bin_a - 1, bin_b, sizeof bin_b - 1, "a", "b", 3, &out);
	T_INTEQ(h, 1, "NUL bytes: one hunk");
	{
		static const char want[] = "--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\0b\n-c\n+d\n";

		T_MEMEQ(out.data, out.len, want, sizeof want - 1, "NUL bytes are copied as they are");
	}
	buf_reset(&out);
	h = diff_unified("a\n", 2, "b\n", 2, "/etc/ppp/options", "/etc/ppp/options (new)", -4, &out);
	T_STREQ(out.data, "--- /etc/ppp/options\n+++ /etc/ppp/options (new)\n@@ -1 +1 @@\n-a\n+b\n",
	        "names in the header; negative context counts as none");
	buf_free(&out);
}

int main(void)
{
	contract_cases();
	if (access(DIFF_PROG, X_OK) != 0) {
		printf("skip: %s is missing, so no comparison with diff -u\n", DIFF_PROG);
		return t_done();
	}
	/* the expected texts are GNU diff's; other diffs number and choose differently */
	if (system(DIFF_PROG " --version 2>/dev/null | grep -q 'GNU diffutils'") != 0) {
		printf("skip: %s is not GNU diff, so no comparison with diff -u\n", DIFF_PROG);
		return t_done();
	}
	if (!mkdtemp(tdir))
		util_die("cannot make a temporary directory");
	fixed_cases();
	random_cases();
	large_case();
	{
		struct buf rm = {0};

		buf_printf(&rm, "rm -rf '%s'", tdir);
		if (system(rm.data) != 0)
			printf("could not remove %s\n", tdir);
		buf_free(&rm);
	}
	return t_done();
}
