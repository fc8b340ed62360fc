/* check_bytes.c - trouble in the bytes: a BOM, CR LF, pasted look-alike characters, quotes never closed, cut words. */
#include <stdint.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/lexer.h"

/* ---- bytes of the whole file ----------------------------------------- */

int check_eof_dropped(const struct check_ctx *c)
{
	const struct doc *d = c->d;

	/* The doc keeps the word pppd drops as its last word, flagged. */
	return d->nwords && (d->words[d->nwords - 1].flags & LEXER_EOF_DROPPED);
}

void check_bytes(struct check_ctx *c)
{
	const struct doc *d = c->d;
	const char *t = d->text.data ? d->text.data : "";
	size_t i, n = 0, first = 0;
	struct buf msg, rep, fix, empty;

	buf_init(&msg);
	buf_init(&rep);
	buf_init(&fix);
	buf_init(&empty);
	if (d->text.len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0) {
		const struct doc_entry *e = d->nentries ? &d->entries[0] : NULL;
		int glued = e && !e->disabled && d->words[e->word].start == 0;

		buf_adds(&msg, "The file starts with an invisible byte order mark (BOM), as some "
		         "Windows editors write. pppd does not skip it: ");
		if (glued && d->words[e->word].len > 3) {
			size_t len, k;
			const char *v = check_val(c, e->word, &len);
			buf_adds(&msg, "it becomes part of the first word, so ");
			check_word(&msg, v + 3, len - 3);
			buf_adds(&msg, " is no longer a word pppd knows.");
			lexer_quote(&rep, v + 3, len - 3);
			for (k = 1; k < e->nwords; k++) {
				v = check_val(c, e->word + k, &len);
				buf_addc(&rep, ' ');
				lexer_quote(&rep, v, len);
			}
		} else {
			buf_adds(&msg, "it reads it as a word of its own and does not know it.");
		}
		check_stops(c, 1, &msg);
		buf_adds(&fix, "Save the file as plain text without a BOM (UTF-8 without BOM, "
		         "or ASCII).");
		check_addb(c, CHECK_K_BOM, 1, e && !e->disabled && d->words[e->word].start == 0 ?
		           0 : SIZE_MAX, &fix, glued && rep.len ? &rep : (e && !e->disabled &&
		           d->words[e->word].start == 0 ? &empty : NULL), &msg);
	}
	/* the doc's lines end at each LF: only their last two bytes matter.
	 * Most files have no CR at all, which one memchr tells faster than a
	 * look at every line. */
	i = d->text.len && memchr(t, '\r', d->text.len) ? 0 : d->nlines;
	for (; i < d->nlines; i++) {
		size_t len = doc_line_len(d, i), end = (size_t)d->lines[i].off + len;

		if (len >= 2 && t[end - 1] == '\n' && t[end - 2] == '\r' && n++ == 0)
			first = i + 1;
	}
	if (n) {
		buf_reset(&msg);
		buf_printf(&msg, "%zu line%s end%s with Windows line ends (CR LF). pppd reads the "
		           "CR as a space, so this is harmless outside quotes, but editors and "
		           "diffs may show it as ^M.", n, n == 1 ? "" : "s", n == 1 ? "s" : "");
		check_add(c, CHECK_K_CRLF, first, SIZE_MAX,
		          "Convert the line ends to LF if you like (for example with dos2unix).",
		          NULL, "%s", msg.data);
	}
	buf_free(&msg);
	buf_free(&rep);
	buf_free(&fix);
}

/* ---- words ------------------------------------------------------------ */

static const char *check_fold_kind(unsigned f)
{
	if (f & CATALOG_FOLD_SPACE)
		return "a no-break or full-width space";
	if (f & CATALOG_FOLD_QUOTE)
		return "curly typographic quotes";
	if (f & CATALOG_FOLD_DASH)
		return "a dash or minus sign that is not the ASCII '-'";
	if (f & CATALOG_FOLD_FULLWIDTH)
		return "full-width letters that look like ASCII";
	return "an invisible character (such as a zero-width space)";
}

/* Why pppd does not know a name holding look-alike characters. */
static const char *check_fold_effect(unsigned f)
{
	if (f & CATALOG_FOLD_SPACE)
		return ", which pppd does not treat as a space: the words around it are glued "
		       "into one word that pppd does not know.";
	if (f & CATALOG_FOLD_QUOTE)
		return ", which are not quotes to pppd: they stay part of the word, and pppd "
		       "does not know the word.";
	if (f & CATALOG_FOLD_DASH)
		return "; it only looks like the '-' pppd needs, so pppd does not know the word.";
	if (f & CATALOG_FOLD_FULLWIDTH)
		return "; they are other characters to pppd, so it does not know the word.";
	return ", so pppd does not know the word.";
}

