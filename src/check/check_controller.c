/* check_controller.c - the rules about a line in /etc/ppp/options (for CCP words, also /etc/ppp/postoptions) on a Mac that the options PPPController passes undo, replace or refuse. */
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
 * noccp, which leaves the CCP words asking for compression or MPPE
 * (Helpers/pppd/ccp.c:103-207) with nothing to act on, so a CCP word is
 * noted in postoptions too, as is updetach, which there takes effect and
 * makes the pppd PPPController started exit at link-up. noifroute is undone only for L2TP services
 * with IPv4, where the controller passes addifroute (ppp_manager.c:
 * 1148-1150), and is the default elsewhere
 * (Helpers/pppd/sys-MacOSX.c:236). Aliases count by the name they stand
 * for. */
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
	{ "noifroute", "addifroute", 2 },
};

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
			check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
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
			          N_("Leave it out unless you start pppd by hand, without "
			          "PPPController."), NULL,
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

/* Words whose own line here PPPController's later one refuses or undoes
 * for some services only, by their settings. 1: said. */
static int check_controller_refused(struct check_ctx *c, size_t entry)
{
	/* For a service that sends all traffic over the link PPPController
	 * passes defaultroute (Controller/ppp_manager.c:1090-1093); after
	 * nodefaultroute pppd refuses it (Helpers/pppd/ipcp.c:246-248,
	 * options.c:789), options_from_controller fails (options.c:1892) and
	 * pppd exits with an option error (main.c:418-429). In the peers file
	 * or postoptions, read after, nodefaultroute only cancels the route. */
	if (strcmp(c->row[entry]->name, "nodefaultroute") == 0 ||
	    strcmp(c->row[entry]->name, "-defaultroute") == 0) {
		size_t nlen;
		const char *name = check_name(c, entry, &nlen);

		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("Remove it; to keep one service from adding a default route, put "
		          "nodefaultroute in /etc/ppp/peers/<exact service name>, read after "
		          "PPPController's options, where it cancels PPPController's defaultroute "
		          "instead."), NULL,
		          N_("%.*s in this file stops every service that sends all traffic over "
		          "the connection: for such a service PPPController passes defaultroute "
		          "after this file, pppd refuses it as disabled and exits with an option "
		          "error (derived from Apple's source, not tried on a Mac)."),
		          (int)nlen, name);
		return 1;
	}
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
		          "which outranks this file; for other services it does not turn IPv6 on (derived "
		          "from Apple's source, not tried on a Mac)."),
		          (int)nlen, name);
		return 1;
	}
	/* For a service whose login methods include EAP PPPController passes
	 * eapplugin for each EAP plugin its settings list (Controller/
	 * ppp_manager.c:1296-1317), read after this file (Helpers/pppd/
	 * main.c:417-421); the same bundle loaded twice is an option error
	 * (eap.c:1403-1405) and pppd exits with status 2 (main.c:429). */
	if (strcmp(c->row[entry]->name, "eapplugin") == 0) {
		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("List the plugin in the service's settings instead: PPPController "
		          "loads each EAP plugin they list."), NULL,
		          N_("eapplugin in this file stops a service whose settings list the same "
		          "EAP plugin and include EAP among its login methods: after this file "
		          "PPPController passes eapplugin for that bundle too, a second bundle for an "
		          "EAP type already loaded is an option error, and pppd exits with status 2 "
		          "(derived from Apple's source, not tried on a Mac)."));
		return 1;
	}
	/* PPPController passes use-dhcp for a service whose UseDHCP is on (by
	 * default for L2TP) unless it sends all traffic over the link
	 * (Controller/ppp_manager.c:1183-1185); the word has no rank
	 * (Helpers/pppd/acscp.c:184-187), so the later one wins. */
	if (strcmp(c->row[entry]->name, "no-use-dhcp") == 0) {
		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("To turn it off for one service, put no-use-dhcp in /etc/ppp/peers/"
		          "<exact service name>, which pppd reads after PPPController's options (or "
		          "in /etc/ppp/postoptions for every service)."), NULL,
		          N_("no-use-dhcp in this file does not hold for an L2TP VPN that "
		          "PPPController starts unless its UseDHCP setting is off, nor for another "
		          "service whose UseDHCP setting is on: after this file PPPController "
		          "passes use-dhcp, and pppd keeps the word read last (derived from Apple's "
		          "source, not tried on a Mac)."));
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

