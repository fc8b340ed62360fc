/* catalog_addr.c - values that name addresses, read as pppd reads them: inet_addr's IPv4 forms, host names, IPv6 literals, an address option's value, a list of addresses, local:remote pairs, socket's host:port. */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include "base/i18n.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <limits.h>
#include <netinet/in.h>
#include <string.h>

/* inet_addr()'s forms: a, a.b, a.b.c, a.b.c.d, each part in any base. */
int catalog_value_ipv4(const char *s, size_t len, unsigned long *addr)
{
	size_t pos = 0, parts = 0;
	unsigned long long part[4];
	struct catalog_num n;

	if (len == 0)
		return 0;
	for (;;) {
		size_t end = pos;
		while (end < len && s[end] != '.')
			end++;
		if (parts == 4 || end == pos || s[pos] == '+' || s[pos] == '-' ||
		    isspace((unsigned char)s[pos]))
			return 0;
		catalog_value_num(s + pos, end - pos, 0, &n);
		if (!n.digits || n.used != end - pos || n.overflow)
			return 0;
		part[parts++] = n.v;
		if (end == len)
			break;
		pos = end + 1;
	}
	if (parts == 4 && (part[0] > 255 || part[1] > 255 || part[2] > 255 || part[3] > 255))
		return 0;
	if (parts == 3 && (part[0] > 255 || part[1] > 255 || part[2] > 0xffff))
		return 0;
	if (parts == 2 && (part[0] > 255 || part[1] > 0xffffff))
		return 0;
	if (parts == 1 && part[0] > 0xffffffffull)
		return 0;
	if (addr)   /* the last part fills the bytes left */
		*addr = (unsigned long)(parts == 1 ? part[0] : parts == 2 ?
		        part[0] << 24 | part[1] : parts == 3 ? part[0] << 24 | part[1] << 16 |
		        part[2] : part[0] << 24 | part[1] << 16 | part[2] << 8 | part[3]);
	return 1;
}

/* inet_addr() ends the address at the end of the word or at its first
 * blank (space, tab, line end...) and ignores whatever comes after that
 * blank: the C library's rule (its inet_aton; outside the pinned sources),
 * which pppd's ms-dns, ms-wins and dns-addr rely on when they call
 * inet_addr (linux-ppp-2.5.3/pppd/ipcp.c:368, :403; Apple's ipcp.c:428,
 * :464). Debian's 2.4.9 here takes "1.2.3.4 x" (quoted) as 1.2.3.4. The
 * length of the address part when the word starts with one followed by a
 * blank, its address in *addr unless NULL; else 0. Left out: a C library
 * whose rule differs. */
size_t catalog_value_ipv4_lead(const char *s, size_t len, unsigned long *addr)
{
	size_t end = 0;

	while (end < len && !isspace((unsigned char)s[end]))
		end++;
	if (end == 0 || end == len)
		return 0;
	return catalog_value_ipv4(s, end, addr) ? end : 0;
}

/* A name the resolver might know: letters, digits, '-', '.', '_', with at
 * least one letter (all-digit words are addresses and were checked). */
int catalog_value_hostname(const char *s, size_t len)
{
	size_t i;
	int alpha = 0;

	if (len == 0 || len > 253)
		return 0;
	for (i = 0; i < len; i++) {
		int c = (unsigned char)s[i];
		if (isalpha(c))
			alpha = 1;
		else if (!isdigit(c) && c != '-' && c != '.' && c != '_')
			return 0;
	}
	return alpha;
}

static int catalog_addr_ipv6(const char *s, size_t len)
{
	char tmp[64];
	unsigned char out[16];

	if (len == 0 || len >= sizeof tmp)
		return 0;
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	return inet_pton(AF_INET6, tmp, out) == 1;
}

/* 1 when s, read as four decimal numbers (the way a person reads it),
 * gives the address a that inet_addr made of it. inet_addr also takes one
 * to three parts and octal (0...) or hex (0x...) parts; those can name
 * another address than the one a person sees. */
