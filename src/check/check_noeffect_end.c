/* check_noeffect_end.c - the no-effect rule at the end of a file: words that a later line, a channel plugin, a pty or noccp leaves unused. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

/* Whether some accepted entry of the file is a row named `name`. */
static int check_noeffect_has(const struct check_ctx *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, name) == 0)
			return 1;
	return 0;
}

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
 * both the tty channel's (Apple's sys-MacOSX.c:1224, :1753); not on Linux,
 * where radius.so reads it too, whatever carries the link, for the port
 * type it reports (2.5.3 plugins/radius/radius.c:1028, :1145; 2.4.9's
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

/* macOS: the first accepted plugin line that loads a channel plugin. */
static size_t check_noeffect_mac_channel(const struct check_ctx *c)
{
	size_t i, alen;
	const char *arg, *pl;

	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "plugin") != 0)
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

/* When `entry` is a serial-line word read before the line where a channel
 * plugin takes the link (Linux: pppoe.so's interface word, when it is the
 * last device word; macOS: the first channel plugin's plugin line), the
 * index of that line; SIZE_MAX otherwise. */
size_t check_noeffect_tty_idle(const struct check_ctx *c, size_t entry)
{
	size_t i, dev = SIZE_MAX;
	int map = check_noeffect_tty_map(c, entry);
	int delay = c->row[entry] && check_noeffect_is_delay(c, entry);

	if (!c->row[entry] || (!map && !delay &&
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

/* Says so of each serial-line word the channel plugin made idle. */
static int check_noeffect_tty_end(struct check_ctx *c)
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
	return said;
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
static int check_noeffect_device_replaced(struct check_ctx *c)
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

/* pty, notty and socket: once every option is read, the tty channel's
 * check turns the modem lines and the lock file off whatever the file said
 * (linux-ppp-2.5.3/pppd/tty.c:462, :525-526; 2.4.9's tty.c:404, :467-468;
 * Apple's Helpers/pppd/tty.c:496, :558-559), so modem and lock do nothing.
 * Skipped for a word a channel plugin made idle (said above). Leaves out
 * a pty, notty or socket given in another file or on the command line.
 * 1: said. */
static int check_noeffect_pty_lines(struct check_ctx *c)
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
	return said;
}

/* What pppoe.so's check turns off in both directions after every option is
 * read, so that these words add nothing: the async map (linux-ppp-2.5.3/
 * pppd/plugins/pppoe/plugin.c:450-451, 2.4.9's :439-440; its channel has
 * no send step and its receive step ignores the map, :276-284, :481-482), protocol field compression
 * (:453-454, 2.4.9's :442-443) and Van Jacobson compression (:463-464,
 * 2.4.9's :457-458), which also idles novjccomp and vj-max-slots,
 * BSD-Compress (:466-467, 2.4.9's :460-461) and Deflate (:460-461,
 * 2.4.9's :454-455), so nodeflate and -deflate add nothing there either.
 * The phrase for the finding, or NULL. */
static const char *check_noeffect_pppoe_off(const char *row)
{
	static const struct { const char *name, *what; } off[] = {
		{ "asyncmap", N_("async-map negotiation") },
		{ "-as", N_("async-map negotiation") },
		{ "default-asyncmap", N_("async-map negotiation") },
		{ "-am", N_("async-map negotiation") },
		{ "nopcomp", N_("protocol field compression") },
		{ "-pc", N_("protocol field compression") },
		{ "novj", N_("Van Jacobson compression") },
		{ "-vj", N_("Van Jacobson compression") },
		{ "novjccomp", N_("Van Jacobson compression") },
		{ "-vjccomp", N_("Van Jacobson compression") },
		{ "vj-max-slots", N_("Van Jacobson compression") },
		{ "nobsdcomp", N_("BSD-Compress") }, { "-bsdcomp", N_("BSD-Compress") },
		{ "nodeflate", N_("Deflate") }, { "-deflate", N_("Deflate") },
	};
	size_t k;

	for (k = 0; k < sizeof off / sizeof *off; k++)
		if (strcmp(row, off[k].name) == 0)
			return off[k].what;
	return NULL;
}

/* After the last option, words that the rest of the file made idle, said
 * on each of their lines. Linux: when pppoe.so's Ethernet interface word is
 * the last device word, pppoe.so carries the link, and its check, run after
 * every option, switches Deflate and BSD-Compress off
 * (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:460-467, 2.4.9's :454-461,
 * run through the channel at main.c:479-480), and address/control field
 * compression off both ways, so noaccomp adds nothing (plugin.c:447-448,
 * 2.4.9's :436-437). A device word of another
 * plugin read later takes the link back; this looks at the last one only.
 * macOS: with l2tpnoipsec anywhere, Apple's L2TP.ppp reads the shared
 * secret and its type only inside its IPsec steps, which it skips
 * (apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/main.c:1521, :1644-1648,
 * :1764, :1778-1782); no option turns IPsec back on. */
/* Apple's L2TP.ppp in answer mode takes the socket pppd was started on
 * and skips the step that loads its kernel extension, the only place
 * l2tpnoload is read (apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/
 * main.c:360-362, :1327-1331). l2tpmode keeps the last value read, and
 * the plugin compares it with "answer" exactly (main.c:105, :233). Its
 * shared secret and the secret's type are read only in the connect
 * branch (main.c:1364, :1545, :1644-1648) and the listen one (:1725,
 * :1778-1782), so in answer mode they do nothing either. One
 * more than the last l2tpmode entry when it says answer; 0 otherwise. */
static size_t check_noeffect_l2tp_answer(const struct check_ctx *c)
{
	const struct doc_entry *e;
	const char *v;
	size_t i, last = SIZE_MAX, len;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "l2tpmode") == 0)
			last = i;
	if (last == SIZE_MAX)
		return 0;
	e = &c->d->entries[last];
	if (e->nwords < 2)
		return 0;
	v = check_val(c, e->word + 1, &len);
	return v && len == 6 && memcmp(v, "answer", 6) == 0 ? last + 1 : 0;
}

