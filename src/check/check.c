/* check.c - the check module's front: the table of checks, building findings, and the run that puts them in line order. */
#include "check/check.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/lexer.h"
#include "base/util.h"

static const struct check_kind check_kinds[CHECK_K_COUNT] = {
#define CHECK_X(sym, id, sev, summary) { id, sev, summary },
	CHECK_KINDS(CHECK_X)
#undef CHECK_X
};

size_t check_kind_count(void)
{
	return CHECK_K_COUNT;
}

const struct check_kind *check_kind_at(size_t i)
{
	return i < CHECK_K_COUNT ? &check_kinds[i] : NULL;
}

const struct check_kind *check_kind_find(const char *id)
{
	size_t i;

	for (i = 0; i < CHECK_K_COUNT; i++)
		if (strcmp(check_kinds[i].id, id) == 0)
			return &check_kinds[i];
	return NULL;
}

const char *check_severity_name(enum check_severity s)
{
	return s == CHECK_ERROR ? "error" : s == CHECK_WARNING ? "warning" : "note";
}

/* ---- building findings ---------------------------------------------- */

/* A finding's kind is kept in the top bits of `says`. */
typedef char check_kinds_fit[CHECK_K_COUNT <= (1u << (32 - CHECK_SAYS_SHIFT)) ? 1 : -1];

const char *check_finding_id(const struct check_finding *f)
{
	return check_kinds[check_kind_of(f)].id;
}

enum check_severity check_finding_severity(const struct check_finding *f)
{
	return check_kinds[check_kind_of(f)].severity;
}

void check_addb(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
                const struct buf *fix, const struct buf *replacement,
                const struct buf *msg)
{
	struct check_report *r = c->out;
	uint32_t m = msg && msg->data ? check_text_keep(r, msg->data, msg->len)
	                              : check_text_keep(r, "", 0);
	uint32_t fx = 0, rp = 0;

	if (fix && fix->len)
		fx = check_text_keep(r, fix->data, fix->len);
	if (replacement)
		rp = replacement->len ? check_text_keep(r, replacement->data, replacement->len)
		                      : CHECK_TEXT_EMPTY;
	check_push(c, k, line, entry, check_text_says(r, m, fx, rp));
}

void check_add(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
               const char *fix, const char *replacement, const char *fmt, ...)
{
	struct check_report *r = c->out;
	va_list ap;
	uint32_t m, fx = 0, rp = 0;

	buf_reset(&c->scratch);
	va_start(ap, fmt);
	buf_vprintf(&c->scratch, fmt, ap);
	va_end(ap);
	m = check_text_keep(r, c->scratch.data ? c->scratch.data : "", c->scratch.len);
	/* the fixes are constants (check_int.h) */
	if (fix && *fix)
		fx = check_text_const(r, fix);
	if (replacement)
		rp = *replacement ? check_text_keep(r, replacement, strlen(replacement))
		                  : CHECK_TEXT_EMPTY;
	check_push(c, k, line, entry, check_text_says(r, m, fx, rp));
}

void check_word(struct buf *b, const char *w, size_t len)
{
	buf_addc(b, '\'');
	buf_add_escaped(b, w, len > 48 ? 48 : len);
	if (len > 48)
		buf_adds(b, "...");
	buf_addc(b, '\'');
}

void check_entry_text(const struct check_ctx *c, size_t entry, struct buf *out)
{
	const struct doc_entry *e = &c->d->entries[entry];
	size_t i, len;
	const char *v;

	for (i = 0; i < e->nwords; i++) {
		v = check_val(c, e->word + i, &len);
		if (i)
			buf_addc(out, ' ');
		lexer_quote(out, v, len);
	}
}

void check_stops(const struct check_ctx *c, size_t line, struct buf *msg)
{
	buf_printf(msg, " pppd then stops at line %zu and refuses to start: %s", line,
	           c->shared_file ? "every PPP connection on this machine fails."
	                          : "every connection that reads this file fails.");
}

/* ---- the run ---------------------------------------------------------- */

