/* catalog_suggest.c - "did you mean": look-alike folding and edit distance over directive names. */
#include "pppd/catalog.h"
#include "pppd/catalog_suggest_int.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

/* One look-alike: the UTF-8 bytes, what pppd's reader should have seen
 * instead ("" = nothing), and which kind of trouble it is. */
static const struct {
	const char *utf8;
	const char *ascii;
	unsigned kind;
} catalog_lookalikes[] = {
	{ "\xC2\xA0", " ", CATALOG_FOLD_SPACE },         /* no-break space */
	{ "\xE3\x80\x80", " ", CATALOG_FOLD_SPACE },     /* ideographic space */
	{ "\xE2\x80\xAF", " ", CATALOG_FOLD_SPACE },     /* narrow no-break space */
	{ "\xE2\x80\x80", " ", CATALOG_FOLD_SPACE },     /* U+2000..200A: */
	{ "\xE2\x80\x81", " ", CATALOG_FOLD_SPACE },     /* typographic spaces */
	{ "\xE2\x80\x82", " ", CATALOG_FOLD_SPACE },
	{ "\xE2\x80\x83", " ", CATALOG_FOLD_SPACE },
	{ "\xE2\x80\x84", " ", CATALOG_FOLD_SPACE },
	{ "\xE2\x80\x85", " ", CATALOG_FOLD_SPACE },
	{ "\xE2\x80\x86", " ", CATALOG_FOLD_SPACE },
	{ "\xE2\x80\x87", " ", CATALOG_FOLD_SPACE },
	{ "\xE2\x80\x88", " ", CATALOG_FOLD_SPACE },
	{ "\xE2\x80\x89", " ", CATALOG_FOLD_SPACE },
	{ "\xE2\x80\x8A", " ", CATALOG_FOLD_SPACE },
	{ "\xE2\x80\x8B", "", CATALOG_FOLD_INVISIBLE },  /* zero-width space */
	{ "\xE2\x80\x8C", "", CATALOG_FOLD_INVISIBLE },
	{ "\xE2\x80\x8D", "", CATALOG_FOLD_INVISIBLE },
	{ "\xE2\x81\xA0", "", CATALOG_FOLD_INVISIBLE },  /* word joiner */
	{ "\xEF\xBB\xBF", "", CATALOG_FOLD_INVISIBLE },  /* byte order mark */
	{ "\xE2\x80\x98", "", CATALOG_FOLD_QUOTE },      /* curly single quotes */
	{ "\xE2\x80\x99", "", CATALOG_FOLD_QUOTE },
	{ "\xE2\x80\x9A", "", CATALOG_FOLD_QUOTE },
	{ "\xE2\x80\x9C", "", CATALOG_FOLD_QUOTE },      /* curly double quotes */
	{ "\xE2\x80\x9D", "", CATALOG_FOLD_QUOTE },
	{ "\xE2\x80\x9E", "", CATALOG_FOLD_QUOTE },
	{ "\xC2\xAB", "", CATALOG_FOLD_QUOTE },          /* guillemets */
	{ "\xC2\xBB", "", CATALOG_FOLD_QUOTE },
	{ "\xE2\x80\x90", "-", CATALOG_FOLD_DASH },      /* hyphens and dashes */
	{ "\xE2\x80\x91", "-", CATALOG_FOLD_DASH },
	{ "\xE2\x80\x92", "-", CATALOG_FOLD_DASH },
	{ "\xE2\x80\x93", "-", CATALOG_FOLD_DASH },
	{ "\xE2\x80\x94", "-", CATALOG_FOLD_DASH },
	{ "\xE2\x80\x95", "-", CATALOG_FOLD_DASH },
	{ "\xE2\x88\x92", "-", CATALOG_FOLD_DASH },      /* minus sign */
};

