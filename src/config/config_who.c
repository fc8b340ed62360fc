/* config_who.c - who starts pppd (root unless told otherwise), whose ~/.ppprc it reads, and where pppd's paths are: under another folder when the configuration is a copy, and the plugin folder of the pppd installed here. */
/* realpath() is in POSIX's XSI part, which glibc hides under plain
 * _POSIX_C_SOURCE. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <glob.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/config_int.h"
#include "base/util.h"

/* Another machine's home folders, when the configuration is a copy: its
 * users are not this machine's, so only the usual places can be assumed. */
static char *config_who_home_there(const struct config *c, const char *name)
{
	struct buf b;

	buf_init(&b);
	if (strcmp(name, "root") == 0)
		buf_adds(&b, c->o.platform == PLATFORM_MACOS ? "/var/root" : "/root");
	else
		buf_printf(&b, "%s/%s", c->o.platform == PLATFORM_MACOS ? "/Users" : "/home", name);
	return buf_detach(&b);
}

int config_who(struct config *c, struct buf *err)
{
	const char *u = c->o.user ? c->o.user : "root";
	int numeric = *u && u[strspn(u, "0123456789")] == '\0';
	unsigned long n = numeric ? strtoul(u, NULL, 10) : 0;
	const struct passwd *pw = NULL;

	/* a copy's users are another machine's: this one's list says nothing */
	if (!c->o.root) {
		pw = numeric ? getpwuid((uid_t)n) : getpwnam(u);
		if (!pw && !numeric) {
			buf_printf(err, "there is no user '%s' on this machine", u);
			return -1;
		}
	}
	if (pw) {
		c->uid = pw->pw_uid;
		c->gid = pw->pw_gid;
		c->user_name = util_xstrdup(pw->pw_name);
		c->home = util_xstrdup(pw->pw_dir ? pw->pw_dir : "");
		return 0;
	}
	if (numeric) {
		c->uid = (uid_t)n;
		c->gid = n == 0 ? 0 : (gid_t)-1;
		c->user_name = util_xstrdup(n == 0 ? "root" : u);
	} else {
		c->uid = strcmp(u, "root") == 0 ? 0 : (uid_t)-1;
		c->gid = c->uid == 0 ? 0 : (gid_t)-1;
		c->user_name = util_xstrdup(u);
	}
	/* pppd finds no home for a number the machine does not know */
	c->home = c->o.root && (!numeric || n == 0) ? config_who_home_there(c, c->user_name)
	                                           : util_xstrdup("");
	return 0;
}

/* p under root (when there is one and p is absolute). */
static char *config_who_under(const char *root, const char *p)
{
	struct buf b;
	size_t n;

	if (!root || p[0] != '/')
		return util_xstrdup(p);
	buf_init(&b);
	n = strlen(root);
	while (n > 1 && root[n - 1] == '/')
		n--;
	buf_add(&b, root, n);
	buf_adds(&b, p);
	return buf_detach(&b);
}

char *config_where(const struct config *c, const char *p)
{
	return config_who_under(c->o.root, p);
}

char *config_follow_where(const char *root, int call, const char *arg, size_t len)
{
	struct buf p;
	char *w;

	buf_init(&p);
	if (call)
		buf_adds(&p, CONFIG_PEERS);
	/* pppd's string ends at a NUL the escapes made */
	buf_add(&p, arg, strnlen(arg, len));
	w = config_who_under(root, p.data ? p.data : "");
	buf_free(&p);
	return w;
}

char *config_given_where(const char *root, const char *path)
{
	char *under;

	if (!root || path[0] != '/')
		return util_xstrdup(path);
	under = config_who_under(root, path);
	if (access(under, F_OK) == 0)
		return under;
	free(under);
	return util_xstrdup(path);
}

/* p as an absolute path, its folder resolved ("peers/gprs" from /etc/ppp,
 * "../x", symbolic links), so that a path the user typed is recognised as
 * the one pppd names. A folder that does not resolve is taken as it is,
 * relative to the working folder. A new string. */
static char *config_who_abs(const char *p)
{
	struct buf b;
	const char *slash = strrchr(p, '/'), *base = slash ? slash + 1 : p;
	struct buf dir;
	char *real, cwd[4096];

	buf_init(&dir);
	buf_init(&b);
	if (slash)
		buf_add(&dir, p, slash == p ? 1 : (size_t)(slash - p));
	else
		buf_adds(&dir, ".");
	real = realpath(dir.data, NULL);
	if (real)
		buf_adds(&b, strcmp(real, "/") == 0 ? "" : real);
	else if (p[0] != '/' && getcwd(cwd, sizeof cwd))
		buf_printf(&b, "%s/%s", cwd, dir.data);
	else
		buf_adds(&b, dir.data);
	if (base[0])
		buf_printf(&b, "/%s", base);
	if (!b.len)
		buf_adds(&b, "/");
	free(real);
	buf_free(&dir);
	return buf_detach(&b);
}

char *config_pppd_path(const struct config *c, const char *given)
{
	char *p = config_who_abs(given), *root, *in;
	size_t n;

	if (!c->o.root)
		return p;
	root = realpath(c->o.root, NULL);
	if (!root)
		root = config_who_abs(c->o.root);
	n = strlen(root);
	if (n == 1)
		n = 0;   /* the root folder itself: every path is under it */
	in = strncmp(p, root, n) == 0 && p[n] == '/' ? util_xstrdup(p + n) : NULL;
	free(root);
	if (!in)
		return p;
	free(p);
	return in;
}

/* pppd's plugin folder is <libdir>/pppd/<release> unless its build said
 * otherwise (linux-ppp-2.4.9/pppd/pathnames.h:65; 2.5.3 takes it from the
 * build, pathnames.h:81): the usual libdirs, Debian's multiarch ones too,
 * under root when it is not NULL (a copy of another machine; a glob
 * character in root is taken as one). Only version's folder when version
 * is not NULL. Two releases' folders (one left by an upgrade) leave it
 * unknown. */
char *config_plugin_dir(const char *root, const char *version)
{
	static const char *const pattern[] = {
		"/usr/lib/pppd/[0-9]*", "/usr/lib64/pppd/[0-9]*", "/usr/local/lib/pppd/[0-9]*",
		"/usr/lib/*/pppd/[0-9]*", "/lib/pppd/[0-9]*",
	};
	struct stat first;
	struct buf pat;
	char *found = NULL;
	int n = 0;
	size_t i, j;

	buf_init(&pat);
	for (i = 0; i < sizeof pattern / sizeof pattern[0]; i++) {
		glob_t g;

		buf_reset(&pat);
		if (root && strcmp(root, "/") != 0)
			buf_adds(&pat, root);
		buf_adds(&pat, pattern[i]);
		if (glob(pat.data, 0, NULL, &g) != 0)
			continue;
		for (j = 0; j < g.gl_pathc; j++) {
			const char *p = g.gl_pathv[j], *base = strrchr(p, '/') + 1;
			struct stat st;

			if (stat(p, &st) < 0 || !S_ISDIR(st.st_mode) ||
			    (version && strcmp(base, version) != 0))
				continue;
			/* /lib and /usr/lib are one folder on a merged-/usr system */
			if (found && st.st_dev == first.st_dev && st.st_ino == first.st_ino)
				continue;
			if (n++ == 0) {
				found = util_xstrdup(p);
				first = st;
			}
		}
		globfree(&g);
	}
	buf_free(&pat);
	if (n == 1)
		return found;
	free(found);
	return NULL;
}
