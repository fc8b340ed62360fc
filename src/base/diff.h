/* diff.h - the unified diff of two byte strings, line by line (Myers). */
#ifndef PPPCONF_DIFF_H
#define PPPCONF_DIFF_H

#include <stddef.h>

#include "base/buf.h"

/* Appends to `out` a unified diff of old -> new with `context` lines of
 * context, headed "--- old_name" / "+++ new_name". Lines are compared as
 * bytes including their line ends, so a CRLF change shows. A line without a
 * final newline is followed by "\ No newline at end of file". Bytes are
 * copied as they are (callers escape for display). Returns the number of
 * hunks; 0 and nothing appended when the inputs are equal. */
size_t diff_unified(const char *old, size_t old_len,
                    const char *new_, size_t new_len,
                    const char *old_name, const char *new_name,
                    int context, struct buf *out);

#endif
