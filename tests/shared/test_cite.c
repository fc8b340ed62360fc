/* test_cite.c - every catalogue citation opens on a line of the pinned pppd sources that says what it claims (needs ../shared/upstream). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "fix/fix.h"
#include "pppd/catalog.h"
#include "t.h"
#include "cite_apple.h"
#include "cite_comment.h"

/* The three source trees of ../shared/upstream/README.md. */
static const char *const cite_trees[] = {
	"linux-ppp-2.5.3/", "linux-ppp-2.4.9/", "apple-ppp-1027.121.1/"
};

/* Line n (1-based) of the file, without its line end; 0 when the file or
 * the line is missing. */
static int cite_line(const char *root, const char *path, long n, struct buf *out)
{
	char full[8192];
	char line[8192];
	FILE *f;
	long k = 0;

	snprintf(full, sizeof full, "%s/%s", root, path);
	f = fopen(full, "r");
	if (!f)
		return 0;
	buf_reset(out);
	while (fgets(line, sizeof line, f))
		if (++k == n) {
			buf_adds(out, line);
			break;
		}
	fclose(f);
	return k == n;
}

/* Compares dotted release numbers: <0, 0, >0. */
static int cite_vercmp(const char *a, const char *b)
{
	while (*a || *b) {
		long x = strtol(a, (char **)&a, 10), y = strtol(b, (char **)&b, 10);
		if (x != y)
			return x < y ? -1 : 1;
		if (*a == '.')
			a++;
		if (*b == '.')
			b++;
		if (!*a != !*b)
			return *a ? 1 : -1;
	}
	return 0;
}

/* Whether Linux release `rel` ("2.4.9", "2.5.3") lacks the row: it came
 * later or was removed by then. */
static int cite_removed(const struct catalog_entry *e, const char *rel)
{
	if (e->linux_since && strncmp(e->linux_since, "after ", 6) == 0)
		return cite_vercmp(e->linux_since + 6, rel) >= 0;
	if (e->linux_since && cite_vercmp(e->linux_since, rel) > 0)
		return 1;
	return e->linux_removed && cite_vercmp(e->linux_removed, rel) <= 0;
}

/* Rows no pinned source backs (tests/shared/unverified_rows.txt, one
 * "name platform" per line): each must say so in its explanation. */
static int cite_unverified(const char *list, const struct catalog_entry *e)
{
	char want[256];

	snprintf(want, sizeof want, "\n%s %s\n", e->name,
	         e->platforms == PLATFORM_MACOS ? "macos" :
	         e->platforms == PLATFORM_LINUX ? "linux" : "both");
	return strstr(list, want) != NULL;
}

/* A citation backs what pppd does with a line of code; a comment is only
 * its authors' word, so the line must not be all comment and `sym` (what
 * the citation looks for) must be on it outside any comment. A description
 * `says` that begins "comment:" makes the claim one about what the authors
 * wrote: then `sym` must be in a comment. `who` names the citation. */
static void cite_code(const char *root, const char *who, const char *loc, long lineno,
                      const char *says, const char *sym)
{
	int in = cite_in_comment(root, loc, lineno);

	if (strncmp(says, "comment:", 8) == 0) {
		T_OK(in || !cite_in_code(root, loc, lineno, sym), "%s: %s:%ld has '%s' in its code, "
		     "not in a comment: drop 'comment:'", who, loc, lineno, sym);
		return;
	}
	T_OK(!in, "%s: %s:%ld is a comment, not code: cite the line that does it (or begin the "
	     "description 'comment:' when the claim is what the authors wrote)", who, loc, lineno);
	T_OK(in || cite_in_code(root, loc, lineno, sym), "%s: %s:%ld has '%s' only in a comment: "
	     "cite the code that does it", who, loc, lineno, sym);
}

/* Checks one row's citations; sets bit 1 << tree in *have for each tree
 * whose option table (or, for a pattern, whose code) it cites. */
