/* check_sets.c - the rules about what earlier directives set: the same again (repeated), set otherwise later (duplicate), taken only once; and the record of what was set, which check_conflict.c reads. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "check/check_sets.h"
#include "base/util.h"


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
void check_sets_shown(const struct check_ctx *c, size_t entry, struct buf *out)
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

/* Words whose repeat is no idle repeat: each line acts again.
 * A plugin line read again loads the plugin again and runs its start code
 * once more (linux-ppp-2.5.3/pppd/options.c:1843, Apple's Helpers/pppd/
 * sys-MacOSX.c:3453); a plugin that keeps the hook it finds then keeps
 * itself (Apple's Drivers/PPPSerial/PPPSerial-plugin/main.c:215,
 * linux-ppp-2.5.3/pppd/plugins/pppol2tp/openl2tp.c:299).
 * radius.so keeps every avpair text and puts all the pairs it read into
 * each request it sends (linux-ppp-2.5.3/pppd/plugins/radius/radius.c:
 * 186-187, :292-293, :1036-1037).
 * file and call read the named file at once, each time the line is read
 * (linux-ppp-2.5.3/pppd/options.c:1640, :1686; 2.4.9 :1416, :1456; Apple's
 * options.c:1571, :1614): nothing skips a file read before, so its lines
 * act twice. */
#define CHECK_SETS_PLUGIN_AGAIN \
	N_("'%s' repeats line %zu exactly, so pppd runs the plugin's start-up code a second " \
	   "time. A plugin that chains onto the hooks it finds, such as PPPSerial.ppp or " \
	   "openl2tp.so, then ends up calling itself (derived from the source, not tried). " \
	   "One of them is enough.")
#define CHECK_SETS_FILE_AGAIN \
	N_("'%s' repeats line %zu exactly, so pppd reads that file a second time and every " \
	   "line in it acts again: most words only set the same value again, but a plugin " \
	   "line there loads the plugin and runs its start-up code twice (derived from the " \
	   "source, not tried). One of them is enough.")
static const struct {
	const char *name, *msg;
} check_sets_acts_again[] = {
	{ "plugin", CHECK_SETS_PLUGIN_AGAIN },
	{ "plugin2", CHECK_SETS_PLUGIN_AGAIN },
	{ "avpair", N_("'%s' repeats line %zu exactly, and each avpair line adds its pairs "
	  "again: every request the radius plugin sends then carries them twice (derived from "
	  "the source, not tried). One of them is enough.") },
	{ "file", CHECK_SETS_FILE_AGAIN },
	{ "call", CHECK_SETS_FILE_AGAIN },
};

static const char *check_sets_repeat_acts(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof check_sets_acts_again / sizeof check_sets_acts_again[0]; i++)
		if (strcmp(check_sets_acts_again[i].name, name) == 0)
			return check_sets_acts_again[i].msg;
	return NULL;
}

int check_sets_repeated(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_value *v;
	struct buf shown, first;
	const char *msg;

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
	if ((msg = check_sets_repeat_acts(check_sets_canon(c->row[entry]))) != NULL)
		check_say(c, CHECK_K_REPEATED, check_line(c, entry), entry,
		          N_("Delete the repeated line."), "", msg, shown.data ? shown.data : "",
		          check_line(c, v->first));
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
