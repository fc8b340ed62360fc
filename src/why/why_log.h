/* why_log.h - pppd's lines out of a log, in the formats the platforms write. */
#ifndef PPPCONF_WHY_LOG_H
#define PPPCONF_WHY_LOG_H

#include <stddef.h>
#include <stdio.h>

#include "base/buf.h"

/* How a line was written. */
enum why_log_format {
	/* The message alone: pppd's `logfile` on Linux (log_write,
	 * linux-ppp-2.5.3/pppd/utils.c:738), or a line pasted on its own. */
	WHY_LOG_BARE,
	/* "Thu Nov 26 10:02:03 2026 : msg": Apple pppd's `logfile`, such as
	 * /var/log/ppp.log (strftime "%c : " in the C locale,
	 * apple-ppp-1027.121.1/Helpers/pppd/utils.c:755). */
	WHY_LOG_APPLE,
	/* "Nov 26 10:02:03 host pppd[1234]: msg": syslog files (traditional
	 * format), macOS's system.log, journalctl's default output. */
	WHY_LOG_SYSLOG,
	/* "2026-11-26T10:02:03+0100 host pppd[1234]: msg": journalctl -o
	 * short-iso, syslog files with RFC 3339 (RFC 5424) time stamps. */
	WHY_LOG_ISO,
	/* "pppd: msg": pppd's complaints about its options on its standard
	 * error (linux-ppp-2.5.3/pppd/options.c:1319). */
	WHY_LOG_STDERR
};

struct why_log_line {
	size_t lineno;        /* 1-based line number in the whole input */
	size_t off, len;      /* the line in the log's text, without its newline */
	size_t msg;           /* where the message starts, from `off` */
	long pid;             /* the [pid] of a syslog line; -1 when not known */
	unsigned char format; /* enum why_log_format */
};

/* The largest tail of a log kept: the last attempt is at the end. */
#define WHY_LOG_MAX ((size_t)16 << 20)

struct why_log {
	struct buf text;               /* the bytes kept (a large log's tail) */
	size_t first_line;             /* the line number of text's first line */
	struct why_log_line *lines;    /* pppd's lines, in order */
	size_t n, cap;
	size_t other;                  /* lines of other programs, skipped */
};

/* Reads one line (without its newline). Returns 1 for a line of pppd (or of
 * no named program: a bare message), 0 for another program's syslog line,
 * -1 for nothing (a blank line, journalctl's "-- ... --" notes). Fills *out
 * except lineno and off. */
int why_log_parse_line(const char *p, size_t n, struct why_log_line *out);

/* Takes pppd's lines out of data[0..len), whose first line is number
 * first_line. A line with no prefix after prefixed ones continues the line
 * before it (a message of several lines). The log must be zeroed or freed
 * before. */
void why_log_load(struct why_log *log, const char *data, size_t len, size_t first_line);
/* The same, reading a stream to its end and keeping the last WHY_LOG_MAX
 * bytes or so (line numbers still count from the stream's start). Returns 0,
 * or -1 on a read error (errno set; what was read is kept). */
int why_log_read(struct why_log *log, FILE *f);
void why_log_free(struct why_log *log);

/* Line i's message and its whole text. */
const char *why_log_msg(const struct why_log *log, size_t i, size_t *len);
const char *why_log_text(const struct why_log *log, size_t i, size_t *len);

#endif
