/* cite_comment.h - which part of a cited line of a C source is code and which is comment (for the shared tests that check citations). */
#ifndef CITE_COMMENT_H
#define CITE_COMMENT_H

#include <stdio.h>
#include <string.h>

/* Where the scanner is: in code, a block comment, a line comment, a
 * string literal or a character literal. */
enum cite_scan { CITE_CODE, CITE_BLOCK, CITE_LINE, CITE_STR, CITE_CHR };

/* Whether path names a C source or header (the files whose comments the
 * scanner knows). */
static inline int cite_is_c(const char *path)
{
	size_t n = strlen(path);

	return n > 2 && path[n - 2] == '.' && (path[n - 1] == 'c' || path[n - 1] == 'h');
}

/* Line n (1-based) of a C file with its comments blanked out, into code
 * (cap bytes, cut short if longer); *comment says whether a comment covers
 * any of it. Comment spans are worked out from the top of the file, so
 * comment markers inside strings and character literals do not count; a
 * literal left open ends with its line, as the compiler would refuse it.
 * Returns 0 for other files, a missing file or a missing line. */
static inline int cite_code_of(const char *root, const char *path, long n, char *code,
                               size_t cap, int *comment)
{
	char full[8192];
	enum cite_scan s = CITE_CODE;
	int c, prev = 0, found = 0;
	size_t len = 0;
	long k = 1;
	FILE *f;

	*comment = 0;
	if (!cite_is_c(path) || cap == 0)
		return 0;
	snprintf(full, sizeof full, "%s/%s", root, path);
	f = fopen(full, "r");
	if (!f)
		return 0;
	while (k <= n && (c = getc(f)) != EOF) {
		int keep = 1, orig = c; /* whether c is code (kept) or comment (blanked) */
		found |= k == n;
		if (c == '\n') {
			if ((s == CITE_LINE || s == CITE_STR || s == CITE_CHR) && prev != '\\')
				s = CITE_CODE;
			if (k == n && (s == CITE_BLOCK || s == CITE_LINE))
				*comment = 1;
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
					keep = 0;
					if (k == n && len + 1 < cap)
						code[len++] = ' ';
					c = 0;     /* the '*' of the opening does not close it */
					break;
				}
				ungetc(d, f);
			}
			if (c == '"')
				s = CITE_STR;
			else if (c == '\'')
				s = CITE_CHR;
			break;
		case CITE_BLOCK:
			keep = 0;
			if (prev == '*' && c == '/') {
				s = CITE_CODE;
				c = 0;
			}
			break;
		case CITE_LINE:
			keep = 0;
			break;
		case CITE_STR:
		case CITE_CHR:
			if (prev == '\\')
				c = 0;     /* escaped: neither a quote nor a backslash */
			else if (c == (s == CITE_STR ? '"' : '\''))
				s = CITE_CODE;
			break;
		}
		if (k == n) {
			*comment |= !keep;
			if (len + 1 < cap)
				code[len++] = keep ? (char)orig : ' ';
		}
		prev = c;
	}
	fclose(f);
	code[len] = '\0';
	return found;
}

/* Whether line n of a C file lies wholly inside a comment: it holds no
 * code, and a comment covers it (a line of a block comment, or a line that
 * is only a // comment). 0 for other files and for a missing file. */
static inline int cite_in_comment(const char *root, const char *path, long n)
{
	char code[8192];
	int comment;

	if (!cite_code_of(root, path, n, code, sizeof code, &comment))
		return 0;
	return comment && code[strspn(code, " \t\r\f\v")] == '\0';
}

/* Whether sym is on line n of a C file outside its comments; 1 for other
 * files (they have no comments to leave out) and 0 for a missing line. */
static inline int cite_in_code(const char *root, const char *path, long n, const char *sym)
{
	char code[8192];
	int comment;

	if (!cite_is_c(path))
		return 1;
	return cite_code_of(root, path, n, code, sizeof code, &comment) && strstr(code, sym);
}

#endif
