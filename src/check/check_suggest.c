/* check_suggest.c - "did you mean" for a word pppd does not know: the close names, which one is written in, and why the others are only named. */
#include <string.h>
#include <strings.h>

#include "check/check_int.h"
#include "pppd/catalog_value.h"
#include "pppd/lexer.h"

/* The names this platform's pppd knows that start with the typed word
 * and are longer, quoted, in `out` (at most four); 0 when none. */
static size_t check_suggest_longer(const struct check_ctx *c, const struct check_unknown *u,
                                   struct buf *out)
{
	size_t i, n = 0, len, klen;
	const struct catalog_entry *e;
	char key[64], name[64];

	/* as the suggestions read it: case and '_' for '-' aside ("ipv6_") */
	if (u->len >= sizeof key)
		return 0;
	klen = catalog_lower(key, u->name, u->len);
	for (i = 0; i < catalog_count() && n < 4; i++) {
		e = catalog_at(i);
		len = strlen(e->name);
		if (len <= u->len || len >= sizeof name || !(e->platforms & c->p) ||
		    (e->flags & CATALOG_NOTBUILT) || catalog_find(e->name, c->p) != e)
			continue;
		catalog_lower(name, e->name, len);
		if (memcmp(name, key, klen) != 0)
			continue;
		buf_printf(out, n++ ? ", '%s'" : "'%s'", e->name);
	}
	return n;
}

/* The best name is one this pppd is built without (its row here carries
 * CATALOG_NOTBUILT): named, never written in, with where it is built. */
static void check_suggest_not_built(const struct check_ctx *c, const struct catalog_entry *s,
                                    struct buf *fix)
{
	/* Apple's bundle and active-filter are in its source, behind a
	 * switch its build leaves off (check_refused_not_built) */
	if (s->linux_removed && c->p == PLATFORM_MACOS)
		buf_printf(fix, _("Did you mean '%s'? Apple's pppd has that word only behind a build "
		           "switch its build leaves off, and only Linux pppd before %s is built with "
		           "it, so this one is expected to refuse it (derived from the source, not "
		           "verified) and pppconf does not write it in."), s->name,
		           s->linux_removed);
	else if (s->linux_removed)
		buf_printf(fix, _("Did you mean '%s'? Only Linux pppd before %s has that word; "
		           "this one is expected to refuse it too (derived from the source, not "
		           "verified), so pppconf does not write it in."), s->name,
		           s->linux_removed);
	/* ms-lanman on a Mac: Apple's source has it behind a switch too */
	else if ((s->flags & CATALOG_OPTIONAL) && c->p == PLATFORM_MACOS)
		buf_printf(fix, _("Did you mean '%s'? Apple's pppd has that word only behind a build "
		           "switch its build leaves off, and only a Linux pppd built with an "
		           "optional part has it, so this one is expected to refuse it (derived from "
		           "the source, not verified) and pppconf does not write it in."),
		           s->name);
	/* callback: Linux builds have it only with CBCP switched on */
	else if (s->flags & CATALOG_OPTIONAL)
		buf_printf(fix, _("Did you mean '%s'? Only a Linux pppd built with an optional "
		           "part has that word; this one is expected to refuse it too (derived "
		           "from the source, not verified), so pppconf does not write it in."),
		           s->name);
	else
		buf_printf(fix, _("Did you mean '%s'? Only %s's pppd is built with that word; "
		           "this one is expected to refuse it too (derived from the source, not "
		           "verified), so pppconf does not write it in."),
		           s->name, platform_display(check_other(c->p)));
}

/* A close name only the other platform's pppd knows (sug[0..n), n 1 to
 * 3): named, never written in, with why. */
