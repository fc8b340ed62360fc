/* check_plugin_risk.c - the risky settings of an accepted directive: noauth, l2tpnoipsec, a secret in a file others can read, a command run as root. */
#include <string.h>
#include <sys/stat.h>

#include "check/check_int.h"
#include "pppd/facts.h"

/* ---- risky settings ------------------------------------------------- */

/* Told once, at its first line, when it holds at the end: a later line
 * that asks the peer for a login undoes it (check_conflict.c says so). */
int check_plugin_noauth(struct check_ctx *c, size_t entry, size_t word)
{
	(void)word;
	entry = check_conflict_noauth_holds(c);
	if (entry == SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_NOAUTH, check_line(c, entry), entry, N_("Keep it only if this "
	          "machine dials out to a provider or VPN server; never on a machine that "
	          "answers calls."), NULL,
	          N_("noauth: pppd does not ask the other side to prove who it is. That is usual "
	          "when you dial out to a provider, but anyone who can reach a PPP link of this "
	          "machine%s gets in without a password."),
	          c->shared_file ? _(" (this file applies to all of them)") : "");
	return 1;
}

/* How to undo l2tpnoipsec: with the line that loads L2TP.ppp above it in
 * this file, that one goes too (pppconf's undo fix knows a plugin line, not
 * plugin2); in a peers file PPPController has loaded the plugin itself. */
static const char *check_plugin_no_ipsec_fix(const struct check_ctx *c, size_t entry)
{
	size_t i, alen;
	const char *arg, *pl;

	for (i = entry; i-- > 0;) {
		if (!c->row[i] || (strcmp(c->row[i]->name, "plugin") != 0 &&
		                   strcmp(c->row[i]->name, "plugin2") != 0))
			continue;
		arg = check_arg(c, i, &alen);
		pl = arg ? catalog_plugin_name(arg, alen, c->p) : NULL;
		if (!pl || strcmp(pl, "L2TP.ppp") != 0)
			continue;
		if (strcmp(c->row[i]->name, "plugin2") == 0)
			return N_("Keep it only if your L2TP server does not use IPsec. To undo it, "
			          "remove this line and the 'plugin2 L2TP.ppp' line above it.");
		return N_("Keep it only if your L2TP server does not use IPsec. To undo it, remove "
		          "this line and the 'plugin L2TP.ppp' line above it (pppconf fix "
		          "l2tp-noipsec-undo).");
	}
	return N_("Keep it only if your L2TP server does not use IPsec. To undo it, remove "
	          "this line.");
}

/* Told once, at its first line. */
int check_plugin_no_ipsec(struct check_ctx *c, size_t entry, size_t word)
{
	(void)word;
	if (strcmp(c->row[entry]->name, "l2tpnoipsec") != 0 || c->said[CHECK_K_NO_IPSEC])
		return 0;
	check_say(c, CHECK_K_NO_IPSEC, check_line(c, entry), entry,
	          check_plugin_no_ipsec_fix(c, entry), NULL,
	          /* PPPController writes noccp for every service: its MPPE branch
	           * tests a flag set to 0 and never changed (apple-ppp-1027.121.1/
	           * Controller/ppp_manager.c:729, :1327, :1352) */
	          N_("l2tpnoipsec: L2TP runs without IPsec, so the tunnel is unencrypted: your "
	          "login exchange and traffic cross the network in the clear, as PPPController "
	          "keeps PPP's own encryption off too (derived from Apple's source, not tried "
	          "on a Mac). %s"),
	          c->shared_file ? _("In this file it applies to every L2TP VPN service on "
	                             "this Mac, including ones whose server needs IPsec.") :
	          _("It applies to every connection that reads this file."));
	return 1;
}


/* A hidden command (macOS terminal) is hidden because it may hold a password, not
 * because it must: the messages for it say "may". */
static int check_plugin_holds_secret(const struct catalog_entry *r)
{
	return (r->flags & CATALOG_HIDE) || r->arg == CATALOG_ARG_SECRET;
}

