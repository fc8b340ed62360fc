/* catalog_suggest.c - "did you mean": look-alike folding and edit distance over directive names. */
#include "pppd/catalog.h"

#include <ctype.h>
#include <string.h>

/* Compared words are cut here; names are far shorter. */
#define SUGGEST_MAX 64

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
			found |= CATALOG_FOLD_FULLWIDTH;
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
static size_t catalog_distance(const char *a, size_t n, const char *b, size_t m,
                               size_t bound)
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

static size_t catalog_lower(char *dst, const char *src, size_t n)
{
	size_t i;

	if (n > SUGGEST_MAX)
		n = SUGGEST_MAX;
	for (i = 0; i < n; i++)
		dst[i] = (char)tolower((unsigned char)src[i]);
	return n;
}

size_t catalog_suggest(const char *word, size_t len, enum platform p,
                       const struct catalog_entry **out, size_t max)
{
	struct buf folded;
	char key[SUGGEST_MAX], name[SUGGEST_MAX];
	size_t score[16];
	size_t klen, i, j, n = 0, bound;
	const char *f, *sp;

	if (max > 16)
		max = 16;
	if (max == 0)
		return 0;
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
	if (klen == 0)
		return 0;
	bound = klen <= 4 ? 1 : klen < 12 ? 2 : 3;

	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *e = catalog_at(i), *dup = NULL;
		size_t nlen, d, s, k;

		if (!(e->platforms & p) || (e->flags & CATALOG_WILDCARD))
			continue;
		if (catalog_find(e->name, p) != e)
			continue; /* one row per name */
		nlen = catalog_lower(name, e->name, strlen(e->name));
		d = catalog_distance(key, klen, name, nlen, bound);
		if (d > bound)
			continue;
		/* Same distance: a name with the same first letter reads closer. */
		s = d * 4 + (name[0] != key[0]) * 2 + (strlen(e->name) != klen);
		for (k = 0; k < n; k++)
			if (strcmp(out[k]->name, e->name) == 0)
				dup = out[k];
		if (dup)
			continue;
		for (k = n; k > 0 && score[k - 1] > s; k--)
			;
		if (k >= max)
			continue;
		for (j = (n < max ? n : max - 1); j > k; j--) {
			out[j] = out[j - 1];
			score[j] = score[j - 1];
		}
		out[k] = e;
		score[k] = s;
		if (n < max)
			n++;
	}
	return n;
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
