/* check_spelling.c - the rules about a word pppd does not know because of how it is written: '//' comments, look-alike characters, and old patches' spellings. */
#include <string.h>

#include "check/check_int.h"

int check_spelling_slashes(struct check_ctx *c, size_t entry, size_t word)
{
	const struct doc *d = c->d;
	const struct doc_entry *e = &d->entries[entry];
	struct check_unknown u;
	struct buf msg, rep;
	size_t from;
	int said;

	(void)word;
	check_unknown_init(c, entry, &u);
	if (u.len < 2 || u.name[0] != '/' || u.name[1] != '/')
		return 0;
	buf_init(&msg);
	buf_init(&rep);
	buf_adds(&msg, _("'//' does not start a comment for pppd (only '#' does), so it reads "
	         "these words as directives and does not know them."));
	from = d->words[e->word].start + 2;
	buf_adds(&rep, "#");
	buf_add(&rep, d->text.data + from, d->words[e->word + e->nwords - 1].end - from);
	said = check_unknown_say(c, CHECK_K_COMMENT_SLASHES, entry, &u,
	                         N_("Start the comment with '#' instead of '//'."), rep.data, &msg);
	buf_free(&rep);
	return said;
}

/* Why pppd does not know a name holding look-alike characters. */
static const char *check_fold_effect(unsigned f)
{
	if (f & CATALOG_FOLD_SPACE)
		return _(", which pppd does not treat as a space: the words around it are glued "
		         "into one word that pppd does not know.");
	if (f & CATALOG_FOLD_QUOTE)
		return _(", which are not quotes to pppd: they stay part of the word, and pppd "
		         "does not know the word.");
	if (f & CATALOG_FOLD_DASH)
		return _("; it only looks like the '-' pppd needs, so pppd does not know the word.");
	if (f & CATALOG_FOLD_FULLWIDTH)
		return _("; they are other characters to pppd, so it does not know the word.");
	return _(", so pppd does not know the word.");
}

/* The name with its look-alikes made ASCII again, and the rest of the
 * entry, when that is a directive pppd knows (or nearly): *fix and *rep. */
static void check_fold_fix(const struct check_ctx *c, size_t entry, struct buf *folded,
                           struct buf *fix, struct buf *rep)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *sug[1], *row;
	const char *sp = folded->len ? memchr(folded->data, ' ', folded->len) : NULL, *plain;
	size_t plain_len = sp ? (size_t)(sp - folded->data) : folded->len, k, al;
	const char *a;

	buf_addc(folded, '\0');   /* the plain part as a C string */
	folded->data[plain_len] = '\0';
	if (!catalog_match(folded->data, plain_len, c->p) &&
	    !catalog_suggest(folded->data, plain_len, c->p, sug, 1)) {
		buf_adds(fix, _("Retype the word in plain ASCII."));
		return;
	}
	row = catalog_match(folded->data, plain_len, c->p);
	plain = row ? folded->data : sug[0]->name;
	/* a word that makes pppd print and exit (--help) is not written in:
	 * every connection reading the file would end there (check_entry_exits) */
	if ((row ? row : sug[0])->flags & CATALOG_EXITS) {
		buf_printf(fix, _("In plain ASCII it reads '%s', which makes pppd print and exit "
		           "without connecting: remove the line."), plain);
		return;
	}
	/* nor one this pppd is built without: it refuses that too */
	if ((row ? row : sug[0])->flags & CATALOG_NOTBUILT) {
		buf_printf(fix, _("In plain ASCII it reads '%s', which is in pppd's source only "
		           "behind a build switch that is off (pppconf explain %s), so pppd is not "
		           "expected to know it either: remove the line."), plain, plain);
		return;
	}
	if (c->p == PLATFORM_LINUX && (row ? row : sug[0])->linux_removed) {
		buf_printf(fix, _("In plain ASCII it reads '%s', which is gone from Linux pppd "
		           "since %s, so pppconf does not write it in."), plain,
		           (row ? row : sug[0])->linux_removed);
		return;
	}
	if (c->p == PLATFORM_LINUX && ((row ? row : sug[0])->flags & CATALOG_OPTIONAL)) {
		buf_printf(fix, _("In plain ASCII it reads '%s', which exists only in a Linux pppd "
		           "built with an optional part that 2.4.9's default build leaves out, so "
		           "pppconf does not write it in."), plain);
		return;
	}
	buf_printf(fix, _("Retype it in plain ASCII: '%s'."), plain);
	/* a plugin's word, retyped, is still unknown without its plugin line
	 * (as check_suggest adds it) */
	if ((row ? row : sug[0])->plugin &&
	    !catalog_scope_has(&c->scope, (row ? row : sug[0])->plugin)) {
		buf_printf(fix, _(" It needs the line 'plugin %s' above it."),
		           (row ? row : sug[0])->plugin);
		buf_printf(rep, "plugin %s\n", (row ? row : sug[0])->plugin);
	}
	buf_adds(rep, plain);
	if (sp) {
		buf_addc(rep, ' ');
		buf_adds(rep, sp + 1);
	}
	for (k = 1; k < e->nwords; k++) {
		a = check_val(c, e->word + k, &al);
		buf_addc(rep, ' ');
		lexer_quote(rep, a, al);
	}
}

