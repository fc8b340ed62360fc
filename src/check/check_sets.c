/* check_sets.c - the rules about what earlier directives set: the same again (repeated), set otherwise later (duplicate), taken only once; and the record of what was set, which check_conflict.c reads. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "base/util.h"

/* A directive by its real name (an alias counts as the name it stands for). */
struct check_name {
	size_t last;                        /* the last entry with it so far */
	const struct check_value *last_value;
	int repeatable;                     /* it adds up or keeps a list */
};

/* A name with its arguments (check_sets_key). */
struct check_value {
	size_t first;                       /* the first entry that set it */
	struct check_name *name;
	const char *key;                    /* the table's copy of the key */
	size_t len;
};

/* Options that add up or keep a list instead of keeping the last value.
 * privgroup looks each group up as it is read, and any one the user is in
 * makes pppd privileged (linux-ppp-2.5.3/pppd/auth.c:574-591; 2.4.9's
 * :525-542, Apple's :581-599), so a second line adds a group. Apple's
 * forcepty keeps no value: each line forgets what came before it
 * (apple-ppp-1027.121.1/Helpers/pppd/tty.c:1527-1532). radius.so's avpair
 * puts each text on a list it reads later (linux-ppp-2.5.3/pppd/plugins/
 * radius/radius.c:180-190; 2.4.9's radius.c likewise). */
static const char *const check_sets_repeatable[] = {
	"plugin", "plugin2", "eapplugin", "allow-ip", "allow-number", "ms-dns", "ms-wins",
	"dns-addr", "asyncmap", "-as", "debug", "-d", "escape", "file", "call", "set",
	"unset", "privgroup", "forcepty", "avpair",
};

static int check_sets_is_repeatable(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof check_sets_repeatable / sizeof check_sets_repeatable[0]; i++)
		if (strcmp(check_sets_repeatable[i], name) == 0)
			return 1;
	return 0;
}

int check_adds_up(const char *name)
{
	return check_sets_is_repeatable(name);
}

const char *check_sets_canon(const struct catalog_entry *r)
{
	return r->alias_of ? r->alias_of : r->name;
}

size_t check_sets_last(const struct check_ctx *c, const char *name)
{
	const struct check_name *nm = hash_get(&c->sets.names, name, strlen(name));

	return nm ? nm->last : SIZE_MAX;
}

/* What the accepted entry sets: its real name, a NUL, then each argument
 * followed by a NUL (a wildcard's word is its own argument). Two entries
 * set the same when these are equal; compared as bytes they order by
 * name, then arguments. */
static void check_sets_key(const struct check_ctx *c, size_t entry, struct buf *key)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *r = c->row[entry];
	size_t i = e->word + ((r->flags & CATALOG_WILDCARD) ? 0 : 1), len;
	const char *v;

	buf_reset(key);
	buf_adds(key, check_sets_canon(r));
	buf_addc(key, '\0');
	for (; i < e->word + e->nwords; i++) {
		v = check_val(c, i, &len);
		buf_add(key, v, len);
		buf_addc(key, '\0');
	}
}

void check_sets_note(struct check_ctx *c, size_t entry)
{
	struct check_sets *s = &c->sets;
	const char *canon = check_sets_canon(c->row[entry]);
	struct hash_item *it, *named;
	struct check_value *v;
	struct check_name *nm;

	if (!s->of)
		s->of = util_xcalloc(c->d->nentries, sizeof *s->of);
	check_sets_key(c, entry, &s->key);
	it = hash_put(&s->values, s->key.data, s->key.len, NULL);
	if (!it->val) {
		v = util_xcalloc(1, sizeof *v);
		v->first = entry;
		v->key = it->key;
		v->len = it->len;
		named = hash_put(&s->names, canon, strlen(canon), NULL);
		if (!named->val) {
			nm = util_xcalloc(1, sizeof *nm);
			nm->repeatable = check_sets_is_repeatable(canon);
			named->val = nm;
		}
		v->name = named->val;
		it->val = v;
	}
	v = it->val;
	v->name->last = entry;
	v->name->last_value = v;
	s->of[entry] = v;
	it = hash_put(&s->firsts, c->row[entry]->name, strlen(c->row[entry]->name), NULL);
	if (!it->val) {
		it->val = util_xmalloc(sizeof entry);
		*(size_t *)it->val = entry;
	}
}

