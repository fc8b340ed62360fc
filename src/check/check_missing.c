/* check_missing.c - the rule about a plugin's word read before pppd has loaded the plugin: which plugin line is missing, and where one may be written. */
#include <stdint.h>
#include <string.h>

#include "check/check_int.h"

/* An earlier plugin line naming `plugin` that pppd refused (a release
 * without it, say), or SIZE_MAX: the word's own line is then not missing. */
static size_t check_refused_plugin_line(const struct check_ctx *c, size_t entry,
                                        const char *plugin)
{
	const struct doc_entry *e;
	const char *name, *arg, *p;
	size_t i, nlen, alen;

	for (i = 0; i < entry; i++) {
		e = &c->d->entries[i];
		if (e->disabled || e->nwords < 2 || c->row[i])
			continue;
		name = check_name(c, i, &nlen);
		if (!((nlen == 6 && memcmp(name, "plugin", 6) == 0) ||
		      (nlen == 7 && memcmp(name, "plugin2", 7) == 0)))
			continue;
		arg = check_val(c, e->word + 1, &alen);
		p = catalog_plugin_name(arg, alen, c->p);
		if (p && check_release_same_plugin(p, plugin))
			return i;
	}
	return SIZE_MAX;
}

/* A peers file, which PPPController names with call after its plugin
 * lines (Controller/ppp_manager.c:1421-1426): /etc/ppp/peers/<name>, as
 * pppd names it or under a --root folder. */
static int check_refused_peers(const struct check_ctx *c)
{
	const char *path = c->file ? c->file->path : NULL, *p;

	p = path ? strstr(path, "/etc/ppp/peers/") : NULL;
	return p && p[15] && !strchr(p + 15, '/');
}

/* The fix for a plugin word Apple's pppd accepts and nothing reads. */
static void check_missing_noop_fix(struct buf *fix, const char *plugin)
{
	buf_printf(fix, _("Remove it: even where %s is loaded, Apple's pppd accepts this "
	           "word and nothing reads it, so no plugin line is worth adding for it "
	           "(derived from Apple's source, not tried on a Mac)."), plugin);
}

/* A plugin word in /etc/ppp/postoptions or a peers file on a Mac. Apple's
 * pppd reads postoptions after the command line and PPPController's
 * options (Helpers/pppd/main.c:419-426), a peers file the controller names
 * inside them, after its plugin lines, and loads a plugin as it reads its
 * line (options.c:357, :1798-1804). PPPController passes PPPDialogs.ppp
 * (Controller/ppp_manager.c:741-744; gPluginsDir is set at start in
 * Controller/scnc_main.c of Apple's full source), the plugin named after
 * the service's kind (:780-784), PPPSerial.ppp for a terminal window or
 * script (:945-951) and those the settings list (:1407-1415). Which
 * services a Mac has is not known here, so this names who fails. */
