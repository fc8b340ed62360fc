/* fuzz_doc.c - libFuzzer target: any bytes through the lexer, the doc (edits, undo) and the checks. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/catalog.h"
#include "check/check.h"
#include "pppd/doc.h"
#include "pppd/facts.h"
#include "pppd/lexer.h"
#include "../unit/doc_test_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(c) do { if (!(c)) fuzz_fail(#c, __LINE__); } while (0)

static void fuzz_fail(const char *what, int line)
{
	fprintf(stderr, "fuzz_doc.c:%d: invariant violated: %s\n", line, what);
	abort();
}

/* A few names of each kind so that grouping, wildcards and disabled
 * comments all happen; the catalogue is not needed here. */
static int fuzz_arity(void *ctx, const char *w, size_t len, int names_only)
{
	static const char *const zero[] = { "debug", "noauth", "lock", "persist", "a", "-d", NULL };
	static const char *const one[] = { "mtu", "user", "plugin", "b", "name", NULL };

	(void)ctx;
	(void)names_only;
	return tu_arity_in(zero, one, w, len);
}

static void fuzz_lexer(const uint8_t *data, size_t size, enum lexer_dialect d)
{
	struct lexer lx;
	struct lexer_token t;
	size_t prev_end = 0, last_line = 1;

	lexer_init(&lx, (const char *)data, size, d);
	while (lexer_next(&lx, &t)) {
		FUZZ_CHECK(t.start >= prev_end && t.start < t.end && t.end <= size);
		FUZZ_CHECK(t.line >= last_line && t.line <= t.end_line);
		if (t.kind == LEXER_WORD) {
			FUZZ_CHECK(t.len <= LEXER_MAXWORD && t.len <= t.full_len);
			FUZZ_CHECK(!!(t.flags & LEXER_TRUNCATED) == (t.full_len > LEXER_MAXWORD));
			FUZZ_CHECK(t.text[t.len] == '\0');
			FUZZ_CHECK(!(t.flags & LEXER_EOF_DROPPED) || (t.len == 0 && t.end == size));
		} else {
			FUZZ_CHECK(t.text[0] == '#' && !memchr(t.text, '\n', t.len));
			FUZZ_CHECK(t.text == (const char *)data + t.start && t.len == t.end - t.start);
		}
		prev_end = t.end;
		last_line = t.end_line;
	}
	FUZZ_CHECK(lx.pos == size);
	lexer_free(&lx);
}

/* A value written with lexer_quote() reads back as exactly one equal word. */
static void fuzz_quote(const uint8_t *v, size_t n)
{
	struct buf b = { NULL, 0, 0 };
	int d;

	if (!lexer_quotable((const char *)v, n))
		return;
	lexer_quote(&b, (const char *)v, n);
	buf_addc(&b, '\n');
	for (d = 0; d < 2; d++) {
		struct lexer lx;
		struct lexer_token t;

		lexer_init(&lx, b.data, b.len, d ? LEXER_APPLE : LEXER_LINUX);
		FUZZ_CHECK(lexer_next(&lx, &t) && t.kind == LEXER_WORD);
		FUZZ_CHECK(t.len == n && memcmp(t.text, v, n) == 0 && !(t.flags & LEXER_EOF_DROPPED));
		FUZZ_CHECK(!lexer_next(&lx, &t));
		lexer_free(&lx);
	}
	buf_free(&b);
}

/* Each word's value is what the lexer decodes from its raw bytes, and it
 * starts on the line its first byte is on. A disabled word was read from
 * its comment, which ends at the line's end. */
static void fuzz_values_kept(const struct doc *d)
{
	struct lexer lx;
	struct lexer_token t;
	size_t i, vl, len, n;
	const char *text = doc_bytes(d, &len);

	for (i = 0; i < d->nwords; i++) {
		const struct doc_word *w = &d->words[i];
		const char *v = doc_word_bytes(d, i, &vl);

		FUZZ_CHECK(w->start < w->end && w->end <= len && vl == w->len && v[vl] == '\0');
		FUZZ_CHECK(w->line == doc_line_of(d, w->start));
		n = len - w->start;
		if (w->flags & DOC_WORD_DISABLED) {
			const char *nl = memchr(text + w->start, '\n', n);

			n = nl ? (size_t)(nl - text) - w->start : n;
		}
		lexer_init(&lx, text + w->start, n, d->dialect);
		FUZZ_CHECK(lexer_next(&lx, &t) && t.kind == LEXER_WORD && t.end == w->end - w->start);
		FUZZ_CHECK(t.len == vl && memcmp(t.text, v, vl) == 0);
		FUZZ_CHECK((t.flags | DOC_WORD_DISABLED) == (w->flags | DOC_WORD_DISABLED));
		lexer_free(&lx);
	}
}

