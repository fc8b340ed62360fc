/* check_script.c - the rules about a script pppd runs by its path (ip-up-script, net-init-script, Apple's ip-up...): Linux pppd 2.5.3 runs one only when it and every folder above it belong to root and no one else may change them; a relative path is looked for from /. */
/* realpath() is in POSIX's XSI part, which glibc hides under plain
 * _POSIX_C_SOURCE. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check/check_int.h"
#include "base/util.h"

/* Why pppd 2.5.3 would not run the file at path, as its check says
 * (linux-ppp-2.5.3/pppd/utils.c:88-170): NULL when it would, or when the
 * file is not there (pppd then runs nothing, without a word: main.c:1933
 * with must_exist 0). The part it names goes in part. */
static const char *check_script_why(const char *path, struct buf *part, int *kind)
{
	char *real = realpath(path, NULL);
	struct stat st;
	const char *why = NULL;
	size_t i, n;

	if (!real)
		return NULL;
	/* "/" first, then each longer part of the real path, the file last
	 * (:112-150) */
	n = strlen(real);
	for (i = 0; i <= n && !why; i++) {
		if (i != 0 && i != n && real[i] != '/')
			continue;
		buf_reset(part);
		buf_add(part, real, i == 0 ? 1 : i);
		if (lstat(part->data, &st) != 0)
			break;
		if (st.st_uid != 0)
			why = N_("%s is not owned by root");
		else if (st.st_mode & (S_IWGRP | S_IWOTH))
			why = N_("users other than root can change %s");
		else if (i == n && !S_ISREG(st.st_mode)) {
			why = N_("%s is not a plain file");
			*kind = 1;
		} else if (i == n && !(st.st_mode & S_IXUSR)) {
			why = N_("%s is not executable by root");
			*kind = 1;
		}
	}
	free(real);
	return why;
}

/* Said where Linux pppd 2.5.3 reads the file on this machine, unless
 * --pppd-version names an older release, which runs the script as it is
 * (the check is new in 2.5.3: linux-ppp-2.5.3/README:81). */
int check_script_unsafe(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = c->file ? c->file->env : NULL;
	const struct catalog_entry *r = c->row[entry];
	const char *arg, *why;
	int kind = 0;
	size_t len, n = strlen(r->name);
	struct buf path, part, msg;

	(void)word;
	if (!env || !env->machine || c->p != PLATFORM_LINUX || r->arg != CATALOG_ARG_PATH ||
	    n < 7 || strcmp(r->name + n - 7, "-script") != 0 || check_release_before(c, "2.5.3") ||
	    (arg = check_arg(c, entry, &len)) == NULL || !len || memchr(arg, '\0', len))
		return 0;
	buf_init(&path);
	buf_init(&part);
	buf_add(&path, arg, len);
	why = check_script_why(path.data, &part, &kind);
	if (why) {
		buf_init(&msg);
		buf_reset(&path);
		buf_add_escaped(&path, arg, len);
		buf_printf(&msg, _("Linux pppd 2.5.3 will not run %s: "), path.data);
		buf_reset(&path);
		buf_add_escaped(&path, part.data, part.len);
		buf_printf(&msg, _(why), path.data);
		/* Older releases run it as it is, but a word newer than 2.4.9
		 * (auth-up-script, since 2.5.1: linux-ppp-2.5.3/README:165)
		 * is refused there, so 2.4.9 is named only for words it has. */
		/* A file that is no plain file, or that its owner may not
		 * run, is refused under another log line (utils.c:152-160),
		 * and older releases do not run it as it is either: 2.4.9's
		 * run_program wants a plain file with some execute bit
		 * (linux-ppp-2.4.9/pppd/main.c:1751). */
		if (kind)
			buf_adds(&msg, _(" (\"Can't use\" in its log)."));
		else if (!r->linux_since || strcmp(r->linux_since, "2.5.0") < 0)
			buf_adds(&msg, _(" (\"Can't safely use\" in its log; 2.4.9 runs it)."));
		else if (strcmp(r->linux_since, "2.5.3") < 0)
			buf_printf(&msg, _(" (\"Can't safely use\" in its log; pppd %s to 2.5.2 "
			                   "runs it, and 2.4.9 does not know the word)."),
			           r->linux_since);
		else
			buf_adds(&msg, _(" (\"Can't safely use\" in its log)."));
		check_say_buf(c, CHECK_K_SCRIPT_UNSAFE, check_line(c, entry), entry,
		              N_("Keep the script in a folder of root's, such as /etc/ppp, owned by "
		              "root and writable by root alone (chown root, chmod go-w), and "
		              "executable."), NULL, &msg);
		buf_free(&msg);
	}
	buf_free(&path);
	buf_free(&part);
	return why != NULL;
}