static int check_refused_after_controller(struct check_ctx *c, size_t entry,
                                          struct check_unknown *u,
                                          const struct catalog_entry *r, const char *w)
{
	struct buf msg, fix;

	buf_init(&msg);
	buf_init(&fix);
	if (c->shared_file == 2) {
		buf_printf(&msg, _("%s belongs to the plugin %s, and no 'plugin %s' line comes "
		           "before it here. pppd reads this file after its command line and "
		           "PPPController's options, so it knows the word only where those loaded "
		           "%s: PPPController loads the plugin of the service's kind (L2TP.ppp for "
		           "an L2TP VPN, PPPoE.ppp for PPPoE, PPPSerial.ppp for a serial or modem "
		           "service, or for one with a terminal window or script), PPPDialogs.ppp "
		           "for every service, and any plugin the service's settings list. Any "
		           "other pppd that reads this file says \"unrecognized option %s\" "
		           "(derived from Apple's source, not tried on a Mac)."), w, r->plugin,
		           r->plugin, r->plugin, w);
		buf_printf(&fix, _("Put it in /etc/ppp/peers/<exact service name> of a service "
		           "that uses %s, which pppd reads after PPPController's options; a "
		           "'plugin %s' line here would load %s into every pppd."), r->plugin,
		           r->plugin, r->plugin);
	} else {
		buf_printf(&msg, _("%s belongs to the plugin %s, and no 'plugin %s' line comes "
		           "before it here. When PPPController starts the service this file is "
		           "named after, it has loaded the service's plugins before it reads the "
		           "file, so the word is known if the service uses %s (the plugin of its "
		           "kind: L2TP.ppp for an L2TP VPN, PPPoE.ppp for PPPoE, PPPSerial.ppp for a "
		           "serial or modem service, or for one with a terminal window or script; "
		           "PPPDialogs.ppp for every service; any plugin its settings list). A "
		           "service of another kind, or a pppd started by hand without the plugin, "
		           "says \"unrecognized option %s\" (derived from Apple's source, not "
		           "tried on a Mac)."), w, r->plugin, r->plugin, r->plugin, w);
		buf_printf(&fix, _("Keep it only in the file of a service that uses %s, with no "
		           "plugin line: PPPController loads the plugin before this file, and a "
		           "'plugin %s' line here would load it a second time. To start pppd by "
		           "hand with this file, name the plugin on its command line first."),
		           r->plugin, r->plugin);
	}
	/* A word Apple's pppd accepts and nothing reads (CATALOG_NOOP_MACOS):
	 * where this file meets the plugin it does nothing, elsewhere pppd
	 * refuses it, so keeping or moving it is no advice; it is deleted. */
	if (r->flags & CATALOG_NOOP_MACOS) {
		buf_reset(&fix);
		check_missing_noop_fix(&fix, r->plugin);
	}
	check_stops_some(c, u->line, &msg);
	check_say_buf(c, CHECK_K_PLUGIN_MISSING, u->line, entry, fix.data,
	              (r->flags & CATALOG_NOOP_MACOS) ? "" : NULL, &msg);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&u->w);
	return 1;
}

/* modemdict in /etc/ppp/postoptions or a peers file on a Mac: pppd reads
 * these after PPPController's options, which load PPPSerial.ppp for a
 * serial or modem service (see above), so such a pppd knows the word; but
 * its property list comes only over PPPController's private channel
 * (Helpers/pppd/options.c:1882-1889), not from a file, where the plugin
 * reads bytes nothing filled (check_entry.c). Other pppds refuse it. */
static int check_refused_modemdict_after(struct check_ctx *c, size_t entry,
                                         struct check_unknown *u,
                                         const struct catalog_entry *r, const char *w)
{
	struct buf msg;

	buf_init(&msg);
	buf_printf(&msg, _("%s belongs to the plugin %s, and no 'plugin %s' line comes before "
	           "it here. pppd reads this file after PPPController's options, so where "
	           "those loaded %s (a serial or modem service, or one with a terminal window "
	           "or script) it knows the word; but no property list follows the byte count "
	           "in a file, so the plugin reads memory the file never filled, sets nothing "
	           "reliable and may crash pppd. Any other pppd that reads this file says "
	           "\"unrecognized option %s\" (derived from Apple's source, not tried on a "
	           "Mac)."), w, r->plugin, r->plugin, r->plugin, w);
	check_stops_some(c, u->line, &msg);
	check_say_buf(c, CHECK_K_PLUGIN_MISSING, u->line, entry,
	              N_("Remove it: only PPPController can give modemdict the property list "
	              "its byte count announces, over its private channel, so no plugin line "
	              "and no other file makes this line work (derived from Apple's source, "
	              "not tried on a Mac)."), "", &msg);
	buf_free(&msg);
	buf_free(&u->w);
	return 1;
}

/* L2TP.ppp's words in a Mac's /etc/ppp/options: the plugin line above them
 * is the known L2TP fix (pppconf fix l2tp-noipsec, which says what it
 * costs other services, check_plugin.c), so it is written in as on Linux. */
static int check_refused_l2tp_fix(const char *plugin)
{
	return plugin && strcmp(plugin, "L2TP.ppp") == 0;
}

int check_refused_no_plugin_line(const struct check_ctx *c, const char *plugin)
{
	if (c->p != PLATFORM_MACOS)
		return 0;
	if ((c->shared_file == 1 && !check_refused_l2tp_fix(plugin)) || c->shared_file == 2)
		return 1;
	return check_refused_peers(c) ? 2 : 0;
}

int check_plugin_line_fits(const struct check_file *file, enum platform p, const char *plugin)
{
	struct check_ctx c;

	memset(&c, 0, sizeof c);
	c.p = p;
	c.file = file;
	c.shared_file = check_file_shared(file);
	return check_refused_no_plugin_line(&c, plugin);
}

