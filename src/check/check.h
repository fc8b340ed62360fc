/* check.h - what pppd will say about a file, and what is risky, in plain words. */
/* Folder src/check: what pppd will say about a document, and what is risky - one table of rules
 * over the document and the facts about its file. Depends on base and pppd. */
#ifndef PPPCONF_CHECK_H
#define PPPCONF_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "pppd/catalog.h"
#include "pppd/doc.h"
#include "base/platform.h"

enum check_severity {
	CHECK_NOTE,
	CHECK_WARNING,   /* pppd runs, but it is probably wrong or risky */
	CHECK_ERROR      /* pppd refuses the file: every PPP link stops */
};

/* entry of a finding on the file as a whole */
#define CHECK_FILE_ENTRY SIZE_MAX

/* One finding. Its strings belong to the report (check_report_free). */
struct check_finding {
	size_t line;             /* 1-based; 0 for the file as a whole */
	size_t entry;            /* index in doc->entries, or CHECK_FILE_ENTRY */
	int kind;                /* private: its check (read check_finding_id) */
	char *message;           /* read these through the accessors below */
	char *fix;
	char *replacement;
};

struct check_report {
	struct check_finding *items;   /* in line order */
	size_t n, cap;
	size_t count[3];         /* by severity */
	size_t exits_at;         /* the line of the first word that makes pppd
	                            print and exit at once (--help), 0: none; */
	size_t exits_entry;      /* and its entry */
	/* The index by entry, once check_report_index built it (NULL before):
	 * entry e's findings are items[by_entry[k]] for k from start[e] up to
	 * start[e + 1], for e < nentries; those on the file as a whole from
	 * start[nentries] up to n. */
	size_t *by_entry;
	size_t *start;
	size_t nentries;         /* 1 + the highest entry that has a finding */
};

/* What a finding says: its id ("unknown-directive") and severity, from its
 * kind; its entry as a size_t (SIZE_MAX: the file as a whole). */
const char *check_finding_id(const struct check_finding *f);
enum check_severity check_finding_severity(const struct check_finding *f);
/* Whether pppd accepts the serial-line word `name` but never uses it when
 * a channel plugin takes the link over after it (check_noeffect_tty.c). */
int check_serial_word_idles(const char *name, enum platform p);
size_t check_finding_entry(const struct check_finding *f);
/* 1 when the finding says a word that makes pppd print and exit the moment
 * it reads it (--help, -h, --version, -v): pppd reads nothing after it. */
int check_finding_exits_now(const struct check_finding *f, const char *name);
/* Its texts, valid until check_report_free: the message (one or two
 * sentences for a non-expert; never NULL), the fix (a suggested fix in
 * words) and the replacement (NULL when it has none). The replacement is
 * suggested directive text ("mtu 1400") standing for the entry's bytes: ""
 * means delete the entry; several directives are separated by '\n'
 * ("plugin L2TP.ppp\nl2tpnoipsec" where a plugin line must come first). */
const char *check_message(const struct check_report *r, const struct check_finding *f);
const char *check_fix(const struct check_report *r, const struct check_finding *f);
const char *check_replacement(const struct check_report *r, const struct check_finding *f);

/* What pppd meets on the machine while it reads one source of its
 * configuration, and how it reads that source (src/config fills it). A
 * check_file without one is a file checked alone: nothing on the machine
 * is looked at beyond what the catalogue itself does (device names). */
struct check_env {
	int machine;             /* pppd runs on this machine: look at log folders,
	                            network interfaces, host names, programs */
	int privileged;          /* pppd reads the source with privilege (root's
	                            files, or pppd started by root) */
	int tty_file;            /* the source is /etc/ppp/options.<tty>, read
	                            once the device can no longer change */
	int iface_file;          /* Linux: the source is /etc/ppp/options.<interface>,
	                            which pppoe.so reads after the command line */
	int words;               /* the source is words, not a file (pppd's
	                            command line, the controller's stream): its
	                            lines mean nothing */
	uid_t uid;               /* who started pppd: in an unprivileged source */
	gid_t gid;               /* pppd opens files with this user's rights */
	const char *user;        /* that user's name (group membership); may be NULL */
	const char *plugin_dir;  /* Linux: the folder this machine's pppd loads a plugin
	                            named without '/' from, as src/config found it;
	                            NULL: not found, or not one */
};

