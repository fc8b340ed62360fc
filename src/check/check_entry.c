/* check_entry.c - the rules about a directive pppd takes: its value, its place, and what it does once taken. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/catalog_value.h"

/* ---- its value -------------------------------------------------------- */

/* The word pppd checks as the entry's value: its argument, or a wildcard's
 * word itself. SIZE_MAX when it has none. */
static size_t check_value_word(const struct check_ctx *c, size_t entry)
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
 * :135, :136). Only a negative number is sure to fail: whether another one
 * is an open L2TP socket only the daemon that starts pppd knows. */
static int check_pppol2tp_fd(const char *v, size_t len, struct buf *why)
{
	struct catalog_num n;
	long long x;

	catalog_value_num(v, len, 0, &n);
	x = catalog_value_as_int(&n);
	if (!n.digits || x >= 0)
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

/* What pppd makes of the value (catalog_check_value: 0 fine, 1 odd, 2
 * refused; -1 no value), and why in words. A value pppd would refuse but
 * never reads, for want of the channel that reads it, is odd. */
static int check_value(const struct check_ctx *c, size_t entry, struct buf *why)
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
int check_entry_netmask(const struct check_ctx *c, size_t entry, unsigned long *mask)
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
size_t check_entry_netmask_narrower(const struct check_ctx *c, size_t entry)
{
	unsigned long cur, prev;
	size_t f = entry;

	if (!check_entry_netmask(c, entry, &cur))
		return SIZE_MAX;
	while (f > 0) {
		f--;
		if (c->row[f] == c->row[entry] && check_entry_netmask(c, f, &prev))
			return (prev & ~cur) != 0 ? f : SIZE_MAX;
	}
	return SIZE_MAX;
}

static int check_netmask_narrower(const struct check_ctx *c, size_t entry, struct buf *why)
{
	size_t f = check_entry_netmask_narrower(c, entry);

	if (f == SIZE_MAX)
		return 0;
	buf_printf(why, _("it lacks bits of the netmask set before it (line %zu); pppd refuses a "
	           "netmask narrower than the one it has."), check_line(c, f));
	return 2;
}

int check_entry_bad_value(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t line = check_line(c, entry);
	struct buf why, msg, fix;

	(void)word;
	buf_init(&why);
	if (check_value(c, entry, &why) != 2 && check_netmask_narrower(c, entry, &why) != 2) {
		buf_free(&why);
		return 0;
	}
	buf_init(&msg);
	buf_init(&fix);
	buf_printf(&msg, _("Bad value for %s: %s"), (r->flags & CATALOG_WILDCARD) ? _("the word") :
	           r->name, why.data ? why.data : _("pppd refuses it."));
	if (r->flags & CATALOG_CHANNELREAD)
		check_stops_later(c, &msg);
	else
		check_stops(c, line, &msg);
	if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MIN) &&
	    (r->flags & CATALOG_HAS_MAX))
		buf_printf(&fix, _("Use a whole number from %lld to %lld."), r->lo, r->hi);
	else if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MIN) &&
	         (r->flags & CATALOG_ZEROOK))
		/* datarate: 0 is the default, no limit, as good as any rate */
		buf_printf(&fix, _("Use 0 or a whole number of at least %lld."), r->lo);
	else if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MIN))
		buf_printf(&fix, _("Use a whole number of at least %lld."), r->lo);
	else if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MAX))
		buf_printf(&fix, _("Use a whole number of at most %lld."), r->hi);
	else if (r->flags & CATALOG_WILDCARD)
		buf_printf(&fix, _("Correct the word: pppconf explain '%s' shows the form pppd "
		           "takes."), r->name);
	else
		buf_printf(&fix, _("Correct the value: pppconf explain %s shows what pppd takes "
		           "there."), r->name);
	check_say_buf(c, CHECK_K_BAD_VALUE, line, entry, fix.data, NULL, &msg);
	buf_free(&why);
	buf_free(&msg);
	buf_free(&fix);
	return 1;
}