static void check_suggest_other(const struct check_ctx *c, const struct check_unknown *u,
                                const struct catalog_entry **sug, size_t n, struct buf *fix)
{
	const struct catalog_entry *here = catalog_find(sug[0]->name, c->p);
	const struct catalog_entry *by = here ? catalog_suggest_holder(u->name, u->len, c->p) : NULL;

	const struct catalog_entry *next = NULL;
	const char *cp;
	struct buf longer;
	size_t i;

	buf_init(&longer);

	/* the first as close that this pppd is built with ("mt" on a Mac:
	 * mtu, as close as mp and mo) */
	for (i = 1; i < n && !(next && !(next->flags & CATALOG_NOTBUILT)); i++)
		if (catalog_suggest_tied(u->name, u->len, sug[0], sug[i]))
			next = catalog_find(sug[i]->name, c->p);

	/* "noep" on a Mac: noip, or nomp, which Apple's pppd is built without */
	if (here && (here->flags & CATALOG_NOTBUILT) && next && !(next->flags & CATALOG_NOTBUILT))
		buf_printf(fix, _("Did you mean '%s'? '%s', which this pppd is built without, is "
		           "about as close, so pppconf does not write it in."), next->name,
		           sug[0]->name);
	else if (n > 1 && catalog_suggest_tied(u->name, u->len, sug[0], sug[1]) && !here &&
	    !catalog_find(sug[1]->name, c->p))
		buf_printf(fix, _("Did you mean '%s' or '%s'? Both exist only in %s's pppd."),
		           sug[0]->name, sug[1]->name, platform_display(check_other(c->p)));
	else if (here && (here->flags & CATALOG_NOTBUILT))
		check_suggest_not_built(c, sug[0], fix);
	/* built here too, but held back on this platform: "noix" on a Mac
	 * is as near noipx, which Apple's pppd is built without, as noip */
	else if (here && by)
		buf_printf(fix, (by->flags & CATALOG_NOTBUILT) && catalog_find(by->name, c->p) == by ?
		           _("Did you mean '%s'? '%s', which this pppd is built without, is about as "
		           "close, so pppconf does not write it in.") :
		           _("Did you mean '%s'? '%s' is about as close, so pppconf does not write it "
		           "in."), sug[0]->name, by->name);
	/* "modems" on a Mac: modem, or modemscript or modemsound cut short */
	else if (here && check_suggest_longer(c, u, &longer))
		buf_printf(fix, _("Did you mean '%s'? '%.*s' is also the start of longer names "
		           "this pppd knows (%s), so pppconf does not write it in."),
		           sug[0]->name, (int)u->len, u->name, longer.data);
	else if (here)
		buf_printf(fix, _("Did you mean '%s'? This pppd knows that word too, but another "
		           "word is about as close, so pppconf does not write it in."),
		           sug[0]->name);
	/* "ipdown" on Linux: Apple's ip-down, which is ip-down-script here */
	else if ((cp = check_refused_counterpart(sug[0]->name, strlen(sug[0]->name), c->p)) &&
	         catalog_find(cp, c->p) && check_release_lacks(c, catalog_find(cp, c->p)))
		buf_printf(fix, _("Did you mean '%s'? That exists only in %s's pppd; Linux pppd "
		           "calls it '%s' from %s on, and the release reading this file has no such "
		           "word."), sug[0]->name, platform_display(check_other(c->p)), cp,
		           catalog_find(cp, c->p)->linux_since);
	else if (cp)
		buf_printf(fix, _("Did you mean '%s'? That exists only in %s's pppd; this pppd's "
		           "name for it is '%s'."), sug[0]->name, platform_display(check_other(c->p)),
		           cp);
	else if (sug[0]->linux_removed)
		buf_printf(fix, _("Did you mean '%s'? That exists only in Linux pppd before %s."),
		           sug[0]->name, sug[0]->linux_removed);
	/* "mppe128" on Linux: Apple's mppe-128 is require-mppe-128 here */
	else if (sug[0]->alias_of && catalog_find(sug[0]->alias_of, c->p))
		buf_printf(fix, _("Did you mean '%s'? That exists only in %s's pppd, as another "
		           "name for '%s'."), sug[0]->name, platform_display(check_other(c->p)),
		           sug[0]->alias_of);
	else
		buf_printf(fix, _("Did you mean '%s'? That exists only in %s's pppd."),
		           sug[0]->name, platform_display(check_other(c->p)));
	buf_free(&longer);
}

/* A name only the other platform's pppd has, as close as the best one here
 * ("uset" on a Mac: user, or Linux's unset): both named, neither written
 * in, as the file may be written for that pppd. 1 when said. */