/* Values PPPController passes after this file for some services only:
 * holdoff and maxfail (the service's, else 30 and 3) for every service
 * that dials on demand (Controller/ppp_manager.c:1002-1009); idle,
 * maxconnect, lcp-echo-interval, lcp-echo-failure, mru and mtu when the
 * controller's lookup of the service's settings gives a nonzero value
 * (:990-998, :1023-1028, :1042-1048; its defaults are in Apple's
 * ppp_getoption.c, outside the pinned copy, and in the rows' texts);
 * and logfile (a second one closes the first: Helpers/pppd/options.c:1766-1767),
 * device, user, a plain password, remoteaddress, the redial words,
 * terminalscript, ifscope and the L2TP shared secret and its type when
 * the service's settings (or, for ifscope, its start options) give one
 * (:765-776, :788-790, :802, :913-933, :957-980, :1199-1201, :1224). Whether or not the option has a rank, the controller's
 * later value at the command line's rank (Helpers/pppd/options.c:1853)
 * replaces this file's; the peers file and postoptions, read after at
 * that rank, still win. 0: on demand, 1: a nonzero lookup, 2: a setting,
 * 3: only the start's options, never the settings (ifscope: :800-802). */
static const struct check_controller_number {
	const char *name;
	int how;
} check_controller_numbers[] = {
	{ "holdoff", 0 }, { "maxfail", 0 }, { "idle", 1 }, { "maxconnect", 1 },
	{ "lcp-echo-interval", 1 }, { "lcp-echo-failure", 1 }, { "mru", 1 }, { "mtu", 1 },
	{ "user", 2 }, { "remoteaddress", 2 }, { "altremoteaddress", 2 }, { "redialcount", 2 },
	{ "redialtimer", 2 }, { "terminalscript", 2 }, { "ifscope", 3 },
	{ "l2tpipsecsharedsecret", 2 }, { "logfile", 2 }, { "device", 2 }, { "password", 2 },
	{ "l2tpipsecsharedsecrettype", 2 },
};

static int check_controller_number(struct check_ctx *c, size_t entry)
{
	const char *name = c->row[entry]->alias_of ? c->row[entry]->alias_of : c->row[entry]->name;
	size_t i, nlen;
	const char *typed;

	for (i = 0; i < sizeof check_controller_numbers / sizeof check_controller_numbers[0]; i++)
		if (strcmp(name, check_controller_numbers[i].name) == 0)
			break;
	if (i == sizeof check_controller_numbers / sizeof check_controller_numbers[0])
		return 0;
	typed = check_name(c, entry, &nlen);
	check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
	          N_("To set it for one service, put the line in /etc/ppp/peers/<exact "
	          "service name>, which pppd reads after PPPController's options (or in "
	          "/etc/ppp/postoptions for every service)."), NULL,
	          check_controller_numbers[i].how == 3 ?
	          N_("%.*s in this file does not reach a connection that is started for a "
	          "particular outgoing interface: PPPController then passes ifscope with that "
	          "interface after this file, which replaces this one; other starts keep this "
	          "one (derived from Apple's source, not tried on a Mac).") :
	          check_controller_numbers[i].how == 2 ?
	          N_("%.*s in this file does not reach a service whose settings, or the "
	          "options it is started with, give PPPController a value for it: after this "
	          "file it passes that value, which replaces this one; other services keep "
	          "this one (derived from Apple's source, not tried on a Mac).") :
	          check_controller_numbers[i].how ?
	          N_("%.*s in this file does not reach a service for which PPPController's "
	          "lookup of its settings gives a value other than 0: after this file it "
	          "passes that value, which replaces this one; where the lookup gives 0 this "
	          "one stays (derived from Apple's source, not tried on a Mac; what the lookup "
	          "gives for a service that sets nothing is in the word's explanation).") :
	          N_("%.*s in this file does not reach a service that PPPController starts "
	          "to dial on demand: after this file it passes its own value for it, the "
	          "service's or its default, which replaces this one; other services keep "
	          "this one (derived from Apple's source, not tried on a Mac)."),
	          (int)nlen, typed);
	return 1;
}

