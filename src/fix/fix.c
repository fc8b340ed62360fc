/* fix.c - the guided fixes: what each one says to the user, where its facts are in pppd's sources, and which code diagnoses and applies it. */
#include "fix/fix.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fix/fix_int.h"
#include "base/i18n.h"
#include "base/util.h"

#define L25 "linux-ppp-2.5.3/pppd/"
#define L24 "linux-ppp-2.4.9/pppd/"
#define AP "apple-ppp-1027.121.1/Helpers/pppd/"
#define AC "apple-ppp-1027.121.1/Controller/"
#define AL "apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/"

enum fix_kind {
	FIX_L2TP, FIX_L2TP_UNDO, FIX_L2TP_SERVICE, FIX_L2TP_SERVICE_UNDO,
	FIX_KEEPALIVE, FIX_KEEPALIVE_UNDO, FIX_PPPOE_MTU, FIX_PPPOE_MTU_UNDO,
	FIX_DNS, FIX_DNS_UNDO, FIX_LOG, FIX_LOG_UNDO
};

struct fix_row {
	struct fix_info info;
	enum fix_kind kind;
};

#define L2TP_QUESTION N_( \
	"Does your VPN server speak plain L2TP, without IPsec? (Whoever runs the server " \
	"can tell you: there is no shared secret and no certificate to enter.)")
#define L2TP_IF_NO N_( \
	"Then this fix is not for you. A server that uses IPsec needs its shared secret " \
	"(or certificate) entered in the VPN service's settings. Turning IPsec off would " \
	"not connect to such a server, and would send your traffic without IPsec " \
	"encryption if it did.")

