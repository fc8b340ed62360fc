/* config_end.c - what pppd refuses only once it has read every source: a device with pty, notty or socket from two files, Linux notty with demand or pty and socket with pty or notty from two files, demand on a serial line with no command to connect, Linux 2.4.9's demand with IPv6 on and no peer identifier, and allow-number with no remotenumber anywhere or none letting in the one given. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pppd/lexer.h"

#include "base/i18n.h"
#include "config/config_int.h"

/* The value of `key` in effect, or NULL when no source set it. */
static const struct config_set *config_end_value(const struct config *c, const char *key)
{
	const struct config_option *o;
	size_t i;

	for (i = 0; i < c->nopt; i++) {
		o = &c->opt[i];
		if (strcmp(o->key, key) == 0 && o->nsets && config_option_in_effect(o, o->winner))
			return &o->sets[o->winner];
	}
	return NULL;
}

/* Whether any source set the row `name` (every value, taken or not). */
static const struct config_option *config_end_group(const struct config *c, const char *name)
{
	size_t i, k;

	for (i = 0; i < c->nopt; i++)
		for (k = 0; k < c->opt[i].nsets; k++)
			if (c->opt[i].sets[k].row && strcmp(c->opt[i].sets[k].row->name, name) == 0)
				return &c->opt[i];
	return NULL;
}

/*
 * Linux pppd 2.4.9 has IPv6CP on unless it is turned off
 * (linux-ppp-2.4.9/pppd/ipv6cp.c:302), and with demand its IPv6CP option
 * check, run once every option is read, exits with 2 when the peer's
 * interface identifier is still zero (ipv6cp.c:1144-1146; the protocols'
 * checks come before the channel's, main.c:386-390). The only thing that
 * sets that identifier there is an ipv6 line with a part after the comma
 * (ipv6cp.c:376-385): ipv6cp-use-ipaddr sets a field the check does not
 * read (ipv6cp.c:256 against :1137). 2.5.3 makes one up instead
 * (linux-ppp-2.5.3/pppd/ipv6cp.c:1235-1237); other releases are not in
 * the pinned source, so this is said for --pppd-version 2.4.9 only. What
 * it leaves out, staying silent: a noipv6 anywhere (even one an ipv6 line
 * later turns back on), and an ipv6 line whose remote part pppd would
 * refuse (that line is an error of its own).
 */
static int config_end_demand_v6(struct config *c, const struct config_set *d)
{
	const struct config_option *o;
	const struct doc *doc;
	char w[LEXER_MAXWORD + 1];
	const char *comma;
	size_t k;

	if (c->o.platform != PLATFORM_LINUX || !c->o.pppd_version ||
	    strcmp(c->o.pppd_version, "2.4.9") != 0)
		return 0;
	if (config_end_group(c, "noipv6") || config_end_group(c, "-ipv6"))
		return 0;
	o = config_end_group(c, "ipv6");
	for (k = 0; o && k < o->nsets; k++) {
		if (!o->sets[k].row || strcmp(o->sets[k].row->name, "ipv6") != 0)
			continue;
		doc = c->src[o->sets[k].src]->doc;
		if (!doc || doc->entries[o->sets[k].entry].nwords < 2)
			return 0;
		doc_word_cstr(doc, doc->entries[o->sets[k].entry].word + 1, w, NULL);
		comma = strchr(w, ',');
		if (comma && comma[1] != '\0')
			return 0;
	}
	check_report_say(&c->src[d->src]->report, c->src[d->src]->doc, "demand-no-ipv6-id",
	                 d->entry, N_("Add noipv6 if the link needs no IPv6, or give the peer's "
	                 "identifier after the comma of an ipv6 line (ipv6 ,::2), or delete "
	                 "demand."),
	                 _("Linux pppd 2.4.9 has IPv6 on unless noipv6 is given, "
	                 "and no file pppd reads nor its command line gives the peer's IPv6 "
	                 "interface identifier (the part after the comma of an ipv6 line): once "
	                 "it has read every option, pppd refuses demand without one (\"local/remote "
	                 "LL address required for demand-dialling\") and does not start."));
	c->stop_src = d->src;
	c->stop_entry = d->entry;
	return 1;
}

