/* recipe.h - guided fixes: diagnose a file, explain, and apply edits as one undo step. */
#ifndef PPPCONF_RECIPE_H
#define PPPCONF_RECIPE_H

#include <stddef.h>

#include "base/buf.h"
#include "check/check.h"
#include "pppd/doc.h"
#include "base/platform.h"

struct recipe_info {
	const char *name;       /* "l2tp-noipsec", for `pppconf fix NAME` */
	const char *title;      /* "IPSec shared secret missing (L2TP VPN on macOS)" */
	const char *undo;       /* name of the recipe that undoes this one, or NULL */
	int reverts;            /* 1 when this recipe is itself an undo */
	unsigned platforms;     /* where it applies (PLATFORM_*) */
	/* Asked before anything else, answered yes or no; NULL when none. */
	const char *question;
	/* Said, and the recipe stops, when the answer is no. */
	const char *if_no;
	/* What the recipe will change and what that means (several sentences). */
	const char *about;
	/* What to do after writing: reconnect, where the log is, how to undo. */
	const char *after;
};

/* What the recipe may know beyond the document. Tests point the paths at
 * temporary files; NULL paths mean the real system locations. */
struct recipe_env {
	enum platform platform;
	const char *path;              /* the options file being edited */
	int file_exists;
	int is_root;
	const struct check_file *file; /* ownership and mode, or NULL */
	const char *plugin_path;       /* where L2TP.ppp should be; NULL = by macOS version */
	const char *postoptions_path;  /* NULL = /etc/ppp/postoptions */
};

enum recipe_state {
	RECIPE_PASS,
	RECIPE_FAIL,    /* something the recipe will fix, or the user must */
	RECIPE_INFO     /* worth knowing; neither pass nor fail */
};

struct recipe_step {
	enum recipe_state state;
	char *label;    /* "plugin L2TP.ppp comes before l2tpnoipsec" */
	char *detail;   /* why, in words; may be NULL */
};

struct recipe_result {
	struct recipe_step *steps;
	size_t n, cap;
	int failed;     /* number of RECIPE_FAIL steps */
};

size_t recipe_count(void);
const struct recipe_info *recipe_at(size_t i);
const struct recipe_info *recipe_find(const char *name);

/* Runs the recipe's checks on the document and the system. */
void recipe_diagnose(const struct recipe_info *r, const struct doc *d,
                     const struct recipe_env *env, struct recipe_result *out);
void recipe_result_free(struct recipe_result *res);

/* Applies the recipe's edits to the document as one undo group.
 * Returns 1 when the document changed, 0 when there was nothing to do
 * (msg says so), -1 when the recipe cannot apply (msg says why). */
int recipe_apply(const struct recipe_info *r, struct doc *d,
                 const struct recipe_env *env, struct buf *msg);

/* 1 when the document carries the mark the L2TP fix leaves when it had to
 * create the file: undoing the fix may then remove the file again. */
int recipe_created_file(const struct doc *d);

#endif
