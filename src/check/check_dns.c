/* check_dns.c - the rule about ms-dns lines whose address pppd never offers: only the last two values are kept, and a value after a 0 replaces both. */
#include <string.h>

#include "check/check_int.h"
#include "pppd/catalog_value.h"

/* Whether the value is the address 0 (0, 0.0.0.0, 0x0 ...), in the forms
 * catalog_value_ipv4 reads; a host name counts as not 0 (what it resolves
 * to is not known here). */
static int check_dns_zero(const char *w, size_t len)
{
	unsigned long a;

	return w && catalog_value_ipv4(w, len, &a) && a == 0;
}

static int check_dns_same(const struct check_ctx *c, size_t a, size_t b)
{
	size_t la, lb;
	const char *wa = check_arg(c, a, &la), *wb = check_arg(c, b, &lb);

	return wa && wb && la == lb && memcmp(wa, wb, la) == 0;
}

/* Each ms-dns line (Apple's dns-addr too) moves the second value kept so
 * far to the first place, or, when that second one is 0 (or none yet),
 * puts its own value in both; its value is always the second one
 * (linux-ppp-2.5.3/pppd/ipcp.c:381-387; 2.4.9 ipcp.c:363-369; Apple's
 * ipcp.c:441-447). So a line is offered only while it holds one of the two
 * places at the end. Said at each accepted line that holds neither, unless
 * its text is the same as a kept one (the repeated rule says that). Left
 * out: ms-dns lines in other files, a host name that stands for 0, and a
 * DNS server a RADIUS reply gives. */
int check_dns_unused(struct check_ctx *c)
{
	size_t i, first = SIZE_MAX, second = SIZE_MAX;
	int second_zero = 1, said = 0;
	size_t len = 0;
	const char *w;

	for (i = 0; c->sets.of && i < c->d->nentries; i++) {
		if (!c->row[i] || !c->sets.of[i] || strcmp(check_sets_canon(c->row[i]), "ms-dns") != 0)
			continue;
		first = second_zero ? i : second;
		second = i;
		w = check_arg(c, i, &len);
		second_zero = check_dns_zero(w, len);
	}
	if (second == SIZE_MAX)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || !c->sets.of[i] || strcmp(check_sets_canon(c->row[i]), "ms-dns") != 0 ||
		    i == first || i == second || check_dns_same(c, i, first) || check_dns_same(c, i, second))
			continue;
		if (first == second)
			check_say(c, CHECK_K_DUPLICATE, check_line(c, i), i, N_("Delete this line."), "",
			          N_("This line has no effect: the ms-dns value on line %zu comes after "
			          "an ms-dns 0, so pppd offers it as both servers and keeps none of the "
			          "values before it."),
			          check_line(c, second));
		else
			check_say(c, CHECK_K_DUPLICATE, check_line(c, i), i, N_("Delete this line."), "",
			          N_("This line has no effect: pppd keeps the values of only the last two "
			          "ms-dns lines, here lines %zu and %zu, and never offers this one."),
			          check_line(c, first), check_line(c, second));
		said = 1;
	}
	return said;
}