static void fuzz_invariants(const struct doc *d)
{
	size_t i, len, prev = 0;
	const char *text = doc_bytes(d, &len);

	for (i = 0; i < d->nlines; i++) {
		size_t n = doc_line_len(d, i);
		const char *nl = memchr(text + prev, '\n', n);

		FUZZ_CHECK(d->lines[i].off == prev && n > 0);
		/* one newline, the line's last byte; only the last line may lack it */
		FUZZ_CHECK(nl ? nl == text + prev + n - 1 : i + 1 == d->nlines);
		prev += n;
	}
	FUZZ_CHECK(prev == len);
	for (i = 0; i < d->nentries; i++) {
		const struct doc_entry *e = &d->entries[i];

		FUZZ_CHECK(e->nwords >= 1 && e->word + e->nwords <= d->nwords);
		FUZZ_CHECK(e->start < e->end && e->end <= len);
		FUZZ_CHECK(e->line_first <= e->line_last && e->line_last < d->nlines);
		if (i)
			FUZZ_CHECK(d->entries[i - 1].end <= e->start);
		FUZZ_CHECK(doc_entry_at_line(d, e->line_first) <= i);
	}
	fuzz_values_kept(d);
}

static const char *const fuzz_values[] = {
	"1400", "", "a b", "it's \"x\"", "#x", "x\\y", "\t\n", "debug", "\xc3\xa9", "mtu",
};
#define FUZZ_NVALUES (sizeof fuzz_values / sizeof fuzz_values[0])

static void fuzz_edits(const uint8_t *data, size_t size, enum lexer_dialect dl)
{
	struct doc d;
	const char *bytes;
	size_t len, k;
	const uint8_t *ctl = data;
	size_t nctl = size < 24 ? size : 24;

	doc_load(&d, (const char *)data, size, dl, fuzz_arity, NULL);
	bytes = doc_bytes(&d, &len);
	FUZZ_CHECK(len == size && (size == 0 || memcmp(bytes, data, size) == 0));
	FUZZ_CHECK(!doc_modified(&d));
	fuzz_invariants(&d);

	for (k = 0; k + 3 <= nctl; k += 3) {
		unsigned op = ctl[k] % 7;
		size_t e = d.nentries ? ctl[k + 1] % d.nentries : 0, out = SIZE_MAX;
		const char *v[2];
		struct buf before = { NULL, 0, 0 };
		int rc = -1;

		v[0] = fuzz_values[ctl[k + 2] % FUZZ_NVALUES];
		v[1] = fuzz_values[(ctl[k + 2] / 16) % FUZZ_NVALUES];
		bytes = doc_bytes(&d, &len);
		buf_add(&before, bytes, len);
		if (op == 0 && d.nentries) {
			size_t n = ctl[k + 2] % 3 == 0 ? 0 : 1;

			rc = doc_set_args(&d, e, v, n, &out);
			if (rc == 0 && out != SIZE_MAX && !d.entries[out].disabled) {
				FUZZ_CHECK(d.entries[out].nwords >= 1 + n);
				if (n) {
					size_t vl;
					const char *got = doc_word_bytes(&d, d.entries[out].word + 1, &vl);

					FUZZ_CHECK(vl == strlen(v[0]) && memcmp(got, v[0], vl) == 0);
				}
			}
		} else if (op == 1) {
			const char *w[2] = { ctl[k + 2] & 1 ? "mtu" : "debug", v[1] };

			rc = doc_insert(&d, ctl[k + 1] % (d.nlines + 1), w, ctl[k + 2] & 1 ? 2 : 1, &out);
			if (rc == 0) {
				size_t vl;
				const char *got;

				FUZZ_CHECK(out < d.nentries && !d.entries[out].disabled);
				got = doc_word_bytes(&d, d.entries[out].word, &vl);
				FUZZ_CHECK(vl == strlen(w[0]) && memcmp(got, w[0], vl) == 0);
			}
		} else if (op == 2 && d.nentries) {
			rc = doc_delete(&d, e);
		} else if (op == 3 && d.nentries) {
			rc = doc_set_disabled(&d, e, !d.entries[e].disabled, &out);
		} else if (op == 4 && d.nentries) {
			rc = doc_move(&d, e, ctl[k + 2] & 1 ? 1 : -1, &out);
		} else if (op == 5) {
			doc_undo(&d);
		} else if (op == 6) {
			doc_redo(&d);
		}
		if (rc < 0 && op <= 4) {
			/* a refused edit changes nothing */
			bytes = doc_bytes(&d, &len);
			FUZZ_CHECK(len == before.len && (len == 0 || memcmp(bytes, before.data, len) == 0));
		} else if (op <= 4) {
			FUZZ_CHECK(out == SIZE_MAX || out < d.nentries);
		}
		buf_free(&before);
		fuzz_invariants(&d);
	}
	/* undo everything: the input comes back byte for byte */
	while (doc_undo(&d) == 0)
		;
	bytes = doc_bytes(&d, &len);
	FUZZ_CHECK(len == size && (size == 0 || memcmp(bytes, data, size) == 0));
	FUZZ_CHECK(!doc_modified(&d));
	while (doc_redo(&d) == 0)
		;
	while (doc_undo(&d) == 0)
		;
	bytes = doc_bytes(&d, &len);
	FUZZ_CHECK(len == size && (size == 0 || memcmp(bytes, data, size) == 0));
	doc_free(&d);
}

