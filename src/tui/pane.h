/* pane.h - the explanation of a directive, shared by the list and the catalogue picker. */
#ifndef PPPCONF_PANE_H
#define PPPCONF_PANE_H

#include "tui/page.h"

/* Fills pg with what there is to say about entry `entry` of the document,
 * or (entry == SIZE_MAX) about the catalogue row `ce`: its summary, the
 * check findings on it, its argument, platform, plugin, privilege, risk,
 * explanation and related directives; for an unknown word, that pppd will
 * refuse it and what it may have meant. */
void pane_build(struct page *pg, const struct app *a, size_t entry,
                const struct catalog_entry *ce);
/* Draws it in rows y..y+h-1, saying when there is more than fits. */
void pane_draw(struct draw *dr, const struct app *a, int y, int h, size_t entry,
               const struct catalog_entry *ce);
/* The explanation in one line at row y, for the reduced layout: the worst
 * finding on the entry when it is a warning or an error, else the summary;
 * cut with draw_cut. Arguments as pane_build's. */
void pane_line(struct draw *dr, const struct app *a, int y, size_t entry,
               const struct catalog_entry *ce);
/* All of it for entry (or for ce, entry == SIZE_MAX) on the whole screen,
 * from line a->info_top, with the keys of KEYS_CTX_INFO; nothing for
 * neither. The picker shows its highlighted row so. */
void pane_page_show(struct draw *dr, struct app *a, size_t entry,
                    const struct catalog_entry *ce);
/* The screen (APP_EXPLAIN) with all of it for the selected directive, scrolling. */
void pane_page_draw(struct draw *dr, struct app *a);
unsigned pane_page_key(struct draw *dr, struct app *a, int key);

#endif
