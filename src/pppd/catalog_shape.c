/* catalog_shape.c - values pppd reads with a parser of its own: endpoint discriminators, serial speeds, IPX router names and node numbers, set's NAME=VALUE and unset's NAME, netmasks, escape's codes, ipv6's identifiers; and Apple's cancelcode, whose never-matching values only its reader shows. */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <limits.h>
#include <netinet/in.h>
#include <string.h>
#include <strings.h>

#include "base/i18n.h"

/* ---- endpoint --------------------------------------------------------- */

/* str_to_epdisc's class names, in its order (each matched as a prefix, any
 * case): linux-ppp-2.5.3/pppd/multilink.c:479 and :538; the same code in
 * linux-ppp-2.4.9/pppd/multilink.c:519 and
 * apple-ppp-1027.121.1/Helpers/pppd/multilink.c:373. */
static const char *const catalog_shape_classes[] = {
	"null", "local", "IP", "MAC", "magic", "phone"
};

enum { CATALOG_SHAPE_EPD_IP = 2, CATALOG_SHAPE_EPD_MAC = 3, CATALOG_SHAPE_MAX_ENDP = 20 };

/* parse_dotted_ip (linux-ppp-2.5.3/pppd/ipcp.c:548): four parts of 0..255
 * joined by '.', or one number above 255 alone; each read by strtoul into
 * 32 bits. The bytes it reads, 0 when it cannot; the address in *value
 * (may be NULL). */
static size_t catalog_shape_dotted(const char *s, size_t len, unsigned long *value)
{
	size_t pos = 0;
	unsigned long v = 0;
	int part;
	struct catalog_num n;

	for (part = 0; part < 4; part++) {
		unsigned long long b;
		catalog_value_num(s + pos, len - pos, 0, &n);
		if (!n.digits)
			return 0;
		b = (n.neg ? 0ull - n.v : n.v) & 0xffffffffull;
		pos += n.used;
		if (b > 255) {
			if (part != 0)
				return 0;
			v = (unsigned long)b;
			break;
		}
		v |= (unsigned long)b << ((3 - part) * 8);
		if (part < 3 && (pos >= len || s[pos++] != '.'))
			return 0;
	}
	if (value)
		*value = v;
	return pos;
}

/* The value after "class:" read as str_to_epdisc's hex loop reads it
 * (multilink.c:582-598): runs of hex digits, a run of odd length giving a
 * byte of its first digit, an even one two digits a byte, one ':' or '.'
 * allowed after each byte. The bytes, or -1 when pppd cannot read it. */
static int catalog_shape_hex_bytes(const char *s, size_t len)
{
	size_t q = 0, run_end = 0;
	int l;

	for (l = 0; l < CATALOG_SHAPE_MAX_ENDP && q < len; l++) {
		if (run_end <= q)
			for (run_end = q; run_end < len && isxdigit((unsigned char)s[run_end]);)
				run_end++;
		if (run_end == q)
			return -1;
		q += ((run_end - q) & 1) ? 1 : 2;
		if (q < len && (s[q] == ':' || s[q] == '.'))
			q++;
	}
	return q == len ? l : -1;
}

/* reason: marked by the caller, translated here */
static int catalog_shape_endpoint_no(struct buf *why, const char *val, size_t len,
                                     const char *reason)
{
	struct buf b = { NULL, 0, 0 };

	if (why)
		buf_printf(why, _("pppd cannot read '%s' as an endpoint discriminator and refuses "
		           "it: %s."), catalog_value_quote(&b, val, len), _(reason));
	buf_free(&b);
	return 2;
}

/* A class number outside 0..255 that pppd still takes. */
static int catalog_shape_endpoint_wide(struct buf *why, const char *val, size_t len)
{
	catalog_value_why(why, _("pppd takes '%s', but keeps the class in one byte, so a class "
	                  "number below 0 or above 255 is announced as a different class (derived "
	                  "from the source, not tried)."), val, len);
	return 1;
}

