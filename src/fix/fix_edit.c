/* fix_edit.c - what every fix does to a document: find its lines, append a block, remove it again. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pppd/catalog.h"
#include "fix/fix_int.h"
#include "base/util.h"

/* ---- reading the document ---- */

const char *fix_edit_name(const struct doc *d, size_t e, char *buf)
{
	return doc_word_cstr(d, d->entries[e].word, buf, NULL);
}

const char *fix_edit_arg(const struct doc *d, size_t e, char *buf)
{
	if (d->entries[e].nwords < 2)
		return NULL;
	return doc_word_cstr(d, d->entries[e].word + 1, buf, NULL);
}

const char *fix_edit_basename(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

int fix_edit_is_named(const struct doc *d, size_t e, const char *name)
{
	return !d->entries[e].disabled && doc_word_is(d, d->entries[e].word, name) &&
	       d->entries[e].nwords == 1;
}

size_t fix_edit_first(const struct doc *d, fix_edit_pred is)
{
	size_t e;

	for (e = 0; e < d->nentries; e++)
		if (is(d, e))
			return e;
	return SIZE_MAX;
}

size_t fix_edit_count_if(const struct doc *d, fix_edit_pred is)
{
	size_t e, n = 0;

	for (e = 0; e < d->nentries; e++)
		n += is(d, e) != 0;
	return n;
}

size_t fix_edit_find_line(const struct doc *d, const char *prefix)
{
	size_t i, n = strlen(prefix);

	for (i = 0; i < d->nlines; i++) {
		if (doc_line_len(d, i) >= n && memcmp(d->text.data + d->lines[i].off, prefix, n) == 0)
			return i;
	}
	return SIZE_MAX;
}

int fix_edit_line_is(const struct doc *d, size_t l, const char *text)
{
	const char *p = d->text.data + d->lines[l].off;
	size_t n = doc_line_len(d, l), k = strlen(text);

	if (n && p[n - 1] == '\n')
		n--;
	if (n && p[n - 1] == '\r')
		n--;
	return n == k && memcmp(p, text, k) == 0;
}

size_t fix_edit_find_all(const struct doc *d, const char *name, size_t *first)
{
	size_t e, n = 0;

	*first = SIZE_MAX;
	for (e = 0; e < d->nentries; e++) {
		if (d->entries[e].disabled || !doc_word_is(d, d->entries[e].word, name))
			continue;
		if (n++ == 0)
			*first = e;
	}
	return n;
}

/* ---- changing it ---- */

int fix_edit_delete_all(struct doc *d, fix_edit_pred is, size_t keep)
{
	int changed = 0;
	size_t e, seen = 0;

	for (e = 0; e < d->nentries; e++) {
		if (!is(d, e))
			continue;
		if (seen++ < keep)
			continue;
		if (doc_delete(d, e) == 0) {
			changed = 1;
			e = SIZE_MAX;     /* indices moved: start over */
			seen = 0;
		}
	}
	return changed;
}

/* The bytes of lines [m, l) as a fix's block. A fix keeps a file without a
 * final line end so (it writes the line end before its block): taking that
 * back too restores the bytes exactly. */
static void fix_block_range(const struct doc *d, size_t m, size_t l, size_t *off,
                            size_t *len)
{
	size_t end = d->lines[l - 1].off + doc_line_len(d, l - 1);

	*off = d->lines[m].off;
	if (end == d->text.len && *off > 0 && d->text.data[end - 1] != '\n') {
		(*off)--;
		if (*off > 0 && d->text.data[*off - 1] == '\r' && d->text.data[*off] == '\n')
			(*off)--;
	}
	*len = end - *off;
}

void fix_edit_append(struct doc *d, const char *const *lines, size_t n)
{
	size_t len, i;
	const char *p = doc_bytes(d, &len);
	int bare = len && p[len - 1] != '\n';
	struct buf b = { 0 };

	for (i = 0; i < n; i++) {
		if (bare || i)
			buf_adds(&b, d->eol);
		buf_adds(&b, lines[i]);
	}
	if (!bare)
		buf_adds(&b, d->eol);
	doc_splice(d, len, 0, b.data, b.len);
	buf_free(&b);
}

/* The line after the mark at line m that ends the block: each of lines[]
 * may follow once. */
static size_t fix_block_end(const struct doc *d, size_t m, const char *const *lines,
                            size_t n)
{
	unsigned used = 0;
	size_t l = m + 1, k;

	while (l < d->nlines) {
		for (k = 0; k < n && k < 32; k++)
			if (!(used & (1u << k)) && fix_edit_line_is(d, l, lines[k]))
				break;
		if (k == n || k >= 32)
			break;
		used |= 1u << k;
		l++;
	}
	return l;
}

int fix_edit_block(const struct doc *d, const char *mark, const char *const *lines,
                   size_t n, size_t *off, size_t *len)
{
	size_t m = fix_edit_find_line(d, mark);

	if (m == SIZE_MAX)
		return 0;
	fix_block_range(d, m, fix_block_end(d, m, lines, n), off, len);
	return 1;
}

int fix_edit_remove_block(struct doc *d, const char *mark, const char *const *lines,
                          size_t n)
{
	size_t off, len;

	if (!fix_edit_block(d, mark, lines, n, &off, &len))
		return 0;
	return doc_splice(d, off, len, "", 0) == 0;
}

int fix_edit_changed(struct doc *d, size_t depth, const struct buf *before)
{
	int changed = d->text.len != before->len ||
	              (before->len && memcmp(d->text.data, before->data, before->len) != 0);

	doc_forget_noop(d, depth, before->data ? before->data : "", before->len);
	return changed;
}
