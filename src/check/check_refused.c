/* check_refused.c - the rules about what pppd refuses: a known name it refuses all the same, and why it does not know a word at that point. */
#include <stdint.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/lexer.h"

/* ---- a known name, refused all the same ----------------------------- */

int check_refused_not_built(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen, line = check_line(c, entry);
	const char *name = check_name(c, entry, &nlen);
	struct buf msg;

	(void)word;
	if (!(c->row[entry]->flags & CATALOG_NOTBUILT))
		return 0;
	buf_init(&msg);
	/* DEBUGMPPEKEY: no Makefile or configure file of 2.4.9 or 2.5.3 sets
	 * it (linux-ppp-2.5.3/pppd/chap_ms.c:146) */
	if (c->p == PLATFORM_LINUX)
		buf_printf(&msg, _("'%.*s' is in Linux pppd's source code only behind a debugging "
		           "switch that no build file turns on, so pppd as built stops at this "
		           "word (\"unrecognized option\")."), (int)nlen, name);
	else if (catalog_plugin_gone(c->row[entry]->plugin, c->p))
		buf_printf(&msg, _("'%.*s' is an option of Apple's PPTP.ppp, which macOS no longer "
		           "ships (its source is last in Apple's ppp-847.200.5, macOS 10.14 by Apple's "
		           "open-source listings), so a later Mac's pppd does not know the word (not "
		           "verified on a Mac)."), (int)nlen, name);
	/* e.g. HAVE_MULTILINK, MSLANMAN: no pinned header defines them
	 * (apple-ppp-1027.121.1/Helpers/pppd/options.c:342, chap_ms.c:181), nor
	 * does Apple's Xcode project (ppp.xcodeproj, not in the pinned copy) */
	else
		buf_printf(&msg, _("'%.*s' is in Apple's pppd source code only behind a build "
		           "switch that Apple's Xcode project leaves off, so the pppd shipped with "
		           "macOS is expected not to know the word (that project is not in the "
		           "source copy pppconf follows; not verified on a Mac)."), (int)nlen, name);
	check_stops(c, line, &msg);
	check_say_buf(c, CHECK_K_NOT_BUILT, line, entry, N_("Remove it."), "", &msg);
	buf_free(&msg);
	return 1;
}

/* Linux pppd does not see "" as the very last bytes of a file as a word
 * (getword returns none at EOF with nothing stored,
 * linux-ppp-2.5.3/pppd/options.c:1572, 2.4.9's :1348): the doc keeps that
 * word as its last, flagged. */
static int check_refused_eof_dropped(const struct check_ctx *c)
{
	const struct doc *d = c->d;

	return c->p == PLATFORM_LINUX && d->dialect == LEXER_LINUX && d->nwords &&
	       (d->words[d->nwords - 1].flags & LEXER_EOF_DROPPED);
}

int check_refused_empty_at_eof(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen, line = check_line(c, entry);
	const char *name = check_name(c, entry, &nlen);
	struct buf msg;

	(void)word;
	if (!(c->d->entries[entry].flags & DOC_ARG_MISSING) || !check_refused_eof_dropped(c))
		return 0;
	buf_init(&msg);
	buf_printf(&msg, _("The file ends with \"\" right after '%.*s', and Linux pppd does not see "
	           "an empty word at the very end of a file, so '%.*s' has no value (\"too few "
	           "parameters\")."), (int)nlen, name, (int)nlen, name);
	check_stops(c, line, &msg);
	check_say_buf(c, CHECK_K_EMPTY_AT_EOF, line, entry, N_("End the file with a newline "
	              "after the \"\"."), NULL, &msg);
	buf_free(&msg);
	return 1;
}