static int check_path_is(const char *path, const char *a)
{
	return path && (strcmp(path, a) == 0 ||
	                 (strncmp(path, "/private", 8) == 0 && strcmp(path + 8, a) == 0));
}

/* Which part of the run says a finding: the file's bytes and the walk,
 * then the values set twice, then the contradictions. On one line they
 * come in that order. */
static int check_phase(const struct check_finding *f)
{
	enum check_kid k = check_kind_of(f);

	return k == CHECK_K_REPEATED || k == CHECK_K_DUPLICATE ? 1 : k == CHECK_K_CONFLICT ? 2 : 0;
}

/* The report's order: by line; on one line by phase; within the repeats
 * by name and value (check_repeats_order); otherwise as found. */
static int check_order(const struct check_ctx *c, const struct check_finding *a,
                       const struct check_finding *b)
{
	int pa, pb;

	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	pa = check_phase(a);
	pb = check_phase(b);
	if (pa != pb || pa != 1)
		return pa - pb;
	return check_repeats_order(c, a, b, check_kind_of(a) == CHECK_K_DUPLICATE,
	                           check_kind_of(b) == CHECK_K_DUPLICATE);
}

static size_t check_run_end(const struct check_ctx *c, const struct check_finding *it,
                            size_t a, size_t n)
{
	for (a++; a < n && check_order(c, &it[a - 1], &it[a]) <= 0; a++)
		;
	return a;
}

/* Merges the sorted runs it[a..b) and it[b..e) in place, the left one
 * first on equal findings. What is in place already stays there (the left
 * run's head, the right one's tail); of the rest the shorter run is set
 * aside in *buf, which grows as needed. */