static int catalog_addr_as_seen(const char *s, size_t len, unsigned long a)
{
	size_t i, parts = 0;
	unsigned long part = 0, seen = 0;

	for (i = 0; i <= len; i++) {
		if (i == len || s[i] == '.') {
			if (part > 255)
				return 0;
			seen = (seen << 8) | part;
			parts++;
			part = 0;
		} else if (!isdigit((unsigned char)s[i]) || part > 255) {
			return 0;
		} else {
			part = part * 10 + (unsigned long)(s[i] - '0');
		}
	}
	return parts == 4 && (seen & 0xffffffffUL) == a;
}

int catalog_addr_check(const struct catalog_entry *e, const char *val, size_t len,
                       struct buf *why)
{
	unsigned long a;

	if (strcmp(e->name, "netmask") == 0)
		return catalog_shape_netmask(val, len, why);
	if (strcmp(e->name, "dhcpv6-server") == 0) {
		if (catalog_addr_ipv6(val, len))
			return 0;
		catalog_value_why(why, _("'%s' is not an IPv6 address."), val, len);
		return 1;
	}
	if (catalog_value_ipv4(val, len, &a)) {
		/* ms-dns, ms-wins and dns-addr read the value with inet_addr
		 * (linux-ppp-2.5.3/pppd/ipcp.c:368, :403; Apple's ipcp.c:428): a
		 * short or octal/hex form names another address than it seems
		 * to. A lone 0 is the documented way to say no server. */
		if (catalog_addr_as_seen(val, len, a) || (len == 1 && val[0] == '0'))
			return 0;
		if (why) {
			struct buf q = { NULL, 0, 0 };

			buf_printf(why, _("'%s' is read by pppd as %lu.%lu.%lu.%lu: its address "
			           "reader fills in a value of fewer than four parts, and reads a "
			           "part that starts with 0 as octal, one that starts with 0x as "
			           "hex."), catalog_value_quote(&q, val, len), (a >> 24) & 255,
			           (a >> 16) & 255, (a >> 8) & 255, a & 255);
			buf_free(&q);
		}
		return 1;
	}
	if (catalog_value_ipv4_lead(val, len, NULL)) {
		catalog_value_why(why, _("'%s' has a blank (a space, a tab or a line end) after "
		            "an address: pppd takes the address before the blank and ignores the "
		            "rest of the value."), val, len);
		return 1;
	}
	if (strcmp(e->name, "netmask") != 0 && catalog_value_hostname(val, len))
		return 0;
	catalog_value_why(why, strcmp(e->name, "netmask") == 0
	            ? _("'%s' is not a netmask like 255.255.255.0; pppd refuses it.")
	            : _("'%s' is neither an IPv4 address nor a host name; pppd refuses it."),
	            val, len);
	return 2;
}

static int catalog_shape_bad_addr(enum platform p, unsigned long a);

/* An allow-ip entry whose every address is one pppd never lets a peer
 * use: auth_ip_addr refuses those before it reads the list
 * (linux-ppp-2.5.3/pppd/auth.c:2130, Apple's auth.c:2420), so the entry
 * allows nothing. Left out: '!' entries (excluding such an address is
 * harmless), '+' entries (the address depends on the unit), names (looked
 * up where pppd runs) and a prefix that only partly covers those
 * addresses. 1: said. */
static int catalog_addr_list_unusable(enum platform p, const char *word, size_t wlen,
                                      unsigned long a, int prefix, int skip, struct buf *why)
{
	unsigned long mask = prefix >= 32 ? 0xffffffffUL : (0xffffffffUL << (32 - prefix)) & 0xffffffffUL;
	unsigned long base = a & mask;
	int bad;

	if (skip)
		return 0;
	if (prefix == 32)
		bad = catalog_shape_bad_addr(p, a);
	else
		bad = base >= 0xe0000000UL ? prefix >= 3
		    : p != PLATFORM_MACOS && (base >> 24) == 127 && prefix >= 8;
	if (!bad)
		return 0;
	catalog_value_why(why, p == PLATFORM_MACOS
	            ? _("'%s' names only 127.0.0.1, multicast or reserved addresses (224.0.0.0 "
	                "and up); pppd never lets a peer use those, whatever the list says, so "
	                "this entry allows nothing.")
	            : _("'%s' names only loopback (127.x.x.x), multicast or reserved addresses "
	                "(224.0.0.0 and up); pppd never lets a peer use those, whatever the list "
	                "says, so this entry allows nothing."), word, wlen);
	return 1;
}

