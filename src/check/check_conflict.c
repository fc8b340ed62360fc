/* check_conflict.c - the rule about a directive contradicted or undone by a later one: opposites, the auth group and noauth, nopersist before demand, partial undoing (predictor1, xonxoff, require-mppe-40/-128 then nomppe), deflate 0 and bsdcomp 0 beside their no- words, a second link plugin; a Mac's password words are check_conflict_password.c. */
#include <stdint.h>
#include <string.h>

#include "check/check_int.h"

/* Whether the ipv6 line at entry gives an identifier: its value holds
 * something besides the comma ("ipv6 ," gives none). Whether pppd can read
 * the identifier is left to the value check. */
static int check_conflict_ipv6_ids(struct check_ctx *c, size_t entry)
{
	size_t len, i;
	const char *a = check_arg(c, entry, &len);

	for (i = 0; a != NULL && i < len; i++)
		if (a[i] != ',')
			return 1;
	return 0;
}

/* "auth" and "noauth" (Apple's "intercept-dhcp" and "no-intercept-dhcp",
 * "use-dhcp" and "no-use-dhcp", plain unranked booleans on one variable:
 * Helpers/pppd/acscp.c:180-187): the same setting, on and off. */
static int check_conflict_opposites(const char *a, const char *b)
{
	return (strncmp(a, "no", 2) == 0 && strcmp(a + 2, b) == 0) ||
	       (strncmp(b, "no", 2) == 0 && strcmp(b + 2, a) == 0) ||
	       (strncmp(a, "no-", 3) == 0 && strcmp(a + 3, b) == 0) ||
	       (strncmp(b, "no-", 3) == 0 && strcmp(b + 3, a) == 0);
}

/* nomppe clears the MPPE key sizes pppd wants and a later require-mppe
 * word sets or ORs its own in, so the later line wins in that order
 * (linux-ppp-2.5.3/pppd/ccp.c:114-150; 2.4.9's ccp.c:112-140; Apple's
 * Helpers/pppd/ccp.c:143-171). The other order is whole only for
 * require-mppe: require-mppe-40 and -128 also store a value in the set of
 * what pppd accepts, which nomppe leaves alone and which pppd resets only
 * when it wants MPPE (see check_conflict_undone). */
static int check_conflict_mppe_pair(const char *a, const char *b)
{
	const char *req = strcmp(a, "nomppe") == 0 ? b : strcmp(b, "nomppe") == 0 ? a : NULL;

	return req && (strcmp(req, "require-mppe") == 0 || strcmp(req, "require-mppe-40") == 0 ||
	               strcmp(req, "require-mppe-128") == 0);
}

/* The last require-mppe-40 or require-mppe-128 line (either spelling). */
static size_t check_conflict_mppe_size_last(const struct check_ctx *c)
{
	size_t a = check_sets_last(c, "require-mppe-40"), b = check_sets_last(c, "require-mppe-128");

	if (a == SIZE_MAX)
		return b;
	return b == SIZE_MAX || a > b ? a : b;
}

/* noccp (or -ccp) and a word that requires MPPE: noccp clears CCP's
 * enabled flag and no option sets it again (linux-ppp-2.5.3/pppd/ccp.c:74-77;
 * 2.4.9's ccp.c:72-75; Apple's Helpers/pppd/ccp.c:103-106), so CCP is never
 * opened and what it would have agreed stays empty; pppd waits for MPPE
 * only when CCP agreed it, and otherwise starts IP at once (2.5.3's
 * auth.c:983-994; 2.4.9's auth.c:945-947; Apple's auth.c:903-915). Either
 * order, noccp wins and the link runs unencrypted. */
static int check_conflict_noccp_mppe(const char *a, const char *b)
{
	const char *req = strcmp(a, "noccp") == 0 ? b : strcmp(b, "noccp") == 0 ? a : NULL;

	return req && strncmp(req, "require-mppe", 12) == 0;
}

/* modem and local set one flag (linux-ppp-2.5.3/pppd/tty.c:229-232; 2.4.9's
 * tty.c:226-229; Apple's Helpers/pppd/tty.c:299-302): the later line holds. */
