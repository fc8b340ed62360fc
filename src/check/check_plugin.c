/* check_plugin.c - the rules about the plugin a plugin line names: loaded, misspelt, known, there, and a link plugin in a file every pppd reads. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check/check_int.h"
#include "base/util.h"

int check_plugin_of(const struct check_ctx *c, size_t entry, struct check_plugin *pl)
{
	const struct catalog_entry *r = c->row[entry];

	memset(pl, 0, sizeof *pl);
	if (!r || (strcmp(r->name, "plugin") != 0 && strcmp(r->name, "plugin2") != 0) ||
	    c->d->entries[entry].nwords < 2)
		return 0;
	pl->arg = check_val(c, c->d->entries[entry].word + 1, &pl->alen);
	pl->here = catalog_plugin_name(pl->arg, pl->alen, c->p);
	if (!pl->here)
		pl->there = catalog_plugin_name(pl->arg, pl->alen, check_other(c->p));
	if (!pl->here && !pl->there)
		pl->close = catalog_plugin_suggest(pl->arg, pl->alen, c->p);
	pl->soft = c->p == PLATFORM_MACOS && strcmp(r->name, "plugin") == 0;
	return 1;
}

/* macOS `plugin` (not plugin2) only logs a plugin it cannot load: the
 * other platform's, or a misspelt one (apple-ppp-1027.121.1/Helpers/pppd/
 * options.c:1798-1811; plugin2 stops, :1817-1830; Linux stops,
 * linux-ppp-2.5.3/pppd/options.c:1826). */
int check_plugin_not_loaded(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_plugin pl;
	struct buf msg, rep;
	size_t line = check_line(c, entry);

	(void)word;
	if (!check_plugin_of(c, entry, &pl) || !pl.soft || (!pl.there && !pl.close))
		return 0;
	buf_init(&msg);
	buf_init(&rep);
	if (pl.there) {
		check_word(&msg, pl.arg, pl.alen);
		buf_printf(&msg, _(" is a %s plugin; %s's pppd cannot load it. It only logs the "
		           "failure and goes on, but the plugin's options after this line will be "
		           "refused."), platform_display(check_other(c->p)), platform_display(c->p));
		check_say(c, CHECK_K_PLUGIN_NOT_LOADED, line, entry, N_("Remove the line."), "", "%s",
		          msg.data);
	} else {
		buf_adds(&msg, _("There is no plugin called "));
		check_word(&msg, pl.arg, pl.alen);
		buf_printf(&msg, _("; it looks like a misspelling of %s. macOS's pppd only logs that "
		           "it cannot load it and goes on, so the plugin's options after this line "
		           "will be refused."), pl.close);
		buf_printf(&rep, "%s %s", c->row[entry]->name, pl.close);
		check_say_buf(c, CHECK_K_PLUGIN_NOT_LOADED, line, entry, N_("Correct the plugin's name."),
		          rep.data, &msg);
	}
	buf_free(&msg);
	buf_free(&rep);
	return 1;
}

int check_plugin_misspelled(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_plugin pl;
	struct buf msg, rep;
	size_t line = check_line(c, entry);

	(void)word;
	if (!check_plugin_of(c, entry, &pl) || !pl.close || pl.soft)
		return 0;
	buf_init(&msg);
	buf_init(&rep);
	buf_adds(&msg, _("There is no plugin called "));
	check_word(&msg, pl.arg, pl.alen);
	buf_printf(&msg, _("; it looks like a misspelling of %s."), pl.close);
	check_stops(c, line, &msg);
	buf_printf(&rep, "%s %s", c->row[entry]->name, pl.close);
	check_say_buf(c, CHECK_K_PLUGIN_MISSPELLED, line, entry, N_("Correct the plugin's name."),
	          rep.data, &msg);
	buf_free(&msg);
	buf_free(&rep);
	return 1;
}

