/* catalog_value.c - whether pppd accepts a directive's argument, read the way pppd reads it. */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include "base/i18n.h"

#include <ctype.h>
#include <limits.h>
#include <string.h>



/* strtoul(s, &end, base) without relying on the host's long size: pppd is
 * a 64-bit program on both platforms today. */
void catalog_value_num(const char *s, size_t len, int base, struct catalog_num *n)
{
	size_t i = 0;
	const unsigned long long max = ULLONG_MAX;

	memset(n, 0, sizeof *n);
	while (i < len && isspace((unsigned char)s[i]))
		i++;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		n->neg = s[i++] == '-';
	if ((base == 0 || base == 16) && i + 2 < len + 0 && s[i] == '0' &&
	    (s[i + 1] == 'x' || s[i + 1] == 'X') && isxdigit((unsigned char)s[i + 2])) {
		base = 16;
		i += 2;
	} else if (base == 0) {
		base = (i < len && s[i] == '0') ? 8 : 10;
	}
	n->base = base;
	for (; i < len; i++) {
		int c = (unsigned char)s[i], d;
		if (isdigit(c))
			d = c - '0';
		else if (isalpha(c))
			d = tolower(c) - 'a' + 10;
		else
			break;
		if (d >= base)
			break;
		n->digits = 1;
		if (n->v > (max - (unsigned)d) / (unsigned)base)
			n->overflow = 1;
		else
			n->v = n->v * (unsigned)base + (unsigned)d;
	}
	if (n->overflow)
		n->v = max;
	n->used = n->digits ? i : 0;
}

/* The int pppd stores: the unsigned long cut to 32 bits, read as signed.
 * A number too big for strtoul comes back as all ones whatever its sign
 * (glibc and Apple's libc alike do not negate the saturated value), so
 * "-99999999999999999999" is -1 here as it is in pppd, not 1. */
long long catalog_value_as_int(const struct catalog_num *n)
{
	unsigned long long v = (n->neg && !n->overflow) ? (0ull - n->v) : n->v;
	unsigned long u = (unsigned long)(v & 0xffffffffull);

	return u > (unsigned long)INT_MAX ? (long long)u - 4294967296ll : (long long)u;
}

const char *catalog_value_quote(struct buf *q, const char *val, size_t len)
{
	buf_reset(q);
	buf_add(q, "", 0);
	buf_add_escaped(q, val, len > 60 ? 60 : len);
	if (len > 60)
		buf_adds(q, "...");
	return q->data ? q->data : "";
}

void catalog_value_why(struct buf *why, const char *fmt, const char *val, size_t len)
{
	struct buf v;

	if (!why)
		return;
	buf_init(&v);
	buf_printf(why, fmt, catalog_value_quote(&v, val, len));
	buf_free(&v);
}

static int catalog_check_hex(const struct catalog_entry *e, const char *val,
                             size_t len, struct buf *why)
{
	struct catalog_num n;
	struct buf b = { NULL, 0, 0 };
	unsigned long long kept;

	(void)e;
	catalog_value_num(val, len, 16, &n);
	if (!n.digits) {
		catalog_value_why(why, _("'%s' is not a hex number; pppd refuses it."), val, len);
		return 2;
	}
	if (n.used < len) {
		if (why)
			buf_printf(why, _("'%s' is read as hex %llx: pppd ignores the rest."),
			           catalog_value_quote(&b, val, len), n.v & 0xffffffffull);
		buf_free(&b);
		return 1;
	}
	/* number_option reads it with strtoul, base 16, into 32 bits
	 * (linux-ppp-2.5.3/pppd/options.c:920, :1603; Apple's options.c:1531
	 * casts the same way): a '-' negates, a number too big for strtoul's
	 * 64 bits saturates to all ones, and only the low 32 bits are kept. */
	kept = (n.neg ? 0ull - n.v : n.v) & 0xffffffffull;
	if (n.overflow) {
		catalog_value_why(why, _("'%s' is too big for pppd's number (more than 16 hex "
		                  "digits), so pppd reads it as ffffffff."), val, len);
		return 1;
	}
	/* on a system whose long is 32 bits strtoul saturates instead: any
	 * magnitude past 32 bits comes out as ffffffff there */
	if (n.v > 0xffffffffull) {
		if (why && kept == 0xffffffffull)
			buf_printf(why, _("'%s' does not fit in 32 bits; pppd keeps ffffffff, on "
			           "a 64-bit system and a 32-bit one alike."),
			           catalog_value_quote(&b, val, len));
		else if (why)
			buf_printf(why, _("'%s' does not fit in 32 bits; on a 64-bit system pppd "
			           "keeps %llx, on a 32-bit one ffffffff."),
			           catalog_value_quote(&b, val, len), kept);
		buf_free(&b);
		return 1;
	}
	if (n.neg && n.v) {
		if (why)
			buf_printf(why, _("'%s' does not fit in 32 bits; pppd keeps %llx."),
			           catalog_value_quote(&b, val, len), kept);
		buf_free(&b);
		return 1;
	}
	return 0;
}

