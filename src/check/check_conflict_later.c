/* check_conflict_later.c - which contradicting pairs the later line wins whole, and the pairs that need their own words: asyncmap beside default-asyncmap, the PPPoE discovery words beside pppoe-sess, Apple's noidlesend beside noidlerecv, logfile undone, require-mppe undoing a size word. */
#include <string.h>

#include "check/check_int.h"

/* Pairs of real names that set one and the same variable to different
 * values, with nothing else that stays from the earlier line: pppd goes by
 * the one read last. Each pair's source: */
static const char *const check_conflict_later_pairs[][2] = {
	/* one bool, ipv6cp_protent.enabled_flag (linux-ppp-2.5.3/pppd/
	 * ipv6cp.c:242-247; 2.4.9's :235-240; Apple's Helpers/pppd/
	 * ipv6cp.c:256-261) */
	{ "+ipv6", "noipv6" },
	/* one int, crtscts: 1, 2 or -1 (linux-ppp-2.5.3/pppd/tty.c:208-222;
	 * 2.4.9's tty.c:205-219; Apple's Helpers/pppd/tty.c:281-295) */
	{ "crtscts", "cdtrcts" }, { "cdtrcts", "nocrtscts" },
	/* updetach sets its flag and clears nodetach, nodetach sets its own;
	 * pppd detaches at link-up only when updetach is set and nodetach is
	 * not (linux-ppp-2.5.3/pppd/options.c:236-245, auth.c:1209, main.c:528;
	 * 2.4.9's options.c:211-222, auth.c:1154; Apple's Helpers/pppd/
	 * options.c:251-257, auth.c:1218). up_sdnotify sets nodetach with its
	 * own flag, and systemd is told only while nodetach holds
	 * (2.5.3's auth.c:1213). So either order, the later one decides, unless
	 * a nodetach follows the updetach: check_conflict_later_sdnotify. */
	{ "nodetach", "updetach" }, { "updetach", "up_sdnotify" },
	/* mru then default-mru: default-mru clears the flag mru set, and pppd
	 * then neither asks for the value nor uses it (linux-ppp-2.5.3/pppd/
	 * lcp.c:136-141, :751, :1892; 2.4.9's lcp.c:115-120; Apple's
	 * Helpers/pppd/lcp.c:149-154). The other order is only partly undone
	 * and said before this table is asked. */
	{ "mru", "default-mru" },
	/* one int, log_to_fd (linux-ppp-2.5.3/pppd/options.c:287-295; Apple's
	 * Helpers/pppd/options.c:306-312), which logfile sets too (options.c:
	 * 1778); logfile read first is said apart, below */
	{ "logfd", "nolog" }, { "logfile", "logfd" }, { "logfile", "nolog" },
	/* one bit of the MPPE key sizes pppd wants, set or cleared
	 * (linux-ppp-2.5.3/pppd/ccp.c:126-151, options.c:864-867; Apple's
	 * Helpers/pppd/ccp.c:176-206) */
	{ "require-mppe-128", "nomppe-128" }, { "require-mppe-40", "nomppe-40" },
	/* one bool each: hide_password (linux-ppp-2.5.3/pppd/upap.c:65-68;
	 * 2.4.9's upap.c:60-63; Apple's Helpers/pppd/upap.c:87-90),
	 * portnummap (linux-ppp-2.5.3/pppd/plugins/radius/radius.c:68-71),
	 * dhcpv6relay_trusted (plugins/dhcpv6relay/dhcpv6relay.c:58-63),
	 * addifroute (Apple's Helpers/pppd/sys-MacOSX.c:260-263); in Apple's
	 * full source, not the pinned copy: modempulse (Drivers/PPPSerial/
	 * PPPSerial-plugin/main.c) and the Radius plugin's use_pap, use_mschap
	 * and use_eap_proxy (Authenticators/Radius/main.c) */
	{ "hide-password", "show-password" },
	{ "map-to-ttyname", "map-to-ifname" },
	{ "dhcpv6-trusted", "dhcpv6-untrusted" },
	{ "addifroute", "noifroute" },
	{ "modemtone", "modempulse" },
	{ "radius_pap", "radius_no_pap" }, { "radius_mschap", "radius_no_mschap" },
	{ "radius_eap_proxy", "radius_no_eap_proxy" },
};