size_t check_sets_first(const struct check_ctx *c, const char *name)
{
	const size_t *first = hash_get(&c->sets.firsts, name, strlen(name));

	return first ? *first : SIZE_MAX;
}

const char *check_sets_value(const struct check_ctx *c, size_t entry, size_t *len)
{
	*len = c->sets.of[entry]->len;
	return c->sets.of[entry]->key;
}

void check_sets_free(struct check_sets *s)
{
	hash_free(&s->names, free);
	hash_free(&s->values, free);
	hash_free(&s->firsts, free);
	free(s->of);
	buf_free(&s->key);
	memset(s, 0, sizeof *s);
}

/* How a message names an accepted entry: as written (a wildcard's word). */
static void check_sets_shown(const struct check_ctx *c, size_t entry, struct buf *out)
{
	size_t len;
	const char *v = check_val(c, c->d->entries[entry].word, &len);

	buf_add_escaped(out, v, len > 48 ? 48 : len);
}

/* Whether `word` is one of the space-separated names in `list`. */
static int check_sets_in_list(const char *list, const char *word)
{
	size_t wl = strlen(word), n;

	while (list && *list) {
		list += strspn(list, " ");
		n = strcspn(list, " ");
		if (n == wl && n > 0 && strncmp(list, word, n) == 0)
			return 1;
		list += n;
	}
	return 0;
}

/* Whether a line between `first` and `entry` set this option otherwise (the
 * same name with another value, or a name the row lists as undoing it, or
 * that lists it): then `entry` sets it back, and deleting it would change the
 * result, so it is no repeat. It compares names only (-all is seen above). */
static int check_sets_reset_between(struct check_ctx *c, size_t first, size_t entry)
{
	const struct catalog_entry *r = c->row[entry], *o;
	const char *canon = check_sets_canon(r);
	struct buf key;
	size_t j;
	int reset = 0;

	if (r->alias_of && catalog_find(r->alias_of, c->p))
		r = catalog_find(r->alias_of, c->p);
	buf_init(&key);
	for (j = first + 1; j < entry && !reset; j++) {
		if (!(o = c->row[j]))
			continue;
		if (strcmp(check_sets_canon(o), canon) == 0) {
			check_sets_key(c, j, &key);
			reset = key.len != c->sets.key.len ||
			        memcmp(key.data, c->sets.key.data, key.len) != 0;
		} else
			reset = check_sets_in_list(r->conflicts, o->name) ||
			        check_sets_in_list(r->conflicts, check_sets_canon(o)) ||
			        check_sets_in_list(o->conflicts, r->name);
		/* a line found in error sets nothing pppconf counts on: pppd
		 * refuses it, or the file, there */
		if (reset && c->out && check_worst_for_entry(c->out, j) == (int)CHECK_ERROR)
			reset = 0;
	}
	buf_free(&key);
	return reset;
}

