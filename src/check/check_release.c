/* check_release.c - the rules about the Linux pppd releases that know a word: too new, removed, privileged since, and the release --pppd-version names. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

/* "2.5.3" -> 20503; "after 2.5.3" -> 20504 (a release after it). */
static long check_release_version(const char *v)
{
	long a = 0, b = 0, cc = 0, after = 0;

	if (strncmp(v, "after ", 6) == 0) {
		after = 1;
		v += 6;
	}
	a = strtol(v, (char **)&v, 10);
	if (*v == '.')
		b = strtol(v + 1, (char **)&v, 10);
	if (*v == '.')
		cc = strtol(v + 1, (char **)&v, 10);
	return a * 10000 + b * 100 + cc + after;
}

/* The release --pppd-version named, as check_release_version reads it; 0: none. */
static long check_release_known(const struct check_ctx *c)
{
	return c->p == PLATFORM_LINUX && c->file && c->file->pppd_version
	       ? check_release_version(c->file->pppd_version) : 0;
}

/* "since": the release notes name the release a change came in; what
 * releases after 2.5.3 do is not in the sources pppconf follows. The
 * releases in words, in b (reset), for a sentence's %s. */
static const char *check_release_text(struct buf *b, const char *v)
{
	buf_reset(b);
	if (strncmp(v, "after ", 6) == 0)
		buf_printf(b, _("Linux pppd releases after %s"), v + 6);
	else
		buf_printf(b, _("Linux pppd since %s"), v);
	return b->data;
}

/* Linux renamed rp-pppoe.so to pppoe.so in 2.4.9, which still installs a
 * link under the old name (linux-ppp-2.4.9/pppd/plugins/pppoe/Makefile.linux:47);
 * 2.5.3 installs none (its Makefile.am has no such link). Which 2.5 release
 * dropped it is not in the sources pppconf follows: 2.5.3 is what it knows. */
static const struct {
	const char *old, *now, *since, *gone;    /* since: the new name's first release */
} check_release_renames[] = {
	{ "rp-pppoe.so", "pppoe.so", "2.4.9", "2.5.3" },   /* linux-ppp-2.4.9/README:96 */
};

int check_release_same_plugin(const char *a, const char *b)
{
	size_t i;

	if (strcmp(a, b) == 0)
		return 1;
	for (i = 0; i < sizeof check_release_renames / sizeof check_release_renames[0]; i++)
		if ((strcmp(a, check_release_renames[i].old) == 0 &&
		     strcmp(b, check_release_renames[i].now) == 0) ||
		    (strcmp(b, check_release_renames[i].old) == 0 &&
		     strcmp(a, check_release_renames[i].now) == 0))
			return 1;
	return 0;
}

/* The first Linux release without a plugin: the plugin is taken as gone
 * when each of its Linux rows names a release it was removed in (the
 * latest of them), as passprompt.so's promptprog does: the 2.5.3 README
 * says 2.5.2 dropped that plugin (linux-ppp-2.5.3/README:134), and 2.5.3's
 * plugins/Makefile.am:1 builds no passprompt.so. A plugin with any row
 * still present, or with no rows, is not called gone. */
static const char *check_release_plugin_gone(const char *plugin)
{
	const char *gone = NULL;
	size_t i;

	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *e = catalog_at(i);

		if (!e->plugin || !(e->platforms & PLATFORM_LINUX) || strcmp(e->plugin, plugin) != 0)
			continue;
		if (!e->linux_removed)
			return NULL;
		if (!gone || check_release_version(e->linux_removed) > check_release_version(gone))
			gone = e->linux_removed;
	}
	return gone;
}

