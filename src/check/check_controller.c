/* check_controller.c - the rules about a line in /etc/ppp/options (for CCP words and eapplugin, also /etc/ppp/postoptions and a peers file; for what PPPController undoes and for nodefaultroute, also ~/.ppprc and the files these two name) on a Mac that the options PPPController passes undo, replace or refuse. */
#include <string.h>

#include "check/check_int.h"

/* Words PPPController undoes for every service it starts, whatever the
 * service's settings: it passes noauth (Controller/ppp_manager.c:1192),
 * which clears auth and what the require- words ask of the peer
 * (Helpers/pppd/auth.c:340-342, :1410-1420), nodetach (ppp_manager.c:1394),
 * which updetach cannot override (auth.c:1218, options.c:251), and noccp
 * (ppp_manager.c:1352, behind ccp_enabled set to 0 at :729), after which
 * no option turns CCP on again. A peers file named by its call, or
 * /etc/ppp/postoptions, is read after the first two; nothing helps against
 * noccp, which leaves the CCP words asking for compression or MPPE, and
 * those that take an MPPE key size out (nomppe-40, nomppe-128: with CCP off
 * there is no MPPE to size), (nomppe, nodeflate, nobsdcomp and
 * nopredictor1 are left out: they ask for what noccp gives anyway, so a
 * note that they do nothing would be noise), (Helpers/pppd/ccp.c:103-207)
 * with nothing to act on, so a CCP word is noted in postoptions too, as is
 * updetach, which there takes effect and makes the pppd PPPController
 * started exit at link-up. noifroute is undone only for L2TP services with
 * IPv4, where the controller passes addifroute (ppp_manager.c:1148-1150),
 * and is the default elsewhere (Helpers/pppd/sys-MacOSX.c:236). Aliases
 * count by the name they stand for. */
static const struct check_controller_undone {
	const char *name, *by;
	int for_good;
} check_controller_undone_words[] = {
	{ "auth", "noauth", 0 }, { "require-pap", "noauth", 0 }, { "require-chap", "noauth", 0 },
	{ "require-mschap", "noauth", 0 }, { "require-mschap-v2", "noauth", 0 },
	{ "require-eap", "noauth", 0 }, { "updetach", "nodetach", 3 },
	{ "require-mppe", "noccp", 1 }, { "require-mppe-40", "noccp", 1 },
	{ "require-mppe-128", "noccp", 1 }, { "predictor1", "noccp", 1 },
	{ "deflate", "noccp", 1 }, { "bsdcomp", "noccp", 1 }, { "mppe-stateful", "noccp", 1 },
	{ "nomppe-stateful", "noccp", 1 }, { "nomppe-40", "noccp", 1 }, { "nomppe-128", "noccp", 1 },
	{ "noifroute", "addifroute", 2 },
};

/* The fix for a CCP word PPPController's noccp takes away. Apple's VPN
 * server, vpnd, starts pppd without PPPController: it passes noccp only
 * when its settings have no MPPE, and with MPPE it puts its key sizes and
 * mppe-stateless on pppd's command line (Helpers/vpnd/pppoptions.c:504-530
 * in Apple's full source, outside the pinned copy). That command line is read after
 * /etc/ppp/options and before /etc/ppp/postoptions (Helpers/pppd/main.c:
 * 417-426), and each spelling keeps its own rank (ccp.c:185-199, options.c:762-764), so
 * mppe-stateful and its aliases hold for vpnd's links only in postoptions. */
