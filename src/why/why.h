/* why.h - src/why: why a PPP connection failed, from the lines pppd logged or the alert a Mac showed.
 * Owns the table of pppd's failure messages and the Mac's alerts, the log reader, the matcher and the explanation; no curses. */
#ifndef PPPCONF_WHY_H
#define PPPCONF_WHY_H

#include "why/why_alert.h"
#include "why/why_explain.h"
#include "why/why_log.h"
#include "why/why_match.h"
#include "why/why_source.h"
#include "why/why_table.h"

#endif
