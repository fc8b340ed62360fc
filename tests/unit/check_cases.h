/* check_cases.h - the table of files test_check.c runs: for each check, one file that has its problem and one that does not. */
#ifndef CHECK_CASES_H
#define CHECK_CASES_H

#include "pppd/catalog.h"

#define L PLATFORM_LINUX
#define M PLATFORM_MACOS

/* One case: the file (text, platform, what stat says) and whether check
 * `id` must report it, and on which line. */
struct tcase {
	const char *id;
	int want;               /* 1: must be reported; 0: must not */
	enum platform p;
	const char *text;
	size_t line;            /* with want: the line it is reported on */
	const char *path;       /* check_file.path; NULL: no check_file at all */
	unsigned mode;          /* with path: stat says so (0: no stat) */
	unsigned uid;
	int dirw, missing;
};

static const struct tcase cases[] = {
#include "check_cases_words.h"
#include "check_cases_no_effect.h"
	/* pppd prints and exits, status 0, without connecting */
	{ "exits", 1, L, "noauth\ndryrun\n", 2, 0, 0, 0, 0, 0 },
	{ "exits", 1, M, "-h\n", 1, 0, 0, 0, 0, 0 },
	{ "exits", 1, L, "show-options\n", 1, 0, 0, 0, 0, 0 },
	{ "exits", 0, L, "noauth\ndump\n", 0, 0, 0, 0, 0, 0 },
	/* macOS: 'controlled' in a file stops a pppd PPPController did not start */
	{ "exits", 1, M, "controlled\n", 1, 0, 0, 0, 0, 0 },
	{ "exits", 1, M, "controlled\n", 1, "/etc/ppp/peers/vpn", 0, 0, 0, 0 },
	/* EAP-SRP, CBCP, systemd notify: only when the build asks for them */
	{ "optional-build", 1, L, "noauth\nsrp-use-pseudonym\n", 2, 0, 0, 0, 0, 0 },
	{ "optional-build", 1, L, "callback 5551234\n", 1, 0, 0, 0, 0, 0 },
	{ "optional-build", 1, L, "ms-lanman\n", 1, 0, 0, 0, 0, 0 },
	{ "optional-build", 0, L, "noauth\nrequire-eap\n", 0, 0, 0, 0, 0, 0 },
	{ "not-built", 1, M, "ms-lanman\n", 1, 0, 0, 0, 0, 0 },
	{ "not-built", 0, M, "mtu 1400\n", 0, 0, 0, 0, 0, 0 },
	/* Linux's DEBUGMPPEKEY words: no build file turns the switch on */
	{ "not-built", 1, L, "noauth\nmschap-challenge 12345678\n", 2, 0, 0, 0, 0, 0 },
	{ "optional-build", 0, L, "mschap-challenge 12345678\n", 0, 0, 0, 0, 0, 0 },
	{ "disabled-option", 1, L, "nodefaultroute\ndefaultroute\n", 2, 0, 0, 0, 0, 0 },
	{ "disabled-option", 0, L, "defaultroute\nnodefaultroute\n", 0, 0, 0, 0, 0, 0 },
	{ "disabled-option", 1, L, "-defaultroute\ndefaultroute\n", 2, 0, 0, 0, 0, 0 },
	{ "disabled-option", 1, M, "-proxyarp\nproxyarp\n", 2, 0, 0, 0, 0, 0 },
	{ "disabled-option", 1, L, "-defaultroute6\ndefaultroute6\n", 2, 0, 0, 0, 0, 0 },
	{ "disabled-option", 0, L, "proxyarp\n-proxyarp\n", 0, 0, 0, 0, 0, 0 },
	{ "comment-slashes", 1, M, "plugin L2TP.ppp\nl2tpnoipsec // lowercase L\n", 2,
	  0, 0, 0, 0, 0 },
	{ "comment-slashes", 0, M, "plugin L2TP.ppp\nl2tpnoipsec # lowercase L\n", 0,
	  0, 0, 0, 0, 0 },
	{ "bom", 1, L, "\xEF\xBB\xBFmtu 1400\n", 1, 0, 0, 0, 0, 0 },
	{ "bom", 1, L, "\xEF\xBB\xBF\nmtu 1400\n", 1, 0, 0, 0, 0, 0 },
	{ "bom", 0, L, "mtu 1400\n", 0, 0, 0, 0, 0, 0 },
	{ "glued-words", 1, L, "mtu\xC2\xA0" "1400\n", 1, 0, 0, 0, 0, 0 },
	{ "glued-words", 1, L, "noauth\xE3\x80\x80" "debug\n", 1, 0, 0, 0, 0, 0 },
	{ "glued-words", 0, L, "user \"a\xC2\xA0" "b\"\n", 0, 0, 0, 0, 0, 0 },
	{ "curly-quotes", 1, L, "\xE2\x80\x9Cnoauth\xE2\x80\x9D\n", 1, 0, 0, 0, 0, 0 },
	{ "curly-quotes", 0, L, "\"noauth\"\n", 0, 0, 0, 0, 0, 0 },
	{ "dash-lookalike", 1, L, "\xE2\x80\x93" "chap\n", 1, 0, 0, 0, 0, 0 },
	{ "dash-lookalike", 0, L, "-chap\n", 0, 0, 0, 0, 0, 0 },
	{ "fullwidth-chars", 1, M, "plugin L2TP.ppp\n\xEF\xBC\xAC" "2tpnoipsec\n", 2,
	  0, 0, 0, 0, 0 },
	{ "fullwidth-chars", 0, M, "plugin L2TP.ppp\nl2tpnoipsec\n", 0, 0, 0, 0, 0, 0 },
	{ "invisible-chars", 1, L, "noauth\xE2\x80\x8B\n", 1, 0, 0, 0, 0, 0 },
	{ "invisible-chars", 0, L, "noauth\n", 0, 0, 0, 0, 0, 0 },
	{ "legacy-spelling", 1, L, "noauth\nnomppc\n", 2, 0, 0, 0, 0, 0 },
	{ "legacy-spelling", 1, L, "refuse-chapms\n", 1, 0, 0, 0, 0, 0 },
	{ "legacy-spelling", 0, M, "refuse-chapms\n", 0, 0, 0, 0, 0, 0 },
	{ "legacy-spelling", 0, L, "nomppe\n", 0, 0, 0, 0, 0, 0 },
	/* 2.5.3 stores require-mppe's 3 through a C99 bool: 1, 40-bit alone */
	{ "mppe-40-only", 1, L, "noauth\nrequire-mppe\n", 2, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 1, L, "require-mppe\nnomppe-40\n", 1, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 0, L, "require-mppe\nrequire-mppe-128\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 0, L, "require-mppe-128\n", 0, 0, 0, 0, 0, 0 },
	/* nomppe-40 with no size asked: MPPE not required, but its value stays
	 * in the sizes pppd accepts from the peer */
	{ "mppe-40-only", 1, L, "noauth\n-mppe-40\n", 2, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 1, L, "nomppe-128\nnomppe\n", 1, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 0, L, "require-mppe-128\nnomppe-40\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 0, M, "nomppe-40\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 0, M, "require-mppe\nnomppe-40\n", 0, 0, 0, 0, 0, 0 },
	/* a nomppe-128 that takes the only size left: MPPE is no longer required */
	{ "mppe-40-only", 1, L, "require-mppe-128\nnomppe-128\n", 2, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 1, L, "require-mppe\nnomppe-40\nnomppe-128\n", 3, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 0, L, "require-mppe-128\nnomppe-128\nnomppe\n", 0, 0, 0, 0, 0, 0 },
	/* Apple keeps the byte as 2.4.9 does: only the none-left case, told there too */
	{ "mppe-40-only", 1, M, "require-mppe-40\nnomppe-40\n", 2, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 0, M, "require-mppe\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 0, M, "require-mppe-40\nmppe-128\nnomppe-40\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 1, M, "mppe-128\nnomppe-128\n", 2, 0, 0, 0, 0, 0 },
	{ "mppe-40-only", 0, L, "require-mppe-40\nrequire-mppe-128\nnomppe-128\n", 0, 0, 0, 0, 0, 0 },
	/* nothing required, so not the none-left case; told as a stray accepted size */
	{ "mppe-40-only", 1, L, "nomppe-128\n", 1, 0, 0, 0, 0, 0 },
	/* no network protocol left: pppd ends the link once it is up */
	/* nosendip and noipdefault leave this end no address unless one is given */
	{ "no-local-address", 1, L, "noipdefault\nnosendip\n", 2, 0, 0, 0, 0, 0 },
	{ "no-local-address", 1, L, "nosendip\nnoipdefault\n:10.0.0.2\n", 1, 0, 0, 0, 0, 0 },
	{ "no-local-address", 0, L, "nosendip\nnoipdefault\n10.0.0.1:\n", 0, 0, 0, 0, 0, 0 },
	{ "no-local-address", 0, L, "nosendip\n", 0, 0, 0, 0, 0, 0 },
	{ "no-local-address", 0, L, "nosendip\nnoipdefault\nnoip\n", 0, 0, 0, 0, 0, 0 },
	{ "no-network-protocol", 1, L, "noip\nnoipv6\n", 1, 0, 0, 0, 0, 0 },
	{ "no-network-protocol", 0, L, "noip\n", 0, 0, 0, 0, 0, 0 },
	{ "no-network-protocol", 0, L, "noip\nnoipv6\n+ipv6\n", 0, 0, 0, 0, 0, 0 },
	/* IPX alone counts only on a kernel with IPX (2.4.9 turns it off at start otherwise) */
	{ "no-network-protocol", 1, L, "noip\nnoipv6\nipx\n", 1, 0, 0, 0, 0, 0 },
	{ "no-network-protocol", 0, L, "noip\nnoipv6\nipx\n+ipv6\n", 0, 0, 0, 0, 0, 0 },
	{ "no-network-protocol", 1, M, "debug\nnoip\n", 2, 0, 0, 0, 0, 0 },
	{ "no-network-protocol", 0, M, "noip\n+ipv6\n", 0, 0, 0, 0, 0, 0 },
	{ "no-network-protocol", 1, M, "noip\nnoacsp\n", 1, "/etc/ppp/peers/vpn", 0, 0, 0, 0 },
	{ "no-network-protocol", 0, M, "noip\n", 0, "/etc/ppp/peers/vpn", 0, 0, 0, 0 },
	{ "no-network-protocol", 1, L, "noipv6\n-ip\n", 2, 0, 0, 0, 0, 0 },
	/* need-peer-eap with refuse-eap: nothing left to answer EAP with, so
	 * pppd ends every link (linux-ppp-2.5.3/pppd/auth.c:860, :1458) */
	{ "eap-never", 1, L, "need-peer-eap\nrefuse-eap\n", 1, 0, 0, 0, 0, 0 },
	{ "eap-never", 1, L, "refuse-eap\nneed-peer-eap\n", 2, 0, 0, 0, 0, 0 },
	{ "eap-never", 0, L, "need-peer-eap\n", 0, 0, 0, 0, 0, 0 },
	{ "eap-never", 0, L, "refuse-eap\nrequire-eap\n", 0, 0, 0, 0, 0, 0 },
	/* a word that does nothing without another in the same file (check_needs.c) */
	/* proxyarp and use-dhcp act only once IPCP is up; noip keeps it down */
	{ "needs-other", 1, L, "proxyarp\nnoip\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, M, "noip\nuse-dhcp\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "proxyarp\nuse-dhcp\n", 0, 0, 0, 0, 0, 0 },
	/* pty-delay waits only for a pty command started without record */
	{ "needs-other", 1, M, "pty-delay 500\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "pty 'cat'\npty-delay 500\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, M, "pty 'cat'\npty-delay 500\nrecord /tmp/r\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "pty 'cat'\npty-delay 0\nrecord /tmp/r\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "noauth\nlcp-echo-failure 4\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "lcp-echo-failure 4\nlcp-echo-interval 0x0\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "lcp-echo-failure 4\nlcp-echo-interval 30\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "lcp-echo-failure 0\nlcp-echo-interval 0\n", 0, 0, 0, 0, 0, 0 },
	/* a count's 0 is no reset (its default is 2 or 10): idle like any other */
	{ "needs-other", 1, L, "noip\nipcp-max-terminate 0\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, M, "noip\nipcp-max-configure 0\n", 2, 0, 0, 0, 0, 0 },
	/* nor a resend wait's (its default is 3 seconds, fsm.h:138) */
	{ "needs-other", 1, L, "noip\nipcp-restart 0\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, M, "noip\nipcp-restart 0\n", 2, 0, 0, 0, 0, 0 },
	/* refuse-eap: this end never logs in with EAP, whose timer eap-timeout sets */
	{ "needs-other", 1, L, "eap-timeout 30\nrefuse-eap\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "eap-timeout 30\n", 0, 0, 0, 0, 0, 0 },
	/* show-password: packets (and so PAP passwords) are logged only with
	 * debug; on a Mac PPPController passes debug for verbose logging */
	{ "needs-other", 1, L, "show-password\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "show-password\ndebug\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "-d\nshow-password\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "show-password\n", 0, "/Users/u/ppp.conf", 0, 0, 0, 0 },
	/* on a Mac PPPController may pass demand (with its own holdoff) */
	{ "needs-other", 0, M, "holdoff 10\n", 0, "/Users/u/ppp.conf", 0, 0, 0, 0 },
	{ "needs-other", 1, L, "holdoff 10\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "persist\nholdoff 10\nnopersist\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "holdoff 10\ndemand\n", 0, 0, 0, 0, 0, 0 },
	/* maxfail is read only on the way round to a new connection */
	{ "needs-other", 1, L, "maxfail 3\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "persist\nmaxfail 3\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "maxfail 3\n", 0, "/Users/u/ppp.conf", 0, 0, 0, 0 },
	/* ktune acts only with proxyarp or demand (Linux); on a Mac the no-effect rule speaks */
	{ "needs-other", 1, L, "ktune\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "ktune\nproxyarp\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "demand\nktune\n", 0, 0, 0, 0, 0, 0 },
	/* noproxyarp after proxyarp clears it again, so ktune is idle once more */
	{ "needs-other", 1, L, "ktune\nproxyarp\nnoproxyarp\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "proxyarp\n-proxyarp\nktune\n", 3, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "demand\nproxyarp\nnoproxyarp\nktune\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "ktune\n", 0, 0, 0, 0, 0, 0 },
	/* defaultroute-metric acts only with defaultroute (or defaultroute6) */
	{ "needs-other", 1, L, "defaultroute-metric 5\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "defaultroute-metric 5\ndefaultroute\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "defaultroute6\ndefaultroute-metric 5\n", 0, 0, 0, 0, 0, 0 },
	/* defaultroute6-metric acts only with defaultroute6 */
	{ "needs-other", 1, L, "defaultroute6-metric 5\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "defaultroute6\nnodefaultroute6\ndefaultroute6-metric 5\n", 3, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "defaultroute6-metric 5\ndefaultroute6\n", 0, 0, 0, 0, 0, 0 },
	/* cert is used only with key (and ca or capath) beside it (Linux) */
	{ "needs-other", 1, L, "cert /etc/ppp/me.pem\nca /etc/ppp/ca.pem\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "cert /etc/ppp/me.pem\nkey /etc/ppp/me.key\nca /etc/ppp/ca.pem\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "cert /etc/ppp/me.pem\n", 0, 0, 0, 0, 0, 0 },
	/* key is used only with cert (and ca or capath) beside it (Linux) */
	{ "needs-other", 1, L, "key /etc/ppp/me.key\nca /etc/ppp/ca.pem\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "ca /etc/ppp/ca.pem\nkey /etc/ppp/me.key\ncert /etc/ppp/me.pem\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "key /etc/ppp/me.key\n", 0, 0, 0, 0, 0, 0 },
	/* pkcs12 still needs ca or capath to check the peer (Linux 2.5.3) */
	{ "needs-other", 1, L, "pkcs12 /etc/ppp/me.p12\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "pkcs12 /etc/ppp/me.p12\nca /etc/ppp/ca.pem\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "capath /etc/ssl/certs\npkcs12 /etc/ppp/me.p12\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "pkcs12 /etc/ppp/me.p12\n", 0, 0, 0, 0, 0, 0 },
	/* master_detach acts only for a multilink bundle's master */
	{ "needs-other", 1, L, "master_detach\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "mp\nmaster_detach\nnomp\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "master_detach\nmp\n", 0, 0, 0, 0, 0, 0 },
	/* mrru: without multilink LCP neither sends nor takes an MRRU */
	{ "needs-other", 1, L, "mrru 1500\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "multilink\nmrru 1500\nnomp\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "mrru 1500\nmp\n", 0, 0, 0, 0, 0, 0 },
	/* endpoint: without multilink LCP clears the discriminator it would send */
	{ "needs-other", 1, L, "endpoint IP:10.0.0.1\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "multilink\nendpoint null\nnomultilink\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "endpoint null\nmp\n", 0, 0, 0, 0, 0, 0 },
	/* mpshortseq: without multilink LCP drops the wish and rejects the peer's */
	{ "needs-other", 1, L, "mpshortseq\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "mp\nmpshortseq\nnomp\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "mpshortseq\nmultilink\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "mpshortseq\n", 0, 0, 0, 0, 0, 0 },
	/* bundle: its name is read only while joining a multilink bundle */
	/* active-filter acts only with demand or an idle time */
	{ "needs-other", 1, L, "active-filter 'tcp port 80'\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "active-filter 'tcp port 80'\ndemand\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "idle 600\nactive-filter 'tcp port 80'\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "plugin radius.so\nactive-filter 'tcp port 80'\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "bundle office\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "mp\nbundle office\nnomultilink\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "bundle office\nmultilink\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "novjccomp\n-vj\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "novjccomp\nvj-max-slots 4\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "-ip\nipcp-restart 3\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "noipv6\nipv6cp-use-persistent\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "noipv6\n+ipv6\nipv6cp-use-persistent\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "ipv6cp-restart 3\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "ipv6cp-restart 3\n", 0, "/Users/u/ppp.conf", 0, 0, 0, 0 },
	{ "needs-other", 1, M, "ipcp-restart 3\nnoip\n", 1, "/Users/u/ppp.conf", 0, 0, 0, 0 },
	{ "needs-other", 0, M, "ipv6cp-restart 3\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "defaultroute6\nnoipv6\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "noipv6\ndefaultroute6\n+ipv6\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "ipv6-up-script /etc/ppp/v6up\nnoipv6\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "noipv6\nipv6-up-script /etc/ppp/v6up\n+ipv6\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "noipv6\nipv6-down-script /etc/ppp/v6down\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "noipv6\nipv6-down-script /etc/ppp/v6down\n+ipv6\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, M, "acscp-restart 3\nnoacsp\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, M, "acscp-restart 3\nnoacsp\n", 1, "/Users/u/ppp.conf", 0, 0, 0, 0 },
	{ "needs-other", 0, M, "acscp-restart 3\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, M, "noacsp\nacscp-max-configure 3\n", 2, 0, 0, 0, 0, 0 },
	/* nomppe and a require-mppe word: the later one wins whole */
	{ "conflict", 1, L, "nomppe\nrequire-mppe-128\n", 1, 0, 0, 0, 0, 0 },
	/* up_sdnotify's flag outlives updetach: a later nodetach makes it count again */
	{ "conflict", 1, L, "up_sdnotify\nupdetach\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 1, L, "up_sdnotify\nupdetach\nnodetach\n", 2, 0, 0, 0, 0, 0 },
	/* MPPE with no MS-CHAP login either way: no keys; on Linux too only with
	 * refuse-eap (an EAP-TLS build, 2.4.9's default, lets an EAP login pass,
	 * and refuse-mschap-v2 does not stop EAP-MSCHAPv2, which gives keys) */
	{ "mppe-no-keys", 1, L, "refuse-mschap\nrefuse-mschap-v2\nrefuse-eap\nrequire-mppe-128\n", 4, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, L, "refuse-mschap\nrefuse-mschap-v2\nrequire-mppe-128\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, L, "refuse-mschap\nrefuse-mschap-v2\nrefuse-eap\nauth\nrequire-eap\nrequire-mppe-128\n", 0, 0, 0, 0, 0, 0 },
	/* Apple's pppd skips the MS-CHAP count after any EAP login: told only with refuse-eap */
	{ "mppe-no-keys", 1, M, "refuse-chapms\n-mschap-v2\nrefuse-eap\nmppe-128\n", 4, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, M, "refuse-chapms\n-mschap-v2\nmppe-128\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, M, "refuse-chapms\n-mschap-v2\nrefuse-eap\nrequire-eap\nmppe-128\n", 0, 0, 0, 0, 0, 0 },
	/* 40-bit keys alone with only MS-CHAP v1 left: pppd drops 40-bit after it */
	{ "mppe-no-keys", 1, L, "refuse-mschap-v2\nrefuse-eap\nrequire-mppe-40\n", 3, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 1, M, "-chap-md5\nrefuse-mschap-v2\nrefuse-eap\nmppe-40\n", 4, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, L, "refuse-mschap-v2\nrefuse-eap\nrequire-mppe-40\nrequire-mppe-128\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, L, "refuse-mschap-v2\nrequire-mppe-40\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, M, "-chapms\nrefuse-eap\nmppe-40\n", 0, 0, 0, 0, 0, 0 },
	/* auth with no login kind named asks the peer for every CHAP kind, MS-CHAP too */
	{ "mppe-no-keys", 0, L, "auth\nrefuse-mschap\nrefuse-mschap-v2\nrequire-mppe-40\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 1, L, "auth\nrequire-chap\nrefuse-mschap\nrefuse-mschap-v2\nrefuse-eap\nrequire-mppe-40\n", 6, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 1, L, "auth\nnoauth\nrefuse-mschap\nrefuse-mschap-v2\nrefuse-eap\nrequire-mppe-40\n", 6, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, L, "refuse-mschap\nrequire-mppe-128\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, L, "refuse-mschap\nrefuse-mschap-v2\nrequire-mschap-v2\nrequire-mppe-128\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, L, "refuse-mschap\nrefuse-mschap-v2\nrequire-mppe-128\nnomppe\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, L, "refuse-mschap\nrefuse-mschap-v2\nrefuse-eap\nrequire-mppe-128\nnoccp\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, M, "-ccp\nrefuse-chapms\n-mschap-v2\nrefuse-eap\nmppe-128\n", 0, 0, 0, 0, 0, 0 },
	{ "mppe-no-keys", 0, L, "refuse-mschap\nrefuse-mschap-v2\ncert /c.pem\nrequire-mppe-128\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "acscp-max-configure 3\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "ipv6cp-use-persistent\nipv6 ::1,\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "ipv6cp-use-persistent\nipv6 ,::2\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "ipv6cp-use-persistent\n", 0, 0, 0, 0, 0, 0 },
	/* ipv6cp-accept-remote in 2.5.3: idle unless the peer is given an identifier */
	{ "needs-other", 1, L, "ipv6cp-accept-remote\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "ipv6 ::1,\nipv6cp-accept-remote\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "ipv6 ,::2\nipv6cp-accept-remote\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "ipv6cp-use-remotenumber\nipv6cp-accept-remote\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "plugin dhcpv6relay.so\ndhcpv6-trusted\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "plugin dhcpv6relay.so\ndhcpv6-server ::1\ndhcpv6-server \"\"\ndhcpv6-metric 5\n", 4, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "plugin dhcpv6relay.so\ndhcpv6-server ::1\ndhcpv6-trusted\n", 0, 0, 0, 0, 0, 0 },
	/* the relay starts only when IPv6CP comes up (dhcpv6relay.c:978) */
	{ "needs-other", 1, L, "plugin dhcpv6relay.so\nnoipv6\ndhcpv6-server ::1\n", 3, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "plugin dhcpv6relay.so\nnoipv6\n+ipv6\ndhcpv6-server ::1\n", 0, 0, 0, 0, 0, 0 },

	/* macOS: PPPoE.ppp in answer mode never reads the service or concentrator name */
	{ "needs-other", 1, M, "plugin PPPoE.ppp\npppoemode answer\npppoeservicename isp\n", 3, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, M, "plugin PPPoE.ppp\npppoeacname ac1\npppoemode answer\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "plugin PPPoE.ppp\npppoemode answer\npppoemode listen\npppoeservicename isp\n", 0, 0, 0, 0, 0, 0 },
	/* nor does it ever load its kernel extension there (main.c:273-277) */
	{ "needs-other", 1, M, "plugin PPPoE.ppp\npppoemode answer\nnopppoeload\n", 3, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "plugin PPPoE.ppp\npppoemode listen\nnopppoeload\n", 0, 0, 0, 0, 0, 0 },
	/* 2.4.9's pppoe.so copies the discovery settings at the interface
	 * word (plugin.c:133, from :390): a later line is not used there */
	{ "set-after-interface", 1, L, "plugin pppoe.so\neth0\npppoe-padi-attempts 5\n", 3, 0, 0, 0, 0, 0 },
	{ "set-after-interface", 1, L, "plugin pppoe.so\nnic-eth0\nrp_pppoe_verbose 1\n", 3, 0, 0, 0, 0, 0 },
	{ "set-after-interface", 0, L, "plugin pppoe.so\npppoe-padi-attempts 5\neth0\n", 0, 0, 0, 0, 0, 0 },
	{ "set-after-interface", 1, L, "plugin pppoe.so\neth0\npppoe-padi-attempts 5\n"
	  "pppoe-padi-attempts 6\n", 4, 0, 0, 0, 0, 0 },
	{ "set-after-interface", 0, L, "plugin pppoe.so\neth0\npppoe-mac 00:11:22:33:44:55\n", 0, 0, 0, 0, 0, 0 },
	/* 2.4.9's pppoe.so copies these when it reads the interface word */
	{ "set-after-interface", 1, L, "plugin pppoe.so\neth0\npppoe-padi-timeout 3\n", 3, 0, 0, 0, 0, 0 },
	{ "set-after-interface", 0, L, "plugin pppoe.so\npppoe-padi-timeout 3\neth0\n", 0, 0, 0, 0, 0, 0 },
	/* a packet filter is compiled by pppd's libpcap, not by pppconf */
	{ "value-not-checked", 1, L, "noauth\nactive-filter 'port 53'\n", 2, 0, 0, 0, 0, 0 },
	{ "value-not-checked", 0, L, "idle 30\n", 0, 0, 0, 0, 0, 0 },
	/* dhcpv6-server is looked up by pppd while it reads its options
	 * (dhcpv6relay.c:139-143); an empty value skips the lookup (:136) */
	{ "value-not-checked", 1, L, "plugin dhcpv6relay.so\ndhcpv6-server ::1\n", 2, 0, 0, 0, 0, 0 },
	{ "value-not-checked", 0, L, "plugin dhcpv6relay.so\ndhcpv6-server \"\"\n", 0, 0, 0, 0, 0, 0 },
	/* a host name in local:remote is resolved by pppd as it reads the word
	 * (ipcp.c:456-457); localhost then gives 127.0.0.1, which it refuses */
	{ "value-not-checked", 1, L, "localhost:10.0.0.2\n", 1, 0, 0, 0, 0, 0 },
	{ "value-not-checked", 1, L, "noauth\n10.0.0.1:myhost\n", 2, 0, 0, 0, 0, 0 },
	{ "value-not-checked", 0, L, "10.0.0.1:10.0.0.2\n", 0, 0, 0, 0, 0, 0 },
	{ "value-not-checked", 0, L, ":0x0a000001\n", 0, 0, 0, 0, 0, 0 },
	/* a host name given to ms-wins or ms-dns (Apple's dns-addr too) is
	 * looked up by pppd as it reads the option (ipcp.c:404-407, :369-372) */
	{ "value-not-checked", 1, L, "ms-wins wins.example\n", 1, 0, 0, 0, 0, 0 },
	{ "value-not-checked", 1, M, "noauth\ndns-addr dns.example\n", 2, 0, 0, 0, 0, 0 },
	{ "value-not-checked", 0, L, "ms-wins 10.0.0.1\n", 0, 0, 0, 0, 0, 0 },
	{ "value-not-checked", 0, L, "ms-dns 0\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "idle 30s\n", 1, 0, 0, 0, 0, 0 },
	/* mrru below 128: 2.5.3 offers it as it is, and a pppd peer makes it its bundle MTU */
	{ "odd-value", 1, L, "multilink\nmrru 0\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "multilink\nmrru 127\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "multilink\nmrru 128\n", 0, 0, 0, 0, 0, 0 },
	/* pppoe-verbose below 0: 2.5.3 stays quiet, 2.4.9 logs as for 1 */
	{ "odd-value", 1, L, "plugin pppoe.so\npppoe-verbose -1\neth0\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "plugin pppoe.so\npppoe-verbose 2\neth0\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "mtu 01400\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "idle 30\n", 0, 0, 0, 0, 0, 0 },
	/* defaultroute6-metric is kept unsigned: 4294967295 is the metric
	 * written, not a wrapped one; 4294967294 is read as -2 and refused */
	{ "odd-value", 0, L, "defaultroute6\ndefaultroute6-metric 4294967295\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "defaultroute6-metric 4294967295x\n", 1, 0, 0, 0, 0, 0 },
	/* pap-secrets: an empty name or one not from / reads no file or another one */
	{ "odd-value", 1, L, "pap-secrets \"\"\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "pap-secrets secrets/pap\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "pap-secrets /etc/ppp/pap-secrets.isp\n", 0, 0, 0, 0, 0, 0 },
	/* 2.4.9 puts the metric plus one in a 16-bit route field */
	{ "odd-value", 1, L, "defaultroute\ndefaultroute-metric 40000\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "defaultroute\ndefaultroute-metric 32766\n", 0, 0, 0, 0, 0, 0 },
	/* connect-delay's microseconds are an int product: past 2147483 either way */
	{ "odd-value", 1, L, "connect-delay 2147484\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "connect-delay -2147484\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "connect-delay -2147483\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "connect-delay 2147483\n", 0, 0, 0, 0, 0, 0 },
	/* pppoatm's qos is read by text2qos when pppd connects; vbr it refuses */
	{ "odd-value", 1, L, "plugin pppoatm.so\nqos vbr\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "plugin pppoatm.so\nqos cbr:pcr=10kbps\n", 0, 0, 0, 0, 0, 0 },
	/* pppoatm's circuit: no leading zero, vpi <= 255, vci <= 65535, * for any */
	{ "unknown-directive", 1, L, "plugin pppoatm.so\n256.38\n", 2, 0, 0, 0, 0, 0 },
	{ "unknown-directive", 1, L, "plugin pppoatm.so\n0.038\n", 2, 0, 0, 0, 0, 0 },
	{ "unknown-directive", 1, L, "plugin pppoatm.so\n0.65536\n", 2, 0, 0, 0, 0, 0 },
	{ "unknown-directive", 0, L, "plugin pppoatm.so\n0.*\n", 0, 0, 0, 0, 0, 0 },
	{ "unknown-directive", 0, L, "plugin pppoatm.so\n1.255.65535\n", 0, 0, 0, 0, 0, 0 },
	/* pppd's strlcpy keeps 15 bytes of an interface name and says nothing */
	{ "odd-value", 1, L, "ifname ppp-office-vpn-main\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "ifname ppp-office-vpn\n", 0, 0, 0, 0, 0, 0 },
	/* pppol2tp_ifname: the plugin's rename of a name the kernel refuses fails
	 * unnoticed, and pppd goes on with that name */
	{ "odd-value", 1, L, "plugin pppol2tp.so\npppol2tp_ifname l2tp/a\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "plugin pppol2tp.so\npppol2tp_ifname l2tp-a\n", 0, 0, 0, 0, 0, 0 },
	{ "arg-next-line", 1, L, "user\nbob\n", 1, 0, 0, 0, 0, 0 },
	{ "arg-next-line", 0, L, "user bob\n", 0, 0, 0, 0, 0, 0 },
	{ "stray-word", 1, L, "mtu 1400 1500\n", 1, 0, 0, 0, 0, 0 },
	{ "stray-word", 1, M, "novj 0:0\n", 1, 0, 0, 0, 0, 0 },
	{ "stray-word", 0, L, "mtu 1400\n1500\n", 0, 0, 0, 0, 0, 0 },
	{ "stray-word", 0, L, "plugin pppoe.so eth0\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-chars-in-value", 1, L, "user \xE2\x80\x9C" "bob\xE2\x80\x9D\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-chars-in-value", 0, L, "user bob\n", 0, 0, 0, 0, 0, 0 },
	{ "crlf-in-quotes", 1, L, "user \"bob\r\n\"\n", 1, 0, 0, 0, 0, 0 },
	{ "crlf-in-quotes", 0, L, "user bob\r\n", 0, 0, 0, 0, 0, 0 },
	{ "unterminated-quote", 1, L, "mtu 1400\nuser \"bob\nnoauth\n", 2, 0, 0, 0, 0, 0 },
	{ "unterminated-quote", 1, L, "noauth\n\"mtu 1400\n", 2, 0, 0, 0, 0, 0 },
	{ "unterminated-quote", 0, L, "user \"bob\"\nnoauth\n", 0, 0, 0, 0, 0, 0 },
	{ "nul-in-value", 1, L, "user \"a\\0b\"\n", 1, 0, 0, 0, 0, 0 },
	{ "nul-in-value", 0, L, "user \"a\\x41b\"\n", 0, 0, 0, 0, 0, 0 },
	{ "duplicate", 1, L, "mtu 1400\nnoauth\nmtu 1500\n", 1, 0, 0, 0, 0, 0 },
	{ "duplicate", 0, L, "mtu 1400\nmru 1400\nms-dns 1.1.1.1\nms-dns 8.8.8.8\n", 0,
	  0, 0, 0, 0, 0 },
	/* each privgroup line is looked up; a member of any of them is privileged */
	{ "duplicate", 0, L, "privgroup dip\nprivgroup adm\n", 0, 0, 0, 0, 0, 0 },
	{ "duplicate", 0, M, "privgroup admin\nprivgroup staff\n", 0, 0, 0, 0, 0, 0 },
	/* each side of an address pair is set on its own; kdebug keeps the last */
	/* set and unset keep one entry per variable name: the last line for a
	 * name wins; other names add up, and the same line again is a repeat */
	{ "duplicate", 1, L, "set A=1\nset B=1\nset A=2\n", 1, 0, 0, 0, 0, 0 },
	{ "duplicate", 1, L, "set A=1\nunset A\n", 1, 0, 0, 0, 0, 0 },
	{ "duplicate", 0, L, "set A=1\nset B=1\nunset C\n", 0, 0, 0, 0, 0, 0 },
	{ "duplicate", 0, L, "set A=1\nset A=1\n", 0, 0, 0, 0, 0, 0 },
	{ "duplicate", 0, L, "10.0.0.1:\n:10.0.0.2\n", 0, 0, 0, 0, 0, 0 },
	{ "duplicate", 0, L, "ipv6 ::1,\nipv6 ,::2\n", 0, 0, 0, 0, 0, 0 },
	{ "duplicate", 1, L, "10.0.0.1:10.0.0.2\n10.0.0.3:10.0.0.4\n", 1, 0, 0, 0, 0, 0 },
	/* ipx-node without a colon leaves the peer's part an earlier line set */
	{ "duplicate", 0, L, "ipx\nipx-node 1:5\nipx-node 2\n", 0, 0, 0, 0, 0, 0 },
	{ "duplicate", 1, L, "ipx\nipx-node 1:5\nipx-node :7\n", 2, 0, 0, 0, 0, 0 },
	{ "duplicate", 1, L, "ipx\nipx-node 1\nipx-node 2\n", 2, 0, 0, 0, 0, 0 },
	/* the peer's part line 2 gave is replaced by line 3's, not by line 4 */
	{ "duplicate", 1, L, "ipx\nipx-node 1:5\nipx-node :7\nipx-node 2\n", 2, 0, 0, 0, 0, 0 },
	{ "duplicate", 1, L, "10.0.0.1:10.0.0.2\n:10.0.0.4\n10.0.0.3:\n", 1, 0, 0, 0, 0, 0 },
	/* pairs tty_check_options refuses once every option is read */
	{ "incompatible", 1, L, "pty \"ssh host\"\nlock\nnotty\n", 3, 0, 0, 0, 0, 0 },
	{ "incompatible", 1, M, "notty\n/dev/cu.modem\n", 2, 0, 0, 0, 0, 0 },
	{ "incompatible", 1, L, "demand\nnotty\n", 2, 0, 0, 0, 0, 0 },
#include "check_cases_shared.h"
	/* a secrets file (known by its name) read as pppd reads one */
	{ "secrets-line-short", 1, L, "bob * pw\nalice *\n", 2, "/etc/ppp/chap-secrets",
	  0600, 0, 0, 0 },
	{ "secrets-line-short", 0, L, "bob * pw\nalice * \"\"\n", 0, "/etc/ppp/chap-secrets",
	  0600, 0, 0, 0 },
	{ "secrets-options", 1, L, "bob * pw 10.0.0.2 -- idle 60\n", 1, "/etc/ppp/pap-secrets",
	  0600, 0, 0, 0 },
	{ "secrets-options", 0, L, "bob * pw 10.0.0.2 --\n", 0, "/etc/ppp/pap-secrets",
	  0600, 0, 0, 0 },
	{ "secrets-option-refused", 1, L, "bob * pw\nal * pw -- idle abc\n", 2,
	  "/etc/ppp/pap-secrets", 0600, 0, 0, 0 },
	{ "secrets-option-refused", 0, L, "bob * pw -- idle 60 ms-dns 1.1.1.1\n", 0,
	  "/etc/ppp/pap-secrets", 0600, 0, 0, 0 },
	/* words pppd takes only at start-up: refused on a secrets line, with the rest */
	{ "secrets-option-refused", 1, L, "bob * pw\nal * pw -- notty idle 60\n", 2,
	  "/etc/ppp/pap-secrets", 0600, 0, 0, 0 },
	{ "secrets-option-refused", 1, M, "al * pw -- idle 60 demand\n", 1,
	  "/etc/ppp/pap-secrets", 0600, 0, 0, 0 },
	{ "secrets-option-refused", 1, L, "al * pw -- pty cat\n", 1,
	  "/etc/ppp/pap-secrets", 0600, 0, 0, 0 },
	/* a word Linux pppd 2.5.0 dropped: unrecognized there, as on any line */
	{ "secrets-option-refused", 1, L, "bob * pw\nal * pw -- ipxcp-accept-remote\n", 2,
	  "/etc/ppp/pap-secrets", 0600, 0, 0, 0 },
	{ "secrets-option-refused", 0, L, "al * pw -- noipx idle 60\n", 0,
	  "/etc/ppp/pap-secrets", 0600, 0, 0, 0 },
	{ "secret-readable", 1, L, "bob * pw\n", 0, "/etc/ppp/chap-secrets", 0640, 0, 0, 0 },
	{ "secret-readable", 0, L, "bob * pw\n", 0, "/etc/ppp/chap-secrets", 0600, 0, 0, 0 },
	{ "secret-readable", 1, L, "noauth\npassword hunter2\n", 2, "/etc/ppp/peers/isp",
	  0100644, 0, 0, 0 },
	{ "secret-readable", 0, L, "password hunter2\n", 0, "/etc/ppp/peers/isp",
	  0100600, 0, 0, 0 },
	{ "file-writable", 1, L, "noauth\n", 0, "/etc/ppp/options", 0100666, 0, 0, 0 },
	{ "file-writable", 1, L, "noauth\n", 0, "/etc/ppp/options", 0100664, 0, 0, 0 },
	{ "file-writable", 0, L, "noauth\n", 0, "/etc/ppp/options", 0100644, 0, 0, 0 },
	{ "file-not-root", 1, M, "noauth\n", 0, "/etc/ppp/options", 0100644, 501, 0, 0 },
	{ "file-not-root", 0, M, "noauth\n", 0, "/etc/ppp/options", 0100644, 0, 0, 0 },
	{ "file-not-root", 0, M, "noauth\n", 0, "/Users/me/opts", 0100644, 501, 0, 0 },
	{ "dir-writable", 1, L, "noauth\n", 0, "/etc/ppp/options", 0100644, 0, 1, 0 },
	{ "dir-writable", 0, L, "noauth\n", 0, "/etc/ppp/options", 0100644, 0, 0, 0 },
	{ "repeated", 1, L, "noauth\nnoauth\n", 2, 0, 0, 0, 0, 0 },
	{ "repeated", 1, M, "plugin L2TP.ppp\nplugin L2TP.ppp\nl2tpnoipsec\n", 2, 0, 0, 0, 0, 0 },
	{ "repeated", 0, L, "noauth\ndebug\n", 0, 0, 0, 0, 0, 0 },
	{ "repeated", 0, M, "debug\ndebug\n", 0, 0, 0, 0, 0, 0 },
	{ "repeated", 0, L, "debug\n-d\n", 0, 0, 0, 0, 0, 0 },
	{ "secret-in-file", 1, L, "password hunter2\n", 1, 0, 0, 0, 0, 0 },
	{ "secret-in-file", 1, M, "plugin L2TP.ppp\nl2tpipsecsharedsecret s3cr3t\n", 2,
	  0, 0, 0, 0, 0 },
	{ "secret-in-file", 0, L, "user bob\n", 0, 0, 0, 0, 0, 0 },
	{ "root-command", 1, L, "connect /bin/true\n", 1, 0, 0, 0, 0, 0 },
	{ "root-command", 0, L, "user bob\n", 0, 0, 0, 0, 0, 0 },
	/* an empty altconnect runs nothing, as an empty connect (Apple tty.c:850) */
	{ "root-command", 1, M, "altconnect /bin/true\n", 1, 0, 0, 0, 0, 0 },
	{ "root-command", 0, M, "altconnect \"\"\n", 0, 0, 0, 0, 0, 0 },
	/* a connect read before pppoe.so's interface word never runs */
	{ "root-command", 0, L, "connect /bin/true\nplugin pppoe.so\neth0\n", 0, 0, 0, 0, 0, 0 },
	{ "root-command", 1, L, "plugin pppoe.so\nconnect /bin/true\n", 1 + 1, 0, 0, 0, 0, 0 },
	{ "root-command", 0, M, "altconnect /bin/true\nplugin L2TP.ppp\n", 0, 0, 0, 0, 0, 0 },
	{ "privileged-since", 1, L, "defaultroute\n", 1, 0, 0, 0, 0, 0 },
	{ "privileged-since", 0, L, "defaultroute\n", 0, "/etc/ppp/options", 0100644, 0, 0, 0 },
	{ "unknown-plugin", 1, L, "plugin mystery.so\n", 1, 0, 0, 0, 0, 0 },
	{ "unknown-plugin", 0, L, "plugin pppoe.so\n", 0, 0, 0, 0, 0, 0 },
	/* a script path not from /: pppd looks for it from / */
	{ "script-relative", 1, L, "noauth\nip-up-script ip-up.local\n", 2, 0, 0, 0, 0, 0 },
	{ "script-relative", 1, M, "ip-down ./down\n", 1, 0, 0, 0, 0, 0 },
	/* Apple's ip-down "": no script at all runs, not even /etc/ppp/ip-down */
	{ "script-relative", 1, M, "ip-down \"\"\n", 1, 0, 0, 0, 0, 0 },
	/* Linux's *-script "": the same, in 2.5.3 and 2.4.9 */
	{ "script-relative", 1, L, "ip-down-script \"\"\n", 1, 0, 0, 0, 0, 0 },
	{ "script-relative", 0, L, "ip-up-script /etc/ppp/ip-up.local\n", 0, 0, 0, 0, 0, 0 },
	{ "script-relative", 0, L, "connect chat\n", 0, 0, 0, 0, 0, 0 },
	{ "rtt-file-unsafe", 1, L, "noauth\nlcp-rtt-file rtt.log\n", 2, 0, 0, 0, 0, 0 },
	{ "rtt-file-unsafe", 1, L, "lcp-rtt-file \"\"\n", 1, 0, 0, 0, 0, 0 },
	{ "rtt-file-unsafe", 0, L, "lcp-rtt-file /var/log/ppp-rtt\n", 0, 0, 0, 0, 0, 0 },
	/* a relative log file name: opened from the folder pppd was started in */
	{ "logfile-relative", 1, L, "noauth\nlogfile ppp.log\n", 2, 0, 0, 0, 0, 0 },
	{ "logfile-relative", 1, M, "logfile log/ppp.log\n", 1, 0, 0, 0, 0, 0 },
	{ "logfile-relative", 0, L, "logfile /var/log/ppp.log\n", 0, 0, 0, 0, 0, 0 },
	{ "logfile-relative", 0, M, "logfile \"\"\n", 0, 0, 0, 0, 0, 0 },
	{ "crlf", 1, L, "noauth\nmtu 1400\r\n", 2, 0, 0, 0, 0, 0 },
	{ "crlf", 0, L, "mtu 1400\n", 0, 0, 0, 0, 0, 0 },
	{ "no-file", 1, L, "", 0, "/etc/ppp/options", 0, 0, 0, 1 },
	{ "no-file", 0, L, "", 0, "/etc/ppp/options", 0100644, 0, 0, 0 },
};

#endif
