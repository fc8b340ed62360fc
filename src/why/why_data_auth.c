/* why_data_auth.c - table rows: logging in (PAP, CHAP, MS-CHAP, MPPE), IP addresses, routes and DNS. */
#include "why/why_table.h"

#include "base/i18n.h"

#define L PLATFORM_LINUX
#define M PLATFORM_MACOS
#define B PLATFORM_BOTH
#define L25 "linux-ppp-2.5.3/pppd/"
#define L24 "linux-ppp-2.4.9/pppd/"
#define AP "apple-ppp-1027.121.1/Helpers/pppd/"

#define WHY_LOGIN_CHECK N_( \
	"The name (user) and password: on Linux the password is the secret in " \
	"/etc/ppp/chap-secrets or pap-secrets on the line whose client is that " \
	"name; on a Mac, the account and password of the VPN or network service.")
#define WHY_PEER_SECRET_CHECK N_( \
	"Whether this side should ask the other to log in at all: a client " \
	"dialing a provider usually should not (the auth option asks for it); " \
	"otherwise a line for the other end in chap-secrets or pap-secrets.")

#define WHY_MPPE_CAUSE N_( \
	"The options require MPPE encryption, which takes its keys from an " \
	"MS-CHAP login (or EAP-TLS, in a pppd built with it), but the login used " \
	"another method, or there was none.")
/* The count that logs these messages takes an MS-CHAP login in either
 * direction (linux-ppp-2.5.3/pppd/ccp.c:542-549; Apple's Helpers/pppd/
 * ccp.c:620-627). refuse-pap and refuse-chap take PAP and CHAP-MD5 away
 * from this side's own login (auth.c:356-367, :1453-1454), not EAP: this
 * side still answers an EAP request unless refuse-eap is given (auth.c:1458),
 * and a Linux pppd built without EAP-TLS does not count an EAP login
 * (ccp.c:570-571). A pppd built with EAP-TLS lets any EAP login pass the
 * count (ccp.c:566-568), and Apple's skips it after one (Helpers/pppd/
 * ccp.c:613-616), so there EAP did not run. When the other end asked for
 * no login at all, no refuse- word helps; require-mschap-v2 asks it for one
 * (auth.c:346). */
#define WHY_MPPE_CHECK N_( \
	"Which login ran, in either direction: this message means none was " \
	"MS-CHAP (v1 or v2). " \
	"refuse-pap and refuse-chap keep this side from logging in with PAP or " \
	"CHAP-MD5, but not with EAP: in a Linux pppd built without EAP-TLS an " \
	"EAP login does not count, so add refuse-eap there too. If the other " \
	"end asked for no login, no refuse- option helps: require-mschap-v2 " \
	"asks it to log in with MS-CHAPv2 (its name and password must then be " \
	"in chap-secrets).")

