/* check_entry.c - the rules about a directive pppd takes: its value, its place, and the pppd releases that know it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/catalog_value.h"

/* ---- its value -------------------------------------------------------- */

/* The word pppd checks as the entry's value: its argument, or a wildcard's
 * word itself. SIZE_MAX when it has none. */
static size_t check_value_word(const struct check_ctx *c, size_t entry)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *r = c->row[entry];

	if (r->flags & CATALOG_WILDCARD)
		return e->word;
	if (r->nargs >= 1 && e->nwords >= 2)
		return e->word + 1;
	return SIZE_MAX;
}

/* Whether the plugin's device word has made, or later in the file makes,
 * its channel the one pppd uses: pppoe.so reads pppoe-mac only then, in the
 * channel's option check after all options (linux-ppp-2.5.3/pppd/plugins/
 * pppoe/plugin.c:397, :476; main.c:479). */
static int check_channel_chosen(const struct check_ctx *c, size_t entry)
{
	const struct catalog_entry *r;
	const char *name;
	size_t i, nlen;

	if (c->scope.channel)
		return 1;
	for (i = entry + 1; i < c->d->nentries; i++) {
		if (c->d->entries[i].disabled)
			continue;
		name = check_name(c, i, &nlen);
		r = catalog_scope_match(&c->scope, name, nlen);
		if (r && strcmp(r->name, "<ethernet-interface>") == 0)
			return 1;
	}
	return 0;
}

/* What pppd makes of the value (catalog_check_value: 0 fine, 1 odd, 2
 * refused; -1 no value), and why in words. A value pppd would refuse but
 * never reads, for want of the channel that reads it, is odd. */
static int check_value(const struct check_ctx *c, size_t entry, struct buf *why)
{
	size_t wi = check_value_word(c, entry), len;
	const char *v;
	int verdict;

	if (wi == SIZE_MAX)
		return -1;
	v = check_val(c, wi, &len);
	verdict = catalog_check_value_on(c->row[entry], c->p, v, len, why);
	if (verdict == 2 && (c->row[entry]->flags & CATALOG_CHANNELREAD) &&
	    !check_channel_chosen(c, entry)) {
		buf_printf(why, _(" It does so only once an Ethernet interface word (eth0) "
		           "makes the plugin run the connection, and this file has none: without "
		           "one pppd takes the file and never looks at the value."));
		verdict = 1;
	}
	return verdict;
}

/* Whether an entry is a netmask pppd reads; its mask in *mask. */
int check_entry_netmask(const struct check_ctx *c, size_t entry, unsigned long *mask)
{
	size_t wi = check_value_word(c, entry), len;
	const char *v;

	if (wi == SIZE_MAX || strcmp(c->row[entry]->name, "netmask") != 0)
		return 0;
	v = check_val(c, wi, &len);
	return catalog_value_netmask(v, len, mask);
}

/* The netmask line before a netmask entry, when pppd refuses the entry for
 * dropping bits of it (linux-ppp-2.5.3/pppd/ipcp.c:528; 2.4.9's :513,
 * Apple's :596); SIZE_MAX otherwise. */
size_t check_entry_netmask_narrower(const struct check_ctx *c, size_t entry)
{
	unsigned long cur, prev;
	size_t f = entry;

	if (!check_entry_netmask(c, entry, &cur))
		return SIZE_MAX;
	while (f > 0) {
		f--;
		if (c->row[f] == c->row[entry] && check_entry_netmask(c, f, &prev))
			return (prev & ~cur) != 0 ? f : SIZE_MAX;
	}
	return SIZE_MAX;
}

static int check_netmask_narrower(const struct check_ctx *c, size_t entry, struct buf *why)
{
	size_t f = check_entry_netmask_narrower(c, entry);

	if (f == SIZE_MAX)
		return 0;
	buf_printf(why, _("it lacks bits of the netmask set before it (line %zu); pppd refuses a "
	           "netmask narrower than the one it has."), check_line(c, f));
	return 2;
}

