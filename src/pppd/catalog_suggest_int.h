/* catalog_suggest_int.h - what catalog_suggest.c and catalog_keeps.c share privately; no other module includes it. */
#ifndef PPPCONF_CATALOG_SUGGEST_INT_H
#define PPPCONF_CATALOG_SUGGEST_INT_H

#include <stddef.h>

#include "pppd/catalog.h"

/* Compared words are cut here; names are far shorter. */
#define SUGGEST_MAX 64

/* Optimal-string-alignment distance between a[0..n) and b[0..m); bound + 1
 * once it is known to exceed bound. */
size_t catalog_distance(const char *a, size_t n, const char *b, size_t m, size_t bound);

/* key: the typed word folded and lowercased; name: the candidate's,
 * lowercased. 1: the name keeps the meaning; 0: it does not (another
 * polarity, number or word); 2: it may be the very word meant, but weakens
 * security and is not close enough to offer. */
int catalog_keeps(const char *key, size_t klen, const char *name, size_t nlen,
                  const struct catalog_entry *e);
/* The typed word is the name with digits left off ("noipv" for noipv6). */
int catalog_number_dropped(const char *key, size_t klen, const char *name, size_t nlen);
/* The typed word is the name with its leading - or + left off ("detach"). */
int catalog_sign_dropped(const char *key, size_t klen, const char *name, size_t nlen);
/* Whether the typed word is the name with a "no" after one of its dashes
 * left out or put in ("ipv6cp-remote" for ipv6cp-noremote): the opposite. */
int catalog_inner_no(const char *key, size_t klen, const char *name, size_t nlen);
/* Whether the typed word is the name with one of its letters typed twice
 * ("-pp" for -p). */
int catalog_doubled(const char *key, size_t klen, const char *name, size_t nlen);

#endif
