/* check_entry.c - the rules about a directive pppd takes: its value, its place, and what it does once taken. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/catalog_value.h"

/* ---- its value (what pppd makes of it: check_value.c) ------------------ */

int check_entry_bad_value(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t line = check_line(c, entry);
	struct buf why, msg, fix;

	(void)word;
	buf_init(&why);
	if (check_value_verdict(c, entry, &why) != 2 && check_value_netmask_refused(c, entry, &why) != 2) {
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

/* The fix for an odd value of a row, by name: when the value is empty
 * (ODD_EMPTY), not empty (ODD_SET), with no corrected value to write in
 * (ODD_NOREP), or always (ODD_ANY). The message says what is odd. */
enum { ODD_ANY, ODD_EMPTY, ODD_SET, ODD_NOREP };
static const struct {
	const char *name;
	int when;
	const char *fix;
} check_entry_odd_fixes[] = {
	{ "password", ODD_EMPTY, N_("Write the password, or remove the line.") },
	{ "name", ODD_EMPTY, N_("Write the name, or remove the line.") },
	{ "ifname", ODD_EMPTY, N_("Write the name, or remove the line.") },
	{ "user", ODD_EMPTY, N_("Write the name, or remove the line.") },
	{ "remotename", ODD_EMPTY, N_("Write the name, or remove the line.") },
	{ "ifname", ODD_ANY, N_("Choose a name without '/', ':' or spaces, such as ppp-office.") },
	{ "pppol2tp_ifname", ODD_ANY, N_("Choose a name without '/', ':' or spaces, such as "
	  "ppp-office.") },
	{ "vrf", ODD_SET, N_("Write the VRF's name as 'ip link show type vrf' lists it.") },
	{ "record", ODD_SET, N_("Write the file's full path, starting with /.") },
	{ "modemdict", ODD_ANY, N_("Remove the line.") },
	{ "busycode", ODD_NOREP, N_("Write the code the connect command exits with when the line "
	  "is busy, or remove the line.") },
	{ "cancelcode", ODD_NOREP, N_("Write the code from 1 to 255 that the connect or terminal "
	  "command exits with when the user cancels, or remove the line.") },
	{ "extraconnecttime", ODD_NOREP, N_("Write 3 seconds or more, or 0 to leave busycode, "
	  "redialtimer and redialcount alone, or remove the line.") },
	{ "l2tprecvtimeout", ODD_NOREP, N_("Write the number of seconds to wait for each "
	  "reply, -1 for no limit, or remove the line to get the default, 20.") },
	{ "l2tpwaitiftimeout", ODD_NOREP, N_("Use a whole number from 1 to 536870911, or remove "
	  "the line to get the default, 20.") },
	{ "eap-max-rreq", ODD_NOREP, N_("Write 0 for no limit or a count from 1 to 254, or remove "
	  "the line to get the default, 20.") },
	{ "eap-max-sreq", ODD_NOREP, N_("Write 0 for no limit or a count from 1 to 255, or remove "
	  "the line to get the default (30 or 10: pppconf explain eap-max-sreq).") },
	/* maxoctets/mo: 0 is no limit (linux-ppp-2.5.3/pppd/auth.c:1203), so a
	 * value read as 0 ("08", 4294967296 on a 64-bit machine) lifts it */
	{ "maxoctets", ODD_NOREP, N_("Write the limit in bytes as a plain decimal number up to "
	  "2147483647: a value read as 0 means no limit.") },
	{ "ifscope", ODD_SET, N_("Shorten the name to at most 16 bytes.") },
	{ "pppoeservicename", ODD_SET, N_("Shorten the name to fewer than 64 bytes.") },
	{ "avpair", ODD_ANY, N_("Write each pair as name=value, each part under 64 characters; "
	  "separate pairs with spaces. A value that holds a comma needs double quotes the plugin "
	  "sees, and pppd removes the file's own quotes: write, say, 'Filter-Id=\"a,b\"'.") },
};

static size_t check_entry_odd_fix(const char *name, size_t len, int rep)
{
	size_t i;

	for (i = 0; i < sizeof check_entry_odd_fixes / sizeof check_entry_odd_fixes[0]; i++) {
		int w = check_entry_odd_fixes[i].when;

		if (strcmp(check_entry_odd_fixes[i].name, name) == 0 &&
		    (w == ODD_ANY || (w == ODD_EMPTY && len == 0) || (w == ODD_SET && len > 0) ||
		     (w == ODD_NOREP && !rep)))
			return i;
	}
	return SIZE_MAX;
}

int check_entry_odd_value(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t len, k;
	const char *v;
	struct buf why, rep, fix;

	(void)word;
	buf_init(&why);
	if (check_value_verdict(c, entry, &why) != 1) {
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
	/* nor where it is one the L2TP plugin reads oddly ("600000000s": too
	 * big for the Wi-Fi wait) */
	if (r->arg == CATALOG_ARG_INT && k > 0 && k < len && v[0] != '0' &&
	    !((r->flags & CATALOG_WORKS) && (r->flags & CATALOG_HAS_MIN) &&
	      strtoll(v, NULL, 10) < r->lo) &&
	    !catalog_l2tp_recv_odd(r, v, k, strtoll(v, NULL, 10), NULL))
		buf_printf(&rep, "%s %.*s", r->name, (int)k, v);
	buf_init(&fix);
	/* below the floor that works: the number to write is the user's to choose */
	if (catalog_arg_text(r->arg) && (r->flags & CATALOG_HAS_MAX) && len > (size_t)r->hi)
		buf_printf(&fix, _("Shorten it to at most %lld bytes."), r->hi);
	/* an alias (mo) has its main word's fix (maxoctets) */
	else if ((k = check_entry_odd_fix(r->alias_of ? r->alias_of : r->name, len,
	                                  rep.len != 0)) != SIZE_MAX)
		buf_adds(&fix, _(check_entry_odd_fixes[k].fix));
	else if (r->arg == CATALOG_ARG_SECRET && len == 0)
		buf_adds(&fix, _("Write the key, or remove the line."));
	else if (r->arg == CATALOG_ARG_PATH && len == 0)
		buf_adds(&fix, _("Write the name, or remove the line."));
	else if (r->arg == CATALOG_ARG_COMMAND && len == 0)
		buf_adds(&fix, _("Write the command, or remove the line."));
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
	          fix.len ? fix.data : N_("Change the value as said above, or remove the line."),
	          rep.len ? rep.data : NULL,
	          "%s: %s", (r->flags & CATALOG_WILDCARD) ? _("This word") : r->name,
	          why.data ? why.data : _("pppd reads it differently than it looks."));
	buf_free(&fix);
	buf_free(&why);
	buf_free(&rep);
	return 1;
}

/* 1 when the word is the exact name of a directive this platform's pppd
 * has (a device or other wildcard row does not count). */
static int check_entry_is_directive(const struct check_ctx *c, const char *v, size_t len)
{
	char name[LEXER_MAXWORD + 1];
	const struct catalog_entry *e;

	if (!len || len > LEXER_MAXWORD || memchr(v, '\0', len))
		return 0;
	memcpy(name, v, len);
	name[len] = '\0';
	e = catalog_find(name, c->p);
	return e && !(e->flags & CATALOG_WILDCARD);
}

/* The fix when the value was taken from a later line, and whether the
 * lines may be joined (NULL: they may). */
static const char *check_entry_next_line_fix(const struct check_ctx *c,
                                             const struct catalog_entry *r,
                                             const char *v, size_t len)
{
	/* modemdict: no value in a file makes the line work (its odd-value
	 * finding says why), so the lines are not joined: the line goes, and
	 * the word taken goes with it unless it is a directive of its own. */
	if (strcmp(r->name, "modemdict") == 0)
		return check_entry_is_directive(c, v, len) ?
		       N_("Delete this line, and keep the next one: only PPPController can "
		       "give modemdict its property list, so no value written in a file "
		       "makes it work (derived from Apple's source, not tried on a Mac).") :
		       N_("Delete this line and the word pppd takes from the next one: "
		       "only PPPController can give modemdict its property list, so no value "
		       "written in a file makes it work (derived from Apple's source, not "
		       "tried on a Mac).");
	/* The word taken is a directive pppd knows ("mtu", then "noauth"):
	 * the value was left out, and joining the two lines would only make
	 * that directive the value, so nothing is written in. */
	if (check_entry_is_directive(c, v, len))
		return N_("Write the value on the same line, after the option's name: the "
		          "word taken is a directive of its own, and joining the lines would "
		          "make it the value.");
	/* The word taken is one pppd refuses as this option's value
	 * ("pppoe-padi-timeout", then the interface word "eth0"): joining the
	 * lines would write in a line pppd still refuses, so nothing is. */
	if (catalog_check_value_on(r, c->p, v, len, NULL) == 2)
		return N_("Write the value on the same line, after the option's name: pppd "
		          "refuses the word it takes now as this option's value, so joining the "
		          "lines would not help.");
	return NULL;
}

int check_entry_next_line(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t wi = check_value_word(c, entry), len;
	struct buf vw, rep;
	const char *v, *fix;

	(void)word;
	if ((r->flags & CATALOG_WILDCARD) || wi == SIZE_MAX ||
	    !(c->d->entries[entry].flags & DOC_ARG_NEXT_LINE))
		return 0;
	buf_init(&vw);
	buf_init(&rep);
	v = check_val(c, wi, &len);
	check_word(&vw, v, len);
	fix = check_entry_next_line_fix(c, r, v, len);
	if (!fix)
		check_entry_text(c, entry, &rep);
	check_say(c, CHECK_K_ARG_NEXT_LINE, check_line(c, entry), entry,
	          fix ? fix : N_("Put the value on the same line as the option."),
	          fix ? NULL : rep.data,
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
	check_say(c, CHECK_K_STRAY_WORD, check_line(c, entry), entry,
	          /* connect, disconnect...: the word is most likely one of the
	           * command's own arguments, cut off by the missing quotes */
	          pr->arg == CATALOG_ARG_COMMAND ? N_("If it belongs to the command, put the "
	          "whole command line in quotes so that pppd reads it as one value; otherwise "
	          "remove it, or put it on a line of its own if it is meant.") :
	          N_("Remove it, or put it on a line of its own if it is meant."), NULL,
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
 * :1724); pppconf has no such compiler, and says so rather than pass it.
 * dhcpv6relay.so's dhcpv6-server is looked up with getaddrinfo, service
 * dhcpv6-server, as pppd reads it, and a failed lookup is an option error
 * (linux-ppp-2.5.3/pppd/plugins/dhcpv6relay/dhcpv6relay.c:139-143); an
 * empty value returns before the lookup (:136), so it gets no note.
 * pppconf does no lookup: name resolution and the services list belong to
 * the machine pppd runs on. */
/* A side of local:remote that is no numeric address is a host name, which
 * pppd resolves while it reads the word, stopping on one that does not
 * resolve ("unknown host", linux-ppp-2.5.3/pppd/ipcp.c:456-457, :477-478)
 * or that gives an address it refuses (:462, :485; localhost is 127.0.0.1).
 * This only tells a numeric side from a name, with the same reader the
 * value check uses; a word the value check refuses gets no note here. */
static int check_entry_pair_names(struct check_ctx *c, size_t entry)
{
	const char *w, *colon;
	size_t len, left;
	unsigned long a;
	int named = 0;

	w = check_name(c, entry, &len);
	if (!w || !(colon = memchr(w, ':', len)) ||
	    catalog_shape_pair(c->p, w, len, NULL) != 0)
		return 0;
	left = (size_t)(colon - w);
	if (left && !catalog_value_ipv4(w, left, &a))
		named = 1;
	if (len - left - 1 && !catalog_value_ipv4(colon + 1, len - left - 1, &a))
		named = 1;
	if (!named)
		return 0;
	check_say(c, CHECK_K_UNCHECKED, check_line(c, entry), entry,
	          N_("Let pppd read it before you rely on it: pppd's dryrun word makes it read "
	             "its options and exit, with status 2 when it refuses them."), NULL,
	          N_("pppconf does not look up the host name in '%.*s'. pppd looks it up while "
	             "it reads the word and refuses to start when the name does not resolve "
	             "(\"unknown host\") or gives an address it never uses for a link, such as "
	             "localhost's 127.0.0.1."), (int)len, w);
	return 1;
}

int check_entry_unchecked(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen, alen;
	const char *name;

	(void)word;
	if (strcmp(c->row[entry]->name, "<local>:<remote>") == 0)
		return check_entry_pair_names(c, entry);
	if (check_dns_name(c, entry))
		return 1;
	if (!(c->row[entry]->flags & CATALOG_UNCHECKED) || check_arg(c, entry, &alen) == NULL)
		return 0;
	name = check_name(c, entry, &nlen);
	if (c->row[entry]->plugin && strcmp(c->row[entry]->plugin, "dhcpv6relay.so") == 0) {
		if (alen == 0)
			return 0;
		check_say(c, CHECK_K_UNCHECKED, check_line(c, entry), entry,
		          N_("Let pppd read it before you rely on it: pppd's dryrun word makes it "
		             "read its options and exit, with status 2 when it refuses them."), NULL,
		          N_("pppconf does not look up the server that '%.*s' names. pppd looks it "
		             "up while it reads its options, taking the port from the dhcpv6-server "
		             "entry of its machine's services list, and refuses to start when the "
		             "lookup fails (derived from the source, not tried)."), (int)nlen, name);
		return 1;
	}
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
/* Multilink's words sit inside PPP_WITH_MULTILINK in 2.5.3 (linux-ppp-
 * 2.5.3/pppd/options.c:380-392, lcp.c:185-200), a switch 2.5's configure
 * script sets only when asked (--enable-multilink; that script is not in
 * the pinned sources: ppp-project's configure.ac at v2.5.3, lines 161-166),
 * while 2.4.9's Makefile turns it on (Makefile.linux:57). So they count as
 * optional only when --pppd-version names a 2.5 release; noendpoint stays
 * outside the switch (lcp.c:202). */
static int check_entry_multilink_word(const char *name, size_t nlen)
{
	static const char *const words[] = { "multilink", "mp", "nomultilink", "nomp",
		"bundle", "mrru", "mpshortseq", "nompshortseq", "endpoint" };
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == nlen && strncmp(words[i], name, nlen) == 0)
			return 1;
	return 0;
}

int check_entry_optional_build(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);

	(void)word;
	if (c->p == PLATFORM_LINUX && !(c->row[entry]->flags & CATALOG_OPTIONAL) &&
	    check_entry_multilink_word(name, nlen) && check_release_from(c, "2.5.0")) {
		check_say(c, CHECK_K_OPTIONAL_BUILD, check_line(c, entry), entry,
		          N_("Keep it only if the pppd that reads this file was built with that part; "
		             "otherwise remove it."), NULL,
		          N_("'%.*s' exists in Linux pppd 2.5 only when it was built with multilink "
		             "support, which 2.5's default build leaves out (2.4.9's turns it on); "
		             "a pppd built without it stops at this word and refuses the file (read "
		             "from 2.5.3's configure script, which is not in the sources pppconf "
		             "follows)."),
		          (int)nlen, name);
		return 1;
	}
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
