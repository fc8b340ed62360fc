/* check_int.h - private to the check module's files: the table of checks and the walk's state. */
#ifndef PPPCONF_CHECK_INT_H
#define PPPCONF_CHECK_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "pppd/catalog.h"
#include "check/check.h"
#include "pppd/doc.h"
#include "base/memo.h"
#include "base/util.h"

/* Every check: symbol, stable id, severity, one line for docs. The ids are
 * an interface (JSON, tests, scripts): never rename one. */
#define CHECK_KINDS(X) \
	X(UNKNOWN, "unknown-directive", CHECK_ERROR, \
	  "a word pppd does not know: it stops reading and refuses to start") \
	X(EXTRA_WORD, "extra-word", CHECK_ERROR, \
	  "a word after an option's value on the same line (\"noauth yes\")") \
	X(MISSING_ARG, "missing-argument", CHECK_ERROR, \
	  "the file ends before an option's value (\"too few parameters\")") \
	X(EMPTY_AT_EOF, "empty-at-eof", CHECK_ERROR, \
	  "Linux: \"\" as the very last bytes of the file is no word at all") \
	X(BAD_VALUE, "bad-value", CHECK_ERROR, \
	  "a value pppd refuses (not a number, out of range, bad address)") \
	X(PLUGIN_MISSING, "plugin-missing", CHECK_ERROR, \
	  "a plugin's option with no plugin line before it") \
	X(CHANNEL_REPLACED, "channel-replaced", CHECK_ERROR, \
	  "a serial-line or plugin option after another plugin took over the link") \
	X(OTHER_PLATFORM, "other-platform", CHECK_ERROR, \
	  "a directive or plugin that only the other platform's pppd has") \
	X(NOT_BUILT, "not-built", CHECK_ERROR, \
	  "macOS: in Apple's source but not in the pppd Apple ships") \
	X(DEVICE_MISSING, "device-missing", CHECK_ERROR, \
	  "a serial device that does not exist on this machine") \
	X(DISABLED_OPTION, "disabled-option", CHECK_ERROR, \
	  "defaultroute or proxyarp after its no- form forbade it") \
	X(PLUGIN_MISSPELLED, "plugin-misspelled", CHECK_ERROR, \
	  "Linux (or macOS plugin2): a misspelled plugin name, which pppd cannot load") \
	X(COMMENT_SLASHES, "comment-slashes", CHECK_ERROR, \
	  "// used as a comment: pppd only knows #") \
	X(BOM, "bom", CHECK_ERROR, \
	  "a byte order mark glued to the first word") \
	X(GLUED_WORDS, "glued-words", CHECK_ERROR, \
	  "a no-break or full-width space that pppd does not see as a space") \
	X(CURLY_QUOTES, "curly-quotes", CHECK_ERROR, \
	  "typographic quotes that are not quotes to pppd") \
	X(DASH_LOOKALIKE, "dash-lookalike", CHECK_ERROR, \
	  "an en/em dash or minus sign where pppd needs '-'") \
	X(FULLWIDTH, "fullwidth-chars", CHECK_ERROR, \
	  "full-width letters that look like ASCII but are not") \
	X(INVISIBLE, "invisible-chars", CHECK_ERROR, \
	  "an invisible character (zero-width space) inside a word") \
	X(ODD_VALUE, "odd-value", CHECK_WARNING, \
	  "a value pppd accepts but probably reads differently (\"30s\" is 30)") \
	X(ARG_NEXT_LINE, "arg-next-line", CHECK_WARNING, \
	  "an option took its value from the next line") \
	X(STRAY_WORD, "stray-word", CHECK_WARNING, \
	  "a number or address after an option, read as a speed/device/addresses") \
	X(ODD_CHARS, "odd-chars-in-value", CHECK_WARNING, \
	  "pasted look-alike characters inside a value") \
	X(CR_IN_VALUE, "crlf-in-quotes", CHECK_WARNING, \
	  "a carriage return inside a quoted value (Windows line ends)") \
	X(UNTERMINATED, "unterminated-quote", CHECK_WARNING, \
	  "a quote that is never closed swallows the rest of the file") \
	X(LONG_WORD, "long-word", CHECK_WARNING, \
	  "a word longer than 1023 bytes: pppd cuts it") \
	X(NUL_IN_VALUE, "nul-in-value", CHECK_WARNING, \
	  "an escape that makes a NUL byte: pppd's value ends there") \
	X(DUPLICATE, "duplicate", CHECK_WARNING, \
	  "set twice with different values: the last one wins") \
	X(CONFLICT, "conflict", CHECK_WARNING, \
	  "contradicting directives: the last one wins") \
	X(REMOVED, "removed", CHECK_WARNING, \
	  "removed from newer Linux pppd: refused there") \
	X(NEEDS_NEWER, "needs-newer", CHECK_WARNING, \
	  "only in newer Linux pppd: older ones refuse it") \
	X(UNKNOWN_AFTER_PLUGIN, "unknown-after-plugin", CHECK_WARNING, \
	  "an unknown word that may belong to a plugin pppconf does not know") \
	X(PLUGIN_NOT_LOADED, "plugin-not-loaded", CHECK_WARNING, \
	  "macOS: a plugin that cannot load; pppd logs it and goes on") \
	X(NOAUTH, "noauth", CHECK_WARNING, \
	  "the other side is not asked to prove who it is") \
	X(NO_IPSEC, "no-ipsec", CHECK_WARNING, \
	  "macOS L2TP without IPsec: unencrypted, for every L2TP service") \
	X(GLOBAL_CHANNEL, "global-channel-plugin", CHECK_WARNING, \
	  "macOS: a channel plugin in a shared file changes every PPP service") \
	X(SECRET_READABLE, "secret-readable", CHECK_WARNING, \
	  "a password in a file that other users can read") \
	X(FILE_WRITABLE, "file-writable", CHECK_WARNING, \
	  "the file is group- or world-writable: others can run code as root") \
	X(FILE_NOT_ROOT, "file-not-root", CHECK_WARNING, \
	  "a system options file not owned by root") \
	X(DIR_WRITABLE, "dir-writable", CHECK_WARNING, \
	  "the file's folder lets others replace the file") \
	X(NO_EFFECT, "no-effect", CHECK_NOTE, \
	  "accepted but does nothing in current pppd") \
	X(REPEATED, "repeated", CHECK_NOTE, \
	  "the same directive and value again: harmless, but clutter") \
	X(SECRET, "secret-in-file", CHECK_NOTE, \
	  "a password or shared secret written in the file") \
	X(ROOT_COMMAND, "root-command", CHECK_NOTE, \
	  "a command pppd runs as root") \
	X(PRIV_SINCE, "privileged-since", CHECK_NOTE, \
	  "only allowed in privileged files since a Linux pppd release") \
	X(UNKNOWN_PLUGIN, "unknown-plugin", CHECK_NOTE, \
	  "a plugin pppconf has no list of options for") \
	X(CRLF, "crlf", CHECK_NOTE, \
	  "Windows line ends: harmless to pppd outside quotes") \
	X(NO_FILE, "no-file", CHECK_NOTE, \
	  "the file does not exist: pppd uses its defaults")