static int check_suggest_cross(const struct check_ctx *c, const struct check_unknown *u,
                               const struct catalog_entry **sug, size_t n, struct buf *fix)
{
	const struct catalog_entry *more[3], *best = sug[0];
	size_t m = u->len < 64 ? catalog_suggest(u->name, u->len, check_other(c->p), more, 3) : 0;
	size_t i, j;

	/* names as close here ("-n" on a Mac: -d, -h, -p) are listed by
	 * check_suggest_list, none written in; the other pppd's adds nothing */
	if (n > 1 && catalog_suggest_tied(u->name, u->len, best, sug[1]))
		return 0;

	for (i = 0; i < m; i++) {
		if (catalog_find(more[i]->name, c->p) ||
		    !catalog_suggest_tied(u->name, u->len, best, more[i]))
			continue;
		/* "uset" on a Mac: user, or Linux's unset and set, all as close */
		for (j = i + 1; j < m; j++)
			if (!catalog_find(more[j]->name, c->p) && !more[i]->alias_of &&
			    !more[j]->alias_of && catalog_suggest_tied(u->name, u->len, best, more[j])) {
				buf_printf(fix, _("Did you mean '%s', or '%s' or '%s', which only %s's "
				           "pppd has? All three are as close, so pppconf does not write "
				           "any of them in."), best->name, more[i]->name, more[j]->name,
				           platform_display(check_other(c->p)));
				return 1;
			}
		/* "require-chapm" on Linux: require-chap, or Apple's
		 * require-chapms, which is require-mschap here */
		if (more[i]->alias_of && catalog_find(more[i]->alias_of, c->p))
			buf_printf(fix, _("Did you mean '%s', or '%s' (%s's pppd's name for "
			           "'%s')? Both are as close, so pppconf does not write either "
			           "in."), best->name, more[i]->name,
			           platform_display(check_other(c->p)), more[i]->alias_of);
		else
			buf_printf(fix, _("Did you mean '%s', or '%s', which only %s's pppd has? "
			           "Both are as close, so pppconf does not write either in."),
			           best->name, more[i]->name, platform_display(check_other(c->p)));
		return 1;
	}
	return 0;
}

/* At equal distance a name the Linux pppd reading the file has goes
 * before one it has lost or not yet gained ("-ipp" under 2.5.3: -ip,
 * then -ipx, gone since 2.5.0), which is then named with its release. */
static void check_suggest_current(const struct check_ctx *c, const struct check_unknown *u,
                                  const struct catalog_entry **sug, size_t n)
{
	const struct catalog_entry *first = sug[0];
	size_t i;

	if (n < 2 || (!check_release_gone(c, first) && !check_release_lacks(c, first)))
		return;
	for (i = 1; i < n; i++)
		if (catalog_suggest_tied(u->name, u->len, first, sug[i]) &&
		    !check_release_gone(c, sug[i]) && !check_release_lacks(c, sug[i])) {
			sug[0] = sug[i];
			sug[i] = first;
			return;
		}
}

/* "Did you mean" and the other close names; 1 when two different options
 * are equally close ("noix": noip or noipx), which are only named: writing
 * one in would be a guess at which was meant. */
static int check_suggest_list(const struct check_ctx *c, const struct check_unknown *u,
                              const struct catalog_entry **sug, size_t n, struct buf *fix)
{
	const struct catalog_entry *tied[2];
	size_t i, t = 0;

	buf_printf(fix, _("Did you mean '%s'?"), sug[0]->name);
	for (i = 1; i < n; i++) {
		buf_printf(fix, i == 1 ? _(" Other close names: '%s'") : _(", '%s'"), sug[i]->name);
		/* one the Linux pppd reading the file may not have is marked */
		if (check_release_gone(c, sug[i]))
			buf_printf(fix, _(" (only Linux pppd before %s)"), sug[i]->linux_removed);
		else if (check_release_lacks(c, sug[i]))
			buf_printf(fix, _(" (only Linux pppd %s and later)"), sug[i]->linux_since);
	}
	if (n > 1)
		buf_adds(fix, _("."));
	for (i = 1; i < n && t < 2; i++)
		if (catalog_suggest_tied(u->name, u->len, sug[0], sug[i]))
			tied[t++] = sug[i];
	/* "require-cap": require-pap, require-eap and require-chap alike */
	if (t == 2)
		buf_printf(fix, _(" '%s', '%s' and '%s' are equally close and are different "
		           "options, so pppconf does not write any of them in."), sug[0]->name,
		           tied[0]->name, tied[1]->name);
	else if (t == 1)
		buf_printf(fix, _(" '%s' and '%s' are equally close and are different "
		           "options, so pppconf does not write either in."), sug[0]->name,
		           tied[0]->name);
	return t > 0;
}

/* Why the best name is named but not written in, said in fix; 0 when it
 * may be written in, the line's values and all. */
