/* check_mppe.c - the rule about MPPE key sizes as Linux pppd 2.5.3 stores them, where require-mppe keeps only its 40-bit choice. */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

/* How each MPPE word changes the wanted key sizes (1: 40-bit, 2: 128-bit).
 * require-mppe stores 3 through a bool (linux-ppp-2.5.3/pppd/ccp.c:114,
 * options.c:859): 2.4.9 and Apple keep 3 (their bool is a byte,
 * linux-ppp-2.4.9/pppd/pppd.h:91), 2.5.3's C99 bool keeps 1 (pppd.h:47).
 * The 40 and 128 words change the byte with | and & (options.c:864-867)
 * alike everywhere. */
enum { CHECK_MPPE_SET, CHECK_MPPE_OR, CHECK_MPPE_CLEAR };
static const struct check_mppe_word {
	const char *name;
	int op, bits;
} check_mppe_words[] = {
	{ "require-mppe", CHECK_MPPE_SET, 3 }, { "+mppe", CHECK_MPPE_SET, 3 },
	{ "nomppe", CHECK_MPPE_SET, 0 }, { "-mppe", CHECK_MPPE_SET, 0 },
	{ "require-mppe-40", CHECK_MPPE_OR, 1 }, { "+mppe-40", CHECK_MPPE_OR, 1 },
	{ "require-mppe-128", CHECK_MPPE_OR, 2 }, { "+mppe-128", CHECK_MPPE_OR, 2 },
	{ "nomppe-40", CHECK_MPPE_CLEAR, 1 }, { "-mppe-40", CHECK_MPPE_CLEAR, 1 },
	{ "nomppe-128", CHECK_MPPE_CLEAR, 2 }, { "-mppe-128", CHECK_MPPE_CLEAR, 2 },
	/* Apple's own spellings (Helpers/pppd/ccp.c:200-206), known only there */
	{ "mppe-40", CHECK_MPPE_OR, 1 }, { "mppe-128", CHECK_MPPE_OR, 2 },
};

static int check_mppe_apply(int have, const struct check_mppe_word *w, int c99)
{
	switch (w->op) {
	case CHECK_MPPE_SET:
		return c99 && w->bits ? 1 : w->bits;
	case CHECK_MPPE_OR:
		return have | w->bits;
	default:
		return have & ~w->bits;
	}
}

static const char *check_mppe_sizes(int bits)
{
	return bits == 3 ? _("40- or 128-bit") : bits == 2 ? _("128-bit") : bits == 1 ?
	       _("40-bit") : _("none");
}

/* Said when the MPPE lines first ask for a key size and a later nomppe-40
 * or nomppe-128 takes the last one away (require-mppe-128 then
 * nomppe-128): with no size left pppd does not set MPPE up as required
 * (linux-ppp-2.5.3/pppd/ccp.c:524) and the link goes on without it
 * (auth.c:992), in every release. A plain nomppe, which turns MPPE off on
 * purpose, is not this. */
static int check_mppe_none_left(struct check_ctx *c, size_t at)
{
	check_say(c, CHECK_K_MPPE_SIZES, check_line(c, at), at, N_("Remove this line, or the "
	          "require line above it if MPPE is not wanted; to keep only one key size, "
	          "require that size alone."), NULL,
	          N_("These MPPE lines first require a key size and this line takes the last one "
	          "away, so none is left: pppd then does not require MPPE at all, and the link "
	          "can come up unencrypted (derived from the source, not tried)."));
	return 1;
}

/* nomppe-40 or nomppe-128 in a Linux file with no word asking for a key
 * size: MPPE is not required, but the word has stored its value in the
 * sizes pppd accepts from the peer (linux-ppp-2.5.3/pppd/ccp.c:132-152,
 * options.c:859), which start empty (ccp.c:361) and are reset only
 * when MPPE is required (ccp.c:605), so a peer's MPPE offer of that size is
 * taken (ccp.c:1092, :1141-1146): 40-bit in 2.5.3, whose bool keeps 1
 * (pppd.h:47), and in 2.4.9 the size the last such word names (pppd.h:91).
 * Left out: a require line in another file, which resets those sizes; a
 * peers file on a Mac, where PPPController's noccp stops CCP anyway. */
