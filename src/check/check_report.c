/* check_report.c - the findings: saying one in words, reading them back, and finding an entry's. */
#include "check/check.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/lexer.h"
#include "base/util.h"

/* ---- saying a finding ------------------------------------------------- */

void check_say_buf(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
                   const char *fix, const char *replacement, struct buf *msg)
{
	struct check_report *r = c->out;
	struct check_finding *f;

	util_grow(&r->items, &r->cap, r->n + 1, sizeof *r->items);
	f = &r->items[r->n++];
	f->line = line;
	f->entry = entry;
	f->kind = (int)k;
	f->message = buf_detach(msg);
	f->fix = fix && *fix ? util_xstrdup(_(fix)) : NULL;
	f->replacement = replacement ? util_xstrdup(replacement) : NULL;
	r->count[check_finding_severity(f)]++;
	c->said[k]++;
}

/* Forgets finding f of r (its count and its texts); the caller closes the gap. */
static void check_report_drop(struct check_report *r, struct check_finding *f)
{
	r->count[check_finding_severity(f)]--;
	free(f->message);
	free(f->fix);
	free(f->replacement);
}

/* Takes back what check `k` said about `entry` in this walk: for a rule
 * that learns only from a later line that an earlier finding was wrong. */
void check_unsay(struct check_ctx *c, enum check_kid k, size_t entry)
{
	struct check_report *r = c->out;
	size_t i, j = 0;

	for (i = 0; i < r->n; i++) {
		struct check_finding *f = &r->items[i];

		if (f->kind == (int)k && f->entry == entry) {
			check_report_drop(r, f);
			c->said[k]--;
			continue;
		}
		r->items[j++] = *f;
	}
	r->n = j;
}

void check_say(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
               const char *fix, const char *replacement, const char *fmt, ...)
{
	struct buf msg;
	va_list ap;

	buf_init(&msg);
	va_start(ap, fmt);
	buf_vprintf(&msg, _(fmt), ap);
	va_end(ap);
	check_say_buf(c, k, line, entry, fix, replacement, &msg);
}

void check_word(struct buf *b, const char *w, size_t len)
{
	buf_addc(b, '\'');
	buf_add_escaped(b, w, len > 48 ? 48 : len);
	if (len > 48)
		buf_adds(b, "...");
	buf_addc(b, '\'');
}

/* pppd stops reading at an option it refuses and exits
 * (linux-ppp-2.5.3/pppd/options.c:610-625, main.c:433-437; Apple's
 * Helpers/pppd/options.c:528-538, main.c:417-429); every pppd reads
 * /etc/ppp/options first. */
/* --help, -h, --version and -v print and exit(0) the moment pppd reads
 * them (linux-ppp-2.5.3/pppd/options.c:1227-1231, :1240-1244; 2.4.9 and
 * Apple's the same), so it never reads what follows; dryrun and
 * show-options read on and exit after the last option. */
int check_finding_exits_now(const struct check_finding *f, const char *name)
{
	static const char *const now[] = { "--help", "-h", "--version", "-v" };
	size_t k;

	if (f->kind != CHECK_K_EXITS || !name)
		return 0;
	for (k = 0; k < sizeof now / sizeof *now; k++)
		if (strcmp(name, now[k]) == 0)
			return 1;
	return 0;
}

static int check_exits_now(const struct check_ctx *c, const struct check_finding *f)
{
	return f->entry < c->d->nentries && c->row[f->entry] &&
	       check_finding_exits_now(f, c->row[f->entry]->name);
}

/* The first of those words before line, item i; any more of them say so. */
static void check_stops_exit(const struct check_ctx *c, size_t i, size_t line, struct buf *msg)
{
	const struct check_finding *f = &c->out->items[i];
	size_t j, more = 0;

	for (j = i + 1; j < c->out->n; j++)
		if (check_exits_now(c, &c->out->items[j]) && c->out->items[j].line &&
		    c->out->items[j].line <= line)
			more++;
	if (more)
		buf_printf(msg, _(" pppd does not get this far: at line %zu, '%s' makes it print "
		                  "and exit first, and more such words follow it. Without "
		                  "them:"), (size_t)f->line, c->row[f->entry]->name);
	else
		buf_printf(msg, _(" pppd does not get this far: at line %zu, '%s' makes it print "
		                  "and exit first. Without that:"), (size_t)f->line,
		           c->row[f->entry]->name);
}