/* A script's path that does not start with '/'. pppd changes to / when
 * it goes into the background (linux-ppp-2.5.3/pppd/main.c:896; 2.4.9's
 * main.c:773; Apple's Helpers/pppd/main.c:1246); 2.5.3 resolves the path
 * from the folder pppd is in when it runs the script (utils.c:101 with
 * main.c:1933), and 2.4.9 and Apple's pppd look at it there but start it
 * from / (linux-ppp-2.4.9/pppd/main.c:1751, :1781; Apple's main.c:2295, :2318).
 * A script not found is skipped without a word when its line does not
 * insist, and no script line does (must_exist 0: linux-ppp-2.5.3/pppd/ipcp.c:2153,
 * auth.c:2488, main.c:834; the same in 2.4.9 and Apple's). So only a path from / is
 * sure to be found. Said for every release and both platforms. */
/* promptprog (2.4.9's passprompt.so) with a name that does not start with /:
 * the plugin tests it with access() and starts it with execv(), which does
 * not search PATH (linux-ppp-2.4.9/pppd/plugins/passprompt.c:36, :66), from
 * the folder pppd is in when it needs the password: / once it has gone into
 * the background (main.c:437, :773) unless nodetach or updetach was given.
 * A program not found is taken as one that is not executable (:36-37); a
 * value with a space is one path, not a program and its arguments. Not
 * said where the release is known to have no such plugin; "" is the empty
 * value's warning. */
static int check_script_relative_prompt(struct check_ctx *c, size_t entry)
{
	const char *arg;
	size_t len;
	struct buf shown;

	if (c->p != PLATFORM_LINUX || (arg = check_arg(c, entry, &len)) == NULL || !len ||
	    (check_release_gone(c, c->row[entry]) && check_release_before(c, "99.0")))
		return 0;
	buf_init(&shown);
	buf_add_escaped(&shown, arg, len);
	/* execv gets the whole value as the file's path and no shell splits
	 * it (passprompt.c:60, :66), so words after a space are not arguments */
	if (memchr(arg, ' ', len) || memchr(arg, '\t', len)) {
		check_say(c, CHECK_K_SCRIPT_RELATIVE, check_line(c, entry), entry, N_("Write "
		          "only the program's full path; to pass it arguments, name a small "
		          "script that adds them."), NULL, N_("'promptprog' names '%s', with a "
		          "space in it: the plugin takes the whole value as the program's path and "
		          "no shell splits off arguments, so unless a file has exactly that name it "
		          "counts as not executable: PAP takes its password from pap-secrets and an "
		          "EAP-TLS login fails (derived from the source, not tried)."), shown.data);
		buf_free(&shown);
		return 1;
	}
	if (arg[0] == '/') {
		buf_free(&shown);
		return 0;
	}
	check_say(c, CHECK_K_SCRIPT_RELATIVE, check_line(c, entry), entry, N_("Write the "
	          "program's full path, starting with /."), NULL, N_("'promptprog' names '%s', "
	          "a path that does not start with /: the plugin does not search PATH but "
	          "looks for it from the folder pppd is in when it needs the password, / once "
	          "pppd is in the background; a program it does not find is treated as not "
	          "executable, so PAP takes its password from pap-secrets and an EAP-TLS login "
	          "fails (derived from the source, not tried)."), shown.data);
	buf_free(&shown);
	return 1;
}

/* A script value with a space or tab in it: pppd hands the whole value to
 * its own runner as the file's path, with no shell to split off arguments
 * (linux-ppp-2.5.3/pppd/main.c:1933 checks that path, :1981 starts it;
 * 2.4.9's main.c:1751, :1793; Apple's main.c:2295, :2348). The script gets
 * only the arguments pppd gives every such script. Unless a file has that
 * exact name the look-up fails with "no such file", which these scripts
 * pass over without a log line (must_exist 0, as for "" below). pppconf
 * does not look for a file of that name: a file whose name holds a space
 * is taken as not meant. */