static const char *check_controller_ccp_fix(const struct check_ctx *c, const char *name)
{
	/* The compression words: vpnd either passes noccp or asks for MPPE
	 * with mppe-128 or mppe-40 (vpnd/pppoptions.c:504-530 in the full
	 * source), and with MPPE required pppd drops every compression method
	 * (Helpers/pppd/ccp.c:670-674), so vpnd's links are no reason to keep
	 * them. predictor1 also needs a kernel compressor (ccp.c:725) that the
	 * README in Apple's copy says the package lacks (Documentation/
	 * README:79-81). */
	if (strcmp(name, "predictor1") == 0)
		return N_("Remove it. Apple's VPN server, vpnd, is no reason to keep it: it "
		          "either turns CCP off or asks for MPPE with mppe-128 or mppe-40, and "
		          "with MPPE required pppd leaves Predictor-1 out. Started by hand, pppd "
		          "asks for Predictor-1 only when the kernel has a compressor for it, "
		          "which the README in Apple's pppd package says the package lacks "
		          "(derived from Apple's full source and README, not tried on a Mac).");
	if (strcmp(name, "deflate") == 0 || strcmp(name, "bsdcomp") == 0)
		return N_("Leave it out unless you start pppd by hand, without PPPController. "
		          "Apple's VPN server, vpnd, is no reason to keep it: it either turns "
		          "CCP off or asks for MPPE with mppe-128 or mppe-40, and with MPPE "
		          "required pppd leaves every compression method out (derived from "
		          "Apple's full source, not tried on a Mac).");
	/* not 2: options, ~/.ppprc or a file they name. nomppe-40/-128 cut what came
	 * before (Helpers/pppd/options.c:807-808); vpnd's mppe-128/-40 come after. */
	if (c->shared_file != 2 && (strcmp(name, "nomppe-40") == 0 || strcmp(name, "nomppe-128") == 0))
		return N_("Leave it out unless you start pppd by hand, without PPPController. "
		          "For Apple's VPN server, vpnd, put it in /etc/ppp/postoptions: with MPPE "
		          "on, vpnd puts the key sizes its settings allow (mppe-128, mppe-40) on "
		          "pppd's command line, read after this file, and this line takes out only "
		          "a size asked for before it. Taking out the only size vpnd asks for leaves "
		          "MPPE not required at all (derived from Apple's full source, not tried on "
		          "a Mac).");
	if (c->shared_file != 2 && strcmp(name, "mppe-stateful") == 0)
		return N_("Leave it out unless you start pppd by hand, without PPPController. "
		          "For Apple's VPN server, vpnd, put it in /etc/ppp/postoptions: with "
		          "MPPE on, vpnd puts mppe-stateless on pppd's command line, read after "
		          "this file (derived from Apple's full source, not tried on a Mac).");
	/* nomppe-stateful and its aliases set what vpnd's own mppe-stateless
	 * sets (see above); without MPPE vpnd passes noccp: in either file. */
	if (strcmp(name, "nomppe-stateful") == 0)
		return N_("Leave it out unless you start pppd by hand, without PPPController. "
		          "Apple's VPN server, vpnd, is no reason to keep it: with MPPE on it "
		          "passes mppe-stateless itself, which sets the same, and without MPPE "
		          "it turns CCP off (derived from Apple's full source, not tried on a Mac).");
	return N_("Leave it out unless pppd is also started without PPPController: by "
	          "hand, or by Apple's VPN server, vpnd, which turns CCP off only when its "
	          "settings have no MPPE (derived from Apple's full source, not tried on a Mac).");
}

