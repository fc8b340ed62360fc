/* check_noeffect_tty.c - the no-effect rule for the serial line: words its steps read and a device it opens, left unused when a channel plugin, a pty, notty or socket carries the link. */
#include <stdint.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/catalog_value.h"

/* Serial-line words of pppd's tty channel (linux-ppp-2.5.3/pppd/tty.c:
 * 177-232, 2.4.9's tty.c:174-228). Only the tty channel's own steps read
 * what they set: lock, init, connect and welcome in connect_tty
 * (2.5.3 tty.c:592, :606, :735, :790), disconnect in disconnect_tty (:822),
 * the speed, flow control and modem lines in set_up_tty, which only tty.c
 * calls (sys-linux.c:1410-1413, :1435). When pppoe.so's interface word is
 * read, pppoe.so takes the channel (plugins/pppoe/plugin.c:395-398, 2.4.9's
 * :386-388), as do pppoatm.so's address word (pppoatm/pppoatm.c:98-99,
 * 2.4.9's :91) and pppol2tp.so's pppol2tp (pppol2tp/pppol2tp.c:185, 2.4.9's
 * :174), so those steps never run; after that word the tty words are no
 * longer known (options.c:789 looks in the current channel's table).
 * Apple's pppd the same (apple-ppp-1027.121.1/Helpers/pppd/tty.c:236-301,
 * set_up_tty and set_up_tty_local called from tty.c only, sys-MacOSX.c:
 * 1458, :1472), with altconnect and terminal too; there a channel plugin
 * takes over the moment its plugin line loads it (options.c:1804 ->
 * sys-MacOSX.c:3453 -> Drivers/L2TP/L2TP-plugin/main.c:299-300,
 * Drivers/PPPoE/PPPoE-plugin/main.c:158-159). Apple's cdtrcts is left out:
 * sys_check_options reads it whatever the channel (sys-MacOSX.c:1087).
 * Also idle: record and datarate, read only by connect_tty and the
 * charshunt it starts (2.5.3 tty.c:579, :712, :1112; Apple's tty.c:618,
 * :811); sync on a Mac, read only in tty_establish_ppp and tty_send_config,
 * both the tty channel's (Apple's sys-MacOSX.c:1224, :1753); on Linux only
 * when this file loads no radius.so (check_noeffect_linux_sync): radius.so
 * reads it too, whatever carries the link, for the port type it reports (2.5.3 plugins/radius/radius.c:1028, :1145; 2.4.9's
 * :934, :1042, :1194); stop-bits, read in set_up_tty (sys-linux.c:1432); Apple's
 * pty-delay, read in connect_tty (Apple's tty.c:797); Apple's cancelcode,
 * compared only in connect_tty's connect and terminal steps (Apple's
 * tty.c:860, :968).
 * xonxoff and escape: see check_noeffect_tty_map. Left out: pty, notty and socket,
 * which other rules cover; on a Mac, a plugin PPPController names after
 * this file (check_controller_serial_idle, when the service is known). */
static const char *const check_noeffect_tty[] = {
	"lock", "nolock", "init", "connect", "disconnect", "welcome", "crtscts",
	"nocrtscts", "-crtscts", "nocdtrcts", "modem", "local", "<speed>",
	"cdtrcts", "altconnect", "terminal",   /* cdtrcts: Linux only */
	"record", "datarate", "sync", "stop-bits", "pty-delay", "cancelcode",
};

int check_serial_word_idles(const char *name, enum platform p)
{
	size_t i, n = sizeof check_noeffect_tty / sizeof *check_noeffect_tty;

	for (i = 0; i < n; i++)
		if (strcmp(name, check_noeffect_tty[i]) == 0)
			return !(p == PLATFORM_MACOS && strcmp(name, "cdtrcts") == 0) &&
			       !(p == PLATFORM_LINUX && strcmp(name, "sync") == 0);
	return 0;
}

/* macOS: the first accepted plugin (or plugin2) line that loads a channel plugin. */
static size_t check_noeffect_mac_channel(const struct check_ctx *c)
{
	size_t i, alen;
	const char *arg, *pl;

	for (i = 0; i < c->d->nentries; i++) {
		if (!check_loads_plugin(c->row[i]))
			continue;
		arg = check_arg(c, i, &alen);
		pl = arg ? catalog_plugin_name(arg, alen, c->p) : NULL;
		if (pl && catalog_plugin_is_channel(pl, c->p))
			return i;
	}
	return SIZE_MAX;
}

