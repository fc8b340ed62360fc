/* diff.c - unified diff of two byte strings: a linear-space Myers line diff, printed as diff -u does. */
#include "base/diff.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "base/util.h"

/* Past this many steps of search in total, each further split looks only
 * DIFF_CHEAP_D edits deep and settles for a good split instead of the best,
 * so that a pathological pair of large files still finishes quickly. */
#define DIFF_BUDGET 50000000LL
#define DIFF_CHEAP_D 256

/* One input: where its lines are, and which of them the edit script touches. */
struct diff_side {
	const char *text;
	size_t n;              /* number of lines */
	size_t *start;         /* n + 1 offsets: line i is [start[i], start[i+1]) */
	unsigned char *chg;    /* 1 = deleted (old side) / inserted (new side) */
};

/* The search state shared by every level of the divide and conquer. */
struct diff_ctx {
	const size_t *a, *b;   /* line classes of the part being compared */
	unsigned char *ca, *cb;/* their changed flags */
	ptrdiff_t *fwd, *bwd;  /* furthest x reached on each diagonal */
	long long budget;
};

struct diff_change {
	size_t a, na, b, nb;   /* 0-based first line and count on each side */
};

static void diff_split(struct diff_side *s, const char *p, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += p[i] == '\n';
	if (len && p[len - 1] != '\n')
		n++;
	s->text = p;
	s->n = n;
	s->start = util_xmalloc((n + 1) * sizeof *s->start);
	s->chg = util_xcalloc(n + 1, 1);
	n = 0;
	s->start[0] = 0;
	for (i = 0; i < len; i++)
		if (p[i] == '\n')
			s->start[++n] = i + 1;
	s->start[s->n] = len;
}

static size_t diff_linelen(const struct diff_side *s, size_t i)
{
	return s->start[i + 1] - s->start[i];
}

static int diff_lines_equal(const struct diff_side *s, size_t i,
                            const struct diff_side *t, size_t j)
{
	size_t n = diff_linelen(s, i);

	return n == diff_linelen(t, j) &&
	       memcmp(s->text + s->start[i], t->text + t->start[j], n) == 0;
}

/* Numbers the lines of both middles so that equal lines get equal numbers;
 * the search then compares integers. `classes` maps a line's bytes to where
 * the number of the first such line is kept (in out, which stays put). */
static void diff_classify(const struct diff_side *s, size_t from, size_t to,
                          struct hash *classes, size_t *ncls, size_t *out)
{
	size_t i;

	for (i = from; i < to; i++) {
		int added;
		struct hash_item *it = hash_put(classes, s->text + s->start[i],
		                                diff_linelen(s, i), &added);

		if (added) {
			out[i - from] = (*ncls)++;
			it->val = &out[i - from];
		} else {
			out[i - from] = *(const size_t *)it->val;
		}
	}
}

/* The furthest x on diagonal k, or -1 where this search has not been. Only
 * the cells within the current radius are initialised, so a search that
 * stops early costs no more than the steps it took. */
static ptrdiff_t diff_v(const ptrdiff_t *v, ptrdiff_t off, ptrdiff_t radius, ptrdiff_t k)
{
	return k < -radius || k > radius ? -1 : v[off + k];
}

/* Myers' middle snake for a[0..n) against b[0..m), searching forwards from
 * the top-left and backwards from the bottom-right at once until the two
 * frontiers overlap; the overlap is a point on a shortest edit path. When
 * the search gives up (dlimit), the forward point that got furthest is used:
 * a correct split, though perhaps not a minimal one. 0 when no usable point. */
