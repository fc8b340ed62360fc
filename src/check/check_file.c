/* check_file.c - findings about the file as a whole: its permissions, and directives set twice or contradicting each other. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "base/util.h"

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

/* How a message names an accepted entry: wildcards by the word itself. */
static void check_shown(const struct check_ctx *c, size_t entry, struct buf *out)
{
	size_t len;
	const char *v = check_val(c, c->d->entries[entry].word, &len);

	buf_reset(out);
	buf_add_escaped(out, v, len > 48 ? 48 : len);
}

static const char *check_canon(const struct catalog_entry *r)
{
	return r->alias_of ? r->alias_of : r->name;
}

/* "auth" and "noauth": the same setting, on and off. */
static int check_opposites(const char *a, const char *b)
{
	return (strncmp(a, "no", 2) == 0 && strcmp(a + 2, b) == 0) ||
	       (strncmp(b, "no", 2) == 0 && strcmp(b + 2, a) == 0);
}

/* ---- an entry's arguments as one string ------------------------------ */

/* Two entries set the same when their arguments are the same: each
 * argument's bytes followed by a NUL, all joined (a wildcard's word is its
 * own argument). These compare as byte strings, the shorter first. */
struct check_args {
	size_t word, end;    /* the words still to read */
	const char *p;       /* the current word's bytes left, then its NUL */
	size_t left;         /* bytes of p left, its NUL included; 0: next word */
};

static void check_args_start(const struct check_ctx *c, size_t entry, struct check_args *a)
{
	const struct doc_entry *e = &c->d->entries[entry];

	a->word = e->word + ((check_row_of(c, entry)->flags & CATALOG_WILDCARD) ? 0 : 1);
	a->end = e->word + e->nwords;
	a->left = 0;
}

/* The next byte, or -1 at the end. */
static int check_args_byte(const struct check_ctx *c, struct check_args *a)
{
	size_t len;

	if (!a->left) {
		if (a->word >= a->end)
			return -1;
		a->p = check_val(c, a->word++, &len);
		a->left = len + 1;
	}
	a->left--;
	return a->left ? (unsigned char)*a->p++ : 0;
}

/* The order of two accepted entries' arguments. The usual case of one
 * argument each is one memcmp. */
static int check_args_cmp(const struct check_ctx *c, size_t x, size_t y)
{
	struct check_args a, b;
	int u, v;

	check_args_start(c, x, &a);
	check_args_start(c, y, &b);
	if (a.end - a.word == 1 && b.end - b.word == 1) {
		size_t la, lb;
		const char *va = check_val(c, a.word, &la), *vb = check_val(c, b.word, &lb);
		int r = memcmp(va, vb, la < lb ? la : lb);

		/* past the common length the shorter one has its NUL, or ends */
		return r ? r : (la > lb) - (la < lb);
	}
	do {
		u = check_args_byte(c, &a);
		v = check_args_byte(c, &b);
	} while (u == v && u >= 0);
	return (u > v) - (u < v);
}

/* FNV-1a over the name's id and the arguments' bytes as joined above. */
static uint32_t check_args_hash(const struct check_ctx *c, size_t entry, uint32_t name)
{
	struct check_args a;
	uint32_t h = (2166136261u ^ name) * 16777619u;
	size_t len, i;
	const char *v;

	check_args_start(c, entry, &a);
	for (; a.word < a.end; a.word++) {
		v = check_val(c, a.word, &len);
		for (i = 0; i < len; i++)
			h = (h ^ (unsigned char)v[i]) * 16777619u;
		h *= 16777619u;  /* the NUL after it */
	}
	return h;
}

/* ---- the repeats pass's state ---------------------------------------- */

