/* check_needs.c - the rule about a word that does nothing unless another is on (lcp-echo-failure without an echo interval, holdoff without persist or demand, ktune without proxyarp or demand; on a Mac pppoeretrytimer not below the call's time; in Linux before 2.5 demand with IPv6 on and no peer identifier, which stops pppd) or once another turned its feature off (novjccomp after novj). */
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

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
 * which leaves none too, and noipv6, with which the plugin never starts.
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
 * mrru (Linux only; Apple's pppd is built without it): LCP copies what
 * this end wants, then clears the MRRU request when multilink is off
 * (linux-ppp-2.5.3/pppd/lcp.c:647-649; 2.4.9's :621-623), and it rejects
 * an MRRU the peer asks for unless multilink is on (2.5.3's :1771-1772).
 * The other readers of the number run only with multilink on (multilink.c
 * :97-103). multilink (mp) is off by default, nomultilink (nomp) turns it
 * off again. Left out, as for master_detach: a pppd that gives multilink
 * up at start. On a Mac the not-built rule speaks, so the row is quiet.
 * bundle: its name is read only while this link joins a multilink bundle
 * (linux-ppp-2.5.3/pppd/multilink.c:171-185), and pppd joins one only with
 * multilink on (auth.c:967-968; 2.4.9's :920-921). Left out and quiet on a
 * Mac, as for mrru.
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
 * 2.4.9's :2753). Without proxyarp or demand it changes nothing. Only the
 * presence of either word is looked at: left out are noproxyarp after
 * proxyarp, a proxy-ARP entry pppd fails to set, and a demand link whose
 * address never changes. On a Mac the no-effect rule speaks (Apple's pppd
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
enum need_how {
	NEED_NONZERO,   /* the last `on` line must give a number other than 0 */
	NEED_ON,        /* the last `on` line must come after the last `off` */
	NEED_NOT_OFF,   /* on by default: an `off` line anywhere undoes it */
	NEED_TEXT,      /* the last `on` line must give a word that is not empty */
	NEED_NO_V6ID,   /* idle once an ipv6 line gives an identifier (below) */
	NEED_PEER_NODE, /* idle unless ipx-node gives a nonzero peer node */
	NEED_V6_REMOTE, /* idle unless the peer is given an IPv6 identifier */
	NEED_V6_DEMAND  /* said while IPv6 is on and the peer has no identifier */
};

struct need_row {
	const char *word;          /* real name of the word that needs */
	enum need_how how;
	const char *on[2];         /* real names that make it act (NULL: none) */
	const char *off;           /* real name that undoes it, or NULL */
	int quiet_macos;           /* PPPController may pass an `on` word: quiet on a
	                              Mac for every file, as the controller's words
	                              outrank /etc/ppp/options and come before the
	                              peers file and /etc/ppp/postoptions */
	unsigned dflt;             /* NEED_ON: 1 on by default on Linux, 2 on a Mac */
	const char *fix;           /* English, N_() */
	const char *msg;           /* English, N_(): '%.*s' is the word */
	int before_25;             /* said only when --pppd-version names a Linux
	                              release before 2.5.0 (without one, the
	                              removed rule speaks about these words) */
};

#define NEED_NOIP(w) \
	{ w, NEED_NOT_OFF, { NULL, NULL }, "noip", 0, 0, \
	  N_("Remove it, or remove noip if this link should carry IPv4."), \
	  N_("'%.*s' does nothing here: noip in this file turns IPv4 and its control " \
	     "protocol (IPCP) off, no option turns them on again, and this setting only " \
	     "shapes IPCP."), 0 }
#define NEED_NOIPV6(w) \
	{ w, NEED_ON, { "+ipv6", "ipv6" }, "noipv6", 1, 1, \
	  N_("Remove it, or turn IPv6 on (+ipv6) if this link should carry it."), \
	  N_("'%.*s' does nothing here: IPv6 is off in this file (noipv6 comes after any " \
	     "+ipv6 or ipv6 line; Apple's pppd keeps IPv6 off unless one of those turns it " \
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

static const struct need_row need_rows[] = {
	NEED_NOIP("ipcp-accept-local"), NEED_NOIP("ipcp-accept-remote"),
	NEED_NOIP("ipcp-restart"), NEED_NOIP("ipcp-max-terminate"),
	NEED_NOIP("ipcp-max-configure"), NEED_NOIP("ipcp-max-failure"),
	NEED_NOIP("novj"), NEED_NOIP("novjccomp"), NEED_NOIP("vj-max-slots"),
	NEED_NOIPV6("ipv6cp-accept-local"), NEED_NOIPV6("ipv6cp-accept-remote"),
	NEED_NOIPV6("ipv6cp-use-persistent"), NEED_NOIPV6("ipv6cp-use-remotenumber"),
	NEED_NOIPV6("ipv6cp-noremote"), NEED_NOIPV6("ipv6cp-nosend"),
	NEED_NOIPV6("ipv6cp-restart"), NEED_NOIPV6("ipv6cp-max-terminate"),
	NEED_NOIPV6("ipv6cp-max-configure"), NEED_NOIPV6("ipv6cp-max-failure"),
	NEED_NOIPV6("defaultroute6"),
	/* the ipv6-up script is started only from IPv6CP's up and script-done
	 * handlers (linux-ppp-2.5.3/pppd/ipv6cp.c:1390, :1485) */
	NEED_NOIPV6("ipv6-up-script"),
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
	{ "holdoff", NEED_ON, { "persist", "demand" }, "nopersist", 1, 0,
	  N_("Add persist (or demand) if pppd should connect again, or remove this line."),
	  N_("'%.*s' does nothing unless persist or demand is on, and in this file neither "
	     "is (or nopersist comes last): pppd waits the holdoff time only before it "
	     "connects again, and without persist it exits when the link ends instead. "
	     "Another file pppd reads may still turn persist on."), 0 },
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
	{ "mrru", NEED_ON, { "multilink", NULL }, "nomultilink", 1, 0,
	  N_("Add multilink if this link should join a multilink bundle, or remove this line."),
	  N_("'%.*s' does nothing unless multilink is on, and in this file it is not (or "
	     "nomultilink comes last): without multilink pppd neither asks the peer for an "
	     "MRRU nor accepts one the peer proposes. Another file pppd reads may still "
	     "turn multilink on."), 0 },
	{ "bundle", NEED_ON, { "multilink", NULL }, "nomultilink", 1, 0,
	  N_("Add multilink if this link should join a multilink bundle, or remove this line."),
	  N_("'%.*s' does nothing unless multilink is on, and in this file it is not (or "
	     "nomultilink comes last): pppd reads the bundle name only while this link joins "
	     "a multilink bundle. Another file pppd reads may still turn multilink on."), 0 },
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
};

/* The last entry that set any of the row's `on` names, or SIZE_MAX. */
static size_t need_last_on(const struct check_ctx *c, const struct need_row *r)
{
	size_t i, j, last = SIZE_MAX;

	for (i = 0; i < 2 && r->on[i]; i++) {
		j = check_sets_last(c, r->on[i]);
		if (j != SIZE_MAX && (last == SIZE_MAX || j > last))
			last = j;
	}
	return last;
}

/* The entry's number as pppd's strtol reads it (0x and 0 prefixes too) in
 * *v, *whole 1 when nothing follows it; 0 when it starts with no number
 * (the value checks say that). */
static int need_number(const struct check_ctx *c, size_t entry, long *v, int *whole)
{
	size_t len;
	const char *a = check_arg(c, entry, &len);
	char buf[32], *end;

	if (!a || len == 0 || len >= sizeof buf)
		return 0;
	memcpy(buf, a, len);
	buf[len] = '\0';
	*v = strtol(buf, &end, 0);
	*whole = *end == '\0';
	return end != buf;
}

/* Whether the entry's number is 0 (and nothing else is in the value). */
static int need_is_zero(const struct check_ctx *c, size_t entry)
{
	long v;
	int whole;

	return need_number(c, entry, &v, &whole) && whole && v == 0;
}

/* Whether the entry's number is 0 or below as pppd's int reads it (what
 * follows the number is ignored, as pppd does; a value cut to 32 bits is
 * not modelled). */
static int need_not_positive(const struct check_ctx *c, size_t entry)
{
	long v;
	int whole;

	return need_number(c, entry, &v, &whole) && v <= 0 && v >= -2147483648L;
}

/* The first ipv6 line that gives an identifier pppd counts against
 * ipv6cp-use-persistent (this end's; in 2.4.9 and on a Mac the peer's
 * too), or SIZE_MAX. The value is local,remote; either may be empty. */
static size_t need_v6id(const struct check_ctx *c)
{
	size_t i, len, k;
	const char *a;
	int both = c->p == PLATFORM_MACOS || check_release_before(c, "2.5.0");

	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(check_sets_canon(c->row[i]), "ipv6") != 0)
			continue;
		a = check_arg(c, i, &len);
		if (!a)
			continue;
		for (k = 0; k < len && a[k] != ','; k++)
			;
		if (k > 0 || (both && k + 1 < len))
			return i;
	}
	return SIZE_MAX;
}

/* Whether the file gives the peer no IPv6 identifier: no ipv6 line with
 * text after its first comma, and no ipv6cp-use-remotenumber (see the
 * note atop). */
static int need_v6_remote_none(const struct check_ctx *c)
{
	size_t i, len, k;
	const char *a;

	if (check_sets_last(c, "ipv6cp-use-remotenumber") != SIZE_MAX)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(check_sets_canon(c->row[i]), "ipv6") != 0)
			continue;
		a = check_arg(c, i, &len);
		if (!a)
			continue;
		for (k = 0; k < len && a[k] != ','; k++)
			;
		if (k + 1 < len)
			return 0;
	}
	return 1;
}

/* Whether the file leaves the peer's IPX node zero: the part after the
 * colon of the last ipx-node line that has a colon, read as hex digits
 * (see the note atop). A line that is no node number is skipped. */
static int need_peer_node_zero(const struct check_ctx *c)
{
	size_t i, len, k, colon, end;
	const char *a;
	int zero = 1, nz;

	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(check_sets_canon(c->row[i]), "ipx-node") != 0)
			continue;
		a = check_arg(c, i, &len);
		if (!a)
			continue;
		for (colon = 0; colon < len && isxdigit((unsigned char)a[colon]); colon++)
			;
		if (colon == len)
			continue;               /* no colon: the peer's node is kept */
		if (a[colon] != ':')
			continue;               /* refused by pppd */
		for (end = colon + 1; end < len && isxdigit((unsigned char)a[end]); end++)
			;
		if (end != len)
			continue;               /* refused by pppd */
		nz = 0;
		for (k = end > colon + 13 ? end - 12 : colon + 1; k < end; k++)
			if (a[k] != '0')
				nz = 1;
		zero = !nz;
	}
	return zero;
}

/* Whether row r's word does nothing, given what the whole file set. */
static int need_idle(const struct check_ctx *c, const struct need_row *r)
{
	size_t on = need_last_on(c, r), off = r->off ? check_sets_last(c, r->off) : SIZE_MAX;
	size_t len = 0;

	switch (r->how) {
	case NEED_NONZERO:
		return on == SIZE_MAX || need_is_zero(c, on);
	case NEED_ON:
		if (on == SIZE_MAX && off == SIZE_MAX)
			return !(r->dflt & (c->p == PLATFORM_LINUX ? 1u : 2u));
		return on == SIZE_MAX || (off != SIZE_MAX && off > on);
	case NEED_NOT_OFF:
		return off != SIZE_MAX;
	case NEED_NO_V6ID:
		return need_v6id(c) != SIZE_MAX;
	case NEED_PEER_NODE:
		return need_peer_node_zero(c);
	case NEED_V6_REMOTE:
		return need_v6_remote_none(c);
	case NEED_V6_DEMAND:
		if (!need_v6_remote_none(c))
			return 0;
		return (on == SIZE_MAX && off == SIZE_MAX) || (on != SIZE_MAX && (off == SIZE_MAX || on > off));
	case NEED_TEXT:
		if (on == SIZE_MAX)
			return 1;
		check_arg(c, on, &len);
		return len == 0;
	}
	return 0;
}

/* pppoeretrytimer at or above the time a call is given (Apple's PPPoE.ppp,
 * so a Mac only). The plugin hands each timer to the PPPoE kernel
 * extension as a 16-bit number, and only when its int is not 0
 * (apple-ppp-1027.121.1/Drivers/PPPoE/PPPoE-plugin/main.c:307-321); the
 * call's time is 65 unless set (main.c:123). By the extension's timer
 * (Drivers/PPPoE/PPPoE-extension/pppoe_rfc.c in Apple's full source, not
 * the pinned copy) a call given no time keeps 20 seconds, and the
 * discovery packet goes out again only when the seconds left reach a mark
 * that starts at the call's time less the retry time, in 16 bits, before
 * the call ends at 0; a retry time at or above the call's time puts the
 * mark at 0 or wraps it above the call's time, so it is never reached.
 * PPPController passes neither timer. Left out: a timer set in another
 * file pppd reads (the note says so), a number beyond the range of a long,
 * and a retry or call time that is 0 in 16 bits (the value checks say
 * what those do). Returns 1 when said. */
static int need_pppoe_retry(struct check_ctx *c)
{
	size_t r = check_sets_last(c, "pppoeretrytimer");
	size_t t = check_sets_last(c, "pppoeconnecttimer");
	long rv, tv = 65;
	int whole;
	unsigned long r16, t16;

	/* Apple's pppd reads an int through strtoul and keeps its low 32
	 * bits (Helpers/pppd/options.c:1531, :1555): its low 16 bits are
	 * strtol's too, unless strtol ran out of range (LONG_MAX, LONG_MIN) */
	if (c->p != PLATFORM_MACOS || r == SIZE_MAX || !need_number(c, r, &rv, &whole) ||
	    rv == 0 || rv == LONG_MAX || rv == LONG_MIN)
		return 0;
	if (t != SIZE_MAX && (!need_number(c, t, &tv, &whole) ||
	                      tv == LONG_MAX || tv == LONG_MIN))
		return 0;
	if (tv == 0)
		tv = 20;
	r16 = (unsigned long)rv & 0xffffUL;
	t16 = (unsigned long)tv & 0xffffUL;
	if (r16 == 0 || t16 == 0 || r16 < t16)
		return 0;
	check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, r), r,
	          N_("Write a retry time below the call's time (pppoeconnecttimer), or remove "
	          "the line to keep the extension's own 3 seconds."), NULL,
	          N_("pppoeretrytimer passes %lu, which is not below the %lu seconds a PPPoE "
	          "call is given here, so the PPPoE kernel extension never sends the "
	          "discovery packet (PADI, then PADR) again: if the first one gets no "
	          "answer, the call fails when that time runs out (derived from Apple's "
	          "source, not tried on a Mac). Another file pppd reads may still change "
	          "either timer."), r16, t16);
	return 1;
}

