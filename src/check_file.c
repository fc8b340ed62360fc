/* check_file.c - findings about the file as a whole: its permissions, and directives set twice or contradicting each other. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "util.h"

void check_file_mode(struct check_ctx *c)
{
	const struct check_file *f = c->file;
	const char *path = f && f->path ? f->path : "FILE";
	struct buf msg, fix;

	if (!f || !f->have_stat)
		return;
	buf_init(&msg);
	buf_init(&fix);
	if (f->mode & 022) {
		buf_printf(&msg, "The file can be changed by %s (mode %04o). pppd acts on it "
		           "with root's authority (a plugin line loads code into pppd, connect "
		           "runs a command), so whoever can write it can take over this machine.",
		           (f->mode & 002) ? "any user" : "members of its group",
		           (unsigned)(f->mode & 07777));
		buf_printf(&fix, "sudo chmod go-w %s", path);
		check_addb(c, CHECK_K_FILE_WRITABLE, 0, SIZE_MAX, &fix, NULL, &msg);
	}
	if (c->system_file && f->uid != 0) {
		buf_reset(&msg);
		buf_reset(&fix);
		buf_printf(&msg, "The file belongs to user id %lu, not root; that user can change "
		           "what pppd does as root.", (unsigned long)f->uid);
		buf_printf(&fix, "sudo chown root %s", path);
		check_addb(c, CHECK_K_FILE_NOT_ROOT, 0, SIZE_MAX, &fix, NULL, &msg);
	}
	if (f->dir_writable_by_others) {
		buf_reset(&msg);
		buf_adds(&msg, "The folder that holds the file can be changed by users other "
		         "than root, so they could replace the file with their own.");
		buf_reset(&fix);
		buf_adds(&fix, "Make the folder owned by root and writable only by root "
		         "(sudo chown root DIR; sudo chmod go-w DIR).");
		check_addb(c, CHECK_K_DIR_WRITABLE, 0, SIZE_MAX, &fix, NULL, &msg);
	}
	buf_free(&msg);
	buf_free(&fix);
}

/* ---- directives set more than once ----------------------------------- */

/* Options that add up or keep a list instead of keeping the last value. */
static const char *const check_repeatable[] = {
	"plugin", "plugin2", "eapplugin", "allow-ip", "allow-number", "ms-dns", "ms-wins",
	"dns-addr", "asyncmap", "-as", "debug", "-d", "escape", "file", "call", "set",
	"unset", "kdebug",
};

static int check_is_repeatable(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof check_repeatable / sizeof check_repeatable[0]; i++)
		if (strcmp(check_repeatable[i], name) == 0)
			return 1;
	return 0;
}

static const char *check_wild_what(const struct catalog_entry *r)
{
	if (strcmp(r->name, "<speed>") == 0)
		return "serial speed";
	if (strcmp(r->name, "<local>:<remote>") == 0)
		return "local:remote address pair";
	return "device";
}

/* The accepted entries grouped by their directive's name (its canonical
 * name, aliases counted as the real one), in the names' strcmp order, each
 * group in file order. 4 bytes an entry, as a huge file has one per line. */
struct check_keys {
	uint32_t *entry;     /* the entries, group after group */
	const char **name;   /* the groups' names, in strcmp order */
	size_t *first;       /* group k is entry[first[k]..first[k + 1]) */
	size_t nname;
};

/* How a message names an accepted entry: wildcards by the word itself. */
static void check_shown(const struct check_ctx *c, size_t entry, struct buf *out)
{
	size_t len;
	const char *v = check_value(c, c->d->entries[entry].word, &len);

	buf_reset(out);
	buf_add_escaped(out, v, len > 48 ? 48 : len);
}

static const char *check_canon(const struct catalog_entry *r)
{
	return r->alias_of ? r->alias_of : r->name;
}

/* A name's entries: keys->entry[from..to) (in file order), empty when none. */
struct check_range {
	size_t from, to;
};

/* The range of the entries named `key`: a binary search of the names, done
 * once per directive the file names. */