/* Linux's cbcp_resp warns that it cuts a callback number to 250
 * characters but copies slen + 1 bytes, the 251st in the place of the
 * closing zero byte (linux-ppp-2.5.3/pppd/cbcp.c:370-380; 2.4.9
 * cbcp.c:367-376). */
int catalog_shape_callback(const char *val, size_t len, struct buf *why)
{
	(void)val;
	if (len <= 250)
		return 0;
	if (why)
		buf_printf(why, _("a number of %zu characters is longer than pppd keeps: it warns "
		           "that it cuts it to 250, but then sends the first 251 without the closing "
		           "zero byte."), len);
	return 1;
}

/* setendpoint refuses what str_to_epdisc cannot read (linux-ppp-2.5.3/
 * pppd/lcp.c:333; 2.4.9 lcp.c:306; Apple's lcp.c:359). */
int catalog_shape_endpoint(const char *val, size_t len, struct buf *why)
{
	size_t i, pos = 0;
	long long cls = -1;
	int bytes, wide = 0;
	struct catalog_num n;

	for (i = 0; i < sizeof catalog_shape_classes / sizeof catalog_shape_classes[0]; i++) {
		size_t sl = strlen(catalog_shape_classes[i]);
		if (len >= sl && strncasecmp(val, catalog_shape_classes[i], sl) == 0) {
			cls = (long long)i;
			pos = sl;
			break;
		}
	}
	if (cls < 0) {   /* a class number, strtol base 10 into an int */
		catalog_value_num(val, len, 10, &n);
		if (!n.digits)
			return catalog_shape_endpoint_no(why, val, len, N_("the class must be null, "
			                                  "local, IP, MAC, magic, phone or a number"));
		cls = (long long)(int)(unsigned)((n.neg ? 0ull - n.v : n.v) & 0xffffffffull);
		pos = n.used;
		/* the class is kept in one byte (linux-ppp-2.5.3/pppd/lcp.h:95;
		 * 2.4.9's pppd.h:191), so another number is sent as another class */
		wide = (n.neg && n.v != 0) || n.overflow || n.v > 255;
	}
	if (pos == len)
		return wide ? catalog_shape_endpoint_wide(why, val, len) : 0;
	if (val[pos] != ':' && val[pos] != '.')
		return catalog_shape_endpoint_no(why, val, len, N_("after the class pppd takes "
		                                  "':' or '.' and the value, or nothing"));
	pos++;
	if (cls == CATALOG_SHAPE_EPD_IP) {
		if (catalog_shape_dotted(val + pos, len - pos, NULL) == len - pos && pos < len)
			return 0;
		return catalog_shape_endpoint_no(why, val, len, N_("IP takes an address such as "
		                                  "IP:10.0.0.1"));
	}
	bytes = catalog_shape_hex_bytes(val + pos, len - pos);
	if ((cls & 255) == CATALOG_SHAPE_EPD_MAC && bytes != 6) {
		/* first tried as the name of a network interface, whose
		 * hardware address is taken (linux-ppp-2.5.3/pppd/multilink.c:569,
		 * sys-linux.c:2666; 2.4.9 multilink.c:555):
		 * a word of hex digits alone, such as 0011 or cafe, can name one
		 * as well as any other. Left out: a value with ':' or '.' in it is
		 * judged as bytes alone, though pppd asks for an interface of that
		 * name first too (such a value is taken to be meant as an address). */
		if (cls == CATALOG_SHAPE_EPD_MAC && pos < len &&
		    (bytes < 0 || (!memchr(val + pos, ':', len - pos) &&
		                   !memchr(val + pos, '.', len - pos)))) {
			catalog_value_why(why, _("pppd takes '%s' only when the machine it runs on has a "
			                  "network interface of that name (its hardware address is "
			                  "used); otherwise it refuses it. A MAC address is six hex "
			                  "bytes, such as MAC:00:11:22:33:44:55."), val, len);
			return 1;
		}
		return catalog_shape_endpoint_no(why, val, len, N_("MAC takes six hex bytes, such "
		                                  "as MAC:00:11:22:33:44:55"));
	}
	if (bytes < 0)
		return catalog_shape_endpoint_no(why, val, len, N_("the value must be hex bytes, "
		                                  "at most 20, which ':' or '.' may separate"));
	return wide ? catalog_shape_endpoint_wide(why, val, len) : 0;
}