/* xonxoff and escape (Linux): besides the serial line's own steps
 * (crtscts = -2 for set_up_tty, xmit_accm for tty_do_send_config: 2.5.3
 * tty.c:390, :417, :863; 2.4.9 tty.c:332, :359, :805) they add characters
 * to the async map pppd asks for or insists on (tty.c:387-388, :421; 2.4.9
 * tty.c:329-330, :363). pppoe.so turns that negotiation off both ways
 * once every option is read (plugins/pppoe/plugin.c:450-451, 2.4.9's
 * :439-440), pppoatm.so when its address word is read (pppoatm/pppoatm.c:
 * 102-103, 2.4.9's :94-95), so under those two the map part is dead too;
 * with ao->neg_asyncmap off the peer's map is rejected before the allowed
 * map is looked at (lcp.c:1552-1564). pppol2tp.so leaves the negotiation
 * on, and so may Apple's plugins: not said there. 1: one of the two on
 * Linux. */
static int check_noeffect_tty_map(const struct check_ctx *c, size_t entry)
{
	return c->p == PLATFORM_LINUX && c->row[entry] &&
	       (strcmp(c->row[entry]->name, "xonxoff") == 0 ||
	        strcmp(c->row[entry]->name, "escape") == 0);
}

/* connect-delay: pppd's general table keeps it known whatever the channel
 * (2.5.3 options.c:310, Apple's options.c:329), but only the serial
 * line's connect step turns it into a wait (2.5.3 tty.c:801 in
 * connect_tty, Apple's tty.c:1000); the wait is cleared at each start
 * (2.5.3 main.c:572, Apple's main.c:587). So once a channel plugin takes
 * the link it does nothing, on whichever side of that line it stands.
 * Left out: pppol2tp.so, whose word is not a device word here. */
static int check_noeffect_is_delay(const struct check_ctx *c, size_t entry)
{
	return strcmp(c->row[entry]->name, "connect-delay") == 0;
}

/* Linux: whether this file has a plugin line that loads radius.so, the one
 * reader of sync outside the serial line (it only looks at this file: a
 * radius.so loaded by another file is not seen, and the note says so). */
static int check_noeffect_loads_radius(const struct check_ctx *c)
{
	size_t i, alen;
	const char *arg, *pl;

	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "plugin") != 0)
			continue;
		arg = check_arg(c, i, &alen);
		pl = arg ? catalog_plugin_name(arg, alen, c->p) : NULL;
		if (pl && strcmp(pl, "radius.so") == 0)
			return 1;
	}
	return 0;
}

/* Linux sync: idle like the other serial-line words unless radius.so,
 * which reads it whatever carries the link, is loaded in this file. */
static int check_noeffect_linux_sync(const struct check_ctx *c, size_t entry)
{
	return c->p == PLATFORM_LINUX && c->row[entry] &&
	       strcmp(c->row[entry]->name, "sync") == 0 && !check_noeffect_loads_radius(c);
}

/* When `entry` is a serial-line word read before the line where a channel
 * plugin takes the link (Linux: pppoe.so's interface word, when it is the
 * last device word; macOS: the first channel plugin's plugin line), the
 * index of that line; SIZE_MAX otherwise. */
size_t check_noeffect_tty_idle(const struct check_ctx *c, size_t entry)
{
	size_t i, dev = SIZE_MAX;
	int map = check_noeffect_tty_map(c, entry);
	int delay = c->row[entry] && check_noeffect_is_delay(c, entry);

	if (!c->row[entry] || (!map && !delay && !check_noeffect_linux_sync(c, entry) &&
	                       !check_serial_word_idles(c->row[entry]->name, c->p)))
		return SIZE_MAX;
	if (c->p == PLATFORM_MACOS) {
		dev = check_noeffect_mac_channel(c);
		/* cancelcode, like connect-delay, stays known after the plugin
		 * line (Apple's options.c:404, the general table) */
		return dev != SIZE_MAX && (delay || dev > entry ||
		       strcmp(c->row[entry]->name, "cancelcode") == 0) ? dev : SIZE_MAX;
	}
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && (c->row[i]->flags & CATALOG_DEVNAM))
			dev = i;
	if (dev == SIZE_MAX || (!delay && dev < entry) ||
	    !c->row[dev]->plugin)
		return SIZE_MAX;
	if (map && strcmp(c->row[dev]->name, "<ethernet-interface>") != 0 &&
	    strcmp(c->row[dev]->name, "<atm-address>") != 0)
		return SIZE_MAX;
	return dev;
}

