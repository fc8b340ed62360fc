/* check_pairs.c - the rule about words pppd refuses together once it has read every option: a pty, notty or socket with each other, with a device (on a Mac one after the last forcepty), demand with notty, Linux pppol2tp.so LNS mode with a tunnel or session ID left 0, a remotenumber (or none) no allow-number line lets in, Apple's refusal of cdtrcts (the shared file: check_shared.c). */
#include <string.h>
#include <strings.h>

#include "check/check_int.h"
#include "pppd/catalog_value.h"

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

/* The first entry pppd took for the row named `name` at or after entry
 * `from`; SIZE_MAX if none. */
size_t check_pairs_first(const struct check_ctx *c, const char *name, size_t from)
{
	size_t i;

	for (i = from; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, name) == 0)
			return i;
	return SIZE_MAX;
}

/* Where a device name still counts from: Apple's forcepty empties the
 * device name given before it and marks the device as not given
 * (apple-ppp-1027.121.1/Helpers/pppd/tty.c:1530-1531), so on a Mac only a
 * device after the last forcepty line meets pty, notty or socket. It
 * leaves pty, notty and socket as they are. */
static size_t check_pairs_device_from(const struct check_ctx *c)
{
	size_t i, from = 0;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "forcepty") == 0)
			from = i + 1;
	return from;
}

/* Linux pppol2tp.so in LNS mode ends pppd with a fatal error (exit 1)
 * when the tunnel or the session ID it holds is 0, 0 being also what it
 * holds when none is given; the test belongs to the pppol2tp channel, so it
 * runs only with the pppol2tp option, once every option is read
 * (linux-ppp-2.5.3/pppd/plugins/pppol2tp/pppol2tp.c:476-480, :528; 2.4.9's
 * pppol2tp.c has the same test). This reads only the lines of this file,
 * the last of each ID winning: an ID from a source pppd ranks above it (the
 * command line of the program starting pppd) is left out, and the message
 * says so. An ID this file does not set at all may come from any other
 * source, read before this file or after it: that message names no order.
 * Said at the later of the pppol2tp and pppol2tp_lns_mode lines.
 * A number too big for 32 bits is 0 only to a 64-bit pppd, which keeps its
 * low 32 bits; a 32-bit one's strtoul saturates it, so there the ID is -1
 * and passes (linux-ppp-2.5.3/pppd/options.c:1603, :1625): the message
 * then says which. */
static int check_pairs_lns(struct check_ctx *c)
{
	size_t i, fd = SIZE_MAX, lns = SIZE_MAX, at;
	long long id[2] = { 0, 0 };
	int wide[2] = { 0, 0 }, set[2] = { 0, 0 };
	const char *names[2] = { "pppol2tp_tunnel_id", "pppol2tp_session_id" };
	int k;

	if (c->p != PLATFORM_LINUX)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		const struct doc_entry *e = &c->d->entries[i];
		struct catalog_num n;
		size_t len;
		const char *v;

		if (!c->row[i])
			continue;
		if (strcmp(c->row[i]->name, "pppol2tp") == 0)
			fd = i;
		else if (strcmp(c->row[i]->name, "pppol2tp_lns_mode") == 0)
			lns = i;
		for (k = 0; k < 2; k++) {
			if (strcmp(c->row[i]->name, names[k]) != 0 || e->nwords < 2)
				continue;
			v = check_val(c, e->word + 1, &len);
			catalog_value_num(v, len, 0, &n);
			id[k] = catalog_value_as_int(&n);
			wide[k] = n.overflow || n.v > 0xffffffffull;
			set[k] = 1;
		}
	}
	if (fd == SIZE_MAX || lns == SIZE_MAX || (id[0] != 0 && id[1] != 0))
		return 0;
	at = fd > lns ? fd : lns;
	/* a plain 0 is named before one that is 0 only to a 64-bit pppd */
	k = id[0] == 0 && !wide[0] ? 0 : id[1] == 0 && !wide[1] ? 1 : id[0] == 0 ? 0 : 1;
	check_say(c, CHECK_K_INCOMPATIBLE, check_line(c, at), at, N_("Set pppol2tp_tunnel_id "
	          "and pppol2tp_session_id to this tunnel's and session's IDs, or delete "
	          "pppol2tp_lns_mode."), NULL, wide[k] ? N_("With pppol2tp and "
	          "pppol2tp_lns_mode, pppd needs %s other than 0, and this file's number does "
	          "not fit in 32 bits: a 64-bit pppd keeps its low 32 bits, which are 0, so once "
	          "it has read every option it stops with a fatal error (\"tunnel_id/session_id "
	          "values not specified\"); a 32-bit pppd reads -1 and goes on. A source pppd "
	          "reads later and does not rank below this file, such as the command line, can "
	          "still set it (derived from the source, not tried).") : !set[k] ? N_("With "
	          "pppol2tp and pppol2tp_lns_mode, pppd needs %s other than 0, and this file "
	          "does not set it: unless another source pppd reads gives it (such as the "
	          "command line of the program that starts pppd), it stays 0, and once pppd has "
	          "read every option it stops with a fatal error (\"tunnel_id/session_id values "
	          "not specified\") (derived from the source, not tried).") : N_("With pppol2tp and "
	          "pppol2tp_lns_mode, pppd needs %s other than 0, and this file leaves it 0: once "
	          "it has read every option, pppd stops with a fatal error (\"tunnel_id/session_id "
	          "values not specified\"), unless a source pppd reads later and does not rank "
	          "below this file, such as the command line, sets it (derived from the source, "
	          "not tried)."),
	          names[k]);
	return 1;
}