int check_entry_bad_value(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t line = check_line(c, entry);
	struct buf why, msg, fix;

	(void)word;
	buf_init(&why);
	if (check_value(c, entry, &why) != 2 && check_netmask_narrower(c, entry, &why) != 2) {
		buf_free(&why);
		return 0;
	}
	buf_init(&msg);
	buf_init(&fix);
	buf_printf(&msg, _("Bad value for %s: %s"), (r->flags & CATALOG_WILDCARD) ? "the word" :
	           r->name, why.data ? why.data : "pppd refuses it.");
	check_stops(c, line, &msg);
	if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MIN) &&
	    (r->flags & CATALOG_HAS_MAX))
		buf_printf(&fix, _("Use a whole number from %lld to %lld."), r->lo, r->hi);
	else if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MIN))
		buf_printf(&fix, _("Use a whole number of at least %lld."), r->lo);
	else if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MAX))
		buf_printf(&fix, _("Use a whole number of at most %lld."), r->hi);
	else if (r->flags & CATALOG_WILDCARD)
		buf_printf(&fix, _("Correct the word: pppconf explain '%s' shows the form pppd "
		           "takes."), r->name);
	else
		buf_printf(&fix, _("Correct the value: pppconf explain %s shows what pppd takes "
		           "there."), r->name);
	check_say_buf(c, CHECK_K_BAD_VALUE, line, entry, fix.data, NULL, &msg);
	buf_free(&why);
	buf_free(&msg);
	buf_free(&fix);
	return 1;
}

int check_entry_odd_value(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t len, k;
	const char *v;
	struct buf why, rep, fix;

	(void)word;
	buf_init(&why);
	if (check_value(c, entry, &why) != 1) {
		buf_free(&why);
		return 0;
	}
	buf_init(&rep);
	/* "30s" is read as 30: that is the value to write */
	v = check_val(c, check_value_word(c, entry), &len);
	for (k = 0; k < len && v[k] >= '0' && v[k] <= '9'; k++)
		;
	if (r->arg == CATALOG_ARG_INT && k > 0 && k < len && v[0] != '0')
		buf_printf(&rep, "%s %.*s", r->name, (int)k, v);
	buf_init(&fix);
	/* below the floor that works: the number to write is the user's to choose */
	if ((r->flags & CATALOG_WORKS) && (r->flags & CATALOG_HAS_MIN) && !rep.len)
		buf_printf(&fix, _("Use a whole number of at least %lld, or remove the line to "
		           "get the default."), r->lo);
	check_say(c, CHECK_K_ODD_VALUE, check_line(c, entry), entry,
	          fix.len ? fix.data : N_("Write the value pppd should use, plainly."),
	          rep.len ? rep.data : NULL,
	          "%s: %s", (r->flags & CATALOG_WILDCARD) ? "This word" : r->name,
	          why.data ? why.data : "pppd reads it differently than it looks.");
	buf_free(&fix);
	buf_free(&why);
	buf_free(&rep);
	return 1;
}

int check_entry_next_line(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t wi = check_value_word(c, entry), len;
	struct buf vw, rep;
	const char *v;

	(void)word;
	if ((r->flags & CATALOG_WILDCARD) || wi == SIZE_MAX ||
	    !(c->d->entries[entry].flags & DOC_ARG_NEXT_LINE))
		return 0;
	buf_init(&vw);
	buf_init(&rep);
	v = check_val(c, wi, &len);
	check_word(&vw, v, len);
	check_entry_text(c, entry, &rep);
	check_say(c, CHECK_K_ARG_NEXT_LINE, check_line(c, entry), entry,
	          N_("Put the value on the same line as the option."), rep.data,
	          N_("'%s' has no value on its own line, so pppd takes the next word, %s on line "
	          "%zu, as its value."), r->name, vw.data, doc_word_line(c->d, wi) + 1);
	buf_free(&vw);
	buf_free(&rep);
	return 1;
}

