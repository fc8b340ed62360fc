/* guide.h - the troubleshooting flow: pick a recipe, answer its question, diagnose, apply. */
#ifndef PPPCONF_GUIDE_H
#define PPPCONF_GUIDE_H

#include <stddef.h>

#include "base/buf.h"
#include "pppd/doc.h"
#include "base/platform.h"
#include "fix/recipe.h"

enum guide_stage {
	GUIDE_LIST,     /* the recipes for this platform */
	GUIDE_ASK,      /* the recipe's yes/no question */
	GUIDE_NO,       /* answered no: the recipe's if_no text; it stops there */
	GUIDE_DIAG,     /* diagnosis steps and what the recipe will change */
	GUIDE_AFTER     /* written: what was done and how to undo it */
};

struct guide {
	size_t *ids;                 /* recipe_at() indices that apply */
	size_t n, sel;
	const struct recipe_info *r; /* the chosen recipe */
	enum guide_stage stage;
	struct recipe_result res;
	int have_res;
	struct buf note;             /* what applying said (nothing to do, or why not) */
	size_t top;                  /* scroll of the long texts */
};

/* Lists the recipes for platform p; stage LIST. */
void guide_begin(struct guide *g, enum platform p);
/* Starts the highlighted recipe: its question, or straight to the diagnosis. */
void guide_choose(struct guide *g, const struct doc *d, const struct recipe_env *env);
void guide_answer(struct guide *g, int yes, const struct doc *d,
                  const struct recipe_env *env);
/* Applies the recipe to d as one undo step; recipe_apply's result (1 the
 * document changed, 0 nothing to do, -1 cannot apply; note says why). */
int guide_apply(struct guide *g, struct doc *d, const struct recipe_env *env);
void guide_free(struct guide *g);

#endif
