/* catalog_int.c - whether pppd accepts an integer argument: its range, how strtoul reads the word, and the 16-bit plugin words. */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include "base/i18n.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

/* Why an int is outside its range: one sentence naming the value and the
 * range (each whole, so a translation can order it), then what pppd does. */
static void catalog_int_range(const struct catalog_entry *e, const char *val, size_t len,
                              const struct catalog_num *n, long long x, struct buf *why)
{
	struct buf b;
	const char *q;
	/* a leading 0 makes pppd read octal: '010' is 8, so name the number
	 * read, as for the other values not read as written */
	int read_as = n->used < len || n->overflow || n->v > (unsigned long long)INT_MAX ||
	              (n->base == 8 && n->v >= 8);
	int soft = (e->flags & (CATALOG_SOFTRANGE | CATALOG_WORKS)) != 0;

	buf_init(&b);
	q = catalog_value_quote(&b, val, len);
	if ((e->flags & CATALOG_HAS_MIN) && (e->flags & CATALOG_HAS_MAX) && read_as)
		buf_printf(why, _("'%s' is read as %lld, which is outside %lld to %lld"), q, x,
		           e->lo, e->hi);
	else if ((e->flags & CATALOG_HAS_MIN) && (e->flags & CATALOG_HAS_MAX))
		buf_printf(why, _("'%s' is outside %lld to %lld"), q, e->lo, e->hi);
	else if ((e->flags & CATALOG_ZEROOK) && (e->flags & CATALOG_WORKS) && read_as)
		buf_printf(why, _("'%s' is read as %lld, which is neither 0 nor %lld or more"),
		           q, x, e->lo);
	else if ((e->flags & CATALOG_ZEROOK) && (e->flags & CATALOG_WORKS))
		buf_printf(why, _("'%s' is neither 0 nor %lld or more"), q, e->lo);
	else if ((e->flags & CATALOG_HAS_MIN) && (e->flags & CATALOG_WORKS) && read_as)
		buf_printf(why, _("'%s' is read as %lld, which is below %lld"), q, x, e->lo);
	else if ((e->flags & CATALOG_HAS_MIN) && (e->flags & CATALOG_WORKS))
		buf_printf(why, _("'%s' is below %lld"), q, e->lo);
	else if ((e->flags & CATALOG_HAS_MIN) && read_as)
		buf_printf(why, _("'%s' is read as %lld, which is below the smallest allowed "
		           "value, %lld"), q, x, e->lo);
	else if (e->flags & CATALOG_HAS_MIN)
		buf_printf(why, _("'%s' is below the smallest allowed value, %lld"), q, e->lo);
	else if (read_as)
		buf_printf(why, _("'%s' is read as %lld, which is above the largest allowed "
		           "value, %lld"), q, x, e->hi);
	else
		buf_printf(why, _("'%s' is above the largest allowed value, %lld"), q, e->hi);
	/* TRANSLATORS: each follows one of the sentences above, the value and
	 * its range. */
	/* Apple's pppd hands the whole number to the kernel as bits; by
	 * Family/ppp_defs.h and ppp_if.c in Apple's full source (outside the
	 * pinned copy) 4 and 8 ask for DHCP interception and no higher bit is
	 * looked at, so a value past 3 is not simply a non-working one */
	if (strcmp(e->name, "ip-src-address-filter") == 0)
		buf_adds(why, _("; pppd takes it and hands the whole number on as bits, where 4 and 8 "
		           "also turn on DHCP interception and higher bits do nothing (derived from "
		           "Apple's full source, not tried on a Mac; pppconf explain "
		           "ip-src-address-filter says more)."));
	else if (e->flags & CATALOG_WORKS)
		buf_printf(why, _("; pppd takes it, but not as a working setting (pppconf "
		           "explain %s says what it does)."), e->name);
	else
		buf_adds(why, soft ? _("; pppd goes on, but logs an error and uses the default instead.")
		                   : _("; pppd refuses it."));
	buf_free(&b);
}

/* Numbers whose odd values only their readers show (two ranges of
 * Linux's eap-max-rreq, one of its eap-max-sreq, Apple's retrylinkcheck
 * and busycode, Linux's mo-timeout at the largest int, connect-delay past
 * what an int holds in microseconds, Apple's modemdialmode outside 0 to
 * 2, Linux pppoe.so's level below 0): the range, and
 * what it does, with the value quoted. */
