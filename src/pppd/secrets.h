/* secrets.h - a pap-secrets, chap-secrets or srp-secrets file as pppd reads it: lines of client, server, secret, addresses and options. */
#ifndef PPPCONF_SECRETS_H
#define PPPCONF_SECRETS_H

#include <stddef.h>

#include "base/buf.h"
#include "base/platform.h"
#include "pppd/doc.h"

/* 1 when path names a file pppd reads for secrets, by its last component
 * (pap-secrets, chap-secrets, srp-secrets); such a file is read as lines
 * of its own shape, not as options. */
int secrets_path(const char *path);

/* What a word is on its line (scan_authfile, linux-ppp-2.5.3/pppd/auth.c:
 * 2245-2398): client, server and secret, then the addresses the client may
 * use, then after a "--" word options pppd takes at the peer's login. */
enum secrets_role {
	SECRETS_NONE,      /* not read: in a comment, or dropped at the end */
	SECRETS_CLIENT, SECRETS_SERVER, SECRETS_SECRET,
	SECRETS_ADDRESS, SECRETS_DASH, SECRETS_OPTION
};
enum secrets_role secrets_role(const struct doc *d, size_t w);

/* Calls fn with each line's words (indices into d->words, ws[0..n)), in
 * order: a line is the words from one read after a newline up to the next
 * such word, as pppd's getword reports the newline before a word. Stops
 * when fn returns non-zero, and returns that value. */
int secrets_lines(const struct doc *d, int (*fn)(void *ctx, const size_t *ws, size_t n),
                  void *ctx);
/* The index in ws of the line's "--" (from its fourth word on), or n. */
size_t secrets_dash(const struct doc *d, const size_t *ws, size_t n);

/* Appends entry i's words as facts_entry_text does, the secret masked
 * unless reveal. */
void secrets_entry_text(const struct doc *d, size_t i, int reveal, struct buf *out);
/* Appends one line of such a file, read by p's pppd, with its third word
 * (the secret) masked unless reveal; a line that is a comment is masked
 * as the line it would be without its '#' (an old secret kept there). */
void secrets_mask_line(enum platform p, int reveal, const char *line, size_t len,
                       struct buf *out);

#endif
