/* secrets.c - the shape of a secrets file's lines as pppd reads them, and its secrets masked for the screen. */
#include "pppd/secrets.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "pppd/facts.h"
#include "pppd/lexer.h"

/* The files pppd reads through scan_authfile (linux-ppp-2.5.3/pppd/
 * pathnames.h: _PATH_UPAPFILE, _PATH_CHAPFILE, _PATH_SRPFILE). */
int secrets_path(const char *path)
{
	static const char *const names[] = { "pap-secrets", "chap-secrets", "srp-secrets" };
	const char *base;
	size_t i;

	if (!path)
		return 0;
	base = strrchr(path, '/');
	base = base ? base + 1 : path;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(base, names[i]) == 0)
			return 1;
	return 0;
}

/* A word pppd's getword reads: not in a comment, not cut off by the end
 * of the file inside quotes (pppd drops that one). */
static int secrets_read(const struct doc *d, size_t w)
{
	return !(d->words[w].flags & (DOC_WORD_DISABLED | LEXER_EOF_DROPPED));
}

int secrets_lines(const struct doc *d, int (*fn)(void *ctx, const size_t *ws, size_t n),
                  void *ctx)
{
	size_t w, n = 0, last_line = 0;
	size_t *ws = util_xcalloc(d->nwords + 1, sizeof *ws);
	int r = 0;

	for (w = 0; w < d->nwords && !r; w++) {
		if (!secrets_read(d, w))
			continue;
		if (n && d->words[w].line > last_line) {
			r = fn(ctx, ws, n);
			n = 0;
		}
		ws[n++] = w;
		/* a word may go on past a line's end (quotes, a backslash) */
		last_line = doc_line_of(d, d->words[w].end ? d->words[w].end - 1 : 0);
	}
	if (n && !r)
		r = fn(ctx, ws, n);
	free(ws);
	return r;
}

size_t secrets_dash(const struct doc *d, const size_t *ws, size_t n)
{
	size_t i;

	for (i = 3; i < n; i++)
		if (doc_word_is(d, ws[i], "--"))
			return i;
	return n;
}

struct secrets_find {
	const struct doc *d;
	size_t word;
};

static int secrets_find_role(void *ctx, const size_t *ws, size_t n)
{
	static const enum secrets_role first[] = { SECRETS_CLIENT, SECRETS_SERVER,
	                                           SECRETS_SECRET };
	const struct secrets_find *f = ctx;
	size_t i, dash;

	for (i = 0; i < n && ws[i] != f->word; i++)
		continue;
	if (i == n)
		return 0;
	if (i < 3)
		return (int)first[i];
	dash = secrets_dash(f->d, ws, n);
	return (int)(i < dash ? SECRETS_ADDRESS : i == dash ? SECRETS_DASH : SECRETS_OPTION);
}

enum secrets_role secrets_role(const struct doc *d, size_t w)
{
	struct secrets_find f;

	if (w >= d->nwords || !secrets_read(d, w))
		return SECRETS_NONE;
	f.d = d;
	f.word = w;
	return (enum secrets_role)secrets_lines(d, secrets_find_role, &f);
}

void secrets_entry_text(const struct doc *d, size_t i, int reveal, struct buf *out)
{
	const struct doc_entry *e;
	size_t w, len;

	if (i >= d->nentries)
		return;
	e = &d->entries[i];
	for (w = e->word; w < e->word + e->nwords; w++) {
		const char *v = doc_word_bytes(d, w, &len);

		if (w > e->word)
			buf_addc(out, ' ');
		if (!reveal && secrets_role(d, w) == SECRETS_SECRET)
			buf_adds(out, FACTS_MASK);
		else if (w == e->word)
			buf_add(out, v, len);   /* as it stands; drawing escapes it */
		else
			lexer_quote(out, v, len);
	}
}

static void secrets_mask(enum lexer_dialect dl, const char *line, size_t len,
                         struct buf *out, int depth)
{
	struct lexer lx;
	struct lexer_token t;
	size_t done = 0, n = 0;

	lexer_init(&lx, line, len, dl);
	while (lexer_next(&lx, &t)) {
		if (t.kind == LEXER_COMMENT && n == 0 && depth == 0) {
			buf_add(out, line, t.start + 1);
			secrets_mask(dl, line + t.start + 1, t.end - t.start - 1, out, 1);
			done = t.end;
			break;
		}
		if (t.kind != LEXER_WORD || ++n != 3)
			continue;
		buf_add(out, line + done, t.start - done);
		buf_adds(out, FACTS_MASK);
		done = t.end;
		break;
	}
	lexer_free(&lx);
	buf_add(out, line + done, len - done);
}

void secrets_mask_line(enum platform p, int reveal, const char *line, size_t len,
                       struct buf *out)
{
	if (reveal)
		buf_add(out, line, len);
	else
		secrets_mask(lexer_dialect_for(p), line, len, out, 0);
}
