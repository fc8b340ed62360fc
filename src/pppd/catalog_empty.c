/* catalog_empty.c - what pppd makes of an empty value ("") on the rows where that is not plainly "none", one table row each. */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include "base/i18n.h"

#include <string.h>

/* One row: the option's name, then per platform what an empty value is
 * (0 not judged here, 1 taken but worth a warning, 2 refused) and why;
 * a NULL macOS text means the Linux one holds there too. */
struct catalog_empty_row {
	const char *name;
	int linux_level, macos_level;
	const char *linux_why, *macos_why;
};

static const struct catalog_empty_row catalog_empty_rows[] = {
	/* pppd keeps the empty word, then, having no name, takes the host
	 * name as its own (linux-ppp-2.5.3/pppd/auth.c:1342, 2.4.9 auth.c:1282,
	 * apple-ppp-1027.121.1/Helpers/pppd/auth.c:1391). */
	{ "name", 1, 1, N_("the name is empty, which pppd takes as no name: it uses this "
	  "machine's host name instead."), NULL },
	/* user "" and password "": Linux pppd marks either as given even when
	 * the value is empty (the flags at linux-ppp-2.5.3/pppd/auth.c:403 and
	 * :408, set by options.c:986), so it logs in with an empty name rather
	 * than name's (auth.c:1347) and sends an empty PAP password rather than
	 * pap-secrets' (auth.c:896), though it agrees to PAP only when that
	 * lookup finds one (auth.c:1453), and agrees to CHAP with no secret
	 * (:1455), then at the challenge asks a plugin or chap-secrets
	 * (:1868-1871) and, finding nothing, warns and uses an empty secret
	 * (chap.c:493-496); 2.4.9 the same (auth.c:1286, :849, :1387,
	 * chap-new.c:502-505). Apple's
	 * pppd has no such flag and takes an empty one as none
	 * (apple-ppp-1027.121.1/Helpers/pppd/auth.c:1393, :777). */
	{ "user", 1, 1, N_("the name is empty, and pppd counts it as given: it logs in to the "
	  "peer with an empty name, not with name or the host name."),
	  N_("the name is empty, which macOS's pppd takes as no user: it logs in "
	  "with name or the host name (derived from Apple's source, not tried "
	  "on a Mac).") },
	{ "password", 1, 1, N_("the password is empty, and pppd counts it as given: it agrees to "
	  "PAP only when pap-secrets (or a plugin) has a password for this login and "
	  "then sends an empty one instead, and it agrees to CHAP without a chap-secrets line, then, "
	  "finding no secret at the peer's challenge, logs a warning and answers with a response "
	  "made from an empty secret."),
	  N_("the password is empty, which macOS's pppd takes as no password: it "
	  "looks in the secrets files (derived from Apple's source, not tried "
	  "on a Mac).") },
	/* still counted as given (linux-ppp-2.5.3/pppd/auth.c:415, options.c:
	 * 986), so the CHAP lookups use "" for the peer (chap.c:358, :489;
	 * Apple's chap-new.c:416, :609), as do Linux EAP (eap.c:838) and
	 * the PAP decision (auth.c:1745; Apple's auth.c:2030), and only a * or "" column matches ""
	 * (auth.c:2296, :136). */
	{ "remotename", 1, 1, N_("the name is empty, and pppd counts it as given: the secrets for "
	  "checking the peer's CHAP login (in Linux pppd, its EAP one too) and for this end's "
	  "own CHAP login, and the pap-secrets search that decides whether to ask for PAP, "
	  "then use an empty name for the peer, which only a line with * or \"\" there matches."), NULL },
	/* 2.4.9 and Apple compare as many bytes as the entry has, none here,
	 * so it matches every number (linux-ppp-2.4.9/pppd/auth.c:2114,
	 * apple-ppp-1027.121.1/Helpers/pppd/auth.c:2516); 2.5.3 compares the
	 * whole entry (linux-ppp-2.5.3/pppd/auth.c:2205). */
	{ "allow-number", 1, 1, N_("the entry is empty, a prefix of every number: Linux pppd 2.4.9 "
	  "then lets every caller in; 2.5.3 lets one in only when no "
	  "number is known (derived from the source, not tried)."),
	  N_("the entry is empty, a prefix of every number: macOS's pppd then "
	  "lets every caller in (derived from Apple's source, not tried on "
	  "a Mac).") },
	/* no group is named "", so pppd's group lookup fails and it refuses
	 * the option (linux-ppp-2.5.3/pppd/auth.c:580, 2.4.9 the same, tried
	 * here: exit 2; apple-ppp-1027.121.1/Helpers/pppd/auth.c:588). Only the
	 * empty name is judged: which groups exist depends on the machine. */
	{ "privgroup", 2, 2, N_("the group name is empty; no group has that name, "
	  "so pppd says the group is unknown and refuses it."), NULL },
	/* a set name, even empty, must be matched by an offer's tag of the same
	 * length (linux-ppp-2.5.3/pppd/plugins/pppoe/discovery.c:395, :154,
	 * :168; 2.4.9 discovery.c:144, :151), while without the option any
	 * offer will do. */
	{ "pppoe-service", 1, 0, N_("the name is empty, and pppoe.so counts it as set: it takes "
	  "only offers that carry an empty service name."), NULL },
	{ "rp_pppoe_service", 1, 0, N_("the name is empty, and pppoe.so counts it as set: it takes "
	  "only offers that carry an empty service name."), NULL },
	{ "pppoe-ac", 1, 0, N_("the name is empty, and pppoe.so counts it as set: it takes "
	  "only an access concentrator whose name is empty, so one that "
	  "gives a name is never used."), NULL },
	{ "rp_pppoe_ac", 1, 0, N_("the name is empty, and pppoe.so counts it as set: it takes "
	  "only an access concentrator whose name is empty, so one that "
	  "gives a name is never used."), NULL },
	/* still a secret, so pseudonyms are made, with a key from the date
	 * alone (linux-ppp-2.5.3/pppd/eap.c:340, :351). */
	{ "srp-pn-secret", 1, 1, N_("the secret is empty, yet pppd still makes pseudonyms, with a "
	  "key from the date alone that anyone can work out."), NULL },
	/* pppd names the interface only for a non-empty name (linux-ppp-2.5.3/
	 * pppd/sys-linux.c:1009, :1074, main.c:846; 2.4.9's sys-linux.c:669,
	 * main.c:731). */
	{ "ifname", 1, 1, N_("the name is empty, which pppd takes as no name: "
	  "the interface gets the usual numbered name (ppp0, ppp1 ...)."), NULL },
	/* init "": the command runs only when not empty (linux-ppp-2.5.3/pppd/
	 * tty.c:735, Apple's Helpers/pppd/tty.c:827), but the DTR drop before it
	 * asks only that some init was given (2.5.3 tty.c:725-731, 2.4.9 :667-673,
	 * Apple's :817-824), and the empty string replaces a command an earlier
	 * line of the same or a lower rank gave. */
	{ "init", 1, 1, N_("the command is empty, so pppd runs nothing here (and an "
	  "earlier init of the same or a lower rank is wiped), yet any init line still "
	  "makes pppd drop DTR for a second before connecting when it opened the "
	  "serial device itself and local is not set, which hangs up a modem."), NULL },
	/* pppd does the VRF step only for a non-empty name (linux-ppp-2.5.3/
	 * pppd/sys-linux.c:982), so the routes stay in the main table
	 * (sys-linux.c:218). */
	{ "vrf", 1, 1, N_("the name is empty, which pppd takes as no VRF: "
	  "the interface and its routes stay in the main routing table."), NULL },
	/* an empty name is still a name, so pppd puts a pty and its copying
	 * between itself and the line (linux-ppp-2.5.3/pppd/tty.c:579, 2.4.9's
	 * :521, Apple's Helpers/pppd/tty.c:618), then fails to open "" and logs
	 * it (2.5.3 tty.c:1085-1087, 2.4.9 :1023-1025, Apple's :1297-1299). */
	{ "record", 1, 1, N_("the name is empty, so there is no file to open: pppd "
	  "still copies the line's bytes through a pseudo-terminal "
	  "to record them, logs that it could not create the file, "
	  "and records nothing."), NULL },
	/* passprompt.so gives up before running anything when the name is
	 * empty (linux-ppp-2.4.9/pppd/plugins/passprompt.c:36): for PAP pppd
	 * then reads pap-secrets (auth.c:1622-1627), while the EAP-TLS lookup
	 * treats the same answer as a failure (auth.c:2694-2698) and the login
	 * stops (eap-tls.c:745, :840). 2.5.3 and Apple have no such plugin. */
	{ "promptprog", 1, 0, N_("the program name is empty, so the plugin runs nothing: "
	  "a PAP password is looked up in pap-secrets as if the plugin were "
	  "not there, and an EAP-TLS login fails, as the key's password is "
	  "never obtained."), NULL },
	/* open("") fails. Linux pppd takes that as an option error and stops
	 * (linux-ppp-2.5.3/pppd/options.c:1771, 2.4.9 options.c:1540; tried
	 * with 2.4.9 here, exit 2); Apple's only logs it and carries on
	 * (apple-ppp-1027.121.1/Helpers/pppd/options.c:1760). */
	{ "logfile", 2, 1, N_("the name is empty, so there is no file to open; pppd counts "
	  "that as an error in the option and refuses it."),
	  N_("the name is empty, so there is no file to open; macOS's pppd "
	  "logs that and goes on with no log file (derived from Apple's "
	  "source, not tried on a Mac).") },
	/* +ua and file hand "" to fopen, which finds no such file, and pppd
	 * refuses the option (linux-ppp-2.5.3/pppd/auth.c:527,531; options.c:
	 * 588,599 from readfile :1640; the same in Apple's Helpers/pppd/auth.c:
	 * 542,545 and options.c:499, :510; tried with 2.4.9, exit 2). */
	{ "+ua", 2, 2, N_("the name is empty, so there is no file to open; pppd "
	  "refuses the option."), NULL },
	{ "file", 2, 2, N_("the name is empty, so there is no file to open; pppd "
	  "refuses the option."), NULL },
	/* Linux's plugin puts "" after its plugin folder and dlopen of the
	 * folder fails, so pppd refuses it (options.c:1811,1821,1826; tried
	 * with 2.4.9, exit 2). Apple's loader is another one: not judged. */
	{ "plugin", 2, 0, N_("the name is empty, so pppd tries to load its plugin "
	  "folder itself, which fails; pppd refuses the option."), NULL },
	/* macOS only: Apple's loader puts the name after its plug-in folder
	 * (apple-ppp-1027.121.1/Helpers/pppd/sys-MacOSX.c:3441-3442), so ""
	 * names that folder, which holds the bundles but is not one with a
	 * start function to run (:3450-3451 need both); the load then fails
	 * (ret stays -1, :3431) and plugin2 refuses the option (options.c:
	 * 1823-1827), so pppd exits. That the folder does not load as a bundle
	 * is how CFBundle works, not in the pinned source; not tried on a Mac.
	 * The Linux text is unused: Linux has no plugin2. */
	{ "plugin2", 0, 2, N_("the name is empty, so macOS's pppd tries to load its plug-in "
	  "folder itself as the bundle, which is expected to fail, and plugin2 then refuses "
	  "the option (derived from Apple's source, not tried on a Mac)."), NULL },
	/* pppd still uses a pseudo-terminal (tty.c:462) and starts a shell
	 * with nothing to run (main.c:1868), so no link comes up (a reading of
	 * the source; not tried, as the machine here has no /dev/ppp). */
	{ "pty", 1, 1, N_("the command is empty: pppd still talks to a "
	  "pseudo-terminal, but the shell behind it has nothing to "
	  "run and ends at once, so no link can come up (derived "
	  "from the source, not tried)."), NULL },
	/* ca "": the pointer is set, so a client with cert and key takes the
	 * options' files and skips eaptls-client (linux-ppp-2.5.3/pppd/auth.c:
	 * 2766, 2.4.9 auth.c:2660); with no CA file or folder EAP-TLS then stops
	 * (2.5.3 eap-tls.c:282, 2.4.9 eap-tls.c:311). PEAP takes "" as none
	 * (2.5.3 tls.c:415). A 2.5.3 configured with a system CA folder fills
	 * capath with it when capath is unset (auth.c:1352, Makefile.am:99), and
	 * then the folder stands in. Not judged: what the files named hold. */
	{ "ca", 1, 0, N_("the path is empty, yet pppd counts it as given: an EAP-TLS "
	  "client with cert and key then skips /etc/ppp/eaptls-client, and "
	  "unless capath names a folder (a 2.5.3 built with a system CA folder "
	  "uses that folder when capath is left out), EAP-TLS stops for want of "
	  "a CA certificate."), NULL },
	/* capath "": set like ca "", so the client path at linux-ppp-2.5.3/
	 * pppd/auth.c:2766 (2.4.9 auth.c:2660) is taken with cert and key; tls.c:
	 * 419 (2.4.9 eap-tls.c:424) then reads "" as no folder, and without a ca
	 * file EAP-TLS stops (2.5.3 eap-tls.c:282, 2.4.9 eap-tls.c:311). A
	 * system CA folder is put in only when capath is unset (auth.c:1352). */
	{ "capath", 1, 0, N_("the folder name is empty, yet pppd counts it as given: an "
	  "EAP-TLS client with cert and key then skips /etc/ppp/eaptls-client, and unless "
	  "ca names a file, EAP-TLS stops for want of a CA certificate. In 2.5.3 it also "
	  "keeps a built-in system CA folder from being used."), NULL },
	/* cert "" and key "": with the other two set, the client takes the
	 * options' files (2.5.3 auth.c:2766, before pkcs12 at :2775; 2.4.9
	 * auth.c:2660) and TLS set-up stops at the empty name (2.5.3 eap-tls.c:
	 * 288, :294; 2.4.9 eap-tls.c:317, :323). */
	{ "cert", 1, 0, N_("the path is empty, yet pppd counts it as given: an EAP-TLS client "
	  "that also has key and ca or capath then skips /etc/ppp/eaptls-client (and pkcs12) "
	  "and stops for want of a certificate."), NULL },
	{ "key", 1, 0, N_("the path is empty, yet pppd counts it as given: an EAP-TLS client "
	  "that also has cert and ca or capath then skips /etc/ppp/eaptls-client (and pkcs12) "
	  "and stops for want of a private key."), NULL },
	/* pkcs12 "": the pointer is set, so a client without the cert, key and
	 * CA set takes the pkcs12 path (2.5.3 auth.c:2775) and skips
	 * eaptls-client; with pkcs12[0] empty, TLS set-up then asks for a CA
	 * and a certificate it has not got (eap-tls.c:280-291). */
	{ "pkcs12", 1, 0, N_("the path is empty, yet pppd counts it as given: an EAP-TLS "
	  "client without cert, key and ca or capath all set then skips "
	  "/etc/ppp/eaptls-client and stops: TLS set-up then has neither a bundle nor cert and "
	  "key to use."), NULL },
	/* crl "": fopen("") fails when TLS is set up, which then fails
	 * (2.5.3 tls.c:379-382, from eap-tls.c:601 and peap.c:509, where PEAP
	 * calls fatal at peap.c:510; 2.4.9 eap-tls.c:652-655). */
	{ "crl", 1, 0, N_("the path is empty, so there is no file to open: when an EAP-TLS "
	  "(2.5.3: or PEAP) login sets up TLS, pppd logs an error and TLS is not set up; "
	  "with PEAP, pppd then exits."),
	  NULL },
	/* crl-dir "": the pointer is set, so pppd hands "" to OpenSSL as the
	 * folder, without looking at the result, and switches revocation
	 * checking on (2.5.3 tls.c:360-373; 2.4.9 eap-tls.c:631-645). */
	{ "crl-dir", 1, 0, N_("the folder name is empty, yet pppd counts it as given: it "
	  "still switches on revocation checks of the peer's certificate, with no folder to "
	  "find the lists in."), NULL },
	/* radius.so takes the configured path only when it is not empty
	 * (linux-ppp-2.5.3/pppd/plugins/radius/radius.c:1382; 2.4.9 :1271). */
	{ "radius-config-file", 1, 0, N_("an empty value is ignored: the plugin keeps reading "
	  "/etc/radiusclient/radiusclient.conf."), NULL },
	/* macOS only: the option copies the word into a fixed buffer
	 * (apple-ppp-1027.121.1/Helpers/pppd/options.c:874), and L2TP.ppp
	 * hands the identifier on only when that buffer's first byte is set
	 * (Drivers/L2TP/L2TP-plugin/main.c:1656), so "" gives none and wipes
	 * what an earlier line of the same rank set. */
	{ "l2tpipseclocalidentifier", 0, 1, N_("the identifier is empty, which L2TP.ppp takes "
	  "as none: it hands no local identifier from this option to IPsec, and one an "
	  "earlier l2tpipseclocalidentifier line set is wiped (derived from Apple's source, "
	  "not tried on a Mac)."), NULL },
	/* modemscript "": Apple's pppd keeps the empty word (Helpers/pppd/
	 * options.c:880-883, strdup), and PPPSerial.ppp tests only that the pointer is set
	 * (Drivers/PPPSerial/PPPSerial-plugin/main.c:304), so it puts its own
	 * connect and disconnect commands in (:308-309). With no modemdict from
	 * PPPController it then puts "" after its script folders (:443-447) and
	 * stat() of a folder succeeds, so the folder is handed on as the script
	 * (:465-466); Error 8 only if neither folder exists (:457-458). What
	 * the script engine makes of a folder is not in the pinned source. */
	{ "modemscript", 0, 1, N_("the name is empty, which does not turn the script off: "
	  "PPPSerial.ppp still puts its own connect and disconnect commands in place of any "
	  "connect and disconnect lines, and, when PPPController passed no modem settings, "
	  "hands on the folder /System/Library/Modem Scripts/ (or /Library/Modem Scripts/) "
	  "itself as the script (derived from Apple's source, not tried on a Mac)."), NULL },
};

int catalog_empty_value(const struct catalog_entry *e, enum platform p, struct buf *why)
{
	size_t i;

	for (i = 0; i < sizeof catalog_empty_rows / sizeof catalog_empty_rows[0]; i++) {
		const struct catalog_empty_row *r = &catalog_empty_rows[i];
		int mac = p == PLATFORM_MACOS;
		int level = mac ? r->macos_level : r->linux_level;

		if (strcmp(e->name, r->name) != 0 || level == 0)
			continue;
		if (why)
			buf_adds(why, _(mac && r->macos_why ? r->macos_why : r->linux_why));
		return level;
	}
	return 0;
}
