/* cli_catalog.c - `pppconf explain`: everything about a directive, for people and scripts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/text.h"
#include "pppd/catalog.h"
#include "pppd/facts.h"
#include "check/check.h"
#include "config/config.h"
#include "cli/cli.h"
#include "cli/cli_catalog_json.h"
#include "cli/cli_catalog_platforms.h"
#include "cli/cli_words.h"
#include "pppd/doc.h"
#include "pppd/lexer.h"


/* What CATALOG_PRIV means, in words (linux-ppp-2.5.3/pppd/options.c:841
 * refuses an OPT_PRIV option from an unprivileged source; main.c:433, options.c:666, :701, :1640, :1686
 * say which sources are privileged, as does plugins/pppoe/plugin.c:329 (read
 * while pppd starts, main.c:443; 2.4.9's plugins/pppoe/plugin.c:322) for
 * options.<interface>; auth.c:950 options on a secrets-file
 * line, also 2.4.9's auth.c:903 and Apple's auth.c:872; auth.c:586
 * privgroup, also Apple's auth.c:505; Apple's options.c:1851 the
 * controller's options, Apple's main.c:426 /etc/ppp/postoptions). */
static const char *const cli_catalog_priv_text = N_(
	"yes: pppd takes it only from a privileged source: /etc/ppp/options, "
	"/etc/ppp/options.<tty> (on Linux, /etc/ppp/options.<interface> when pppoe.so "
	"runs on an interface), a peers file read by call, a file named by 'file' in one "
	"of those, options on a line of a secrets file, and ~/.ppprc or the command line "
	"when root starts pppd, or a member of a group that privgroup names in "
	"/etc/ppp/options does (on macOS also PPPController's options and "
	"/etc/ppp/postoptions).");

/* Where each platform's pppd looks for a plugin named without '/'. */
static const struct {
	enum platform p;
	const char *text;
} cli_plugin_homes[] = {
	/* pppd puts a name that does not begin with '/' after DIR_KEXT, even one
	 * with a '/' further on, as it looks at the first character only
	 * (apple-ppp-1027.121.1/Helpers/pppd/sys-MacOSX.c:3437-3443). DIR_KEXT is
	 * set in Apple's Controller/ppp_option.h at the same tag, a file the
	 * pinned copy lacks.
	 * A failed load: Helpers/pppd/options.c:1798-1830. */
	{ PLATFORM_MACOS,
	  "On macOS a plugin is a bundle. A name that does not begin with '/' (even "
	  "one such as ./X.ppp or sub/X.ppp) is looked up in pppd's plug-in folder, "
	  "/System/Library/SystemConfiguration/PPPController.bundle/Contents/PlugIns/ "
	  "(set in Apple's Controller/ppp_option.h, which is not in the source copy "
	  "pppconf follows; not verified on a Mac), so 'plugin L2TP.ppp' "
	  "loads the bundle L2TP.ppp from there. "
	  "If the bundle cannot be loaded, pppd only logs it and goes on ('plugin2' makes "
	  "that fatal)." },
	/* the folder: linux-ppp-2.4.9/pppd/pathnames.h:65, 2.5.3's :81; the
	 * version check and the stop: linux-ppp-2.5.3/pppd/options.c:1826, :1837;
	 * a secrets-file line's result is not looked at: linux-ppp-2.5.3/pppd/
	 * auth.c:950, linux-ppp-2.4.9/pppd/auth.c:903 */
	{ PLATFORM_LINUX,
	  "On Linux a plugin is a shared library. A name without '/' is looked up in "
	  "pppd's plugin folder, which is fixed when pppd is built (<libdir>/pppd/<pppd "
	  "version>/ unless the build says otherwise, so /usr/lib/pppd/2.4.9/pppoe.so "
	  "for a 2.4.9 built for /usr); a name with '/' is used as it is. A plugin that "
	  "names another pppd version is refused. A failure to load stops pppd, except "
	  "on a line of a secrets file, where it is only logged." },
};

/* Prints first, then text wrapped after it (cli_wrap). */
static void cli_lead(const char *first, size_t indent, const char *text)
{
	fputs(first, stdout);
	cli_wrap(stdout, (size_t)text_width(first, strlen(first), i18n_utf8()), indent, text);
}

