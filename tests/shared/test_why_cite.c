/* test_why_cite.c - every row of the why table and every alert opens on the pinned source line that says what it claims (needs ../shared/upstream). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "why/why_alert.h"
#include "why/why_match.h"
#include "why/why_table.h"
#include "t.h"
#include "cite_apple.h"
#include "cite_comment.h"

static const char *const cite_trees[] = {
	"linux-ppp-2.5.3/", "linux-ppp-2.4.9/", "apple-ppp-1027.121.1/"
};

/* Lines n .. n+extra of the file (1-based) joined by newlines; 0 when the
 * file or line n is missing. */
static int cite_lines(const char *root, const char *path, long n, int extra, struct buf *out)
{
	char full[8192], line[8192];
	FILE *f;
	long k = 0;

	snprintf(full, sizeof full, "%s/%s", root, path);
	f = fopen(full, "r");
	if (!f)
		return 0;
	buf_reset(out);
	buf_adds(out, "");
	while (fgets(line, sizeof line, f) && k < n + extra)
		if (++k >= n)
			buf_adds(out, line);
	fclose(f);
	return k >= n;
}

/* Splits "<folder>/<path>:<line>" into path and line; 0 when malformed or
 * not in a pinned tree. */
static int cite_split(const char *c, size_t n, char *path, size_t cap, long *line)
{
	const char *colon = NULL;
	size_t i;
	int tree = 0;

	for (i = 0; i < n; i++)
		if (c[i] == ':')
			colon = c + i;
	for (i = 0; i < 3; i++)
		tree |= strncmp(c, cite_trees[i], strlen(cite_trees[i])) == 0;
	if (!colon || !tree || (size_t)(colon - c) >= cap)
		return 0;
	memcpy(path, c, (size_t)(colon - c));
	path[colon - c] = '\0';
	*line = strtol(colon + 1, NULL, 10);
	return *line > 0;
}

/* The pattern's first fixed piece is on the cited line, and all pieces come
 * in order on it and the next four (a call may span lines). */
static void cite_entry(const char *root, const struct why_entry *e)
{
	const char *c = e->cite;
	struct buf text = { 0 };
	int ncites = 0;

	while (*c) {
		size_t n = strcspn(c, " "), pos = 0, len, first_len = 0;
		char path[1024];
		long line;
		const char *piece, *at;

		if (!T_OK(cite_split(c, n, path, sizeof path, &line), "%s: citation '%.*s' names a "
		          "pinned tree and a line", e->id, (int)n, c))
			goto next;
		if (!T_OK(cite_lines(root, path, line, 4, &text), "%s: %s has a line %ld", e->id, path,
		          line))
			goto next;
		T_OK(!cite_in_comment(root, path, line), "%s: %s:%ld is a comment, not code: cite the "
		     "line that does it", e->id, path, line);
		first_len = strcspn(text.data, "\n");
		at = text.data;
		while ((piece = why_match_piece(e->pattern, &pos, &len)) != NULL) {
			char want[512];
			const char *hit;
			snprintf(want, sizeof want, "%.*s", (int)len, piece);
			hit = strstr(at, want);
			if (!T_OK(hit && (at != text.data || (size_t)(hit - text.data) < first_len),
			          "%s: %s:%ld holds '%s'", e->id, path, line, want))
				break;
			at = hit + len;
		}
		ncites++;
	next:
		c += n;
		while (*c == ' ')
			c++;
	}
	T_OK(ncites > 0, "%s has a citation", e->id);
	buf_free(&text);
}

/* The numeric value of "#define NAME value" in a file; -1 when not there. */
static long cite_define(const char *root, const char *path, const char *name)
{
	char full[8192], line[8192], want[256];
	FILE *f;
	long v = -1;

	snprintf(full, sizeof full, "%s/%s", root, path);
	snprintf(want, sizeof want, "#define %s", name);
	f = fopen(full, "r");
	if (!f)
		return -1;
	while (v < 0 && fgets(line, sizeof line, f)) {
		char *p = strstr(line, want);
		if (p && (p[strlen(want)] == ' ' || p[strlen(want)] == '\t'))
			v = strtol(p + strlen(want), NULL, 10);
	}
	fclose(f);
	return v;
}

/* The alert's text is its key's string; the status line sets the number of
 * the key (through the EXIT_ name it names, looked up where it is defined). */
static void cite_alert(const char *root, const struct why_alert *a)
{
	struct buf text = { 0 }, want = { 0 };
	char path[1024], name[128];
	long line, number = strtol(strrchr(a->key, ' ') + 1, NULL, 10);
	const char *ex;

	buf_printf(&want, "\"%s\" = \"%s\";", a->key, a->en);
	if (T_OK(cite_split(a->cite, strlen(a->cite), path, sizeof path, &line) &&
	         cite_lines(root, path, line, 0, &text), "%s: %s opens", a->key, a->cite))
		T_OK(strstr(text.data, want.data) != NULL, "%s: %s holds %s", a->key, a->cite, want.data);
	T_OK(why_table_find(a->entry) != NULL, "%s: the entry %s exists", a->key, a->entry);
	if (!T_OK(cite_split(a->status_cite, strlen(a->status_cite), path, sizeof path, &line) &&
	          cite_lines(root, path, line, 0, &text), "%s: %s opens", a->key, a->status_cite))
		goto done;
	T_OK(!cite_in_comment(root, path, line), "%s: %s is a comment, not code", a->key,
	     a->status_cite);
	T_OK(!cite_not_on_apple(root, path, line), "%s: %s is built on Apple (not under "
	     "#ifndef __APPLE__)", a->key, a->status_cite);
	ex = strstr(text.data, "EXIT_");
	if (!ex) {
		T_OK(strstr(text.data, "devstatus") != NULL, "%s: %s sets a status", a->key,
		     a->status_cite);
		goto done;
	}
	snprintf(name, sizeof name, "%.*s", (int)strspn(ex, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"), ex);
	{
		static const char *const homes[] = {
			"apple-ppp-1027.121.1/Helpers/pppd/pppd.h",
			"apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/l2tp.h",
			"apple-ppp-1027.121.1/Drivers/PPPSerial/PPPSerial-plugin/main.c"
		};
		long v = -1;
		size_t i;
		for (i = 0; i < 3 && v < 0; i++)
			v = cite_define(root, homes[i], name);
		T_INTEQ(v, number, "%s: %s (at %s) is status %ld", a->key, name, a->status_cite, number);
	}
done:
	buf_free(&text);
	buf_free(&want);
}

int main(void)
{
	const char *shared = getenv("SHARED");
	char root[4096];
	size_t i;

	snprintf(root, sizeof root, "%s/upstream", shared ? shared : "../shared");
	for (i = 0; i < why_table_count(); i++)
		cite_entry(root, why_table_at(i));
	for (i = 0; i < why_alert_count(); i++)
		cite_alert(root, why_alert_at(i));
	printf("%zu rows, %zu alerts checked against %s\n", why_table_count(), why_alert_count(),
	       root);
	return t_done();
}