/* Whether the allow-number entry w lets the number n in. prefix: the
 * reading of Linux 2.4.9 and Apple's pppd, where every entry (a final *
 * dropped) need only begin the number (linux-ppp-2.4.9/pppd/auth.c:2111-2114,
 * Apple's auth.c:2513-2516); else 2.5.3's, where only an entry ending in *
 * is a prefix and any other must be the whole number
 * (linux-ppp-2.5.3/pppd/auth.c:2202-2205). Letters in either case. */
static int config_end_number_in(const char *w, const char *n, int prefix)
{
	size_t wl = strlen(w), nl = strlen(n);

	if (wl > 0 && w[wl - 1] == '*')
		return wl - 1 <= nl && strncasecmp(w, n, wl - 1) == 0;
	if (prefix)
		return wl <= nl && strncasecmp(w, n, wl) == 0;
	return wl == nl && strncasecmp(w, n, wl) == 0;
}

/* Whether --pppd-version names a Linux release before 2.5.3 (the pinned
 * sources show 2.4.9's prefix reading and 2.5.3's stricter one, not when
 * it changed; as check_pairs.c, a release before 2.5.3 reads as 2.4.9). */
static int config_end_before_253(const struct config *c)
{
	int a = 0, b = 0, d = 0;

	if (!c->o.pppd_version || sscanf(c->o.pppd_version, "%d.%d.%d", &a, &b, &d) < 2)
		return 0;
	return a * 10000 + b * 100 + d < 20503;
}

/* With remotenumber given: the number in effect (cut to the 255 bytes pppd
 * keeps, auth.c:441-443 with MAXNAMELEN) against every allow-number entry
 * pppd took, from whichever source. When the remotenumber and every
 * entry come from one file, check_pairs.c has said it there, so nothing is
 * said again. An empty remotenumber ("") is compared like any other: pppd
 * then holds an empty number, which only an empty or "*" entry lets in
 * (auth.c:2202-2205; 2.4.9's auth.c:2111-2114 reads a prefix, with the
 * same result for an empty number). */
static int config_end_number_given(struct config *c, const struct config_option *o,
                                   const struct config_set *rn)
{
	const struct doc *doc = c->src[rn->src]->doc;
	char n[LEXER_MAXWORD + 1], w[LEXER_MAXWORD + 1];
	int entries = 0, one_src = 1, in_old = 0, in_new = 0;
	int mac = c->o.platform == PLATFORM_MACOS;
	size_t k;

	if (!doc || doc->entries[rn->entry].nwords < 2)
		return 0;
	doc_word_cstr(doc, doc->entries[rn->entry].word + 1, n, NULL);
	if (strlen(n) > 255)
		n[255] = '\0';
	for (k = 0; k < o->nsets; k++) {
		if (!o->sets[k].row || strcmp(o->sets[k].row->name, "allow-number") != 0 ||
		    !o->sets[k].taken)
			continue;
		doc = c->src[o->sets[k].src]->doc;
		if (!doc || doc->entries[o->sets[k].entry].nwords < 2)
			return 0;
		doc_word_cstr(doc, doc->entries[o->sets[k].entry].word + 1, w, NULL);
		entries = 1;
		one_src &= o->sets[k].src == rn->src;
		in_old |= config_end_number_in(w, n, 1);
		in_new |= config_end_number_in(w, n, 0);
	}
	if (!entries || one_src || in_new || (in_old && (mac || config_end_before_253(c))))
		return 0;
	if (in_old) {
		check_report_say(&c->src[rn->src]->report, c->src[rn->src]->doc, "incompatible",
		                 rn->entry, N_("List the whole number, or end the allow-number "
		                 "entry with * to let in every number that starts with it."),
		                 _("The allow-number entries pppd reads let remotenumber's number "
		                 "in only as the start of it, without *: Linux pppd 2.4.9 took that, "
		                 "2.5.3 does not. As soon as it has read every option, pppd 2.5.3 "
		                 "logs \"calling number ... is not authorized\" and exits with status "
		                 "21 before it opens the line (derived from the source, not tried)."));
	} else {
		check_report_say(&c->src[rn->src]->report, c->src[rn->src]->doc, "incompatible",
		                 rn->entry, N_("List this number with allow-number, or correct "
		                 "remotenumber."), mac ?
		                 _("No allow-number entry pppd reads lets remotenumber's number in: "
		                 "as soon as it has read every option, pppd logs \"calling number "
		                 "... is not authorized\" and exits with status 24 before it opens "
		                 "the line (derived from the source, not tried).") :
		                 _("No allow-number entry pppd reads lets remotenumber's number in: "
		                 "as soon as it has read every option, pppd logs \"calling number "
		                 "... is not authorized\" and exits with status 21 before it opens "
		                 "the line (derived from the source, not tried)."));
	}
	c->stop_src = rn->src;
	c->stop_entry = rn->entry;
	return 1;
}