/* Values PPPController passes again after this file, so its value is the
 * one pppd keeps; with_name: the message names the word (%.*s). */
static const struct check_controller_later {
	const char *name, *fix, *msg;
	int with_name;
} check_controller_later_words[] = {
	/* name: when no user is given pppd logs in with our_name
	 * (Helpers/pppd/auth.c:1390-1394, :774), and PPPController passes user
	 * only for a service whose settings give an account name
	 * (Controller/ppp_manager.c:1199-1201). Left out: what name does when
	 * the peer is asked to log in (the controller passes noauth). */
	{ "name", N_("To log in with it for one service, put the line in /etc/ppp/peers/"
	  "<exact service name>, or set the account name in the service's settings."),
	  N_("name in this file becomes the login name of every service PPPController "
	  "starts whose settings give no account name, in place of the Mac's host name, "
	  "so every such server that asks the Mac to log in is sent this name; a service "
	  "with an account name sends "
	  "that one, which PPPController passes as user after this file (derived from "
	  "Apple's source, not tried on a Mac)."), 0 },
	/* connect and disconnect: Apple's PPPSerial plugin, loaded for a modem
	 * service (Controller/ppp_manager.c:784), puts the modem script's own
	 * commands in their place once every option is read when the controller
	 * passes modem settings (ppp_manager.c:869; Drivers/PPPSerial/
	 * PPPSerial-plugin/main.c:304-309), so a peers file's line is replaced
	 * too. L2TP and PPPoE put their own channel in place of the serial one,
	 * which alone runs them (Helpers/pppd/tty.c:681, :1019). Left out: a
	 * serial service without modem settings, which runs them. */
#define CHECK_CONTROLLER_MODEM(w) \
	{ w, N_("Leave it out unless a serial service without modem settings " \
	  "needs it, or you start pppd by hand."), \
	  N_("%.*s in this file does not reach a modem service that PPPController " \
	  "starts with modem settings: its PPPSerial plugin puts the modem script's " \
	  "own command in its place, whatever this file or a peers file says; L2TP " \
	  "and PPPoE services never run it; only a serial service without modem " \
	  "settings does (derived from Apple's source, not tried on a Mac)."), 1 }
	CHECK_CONTROLLER_MODEM("connect"), CHECK_CONTROLLER_MODEM("disconnect"),
	/* modemsound, modempulse and their opposites: the PPPSerial plugin
	 * builds the modem settings it hands the modem script's engine from
	 * these words only when PPPController passed none of its own
	 * (Drivers/PPPSerial/PPPSerial-plugin/main.c:418, :470-478); the
	 * controller passes them (modemdict, ppp_manager.c:869) for a serial
	 * service whose hardware is a modem and that has modem settings
	 * (:810-831). Left out: what the engine (CCLEngine, not in the pinned
	 * sources) does with the setting, and a serial service without modem
	 * settings, which takes this file's word when a modemscript line names
	 * the script (main.c:356); that service gets PPPSerial.ppp from the
 * controller too (ppp_manager.c:780-784), so the plugin line these words
 * need in this file would load it a second time (check_sets.c says what
 * that does), and the fix points to its peers file instead. */
#define CHECK_CONTROLLER_MODEMSET(w) \
	{ w, N_("Set it in the modem service's own settings; for a serial service " \
	  "without modem settings that names its script with modemscript, put it in " \
	  "/etc/ppp/peers/<exact service name>. Here it serves only a pppd you start " \
	  "by hand."), \
	  N_("%.*s in this file does not reach a modem service that PPPController " \
	  "starts with modem settings: it passes the service's settings after this " \
	  "file, and the PPPSerial plugin hands those to the modem script in place " \
	  "of this word, whatever this file or a peers file says (derived " \
	  "from Apple's source, not tried on a Mac)."), 1 }
	CHECK_CONTROLLER_MODEMSET("modemsound"), CHECK_CONTROLLER_MODEMSET("nomodemsound"),
	CHECK_CONTROLLER_MODEMSET("modempulse"), CHECK_CONTROLLER_MODEMSET("modemtone"),
	/* altconnect: the same plugin puts its own command in its place, and
	 * turns redialalternate on, whenever altremoteaddress is set in a
	 * modem service (Drivers/PPPSerial/PPPSerial-plugin/main.c:304,
	 * :310-312); PPPController passes altremoteaddress for a service that
	 * redials and names an alternate number (Controller/ppp_manager.c:967,
	 * :970-972). pppd runs altconnect only while it redials the alternate
	 * address (Helpers/pppd/tty.c:663; main.c:678-683, which also needs
	 * busycode). Left out: which services a user sets up that way. */
	{ "altconnect", N_("Leave it out unless a service that has no alternate number "
	  "in its settings redials with redialalternate, or you start pppd by hand."),
	  N_("%.*s in this file does not reach a modem service that PPPController "
	  "starts with modem settings and an alternate number to redial: its PPPSerial "
	  "plugin puts the modem script's own command in its place, whatever this file "
	  "or a peers file says; L2TP and PPPoE services never run it; elsewhere pppd "
	  "runs it only while it redials the alternate address, which needs "
	  "redialalternate and busycode (derived from Apple's source, not tried on a "
	  "Mac)."), 1 },
	/* Two numbers PPPController passes only at some starts: extraconnecttime
	 * when the Mac woke less than 20 seconds before (ppp_manager.c:79,
	 * :983-985), retrylinkcheck 10 when it reconnects an L2TP VPN with a
	 * persistent connection, not on demand (:1010-1014, :2384-2395). */
	{ "extraconnecttime", N_("To set it for one service, put the line in /etc/ppp/peers/<exact "
	  "service name>, which pppd reads after PPPController's options (or in "
	  "/etc/ppp/postoptions for every service)."),
	  N_("extraconnecttime in this file does not reach a connection that "
	  "PPPController starts within 20 seconds after the Mac wakes up, or while it "
	  "counts the Mac as asleep: then it passes its own value after this file, which replaces this one (derived "
	  "from Apple's source, not tried on a Mac)."), 0 },
	{ "retrylinkcheck", N_("To set it for one service, put the line in /etc/ppp/peers/<exact "
	  "service name>, which pppd reads after PPPController's options (or in "
	  "/etc/ppp/postoptions for every service)."),
	  N_("retrylinkcheck in this file does not reach an L2TP VPN with a "
	  "persistent connection that PPPController reconnects by itself after its "
	  "link dropped: then it passes retrylinkcheck 10 after this file, which "
	  "replaces this one (derived from Apple's source, not tried on a Mac)."), 0 },
	/* For a service with IPv4 PPPController passes its own address pair,
	 * 0 for a side the service does not set, which keeps this file's
	 * (Controller/ppp_manager.c:1108-1121, Helpers/pppd/ipcp.c:530-531),
	 * then ipcp-accept-local and ipcp-accept-remote (:1123-1125), which no
	 * option turns off again (ipcp.c:216-219). Left out: a plugin's
	 * ip_choose_hook, which may take the peer's choice away (ipcp.c:791). */
	{ "<local>:<remote>", N_("To keep an address for one service, set it in the service's own "
	  "settings; even then the peer may change it."),
	  N_("The addresses in this file are only a proposal for a service with "
	  "IPv4 that PPPController starts: after this file it passes "
	  "ipcp-accept-local and ipcp-accept-remote, so the peer may change either, "
	  "and an address set in the service's settings replaces the one here "
	  "(derived from Apple's source, not tried on a Mac)."), 0 },
	/* For every L2TP service PPPController writes ip-src-address-filter 2
	 * when the service has IPv4 (ppp_manager.c:1103-1104) and dialogtype 1
	 * with its PPPDialogs.ppp (:745-746); neither option has a rank
	 * (Helpers/pppd/ipcp.c:290 and Dialogs.c in Apple's full source, not in
	 * the pinned copy), so the later value replaces this one there. */
	{ "dialogtype", N_("To set it for one service, put the line in /etc/ppp/peers/<exact "
	  "service name>, which pppd reads after PPPController's options."),
	  N_("dialogtype in this file does not reach an L2TP VPN that PPPController "
	  "starts: after this file it loads PPPDialogs.ppp with dialogtype 1, and pppd "
	  "keeps the value read last; other services keep this one (derived from "
	  "Apple's source, not tried on a Mac)."), 0 },
	{ "ip-src-address-filter", N_("To set it for one service, put the line in /etc/ppp/peers/<exact "
	  "service name>, which pppd reads after PPPController's options."),
	  N_("ip-src-address-filter in this file does not reach an L2TP VPN with IPv4 "
	  "that PPPController starts: after this file it passes ip-src-address-filter 2, "
	  "and pppd keeps the value read last; other services keep this one (derived "
	  "from Apple's source, not tried on a Mac)."), 0 },
	/* For a service with IPv4 PPPController writes ipparam with the router
	 * that the global IPv4 state records, when there is one
	 * (Controller/ppp_manager.c:1078, :1085-1087); ipparam has a rank
	 * (Helpers/pppd/ipcp.c:222) and the controller's options rank as the
	 * command line (options.c:1853), above this file, so its value stands
	 * unless the peers file or /etc/ppp/postoptions, read after at that
	 * rank (ppp_manager.c:1426, main.c:426), sets it again. */
	{ "ipparam", N_("To set it for one service, put the line in /etc/ppp/peers/<exact "
	  "service name>, which pppd reads after PPPController's options (or in "
	  "/etc/ppp/postoptions for every service)."),
	  N_("ipparam in this file does not reach a service with IPv4 that "
	  "PPPController starts while macOS's global IPv4 state records a router: "
	  "after this file it passes ipparam with that router's address, which "
	  "outranks this file (derived from Apple's source, not tried on a Mac)."), 0 },
	/* PPPController writes l2tpudpport for every L2TP service (the service's
	 * UDPPort, or 0: apple-ppp-1027.121.1/Controller/ppp_manager.c:938-939)
	 * into the options it streams after /etc/ppp/options and ~/.ppprc
	 * (Helpers/pppd/main.c:417-421); the option has no rank of its own
	 * (Drivers/L2TP/L2TP-plugin/main.c:231), so the controller's value stands
	 * unless the service's peers file (ppp_manager.c:1426) or
	 * /etc/ppp/postoptions (main.c:426) sets it again. */
	{ "l2tpudpport", N_("To set the port "
	  "for one service, put the line in /etc/ppp/peers/<exact service name>, which "
	  "pppd reads after PPPController's options (or in /etc/ppp/postoptions for "
	  "every service)."),
	  N_("l2tpudpport in this file does not reach an L2TP service that PPPController "
	  "starts: after this file it passes its own l2tpudpport, the service's port or "
	  "0, and pppd keeps the value read last (derived from Apple's source, not tried "
	  "on a Mac)."), 0 },
};

