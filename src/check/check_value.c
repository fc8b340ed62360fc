/* check_value.c - what pppd makes of a directive's value where it stands: the catalogue's verdict, corrected for the channel that reads it, passwordfd's descriptor, 2.5.3's Deflate sizes, Linux's ipcp-max-failure of 1 or less, lcp-max-failure of 0 or less, Apple's l2tpretrytimeout above l2tptimeoutcap and a netmask narrower than the one before. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/catalog_value.h"

/* The word pppd checks as the entry's value: its argument, or a wildcard's
 * word itself. SIZE_MAX when it has none. */
size_t check_value_word(const struct check_ctx *c, size_t entry)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *r = c->row[entry];

	if (r->flags & CATALOG_WILDCARD)
		return e->word;
	if (r->nargs >= 1 && e->nwords >= 2)
		return e->word + 1;
	return SIZE_MAX;
}

/* Whether the plugin's device word has made, or later in the file makes,
 * its channel the one pppd uses: pppoe.so reads pppoe-mac only then, in the
 * channel's option check after all options (linux-ppp-2.5.3/pppd/plugins/
 * pppoe/plugin.c:397, :476; main.c:479). */
static int check_channel_chosen(const struct check_ctx *c, size_t entry)
{
	const struct catalog_entry *r;
	const char *name;
	size_t i, nlen;

	if (c->scope.channel)
		return 1;
	for (i = entry + 1; i < c->d->nentries; i++) {
		if (c->d->entries[i].disabled)
			continue;
		name = check_name(c, i, &nlen);
		r = catalog_scope_match(&c->scope, name, nlen);
		if (r && strcmp(r->name, "<ethernet-interface>") == 0)
			return 1;
	}
	return 0;
}

/* pppol2tp.so asks the kernel about its socket as soon as it reads the
 * option and stops pppd with a fatal error when that fails
 * (linux-ppp-2.5.3/pppd/plugins/pppol2tp/pppol2tp.c:146, :147; 2.4.9's
 * :135, :136). Only a negative number is sure to fail, and on a 32-bit
 * system a number past 32 bits, read as -1 there: whether another one is an
 * open L2TP socket only the daemon that starts pppd knows. */
static int check_pppol2tp_fd(const char *v, size_t len, struct buf *why)
{
	struct catalog_num n;
	long long x;

	catalog_value_num(v, len, 0, &n);
	x = catalog_value_as_int(&n);
	if (!n.digits)
		return 0;
	/* past 32 bits a 32-bit pppd's strtoul saturates, so it reads -1 */
	if (x >= 0 && !n.neg && !n.overflow && n.v > 0xffffffffull) {
		buf_printf(why, _("On a 32-bit system that -1 is no descriptor: the plugin asks "
		           "the kernel about the socket as soon as it reads the option, that "
		           "fails, and pppd stops with a fatal error."));
		return 1;
	}
	if (x >= 0)
		return 0;
	buf_printf(why, _("%lld is no descriptor: the plugin asks the kernel about the socket as "
	           "soon as it reads the option, that fails, and pppd stops with a fatal error."), x);
	return 2;
}

/* passwordfd.so in 2.5.3 reads its descriptor as soon as it reads the
 * option, closes it, and makes a failed read an option error
 * (linux-ppp-2.5.3/pppd/plugins/passwordfd.c:40, :51, :54); 2.4.9 only
 * stores the number (linux-ppp-2.4.9/pppd/plugins/passwordfd.c:23). This
 * catches what cannot be read for sure: a negative number, and a number an
 * earlier passwordfd line of this file already read and closed. It leaves
 * out a descriptor that is simply not open, which only the launcher knows,
 * and a closed one that a file opened between the two lines took again. */
