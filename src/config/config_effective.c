/* config_effective.c - the options pppd ends up with: every value given to a setting in read order, which one stays, and what a later source may not change. */
#include <stdlib.h>
#include <string.h>

#include "config/config_int.h"
#include "base/i18n.h"
#include "base/util.h"
#include "pppd/catalog_value.h"
#include "pppd/facts.h"
#include "pppd/lexer.h"

/* The setting a row gives a value to: its priority group's leader; else
 * the catalogue's name (an alias by the name it stands for), "noX" counted
 * as X when pppd has both, so that the one undoing the other shows. */
static const char *config_effective_key(enum platform p, const struct catalog_entry *row,
                                        const struct config_prio **prio)
{
	const char *canon = row->alias_of ? row->alias_of : row->name;
	const struct catalog_entry *on;

	*prio = config_prio_find(p, row->name);
	if (!*prio && row->alias_of)
		*prio = config_prio_find(p, row->alias_of);
	if (*prio)
		return (*prio)->main;
	if (strncmp(canon, "no", 2) == 0 && row->nargs == 0 &&
	    (on = catalog_find(canon + 2, p)) != NULL && on->nargs == 0)
		return on->name;
	return canon;
}

static struct config_option *config_effective_option(struct config *c, const char *key)
{
	struct hash_item *it = hash_put(&c->opt_index, key, strlen(key), NULL);
	struct config_option *o;

	if (it->val)
		return &c->opt[(size_t)it->val - 1];
	util_grow(&c->opt, &c->opt_cap, c->nopt + 1, sizeof *c->opt);
	o = &c->opt[c->nopt++];
	memset(o, 0, sizeof *o);
	o->key = it->key;
	o->list = check_adds_up(key);
	it->val = (void *)c->nopt;
	return o;
}

/* An earlier value of the option by that row name (or an alias of it). */
static const struct config_set *config_effective_earlier(const struct config *c,
                                                         const struct config_option *o,
                                                         const char *name)
{
	const struct catalog_entry *r;
	size_t i;

	for (i = 0; i < o->nsets; i++) {
		r = config_set_row(c, &o->sets[i]);
		if (r && (strcmp(r->name, name) == 0 || (r->alias_of && strcmp(r->alias_of, name) == 0)))
			return &o->sets[i];
	}
	return NULL;
}

/* The sides the entry sets (catalog_shape_sides): its value is the
 * wildcard's word itself, or the word after the option's name. */
static unsigned config_effective_sides(const struct config *c, size_t src, size_t entry,
                                       const struct catalog_entry *row)
{
	const struct doc *d = c->src[src]->doc;
	const struct doc_entry *e = d ? &d->entries[entry] : NULL;
	size_t wi, len;
	const char *v;

	if (!e)
		return 3;
	wi = e->word + ((row->flags & CATALOG_WILDCARD) ? 0 : 1);
	if (wi >= e->word + e->nwords)
		return 3;
	v = doc_word_bytes(d, wi, &len);
	return catalog_shape_sides(row, v, len);
}

/* The priority of the value in effect for a side: the last one taken. */
static int config_effective_side_prio(const struct config_option *o, unsigned side)
{
	size_t k = o->nsets;

	while (k-- > 0)
		if (o->sets[k].taken & side)
			return o->sets[k].priority;
	return 0;
}

int config_option_in_effect(const struct config_option *o, size_t k)
{
	unsigned later = 0;
	size_t j;

	if (o->list)
		return 1;
	for (j = k + 1; j < o->nsets; j++)
		later |= o->sets[j].taken;
	return (o->sets[k].taken & ~later) != 0;
}

int config_option_replaces(const struct config_option *o, size_t by, size_t k)
{
	return !o->list && k < by && (o->sets[k].taken & o->sets[by].taken) != 0;
}

/* demand names persist as a second variable and sets it on whatever rank
 * persist holds, leaving that rank as it was (linux-ppp-2.5.3/pppd/
 * options.c:270-271, :983-986, its own rank set at :988; 2.4.9's
 * options.c:251-252, :838-842; Apple's Helpers/pppd/options.c:293-294, :914-918).
 * So a nopersist pppd holds when it reads demand no longer holds: the
 * demand line joins persist's values as the one in effect, at the rank
 * persist had, so that a later nopersist of lower rank is still dropped. */
