/* catalog_empty.c - what pppd makes of an empty text value ("") for the rows where that is not plainly "none": name, user, password, remotename, allow-number, privgroup, pppoe-service, pppoe-ac, srp-pn-secret. */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include "base/i18n.h"

#include <string.h>

/* name "": pppd keeps the empty word, then, having no name, takes the host
 * name as its own (linux-ppp-2.5.3/pppd/auth.c:1342, 2.4.9 auth.c:1282,
 * apple-ppp-1027.121.1/Helpers/pppd/auth.c:1391). */
static int catalog_empty_name(struct buf *why)
{
	if (why)
		buf_adds(why, _("the name is empty, which pppd takes as no name: it uses this "
		                "machine's host name instead."));
	return 1;
}

/* user "" and password "": Linux pppd marks either as given even when the
 * value is empty (the flags at linux-ppp-2.5.3/pppd/auth.c:403 and :408,
 * set by options.c:986), so it logs in with an empty name rather than name's
 * (auth.c:1347) and sends an empty PAP password rather than pap-secrets'
 * (auth.c:896); 2.4.9 the same (auth.c:1286, :849). Apple's pppd has no such
 * flag and takes an empty one as none (apple-ppp-1027.121.1/Helpers/pppd/
 * auth.c:1393, :777). */
static int catalog_empty_login(int is_user, int on_linux, struct buf *why)
{
	if (!why)
		return 1;
	if (is_user)
		buf_adds(why, on_linux ?
		         _("the name is empty, and pppd counts it as given: it logs in to the "
		           "peer with an empty name, not with name or the host name.") :
		         _("the name is empty, which macOS's pppd takes as no user: it logs in "
		           "with name or the host name (derived from Apple's source, not tried "
		           "on a Mac)."));
	else
		buf_adds(why, on_linux ?
		         _("the password is empty, and pppd counts it as given: a PAP login sends "
		           "an empty password without looking in pap-secrets.") :
		         _("the password is empty, which macOS's pppd takes as no password: it "
		           "looks in the secrets files (derived from Apple's source, not tried "
		           "on a Mac)."));
	return 1;
}

int catalog_empty_text(const struct catalog_entry *e, enum platform p, struct buf *why)
{
	if (strcmp(e->name, "name") == 0)
		return catalog_empty_name(why);
	if (strcmp(e->name, "user") == 0)
		return catalog_empty_login(1, p == PLATFORM_LINUX, why);
	/* remotename "": still counted as given (linux-ppp-2.5.3/pppd/auth.c:415,
	 * options.c:986), so the CHAP lookups use "" for the peer (chap.c:358,
	 * :489; Apple's chap-new.c:416, :609), and only a * or "" column
	 * matches "" (auth.c:2296, :136). */
	if (strcmp(e->name, "remotename") == 0) {
		if (why)
			buf_adds(why, _("the name is empty, and pppd counts it as given: CHAP "
			                "secrets are then looked up under an empty name for the "
			                "peer, which only a line with * or \"\" there matches."));
		return 1;
	}
	/* allow-number "": 2.4.9 and Apple compare as many bytes as the entry
	 * has, none here, so it matches every number (linux-ppp-2.4.9/pppd/
	 * auth.c:2114, apple-ppp-1027.121.1/Helpers/pppd/auth.c:2516); 2.5.3
	 * compares the whole entry (linux-ppp-2.5.3/pppd/auth.c:2205). */
	if (strcmp(e->name, "allow-number") == 0) {
		if (why)
			buf_adds(why, p == PLATFORM_LINUX ?
			         _("the entry is empty, a prefix of every number: Linux pppd 2.4.9 "
			           "then lets every caller in; 2.5.3 lets one in only when no "
			           "number is known.") :
			         _("the entry is empty, a prefix of every number: macOS's pppd then "
			           "lets every caller in (derived from Apple's source, not tried on "
			           "a Mac)."));
		return 1;
	}
	/* privgroup "": no group is named "", so pppd's group lookup fails
	 * and it refuses the option (linux-ppp-2.5.3/pppd/auth.c:580, 2.4.9
	 * the same, tried here: exit 2; apple-ppp-1027.121.1/Helpers/pppd/
	 * auth.c:588). Only the empty name is judged: which groups exist
	 * depends on the machine that runs pppd. */
	if (strcmp(e->name, "privgroup") == 0) {
		if (why)
			buf_adds(why, _("the group name is empty; no group has that name, "
			                "so pppd says the group is unknown and refuses it."));
		return 2;
	}
	/* pppoe-service "" and pppoe-ac "": a set name, even empty, must be
	 * matched by an offer's tag of the same length (linux-ppp-2.5.3/pppd/
	 * plugins/pppoe/discovery.c:395, :154, :168; 2.4.9 discovery.c:144,
	 * :151), while without the option any offer will do. */
	if (strcmp(e->name, "pppoe-service") == 0 || strcmp(e->name, "rp_pppoe_service") == 0) {
		if (why)
			buf_adds(why, _("the name is empty, and pppoe.so counts it as set: it takes "
			                "only offers that carry an empty service name."));
		return 1;
	}
	if (strcmp(e->name, "pppoe-ac") == 0 || strcmp(e->name, "rp_pppoe_ac") == 0) {
		if (why)
			buf_adds(why, _("the name is empty, and pppoe.so counts it as set: it takes "
			                "only an access concentrator whose name is empty, so one that "
			                "gives a name is never used."));
		return 1;
	}
	/* srp-pn-secret "": still a secret, so pseudonyms are made, with a key
	 * from the date alone (linux-ppp-2.5.3/pppd/eap.c:340, :351). */
	if (strcmp(e->name, "srp-pn-secret") == 0) {
		if (why)
			buf_adds(why, _("the secret is empty, yet pppd still makes pseudonyms, with a "
			                "key from the date alone that anyone can work out."));
		return 1;
	}
	if (strcmp(e->name, "password") == 0)
		return catalog_empty_login(0, p == PLATFORM_LINUX, why);
	return -1;
}