int check_entry_odd_value(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t len, k;
	const char *v;
	struct buf why, rep, fix;

	(void)word;
	buf_init(&why);
	if (check_value(c, entry, &why) != 1) {
		buf_free(&why);
		return 0;
	}
	buf_init(&rep);
	/* "30s" is read as 30: that is the value to write */
	v = check_val(c, check_value_word(c, entry), &len);
	for (k = 0; k < len && v[k] >= '0' && v[k] <= '9'; k++)
		;
	/* not where the number read is itself below the floor that works
	 * ("datarate 1.5" is read as 1, which stalls the link) */
	if (r->arg == CATALOG_ARG_INT && k > 0 && k < len && v[0] != '0' &&
	    !((r->flags & CATALOG_WORKS) && (r->flags & CATALOG_HAS_MIN) &&
	      strtoll(v, NULL, 10) < r->lo))
		buf_printf(&rep, "%s %.*s", r->name, (int)k, v);
	buf_init(&fix);
	/* below the floor that works: the number to write is the user's to choose */
	if (catalog_arg_text(r->arg) && (r->flags & CATALOG_HAS_MAX) && len > (size_t)r->hi)
		buf_printf(&fix, _("Shorten it to at most %lld bytes."), r->hi);
	else if (strcmp(r->name, "password") == 0 && len == 0)
		buf_adds(&fix, _("Write the password, or remove the line."));
	else if (r->arg == CATALOG_ARG_SECRET && len == 0)
		buf_adds(&fix, _("Write the key, or remove the line."));
	else if ((r->arg == CATALOG_ARG_PATH || strcmp(r->name, "name") == 0 ||
	          strcmp(r->name, "ifname") == 0 || strcmp(r->name, "user") == 0 ||
	          strcmp(r->name, "remotename") == 0) && len == 0)
		buf_adds(&fix, _("Write the name, or remove the line."));
	else if (strcmp(r->name, "ifname") == 0)
		buf_adds(&fix, _("Choose a name without '/', ':' or spaces, such as ppp-office."));
	else if (strcmp(r->name, "vrf") == 0 && len > 0)
		buf_adds(&fix, _("Write the VRF's name as 'ip link show type vrf' lists it."));
	else if (r->arg == CATALOG_ARG_COMMAND && len == 0)
		buf_adds(&fix, _("Write the command, or remove the line."));
	else if (strcmp(r->name, "record") == 0 && len > 0)
		buf_adds(&fix, _("Write the file's full path, starting with /."));
	else if (strcmp(r->name, "modemdict") == 0)
		buf_adds(&fix, _("Remove the line."));
	else if (strcmp(r->name, "busycode") == 0 && !rep.len)
		buf_adds(&fix, _("Write the code the connect command exits with when the line is "
		           "busy, or remove the line."));
	else if (strcmp(r->name, "eap-max-rreq") == 0 && !rep.len)
		buf_adds(&fix, _("Write 0 for no limit or a count from 1 to 254, or remove the "
		           "line to get the default, 20."));
	else if ((r->flags & CATALOG_WORKS) && (r->flags & CATALOG_ZEROOK) && !rep.len)
		buf_printf(&fix, _("Use 0 or a whole number of at least %lld, or remove the "
		           "line to get the default."), r->lo);
	else if ((r->flags & CATALOG_WORKS) && (r->flags & CATALOG_HAS_MIN) &&
	         (r->flags & CATALOG_HAS_MAX) && !rep.len)
		buf_printf(&fix, _("Use a whole number from %lld to %lld, or remove the line to "
		           "get the default."), r->lo, r->hi);
	else if ((r->flags & CATALOG_WORKS) && (r->flags & CATALOG_HAS_MIN) && !rep.len)
		buf_printf(&fix, _("Use a whole number of at least %lld, or remove the line to "
		           "get the default."), r->lo);
	check_say(c, CHECK_K_ODD_VALUE, check_line(c, entry), entry,
	          fix.len ? fix.data : N_("Write the value pppd should use, plainly."),
	          rep.len ? rep.data : NULL,
	          "%s: %s", (r->flags & CATALOG_WILDCARD) ? _("This word") : r->name,
	          why.data ? why.data : _("pppd reads it differently than it looks."));
	buf_free(&fix);
	buf_free(&why);
	buf_free(&rep);
	return 1;
}

