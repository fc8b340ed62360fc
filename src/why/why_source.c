/* why_source.c - where pppd's log is: a file, standard input, or the platform's usual places. */
#include "why/why_source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"
#include "pppd/catalog.h"
#include "pppd/doc.h"
#include "pppd/lexer.h"

#define WHY_SOURCE_JOURNAL "journalctl -t pppd --no-pager"

int why_source_file(const char *path, struct why_log *log)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	int rc;

	if (!f)
		return -1;
	rc = why_log_read(log, f);
	if (f != stdin) {
		int e = errno;
		fclose(f);
		errno = e;
	}
	return rc;
}

int why_source_logfile(const char *options, enum platform p, struct buf *out)
{
	FILE *f = fopen(options, "r");
	struct buf data = { 0 };
	struct doc d;
	char chunk[4096], word[LEXER_MAXWORD + 1];
	size_t got, e, found = SIZE_MAX;

	if (!f)
		return -1;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0 && data.len < UTIL_MAX_FILE)
		buf_add(&data, chunk, got);
	fclose(f);
	memset(&d, 0, sizeof d);
	doc_load_buf(&d, &data, lexer_dialect_for(p), catalog_arity, &p);
	for (e = doc_find(&d, "logfile", 0); e != SIZE_MAX; e = doc_find(&d, "logfile", e + 1))
		if (d.entries[e].nwords >= 2)
			found = e;
	if (found != SIZE_MAX) {
		buf_reset(out);
		buf_adds(out, doc_word_cstr(&d, d.entries[found].word + 1, word, NULL));
	}
	doc_free(&d);
	buf_free(&data);
	return found != SIZE_MAX;
}

/* Whether `prog` is an executable in one of PATH's folders. */
static int why_source_on_path(const char *prog)
{
	const char *path = getenv("PATH"), *p;
	struct buf full = { 0 };
	int found = 0;

	for (p = path; p && *p && !found; p += *p == ':') {
		size_t n = strcspn(p, ":");
		buf_reset(&full);
		buf_add(&full, n ? p : ".", n ? n : 1);
		buf_addc(&full, '/');
		buf_adds(&full, prog);
		found = access(full.data, X_OK) == 0;
		p += n;
	}
	buf_free(&full);
	return found;
}

/* Tries one file; 1 when it has lines of pppd (kept in the log). */
static int why_source_try(const char *path, struct why_log *log, struct buf *name,
                          struct buf *tried)
{
	if (why_source_file(path, log) != 0) {
		buf_printf(tried, "%s: %s\n", path, strerror(errno));
	} else if (log->n == 0) {
		buf_printf(tried, "%s: no lines of pppd\n", path);
	} else {
		buf_reset(name);
		buf_adds(name, path);
		return 1;
	}
	why_log_free(log);
	return 0;
}

static int why_source_journal(struct why_log *log, struct buf *name, struct buf *tried)
{
	FILE *f;

	if (!why_source_on_path("journalctl")) {
		buf_adds(tried, "journalctl: not installed\n");
		return 0;
	}
	f = popen(WHY_SOURCE_JOURNAL " 2>/dev/null", "r");
	if (!f) {
		buf_printf(tried, "journalctl: %s\n", strerror(errno));
		return 0;
	}
	(void)why_log_read(log, f);
	pclose(f);
	if (log->n == 0) {
		buf_adds(tried, WHY_SOURCE_JOURNAL ": no lines of pppd\n");
		why_log_free(log);
		return 0;
	}
	buf_reset(name);
	buf_adds(name, WHY_SOURCE_JOURNAL);
	return 1;
}

int why_source_default(const struct why_source_env *env, struct why_log *log,
                       struct buf *name, struct buf *tried)
{
	static const char *const files[] = { "/var/log/ppp.log", "/var/log/syslog",
	                                     "/var/log/messages" };
	const char *root = env->root ? env->root : "";
	struct buf path = { 0 }, logfile = { 0 };
	size_t i, nfiles = env->platform == PLATFORM_MACOS ? 1 : 3;
	int ok = 0, r;

	buf_reset(tried);
	if (env->platform == PLATFORM_LINUX) {
		buf_printf(&path, "%s/etc/ppp/options", root);
		r = why_source_logfile(path.data, env->platform, &logfile);
		if (r < 0)
			buf_printf(tried, "%s: %s\n", path.data, strerror(errno));
		else if (r == 0)
			buf_printf(tried, "%s: names no logfile\n", path.data);
		if (r > 0) {
			buf_reset(&path);
			buf_printf(&path, "%s%s", root, logfile.data);
			ok = why_source_try(path.data, log, name, tried);
		}
	}
	for (i = 0; i < nfiles && !ok; i++) {
		buf_reset(&path);
		buf_printf(&path, "%s%s", root, files[i]);
		ok = why_source_try(path.data, log, name, tried);
	}
	if (!ok && env->platform == PLATFORM_LINUX)
		ok = why_source_journal(log, name, tried);
	buf_free(&path);
	buf_free(&logfile);
	return ok ? 0 : -1;
}