static int diff_bisect(struct diff_ctx *c, const size_t *a, ptrdiff_t n,
                       const size_t *b, ptrdiff_t m, ptrdiff_t dlimit,
                       ptrdiff_t *sx, ptrdiff_t *sy)
{
	ptrdiff_t maxd = (n + m + 1) / 2, off = maxd + 1, delta = n - m;
	ptrdiff_t *v1 = c->fwd, *v2 = c->bwd;
	ptrdiff_t r1 = 1, r2 = 1, lo1 = 0, hi1 = 0, lo2 = 0, hi2 = 0, d, k, top, bot;
	ptrdiff_t bestx = -1, besty = -1;
	int odd = delta % 2 != 0;

	v1[off - 1] = v1[off] = -1;
	v1[off + 1] = 0;
	v2[off - 1] = v2[off] = -1;
	v2[off + 1] = 0;
	if (dlimit > maxd)
		dlimit = maxd;
	for (d = 0; d <= dlimit; d++) {
		if (c->budget < 0 && d > DIFF_CHEAP_D)
			break;
		if (d + 1 > r1) {
			v1[off - d - 1] = v1[off + d + 1] = -1;
			v2[off - d - 1] = v2[off + d + 1] = -1;
			r1 = r2 = d + 1;
		}
		top = d - hi1;
		bot = -d + lo1;
		for (k = top; k >= bot; k -= 2) {
			ptrdiff_t x, y, x0;

			if (k == -d || (k != d && v1[off + k - 1] < v1[off + k + 1]))
				x = v1[off + k + 1];
			else
				x = v1[off + k - 1] + 1;
			y = x - k;
			x0 = x;
			while (x < n && y < m && a[x] == b[y]) {
				x++;
				y++;
			}
			c->budget -= 1 + (x - x0);
			v1[off + k] = x;
			if (x > n) {
				hi1 += 2;
			} else if (y > m) {
				lo1 += 2;
			} else {
				if (x + y > bestx + besty) {
					bestx = x;
					besty = y;
				}
				if (odd) {
					ptrdiff_t k2 = delta - k, x2 = diff_v(v2, off, r2, k2);

					if (x2 != -1 && x >= n - x2) {
						*sx = x;
						*sy = y;
						return 1;
					}
				}
			}
		}
		top = d - hi2;
		bot = -d + lo2;
		for (k = bot; k <= top; k += 2) {
			ptrdiff_t x, y, x0;

			if (k == -d || (k != d && v2[off + k - 1] < v2[off + k + 1]))
				x = v2[off + k + 1];
			else
				x = v2[off + k - 1] + 1;
			y = x - k;
			x0 = x;
			while (x < n && y < m && a[n - 1 - x] == b[m - 1 - y]) {
				x++;
				y++;
			}
			c->budget -= 1 + (x - x0);
			v2[off + k] = x;
			if (x > n) {
				hi2 += 2;
			} else if (y > m) {
				lo2 += 2;
			} else if (!odd) {
				ptrdiff_t k1 = delta - k, x1 = diff_v(v1, off, r1, k1);

				if (x1 != -1 && x1 >= n - x) {
					*sx = n - x;
					*sy = m - y;
					return 1;
				}
			}
		}
	}
	if (bestx <= 0 && besty <= 0)
		return 0;
	*sx = bestx;
	*sy = besty;
	return 1;
}

static void diff_mark(unsigned char *chg, size_t from, size_t to)
{
	while (from < to)
		chg[from++] = 1;
}

/* Compares a[x0..x1) with b[y0..y1), marking what the edit script touches. */
static void diff_region(struct diff_ctx *c, size_t x0, size_t x1, size_t y0, size_t y1)
{
	ptrdiff_t sx, sy;
	size_t mx, my;

	while (x0 < x1 && y0 < y1 && c->a[x0] == c->b[y0]) {
		x0++;
		y0++;
	}
	while (x0 < x1 && y0 < y1 && c->a[x1 - 1] == c->b[y1 - 1]) {
		x1--;
		y1--;
	}
	if (x0 == x1 || y0 == y1) {
		diff_mark(c->ca, x0, x1);
		diff_mark(c->cb, y0, y1);
		return;
	}
	if (!diff_bisect(c, c->a + x0, (ptrdiff_t)(x1 - x0), c->b + y0,
	                 (ptrdiff_t)(y1 - y0),
	                 c->budget > 0 ? PTRDIFF_MAX : DIFF_CHEAP_D, &sx, &sy)) {
		diff_mark(c->ca, x0, x1);
		diff_mark(c->cb, y0, y1);
		return;
	}
	mx = x0 + (size_t)sx;
	my = y0 + (size_t)sy;
	if ((mx == x0 && my == y0) || (mx == x1 && my == y1)) {
		/* no progress would loop forever; the plain answer is still right */
		diff_mark(c->ca, x0, x1);
		diff_mark(c->cb, y0, y1);
		return;
	}
	diff_region(c, x0, mx, y0, my);
	diff_region(c, mx, x1, my, y1);
}

/* Finds which lines differ between the middles a[p..ea) and b[p..eb) (the
 * common head and tail are already excluded). Lines that occur nowhere in
 * the other file can never be matched, so they are marked at once and left
 * out of the search: exact, and it makes unrelated files cheap. */
static void diff_middle(struct diff_side *A, size_t p, size_t ea,
                        struct diff_side *B, size_t eb)
{
	size_t na = ea - p, nb = eb - p, ncls = 0, i, ka = 0, kb = 0;
	size_t *cls_a, *cls_b, *map_a, *map_b, *seq_a, *seq_b;
	unsigned char *in_a, *in_b, *ca, *cb;
	struct hash classes = { NULL, 0, 0 };
	struct diff_ctx c;