int check_entry_next_line(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t wi = check_value_word(c, entry), len;
	struct buf vw, rep;
	const char *v;

	(void)word;
	if ((r->flags & CATALOG_WILDCARD) || wi == SIZE_MAX ||
	    !(c->d->entries[entry].flags & DOC_ARG_NEXT_LINE))
		return 0;
	buf_init(&vw);
	buf_init(&rep);
	v = check_val(c, wi, &len);
	check_word(&vw, v, len);
	check_entry_text(c, entry, &rep);
	check_say(c, CHECK_K_ARG_NEXT_LINE, check_line(c, entry), entry,
	          N_("Put the value on the same line as the option."), rep.data,
	          N_("'%s' has no value on its own line, so pppd takes the next word, %s on line "
	          "%zu, as its value."), r->name, vw.data, doc_word_line(c->d, wi) + 1);
	buf_free(&vw);
	buf_free(&rep);
	return 1;
}

/* ---- its place -------------------------------------------------------- */

/* A speed, device or address pair right after another option on its line
 * ("plugin pppoe.so eth0" is common and harmless). */
int check_entry_stray_word(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry], *pr;
	size_t nlen, prev = check_prev(c, entry);
	const char *name = check_name(c, entry, &nlen);
	struct buf w;

	(void)word;
	if (!(r->flags & CATALOG_WILDCARD) || r->plugin || !check_same_line_as_prev(c, entry))
		return 0;
	pr = c->row[prev];
	if (!pr || (pr->flags & CATALOG_WILDCARD))
		return 0;
	buf_init(&w);
	check_word(&w, name, nlen);
	/* pass-filter, active-filter: pppd hands libpcap only the word before
	 * it while it reads the options and stops when that part alone does not
	 * compile (linux-ppp-2.5.3/pppd/options.c:1704-1707), before this word
	 * is read. Whether it compiles, pppconf does not know, so both outcomes
	 * are said; the fix is the quotes, as for a cut-off expression in
	 * check_refused.c. */
	if (pr->argname && strcmp(pr->argname, "filter") == 0) {
		struct buf fix;
		size_t pl;
		const char *pn = check_name(c, prev, &pl);

		buf_init(&fix);
		buf_printf(&fix, _("Put the whole filter expression in quotes so that pppd "
		           "reads it as one value, as in %.*s 'not port 137'; removing %s would "
		           "leave only part of the expression."), (int)pl, pn, w.data);
		check_say(c, CHECK_K_STRAY_WORD, check_line(c, entry), entry, fix.data, NULL,
		          N_("%s on the same line as '%s' is not part of its filter: pppd gives "
		          "libpcap only the word before it, refuses to start when that part alone "
		          "does not compile, and otherwise reads %s on its own, as %s."), w.data,
		          pr->name, w.data,
		          strcmp(r->name, "<speed>") == 0 ? _("the serial line's speed") :
		          strcmp(r->name, "<device>") == 0 ? _("the serial device to use") :
		          strcmp(r->name, "<local>:<remote>") == 0 ? _("the local:remote IP addresses") :
		          _("the device to use"));
		buf_free(&fix);
		buf_free(&w);
		return 1;
	}
	check_say(c, CHECK_K_STRAY_WORD, check_line(c, entry), entry, N_("Remove it, or put it on "
	          "a line of its own if it is meant."), NULL,
	          N_("%s on the same line as '%s' is not its value: pppd reads it on its own, as "
	          "%s."), w.data, pr->name,
	          strcmp(r->name, "<speed>") == 0 ? _("the serial line's speed") :
	          strcmp(r->name, "<device>") == 0 ? _("the serial device to use") :
	          strcmp(r->name, "<local>:<remote>") == 0 ? _("the local:remote IP addresses") :
	          _("the device to use"));
	buf_free(&w);
	return 1;
}