unsigned catalog_fold(const char *w, size_t len, struct buf *out)
{
	unsigned found = 0;
	size_t i = 0, k;

	buf_reset(out);
	buf_add(out, "", 0);
	while (i < len) {
		const unsigned char *u = (const unsigned char *)w + i;
		int done = 0;

		/* Full-width ASCII U+FF01..FF5E is EF BC 81..BF and EF BD 80..9E. */
		if (u[0] == 0xEF && i + 2 < len &&
		    ((u[1] == 0xBC && u[2] >= 0x81 && u[2] <= 0xBF) ||
		     (u[1] == 0xBD && u[2] >= 0x80 && u[2] <= 0x9E))) {
			unsigned cp = 0xF000u | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3Fu);
			buf_addc(out, (char)(cp - 0xFEE0u));
			/* U+FF0D is a dash, not a letter */
			found |= cp == 0xFF0Du ? CATALOG_FOLD_DASH : CATALOG_FOLD_FULLWIDTH;
			i += 3;
			continue;
		}
		if (u[0] >= 0xC2) {
			for (k = 0; k < sizeof catalog_lookalikes / sizeof catalog_lookalikes[0]; k++) {
				size_t n = strlen(catalog_lookalikes[k].utf8);
				if (n <= len - i && memcmp(w + i, catalog_lookalikes[k].utf8, n) == 0) {
					buf_adds(out, catalog_lookalikes[k].ascii);
					found |= catalog_lookalikes[k].kind;
					i += n;
					done = 1;
					break;
				}
			}
		}
		if (!done)
			buf_addc(out, w[i++]);
	}
	return found;
}

/* Optimal-string-alignment distance (Damerau-Levenshtein with adjacent
 * swaps), or bound + 1 as soon as it must exceed bound. */
size_t catalog_distance(const char *a, size_t n, const char *b, size_t m, size_t bound)
{
	size_t row[3][SUGGEST_MAX + 1];
	size_t i, j;

	if ((n > m ? n - m : m - n) > bound)
		return bound + 1;
	for (j = 0; j <= m; j++)
		row[0][j] = j;
	for (i = 1; i <= n; i++) {
		size_t *cur = row[i % 3], *prev = row[(i + 2) % 3], *prev2 = row[(i + 1) % 3];
		size_t best;

		cur[0] = i;
		best = cur[0];
		for (j = 1; j <= m; j++) {
			size_t cost = a[i - 1] != b[j - 1], v = prev[j - 1] + cost;
			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    prev2[j - 2] + 1 < v)
				v = prev2[j - 2] + 1;
			cur[j] = v;
			if (v < best)
				best = v;
		}
		if (best > bound)
			return bound + 1;
	}
	return row[n % 3][m];
}

size_t catalog_lower(char *dst, const char *src, size_t n)
{
	size_t i;

	if (n > SUGGEST_MAX)
		n = SUGGEST_MAX;
	/* '_' reads as '-': pppd's names use both ("rp_pppoe_ac" beside
	 * "rp-pppoe.so"), and "require_pap" is require-pap */
	for (i = 0; i < n; i++)
		dst[i] = src[i] == '_' ? '-' : (char)tolower((unsigned char)src[i]);
	return n;
}

/* The typed word as the suggestions compare it: folded, leading spaces
 * dropped, cut at a space, lowercased. Returns its length in key. */
static size_t catalog_key(const char *word, size_t len, char *key)
{
	struct buf folded;
	const char *f, *sp;
	size_t klen;

	buf_init(&folded);
	catalog_fold(word, len, &folded);
	f = folded.data;
	klen = folded.len;
	while (klen > 0 && f[0] == ' ') {
		f++;
		klen--;
	}
	/* Glued words ("mtu<NBSP>1400"): the name is the part before the space. */
	sp = memchr(f, ' ', klen);
	if (sp)
		klen = (size_t)(sp - f);
	klen = catalog_lower(key, f, klen);
	buf_free(&folded);
	return klen;
}

