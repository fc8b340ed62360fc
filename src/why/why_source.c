/* why_source.c - where pppd's log is: a file, standard input, or the platform's usual places. */
#include "why/why_source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"
#include "config/config.h"
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

int why_source_logfile(enum platform p, const char *root, struct buf *out, struct buf *err)
{
	struct config c;
	struct config_opts o;
	char word[LEXER_MAXWORD + 1];
	size_t i;
	int found = 0;

	memset(&o, 0, sizeof o);
	o.platform = p;
	o.root = root;
	o.no_env = 1;
	if (config_open(&c, &o, err) < 0)
		return -1;
	for (i = 0; i < c.nopt; i++) {
		const struct config_option *opt = &c.opt[i];
		const struct config_set *set;
		const struct doc *d;

		if (strcmp(opt->key, "logfile") != 0 || !opt->nsets)
			continue;
		set = &opt->sets[opt->winner];
		d = c.src[set->src]->doc;
		if (d && d->entries[set->entry].nwords >= 2) {
			buf_reset(out);
			buf_adds(out, doc_word_cstr(d, d->entries[set->entry].word + 1, word, NULL));
			found = 1;
		}
	}
	config_close(&c);
	return found;
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
		struct buf err = { 0 };

		r = why_source_logfile(env->platform, env->root, &logfile, &err);
		if (r < 0)
			buf_printf(tried, "the configuration: %s\n", err.data ? err.data : "unreadable");
		else if (r == 0)
			buf_adds(tried, "the configuration (/etc/ppp/options and what it reads): names "
			         "no logfile\n");
		buf_free(&err);
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
