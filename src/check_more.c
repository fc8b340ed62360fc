/* check_more.c - the checks beyond pppd's reading: bytes, permissions, repeats and risky settings. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check_int.h"
#include "lexer.h"
#include "util.h"

/* ---- bytes of the whole file ----------------------------------------- */

int check_eof_dropped(const struct check_ctx *c)
{
	const struct doc *d = c->d;

	/* The doc keeps the word pppd drops as its last word, flagged. */
	return d->nwords && (d->words[d->nwords - 1].flags & LEXER_EOF_DROPPED);
}

void check_bytes(struct check_ctx *c)
{
	const struct doc *d = c->d;
	const char *t = d->text.data ? d->text.data : "";
	size_t i, n = 0, first = 0, line = 1;
	struct buf msg, rep, fix, empty;

	buf_init(&msg);
	buf_init(&rep);
	buf_init(&fix);
	buf_init(&empty);
	if (d->text.len >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0) {
		const struct doc_entry *e = d->nentries ? &d->entries[0] : NULL;
		int glued = e && !e->disabled && d->words[e->word].start == 0;

		buf_adds(&msg, "The file starts with an invisible byte order mark (BOM), as some "
		         "Windows editors write. pppd does not skip it: ");
		if (glued && d->words[e->word].len > 3) {
			size_t len, k;
			const char *v = check_value(c, e->word, &len);
			buf_adds(&msg, "it becomes part of the first word, so ");
			check_word(&msg, v + 3, len - 3);
			buf_adds(&msg, " is no longer a word pppd knows.");
			lexer_quote(&rep, v + 3, len - 3);
			for (k = 1; k < e->nwords; k++) {
				v = check_value(c, e->word + k, &len);
				buf_addc(&rep, ' ');
				lexer_quote(&rep, v, len);
			}
		} else {
			buf_adds(&msg, "it reads it as a word of its own and does not know it.");
		}
		check_stops(c, 1, &msg);
		buf_adds(&fix, "Save the file as plain text without a BOM (UTF-8 without BOM, "
		         "or ASCII).");
		check_addb(c, CHECK_K_BOM, 1, e && !e->disabled && d->words[e->word].start == 0 ?
		           0 : SIZE_MAX, &fix, glued && rep.len ? &rep : (e && !e->disabled &&
		           d->words[e->word].start == 0 ? &empty : NULL), &msg);
	}
	for (i = 0; i < d->text.len; i++) {
		if (t[i] == '\n') {
			if (i > 0 && t[i - 1] == '\r' && n++ == 0)
				first = line;
			line++;
		}
	}
	if (n) {
		buf_reset(&msg);
		buf_printf(&msg, "%zu line%s end%s with Windows line ends (CR LF). pppd reads the "
		           "CR as a space, so this is harmless outside quotes, but editors and "
		           "diffs may show it as ^M.", n, n == 1 ? "" : "s", n == 1 ? "s" : "");
		check_add(c, CHECK_K_CRLF, first, SIZE_MAX,
		          "Convert the line ends to LF if you like (for example with dos2unix).",
		          NULL, "%s", msg.data);
	}
	buf_free(&msg);
	buf_free(&rep);
	buf_free(&fix);
}

void check_file_mode(struct check_ctx *c)
{
	const struct check_file *f = c->file;
	const char *path = f && f->path ? f->path : "FILE";
	struct buf msg, fix;

	if (!f || !f->have_stat)
		return;
	buf_init(&msg);
	buf_init(&fix);
	if (f->mode & 022) {
		buf_printf(&msg, "The file can be changed by %s (mode %04o). pppd acts on it "
		           "with root's authority (a plugin line loads code into pppd, connect "
		           "runs a command), so whoever can write it can take over this machine.",
		           (f->mode & 002) ? "any user" : "members of its group",
		           (unsigned)(f->mode & 07777));
		buf_printf(&fix, "sudo chmod go-w %s", path);
		check_addb(c, CHECK_K_FILE_WRITABLE, 0, SIZE_MAX, &fix, NULL, &msg);
	}
	if (c->system_file && f->uid != 0) {
		buf_reset(&msg);
		buf_reset(&fix);
		buf_printf(&msg, "The file belongs to user id %lu, not root; that user can change "
		           "what pppd does as root.", (unsigned long)f->uid);
		buf_printf(&fix, "sudo chown root %s", path);
		check_addb(c, CHECK_K_FILE_NOT_ROOT, 0, SIZE_MAX, &fix, NULL, &msg);
	}
	if (f->dir_writable_by_others) {
		buf_reset(&msg);
		buf_adds(&msg, "The folder that holds the file can be changed by users other "
		         "than root, so they could replace the file with their own.");
		buf_reset(&fix);
		buf_adds(&fix, "Make the folder owned by root and writable only by root "
		         "(sudo chown root DIR; sudo chmod go-w DIR).");
		check_addb(c, CHECK_K_DIR_WRITABLE, 0, SIZE_MAX, &fix, NULL, &msg);
	}
	buf_free(&msg);
	buf_free(&fix);
}