/* What a word outside a row's values does, where the code that reads it
 * says: mo-direction counts both directions (linux-ppp-2.5.3/pppd/
 * options.c:1795); max-tls-version keeps 1.2 (tls.c:292); tls-verify-method
 * leaves nothing to compare with (tls.c:197), reached only with a name to
 * expect (tls.c:163); L2TP.ppp's mode falls back
 * to connect (apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/main.c:329),
 * its secret type acts as use (:1646) and its identifier type is left out
 * (:1667); PPPoE.ppp stops pppd when it connects (Drivers/PPPoE/
 * PPPoE-plugin/main.c:338). */
static const struct {
	const char *name, *what;
} catalog_enum_other[] = {
	{ "mo-direction", N_("'%s' is not in, out or max, so pppd counts both directions "
	  "together, as with sum.") },
	{ "max-tls-version", N_("'%s' does not start with 1.0, 1.1, 1.2 or 1.3, so pppd "
	  "keeps the limit at 1.2.") },
	{ "tls-verify-method", N_("'%s' is not none, subject, name or suffix (case counts); "
	  "pppd takes it, but when it then checks a certificate against a name it expects "
	  "for the peer, it compares that name with nothing, a fault that can stop pppd "
	  "(derived from the source, not tried).") },
	{ "l2tpmode", N_("'%s' is not connect, listen or answer (case counts); the L2TP "
	  "plugin logs an error and dials out as with connect.") },
	{ "l2tpipsecsharedsecrettype", N_("'%s' is not key or keychain (case counts), so the "
	  "L2TP plugin takes the secret as the key itself, as with use.") },
	{ "l2tpipseclocalidentifiertype", N_("'%s' is not keyid, fqdn, user_fqdn, asn1dn or "
	  "address (case counts), so the L2TP plugin gives its IPsec setup no identifier "
	  "type, and a local identifier, if one is set, goes out as a host name (fqdn) "
	  "(derived from Apple's full source, not tried on a Mac).") },
	{ "pppoemode", N_("'%s' is not connect, listen or answer (case counts); pppd takes "
	  "it, but the PPPoE plugin stops pppd with an error when it connects.") },
};

static int catalog_check_enum(const struct catalog_entry *e, const char *val,
                              size_t len, struct buf *why)
{
	const char *p = e->values;

	while (p && *p) {
		const char *bar = strchr(p, '|');
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		if (n == len && memcmp(p, val, len) == 0)
			return 0;
		p = bar ? bar + 1 : NULL;
	}
	/* pppd compares only the first three characters of this word
	 * (linux-ppp-2.5.3/pppd/tls.c:301), so '1.3.0' counts as 1.3. */
	if (strcmp(e->name, "max-tls-version") == 0 && len > 3 &&
	    catalog_check_enum(e, val, 3, NULL) == 0) {
		if (why)
			catalog_value_why(why, _("'%s': pppd compares only its first three "
			            "characters, so it counts as the version they name; write that "
			            "alone."), val, len);
		return 1;
	}
	/* tls-verify-method "": pppd compares the common name, as with name
	 * (linux-ppp-2.5.3/pppd/tls.c:182). */
	if (strcmp(e->name, "tls-verify-method") == 0 && len == 0) {
		if (why)
			buf_adds(why, _("the value is empty, which pppd takes as name: it compares "
			                "the peer's common name."));
		return 1;
	}
	for (size_t i = 0; i < sizeof catalog_enum_other / sizeof catalog_enum_other[0]; i++)
		if (strcmp(e->name, catalog_enum_other[i].name) == 0) {
			catalog_value_why(why, _(catalog_enum_other[i].what), val, len);
			return 1;
		}
	if (why) {
		struct buf b = { NULL, 0, 0 };

		buf_printf(why, _("'%s' is not one of %s; pppd takes the word, but it is not acted "
		           "on as meant."), catalog_value_quote(&b, val, len),
		           e->values ? e->values : _("the known values"));
		buf_free(&b);
	}
	return 1;
}