/* noccp and -ccp clear CCP's enabled flag, and no option sets it again
 * (linux-ppp-2.5.3/pppd/ccp.c:74-77, 2.4.9's ccp.c the same; Apple's
 * Helpers/pppd/ccp.c:103-106), so with either anywhere in this file the
 * compression words are never negotiated. Skipped where pppoe.so's rule
 * has said so already. mppe-stateful (and Apple's aliases of it) sets a
 * flag read only while CCP negotiates MPPE (2.5.3's ccp.c:912, :1116;
 * 2.4.9's :909, :1113; Apple's :993, :1005, :1217), and a disabled
 * protocol's packets never reach its input routine (2.5.3's main.c:1206),
 * so it does nothing either; with a require-mppe word the conflict rule
 * speaks too. 1: said. */
static int check_noeffect_noccp(struct check_ctx *c, int pppoe)
{
	size_t i, off = SIZE_MAX, nlen;
	const char *name, *n;
	int said = 0;

	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && (strcmp(c->row[i]->name, "noccp") == 0 ||
		                  strcmp(c->row[i]->name, "-ccp") == 0))
			off = i;
	for (i = 0; off != SIZE_MAX && i < c->d->nentries; i++) {
		n = c->row[i] ? c->row[i]->name : "";
		if (c->row[i] && strcmp(c->row[i]->alias_of ? c->row[i]->alias_of : n,
		                        "mppe-stateful") == 0) {
			name = check_name(c, i, &nlen);
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
			          N_("Remove it, or the line that turns CCP off."), "",
			          N_("'%.*s' is accepted but does nothing here: line %zu turns CCP "
			             "off, and no option turns it on again, so MPPE, whose stateful "
			             "mode this word allows, is never negotiated."), (int)nlen, name,
			          check_line(c, off));
			said = 1;
			continue;
		}
		if (strcmp(n, "predictor1") != 0 &&
		    (pppoe || (strcmp(n, "deflate") != 0 && strcmp(n, "bsdcomp") != 0)))
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
		          N_("Remove it, or the line that turns CCP off."), "", N_("'%.*s' is accepted but does nothing here: line %zu turns CCP off, "
		                 "and no option turns it on again, so pppd negotiates no "
		                 "compression."), (int)nlen, name, check_line(c, off));
		said = 1;
	}
	return said;
}

