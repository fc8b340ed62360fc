/* catalog_legacy.c - old, patched and other pppds' spellings: what today's pppd calls the same thing, or that the line goes. */
#include "pppd/catalog.h"

#include <string.h>

#include "base/i18n.h"
#include "pppd/lexer.h"

#define L PLATFORM_LINUX
#define B PLATFORM_BOTH
#define L25 "linux-ppp-2.5.3/pppd/"
#define L24 "linux-ppp-2.4.9/pppd/"
#define AP "apple-ppp-1027.121.1/Helpers/pppd/"

#define APPLE "Apple's pppd"
#define NOWHERE "a pppd or PPP program pppconf cannot name (none in the sources it " \
	"follows has this word)"
#define PATCH "the MPPE-MPPC patch of OpenWrt and router firmware, which was never part " \
	"of Linux or Apple pppd"
#define IPX "Linux pppd 2.5 no longer has IPX (2.5.3 keeps only 'noipx', which does " \
	"nothing); 2.4.9 still had it"
#define IPX_CITE L25 "options.c:419 noipx\n" L24 "ipxcp.c:119 ipx"
#define MPPC "MPPC compression is in no pppd that pppconf knows: pppd counts it among " \
	"the MPPE options it does not support. Its 'no' form is not 'nomppe', which " \
	"would switch encryption off"
#define MPPC_CITE L25 "mppe.h:48 MPPE_OPT_MPPC\n" AP "ccp.c:149 nomppe"
#define M56_CITE L25 "mppe.h:48 MPPE_OPT_56\n" L25 "ccp.c:140 require-mppe-128\n" \
	AP "ccp.c:169 require-mppe-128"

/* The table: one row per old spelling and the platforms whose pppd does
 * not know it (or, for IPX on Linux, no longer does). */
