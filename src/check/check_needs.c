/* check_needs.c - the rule about a word that does nothing unless another is on (lcp-echo-failure without an echo interval, holdoff without persist or demand, ktune without proxyarp or demand, datarate without socket, notty or record; on a Mac pppoeretrytimer not below the call's time, and pppoeservicename, pppoeacname or nopppoeload with pppoemode answer, and pty-delay without pty or beside record; in Linux before 2.5 demand with IPv6 on and no peer identifier, which stops pppd) or once another turned its feature off (novjccomp after novj). */
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "check/check_needs.h"


/* Whether the "no" form of `on` name w (noproxyarp for proxyarp) was set
 * after entry j, turning w off again. Used for NEED_ON only: such a word
 * then no longer counts as on (ktune after proxyarp and a later
 * noproxyarp changes nothing: linux-ppp-2.5.3/pppd/ipcp.c:219-221 clears
 * what proxyarp set). Only this file's accepted lines are looked at. */
static int need_undone(const struct check_ctx *c, const char *w, size_t j)
{
	char no[64];
	size_t k;

	if (strlen(w) + 3 > sizeof no || !isalpha((unsigned char)w[0]))
		return 0;
	strcpy(no, "no");
	strcat(no, w);
	k = check_sets_last(c, no);
	return k != SIZE_MAX && k > j;
}

/* The last entry that set any of the row's `on` names, or SIZE_MAX; for
 * NEED_ON a name whose "no" form came after it is skipped. */
static size_t need_last_on(const struct check_ctx *c, const struct need_row *r)
{
	size_t i, j, last = SIZE_MAX;

	for (i = 0; i < sizeof r->on / sizeof r->on[0] && r->on[i]; i++) {
		j = check_sets_last(c, r->on[i]);
		if (j != SIZE_MAX && r->how == NEED_ON && need_undone(c, r->on[i], j))
			continue;
		if (j != SIZE_MAX && (last == SIZE_MAX || j > last))
			last = j;
	}
	return last;
}

/* The entry's number as pppd's strtol reads it (0x and 0 prefixes too) in
 * *v, *whole 1 when nothing follows it; 0 when it starts with no number
 * (the value checks say that). */
static int need_number(const struct check_ctx *c, size_t entry, long *v, int *whole)
{
	size_t len;
	const char *a = check_arg(c, entry, &len);
	char buf[32], *end;

	if (!a || len == 0 || len >= sizeof buf)
		return 0;
	memcpy(buf, a, len);
	buf[len] = '\0';
	*v = strtol(buf, &end, 0);
	*whole = *end == '\0';
	return end != buf;
}

/* Whether the entry's number is 0 (and nothing else is in the value). */
static int need_is_zero(const struct check_ctx *c, size_t entry)
{
	long v;
	int whole;

	return need_number(c, entry, &v, &whole) && whole && v == 0;
}

/* Whether 0 is a reset for this word: not for a control protocol's counts
 * (*-max-terminate, *-max-configure), whose defaults are 2 and 10
 * (linux-ppp-2.4.9/pppd/fsm.h:139, :140), nor for its resend wait
 * (*-restart, 3 seconds by fsm.h:138), so 0 there is a setting of its
 * own that is just as idle as any other. */
static int need_zero_resets(const char *canon)
{
	static const char *const counts[] = { "-max-terminate", "-max-configure", "-restart" };
	size_t n = strlen(canon), i, k;

	for (i = 0; i < sizeof counts / sizeof counts[0]; i++) {
		k = strlen(counts[i]);
		if (n > k && strcmp(canon + n - k, counts[i]) == 0)
			return 0;
	}
	return 1;
}

/* Whether the entry's number is 0 or below as pppd's int reads it (what
 * follows the number is ignored, as pppd does; a value cut to 32 bits is
 * not modelled). */
static int need_not_positive(const struct check_ctx *c, size_t entry)
{
	long v;
	int whole;

	return need_number(c, entry, &v, &whole) && v <= 0 && v >= -2147483648L;
}