enum check_kid {
#define CHECK_X(sym, id, sev, summary) CHECK_K_##sym,
	CHECK_KINDS(CHECK_X)
#undef CHECK_X
	CHECK_K_COUNT
};

/* Names the walk tests per entry, as bits: plugin lines, the risky
 * settings told once, pppd's enable options (the name and its no- form,
 * by their place in check_walk.c's table). */
enum {
	CHECK_T_PLUGIN = 1u << 1,    /* plugin or plugin2 */
	CHECK_T_NOAUTH = 1u << 2,
	CHECK_T_NOIPSEC = 1u << 3,   /* l2tpnoipsec */
	CHECK_T_ON = 1u << 4,        /* CHECK_T_ON << i: enable option i */
	CHECK_T_OFF = 1u << 8,       /* CHECK_T_OFF << i: its no- form */
	CHECK_T_ENABLES = 15u << 4 | 15u << 8   /* any of the four above */
};

/* A catalogue row's name for the repeats (check_file.c), and the names it
 * contradicts. */
struct check_rowrep {
	uint16_t name;         /* 1 + its name's id; 0 until worked out */
	uint16_t ntarget;
	uint32_t target;       /* its targets are check_rep.target[target ...] */
};

/* One catalogue row's remembered facts (check_ctx.rowinfo). */
struct check_row {
	const struct catalog_entry *r;   /* NULL until the row is met */
	unsigned traits;                 /* CHECK_T_* */
	/* check_versions' findings for the row written as ver_word: the report's
	 * items [ver_from, ver_to), which a later entry says again. */
	const char *ver_word;            /* NULL until check_versions ran */
	size_t ver_len;                  /* its bytes (not NUL-terminated) */
	size_t ver_from, ver_to;
	/* The last value found fine for it (catalog_check_value depends on the
	 * row and the value alone): files repeat the same few values. */
	const char *ok_val;
	size_t ok_len;
	int risky;                       /* check_risks may say something */
	struct check_rowrep rep;
};

