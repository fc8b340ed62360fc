/* why_data_link.c - table rows: pppd's start, the link and the peer, the device, the kernel, the options. */
#include "why/why_table.h"

#include "base/i18n.h"

#define L PLATFORM_LINUX
#define M PLATFORM_MACOS
#define B PLATFORM_BOTH
#define L25 "linux-ppp-2.5.3/pppd/"
#define L24 "linux-ppp-2.4.9/pppd/"
#define AP "apple-ppp-1027.121.1/Helpers/pppd/"
#define APS "apple-ppp-1027.121.1/Drivers/PPPSerial/PPPSerial-plugin/"

/* Texts several rows share. */
#define WHY_KERNEL_CAUSE N_( \
	"The kernel cannot do PPP: the ppp_generic module is not loaded, or " \
	"/dev/ppp does not exist (common in containers and minimal systems).")
#define WHY_KERNEL_CHECK N_( \
	"Load the module (modprobe ppp_generic) and look for /dev/ppp (ls -l " \
	"/dev/ppp: character device 108, 0). In a container the host must pass " \
	"the device in.")
#define WHY_OPTION_CAUSE N_( \
	"pppd stopped while reading its options: a word is not an option it " \
	"knows. Usually a typo, a line pasted with odd characters, or a plugin's " \
	"option placed before the plugin line that defines it.")
#define WHY_OPTION_CHECK N_( \
	"Run pppconf check on the file it names (by default /etc/ppp/options): " \
	"it shows the line pppd refuses and what may have been meant.")
/* lcp-restart at 0 or less: each resend's timer is due at once (linux-ppp-2.5.3
 * pppd/fsm.c:752, main.c:1488; Apple Helpers/pppd/fsm.c:860), so the requests
 * run out (fsm.c:300) before anything is read back. */
#define WHY_SILENT_PEER_CHECK N_( \
	"That the other end runs PPP and is reachable: the device and its speed " \
	"for a modem, the tunnel (L2TP, PPPoE) for a VPN or DSL line. pppd's " \
	"debug log shows whether anything at all comes back. Also lcp-restart in " \
	"the options: at 0 or less pppd sends all its requests at once, so this " \
	"timeout comes before any answer can arrive.")

