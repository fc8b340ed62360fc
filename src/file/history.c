/* history.c - a file's earlier versions in its state folder: an index of numbered versions, one file each, written before the save goes on. */
#include "file/history.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "base/util.h"
#include "file/safewrite_sys.h"
#include "file/statedir.h"

/* The index, one record a line (text, so that a person can read it):
 *   pppconf history 1
 *   file <real path>
 *   current <time> <size> <hash> <by>     what pppconf last wrote
 *   version <n> <time> <size> <o|-> <by>  one per kept version, oldest first
 * <by> runs to the end of the line, bytes below 0x20, 0x7f and '\' as \xHH;
 * a size of -1 is "no file". Version n's bytes are in the file named n. */
#define HISTORY_MAGIC "pppconf history 1"

uint64_t history_hash(const char *p, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 1099511628211ull;
	}
	return h;
}

int history_keep_count(int keep)
{
	const char *env = getenv(HISTORY_KEEP_ENV);
	char *end;
	long k;

	if (keep >= 0)
		return keep;
	if (env && *env) {
		k = strtol(env, &end, 10);
		if (*end == '\0' && k >= 0 && k <= INT_MAX)
			return (int)k;
	}
	return HISTORY_KEEP_DEFAULT;
}

static void history_escape(struct buf *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c == 0x7f || c == '\\')
			buf_printf(out, "\\x%02X", c);
		else
			buf_addc(out, (char)c);
	}
}

static char *history_unescape(const char *p, size_t n)
{
	struct buf b = { 0 };
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned v;

		if (p[i] == '\\' && i + 4 <= n && p[i + 1] == 'x' &&
		    sscanf(p + i + 2, "%2X", &v) == 1) {
			buf_addc(&b, (char)v);
			i += 3;
		} else {
			buf_addc(&b, p[i]);
		}
	}
	return buf_detach(&b);
}

/* One "current" or "version" line (without its newline) into *v. */
static int history_parse_line(const char *p, size_t n, int is_version,
                              struct history_version *v, uint64_t *hash)
{
	char head[160], flag[4] = "-";
	int used = 0;
	unsigned long long hv = 0;
	long long t;

	memset(v, 0, sizeof *v);
	if (n >= sizeof head)
		n = sizeof head - 1;
	memcpy(head, p, n);
	head[n] = '\0';
	if (is_version) {
		if (sscanf(head, "version %lu %lld %lld %1s %n", &v->n, &t, &v->size, flag,
		           &used) < 4 || !used)
			return -1;
	} else if (sscanf(head, "current %lld %lld %llx %n", &t, &v->size, &hv, &used) < 3 ||
	           !used) {
		return -1;
	}
	v->time = (time_t)t;
	v->original = flag[0] == 'o';
	if (hash)
		*hash = (uint64_t)hv;
	return used;
}

static void history_add(struct history *h, const struct history_version *v)
{
	util_grow(&h->v, &h->cap, h->n + 1, sizeof *h->v);
	h->v[h->n++] = *v;
}

/* Reads the index; a line it cannot read is skipped (the versions it
 * does read stay usable). */
static void history_parse(struct history *h, const struct buf *idx)
{
	size_t i = 0;

	while (idx->data && i < idx->len) {
		const char *p = idx->data + i, *nl = memchr(p, '\n', idx->len - i);
		size_t len = nl ? (size_t)(nl - p) : idx->len - i;
		struct history_version v;
		int used, ver = len > 8 && strncmp(p, "version ", 8) == 0;

		i += len + 1;
		if (!ver && !(len > 8 && strncmp(p, "current ", 8) == 0))
			continue;
		used = history_parse_line(p, len, ver, &v, ver ? NULL : &h->current_hash);
		if (used < 0 || (size_t)used > len)
			continue;
		v.by = history_unescape(p + used, len - (size_t)used);
		if (ver && v.n > 0 && (!h->n || v.n > h->v[h->n - 1].n)) {
			history_add(h, &v);
		} else if (!ver) {
			free(h->current.by);
			h->current = v;
			h->have_current = 1;
		} else {
			free(v.by);
		}
	}
}

