/* check_controller_stops.c - a Mac word in a file read before PPPController's or Apple's VPN server's options that makes pppd stop on what they pass after it (controller-stops): nodefaultroute, noproxyarp, eapplugin; and eapplugin in a file read after them. */
#include <string.h>

#include "check/check_int.h"

/* A word here that makes a pppd Apple's VPN server starts refuse its
 * options. 1: said. */
int check_controller_vpnd(struct check_ctx *c, size_t entry)
{
	/* Apple's VPN server, vpnd (Helpers/vpnd/pppoptions.c:100 in Apple's
	 * full source, not in the pinned copy), puts proxyarp on the command
	 * line of every pppd it starts; that line is read after this file
	 * (Helpers/pppd/main.c:417-419), and after noproxyarp pppd refuses
	 * proxyarp as disabled (ipcp.c:257-258, options.c:789), so each of
	 * those pppd exits with an option error (main.c:429). Left out: whether the Mac runs
	 * vpnd at all, which this file does not show. */
	if (strcmp(c->row[entry]->alias_of ? c->row[entry]->alias_of : c->row[entry]->name,
	           "noproxyarp") == 0) {
		size_t nlen;
		const char *name = check_name(c, entry, &nlen);

		check_say(c, CHECK_K_CONTROLLER_STOPS, check_line(c, entry), entry,
		          N_("Remove it if this Mac runs Apple's VPN server."), NULL,
		          N_("%.*s in this file stops every link that Apple's VPN server, vpnd, "
		          "starts: vpnd puts proxyarp on pppd's command line, read after this "
		          "file, and pppd refuses it as disabled and exits with an option error "
		          "(derived from Apple's source, vpnd's from Apple's full source outside "
		          "the copy pppconf follows; not tried on a Mac)."),
		          (int)nlen, name);
		return 1;
	}
	return 0;
}

/* eapplugin in the file: PPPController's own eapplugin for the same
 * bundle comes later. 1: said. */
int check_controller_eapplugin(struct check_ctx *c, size_t entry)
{
	/* For a service whose login methods include EAP PPPController passes
	 * eapplugin for each EAP plugin its settings list (Controller/
	 * ppp_manager.c:1296-1317), read after this file (Helpers/pppd/
	 * main.c:417-421); the same bundle loaded twice is an option error
	 * (eap.c:1403-1405) and pppd exits with status 2 (main.c:429). */
	/* pppd joins a name without a leading / to its plug-in folder as
	 * it is (Helpers/pppd/sys-MacOSX.c:3473-3478); PPPController adds
	 * .ppp to every name it passes (ppp_manager.c:1316). Such a name
	 * without .ppp is not the file a service's list makes; whether a
	 * bundle of that exact name exists is not in the source. */
	size_t alen;
	const char *a = check_arg(c, entry, &alen);
	/* An empty value leaves the plug-in folder itself as the path
	 * (sys-MacOSX.c:3477-3478); PPPController's names all end in .ppp,
	 * so none of them is that path. Whether the folder loads as a
	 * bundle is outside the source; this says only what the path is. */
	if (a && alen == 0) {
		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("Write the bundle's name or full path, or remove the line."), NULL,
		          N_("eapplugin with an empty value names no bundle: pppd is left with "
		          "its plug-in folder itself as the path, which no service's settings "
		          "name, since PPPController adds .ppp to each EAP plugin it passes. "
		          "Whether pppd can load the folder is not in the source; if it cannot, "
		          "it reports that and goes on without it (derived from Apple's source, "
		          "not tried on a Mac)."));
		return 1;
	}
	if (a && alen > 0 && a[0] != '/' &&
	    (alen < 4 || memcmp(a + alen - 4, ".ppp", 4) != 0)) {
		check_say(c, CHECK_K_CONTROLLER_PORT, check_line(c, entry), entry,
		          N_("To load the plugin for a service, list it in the service's "
		          "settings: PPPController adds .ppp to each name there."), NULL,
		          N_("eapplugin %.*s in this file is not the bundle a service's settings "
		          "name: pppd looks for exactly this name in its plug-in folder and adds "
		          "nothing, while PPPController adds .ppp to each EAP plugin it passes. "
		          "If no bundle has exactly this name, pppd reports it and goes on "
		          "without it; if one loads and has an EAP type a service's plugins also "
		          "have, that service stops (derived from Apple's source, not tried on a "
		          "Mac)."), (int)alen, a);
		return 1;
	}
	check_say(c, CHECK_K_CONTROLLER_STOPS, check_line(c, entry), entry,
	          N_("List the plugin in the service's settings instead: PPPController "
	          "loads each EAP plugin they list."), NULL,
	          N_("eapplugin in this file stops a service whose settings list the same "
	          "EAP plugin and include EAP among its login methods: after this file "
	          "PPPController passes eapplugin for that bundle too, a second bundle for an "
	          "EAP type already loaded is an option error, and pppd exits with status 2 "
	          "(derived from Apple's source, not tried on a Mac)."));
	return 1;
}