const struct why_entry why_data_link[] = {
	{ .id = "pppd-started", .pattern = "pppd %s started by %s, uid %d", .platforms = L,
	  .cite = L25 "main.c:538 " L24 "main.c:446", .role = WHY_START,
	  .cause = N_("pppd starts a new run."), .check = "" },
	{ .id = "pppd-started-apple",
	  .pattern = "pppd %s (Apple version %s) started by %s, uid %d", .platforms = M,
	  .cite = AP "main.c:535", .role = WHY_START,
	  .cause = N_("pppd starts a new run."), .check = "" },

	/* --- the peer does not answer ------------------------------------- */
	{ .id = "lcp-timeout", .pattern = "%{LCP}: timeout sending Config-Requests",
	  .platforms = B, .cite = L25 "fsm.c:301 " L24 "fsm.c:297 " AP "fsm.c:310",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd offered to start PPP again and again and the other end never "
	           "answered: nothing that speaks PPP is listening there, or the line "
	           "carries nothing back (wrong device or speed, the modem has not "
	           "connected, the tunnel does not pass traffic)."),
	  .check = WHY_SILENT_PEER_CHECK, .fix = "debug-log" },
	{ .id = "ipcp-timeout", .pattern = "%{IPCP}: timeout sending Config-Requests",
	  .platforms = B, .cite = L25 "fsm.c:301 " L24 "fsm.c:297 " AP "fsm.c:310",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The link and the login worked, but the other end never answered "
	           "when pppd asked to set up IP: the server is not set up to give "
	           "this account an address, or it wants an option pppd did not offer."),
	  .check = N_("The server's settings for this account; on this side, fixed "
	           "addresses (local:remote) or noip in the options."),
	  .fix = "debug-log" },
	{ .id = "echo-timeout", .pattern = "No response to %d echo-requests", .platforms = B,
	  .cite = L25 "lcp.c:2208 " L24 "lcp.c:2182 " AP "lcp.c:2291",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The link was up, then the other end stopped answering pppd's "
	           "keep-alive probes, so pppd declared it dead: the line or the "
	           "network in between dropped, or the server stopped answering probes."),
	  .check = N_("lcp-echo-interval and lcp-echo-failure in the options: too few "
	           "probes on a busy or lossy line end good links."),
	  .fix = "keepalive" },
	{ .id = "link-disconnected", .pattern = "Serial link appears to be disconnected.",
	  .platforms = B, .cite = L25 "lcp.c:2209 " L24 "lcp.c:2183 " AP "lcp.c:2292",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_LIKELY,
	  .cause = N_("The other end stopped answering keep-alive probes and pppd took the "
	           "link down."),
	  .check = N_("lcp-echo-interval and lcp-echo-failure in the options, and the line "
	           "or network in between."),
	  .fix = "keepalive" },
	{ .id = "peer-ended-reason", .pattern = "%{LCP} terminated by peer (%0.*v)",
	  .platforms = B, .cite = L25 "fsm.c:598 " L24 "fsm.c:594 " AP "fsm.c:684",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_LIKELY,
	  .cause = N_("The server ended the link and gave a reason: the text in "
	           "parentheses is its own words (often a login or account problem, "
	           "or a limit on sessions)."),
	  .check = N_("The reason in parentheses; the account on the server.") },
	{ .id = "peer-ended", .pattern = "%{LCP} terminated by peer", .platforms = B,
	  .cite = L25 "fsm.c:600 " L24 "fsm.c:596 " AP "fsm.c:686",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_LIKELY,
	  .cause = N_("The server ended the link without saying why."),
	  .check = N_("The server's log; the lines just before this one.") },
	{ .id = "looped-back", .pattern = "Serial line is looped back.", .platforms = B,
	  .cite = L25 "lcp.c:1299 " L24 "lcp.c:1273 " AP "lcp.c:1374",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd hears its own packets coming back: the modem echoes what it is "
	           "sent instead of connecting (still in command mode), or the line is "
	           "wired back to itself."),
	  .check = N_("That the connect script really makes the modem connect (it should "
	           "wait for CONNECT); the cable and the device name.") },

	/* --- the device, the modem, the connect script --------------------- */
	/* How the connect script ended: Linux's device_script hands the child
	 * to forget_child (2.5.3 main.c:1850, 2.4.9 main.c:1668), which logs
	 * its status with debug (2.5.3 main.c:2054); Apple's device_script
	 * waits on it itself and never calls forget_child (Apple main.c:2167),
	 * so Apple's pppd logs nothing about it. */
	{ .id = "connect-script-failed", .pattern = "Connect script failed", .platforms = B,
	  .cite = L25 "tty.c:750 " L24 "tty.c:692 " AP "tty.c:865",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The connect script (usually chat talking to a modem) gave up "
	           "before PPP began: the modem did not answer as the script "
	           "expected, the number or APN is wrong, the SIM wants a PIN, or "
	           "the line was busy."),
	  .check = N_("The script named by connect in the options and the device it "
	           "talks to; with debug logging, Linux's pppd also records how the "
	           "script ended (Apple's pppd does not)."),
	  .fix = "debug-log" },
	{ .id = "modem-hangup", .pattern = "Modem hangup", .platforms = B,
	  .cite = L25 "main.c:1160 " L24 "main.c:1033 " AP "main.c:1436",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_AFTERMATH,
	  .cause = N_("The device reported that the line dropped (the modem's carrier went "
	           "away, or the tunnel or cable under the link closed)."),
	  .check = N_("The lines before this one for what dropped it; the modem, the "
	           "signal, the cable.") },
	{ .id = "device-open-failed", .pattern = "Failed to open %s: %m", .platforms = B,
	  .cite = L25 "tty.c:628 " L24 "tty.c:570 " AP "tty.c:715",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd could not open the serial device: it does not exist (modem "
	           "unplugged, another name after a reboot), or it is busy or not "
	           "permitted; the words after the colon say which."),
	  .check = N_("The device name in the options (ls -l /dev/ttyUSB* /dev/ttyACM*) "
	           "and whether another program holds it.") },
	/* the lock-file code of a default build; builds with liblockdev
	 * (LOCKLIB) log the same words from mklock's answer */
	{ .id = "device-locked", .pattern = "Device %s is locked by pid %d", .platforms = B,
	  .cite = L25 "utils.c:1086 " L24 "utils.c:873 " AP "utils.c:1071",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("Another process holds the device's lock: another pppd, or a program "
	           "such as a modem manager, is using it."),
	  .check = N_("The process with that id (ps -p PID). pppd removes a lock itself when "
	           "its process is gone, so that process was running when pppd looked.") },
	{ .id = "device-missing", .pattern = "Device '%s' does not exist", .platforms = M,
	  .cite = APS "main.c:284", .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The modem or serial device pppd was given is not there (unplugged, "
	           "renamed, or a wrong name on a device line)."),
	  /* the modem plugin puts /dev/cu. before a name without a leading /
	   * (Drivers/PPPSerial/PPPSerial-plugin/main.c:269-275) */
	  .check = N_("The device in the service's settings, and any device line in "
	           "/etc/ppp/peers/<service name> or /etc/ppp/postoptions (a name without a "
	           "leading / is looked for as /dev/cu.<name>, or as /dev/<name> when it starts with "
	           "ttyd); whether it is plugged in.") },
	{ .id = "modem-script-missing", .pattern = "Could't find modem script '%s'",
	  .platforms = M, .cite = APS "main.c:457", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The modem script chosen for the service does not exist."),
	  .check = N_("The modem model chosen in the service's settings.") },
	{ .id = "stopped-by-signal", .pattern = "Terminating on signal %d", .platforms = B,
	  .cite = L25 "main.c:709 " L24 "main.c:614 " AP "main.c:1090",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_AFTERMATH,
	  .cause = N_("pppd was told to stop (a disconnect button, poff, a service "
	           "manager, a shutdown): nothing failed on the link itself."),
	  .check = N_("What sent the signal: a script, a service manager, a second pppd "
	           "for the same connection.") },
	{ .id = "hangup-signal", .pattern = "Hangup (SIGHUP)", .platforms = B,
	  .cite = L25 "main.c:702 " L24 "main.c:607 " AP "main.c:1083",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_AFTERMATH,
	  .cause = N_("pppd was told to hang up the link (a SIGHUP); with persist it "
	           "dials again."),
	  .check = N_("What sent the signal.") },

	/* --- the kernel ---------------------------------------------------- */
	{ .id = "no-dev-ppp", .pattern = "Couldn't open the /dev/ppp device: %m",
	  .platforms = L, .cite = L25 "sys-linux.c:2887 " L24 "sys-linux.c:2371",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = WHY_KERNEL_CAUSE, .check = WHY_KERNEL_CHECK },
	{ .id = "dev-ppp-missing", .pattern = "You need to create the /dev/ppp device node by",
	  .platforms = L, .cite = L25 "sys-linux.c:2890 " L24 "sys-linux.c:2374",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The device node /dev/ppp does not exist, so pppd cannot reach the "
	           "kernel's PPP driver."),
	  .check = WHY_KERNEL_CHECK },
	{ .id = "ppp-module-missing", .pattern = "Please load the ppp_generic kernel module.",
	  .platforms = L, .cite = L25 "sys-linux.c:2895 " L24 "sys-linux.c:2379",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("/dev/ppp exists but no driver answers it: the ppp_generic module is "
	           "not loaded."),
	  .check = WHY_KERNEL_CHECK },
	/* only on kernels before 2.3.13, which had no /dev/ppp */
	{ .id = "no-kernel-ppp",
	  .pattern = "This system lacks kernel support for PPP.  This could be because",
	  .platforms = L, .cite = L25 "sys-linux.c:2901 " L24 "sys-linux.c:2385",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd says this only on a Linux kernel older than 2.3.13: that "
	           "kernel has no PPP driver (its ppp module is not loaded, or PPP was "
	           "not built in)."),
	  .check = N_("modprobe ppp, or a kernel with PPP; a pppd of today expects a "
	           "kernel with /dev/ppp.") },
	{ .id = "no-kernel-ppp-mac", .pattern = "Mac OS X lacks kernel support for PPP.",
	  .platforms = M, .cite = AP "sys-MacOSX.c:1104",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd found no PPP support in the kernel (its PPP socket family is "
	           "missing)."),
	  .check = N_("Nothing in the options can fix this: the system's own PPP support "
	           "is missing.") },
	{ .id = "no-kernel-pppoe",
	  .pattern = "Linux kernel does not support PPPoE -- are you running 2.4.x?",
	  .platforms = L,
	  .cite = L25 "plugins/pppoe/plugin.c:422 " L24 "plugins/pppoe/plugin.c:411",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("Despite its words, this is about PPP, not PPPoE: when the PPPoE "
	           "plugin loads, it checks that pppd can reach the kernel's PPP driver "
	           "(/dev/ppp), and it cannot. The ppp_generic module is not loaded, or "
	           "/dev/ppp does not exist (common in containers and minimal systems)."),
	  .check = WHY_KERNEL_CHECK },
	{ .id = "pppoe-socket", .pattern = "Failed to create PPPoE socket: %m", .platforms = L,
	  .cite = L25 "plugins/pppoe/plugin.c:155 " L24 "plugins/pppoe/plugin.c:160",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The PPPoE plugin could not open a PPPoE socket: the kernel's pppoe "
	           "module is not loaded, or the system refuses it; the words after the "
	           "colon say which."),
	  .check = N_("modprobe pppoe; in a container the host must provide it.") },

	/* --- the options --------------------------------------------------- */
	{ .id = "option-unknown", .pattern = "unrecognized option '%s'", .platforms = B,
	  .cite = L25 "options.c:549 " L24 "options.c:410 " AP "options.c:457",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd refused a word of its command line: it is not an option it "
	           "knows (a typo, or a plugin option without its plugin)."),
	  .check = N_("The command or script that starts pppd; pppconf explain NAME says "
	           "whether the word is an option and of which plugin.") },
	{ .id = "option-unknown-in-file", .pattern = "In file %s: unrecognized option '%s'",
	  .platforms = B, .cite = L25 "options.c:613 " L24 "options.c:474 " AP "options.c:528",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = WHY_OPTION_CAUSE, .check = WHY_OPTION_CHECK },
	/* checked once the options are read (linux-ppp-2.5.3/pppd/tty.c:501-505;
	 * 2.4.9 tty.c:443-447; Apple tty.c:531-538, where only connect or a
	 * pty count), then pppd exits with an option error */
	{ .id = "demand-no-connect", .pattern = "connect script is required for demand-dialling",
	  .platforms = B, .cite = L25 "tty.c:503 " L24 "tty.c:445 " AP "tty.c:536",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("demand makes pppd bring the link up only when traffic comes, and then "
	           "it must dial by itself; on a serial line with no connect script (nor a "
	           "pty, or on Linux a socket) it has nothing to dial with, so it stops at "
	           "start with an option error."),
	  .check = N_("A connect line with the script that dials, in the same configuration "
	           "as demand; or remove demand.") },
	/* 2.4.9 and Apple check it once the options are read (2.4.9 ipv6cp.c:
	 * 1144-1147, Apple ipv6cp.c:1184-1187): with demand the IPv6 interface is
	 * set up before the link, so both ends' identifiers must be known */
	{ .id = "demand-no-ipv6-id",
	  .pattern = "local/remote LL address required for demand-dialling",
	  .platforms = B, .cite = L24 "ipv6cp.c:1145 " AP "ipv6cp.c:1185",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("With demand and IPv6 on, pppd sets the IPv6 side of the interface up "
	           "before the link exists, so it needs both ends' IPv6 interface identifiers "
	           "in advance; one is missing, so it stops at start with an option error "
	           "(Linux pppd 2.4.9 and Apple's pppd)."),
	  .check = N_("The ipv6 line: both identifiers, as in ipv6 ::1,::2; or noipv6 if this "
	           "link needs no IPv6.") },
	{ .id = "option-unknown-from-controller",
	  .pattern = "In controller file descriptor: unrecognized option '%s'",
	  .platforms = M, .cite = AP "options.c:1865",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd refused an option that macOS's network settings passed to it "
	           "for the service: it is not an option this pppd knows at that point."),
	  .check = N_("The service's settings; /etc/ppp/options, which pppd reads first "
	           "(pppconf check).") },
	{ .id = "option-missing-argument",
	  .pattern = "In file %s: too few parameters for option '%s'", .platforms = B,
	  .cite = L25 "options.c:621 " L24 "options.c:482 " AP "options.c:536",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("An option that takes a value ends the file without one."),
	  .check = WHY_OPTION_CHECK },
	/* The options that a "no" twin can switch off: defaultroute
	 * (nodefaultroute, -defaultroute), defaultroute6 on Linux
	 * (nodefaultroute6), proxyarp (noproxyarp). On a Mac PPPController
	 * passes defaultroute after /etc/ppp/options for a service that sends
	 * all traffic (Controller/ppp_manager.c:1093), and noacsp and no-use-dhcp
	 * with it (:1171-1175); vpnd passes proxyarp.
	 * Linux 2.5.3 ipcp.c:194-197, ipv6cp.c:254-257; Apple ipcp.c:246-258.
	 * Options on a secrets-file line go through options_from_list, whose
	 * result is not looked at (2.5.3 auth.c:950, 2.4.9 :903, Apple :872). */
	{ .id = "option-disabled", .pattern = "%s is disabled", .platforms = B,
	  .cite = L25 "options.c:847 " L24 "options.c:703 " AP "options.c:790",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd refused an option because an earlier option had forbidden it: "
	           "after nodefaultroute (or -defaultroute) it refuses defaultroute, after "
	           "noproxyarp proxyarp, after nodefaultroute6 (Linux only) defaultroute6. Read from "
	           "an options file, the command line or (on a Mac) PPPController, it stops pppd "
	           "before any connection; read from a line of a secrets file, pppd skips that "
	           "option and the link goes on."),
	  .check = N_("Run pppconf check: it names the line that forbids it. On a Mac, nodefaultroute in "
	           "/etc/ppp/options or ~/.ppprc meets the defaultroute that PPPController "
	           "passes after them for a service that sends all traffic over the "
	           "connection; remove it (to keep that service from adding a default route, "
	           "turn off its send-all-traffic setting instead), or move it to /etc/ppp/peers/<exact service name>, where it "
	           "cancels that defaultroute but, as PPPController has also turned ACSP and "
	           "DHCP off for such a service, leaves it no routes from the server (derived "
	           "from Apple's source, not tried on a Mac).") },
	{ .id = "options-file-unreadable", .pattern = "Can't open options file %s: %m",
	  .platforms = B, .cite = L25 "options.c:599 " L24 "options.c:460 " AP "options.c:511",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("An options file pppd must read cannot be opened: one named by the "
	           "file option; on Linux also the peer named by call (Apple's pppd goes "
	           "on without it); or /etc/ppp/options when pppd is started by a user "
	           "other than root. The words after the colon say why."),
	  .check = N_("The name after 'options file' (ls -l); call NAME reads "
	           "/etc/ppp/peers/NAME.") },
	{ .id = "not-root", .pattern = "must be root to run %s, since it is not setuid-root",
	  .platforms = B, .cite = L25 "main.c:458 " L24 "main.c:366 " AP "main.c:446",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd was started by an ordinary user and is not installed setuid "
	           "root, so it refuses to run."),
	  .check = N_("Who starts pppd: it needs root (sudo), unless the program file "
	           "itself is setuid root.") },
	/* Apple's pppd asks for a new PPP unit and tries another number only on
	 * EEXIST (sys-MacOSX.c:1166); Apple's kernel extension answers EINVAL
	 * for a number another link holds (Family/ppp_if.c, ppp_if_attach, in
	 * Apple's full ppp source, not the pinned copy). The link is then not
	 * set up (sys-MacOSX.c:1322, main.c:740); with demand pppd exits
	 * (sys-MacOSX.c:1590). Linux pppd takes another number itself when the
	 * one asked for is in use (2.5.3's sys-linux.c:1025-1034), so there the
	 * kernel's reason is another one; make_ppp_unit fails and the channel is
	 * not set up (:668). Which other reasons a kernel gives is not sorted out. */
	{ .id = "ppp-unit-failed", .pattern = "Couldn't create new ppp unit: %m",
	  .platforms = B, .cite = L25 "sys-linux.c:1036 " L24 "sys-linux.c:667 " AP "sys-MacOSX.c:1174",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd could not get a PPP interface from the system, so this link fails. "
	           "On a Mac, \"Invalid argument\" means the number a unit line asks for is "
	           "held by another link that is up: Apple's PPP kernel extension answers so, and "
	           "Apple's pppd then does not try another number (derived from Apple's source, "
	           "not tried on a Mac). Linux pppd takes another number itself when the one asked "
	           "for is taken, so there the reason after the colon is the kernel's own."),
	  .check = N_("On a Mac: a unit line in /etc/ppp/options, /etc/ppp/peers/<service name> "
	           "or /etc/ppp/postoptions; remove it, or give each connection that may be up at "
	           "the same time its own number. On Linux: the reason after the colon.") },
	/* A refused rename makes make_ppp_unit fail and the channel is not set
	 * up (sys-linux.c:1083, :668; 2.4.9's :678); the kernel's naming rule
	 * is outside pppd's source. */
	{ .id = "ifname-rename-failed", .pattern = "Couldn't rename interface %s to %s: %m",
	  .platforms = L, .cite = L25 "sys-linux.c:1083 " L24 "sys-linux.c:678",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The kernel would not give the PPP interface the name the ifname option "
	           "asks for: another interface has that name already (often a second pppd "
	           "reading the same ifname line), or the kernel does not take such a name "
	           "(with a '/', ':' or space in it). pppd then gives this link up."),
	  .check = N_("The ifname line: a name no interface has at the moment (ip link), "
	           "without '/', ':' or spaces, in the peers file of the one connection that "
	           "needs it rather than in /etc/ppp/options.") },
	/* Linux pppd 2.5's first try at making an interface with ifname's name
	 * (sys-linux.c:1009-1010, logged on kernels 4.7 and later, :953-954).
	 * With EEXIST make_ppp_unit gives up (:1019-1020) and the channel is
	 * not set up (:668); with another errno it goes on to the numbered
	 * unit and the rename (:1023, :1074). 2.4.9 has no such step. */
	{ .id = "ifname-create-failed", .pattern = "Couldn't create ppp interface %s: %m",
	  .platforms = L, .cite = L25 "sys-linux.c:954",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd asked the kernel for a PPP interface under the name the ifname "
	           "option gives, and the kernel said no. With \"File exists\" an interface "
	           "of that name is already there (often another pppd run that read the same "
	           "ifname line) and pppd gives this link up; with another reason it makes a "
	           "numbered interface instead and then tries to rename it. Linux pppd 2.5 and "
	           "later only: 2.4.9 always makes the numbered one and renames it."),
	  .check = N_("The ifname line: a name no interface has at the moment (ip link), "
	           "in the peers file of the one connection that needs it rather than in "
	           "/etc/ppp/options.") },
	/* make_ppp_unit returns before it makes the unit (sys-linux.c:985-986),
	 * and the channel is not set up (:668). */
	{ .id = "vrf-missing", .pattern = "Requested vrf %s does not exist",
	  .platforms = L, .cite = L25 "sys-linux.c:985",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The vrf option names a VRF device this machine does not have, so pppd "
	           "could not make the PPP interface and this link fails."),
	  .check = N_("The vrf line: the exact name of a VRF device that exists before pppd "
	           "starts (ip link show type vrf lists them), or remove the line.") },
	/* the device named is there, but the kernel's description of it is no
	 * VRF's with a table (get_vrf_table_id, sys-linux.c:801-849, returns 0
	 * for a device of another kind); make_ppp_unit gives up (:989-993) */
	{ .id = "vrf-not-vrf", .pattern = "Couldn't get the routing table id of vrf %s",
	  .platforms = L, .cite = L25 "sys-linux.c:991",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The vrf option names a network device that exists, but pppd found no "
	           "VRF routing table for it: it is not a VRF device (or the kernel would "
	           "not describe it). pppd could not make the PPP interface, and this link "
	           "fails."),
	  .check = N_("The vrf line: the name of a VRF device (ip link show type vrf lists "
	           "them), not of an ordinary interface.") },
	/* the new interface is put under the VRF by netlink (sys-linux.c:1055-1066);
	 * a refusal fails the unit (:1067-1069) */
	{ .id = "vrf-move-failed", .pattern = "Couldn't move interface %s in vrf %s",
	  .platforms = L, .cite = L25 "sys-linux.c:1068",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd made the PPP interface but the kernel refused to put it under "
	           "the VRF the vrf option names; pppd takes that as a failure to make the "
	           "interface, and this link fails."),
	  .check = N_("The vrf line and the VRF device itself (ip link show type vrf); the "
	           "kernel's log for why it refused.") },
	/* The CRL is loaded while TLS is set up (tls.c:377-399); a failure
	 * leaves TLS unset, so the EAP-TLS (or PEAP) login does not go on
	 * (2.4.9's eap-tls.c:650-660 likewise). */
	{ .id = "crl-open-failed", .pattern = "Cannot open CRL file '%s'",
	  .platforms = L, .cite = L25 "tls.c:381",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The crl option names a file pppd could not open: it is missing, "
	           "misspelled, or root cannot read it. pppd then does not set up TLS, so the "
	           "EAP-TLS or PEAP login fails."),
	  .check = N_("The crl line: the full path of a CRL file in PEM form that exists and "
	           "root can read, or remove the line.") },
	{ .id = "crl-open-failed-eaptls", .pattern = "EAP-TLS: Cannot open CRL file '%s'",
	  .platforms = L, .cite = L24 "eap-tls.c:654",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The crl option names a file pppd could not open: it is missing, "
	           "misspelled, or root cannot read it. pppd then does not set up TLS, so the "
	           "EAP-TLS login fails."),
	  .check = N_("The crl line: the full path of a CRL file in PEM form that exists and "
	           "root can read, or remove the line.") },
};

const size_t why_data_link_count = sizeof why_data_link / sizeof why_data_link[0];