/*
 * pppd's start-up number check (linux-ppp-2.5.3/pppd/auth.c:1434-1436,
 * 2.4.9's auth.c:1368-1370, Apple's auth.c:1469-1471) compares the
 * allow-number list with the number remotenumber gave; with none given the
 * number is empty, and an entry lets it in only when it is * alone (every
 * pinned reading, linux-ppp-2.5.3/pppd/auth.c:2202-2205, 2.4.9's
 * auth.c:2112-2114) or empty (left to the empty-entry warning: nothing is
 * said then). It then exits with 21 (24 on a Mac). Only the remotenumber
 * option sets the number before that check (plugins set it once
 * connected). Said at the last allow-number line pppd took.
 */
static int config_end_number(struct config *c)
{
	const struct config_option *o = config_end_group(c, "allow-number");
	const struct config_set *last = NULL;
	const struct doc *doc;
	char w[LEXER_MAXWORD + 1];
	size_t k;

	if (!o)
		return 0;
	if (config_end_value(c, "remotenumber"))
		return config_end_number_given(c, o, config_end_value(c, "remotenumber"));
	for (k = 0; k < o->nsets; k++) {
		if (!o->sets[k].row || strcmp(o->sets[k].row->name, "allow-number") != 0 ||
		    !o->sets[k].taken)
			continue;
		doc = c->src[o->sets[k].src]->doc;
		if (!doc || doc->entries[o->sets[k].entry].nwords < 2)
			return 0;
		doc_word_cstr(doc, doc->entries[o->sets[k].entry].word + 1, w, NULL);
		if (w[0] == '\0' || strcmp(w, "*") == 0)
			return 0;
		last = &o->sets[k];
	}
	if (!last)
		return 0;
	check_report_say(&c->src[last->src]->report, c->src[last->src]->doc, "incompatible",
	                 last->entry, N_("Give the caller's number with remotenumber where pppd "
	                 "is started, or delete the allow-number lines."),
	                 c->o.platform == PLATFORM_MACOS ?
	                 _("allow-number lists numbers, but no file pppd reads nor its command "
	                 "line gives remotenumber: pppd compares the list with an empty number as "
	                 "soon as it has read every option, no entry lets that in, and it exits "
	                 "with status 24 before it opens the line (derived from the source, not "
	                 "tried).") :
	                 _("allow-number lists numbers, but no file pppd reads nor its command "
	                 "line gives remotenumber: pppd compares the list with an empty number as "
	                 "soon as it has read every option, no entry lets that in, and it exits "
	                 "with status 21 before it opens the line (derived from the source, not "
	                 "tried)."));
	c->stop_src = last->src;
	c->stop_entry = last->entry;
	return 1;
}

/* Linux's serial channel refuses a device name with pty, notty or socket
 * once it has read every option (linux-ppp-2.5.3/pppd/tty.c:510-514;
 * 2.4.9's tty.c:452-456), wherever each was read; one source naming both
 * is check_pairs_refused's. Left out: a Mac (forcepty and the PPPSerial
 * plugin change which device counts), a channel plugin that replaced the
 * serial line, and a device given on the command line pppconf reads. */
