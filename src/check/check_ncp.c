/* check_ncp.c - the rule about a link left with no network protocol: noip with IPv6 off (on macOS, ACSP off too), which pppd ends once the link is up; and (Linux) nosendip with noipdefault and no local address, which leaves IPv4 no address of its own. */
#include <stdint.h>
#include <string.h>

#include "check/check_int.h"

/*
 * Once the link is up and any login is done, pppd opens each network
 * protocol that is on (CCP and ECP do not count) and, when it opened none,
 * closes the link, logging "No network protocols running"
 * (linux-ppp-2.5.3/pppd/auth.c:1007-1016, linux-ppp-2.4.9/pppd/auth.c:
 * 960-969, apple-ppp-1027.121.1/Helpers/pppd/auth.c:928-938). The ones in
 * the builds pppconf follows: IPCP, on unless noip (ipcp.c); IPv6CP, on by
 * default on Linux (linux-ppp-2.5.3/pppd/ipv6cp.c:321, 2.4.9's :302) and
 * off on Apple's (Helpers/pppd/ipv6cp.c:323), turned on by +ipv6 or an ipv6
 * line (ipv6cp.c:407-408) and off by noipv6; IPXCP in Linux 2.4.9 only,
 * off unless ipx; Apple's ACSCP, on unless noacsp (Helpers/pppd/acscp.c:218,
 * :168). Nothing turns IPCP on again. What this leaves out: a source read
 * later (the command line, a peers file) that turns IPv6 or IPX on, and on
 * a Mac whatever ACSCP alone makes of a link. IPX left alone is said apart
 * (check_ncp_ipx): it counts only on a kernel with IPX.
 */

/* The last of the entries that set any of the real names, or SIZE_MAX. */
static size_t check_ncp_last(const struct check_ctx *c, const char *const *names, size_t n)
{
	size_t i, j, last = SIZE_MAX;

	for (i = 0; i < n; i++) {
		j = check_sets_last(c, names[i]);
		if (j != SIZE_MAX && (last == SIZE_MAX || j > last))
			last = j;
	}
	return last;
}

/* Whether the lines read leave a protocol on, its default given. */
static int check_ncp_on(const struct check_ctx *c, int dflt, const char *const *on, size_t non,
                        const char *off)
{
	size_t a = check_ncp_last(c, on, non), b = check_sets_last(c, off);

	if (a == SIZE_MAX && b == SIZE_MAX)
		return dflt;
	return b == SIZE_MAX || (a != SIZE_MAX && a > b);
}

/* Linux: the lines that turn IPv4 (noip, -ip) and IPv6 (noipv6, -ipv6)
 * off, named as written. */
static void check_ncp_linux(struct check_ctx *c, size_t noip, size_t noipv6)
{
	size_t l4, l6;
	const char *n4 = check_name(c, noip, &l4), *n6 = check_name(c, noipv6, &l6);
	struct buf msg, fix;

	buf_init(&msg);
	buf_init(&fix);
	buf_printf(&fix, _("Remove %.*s or %.*s, or add +ipv6 after %.*s, so that one network "
	           "protocol is left."), (int)l4, n4, (int)l6, n6, (int)l6, n6);
	buf_printf(&msg, _("%.*s with IPv6 off (%.*s) leaves pppd no network protocol: once the "
	           "link is up and any login is done, pppd ends it, logging \"No network "
	           "protocols running\", unless a source it reads later turns IPv6 on (+ipv6)."),
	           (int)l4, n4, (int)l6, n6);
	check_say_buf(c, CHECK_K_NO_NCP, check_line(c, noip), noip, fix.data, NULL, &msg);
	buf_free(&fix);
	buf_free(&msg);
}

/* Linux 2.4.9: IPv4 and IPv6 off, IPX on. IPX then counts only on a kernel
 * that has it: as it starts, pppd looks for the kernel's IPX entry
 * (/proc/net/ipx/interface, then /proc/net/ipx_interface) and, when neither
 * exists, logs "IPX support is
 * not present in the kernel" and turns IPX off (linux-ppp-2.4.9/pppd/
 * sys-linux.c:3325-3332, run from main.c:380, before any link), which leaves
 * the link with no network protocol (auth.c:960-969). Linux dropped IPX in
 * 5.15 (linux-ppp-2.5.3/README:212). pppconf cannot tell the kernel pppd
 * will run on, so this is said as a condition. */
static void check_ncp_ipx(struct check_ctx *c, size_t noip, size_t noipv6)
{
	size_t l4, l6;
	const char *n4 = check_name(c, noip, &l4), *n6 = check_name(c, noipv6, &l6);
	struct buf msg, fix;

	buf_init(&msg);
	buf_init(&fix);
	buf_printf(&fix, _("Unless pppd runs on a kernel with IPX, remove %.*s or %.*s, or add "
	           "+ipv6 after %.*s, so that IPv4 or IPv6 is left."),
	           (int)l4, n4, (int)l6, n6, (int)l6, n6);
	buf_printf(&msg, _("%.*s with IPv6 off (%.*s) leaves IPX as the only network protocol. "
	           "Linux pppd 2.4.9 turns IPX off as it starts when the kernel has no IPX "
	           "(Linux dropped it in 5.15): then, once the link is up and any login is "
	           "done, pppd ends it, logging \"No network protocols running\" (derived from "
	           "the source, not tried)."), (int)l4, n4, (int)l6, n6);
	check_say_buf(c, CHECK_K_NO_NCP, check_line(c, noip), noip, fix.data, NULL, &msg);
	buf_free(&fix);
	buf_free(&msg);
}

