/* why_alert.h - the alerts a Mac shows when PPP fails, and which table entry explains each. */
#ifndef PPPCONF_WHY_ALERT_H
#define PPPCONF_WHY_ALERT_H

#include <stddef.h>

#include "why/why_table.h"

/* PPPController shows "<subtype> Error <status>" from its Localizable.strings
 * when the plugin set a status (the device status), else "PPP Error <exit
 * status>" (apple-ppp-1027.121.1/Controller/ppp_manager.c:220-234). */
struct why_alert {
	const char *key;      /* "L2TP Error 7" */
	const char *en;       /* the English text, exactly as the Mac shows it */
	/* The Simplified Chinese text, or NULL when no source for it is known
	 * (the pinned tree holds only the English strings). */
	const char *zh;
	const char *cite;     /* where `en` is: "<folder>/<path>:<line>" */
	/* Where the status is set, when it is not obvious from the key. */
	const char *status_cite;
	const char *entry;    /* id of the why_entry that explains it */
};

size_t why_alert_count(void);
const struct why_alert *why_alert_at(size_t i);

enum why_alert_how {
	WHY_ALERT_NONE,
	WHY_ALERT_EXACT,    /* the whole alert */
	WHY_ALERT_PART,     /* a part of it, or it inside more text */
	WHY_ALERT_WORDS     /* most of its words */
};

/* The alert that `text` (pasted by a person: any quotes, spacing, case)
 * is, or NULL. *lang gets "en" or "zh-Hans"; *how says how sure the match
 * is. Quotes and white space are ignored and ASCII case folded; failing a
 * whole or partial match, the alert sharing most of the text's words wins
 * if it holds at least three quarters of them. */
const struct why_alert *why_alert_find(const char *text, const char **lang,
                                       enum why_alert_how *how);

#endif