/* ---- words ------------------------------------------------------------ */

static const char *check_fold_kind(unsigned f)
{
	if (f & CATALOG_FOLD_SPACE)
		return "a no-break or full-width space";
	if (f & CATALOG_FOLD_QUOTE)
		return "curly typographic quotes";
	if (f & CATALOG_FOLD_DASH)
		return "a dash or minus sign that is not the ASCII '-'";
	if (f & CATALOG_FOLD_FULLWIDTH)
		return "full-width letters that look like ASCII";
	return "an invisible character (such as a zero-width space)";
}

/* Why pppd does not know a name holding look-alike characters. */
static const char *check_fold_effect(unsigned f)
{
	if (f & CATALOG_FOLD_SPACE)
		return ", which pppd does not treat as a space: the words around it are glued "
		       "into one word that pppd does not know.";
	if (f & CATALOG_FOLD_QUOTE)
		return ", which are not quotes to pppd: they stay part of the word, and pppd "
		       "does not know the word.";
	if (f & CATALOG_FOLD_DASH)
		return "; it only looks like the '-' pppd needs, so pppd does not know the word.";
	if (f & CATALOG_FOLD_FULLWIDTH)
		return "; they are other characters to pppd, so it does not know the word.";
	return ", so pppd does not know the word.";
}

int check_lookalike_name(struct check_ctx *c, size_t entry)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *sug[1];
	struct buf folded, msg, fix, rep, w;
	size_t nlen, k, plain_len, line = e->line_first + 1;
	const char *name = check_value(c, e->word, &nlen), *sp;
	unsigned f;
	enum check_kid kid;

	buf_init(&folded);
	f = catalog_fold(name, nlen, &folded);
	if (!f) {
		buf_free(&folded);
		return 0;
	}
	kid = (f & CATALOG_FOLD_SPACE) ? CHECK_K_GLUED_WORDS :
	      (f & CATALOG_FOLD_QUOTE) ? CHECK_K_CURLY_QUOTES :
	      (f & CATALOG_FOLD_DASH) ? CHECK_K_DASH_LOOKALIKE :
	      (f & CATALOG_FOLD_FULLWIDTH) ? CHECK_K_FULLWIDTH : CHECK_K_INVISIBLE;
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	buf_init(&w);
	check_word(&w, name, nlen);
	buf_printf(&msg, "%s contains %s%s", w.data, check_fold_kind(f), check_fold_effect(f));
	check_stops(c, line, &msg);
	sp = memchr(folded.data, ' ', folded.len);
	plain_len = sp ? (size_t)(sp - folded.data) : folded.len;
	folded.data[plain_len] = '\0';
	if (catalog_match(folded.data, plain_len, c->p) ||
	    catalog_suggest(folded.data, plain_len, c->p, sug, 1)) {
		const char *plain = catalog_match(folded.data, plain_len, c->p) ? folded.data
		                    : sug[0]->name;
		buf_printf(&fix, "Retype it in plain ASCII: '%s'.", plain);
		buf_adds(&rep, plain);
		if (sp) {
			buf_addc(&rep, ' ');
			buf_adds(&rep, sp + 1);
		}
		for (k = 1; k < e->nwords; k++) {
			size_t al;
			const char *a = check_value(c, e->word + k, &al);
			buf_addc(&rep, ' ');
			lexer_quote(&rep, a, al);
		}
	} else {
		buf_adds(&fix, "Retype the word in plain ASCII.");
	}
	check_addb(c, kid, line, entry, &fix, rep.len ? &rep : NULL, &msg);
	buf_free(&folded);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&rep);
	buf_free(&w);
	return 1;
}