/* What the checks may know about the file beyond its bytes. */
struct check_file {
	const char *path;        /* for messages; may be NULL */
	int have_stat;           /* the fields below are valid */
	uid_t uid;
	gid_t gid;
	mode_t mode;
	int dir_writable_by_others; /* its directory is group/world-writable or
	                               not root-owned */
	int missing;             /* the file does not exist: pppd uses its
	                            defaults (reported as a note) */
	const struct check_env *env; /* NULL: the file alone */
	const char *pppd_version; /* Linux: the pppd release that reads it
	                            ("2.4.9", as the user named it); NULL: not known */
	int by_shape;            /* read for another machine (--root, --no-env):
	                            a device word is judged by its name's shape */
	/* A plugin pppd has loaded before it reads this file ("L2TP.ppp":
	 * PPPController loads the service's plugin before `call` reads a
	 * peers file), or NULL. Its options are known from the first line. */
	const char *loaded;
	/* macOS: the channel plugin PPPController loads after this file for
	 * the service being read ("L2TP.ppp"), or NULL: its serial-line words
	 * are accepted here and never used by that service. */
	const char *later_channel;
	/* macOS: read before PPPController's options at their lower rank, and
	 * not /etc/ppp/options itself: ~/.ppprc, or a file one of the two names
	 * with file or call (pppd keeps the rank it read them at:
	 * Helpers/pppd/options.c:588, :1853) */
	int before_controller;
	/* Reached through file or call from a file every pppd reads: 1 from
	 * /etc/ppp/options, 2 from a Mac's /etc/ppp/postoptions; it is read by
	 * every pppd as that file is, and judged as it is. 0: by its own path. */
	int shared_via;
	/* The plugins pppd has loaded and the link's channel when it comes to
	 * this file: the file whose file or call line named it, read up to that
	 * line (the editor, following such a line). has_start 0: pppd's start. */
	int has_start;
	struct catalog_scope start;
};

/* Runs every check on the document as the given platform's pppd reads it.
 * `file` may be NULL. Findings are in line order. */
void check_run(const struct doc *d, enum platform p,
               const struct check_file *file, struct check_report *out);
void check_report_free(struct check_report *r);
/* Whether a word of `plugin` may be given its plugin line in `file` (may be
 * NULL: /etc/ppp/options) read by p's pppd: 0 yes; on a Mac 1 no, a plugin
 * line there would load it for every pppd, though PPPController loads it
 * only for a service that uses it (the L2TP fix aside), so the word
 * belongs in that service's peers file; 2 no, PPPController loads it before
 * a service's peers file. */
int check_plugin_line_fits(const struct check_file *file, enum platform p, const char *plugin);
/* Drops the findings `gone` picks. */
void check_report_forget(struct check_report *r,
                         int (*gone)(const struct check_finding *f, void *ctx), void *ctx);
/* Drops the needs-other notes of a source (d, read by p's pppd) whose word
 * a word of another source makes act: `acts` says whether the real option
 * name `on` is in effect once every source is read, with no `off` (may be
 * NULL) read after it; `nonzero` whether the value of `on` in effect then
 * is a number other than 0. Only words one table row speaks of, and only
 * rows whose word acts once a named word is on or not 0. */
void check_needs_reconcile(struct check_report *r, const struct doc *d, enum platform p,
                           int (*acts)(const char *on, const char *off, void *ctx),
                           int (*nonzero)(const char *on, void *ctx), void *ctx);
/* Drops the warnings and notes on the words themselves, keeping the
 * errors and what was said of other files (a peers file not there): for
 * words the user does not write (PPPController's). */
void check_report_keep_errors(struct check_report *r);

/* The same run, one directive at a time, for a reader that follows pppd
 * from one source into another (src/config): between two directives it
 * may read a whole other document, and pppd's state of plugins and
 * channel carries over. check_run is begin, next until SIZE_MAX, end.
 *
 * check_walk_begin starts reading d with the scope the sources read before
 * left (NULL: pppd's start). d, file and out must outlive the walk; out is
 * emptied first. Never NULL. */
