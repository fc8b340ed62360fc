/* catalog_keeps.c - whether a correction keeps the meaning of what was typed: polarity, numbers, antonyms, other protocols, and names that weaken security. */
#include "pppd/catalog.h"
#include "pppd/catalog_suggest_int.h"

#include <ctype.h>
#include <string.h>

/* Words of a name whose swap turns it into its opposite; a marker is the
 * start of the word, so that a typo later in it does not hide it. */
static const struct {
	const char *a, *b;
} catalog_antonyms[] = {
	{ "statel", "statef" },      /* mppe-stateless / mppe-stateful */
	{ "local", "remote" },       /* ipcp-accept-local / -remote */
	{ "idlesend", "idlerecv" },
	{ "disable", "enable" },     /* enable-session: no word turns it off */
	/* dhcpv6-untrusted / dhcpv6-trusted: "dhcpv6-ntrusted" is one edit
	 * from both, and trusted accepts relay messages from the peer
	 * (linux-ppp-2.5.3/pppd/plugins/dhcpv6relay/dhcpv6relay.c:681) */
	{ "ntrust", "-trust" },
	{ "utrust", "-trust" },
	/* not opposites, but a different value: pppoe-mac takes the
	 * concentrator's Ethernet address, pppoe-ac its name ("pppoemac" is
	 * one edit from either; linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:81,
	 * :93) */
	/* Apple's ip-src-address-filter has no dst twin: "ip-dst-..." is
	 * another direction, not a typo (apple-ppp-1027.121.1/Helpers/pppd/
	 * ipcp.c:289) */
	{ "dst", "src" },
	/* max-tls-version has no min twin: a minimum is not a maximum
	 * (linux-ppp-2.5.3/pppd/auth.c:454) */
	{ "min", "max" },
	{ "mac", "-ac" },
	{ "mac", "_ac" },
	/* not opposites either: srp-interval times SRP's light re-check,
	 * eap-interval a whole new EAP login (linux-ppp-2.5.3/pppd/eap.c:113,
	 * :116) */
	{ "srp-", "eap-" },
	/* another protocol: "chapcrypt" is no papcrypt, which would stop
	 * plain-text pap-secrets entries from matching
	 * (linux-ppp-2.5.3/pppd/auth.c:1578) */
	{ "chap", "pap" },
	/* not opposites: mtu caps what this end sends, mru what it asks the
	 * peer to send, mrru the size of a multilink packet
	 * (linux-ppp-2.5.3/pppd/lcp.c:145, :135, :186): "default-mtu" is no
	 * default-mru */
	{ "mtu", "mru" },
	{ "mrru", "mru" },
	/* not opposites: capath names a folder of CA certificates to trust,
	 * crl-dir one of revocation lists ("crlpath" is two edits from
	 * capath; linux-ppp-2.5.3/pppd/auth.c:451, :452) */
	{ "crl", "ca" },
};

/* Words pppd does not know that say the opposite of a name close to them:
 * a typed word at least as near the word as the name is no typo of the
 * name. "async" is asynchronous framing, what pppd does without sync
 * (linux-ppp-2.5.3/pppd/tty.c:234 sets sync_serial, 0 by default at :151;
 * Apple's Helpers/pppd/tty.c:304, :202), so sync would turn it round. */
static const struct {
	const char *name, *word;
} catalog_opposite_words[] = {
	{ "sync", "async" },
};

/* Directives that weaken security beyond what their polarity and
 * category say. */
static const char *const catalog_weak_names[] = {
	"noccp", "-ccp",        /* MPPE is negotiated inside CCP */
	"l2tpnoipsec",          /* the tunnel without IPsec */
	"noauth",
	/* lets the peer have stateful MPPE, which the default refuses
	 * (linux-ppp-2.5.3/pppd/ccp.c:70, :1111-1115; Apple's nomppe-stateless) */
	"mppe-stateful", "nomppe-stateless", "-mppe-stateless",
	/* with debug, PAP passwords go to the log (linux-ppp-2.5.3/pppd/upap.c:624) */
	"show-password",
};

/* "no" names of encryption that do not weaken the link: nomppe-stateful
 * refuses stateful MPPE, as the default does (ccp.c:158); noecp turns off
 * what is never on */
static const char *const catalog_strict_names[] = {
	"nomppe-stateful",
	"noecp", "-ecp",        /* ECP is off already and no pppd has it (ecp.c) */
};

enum catalog_polarity catalog_polarity(const char *name, size_t len)
{
	char low[SUGGEST_MAX];
	size_t n = catalog_lower(low, name, len), seg;