/* ---- its place -------------------------------------------------------- */

/* A speed, device or address pair right after another option on its line
 * ("plugin pppoe.so eth0" is common and harmless). */
int check_entry_stray_word(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry], *pr;
	size_t nlen, prev = check_prev(c, entry);
	const char *name = check_name(c, entry, &nlen);
	struct buf w;

	(void)word;
	if (!(r->flags & CATALOG_WILDCARD) || r->plugin || !check_same_line_as_prev(c, entry))
		return 0;
	pr = c->row[prev];
	if (!pr || (pr->flags & CATALOG_WILDCARD))
		return 0;
	buf_init(&w);
	check_word(&w, name, nlen);
	check_say(c, CHECK_K_STRAY_WORD, check_line(c, entry), entry, N_("Remove it, or put it on "
	          "a line of its own if it is meant."), NULL,
	          N_("%s on the same line as '%s' is not its value: pppd reads it on its own, as "
	          "%s."), w.data, pr->name,
	          strcmp(r->name, "<speed>") == 0 ? "the serial line's speed" :
	          strcmp(r->name, "<device>") == 0 ? "the serial device to use" :
	          strcmp(r->name, "<local>:<remote>") == 0 ? "the local:remote IP addresses" :
	          "the device to use");
	buf_free(&w);
	return 1;
}

/* pppd's OPT_ENABLE options: once the no- or - form was read, the option
 * itself is refused ("defaultroute option is disabled"); both forms clear
 * it (linux-ppp-2.5.3/pppd/ipcp.c:196, :199, :219, :222; ipv6cp.c:256, :259;
 * the same in 2.4.9 and Apple's ipcp.c). */
static const struct {
	const char *name, *off, *minus;
} check_enable_pairs[] = {
	{ "defaultroute", "nodefaultroute", "-defaultroute" },
	{ "defaultroute6", "nodefaultroute6", "-defaultroute6" },
	{ "proxyarp", "noproxyarp", "-proxyarp" },
};

const char *check_disabled_by(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof check_enable_pairs / sizeof check_enable_pairs[0]; i++)
		if (strcmp(name, check_enable_pairs[i].name) == 0)
			return check_enable_pairs[i].off;
	return NULL;
}

int check_entry_disabled(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	const char *off = NULL;
	size_t i, j = SIZE_MAX, k, line = check_line(c, entry);
	struct buf msg;

	(void)word;
	for (i = 0; i < sizeof check_enable_pairs / sizeof check_enable_pairs[0]; i++)
		if (strcmp(r->name, check_enable_pairs[i].name) == 0) {
			off = check_enable_pairs[i].off;
			j = check_sets_first(c, off);
			k = check_sets_first(c, check_enable_pairs[i].minus);
			if (k < j) {
				j = k;
				off = check_enable_pairs[i].minus;
			}
		}
	if (!off || j == SIZE_MAX)
		return 0;
	buf_init(&msg);
	buf_printf(&msg, _("'%s' on line %zu forbids '%s' from then on, so pppd refuses this "
	           "line (\"%s option is disabled\")."), off, check_line(c, j), r->name, r->name);
	check_stops(c, line, &msg);
	check_say_buf(c, CHECK_K_DISABLED_OPTION, line, entry, N_("Keep only one of the two lines."),
	          NULL, &msg);
	buf_free(&msg);
	return 1;
}

/* ---- the Linux pppd releases that know it ---------------------------- */

/* "2.5.3" -> 20503; "after 2.5.3" -> 20504 (a release after it). */
static long check_version(const char *v)
{
	long a = 0, b = 0, cc = 0, after = 0;

	if (strncmp(v, "after ", 6) == 0) {
		after = 1;
		v += 6;
	}
	a = strtol(v, (char **)&v, 10);
	if (*v == '.')
		b = strtol(v + 1, (char **)&v, 10);
	if (*v == '.')
		cc = strtol(v + 1, (char **)&v, 10);
	return a * 10000 + b * 100 + cc + after;
}

