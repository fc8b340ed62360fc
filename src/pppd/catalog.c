/* catalog.c - looking directives up: exact names, pppd's wildcards, plugin scope (names of kinds are in catalog_kinds.c). */
#include "pppd/catalog.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "pppd/catalog_value.h"
#include "pppd/doc.h"
#include "base/hash.h"
#include "base/util.h"

extern const struct catalog_entry catalog_table[];
extern const size_t catalog_table_len;

/* One row in the list of the rows that share its name, in table order. */
struct catalog_named {
	const struct catalog_entry *row;
	struct catalog_named *next;
};

/* Names -> their first catalog_named, built on first use and read-only
 * afterwards: the grouping and the checks look a name up for every word. */
static struct hash catalog_names;
static struct catalog_named *catalog_nodes;

/* The rows named word[0..len), in table order; NULL when there are none. */
static const struct catalog_named *catalog_rows_of(const char *word, size_t len)
{
	size_t i;

	if (!catalog_nodes) {
		catalog_nodes = util_xcalloc(catalog_table_len, sizeof *catalog_nodes);
		for (i = 0; i < catalog_table_len; i++) {
			const char *name = catalog_table[i].name;
			struct hash_item *it = hash_put(&catalog_names, name, strlen(name), NULL);
			struct catalog_named *n = &catalog_nodes[i], *last;

			n->row = &catalog_table[i];
			if (!it->val) {
				it->val = n;
				continue;
			}
			for (last = it->val; last->next; last = last->next)
				;
			last->next = n;
		}
	}
	return hash_get(&catalog_names, word, len);
}

size_t catalog_count(void)
{
	return catalog_table_len;
}

const struct catalog_entry *catalog_at(size_t i)
{
	return i < catalog_table_len ? &catalog_table[i] : NULL;
}

size_t catalog_rows_named(const char *name, const struct catalog_entry **out,
                          size_t max)
{
	const struct catalog_named *r;
	size_t n = 0;

	for (r = catalog_rows_of(name, strlen(name)); r; r = r->next) {
		if (n < max)
			out[n] = r->row;
		n++;
	}
	return n;
}

/* The first row named word[0..len) that platform p knows by name. */
static const struct catalog_entry *catalog_find_n(const char *word, size_t len,
                                                  enum platform p)
{
	const struct catalog_named *r;

	for (r = catalog_rows_of(word, len); r; r = r->next)
		if ((r->row->platforms & p) && !(r->row->flags & CATALOG_WILDCARD))
			return r->row;
	return NULL;
}

/* The same on either platform, p's row first. */
static const struct catalog_entry *catalog_find_any_n(const char *word, size_t len,
                                                      enum platform p)
{
	const struct catalog_entry *e = catalog_find_n(word, len, p);

	if (!e)
		e = catalog_find_n(word, len, p == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS);
	return e;
}

const struct catalog_entry *catalog_find(const char *name, enum platform p)
{
	return catalog_find_n(name, strlen(name), p);
}

const struct catalog_entry *catalog_find_any(const char *name, enum platform prefer)
{
	return catalog_find_any_n(name, strlen(name), prefer);
}

void catalog_names_on(const char *list, const struct catalog_entry *of, enum platform p,
                      struct buf *out)
{
	const struct catalog_entry *r;
	const char *w;
	size_t k;

	/* a row of the other platform's pppd, explained here, keeps its own */
	if (!(of->platforms & p))
		p = (enum platform)of->platforms;
	buf_reset(out);
	for (w = list; w && *w; w += k) {
		w += strspn(w, " ");
		k = strcspn(w, " ");
		r = k ? catalog_find_n(w, k, p) : NULL;
		if (r && !(r->flags & CATALOG_NOTBUILT)) {
			if (out->len)
				buf_addc(out, ' ');
			buf_add(out, w, k);
		}
	}
}

/* A wildcard row by its placeholder name, for platform p and (optionally)
 * one plugin. */