static const struct {
	const char *name;
	long long lo, hi;
	const char *msg;
} catalog_int_odd[] = {
	/* Linux's eap.c counts each EAP request from the peer, from 1
	 * up, and gives up once the count is above a limit that is not
	 * 0 (linux-ppp-2.5.3/pppd/eap.c:1701-1708; 2.4.9's eap.c:1751-1758),
	 * which 1 already is when the limit is below 0; giving up closes
	 * the link (2.5.3's auth.c:1110). Left out: an EAP login the peer
	 * never asks for. */
	{ "eap-max-rreq", LLONG_MIN, -1,
	  N_("'%s' is below 0, so pppd gives up at the first EAP "
	     "request from the peer and closes the link: this side can "
	     "never log in to the peer with EAP (0 means no limit).") },
	/* the same lines compare a one-byte count (eap.h:159; 2.4.9's
	 * eap.h:154) with '>', so no count passes 255 or more (it wraps to
	 * 0). Left out: an EAP login the peer never asks for. */
	{ "eap-max-rreq", 255, LLONG_MAX,
	  N_("'%s' is 255 or more, but pppd keeps its count of the "
	     "peer's EAP requests in one byte, which never gets above 255, "
	     "so this sets no limit at all, the same as 0.") },
	/* the requests pppd sends are counted in a byte too (eap.h:159)
	 * and stop once the count reaches the limit (eap.c:844-845;
	 * 2.4.9's eap.c:914-915), which a byte never does at 256 */
	{ "eap-max-sreq", 256, LLONG_MAX,
	  N_("'%s' is 256 or more, but pppd keeps its count of the EAP "
	     "requests it sends in one byte, which never reaches 256, so this "
	     "sets no limit at all, the same as 0.") },
	/* Apple's pppd counts the checks from the count plus one
	 * (Helpers/pppd/main.c:629), an int sum that overflows at the
	 * largest int; what the compiled loop then does is not shown by
	 * the source, so both outcomes are named */
	{ "retrylinkcheck", INT_MAX, INT_MAX,
	  N_("'%s' is the largest count pppd can hold, and pppd adds "
	     "the first check to it, which overflows; C does not define what "
	     "follows: if the sum wraps, pppd makes no check at all and ends "
	     "the attempt at once as unreachable (derived from Apple's source, "
	     "not tried on a Mac).") },
	/* pppd adds its built-in 1 (linux-ppp-2.5.3/pppd/options.c:416,
	 * :899; 2.4.9 alike): an int overflow. Wrapped, the check is armed
	 * in the past (main.c:1429), re-arms itself so (auth.c:1285), and
	 * calltimeout (main.c:1477) keeps running it. Left out: a compiler
	 * that does not wrap; the text says C leaves it open. */
	{ "mo-timeout", INT_MAX, INT_MAX,
	  N_("'%s' is the largest number pppd can hold, and pppd adds "
	     "one to it, which overflows; C does not define what follows: if "
	     "the sum wraps, then once the link is up with a traffic limit "
	     "(maxoctets, or one from a RADIUS reply) pppd repeats the limit "
	     "check without pause and does nothing else until the limit is "
	     "reached (derived from the source, not tried).") },
	/* Linux's older route call for the IPv4 default route stores the
	 * metric plus one in rt_metric (linux-ppp-2.4.9/pppd/sys-linux.c:1712,
	 * the only way 2.4.9 adds it; linux-ppp-2.5.3/pppd/sys-linux.c:2366,
	 * only once netlink at :2356 has failed). That field is a 16-bit signed
	 * one in Linux's struct rtentry, a system header outside the pinned
	 * sources, so above 32766 the sum does not fit. Left out: what number
	 * the kernel then makes of it, and whether netlink fails on a given
	 * 2.5.3 system. The explain text says the same. */
	{ "defaultroute-metric", 32767, LLONG_MAX,
	  N_("'%s' is above 32766: where pppd adds the IPv4 default route with "
	     "its older route call (always in Linux pppd 2.4.9; in 2.5.3 only "
	     "when its netlink request fails), it puts the number plus one in a "
	     "16-bit signed field of Linux's route structure, so the route does "
	     "not get this metric (derived from the source, not tried).") },
	/* connect-delay becomes a wait of listen_time * 1000 microseconds,
	 * an int product (linux-ppp-2.5.3/pppd/lcp.c:459; 2.4.9's lcp.c:433;
	 * Apple's Helpers/pppd/lcp.c:512), which 2147484 or more, or -2147484
	 * or less, does not fit. Wrapped, a large positive number can give a
	 * negative wait (due at once, main.c:1484) or a short one, and a large
	 * negative one a wait of up to about 36 minutes. Left out: a compiler
	 * that does not wrap; the text says C leaves it open. */
	{ "connect-delay", 2147484, LLONG_MAX,
	  N_("'%s' is above 2147483: pppd turns the milliseconds into "
	     "microseconds in an int, which this many do not fit; C does not "
	     "define what follows: if the product wraps, pppd waits for the "
	     "peer some other time, or not at all, not the time asked for "
	     "(derived from the source, not tried).") },
	{ "connect-delay", LLONG_MIN, -2147484,
	  N_("'%s' is below -2147483: pppd turns the milliseconds into "
	     "microseconds in an int, which this many do not fit; C does not "
	     "define what follows: if the product wraps, pppd may wait up to "
	     "about 36 minutes for the peer, where a negative number nearer 0 "
	     "means no wait (derived from the source, not tried).") },
	/* PPPSerial.ppp turns modemdialmode into the modem script's
	 * dial-mode key: 1 and 2 have keys of their own, every other int
	 * gets the wait-for-dial-tone key of 0 (Apple's
	 * Drivers/PPPSerial/PPPSerial-plugin/main.c:492); the option has
	 * no limits (main.c:184). Left out: whether the plugin uses the
	 * value at all (a modemscript line, no modem settings from
	 * PPPController), which check_noeffect.c says. */
	{ "modemdialmode", LLONG_MIN, -1,
	  N_("'%s' is not 0, 1 or 2: the PPPSerial plugin then hands the "
	     "modem script the same dial mode as for 0, waiting for the dial "
	     "tone (derived from Apple's source, not tried on a Mac).") },
	{ "modemdialmode", 3, LLONG_MAX,
	  N_("'%s' is not 0, 1 or 2: the PPPSerial plugin then hands the "
	     "modem script the same dial mode as for 0, waiting for the dial "
	     "tone (derived from Apple's source, not tried on a Mac).") },
	/* Apple's pppd redials while the connect step's code equals
	 * busycode (Helpers/pppd/main.c:683); a connect script that
	 * succeeded gives 0 (tty.c:855), as does L2TP.ppp once connected
	 * and PPPoE.ppp always. Left out: whether redialcount or
	 * redialalternate is set anywhere, and the plugins that put their
	 * own code in place of this one; the text says both. */
	{ "busycode", 0, 0,
	  N_("'%s' is also the code of a connect step that worked, so "
	     "whenever pppd may redial (redialcount above 0, or "
	     "redialalternate) it drops each such connection and dials "
	     "again, and the last try decides, whatever it brings; only "
	     "where the modem plugin or L2TP.ppp puts its own code in place "
	     "of this one does it not count (derived from Apple's source, "
	     "not tried on a Mac).") },
	/* pppoe.so's level: 2.5.3 logs only from 1 up (linux-ppp-2.5.3/pppd/
	 * plugins/pppoe/discovery.c:151, :165, :174, :468), while 2.4.9 logs
	 * the concentrators' names for any value but 0 (linux-ppp-2.4.9/pppd/
	 * plugins/pppoe/discovery.c:141). The same for the older spelling. */
	{ "pppoe-verbose", LLONG_MIN, -1,
	  N_("'%s' is below 0: Linux pppd 2.5.3's pppoe.so logs only at 1 or "
	     "more, so there it stays quiet as for 0, while 2.4.9's logs the "
	     "access concentrators' names as for 1.") },
	{ "rp_pppoe_verbose", LLONG_MIN, -1,
	  N_("'%s' is below 0: Linux pppd 2.5.3's pppoe.so logs only at 1 or "
	     "more, so there it stays quiet as for 0, while 2.4.9's logs the "
	     "access concentrators' names as for 1.") },
};