static int check_controller_undoes(struct check_ctx *c, size_t entry)
{
	const struct catalog_entry *r = c->row[entry];
	const char *name = r->alias_of ? r->alias_of : r->name;
	size_t i;

	for (i = 0; i < sizeof check_controller_undone_words / sizeof check_controller_undone_words[0]; i++) {
		const struct check_controller_undone *u = &check_controller_undone_words[i];
		if (strcmp(name, u->name) != 0)
			continue;
		/* /etc/ppp/postoptions is read after PPPController's options:
		 * only what noccp takes away stays lost there. */
		if (c->shared_file == 2 && u->for_good == 3) {
			check_say(c, CHECK_K_CONTROLLER_STOPS, check_line(c, entry), entry,
			          N_("Leave it out unless you start pppd by hand, without "
			          "PPPController."), NULL,
			          N_("updetach here takes effect for every connection that "
			          "PPPController starts: read after its nodetach, it cancels it, and "
			          "the pppd that PPPController started then exits once the link is up, "
			          "which PPPController takes for the end of the connection (derived "
			          "from Apple's source, not tried on a Mac)."));
			return 1;
		}
		if (c->shared_file == 2 && u->for_good != 1)
			return 0;
		/* updetach moved after that nodetach would take effect, and then
		 * the pppd PPPController started exits once the link is up
		 * (Helpers/pppd/auth.c:1218, main.c:1243), which it reads as the
		 * connection's end (Controller/ppp_manager.c:2031, :2230-2232). */
		if (u->for_good == 3)
			check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
			          N_("Leave it out unless you start pppd by hand, without "
			          "PPPController."), NULL,
			          N_("updetach in this file does not reach a connection that "
			          "PPPController starts: after this file it passes nodetach for every "
			          "service, which undoes it. Do not move it to a peers file or "
			          "/etc/ppp/postoptions, read after that nodetach: there it takes "
			          "effect, and the pppd that PPPController started exits once the link "
			          "is up, which PPPController takes for the end of the connection "
			          "(derived from Apple's source, not tried on a Mac)."));
		else if (u->for_good == 2)
			check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
			          N_("To have it for one service, put the line in /etc/ppp/peers/"
			          "<exact service name>, which pppd reads after PPPController's "
			          "options (or in /etc/ppp/postoptions for every service)."), NULL,
			          N_("noifroute in this file does not reach an L2TP VPN with IPv4 that "
			          "PPPController starts: after this file it passes addifroute for each of "
			          "them, which undoes it; for other services no route is added anyway "
			          "(derived from Apple's source, not tried on a Mac)."));
		else if (u->for_good)
			check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
			          check_controller_ccp_fix(c, name), NULL,
			          N_("%s has no effect on a connection that PPPController starts: "
			          "it passes noccp for every service, and no option turns CCP on "
			          "again (derived from Apple's source, not tried on a Mac)."),
			          r->name);
		else
			check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
			          N_("To have it for one service, put the line in /etc/ppp/peers/"
			          "<exact service name>, which pppd reads after PPPController's "
			          "options (or in /etc/ppp/postoptions for every service)."), NULL,
			          N_("%s in this file does not reach a connection that PPPController "
			          "starts: after this file it passes %s for every service, which "
			          "undoes it (derived from Apple's source, not tried on a Mac)."),
			          r->name, u->by);
		return 1;
	}
	return 0;
}

static int check_controller_refused(struct check_ctx *c, size_t entry)
{
	if (check_controller_noroute(c, entry))
		return 1;
	/* For a service whose settings have an IPv6 section PPPController
	 * passes +ipv6 (Controller/ppp_manager.c:1160-1164). +ipv6 and noipv6
	 * share one rank (Helpers/pppd/ipv6cp.c:256-259) and the controller's
	 * options rank above this file (options.c:1853), so its +ipv6 wins
	 * here; in the peers file or postoptions, read after at the
	 * controller's rank, noipv6 holds. Aliases count by their name. */
	if (strcmp(c->row[entry]->alias_of ? c->row[entry]->alias_of : c->row[entry]->name,
	           "noipv6") == 0) {
		size_t nlen;
		const char *name = check_name(c, entry, &nlen);

		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("To turn IPv6 off for one service, put noipv6 in /etc/ppp/peers/"
		          "<exact service name>, which pppd reads after PPPController's options "
		          "(or in /etc/ppp/postoptions for every service)."), NULL,
		          N_("%.*s in this file does not turn IPv6 off for a service whose settings "
		          "have an IPv6 section: after this file PPPController passes +ipv6 for it, "
		          "which outranks this file; for other services PPPController does not turn "
		          "IPv6 on (derived from Apple's source, not tried on a Mac)."),
		          (int)nlen, name);
		return 1;
	}
	if (strcmp(c->row[entry]->name, "eapplugin") == 0)
		return check_controller_eapplugin(c, entry);
	/* PPPController passes use-dhcp for a service whose UseDHCP is on (by
	 * default for L2TP) unless it sends all traffic over the link
	 * (Controller/ppp_manager.c:1183-1185); for one that does it passes
	 * no-use-dhcp itself (ppp_manager.c:1090-1094, 1171-1174); the word
	 * has no rank (Helpers/pppd/acscp.c:184-187), so the later one wins. */
	if (strcmp(c->row[entry]->name, "no-use-dhcp") == 0) {
		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("To turn it off for one service, put no-use-dhcp in /etc/ppp/peers/"
		          "<exact service name>, which pppd reads after PPPController's options (or "
		          "in /etc/ppp/postoptions for every service)."), NULL,
		          N_("no-use-dhcp in this file does not hold for an L2TP VPN that "
		          "PPPController starts unless its UseDHCP setting is off, nor for another "
		          "service whose UseDHCP setting is on: after this file PPPController "
		          "passes use-dhcp, and pppd keeps the word read last. A service that sends "
		          "all traffic over the connection is the exception: for it PPPController "
		          "passes no-use-dhcp instead (derived from Apple's source, not tried on a "
		          "Mac)."));
		return 1;
	}
	/* For a service that sends all traffic over the link PPPController
	 * passes no-use-dhcp (Controller/ppp_manager.c:1171-1174), which, with
	 * no rank either (acscp.c:184-187), cancels this file's use-dhcp. */
	if (strcmp(c->row[entry]->name, "use-dhcp") == 0) {
		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("To have it for one service, put the line in /etc/ppp/peers/"
		          "<exact service name>, which pppd reads after PPPController's "
		          "options (or in /etc/ppp/postoptions for every service)."), NULL,
		          N_("use-dhcp in this file does not hold for a service that sends all "
		          "traffic over the connection: after this file PPPController passes "
		          "no-use-dhcp for it, and pppd keeps the word read last; other services "
		          "keep it (derived from Apple's source, not tried on a Mac)."));
		return 1;
	}
	return 0;
}

