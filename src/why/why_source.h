/* why_source.h - where pppd's log is: a file, standard input, or the platform's usual places. */
#ifndef PPPCONF_WHY_SOURCE_H
#define PPPCONF_WHY_SOURCE_H

#include "base/buf.h"
#include "base/platform.h"
#include "why/why_log.h"

/* Reads the file at `path` ("-": standard input) into the log (zeroed or
 * freed before). 0, or -1 with errno set. */
int why_source_file(const char *path, struct why_log *log);

/* The `logfile` an options file names (the last one, as pppd keeps the last
 * value), read with the document model as pppd reads the file on platform
 * p. 1 and the path in *out; 0 when the file names none; -1 when it cannot
 * be read (errno set). */
int why_source_logfile(const char *options, enum platform p, struct buf *out);

/* Where to look, in order, when no log is given:
 * macOS: /var/log/ppp.log (PPPController puts a relative `logfile` in
 * /var/log, apple-ppp-1027.121.1/Controller/ppp_manager.c:775);
 * Linux: the logfile named in /etc/ppp/options, /var/log/ppp.log,
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