#define CHECK_NSEEN 256

struct check_rep;        /* the repeats' state, private to check_file.c */

/* The walk's state, shared by the check module's files. */
struct check_ctx {
	const struct doc *d;
	enum platform p;
	const struct check_file *file;
	struct check_report *out;
	struct catalog_scope scope;
	/* Per entry: 1 + the index of the catalogue row pppd took it for; 0
	 * when disabled, unknown or refused (then it does not count for
	 * duplicates). 2 bytes an entry: read it with check_row_of. */
	uint16_t *rows;
	const struct catalog_entry *table;  /* the catalogue's first row */
	int secret_seen;         /* a password/secret row is in the file */
	int said_noauth, said_noipsec, said_channel; /* risks are told once */
	size_t suggested;        /* unknown words given close names so far */
	/* Per no- form of pppd's enable options (check_walk.c's table): 1 + the
	 * first entry that read it, 0 while none has; keeps the walk linear. */
	size_t enable_off[4];
	/* Names already matched in the current scope -> their row (check_walk.c);
	 * emptied whenever a plugin or channel changes the scope. */
	struct memo memo;
	struct check_seen {       /* check_walk.c's cache in front of the memo */
		const char *name;     /* a word's value, in the document */
		size_t len;           /* 0: empty */
		const struct catalog_entry *r;
	} seen[CHECK_NSEEN];
	/* What depends on a catalogue row alone, worked out at its first entry
	 * (check_row): a large file names the same few rows over and over. By
	 * the row's index. */
	struct check_row *rowinfo;
	int system_file;         /* the path is a system file (/etc/...) */
	int shared_file;         /* read by every pppd: /etc/ppp/options */
	struct buf scratch;      /* check_add's message, reused */
	struct check_rep *rep;   /* the repeats' state (check_file.c) */
	/* each kind's severity, from check.c's table: findings are pushed
	 * inline, as a large file has one on nearly every line */
	unsigned char severity[CHECK_K_COUNT];
};

/* Whether a[0..n) equals b[0..n): the walk compares several short words
 * per entry, for which a call to memcmp costs more than the work. Words
 * are read a few bytes at once, the last piece overlapping the one
 * before, so that a word takes two or three steps whatever its length. */
static inline int check_same(const char *a, const char *b, size_t n)
{
	uint64_t x, y;
	uint32_t u, v;
	uint16_t s, t;

	if (n >= 8) {
		for (; n > 8; a += 8, b += 8, n -= 8) {
			memcpy(&x, a, 8);
			memcpy(&y, b, 8);
			if (x != y)
				return 0;
		}
		memcpy(&x, a + n - 8, 8);
		memcpy(&y, b + n - 8, 8);
		return x == y;
	}
	if (n >= 4) {
		memcpy(&u, a, 4);
		memcpy(&v, b, 4);
		if (u != v)
			return 0;
		memcpy(&u, a + n - 4, 4);
		memcpy(&v, b + n - 4, 4);
		return u == v;
	}
	if (n >= 2) {
		memcpy(&s, a, 2);
		memcpy(&t, b, 2);
		if (s != t)
			return 0;
		memcpy(&s, a + n - 2, 2);
		memcpy(&t, b + n - 2, 2);
		return s == t;
	}
	return n == 0 || *a == *b;
}