/* A fact under its label (English, marked N_(): shown translated), the
 * facts lined up at column 14 unless a label is wider. */
static void cli_field(const char *label, const char *text)
{
	char first[64];
	const char *l = *label ? _(label) : "";
	int w = text_width(l, strlen(l), i18n_utf8());

	snprintf(first, sizeof first, "  %s%*s", l, w < 12 ? 12 - w : 1, "");
	cli_lead(first, 14, text);
}

static void cli_value_text(const struct catalog_entry *e, struct buf *b)
{
	if (e->flags & CATALOG_WILDCARD) {
		buf_adds(b, _("none: the word itself is the setting"));
		return;
	}
	if (e->nargs == 0) {
		buf_adds(b, _("none (the name alone)"));
		return;
	}
	buf_printf(b, "<%s>, %s", e->argname ? e->argname : catalog_arg_name(e->arg),
	           catalog_arg_name(e->arg));
	if (e->arg == CATALOG_ARG_ENUM && e->values)
		buf_printf(b, _(": one of %s"), e->values);
	if (catalog_arg_text(e->arg) && (e->flags & CATALOG_HAS_MAX))
		buf_printf(b, _(", at most %lld bytes (pppd cuts a longer one)"), e->hi);
	else if ((e->flags & CATALOG_HAS_MIN) && (e->flags & CATALOG_HAS_MAX))
		buf_printf(b, _(", %lld to %lld"), e->lo, e->hi);
	else if ((e->flags & CATALOG_HAS_MIN) && (e->flags & CATALOG_ZEROOK))
		buf_printf(b, _(", 0 or at least %lld"), e->lo);
	else if (e->flags & CATALOG_HAS_MIN)
		buf_printf(b, _(", at least %lld"), e->lo);
	else if (e->flags & CATALOG_HAS_MAX)
		buf_printf(b, _(", at most %lld"), e->hi);
	/* What pppd does with another word differs by row (reset, ignored...):
	 * the explanation says; here only that pppd does not refuse it. */
	if ((e->flags & CATALOG_SOFTRANGE) && e->arg == CATALOG_ARG_ENUM)
		buf_adds(b, _(" (pppd also takes any other word)"));
	else if (e->flags & CATALOG_SOFTRANGE)
		buf_adds(b, _(" (pppd takes a value outside, logs an error and uses the default)"));
	else if (e->flags & CATALOG_WORKS)
		buf_adds(b, _(" to work (pppd takes any number: see below)"));
	/* A row whose smallest value is 0 or more resets a negative number
	 * before the plugin hands it on (Apple's L2TP-plugin/main.c:337), so
	 * only a number above 65535 reaches the 16 bits. */
	/* pppol2tp.so keeps the whole number; only openl2tp.so, a separate
	 * plugin, cuts it to 16 bits (openl2tp.c:183) */
	if ((e->flags & CATALOG_U16) && e->plugin && strcmp(e->plugin, "pppol2tp.so") == 0)
		buf_adds(b, _("; openl2tp.so, when loaded, passes it on in 16 bits, so a number above 65535 or below 0 wraps"));
	else if ((e->flags & CATALOG_U16) && !e->plugin)
		buf_adds(b, _("; pppd sends it to the peer in 16 bits, so a number above 65535 or below 0 wraps"));
	else if ((e->flags & CATALOG_U16) && (e->flags & CATALOG_HAS_MIN) && e->lo >= 0)
		buf_adds(b, _("; the plugin passes it on in 16 bits, so a number above 65535 wraps"));
	else if (e->flags & CATALOG_U16)
		buf_adds(b, _("; the plugin passes it on in 16 bits, so a number above 65535 or below 0 wraps"));
	if (e->arg == CATALOG_ARG_INT)
		buf_adds(b, _("; 0x.. is hex, a leading 0 octal"));
}

/* The platform explain was asked about, when it shows the other one's row. */
static enum platform cli_explain_asked;

/* What `pppconf check` says about a file holding just this directive (and
 * its plugin line): the risks come from the same code as the checks. */
