/* test_corpus.c - real options files from ../shared/corpus: byte-exact round trips, prose stays prose, one edit changes one directive. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include "t.h"
#include "pppd/catalog.h"
#include "doc_test_util.h"

#define LX LEXER_LINUX
#define AP LEXER_APPLE

static void round_trip(const char *data, size_t len, const char *what)
{
	int dl;

	for (dl = 0; dl < 2; dl++) {
		struct doc d;
		size_t got, i, sum = 0;
		const char *p;
		enum platform pl = dl ? PLATFORM_MACOS : PLATFORM_LINUX;

		doc_load(&d, data, len, dl ? AP : LX, catalog_arity, &pl);
		p = doc_bytes(&d, &got);
		T_MEMEQ(p, got, data, len, "round trip (%s) of %s", dl ? "apple" : "linux", what);
		for (i = 0; i < d.nlines; i++)
			sum += doc_line_len(&d, i);
		T_INTEQ(sum, len, "lines cover every byte of %s", what);
		T_OK(!doc_modified(&d), "fresh doc is unmodified: %s", what);
		doc_free(&d);
	}
}

static void test_corpus(const char *dir)
{
	DIR *dd = opendir(dir);
	struct dirent *de;
	int files = 0;

	if (!T_OK(dd != NULL, "needs the corpus at %s (../shared/corpus, or SHARED=DIR)", dir))
		return;
	while ((de = readdir(dd))) {
		struct buf path = { NULL, 0, 0 };
		size_t len;
		char *data;

		if (de->d_name[0] == '.' || strstr(de->d_name, ".tsv"))
			continue;
		buf_printf(&path, "%s/%s", dir, de->d_name);
		data = tu_read_file(path.data, &len);
		buf_free(&path);
		if (!data)
			continue;
		round_trip(data, len, de->d_name);
		files++;
		free(data);
	}
	closedir(dd);
	T_OK(files >= 10, "the corpus has files (%d)", files);
}

/* Real files: lines a person reads as prose must not become directives. */
static void test_corpus_prose(const char *dir, struct buf *b)
{
	static const struct { const char *file, *line; int kind; } want[] = {
		{ "ppp-project__ppp__sample_options", "# The name of this server. Often, the FQDN is used here.", DOC_COMMENT },
		{ "ppp-project__ppp__sample_options", "#name <host>", DOC_DISABLED },
		{ "ppp-project__ppp__sample_options", "#ipcp-accept-local", DOC_DISABLED },
		{ "ppp-project__ppp__sample_options", "#ms-dns 192.168.1.1", DOC_DISABLED },
		{ "ppp-project__ppp__sample_options", "#disconnect \"chat -- \\d+++\\d\\c OK ath0 OK\"", DOC_DISABLED },
		{ "ppp-project__ppp__sample_options", "usehostname", DOC_DIRECTIVE },
		{ "axray__dataware.dreamplug__etc_ppp_options", "# Use the system password database for authenticating the peer using", DOC_COMMENT },
		{ "axray__dataware.dreamplug__etc_ppp_options", "# login", DOC_DISABLED },
		{ "axray__dataware.dreamplug__etc_ppp_options", "#mtu <n>", DOC_DISABLED },
		{ "axray__dataware.dreamplug__etc_ppp_options", "# the \"passive\" option with old versions of pppd).", DOC_COMMENT },
	};
	enum platform p = PLATFORM_LINUX;
	size_t i;

	for (i = 0; i < sizeof want / sizeof want[0]; i++) {
		struct buf path = { NULL, 0, 0 };
		size_t len, l, n = strlen(want[i].line);
		char *data;
		struct doc d;
		int found = 0;

		buf_printf(&path, "%s/%s", dir, want[i].file);
		data = tu_read_file(path.data, &len);
		T_OK(data != NULL, "needs %s (../shared/corpus, or SHARED=DIR)", path.data);
		buf_free(&path);
		if (!data)
			continue;
		doc_load(&d, data, len, LX, catalog_arity, &p);
		for (l = 0; l < d.nlines; l++) {
			const char *s = data + d.lines[l].off;

			if (doc_line_len(&d, l) >= n + 1 && memcmp(s, want[i].line, n) == 0 &&
			    (s[n] == '\n' || s[n] == '\r')) {
				found = 1;
				T_INTEQ(d.lines[l].kind, want[i].kind, "%s: %s", want[i].file, want[i].line);
			}
		}
		T_OK(found, "line present in %s: %s", want[i].file, want[i].line);
		doc_free(&d);
		free(data);
	}
	(void)b;
}

