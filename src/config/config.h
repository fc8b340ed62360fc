/* config.h - everything pppd reads for one connection, in pppd's order: each source with how it was reached, the checks across them, and the options pppd ends up with. */
/* Folder src/config: the whole configuration as pppd reads it on one machine - /etc/ppp/options,
 * ~/.ppprc, the command line, the Mac's controller, file includes, peers files, options.<tty>,
 * postoptions - checked together, with the effective options and where each was set. Depends on
 * base, pppd, check and session. */
#ifndef PPPCONF_CONFIG_H
#define PPPCONF_CONFIG_H

#include <stddef.h>
#include <sys/types.h>

#include "base/buf.h"
#include "base/hash.h"
#include "base/platform.h"
#include "check/check.h"
#include "pppd/catalog.h"
#include "session/session.h"

#define CONFIG_NONE ((size_t)-1)

/* How pppd comes to read a source. */
enum config_origin {
	CONFIG_SYSTEM,       /* /etc/ppp/options, first */
	CONFIG_USER,         /* ~/.ppprc of the user who started pppd */
	CONFIG_ARGS,         /* pppd's command line */
	CONFIG_CONTROLLER,   /* macOS: the options PPPController sends for a service */
	CONFIG_POST,         /* macOS: /etc/ppp/postoptions, after the controller's */
	CONFIG_TTY,          /* /etc/ppp/options.<tty>, once the device is known */
	CONFIG_IFACE,        /* Linux: /etc/ppp/options.<interface>, read by pppoe.so
	                        after the command line, at its rank */
	CONFIG_FILE,         /* `file PATH` in another source */
	CONFIG_CALL          /* `call NAME` in another source: /etc/ppp/peers/NAME */
};

/* What became of a source pppd tries to read. */
enum config_state {
	CONFIG_READ,         /* read (pppd may still refuse a word in it) */
	CONFIG_ABSENT,       /* not there, and pppd goes on without it */
	CONFIG_REFUSED,      /* pppd cannot use it and refuses to start: missing,
	                        unreadable for the user, or already being read */
	CONFIG_FOLDER,       /* a folder: pppd opens it, fails to read it and quits */
	CONFIG_UNCHECKED     /* pppd reads it, but pppconf may not: not checked */
};

/* One source, in the order pppd starts reading them. */
struct config_source {
	enum config_origin origin;
	enum config_state state;
	char *path;              /* as pppd names it ("/etc/ppp/peers/gprs"); for
	                            the command line and the controller, NULL */
	char *where;             /* where pppconf read it: path, under --root DIR */
	size_t parent;           /* the source whose directive reached it, or CONFIG_NONE */
	size_t parent_entry;     /* that directive, an entry of the parent's document */
	size_t depth;            /* 0 for the sources pppd reads by itself */
	int privileged;          /* pppd reads it with privilege (privileged_option) */
	int priority;            /* pppd's priority for its values: CONFIG_PRIO_* */
	int reached;             /* pppd gets this far: no refusal before it */
	int again;               /* the same path was read earlier (its findings
	                            were shown then) */
	int has_session;         /* a file that was opened: `s` holds it */
	struct session s;        /* a file: its bytes, facts and document (opened
	                            read-only, without findings: see report) */
	struct doc text;         /* the command line or the controller: its words */
	const struct doc *doc;   /* the document read: &s.doc, &text, or NULL */
	struct check_file cfile; /* the facts as the walk took them (path: pppd's) */
	struct check_env env;
	struct check_report report; /* findings on this reading of the source */
};

/* pppd's priorities for a value (pppd.h OPRIO_*): a value from a source
 * of lower priority does not replace one from a higher. */
#define CONFIG_PRIO_FILE 1   /* /etc/ppp/options, ~/.ppprc, options.<tty> */
#define CONFIG_PRIO_ARGS 2   /* the command line, the controller, and what they include */

