/* fix_flow.c - walks one fix from its question to its diagnosis and its edits. */
#include "fix/fix_flow.h"

#include <stdlib.h>

#include "base/util.h"

static void fix_flow_drop(struct fix_flow *g)
{
	if (g->have_res)
		fix_result_free(&g->res);
	g->have_res = 0;
	buf_reset(&g->note);
}

void fix_flow_begin(struct fix_flow *g, enum platform p)
{
	size_t i, cap = 0;

	fix_flow_drop(g);
	free(g->ids);
	g->ids = NULL;
	g->n = 0;
	for (i = 0; i < fix_count(); i++) {
		const struct fix_info *r = fix_at(i);

		if (!r || !(r->platforms & p))
			continue;
		util_grow(&g->ids, &cap, g->n + 1, sizeof *g->ids);
		g->ids[g->n++] = i;
	}
	if (g->sel >= g->n)
		g->sel = 0;
	g->r = NULL;
	g->stage = FIX_FLOW_LIST;
	g->top = 0;
}

void fix_flow_diagnose(struct fix_flow *g, const struct doc *d, const struct fix_env *env)
{
	fix_flow_drop(g);
	fix_diagnose(g->r, d, env, &g->res);
	g->have_res = 1;
	g->stage = FIX_FLOW_DIAG;
	g->top = 0;
}

int fix_flow_select(struct fix_flow *g, size_t index)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		if (g->ids[i] == index) {
			g->sel = i;
			return 1;
		}
	return 0;
}

int fix_flow_start(struct fix_flow *g)
{
	if (g->n == 0)
		return 0;
	fix_flow_drop(g);
	g->r = fix_at(g->ids[g->sel]);
	g->top = 0;
	if (g->r->question) {
		g->stage = FIX_FLOW_ASK;
		return 0;
	}
	return 1;
}

void fix_flow_choose(struct fix_flow *g, const struct doc *d, const struct fix_env *env)
{
	if (fix_flow_start(g))
		fix_flow_diagnose(g, d, env);
}

void fix_flow_answer(struct fix_flow *g, int yes, const struct doc *d,
                     const struct fix_env *env)
{
	if (!g->r)
		return;
	if (yes) {
		fix_flow_diagnose(g, d, env);
	} else {
		g->stage = FIX_FLOW_NO;
		g->top = 0;
	}
}

int fix_flow_apply(struct fix_flow *g, struct doc *d, const struct fix_env *env)
{
	if (!g->r)
		return -1;
	buf_reset(&g->note);
	return fix_apply(g->r, d, env, &g->note);
}

void fix_flow_free(struct fix_flow *g)
{
	fix_flow_drop(g);
	buf_free(&g->note);
	free(g->ids);
	g->ids = NULL;
	g->n = 0;
}