/* some: the message already said which pppds stop (a plugin word in
 * /etc/ppp/postoptions on a Mac), so the last sentence names none. */
static void check_stops_how(const struct check_ctx *c, size_t line, struct buf *msg, int some)
{
	size_t i;
	int said_exit = 0;

	/* an error said before is where pppd stops (but for a value a channel
	 * checks after the last option: check_stops_later); this one counts
	 * once that is fixed */
	for (i = 0; i < c->out->n; i++) {
		const struct check_finding *f = &c->out->items[i];

		if (check_exits_now(c, f) && f->line && f->line <= line) {
			if (!said_exit++)
				check_stops_exit(c, i, line, msg);
			continue;
		}
		if (check_finding_severity(f) != CHECK_ERROR ||
		    (f->kind == CHECK_K_BAD_VALUE && f->entry < c->d->nentries && c->row[f->entry] &&
		     (c->row[f->entry]->flags & CATALOG_CHANNELREAD)))
			continue;
		if (f->line && f->line < line)
			buf_printf(msg, _(" pppd already stops earlier, at line %zu; once that is "
			                  "fixed, it stops here too and refuses to start."),
			           (size_t)f->line);
		else   /* the error is earlier on this line: a misspelt name may own it */
			buf_adds(msg, _(" pppd already stops earlier on this line. If what is fixed "
			                "there is an option that takes a value, this word becomes its "
			                "value; otherwise pppd stops here too and refuses to start."));
		return;
	}
	if (c->file && c->file->env && c->file->env->words) {
		buf_adds(msg, _(" pppd then stops there and refuses to start."));
		return;
	}
	if (some)
		buf_printf(msg, _(" Such a pppd stops at line %zu and refuses to start."), line);
	else if (c->shared_file)
		buf_printf(msg, _(" pppd then stops at line %zu and refuses to start: every PPP "
		                  "connection on this machine fails."), line);
	else
		buf_printf(msg, _(" pppd then stops at line %zu and refuses to start: every "
		                  "connection that reads this file fails."), line);
}

void check_stops(const struct check_ctx *c, size_t line, struct buf *msg)
{
	check_stops_how(c, line, msg, 0);
}

void check_stops_some(const struct check_ctx *c, size_t line, struct buf *msg)
{
	check_stops_how(c, line, msg, 1);
}

/* A value a plugin's channel checks only after pppd has read all its
 * options (pppoe-mac: linux-ppp-2.5.3/pppd/main.c:479, plugins/pppoe/
 * plugin.c:476, :436-441): pppd reads on past the line, then exits. */
void check_stops_later(const struct check_ctx *c, struct buf *msg)
{
	if (c->file && c->file->env && c->file->env->words) {
		buf_adds(msg, _(" pppd reads all its options first, then refuses to start."));
		return;
	}
	if (c->shared_file)
		buf_adds(msg, _(" pppd reads all its options first, then refuses to start: every "
		                "PPP connection on this machine fails."));
	else
		buf_adds(msg, _(" pppd reads all its options first, then refuses to start: every "
		                "connection that reads this file fails."));
}

void check_entry_text(const struct check_ctx *c, size_t entry, struct buf *out)
{
	const struct doc_entry *e = &c->d->entries[entry];
	size_t i, len;
	const char *v;

	for (i = 0; i < e->nwords; i++) {
		v = check_val(c, e->word + i, &len);
		if (i)
			buf_addc(out, ' ');
		lexer_quote(out, v, len);
	}
}

const char *check_fold_kind(unsigned f)
{
	if (f & CATALOG_FOLD_SPACE)
		return _("a no-break or full-width space");
	if (f & CATALOG_FOLD_QUOTE)
		return _("curly typographic quotes");
	if (f & CATALOG_FOLD_DASH)
		return _("a dash or minus sign that is not the ASCII '-'");
	if (f & CATALOG_FOLD_FULLWIDTH)
		return _("full-width letters that look like ASCII");
	return _("an invisible character (such as a zero-width space)");
}

/* ---- reading findings ------------------------------------------------ */

const char *check_severity_name(enum check_severity s)
{
	return s == CHECK_ERROR ? NC_("severity", "error") :
	       s == CHECK_WARNING ? NC_("severity", "warning") : NC_("severity", "note");
}

