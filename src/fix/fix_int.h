/* fix_int.h - what the fixes' files share; private to src/fix. */
#ifndef PPPCONF_FIX_INT_H
#define PPPCONF_FIX_INT_H

#include <stddef.h>

#include "base/buf.h"
#include "pppd/doc.h"
#include "fix/fix.h"

/* The comment the L2TP fix writes above the lines it adds, so that whoever
 * opens the file next knows where they came from, the undo removes only
 * them, and it can tell whether the file existed before the fix. */
#define FIX_MARK_ADDED   "# pppconf: L2TP without IPsec (undo: pppconf fix l2tp-noipsec-undo)"
#define FIX_MARK_CREATED "# pppconf: L2TP without IPsec, new file (undo: pppconf fix l2tp-noipsec-undo)"
#define FIX_MARK_SERVICE "# pppconf: L2TP without IPsec for this VPN only (undo: pppconf fix " \
	"l2tp-noipsec-service-undo)"
#define FIX_MARK_SERVICE_NEW "# pppconf: L2TP without IPsec for this VPN only, new file " \
	"(undo: pppconf fix l2tp-noipsec-service-undo)"
#define FIX_LOGFILE      "/var/log/ppp.log"

typedef int (*fix_edit_pred)(const struct doc *d, size_t e);

/* ---- reading the document (fix_edit.c) ---- */
/* Entry e's name, or its first argument (NULL when it has none), as a C
 * string copied into buf (LEXER_MAXWORD + 1 bytes). */
const char *fix_edit_name(const struct doc *d, size_t e, char *buf);
const char *fix_edit_arg(const struct doc *d, size_t e, char *buf);
const char *fix_edit_basename(const char *path);
int fix_edit_is_named(const struct doc *d, size_t e, const char *name);
size_t fix_edit_first(const struct doc *d, fix_edit_pred is);
size_t fix_edit_count_if(const struct doc *d, fix_edit_pred is);
/* The index of the first line that starts with prefix, or SIZE_MAX. */
size_t fix_edit_find_line(const struct doc *d, const char *prefix);
/* 1 when line l holds exactly `text` and its line end (or the file's end). */
int fix_edit_line_is(const struct doc *d, size_t l, const char *text);
/* The enabled entries named `name`, how many; the first in *first. */
size_t fix_edit_find_all(const struct doc *d, const char *name, size_t *first);

/* ---- changing it (fix_edit.c) ---- */
/* Deletes every entry `is` accepts after the first `keep` of them; 1 when
 * something went. */
int fix_edit_delete_all(struct doc *d, fix_edit_pred is, size_t keep);
/* Appends the lines as one block. A file that ended without a line end
 * keeps ending so: the line end goes before the block, not after it. */
void fix_edit_append(struct doc *d, const char *const *lines, size_t n);
/* Removes a fix's block: a comment line starting with `mark` and, right
 * under it, the lines that are exactly one of lines[0..n) (each once, in
 * any order). 1 when one was there. */
int fix_edit_remove_block(struct doc *d, const char *mark, const char *const *lines,
                          size_t n);
/* The bytes of such a block, for a diagnosis: 1 and *off, *len; 0 when no
 * line starts with `mark`. */
int fix_edit_block(const struct doc *d, const char *mark, const char *const *lines,
                   size_t n, size_t *off, size_t *len);
/* Compares the document with `before` (what it held when the fix began)
 * and drops the undo step when nothing changed. Returns 1 when it changed. */
int fix_edit_changed(struct doc *d, size_t depth, const struct buf *before);

