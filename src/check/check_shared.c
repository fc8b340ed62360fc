/* check_shared.c - the rule about lines in the file every pppd run reads (/etc/ppp/options; on a Mac postoptions too) that another run then meets: notty, pty, socket or a device name; on Linux ifname, replacedefaultroute, demand and the scripts; on a Mac unit and serverid. */
#include <string.h>

#include "check/check_int.h"

/* A serial-channel word in the file every pppd run reads (c->shared_file
 * 1: /etc/ppp/options). notty, pty, socket and a device name are not
 * undone by a later one of another kind (notty is a plain switch; pty and
 * socket are kept with their rank), so a run whose peers file or command
 * line names another of them meets the pairs above and is refused. Only
 * the serial channel checks them: Linux pppoe.so and pppol2tp.so put their
 * own channel in its place (linux-ppp-2.5.3/pppd/plugins/pppoe/
 * plugin.c:397, pppol2tp/pppol2tp.c:185), and so do Apple's L2TP and PPPoE
 * plugins (Drivers/L2TP/L2TP-plugin/main.c:299, Drivers/PPPoE/
 * PPPoE-plugin/main.c:158). Apple's PPPSerial plugin keeps the serial
 * checks (PPPSerial-plugin/main.c:323) and turns the device PPPController
 * passes (Controller/ppp_manager.c:790) into a device name
 * (PPPSerial-plugin/main.c:278-279), so notty or socket there stops every
 * serial service (Apple's ppp_getoption.c, not pinned, names modem when the
 * settings name none), and no peers file of a service can hold them. pty
 * on a Mac is not refused: the PPPSerial plugin skips the controller's
 * device while a pty is set (PPPSerial-plugin/main.c:265), so every serial
 * service runs the command in place of its modem; its own fix (`fix`).
 * These Mac rows are for /etc/ppp/options only: in postoptions, read after
 * the controller has loaded the service's plugin, check_shared_post says
 * what L2TP and PPPoE services do with them. Left out: a device name on a
 * Mac (the controller's device replaces this file's), and a file that names
 * two of them itself (the pairs rule says that one). */
static const struct check_shared_row {
	const char *name;
	int mac;
	const char *says;
	const char *fix;                 /* NULL: the platform's usual fix */
} check_shared_rows[] = {
	{ "notty", 0, N_("notty in this file reaches every pppd run on this machine: a run "
	  "that is also given a device name, pty or socket (by a peers file or the command "
	  "line), or demand, is refused once pppd has read every option (\"notty option "
	  "precludes specifying device name\" and the like). Only runs through a plugin "
	  "channel such as pppoe.so or pppol2tp.so leave it unused (derived from pppd's "
	  "source)."), NULL },
	{ "pty", 0, N_("pty in this file reaches every pppd run on this machine: a run that "
	  "is also given a device name, notty or socket (by a peers file or the command line) "
	  "is refused once pppd has read every option (\"pty option precludes specifying "
	  "device name\" and the like). Only runs through a plugin channel such as pppoe.so "
	  "or pppol2tp.so leave it unused (derived from pppd's source)."), NULL },
	{ "socket", 0, N_("socket in this file reaches every pppd run on this machine: a run "
	  "that is also given a device name, pty or notty (by a peers file or the command "
	  "line) is refused once pppd has read every option (\"socket option precludes "
	  "specifying device name\" and the like). Only runs through a plugin channel such as "
	  "pppoe.so or pppol2tp.so leave it unused (derived from pppd's source)."), NULL },
	{ "<device>", 0, N_("A device name in this file reaches every pppd run on this "
	  "machine: a run that is also given pty, socket or notty (by a peers file or the "
	  "command line) is refused once pppd has read every option (\"pty option precludes "
	  "specifying device name\" and the like). Only runs through a plugin channel such as "
	  "pppoe.so or pppol2tp.so leave it unused (derived from pppd's source)."), NULL },
	{ "notty", 1, N_("notty in this file reaches every service PPPController starts: a "
	  "serial (modem) service is refused once pppd has read every option (\"notty "
	  "option precludes specifying device name\"), since the controller passes its "
	  "device, the name modem when its settings name none (Apple's ppp_getoption.c, "
	  "outside the source pppconf follows). L2TP and PPPoE services, whose plugin puts "
	  "its own channel in place of the serial one, leave it unused (derived from Apple's "
	  "source, not tried on a Mac)."), NULL },
	{ "socket", 1, N_("socket in this file reaches every service PPPController starts: a "
	  "serial (modem) service is refused once pppd has read every option (\"pty "
	  "option precludes specifying device name\"), since the controller passes its "
	  "device, the name modem when its settings name none (Apple's ppp_getoption.c, "
	  "outside the source pppconf follows). L2TP and PPPoE services, whose plugin puts "
	  "its own channel in place of the serial one, leave it unused (derived from Apple's "
	  "source, not tried on a Mac)."), NULL },
	{ "pty", 1, N_("pty in this file reaches every service PPPController starts: a "
	  "serial (modem) service runs this command in place of its modem, since "
	  "PPPSerial.ppp leaves the device PPPController passes unused while a pty is set, "
	  "and pppd carries the link over the command's pseudo-terminal. L2TP and PPPoE "
	  "services, whose plugin puts its own channel in place of the serial one, leave it "
	  "unused (derived from Apple's source, not tried on a Mac)."),
	  N_("Remove it from this file. If one modem service is meant to run the command, "
	  "put it in /etc/ppp/peers/<exact service name> of that service; for a pppd started "
	  "by hand, in a peers file named with call.") },
};