static int check_passwordfd(const struct check_ctx *c, size_t entry, const char *v,
                            size_t len, struct buf *why)
{
	struct catalog_num n, m;
	size_t f, wi, flen;
	const char *fv;
	long long x;

	if (strcmp(c->row[entry]->name, "pppol2tp") == 0)
		return check_pppol2tp_fd(v, len, why);
	if (strcmp(c->row[entry]->name, "passwordfd") != 0)
		return 0;
	catalog_value_num(v, len, 0, &n);
	x = catalog_value_as_int(&n);
	if (!n.digits)
		return 0;
	if (x < 0) {
		buf_printf(why, _("%lld is no descriptor: pppd 2.5.3 reads it when it reads the "
		           "option, the read fails, and pppd refuses it; 2.4.9 takes the number "
		           "but gets no password from it."), x);
		return check_release_before(c, "2.5.3") ? 1 : 2;
	}
	/* past 32 bits a 64-bit pppd keeps the low 32 (x, not negative here),
	 * but a 32-bit one saturates to -1 (catalog_value.c): refused there */
	if (!n.neg && !n.overflow && n.v > 0xffffffffull) {
		buf_printf(why, _("On a 32-bit system that -1 is no descriptor: pppd 2.5.3 "
		           "reads it when it reads the option, the read fails, and pppd refuses "
		           "it; 2.4.9 takes the number but gets no password from it."));
		return 1;
	}
	if (check_release_before(c, "2.5.3"))
		return 0;
	for (f = 0; f < entry; f++) {
		if (c->row[f] != c->row[entry] || (wi = check_value_word(c, f)) == SIZE_MAX)
			continue;
		fv = check_val(c, wi, &flen);
		catalog_value_num(fv, flen, 0, &m);
		if (m.digits && catalog_value_as_int(&m) == x) {
			buf_printf(why, _("line %zu already read descriptor %lld and closed it, so "
			           "pppd 2.5.3 cannot read it again and refuses the option."),
			           check_line(c, f), x);
			return 2;
		}
	}
	return 0;
}

/* A number too big for pppd's int is odd in itself (catalog_value.c), but
 * passwordfd's may also land on a negative descriptor (4294967295 and
 * 0xffffffff are read as -1), which 2.5.3 refuses: that sentence follows,
 * and its verdict wins. */
static int check_value_past_fit(const struct check_ctx *c, size_t entry, const char *v,
                                size_t len, struct buf *why)
{
	struct buf more;
	int r;

	buf_init(&more);
	r = check_passwordfd(c, entry, v, len, &more);
	if (r > 0 && more.len) {
		buf_adds(why, " ");
		buf_add(why, more.data, more.len);
	}
	buf_free(&more);
	return r > 1 ? r : 1;
}

/* Linux pppd 2.5.3 takes Deflate's limits from Linux's own header
 * (linux-ppp-2.5.3/pppd/ccp.c:36), whose minimum is 9, so it refuses the 8
 * that catalog_pair.c lets through with a warning (ccp.c:315, :322), and
 * its range in words is 9 to 15. Only when --pppd-version names 2.5.3:
 * what other releases read is not in the pinned sources. This small reader
 * looks only at halves that are plain numbers; what else catalog_pair.c
 * refuses keeps its own words. */
static int check_deflate_253(const struct check_ctx *c, size_t entry, const char *v,
                             size_t len, int verdict, struct buf *why)
{
	size_t pos = 0, end;
	struct catalog_num n;
	long long x;
	int bad = 0, fits;

	if (verdict < 1 || c->p != PLATFORM_LINUX || strcmp(c->row[entry]->name, "deflate") != 0 ||
	    !check_release_is(c, "2.5.3"))
		return verdict;
	while (pos <= len) {
		for (end = pos; end < len && v[end] != ',';)
			end++;
		catalog_value_num(v + pos, end - pos, 0, &n);
		if (!n.digits || n.used != end - pos)
			return verdict;
		/* a number outside int: a 32-bit pppd refuses it, a 64-bit one
		 * keeps part of it, so only that part decides */
		x = catalog_pair_int(&n, &fits);
		if (x != 0 && (x < 9 || x > 15))
			bad = 1;
		pos = end + 1;
	}
	if (!bad)
		return verdict;
	buf_reset(why);
	catalog_value_why(why, _("'%s' is not valid for Linux pppd 2.5.3: built against Linux's "
	                  "own header, it takes only 0 or 9 to 15 in each place and refuses "
	                  "the rest, 8 too."), v, len);
	return 2;
}

/* Linux pppd counts the peer's Naks before comparing them with
 * ipcp-max-failure (linux-ppp-2.5.3/pppd/fsm.c:532-533; 2.4.9's :528-529),
 * so at 1 or less the first Nak is taken as a Reject: ipcp_nakci then stops
 * asking for this end's address and DNS servers instead of taking the ones
 * offered (2.5.3's ipcp.c:1162, :1173; 2.4.9's :1117), and ipcp_up stops IPCP
 * with no address (2.5.3's :1846). Apple's pppd has no such count, but at 0
 * or less it Naks nothing from the first request (apple-ppp-1027.121.1/
 * Helpers/pppd/fsm.c:509): ipcp_reqci turns the Nak that would carry the
 * peer's address or a DNS server into a Reject (its ipcp.c:1539-1540, :1574,
 * :1650) and appends no address (:1684); Linux's ipcp_reqci does the same
 * (2.5.3's ipcp.c:1573, :1683, :1717; 2.4.9's :1506, :1616, :1650). Only a whole plain number is read
 * here; whether the peer Naks or asks at all, and an address given in the
 * files, are left out (the texts say "may" / "when"). */
