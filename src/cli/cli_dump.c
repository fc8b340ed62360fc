/* cli_dump.c - `pppconf dump`: every word pppd will read from an options file, one a line.
 *
 * Output format. Lines starting with '#' are headers and notes; every other
 * line is one word pppd reads, in the order it reads them, as five fields
 * separated by one tab:
 *
 *   line       1-based line on which the word starts
 *   word       the word as pppd stores it (quotes and escapes resolved, cut
 *              to 1023 bytes); bytes outside printable ASCII appear as \xHH
 *              and a backslash as \\, so a field never holds a tab or newline
 *   entry      1-based number of the directive the word belongs to (its name
 *              and its argument share the number), "-" for none
 *   directive  that directive's name, escaped the same way, "-" for none
 *   flags      comma-separated, "-" when there are none:
 *                quoted        a quote character took part
 *                escaped       a backslash escape took part
 *                joined        a backslash-newline joined lines inside it
 *                truncated     longer than 1023 bytes; pppd keeps the start
 *                unterminated  a quote runs to the end of the file
 *                nul           an escape made a NUL; pppd's string ends there
 *                dropped-at-eof  `""` as the last bytes (Linux): pppd reads
 *                              no word here (listed, but not read)
 *                unknown       pppd does not know this name and stops here
 *                pattern       recognised by pattern (speed, device, a:b)
 *                arg-missing   the file ends before this option's argument
 *                arg-next-line this argument comes from a later line
 *
 * After the words, commented-out directives (which pppd skips) are listed as
 * "#<TAB>line<TAB>name args...". Exit status 0, or 2 when the file cannot be
 * read (the reason goes to stderr). --json gives the same as one object
 * (man/pppconf-json.schema.json). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/buf.h"
#include "cli/cli_edit.h"
#include "cli/cli_json.h"
#include "pppd/facts.h"

static void cli_dump_flag(struct buf *b, int *first, const char *name)
{
	buf_adds(b, *first ? "\t" : ",");
	buf_adds(b, name);
	*first = 0;
}

static void cli_dump_flags(struct buf *b, unsigned wf, const struct doc_entry *e, int is_name,
                           int is_arg)
{
	static const struct { unsigned bit; const char *name; } lexf[] = {
		{ LEXER_QUOTED, "quoted" }, { LEXER_ESCAPED, "escaped" },
		{ LEXER_JOINED, "joined" }, { LEXER_TRUNCATED, "truncated" },
		{ LEXER_UNTERMINATED, "unterminated" }, { LEXER_HAS_NUL, "nul" },
		{ LEXER_EOF_DROPPED, "dropped-at-eof" },
	};
	size_t i;
	int first = 1;

	for (i = 0; i < sizeof lexf / sizeof lexf[0]; i++)
		if (wf & lexf[i].bit)
			cli_dump_flag(b, &first, lexf[i].name);
	if (e && is_name && e->arity == DOC_UNKNOWN)
		cli_dump_flag(b, &first, "unknown");
	if (e && is_name && e->arity != DOC_UNKNOWN && (e->arity & DOC_WILDCARD))
		cli_dump_flag(b, &first, "pattern");
	if (e && is_name && (e->flags & DOC_ARG_MISSING))
		cli_dump_flag(b, &first, "arg-missing");
	if (e && is_arg && (e->flags & DOC_ARG_NEXT_LINE))
		cli_dump_flag(b, &first, "arg-next-line");
	if (first)
		buf_adds(b, "\t-");
}

static void cli_dump_word(struct buf *b, const struct doc *d, size_t w)
{
	size_t len;
	const char *v = doc_word_bytes(d, w, &len);

	buf_add_escaped(b, v, len);
}

/* The value of a password or shared secret, unless --reveal asked for it:
 * dumps end up in logs and bug reports. */
static void cli_dump_value(struct buf *b, const struct doc *d, size_t entry, size_t j,
                           enum platform p, int reveal)
{
	if (j > 0 && !reveal && facts_secret(d, entry, p))
		buf_adds(b, FACTS_MASK);
	else
		cli_dump_word(b, d, d->entries[entry].word + j);
}

