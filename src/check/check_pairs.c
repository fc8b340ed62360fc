/* check_pairs.c - the rule about words pppd refuses together once it has read every option: a pty, notty or socket with each other, with a device (on a Mac one after the last forcepty), demand with notty, Linux pppol2tp.so LNS mode with a tunnel or session ID left 0, a remotenumber (or none) no allow-number line lets in, Apple's refusal of cdtrcts; and notty, pty, socket or a device name in /etc/ppp/options, which every other run then meets. */
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
static size_t check_pairs_first(const struct check_ctx *c, const char *name, size_t from)
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
 * says so. Said at the later of the pppol2tp and pppol2tp_lns_mode lines. */
static int check_pairs_lns(struct check_ctx *c)
{
	size_t i, fd = SIZE_MAX, lns = SIZE_MAX, at;
	long long id[2] = { 0, 0 };
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
		}
	}
	if (fd == SIZE_MAX || lns == SIZE_MAX || (id[0] != 0 && id[1] != 0))
		return 0;
	at = fd > lns ? fd : lns;
	check_say(c, CHECK_K_INCOMPATIBLE, check_line(c, at), at, N_("Set pppol2tp_tunnel_id "
	          "and pppol2tp_session_id to this tunnel's and session's IDs, or delete "
	          "pppol2tp_lns_mode."), NULL, N_("With pppol2tp and pppol2tp_lns_mode, pppd "
	          "needs %s other than 0, and this file leaves it 0: once it has read every "
	          "option, pppd stops with a fatal error (\"tunnel_id/session_id values not "
	          "specified\"), unless a source pppd reads later and does not rank below this "
	          "file, such as the command line, sets it (derived from the source, not "
	          "tried)."),
	          id[0] == 0 ? names[0] : names[1]);
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
 * the flow-control group (tty.c:281-297) wins here, and a later source
 * ranked above may set another. The test does not depend on the channel: a
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
	          "pppconf follows), so every connection that reads this file is expected to fail, unless a source ranked above it "
	          "sets other flow control (derived from Apple's source, not tried on a "
	          "Mac)."));
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

/* A serial-channel word in the file every pppd run reads (c->shared_file
 * 1: /etc/ppp/options). notty, pty, socket and a device name are not
 * undone by a later one of another kind (notty is a plain switch; pty and
 * socket are kept with their rank), so a run whose peers file or command
 * line names another of them meets the pairs above and is refused. Only
 * the serial channel checks them: Linux pppoe.so and pppol2tp.so put their
 * own channel in its place (linux-ppp-2.5.3/pppd/plugins/pppoe/
 * plugin.c:397, pppol2tp/pppol2tp.c:185), and so do Apple's L2TP and PPPoE
 * plugins (Drivers/L2TP/L2TP-plugin/main.c:299, Drivers/PPPoE/
 * PPPoE-plugin/main.c:158). Apple's PPPSerial plugin keeps the serial
 * checks (PPPSerial-plugin/main.c:323) and turns the device PPPController
 * passes (Controller/ppp_manager.c:790) into a device name
 * (PPPSerial-plugin/main.c:278-279), so notty or socket there stops every
 * serial service (Apple's ppp_getoption.c, not pinned, names modem when the
 * settings name none), and no peers file of a service can hold them. Left out: pty and a device name on a
 * Mac (the PPPSerial plugin skips the controller's device when a pty is
 * set, PPPSerial-plugin/main.c:265, and the controller's device replaces
 * this file's), and a file that names two of them itself (the pairs rule
 * says that one). */