/* The checks on the real catalogue, as the editor and `pppconf check` run
 * them: every finding readable, on a line of the file and an entry of it,
 * counted once by severity and found once through the index by entry. */
static void fuzz_check(const uint8_t *data, size_t size, enum platform p)
{
	struct doc d;
	struct check_report r;
	struct check_file f;
	const struct check_finding *x;
	size_t i, pos, seen = 0, count[3] = { 0, 0, 0 };

	memset(&f, 0, sizeof f);
	f.path = "/etc/ppp/options";
	f.have_stat = 1;
	f.mode = 0666;
	f.uid = 5;
	doc_load(&d, (const char *)data, size, lexer_dialect_for(p), catalog_arity, &p);
	check_run(&d, p, size & 1 ? &f : NULL, &r);
	for (i = 0; i < r.n; i++) {
		const struct check_finding *g = &r.items[i];
		size_t e = check_finding_entry(g);

		FUZZ_CHECK(check_message(&r, g) != NULL && check_finding_id(g) != NULL);
		FUZZ_CHECK(g->line <= d.nlines);
		FUZZ_CHECK(e == SIZE_MAX || e < d.nentries);
		FUZZ_CHECK(i == 0 || r.items[i - 1].line <= g->line);
		(void)check_fix(&r, g);
		(void)check_replacement(&r, g);
		count[check_finding_severity(g)]++;
	}
	FUZZ_CHECK(count[0] == r.count[0] && count[1] == r.count[1] && count[2] == r.count[2]);
	check_report_index(&r);
	for (i = 0; i <= d.nentries; i++) {
		pos = 0;
		while ((x = check_entry_next(&r, i == d.nentries ? SIZE_MAX : i, &pos)) != NULL)
			seen++;
		if (i < d.nentries) {
			struct buf b = { NULL, 0, 0 };

			facts_entry_text(&d, i, p, 0, &b);
			buf_free(&b);
		}
	}
	FUZZ_CHECK(seen == r.n);
	check_report_free(&r);
	doc_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t cut;

	fuzz_lexer(data, size, LEXER_LINUX);
	fuzz_lexer(data, size, LEXER_APPLE);
	fuzz_edits(data, size, LEXER_LINUX);
	fuzz_edits(data, size, LEXER_APPLE);
	fuzz_check(data, size, PLATFORM_LINUX);
	fuzz_check(data, size, PLATFORM_MACOS);
	cut = size > 40 ? 40 : size;
	fuzz_quote(data, cut);
	if (size > cut)
		fuzz_quote(data + cut, size - cut > 1100 ? 1100 : size - cut);
	return 0;
}