static void cli_dump_render(const struct doc *d, const char *path, enum platform p,
                            int reveal, struct buf *b)
{
	size_t i, j, nwords = 0, ndirectives = 0, ndisabled = 0;

	buf_adds(b, "# ");
	buf_add_escaped(b, path, strlen(path));
	buf_printf(b, ": the words %s pppd reads, one a line\n", platform_display(p));
	buf_adds(b, "# line\tword\tentry\tdirective\tflags\n");
	for (i = 0; i < d->nentries; i++) {
		const struct doc_entry *e = &d->entries[i];

		if (e->disabled) {
			ndisabled++;
			continue;
		}
		ndirectives++;
		for (j = 0; j < e->nwords; j++) {
			const struct doc_word *w = &d->words[e->word + j];

			buf_printf(b, "%zu\t", doc_word_line(d, e->word + j) + 1);
			cli_dump_value(b, d, i, j, p, reveal);
			buf_printf(b, "\t%zu\t", ndirectives);
			cli_dump_word(b, d, e->word);
			cli_dump_flags(b, w->flags, e, j == 0, j > 0);
			buf_addc(b, '\n');
			nwords++;
		}
	}
	/* A `""` pppd drops at end of file belongs to no directive. */
	for (i = 0; i < d->nwords; i++) {
		const struct doc_word *w = &d->words[i];

		if (!(w->flags & LEXER_EOF_DROPPED))
			continue;
		buf_printf(b, "%zu\t\t-\t-", doc_word_line(d, i) + 1);
		cli_dump_flags(b, w->flags, NULL, 0, 0);
		buf_addc(b, '\n');
	}
	buf_printf(b, "# %zu word%s in %zu directive%s\n", nwords, nwords == 1 ? "" : "s",
	           ndirectives, ndirectives == 1 ? "" : "s");
	if (!ndisabled)
		return;
	buf_printf(b, "# %zu commented out (pppd skips these):\n", ndisabled);
	for (i = 0; i < d->nentries; i++) {
		const struct doc_entry *e = &d->entries[i];

		if (!e->disabled)
			continue;
		buf_printf(b, "#\t%zu\t", (size_t)e->line_first + 1);
		for (j = 0; j < e->nwords; j++) {
			if (j)
				buf_addc(b, ' ');
			cli_dump_value(b, d, i, j, p, reveal);
		}
		buf_addc(b, '\n');
	}
}

/* The flags cli_dump_flags wrote ("\tquoted,joined" or "\t-"), as an array. */
static void cli_dump_json_flags(struct cli_json *j, const struct buf *f)
{
	const char *p = f->data + 1;

	cli_json_open(j, "flags", '[');
	while (strcmp(p, "-") && *p) {
		size_t n = strcspn(p, ",");
		cli_json_strn(j, NULL, p, n);
		p += n + (p[n] == ',');
	}
	cli_json_close(j);
}

/* The same words as JSON: "words" (line, word, entry, directive, flags;
 * words escaped as in the text) and "disabled" (line, words). */
static void cli_dump_json(const struct doc *d, const char *path, enum platform p,
                          int reveal)
{
	struct cli_json j;
	struct buf b = { NULL, 0, 0 };
	size_t i, k, n = 0;

	cli_json_begin(&j, "dump");
	cli_json_str(&j, "file", path);
	cli_json_str(&j, "platform", platform_name(p));
	cli_json_open(&j, "words", '[');
	for (i = 0; i < d->nentries; i++) {
		const struct doc_entry *e = &d->entries[i];
		if (e->disabled)
			continue;
		n++;
		for (k = 0; k < e->nwords; k++) {
			cli_json_open(&j, NULL, '{');
			cli_json_int(&j, "line", (long long)doc_word_line(d, e->word + k) + 1);
			buf_reset(&b);
			cli_dump_value(&b, d, i, k, p, reveal);
			cli_json_strn(&j, "word", b.data, b.len);
			cli_json_int(&j, "entry", (long long)n);
			buf_reset(&b);
			cli_dump_word(&b, d, e->word);
			cli_json_strn(&j, "directive", b.data, b.len);
			buf_reset(&b);
			cli_dump_flags(&b, d->words[e->word + k].flags, e, k == 0, k > 0);
			cli_dump_json_flags(&j, &b);
			cli_json_close(&j);
		}
	}
	cli_json_close(&j);
	cli_json_open(&j, "disabled", '[');
	for (i = 0; i < d->nentries; i++) {
		const struct doc_entry *e = &d->entries[i];
		if (!e->disabled)
			continue;
		cli_json_open(&j, NULL, '{');
		cli_json_int(&j, "line", (long long)e->line_first + 1);
		cli_json_open(&j, "words", '[');
		for (k = 0; k < e->nwords; k++) {
			buf_reset(&b);
			cli_dump_value(&b, d, i, k, p, reveal);
			cli_json_strn(&j, NULL, b.data, b.len);
		}
		cli_json_close(&j);
		cli_json_close(&j);
	}
	cli_json_close(&j);
	buf_free(&b);
	cli_json_end(&j, CLI_OK, NULL);
}

int cli_dump(const struct cli_opts *o, int argc, char **argv)
{
	const char *path = cli_edit_one_file(o, argc, argv,
	                                     "dump takes one FILE (see pppconf --help)");
	struct buf out = { NULL, 0, 0 };
	struct cli_edit ed;
	int rc = CLI_OK;

	if (!path || cli_edit_open(&ed, o, path, SAFEWRITE_READONLY | SAFEWRITE_NOLOCK |
	                                        SESSION_WORDS, 0) < 0)
		return CLI_FAIL;
	if (!ed.s.facts.exists) {
		/* a dump is of words in a file: no file has none to show */
		cli_json_error("cannot read %s: %s", path, strerror(ENOENT));
		cli_edit_close(&ed);
		return CLI_FAIL;
	}
	if (o->json) {
		cli_dump_json(&ed.s.doc, path, ed.s.platform, o->reveal);
		cli_edit_close(&ed);
		return CLI_OK;
	}
	cli_dump_render(&ed.s.doc, path, ed.s.platform, o->reveal, &out);
	if (fwrite(out.data, 1, out.len, stdout) != out.len || fflush(stdout) != 0) {
		fprintf(stderr, _("pppconf: cannot write the dump: %s\n"), strerror(errno));
		rc = CLI_FAIL;
	}
	cli_edit_close(&ed);
	buf_free(&out);
	return rc;
}
