/* check_walk.c - the walk over the directives in pppd's order, with its plugin state: unknown words and what pppd refuses. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/lexer.h"
#include "base/util.h"

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
	/* a C string: the catalogue's lookups by name take one */
	char cname[LEXER_MAXWORD + 1];
	const char *name = doc_word_cstr(d, e->word, cname, &nlen);

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
		const char *pname = check_val(c, pe->word, &plen);
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
			const char *a = check_val(c, e->word + i, &al);
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

/* pppd's OPT_ENABLE options: once the no- form was read, the option itself
 * is refused ("defaultroute option is disabled"). */
static const struct {
	const char *name, *off;
} check_enable_pairs[] = {
	{ "defaultroute", "nodefaultroute" },
	{ "defaultroute6", "nodefaultroute6" },
	{ "proxyarp", "noproxyarp" },
};

#define CHECK_NPAIRS (sizeof check_enable_pairs / sizeof check_enable_pairs[0])

struct check_row *check_row_new(struct check_ctx *c, const struct catalog_entry *r)
{
	struct check_row *ri = &c->rowinfo[r - c->table];
	size_t i;

	ri->r = r;
	ri->traits = 0;
	if (strcmp(r->name, "plugin") == 0 || strcmp(r->name, "plugin2") == 0)
		ri->traits |= CHECK_T_PLUGIN;
	if (strcmp(r->name, "noauth") == 0)
		ri->traits |= CHECK_T_NOAUTH;
	if (strcmp(r->name, "l2tpnoipsec") == 0)
		ri->traits |= CHECK_T_NOIPSEC;
	for (i = 0; i < CHECK_NPAIRS; i++) {
		if (strcmp(r->name, check_enable_pairs[i].name) == 0)
			ri->traits |= CHECK_T_ON << i;
		if (strcmp(r->name, check_enable_pairs[i].off) == 0)
			ri->traits |= CHECK_T_OFF << i;
	}
	/* what check_risks looks at */
	ri->risky = (ri->traits & (CHECK_T_PLUGIN | CHECK_T_NOAUTH | CHECK_T_NOIPSEC)) ||
	            (r->flags & CATALOG_HIDE) || r->arg == CATALOG_ARG_SECRET ||
	            r->arg == CATALOG_ARG_COMMAND;
	return ri;
}

/* Remembers the first entry that read each no- form, so that a later
 * defaultroute or proxyarp need not look back over the file. */
static void check_note_off(struct check_ctx *c, size_t entry, unsigned traits)
{
	size_t i;

	for (i = 0; i < CHECK_NPAIRS && i < sizeof c->enable_off / sizeof c->enable_off[0]; i++)
		if (!c->enable_off[i] && (traits & (CHECK_T_OFF << i)))
			c->enable_off[i] = entry + 1;
}

