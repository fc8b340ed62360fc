/* po2c.c - turns the translations (po/<lang>.po) into the C tables pppconf is built with, and checks a .po against the .pot.
 *
 *   po2c FILE.po...          C tables on stdout (for src/base/i18n.c)
 *   po2c --check POT FILE.po lists what must not ship: fuzzy entries,
 *                            obsolete (#~) entries, entries whose msgid is
 *                            not in POT (stale), translations that are not
 *                            UTF-8 or that hold characters whose width
 *                            depends on the terminal; exit 1 if any.
 *
 * Only what pppconf's files use is read: msgctxt, msgid, msgstr, comments
 * and flags. Plural forms are refused (no string needs them yet). Built
 * and run by the Makefile on the build machine, with no gettext needed. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct po_str {
	char *s;
	size_t len, cap;
};

struct po_entry {
	struct po_str ctx, id, str;
	int has_ctx, fuzzy, obsolete, line;
};

struct po_file {
	const char *path;
	struct po_entry *v;
	size_t n, cap;
	int errors;
};

static void *po_alloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fprintf(stderr, "po2c: out of memory\n");
		exit(2);
	}
	return p;
}

static void po_addc(struct po_str *b, char c)
{
	if (b->len + 2 > b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		b->s = po_alloc(b->s, b->cap);
	}
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

static const char *po_cstr(const struct po_str *b)
{
	return b->s ? b->s : "";
}

static void po_error(struct po_file *f, int line, const char *what)
{
	fprintf(stderr, "%s:%d: %s\n", f->path, line, what);
	f->errors++;
}

/* Appends the C-style quoted string at p to b; returns 0, or -1 if malformed. */
static int po_string(const char *p, struct po_str *b)
{
	if (*p++ != '"')
		return -1;
	while (*p && *p != '"') {
		char c = *p++;

		if (c == '\\') {
			static const char esc[] = { 'n', '\n', 't', '\t', 'r', '\r', 'a', '\a',
				'b', '\b', 'f', '\f', 'v', '\v', '\\', '\\', '"', '"', '?', '?',
				'\'', '\'', '\0' };
			const char *e = strchr(esc, *p);

			if (*p >= '0' && *p <= '7') {
				int v = 0, k;

				for (k = 0; k < 3 && *p >= '0' && *p <= '7'; k++)
					v = v * 8 + (*p++ - '0');
				c = (char)v;
			} else if (e && (e - esc) % 2 == 0 && *p) {
				c = e[1];
				p++;
			} else {
				return -1;
			}
		}
		po_addc(b, c);
	}
	if (*p != '"')
		return -1;
	for (p++; *p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'; p++)
		;
	return *p ? -1 : 0;
}

static struct po_entry *po_new(struct po_file *f, int line)
{
	struct po_entry *e;

	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 256;
		f->v = po_alloc(f->v, f->cap * sizeof *f->v);
	}
	e = &f->v[f->n++];
	memset(e, 0, sizeof *e);
	e->line = line;
	return e;
}

enum po_part { PO_NONE, PO_CTX, PO_ID, PO_STR };