static int check_mppe_stray(struct check_ctx *c, size_t at, int bits, const char *rel)
{
	size_t nlen;
	const char *name = check_name(c, at, &nlen);
	int v24 = rel && strtol(rel, NULL, 10) == 2 && strtol(strchr(rel, '.') + 1, NULL, 10) < 5;
	int v25 = rel && strtol(rel, NULL, 10) == 2 && !v24;

	check_say(c, CHECK_K_MPPE_SIZES, check_line(c, at), at, N_("Remove it unless another "
	          "file pppd reads requires MPPE; to require MPPE with 128-bit keys only, write "
	          "require-mppe-128 instead."), NULL,
	          N_("%.*s does not require MPPE, and no line here asks for a key size, yet it "
	          "leaves a value in the key sizes pppd accepts from the peer, which are "
	          "otherwise none: unless another file requires MPPE, pppd takes a peer's offer "
	          "of MPPE with %s (derived from the source, not tried)."), (int)nlen, name,
	          v25 || bits == 1 ? _("40-bit keys") : v24 ? _("128-bit keys") :
	          _("128-bit keys (40-bit ones in Linux pppd 2.5.3)"));
	return 1;
}

/* Said once, at the last require-mppe, where 2.5.3 ends with other key
 * sizes than 2.4.9: 40-bit alone, or none at all, which leaves MPPE not
 * required (linux-ppp-2.5.3/pppd/ccp.c:524). A release named below 2.5
 * (--pppd-version) stores it as 2.4.9 does: then, as in both releases when
 * they agree, only the case where no size is left is told. Apple's pppd
 * keeps the byte as 2.4.9 does (Helpers/pppd/pppd.h:129, options.c:807-810),
 * so on macOS only that case is told too. When 2.5.3 is
 * left with none, the 40/128 words have also written their C99 bool, 1,
 * into ccp_allowoptions' mppe (ccp.c:126-152), which is reset only when MPPE
 * is required (ccp.c:605), so a peer's 40-bit offer is taken (ccp.c:1092,
 * 1141). */
int check_mppe_sizes_rule(struct check_ctx *c, size_t entry, size_t word)
{
	const char *rel = c->file ? c->file->pppd_version : NULL;
	int old = 0, now = 0, asked = 0, any_ask = 0, clear_bits = 0;
	size_t i, k, at = SIZE_MAX, cleared = SIZE_MAX, last_clear = SIZE_MAX;

	(void)entry;
	(void)word;
	for (i = 0; i < c->d->nentries; i++) {
		for (k = 0; c->row[i] && k < sizeof check_mppe_words / sizeof check_mppe_words[0]; k++) {
			const struct check_mppe_word *w = &check_mppe_words[k];
			if (strcmp(c->row[i]->name, w->name) != 0)
				continue;
			old = check_mppe_apply(old, w, 0);
			now = check_mppe_apply(now, w, 1);
			if (w->op == CHECK_MPPE_SET && w->bits)
				at = i;
			if (w->op != CHECK_MPPE_CLEAR)
				asked = w->bits != 0;
			any_ask |= w->op != CHECK_MPPE_CLEAR && w->bits != 0;
			if (w->op == CHECK_MPPE_CLEAR)
				last_clear = i, clear_bits = w->bits;
			cleared = w->op == CHECK_MPPE_CLEAR ? i : SIZE_MAX;
		}
	}
	if (c->p == PLATFORM_LINUX && !any_ask && last_clear != SIZE_MAX)
		return check_mppe_stray(c, last_clear, clear_bits, rel);
	if (c->p != PLATFORM_LINUX || (rel && strtol(rel, NULL, 10) == 2 &&
	    strtol(strchr(rel, '.') + 1, NULL, 10) < 5))
		now = old;
	if (old == now)
		return now == 0 && asked && cleared != SIZE_MAX ? check_mppe_none_left(c, cleared) : 0;
	if (at == SIZE_MAX)
		return 0;
	if (now == 0)
		check_say(c, CHECK_K_MPPE_SIZES, check_line(c, at), at, N_("Write require-mppe-128 "
		          "instead of these lines: it means 128-bit keys in every release."), NULL,
		          N_("In Linux pppd 2.5.3 require-mppe keeps only its 40-bit choice, so these "
		          "MPPE lines leave no key size at all: MPPE is then not required, the link "
		          "can come up unencrypted, and a value these words leave in the accepted "
		          "sizes lets a peer's offer of 40-bit MPPE through, the size they remove. "
		          "Linux pppd 2.4.9 reads them as %s keys required (derived from the source, "
		          "not tried)."), check_mppe_sizes(old));
	else
		check_say(c, CHECK_K_MPPE_SIZES, check_line(c, at), at, N_("Add require-mppe-128 "
		          "after it to allow 40- or 128-bit keys in every release, as 2.4.9 reads "
		          "these lines; or write require-mppe-128 alone to require 128-bit keys."),
		          NULL, N_("In Linux pppd 2.5.3 require-mppe keeps only its 40-bit choice, so "
		          "these MPPE lines require %s keys, where Linux pppd 2.4.9 reads them as %s "
		          "(derived from the source, not tried)."), check_mppe_sizes(now),
		          check_mppe_sizes(old));
	return 1;
}

