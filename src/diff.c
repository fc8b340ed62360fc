/* diff.c - placeholder: one hunk replacing everything, until the Myers diff lands. */
#include "diff.h"

#include <string.h>

static void diff_lines(struct buf *out, char mark, const char *p, size_t n)
{
	size_t i = 0;

	while (i < n) {
		const char *nl = memchr(p + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - p) + 1 : n;

		buf_addc(out, mark);
		buf_add(out, p + i, e - i);
		if (!nl)
			buf_adds(out, "\n\\ No newline at end of file\n");
		i = e;
	}
}

static size_t diff_count(const char *p, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += p[i] == '\n';
	return c + (n && p[n - 1] != '\n');
}

size_t diff_unified(const char *old, size_t old_len, const char *new_, size_t new_len,
                    const char *old_name, const char *new_name, int context,
                    struct buf *out)
{
	size_t a = diff_count(old, old_len), b = diff_count(new_, new_len);

	(void)context;
	if (old_len == new_len && memcmp(old, new_, old_len) == 0)
		return 0;
	buf_printf(out, "--- %s\n+++ %s\n@@ -%zu,%zu +%zu,%zu @@\n", old_name, new_name,
	           a ? (size_t)1 : 0, a, b ? (size_t)1 : 0, b);
	diff_lines(out, '-', old, old_len);
	diff_lines(out, '+', new_, new_len);
	return 1;
}
