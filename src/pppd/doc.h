/* doc.h - an options file as lines and directives, edited byte-exactly, with undo. */
/* Folder src/pppd: pppd's reading of an options file - the lexer (getword), the document of lines
 * and directives with byte-exact edits and undo, the catalogue of every directive. Depends on base. */
#ifndef PPPCONF_DOC_H
#define PPPCONF_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "pppd/lexer.h"

/* How the grouping learns how many words an option takes. Returns the
 * number of argument words (0 or 1 for pppd), optionally OR-ed with
 * DOC_WILDCARD when the word was recognised by pattern (a speed, a device,
 * local:remote) rather than by name, or DOC_UNKNOWN. The catalogue provides
 * one (catalog_arity); without one, every word is unknown. */
#define DOC_UNKNOWN  (-1)
#define DOC_WILDCARD 0x100
/* It sees the word as pppd compares it (up to a first NUL byte). With
 * names_only set, the grouping asks whether a comment's first word is an
 * option known by name (a directive commented out): anything else may then
 * be DOC_UNKNOWN, and the function must not look for files (a device path),
 * as the prose of comments has many words. */
typedef int (*doc_arity_fn)(void *ctx, const char *word, size_t len, int names_only);

enum doc_line_kind {
	DOC_BLANK,      /* nothing but white space */
	DOC_COMMENT,    /* a comment that is not a commented-out directive */
	DOC_DIRECTIVE,  /* the start of at least one enabled directive */
	DOC_DISABLED,   /* a commented-out directive: "#debug", "# mtu 1400" */
	DOC_CONT        /* only words that belong to a directive begun above */
};

/* One line: its bytes [off, off + len), its line end included. */
struct doc_line {
	size_t off, len;
	enum doc_line_kind kind;
};

/* Word flag (beside the LEXER_* bits): the word is inside a comment, part of
 * a disabled directive; pppd does not read it. */
#define DOC_WORD_DISABLED 0x1000u

/* One word as pppd reads it. Its decoded value (after quotes and escapes,
 * cut to LEXER_MAXWORD bytes) is kept by the document: doc_word_bytes. */
struct doc_word {
	size_t start, end;  /* raw bytes [start, end) */
	size_t line;        /* 0-based line where it starts */
	unsigned flags;     /* LEXER_* flags, DOC_WORD_DISABLED */
	size_t len;         /* decoded length */
	size_t value;       /* the decoded value: doc->values.data + value */
};

/* Entry flags */
#define DOC_ARG_NEXT_LINE 0x01u /* its argument was taken from a later line */
#define DOC_ARG_MISSING   0x02u /* the file ended before its argument */
#define DOC_SHARED_LINE   0x04u /* another directive (or a word pppd drops)
                                   has bytes on one of its lines */

/* One directive in file order: enabled ones from pppd's word stream,
 * disabled ones from whole-line comments whose words, after the '#'s and
 * blanks, are exactly an option known by name and its number of arguments
 * (a comment between an option and the argument it takes from a later line
 * is only a comment). */
struct doc_entry {
	size_t word;        /* index in doc->words of the option name */
	size_t nwords;      /* name + arguments (unknown words: the name plus the
	                       rest of its line that is not itself a known name) */
	size_t start, end;  /* raw bytes: enabled: name start .. last word end;
	                       disabled: the first '#' .. end of the comment */
	size_t line_first, line_last; /* 0-based line indices */
	int arity;          /* what the arity function said for the name:
	                       DOC_UNKNOWN, or 0/1 possibly | DOC_WILDCARD */
	int disabled;       /* 0 or 1 */
	unsigned flags;     /* DOC_ARG_* / DOC_SHARED_LINE */
};

struct doc_change;      /* undo record, private to doc.c */

struct doc {
	struct buf text;            /* the bytes that would be written */
	enum lexer_dialect dialect;
	doc_arity_fn arity;
	void *arity_ctx;

	struct doc_line *lines;  size_t nlines;  size_t lines_cap;
	struct doc_word *words;  size_t nwords;  size_t words_cap;
	struct doc_entry *entries; size_t nentries; size_t entries_cap;
	struct buf values;          /* the words' decoded values, each NUL-terminated */
	const char *eol;            /* line end for new lines: "\n" or "\r\n" */

	struct doc_change *undo; size_t nundo, undo_cap;
	struct doc_change *redo; size_t nredo, redo_cap;
	int group;                  /* nesting depth of doc_group_begin */
	struct buf saved;           /* the bytes at the last doc_mark_saved (or load) */
	char error[160];            /* why the last edit was refused */
	size_t group_start;         /* nundo when the outermost group began */
};

/* Loads a copy of data (any bytes at all). Never fails. `arity` may be NULL.
 * The loaders refuse files over UTIL_MAX_FILE (base/util.h) before they get
 * here; edits that would grow the text beyond that size are refused. */
void doc_load(struct doc *d, const char *data, size_t len,
              enum lexer_dialect dialect, doc_arity_fn arity, void *ctx);
/* The same, taking over the bytes of `data` instead of copying them (data
 * is left empty). */
void doc_load_buf(struct doc *d, struct buf *data,
                  enum lexer_dialect dialect, doc_arity_fn arity, void *ctx);