static void po_read(struct po_file *f, const char *path)
{
	FILE *in = fopen(path, "r");
	char line[8192];
	struct po_entry *cur = NULL;
	enum po_part part = PO_NONE;
	int ln = 0, fuzzy = 0, obsolete;

	memset(f, 0, sizeof *f);
	f->path = path;
	if (!in) {
		fprintf(stderr, "po2c: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	while (fgets(line, sizeof line, in)) {
		char *p = line;
		struct po_str *to = NULL;

		ln++;
		obsolete = strncmp(p, "#~", 2) == 0;
		if (obsolete)
			for (p += 2; *p == ' '; p++)
				;
		else if (*p == '#') {
			if (p[1] == ',' && strstr(p, "fuzzy"))
				fuzzy = 1;
			part = part == PO_STR ? PO_NONE : part;
			continue;
		}
		if (strspn(p, " \t\r\n") == strlen(p)) {
			part = PO_NONE;
			continue;
		}
		if (strncmp(p, "msgctxt ", 8) == 0 || strncmp(p, "msgid ", 6) == 0) {
			int is_ctx = p[3] == 'c';

			if (is_ctx || part != PO_CTX) {
				cur = po_new(f, ln);
				cur->fuzzy = fuzzy;
				fuzzy = 0;
			}
			cur->obsolete |= obsolete;
			part = is_ctx ? PO_CTX : PO_ID;
			cur->has_ctx |= is_ctx;
			to = is_ctx ? &cur->ctx : &cur->id;
			p += is_ctx ? 8 : 6;
		} else if (strncmp(p, "msgstr ", 7) == 0 && cur && part == PO_ID) {
			part = PO_STR;
			to = &cur->str;
			p += 7;
		} else if (strncmp(p, "msgid_plural", 12) == 0 || strncmp(p, "msgstr[", 7) == 0) {
			po_error(f, ln, "plural forms are not supported (po/po2c.c)");
			continue;
		} else if (*p == '"' && cur && part != PO_NONE) {
			to = part == PO_CTX ? &cur->ctx : part == PO_ID ? &cur->id : &cur->str;
		} else {
			po_error(f, ln, "not understood");
			continue;
		}
		if (po_string(p, to) < 0)
			po_error(f, ln, "a malformed string");
	}
	fclose(in);
}

/* The one order: context ("" for none) first, then msgid, bytewise - as
 * src/base/i18n.c's bsearch compares. */
static int po_cmp(const void *a, const void *b)
{
	const struct po_entry *x = a, *y = b;
	int c = strcmp(po_cstr(&x->ctx), po_cstr(&y->ctx));

	return c ? c : strcmp(po_cstr(&x->id), po_cstr(&y->id));
}

/* Length of the UTF-8 sequence at s (valid, shortest form), or 0. */
static size_t po_utf8(const unsigned char *s, unsigned long *cp)
{
	size_t n, i;
	unsigned long v;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, v = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, v = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, v = s[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10ffff)) ||
	    (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return n;
}

/* Characters that terminals draw one or two columns wide depending on a
 * setting (East Asian "ambiguous" width): a translation uses the
 * full-width or ASCII forms instead, so every column is where it is
 * measured to be. */
static int po_ambiguous(unsigned long cp)
{
	static const unsigned long amb[] = {
		0x00a7, 0x00b0, 0x00b1, 0x00b7, 0x00d7, 0x00f7, 0x2010, 0x2013, 0x2014,
		0x2015, 0x2016, 0x2018, 0x2019, 0x201c, 0x201d, 0x2020, 0x2021, 0x2025,
		0x2026, 0x2030, 0x2032, 0x2033, 0x203b, 0x2103, 0x2116, 0x2160, 0x2190,
		0x2191, 0x2192, 0x2193, 0x21d2, 0x21d4, 0x2200, 0x2208, 0x2211, 0x221a,
		0x221e, 0x2220, 0x2227, 0x2228, 0x2229, 0x222a, 0x2234, 0x2248, 0x2260,
		0x2261, 0x2264, 0x2265, 0x2460, 0x25a0, 0x25a1, 0x25b2, 0x25b3, 0x25c6,
		0x25cb, 0x25ce, 0x25cf, 0x2605, 0x2606,
	};
	size_t i;

	if (cp >= 0x2500 && cp <= 0x257f)   /* box drawing */
		return 1;
	for (i = 0; i < sizeof amb / sizeof amb[0]; i++)
		if (amb[i] == cp)
			return 1;
	return 0;
}

/* Problems of one translation's text (with `widths`, also the characters
 * of ambiguous width); returns how many. */
static int po_check_text(struct po_file *f, const struct po_entry *e, int widths)
{
	const unsigned char *s = (const unsigned char *)po_cstr(&e->str);
	int bad = 0;
	char msg[160];

	while (*s) {
		unsigned long cp;
		size_t k = po_utf8(s, &cp);

		if (!k) {
			po_error(f, e->line, "the translation is not valid UTF-8");
			return 1;
		}
		if (widths && po_ambiguous(cp) && !bad++) {
			snprintf(msg, sizeof msg, "U+%04lX in the translation: its width depends "
			         "on the terminal; use the full-width or the ASCII form", cp);
			po_error(f, e->line, msg);
		}
		s += k;
	}
	return bad;
}

static int po_has(const struct po_file *pot, const struct po_entry *e)
{
	return bsearch(e, pot->v, pot->n, sizeof *e, po_cmp) != NULL;
}

static int po_check(const char *potpath, const char *popath)
{
	struct po_file pot, po;
	size_t i;
	char msg[200];

	po_read(&pot, potpath);
	po_read(&po, popath);
	qsort(pot.v, pot.n, sizeof *pot.v, po_cmp);
	for (i = 0; i < po.n; i++) {
		const struct po_entry *e = &po.v[i];

		if (e->id.len == 0)
			continue;       /* the header */
		snprintf(msg, sizeof msg, "%.40s%s\"%.60s\"", e->has_ctx ? po_cstr(&e->ctx) : "",
		         e->has_ctx ? " " : "", po_cstr(&e->id));
		if (e->obsolete) {
			po_error(&po, e->line, "an obsolete (#~) entry; msgattrib --no-obsolete removes it");
			continue;
		}
		if (e->fuzzy)
			po_error(&po, e->line, "a fuzzy entry: check the translation and drop the flag");
		if (!po_has(&pot, e)) {
			fprintf(stderr, "%s:%d: stale: no longer in %s: %s\n", popath, e->line,
			        potpath, msg);
			po.errors++;
		}
		po_check_text(&po, e, 1);
	}
	return pot.errors || po.errors ? 1 : 0;
}

/* The language of a file: its name without folder and ".po". */
static void po_lang(const char *path, char *out, size_t n)
{
	const char *b = strrchr(path, '/');
	size_t k;

	b = b ? b + 1 : path;
	k = strcspn(b, ".");
	snprintf(out, n, "%.*s", (int)k, b);
}

static void po_emit_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\' || c == '?')   /* '?': no trigraphs */
			printf("\\%c", c);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c < 0x20 || c >= 0x7f)
			printf("\\%03o", c);
		else
			putchar(c);
	}
	putchar('"');
}