/* record with a path that does not start with /. The character shunt that
 * opens it starts with the link (linux-ppp-2.5.3/pppd/tty.c:964, called from
 * connect_tty at :685-714; 2.4.9 tty.c:906; Apple's Helpers/pppd/tty.c:1169),
 * which is after pppd has moved to / by going into the background
 * (linux-ppp-2.5.3/pppd/main.c:529 and :896; 2.4.9 main.c:437, :773; Apple's
 * main.c:520, :1246) unless nodetach or updetach was given; updetach moves
 * there only once a network protocol is up (2.5.3 auth.c:1211). PPPController
 * passes nodetach (apple-ppp-1027.121.1/Controller/ppp_manager.c:1394), so
 * the folder is then the controller's, which this source does not show.
 * This only looks at the first byte; whether the file can be made is not
 * judged here. */
static int catalog_value_record_relative(enum platform p, const char *val, size_t len,
                                         struct buf *why)
{
	if (p == PLATFORM_MACOS)
		catalog_value_why(why, _("'%s' does not start with /: pppd opens it from the "
		            "folder it is in when the link starts, / once it has gone into the "
		            "background, and for a service PPPController starts (with nodetach) "
		            "the controller's own folder, which the source does not show; so "
		            "the file may not be where you expect (derived from Apple's source, "
		            "not tried on a Mac)."), val, len);
	else
		catalog_value_why(why, _("'%s' does not start with /: pppd opens it from the "
		            "folder it is in when the link starts, which is / once pppd is in "
		            "the background and the folder it was started in before that (with "
		            "nodetach always, with updetach until the connection is first up), so "
		            "the file may not be where you expect (derived from the source, not "
		            "tried)."), val, len);
	return 1;
}

/* pap-secrets and chap-secrets: an empty name, or one not starting with /. What this leaves
 * out: whether a file is there, who owns it, and whether it holds a line for
 * the peer; those depend on the machine pppd runs on, not the options file.
 * (linux-ppp-2.5.3/pppd/utils.c:98 resolves the name, an empty one fails with
 * ENOENT and no message at utils.c:102; auth.c:1392,1469,1547 are what
 * follows; main.c:896 moves pppd to / in the background.) */
static int catalog_value_pap_file(const char *val, size_t len, struct buf *why, int chap)
{
	if (len == 0 && chap) {
		/* the same for chap-secrets (auth.c:1783, :1877) */
		if (why)
			buf_adds(why, _("the name is empty, so pppd has no CHAP secrets and says "
			                "nothing about it: it cannot check a peer's CHAP login nor find "
			                "this end's own CHAP secret."));
		return 1;
	}
	if (len == 0) {
		if (why)
			buf_adds(why, _("the name is empty, so pppd has no PAP secrets and says "
			                "nothing about it: it cannot check a peer's PAP login nor find "
			                "this end's own PAP password "
			                "(pppconf explain pap-secrets says when that stops pppd at "
			                "start)."));
		return 1;
	}
	if (val[0] == '/')
		return 0;
	catalog_value_why(why, _("'%s' does not start with /: pppd looks for it from the "
	            "folder it was started in for its start-up check, but from / for "
	            "logins once it is in the background (with updetach, once the link "
	            "is up; never with nodetach), so the two may find different files "
	            "or none (derived from the source, not tried)."), val, len);
	return 1;
}

