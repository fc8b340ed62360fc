/* check_dns.c - the rule about ms-dns and ms-wins lines that change nothing: pppd keeps only the last two values, and a value after a 0 fills both; and the note that pppconf does not look up a host name given to them. */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "base/util.h"
#include "pppd/catalog_value.h"

/* Each ms-dns line (Apple's dns-addr too) moves the second value kept so
 * far to the first place, or, when that second one is 0 (or none yet),
 * puts its own value in both; its value is always the second one
 * (linux-ppp-2.5.3/pppd/ipcp.c:381-387; 2.4.9's ipcp.c:363-369; Apple's
 * ipcp.c:441-447). ms-wins keeps its two the same way (2.5.3's
 * ipcp.c:416-422; 2.4.9's :401; Apple's :477). A line changes nothing when
 * the two values pppd ends with are the same without it. Values compare as
 * written: two spellings of one address, or a name and its address, count
 * as different, which can only keep the rule quiet. Left out: lines in
 * other files, a host name that stands for 0, and servers a RADIUS reply
 * gives. */
struct check_dns_slots {
	const char *v[2];
	size_t len[2];
};

/* Whether the value is the address 0 (0, 0.0.0.0, 0x0 ...), in the forms
 * catalog_value_ipv4 reads, also with a blank and more after it (inet_addr
 * stops at the blank); a host name counts as not 0. */
static int check_dns_zero(const char *w, size_t len)
{
	unsigned long a;

	return w && (catalog_value_ipv4(w, len, &a) || catalog_value_ipv4_lead(w, len, &a)) &&
	       a == 0;
}

/* The two values pppd ends with, reading the lines line[0..n) but skip. */
static void check_dns_play(const struct check_ctx *c, const size_t *line, size_t n, size_t skip,
                           struct check_dns_slots *s)
{
	size_t i, len;
	const char *w;

	memset(s, 0, sizeof *s);
	for (i = 0; i < n; i++) {
		if (i == skip || !(w = check_arg(c, line[i], &len)))
			continue;
		if (!s->v[1] || check_dns_zero(s->v[1], s->len[1])) {
			s->v[0] = w;
			s->len[0] = len;
		} else {
			s->v[0] = s->v[1];
			s->len[0] = s->len[1];
		}
		s->v[1] = w;
		s->len[1] = len;
	}
}

static int check_dns_same(const char *a, size_t al, const char *b, size_t bl)
{
	return a && b && al == bl && memcmp(a, b, al) == 0;
}

static int check_dns_equal(const struct check_dns_slots *a, const struct check_dns_slots *b)
{
	return check_dns_same(a->v[0], a->len[0], b->v[0], b->len[0]) &&
	       check_dns_same(a->v[1], a->len[1], b->v[1], b->len[1]);
}

/* Line k (of the n), which changes nothing: a repeat of the line before
 * it is a note; any other such line a warning that says what pppd ends
 * with. */
static void check_dns_say(struct check_ctx *c, const char *canon, const size_t *line, size_t k,
                          const struct check_dns_slots *end)
{
	const char *what = strcmp(canon, "ms-wins") == 0 ? "WINS" : "DNS";
	const char *w, *p;
	size_t len, plen;
	struct buf a, b;

	w = check_arg(c, line[k], &len);
	p = k ? check_arg(c, line[k - 1], &plen) : NULL;
	if (k && check_dns_same(w, len, p, plen)) {
		check_say(c, CHECK_K_REPEATED, check_line(c, line[k]), line[k],
		          N_("Delete the repeated line."), "", N_("'%s' repeats line %zu: pppd ends "
		          "with the same servers without it, so one of the two is enough."),
		          c->row[line[k]]->name, check_line(c, line[k - 1]));
		return;
	}
	buf_init(&a);
	buf_init(&b);
	buf_add_escaped(&a, end->v[0], end->len[0]);
	buf_add_escaped(&b, end->v[1], end->len[1]);
	if (check_dns_zero(end->v[0], end->len[0]))
		check_say(c, CHECK_K_DUPLICATE, check_line(c, line[k]), line[k], N_("Delete this "
		          "line."), "", N_("This line has no effect: in the end pppd offers no %s "
		          "server, with or without it (it keeps only the last two %s values, and "
		          "a value after a 0 fills both)."), what, canon);
	else if (check_dns_same(end->v[0], end->len[0], end->v[1], end->len[1]))
		check_say(c, CHECK_K_DUPLICATE, check_line(c, line[k]), line[k], N_("Delete this "
		          "line."), "", N_("This line has no effect: in the end pppd offers %s as "
		          "both %s servers, with or without it (it keeps only the last two %s "
		          "values, and a value after a 0 fills both)."), a.data, what, canon);
	else if (check_dns_zero(end->v[1], end->len[1]))
		check_say(c, CHECK_K_DUPLICATE, check_line(c, line[k]), line[k], N_("Delete this "
		          "line."), "", N_("This line has no effect: in the end pppd offers %s as "
		          "the first %s server and no second one, with or without it (it keeps "
		          "only the last two %s values)."), a.data, what, canon);
	else
		check_say(c, CHECK_K_DUPLICATE, check_line(c, line[k]), line[k], N_("Delete this "
		          "line."), "", N_("This line has no effect: in the end pppd offers %s as "
		          "the first %s server and %s as the second, with or without it (it keeps "
		          "only the last two %s values, and a value after a 0 fills both)."),
		          a.data, what, b.data, canon);
	buf_free(&a);
	buf_free(&b);
}

