/* cli_catalog_json.h - a catalogue row as JSON, for explain and list. */
#ifndef PPPCONF_CLI_CATALOG_JSON_H
#define PPPCONF_CLI_CATALOG_JSON_H

#include "cli/cli_json.h"
#include "pppd/catalog.h"

/* One object for row e, as an element of the array being written; `asked`
 * is the word the user gave (it differs from the name for a word pppd
 * reads by its shape), NULL for none. `full` adds the long texts
 * (explanation, risk, related, conflicts, source). */
void cli_catalog_json_row(struct cli_json *j, const struct catalog_entry *e,
                          const char *asked, int full);

#endif
