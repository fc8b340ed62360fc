/* check_needs_rows.c - the rows of the needs-other rule: each word, the words that make it act or undo it, and what is said, with the source lines behind each. */
#include "base/i18n.h"
#include "check/check_needs.h"

/*
 * One table row: a word, and the words that make it act or undo it. The
 * rule sees one file only: a word that is set in another file pppd reads
 * (the command line, a peers file, what PPPController passes on a Mac) is
 * not seen, which is why the finding is a note and says "in this file".
 * Names are real names (check_sets_canon): an alias counts as its row.
 *
 * lcp-echo-failure, lcp-echo-adaptive: the echo timer starts only when the
 * interval is not 0, and it is 0 unless lcp-echo-interval sets it
 * (linux-ppp-2.5.3/pppd/lcp.c:87 and :2493; 2.4.9's :67 and :2308; Apple's
 * Helpers/pppd/lcp.c:98 and :2446, :2517); with no timer no echo is sent,
 * so no count of unanswered ones is kept. Apple's pppd has no
 * lcp-echo-adaptive. On a Mac, PPPController passes lcp-echo-interval for a
 * service whose echo settings are not 0 (Controller/ppp_manager.c:1025-1028),
 * so on a Mac the rule stays quiet for these words (see quiet_macos).
 *
 * holdoff: pppd waits holdoff seconds only on its way round to a new
 * connection, and it leaves that loop at once unless persist is on
 * (linux-ppp-2.5.3/pppd/main.c:634 and :639; 2.4.9's :540 and :545; Apple's
 * main.c:886 and :894); demand turns persist on too (the nopersist-before-
 * demand rule in check_conflict.c cites it). On a Mac PPPController passes
 * demand and holdoff itself for an on-demand service (ppp_manager.c:
 * 1003-1009), so on a Mac the rule stays quiet for holdoff.
 *
 * novjccomp, -vjccomp, vj-max-slots: novj (and -vj) clears VJ compression
 * both in what pppd asks for and in what it lets the peer ask for
 * (linux-ppp-2.5.3/pppd/ipcp.c:152-153; 2.4.9's :148-149; Apple's
 * :199-200), and no option turns it on again; the slot count and the
 * connection-ID flag are only sent or used inside a VJ request
 * (linux-ppp-2.5.3/pppd/ipcp.c:859). PPPController only ever adds novj.
 *
 * eap-timeout: refuse-eap keeps this end from agreeing to log in with EAP
 * (linux-ppp-2.5.3/pppd/auth.c:1458; 2.4.9's :1392), and nothing clears it
 * again; the timer is set only by the EAP login to the peer, which then
 * never starts (2.5.3's auth.c:887-888, eap.c:274-276). Linux only.
 *
 * IPCP and IPv6CP words: noip (-ip) clears IPCP's enabled flag, noipv6
 * (-ipv6) IPv6CP's, and +ipv6 or an ipv6 line sets it again
 * (linux-ppp-2.5.3/pppd/ipcp.c:147, ipv6cp.c:242-246 and :407; 2.4.9's
 * ipcp.c:143, ipv6cp.c:235-239 and :388; Apple's ipcp.c:194, ipv6cp.c:
 * 256-260 and :426); nothing sets IPCP's again. pppd opens only the
 * protocols whose flag is set (linux-ppp-2.5.3/pppd/auth.c:985 and :1009;
 * 2.4.9's :938 and :962; Apple's :906 and :931), so their settings then
 * shape nothing. IPv6CP is on by default on Linux and off on Apple's pppd
 * (check_ncp.c cites both); on a Mac PPPController passes +ipv6 for a
 * service with IPv6 settings (ppp_manager.c:1164), so on a Mac the IPv6
 * rows stay quiet. ipv6cp-use-ipaddr is left out: the
 * no-effect rule already says it does nothing. A word that two rows match
 * (novjccomp with noip and novj) is said once, by the first.
 *
 * defaultroute6 is read only in ipv6cp.c (linux-ppp-2.5.3/pppd/ipv6cp.c:1254,
 * :1343, :1368), so it joins the IPv6CP words.
 *
 * ACSCP (Apple's pppd): noacsp clears its enabled flag
 * (apple-ppp-1027.121.1/Helpers/pppd/acscp.c:168) and no option sets it
 * again (acsp.c:117 only clears it too), so acscp-restart, which sets
 * only ACSCP's timer (acscp.c:171), then shapes nothing; nor do its
 * acscp-max-* siblings, which set only ACSCP's counters (:173-178).
 *
 * IPX words (Linux before 2.5.0 only): IPXCP's enabled flag is 0 unless
 * ipx or +ipx sets it, and noipx or -ipx clears it again
 * (linux-ppp-2.4.9/pppd/ipxcp.c:119-126 and :191); pppd opens only the
 * protocols whose flag is set (auth.c:938 and :962), so without IPX on the
 * ipx-* and ipxcp-* settings shape nothing.
 *
 * ipxcp-accept-network with IPX on: pppd reads only the flag this word
 * sets in what it lets the peer do (linux-ppp-2.4.9/pppd/ipxcp.c:761 and
 * :1011; the other copy it sets is read nowhere), and every time IPXCP
 * starts it sets that flag itself when its own network number is 0
 * (:521-523), which it is unless ipx-network gives another. So the word
 * changes something only beside a nonzero ipx-network; the row after the
 * IPX rows says so, and only when IPX is on (a word two rows match is
 * said once). Left out: an ipx-network value with trailing junk, which
 * pppd reads up to the junk (number_option, options.c:1379): not judged.
 *
 * ipxcp-accept-remote with IPX on: each time IPXCP starts, pppd lets the
 * peer pick its own node number anyway when the peer node it was given is
 * all zeros (linux-ppp-2.4.9/pppd/ipxcp.c:536-538), and that node is zero
 * unless an ipx-node line gives one after a colon (setipxnode, :288-307;
 * a later line without a colon keeps it, one with an empty or zero part
 * after the colon makes it zero again). So the word changes something only
 * beside such a line. need_peer_node reads that part in its own way; left
 * out: a part of more than 12 hex digits, whose leading digits pppd shifts
 * away (judged by its last 12 digits here), a line with a lower rank than
 * an earlier one, and a line pppd refuses (the value checks say so).
 *
 * dhcpv6relay.so (Linux 2.5.3): when IPv6 comes up the plugin starts
 * listening only if a server is set (linux-ppp-2.5.3/pppd/plugins/
 * dhcpv6relay/dhcpv6relay.c:866-867), and each dhcpv6-server line first
 * drops the one before, an empty one setting none (:133-137); without it
 * no message from the peer is read, so dhcpv6-trusted is not looked at, no
 * route gets dhcpv6-metric and no advertisement is sent every
 * dhcpv6-ra-intvl. Left out: a server name that resolves to no address,
 * which leaves none too. dhcpv6-server itself has a row of its own for
 * noipv6, with which the plugin never starts.
 *
 * master_detach (Linux only): pppd reads it only where a multilink bundle's
 * master has lost its own link (linux-ppp-2.5.3/pppd/auth.c:760-763; 2.4.9's
 * :712-715), and it is in multilink only when the multilink word is on:
 * without it LCP drops the MRRU request (lcp.c:648-649) and the bundle code
 * turns nothing on (multilink.c:96-98, :141-157). multilink is off by
 * default and nomultilink (nomp) turns it off again (options.c:136,
 * :381-388). Left out: a pppd built without multilink support, and one
 * whose kernel or database makes it give multilink up at start
 * (main.c:517-519, sys-linux.c:3696-3697).
 *
 * datarate: only the relay pppd runs for socket, notty or record (also
 * record with pty) reads the rate (linux-ppp-2.5.3/pppd/tty.c:685, :700,
 * :704, :714 and :1112; 2.4.9's :1050; Apple's tty.c:780, :806, :809,
 * :812 and :1324); a plain serial port, or pty without record, hands the
 * line to the kernel and no byte is counted. None of the three has an off
 * word. Left out: record with an empty name, which pppd refuses anyway, and
 * a channel plugin, after which the no-effect rule speaks; 0 is skipped
 * like any 0 row. PPPController passes none of the three.
 *
 * pty-delay (Apple's pppd only): the wait is made in one place, after the
 * pty command has been started without record (apple-ppp-1027.121.1/
 * Helpers/pppd/tty.c:797, inside the ptycommand branch that starts at
 * :768); no other path reads it. pty has no off word; PPPController
 * passes no pty. A 0 (the default) is skipped like any 0 row. With record
 * too the wait is skipped as well: check_needs.c (need_pty_record) says so.
 *
 * mrru (Linux only; Apple's pppd is built without it): LCP copies what
 * this end wants, then clears the MRRU request when multilink is off
 * (linux-ppp-2.5.3/pppd/lcp.c:647-649; 2.4.9's :621-623), and it rejects
 * an MRRU the peer asks for unless multilink is on (2.5.3's :1771-1772).
 * The other readers of the number run only with multilink on (multilink.c
 * :97-103). multilink (mp) is off by default, nomultilink (nomp) turns it
 * off again. Left out, as for master_detach: a pppd that gives multilink
 * up at start. On a Mac the not-built rule speaks, so the row is quiet.
 * endpoint (Linux only; Apple's pppd is built without it): the word only
 * fills in this end's wanted discriminator (linux-ppp-2.5.3/pppd/lcp.c
 * :332-333); LCP copies the wanted options and clears the discriminator
 * request when multilink is off (2.5.3's :647-651; 2.4.9's :621-625), so
 * none is announced. Left out and quiet on a Mac, as for mrru.
 * bundle: its name is read only while this link joins a multilink bundle
 * (linux-ppp-2.5.3/pppd/multilink.c:171-185), and pppd joins one only with
 * multilink on (auth.c:967-968; 2.4.9's :920-921). Left out and quiet on a
 * Mac, as for mrru.
 * mpshortseq (Linux only; Apple's pppd is built without it): it sets this
 * end's wish for short sequence numbers and lets the peer's request in
 * (linux-ppp-2.5.3/pppd/lcp.c:190-192); LCP drops the wish when multilink is
 * off (2.5.3's :647-650; 2.4.9's :621-624) and rejects the peer's request
 * unless multilink is on (2.5.3's :1783-1785). Left out and quiet on a Mac,
 * as for mrru.
 *
 * ipv6cp-use-persistent: once every option is read, pppd takes the
 * persistent identifier only when no ipv6 line gave this end one
 * (linux-ppp-2.5.3/pppd/ipv6cp.c:1149, the ipv6 line setting it at :386);
 * Linux 2.4.9 and Apple's pppd also skip it when an ipv6 line gave the
 * peer one (linux-ppp-2.4.9/pppd/ipv6cp.c:1109, Apple's :1147). The order
 * of the lines does not matter. Left out: an ipv6 line of a lower rank
 * that pppd does not let replace one of a higher rank.
 *
 * ktune (Linux): pppd reads its flag in two places only, both in
 * sys-linux.c: after setting a proxy-ARP entry, to switch IP forwarding on
 * (linux-ppp-2.5.3/pppd/sys-linux.c:2526; 2.4.9's :2010), and with demand,
 * to switch ip_dynaddr on when this end's address changes (2.5.3's :3269;
 * 2.4.9's :2753). Without proxyarp or demand it changes nothing. A
 * noproxyarp (or -proxyarp) after proxyarp clears it again (ipcp.c:219-224),
 * so proxyarp then does not count (need_undone). Left out: a proxy-ARP
 * entry pppd fails to set, and a demand link whose address never changes. On a Mac the no-effect rule speaks (Apple's pppd
 * never reads the flag), so the row is quiet there.
 *
 * ipv6cp-accept-remote (Linux 2.5.3): when nothing gave the peer an
 * identifier, pppd turns the flag on itself as IPv6CP starts
 * (linux-ppp-2.5.3/pppd/ipv6cp.c:553-554), and the only place that reads
 * it asks for the given identifier only when one was given (:971). One is
 * given by an ipv6 line with a part after its comma (:395-402) or by
 * ipv6cp-use-remotenumber from the remotenumber value, once every option
 * is read (ipv6_check_options, :1138 and :1165-1202); as remotenumber may
 * come from another file, the rule stays quiet whenever the file has
 * ipv6cp-use-remotenumber.
 * In 2.4.9 the word sets a field that is read nowhere (the no-effect rule
 * says so), so the row is skipped for releases before 2.5.0. Left out: an
 * ipv6 line pppd refuses (the value checks say so) and one of a lower rank.
 */