/* pppd's OPT_ENABLE options: once the no- or - form was read, the option
 * itself is refused ("defaultroute option is disabled"); both forms clear
 * it (linux-ppp-2.5.3/pppd/ipcp.c:196, :199, :219, :222; ipv6cp.c:256, :259;
 * the same in 2.4.9 and Apple's ipcp.c). */
static const struct {
	const char *name, *off, *minus;
} check_enable_pairs[] = {
	{ "defaultroute", "nodefaultroute", "-defaultroute" },
	{ "defaultroute6", "nodefaultroute6", "-defaultroute6" },
	{ "proxyarp", "noproxyarp", "-proxyarp" },
};

const char *check_disabled_by(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof check_enable_pairs / sizeof check_enable_pairs[0]; i++)
		if (strcmp(name, check_enable_pairs[i].name) == 0)
			return check_enable_pairs[i].off;
	return NULL;
}

int check_entry_disabled(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	const char *off = NULL;
	size_t i, j = SIZE_MAX, k, line = check_line(c, entry);
	struct buf msg;

	(void)word;
	for (i = 0; i < sizeof check_enable_pairs / sizeof check_enable_pairs[0]; i++)
		if (strcmp(r->name, check_enable_pairs[i].name) == 0) {
			off = check_enable_pairs[i].off;
			j = check_sets_first(c, off);
			k = check_sets_first(c, check_enable_pairs[i].minus);
			if (k < j) {
				j = k;
				off = check_enable_pairs[i].minus;
			}
		}
	if (!off || j == SIZE_MAX)
		return 0;
	buf_init(&msg);
	buf_printf(&msg, _("'%s' on line %zu forbids '%s' from then on, so pppd refuses this "
	           "line (\"%s option is disabled\")."), off, check_line(c, j), r->name, r->name);
	check_stops(c, line, &msg);
	check_say_buf(c, CHECK_K_DISABLED_OPTION, line, entry, N_("Keep only one of the two lines."),
	          NULL, &msg);
	buf_free(&msg);
	return 1;
}

/* --help, --version, dryrun...: pppd accepts the word, then prints and
 * exits with status 0 without connecting (linux-ppp-2.5.3/pppd/options.c:
 * 1230-1231, :1243-1244; main.c:489 dryrun, :449-450 show-options; the same
 * in 2.4.9 and Apple's options.c:1212, main.c:478). */
/* Apple's holdfirst sends pppd to its hold-off wait before the first
 * attempt, and after the wait pppd leaves its loop unless persist is on
 * (apple-ppp-1027.121.1/Helpers/pppd/main.c:578-581, :908-909); with a
 * hold-off of 0 or less it skips both (:898-900). holdoff is 30 unless set
 * (options.c:141); demand turns persist on (options.c:293-294, :918) and
 * PPPController passes demand only for an on-demand start (Controller/
 * ppp_manager.c:1003), never persist. This reads only this file, the last
 * word of each kind winning: a persist or holdoff from another file pppd
 * reads is not seen, which the message says; nor is whether a connect
 * command is set, without which the serial channel makes holdoff 0
 * (tty.c:540: the holdoff option never sets holdoff_specified), which the
 * message says too. 1: said. */