/* A plugin line naming a plugin newer Linux pppd no longer has. */
static int check_release_renamed(struct check_ctx *c, size_t entry)
{
	struct check_plugin pl;
	struct buf rep;
	const char *gone;
	size_t i;
	int said = 0;

	if (!check_plugin_of(c, entry, &pl) || !pl.here)
		return 0;
	for (i = 0; i < sizeof check_release_renames / sizeof check_release_renames[0]; i++) {
		/* with the release known, check_release_plugin says what there is */
		if (strcmp(pl.here, check_release_renames[i].old) != 0 || check_release_known(c))
			continue;
		buf_init(&rep);
		buf_printf(&rep, "plugin %s", check_release_renames[i].now);
		check_say(c, CHECK_K_REMOVED, check_line(c, entry), entry, N_("Use the new name, "
		          "which Linux pppd 2.4.9 and 2.5.3 both know."), rep.data, N_("Linux pppd %s "
		          "has no %s (it became %s): there pppd cannot load it and refuses to "
		          "start."), check_release_renames[i].gone, pl.here,
		          check_release_renames[i].now);
		buf_free(&rep);
		said = 1;
	}
	if (!check_release_known(c) && (gone = check_release_plugin_gone(pl.here)) != NULL) {
		buf_init(&rep);
		check_say(c, CHECK_K_REMOVED, check_line(c, entry), entry, N_("Keep it only for an "
		          "older pppd; otherwise remove it and the plugin's options."), NULL,
		          N_("The plugin %s is gone from %s: there pppd cannot load it and refuses "
		          "to start."), pl.here, check_release_text(&rep, gone));
		buf_free(&rep);
		said = 1;
	}
	return said;
}

int check_release_removed(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);
	struct buf msg, fix, rep;
	int has_rep;

	(void)word;
	if (c->p != PLATFORM_LINUX)
		return 0;
	/* with the release known, check_release_refused has said what there is */
	if (!r->linux_removed || check_release_known(c))
		return check_release_renamed(c, entry);
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	buf_printf(&msg, _("'%.*s' is gone from %s: there pppd stops with \"unrecognized option\" "
	           "and refuses to start."), (int)nlen, name, check_release_text(&fix,
	           r->linux_removed));
	buf_reset(&fix);
	if (!check_spelling_legacy_advice(c, entry, &fix, &rep, &has_rep))
		has_rep = 0;
	check_say_buf(c, CHECK_K_REMOVED, check_line(c, entry), entry, fix.len ? fix.data : NULL,
	              has_rep ? rep.data : NULL, &msg);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&rep);
	return 1 | check_release_renamed(c, entry);
}

int check_release_lacks(const struct check_ctx *c, const struct catalog_entry *r)
{
	long since;

	if (c->p != PLATFORM_LINUX || !r->linux_since)
		return 0;
	since = check_release_version(r->linux_since);
	/* with the release named, any younger name; else those after 2.4.9 */
	return check_release_known(c) ? check_release_known(c) < since : since > 20409;
}

int check_release_before(const struct check_ctx *c, const char *v)
{
	long known = check_release_known(c);

	return known && known < check_release_version(v);
}

int check_release_from(const struct check_ctx *c, const char *v)
{
	long known = check_release_known(c);

	return known && known >= check_release_version(v);
}

int check_release_is(const struct check_ctx *c, const char *v)
{
	long known = check_release_known(c);

	return known && known == check_release_version(v);
}

int check_release_gone(const struct check_ctx *c, const struct catalog_entry *r)
{
	long known = check_release_known(c);

	return c->p == PLATFORM_LINUX && r->linux_removed &&
	       (!known || known >= check_release_version(r->linux_removed));
}