/* A canonical directive name (aliases count as the real one). */
struct check_name {
	const char *text;
	uint32_t last;         /* 1 + the last accepted entry with it so far; 0 none */
	uint32_t last_slot;    /* the value slot of that entry */
	int repeatable;        /* it adds up or keeps a list: no duplicate finding */
	/* The last entry's argument, when it had one or none (then ""): a
	 * large file mostly sets a directive to the value it had, found so
	 * without a hash. */
	const char *arg;
	size_t arg_len, arg_words;
};

/* A REPEATED finding said recently, whose words the next repeat of the
 * same value and spelling shares. */
struct check_said {
	uint32_t slot;         /* 1 + the value's slot; 0 none */
	uint32_t model;        /* the finding's index */
	const char *spelt;     /* how its entry spells the name */
	size_t len;
};

/* As many as the value slots at first: until a file has more values than
 * half of those, each value has its own. */
#define CHECK_NSAID 256

struct check_rep {
	struct check_ctx *c;
	struct check_name *name;
	size_t nname, name_cap;
	struct memo name_ids;         /* text -> 1 + id */
	uint16_t *target;             /* name ids */
	size_t ntarget, target_cap;
	/* The values met, by hash, at most half full: a large file mostly
	 * sets the same few values again and again. */
	struct check_value {
		uint32_t hash;
		uint32_t first;       /* 1 + the first entry with it; 0: a free slot */
	} *slot;
	size_t slot_cap, nslot;
	struct check_said said[CHECK_NSAID];
	/* Contradictions found (entry j undone by the later i): j, i pairs. */
	uint32_t *pair;
	size_t npair, pair_cap;
	struct buf tmp, nm;
};

/* The id of a canonical name's text (two rows may hold the same text at
 * two addresses). */
static uint16_t check_name_id(struct check_rep *rep, const char *text)
{
	size_t n = strlen(text), k;
	struct memo_slot *s = memo_lookup(&rep->name_ids, text, n);

	if (s && s->len)
		return (uint16_t)(s->num - 1);
	/* names longer than a memo key are not kept there: looked for by hand */
	for (k = 0; !s && k < rep->nname; k++)
		if (strcmp(rep->name[k].text, text) == 0)
			return (uint16_t)k;
	util_grow(&rep->name, &rep->name_cap, rep->nname + 1, sizeof *rep->name);
	k = rep->nname++;
	rep->name[k].text = text;
	rep->name[k].last = 0;
	rep->name[k].last_slot = 0;
	rep->name[k].repeatable = check_is_repeatable(text);
	rep->name[k].arg = NULL;
	if (s) {
		s->num = (int)k + 1;
		memo_keep(&rep->name_ids, s, text, n);
	}
	return (uint16_t)k;
}

static void check_target_add(struct check_rep *rep, const char *text)
{
	util_grow(&rep->target, &rep->target_cap, rep->ntarget + 1, sizeof *rep->target);
	rep->target[rep->ntarget++] = check_name_id(rep, text);
}

/* A name row r contradicts when its directive names `other`, or NULL when
 * the contradiction is said elsewhere. */
static const char *check_conflict_name(const struct check_ctx *c,
                                       const struct catalog_entry *r, const char *other)
{
	const struct catalog_entry *o = catalog_find(other, c->p);

	/* the rows name aliases too ("-pap"); entries are keyed by the real name */
	if (o && o->alias_of)
		other = o->alias_of;
	/* defaultroute after nodefaultroute is an error, said elsewhere */
	if (strncmp(other, "no", 2) == 0 && strcmp(other + 2, check_canon(r)) == 0 &&
	    (strcmp(check_canon(r), "defaultroute") == 0 ||
	     strcmp(check_canon(r), "defaultroute6") == 0 || strcmp(check_canon(r), "proxyarp") == 0))
		return NULL;
	return other;
}

/* Row r's name and targets, worked out at its first entry: a large file
 * names the same few rows again and again. */
static struct check_rowrep *check_rowrep_new(struct check_rep *rep,
                                             const struct catalog_entry *r,
                                             struct check_rowrep *rr)
{
	const struct check_ctx *c = rep->c;
	const char *p, *canon = check_canon(r), *o;
	char word[64];