/* 'controlled' in a file on a Mac. Apple's pppd takes the word by asking
 * PPPController whether it started this pppd, and stops with an option
 * error when the answer is no (Helpers/pppd/options.c:1911-1914,
 * sys-MacOSX.c:483-525; in Apple's full source the controller says yes
 * only for a pppd it started, Controller/scnc_mach_server.c). PPPController
 * puts the word on the command line itself (Controller/ppp_manager.c:1995).
 * A pppd with NESMControllerKey in its environment (NetworkExtension's)
 * skips the question and takes the word (sys-MacOSX.c:491-494), so the
 * message names only the others. Left out: what a second 'controlled' does
 * to a pppd that already has one. */
int check_controller_controlled(struct check_ctx *c, size_t entry)
{
	if (c->p != PLATFORM_MACOS || strcmp(c->row[entry]->name, "controlled") != 0)
		return 0;
	check_say(c, CHECK_K_EXITS, check_line(c, entry), entry,
	          N_("Remove it: PPPController puts it on pppd's command line itself."), "",
	          N_("'controlled' in a file: a pppd that PPPController did not start and whose "
	             "environment lacks the variable NetworkExtension's NESMControllerKey names (one run "
	             "by hand, say with call) stops at this line with \"Can't verify the "
	             "controller started the connection\" and exits with status 2; one that "
	             "PPPController starts already has the word on its command line (derived "
	             "from Apple's source, not tried on a Mac)."));
	return 1;
}

/* password, keychainpassword and userkeychainpassword in /etc/ppp/options: for a
 * service with an account name and a password, PPPController passes that
 * password after this file as password, keychainpassword or
 * userkeychainpassword (Controller/ppp_manager.c:1198, :1204, :1211-1212,
 * :1224), or tokencard for a token card (:1214-1216), read after this file
 * (Helpers/pppd/main.c:417-419). A password line replaces the one read
 * here; a keychain line only when its item can be read (Helpers/pppd/
 * auth.c:2824, :2844); tokencard leaves it. 1: said. */