/* Linux: when pppol2tp.so reads its pppol2tp word it turns Deflate and
 * BSD-Compress off both ways (linux-ppp-2.5.3/pppd/plugins/pppol2tp/
 * pppol2tp.c:176-183, 2.4.9's :165-172), and it stops pppd asking for
 * address/control and protocol field compression while letting the peer
 * use both again (:170-174, 2.4.9's :159-163). So deflate, bsdcomp,
 * noaccomp, -ac, nopcomp or -pc before the last pppol2tp line of this file
 * is undone, while one after it acts (ccp.c:284 for the first two). CCP's
 * two are not said with noccp (said above). Skipped when pppoe.so carries
 * the link (said above). Leaves out words in other files and read order
 * across them. */
static int check_noeffect_l2tp_words(struct check_ctx *c, int pppoe)
{
	size_t i, l2tp = SIZE_MAX, nlen;
	const char *name, *r, *what, *ccpname;
	int said = 0, ccp;

	if (c->p != PLATFORM_LINUX || pppoe)
		return 0;
	ccp = !check_noeffect_has(c, "noccp") && !check_noeffect_has(c, "-ccp");
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "pppol2tp") == 0)
			l2tp = i;
	for (i = 0; l2tp != SIZE_MAX && i < l2tp; i++) {
		if (!c->row[i])
			continue;
		r = c->row[i]->name;
		name = check_name(c, i, &nlen);
		if (strcmp(r, "noaccomp") == 0 || strcmp(r, "-ac") == 0)
			what = N_("address/control field compression");
		else if (strcmp(r, "nopcomp") == 0 || strcmp(r, "-pc") == 0)
			what = N_("protocol field compression");
		else if (ccp && (strcmp(r, "deflate") == 0 || strcmp(r, "bsdcomp") == 0))
			what = NULL;
		else
			continue;
		ccpname = strcmp(r, "deflate") == 0 ? "Deflate" : "BSD-Compress";
		if (what)
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
			          N_("Move it below the pppol2tp line, or remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: when pppol2tp.so reads "
			             "the pppol2tp word on line %zu, after this one, it lets the peer "
			             "use %s again (and keeps pppd from asking for it); only such a "
			             "line after that word refuses it to the peer."), (int)nlen, name,
			          check_line(c, l2tp), _(what));
		else
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
			          N_("Move it below the pppol2tp line, or remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: when pppol2tp.so reads "
			             "the pppol2tp word on line %zu, after this one, it turns %s off "
			             "both ways; only such a line after that word sets it again."),
			          (int)nlen, name, check_line(c, l2tp), ccpname);
		said = 1;
	}
	return said;
}

/* Linux 2.5.3: an EAP-TLS client takes cert and key, with ca or capath,
 * before pkcs12 and reads pkcs12 only when those are not all set
 * (linux-ppp-2.5.3/pppd/auth.c:2766, :2775); any of them set, even to "",
 * counts. So pkcs12 beside all of them in this file is never read. Leaves
 * out the set split over several files. */
static int check_noeffect_pkcs12(struct check_ctx *c)
{
	size_t i, nlen;
	const char *name;
	int said = 0;

	if (c->p != PLATFORM_LINUX || !check_noeffect_has(c, "cert") ||
	    !check_noeffect_has(c, "key") ||
	    !(check_noeffect_has(c, "ca") || check_noeffect_has(c, "capath")))
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "pkcs12") != 0)
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
		          N_("Remove it, or remove cert and key to use the bundle."), "",
		          N_("'%.*s' is accepted but does nothing here: this file also sets cert, "
		             "key and ca or capath, and pppd's EAP-TLS login then uses those and "
		             "never opens the bundle."), (int)nlen, name);
		said = 1;
	}
	return said;
}