int catalog_check_value(const struct catalog_entry *e, const char *val,
                        size_t len, struct buf *why)
{
	return catalog_check_value_on(e, (e->platforms & PLATFORM_LINUX) ? PLATFORM_LINUX :
	                              PLATFORM_MACOS, val, len, why);
}

int catalog_check_value_on(const struct catalog_entry *e, enum platform p, const char *val,
                           size_t len, struct buf *why)
{
	const char *nul = memchr(val, '\0', len);
	int empty;

	/* pppd's options are C strings: a NUL ends the value. */
	if (nul)
		len = (size_t)(nul - val);
	if (strcmp(e->name, "call") == 0)
		return catalog_text_call(val, len, why);
	/* winbind.so refuses a command that does not start with /
	 * (linux-ppp-2.5.3/pppd/plugins/winbind.c:76). */
	if (strcmp(e->name, "ntlm_auth-helper") == 0 && (len == 0 || val[0] != '/')) {
		catalog_value_why(why, _("'%s' does not start with a full path (/...); pppd "
		            "refuses it."), val, len);
		return 2;
	}
	if (len == 0 && (empty = catalog_empty_value(e, p, why)) != 0)
		return empty;
	if (catalog_arg_text(e->arg) && (e->flags & CATALOG_HAS_MAX) && len > (size_t)e->hi)
		return catalog_text_length(e, val, len, why);
	switch (e->arg) {
	case CATALOG_ARG_INT:
		return catalog_check_int(e, val, len, why);
	case CATALOG_ARG_HEX:
		return catalog_check_hex(e, val, len, why);
	case CATALOG_ARG_ENUM:
		return catalog_check_enum(e, val, len, why);
	case CATALOG_ARG_IPADDR:
		return catalog_addr_check(e, val, len, why);
	case CATALOG_ARG_IPADDR_LIST:
		return catalog_addr_list(p, val, len, why);
	case CATALOG_ARG_MAC:
		return catalog_shape_mac(val, len, why);
	case CATALOG_ARG_SESSID_MAC:
		return catalog_shape_sessid_mac(val, len, why);
	case CATALOG_ARG_HOSTPORT:
		return catalog_shape_hostport(val, len, why);
	case CATALOG_ARG_INT_PAIR:
		return catalog_pair_check(e, p, val, len, why);
	case CATALOG_ARG_IFID_PAIR:
		return catalog_shape_ifid(val, len, why);
	case CATALOG_ARG_HEX_LIST:
		return catalog_shape_escape(val, len, why);
	case CATALOG_ARG_WORD:
		if (strcmp(e->name, "<local>:<remote>") == 0)
			return catalog_shape_pair(p, val, len, why);
		if (strcmp(e->name, "<speed>") == 0)
			return catalog_shape_speed(val, len, why);
		break;
	case CATALOG_ARG_STRING:
		return catalog_text_check(e, val, len, why);
	case CATALOG_ARG_SECRET:
		if (strcmp(e->name, "l2tpipsecsharedsecret") == 0)
			return catalog_shape_l2tp_key(len, why);
		break;
	case CATALOG_ARG_PATH:
		if (strcmp(e->name, "terminalscript") == 0)
			return catalog_shape_terminal_script(len, why);
		if (strcmp(e->name, "record") == 0 && val[0] != '/')
			return catalog_value_record_relative(p, val, len, why);
		if (strcmp(e->name, "pap-secrets") == 0 || strcmp(e->name, "chap-secrets") == 0)
			return catalog_value_pap_file(val, len, why, e->name[0] == 'c');
		break;
	case CATALOG_ARG_NONE:
	case CATALOG_ARG_NAME:
	case CATALOG_ARG_DIR:
	case CATALOG_ARG_COMMAND:
	case CATALOG_ARG_SPECIAL:
		if (strcmp(e->name, "modemdict") == 0)
			return catalog_shape_modemdict(why);
		break;
	case CATALOG_ARG_COUNT:
		break;
	}
	return 0;
}