static int check_controller_keychain(struct check_ctx *c, size_t entry)
{
	const char *name = c->row[entry]->name;
	size_t nlen;
	const char *typed;

	if (strcmp(name, "keychainpassword") != 0 && strcmp(name, "userkeychainpassword") != 0 &&
	    strcmp(name, "password") != 0)
		return 0;
	typed = check_name(c, entry, &nlen);
	/* A keychain line here whose item pppd read stays marked as where a
	 * changed password is saved when the controller's plain password line
	 * replaces only the password (auth.c:2826, :2863-2866; chap-new.c:707);
	 * PPPController loads its dialog plugin itself. */
	if (strcmp(name, "password") != 0) {
		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("To set it for one service, put the line in /etc/ppp/peers/<exact "
		          "service name>, which pppd reads after PPPController's options (or in "
		          "/etc/ppp/postoptions for every service)."), NULL,
		          N_("%.*s in this file does not reach a service whose settings, or the "
		          "options it is started with, give PPPController an account name and a "
		          "password not kept on a token card: after this file it passes that "
		          "password, as password or as a keychain item, which replaces the one "
		          "read here (a keychain item only when pppd can read it); other services "
		          "keep this one. When pppd could read the item here and the controller's "
		          "password does not replace the item too, a new password given after an "
		          "MS-CHAP server reports the old one expired is still saved into the item "
		          "here (derived from Apple's source, not tried on a Mac)."),
		          (int)nlen, typed);
		return 1;
	}
	check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
	          N_("To set it for one service, put the line in /etc/ppp/peers/<exact "
	          "service name>, which pppd reads after PPPController's options (or in "
	          "/etc/ppp/postoptions for every service)."), NULL,
	          N_("%.*s in this file does not reach a service whose settings, or the options "
	          "it is started with, give PPPController an account name and a password not "
	          "kept on a token card: after this file it passes that password, as password "
	          "or as a keychain item, which replaces the one read here (a keychain item "
	          "only when pppd can read it); other services keep this one (derived from "
	          "Apple's source, not tried on a Mac)."), (int)nlen, typed);
	return 1;
}

/* An ACSCP setting here, on a Mac. PPPController passes noacsp after this
 * file for a service that sends all traffic over the link, and for any
 * other unless its ACSPEnabled setting is on, which is off unless set
 * (Controller/ppp_manager.c:1171-1180); noacsp clears ACSCP's enabled flag
 * (Helpers/pppd/acscp.c:168), no option sets it again, and only enabled
 * protocols are opened (auth.c:925-934), so the counters and timer these
 * words set (acscp.c:171-178) shape nothing. A file that sets noacsp
 * itself is the needs rule's. Left out: pppd started another way (by
 * vpnd or by hand), for which this file shows nothing. A Mac peers file
 * (peers 1) is named with call after the same noacsp (ppp_manager.c:1426),
 * so it is told the same for the service of its name. 1: said. */
static int check_controller_acsp(struct check_ctx *c, size_t entry, int peers)
{
	static const char *const words[] = { "acscp-restart", "acscp-max-terminate",
	                                     "acscp-max-configure", "acscp-max-failure" };
	size_t i, nlen;
	const char *name;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(c->row[entry]->name, words[i]) == 0)
			break;
	if (i == sizeof words / sizeof words[0] || check_sets_last(c, "noacsp") != SIZE_MAX)
		return 0;
	name = check_name(c, entry, &nlen);
	if (peers) {
		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("Keep it only if that service has ACSP turned on (ACSPEnabled) in "
		          "its settings, or if this file is only for starting pppd by hand "
		          "(pppd call)."), NULL,
		          N_("%.*s does nothing for the service named exactly like this file "
		          "unless its settings turn ACSP on (ACSPEnabled, off unless set) and it "
		          "does not send all traffic over the connection: otherwise PPPController "
		          "passes noacsp before it names this file, and no option turns ACSP on "
		          "again (derived from Apple's source, not tried on a Mac)."),
		          (int)nlen, name);
		return 1;
	}
	check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
	          N_("Leave it here only if the services that need it have ACSP turned on "
	          "(ACSPEnabled) in their settings; for the others it can go."), NULL,
	          N_("%.*s in this file does nothing for a service that PPPController starts "
	          "unless the service's settings turn ACSP on (ACSPEnabled, off unless set) and "
	          "it does not send all traffic over the connection: otherwise PPPController "
	          "passes noacsp after this file, which turns ACSP off, and no option turns it "
	          "on again (derived from Apple's source, not tried on a Mac)."),
	          (int)nlen, name);
	return 1;
}

/* A file straight under /etc/ppp/peers/: on a Mac PPPController names the
 * one called after the service with call, inside its own options and so
 * after its nodetach (Controller/ppp_manager.c:1394, :1426). Whether a
 * service of that name exists, or the file is only for pppd call by hand,
 * is not known here, so the note is conditional. */
static int check_controller_peers_file(const struct check_ctx *c)
{
	const char *path = c->file ? c->file->path : NULL, *p;

	p = path ? strstr(path, "/etc/ppp/peers/") : NULL;
	return p && p[15] && !strchr(p + 15, '/');
}

