/* fix_int.h - what the table of fixes (fix.c) and their edits (fix_edit.c) share; private to src/fix. */
#ifndef PPPCONF_FIX_INT_H
#define PPPCONF_FIX_INT_H

#include <stddef.h>

#include "base/buf.h"
#include "pppd/doc.h"
#include "fix/fix.h"

/* The comment the L2TP fix writes above its two lines, so that whoever opens
 * the file next knows where they came from, and the undo can tell whether
 * the file existed before the fix. */
#define FIX_MARK_ADDED   "# pppconf: L2TP without IPsec (undo: pppconf fix l2tp-noipsec-undo)"
#define FIX_MARK_CREATED "# pppconf: L2TP without IPsec, new file (undo: pppconf fix l2tp-noipsec-undo)"
#define FIX_MARK_PREFIX  "# pppconf: L2TP without IPsec"
#define FIX_LOG_MARK     "# pppconf: verbose PPP logging (undo: pppconf fix debug-log-undo)"
#define FIX_LOGFILE      "/var/log/ppp.log"

typedef int (*fix_edit_pred)(const struct doc *d, size_t e);

/* Reading the document (fix_doc.c). */
/* Entry e's name, or its first argument (NULL when it has none), as a C
 * string copied into buf (LEXER_MAXWORD + 1 bytes). */
const char *fix_edit_name(const struct doc *d, size_t e, char *buf);
const char *fix_edit_arg(const struct doc *d, size_t e, char *buf);
const char *fix_edit_basename(const char *path);
int fix_edit_is_l2tp_plugin(const struct doc *d, size_t e);
int fix_edit_is_noipsec(const struct doc *d, size_t e);
int fix_edit_is_named(const struct doc *d, size_t e, const char *name);
/* A copy-paste casualty of one of the L2TP fix's lines. */
int fix_edit_is_damaged(const struct doc *d, size_t e, enum platform p);
size_t fix_edit_first(const struct doc *d, fix_edit_pred is);
size_t fix_edit_count_if(const struct doc *d, fix_edit_pred is);
/* The index of the first line that starts with prefix, or SIZE_MAX. */
size_t fix_edit_find_line(const struct doc *d, const char *prefix);

/* Applying (fix_doc.c): 1 changed, 0 nothing to do, -1 cannot apply. */
int fix_edit_l2tp(struct doc *d, const struct fix_env *env, struct buf *msg);
int fix_edit_l2tp_undo(struct doc *d, struct buf *msg);
int fix_edit_log(struct doc *d, int undo, struct buf *msg);
/* The debug-log fix's block: its comment line and the 'debug' and 'logfile'
 * lines it wrote right under it. 1 with the bytes to remove in *off, *len
 * (the line end the fix put before it too, when the file ended without
 * one); 0 when the comment line is not in the file. */
int fix_edit_log_block(const struct doc *d, size_t *off, size_t *len);

#endif