/* Whether users other than root may read the file. */
static int check_plugin_readable(const struct check_ctx *c)
{
	return c->file && c->file->have_stat && (c->file->mode & 044);
}

/* Where else the secret may live. srp-pn-secret is no login secret: pppd
 * reads its key from the option only (linux-ppp-2.5.3/pppd/eap.c:118
 * stores it, :340 reads it), so the secrets files and the keychain cannot
 * hold it in its place. The Radius.ppp secrets are the RADIUS server's,
 * which no secrets file or keychain word of pppd's stands in for. */
static const char *check_plugin_secret_fix(const struct catalog_entry *r)
{
	if (strcmp(r->name, "srp-pn-secret") == 0)
		return N_("Make the file readable by root only (sudo chmod 600), or move the line to "
		          "a peers file only root can read: pppd takes this key only as an option, "
		          "not from pap-secrets or chap-secrets.");
	if (strncmp(r->name, "radius_", 7) == 0)
		return N_("Make the file readable by root only (sudo chmod 600), or move the line to "
		          "a peers file only root can read.");
	/* The L2TP IPsec key: PPPController passes the VPN service's own key
	 * as this option (apple-ppp-1027.121.1/Controller/ppp_manager.c:911-927);
	 * pppd's secrets files hold login secrets only, and this word names a
	 * keychain item only with l2tpipsecsharedsecrettype keychain. */
	if (strcmp(r->name, "l2tpipsecsharedsecret") == 0)
		return N_("Make the file readable by root only (sudo chmod 600), move the line to a "
		          "peers file only root can read, or give the key in the VPN service's "
		          "settings, which PPPController passes in its place (derived from Apple's "
		          "source, not tried on a Mac); pap-secrets and chap-secrets cannot hold an "
		          "IPsec key.");
	return N_("Make the file readable by root only (sudo chmod 600), or keep the secret "
	          "elsewhere (pap-secrets/chap-secrets on Linux, the keychain on macOS).");
}

int check_plugin_secret_readable(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	mode_t mode;

	(void)word;
	if (!check_plugin_holds_secret(r) || !check_plugin_readable(c))
		return 0;
	mode = c->file->mode;
	check_say(c, CHECK_K_SECRET_READABLE, check_line(c, entry), entry,
	          check_plugin_secret_fix(r), NULL,
	          r->arg == CATALOG_ARG_COMMAND ?
	          N_("'%s' may hold a password (pppd hides its value in its logs), and %s can "
	          "read this file (mode %04o).") :
	          N_("'%s' holds a password or shared secret, and %s can read this file (mode "
	          "%04o)."), r->name, (mode & 004) ? _("every user") : _("its group"),
	          (unsigned)(mode & 07777));
	return 1;
}

int check_plugin_secret(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];

	(void)word;
	if (!check_plugin_holds_secret(r) || check_plugin_readable(c))
		return 0;
	check_say(c, CHECK_K_SECRET, check_line(c, entry), entry, NULL, NULL,
	          r->arg == CATALOG_ARG_COMMAND ?
	          N_("'%s' may hold a password in plain text (pppd hides its value in its "
	          "logs); keep this file readable by root only.") :
	          N_("'%s' holds a password or shared secret in plain text; keep this file "
	          "readable by root only."), r->name);
	return 1;
}