	cls_a = util_xmalloc((na + 1) * sizeof *cls_a);
	cls_b = util_xmalloc((nb + 1) * sizeof *cls_b);
	diff_classify(A, p, ea, &classes, &ncls, cls_a);
	diff_classify(B, p, eb, &classes, &ncls, cls_b);
	hash_free(&classes, NULL);

	in_a = util_xcalloc(ncls + 1, 1);
	in_b = util_xcalloc(ncls + 1, 1);
	for (i = 0; i < na; i++)
		in_a[cls_a[i]] = 1;
	for (i = 0; i < nb; i++)
		in_b[cls_b[i]] = 1;

	map_a = util_xmalloc((na + 1) * sizeof *map_a);
	map_b = util_xmalloc((nb + 1) * sizeof *map_b);
	seq_a = util_xmalloc((na + 1) * sizeof *seq_a);
	seq_b = util_xmalloc((nb + 1) * sizeof *seq_b);
	for (i = 0; i < na; i++) {
		if (in_b[cls_a[i]]) {
			map_a[ka] = p + i;
			seq_a[ka++] = cls_a[i];
		} else {
			A->chg[p + i] = 1;
		}
	}
	for (i = 0; i < nb; i++) {
		if (in_a[cls_b[i]]) {
			map_b[kb] = p + i;
			seq_b[kb++] = cls_b[i];
		} else {
			B->chg[p + i] = 1;
		}
	}

	ca = util_xcalloc(ka + 1, 1);
	cb = util_xcalloc(kb + 1, 1);
	c.a = seq_a;
	c.b = seq_b;
	c.ca = ca;
	c.cb = cb;
	c.fwd = util_xmalloc((ka + kb + 8) * sizeof *c.fwd);
	c.bwd = util_xmalloc((ka + kb + 8) * sizeof *c.bwd);
	c.budget = DIFF_BUDGET;
	diff_region(&c, 0, ka, 0, kb);
	for (i = 0; i < ka; i++)
		if (ca[i])
			A->chg[map_a[i]] = 1;
	for (i = 0; i < kb; i++)
		if (cb[i])
			B->chg[map_b[i]] = 1;

	free(c.fwd);
	free(c.bwd);
	free(ca);
	free(cb);
	free(seq_a);
	free(seq_b);
	free(map_a);
	free(map_b);
	free(in_a);
	free(in_b);
	free(cls_a);
	free(cls_b);
}

/* For each run of unchanged lines in `o` (numbered 0..), whether changed
 * lines of `o` follow it: where a change in one file may line up with a
 * change in the other. */
static unsigned char *diff_gaps(const struct diff_side *o)
{
	unsigned char *gap = util_xcalloc(o->n + 2, 1);
	size_t i, u = 0;

	for (i = 0; i < o->n; i++) {
		if (o->chg[i])
			gap[u] = 1;
		else
			u++;
	}
	return gap;
}

/* Many edit scripts are equally short; diff -u prints a canonical one. Each
 * run of changed lines is slid up as far as equal lines allow, then down as
 * far as they allow (merging with neighbouring runs on the way), and finally
 * back up to the last place where it lines up with a change in the other
 * file, so that a deletion and an insertion print as one change. */
static void diff_slide(struct diff_side *s, const struct diff_side *o)
{
	unsigned char *ch = s->chg, *gap = diff_gaps(o);
	size_t n = s->n, i = 0, u = 0;

	while (i < n) {
		size_t st, e, runlen, corr;

		if (!ch[i]) {
			i++;
			u++;
			continue;
		}
		st = i;
		e = i;
		while (e < n && ch[e])
			e++;
		do {
			runlen = e - st;
			while (st > 0 && diff_lines_equal(s, st - 1, s, e - 1)) {
				ch[--st] = 1;
				ch[--e] = 0;
				u--;
				while (st > 0 && ch[st - 1])
					st--;
			}
			corr = gap[u] ? e : (size_t)-1;
			while (e < n && diff_lines_equal(s, st, s, e)) {
				ch[st++] = 0;
				ch[e++] = 1;
				u++;
				while (e < n && ch[e])
					e++;
				if (gap[u])
					corr = e;
			}
		} while (runlen != e - st);
		if (corr != (size_t)-1) {
			while (e > corr) {
				ch[--st] = 1;
				ch[--e] = 0;
				u--;
			}
		}
		i = e;
	}
	free(gap);
}