/* With MPPE required once every option is read, pppd drops Predictor-1,
 * Deflate and BSD-Compress both from what it asks for and from what it
 * takes from the peer (linux-ppp-2.5.3/pppd/ccp.c:524 and :607-610;
 * 2.4.9's ccp.c:522 and :605-608; Apple's Helpers/pppd/ccp.c:597 and
 * :672-675), so
 * those words do nothing then. The key sizes are followed as the rule above
 * follows them; where 2.5.3 and 2.4.9 end differently (one with no size,
 * so MPPE not required) nothing is said. Left out: MPPE required in another
 * file, and noccp or -ccp, which its own rule speaks of; deflate and
 * bsdcomp under pppoe.so, which that plugin's rule speaks of. 1: said. */
int check_mppe_drops_compression(struct check_ctx *c, int pppoe)
{
	const char *rel = c->file ? c->file->pppd_version : NULL;
	int old = 0, now = 0, said = 0;
	size_t i, k, at = SIZE_MAX, nlen;
	const char *n, *name;

	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i])
			continue;
		if (strcmp(c->row[i]->name, "noccp") == 0 || strcmp(c->row[i]->name, "-ccp") == 0)
			return 0;
		for (k = 0; k < sizeof check_mppe_words / sizeof check_mppe_words[0]; k++) {
			const struct check_mppe_word *w = &check_mppe_words[k];
			if (strcmp(c->row[i]->name, w->name) != 0)
				continue;
			old = check_mppe_apply(old, w, 0);
			now = check_mppe_apply(now, w, 1);
			if (w->op != CHECK_MPPE_CLEAR && w->bits)
				at = i;
		}
	}
	if (c->p != PLATFORM_LINUX || (rel && strtol(rel, NULL, 10) == 2 &&
	    strtol(strchr(rel, '.') + 1, NULL, 10) < 5))
		now = old;
	if (!old || !now || at == SIZE_MAX)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		n = c->row[i] ? (c->row[i]->alias_of ? c->row[i]->alias_of : c->row[i]->name) : "";
		if (strcmp(n, "predictor1") != 0 &&
		    (pppoe || (strcmp(n, "deflate") != 0 && strcmp(n, "bsdcomp") != 0)))
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it, or the line "
		          "that requires MPPE if MPPE is not wanted."), "",
		          N_("'%.*s' is accepted but does nothing here: line %zu requires MPPE, "
		             "and with MPPE required pppd neither asks for nor accepts any other "
		             "compression (derived from the source, not tried)."), (int)nlen, name,
		          check_line(c, at));
		said = 1;
	}
	return said;
}

