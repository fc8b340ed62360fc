/* cite_comment.h - whether a cited line of a C source is only a comment (for the shared tests that check citations). */
#ifndef CITE_COMMENT_H
#define CITE_COMMENT_H

#include <stdio.h>
#include <string.h>

/* Where the scanner is: in code, a block comment, a line comment, a
 * string literal or a character literal. */
enum cite_scan { CITE_CODE, CITE_BLOCK, CITE_LINE, CITE_STR, CITE_CHR };

/* Whether path names a C source or header (the files whose comments the
 * scanner knows). */
static int cite_is_c(const char *path)
{
	size_t n = strlen(path);

	return n > 2 && path[n - 2] == '.' && (path[n - 1] == 'c' || path[n - 1] == 'h');
}

/* Whether line n (1-based) of a C file lies wholly inside a comment: it
 * holds no code, and a comment covers it (a line of a block comment, or a
 * line that is only a // comment). Comment spans are worked out from the
 * top of the file, so comment markers inside strings and character
 * literals do not count; a literal left open ends with its line, as the
 * compiler would refuse it. 0 for other files and for a missing file. */
static int cite_in_comment(const char *root, const char *path, long n)
{
	char full[8192];
	enum cite_scan s = CITE_CODE;
	int c, prev = 0, code = 0, comment = 0;
	long k = 1;
	FILE *f;

	if (!cite_is_c(path))
		return 0;
	snprintf(full, sizeof full, "%s/%s", root, path);
	f = fopen(full, "r");
	if (!f)
		return 0;
	while (k <= n && (c = getc(f)) != EOF) {
		if (k == n && (s == CITE_BLOCK || s == CITE_LINE))
			comment = 1;
		if (c == '\n') {
			if ((s == CITE_LINE || s == CITE_STR || s == CITE_CHR) && prev != '\\')
				s = CITE_CODE;
			k++;
			prev = c;
			continue;
		}
		switch (s) {
		case CITE_CODE:
			if (c == '/') {
				int d = getc(f);
				if (d == '*' || d == '/') {
					s = d == '*' ? CITE_BLOCK : CITE_LINE;
					if (k == n)
						comment = 1;
					c = 0;     /* the '*' of "/ *" does not close it */
					break;
				}
				ungetc(d, f);
			}
			if (c == '"')
				s = CITE_STR;
			else if (c == '\'')
				s = CITE_CHR;
			if (k == n && c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
				code = 1;
			break;
		case CITE_BLOCK:
			if (prev == '*' && c == '/') {
				s = CITE_CODE;
				c = 0;
			}
			break;
		case CITE_LINE:
			break;
		case CITE_STR:
		case CITE_CHR:
			if (k == n)
				code = 1;
			if (prev == '\\')
				c = 0;     /* escaped: neither a quote nor a backslash */
			else if (c == (s == CITE_STR ? '"' : '\''))
				s = CITE_CODE;
			break;
		}
		prev = c;
	}
	fclose(f);
	return comment && !code;
}

#endif