/* Whether the file itself names another serial-channel word than `name`
 * (or, on Linux with notty, demand): check_pairs_refused covers that. */
static int check_shared_has_other(const struct check_ctx *c, const char *name)
{
	static const char *const words[] = { "notty", "pty", "socket", "<device>" };
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(words[i], name) != 0 && check_pairs_first(c, words[i], 0) != SIZE_MAX)
			return 1;
	return c->p == PLATFORM_LINUX && strcmp(name, "notty") == 0 &&
	       check_pairs_first(c, "demand", 0) != SIZE_MAX;
}

/* Linux ifname in /etc/ppp/options: every run that sets no name of its own
 * asks the kernel for the same one. While one link holds it, a second run
 * cannot: 2.5.3 gives up when the kernel says the name exists
 * (linux-ppp-2.5.3/pppd/sys-linux.c:1019-1020), and the rename after a
 * numbered unit fails too (sys-linux.c:1081-1083; 2.4.9 sys-linux.c:676-678),
 * so the channel is not set up and that attempt ends with a fatal status
 * (auth.c:666-668). Only the last ifname line counts (a string option: a
 * later one at the same rank replaces it), and an empty one sets no name.
 * Left out: a run that joins the first one's multilink bundle makes no new
 * unit (sys-linux.c:664-668), and whether a peers file sets its own name. */
static int check_pairs_shared_ifname(struct check_ctx *c)
{
	size_t i, at = SIZE_MAX;
	const struct doc_entry *e;

	if (c->p != PLATFORM_LINUX)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "ifname") == 0)
			at = i;
	if (at == SIZE_MAX)
		return 0;
	e = &c->d->entries[at];
	if (e->nwords < 2 || doc_word_is(c->d, e->word + 1, ""))
		return 0;
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Put the line in the peers file of the one connection that needs "
	          "it (/etc/ppp/peers/NAME), not in this file."), NULL, "%s",
	          _("ifname in this file gives every pppd run on this machine the same "
	          "interface name: while one link is up under that name, a second run at "
	          "the same time (another peers file, a PPPoE link, a VPN) that does not "
	          "set a name of its own cannot have it, and pppd ends that attempt with "
	          "a fatal error. A run that joins the first one's multilink bundle is not "
	          "affected (derived from pppd's source)."));
	return 1;
}