/* The odd values of catalog_int_odd, and Apple's l2tptimeoutcap; 1: said
 * (into why, when given). */
static int catalog_int_apple_odd(const struct catalog_entry *e, const char *val,
                                 size_t len, long long x, struct buf *why)
{
	struct buf b;
	size_t i;

	buf_init(&b);
	if (x >= 32768 && x <= 65535 && strcmp(e->name, "l2tptimeoutcap") == 0) {
		/* Apple's L2TP kernel extension keeps the cap as twice the value
		 * in a u_int16_t (L2TP-extension/l2tp_rfc.c, SETTIMEOUTCAP, in
		 * Apple's full source only); what the wrapped cap then does to the
		 * resends is left out */
		if (why)
			buf_printf(why, _("'%s' fits the 16 bits the plugin hands on, but the L2TP "
			           "kernel extension doubles it into a 16-bit count of half-seconds, "
			           "which keeps %lld of them (derived from Apple's full source, not tried on "
			           "a Mac)."), catalog_value_quote(&b, val, len),
			           (long long)(unsigned short)((x * 2) & 0xffff));
		buf_free(&b);
		return 1;
	}
	for (i = 0; i < sizeof catalog_int_odd / sizeof catalog_int_odd[0]; i++) {
		if (x < catalog_int_odd[i].lo || x > catalog_int_odd[i].hi ||
		    strcmp(e->name, catalog_int_odd[i].name) != 0)
			continue;
		if (why)
			buf_printf(why, _(catalog_int_odd[i].msg), catalog_value_quote(&b, val, len));
		buf_free(&b);
		return 1;
	}
	buf_free(&b);
	return 0;
}