static int check_conflict_modem_pair(const char *a, const char *b)
{
	return (strcmp(a, "modem") == 0 && strcmp(b, "local") == 0) ||
	       (strcmp(a, "local") == 0 && strcmp(b, "modem") == 0);
}

/* One number pppd's strtol reads as 0: 0, 00..., 0x0... */
static int check_conflict_zero_num(const char *v, size_t len, size_t *i)
{
	if (*i >= len || v[*i] != '0')
		return 0;
	(*i)++;
	if (*i + 1 < len && (v[*i] == 'x' || v[*i] == 'X') && v[*i + 1] == '0')
		(*i)++;
	while (*i < len && v[*i] == '0')
		(*i)++;
	return 1;
}

/* 1 when entry k is deflate or bsdcomp with a value that asks for the
 * method in neither direction: one or two numbers, split by a comma, each
 * 0 (pppd reads them with strtol in base 0 and a 0 clears both what it
 * asks for and what it accepts: linux-ppp-2.5.3/pppd/ccp.c:330-339,
 * :283-292; 2.4.9's ccp.c:328-337; Apple's Helpers/pppd/ccp.c:386-395).
 * Only plain zeros (0, 00, 0x0, and 0,0) count here; a sign or a space
 * before one, which strtol also takes, is not looked at, and values pppd
 * refuses are left to the value checks. */
static int check_conflict_zero_comp(const struct check_ctx *c, size_t k)
{
	const char *canon = check_sets_canon(c->row[k]), *v;
	size_t len, i = 0;

	if ((strcmp(canon, "deflate") != 0 && strcmp(canon, "bsdcomp") != 0) ||
	    c->d->entries[k].nwords < 2)
		return 0;
	v = check_val(c, c->d->entries[k].word + 1, &len);
	if (!check_conflict_zero_num(v, len, &i))
		return 0;
	if (i < len && v[i] == ',') {
		i++;
		if (!check_conflict_zero_num(v, len, &i))
			return 0;
	}
	return i == len;
}

/* Besides auth, these switch pppd's auth_required on (aliases count as
 * their real name): linux-ppp-2.5.3/pppd/auth.c:325, :329, options.c:984;
 * Apple's Helpers/pppd/auth.c:345, :376, options.c:916. noauth switches it
 * off; the last one decides, and off, pppd asks for no login at all
 * (auth.c:1371-1384, 2.4.9's :1303; Apple's :1410-1421). */
static const char *const check_conflict_auth_on[] = {
	"require-pap", "require-chap", "require-mschap", "require-mschap-v2", "require-eap",
};

int check_conflict_is_auth_on(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof check_conflict_auth_on / sizeof check_conflict_auth_on[0]; i++)
		if (strcmp(check_conflict_auth_on[i], name) == 0)
			return 1;
	return 0;
}

/* noauth and one of those: the later one undoes the earlier. */
static int check_conflict_auth_pair(const char *a, const char *b)
{
	return (strcmp(a, "noauth") == 0 && check_conflict_is_auth_on(b)) ||
	       (strcmp(b, "noauth") == 0 && check_conflict_is_auth_on(a));
}

/* The real name of `other`, a name row r contradicts; NULL when that
 * contradiction is said elsewhere. */
static const char *check_conflict_against(const struct check_ctx *c,
                                      const struct catalog_entry *r, const char *other)
{
	const struct catalog_entry *o = catalog_find(other, c->p);
	const char *canon = check_sets_canon(r);

	if (o && o->alias_of)
		other = o->alias_of;
	/* defaultroute after nodefaultroute is an error (disabled-option) */
	if (strncmp(other, "no", 2) == 0 && strcmp(other + 2, canon) == 0 &&
	    (strcmp(canon, "defaultroute") == 0 || strcmp(canon, "defaultroute6") == 0 ||
	     strcmp(canon, "proxyarp") == 0))
		return NULL;
	return other;
}

/* The last entry before this one that set `other` (a real name), undone
 * or contradicted by this one. */
/* An entry that an earlier name already reported is not reported again:
 * a row may name both spellings of one option (+mppe-128, require-mppe-128). */
struct check_conflict_seen {
	size_t j[16];
	size_t n;
};