void check_word_bytes(struct check_ctx *c, size_t entry, size_t wi)
{
	const struct doc_word *dw = &c->d->words[wi];
	const struct doc_entry *e = &c->d->entries[entry];
	size_t len, nlen, line = dw->line + 1;
	const char *v = check_value(c, wi, &len);
	const char *name = check_value(c, e->word, &nlen);
	struct buf msg, folded, nw;
	unsigned f;

	buf_init(&msg);
	buf_init(&nw);
	check_word(&nw, name, nlen);
	if (dw->flags & LEXER_UNTERMINATED) {
		buf_printf(&msg, "A quote opened on line %zu is never closed, so pppd reads "
		           "everything to the end of the file as part of this one word; the "
		           "directives after it are lost.", line);
		check_add(c, CHECK_K_UNTERMINATED, line, entry, "Close the quote at the end of "
		          "the value.", NULL, "%s", msg.data);
		buf_reset(&msg);
	}
	if (dw->flags & LEXER_TRUNCATED) {
		buf_printf(&msg, "A word on line %zu is longer than 1023 bytes; pppd keeps only "
		           "the first 1023 and logs a warning.", line);
		check_add(c, CHECK_K_LONG_WORD, line, entry, "Shorten the value.", NULL, "%s",
		          msg.data);
		buf_reset(&msg);
	}
	if ((dw->flags & LEXER_HAS_NUL) || memchr(v, '\0', len)) {
		buf_printf(&msg, "The value of %s contains an escape that makes a NUL byte "
		           "(such as \\0 or \\x00); pppd's value ends right there.", nw.data);
		check_add(c, CHECK_K_NUL_IN_VALUE, line, entry, "Remove the \\0 escape.", NULL,
		          "%s", msg.data);
		buf_reset(&msg);
	}
	if (wi != e->word && memchr(v, '\r', len)) {
		buf_printf(&msg, "The value of %s contains a carriage return (CR), from "
		           "Windows line ends inside quotes; pppd keeps it as part of the value.",
		           nw.data);
		check_add(c, CHECK_K_CR_IN_VALUE, line, entry, "Convert the file's line ends to "
		          "LF, or close the quote before the end of the line.", NULL, "%s",
		          msg.data);
		buf_reset(&msg);
	}
	buf_init(&folded);
	if (wi != e->word && (f = catalog_fold(v, len, &folded)) != 0) {
		buf_printf(&msg, "The value of %s contains %s, probably pasted from a web "
		           "page or a word processor; pppd keeps those bytes as part of the "
		           "value.", nw.data, check_fold_kind(f));
		check_add(c, CHECK_K_ODD_CHARS, line, entry, "Retype the value in plain ASCII, "
		          "unless you meant those characters.", NULL, "%s", msg.data);
	}
	buf_free(&folded);
	buf_free(&msg);
	buf_free(&nw);
}

/* ---- risky settings and plugins -------------------------------------- */

/* Linux renamed rp-pppoe.so to pppoe.so in 2.4.9 (2.4.9 still installs a
 * link under the old name; 2.5.0 and later do not). */
static const struct {
	const char *old, *now, *gone;
} check_plugin_renames[] = {
	{ "rp-pppoe.so", "pppoe.so", "2.5.0" },
};