static const struct check_shared_row {
	const char *name;
	int mac;
	const char *says;
} check_shared_rows[] = {
	{ "notty", 0, N_("notty in this file reaches every pppd run on this machine: a run "
	  "that is also given a device name, pty or socket (by a peers file or the command "
	  "line), or demand, is refused once pppd has read every option (\"notty option "
	  "precludes specifying device name\" and the like). Only runs through a plugin "
	  "channel such as pppoe.so or pppol2tp.so leave it unused (derived from pppd's "
	  "source).") },
	{ "pty", 0, N_("pty in this file reaches every pppd run on this machine: a run that "
	  "is also given a device name, notty or socket (by a peers file or the command line) "
	  "is refused once pppd has read every option (\"pty option precludes specifying "
	  "device name\" and the like). Only runs through a plugin channel such as pppoe.so "
	  "or pppol2tp.so leave it unused (derived from pppd's source).") },
	{ "socket", 0, N_("socket in this file reaches every pppd run on this machine: a run "
	  "that is also given a device name, pty or notty (by a peers file or the command "
	  "line) is refused once pppd has read every option (\"socket option precludes "
	  "specifying device name\" and the like). Only runs through a plugin channel such as "
	  "pppoe.so or pppol2tp.so leave it unused (derived from pppd's source).") },
	{ "<device>", 0, N_("A device name in this file reaches every pppd run on this "
	  "machine: a run that is also given pty, socket or notty (by a peers file or the "
	  "command line) is refused once pppd has read every option (\"pty option precludes "
	  "specifying device name\" and the like). Only runs through a plugin channel such as "
	  "pppoe.so or pppol2tp.so leave it unused (derived from pppd's source).") },
	{ "notty", 1, N_("notty in this file reaches every service PPPController starts: a "
	  "serial (modem) service is refused once pppd has read every option (\"notty "
	  "option precludes specifying device name\"), since the controller passes its "
	  "device, the name modem when its settings name none (Apple's ppp_getoption.c, "
	  "outside the source pppconf follows). L2TP and PPPoE services, whose plugin puts "
	  "its own channel in place of the serial one, leave it unused (derived from Apple's "
	  "source, not tried on a Mac).") },
	{ "socket", 1, N_("socket in this file reaches every service PPPController starts: a "
	  "serial (modem) service is refused once pppd has read every option (\"pty "
	  "option precludes specifying device name\"), since the controller passes its "
	  "device, the name modem when its settings name none (Apple's ppp_getoption.c, "
	  "outside the source pppconf follows). L2TP and PPPoE services, whose plugin puts "
	  "its own channel in place of the serial one, leave it unused (derived from Apple's "
	  "source, not tried on a Mac).") },
};

/* Whether the file itself names another serial-channel word than `name`
 * (or, on Linux with notty, demand): check_pairs_refused covers that. */
static int check_shared_has_other(const struct check_ctx *c, const char *name)
{
	static const char *const words[] = { "notty", "pty", "socket", "<device>" };
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(words[i], name) != 0 && check_pairs_first(c, words[i], 0) != SIZE_MAX)
			return 1;
	return c->p == PLATFORM_LINUX && strcmp(name, "notty") == 0 &&
	       check_pairs_first(c, "demand", 0) != SIZE_MAX;
}

/* Linux ifname in /etc/ppp/options: every run that sets no name of its own
 * asks the kernel for the same one. While one link holds it, a second run
 * cannot: 2.5.3 gives up when the kernel says the name exists
 * (linux-ppp-2.5.3/pppd/sys-linux.c:1019-1020), and the rename after a
 * numbered unit fails too (sys-linux.c:1081-1083; 2.4.9 sys-linux.c:676-678),
 * so the channel is not set up and that attempt ends with a fatal status
 * (auth.c:666-668). Only the last ifname line counts (a string option: a
 * later one at the same rank replaces it), and an empty one sets no name.
 * Left out: a run that joins the first one's multilink bundle makes no new
 * unit (sys-linux.c:664-668), and whether a peers file sets its own name. */