/* Linux: cdtrcts sets the flow-control value to 2 (linux-ppp-2.5.3/pppd/
 * tty.c:211-213; 2.4.9's tty.c:208-210), and the only step that turns flow
 * control into port settings has no case for 2 (2.5.3 sys-linux.c:1413-1430;
 * 2.4.9's :994), so the port's RTS/CTS bit stays as pppd found it. Said when
 * cdtrcts is the last flow-control word of this file and no channel plugin,
 * pty, notty or socket already leaves the line's setup unused. Leaves out a
 * flow-control word in another file or on the command line. 1: said. */
static int check_noeffect_cdtrcts(struct check_ctx *c)
{
	static const char *const group[] = { "crtscts", "cdtrcts", "nocrtscts", "-crtscts",
	                                     "nocdtrcts", "xonxoff", "pty", "notty", "socket" };
	size_t i, k, last = SIZE_MAX;
	int via = 0;

	if (c->p != PLATFORM_LINUX)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		for (k = 0; c->row[i] && k < sizeof group / sizeof group[0]; k++)
			if (strcmp(c->row[i]->name, group[k]) == 0) {
				if (k < 6)
					last = i;
				else
					via = 1;
			}
	if (via || last == SIZE_MAX || strcmp(c->row[last]->name, "cdtrcts") != 0 ||
	    check_noeffect_tty_idle(c, last) != SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, last), last,
	          N_("Use crtscts if the modem can do RTS/CTS flow control, or delete cdtrcts."), NULL,
	          N_("'cdtrcts' does not turn DTR/CTS flow control on in Linux pppd: it has no "
	             "code for it and leaves the port's hardware flow control as it finds it, "
	             "as when no flow-control word is given (derived from the source, not "
	             "tried)."));
	return 1;
}

/* macOS: Apple's set_up_tty switches RTS/CTS on only when it is not told
 * to keep carrier detect off (apple-ppp-1027.121.1/Helpers/pppd/
 * sys-MacOSX.c:1443), and connect_tty tells it so whenever a non-empty
 * connect or any init command is set (tty.c:755-756); after the connect
 * step only set_up_tty_local runs, which leaves flow control alone
 * (tty.c:907, sys-MacOSX.c:1499). Said when crtscts is the last
 * flow-control word of this file and this file also sets such a command,
 * with no pty, notty, socket or channel plugin already leaving the line's
 * setup unused. Leaves out commands and flow-control words from other
 * files, the command line or PPPController. 1: said. */
static int check_noeffect_mac_crtscts(struct check_ctx *c)
{
	static const char *const group[] = { "crtscts", "cdtrcts", "nocrtscts", "-crtscts",
	                                     "nocdtrcts", "xonxoff", "pty", "notty", "socket" };
	size_t i, k, alen, last = SIZE_MAX, cmd = SIZE_MAX;
	int via = 0;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i])
			continue;
		for (k = 0; k < sizeof group / sizeof group[0]; k++)
			if (strcmp(c->row[i]->name, group[k]) == 0) {
				if (k < 6)
					last = i;
				else
					via = 1;
			}
		if ((strcmp(c->row[i]->name, "connect") == 0 &&
		     check_arg(c, i, &alen) && alen > 0) || strcmp(c->row[i]->name, "init") == 0)
			cmd = i;
	}
	if (via || last == SIZE_MAX || cmd == SIZE_MAX ||
	    strcmp(c->row[last]->name, "crtscts") != 0 ||
	    check_noeffect_tty_idle(c, last) != SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, last), last,
	          N_("Remove it, or set hardware flow control on the port some other way: with a "
	             "connect or init command Apple's pppd keeps the port's own setting."), NULL,
	          N_("'crtscts' does not turn RTS/CTS flow control on here: Apple's pppd sets "
	             "it only when no connect or init command is given, and line %zu gives "
	             "one, so the port keeps the flow control it already had (derived from "
	             "Apple's source, not tried on a Mac)."), check_line(c, cmd));
	return 1;
}