static void cli_explain_checks(const struct catalog_entry *e, enum platform p, int other)
{
	struct buf text;
	struct doc d;
	struct check_report rep;
	/* Judged as the file the heading below names, which pppd reads with
	 * privilege; its owner and mode are not known, so not judged. */
	struct check_file where = { 0 };
	size_t i, shown = 0;

	where.path = "/etc/ppp/options";
	if ((e->flags & CATALOG_WILDCARD) || strcmp(e->name, "plugin") == 0 ||
	    strcmp(e->name, "plugin2") == 0)
		return;
	buf_init(&text);
	if (e->plugin)
		buf_printf(&text, "plugin %s\n", e->plugin);
	buf_adds(&text, e->name);
	buf_adds(&text, e->nargs ? " x\n" : "\n");
	doc_load(&d, text.data, text.len, lexer_dialect_for(p), catalog_arity, &p);
	check_run(&d, p, &where, &rep);
	for (i = 0; i < rep.n; i++) {
		const struct check_finding *f = &rep.items[i];
		char first[40];
		if (strcmp(check_finding_id(f), "bad-value") == 0 ||
		    strcmp(check_finding_id(f), "odd-value") == 0)
			continue;
		/* a row of the other platform only: say whose check this is,
		 * since this platform's check refuses the word outright */
		if (!shown++)
			fputs(!other ? _("\n  In /etc/ppp/options, pppconf check says:\n") :
			      p == PLATFORM_LINUX ?
			      _("\n  In Linux's /etc/ppp/options, pppconf check says:\n") :
			      _("\n  In a Mac's /etc/ppp/options, pppconf check says:\n"), stdout);
		snprintf(first, sizeof first, "    %s: ",
		         C_("severity", check_severity_name(check_finding_severity(f))));
		cli_lead(first, 6, check_message(&rep, f));
		if (check_fix(&rep, f))
			cli_lead(_("      fix: "), 11, check_fix(&rep, f));
	}
	check_report_free(&rep);
	doc_free(&d);
	buf_free(&text);
}

/* The short facts under the summary: value, platforms, plugin, privilege... */
/* "Ranked:": why a later line may not replace the value (config_rank.c). */
static void cli_explain_rank(const struct catalog_entry *e, enum platform p, struct buf *b)
{
	if (config_rank_text(p, e, b)) {
		cli_field(N_("Ranked:"), b->data);
		buf_reset(b);
	}
}

/* "Plugin:": which plugin brings the word, and where its line belongs. */
static void cli_explain_plugin(const struct catalog_entry *e, enum platform p, struct buf *b)
{
	if (e->flags & CATALOG_CHANNEL)
		buf_printf(b, _("%s: pppd knows this option only after a 'plugin %s' line "
		           "above it, and only while no other link plugin was loaded after "
		           "that."), e->plugin, e->plugin);
	else
		buf_printf(b, _("%s: pppd knows this option only after a 'plugin %s' line "
		           "above it."), e->plugin, e->plugin);
	/* PPPController writes "plugin <subtype>.ppp" before the service's
	 * `call` (apple-ppp-1027.121.1/Controller/ppp_manager.c:781-785,
	 * :1426), so a service's peers file meets its plugin loaded */
	if (p == PLATFORM_MACOS && e->platforms == PLATFORM_MACOS &&
	    (catalog_plugin_is_channel(e->plugin, PLATFORM_MACOS) ||
	     strcmp(e->plugin, "PPPSerial.ppp") == 0))
		buf_printf(b, _(" A service's own peers file needs no such line: PPPController "
		           "loads the service's plugin (%s for its kind of service) before pppd "
		           "reads that file (derived from Apple's source, not tried on a Mac)."),
		           e->plugin);
	/* 2.4.9's Makefile installs rp-pppoe.so as a link to pppoe.so. */
	if (strcmp(e->plugin, "pppoe.so") == 0)
		buf_adds(b, _(" Linux pppd 2.4.9 also installs it as rp-pppoe.so, "
		           "so 'plugin rp-pppoe.so' brings the same options there."));
	cli_field(N_("Plugin:"), b->data);
	buf_reset(b);
}