int check_sets_repeated(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_value *v;
	struct buf shown, first;

	(void)word;
	/* each debug adds one to the level (OPT_INC: linux-ppp-2.5.3/pppd/
	 * options.c:221, Apple's options.c:243), which Apple's pppd and
	 * L2TP.ppp act on above 1: a second one is no repeat */
	if (strcmp(check_sets_canon(c->row[entry]), "debug") == 0)
		return 0;
	/* passwordfd.so 2.5.3 reads and closes the descriptor at each line, so
	 * a second line is refused (check_entry.c says so), not harmless */
	if (strcmp(c->row[entry]->name, "passwordfd") == 0 && !check_release_before(c, "2.5.3"))
		return 0;
	/* Apple's forcepty forgets the device and commands given before it each
	 * time it is read (apple-ppp-1027.121.1/Helpers/pppd/tty.c:1527-1532):
	 * a second one forgets what came between, so it is no repeat */
	if (strcmp(c->row[entry]->name, "forcepty") == 0)
		return 0;
	/* a second -all clears the LCP settings read since the first
	 * (check_conflict_all names them), so it is no plain repeat either */
	if (strcmp(c->row[entry]->name, "-all") == 0)
		return 0;
	/* the same EAP bundle again is an option error once it loads:
	 * check_sets_eap_twice says so, not "harmless" */
	if (strcmp(c->row[entry]->name, "eapplugin") == 0)
		return 0;
	/* ms-dns and ms-wins keep two values in order: check_dns_unused
	 * says which lines change nothing, repeats among them */
	if (strcmp(check_sets_canon(c->row[entry]), "ms-dns") == 0 ||
	    strcmp(check_sets_canon(c->row[entry]), "ms-wins") == 0)
		return 0;
	check_sets_key(c, entry, &c->sets.key);
	v = hash_get(&c->sets.values, c->sets.key.data, c->sets.key.len);
	if (!v)
		return 0;
	/* a -all between the two cleared the first (check_conflict_all says
	 * so): this line sets it again, no repeat */
	if (check_conflict_all_clears(check_sets_canon(c->row[entry]))) {
		size_t j;

		for (j = v->first + 1; j < entry; j++)
			if (c->row[j] && strcmp(check_sets_canon(c->row[j]), "-all") == 0)
				return 0;
	}
	if (check_sets_reset_between(c, v->first, entry))
		return 0;
	buf_init(&shown);
	buf_init(&first);
	check_sets_shown(c, entry, &shown);
	check_sets_shown(c, v->first, &first);
	/* A plugin line read again loads the plugin again and runs its start
	 * code once more (linux-ppp-2.5.3/pppd/options.c:1843, Apple's
	 * Helpers/pppd/sys-MacOSX.c:3453); a plugin that keeps the hook it
	 * finds then keeps itself (Apple's Drivers/PPPSerial/PPPSerial-plugin/
	 * main.c:215, linux-ppp-2.5.3/pppd/plugins/pppol2tp/openl2tp.c:299). */
	if (strcmp(check_sets_canon(c->row[entry]), "plugin") == 0 ||
	    strcmp(check_sets_canon(c->row[entry]), "plugin2") == 0)
		check_say(c, CHECK_K_REPEATED, check_line(c, entry), entry,
		          N_("Delete the repeated line."), "",
		          N_("'%s' repeats line %zu exactly, so pppd runs the plugin's start-up code "
		             "a second time. A plugin that chains onto the hooks it finds, such as "
		             "PPPSerial.ppp or openl2tp.so, then ends up calling itself (derived from "
		             "the source, not tried). One of them is enough."),
		          shown.data ? shown.data : "", check_line(c, v->first));
	/* radius.so keeps every avpair text and puts all the pairs it read into
	 * each request it sends (linux-ppp-2.5.3/pppd/plugins/radius/radius.c:
	 * 186-187, :292-293, :1036-1037), so a repeated line is not idle. */
	else if (strcmp(check_sets_canon(c->row[entry]), "avpair") == 0)
		check_say(c, CHECK_K_REPEATED, check_line(c, entry), entry,
		          N_("Delete the repeated line."), "",
		          N_("'%s' repeats line %zu exactly, and each avpair line adds its pairs "
		             "again: every request the radius plugin sends then carries them twice "
		             "(derived from the source, not tried). One of them is enough."),
		          shown.data ? shown.data : "", check_line(c, v->first));
	/* file and call read the named file at once, each time the line is
	 * read (linux-ppp-2.5.3/pppd/options.c:1640, :1686; 2.4.9 :1416,
	 * :1456; Apple's options.c:1571, :1614): nothing skips a file read
	 * before, so its lines act twice. */
	else if (strcmp(check_sets_canon(c->row[entry]), "file") == 0 ||
	         strcmp(check_sets_canon(c->row[entry]), "call") == 0)
		check_say(c, CHECK_K_REPEATED, check_line(c, entry), entry,
		          N_("Delete the repeated line."), "",
		          N_("'%s' repeats line %zu exactly, so pppd reads that file a second time "
		             "and every line in it acts again: most words only set the same value "
		             "again, but a plugin line there loads the plugin and runs its start-up "
		             "code twice (derived from the source, not tried). One of them is enough."),
		          shown.data ? shown.data : "", check_line(c, v->first));
	else if (strcmp(shown.data ? shown.data : "", first.data ? first.data : "") == 0)
		check_say(c, CHECK_K_REPEATED, check_line(c, entry), entry,
		          N_("Delete the repeated line."), "", N_("'%s' repeats line %zu exactly; "
		          "harmless, but one of them is enough."), shown.data ? shown.data : "",
		          check_line(c, v->first));
	else    /* another name of the same setting: "-ac" after "noaccomp" */
		check_say(c, CHECK_K_REPEATED, check_line(c, entry), entry,
		          N_("Delete the repeated line."), "", N_("'%s' sets what '%s' on line %zu "
		          "already set; harmless, but one of them is enough."),
		          shown.data ? shown.data : "", first.data ? first.data : "",
		          check_line(c, v->first));
	buf_free(&first);
	buf_free(&shown);
	return 1;
}