static void config_effective_demand(struct config *c, const struct config_set *demand)
{
	void *at = hash_get(&c->opt_index, "persist", 7);
	struct config_option *o;
	struct config_set set;
	const struct catalog_entry *w;

	if (!at)
		return;
	o = &c->opt[(size_t)at - 1];
	if (o->nsets == 0 || o->sets[o->winner].ignored)
		return;
	w = o->sets[o->winner].row;
	if (!w || strcmp(w->alias_of ? w->alias_of : w->name, "nopersist") != 0)
		return;
	set = *demand;
	set.priority = o->sets[o->winner].priority;
	set.sides = set.taken = 3;
	set.ignored = 0;
	util_grow(&o->sets, &o->cap, o->nsets + 1, sizeof *o->sets);
	o->sets[o->nsets] = set;
	o->winner = o->nsets++;
}

/*
 * pppd's process_option (linux-ppp-2.5.3/pppd/options.c:805-860,
 * apple-ppp-1027.121.1/Helpers/pppd/options.c:755-800): a value from a
 * privileged source of an OPT_PRIVFIX option ranks 100 higher; for an
 * OPT_PRIO option, a value of lower rank is dropped quietly, except that
 * the command line read without privilege may not change what root fixed
 * ("cannot be overridden"). An OPT_ENABLE option is refused once its "no"
 * form was read ("option is disabled"). The local:remote pair keeps its own
 * priority the same way, without an error (linux-ppp-2.5.3/pppd/ipcp.c:453).
 */
enum config_take config_effective_note(struct config *c, size_t src, size_t entry,
                                       const struct catalog_entry *row,
                                       const struct config_set **earlier)
{
	const struct config_source *s = c->src[src];
	const struct config_prio *prio;
	const char *key = config_effective_key(c->o.platform, row, &prio), *off;
	struct config_option *o = config_effective_option(c, key);
	struct config_set set;
	int ranked = (prio && (prio->flags & CONFIG_P_PRIO)) || strcmp(key, "<local>:<remote>") == 0;
	int cur;
	unsigned side;

	*earlier = NULL;
	if ((off = check_disabled_by(row->alias_of ? row->alias_of : row->name)) != NULL &&
	    (*earlier = config_effective_earlier(c, o, off)) != NULL)
		return CONFIG_DISABLED;
	memset(&set, 0, sizeof set);
	set.src = src;
	set.entry = entry;
	set.row = row;
	set.seq = ++c->nseq;
	set.priority = s->priority;
	if (prio && (prio->flags & CONFIG_P_PRIVFIX) && s->privileged)
		set.priority += 100;
	set.sides = set.taken = config_effective_sides(c, src, entry, row);
	if (ranked && o->nsets > 0 && !o->list) {
		cur = o->sets[o->winner].priority;
		if (set.priority < cur && set.priority == CONFIG_PRIO_ARGS && cur > 100) {
			*earlier = &o->sets[o->winner];
			return CONFIG_FIXED;
		}
		/* each side keeps its own priority */
		for (side = 1; side <= 2; side++)
			if ((set.sides & side) && set.priority < config_effective_side_prio(o, side))
				set.taken &= ~side;
		set.ignored = set.taken == 0;
	}
	util_grow(&o->sets, &o->cap, o->nsets + 1, sizeof *o->sets);
	o->sets[o->nsets] = set;
	if (!set.ignored)
		o->winner = o->nsets;
	else
		*earlier = &o->sets[o->winner];
	o->nsets++;
	if (!set.ignored && strcmp(key, "demand") == 0)
		config_effective_demand(c, &set);
	return set.ignored ? CONFIG_IGNORED : CONFIG_TAKEN;
}

/* For row's option, just taken from source src: that set (*cur) and the
 * one pppd held before it (*prev, the last not ignored). 0 when there is
 * no earlier one. */
static int config_effective_last_two(struct config *c, size_t src,
                                     const struct catalog_entry *row,
                                     const struct config_set **cur,
                                     const struct config_set **prev)
{
	const struct config_prio *prio;
	struct config_option *o;
	size_t k;

	o = config_effective_option(c, config_effective_key(c->o.platform, row, &prio));
	if (o->nsets < 2 || o->sets[o->nsets - 1].ignored || o->sets[o->nsets - 1].src != src)
		return 0;
	*cur = &o->sets[o->nsets - 1];
	for (k = o->nsets - 1; k-- > 0;)
		if (!o->sets[k].ignored) {
			*prev = &o->sets[k];
			return 1;
		}
	return 0;
}