/* Linux: pppol2tp.so clears Van Jacobson compression both ways the moment
 * it reads its pppol2tp word (linux-ppp-2.5.3/pppd/plugins/pppol2tp/
 * pppol2tp.c:179-180 in setdevname_pppol2tp, the word's handler at :97;
 * 2.4.9's :168-169 and :86), and no Linux option turns VJ on again (the
 * VJ words at linux-ppp-2.5.3/pppd/ipcp.c:152-165 only clear it or set
 * the slots), so the VJ words do nothing wherever that line stands. Left
 * out: a pppol2tp line pppd refuses (the value checks say so). When
 * pppoe.so carries the link the pppoe finding is said instead; beside
 * novj, check_needs.c speaks of novjccomp and vj-max-slots. BSD-Compress, cleared too
 * (:182-183, 2.4.9's :171-172), only bsdcomp sets again (ccp.c:284): said with no bsdcomp
 * line; Deflate the same way with no deflate line. */
static int check_noeffect_pppol2tp_vj(struct check_ctx *c, int pppoe)
{
	size_t i, l2tp = SIZE_MAX, nlen;
	const char *name;
	int said = 0;

	if (c->p != PLATFORM_LINUX || pppoe)
		return 0;
	for (i = 0; i < c->d->nentries && l2tp == SIZE_MAX; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "pppol2tp") == 0)
			l2tp = i;
	for (i = 0; l2tp != SIZE_MAX && i < c->d->nentries; i++) {
		const char *what = c->row[i] ? check_noeffect_pppoe_off(c->row[i]->name) : NULL;

		/* Deflate likewise (:176-177, 2.4.9's :165-166): only deflate
		 * sets it again (ccp.c:330-339) */
		if (what && strcmp(what, "Deflate") == 0 && !check_noeffect_has(c, "deflate")) {
			name = check_name(c, i, &nlen);
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: pppol2tp.so turns "
			             "Deflate off both ways as it reads the pppol2tp word (line "
			             "%zu), and no deflate line turns it on again."), (int)nlen, name,
			          check_line(c, l2tp));
			said = 1;
			continue;
		}
		if (what && strcmp(what, "BSD-Compress") == 0 && !check_noeffect_has(c, "bsdcomp")) {
			name = check_name(c, i, &nlen);
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: pppol2tp.so turns "
			             "BSD-Compress off both ways as it reads the pppol2tp word (line "
			             "%zu), and no bsdcomp line turns it on again."), (int)nlen, name,
			          check_line(c, l2tp));
			said = 1;
			continue;
		}
		if (!what || strcmp(what, "Van Jacobson compression") != 0)
			continue;
		/* beside novj, the needs rule already says it of the others */
		if (strcmp(check_sets_canon(c->row[i]), "novj") != 0 &&
		    check_sets_last(c, "novj") != SIZE_MAX)
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
		          N_("'%.*s' is accepted but does nothing here: pppol2tp.so turns Van "
		             "Jacobson compression off both ways as it reads the pppol2tp word "
		             "(line %zu), and no option turns it on again."), (int)nlen, name,
		          check_line(c, l2tp));
		said = 1;
	}
	return said;
}