static void check_plugin_line(struct check_ctx *c, size_t entry,
                              const struct catalog_entry *r)
{
	const struct doc_entry *e = &c->d->entries[entry];
	enum platform other = c->p == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS;
	size_t alen, i, line = e->line_first + 1;
	const char *arg, *pl;
	struct buf msg, w, rep;

	if (e->nwords < 2)
		return;
	arg = check_value(c, e->word + 1, &alen);
	buf_init(&msg);
	buf_init(&w);
	buf_init(&rep);
	check_word(&w, arg, alen);
	pl = catalog_plugin_name(arg, alen, c->p);
	if (!pl && (pl = catalog_plugin_name(arg, alen, other)) != NULL) {
		buf_printf(&msg, "%s is a %s plugin; %s's pppd cannot load it", w.data,
		           platform_display(other), platform_display(c->p));
		if (c->p == PLATFORM_LINUX || strcmp(r->name, "plugin2") == 0) {
			buf_adds(&msg, ".");
			check_stops(c, line, &msg);
			check_add(c, CHECK_K_OTHER_PLATFORM, line, entry, "Remove the line, or check "
			          "the file with the right --platform.", NULL, "%s", msg.data);
		} else {
			buf_adds(&msg, ". It only logs the failure and goes on, but the plugin's "
			         "options after this line will be refused.");
			check_add(c, CHECK_K_PLUGIN_NOT_LOADED, line, entry, "Remove the line.", "",
			          "%s", msg.data);
		}
	} else if (!pl && (pl = catalog_plugin_suggest(arg, alen, c->p)) != NULL) {
		int soft = c->p == PLATFORM_MACOS && strcmp(r->name, "plugin") == 0;
		buf_printf(&msg, "There is no plugin called %s; it looks like a misspelling of "
		           "%s.", w.data, pl);
		if (soft)
			buf_adds(&msg, " macOS's pppd only logs that it cannot load it and goes "
			         "on, so the plugin's options after this line will be refused.");
		else
			check_stops(c, line, &msg);
		buf_printf(&rep, "%s %s", r->name, pl);
		check_add(c, soft ? CHECK_K_PLUGIN_NOT_LOADED : CHECK_K_PLUGIN_MISSPELLED, line,
		          entry, "Correct the plugin's name.", rep.data, "%s", msg.data);
	} else if (!pl) {
		buf_printf(&msg, "pppconf has no list of the options that plugin %s adds, so it "
		           "cannot check the words that follow. %s", w.data,
		           c->p == PLATFORM_MACOS && strcmp(r->name, "plugin") == 0 ?
		           "If pppd cannot load it, it logs that and goes on." :
		           "pppd stops if it cannot find or load the plugin.");
		check_add(c, CHECK_K_UNKNOWN_PLUGIN, line, entry, NULL, NULL, "%s", msg.data);
	} else {
		for (i = 0; i < sizeof check_plugin_renames / sizeof check_plugin_renames[0]; i++) {
			if (c->p != PLATFORM_LINUX || strcmp(pl, check_plugin_renames[i].old) != 0)
				continue;
			buf_printf(&msg, "Linux pppd %s and newer has no %s (it became %s); there "
			           "pppd cannot load it and refuses to start.",
			           check_plugin_renames[i].gone, pl, check_plugin_renames[i].now);
			buf_printf(&rep, "plugin %s", check_plugin_renames[i].now);
			check_add(c, CHECK_K_REMOVED, line, entry, "Use the new name, which pppd "
			          "2.4.9 and newer know.", rep.data, "%s", msg.data);
		}
		if (c->p == PLATFORM_MACOS && catalog_plugin_is_channel(pl, c->p) &&
		    c->shared_file && !c->said_channel++) {
			buf_reset(&msg);
			buf_printf(&msg, "Every pppd on this Mac reads this file, so every PPP "
			           "service now starts with %s in charge of the link: modem, serial "
			           "and Bluetooth PPP services stop working, and serial-line options "
			           "after this line are refused.", pl);
			check_add(c, CHECK_K_GLOBAL_CHANNEL, line, entry, "If only one VPN needs its "
			          "options, put them in /etc/ppp/peers/<exact service name> instead "
			          "(no plugin line needed there).", NULL, "%s", msg.data);
		}
	}
	buf_free(&msg);
	buf_free(&w);
	buf_free(&rep);
}

