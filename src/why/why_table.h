/* why_table.h - the knowledge table: what pppd and its plugins log when a connection fails, and what it means. */
#ifndef PPPCONF_WHY_TABLE_H
#define PPPCONF_WHY_TABLE_H

#include <stddef.h>

#include "base/platform.h"

/* What a line tells about a connection attempt. */
enum why_role {
	WHY_FAIL,   /* something went wrong; `weight` says how telling it is */
	WHY_START,  /* pppd's first line: a new pppd run begins */
	WHY_BEGIN,  /* a plugin starts to connect: a new try, perhaps in the same run */
	WHY_UP,     /* IP came up: addresses were assigned */
	WHY_ABSENT  /* explains an attempt that came up without logging this line */
};

/* WHY_FAIL weights: the heaviest line of an attempt explains it (the
 * earliest one among equals, as later lines tend to be consequences). */
#define WHY_WEIGHT_AFTERMATH 1  /* a consequence: explains only when alone */
#define WHY_WEIGHT_LIKELY    2  /* a cause, though a heavier line may say more */
#define WHY_WEIGHT_CAUSE     3  /* the cause itself */

struct why_entry {
	const char *id;        /* stable: "l2tp-no-secret" (JSON, tests) */
	/* The message as pppd formats it, copied from the format string
	 * (without its trailing newline): %s, %d, %q, %m, %I, %.*v ... match any
	 * text; %% is a '%'; %{TEXT} is a conversion whose value must be TEXT
	 * (pppd's "%s: timeout sending Config-Requests" logged for LCP is
	 * "%{LCP}: timeout sending Config-Requests"). A format of several lines
	 * is given by its first line. */
	const char *pattern;
	unsigned platforms;    /* PLATFORM_LINUX | PLATFORM_MACOS */
	/* Each "<folder>/<path>:<line>" (space-separated) in the sources pinned
	 * in ../shared/upstream/ whose line holds the pattern's fixed text: one
	 * per source tree that logs it (tests/shared/test_why_cite.c). */
	const char *cite;
	unsigned char role;    /* enum why_role */
	unsigned char weight;  /* WHY_FAIL: WHY_WEIGHT_*; else 0 */
	const char *cause;     /* the cause or causes, in plain words */
	const char *check;     /* what to look at, in plain words */
	/* The `pppconf fix` fix that addresses it, or NULL. It may name a
	 * fix this pppconf does not have yet (why_table_recipe_planned). */
	const char *fix;
};

size_t why_table_count(void);
const struct why_entry *why_table_at(size_t i);
/* The entry with that id; NULL when none. */
const struct why_entry *why_table_find(const char *id);
/* 1 when `name` is one of the fixes the table names that are planned but
 * not written yet; there are none left. */
int why_table_recipe_planned(const char *name);

/* The rows, kept in three data files by subject; read them through the
 * functions above. */
extern const struct why_entry why_data_link[];   /* starts, link, device, kernel, options */
extern const size_t why_data_link_count;
extern const struct why_entry why_data_auth[];   /* authentication, IP, routes, DNS */
extern const size_t why_data_auth_count;
extern const struct why_entry why_data_vpn[];    /* L2TP and PPPoE plugins */
extern const size_t why_data_vpn_count;

#endif