static void cite_row(const char *root, const struct catalog_entry *e, unsigned *have)
{
	const char *p = e->cite;
	struct buf line = { 0 };

	while (*p) {
		const char *end = strchr(p, '\n'), *sp, *colon, *says;
		char loc[1024], sym[256], desc[1024];
		size_t n = end ? (size_t)(end - p) : strlen(p), ln, sl;
		long lineno;
		int tree = -1, i;

		sp = memchr(p, ' ', n);
		ln = sp ? (size_t)(sp - p) : n;
		T_OK(sp && ln < sizeof loc, "%s: a citation is '<folder>/<path>:<line> <symbol>': '%.*s'",
		     e->name, (int)n, p);
		/* two citations run together (a "\n" left out between two string
		 * pieces) would hide the second from this test */
		if (sp && n - ln < sizeof desc) {
			memcpy(desc, sp, n - ln);
			desc[n - ln] = '\0';
			for (i = 0; i < 3 && !strstr(desc, cite_trees[i]); i++)
				;
			if (i < 3)
				T_OK(0, "%s: one citation a line, not two run together: '%.*s'",
				     e->name, (int)n, p);
		}
		if (!sp || ln >= sizeof loc)
			goto next;
		memcpy(loc, p, ln);
		loc[ln] = '\0';
		sl = strcspn(sp + 1, " \n");
		snprintf(sym, sizeof sym, "%.*s", (int)sl, sp + 1);
		colon = strrchr(loc, ':');
		lineno = colon ? strtol(colon + 1, NULL, 10) : 0;
		for (i = 0; i < 3; i++)
			if (strncmp(loc, cite_trees[i], strlen(cite_trees[i])) == 0)
				tree = i;
		T_OK(tree >= 0 && colon && lineno > 0, "%s: '%s' names one of the pinned trees and a line",
		     e->name, loc);
		if (tree < 0 || !colon || lineno <= 0)
			goto next;
		loc[colon - loc] = '\0';
		if (!T_OK(cite_line(root, loc, lineno, &line), "%s: %s has a line %ld", e->name, loc,
		          lineno))
			goto next;
		T_OK(sym[0] && strstr(line.data, sym), "%s: %s:%ld holds '%s'", e->name, loc, lineno, sym);
		says = sp + 1 + sl;
		says += says < p + n && *says == ' ';
		snprintf(desc, sizeof desc, "%.*s", (int)(p + n - says), says);
		cite_code(root, e->name, loc, lineno, desc, sym);
		T_OK(strncmp(desc, "comment:", 8) || (e->explain && strstr(e->explain, "comment")),
		     "%s: %s:%ld cites a comment: the text must say it is the source's comment",
		     e->name, loc, lineno);
		T_OK(tree != 2 || !cite_not_on_apple(root, loc, lineno), "%s: %s:%ld is left out of "
		     "Apple's build (an #if about __APPLE__): cite the Mac's branch", e->name, loc, lineno);
		if (strcmp(sym, e->name) == 0 || (e->flags & CATALOG_WILDCARD))
			*have |= 1u << tree;
	next:
		p = end ? end + 1 : p + n;
	}
	buf_free(&line);
}

/* A table's citations, "<folder>/<path>:<line> <text>" one a line: each
 * line holds its text (after "comment: ", when it cites a comment).
 * Returns how many were checked. */
static size_t cite_text(const char *root, const char *who, const char *cite)
{
	struct buf line = { 0 };
	const char *p = cite ? cite : "";
	size_t n = 0;

	while (*p) {
		char loc[1024], sym[256];
		const char *end = strchr(p, '\n'), *sp = strchr(p, ' '), *colon, *want;
		size_t len = end ? (size_t)(end - p) : strlen(p);
		long lineno;

		if (!T_OK(sp && sp < p + len && (size_t)(sp - p) < sizeof loc,
		          "%s: '<folder>/<path>:<line> <text>'", who))
			break;
		snprintf(loc, sizeof loc, "%.*s", (int)(sp - p), p);
		snprintf(sym, sizeof sym, "%.*s", (int)(p + len - sp - 1), sp + 1);
		colon = strrchr(loc, ':');
		lineno = colon ? strtol(colon + 1, NULL, 10) : 0;
		if (colon)
			loc[colon - loc] = '\0';
		want = strncmp(sym, "comment: ", 9) == 0 ? sym + 9 : sym;
		if (T_OK(lineno > 0 && cite_line(root, loc, lineno, &line), "%s: %s:%ld exists", who,
		         loc, lineno))
			T_OK(strstr(line.data, want) != NULL, "%s: %s:%ld holds '%s'", who, loc, lineno,
			     want);
		cite_code(root, who, loc, lineno, sym, want);
		T_OK(strncmp(loc, cite_trees[2], strlen(cite_trees[2])) ||
		     !cite_not_on_apple(root, loc, lineno), "%s: %s:%ld is left out of Apple's build "
		     "(an #if about __APPLE__): cite the Mac's branch", who, loc, lineno);
		n++;
		p = end ? end + 1 : p + len;
	}
	buf_free(&line);
	return n;
}

/* The legacy spellings' and the fixes' citations. */
static void cite_tables(const char *root)
{
	size_t i, n = 0, nf = 0;

	for (i = 0; i < catalog_legacy_count(); i++)
		n += cite_text(root, catalog_legacy_at(i)->word, catalog_legacy_at(i)->cite);
	for (i = 0; i < fix_count(); i++) {
		nf += cite_text(root, fix_at(i)->name, fix_at(i)->cite);
		T_OK(fix_at(i)->reverts || (fix_at(i)->cite && *fix_at(i)->cite),
		     "fix %s cites where its facts are", fix_at(i)->name);
	}
	printf("# %zu legacy citations, %zu fix citations\n", n, nf);
}

/* The comment rule on a small C file whose strings and character literals
 * hold comment markers: a citation of line k must be refused exactly when
 * want[k - 1] is '1', and a word in a trailing comment is not code. */