int check_ncp_none(struct check_ctx *c, size_t entry, size_t word)
{
	static const char *const v6on[] = { "+ipv6", "ipv6" }, *const ipxon[] = { "ipx", "+ipx" };
	size_t noip = c->sets.of ? check_sets_last(c, "noip") : SIZE_MAX;
	int linux = c->p == PLATFORM_LINUX;

	(void)entry;
	(void)word;
	if (noip == SIZE_MAX || check_ncp_on(c, linux, v6on, 2, "noipv6"))
		return 0;
	/* IPX is a protocol in 2.4.9 only (2.5.3 has no ipx word and keeps
	 * noipx as a dummy, options.c:419); with no --pppd-version the file
	 * may be 2.4.9's. */
	if (linux && (!(c->file && c->file->pppd_version) || check_release_before(c, "2.5.0")) &&
	    check_ncp_on(c, 0, ipxon, 2, "noipx")) {
		check_ncp_ipx(c, noip, check_sets_last(c, "noipv6"));
		return 1;
	}
	/* PPPController passes no word that turns IPv4 on again, passes +ipv6
	 * for a service with IPv6 settings, at a rank above this file's, and
	 * noacsp unless the service turns ACSP on, and always for a service that
	 * sends all traffic over the link (Controller/ppp_manager.c:1079, :1164,
	 * :1173, :1180) */
	if (!linux && c->shared_file == 1) {
		check_say(c, CHECK_K_NO_NCP, check_line(c, noip), noip, N_("Remove noip unless "
		          "every service on this Mac is meant to carry no IPv4."), NULL,
		          N_("noip in this file turns IPv4 off for every service PPPController "
		          "starts, and the controller passes no word that turns it on again. A "
		          "service then keeps a network protocol only if its settings give it IPv6 "
		          "(the controller passes +ipv6) or turn ACSP on without sending all traffic "
		          "over the connection (to every other service the controller passes noacsp), or "
		          "a file pppd reads later turns IPv6 on; otherwise, once the link "
		          "is up, pppd ends it, logging \"No network protocols running\" (derived "
		          "from Apple's source, not tried on a Mac)."));
		return 1;
	}
	if (!linux && check_sets_last(c, "noacsp") == SIZE_MAX)
		return 0;
	if (linux) {
		check_ncp_linux(c, noip, check_sets_last(c, "noipv6"));
		return 1;
	}
	check_say(c, CHECK_K_NO_NCP, check_line(c, noip), noip,
	          N_("Remove noip, or add +ipv6, so that one network protocol is left."), NULL,
	          N_("noip with IPv6 off (macOS's pppd leaves it off unless +ipv6 or an "
	          "ipv6 line turns it on) and noacsp "
	          "leave pppd no network protocol: once the link is up and any login is done, "
	          "pppd ends it, logging \"No network protocols running\", unless IPv6 is "
	          "turned on elsewhere (PPPController passes +ipv6 for a service with IPv6 "
	          "settings; derived from Apple's source, not tried on a Mac)."));
	return 1;
}

/* nosendip clears both ways of stating this end's address (linux-ppp-2.5.3/
 * pppd/ipcp.c:248-250; 2.4.9's :233-235), so pppd neither sends one nor
 * asks the peer for one; noipdefault keeps it from taking the host name's
 * (2.5.3's :1752; 2.4.9's :1683). With no local address given, IPv4 then
 * stops with "Could not determine local IP address" (2.5.3's :1845-1846;
 * 2.4.9's :1771-1772) unless the peer proposes one in a Nak unasked
 * (2.5.3's :1240-1247; 2.4.9's :1179-1186). Only this file is looked at:
 * an address word elsewhere (the command line, a peers file) is not seen,
 * nor a plugin that sets the address; an address word is taken to give the
 * local side when it has text before its colon (pppd's setipaddr reads
 * only words with a colon), whether pppd can resolve it or not. */
int check_ncp_no_local(struct check_ctx *c, size_t entry, size_t word)
{
	size_t ns = c->sets.of ? check_sets_last(c, "nosendip") : SIZE_MAX, i, len;
	const char *w, *colon;

	(void)entry;
	(void)word;
	if (c->p != PLATFORM_LINUX || ns == SIZE_MAX ||
	    check_sets_last(c, "noipdefault") == SIZE_MAX || check_sets_last(c, "noip") != SIZE_MAX)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (c->row[i] == NULL || strcmp(c->row[i]->name, "<local>:<remote>") != 0)
			continue;
		w = check_name(c, i, &len);
		colon = w ? memchr(w, ':', len) : NULL;
		if (colon && colon > w)
			return 0;
	}
	check_say(c, CHECK_K_NO_LOCAL_ADDR, check_line(c, ns), ns,
	          N_("Give this end's address on a line of its own (for example 10.0.0.1:), "
	          "or remove nosendip or noipdefault."), NULL,
	          N_("nosendip with noipdefault and no local address in this file: pppd "
	          "neither sends this end's IPv4 address nor asks the peer for one, and does "
	          "not take the host name's, so unless the peer proposes one unasked or another "
	          "source pppd reads gives one, IPv4 stops with \"Could not determine local IP "
	          "address\" (derived from the source, not tried)."));
	return 1;
}