	rr->name = (uint16_t)(check_name_id(rep, canon) + 1);
	rr->target = (uint32_t)rep->ntarget;
	/* a wildcard contradicts nothing */
	if (r->flags & CATALOG_WILDCARD)
		return rr;
	for (p = r->conflicts; p && *p;) {
		size_t wl = strcspn(p, " ");
		if (wl > 0 && wl < sizeof word) {
			memcpy(word, p, wl);
			word[wl] = '\0';
			if ((o = check_conflict_name(c, r, word)) != NULL)
				check_target_add(rep, o);
		}
		p += wl;
		p += strspn(p, " ");
	}
	/* "noX" and "X" contradict each other even when the rows do not say so */
	if (strncmp(canon, "no", 2) == 0 && catalog_find(canon + 2, c->p) &&
	    !(r->conflicts && strstr(r->conflicts, canon + 2)) &&
	    (o = check_conflict_name(c, r, canon + 2)) != NULL)
		check_target_add(rep, o);
	if (strlen(canon) + 3 <= sizeof word) {
		word[0] = 'n';
		word[1] = 'o';
		strcpy(word + 2, canon);
		if (catalog_find(word, c->p) && !(r->conflicts && strstr(r->conflicts, word)) &&
		    (o = check_conflict_name(c, r, word)) != NULL)
			check_target_add(rep, o);
	}
	rr->ntarget = (uint16_t)(rep->ntarget - rr->target);
	return rr;
}

static struct check_rowrep *check_rowrep(struct check_rep *rep, const struct catalog_entry *r)
{
	struct check_rowrep *rr = &rep->c->rowinfo[r - rep->c->table].rep;

	return rr->name ? rr : check_rowrep_new(rep, r, rr);
}

static uint16_t check_name_of(struct check_rep *rep, size_t entry)
{
	return (uint16_t)(check_rowrep(rep, check_row_of(rep->c, entry))->name - 1);
}

static size_t check_value_slot(struct check_rep *rep, size_t entry, uint16_t name,
                               int insert, int *met);

static void check_slots_grow(struct check_rep *rep)
{
	struct check_value *old = rep->slot;
	size_t i, j, oldcap = rep->slot_cap, mask;

	rep->slot_cap = oldcap ? oldcap * 2 : CHECK_NSAID;
	rep->slot = util_xcalloc(rep->slot_cap, sizeof *rep->slot);
	mask = rep->slot_cap - 1;
	for (i = 0; i < oldcap; i++) {
		if (!old[i].first)
			continue;
		for (j = old[i].hash & mask; rep->slot[j].first; j = (j + 1) & mask)
			;
		rep->slot[j] = old[i];
	}
	free(old);
	/* what named slots by their place names them again */
	memset(rep->said, 0, sizeof rep->said);
	for (i = 0; i < rep->nname; i++) {
		int met;
		if (rep->name[i].last)
			rep->name[i].last_slot = (uint32_t)check_value_slot(
			        rep, rep->name[i].last - 1, (uint16_t)i, 0, &met);
	}
}

/* The slot of the entry's (name, arguments) value; *met is set when an
 * earlier entry had it, else the entry becomes its first. */
static size_t check_value_slot(struct check_rep *rep, size_t entry, uint16_t name,
                               int insert, int *met)
{
	size_t j, mask;
	uint32_t h;

	if (insert && (rep->nslot + 1) * 2 > rep->slot_cap)
		check_slots_grow(rep);
	mask = rep->slot_cap - 1;
	h = check_args_hash(rep->c, entry, name);
	for (j = h & mask; rep->slot[j].first; j = (j + 1) & mask) {
		size_t f = rep->slot[j].first - 1;
		if (rep->slot[j].hash == h && check_name_of(rep, f) == name &&
		    check_args_cmp(rep->c, f, entry) == 0) {
			*met = 1;
			return j;
		}
	}
	*met = 0;
	if (insert) {
		rep->slot[j].hash = h;
		rep->slot[j].first = (uint32_t)entry + 1;
		rep->nslot++;
	}
	return j;
}