/* macOS: a catalogued bundle written with other letter case. pppd hands the
 * name, as written, to the file system inside its plug-in folder
 * (apple-ppp-1027.121.1/Helpers/pppd/sys-MacOSX.c:3442, :3445); whether it
 * then finds the bundle depends on the disk, which the source does not say,
 * so this is a warning: catalog_plugin_name counts it as loaded. */
int check_plugin_case(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_plugin pl;
	struct buf msg, rep;
	size_t base;

	(void)word;
	if (c->p != PLATFORM_MACOS || !check_plugin_of(c, entry, &pl) || !pl.here)
		return 0;
	base = pl.alen;
	while (base > 0 && pl.arg[base - 1] == '/')
		base--;
	while (base > 0 && pl.arg[base - 1] != '/')
		base--;
	if (strncmp(pl.arg + base, pl.here, strlen(pl.here)) == 0)
		return 0;
	buf_init(&msg);
	buf_init(&rep);
	check_word(&msg, pl.arg + base, strlen(pl.here));
	buf_printf(&msg, _(" differs from the bundle's name %s only in letter case. pppd asks the "
	           "file system for the name as written, so it finds %s only on a disk that "
	           "ignores case, as a Mac's disk does unless it was formatted case-sensitive "
	           "(that is not in the source pppconf follows; not tried on a Mac). On a "
	           "case-sensitive disk %s"), pl.here, pl.here, pl.soft ?
	           _("pppd logs that it cannot load it and goes on, and the plugin's options "
	             "after this line are refused.") :
	           _("pppd stops here with an option error."));
	buf_printf(&rep, "%s %.*s%s", c->row[entry]->name, (int)base, pl.arg, pl.here);
	check_say_buf(c, CHECK_K_PLUGIN_CASE, check_line(c, entry), entry,
	              N_("Write the name as the bundle spells it."), rep.data, &msg);
	buf_free(&msg);
	buf_free(&rep);
	return 1;
}

int check_plugin_unknown(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_plugin pl;
	struct buf w;

	(void)word;
	if (!check_plugin_of(c, entry, &pl) || pl.here || pl.there || pl.close)
		return 0;
	buf_init(&w);
	check_word(&w, pl.arg, pl.alen);
	check_say(c, CHECK_K_UNKNOWN_PLUGIN, check_line(c, entry), entry, NULL, NULL,
	          N_("pppconf has no list of the options that plugin %s adds, so it cannot check "
	          "the words that follow. %s"), w.data, pl.soft ?
	          _("If pppd cannot load it, it logs that and goes on.") :
	          _("pppd stops if it cannot find or load the plugin."));
	buf_free(&w);
	return 1;
}

/* A plugin named by a full path that is not on this machine: pppd opens the
 * path as it is (linux-ppp-2.5.3/pppd/options.c:1811, :1821) and stops when
 * it cannot (:1826; Apple's plugin2 too, apple-ppp-1027.121.1/Helpers/pppd/
 * options.c:1817-1830; its plugin only logs it). */
int check_plugin_file(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = c->file ? c->file->env : NULL;
	struct check_plugin pl;
	struct stat st;
	struct buf msg, w;
	char *path;
	int gone;

	(void)word;
	if (!env || !env->machine || !check_plugin_of(c, entry, &pl) || pl.soft || !pl.alen ||
	    pl.arg[0] != '/' || memchr(pl.arg, '\0', pl.alen))
		return 0;
	path = util_xmemdup(pl.arg, pl.alen);
	gone = stat(path, &st) < 0;
	free(path);
	if (!gone)
		return 0;
	buf_init(&msg);
	buf_init(&w);
	check_word(&w, pl.arg, pl.alen);
	buf_printf(&msg, _("There is no plugin file %s on this machine, and pppd loads a plugin "
	           "while it reads its options (\"Couldn't load plugin\")."), w.data);
	buf_free(&w);
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_PLUGIN_FILE, check_line(c, entry), entry, N_("Correct the path, "
	              "or install the plugin."), NULL, &msg);
	buf_free(&msg);
	return 1;
}