static int check_script_space(struct check_ctx *c, size_t entry, const char *arg, size_t len)
{
	struct buf shown;

	if (!memchr(arg, ' ', len) && !memchr(arg, '\t', len))
		return 0;
	buf_init(&shown);
	buf_add_escaped(&shown, arg, len);
	if (c->p == PLATFORM_MACOS)
		check_say(c, CHECK_K_SCRIPT_RELATIVE, check_line(c, entry), entry, N_("Write "
		          "only the script's full path; to give it arguments, name a small script "
		          "that adds them."), NULL, N_("'%s' names '%s', with a space in it: pppd "
		          "takes the whole value as the script's path and no shell splits off "
		          "arguments, so unless a file has exactly that name pppd skips the script "
		          "without a message (derived from Apple's source, not tried on a Mac)."),
		          c->row[entry]->name, shown.data);
	else
		check_say(c, CHECK_K_SCRIPT_RELATIVE, check_line(c, entry), entry, N_("Write "
		          "only the script's full path; to give it arguments, name a small script "
		          "that adds them."), NULL, N_("'%s' names '%s', with a space in it: pppd "
		          "takes the whole value as the script's path and no shell splits off "
		          "arguments, so unless a file has exactly that name pppd skips the script "
		          "without a message (derived from the source, not tried)."),
		          c->row[entry]->name, shown.data);
	buf_free(&shown);
	return 1;
}

int check_script_relative(struct check_ctx *c, size_t entry, size_t word)
{
	const struct catalog_entry *r = c->row[entry];
	const char *arg;
	size_t len, n = strlen(r->name);
	struct buf shown;

	(void)word;
	if (strcmp(r->name, "promptprog") == 0)
		return check_script_relative_prompt(c, entry);
	if (r->arg != CATALOG_ARG_PATH ||
	    !((c->p == PLATFORM_LINUX && n > 7 && strcmp(r->name + n - 7, "-script") == 0) ||
	      (c->p == PLATFORM_MACOS && (strcmp(r->name, "ip-up") == 0 ||
	                                  strcmp(r->name, "ip-down") == 0))) ||
	    (arg = check_arg(c, entry, &len)) == NULL)
		return 0;
	if (check_script_space(c, entry, arg, len))
		return 1;
	if (len && arg[0] == '/')
		return 0;
	/* Apple's ip-up and ip-down take any value that is set in place of the
	 * usual script (apple-ppp-1027.121.1/Helpers/pppd/ipcp.c:2036), so ""
	 * names nothing that exists and no script runs, without a word. Linux's
	 * *-script lines copy "" over the usual /etc/ppp path (o_string); every
	 * such script is started with must_exist 0 (linux-ppp-2.5.3/pppd/
	 * main.c:834, ipcp.c:2153, ipv6cp.c:1515, auth.c:2488), and realpath("")
	 * fails with ENOENT, which ppp_check_access passes over without a log
	 * line (utils.c:98-102); 2.4.9's stat("") likewise (main.c:1751-1754). */
	if (!len) {
		if (c->p != PLATFORM_MACOS) {
			check_say(c, CHECK_K_SCRIPT_RELATIVE, check_line(c, entry), entry,
			          N_("Write the script's full path, or remove the line to keep "
			          "the usual one."), NULL, N_("'%s' names an empty path: pppd then "
			          "runs no script here, not even the usual one in /etc/ppp, and logs "
			          "nothing about it (derived from the source, not tried)."), r->name);
			return 1;
		}
		check_say(c, CHECK_K_SCRIPT_RELATIVE, check_line(c, entry), entry, N_("Write "
		          "the script's full path, or remove the line to keep the usual one."),
		          NULL, N_("'%s' names an empty path: pppd then runs no script here, not "
		          "even the usual one in /etc/ppp, and logs nothing about it (derived from "
		          "Apple's source, not tried on a Mac)."), r->name);
		return 1;
	}
	buf_init(&shown);
	buf_add_escaped(&shown, arg, len);
	/* On a Mac, PPPController always passes nodetach (apple-ppp-1027.121.1/
	 * Controller/ppp_manager.c:1394), so pppd never moves to / itself: it
	 * looks for the script from its own folder and starts it from /. */
	if (c->p == PLATFORM_MACOS) {
		check_say(c, CHECK_K_SCRIPT_RELATIVE, check_line(c, entry), entry, N_("Write "
		          "the script's full path, starting with /."), NULL, N_("'%s' names '%s', a "
		          "path that does not start with /: Apple's pppd looks for the script from the "
		          "folder pppd was started in (PPPController keeps it in the foreground) but "
		          "starts it from the folder /, so unless it is found from both it is skipped "
		          "without a message (derived from Apple's source, not tried on a Mac)."),
		          r->name, shown.data);
		buf_free(&shown);
		return 1;
	}
	check_say(c, CHECK_K_SCRIPT_RELATIVE, check_line(c, entry), entry, N_("Write the "
	          "script's full path, starting with /."), NULL, N_("'%s' names '%s', a path that "
	          "does not start with /: pppd runs in the folder / once it is in the background "
	          "and looks for the script from there, so it is not found where you may expect, "
	          "and a script pppd does not find is skipped without a message (derived from the "
	          "source, not tried)."), r->name, shown.data);
	buf_free(&shown);
	return 1;
}
