/* catalog_pppoe.c - values the pppoe plugin reads with a parser of its own: host-uniq, a MAC address, pppoe-sess's session:MAC; and what a 16-bit plugin word (Apple's PPPoE.ppp timers) passes from a number wider than 32 bits. */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include <ctype.h>
#include <string.h>

#include "base/i18n.h"

/* ---- PPPoE host-uniq -------------------------------------------------- */

/* Kept as text, read when pppd connects (parseHostUniq,
 * linux-ppp-2.5.3/pppd/plugins/pppoe/pppoe.h:284, called at plugin.c:183;
 * the same in 2.4.9, pppoe.h:289 and plugin.c:189): an even number of hex
 * digits, none at all refused too (its !len test, pppoe.h:293), or pppd
 * stops with a fatal error. pppconf reads values from files, where pppd
 * keeps only the first 1023 bytes of a word (MAXWORDLEN, pppd.h:62; the cut
 * at options.c:1582, 2.4.9 pppd.h:72 and options.c:1358): a longer value is
 * cut to 1023 characters, an odd count, so it always fails the same way.
 * pppconf's own reader makes the same cut, so a value read from a file
 * arrives here 1023 bytes long, and the message must not call it "not
 * pairs of hex digits" when it was written as pairs: 1023 bytes or more
 * get the cut's message, true of a value written that long or cut to it.
 * The quoted log line is the one in 2.4.9 and 2.5.3 (plugin.c:189, :184);
 * 2.4.8, whose plugin was rp-pppoe.so, is not in the pinned sources, so
 * the message names the releases it quotes.
 * The cut also keeps any value that parses small enough (at most 511 bytes)
 * for the discovery request's room check (CHECK_ROOM, pppoe.h:313, with
 * 1502 bytes of payload), so that check is not modelled here; a value given
 * on pppd's command line, which has no such cut, is not checked here. */
int catalog_shape_host_uniq(const char *val, size_t len, struct buf *why)
{
	size_t i;

	if (len >= 1023) {
		catalog_value_why(why, _("'%s' is 1023 bytes long or longer, and pppd keeps at most "
		                  "1023 bytes of a word in a file: an odd number of characters, so "
		                  "pppd takes the value but stops when it connects (Linux pppd 2.4.9 "
		                  "and 2.5.3 log \"Illegal value for pppoe-host-uniq option\")."),
		                  val, len);
		return 1;
	}
	for (i = 0; i < len && isxdigit((unsigned char)val[i]); i++)
		continue;
	if (len > 0 && i == len && len % 2 == 0)
		return 0;
	catalog_value_why(why, _("'%s' is not one or more pairs of hex digits; pppd "
	                  "takes it, but stops when it connects (Linux pppd 2.4.9 and 2.5.3 "
	                  "log \"Illegal value for pppoe-host-uniq option\")."), val, len);
	return 1;
}

/* ---- a MAC address ---------------------------------------------------- */

/* Reads a MAC address as the pppoe plugin's sscanf "%x:%x:%x:%x:%x:%x"
 * does (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:436): six hex numbers,
 * each after optional blanks, a sign and 0x, separated by ':'; text after
 * the sixth is ignored. Returns 0 when pppd could not read six, 1 when it
 * reads six but not as written (a part above ff or with a '-' keeps only
 * its low byte, plugin.c:443; text after the sixth is ignored), 2 for an
 * address read as written, such as 00:11:22:33:44:55, 0:1:2:3:4:5, 0x0:...
 * or one with blanks or a '+' before a part (sscanf skips them). */
static int catalog_mac(const char *s, size_t len)
{
	size_t i = 0, f, digits, sig;
	int plain = 1, zero_x;

	for (f = 0; f < 6; f++) {
		if (f > 0 && (i >= len || s[i++] != ':'))
			return 0;
		/* blanks and a '+' leave the number as written; a '-' does not */
		while (i < len && isspace((unsigned char)s[i]))
			i++;
		if (i < len && s[i] == '-')
			plain = 0;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		zero_x = i + 1 < len && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X');
		if (zero_x)  /* glibc takes a bare "0x" as 0 */
			i += 2;
		digits = i;
		while (i < len && s[i] == '0')
			i++;
		sig = i;
		while (i < len && isxdigit((unsigned char)s[i]))
			i++;
		if (i == digits && !zero_x)
			return 0;
		if (i - sig > 2)
			plain = 0;
	}
	return plain && i == len ? 2 : 1;
}

/* catalog_check_value's answer for a MAC address read by catalog_mac. */
static int catalog_mac_verdict(int mac, const char *val, size_t len, struct buf *why)
{
	if (mac == 2)
		return 0;
	if (mac == 1) {
		catalog_value_why(why, _("pppd reads '%s' as a MAC address, but not as written: a part "
		            "above ff or with a minus sign keeps only its low byte, and text after the "
		            "sixth part is ignored."), val, len);
		return 1;
	}
	return 2;
}