static int history_lock(struct history *h, struct buf *err)
{
	h->lock_fd = openat(h->dir_fd, "lock", O_RDWR | O_CREAT | O_NOFOLLOW | O_NOCTTY |
	                    O_CLOEXEC, 0600);
	if (h->lock_fd < 0 || flock(h->lock_fd, LOCK_EX) != 0) {
		safewrite_sys_reason(err, "cannot lock the history in", h->dir, errno, NULL);
		return -1;
	}
	return 0;
}

int history_open(struct history *h, const char *real_path, int write, struct buf *err)
{
	struct buf dir = { 0 }, idx = { 0 };
	size_t before = err->len;
	int e;

	memset(h, 0, sizeof *h);
	h->dir_fd = h->lock_fd = -1;
	h->file = util_xstrdup(real_path);
	statedir_path(real_path, &dir);
	h->dir_fd = statedir_open(real_path, write, NULL, err);
	h->dir = buf_detach(&dir);
	if (h->dir_fd < 0) {
		if (err->len == before)
			return 0;   /* nothing kept yet */
		history_close(h);
		return -1;
	}
	if (write && history_lock(h, err) != 0) {
		history_close(h);
		return -1;
	}
	e = statedir_read(h->dir_fd, "index", &idx);
	if (e && e != ENOENT) {
		safewrite_sys_reason(err, "cannot read the history of", real_path, e, NULL);
		buf_free(&idx);
		history_close(h);
		return -1;
	}
	history_parse(h, &idx);
	buf_free(&idx);
	return 0;
}

void history_close(struct history *h)
{
	size_t i;

	if (h->lock_fd >= 0)
		close(h->lock_fd);   /* the lock goes with it */
	if (h->dir_fd >= 0)
		close(h->dir_fd);
	h->lock_fd = h->dir_fd = -1;
	for (i = 0; i < h->n; i++)
		free(h->v[i].by);
	free(h->v);
	free(h->current.by);
	free(h->file);
	free(h->dir);
	memset(h, 0, sizeof *h);
	h->lock_fd = h->dir_fd = -1;
}

const struct history_version *history_find(const struct history *h, unsigned long n)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		if (h->v[i].n == n)
			return &h->v[i];
	return NULL;
}

const struct history_version *history_original(const struct history *h)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		if (h->v[i].original)
			return &h->v[i];
	return NULL;
}

static void history_name(unsigned long n, char *out, size_t cap)
{
	snprintf(out, cap, "%lu", n);
}

int history_read(const struct history *h, const struct history_version *v, struct buf *out,
                 struct buf *err)
{
	char name[32];
	int e;

	if (v->size < 0)
		return 0;
	if (h->dir_fd < 0) {
		buf_printf(err, "no history is kept for %s", h->file);
		return -1;
	}
	history_name(v->n, name, sizeof name);
	e = statedir_read(h->dir_fd, name, out);
	if (e) {
		buf_printf(err, "cannot read version %lu of %s from %s/%s: ", v->n, h->file,
		           h->dir, name);
		safewrite_sys_words(err, e);
		return -1;
	}
	return 0;
}

int history_is_current(const struct history *h, const char *p, size_t n, int exists)
{
	if (!h->have_current)
		return 0;
	if (!exists)
		return h->current.size < 0;
	return h->current.size == (long long)n && h->current_hash == history_hash(p, n);
}

/* Whether version v holds exactly p[0..n) (or no file). */
static int history_same(const struct history *h, const struct history_version *v,
                        const char *p, size_t n, int exists)
{
	struct buf b = { 0 }, err = { 0 };
	int same;

	if (!exists || v->size < 0)
		return !exists && v->size < 0;
	if (v->size != (long long)n || history_read(h, v, &b, &err) != 0)
		same = 0;
	else
		same = b.len == n && (n == 0 || memcmp(b.data, p, n) == 0);
	buf_free(&b);
	buf_free(&err);
	return same;
}

static int history_write_index(struct history *h)
{
	struct buf b = { 0 };
	size_t i;
	int e;

	buf_printf(&b, "%s\nfile ", HISTORY_MAGIC);
	history_escape(&b, h->file);
	buf_addc(&b, '\n');
	if (h->have_current) {
		buf_printf(&b, "current %lld %lld %016llx ", (long long)h->current.time,
		           h->current.size, (unsigned long long)h->current_hash);
		history_escape(&b, h->current.by ? h->current.by : "");
		buf_addc(&b, '\n');
	}
	for (i = 0; i < h->n; i++) {
		const struct history_version *v = &h->v[i];

		buf_printf(&b, "version %lu %lld %lld %c ", v->n, (long long)v->time, v->size,
		           v->original ? 'o' : '-');
		history_escape(&b, v->by ? v->by : "");
		buf_addc(&b, '\n');
	}
	e = statedir_write(h->dir_fd, "index", b.data, b.len, 0600);
	buf_free(&b);
	return e;
}