static void cli_explain_fields(const struct catalog_entry *e, enum platform p, struct buf *b)
{
	cli_value_text(e, b);
	cli_field(N_("Value:"), b->data);
	buf_reset(b);
	cli_explain_platforms(e, p, b);
	cli_field(N_("Platforms:"), b->data);
	buf_reset(b);
	if (e->plugin)
		cli_explain_plugin(e, p, b);
	if (e->flags & CATALOG_TTY) {
		/* a row only Apple's pppd has meets only Apple's channel plugins,
		 * and a row only Linux's pppd has meets only Linux's: pppoe.so,
		 * pppoatm.so and pppol2tp.so each put their own channel in place
		 * (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:397,
		 * pppoatm/pppoatm.c:99, pppol2tp/pppol2tp.c:185) */
		if (e->platforms == PLATFORM_MACOS)
			buf_adds(b, _("a serial-line (tty) option: unknown once a plugin such as "
			          "L2TP.ppp or PPPoE.ppp has taken over the link."));
		else if (e->platforms == PLATFORM_LINUX)
			buf_adds(b, _("a serial-line (tty) option: unknown once a plugin such as "
			          "pppoe.so, pppoatm.so or pppol2tp.so has taken over the link."));
		else
			buf_adds(b, _("a serial-line (tty) option: unknown once a plugin such as "
			          "L2TP.ppp, PPPoE.ppp or pppoe.so has taken over the link."));
		/* see check_noeffect.c for the source */
		if (check_serial_word_idles(e->name, p))
			buf_adds(b, _(" Read before that, it is accepted but never used: the "
			          "serial line's steps that read it do not run."));
		cli_field(N_("Link:"), b->data);
		buf_reset(b);
	}
	if ((e->flags & CATALOG_PRIV) && e->linux_priv_since) {
		/* OPT_PRIV only from that release: 2.4.9 takes set, unset and
		 * defaultroute from any source (linux-ppp-2.4.9/pppd/options.c:314) */
		buf_adds(b, _(cli_catalog_priv_text));
		buf_printf(b, _(" That holds only since Linux pppd %s; 2.4.9 takes it from any source."),
		           e->linux_priv_since);
		cli_field(N_("Privileged:"), b->data);
		buf_reset(b);
	} else if ((e->flags & CATALOG_PRIV) && e->cite && strstr(e->cite, " OPT_INITONLY")) {
		/* OPT_INITONLY: options on a secrets-file line come after start-up
		 * and are refused (linux-ppp-2.5.3/pppd/options.c:836, 2.4.9's
		 * options.c:692; they are read at auth.c:950) */
		buf_adds(b, _(cli_catalog_priv_text));
		buf_adds(b, _(" A line of a secrets file is the exception here: pppd takes this "
		           "option only while it starts, so it refuses it there."));
		cli_field(N_("Privileged:"), b->data);
		buf_reset(b);
	} else {
		cli_field(N_("Privileged:"), (e->flags & CATALOG_PRIV) ? _(cli_catalog_priv_text) :
		          C_("privileged", "no"));
	}
	/* OPT_PRIVFIX lifts a value from any privileged source (root, a
	 * privgroup member, /etc/ppp/options, a peers file from call) above
	 * every unprivileged one (linux-ppp-2.5.3/pppd/options.c:817-829), so
	 * a user who calls a peers file can still change it. */
	if (e->flags & CATALOG_PRIVFIX)
		cli_field("", _("a value from a privileged source cannot be replaced from an "
		          "unprivileged one."));
	cli_explain_rank(e, p, b);
	if (e->flags & CATALOG_HIDE)
		cli_field(N_("Secret:"), _("pppd hides the value in its logs; pppconf masks it."));
	buf_printf(b, "%s - %s", catalog_category_name(e->category),
	           catalog_category_title(e->category));
	cli_field(N_("Category:"), b->data);
	buf_reset(b);
	if (e->alias_of) {
		buf_printf(b, _("another name for %s"), e->alias_of);
		cli_field(N_("Alias:"), b->data);
		buf_reset(b);
	}
	if ((e->flags & CATALOG_NOTBUILT) && e->platforms == PLATFORM_LINUX)
		cli_field("Linux:", _("in Linux pppd's source only behind a debugging switch that "
		          "no build file of 2.4.9 or 2.5.3 turns on, so pppd as built there refuses "
		          "the word."));
	else if (catalog_plugin_gone(e->plugin, PLATFORM_MACOS))
		cli_field("macOS:", _("from Apple's PPTP.ppp, which macOS no longer ships: its "
		          "source is last in Apple's ppp-847.200.5 (macOS 10.14 by Apple's open-source "
		          "listings), so a later Mac's pppd cannot load the plugin and does not know the "
		          "word (not verified on a Mac)."));
	else if (e->flags & CATALOG_NOTBUILT)
		cli_field("macOS:", _("in Apple's source only behind a build switch that Apple's "
		          "Xcode project leaves off, so the pppd Apple ships is expected to refuse the "
		          "word (that project is not in the source copy pppconf follows; not verified "
		          "on a Mac)."));
	if (e->flags & CATALOG_NOOP)
		cli_field(N_("Effect:"), _("accepted, but does nothing in Linux pppd 2.5.3."));
	if (e->flags & CATALOG_NOOP_MACOS)
		cli_field(N_("Effect:"), _("accepted, but does nothing in Apple's pppd."));
}