static const struct catalog_entry *catalog_wild(const char *name, enum platform p,
                                                const char *plugin)
{
	const struct catalog_named *r;

	for (r = catalog_rows_of(name, strlen(name)); r; r = r->next) {
		const struct catalog_entry *e = r->row;

		if (!(e->platforms & p))
			continue;
		if (plugin ? (e->plugin && strcmp(e->plugin, plugin) == 0) : !e->plugin)
			return e;
	}
	return NULL;
}

/* pppd's tty speed matcher: strtol base 0 must use the whole word and give
 * a non-zero value ("-5" and "0x10" count; "0" and "9600bps" do not).
 * strtol skips white space first, so a quoted " 9600" counts too. */
static int catalog_is_speed(const char *w, size_t len)
{
	size_t i = 0;
	int base = 10, nonzero = 0, digits = 0;

	while (i < len && isspace((unsigned char)w[i]))
		i++;
	if (i < len && (w[i] == '+' || w[i] == '-'))
		i++;
	if (i + 1 < len && w[i] == '0' && (w[i + 1] == 'x' || w[i + 1] == 'X') &&
	    i + 2 < len && isxdigit((unsigned char)w[i + 2])) {
		base = 16;
		i += 2;
	} else if (i < len && w[i] == '0') {
		base = 8;
	}
	for (; i < len; i++) {
		int c = (unsigned char)w[i], v;
		if (isdigit(c))
			v = c - '0';
		else if (base == 16 && isxdigit(c))
			v = tolower(c) - 'a' + 10;
		else
			return 0;
		if (v >= base)
			return 0;
		digits = 1;
		nonzero |= v != 0;
	}
	return digits && nonzero;
}

/* Names that are serial ports on some machine: what a file written for
 * another machine may hold. */
static int catalog_tty_shaped(const char *w, size_t len)
{
	if (len > 5 && memcmp(w, "/dev/", 5) == 0)
		return 1;
	if (len > 3 && memcmp(w, "tty", 3) == 0)
		return isalnum((unsigned char)w[3]) || w[3] == '.';
	if (len > 3 && memcmp(w, "cu.", 3) == 0)
		return 1;
	if (len > 6 && memcmp(w, "rfcomm", 6) == 0)
		return isdigit((unsigned char)w[6]);
	return 0;
}

/* pppd's device matcher. On this machine's own platform it does what pppd
 * does (prefix /dev/ to a relative name, require an existing character
 * device); for the other platform it can only go by the shape of the name. */
static int catalog_is_device(const char *w, size_t len, enum platform p, int by_shape)
{
	struct buf path;
	struct stat st;
	int ok;

	if (len == 0 || memchr(w, '\0', len))
		return 0;
	if (p != platform_default() || by_shape)
		return catalog_tty_shaped(w, len);
	buf_init(&path);
	if (w[0] != '/')
		buf_adds(&path, "/dev/");
	buf_add(&path, w, len);
	ok = stat(path.data, &st) == 0 && S_ISCHR(st.st_mode);
	buf_free(&path);
	return ok;
}

/* The hardware type Linux shows for this machine's network interface
 * called name (len bytes) in /sys/class/net/NAME/type (1 Ethernet, 512
 * PPP), or -1 when there is none. Left out: pppd cuts a name longer than
 * 15 bytes and looks up the rest; such a name counts as none here. Without
 * /sys (not Linux) every name is none. */
int catalog_interface_type(const char *name, size_t len)
{
	char path[64], type[16];
	FILE *f;
	size_t n;
	int r = -1;

	if (len == 0 || len > 15 || memchr(name, '/', len) || memchr(name, '\0', len) ||
	    (name[0] == '.' && (len == 1 || (len == 2 && name[1] == '.'))))
		return -1;
	snprintf(path, sizeof path, "/sys/class/net/%.*s/type", (int)len, name);
	if (!(f = fopen(path, "r")))
		return -1;
	n = fread(type, 1, sizeof type - 1, f);
	type[n] = '\0';
	if (n > 0)
		r = atoi(type);
	fclose(f);
	return r;
}