void check_risks(struct check_ctx *c, size_t entry, const struct catalog_entry *r)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct check_file *f = c->file;
	size_t line = e->line_first + 1, alen = 0;
	const char *arg = e->nwords >= 2 ? check_value(c, e->word + 1, &alen) : NULL;
	struct buf msg;

	buf_init(&msg);
	if (strcmp(r->name, "plugin") == 0 || strcmp(r->name, "plugin2") == 0) {
		check_plugin_line(c, entry, r);
	} else if (strcmp(r->name, "noauth") == 0 && !c->said_noauth++) {
		check_add(c, CHECK_K_NOAUTH, line, entry, "Keep it only if this machine dials out "
		          "to a provider or VPN server; never on a machine that answers calls.",
		          NULL, "noauth: pppd does not ask the other side to prove who it is. "
		          "That is usual when you dial out to a provider, but anyone who can "
		          "reach a PPP link of this machine%s gets in without a password.",
		          c->shared_file ? " (this file applies to all of them)" : "");
	} else if (strcmp(r->name, "l2tpnoipsec") == 0 && !c->said_noipsec++) {
		check_add(c, CHECK_K_NO_IPSEC, line, entry, "Keep it only if your L2TP server "
		          "does not use IPsec. To undo it, remove this line and the 'plugin "
		          "L2TP.ppp' line above it (pppconf fix l2tp-noipsec-undo).", NULL,
		          "l2tpnoipsec: L2TP runs without IPsec, so the tunnel is unencrypted: "
		          "your login exchange and traffic cross the network in the clear unless "
		          "PPP itself encrypts them. %s",
		          c->shared_file ? "In this file it applies to every L2TP VPN service on "
		          "this Mac, including ones whose server needs IPsec." :
		          "It applies to every connection that reads this file.");
	}
	if ((r->flags & CATALOG_HIDE) || r->arg == CATALOG_ARG_SECRET) {
		c->secret_seen = 1;
		if (f && f->have_stat && (f->mode & 044))
			check_add(c, CHECK_K_SECRET_READABLE, line, entry,
			          "Make the file readable by root only (sudo chmod 600), or keep "
			          "the secret elsewhere (pap-secrets/chap-secrets on Linux, the "
			          "keychain on macOS).", NULL,
			          "'%s' holds a password or shared secret, and %s can read this "
			          "file (mode %04o).", r->name,
			          (f->mode & 004) ? "every user" : "its group",
			          (unsigned)(f->mode & 07777));
		else
			check_add(c, CHECK_K_SECRET, line, entry, NULL, NULL,
			          "'%s' holds a password or shared secret in plain text; keep this "
			          "file readable by root only.", r->name);
	}
	if (r->arg == CATALOG_ARG_COMMAND && arg) {
		buf_add_escaped(&msg, arg, alen > 60 ? 60 : alen);
		check_add(c, CHECK_K_ROOT_COMMAND, line, entry, "Make sure the command and any "
		          "script it names belong to root and only root can change them.", NULL,
		          "'%s' makes pppd run a command as root: %s%s", r->name, msg.data,
		          alen > 60 ? "..." : "");
	}
	buf_free(&msg);
}

/* ---- directives set more than once ----------------------------------- */

/* Options that add up or keep a list instead of keeping the last value. */
static const char *const check_repeatable[] = {
	"plugin", "plugin2", "eapplugin", "allow-ip", "allow-number", "ms-dns", "ms-wins",
	"dns-addr", "asyncmap", "-as", "debug", "-d", "escape", "file", "call", "set",
	"unset", "kdebug",
};

static int check_is_repeatable(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof check_repeatable / sizeof check_repeatable[0]; i++)
		if (strcmp(check_repeatable[i], name) == 0)
			return 1;
	return 0;
}

static const char *check_wild_what(const struct catalog_entry *r)
{
	if (strcmp(r->name, "<speed>") == 0)
		return "serial speed";
	if (strcmp(r->name, "<local>:<remote>") == 0)
		return "local:remote address pair";
	return "device";
}

struct check_key {
	const char *key;
	size_t entry;
};

static int check_key_cmp(const void *a, const void *b)
{
	const struct check_key *x = a, *y = b;
	int r = strcmp(x->key, y->key);

	return r ? r : (x->entry > y->entry) - (x->entry < y->entry);
}

/* How a message names an accepted entry: wildcards by the word itself. */
static void check_shown(const struct check_ctx *c, size_t entry, struct buf *out)
{
	size_t len;
	const char *v = check_value(c, c->d->entries[entry].word, &len);

	buf_reset(out);
	buf_add_escaped(out, v, len > 48 ? 48 : len);
}