int check_release_needs_newer(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);
	const char *ps;

	(void)word;
	/* 2.4.9 (2021) is the oldest pppd in maintained distributions; only
	 * options younger than that are worth a warning. */
	if (c->p != PLATFORM_LINUX || !r->linux_since || check_release_version(r->linux_since) <= 20409)
		return 0;
	/* with the release known, check_release_refused has said what there is,
	 * unless the release falls where pppconf cannot tell: "after 2.4.9" is
	 * a word 2.5.3 has (the newest release pppconf follows), from a 2.5
	 * release it cannot name */
	if (check_release_known(c) && (strncmp(r->linux_since, "after ", 6) != 0 ||
	                               check_release_known(c) < check_release_version(r->linux_since) ||
	                               check_release_known(c) >= 20503))
		return 0;
	if (strncmp(r->linux_since, "after ", 6) == 0)
		check_say(c, CHECK_K_NEEDS_NEWER, check_line(c, entry), entry, NULL, NULL,
		          N_("'%.*s' exists only in Linux pppd releases after %s; an older pppd "
		          "stops with \"unrecognized option\" (see pppd --version)."), (int)nlen,
		          name, r->linux_since + 6);
	else if (r->plugin && (ps = catalog_plugin_since(r->plugin)) != NULL &&
	         check_release_version(ps) >= check_release_version(r->linux_since))
		/* the plugin is as new as the word: an older pppd has no such
		 * plugin and stops at the plugin line instead
		 * (linux-ppp-2.5.3/pppd/options.c:1826, :1838) */
		check_say(c, CHECK_K_NEEDS_NEWER, check_line(c, entry), entry, NULL, NULL,
		          N_("'%.*s' comes with the plugin %s, which exists only in Linux pppd since "
		          "%s; an older pppd cannot load the plugin and stops at the line 'plugin "
		          "%s' (see pppd --version)."), (int)nlen, name,
		          r->plugin, ps, r->plugin);
	else
		check_say(c, CHECK_K_NEEDS_NEWER, check_line(c, entry), entry, NULL, NULL,
		          N_("'%.*s' exists only in Linux pppd since %s; an older pppd stops with "
		          "\"unrecognized option\" (see pppd --version)."), (int)nlen, name,
		          r->linux_since);
	return 1;
}

/* A plugin line naming a plugin newer than the release: pppd cannot load
 * it (linux-ppp-2.5.3/pppd/options.c:1826, "Couldn't load plugin"). */
static int check_release_plugin(struct check_ctx *c, size_t entry, long v)
{
	struct check_plugin pl;
	const char *since;
	struct buf msg, rel;
	size_t i;

	if (!check_plugin_of(c, entry, &pl) || !pl.here)
		return 0;
	for (i = 0; i < sizeof check_release_renames / sizeof check_release_renames[0]; i++)
		if (strcmp(pl.here, check_release_renames[i].old) == 0 &&
		    v >= check_release_version(check_release_renames[i].gone)) {
			buf_init(&msg);
			buf_init(&rel);
			buf_printf(&msg, _("Linux pppd %s has no plugin %s (\"Couldn't "
			           "load plugin\"): it became %s."), c->file->pppd_version, pl.here,
			           check_release_renames[i].now);
			buf_printf(&rel, "plugin %s", check_release_renames[i].now);
			check_stops(c, check_line(c, entry), &msg);
			check_say_buf(c, CHECK_K_RELEASE, check_line(c, entry), entry,
			              N_("Use the new name."), rel.data, &msg);
			buf_free(&msg);
			buf_free(&rel);
			return 1;
		}
	/* the new name before it existed: the old one is what that pppd has */
	for (i = 0; i < sizeof check_release_renames / sizeof check_release_renames[0]; i++)
		if (strcmp(pl.here, check_release_renames[i].now) == 0 &&
		    v < check_release_version(check_release_renames[i].since)) {
			buf_init(&msg);
			buf_init(&rel);
			buf_printf(&msg, _("Linux pppd %s has no plugin %s (\"Couldn't "
			           "load plugin\"): before %s it was called %s."), c->file->pppd_version,
			           pl.here, check_release_renames[i].since, check_release_renames[i].old);
			buf_printf(&rel, "plugin %s", check_release_renames[i].old);
			check_stops(c, check_line(c, entry), &msg);
			check_say_buf(c, CHECK_K_RELEASE, check_line(c, entry), entry,
			              N_("Use the name that release has."), rel.data, &msg);
			buf_free(&msg);
			buf_free(&rel);
			return 1;
		}
	if ((since = check_release_plugin_gone(pl.here)) != NULL &&
	    v >= check_release_version(since)) {
		buf_init(&msg);
		buf_init(&rel);
		buf_printf(&msg, _("Linux pppd %s has no plugin %s (\"Couldn't load "
		           "plugin\"): it is gone from %s."), c->file->pppd_version, pl.here,
		           check_release_text(&rel, since));
		buf_free(&rel);
		check_stops(c, check_line(c, entry), &msg);
		check_say_buf(c, CHECK_K_RELEASE, check_line(c, entry), entry,
		              N_("Remove it and the plugin's options, or use a pppd release that "
		                 "has it."), NULL, &msg);
		buf_free(&msg);
		return 1;
	}
	if ((since = catalog_plugin_since(pl.here)) == NULL || v >= check_release_version(since))
		return 0;
	buf_init(&msg);
	buf_init(&rel);
	buf_printf(&msg, _("Linux pppd %s has no plugin %s (\"Couldn't load "
	           "plugin\"): it comes with %s."), c->file->pppd_version, pl.here,
	           check_release_text(&rel, since));
	buf_free(&rel);
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_RELEASE, check_line(c, entry), entry,
	              N_("Remove it, or use a pppd release that has it."), NULL, &msg);
	buf_free(&msg);
	return 1;
}