static struct check_range check_key_range(const struct check_keys *keys, const char *key)
{
	struct check_range g = { 0, 0 };
	size_t lo = 0, hi = keys->nname;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(keys->name[mid], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < keys->nname && strcmp(keys->name[lo], key) == 0) {
		g.from = keys->first[lo];
		g.to = keys->first[lo + 1];
	}
	return g;
}

/* Last entry of the range before `before`, or SIZE_MAX. */
static size_t check_last_with(const struct check_keys *keys, struct check_range g,
                              size_t before)
{
	size_t lo = g.from, hi = g.to;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (keys->entry[mid] < before)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > g.from ? keys->entry[lo - 1] : SIZE_MAX;
}

/* "auth" and "noauth": the same setting, on and off. */
static int check_opposites(const char *a, const char *b)
{
	return (strncmp(a, "no", 2) == 0 && strcmp(a + 2, b) == 0) ||
	       (strncmp(b, "no", 2) == 0 && strcmp(b + 2, a) == 0);
}

/* The entries row r contradicts when its directive names `other` (empty
 * when the contradiction is said elsewhere). Depends on r only, so it is
 * worked out once per row, not once per entry. */
static struct check_range check_conflict_range(const struct check_ctx *c,
                                               const struct check_keys *keys,
                                               const struct catalog_entry *r,
                                               const char *other)
{
	const struct catalog_entry *o = catalog_find(other, c->p);
	struct check_range none = { 0, 0 };

	/* the rows name aliases too ("-pap"); entries are keyed by the real name */
	if (o && o->alias_of)
		other = o->alias_of;
	/* defaultroute after nodefaultroute is an error, said elsewhere */
	if (strncmp(other, "no", 2) == 0 && strcmp(other + 2, check_canon(r)) == 0 &&
	    (strcmp(check_canon(r), "defaultroute") == 0 ||
	     strcmp(check_canon(r), "defaultroute6") == 0 || strcmp(check_canon(r), "proxyarp") == 0))
		return none;
	return check_key_range(keys, other);
}

static void check_conflict(struct check_ctx *c, const struct check_keys *keys,
                           struct check_range g, size_t i)
{
	const struct catalog_entry *r = check_row_of(c, i);
	size_t j = check_last_with(keys, g, i);

	if (j == SIZE_MAX)
		return;
	if (check_opposites(check_canon(check_row_of(c, j)), check_canon(r)))
		check_add(c, CHECK_K_CONFLICT, c->d->entries[j].line_first + 1, j,
		          "Keep the one you mean and delete the other.", NULL,
		          "'%s' here is undone by '%s' on line %zu; pppd goes by the last one, "
		          "so this line has no effect.", check_row_of(c, j)->name, r->name,
		          (size_t)c->d->entries[i].line_first + 1);
	else
		check_add(c, CHECK_K_CONFLICT, c->d->entries[j].line_first + 1, j,
		          "Keep the one you mean and delete the other.", NULL,
		          "'%s' here contradicts '%s' on line %zu: both cannot take effect as "
		          "written.", check_row_of(c, j)->name, r->name, (size_t)c->d->entries[i].line_first + 1);
}

/* One member of a group of entries with the same key: 16 bytes, as a
 * huge file makes one per entry. A document is under 2^32 bytes, so its
 * entries and their arguments' lengths fit 32 bits. */
struct check_member {
	const char *args;  /* the arguments, NUL-separated */
	uint32_t alen;
	uint32_t entry;
};

static int check_member_cmp(const void *a, const void *b)
{
	const struct check_member *x = a, *y = b;
	size_t n = x->alen < y->alen ? x->alen : y->alen;
	int r = memcmp(x->args, y->args, n);

	if (r == 0 && x->alen != y->alen)
		r = x->alen < y->alen ? -1 : 1;
	return r ? r : (x->entry > y->entry) - (x->entry < y->entry);
}

/* Within one group (same directive): an entry whose arguments an earlier
 * one already had is a repeat; an entry whose value never reaches the end
 * is overridden. Sorting by value keeps this O(n log n) for huge files. */