/* l2tptimeoutcap past the plugin: L2TP.ppp hands on the low 16 bits
 * (L2TP-plugin/main.c:2451), and Apple's L2TP kernel extension keeps
 * twice that in a u_int16_t (L2TP-extension/l2tp_rfc.c, SETTIMEOUTCAP,
 * in Apple's full source only), so a handed-on 32768 or more wraps there.
 * x is the int pppd holds, from a word read as another number (say16:
 * the 16-bit step is not said yet). What the wrapped cap then does to
 * the resends is left out, as in catalog_int_apple_odd. */
static void catalog_l2tp_cap_tail(const struct catalog_entry *e, long long x, int say16,
                                  struct buf *why)
{
	unsigned short v = (unsigned short)(x & 0xffff);

	if (!why || x < 4 || strcmp(e->name, "l2tptimeoutcap") != 0)
		return;
	if (say16 && x > 65535)
		buf_printf(why, _(" The plugin then keeps 16 bits of it and passes %lld."),
		           (long long)v);
	if (v >= 32768)
		buf_printf(why, _(" The L2TP kernel extension then doubles that into a 16-bit "
		           "count of half-seconds, which keeps %lld of them (derived from "
		           "Apple's full source, not tried on a Mac)."),
		           (long long)(unsigned short)((v * 2) & 0xffff));
}

/* A word whose plugin hands the number on in 16 bits (Apple's L2TP.ppp,
 * PPPoE.ppp, Radius.ppp: L2TP-plugin/main.c:2451, for one); pppol2tp.so keeps the whole
 * int, so it is left out, as are pppd's own 16-bit words (no plugin). */
/* A value pppd reads as another number (digits after it, or one too
 * wide for an int) meets the odd ranges above as that number: say what
 * the table says, quoting the number pppd reads. busycode and
 * l2tptimeoutcap are left out here: their own helpers speak for them. */
static void catalog_int_odd_read(const struct catalog_entry *e, long long x, struct buf *why)
{
	char rd[32];

	if (!why || strcmp(e->name, "busycode") == 0 || strcmp(e->name, "l2tptimeoutcap") == 0)
		return;
	snprintf(rd, sizeof rd, "%lld", x);
	if (!catalog_int_apple_odd(e, rd, strlen(rd), x, NULL))
		return;
	buf_addc(why, ' ');
	catalog_int_apple_odd(e, rd, strlen(rd), x, why);
}

static int catalog_u16_plugin(const struct catalog_entry *e)
{
	return (e->flags & CATALOG_U16) && e->plugin && strcmp(e->plugin, "pppol2tp.so") != 0;
}