/* The release --pppd-version named, as check_version reads it; 0: none. */
static long check_known_release(const struct check_ctx *c)
{
	return c->p == PLATFORM_LINUX && c->file && c->file->pppd_version
	       ? check_version(c->file->pppd_version) : 0;
}

static void check_release(struct buf *b, const char *v)
{
	if (strncmp(v, "after ", 6) == 0)
		buf_printf(b, "Linux pppd releases after %s", v + 6);
	else
		buf_printf(b, "Linux pppd %s and newer", v);
}

/* Linux renamed rp-pppoe.so to pppoe.so in 2.4.9, which still installs a
 * link under the old name (linux-ppp-2.4.9/pppd/plugins/pppoe/Makefile.linux:47);
 * 2.5.3 installs none (its Makefile.am has no such link). Which 2.5 release
 * dropped it is not in the sources pppconf follows: 2.5.3 is what it knows. */
static const struct {
	const char *old, *now, *gone;
} check_plugin_renames[] = {
	{ "rp-pppoe.so", "pppoe.so", "2.5.3" },
};

/* A plugin line naming a plugin newer Linux pppd no longer has. */
static int check_entry_renamed(struct check_ctx *c, size_t entry)
{
	struct check_plugin pl;
	struct buf rep;
	size_t i;
	int said = 0;

	if (!check_plugin_of(c, entry, &pl) || !pl.here)
		return 0;
	for (i = 0; i < sizeof check_plugin_renames / sizeof check_plugin_renames[0]; i++) {
		if (strcmp(pl.here, check_plugin_renames[i].old) != 0 ||
		    (check_known_release(c) &&
		     check_known_release(c) < check_version(check_plugin_renames[i].gone)))
			continue;
		buf_init(&rep);
		buf_printf(&rep, "plugin %s", check_plugin_renames[i].now);
		check_say(c, CHECK_K_REMOVED, check_line(c, entry), entry, N_("Use the new name, "
		          "which pppd 2.4.9 and newer know."), rep.data, N_("Linux pppd %s and newer "
		          "has no %s (it became %s); there pppd cannot load it and refuses to "
		          "start."), check_plugin_renames[i].gone, pl.here,
		          check_plugin_renames[i].now);
		buf_free(&rep);
		said = 1;
	}
	return said;
}

int check_entry_removed(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);
	struct buf msg, fix, rep;
	int has_rep;

	(void)word;
	if (c->p != PLATFORM_LINUX)
		return 0;
	/* with the release known, check_entry_release has said what there is */
	if (!r->linux_removed || check_known_release(c))
		return check_entry_renamed(c, entry);
	buf_init(&msg);
	buf_printf(&msg, _("'%.*s' is gone from "), (int)nlen, name);
	check_release(&msg, r->linux_removed);
	buf_adds(&msg, _(": there pppd stops with \"unrecognized option\" and refuses to start."));
	buf_init(&fix);
	buf_init(&rep);
	if (!check_legacy_advice(c, entry, &fix, &rep, &has_rep))
		has_rep = 0;
	check_say_buf(c, CHECK_K_REMOVED, check_line(c, entry), entry, fix.len ? fix.data : NULL,
	              has_rep ? rep.data : NULL, &msg);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&rep);
	return 1 | check_entry_renamed(c, entry);
}