/* The first ipv6 line that gives an identifier pppd counts against
 * ipv6cp-use-persistent (this end's; in 2.4.9 and on a Mac the peer's
 * too), or SIZE_MAX. The value is local,remote; either may be empty. */
static size_t need_v6id(const struct check_ctx *c)
{
	size_t i, len, k;
	const char *a;
	int both = c->p == PLATFORM_MACOS || check_release_before(c, "2.5.0");

	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(check_sets_canon(c->row[i]), "ipv6") != 0)
			continue;
		a = check_arg(c, i, &len);
		if (!a)
			continue;
		for (k = 0; k < len && a[k] != ','; k++)
			;
		if (k > 0 || (both && k + 1 < len))
			return i;
	}
	return SIZE_MAX;
}

/* Whether the file gives the peer no IPv6 identifier: no ipv6 line with
 * text after its first comma, and no ipv6cp-use-remotenumber (see the
 * note atop). */
static int need_v6_remote_none(const struct check_ctx *c)
{
	size_t i, len, k;
	const char *a;

	if (check_sets_last(c, "ipv6cp-use-remotenumber") != SIZE_MAX)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(check_sets_canon(c->row[i]), "ipv6") != 0)
			continue;
		a = check_arg(c, i, &len);
		if (!a)
			continue;
		for (k = 0; k < len && a[k] != ','; k++)
			;
		if (k + 1 < len)
			return 0;
	}
	return 1;
}

/* Whether the file leaves the peer's IPX node zero: the part after the
 * colon of the last ipx-node line that has a colon, read as hex digits
 * (see the note atop). A line that is no node number is skipped. */
static int need_peer_node_zero(const struct check_ctx *c)
{
	size_t i, len, k, colon, end;
	const char *a;
	int zero = 1, nz;

	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(check_sets_canon(c->row[i]), "ipx-node") != 0)
			continue;
		a = check_arg(c, i, &len);
		if (!a)
			continue;
		for (colon = 0; colon < len && isxdigit((unsigned char)a[colon]); colon++)
			;
		if (colon == len)
			continue;               /* no colon: the peer's node is kept */
		if (a[colon] != ':')
			continue;               /* refused by pppd */
		for (end = colon + 1; end < len && isxdigit((unsigned char)a[end]); end++)
			;
		if (end != len)
			continue;               /* refused by pppd */
		nz = 0;
		for (k = end > colon + 13 ? end - 12 : colon + 1; k < end; k++)
			if (a[k] != '0')
				nz = 1;
		zero = !nz;
	}
	return zero;
}

/* Whether row r's word does nothing, given what the whole file set. */
static int need_idle(const struct check_ctx *c, const struct need_row *r)
{
	size_t on = need_last_on(c, r), off = r->off ? check_sets_last(c, r->off) : SIZE_MAX;
	size_t len = 0;

	switch (r->how) {
	case NEED_NONZERO:
		return on == SIZE_MAX || need_is_zero(c, on);
	case NEED_ON:
		if (on == SIZE_MAX && off == SIZE_MAX)
			return !(r->dflt & (c->p == PLATFORM_LINUX ? 1u : 2u));
		return on == SIZE_MAX || (off != SIZE_MAX && off > on);
	case NEED_NOT_OFF:
		return off != SIZE_MAX;
	case NEED_NO_V6ID:
		return need_v6id(c) != SIZE_MAX;
	case NEED_PEER_NODE:
		return need_peer_node_zero(c);
	case NEED_V6_REMOTE:
		return need_v6_remote_none(c);
	case NEED_V6_DEMAND:
		if (!need_v6_remote_none(c))
			return 0;
		return (on == SIZE_MAX && off == SIZE_MAX) || (on != SIZE_MAX && (off == SIZE_MAX || on > off));
	case NEED_TEXT:
		if (on == SIZE_MAX)
			return 1;
		check_arg(c, on, &len);
		return len == 0;
	}
	return 0;
}