/* Words whose own line here PPPController's later one refuses or undoes
 * for some services only, by their settings. 1: said. */
int check_controller_noroute(struct check_ctx *c, size_t entry)
{
	/* For a service that sends all traffic over the link PPPController
	 * passes defaultroute (Controller/ppp_manager.c:1090-1093); after
	 * nodefaultroute pppd refuses it (Helpers/pppd/ipcp.c:246-248,
	 * options.c:789), options_from_controller fails (options.c:1892) and
	 * pppd exits with an option error (main.c:418-429). In the peers file
	 * or postoptions, read after, nodefaultroute only cancels the route;
	 * for such a service PPPController has also passed noacsp and
	 * no-use-dhcp (ppp_manager.c:1171-1175), so the fix names the service
	 * setting first; ACSP may still install a 0.0.0.0 route the server
	 * sends (acsp.c:1358-1360). */
	if (strcmp(c->row[entry]->name, "nodefaultroute") == 0 ||
	    strcmp(c->row[entry]->name, "-defaultroute") == 0) {
		size_t nlen;
		const char *name = check_name(c, entry, &nlen);

		check_say(c, CHECK_K_CONTROLLER_STOPS, check_line(c, entry), entry,
		          N_("Remove it; to keep one service from adding a default route, turn off "
		          "its send-all-traffic setting: PPPController then passes no defaultroute (with "
		          "ACSP on, a route to 0.0.0.0 that the server sends is still installed). "
		          "nodefaultroute in /etc/ppp/peers/<exact service name>, read after "
		          "PPPController's options, cancels PPPController's defaultroute too, but "
		          "with send-all-traffic on PPPController also turns ACSP and DHCP off, so "
		          "that service then gets no routes from the server either."), NULL,
		          N_("%.*s in this file stops every service that sends all traffic over "
		          "the connection: for such a service PPPController passes defaultroute "
		          "after this file, pppd refuses it as disabled and exits with an option "
		          "error (derived from Apple's source, not tried on a Mac)."),
		          (int)nlen, name);
		return 1;
	}
	return 0;
}

/* eapplugin in a file read after PPPController's options: a Mac peers
 * file, which the controller names with call after its own eapplugin
 * words (Controller/ppp_manager.c:1317, :1426), or /etc/ppp/postoptions
 * (Helpers/pppd/main.c:421-426). The controller's load comes first, so
 * this line is the second bundle for that EAP type and the option error
 * (eap.c:1403-1405) stops pppd (main.c:429). Said only for a full path
 * or a name with .ppp, as check_controller_eapplugin does; whether a
 * service lists that plugin is not in these files. 1: said. */
int check_controller_eapplugin_after(struct check_ctx *c, size_t entry, int postoptions)
{
	size_t alen;
	const char *a;

	if (strcmp(c->row[entry]->name, "eapplugin") != 0)
		return 0;
	a = check_arg(c, entry, &alen);
	if (!a || alen == 0 || (a[0] != '/' &&
	    (alen < 4 || memcmp(a + alen - 4, ".ppp", 4) != 0)))
		return 0;
	if (postoptions)
		check_say(c, CHECK_K_CONTROLLER_STOPS, check_line(c, entry), entry,
		          N_("List the plugin in the service's settings instead: PPPController "
		          "loads each EAP plugin they list."), NULL,
		          N_("eapplugin in this file stops a service whose settings list the same "
		          "EAP plugin and include EAP among its login methods: PPPController "
		          "passes eapplugin for that bundle before pppd reads this file, a second "
		          "bundle for an EAP type already loaded is an option error, and pppd exits "
		          "with status 2 (derived from Apple's source, not tried on a Mac)."));
	else
		check_say(c, CHECK_K_CONTROLLER_STOPS, check_line(c, entry), entry,
		          N_("If the service named like this file lists the plugin in its settings, "
		          "remove the line: PPPController loads each EAP plugin they list."), NULL,
		          N_("eapplugin in this file stops the service named exactly like this file "
		          "if its settings list the same EAP plugin and include EAP among its login "
		          "methods: PPPController passes eapplugin for that bundle before it names "
		          "this file, a second bundle for an EAP type already loaded is an option "
		          "error, and pppd exits with status 2 (derived from Apple's source, not "
		          "tried on a Mac)."));
	return 1;
}
