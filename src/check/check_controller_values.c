/* check_controller_values.c - the rule about a value in a Mac's /etc/ppp/options that PPPController passes again after it, so that its own replaces the file's. */
#include <string.h>

#include "check/check_int.h"

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
 * 3: only the start's options, never the settings (ifscope: :800-802),
 * 5: redialcount and redialtimer, only when the settings turn redial on
 * and give a number other than 0 (:967, :974-980), 7: altremoteaddress,
 * only with redial on and any text that is not empty, "0" too (:969-972),
 * 4: idle, a nonzero lookup at the start, and whatever the lookup gives,
 * 0 included, when the settings change while pppd runs (the phases other
 * than idle, dormant and holdoff: :448-478; change_pppd_params :1458-1459),
 * which replaces a peers file's or postoptions' value too.
 * 6: device, a setting (:788-790) whose lookup, in Apple's full source
 * (Controller/ppp_getoption.c, outside the pinned copy), falls back to en0
 * for PPPoE and modem for every serial service, a modem or not (the
 * subtype covers both: ppp_manager.c:810, :822); the L2TP plugin never reads
 * device, so only a service of another kind that names none keeps the
 * file's line. What that kind's plugin does with it is left out. */
static const struct check_controller_number {
	const char *name;
	int how;
} check_controller_numbers[] = {
	{ "holdoff", 0 }, { "maxfail", 0 }, { "idle", 4 }, { "maxconnect", 1 },
	{ "lcp-echo-interval", 1 }, { "lcp-echo-failure", 1 }, { "mru", 1 }, { "mtu", 1 },
	{ "user", 2 }, { "remoteaddress", 2 }, { "altremoteaddress", 7 }, { "redialcount", 5 },
	{ "redialtimer", 5 }, { "terminalscript", 2 }, { "ifscope", 3 },
	{ "l2tpipsecsharedsecret", 2 }, { "logfile", 2 }, { "device", 6 }, { "password", 2 },
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
	          check_controller_numbers[i].how == 4 ?
	          N_("%.*s in this file does not reach a service for which PPPController's "
	          "lookup of its settings gives a value other than 0: after this file it "
	          "passes that value, which replaces this one. Where the lookup gives 0 this "
	          "one stays, but only until the service's settings are changed while pppd "
	          "connects or is connected: PPPController then passes idle again with what "
	          "the lookup gives, 0 (never) included, and that replaces this one, as it "
	          "would one in a peers file or /etc/ppp/postoptions (derived from Apple's "
	          "source, not tried on a Mac; what the lookup gives for a service that sets "
	          "nothing is in the word's explanation).") :
	          check_controller_numbers[i].how == 6 ?
	          N_("%.*s in this file does not reach a PPPoE or serial service: after this "
	          "file PPPController passes device whenever its lookup of the service's "
	          "device gives a name, which replaces this one, and in Apple's full source "
	          "that lookup gives the service's own device or, when the service names "
	          "none, en0 for PPPoE and modem for every serial service, a modem or not (Apple's "
	          "ppp_getoption.c, not in the source pppconf follows: not verified). The "
	          "L2TP plugin does not read device, so only a service of another kind that "
	          "names no device keeps this one (derived from Apple's source, not tried on "
	          "a Mac).") :
	          check_controller_numbers[i].how == 3 ?
	          N_("%.*s in this file does not reach a connection that is started for a "
	          "particular outgoing interface: PPPController then passes ifscope with that "
	          "interface after this file, which replaces this one; other starts keep this "
	          "one (derived from Apple's source, not tried on a Mac).") :
	          check_controller_numbers[i].how == 5 ?
	          N_("%.*s in this file does not reach a service whose settings, or the "
	          "options it is started with, turn redial on and give PPPController a value "
	          "for it other than 0 or empty: after this file it passes that value, which "
	          "replaces this one; other services keep this one (derived from Apple's "
	          "source, not tried on a Mac).") :
	          check_controller_numbers[i].how == 7 ?
	          N_("%.*s in this file does not reach a service whose settings, or the "
	          "options it is started with, turn redial on and give PPPController any "
	          "text for it that is not empty (0 too): after this file it passes that "
	          "text, which replaces this one; other services keep this one (derived "
	          "from Apple's source, not tried on a Mac).") :
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
	/* terminal: the PPPSerial plugin puts its own command in its place
	 * only when PPPController passes terminalwindow or terminalscript
	 * (Drivers/PPPSerial/PPPSerial-plugin/main.c:318-320; Controller/
	 * ppp_manager.c:953-957, a script only when one is named), once every
	 * option is read, so a peers file's line is replaced then too. Every
	 * other serial or modem service runs this file's command after dialling
	 * and gives the attempt up when it exits with a status other than 0
	 * (Helpers/pppd/tty.c:957-975, in the serial line's connect step). L2TP
	 * and PPPoE put their own channel in place of the serial one
	 * (Drivers/L2TP/L2TP-plugin/main.c:299-300). Left out: what the
	 * command does, and a service of another kind that loads PPPSerial.ppp
	 * for a terminal window (ppp_manager.c:950-951). */
	{ "terminal", N_("Leave it out unless every serial and modem service should run "
	  "it; for one service, set a terminal script in its settings or put the line "
	  "in /etc/ppp/peers/<exact service name>."),
	  N_("terminal in this file runs after dialling in every serial or modem service "
	  "that PPPController starts without a terminal window or a named terminal "
	  "script in its settings, and when the command exits with a status other than "
	  "0 pppd logs \"Terminal script failed\" and gives that attempt up; a service "
	  "with either gets its PPPSerial plugin's command in this one's place, whatever "
	  "this file or a peers file says; L2TP and PPPoE services never run it "
	  "(derived from Apple's source, not tried on a Mac)."), 0 },
	/* cancelcode: PPPController names a plugin for every service after
	 * this file (Controller/ppp_manager.c:780-784), PPPSerial.ppp for every
	 * serial service, modem or not (:119). That plugin's option check sets
	 * the code to 136 once every option is read (Drivers/PPPSerial/
	 * PPPSerial-plugin/main.c:302, ahead of any modem test); L2TP.ppp and
	 * PPPoE.ppp put their own connect step in place of the serial line's,
	 * the only one that compares the code (Helpers/pppd/tty.c:860, :968;
	 * L2TP-plugin/main.c:305, PPPoE-plugin/main.c:163). So no such service
	 * uses this file's value. Left out: a service type naming a plugin
	 * pppd cannot load, and a peers file (read after the plugin line, but
	 * replaced just the same). */
	{ "cancelcode", N_("Leave it out unless you start pppd by hand, without "
	  "PPPController."),
	  N_("cancelcode in this file is used by no serial, modem, L2TP or PPPoE "
	  "service that PPPController starts: after this file it loads the service's "
	  "plugin, and PPPSerial.ppp, loaded for every serial or modem service, sets "
	  "the cancel code to 136 once every option is read, while L2TP.ppp and "
	  "PPPoE.ppp put their own connect step in place of the one that reads it "
	  "(derived from Apple's source, not tried on a Mac)."), 0 },
	/* modemsound, modempulse, modemcompress, modemreliable and their
	 * opposites: the PPPSerial plugin builds the modem settings it hands
	 * the modem script's engine from these words only when PPPController
	 * passed none of its own (Drivers/PPPSerial/PPPSerial-plugin/main.c:418,
	 * :472-490); the
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
	CHECK_CONTROLLER_MODEMSET("modemcompress"), CHECK_CONTROLLER_MODEMSET("nomodemcompress"),
	CHECK_CONTROLLER_MODEMSET("modemreliable"), CHECK_CONTROLLER_MODEMSET("nomodemreliable"),
	CHECK_CONTROLLER_MODEMSET("modemdialmode"),  /* PPPSerial-plugin/main.c:492 */
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
	  "and pppd keeps the value read last; other services it starts keep this one. "
	  "Nor does it reach a link that Apple's VPN server, vpnd, starts for a server "
	  "with IPv4: vpnd passes ip-src-address-filter 1 on pppd's command line (derived "
	  "from Apple's source, vpnd's from Apple's full source outside the copy pppconf "
	  "follows; not tried on a Mac)."), 0 },
	/* no-intercept-dhcp: Apple's VPN server, vpnd (Helpers/vpnd/pppoptions.c
	 * in Apple's full source, not in the pinned copy), puts intercept-dhcp on
	 * pppd's command line unless the server's InterceptDHCP setting is 0
	 * (pppoptions.c:540-542), and names the server's peers file with call
	 * after it (:117-120); the command line is read after this file
	 * (Helpers/pppd/main.c:419) and the word has no rank (acscp.c:180-183),
	 * so the later intercept-dhcp wins; a server without the setting gets
	 * the word too (the lookup's default is 1). Left out: a pppd that vpnd
	 * does not start. */
	{ "no-intercept-dhcp", N_("On a VPN server, set the server's InterceptDHCP setting "
	  "to 0, or put the line in /etc/ppp/postoptions, which pppd reads after its "
	  "command line."),
	  N_("no-intercept-dhcp in this file does not hold for a link that Apple's VPN "
	  "server, vpnd, starts unless the server's InterceptDHCP setting is 0: vpnd "
	  "passes intercept-dhcp on pppd's command line, read after this file, and pppd "
	  "keeps the word read last (derived from Apple's source, vpnd's from Apple's "
	  "full source outside the copy pppconf follows; not tried on a Mac)."), 0 },
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
	/* nopersist: for a service that dials on demand PPPController writes
	 * demand (Controller/ppp_manager.c:1003) into the options read after
	 * this file (Helpers/pppd/main.c:417-421), and demand sets persist as
	 * its second variable (Helpers/pppd/options.c:293, :918), so this
	 * file's nopersist is undone; the service's peers file
	 * (ppp_manager.c:1426) and /etc/ppp/postoptions (main.c:426), read
	 * later, keep theirs; with holdfirst too (ppp_manager.c:1007) Apple's
	 * pppd then ends after the first hold-off (main.c:580, :908), which the
	 * fix names and the row's explanation cites. */
	{ "nopersist", N_("To stop redialling for one on-demand service, put the "
	  "line in /etc/ppp/peers/<exact service name>, which pppd reads after "
	  "PPPController's options (or in /etc/ppp/postoptions for every service); "
	  "where PPPController also passes holdfirst, pppd then ends after the first "
	  "hold-off without dialling (pppconf explain nopersist)."),
	  N_("nopersist in this file does not reach a service that PPPController starts "
	  "to dial on demand: after this file it passes demand, which turns persist on "
	  "again; other services keep this one (derived from Apple's source, not tried "
	  "on a Mac)."), 0 },
	/* default-mru and -mru: PPPController passes mru after this file when
	 * its lookup of the service's MRU gives a value other than 0
	 * (Controller/ppp_manager.c:1042-1043), at the command line's rank
	 * (Helpers/pppd/options.c:1853); mru sets the MRU to ask for and turns
	 * asking back on (Helpers/pppd/lcp.c:149-151, options.c:916-918), and
	 * pppd leaves a 1500 out of its request (lcp.c:822); the half that
	 * refuses the peer's MRU is on the allow side, which mru does not touch
	 * (lcp.c:154, :1611). A peers file or postoptions, read after, keeps it
	 * whole. */