int catalog_suggest_keeps_meaning(const char *typed, size_t len,
                                  const struct catalog_entry *to)
{
	char key[SUGGEST_MAX], name[SUGGEST_MAX];
	size_t klen = catalog_key(typed, len, key);

	return catalog_keeps(key, klen, name, catalog_lower(name, to->name, strlen(to->name)),
	                     to) == 1;
}

static const char *catalog_root(const struct catalog_entry *e)
{
	return e->alias_of ? e->alias_of : e->name;
}

int catalog_suggest_tied(const char *word, size_t len, const struct catalog_entry *a,
                         const struct catalog_entry *b)
{
	char key[SUGGEST_MAX], na[SUGGEST_MAX], nb[SUGGEST_MAX];
	size_t klen = catalog_key(word, len, key);
	size_t la = catalog_lower(na, a->name, strlen(a->name));
	size_t lb = catalog_lower(nb, b->name, strlen(b->name));

	return strcmp(catalog_root(a), catalog_root(b)) != 0 &&
	       catalog_distance(key, klen, na, la, SUGGEST_MAX) ==
	       catalog_distance(key, klen, nb, lb, SUGGEST_MAX);
}

/* How far out names are held back, and by which name (at SIZE_MAX: none). */
struct suggest_hold {
	size_t at;
	const struct catalog_entry *by;
};

static void catalog_hold_at(struct suggest_hold *h, size_t at, const struct catalog_entry *by)
{
	if (at < h->at) {
		h->at = at;
		h->by = by;
	}
}

/* Whether a is b with two neighbouring letters swapped. */
static int catalog_swapped(const char *a, size_t n, const char *b, size_t m)
{
	size_t i = 0;

	if (n != m || n < 2)
		return 0;
	while (i < n && a[i] == b[i])
		i++;
	return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] &&
	       memcmp(a + i + 2, b + i + 2, n - i - 2) == 0;
}

/* A name not offered may still be the very word meant (keeps 2, a
 * weakening name close enough to be it), or the word with its digits
 * ("noipv" is noipv6 before it is noipx) or its sign ("detach") left off,
 * or with a digit added ("defaultroute-metric6" is defaultroute-metric
 * before it is defaultroute6-metric, two edits away):
 * then no name as far away (at) or farther is offered either. */
static void catalog_suggest_hold(const char *key, size_t klen, const char *name, size_t nlen,
                                 size_t at, int keeps, const struct catalog_entry *e,
                                 struct suggest_hold *held, struct suggest_hold *sign_held)
{
	if (keeps == 2)
		catalog_hold_at(held, at, e);
	else if (keeps == 0 && catalog_number_dropped(key, klen, name, nlen))
		catalog_hold_at(held, at, e);
	/* a digit added ("ipcp-accept-local1": a 1 after the name reads as a
	 * digit, catalog_keeps): a name as near that keeps the typed digits
	 * stays ("noip6" is noipv6 as much as noip) */
	else if (keeps == 0 && (catalog_number_dropped(name, nlen, key, klen) ||
	                        (klen == nlen + 1 && (key[klen - 1] == '1' || key[klen - 1] == '0') &&
	                         memcmp(key, name, nlen) == 0)))
		catalog_hold_at(held, at + 4, e);
	else if (keeps == 0 && (catalog_sign_dropped(key, klen, name, nlen) ||
	                        catalog_inner_no(key, klen, name, nlen)))
		catalog_hold_at(sign_held, at, e);
	/* a name two letters of which the word has swapped ("mrur" is mrru,
	 * though its "mru" reads as another option): as likely meant as a
	 * name as near, which is then named, not written in */
	else if (keeps == 0 && catalog_swapped(key, klen, name, nlen))
		catalog_hold_at(held, at, e);
}

/* Adds e, scored s (lower is nearer), to the best-first list out[0..n)
 * of at most max names, once per name; returns the new count. */