int check_noeffect_end(struct check_ctx *c)
{
	size_t i, dev = SIZE_MAX, nlen;
	const char *name, *what, *via;
	int said = 0, pppoe, noipsec;
	size_t answer;

	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && (c->row[i]->flags & CATALOG_DEVNAM))
			dev = i;
	pppoe = c->p == PLATFORM_LINUX && dev != SIZE_MAX &&
	        strcmp(c->row[dev]->name, "<ethernet-interface>") == 0;
	noipsec = c->p == PLATFORM_MACOS && check_noeffect_has(c, "l2tpnoipsec");
	answer = check_noeffect_l2tp_answer(c);
	/* the plugin the file loads, under either of its names */
	via = pppoe && c->row[dev]->plugin ? c->row[dev]->plugin : "pppoe.so";
	for (i = 0; (pppoe || noipsec || answer) && i < c->d->nentries; i++) {
		if (!c->row[i])
			continue;
		name = check_name(c, i, &nlen);
		if (pppoe && (strcmp(c->row[i]->name, "deflate") == 0 ||
		              strcmp(c->row[i]->name, "bsdcomp") == 0))
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s carries the "
			             "link (the interface word on line %zu), and once every option is "
			             "read it turns Deflate and BSD-Compress off, whatever this line "
			             "says."), (int)nlen, name, via, check_line(c, dev));
		else if (pppoe && (strcmp(c->row[i]->name, "noaccomp") == 0 ||
		                   strcmp(c->row[i]->name, "-ac") == 0))
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s carries the "
			             "link (the interface word on line %zu), and once every option is "
			             "read it turns address/control field compression off both ways "
			             "itself."), (int)nlen, name, via, check_line(c, dev));
		else if (pppoe && strcmp(c->row[i]->name, "receive-all") == 0)
			/* pppoe.so's receive step drops the map (plugin.c:276-285; 2.4.9's
			 * :275-284), so the empty one receive-all asks for never lands.
			 * Left out: pppol2tp.so and pppoatm.so, which drop it too. */
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s carries the "
			             "link (the interface word on line %zu), and its receive step "
			             "leaves pppd's receive map, which receive-all empties, unused "
			             "(derived from the source, not tried)."),
			          (int)nlen, name, via, check_line(c, dev));
		else if (pppoe && (what = check_noeffect_pppoe_off(c->row[i]->name)) != NULL)
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s carries the "
			             "link (the interface word on line %zu), and once every option is "
			             "read it turns %s off both ways itself."), (int)nlen, name, via,
			          check_line(c, dev), _(what));
		else if (noipsec && (strcmp(c->row[i]->name, "l2tpipsecsharedsecret") == 0 ||
		                     strcmp(c->row[i]->name, "l2tpipsecsharedsecrettype") == 0))
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it, or remove "
			          "l2tpnoipsec if the server uses IPsec."), NULL,
			          N_("'%.*s' is accepted but does nothing here: with l2tpnoipsec, "
			             "L2TP.ppp skips its IPsec setup, the only place it reads the "
			             "shared secret and its type (derived from Apple's source, not "
			             "tried on a Mac)."), (int)nlen, name);
		else if (answer && strcmp(c->row[i]->name, "l2tpnoload") == 0)
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), NULL,
			          N_("'%.*s' is accepted but does nothing here: with l2tpmode answer "
			             "(line %zu), L2TP.ppp is handed its socket and never loads the "
			             "kernel extension, unless a source pppd reads later sets another "
			             "mode (derived from Apple's source, not tried on a Mac)."),
			          (int)nlen, name, check_line(c, answer - 1));
		else if (answer && (strcmp(c->row[i]->name, "l2tpipsecsharedsecret") == 0 ||
		                    strcmp(c->row[i]->name, "l2tpipsecsharedsecrettype") == 0))
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), NULL,
			          N_("'%.*s' is accepted but does nothing here: with l2tpmode answer "
			             "(line %zu), L2TP.ppp never reads the IPsec shared secret or its "
			             "type; only connecting out and listening do, unless a source "
			             "pppd reads later sets another mode "
			             "(derived from Apple's source, not tried on a Mac)."),
			          (int)nlen, name, check_line(c, answer - 1));
		else
			continue;
		said = 1;
	}
	said |= check_noeffect_pppol2tp_vj(c, pppoe);
	said |= check_noeffect_noccp(c, pppoe);
	said |= check_mppe_drops_compression(c, pppoe);
	said |= check_noeffect_l2tp_words(c, pppoe);
	said |= check_noeffect_pkcs12(c);
	said |= check_noeffect_pty_lines(c);
	said |= check_noeffect_device_replaced(c);
	said |= check_controller_serial_idle(c);
	return said | check_noeffect_tty_end(c);
}