int catalog_shape_mac(const char *val, size_t len, struct buf *why)
{
	if (catalog_mac(val, len))
		return catalog_mac_verdict(catalog_mac(val, len), val, len, why);
	catalog_value_why(why, _("'%s' is not six hex numbers separated by colons, like "
	                  "00:11:22:33:44:55; pppd refuses it."), val, len);
	return 2;
}

/* pppoe-sess: "%d:%x:%x:%x:%x:%x:%x", read only when pppd connects
 * (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:199). */
int catalog_shape_sessid_mac(const char *val, size_t len, struct buf *why)
{
	const char *colon = memchr(val, ':', len);
	struct catalog_num n;
	int mac;

	if (colon) {
		catalog_value_num(val, (size_t)(colon - val), 10, &n);
		mac = catalog_mac(colon + 1, len - (size_t)(colon - val) - 1);
		/* %d reads the number as a signed long, held at LONG_MAX or
		 * LONG_MIN when it goes past them; the int it lands in keeps
		 * the low 32 bits and htons the low 16 (plugin.c:199, :204).
		 * Past the int's range a 32-bit long is already held at its
		 * bound, whose low 16 bits are 65535 (positive) or 0. This
		 * follows glibc's scanf; C leaves such overflow undefined. */
		if (n.digits && n.used == (size_t)(colon - val) && mac &&
		    (n.neg ? n.v != 0 : n.v > 65535)) {
			struct buf b = { NULL, 0, 0 }, ses_why = { NULL, 0, 0 };
			unsigned long long bound = n.neg ? 0x8000000000000000ull : 0x7fffffffffffffffull;
			unsigned long long l64 = n.v > bound ? bound : n.v;
			unsigned long long ses = (n.neg ? 0ull - l64 : l64) & 0xffffull;

			if (n.v > (n.neg ? 0x80000000ull : 0x7fffffffull))
				buf_printf(&ses_why, _("'%s': the session number does not fit pppd's number, "
				           "and pppd keeps only 16 bits of what it reads: on a 64-bit "
				           "system it uses session %llu, on a 32-bit one session %llu."),
				           catalog_value_quote(&b, val, len), ses, n.neg ? 0ull : 65535ull);
			else
				buf_printf(&ses_why, _("'%s': the session number keeps only its low 16 bits, "
				           "so pppd uses session %llu."),
				           catalog_value_quote(&b, val, len), ses);
			/* a MAC part that is not read as written is said too */
			if (mac == 1)
				buf_printf(why, _("%s The MAC address is not read as written either: "
				           "a part above ff or with a minus sign keeps only its low byte, and "
				           "text after the sixth part is ignored."), ses_why.data);
			else
				buf_printf(why, "%s", ses_why.data);
			buf_free(&ses_why);
			buf_free(&b);
			return 1;
		}
		/* only the part after the session is the MAC address */
		if (n.digits && n.used == (size_t)(colon - val) && mac)
			return catalog_mac_verdict(mac, colon + 1, len - (size_t)(colon - val) - 1, why);
	}
	/* pppd keeps the text as given and reads it only when it connects. */
	catalog_value_why(why, _("'%s' is not session:MAC like 1234:00:11:22:33:44:55; pppd "
	                  "takes the line but stops with a fatal error when it connects."), val, len);
	return 1;
}

/* What a 16-bit plugin word does with x, read from a number wider than
 * 32 bits on a 64-bit system (on a 32-bit one it is -1, so 65535).
 * PPPoE.ppp hands a timer on only when the int is not 0
 * (PPPoE-plugin/main.c:307, :315), so an x of 0 leaves the kernel
 * extension's own value; pppoeconnecttimer's low 16 bits of 0 otherwise
 * fail every call and pppoeretrytimer's resend only once, as in
 * catalog_int_u16_why.  Other plugins are not
 * read here for what they do with 0, so they get the plain sentence. */
void catalog_int_wide_u16(const struct catalog_entry *e, long long x, struct buf *why)
{
	if (x == 0 && strcmp(e->plugin, "PPPoE.ppp") == 0)
		buf_adds(why, _(" The plugin skips a timer of 0, so the PPPoE kernel "
		         "extension keeps its own value (on a 32-bit system the plugin "
		         "passes 65535)."));
	else if ((x & 0xffff) == 0 && strcmp(e->name, "pppoeconnecttimer") == 0)
		buf_adds(why, _(" The plugin then keeps 16 bits of it and passes 0, and then "
		         "every outgoing PPPoE call fails within about a second (on a 32-bit "
		         "system it passes 65535; derived from Apple's source, not tried on a "
		         "Mac)."));
	else if ((x & 0xffff) == 0 && strcmp(e->name, "pppoeretrytimer") == 0)
		buf_adds(why, _(" The plugin then keeps 16 bits of it and passes 0, which is "
		         "not the default: each discovery packet (PADI, then PADR) is then sent "
		         "again only once, within a second of the first (on a 32-bit system it "
		         "passes 65535; derived from Apple's source, not tried on a Mac)."));
	else
		buf_printf(why, _(" The plugin then keeps 16 bits of it and passes %lld "
		           "(65535 on a 32-bit system)."),
		           (long long)(unsigned short)(x & 0xffff));
}