/* ---- values set otherwise later ------------------------------------- */

static const char *check_sets_wild_what(const struct catalog_entry *r)
{
	if (strcmp(r->name, "<speed>") == 0)
		return _("serial speed");
	if (strcmp(r->name, "<local>:<remote>") == 0)
		return _("local:remote address pair");
	return _("device");
}

/* The local:remote pair, ipv6's identifier pair and ipx-node set each
 * side on its own (catalog_shape_sides). The sides entry k sets; 3 when it
 * has no value to read. */
static unsigned check_sets_sides_of(const struct check_ctx *c, size_t k)
{
	const struct catalog_entry *r = c->row[k];
	const struct doc_entry *e = &c->d->entries[k];
	size_t wi = e->word + ((r->flags & CATALOG_WILDCARD) ? 0 : 1), len;
	const char *v;

	if (wi >= e->word + e->nwords)
		return 3;
	v = check_val(c, wi, &len);
	return catalog_shape_sides(r, v, len);
}

/* Whether the entry `first` sets a side that no later entry of the same
 * name, up to `last`, sets again. */
static int check_sets_side_kept(const struct check_ctx *c, size_t first, size_t last)
{
	const struct check_name *nm = c->sets.of[first]->name;
	unsigned later = 0;
	size_t k;

	for (k = first + 1; k <= last && k < c->d->nentries; k++)
		if (c->sets.of[k] && c->sets.of[k]->name == nm)
			later |= check_sets_sides_of(c, k);
	return (check_sets_sides_of(c, first) & ~later) != 0;
}

/* Whether pppd refuses a netmask line after `first` (check_entry.c says so
 * there): then no later one wins. */
static int check_sets_netmask_refused(const struct check_ctx *c, size_t first)
{
	size_t k;

	for (k = first + 1; k < c->d->nentries; k++)
		if (c->row[k] == c->row[first] && check_value_netmask_narrower(c, k) != SIZE_MAX)
			return 1;
	return 0;
}

/* Linux pppd 2.4.9's pppoe.so copies pppoe-verbose (rp_pppoe_verbose),
 * pppoe-padi-timeout and pppoe-padi-attempts when it reads the first
 * Ethernet interface word (linux-ppp-2.4.9/pppd/plugins/pppoe/plugin.c:131-133,
 * called from :390 only while the channel is not yet pppoe's), so there a
 * value set after that word is never used. 2.5.3 reads them after all
 * options (its plugin.c:469-470; pppoe_verbose is read where it logs). The
 * first such word before entry `last`, for a row of those; SIZE_MAX
 * otherwise, or when the file's pppd is known to be 2.5 or later. */
