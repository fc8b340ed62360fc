/* cli_catalog_platforms.c - explain's "Platforms:" fact: which pppds know a row, and the other's own version. */
#include "base/buf.h"
#include "base/i18n.h"
#include "base/platform.h"
#include "pppd/catalog.h"
#include "cli/cli_catalog_platforms.h"

/* 0: NAME has no row on P; 1: one pppd built there knows it; 2: only
 * rows P's pppd is built without (CATALOG_NOTBUILT). */
static int cli_named_on(const char *name, enum platform p)
{
	const struct catalog_entry *rows[8];
	size_t n = catalog_rows_named(name, rows, 8), i;
	int on = 0;

	for (i = 0; i < n && i < 8; i++)
		if (rows[i]->platforms & p)
			on = (rows[i]->flags & CATALOG_NOTBUILT) && on != 1 ? 2 : 1;
	return on;
}

/* Where the row exists: both, this platform (the other has its own row),
 * or one only; a row the platform's pppd is built without says so, and so
 * does the pointer to such a row of the other platform. */
void cli_explain_platforms(const struct catalog_entry *e, enum platform p,
                                  struct buf *b)
{
	enum platform other = p == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS;
	int there = cli_named_on(e->name, other);
	struct buf here;

	if ((e->platforms & PLATFORM_BOTH) == PLATFORM_BOTH) {
		buf_adds(b, _("macOS and Linux"));
		return;
	}
	buf_init(&here);
	if (catalog_plugin_gone(e->plugin, PLATFORM_MACOS))
		buf_printf(&here, _("%s before 10.15 only: the plugin is gone (below)"),
		           platform_display((enum platform)e->platforms));
	else if ((e->flags & CATALOG_NOTBUILT) && !(there && (e->platforms & p)))
		buf_printf(&here, _("%s source only: its build leaves it out (below)"),
		           platform_display((enum platform)e->platforms));
	else if (e->flags & CATALOG_NOTBUILT)
		buf_printf(&here, _("%s, in the source only: its build leaves it out (below)"),
		           platform_display((enum platform)e->platforms));
	else
		buf_adds(&here, platform_display((enum platform)e->platforms));
	if (there == 2 && (e->platforms & p))
		buf_printf(b, _("%s; %s's pppd source has its own version, but only behind a build "
		           "switch that its build leaves off (pppconf explain --platform %s %s)"),
		           here.data, platform_display(other), platform_name(other), e->name);
	else if (there && (e->platforms & p))
		buf_printf(b, _("%s; %s's pppd has its own version (pppconf explain --platform "
		           "%s %s)"), here.data, platform_display(other), platform_name(other), e->name);
	else if (e->flags & CATALOG_NOTBUILT)
		buf_printf(b, _("%s; %s's pppd does not know it"), here.data,
		           platform_display(e->platforms == PLATFORM_MACOS ? PLATFORM_LINUX
		                            : PLATFORM_MACOS));
	else
		buf_printf(b, _("%s only (%s's pppd does not know it)"), here.data,
		           platform_display(e->platforms == PLATFORM_MACOS ? PLATFORM_LINUX
		                            : PLATFORM_MACOS));
	buf_free(&here);
}