/* Whether allow-number entry w (wl bytes) lets number n (nl bytes) in, read
 * the permissive way 2.4.9 and Apple's pppd read it: the entry, less one
 * final '*', is a prefix of the number, letters in either case
 * (linux-ppp-2.4.9/pppd/auth.c:2112-2114, Apple's auth.c:2514-2516). 2.5.3
 * lets in no more than that (an entry without '*' must match whole,
 * linux-ppp-2.5.3/pppd/auth.c:2202-2205), so a number this refuses, every
 * pinned pppd refuses. An empty entry counts as letting every number in:
 * 2.4.9 and Apple's pppd then look at the byte before it, which this does not
 * try to foresee. */
static int check_pairs_number_lets_in(const char *w, size_t wl, const char *n, size_t nl)
{
	if (wl == 0)
		return 1;
	if (w[wl - 1] == '*')
		wl--;
	return wl <= nl && strncasecmp(w, n, wl) == 0;
}

/* The same as Linux pppd 2.5.3 reads it: an entry ending in '*' lets in
 * every number starting with the rest; any other must equal the number,
 * letters in either case (linux-ppp-2.5.3/pppd/auth.c:2202-2205). */
static int check_pairs_number_lets_in_253(const char *w, size_t wl, const char *n, size_t nl)
{
	if (wl > 0 && w[wl - 1] == '*')
		return wl - 1 <= nl && strncasecmp(w, n, wl - 1) == 0;
	return wl == nl && strncasecmp(w, n, wl) == 0;
}

/* allow-number lines and no remotenumber in this file: at start-up no
 * number is known yet (only the remotenumber option sets one before the
 * check, linux-ppp-2.5.3/pppd/auth.c:441; plugins set it after connecting),
 * so pppd compares the list with an empty number and exits unless an entry
 * lets the empty number in: in every pinned pppd only "*" does for sure
 * (an empty entry is left to the empty-entry warning). A remotenumber from
 * another source is left out, so this is a note (needs-other); with the
 * whole configuration read, config_end.c says it as an error when no source
 * gives one. Said at the last allow-number line. */