/* updetach in a Mac peers file: read after the controller's nodetach it
 * clears it (Helpers/pppd/options.c:255-257), so a pppd PPPController
 * started for the service of that name detaches at link-up
 * (auth.c:1218, main.c:1243), and PPPController takes the end of the
 * process it started for the end of the connection (ppp_manager.c:2031,
 * :2230-2232). 1: said. */
static int check_controller_peers_updetach(struct check_ctx *c, size_t entry)
{
	const struct catalog_entry *r = c->row[entry];

	const struct catalog_entry *later;
	const char *name;
	size_t i, nlen;

	if (c->shared_file != 0 || !check_controller_peers_file(c)
	    || strcmp(r->alias_of ? r->alias_of : r->name, "updetach") != 0)
		return 0;
	/* a nodetach later in this file sets it again: the conflict rule
	 * says that this line then does nothing */
	for (i = entry + 1; i < c->d->nentries; i++) {
		if (c->d->entries[i].disabled)
			continue;
		name = check_name(c, i, &nlen);
		later = catalog_scope_match(&c->scope, name, nlen);
		if (later && strcmp(later->alias_of ? later->alias_of : later->name, "nodetach") == 0)
			return 0;
	}
	check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
	          N_("Leave it out unless this file is only for starting pppd by hand "
	          "(pppd call), without PPPController."), NULL,
	          N_("updetach here takes effect for a connection that PPPController starts "
	          "for the service named exactly like this file: read after its nodetach, it "
	          "cancels it, and the pppd that PPPController started then exits once the "
	          "link is up, which PPPController takes for the end of the connection "
	          "(derived from Apple's source, not tried on a Mac)."));
	return 1;
}

/* cancelcode in a Mac peers file: PPPController loads the service's
 * plugin before it names this file (Controller/ppp_manager.c:784, :1426),
 * and PPPSerial.ppp, loaded for every serial or modem service (:119), sets
 * the code to 136 once every option is read (Drivers/PPPSerial/
 * PPPSerial-plugin/main.c:302), while L2TP.ppp and PPPoE.ppp put their own
 * connect step in place of the only one that compares it (Helpers/pppd/
 * tty.c:860, :968). Whether the file also serves pppd call by hand is not
 * known here, so the fix says so. A plugin line in the file itself gets
 * its own note (check_controller_cancel_said). 1: said. */
static int check_controller_peers_cancel(struct check_ctx *c, size_t entry)
{
	if (c->shared_file != 0 || !check_controller_peers_file(c) ||
	    strcmp(c->row[entry]->name, "cancelcode") != 0 ||
	    check_controller_cancel_said(c, entry))
		return 0;
	check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
	          N_("Leave it out unless this file is only for starting pppd by hand "
	          "(pppd call), without PPPController."), NULL,
	          N_("cancelcode here is used by no serial, modem, L2TP or PPPoE service "
	          "that PPPController starts for the service named exactly like this file: "
	          "PPPSerial.ppp, loaded for every serial or modem service, sets the cancel "
	          "code to 136 once every option is read, while L2TP.ppp and PPPoE.ppp put "
	          "their own connect step in place of the one that reads it (derived from "
	          "Apple's source, not tried on a Mac)."));
	return 1;
}

/* Serial-line words in a file the controller's pppd reads before it loads
 * the service's channel plugin: taken, then never used, since the plugin's
 * channel replaces the serial line's steps that read them
 * (apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/main.c:299-300,
 * Drivers/PPPoE/PPPoE-plugin/main.c:158-159; the words as in
 * check_noeffect_tty.c). A channel this file loads itself is said there,
 * and a word read after a channel is refused (channel-replaced). 1: said. */
int check_controller_serial_idle(struct check_ctx *c)
{
	size_t i, nlen;
	const char *name;
	int said = 0;

	if (c->p != PLATFORM_MACOS || !c->file || !c->file->later_channel || c->scope.channel)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || !check_serial_word_idles(c->row[i]->name, c->p))
			continue;
		/* cancelcode: no serial or modem service needs it either, as
		 * PPPSerial.ppp sets its own code; check_controller_replaced
		 * says so for every service, so this note would only repeat it
		 * with a fix that keeps it for serial services. */
		if (strcmp(c->row[i]->name, "cancelcode") == 0)
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
		          N_("Remove it, unless a modem or serial service on this Mac reads this "
		             "file too and needs it."), NULL,
		          N_("'%.*s' is accepted but never used by this service: it is a "
		             "serial-line word, and PPPController loads %s after this file, which "
		             "takes the link over, so the serial line's steps that read it never "
		             "run (derived from Apple's source, not tried on a Mac)."),
		          (int)nlen, name, c->file->later_channel);
		said = 1;
	}
	return said;
}

