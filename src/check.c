/* check.c - reads the directives in pppd's order, with its plugin state, and says what pppd will do. */
#include "check.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "lexer.h"
#include "util.h"

static const struct check_kind check_kinds[CHECK_K_COUNT] = {
#define CHECK_X(sym, id, sev, summary) { id, sev, summary },
	CHECK_KINDS(CHECK_X)
#undef CHECK_X
};

size_t check_kind_count(void)
{
	return CHECK_K_COUNT;
}

const struct check_kind *check_kind_at(size_t i)
{
	return i < CHECK_K_COUNT ? &check_kinds[i] : NULL;
}

const struct check_kind *check_kind_find(const char *id)
{
	size_t i;

	for (i = 0; i < CHECK_K_COUNT; i++)
		if (strcmp(check_kinds[i].id, id) == 0)
			return &check_kinds[i];
	return NULL;
}

const char *check_severity_name(enum check_severity s)
{
	return s == CHECK_ERROR ? "error" : s == CHECK_WARNING ? "warning" : "note";
}

/* ---- building findings ---------------------------------------------- */

void check_addb(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
                const struct buf *fix, const struct buf *replacement,
                const struct buf *msg)
{
	struct check_report *r = c->out;
	struct check_finding *f;

	util_grow(&r->items, &r->cap, r->n + 1, sizeof *r->items);
	f = &r->items[r->n++];
	f->id = check_kinds[k].id;
	f->severity = check_kinds[k].severity;
	f->line = line;
	f->entry = entry;
	f->message = util_xmemdup(msg && msg->data ? msg->data : "", msg ? msg->len : 0);
	f->fix = fix && fix->len ? util_xmemdup(fix->data, fix->len) : NULL;
	f->replacement = replacement ? util_xmemdup(replacement->data ? replacement->data : "",
	                                            replacement->len) : NULL;
	r->count[f->severity]++;
}

void check_add(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
               const char *fix, const char *replacement, const char *fmt, ...)
{
	struct buf msg, fb, rb;
	va_list ap;

	buf_init(&msg);
	buf_init(&fb);
	buf_init(&rb);
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	if (fix)
		buf_adds(&fb, fix);
	if (replacement)
		buf_add(&rb, replacement, strlen(replacement));
	check_addb(c, k, line, entry, &fb, replacement ? &rb : NULL, &msg);
	buf_free(&msg);
	buf_free(&fb);
	buf_free(&rb);
}

void check_word(struct buf *b, const char *w, size_t len)
{
	buf_addc(b, '\'');
	buf_add_escaped(b, w, len > 48 ? 48 : len);
	if (len > 48)
		buf_adds(b, "...");
	buf_addc(b, '\'');
}

const char *check_value(const struct check_ctx *c, size_t i, size_t *len)
{
	const struct doc_word *w = &c->d->words[i];

	*len = w->len;
	return c->d->pool.data ? c->d->pool.data + w->val : "";
}

void check_entry_text(const struct check_ctx *c, size_t entry, struct buf *out)
{
	const struct doc_entry *e = &c->d->entries[entry];
	size_t i, len;
	const char *v;

	for (i = 0; i < e->nwords; i++) {
		v = check_value(c, e->word + i, &len);
		if (i)
			buf_addc(out, ' ');
		lexer_quote(out, v, len);
	}
}

void check_stops(const struct check_ctx *c, size_t line, struct buf *msg)
{
	buf_printf(msg, " pppd then stops at line %zu and refuses to start: %s", line,
	           c->shared_file ? "every PPP connection on this machine fails."
	                          : "every connection that reads this file fails.");
}

static size_t check_line(const struct check_ctx *c, size_t entry)
{
	return c->d->entries[entry].line_first + 1;
}

/* ---- unknown words ---------------------------------------------------- */

static int check_device_shaped(const char *w, size_t len)
{
	return (len > 5 && memcmp(w, "/dev/", 5) == 0) ||
	       (len > 3 && memcmp(w, "tty", 3) == 0) ||
	       (len > 3 && memcmp(w, "cu.", 3) == 0);
}

/* A word pppd knows on this platform, but not here: a plugin is missing or
 * another channel took over. 1 when a finding was added. */