#define CHECK_CONTROLLER_NOMRU(w) \
	{ w, N_("To keep it whole for one service, put the line in /etc/ppp/peers/<exact " \
	  "service name>, which pppd reads after PPPController's options (or in " \
	  "/etc/ppp/postoptions for every service)."), \
	  N_("%.*s in this file is only partly kept for a service for which " \
	  "PPPController's lookup of its MRU gives a value other than 0: after this " \
	  "file it passes mru with that value, so pppd asks the peer for that MRU " \
	  "again (unless it is 1500, which pppd never asks for) and only goes on " \
	  "refusing the MRU the peer asks for; where the lookup gives 0 this line " \
	  "holds whole (derived from Apple's source, not tried on a Mac; what the " \
	  "lookup gives for a service that sets nothing is in default-mru's " \
	  "explanation)."), 1 }
	CHECK_CONTROLLER_NOMRU("default-mru"), CHECK_CONTROLLER_NOMRU("-mru"),
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
	/* tokencard: PPPController passes tokencard 1 after this file for a
	 * service that logs in (an authentication protocol other than none)
	 * and whose password setting is kept on a token card
	 * (Controller/ppp_manager.c:1194, :1214-1215, :1229-1230, :1237-1238),
	 * else the service's TokenCard number when it is not 0 (:1284-1288).
	 * The word has no rank (Helpers/pppd/auth.c:488-489), so the value read
	 * last is kept: the controller's, unless the peers file or postoptions,
	 * read after it (Helpers/pppd/main.c:417-426), sets it again. Left out:
	 * what that lookup gives for a service that sets nothing (Apple's
	 * ppp_getoption.c, outside the pinned copy). */
	{ "tokencard", N_("To set it for one service, put the line in /etc/ppp/peers/<exact "
	  "service name>, which pppd reads after PPPController's options (or in "
	  "/etc/ppp/postoptions for every service)."),
	  N_("tokencard in this file does not reach a service whose settings, or the "
	  "options it is started with, keep its password on a token card (for a service "
	  "that logs in) or give a TokenCard number other than 0: after this file "
	  "PPPController passes tokencard 1 or that number, which replaces this one; "
	  "other services keep this one (derived from Apple's source, not tried on a "
	  "Mac)."), 0 },
};