/* One value given to a setting, by one directive. */
struct config_set {
	size_t src, entry;       /* the source and the entry in its document */
	const struct catalog_entry *row; /* what pppd took the directive for */
	int priority;            /* what pppd compares: CONFIG_PRIO_*, +100 when
	                            root set an option users may not change */
	int ignored;             /* pppd kept an earlier value of higher priority */
	unsigned sides;          /* what it sets: 1 the first side, 2 the second, of
	                            a pair that sets each on its own; 3 otherwise */
	unsigned taken;          /* of those, what pppd took (0 when ignored) */
	size_t seq;              /* read order across all settings: 1, 2, ... */
};

/* One setting pppd ends up with (several names may set it: "noauth" and
 * "auth", "-vj" and "novj"), with every value given to it in read order. */
struct config_option {
	const char *key;         /* the setting's name: the catalogue's name of the
	                            group's first option, or the wildcard's */
	int list;                /* values add up (plugin, ms-dns, call...): each counts */
	struct config_set *sets;
	size_t nsets, cap;
	size_t winner;           /* index in sets of the value in effect */
};

/* How to read: where, as whom, with what command line. */
struct config_opts {
	enum platform platform;
	const char *root;        /* the configuration's files are under this folder
	                            (a copy of another machine's); NULL: this machine */
	int no_env;              /* do not look at the machine (devices, log
	                            folders, interfaces, host names, programs) */
	const char *user;        /* who starts pppd, a name or a number; NULL: root */
	const char *args;        /* pppd's command line, as words ("call gprs") */
	const char *given;       /* a file named by the user: read as pppd would
	                            reach it (see config_open), or NULL */
	const char *service_type; /* macOS: the controller's service ("l2tp",
	                            "pptp", "pppoe", "serial"); NULL: no controller */
	const char *service;     /* its name: `call NAME` ends the controller's options */
	int transport_ip;        /* L2TP over plain IP (no IPsec): l2tpnoipsec */
	int alone;               /* read the given file (or /etc/ppp/options) only,
	                            following neither `file` nor `call` */
	const char *pppd_version; /* Linux: the pppd release that reads them
	                            ("2.4.9"); NULL: not known */
};

struct config {
	struct config_opts o;
	struct config_source **src;  /* in the order pppd starts reading them; each
	                                stays where it is while more are added */
	size_t n, cap;
	size_t given;            /* the source of opts.given, or CONFIG_NONE */
	char *given_path;        /* pppd's path for opts.given, or NULL */
	char *given_under;       /* with root: opts.given found only under it, which
	                            opts.given then points to; NULL otherwise */
	size_t stop_src;         /* where pppd refuses first: source and entry */
	size_t stop_entry;       /* (CONFIG_NONE: it accepts the configuration;
	                            entry CONFIG_NONE: the source as a whole) */
	size_t exit_src;         /* where a word (--help) makes pppd print and exit
	                            before any refusal: source and entry, or */
	size_t exit_entry;       /* CONFIG_NONE */
	struct config_option *opt;   /* the effective options, in the order first set */
	size_t nopt, opt_cap;
	size_t nseq;             /* the last config_set.seq given */
	struct hash opt_index;   /* key -> index + 1 into opt */
	char *home;              /* the home folder whose .ppprc pppd reads */
	char *user_name;         /* who starts pppd */
	uid_t uid;
	gid_t gid;
	int machine;             /* the machine is looked at */
	char *plugin_dir;        /* Linux: the plugin folder found on the machine, or NULL */
	char note[256];          /* one sentence on how the reading was limited, or "" */
};

/* Reads the configuration as pppd does on platform o->platform:
 *
 * Linux (linux-ppp-2.5.3/pppd/main.c:433-446): /etc/ppp/options, ~/.ppprc,
 * the command line, then /etc/ppp/options.<tty> when a serial device is
 * named (and no pty, notty, socket or channel plugin replaced it).
 * macOS (apple-ppp-1027.121.1/Helpers/pppd/main.c:417-429): /etc/ppp/options,
 * ~/.ppprc, the command line, the controller's options for the service
 * (when service_type is given), /etc/ppp/postoptions. `file` and `call`
 * are followed where pppd meets them.
 *
 * The given file is reached as pppd would reach it: /etc/ppp/options is the
 * start itself; /etc/ppp/peers/NAME is `call NAME` (on macOS, the
 * controller's call when the service is NAME); ~/.ppprc, options.<tty> and
 * postoptions are themselves; any other file is `file PATH` on the command
 * line, before the words of o->args (as xl2tpd and pon start pppd).
 *
 * Without root the files are this machine's; on a platform that is not
 * this machine's, and without root, only the given file is read (there is
 * no such machine here to read the rest from) and c->note says so. With
 * o->alone, only the given file is read, and nothing is noted.
 *
 * Returns 0, or -1 with a sentence in *err when the request cannot be met:
 * the given file is not an options file (session_open's refusal, the same
 * for every command), an unknown user or service type; c then holds
 * nothing. A source pppd
 * cannot read is no error here: it is a source with its state, and a
 * finding. */