static size_t check_sets_copied_at_interface(const struct check_ctx *c,
                                             const struct catalog_entry *r, size_t last)
{
	static const char *const copied[] = {
		"pppoe-verbose", "rp_pppoe_verbose", "pppoe-padi-timeout", "pppoe-padi-attempts",
	};
	const char *name = r->alias_of ? r->alias_of : r->name;
	const char *v = c->file ? c->file->pppd_version : NULL;
	size_t i, k;

	if (c->p != PLATFORM_LINUX)
		return SIZE_MAX;
	if (v && (strtol(v, NULL, 10) > 2 || (strtol(v, NULL, 10) == 2 && strchr(v, '.') &&
	                                      strtol(strchr(v, '.') + 1, NULL, 10) >= 5)))
		return SIZE_MAX;
	for (i = 0; i < sizeof copied / sizeof copied[0]; i++)
		if (strcmp(name, copied[i]) == 0)
			break;
	if (i == sizeof copied / sizeof copied[0])
		return SIZE_MAX;
	for (k = 0; k < last; k++)
		if (c->row[k] && strcmp(c->row[k]->name, "<ethernet-interface>") == 0)
			return k;
	return SIZE_MAX;
}

/* The duplicate finding for names whose earlier line still does something
 * when a later one replaces its value; 1 when it said one. */
static int check_sets_duplicate_own(struct check_ctx *c, size_t f, size_t later,
                                    const char *shown, const char *last)
{
	/* Apple's keychainpassword and userkeychainpassword fill the
	 * password only when the item is read (apple-ppp-1027.121.1/
	 * Helpers/pppd/auth.c:2824, :2844; the copy at :2941 happens
	 * only on success), so a later item that cannot be read leaves
	 * the earlier one's password in place: deleting this line is
	 * not written in, as it would lose that fallback */
	if (c->p == PLATFORM_MACOS && (strcmp(check_sets_canon(c->row[f]), "keychainpassword") == 0 ||
	                               strcmp(check_sets_canon(c->row[f]), "userkeychainpassword") == 0)) {
		check_say(c, CHECK_K_DUPLICATE, check_line(c, f), f, N_("Keep one of the two "
		          "lines, the one naming the item that holds the password."), NULL,
		          N_("'%s' is set again on line %zu (%s). pppd takes the password from "
		          "the later item when it can read it; when it cannot, it keeps the "
		          "password it had before that line: this one's, unless a line between "
		          "them sets another (derived from Apple's source, not tried on a Mac)."),
		          shown, check_line(c, later), last);
		return 1;
	}
	/* pppd opens each logfile's file as it reads the line and only
	 * then closes the one before (linux-ppp-2.5.3/pppd/options.c:1763,
	 * :1776; linux-ppp-2.4.9/pppd/options.c:1532, :1545; apple-ppp-
	 * 1027.121.1/Helpers/pppd/options.c:1731, :1767): the earlier
	 * line still creates its file, and on Linux a file it cannot
	 * open stops pppd (options.c:1771) */
	if (strcmp(c->row[f]->name, "logfile") == 0) {
		check_say(c, CHECK_K_DUPLICATE, check_line(c, f), f, N_("Delete this line, "
		          "or the later one."), "", c->p == PLATFORM_LINUX ?
		          N_("'%s' is set again on line %zu (%s); pppd writes its log only to "
		          "the last file, but it still opens the file named here when it reads "
		          "this line, creating it if it is missing, and refuses the option if it "
		          "cannot open it.") :
		          N_("'%s' is set again on line %zu (%s); pppd writes its log only to "
		          "the last file, but it still opens the file named here when it reads "
		          "this line, creating it if it is missing (derived from Apple's source, "
		          "not tried on a Mac)."),
		          shown, check_line(c, later), last);
		return 1;
	}
	/* passwordfd.so 2.5.3 reads the descriptor and closes it when it
	 * reads each line (linux-ppp-2.5.3/pppd/plugins/passwordfd.c:29, :40,
	 * :51), and a read that fails is an option error (:54); only the last
	 * password is kept (:57). 2.4.9 only stores the number and reads it
	 * later (linux-ppp-2.4.9/pppd/plugins/passwordfd.c:23, :50), so
	 * there the usual wording holds. */
	if (strcmp(c->row[f]->name, "passwordfd") == 0 && !check_release_before(c, "2.5.3")) {
		check_say(c, CHECK_K_DUPLICATE, check_line(c, f), f, N_("Delete this line, "
		          "or the later one."), "", N_("'%s' is set again on line %zu (%s). pppd "
		          "2.5.3 still reads and closes this line's descriptor when it reads this "
		          "line, and refuses the option if that read fails; the later line's "
		          "password then takes the place of this one. 2.4.9 keeps only the last "
		          "number, so there this line has no effect."), shown, check_line(c, later), last);
		return 1;
	}
	return 0;
}