static int check_pairs_number_none(struct check_ctx *c)
{
	size_t i, last = SIZE_MAX, wl;
	const char *w;

	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "allow-number") != 0 ||
		    c->d->entries[i].nwords < 2)
			continue;
		w = check_val(c, c->d->entries[i].word + 1, &wl);
		if (wl == 0 || (wl == 1 && w[0] == '*'))
			return 0;
		last = i;
	}
	if (last == SIZE_MAX)
		return 0;
	/* On a Mac the options PPPController passes hold no remotenumber (no
	 * line of apple-ppp-1027.121.1/Controller/ppp_manager.c's
	 * send_pppd_params writes one; nor does anything else in Apple's full
	 * tree, vpnd included): a file every pppd reads then stops every
	 * connection the controller starts, unless another file pppd reads
	 * (a peers file, ~/.ppprc, the other shared file) gives a number. */
	if (c->p == PLATFORM_MACOS && c->shared_file) {
		check_say(c, CHECK_K_INCOMPATIBLE, check_line(c, last), last, N_("Delete the "
		          "allow-number lines, or let every number in with 'allow-number *'."),
		          NULL, N_("This file lists allow-number entries but sets no remotenumber, "
		          "and PPPController passes none: pppd compares the list with the number as "
		          "soon as it has read its options, no number is known then, and no entry "
		          "here lets an unknown one in, so every connection PPPController starts logs "
		          "\"calling number ... is not authorized\" and exits with status 24 before "
		          "it opens the line, unless another file pppd reads gives a remotenumber the "
		          "list lets in (derived from Apple's source, not tried on "
		          "a Mac)."));
		return 1;
	}
	check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, last), last, N_("Give the "
	          "caller's number with remotenumber where pppd is started, or delete the "
	          "allow-number lines."), NULL, N_("This file lists allow-number entries "
	          "but sets no remotenumber, and pppd compares the list with the number as "
	          "soon as it has read its options, before any call: no number is known "
	          "then, and no entry here lets an unknown one in, so pppd logs \"calling number ... is not "
	          "authorized\" and exits with status %d before it opens the line, unless "
	          "another source, such as the command line, gives a remotenumber the list "
	          "lets in (derived from the source, not tried)."),
	          c->p == PLATFORM_MACOS ? 24 : 21);
	return 1;
}

/* pppd compares remotenumber with the allow-number list as soon as it has
 * read every option, before it opens the line, and exits when no entry
 * lets it in: status 21 on Linux, 24 on a Mac (linux-ppp-2.5.3/pppd/auth.c:1434,
 * pppd.h:114; Apple's auth.c:1469, pppd.h:1150). This reads only this
 * file's lines, the last remotenumber winning and cut to 255 bytes as pppd
 * cuts it; a remotenumber or allow-number from another source is left out,
 * and the message says so. An entry dropped as a NUL-cut or unprivileged
 * word has no row, so it is not counted. Said at the last remotenumber. */
static int check_pairs_number(struct check_ctx *c)
{
	size_t i, num = SIZE_MAX, nl = 0, wl;
	const char *n = NULL, *w;
	int entries = 0, in = 0, in253 = 0;

	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "remotenumber") == 0 &&
		    c->d->entries[i].nwords >= 2) {
			num = i;
			n = check_val(c, c->d->entries[i].word + 1, &nl);
		}
	if (num == SIZE_MAX)
		return check_pairs_number_none(c);
	if (nl > 255)
		nl = 255;
	for (i = 0; i < c->d->nentries && !in253; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "allow-number") != 0 ||
		    c->d->entries[i].nwords < 2)
			continue;
		entries = 1;
		w = check_val(c, c->d->entries[i].word + 1, &wl);
		in |= check_pairs_number_lets_in(w, wl, n, nl) ? (wl ? 1 : 2) : 0;
		in253 = check_pairs_number_lets_in_253(w, wl, n, nl);
	}
	if (!entries || in253)
		return 0;
	/* Only 2.5.3's stricter reading refuses it: said for Linux when
	 * --pppd-version names no older release (when the reading changed
	 * between 2.4.9 and 2.5.3 the pinned sources do not show). An empty
	 * entry (in & 2) is counted here too: 2.5.3 takes it only for an empty
	 * number (auth.c:2202-2205), and remotenumber's is not; what 2.4.9 and
	 * Apple's pppd make of it is not foreseen, so nothing is said there. */
	if (in) {
		if (c->p != PLATFORM_LINUX || check_release_before(c, "2.5.3"))
			return 0;
		check_say(c, CHECK_K_INCOMPATIBLE, check_line(c, num), num, N_("List the "
		          "whole number, or end the allow-number entry with * to let in every "
		          "number that starts with it."), NULL, N_("Linux pppd 2.5.3 lets "
		          "remotenumber's number in only through an allow-number entry equal to "
		          "it, or one ending in * that it starts with; an entry that is only the "
		          "start of it, without *, no longer does (2.4.9 took it). As soon as it "
		          "has read its options, pppd 2.5.3 logs \"calling number ... is not "
		          "authorized\" and exits with status 21 before it opens the line, unless "
		          "another source sets a number that is listed or lists this one (derived "
		          "from the source, not tried)."));
		return 1;
	}
	check_say(c, CHECK_K_INCOMPATIBLE, check_line(c, num), num, N_("List this number "
	          "with allow-number, or correct remotenumber."), NULL, N_("No allow-number "
	          "line in this file lets remotenumber's number in, and pppd compares the two "
	          "as soon as it has read its options: it logs \"calling number ... is not "
	          "authorized\" and exits with status %d before it opens the line, unless "
	          "another source sets a number that is listed or lists this one (derived "
	          "from the source, not tried)."), c->p == PLATFORM_MACOS ? 24 : 21);
	return 1;
}