static int check_entry_exits_holdfirst(struct check_ctx *c, size_t entry)
{
	size_t i, alen;
	int persist = 0;
	long hold = 30;
	const char *a;
	char num[32];

	if (c->p != PLATFORM_MACOS || strcmp(c->row[entry]->name, "holdfirst") != 0)
		return 0;
	/* rows of later entries are not looked up yet: go by the names */
	for (i = 0; i < c->d->nentries; i++) {
		const struct doc_entry *e = &c->d->entries[i];
		size_t nl;
		const char *n;

		if (e->disabled)
			continue;
		n = check_name(c, i, &nl);
		if ((nl == 7 && strncmp(n, "persist", nl) == 0) ||
		    (nl == 6 && strncmp(n, "demand", nl) == 0))
			persist = 1;
		else if (nl == 9 && strncmp(n, "nopersist", nl) == 0)
			persist = 0;
		else if (nl == 7 && strncmp(n, "holdoff", nl) == 0 &&
		         e->nwords >= 2 && (a = check_val(c, e->word + 1, &alen)) != NULL &&
		         alen < sizeof num) {
			memcpy(num, a, alen);
			num[alen] = '\0';
			/* as pppd keeps it: the low 32 bits, as an int */
			hold = (int)(unsigned int)strtoul(num, NULL, 0);
		}
	}
	if (persist || hold <= 0)
		return 0;
	check_say(c, CHECK_K_EXITS, check_line(c, entry), entry,
	          N_("Remove it: holdfirst is meant for a connection that redials (persist) "
	             "or dials on demand."), NULL,
	          N_("holdfirst with neither persist nor demand in this file: Apple's pppd "
	             "waits the holdoff time (%ld seconds, unless another file it reads sets "
	             "holdoff; at 0, which the serial channel forces when no connect command "
	             "is set, it neither waits nor exits) before its first attempt and "
	             "then, unless persist comes from another file it reads, exits without "
	             "dialling. "
	             "PPPController turns persist on only through demand, for a service that "
	             "connects on demand (derived from Apple's source, not tried on a Mac)."),
	          hold);
	return 1;
}

int check_entry_exits(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);

	(void)word;
	if (check_entry_exits_holdfirst(c, entry) || check_controller_controlled(c, entry))
		return 1;
	if (!(c->row[entry]->flags & CATALOG_EXITS))
		return 0;
	check_say(c, CHECK_K_EXITS, check_line(c, entry), entry,
	          N_("Remove it: it belongs on pppd's command line, not in a file it reads."), "",
	          N_("'%.*s' makes pppd print and exit without connecting: every connection "
	             "that reads this file ends there."), (int)nlen, name);
	if (!c->out->exits_at &&
	    check_finding_exits_now(&c->out->items[c->out->n - 1], c->row[entry]->name)) {
		c->out->exits_at = check_line(c, entry);
		c->out->exits_entry = entry;
	}
	return 1;
}

/* pppd compiles a filter with libpcap while it reads its options and
 * refuses to start when that fails (linux-ppp-2.5.3/pppd/options.c:1704,
 * :1724); pppconf has no such compiler, and says so rather than pass it. */
int check_entry_unchecked(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen;
	const char *name;

	(void)word;
	if (!(c->row[entry]->flags & CATALOG_UNCHECKED) || check_arg(c, entry, &nlen) == NULL)
		return 0;
	name = check_name(c, entry, &nlen);
	check_say(c, CHECK_K_UNCHECKED, check_line(c, entry), entry,
	          N_("Let pppd read it before you rely on it: pppd's dryrun word makes it read "
	             "its options and exit, with status 2 when it refuses them."), NULL,
	          N_("pppconf does not check the expression of '%.*s'. pppd compiles it with "
	             "libpcap while it reads its options, and refuses to start when libpcap "
	             "cannot."), (int)nlen, name);
	return 1;
}

/* EAP-SRP, CBCP, systemd's notify, LAN Manager hashes and the MPPE key
 * debugging words are compiled in only when the build asks (linux-ppp-2.4.9/
 * pppd/Makefile.linux:67 #SYSTEMD=y, :77 #CBCP=y, :80 #USE_SRP=y, :44
 * #MSLANMAN=y; chap_ms.c:148 DEBUGMPPEKEY, which the Makefile never sets);
 * a pppd built without them calls the word unknown. */
int check_entry_optional_build(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);

	(void)word;
	if (c->p != PLATFORM_LINUX || !(c->row[entry]->flags & CATALOG_OPTIONAL))
		return 0;
	check_say(c, CHECK_K_OPTIONAL_BUILD, check_line(c, entry), entry,
	          N_("Keep it only if the pppd that reads this file was built with that part; "
	             "otherwise remove it."), NULL,
	          N_("'%.*s' exists only in a Linux pppd built with an optional part that "
	             "2.4.9's default build leaves out (pppconf explain %.*s says which); a pppd "
	             "built without it stops at this word and refuses the file."),
	          (int)nlen, name, (int)nlen, name);
	return 1;
}
