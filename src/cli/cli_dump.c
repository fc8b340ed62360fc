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
 * read (the reason goes to stderr). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "pppd/catalog.h"
#include "cli/cli.h"
#include "pppd/doc.h"
#include "pppd/facts.h"
#include "base/util.h"

static int cli_dump_read(const char *path, struct buf *out)
{
	char chunk[65536];
	int fd = open(path, O_RDONLY);
	struct stat st;

	if (fd < 0)
		return -1;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    (uintmax_t)st.st_size > UTIL_MAX_FILE) {
		close(fd);
		errno = EFBIG;
		return -1;
	}
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof chunk);

		if (n < 0) {
			int e = errno;

			if (e == EINTR)
				continue;
			close(fd);
			errno = e;
			return -1;
		}
		if (n == 0)
			break;
		if ((size_t)n > UTIL_MAX_FILE - out->len) {
			close(fd);
			errno = EFBIG;
			return -1;
		}
		buf_add(out, chunk, (size_t)n);
	}
	close(fd);
	return 0;
}

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

int cli_dump(const struct cli_opts *o, int argc, char **argv)
{
	const char *path = o->file ? o->file : CLI_DEFAULT_FILE;
	struct buf data = { NULL, 0, 0 }, out = { NULL, 0, 0 };
	enum platform p = o->platform;
	struct doc d;
	int rc = CLI_OK;

	if (argc > 2 || (argc == 2 && o->file)) {
		fprintf(stderr, "pppconf: dump takes one FILE (see pppconf --help)\n");
		return CLI_FAIL;
	}
	if (argc == 2)
		path = argv[1];
	if (cli_dump_read(path, &data) < 0) {
		fprintf(stderr, "pppconf: cannot read %s: %s\n", path, errno == EFBIG ?
		        "it is too large to be an options file" : strerror(errno));
		buf_free(&data);
		return CLI_FAIL;
	}
	/* the document takes the bytes over: a large file is held once */
	doc_load_buf(&d, &data, lexer_dialect_for(p), catalog_arity, &p);
	cli_dump_render(&d, path, p, o->reveal, &out);
	if (fwrite(out.data, 1, out.len, stdout) != out.len || fflush(stdout) != 0) {
		fprintf(stderr, "pppconf: cannot write the dump: %s\n", strerror(errno));
		rc = CLI_FAIL;
	}
	doc_free(&d);
	buf_free(&data);
	buf_free(&out);
	return rc;
}