int config_open(struct config *c, const struct config_opts *o, struct buf *err);
void config_close(struct config *c);

/* The name of a source for messages: its path, or "the command line",
 * "the controller". */
const char *config_source_name(const struct config_source *s);
/* "system", "user", "args", "controller", "post", "tty", "file", "call" */
const char *config_origin_name(enum config_origin o);
/* The folder where the Linux pppd installed here (under root, when not
 * NULL) loads a plugin named without '/' from: the one
 * <libdir>/pppd/<release> folder found, or the one of the release version
 * names; NULL when there is none or several. Its last part is the release
 * of that pppd. A new string. */
char *config_plugin_dir(const char *root, const char *version);
/* "read", "absent", "refused", "folder", "unchecked" */
const char *config_state_name(enum config_state s);

/* Counts of the findings of every source reading (a path read twice is
 * counted once), by severity. */
void config_counts(const struct config *c, size_t count[3]);

/* The directive text of a value: "mtu 1400", "/dev/ttyUSB0". */
void config_set_text(const struct config *c, const struct config_set *s, struct buf *out);
/* Whether o's value k is in effect: for a list, every value; otherwise one
 * a side of which no later value replaced (the local:remote pair and ipv6's
 * identifiers set each side on its own: "10.0.0.1:" and ":10.0.0.2" both
 * stay). For other options only the winner. */
int config_option_in_effect(const struct config_option *o, size_t k);
/* Whether the value `by` replaced the earlier value k: k was taken, and
 * they set a side in common. Never for a list. */
int config_option_replaces(const struct config_option *o, size_t by, size_t k);
/* The row pppd took a value's directive for. */
const struct catalog_entry *config_set_row(const struct config *c, const struct config_set *s);
/* The 1-based line of a value's directive. */
size_t config_set_line(const struct config *c, const struct config_set *s);
/* Where a value was set, as shown: "FILE:LINE", or "the command line",
 * "the controller". */
void config_set_where(const struct config *c, const struct config_set *s, struct buf *out);
/* A value's directive as shown: config_set_text with the values of
 * passwords and shared secrets masked unless `reveal`. */
void config_set_shown(const struct config *c, const struct config_set *s, int reveal,
                      struct buf *out);

/* Where pppconf reads the file that `file ARG` (call 0) or `call ARG`
 * (call 1) names, as the reading above does: a call's /etc/ppp/peers/ARG,
 * a file's ARG as written (a relative one from the working folder); an
 * absolute path under `root` when root is not NULL (--root). A new string. */
char *config_follow_where(const char *root, int call, const char *arg, size_t len);
/* The file a user means by path when the files are a copy under root
 * (--root; NULL: this machine): pppd's own path for a file (/etc/ppp/
 * options, /etc/ppp/peers/isp) names the copy under root when there is
 * one; otherwise the path as given (a file elsewhere on this machine).
 * A new string. */
char *config_given_where(const char *root, const char *path);

/* Whether pppd ranks the values of option `name` (or of the option it is
 * another name for) on platform p by their source (OPT_PRIO): then the
 * other names that share its one setting, space-separated, are in *out
 * (none: empty) and the result is 1. 0: pppd takes the last value read. */
int config_prio_ranked(enum platform p, const char *name, const char *alias_of,
                       struct buf *out);

/* The whole "Ranked" text of row e on platform p: the names sharing its
 * setting and the order of the sources pppd keeps a value against, added
 * to *out. 0 (nothing added): pppd takes the last value read. */
int config_rank_text(enum platform p, const struct catalog_entry *e, struct buf *out);

#endif