/* Said at the first entry of each value its name later left for another
 * (a name that adds up or keeps a list aside). */
int check_sets_duplicate(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_value *v;
	const struct catalog_entry *r;
	struct buf last, shown;
	size_t f, iface;
	int said = 0;

	(void)entry, (void)word;
	said = check_conflict_auth_end(c);
	said |= check_conflict_hostname_end(c);
	said |= check_dns_unused(c);
	said |= check_sets_env_replaced(c);
	buf_init(&last);
	buf_init(&shown);
	for (f = 0; c->sets.of && f < c->d->nentries; f++) {
		v = c->sets.of[f];
		if (!v || v->first != f || v->name->repeatable || v->name->last_value == v ||
		    check_sets_side_kept(c, f, v->name->last) || check_sets_netmask_refused(c, f) ||
		    check_value_limit_raised(c, f))
			continue;
		r = c->row[f];
		buf_reset(&last);
		buf_reset(&shown);
		check_entry_text(c, v->name->last, &last);
		check_sets_shown(c, f, &shown);
		if (check_sets_duplicate_own(c, f, v->name->last, shown.data ? shown.data : "",
		                             last.data ? last.data : "")) {
			said = 1;
			continue;
		}
		iface = check_sets_copied_at_interface(c, r, v->name->last);
		if (iface != SIZE_MAX) {
			check_say(c, CHECK_K_DUPLICATE, check_line(c, f), f, N_("Delete this line, "
			          "or the later one."), "", N_("'%s' is set again on line %zu (%s). "
			          "Linux pppd 2.5.3 uses the last one, so this line has no effect there. "
			          "2.4.9's pppoe.so copies the value when it reads the interface word on "
			          "line %zu, so there a line after that word has no effect."),
			          shown.data ? shown.data : "", check_line(c, v->name->last), last.data,
			          check_line(c, iface));
			said = 1;
			continue;
		}
		check_say(c, CHECK_K_DUPLICATE, check_line(c, f), f, N_("Delete this line, or the "
		          "later one."), "", (r->flags & CATALOG_WILDCARD) ? N_("The %s is set again "
		          "on line %zu (%s); pppd uses the last one, so this line has no effect.") :
		          N_("'%s' is set again on line %zu (%s); pppd uses the last one, so this "
		          "line has no effect."), (r->flags & CATALOG_WILDCARD) ?
		          check_sets_wild_what(r) : shown.data ? shown.data : "",
		          check_line(c, v->name->last), last.data);
		said = 1;
	}
	buf_free(&last);
	buf_free(&shown);
	return said;
}

/* The last line setting one of those words, when it comes after the
 * interface word: Linux pppd 2.4.9 has already copied the value (or the
 * default) by then, so the line is not used there (plugin.c:133, called
 * from :390). Only the order inside this one file is looked at: a value
 * from another file read later (options.<interface>) is not. */