static int check_suggest_held(const struct check_ctx *c, size_t entry,
                              const struct check_unknown *u, const struct catalog_entry *best,
                              struct buf *fix)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const char *a;
	size_t al;

	/* two characters ("-m": -mn, -mru, -mtu cut short...) say too little
	 * for any name to be more than a guess */
	if (u->len <= 2)
		buf_printf(fix, check_release_gone(c, best) ?
		           _(" '%s' is gone from Linux pppd since %s, and a word this short could "
		           "be many names, so pppconf does not write it in.") :
		           _(" A word this short could be many names, so pppconf does not "
		           "write '%s' in."), best->name, best->linux_removed);
	/* a word Linux pppd 2.5 no longer has (+ipx): pppd 2.5.3 would stop;
	 * said first, as the release reading the file has no such word at all */
	else if (check_release_gone(c, best))
		buf_printf(fix, _(" '%s' is gone from Linux pppd since %s, so pppconf does not "
		           "write it in."), best->name, best->linux_removed);
	/* a word younger than the pppd reading the file (ipv6cp-noremote,
	 * 2.5.0): written in only when --pppd-version names one that has it */
	else if (check_release_lacks(c, best) && c->file && c->file->pppd_version)
		buf_printf(fix, _(" '%s' is not in Linux pppd %s, which reads this file (it came "
		           "in %s), so pppconf does not write it in."), best->name,
		           c->file->pppd_version, best->linux_since);
	else if (check_release_lacks(c, best))
		buf_printf(fix, _(" '%s' exists only in newer Linux pppd releases (%s), so pppconf "
		           "does not write it in; --pppd-version tells it which pppd reads the "
		           "file."), best->name, best->linux_since);
	/* a word that makes pppd print and exit (--help, -v, dryrun): every
	 * connection reading the file would end there (check_entry_exits) */
	else if (best->flags & CATALOG_EXITS)
		buf_printf(fix, _(" '%s' makes pppd print and exit without connecting, so pppconf "
		           "does not write it in."), best->name);
	/* controlled: PPPController passes it itself, and a pppd it did not
	 * start exits on it (check_controller_controlled) */
	else if (strcmp(best->name, "controlled") == 0)
		buf_printf(fix, _(" '%s' belongs on the command line PPPController gives pppd; "
		           "in a file it stops a pppd started any other way, so pppconf does not "
		           "write it in."), best->name);
	/* modemdict's settings come only through PPPController's channel
	 * (apple-ppp-1027.121.1/Helpers/pppd/options.c:1882-1889) */
	else if (strcmp(best->name, "modemdict") == 0)
		buf_printf(fix, _(" '%s' takes its settings from PPPController, never from a "
		           "file, so pppconf does not write it in."), best->name);
	/* a word only an optional build has (ms-lanman, srp-use-pflag) is
	 * refused by the default build (linux-ppp-2.4.9/pppd/Makefile.linux:44
	 * #MSLANMAN=y; check_entry_optional_build) */
	else if (c->p == PLATFORM_LINUX && (best->flags & CATALOG_OPTIONAL))
		buf_printf(fix, _(" '%s' exists only in a Linux pppd built with an optional part "
		           "that 2.4.9's default build leaves out, so pppconf does not write it "
		           "in."), best->name);
	/* written instead only when pppd would take it, values and all */
	else if ((int)e->nwords - 1 != best->nargs)
		buf_printf(fix, best->nargs ?
		           _(" '%s' takes a value, so pppconf leaves the line for you to correct.") :
		           _(" '%s' takes no value, so pppconf leaves the line for you to correct."),
		           best->name);
	/* a value pppd refuses, or one the check would warn about ("pppoemode
	 * 1"): the line is the user's to correct */
	else if (best->nargs && (a = check_val(c, e->word + 1, &al)) != NULL &&
	         catalog_check_value_on(best, c->p, a, al, NULL) != 0)
		return 1;
	else
		return 0;
	return 1;
}

/* What the plugin of best, not loaded here, asks of the line: said in
 * fix, its plugin line put in rep when one is to be written (rep NULL:
 * nothing is written). 0 when nothing may be written in. */
static int check_suggest_plugin(const struct check_ctx *c, const struct catalog_entry *best,
                                struct buf *fix, struct buf *rep)
{
	int own;