/* Whether this machine has a network interface called name (len bytes,
 * "nic-" already taken off): -1 none, 0 one that is not Ethernet, 1 an
 * Ethernet one. pppoe.so takes only an interface whose hardware type is
 * Ethernet (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:376-382). */
int catalog_interface_here(const char *name, size_t len)
{
	int t = catalog_interface_type(name, len);

	return t < 0 ? -1 : t == 1;
}

/* pppoe.so's device word: an interface name, optionally "nic-" first
 * (taken off only when something follows it). Read for this machine
 * (here), any name of an Ethernet interface it has counts. Otherwise, as
 * we cannot ask another machine's kernel, the shape decides: letters then
 * anything with a digit (eth0, enp3s0, wlan0, eth0.2), or anything after
 * "nic-"; a name with no digit (wan) is then taken for a misspelt option.
 * The shape does not count for a word that names an option pppd here does
 * not see (named: another platform's, such as l2tpudpport, or an unloaded
 * plugin's): that word is read as the misplaced option it is. */
static int catalog_is_ethernet(const char *w, size_t len, int here, int named)
{
	size_t i, start = 0;
	int digit = 0;

	if (len > 4 && memcmp(w, "nic-", 4) == 0)
		start = 4;
	if (here && catalog_interface_here(w + start, len - start) == 1)
		return 1;
	if (named || len - start > 15 || (start == 0 && (len < 2 || !isalpha((unsigned char)w[0]))))
		return 0;
	for (i = start; i < len; i++) {
		int c = (unsigned char)w[i];
		if (isdigit(c))
			digit = 1;
		else if (!isalnum(c) && c != '.' && c != '-' && c != '_')
			return 0;
	}
	return digit || start == 4;
}

const struct catalog_entry *catalog_match(const char *word, size_t len, enum platform p)
{
	struct catalog_scope s;

	catalog_scope_init(&s, p);
	return catalog_scope_match(&s, word, len);
}

static int catalog_arity_in(void *ctx, const char *word, size_t len, int names_only,
                            int by_shape)
{
	enum platform p = ctx ? *(enum platform *)ctx : platform_default();
	const struct catalog_entry *e;
	struct catalog_scope s;

	if (memchr(word, '\0', len))
		return DOC_UNKNOWN;
	if ((e = catalog_find_any_n(word, len, p)))
		return e->nargs;
	if (names_only)
		return DOC_UNKNOWN;
	catalog_scope_init(&s, p);
	s.by_shape = by_shape;
	if ((e = catalog_scope_match(&s, word, len)))
		return e->nargs | DOC_WILDCARD;
	return DOC_UNKNOWN;
}

int catalog_arity(void *ctx, const char *word, size_t len, int names_only)
{
	return catalog_arity_in(ctx, word, len, names_only, 0);
}

int catalog_arity_shape(void *ctx, const char *word, size_t len, int names_only)
{
	return catalog_arity_in(ctx, word, len, names_only, 1);
}

/* ---- plugin scope ---------------------------------------------------- */

void catalog_scope_init(struct catalog_scope *s, enum platform p)
{
	memset(s, 0, sizeof *s);
	s->platform = p;
}

const char *catalog_plugin_name(const char *path, size_t len, enum platform p)
{
	size_t i, end = len, start;
	int pass;

	while (end > 0 && path[end - 1] == '/')
		end--;
	start = end;
	while (start > 0 && path[start - 1] != '/')
		start--;
	if (end == start)
		return NULL;
	/* macOS: pppd appends the name as written to its plug-in folder
	 * (apple-ppp-1027.121.1/Helpers/pppd/sys-MacOSX.c:3442), and a Mac's disk
	 * ignores case unless formatted case-sensitive, so "l2tp.ppp" finds
	 * L2TP.ppp there; check_plugin_case warns about it. */
	for (pass = 0; pass < (p == PLATFORM_MACOS ? 2 : 1); pass++)
		for (i = 0; i < catalog_table_len; i++) {
			const char *pl = catalog_table[i].plugin;
			if (pl && (catalog_table[i].platforms & p) && strlen(pl) == end - start &&
			    (pass ? strncasecmp(pl, path + start, end - start) :
			     memcmp(pl, path + start, end - start)) == 0)
				return pl;
		}
	return NULL;
}