static int po_tables(int n, char **paths)
{
	struct po_file *files = po_alloc(NULL, (size_t)n * sizeof *files);
	char lang[64];
	int i, errors = 0;
	size_t k;

	printf("/* Generated by po/po2c.c from the translations in po/; do not edit. */\n");
	for (i = 0; i < n; i++) {
		struct po_file *f = &files[i];

		po_read(f, paths[i]);
		qsort(f->v, f->n, sizeof *f->v, po_cmp);
		po_lang(paths[i], lang, sizeof lang);
		printf("\nstatic const struct i18n_msg i18n_msgs_%s[] = {\n", lang);
		for (k = 0; k < f->n; k++) {
			const struct po_entry *e = &f->v[k];

			if (k && po_cmp(e, e - 1) == 0 && !e->obsolete && !e[-1].obsolete)
				po_error(f, e->line, "a second entry for the same msgid");
			if (e->id.len == 0 || e->str.len == 0 || e->fuzzy || e->obsolete)
				continue;
			if (po_check_text(f, e, 0))
				continue;
			fputs("\t{ ", stdout);
			po_emit_str(po_cstr(&e->ctx));
			fputs(", ", stdout);
			po_emit_str(po_cstr(&e->id));
			fputs(",\n\t  ", stdout);
			po_emit_str(po_cstr(&e->str));
			fputs(" },\n", stdout);
		}
		printf("\t{ \"\", \"\", \"\" }   /* not searched: keeps the table non-empty */\n};\n");
		errors += f->errors;
	}
	printf("\nstatic const struct i18n_table i18n_tables[] = {\n");
	for (i = 0; i < n; i++) {
		po_lang(paths[i], lang, sizeof lang);
		printf("\t{ \"%s\", i18n_msgs_%s, sizeof i18n_msgs_%s / sizeof i18n_msgs_%s[0] - 1 },\n",
		       lang, lang, lang, lang);
	}
	printf("};\n");
	return errors ? 1 : 0;
}

int main(int argc, char **argv)
{
	if (argc == 4 && strcmp(argv[1], "--check") == 0)
		return po_check(argv[2], argv[3]);
	if (argc < 2 || argv[1][0] == '-') {
		fprintf(stderr, "usage: po2c FILE.po... | po2c --check POT FILE.po\n");
		return 2;
	}
	return po_tables(argc - 1, argv + 1);
}