/* pppoeretrytimer at or above the time a call is given (Apple's PPPoE.ppp,
 * so a Mac only). The plugin hands each timer to the PPPoE kernel
 * extension as a 16-bit number, and only when its int is not 0
 * (apple-ppp-1027.121.1/Drivers/PPPoE/PPPoE-plugin/main.c:307-321); the
 * call's time is 65 unless set (main.c:123). By the extension's timer
 * (Drivers/PPPoE/PPPoE-extension/pppoe_rfc.c in Apple's full source, not
 * the pinned copy) a call given no time keeps 20 seconds, and the
 * discovery packet goes out again only when the seconds left reach a mark
 * that starts at the call's time less the retry time, in 16 bits, before
 * the call ends at 0; a retry time at or above the call's time puts the
 * mark at 0 or wraps it above the call's time, so it is never reached.
 * PPPController passes neither timer. Left out: a timer set in another
 * file pppd reads (the note says so), a number beyond the range of a long,
 * and a retry or call time that is 0 in 16 bits (the value checks say
 * what those do). Returns 1 when said. */
static int need_pppoe_retry(struct check_ctx *c)
{
	size_t r = check_sets_last(c, "pppoeretrytimer");
	size_t t = check_sets_last(c, "pppoeconnecttimer");
	long rv, tv = 65;
	int whole;
	unsigned long r16, t16;

	/* Apple's pppd reads an int through strtoul and keeps its low 32
	 * bits (Helpers/pppd/options.c:1531, :1555): its low 16 bits are
	 * strtol's too, unless strtol ran out of range (LONG_MAX, LONG_MIN) */
	if (c->p != PLATFORM_MACOS || r == SIZE_MAX || !need_number(c, r, &rv, &whole) ||
	    rv == 0 || rv == LONG_MAX || rv == LONG_MIN)
		return 0;
	if (t != SIZE_MAX && (!need_number(c, t, &tv, &whole) ||
	                      tv == LONG_MAX || tv == LONG_MIN))
		return 0;
	if (tv == 0)
		tv = 20;
	r16 = (unsigned long)rv & 0xffffUL;
	t16 = (unsigned long)tv & 0xffffUL;
	if (r16 == 0 || t16 == 0 || r16 < t16)
		return 0;
	check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, r), r,
	          N_("Write a retry time below the call's time (pppoeconnecttimer), or remove "
	          "the line to keep the extension's own 3 seconds."), NULL,
	          N_("pppoeretrytimer passes %lu, which is not below the %lu seconds a PPPoE "
	          "call is given here, so the PPPoE kernel extension never sends the "
	          "discovery packet (PADI, then PADR) again: if the first one gets no "
	          "answer, the call fails when that time runs out (derived from Apple's "
	          "source, not tried on a Mac). Another file pppd reads may still change "
	          "either timer."), r16, t16);
	return 1;
}

/* The other way round from the minconnect row: minconn.so's hook gives
 * minconnect itself for the first idle check (linux-ppp-2.5.3/pppd/plugins/
 * minconn.c:58), and pppd schedules that check only for a number above 0
 * (auth.c:1189), so a negative minconnect leaves idle with no check at all
 * for the whole link. A minconnect from 1 up to idle's seconds does
 * nothing: every check, the first too, takes the idle seconds so far from
 * idle (minconn.c:62), so the link is ended only once it has been idle for
 * idle's seconds, as without minconnect, and otherwise the check waits for
 * the rest (auth.c:1315). Only the last line of each in this file is read;
 * whether another file pppd reads changes them is left out (said), and so
 * are numbers outside an int, which the value checks speak of. */