	if (n == 0)
		return CATALOG_POL_PLAIN;
	if (low[0] == '+')
		return CATALOG_POL_REQUIRE;
	/* "_defaultroute" is -defaultroute typed with _ for - (pppd has no
	 * name that starts with _), not defaultroute, which says the opposite */
	if (low[0] == '-' || low[0] == '_' || (n > 2 && low[0] == 'n' && low[1] == 'o'))
		return CATALOG_POL_OFF;
	/* "requre-pap" is still a require, "refsue-chap" still a refusal,
	 * and "require_pap" one typed with _ for - */
	for (seg = 0; seg < n && low[seg] != '-' && low[seg] != '_'; seg++)
		;
	if (seg < n && seg >= 5) {
		if (catalog_distance(low, seg, "require", 7, 2) <= 2)
			return CATALOG_POL_REQUIRE;
		if (catalog_distance(low, seg, "refuse", 6, 2) <= 2)
			return CATALOG_POL_OFF;
	}
	/* "requirechapms", "requiremppe-128" with a '-' left out */
	if (seg > 7 && memcmp(low, "require", 7) == 0)
		return CATALOG_POL_REQUIRE;
	if (seg > 6 && memcmp(low, "refuse", 6) == 0)
		return CATALOG_POL_OFF;
	return CATALOG_POL_PLAIN;
}

int catalog_weakens(const struct catalog_entry *e)
{
	size_t i, len = strlen(e->name);

	for (i = 0; i < sizeof catalog_weak_names / sizeof catalog_weak_names[0]; i++)
		if (strcmp(e->name, catalog_weak_names[i]) == 0)
			return 1;
	for (i = 0; i < sizeof catalog_strict_names / sizeof catalog_strict_names[0]; i++)
		if (strcmp(e->name, catalog_strict_names[i]) == 0)
			return 0;
	return catalog_polarity(e->name, len) == CATALOG_POL_OFF &&
	       (e->category == CATALOG_CAT_AUTH || e->category == CATALOG_CAT_ENCRYPTION);
}

/* A character as it looks in a blog post's font: 1, I and | pass for l,
 * 0 for o (s is lowercased already). */
static char catalog_look(char c)
{
	return c == '1' || c == 'i' || c == '|' ? 'l' : c == '0' ? 'o' : c;
}

/* The digits of s that look like digits, in order, as one string:
 * "require-mppe-128" -> "28" (its 1 passes for an l either way). */
static size_t catalog_digits(const char *s, size_t n, char *out)
{
	size_t i, k = 0;

	/* a 1 or 0 right after a digit is one too: "require-mppe-40" has a 4
	 * and a 0, so "require-mppe4" is no typo of it */
	for (i = 0; i < n; i++)
		if ((catalog_look(s[i]) >= '0' && catalog_look(s[i]) <= '9') ||
		    (i > 0 && (s[i] == '0' || s[i] == '1') && s[i - 1] >= '0' && s[i - 1] <= '9'))
			out[k++] = s[i];
	return k;
}

static int catalog_has(const char *s, size_t n, const char *part)
{
	size_t m = strlen(part), i;

	for (i = 0; i + m <= n; i++)
		if (memcmp(s + i, part, m) == 0)
			return 1;
	return 0;
}

static int catalog_keeps_weak(const char *key, size_t klen, const char *name, size_t nlen,
                              const struct catalog_entry *e);

/* Which CHAP a canonical name names: 0 CHAP with MD5, 1 MS-CHAP, 2 MS-CHAPv2
 * (linux-ppp-2.5.3/pppd/auth.c:369-383, Apple's auth.c:357-391). */
static int catalog_chap_kind(const char *s, size_t n)
{
	return !catalog_has(s, n, "ms") ? 0 : catalog_has(s, n, "-v") ? 2 : 1;
}

/* A typed word that points at MS-CHAPv2 ("-v" not followed by a 1 or what
 * looks like one, "msv", or a 2) is not offered MS-CHAP version 1 or MD5
 * CHAP ("require-chapms-v" is no require-chapms, which is weaker), and one
 * that says "ms" is not offered MD5 CHAP ("require-chapmsv" is no
 * require-chap): each is another protocol. */
static int catalog_chap_differs(const char *key, size_t klen, const char *name, size_t nlen)
{
	size_t i;
	int v2 = catalog_has(key, klen, "msv") || memchr(key, '2', klen) != NULL;
	int kind = catalog_chap_kind(name, nlen);

	if (!catalog_has(name, nlen, "chap"))
		return 0;
	for (i = 0; i + 1 < klen; i++)
		if (key[i] == '-' && key[i + 1] == 'v' &&
		    (i + 2 == klen || catalog_look(key[i + 2]) != 'l'))
			v2 = 1;
	return (v2 && kind < 2) || (catalog_has(key, klen, "ms") && kind == 0);
}