static void check_group(struct check_ctx *c, const struct check_keys *keys, size_t name,
                        struct check_member *m, struct buf *tmp, struct buf *nm)
{
	const struct doc *d = c->d;
	const uint32_t *ent = keys->entry + keys->first[name];
	size_t n = keys->first[name + 1] - keys->first[name], last = ent[n - 1];
	size_t k, run, slen = 0, same, i, len, total = 0, at = 0;
	const char *sname = NULL;
	int repeatable = check_is_repeatable(keys->name[name]);
	char *all = NULL;

	/* The arguments, each followed by a NUL. One argument (the usual case)
	 * is compared where the pool holds it so; several are joined in `all`,
	 * sized first so that it never moves under the members' pointers. */
	for (k = 0; k < n; k++) {
		const struct doc_entry *e = &d->entries[ent[k]];
		size_t i0 = (check_row_of(c, ent[k])->flags & CATALOG_WILDCARD) ? 0 : 1;
		if (e->nwords > i0 + 1)
			for (i = i0; i < e->nwords; i++) {
				check_value(c, e->word + i, &len);
				total += len + 1;
			}
	}
	if (total)
		all = util_xmalloc(total);
	for (k = 0; k < n; k++) {
		const struct doc_entry *e = &d->entries[ent[k]];
		size_t i0 = (check_row_of(c, ent[k])->flags & CATALOG_WILDCARD) ? 0 : 1;
		m[k].entry = ent[k];
		if (e->nwords <= i0) {
			m[k].args = "";
			m[k].alen = 0;
		} else if (e->nwords == i0 + 1) {
			m[k].args = check_value(c, e->word + i0, &len);
			m[k].alen = (uint32_t)(len + 1);
		} else {
			m[k].args = all + at;
			for (i = i0; i < e->nwords; i++) {
				const char *v = check_value(c, e->word + i, &len);
				memcpy(all + at, v, len);
				at += len;
				all[at++] = '\0';
			}
			m[k].alen = (uint32_t)(all + at - m[k].args);
		}
	}
	/* a directive set to one value throughout is in order already */
	for (k = 1; k < n && check_member_cmp(&m[k - 1], &m[k]) < 0; k++)
		;
	if (k < n)
		qsort(m, n, sizeof *m, check_member_cmp);
	for (run = 0; run < n;) {
		size_t stop = run + 1, first = m[run].entry;
		while (stop < n && m[stop].alen == m[run].alen &&
		       memcmp(m[stop].args, m[run].args, m[run].alen) == 0)
			stop++;
		/* The repeats of one line say the same unless their names are
		 * spelt differently (aliases): a long run shares one message. */
		for (k = run + 1, same = SIZE_MAX; k < stop; k++) {
			size_t len;
			const char *v = check_value(c, d->entries[m[k].entry].word, &len);

			if (same != SIZE_MAX && len == slen && memcmp(v, sname, len) == 0) {
				check_add_like(c, same, d->entries[m[k].entry].line_first + 1, m[k].entry);
				continue;
			}
			check_shown(c, m[k].entry, nm);
			check_add(c, CHECK_K_REPEATED, d->entries[m[k].entry].line_first + 1,
			          m[k].entry, "Delete the repeated line.", "", "'%s' repeats line "
			          "%zu exactly; harmless, but one of them is enough.", nm->data,
			          (size_t)d->entries[first].line_first + 1);
			same = c->out->n - 1;
			sname = v;
			slen = len;
		}
		if (!repeatable && m[stop - 1].entry != last) {
			buf_reset(tmp);
			check_entry_text(c, last, tmp);
			check_shown(c, first, nm);
			check_add(c, CHECK_K_DUPLICATE, d->entries[first].line_first + 1, first,
			          "Delete this line, or the later one.", "",
			          "%s%s%s is set again on line %zu (%s); pppd uses the last one, so "
			          "this line has no effect.",
			          (check_row_of(c, first)->flags & CATALOG_WILDCARD) ? "The " : "'",
			          (check_row_of(c, first)->flags & CATALOG_WILDCARD) ?
			          check_wild_what(check_row_of(c, first)) : nm->data,
			          (check_row_of(c, first)->flags & CATALOG_WILDCARD) ? "" : "'",
			          (size_t)d->entries[last].line_first + 1, tmp->data);
		}
		run = stop;
	}
	free(all);
}

