/* check_conflict_allow.c - the conflict rule's allow-ip part: lines a later allow-ip - or * drops, and ! entries a later line's addresses come before. */
#include <stdint.h>
#include <string.h>

#include "check/check_int.h"

/* One allow-ip word written as four decimal parts (each 0 to 255) with an
 * optional /1 to /32: its first address and mask. It leaves out what it
 * cannot be sure of without pppd's lookups: host and network names, short,
 * octal or hex forms, the /n+ form, and a leading ! (the caller strips that). */
static int check_allow_ip_net(const char *a, size_t len, uint32_t *base, uint32_t *mask)
{
	uint32_t v = 0, part, bits = 32;
	size_t i = 0, k;

	for (k = 0; k < 4; k++) {
		if (k > 0 && (i >= len || a[i++] != '.'))
			return 0;
		/* a leading 0 makes the part octal to pppd's lookup: left out */
		if (i >= len || a[i] < '0' || a[i] > '9' ||
		    (a[i] == '0' && i + 1 < len && a[i + 1] >= '0' && a[i + 1] <= '9'))
			return 0;
		for (part = 0; i < len && a[i] >= '0' && a[i] <= '9' && part <= 255; i++)
			part = part * 10 + (uint32_t)(a[i] - '0');
		if (part > 255)
			return 0;
		v = (v << 8) | part;
	}
	if (i < len) {
		if (a[i++] != '/' || i >= len)
			return 0;
		for (bits = 0; i < len && a[i] >= '0' && a[i] <= '9' && bits <= 32; i++)
			bits = bits * 10 + (uint32_t)(a[i] - '0');
		if (i < len || bits < 1 || bits > 32)
			return 0;
	}
	*mask = bits == 32 ? 0xffffffffu : ~(0xffffffffu >> bits);
	*base = v & *mask;
	return 1;
}

/* allow-ip - and allow-ip *: pppd puts each allow-ip word at the head of its
 * list, so the newest line comes first, and when the link comes up it stops
 * reading the list at a "-", and after adding a "*" (linux-ppp-2.5.3/pppd/
 * auth.c:609, :2010, :2016; 2.4.9's :560, :1918, :1924; Apple's :618,
 * :2298, :2304): every allow-ip line read before it in this file is
 * dropped. An "!" entry is tried only after the newer lines, so a later
 * line that allows its addresses takes them first (:2154; 2.4.9's :2062;
 * Apple's :2454). Only this file's lines are looked at. */
int check_conflict_allow_ip_end(struct check_ctx *c, size_t entry)
{
	const char *a, *b;
	size_t alen, blen, j;
	uint32_t ab, am, bb, bm;
	int said = 0;

	a = check_arg(c, entry, &alen);
	if (a == NULL)
		return 0;
	if (alen == 1 && (a[0] == '-' || a[0] == '*')) {
		for (j = 0; j < entry; j++) {
			if (c->row[j] == NULL || strcmp(c->row[j]->name, "allow-ip") != 0)
				continue;
			if (a[0] == '-')
				check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Keep the one you "
				          "mean and delete the other."), NULL, N_("'allow-ip' here no longer "
				          "counts: 'allow-ip -' on line %zu ends pppd's address list, which "
				          "holds the newest allow-ip line first, so the addresses here are "
				          "dropped (derived from the source, not tried)."), check_line(c, entry));
			else
				check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Keep the one you "
				          "mean and delete the other."), NULL, N_("'allow-ip' here no longer "
				          "counts: 'allow-ip *' on line %zu allows every address and ends "
				          "pppd's address list, which holds the newest allow-ip line first, so "
				          "this line, even one with !, is dropped (derived from the source, not "
				          "tried)."), check_line(c, entry));
			said = 1;
		}
		return said;
	}
	if (a[0] == '!' || !check_allow_ip_net(a, alen, &ab, &am))
		return 0;
	for (j = 0; j < entry; j++) {
		if (c->row[j] == NULL || strcmp(c->row[j]->name, "allow-ip") != 0)
			continue;
		b = check_arg(c, j, &blen);
		if (b == NULL || blen < 2 || b[0] != '!' ||
		    !check_allow_ip_net(b + 1, blen - 1, &bb, &bm))
			continue;
		if (am > bm || (bb & am) != ab)
			continue;
		check_say(c, CHECK_K_CONFLICT, check_line(c, j), j, N_("Move this line below the "
		          "one that allows the addresses, so that pppd tries it first."), NULL,
		          N_("'allow-ip %.*s' here excludes nothing: pppd tries the newest allow-ip "
		          "line first, and 'allow-ip %.*s' on line %zu, read after this one, allows "
		          "these addresses before the ! entry is reached (derived from the source, "
		          "not tried)."), (int)blen, b, (int)alen, a, check_line(c, entry));
		said = 1;
	}
	return said;
}