static int check_out_of_scope(struct check_ctx *c, size_t entry, const char *name,
                              size_t nlen)
{
	const struct catalog_entry *rows[8];
	const struct catalog_entry *r = NULL;
	struct buf msg, fix, rep, w;
	size_t i, n, line = check_line(c, entry);

	n = catalog_rows_named(name, rows, 8);
	for (i = 0; i < n && i < 8; i++)
		if ((rows[i]->platforms & c->p) && !(rows[i]->flags & CATALOG_WILDCARD)) {
			r = rows[i];
			break;
		}
	if (!r)
		return 0;
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	buf_init(&w);
	check_word(&w, name, nlen);
	if (r->plugin && !catalog_scope_has(&c->scope, r->plugin)) {
		buf_printf(&msg, "%s belongs to the plugin %s, and no 'plugin %s' line comes "
		           "before it, so pppd says \"unrecognized option %s\".",
		           w.data, r->plugin, r->plugin, w.data);
		check_stops(c, line, &msg);
		buf_printf(&fix, "Put the line 'plugin %s' above line %zu: pppd learns a "
		           "plugin's options only when it has loaded the plugin.", r->plugin, line);
		buf_printf(&rep, "plugin %s\n", r->plugin);
		check_entry_text(c, entry, &rep);
		check_addb(c, CHECK_K_PLUGIN_MISSING, line, entry, &fix, &rep, &msg);
	} else {
		const char *now = c->scope.channel ? c->scope.channel : "another plugin";
		if (r->flags & CATALOG_TTY)
			buf_printf(&msg, "%s is a serial-line option, but the plugin %s has "
			           "replaced the serial line before this point, so pppd no longer "
			           "knows it.", w.data, now);
		else
			buf_printf(&msg, "%s belongs to %s, but %s was loaded after it and "
			           "replaced its options, so pppd no longer knows it.",
			           w.data, r->plugin ? r->plugin : "a plugin", now);
		check_stops(c, line, &msg);
		buf_printf(&fix, "Move it above the 'plugin %s' line, or remove it.", now);
		check_addb(c, CHECK_K_CHANNEL_REPLACED, line, entry, &fix, NULL, &msg);
	}
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&rep);
	buf_free(&w);
	return 1;
}