/* Mac unit in /etc/ppp/options: every pppd run, each service PPPController
 * starts too (the controller passes no unit of its own), asks for the same
 * number. Apple's pppd tries another number only when the kernel answers
 * EEXIST (apple-ppp-1027.121.1/Helpers/pppd/sys-MacOSX.c:1166), but Apple's
 * PPP kernel extension answers EINVAL for a number in use (Family/ppp_if.c,
 * ppp_if_attach, in Apple's full ppp source, not the pinned copy), so pppd
 * logs the failure (sys-MacOSX.c:1174) and the link is not set up
 * (sys-MacOSX.c:1322, main.c:740; with demand it exits, sys-MacOSX.c:1590).
 * Plugin channels reach the same code (L2TP-plugin/main.c:2275). Linux
 * picks another number itself, so only a Mac is said. The last unit line
 * counts. Left out: whether two connections are ever up at once. */
static int check_pairs_shared_unit(struct check_ctx *c)
{
	size_t i, at = SIZE_MAX;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "unit") == 0)
			at = i;
	if (at == SIZE_MAX || c->d->entries[at].nwords < 2)
		return 0;
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Remove it from this file if two connections may be up at once; "
	          "without it pppd takes a free number itself."), NULL, "%s",
	          _("unit in this file gives every pppd run on this Mac, each service "
	          "PPPController starts too, the same interface number: while one link is "
	          "up with it, a second one at the same time cannot have it, and since "
	          "Apple's PPP kernel extension answers with an error pppd does not retry "
	          "on, that attempt fails (\"Couldn't create new ppp unit\"; derived from "
	          "Apple's source, not tried on a Mac)."));
	return 1;
}

/* Mac serverid in /etc/ppp/options (or postoptions): every pppd run reads
 * it, the client services PPPController starts too (nothing in
 * Controller/ppp_manager.c passes a serverid). Once every option is read
 * (Helpers/pppd/main.c:484) pppd looks the ID up in the VPN servers'
 * settings and stops when they lack it (sys-MacOSX.c:806, :637); when they
 * have it, the run is a server: it does not ask for routes or domains
 * (acsp.c:560-564). The last line counts (o_string, no rank). vpnd puts
 * the server's own serverid on pppd's command line (Helpers/vpnd/
 * pppoptions.c in Apple's full source, not the pinned copy): that replaces
 * one from /etc/ppp/options, but postoptions is read after the command
 * line (main.c:417-426), so one there replaces vpnd's. Left out: whether
 * the servers' settings hold the ID on that Mac. */
static int check_pairs_shared_serverid(struct check_ctx *c)
{
	size_t i, at = SIZE_MAX;
	struct buf msg;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "serverid") == 0)
			at = i;
	if (at == SIZE_MAX || c->d->entries[at].nwords < 2)
		return 0;
	buf_init(&msg);
	buf_adds(&msg, _("serverid in this file reaches every pppd run on this Mac, the client "
	         "connections PPPController starts too, as the controller passes none of "
	         "its own: each stops at start unless the VPN server's settings have that "
	         "ID, and with it, no longer asks the other end for routes and domains "
	         "(derived from Apple's source, not tried on a Mac)."));
	if (c->shared_file == 2)
		buf_adds(&msg, _(" pppd reads this file after its command line, so this ID also "
		         "replaces the one vpnd gives the pppd of the Mac's own VPN server "
		         "(derived from Apple's full source, not tried on a Mac)."));
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Remove it from this file: only the pppd of a VPN server needs it, "
	          "and vpnd gives that one its own."), NULL, "%s", msg.data);
	buf_free(&msg);
	return 1;
}

/* Linux pppd before 2.5.3, replacedefaultroute in /etc/ppp/options: every
 * run that also has defaultroute (from this file or its own peers file)
 * deletes a default route through another interface when its link comes
 * up and adds its own (linux-ppp-2.4.9/pppd/sys-linux.c:1689-1703), putting
 * the old one back only when it goes down (sys-linux.c:1769-1771). So a
 * second link, a VPN say, takes the route another PPP link holds. The
 * option and its no- form set one flag (ipcp.c:200-205), so the last of
 * them counts. 2.5.3 ignores both (ipcp.c:542), a change its README lists
 * as new in 2.5.3 (README:70, :97); not said without a --pppd-version
 * before 2.5.3, as check_noeffect_rule does. Left out:
 * whether any run sets defaultroute (a peers file may). */