/* plugin and plugin2: where plugins live, why order matters, which ones
 * pppconf knows. */
static void cli_explain_plugins(const struct catalog_entry *e, struct buf *b)
{
	size_t i;

	for (i = 0; i < sizeof cli_plugin_homes / sizeof cli_plugin_homes[0]; i++)
		if (e->platforms & cli_plugin_homes[i].p) {
			fputc('\n', stdout);
			cli_lead("  ", 2, cli_plugin_homes[i].text);
		}
	fputc('\n', stdout);
	/* Apple's L2TP and PPPoE plugins clear the channel and put their own
	 * options in (apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/main.c:299-300,
	 * Drivers/PPPoE/PPPoE-plugin/main.c:158-159); PPTP.ppp's source is not
	 * among the pinned ones */
	cli_lead("  ", 2, _("Order matters: a plugin's options exist only after its "
	         "plugin line has been read, so 'plugin L2TP.ppp' must come before "
	         "'l2tpnoipsec'. On macOS, L2TP.ppp and PPPoE.ppp replace the serial "
	         "line, so serial options (lock, crtscts, a device path, a speed) after them "
	         "are refused; PPTP.ppp is expected to do the same (its source is not "
	         "among those pppconf follows)."));
	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *r = catalog_at(i);
		if (r->plugin && (r->platforms & e->platforms) &&
		    catalog_plugin_name(r->plugin, strlen(r->plugin),
		                        (enum platform)(r->platforms & e->platforms)) == r->plugin &&
		    !strstr(b->data ? b->data : "", r->plugin)) {
			buf_printf(b, "%s%s", b->len ? ", " : "", r->plugin);
		}
	}
	fputc('\n', stdout);
	cli_field(N_("Plugins:"), b->data ? b->data : "");
	buf_reset(b);
}

/* Related and conflicting names, Linux versions, the source, the checks. */
static void cli_explain_tail(const struct catalog_entry *e, enum platform p, struct buf *b)
{
	fputc('\n', stdout);
	/* only the names this pppd has (remotename's pap-secrets is Linux's) */
	catalog_names_on(e->related, e, p, b);
	if (b->len)
		cli_field(N_("Related:"), b->data);
	catalog_names_on(e->conflicts, e, p, b);
	if (b->len)
		cli_field(N_("Conflicts:"), b->data);
	buf_reset(b);
	if (e->platforms & PLATFORM_LINUX) {
		if (e->linux_since && strncmp(e->linux_since, "after ", 6) == 0)
			buf_printf(b, _("added after %s"), e->linux_since + 6);
		else if (e->linux_since)
			buf_printf(b, _("since %s"), e->linux_since);
		if (e->linux_removed)
			buf_printf(b, _("%sremoved in %s"), b->len ? "; " : "", e->linux_removed);
		if (e->linux_priv_since)
			buf_printf(b, _("%sprivileged since %s"), b->len ? "; " : "",
			           e->linux_priv_since);
		if (b->len)
			cli_field("Linux pppd:", b->data);
		buf_reset(b);
	}
	if (e->cite && *e->cite)
		cli_field(strchr(e->cite, '\n') ? N_("Sources:") : N_("Source:"), e->cite);
	else
		cli_field(N_("Source:"), _("no pinned source: not verified (see the explanation)"));
	cli_explain_checks(e, (e->platforms & p) ? p : (enum platform)(e->platforms &
	                   (p == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS)),
	                   !(e->platforms & p) || (cli_explain_asked && cli_explain_asked != p));
}