static void check_unknown(struct check_ctx *c, size_t entry, size_t prev)
{
	const struct doc *d = c->d;
	const struct doc_entry *e = &d->entries[entry];
	enum platform other = c->p == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS;
	const struct catalog_entry *sug[3], *r;
	struct buf msg, fix, rep, w;
	size_t nlen, line = check_line(c, entry), n, i;
	const char *name = check_value(c, e->word, &nlen);

	/* A byte order mark glued to the first word: check_bytes said it. */
	if (d->words[e->word].start == 0 && d->text.len >= 3 &&
	    memcmp(d->text.data, "\xEF\xBB\xBF", 3) == 0)
		return;
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	buf_init(&w);
	check_word(&w, name, nlen);
	if (nlen >= 2 && name[0] == '/' && name[1] == '/') {
		buf_adds(&msg, "'//' does not start a comment for pppd (only '#' does), so it "
		         "reads these words as directives and does not know them.");
		check_stops(c, line, &msg);
		buf_adds(&fix, "Start the comment with '#' instead of '//'.");
		buf_adds(&rep, "#");
		buf_add(&rep, d->text.data + d->words[e->word].start + 2,
		        d->words[e->word + e->nwords - 1].end - d->words[e->word].start - 2);
		check_addb(c, CHECK_K_COMMENT_SLASHES, line, entry, &fix, &rep, &msg);
		goto out;
	}
	if (memchr(name, '\0', nlen) == NULL && check_lookalike_name(c, entry))
		goto out;
	if (nlen < 64 && !memchr(name, '\0', nlen) && check_out_of_scope(c, entry, name, nlen))
		goto out;
	if (!memchr(name, '\0', nlen) && (r = catalog_find(name, other)) != NULL) {
		buf_printf(&msg, "%s exists only in %s's pppd%s%s%s; %s's pppd does not know it.",
		           w.data, platform_display(other), r->plugin ? " (plugin " : "",
		           r->plugin ? r->plugin : "", r->plugin ? ")" : "",
		           platform_display(c->p));
		check_stops(c, line, &msg);
		buf_printf(&fix, "Remove it, or check the file with --platform %s if it is meant "
		           "for %s.", platform_name(other), platform_display(other));
		check_addb(c, CHECK_K_OTHER_PLATFORM, line, entry, &fix, NULL, &msg);
		goto out;
	}
	if (c->p == platform_default() && check_device_shaped(name, nlen)) {
		buf_printf(&msg, "%s looks like a serial device, but there is no such character "
		           "device on this machine, so pppd does not know the word.", w.data);
		check_stops(c, line, &msg);
		buf_adds(&fix, "Plug the device in or correct its name (ls /dev/tty*), or "
		         "remove the line.");
		check_addb(c, CHECK_K_DEVICE_MISSING, line, entry, &fix, NULL, &msg);
		goto out;
	}
	if (prev != SIZE_MAX && d->entries[prev].line_last == e->line_first) {
		const struct doc_entry *pe = &d->entries[prev];
		size_t plen;
		const char *pname = check_value(c, pe->word, &plen);
		struct buf pw;

		buf_init(&pw);
		check_word(&pw, pname, plen);
		if (pe->nwords <= 1)
			buf_printf(&msg, "%s takes no value, so pppd reads %s after it as a "
			           "directive of its own, and it does not know that word.",
			           pw.data, w.data);
		else
			buf_printf(&msg, "%s takes just one value, so pppd reads %s after it as "
			           "a directive of its own, and it does not know that word.",
			           pw.data, w.data);
		check_stops(c, line, &msg);
		buf_printf(&fix, "Remove %s.", w.data);
		check_addb(c, CHECK_K_EXTRA_WORD, line, entry, &fix, &rep, &msg);
		buf_free(&pw);
		goto out;
	}
	/* pppd stops at the first unknown word; close names for the first
	 * hundred are plenty, and a binary file would have millions. */
	n = nlen < 64 && c->suggested++ < 100 ? catalog_suggest(name, nlen, c->p, sug, 3) : 0;
	if (c->scope.unknown_plugins) {
		buf_printf(&msg, "pppconf does not know %s. It may be an option of a plugin "
		           "loaded above that pppconf has no list for; if not, pppd stops here "
		           "and refuses to start.", w.data);
		check_addb(c, CHECK_K_UNKNOWN_AFTER_PLUGIN, line, entry, NULL, NULL, &msg);
		goto out;
	}
	buf_printf(&msg, "pppd does not know %s.", w.data);
	check_stops(c, line, &msg);
	if (!n && nlen < 64 && c->suggested < 100 &&
	    (n = catalog_suggest(name, nlen, other, sug, 1)) > 0) {
		buf_printf(&fix, "Did you mean '%s'? That exists only in %s's pppd.",
		           sug[0]->name, platform_display(other));
		n = 0;
	} else if (n) {
		buf_printf(&fix, "Did you mean '%s'?", sug[0]->name);
		for (i = 1; i < n; i++)
			buf_printf(&fix, "%s'%s'", i == 1 ? " Other close names: " : ", ",
			           sug[i]->name);
		buf_adds(&rep, sug[0]->name);
		for (i = 1; i < e->nwords; i++) {
			size_t al;
			const char *a = check_value(c, e->word + i, &al);
			buf_addc(&rep, ' ');
			lexer_quote(&rep, a, al);
		}
	}
	if (!fix.len)
		buf_adds(&fix, "Correct the spelling or remove the line; 'pppconf list' shows "
		         "every directive.");
	check_addb(c, CHECK_K_UNKNOWN, line, entry, &fix, n ? &rep : NULL, &msg);
out:
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&rep);
	buf_free(&w);
}

/* ---- known words ------------------------------------------------------ */

/* "2.5.3" -> 20503; "after 2.5.3" -> 20504 (a release after it). */
static long check_version(const char *v)
{
	long a = 0, b = 0, cc = 0, after = 0;

	if (strncmp(v, "after ", 6) == 0) {
		after = 1;
		v += 6;
	}
	a = strtol(v, (char **)&v, 10);
	if (*v == '.')
		b = strtol(v + 1, (char **)&v, 10);
	if (*v == '.')
		cc = strtol(v + 1, (char **)&v, 10);
	return a * 10000 + b * 100 + cc + after;
}

static void check_release(struct buf *b, const char *v)
{
	if (strncmp(v, "after ", 6) == 0)
		buf_printf(b, "Linux pppd releases after %s", v + 6);
	else
		buf_printf(b, "Linux pppd %s and newer", v);
}