/* What a 16-bit word does with x, a number outside 0..65535 (said in why). */
static void catalog_int_u16_why(const struct catalog_entry *e, const char *val, size_t len,
                                long long x, struct buf *why)
{
	struct buf b;

	buf_init(&b);
	/* pppol2tp.so keeps the whole int; only the separate openl2tp.so
	 * cuts it to 16 bits when it reports to openl2tpd (openl2tp.c:183) */
	if (e->plugin && strcmp(e->plugin, "pppol2tp.so") == 0)
		buf_printf(why, _("'%s' does not fit the 16 bits in which the openl2tp.so "
		           "plugin hands it on to openl2tpd, which then gets %lld; "
		           "without openl2tp.so the number is passed on nowhere."),
		           catalog_value_quote(&b, val, len),
		           (long long)(unsigned short)(x & 0xffff));
	/* mrru goes out only with multilink: without it pppd clears the
	 * request (linux-ppp-2.5.3/pppd/lcp.c:648-649), so the value is
	 * offered to no one then */
	else if (!e->plugin && strcmp(e->name, "mrru") == 0)
		buf_printf(why, _("'%s' does not fit the 16 bits in which pppd sends it to "
		           "the peer when multilink is on; the peer is then offered %lld "
		           "(pppconf explain mrru says what follows)."),
		           catalog_value_quote(&b, val, len),
		           (long long)(unsigned short)(x & 0xffff));
	/* pppd itself: an LCP option's 16-bit field (lcp.c's ADDCISHORT),
	 * read back whole when the peer acknowledges it */
	else if (!e->plugin)
		buf_printf(why, _("'%s' does not fit the 16 bits in which pppd sends it to "
		           "the peer, which is offered %lld (pppconf explain %s says what "
		           "follows)."), catalog_value_quote(&b, val, len),
		           (long long)(unsigned short)(x & 0xffff), e->name);
	/* PPPoE.ppp skips only an int of 0; one that is 0 in 16 bits it
	 * hands on, and by the timer of PPPoE-extension (in Apple's full
	 * tree, not the pinned copy) a call then fails at the first tick */
	else if (strcmp(e->name, "pppoeconnecttimer") == 0 && (x & 0xffff) == 0)
		buf_printf(why, _("'%s' does not fit the 16 bits the plugin hands on, so it "
		           "passes 0, and then every outgoing PPPoE call fails within about a second "
		           "(derived from Apple's source, not tried on a Mac)."),
		           catalog_value_quote(&b, val, len));
	/* pppoeretrytimer the same way: a retry time of 0 in 16 bits leaves
	 * the extension's resend mark at the call's full time, reached once
	 * at the first tick and never again (pppoe_rfc.c's timer) */
	else if (strcmp(e->name, "pppoeretrytimer") == 0 && (x & 0xffff) == 0)
		buf_printf(why, _("'%s' does not fit the 16 bits the plugin hands on, so it "
		           "passes 0, which is not the default (only a written 0 keeps that): "
		           "each discovery packet (PADI, then PADR) is then sent again only "
		           "once, within a second of the first (derived from Apple's source, "
		           "not tried on a Mac)."), catalog_value_quote(&b, val, len));
	else
		buf_printf(why, _("'%s' does not fit the 16 bits the plugin hands on, so it "
		           "passes %lld."), catalog_value_quote(&b, val, len),
		           (long long)(unsigned short)(x & 0xffff));
	buf_free(&b);
}

/* busycode read as 0 from another spelling ("08", "0x", "0abc", 2^32):
 * the same catch as a written 0 (catalog_int_apple_odd), added after what
 * the word is read as. */
static void catalog_busycode_zero(const struct catalog_entry *e, long long x, struct buf *why)
{
	if (why && x == 0 && strcmp(e->name, "busycode") == 0)
		buf_adds(why, _(" As 0 it also matches a connect step that worked, so whenever "
		         "pppd may redial (redialcount above 0, or redialalternate) it drops each "
		         "such connection and dials again, unless the modem plugin or L2TP.ppp puts "
		         "its own code in place of this one (derived from Apple's source, not "
		         "tried on a Mac)."));
}

/* mrru goes to the peer in 16 bits (linux-ppp-2.5.3/pppd/lcp.c:763): a
 * number too wide for pppd's int is first cut to the int said before it,
 * then to 16 bits, with what pppconf explain mrru says follows. Other
 * 16-bit words of pppd's own are left out here. */
static void catalog_int_wide_mrru(const struct catalog_entry *e, long long x, int wide,
                                  struct buf *why)
{
	if (!why || e->plugin || strcmp(e->name, "mrru") != 0)
		return;
	if (wide) /* the 32-bit reading, -1, goes out as 65535 */
		buf_printf(why, _(" With multilink on, pppd then offers the peer its low 16 "
		           "bits: %lld on a 64-bit system, 65535 on a 32-bit one (pppconf "
		           "explain mrru says what follows)."),
		           (long long)(unsigned short)(x & 0xffff));
	else
		buf_printf(why, _(" With multilink on, pppd then offers the peer its low 16 "
		           "bits, %lld (pppconf explain mrru says what follows)."),
		           (long long)(unsigned short)(x & 0xffff));
}