/* The mask a netmask set gives, when pppconf can read it. */
static int config_effective_mask(const struct config *c, const struct config_set *s,
                                 unsigned long *mask)
{
	const struct doc *d = c->src[s->src]->doc;
	const struct doc_entry *e = &d->entries[s->entry];
	const char *v;
	size_t len;

	if (e->nwords < 2)
		return 0;
	v = doc_word_bytes(d, e->word + 1, &len);
	return catalog_value_netmask(v, len, mask);
}

/* pppd refuses a netmask that lacks bits of the one it holds
 * (linux-ppp-2.5.3/pppd/ipcp.c:528, 2.4.9's :513, Apple's :596), whichever
 * file each came from; a value of lower rank never gets that far (it is
 * ignored). Two lines of one file are check_entry.c's. */
const struct config_set *config_effective_netmask_drop(struct config *c, size_t src,
                                                       const struct catalog_entry *row)
{
	const struct config_set *cur, *prev;
	unsigned long now, held;

	if (strcmp(row->name, "netmask") != 0)
		return NULL;
	if (!config_effective_last_two(c, src, row, &cur, &prev))
		return NULL;
	if (prev->src == src || !config_effective_mask(c, cur, &now) ||
	    !config_effective_mask(c, prev, &held))
		return NULL;
	return (held & ~now) != 0 ? prev : NULL;
}

/* The int a set of a number option gives, as pppd stores it; 0 when
 * pppconf cannot read it. */
static int config_effective_int(const struct config *c, const struct config_set *s,
                                long long *v)
{
	const struct doc *d = c->src[s->src]->doc;
	const struct doc_entry *e = &d->entries[s->entry];
	struct catalog_num n;
	const char *w;
	size_t len;

	if (e->nwords < 2)
		return 0;
	w = doc_word_bytes(d, e->word + 1, &len);
	catalog_value_num(w, len, 0, &n);
	if (!n.digits || n.used != len)
		return 0;
	*v = catalog_value_as_int(&n);
	return 1;
}

/* The set whose value pppd holds when cur is read: prev, the latest set of
 * cur's own setting, unless a later one of its other name took the value.
 * maxoctets and mo are ranked apart but fill one variable
 * (linux-ppp-2.5.3/pppd/options.c:407, :410), so the limit an unprivileged
 * mo may not raise is the latest either set, and the other way round. */
static const struct config_set *config_effective_held(struct config *c,
                                                      const struct catalog_entry *row,
                                                      const struct config_set *cur,
                                                      const struct config_set *prev)
{
	static const char *const names[] = { "maxoctets", "mo" };
	const struct catalog_entry *other;
	const struct config_prio *prio;
	const struct config_option *o;
	const char *key;
	void *at;
	size_t i, k;

	if (strcmp(row->alias_of ? row->alias_of : row->name, "maxoctets") != 0)
		return prev;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(names[i], row->name) == 0 ||
		    (other = catalog_find(names[i], c->o.platform)) == NULL)
			continue;
		key = config_effective_key(c->o.platform, other, &prio);
		if ((at = hash_get(&c->opt_index, key, strlen(key))) == NULL)
			continue;
		o = &c->opt[(size_t)at - 1];
		for (k = 0; k < o->nsets; k++)
			if (!o->sets[k].ignored &&
			    o->sets[k].seq < cur->seq && (!prev || o->sets[k].seq > prev->seq))
				prev = &o->sets[k];
	}
	return prev;
}

/* A time or traffic limit pppd lets an unprivileged source lower but not
 * raise, 0 (no limit) counting as raising one already set (OPT_NOINCR and
 * OPT_ZEROINF: linux-ppp-2.5.3/pppd/options.c:254, :409, :902-907;
 * apple-ppp-1027.121.1/Helpers/pppd/options.c:277). The earlier set, or
 * NULL. */