int check_conflict_later_wins(const char *a, const char *b)
{
	size_t i;

	for (i = 0; i < sizeof check_conflict_later_pairs / sizeof check_conflict_later_pairs[0]; i++)
		if ((strcmp(a, check_conflict_later_pairs[i][0]) == 0 &&
		     strcmp(b, check_conflict_later_pairs[i][1]) == 0) ||
		    (strcmp(b, check_conflict_later_pairs[i][0]) == 0 &&
		     strcmp(a, check_conflict_later_pairs[i][1]) == 0))
			return 1;
	return 0;
}

/* The entry of the pair (j, entry) whose real name is `name`, or SIZE_MAX. */
static size_t check_conflict_later_which(const struct check_ctx *c, size_t j, size_t entry,
                                         const char *name)
{
	if (strcmp(check_sets_canon(c->row[j]), name) == 0)
		return j;
	return strcmp(check_sets_canon(c->row[entry]), name) == 0 ? entry : SIZE_MAX;
}

/* asyncmap ORs its bits into the map pppd asks for; default-asyncmap ORs
 * in all 32, and pppd asks for no map when every bit is set
 * (linux-ppp-2.5.3/pppd/lcp.c:113-126, :752; 2.4.9's lcp.c:92-105; Apple's
 * Helpers/pppd/lcp.c:127-140). Either order, asyncmap adds nothing. */
static int check_conflict_later_asyncmap(struct check_ctx *c, size_t j, size_t entry)
{
	size_t a = check_conflict_later_which(c, j, entry, "asyncmap");
	size_t d = check_conflict_later_which(c, j, entry, "default-asyncmap");

	if (a == SIZE_MAX || d == SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_CONFLICT, check_line(c, a), a, N_("Delete this line, or the "
	          "other one if you meant this map."), NULL, N_("'%s' here does "
	          "nothing: '%s' on line %zu adds all 32 control characters to pppd's receive "
	          "map, in whichever order the two lines come, and this line can only add "
	          "characters to it; with all 32 in it, pppd asks the peer for no map at all "
	          "(derived from the source, not tried)."), c->row[a]->name,
	          c->row[d]->name, check_line(c, d));
	return 1;
}

/* pppoe-sess attaches to a session that exists, and the plugin then skips
 * discovery, the only place the service name, the access concentrator's
 * name and the wanted MAC are used (linux-ppp-2.5.3/pppd/plugins/pppoe/
 * plugin.c:196-207, discovery.c:154-170, :451; 2.4.9's plugin.c:201-212).
 * A pppoe-mac value is still read when options are checked. The discovery
 * timer and count are read only by the two discovery steps (2.5.3's
 * discovery.c:675-679, :706-710; 2.4.9's discovery.c:625, :641). */
static int check_conflict_later_session(struct check_ctx *c, size_t j, size_t entry)
{
	size_t s = check_conflict_later_which(c, j, entry, "pppoe-sess");
	size_t k = s == j ? entry : j;
	const char *other = check_sets_canon(c->row[k]);

	if (s == SIZE_MAX || (strcmp(other, "pppoe-service") != 0 &&
	                      strcmp(other, "pppoe-ac") != 0 && strcmp(other, "pppoe-mac") != 0 &&
	                      strcmp(other, "pppoe-padi-timeout") != 0 &&
	                      strcmp(other, "pppoe-padi-attempts") != 0))
		return 0;
	check_say(c, CHECK_K_CONFLICT, check_line(c, k), k, N_("Delete this line, or the "
	          "other one if pppd should look for a new session."), NULL, N_("'%s' here "
	          "is never used: '%s' on line %zu joins a PPPoE session that already exists, so "
	          "pppd skips the discovery this line steers, in whichever order the two lines "
	          "come (derived from the source, not tried)."), c->row[k]->name,
	          c->row[s]->name, check_line(c, s));
	return 1;
}

/* Apple's noidlerecv and noidlesend are two flags that only turn on, and the
 * idle check looks at noidlerecv first, so with both set only sent data
 * counts and noidlesend is never looked at, whichever line comes first
 * (Apple's Helpers/pppd/options.c:267-270, auth.c:1318-1323). */