static void diff_line(struct buf *out, char mark, const struct diff_side *s, size_t i)
{
	size_t n = diff_linelen(s, i);
	const char *p = s->text + s->start[i];

	buf_addc(out, mark);
	buf_add(out, p, n);
	if (n == 0 || p[n - 1] != '\n')
		buf_adds(out, "\n\\ No newline at end of file\n");
}

/* diff -u's numbering: "start,count", "start" alone for one line, and for an
 * empty range the line before it with ",0". */
static void diff_range(struct buf *out, size_t first, size_t count)
{
	if (count == 0)
		buf_printf(out, "%zu,0", first);
	else if (count == 1)
		buf_printf(out, "%zu", first + 1);
	else
		buf_printf(out, "%zu,%zu", first + 1, count);
}

static size_t diff_changes(const struct diff_side *A, const struct diff_side *B,
                           struct diff_change **out)
{
	size_t i = 0, j = 0, n = 0, cap = 0;
	struct diff_change *v = NULL;

	while (i < A->n || j < B->n) {
		if ((i < A->n && A->chg[i]) || (j < B->n && B->chg[j])) {
			struct diff_change ch;

			ch.a = i;
			ch.b = j;
			while (i < A->n && A->chg[i])
				i++;
			while (j < B->n && B->chg[j])
				j++;
			ch.na = i - ch.a;
			ch.nb = j - ch.b;
			util_grow(&v, &cap, n + 1, sizeof *v);
			v[n++] = ch;
		} else {
			i++;
			j++;
		}
	}
	*out = v;
	return n;
}

static size_t diff_min(size_t a, size_t b)
{
	return a < b ? a : b;
}

static size_t diff_print(const struct diff_side *A, const struct diff_side *B,
                         const struct diff_change *ch, size_t nch, size_t ctx,
                         struct buf *out)
{
	size_t h = 0, f = 0;

	while (f < nch) {
		size_t l = f, pre, post, s0, s1, e0, e1, i, j, k;

		/* changes closer than 2 * ctx + 1 unchanged lines share a hunk */
		while (l + 1 < nch && ch[l + 1].a - (ch[l].a + ch[l].na) <= 2 * ctx)
			l++;
		pre = diff_min(ctx, diff_min(ch[f].a, ch[f].b));
		post = diff_min(ctx, diff_min(A->n - (ch[l].a + ch[l].na),
		                              B->n - (ch[l].b + ch[l].nb)));
		s0 = ch[f].a - pre;
		s1 = ch[f].b - pre;
		e0 = ch[l].a + ch[l].na + post;
		e1 = ch[l].b + ch[l].nb + post;
		buf_adds(out, "@@ -");
		diff_range(out, s0, e0 - s0);
		buf_adds(out, " +");
		diff_range(out, s1, e1 - s1);
		buf_adds(out, " @@\n");
		i = s0;
		j = s1;
		for (k = f; k <= l; k++) {
			for (; i < ch[k].a; i++, j++)
				diff_line(out, ' ', A, i);
			for (; i < ch[k].a + ch[k].na; i++)
				diff_line(out, '-', A, i);
			for (; j < ch[k].b + ch[k].nb; j++)
				diff_line(out, '+', B, j);
		}
		for (; i < e0; i++)
			diff_line(out, ' ', A, i);
		h++;
		f = l + 1;
	}
	return h;
}

size_t diff_unified(const char *old, size_t old_len, const char *new_, size_t new_len,
                    const char *old_name, const char *new_name, int context,
                    struct buf *out)
{
	struct diff_side A, B;
	struct diff_change *ch;
	size_t p = 0, ea, eb, nch, hunks;

	if (old_len == new_len && (old_len == 0 || memcmp(old, new_, old_len) == 0))
		return 0;
	diff_split(&A, old ? old : "", old_len);
	diff_split(&B, new_ ? new_ : "", new_len);
	ea = A.n;
	eb = B.n;
	while (p < ea && p < eb && diff_lines_equal(&A, p, &B, p))
		p++;
	while (ea > p && eb > p && diff_lines_equal(&A, ea - 1, &B, eb - 1)) {
		ea--;
		eb--;
	}
	diff_middle(&A, p, ea, &B, eb);
	diff_slide(&A, &B);
	diff_slide(&B, &A);
	nch = diff_changes(&A, &B, &ch);
	buf_printf(out, "--- %s\n+++ %s\n", old_name, new_name);
	hunks = diff_print(&A, &B, ch, nch, context > 0 ? (size_t)context : 0, out);
	free(ch);
	free(A.start);
	free(A.chg);
	free(B.start);
	free(B.chg);
	return hunks;
}