int check_entry_needs_newer(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);

	(void)word;
	/* 2.4.9 (2021) is the oldest pppd in maintained distributions; only
	 * options younger than that are worth a warning. */
	if (c->p != PLATFORM_LINUX || !r->linux_since || check_version(r->linux_since) <= 20409)
		return 0;
	/* with the release known, check_entry_release has said what there is,
	 * unless the release falls where pppconf cannot tell: "after 2.4.9" is
	 * a word 2.5.3 has (the newest release pppconf follows), from a 2.5
	 * release it cannot name */
	if (check_known_release(c) && (strncmp(r->linux_since, "after ", 6) != 0 ||
	                               check_known_release(c) < check_version(r->linux_since) ||
	                               check_known_release(c) >= 20503))
		return 0;
	if (strncmp(r->linux_since, "after ", 6) == 0)
		check_say(c, CHECK_K_NEEDS_NEWER, check_line(c, entry), entry, NULL, NULL,
		          N_("'%.*s' exists only in Linux pppd releases after %s; an older pppd "
		          "stops with \"unrecognized option\" (see pppd --version)."), (int)nlen,
		          name, r->linux_since + 6);
	else
		check_say(c, CHECK_K_NEEDS_NEWER, check_line(c, entry), entry, NULL, NULL,
		          N_("'%.*s' exists only in Linux pppd %s and newer; an older pppd stops with "
		          "\"unrecognized option\" (see pppd --version)."), (int)nlen, name,
		          r->linux_since);
	return 1;
}

/* A plugin line naming a plugin newer than the release: pppd cannot load
 * it (linux-ppp-2.5.3/pppd/options.c:1826, "Couldn't load plugin"). */
static int check_entry_plugin_release(struct check_ctx *c, size_t entry, long v)
{
	struct check_plugin pl;
	const char *since;
	struct buf msg;

	if (!check_plugin_of(c, entry, &pl) || !pl.here ||
	    (since = catalog_plugin_since(pl.here)) == NULL || v >= check_version(since))
		return 0;
	buf_init(&msg);
	buf_printf(&msg, _("Linux pppd %s (--pppd-version) has no plugin %s (\"Couldn't load "
	           "plugin\"): it comes with "), c->file->pppd_version, pl.here);
	check_release(&msg, since);
	buf_addc(&msg, '.');
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_RELEASE, check_line(c, entry), entry,
	              N_("Remove it, or use a pppd release that has it."), NULL, &msg);
	buf_free(&msg);
	return 1;
}

/* With --pppd-version, a word that release does not have is refused there
 * ("unrecognized option"): too new for it, or already removed. */
int check_entry_release(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	long v = check_known_release(c);
	const char *named = v ? c->file->pppd_version : NULL;
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);
	struct buf msg, fix, rep;
	int has_rep = 0;

	(void)word;
	if (v && check_entry_plugin_release(c, entry, v))
		return 1;
	if (!v || !((r->linux_since && v < check_version(r->linux_since)) ||
	            (r->linux_removed && v >= check_version(r->linux_removed))))
		return 0;
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	buf_printf(&msg, _("Linux pppd %s (--pppd-version) has no '%.*s' (\"unrecognized "
	           "option\"): "), named, (int)nlen, name);
	if (r->linux_since && v < check_version(r->linux_since)) {
		buf_adds(&msg, _("it exists only in "));
		check_release(&msg, r->linux_since);
	} else {
		buf_adds(&msg, _("it is gone from "));
		check_release(&msg, r->linux_removed);
		if (!check_legacy_advice(c, entry, &fix, &rep, &has_rep))
			has_rep = 0;
	}
	buf_addc(&msg, '.');
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_RELEASE, check_line(c, entry), entry,
	              fix.len ? fix.data : N_("Remove it, or use a pppd release that has it."),
	              has_rep ? rep.data : NULL, &msg);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&rep);
	return 1;
}

int check_entry_priv_since(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);
	struct buf msg;

	(void)word;
	/* Files under /etc/ppp are read with privilege: only elsewhere (a file
	 * named with 'file' by a user, ~/.ppprc) does this matter. */
	if (c->p != PLATFORM_LINUX || !r->linux_priv_since || c->system_file)
		return 0;
	buf_init(&msg);
	buf_adds(&msg, _("In "));
	check_release(&msg, r->linux_priv_since);
	/* ~/.ppprc is read with the caller's privilege: root's counts as
	 * privileged (linux-ppp-2.5.3/pppd/options.c:666) */
	buf_printf(&msg, _(" '%.*s' may only come from a privileged place (/etc/ppp/options, a "
	           "peers file, or ~/.ppprc and the command line when root starts pppd); from "
	           "a normal user's ~/.ppprc or command line pppd refuses it."), (int)nlen, name);
	check_say(c, CHECK_K_PRIV_SINCE, check_line(c, entry), entry, NULL, NULL, "%s",
	          msg.data);
	buf_free(&msg);
	return 1;
}

