/* fix_link.c - the fixes that set a few directives: keep-alive probes, PPPoE's packet size, DNS and the default route, verbose logging. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fix/fix_int.h"
#include "base/i18n.h"
#include "base/util.h"

static const struct fix_set fix_keepalive_sets[] = {
	{ "lcp-echo-interval", "30", FIX_KEEP_AT_LEAST },
	{ "lcp-echo-failure", "4", FIX_KEEP_AT_LEAST },
};
static const struct fix_set fix_mtu_sets[] = {
	{ "mtu", "1492", FIX_KEEP_AT_MOST },
	{ "mru", "1492", FIX_KEEP_AT_MOST },
};
static const struct fix_set fix_dns_sets[] = {
	{ "usepeerdns", NULL, FIX_KEEP_ANY },
	{ "defaultroute", NULL, FIX_KEEP_ANY },
};
/* pppd refuses defaultroute once one of these was read (OPT_A2CLR:
 * linux-ppp-2.5.3/pppd/ipcp.c:196, :199) */
static const char *const fix_dns_against[] = { "nodefaultroute", "-defaultroute", NULL };
static const struct fix_set fix_log_sets[] = {
	{ "debug", NULL, FIX_KEEP_ANY },
	{ "logfile", FIX_LOGFILE, FIX_KEEP_ANY },
};

static const struct fix_block fix_link_blocks[] = {
	[FIX_LINK_KEEPALIVE] = { "keepalive",
	  "# pppconf: keep-alive probes (undo: pppconf fix keepalive-undo)",
	  fix_keepalive_sets, 2, NULL },
	[FIX_LINK_PPPOE_MTU] = { "pppoe-mtu",
	  "# pppconf: PPPoE packet size (undo: pppconf fix pppoe-mtu-undo)",
	  fix_mtu_sets, 2, NULL },
	[FIX_LINK_DNS] = { "dns-route",
	  "# pppconf: DNS and the default route over the link (undo: pppconf fix "
	  "dns-route-undo)", fix_dns_sets, 2, fix_dns_against },
	[FIX_LINK_LOG] = { "debug-log",
	  "# pppconf: verbose PPP logging (undo: pppconf fix debug-log-undo)",
	  fix_log_sets, 2, NULL },
};

/* What the diagnosis says of one directive of the block. */
static void fix_link_set_step(const struct doc *d, const struct fix_block *b, size_t i,
                              const char *missing, struct fix_result *res)
{
	struct buf label = { 0 }, detail = { 0 };
	char v[LEXER_MAXWORD + 1];
	size_t e;
	int st = fix_block_state(d, b, i, &e);
	const struct fix_set *s = &b->sets[i];

	buf_printf(&label, _("'%s%s%s' is set"), s->name, s->value ? " " : "",
	           s->value ? s->value : "");
	if (st == 1) {
		fix_add_step(res, FIX_PASS, label.data, NULL);
	} else if (st == 2) {
		buf_printf(&detail, _("Line %zu says '%s %s'; the fix puts that line aside (it "
		           "stays in the file as a comment, and the undo puts it back)."),
		           d->entries[e].line_first + 1, s->name,
		           fix_edit_arg(d, e, v) ? fix_edit_arg(d, e, v) : "");
		fix_add_step(res, FIX_FAIL, label.data, detail.data);
	} else {
		fix_add_step(res, FIX_FAIL, label.data, missing);
	}
	buf_free(&label);
	buf_free(&detail);
}

static int fix_link_has(const struct doc *d, const char *name)
{
	size_t first;

	return fix_edit_find_all(d, name, &first) > 0;
}

/* Whether pppd will connect again after a dead link: 0 no, 1 by 'persist',
 * 2 by 'demand', which sets persist as well (its option entry names persist
 * as a second variable: linux-ppp-2.5.3/pppd/options.c:271, :986; 2.4.9
 * options.c:842; Apple's :918). The last of them in the file decides, as
 * 'nopersist' clears what came before. */
static int fix_link_persist(const struct doc *d)
{
	size_t e;
	int on = 0;

	for (e = 0; e < d->nentries; e++) {
		if (d->entries[e].disabled)
			continue;
		if (doc_word_is(d, d->entries[e].word, "persist"))
			on = 1;
		else if (doc_word_is(d, d->entries[e].word, "demand"))
			on = 2;
		else if (doc_word_is(d, d->entries[e].word, "nopersist"))
			on = 0;
	}
	return on;
}

static int fix_link_nothing(const struct doc *d, size_t e)
{
	(void)d;
	(void)e;
	return 0;
}

static void fix_link_keepalive(const struct doc *d, const struct fix_env *env,
                               struct fix_result *res)
{
	const struct fix_block *b = &fix_link_blocks[FIX_LINK_KEEPALIVE];