/* allow-ip: pppd stores any word (auth.c set_noauth_addr) and reads it
 * only when the link comes up, as a pap-secrets address (set_allowed_addrs):
 * "*", "-", an optional leading '!', then an address or host/network name
 * with an optional /1..32 and '+'. A word it cannot read is skipped with a
 * warning, never refused. */
int catalog_addr_list(enum platform p, const char *val, size_t len, struct buf *why)
{
	const char *word = val, *slash;
	size_t wlen = len, alen, plen;
	struct catalog_num n;
	int prefix = 32, plus = 0, excl = 0;

	if (len == 1 && (val[0] == '*' || val[0] == '-'))
		return 0;
	if (len > 0 && val[0] == '!') {
		val++;
		len--;
		excl = 1;
	}
	slash = memchr(val, '/', len);
	alen = slash ? (size_t)(slash - val) : len;
	if (slash) {
		long long bits;

		plen = len - alen - 1;
		if (plen > 0 && slash[plen] == '+') {
			plen--;
			plus = 1;
		}
		/* pppd reads the length with strtol into an int: a sign is
		 * read, so "-24" is a length below 1 (auth.c:2032-2033). */
		catalog_value_num(slash + 1, plen, 10, &n);
		bits = catalog_value_as_int(&n);
		if (!n.digits || n.overflow || bits < 1 || bits > 32) {
			catalog_value_why(why, _("'%s' has a prefix length that is not 1 to 32; pppd "
			            "skips it, with a warning, when the link comes up."), word, wlen);
			return 1;
		}
		/* a length in range followed by more than one '+': pppd's
		 * second test (auth.c:2042-2044) */
		if (n.used != plen) {
			catalog_value_why(why, _("'%s' has more after its prefix length than a single "
			            "+; pppd skips it, with a warning, when the link comes up."),
			            word, wlen);
			return 1;
		}
		prefix = (int)bits;
		/* With '+' pppd adds the unit number plus 1 and skips the entry
		 * when that is not below the host part (auth.c:2081): with /31
		 * or /32 that is every unit. */
		if (plus && bits >= 31) {
			catalog_value_why(why, _("'%s' adds the unit number plus 1 to a /31 or /32 "
			            "address, which leaves no room; pppd skips it, with a warning, "
			            "when the link comes up."), word, wlen);
			return 1;
		}
	}
	{
		unsigned long a;

		/* pppd takes 255.255.255.255, whatever its spelling, for a
		 * failed lookup and skips it (auth.c:2076, Apple's
		 * auth.c:2364) */
		if (catalog_value_ipv4(val, alen, &a)) {
			if (a != 0xffffffffUL)
				return catalog_addr_list_unusable(p, word, wlen, a, prefix,
				                                  plus || excl, why);
			catalog_value_why(why, _("'%s' is the address 255.255.255.255, which pppd "
			            "cannot tell from a failed lookup; it skips it, with a warning, "
			            "when the link comes up."), word, wlen);
			return 1;
		}
	}
	if (catalog_value_hostname(val, alen))
		return 0;
	catalog_value_why(why, _("'%s' is not an address, a host name or address/prefix; pppd "
	            "skips it, with a warning, when the link comes up."), word, wlen);
	return 1;
}

/* ---- local:remote ----------------------------------------------------- */