static int check_pairs_shared_replace(struct check_ctx *c)
{
	size_t i, at = SIZE_MAX;

	if (c->p != PLATFORM_LINUX || !check_release_before(c, "2.5.3"))
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && (strcmp(c->row[i]->name, "replacedefaultroute") == 0 ||
		                  strcmp(c->row[i]->name, "noreplacedefaultroute") == 0))
			at = i;
	if (at == SIZE_MAX || strcmp(c->row[at]->name, "replacedefaultroute") != 0)
		return 0;
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Put the line in the peers file of the one connection that needs "
	          "it (/etc/ppp/peers/NAME), not in this file."), NULL, "%s",
	          _("replacedefaultroute in this file reaches every pppd run on this "
	          "machine: any run that also has defaultroute (here or in its peers file) "
	          "deletes the default route another interface holds, another PPP link's "
	          "too, once its own link is up, and puts that route back only when it "
	          "goes down (Linux pppd before 2.5.3; derived from pppd 2.4.9's source and "
	          "the 2.5.3 release notes)."));
	return 1;
}

/* Linux demand in /etc/ppp/options with no connect, pty or socket there:
 * demand cannot be undone (no nodemand), and the serial channel refuses a
 * run that has demand but no connect script, pty command or socket once
 * every option is read (linux-ppp-2.5.3/pppd/tty.c:501-504; 2.4.9
 * tty.c:443-445). So every modem or terminal run whose peers file or
 * command line gives none of them stops. Plugin channels (pppoe.so,
 * pppol2tp.so) do not run that check (check_pairs_shared skips a file that
 * loads one). notty with demand in one file is the pairs rule's. Left out:
 * runs that do give a connect script. A Mac is check_controller_shared_demand's. */
static int check_pairs_shared_demand(struct check_ctx *c)
{
	static const char *const helps[] = { "connect", "pty", "socket", "notty" };
	size_t i, at;

	if (c->p != PLATFORM_LINUX)
		return 0;
	at = check_pairs_first(c, "demand", 0);
	if (at == SIZE_MAX)
		return 0;
	for (i = 0; i < sizeof helps / sizeof helps[0]; i++)
		if (check_pairs_first(c, helps[i], 0) != SIZE_MAX)
			return 0;
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Put the line in the peers file of the one connection that needs "
	          "it (/etc/ppp/peers/NAME), not in this file."), NULL, "%s",
	          _("demand in this file reaches every pppd run on this machine: a run "
	          "over a serial device or the terminal whose peers file or command line "
	          "gives no connect script, pty or socket is refused once pppd has read "
	          "every option (\"connect script is required for demand-dialling\"), and "
	          "no option turns demand off again. Runs through a plugin channel such as "
	          "pppoe.so or pppol2tp.so do not meet this check (derived from pppd's "
	          "source)."));
	return 1;
}

/* Linux connect and init in /etc/ppp/options: the serial channel runs them
 * on the line of every run that keeps them (a device, the terminal, pty,
 * notty or socket; linux-ppp-2.5.3/pppd/tty.c:725-748), and ends the run
 * when one fails (tty.c:736-739, :745-748; 2.4.9 tty.c:679, :692). A run
 * whose peers file gives its own (connect "" too) replaces it, and plugin
 * channels never run them. init (tty.c:183) and connect (tty.c:186) are
 * OPT_PRIVFIX: a value from this privileged file gets the privileged rank
 * (options.c:817-818), so a later one from an unprivileged user is
 * refused on the command line or in a file it names (options.c:824-826)
 * and ignored in ~/.ppprc (options.c:829); a peers file, options.<tty>, or
 * the command line or ~/.ppprc (options.c:666) of root or a privgroup
 * member (auth.c:586) may replace it. Whether a script fails on another
 * line depends on the script, which this rule cannot know: it says so. Only the last line of each counts; an empty one runs
 * nothing. Left out: a Mac, where PPPController's own settings decide. */
