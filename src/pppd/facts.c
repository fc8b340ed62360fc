/* facts.c - the words of a directive as the screens show them, secrets masked. */
#include "pppd/facts.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "pppd/lexer.h"

const char *facts_name_bytes(const struct doc *d, size_t i, size_t *len)
{
	return doc_word_bytes(d, d->entries[i].word, len);
}

const struct catalog_entry *facts_catalog(const struct doc *d, size_t i, enum platform p)
{
	const struct catalog_entry *ce;
	size_t len;
	const char *name;

	if (i >= d->nentries)
		return NULL;
	name = facts_name_bytes(d, i, &len);
	ce = catalog_match(name, len, p);
	if (!ce && !memchr(name, '\0', len)) {
		char s[LEXER_MAXWORD + 1];

		ce = catalog_find_any(doc_word_cstr(d, d->entries[i].word, s, NULL), p);
	}
	return ce;
}

int facts_row_secret(const struct catalog_entry *ce)
{
	return ce && ce->nargs > 0 &&
	       ((ce->flags & CATALOG_HIDE) || ce->arg == CATALOG_ARG_SECRET);
}

/* A word pppd does not know but that reads as a misspelt secret option
 * ("passwrd hunter2"): its value is as secret as the real option's, and the
 * checks' correction is that option. Only a name's position asks this: the
 * edit-distance search is not for every value on a line. */
static int facts_misspelt_secret(const char *w, size_t len, enum platform p)
{
	const struct catalog_entry *sug;

	return len > 0 && len < 64 && catalog_suggest(w, len, p, &sug, 1) == 1 &&
	       facts_row_secret(sug);
}

int facts_secret(const struct doc *d, size_t i, enum platform p)
{
	const struct catalog_entry *ce;
	const char *name;
	size_t len;

	if (i >= d->nentries || d->entries[i].nwords < 2)
		return 0;
	ce = facts_catalog(d, i, p);
	if (ce)
		return facts_row_secret(ce);
	name = facts_name_bytes(d, i, &len);
	return facts_misspelt_secret(name, len, p);
}

void facts_entry_text(const struct doc *d, size_t i, enum platform p, int reveal,
                      struct buf *out)
{
	const struct doc_entry *e;
	size_t w, len;
	int secret;

	if (i >= d->nentries)
		return;
	e = &d->entries[i];
	secret = !reveal && facts_secret(d, i, p);
	for (w = 0; w < e->nwords; w++) {
		const char *v = doc_word_bytes(d, e->word + w, &len);

		if (w)
			buf_addc(out, ' ');
		if (w && secret)
			buf_adds(out, FACTS_MASK);
		else if (w == 0)
			buf_add(out, v, len);   /* the name as it stands; drawing escapes it */
		else
			lexer_quote(out, v, len);
	}
}

/* depth: a comment is masked as text once more ("#password x" is a disabled
 * directive), but not recursively without end. */
static void facts_mask(enum lexer_dialect dl, enum platform p, const char *line,
                       size_t len, struct buf *out, int depth)
{
	struct lexer lx;
	struct lexer_token t;
	size_t done = 0;
	int hide_next = 0, first = 1;

	lexer_init(&lx, line, len, dl);
	while (lexer_next(&lx, &t)) {
		if (t.kind == LEXER_COMMENT) {
			if (depth > 0)
				continue;
			buf_add(out, line + done, t.start + 1 - done);
			facts_mask(dl, p, line + t.start + 1, t.end - t.start - 1, out, depth + 1);
			done = t.end;
			hide_next = 0;
		} else if (hide_next) {
			buf_add(out, line + done, t.start - done);
			buf_adds(out, FACTS_MASK);
			done = t.end;
			hide_next = 0;
		} else {
			const struct catalog_entry *ce = NULL;

			if (strlen(t.text) == t.len)
				ce = catalog_find_any(t.text, p);
			hide_next = ce ? facts_row_secret(ce) :
			            first && facts_misspelt_secret(t.text, t.len, p);
		}
		first = 0;
	}
	lexer_free(&lx);
	buf_add(out, line + done, len - done);
}

void facts_mask_line(enum platform p, int reveal, const char *line, size_t len,
                     struct buf *out)
{
	if (reveal)
		buf_add(out, line, len);
	else
		facts_mask(lexer_dialect_for(p), p, line, len, out, 0);
}

