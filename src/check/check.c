/* check.c - the run: the walk over the directives in pppd's order, the rules of each stage (check_kinds.c has their table), then the findings in line order. */
#include "check/check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/secrets.h"
#include "base/util.h"

/* ---- reading the document ------------------------------------------- */

const char *check_name(const struct check_ctx *c, size_t entry, size_t *len)
{
	size_t wi = c->d->entries[entry].word;
	const char *name = check_val(c, wi, len), *nul;

	if ((c->d->words[wi].flags & LEXER_HAS_NUL) && (nul = memchr(name, '\0', *len)) != NULL)
		*len = (size_t)(nul - name);
	return name;
}

const char *check_arg(const struct check_ctx *c, size_t entry, size_t *len)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *r = c->row[entry];

	*len = 0;
	if (!r || r->nargs < 1 || e->nwords < 2)
		return NULL;
	return check_val(c, e->word + 1, len);
}

size_t check_prev(const struct check_ctx *c, size_t entry)
{
	while (entry-- > 0)
		if (!c->d->entries[entry].disabled)
			return entry;
	return SIZE_MAX;
}

int check_same_line_as_prev(const struct check_ctx *c, size_t entry)
{
	size_t prev = check_prev(c, entry);

	return prev != SIZE_MAX &&
	       c->d->entries[prev].line_last == c->d->entries[entry].line_first;
}

enum platform check_other(enum platform p)
{
	return p == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS;
}

/* ---- the run ---------------------------------------------------------- */

/* Runs the rules of one stage in the table's order; a stage that explains
 * or refuses a name stops at the first rule that says something. Returns
 * 1 when one did. */
static int check_stage(struct check_ctx *c, unsigned stage, size_t entry, size_t word)
{
	int said = 0;
	size_t k;

	for (k = 0; k < CHECK_K_COUNT; k++) {
		if (!(check_rules[k].stages & stage))
			continue;
		said |= check_rules[k].fn(c, entry, word);
		if (said && (stage & (CHECK_REFUSED | CHECK_UNKNOWN)))
			break;
	}
	return said;
}

/* One directive (not disabled) as pppd reads it, at the scope the ones
 * before it left. */
static void check_read(struct check_ctx *c, size_t entry)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *r;
	size_t nlen, alen, i;
	const char *name = check_name(c, entry, &nlen), *arg;

	r = catalog_scope_match(&c->scope, name, nlen);
	if (!r) {
		if (!check_file_bom_glued(c, entry))
			check_stage(c, CHECK_UNKNOWN, entry, e->word);
		/* a quote that never closes, or a cut word, may be why */
		if (c->d->words[e->word].flags & (LEXER_UNTERMINATED | LEXER_TRUNCATED))
			check_stage(c, CHECK_WORD, entry, e->word);
		return;
	}
	c->row[entry] = r;
	if (check_stage(c, CHECK_REFUSED, entry, e->word)) {
		c->row[entry] = NULL;
		return;
	}
	check_stage(c, CHECK_ENTRY, entry, e->word);
	for (i = e->word; i < e->word + e->nwords; i++)
		if (check_words_worth(c, entry, i))
			check_stage(c, CHECK_WORD, entry, i);
	/* only plugin lines and plugins' own options move the scope */
	arg = check_arg(c, entry, &alen);
	if (strcmp(r->name, "plugin") == 0 || strcmp(r->name, "plugin2") == 0 || r->plugin)
		catalog_scope_apply(&c->scope, r, arg, alen);
	check_refused_wild_extra(c, entry);
	check_stage(c, CHECK_AGAIN, entry, e->word);
	check_sets_note(c, entry);
}

/* A finding with what decides its place in the report. */
struct check_sorting {
	size_t line;
	const struct check_finding *f;   /* in the report as found: its order */
	const char *value;               /* repeated, duplicate: the name and */
	size_t vlen;                     /* arguments of its entry */
};

/* On one line: the walk's findings, the values set again, then the
 * contradictions. */