/* The message of a plugin's word read before its plugin line. */
static void check_missing_unrecognized(struct buf *msg, const char *w, const char *plugin)
{
	buf_printf(msg, _("%s belongs to the plugin %s, and no 'plugin %s' line comes "
	           "before it, so pppd says \"unrecognized option %s\"."), w, plugin, plugin, w);
}

/* A plugin word after the plugin's own line, which pppd refused: pppd
 * already stopped there, so no "stops at this line". Frees u->w. */
static int check_missing_after_refused(struct check_ctx *c, size_t entry,
                                       struct check_unknown *u, const struct catalog_entry *r,
                                       size_t refused)
{
	struct buf msg, fix;
	const char *arg, *lined;
	size_t alen;

	/* Name the plugin as that line writes it: the row's may be its other
	 * name (pppoe.so for a refused rp-pppoe.so), which pppd can load. */
	arg = check_val(c, c->d->entries[refused].word + 1, &alen);
	lined = catalog_plugin_name(arg, alen, c->p);
	buf_init(&msg);
	buf_init(&fix);
	buf_printf(&msg, _("%s belongs to the plugin %s, which pppd cannot load (line %zu), "
	           "so it would not know this word either; pppd already stops at line %zu."),
	           check_unknown_word(u), lined ? lined : r->plugin, check_line(c, refused),
	           check_line(c, refused));
	/* radrealms.so is refused when radius.so is not loaded before it
	 * (check_plugin_needs_radius): this pppd has it, so say that fix. */
	if (c->p == PLATFORM_LINUX && lined && strcmp(lined, "radrealms.so") == 0 &&
	    !catalog_scope_has(&c->scope, "radius.so"))
		buf_printf(&fix, _("It goes with line %zu: put the line 'plugin radius.so' "
		           "above that line, or remove both."), check_line(c, refused));
	else if (lined && r->plugin && strcmp(lined, r->plugin) != 0)
		/* A renamed plugin (rp-pppoe.so and pppoe.so): the word's row is
		 * under the name this release loads, and the refused line's own
		 * finding writes that name in, which makes this word known too. */
		buf_printf(&fix, _("It goes with line %zu: once that line names %s, as said "
		           "there, pppd knows this word too."), check_line(c, refused), r->plugin);
	else
		buf_printf(&fix, _("It goes with line %zu: remove both, or use a pppd that "
		           "has the plugin."), check_line(c, refused));
	check_say_buf(c, CHECK_K_PLUGIN_MISSING, u->line, entry, fix.data, NULL, &msg);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&u->w);
	return 1;
}

/* modemdict's byte count announces a property list that pppd reads only
 * from PPPController's private channel (apple-ppp-1027.121.1/Helpers/pppd/
 * options.c:1882-1889); from a file nothing supplies it (check_entry.c says
 * so for a line pppd knows), so no plugin line or other file makes the
 * line work: it is deleted. */
static int check_missing_modemdict(struct check_ctx *c, size_t entry, struct check_unknown *u,
                                   const struct catalog_entry *r, const char *w)
{
	struct buf msg, fix;
	int said;

	buf_init(&msg);
	buf_init(&fix);
	check_missing_unrecognized(&msg, w, r->plugin);
	buf_adds(&fix, _("Remove it: only PPPController can give modemdict the property "
	         "list its byte count announces, over its private channel, so no plugin "
	         "line and no other file makes this line work (derived from Apple's "
	         "source, not tried on a Mac)."));
	said = check_unknown_say(c, CHECK_K_PLUGIN_MISSING, entry, u, fix.data, "", &msg);
	buf_free(&fix);
	return said;
}

/* radrealms.so cannot be loaded without radius.so before it
 * (check_plugin_needs_radius in check_plugin.c says why), so its plugin
 * line alone would only move the refusal to that line: both lines are
 * written, radius.so first. */
