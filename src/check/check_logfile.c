/* check_logfile.c - the rules about the log file a source names, as pppd on this machine would open it, and the file lcp-rtt-file names, which pppd resizes and may wipe. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check/check_int.h"
#include "base/util.h"

/* The folder of path (a copy), or NULL when path has none ("ppp.log"). */
static char *check_logfile_folder(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return NULL;
	return slash == path ? util_xstrdup("/") : util_xmemdup(path, (size_t)(slash - path));
}

/* Why pppd cannot open the log file for appending, creating it if need be
 * (linux-ppp-2.5.3/pppd/options.c:1753-1773), or NULL when it can. `as` is
 * the user pppd opens it as; *missing is set to the folder to create when
 * that alone is the cause (a new string), else NULL. */
static const char *check_logfile_path_why(const struct check_env *as, const char *path,
                                     char **missing)
{
	struct stat st;
	char *dir;
	const char *why = NULL;

	if (!*path)
		return _("it names no file at all (\"Can't open log file : No such file or "
		       "directory\")");
	if (stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			return _("it is a folder, not a file (\"Is a directory\")");
		if (!check_env_may(as, path, W_OK))
			return errno == EROFS ? _("it is on a read-only file system")
			                      : _("pppd may not write it (\"Permission denied\")");
		return NULL;
	}
	if (errno == ENOTDIR)
		return _("a part of its path is a file, not a folder (\"Not a "
		         "directory\")");
	if (errno != ENOENT)
		return _("pppd cannot reach it");
	dir = check_logfile_folder(path);
	if (!dir)
		return NULL;
	if (stat(dir, &st) < 0) {
		if (errno == ENOTDIR) {
			free(dir);
			return _("a part of its path is a file, not a folder (\"Not a "
			         "directory\")");
		}
		*missing = dir;
		return _("its folder does not exist (\"No such file or directory\")");
	}
	if (!S_ISDIR(st.st_mode))
		why = _("a part of its path is a file, not a folder (\"Not a "
		        "directory\")");
	else if (!check_env_may(as, dir, W_OK | X_OK))
		why = errno == EROFS ? _("its folder is on a read-only file system")
		                     : _("pppd may not create files in its folder (\"Permission "
		                         "denied\")");
	free(dir);
	return why;
}

/* Why the logfile line at entry, read on platform p on this machine,
 * cannot open its file (check_logfile_path_why, as root when its source is
 * privileged), or NULL when it can or the line is not one to judge; its
 * path in *arg, *len. */
static const char *check_logfile_why(struct check_ctx *c, size_t entry, enum platform p,
                                         const char **arg, size_t *len, char **missing)
{
	const struct check_env *env = check_env_of(c);
	struct check_env root;

	*missing = NULL;
	if (!env || !env->machine || c->p != p ||
	    strcmp(c->row[entry]->name, "logfile") != 0 ||
	    (*arg = check_arg(c, entry, len)) == NULL || memchr(*arg, '\0', *len) ||
	    (*len && (*arg)[0] != '/'))
		return NULL;
	/* a privileged source opens it as root, another as the user */
	root = *env;
	if (env->privileged)
		root.uid = 0;
	return check_logfile_path_why(&root, *arg, missing);
}

/* Linux pppd opens the log file while it reads the options and refuses to
 * start when it cannot. Apple's pppd logs the failure and goes on, making
 * the folder first when it can (apple-ppp-1027.121.1/Helpers/pppd/options.c:1736-1762):
 * there the rule after this one speaks. */
int check_logfile_linux(struct check_ctx *c, size_t entry, size_t word)
{
	const char *arg, *why;
	char *missing;
	size_t len;
	struct buf msg, w, fix;

	(void)word;
	if ((why = check_logfile_why(c, entry, PLATFORM_LINUX, &arg, &len, &missing)) == NULL)
		return 0;
	buf_init(&msg);
	buf_init(&w);
	buf_init(&fix);
	check_word(&w, arg, len);
	buf_printf(&msg, _("pppd opens the log file %s while it reads its options, and cannot: "
	           "%s."), w.data, why);
	check_stops(c, check_line(c, entry), &msg);
	if (missing && !strpbrk(missing, "'\\\n\t\r")) {
		/* a command to copy as it is: the whole path, quoted for the shell */
		buf_printf(&fix, _("Create the folder (sudo mkdir -p '%s'), name a file in a folder "
		           "that exists, or remove the line."), missing);
	} else if (missing) {
		buf_adds(&fix, _("Create its folder, name a file in a folder that exists, or remove "
		         "the line."));
	} else {
		buf_adds(&fix, len ? _("Name a file pppd can write, or remove the line.")
		                   : _("Name a file, or remove the line."));
	}
	check_say_buf(c, CHECK_K_LOGFILE, check_line(c, entry), entry, fix.data, NULL, &msg);
	free(missing);
	buf_free(&fix);
	buf_free(&w);
	return 1;
}