static int need_minconnect_off(struct check_ctx *c)
{
	size_t m = check_sets_last(c, "minconnect");
	size_t i = check_sets_last(c, "idle");
	long mv, iv;
	int whole;

	if (c->p != PLATFORM_LINUX || m == SIZE_MAX || i == SIZE_MAX ||
	    !need_number(c, m, &mv, &whole) || mv == 0 || mv < -2147483648L ||
	    mv > 2147483647L ||
	    !need_number(c, i, &iv, &whole) || iv == 0 || iv < -2147483648L ||
	    iv > 2147483647L)
		return 0;
	/* A negative idle: the first check, after minconnect's seconds, finds
	 * idle minus the idle time so far below 0 and ends the link
	 * (minconn.c:62, auth.c:1308); with minconnect below 0 as well no
	 * check is made, and idle's own value check speaks of that. */
	if (iv < 0) {
		if (mv < 0)
			return 0;
		check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, m), m,
		          N_("Set idle to a number of seconds above 0, or remove this line."), NULL,
		          N_("'minconnect' ends the link: idle on line %zu is below 0, so the first "
		          "idle check, made after minconnect's seconds, finds no idle time left and "
		          "ends the link, busy or not (derived from the source, not tried). Another "
		          "file pppd reads may still change either."), check_line(c, i));
		return 1;
	}
	if (mv > 0) {
		if (mv > iv)
			return 0;
		check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, m), m,
		          N_("Set minconnect above idle's seconds if the link should stay up "
		          "longer, or remove this line."), NULL,
		          N_("'minconnect' does nothing here: %ld is not above idle's %ld on line "
		          "%zu, and every idle check, the first too, ends the link only once it "
		          "has been idle for idle's seconds, as without minconnect (derived from "
		          "the source, not tried). Another file pppd reads may still change "
		          "either."), mv, iv, check_line(c, i));
		return 1;
	}
	check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, i), i,
	          N_("Set minconnect to 0 (idle then works as usual) or above, or remove this "
	          "line."), NULL,
	          N_("'idle' does nothing here: minconnect on line %zu is below 0, so with "
	          "minconn.so pppd never makes an idle check and never ends the link as idle "
	          "(derived from the source, not tried). Another file pppd reads may still "
	          "change minconnect."), check_line(c, m));
	return 1;
}

/* pppoeservicename, pppoeacname and nopppoeload beside pppoemode answer (Apple's
 * PPPoE.ppp, so a Mac only). In answer mode the plugin takes the session
 * it was handed on standard input and neither dials nor listens
 * (apple-ppp-1027.121.1/Drivers/PPPoE/PPPoE-plugin/main.c:193-196,
 * :328-329), and only the dial and listen steps read the two names
 * (main.c:437-463, :515-526). The mode is compared byte for byte, as the
 * plugin does. Left out: a mode or a name set in another file pppd reads
 * (the note says so). Returns 1 when said. */
static int need_pppoe_answer(struct check_ctx *c)
{
	static const char *const names[] = { "pppoeservicename", "pppoeacname" };
	size_t m = check_sets_last(c, "pppoemode"), len, i, k;
	const char *v;
	int said = 0;

	if (c->p != PLATFORM_MACOS || m == SIZE_MAX)
		return 0;
	v = check_arg(c, m, &len);
	if (!v || len != 6 || memcmp(v, "answer", 6) != 0)
		return 0;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		k = check_sets_last(c, names[i]);
		if (k == SIZE_MAX)
			continue;
		check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, k), k,
		          N_("Remove the line, or change pppoemode if pppd should dial or listen."),
		          NULL, N_("'%s' is never used here: with 'pppoemode answer' on line %zu "
		          "PPPoE.ppp takes a session already handed to pppd and neither dials "
		          "nor listens, the only steps that read this name (derived from Apple's "
		          "source, not tried on a Mac). Another file pppd reads may still change "
		          "the mode."), names[i], check_line(c, m));
		said = 1;
	}
	/* nopppoeload: in answer mode the plugin opens no PPPoE socket of its
	 * own (main.c:273), and the only use of the switch is the retry after
	 * such an open fails (main.c:277), so nothing reads it there. */
	k = check_sets_last(c, "nopppoeload");
	if (k != SIZE_MAX) {
		check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, k), k,
		          N_("Remove the line, or change pppoemode if pppd should dial or listen."),
		          NULL, N_("'nopppoeload' does nothing here: with 'pppoemode answer' on line "
		          "%zu PPPoE.ppp is handed its socket and never opens one itself, the only "
		          "step where it may load its kernel extension (derived from Apple's source, "
		          "not tried on a Mac). Another file pppd reads may still change the mode."),
		          check_line(c, m));
		said = 1;
	}
	return said;
}