static size_t catalog_suggest_insert(const struct catalog_entry **out, size_t *score, size_t n,
                                     size_t max, const struct catalog_entry *e, size_t s)
{
	size_t k, j;

	for (k = 0; k < n; k++)
		if (strcmp(out[k]->name, e->name) == 0)
			return n;
	for (k = n; k > 0 && score[k - 1] > s; k--)
		;
	if (k >= max)
		return n;
	for (j = (n < max ? n : max - 1); j > k; j--) {
		out[j] = out[j - 1];
		score[j] = score[j - 1];
	}
	out[k] = e;
	score[k] = s;
	return n < max ? n + 1 : n;
}

/* For e, a name only the other platform's pppd knows: the score from which
 * this platform's names are held back. One nearer than any here
 * ("acsp-max-configure" is Apple's acscp-max-configure before it is
 * lcp-max-configure) makes a farther name here a guess at another
 * setting; not when it is another name for one this pppd knows (Apple's
 * require-chapms-v2 is require-mschap-v2). SIZE_MAX: no hold. */
static size_t catalog_other_hold(const char *key, size_t klen, size_t bound,
                                 const struct catalog_entry *e, enum platform p)
{
	char name[SUGGEST_MAX];
	size_t nlen = catalog_lower(name, e->name, strlen(e->name));
	size_t d = catalog_distance(key, klen, name, nlen, bound);

	if (d > bound || (e->alias_of && catalog_find(e->alias_of, p)))
		return SIZE_MAX;
	return (d + 1) * 4;
}

/* A name only the other platform's pppd knows that is another name for
 * one here (Apple's require-chapms is require-mschap): a typo of it is a
 * typo of that one ("require-champs" on Linux is require-mschap, not
 * require-chap). Its score as that one's, or SIZE_MAX. */
static size_t catalog_other_alias(const char *key, size_t klen, size_t bound,
                                  const struct catalog_entry *e, enum platform p,
                                  const struct catalog_entry **to)
{
	char name[SUGGEST_MAX];
	size_t nlen, d;

	*to = e->alias_of && !catalog_find(e->name, p) ? catalog_find(e->alias_of, p) : NULL;
	/* only where both names read alike: +ipx is no typo of ipx's */
	if (!*to || ((*to)->flags & CATALOG_NOTBUILT) ||
	    catalog_polarity(e->name, strlen(e->name)) !=
	    catalog_polarity((*to)->name, strlen((*to)->name)))
		return SIZE_MAX;
	nlen = catalog_lower(name, e->name, strlen(e->name));
	d = catalog_distance(key, klen, name, nlen, bound);
	/* a sign put before the whole name says not: no guess */
	if (d > bound || catalog_keeps(key, klen, name, nlen, e) != 1 ||
	    (klen == nlen + 1 && (key[0] == '-' || key[0] == '+') &&
	     memcmp(key + 1, name, nlen) == 0))
		return SIZE_MAX;
	return d * 4 + (name[0] != key[0]) * 2 + 1;
}

/* Of out[0..n), only the names that start with the typed word: for a word
 * that is the start of a longer name. Returns how many stay. */
static size_t catalog_suggest_longer(const char *key, size_t klen,
                                     const struct catalog_entry **out, size_t n)
{
	char name[SUGGEST_MAX];
	size_t i, j, nlen;

	for (i = j = 0; i < n; i++) {
		nlen = catalog_lower(name, out[i]->name, strlen(out[i]->name));
		if (nlen > klen && memcmp(key, name, klen) == 0)
			out[j++] = out[i];
	}
	return j;
}

/* One look for close names: the typed word, and what has been found. */
struct suggest_run {
	char key[SUGGEST_MAX];
	size_t klen, bound;
	enum platform p;
	/* every close name, best first; the best max of those that stay */
	const struct catalog_entry *all[16];
	size_t score[16], n;
	struct suggest_hold held, sign_held, other_held;
	/* the nearest name the word is with a sign put before it ("ca" of
	 * "-ca"), and how far that is */
	const struct catalog_entry *sign_bare;
	size_t sign_bare_d;
	int exact, cut;
};

