/* why_log.c - pppd's lines out of a log, in the formats the platforms write. */
#include "why/why_log.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#define WHY_LOG_DIGIT(c) ((c) >= '0' && (c) <= '9')

static int why_log_in(const char *list, const char *p)
{
	size_t i;

	for (i = 0; list[i]; i += 3)
		if (memcmp(list + i, p, 3) == 0)
			return 1;
	return 0;
}

static int why_log_month(const char *p)
{
	return why_log_in("JanFebMarAprMayJunJulAugSepOctNovDec", p);
}

/* "HH:MM:SS" */
static int why_log_clock(const char *p)
{
	return WHY_LOG_DIGIT(p[0]) && WHY_LOG_DIGIT(p[1]) && p[2] == ':' &&
	       WHY_LOG_DIGIT(p[3]) && WHY_LOG_DIGIT(p[4]) && p[5] == ':' &&
	       WHY_LOG_DIGIT(p[6]) && WHY_LOG_DIGIT(p[7]);
}

/* A day of the month as %e (" 5") or %d ("05") writes it. */
static int why_log_day(const char *p)
{
	return (p[0] == ' ' || WHY_LOG_DIGIT(p[0])) && WHY_LOG_DIGIT(p[1]);
}

/* "Thu Nov 26 10:02:03 2026 : ": the length of the prefix, or 0. */
static size_t why_log_apple(const char *p, size_t n)
{
	if (n < 27 || !why_log_in("SunMonTueWedThuFriSat", p) || p[3] != ' ' ||
	    !why_log_month(p + 4) || p[7] != ' ' || !why_log_day(p + 8) || p[10] != ' ' ||
	    !why_log_clock(p + 11) || p[19] != ' ' || !WHY_LOG_DIGIT(p[20]) ||
	    !WHY_LOG_DIGIT(p[21]) || !WHY_LOG_DIGIT(p[22]) || !WHY_LOG_DIGIT(p[23]) ||
	    memcmp(p + 24, " : ", 3) != 0)
		return 0;
	return 27;
}

/* "Nov 26 10:02:03 ": the length of the time stamp, or 0. */
static size_t why_log_bsd_time(const char *p, size_t n)
{
	if (n < 16 || !why_log_month(p) || p[3] != ' ' || !why_log_day(p + 4) ||
	    p[6] != ' ' || !why_log_clock(p + 7) || p[15] != ' ')
		return 0;
	return 16;
}

/* "2026-11-26T10:02:03[.123456][Z|+01:00|+0100] ": its length, or 0. */
static size_t why_log_iso_time(const char *p, size_t n)
{
	size_t i = 19;

	if (n < 20 || !WHY_LOG_DIGIT(p[0]) || !WHY_LOG_DIGIT(p[1]) || !WHY_LOG_DIGIT(p[2]) ||
	    !WHY_LOG_DIGIT(p[3]) || p[4] != '-' || !WHY_LOG_DIGIT(p[5]) || !WHY_LOG_DIGIT(p[6]) ||
	    p[7] != '-' || !WHY_LOG_DIGIT(p[8]) || !WHY_LOG_DIGIT(p[9]) ||
	    p[10] != 'T' || !why_log_clock(p + 11))
		return 0;
	if (i < n && p[i] == '.')
		for (i++; i < n && WHY_LOG_DIGIT(p[i]); i++)
			;
	if (i < n && p[i] == 'Z') {
		i++;
	} else if (i < n && (p[i] == '+' || p[i] == '-')) {
		size_t digits = 0;
		for (i++; i < n && (WHY_LOG_DIGIT(p[i]) || p[i] == ':') && digits < 5; i++)
			digits++;
	}
	return i < n && p[i] == ' ' ? i + 1 : 0;
}

/* "host tag[pid]: " after a time stamp: 1 when the tag is pppd, 0 another
 * program, -1 when it is not shaped so. Sets out->msg and out->pid. */
static int why_log_tagged(const char *p, size_t n, size_t at, struct why_log_line *out)
{
	size_t host = at, tag, tag_end, i;
	long pid = -1;

	while (at < n && p[at] != ' ')
		at++;
	if (at == host || at >= n)
		return -1;
	tag = ++at;
	while (at < n && p[at] != '[' && p[at] != ':' && p[at] != ' ')
		at++;
	tag_end = at;
	if (at < n && p[at] == '[') {
		for (i = at + 1, pid = 0; i < n && WHY_LOG_DIGIT(p[i]) && pid < 100000000; i++)
			pid = pid * 10 + (p[i] - '0');
		if (i == at + 1 || i >= n || p[i] != ']')
			return -1;
		at = i + 1;
	}
	if (at >= n || p[at] != ':' || tag_end == tag)
		return -1;
	at++;
	if (at < n && p[at] == ' ')
		at++;
	out->msg = at;
	out->pid = pid;
	return tag_end - tag == 4 && memcmp(p + tag, "pppd", 4) == 0;
}