/* ---- a serial speed --------------------------------------------------- */

/* The rates in Linux pppd's table (linux-ppp-2.5.3/pppd/sys-linux.c:1222). */
static const long catalog_shape_speeds[] = {
	50, 75, 110, 134, 150, 200, 300, 600, 1200, 1800, 2000, 2400, 3600, 4800, 7200,
	9600, 19200, 38400, 57600, 76800, 115200, 153600, 230400, 307200, 460800, 500000,
	576000, 614400, 921600, 1000000, 1152000, 1500000, 2000000, 2500000, 3000000,
	3500000, 4000000
};

/* setspeed reads the word with strtol base 0 (linux-ppp-2.5.3/pppd/tty.c:329;
 * 2.4.9 tty.c:271; Apple's tty.c:350): a leading 0 makes it octal. A rate
 * outside the table: Linux 2.4.9 warns and keeps the port's speed
 * (linux-ppp-2.4.9/pppd/sys-linux.c:937), 2.5.3 asks the driver for that
 * exact rate where BOTHER exists and otherwise stops (linux-ppp-2.5.3/pppd/
 * sys-linux.c:1443, :1474), and Apple's passes
 * the number to the driver (apple-ppp-1027.121.1/Helpers/pppd/sys-MacOSX.c:1473). */
int catalog_shape_speed(const char *val, size_t len, struct buf *why)
{
	struct catalog_num n;
	struct buf q = { NULL, 0, 0 };
	long long x;
	size_t i;
	int standard = 0;

	catalog_value_num(val, len, 0, &n);
	/* strtol, unlike strtoul, saturates at the signed limits: a 64-bit pppd
	 * keeps the low 32 bits of that long in its int, so a word whose low 32
	 * bits are 0 gives 0, which setspeed turns down, and the word is then
	 * unknown; a 32-bit pppd saturates at 2147483647 or -2147483648 (not 0).
	 * Only the word's value is judged here, not whether the port takes it. */
	if (n.overflow || n.v > (n.neg ? 0x8000000000000000ull : 0x7fffffffffffffffull))
		x = n.neg ? 0 : -1;
	else
		x = (long long)(int)(unsigned)((n.neg ? 0ull - n.v : n.v) & 0xffffffffull);
	if (x == 0) {
		if (why)
			buf_printf(why, _("'%s' does not fit pppd's number: a 64-bit pppd reads it "
			           "as 0, which is no speed, so it does not know the word; a 32-bit "
			           "one reads it as %lld and takes it."), catalog_value_quote(&q, val, len),
			           n.neg ? -2147483648LL : 2147483647LL);
		buf_free(&q);
		return 2;
	}
	if (n.v > (n.neg ? 0x80000000ull : 0x7fffffffull)) {
		if (why)
			buf_printf(why, _("'%s' does not fit pppd's number: a 64-bit pppd reads it "
			           "as the speed %lld, a 32-bit one as %lld; neither is a standard "
			           "serial speed."), catalog_value_quote(&q, val, len), x,
			           n.neg ? -2147483648LL : 2147483647LL);
		buf_free(&q);
		return 1;
	}
	/* A minus sign passes setspeed's test (only 0 is turned down), so pppd
	 * keeps the negative number as its speed; it is then off every list the
	 * port code knows, like any other odd speed. */
	if (n.neg) {
		if (why)
			buf_printf(why, _("'%s' is negative: pppd takes it as the speed %lld, but no "
			           "serial line runs at a negative rate; pppd handles it like any "
			           "speed off its usual list (pppconf explain '<speed>' says what "
			           "each pppd then does)."), catalog_value_quote(&q, val, len), x);
		buf_free(&q);
		return 1;
	}
	if (n.base != 8 || n.v < 8)
		return 0;
	for (i = 0; i < sizeof catalog_shape_speeds / sizeof catalog_shape_speeds[0]; i++)
		standard |= x == catalog_shape_speeds[i];
	if (why && standard)
		buf_printf(why, _("'%s' starts with 0, so pppd reads it as an octal number: %lld."),
		           catalog_value_quote(&q, val, len), x);
	else if (why)
		buf_printf(why, _("'%s' starts with 0, so pppd reads it as an octal number: %lld, "
		           "which is no standard serial speed (Linux pppd 2.4.9 then keeps the "
		           "port's speed; 2.5.3 asks the driver for %lld when built with "
		           "arbitrary-speed support and otherwise stops; macOS passes %lld to the "
		           "driver)."), catalog_value_quote(&q, val, len), x, x, x);
	buf_free(&q);
	return 1;
}