/* 1 when another line of this file keeps a name line from becoming the
 * login name: usehostname, which sets pppd's own name to the host name
 * after every option is read (Helpers/pppd/auth.c:1391-1392), so the
 * conflict rule says the name line has no effect; or a user line with a
 * value, which pppd logs in with instead (only an empty user takes the
 * name: auth.c:1393-1394). Left out: those words in another file pppd
 * reads (a peers file, ~/.ppprc, /etc/ppp/postoptions). */
static int check_controller_name_unused(const struct check_ctx *c, size_t entry)
{
	const struct doc_entry *e;
	const struct catalog_entry *r;
	const char *name, *canon;
	size_t i, nlen, vlen;

	for (i = 0; i < c->d->nentries; i++) {
		e = &c->d->entries[i];
		if (i == entry || e->disabled)
			continue;
		name = check_name(c, i, &nlen);
		r = catalog_scope_match(&c->scope, name, nlen);
		if (!r)
			continue;
		canon = check_sets_canon(r);
		if (strcmp(canon, "usehostname") == 0)
			return 1;
		if (strcmp(canon, "user") == 0 && e->nwords >= 2 &&
		    check_val(c, e->word + 1, &vlen) && vlen > 0)
			return 1;
	}
	return 0;
}

/* cancelcode in a file that itself loads a channel plugin or PPPSerial.ppp:
 * check_noeffect_tty_idle or check_noeffect_cancelcode already says it does
 * nothing, so the controller's note would repeat it. 1: so. */
int check_controller_cancel_said(const struct check_ctx *c, size_t entry)
{
	size_t i, alen;
	const char *arg, *pl;

	if (strcmp(c->row[entry]->name, "cancelcode") != 0)
		return 0;
	if (check_noeffect_tty_idle(c, entry) != SIZE_MAX)
		return 1;
	for (i = 0; i < c->d->nentries; i++) {
		arg = check_loads_plugin(c->row[i]) ? check_arg(c, i, &alen) : NULL;
		pl = arg ? catalog_plugin_name(arg, alen, c->p) : NULL;
		if (pl && strcmp(pl, "PPPSerial.ppp") == 0)
			return 1;
	}
	return 0;
}

/* A value PPPController passes again after this file; 1: said. */
int check_controller_replaced(struct check_ctx *c, size_t entry)
{
	size_t i, nlen;
	const char *name;

	if (check_controller_number(c, entry))
		return 1;
	if (check_controller_cancel_said(c, entry))
		return 0;
	if (strcmp(c->row[entry]->name, "name") == 0 && check_controller_name_unused(c, entry))
		return 0;
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