/* For each real file: one edit changes that directive's lines and no others. */
static void test_corpus_edit(const char *dir, struct buf *b)
{
	static const char *const val[] = { "pppconf-test" };
	DIR *dd = opendir(dir);
	struct dirent *de;
	enum platform p = PLATFORM_LINUX;
	int files = 0;

	if (!T_OK(dd != NULL, "needs the corpus at %s (../shared/corpus, or SHARED=DIR)", dir))
		return;
	while ((de = readdir(dd))) {
		struct buf path = { NULL, 0, 0 };
		size_t len, i, glen, pre, post, out;
		char *data;
		const char *got;
		struct doc d;
		int rc = -1;

		if (de->d_name[0] == '.' || strstr(de->d_name, ".tsv"))
			continue;
		buf_printf(&path, "%s/%s", dir, de->d_name);
		data = tu_read_file(path.data, &len);
		buf_free(&path);
		if (!data)
			continue;
		doc_load(&d, data, len, LX, catalog_arity, &p);
		for (i = 0; i < d.nentries; i++)
			if (!d.entries[i].disabled && d.entries[i].nwords == 2 && d.entries[i].arity == 1)
				break;
		if (i == d.nentries)
			for (i = 0; i < d.nentries && d.entries[i].disabled; i++)
				;
		if (i == d.nentries) {
			doc_free(&d);
			free(data);
			continue;
		}
		pre = d.lines[d.entries[i].line_first].off;
		post = len - (d.lines[d.entries[i].line_last].off +
		              doc_line_len(&d, d.entries[i].line_last));
		if (d.entries[i].nwords == 2) {
			rc = doc_set_args(&d, i, val, 1, &out);
			T_OK(rc == 0 && out == i, "%s: set_args on entry %zu", de->d_name, i);
			if (rc == 0)
				T_OK(doc_word_is(&d, d.entries[out].word + 1, "pppconf-test"),
				     "%s: value reads back", de->d_name);
		} else {
			rc = doc_set_disabled(&d, i, 1, &out);
			T_OK(rc == 0, "%s: disable entry %zu: %s", de->d_name, i, d.error);
		}
		got = doc_bytes(&d, &glen);
		T_OK(glen >= pre + post && memcmp(got, data, pre) == 0 &&
		     memcmp(got + glen - post, data + len - post, post) == 0,
		     "%s: only the directive's lines changed", de->d_name);
		T_OK(glen != len || memcmp(got, data, len) != 0, "%s: something changed", de->d_name);
		T_OK(doc_undo(&d) == 0, "%s: undo", de->d_name);
		got = doc_bytes(&d, &glen);
		T_MEMEQ(got, glen, data, len, "%s: undo restores the file", de->d_name);
		files++;
		doc_free(&d);
		free(data);
	}
	closedir(dd);
	T_OK(files >= 10, "edited corpus files (%d)", files);
	(void)b;
}

int main(void)
{
	struct buf b[2] = { { NULL, 0, 0 }, { NULL, 0, 0 } };
	const char *shared = getenv("SHARED");
	struct buf dir = { NULL, 0, 0 };

	buf_printf(&dir, "%s/corpus", shared && *shared ? shared : "../shared");
	test_corpus(dir.data);
	test_corpus_prose(dir.data, b);
	test_corpus_edit(dir.data, b);
	buf_free(&b[0]);
	buf_free(&b[1]);
	buf_free(&dir);
	return t_done();
}