const char *catalog_plugin_since(const char *plugin)
{
	const char *since = NULL;
	size_t i;

	for (i = 0; i < catalog_table_len; i++) {
		const struct catalog_entry *e = &catalog_table[i];
		if (!e->plugin || !(e->platforms & PLATFORM_LINUX) || strcmp(e->plugin, plugin) != 0)
			continue;
		if (!e->linux_since || strncmp(e->linux_since, "after ", 6) == 0)
			return NULL;
		/* releases compare as strings while each part is one digit */
		if (!since || strcmp(e->linux_since, since) < 0)
			since = e->linux_since;
	}
	return since;
}

int catalog_plugin_gone(const char *plugin, enum platform p)
{
	return plugin && p == PLATFORM_MACOS && strcmp(plugin, "PPTP.ppp") == 0;
}

int catalog_plugin_is_channel(const char *plugin, enum platform p)
{
	size_t i;

	for (i = 0; i < catalog_table_len; i++) {
		const struct catalog_entry *e = &catalog_table[i];
		if (e->plugin && (e->platforms & p) && (e->flags & CATALOG_CHANNEL) &&
		    strcmp(e->plugin, plugin) == 0)
			return 1;
	}
	return 0;
}

/* Linux 2.4.9 builds pppoe.so and installs rp-pppoe.so as a link to it
 * (linux-ppp-2.4.9/pppd/plugins/pppoe/Makefile.linux:41, :47): loading
 * either brings the options of both (2.5.x has no rp-pppoe.so, which the
 * removed-name check says). */
static int catalog_same_plugin(const char *a, const char *b, enum platform p)
{
	if (strcmp(a, b) == 0)
		return 1;
	return p == PLATFORM_LINUX &&
	       ((strcmp(a, "pppoe.so") == 0 && strcmp(b, "rp-pppoe.so") == 0) ||
	        (strcmp(a, "rp-pppoe.so") == 0 && strcmp(b, "pppoe.so") == 0));
}

int catalog_scope_has(const struct catalog_scope *s, const char *plugin)
{
	size_t i;

	for (i = 0; i < s->nplugins; i++)
		if (catalog_same_plugin(s->plugins[i], plugin, s->platform))
			return 1;
	return 0;
}

static int catalog_scope_has_exact(const struct catalog_scope *s, const char *plugin)
{
	size_t i;

	for (i = 0; i < s->nplugins; i++)
		if (strcmp(s->plugins[i], plugin) == 0)
			return 1;
	return 0;
}

/* Whether pppd in this scope sees row e at all. */
/* Whether a plugin has replaced the serial line. PPTP.ppp, gone from
 * current Macs, does not load (check_plugin.c says so), so the serial line
 * stays, or the link plugin loaded before it (kept); its own words are
 * still matched, to be named as gone. */
static int catalog_scope_tty_gone(const struct catalog_scope *s)
{
	return s->channel && (!catalog_plugin_gone(s->channel, s->platform) || s->kept);
}

const struct catalog_entry *catalog_speed_of(const char *word, size_t len, enum platform p)
{
	return len && !memchr(word, '\0', len) && catalog_is_speed(word, len) ?
	       catalog_wild("<speed>", p, NULL) : NULL;
}

const char *catalog_scope_link(const struct catalog_scope *s)
{
	return s->kept && catalog_plugin_gone(s->channel, s->platform) ? s->kept : s->channel;
}

/* A channel row of the plugin still in charge because a later gone plugin
 * (PPTP.ppp on a current Mac) did not load: pppd still knows its words. */
static int catalog_scope_kept(const struct catalog_scope *s, const struct catalog_entry *e)
{
	return s->kept && e->plugin && catalog_plugin_gone(s->channel, s->platform) &&
	       catalog_same_plugin(s->kept, e->plugin, s->platform);
}