static void cli_explain_row(const struct catalog_entry *e, enum platform p)
{
	/* an alias says what is particular to its spelling; what the option
	 * does, and its risk, are its real row's */
	const struct catalog_entry *real = facts_real(e, p);
	const struct catalog_entry *risk = e->risk ? e : real && real->risk ? real : NULL;
	struct buf b;

	buf_init(&b);
	printf("%s", e->name);
	if (e->nargs && !(e->flags & CATALOG_WILDCARD))
		printf(" <%s>", e->argname ? e->argname : catalog_arg_name(e->arg));
	fputc('\n', stdout);
	cli_lead("  ", 2, e->summary && *e->summary ? facts_text(e, FACTS_SUMMARY)
	         : _("(no summary written yet)"));
	fputc('\n', stdout);
	cli_explain_fields(e, p, &b);
	fputc('\n', stdout);
	if (facts_text_note(e))
		cli_lead("  ", 2, facts_text_note(e));
	cli_lead("  ", 2, e->explain && *e->explain ? facts_text(e, FACTS_EXPLAIN)
	         : _("(no explanation written yet)"));
	if (real && real->explain && *real->explain) {
		fputc('\n', stdout);
		buf_reset(&b);
		buf_printf(&b, _("%s: %s"), real->name, facts_text(real, FACTS_EXPLAIN));
		cli_lead("  ", 2, b.data);
		buf_reset(&b);
	}
	if (risk && *risk->risk) {
		fputc('\n', stdout);
		cli_lead(_("  Risk: "), 8, facts_text(risk, FACTS_RISK));
	}
	if (strcmp(e->name, "plugin") == 0 || strcmp(e->name, "plugin2") == 0)
		cli_explain_plugins(e, &b);
	cli_explain_tail(e, p, &b);
	buf_free(&b);
}

/* An old, patched or other pppd's spelling: what to write instead, on
 * out. 1 when the table knows it. */
static int cli_explain_legacy(const char *name, enum platform p, FILE *out)
{
	const struct catalog_legacy *l = catalog_legacy_find(name, strlen(name), p);
	struct buf rep, why;

	if (!l)
		return 0;
	buf_init(&rep);
	buf_init(&why);
	if (catalog_legacy_rewrite(l, NULL, NULL, 0, &rep, &why) && rep.len)
		buf_printf(&why, _(" Write '%s' instead."), rep.data);
	else if (l->kind == CATALOG_LEGACY_DELETE)
		buf_adds(&why, _(" Delete the line."));
	else if (l->kind == CATALOG_LEGACY_RENAME)
		buf_printf(&why, _(" Write '%s <value>' instead."), l->now);
	fprintf(out, "%s\n", why.data);
	buf_free(&rep);
	buf_free(&why);
	return 1;
}

/* Prints one explanation (text), or adds the row to the array (JSON). */
static void cli_explain_show(struct cli_json *j, const struct catalog_entry *e,
                             const char *asked, enum platform p, int *printed)
{
	if (j) {
		cli_catalog_json_row(j, e, asked, 1);
		return;
	}
	if ((*printed)++)
		fputs("\n----\n\n", stdout);
	cli_explain_row(e, p);
}