static void check_versions(struct check_ctx *c, size_t entry, const struct catalog_entry *r,
                           const char *word)
{
	struct buf msg;
	size_t line = check_line(c, entry);

	if (c->p != PLATFORM_LINUX)
		return;
	buf_init(&msg);
	if (r->linux_removed) {
		buf_printf(&msg, "'%s' is gone from ", word);
		check_release(&msg, r->linux_removed);
		buf_adds(&msg, ": there pppd stops with \"unrecognized option\" and refuses "
		         "to start.");
		check_addb(c, CHECK_K_REMOVED, line, entry, NULL, NULL, &msg);
		buf_reset(&msg);
	}
	/* 2.4.9 (2021) is the oldest pppd in maintained distributions; only
	 * options younger than that are worth a warning. */
	if (r->linux_since && check_version(r->linux_since) > 20409) {
		buf_printf(&msg, "'%s' exists only in Linux pppd %s and newer; an older pppd "
		           "stops with \"unrecognized option\" (see pppd --version).",
		           word, r->linux_since);
		check_addb(c, CHECK_K_NEEDS_NEWER, line, entry, NULL, NULL, &msg);
		buf_reset(&msg);
	}
	/* Files under /etc/ppp are read with privilege: only elsewhere (a file
	 * named with 'file' by a user, ~/.ppprc) does this matter. */
	if (r->linux_priv_since && !c->system_file) {
		buf_printf(&msg, "In ");
		check_release(&msg, r->linux_priv_since);
		buf_printf(&msg, " '%s' may only come from a privileged place (/etc/ppp/options, "
		           "a peers file, or root's command line); in ~/.ppprc or from a normal "
		           "user pppd refuses it.", word);
		check_addb(c, CHECK_K_PRIV_SINCE, line, entry, NULL, NULL, &msg);
		buf_reset(&msg);
	}
	if (r->flags & CATALOG_NOOP) {
		buf_printf(&msg, "'%s' is accepted but does nothing in current Linux pppd.", word);
		check_add(c, CHECK_K_NO_EFFECT, line, entry, "Remove it.", "", "%s", msg.data);
	}
	buf_free(&msg);
}

/* The argument of an accepted entry, or of a wildcard the word itself. */
static void check_argument(struct check_ctx *c, size_t entry, const struct catalog_entry *r)
{
	const struct doc_entry *e = &c->d->entries[entry];
	struct buf why, msg, fix, rep;
	size_t vlen, line = check_line(c, entry), wi, k;
	const char *v;
	int res;

	if (r->flags & CATALOG_WILDCARD) {
		wi = e->word;
	} else if (r->nargs >= 1 && e->nwords >= 2) {
		wi = e->word + 1;
	} else {
		return;
	}
	v = check_value(c, wi, &vlen);
	buf_init(&why);
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	res = catalog_check_value(r, v, vlen, &why);
	if (res == 2) {
		buf_printf(&msg, "Bad value for %s: %s", (r->flags & CATALOG_WILDCARD) ? "the word"
		           : r->name, why.data ? why.data : "pppd refuses it.");
		check_stops(c, line, &msg);
		if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MIN) &&
		    (r->flags & CATALOG_HAS_MAX))
			buf_printf(&fix, "Use a whole number from %lld to %lld.", r->lo, r->hi);
		else if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MIN))
			buf_printf(&fix, "Use a whole number of at least %lld.", r->lo);
		else if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MAX))
			buf_printf(&fix, "Use a whole number of at most %lld.", r->hi);
		else
			buf_printf(&fix, "Give a valid %s.", catalog_arg_name(r->arg));
		check_addb(c, CHECK_K_BAD_VALUE, line, entry, &fix, NULL, &msg);
	} else if (res == 1) {
		buf_printf(&msg, "%s: %s", (r->flags & CATALOG_WILDCARD) ? "This word" : r->name,
		           why.data ? why.data : "pppd reads it differently than it looks.");
		buf_adds(&fix, "Write the value pppd should use, plainly.");
		k = strspn(v, "0123456789");
		if (r->arg == CATALOG_ARG_INT && k > 0 && k < vlen && v[0] != '0') {
			buf_printf(&rep, "%s %.*s", r->name, (int)k, v);
			check_addb(c, CHECK_K_ODD_VALUE, line, entry, &fix, &rep, &msg);
			buf_reset(&rep);
		} else {
			check_addb(c, CHECK_K_ODD_VALUE, line, entry, &fix, NULL, &msg);
		}
	}
	if (!(r->flags & CATALOG_WILDCARD) && (e->flags & DOC_ARG_NEXT_LINE)) {
		struct buf vw;
		buf_init(&vw);
		check_word(&vw, v, vlen);
		buf_reset(&msg);
		buf_reset(&fix);
		buf_printf(&msg, "'%s' has no value on its own line, so pppd takes the next "
		           "word, %s on line %zu, as its value.", r->name, vw.data,
		           c->d->words[wi].line + 1);
		buf_adds(&fix, "Put the value on the same line as the option.");
		check_entry_text(c, entry, &rep);
		check_addb(c, CHECK_K_ARG_NEXT_LINE, line, entry, &fix, &rep, &msg);
		buf_free(&vw);
	}
	buf_free(&why);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&rep);
}