int check_refused_missing_arg(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen, line = check_line(c, entry);
	const char *name = check_name(c, entry, &nlen);
	const char *fix = N_("Write the value on the same line, after the option's name.");
	const char *rep = NULL;
	struct buf msg;

	if (!(c->d->entries[entry].flags & DOC_ARG_MISSING))
		return 0;
	/* modemdict's byte count announces a property list only PPPController's
	 * channel supplies (check_missing.c says why), so no value written here
	 * makes the line work: the fix removes it. */
	if (nlen == 9 && memcmp(name, "modemdict", 9) == 0) {
		fix = N_("Remove it: only PPPController can give modemdict the property list "
		         "its byte count announces, over its private channel, so no plugin line "
		         "and no other file makes this line work (derived from Apple's source, "
		         "not tried on a Mac).");
		rep = "";
	}
	buf_init(&msg);
	buf_printf(&msg, _("The file ends before '%.*s' gets its value, so pppd says \"too few "
	           "parameters for option '%.*s'\"."), (int)nlen, name, (int)nlen, name);
	check_stops(c, line, &msg);
	check_say_buf(c, CHECK_K_MISSING_ARG, line, entry, fix, rep, &msg);
	buf_free(&msg);
	/* The words above are 2.5's; a pppd without the name (net-down-script
	 * in 2.4.9, srp-interval in a build without EAP-SRP) stops at the
	 * name, "unrecognized option". The release and build rules run only
	 * on lines pppd takes, so they speak from here. */
	check_release_removed(c, entry, word);
	check_release_needs_newer(c, entry, word);
	check_entry_optional_build(c, entry, word);
	return 1;
}

/* ---- a word pppd does not know here ---------------------------------- */

void check_unknown_init(const struct check_ctx *c, size_t entry, struct check_unknown *u)
{
	doc_word_cstr(c->d, c->d->entries[entry].word, u->name, &u->len);
	u->has_nul = memchr(u->name, '\0', u->len) != NULL;
	u->line = check_line(c, entry);
	buf_init(&u->w);
}

/* 'name' for a message, made when a rule speaks. */
const char *check_unknown_word(struct check_unknown *u)
{
	if (!u->w.len)
		check_word(&u->w, u->name, u->len);
	return u->w.data;
}

/* Says the finding of an unknown word: its message, then that pppd stops. */
int check_unknown_say(struct check_ctx *c, enum check_kid k, size_t entry,
                      struct check_unknown *u, const char *fix, const char *rep,
                      struct buf *msg)
{
	check_stops(c, u->line, msg);
	check_say_buf(c, k, u->line, entry, fix, rep, msg);
	buf_free(msg);
	buf_free(&u->w);
	return 1;
}

/* The row of this platform by that name, though pppd does not know the
 * word at this point: a plugin is missing or another channel took over. */
const struct catalog_entry *check_out_of_scope(const struct check_ctx *c,
                                               const struct check_unknown *u)
{
	const struct catalog_entry *rows[8];
	size_t i, n;

	if (u->len >= 64 || u->has_nul)
		return NULL;
	n = catalog_rows_named(u->name, rows, 8);
	for (i = 0; i < n && i < 8; i++)
		if ((rows[i]->platforms & c->p) && !(rows[i]->flags & CATALOG_WILDCARD))
			return rows[i];
	return NULL;
}

/* The last entry before `entry` in this file whose device word made the
 * Linux plugin `now` take the link (pppoe.so's interface, pppol2tp's
 * socket), or SIZE_MAX. */
static size_t check_refused_device_here(const struct check_ctx *c, size_t entry,
                                        const char *now)
{
	size_t i, found = SIZE_MAX;

	for (i = 0; i < entry && i < c->d->nentries; i++)
		if (c->row[i] && (c->row[i]->flags & CATALOG_DEVNAM) && c->row[i]->plugin &&
		    strcmp(c->row[i]->plugin, now) == 0)
			found = i;
	return found;
}