static int check_disabled_option(struct check_ctx *c, size_t entry,
                                 const struct catalog_entry *r, unsigned traits)
{
	size_t i, j;

	for (i = 0; i < CHECK_NPAIRS && i < sizeof c->enable_off / sizeof c->enable_off[0]; i++) {
		struct buf msg;
		if (!(traits & (CHECK_T_ON << i)) || !c->enable_off[i])
			continue;
		j = c->enable_off[i] - 1;
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
	return 0;
}

/* catalog_scope_match, remembered per name while the scope stays the same:
 * a large file names the same few directives over and over. The answers
 * for a few cheap features of the name are tried first, two per set
 * (the last one met first), before the memo hashes the whole name. */
static const struct catalog_entry *check_match(struct check_ctx *c, const char *name,
                                               size_t nlen)
{
	struct check_seen *seen;
	struct memo_slot *s;
	const struct catalog_entry *r;
	uint32_t h;

	if (!nlen)
		return catalog_scope_match(&c->scope, name, nlen);
	h = (uint32_t)(unsigned char)name[0] | (uint32_t)(unsigned char)name[nlen > 1] << 8 |
	    (uint32_t)(unsigned char)name[nlen / 2] << 16 |
	    (uint32_t)(unsigned char)name[nlen - 1] << 24;
	h = (h ^ (uint32_t)nlen * 0x9E3779B1u) * 0x85EBCA6Bu;
	h = (h ^ h >> 15) * 0xC2B2AE35u;
	seen = &c->seen[(h >> 25) % (CHECK_NSEEN / 2) * 2];   /* the top bits mix best */
	if (seen[0].len == nlen && check_same(seen[0].name, name, nlen))
		return seen[0].r;
	if (seen[1].len == nlen && check_same(seen[1].name, name, nlen)) {
		struct check_seen t = seen[1];
		seen[1] = seen[0];
		seen[0] = t;
		return t.r;
	}
	s = memo_lookup(&c->memo, name, nlen);
	if (s && s->len) {
		r = s->ptr;
	} else {
		r = catalog_scope_match(&c->scope, name, nlen);
		if (s) {
			s->ptr = r;
			memo_keep(&c->memo, s, name, nlen);
		}
	}
	seen[1] = seen[0];
	seen[0].name = name;
	seen[0].len = nlen;
	seen[0].r = r;
	return r;
}

/* Applies the entry to the scope; what was matched before no longer holds
 * once a plugin or channel comes or goes. */
static void check_scope_apply(struct check_ctx *c, const struct catalog_entry *r,
                              const char *arg, size_t alen)
{
	size_t nplugins = c->scope.nplugins;
	const char *channel = c->scope.channel;

	catalog_scope_apply(&c->scope, r, arg, alen);
	if (c->scope.nplugins != nplugins || c->scope.channel != channel) {
		memo_clear(&c->memo);
		memset(c->seen, 0, sizeof c->seen);
	}
}

struct check_row *check_entry(struct check_ctx *c, size_t entry, size_t prev)
{
	const struct doc *d = c->d;
	const struct doc_entry *e = &d->entries[entry];
	const struct catalog_entry *r;
	struct check_row *ri;
	size_t nlen, alen = 0, i, line = check_line(c, entry);
	const char *name = check_val(c, e->word, &nlen), *arg = NULL;

	/* pppd compares the name as a C string: a raw NUL byte ends it there */
	if ((d->words[e->word].flags & LEXER_HAS_NUL) && memchr(name, '\0', nlen))
		nlen = strlen(name);   /* such a word's value is in the pool, NUL-terminated */
	r = check_match(c, name, nlen);
	if (!r) {
		check_unknown(c, entry, prev);
		/* a quote that never closes, or a cut word, may be why */
		if (d->words[e->word].flags & (LEXER_UNTERMINATED | LEXER_TRUNCATED))
			check_word_bytes(c, entry, e->word);
		return NULL;
	}
	if ((r->flags & CATALOG_NOTBUILT) && c->p == PLATFORM_MACOS) {
		struct buf msg;
		buf_init(&msg);
		buf_printf(&msg, "'%.*s' is in Apple's pppd source code, but the pppd that ships "
		           "with macOS was built without it, so it does not know the word.",
		           (int)nlen, name);
		check_stops(c, line, &msg);
		check_add(c, CHECK_K_NOT_BUILT, line, entry, "Remove it.", "", "%s", msg.data);
		buf_free(&msg);
		return NULL;
	}
	if (e->flags & DOC_ARG_MISSING) {
		struct buf msg;
		int dropped = c->p == PLATFORM_LINUX && d->dialect == LEXER_LINUX &&
		              check_eof_dropped(c);
		buf_init(&msg);
		if (dropped)
			buf_printf(&msg, "The file ends with \"\" right after '%.*s', and Linux pppd "
			           "does not see an empty word at the very end of a file, so '%.*s' "
			           "has no value (\"too few parameters\").", (int)nlen, name,
			           (int)nlen, name);
		else
			buf_printf(&msg, "The file ends before '%.*s' gets its value, so pppd says "
			           "\"too few parameters for option '%.*s'\".", (int)nlen, name,
			           (int)nlen, name);
		check_stops(c, line, &msg);
		if (dropped)
			check_add(c, CHECK_K_EMPTY_AT_EOF, line, entry, "End the file with a newline "
			          "after the \"\".", NULL, "%s", msg.data);
		else
			check_add(c, CHECK_K_MISSING_ARG, line, entry, "Write the value on the same "
			          "line, after the option's name.", NULL, "%s", msg.data);
		buf_free(&msg);
		return NULL;
	}
	c->rows[entry] = (uint16_t)(r - c->table + 1);
	if (r->nargs >= 1 && e->nwords >= 2)
		arg = check_val(c, e->word + 1, &alen);
	ri = check_row(c, r);
	/* most values are the one found fine just before (check_row.ok_val) */
	if ((r->flags & CATALOG_WILDCARD) ||
	    (arg && ((e->flags & DOC_ARG_NEXT_LINE) || !check_value_known(ri, arg, alen))))
		check_argument(c, entry, r, ri);
	/* "plugin pppoe.so eth0" on one line is common and harmless */
	if ((r->flags & CATALOG_WILDCARD) && !r->plugin && prev != SIZE_MAX &&
	    d->entries[prev].line_last == e->line_first && check_row_of(c, prev) &&
	    !(check_row_of(c, prev)->flags & CATALOG_WILDCARD)) {
		struct buf msg, w;
		buf_init(&msg);
		buf_init(&w);
		check_word(&w, name, nlen);
		buf_printf(&msg, "%s on the same line as '%s' is not its value: pppd reads it "
		           "on its own, as %s.", w.data, check_row_of(c, prev)->name,
		           strcmp(r->name, "<speed>") == 0 ? "the serial line's speed" :
		           strcmp(r->name, "<device>") == 0 ? "the serial device to use" :
		           strcmp(r->name, "<local>:<remote>") == 0 ?
		           "the local:remote IP addresses" : "the device to use");
		check_add(c, CHECK_K_STRAY_WORD, line, entry, "Remove it, or put it on a line of "
		          "its own if it is meant.", NULL, "%s", msg.data);
		buf_free(&msg);
		buf_free(&w);
	}
	if (ri->traits & CHECK_T_ENABLES) {
		check_disabled_option(c, entry, r, ri->traits);
		check_note_off(c, entry, ri->traits);
	}
	/* what a row said nothing about before, it says nothing about again */
	if (c->p == PLATFORM_LINUX && !(ri->ver_word && ri->ver_from == ri->ver_to))
		check_versions(c, entry, r, name, nlen, ri);
	if (ri->risky)
		check_risks(c, entry, r, ri->traits);
	for (i = 0; i < e->nwords; i++) {
		const struct doc_word *dw = &d->words[e->word + i];
		size_t vlen;
		const char *v = check_val(c, e->word + i, &vlen);
		/* the lexer flags a word holding a NUL: a name needs no closer look */
		if (!(dw->flags & (LEXER_UNTERMINATED | LEXER_TRUNCATED | LEXER_HAS_NUL)) &&
		    (i == 0 || check_plain(v, vlen)))
			continue;
		check_word_bytes(c, entry, e->word + i);
	}
	/* only plugin lines and plugins' own options move the scope */
	if ((ri->traits & CHECK_T_PLUGIN) || r->plugin)
		check_scope_apply(c, r, arg, alen);
	return ri;
}