	if (!best->plugin || catalog_scope_has(&c->scope, best->plugin))
		return 1;
	/* "nopppoeloadd" after plugin L2TP.ppp: PPPoE.ppp's line would take
	 * the link from L2TP.ppp (PPPoE-plugin/main.c:159) */
	if (c->scope.channel && strcmp(c->scope.channel, best->plugin) != 0 &&
	    catalog_plugin_is_channel(best->plugin, c->p)) {
		buf_printf(fix, _(" It belongs to the plugin %s, and a plugin line for it here would "
		           "take the link from %s, so pppconf does not write it in."), best->plugin,
		           c->scope.channel);
		return 0;
	}
	own = check_refused_no_plugin_line(c, best->plugin);
	if (own && !rep) {
		/* nothing is written anyway: only whose word it is */
		buf_printf(fix, _(" It belongs to the plugin %s, which PPPController loads only for "
		           "a service that uses it."), best->plugin);
		return 0;
	}
	if (own == 1) {
		buf_printf(fix, _(" It belongs to the plugin %s, which PPPController loads only for "
		           "a service that uses it, and a plugin line here would load it for every "
		           "pppd, so pppconf does not write it in."), best->plugin);
		return 0;
	}
	if (own == 2)
		buf_printf(fix, _(" It belongs to the plugin %s, which PPPController loads before "
		           "this file for a service that uses it, so no plugin line is written "
		           "in."), best->plugin);
	else {
		buf_printf(fix, _(" It needs the line 'plugin %s' above it."), best->plugin);
		if (rep)
			buf_printf(rep, "plugin %s\n", best->plugin);
	}
	return 1;
}

/* A word of IPv4 addresses pppd does not take: its address option is one
 * word with a colon, local:remote (linux-ppp-2.5.3/pppd/ipcp.c setipaddr
 * returns 0 for a word without one; Apple's ipcp.c the same). Two
 * addresses split by a comma or into two words are that pair; one alone
 * is named both ways, as which side it is for is a guess. 1: written in. */
static size_t check_suggest_address(struct check_ctx *c, size_t entry,
                                    const struct check_unknown *u, struct buf *fix,
                                    struct buf *rep)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const char *w = u->name, *comma, *b = NULL;
	size_t wl = u->len, al = wl, bl = 0;

	if (!wl || w[0] < '0' || w[0] > '9')
		return 0;
	if ((comma = memchr(w, ',', wl)) != NULL) {
		al = (size_t)(comma - w);
		b = comma + 1;
		bl = wl - al - 1;
	} else if (e->nwords == 2) {
		b = check_val(c, e->word + 1, &bl);
	}
	/* a number alone is a speed to pppd, which turns 0 down
	 * (linux-ppp-2.5.3/pppd/tty.c:330), and an address of 0 sets nothing
	 * (ipcp.c:466): no colon makes it mean something */
	if (wl == strspn(w, "0") && e->nwords == 1) {
		buf_adds(fix, _("pppd reads a number alone as the serial line's speed, and 0 is "
		         "no speed; written as an address ('0:' or ':0') it would set nothing "
		         "either. Remove the line, or give the speed or address meant."));
		return 0;
	}
	if (!catalog_value_ipv4(w, al, NULL))
		return 0;
	if (b && bl && catalog_value_ipv4(b, bl, NULL) && (comma ? e->nwords == 1 : 1)) {
		buf_printf(fix, _("Did you mean '%.*s:%.*s'? pppd takes this side's and the other "
		           "side's IPv4 addresses as one word, local:remote."), (int)al, w, (int)bl, b);
		buf_printf(rep, "%.*s:%.*s", (int)al, w, (int)bl, b);
		return 1;
	}
	if (comma || e->nwords > 1)
		return 0;
	buf_printf(fix, _("An IPv4 address is written with a colon: '%.*s:' sets this side's "
	           "address, ':%.*s' the other side's; pppconf does not guess which."),
	           (int)al, w, (int)al, w);
	/* the same digits are an ATM circuit to pppoatm.so (plugins/pppoatm/
	 * pppoatm.c:85, catalog_atm.c), the word it takes for its link */
	if (c->p == PLATFORM_LINUX && catalog_is_atm(w, wl))
		buf_adds(fix, _(" Or, for PPP over ATM, put 'plugin pppoatm.so' above it: that "
		         "plugin reads such a word as the ATM circuit (vpi.vci) to use."));
	return 0;
}