/* Apple's pppd: a log file it cannot open is logged and ignored. */
int check_logfile_macos(struct check_ctx *c, size_t entry, size_t word)
{
	const struct check_env *env = check_env_of(c);
	const char *arg, *why;
	size_t len;
	struct buf w;
	char *dir, *missing;
	struct stat st;

	(void)word;
	if ((why = check_logfile_why(c, entry, PLATFORM_MACOS, &arg, &len, &missing)) == NULL)
		return 0;
	free(missing);
	/* root's pppd makes a missing folder first */
	dir = len ? check_logfile_folder(arg) : NULL;
	if (dir && env->privileged && stat(dir, &st) < 0 && errno == ENOENT) {
		free(dir);
		return 0;
	}
	free(dir);
	buf_init(&w);
	check_word(&w, arg, len);
	check_say(c, CHECK_K_LOGFILE_MACOS, check_line(c, entry), entry, N_("Name a file in a "
	          "folder that exists, or remove the line."), NULL, N_("pppd cannot open the log "
	          "file %s: %s. On macOS it notes that and goes on, so nothing is logged there."),
	          w.data, why);
	buf_free(&w);
	return 1;
}

/* logfile with a name that does not start with /. pppd opens the file
 * while it reads the line (linux-ppp-2.5.3/pppd/options.c:1763,
 * apple-ppp-1027.121.1/Helpers/pppd/options.c:1731), so the name is taken
 * from the folder it is in then. For the options files and the command
 * line that is the folder it was started in: it reads them before it goes
 * into the background and moves to / (linux-ppp-2.5.3/pppd/main.c:433, 529,
 * 896; apple main.c:417, 520, 1246). This does not say which folder that
 * is, nor look at a line read later (options in a secrets file). An empty
 * name is left to the value checks. */
int check_logfile_relative(struct check_ctx *c, size_t entry, size_t word)
{
	const char *arg;
	size_t len;
	struct buf w;

	(void)word;
	if (strcmp(c->row[entry]->name, "logfile") != 0 ||
	    (arg = check_arg(c, entry, &len)) == NULL || !len || arg[0] == '/')
		return 0;
	buf_init(&w);
	check_word(&w, arg, len);
	if (c->p == PLATFORM_MACOS)
		check_say(c, CHECK_K_LOGFILE_RELATIVE, check_line(c, entry), entry, N_("Write the "
		          "file's full path, starting with /."), NULL, N_("logfile names %s, a path "
		          "that does not start with /: pppd opens it while it reads this line, from "
		          "the folder it was started in, before it moves to / in the background, so "
		          "the log may not be where you expect; PPPController puts a relative name "
		          "under its log folder only for a service's own log file setting (derived "
		          "from the source, not tried on a Mac)."), w.data);
	else
		check_say(c, CHECK_K_LOGFILE_RELATIVE, check_line(c, entry), entry, N_("Write the "
		          "file's full path, starting with /."), NULL, N_("logfile names %s, a path "
		          "that does not start with /: pppd opens it while it reads this line, and "
		          "for the options files and the command line that is before it moves to / "
		          "in the background, so the file is opened, or made, in the folder pppd "
		          "was started in, which may not be where you expect (derived from the "
		          "source, not tried)."),
		          w.data);
	buf_free(&w);
	return 1;
}

/* lcp-rtt-file: when LCP comes up, Linux pppd 2.5.3 opens the file for
 * reading and writing (making it if it is missing), sets its size to 8192
 * bytes and stops if it cannot, then fills it with zeros unless its first
 * four bytes are pppd's mark (linux-ppp-2.5.3/pppd/lcp.c:2432-2451). This
 * looks only at a path that is there and that this process may read: a file
 * that is not a plain file or a folder (a device, a pipe: Linux sets the
 * size of plain files alone), and a plain file with bytes in it and
 * without the mark. It leaves out a folder and a socket (pppd fails to
 * open either, logs that and goes on), a file it may not read, and a file
 * or device pppd could not open for writing (also only logged). */