static const struct fix_row fix_table[] = {
	{ { "l2tp-noipsec", N_("IPSec shared secret missing (L2TP VPN on macOS)"),
	    "l2tp-noipsec-undo", 0, PLATFORM_MACOS, 0, L2TP_QUESTION, L2TP_IF_NO,
	    N_("With IPsec on (the default), the Mac's L2TP plugin looks for the VPN's IPsec "
	    "shared secret before it connects; when the VPN's settings hold none (a plain "
	    "L2TP server has none to give), it logs \"L2TP: no user shared secret found.\" "
	    "and stops with status 7, which the Mac shows as the alert \"The IPSec Shared "
	    "Secret is missing\". The plugin's option l2tpnoipsec skips IPsec altogether. "
	    "pppd reads /etc/ppp/options before the VPN's own options, and a "
	    "plugin's option exists only once the plugin is loaded, so this fix writes two "
	    "lines there: 'plugin L2TP.ppp', then 'l2tpnoipsec'.\n\n"
	    "Consequences: "
	    "the tunnel is no longer protected by IPsec - L2TP and the PPP login travel "
	    "unencrypted, as PPPController turns PPP's own encryption (MPPE) off for every "
	    "service it starts (derived from Apple's source, not tried on a Mac)."
	    " The file is read by every PPP connection on this "
	    "Mac, so every L2TP VPN on it runs without IPsec; and since the L2TP plugin "
	    "then replaces the serial line for every service, modem or serial PPP services "
	    "are expected to stop working while the lines are there (derived from Apple's "
	    "source, never tried on a Mac). Lines already in the file stay; copy-paste "
	    "damage to these two lines (look-alike characters, typos, // used as a comment) "
	    "is repaired where it stands, and other damaged lines are reported and left, "
	    "as the diff shows.\n\n"
	    "A narrower form, for one VPN only, is the next fix (l2tp-noipsec-service)."),
	    N_("Reconnect the VPN (or run sudo pkill pppd first if a connection hangs). If it "
	    "still fails, turn on verbose logging (the debug-log fix) and run pppconf why. "
	    "To undo: pppconf fix l2tp-noipsec-undo, or the same fix on this screen; it "
	    "removes only the lines the fix added. If the file existed before, its previous "
	    "version is kept as options~ beside it."),
	    AL "main.c:1546 L2TP: no user shared secret found.\n"
	    AL "main.c:1547 EXIT_L2TP_NOSHAREDSECRET\n"
	    AL "l2tp.h:38 EXIT_L2TP_NOSHAREDSECRET 	7\n"
	    AC "ppp_manager.c:233 %@ Error %d\n"
	    AC "en.lproj/Localizable.strings:100 The IPSec Shared Secret is missing\n"
	    AL "main.c:219 l2tpnoipsec\n"
	    AL "main.c:1521 if (!opt_noipsec)\n"
	    AP "main.c:417 options_from_file(_PATH_SYSOPTIONS\n"
	    AP "main.c:421 options_from_controller\n"
	    AC "ppp_manager.c:784 writestrparam(optfd, \"plugin\", str2)" },
	  FIX_L2TP },
	{ { "l2tp-noipsec-undo", N_("Undo the L2TP-without-IPsec fix"), "l2tp-noipsec", 1,
	    PLATFORM_MACOS, 0, NULL, NULL,
	    N_("Removes the lines pppconf's L2TP fix added (under its comment), so L2TP VPNs on "
	    "this Mac use IPsec again. Lines that were in the file before the fix stay, and "
	    "the undo says so when one of them still turns IPsec off. If pppconf created "
	    "the file for the fix and nothing else was added since, the file is removed "
	    "again."),
	    N_("Reconnect the VPN. Services that need IPsec work as before; a server without "
	    "IPsec will again bring the alert \"The IPSec Shared Secret is missing\"."),
	    AC "en.lproj/Localizable.strings:100 The IPSec Shared Secret is missing" },
	  FIX_L2TP_UNDO },
	{ { "l2tp-noipsec-service", N_("IPSec shared secret missing, for one VPN only (macOS)"),
	    "l2tp-noipsec-service-undo", 0, PLATFORM_MACOS, 1, L2TP_QUESTION, L2TP_IF_NO,
	    N_("With IPsec on (the default), the Mac's L2TP plugin looks for the VPN's IPsec "
	    "shared secret before it connects; when the VPN's settings hold none (a plain "
	    "L2TP server has none to give), it logs \"L2TP: no user shared secret found.\" "
	    "and stops with status 7, which the Mac shows as the alert \"The IPSec Shared "
	    "Secret is missing\". The plugin's option l2tpnoipsec skips IPsec altogether. "
	    "This fix writes the option for one VPN only: the file "
	    "/etc/ppp/peers/<the VPN's name>, holding just 'l2tpnoipsec' under pppconf's "
	    "comment. When a VPN connects, PPPController sends pppd the VPN's options, the "
	    "L2TP plugin among them, and last 'call <the VPN's name>', which makes pppd read "
	    "that file (Apple's pppd reads nothing when it is missing). By then the plugin "
	    "is loaded, so no plugin line is needed, and only this VPN runs without IPsec: "
	    "other VPNs and modem services are untouched. This form is derived from Apple's "
	    "source and has not been verified on a Mac.\n\n"
	    "Consequences: for this VPN, "
	    "the tunnel is no longer protected by IPsec - L2TP and the PPP login travel "
	    "unencrypted, as PPPController turns PPP's own encryption (MPPE) off for every "
	    "service it starts (derived from Apple's source, not tried on a Mac)."
	    " The name must be the VPN's name "
	    "exactly as the Mac knows it (scutil --nc list shows it in quotes); pppd refuses "
	    "a name that starts with '/' or has a '..' component."),
	    N_("Reconnect the VPN. If the alert is still there, the file's name may not be "
	    "the one the Mac uses: undo this fix and use the global one (l2tp-noipsec), "
	    "which is the tried way. To undo: pppconf fix l2tp-noipsec-service-undo "
	    "--service \"<the VPN's name>\"."),
	    AL "main.c:1546 L2TP: no user shared secret found.\n"
	    AC "en.lproj/Localizable.strings:100 The IPSec Shared Secret is missing\n"
	    AC "ppp_manager.c:784 writestrparam(optfd, \"plugin\", str2)\n"
	    AC "ppp_manager.c:1424 kSCPropUserDefinedName\n"
	    AC "ppp_manager.c:1426 writestrparam(optfd, \"call\"\n"
	    AP "options.c:1587 arg[0] == '/'\n"
	    AP "options.c:1602 call option value may not contain .. or start with /\n"
	    AP "options.c:1612 options_from_file(fname, 0, 1, 1)\n"
	    AP "pathnames.h:56 /etc/ppp/peers/" },
	  FIX_L2TP_SERVICE },
	{ { "l2tp-noipsec-service-undo", N_("Undo the L2TP fix for one VPN"), "l2tp-noipsec-service",
	    1, PLATFORM_MACOS, 1, NULL, NULL,
	    N_("Removes the line pppconf wrote into /etc/ppp/peers/<the VPN's name> (and its "
	    "comment), so that VPN uses IPsec again; if pppconf created the file and nothing "
	    "else was added since, the file is removed again."),
	    N_("Reconnect the VPN: it uses IPsec again."), NULL },
	  FIX_L2TP_SERVICE_UNDO },
	{ { "keepalive", N_("The link drops or goes quiet: keep-alive probes"), "keepalive-undo", 0,
	    PLATFORM_BOTH, 0,
	    N_("Does the connection come up, and then drop or stop passing traffic after a while?"),
	    N_("Then keep-alive probes will not help: they only watch a link that is already "
	    "up. pppconf why reads the log and says where the attempt stops."),
	    N_("Adds 'lcp-echo-interval 30' and 'lcp-echo-failure 4'. pppd sends no keep-alive "
	    "probes unless lcp-echo-interval is set (it is 0 by default). With these lines it "
	    "sends an LCP echo request every 30 seconds; when 4 in a row go unanswered, it "
	    "logs \"No response to 4 echo-requests\" and \"Serial link appears to be "
	    "disconnected.\" and closes the link, and 'persist' makes it connect again. "
	    "Without lcp-echo-failure pppd never gives up on a silent peer. Smaller values "
	    "of your own are put aside (left in the file as comments, and put back by the "
	    "undo); larger ones are kept, unless pppd would read them as another number (letters "
	    "after the digits, or a value too big for pppd's integer), which are put aside too.\n\n"
	    "On a Mac, pppd skips the echo request while data keeps coming from the peer. "
	    "When a service turns echoes on, PPPController sends its echo settings after "
	    "/etc/ppp/options and ~/.ppprc, and those win over these files; a peers file named "
	    "after the service is read later and wins over PPPController's (derived from "
	    "Apple's source, not verified on a Mac)."),
	    N_("The probes start with the next connection. If the link still drops, pppconf why "
	    "shows what pppd logged. Undo: pppconf fix keepalive-undo."),
	    L25 "lcp.c:87 lcp_echo_interval = 0\n"
	    L25 "lcp.c:88 lcp_echo_fails = 0\n"
	    L25 "lcp.c:166 lcp-echo-interval\n"
	    L25 "lcp.c:163 lcp-echo-failure\n"
	    L25 "lcp.c:2378 if (lcp_echo_fails != 0)\n"
	    L25 "lcp.c:2208 No response to %d echo-requests\n"
	    L25 "lcp.c:2209 Serial link appears to be disconnected.\n"
	    L25 "lcp.c:2211 Peer not responding\n"
	    L24 "lcp.c:2182 No response to %d echo-requests\n"
	    AP "lcp.c:2291 No response to %d echo-requests\n"
	    L25 "options.c:265 persist\n"
	    AC "ppp_manager.c:1025 lcp-echo-interval\n"
	    AC "ppp_manager.c:1023 PPP_OPT_LCP_ECHO\n"
	    AC "ppp_manager.c:1028 lcp-echo-failure\n"
	    AP "main.c:421 options_from_controller\n"
	    AP "options.c:1853 OPRIO_CMDLINE\n"
	    AC "ppp_manager.c:1426 call\n"
	    AP "lcp.c:2388 recv_idle" },
	  FIX_KEEPALIVE },
	{ { "keepalive-undo", N_("Undo the keep-alive fix"), "keepalive", 1, PLATFORM_BOTH, 0,
	    NULL, NULL,
	    N_("Removes the lines the keepalive fix added under its comment and puts back the "
	    "lines it had put aside."),
	    N_("pppd probes the link as it did before, from the next connection."), NULL },
	  FIX_KEEPALIVE_UNDO },
	{ { "pppoe-mtu", N_("PPPoE: large transfers stall (packet size 1492)"), "pppoe-mtu-undo", 0,
	    PLATFORM_LINUX, 0,
	    N_("Does this pppd connect over PPPoE (a DSL or fibre modem on Ethernet)?"),
	    N_("Then 1492 is not the number to use: it is what fits PPPoE's own 8 bytes into an "
	    "Ethernet frame. Other links need no change here."),
	    N_("Adds 'mtu 1492' and 'mru 1492'. PPPoE carries each PPP packet in an Ethernet "
	    "frame whose payload is at most 1500 bytes, and takes 8 of them for itself (6 for the PPPoE "
	    "header, 2 for PPP's protocol number), so 1492 is the largest PPP packet that "
	    "fits. pppd's PPPoE plugin (pppoe.so) already lowers larger values to fit the "
	    "interface when it connects; written here, the sizes also hold when PPPoE runs "
	    "another way, and they say plainly what the link uses. A larger mtu or mru in "
	    "this file is put aside (left as a comment, and put back by the undo); a smaller "
	    "one is kept."),
	    N_("The sizes apply from the next connection. If large downloads still hang while "
	    "small requests work, look at the Ethernet interface's own MTU (ip link): "
	    "pppd's plugin logs when it is below 1500. Undo: pppconf fix pppoe-mtu-undo."),
	    L25 "plugins/pppoe/pppoe.h:192 ETH_PPPOE_MTU (ETH_DATA_LEN - TOTAL_OVERHEAD)\n"
	    L25 "plugins/pppoe/pppoe.h:186 PPPOE_OVERHEAD 6\n"
	    L25 "plugins/pppoe/pppoe.h:189 PPP_OVERHEAD 2\n"
	    L25 "plugins/pppoe/plugin.c:177 ifr.ifr_mtu - TOTAL_OVERHEAD\n"
	    L24 "plugins/pppoe/plugin.c:182 ifr.ifr_mtu - TOTAL_OVERHEAD\n"
	    L25 "plugins/pppoe/if.c:164 should be at least %d" },
	  FIX_PPPOE_MTU },
	{ { "pppoe-mtu-undo", N_("Undo the PPPoE packet size fix"), "pppoe-mtu", 1, PLATFORM_LINUX,
	    0, NULL, NULL,
	    N_("Removes the mtu and mru lines the pppoe-mtu fix added under its comment and "
	    "puts back the lines it had put aside."),
	    N_("pppd uses the sizes it used before, from the next connection."), NULL },
	  FIX_PPPOE_MTU_UNDO },
	{ { "dns-route", N_("Connected, but no names resolve or traffic bypasses the link"),
	    "dns-route-undo", 0, PLATFORM_BOTH, 0,
	    N_("Should this link carry all traffic and name lookups (an Internet connection, "
	    "not a link to one network)?"),
	    N_("Then leave the default route as it is: a link to one network needs routes to "
	    "that network (an ip-up script can add them), not the default route."),
	    N_("Adds 'usepeerdns' and 'defaultroute'. usepeerdns asks the other end for up to "
	    "two DNS servers; Linux pppd writes the ones it gets to /etc/ppp/resolv.conf and "
	    "hands them to /etc/ppp/ip-up as DNS1 and DNS2. The system's resolver reads "
	    "/etc/resolv.conf, so a script must copy them there: on Debian the ppp "
	    "package's /etc/ppp/ip-up.d/0000usepeerdns does, unless resolvconf or "
	    "systemd-resolved is in charge of DNS. defaultroute adds a default route "
	    "through the link once it is up: pppd 2.4.9 adds none while a default route "
	    "goes elsewhere (it logs \"not replacing default route\") unless "
	    "replacedefaultroute is set; 2.5.3 adds its own beside it, with the metric of "
	    "defaultroute-metric (0 unless set). A 'nodefaultroute' or '-defaultroute' earlier in the file makes pppd "
	    "refuse defaultroute, so the fix puts such lines aside (left as comments, and "
	    "put back by the undo).\n\n"
	    "On a Mac the service's settings decide both: for a service with IPv4, "
	    "PPPController sends 'usepeerdns' unless the service turns it off and "
	    "'defaultroute' when the service sends all "
	    "traffic over it, and pppd hands the DNS servers to the system instead of "
	    "writing a file; the fix changes nothing there."),
	    N_("Reconnect. While the link is up, /etc/ppp/resolv.conf lists the DNS servers "
	    "the peer gave and ip route shows the default route through the link. Undo: "
	    "pppconf fix dns-route-undo."),
	    L25 "ipcp.c:226 usepeerdns\n"
	    L25 "ipcp.c:1869 create_resolv\n"
	    L25 "pathnames.h:104 /resolv.conf\n"
	    L24 "pathnames.h:38 /etc/ppp/resolv.conf\n"
	    L25 "ipcp.c:1864 DNS1\n"
	    L25 "ipcp.c:77 dfl_route_metric = 0\n"
	    L25 "ipcp.c:203 defaultroute-metric\n"
	    L25 "sys-linux.c:2356 route_netlink(RTM_NEWROUTE, AF_INET, dfl_route_metric\n"
	    L24 "sys-linux.c:1691 not replacing default route\n"
	    L24 "ipcp.c:200 replacedefaultroute\n"
	    L25 "ipcp.c:196 nodefaultroute\n"
	    L25 "ipcp.c:199 -defaultroute\n"
	    AP "ipcp.c:1829 sifdns\n"
	    AC "ppp_manager.c:1133 usepeerdns\n"
	    AC "ppp_manager.c:1093 defaultroute" },
	  FIX_DNS },
	{ { "dns-route-undo", N_("Undo the DNS and default route fix"), "dns-route", 1,
	    PLATFORM_BOTH, 0, NULL, NULL,
	    N_("Removes the usepeerdns and defaultroute lines the dns-route fix added under its "
	    "comment and puts back the lines it had put aside."),
	    N_("From the next connection pppd no longer asks for DNS servers or adds the default "
	    "route, unless other lines say so."), NULL },
	  FIX_DNS_UNDO },
	{ { "debug-log", N_("Verbose PPP logging, to a file pppconf why reads"),
	    "debug-log-undo", 0, PLATFORM_BOTH, 0, NULL, NULL,
	    N_("Adds 'debug' (pppd logs every step of the negotiation) and 'logfile "
	    "/var/log/ppp.log' (pppd writes its messages to that file too, besides the system "
	    "log); pppconf why reads that file. pppd's start line and its complaints about "
	    "the options themselves go to the system log only (journalctl -t pppd on "
	    "Linux). In /etc/ppp/options this affects every PPP connection on the "
	    "machine; the log grows and may show user names, so undo it when done. A 'debug' "
	    "or 'logfile' line of your own stays as it is.\n\n"
	    "On a Mac a VPN with verbose logging turned on in its settings gets 'debug' from "
	    "PPPController for that service alone; a relative logfile name there goes in "
	    "/var/log/ppp/ (a folder named in Apple's ppp_option.h, which is not in the source "
	    "copy pppconf follows; derived from Apple's source, not tried on a Mac)."),
	    N_("Connect again, then run pppconf why: it reads the log and says what went wrong. "
	    "Or read it yourself: tail -f /var/log/ppp.log (on Linux also journalctl -t pppd, "
	    "on macOS log show --last 10m --predicate 'process == \"pppd\"'). Undo with "
	    "pppconf fix debug-log-undo."),
	    L25 "options.c:220 debug\n"
	    L25 "options.c:284 logfile\n"
	    L25 "main.c:538 syslog(LOG_NOTICE, \"pppd %s started by %s, uid %d\"\n"
	    L25 "options.c:1320 syslog(LOG_ERR, \"%s\", buf);\n"
	    L24 "main.c:446 syslog(LOG_NOTICE, \"pppd %s started by %s, uid %d\"\n"
	    L24 "options.c:1096 syslog(LOG_ERR, \"%s\", buf);\n"
	    AP "main.c:535 sys_log(LOG_NOTICE\n"
	    AP "options.c:1243 sys_log(LOG_ERR, \"%s\", buf);\n"
	    AP "utils.c:749 sys_log(level, \"%s\", buf);\n"
	    AP "options.c:242 debug\n"
	    AP "options.c:303 logfile\n"
	    AC "ppp_manager.c:752 kSCPropNetPPPVerboseLogging\n"
	    AC "ppp_manager.c:775 DIR_LOGS\n"
	    AC "ppp_manager.c:776 writestrparam(optfd, \"logfile\", str)" },
	  FIX_LOG },
	{ { "debug-log-undo", N_("Turn verbose PPP logging off again"), "debug-log", 1,
	    PLATFORM_BOTH, 0, NULL, NULL,
	    N_("Removes what the debug-log fix added: its comment line and the 'debug' and "
	    "'logfile /var/log/ppp.log' lines right under it. A 'debug' or 'logfile' line "
	    "written by hand stays, as do other logging settings."),
	    N_("pppd logs at its normal level again from the next connection; the old log file "
	    "stays on disk until you delete it."), NULL },
	  FIX_LOG_UNDO },
};