static int check_ipcp_naks(const struct check_ctx *c, size_t entry, const char *v,
                           size_t len, int verdict, struct buf *why)
{
	struct catalog_num n;
	long long x;

	if (verdict != 0 || strcmp(c->row[entry]->name, "ipcp-max-failure") != 0)
		return verdict;
	catalog_value_num(v, len, 0, &n);
	if (!n.digits || n.used != len || n.overflow ||
	    n.v > (unsigned long long)INT_MAX + (n.neg ? 1 : 0))
		return verdict;
	x = catalog_value_as_int(&n);
	if (c->p == PLATFORM_MACOS && x <= 0) {
		catalog_value_why(why, _("'%s' is 0 or less, so Apple's pppd sends no IPCP Nak at "
		                  "all: when the peer asks for an address or DNS servers this end would "
		                  "hand it (a remote address, ms-dns), the request is rejected instead, "
		                  "and the peer gets none from here (derived from Apple's source, not "
		                  "tried on a Mac)."), v, len);
		return 1;
	}
	if (c->p != PLATFORM_LINUX || x > 1)
		return verdict;
	catalog_value_why(why, _("'%s' is 1 or less, so Linux pppd takes the peer's first IPCP Nak "
	                  "as a Reject: it drops the address or DNS servers that Nak offers and "
	                  "stops asking for them. A link that gets its address from the peer "
	                  "(noipdefault) may then end IPCP with \"Could not determine local IP "
	                  "address\" (derived from the source, not tried)."), v, len);
	if (x <= 0)
		buf_printf(why, _(" At 0 or less Linux pppd also sends no IPCP Nak itself: "
		           "when the peer asks for an address or DNS servers this end would "
		           "hand it (a remote address, ms-dns), the request is rejected "
		           "instead (derived from the source, not tried)."));
	return 1;
}

/* lcp-max-failure of 0 or less: pppd compares the Naks it has sent with the
 * limit before it answers a request (linux-ppp-2.5.3/pppd/fsm.c:435, 2.4.9's
 * fsm.c:431, apple-ppp-1027.121.1/Helpers/pppd/fsm.c:509), so from the first
 * request lcp_reqci turns each Nak into a Reject, the magic number excepted
 * (2.5.3's lcp.c:1820-1822, 2.4.9's :1794-1796, Apple's :1906-1908). Among
 * those Naks are the ones that name another login protocol or CHAP digest
 * when the peer asks for one this end will not use (2.5.3's lcp.c:1606-1607,
 * :1647). Only a whole plain number is read here; what the peer asks for and
 * what it does after a Reject are left out (the text says "when"). */
static int check_lcp_naks(const struct check_ctx *c, size_t entry, const char *v,
                          size_t len, int verdict, struct buf *why)
{
	struct catalog_num n;

	if (verdict != 0 || strcmp(c->row[entry]->name, "lcp-max-failure") != 0)
		return verdict;
	catalog_value_num(v, len, 0, &n);
	if (!n.digits || n.used != len || n.overflow ||
	    n.v > (unsigned long long)INT_MAX + (n.neg ? 1 : 0) || catalog_value_as_int(&n) > 0)
		return verdict;
	if (c->p == PLATFORM_MACOS)
		catalog_value_why(why, _("'%s' is 0 or less, so Apple's pppd sends no LCP Nak: "
		                  "when the peer asks this end to log in with a protocol or CHAP "
		                  "digest it will not use, pppd rejects the request instead of "
		                  "naming one it would use, and the same for any other LCP option "
		                  "it would Nak, the magic number excepted (derived from Apple's "
		                  "source, not tried on a Mac)."), v, len);
	else
		catalog_value_why(why, _("'%s' is 0 or less, so Linux pppd sends no LCP Nak: when the "
		                  "peer asks this end to log in with a protocol or CHAP digest it "
		                  "will not use, pppd rejects the request instead of naming one it "
		                  "would use, and the same for any other LCP option it would Nak, "
		                  "the magic number excepted (derived from the source, not "
		                  "tried)."), v, len);
	return 1;
}

/* A whole plain number in word wi, as pppd's int reads it; 0 when the word
 * is anything else (left to the value check) or there is none. */
static int check_value_whole(const struct check_ctx *c, size_t wi, long long *x)
{
	struct catalog_num n;
	size_t len;
	const char *v;

	if (wi == SIZE_MAX)
		return 0;
	v = check_val(c, wi, &len);
	catalog_value_num(v, len, 0, &n);
	if (!n.digits || n.used != len || n.overflow ||
	    n.v > (unsigned long long)INT_MAX + (n.neg ? 1 : 0))
		return 0;
	*x = catalog_value_as_int(&n);
	return 1;
}