/* 1: said. */
static int check_controller_replaced(struct check_ctx *c, size_t entry)
{
	size_t i, nlen;
	const char *name;

	if (check_controller_number(c, entry))
		return 1;
	for (i = 0; i < sizeof check_controller_later_words /
	                sizeof check_controller_later_words[0]; i++) {
		const struct check_controller_later *w = &check_controller_later_words[i];

		if (strcmp(c->row[entry]->name, w->name) != 0)
			continue;
		name = check_name(c, entry, &nlen);
		if (w->with_name)
			check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry, w->fix,
			          NULL, w->msg, (int)nlen, name);
		else
			check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry, w->fix,
			          NULL, w->msg);
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
 * This leaves out pppd run by NetworkExtension (NESMControllerKey set in
 * its environment), where the question is skipped (sys-MacOSX.c:491-494),
 * and what a second 'controlled' does to a pppd that already has one. */
int check_controller_controlled(struct check_ctx *c, size_t entry)
{
	if (c->p != PLATFORM_MACOS || strcmp(c->row[entry]->name, "controlled") != 0)
		return 0;
	check_say(c, CHECK_K_EXITS, check_line(c, entry), entry,
	          N_("Remove it: PPPController puts it on pppd's command line itself."), "",
	          N_("'controlled' in a file: a pppd that PPPController did not start (one run "
	             "by hand, say with call) stops at this line with \"Can't verify the "
	             "controller started the connection\" and exits with status 2; one that "
	             "PPPController starts already has the word on its command line (derived "
	             "from Apple's source, not tried on a Mac)."));
	return 1;
}

