/* why_data_vpn.c - table rows: the Mac's L2TP plugin (with IPsec) and the PPPoE plugins of both platforms. */
#include "why/why_table.h"

#include "base/i18n.h"

#define L PLATFORM_LINUX
#define M PLATFORM_MACOS
#define L25 "linux-ppp-2.5.3/pppd/plugins/pppoe/"
#define L24 "linux-ppp-2.4.9/pppd/plugins/pppoe/"
#define AL "apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/"
#define AE "apple-ppp-1027.121.1/Drivers/PPPoE/PPPoE-plugin/"

#define WHY_SECRET_CAUSE N_( \
	"The VPN service uses IPsec (the Mac's default for L2TP) but has no " \
	"usable shared secret. Either the secret was never entered, or the " \
	"server speaks plain L2TP without IPsec and has no secret to give.")
#define WHY_SECRET_CHECK N_( \
	"Ask whoever runs the server whether it uses IPsec. If it does, enter " \
	"its shared secret in the VPN service's settings. If it " \
	"does not, the L2TP plugin's l2tpnoipsec option turns IPsec off: the " \
	"fix writes it, after its plugin line, into /etc/ppp/options.")
#define WHY_NOANSWER_CHECK N_( \
	"The server address; whether the network you are on lets IPsec and " \
	"L2TP (both over UDP) through; whether the server uses IPsec at all.")
#define WHY_DISCOVERY_CHECK N_( \
	"The Ethernet interface named in the options (the one the DSL modem is " \
	"on) and its cable; whether the modem passes PPPoE through; a service name " \
	"or access concentrator name given in the options must be exact.")