static void check_merge(const struct check_ctx *c, struct check_finding *it, size_t a,
                        size_t b, size_t e, struct check_finding **buf, size_t *cap)
{
	size_t lo, hi, x, y, k;

	for (lo = a, hi = b; lo < hi;) {
		size_t mid = lo + (hi - lo) / 2;
		if (check_order(c, &it[mid], &it[b]) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	a = lo;
	for (lo = b, hi = e; lo < hi;) {
		size_t mid = lo + (hi - lo) / 2;
		if (check_order(c, &it[b - 1], &it[mid]) > 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	e = lo;
	if (a == b || b == e)
		return;
	if (b - a <= e - b) {
		util_grow(buf, cap, b - a, sizeof **buf);
		memcpy(*buf, it + a, (b - a) * sizeof *it);
		for (x = 0, y = b, k = a; x < b - a && y < e;)
			it[k++] = check_order(c, &(*buf)[x], &it[y]) <= 0 ? (*buf)[x++] : it[y++];
		while (x < b - a)
			it[k++] = (*buf)[x++];
	} else {
		util_grow(buf, cap, e - b, sizeof **buf);
		memcpy(*buf, it + b, (e - b) * sizeof *it);
		for (x = b, y = e - b, k = e; x > a && y > 0;)
			it[--k] = check_order(c, &it[x - 1], &(*buf)[y - 1]) > 0 ? it[--x] : (*buf)[--y];
		while (y > 0)
			it[--k] = (*buf)[--y];
	}
}

/* The findings come in a few long runs already in order (the walk's with
 * the values set again, the duplicates, the contradictions): a natural merge
 * sort in place takes few passes, and sets aside no more than the shorter
 * of two runs at a time instead of a copy of a large report. */
static void check_sort(const struct check_ctx *c, struct check_report *r)
{
	struct check_finding *buf = NULL;
	size_t cap = 0, nrun, a, b, e, n = r->n;

	do {
		for (nrun = 0, a = 0; a < n; a = e, nrun++) {
			b = check_run_end(c, r->items, a, n);
			e = b < n ? check_run_end(c, r->items, b, n) : n;
			if (b < e)
				check_merge(c, r->items, a, b, e, &buf, &cap);
		}
	} while (nrun > 1);
	free(buf);
}

void check_run(const struct doc *d, enum platform p,
               const struct check_file *file, struct check_report *out)
{
	struct check_ctx c;
	struct check_row *ri;
	size_t i, prev = SIZE_MAX;

	memset(out, 0, sizeof *out);
	memset(&c, 0, sizeof c);
	c.d = d;
	c.p = p;
	c.file = file;
	c.out = out;
	for (i = 0; i < CHECK_K_COUNT; i++)
		c.severity[i] = (unsigned char)check_kinds[i].severity;
	catalog_scope_init(&c.scope, p);
	/* rows are kept as 16-bit indices (check_ctx.rows) */
	if (catalog_count() >= UINT16_MAX)
		util_die("the catalogue has too many rows (%zu)", catalog_count());
	c.table = catalog_at(0);
	c.rowinfo = util_xcalloc(catalog_count(), sizeof *c.rowinfo);
	c.rows = util_xcalloc(d->nentries + 1, sizeof *c.rows);
	/* A large file has about one finding per directive: room for that at
	 * once, rather than arrays of every size up to it, each written and
	 * thrown away (pages not written cost nothing). */
	out->cap = d->nentries + 16;
	out->items = util_xmalloc(out->cap * sizeof *out->items);
	c.system_file = file && file->path && (strncmp(file->path, "/etc/", 5) == 0 ||
	                                       strncmp(file->path, "/private/etc/", 13) == 0);
	c.shared_file = !file || !file->path || check_path_is(file->path, "/etc/ppp/options") ||
	                check_path_is(file->path, "/etc/ppp/postoptions");
	if (file && file->missing) {
		check_add(&c, CHECK_K_NO_FILE, 0, SIZE_MAX, NULL, NULL,
		          "There is no file here, so pppd uses its built-in defaults.");
	}
	check_file_mode(&c);
	check_bytes(&c);
	check_repeats_begin(&c);
	for (i = 0; i < d->nentries; i++) {
		if (d->entries[i].disabled)
			continue;
		if ((ri = check_entry(&c, i, prev)) != NULL)
			check_repeats_entry(&c, i, ri);
		prev = i;
	}
	check_repeats_end(&c);
	memo_free(&c.memo);
	buf_free(&c.scratch);
	free(c.rowinfo);
	/* the array's slack goes before the sort */
	if (!out->n) {
		free(out->items);
		out->items = NULL;
		out->cap = 0;
	} else if (out->cap > out->n) {
		out->items = util_xrealloc(out->items, out->n * sizeof *out->items);
		out->cap = out->n;
	}
	/* check_report_index counts them in 32 bits */
	if (out->n > UINT32_MAX)
		util_die("too many findings (%zu)", out->n);
	check_sort(&c, out);
	free(c.rows);
}

void check_report_free(struct check_report *r)
{
	check_text_free(r);
	free(r->items);
	free(r->entry_first);
	free(r->by_entry);
	r->items = NULL;
	r->entry_first = r->by_entry = NULL;
	r->n = r->cap = r->nentries = r->nfile = 0;
	r->count[0] = r->count[1] = r->count[2] = 0;
}

/* A counting sort of the finding indices by entry; stable, so each entry's
 * findings keep the report's line order. The file's own go last. Counts and
 * indices are 32 bits: the findings are fewer than 2^32 (check_run). */
static void check_index_sorted(struct check_report *r)
{
	size_t i, k, ne = 0;

	for (i = 0; i < r->n; i++)
		if (r->items[i].entry != CHECK_FILE_ENTRY && r->items[i].entry + (size_t)1 > ne)
			ne = r->items[i].entry + (size_t)1;
	r->nentries = ne;
	r->entry_first = util_xcalloc(ne + 2, sizeof *r->entry_first);
	r->by_entry = util_xmalloc((r->n ? r->n : 1) * sizeof *r->by_entry);
	/* counts land one slot ahead, so the running sum gives each start */
	for (i = 0; i < r->n; i++)
		r->entry_first[(r->items[i].entry == CHECK_FILE_ENTRY ? ne : r->items[i].entry) + 1]++;
	for (k = 1; k <= ne + 1; k++)
		r->entry_first[k] += r->entry_first[k - 1];
	/* entry_first[e] is e's cursor and ends as e's end; a shift by one
	 * slot then makes the ends the next entries' starts again */
	for (i = 0; i < r->n; i++) {
		size_t e = r->items[i].entry == CHECK_FILE_ENTRY ? ne : r->items[i].entry;
		r->by_entry[r->entry_first[e]++] = (uint32_t)i;
	}
	for (k = ne + 1; k > 0; k--)
		r->entry_first[k] = r->entry_first[k - 1];
	r->entry_first[0] = 0;
}

/* Most reports are in entry order already (one directive a line): then the
 * index is only the few findings on the file as a whole, and no memory or
 * time goes to a table as long as the report. */
void check_report_index(struct check_report *r)
{
	size_t i, nfile = 0;
	uint32_t last = 0;
	int in_order = 1;

	free(r->entry_first);
	free(r->by_entry);
	r->entry_first = r->by_entry = NULL;
	r->nentries = r->nfile = 0;
	for (i = 0; i < r->n; i++) {
		uint32_t e = r->items[i].entry;
		if (e == CHECK_FILE_ENTRY) {
			nfile++;
			continue;
		}
		if (e < last) {
			in_order = 0;
			break;
		}
		last = e;
		r->nentries = (size_t)e + 1;
	}
	if (!in_order) {
		check_index_sorted(r);
		return;
	}
	r->by_entry = util_xmalloc((nfile ? nfile : 1) * sizeof *r->by_entry);
	for (i = 0; i < r->n; i++)
		if (r->items[i].entry == CHECK_FILE_ENTRY)
			r->by_entry[r->nfile++] = (uint32_t)i;
}

/* In a report in entry order: the first place whose entry is not below
 * `want`, the file's own findings (a few) stepped over. */
static size_t check_entry_place(const struct check_report *r, uint32_t want)
{
	size_t lo = 0, hi = r->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, m = mid;
		while (m > lo && r->items[m].entry == CHECK_FILE_ENTRY)
			m--;
		if (r->items[m].entry == CHECK_FILE_ENTRY || r->items[m].entry < want)
			lo = mid + 1;
		else
			hi = m;
	}
	return lo;
}

const struct check_finding *check_entry_next(const struct check_report *r, size_t entry,
                                             size_t *pos)
{
	uint32_t want;

	/* SIZE_MAX asks for the file's own; no entry index reaches 2^32 - 1 */
	if (entry != SIZE_MAX && entry >= CHECK_FILE_ENTRY)
		return NULL;
	want = entry == SIZE_MAX ? CHECK_FILE_ENTRY : (uint32_t)entry;
	if (r->entry_first) {
		size_t e = want == CHECK_FILE_ENTRY ? r->nentries : want, at;
		if (want != CHECK_FILE_ENTRY && want >= r->nentries)
			return NULL;   /* the slot at nentries is the file's own */
		at = r->entry_first[e] + *pos;
		if (at >= r->entry_first[e + 1])
			return NULL;
		(*pos)++;
		return &r->items[r->by_entry[at]];
	}
	if (r->by_entry && want == CHECK_FILE_ENTRY)
		return *pos < r->nfile ? &r->items[r->by_entry[(*pos)++]] : NULL;
	if (r->by_entry) {
		/* *pos is 1 + the place to look at next */
		size_t at = *pos ? *pos - 1 : check_entry_place(r, want);
		for (; at < r->n; at++) {
			if (r->items[at].entry == CHECK_FILE_ENTRY)
				continue;
			if (r->items[at].entry != want)
				break;
			*pos = at + 2;
			return &r->items[at];
		}
		*pos = r->n + 1;
		return NULL;
	}
	for (; *pos < r->n; (*pos)++)
		if (r->items[*pos].entry == want)
			return &r->items[(*pos)++];
	return NULL;
}

int check_worst_for_entry(const struct check_report *r, size_t entry)
{
	const struct check_finding *f;
	int worst = -1;
	size_t pos = 0;

	while ((f = check_entry_next(r, entry, &pos)) != NULL)
		if ((int)check_finding_severity(f) > worst)
			worst = (int)check_finding_severity(f);
	return worst;
}