/* Pairs where the later line undoes the earlier only in part (later
 * NULL: any later line of the pair).
 * nopredictor1 clears both what pppd asks for and what it accepts
 * (OPT_A2CLR); predictor1 sets only the first back (linux-ppp-2.5.3/
 * pppd/ccp.c:103-106, options.c:862; 2.4.9's ccp.c:101-104; Apple's
 * Helpers/pppd/ccp.c:132-135): the earlier line still counts.
 * default-mru clears what pppd asks for and what it accepts (OPT_A2CLR);
 * a later mru sets only the first back, so pppd asks for that MRU (a
 * 1500 it leaves out of its request: lcp.c:751, 2.4.9's :724, Apple's
 * :822) and still refuses the peer's (linux-ppp-2.5.3/pppd/lcp.c:135-140, :1529;
 * 2.4.9's lcp.c:114-119; Apple's Helpers/pppd/lcp.c:149-154).
 * xonxoff asks the peer to escape ^S and ^Q and sets the flow control
 * that a later crtscts or nocrtscts sets again; a later xonxoff undoes
 * theirs whole (linux-ppp-2.5.3/pppd/tty.c:385-391; 2.4.9's tty.c:327-333;
 * Apple's Helpers/pppd/tty.c:410-417). */
static const struct {
	const char *earlier, *later, *msg;
} check_conflict_partly[] = {
	{ "nopredictor1", "predictor1", N_("'%s' here is only partly undone by '%s' on line "
	  "%zu: pppd asks the peer for Predictor-1 again, but still refuses the peer's request "
	  "for it (derived from the source, not tried).") },
	{ "default-mru", "mru", N_("'%s' here is only partly undone by '%s' on line %zu: pppd "
	  "asks the peer for that MRU again (unless it is 1500, which pppd never asks for), but "
	  "still refuses the MRU the peer asks for (derived from the source, not tried).") },
	{ "xonxoff", NULL, N_("'%s' here is only partly undone by '%s' on line %zu: the serial "
	  "port's flow control is the later line's, but pppd still asks the peer to escape ^S "
	  "and ^Q.") },
};

static int check_conflict_partly_say(struct check_ctx *c, size_t j, size_t entry)
{
	const char *a = check_sets_canon(c->row[j]), *b = check_sets_canon(c->row[entry]);
	size_t i;

	for (i = 0; i < sizeof check_conflict_partly / sizeof check_conflict_partly[0]; i++)
		if (strcmp(check_conflict_partly[i].earlier, a) == 0 &&
		    (!check_conflict_partly[i].later || strcmp(check_conflict_partly[i].later, b) == 0)) {
			check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Keep the one you mean "
			          "and delete the other."), NULL, check_conflict_partly[i].msg,
			          c->row[j]->name, c->row[entry]->name, check_line(c, entry));
			return 1;
		}
	return 0;
}

static int check_conflict_undone(struct check_ctx *c, size_t entry, const char *other,
                             struct check_conflict_seen *seen)
{
	const struct catalog_entry *r = c->row[entry], *rj;
	size_t j = other ? check_sets_last(c, other) : SIZE_MAX, k;