/* ---- the findings ------------------------------------------------------ */

/* Entry i sets what an earlier one already set: most of a large file's
 * findings, so those that say the same share their words. */
static void check_repeated(struct check_rep *rep, size_t slot, size_t i)
{
	struct check_ctx *c = rep->c;
	const struct doc *d = c->d;
	struct check_said *s = &rep->said[slot % CHECK_NSAID];
	size_t first = rep->slot[slot].first - 1, len, line = d->entries[i].line_first + 1;
	const char *v = check_val(c, d->entries[i].word, &len);

	if (s->slot == slot + 1 && s->len == len && check_same(s->spelt, v, len)) {
		check_add_like(c, s->model, line, i);
		return;
	}
	check_shown(c, i, &rep->nm);
	check_add(c, CHECK_K_REPEATED, line, i, "Delete the repeated line.", "", "'%s' repeats "
	          "line %zu exactly; harmless, but one of them is enough.", rep->nm.data,
	          (size_t)d->entries[first].line_first + 1);
	s->slot = (uint32_t)slot + 1;
	s->model = (uint32_t)(c->out->n - 1);
	s->spelt = v;
	s->len = len;
}

/* A value set first at entry `first` and later set otherwise. */
static void check_duplicate(struct check_rep *rep, size_t first)
{
	struct check_ctx *c = rep->c;
	const struct doc *d = c->d;
	const struct catalog_entry *r = check_row_of(c, first);
	size_t last = rep->name[check_name_of(rep, first)].last - 1;

	buf_reset(&rep->tmp);
	check_entry_text(c, last, &rep->tmp);
	check_shown(c, first, &rep->nm);
	check_add(c, CHECK_K_DUPLICATE, d->entries[first].line_first + 1, first,
	          "Delete this line, or the later one.", "",
	          "%s%s%s is set again on line %zu (%s); pppd uses the last one, so "
	          "this line has no effect.",
	          (r->flags & CATALOG_WILDCARD) ? "The " : "'",
	          (r->flags & CATALOG_WILDCARD) ? check_wild_what(r) : rep->nm.data,
	          (r->flags & CATALOG_WILDCARD) ? "" : "'",
	          (size_t)d->entries[last].line_first + 1, rep->tmp.data);
}

/* Entry j, undone or contradicted by the later entry i. */
static void check_conflict(struct check_ctx *c, size_t j, size_t i)
{
	const struct catalog_entry *r = check_row_of(c, i), *rj = check_row_of(c, j);

	if (check_opposites(check_canon(rj), check_canon(r)))
		check_add(c, CHECK_K_CONFLICT, c->d->entries[j].line_first + 1, j,
		          "Keep the one you mean and delete the other.", NULL,
		          "'%s' here is undone by '%s' on line %zu; pppd goes by the last one, "
		          "so this line has no effect.", rj->name, r->name,
		          (size_t)c->d->entries[i].line_first + 1);
	else
		check_add(c, CHECK_K_CONFLICT, c->d->entries[j].line_first + 1, j,
		          "Keep the one you mean and delete the other.", NULL,
		          "'%s' here contradicts '%s' on line %zu: both cannot take effect as "
		          "written.", rj->name, r->name, (size_t)c->d->entries[i].line_first + 1);
}

/* The values set again otherwise later: their first entries, in file
 * order (a value whose last entry is its name's last one stays), marked in
 * a bitmap of the entries rather than sorted. */