/* The names' ids: a catalogue row's name string -> its text's place among
 * the distinct texts (two rows may hold the same text at two addresses). */
struct check_names {
	struct check_name_slot { const char *p; size_t id; } *slot;
	size_t cap, used;
	const char **text;          /* distinct texts, by id */
	size_t ntext, text_cap;
};

static size_t check_name_id(struct check_names *t, const char *p)
{
	size_t h, j, id;

	if ((t->used + 1) * 2 > t->cap) {
		struct check_name_slot *old = t->slot;
		size_t i, oldcap = t->cap;

		t->cap = oldcap ? oldcap * 2 : 64;
		t->slot = util_xcalloc(t->cap, sizeof *t->slot);
		for (i = 0; i < oldcap; i++) {
			if (!old[i].p)
				continue;
			for (j = ((uintptr_t)old[i].p >> 3) & (t->cap - 1); t->slot[j].p;
			     j = (j + 1) & (t->cap - 1))
				;
			t->slot[j] = old[i];
		}
		free(old);
	}
	h = ((uintptr_t)p >> 3) & (t->cap - 1);
	for (j = h; t->slot[j].p; j = (j + 1) & (t->cap - 1))
		if (t->slot[j].p == p)
			return t->slot[j].id;
	for (id = 0; id < t->ntext && strcmp(t->text[id], p) != 0; id++)
		;
	if (id == t->ntext) {
		util_grow(&t->text, &t->text_cap, t->ntext + 1, sizeof *t->text);
		t->text[t->ntext++] = p;
	}
	t->slot[j].p = p;
	t->slot[j].id = id;
	t->used++;
	return id;
}

static int check_text_cmp(const void *a, const void *b)
{
	return strcmp(**(const char *const *const *)a, **(const char *const *const *)b);
}

/* Groups the accepted entries by name (struct check_keys): counted rather
 * than sorted, since a large file has many entries but few names. Returns
 * the size of the largest group. */
static size_t check_keys(const struct check_ctx *c, struct check_keys *keys)
{
	const struct doc *d = c->d;
	struct check_names t = { NULL, 0, 0, NULL, 0, 0 };
	const char ***order;
	uint32_t *id;
	size_t *rank, *pos, i, k, n = 0, most = 0;

	/* each accepted entry's name, looked up once */
	id = util_xmalloc((d->nentries + 1) * sizeof *id);
	for (i = 0; i < d->nentries; i++)
		if (check_row_of(c, i))
			id[n++] = (uint32_t)check_name_id(&t, check_canon(check_row_of(c, i)));
	/* the names in strcmp order, and where each one's entries begin */
	order = util_xcalloc(t.ntext + 1, sizeof *order);
	rank = util_xcalloc(t.ntext + 1, sizeof *rank);
	pos = util_xcalloc(t.ntext + 1, sizeof *pos);
	keys->nname = t.ntext;
	keys->name = util_xcalloc(t.ntext + 1, sizeof *keys->name);
	keys->first = util_xcalloc(t.ntext + 2, sizeof *keys->first);
	for (k = 0; k < t.ntext; k++)
		order[k] = &t.text[k];
	qsort(order, t.ntext, sizeof *order, check_text_cmp);
	for (k = 0; k < t.ntext; k++) {
		rank[order[k] - t.text] = k;
		keys->name[k] = *order[k];
	}
	for (i = 0; i < n; i++)
		keys->first[rank[id[i]] + 1]++;
	for (k = 0; k < t.ntext; k++) {
		if (keys->first[k + 1] > most)
			most = keys->first[k + 1];
		keys->first[k + 1] += keys->first[k];
		pos[k] = keys->first[k];
	}
	keys->entry = util_xmalloc((n ? n : 1) * sizeof *keys->entry);
	for (i = 0, k = 0; i < d->nentries; i++)
		if (check_row_of(c, i))
			keys->entry[pos[rank[id[k++]]]++] = (uint32_t)i;
	free(id);
	free(order);
	free(rank);
	free(pos);
	free(t.slot);
	free(t.text);
	return most;
}