	if (j == SIZE_MAX)
		return 0;
	for (k = 0; k < seen->n; k++)
		if (seen->j[k] == j)
			return 1;
	if (seen->n < sizeof seen->j / sizeof seen->j[0])
		seen->j[seen->n++] = j;
	rj = c->row[j];
	if (check_conflict_partly_say(c, j, entry))
		;
	/* require-mppe-40 and -128 store their key size in what pppd accepts
	 * as well as OR it into what it asks for; nomppe (or -mppe) clears only
	 * the second, and pppd copies the asked set over the accepted one only
	 * when it asks for MPPE, so the leftover value still lets a peer's MPPE
	 * request through (linux-ppp-2.5.3/pppd/ccp.c:120-128, :140-142, :605,
	 * :1092; 2.4.9's ccp.c:118-126, :603, :1089; Apple's Helpers/pppd/
	 * ccp.c:149-157, :670, :1193). Each such line overwrites the value, so
	 * only the last of them leaves it; an earlier one is undone whole.
	 * Which key size is left (2.5.3's bool turns -128's value into the
	 * 40-bit bit) is not said, nor a nomppe-40 or -128 read in between,
	 * which leaves a value of its own. */
	else if (strcmp(check_sets_canon(r), "nomppe") == 0 &&
	         check_conflict_mppe_size_last(c) == j)
		check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Keep the one you mean and "
		          "delete the other."), NULL, N_("'%s' here is only partly undone by '%s' on "
		          "line %zu: pppd no longer asks for MPPE, but a value this line left behind "
		          "still lets it agree to MPPE when the peer asks for it (derived from the "
		          "source, not tried)."), rj->name, r->name, check_line(c, entry));
	/* nodeflate and deflate 0 (nobsdcomp and bsdcomp 0) both turn the
	 * method off in both directions: no undoing, one line is enough */
	else if (check_conflict_opposites(check_sets_canon(rj), check_sets_canon(r)) &&
	         (check_conflict_zero_comp(c, j) || check_conflict_zero_comp(c, entry)))
		check_say(c, CHECK_K_REPEATED, check_line(c, entry), entry,
		          N_("Delete the repeated line."), "", N_("'%s' here and '%s' on line %zu "
		          "both turn %s off in both directions (a value of 0 asks for it in "
		          "neither); harmless, but one of them is enough."), r->name, rj->name,
		          check_line(c, j), strstr(check_sets_canon(r), "deflate") ? "Deflate" :
		          "BSD-Compress");
	else if (check_conflict_noccp_mppe(check_sets_canon(rj), check_sets_canon(r))) {
		k = strcmp(check_sets_canon(r), "noccp") == 0 ? j : entry;
		check_say(c, CHECK_K_CONFLICT, check_line(c, k), k, N_("If the link must be "
		          "encrypted, remove the line that turns CCP off; otherwise remove this one."),
		          NULL, N_("'%s' does nothing here: '%s' on line %zu turns CCP off, in "
		          "whichever order the two lines come, so pppd never negotiates MPPE and "
		          "brings the link up unencrypted (derived from the source, not tried)."),
		          c->row[k]->name, c->row[k == j ? entry : j]->name,
		          check_line(c, k == j ? entry : j));
	}
	/* an ipv6 line with an identifier sets the interface identifiers as
	 * well as turning IPv6CP on (linux-ppp-2.5.3/pppd/ipv6cp.c:384-408;
	 * 2.4.9's :365-389; Apple's Helpers/pppd/ipv6cp.c:403-427); noipv6
	 * clears only the on switch (2.5.3's :244-247), so the identifiers
	 * stay for a later source that turns IPv6 on again: on a Mac,
	 * PPPController's +ipv6 for a service with IPv6 settings
	 * (Controller/ppp_manager.c:1160-1164), read after /etc/ppp/options */
	else if (strcmp(check_sets_canon(rj), "ipv6") == 0 &&
	         strcmp(check_sets_canon(r), "noipv6") == 0 && check_conflict_ipv6_ids(c, j))
		check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Keep the one you mean and "
		          "delete the other."), NULL, c->p == PLATFORM_MACOS ?
		          N_("'%s' here is only partly undone by '%s' on line %zu: IPv6 is off after "
		          "it, but the interface identifiers this line gives stay set, and pppd uses "
		          "them if a source it reads later turns IPv6 on again, as PPPController's "
		          "+ipv6 does for a service whose settings have an IPv6 section when this "
		          "file is read before its options (derived from the source, not tried on a "
		          "Mac).") :
		          N_("'%s' here is only partly undone by '%s' on line %zu: IPv6 is off after "
		          "it, but the interface identifiers this line gives stay set, and pppd uses "
		          "them if a source it reads later turns IPv6 on again (derived from the "
		          "source, not tried)."), rj->name, r->name, check_line(c, entry));
	else if (check_conflict_later_apart(c, j, entry))
		;
	else if (check_conflict_opposites(check_sets_canon(rj), check_sets_canon(r)) ||
	         check_conflict_later_wins(check_sets_canon(rj), check_sets_canon(r)) ||
	         check_conflict_modem_pair(check_sets_canon(rj), check_sets_canon(r)) ||
	         check_conflict_auth_pair(check_sets_canon(rj), check_sets_canon(r)) ||
	         check_conflict_mppe_pair(check_sets_canon(rj), check_sets_canon(r)) ||
	         check_conflict_later_mppe_undone(check_sets_canon(rj), check_sets_canon(r)) ||
	         strcmp(check_sets_canon(r), "xonxoff") == 0)
		check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Keep the one you mean and "
		          "delete the other."), NULL, N_("'%s' here is undone by '%s' on line %zu; pppd "
		          "goes by the last one, so this line has no effect."), rj->name, r->name,
		          check_line(c, entry));
	else
		check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Keep the one you mean and "
		          "delete the other."), NULL, N_("'%s' here contradicts '%s' on line %zu: both "
		          "cannot take effect as written."), rj->name, r->name, check_line(c, entry));
	return 1;
}

