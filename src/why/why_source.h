/* why_source.h - where pppd's log is: a file, standard input, or the platform's usual places. */
#ifndef PPPCONF_WHY_SOURCE_H
#define PPPCONF_WHY_SOURCE_H

#include "base/buf.h"
#include "base/platform.h"
#include "why/why_log.h"

/* Reads the file at `path` ("-": standard input) into the log (zeroed or
 * freed before). 0, or -1 with errno set. */
int why_source_file(const char *path, struct why_log *log);

/* The `logfile` pppd ends up with, across every file it reads on platform
 * p (src/config: /etc/ppp/options, ~/.ppprc, `file` and `call` as pppd
 * follows them), under `root` (NULL: this machine). 1 and the path in
 * *out; 0 when the configuration names none; -1 when it cannot be read
 * (a sentence in *err). */
int why_source_logfile(enum platform p, const char *root, struct buf *out, struct buf *err);

/* Where to look, in order, when no log is given:
 * macOS: /var/log/ppp.log, where the debug-log fix has pppd write (a
 * relative `logfile` in a service's settings goes in /var/log/ppp/ instead:
 * DIR_LOGS in Apple's Controller/ppp_option.h, which the pinned copy leaves
 * out; apple-ppp-1027.121.1/Controller/ppp_manager.c:775);
 * Linux: the logfile the configuration names, /var/log/ppp.log,
 * /var/log/syslog, /var/log/messages, then `journalctl -t pppd --no-pager`
 * when journalctl is on PATH. The first that holds a line of pppd is read. */
struct why_source_env {
	enum platform platform;
	/* Put before every system path ("" or NULL: none), so that tests can
	 * point the defaults at files of their own. */
	const char *root;
};

/* Reads the first usable place into the log (zeroed or freed before).
 * Returns 0 and names it in *name ("/var/log/ppp.log", "journalctl -t
 * pppd"); -1 when none had a line of pppd, and *tried says, one line each,
 * what each place was ("/var/log/syslog: no lines of pppd"). */
int why_source_default(const struct why_source_env *env, struct why_log *log,
                       struct buf *name, struct buf *tried);

#endif