/* setipaddr refuses an address it never uses for a link ("bad local IP
 * address", linux-ppp-2.5.3/pppd/ipcp.c:463, :486): ppp_bad_ip_addr
 * (auth.c:2161; bad_ip_adrs in linux-ppp-2.4.9/pppd/auth.c:2071) is the
 * loopback net 127/8, multicast 224/4 and the reserved 240/4. Apple's
 * refuses of the loopback net only 127.0.0.1
 * (apple-ppp-1027.121.1/Helpers/pppd/auth.c:2471). 0.0.0.0 leaves that
 * side unset and is not refused. */
static int catalog_shape_bad_addr(enum platform p, unsigned long a)
{
	return (p == PLATFORM_MACOS ? a == 0x7f000001ul : (a >> 24) == 127) ||
	       a >= 0xe0000000ul;
}

static int catalog_shape_side(const char *s, size_t len, enum platform p, unsigned long *a)
{
	*a = 0;
	if (len == 0)
		return 0;
	if (catalog_value_ipv4(s, len, a))
		return catalog_shape_bad_addr(p, *a);
	/* a name is looked up where pppd runs: the checks of the machine's */
	return catalog_value_hostname(s, len) ? 0 : 2;
}

/* Why pppd refuses address a as side k (0 local, 1 remote) of val; pppd's
 * own words stay as it says them. */
static void catalog_shape_bad_side(struct buf *why, enum platform p, int k, const char *val,
                                   size_t len, unsigned long a)
{
	struct buf b = { NULL, 0, 0 };

	buf_printf(why, k ? _("'%s': pppd refuses %lu.%lu.%lu.%lu as the remote address (\"bad "
	           "remote IP address\"): %s") : _("'%s': pppd refuses %lu.%lu.%lu.%lu as the "
	           "local address (\"bad local IP address\"): %s"),
	           catalog_value_quote(&b, val, len), a >> 24, (a >> 16) & 255, (a >> 8) & 255,
	           a & 255, p == PLATFORM_MACOS ? _("on macOS it uses no 127.0.0.1, multicast or "
	           "reserved address (224.0.0.0 and up).") : _("on Linux it uses no loopback "
	           "(127.x.x.x), multicast or reserved address (224.0.0.0 and up)."));
	buf_free(&b);
}

int catalog_shape_pair(enum platform p, const char *val, size_t len, struct buf *why)
{
	const char *colon = memchr(val, ':', len);
	size_t left;
	unsigned long a;
	int k, bad;

	if (!colon)
		return 0;
	left = (size_t)(colon - val);
	for (k = 0; k < 2; k++) {
		bad = k == 0 ? catalog_shape_side(val, left, p, &a) :
		      catalog_shape_side(colon + 1, len - left - 1, p, &a);
		if (bad == 2) {
			catalog_value_why(why, _("'%s' is read as local:remote IP addresses, but a side "
			                  "is not an address or host name; pppd refuses it."), val, len);
			return 2;
		}
		if (bad && why)
			catalog_shape_bad_side(why, p, k, val, len, a);
		if (bad)
			return 2;
	}
	return 0;
}

/* setipaddr sets a side only when it is not empty (linux-ppp-2.5.3/pppd/
 * ipcp.c:453, :475), each with its own priority (prio_local, prio_remote);
 * setifaceid the same for ipv6 (ipv6cp.c:363-384). The same in 2.4.9 and
 * Apple's ipcp.c. ipx-node differs: its handler always writes this end's
 * part, an empty one as 0, and the peer's part only when the value has a
 * colon, each under its own rank (linux-ppp-2.4.9/pppd/ipxcp.c:294,
 * :301-307; Apple's ipxcp.c:325-338, in a build pppd is shipped without). */
unsigned catalog_shape_sides(const struct catalog_entry *e, const char *val, size_t len)
{
	int sep = strcmp(e->name, "<local>:<remote>") == 0 ? ':' :
	          strcmp(e->name, "ipv6") == 0 ? ',' : 0;
	const char *m = sep ? memchr(val, sep, len) : NULL;
	size_t at = m ? (size_t)(m - val) : len;
	unsigned sides = 0;

	if (strcmp(e->name, "ipx-node") == 0)
		return memchr(val, ':', len) ? 3 : 1;
	if (!sep)
		return 3;
	if (at > 0)
		sides |= 1;
	if (len > at + 1)
		sides |= 2;
	return sides;
}