/* Close names: the catalogue's on this platform, else one on the other. */
size_t check_suggest(struct check_ctx *c, size_t entry, const struct check_unknown *u,
                     struct buf *fix, struct buf *rep)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *sug[3], *tie;
	size_t n, i, al;
	const char *a;

	if ((n = check_suggest_address(c, entry, u, fix, rep)) != 0 || fix->len)
		return n;
	/* after pppoe.so, a word may be meant for its interface: one this
	 * machine has that is not Ethernet is refused as that (plugin.c:382),
	 * and no option name is the word meant */
	if (c->p == PLATFORM_LINUX && u->len < 64 && !u->has_nul &&
	    ((check_env_of(c) && check_env_of(c)->machine) ||
	     (!c->scope.by_shape && c->p == platform_default())) &&
	    catalog_scope_has(&c->scope, "pppoe.so") &&
	    catalog_interface_here(u->name, u->len) == 0) {
		buf_printf(fix, _("'%.*s' is a network interface on this machine, but not an "
		           "Ethernet one, so pppoe.so does not take it for its interface; name an "
		           "Ethernet interface this machine has (ip link)."), (int)u->len, u->name);
		return 0;
	}
	/* pppd stops at the first unknown word; close names for the first
	 * hundred are plenty, and a binary file would have millions */
	n = u->len < 64 && c->suggested++ < 100 ? catalog_suggest(u->name, u->len, c->p, sug, 3)
	                                        : 0;
	if (!n && u->len < 64 && c->suggested < 100 &&
	    (n = catalog_suggest(u->name, u->len, check_other(c->p), sug, 3)) > 0) {
		check_suggest_other(c, u, sug, n, fix);
		return 0;
	}
	check_suggest_current(c, u, sug, n);
	if (!n || check_suggest_cross(c, u, sug, n, fix) || check_suggest_list(c, u, sug, n, fix))
		return 0;
	/* "noix" on a Mac: noip, and noipx, which Apple's pppd is built
	 * without, as near (catalog_suggest keeps names as near as it) */
	if ((tie = catalog_suggest_holder(u->name, u->len, c->p)) != NULL &&
	    (tie->flags & CATALOG_NOTBUILT) && catalog_find(tie->name, c->p) == tie) {
		buf_printf(fix, _(" '%s', which this pppd is built without, is about as close, so "
		           "pppconf does not write '%s' in."), tie->name, sug[0]->name);
		return 0;
	}
	/* "-ca": -ac, or ca with a sign put before it */
	if ((tie = catalog_suggest_sign_tie(u->name, u->len, c->p)) != NULL) {
		buf_printf(fix, _(" '%s' with a sign put before it is as close, so pppconf does "
		           "not write '%s' in."), tie->name, sug[0]->name);
		return 0;
	}
	/* l2tpconnectretries, noidleprompt...: Apple's pppd takes the word and
	 * nothing reads it (the catalogue's CATALOG_NOOP_MACOS rows), so the
	 * corrected line would do no more than no line: it is deleted */
	if (c->p == PLATFORM_MACOS && (sug[0]->flags & CATALOG_NOOP_MACOS)) {
		buf_printf(fix, sug[0]->plugin ?
		           _(" Apple's pppd takes that word once its plugin is loaded, but "
		           "nothing reads it, so the corrected line would do nothing: delete the "
		           "line.") :
		           _(" Apple's pppd takes that word, but nothing reads it, so the "
		           "corrected line would do nothing: delete the line."));
		buf_reset(rep);
		buf_add(rep, "", 0);    /* "": delete the line */
		return n;
	}
	/* replacedefaultroute, noipx...: Linux pppd 2.5.3 takes the word and
	 * it does nothing there (CATALOG_NOOP); said only when --pppd-version
	 * names 2.5.3, as 2.4.9 may still act on it */
	if (c->p == PLATFORM_LINUX && (sug[0]->flags & CATALOG_NOOP) && check_release_is(c, "2.5.3")) {
		buf_printf(fix, _(" Linux pppd 2.5.3 takes that word, but it does nothing there, so "
		           "the corrected line would do nothing: delete the line."));
		buf_reset(rep);
		buf_add(rep, "", 0);    /* "": delete the line */
		return n;
	}
	/* the plugin it needs is said even when the line is left to correct */
	if (check_suggest_held(c, entry, u, sug[0], fix)) {
		/* no plugin line makes a file's modemdict work: only PPPController
		 * gives its settings (check_suggest_held) */
		if (strcmp(sug[0]->name, "modemdict") != 0)
			check_suggest_plugin(c, sug[0], fix, NULL);
		return 0;
	}
	if (!check_suggest_plugin(c, sug[0], fix, rep))
		return 0;
	buf_adds(rep, sug[0]->name);
	for (i = 1; i < e->nwords; i++) {
		a = check_val(c, e->word + i, &al);
		buf_addc(rep, ' ');
		lexer_quote(rep, a, al);
	}
	return n;
}