/* The length of a word's ending that says "off" after a separator
 * ("intercept-dhcp-no", "vj_off", "proxyarp=0"), or 0: pppd has no such
 * spelling, and the plain name would switch the thing on. */
static size_t catalog_tail_off(const char *s, size_t n)
{
	static const char *const tails[] = { "no", "off", "0", "false", "disable", "disabled" };
	size_t i, m;

	for (i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		m = strlen(tails[i]);
		if (n > m + 1 && memcmp(s + n - m, tails[i], m) == 0 &&
		    (s[n - m - 1] == '-' || s[n - m - 1] == '_' || s[n - m - 1] == '='))
			return m;
	}
	return 0;
}

/* Whether the typed word is name, a "no" name, with one slip in its first
 * three letters and none dropped ("onlock", "neocp", "nnopersist"): it
 * says "no" as the name does. A letter left out ("nmp") is not: it may be
 * mp with a stray n. */
static int catalog_no_mistyped(const char *key, size_t klen, const char *name, size_t nlen)
{
	size_t tail;

	if (nlen < 4 || name[0] != 'n' || name[1] != 'o' || klen < nlen)
		return 0;
	tail = nlen - 3;
	return memcmp(key + klen - tail, name + 3, tail) == 0 &&
	       catalog_distance(key, klen - tail, name, 3, 1) <= 1;
}

/* Whether the typed word is name, a "no" name, with its n or o left out,
 * where the rest is no name on either platform ("nlog": there is no log):
 * then it can only be the "no" name. With a name there ("nmp": mp) the
 * letter may be a stray one put before it. */
static int catalog_no_dropped(const char *key, size_t klen, const char *name, size_t nlen)
{
	char rest[SUGGEST_MAX];

	if (nlen < 4 || name[0] != 'n' || name[1] != 'o' || klen + 1 != nlen ||
	    klen >= sizeof rest || memcmp(key + 1, name + 2, nlen - 2) != 0 ||
	    (key[0] != 'n' && key[0] != 'o'))
		return 0;
	memcpy(rest, key + 1, klen - 1);
	rest[klen - 1] = '\0';
	return !catalog_find(rest, PLATFORM_LINUX) && !catalog_find(rest, PLATFORM_MACOS);
}

/* One way round: name is key with "no" put in after its first letter:
 * after a dash ("ipv6cp-noremote") or run on (Apple's "l2tpnoload"). */
static int catalog_no_put_in(const char *key, size_t klen, const char *name, size_t nlen)
{
	size_t i;

	if (nlen != klen + 2)
		return 0;
	for (i = 1; i + 2 <= nlen; i++)
		if (name[i] == 'n' && name[i + 1] == 'o' && memcmp(key, name, i) == 0 &&
		    memcmp(key + i, name + i + 2, nlen - i - 2) == 0)
			return 1;
	return 0;
}

int catalog_inner_no(const char *key, size_t klen, const char *name, size_t nlen)
{
	return catalog_no_put_in(key, klen, name, nlen) || catalog_no_put_in(name, nlen, key, klen);
}