static const struct catalog_legacy catalog_legacy_table[] = {
	/* older mainline pppd */
	/* neither word is in a pppd of the pinned sources (Linux 2.4.9, 2.5.3,
	 * Apple's full source); where they came from is not known */
	{ "idle-disconnect", B, CATALOG_LEGACY_RENAME, "idle", 1, NOWHERE,
	  "pppd calls it 'idle': the same number of seconds without traffic before it "
	  "hangs up", L25 "options.c:249 idle\n" AP "options.c:262 idle" },
	{ "nomagicnumber", B, CATALOG_LEGACY_RENAME, "nomagic", 0, NOWHERE,
	  "pppd calls it 'nomagic': no magic-number negotiation",
	  L25 "lcp.c:128 nomagic\n" AP "lcp.c:142 nomagic" },
	{ "ipx-compression", B, CATALOG_LEGACY_DELETE, NULL, 0, "an older pppd's IPX support",
	  "no pppd that pppconf knows has it, and " IPX, IPX_CITE },
	{ "ipx", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "+ipx", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "-ipx", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipx-network", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipx-node", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipx-router-name", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipx-routing", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipxcp-accept-network", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipxcp-accept-local", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipxcp-accept-remote", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipxcp-restart", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipxcp-max-terminate", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipxcp-max-configure", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "ipxcp-max-failure", L, CATALOG_LEGACY_DELETE, NULL, 0, "pppd's IPX support", IPX, IPX_CITE },
	{ "pdebug", L, CATALOG_LEGACY_DELETE, NULL, 0, "Apple's pppd source only, behind "
	  "a packet-filter build switch (libpcap debugging)", "Linux pppd has no such option; "
	  "'debug' is its own logging", AP "options.c:364 pdebug\n" AP "options.c:363 PPP_FILTER" },
	{ "promptprog", L, CATALOG_LEGACY_DELETE, NULL, 0, "the passprompt.so plugin",
	  "Linux pppd 2.5.3 has no passprompt.so plugin any more (2.4.9 had it)",
	  L24 "plugins/passprompt.c:23 promptprog" },
	{ "replacedefaultroute", L, CATALOG_LEGACY_DELETE, NULL, 0, "older Linux pppd "
	  "(2.4.9 has it)", "Linux pppd 2.5.3 accepts it but it does nothing; "
	  "'defaultroute' with 'defaultroute-metric' sets this link's default route and "
	  "its rank", L25 "ipcp.c:542 no longer have any effect\n" L25 "ipcp.c:203 "
	  "defaultroute-metric\n" L24 "ipcp.c:200 replacedefaultroute" },
	{ "noreplacedefaultroute", L, CATALOG_LEGACY_DELETE, NULL, 0, "older Linux pppd "
	  "(2.4.9 has it)", "Linux pppd 2.5.3 accepts it but it does nothing",
	  L25 "ipcp.c:542 no longer have any effect\n" L24 "ipcp.c:204 noreplacedefaultroute" },

	/* the MPPE-MPPC patch */
	{ "mppe", B, CATALOG_LEGACY_MPPE, NULL, 0, PATCH,
	  "pppd spells MPPE with separate options: 'require-mppe-128' requires 128-bit "
	  "encryption, 'require-mppe-40' with 'require-mppe-128' either strength ('require-mppe' "
	  "alone keeps only 40-bit in Linux pppd 2.5.3); stateless is already the default "
	  "and 56-bit MPPE is not supported",
	  L25 "ccp.c:140 require-mppe-128\n" AP "ccp.c:169 require-mppe-128\n"
	  L25 "ccp.c:114 require-mppe\n" L25 "pppd.h:47 stdbool.h\n"
	  L25 "ccp.c:70 refuse_mppe_stateful = 1\n" L25 "mppe.h:48 MPPE_OPT_56" },
	{ "mppc", B, CATALOG_LEGACY_DELETE, NULL, 0, PATCH, MPPC, MPPC_CITE },
	{ "+mppc", B, CATALOG_LEGACY_DELETE, NULL, 0, PATCH, MPPC, MPPC_CITE },
	{ "nomppc", B, CATALOG_LEGACY_DELETE, NULL, 0, PATCH, MPPC, MPPC_CITE },
	{ "-mppc", B, CATALOG_LEGACY_DELETE, NULL, 0, PATCH, MPPC, MPPC_CITE },
	{ "lzs", B, CATALOG_LEGACY_DELETE, NULL, 0, PATCH,
	  "LZS compression is in no pppd that pppconf knows", NULL },
	{ "+lzs", B, CATALOG_LEGACY_DELETE, NULL, 0, PATCH,
	  "LZS compression is in no pppd that pppconf knows", NULL },
	{ "nolzs", B, CATALOG_LEGACY_DELETE, NULL, 0, PATCH,
	  "LZS compression is in no pppd that pppconf knows", NULL },
	{ "-lzs", B, CATALOG_LEGACY_DELETE, NULL, 0, PATCH,
	  "LZS compression is in no pppd that pppconf knows", NULL },
	{ "require-mppe-56", B, CATALOG_LEGACY_RENAME, "require-mppe-128", 0, PATCH,
	  "pppd does not support 56-bit MPPE; requiring 128-bit keeps the link encrypted",
	  M56_CITE },
	{ "+mppe-56", B, CATALOG_LEGACY_RENAME, "require-mppe-128", 0, PATCH,
	  "pppd does not support 56-bit MPPE; requiring 128-bit keeps the link encrypted",
	  M56_CITE },
	{ "nomppe-56", B, CATALOG_LEGACY_DELETE, NULL, 0, PATCH,
	  "pppd never uses 56-bit MPPE, so there is nothing to refuse", M56_CITE },
	{ "-mppe-56", B, CATALOG_LEGACY_DELETE, NULL, 0, PATCH,
	  "pppd never uses 56-bit MPPE, so there is nothing to refuse", M56_CITE },

	/* Apple's own spellings, on Linux */
	{ "mppe-40", L, CATALOG_LEGACY_RENAME, "require-mppe-40", 0, APPLE,
	  "Linux pppd spells it 'require-mppe-40'",
	  AP "ccp.c:200 mppe-40\n" L25 "ccp.c:126 require-mppe-40" },
	{ "mppe-128", L, CATALOG_LEGACY_RENAME, "require-mppe-128", 0, APPLE,
	  "Linux pppd spells it 'require-mppe-128'",
	  AP "ccp.c:203 mppe-128\n" L25 "ccp.c:140 require-mppe-128" },
	{ "mppe-stateless", L, CATALOG_LEGACY_RENAME, "nomppe-stateful", 0, APPLE,
	  "Linux pppd spells it 'nomppe-stateful' (which is also its default)",
	  AP "ccp.c:192 mppe-stateless\n" L25 "ccp.c:158 nomppe-stateful" },
	{ "+mppe-stateless", L, CATALOG_LEGACY_RENAME, "nomppe-stateful", 0, APPLE,
	  "Linux pppd spells it 'nomppe-stateful' (which is also its default)",
	  AP "ccp.c:194 +mppe-stateless\n" L25 "ccp.c:158 nomppe-stateful" },
	{ "nomppe-stateless", L, CATALOG_LEGACY_RENAME, "mppe-stateful", 0, APPLE,
	  "Linux pppd spells it 'mppe-stateful'",
	  AP "ccp.c:196 nomppe-stateless\n" L25 "ccp.c:156 mppe-stateful" },
	{ "-mppe-stateless", L, CATALOG_LEGACY_RENAME, "mppe-stateful", 0, APPLE,
	  "Linux pppd spells it 'mppe-stateful'",
	  AP "ccp.c:198 -mppe-stateless\n" L25 "ccp.c:156 mppe-stateful" },
	{ "require-chapms", L, CATALOG_LEGACY_RENAME, "require-mschap", 0, APPLE,
	  "Linux pppd spells it 'require-mschap'",
	  AP "auth.c:376 require-chapms\n" L25 "auth.c:338 require-mschap" },
	{ "+chapms", L, CATALOG_LEGACY_RENAME, "require-mschap", 0, APPLE,
	  "Linux pppd spells it 'require-mschap'",
	  AP "auth.c:380 +chapms\n" L25 "auth.c:338 require-mschap" },
	{ "require-chapms-v2", L, CATALOG_LEGACY_RENAME, "require-mschap-v2", 0, APPLE,
	  "Linux pppd spells it 'require-mschap-v2'",
	  AP "auth.c:384 require-chapms-v2\n" L25 "auth.c:346 require-mschap-v2" },
	{ "+chapms-v2", L, CATALOG_LEGACY_RENAME, "require-mschap-v2", 0, APPLE,
	  "Linux pppd spells it 'require-mschap-v2'",
	  AP "auth.c:388 +chapms-v2\n" L25 "auth.c:346 require-mschap-v2" },
	{ "refuse-chap-md5", L, CATALOG_LEGACY_RENAME, "refuse-chap", 0, APPLE,
	  "Linux pppd spells it 'refuse-chap', which refuses MD5 CHAP just the same",
	  AP "auth.c:409 refuse-chap-md5\n" L25 "auth.c:360 refuse-chap" },
	{ "-chap-md5", L, CATALOG_LEGACY_RENAME, "refuse-chap", 0, APPLE,
	  "Linux pppd spells it 'refuse-chap', which refuses MD5 CHAP just the same",
	  AP "auth.c:413 -chap-md5\n" L25 "auth.c:360 refuse-chap" },
	{ "refuse-chapms", L, CATALOG_LEGACY_RENAME, "refuse-mschap", 0, APPLE,
	  "Linux pppd spells it 'refuse-mschap'",
	  AP "auth.c:437 refuse-chapms\n" L25 "auth.c:369 refuse-mschap" },
	{ "-chapms", L, CATALOG_LEGACY_RENAME, "refuse-mschap", 0, APPLE,
	  "Linux pppd spells it 'refuse-mschap'",
	  AP "auth.c:441 -chapms\n" L25 "auth.c:369 refuse-mschap" },
	{ "refuse-chapms-v2", L, CATALOG_LEGACY_RENAME, "refuse-mschap-v2", 0, APPLE,
	  "Linux pppd spells it 'refuse-mschap-v2'",
	  AP "auth.c:445 refuse-chapms-v2\n" L25 "auth.c:377 refuse-mschap-v2" },
	{ "-chapms-v2", L, CATALOG_LEGACY_RENAME, "refuse-mschap-v2", 0, APPLE,
	  "Linux pppd spells it 'refuse-mschap-v2'",
	  AP "auth.c:449 -chapms-v2\n" L25 "auth.c:377 refuse-mschap-v2" },
	{ "dns-addr", L, CATALOG_LEGACY_RENAME, "ms-dns", 1, APPLE,
	  "Linux pppd spells it 'ms-dns': the same DNS address offered to the peer",
	  AP "ipcp.c:231 dns-addr\n" L25 "ipcp.c:180 ms-dns" },
	/* not a rename: Apple counts the sends of one request and starts again
	 * with each new one, Linux counts every request of the login, so the
	 * same number would mean another limit (an EAP-TLS login needs many) */
	{ "eap-max-challenge", L, CATALOG_LEGACY_DELETE, NULL, 0, APPLE,
	  "Linux pppd's nearest option, 'eap-max-sreq', counts every EAP request of a login, "
	  "while Apple's counts the sends of one request and starts again with the next, so "
	  "the same number would set another limit",
	  AP "eap.c:70 eap-max-challenge\n" AP "eap.c:1187 req_transmits\n"
	  L25 "eap.c:107 eap-max-sreq\n" L25 "eap.c:1090 ea_requests" },

	/* older Apple pppd */
	{ "+eap", B, CATALOG_LEGACY_RENAME, "require-eap", 0, NOWHERE,
	  "pppd spells it 'require-eap'",
	  L25 "auth.c:387 require-eap\n" AP "auth.c:456 require-eap" },
	{ "-eap", B, CATALOG_LEGACY_RENAME, "refuse-eap", 0, NOWHERE,
	  "pppd spells it 'refuse-eap'",
	  L25 "auth.c:390 refuse-eap\n" AP "auth.c:459 refuse-eap" },
};