/* Per catalogue row met in the file: the ranges of the entries it
 * contradicts, in the order its conflicts are listed. */
struct check_targets {
	struct check_target_slot {
		const struct catalog_entry *r;  /* NULL: free slot */
		size_t first, n;                /* its ranges in `range` */
	} *slot;
	size_t cap;                         /* a power of two, > 2x the rows */
	struct check_range *range;
	size_t nrange, range_cap;
};

static void check_target_add(struct check_targets *t, struct check_range g)
{
	if (g.from == g.to)
		return;
	util_grow(&t->range, &t->range_cap, t->nrange + 1, sizeof *t->range);
	t->range[t->nrange++] = g;
}

/* Row r's slot, its ranges found on first use. */
static size_t check_targets_of(struct check_targets *t, const struct check_ctx *c,
                               const struct check_keys *keys,
                               const struct catalog_entry *r)
{
	size_t j = ((uintptr_t)r / sizeof *r) & (t->cap - 1);
	const char *p, *canon = check_canon(r);
	char word[64];

	for (; t->slot[j].r; j = (j + 1) & (t->cap - 1))
		if (t->slot[j].r == r)
			return j;
	t->slot[j].r = r;
	t->slot[j].first = t->nrange;
	for (p = r->conflicts; p && *p;) {
		size_t wl = strcspn(p, " ");
		if (wl > 0 && wl < sizeof word) {
			memcpy(word, p, wl);
			word[wl] = '\0';
			check_target_add(t, check_conflict_range(c, keys, r, word));
		}
		p += wl;
		p += strspn(p, " ");
	}
	/* "noX" and "X" contradict each other even when the rows do not say so */
	if (strncmp(canon, "no", 2) == 0 && catalog_find(canon + 2, c->p) &&
	    !(r->conflicts && strstr(r->conflicts, canon + 2)))
		check_target_add(t, check_conflict_range(c, keys, r, canon + 2));
	if (strlen(canon) + 3 <= sizeof word) {
		word[0] = 'n';
		word[1] = 'o';
		strcpy(word + 2, canon);
		if (catalog_find(word, c->p) && !(r->conflicts && strstr(r->conflicts, word)))
			check_target_add(t, check_conflict_range(c, keys, r, word));
	}
	t->slot[j].n = t->nrange - t->slot[j].first;
	return j;
}

void check_repeats(struct check_ctx *c)
{
	const struct doc *d = c->d;
	struct check_keys keys;
	struct check_member *m;
	struct buf tmp, nm;
	struct check_targets tc;
	size_t i, g;

	m = util_xcalloc(check_keys(c, &keys) + 1, sizeof *m);
	memset(&tc, 0, sizeof tc);
	tc.cap = 64;
	while (tc.cap < 2 * catalog_count())
		tc.cap *= 2;
	tc.slot = util_xcalloc(tc.cap, sizeof *tc.slot);
	buf_init(&tmp);
	buf_init(&nm);
	for (g = 0; g < keys.nname; g++)
		if (keys.first[g + 1] - keys.first[g] > 1)
			check_group(c, &keys, g, m, &tmp, &nm);
	free(m);
	for (i = 0; i < d->nentries; i++) {
		const struct catalog_entry *r = check_row_of(c, i);
		size_t at, k;

		if (!r || (r->flags & CATALOG_WILDCARD))
			continue;
		at = check_targets_of(&tc, c, &keys, r);
		for (k = 0; k < tc.slot[at].n; k++)
			check_conflict(c, &keys, tc.range[tc.slot[at].first + k], i);
	}
	free(tc.slot);
	free(tc.range);
	buf_free(&tmp);
	buf_free(&nm);
	free(keys.entry);
	free(keys.name);
	free(keys.first);
}
