/* test_suggest.c - the close names "did you mean" finds for a word pppd does not know: which, in what order, and which hold others back. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "pppd/catalog.h"

static const char *best(const char *w, size_t len, enum platform p)
{
	const struct catalog_entry *out[3];

	return catalog_suggest(w, len, p, out, 3) ? out[0]->name : "(none)";
}

static void test_suggest(void)
{
	const struct catalog_entry *out[5];
	size_t n;
	struct buf b;
	unsigned f;

	T_STREQ(best("l2tpnoipesc", 11, PLATFORM_MACOS), "l2tpnoipsec", "swapped letters");
	T_STREQ(best("12tpnoipsec", 11, PLATFORM_MACOS), "l2tpnoipsec", "1 for l");
	T_STREQ(best("I2tpnoipsec", 11, PLATFORM_MACOS), "l2tpnoipsec", "I for l");
	T_STREQ(best("\xEF\xBC\xAC" "2tpnoipsec", 13, PLATFORM_MACOS), "l2tpnoipsec",
	        "full-width L");
	T_STREQ(best("\xE2\x80\x93" "chap", 7, PLATFORM_LINUX), "-chap", "en dash for '-'");
	T_STREQ(best("\xE2\x88\x92" "pap", 6, PLATFORM_LINUX), "-pap", "minus sign for '-'");
	T_STREQ(best("\xE2\x80\x9Cnoauth\xE2\x80\x9D", 12, PLATFORM_LINUX), "noauth",
	        "curly quotes around");
	T_STREQ(best("MTU", 3, PLATFORM_LINUX), "mtu", "case");
	T_STREQ(best("noauht", 6, PLATFORM_LINUX), "noauth", "transposition");
	T_STREQ(best("lcok", 4, PLATFORM_LINUX), "lock", "short word");
	/* a MAC address is no concentrator name */
	T_STREQ(best("pppoemac", 8, PLATFORM_LINUX), "pppoe-mac", "pppoe-mac, not pppoe-ac");
	T_STREQ(best("rp_pppoe_mac", 12, PLATFORM_LINUX), "pppoe-mac", "pppoe-mac, nor rp_pppoe_ac");
	/* '_' reads as '-' */
	T_STREQ(best("refuse_mschap_v2", 16, PLATFORM_LINUX), "refuse-mschap-v2", "_ for -");
	T_STREQ(best("require_pap", 11, PLATFORM_MACOS), "require-pap", "_ for - after require");
	T_STREQ(best("pppol2tp-lns-mode", 17, PLATFORM_LINUX), "pppol2tp_lns_mode", "- for _");
	/* a sign and one letter is the start of a longer name before it is
	 * a typo of -d or -v; the names past the first three count too */
	T_STREQ(best("-a", 2, PLATFORM_LINUX), "-ac", "-a is the start of -ac, -am, -as");
	T_STREQ(best("onlock", 6, PLATFORM_LINUX), "nolock", "no typed as on");
	T_STREQ(best("hold-off", 8, PLATFORM_LINUX), "holdoff", "a name that ends in off itself");
	T_STREQ(best("disable-session", 15, PLATFORM_LINUX), "(none)", "disable is not enable");
	T_STREQ(best("neocp", 5, PLATFORM_LINUX), "noecp", "a slip inside no");
	/* a typo of Apple's name for a setting Linux spells otherwise */
	T_STREQ(best("require-champs", 14, PLATFORM_LINUX), "require-mschap",
	        "Apple's require-chapms is require-mschap, not require-chap");
	T_STREQ(best("require-chapmsv2", 16, PLATFORM_LINUX), "require-mschap-v2",
	        "Apple's require-chapms-v2 is require-mschap-v2");
	T_STREQ(best("pppoe-acc", 9, PLATFORM_LINUX), "pppoe-ac", "a name stays a name");
	/* one edit from dhcpv6-trusted and dhcpv6-untrusted: never the trusting one */
	T_STREQ(best("dhcpv6-ntrusted", 15, PLATFORM_LINUX), "dhcpv6-untrusted",
	        "dhcpv6-ntrusted is not dhcpv6-trusted");
	T_STREQ(best("dhcpv6-utrusted", 15, PLATFORM_LINUX), "dhcpv6-untrusted", "nor dhcpv6-utrusted");
	T_STREQ(best("dhcpv6-trsted", 13, PLATFORM_LINUX), "dhcpv6-trusted", "a typo of trusted stays");
	/* a folder of revocation lists is no folder of CAs to trust */
	T_STREQ(best("crlpath", 7, PLATFORM_LINUX), "(none)", "crlpath is no capath");
	T_STREQ(best("capaht", 6, PLATFORM_LINUX), "capath", "a typo of capath stays");
	/* nomppe is as close as it gets, but switches encryption off: no other
	 * name is offered in its place */
	T_STREQ(best("nommpe", 6, PLATFORM_LINUX), "(none)", "nommpe is no nomp");
	T_STREQ(best("nompe", 5, PLATFORM_LINUX), "(none)", "nor is nompe");
	/* nmp is one letter from nomp and from mp: mp would switch multilink on */
	T_STREQ(best("nmp", 3, PLATFORM_LINUX), "(none)", "nmp is no mp");
	T_STREQ(best("nccp", 4, PLATFORM_LINUX), "(none)", "nor nccp ccp");
	/* with no name after the n, the dropped o is the only reading */
	T_STREQ(best("nlog", 4, PLATFORM_LINUX), "nolog", "nlog is nolog: there is no log");
	T_STREQ(best("nipdefault", 10, PLATFORM_MACOS), "noipdefault", "nipdefault is noipdefault");
	T_STREQ(best("nproxyarp", 9, PLATFORM_LINUX), "(none)", "nproxyarp may be proxyarp");
	/* a "no" run on inside a name is its opposite: l2tpload is no l2tpnoload */
	T_STREQ(best("l2tpload", 8, PLATFORM_MACOS), "(none)", "l2tpload is no l2tpnoload");
	/* the word with its last letter left off names no farther name */
	{
		const struct catalog_entry *sug[4];
		size_t n = catalog_suggest("ipcp-max-failur", 15, PLATFORM_LINUX, sug, 4);
		T_OK(n == 1 && strcmp(sug[0]->name, "ipcp-max-failure") == 0,
		        "ipcp-max-failur: ipcp-max-failure alone, not ipxcp-max-failure");
	}
	/* MS-CHAPv2 is not offered as version 1, nor MS-CHAP as MD5 CHAP */
	T_STREQ(best("require-chapms-v", 16, PLATFORM_MACOS), "(none)",
	        "require-chapms-v is no require-chapms");
	T_STREQ(best("require-mschap-v", 16, PLATFORM_LINUX), "(none)",
	        "require-mschap-v is no require-mschap");
	T_STREQ(best("require-chapmsv", 15, PLATFORM_LINUX), "(none)",
	        "require-chapmsv is no require-chap");
	T_STREQ(best("require-mschap-v1", 17, PLATFORM_LINUX), "require-mschap", "v1 is version 1");
	T_STREQ(best("require-chapm-v2", 16, PLATFORM_LINUX), "require-mschap-v2", "v2 stays v2");
	/* Apple's acscp-max-configure is nearer than Linux's lcp-max-configure,
	 * another setting; Apple's require-chapms-v2 is require-mschap-v2 */
	T_STREQ(best("acsp-max-configure", 18, PLATFORM_LINUX), "(none)",
	        "acsp-max-configure is no lcp-max-configure");
	T_STREQ(best("acsp-max-configure", 18, PLATFORM_MACOS), "acscp-max-configure",
	        "but acscp-max-configure on a Mac");
	T_STREQ(best("chapcrypt", 9, PLATFORM_LINUX), "(none)", "chapcrypt is no papcrypt");
	T_STREQ(best("papcrpyt", 8, PLATFORM_LINUX), "papcrypt", "but papcrpyt is");
	T_STREQ(best("srp-intervals", 13, PLATFORM_MACOS), "(none)", "srp-intervals is no eap-interval");
	T_STREQ(best("srp-intervals", 13, PLATFORM_LINUX), "srp-interval", "but srp-interval");
	/* noipv is noipv6 with its 6 left off: not noipx, another protocol */
	T_STREQ(best("noipv", 5, PLATFORM_LINUX), "(none)", "noipv is no noipx");
	T_STREQ(best("noipv", 5, PLATFORM_MACOS), "(none)", "nor on a Mac");
	T_STREQ(best("noip6", 5, PLATFORM_LINUX), "noipv6", "a typed 6 keeps noipv6");
	T_STREQ(best("defaultroutes", 13, PLATFORM_LINUX), "defaultroute",
	        "defaultroute6 is no number left off defaultroutes");
	/* a trailing "-no" or "=0" says off: the plain name would switch it on */
	T_STREQ(best("intercept-dhcp-no", 17, PLATFORM_MACOS), "(none)",
	        "intercept-dhcp-no is no intercept-dhcp");
	T_STREQ(best("intercept-dhcp=0", 16, PLATFORM_MACOS), "(none)", "nor intercept-dhcp=0");
	T_STREQ(best("intercept-dhcpp", 15, PLATFORM_MACOS), "intercept-dhcp", "a typo stays");
	T_STREQ(best("proxyarp_off", 12, PLATFORM_LINUX), "(none)", "proxyarp_off is no proxyarp");
	T_STREQ(best("mtu\xC2\xA0" "1400", 9, PLATFORM_LINUX), "mtu", "glued by NBSP");
	/* endpoint is behind a build switch Apple leaves off: no correction on a Mac */
	T_STREQ(best("endpont", 7, PLATFORM_MACOS), "(none)", "no endpoint on a Mac");
	T_STREQ(best("endpont", 7, PLATFORM_LINUX), "endpoint", "but on Linux");
	T_INTEQ(catalog_suggest("xyzzyplugh", 10, PLATFORM_LINUX, out, 5), 0, "nothing close");
	T_INTEQ(catalog_suggest("", 0, PLATFORM_LINUX, out, 5), 0, "empty word");
	T_OK(catalog_suggest("mp", 2, PLATFORM_LINUX, out, 5) >= 2, "several close names");
	/* two edits farther than the best are no alternative: require-papp
	 * is require-pap (1), maybe require-eap (2), never require-mppe (3) */
	n = catalog_suggest("require-papp", 12, PLATFORM_LINUX, out, 5);
	T_OK(n == 2 && strcmp(out[1]->name, "require-eap") == 0, "require-papp: %zu names", n);
	/* detach is -detach (nodetach) with its '-' left off before it is
	 * updetach, which detaches: neither is offered */
	T_STREQ(best("detach", 6, PLATFORM_LINUX), "(none)", "detach is no updetach");
	T_STREQ(best("detach", 6, PLATFORM_MACOS), "(none)", "nor on a Mac");
	/* _ typed for -: "_defaultroute" is -defaultroute, which turns the
	 * default route off, never defaultroute, which turns it on */
	T_STREQ(best("_defaultroute", 13, PLATFORM_LINUX), "-defaultroute", "_ for -");
	T_STREQ(best("_defaultroute", 13, PLATFORM_MACOS), "-defaultroute", "on a Mac too");
	/* a leading _ stands for -: "_defaultroute6" is -defaultroute6, not
	 * defaultroute6, which would add the route it forbids */
	T_STREQ(best("_defaultroute6", 14, PLATFORM_LINUX), "-defaultroute6",
	        "_defaultroute6 is -defaultroute6");
	T_STREQ(best("_detach", 7, PLATFORM_LINUX), "-detach", "_detach is -detach, not updetach");
	/* a name pppd refuses as built: Apple's bundle and active-filter */
	T_STREQ(best("bundl", 5, PLATFORM_MACOS), "(none)", "bundle is not built on a Mac");
	T_STREQ(best("activefilter", 12, PLATFORM_MACOS), "(none)", "nor active-filter");
	T_STREQ(best("bundl", 5, PLATFORM_LINUX), "bundle", "Linux has bundle");
	buf_init(&b);
	f = catalog_fold("mtu\xC2\xA0" "1400", 9, &b);
	T_OK(f == CATALOG_FOLD_SPACE, "NBSP found");
	T_MEMEQ(b.data, b.len, "mtu 1400", 8, "NBSP folded to a space");
	f = catalog_fold("a\xE3\x80\x80" "b\xE2\x80\x8B", 8, &b);
	T_OK((f & CATALOG_FOLD_SPACE) && (f & CATALOG_FOLD_INVISIBLE), "ideographic and zero-width");
	T_STREQ(b.data, "a b", "folded");
	T_INTEQ(catalog_fold("plain", 5, &b), 0, "nothing to fold");
	/* the full-width hyphen is a dash, its letters letters */
	f = catalog_fold("\xEF\xBC\x8D" "\xEF\xBD\x88", 6, &b);
	T_OK(f == (CATALOG_FOLD_DASH | CATALOG_FOLD_FULLWIDTH), "full-width -h: %u", f);
	T_STREQ(b.data, "-h", "full-width -h folded");
	f = catalog_fold("\xEF\xBC", 2, &b);
	T_INTEQ(f, 0, "a cut sequence is left alone");
	buf_free(&b);
}

int main(void)
{
	test_suggest();
	return t_done();
}
