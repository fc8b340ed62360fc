/* test_catalog_text.c - the catalogue's texts: the releases they name, and the conflicts they list against what check refuses. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "t.h"
#include "check/check.h"
#include "pppd/catalog.h"

/*
 * pppconf's facts rest on the pinned sources: Linux pppd 2.4.9 and 2.5.3,
 * and Apple's ppp. A text that says "2.4.9 and later" vouches for 2.5.0 to
 * 2.5.2 and for releases not yet made, which nobody here has read; "2.5.x"
 * does the same. Another release may be named only on the word of a
 * pinned release note, which the row then cites (README or NEWS); the
 * row's own "Linux pppd: since" field says when a word came.
 */

/* The open-ended ways of naming releases. */
static const char *const text_open[] = {
	" and later", " or later", " onwards", " and newer", " or newer", " and up",
};

static int text_is_release(const char *s)
{
	return s[0] == '2' && s[1] == '.' && (s[2] == '4' || s[2] == '5') && s[3] == '.';
}

/* The first release number in s after a position that is neither pinned
 * nor backed by a release note the row cites; NULL when every one is. */
static const char *text_unbacked_release(const char *s, const char *cite)
{
	int noted = cite && (strstr(cite, "/README:") || strstr(cite, "/NEWS:"));
	const char *p;

	for (p = s; p && *p; p++) {
		if ((p > s && (isdigit((unsigned char)p[-1]) || p[-1] == '.')) || !text_is_release(p))
			continue;
		if (p[4] == 'x')
			return p;   /* "2.5.x": any release of the series */
		if (!isdigit((unsigned char)p[4]) || isdigit((unsigned char)p[5]))
			continue;
		if (strncmp(p, "2.4.9", 5) != 0 && strncmp(p, "2.5.3", 5) != 0 && !noted)
			return p;
	}
	return NULL;
}

/* A release number followed by an open end ("2.5.3 and later"). */
static const char *text_open_release(const char *s)
{
	const char *p;
	size_t i;

	for (p = s; p && *p; p++) {
		if (!text_is_release(p) || !isdigit((unsigned char)p[4]))
			continue;
		for (i = 0; i < sizeof text_open / sizeof text_open[0]; i++)
			if (strncmp(p + 5, text_open[i], strlen(text_open[i])) == 0)
				return p;
	}
	return NULL;
}

static void test_releases(void)
{
	size_t i, k, open = 0, unbacked = 0;
	char first_open[96] = "", first_unbacked[96] = "";

	for (i = 0; i < catalog_count(); i++) {
		const struct catalog_entry *e = catalog_at(i);
		const char *texts[] = { e->summary, e->explain, e->risk };

		for (k = 0; k < sizeof texts / sizeof texts[0]; k++) {
			const char *hit;

			if ((hit = text_open_release(texts[k])) != NULL && !open++)
				snprintf(first_open, sizeof first_open, "%s: %.60s", e->name, hit);
			if ((hit = text_unbacked_release(texts[k], e->cite)) != NULL && !unbacked++)
				snprintf(first_unbacked, sizeof first_unbacked, "%s: %.60s", e->name, hit);
		}
	}
	T_OK(open == 0, "%zu texts name releases with an open end (first: %s)", open, first_open);
	T_OK(unbacked == 0, "%zu texts name a release neither pinned nor in a cited release "
	     "note (first: %s)", unbacked, first_unbacked);
}

/* The checks above find what they are for. */
static void test_rules(void)
{
	T_OK(text_open_release("Linux pppd 2.5.3 and later.") != NULL, "an open end is found");
	T_OK(text_open_release("for later ones") == NULL, "\"later\" alone is no release");
	T_OK(text_unbacked_release("while 2.5.x needs it", NULL) != NULL, "a series is found");
	T_OK(text_unbacked_release("new in 2.5.1", "linux-ppp-2.5.3/pppd/options.c:1 x") != NULL,
	     "an unpinned release needs a release note");
	T_OK(text_unbacked_release("new in 2.5.1", "linux-ppp-2.5.3/README:160 x") == NULL,
	     "a cited release note backs it");
	T_OK(text_unbacked_release("Linux pppd 2.4.9 and 2.5.3", NULL) == NULL, "pinned ones pass");
	T_OK(text_unbacked_release("port 12.4.90", NULL) == NULL, "only whole numbers count");
}

/* Whether the space-separated list holds name. */
static int text_lists(const char *list, const char *name)
{
	size_t n = strlen(name), k;

	while (list && *list) {
		list += strspn(list, " ");
		k = strcspn(list, " ");
		if (k == n && strncmp(list, name, n) == 0)
			return 1;
		list += k;
	}
	return 0;
}

/* The row named `name` on platform p, wildcard rows ("<device>") too. */
static const struct catalog_entry *text_row(const char *name, enum platform p)
{
	size_t i;

	for (i = 0; i < catalog_count(); i++)
		if (strcmp(catalog_at(i)->name, name) == 0 && (catalog_at(i)->platforms & p))
			return catalog_at(i);
	return NULL;
}

/* A pair every pppd refuses together is a conflict each row names, so
 * that explain and the pane say what check will refuse (a pair only Linux
 * refuses is left to the row's text: the list holds for both platforms). */
static void test_conflicts_pairs(void)
{
	const char *a, *b;
	int linux_only;
	size_t i;

	for (i = 0; check_pair_at(i, &a, &b, &linux_only); i++) {
		/* a row's conflicts hold on every platform it has */
		enum platform p = PLATFORM_LINUX;
		const struct catalog_entry *ra = text_row(a, p), *rb = text_row(b, p);

		T_OK(ra && rb, "pair %s/%s: both rows exist", a, b);
		if (!ra || !rb || linux_only)
			continue;
		T_OK(text_lists(ra->conflicts, b), "%s lists %s as a conflict", a, b);
		T_OK(text_lists(rb->conflicts, a), "%s lists %s as a conflict", b, a);
	}
	T_OK(i > 0, "the pairs table is not empty");
}

int main(void)
{
	test_rules();
	test_releases();
	test_conflicts_pairs();
	return t_done();
}