/* ---- IPX router name --------------------------------------------------- */

/* setipxname (linux-ppp-2.4.9/pppd/ipxcp.c:348, :353; the same in
 * apple-ppp-1027.121.1/Helpers/pppd/ipxcp.c:383, :387) takes letters,
 * digits and _ (isalnum in pppd's C locale: ASCII only), at most 47 of them
 * (the 48-byte name, ipxcp.h:82); anything else stops pppd. */
int catalog_shape_ipx_name(const char *val, size_t len, struct buf *why)
{
	size_t i;

	/* pppd's order: each character is tested, then counted. */
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)val[i];
		if (c >= 0x80 || (!isalnum(c) && c != '_')) {
			catalog_value_why(why, _("'%s' has a character other than a letter, a digit "
			                  "or _; pppd says \"IPX router name must be alphanumeric "
			                  "or _\" and refuses it."), val, len);
			return 2;
		}
		if (i >= 47) {
			catalog_value_why(why, _("'%s' is longer than 47 characters; pppd says \"IPX "
			                  "router name is limited to 47 characters\" and refuses it."),
			                  val, len);
			return 2;
		}
	}
	return 0;
}

/* ---- IPX node numbers -------------------------------------------------- */

/* setipxnode (linux-ppp-2.4.9/pppd/ipxcp.c:294, :312; the same in
 * apple-ppp-1027.121.1/Helpers/pppd/ipxcp.c:325, :343) reads hex
 * digits, then after one ':' hex digits again, and must stand at the end of
 * the word: anything else stops pppd. Any number of digits is taken (the
 * last 12 kept), none too. */
int catalog_shape_ipx_node(const char *val, size_t len, struct buf *why)
{
	size_t i = 0;

	while (i < len && isxdigit((unsigned char)val[i]))
		i++;
	if (i < len && val[i] == ':')
		for (i++; i < len && isxdigit((unsigned char)val[i]); i++)
			continue;
	if (i == len)
		return 0;
	catalog_value_why(why, _("'%s' is not hex digits, optionally a ':' and more hex digits; "
	                  "pppd says \"invalid parameter\" and refuses it."), val, len);
	return 2;
}

/* ---- l2tpipsecsharedsecret ------------------------------------------------ */

/* Apple's L2TP plugin tests the key's first byte: connecting out with no
 * IPsec section in the request or the service's settings, an empty key
 * stops it with status 7, "L2TP Error 7" (apple-ppp-1027.121.1/Drivers/
 * L2TP/L2TP-plugin/main.c:1545-1547, Controller/en.lproj/
 * Localizable.strings:100). pppd itself takes the empty word. A key in the
 * service's L2TP settings is passed by PPPController at a higher rank than
 * /etc/ppp/options (Controller/ppp_manager.c:911-913, Helpers/pppd/
 * options.c:1853), so then the file's empty word is not the one used. */
