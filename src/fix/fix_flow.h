/* fix_flow.h - a guided fix step by step: pick one, answer its question, diagnose, apply. */
#ifndef PPPCONF_FIX_FLOW_H
#define PPPCONF_FIX_FLOW_H

#include <stddef.h>

#include "base/buf.h"
#include "pppd/doc.h"
#include "base/platform.h"
#include "fix/fix.h"

enum fix_flow_stage {
	FIX_FLOW_LIST,     /* the fixes for this platform */
	FIX_FLOW_ASK,      /* the fix's yes/no question */
	FIX_FLOW_NO,       /* answered no: the fix's if_no text; it stops there */
	FIX_FLOW_DIAG,     /* diagnosis steps and what the fix will change */
	FIX_FLOW_AFTER     /* written: what was done and how to undo it */
};

struct fix_flow {
	size_t *ids;                 /* fix_at() indices that apply */
	size_t n, sel;
	const struct fix_info *r; /* the chosen fix */
	enum fix_flow_stage stage;
	struct fix_result res;
	int have_res;
	struct buf note;             /* what applying said (nothing to do, or why not) */
	size_t top;                  /* scroll of the long texts */
};

/* Lists the fixes for platform p; stage LIST. */
void fix_flow_begin(struct fix_flow *g, enum platform p);
/* Starts the highlighted fix: its question, or straight to the diagnosis. */
void fix_flow_choose(struct fix_flow *g, const struct doc *d, const struct fix_env *env);
/* Makes the fix at fix_at(index) the highlighted one when the list has it;
 * 0 when it does not (another platform's). */
int fix_flow_select(struct fix_flow *g, size_t index);
/* Starts the highlighted fix without diagnosing it: stage ASK when it has
 * a question; 1 when it has none and is to be diagnosed (fix_flow_diagnose)
 * on the file it works on. */
int fix_flow_start(struct fix_flow *g);
/* Diagnoses the chosen fix on d: stage DIAG. */
void fix_flow_diagnose(struct fix_flow *g, const struct doc *d, const struct fix_env *env);
void fix_flow_answer(struct fix_flow *g, int yes, const struct doc *d,
                     const struct fix_env *env);
/* Applies the fix to d as one undo step; fix_apply's result (1 the
 * document changed, 0 nothing to do, -1 cannot apply; note says why). */
int fix_flow_apply(struct fix_flow *g, struct doc *d, const struct fix_env *env);
void fix_flow_free(struct fix_flow *g);

#endif