/* defaultroute in /etc/ppp/options on a Mac reaches every service
 * PPPController starts (a modem, PPPoE, an L2TP VPN). Once IPv4 is up (with
 * demand, when the interface is set up to wait) pppd marks the service
 * primary with OverridePrimary (Helpers/pppd/ipcp.c:1766, :1889, :1939;
 * sys-MacOSX.c:2672-2676), the mark the send-all-traffic setting gives; the
 * controller only ever adds defaultroute (Controller/ppp_manager.c:1093)
 * and passes nothing that clears it. A nodefaultroute or -defaultroute in
 * the same file is the pairs rule's and check_controller_refused's.
 * Called from check_pairs_shared, once every row is known.
 * Left out: what macOS itself does with the mark (outside the pinned
 * sources), and a peers file that clears it for one service. */
int check_controller_shared_route(struct check_ctx *c)
{
	size_t i, at = SIZE_MAX;

	if (c->p != PLATFORM_MACOS || c->shared_file != 1)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i])
			continue;
		if (strcmp(c->row[i]->name, "nodefaultroute") == 0 ||
		    strcmp(c->row[i]->name, "-defaultroute") == 0)
			return 0;
		if (at == SIZE_MAX && strcmp(c->row[i]->name, "defaultroute") == 0)
			at = i;
	}
	if (at == SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Remove it; for the one service that should carry all traffic, turn on "
	          "its send-all-traffic setting or put defaultroute in /etc/ppp/peers/<exact "
	          "service name>."), NULL, "%s",
	          _("defaultroute in this file reaches every service PPPController starts (a "
	          "modem, PPPoE, an L2TP VPN): for each one with IPv4, pppd marks the service "
	          "primary (OverridePrimary) once IPv4 is up, as its send-all-traffic setting "
	          "would, so a VPN meant to carry only its own network's traffic asks for all "
	          "of it; nothing PPPController passes after this file turns it off (derived "
	          "from Apple's source, not tried on a Mac; what macOS does with the mark is "
	          "outside the pinned sources)."));
	return 1;
}