/* pppd's OPT_ENABLE options: once the no- form was read, the option itself
 * is refused ("defaultroute option is disabled"). */
static const struct {
	const char *name, *off;
} check_enable_pairs[] = {
	{ "defaultroute", "nodefaultroute" },
	{ "defaultroute6", "nodefaultroute6" },
	{ "proxyarp", "noproxyarp" },
};

static int check_disabled_option(struct check_ctx *c, size_t entry,
                                 const struct catalog_entry *r)
{
	size_t i, j, len;

	for (i = 0; i < sizeof check_enable_pairs / sizeof check_enable_pairs[0]; i++) {
		if (strcmp(r->name, check_enable_pairs[i].name) != 0)
			continue;
		for (j = 0; j < entry; j++) {
			const struct catalog_entry *pr = c->rows[j];
			struct buf msg;
			if (!pr || strcmp(pr->name, check_enable_pairs[i].off) != 0)
				continue;
			(void)check_value(c, c->d->entries[j].word, &len);
			buf_init(&msg);
			buf_printf(&msg, "'%s' on line %zu forbids '%s' from then on, so pppd "
			           "refuses this line (\"%s option is disabled\").",
			           check_enable_pairs[i].off, check_line(c, j), r->name, r->name);
			check_stops(c, check_line(c, entry), &msg);
			check_add(c, CHECK_K_DISABLED_OPTION, check_line(c, entry), entry,
			          "Keep only one of the two lines.", NULL, "%s", msg.data);
			buf_free(&msg);
			return 1;
		}
	}
	return 0;
}

static void check_entry(struct check_ctx *c, size_t entry, size_t prev)
{
	const struct doc *d = c->d;
	const struct doc_entry *e = &d->entries[entry];
	const struct catalog_entry *r;
	size_t nlen, alen = 0, i, line = check_line(c, entry);
	const char *name = check_value(c, e->word, &nlen), *arg = NULL;

	r = catalog_scope_match(&c->scope, name, nlen);
	if (!r) {
		check_unknown(c, entry, prev);
		/* a quote that never closes, or a cut word, may be why */
		if (d->words[e->word].flags & (LEXER_UNTERMINATED | LEXER_TRUNCATED))
			check_word_bytes(c, entry, e->word);
		return;
	}
	if ((r->flags & CATALOG_NOTBUILT) && c->p == PLATFORM_MACOS) {
		struct buf msg;
		buf_init(&msg);
		buf_printf(&msg, "'%s' is in Apple's pppd source code, but the pppd that ships "
		           "with macOS was built without it, so it does not know the word.", name);
		check_stops(c, line, &msg);
		check_add(c, CHECK_K_NOT_BUILT, line, entry, "Remove it.", "", "%s", msg.data);
		buf_free(&msg);
		return;
	}
	if (e->flags & DOC_ARG_MISSING) {
		struct buf msg;
		int dropped = c->p == PLATFORM_LINUX && d->dialect == LEXER_LINUX &&
		              check_eof_dropped(c);
		buf_init(&msg);
		if (dropped)
			buf_printf(&msg, "The file ends with \"\" right after '%s', and Linux pppd "
			           "does not see an empty word at the very end of a file, so '%s' "
			           "has no value (\"too few parameters\").", name, name);
		else
			buf_printf(&msg, "The file ends before '%s' gets its value, so pppd says "
			           "\"too few parameters for option '%s'\".", name, name);
		check_stops(c, line, &msg);
		if (dropped)
			check_add(c, CHECK_K_EMPTY_AT_EOF, line, entry, "End the file with a newline "
			          "after the \"\".", NULL, "%s", msg.data);
		else
			check_add(c, CHECK_K_MISSING_ARG, line, entry, "Write the value on the same "
			          "line, after the option's name.", NULL, "%s", msg.data);
		buf_free(&msg);
		return;
	}
	c->rows[entry] = r;
	if (r->nargs >= 1 && e->nwords >= 2)
		arg = check_value(c, e->word + 1, &alen);
	check_argument(c, entry, r);
	/* "plugin pppoe.so eth0" on one line is common and harmless */
	if ((r->flags & CATALOG_WILDCARD) && !r->plugin && prev != SIZE_MAX &&
	    d->entries[prev].line_last == e->line_first && c->rows[prev] &&
	    !(c->rows[prev]->flags & CATALOG_WILDCARD)) {
		struct buf msg, w;
		buf_init(&msg);
		buf_init(&w);
		check_word(&w, name, nlen);
		buf_printf(&msg, "%s on the same line as '%s' is not its value: pppd reads it "
		           "on its own, as %s.", w.data, c->rows[prev]->name,
		           strcmp(r->name, "<speed>") == 0 ? "the serial line's speed" :
		           strcmp(r->name, "<device>") == 0 ? "the serial device to use" :
		           strcmp(r->name, "<local>:<remote>") == 0 ?
		           "the local:remote IP addresses" : "the device to use");
		check_add(c, CHECK_K_STRAY_WORD, line, entry, "Remove it, or put it on a line of "
		          "its own if it is meant.", NULL, "%s", msg.data);
		buf_free(&msg);
		buf_free(&w);
	}
	check_disabled_option(c, entry, r);
	check_versions(c, entry, r, name);
	check_risks(c, entry, r);
	for (i = 0; i < e->nwords; i++)
		check_word_bytes(c, entry, e->word + i);
	catalog_scope_apply(&c->scope, r, arg, alen);
}