/* 1 when a plugin line of this file, before `entry`, loads `now` (or, on
 * Linux, names the device with which it takes the link); 0 when
 * the plugin came before the file (PPPController loads a Mac service's
 * plugin before `call` reads its peers file, Controller/ppp_manager.c:784,
 * :1426) or from an earlier file, so no line here can be removed or
 * stepped over. */
static int check_refused_plugin_here(const struct check_ctx *c, size_t entry, const char *now)
{
	size_t i, alen;
	const char *arg, *pl;

	for (i = 0; i < entry && i < c->d->nentries; i++) {
		if (!c->row[i])
			continue;
		/* Linux: the device word where the plugin takes the link */
		if ((c->row[i]->flags & CATALOG_DEVNAM) && c->row[i]->plugin &&
		    strcmp(c->row[i]->plugin, now) == 0)
			return 1;
		if (!check_loads_plugin(c->row[i]))
			continue;
		arg = check_arg(c, i, &alen);
		pl = arg ? catalog_plugin_name(arg, alen, c->p) : NULL;
		if (pl && strcmp(pl, now) == 0)
			return 1;
	}
	return 0;
}

/* A channel's options are looked up only in the current channel's table
 * (linux-ppp-2.5.3/pppd/options.c:789, apple-ppp-1027.121.1/Helpers/pppd/
 * options.c:725); Apple's L2TP and PPPoE plugins replace it when they load,
 * Linux's pppoe.so when its interface is named (plugins/pppoe/plugin.c:397). */
int check_refused_channel_replaced(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_unknown u;
	const struct catalog_entry *r;
	const char *now = c->scope.channel ? catalog_scope_link(&c->scope) : _("another plugin");
	struct buf msg, fix, devtext = { 0 };
	size_t dev;
	int said;

	(void)word;
	check_unknown_init(c, entry, &u);
	r = check_out_of_scope(c, &u);
	/* A number the serial line's speed matcher would take: that matcher is
	 * in the serial line's own option table (linux-ppp-2.5.3/pppd/tty.c:173,
	 * Apple's tty.c:232), which is no longer searched once a plugin has
	 * replaced the line (linux-ppp-2.5.3/pppd/options.c:789). */
	if (!r && c->scope.channel)
		r = catalog_speed_of(u.name, u.len, c->p);
	if (!r || (r->plugin && !catalog_scope_has(&c->scope, r->plugin)))
		return 0;
	buf_init(&msg);
	buf_init(&fix);
	if (r->flags & CATALOG_TTY)
		buf_printf(&msg, _("%s is a serial-line option, but the plugin %s has replaced the "
		           "serial line before this point, so pppd no longer knows it."),
		           check_unknown_word(&u), now);
	else
		buf_printf(&msg, _("%s belongs to %s, but %s was loaded after it and replaced its "
		           "options, so pppd no longer knows it."), check_unknown_word(&u),
		           r->plugin ? r->plugin : _("a plugin"), now);
	/* Above that line pppd takes it, but the later plugin's connection code
	 * replaces the code that reads it (apple-ppp-1027.121.1/Drivers/L2TP/
	 * L2TP-plugin/main.c:305, Drivers/PPPoE/PPPoE-plugin/main.c:163), so
	 * moving it only silences pppd. */
	/* Apple's cdtrcts: read anywhere, it still fails the check pppd runs
	 * on every option once all are read, whatever carries the link
	 * (apple-ppp-1027.121.1/Helpers/pppd/sys-MacOSX.c:1086-1088, main.c:
	 * 460-461), so neither moving it nor dropping the plugin line helps. */
	if (c->p == PLATFORM_MACOS && strcmp(r->name, "cdtrcts") == 0)
		buf_printf(&fix, _("Remove it: moved above the line that loads %s, or with that "
		           "line removed, pppd would take it but then, unless other flow control is "
		           "set after it, exit with status 2, as a Mac's pppd refuses DTR/CTS flow "
		           "control whatever carries the link "
		           "(derived from Apple's source, not tried on a Mac)."), now);
	else if (c->scope.channel && (dev = check_refused_device_here(c, entry, now)) != SIZE_MAX) {
		/* Linux: the link is taken at the device word, not the plugin line
		 * (catalog_scope_apply), so both go, and above that word is enough */
		check_entry_text(c, dev, &devtext);
		buf_printf(&fix, _("Remove it, or, if this connection is not meant to use %s, remove "
		           "the 'plugin %s' line and line %zu ('%s'), where %s takes the link: moved "
		           "above line %zu, pppd would take it but then connect through %s without "
		           "it."), now, now, check_line(c, dev), devtext.data ? devtext.data : "", now,
		           check_line(c, dev), now);
		buf_free(&devtext);
	} else if (!c->scope.channel || check_refused_plugin_here(c, entry, now))
		buf_printf(&fix, _("Remove it, or remove the 'plugin %s' line if this connection is "
		           "not meant to use %s: moved above that line, pppd would take it but then "
		           "connect through %s without it."), now, now, now);
	else if (c->p == PLATFORM_MACOS)
		buf_printf(&fix, _("Remove it: %s took the link over before pppd read this file "
		           "(PPPController loads it itself for this kind of service, or an earlier "
		           "file did), so nothing in this file can bring the word back."), now);
	else
		buf_printf(&fix, _("Remove it: %s took the link over in a file pppd read before "
		           "this one, so nothing in this file can bring the word back."), now);
	said = check_unknown_say(c, CHECK_K_CHANNEL_REPLACED, entry, &u, fix.data, NULL, &msg);
	buf_free(&fix);
	return said;
}

