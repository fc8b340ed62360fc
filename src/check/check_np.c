/* check_np.c - the rule about a file that leaves Linux pppd no network protocol to run (noip with noipv6), so pppd closes every link once it is up. */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

/* What each word does to the network protocols Linux pppd counts when the
 * link is up (linux-ppp-2.5.3/pppd/auth.c:1014, 2.4.9's auth.c:967): IPCP
 * starts on and no word turns it on again after noip (ipcp.c:147-150);
 * IPv6CP starts on (2.5.3 ipv6cp.c, 2.4.9 ipv6cp.c:302) and +ipv6 or an
 * ipv6 line turn it on again (ipv6cp.c:242, :407); 2.4.9 built with IPX
 * starts IPX off and ipx turns it on (ipxcp.c:119, :191); 2.5.3 ignores
 * the IPX words. What this leaves out: options in other files or on the
 * command line, which may turn IPv6 back on; a plugin that adds a
 * protocol of its own; and macOS, where PPPController passes +ipv6, noip
 * and noacsp itself by the service's settings. */
enum { CHECK_NP_IP, CHECK_NP_IPV6, CHECK_NP_IPX };
static const struct check_np_word {
	const char *name;
	int proto, on;
} check_np_words[] = {
	{ "noip", CHECK_NP_IP, 0 }, { "-ip", CHECK_NP_IP, 0 },
	{ "noipv6", CHECK_NP_IPV6, 0 }, { "-ipv6", CHECK_NP_IPV6, 0 },
	{ "+ipv6", CHECK_NP_IPV6, 1 }, { "ipv6", CHECK_NP_IPV6, 1 },
	{ "ipx", CHECK_NP_IPX, 1 }, { "+ipx", CHECK_NP_IPX, 1 },
	{ "noipx", CHECK_NP_IPX, 0 }, { "-ipx", CHECK_NP_IPX, 0 },
};

/* Said once, at the last word that leaves nothing on. */
int check_np_none_rule(struct check_ctx *c, size_t entry, size_t word)
{
	const char *rel = c->file ? c->file->pppd_version : NULL;
	int on[3] = { 1, 1, 0 }, ipx = 0;
	size_t i, k, at = SIZE_MAX;

	(void)entry;
	(void)word;
	if (c->p != PLATFORM_LINUX)
		return 0;
	if (rel && strtol(rel, NULL, 10) == 2 && strchr(rel, '.') &&
	    strtol(strchr(rel, '.') + 1, NULL, 10) < 5)
		ipx = 1;
	for (i = 0; i < c->d->nentries; i++) {
		for (k = 0; c->row[i] && k < sizeof check_np_words / sizeof check_np_words[0]; k++) {
			const struct check_np_word *w = &check_np_words[k];
			if (strcmp(c->row[i]->name, w->name) != 0)
				continue;
			if (w->proto == CHECK_NP_IPX && !ipx)
				continue;
			on[w->proto] = w->on;
			if (!on[CHECK_NP_IP] && !on[CHECK_NP_IPV6] && !on[CHECK_NP_IPX])
				at = i;
		}
	}
	if (at == SIZE_MAX || on[CHECK_NP_IP] || on[CHECK_NP_IPV6] || on[CHECK_NP_IPX])
		return 0;
	check_say(c, CHECK_K_NO_NETWORK, check_line(c, at), at, N_("Keep IPv4 or IPv6 on: "
	          "remove noip or noipv6, or add +ipv6 after noipv6."), NULL,
	          N_("With noip and noipv6 this file leaves Linux pppd no network protocol: "
	          "once the link is up and any login is done, pppd closes it again (\"No "
	          "network protocols running\"), unless an option read later, such as +ipv6, "
	          "turns one back on (derived from the source, not tried)."));
	return 1;
}