#define CATALOG_LEGACY_N (sizeof catalog_legacy_table / sizeof catalog_legacy_table[0])

size_t catalog_legacy_count(void)
{
	return CATALOG_LEGACY_N;
}

const struct catalog_legacy *catalog_legacy_at(size_t i)
{
	return i < CATALOG_LEGACY_N ? &catalog_legacy_table[i] : NULL;
}

const struct catalog_legacy *catalog_legacy_find(const char *word, size_t len,
                                                 enum platform p)
{
	size_t i, k;

	for (i = 0; i < CATALOG_LEGACY_N; i++) {
		const struct catalog_legacy *l = &catalog_legacy_table[i];

		if (!(l->platforms & p) || strlen(l->word) != len)
			continue;
		/* '_' reads as '-' ("refuse_chapms"), as for close names */
		for (k = 0; k < len && (l->word[k] == word[k] ||
		                        (l->word[k] == '-' && word[k] == '_')); k++)
			;
		if (k == len)
			return l;
	}
	return NULL;
}

/* One sub-word of the patch's "mppe required,no40,..." (or "mppe
 * required no40 ..."); bits of what it asks for. */
enum { LEG_REQUIRED = 1, LEG_NO40 = 2, LEG_NO128 = 4, LEG_STATEFUL = 8, LEG_ODD = 16 };