/* Says so of each serial-line word the channel plugin made idle. */
int check_noeffect_tty_end(struct check_ctx *c)
{
	size_t i, at, nlen, alen;
	const char *name, *arg;
	int said = 0;

	for (i = 0; i < c->d->nentries; i++) {
		if ((at = check_noeffect_tty_idle(c, i)) == SIZE_MAX)
			continue;
		name = check_name(c, i, &nlen);
		/* connect, init...: the "pppd runs this command" note said
		 * earlier no longer holds */
		check_unsay(c, CHECK_K_ROOT_COMMAND, i);
		if (check_noeffect_tty_map(c, i)) {
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s takes the link "
			             "over at its device word on line %zu, so the serial line's steps "
			             "never run, and it turns async-map negotiation off both ways, so "
			             "the characters this word puts in the map are never negotiated "
			             "either."),
			          (int)nlen, name, c->row[at]->plugin, check_line(c, at));
		} else if (check_noeffect_is_delay(c, i)) {
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          c->p == PLATFORM_MACOS ?
			          N_("'%.*s' is accepted but does nothing here: only the serial "
			             "line's connect step waits for it, and the channel plugin on "
			             "line %zu takes the link over, so that step never runs (derived "
			             "from Apple's source, not tried on a Mac).") :
			          N_("'%.*s' is accepted but does nothing here: only the serial "
			             "line's connect step waits for it, and the channel plugin takes "
			             "the link over at line %zu, so that step never runs."),
			          (int)nlen, name, check_line(c, at));
		} else if (check_noeffect_linux_sync(c, i)) {
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s takes the link "
			             "over at its device word on line %zu, so the serial line's steps "
			             "that read it never run. Only radius.so reads it apart from "
			             "them, for the port type it reports, and this file loads no "
			             "radius.so (another file pppd reads may still load it)."),
			          (int)nlen, name, c->row[at]->plugin, check_line(c, at));
		} else if (c->p == PLATFORM_LINUX) {
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: it is a serial-line "
			             "word, and %s takes the link over at its device word on line "
			             "%zu, so the serial line's steps that read it never run."),
			          (int)nlen, name, c->row[at]->plugin, check_line(c, at));
		} else {
			arg = check_arg(c, at, &alen);
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: it is a serial-line "
			             "word, and the plugin %s loaded on line %zu takes the link over, "
			             "so the serial line's steps that read it never run (derived "
			             "from Apple's source, not tried on a Mac)."), (int)nlen, name,
			          catalog_plugin_name(arg, alen, c->p), check_line(c, at));
		}
		said = 1;
	}
	return said | check_noeffect_cdtrcts(c) | check_noeffect_mac_crtscts(c);
}

/* Linux: a serial device named before the word with which pppoatm.so or
 * pppoe.so takes the link. That word is copied over pppd's device name
 * (linux-ppp-2.5.3/pppd/plugins/pppoatm/pppoatm.c:95-96, 2.4.9's :88;
 * pppoe/plugin.c:394, :402, 2.4.9's :384) and the plugin's channel
 * replaces the serial one (pppoatm.c:98-99, plugin.c:396-397), whose
 * connect step is the only one that opens the device (tty.c:620 in
 * connect_tty). Looks at the last device word of this file only; leaves
 * out pppol2tp.so, which keeps the device name, and a device given in
 * another file or on the command line. 1: said. */
int check_noeffect_device_replaced(struct check_ctx *c)
{
	size_t i, dev = SIZE_MAX, nlen;
	const char *name;
	int said = 0;

	if (c->p != PLATFORM_LINUX)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && (c->row[i]->flags & CATALOG_DEVNAM))
			dev = i;
	if (dev == SIZE_MAX || (strcmp(c->row[dev]->name, "<atm-address>") != 0 &&
	                        strcmp(c->row[dev]->name, "<ethernet-interface>") != 0))
		return 0;
	for (i = 0; i < dev; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "<device>") != 0)
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
		          N_("'%.*s' is accepted but does nothing here: the device word of "
		             "%s on line %zu replaces pppd's device name and takes the link "
		             "over, so pppd never opens this serial device."), (int)nlen, name,
		          c->row[dev]->plugin, check_line(c, dev));
		said = 1;
	}
	return said;
}