/* ---- fixes that set directives (fix_block.c) ---- */
enum fix_keep {
	FIX_KEEP_ANY,     /* a line of that name, any value, is fine (debug, logfile) */
	FIX_KEEP_SAME,    /* only the same value; another is put aside */
	FIX_KEEP_AT_MOST, /* a number up to the value is fine; a larger one is put aside */
	FIX_KEEP_AT_LEAST /* a number from the value up is fine; a smaller one is put aside */
};
struct fix_set {
	const char *name;
	const char *value;       /* NULL: the name alone */
	enum fix_keep keep;
};
/* What a fix of this kind writes: its comment line, the directives it sets,
 * and the names it puts aside (they contradict it: nodefaultroute). */
struct fix_block {
	const char *fix;          /* its name: it marks the lines it puts aside */
	const char *mark;         /* "# pppconf: ... (undo: pppconf fix NAME-undo)" */
	const struct fix_set *sets;
	size_t nsets;
	const char *const *against; /* NULL-terminated, or NULL */
};
/* What the file holds of one directive of the block: 0 none, 1 fine as it
 * is, 2 a value the fix puts aside; the first such entry in *entry. */
int fix_block_state(const struct doc *d, const struct fix_block *b, size_t i,
                    size_t *entry);
/* Sets the block's directives: lines of the user's that contradict it are
 * put aside ("# pppconf NAME put aside: <the line>"), what is missing is
 * appended under the mark. 1 changed, 0 nothing to do, -1 cannot (msg). */
int fix_block_apply(struct doc *d, const struct fix_block *b, struct buf *msg);
/* Removes the block's lines under its mark and puts back what it put
 * aside. 1 changed, 0 nothing of the fix's in the file. */
int fix_block_undo(struct doc *d, const struct fix_block *b);
/* The lines the fix put aside, how many. */
size_t fix_block_aside(const struct doc *d, const struct fix_block *b);

/* ---- the fixes ---- */
/* fix_l2tp.c: the L2TP fix, global and per service */
int fix_l2tp_is_plugin(const struct doc *d, size_t e);
int fix_l2tp_is_noipsec(const struct doc *d, size_t e);
/* A copy-paste casualty of one of the fix's lines: look-alike characters
 * that fold to "plugin L2TP.ppp" or "l2tpnoipsec", a near miss the
 * suggestions take for l2tpnoipsec, a near miss of the bundle's name, or
 * "//" used as a comment on such a line. */
int fix_l2tp_is_damaged(const struct doc *d, size_t e, enum platform p);
void fix_l2tp_diagnose(const struct doc *d, const struct fix_env *env,
                       struct fix_result *res);
void fix_l2tp_diagnose_undo(const struct doc *d, int service, struct fix_result *res);
void fix_l2tp_diagnose_service(const struct doc *d, const struct fix_env *env,
                               struct fix_result *res);
int fix_l2tp_apply(struct doc *d, const struct fix_env *env, struct buf *msg);
int fix_l2tp_undo(struct doc *d, int service, struct buf *msg);
int fix_l2tp_apply_service(struct doc *d, const struct fix_env *env, struct buf *msg);

/* fix_link.c: keepalive, pppoe-mtu, dns-route, debug-log */
enum fix_link_kind { FIX_LINK_KEEPALIVE, FIX_LINK_PPPOE_MTU, FIX_LINK_DNS, FIX_LINK_LOG };
void fix_link_diagnose(enum fix_link_kind k, int undo, const struct doc *d,
                       const struct fix_env *env, struct fix_result *res);
int fix_link_apply(enum fix_link_kind k, int undo, struct doc *d,
                   const struct fix_env *env, struct buf *msg);

/* fix.c: shared by the diagnoses */
void fix_add_step(struct fix_result *res, enum fix_state st, const char *label,
                  const char *detail);
/* The errors pppd would meet in the document on platform p, but for the
 * entries `mine` accepts (the fix's own lines): FIX_FAIL with each line,
 * and that the fix leaves them; FIX_PASS when there are none. */
void fix_diag_others(const struct doc *d, enum platform p, const struct check_file *f,
                     fix_edit_pred mine, struct fix_result *res);
void fix_diag_root(const struct fix_env *env, struct fix_result *res);

#endif