int catalog_shape_l2tp_key(size_t len, struct buf *why)
{
	if (len > 0)
		return 0;
	if (why)
		buf_adds(why, _("the key is empty, which the L2TP plugin takes as no key: "
		                "connecting out over IPsec (no l2tpnoipsec) with no IPsec section in "
		                "the connection request or the service's settings, and no key from "
		                "the service's L2TP settings passed by PPPController in its place, "
		                "it stops with L2TP Error 7 (derived from Apple's source, not "
		                "tried on a Mac)."));
	return 1;
}

/* terminalscript "": pppd keeps the empty word as a name
 * (apple-ppp-1027.121.1/Helpers/pppd/options.c:880), PPPSerial.ppp still
 * takes it as set and puts it after /Library/Terminal Scripts/
 * (Drivers/PPPSerial/PPPSerial-plugin/main.c:541,603). */
int catalog_shape_terminal_script(size_t len, struct buf *why)
{
	if (len > 0)
		return 0;
	if (why)
		buf_adds(why, _("the name is empty, which does not turn the script off: PPPSerial.ppp "
		                "then takes the folder /Library/Terminal Scripts/ itself for the "
		                "script (derived from Apple's source, not tried on a Mac)."));
	return 1;
}

/* modemdict N in a file: the word is a byte count, and only PPPController's
 * channel hands pppd the bytes after it, in a second argument slot
 * (apple-ppp-1027.121.1/Helpers/pppd/options.c:1845,1882,1890). A file
 * gives one word (options.c:532-540, n_arguments :993, MAXARGS 1 in
 * pppd.h:116), yet PPPSerial.ppp reads the count's bytes from that second
 * slot all the same (Drivers/PPPSerial/PPPSerial-plugin/main.c:966): a slot
 * past the end of the reader's array, so what happens is undefined. Said
 * for any value; what the undefined read does is not judged. */
int catalog_shape_modemdict(struct buf *why)
{
	if (why)
		buf_adds(why, _("only PPPController's private channel gives pppd the property "
		                "list this byte count announces; from a file, PPPSerial.ppp "
		                "reads those bytes from memory the file never filled, so the "
		                "line sets nothing reliable and may crash pppd (derived from "
		                "Apple's source, not tried on a Mac)."));
	return 1;
}

/* cancelcode (Apple's pppd): the connect and terminal steps compare it with
 * a command's result only when that result is not 0 and cancelcode is not
 * -1 (apple-ppp-1027.121.1/Helpers/pppd/tty.c:855, :860, :967-968), and
 * that result is the command's exit status, 0 to 255, or -1 when pppd could
 * not start it (main.c:2177 and the early returns before it). So 0, a number
 * below -1 and one above 255 never match. -1 is the default, "none".
 * Whether a plugin replaces the value or the step that reads it is left to
 * the explain text. 1: said. */
int catalog_shape_cancelcode(const char *name, const char *val, size_t len, long long x,
                             struct buf *why)
{
	struct buf b = { NULL, 0, 0 };

	if (strcmp(name, "cancelcode") != 0 || x == -1 || (x >= 1 && x <= 255))
		return 0;
	if (why)
		buf_printf(why, _("'%s' never matches: pppd compares cancelcode only with the "
		           "exit code of a connect or terminal command that failed, which is 1 "
		           "to 255, so this line does nothing (-1, the default, turns it off; "
		           "derived from Apple's source, not tried on a Mac)."),
		           catalog_value_quote(&b, val, len));
	buf_free(&b);
	return 1;
}

/* extraconnecttime (Apple's pppd): only L2TP.ppp reads it, and when it is
 * not 0 the plugin sets busycode, redialtimer 3 and redialcount to the value
 * divided by 3 (C division, toward 0) once the options are read
 * (apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/main.c:347-350). pppd
 * dials again only while its count, 1 after the first try, is at most
 * redialcount (Helpers/pppd/main.c:657, :681, :683), so 1, 2 and every
 * negative number give no retry, yet still replace those three; with
 * redialalternate the count moves every second try (:679-680), so one quick
 * retry is left. A number too big for an int is said elsewhere. 1: said. */
