/* catalog_kinds.c - names of kinds: the categories the catalogue sorts directives into, and the kinds of argument they take. */
#include "pppd/catalog.h"

#include <ctype.h>
#include <stddef.h>

static const struct {
	const char *name, *title;
} catalog_categories[CATALOG_CAT_COUNT] = {
	[CATALOG_CAT_GENERAL] = { "general", "General, files and plugins" },
	[CATALOG_CAT_AUTH] = { "auth", "Authentication" },
	[CATALOG_CAT_LINK] = { "link", "Link control (LCP)" },
	[CATALOG_CAT_IP] = { "ip", "IP addresses and routes (IPCP)" },
	[CATALOG_CAT_IPV6] = { "ipv6", "IPv6 (IPv6CP)" },
	[CATALOG_CAT_COMPRESSION] = { "compression", "Compression (CCP)" },
	[CATALOG_CAT_ENCRYPTION] = { "encryption", "Encryption (MPPE, ECP)" },
	[CATALOG_CAT_DEVICE] = { "device", "Serial line, modem and device" },
	[CATALOG_CAT_CONNECTION] = { "connection", "Connecting, redialling and scripts" },
	[CATALOG_CAT_LOGGING] = { "logging", "Logging and debugging" },
	[CATALOG_CAT_L2TP] = { "l2tp", "L2TP (macOS L2TP.ppp, Linux pppol2tp.so)" },
	[CATALOG_CAT_PPPOE] = { "pppoe", "PPPoE" },
	[CATALOG_CAT_PPTP] = { "pptp", "PPTP" },
	[CATALOG_CAT_RADIUS] = { "radius", "RADIUS" },
	[CATALOG_CAT_MULTILINK] = { "multilink", "Multilink" },
	[CATALOG_CAT_MACOS] = { "macos", "macOS system options" },
};

const char *catalog_category_name(enum catalog_category c)
{
	return (unsigned)c < CATALOG_CAT_COUNT ? catalog_categories[c].name : "?";
}

const char *catalog_category_title(enum catalog_category c)
{
	return (unsigned)c < CATALOG_CAT_COUNT ? catalog_categories[c].title : "?";
}

int catalog_category_parse(const char *s, enum catalog_category *out)
{
	size_t i, j;

	for (i = 0; i < CATALOG_CAT_COUNT; i++) {
		const char *n = catalog_categories[i].name;
		for (j = 0; n[j] && tolower((unsigned char)s[j]) == n[j]; j++)
			;
		if (n[j] == '\0' && s[j] == '\0') {
			*out = (enum catalog_category)i;
			return 0;
		}
	}
	return -1;
}

const char *catalog_arg_name(enum catalog_arg a)
{
	static const char *const names[CATALOG_ARG_COUNT] = {
		[CATALOG_ARG_NONE] = "none",
		[CATALOG_ARG_INT] = "integer",
		[CATALOG_ARG_HEX] = "hex number",
		[CATALOG_ARG_STRING] = "text",
		[CATALOG_ARG_SECRET] = "secret",
		[CATALOG_ARG_NAME] = "name",
		[CATALOG_ARG_PATH] = "path",
		[CATALOG_ARG_DIR] = "directory",
		[CATALOG_ARG_COMMAND] = "command",
		[CATALOG_ARG_ENUM] = "choice",
		[CATALOG_ARG_IPADDR] = "address",
		[CATALOG_ARG_IPADDR_LIST] = "address list",
		[CATALOG_ARG_HOSTPORT] = "host:port",
		[CATALOG_ARG_MAC] = "MAC address",
		[CATALOG_ARG_SESSID_MAC] = "session:MAC",
		[CATALOG_ARG_INT_PAIR] = "number pair",
		[CATALOG_ARG_IFID_PAIR] = "interface ids",
		[CATALOG_ARG_HEX_LIST] = "hex list",
		[CATALOG_ARG_SPECIAL] = "special",
		[CATALOG_ARG_WORD] = "the word itself",
	};

	return (unsigned)a < CATALOG_ARG_COUNT && names[a] ? names[a] : "?";
}

int catalog_arg_text(enum catalog_arg a)
{
	return a == CATALOG_ARG_STRING || a == CATALOG_ARG_SECRET || a == CATALOG_ARG_NAME ||
	       a == CATALOG_ARG_PATH || a == CATALOG_ARG_DIR || a == CATALOG_ARG_COMMAND;
}