#define NEED_NOIP(w) \
	{ w, NEED_NOT_OFF, { NULL, NULL }, "noip", 0, 0, \
	  N_("Remove it, or remove noip if this link should carry IPv4."), \
	  N_("'%.*s' does nothing here: noip in this file turns IPv4 and its control " \
	     "protocol (IPCP) off, no option turns them on again, and this setting only " \
	     "shapes IPCP."), 0 }
/* proxyarp, use-dhcp: pppd acts on them only when IPCP comes up (or, for
 * proxyarp, when a demand link's IPCP is set up): ipcp_up adds the proxy-ARP
 * entry (linux-ppp-2.5.3/pppd/ipcp.c:1928 and :1987; 2.4.9's :1848, :1908;
 * Apple's :1893, :1944), ip_demand_conf does for demand (2.5.3's :1799) but
 * is called only for enabled protocols (2.5.3's demand.c:107), and Apple's
 * DHCP INFORM is started from the hook ipcp_up calls (Apple's ipcp.c:1963,
 * acsp.c:2290). With noip IPCP never opens (2.5.3's auth.c:1009). */
#define NEED_NOIP_UP(w) \
	{ w, NEED_NOT_OFF, { NULL, NULL }, "noip", 0, 0, \
	  N_("Remove it, or remove noip if this link should carry IPv4."), \
	  N_("'%.*s' does nothing here: noip in this file turns IPv4 and its control " \
	     "protocol (IPCP) off, no option turns them on again, and pppd acts on this " \
	     "setting only when IPCP comes up."), 0 }