static int check_pairs_shared_ifname(struct check_ctx *c)
{
	size_t i, at = SIZE_MAX;
	const struct doc_entry *e;

	if (c->p != PLATFORM_LINUX)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "ifname") == 0)
			at = i;
	if (at == SIZE_MAX)
		return 0;
	e = &c->d->entries[at];
	if (e->nwords < 2 || doc_word_is(c->d, e->word + 1, ""))
		return 0;
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Put the line in the peers file of the one connection that needs "
	          "it (/etc/ppp/peers/NAME), not in this file."), NULL, "%s",
	          _("ifname in this file gives every pppd run on this machine the same "
	          "interface name: while one link is up under that name, a second run at "
	          "the same time (another peers file, a PPPoE link, a VPN) that does not "
	          "set a name of its own cannot have it, and pppd ends that attempt with "
	          "a fatal error. A run that joins the first one's multilink bundle is not "
	          "affected (derived from pppd's source)."));
	return 1;
}

/* Linux pppd before 2.5, replacedefaultroute in /etc/ppp/options: every
 * run that also has defaultroute (from this file or its own peers file)
 * deletes a default route through another interface when its link comes
 * up and adds its own (linux-ppp-2.4.9/pppd/sys-linux.c:1689-1703), putting
 * the old one back only when it goes down (sys-linux.c:1769-1771). So a
 * second link, a VPN say, takes the route another PPP link holds. The
 * option and its no- form set one flag (ipcp.c:200-205), so the last of
 * them counts. 2.5.3 ignores both (ipcp.c:542); not said without a
 * --pppd-version before 2.5, as check_noeffect_rule does. Left out:
 * whether any run sets defaultroute (a peers file may). */
static int check_pairs_shared_replace(struct check_ctx *c)
{
	size_t i, at = SIZE_MAX;

	if (c->p != PLATFORM_LINUX || !check_release_before(c, "2.5.0"))
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && (strcmp(c->row[i]->name, "replacedefaultroute") == 0 ||
		                  strcmp(c->row[i]->name, "noreplacedefaultroute") == 0))
			at = i;
	if (at == SIZE_MAX || strcmp(c->row[at]->name, "replacedefaultroute") != 0)
		return 0;
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Put the line in the peers file of the one connection that needs "
	          "it (/etc/ppp/peers/NAME), not in this file."), NULL, "%s",
	          _("replacedefaultroute in this file reaches every pppd run on this "
	          "machine: any run that also has defaultroute (here or in its peers file) "
	          "deletes the default route another interface holds, another PPP link's "
	          "too, once its own link is up, and puts that route back only when it "
	          "goes down (Linux pppd before 2.5; derived from pppd's source)."));
	return 1;
}

/* Linux demand in /etc/ppp/options with no connect, pty or socket there:
 * demand cannot be undone (no nodemand), and the serial channel refuses a
 * run that has demand but no connect script, pty command or socket once
 * every option is read (linux-ppp-2.5.3/pppd/tty.c:501-504; 2.4.9
 * tty.c:443-445). So every modem or terminal run whose peers file or
 * command line gives none of them stops. Plugin channels (pppoe.so,
 * pppol2tp.so) do not run that check (check_pairs_shared skips a file that
 * loads one). notty with demand in one file is the pairs rule's. Left out:
 * runs that do give a connect script. A Mac is check_controller_shared_demand's. */
static int check_pairs_shared_demand(struct check_ctx *c)
{
	static const char *const helps[] = { "connect", "pty", "socket", "notty" };
	size_t i, at;

	if (c->p != PLATFORM_LINUX)
		return 0;
	at = check_pairs_first(c, "demand", 0);
	if (at == SIZE_MAX)
		return 0;
	for (i = 0; i < sizeof helps / sizeof helps[0]; i++)
		if (check_pairs_first(c, helps[i], 0) != SIZE_MAX)
			return 0;
	check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
	          N_("Put the line in the peers file of the one connection that needs "
	          "it (/etc/ppp/peers/NAME), not in this file."), NULL, "%s",
	          _("demand in this file reaches every pppd run on this machine: a run "
	          "over a serial device or the terminal whose peers file or command line "
	          "gives no connect script, pty or socket is refused once pppd has read "
	          "every option (\"connect script is required for demand-dialling\"), and "
	          "no option turns demand off again. Runs through a plugin channel such as "
	          "pppoe.so or pppol2tp.so do not meet this check (derived from pppd's "
	          "source)."));
	return 1;
}