int check_plugin_root_command(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	const struct doc_entry *e = &c->d->entries[entry];
	size_t alen;
	const char *arg;
	struct buf cmd;
	int refused;

	(void)word;
	if (r->arg != CATALOG_ARG_COMMAND || e->nwords < 2)
		return 0;
	arg = check_val(c, e->word + 1, &alen);
	/* An empty welcome, init or connect runs nothing: pppd tests the
	 * first byte before it runs one (linux-ppp-2.5.3/pppd/tty.c:790, :735,
	 * :748; linux-ppp-2.4.9/pppd/tty.c:732; apple-ppp-1027.121.1/Helpers/
	 * pppd/tty.c:985, :827, :850). Apple's altconnect takes connect's place
	 * (tty.c:664) and meets the same test at :850. An empty promptprog
	 * runs nothing either: passprompt.so tests the first byte too
	 * (linux-ppp-2.4.9/pppd/plugins/passprompt.c:36). So does Apple's
	 * terminal (apple-ppp-1027.121.1/Helpers/pppd/tty.c:957); only a
	 * terminal window hook runs without it, and PPPSerial.ppp, which sets
	 * that hook, puts its own command in the value's place first
	 * (Drivers/PPPSerial/PPPSerial-plugin/main.c:318-320, :535-538). */
	if (alen == 0 && (strcmp(r->name, "welcome") == 0 || strcmp(r->name, "init") == 0 ||
	                  strcmp(r->name, "connect") == 0 || strcmp(r->name, "altconnect") == 0 ||
	                  strcmp(r->name, "promptprog") == 0 || strcmp(r->name, "terminal") == 0))
		return 0;
	/* A value pppd refuses (ntlm_auth-helper without a full path:
	 * linux-ppp-2.5.3/pppd/plugins/winbind.c:76-78) stops pppd, which then
	 * runs nothing; the bad-value error says so. */
	buf_init(&cmd);
	refused = catalog_check_value_on(r, c->p, arg, alen, &cmd) == 2;
	buf_free(&cmd);
	if (refused)
		return 0;
	/* A hidden value (Apple's terminal, OPT_HIDE at apple-ppp-1027.121.1/
	 * Helpers/pppd/tty.c:253) may hold a password: the note masks it, as
	 * explain says pppconf does. */
	buf_init(&cmd);
	if (check_plugin_holds_secret(r)) {
		buf_add(&cmd, FACTS_MASK, strlen(FACTS_MASK));
		alen = 0;
	} else
		buf_add_escaped(&cmd, arg, alen > 60 ? 60 : alen);
	/* pppd runs it as its real user ID: root when root started pppd
	 * (linux-ppp-2.5.3/pppd/main.c:1862 setuid(uid), plugins/winbind.c:308;
	 * apple-ppp-1027.121.1/Helpers/pppd/main.c:2243-2245). On macOS
	 * PPPController, though root, sets that ID to the user who asked for
	 * the connection (Controller/ppp_manager.c:2150), root only for starts
	 * of its own (:454). So on a Mac "root when root starts it" would
	 * mislead: PPPController is root, yet the command gets the asking
	 * user's ID. The Mac note names that for the words Apple's pppd runs
	 * through device_script with no ID of their own (tty.c:779, :791,
	 * :832, :855, :965, :987, :1019; connector_uid and disconnector_uid
	 * start at -1, tty.c:182-183). terminal is among them: pppd itself
	 * runs its value at tty.c:965 with the ID -1, which device_script
	 * turns into the real user ID (main.c:2243-2245). */
	if (c->p == PLATFORM_MACOS)
		check_say(c, CHECK_K_ROOT_COMMAND, check_line(c, entry), entry, N_("Make sure the "
		          "command and any script it names belong to root and only root can change "
		          "them."), NULL,
		          N_("'%s' makes pppd run a command as pppd's real user: when PPPController "
		          "starts pppd, the user who asked for the connection, or root when "
		          "PPPController starts it by itself, as on traffic (derived from Apple's "
		          "source, not tried on a Mac); root when root starts pppd by hand: %s%s"),
		          r->name, cmd.data ? cmd.data : "", alen > 60 ? "..." : "");
	else
		check_say(c, CHECK_K_ROOT_COMMAND, check_line(c, entry), entry, N_("Make sure the "
		          "command and any script it names belong to root and only root can change "
		          "them."), NULL,
		          N_("'%s' makes pppd run a command, with the rights of the user who started "
		          "pppd (root, when root starts it): %s%s"), r->name,
		          cmd.data ? cmd.data : "", alen > 60 ? "..." : "");
	buf_free(&cmd);
	return 1;
}