static int check_missing_radrealms(struct check_ctx *c, size_t entry, struct check_unknown *u,
                                   const struct catalog_entry *r, const char *w)
{
	struct buf msg, fix, rep;
	int said;

	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	check_missing_unrecognized(&msg, w, r->plugin);
	buf_printf(&fix, _("Put the lines 'plugin radius.so' and 'plugin %s', in that "
	           "order, above line %zu: pppd learns a plugin's options only when it "
	           "has loaded the plugin, and it cannot load %s unless radius.so was "
	           "loaded before it."), r->plugin, u->line, r->plugin);
	buf_printf(&rep, "plugin radius.so\nplugin %s\n", r->plugin);
	check_entry_text(c, entry, &rep);
	said = check_unknown_say(c, CHECK_K_PLUGIN_MISSING, entry, u, fix.data, rep.data, &msg);
	buf_free(&fix);
	buf_free(&rep);
	return said;
}

/* The first plugin or plugin2 line after `entry` in this file that loads
 * `plugin`, or SIZE_MAX (not read yet, so its words are looked at here). */
static size_t check_missing_plugin_below(const struct check_ctx *c, size_t entry,
                                         const char *plugin)
{
	const struct doc *d = c->d;
	size_t i, alen;
	const char *name, *arg, *pl;

	for (i = entry + 1; i < d->nentries; i++) {
		if (d->entries[i].disabled || d->entries[i].nwords < 2)
			continue;
		name = check_name(c, i, &alen);
		if (!((alen == 6 && memcmp(name, "plugin", 6) == 0) ||
		      (alen == 7 && memcmp(name, "plugin2", 7) == 0)))
			continue;
		arg = check_val(c, d->entries[i].word + 1, &alen);
		pl = catalog_plugin_name(arg, alen, c->p);
		if (pl && strcmp(pl, plugin) == 0)
			return i;
	}
	return SIZE_MAX;
}

/* The plugin line is the fix: its own line moved up when it is further
 * down (not written twice: pppd would load the plugin twice,
 * linux-ppp-2.5.3/pppd/options.c:1821-1843), else written above. Takes
 * over msg. */
static int check_missing_put_line(struct check_ctx *c, size_t entry, struct check_unknown *u,
                                  const struct catalog_entry *r, struct buf *msg)
{
	struct buf fix, rep;
	size_t later = check_missing_plugin_below(c, entry, r->plugin);
	int said;

	buf_init(&fix);
	buf_init(&rep);
	check_missing_unrecognized(msg, check_unknown_word(u), r->plugin);
	if (later != SIZE_MAX) {
		buf_printf(&fix, _("Move the 'plugin %s' line on line %zu above line %zu: pppd learns "
		           "a plugin's options only when it has loaded the plugin, and a second "
		           "plugin line would load it twice."), r->plugin, check_line(c, later),
		           u->line);
		if (strcmp(r->name, "l2tpnoipsec") == 0)
			buf_adds(&fix, _(" pppconf fix l2tp-noipsec puts the two lines in order."));
	} else {
		buf_printf(&fix, _("Put the line 'plugin %s' above line %zu: pppd learns a plugin's "
		           "options only when it has loaded the plugin."), r->plugin, u->line);
		buf_printf(&rep, "plugin %s\n", r->plugin);
		check_entry_text(c, entry, &rep);
	}
	said = check_unknown_say(c, CHECK_K_PLUGIN_MISSING, entry, u, fix.data,
	                         later != SIZE_MAX ? NULL : rep.data, msg);
	buf_free(&fix);
	buf_free(&rep);
	return said;
}