/* With --pppd-version, a word that release does not have is refused there
 * ("unrecognized option"): too new for it, or already removed. */
int check_release_refused(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	long v = check_release_known(c);
	const char *named = v ? c->file->pppd_version : NULL;
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);
	struct buf msg, fix, rep, rel;
	int has_rep = 0;

	(void)word;
	if (v && check_release_plugin(c, entry, v))
		return 1;
	if (!v || !((r->linux_since && v < check_release_version(r->linux_since)) ||
	            (r->linux_removed && v >= check_release_version(r->linux_removed))))
		return 0;
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	buf_init(&rel);
	if (r->linux_since && v < check_release_version(r->linux_since)) {
		buf_printf(&msg, _("Linux pppd %s has no '%.*s' (\"unrecognized "
		           "option\"): it exists only in %s."), named, (int)nlen, name,
		           check_release_text(&rel, r->linux_since));
	} else {
		buf_printf(&msg, _("Linux pppd %s has no '%.*s' (\"unrecognized "
		           "option\"): it is gone from %s."), named, (int)nlen, name,
		           check_release_text(&rel, r->linux_removed));
		if (!check_spelling_legacy_advice(c, entry, &fix, &rep, &has_rep))
			has_rep = 0;
	}
	buf_free(&rel);
	check_stops(c, check_line(c, entry), &msg);
	check_say_buf(c, CHECK_K_RELEASE, check_line(c, entry), entry,
	              fix.len ? fix.data : N_("Remove it, or use a pppd release that has it."),
	              has_rep ? rep.data : NULL, &msg);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&rep);
	return 1;
}

int check_release_priv_since(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);
	struct buf msg, rel;

	(void)word;
	/* Files under /etc/ppp are read with privilege: only elsewhere (a file
	 * named with 'file' by a user, ~/.ppprc) does this matter. */
	if (c->p != PLATFORM_LINUX || !r->linux_priv_since || c->system_file)
		return 0;
	buf_init(&msg);
	buf_init(&rel);
	/* ~/.ppprc is read with the caller's privilege: root's counts as
	 * privileged (linux-ppp-2.5.3/pppd/options.c:666) */
	buf_printf(&msg, _("In %s, '%.*s' may only come from a privileged place (such as "
	           "/etc/ppp/options, /etc/ppp/options.<tty> or a peers file read with call; or "
	           "any source when root starts pppd, or a member of a group that privgroup names in "
	           "/etc/ppp/options does); from "
	           "a normal user's ~/.ppprc or command line pppd refuses it."),
	           check_release_text(&rel, r->linux_priv_since), (int)nlen, name);
	buf_free(&rel);
	check_say(c, CHECK_K_PRIV_SINCE, check_line(c, entry), entry, NULL, NULL, "%s",
	          msg.data);
	buf_free(&msg);
	return 1;
}