/* Linux: radrealms.so and radattr.so each use a hook variable that lives in
 * radius.so and is only declared in them (linux-ppp-2.5.3/pppd/plugins/
 * radius/radrealms.c:40, radattr.c:27; defined in radius.c:124, :128), and
 * their build links nothing else in (Makefile.am:40-42, :36-38). pppd opens
 * a plugin with every symbol bound at once (options.c:1821; 2.4.9's :1592),
 * so without radius.so loaded earlier in the run the open fails
 * ("undefined symbol", then "Couldn't load plugin") and pppd stops (tried
 * with Debian's 2.4.9). Left out: a radius.so loaded by some other means
 * than an earlier plugin line of this run, which the source does not offer. */
int check_plugin_needs_radius(struct check_ctx *c, size_t entry, size_t word)
{
	static const char *const needy[] = { "radrealms.so", "radattr.so" };
	struct check_plugin pl;
	struct buf msg, w;
	size_t base, i, n;

	(void)word;
	if (c->p != PLATFORM_LINUX || !check_plugin_of(c, entry, &pl) ||
	    catalog_scope_has(&c->scope, "radius.so"))
		return 0;
	base = pl.alen;
	while (base > 0 && pl.arg[base - 1] != '/')
		base--;
	n = pl.alen - base;
	for (i = 0; i < sizeof needy / sizeof needy[0]; i++)
		if (n == strlen(needy[i]) && memcmp(pl.arg + base, needy[i], n) == 0)
			break;
	if (i == sizeof needy / sizeof needy[0])
		return 0;
	buf_init(&msg);
	buf_init(&w);
	check_word(&w, pl.arg, pl.alen);
	buf_printf(&msg, _("%s needs radius.so loaded before it: it uses a variable that only "
	           "radius.so defines, and no 'plugin radius.so' line comes before this one, "
	           "so pppd cannot load it (\"undefined symbol\", then \"Couldn't load "
	           "plugin\")."), w.data);
	buf_free(&w);
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_PLUGIN_NEEDS_RADIUS, check_line(c, entry), entry,
	              N_("Put the line 'plugin radius.so' above this one."), NULL, &msg);
	buf_free(&msg);
	return 1;
}

/* A plugin named without '/' that is not in the plugin folder found on this
 * machine: Linux pppd looks only there (linux-ppp-2.5.3/pppd/options.c:1811-1820,
 * the folder fixed at build time, pathnames.h:81; linux-ppp-2.4.9/pppd/
 * pathnames.h:65) and stops when it cannot load it (options.c:1826). The
 * folder is a finding, not pppd's word, so this warns; a misspelt name or
 * the other platform's plugin is already an error. */
/* PPTP.ppp on a Mac (catalog_plugin_gone): Apple's plugin line only logs
 * a plugin it cannot load and goes on (apple-ppp-1027.121.1/Helpers/pppd/
 * options.c:1804-1809), plugin2 stops (:1823-1827); either way the PPTP
 * words after it are refused (check_refused_not_built says so at each).
 * Said wherever the file is, as it does not depend on this machine. */
static int check_plugin_gone(struct check_ctx *c, size_t entry)
{
	const char *fix = N_("Remove the line and the PPTP options after it; PPTP needs another "
	                     "client on a current Mac.");
	struct check_plugin pl;
	struct buf msg;

	if (!check_plugin_of(c, entry, &pl) || !catalog_plugin_gone(pl.here, c->p))
		return 0;
	buf_init(&msg);
	buf_adds(&msg, _("PPTP.ppp is not on a current Mac: Apple's releases dropped it after "
	         "ppp-847.200.5 (macOS 10.14 by Apple's open-source listings)."));
	if (pl.soft) {
		buf_adds(&msg, _(" pppd logs \"Couldn't load plugin\", goes on, and refuses every "
		         "PPTP option after this line (not verified on a Mac)."));
		check_say_buf(c, CHECK_K_PLUGIN_ABSENT, check_line(c, entry), entry, fix, NULL, &msg);
	} else {
		buf_adds(&msg, _(" plugin2 makes that an option error (\"Couldn't load plugin\"; "
		         "not verified on a Mac)."));
		check_stops(c, check_line(c, entry), &msg);
		check_say_buf(c, CHECK_K_PLUGIN_FILE, check_line(c, entry), entry, fix, NULL, &msg);
	}
	buf_free(&msg);
	return 1;
}

