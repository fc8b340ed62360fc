/* check_sets_later.c - the rule about a value set otherwise later (duplicate): which later line replaces an earlier one, side by side for address pairs, and what a PPPoE interface word copies when read. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "check/check_sets.h"

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
static int check_sets_copied(const struct check_ctx *c, const struct catalog_entry *r)
{
	static const char *const copied[] = {
		"pppoe-verbose", "rp_pppoe_verbose", "pppoe-padi-timeout", "pppoe-padi-attempts",
	};
	const char *name = r->alias_of ? r->alias_of : r->name;
	const char *v = c->file ? c->file->pppd_version : NULL;
	size_t i;

	if (c->p != PLATFORM_LINUX)
		return 0;
	if (v && (strtol(v, NULL, 10) > 2 || (strtol(v, NULL, 10) == 2 && strchr(v, '.') &&
	                                      strtol(strchr(v, '.') + 1, NULL, 10) >= 5)))
		return 0;
	for (i = 0; i < sizeof copied / sizeof copied[0]; i++)
		if (strcmp(name, copied[i]) == 0)
			return 1;
	return 0;
}

static size_t check_sets_copied_at_interface(const struct check_ctx *c,
                                             const struct catalog_entry *r, size_t last)
{
	size_t k;

	if (!check_sets_copied(c, r))
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
 * from :390). In this file the order is looked at; /etc/ppp/options.<interface>
 * comes after the interface word by its place (pppoe.so reads it when pppd
 * has read its options: 2.4.9's plugin.c:316-324), so there every such line
 * is unused in 2.4.9. */
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
		if (c->file && c->file->env && c->file->env->iface_file &&
		    check_sets_copied(c, c->row[f])) {
			name = check_name(c, f, &nlen);
			check_say(c, CHECK_K_AFTER_INTERFACE, check_line(c, f), f, N_("Move this line "
			          "above the interface word, where that word is given, or leave it "
			          "if only pppd 2.5 or later reads this file."), NULL,
			          N_("'%.*s' is in the file pppoe.so reads once pppd has read its "
			          "options, after the interface word. Linux pppd 2.4.9's pppoe.so "
			          "copies this value when it reads that word, so there this line has "
			          "no effect; 2.5.3 reads it after all options."), (int)nlen, name);
			said = 1;
			continue;
		}
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