/* Whether a value (known to hold no NUL) needs no closer look: no CR and
 * no byte that may start a look-alike (all of them start at 0xC2). One
 * pass, as nearly every value is short plain ASCII. */
static inline int check_plain(const char *v, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char b = (unsigned char)v[i];
		if (b == '\r' || b >= 0xC2)
			return 0;
	}
	return 1;
}

/* The row pppd took the entry for, or NULL (check_ctx.rows). */
static inline const struct catalog_entry *check_row_of(const struct check_ctx *c,
                                                       size_t entry)
{
	return c->rows[entry] ? c->table + (c->rows[entry] - 1) : NULL;
}

/* check.c: building findings */
/* A finding's `says`: its kind in the top 7 bits, the record of its texts
 * (check_text_says) in the 25 below. */
#define CHECK_SAYS_SHIFT 25
#define CHECK_SAYS_RECORDS ((uint32_t)1 << CHECK_SAYS_SHIFT)

static inline enum check_kid check_kind_of(const struct check_finding *f)
{
	return (enum check_kid)(f->says >> CHECK_SAYS_SHIFT);
}

/* The finding itself, of kind k saying `says` (a record of
 * check_text_says, or a finding's `says` whose kind is k). A document's
 * lines and entries are fewer than 2^32, so they fit the finding's fields. */
static inline void check_push(struct check_ctx *c, enum check_kid k, size_t line,
                              size_t entry, uint32_t says)
{
	struct check_report *r = c->out;
	struct check_finding *f;

	if (r->n >= r->cap)
		util_grow(&r->items, &r->cap, r->n + 1, sizeof *r->items);
	f = &r->items[r->n++];
	f->line = (uint32_t)line;
	f->entry = entry == SIZE_MAX ? CHECK_FILE_ENTRY : (uint32_t)entry;
	f->says = (uint32_t)k << CHECK_SAYS_SHIFT | (says & (CHECK_SAYS_RECORDS - 1));
	r->count[c->severity[k]]++;
}

/* Adds a finding; message from fmt. fix (may be NULL) must be a string
 * constant: it is remembered by its address. replacement is copied (may be
 * NULL). */
void check_add(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
               const char *fix, const char *replacement, const char *fmt, ...)
               BUF_PRINTF_ATTR_AT(7, 8);
/* A finding of the same kind saying exactly what finding `model` (an index
 * in the report) says, on another line: they share its strings. */
static inline void check_add_like(struct check_ctx *c, size_t model, size_t line,
                                  size_t entry)
{
	const struct check_finding *f = &c->out->items[model];

	check_push(c, check_kind_of(f), line, entry, f->says);
}
void check_addb(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
                const struct buf *fix, const struct buf *replacement,
                const struct buf *msg);
/* 'word' for a message: escaped, cut to a readable length. */
void check_word(struct buf *b, const char *w, size_t len);
/* The decoded value of word i: *len bytes, not NUL-terminated (see
 * doc_word_bytes). */
static inline const char *check_val(const struct check_ctx *c, size_t i, size_t *len)
{
	return doc_word_bytes(c->d, i, len);
}
/* The entry's directive text as it could be written again (name args...). */
void check_entry_text(const struct check_ctx *c, size_t entry, struct buf *out);
/* "It stops reading at line N and refuses to start: ... fails." */
void check_stops(const struct check_ctx *c, size_t line, struct buf *msg);
/* The entry's first line, 1-based. */
static inline size_t check_line(const struct check_ctx *c, size_t entry)
{
	return c->d->entries[entry].line_first + 1;
}