/* One name: 0 explained, 1 unknown (said on stderr, with the closest names). */
static int cli_explain_one(struct cli_json *j, const char *name, enum platform p, int *printed)
{
	enum platform other = p == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS;
	const struct catalog_entry *rows[8], *w;
	size_t n, i, shown = 0;

	n = catalog_rows_named(name, rows, 8);
	if (n > 8)
		n = 8;
	for (i = 0; i < n; i++)
		if (rows[i]->platforms & p) {
			cli_explain_show(j, rows[i], name, p, printed);
			shown++;
		}
	if (!shown && n) {
		for (i = 0, w = NULL; i < n && !w; i++)
			if (rows[i]->platforms & other)
				w = rows[i];
		if (j) {
			if (w)
				cli_catalog_json_row(j, w, name, 1);
			return 0;
		}
		if ((*printed)++)
			fputs("\n----\n\n", stdout);
		/* a word the other pppd has only behind a switch its builds leave off
		 * is not in that pppd either, as the row below says */
		if (w && (w->flags & CATALOG_NOTBUILT))
			printf(_("'%s' is in %s's pppd source only behind a build switch that is left "
			         "off (see below); %s's pppd does not know it.\n"), name,
			       platform_display(other), platform_display(p));
		else
			printf(_("'%s' exists only in %s's pppd; %s's pppd does not know it.\n"), name,
			       platform_display(other), platform_display(p));
		cli_explain_legacy(name, p, stdout);
		fputc('\n', stdout);
		cli_explain_asked = p;
		if (w)
			cli_explain_row(w, other);
		cli_explain_asked = 0;
		return 0;
	}
	if (shown)
		return 0;
	if ((w = catalog_match(name, strlen(name), p)) != NULL) {
		if (!j && (*printed)++)
			fputs("\n----\n\n", stdout);
		if (!j)
			printf(_("'%s' is not a directive name; pppd reads the word itself as %s:\n\n"),
			       name, w->name);
		if (j)
			cli_catalog_json_row(j, w, name, 1);
		else
			cli_explain_row(w, p);
		return 0;
	}
	return 1;
}

/* The names explain does not know, each with the closest ones. */
static void cli_explain_unknown(struct cli_json *j, int argc, char **argv, enum platform p,
                                const unsigned char *unknown)
{
	const struct catalog_entry *sug[4];
	size_t k, i;
	int a;

	cli_json_open(j, "unknown", '[');
	for (a = 1; a < argc; a++) {
		if (!unknown[a])
			continue;
		cli_json_open(j, NULL, '{');
		cli_json_str(j, "name", argv[a]);
		cli_json_open(j, "suggestions", '[');
		k = catalog_suggest(argv[a], strlen(argv[a]), p, sug, 4);
		for (i = 0; i < k; i++)
			cli_json_str(j, NULL, sug[i]->name);
		cli_json_close(j);
		cli_json_close(j);
	}
	cli_json_close(j);
}

int cli_explain(const struct cli_opts *o, int argc, char **argv)
{
	struct cli_json j, *jp = o->json ? &j : NULL;
	unsigned char *unknown;
	int i, any = 0, printed = 0, rc;

	if (argc < 2) {
		cli_json_error("usage: pppconf explain NAME... (see pppconf list)");
		return CLI_FAIL;
	}
	unknown = calloc((size_t)argc, 1);
	if (!unknown)
		return CLI_FAIL;
	if (jp) {
		cli_json_begin(jp, "explain");
		cli_json_str(jp, "platform", platform_name(o->platform));
		cli_json_open(jp, "directives", '[');
	}
	for (i = 1; i < argc; i++) {
		unknown[i] = (unsigned char)cli_explain_one(jp, argv[i], o->platform, &printed);
		any |= unknown[i];
	}
	/* an unknown name is a usage error, as in every command that takes one */
	for (i = 1; i < argc; i++)
		if (unknown[i])
			cli_words_known(argv[i], o->platform, 0);
	rc = any ? CLI_FAIL : CLI_OK;
	if (jp) {
		cli_json_close(jp);
		cli_explain_unknown(jp, argc, argv, o->platform, unknown);
		cli_json_end(jp, rc, NULL);
	}
	free(unknown);
	fflush(stdout);
	return rc;
}
