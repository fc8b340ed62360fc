/* oplog.c - what turned one document into another, as operations on directives: matched by what they say (a longest common subsequence), then moves, changes, deletions and additions. */
#include "editor/oplog_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "pppd/facts.h"
#include "pppd/secrets.h"

/* Beyond this many pairs of differing directives the log gives up: no
 * person edits that much by hand, and the table would grow large. */
#define OPLOG_MAX_CELLS ((size_t)1 << 20)

/* How an entry of ours came to be. */
enum oplog_how { OPLOG_SAME, OPLOG_MOVED, OPLOG_CHANGED, OPLOG_ADDED };

struct oplog_side {
	const struct doc *d;
	struct buf *keys;          /* per entry: state and words, comparable */
	long *map;                 /* the entry it pairs with on the other side; -1 */
	enum oplog_how *how;       /* ours only */
};

void oplog_shape_of(const struct doc *d, size_t e, struct oplog_shape *s)
{
	const struct doc_entry *en = &d->entries[e];
	size_t i, len;
	const char *v;

	memset(s, 0, sizeof *s);
	v = doc_word_bytes(d, en->word, &len);
	buf_add(&s->name, v, len);
	s->disabled = en->disabled;
	for (i = 1; i < en->nwords; i++) {
		v = doc_word_bytes(d, en->word + i, &len);
		buf_add(&s->args, v, len);
		buf_addc(&s->args, '\0');
		s->nargs++;
	}
	for (i = 0; i < e; i++)
		s->occurrence += oplog_shape_is(d, i, s, 0);
}

void oplog_shape_copy(struct oplog_shape *to, const struct oplog_shape *from)
{
	memset(to, 0, sizeof *to);
	buf_add(&to->name, from->name.data ? from->name.data : "", from->name.len);
	buf_add(&to->args, from->args.data ? from->args.data : "", from->args.len);
	to->nargs = from->nargs;
	to->disabled = from->disabled;
	to->occurrence = from->occurrence;
}

void oplog_shape_free(struct oplog_shape *s)
{
	buf_free(&s->name);
	buf_free(&s->args);
}

int oplog_shape_is(const struct doc *d, size_t e, const struct oplog_shape *s, int exact)
{
	const struct doc_entry *en = &d->entries[e];
	size_t i, len, off = 0;
	const char *v = doc_word_bytes(d, en->word, &len);

	if (len != s->name.len || (len && memcmp(v, s->name.data, len) != 0))
		return 0;
	if (!exact)
		return 1;
	if (en->disabled != s->disabled || en->nwords != s->nargs + 1)
		return 0;
	for (i = 1; i < en->nwords; i++) {
		v = doc_word_bytes(d, en->word + i, &len);
		if (off + len >= s->args.len + 1 || memcmp(v, s->args.data + off, len) != 0 ||
		    s->args.data[off + len] != '\0')
			return 0;
		off += len + 1;
	}
	return 1;
}

/* An entry as comparable bytes: its state, then each word with its length. */
static void oplog_key(const struct doc *d, size_t e, struct buf *out)
{
	const struct doc_entry *en = &d->entries[e];
	size_t i, len;

	buf_addc(out, en->disabled ? '#' : '+');
	for (i = 0; i < en->nwords; i++) {
		const char *v = doc_word_bytes(d, en->word + i, &len);

		buf_printf(out, "%zu:", len);
		buf_add(out, v, len);
	}
}