static void cite_comment_rule(void)
{
	static const char *const src =
		"int a; /* code first */\n"         /* 1: code */
		"/* a block\n"                      /* 2: comment */
		"\n"                                /* 3: blank, inside it */
		"   goes on\n"                      /* 4: comment */
		"   ends */ int b;\n"               /* 5: code after the close */
		"// a line comment\n"               /* 6: comment */
		"char *s = \"/* not one\";\n"       /* 7: code */
		"int c; // trailing\n"              /* 8: code */
		"char q = \'\\\'\', *t = \"//\";\n" /* 9: code */
		"char *u = \"a\\\"/*\";\n"          /* 10: code, the quote is escaped */
		"\t/* indented */\n"                /* 11: comment */
		"int d; /* opens\n"                 /* 12: code */
		"  closes */\n"                     /* 13: comment */
		"// goes on \\\n"                   /* 14: comment */
		"   still the comment\n"            /* 15: comment (backslash-newline) */
		"int e;\n";                         /* 16: code */
	static const char want[] = "0111010000101110";
	char dir[] = "/tmp/pppconf-cite-XXXXXX", path[64];
	FILE *f;
	long k;

	if (!T_OK(mkdtemp(dir) != NULL, "a folder for the comment rule's own test"))
		return;
	snprintf(path, sizeof path, "%s/x.c", dir);
	f = fopen(path, "w");
	if (T_OK(f != NULL, "%s opens", path)) {
		fputs(src, f);
		fclose(f);
		for (k = 1; k <= 16; k++)
			T_INTEQ(cite_in_comment(dir, "x.c", k), want[k - 1] - '0',
			        "x.c:%ld is %s", k, want[k - 1] == '1' ? "a comment" : "code");
		T_OK(cite_in_code(dir, "x.c", 7, "/* not one"), "x.c:7: a string's /* is code");
		T_OK(cite_in_code(dir, "x.c", 8, "int c;"), "x.c:8 has code");
		T_OK(!cite_in_code(dir, "x.c", 8, "trailing"), "x.c:8: 'trailing' is in a comment");
		T_OK(!cite_in_code(dir, "x.c", 12, "opens"), "x.c:12: 'opens' is in a comment");
		T_OK(cite_in_code(dir, "x.c", 5, "int b;") && !cite_in_code(dir, "x.c", 5, "ends"),
		     "x.c:5: code only after the comment closes");
		unlink(path);
	}
	rmdir(dir);
}

int main(void)
{
	const char *shared = getenv("SHARED");
	char root[4096];
	struct buf list = { 0 };
	FILE *f;
	size_t i, cited = 0, unverified = 0;
	char chunk[4096];
	size_t got;

	snprintf(root, sizeof root, "%s/upstream", shared ? shared : "../shared");
	f = fopen("tests/shared/unverified_rows.txt", "r");
	buf_adds(&list, "\n");
	while (f && (got = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&list, chunk, got);
	if (f)
		fclose(f);
	buf_adds(&list, "\n");

	cite_comment_rule();
	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *e = catalog_at(i);
		unsigned have = 0;

		if (!e->cite || !e->cite[0]) {
			T_OK(cite_unverified(list.data, e), "%s (platforms %u) has no citation", e->name,
			     e->platforms);
			T_OK(e->explain && strstr(e->explain, CATALOG_UNVERIFIED) != NULL,
			     "%s has no citation: its explanation must say it is not verified",
			     e->name);
			unverified++;
			continue;
		}
		T_OK(!cite_unverified(list.data, e), "%s is cited: take it off unverified_rows.txt",
		     e->name);
		T_OK(!e->explain || !strstr(e->explain, CATALOG_UNVERIFIED),
		     "%s is cited: its explanation must not say it is not verified", e->name);
		cite_row(root, e, &have);
		T_OK(!(e->platforms & PLATFORM_LINUX) || cite_removed(e, "2.5.3") || (have & 1),
		     "%s: Linux 2.5.3 has it: cite its option table", e->name);
		T_OK(!(e->platforms & PLATFORM_LINUX) || cite_removed(e, "2.4.9") || (have & 2),
		     "%s: Linux 2.4.9 has it: cite its option table", e->name);
		T_OK(!(e->platforms & PLATFORM_MACOS) || (have & 4),
		     "%s: Apple's pppd has it: cite its option table", e->name);
		/* A release number is a claim too: the release notes in the
		 * pinned READMEs name it ("after X" says they do not). */
		T_OK(!(e->platforms & PLATFORM_LINUX) ||
		     !((e->linux_since && strncmp(e->linux_since, "after ", 6) != 0) ||
		       e->linux_removed || e->linux_priv_since) ||
		     strstr(e->cite, "/README:") != NULL,
		     "%s: its Linux release numbers need a citation of the release notes "
		     "(linux-ppp-2.5.3/README, linux-ppp-2.4.9/README)", e->name);
		cited++;
	}
	printf("# %zu rows cited, %zu not verified\n", cited, unverified);
	cite_tables(root);
	buf_free(&list);
	return t_done();
}
