/* catalog_pair.c - whether pppd accepts a "receive,transmit" pair of numbers (bsdcomp, deflate), read as setbsdcomp and setdeflate read it. */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include "base/i18n.h"

#include <limits.h>
#include <string.h>

/* Ranges that the reference gives in words and a row's lo/hi cannot hold:
 * each half of "rx,tx" must be 0 or inside lo..hi (pppd refuses others). */
static const struct {
	const char *name;
	long lo, hi;
} catalog_pair_ranges[] = {
	{ "bsdcomp", 9, 15 },
	{ "deflate", 8, 15 },
};

/* The int that setbsdcomp/setdeflate keep from strtol's long on a 64-bit
 * pppd (linux-ppp-2.5.3/pppd/ccp.c:268, :306; Apple's ccp.c:323): strtol,
 * unlike the strtoul of o_int words, saturates at LONG_MAX (kept as -1) and
 * LONG_MIN (kept as 0); else the low 32 bits. *fits is 0 when the number is
 * outside int, where a 32-bit pppd's long saturates to a value it refuses.
 * Leaves out: longs other than 32 and 64 bits. */
long long catalog_pair_int(const struct catalog_num *n, int *fits)
{
	const unsigned long long top = 1ull << 63;

	*fits = n->neg ? n->v <= (unsigned long long)INT_MAX + 1
	               : n->v <= (unsigned long long)INT_MAX;
	if (!n->neg && (n->overflow || n->v >= top))
		return -1;
	if (n->neg && (n->overflow || n->v > top))
		return 0;
	return catalog_value_as_int(n);
}

/* A number outside pppd's int: name what a 64-bit pppd keeps (4294967305
 * is 9, 4294967296 is 0); half numbers were read. */
static void catalog_pair_wide(const char *val, size_t len, const long long kept[2],
                              size_t half, int warn8, struct buf *why)
{
	struct buf b = { NULL, 0, 0 }, k = { NULL, 0, 0 };

	if (half > 1)
		buf_printf(&k, "%lld,%lld", kept[0], kept[1]);
	else
		buf_printf(&k, "%lld", kept[0]);
	buf_printf(why, _("'%s' holds a number outside the range of pppd's int: a "
	           "64-bit pppd keeps only part of it and reads %s, which it "
	           "accepts, while a 32-bit pppd refuses it."),
	           catalog_value_quote(&b, val, len), k.data);
	if (kept[0] == 0 || (half > 1 && kept[1] == 0))
		buf_adds(why, _(" 0 turns compression off in that direction."));
	if (warn8)
		buf_adds(why, _(" pppd uses 9 in place of 8, and Linux pppd 2.5.3 built "
		         "against Linux's header refuses 8."));
	buf_free(&k);
	buf_free(&b);
}

int catalog_pair_check(const struct catalog_entry *e, enum platform p, const char *val,
                       size_t len, struct buf *why)
{
	int fits, wide = 0;
	long long kept[2] = { 0, 0 };
	long lo = 0, hi = LONG_MAX;
	size_t i, pos = 0, half = 0;
	int warn8 = 0;
	long long v, octv = 0;
	size_t octpos = 0, octlen = 0;
	struct catalog_num n;

	/* the same limits on both platforms, but for 2.5.3's deflate */
	for (i = 0; i < sizeof catalog_pair_ranges / sizeof catalog_pair_ranges[0]; i++)
		if (strcmp(e->name, catalog_pair_ranges[i].name) == 0) {
			lo = catalog_pair_ranges[i].lo;
			hi = catalog_pair_ranges[i].hi;
		}
	while (pos <= len && half < 2) {
		size_t end = pos;
		while (end < len && val[end] != ',')
			end++;
		catalog_value_num(val + pos, end - pos, 0, &n);
		/* pppd refuses text after either number, and a third number
		 * (linux-ppp-2.5.3/pppd/ccp.c:272) */
		if (!n.digits || n.used != end - pos || (half == 1 && end < len)) {
			if (why)
				catalog_value_why(why, _("'%s' is not valid: give a number, or two "
				                  "separated by a comma; pppd refuses it."), val, len);
			return 2;
		}
		v = catalog_pair_int(&n, &fits);
		if (!fits)
			wide = 1;
		/* the limits come from the system's ppp-comp header: Linux's says
		 * deflate 8 (9 in the kernel's) to 15 and bsdcomp 9 to 15; Apple's,
		 * Family/ppp_comp.h in its full source (not pinned; Apple ccp.c:67),
		 * says the same, and Apple's ccp.c:332 and :371 refuse the rest */
		if (v != 0 && (v < lo || v > hi)) {
			struct buf b = { NULL, 0, 0 };

			/* Linux's own header says 9 (linux-ppp-2.5.3/pppd/ccp.c:36) */
			if (why && p == PLATFORM_LINUX && lo == 8)
				buf_printf(why, _("'%s' is not valid: each number must be 0 or %ld to "
				           "%ld (9 to %ld for Linux pppd 2.5.3 built against Linux's "
				           "header); pppd refuses it."), catalog_value_quote(&b, val, len),
				           lo, hi, hi);
			else if (why)
				buf_printf(why, _("'%s' is not valid: each number must be 0 or %ld to "
				           "%ld; pppd refuses it."), catalog_value_quote(&b, val, len),
				           lo, hi);
			/* a leading 0 made it octal: say what pppd read (strtol base 0,
			 * linux-ppp-2.5.3/pppd/ccp.c:268) */
			if (why && n.base == 8 && n.v >= 8)
				buf_printf(why, _(" '%s' starts with 0, so pppd reads it as an octal "
				           "number: %lld."), catalog_value_quote(&b, val + pos, end - pos),
				           v);
			buf_free(&b);
			return 2;
		}
		/* 8 is Deflate's minimum only where the header says so: pppd uses 9
		 * in its place, and 2.5.3 built against Linux's own header, whose
		 * minimum is 9, refuses it (linux-ppp-2.5.3/pppd/ccp.c:36, :315, :322). */
		if (v == 8 && strcmp(e->name, "deflate") == 0)
			warn8 = 1;
		/* a leading 0 makes the number octal (strtol base 0,
		 * linux-ppp-2.5.3/pppd/ccp.c:268): 012 is kept as 10 */
		if (n.base == 8 && n.v >= 8 && octlen == 0) {
			octpos = pos;
			octlen = end - pos;
			octv = v;
		}
		kept[half] = v;
		half++;
		pos = end + 1;
		if (end == len)
			break;
	}
	if (wide) {
		if (why)
			catalog_pair_wide(val, len, kept, half, warn8, why);
		return 1;
	}
	if (octlen && why) {
		struct buf b = { NULL, 0, 0 };

		buf_printf(why, _("'%s' starts with 0, so pppd reads it as an octal number: %lld."),
		           catalog_value_quote(&b, val + octpos, octlen), octv);
		buf_free(&b);
		if (warn8)
			buf_adds(why, " ");
	}
	if (warn8 && why)
		catalog_value_why(why, _("'%s': pppd uses a window of 9 bits where 8 is asked for, and "
		            "Linux pppd 2.5.3 built against Linux's header refuses 8; write 9."),
		            val, len);
	return warn8 || octlen;
}