/* A CCP word (for_good 1 above) in a Mac peers file: PPPController names
 * the file with call as the last of its options (ppp_manager.c:1422-1426),
 * after its noccp (:1352), so nothing turns CCP on again. A file read
 * before the controller is said by check_controller_undoes. 1: said. */
static int check_controller_peers_ccp(struct check_ctx *c, size_t entry)
{
	const char *name = c->row[entry]->alias_of ? c->row[entry]->alias_of : c->row[entry]->name;
	size_t i, n = sizeof check_controller_undone_words / sizeof check_controller_undone_words[0];

	if (c->shared_file != 0 || !check_controller_peers_file(c) || c->file->before_controller)
		return 0;
	for (i = 0; i < n; i++)
		if (check_controller_undone_words[i].for_good == 1 &&
		    strcmp(name, check_controller_undone_words[i].name) == 0)
			break;
	if (i == n)
		return 0;
	check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
	          N_("Leave it out unless this file is only for starting pppd by hand "
	          "(pppd call), without PPPController."), NULL,
	          N_("%s has no effect on a connection that PPPController starts for the "
	          "service named exactly like this file: it passes noccp before it names "
	          "this file, and no option turns CCP on again (derived from Apple's source, "
	          "not tried on a Mac)."), c->row[entry]->name);
	return 1;
}

int check_controller_rule(struct check_ctx *c, size_t entry, size_t word)
{
	(void)word;
	if (c->p == PLATFORM_MACOS && (check_controller_peers_updetach(c, entry) ||
	                               check_controller_peers_ccp(c, entry) ||
	                               check_controller_peers_cancel(c, entry)))
		return 1;
	if (c->p == PLATFORM_MACOS && c->shared_file == 0 && check_controller_peers_file(c) &&
	    !c->file->before_controller && check_controller_acsp(c, entry, 1))
		return 1;
	if (c->p != PLATFORM_MACOS)
		return 0;
	if ((c->shared_file == 2 || (c->shared_file == 0 && check_controller_peers_file(c) &&
	     !c->file->before_controller)) &&
	    check_controller_eapplugin_after(c, entry, c->shared_file == 2))
		return 1;
	/* ~/.ppprc, or a file /etc/ppp/options or ~/.ppprc names: the
	 * controller's options outrank it as they do /etc/ppp/options, so the
	 * words it undoes or passes again are said here too, and so is
	 * nodefaultroute, read there before its defaultroute just the same
	 * (Helpers/pppd/main.c:417-421); the other rules below speak of
	 * /etc/ppp/options itself */
	if (c->shared_file == 0)
		return c->file && c->file->before_controller &&
		       (check_controller_undoes(c, entry) || check_controller_noroute(c, entry) ||
		        check_controller_replaced(c, entry));
	if (c->shared_file == 2)
		return check_controller_undoes(c, entry);
	/* PPPController starts pppd with its own serviceid on the command
	 * line (Controller/ppp_manager.c:1992-1993), read after
	 * /etc/ppp/options (Helpers/pppd/main.c:417-419); the entry has no
	 * rank (sys-MacOSX.c:252-253), so the later value replaces this one. */
	if (strcmp(c->row[entry]->name, "serviceid") == 0) {
		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("Leave it out unless you start pppd by hand, without PPPController."),
		          NULL,
		          N_("serviceid in this file does not reach a connection that PPPController "
		          "starts: it puts its own serviceid on pppd's command line, read after this "
		          "file, and pppd keeps the value read last (derived from Apple's source, not "
		          "tried on a Mac)."));
		return 1;
	}
	return check_controller_undoes(c, entry) || check_controller_refused(c, entry) ||
	       check_controller_vpnd(c, entry) || check_controller_acsp(c, entry, 0) ||
	       check_controller_keychain(c, entry) || check_controller_replaced(c, entry);
}
