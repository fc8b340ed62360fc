/* oplog_apply.c - operations applied to a document that may have changed since they were made: each directive found again by what it says; what cannot be applied is a clash, said in words. */
#include "editor/oplog_int.h"

#include <stdint.h>
#include <string.h>

#include "pppd/facts.h"
#include "pppd/secrets.h"

/* The line of d a placement points at, while operations are applied. */
struct oplog_run {
	struct doc *d;
	size_t chain;        /* the line after what the last MOVE or ADD placed;
	                        SIZE_MAX before any */
	int secrets;         /* a secrets file: its third word is the secret */
};

size_t oplog_find(const struct doc *d, const struct oplog_shape *s, int loose)
{
	size_t e, best = SIZE_MAX, bestd = SIZE_MAX, nth = 0;
	int pass;

	for (pass = 0; pass < (loose ? 2 : 1) && best == SIZE_MAX; pass++) {
		nth = 0;
		for (e = 0; e < d->nentries; e++) {
			size_t dist;

			if (!oplog_shape_is(d, e, s, 0))
				continue;
			dist = nth > s->occurrence ? nth - s->occurrence : s->occurrence - nth;
			nth++;
			if ((pass == 1 || oplog_shape_is(d, e, s, 1)) && dist < bestd) {
				best = e;
				bestd = dist;
			}
		}
	}
	return best;
}

/* How many entries of d are exactly s. */
static size_t oplog_howmany(const struct doc *d, const struct oplog_shape *s)
{
	size_t e, n = 0;

	for (e = 0; e < d->nentries; e++)
		n += oplog_shape_is(d, e, s, 1);
	return n;
}

static void oplog_clash(const struct oplog_run *r, struct oplog_op *op,
                        const struct oplog_shape *s, const char *what)
{
	const struct doc *d = r->d;
	size_t e = oplog_find(d, s, 1), len;
	const char *v;

	op->result = OPLOG_CLASH;
	if (e == SIZE_MAX) {
		buf_printf(&op->why, "the directive is no longer in the file; %s", what);
		return;
	}
	buf_adds(&op->why, "the other side changed it (now '");
	v = d->text.data + d->entries[e].start;
	len = d->entries[e].end - d->entries[e].start;
	{
		struct buf m = { 0 };

		/* masked always: the reason is kept as words, not redrawn on s */
		if (r->secrets)
			secrets_mask_line(PLATFORM_BOTH, 0, v, len, &m);
		else
			facts_mask_line(PLATFORM_BOTH, 0, v, len, &m);
		buf_add_escaped(&op->why, m.data ? m.data : "", m.len > 60 ? 60 : m.len);
		buf_free(&m);
	}
	buf_printf(&op->why, "'); %s", what);
}

/* The line before which what goes after the placement of op is inserted. */
static size_t oplog_line_for(struct oplog_run *r, struct oplog_op *op)
{
	struct doc *d = r->d;
	size_t a;

	if (op->at == OPLOG_AT_CHAIN && r->chain != SIZE_MAX)
		return r->chain;
	if (op->at == OPLOG_AT_TOP || (op->at == OPLOG_AT_CHAIN && r->chain == SIZE_MAX))
		return d->nentries ? d->entries[0].line_first : d->nlines;
	a = oplog_find(d, &op->after, 1);
	if (a != SIZE_MAX)
		return d->entries[a].line_last + 1;
	buf_adds(&op->why, "placed at the end: the directive it followed is no longer in the file");
	return d->nlines;
}

static size_t oplog_offset(const struct doc *d, size_t line)
{
	return line < d->nlines ? d->lines[line].off : d->text.len;
}

static size_t oplog_nlines(const char *p, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += p[i] == '\n';
	return k;
}

/* Inserts whole lines before `line`; a file that ends without a newline
 * gets one first. The chain moves past them. */
static int oplog_insert(struct oplog_run *r, size_t line, const char *p, size_t n)
{
	struct doc *d = r->d;
	struct buf t = { 0 };
	size_t off = oplog_offset(d, line), k;
	int rc;

	/* a last line without its newline gets one: it stays that line */
	if (off == d->text.len && off > 0 && d->text.data[off - 1] != '\n')
		buf_adds(&t, d->eol ? d->eol : "\n");
	k = t.len;
	buf_add(&t, p, n);
	if (n == 0 || p[n - 1] != '\n')
		buf_adds(&t, d->eol ? d->eol : "\n");
	rc = doc_splice(d, off, 0, t.data, t.len);
	if (rc == 0)
		r->chain = line + oplog_nlines(t.data + k, t.len - k);
	buf_free(&t);
	return rc;
}

static void oplog_do_delete(struct oplog_run *r, struct oplog_op *op, size_t e)
{
	struct doc *d = r->d;
	size_t off = d->lines[d->entries[e].line_first].off, n = op->text.len;

	if (doc_delete(d, e) != 0) {
		op->result = OPLOG_CLASH;
		buf_adds(&op->why, d->error);
		return;
	}
	op->result = OPLOG_APPLIED;
	/* the comment lines that came with it, when they are still right above */
	if (n && off >= n && off <= d->text.len &&
	    memcmp(d->text.data + off - n, op->text.data, n) == 0)
		doc_splice(d, off - n, n, "", 0);
}