/* --help, --version, dryrun...: pppd accepts the word, then prints and
 * exits with status 0 without connecting (linux-ppp-2.5.3/pppd/options.c:
 * 1230-1231, :1243-1244; main.c:489 dryrun, :449-450 show-options; the same
 * in 2.4.9 and Apple's options.c:1212, main.c:478). */
int check_entry_exits(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);

	(void)word;
	if (!(c->row[entry]->flags & CATALOG_EXITS))
		return 0;
	check_say(c, CHECK_K_EXITS, check_line(c, entry), entry,
	          N_("Remove it: it belongs on pppd's command line, not in a file it reads."), "",
	          N_("'%.*s' makes pppd print and exit without connecting: every connection "
	             "that reads this file ends there."), (int)nlen, name);
	return 1;
}

/* pppd compiles a filter with libpcap while it reads its options and
 * refuses to start when that fails (linux-ppp-2.5.3/pppd/options.c:1704,
 * :1724); pppconf has no such compiler, and says so rather than pass it. */
int check_entry_unchecked(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen;
	const char *name;

	(void)word;
	if (!(c->row[entry]->flags & CATALOG_UNCHECKED) || check_arg(c, entry, &nlen) == NULL)
		return 0;
	name = check_name(c, entry, &nlen);
	check_say(c, CHECK_K_UNCHECKED, check_line(c, entry), entry,
	          N_("Let pppd read it before you rely on it: pppd's dryrun word makes it read "
	             "its options and exit, with status 2 when it refuses them."), NULL,
	          N_("pppconf does not check the expression of '%.*s'. pppd compiles it with "
	             "libpcap while it reads its options, and refuses to start when libpcap "
	             "cannot."), (int)nlen, name);
	return 1;
}

/* EAP-SRP, CBCP, systemd's notify, LAN Manager hashes and the MPPE key
 * debugging words are compiled in only when the build asks (linux-ppp-2.4.9/
 * pppd/Makefile.linux:67 #SYSTEMD=y, :77 #CBCP=y, :80 #USE_SRP=y, :44
 * #MSLANMAN=y; chap_ms.c:148 DEBUGMPPEKEY, which the Makefile never sets);
 * a pppd built without them calls the word unknown. */
int check_entry_optional_build(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);

	(void)word;
	if (c->p != PLATFORM_LINUX || !(c->row[entry]->flags & CATALOG_OPTIONAL))
		return 0;
	check_say(c, CHECK_K_OPTIONAL_BUILD, check_line(c, entry), entry,
	          N_("Keep it only if the pppd that reads this file was built with that part; "
	             "otherwise remove it."), NULL,
	          N_("'%.*s' exists only in a Linux pppd built with an optional part that "
	             "2.4.9's default build leaves out (pppconf explain %.*s says which); a pppd "
	             "built without it stops at this word and refuses the file."),
	          (int)nlen, name, (int)nlen, name);
	return 1;
}

int check_entry_no_effect(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);

	struct buf fix, rep;
	int has_rep;

	(void)word;
	if (c->p != PLATFORM_LINUX || !(c->row[entry]->flags & CATALOG_NOOP))
		return 0;
	buf_init(&fix);
	buf_init(&rep);
	if (!check_legacy_advice(c, entry, &fix, &rep, &has_rep))
		buf_adds(&fix, _("Remove it."));
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, entry), entry, fix.data, "",
	          N_("'%.*s' is accepted but does nothing in Linux pppd 2.5.3."), (int)nlen, name);
	buf_free(&fix);
	buf_free(&rep);
	return 1;
}