/* A nopersist read before demand, since the last persist or nopersist. */
static int check_conflict_demand(struct check_ctx *c, size_t entry)
{
	size_t no = check_sets_last(c, "nopersist"), yes = check_sets_last(c, "persist");

	if (no == SIZE_MAX || (yes != SIZE_MAX && yes > no))
		return 0;
	check_say(c, CHECK_K_CONFLICT, check_line(c, no), no, N_("Move nopersist "
	          "below demand, or delete it."), NULL, N_("'nopersist' here is undone by 'demand' "
	          "on line %zu, which turns persist on again; so this line has no effect."),
	          check_line(c, entry));
	return 1;
}

/* The last entry of the auth group (auth, noauth and the names above). */
static size_t check_conflict_auth_last(const struct check_ctx *c, int with_noauth)
{
	size_t i, j, last = SIZE_MAX;

	for (i = 0; i <= sizeof check_conflict_auth_on / sizeof check_conflict_auth_on[0]; i++) {
		const char *n = i < sizeof check_conflict_auth_on / sizeof check_conflict_auth_on[0]
		                ? check_conflict_auth_on[i] : "auth";

		j = check_sets_last(c, n);
		if (j != SIZE_MAX && (last == SIZE_MAX || j > last))
			last = j;
	}
	j = with_noauth ? check_sets_last(c, "noauth") : SIZE_MAX;
	if (j != SIZE_MAX && (last == SIZE_MAX || j > last))
		last = j;
	return last;
}

size_t check_conflict_noauth_holds(const struct check_ctx *c)
{
	size_t no = check_sets_last(c, "noauth"), first = check_sets_first(c, "noauth");
	size_t on = check_conflict_auth_last(c, 0);

	if (no == SIZE_MAX || (on != SIZE_MAX && on > no))
		return SIZE_MAX;
	return on != SIZE_MAX && on > first ? no : first;
}

/* A line that asks the peer for a login after noauth: that noauth has no
 * effect, unless an earlier line of the group already said so. */
static int check_conflict_auth_undone(struct check_ctx *c, size_t entry, const char *canon,
                                  struct check_conflict_seen *seen)
{
	size_t no = check_sets_last(c, "noauth"), last = check_conflict_auth_last(c, 0);

	if (!check_conflict_is_auth_on(canon) || no == SIZE_MAX ||
	    (last != SIZE_MAX && last != entry && last > no))
		return 0;
	return check_conflict_undone(c, entry, "noauth", seen);
}

/* At the end: when noauth comes after every line that asks the peer for a
 * login, those lines have no effect. Said at the end, as a later line of
 * the group would make them count again. */
int check_conflict_auth_end(struct check_ctx *c)
{
	const struct catalog_entry *rj;
	size_t i, j, no;
	int said = 0;

	if (!c->sets.of)
		return 0;
	no = check_sets_last(c, "noauth");
	if (no == SIZE_MAX || check_conflict_auth_last(c, 1) != no)
		return 0;
	for (i = 0; i < sizeof check_conflict_auth_on / sizeof check_conflict_auth_on[0]; i++) {
		j = check_sets_last(c, check_conflict_auth_on[i]);
		if (j == SIZE_MAX)
			continue;
		rj = c->row[j];
		check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Keep the one you mean and "
		          "delete the other."), NULL, N_("'%s' here is undone by '%s' on line %zu; pppd "
		          "goes by the last one, so this line has no effect."), rj->name,
		          c->row[no]->name, check_line(c, no));
		said = 1;
	}
	return said;
}