#define NEED_NOIPV6(w) \
	{ w, NEED_ON, { "+ipv6", "ipv6" }, "noipv6", 1, 1, \
	  N_("Remove it, or turn IPv6 on (+ipv6) if this link should carry it."), \
	  N_("'%.*s' does nothing here: IPv6 is off in this file (noipv6 or -ipv6 comes " \
	     "after any +ipv6 or ipv6 line; Apple's pppd keeps IPv6 off unless one of those turns it " \
	     "on), so pppd never runs IPv6CP, the only part that reads this setting. A " \
	     "file pppd reads later may still turn IPv6 on."), 0 }
#define NEED_NOACSP(w) \
	{ w, NEED_NOT_OFF, { NULL, NULL }, "noacsp", 0, 0, \
	  N_("Remove it, or remove noacsp if the link should use ACSP."), \
	  N_("'%.*s' does nothing here: noacsp in this file turns ACSP and its control " \
	     "protocol (ACSCP) off, no option turns them on again, and this setting only " \
	     "shapes ACSCP."), 0 }
#define NEED_IPX(w) \
	{ w, NEED_ON, { "ipx", "+ipx" }, "noipx", 0, 0, \
	  N_("Add ipx if this link should carry IPX, or remove this line."), \
	  N_("'%.*s' does nothing here: IPX is off unless ipx turns it on, and in this " \
	     "file nothing does (or noipx comes last), so pppd never runs IPXCP, the only " \
	     "part that reads this setting. Another file pppd reads may still turn IPX " \
	     "on."), 1 }
#define NEED_DHCPV6(w) \
	{ w, NEED_TEXT, { "dhcpv6-server", NULL }, NULL, 0, 0, \
	  N_("Add dhcpv6-server with the server's name or address, or remove this line."), \
	  N_("'%.*s' does nothing without a DHCPv6 server, and this file sets none (no " \
	     "dhcpv6-server line, or an empty one last): dhcpv6relay.so then does not " \
	     "listen to the peer's DHCPv6 messages at all. Another file pppd reads may " \
	     "still set the server."), 0 }