static int check_conflict_later_idle(struct check_ctx *c, size_t j, size_t entry)
{
	size_t s = check_conflict_later_which(c, j, entry, "noidlerecv");
	size_t k = s == j ? entry : j;

	if (s == SIZE_MAX || strcmp(check_sets_canon(c->row[k]), "noidlesend") != 0)
		return 0;
	check_say(c, CHECK_K_CONFLICT, check_line(c, k), k, N_("Delete this line, or the "
	          "other one if only received data should keep the link up."), NULL, N_("'%s' "
	          "here does nothing: '%s' on line %zu wins in whichever order the two lines "
	          "come, so with idle only the data the Mac sends counts as activity (derived "
	          "from Apple's source, not tried on a Mac)."), c->row[k]->name, c->row[s]->name,
	          check_line(c, s));
	return 1;
}

/* The word that goes with `name` in a pair whose rows name no conflicts,
 * since their flags are not one setting (a .conflicts entry would also
 * make pppconf call them ranked apart): Apple's noidlerecv and noidlesend. */
const char *check_conflict_later_mate(const char *name)
{
	if (strcmp(name, "noidlerecv") == 0)
		return "noidlesend";
	return strcmp(name, "noidlesend") == 0 ? "noidlerecv" : NULL;
}

/* require-mppe writes the whole set of MPPE key sizes pppd asks for (both
 * sizes as one value), where require-mppe-40 and -128 add one size to that
 * set and nomppe-40 and -128 take one out (linux-ppp-2.5.3/pppd/ccp.c:114-150,
 * options.c:857-867; 2.4.9's ccp.c:112-140; Apple's Helpers/pppd/ccp.c:143-180,
 * and :200-205, where mppe-40 and mppe-128 are other names for the require-
 * words). So a
 * later require-mppe undoes an earlier size word whole: what that word also
 * stored in the set pppd accepts is overwritten as soon as pppd asks for
 * MPPE, which require-mppe makes it do (2.5.3's ccp.c:524, :605; 2.4.9's
 * :603; Apple's :670). The k-th word `name` undoes so, or NULL. */
static const char *const check_conflict_later_mppe_sizes[] = {
	"require-mppe-40", "require-mppe-128", "nomppe-40", "nomppe-128", NULL
};

const char *check_conflict_later_mppe(const char *name, size_t k)
{
	if (strcmp(name, "require-mppe") != 0 || k >= 4)
		return NULL;
	return check_conflict_later_mppe_sizes[k];
}

/* 1 when the earlier word is one that a later require-mppe undoes. */
int check_conflict_later_mppe_undone(const char *earlier, const char *later)
{
	size_t k;

	for (k = 0; check_conflict_later_mppe(later, k); k++)
		if (strcmp(earlier, check_conflict_later_mppe_sizes[k]) == 0)
			return 1;
	return 0;
}

/* logfile opens its file as it is read and points pppd's log at it; a
 * later logfd or nolog points the log elsewhere, and once every option is
 * read pppd closes the file unused; it has been created all the same
 * (linux-ppp-2.5.3/pppd/options.c:1763-1779, :287-295, :1050; Apple's
 * Helpers/pppd/options.c:303-312, :1020). */
static int check_conflict_later_logfile(struct check_ctx *c, size_t j, size_t entry)
{
	const char *now = check_sets_canon(c->row[entry]);

	if (strcmp(check_sets_canon(c->row[j]), "logfile") != 0 ||
	    (strcmp(now, "logfd") != 0 && strcmp(now, "nolog") != 0))
		return 0;
	check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Keep the one you mean and "
	          "delete the other."), NULL, N_("'%s' here is undone by '%s' on line %zu, which "
	          "decides where pppd writes its log; pppd still opens this file as it reads the "
	          "line, creating it when it is missing, then closes it unused (derived from the "
	          "source, not tried)."), c->row[j]->name, c->row[entry]->name, check_line(c, entry));
	return 1;
}