/* "rp-pppoe.so" is the older name of "pppoe.so"; a path names its last part. */
static int facts_same_plugin(const char *have, size_t hn, const char *want)
{
	const char *slash;

	while ((slash = memchr(have, '/', hn)) != NULL) {
		hn -= (size_t)(slash + 1 - have);
		have = slash + 1;
	}
	if (hn > 3 && strncmp(have, "rp-", 3) == 0) {
		have += 3;
		hn -= 3;
	}
	if (strncmp(want, "rp-", 3) == 0)
		want += 3;
	return strlen(want) == hn && memcmp(have, want, hn) == 0;
}

size_t facts_plugin_entry(const struct doc *d, const char *plugin)
{
	size_t i, len;

	for (i = 0; i < d->nentries; i++) {
		const struct doc_entry *e = &d->entries[i];
		const char *n;

		if (e->disabled || e->nwords < 2 ||
		    (!doc_word_is(d, e->word, "plugin") && !doc_word_is(d, e->word, "plugin2")))
			continue;
		n = doc_word_bytes(d, e->word + 1, &len);
		if (facts_same_plugin(n, len, plugin))
			return i;
	}
	return SIZE_MAX;
}

void facts_arg_text(const struct catalog_entry *ce, struct buf *out)
{
	const char *kind = catalog_arg_name(ce->arg);
	struct buf d = { 0 };

	if (ce->arg == CATALOG_ARG_ENUM && ce->values)
		buf_printf(&d, ", one of %s", ce->values);
	if (catalog_arg_text(ce->arg) && (ce->flags & CATALOG_HAS_MAX))
		buf_printf(&d, ", at most %lld bytes", ce->hi);
	else if ((ce->flags & CATALOG_HAS_MIN) && (ce->flags & CATALOG_HAS_MAX))
		buf_printf(&d, ", %lld to %lld", ce->lo, ce->hi);
	else if ((ce->flags & CATALOG_HAS_MIN) && (ce->flags & CATALOG_WORKS) &&
	         (ce->flags & CATALOG_ZEROOK))
		buf_printf(&d, ", works as 0 or from %lld", ce->lo);
	else if ((ce->flags & CATALOG_HAS_MIN) && (ce->flags & CATALOG_WORKS))
		buf_printf(&d, ", works from %lld", ce->lo);
	else if (ce->flags & CATALOG_HAS_MIN)
		buf_printf(&d, ", at least %lld", ce->lo);
	else if (ce->flags & CATALOG_HAS_MAX)
		buf_printf(&d, ", at most %lld", ce->hi);
	if (ce->argname && strcmp(ce->argname, kind) != 0)
		buf_printf(out, "%s (%s%s)", ce->argname, kind, d.data ? d.data : "");
	else
		buf_printf(out, "%s%s", kind, d.data ? d.data : "");
	buf_free(&d);
}

/* The platform words are fixed, not platform_display's: a context must not
 * change with the language it selects. */
void facts_text_context(const struct catalog_entry *ce, char *out, size_t n)
{
	const char *plat = (ce->platforms & PLATFORM_BOTH) == PLATFORM_BOTH ? "macOS, Linux" :
	                   ce->platforms == PLATFORM_MACOS ? "macOS" : "Linux";

	if (ce->plugin)
		snprintf(out, n, "%s (%s, %s)", ce->name, plat, ce->plugin);
	else
		snprintf(out, n, "%s (%s)", ce->name, plat);
}

const char *facts_text(const struct catalog_entry *ce, enum facts_text which)
{
	const char *en = which == FACTS_SUMMARY ? ce->summary :
	                 which == FACTS_EXPLAIN ? ce->explain : ce->risk;
	char ctx[160];

	if (!en || !*en || strcmp(i18n_lang(), "en") == 0)
		return en;
	facts_text_context(ce, ctx, sizeof ctx);
	return i18n_text(ctx, en);
}

const struct catalog_entry *facts_real(const struct catalog_entry *ce, enum platform p)
{
	if (!ce->alias_of)
		return NULL;
	return catalog_find_any(ce->alias_of, (ce->platforms & p) ? p :
	                        (enum platform)(ce->platforms & PLATFORM_BOTH));
}

const char *facts_text_note(const struct catalog_entry *ce)
{
	char ctx[160];

	if (strcmp(i18n_lang(), "en") == 0 || !ce->explain || !*ce->explain)
		return NULL;
	facts_text_context(ce, ctx, sizeof ctx);
	if (i18n_has(ctx, ce->explain))
		return NULL;
	return _("The explanation of this directive is not translated yet; "
	         "here it is in English.");
}