#define FIX_N (sizeof fix_table / sizeof fix_table[0])

size_t fix_count(void)
{
	return FIX_N;
}

const struct fix_info *fix_at(size_t i)
{
	return i < FIX_N ? &fix_table[i].info : NULL;
}

const struct fix_info *fix_find(const char *name)
{
	size_t i;

	for (i = 0; i < FIX_N; i++)
		if (strcmp(fix_table[i].info.name, name) == 0)
			return &fix_table[i].info;
	return NULL;
}

static enum fix_kind fix_kind_of(const struct fix_info *r)
{
	return ((const struct fix_row *)(const void *)r)->kind;
}

/* ---- what the diagnoses share ---- */

void fix_add_step(struct fix_result *res, enum fix_state st, const char *label,
                  const char *detail)
{
	struct fix_step *s;

	util_grow(&res->steps, &res->cap, res->n + 1, sizeof *res->steps);
	s = &res->steps[res->n++];
	s->state = st;
	s->label = util_xstrdup(label);
	s->detail = detail ? util_xstrdup(detail) : NULL;
	if (st == FIX_FAIL)
		res->failed++;
}

void fix_result_free(struct fix_result *res)
{
	size_t i;

	for (i = 0; i < res->n; i++) {
		free(res->steps[i].label);
		free(res->steps[i].detail);
	}
	free(res->steps);
	memset(res, 0, sizeof *res);
}