/* Whether the best name so far is the typed word and one letter more. */
static int catalog_suggest_cut_one(const struct suggest_run *r)
{
	char name[SUGGEST_MAX];
	size_t nlen = strlen(r->all[0]->name);

	if (nlen != r->klen + 1 || nlen > sizeof name)
		return 0;
	catalog_lower(name, r->all[0]->name, nlen);
	return memcmp(name, r->key, r->klen) == 0;
}

/* Row e: a close name, one that holds farther ones back, or nothing. */
static void catalog_suggest_one(struct suggest_run *r, const struct catalog_entry *e)
{
	const char *key = r->key;
	size_t klen = r->klen, nlen, d, s;
	char name[SUGGEST_MAX];
	int keeps;

	if (e->flags & CATALOG_WILDCARD)
		return;
	/* a name only the other platform's pppd knows may hold this
	 * one's back (catalog_other_hold) */
	if (!(e->platforms & r->p)) {
		const struct catalog_entry *to;

		s = catalog_other_alias(key, klen, r->bound, e, r->p, &to);
		if (s != SIZE_MAX)
			r->n = catalog_suggest_insert(r->all, r->score, r->n, 16, to, s);
		catalog_hold_at(&r->other_held, catalog_other_hold(key, klen, r->bound, e, r->p), e);
		return;
	}
	if (catalog_find(e->name, r->p) != e)
		return; /* one row per name */
	nlen = catalog_lower(name, e->name, strlen(e->name));
	d = catalog_distance(key, klen, name, nlen, r->bound);
	/* the start of a longer name ("pppoe-serv" of pppoe-service,
	 * "-vjc" of -vjccomp) is that name cut short before it is a typo
	 * of another (pppoe-sess, -vj); which name it was cut from is a
	 * guess too ("lcp-echo"): only a name that adds one letter to
	 * it is offered (catalog_suggest_longer); so for a sign and one or
	 * two letters ("-a" of -ac, -am, -as, as near -d; "+pa" of +pap) */
	if (nlen > klen && memcmp(key, name, klen) == 0 &&
	    ((d > 1 && klen >= 3) ||
	     (klen <= 3 && klen >= 2 && (key[0] == '-' || key[0] == '+')))) {
		r->cut = 1;
		if (d > 1)
			return;
	}
	if (d > r->bound)
		return;
	r->exact |= d == 0;
	/* Same distance: a name with the same first letter reads closer, and
	 * one as long; a letter typed twice ("-pp" of -p) is as near as one
	 * changed (-ip, -pc). */
	s = d * 4 + (name[0] != key[0]) * 2 +
	    (strlen(e->name) != klen && !catalog_doubled(key, klen, name, nlen));
	keeps = catalog_keeps(key, klen, name, nlen, e);
	/* a sign put before a whole name ("-nopppload", "-nodetach")
	 * says not: the bare name does the opposite, and a farther name
	 * is a guess (as for a sign left off, below); one as near
	 * ("_defaultroute" is -defaultroute) stays; a second sign before
	 * a signed name ("--p") is that name typed twice over, and a name
	 * as near ("-ip", which turns IP off) would be a guess */
	if (klen == nlen + 1 && (key[0] == '-' || key[0] == '+' || key[0] == '_') &&
	    memcmp(key + 1, name, nlen) == 0) {
		catalog_hold_at(&r->sign_held, (d + (name[0] != '-' && name[0] != '+')) * 4, e);
		if (!r->sign_bare || d < r->sign_bare_d) {
			r->sign_bare = e;
			r->sign_bare_d = d;
		}
		return;
	}
	/* "no" put before a whole name that has no such form ("noupdetach")
	 * says not too: a name as near (nodetach, which keeps pppd in the
	 * foreground) is a guess at what "not updetach" would be */
	if (klen == nlen + 2 && key[0] == 'n' && key[1] == 'o' && memcmp(key + 2, name, nlen) == 0) {
		catalog_hold_at(&r->sign_held, d * 4, e);
		return;
	}
	/* a name in the source only behind a build switch no build turns
	 * on (+ipx, noipx on a Mac) is refused by the pppd that runs, and
	 * when it may be what was meant a name as far away or farther
	 * would be a guess at another option ("noipxx" is not noip); one
	 * that changes the meaning holds nothing ("noip6" is noipv6: its
	 * 6 is not noipx's x) */
	if (e->flags & CATALOG_NOTBUILT) {
		if (keeps != 0)
			catalog_hold_at(&r->held, d * 4, e);
		return;
	}
	/* "nmp" is as near nomp as mp: its n may be what is left of a
	 * "no", so a name that switches the thing on is no safe guess */
	if (keeps == 0 && (key[0] == 'n' || key[0] == 'o') &&
	    catalog_polarity(key, klen) != CATALOG_POL_OFF &&
	    catalog_polarity(name, nlen) == CATALOG_POL_OFF && nlen > 2 &&
	    name[0] == 'n' && name[1] == 'o')
		keeps = 2;
	if (keeps != 1) {
		/* a name that weakens security holds those as near, whatever
		 * their length ("-eccp": -ccp holds -ecp, its c typed twice) */
		catalog_suggest_hold(key, klen, name, nlen, keeps == 2 ? s & ~(size_t)1 : d * 4, keeps, e,
		                     &r->held, &r->sign_held);
		return;
	}
	r->n = catalog_suggest_insert(r->all, r->score, r->n, 16, e, s);
}