/* demand in /etc/ppp/options on a Mac reaches every service PPPController
 * starts, which passes demand itself only for a service set to start on
 * traffic (Controller/ppp_manager.c:1003) and has no option to clear it
 * (Apple's pppd has no nodemand: Helpers/pppd/options.c:293). With it, pppd
 * sets the interface up with stand-in addresses when it has none
 * (ipcp.c:1744-1753, main.c:558-573) and stays dormant until traffic goes
 * out through it before it starts the link (main.c:598-616). A serial
 * service is also refused when no connect script or pty is set
 * (Helpers/pppd/tty.c:531-537); the PPPSerial plugin sets the modem's
 * connect script only when the controller passes modem settings
 * (PPPSerial-plugin/main.c:304-309, ppp_manager.c:869). Called from
 * check_pairs_shared; skipped when this file loads a channel plugin (the
 * global-channel rule speaks then). Left out: which services route any
 * traffic to the interface, and what the controller shows meanwhile. */
int check_controller_shared_demand(struct check_ctx *c)
{
	size_t i, at = SIZE_MAX;

	if (c->p != PLATFORM_MACOS || c->shared_file != 1 || c->scope.channel)
		return 0;
	for (i = 0; i < c->d->nentries && at == SIZE_MAX; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "demand") == 0)
			at = i;
	if (at == SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Remove it; to have one service dial when traffic needs it, turn on "
	          "its connect-on-demand setting instead."), NULL, "%s",
	          _("demand in this file reaches every service PPPController starts, not only "
	          "those set to connect on demand: asked to connect, pppd sets the interface up "
	          "and waits until traffic goes out through it before it starts the link, and "
	          "no option turns demand off again. A serial service without modem settings "
	          "is refused outright (\"connect script is required for demand-dialling\") "
	          "unless this file or its peers file sets a connect script or pty (derived "
	          "from Apple's source, not tried on a Mac)."));
	return 1;
}

/* keychainpassword and userkeychainpassword in /etc/ppp/options: for a
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

	if (strcmp(name, "keychainpassword") != 0 && strcmp(name, "userkeychainpassword") != 0)
		return 0;
	typed = check_name(c, entry, &nlen);
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

int check_controller_rule(struct check_ctx *c, size_t entry, size_t word)
{
	(void)word;
	if (c->p != PLATFORM_MACOS || c->shared_file == 0)
		return 0;
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
	       check_controller_keychain(c, entry) || check_controller_replaced(c, entry);
}