size_t fix_file_risks(const struct check_report *r, struct buf *out)
{
	size_t i, n = 0;

	for (i = 0; i < r->n; i++) {
		const struct check_finding *f = &r->items[i];
		const char *what = check_fix(r, f);

		if (!session_file_risk(f))
			continue;
		buf_printf(out, "%s\n", check_message(r, f));
		if (what)
			buf_printf(out, "%s\n", what);
		n++;
	}
	return n;
}

void fix_diag_others(const struct doc *d, enum platform p, const struct check_file *f,
                     fix_edit_pred mine, struct fix_result *res)
{
	struct check_report rep;
	struct buf b = { 0 };
	size_t i;

	check_run(d, p, f, &rep);
	for (i = 0; i < rep.n; i++) {
		const struct check_finding *fi = &rep.items[i];
		size_t fe = check_finding_entry(fi);

		if (check_finding_severity(fi) != CHECK_ERROR)
			continue;
		if (fe != SIZE_MAX && mine(d, fe))
			continue;  /* the fix itself deals with these */
		buf_printf(&b, _("line %zu: %s\n"), (size_t)fi->line, check_message(&rep, fi));
	}
	if (b.len)
		buf_adds(&b, _("The fix leaves these lines as they are: correct them yourself "
		         "(pppconf check explains each)."));
	fix_add_step(res, b.len ? FIX_FAIL : FIX_PASS, N_("Nothing else in the file stops pppd"),
	             b.len ? b.data : NULL);
	check_report_free(&rep);
	buf_free(&b);
}