/* catalog_suggest_int.h says what it returns. */
int catalog_keeps(const char *key, size_t klen, const char *name, size_t nlen,
                         const struct catalog_entry *e)
{
	char dk[SUGGEST_MAX], dn[SUGGEST_MAX];
	size_t i, nk, nn, m;

	if (catalog_polarity(key, klen) != catalog_polarity(name, nlen) &&
	    !catalog_no_mistyped(key, klen, name, nlen) && !catalog_no_dropped(key, klen, name, nlen))
		return 0;
	/* "hold-off" is holdoff, whose own name ends in off */
	m = catalog_tail_off(key, klen);
	if ((m != 0) != (catalog_tail_off(name, nlen) != 0) &&
	    !(m && nlen >= m && memcmp(name + nlen - m, key + klen - m, m) == 0))
		return 0;
	nk = catalog_digits(key, klen, dk);
	nn = catalog_digits(name, nlen, dn);
	if (nk != nn || memcmp(dk, dn, nk) != 0)
		return 0;
	/* a 1 or 0 put after the last letter is a digit added ("novjccomp1"),
	 * not an l or o: only in place of the name's last letter ("loca1") is
	 * it a look-alike; "-v1" is a version, MS-CHAP's first (below); a
	 * name that ends in that digit has it ("predicter1": predictor1) */
	if (klen > 1 && (key[klen - 1] == '1' || key[klen - 1] == '0') &&
	    !(key[klen - 2] >= '0' && key[klen - 2] <= '9') &&
	    !(klen > 2 && key[klen - 2] == 'v' && key[klen - 3] == '-') &&
	    name[nlen - 1] != key[klen - 1] &&
	    (klen > nlen || name[nlen - 1] != catalog_look(key[klen - 1])))
		return 0;
	if (catalog_chap_differs(key, klen, name, nlen) || catalog_inner_no(key, klen, name, nlen))
		return 0;
	for (i = 0; i < sizeof catalog_opposite_words / sizeof catalog_opposite_words[0]; i++) {
		const char *w = catalog_opposite_words[i].word, *on = catalog_opposite_words[i].name;

		if (strlen(on) == nlen && memcmp(name, on, nlen) == 0 &&
		    catalog_distance(key, klen, w, strlen(w), SUGGEST_MAX) <=
		    catalog_distance(key, klen, name, nlen, SUGGEST_MAX))
			return 0;
	}
	for (i = 0; i < sizeof catalog_antonyms / sizeof catalog_antonyms[0]; i++) {
		const char *a = catalog_antonyms[i].a, *b = catalog_antonyms[i].b;

		if ((catalog_has(key, klen, a) && catalog_has(name, nlen, b) &&
		     !catalog_has(name, nlen, a)) ||
		    (catalog_has(key, klen, b) && catalog_has(name, nlen, a) &&
		     !catalog_has(name, nlen, b)))
			return 0;
	}
	return catalog_keeps_weak(key, klen, name, nlen, e) ? 1 : 2;
}

/* A name that weakens security is offered only for the very word (as it
 * looks), or two neighbours swapped. */
static int catalog_keeps_weak(const char *key, size_t klen, const char *name, size_t nlen,
                              const struct catalog_entry *e)
{
	size_t i, diff = 0, first = 0;

	if (!catalog_weakens(e))
		return 1;
	if (klen != nlen)
		return 0;
	for (i = 0; i < klen; i++)
		if (catalog_look(key[i]) != catalog_look(name[i]) && diff++ == 0)
			first = i;
	return diff == 0 || (diff == 2 && first + 1 < klen && key[first] == name[first + 1] &&
	                     key[first + 1] == name[first]);
}

/* Whether the typed word is the name with digits left off, those it has in
 * their order ("noipv" for noipv6): the name may be the very word meant,
 * though its number is not one to write for the typist. */
int catalog_number_dropped(const char *key, size_t klen, const char *name, size_t nlen)
{
	char dk[SUGGEST_MAX], dn[SUGGEST_MAX];
	size_t nk, nn, i, j;

	if (catalog_polarity(key, klen) != catalog_polarity(name, nlen))
		return 0;
	nk = catalog_digits(key, klen, dk);
	nn = catalog_digits(name, nlen, dn);
	if (nn <= nk)
		return 0;
	for (i = j = 0; i < nn && j < nk; i++)
		if (dn[i] == dk[j])
			j++;
	if (j != nk)
		return 0;
	/* the rest, digits aside, is the same */
	for (i = j = 0;; i++, j++) {
		while (i < klen && catalog_look(key[i]) >= '0' && catalog_look(key[i]) <= '9')
			i++;
		while (j < nlen && catalog_look(name[j]) >= '0' && catalog_look(name[j]) <= '9')
			j++;
		if (i >= klen || j >= nlen)
			return i >= klen && j >= nlen;
		if (catalog_look(key[i]) != catalog_look(name[j]))
			return 0;
	}
}

/* Whether the typed word is the name with its leading - or + left off
 * ("detach" for -detach): that name may be the very word meant, and it
 * says the opposite of the word as typed, so any other name is a guess. */
int catalog_sign_dropped(const char *key, size_t klen, const char *name, size_t nlen)
{
	return nlen == klen + 1 && (name[0] == '-' || name[0] == '+') && name[1] != '-' &&
	       memcmp(name + 1, key, klen) == 0;
}

int catalog_doubled(const char *key, size_t klen, const char *name, size_t nlen)
{
	size_t i;

	if (klen != nlen + 1)
		return 0;
	for (i = 0; i < nlen && key[i] == name[i]; i++)
		continue;
	/* key[i] is the extra letter: it repeats the one before or after */
	return ((i > 0 && key[i] == key[i - 1]) || (i < nlen && key[i] == key[i + 1])) &&
	       memcmp(key + i + 1, name + i, nlen - i) == 0;
}
