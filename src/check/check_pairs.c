/* check_pairs.c - the rule about words pppd refuses together once it has read every option: a pty, notty or socket with each other, with a device, and demand with notty. */
#include <string.h>

#include "check/check_int.h"

/* The pairs tty_check_options refuses with an exit of 2, after the last
 * option (linux-ppp-2.5.3/pppd/tty.c:497, :511, :516, :520; 2.4.9's :440,
 * :454, :459, :463; Apple's tty.c:550, :554, which lacks the demand one).
 * pppd's own message is quoted as it prints it; mac_says when Apple's
 * differs: its "precludes" message names notty or else pty, never socket
 * (apple-ppp-1027.121.1/Helpers/pppd/tty.c:545-546). */
static const struct check_pair {
	const char *a, *b;
	int linux_only;
	const char *says;
	const char *mac_says;
} check_pairs[] = {
	{ "pty", "notty", 0, "pty option is incompatible with notty option", NULL },
	{ "socket", "pty", 0, "socket option is incompatible with pty and notty", NULL },
	{ "socket", "notty", 0, "socket option is incompatible with pty and notty", NULL },
	{ "pty", "<device>", 0, "pty option precludes specifying device name", NULL },
	{ "notty", "<device>", 0, "notty option precludes specifying device name", NULL },
	{ "socket", "<device>", 0, "socket option precludes specifying device name",
	  "pty option precludes specifying device name" },
	{ "demand", "notty", 1, "demand-dialling is incompatible with notty", NULL },
};

int check_pair_at(size_t i, const char **a, const char **b, int *linux_only)
{
	if (i >= sizeof check_pairs / sizeof check_pairs[0])
		return 0;
	*a = check_pairs[i].a;
	*b = check_pairs[i].b;
	*linux_only = check_pairs[i].linux_only;
	return 1;
}

int check_pairs_refuses(const char *a, const char *b, enum platform p)
{
	size_t i;

	for (i = 0; i < sizeof check_pairs / sizeof check_pairs[0]; i++)
		if ((!check_pairs[i].linux_only || p == PLATFORM_LINUX) &&
		    ((strcmp(check_pairs[i].a, a) == 0 && strcmp(check_pairs[i].b, b) == 0) ||
		     (strcmp(check_pairs[i].a, b) == 0 && strcmp(check_pairs[i].b, a) == 0)))
			return 1;
	return 0;
}

/* The first entry pppd took for the row named `name`; SIZE_MAX if none. */
static size_t check_pairs_first(const struct check_ctx *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, name) == 0)
			return i;
	return SIZE_MAX;
}

/* Said at the later line of each pair. Only the serial channel checks
 * them: a channel plugin (pppoe.so, L2TP.ppp) brings its own checks. */
int check_pairs_refused(struct check_ctx *c, size_t entry, size_t word)
{
	size_t k, a, b, later, earlier;
	struct buf msg, w1, w2;
	int said = 0;

	(void)entry, (void)word;
	if (c->scope.channel)
		return 0;
	buf_init(&msg);
	buf_init(&w1);
	buf_init(&w2);
	for (k = 0; k < sizeof check_pairs / sizeof check_pairs[0]; k++) {
		const struct check_pair *pr = &check_pairs[k];

		if (pr->linux_only && c->p != PLATFORM_LINUX)
			continue;
		a = check_pairs_first(c, pr->a);
		b = check_pairs_first(c, pr->b);
		if (a == SIZE_MAX || b == SIZE_MAX)
			continue;
		later = a > b ? a : b;
		earlier = a > b ? b : a;
		buf_reset(&w1);
		buf_reset(&w2);
		check_entry_text(c, earlier, &w1);
		check_entry_text(c, later, &w2);
		buf_printf(&msg, _("pppd does not take '%s' (line %zu) and '%s' together: once it "
		           "has read every option it refuses to start (\"%s\"), so every connection "
		           "that reads this file fails."), w1.data, check_line(c, earlier), w2.data,
		           c->p == PLATFORM_MACOS && pr->mac_says ? pr->mac_says : pr->says);
		check_say_buf(c, CHECK_K_INCOMPATIBLE, check_line(c, later), later, N_("Keep the "
		              "one you mean and delete the other."), NULL, &msg);
		said = 1;
	}
	buf_free(&w2);
	buf_free(&w1);
	buf_free(&msg);
	return said;
}