/* lcp-rtt-file with an empty path or one that does not start with /. An
 * empty path opens nothing: pppd logs the failure each time LCP comes up
 * and records nothing (linux-ppp-2.5.3/pppd/lcp.c:2432-2436). A relative
 * path is opened from the folder pppd is in at that moment: / once it has
 * moved to the background (main.c:896, called at main.c:529 unless nodetach
 * or updetach, and at auth.c:1210 for updetach once a network protocol is
 * up), the folder it was started in before that. This does not look at
 * whether the file is there. */
static int check_logfile_rtt_path(struct check_ctx *c, size_t entry, const char *arg,
                                  size_t len)
{
	struct buf w;

	if (!len) {
		check_say(c, CHECK_K_RTT_FILE, check_line(c, entry), entry, N_("Write the "
		          "file's full path, starting with /, or remove the line."), NULL,
		          N_("lcp-rtt-file names an empty path: pppd cannot open it, so each "
		          "time LCP comes up it logs an error and records nothing (derived from "
		          "the source, not tried)."));
		return 1;
	}
	buf_init(&w);
	check_word(&w, arg, len);
	check_say(c, CHECK_K_RTT_FILE, check_line(c, entry), entry, N_("Write the file's "
	          "full path, starting with /."), NULL, N_("lcp-rtt-file names %s, a path "
	          "that does not start with /: pppd opens it from the folder it is in when "
	          "LCP comes up, which is / once pppd is in the background and the folder it "
	          "was started in before that (with nodetach always, with updetach until the "
	          "connection is up), so the file may not be where you expect (derived from "
	          "the source, not tried)."), w.data);
	buf_free(&w);
	return 1;
}

int check_logfile_rtt(struct check_ctx *c, size_t entry, size_t word)
{
	static const unsigned char mark[4] = { 0x19, 0x45, 0x04, 0x25 };
	const struct check_env *env = check_env_of(c);
	unsigned char head[4];
	const char *arg;
	char *path;
	size_t len;
	ssize_t got = -1;
	struct stat st;
	struct buf w;
	int fd, special;

	(void)word;
	if (strcmp(c->row[entry]->name, "lcp-rtt-file") != 0 ||
	    (arg = check_arg(c, entry, &len)) == NULL)
		return 0;
	if (!len || arg[0] != '/')
		return check_logfile_rtt_path(c, entry, arg, len);
	if (!env || !env->machine || memchr(arg, '\0', len))
		return 0;
	path = util_xmemdup(arg, len);
	if (stat(path, &st) < 0 || S_ISDIR(st.st_mode) || S_ISSOCK(st.st_mode)) {
		free(path);
		return 0;
	}
	special = !S_ISREG(st.st_mode);
	if (!special && st.st_size > 0) {
		fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);
		if (fd >= 0) {
			got = read(fd, head, sizeof head);
			close(fd);
		}
	}
	free(path);
	if (!special && (got < 0 || (got == (ssize_t)sizeof head &&
	                             memcmp(head, mark, sizeof head) == 0)))
		return 0;
	buf_init(&w);
	check_word(&w, arg, len);
	if (special)
		check_say(c, CHECK_K_RTT_FILE, check_line(c, entry), entry, N_("Name a plain "
		          "file (pppd makes it if it is missing), or remove the line."), NULL,
		          N_("lcp-rtt-file names %s, which is not a plain file: each time LCP "
		          "comes up pppd opens it, cannot set its size, and stops (derived from "
		          "the source, not tried)."), w.data);
	else
		check_say(c, CHECK_K_RTT_FILE, check_line(c, entry), entry, N_("Name a new "
		          "file (pppd makes it) or one pppd's lcp-rtt-file wrote before, or "
		          "remove the line."), NULL, N_("lcp-rtt-file names %s, which holds "
		          "data that is not pppd's round-trip record: when LCP comes up pppd "
		          "sets it to 8192 bytes and fills it with zeros, so what it holds is "
		          "lost (derived from the source, not tried)."), w.data);
	buf_free(&w);
	return 1;
}