static void oplog_do_state(struct oplog_op *op, struct doc *d, size_t e)
{
	if (doc_set_disabled(d, e, op->kind == OPLOG_DISABLE, NULL) != 0) {
		op->result = OPLOG_CLASH;
		buf_adds(&op->why, d->error);
	} else {
		op->result = OPLOG_APPLIED;
	}
}

static void oplog_do_set(struct oplog_op *op, struct doc *d, size_t e)
{
	const char *args[8];
	size_t i, off = 0, n = op->now.nargs < 8 ? op->now.nargs : 8;

	for (i = 0; i < n; i++) {
		args[i] = op->now.args.data + off;
		off += strlen(args[i]) + 1;
	}
	if (doc_set_args(d, e, args, n, NULL) != 0) {
		op->result = OPLOG_CLASH;
		buf_adds(&op->why, d->error);
	} else {
		op->result = OPLOG_APPLIED;
	}
}

static void oplog_do_move(struct oplog_run *r, struct oplog_op *op, size_t e)
{
	struct doc *d = r->d;
	const struct doc_entry *en = &d->entries[e];
	struct buf t = { 0 };
	size_t a, z, line;

	if (en->flags & DOC_SHARED_LINE) {
		op->result = OPLOG_CLASH;
		buf_adds(&op->why, "it shares its line with another directive, so it was not moved");
		return;
	}
	line = oplog_line_for(r, op);
	if (line == en->line_first) {
		op->result = OPLOG_ALREADY;
		r->chain = en->line_last + 1;
		return;
	}
	a = d->lines[en->line_first].off;
	z = d->lines[en->line_last].off + doc_line_len(d, en->line_last);
	buf_add(&t, d->text.data + a, z - a);
	if (line > en->line_last)
		line -= en->line_last - en->line_first + 1;
	doc_group_begin(d);
	if (doc_splice(d, a, z - a, "", 0) == 0 && oplog_insert(r, line, t.data, t.len) == 0) {
		op->result = OPLOG_APPLIED;
	} else {
		op->result = OPLOG_CLASH;
		buf_adds(&op->why, d->error);
	}
	doc_group_end(d);
	buf_free(&t);
}

static void oplog_do_add(struct oplog_run *r, struct oplog_op *op)
{
	struct doc *d = r->d;
	size_t line, e;

	/* more of them than the base had: the other side added it too */
	if (oplog_howmany(d, &op->target) > op->had) {
		op->result = OPLOG_ALREADY;
		e = oplog_find(d, &op->target, 0);
		if (e != SIZE_MAX)
			r->chain = d->entries[e].line_last + 1;
		return;
	}
	line = oplog_line_for(r, op);
	if (op->text.len) {
		if (oplog_insert(r, line, op->text.data, op->text.len) == 0) {
			op->result = OPLOG_APPLIED;
			return;
		}
	} else {
		const char *w[9];
		size_t i, off = 0, n = op->target.nargs < 8 ? op->target.nargs : 8;

		w[0] = op->target.name.data;
		for (i = 0; i < n; i++) {
			w[i + 1] = op->target.args.data + off;
			off += strlen(w[i + 1]) + 1;
		}
		if (doc_insert(d, line, w, n + 1, NULL) == 0) {
			op->result = OPLOG_APPLIED;
			r->chain = line + 1;
			return;
		}
	}
	op->result = OPLOG_CLASH;
	buf_adds(&op->why, d->error);
}

static void oplog_one(struct oplog_run *r, struct oplog_op *op)
{
	struct doc *d = r->d;
	size_t e;

	if (op->kind == OPLOG_ADD) {
		oplog_do_add(r, op);
		return;
	}
	e = oplog_find(d, &op->target, 0);
	if (e == SIZE_MAX) {
		struct oplog_shape done;

		/* the other side may have made the same change */
		oplog_shape_copy(&done, op->kind == OPLOG_SET ? &op->now : &op->target);
		if (op->kind == OPLOG_ENABLE || op->kind == OPLOG_DISABLE)
			done.disabled = op->kind == OPLOG_DISABLE;
		if ((op->kind == OPLOG_DELETE && oplog_find(d, &op->target, 1) == SIZE_MAX) ||
		    (op->kind != OPLOG_DELETE && op->kind != OPLOG_MOVE && oplog_find(d, &done, 0) != SIZE_MAX))
			op->result = OPLOG_ALREADY;
		else
			oplog_clash(r, op, &op->target, op->kind == OPLOG_DELETE ? "not deleted" :
			            "not applied");
		oplog_shape_free(&done);
		return;
	}
	switch (op->kind) {
	case OPLOG_DELETE: oplog_do_delete(r, op, e); break;
	case OPLOG_ENABLE:
	case OPLOG_DISABLE: oplog_do_state(op, d, e); break;
	case OPLOG_SET: oplog_do_set(op, d, e); break;
	case OPLOG_MOVE: oplog_do_move(r, op, e); break;
	case OPLOG_ADD: break;
	}
}

size_t oplog_apply(struct oplog *log, struct doc *d)
{
	struct oplog_run r;
	size_t i;

	r.d = d;
	r.chain = SIZE_MAX;
	r.secrets = log->secrets;
	doc_group_begin(d);
	for (i = 0; i < log->n; i++) {
		buf_reset(&log->ops[i].why);
		oplog_one(&r, &log->ops[i]);
	}
	doc_group_end(d);
	return oplog_count(log, OPLOG_CLASH);
}