const struct config_set *config_effective_raised(struct config *c, size_t src,
                                                 const struct catalog_entry *row)
{
	const char *name = row->alias_of ? row->alias_of : row->name;
	const struct config_set *cur, *prev;
	const struct config_prio *prio;
	struct config_option *o;
	long long now, held;

	if (c->src[src]->privileged ||
	    (strcmp(name, "maxconnect") != 0 && strcmp(name, "maxoctets") != 0))
		return NULL;
	if (!config_effective_last_two(c, src, row, &cur, &prev)) {
		/* no earlier set of its own: maybe one of its other name */
		o = config_effective_option(c, config_effective_key(c->o.platform, row, &prio));
		if (o->nsets < 1 || o->sets[o->nsets - 1].ignored || o->sets[o->nsets - 1].src != src)
			return NULL;
		cur = &o->sets[o->nsets - 1];
		prev = NULL;
	}
	if ((prev = config_effective_held(c, row, cur, prev)) == NULL)
		return NULL;
	if (!config_effective_int(c, cur, &now) || !config_effective_int(c, prev, &held))
		return NULL;
	return held != 0 && (now == 0 || now > held) ? prev : NULL;
}

/* The demand in effect for persist (config_effective_demand) and the
 * nopersist it undid: pppd, with persist on, goes back to waiting after a
 * link ends instead of exiting (linux-ppp-2.5.3/pppd/main.c:634, :650;
 * Apple's Helpers/pppd/main.c:908). */
void config_effective_persist_undone(struct config *c)
{
	void *at = hash_get(&c->opt_index, "persist", 7);
	const struct config_option *o;
	const struct config_set *now, *was = NULL;
	struct buf msg, where;
	size_t k;

	if (!at)
		return;
	o = &c->opt[(size_t)at - 1];
	if (o->nsets < 2)
		return;
	now = &o->sets[o->winner];
	if (!now->row || strcmp(now->row->name, "demand") != 0 ||
	    c->src[now->src]->origin == CONFIG_CONTROLLER || !c->src[now->src]->doc)
		return;
	for (k = o->winner; k-- > 0 && !was;)
		if (!o->sets[k].ignored)
			was = &o->sets[k];
	if (!was || !was->row || strcmp(was->row->name, "nopersist") != 0 || was->src == now->src)
		return;
	buf_init(&msg);
	buf_init(&where);
	config_set_where(c, was, &where);
	buf_printf(&msg, _("'demand' here turns persist on again, so the nopersist at %s, read "
	           "before it, has no effect: pppd does not exit when a link ends but waits "
	           "to dial again."), where.data);
	check_report_say(&c->src[now->src]->report, c->src[now->src]->doc, "conflict", now->entry,
	                 N_("To dial only once, put nopersist after demand; else delete the "
	                 "nopersist."), msg.data);
	buf_free(&msg);
	buf_free(&where);
}

void config_effective_free(struct config *c)
{
	size_t i;

	for (i = 0; i < c->nopt; i++)
		free(c->opt[i].sets);
	free(c->opt);
	c->opt = NULL;
	c->nopt = c->opt_cap = 0;
	hash_free(&c->opt_index, NULL);
}

void config_set_text(const struct config *c, const struct config_set *s, struct buf *out)
{
	const struct doc *d = c->src[s->src]->doc;
	const struct doc_entry *e = &d->entries[s->entry];
	size_t i, len;
	const char *v;

	for (i = 0; i < e->nwords; i++) {
		v = doc_word_bytes(d, e->word + i, &len);
		if (i)
			buf_addc(out, ' ');
		lexer_quote(out, v, len);
	}
}

const struct catalog_entry *config_set_row(const struct config *c, const struct config_set *s)
{
	(void)c;
	return s->row;
}

size_t config_set_line(const struct config *c, const struct config_set *s)
{
	return c->src[s->src]->doc->entries[s->entry].line_first + 1;
}

void config_set_where(const struct config *c, const struct config_set *s, struct buf *out)
{
	const struct config_source *src = c->src[s->src];

	buf_reset(out);
	buf_adds(out, config_source_name(src));
	/* files have lines; the command line and the controller do not */
	if (src->where)
		buf_printf(out, ":%zu", config_set_line(c, s));
}

void config_set_shown(const struct config *c, const struct config_set *s, int reveal,
                      struct buf *out)
{
	struct buf raw;

	buf_init(&raw);
	buf_reset(out);
	config_set_text(c, s, &raw);
	facts_mask_line(c->o.platform, reveal, raw.data ? raw.data : "", raw.len, out);
	buf_free(&raw);
	if (!out->data)
		buf_adds(out, "");
}