int catalog_shape_extraconnect(const char *name, const char *val, size_t len, long long x,
                               struct buf *why)
{
	struct buf b = { NULL, 0, 0 };

	if (strcmp(name, "extraconnecttime") != 0 || x == 0 || x >= 3)
		return 0;
	if (why)
		buf_printf(why, _("'%s' gives no retry: L2TP.ppp, the only plugin that reads "
		           "extraconnecttime, retries every 3 seconds and counts the retries in "
		           "whole 3-second steps, so 1, 2 or a number below 0 gives none (only "
		           "redialalternate would add one quick retry), yet it still replaces "
		           "busycode, redialtimer and redialcount with its own (derived from "
		           "Apple's source, not tried on a Mac)."),
		           catalog_value_quote(&b, val, len));
	buf_free(&b);
	return 1;
}

/* ---- set and unset ----------------------------------------------------- */

/* user_setenv wants NAME=VALUE with a name before the '=', user_unsetenv a
 * non-empty name with no '=' (linux-ppp-2.5.3/pppd/options.c:1867, :1871,
 * :1942, :1946; the same checks in linux-ppp-2.4.9/pppd/options.c:1636,
 * :1640, :1707, :1711); either refusal stops pppd. */
int catalog_shape_env(int unset, const char *val, size_t len, struct buf *why)
{
	const char *eq = memchr(val, '=', len);

	if (unset && eq) {
		catalog_value_why(why, _("'%s' has an '='; unset takes the name alone, so pppd says "
		                  "\"unexpected = in name\" and refuses it."), val, len);
		return 2;
	}
	if (unset && len == 0) {
		catalog_value_why(why, _("'%s' is empty; pppd says \"missing variable name for "
		                  "unset\" and refuses it."), val, len);
		return 2;
	}
	if (!unset && !eq) {
		catalog_value_why(why, _("'%s' has no '='; set takes NAME=VALUE as one word, so pppd "
		                  "says \"missing = in name=value\" and refuses it."), val, len);
		return 2;
	}
	if (!unset && eq == val) {
		catalog_value_why(why, _("'%s' has no name before its '='; pppd says \"missing "
		                  "variable name\" and refuses it."), val, len);
		return 2;
	}
	return 0;
}

/* ---- netmask ---------------------------------------------------------- */

/* netmask is read by parse_dotted_ip (linux-ppp-2.5.3/pppd/ipcp.c:548), not
 * as an address: four numbers of at most 255 joined by dots, or one number
 * above 255 on its own; each strtoul base 0, cut to 32 bits. */
int catalog_value_netmask(const char *s, size_t len, unsigned long *mask)
{
	return len > 0 && catalog_shape_dotted(s, len, mask) == len;
}

int catalog_shape_netmask(const char *val, size_t len, struct buf *why)
{
	if (catalog_value_netmask(val, len, NULL))
		return 0;
	catalog_value_why(why, _("'%s' is not a netmask like 255.255.255.0 (four numbers) or "
	            "0xffffff00; pppd refuses it."), val, len);
	return 2;
}

/* pppd keeps each of escape's numbers in an int (linux-ppp-2.5.3/pppd/
 * tty.c:400, :406; 2.4.9's :342, :348; Apple's :427): strtol's long, which
 * stops at LONG_MAX or LONG_MIN when the number is too long, cut to its low
 * 32 bits and read as signed. So 100000041 is 0x41, and ffffffff is -1.
 * That is a 64-bit long; a 32-bit long stops at 7fffffff or -80000000, so
 * every number cut here is refused there (tty.c:413): the message says so. */
static long long catalog_shape_escape_int(const struct catalog_num *n)
{
	unsigned long long mag = n->overflow ? ULLONG_MAX : n->v, u;
	const unsigned long long top = 1ull << 63;

	if (!n->neg)
		u = mag >= top ? top - 1 : mag;
	else
		u = mag >= top ? top : 0ull - mag;
	u &= 0xffffffffull;
	return u > 0x7fffffffull ? (long long)u - 4294967296ll : (long long)u;
}