/* check_walk.c */
/* Row r's remembered facts, its traits worked out (check_row_new, at the
 * row's first entry). */
struct check_row *check_row_new(struct check_ctx *c, const struct catalog_entry *r);
static inline struct check_row *check_row(struct check_ctx *c, const struct catalog_entry *r)
{
	struct check_row *ri = &c->rowinfo[r - c->table];

	return ri->r ? ri : check_row_new(c, r);
}
/* One directive (not disabled) as pppd reads it; prev is the entry read
 * before it, or SIZE_MAX. Returns the facts of the row pppd took it for,
 * or NULL when it refused the entry (check_row_of). */
struct check_row *check_entry(struct check_ctx *c, size_t entry, size_t prev);

/* check_values.c */
/* Whether v is the value last found fine for the row: check_argument
 * would say nothing of it (unless it came from the next line). */
static inline int check_value_known(const struct check_row *ri, const char *v, size_t vlen)
{
	return ri->ok_val && vlen == ri->ok_len && check_same(v, ri->ok_val, vlen);
}
/* The value of an accepted entry (or a wildcard's word itself). */
void check_argument(struct check_ctx *c, size_t entry, const struct catalog_entry *r,
                    struct check_row *ri);
/* Linux: releases that removed, added or restricted the directive; no-ops.
 * word: the name as pppd compares it, wlen bytes. */
void check_versions(struct check_ctx *c, size_t entry, const struct catalog_entry *r,
                    const char *word, size_t wlen, struct check_row *ri);
/* Plugin lines, secrets, commands run as root, noauth, l2tpnoipsec. */
void check_risks(struct check_ctx *c, size_t entry, const struct catalog_entry *e,
                 unsigned traits);

/* check_bytes.c */
/* Linux: the file ends with "" that pppd does not see as a word. */
int check_eof_dropped(const struct check_ctx *c);
/* The whole file's bytes: a byte order mark, Windows line ends. */
void check_bytes(struct check_ctx *c);
/* Per-word trouble in an accepted entry (NUL, cut, quote, pasted chars). */
void check_word_bytes(struct check_ctx *c, size_t entry, size_t word);
/* Look-alike characters in an unknown name: 1 when a finding was added. */
int check_lookalike_name(struct check_ctx *c, size_t entry);

/* check_text.c: the findings' strings */
/* The reference of "" (0 is none). */
#define CHECK_TEXT_EMPTY 1u
/* The reference of a copy of p[0..n) (up to a NUL in it), the same one for
 * the same string. */
uint32_t check_text_keep(struct check_report *r, const char *p, size_t n);
/* The same for a string constant, remembered by its address. */
uint32_t check_text_const(struct check_report *r, const char *s);
const char *check_text_at(const struct check_report *r, uint32_t ref);
/* The record of a finding's three texts (references as above; fix and
 * replacement 0 for none), below CHECK_SAYS_RECORDS. Findings that say the
 * same share one (two at most: check_text.c). */
uint32_t check_text_says(struct check_report *r, uint32_t message, uint32_t fix,
                         uint32_t replacement);
void check_text_free(struct check_report *r);

/* check_file.c */
/* The file's mode and owner, and its folder's. */
void check_file_mode(struct check_ctx *c);
/* Directives set more than once, and directives that contradict each other:
 * begin, then each entry the walk accepted in file order (after check_entry
 * read it, with the row it returned), then end, which says the duplicates
 * and contradictions. */
void check_repeats_begin(struct check_ctx *c);
void check_repeats_entry(struct check_ctx *c, size_t entry, struct check_row *ri);
void check_repeats_end(struct check_ctx *c);
/* The order of two of its repeated/duplicate findings on one line (a_dup:
 * a is a duplicate), as check_run reports them: <0, 0 or >0. */
int check_repeats_order(const struct check_ctx *c, const struct check_finding *a,
                        const struct check_finding *b, int a_dup, int b_dup);

#endif