/* mrru from 0 to 127: 2.4.9 and 2.5.3 take any int (lcp.c:186) and, with
 * multilink on, offer it as it is (lcp.c:763); a peer running pppd keeps
 * whatever it is offered (2.5.3's lcp.c:1777-1780) and makes the smaller
 * of it and its own mtu value (lcp.c:145, :373) its bundle's MTU
 * (multilink.c:198, :248). 128 is
 * the floor of pppd's development sources after 2.5.3, which the explain
 * text names. Left out: what the kernel makes of such an MTU or of its
 * own reassembly limit, which is not in the pinned sources. */
static int catalog_int_small_mrru(const struct catalog_entry *e, const char *val, size_t len,
                                  long long x, struct buf *why)
{
	struct buf b;

	if (e->plugin || strcmp(e->name, "mrru") != 0 || x < 0 || x > 127)
		return 0;
	if (why) {
		buf_init(&b);
		buf_printf(why, _("'%s' is below 128, the smallest MRRU pppd's development "
		           "sources after 2.5.3 accept; 2.4.9 and 2.5.3 take it and, with "
		           "multilink on, offer the peer an MRRU of %lld, and a peer running pppd "
		           "then sets its bundle's MTU to that number (or to its own mtu value "
		           "if smaller), so it sends no larger packet over the bundle (derived "
		           "from the source, not tried)."),
		           catalog_value_quote(&b, val, len), x);
		buf_free(&b);
	}
	return 1;
}

/* A number past 32 bits: what a 64-bit and a 32-bit pppd make of it. */
static void catalog_int_wide(const struct catalog_entry *e, const char *val, size_t len,
                             long long x, int soft, struct buf *why)
{
	struct buf b;

	buf_init(&b);
	/* number_option's strtoul keeps 64 bits where long has them, and
	 * int_option keeps the low 32 (linux-ppp-2.5.3/pppd/options.c:1623,
	 * :1625); where long is 32 bits strtoul saturates to all ones,
	 * which int_option makes -1 */
	/* where the word has a lower limit above -1, that -1 is refused */
	/* a SOFTRANGE number (Apple's plugin words) is reset to the
	 * default with an error when below its limit, so that -1 is */
	int reset = (e->flags & CATALOG_HAS_MIN) && e->lo > -1 &&
	            (e->flags & CATALOG_SOFTRANGE) && !(e->flags & CATALOG_WORKS);
	if (why && (e->flags & CATALOG_HAS_MIN) && !soft && e->lo > -1)
		buf_printf(why, _("'%s' does not fit pppd's number: on a 64-bit system it "
		           "is read as %lld; on a 32-bit one as -1, which is below "
		           "%lld, so pppd there refuses it."),
		           catalog_value_quote(&b, val, len), x, e->lo);
	else if (why && !e->plugin && (e->flags & CATALOG_HAS_MIN) && e->lo > -1 &&
	         (e->flags & CATALOG_WORKS) && !(e->flags & CATALOG_ZEROOK))
		buf_printf(why, _("'%s' does not fit pppd's number: on a 64-bit system it "
		           "is read as %lld; on a 32-bit one as -1, which is below "
		           "%lld, so not a working setting there (pppconf explain %s "
		           "says what it does)."),
		           catalog_value_quote(&b, val, len), x, e->lo, e->name);
	else if (why && reset)
		buf_printf(why, _("'%s' does not fit pppd's number: on a 64-bit system it "
		           "is read as %lld; on a 32-bit one as -1, which is below "
		           "%lld, so pppd there logs an error and uses the default "
		           "instead."), catalog_value_quote(&b, val, len), x, e->lo);
	else if (why)
		buf_printf(why, _("'%s' does not fit pppd's number: on a 64-bit system it "
		           "is read as %lld, on a 32-bit one as -1."),
		           catalog_value_quote(&b, val, len), x);
	if (why && catalog_u16_plugin(e) && reset)
		buf_printf(why, _(" On a 64-bit system the plugin then keeps 16 bits "
		           "of it and passes %lld."), (long long)(unsigned short)(x & 0xffff));
	else if (why && catalog_u16_plugin(e) &&
	    !((e->flags & CATALOG_HAS_MIN) && !soft && e->lo > -1))
		catalog_int_wide_u16(e, x, why);
	catalog_l2tp_cap_tail(e, x, 0, why);
	catalog_int_wide_mrru(e, x, 1, why);
	catalog_busycode_zero(e, x, why);
	catalog_l2tp_recv_read(e, x, why);
	buf_free(&b);
}