/* usehostname makes pppd set its own name for authentication to the host
 * name after every option is read, whatever a name line said and in any
 * order (linux-ppp-2.5.3/pppd/auth.c:1342; 2.4.9's auth.c:1282; Apple's
 * Helpers/pppd/auth.c:1391). So the last name line has no effect. Said
 * at the end, once the whole set of files is read. It leaves out a name
 * given on the command line, which pppconf does not see. */
int check_conflict_hostname_end(struct check_ctx *c)
{
	size_t uh, nm;

	if (!c->sets.of)
		return 0;
	uh = check_sets_last(c, "usehostname");
	nm = check_sets_last(c, "name");
	if (uh == SIZE_MAX || nm == SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_CONFLICT, check_line(c, nm), nm, N_("Delete one of the two: "
	          "usehostname to keep this name, or this line to use the host name."), NULL,
	          N_("'name' here has no effect: 'usehostname' on line %zu makes pppd use this "
	          "machine's host name as its own name for authentication, whichever of the two "
	          "comes first."), check_line(c, uh));
	return 1;
}

/* The names the row says it contradicts, then "X" for "noX" and "noX" for
 * "X" when pppd has them and the row does not name them. */
/* The plugin that an entry makes carry the link, or NULL. macOS: a plugin
 * line naming a channel plugin, which rewrites pppd's channel in full as
 * it loads (apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/main.c:299-313,
 * Drivers/PPPoE/PPPoE-plugin/main.c:159). Linux: a plugin's device word,
 * which points the channel at that plugin as pppd reads it
 * (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:395-397,
 * pppol2tp/pppol2tp.c:185, pppoatm/pppoatm.c:99). */
static const char *check_conflict_link_of(const struct check_ctx *c, size_t entry)
{
	const struct catalog_entry *r = c->row[entry];
	struct check_plugin pl;

	if (!r)
		return NULL;
	if (c->p == PLATFORM_MACOS)
		return check_plugin_of(c, entry, &pl) && pl.here &&
		       catalog_plugin_is_channel(pl.here, c->p) ? pl.here : NULL;
	return (r->flags & CATALOG_DEVNAM) && r->plugin ? r->plugin : NULL;
}

/* A second link plugin takes the link from the first: pppd keeps only the
 * last channel and does not stop over it. What of the earlier plugin
 * still runs (notifiers it added) is left out. Said at the earlier one. (Words of
 * the earlier plugin read after it: channel-replaced.) */
static int check_conflict_link(struct check_ctx *c, size_t entry)
{
	const char *now = check_conflict_link_of(c, entry), *was = NULL;
	size_t k = entry;

	/* PPTP.ppp, gone from current Macs, does not load, so it takes no
	 * link over and is not the one a later plugin takes it from
	 * (check_plugin.c names it as gone). */
	if (now && catalog_plugin_gone(now, c->p))
		return 0;
	while (now && k-- > 0 && (!(was = check_conflict_link_of(c, k)) ||
	                          catalog_plugin_gone(was, c->p)))
		was = NULL;
	if (!now || !was || strcmp(was, now) == 0)
		return 0;
	if (c->p == PLATFORM_MACOS)
		check_say(c, CHECK_K_CONFLICT, check_line(c, k), k, N_("Keep the lines of the link "
		          "you mean and delete the other plugin's."), NULL, N_("%s here is undone by "
		          "%s on line %zu: each of these plugins takes pppd's link over in full as it "
		          "loads, so the later one carries the link, not this one (derived from "
		          "Apple's source, not tried on a Mac)."), was, now, check_line(c, entry));
	else
		check_say(c, CHECK_K_CONFLICT, check_line(c, k), k, N_("Keep the lines of the link "
		          "you mean and delete the other plugin's."), NULL, N_("This line hands the "
		          "link to %s, but line %zu hands it to %s: pppd keeps the last, so %s does "
		          "not carry the link."), was, check_line(c, entry), now, was);
	return 1;
}