int why_log_parse_line(const char *p, size_t n, struct why_log_line *out)
{
	size_t i, t;
	int r;

	out->len = n;
	out->msg = 0;
	out->pid = -1;
	out->format = WHY_LOG_BARE;
	for (i = 0; i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r'); i++)
		;
	if (i == n)
		return -1;
	if (n >= 6 && memcmp(p, "-- ", 3) == 0 && memcmp(p + n - 3, " --", 3) == 0)
		return -1;  /* journalctl: "-- Boot ... --", "-- No entries --" */
	if ((t = why_log_apple(p, n)) > 0) {
		out->format = WHY_LOG_APPLE;
		out->msg = t;
		return 1;
	}
	if ((t = why_log_bsd_time(p, n)) > 0 || (t = why_log_iso_time(p, n)) > 0) {
		unsigned char f = p[0] >= '0' && p[0] <= '9' ? WHY_LOG_ISO : WHY_LOG_SYSLOG;
		r = why_log_tagged(p, n, t, out);
		if (r >= 0) {
			out->format = f;
			return r;
		}
		out->pid = -1;
		out->msg = 0;
	}
	if (n >= 6 && memcmp(p, "pppd: ", 6) == 0) {
		out->format = WHY_LOG_STDERR;
		out->msg = 6;
	}
	return 1;
}

/* Indexes log->text. */
static void why_log_index(struct why_log *log)
{
	const char *p = log->text.data, *end = p + log->text.len;
	size_t lineno = log->first_line;
	int prefixed = 0, keep = 1;
	long pid = -1;

	while (p && p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		struct why_log_line ln;
		int r;

		if (n > 0 && p[n - 1] == '\r')
			n--;
		r = why_log_parse_line(p, n, &ln);
		if (r >= 0 && ln.format == WHY_LOG_BARE && prefixed) {
			r = keep;         /* continues the line before */
			ln.pid = pid;
		} else if (r >= 0) {
			prefixed = ln.format != WHY_LOG_BARE;
			keep = r;
			pid = ln.pid;
		}
		if (r == 1) {
			ln.lineno = lineno;
			ln.off = (size_t)(p - log->text.data);
			util_grow(&log->lines, &log->cap, log->n + 1, sizeof *log->lines);
			log->lines[log->n++] = ln;
		} else if (r == 0) {
			log->other++;
		}
		lineno++;
		p = nl ? nl + 1 : end;
	}
}

void why_log_load(struct why_log *log, const char *data, size_t len, size_t first_line)
{
	buf_add(&log->text, data, len);
	log->first_line = first_line;
	why_log_index(log);
}

int why_log_read(struct why_log *log, FILE *f)
{
	char chunk[65536];
	size_t got, dropped = 0;
	int err;

	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
		buf_add(&log->text, chunk, got);
		if (log->text.len > 2 * WHY_LOG_MAX) {
			/* keep the last WHY_LOG_MAX bytes, from a line's start */
			size_t cut = log->text.len - WHY_LOG_MAX, i;
			const char *nl = memchr(log->text.data + cut, '\n', log->text.len - cut);
			if (nl)
				cut = (size_t)(nl - log->text.data) + 1;
			for (i = 0; i < cut; i++)
				dropped += log->text.data[i] == '\n';
			buf_splice(&log->text, 0, cut, "", 0);
		}
	}
	err = ferror(f) ? errno : 0;
	log->first_line = 1 + dropped;
	why_log_index(log);
	if (err) {
		errno = err;
		return -1;
	}
	return 0;
}

void why_log_free(struct why_log *log)
{
	buf_free(&log->text);
	free(log->lines);
	memset(log, 0, sizeof *log);
}

const char *why_log_msg(const struct why_log *log, size_t i, size_t *len)
{
	const struct why_log_line *l = &log->lines[i];

	*len = l->len - l->msg;
	return log->text.data + l->off + l->msg;
}

const char *why_log_text(const struct why_log *log, size_t i, size_t *len)
{
	*len = log->lines[i].len;
	return log->text.data + log->lines[i].off;
}
