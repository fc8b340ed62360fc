/* facts.h - what the editor shows about a directive: its catalogue row, words, masked secrets. */
#ifndef PPPCONF_FACTS_H
#define PPPCONF_FACTS_H

#include <stddef.h>

#include "base/buf.h"
#include "pppd/catalog.h"
#include "pppd/doc.h"
#include "base/platform.h"

/* What stands in for a hidden value: the same whatever its length. */
#define FACTS_MASK "********"

/* The catalogue row for entry i as the platform's pppd reads the name (a
 * named option, else a wildcard row); failing that, the other platform's row
 * so the screen can say where it exists. NULL for a word no pppd knows. */
const struct catalog_entry *facts_catalog(const struct doc *d, size_t i, enum platform p);
/* The entry's name (decoded): *len bytes, not NUL-terminated. */
const char *facts_name_bytes(const struct doc *d, size_t i, size_t *len);
/* 1 when the row's value is a password or shared secret. */
/* What a directive's argument is, for a person: "bytes (integer, 128 to
 * 16384)", "one of ..."; appended to out. */
void facts_arg_text(const struct catalog_entry *ce, struct buf *out);
int facts_row_secret(const struct catalog_entry *ce);
/* 1 when entry i has a value that is a secret. */
int facts_secret(const struct doc *d, size_t i, enum platform p);
/* Appends "name arg" the way pppd reads it (arguments quoted where they
 * need it), the value masked when it is a secret and !reveal. */
void facts_entry_text(const struct doc *d, size_t i, enum platform p, int reveal,
                      struct buf *out);
/* Appends a copy of one line of file text with every secret value masked
 * (also inside comments, where disabled directives live) unless reveal. */
void facts_mask_line(enum platform p, int reveal, const char *line, size_t len,
                     struct buf *out);
/* A row's texts in the language of the messages (base/i18n.h). The
 * catalogue itself stays English; po/ holds the translations, each under a
 * context that names the row (facts_text_context). */
enum facts_text { FACTS_SUMMARY, FACTS_EXPLAIN, FACTS_RISK };
/* The row's summary, explanation or risk, translated where a translation
 * exists, else the English; NULL when the row has none. */
const char *facts_text(const struct catalog_entry *ce, enum facts_text which);
/* The row an alias row stands for (its alias_of), for platform p, or for
 * the alias's own platform when p's pppd lacks the alias: what the option
 * does is written there only, and shown after the alias's own words on
 * the spelling. NULL for a row that is no alias. */
const struct catalog_entry *facts_real(const struct catalog_entry *ce, enum platform p);
/* A sentence to show before the explanation when the messages are not in
 * English and this row's explanation has no translation yet; else NULL. */
const char *facts_text_note(const struct catalog_entry *ce);
/* The translation context of a row's texts: its name and platforms, and
 * its plugin when it has one ("debug (macOS, Linux)", "rp_pppoe_ac (Linux,
 * pppoe.so)"); cut to n - 1 bytes. */
void facts_text_context(const struct catalog_entry *ce, char *out, size_t n);

/* The enabled "plugin X" (or plugin2) entry that loads `plugin` (matched by
 * its last path part; rp-pppoe.so counts as pppoe.so); SIZE_MAX if none. */
size_t facts_plugin_entry(const struct doc *d, const char *plugin);

#endif