static void check_duplicates(struct check_rep *rep)
{
	size_t nbits = rep->c->d->nentries, k, b;
	uint64_t *dup = util_xcalloc(nbits / 64 + 1, sizeof *dup);

	for (k = 0; k < rep->slot_cap; k++) {
		size_t f;
		const struct check_name *nm;
		if (!rep->slot[k].first)
			continue;
		f = rep->slot[k].first - 1;
		nm = &rep->name[check_name_of(rep, f)];
		if (!nm->repeatable && nm->last_slot != k)
			dup[f / 64] |= (uint64_t)1 << (f % 64);
	}
	for (k = 0; k <= nbits / 64; k++)
		for (b = 0; b < 64 && dup[k] >> b; b++)
			if ((dup[k] >> b) & 1)
				check_duplicate(rep, k * 64 + b);
	free(dup);
}

void check_repeats_begin(struct check_ctx *c)
{
	struct check_rep *rep = util_xcalloc(1, sizeof *rep);

	rep->c = c;
	buf_init(&rep->tmp);
	buf_init(&rep->nm);
	c->rep = rep;
}

/* What entry i sets again, and what it undoes of the entries before it.
 * Called in file order, right after the walk read the entry: its words
 * are still in the cache, and a large file is read once instead of twice. */
void check_repeats_entry(struct check_ctx *c, size_t i, struct check_row *ri)
{
	const struct doc *d = c->d;
	struct check_rep *rep = c->rep;
	const struct catalog_entry *r = ri->r;
	const struct check_rowrep *rr;
	const struct doc_entry *e;
	struct check_name *nm;
	const char *arg;
	size_t slot, alen = 0, nargs, k;
	int met;

	rr = ri->rep.name ? &ri->rep : check_rowrep_new(rep, r, &ri->rep);
	for (k = 0; k < rr->ntarget; k++) {
		uint32_t j = rep->name[rep->target[rr->target + k]].last;
		if (!j)
			continue;
		util_grow(&rep->pair, &rep->pair_cap, rep->npair + 2, sizeof *rep->pair);
		rep->pair[rep->npair++] = j - 1;
		rep->pair[rep->npair++] = (uint32_t)i;
	}
	nm = &rep->name[rr->name - 1];
	e = &d->entries[i];
	nargs = e->nwords - ((r->flags & CATALOG_WILDCARD) ? 0 : 1);
	arg = nargs == 0 ? "" : nargs == 1 ? check_val(c, e->word + e->nwords - 1, &alen)
	                                   : NULL;
	if (arg && nm->arg && nm->arg_words == nargs && alen == nm->arg_len &&
	    check_same(arg, nm->arg, alen)) {
		slot = nm->last_slot;
		met = 1;
	} else {
		slot = check_value_slot(rep, i, (uint16_t)(rr->name - 1), 1, &met);
	}
	if (met)
		check_repeated(rep, slot, i);
	nm->last = (uint32_t)i + 1;
	nm->last_slot = (uint32_t)slot;
	nm->arg = arg;
	nm->arg_len = alen;
	nm->arg_words = nargs;
}

void check_repeats_end(struct check_ctx *c)
{
	struct check_rep *rep = c->rep;
	size_t k;

	check_duplicates(rep);
	for (k = 0; k < rep->npair; k += 2)
		check_conflict(c, rep->pair[k], rep->pair[k + 1]);
	free(rep->name);
	memo_free(&rep->name_ids);
	free(rep->target);
	free(rep->slot);
	free(rep->pair);
	buf_free(&rep->tmp);
	buf_free(&rep->nm);
	free(rep);
	c->rep = NULL;
}

/* The order of two findings of the repeats pass on one line: by name, then
 * value, a value's repeats before what is said of its first entry. */
int check_repeats_order(const struct check_ctx *c, const struct check_finding *a,
                        const struct check_finding *b, int a_dup, int b_dup)
{
	int r = strcmp(check_canon(check_row_of(c, a->entry)),
	               check_canon(check_row_of(c, b->entry)));

	if (!r)
		r = check_args_cmp(c, a->entry, b->entry);
	if (!r)
		r = a_dup - b_dup;
	return r ? r : (a->entry > b->entry) - (a->entry < b->entry);
}