/* Whether any of names is set in this file (their last line), or SIZE_MAX. */
static size_t check_mppe_any(const struct check_ctx *c, const char *const *names, size_t n)
{
	size_t i, j, last = SIZE_MAX;

	for (i = 0; i < n; i++)
		if ((j = check_sets_last(c, names[i])) != SIZE_MAX && (last == SIZE_MAX || j > last))
			last = j;
	return last;
}

/* MPPE takes its keys from an MS-CHAP login, in either direction (or, in
 * a Linux pppd built with it, from EAP-TLS): with MPPE required, pppd ends
 * the link when none was done (linux-ppp-2.5.3/pppd/ccp.c:566-575;
 * 2.4.9's ccp.c:565-573; Apple's Helpers/pppd/ccp.c:634-636). refuse-mschap
 * and refuse-mschap-v2 leave this side no MS-CHAP login of its own, and no
 * word turns either back on (auth.c's options set them only to 1); without
 * require-mschap or require-mschap-v2 the peer is not asked for one. Left
 * out: a peer asked in another file, and EAP-TLS when the file names a
 * certificate (cert, ca, capath or pkcs12). auth with no word choosing a
 * login kind lets the peer log in with any kind of CHAP: pppd takes
 * MS-CHAP when the peer asks for it instead of what pppd offered first
 * (linux-ppp-2.5.3/pppd/auth.c:1373-1375, lcp.c:1098 and 1106; Apple's
 * auth.c:1412-1413), so then the rule is not told. Apple's pppd skips the MS-CHAP count after
 * any EAP login (Helpers/pppd/ccp.c:613), and a Linux pppd built with
 * EAP-TLS (2.4.9's Makefile.linux:88 turns it on; 2.5.3's ccp.c:558) lets
 * an EAP login in either direction pass the count too, and an
 * EAP-MSCHAPv2 answer, which refuse-mschap-v2 does not stop, gives keys
 * (eap.c:2243, chap_ms.c:867). This side answers a peer's EAP request
 * unless refuse-eap is given, so on both platforms the rule needs
 * refuse-eap and no require-eap. Left out too: pppd's own auth when a
 * user who is not root starts it with no address rule. */
static int check_mppe_peer_asked(struct check_ctx *c)
{
	static const char *const kinds[] = { "require-pap", "require-chap", "require-eap" };
	size_t a = check_sets_last(c, "auth"), n = check_sets_last(c, "noauth");

	if (check_sets_last(c, "refuse-eap") == SIZE_MAX ||
	    check_sets_last(c, "require-eap") != SIZE_MAX)
		return 1;
	return a != SIZE_MAX && (n == SIZE_MAX || n < a) && check_mppe_any(c, kinds, 3) == SIZE_MAX;
}

/* On a Mac the count above runs only in a pppd that negotiates CCP: CCP is
 * opened only when enabled (Helpers/pppd/auth.c:903-907), and the MPPE
 * count is made as CCP starts (ccp.c:454, :587). PPPController passes noccp
 * for every service (Controller/ppp_manager.c:729, :1327, :1352) and no word
 * turns CCP on again (Helpers/pppd/ccp.c:103-106); CCP's options then stay
 * zero (ccp.c:417), so pppd does not wait for encryption either
 * (auth.c:913-915) and brings the link up without MPPE. Left out: which
 * other programs start pppd with CCP on. */