static int check_pairs_shared_script(struct check_ctx *c)
{
	static const char *const names[] = { "connect", "init" };
	size_t i, k, at;
	int said = 0;

	if (c->p != PLATFORM_LINUX)
		return 0;
	for (k = 0; k < 2; k++) {
		const struct doc_entry *e;

		at = SIZE_MAX;
		for (i = 0; i < c->d->nentries; i++)
			if (c->row[i] && strcmp(c->row[i]->name, names[k]) == 0)
				at = i;
		if (at == SIZE_MAX)
			continue;
		e = &c->d->entries[at];
		if (e->nwords < 2 || doc_word_is(c->d, e->word + 1, ""))
			continue;
		check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
		          N_("Put the line in the peers file of the one connection that needs "
		          "it (/etc/ppp/peers/NAME), not in this file."), NULL, "%s", k == 0 ?
		          _("connect in this file runs in every pppd run on this machine that "
		          "uses a serial device, the terminal, pty, notty or socket and whose "
		          "peers file or command line sets no connect of its own: the script "
		          "then talks over that run's line, and if it fails there (a modem "
		          "dialogue on an ssh pty, say), pppd ends the run (\"Connect script "
		          "failed\"). Runs through a plugin channel such as pppoe.so do not "
		          "run it (derived from pppd's source).") :
		          _("init in this file runs in every pppd run on this machine that uses "
		          "a serial device, the terminal, pty, notty or socket, unless that "
		          "run's peers file, /etc/ppp/options.<tty>, or the command line or "
		          "~/.ppprc of a privileged user (root, or a member of a group "
		          "privgroup names) sets an init of its own. Another user cannot "
		          "replace it: pppd refuses an init on such a user's command line "
		          "(\"cannot be "
		          "overridden\") and ignores one in ~/.ppprc. The script talks over "
		          "that run's line, and if it fails there, pppd ends the run "
		          "(\"Initializer script failed\"). Runs through a plugin channel such "
		          "as pppoe.so do not run it (derived from pppd's source)."));
		said = 1;
	}
	return said;
}

/* Mac: a serial-line word (a CATALOG_TTY row) in /etc/ppp/postoptions.
 * Apple's pppd reads that file after its command line and PPPController's
 * options (apple-ppp-1027.121.1/Helpers/pppd/main.c:419-426), which load
 * the plugin of the service's kind (Controller/ppp_manager.c:780-784).
 * L2TP.ppp and PPPoE.ppp put their own option table in the serial line's
 * place when they load (Drivers/L2TP/L2TP-plugin/main.c:299-300,
 * Drivers/PPPoE/PPPoE-plugin/main.c:158-159), pppd looks a word up only in
 * the current channel's table (Helpers/pppd/options.c:725), so such a pppd
 * stops at the word (options.c:528). PPPSerial.ppp only hooks the serial
 * line's steps (PPPSerial-plugin/main.c:212-219), so a serial service knows
 * the word; it refuses notty and socket, as the controller's device makes
 * a device name (main.c:278-279; Helpers/pppd/tty.c:544-547), and runs a
 * pty's command in place of its modem (main.c:265). Left out: a file that
 * loads a channel plugin itself (channel-replaced says the words after
 * it), and which services this Mac has. */
