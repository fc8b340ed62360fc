/* cite_apple.h - whether a cited line of Apple's pppd source is one its build leaves out (for the shared tests that check citations). */
#ifndef CITE_APPLE_H
#define CITE_APPLE_H

#include <stdio.h>
#include <string.h>

/* Whether line n of a file of Apple's tree is one the preprocessor leaves
 * out on a Mac: in the #else of an #ifdef __APPLE__, under an #ifndef
 * __APPLE__ or #if !defined(__APPLE__). A condition that is not about
 * __APPLE__ alone may hold, so it leaves a line in. */
static int cite_not_on_apple(const char *root, const char *path, long n)
{
	char full[8192], line[8192];
	signed char on[64];      /* per open #if: 1 kept on a Mac, 0 left out, -1 unknown */
	int depth = 0, i, out = 0;
	long k = 0;
	FILE *f;

	snprintf(full, sizeof full, "%s/%s", root, path);
	f = fopen(full, "r");
	if (!f)
		return 0;
	while (fgets(line, sizeof line, f) && ++k < n) {
		char *d = line + strspn(line, " \t");
		if (*d != '#')
			continue;
		d += 1 + strspn(d + 1, " \t");
		if (!strncmp(d, "if", 2) && depth < (int)sizeof on) {
			int neg = !strncmp(d, "ifndef", 6) || strstr(d, "!defined") ||
			          strstr(d, "! defined") || strstr(d, "!__APPLE__");
			on[depth++] = !strstr(d, "__APPLE__") || strstr(d, "&&") || strstr(d, "||") ?
			              -1 : !neg;
		} else if (!strncmp(d, "elif", 4) && depth) {
			on[depth - 1] = on[depth - 1] == 1 ? 0 : -1;
		} else if (!strncmp(d, "else", 4) && depth && on[depth - 1] >= 0) {
			on[depth - 1] = !on[depth - 1];
		} else if (!strncmp(d, "endif", 5) && depth) {
			depth--;
		}
	}
	fclose(f);
	for (i = 0; i < depth; i++)
		out |= on[i] == 0;
	return out;
}

#endif