static int catalog_scope_sees(const struct catalog_scope *s, const struct catalog_entry *e)
{
	if (!(e->platforms & s->platform))
		return 0;
	if (e->plugin && !catalog_scope_has(s, e->plugin))
		return 0;
	if ((e->flags & CATALOG_TTY) && catalog_scope_tty_gone(s))
		return 0;
	if ((e->flags & CATALOG_CHANNEL) && (!s->channel || !e->plugin ||
	                                     !catalog_same_plugin(s->channel, e->plugin,
	                                                          s->platform)) &&
	    !catalog_scope_kept(s, e))
		return 0;
	return 1;
}

const struct catalog_entry *catalog_scope_match(const struct catalog_scope *s,
                                                const char *word, size_t len)
{
	const struct catalog_named *r;
	const struct catalog_entry *e, *seen = NULL;
	size_t i;

	if (len == 0 || memchr(word, '\0', len))
		return NULL;
	/* A row written for the plugin under the very name it was loaded by wins
	 * over the same word's row for the plugin's other name: with 'plugin
	 * rp-pppoe.so' the old-name rows speak (they claim no first release the
	 * pinned sources cannot show), with 'plugin pppoe.so' the new ones. */
	for (r = catalog_rows_of(word, len); r; r = r->next)
		if (!(r->row->flags & CATALOG_WILDCARD) && catalog_scope_sees(s, r->row)) {
			if (!r->row->plugin || catalog_scope_has_exact(s, r->row->plugin))
				return r->row;
			if (!seen)
				seen = r->row;
		}
	if (seen)
		return seen;
	/* Pass 2, in pppd's order: plugins' lists, the channel, then IPCP. */
	for (i = s->nplugins; i-- > 0;) {
		if ((e = catalog_wild("<ethernet-interface>", s->platform, s->plugins[i])) &&
		    catalog_scope_sees(s, e) &&
		    catalog_is_ethernet(word, len, !s->by_shape, catalog_rows_of(word, len) != NULL))
			return e;
		if ((e = catalog_wild("<atm-address>", s->platform, s->plugins[i])) &&
		    catalog_scope_sees(s, e) && catalog_is_atm(word, len))
			return e;
	}
	if (!catalog_scope_tty_gone(s)) {
		if ((e = catalog_wild("<device>", s->platform, NULL)) &&
		    catalog_is_device(word, len, s->platform, s->by_shape))
			return e;
		if ((e = catalog_wild("<speed>", s->platform, NULL)) && catalog_is_speed(word, len))
			return e;
	}
	if (memchr(word, ':', len) && (e = catalog_wild("<local>:<remote>", s->platform, NULL)))
		return e;
	return NULL;
}

void catalog_scope_apply(struct catalog_scope *s, const struct catalog_entry *e,
                         const char *arg, size_t arglen)
{
	const char *pl;

	if (!e)
		return;
	if ((strcmp(e->name, "plugin") == 0 || strcmp(e->name, "plugin2") == 0) && arg) {
		pl = catalog_plugin_name(arg, arglen, s->platform);
		if (!pl) {
			/* The other platform's plugin (pppol2tp.so on macOS) is
			 * known not to load here, so it brings no options that
			 * pppconf lacks a list for (check_plugin.c says so). */
			if (!catalog_plugin_name(arg, arglen, PLATFORM_BOTH & ~s->platform))
				s->unknown_plugins++;
			return;
		}
		if (!catalog_scope_has(s, pl) && s->nplugins < CATALOG_SCOPE_MAX)
			s->plugins[s->nplugins++] = pl;
		if (catalog_plugin_is_channel(pl, s->platform)) {
			/* A plugin that does not load leaves the channel before it
			 * in charge (Helpers/pppd/options.c:1804-1809). */
			if (!catalog_plugin_gone(pl, s->platform))
				s->kept = NULL;
			else if (!catalog_plugin_gone(s->channel, s->platform))
				s->kept = s->channel;
			s->channel = pl;
		}
		return;
	}
	/* Linux channel plugins take over only when their device is named. */
	if (e->plugin && (e->flags & CATALOG_DEVNAM))
		s->channel = e->plugin;
}
