/* why_match.h - a pppd message against the table's patterns: printf conversions as wildcards. */
#ifndef PPPCONF_WHY_MATCH_H
#define PPPCONF_WHY_MATCH_H

#include <stddef.h>

#include "why/why_table.h"

/* 1 when the message msg[0..len) is what `pattern` (see struct why_entry)
 * describes, whole: every conversion matches any text, even none. The
 * message is read as logged: trailing blanks and a line's CR are ignored,
 * and so is whatever follows "#012" (how rsyslog writes the newline of a
 * message of several lines), since a pattern gives the first line only. */
int why_match(const char *pattern, const char *msg, size_t len);

/* The table's entry for the message: of the entries whose pattern matches,
 * the one with the most fixed text (so "No CHAP secret found for
 * authenticating us to %q" wins over "... authenticating %q"). NULL when
 * none matches. */
const struct why_entry *why_match_find(const char *msg, size_t len);

/* Walks the fixed text of a pattern, for whoever checks it against pppd's
 * source: returns the next piece between conversions (not NUL-terminated,
 * *n bytes, never empty) starting at *pos, and moves *pos past it; NULL at
 * the end. "%%" counts as a conversion here (the source spells it so), and
 * so does %{TEXT}. */
const char *why_match_piece(const char *pattern, size_t *pos, size_t *n);

#endif