/* Look-alike characters in the unknown name, when the first of them that
 * matters (a space glues words; then quotes, dashes, full-width letters,
 * invisible ones) makes a finding of kind k. */
static int check_lookalike(struct check_ctx *c, size_t entry, enum check_kid k)
{
	struct check_unknown u;
	struct buf folded, msg, fix, rep;
	unsigned f;
	enum check_kid kid;
	int said;

	check_unknown_init(c, entry, &u);
	buf_init(&folded);
	f = u.has_nul ? 0 : catalog_fold(u.name, u.len, &folded);
	kid = !f ? CHECK_K_COUNT : (f & CATALOG_FOLD_SPACE) ? CHECK_K_GLUED_WORDS :
	      (f & CATALOG_FOLD_QUOTE) ? CHECK_K_CURLY_QUOTES :
	      (f & CATALOG_FOLD_DASH) ? CHECK_K_DASH_LOOKALIKE :
	      (f & CATALOG_FOLD_FULLWIDTH) ? CHECK_K_FULLWIDTH : CHECK_K_INVISIBLE;
	if (kid != k) {
		buf_free(&folded);
		return 0;
	}
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	buf_printf(&msg, _("%s contains %s%s"), check_unknown_word(&u), check_fold_kind(f),
	           check_fold_effect(f));
	check_fold_fix(c, entry, &folded, &fix, &rep);
	said = check_unknown_say(c, k, entry, &u, fix.data, rep.len ? rep.data : NULL, &msg);
	buf_free(&folded);
	buf_free(&fix);
	buf_free(&rep);
	return said;
}

int check_spelling_glued(struct check_ctx *c, size_t entry, size_t word)
{
	(void)word;
	return check_lookalike(c, entry, CHECK_K_GLUED_WORDS);
}

int check_spelling_curly(struct check_ctx *c, size_t entry, size_t word)
{
	(void)word;
	return check_lookalike(c, entry, CHECK_K_CURLY_QUOTES);
}

int check_spelling_dash(struct check_ctx *c, size_t entry, size_t word)
{
	(void)word;
	return check_lookalike(c, entry, CHECK_K_DASH_LOOKALIKE);
}

int check_spelling_fullwidth(struct check_ctx *c, size_t entry, size_t word)
{
	(void)word;
	return check_lookalike(c, entry, CHECK_K_FULLWIDTH);
}

int check_spelling_invisible(struct check_ctx *c, size_t entry, size_t word)
{
	(void)word;
	return check_lookalike(c, entry, CHECK_K_INVISIBLE);
}

int check_spelling_legacy_advice(const struct check_ctx *c, size_t entry, struct buf *fix,
                        struct buf *rep, int *has_rep)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_legacy *l;
	const struct catalog_entry *r;
	const char *args[8];
	size_t lens[8], nlen, n, k, total = e->nwords - 1;
	const char *name = check_name(c, entry, &nlen);

	l = catalog_legacy_find(name, nlen, c->p);
	/* a word the release --pppd-version names still has ("ipx_network"
	 * for 2.4.9's ipx-network) is a spelling of it, not an old word; so
	 * is a misspelling of one when no release is named, as 2.4.9 still
	 * ships (the suggestion then says the word is gone since 2.5.0) */
	if (l && (r = catalog_find(l->word, c->p)) &&
	    (!check_release_gone(c, r) ||
	     (!(c->file && c->file->pppd_version) &&
	      (nlen != strlen(l->word) || memcmp(name, l->word, nlen) != 0))))
		l = NULL;
	if (!l)
		return 0;
	n = total < 8 ? total : 8;
	for (k = 0; k < n; k++)
		args[k] = check_val(c, e->word + 1 + k, &lens[k]);
	*has_rep = catalog_legacy_rewrite(l, args, lens, n, rep, fix);
	if (total > n && l->kind != CATALOG_LEGACY_DELETE) {
		*has_rep = 0;     /* more words than pppconf reads: no guess */
		buf_reset(rep);
	}
	if (*has_rep)
		buf_adds(fix, rep->len ? _(" Write instead what pppd knows.") : _(" Delete the line."));
	return 1;
}

/* A word an older pppd, Apple's pppd or the MPPE-MPPC patch knew by that
 * name: what pppd calls it now, or that the line goes. */
int check_spelling_legacy(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_unknown u;
	struct buf msg, fix, rep;
	int has_rep = 0, said;

	(void)word;
	buf_init(&fix);
	buf_init(&rep);
	if (!check_spelling_legacy_advice(c, entry, &fix, &rep, &has_rep)) {
		buf_free(&fix);
		buf_free(&rep);
		return 0;
	}
	check_unknown_init(c, entry, &u);
	buf_init(&msg);
	buf_printf(&msg, _("pppd does not know %s."), check_unknown_word(&u));
	said = check_unknown_say(c, CHECK_K_LEGACY, entry, &u, fix.data,
	                         has_rep ? rep.data : NULL, &msg);
	buf_free(&fix);
	buf_free(&rep);
	return said;
}