const struct why_entry why_data_auth[] = {
	/* --- this side cannot log in --------------------------------------- */
	{ .id = "chap-failed", .pattern = "CHAP authentication failed", .platforms = B,
	  .cite = L25 "chap.c:557 " L24 "chap-new.c:566 " AP "chap-new.c:873",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server refused the name and password this side sent (CHAP): "
	           "the password is wrong, the name is not the one the server "
	           "knows, or the account is not allowed in."),
	  .check = WHY_LOGIN_CHECK },
	/* the timer runs from the start of this side's CHAP login, when LCP
	 * has agreed to it, until the peer's Success or Failure
	 * (linux-ppp-2.5.3/pppd/chap.c:257, :531); chap-timeout sets it (:70);
	 * then pppd gives its login up and closes the link (auth.c:1109-1110).
	 * Apple's chap-new.c has no such timer. */
	{ .id = "chap-timed-out", .pattern = "CHAP authentication timed out", .platforms = L,
	  .cite = L25 "chap.c:296 " L24 "chap-new.c:304", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The other end asked this side to log in with CHAP, but did not "
	           "finish the login (no challenge, or no answer to this side's reply) "
	           "within chap-timeout seconds, 60 unless set: pppd gives up and ends "
	           "the link. The server may wait for an account server behind it, or "
	           "its packets are lost on the way."),
	  .check = N_("The server's own log for this login; a longer chap-timeout if the "
	           "server is slow to answer; whether other traffic over the link gets "
	           "through.") },
	/* msg is "CHAP authentication failed" (chap.c:545, chap-new.c:554, 873) */
	{ .id = "chap-failed-said", .pattern = "%{CHAP authentication failed}: %.*v",
	  .platforms = B, .cite = L25 "chap.c:549 " L24 "chap-new.c:558 " AP "chap-new.c:877",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server refused the name and password this side sent (CHAP); "
	           "the text after the colon is the server's own message."),
	  .check = WHY_LOGIN_CHECK },
	{ .id = "mschap-failed", .pattern = "MS-CHAP authentication failed: %v",
	  .platforms = B, .cite = L25 "chap_ms.c:501 " L24 "chap_ms.c:503 " AP "chap_ms.c:805",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server refused the login (MS-CHAP). E=691 means the name or "
	           "password is wrong; E=649, the account may not dial in; E=648, the "
	           "password has expired; E=647, the account is disabled; E=646, "
	           "outside the hours the account may log in."),
	  .check = WHY_LOGIN_CHECK },
	{ .id = "mschap-failed-unknown", .pattern = "Unknown MS-CHAP authentication failure: %.*v",
	  .platforms = B, .cite = L25 "chap_ms.c:494 " L24 "chap_ms.c:496 " AP "chap_ms.c:798",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server refused the login (MS-CHAP) with an error code pppd "
	           "does not know; the text is the server's."),
	  .check = WHY_LOGIN_CHECK },
	{ .id = "mschapv2-mutual-failed", .pattern = "MS-CHAPv2 mutual authentication failed.",
	  .platforms = B, .cite = L25 "chap_ms.c:416 " L24 "chap_ms.c:418 " AP "chap_ms.c:688",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server accepted the login, but its proof that it knows the "
	           "same password was wrong: the password stored here differs from "
	           "the server's, or the server is not the one expected."),
	  .check = WHY_LOGIN_CHECK },
	{ .id = "pap-failed", .pattern = "PAP authentication failed", .platforms = B,
	  .cite = L25 "upap.c:519 " L24 "upap.c:514 " AP "upap.c:572",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server refused the name and password this side sent (PAP)."),
	  .check = WHY_LOGIN_CHECK },
	{ .id = "pap-no-response", .pattern = "No response to PAP authenticate-requests",
	  .platforms = B, .cite = L25 "upap.c:208 " L24 "upap.c:203 " AP "upap.c:241",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("This side sent its name and password (PAP) and the server never "
	           "answered."),
	  .check = N_("Whether the server expects PAP at all (some only take CHAP); the "
	           "account on the server.") },
	{ .id = "no-pap-secret", .pattern = "No secret found for PAP login", .platforms = B,
	  .cite = L25 "auth.c:899 " L24 "auth.c:852 " AP "auth.c:780",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server asked this side to log in with PAP, and pppd found no "
	           "password for the name it uses (no password option, and no "
	           "matching line in pap-secrets)."),
	  .check = N_("The user option and /etc/ppp/pap-secrets: the first column must "
	           "be that name.") },
	{ .id = "no-chap-secret-for-us",
	  .pattern = "No CHAP secret found for authenticating us to %q", .platforms = B,
	  .cite = L25 "chap.c:495 " L24 "chap-new.c:504 " AP "chap-new.c:615",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The server asked this side to log in with CHAP, and pppd found no "
	           "password for the name it uses towards that server, so it answers "
	           "with an empty one (which the server refuses)."),
	  .check = N_("/etc/ppp/chap-secrets: a line whose client is the user name and "
	           "whose server is the quoted name or *; remotename in the options "
	           "if the server's name differs.") },

	/* --- the other side does not log in -------------------------------- */
	{ .id = "peer-refused-auth", .pattern = "peer refused to authenticate: terminating link",
	  .platforms = B, .cite = L25 "auth.c:852 " L24 "auth.c:805 " AP "auth.c:750",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("This side asked the server to prove who it is and the server "
	           "refused. A client dialing a provider should normally not ask: "
	           "the auth option, or pppd's own default in some cases, makes it ask."),
	  .check = WHY_PEER_SECRET_CHECK },
	{ .id = "peer-auth-no-secret",
	  .pattern = "but I couldn't find any suitable secret (password) for it to use to do so.",
	  .platforms = B, .cite = L25 "auth.c:1423 " L24 "auth.c:1357 " AP "auth.c:1458",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd must make the other end log in (the auth option; or, for a "
	           "user other than root, pppd's default: always in 2.5.3, when a "
	           "default route exists in 2.4.9 and Apple's), but no secrets file "
	           "holds a password it could log in with, so pppd stops before "
	           "connecting."),
	  .check = WHY_PEER_SECRET_CHECK },
	/* this side asks the peer to log in by EAP: each Request counts, and at
	 * eap-max-sreq (10, or 30 in EAP-TLS builds: linux-ppp-2.5.3/pppd/
	 * eap.h:191-196; eap.c:107) pppd sends Failure and ends the link
	 * (eap.c:844-851, :299, auth.c:1028-1029); the count of the peer's
	 * Responses picks the message; Requests are sent again every
	 * eap-restart seconds (3: eap.h:190; eap.c:105). Apple's eap.c has
	 * neither message. */
	{ .id = "eap-no-response", .pattern = "EAP: no response to Requests", .platforms = L,
	  .cite = L25 "eap.c:849 " L24 "eap.c:919", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("This side asked the other end to log in with EAP, and it never "
	           "answered: pppd sent eap-max-sreq requests (10 by default, 30 in a "
	           "pppd built with EAP-TLS), one every eap-restart seconds (3 unless "
	           "set), then gave up and ended the link."),
	  .check = N_("Whether the other end can log in with EAP at all (if it only knows "
	           "PAP or CHAP, ask for that instead: require-chap or require-pap, "
	           "not require-eap), and that it does not refuse EAP.") },
	{ .id = "eap-too-many-requests", .pattern = "EAP: too many Requests sent", .platforms = L,
	  .cite = L25 "eap.c:847 " L24 "eap.c:917", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("This side asked the other end to log in with EAP; it answered, but "
	           "the login did not finish within eap-max-sreq requests (10 by default, "
	           "30 in a pppd built with EAP-TLS), so pppd ended the link."),
	  .check = N_("The other end's log for this login; the EAP method both ends can "
	           "use; a larger eap-max-sreq if the exchange is long (EAP-TLS sends "
	           "certificates in many pieces).") },
	/* the peer asked this side to log in by EAP: pppd waits eap-timeout
	 * seconds (20: eap.h:197; eap.c:109) for its Request (eap.c:274-276),
	 * and as long again after each (:2306-2309),
	 * then gives its login up (:248-249, auth.c:1109-1110) */
	{ .id = "eap-no-request", .pattern = "EAP: timeout waiting for Request from peer",
	  .platforms = L, .cite = L25 "eap.c:248 " L24 "eap.c:242", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The other end asked this side to log in with EAP, then sent no EAP "
	           "request, or no next one, within eap-timeout seconds (20 unless set) of "
	           "the last, so pppd gave its login up and ended the link."),
	  .check = N_("The other end's log: it may wait for an account server behind it; "
	           "a longer eap-timeout if it is slow; refuse-eap here, if the other end "
	           "also allows another way to log in.") },
	/* need-peer-eap (Linux, EAP-TLS builds): pppd can log in by EAP only
	 * with a password, a CHAP or SRP secret or an EAP-TLS client entry
	 * for this name, and not after refuse-eap (auth.c:1458-1465); an
	 * EAP-TLS client entry is also the cert and key options with ca or
	 * capath, or (2.5.3 only) pkcs12, with no file read (2.5.3 auth.c:2562,
	 * :2564; 2.4.9 auth.c:2459); the peer asks for EAP in its request
	 * (lcp.c:1678) */
	{ .id = "need-peer-eap-no-secret",
	  .pattern = "eap required to authenticate us but no suitable secrets",
	  .platforms = L, .cite = L25 "auth.c:861 " L24 "auth.c:814",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("need-peer-eap makes this side log in to the other end by EAP, but "
	           "pppd has nothing to log in with that way: refuse-eap is set, or there "
	           "is no password, no line for this name in chap-secrets or srp-secrets, "
	           "no EAP-TLS client entry in eaptls-client, and no cert and key options "
	           "with ca or capath (nor, in 2.5.3, pkcs12). pppd ends the link."),
	  .check = N_("need-peer-eap and refuse-eap in the options; the password, or a "
	           "line for this name (user) in chap-secrets, srp-secrets or "
	           "eaptls-client, or the cert and key options with ca or capath (2.5.3: "
	           "or pkcs12).") },
	{ .id = "need-peer-eap-not-asked",
	  .pattern = "peer doesn't want to authenticate us with eap",
	  .platforms = L, .cite = L25 "auth.c:868 " L24 "auth.c:821",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("need-peer-eap makes this side insist on logging in by EAP, but the "
	           "other end asked for another way to log in, or for none, so pppd ends "
	           "the link."),
	  .check = N_("need-peer-eap in the options: remove it unless the server is known "
	           "to ask for EAP.") },
	/* Apple's pppd checks an EAP login only through a plugin that
	 * eapplugin loads (eap.c:737-741). EAP is asked for by require-eap, and
	 * also by auth with no require-* word: once the options are read, a
	 * login with no way chosen gets all three (auth.c:1412-1416), and LCP
	 * asks for EAP before CHAP and PAP (lcp.c:825-827). */
	{ .id = "no-eap-server-plugin", .pattern = "No EAP server protocol available",
	  .platforms = M, .cite = AP "eap.c:740",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("This side asked the other end to log in with EAP, as require-eap "
	           "does, and as auth does when no require-* word names a way (EAP is then "
	           "asked for first), but Apple's pppd checks an EAP login only through a "
	           "plugin that eapplugin loads, and none is loaded, so the other end's login "
	           "fails."),
	  .check = N_("require-eap in the options: remove it, or load an EAP plugin with "
	           "eapplugin; with auth and no require-* word, add the one for the way the "
	           "other end should log in (such as require-chap).") },
	{ .id = "no-chap-secret-for-peer", .pattern = "No CHAP secret found for authenticating %q",
	  .platforms = B, .cite = L25 "chap.c:453 " L24 "chap-new.c:462 " AP "chap-new.c:568",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The other end logged in with a name for which this side has no "
	           "password in chap-secrets, so its login is refused."),
	  .check = WHY_PEER_SECRET_CHECK },
	{ .id = "pap-peer-failed", .pattern = "PAP peer authentication failed for %q",
	  .platforms = B, .cite = L25 "upap.c:442 " L24 "upap.c:437 " AP "upap.c:486",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The other end logged in (PAP) with a name or password this side "
	           "does not accept."),
	  .check = N_("pap-secrets on this side for that name.") },
	{ .id = "chap-peer-failed", .pattern = "CHAP peer authentication failed for %q",
	  .platforms = M, .cite = AP "chap-new.c:467",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The other end logged in (CHAP) with a name or password this side "
	           "does not accept."),
	  .check = N_("The secrets for that name on this side.") },

	/* --- encryption (PPTP-style links) --------------------------------- */
	/* Linux pppd built without EAP-TLS, and Apple's */
	{ .id = "mppe-without-mschap", .pattern = "MPPE required, but MS-CHAP[v2] auth not performed.",
	  .platforms = B, .cite = L25 "ccp.c:572 " L24 "ccp.c:570 " AP "ccp.c:635",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = WHY_MPPE_CAUSE, .check = WHY_MPPE_CHECK },
	/* Linux pppd built with EAP-TLS (2.4.9: by default, pppd/Makefile.linux:88;
	 * 2.5.3: when configured with it, pppd/Makefile.am:166) */
	{ .id = "mppe-without-mschap-eaptls",
	  .pattern = "MPPE required, but MS-CHAP[v2] nor EAP-TLS auth are performed.",
	  .platforms = L, .cite = L25 "ccp.c:569 " L24 "ccp.c:567",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = WHY_MPPE_CAUSE, .check = WHY_MPPE_CHECK },
	{ .id = "mppe-refused", .pattern = "MPPE required but peer refused", .platforms = B,
	  .cite = L25 "ccp.c:997 " L24 "ccp.c:994 " AP "ccp.c:1094",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The options require MPPE encryption and the server will not "
	           "encrypt."),
	  .check = N_("Whether the server offers encryption; the require-mppe options.") },

	/* --- IP addresses and routes --------------------------------------- */
	{ .id = "ip-up", .pattern = "local  IP address %I", .platforms = B,
	  .cite = L25 "ipcp.c:1993 " L24 "ipcp.c:1914 " AP "ipcp.c:1950", .role = WHY_UP,
	  .cause = N_("IP is up: the link has its addresses."), .check = "" },
	{ .id = "no-dns", .pattern = "primary   DNS address %I", .platforms = B,
	  .cite = L25 "ipcp.c:1997 " L24 "ipcp.c:1918 " AP "ipcp.c:1953",
	  .role = WHY_ABSENT,
	  .cause = N_("The link came up with its addresses, but no DNS server came with "
	           "it: pppd logs the DNS servers it is given, and there are none. "
	           "Either the options lack usepeerdns (pppd did not ask) or the "
	           "server offers none; names then do not resolve over the link."),
	  .check = N_("usepeerdns in the options; which DNS servers the system uses "
	           "while the link is up."),
	  .fix = "dns-route" },
	/* 2.5.3 alone checks that the peer agreed to the address pppd holds
	 * for it, unless ipcp-accept-remote lets it pick (ipcp.c:1831); that
	 * address comes from the options or, when they give none the secrets
	 * line allows, from a single address on that line (auth.c:2108-2110) */
	{ .id = "his-address-refused", .pattern = "Peer refused to agree to his IP address",
	  .platforms = L, .cite = L25 "ipcp.c:1832",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("pppd holds an IPv4 address for the other end, from the options (the "
	           "part after the colon of local:remote) or from the other end's line in the "
	           "secrets file, and the other end did not agree to use it, so pppd gives up "
	           "IPv4 on this link (Linux pppd 2.5.3)."),
	  .check = N_("The remote address in the options and the addresses on the other "
	           "end's line in the secrets file: leave the address out, or add "
	           "ipcp-accept-remote to take the address the other end names.") },
	/* the local:remote word's reader (setipaddr), while pppd reads its
	 * options: an option error, pppd does not start */
	{ .id = "address-unknown-host", .pattern = "unknown host: %s",
	  .platforms = B, .cite = L25 "ipcp.c:457 " L24 "ipcp.c:442 " AP "ipcp.c:521",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("A local:remote address word names a host that is neither an IPv4 "
	           "address nor a name this machine could look up when pppd read its "
	           "options, so pppd refused them and did not start."),
	  .check = N_("The local:remote word in the options: an IPv4 address on each side "
	           "of the colon, or a name the machine can look up before the link is "
	           "up (such as one in /etc/hosts).") },
	/* the ms-dns and ms-wins readers (setdnsaddr, setwinsaddr), while pppd
	 * reads its options: a value that is no address and no name the
	 * resolver finds is an option error, pppd does not start */
	{ .id = "dns-wins-bad-address", .pattern = "invalid address parameter '%s' for %s option",
	  .platforms = B, .cite = L25 "ipcp.c:371 " L25 "ipcp.c:406 " L24 "ipcp.c:356 "
	  L24 "ipcp.c:391 " AP "ipcp.c:431 " AP "ipcp.c:467",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("An ms-dns or ms-wins line (on a Mac also dns-addr) gives a value that is "
	           "neither an IPv4 address nor a host name this machine could look up when "
	           "pppd read its options, so pppd refused them and did not start."),
	  .check = N_("The ms-dns and ms-wins lines in the options: an IPv4 address, or a name "
	           "the machine can look up before the link is up (such as one in /etc/hosts).") },
	/* ppp_bad_ip_addr: 127.x, multicast and 240 and up (Linux auth.c:2161);
	 * Apple refuses of the loopback net only 127.0.0.1 (auth.c:2471) */
	{ .id = "bad-local-address", .pattern = "bad local IP address %s",
	  .platforms = B, .cite = L25 "ipcp.c:463 " L24 "ipcp.c:448 " AP "ipcp.c:527",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("The local address in the options (before the colon of local:remote) "
	           "is one pppd never uses for itself: a loopback address (on a Mac only "
	           "127.0.0.1), a multicast one, or one from 240.0.0.0 up. pppd refused its "
	           "options and did not start."),
	  .check = N_("The part before the colon of the local:remote word: an ordinary "
	           "unicast address, or nothing, to take the one the server gives.") },
	{ .id = "our-address-refused", .pattern = "Peer refused to agree to our IP address",
	  .platforms = L, .cite = L25 "ipcp.c:1841 " L24 "ipcp.c:1767",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  .cause = N_("This side asked for a fixed IP address and the server will not "
	           "give it."),
	  /* The address pppd kept to comes from a local address in the options
	   * (accept_local stays off, ipcp.c:713) or from the host name's address
	   * when noipdefault is absent; that guess sets accept_local (ipcp.c:1758),
	   * so only a server that rejects the address option outright trips over
	   * it. noipdefault leaves wo->ouraddr at 0, which this message needs
	   * non-zero (ipcp.c:1840): it is never the cause. A peer that rejects
	   * IP-Addresses under ipcp-no-address leads here too (ipcp.c:1339); in 2.5.3
	   * so does a Nak proposing IP-Address then (ipcp.c:1243; 2.4.9 asks with
	   * IP-Address instead, linux-ppp-2.4.9/pppd/ipcp.c:1188). */
	  .check = N_("A local address in the options (the part before the colon of "
	           "local:remote): most servers hand out the address, and "
	           "ipcp-accept-local takes theirs. Without a local address and without "
	           "noipdefault, pppd offers the address the host name resolves to; it "
	           "gives that up when the server names another, not when the server "
	           "refuses to set addresses at all. noipdefault is never the cause. "
	           "With ipcp-no-address in the options, pppd offers its address only in the "
	           "older IP-Addresses option, and a server that rejects that option ends here "
	           "as well, as does, in Linux pppd 2.5.3, one that proposes IP-Address in a "
	           "Nak instead (pppd then stops asking with IP-Addresses): remove "
	           "ipcp-no-address.") },
	{ .id = "peer-address-not-allowed",
	  .pattern = "Peer is not authorized to use remote address %I", .platforms = B,
	  .cite = L25 "ipcp.c:1883 " L24 "ipcp.c:1802 " AP "ipcp.c:1849",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_CAUSE,
	  /* The list checked holds the secrets line's addresses with the allow-ip
	   * words after them (linux-ppp-2.5.3/pppd/auth.c:2004), or, when pppd did
	   * not ask the peer to log in, the allow-ip words alone (auth.c:838);
	   * loopback, multicast and class E go first (auth.c:2130; Apple's
	   * auth.c:2420, :2471 only 127.0.0.1), and radius.so answers instead
	   * of the list (auth.c:2135, plugins/radius/radius.c:1446). */
	  .cause = N_("The other end wants an IP address that pppd may not let it use: "
	           "its line in the secrets file does not allow it (the allow-ip lines "
	           "count after that line's own addresses), or, when pppd did not ask it "
	           "to log in, the allow-ip lines do not; a loopback (on a Mac only "
	           "127.0.0.1), multicast or 240.0.0.0-and-up address is always refused."),
	  .check = N_("The addresses column of the other end's line in chap-secrets or "
	           "pap-secrets, and the allow-ip lines in the options; with Linux's "
	           "radius.so, the address the RADIUS server's reply allows.") },
	{ .id = "remote-address-guessed",
	  .pattern = "Could not determine remote IP address: defaulting to %I",
	  .platforms = B, .cite = L25 "ipcp.c:1852 " L24 "ipcp.c:1778 " AP "ipcp.c:1816",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_AFTERMATH,
	  .cause = N_("The server did not say its own address, so pppd made one up; the "
	           "link works, but a route through that address may not."),
	  .check = N_("Routes that name the remote address.") },
	{ .id = "default-route-kept", .pattern = "not replacing default route to %s [%I]",
	  .platforms = L, .cite = L24 "sys-linux.c:1691", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_LIKELY,
	  .cause = N_("The link is up, but the system already had a default route, and "
	           "pppd left it: traffic still goes the old way, not over the link."),
	  .check = N_("defaultroute in the options and the routing table (ip route); "
	           "this pppd replaces an existing default route only when told to "
	           "(replacedefaultroute)."),
	  .fix = "dns-route" },
	/* 2.5.3 asks netlink first and logs a refusal, then for the default route tries the ioctl
	 * (sys-linux.c:2318-2321, :2355-2378; the same for IPv6 at :2430-2450):
	 * alone, the line is no failure of the route */
	{ .id = "route-netlink", .pattern = "Unable to %s %s %s route: %s",
	  .platforms = L, .cite = L25 "sys-linux.c:2318", .role = WHY_FAIL,
	  .weight = WHY_WEIGHT_AFTERMATH,
	  .cause = N_("pppd asked the kernel (by netlink) to add or remove a route "
	           "through the link, and it refused, for the reason after the colon. "
	           "For the default route pppd then tries the older way: only a "
	           "following line \"default route ioctl(SIOCADDRT)\" (or SIOCDELRT, "
	           "as the link goes down) means that failed too. A route to another "
	           "address has no second way."),
	  .check = N_("The lines after it; the routing table (ip route) and "
	           "defaultroute-metric in the options.") },
	{ .id = "default-route-failed", .pattern = "default route ioctl(SIOCADDRT): %m",
	  .platforms = L, .cite = L25 "sys-linux.c:2376 " L24 "sys-linux.c:1722",
	  .role = WHY_FAIL, .weight = WHY_WEIGHT_LIKELY,
	  .cause = N_("pppd could not add the default route through the link; the words "
	           "after the colon give the system's reason. Traffic does not go over "
	           "the link."),
	  .check = N_("The routing table (ip route) and defaultroute, "
	           "defaultroute-metric in the options."),
	  .fix = "dns-route" },
};

const size_t why_data_auth_count = sizeof why_data_auth / sizeof why_data_auth[0];