int check_needs_rule(struct check_ctx *c, size_t entry, size_t word)
{
	size_t i, k, nlen;
	const char *name, *canon;
	int said = 0;
	unsigned char *done;

	(void)entry;
	(void)word;
	if (!c->sets.of || c->d->nentries == 0)
		return 0;
	done = calloc(c->d->nentries, 1);
	if (!done)
		return 0;
	for (k = 0; k < sizeof need_rows / sizeof need_rows[0]; k++) {
		const struct need_row *r = &need_rows[k];

		if (r->quiet_macos && c->p == PLATFORM_MACOS)
			continue;
		if (r->before_25 && (c->p != PLATFORM_LINUX || !check_release_before(c, "2.5.0")))
			continue;
		if (r->how == NEED_V6_REMOTE && check_release_before(c, "2.5.0"))
			continue;
		if (check_sets_last(c, r->word) == SIZE_MAX || !need_idle(c, r))
			continue;
		for (i = 0; i < c->d->nentries; i++) {
			if (!c->row[i] || done[i])
				continue;
			canon = check_sets_canon(c->row[i]);
			/* A 0 (lcp-echo-failure 0, holdoff 0) is how files reset
			 * a value set in one read earlier: left alone. */
			if (strcmp(canon, r->word) != 0 || need_is_zero(c, i))
				continue;
			/* minconnect 0 leaves idle alone; a negative one turns it off */
			if (strcmp(canon, "minconnect") == 0 && need_not_positive(c, i))
				continue;
			name = check_name(c, i, &nlen);
			if (r->how == NEED_NO_V6ID)
				check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, i), i, r->fix,
				          NULL, r->msg, (int)nlen, name,
				          check_line(c, need_v6id(c)));
			else
				check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, i), i, r->fix,
				          NULL, r->msg, (int)nlen, name);
			said = done[i] = 1;
		}
	}
	free(done);
	if (need_pppoe_retry(c))
		said = 1;
	return said;
}