struct check_walk;
struct check_walk *check_walk_begin(const struct doc *d, enum platform p,
                                    const struct check_file *file,
                                    const struct catalog_scope *scope,
                                    struct check_report *out);
/* Reads the next directive pppd reads (disabled ones are skipped) and runs
 * its rules. Returns its entry, and in *row what pppd took it for (NULL:
 * refused or unknown); SIZE_MAX after the last. */
size_t check_walk_next(struct check_walk *w, const struct catalog_entry **row);
/* pppd's plugins and channel at this point, and a new state for them after
 * another source was read in between. */
const struct catalog_scope *check_walk_scope(const struct check_walk *w);
void check_walk_set_scope(struct check_walk *w, const struct catalog_scope *s);
/* Adds a finding the walk cannot see on its own (what another source or
 * the machine makes of entry; SIZE_MAX: the file as a whole), of the kind
 * with that id; the texts are copied (fix, replacement may be NULL).
 * Returns -1 when no kind has that id. */
int check_walk_say(struct check_walk *w, const char *id, size_t entry, const char *fix,
                   const char *replacement, const char *message);
/* Adds a finding that only the whole configuration shows, once every source
 * was read (what pppd refuses after its last option), to the report a walk
 * over d filled, in line order; the same as check_walk_say otherwise. */
int check_report_say(struct check_report *r, const struct doc *d, const char *id,
                     size_t entry, const char *fix, const char *message);
/* Runs the end-of-file rules, puts the findings in line order and frees w. */
void check_walk_end(struct check_walk *w);

/* What pppd has when it comes to the file that entry (a file or call
 * line) of d names: *to's start, as d's own walk has it after that line,
 * and its shared_via (read by every pppd when d is). */
void check_start_at(const struct doc *d, enum platform p, const struct check_file *file,
                    size_t entry, struct check_file *to);

/* The directive whose reading forbids `name` from then on ("nodefaultroute"
 * for "defaultroute": pppd's OPT_ENABLE), or NULL. */
const char *check_disabled_by(const char *name);

/* 1 when the option named so adds up or keeps a list (plugin, ms-dns,
 * file, call...) rather than keeping its last value. */
int check_adds_up(const char *name);

/* Whether the user pppd runs for (env->uid, env->gid, env->user) may read
 * (R_OK) or write (W_OK) path, as the kernel would decide from the owner,
 * group and permission bits of the path and its folders; root may do
 * anything but write to a read-only file system. 1 yes, 0 no (errno set:
 * ENOENT, EACCES, EROFS ...). */
int check_env_may(const struct check_env *env, const char *path, int mode);

/* Builds the index by entry, so that the two calls below take time in the
 * number of the entry's findings rather than in the whole report's.
 * Without it they still answer the same, by walking every finding. Call it
 * again after the items change (check_run forgets it). */
void check_report_index(struct check_report *r);

/* The worst severity of the findings on one entry, or -1 when none. */
int check_worst_for_entry(const struct check_report *r, size_t entry);

/* The findings on one entry (SIZE_MAX: on the file as a whole), in line
 * order: set *pos to 0, then each call returns the next one, or NULL. */
const struct check_finding *check_entry_next(const struct check_report *r, size_t entry,
                                             size_t *pos);

const char *check_severity_name(enum check_severity s); /* "error" ... */

/* The catalogue of check identifiers, for docs and tests. */
struct check_kind {
	const char *id;
	enum check_severity severity;
	const char *summary;
};
size_t check_kind_count(void);
const struct check_kind *check_kind_at(size_t i);
/* The kind with that id, or NULL. */
const struct check_kind *check_kind_find(const char *id);

/* Pair i of the words pppd refuses together once it has read every option
 * (check_pairs.c): the two names in *a and *b, and whether only Linux pppd
 * refuses them; 0 past the last pair. */
int check_pair_at(size_t i, const char **a, const char **b, int *linux_only);

#endif