int check_lookalike_name(struct check_ctx *c, size_t entry)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *sug[1];
	struct buf folded, msg, fix, rep, w;
	size_t nlen, k, plain_len, line = e->line_first + 1;
	const char *name = check_val(c, e->word, &nlen), *sp;
	unsigned f;
	enum check_kid kid;

	buf_init(&folded);
	f = catalog_fold(name, nlen, &folded);
	if (!f) {
		buf_free(&folded);
		return 0;
	}
	kid = (f & CATALOG_FOLD_SPACE) ? CHECK_K_GLUED_WORDS :
	      (f & CATALOG_FOLD_QUOTE) ? CHECK_K_CURLY_QUOTES :
	      (f & CATALOG_FOLD_DASH) ? CHECK_K_DASH_LOOKALIKE :
	      (f & CATALOG_FOLD_FULLWIDTH) ? CHECK_K_FULLWIDTH : CHECK_K_INVISIBLE;
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	buf_init(&w);
	check_word(&w, name, nlen);
	buf_printf(&msg, "%s contains %s%s", w.data, check_fold_kind(f), check_fold_effect(f));
	check_stops(c, line, &msg);
	sp = memchr(folded.data, ' ', folded.len);
	plain_len = sp ? (size_t)(sp - folded.data) : folded.len;
	folded.data[plain_len] = '\0';
	if (catalog_match(folded.data, plain_len, c->p) ||
	    catalog_suggest(folded.data, plain_len, c->p, sug, 1)) {
		const char *plain = catalog_match(folded.data, plain_len, c->p) ? folded.data
		                    : sug[0]->name;
		buf_printf(&fix, "Retype it in plain ASCII: '%s'.", plain);
		buf_adds(&rep, plain);
		if (sp) {
			buf_addc(&rep, ' ');
			buf_adds(&rep, sp + 1);
		}
		for (k = 1; k < e->nwords; k++) {
			size_t al;
			const char *a = check_val(c, e->word + k, &al);
			buf_addc(&rep, ' ');
			lexer_quote(&rep, a, al);
		}
	} else {
		buf_adds(&fix, "Retype the word in plain ASCII.");
	}
	check_addb(c, kid, line, entry, &fix, rep.len ? &rep : NULL, &msg);
	buf_free(&folded);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&rep);
	buf_free(&w);
	return 1;
}

/* Whether a value has a byte catalog_fold could read as a look-alike (all
 * of them start at 0xC2): most values are plain ASCII and need no copy. */
static int check_maybe_folded(const char *v, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)v[i] >= 0xC2)
			return 1;
	return 0;
}

/* The entry's name for a message, made once and only when one is said. */
static const char *check_name_shown(const struct check_ctx *c, const struct doc_entry *e,
                                    struct buf *nw)
{
	size_t nlen;
	const char *name;

	if (!nw->len) {
		name = check_val(c, e->word, &nlen);
		check_word(nw, name, nlen);
	}
	return nw->data;
}

void check_word_bytes(struct check_ctx *c, size_t entry, size_t wi)
{
	const struct doc_word *dw = &c->d->words[wi];
	const struct doc_entry *e = &c->d->entries[entry];
	size_t len, line;
	const char *v = check_val(c, wi, &len);
	struct buf msg, folded, nw;
	unsigned f;

	/* check_entry's test, for callers that did not make it */
	if (!(dw->flags & (LEXER_UNTERMINATED | LEXER_TRUNCATED | LEXER_HAS_NUL)) &&
	    (wi == e->word || check_plain(v, len)))
		return;
	line = doc_word_line(c->d, wi) + 1;
	buf_init(&msg);
	buf_init(&nw);
	if (dw->flags & LEXER_UNTERMINATED) {
		buf_printf(&msg, "A quote opened on line %zu is never closed, so pppd reads "
		           "everything to the end of the file as part of this one word; the "
		           "directives after it are lost.", line);
		check_add(c, CHECK_K_UNTERMINATED, line, entry, "Close the quote at the end of "
		          "the value.", NULL, "%s", msg.data);
		buf_reset(&msg);
	}
	if (dw->flags & LEXER_TRUNCATED) {
		buf_printf(&msg, "A word on line %zu is longer than 1023 bytes; pppd keeps only "
		           "the first 1023 and logs a warning.", line);
		check_add(c, CHECK_K_LONG_WORD, line, entry, "Shorten the value.", NULL, "%s",
		          msg.data);
		buf_reset(&msg);
	}
	if ((dw->flags & LEXER_HAS_NUL) || memchr(v, '\0', len)) {
		/* a raw zero byte in the file, or an escape that makes one */
		buf_printf(&msg, "%s contains a NUL (zero) byte%s; pppd reads the word only up "
		           "to it and ignores the rest.", check_name_shown(c, e, &nw),
		           memchr(c->d->text.data + dw->start, '\0', dw->end - dw->start) ?
		           "" : " made by an escape such as \\0 or \\x00");
		check_add(c, CHECK_K_NUL_IN_VALUE, line, entry, "Remove the NUL byte (or the "
		          "escape that makes it).", NULL, "%s", msg.data);
		buf_reset(&msg);
	}
	if (wi != e->word && memchr(v, '\r', len)) {
		buf_printf(&msg, "The value of %s contains a carriage return (CR), from "
		           "Windows line ends inside quotes; pppd keeps it as part of the value.",
		           check_name_shown(c, e, &nw));
		check_add(c, CHECK_K_CR_IN_VALUE, line, entry, "Convert the file's line ends to "
		          "LF, or close the quote before the end of the line.", NULL, "%s",
		          msg.data);
		buf_reset(&msg);
	}
	buf_init(&folded);
	if (wi != e->word && check_maybe_folded(v, len) &&
	    (f = catalog_fold(v, len, &folded)) != 0) {
		buf_printf(&msg, "The value of %s contains %s, probably pasted from a web "
		           "page or a word processor; pppd keeps those bytes as part of the "
		           "value.", check_name_shown(c, e, &nw), check_fold_kind(f));
		check_add(c, CHECK_K_ODD_CHARS, line, entry, "Retype the value in plain ASCII, "
		          "unless you meant those characters.", NULL, "%s", msg.data);
	}
	buf_free(&folded);
	buf_free(&msg);
	buf_free(&nw);
}