static size_t catalog_suggest_run(const char *word, size_t len, enum platform p,
                                  const struct catalog_entry **out, size_t max,
                                  const struct catalog_entry **holder,
                                  const struct catalog_entry **tie)
{
	struct suggest_run r;
	struct suggest_hold held;
	const struct catalog_legacy *leg;
	size_t i, m;

	if (max == 0)
		return 0;
	memset(&r, 0, sizeof r);
	r.held.at = r.sign_held.at = r.other_held.at = SIZE_MAX;
	r.p = p;
	r.klen = catalog_key(word, len, r.key);
	/* an old spelling has its own advice (catalog_legacy.c): a near name
	 * would be a guess, and nomppc is no typo of nomppe. One that is still
	 * a name of an older release here (2.4.9's IPX words) is offered as
	 * such: the caller knows which release reads the file. */
	/* a sign alone ("-") is as near every one-letter name */
	if (r.klen == 0 || (r.klen == 1 && (r.key[0] == '-' || r.key[0] == '+')))
		return 0;
	leg = catalog_legacy_find(r.key, r.klen, p);
	if (leg && !catalog_find(leg->word, p))
		return 0;
	r.bound = r.klen <= 7 ? 1 : r.klen < 12 ? 2 : 3;
	for (i = 0; i < catalog_count(); i++)
		catalog_suggest_one(&r, catalog_at(i));
	/* A name it may not offer is at least as close ("nommpe" is nomppe,
	 * which would switch encryption off, before it is nomp; "noipv" is
	 * noipv6 before it is noipx; "detach" is -detach, which keeps pppd in
	 * the foreground, before it is updetach): any other name would be a
	 * guess at a different option. A word pppd knows as typed ("mru",
	 * beside -mru) keeps its close names. */
	held = r.held;
	if (!r.exact && r.sign_held.at < held.at)
		held = r.sign_held;
	if (!r.exact && r.other_held.at < held.at)
		held = r.other_held;
	m = r.n;
	/* a name this pppd is built without holds only farther names: those
	 * as near stay named ("mtru" on a Mac: mru and mtu, beside mrru),
	 * and it is still their holder, so none is written in */
	if (held.by && (held.by->flags & CATALOG_NOTBUILT) && held.at != SIZE_MAX) {
		while (r.n > 0 && r.score[r.n - 1] / 4 > held.at / 4)
			r.n--;
		/* its holder only where the best is as near ("ipcp-max-failur"
		 * is nearer ipcp-max-failure than ipxcp-max-failure) */
		m = r.n > 0 && r.score[0] / 4 == held.at / 4 ? r.n + 1 : r.n;
	} else {
		while (r.n > 0 && r.score[r.n - 1] >= held.at)
			r.n--;
	}
	if (holder)
		*holder = r.n < m ? held.by : NULL;
	/* a word that is a name once _ reads as - and case is ignored
	 * ("pap_timeout") is that name, and no other as near is meant */
	if (r.exact && !catalog_find(word, p))
		while (r.n > 1 && r.score[r.n - 1] >= 4)
			r.n--;
	/* names two edits farther than the best are no alternative to it
	 * ("netdown-script": net-down-script, not ip-down-script too) */
	while (r.n > 1 && r.score[r.n - 1] / 4 >= r.score[0] / 4 + 2)
		r.n--;
	if (r.cut && !r.exact)
		r.n = catalog_suggest_longer(r.key, r.klen, r.all, r.n);
	/* the best is the word with its last letter left off
	 * ("ipcp-max-failur"): a farther name is no alternative to it */
	else if (r.n > 1 && catalog_suggest_cut_one(&r))
		while (r.n > 1 && r.score[r.n - 1] / 4 > r.score[0] / 4)
			r.n--;
	/* beside a name as near ("-ca": -ac), the name with the sign put
	 * before it (ca) is as likely meant, though never offered */
	if (tie)
		*tie = r.sign_bare && !r.exact && r.n > 0 && r.score[0] / 4 == r.sign_bare_d
		       ? r.sign_bare : NULL;
	if (r.n > max)
		r.n = max;
	memcpy(out, r.all, r.n * sizeof *out);
	return r.n;
}