void fix_diag_root(const struct fix_env *env, struct fix_result *res)
{
	fix_add_step(res, env->is_root ? FIX_PASS : FIX_INFO, N_("Running as root"),
	             env->is_root ? NULL : N_("Writing needs root: run sudo pppconf, or save "
	             "elsewhere and copy with sudo."));
}

/* ---- the dispatch ---- */

void fix_diagnose(const struct fix_info *r, const struct doc *d,
                  const struct fix_env *env, struct fix_result *out)
{
	enum fix_kind k = fix_kind_of(r);

	memset(out, 0, sizeof *out);
	switch (k) {
	case FIX_L2TP: fix_l2tp_diagnose(d, env, out); break;
	case FIX_L2TP_UNDO: fix_l2tp_diagnose_undo(d, 0, out); break;
	case FIX_L2TP_SERVICE: fix_l2tp_diagnose_service(d, env, out); break;
	case FIX_L2TP_SERVICE_UNDO: fix_l2tp_diagnose_undo(d, 1, out); break;
	case FIX_KEEPALIVE: case FIX_KEEPALIVE_UNDO:
		fix_link_diagnose(FIX_LINK_KEEPALIVE, k == FIX_KEEPALIVE_UNDO, d, env, out);
		break;
	case FIX_PPPOE_MTU: case FIX_PPPOE_MTU_UNDO:
		fix_link_diagnose(FIX_LINK_PPPOE_MTU, k == FIX_PPPOE_MTU_UNDO, d, env, out);
		break;
	case FIX_DNS: case FIX_DNS_UNDO:
		fix_link_diagnose(FIX_LINK_DNS, k == FIX_DNS_UNDO, d, env, out);
		break;
	case FIX_LOG: case FIX_LOG_UNDO:
		fix_link_diagnose(FIX_LINK_LOG, k == FIX_LOG_UNDO, d, env, out);
		break;
	}
}