static int check_phase(const struct check_finding *f)
{
	return f->kind == CHECK_K_REPEATED || f->kind == CHECK_K_DUPLICATE ? 1 :
	       f->kind == CHECK_K_CONFLICT ? 2 : 0;
}

/* By line, then phase; the values set again by name and value, a value's
 * repeats before what is said of its first entry; otherwise as found. */
static int check_order(const void *pa, const void *pb)
{
	const struct check_sorting *a = pa, *b = pb;
	int pha, phb, r;

	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	pha = check_phase(a->f);
	phb = check_phase(b->f);
	if (pha != phb)
		return pha - phb;
	if (pha == 1) {
		r = memcmp(a->value, b->value, a->vlen < b->vlen ? a->vlen : b->vlen);
		if (r)
			return r;
		if (a->vlen != b->vlen)
			return a->vlen < b->vlen ? -1 : 1;
		if (a->f->kind != b->f->kind)
			return a->f->kind == CHECK_K_DUPLICATE ? 1 : -1;
		if (a->f->entry != b->f->entry)
			return a->f->entry < b->f->entry ? -1 : 1;
	}
	return a->f < b->f ? -1 : a->f > b->f;
}

static void check_sort(const struct check_ctx *c, struct check_report *r)
{
	struct check_sorting *s;
	struct check_finding *items;
	size_t i;

	if (r->n < 2)
		return;
	s = util_xcalloc(r->n, sizeof *s);
	for (i = 0; i < r->n; i++) {
		s[i].line = r->items[i].line;
		s[i].f = &r->items[i];
		if (check_phase(s[i].f) == 1)
			s[i].value = check_sets_value(c, s[i].f->entry, &s[i].vlen);
	}
	qsort(s, r->n, sizeof *s, check_order);
	items = util_xmalloc(r->n * sizeof *items);
	for (i = 0; i < r->n; i++)
		items[i] = *s[i].f;
	free(r->items);
	r->items = items;
	r->cap = r->n;
	free(s);
}

static int check_path_is(const char *path, const char *a)
{
	return path && (strcmp(path, a) == 0 ||
	                 (strncmp(path, "/private", 8) == 0 && strcmp(path + 8, a) == 0));
}

int check_file_shared(const struct check_file *file)
{
	if (file && file->shared_via)
		return file->shared_via;
	return !file || !file->path || check_path_is(file->path, "/etc/ppp/options") ? 1 :
	       check_path_is(file->path, "/etc/ppp/postoptions") ? 2 : 0;
}

/* A run in progress: the context and the next entry to read. */
struct check_walk {
	struct check_ctx c;
	size_t next;
};

struct check_walk *check_walk_begin(const struct doc *d, enum platform p,
                                    const struct check_file *file,
                                    const struct catalog_scope *scope,
                                    struct check_report *out)
{
	struct check_walk *w = util_xcalloc(1, sizeof *w);
	struct check_ctx *c = &w->c;

	memset(out, 0, sizeof *out);
	c->d = d;
	c->p = p;
	c->file = file;
	c->out = out;
	c->system_file = file && file->path && (strncmp(file->path, "/etc/", 5) == 0 ||
	                                        strncmp(file->path, "/private/etc/", 13) == 0);
	c->shared_file = check_file_shared(file);
	if (scope) {
		c->scope = *scope;
	} else {
		catalog_scope_init(&c->scope, p);
		c->scope.by_shape = file && file->by_shape;
	}
	if (file && file->loaded && catalog_find("plugin", p))
		catalog_scope_apply(&c->scope, catalog_find("plugin", p), file->loaded,
		                    strlen(file->loaded));
	c->row = util_xcalloc(d->nentries + 1, sizeof *c->row);
	check_stage(c, CHECK_FILE, SIZE_MAX, SIZE_MAX);
	return w;
}