int catalog_shape_escape(const char *val, size_t len, struct buf *why)
{
	size_t pos = 0;
	struct catalog_num n;
	long long code, cut = -1;

	/* strtol skips leading blanks but not a comma, so a comma before the
	 * first code is an invalid hex number (linux-ppp-2.5.3/pppd/tty.c:406) */
	while (pos < len && isspace((unsigned char)val[pos]))
		pos++;
	if (pos < len && val[pos] == ',') {
		catalog_value_why(why, _("'%s' starts with a comma, which pppd reads as an invalid "
		            "hex number; it refuses it."), val, len);
		return 2;
	}

	while (pos < len) {
		size_t end = pos;
		if (val[pos] == ',' || isspace((unsigned char)val[pos])) {
			pos++;
			continue;
		}
		while (end < len && val[end] != ',' && !isspace((unsigned char)val[end]))
			end++;
		catalog_value_num(val + pos, end - pos, 16, &n);
		if (!n.digits || n.used != end - pos) {
			catalog_value_why(why, _("'%s' must be hex codes separated by commas; pppd "
			            "refuses it."), val, len);
			return 2;
		}
		/* pppd reads each with strtol: a '-' makes it negative, and
		 * it refuses that too (linux-ppp-2.5.3/pppd/tty.c:413, and so
		 * do 2.4.9 and Apple's), after the cut to an int */
		code = catalog_shape_escape_int(&n);
		if (code < 0 || code > 0xff || code == 0x5e) {
			catalog_value_why(why, _("'%s' names a character pppd cannot escape (negative, "
			            "above ff, or 5e); pppd refuses it."), val, len);
			return 2;
		}
		if (cut < 0 && (n.overflow || (n.neg && n.v) || n.v != (unsigned long long)code))
			cut = code;
		pos = end;
	}
	if (cut >= 0 && why) {
		struct buf q;

		buf_init(&q);
		buf_printf(why, _("'%s' has a number too big for 32 bits, or a negative "
		           "one; a 64-bit pppd keeps each number in 32 bits and drops the rest "
		           "without a message, so it escapes character %02llx there, while a pppd "
		           "built for a 32-bit system refuses the value (derived from the source, "
		           "not tried)."),
		           catalog_value_quote(&q, val, len), (unsigned long long)cut);
		buf_free(&q);
	}
	return cut >= 0;
}

/* One side of `ipv6`: an IPv6 address whose first 64 bits are zero and whose
 * last 64 are not (VALIDID, linux-ppp-2.5.3/pppd/ipv6cp.c:365, :379; the
 * same in 2.4.9's :346 and Apple's :384). */
static int catalog_shape_ifid_ok(const char *s, size_t len)
{
	char text[INET6_ADDRSTRLEN + 1];
	unsigned char a[16];
	size_t i;
	int low = 0;

	if (len == 0 || len >= sizeof text)
		return 0;
	memcpy(text, s, len);
	text[len] = '\0';
	if (inet_pton(AF_INET6, text, a) != 1)
		return 0;
	for (i = 0; i < 8; i++)
		if (a[i])
			return 0;
	for (i = 8; i < 16; i++)
		low |= a[i];
	return low != 0;
}

int catalog_shape_ifid(const char *val, size_t len, struct buf *why)
{
	const char *comma = memchr(val, ',', len);
	size_t l1 = comma ? (size_t)(comma - val) : len;

	if ((l1 == 0 || catalog_shape_ifid_ok(val, l1)) &&
	    (!comma || len - l1 - 1 == 0 || catalog_shape_ifid_ok(comma + 1, len - l1 - 1)))
		return 0;
	catalog_value_why(why, _("'%s' is not an interface identifier pair like ::1,::2 (each "
	            "an IPv6 address whose first 64 bits are zero, and not ::); pppd refuses it."),
	            val, len);
	return 2;
}

