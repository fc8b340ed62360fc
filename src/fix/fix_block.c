/* fix_block.c - fixes that set a few directives: add what is missing under the fix's comment, put aside what contradicts it, and take both back. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/lexer.h"
#include "fix/fix_int.h"
#include "base/i18n.h"
#include "base/util.h"

/* "# pppconf keepalive put aside: " */
static void fix_block_prefix(const struct fix_block *b, struct buf *out)
{
	buf_reset(out);
	buf_printf(out, "# pppconf %s put aside: ", b->fix);
}

/* "name value", as the fix writes it. */
static void fix_block_line(const struct fix_set *s, struct buf *out)
{
	buf_reset(out);
	buf_adds(out, s->name);
	if (s->value) {
		buf_addc(out, ' ');
		buf_adds(out, s->value);
	}
}

/* Whether entry e's value is one the fix keeps for set s. A number pppd
 * would read as another one is not kept: letters after the digits, which
 * pppd drops, and a value past its int, which it wraps (on a 32-bit
 * system 99999999999 becomes -1; see catalog_value.c). */
static int fix_block_fine(const struct doc *d, size_t e, const struct fix_set *s)
{
	char buf[LEXER_MAXWORD + 1];
	const char *v = fix_edit_arg(d, e, buf);
	char *end;
	long have, want;

	if (s->keep == FIX_KEEP_ANY || !s->value)
		return 1;
	if (!v)
		return 0;
	if (s->keep == FIX_KEEP_SAME)
		return strcmp(v, s->value) == 0;
	errno = 0;
	have = strtol(v, &end, 0);
	if (errno == ERANGE || have > INT_MAX)
		return 0;
	want = strtol(s->value, NULL, 10);
	if (!*v || *end != '\0' || have <= 0)
		return 0;
	return s->keep == FIX_KEEP_AT_MOST ? have <= want : have >= want;
}

int fix_block_state(const struct doc *d, const struct fix_block *b, size_t i,
                    size_t *entry)
{
	const struct fix_set *s = &b->sets[i];
	size_t e, n = 0, bad = SIZE_MAX, good = 0;

	*entry = SIZE_MAX;
	for (e = 0; e < d->nentries; e++) {
		if (d->entries[e].disabled || !doc_word_is(d, d->entries[e].word, s->name))
			continue;
		n++;
		if (fix_block_fine(d, e, s))
			good++;
		else if (bad == SIZE_MAX)
			bad = e;
	}
	if (bad != SIZE_MAX) {
		*entry = bad;
		return 2;
	}
	return n && good ? 1 : 0;
}

/* Whether entry e is one the fix puts aside: a value it does not keep, or
 * a name it contradicts. */
static int fix_block_against(const struct doc *d, size_t e, const struct fix_block *b)
{
	size_t i;

	if (d->entries[e].disabled)
		return 0;
	for (i = 0; i < b->nsets; i++)
		if (doc_word_is(d, d->entries[e].word, b->sets[i].name))
			return !fix_block_fine(d, e, &b->sets[i]);
	for (i = 0; b->against && b->against[i]; i++)
		if (doc_word_is(d, d->entries[e].word, b->against[i]))
			return 1;
	return 0;
}

/* Puts entry e's line aside: the prefix goes before it, so that the undo
 * can take the prefix away and leave the very bytes. -1 (msg says why)
 * when the line holds more than the entry. */
static int fix_block_put_aside(struct doc *d, size_t e, const struct fix_block *b,
                               struct buf *msg)
{
	const struct doc_entry *en = &d->entries[e];
	struct buf pre = { 0 };
	char name[LEXER_MAXWORD + 1];
	int r;

	if (en->line_first != en->line_last || (en->flags & DOC_SHARED_LINE)) {
		buf_printf(msg, _("Line %zu holds more than '%s': put it on a line of its own, "
		           "then run the fix again."), en->line_first + 1,
		           fix_edit_name(d, e, name));
		return -1;
	}
	fix_block_prefix(b, &pre);
	r = doc_splice(d, d->lines[en->line_first].off, 0, pre.data, pre.len);
	buf_free(&pre);
	return r;
}

int fix_block_apply(struct doc *d, const struct fix_block *b, struct buf *msg)
{
	struct buf before = { 0 }, line = { 0 };
	const char **lines = util_xcalloc(b->nsets + 1, sizeof *lines);
	char **owned = util_xcalloc(b->nsets + 1, sizeof *owned);
	size_t depth = d->nundo, e, i, n = 0;
	int rc = 0;

	buf_add(&before, d->text.data ? d->text.data : "", d->text.len);
	doc_group_begin(d);
	for (e = 0; e < d->nentries && rc == 0; e++)
		if (fix_block_against(d, e, b) && (rc = fix_block_put_aside(d, e, b, msg)) == 0)
			e = SIZE_MAX;    /* the entry became a comment: the rest moved up */
	for (i = 0; i < b->nsets && rc == 0; i++) {
		size_t at;

		if (fix_block_state(d, b, i, &at) == 1)
			continue;
		fix_block_line(&b->sets[i], &line);
		owned[n] = util_xstrdup(line.data);
		lines[n + 1] = owned[n];
		n++;
	}
	if (rc == 0 && n) {
		lines[0] = b->mark;
		fix_edit_append(d, lines, n + 1);
	}
	doc_group_end(d);
	if (rc < 0) {
		while (d->nundo > depth && doc_undo(d) == 0)
			;
		doc_forget_noop(d, depth, before.data ? before.data : "", before.len);
	} else {
		rc = fix_edit_changed(d, depth, &before);
	}
	for (i = 0; i < n; i++)
		free(owned[i]);
	free(owned);
	free(lines);
	buf_free(&line);
	buf_free(&before);
	return rc;
}

size_t fix_block_aside(const struct doc *d, const struct fix_block *b)
{
	struct buf pre = { 0 };
	size_t l, n = 0;

	fix_block_prefix(b, &pre);
	for (l = 0; l < d->nlines; l++)
		n += doc_line_len(d, l) >= pre.len &&
		     memcmp(d->text.data + d->lines[l].off, pre.data, pre.len) == 0;
	buf_free(&pre);
	return n;
}

int fix_block_undo(struct doc *d, const struct fix_block *b)
{
	struct buf pre = { 0 }, line = { 0 };
	const char **lines = util_xcalloc(b->nsets + 1, sizeof *lines);
	char **owned = util_xcalloc(b->nsets + 1, sizeof *owned);
	size_t l, i;
	int changed = 0;

	for (i = 0; i < b->nsets; i++) {
		fix_block_line(&b->sets[i], &line);
		owned[i] = util_xstrdup(line.data);
		lines[i] = owned[i];
	}
	fix_block_prefix(b, &pre);
	doc_group_begin(d);
	while (fix_edit_remove_block(d, b->mark, lines, b->nsets))
		changed = 1;
	for (l = 0; l < d->nlines; l++)
		if (doc_line_len(d, l) >= pre.len &&
		    memcmp(d->text.data + d->lines[l].off, pre.data, pre.len) == 0 &&
		    doc_splice(d, d->lines[l].off, pre.len, "", 0) == 0)
			changed = 1;
	doc_group_end(d);
	for (i = 0; i < b->nsets; i++)
		free(owned[i]);
	free(owned);
	free(lines);
	buf_free(&line);
	buf_free(&pre);
	return changed;
}