/* Linux connect and init in /etc/ppp/options: the serial channel runs them
 * on the line of every run that keeps them (a device, the terminal, pty,
 * notty or socket; linux-ppp-2.5.3/pppd/tty.c:725-748), and ends the run
 * when one fails (tty.c:736-739, :745-748; 2.4.9 tty.c:679, :692). A run
 * whose peers file gives its own (connect "" too) replaces it, and plugin
 * channels never run them. Whether a script fails on another line depends
 * on the script, which this rule cannot know: it says so. Only the last
 * line of each counts; an empty one runs nothing. Left out: a Mac, where
 * PPPController's own settings decide. */
static int check_pairs_shared_script(struct check_ctx *c)
{
	static const char *const names[] = { "connect", "init" };
	size_t i, k, at;
	int said = 0;

	if (c->p != PLATFORM_LINUX)
		return 0;
	for (k = 0; k < 2; k++) {
		const struct doc_entry *e;

		at = SIZE_MAX;
		for (i = 0; i < c->d->nentries; i++)
			if (c->row[i] && strcmp(c->row[i]->name, names[k]) == 0)
				at = i;
		if (at == SIZE_MAX)
			continue;
		e = &c->d->entries[at];
		if (e->nwords < 2 || doc_word_is(c->d, e->word + 1, ""))
			continue;
		check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at,
		          N_("Put the line in the peers file of the one connection that needs "
		          "it (/etc/ppp/peers/NAME), not in this file."), NULL, "%s", k == 0 ?
		          _("connect in this file runs in every pppd run on this machine that "
		          "uses a serial device, the terminal, pty, notty or socket and whose "
		          "peers file or command line sets no connect of its own: the script "
		          "then talks over that run's line, and if it fails there (a modem "
		          "dialogue on an ssh pty, say), pppd ends the run (\"Connect script "
		          "failed\"). Runs through a plugin channel such as pppoe.so do not "
		          "run it (derived from pppd's source).") :
		          _("init in this file runs in every pppd run on this machine that uses "
		          "a serial device, the terminal, pty, notty or socket and whose peers "
		          "file or command line sets no init of its own: the script then talks "
		          "over that run's line, and if it fails there, pppd ends the run "
		          "(\"Initializer script failed\"). Runs through a plugin channel such "
		          "as pppoe.so do not run it (derived from pppd's source)."));
		said = 1;
	}
	return said;
}

int check_pairs_shared(struct check_ctx *c, size_t entry, size_t word)
{
	size_t k, at;
	int said = 0, mac = c->p == PLATFORM_MACOS;

	(void)entry, (void)word;
	if (c->shared_file != 1)
		return 0;
	said = check_pairs_shared_ifname(c);
	said |= check_pairs_shared_replace(c) | check_controller_shared_route(c) |
	        check_controller_shared_demand(c);
	if (c->scope.channel)
		return said;
	said |= check_pairs_shared_demand(c);
	said |= check_pairs_shared_script(c);
	for (k = 0; k < sizeof check_shared_rows / sizeof check_shared_rows[0]; k++) {
		const struct check_shared_row *r = &check_shared_rows[k];

		if (r->mac != mac)
			continue;
		at = check_pairs_first(c, r->name, 0);
		if (at == SIZE_MAX || check_shared_has_other(c, r->name))
			continue;
		check_say(c, CHECK_K_SHARED_CHANNEL, check_line(c, at), at, mac ?
		          N_("Remove it from this file. No service PPPController starts can use "
		          "it: a serial service's device makes pppd refuse it, and after L2TP.ppp "
		          "or PPPoE.ppp pppd does not know it, so a service's peers file does not "
		          "help either. It works only for a pppd started by hand; put it in a "
		          "peers file named with call there.") :
		          N_("Put the line in the peers file of the one connection that needs "
		          "it (/etc/ppp/peers/NAME), not in this file."), NULL, "%s",
		          _(r->says));
		said = 1;
	}
	return said;
}