static int check_mppe_no_keys_mac(struct check_ctx *c, size_t on, size_t r1, size_t r2)
{
	check_say(c, CHECK_K_MPPE_NO_KEYS, check_line(c, on), on, N_("Allow one MS-CHAP "
	          "login (delete the line named above that refuses MS-CHAPv2), or require "
	          "MS-CHAP of the peer, or stop requiring MPPE."), NULL, N_("This line requires "
	          "MPPE, whose keys come from the login, but %s (line %zu) and %s (line %zu) "
	          "leave this side no MS-CHAP login, refuse-eap no EAP one, and nothing here "
	          "asks the peer for one. A pppd that negotiates CCP, one started by hand "
	          "without PPPController say, ends the link once logged in (\"MPPE required, "
	          "but MS-CHAP[v2] auth not performed.\"); one that PPPController starts does "
	          "not, as it passes noccp for every service: there the link comes up without "
	          "MPPE, and this line does nothing (derived from Apple's source, not tried on "
	          "a Mac)."), c->row[r1]->name, check_line(c, r1), c->row[r2]->name,
	          check_line(c, r2));
	return 1;
}

/* 1 when the MPPE words leave 40-bit keys alone wanted, read as 2.4.9 and
 * Apple keep them and, on Linux, as 2.5.3 does too (where the two differ
 * the sizes rule above speaks instead), or as the Linux release that
 * --pppd-version names keeps them. */
static int check_mppe_only40(const struct check_ctx *c)
{
	int old = 0, now = 0;
	size_t i, k;

	for (i = 0; i < c->d->nentries; i++)
		for (k = 0; c->row[i] && k < sizeof check_mppe_words / sizeof check_mppe_words[0]; k++)
			if (strcmp(c->row[i]->name, check_mppe_words[k].name) == 0) {
				old = check_mppe_apply(old, &check_mppe_words[k], 0);
				now = check_mppe_apply(now, &check_mppe_words[k], 1);
			}
	/* a release named: only the way it stores require-mppe counts, as in
	 * check_mppe_sizes_rule (from 2.5 the C99 bool keeps 1, so there
	 * require-mppe alone leaves 40-bit keys only) */
	if (c->p == PLATFORM_LINUX && check_release_from(c, "2.5.0"))
		return now == 1;
	if (c->p == PLATFORM_LINUX && check_release_before(c, "2.5.0"))
		return old == 1;
	return old == 1 && (c->p != PLATFORM_LINUX || now == 1);
}

/* MPPE with 40-bit keys only, MS-CHAPv2 refused and MS-CHAP v1 not, the
 * peer not asked to log in and refuse-eap given (the same conditions as
 * below, with one MS-CHAP kind left): the only login that gives keys is
 * MS-CHAP v1, after which pppd takes 40-bit keys out and, none left, ends
 * the link (linux-ppp-2.5.3/pppd/ccp.c:586-601; 2.4.9's ccp.c:584-599;
 * Apple's Helpers/pppd/ccp.c:648-667); any other login, or none, fails the
 * MS-CHAP count above them. On a Mac under PPPController CCP never runs
 * (see check_mppe_no_keys_mac). Left out: a peer that sends no CHAP
 * challenge and a pppd started with CCP off elsewhere. */
static int check_mppe_v1_only40(struct check_ctx *c, size_t on, size_t r2)
{
	if (c->p == PLATFORM_MACOS) {
		check_say(c, CHECK_K_MPPE_NO_KEYS, check_line(c, on), on, N_("Add "
		          "require-mppe-128 so that 128-bit keys are left after an MS-CHAP v1 "
		          "login, or stop requiring MPPE."), NULL, N_("This line leaves MPPE "
		          "required with 40-bit keys only, but %s (line %zu) leaves this side "
		          "only MS-CHAP v1 of the logins that give MPPE keys, refuse-eap no EAP "
		          "one, and nothing here asks the peer for one, and after an MS-CHAP v1 "
		          "login pppd takes 40-bit keys out. A pppd that negotiates CCP, one "
		          "started by hand without PPPController say, then ends the link (\"MPPE "
		          "required, but both 40-bit and 128-bit disabled.\"); one that "
		          "PPPController starts does not, as it passes noccp for every service: "
		          "there the link comes up without MPPE (derived from Apple's source, not "
		          "tried on a Mac)."), c->row[r2]->name, check_line(c, r2));
		return 1;
	}
	check_say(c, CHECK_K_MPPE_NO_KEYS, check_line(c, on), on, N_("Add require-mppe-128 "
	          "so that 128-bit keys are left after an MS-CHAP v1 login, or stop requiring "
	          "MPPE."), NULL, N_("This line leaves MPPE required with 40-bit keys only, but "
	          "%s (line %zu) leaves this side only MS-CHAP v1 of the logins that give MPPE "
	          "keys, refuse-eap no EAP one, and nothing here asks the peer for one. After an "
	          "MS-CHAP v1 login pppd takes 40-bit keys out and ends the link (\"MPPE "
	          "required, but both 40-bit and 128-bit disabled.\"); after any other login, "
	          "or none, it ends it for want of MS-CHAP keys (derived from the source, not "
	          "tried)."), c->row[r2]->name, check_line(c, r2));
	return 1;
}