const struct why_entry why_data_vpn[] = {
	/* --- the Mac's L2TP plugin ----------------------------------------- */
	{ .id = "l2tp-connecting", .pattern = "L2TP connecting to server '%s' (%s)...",
	  .platforms = M, .cite = AL "main.c:1499", .role = WHY_BEGIN,
	  .cause = N_("The L2TP plugin begins to connect."), .check = "" },
	{ .id = "l2tp-no-secret", .pattern = "L2TP: no user shared secret found.",
	  .platforms = M, .cite = AL "main.c:1546", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE, .cause = WHY_SECRET_CAUSE, .check = WHY_SECRET_CHECK,
	  .fix = "l2tp-noipsec" },
	{ .id = "l2tp-bad-secret", .pattern = "L2TP: incorrect user shared secret found.",
	  .platforms = M, .cite = AL "main.c:1562", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The VPN service has IPsec settings but no shared secret the L2TP "
	           "plugin can use: the secret is missing there (perhaps because the "
	           "server uses no IPsec and has none to give) or not stored as text."),
	  .check = WHY_SECRET_CHECK, .fix = "l2tp-noipsec" },
	{ .id = "l2tp-no-certificate", .pattern = "L2TP: no user certificate  found.",
	  .platforms = M, .cite = AL "main.c:1579", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The VPN service is set to log in to IPsec with a certificate, and "
	           "no certificate is chosen."),
	  .check = N_("The certificate in the VPN service's settings, or a shared "
	           "secret instead if the server uses one.") },
	{ .id = "l2tp-no-server-address", .pattern = "L2TP: No remote address supplied...",
	  .platforms = M, .cite = AL "main.c:1370", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The VPN service has no server address."),
	  .check = N_("The Server Address field of the VPN settings.") },
	{ .id = "l2tp-host-not-found", .pattern = "L2TP: Host '%s' not found...",
	  .platforms = M, .cite = AL "main.c:1473", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server's name does not resolve: a typo in the address, or no "
	           "working DNS on the network you are on."),
	  .check = N_("The Server Address field; whether other names resolve.") },
	{ .id = "l2tp-no-answer", .pattern = "L2TP cannot connect to the server",
	  .platforms = M, .cite = AL "l2tp.c:282", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The plugin asked the server to open an L2TP tunnel and got no "
	           "answer: the server is down or unreachable, the network blocks "
	           "L2TP, or the server expects IPsec first and this side did not "
	           "use it (or the other way round)."),
	  .check = WHY_NOANSWER_CHECK },
	{ .id = "ipsec-no-answer", .pattern = "IPSec connection failed", .platforms = M,
	  .cite = AL "main.c:813 " AL "main.c:823", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The IPsec negotiation got no answer from the server: it is "
	           "unreachable, the network blocks IPsec, or the server speaks plain "
	           "L2TP without IPsec."),
	  .check = WHY_NOANSWER_CHECK, .fix = "l2tp-noipsec" },
	{ .id = "ipsec-refused", .pattern = "IPSec connection failed <IKE Error %d (0x%x) %s>",
	  .platforms = M, .cite = AL "main.c:853", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server answered but refused the IPsec negotiation; the words "
	           "at the end are the reason it gave. 'Authentication Failed' points "
	           "at the shared secret (or certificate); 'No proposal chosen' at "
	           "encryption settings the two sides do not share."),
	  .check = N_("The shared secret (and group name, if any) in the VPN settings.") },
	{ .id = "l2tp-ipsec-setup-failed", .pattern = "L2TP: cannot configure secure transport (%s).",
	  .platforms = M, .cite = AL "main.c:1688 " AL "main.c:1793", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The Mac could not set up IPsec for the tunnel; the words in "
	           "parentheses are the system's reason."),
	  .check = N_("The reason given; another VPN or IPsec client holding the same "
	           "ports.") },
	{ .id = "l2tp-protocol-error",
	  .pattern = "L2TP received invalid message (expected %s, received %s)",
	  .platforms = M, .cite = AL "l2tp.c:965", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server answered with an L2TP message out of order: it does "
	           "not accept this client's tunnel, or something between rewrites "
	           "the packets."),
	  .check = N_("The server's log; whether the server expects IPsec.") },
	{ .id = "l2tp-socket-mac", .pattern = "Failed to open L2TP %s socket: %m",
	  .platforms = M, .cite = AL "main.c:1342 " AL "main.c:1736 " AL "main.c:1849",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  /* Only the control socket (main.c:1329-1342) is retried after loading
	   * L2TP support, and only without l2tpnoload (main.c:1331); the
	   * listening (main.c:1734) and data (main.c:1847) sockets are opened
	   * once the control socket exists, with no load tried. */
	  .cause = N_("The L2TP plugin could not open a socket to the system's L2TP "
	           "support; the words after the colon say why. For the control socket it "
	           "has already tried loading that support (unless l2tpnoload is set); the "
	           "listening and data sockets come after the control socket, with no load "
	           "tried for them."),
	  .check = N_("For the control socket, l2tpnoload in the options (it stops the "
	           "plugin loading L2TP support); otherwise, and for the other sockets, the "
	           "system's own L2TP support, which nothing in the options can add.") },
	{ .id = "l2tp-network-changed",
	  .pattern = "L2TP has detected change in the network and lost connection with the server.",
	  .platforms = M, .cite = AL "main.c:2488", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The network under the VPN changed (another Wi-Fi, a new address, "
	           "sleep) and the tunnel was lost."),
	  .check = N_("Reconnect once the network is steady.") },

	/* --- PPPoE --------------------------------------------------------- */
	{ .id = "pppoe-connecting",
	  .pattern = "PPPoE connecting to service '%s' [access concentrator '%s']...",
	  .platforms = M, .cite = AE "main.c:452", .role = WHY_BEGIN,
	  .cause = N_("The PPPoE plugin begins to connect."), .check = "" },
	{ .id = "pppoe-failed", .pattern = "PPPoE connection failed, %m", .platforms = M,
	  .cite = AE "main.c:467", .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("No PPPoE server accepted the connection: none answered on the "
	           "interface, none offers the service or access concentrator named "
	           "in the settings, or the server refused."),
	  .check = WHY_DISCOVERY_CHECK },
	{ .id = "pppoe-bad-interface", .pattern = "PPPoE cannot use interface '%s'.",
	  .platforms = M, .cite = AE "main.c:268", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The network interface chosen for PPPoE cannot carry it."),
	  .check = N_("The interface in the service's settings.") },
	{ .id = "pppoe-socket-mac", .pattern = "Failed to open PPPoE socket: %m", .platforms = M,
	  .cite = AE "main.c:288", .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The PPPoE plugin could not open its connection to the system's PPPoE "
	           "support, even after trying to load it (unless nopppoeload is set); the "
	           "words after the colon say why."),
	  .check = N_("nopppoeload in the options (it stops the plugin loading PPPoE "
	           "support); otherwise the system's own PPPoE support, which nothing in "
	           "the options can add.") },
	{ .id = "pado-timeout", .pattern = "Timeout waiting for PADO packets", .platforms = L,
	  .cite = L25 "discovery.c:680 " L24 "discovery.c:626", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("No PPPoE server answered the search on this interface: the wrong "
	           "interface, an unplugged cable, or nothing on that network that "
	           "speaks PPPoE (a modem that logs in by itself does not pass it on)."),
	  .check = WHY_DISCOVERY_CHECK },
	{ .id = "pads-timeout", .pattern = "Timeout waiting for PADS packets", .platforms = L,
	  .cite = L25 "discovery.c:711 " L24 "discovery.c:642", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("A PPPoE server offered a session but did not confirm it when "
	           "asked: it may be busy or still hold an earlier session of this "
	           "line, or not offer the service asked for."),
	  .check = N_("Retry after a while; the service name in the options.") },
	{ .id = "pppoe-discovery-failed", .pattern = "Unable to complete PPPoE Discovery",
	  .platforms = L, .cite = L24 "plugin.c:222", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_LIKELY,
	  .cause = N_("The PPPoE plugin found no server to open a session with."),
	  .check = WHY_DISCOVERY_CHECK },
	{ .id = "pppoe-discovery-1-failed", .pattern = "Unable to complete PPPoE Discovery phase 1",
	  .platforms = L, .cite = L25 "plugin.c:220", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_LIKELY,
	  .cause = N_("No PPPoE server answered the search on this interface."),
	  .check = WHY_DISCOVERY_CHECK },
	{ .id = "pppoe-discovery-2-failed", .pattern = "Unable to complete PPPoE Discovery phase 2",
	  .platforms = L, .cite = L25 "plugin.c:228", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_LIKELY,
	  .cause = N_("A PPPoE server answered but the session was not confirmed."),
	  .check = N_("Wait a minute and retry; the service name in the options.") },
	{ .id = "pppoe-service-refused", .pattern = "PADS: Service-Name-Error: %.*s",
	  .platforms = L, .cite = L25 "discovery.c:276 " L24 "discovery.c:230",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The PPPoE server does not offer the service name this side asked "
	           "for."),
	  .check = N_("The service name in the options: leave it out unless the "
	           "provider names one.") },
	{ .id = "pppoe-service-refused-offer", .pattern = "PADO: Service-Name-Error: %.*s",
	  .platforms = L, .cite = L25 "discovery.c:224 " L24 "discovery.c:180",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The PPPoE server does not offer the service name this side asked "
	           "for."),
	  .check = N_("The service name in the options: leave it out unless the "
	           "provider names one.") },
	{ .id = "pppoe-mtu",
	  .pattern = "Interface %.16s has MTU of %d -- should be at least %d.", .platforms = L,
	  /* pppoe.so itself lowers mtu and mru to the interface's MTU less 8
	   * when it connects (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:177,
	   * 2.4.9's :182), so the pppoe-mtu fix (1492) changes nothing here and
	   * is not offered */
	  .cite = L25 "if.c:164 " L24 "if.c:155",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_LIKELY,
	  .cause = N_("The Ethernet interface under PPPoE has an MTU below 1500 bytes, and "
	           "pppd warns that this may cause serious connection problems. pppoe.so "
	           "already lowers mtu and mru to that MTU less 8 when it connects, so "
	           "setting them in the options does not help here."),
	  .check = N_("The Ethernet interface's MTU (ip link): pppd expects at least 1500 "
	           "there.") },
};

const size_t why_data_vpn_count = sizeof why_data_vpn / sizeof why_data_vpn[0];