/* Drops the oldest versions beyond `keep` (the original aside) from the
 * list; their numbers go to *gone for removal once the index is written. */
static void history_prune(struct history *h, int keep, unsigned long *gone, size_t *ngone)
{
	size_t i, others = 0, j = 0;

	for (i = 0; i < h->n; i++)
		others += !h->v[i].original;
	for (i = 0; i < h->n; i++) {
		if (!h->v[i].original && others > (size_t)keep) {
			gone[(*ngone)++] = h->v[i].n;
			free(h->v[i].by);
			others--;
			continue;
		}
		h->v[j++] = h->v[i];
	}
	h->n = j;
}

/* The version a save replaces, as a record: what wrote it when that was
 * pppconf, else nobody (and the time the file itself says). */
static void history_replaced(const struct history *h, struct history_version *v,
                             const char *old, size_t len, int exists, time_t mtime)
{
	int ours = history_is_current(h, old, len, exists);

	memset(v, 0, sizeof *v);
	v->n = h->n ? h->v[h->n - 1].n + 1 : 1;
	v->size = exists ? (long long)len : -1;
	v->original = h->n == 0 && !h->have_current;
	v->time = ours ? h->current.time : exists ? mtime : time(NULL);
	v->by = util_xstrdup(ours && h->current.by ? h->current.by : "");
}

int history_record(struct history *h, const char *old, size_t old_len, int old_exists,
                   time_t old_mtime, mode_t old_mode, const char *now, size_t now_len,
                   int now_exists, const char *by, int keep)
{
	struct history_version v;
	unsigned long *gone;
	size_t ngone = 0, i;
	char name[32];
	int e = 0;

	if (h->dir_fd < 0 || h->lock_fd < 0)
		return EBADF;
	if (!h->n || !history_same(h, &h->v[h->n - 1], old, old_len, old_exists)) {
		history_replaced(h, &v, old, old_len, old_exists, old_mtime);
		history_name(v.n, name, sizeof name);
		if (old_exists)
			e = statedir_write(h->dir_fd, name, old, old_len, old_mode & 0666);
		if (e) {
			free(v.by);
			return e;
		}
		history_add(h, &v);
	}
	free(h->current.by);
	h->current.by = util_xstrdup(by ? by : "");
	h->current.time = time(NULL);
	h->current.size = now_exists ? (long long)now_len : -1;
	h->current_hash = history_hash(now, now_exists ? now_len : 0);
	h->have_current = 1;
	gone = util_xmalloc((h->n + 1) * sizeof *gone);
	history_prune(h, keep, gone, &ngone);
	e = history_write_index(h);
	for (i = 0; !e && i < ngone; i++) {
		history_name(gone[i], name, sizeof name);
		(void)unlinkat(h->dir_fd, name, 0);
	}
	free(gone);
	if (!e) {
		e = safewrite_sys_sync(h->dir_fd);
		if (e && safewrite_sys_sync_unsupported(e))
			e = 0;
	}
	return e;
}

int history_forget_original(struct history *h, struct buf *err)
{
	size_t i;
	char name[32];
	int e;

	for (i = 0; i < h->n && !h->v[i].original; i++)
		;
	if (i == h->n)
		return 0;
	if (h->lock_fd < 0) {
		buf_printf(err, "the history of %s is not open for writing", h->file);
		return -1;
	}
	h->v[i].original = 0;
	history_name(h->v[i].n, name, sizeof name);
	free(h->v[i].by);
	memmove(&h->v[i], &h->v[i + 1], (h->n - i - 1) * sizeof *h->v);
	h->n--;
	e = history_write_index(h);
	if (e) {
		safewrite_sys_reason(err, "cannot write the history in", h->dir, e, NULL);
		return -1;
	}
	(void)unlinkat(h->dir_fd, name, 0);
	return 1;
}