int check_mppe_no_keys(struct check_ctx *c, size_t entry, size_t word)
{
	static const char *const req[] = { "require-mppe", "require-mppe-40", "require-mppe-128" },
	                         *peer[] = { "require-mschap", "require-mschap-v2" },
	                         *tls[] = { "cert", "ca", "capath", "pkcs12" };
	size_t on = check_mppe_any(c, req, 3), off = check_sets_last(c, "nomppe");
	size_t r1 = check_sets_last(c, "refuse-mschap"), r2 = check_sets_last(c, "refuse-mschap-v2");

	(void)entry;
	(void)word;
	/* noccp (or -ccp) anywhere in the file: CCP never runs, so MPPE is
	 * never counted and the link comes up unencrypted; the conflict rule
	 * (check_conflict.c) says that instead */
	if (r1 == SIZE_MAX && r2 != SIZE_MAX && on != SIZE_MAX && (off == SIZE_MAX || off < on) &&
	    check_sets_last(c, "noccp") == SIZE_MAX && check_mppe_any(c, peer, 2) == SIZE_MAX &&
	    !(c->p == PLATFORM_LINUX && check_mppe_any(c, tls, 4) != SIZE_MAX) &&
	    !check_mppe_peer_asked(c) && check_mppe_only40(c))
		return check_mppe_v1_only40(c, on, r2);
	if (on == SIZE_MAX || (off != SIZE_MAX && off > on) || r1 == SIZE_MAX ||
	    check_sets_last(c, "noccp") != SIZE_MAX ||
	    r2 == SIZE_MAX || check_mppe_any(c, peer, 2) != SIZE_MAX ||
	    (c->p == PLATFORM_LINUX && check_mppe_any(c, tls, 4) != SIZE_MAX) ||
	    check_mppe_peer_asked(c))
		return 0;
	/* the names as written: -mschap-v2 or Apple's refuse-chapms-v2 too */
	if (c->p == PLATFORM_MACOS)
		return check_mppe_no_keys_mac(c, on, r1, r2);
	check_say(c, CHECK_K_MPPE_NO_KEYS, check_line(c, on), on, N_("Allow one MS-CHAP "
	          "login (delete the line named above that refuses MS-CHAPv2), or require "
	          "MS-CHAP of the peer, or stop requiring MPPE."), NULL, N_("This line requires "
	          "MPPE, whose keys come from the login, but %s (line %zu) and %s (line %zu) "
	          "leave this side no MS-CHAP login, refuse-eap no EAP one, and nothing here "
	          "asks the peer for one: once logged in, pppd ends the link (\"MPPE required, "
	          "but MS-CHAP[v2] auth not performed.\", or in a Linux pppd built with EAP-TLS "
	          "\"MPPE required, but MS-CHAP[v2] nor EAP-TLS auth are performed.\")."),
	          c->row[r1]->name, check_line(c, r1), c->row[r2]->name, check_line(c, r2));
	return 1;
}