static int config_end_pty_device(struct config_run *r)
{
	struct config *c = r->c;
	size_t later, entry;
	struct buf msg;

	if (c->o.platform != PLATFORM_LINUX || r->pty_src == SIZE_MAX || r->dev_src == SIZE_MAX ||
	    r->pty_src == r->dev_src || r->scope.channel)
		return 0;
	later = r->pty_src > r->dev_src ? r->pty_src : r->dev_src;
	entry = later == r->pty_src ? r->pty_entry : r->dev_entry;
	buf_init(&msg);
	buf_printf(&msg, later == r->pty_src ?
	           _("A serial device is named in %s, and this gives pty, notty or socket: once "
	           "it has read every option pppd refuses the two together (\"... option "
	           "precludes specifying device name\") and does not start.") :
	           _("This names a serial device, and %s gives pty, notty or socket: once it has "
	           "read every option pppd refuses the two together (\"... option precludes "
	           "specifying device name\") and does not start."),
	           config_source_name(c->src[later == r->pty_src ? r->dev_src : r->pty_src]));
	check_report_say(&c->src[later]->report, c->src[later]->doc, "incompatible", entry,
	                 N_("Keep the device name or the pty, notty or socket line, not both."),
	                 msg.data);
	buf_free(&msg);
	c->stop_src = later;
	c->stop_entry = entry;
	return 1;
}

/*
 * The serial channel's last check refuses demand without a connect
 * command, pty or (Linux only) socket, with an exit of 2
 * (linux-ppp-2.5.3/pppd/tty.c:501, 2.4.9's tty.c:443,
 * apple-ppp-1027.121.1/Helpers/pppd/tty.c:531). On a Mac only a pty
 * command takes the place of connect there (Apple's tty.c:531-533 leaves
 * socket out), and Apple's pppd has no demand-with-notty refusal before
 * it, so socket or notty with demand meets this one. Only certain when the
 * command line is known (--args: `connect` is often given there or in the
 * peers file it calls), every source was read, pppd took every word, and
 * no plugin replaced the serial channel (pppoe.so, L2TP.ppp). Not for the
 * Mac's controller, whose own stream pppconf models only in part.
 */
/* The last set of the real name `name` pppd took (ignored ones aside), and
 * whether it is still in effect in its option; NULL when none. */
static const struct config_set *config_end_last(const struct config *c, const char *name,
                                                int *in_effect)
{
	const struct config_set *last = NULL;
	const struct catalog_entry *w;
	size_t i, k;

	*in_effect = 0;
	for (i = 0; i < c->nopt; i++)
		for (k = 0; k < c->opt[i].nsets; k++) {
			w = c->opt[i].sets[k].row;
			if (!w || c->opt[i].sets[k].ignored ||
			    strcmp(w->alias_of ? w->alias_of : w->name, name) != 0 ||
			    (last && last->seq > c->opt[i].sets[k].seq))
				continue;
			last = &c->opt[i].sets[k];
			*in_effect = config_option_in_effect(&c->opt[i], k);
		}
	return last;
}

/* Linux's serial channel also refuses, once it has read every option,
 * demand with notty, pty with notty, and socket with pty or notty
 * (linux-ppp-2.5.3/pppd/tty.c:497, :516, :520; 2.4.9's :440, :459, :463),
 * wherever each was read: a notty in /etc/ppp/options meets a pty or
 * demand in the peers file. Two from one source are check_pairs.c's; this
 * says only pairs whose lines come from two sources, at the later one.
 * Left out: a Mac (the controller's stream, which pppconf models only in
 * part), a channel plugin that replaced the serial line, and a word given
 * on a command line pppconf was not told of. */
static int config_end_tty_pairs(struct config_run *r)
{
	static const struct { const char *a, *b, *says; } pairs[] = {
		{ "demand", "notty", "demand-dialling is incompatible with notty" },
		{ "pty", "notty", "pty option is incompatible with notty option" },
		{ "socket", "pty", "socket option is incompatible with pty and notty" },
		{ "socket", "notty", "socket option is incompatible with pty and notty" },
	};
	struct config *c = r->c;
	const struct config_set *a, *b, *later, *other;
	struct buf msg;
	size_t k;
	int live_a, live_b;

	if (c->o.platform != PLATFORM_LINUX || r->scope.channel)
		return 0;
	for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
		a = config_end_last(c, pairs[k].a, &live_a);
		b = config_end_last(c, pairs[k].b, &live_b);
		if (!a || !b || !live_a || !live_b || a->src == b->src)
			continue;
		later = a->seq > b->seq ? a : b;
		other = later == a ? b : a;
		buf_init(&msg);
		buf_printf(&msg, _("pppd also reads %s from %s, and once it has read every option it "
		           "refuses %s and %s together (\"%s\") and does not start."),
		           other->row->name, config_source_name(c->src[other->src]),
		           pairs[k].a, pairs[k].b, pairs[k].says);
		check_report_say(&c->src[later->src]->report, c->src[later->src]->doc,
		                 "incompatible", later->entry,
		                 N_("Keep the one you mean and delete the other."), msg.data);
		buf_free(&msg);
		c->stop_src = later->src;
		c->stop_entry = later->entry;
		return 1;
	}
	return 0;
}