static int check_shared_post(struct check_ctx *c)
{
	size_t i, nlen;
	const char *name;
	struct buf msg;
	int said = 0;

	if (c->p != PLATFORM_MACOS || c->shared_file != 2)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		int dev, pty;

		if (!c->row[i] || !(c->row[i]->flags & CATALOG_TTY))
			continue;
		dev = strcmp(c->row[i]->name, "notty") == 0 || strcmp(c->row[i]->name, "socket") == 0;
		pty = strcmp(c->row[i]->name, "pty") == 0;
		name = check_name(c, i, &nlen);
		buf_init(&msg);
		buf_printf(&msg, _("'%.*s' is a serial-line word, and pppd reads this file after "
		           "its command line and PPPController's options. For an L2TP or PPPoE "
		           "service those have already loaded L2TP.ppp or PPPoE.ppp, which put "
		           "their own options in place of the serial line's, so that pppd does not "
		           "know the word (\"unrecognized option\") and refuses to start."),
		           (int)nlen, name);
		buf_adds(&msg, dev ? _(" A serial (modem) service refuses it too, as the device "
		                       "PPPController passes clashes with it (\"option precludes "
		                       "specifying device name\"; the name modem when its settings "
		                       "name none, by Apple's ppp_getoption.c, outside the source "
		                       "pppconf follows), so no service PPPController starts can "
		                       "use it (derived from Apple's source, not tried on a Mac).") :
		               pty ? _(" A serial (modem) service takes it and runs the command in "
		                       "place of its modem: PPPSerial.ppp leaves the device "
		                       "PPPController passes unused while a pty is set (derived "
		                       "from Apple's source, not tried on a Mac).") :
		                     _(" A serial (modem) service, whose PPPSerial.ppp keeps the "
		                       "serial line, takes it (derived from Apple's source, not "
		                       "tried on a Mac)."));
		check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, i), i, dev ?
		          N_("Remove it from this file: no service PPPController starts can use "
		          "it. It works only for a pppd started by hand; put it in a peers file "
		          "named with call there.") : pty ?
		          N_("Remove it from this file. If one modem service is meant to run the "
		          "command, put it in /etc/ppp/peers/<exact service name> of that "
		          "service; for a pppd started by hand, in a peers file named with call.") :
		          N_("Put it in /etc/ppp/peers/<exact service name> of the modem or serial "
		          "service that needs it, not in this file."), NULL, "%s", msg.data);
		buf_free(&msg);
		said = 1;
	}
	return said;
}

int check_pairs_shared(struct check_ctx *c, size_t entry, size_t word)
{
	size_t k, at;
	int said = 0, mac = c->p == PLATFORM_MACOS;

	(void)entry, (void)word;
	/* a Mac's /etc/ppp/postoptions is read by every pppd too, after
	 * PPPController's options (apple-ppp-1027.121.1/Helpers/pppd/
	 * main.c:426): its Mac rules hold there as well; the Linux ones have
	 * no such file */
	if (c->shared_file != 1 && !(mac && c->shared_file == 2))
		return 0;
	said = check_pairs_shared_ifname(c) | check_pairs_shared_unit(c) |
	       check_pairs_shared_serverid(c);
	said |= check_pairs_shared_replace(c) | check_controller_shared_route(c) |
	        check_controller_shared_demand(c) | check_controller_shared_l2tpmode(c);
	if (c->scope.channel)
		return said;
	said |= check_pairs_shared_demand(c);
	said |= check_pairs_shared_script(c) | check_shared_post(c);
	for (k = 0; k < sizeof check_shared_rows / sizeof check_shared_rows[0]; k++) {
		const struct check_shared_row *r = &check_shared_rows[k];

		if (r->mac != mac || (mac && c->shared_file != 1))
			continue;
		at = check_pairs_first(c, r->name, 0);
		if (at == SIZE_MAX || check_shared_has_other(c, r->name))
			continue;
		check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at, r->fix ? r->fix : mac ?
		          N_("Remove it from this file. No service PPPController starts can use "
		          "it: a serial service's device makes pppd refuse it, and after L2TP.ppp "
		          "or PPPoE.ppp pppd does not know it, so a service's peers file does not "
		          "help either. It works only for a pppd started by hand; put it in a "
		          "peers file named with call there.") :
		          N_("Put the line in the peers file of the one connection that needs "
		          "it (/etc/ppp/peers/NAME), not in this file."), NULL, "%s",
		          _(r->says));
		said = 1;
	}
	return said;
}