void doc_free(struct doc *d);
/* Parses the current bytes again, e.g. after the dialect or arity changed. */
void doc_reparse(struct doc *d);

const char *doc_bytes(const struct doc *d, size_t *len);
/* Bytes of line i, its line end ("\n" or "\r\n") included. */
size_t doc_line_len(const struct doc *d, size_t i);
/* 0-based index of the line holding byte `off` (the last line for off ==
 * the text's length; 0 when there are no lines). */
size_t doc_line_of(const struct doc *d, size_t off);
/* 0-based index of the line where word i starts. */
size_t doc_word_line(const struct doc *d, size_t i);
/* Decoded value of word i: *len bytes, NUL-terminated after them, which
 * may themselves hold a NUL. Valid until the next edit. "" for an index
 * beyond the words. */
const char *doc_word_bytes(const struct doc *d, size_t i, size_t *len);
/* 1 when pppd reads word i as the C string s: its value up to a first NUL
 * (which ends pppd's string) equals s. */
int doc_word_is(const struct doc *d, size_t i, const char *s);
/* Word i's value copied into out (LEXER_MAXWORD + 1 bytes) and
 * NUL-terminated, for code that needs a C string; returns out, and its
 * length (which counts any NUL inside) in *len when len is not NULL. */
char *doc_word_cstr(const struct doc *d, size_t i, char *out, size_t *len);
/* Entry whose lines include `line`, preferring the first; SIZE_MAX if none. */
size_t doc_entry_at_line(const struct doc *d, size_t line);
/* Index of the first enabled entry whose name equals `name`, searching from
 * entry `from`; SIZE_MAX if none. */
size_t doc_find(const struct doc *d, const char *name, size_t from);

/* Edits. Each rewrites only the bytes it must, reparses, and is recorded for
 * undo (and clears redo). On success returns 0 and, where `out` is given,
 * the index of the entry that was edited or created (SIZE_MAX when it no
 * longer exists). On refusal returns -1, changes nothing (redo included),
 * and doc->error says why in words for a person. Values are C strings:
 * they are written with lexer_quote(); a value over LEXER_MAXWORD bytes is
 * refused.
 *
 * Every edit is checked against pppd's reading before it is kept: the words
 * pppd reads afterwards must be the old ones with exactly the intended
 * change, each starting a directive where intended. So an edit is refused
 * when, for instance, a new line would become the argument of an option
 * that lacks one, or new arguments after an unknown word would be read as
 * directives of their own. */
int doc_set_args(struct doc *d, size_t entry, const char *const *args,
                 size_t nargs, size_t *out);
/* Inserts "name args..." as a new line before line index `line` (nlines =
 * at the end; a missing final newline is added first), ending it with the
 * file's own line end (CRLF when most lines use it). Refused inside a
 * directive that spans lines. */
int doc_insert(struct doc *d, size_t line, const char *const *words,
               size_t nwords, size_t *out);
/* Removes the entry's whole lines when it is alone on them (a comment at
 * the end of its line goes too), else only its bytes and one adjacent run
 * of blanks. */
int doc_delete(struct doc *d, size_t entry);
/* Removes several entries (indices in increasing order) as doc_delete
 * would one after the other, in one change: one reparse and one check,
 * so the cost is linear in the file's size however many go. All or
 * nothing: -1 and doc->error when pppd would read the rest differently. */
int doc_delete_entries(struct doc *d, const size_t *entries, size_t n);
/* Comments a directive out or back in. Disabling puts a '#' right before the
 * name ("  mtu 1400" -> "  #mtu 1400") and before the first non-blank byte of
 * each further line it spans (then it no longer reads as one disabled
 * entry: *out is SIZE_MAX). A directive that shares its line is split off:
 * it leaves the line and comes back as "#name args" on a new line right
 * below. Enabling removes the '#'s and the blanks after them, keeping what
 * stands before the first '#'. */
int doc_set_disabled(struct doc *d, size_t entry, int disabled, size_t *out);
/* Moves a directive's lines above the previous (dir < 0) or below the next
 * (dir > 0) entry's lines (entries include disabled ones); lines between the
 * two stay where they are. Refused when either shares a line. */
int doc_move(struct doc *d, size_t entry, int dir, size_t *out);
/* The primitive every edit uses: replace bytes [off, off+n) by p[0..m). */
int doc_splice(struct doc *d, size_t off, size_t n, const char *p, size_t m);

/* Edits between begin and end undo and redo as one step (nestable). */
void doc_group_begin(struct doc *d);
void doc_group_end(struct doc *d);
/* Forgets a group of edits that came to nothing: when the bytes are what
 * they were at undo depth `depth` (d->nundo then), the edits above it are
 * dropped, so the document does not count as modified. */
void doc_forget_noop(struct doc *d, size_t depth, const char *before, size_t len);
int doc_can_undo(const struct doc *d);
int doc_can_redo(const struct doc *d);
int doc_undo(struct doc *d);    /* 0 done, -1 nothing to undo */
int doc_redo(struct doc *d);

/* "Modified" is relative to the last mark (load counts as one): the bytes
 * differ from what they were then. Edits that cancel out (a line moved down
 * and back up) leave the document unmodified. */
void doc_mark_saved(struct doc *d);
int doc_modified(const struct doc *d);

#endif