/* up_sdnotify then updetach: updetach clears nodetach but leaves
 * up_sdnotify's own flag set, and a nodetach (or -detach) read after the
 * updetach sets nodetach again; with both set pppd tells systemd when the
 * link is up and does not detach (linux-ppp-2.5.3/pppd/options.c:229-240,
 * auth.c:1209-1215, main.c:528; 2.4.9's options.c:210-222). So when such a
 * line, or up_sdnotify again, follows the updetach in this file, the first
 * up_sdnotify is not undone: nothing is said of it here (the updetach is
 * said to be undone when that later line is read). Lines of other files
 * are left out. 1: the pair is handled. */
static int check_conflict_later_sdnotify(const struct check_ctx *c, size_t j, size_t entry)
{
	const struct catalog_entry *r;
	const char *name, *canon;
	size_t i, nlen;

	if (strcmp(check_sets_canon(c->row[j]), "up_sdnotify") != 0 ||
	    strcmp(check_sets_canon(c->row[entry]), "updetach") != 0)
		return 0;
	/* rows of later lines are not looked up yet: match their names here */
	for (i = entry + 1; i < c->d->nentries; i++) {
		if (c->d->entries[i].disabled)
			continue;
		name = check_name(c, i, &nlen);
		r = catalog_scope_match(&c->scope, name, nlen);
		canon = r ? check_sets_canon(r) : "";
		if (strcmp(canon, "nodetach") == 0 || strcmp(canon, "up_sdnotify") == 0)
			return 1;
	}
	return 0;
}

int check_conflict_later_apart(struct check_ctx *c, size_t j, size_t entry)
{
	return check_conflict_later_asyncmap(c, j, entry) ||
	       check_conflict_later_sdnotify(c, j, entry) ||
	       check_conflict_later_session(c, j, entry) ||
	       check_conflict_later_idle(c, j, entry) ||
	       check_conflict_later_logfile(c, j, entry);
}

/* A value a plugin's channel reads only once all options are in (pppoe-mac:
 * linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:93 keeps one string, which a
 * later line replaces, options.c:934-938; plugin.c:436 reads what is left,
 * 2.4.9's plugin.c:425 likewise): the later line in this file
 * that sets it again, or SIZE_MAX. A later file of the same run replacing it
 * too is left out: this looks at one file only. */
size_t check_conflict_later_replaced(const struct check_ctx *c, size_t entry)
{
	const char *canon = check_sets_canon(c->row[entry]), *name;
	const struct catalog_entry *r;
	size_t i, nlen;

	/* rows of later lines are not looked up yet: match their names here */
	for (i = entry + 1; i < c->d->nentries; i++) {
		if (c->d->entries[i].disabled)
			continue;
		name = check_name(c, i, &nlen);
		r = catalog_scope_match(&c->scope, name, nlen);
		if (r && strcmp(check_sets_canon(r), canon) == 0)
			return i;
	}
	return SIZE_MAX;
}

/* -all clears both LCP option sets whole when pppd reads it
 * (linux-ppp-2.5.3/pppd/lcp.c:320-323; 2.4.9's lcp.c:294-297; Apple's
 * Helpers/pppd/lcp.c:345-349). These words keep their whole effect in
 * those sets (lcp.c:113-161, :330-333; the same in 2.4.9 and Apple's), so
 * one read before -all (and after any earlier -all) has none. Words that
 * only turn an option off (noaccomp...) stay off and are not named;
 * xonxoff, mrru, mpshortseq and the login words, which other code sets
 * again or which reach beyond these sets, are left out. */
static const char *const check_conflict_all_undoes[] = {
	"passive", "silent", "asyncmap", "mru", "mtu", "endpoint", NULL
};


/* The require- words set auth_required and a login method in
 * lcp_wantoptions (linux-ppp-2.5.3/pppd/auth.c:323-350, :387; 2.4.9's
 * :321-348, :385; Apple's :343-370). -all clears the method and leaves
 * auth_required, and once the options are read a peer that must log in
 * with no method chosen is offered all of them (2.5.3 auth.c:1371-1378,
 * 2.4.9's :1303-1310, Apple's :1410-1416), PAP included when pap-secrets
 * can check it (2.5.3 auth.c:1469). So one read before -all loses its
 * choice unless such a word follows -all in this file; a later source
 * naming one is left out. */