/* Apple's pppd, once every option is read, exits with status 2 when the
 * flow control left in effect is DTR/CTS (cdtrcts) and it was built
 * without CDTRCTS (apple-ppp-1027.121.1/Helpers/pppd/sys-MacOSX.c:1086-1089,
 * main.c:460-461). Nothing in Apple's source defines CDTRCTS; macOS's own
 * termios header is not in the pinned sources, so the message says it
 * expects, not knows, the failure. This reads only this file: the last line of
 * the flow-control group (tty.c:281-297) wins here, and a source read
 * later at the same rank or a higher one (options.c:756-774; ~/.ppprc and
 * /etc/ppp/options.<tty> share /etc/ppp/options' rank) may set another. The test does not depend on the channel: a
 * cdtrcts read before a channel plugin is loaded still counts. */
static int check_pairs_cdtrcts(struct check_ctx *c)
{
	static const char *const group[] = { "crtscts", "cdtrcts", "nocrtscts", "-crtscts",
	                                     "nocdtrcts", "xonxoff" };
	size_t i, k, last = SIZE_MAX;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		for (k = 0; c->row[i] && k < sizeof group / sizeof group[0]; k++)
			if (strcmp(c->row[i]->name, group[k]) == 0)
				last = i;
	if (last == SIZE_MAX || strcmp(c->row[last]->name, "cdtrcts") != 0)
		return 0;
	check_say(c, CHECK_K_INCOMPATIBLE, check_line(c, last), last, N_("Use crtscts "
	          "(RTS/CTS), or delete cdtrcts."), NULL, N_("On a Mac, once it has read "
	          "every option, pppd refuses DTR/CTS flow control when it was built "
	          "without it: it logs \"DTR/CTS flow control is not supported on this "
	          "system\" and exits with status 2 before it opens the line. Apple's source "
	          "defines that flag nowhere (macOS's own headers are not in the source "
	          "pppconf follows), so every connection that reads this file is expected "
	          "to fail, unless a source pppd reads after it, at the same rank or a "
	          "higher one, sets other flow control (derived from Apple's source, not "
	          "tried on a Mac)."));
	return 1;
}

/* Said at the later line of each pair. Only the serial channel checks
 * them: a channel plugin (pppoe.so, L2TP.ppp) brings its own checks. */
int check_pairs_refused(struct check_ctx *c, size_t entry, size_t word)
{
	size_t k, a, b, later, earlier, dev_from = check_pairs_device_from(c);
	struct buf msg, w1, w2;
	int said = 0;

	(void)entry, (void)word;
	said = check_pairs_lns(c);
	said |= check_pairs_number(c);
	said |= check_pairs_cdtrcts(c);
	if (c->scope.channel)
		return said;
	buf_init(&msg);
	buf_init(&w1);
	buf_init(&w2);
	for (k = 0; k < sizeof check_pairs / sizeof check_pairs[0]; k++) {
		const struct check_pair *pr = &check_pairs[k];

		if (pr->linux_only && c->p != PLATFORM_LINUX)
			continue;
		a = check_pairs_first(c, pr->a, strcmp(pr->a, "<device>") == 0 ? dev_from : 0);
		b = check_pairs_first(c, pr->b, strcmp(pr->b, "<device>") == 0 ? dev_from : 0);
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