size_t catalog_suggest(const char *word, size_t len, enum platform p,
                       const struct catalog_entry **out, size_t max)
{
	return catalog_suggest_run(word, len, p, out, max, NULL, NULL);
}

const struct catalog_entry *catalog_suggest_holder(const char *word, size_t len, enum platform p)
{
	const struct catalog_entry *out[3], *by = NULL;

	catalog_suggest_run(word, len, p, out, 3, &by, NULL);
	return by;
}

const struct catalog_entry *catalog_suggest_sign_tie(const char *word, size_t len,
                                                     enum platform p)
{
	const struct catalog_entry *out[3], *tie = NULL;

	catalog_suggest_run(word, len, p, out, 3, NULL, &tie);
	return tie;
}


const char *catalog_plugin_suggest(const char *path, size_t len, enum platform p)
{
	char key[SUGGEST_MAX], name[SUGGEST_MAX];
	const char *best = NULL;
	size_t i, end = len, start, klen, bestd = 3;

	while (end > 0 && path[end - 1] == '/')
		end--;
	start = end;
	while (start > 0 && path[start - 1] != '/')
		start--;
	if (end == start || end - start > SUGGEST_MAX)
		return NULL;
	klen = catalog_lower(key, path + start, end - start);
	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *e = catalog_at(i);
		size_t d, nlen;
		if (!e->plugin || !(e->platforms & p) || (best && strcmp(best, e->plugin) == 0))
			continue;
		nlen = catalog_lower(name, e->plugin, strlen(e->plugin));
		d = catalog_distance(key, klen, name, nlen, 2);
		/* "pppoe" for "pppoe.so": the name without its extension */
		if (d > 0 && strchr(name, '.') && !memchr(key, '.', klen) &&
		    (size_t)(strchr(name, '.') - name) == klen &&
		    memcmp(key, name, klen) == 0)
			d = 1;
		if (d < bestd) {
			bestd = d;
			best = e->plugin;
		}
	}
	return best;
}