int catalog_check_int(const struct catalog_entry *e, const char *val,
                      size_t len, struct buf *why)
{
	struct catalog_num n;
	struct buf b;
	long long x;
	int soft = (e->flags & (CATALOG_SOFTRANGE | CATALOG_WORKS)) != 0, r = 0;

	catalog_value_num(val, len, 0, &n);
	if (!n.digits) {
		catalog_value_why(why, _("'%s' is not a number; pppd refuses it."), val, len);
		return 2;
	}
	x = catalog_value_as_int(&n);
	if (!(x == 0 && (e->flags & CATALOG_ZEROOK)) &&
	    (((e->flags & CATALOG_HAS_MIN) && x < e->lo) ||
	     ((e->flags & CATALOG_HAS_MAX) && x > e->hi))) {
		if (why)
			catalog_int_range(e, val, len, &n, x, why);
		return soft ? 1 : 2;
	}
	buf_init(&b);
	if (n.used < len) {
		if (why)
			buf_printf(why, _("'%s' is read as %lld: pppd ignores everything after the "
			           "number."), catalog_value_quote(&b, val, len), x);
		catalog_int_odd_read(e, x, why);
		catalog_busycode_zero(e, x, why);
		catalog_l2tp_recv_read(e, x, why);
		catalog_l2tp_cap_tail(e, x, 1, why);
		r = 1;
	} else if (n.base == 8 && n.v >= 8) {
		if (why)
			buf_printf(why, _("'%s' starts with 0, so pppd reads it as an octal number: "
			           "%lld."), catalog_value_quote(&b, val, len), x);
		catalog_l2tp_recv_read(e, x, why);
		catalog_l2tp_cap_tail(e, x, 1, why);
		r = 1;
	} else if (!n.overflow && n.v > 0xffffffffull) {
		catalog_int_wide(e, val, len, x, soft, why);
		r = 1;
	} else if (!n.overflow && !n.neg && x == -1 &&
	           strcmp(e->name, "defaultroute6-metric") == 0) {
		/* 4294967295 (or 0xffffffff) is read as the int -1, but this
		 * option's variable is unsigned (linux-ppp-2.5.3/pppd/ipv6cp.c:182)
		 * and netlink gets it as it is (sys-linux.c:2433, :2289): the
		 * metric is the number written, nothing to say */
		r = 0;
	} else if (n.overflow || (!n.neg && n.v > (unsigned long long)INT_MAX) ||
	           (n.neg && n.v > (unsigned long long)INT_MAX + 1)) {
		/* a '-' before more than 2147483648 wraps the other way:
		 * -2147483649 is read as 2147483647 */
		if (why)
			buf_printf(why, _("'%s' does not fit pppd's number and is read as %lld."),
			           catalog_value_quote(&b, val, len), x);
		if (why && catalog_u16_plugin(e))
			buf_printf(why, _(" The plugin then keeps 16 bits of it and passes %lld."),
			           (long long)(unsigned short)(x & 0xffff));
		catalog_l2tp_cap_tail(e, x, 0, why);
		catalog_int_wide_mrru(e, x, 0, why);
		catalog_int_odd_read(e, x, why);
		catalog_l2tp_recv_read(e, x, why);
		r = 1;
	} else if (catalog_int_apple_odd(e, val, len, x, why) ||
	           catalog_l2tp_recv_odd(e, val, len, x, why) ||
	           catalog_shape_cancelcode(e->name, val, len, x, why) ||
	           catalog_shape_extraconnect(e->name, val, len, x, why)) {
		r = 1;
	} else if (catalog_int_small_mrru(e, val, len, x, why)) {
		r = 1;
	} else if ((e->flags & CATALOG_U16) && (x < 0 || x > 65535)) {
		if (why)
			catalog_int_u16_why(e, val, len, x, why);
		catalog_l2tp_cap_tail(e, x, 0, why);
		r = 1;
	}
	buf_free(&b);
	return r;
}