int fix_apply(const struct fix_info *r, struct doc *d,
              const struct fix_env *env, struct buf *msg)
{
	enum fix_kind k = fix_kind_of(r);

	switch (k) {
	case FIX_L2TP: return fix_l2tp_apply(d, env, msg);
	case FIX_L2TP_UNDO: return fix_l2tp_undo(d, 0, msg);
	case FIX_L2TP_SERVICE: return fix_l2tp_apply_service(d, env, msg);
	case FIX_L2TP_SERVICE_UNDO: return fix_l2tp_undo(d, 1, msg);
	case FIX_KEEPALIVE: case FIX_KEEPALIVE_UNDO:
		return fix_link_apply(FIX_LINK_KEEPALIVE, k == FIX_KEEPALIVE_UNDO, d, env, msg);
	case FIX_PPPOE_MTU: case FIX_PPPOE_MTU_UNDO:
		return fix_link_apply(FIX_LINK_PPPOE_MTU, k == FIX_PPPOE_MTU_UNDO, d, env, msg);
	case FIX_DNS: case FIX_DNS_UNDO:
		return fix_link_apply(FIX_LINK_DNS, k == FIX_DNS_UNDO, d, env, msg);
	case FIX_LOG: case FIX_LOG_UNDO:
		return fix_link_apply(FIX_LINK_LOG, k == FIX_LOG_UNDO, d, env, msg);
	}
	return -1;
}

void fix_env_init(struct fix_env *env, const struct session *s)
{
	memset(env, 0, sizeof *env);
	env->platform = s->platform;
	env->path = s->path;
	env->file_exists = s->facts.exists;
	env->is_root = geteuid() == 0;
	env->file = &s->cfile;
	env->plugin_path = getenv("PPPCONF_L2TP_PLUGIN");
	env->postoptions_path = getenv("PPPCONF_POSTOPTIONS");
	env->root = getenv("PPPCONF_ROOT");
}