int check_sets_after_interface(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_value *v;
	const char *name;
	size_t f, iface, nlen;
	int said = 0;

	(void)entry, (void)word;
	for (f = 0; c->sets.of && f < c->d->nentries; f++) {
		v = c->sets.of[f];
		if (!v || !c->row[f] || v->name->last != f)
			continue;
		iface = check_sets_copied_at_interface(c, c->row[f], f);
		if (iface == SIZE_MAX)
			continue;
		name = check_name(c, f, &nlen);
		check_say(c, CHECK_K_AFTER_INTERFACE, check_line(c, f), f, N_("Move this line above "
		          "the interface word, or leave it if the file is only for pppd 2.5 or "
		          "later."), NULL, N_("'%.*s' comes after the interface word on line %zu. "
		          "Linux pppd 2.4.9's pppoe.so copies this value when it reads that word, "
		          "so there this line has no effect; 2.5.3 reads it after all options."),
		          (int)nlen, name, check_line(c, iface));
		said = 1;
	}
	return said;
}

/* pppol2tp.so and pppoatm.so take one device and then refuse any other
 * (device_got_set: linux-ppp-2.5.3/pppd/plugins/pppol2tp/pppol2tp.c:140,
 * pppoatm/pppoatm.c:81; 2.4.9's :129 and :74): a second pppol2tp is an
 * option error, and a second ATM address matches no option at all
 * (options.c:613). The last one does not win, as it does elsewhere. */
/* Apple's eapplugin: a bundle that loads is kept under its EAP type, and
 * a second bundle for a type already kept is an option error (apple-ppp-
 * 1027.121.1/Helpers/pppd/eap.c:1403-1405); one that does not load is only
 * reported (:1391-1395). This sees only the same words written twice; two
 * names for one bundle (a full path and the folder name), or two bundles of
 * one type, it leaves out, since it cannot read the bundles. */
static int check_sets_eap_twice(struct check_ctx *c, size_t entry)
{
	const struct check_value *v;
	struct buf msg, shown;

	check_sets_key(c, entry, &c->sets.key);
	v = hash_get(&c->sets.values, c->sets.key.data, c->sets.key.len);
	if (!v)
		return 0;
	buf_init(&msg);
	buf_init(&shown);
	check_sets_shown(c, entry, &shown);
	buf_printf(&msg, _("'%s' loads the same EAP bundle as line %zu. A bundle that loads is "
	           "kept under its EAP type, and a second bundle for a type already kept is an "
	           "option error (only a bundle that fails to load is reported and skipped; "
	           "derived from Apple's source, not tried on a Mac)."),
	           shown.data ? shown.data : "", check_line(c, v->first));
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_DEVICE_TWICE, check_line(c, entry), entry, N_("Delete one of "
	              "the two lines."), "", &msg);
	buf_free(&shown);
	buf_free(&msg);
	return 1;
}

int check_sets_once(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	struct buf msg, first;
	size_t f;

	(void)word;
	if (strcmp(r->name, "eapplugin") == 0)
		return check_sets_eap_twice(c, entry);
	if (!(r->flags & CATALOG_ONCE))
		return 0;
	for (f = 0; f < entry && c->row[f] != r; f++)
		;
	if (f == entry)
		return 0;
	buf_init(&msg);
	buf_init(&first);
	check_entry_text(c, f, &first);
	if (r->flags & CATALOG_WILDCARD)
		buf_printf(&msg, _("pppd takes only the first ATM address (line %zu: %s): once the "
		           "plugin has one, it takes no other, so pppd calls this word an unknown "
		           "option."), check_line(c, f), first.data);
	else
		buf_printf(&msg, _("pppd takes only the first '%s' (line %zu: %s): the plugin refuses "
		           "a second one."), r->name, check_line(c, f), first.data);
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_DEVICE_TWICE, check_line(c, entry), entry, N_("Delete one of "
	              "the two lines."), "", &msg);
	buf_free(&first);
	buf_free(&msg);
	return 1;
}