static int oplog_keyeq(const struct buf *a, const struct buf *b)
{
	return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

static void oplog_side_init(struct oplog_side *s, const struct doc *d)
{
	size_t i;

	memset(s, 0, sizeof *s);
	s->d = d;
	s->keys = util_xcalloc(d->nentries + 1, sizeof *s->keys);
	s->map = util_xmalloc((d->nentries + 1) * sizeof *s->map);
	s->how = util_xcalloc(d->nentries + 1, sizeof *s->how);
	for (i = 0; i < d->nentries; i++) {
		oplog_key(d, i, &s->keys[i]);
		s->map[i] = -1;
	}
}

static void oplog_side_free(struct oplog_side *s)
{
	size_t i;

	for (i = 0; i < s->d->nentries; i++)
		buf_free(&s->keys[i]);
	free(s->keys);
	free(s->map);
	free(s->how);
}

static void oplog_pair(struct oplog_side *b, size_t i, struct oplog_side *o, size_t j,
                       enum oplog_how how)
{
	b->map[i] = (long)j;
	o->map[j] = (long)i;
	o->how[j] = how;
}

/* The unchanged directives: equal ends, then a longest common subsequence
 * of the middle. 0, or -1 when the middle is too large. */
static int oplog_common(struct oplog_side *b, struct oplog_side *o)
{
	size_t m = b->d->nentries, n = o->d->nentries, lo = 0, hi = 0, mm, nn, i, j;
	uint32_t *t;

	while (lo < m && lo < n && oplog_keyeq(&b->keys[lo], &o->keys[lo])) {
		oplog_pair(b, lo, o, lo, OPLOG_SAME);
		lo++;
	}
	while (hi < m - lo && hi < n - lo &&
	       oplog_keyeq(&b->keys[m - 1 - hi], &o->keys[n - 1 - hi])) {
		oplog_pair(b, m - 1 - hi, o, n - 1 - hi, OPLOG_SAME);
		hi++;
	}
	mm = m - lo - hi;
	nn = n - lo - hi;
	if (mm == 0 || nn == 0)
		return 0;
	if (mm > OPLOG_MAX_CELLS / nn)
		return -1;
	/* t[i][j]: the longest common run of base[lo+i..] and ours[lo+j..] */
	t = util_xcalloc((mm + 1) * (nn + 1), sizeof *t);
	for (i = mm; i-- > 0;)
		for (j = nn; j-- > 0;)
			t[i * (nn + 1) + j] = oplog_keyeq(&b->keys[lo + i], &o->keys[lo + j]) ?
			        t[(i + 1) * (nn + 1) + j + 1] + 1 :
			        t[(i + 1) * (nn + 1) + j] > t[i * (nn + 1) + j + 1] ?
			        t[(i + 1) * (nn + 1) + j] : t[i * (nn + 1) + j + 1];
	for (i = 0, j = 0; i < mm && j < nn;) {
		if (oplog_keyeq(&b->keys[lo + i], &o->keys[lo + j])) {
			oplog_pair(b, lo + i, o, lo + j, OPLOG_SAME);
			i++;
			j++;
		} else if (t[(i + 1) * (nn + 1) + j] >= t[i * (nn + 1) + j + 1]) {
			i++;
		} else {
			j++;
		}
	}
	free(t);
	return 0;
}

/* What is left unpaired: the same directive elsewhere is a move; one of
 * the same name is a change; the rest were deleted or added. */
static void oplog_rest(struct oplog_side *b, struct oplog_side *o)
{
	size_t i, j, m = b->d->nentries, n = o->d->nentries;

	for (j = 0; j < n; j++)
		for (i = 0; o->map[j] < 0 && i < m; i++)
			if (b->map[i] < 0 && oplog_keyeq(&b->keys[i], &o->keys[j]))
				oplog_pair(b, i, o, j, OPLOG_MOVED);
	for (j = 0; j < n; j++) {
		struct oplog_shape s;

		if (o->map[j] >= 0)
			continue;
		oplog_shape_of(o->d, j, &s);
		for (i = 0; o->map[j] < 0 && i < m; i++)
			if (b->map[i] < 0 && oplog_shape_is(b->d, i, &s, 0))
				oplog_pair(b, i, o, j, OPLOG_CHANGED);
		if (o->map[j] < 0)
			o->how[j] = OPLOG_ADDED;
		oplog_shape_free(&s);
	}
}

static struct oplog_op *oplog_push(struct oplog *log, enum oplog_kind k)
{
	struct oplog_op *op;

	util_grow(&log->ops, &log->cap, log->n + 1, sizeof *log->ops);
	op = &log->ops[log->n++];
	memset(op, 0, sizeof *op);
	op->kind = k;
	return op;
}

/* Whether the bytes of line k of a appear as a line anywhere in b. */
static int oplog_line_in(const struct doc *a, size_t k, const struct doc *b)
{
	size_t i, len = doc_line_len(a, k);
	const char *p = a->text.data + a->lines[k].off;

	for (i = 0; i < b->nlines; i++)
		if (doc_line_len(b, i) == len && memcmp(b->text.data + b->lines[i].off, p, len) == 0)
			return 1;
	return 0;
}

/* The first line of the comment lines right above entry e of d that the
 * other document has nowhere: they belong with e (a fix's note). */
static size_t oplog_notes_above(const struct doc *d, size_t e, const struct doc *other)
{
	size_t first = d->entries[e].line_first;

	while (first > 0 && d->lines[first - 1].kind == DOC_COMMENT &&
	       doc_entry_at_line(d, first - 1) == SIZE_MAX && !oplog_line_in(d, first - 1, other))
		first--;
	return first;
}

static void oplog_lines(const struct doc *d, size_t from, size_t to, struct buf *out)
{
	size_t a = d->lines[from].off, z = d->lines[to].off + doc_line_len(d, to);

	buf_add(out, d->text.data + a, z - a);
}

/* Where ours' entry j sits: after the entry before it. */
static void oplog_place(struct oplog_op *op, const struct oplog_side *o, size_t j)
{
	if (j == 0) {
		op->at = OPLOG_AT_TOP;
	} else if (o->how[j - 1] == OPLOG_ADDED || o->how[j - 1] == OPLOG_MOVED) {
		op->at = OPLOG_AT_CHAIN;
	} else {
		op->at = OPLOG_AT_AFTER;
		oplog_shape_of(o->d, j - 1, &op->after);
	}
}

/* Whether a changed entry j of ours stands between the same unchanged
 * neighbours as its base entry. */
static int oplog_in_place(const struct oplog_side *b, const struct oplog_side *o, size_t j)
{
	long i = o->map[j], pj = (long)j - 1, pi = i - 1;

	while (pj >= 0 && o->how[pj] != OPLOG_SAME)
		pj--;
	while (pi >= 0 && (b->map[pi] < 0 || o->how[b->map[pi]] != OPLOG_SAME))
		pi--;
	return (pj < 0 && pi < 0) || (pj >= 0 && o->map[pj] == pi);
}

static void oplog_ops(struct oplog *log, struct oplog_side *b, struct oplog_side *o)
{
	size_t i, j;
	struct oplog_op *op;

	for (i = 0; i < b->d->nentries; i++) {
		size_t first;

		if (b->map[i] >= 0)
			continue;
		op = oplog_push(log, OPLOG_DELETE);
		oplog_shape_of(b->d, i, &op->target);
		first = oplog_notes_above(b->d, i, o->d);
		if (first < b->d->entries[i].line_first)
			oplog_lines(b->d, first, b->d->entries[i].line_first - 1, &op->text);
	}
	for (j = 0; j < o->d->nentries; j++) {
		struct oplog_shape was, now;

		if (o->how[j] != OPLOG_CHANGED)
			continue;
		oplog_shape_of(b->d, (size_t)o->map[j], &was);
		oplog_shape_of(o->d, j, &now);
		if (was.disabled != now.disabled) {
			op = oplog_push(log, now.disabled ? OPLOG_DISABLE : OPLOG_ENABLE);
			oplog_shape_copy(&op->target, &was);
		}
		if (was.nargs != now.nargs || was.args.len != now.args.len ||
		    (was.args.len && memcmp(was.args.data, now.args.data, was.args.len) != 0)) {
			op = oplog_push(log, OPLOG_SET);
			oplog_shape_copy(&op->target, &was);
			op->target.disabled = now.disabled;  /* after the toggle above */
			oplog_shape_copy(&op->now, &now);
		}
		oplog_shape_free(&was);
		oplog_shape_free(&now);
	}
	for (j = 0; j < o->d->nentries; j++) {
		if (o->how[j] == OPLOG_SAME ||
		    (o->how[j] == OPLOG_CHANGED && oplog_in_place(b, o, j)))
			continue;
		if (o->how[j] == OPLOG_ADDED) {
			size_t first = oplog_notes_above(o->d, j, b->d);

			op = oplog_push(log, OPLOG_ADD);
			if (!(o->d->entries[j].flags & DOC_SHARED_LINE))
				oplog_lines(o->d, first, o->d->entries[j].line_last, &op->text);
		} else {
			op = oplog_push(log, OPLOG_MOVE);
			o->how[j] = OPLOG_MOVED;  /* what follows chains after it */
		}
		oplog_shape_of(o->d, j, &op->target);
		for (i = 0; op->kind == OPLOG_ADD && i < b->d->nentries; i++)
			op->had += oplog_shape_is(b->d, i, &op->target, 1);
		oplog_place(op, o, j);
	}
}

static void oplog_reset(struct oplog *log)
{
	size_t i;

	for (i = 0; i < log->n; i++) {
		log->ops[i].result = OPLOG_PENDING;
		buf_reset(&log->ops[i].why);
	}
}

void oplog_derive(struct oplog *log, const struct doc *base, const struct doc *ours)
{
	struct oplog_side b, o;
	struct doc check;
	size_t n;
	const char *p;

	memset(log, 0, sizeof *log);
	oplog_side_init(&b, base);
	oplog_side_init(&o, ours);
	if (oplog_common(&b, &o) != 0) {
		log->too_many = log->lossy = 1;
	} else {
		oplog_rest(&b, &o);
		oplog_ops(log, &b, &o);
	}
	oplog_side_free(&b);
	oplog_side_free(&o);
	if (log->too_many)
		return;
	/* the operations must say everything: applied to the base, they give
	 * ours byte for byte, or the log says it is lossy */
	p = doc_bytes(base, &n);
	doc_load(&check, p, n, base->dialect, base->arity, base->arity_ctx);
	oplog_apply(log, &check);
	p = doc_bytes(&check, &n);
	log->lossy = n != ours->text.len || (n && memcmp(p, ours->text.data, n) != 0);
	doc_free(&check);
	oplog_reset(log);
}

size_t oplog_count(const struct oplog *log, enum oplog_result r)
{
	size_t i, n = 0;

	for (i = 0; i < log->n; i++)
		n += log->ops[i].result == r;
	return n;
}

/* "name arg..." of a shape, masked unless revealed (as a secrets file's
 * line when secrets is set). */
static void oplog_text(const struct oplog_shape *s, enum platform p, int reveal, int secrets,
                       struct buf *out)
{
	struct buf line = { 0 };
	size_t off = 0, i;

	buf_add(&line, s->name.data ? s->name.data : "", s->name.len);
	for (i = 0; i < s->nargs; i++) {
		size_t len = strlen(s->args.data + off);

		buf_addc(&line, ' ');
		buf_add(&line, s->args.data + off, len);
		off += len + 1;
	}
	buf_reset(out);
	if (secrets)
		secrets_mask_line(p, reveal, line.data, line.len, out);
	else
		facts_mask_line(p, reveal, line.data, line.len, out);
	buf_free(&line);
}

void oplog_describe(const struct oplog_op *op, enum platform p, int reveal, int secrets,
                    struct buf *out)
{
	static const char *const verbs[] = {
		[OPLOG_DELETE] = "delete", [OPLOG_ENABLE] = "enable", [OPLOG_DISABLE] = "disable",
		[OPLOG_SET] = "set", [OPLOG_MOVE] = "move", [OPLOG_ADD] = "add",
	};
	struct buf t = { 0 }, w = { 0 };

	oplog_text(op->kind == OPLOG_SET ? &op->now : &op->target, p, reveal, secrets, &t);
	buf_printf(out, "%s ", verbs[op->kind]);
	buf_add_escaped(out, t.data, t.len);
	if (op->kind == OPLOG_SET) {
		oplog_text(&op->target, p, reveal, secrets, &w);
		buf_adds(out, " (was ");
		buf_add_escaped(out, w.data, w.len);
		buf_addc(out, ')');
	} else if ((op->kind == OPLOG_MOVE || op->kind == OPLOG_ADD) && op->at == OPLOG_AT_AFTER) {
		oplog_text(&op->after, p, reveal, secrets, &w);
		buf_adds(out, " after ");
		buf_add_escaped(out, w.data, w.len);
	} else if (op->kind == OPLOG_MOVE && op->at == OPLOG_AT_TOP) {
		buf_adds(out, " to the top");
	}
	buf_free(&t);
	buf_free(&w);
}

void oplog_free(struct oplog *log)
{
	size_t i;

	for (i = 0; i < log->n; i++) {
		oplog_shape_free(&log->ops[i].target);
		oplog_shape_free(&log->ops[i].now);
		oplog_shape_free(&log->ops[i].after);
		buf_free(&log->ops[i].text);
		buf_free(&log->ops[i].why);
	}
	free(log->ops);
	memset(log, 0, sizeof *log);
}
