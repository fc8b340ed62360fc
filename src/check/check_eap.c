/* check_eap.c - the rule about a login to the peer that can never succeed: need-peer-eap with refuse-eap, which leaves this end nothing to answer EAP with, so pppd ends every link once it is up. */
#include <stdint.h>

#include "check/check_int.h"

/*
 * need-peer-eap (Linux, in builds with EAP-TLS) makes pppd end the link,
 * once LCP is up, when this end may not answer EAP
 * (linux-ppp-2.5.3/pppd/auth.c:860-865, 2.4.9's :813-818). Whether it may
 * is worked out as LCP starts, and refuse-eap alone makes it no
 * (2.5.3's auth.c:1458, 2.4.9's :1392); no word turns refuse-eap off
 * again (auth.c:390, 2.4.9's :388 set it to 1 only). Both lines may sit in
 * any order. What this leaves out: need-peer-eap with no secret, password
 * or client certificate at all, which pppd meets only at run time, and the
 * two words in different files pppd reads (this rule reads one file).
 */
int check_eap_never(struct check_ctx *c, size_t entry, size_t word)
{
	size_t need = c->sets.of ? check_sets_last(c, "need-peer-eap") : SIZE_MAX;
	size_t refuse = c->sets.of ? check_sets_last(c, "refuse-eap") : SIZE_MAX;

	(void)entry;
	(void)word;
	if (c->p != PLATFORM_LINUX || need == SIZE_MAX || refuse == SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_EAP_NEVER, check_line(c, need), need,
	          N_("Delete refuse-eap, or delete need-peer-eap."), NULL,
	          N_("need-peer-eap requires this end to log in to the peer with EAP, but "
	          "refuse-eap (line %zu) forbids this end to answer EAP: pppd takes both, and once "
	          "the link is up it ends it every time (\"eap required to authenticate us but no "
	          "suitable secrets\")."), check_line(c, refuse));
	return 1;
}