/* pty-delay beside pty and record (Apple's pppd, so a Mac only): with a
 * record file pppd starts the pty command through its own relay and
 * makes no wait (apple-ppp-1027.121.1/Helpers/pppd/tty.c:769-784); the
 * wait is only in the other branch (:797). An empty record name takes the
 * relay branch too (only a missing record line does not). Said only when
 * this file has pty too (without it the pty-delay row of
 * check_needs_rows.c speaks) and a record line; left out: record in
 * another file pppd reads. Returns 1 when said. */
static int need_pty_record(struct check_ctx *c)
{
	size_t k = check_sets_last(c, "pty-delay"), r = check_sets_last(c, "record");

	if (c->p != PLATFORM_MACOS || k == SIZE_MAX || r == SIZE_MAX
	    || check_sets_last(c, "pty") == SIZE_MAX || need_is_zero(c, k)
	    || check_noeffect_tty_idle(c, k) != SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, k), k,
	          N_("Remove this line, or the record line if the wait matters more."), NULL,
	          N_("'pty-delay' does nothing here: with record on line %zu pppd starts the "
	          "pty command through its own relay and does not wait for its first bytes "
	          "(derived from Apple's source, not tried on a Mac)."), check_line(c, r));
	return 1;
}

/* defaultroute-metric in a file that also turns defaultroute off
 * (nodefaultroute, -defaultroute): that line clears what defaultroute asks
 * for and what it is allowed to ask for, and pppd refuses any defaultroute
 * read after it as disabled (linux-ppp-2.5.3/pppd/ipcp.c:196-201 and
 * options.c:846), so the row's "add defaultroute" fix cannot work and no
 * other file can turn it on; the note names that line instead. Left out:
 * defaultroute6 from another file, which the note still allows for.
 * Returns 1 when said. */
static int need_route_off(struct check_ctx *c, size_t i, const char *name, size_t nlen)
{
	size_t off;

	if (strcmp(check_sets_canon(c->row[i]), "defaultroute-metric") != 0 ||
	    (off = check_sets_last(c, "nodefaultroute")) == SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, i), i,
	          N_("Remove this line, or remove the line that turns defaultroute off if pppd "
	             "should add a default route through this link."),
	          NULL,
	          N_("'%.*s' does nothing here: line %zu turns defaultroute off, and pppd then "
	             "refuses a defaultroute read after it, in this file or another, so it adds "
	             "no IPv4 default route for this link. pppd uses the number for nothing "
	             "else, except for the IPv6 default route of defaultroute6 (in Linux pppd "
	             "2.4.9, or in 2.5.3 only when its netlink route call fails), which another "
	             "file pppd reads may still turn on."),
	          (int)nlen, name, check_line(c, off));
	return 1;
}

