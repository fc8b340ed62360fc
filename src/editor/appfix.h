/* appfix.h - the editor's "Fix a problem" screen without curses: what happened, what it means, then the guided fix. */
#ifndef PPPCONF_APPFIX_H
#define PPPCONF_APPFIX_H

#include <stddef.h>

#include "base/buf.h"
#include "editor/field.h"
#include "session/session.h"
#include "why/why_table.h"

/* Where the screen is. The guided fix itself (struct fix_flow, a->fix) is
 * in front in APPFIX_FLOW. */
enum appfix_stage {
	APPFIX_WHAT,     /* "What happened?": symptoms, the log, a message, all fixes */
	APPFIX_TYPE,     /* typing (or pasting) the message, or a VPN's name */
	APPFIX_EXPLAIN,  /* what it means and what to check; Enter starts its fix */
	APPFIX_SERVICE,  /* a per-service fix: which VPN */
	APPFIX_FLOW,     /* the fix: its question, diagnosis, after-text */
	APPFIX_REVIEW    /* a per-service fix: the diff of the VPN's file; y writes it */
};

/* What the screen shows and remembers; zeroed is "nothing yet". */
struct appfix {
	enum appfix_stage stage;
	size_t sel;                     /* the highlighted row (WHAT, SERVICE) */
	size_t top;                     /* scroll of EXPLAIN and REVIEW */
	struct field text;              /* the message typed or pasted, or a VPN's name */
	int typing_service;             /* APPFIX_TYPE takes a VPN's name */
	const struct why_entry *entry;  /* what the symptom, log line or message means */
	struct buf heading;             /* EXPLAIN: "The message", "From /var/log/ppp.log" */
	struct buf said;                /* EXPLAIN: where it came from, in words */
	struct buf services;            /* the Mac's L2TP VPNs, NUL-separated */
	size_t nservices;
	struct session peers;           /* the VPN's own file, for a per-service fix */
	int have_peers;
	struct buf service;             /* that VPN's name */
	struct buf diff;                /* REVIEW: the VPN's file, before and after */
};

/* The rows of "What happened?", in order: the symptoms of this platform
 * (from the why table), then reading the log, typing the message, and the
 * list of all fixes. */
enum appfix_row_kind { APPFIX_ROW_SYMPTOM, APPFIX_ROW_LOG, APPFIX_ROW_TYPE, APPFIX_ROW_ALL };
struct appfix_row {
	enum appfix_row_kind kind;
	const char *label;
	const char *entry;              /* SYMPTOM: the why table's id */
};
size_t appfix_rows(enum platform p, struct appfix_row *out, size_t max);

void appfix_free(struct appfix *t);

#endif