static const char *const check_conflict_all_logins[] = {
	"require-pap", "require-chap", "require-mschap", "require-mschap-v2",
	"require-eap", NULL
};

static int check_conflict_all_login(const char *canon)
{
	size_t k;

	for (k = 0; check_conflict_all_logins[k]; k++)
		if (strcmp(canon, check_conflict_all_logins[k]) == 0)
			return 1;
	return 0;
}

/* A word -all undoes: one of the LCP words above, or a require- word (its
 * login method; see check_conflict_all_logins). */
int check_conflict_all_clears(const char *canon)
{
	size_t k;

	for (k = 0; check_conflict_all_undoes[k]; k++)
		if (strcmp(canon, check_conflict_all_undoes[k]) == 0)
			return 1;
	return check_conflict_all_login(canon);
}

/* A require- word on a line after entry in this file (rows of later lines
 * are not looked up yet: match their names here). */
static int check_conflict_all_login_after(const struct check_ctx *c, size_t entry)
{
	const struct catalog_entry *r;
	const char *name;
	size_t i, nlen;

	for (i = entry + 1; i < c->d->nentries; i++) {
		if (c->d->entries[i].disabled)
			continue;
		name = check_name(c, i, &nlen);
		r = catalog_scope_match(&c->scope, name, nlen);
		if (r && check_conflict_all_login(check_sets_canon(r)))
			return 1;
	}
	return 0;
}

int check_conflict_all(struct check_ctx *c, size_t entry)
{
	size_t j, start = 0;
	const char *canon;
	int said = 0, later, login;

	for (j = entry; j-- > 0;)
		if (c->row[j] && strcmp(check_sets_canon(c->row[j]), "-all") == 0) {
			start = j + 1;
			break;
		}
	/* a require- word with another after -all has no effect left; with
	 * none after it, it leaves only "the peer must log in" */
	later = check_conflict_all_login_after(c, entry);
	for (j = start; j < entry; j++) {
		if (!c->row[j])
			continue;
		canon = check_sets_canon(c->row[j]);
		login = check_conflict_all_login(canon);
		if (login && !later) {
			check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Move the line "
			          "below -all."), NULL, N_("'%s' here loses the login method it chose: "
			          "'-all' on line %zu clears it, though the peer must still log in. With no "
			          "require- word after -all in this file, pppd lets the peer log in with any "
			          "method it has secrets for, PAP included, unless a source read later names "
			          "one (derived from the source, not tried)."), c->row[j]->name,
			          check_line(c, entry));
			said = 1;
			continue;
		}
		if (!check_conflict_all_clears(canon))
			continue;
		check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Move the line below "
		          "-all, or delete one of them."), NULL, N_("'%s' here is undone by '-all' "
		          "on line %zu, which clears every LCP setting read before it; so this line "
		          "has no effect (derived from the source, not tried)."), c->row[j]->name,
		          check_line(c, entry));
		said = 1;
	}
	/* -all clears the largest MTU too, and only mtu sets it again
	 * (lcp.c:145); when the link comes up pppd sets the interface's MTU to
	 * the smallest of three sizes, this one among them (lcp.c:1896; 2.4.9's
	 * :1870; Apple's :1983). Said at the last -all with no mtu after it in
	 * this file; a later source may give one, so it is a note. */
	for (j = entry + 1; j < c->d->nentries; j++) {
		/* later rows are not read yet: go by the name word (neither has
		 * another spelling) */
		size_t len;
		const char *w = c->d->entries[j].nwords ?
		                check_val(c, c->d->entries[j].word, &len) : NULL;

		if (w && ((len == 4 && memcmp(w, "-all", 4) == 0) ||
		          (len == 3 && memcmp(w, "mtu", 3) == 0)))
			return said;
	}
	check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, entry), entry, N_("Put an mtu line "
	          "below -all."), NULL, N_("'-all' clears the largest MTU pppd allows, and no mtu "
	          "line follows it in this file: when the link comes up pppd asks the system to set "
	          "the interface's MTU to 0, unless a source read later gives an mtu (derived from the source, "
	          "not tried)."));
	return 1;
}