/* The lines of one option, last first: each that changes nothing, with
 * the later ones that still stand, is said and left out of the rest, so
 * the lines said can all go together. */
static int check_dns_option(struct check_ctx *c, const char *canon)
{
	size_t i, n = 0, k, *line = util_xcalloc(c->d->nentries + 1, sizeof *line);
	struct check_dns_slots end, without;
	int said = 0;

	for (i = 0; c->sets.of && i < c->d->nentries; i++)
		if (c->row[i] && c->sets.of[i] && strcmp(check_sets_canon(c->row[i]), canon) == 0)
			line[n++] = i;
	check_dns_play(c, line, n, SIZE_MAX, &end);
	for (k = n; n > 1 && k-- > 0;) {
		check_dns_play(c, line, n, k, &without);
		if (!check_dns_equal(&end, &without))
			continue;
		check_dns_say(c, canon, line, k, &end);
		memmove(line + k, line + k + 1, (n - k - 1) * sizeof *line);
		n--;
		said = 1;
	}
	free(line);
	return said;
}

int check_dns_unused(struct check_ctx *c)
{
	return check_dns_option(c, "ms-dns") | check_dns_option(c, "ms-wins");
}

/* An ms-dns (Apple's dns-addr too) or ms-wins value that is no numeric
 * address but has a host name's shape is looked up by pppd as it reads the
 * option, and pppd stops when the lookup fails (linux-ppp-2.5.3/pppd/
 * ipcp.c:369-372, :404-407; Apple's ipcp.c:429-432, :465-468). On the
 * machine that runs pppd check_env_host does that lookup; elsewhere this
 * note says pppconf did not. It tells a numeric value from a name with the
 * readers the value check uses; a value that check refuses gets no note. */
int check_dns_name(struct check_ctx *c, size_t entry)
{
	const struct check_env *env = check_env_of(c);
	const char *canon = check_sets_canon(c->row[entry]), *w, *name;
	size_t len, nlen;

	if ((strcmp(canon, "ms-dns") != 0 && strcmp(canon, "ms-wins") != 0) ||
	    (env && env->machine) || (w = check_arg(c, entry, &len)) == NULL ||
	    catalog_value_ipv4(w, len, NULL) || catalog_value_ipv4_lead(w, len, NULL) ||
	    !catalog_value_hostname(w, len))
		return 0;
	name = check_name(c, entry, &nlen);
	check_say(c, CHECK_K_UNCHECKED, check_line(c, entry), entry,
	          N_("Let pppd read it before you rely on it, on the machine that runs it: "
	             "pppd's dryrun word makes it read its options and exit, with status 2 "
	             "when it refuses them; or write the server's IP address instead."), NULL,
	          N_("pppconf does not look up the host name '%.*s' given to '%.*s'. pppd "
	             "looks it up while it reads the option and refuses to start when the name "
	             "does not resolve (\"invalid address parameter\")."),
	          (int)len, w, (int)nlen, name);
	return 1;
}