/* ---- the run ---------------------------------------------------------- */

static int check_path_is(const char *path, const char *a)
{
	return path && (strcmp(path, a) == 0 ||
	                 (strncmp(path, "/private", 8) == 0 && strcmp(path + 8, a) == 0));
}

/* Findings sorted by line, keeping the order they were found in. */
static void check_sort(struct check_report *r)
{
	struct check_finding *tmp;
	size_t width, i;

	if (r->n < 2)
		return;
	tmp = util_xmalloc(r->n * sizeof *tmp);
	for (width = 1; width < r->n; width *= 2) {
		for (i = 0; i < r->n; i += 2 * width) {
			size_t a = i, am = i + width < r->n ? i + width : r->n;
			size_t b = am, bm = i + 2 * width < r->n ? i + 2 * width : r->n, k = i;
			while (a < am || b < bm) {
				if (b >= bm || (a < am && r->items[a].line <= r->items[b].line))
					tmp[k++] = r->items[a++];
				else
					tmp[k++] = r->items[b++];
			}
		}
		memcpy(r->items, tmp, r->n * sizeof *tmp);
	}
	free(tmp);
}

void check_run(const struct doc *d, enum platform p,
               const struct check_file *file, struct check_report *out)
{
	struct check_ctx c;
	size_t i, prev = SIZE_MAX;

	memset(out, 0, sizeof *out);
	memset(&c, 0, sizeof c);
	c.d = d;
	c.p = p;
	c.file = file;
	c.out = out;
	catalog_scope_init(&c.scope, p);
	c.rows = util_xcalloc(d->nentries + 1, sizeof *c.rows);
	c.system_file = file && file->path && (strncmp(file->path, "/etc/", 5) == 0 ||
	                                       strncmp(file->path, "/private/etc/", 13) == 0);
	c.shared_file = !file || !file->path || check_path_is(file->path, "/etc/ppp/options") ||
	                check_path_is(file->path, "/etc/ppp/postoptions");
	if (file && file->missing) {
		check_add(&c, CHECK_K_NO_FILE, 0, SIZE_MAX, NULL, NULL,
		          "There is no file here, so pppd uses its built-in defaults.");
	}
	check_file_mode(&c);
	check_bytes(&c);
	for (i = 0; i < d->nentries; i++) {
		if (d->entries[i].disabled)
			continue;
		check_entry(&c, i, prev);
		prev = i;
	}
	check_repeats(&c);
	free(c.rows);
	check_sort(out);
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
	r->items = NULL;
	r->n = r->cap = 0;
	r->count[0] = r->count[1] = r->count[2] = 0;
}

int check_worst_for_entry(const struct check_report *r, size_t entry)
{
	int worst = -1;
	size_t i;

	for (i = 0; i < r->n; i++)
		if (r->items[i].entry == entry && (int)r->items[i].severity > worst)
			worst = (int)r->items[i].severity;
	return worst;
}
