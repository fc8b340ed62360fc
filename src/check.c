/* check.c - the check module's front: the table of checks, building findings, and the run that puts them in line order. */
#include "check.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "lexer.h"
#include "util.h"

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

/* Room for the findings' strings: one allocation per block of many
 * strings rather than three per finding, which on a large file with a
 * finding on nearly every line weighed more than the strings. */
struct check_text {
	struct check_text *next;
	size_t used, cap;
	char data[];
};

#define CHECK_TEXT_BLOCK 65536

static char *check_keep(struct check_report *r, const char *p, size_t n)
{
	struct check_text *t = r->text;
	char *out;

	if (!t || t->cap - t->used < n + 1) {
		size_t cap = n + 1 > CHECK_TEXT_BLOCK ? n + 1 : CHECK_TEXT_BLOCK;
		t = util_xmalloc(sizeof *t + cap);
		t->next = r->text;
		t->used = 0;
		t->cap = cap;
		r->text = t;
	}
	out = t->data + t->used;
	if (n)
		memcpy(out, p, n);
	out[n] = '\0';
	t->used += n + 1;
	return out;
}

/* The finding itself; its strings are filled in by the callers. Its
 * message is `kept` when given (a string the report already holds), else
 * a copy of msg. */
static struct check_finding *check_push(struct check_ctx *c, enum check_kid k, size_t line,
                                        size_t entry, const struct buf *msg, char *kept)
{
	struct check_report *r = c->out;
	struct check_finding *f;

	util_grow(&r->items, &r->cap, r->n + 1, sizeof *r->items);
	f = &r->items[r->n++];
	f->id = check_kinds[k].id;
	f->severity = check_kinds[k].severity;
	f->line = line;
	f->entry = entry;
	f->message = kept ? kept :
	             check_keep(r, msg && msg->data ? msg->data : "", msg ? msg->len : 0);
	f->fix = NULL;
	f->replacement = NULL;
	r->count[f->severity]++;
	return f;
}

/* "" as a replacement (delete the entry) is common: one shared copy. */
static char check_empty[1];

void check_addb(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
                const struct buf *fix, const struct buf *replacement,
                const struct buf *msg)
{
	struct check_finding *f = check_push(c, k, line, entry, msg, NULL);

	if (fix && fix->len)
		f->fix = check_keep(c->out, fix->data, fix->len);
	if (replacement)
		f->replacement = replacement->len ? check_keep(c->out, replacement->data,
		                                               replacement->len) : check_empty;
}

void check_add(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
               const char *fix, const char *replacement, const char *fmt, ...)
{
	struct check_finding *f;
	struct buf msg;
	va_list ap;

	buf_init(&msg);
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	f = check_push(c, k, line, entry, &msg, NULL);
	buf_free(&msg);
	/* the fixes are constants (check_int.h): kept as they are */
	if (fix && *fix)
		f->fix = (char *)fix;
	if (replacement)
		f->replacement = *replacement ? check_keep(c->out, replacement, strlen(replacement))
		                              : check_empty;
}

void check_add_same(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
                    const char *fix, const char *replacement, char *message)
{
	struct check_finding *f = check_push(c, k, line, entry, NULL, message);

	if (fix && *fix)
		f->fix = (char *)fix;
	if (replacement)
		f->replacement = *replacement ? check_keep(c->out, replacement, strlen(replacement))
		                              : check_empty;
}

void check_word(struct buf *b, const char *w, size_t len)
{
	buf_addc(b, '\'');
	buf_add_escaped(b, w, len > 48 ? 48 : len);
	if (len > 48)
		buf_adds(b, "...");
	buf_addc(b, '\'');
}

const char *check_value(const struct check_ctx *c, size_t i, size_t *len)
{
	const struct doc_word *w = &c->d->words[i];

	*len = w->len;
	return c->d->pool.data ? c->d->pool.data + w->val : "";
}