/* ---- socket host:port ------------------------------------------------- */

/* open_socket, when pppd connects (linux-ppp-2.5.3/pppd/tty.c:920-926;
 * 2.4.9 tty.c:862; Apple's tty.c:1125): the port is strtol base 10 into an
 * int, what follows the digits is ignored, a negative port, no digits or
 * no host fails the connection, and htons keeps the port's low 16 bits.
 * strtol's long is 64 bits on a 64-bit system: the int then keeps its low
 * 32 bits (a number past them may wrap to a usable port, or to a negative
 * one). On a 32-bit system the long saturates at +-2^31, so a number past
 * that becomes port 65535 or fails: for such numbers both are said. */
static void socket_port_outcome(struct buf *out, long long port)
{
	if (port >= 0)
		buf_printf(out, _("pppd connects to port %lld"), port & 0xffff);
	else
		buf_printf(out, "%s", _("the connection fails (\"Can't parse host:port for socket "
		           "destination\")"));
}

int catalog_shape_hostport(const char *val, size_t len, struct buf *why)
{
	const char *colon = memchr(val, ':', len);
	size_t rest;
	struct catalog_num n;
	unsigned long long v;
	long long port;

	if (colon && colon > val) {
		rest = len - (size_t)(colon - val) - 1;
		catalog_value_num(colon + 1, rest, 10, &n);
		v = n.v;
		if (n.overflow || v > (unsigned long long)LLONG_MAX)   /* strtol saturates */
			v = n.neg ? 1ull << 63 : (unsigned long long)LLONG_MAX;
		port = (long long)(int)(unsigned)((n.neg ? 0ull - v : v) & 0xffffffffull);
		/* past a 32-bit long: 64-bit and 32-bit systems read it apart */
		if (n.digits && (n.neg ? v > 2147483648ull : v > 2147483647ull)) {
			struct buf b = { NULL, 0, 0 }, o64 = { NULL, 0, 0 }, o32 = { NULL, 0, 0 };

			socket_port_outcome(&o64, port);
			socket_port_outcome(&o32, n.neg ? -1 : 65535);
			if (why)
				buf_printf(why, _("'%s': the port number is too large (or too far below "
				           "zero) for pppd to read it the same way on every system: on a "
				           "64-bit system %s; on a 32-bit one %s."), catalog_value_quote(&b, val, len),
				           o64.data ? o64.data : "", o32.data ? o32.data : "");
			buf_free(&b);
			buf_free(&o64);
			buf_free(&o32);
			return 1;
		}
		if (n.digits && port >= 0) {
			struct buf b = { NULL, 0, 0 };
			int big = !n.neg && v > 65535;

			/* port 0: connect() is refused (tried on Linux: "Connection
			 * refused"); the source passes it on unchanged. */
			if ((port & 0xffff) == 0) {
				if (why)
					buf_printf(why, _("'%s': pppd connects to port 0, where no server "
					           "can listen, so the connection fails (Linux refuses a TCP "
					           "connection to port 0, tried outside pppd; not tried on a "
					           "Mac)."), catalog_value_quote(&b, val, len));
				buf_free(&b);
				return 1;
			}
			if (big && why)
				buf_printf(why, _("'%s': the port is above 65535, and pppd keeps its low "
				           "16 bits: %lld."), catalog_value_quote(&b, val, len),
				           port & 0xffff);
			else if (n.used < rest && why)
				buf_printf(why, _("'%s': pppd reads the port as %lld and ignores the "
				           "rest."), catalog_value_quote(&b, val, len), port);
			buf_free(&b);
			return n.used < rest || big;
		}
	}
	catalog_value_why(why, _("'%s' is not host:port with a port number; pppd takes the line, "
	                  "but the connection fails (\"Can't parse host:port for socket "
	                  "destination\")."), val, len);
	return 1;
}