size_t check_finding_entry(const struct check_finding *f)
{
	return f->entry;
}

const char *check_message(const struct check_report *r, const struct check_finding *f)
{
	(void)r;
	return f->message;
}

const char *check_fix(const struct check_report *r, const struct check_finding *f)
{
	(void)r;
	return f->fix;
}

const char *check_replacement(const struct check_report *r, const struct check_finding *f)
{
	(void)r;
	return f->replacement;
}

void check_report_keep_errors(struct check_report *r)
{
	size_t i, j = 0;

	for (i = 0; i < r->n; i++) {
		struct check_finding *f = &r->items[i];

		/* what the reader said of other files (a peers file not there) stays */
		if (check_finding_severity(f) != CHECK_ERROR &&
		    !(check_rules[f->kind].stages & CHECK_CHAIN)) {
			check_report_drop(r, f);
			continue;
		}
		r->items[j++] = *f;
	}
	r->n = j;
	free(r->by_entry);
	free(r->start);
	r->by_entry = r->start = NULL;
}

void check_report_forget(struct check_report *r,
                         int (*gone)(const struct check_finding *f, void *ctx), void *ctx)
{
	size_t i, j = 0;

	for (i = 0; i < r->n; i++) {
		struct check_finding *f = &r->items[i];

		if (gone(f, ctx)) {
			check_report_drop(r, f);
			continue;
		}
		r->items[j++] = *f;
	}
	r->n = j;
	free(r->by_entry);
	free(r->start);
	r->by_entry = r->start = NULL;
}

void check_report_free(struct check_report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		free(r->items[i].message);
		free(r->items[i].fix);
		free(r->items[i].replacement);
	}
	free(r->items);
	free(r->by_entry);
	free(r->start);
	memset(r, 0, sizeof *r);
}

/* ---- an entry's findings ------------------------------------------- */

/* A counting sort of the findings' indices by entry, the file's own last:
 * stable, so each entry's keep the report's line order. */
void check_report_index(struct check_report *r)
{
	size_t i, e, ne = 0;

	free(r->by_entry);
	free(r->start);
	for (i = 0; i < r->n; i++)
		if (r->items[i].entry != SIZE_MAX && r->items[i].entry + 1 > ne)
			ne = r->items[i].entry + 1;
	r->nentries = ne;
	r->start = util_xcalloc(ne + 2, sizeof *r->start);
	r->by_entry = util_xcalloc(r->n + 1, sizeof *r->by_entry);
	/* counted one slot ahead, the running sum is each entry's start */
	for (i = 0; i < r->n; i++)
		r->start[(r->items[i].entry == SIZE_MAX ? ne : r->items[i].entry) + 1]++;
	for (e = 1; e <= ne + 1; e++)
		r->start[e] += r->start[e - 1];
	/* start[e] moves on as e's are placed, up to e + 1's start; shifted
	 * back by one slot afterwards */
	for (i = 0; i < r->n; i++) {
		e = r->items[i].entry == SIZE_MAX ? ne : r->items[i].entry;
		r->by_entry[r->start[e]++] = i;
	}
	for (e = ne + 1; e > 0; e--)
		r->start[e] = r->start[e - 1];
	r->start[0] = 0;
}

const struct check_finding *check_entry_next(const struct check_report *r, size_t entry,
                                             size_t *pos)
{
	size_t e, at;

	if (r->start) {
		if (entry != SIZE_MAX && entry >= r->nentries)
			return NULL;
		e = entry == SIZE_MAX ? r->nentries : entry;
		at = r->start[e] + *pos;
		if (at >= r->start[e + 1])
			return NULL;
		(*pos)++;
		return &r->items[r->by_entry[at]];
	}
	for (; *pos < r->n; (*pos)++)
		if (r->items[*pos].entry == entry)
			return &r->items[(*pos)++];
	return NULL;
}

int check_worst_for_entry(const struct check_report *r, size_t entry)
{
	const struct check_finding *f;
	int worst = -1;
	size_t pos = 0;

	while ((f = check_entry_next(r, entry, &pos)) != NULL)
		if ((int)check_finding_severity(f) > worst)
			worst = (int)check_finding_severity(f);
	return worst;
}
