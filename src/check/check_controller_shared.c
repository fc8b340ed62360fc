/* check_controller_shared.c - the rules about defaultroute, demand and l2tpmode in a Mac's /etc/ppp/options, which reach every service PPPController starts. */
#include <stdint.h>
#include <string.h>

#include "check/check_int.h"

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

/* l2tpmode listen or answer in a Mac's /etc/ppp/options or postoptions
 * reaches every L2TP VPN service PPPController starts: the controller's
 * L2TP options hold no l2tpmode (Controller/ppp_manager.c:902-940), and
 * loading L2TP.ppp again for the service keeps the value already read (the
 * plugin's start does not reset it: Drivers/L2TP/L2TP-plugin/main.c:150,
 * :292-300). Only connect dials out (main.c:1364); listen waits for a call
 * (:1725), answer takes its socket from standard input (:362). Looks at
 * the file's last l2tpmode line only; left out: a peers file that sets
 * another mode for one service, and what answer then does with the
 * standard input PPPController gives pppd. */
int check_controller_shared_l2tpmode(struct check_ctx *c)
{
	size_t i, vlen = 0, at = SIZE_MAX;
	const char *v;

	if (c->p != PLATFORM_MACOS || (c->shared_file != 1 && c->shared_file != 2))
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "l2tpmode") == 0)
			at = i;
	if (at == SIZE_MAX || !(v = check_arg(c, at, &vlen)) || vlen != 6 ||
	    (memcmp(v, "listen", 6) != 0 && memcmp(v, "answer", 6) != 0))
		return 0;
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Remove it, or write connect; a service that should take calls sets "
	          "l2tpmode in its own /etc/ppp/peers/<exact service name>."), NULL,
	          N_("l2tpmode %.*s in this file reaches every L2TP VPN service "
	          "PPPController starts, which passes no l2tpmode of its own, so none of "
	          "them dials out to its server: with listen pppd waits for a call to come "
	          "in, with answer it expects a call already received on its standard input "
	          "(derived from Apple's source, not tried on a Mac)."),
	          (int)vlen, v);
	return 1;
}
