/* guide.c - walks one recipe from its question to its diagnosis and its edits. */
#include "fix/guide.h"

#include <stdlib.h>

#include "base/util.h"

static void guide_drop_result(struct guide *g)
{
	if (g->have_res)
		recipe_result_free(&g->res);
	g->have_res = 0;
	buf_reset(&g->note);
}

void guide_begin(struct guide *g, enum platform p)
{
	size_t i, cap = 0;

	guide_drop_result(g);
	free(g->ids);
	g->ids = NULL;
	g->n = 0;
	for (i = 0; i < recipe_count(); i++) {
		const struct recipe_info *r = recipe_at(i);

		if (!r || !(r->platforms & p))
			continue;
		util_grow(&g->ids, &cap, g->n + 1, sizeof *g->ids);
		g->ids[g->n++] = i;
	}
	if (g->sel >= g->n)
		g->sel = 0;
	g->r = NULL;
	g->stage = GUIDE_LIST;
	g->top = 0;
}

static void guide_diagnose(struct guide *g, const struct doc *d,
                           const struct recipe_env *env)
{
	guide_drop_result(g);
	recipe_diagnose(g->r, d, env, &g->res);
	g->have_res = 1;
	g->stage = GUIDE_DIAG;
	g->top = 0;
}

void guide_choose(struct guide *g, const struct doc *d, const struct recipe_env *env)
{
	if (g->n == 0)
		return;
	g->r = recipe_at(g->ids[g->sel]);
	g->top = 0;
	buf_reset(&g->note);
	if (g->r->question)
		g->stage = GUIDE_ASK;
	else
		guide_diagnose(g, d, env);
}

void guide_answer(struct guide *g, int yes, const struct doc *d,
                  const struct recipe_env *env)
{
	if (!g->r)
		return;
	if (yes) {
		guide_diagnose(g, d, env);
	} else {
		g->stage = GUIDE_NO;
		g->top = 0;
	}
}

int guide_apply(struct guide *g, struct doc *d, const struct recipe_env *env)
{
	if (!g->r)
		return -1;
	buf_reset(&g->note);
	return recipe_apply(g->r, d, env, &g->note);
}

void guide_free(struct guide *g)
{
	guide_drop_result(g);
	buf_free(&g->note);
	free(g->ids);
	g->ids = NULL;
	g->n = 0;
}
