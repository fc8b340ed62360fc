/* catalog_addr.c - values that name addresses, read as pppd reads them: inet_addr's IPv4 forms, host names, IPv6 literals, an address option's value, a list of addresses. */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include "base/i18n.h"

#include <arpa/inet.h>
#include <ctype.h>
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

int catalog_addr_check(const struct catalog_entry *e, const char *val, size_t len,
                       struct buf *why)
{
	if (strcmp(e->name, "netmask") == 0)
		return catalog_shape_netmask(val, len, why);
	if (strcmp(e->name, "dhcpv6-server") == 0) {
		if (catalog_addr_ipv6(val, len))
			return 0;
		catalog_value_why(why, _("'%s' is not an IPv6 address."), val, len);
		return 1;
	}
	if (catalog_value_ipv4(val, len, NULL))
		return 0;
	if (strcmp(e->name, "netmask") != 0 && catalog_value_hostname(val, len))
		return 0;
	catalog_value_why(why, strcmp(e->name, "netmask") == 0
	            ? _("'%s' is not a netmask like 255.255.255.0; pppd refuses it.")
	            : _("'%s' is neither an IPv4 address nor a host name; pppd refuses it."),
	            val, len);
	return 2;
}

/* allow-ip: pppd stores any word (auth.c set_noauth_addr) and reads it
 * only when the link comes up, as a pap-secrets address (set_allowed_addrs):
 * "*", "-", an optional leading '!', then an address or host/network name
 * with an optional /1..32 and '+'. A word it cannot read is skipped with a
 * warning, never refused. */
int catalog_addr_list(const char *val, size_t len, struct buf *why)
{
	const char *word = val, *slash;
	size_t wlen = len, alen, plen;
	struct catalog_num n;

	if (len == 1 && (val[0] == '*' || val[0] == '-'))
		return 0;
	if (len > 0 && val[0] == '!') {
		val++;
		len--;
	}
	slash = memchr(val, '/', len);
	alen = slash ? (size_t)(slash - val) : len;
	if (slash) {
		long long bits;
		int plus = 0;

		plen = len - alen - 1;
		if (plen > 0 && slash[plen] == '+') {
			plen--;
			plus = 1;
		}
		/* pppd reads the length with strtol into an int: a sign is
		 * read, so "-24" is a length below 1 (auth.c:2032-2033). */
		catalog_value_num(slash + 1, plen, 10, &n);
		bits = catalog_value_as_int(&n);
		if (!n.digits || n.overflow || n.used != plen || bits < 1 || bits > 32) {
			catalog_value_why(why, _("'%s' has a prefix length that is not 1 to 32; pppd "
			            "skips it, with a warning, when the link comes up."), word, wlen);
			return 1;
		}
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
				return 0;
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