int check_plugin_absent(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = c->file ? c->file->env : NULL;
	struct check_plugin pl;
	struct stat st;
	struct buf path, w;
	int gone;

	(void)word;
	if (c->p == PLATFORM_MACOS)
		return check_plugin_gone(c, entry);
	if (!env || !env->machine || !env->plugin_dir || c->p != PLATFORM_LINUX ||
	    !check_plugin_of(c, entry, &pl) || pl.close || pl.there || !pl.alen ||
	    memchr(pl.arg, '/', pl.alen) || memchr(pl.arg, '\0', pl.alen))
		return 0;
	buf_init(&path);
	buf_printf(&path, "%s/", env->plugin_dir);
	buf_add(&path, pl.arg, pl.alen);
	gone = stat(path.data, &st) < 0 && errno == ENOENT;
	buf_free(&path);
	if (!gone)
		return 0;
	buf_init(&w);
	check_word(&w, pl.arg, pl.alen);
	check_say(c, CHECK_K_PLUGIN_ABSENT, check_line(c, entry), entry,
	          N_("Install the package that has the plugin, or give its full path."), NULL,
	          N_("There is no plugin %s in %s, the plugin folder of the pppd installed on this "
	          "machine. pppd looks for a plugin named without a path only in its own folder, "
	          "and stops when it cannot load one (\"Couldn't load plugin\")."),
	          w.data, env->plugin_dir);
	buf_free(&w);
	return 1;
}

/* pppol2tp in a file every run reads: the plugin looks at the descriptor
 * while it reads the line and calls fatal when it is not a PPPoX socket
 * (linux-ppp-2.5.3/pppd/plugins/pppol2tp/pppol2tp.c:146-151), so a run
 * without that socket stops there, before any serial word; and it takes
 * only the first pppol2tp (:140), so one named again later in the run is
 * an option error (options.c:952). Left out: what program hands the
 * descriptor over, which the pinned source does not show. */
static int check_plugin_global_pppol2tp(struct check_ctx *c, size_t entry)
{
	check_say(c, CHECK_K_GLOBAL_CHANNEL, check_line(c, entry), entry, N_("Remove it: the "
	          "descriptor belongs to one L2TP session, so give it only to the pppd run of "
	          "that session, on its command line or in its peers file."), NULL,
	          N_("Every pppd run on this machine reads this file, and pppol2tp.so looks at "
	          "the descriptor as soon as it reads this line: a run that does not have it open "
	          "as a kernel PPP-over-L2TP socket stops here with a fatal error, before any of "
	          "its own options. A run that has it can name no other: a pppol2tp in its peers "
	          "file or on its command line is refused, and pppd stops (derived from pppd's "
	          "source, not tried)."));
	return 1;
}

/* Linux: a channel plugin takes over only at the word that names its
 * device (catalog_scope_apply); from then on pppd looks words up in that
 * channel's table instead of the serial one (linux-ppp-2.5.3/pppd/
 * options.c:789, plugins/pppoe/plugin.c:397), so a serial-line word read
 * later (a device name, speed, lock, pty, notty...) is unknown. In
 * /etc/ppp/options that is every later file and the command line of every
 * run. Said once, at that word. */