/* Of an unknown word: one only the other platform's pppd knows. Of a
 * plugin line: a plugin of the other platform, where pppd stops. */
/* One option, two names: Apple's ip-up and ip-down (apple-ppp-1027.121.1/
 * Helpers/pppd/ipcp.c:284, :286) set the program pppd runs when IPv4 comes
 * up or goes down, as Linux's ip-up-script and ip-down-script do
 * (linux-ppp-2.5.3/pppd/options.c:361, :364; 2.4.9's :320, :323). */
static const struct {
	const char *macos, *linux;
} check_refused_counterparts[] = {
	{ "ip-up", "ip-up-script" },
	{ "ip-down", "ip-down-script" },
	/* the PPPoE plugins' service and access concentrator names: Apple's
	 * PPPoE.ppp (Drivers/PPPoE/PPPoE-plugin/main.c:130, :132) and Linux's
	 * pppoe.so (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:77, :81; 2.4.9's
	 * :80, :84), each a plain string of the name asked for */
	{ "pppoeservicename", "pppoe-service" },
	{ "pppoeacname", "pppoe-ac" },
};

const char *check_refused_counterpart(const char *name, size_t len, enum platform p)
{
	size_t i;

	for (i = 0; i < sizeof check_refused_counterparts / sizeof check_refused_counterparts[0]; i++) {
		const char *there = p == PLATFORM_LINUX ? check_refused_counterparts[i].macos
		                                        : check_refused_counterparts[i].linux;
		if (strlen(there) == len && memcmp(there, name, len) == 0)
			return p == PLATFORM_LINUX ? check_refused_counterparts[i].linux
			                           : check_refused_counterparts[i].macos;
	}
	return NULL;
}