/* l2tpretrytimeout above the cap. Apple's L2TP plugin hands both values to
 * its kernel extension each time it sets the timers (apple-ppp-1027.121.1/
 * Drivers/L2TP/L2TP-plugin/main.c:2463-2470); the cap is 4 unless set
 * (main.c:157) and a cap below 4 is put back to that default (:337-339). By
 * the extension's code in Apple's full source (Drivers/L2TP/L2TP-extension/
 * l2tp_rfc.c, not in the pinned copy), the first wait is the retry timeout
 * as given, while each wait after a resend is the doubled timeout cut down
 * to the cap. So a retry timeout above the cap gives one long wait and then
 * only the cap. Looked at: a whole plain number from 1 to 8 here and the
 * file's last l2tptimeoutcap (before or after it) when it is a whole plain number up to
 * 32767: one below 4 counts as the 4 the plugin puts back (larger caps are
 * left to their own value check); a cap set in another file is not seen,
 * which the text says. */
static int check_l2tp_first_wait(const struct check_ctx *c, size_t entry, int verdict,
                                 struct buf *why)
{
	long long x, cap = 4;
	size_t capline = SIZE_MAX, len, i;
	int reset = 0;
	const char *v;

	if (verdict != 0 || c->p != PLATFORM_MACOS ||
	    strcmp(c->row[entry]->name, "l2tpretrytimeout") != 0 ||
	    !check_value_whole(c, check_value_word(c, entry), &x) || x < 1 || x > 8)
		return verdict;
	/* rows are known only up to this line: later ones are found by name */
	for (i = 0; i < c->d->nentries; i++) {
		const struct doc_entry *e = &c->d->entries[i];
		const char *name = check_name(c, i, &len);

		if (!e->disabled && len == 14 && memcmp(name, "l2tptimeoutcap", 14) == 0)
			capline = i;
	}
	if (capline != SIZE_MAX) {
		const struct doc_entry *e = &c->d->entries[capline];

		if (e->nwords < 2 || !check_value_whole(c, e->word + 1, &cap) || cap > 32767)
			return verdict;
		if (cap < 4) {	/* the plugin's check puts the default back */
			cap = 4;
			reset = 1;
		}
	}
	if (x <= cap)
		return verdict;
	v = check_val(c, check_value_word(c, entry), &len);
	if (reset) {
		catalog_value_why(why, _("'%s' is above l2tptimeoutcap, which caps every wait "
		                  "after the first one:"), v, len);
		buf_printf(why, _(" the cap on line %zu is below 4, so the plugin puts back its "
		           "default of 4 seconds; only the first wait before a resend is this long "
		           "and each later one is 4 seconds. Give l2tptimeoutcap a value above 4 if "
		           "later waits should be longer (derived from Apple's full source of its "
		           "L2TP kernel extension, not tried on a Mac)."), check_line(c, capline));
	} else if (capline != SIZE_MAX) {
		catalog_value_why(why, _("'%s' is above l2tptimeoutcap, which caps every wait "
		                  "after the first one:"), v, len);
		buf_printf(why, _(" with the cap of %lld on line %zu, only the first wait "
		           "before a resend is this long and each later one is %lld seconds. Raise "
		           "l2tptimeoutcap too if later waits should be longer (derived from "
		           "Apple's full source of its L2TP kernel extension, not tried on a "
		           "Mac)."), cap, check_line(c, capline), cap);
	} else {
		catalog_value_why(why, _("'%s' is above l2tptimeoutcap, which caps every wait "
		                  "after the first one:"), v, len);
		buf_printf(why, _(" this file sets no cap, so unless another file does it is "
		           "4 seconds, and only the first wait before a resend is this long; "
		           "each later one is 4 seconds. Raise l2tptimeoutcap too if later waits "
		           "should be longer (derived from Apple's full source of its L2TP "
		           "kernel extension, not tried on a Mac)."));
	}
	return 1;
}

/* What pppd makes of the value (catalog_check_value: 0 fine, 1 odd, 2
 * refused; -1 no value), and why in words. A value pppd would refuse but
 * never reads, for want of the channel that reads it, is odd. */