	fix_link_set_step(d, b, 0, N_("pppd sends no keep-alive probes: lcp-echo-interval is 0 "
	                  "unless set."), res);
	fix_link_set_step(d, b, 1, N_("Without it pppd never gives up on a peer that stopped "
	                  "answering (lcp-echo-failure is 0 unless set)."), res);
	switch (fix_link_persist(d)) {
	case 2:
		fix_add_step(res, FIX_INFO, N_("'demand' is set"), N_("It turns 'persist' on too: "
		             "pppd waits for traffic and connects again after it closes a dead link."));
		break;
	case 1:
		fix_add_step(res, FIX_INFO, N_("'persist' is set"),
		             N_("pppd connects again after it closes a dead link."));
		break;
	default:
		fix_add_step(res, FIX_INFO, N_("'persist' is not set"),
		             N_("pppd exits once it closes a dead link; add 'persist' if it should "
		             "connect again by itself (the fix does not)."));
	}
	if (env->platform == PLATFORM_MACOS)
		fix_add_step(res, FIX_INFO, N_("The service's own settings may come later"),
		             N_("When a service turns echoes on, PPPController sends its echo "
		             "settings after /etc/ppp/options and ~/.ppprc, and those win over "
		             "these files (a peers file named after the service, read later, wins "
		             "over them); pppconf cannot see them (derived from Apple's source, not "
		             "verified on a Mac)."));
}

static void fix_link_mtu(const struct doc *d, struct fix_result *res)
{
	const struct fix_block *b = &fix_link_blocks[FIX_LINK_PPPOE_MTU];
	size_t e;
	int pppoe = 0;
	char a[LEXER_MAXWORD + 1];

	for (e = 0; e < d->nentries; e++)
		if (!d->entries[e].disabled && fix_edit_arg(d, e, a) &&
		    (doc_word_is(d, d->entries[e].word, "plugin") ||
		     doc_word_is(d, d->entries[e].word, "pty")) && strstr(a, "pppoe"))
			pppoe = 1;
	fix_add_step(res, FIX_INFO, pppoe ? N_("PPPoE is started in this file") :
	             N_("PPPoE is not started in this file"), pppoe ? NULL :
	             N_("No 'plugin pppoe.so' (or a pty running pppoe) here: the sizes still "
	             "hold when this file is read together with the one that starts PPPoE."));
	fix_link_set_step(d, b, 0, N_("The packets pppd sends may be larger than 1492 bytes."), res);
	fix_link_set_step(d, b, 1, N_("pppd may ask the peer for packets larger than 1492 bytes."),
	                  res);
}

static void fix_link_dns(const struct doc *d, const struct fix_env *env,
                         struct fix_result *res)
{
	const struct fix_block *b = &fix_link_blocks[FIX_LINK_DNS];
	struct buf p = { 0 };
	struct stat st;
	size_t i, first;

	if (env->platform == PLATFORM_MACOS) {
		fix_add_step(res, FIX_INFO, N_("On a Mac the service's settings decide"),
		             N_("For a service with IPv4, PPPController sends pppd 'usepeerdns' "
		             "unless the service turns it off, and 'defaultroute' when the service sends all traffic over "
		             "the VPN; pppd hands the DNS servers to the system rather than "
		             "writing a file. Look at the VPN's settings, not this file."));
		return;
	}
	fix_link_set_step(d, b, 0, N_("pppd does not ask the peer for DNS servers."), res);
	fix_link_set_step(d, b, 1, N_("pppd adds no default route: only traffic for the peer "
	                  "itself goes over the link."), res);
	for (i = 0; fix_dns_against[i]; i++)
		if (fix_edit_find_all(d, fix_dns_against[i], &first)) {
			buf_reset(&p);
			buf_printf(&p, _("Line %zu: after it pppd refuses defaultroute (\"defaultroute "
			           "option is disabled\"). The fix puts it aside."),
			           d->entries[first].line_first + 1);
			fix_add_step(res, FIX_FAIL, N_("Nothing forbids defaultroute"), p.data);
		}
	if (fix_link_has(d, "noresolvconf"))
		fix_add_step(res, FIX_INFO, N_("'noresolvconf' is set"),
		             N_("pppd 2.5.3 then writes no /etc/ppp/resolv.conf; /etc/ppp/ip-up "
		             "still gets the servers as DNS1 and DNS2 (pppd 2.4.9 does not know "
		             "the word). The fix leaves it."));
	buf_reset(&p);
	buf_printf(&p, "%s/etc/ppp/ip-up.d/0000usepeerdns", env->root ? env->root : "");
	if (stat(p.data, &st) == 0)
		fix_add_step(res, FIX_PASS, N_("A script copies the DNS servers for the system"),
		             N_("/etc/ppp/ip-up.d/0000usepeerdns (Debian's ppp package) copies "
		             "/etc/ppp/resolv.conf's servers into /etc/resolv.conf when the "
		             "link comes up, unless resolvconf or systemd-resolved is in charge "
		             "of DNS."));
	else
		fix_add_step(res, FIX_INFO, N_("A script copies the DNS servers for the system"),
		             N_("No /etc/ppp/ip-up.d/0000usepeerdns here. pppd writes the servers "
		             "to /etc/ppp/resolv.conf only; the system's resolver reads "
		             "/etc/resolv.conf, so an ip-up script (or the system's own network "
		             "manager) must use them."));
	buf_free(&p);
}