size_t check_walk_next(struct check_walk *w, const struct catalog_entry **row)
{
	const struct doc *d = w->c.d;
	size_t i;

	while (w->next < d->nentries && d->entries[w->next].disabled)
		w->next++;
	*row = NULL;
	if (w->next >= d->nentries)
		return SIZE_MAX;
	i = w->next++;
	check_read(&w->c, i);
	*row = w->c.row[i];
	return i;
}

const struct catalog_scope *check_walk_scope(const struct check_walk *w)
{
	return &w->c.scope;
}

void check_walk_set_scope(struct check_walk *w, const struct catalog_scope *s)
{
	w->c.scope = *s;
}

int check_walk_say(struct check_walk *w, const char *id, size_t entry, const char *fix,
                   const char *replacement, const char *message)
{
	struct buf msg;
	size_t k;

	for (k = 0; k < CHECK_K_COUNT; k++)
		if (strcmp(check_rules[k].kind.id, id) == 0)
			break;
	if (k == CHECK_K_COUNT)
		return -1;
	buf_init(&msg);
	buf_adds(&msg, message);
	check_say_buf(&w->c, (enum check_kid)k, entry == SIZE_MAX ? 0 : check_line(&w->c, entry),
	              entry, fix, replacement, &msg);
	return 0;
}

int check_report_say(struct check_report *r, const struct doc *d, const char *id,
                     size_t entry, const char *fix, const char *message)
{
	struct check_ctx c;
	struct check_finding f;
	struct buf msg;
	size_t k, i;

	for (k = 0; k < CHECK_K_COUNT; k++)
		if (strcmp(check_rules[k].kind.id, id) == 0)
			break;
	if (k == CHECK_K_COUNT)
		return -1;
	memset(&c, 0, sizeof c);
	c.d = d;
	c.out = r;
	buf_init(&msg);
	buf_adds(&msg, message);
	check_say_buf(&c, (enum check_kid)k, entry == SIZE_MAX ? 0 : check_line(&c, entry), entry,
	              fix, NULL, &msg);
	/* after the findings on its line and those before: the rest were sorted
	 * when the walk ended */
	f = r->items[r->n - 1];
	for (i = r->n - 1; i > 0 && r->items[i - 1].line > f.line; i--)
		r->items[i] = r->items[i - 1];
	r->items[i] = f;
	if (r->by_entry)
		check_report_index(r);
	return 0;
}

void check_walk_end(struct check_walk *w)
{
	check_stage(&w->c, CHECK_END, SIZE_MAX, SIZE_MAX);
	check_sort(&w->c, w->c.out);
	check_sets_free(&w->c.sets);
	free(w->c.row);
	free(w);
}

void check_run(const struct doc *d, enum platform p,
               const struct check_file *file, struct check_report *out)
{
	struct check_walk *w;
	const struct catalog_entry *row;

	/* a secrets file has lines of its own shape, read by none of the
	 * options file's rules */
	if (file && secrets_path(file->path)) {
		struct check_ctx c;

		memset(&c, 0, sizeof c);
		memset(out, 0, sizeof *out);
		c.d = d;
		c.p = p;
		c.file = file;
		c.out = out;
		check_secrets_run(&c);
		check_sort(&c, out);
		return;
	}
	w = check_walk_begin(d, p, file, file && file->has_start ? &file->start : NULL, out);
	while (check_walk_next(w, &row) != SIZE_MAX)
		continue;
	check_walk_end(w);
}

void check_start_at(const struct doc *d, enum platform p, const struct check_file *file,
                    size_t entry, struct check_file *to)
{
	struct check_report r;
	struct check_walk *w;
	const struct catalog_entry *row;
	size_t e;

	w = check_walk_begin(d, p, file, file && file->has_start ? &file->start : NULL, &r);
	while ((e = check_walk_next(w, &row)) != SIZE_MAX && e < entry)
		continue;
	to->start = *check_walk_scope(w);
	to->has_start = 1;
	to->shared_via = check_file_shared(file);
	check_walk_end(w);
	check_report_free(&r);
}