static int check_plugin_global_channel_linux(struct check_ctx *c, size_t entry)
{
	const struct catalog_entry *r = c->row[entry];

	if (c->shared_file != 1 || !r || !r->plugin || !(r->flags & CATALOG_DEVNAM) ||
	    c->said[CHECK_K_GLOBAL_CHANNEL])
		return 0;
	if (strcmp(r->name, "pppol2tp") == 0)
		return check_plugin_global_pppol2tp(c, entry);
	check_say(c, CHECK_K_GLOBAL_CHANNEL, check_line(c, entry), entry, N_("Put the plugin "
	          "line and this word in the peers file of the one connection that uses the "
	          "plugin (/etc/ppp/peers/NAME), not in this file."), NULL,
	          N_("Every pppd run on this machine reads this file, so from this line on every "
	          "run carries its link through %s. A modem or other serial run then stops "
	          "(\"unrecognized option\") at the first serial-line word its peers file or "
	          "command line gives (a device name, a speed, lock, crtscts, pty, notty, "
	          "socket...), since pppd no longer knows those words (derived from pppd's "
	          "source, not tried)."), r->plugin);
	return 1;
}

/* PPPSerial.ppp in a file every pppd on a Mac reads. PPPController passes
 * 'plugin PPPSerial.ppp' itself for a serial or modem service (the plugin
 * named after the service's kind, Controller/ppp_manager.c:780-784), after
 * /etc/ppp/options and ~/.ppprc and before /etc/ppp/postoptions, so such a
 * service loads it twice. Each load runs the plugin's start code
 * (Helpers/pppd/sys-MacOSX.c:3453), which keeps the channel's current
 * check and connect hooks to call after its own (Drivers/PPPSerial/
 * PPPSerial-plugin/main.c:212, :215, :323-324, :648-649): the second
 * time those are its own, so it calls itself. Left out: what a stack
 * without end does to pppd, and services of other kinds, whose plugin
 * takes the link over. 1: said. */
static int check_plugin_serial_twice(struct check_ctx *c, size_t entry)
{
	struct check_plugin pl;

	if (c->p != PLATFORM_MACOS || !c->shared_file || !check_plugin_of(c, entry, &pl) ||
	    !pl.here || strcmp(pl.here, "PPPSerial.ppp") != 0 || c->said[CHECK_K_GLOBAL_CHANNEL])
		return 0;
	check_say(c, CHECK_K_GLOBAL_CHANNEL, check_line(c, entry), entry, N_("Remove it: "
	          "PPPController loads PPPSerial.ppp for every serial or modem service; put "
	          "such a service's modem words in /etc/ppp/peers/<exact service name>, where "
	          "they are known without a plugin line."), NULL,
	          N_("Every pppd on this Mac reads this file, and PPPController loads "
	          "PPPSerial.ppp again for every serial or modem service. Loaded a second time, "
	          "the plugin hooks onto itself: its option check and its connect step then call "
	          "themselves without end, so every such service is expected to fail (derived "
	          "from Apple's source, not tried on a Mac)."));
	return 1;
}

/* Told once: the first channel plugin in a file every pppd reads. */
int check_plugin_global_channel(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_plugin pl;

	(void)word;
	if (c->p == PLATFORM_LINUX)
		return check_plugin_global_channel_linux(c, entry);
	if (check_plugin_serial_twice(c, entry))
		return 1;
	if (!check_plugin_of(c, entry, &pl) || !pl.here || c->p != PLATFORM_MACOS ||
	    !catalog_plugin_is_channel(pl.here, c->p) || !c->shared_file ||
	    c->said[CHECK_K_GLOBAL_CHANNEL])
		return 0;
	/* each of Apple's channel plugins overwrites the channel in place
	 * (Drivers/L2TP/L2TP-plugin/main.c:299), so a service's own plugin,
	 * loaded by the controller after this file, takes it back */
	check_say(c, CHECK_K_GLOBAL_CHANNEL, check_line(c, entry), entry, N_("If only one service "
	          "needs its options, put them in /etc/ppp/peers/<exact service name> instead "
	          "(no plugin line needed there)."), NULL,
	          N_("Every pppd on this Mac reads this file, so every PPP service now starts with "
	          "%s in charge of the link. A VPN or PPPoE service's own plugin, which "
	          "PPPController loads after this file, takes the link over again, but modem and "
	          "serial PPP services are expected to stop working (derived from Apple's source, "
	          "never tried on a Mac), and serial-line options after this line are refused."),
	          pl.here);
	return 1;
}