static void fix_link_log(const struct doc *d, const struct fix_env *env,
                         struct fix_result *res)
{
	const struct fix_block *b = &fix_link_blocks[FIX_LINK_LOG];

	fix_link_set_step(d, b, 0, N_("pppd logs only the main events."), res);
	/* why_source_default: the system log only on Linux */
	fix_link_set_step(d, b, 1, env->platform == PLATFORM_MACOS ?
	                  N_("pppd logs to the system log only, which pppconf why does not "
	                  "read on a Mac: it reads /var/log/ppp.log.") :
	                  N_("pppd logs to the system log only; pppconf why looks there too, "
	                  "but a file is easier to read and to send."), res);
	if (env->platform == PLATFORM_MACOS)
		fix_add_step(res, FIX_INFO, N_("A VPN can log on its own"),
		             N_("A service with verbose logging turned on in its settings makes "
		             "PPPController send 'debug' for that service alone."));
}

void fix_link_diagnose(enum fix_link_kind k, int undo, const struct doc *d,
                       const struct fix_env *env, struct fix_result *res)
{
	const struct fix_block *b = &fix_link_blocks[k];
	size_t aside = fix_block_aside(d, b);
	struct buf t = { 0 };
	int have;

	if (undo) {
		have = fix_edit_find_line(d, b->mark) != SIZE_MAX;
		if (aside)
			buf_printf(&t, aside == 1 ? _("%zu line put aside by the fix comes back.") :
			           _("%zu lines put aside by the fix come back."), aside);
		fix_add_step(res, have || aside ? FIX_INFO : FIX_PASS, N_("The fix is in the file"),
		             have ? N_("The undo removes the lines under its comment.") :
		             aside ? t.data : N_("Nothing to undo."));
		if (have && aside)
			fix_add_step(res, FIX_INFO, N_("Lines it put aside"), t.data);
		buf_free(&t);
		return;
	}
	switch (k) {
	case FIX_LINK_KEEPALIVE: fix_link_keepalive(d, env, res); break;
	case FIX_LINK_PPPOE_MTU: fix_link_mtu(d, res); break;
	case FIX_LINK_DNS: fix_link_dns(d, env, res); break;
	case FIX_LINK_LOG: fix_link_log(d, env, res); break;
	}
	if (k != FIX_LINK_DNS || env->platform != PLATFORM_MACOS)
		fix_diag_others(d, env->platform, env->file, fix_link_nothing, res);
	fix_diag_root(env, res);
}

static const char *const fix_link_done[] = {
	[FIX_LINK_KEEPALIVE] = N_("pppd will probe the link every 30 seconds and close it "
	                          "after 4 probes in a row go unanswered."),
	[FIX_LINK_PPPOE_MTU] = N_("pppd will send and ask for packets of at most 1492 bytes."),
	[FIX_LINK_DNS] = N_("pppd will ask the peer for DNS servers and add a default route "
	                    "through the link when it comes up (pppd 2.4.9 not while a default "
	                    "route goes elsewhere)."),
	[FIX_LINK_LOG] = N_("pppd will log every step to /var/log/ppp.log."),
};

static const char *const fix_link_already[] = {
	[FIX_LINK_KEEPALIVE] = N_("Keep-alive probes are already set; nothing to change."),
	[FIX_LINK_PPPOE_MTU] = N_("The packet sizes are already at most 1492; nothing to "
	                          "change."),
	[FIX_LINK_DNS] = N_("usepeerdns and defaultroute are already set; nothing to change."),
	[FIX_LINK_LOG] = N_("Verbose logging is already on; nothing to change."),
};

int fix_link_apply(enum fix_link_kind k, int undo, struct doc *d,
                   const struct fix_env *env, struct buf *msg)
{
	const struct fix_block *b = &fix_link_blocks[k];
	int rc;

	if (undo) {
		size_t aside = fix_block_aside(d, b);

		rc = fix_block_undo(d, b);
		if (rc)
			buf_printf(msg, aside ? _("Removed what pppconf's %s fix had added and put "
			                          "back what it had put aside; the rest of the file "
			                          "is unchanged.") :
			           _("Removed what pppconf's %s fix had added; the rest of the file is "
			             "unchanged."), b->fix);
		else if (k == FIX_LINK_LOG && fix_link_has(d, "debug"))
			buf_adds(msg, _("The 'debug' line here was not added by pppconf's debug-log "
			         "fix (its comment line is missing), so it stays; remove it yourself "
			         "to turn verbose logging off."));
		else
			buf_printf(msg, _("The %s fix is not in the file; nothing to undo."), b->fix);
		return rc;
	}
	if (k == FIX_LINK_DNS && env->platform == PLATFORM_MACOS) {
		buf_adds(msg, _("On a Mac the VPN's or PPP service's settings decide DNS and the "
		         "default route; there is nothing to change in this file."));
		return -1;
	}
	rc = fix_block_apply(d, b, msg);
	if (rc == 0)
		buf_adds(msg, i18n_text(0, fix_link_already[k]));
	else if (rc > 0)
		buf_adds(msg, i18n_text(0, fix_link_done[k]));
	return rc;
}