void check_entry_text(const struct check_ctx *c, size_t entry, struct buf *out)
{
	const struct doc_entry *e = &c->d->entries[entry];
	size_t i, len;
	const char *v;

	for (i = 0; i < e->nwords; i++) {
		v = check_value(c, e->word + i, &len);
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

size_t check_line(const struct check_ctx *c, size_t entry)
{
	return c->d->entries[entry].line_first + 1;
}

/* ---- the run ---------------------------------------------------------- */

static int check_path_is(const char *path, const char *a)
{
	return path && (strcmp(path, a) == 0 ||
	                 (strncmp(path, "/private", 8) == 0 && strcmp(path + 8, a) == 0));
}

/* Findings sorted by line, keeping the order they were found in. The merge
 * sort moves (line, index) pairs, which it reads in order, then the
 * findings follow their cycles in place: no second copy of a large report.
 * The findings come in a few long runs already in line order (the walk
 * over the entries, then each group of repeats), so the sort starts from
 * those runs rather than from single findings. Lines are below 2^32 (a
 * document's limit), and so, in any memory, is the number of findings. */
struct check_order {
	uint32_t line, at;
};

/* Merges the sorted runs o[a..b) and o[b..e) into t[a..e), left first on
 * equal lines. */
static void check_merge(const struct check_order *o, struct check_order *t, size_t a,
                        size_t b, size_t e)
{
	size_t x = a, y = b, k = a;

	while (x < b && y < e)
		t[k++] = o[y].line < o[x].line ? o[y++] : o[x++];
	while (x < b)
		t[k++] = o[x++];
	while (y < e)
		t[k++] = o[y++];
}

static void check_sort(struct check_report *r)
{
	struct check_order *o, *tmp, *sw;
	size_t *run, nrun, i, j, k;
	struct check_finding hold;

	for (i = 1; i < r->n && r->items[i - 1].line <= r->items[i].line; i++)
		;
	if (i >= r->n)
		return;
	if (r->n > UINT32_MAX)
		util_die("too many findings to sort (%zu)", r->n);
	o = util_xmalloc(r->n * sizeof *o);
	tmp = util_xmalloc(r->n * sizeof *tmp);
	run = util_xmalloc((r->n + 1) * sizeof *run);
	nrun = 0;
	for (i = 0; i < r->n; i++) {
		o[i].line = (uint32_t)r->items[i].line;
		o[i].at = (uint32_t)i;
		if (i == 0 || o[i].line < o[i - 1].line)
			run[nrun++] = i;
	}
	run[nrun] = r->n;
	/* run[0..nrun] are the starts of the sorted runs, then the end */
	while (nrun > 1) {
		size_t m = 0;

		for (k = 0; k + 1 < nrun; k += 2) {
			check_merge(o, tmp, run[k], run[k + 1], run[k + 2]);
			run[m++] = run[k];
		}
		if (k < nrun) {
			memcpy(tmp + run[k], o + run[k], (r->n - run[k]) * sizeof *o);
			run[m++] = run[k];
		}
		run[m] = r->n;
		nrun = m;
		sw = o;
		o = tmp;
		tmp = sw;
	}
	free(run);
	free(tmp);
	/* position j receives the finding at o[j].at; o[j].at = j marks it done */
	for (i = 0; i < r->n; i++) {
		if (o[i].at == i)
			continue;
		hold = r->items[i];
		j = i;
		for (;;) {
			k = o[j].at;
			o[j].at = (uint32_t)j;
			if (k == i)
				break;
			r->items[j] = r->items[k];
			j = k;
		}
		r->items[j] = hold;
	}
	free(o);
}

void check_run(const struct doc *d, enum platform p,
               const struct check_file *file, struct check_report *out)
{
	struct check_ctx c;
	size_t i, prev = SIZE_MAX;

	memset(out, 0, sizeof *out);
	memset(&c, 0, sizeof c);
	c.d = d;
	c.p = p;
	c.file = file;
	c.out = out;
	catalog_scope_init(&c.scope, p);
	c.rows = util_xcalloc(d->nentries + 1, sizeof *c.rows);
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
	for (i = 0; i < d->nentries; i++) {
		if (d->entries[i].disabled)
			continue;
		check_entry(&c, i, prev);
		prev = i;
	}
	check_repeats(&c);
	memo_free(&c.memo);
	free(c.rows);
	check_sort(out);
}

void check_report_free(struct check_report *r)
{
	while (r->text) {
		struct check_text *next = r->text->next;
		free(r->text);
		r->text = next;
	}
	free(r->items);
	free(r->entry_first);
	free(r->by_entry);
	r->items = NULL;
	r->entry_first = r->by_entry = NULL;
	r->n = r->cap = r->nentries = 0;
	r->count[0] = r->count[1] = r->count[2] = 0;
}

/* A counting sort of the finding indices by entry; stable, so each entry's
 * findings keep the report's line order. The file's own go last. */
void check_report_index(struct check_report *r)
{
	size_t i, k, ne = 0;

	free(r->entry_first);
	free(r->by_entry);
	for (i = 0; i < r->n; i++)
		if (r->items[i].entry != SIZE_MAX && r->items[i].entry + 1 > ne)
			ne = r->items[i].entry + 1;
	r->nentries = ne;
	r->entry_first = util_xcalloc(ne + 2, sizeof *r->entry_first);
	r->by_entry = util_xmalloc((r->n ? r->n : 1) * sizeof *r->by_entry);
	/* counts land one slot ahead, so the running sum gives each start */
	for (i = 0; i < r->n; i++)
		r->entry_first[(r->items[i].entry == SIZE_MAX ? ne : r->items[i].entry) + 1]++;
	for (k = 1; k <= ne + 1; k++)
		r->entry_first[k] += r->entry_first[k - 1];
	/* entry_first[e] is e's cursor and ends as e's end; a shift by one
	 * slot then makes the ends the next entries' starts again */
	for (i = 0; i < r->n; i++) {
		size_t e = r->items[i].entry == SIZE_MAX ? ne : r->items[i].entry;
		r->by_entry[r->entry_first[e]++] = i;
	}
	for (k = ne + 1; k > 0; k--)
		r->entry_first[k] = r->entry_first[k - 1];
	r->entry_first[0] = 0;
}

const struct check_finding *check_entry_next(const struct check_report *r, size_t entry,
                                             size_t *pos)
{
	if (r->entry_first) {
		size_t e = entry == SIZE_MAX ? r->nentries : entry, at;
		if (entry != SIZE_MAX && entry >= r->nentries)
			return NULL;   /* the slot at nentries is the file's own */
		at = r->entry_first[e] + *pos;
		if (at >= r->entry_first[e + 1])
			return NULL;
		(*pos)++;
		return &r->items[r->by_entry[at]];
	}
	for (; *pos < r->n; (*pos)++)
		if (r->items[*pos].entry == entry)
			return &r->items[(*pos)++];
	return NULL;
}

int check_worst_for_entry(const struct check_report *r, size_t entry)
{
	const struct check_finding *f;
	int worst = -1;
	size_t pos = 0;

	while ((f = check_entry_next(r, entry, &pos)) != NULL)
		if ((int)f->severity > worst)
			worst = (int)f->severity;
	return worst;
}