int check_refused_other_platform(struct check_ctx *c, size_t entry, size_t word)
{
	enum platform other = check_other(c->p);
	const struct catalog_entry *r;
	struct check_plugin pl;
	struct check_unknown u;
	struct buf msg, fix, rep;
	const char *here;
	int said;

	(void)word;
	if (c->row[entry]) {
		if (!check_plugin_of(c, entry, &pl) || !pl.there || pl.soft)
			return 0;
		buf_init(&msg);
		check_word(&msg, pl.arg, pl.alen);
		buf_printf(&msg, _(" is a %s plugin; %s's pppd cannot load it."),
		           platform_display(other), platform_display(c->p));
		check_stops(c, check_line(c, entry), &msg);
		check_say(c, CHECK_K_OTHER_PLATFORM, check_line(c, entry), entry, N_("Remove the "
		          "line, or check the file with the right --platform."), NULL, "%s",
		          msg.data);
		buf_free(&msg);
		return 1;
	}
	check_unknown_init(c, entry, &u);
	if (u.has_nul || (r = catalog_find(u.name, other)) == NULL)
		return 0;
	buf_init(&msg);
	buf_init(&fix);
	buf_printf(&msg, _("%s exists only in %s's pppd%s%s%s; %s's pppd does not know it."),
	           check_unknown_word(&u), platform_display(other), r->plugin ? " (plugin " : "",
	           r->plugin ? r->plugin : "", r->plugin ? ")" : "", platform_display(c->p));
	if ((here = check_refused_counterpart(u.name, u.len, c->p)) != NULL) {
		const char *v;
		size_t i, vl;

		const struct catalog_entry *hr = catalog_find(here, c->p);

		/* The name here may be younger than the release --pppd-version
		 * names (ip-down-script came in Linux 2.4.9): writing it in would
		 * only move pppd's refusal, so the line is left to the reader. */
		if (hr && check_release_lacks(c, hr)) {
			buf_printf(&fix, _("%s's pppd has it only since %s, as '%s'; remove the "
			           "line, or check the file with --platform %s if it is meant for "
			           "%s."), platform_display(c->p), hr->linux_since, here,
			           platform_name(other), platform_display(other));
			said = check_unknown_say(c, CHECK_K_OTHER_PLATFORM, entry, &u, fix.data,
			                         NULL, &msg);
			buf_free(&fix);
			return said;
		}
		/* a plugin's word is known only once its plugin is loaded: named,
		 * not written in, where it is not */
		if (hr && hr->plugin && !catalog_scope_has(&c->scope, hr->plugin)) {
			buf_printf(&fix, _("%s's name for it is '%s', a word of the plugin %s, which "
			           "must be loaded before it (plugin %s); or check the file with "
			           "--platform %s if it is meant for %s."), platform_display(c->p),
			           here, hr->plugin, hr->plugin, platform_name(other),
			           platform_display(other));
			said = check_unknown_say(c, CHECK_K_OTHER_PLATFORM, entry, &u, fix.data,
			                         NULL, &msg);
			buf_free(&fix);
			return said;
		}
		buf_printf(&fix, _("Write '%s', %s's name for it, or check the file with --platform "
		           "%s if it is meant for %s."), here, platform_display(c->p),
		           platform_name(other), platform_display(other));
		/* A line without the value the name here needs would only move
		 * pppd's refusal ("too few parameters"), so nothing is written in. */
		if (hr && (size_t)hr->nargs + 1 > c->d->entries[entry].nwords) {
			said = check_unknown_say(c, CHECK_K_OTHER_PLATFORM, entry, &u, fix.data,
			                         NULL, &msg);
			buf_free(&fix);
			return said;
		}
		buf_init(&rep);
		buf_adds(&rep, here);
		for (i = 1; i < c->d->entries[entry].nwords; i++) {
			v = check_val(c, c->d->entries[entry].word + i, &vl);
			buf_addc(&rep, ' ');
			lexer_quote(&rep, v, vl);
		}
		said = check_unknown_say(c, CHECK_K_OTHER_PLATFORM, entry, &u, fix.data, rep.data,
		                         &msg);
		buf_free(&rep);
		buf_free(&fix);
		return said;
	}
	buf_printf(&fix, _("Remove it, or check the file with --platform %s if it is meant for "
	           "%s."), platform_name(other), platform_display(other));
	said = check_unknown_say(c, CHECK_K_OTHER_PLATFORM, entry, &u, fix.data, NULL, &msg);
	buf_free(&fix);
	return said;
}

