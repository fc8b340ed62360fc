/* cli_catalog_platforms.h - explain's "Platforms:" fact, apart from the rest of the text output. */
#ifndef PPPCONF_CLI_CATALOG_PLATFORMS_H
#define PPPCONF_CLI_CATALOG_PLATFORMS_H

#include "base/buf.h"
#include "pppd/catalog.h"

/* Appends to b where row e exists, as seen from platform p: both, p only
 * (with a pointer to the other's own version), or one only. */
void cli_explain_platforms(const struct catalog_entry *e, enum platform p, struct buf *b);

#endif