static const char *check_canon(const struct catalog_entry *r)
{
	return r->alias_of ? r->alias_of : r->name;
}

/* The arguments of an entry as one comparable string. */
static void check_args(const struct check_ctx *c, size_t entry, struct buf *out)
{
	const struct doc_entry *e = &c->d->entries[entry];
	size_t i, len;
	const char *v;

	buf_reset(out);
	buf_add(out, "", 0);
	for (i = (c->rows[entry]->flags & CATALOG_WILDCARD) ? 0 : 1; i < e->nwords; i++) {
		v = check_value(c, e->word + i, &len);
		buf_add(out, v, len);
		buf_addc(out, '\0');
	}
}

/* Last accepted entry before `before` whose key is `key`, or SIZE_MAX. */
static size_t check_last_with(const struct check_key *keys, size_t n, const char *key,
                              size_t before)
{
	size_t lo = 0, hi = n, found = SIZE_MAX;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(keys[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < n && strcmp(keys[lo].key, key) == 0 && keys[lo].entry < before; lo++)
		found = keys[lo].entry;
	return found;
}

/* "auth" and "noauth": the same setting, on and off. */
static int check_opposites(const char *a, const char *b)
{
	return (strncmp(a, "no", 2) == 0 && strcmp(a + 2, b) == 0) ||
	       (strncmp(b, "no", 2) == 0 && strcmp(b + 2, a) == 0);
}

static void check_conflict(struct check_ctx *c, const struct check_key *keys, size_t n,
                           size_t i, const char *other)
{
	const struct catalog_entry *r = c->rows[i];
	const struct catalog_entry *o = catalog_find(other, c->p);
	size_t j;

	/* the rows name aliases too ("-pap"); entries are keyed by the real name */
	if (o && o->alias_of)
		other = o->alias_of;
	j = check_last_with(keys, n, other, i);

	if (j == SIZE_MAX)
		return;
	/* defaultroute after nodefaultroute is an error, said elsewhere */
	if (strncmp(other, "no", 2) == 0 && strcmp(other + 2, check_canon(r)) == 0 &&
	    (strcmp(check_canon(r), "defaultroute") == 0 ||
	     strcmp(check_canon(r), "defaultroute6") == 0 || strcmp(check_canon(r), "proxyarp") == 0))
		return;
	if (check_opposites(check_canon(c->rows[j]), check_canon(r)))
		check_add(c, CHECK_K_CONFLICT, c->d->entries[j].line_first + 1, j,
		          "Keep the one you mean and delete the other.", NULL,
		          "'%s' here is undone by '%s' on line %zu; pppd goes by the last one, "
		          "so this line has no effect.", c->rows[j]->name, r->name,
		          c->d->entries[i].line_first + 1);
	else
		check_add(c, CHECK_K_CONFLICT, c->d->entries[j].line_first + 1, j,
		          "Keep the one you mean and delete the other.", NULL,
		          "'%s' here contradicts '%s' on line %zu: both cannot take effect as "
		          "written.", c->rows[j]->name, r->name, c->d->entries[i].line_first + 1);
}

/* One member of a group of entries with the same key. */
struct check_member {
	char *args;        /* the arguments, NUL-separated */
	size_t alen;
	size_t entry;
};

static int check_member_cmp(const void *a, const void *b)
{
	const struct check_member *x = a, *y = b;
	size_t n = x->alen < y->alen ? x->alen : y->alen;
	int r = memcmp(x->args, y->args, n);

	if (r == 0 && x->alen != y->alen)
		r = x->alen < y->alen ? -1 : 1;
	return r ? r : (x->entry > y->entry) - (x->entry < y->entry);
}

/* Within one group (same directive): an entry whose arguments an earlier
 * one already had is a repeat; an entry whose value never reaches the end
 * is overridden. Sorting by value keeps this O(n log n) for huge files. */
static void check_group(struct check_ctx *c, const struct check_key *keys, size_t g,
                        size_t end, struct check_member *m, struct buf *tmp, struct buf *nm)
{
	const struct doc *d = c->d;
	size_t k, run, last = keys[end - 1].entry, n = end - g;
	int repeatable = check_is_repeatable(keys[g].key);

	for (k = 0; k < n; k++) {
		check_args(c, keys[g + k].entry, tmp);
		m[k].alen = tmp->len;
		m[k].args = buf_detach(tmp);
		m[k].entry = keys[g + k].entry;
	}
	qsort(m, n, sizeof *m, check_member_cmp);
	for (run = 0; run < n;) {
		size_t stop = run + 1, first = m[run].entry;
		while (stop < n && m[stop].alen == m[run].alen &&
		       memcmp(m[stop].args, m[run].args, m[run].alen) == 0)
			stop++;
		for (k = run + 1; k < stop; k++) {
			check_shown(c, m[k].entry, nm);
			check_add(c, CHECK_K_REPEATED, d->entries[m[k].entry].line_first + 1,
			          m[k].entry, "Delete the repeated line.", "", "'%s' repeats line "
			          "%zu exactly; harmless, but one of them is enough.", nm->data,
			          d->entries[first].line_first + 1);
		}
		if (!repeatable && m[stop - 1].entry != last) {
			buf_reset(tmp);
			check_entry_text(c, last, tmp);
			check_shown(c, first, nm);
			check_add(c, CHECK_K_DUPLICATE, d->entries[first].line_first + 1, first,
			          "Delete this line, or the later one.", "",
			          "%s%s%s is set again on line %zu (%s); pppd uses the last one, so "
			          "this line has no effect.",
			          (c->rows[first]->flags & CATALOG_WILDCARD) ? "The " : "'",
			          (c->rows[first]->flags & CATALOG_WILDCARD) ?
			          check_wild_what(c->rows[first]) : nm->data,
			          (c->rows[first]->flags & CATALOG_WILDCARD) ? "" : "'",
			          d->entries[last].line_first + 1, tmp->data);
		}
		run = stop;
	}
	for (k = 0; k < n; k++)
		free(m[k].args);
}

void check_repeats(struct check_ctx *c)
{
	const struct doc *d = c->d;
	struct check_key *keys = util_xcalloc(d->nentries + 1, sizeof *keys);
	struct check_member *m = util_xcalloc(d->nentries + 1, sizeof *m);
	struct buf tmp, nm;
	size_t n = 0, i, g;

	for (i = 0; i < d->nentries; i++)
		if (c->rows[i]) {
			keys[n].key = check_canon(c->rows[i]);
			keys[n++].entry = i;
		}
	qsort(keys, n, sizeof *keys, check_key_cmp);
	buf_init(&tmp);
	buf_init(&nm);
	for (g = 0; g < n;) {
		size_t end = g + 1;
		while (end < n && strcmp(keys[end].key, keys[g].key) == 0)
			end++;
		if (end - g > 1)
			check_group(c, keys, g, end, m, &tmp, &nm);
		g = end;
	}
	for (i = 0; i < d->nentries; i++) {
		const struct catalog_entry *r = c->rows[i];
		const char *p, *canon;
		char word[64];
		if (!r || (r->flags & CATALOG_WILDCARD))
			continue;
		canon = check_canon(r);
		for (p = r->conflicts; p && *p;) {
			size_t wl = strcspn(p, " ");
			if (wl > 0 && wl < sizeof word) {
				memcpy(word, p, wl);
				word[wl] = '\0';
				check_conflict(c, keys, n, i, word);
			}
			p += wl;
			p += strspn(p, " ");
		}
		/* "noX" and "X" contradict each other even when the rows do not say so */
		if (strncmp(canon, "no", 2) == 0 && catalog_find(canon + 2, c->p) &&
		    !(r->conflicts && strstr(r->conflicts, canon + 2)))
			check_conflict(c, keys, n, i, canon + 2);
		if (strlen(canon) + 3 <= sizeof word) {
			word[0] = 'n';
			word[1] = 'o';
			strcpy(word + 2, canon);
			if (catalog_find(word, c->p) && !(r->conflicts && strstr(r->conflicts, word)))
				check_conflict(c, keys, n, i, word);
		}
	}
	buf_free(&tmp);
	buf_free(&nm);
	free(m);
	free(keys);
}