/* A command-line value that pppd runs through /bin/sh -c (connect and the
 * other scripts: linux-ppp-2.5.3/pppd/main.c:1868, apple-ppp-1027.121.1/
 * Helpers/pppd/main.c:2260; ntlm_auth-helper: linux-ppp-2.5.3/pppd/plugins/
 * winbind.c:311) keeps its arguments when quoted, so a word cut off after it
 * is most likely one of them. promptprog is left out: passprompt.so runs
 * its value directly as the program's path (linux-ppp-2.4.9/pppd/plugins/
 * passprompt.c:60), where quotes would not help. */
static int check_extra_in_command(const struct catalog_entry *r)
{
	return r && r->arg == CATALOG_ARG_COMMAND && strcmp(r->name, "promptprog") != 0;
}

/* A value that names a file or folder. */
static int check_extra_in_path(const struct catalog_entry *r)
{
	return r && (r->arg == CATALOG_ARG_PATH || r->arg == CATALOG_ARG_DIR);
}

int check_refused_extra_word(struct check_ctx *c, size_t entry, size_t word)
{
	const struct doc_entry *pe;
	struct check_unknown u;
	struct buf msg, fix, pw;
	size_t plen;
	const char *pname;
	int said;

	(void)word;
	if (!check_same_line_as_prev(c, entry))
		return 0;
	check_unknown_init(c, entry, &u);
	pe = &c->d->entries[check_prev(c, entry)];
	pname = check_val(c, pe->word, &plen);
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&pw);
	check_word(&pw, pname, plen);
	/* A filter expression (pass-filter, active-filter) is most likely cut
	 * where its quotes are missing: dropping the rest would leave a part of
	 * it that libpcap may not compile either, so the fix is the quotes.
	 * pppd compiles that part first and stops there when it cannot
	 * (linux-ppp-2.5.3/pppd/options.c:1704-1707), so the unknown word is
	 * met only when it can. */
	if (c->row[check_prev(c, entry)] && c->row[check_prev(c, entry)]->argname &&
	    strcmp(c->row[check_prev(c, entry)]->argname, "filter") == 0)
		buf_printf(&msg, _("%s takes just one value, so pppd gives libpcap only the word "
		           "before %s: pppd refuses to start when that part alone does not "
		           "compile, and otherwise reads %s as a directive of its own, which it "
		           "does not know."), pw.data, check_unknown_word(&u),
		           check_unknown_word(&u));
	else
		buf_printf(&msg, pe->nwords <= 1 ?
		           _("%s takes no value, so pppd reads %s after it as a directive of its "
		             "own, and it does not know that word.") :
		           _("%s takes just one value, so pppd reads %s after it as a directive of "
		             "its own, and it does not know that word."), pw.data,
		           check_unknown_word(&u));
	if (c->row[check_prev(c, entry)] && c->row[check_prev(c, entry)]->argname &&
	    strcmp(c->row[check_prev(c, entry)]->argname, "filter") == 0) {
		buf_printf(&fix, _("Put the whole filter expression in quotes so that pppd "
		           "reads it as one value, as in %.*s 'not port 137'; removing %s would "
		           "leave only part of the expression."), (int)plen, pname,
		           check_unknown_word(&u));
		said = check_unknown_say(c, CHECK_K_EXTRA_WORD, entry, &u, fix.data, NULL, &msg);
	} else if (check_extra_in_command(c->row[check_prev(c, entry)])) {
		buf_printf(&fix, _("Put the whole command line, %s included, in quotes so that "
		           "pppd reads it as one value; pppd hands that value to /bin/sh, which "
		           "splits it into the program and its arguments. Removing %s would leave "
		           "the command without that argument."), check_unknown_word(&u),
		           check_unknown_word(&u));
		said = check_unknown_say(c, CHECK_K_EXTRA_WORD, entry, &u, fix.data, NULL, &msg);
	} else if (check_extra_in_path(c->row[check_prev(c, entry)])) {
		/* a file or folder name may have a space in it (Apple's "Modem
		 * Scripts"): which was meant is not known, so nothing is written */
		buf_printf(&fix, _("If %s is part of a file or folder name with a space in it, put "
		           "the whole name in quotes so that pppd reads it as one value; otherwise "
		           "remove %s."), check_unknown_word(&u), check_unknown_word(&u));
		said = check_unknown_say(c, CHECK_K_EXTRA_WORD, entry, &u, fix.data, NULL, &msg);
	} else {
		buf_printf(&fix, _("Remove %s."), check_unknown_word(&u));
		said = check_unknown_say(c, CHECK_K_EXTRA_WORD, entry, &u, fix.data, "", &msg);
	}
	buf_free(&fix);
	buf_free(&pw);
	return said;
}