int check_value_verdict(const struct check_ctx *c, size_t entry, struct buf *why)
{
	size_t wi = check_value_word(c, entry), len, f;
	const char *v;
	int verdict;

	if (wi == SIZE_MAX)
		return -1;
	v = check_val(c, wi, &len);
	verdict = catalog_check_value_on(c->row[entry], c->p, v, len, why);
	if (verdict == 0)
		verdict = check_passwordfd(c, entry, v, len, why);
	else if (verdict == 1)
		verdict = check_value_past_fit(c, entry, v, len, why);
	verdict = check_deflate_253(c, entry, v, len, verdict, why);
	verdict = check_ipcp_naks(c, entry, v, len, verdict, why);
	verdict = check_lcp_naks(c, entry, v, len, verdict, why);
	verdict = check_l2tp_first_wait(c, entry, verdict, why);
	if (verdict == 2 && (c->row[entry]->flags & CATALOG_CHANNELREAD) &&
	    !check_channel_chosen(c, entry)) {
		buf_printf(why, _(" It does so only once an Ethernet interface word (eth0) "
		           "makes the plugin run the connection, and this file has none: without "
		           "one pppd takes the file and never looks at the value."));
		verdict = 1;
	} else if (verdict == 2 && (c->row[entry]->flags & CATALOG_CHANNELREAD) &&
	           (f = check_conflict_later_replaced(c, entry)) != SIZE_MAX) {
		buf_printf(why, _(" But line %zu sets it again, and pppd reads only the last "
		           "value, so it never looks at this one."), check_line(c, f));
		verdict = 1;
	}
	return verdict;
}

/* Whether an entry is a netmask pppd reads; its mask in *mask. */
int check_value_netmask(const struct check_ctx *c, size_t entry, unsigned long *mask)
{
	size_t wi = check_value_word(c, entry), len;
	const char *v;

	if (wi == SIZE_MAX || strcmp(c->row[entry]->name, "netmask") != 0)
		return 0;
	v = check_val(c, wi, &len);
	return catalog_value_netmask(v, len, mask);
}

/* The netmask line before a netmask entry, when pppd refuses the entry for
 * dropping bits of it (linux-ppp-2.5.3/pppd/ipcp.c:528; 2.4.9's :513,
 * Apple's :596); SIZE_MAX otherwise. */
size_t check_value_netmask_narrower(const struct check_ctx *c, size_t entry)
{
	unsigned long cur, prev;
	size_t f = entry;

	if (!check_value_netmask(c, entry, &cur))
		return SIZE_MAX;
	while (f > 0) {
		f--;
		if (c->row[f] == c->row[entry] && check_value_netmask(c, f, &prev))
			return (prev & ~cur) != 0 ? f : SIZE_MAX;
	}
	return SIZE_MAX;
}

int check_value_netmask_refused(const struct check_ctx *c, size_t entry, struct buf *why)
{
	size_t f = check_value_netmask_narrower(c, entry);

	if (f == SIZE_MAX)
		return 0;
	buf_printf(why, _("it lacks bits of the netmask set before it (line %zu); pppd refuses a "
	           "netmask narrower than the one it has."), check_line(c, f));
	return 2;
}

/* The number an entry gives, as pppd stores it; 0 when unreadable. */
static int check_value_limit(const struct check_ctx *c, size_t entry, long long *v)
{
	size_t wi = check_value_word(c, entry), len;
	struct catalog_num n;
	const char *w;

	if (wi == SIZE_MAX)
		return 0;
	w = check_val(c, wi, &len);
	catalog_value_num(w, len, 0, &n);
	if (!n.digits || n.used != len)
		return 0;
	*v = catalog_value_as_int(&n);
	return 1;
}

/* Whether a later maxconnect or maxoctets (or mo, which fills the same
 * limit) in this file raises the one `first` set, in a file pppd reads
 * without privilege: pppd refuses that line (OPT_NOINCR, OPT_ZEROINF:
 * linux-ppp-2.5.3/pppd/options.c:902-907), so no later value wins.
 * src/config says so for a chain; this keeps the duplicate finding from
 * saying the later line is used. Only this file's lines are compared. */
int check_value_limit_raised(const struct check_ctx *c, size_t first)
{
	const struct check_env *env = check_env_of(c);
	const struct catalog_entry *r = c->row[first], *k;
	const char *name = r->alias_of ? r->alias_of : r->name;
	long long held, now;
	size_t f;

	if (!env || env->privileged ||
	    (strcmp(name, "maxconnect") != 0 && strcmp(name, "maxoctets") != 0) ||
	    !check_value_limit(c, first, &held))
		return 0;
	for (f = first + 1; f < c->d->nentries; f++) {
		k = c->row[f];
		if (!k || strcmp(k->alias_of ? k->alias_of : k->name, name) != 0 ||
		    !check_value_limit(c, f, &now))
			continue;
		if (held != 0 && (now == 0 || now > held))
			return 1;
		held = now;
	}
	return 0;
}