int check_conflict(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	const char *p, *canon = check_sets_canon(r);
	char w[64];
	size_t wl;
	int said = 0;
	struct check_conflict_seen seen = { { 0 }, 0 };

	(void)word;
	said |= check_conflict_link(c, entry);
	said |= check_conflict_password(c, entry);
	/* a wildcard contradicts nothing */
	if (r->flags & CATALOG_WILDCARD)
		return said;
	/* noendpoint refuses the peer's discriminator and stops pppd choosing
	 * one of its own, while endpoint sets ours: both hold, in any order
	 * (linux-ppp-2.5.3/pppd/lcp.c:653, multilink.c:108). */
	if (strcmp(canon, "endpoint") == 0 || strcmp(canon, "noendpoint") == 0)
		return 0;
	/* In 2.5.3 replacedefaultroute and noreplacedefaultroute both run one
	 * handler that only logs (linux-ppp-2.5.3/pppd/ipcp.c:208-214, :540-545),
	 * so neither undoes the other; in 2.4.9 both set one flag
	 * (linux-ppp-2.4.9/pppd/ipcp.c:200-206) and the later one holds. The
	 * change came in 2.5.3 (linux-ppp-2.5.3/README:70, :97), so a release
	 * named before that still has the flag. */
	if ((strcmp(canon, "replacedefaultroute") == 0 ||
	     strcmp(canon, "noreplacedefaultroute") == 0) && !check_release_before(c, "2.5.3"))
		return said;
	/* Only 2.4.9 has IPX: there ipx, +ipx, noipx and -ipx share one flag
	 * and the later line holds (linux-ppp-2.4.9/pppd/ipxcp.c:119-126).
	 * 2.5.3 refuses ipx, +ipx and -ipx, and its noipx sets a flag nothing
	 * reads (linux-ppp-2.5.3/pppd/options.c:173, :419), so no IPX line
	 * undoes another unless the release is known to be before 2.5.0;
	 * the removed rule and the no-op note say what happens in 2.5.3. */
	if ((strcmp(canon, "ipx") == 0 || strcmp(canon, "noipx") == 0) &&
	    !check_release_before(c, "2.5.0"))
		return said;
	/* demand turns persist on as well, where it is read (its table entry
	 * names persist as a second variable: linux-ppp-2.5.3/pppd/options.c:271,
	 * :983-986; 2.4.9's :838-842; Apple's :914-918): a nopersist before it
	 * is undone, one after it holds */
	if (strcmp(canon, "demand") == 0)
		said |= check_conflict_demand(c, entry);
	if (strcmp(canon, "allow-ip") == 0)
		said |= check_conflict_allow_ip_end(c, entry);
	if (strcmp(canon, "-all") == 0)
		return said | check_conflict_all(c, entry);
	/* an alias contradicts what its real name does (-ccp as noccp) */
	if (r->alias_of && catalog_find(r->alias_of, c->p))
		r = catalog_find(r->alias_of, c->p);
	for (p = r->conflicts; p && *p; p += strspn(p, " ")) {
		wl = strcspn(p, " ");
		if (wl > 0 && wl < sizeof w) {
			memcpy(w, p, wl);
			w[wl] = '\0';
			/* a pair pppd refuses outright: the pairs rule says so */
			if (!check_pairs_refuses(r->name, w, c->p))
				said |= check_conflict_undone(c, entry, check_conflict_against(c, r, w),
				                          &seen);
		}
		p += wl;
	}
	if (strncmp(canon, "no", 2) == 0 && catalog_find(canon + 2, c->p) &&
	    !(r->conflicts && strstr(r->conflicts, canon + 2)))
		said |= check_conflict_undone(c, entry, check_conflict_against(c, r, canon + 2), &seen);
	if (strlen(canon) + 3 <= sizeof w) {
		w[0] = 'n';
		w[1] = 'o';
		strcpy(w + 2, canon);
		if (catalog_find(w, c->p) && !(r->conflicts && strstr(r->conflicts, w)))
			said |= check_conflict_undone(c, entry, check_conflict_against(c, r, w), &seen);
	}
	if ((p = check_conflict_later_mate(canon)))
		said |= check_conflict_undone(c, entry, p, &seen);
	for (wl = 0; (p = check_conflict_later_mppe(canon, wl)); wl++)
		said |= check_conflict_undone(c, entry, p, &seen);
	return said | check_conflict_auth_undone(c, entry, canon, &seen);
}