int check_refused_plugin_missing(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_unknown u;
	const struct catalog_entry *r;
	struct buf msg, fix;
	const char *w;
	size_t refused;
	int said;

	(void)word;
	check_unknown_init(c, entry, &u);
	r = check_out_of_scope(c, &u);
	if (!r || !r->plugin || catalog_scope_has(&c->scope, r->plugin))
		return 0;
	buf_init(&msg);
	buf_init(&fix);
	w = check_unknown_word(&u);
	refused = check_refused_plugin_line(c, entry, r->plugin);
	if (refused != SIZE_MAX) {
		said = check_missing_after_refused(c, entry, &u, r, refused);
		buf_free(&msg);
	} else if (c->p == PLATFORM_MACOS && (r->flags & CATALOG_NOOP_MACOS) &&
	           c->shared_file != 2 && !check_refused_peers(c)) {
		/* A word Apple's pppd accepts and nothing reads (the row's
		 * CATALOG_NOOP_MACOS and its .cite lines say why): loading its
		 * plugin here, or moving it where the plugin is loaded, would
		 * only keep a line that does nothing, so it is deleted. A peers
		 * file or postoptions, read after PPPController has loaded the
		 * service's plugins, is left to check_refused_after_controller,
		 * which says who knows the word and deletes it the same way. */
		check_missing_unrecognized(&msg, w, r->plugin);
		check_missing_noop_fix(&fix, r->plugin);
		said = check_unknown_say(c, CHECK_K_PLUGIN_MISSING, entry, &u, fix.data, "",
		                         &msg);
	} else if (strcmp(r->name, "modemdict") == 0 && c->p == PLATFORM_MACOS &&
	           (c->shared_file == 2 || check_refused_peers(c))) {
		said = check_refused_modemdict_after(c, entry, &u, r, w);
		buf_free(&msg);
	} else if (strcmp(r->name, "modemdict") == 0) {
		said = check_missing_modemdict(c, entry, &u, r, w);
		buf_free(&msg);
	} else if (c->p == PLATFORM_MACOS && c->scope.channel &&
	           strcmp(c->scope.channel, r->plugin) != 0 &&
	           catalog_plugin_is_channel(r->plugin, c->p)) {
		/* Apple's line plugins each clear pppd's channel and put their own
		 * in its place when they load (apple-ppp-1027.121.1/Drivers/L2TP/
		 * L2TP-plugin/main.c:299, Drivers/PPPoE/PPPoE-plugin/main.c:158):
		 * a second one would turn the connection into its own kind, so
		 * its line is no fix here. */
		check_missing_unrecognized(&msg, w, r->plugin);
		buf_printf(&fix, _("Remove it: the plugin %s already carries this connection, and a "
		           "'plugin %s' line would take its place, making it another kind of "
		           "connection."), c->scope.channel, r->plugin);
		said = check_unknown_say(c, CHECK_K_PLUGIN_MISSING, entry, &u, fix.data, NULL,
		                         &msg);
	} else if (c->p == PLATFORM_MACOS && (c->shared_file == 2 || check_refused_peers(c))) {
		said = check_refused_after_controller(c, entry, &u, r, w);
		buf_free(&msg);
	} else if (check_refused_no_plugin_line(c, r->plugin)) {
		/* /etc/ppp/options comes before PPPController's options, which load
		 * the service's plugins (see above): a plugin line here would load
		 * one into every pppd and, for a service that uses it, a second
		 * time (check_sets.c says what that does to PPPSerial.ppp). */
		check_missing_unrecognized(&msg, w, r->plugin);
		buf_printf(&fix, _("Move it to /etc/ppp/peers/<exact service name> of a service that "
		           "uses %s, which pppd reads after PPPController's options have loaded it; "
		           "a 'plugin %s' line here would load it into every pppd, and PPPController "
		           "loads it again for a service that uses it."), r->plugin, r->plugin);
		said = check_unknown_say(c, CHECK_K_PLUGIN_MISSING, entry, &u, fix.data, NULL,
		                         &msg);
	} else if (c->d->entries[entry].flags & (DOC_ARG_MISSING | DOC_ARG_NEXT_LINE)) {
		/* The word has no value on its own line. With its plugin loaded,
		 * pppd would go on to the next word for the value: a line below
		 * ("modemdialmode" then "noauth") or the file's end ("too few
		 * parameters"), so a plugin line alone is no fix and nothing is
		 * written in. */
		check_missing_unrecognized(&msg, w, r->plugin);
		buf_printf(&fix, _("Put the line 'plugin %s' above line %zu, and write the value "
		           "on line %zu after %s: once the plugin is loaded, pppd takes the next "
		           "word of the file as the value, or stops with \"too few parameters\" "
		           "when the file ends first."), r->plugin, u.line, u.line, w);
		said = check_unknown_say(c, CHECK_K_PLUGIN_MISSING, entry, &u, fix.data, NULL,
		                         &msg);
	} else if (c->p == PLATFORM_LINUX && strcmp(r->plugin, "radrealms.so") == 0 &&
	           !catalog_scope_has(&c->scope, "radius.so")) {
		said = check_missing_radrealms(c, entry, &u, r, w);
		buf_free(&msg);
	} else {
		said = check_missing_put_line(c, entry, &u, r, &msg);
	}
	buf_free(&fix);
	return said;
}