/* notty then a log copy to descriptor 0 or 1: once every option is read,
 * the tty channel's check drops a copy to 0 or 1 when notty is on, as the
 * link runs over those two (linux-ppp-2.5.3/pppd/tty.c:527-528; 2.4.9's
 * tty.c:469-470; Apple's Helpers/pppd/tty.c:560-561). Only the last of
 * logfd, nolog, nologfd and logfile counts (they set one variable:
 * options.c:284-295). That check is the tty channel's, so a file with a
 * plugin line is skipped, as the plugin may take the link over. Leaves out
 * notty or logfd in another file, and any value other than a plain 0 or 1
 * (octal and hex forms included) with nothing after it. 1: said. */
static int check_noeffect_notty_logfd(struct check_ctx *c)
{
	size_t i, via = SIZE_MAX, last = SIZE_MAX, nlen, len;
	const char *name, *v;
	struct catalog_num n;

	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || c->d->entries[i].disabled)
			continue;
		name = c->row[i]->name;
		if (strcmp(name, "plugin") == 0)
			return 0;
		if (strcmp(name, "notty") == 0)
			via = i;
		else if (strcmp(name, "logfd") == 0 || strcmp(name, "nolog") == 0 ||
		         strcmp(name, "nologfd") == 0 || strcmp(name, "logfile") == 0)
			last = i;
	}
	if (via == SIZE_MAX || last == SIZE_MAX || strcmp(c->row[last]->name, "logfd") != 0 ||
	    c->d->entries[last].nwords < 2)
		return 0;
	v = check_val(c, c->d->entries[last].word + 1, &len);
	catalog_value_num(v, len, 0, &n);
	if (!n.digits || n.overflow || n.used != len || (catalog_value_as_int(&n) != 0 &&
	                                catalog_value_as_int(&n) != 1))
		return 0;
	name = check_name(c, last, &nlen);
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, last), last,
	          N_("Remove it, or give 2 or a higher descriptor that the program starting pppd opened."), "",
	          N_("'%.*s %.*s' is accepted but does nothing here: with 'notty' on line %zu "
	             "the link runs over pppd's standard input and output, so once every "
	             "option is read pppd turns off a log copy to descriptor 0 or 1 (derived "
	             "from the source, not tried)."), (int)nlen, name, (int)len, v,
	          check_line(c, via));
	return 1;
}

/* pty, notty and socket: once every option is read, the tty channel's
 * check turns the modem lines and the lock file off whatever the file said
 * (linux-ppp-2.5.3/pppd/tty.c:462, :525-526; 2.4.9's tty.c:404, :467-468;
 * Apple's Helpers/pppd/tty.c:496, :558-559), so modem and lock do nothing,
 * and local, which sets the same modem flag off (2.5.3 tty.c:231-232), only
 * asks for what pppd then does anyway.
 * Skipped for a word a channel plugin made idle (said above). Leaves out
 * a pty, notty or socket given in another file or on the command line.
 * 1: said. */
int check_noeffect_pty_lines(struct check_ctx *c)
{
	size_t i, via = SIZE_MAX, nlen, vlen;
	const char *name, *vname;
	int said = 0;

	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && (strcmp(c->row[i]->name, "pty") == 0 ||
		                  strcmp(c->row[i]->name, "notty") == 0 ||
		                  strcmp(c->row[i]->name, "socket") == 0))
			via = i;
	for (i = 0; via != SIZE_MAX && i < c->d->nentries; i++) {
		if (!c->row[i] || (strcmp(c->row[i]->name, "modem") != 0 &&
		                   strcmp(c->row[i]->name, "local") != 0 &&
		                   strcmp(c->row[i]->name, "lock") != 0) ||
		    check_noeffect_tty_idle(c, i) != SIZE_MAX)
			continue;
		name = check_name(c, i, &nlen);
		vname = check_name(c, via, &vlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
		          N_("'%.*s' is accepted but does nothing here: with '%.*s' on line %zu "
		             "pppd opens no serial device of its own, and once every option is "
		             "read pppd turns the modem control lines and the lock file off, "
		             "whatever this line says."), (int)nlen, name, (int)vlen, vname,
		          check_line(c, via));
		said = 1;
	}
	return said | check_noeffect_notty_logfd(c);
}