/* For check_needs_reconcile: `on` was read, is still in effect, and no
 * `off` came after it, across every source read. */
static int config_end_acts(const char *on, const char *off, void *ctx)
{
	const struct config *c = ctx;
	const struct config_set *s, *o;
	int live, dummy;

	s = config_end_last(c, on, &live);
	if (!s || !live)
		return 0;
	o = off ? config_end_last(c, off, &dummy) : NULL;
	return !o || o->seq < s->seq;
}

/* For check_needs_reconcile: the value of `on` in effect once every
 * source is read is a number other than 0, read as pppd's number options
 * read it (strtol-like, base from the prefix: 0x.. hex, a leading 0
 * octal). Left out: a value with words after the number (the value
 * checks speak of those) counts as not known, so the note stays. */
static int config_end_nonzero(const char *on, void *ctx)
{
	const struct config *c = ctx;
	const struct config_set *s;
	const struct doc *d;
	const char *a;
	char buf[32], *end;
	size_t len;
	int live;
	long v;

	s = config_end_last(c, on, &live);
	if (!s || !live || s->src >= c->n || !(d = c->src[s->src]->doc) ||
	    s->entry >= d->nentries || d->entries[s->entry].nwords < 2)
		return 0;
	a = doc_word_bytes(d, d->entries[s->entry].word + 1, &len);
	if (!a || len == 0 || len >= sizeof buf)
		return 0;
	memcpy(buf, a, len);
	buf[len] = '\0';
	v = strtol(buf, &end, 0);
	return end != buf && *end == '\0' && v != 0;
}

void config_end(struct config_run *r)
{
	struct config *c = r->c;
	const struct config_set *d;
	struct buf msg;
	size_t i;

	/* a word one file says needs another that a second file gives acts
	 * after all: that note is dropped (check_needs.c) */
	for (i = 0; i < c->n; i++)
		if (c->src[i]->doc && c->src[i]->state != CONFIG_UNCHECKED)
			check_needs_reconcile(&c->src[i]->report, c->src[i]->doc, c->o.platform,
			                      config_end_acts, config_end_nonzero, c);
	/* the start-up look for a secret (linux-ppp-2.5.3/pppd/auth.c:1386-1425)
	 * runs in auth_check_options, before the protocols' and the channel's
	 * option checks (main.c:474-480) */
	if (c->stop_src != CONFIG_NONE || config_secrets(r) || config_end_pty_device(r) ||
	    config_end_tty_pairs(r))
		return;
	if (!c->o.args || (c->o.platform == PLATFORM_MACOS && c->o.service_type))
		return;
	/* a source pppconf could not read may hold the connect line */
	for (i = 0; i < c->n; i++)
		if (c->src[i]->state == CONFIG_UNCHECKED ||
		    (c->src[i]->state != CONFIG_ABSENT && !c->src[i]->doc))
			return;
	if (config_end_number(c))
		return;
	d = config_end_value(c, "demand");
	if (!d || config_end_demand_v6(c, d) || r->scope.channel ||
	    config_end_value(c, "connect"))
		return;
	if (c->o.platform == PLATFORM_MACOS ? config_end_value(c, "pty") != NULL : r->pty)
		return;
	buf_init(&msg);
	buf_adds(&msg, _("Neither the files pppd reads nor its command line give a command that "
	         "connects (connect or pty), and no plugin takes the place of the serial line: "
	         "once it has read every option, pppd refuses demand without one (\"connect "
	         "script is required for demand-dialling\") and does not start."));
	check_report_say(&c->src[d->src]->report, c->src[d->src]->doc, "demand-no-connect",
	                 d->entry, N_("Give the command that dials (connect, usually in the peers "
	                 "file), or delete demand."), msg.data);
	c->stop_src = d->src;
	c->stop_entry = d->entry;
	buf_free(&msg);
}