int check_needs_rule(struct check_ctx *c, size_t entry, size_t word)
{
	size_t i, k, nlen;
	const char *name, *canon;
	int said = 0;
	unsigned char *done;

	(void)entry;
	(void)word;
	if (!c->sets.of || c->d->nentries == 0)
		return 0;
	done = calloc(c->d->nentries, 1);
	if (!done)
		return 0;
	for (k = 0; k < need_nrows; k++) {
		const struct need_row *r = &need_rows[k];

		if (r->quiet_macos && c->p == PLATFORM_MACOS)
			continue;
		if (r->before_253 && (c->p != PLATFORM_LINUX || !check_release_before(c, "2.5.3")))
			continue;
		if (r->how == NEED_V6_REMOTE && check_release_before(c, "2.5.0"))
			continue;
		if (check_sets_last(c, r->word) == SIZE_MAX || !need_idle(c, r))
			continue;
		for (i = 0; i < c->d->nentries; i++) {
			if (!c->row[i] || done[i])
				continue;
			canon = check_sets_canon(c->row[i]);
			/* A 0 (lcp-echo-failure 0, holdoff 0) is how files reset
			 * a value set in one read earlier: left alone, except
			 * for the counts, where 0 is not the default. */
			if (strcmp(canon, r->word) != 0
			    || (need_is_zero(c, i) && need_zero_resets(canon)))
				continue;
			/* a serial-line word a channel plugin made idle: the
			 * no-effect rule says so already */
			if (check_noeffect_tty_idle(c, i) != SIZE_MAX)
				continue;
			/* minconnect 0 leaves idle alone; a negative one turns it off */
			if (strcmp(canon, "minconnect") == 0 && need_not_positive(c, i))
				continue;
			name = check_name(c, i, &nlen);
			if (need_route_off(c, i, name, nlen))
				;
			else if (r->how == NEED_NO_V6ID)
				check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, i), i, r->fix,
				          NULL, r->msg, (int)nlen, name,
				          check_line(c, need_v6id(c)));
			else
				check_say(c, CHECK_K_NEEDS_OTHER, check_line(c, i), i, r->fix,
				          NULL, r->msg, (int)nlen, name);
			said = done[i] = 1;
		}
	}
	free(done);
	if (need_pppoe_retry(c))
		said = 1;
	if (need_minconnect_off(c))
		said = 1;
	if (need_pppoe_answer(c))
		said = 1;
	if (need_pty_record(c))
		said = 1;
	return said;
}

/* ---- across sources ------------------------------------------------- */

struct need_reconcile {
	const struct doc *d;
	enum platform p;
	int (*acts)(const char *on, const char *off, void *ctx);
	int (*nonzero)(const char *on, void *ctx);
	void *ctx;
};

static int need_reconciled(const struct check_finding *f, void *ctx)
{
	const struct need_reconcile *rc = ctx;
	const struct need_row *only = NULL;
	const struct catalog_entry *e;
	const char *w, *canon;
	size_t len, k, n = 0;

	if (strcmp(check_finding_id(f), "needs-other") != 0 || f->entry >= rc->d->nentries)
		return 0;
	w = doc_word_bytes(rc->d, rc->d->entries[f->entry].word, &len);
	e = w ? catalog_match(w, len, rc->p) : NULL;
	if (!e)
		return 0;
	canon = e->alias_of ? e->alias_of : e->name;
	for (k = 0; k < need_nrows; k++)
		if (strcmp(need_rows[k].word, canon) == 0) {
			only = &need_rows[k];
			n++;
		}
	/* NEED_NONZERO rows name one `on` word each (check_needs_rows.c), so
	 * its value in effect is the last one read across the sources */
	if (n == 1 && only->how == NEED_NONZERO && rc->nonzero)
		return only->on[0] && !only->on[1] && rc->nonzero(only->on[0], rc->ctx);
	if (n != 1 || only->how != NEED_ON)
		return 0;
	for (k = 0; k < sizeof only->on / sizeof only->on[0]; k++)
		if (only->on[k] && rc->acts(only->on[k], only->off, rc->ctx))
			return 1;
	return 0;
}

void check_needs_reconcile(struct check_report *r, const struct doc *d, enum platform p,
                           int (*acts)(const char *on, const char *off, void *ctx),
                           int (*nonzero)(const char *on, void *ctx), void *ctx)
{
	struct need_reconcile rc;

	rc.d = d;
	rc.p = p;
	rc.acts = acts;
	rc.nonzero = nonzero;
	rc.ctx = ctx;
	check_report_forget(r, need_reconciled, &rc);
}