/* A plugin's word such as eth0 is known only once its plugin is loaded, so
 * the grouping, which reads without plugins, lets it take the rest of its
 * line along; pppd reads the next word on its own (linux-ppp-2.5.3/pppd/
 * options.c:606-615: each word is looked up as an option). Says so when
 * pppd does not know that word either. */
int check_refused_wild_extra(struct check_ctx *c, size_t entry)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *r = c->row[entry];
	struct buf msg, fix, pw, ww, rep;
	const char *pname, *w;
	size_t plen, wlen;

	if (!r || !(r->flags & CATALOG_WILDCARD) || r->nargs != 0 || e->nwords < 2 ||
	    e->arity != DOC_UNKNOWN)
		return 0;
	w = check_val(c, e->word + 1, &wlen);
	if (memchr(w, '\0', wlen) || catalog_scope_match(&c->scope, w, wlen))
		return 0;
	pname = check_name(c, entry, &plen);
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&pw);
	buf_init(&ww);
	buf_init(&rep);
	check_word(&pw, pname, plen);
	check_word(&ww, w, wlen);
	buf_printf(&msg, _("%s takes no value, so pppd reads %s after it as a directive of its "
	           "own, and it does not know that word."), pw.data, ww.data);
	buf_printf(&fix, _("Remove %s."), ww.data);
	/* only one word to drop: the name stays */
	if (e->nwords == 2)
		buf_add(&rep, pname, plen);
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_EXTRA_WORD, check_line(c, entry), entry, fix.data,
	              e->nwords == 2 ? rep.data : NULL, &msg);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&pw);
	buf_free(&ww);
	buf_free(&rep);
	return 1;
}

int check_refused_after_plugin(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_unknown u;

	(void)word;
	if (!c->scope.unknown_plugins)
		return 0;
	check_unknown_init(c, entry, &u);
	/* it counts among the words given close names (check_refused_unknown) */
	if (u.len < 64)
		c->suggested++;
	check_say(c, CHECK_K_UNKNOWN_AFTER_PLUGIN, u.line, entry, NULL, NULL,
	          N_("pppconf does not know %s. It may be an option of a plugin loaded above that "
	          "pppconf has no list for; if not, pppd stops here and refuses to start."),
	          check_unknown_word(&u));
	buf_free(&u.w);
	return 1;
}

int check_refused_unknown(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_unknown u;
	struct buf msg, fix, rep;
	size_t n;
	int said;

	(void)word;
	check_unknown_init(c, entry, &u);
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	buf_printf(&msg, _("pppd does not know %s."), check_unknown_word(&u));
	n = check_suggest(c, entry, &u, &fix, &rep);
	if (!fix.len)
		buf_adds(&fix, _("Correct the spelling or remove the line; 'pppconf list' shows "
		         "every directive."));
	said = check_unknown_say(c, CHECK_K_UNKNOWN, entry, &u, fix.data, n ? rep.data : NULL,
	                         &msg);
	buf_free(&fix);
	buf_free(&rep);
	return said;
}