static unsigned catalog_legacy_mppe_word(const char *w, size_t n)
{
	static const struct { const char *w; unsigned bit; } words[] = {
		{ "required", LEG_REQUIRED }, { "no40", LEG_NO40 }, { "no128", LEG_NO128 },
		{ "stateful", LEG_STATEFUL }, { "no56", 0 }, { "stateless", 0 },
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i].w) == n && memcmp(words[i].w, w, n) == 0)
			return words[i].bit;
	return LEG_ODD;
}

static int catalog_legacy_mppe(const char *const *args, const size_t *lens, size_t nargs,
                               struct buf *out, struct buf *why)
{
	unsigned want = 0;
	size_t i, s, e;

	for (i = 0; i < nargs; i++)
		for (s = 0; s <= lens[i]; s = e + 1) {
			for (e = s; e < lens[i] && args[i][e] != ','; e++)
				;
			if (e > s)
				want |= catalog_legacy_mppe_word(args[i] + s, e - s);
		}
	if (want & LEG_ODD) {
		buf_adds(why, _(" A word after 'mppe' is not one pppconf can translate: write "
		         "the MPPE options yourself."));
		return 0;
	}
	if (!(want & LEG_REQUIRED)) {
		buf_adds(why, _(" Without 'required' the patch let the link go unencrypted when "
		         "the peer would not encrypt; pppd has no such middle way: write "
		         "'require-mppe-128' if the link must be encrypted, or delete the line."));
		return 0;
	}
	if ((want & (LEG_NO40 | LEG_NO128)) == (LEG_NO40 | LEG_NO128)) {
		buf_adds(why, _(" It refuses both strengths pppd has, so no MPPE is left to "
		         "require: write the MPPE options yourself."));
		return 0;
	}
	/* both strengths: the two words OR their bits in every release, where
	 * require-mppe alone keeps only 40-bit in 2.5.3 (a C99 bool) */
	buf_adds(out, (want & LEG_NO40) ? "require-mppe-128" :
	              (want & LEG_NO128) ? "require-mppe-40" : "require-mppe-40\nrequire-mppe-128");
	if (want & LEG_STATEFUL)
		buf_adds(out, "\nmppe-stateful");
	return 1;
}

int catalog_legacy_rewrite(const struct catalog_legacy *l, const char *const *args,
                           const size_t *lens, size_t nargs, struct buf *out,
                           struct buf *why)
{
	buf_reset(out);
	buf_add(out, "", 0);
	buf_printf(why, _("'%s' comes from %s; %s."), l->word,
	           i18n_text(CATALOG_LEGACY_CTX, l->origin), i18n_text(CATALOG_LEGACY_CTX, l->why));
	switch (l->kind) {
	case CATALOG_LEGACY_DELETE:
		return 1;
	case CATALOG_LEGACY_MPPE:
		return catalog_legacy_mppe(args, lens, nargs, out, why);
	case CATALOG_LEGACY_RENAME:
		if (nargs != (size_t)l->keep_value)
			return 0;
		buf_adds(out, l->now);
		if (nargs) {
			buf_addc(out, ' ');
			lexer_quote(out, args[0], lens[0]);
		}
		return 1;
	}
	return 0;
}