const struct need_row need_rows[] = {
	NEED_NOIP("ipcp-accept-local"), NEED_NOIP("ipcp-accept-remote"),
	NEED_NOIP("ipcp-restart"), NEED_NOIP("ipcp-max-terminate"),
	NEED_NOIP("ipcp-max-configure"), NEED_NOIP("ipcp-max-failure"),
	NEED_NOIP("novj"), NEED_NOIP("novjccomp"), NEED_NOIP("vj-max-slots"),
	NEED_NOIP_UP("proxyarp"),
	/* use-dhcp under noip: no DHCP INFORM goes out (above), but the word
	 * still holds the link's published state back. With use-dhcp on, Apple's
	 * pppd commits what it has gathered for the dynamic store (the IPv6
	 * entity too: sys-MacOSX.c:2658) only once the DHCP step has said it is
	 * done (sys-MacOSX.c:690, :657). That signal comes from the DHCP answer
	 * or the second 3-second wait (acsp.c:2138, :2276), from the ACSP
	 * helpers' IP-up hook (acsp.c:1278, registered at :853-855) or from ACSP
	 * traffic (acsp.c:1002-1045), all needing IPCP up or ACSP running.
	 * Outside demand mode update_publish_dict only fills the pending
	 * dictionary (sys-MacOSX.c:719-726); with demand it writes at once, and
	 * under a Network Extension the install command commits it
	 * (sys-MacOSX.c:445-448). Without IPv4 only ACSP's own exchange can
	 * send the signal (acsp.c:1020-1045), and PPPController passes noacsp
	 * unless a service turns ACSP on (Controller/ppp_manager.c:1180); the
	 * message says so rather than looking for noacsp. */
	{ "use-dhcp", NEED_NOT_OFF, { NULL, NULL }, "noip", 0, 0,
	  N_("Remove it, or remove noip if this link should carry IPv4."),
	  N_("'%.*s' sends no DHCP request here: noip in this file turns IPv4 and its "
	     "control protocol (IPCP) off, no option turns them on again, and pppd sends "
	     "the request only when IPCP comes up. The line is not idle, though: Apple's "
	     "pppd holds the link's state (its IPv6 settings, say) back from the Mac's "
	     "network configuration until that DHCP step ends, and without IPv4 only "
	     "ACSP's own exchange can end it. So with ACSP off, as PPPController has it "
	     "unless a service's settings turn it on, the state is not published, except on "
	     "a link dialled on demand or run by a Network Extension (derived from Apple's "
	     "source, not tried on a Mac)."), 0 },
	NEED_NOIPV6("ipv6cp-accept-local"), NEED_NOIPV6("ipv6cp-accept-remote"),
	NEED_NOIPV6("ipv6cp-use-persistent"), NEED_NOIPV6("ipv6cp-use-remotenumber"),
	NEED_NOIPV6("ipv6cp-noremote"), NEED_NOIPV6("ipv6cp-nosend"),
	NEED_NOIPV6("ipv6cp-restart"), NEED_NOIPV6("ipv6cp-max-terminate"),
	NEED_NOIPV6("ipv6cp-max-configure"), NEED_NOIPV6("ipv6cp-max-failure"),
	NEED_NOIPV6("defaultroute6"),
	/* the ipv6-up script is started only from IPv6CP's up and script-done
	 * handlers (linux-ppp-2.5.3/pppd/ipv6cp.c:1390, :1485); the ipv6-down
	 * script likewise only from its down and script-done handlers
	 * (:1441, :1479), so with IPv6CP never run neither script starts */
	NEED_NOIPV6("ipv6-up-script"), NEED_NOIPV6("ipv6-down-script"),
	NEED_NOACSP("acscp-restart"), NEED_NOACSP("acscp-max-terminate"),
	NEED_NOACSP("acscp-max-configure"), NEED_NOACSP("acscp-max-failure"),
	NEED_IPX("ipx-network"), NEED_IPX("ipxcp-accept-network"), NEED_IPX("ipx-node"),
	NEED_IPX("ipxcp-accept-local"), NEED_IPX("ipxcp-accept-remote"),
	NEED_IPX("ipx-routing"), NEED_IPX("ipx-router-name"), NEED_IPX("ipxcp-restart"),
	NEED_IPX("ipxcp-max-terminate"), NEED_IPX("ipxcp-max-configure"),
	NEED_IPX("ipxcp-max-failure"),
	{ "ipxcp-accept-network", NEED_NONZERO, { "ipx-network", NULL }, NULL, 0, 0,
	  N_("Remove it, or give this end's own network number with ipx-network if the "
	     "peer should be allowed to change it."),
	  N_("'%.*s' does nothing here: this file gives no ipx-network other than 0, and "
	     "without one pppd already takes a network number the peer suggests in place of "
	     "its own and agrees to any nonzero one the peer asks for. Another file pppd "
	     "reads may still set ipx-network."), 1 },
	{ "ipxcp-accept-remote", NEED_PEER_NODE, { "ipx-node", NULL }, NULL, 0, 0,
	  N_("Remove it, or give the peer's node number after the colon of an ipx-node "
	     "line if the peer should be allowed to choose another."),
	  N_("'%.*s' does nothing here: this file gives the peer no IPX node number (no "
	     "ipx-node line with a nonzero number after its colon), and without one pppd "
	     "already lets the peer use the node number it asks for. Another file pppd "
	     "reads may still set one."), 1 },
	{ "ipv6cp-accept-remote", NEED_V6_REMOTE, { NULL, NULL }, NULL, 1, 0,
	  N_("Remove it, or give the peer's identifier after the comma of an ipv6 line if "
	     "the peer should still be allowed to propose another."),
	  N_("'%.*s' does nothing here: this file gives the peer no IPv6 interface "
	     "identifier (no ipv6 line with one after its comma, no "
	     "ipv6cp-use-remotenumber), and without one Linux pppd 2.5.3 already takes "
	     "the identifier the peer proposes for itself. Another file pppd reads may "
	     "still give one."), 0 },
	/* demand in Linux 2.4.x: with IPv6CP on (the default, ipv6cp.c:302)
	 * its option check stops pppd when the peer's identifier is still zero
	 * (linux-ppp-2.4.9/pppd/ipv6cp.c:1144-1147); only an ipv6 line's remote
	 * part sets it there, as ipv6cp-use-ipaddr sets a field that check does
	 * not read (:256, :1137). 2.5.x makes one up (2.5.3's ipv6cp.c:1235-1238).
	 * Left out: a remote part that is all zeros, and another source. */
	{ "demand", NEED_V6_DEMAND, { "+ipv6", "ipv6" }, "noipv6", 0, 1,
	  N_("Add noipv6 if this link needs no IPv6, or give the peer's identifier after "
	     "the comma of an ipv6 line."),
	  N_("'%.*s' with IPv6 on and no identifier for the peer (no ipv6 line with one "
	     "after its comma): Linux pppd before 2.5.0 then refuses to start once it has "
	     "read every option, logging \"local/remote LL address required for "
	     "demand-dialling\", unless another source it reads gives noipv6 or such a "
	     "line. Linux pppd 2.5.3 makes one up instead."), 1 },
	/* the relay starts from IPv6CP's up notifier (linux-ppp-2.5.3/pppd/
	 * plugins/dhcpv6relay/dhcpv6relay.c:978, ipv6cp.c:1380) */
	{ "dhcpv6-server", NEED_ON, { "+ipv6", "ipv6" }, "noipv6", 1, 1,
	  N_("Remove it, or turn IPv6 on (+ipv6) if the peer's DHCPv6 requests should be "
	     "relayed."),
	  N_("'%.*s' relays nothing here: IPv6 is off in this file (noipv6 or -ipv6 comes "
	     "after any +ipv6 or ipv6 line), and dhcpv6relay.so starts relaying only when IPv6CP comes "
	     "up. pppd still looks a named server up while it reads its options. A file pppd "
	     "reads later may still turn IPv6 on."), 0 },
	NEED_DHCPV6("dhcpv6-trusted"), NEED_DHCPV6("dhcpv6-metric"),
	NEED_DHCPV6("dhcpv6-ra-intvl"),
	{ "ipv6cp-use-persistent", NEED_NO_V6ID, { NULL, NULL }, NULL, 0, 0,
	  N_("Remove it, or take the identifier out of the ipv6 line if the persistent "
	     "one is wanted."),
	  N_("'%.*s' does nothing here: pppd uses the persistent identifier only when no "
	     "ipv6 line gives one, and line %zu does (Linux pppd 2.5.3 counts this end's "
	     "identifier only; 2.4.9 and Apple's pppd count the peer's too)."), 0 },
	{ "lcp-echo-failure", NEED_NONZERO, { "lcp-echo-interval", NULL }, NULL, 1, 0,
	  N_("Add lcp-echo-interval with a number of seconds above 0, or remove this line."),
	  N_("'%.*s' does nothing unless lcp-echo-interval is above 0, and in this file it "
	     "is not set or is 0: pppd sends no LCP echo requests, so it never counts "
	     "unanswered ones. Another file pppd reads may still set the interval."), 0 },
	{ "lcp-echo-adaptive", NEED_NONZERO, { "lcp-echo-interval", NULL }, NULL, 1, 0,
	  N_("Add lcp-echo-interval with a number of seconds above 0, or remove this line."),
	  N_("'%.*s' does nothing unless lcp-echo-interval is above 0, and in this file it "
	     "is not set or is 0: pppd sends no LCP echo requests at all. Another file pppd "
	     "reads may still set the interval."), 0 },
	/* lcp-rtt-file: a round-trip time is written only when an echo reply
	 * comes back (linux-ppp-2.5.3/pppd/lcp.c:2337), and echo requests are
	 * sent only once the timer starts, which needs lcp-echo-interval not 0
	 * (lcp.c:87 and :2493); the file is opened, sized and, without pppd's
	 * mark, zeroed each time LCP comes up anyway (lcp.c:2490, :2439-2450).
	 * Linux 2.5.1 and later only; left out: a reply the peer sends unasked. */
	{ "lcp-rtt-file", NEED_NONZERO, { "lcp-echo-interval", NULL }, NULL, 0, 0,
	  N_("Add lcp-echo-interval with a number of seconds above 0, or remove this line."),
	  N_("'%.*s' records nothing unless lcp-echo-interval is above 0, and in this file "
	     "it is not set or is 0: pppd sends no LCP echo requests, so it measures no "
	     "round-trip time, yet it still opens the file (making it if needed) each time "
	     "LCP comes up. Another file pppd reads may still set the interval (derived from "
	     "the source, not tried)."), 0 },
	/* minconn.so's hook returns minconnect for the first idle check and
	 * the idle time less the time idle for later ones (linux-ppp-2.5.3/
	 * pppd/plugins/minconn.c:58, :62), and a check with nothing left ends
	 * the link (auth.c:1308). A negative minconnect schedules no check
	 * (auth.c:1189): skipped below like 0. Left out: a negative idle. */
	{ "minconnect", NEED_NONZERO, { "idle", NULL }, NULL, 0, 0,
	  N_("Add idle with a number of seconds above 0, or remove this line."),
	  N_("'%.*s' without idle ends the link: in this file idle is not set or is 0, so "
	     "the first idle check, made after minconnect's seconds, finds no idle time "
	     "left and ends the link, busy or not (derived from the source, not tried). "
	     "Another file pppd reads may still set idle."), 0 },
	/* Apple's noidlesend only changes which idle time the idle check
	 * reads (apple-ppp-1027.121.1/Helpers/pppd/auth.c:1318-1321), and that
	 * check is scheduled only while idle is above 0 (auth.c:1197-1201; idle
	 * is 0 unless set, options.c:138). PPPController's own idle comes with
	 * noidlerecv (Controller/ppp_manager.c:990-992), which the check reads
	 * first, so the row is not quiet on a Mac. Left out: a negative idle, and
	 * the idle PPPController sends when settings change mid-link (:1459). */
	{ "noidlesend", NEED_NONZERO, { "idle", NULL }, NULL, 0, 0,
	  N_("Add idle with a number of seconds above 0, or remove this line."),
	  N_("'%.*s' does nothing unless idle is above 0, and in this file idle is not set "
	     "or is 0: pppd then never checks whether the link is idle. Another file pppd "
	     "reads may still set idle; the idle PPPController passes when it starts the link "
	     "comes with noidlerecv, which this word cannot override (derived from Apple's "
	     "source, not tried on a Mac)."), 0 },
	/* active-filter (Linux only; a Mac's pppd is built without it, and the
	 * platform rule speaks there): pppd reads the compiled filter only to
	 * judge a waiting packet under demand (linux-ppp-2.5.3/pppd/demand.c:339)
	 * and hands it to the kernel, whose idle time is read only by the idle
	 * check; that check is scheduled only when idle, radius.so or a plugin's
	 * idle hook gives a time (auth.c:1185-1190; 2.4.9's :1132-1137). No word
	 * turns demand off. Left out, so the rule stays quiet: an idle line of
	 * 0 counts as giving a time, and any plugin line counts as one that may
	 * set it (pppconf cannot see what a plugin does). */
	{ "active-filter", NEED_ON, { "demand", "idle", "plugin" }, NULL, 1, 0,
	  N_("Add demand, or idle with a number of seconds above 0, if the filter should count; otherwise remove this line."),
	  N_("'%.*s' does nothing unless demand is on or an idle time is set, and this file "
	     "has no demand, idle or plugin line: pppd uses the filter only to pick the packets "
	     "that dial on demand and those that keep the link from being idle. Another file "
	     "pppd reads may still give one (derived from the source, not tried)."), 0 },
	{ "holdoff", NEED_ON, { "persist", "demand" }, "nopersist", 1, 0,
	  N_("Add persist (or demand) if pppd should connect again, or remove this line."),
	  N_("'%.*s' does nothing unless persist or demand is on, and in this file neither "
	     "is (or nopersist comes last): pppd waits the holdoff time only before it "
	     "connects again, and without persist it exits when the link ends instead. "
	     "Another file pppd reads may still turn persist on."), 0 },
	/* maxfail: the count is read only where pppd decides whether to go
	 * round again, after persist is tested (linux-ppp-2.5.3/pppd/main.c:634;
	 * 2.4.9's :540; Apple's main.c:886): without persist pppd exits after
	 * the first connection whatever the count. Quiet on a Mac, where
	 * PPPController passes demand with its own maxfail (ppp_manager.c:
	 * 1003-1009), as for holdoff. A 0 is left alone like holdoff's. */
	{ "maxfail", NEED_ON, { "persist", "demand" }, "nopersist", 1, 0,
	  N_("Add persist (or demand) if pppd should connect again, or remove this line."),
	  N_("'%.*s' does nothing unless persist or demand is on, and in this file neither "
	     "is (or nopersist comes last): pppd counts failed attempts only to decide whether "
	     "to try again, and without persist it exits after the first one whatever the "
	     "count. Another file pppd reads may still turn persist on."), 0 },
	/* defaultroute-metric: pppd reads the number only where it adds (or
	 * removes) a default route through the link, which it does only when
	 * defaultroute is on (linux-ppp-2.5.3/pppd/ipcp.c:1796, :1923;
	 * sys-linux.c:2356, :2366) or, in 2.4.9 always and in 2.5.3 only when
	 * its netlink call fails, when defaultroute6 is on (2.4.9's
	 * sys-linux.c:1918, :1931; 2.5.3's :2442). With nodefaultroute (or
	 * -defaultroute) anywhere in the file, need_route_off in check_needs.c
	 * says it instead. Left out: a 0, skipped like every 0 here. Linux
	 * only, so quiet on a Mac. */
	{ "defaultroute-metric", NEED_ON, { "defaultroute", "defaultroute6" }, NULL, 1, 0,
	  N_("Add defaultroute if pppd should add a default route through this link, or "
	     "remove this line."),
	  N_("'%.*s' does nothing here: pppd uses this number only when it adds a default "
	     "route, which defaultroute asks for (and defaultroute6 in Linux pppd 2.4.9, or in "
	     "2.5.3 only when its netlink route call fails), and this file turns on neither. "
	     "Another file pppd reads may still turn one on."), 0 },
	/* defaultroute6-metric (Linux 2.5.3): pppd reads the number only where
	 * it adds or removes the IPv6 default route (linux-ppp-2.5.3/pppd/
	 * sys-linux.c:2433, :2464), which it adds only when defaultroute6 is on
	 * (ipv6cp.c:1254, :1343, :1368); nodefaultroute6 turns that off again
	 * (ipv6cp.c:256). Left out: noipv6, which the defaultroute6 row says. */
	{ "defaultroute6-metric", NEED_ON, { "defaultroute6", NULL }, "nodefaultroute6", 1, 0,
	  N_("Add defaultroute6 if pppd should add an IPv6 default route through this link, "
	     "or remove this line."),
	  N_("'%.*s' does nothing unless defaultroute6 is on, and in this file it is not (or "
	     "nodefaultroute6 comes last): pppd uses this number only for the IPv6 default "
	     "route that defaultroute6 asks for. Another file pppd reads may still turn "
	     "defaultroute6 on."), 0 },
	{ "ktune", NEED_ON, { "proxyarp", "demand" }, NULL, 1, 0,
	  N_("Remove it, unless another file pppd reads turns proxyarp or demand on."),
	  N_("'%.*s' does nothing here: Linux pppd changes a kernel setting for it only "
	     "with proxyarp (IP forwarding) or demand (ip_dynaddr, when this end's address "
	     "changes), and this file turns on neither. Another file pppd reads may still "
	     "turn one on."), 0 },
	{ "master_detach", NEED_ON, { "multilink", NULL }, "nomultilink", 0, 0,
	  N_("Add multilink if this pppd should join a multilink bundle, or remove this line."),
	  N_("'%.*s' does nothing unless multilink is on, and in this file it is not (or "
	     "nomultilink comes last): pppd looks at this word only as the master of a "
	     "multilink bundle whose own link has ended. Another file pppd reads may still "
	     "turn multilink on."), 0 },
	{ "datarate", NEED_ON, { "socket", "notty", "record" }, NULL, 0, 0,
	  N_("Add socket, notty or record if pppd should relay the bytes and limit them, or remove this line."),
	  N_("'%.*s' does nothing unless pppd relays the bytes itself (socket, notty or "
	     "record), and this file has none of them: on a serial port, or with pty and no "
	     "record, no byte is counted. Another file pppd reads may still give one."), 0 },
	{ "pty-delay", NEED_ON, { "pty", NULL }, NULL, 0, 0,
	  N_("Add the pty line this wait is meant for, or remove this line."),
	  N_("'%.*s' does nothing unless pty is set, and this file has no pty line: "
	     "Apple's pppd waits for the first bytes only of a command that pty starts "
	     "(derived from Apple's source, not tried on a Mac). Another file pppd reads "
	     "may still give one."), 0 },
	{ "mrru", NEED_ON, { "multilink", NULL }, "nomultilink", 1, 0,
	  N_("Add multilink if this link should join a multilink bundle, or remove this line."),
	  N_("'%.*s' does nothing unless multilink is on, and in this file it is not (or "
	     "nomultilink comes last): without multilink pppd neither asks the peer for an "
	     "MRRU nor accepts one the peer proposes. Another file pppd reads may still "
	     "turn multilink on."), 0 },
	{ "endpoint", NEED_ON, { "multilink", NULL }, "nomultilink", 1, 0,
	  N_("Add multilink if this link should join a multilink bundle, or remove this line."),
	  N_("'%.*s' does nothing unless multilink is on, and in this file it is not (or "
	     "nomultilink comes last): without multilink pppd announces no endpoint "
	     "discriminator. Another file pppd reads may still turn multilink on."), 0 },
	{ "bundle", NEED_ON, { "multilink", NULL }, "nomultilink", 1, 0,
	  N_("Add multilink if this link should join a multilink bundle, or remove this line."),
	  N_("'%.*s' does nothing unless multilink is on, and in this file it is not (or "
	     "nomultilink comes last): pppd reads the bundle name only while this link joins "
	     "a multilink bundle. Another file pppd reads may still turn multilink on."), 0 },
	{ "mpshortseq", NEED_ON, { "multilink", NULL }, "nomultilink", 1, 0,
	  N_("Add multilink if this link should join a multilink bundle, or remove this line."),
	  N_("'%.*s' does nothing unless multilink is on, and in this file it is not (or "
	     "nomultilink comes last): without multilink pppd neither asks for short "
	     "sequence numbers nor accepts the peer's request for them. Another file pppd "
	     "reads may still turn multilink on."), 0 },
	/* noresolvconf (Linux 2.5.1 and later): its flag is read only in the
	 * function that writes /etc/ppp/resolv.conf (linux-ppp-2.5.3/pppd/
	 * ipcp.c:2165), and that is called only while usepeerdns is on and the
	 * peer gave a server (ipcp.c:1867-1869); no word turns usepeerdns off.
	 * On a Mac the platform rule speaks (no such word there). */
	{ "noresolvconf", NEED_ON, { "usepeerdns", NULL }, NULL, 1, 0,
	  N_("Add usepeerdns if pppd should fetch the peer's DNS servers, or remove this line."),
	  N_("'%.*s' does nothing unless usepeerdns is on, and this file does not turn it "
	     "on: pppd writes /etc/ppp/resolv.conf only for usepeerdns, so without it there "
	     "is no file to hold back. Another file pppd reads may still turn usepeerdns on."), 0 },
	{ "novjccomp", NEED_NOT_OFF, { NULL, NULL }, "novj", 0, 0,
	  N_("Remove it, or remove novj if VJ compression is wanted."),
	  N_("'%.*s' does nothing here: novj in this file turns Van Jacobson compression "
	     "off both ways, no option turns it on again, and this setting only shapes a "
	     "VJ request."), 0 },
	{ "eap-timeout", NEED_NOT_OFF, { NULL, NULL }, "refuse-eap", 0, 0,
	  N_("Remove it, or remove refuse-eap if this end should log in with EAP."),
	  N_("'%.*s' does nothing here: refuse-eap in this file keeps this end from "
	     "logging in to the peer with EAP, no option allows it again, and this "
	     "timer runs only during that login."), 0 },
	{ "vj-max-slots", NEED_NOT_OFF, { NULL, NULL }, "novj", 0, 0,
	  N_("Remove it, or remove novj if VJ compression is wanted."),
	  N_("'%.*s' does nothing here: novj in this file turns Van Jacobson compression "
	     "off both ways, no option turns it on again, and this setting only shapes a "
	     "VJ request."), 0 },
	/* replacedefaultroute (Linux before 2.5.3): its flag is handed only to
	 * the two calls that add a default route, and both run only when
	 * defaultroute is on (linux-ppp-2.4.9/pppd/ipcp.c:1727-1729, :1842-1844,
	 * :1902-1904); the third reader, ipcp_clear_addrs, acts only on a route
	 * pppd itself has set (:2011). nodefaultroute (-defaultroute) clears
	 * defaultroute again (:192-197). In 2.5.3 the word does nothing at all
	 * (the no-effect rule says so); the 2.5.3 README lists that change
	 * among what is new in 2.5.3 (linux-ppp-2.5.3/README:70, :97), so
	 * 2.5.0 to 2.5.2 still had it: hence before_253. Linux only. */
	{ "replacedefaultroute", NEED_ON, { "defaultroute", NULL }, "nodefaultroute", 0, 0,
	  N_("Add defaultroute if pppd should put its default route in place of one that "
	     "exists, or remove this line."),
	  N_("'%.*s' does nothing unless defaultroute is on, and in this file it is not (or "
	     "nodefaultroute comes last): Linux pppd before 2.5.3 reads it only when it adds "
	     "a default route, which it does only with defaultroute. Another file pppd reads "
	     "may still turn defaultroute on."), 1 },
	/* show-password: the flag is read only where a PAP login request is
	 * printed (linux-ppp-2.5.3/pppd/upap.c:624; 2.4.9's :619; Apple's
	 * Helpers/pppd/upap.c:686), and packets are printed only from the
	 * packet dump, which returns at once while debug is 0
	 * (linux-ppp-2.5.3/pppd/utils.c:851; 2.4.9's utils.c:711; Apple's
	 * utils.c:905). Nothing turns debug off again once it is counted up.
	 * PPPController passes debug for a service with verbose logging on
	 * (Controller/ppp_manager.c:754), so quiet on a Mac. */
	{ "show-password", NEED_ON, { "debug", NULL }, NULL, 1, 0,
	  N_("Add debug if pppd should log PAP packets with their passwords, or remove "
	     "this line."),
	  N_("'%.*s' does nothing unless debug is on, and in this file it is not: pppd "
	     "shows a PAP password only in the packets it logs, and it logs packets only "
	     "with debug. Another file pppd reads, or the command line, may still turn "
	     "debug on."), 0 },
	/* pkcs12 (Linux 2.5.3): with a bundle, TLS set-up skips its checks for
	 * a CA (linux-ppp-2.5.3/pppd/eap-tls.c:280) but still loads the CA from
	 * ca and capath alone (:392, tls.c:413-435); the bundle's other
	 * certificates are only added to the chain sent (eap-tls.c:481). With
	 * neither set, the certificate library is handed nothing and fails
	 * (general OpenSSL behaviour, not pppd's code), and the client answers
	 * with a Nak (eap.c:1860-1862). A build with a system CA folder presets
	 * capath (auth.c:1350-1353), so the message says so. Left out: ca or
	 * capath set to "" (catalog_empty.c speaks of those). Quiet on a Mac,
	 * where pppd has no pkcs12 (the platform rule speaks). */
	/* cert (Linux): an EAP-TLS client takes cert from the options only when
	 * key and ca or capath are given too (linux-ppp-2.5.3/pppd/auth.c:2766;
	 * 2.4.9's :2660); otherwise 2.5.3 goes to pkcs12 (:2775) and both go to
	 * /etc/ppp/eaptls-client (:2785; 2.4.9's :2671). The server side never
	 * reads it. This row sees only the missing key: cert and key without ca
	 * or capath are left out, since a 2.5.3 built with a system CA folder
	 * presets capath (auth.c:1350-1353). Quiet on a Mac, where pppd has no
	 * cert (the platform rule speaks). */
	{ "cert", NEED_ON, { "key", NULL }, NULL, 1, 0,
	  N_("Add key with the file of the private key that belongs to this certificate."),
	  N_("'%.*s' without key: pppd takes the certificate from this option only when key, "
	     "and ca or capath, are set too, and this file sets no key. Otherwise an EAP-TLS "
	     "client passes over it and uses the pkcs12 bundle if one is given (Linux pppd "
	     "2.5.3), else the certificate named in /etc/ppp/eaptls-client (derived from the source, not tried). Another "
	     "file pppd reads may still set key."), 0 },
	/* key (Linux): the other half of the cert row above. An EAP-TLS client
	 * takes the private key from this option only beside cert and ca or
	 * capath (linux-ppp-2.5.3/pppd/auth.c:2766, :2773; 2.4.9's :2660);
	 * otherwise 2.5.3 goes to pkcs12 (:2775) and both go to
	 * /etc/ppp/eaptls-client (:2785; 2.4.9's :2671), where the key's name
	 * is read from that file. This row sees only the missing cert, for the
	 * same reason as the cert row (a system CA folder may preset capath).
	 * Quiet on a Mac, where pppd has no key (the platform rule speaks). */
	{ "key", NEED_ON, { "cert", NULL }, NULL, 1, 0,
	  N_("Add cert with the file of the certificate this private key belongs to."),
	  N_("'%.*s' without cert: pppd takes the private key from this option only when "
	     "cert, and ca or capath, are set too, and this file sets no cert. Otherwise an "
	     "EAP-TLS client passes over it and uses the pkcs12 bundle if one is given (Linux "
	     "pppd 2.5.3), else the key named in /etc/ppp/eaptls-client (derived from the "
	     "source, not tried). Another file pppd reads may still set cert."), 0 },
	{ "pkcs12", NEED_ON, { "ca", "capath" }, NULL, 1, 0,
	  N_("Add ca with the file of CA certificates that signed the peer's certificate "
	     "(or capath with a folder of them)."),
	  N_("'%.*s' without ca or capath: the bundle does not replace them, as pppd checks "
	     "the peer's certificate against those two only, and this file sets neither. "
	     "When an EAP-TLS login starts, TLS set-up then fails (\"Cannot load verify "
	     "locations\") and pppd answers with a Nak instead of logging in, unless it "
	     "was built with a system CA folder (derived from the source, not tried). "
	     "Another file pppd reads may still set one."), 0 },
};

const size_t need_nrows = sizeof need_rows / sizeof need_rows[0];
