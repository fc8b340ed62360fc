/* catalog.h - every pppd directive we know: facts, explanations, value checks. */
#ifndef PPPCONF_CATALOG_H
#define PPPCONF_CATALOG_H

#include <stddef.h>

#include "base/buf.h"
#include "base/platform.h"

enum catalog_category {
	CATALOG_CAT_GENERAL,     /* files, plugins, privileges, misc */
	CATALOG_CAT_AUTH,        /* PAP, CHAP, EAP, names and passwords */
	CATALOG_CAT_LINK,        /* LCP: mtu, mru, echo, asyncmap, ... */
	CATALOG_CAT_IP,          /* IPCP: addresses, routes, DNS */
	CATALOG_CAT_IPV6,        /* IPv6CP */
	CATALOG_CAT_COMPRESSION, /* CCP: deflate, bsdcomp, vj, ... */
	CATALOG_CAT_ENCRYPTION,  /* MPPE, ECP */
	CATALOG_CAT_DEVICE,      /* serial line, modem, pty, socket */
	CATALOG_CAT_CONNECTION,  /* persist, demand, idle, holdoff, scripts */
	CATALOG_CAT_LOGGING,     /* debug, logfile, kdebug, ... */
	CATALOG_CAT_L2TP,        /* macOS L2TP.ppp, Linux pppol2tp.so */
	CATALOG_CAT_PPPOE,
	CATALOG_CAT_PPTP,
	CATALOG_CAT_RADIUS,
	CATALOG_CAT_MULTILINK,
	CATALOG_CAT_MACOS,       /* Apple's system options (serviceid, ...) */
	CATALOG_CAT_COUNT
};

enum catalog_arg {
	CATALOG_ARG_NONE,
	CATALOG_ARG_INT,         /* strtoul base 0; lo/hi when CATALOG_HAS_MIN/MAX */
	CATALOG_ARG_HEX,         /* base 16 always (asyncmap) */
	CATALOG_ARG_STRING,
	CATALOG_ARG_SECRET,      /* a password or shared secret: masked on screen */
	CATALOG_ARG_NAME,        /* a user or host name */
	CATALOG_ARG_PATH,
	CATALOG_ARG_DIR,
	CATALOG_ARG_COMMAND,     /* a shell command run as root */
	CATALOG_ARG_ENUM,        /* one of `values`, separated by '|' */
	CATALOG_ARG_IPADDR,
	CATALOG_ARG_IPADDR_LIST,
	CATALOG_ARG_HOSTPORT,
	CATALOG_ARG_MAC,
	CATALOG_ARG_SESSID_MAC,
	CATALOG_ARG_INT_PAIR,
	CATALOG_ARG_IFID_PAIR,
	CATALOG_ARG_HEX_LIST,
	CATALOG_ARG_SPECIAL,     /* varies; not checked */
	CATALOG_ARG_WORD,        /* a wildcard row: the word itself is the value */
	CATALOG_ARG_COUNT
};

/* Row flags */
#define CATALOG_PRIV      0x001u /* only from a privileged source (OPT_PRIV) */
#define CATALOG_PRIVFIX   0x002u /* a privileged source's value outranks unprivileged ones */
#define CATALOG_DEVNAM    0x004u /* selects the device; not after the command line */
#define CATALOG_TTY       0x008u /* tty channel option: unknown once a channel
                                    plugin (L2TP.ppp, PPPoE.ppp, pppoe.so...) loads */
#define CATALOG_CHANNEL   0x010u /* belongs to a channel plugin's own table */
#define CATALOG_HIDE      0x020u /* pppd hides the value in logs: mask on screen */
#define CATALOG_HAS_MIN   0x040u
#define CATALOG_HAS_MAX   0x080u /* on a text row (catalog_arg_text): hi is the
                                    longest value pppd keeps, in bytes; it cuts
                                    a longer one quietly (OPT_STATIC's strlcpy) */
#define CATALOG_WILDCARD  0x100u /* recognised by pattern, not by name */
#define CATALOG_NOTBUILT  0x200u /* in the source only behind a switch no build
                                    file there turns on: Apple's MS-CHAP and MPPE
                                    parts, Linux's DEBUGMPPEKEY words */
#define CATALOG_NOOP      0x400u /* accepted but does nothing (e.g. Linux 2.5.3
                                    replacedefaultroute) */
#define CATALOG_EXITS     0x1000u /* pppd prints something and exits, without
                                    connecting, when it reads the word
                                    (--help) or once the options are read
                                    (dryrun, show-options) */
#define CATALOG_OPTIONAL  0x2000u /* Linux: only in a pppd built with a switch
                                    2.4.9's default Makefile leaves off
                                    (USE_SRP, CBCP, SYSTEMD, MSLANMAN,
                                    DEBUGMPPEKEY) */
#define CATALOG_ONCE      0x4000u /* the plugin takes only the first one: pppd
                                    refuses a second (its device_got_set) */
#define CATALOG_CHANNELREAD 0x8000u /* the plugin reads the value only in its
                                    channel's option check, after all
                                    options, and only when its device word
                                    made that channel the one pppd uses
                                    (pppoe.so's pppoe-mac) */
#define CATALOG_UNCHECKED 0x10000u /* pppd reads the value with code pppconf
                                    does not have (libpcap's filter
                                    compiler, dhcpv6-server's name lookup):
                                    check says it did not look */
#define CATALOG_WORKS     0x20000u /* lo/hi is the range that works as a
                                    setting: pppd takes any number, and the
                                    row says what the others do (warn) */
#define CATALOG_U16       0x40000u /* the plugin (on a row without one, pppd
                                    in an LCP option to the peer) hands the
                                    number on in 16 bits: pppd takes any int,
                                    and a value outside 0 to 65535 wraps (warn) */
#define CATALOG_ZEROOK   0x100000u /* with CATALOG_WORKS: 0 works too, as the
                                    off value below lo (datarate) */
#define CATALOG_NOOP_MACOS 0x80000u /* Apple's pppd accepts it, but no part of
                                    Apple's pppd or its plugins reads what it
                                    sets; the explanation says why */
#define CATALOG_SOFTRANGE 0x800u /* lo/hi or the values are not enforced by
                                    pppd: it takes an outside value (a number
                                    is reset to the default with an error in
                                    the log: the only number rows are Apple's
                                    L2TP-plugin/main.c:332 and :337, which
                                    call its error function; what another word
                                    does the row says) (warn, not error) */

/* Ends the explanation of every MPPE row on macOS. Apple's ccp.c has its
 * MPPE options only behind the MPPE switch (Apple ccp.c:141). Apple's Xcode
 * project (ppp.xcodeproj at the same tag; not in the pinned copy) defines
 * MPPE for pppd; within the pinned copy, eap.c, always built (main.c:336
 * eap_protent), uses mppe_send_key (eap.c:920), which the source declares
 * only behind the switch (chap_ms.h:100, :103). PPPController's code writing
 * MPPE words (ppp_manager.c:1340) is never reached (ppp_manager.c:729), so
 * it proves nothing. */
#define CATALOG_MPPE_MACOS " On macOS: Apple's source has this option only behind " \
	"its MPPE build switch, which Apple's Xcode project turns on (that project is " \
	"not in the source copy pppconf follows; Apple's EAP code, always built, needs " \
	"the switch too), so the pppd Apple ships has the option (not tried on a Mac)."
#define CATALOG_MPPE_MACOS_CITE \
	"\napple-ppp-1027.121.1/Helpers/pppd/ccp.c:141 MPPE the options behind the build switch" \
	"\napple-ppp-1027.121.1/Helpers/pppd/chap_ms.h:103 mppe_send_key declared only behind it" \
	"\napple-ppp-1027.121.1/Helpers/pppd/chap_ms.h:100 MPPE" \
	"\napple-ppp-1027.121.1/Helpers/pppd/eap.c:920 mppe_send_key used with no switch" \
	"\napple-ppp-1027.121.1/Helpers/pppd/main.c:336 eap_protent EAP always built"
/* Ends the explanation of every CCP option's row on macOS (compression and
 * MPPE): PPPController writes noccp for every service (ppp_manager.c:1352),
 * its branch for MPPE testing ccp_enabled, set to 0 and never changed
 * (:729, :1327); Apple's ccp.c has no word that turns CCP back on (:103). */
#define CATALOG_CCP_MACOS " On a Mac, PPPController writes noccp for every service " \
	"it starts, and no option turns CCP back on, so under PPPController this option " \
	"has no effect (derived from Apple's source, not tried on a Mac)."
#define CATALOG_CCP_MACOS_CITE \
	"\napple-ppp-1027.121.1/Controller/ppp_manager.c:1352 noccp written for every service" \
	"\napple-ppp-1027.121.1/Controller/ppp_manager.c:729 ccp_enabled set to 0, never changed" \
	"\napple-ppp-1027.121.1/Controller/ppp_manager.c:1327 ccp_enabled" \
	"\napple-ppp-1027.121.1/Helpers/pppd/ccp.c:103 noccp only words that turn CCP off"
/* Ends the explanation of a row no pinned source backs (Apple's Radius.ppp,
 * PPPDialogs.ppp and PPTP.ppp are not among them); tests/shared/
 * unverified_rows.txt lists those rows and test_cite.c requires the mark. */
#define CATALOG_UNVERIFIED " Not verified: the source that defines this option is " \
	"not among the pppd sources pppconf's explanations are checked against."

struct catalog_entry {
	const char *name;          /* as pppd spells it; wildcards: "<speed>" ... */
	unsigned platforms;        /* PLATFORM_LINUX | PLATFORM_MACOS */
	const char *plugin;        /* NULL for pppd itself, else "L2TP.ppp", "pppoe.so" */
	enum catalog_category category;
	int nargs;                 /* words consumed after the name: 0 or 1 */
	enum catalog_arg arg;
	long long lo, hi;          /* with CATALOG_HAS_MIN / CATALOG_HAS_MAX */
	const char *values;        /* ENUM: "use|key|keychain"; else NULL */
	unsigned flags;            /* CATALOG_* */
	const char *alias_of;      /* "require-pap" for "+pap"; else NULL */
	const char *argname;       /* placeholder shown in help: "bytes", "path" */
	const char *summary;       /* one line, plain words, under 70 columns */
	const char *explain;       /* a few sentences for a non-expert */
	const char *risk;          /* what can go wrong; NULL if nothing notable */
	const char *related;       /* space-separated directive names, or NULL */
	const char *conflicts;     /* space-separated names it contradicts, or NULL */
	const char *linux_since;   /* first Linux release with it, e.g. "2.4.9"; NULL = all */
	const char *linux_removed; /* first Linux release without it; NULL = still there */
	const char *linux_priv_since; /* became privileged in this Linux release */
	/* Where each fact above comes from, in the sources pinned in the
	 * project's ../shared/upstream/: one citation per line, each
	 * "<folder>/<path>:<line> <symbol>[ <what it backs>]", e.g.
	 * "linux-ppp-2.5.3/pppd/options.c:395 plugin" (the option table) or
	 * "linux-ppp-2.5.3/pppd/plugin.c:120 dlopen loads a shared library".
	 * The cited line holds <symbol> (tests/shared/test_cite.c opens it)
	 * and is code, not only a comment: a comment is its authors' word.
	 * For the rare claim about what they wrote, <what it backs> begins
	 * "comment:" and the explanation says the source's comment says so.
	 * The first citation of each implementation that has the row is its
	 * option-table entry; the rest back what the explanation claims. */
	const char *cite;
};

size_t catalog_count(void);
const struct catalog_entry *catalog_at(size_t i);

/* Exact, case-sensitive name lookup for one platform (pppd compares exactly).
 * NULL when that platform's pppd has no such option. */
const struct catalog_entry *catalog_find(const char *name, enum platform p);
/* Of `list` (names separated by spaces: a row's related or conflicts),
 * those platform p's pppd has and is built with, into out; for a row only
 * the other platform has, those of its own platform. */
void catalog_names_on(const char *list, const struct catalog_entry *of, enum platform p,
                      struct buf *out);
/* As catalog_find, but any platform; the row for `prefer` wins. */
const struct catalog_entry *catalog_find_any(const char *name, enum platform prefer);
/* What pppd would take the word for on platform p: a named option, else a
 * wildcard row (a non-zero number is a speed, a word with ':' an address
 * pair, a /dev path a device ...). NULL when pppd would call it unknown. */
const struct catalog_entry *catalog_match(const char *word, size_t len, enum platform p);

/* A doc_arity_fn: ctx points to an enum platform. */
int catalog_arity(void *ctx, const char *word, size_t len, int names_only);
/* The same for a file read for another machine (--root, --no-env): a device
 * is judged by its name's shape, as this machine's /dev says nothing of it. */
int catalog_arity_shape(void *ctx, const char *word, size_t len, int names_only);

/* Checks an argument as pppd on platform p would. Returns 0 when pppd
 * accepts it quietly, 1 when pppd accepts it but it is probably not what was
 * meant (e.g. "30s" read as 30), 2 when pppd refuses it. `why`, if given,
 * receives a sentence. (The platforms differ for a local:remote pair.) */
int catalog_check_value_on(const struct catalog_entry *e, enum platform p, const char *val,
                           size_t len, struct buf *why);
/* What a value of the row sets, for a pair pppd sets each side of on its
 * own (local:remote, ipv6's identifiers: an empty side keeps what was
 * there): 1 the first side, 2 the second, 3 both; 3 for every other row. */
unsigned catalog_shape_sides(const struct catalog_entry *e, const char *val, size_t len);
/* The same on the row's platform; Linux for a row of both platforms. */
int catalog_check_value(const struct catalog_entry *e, const char *val,
                        size_t len, struct buf *why);

/* Up to `max` rows whose names are close to `word` (edit distance, case,
 * look-alike characters); best first. Returns how many were stored. A name
 * the platform's pppd is built without (CATALOG_NOTBUILT) is never one: it
 * is refused there too, and no name as far away or farther is offered
 * (that would be a guess at another option). */
size_t catalog_suggest(const char *word, size_t len, enum platform p,
                       const struct catalog_entry **out, size_t max);
/* src[0..n) as the suggestions compare names: lowercased, '_' read as '-',
 * into dst (at most 64 bytes, SUGGEST_MAX); its length. */
size_t catalog_lower(char *dst, const char *src, size_t n);
/* The name that kept catalog_suggest from offering a name as near as its
 * own: one the pppd is built without (noipx on a Mac, for "noip6"), a word
 * with its sign or digits left off, one that would weaken security, or one
 * only the other platform's pppd has. NULL when none did. */
const struct catalog_entry *catalog_suggest_holder(const char *word, size_t len,
                                                   enum platform p);
/* The name `word` is with a sign put before it ("ca" of "-ca") when
 * catalog_suggest's best name is as near ("-ac"): as likely meant, so the
 * best is named, not written in. NULL otherwise. */
const struct catalog_entry *catalog_suggest_sign_tie(const char *word, size_t len,
                                                     enum platform p);

/* Whether `a` and `b`, two of catalog_suggest's names for `word`, are
 * equally far from it and are different options (not one another's
 * alias): "noix" is noip with a letter changed and noipx with one left out,
 * "eap-max-req" one letter from eap-max-rreq and eap-max-sreq, so neither
 * is the clear correction and neither is written in. */
int catalog_suggest_tied(const char *word, size_t len, const struct catalog_entry *a,
                         const struct catalog_entry *b);

/* Whether a correction keeps the meaning of what was typed (the rule
 * catalog_suggest applies to every candidate): the same polarity (an
 * enabling word never becomes a disabling one, require never becomes
 * refuse, nor the reverse), the same numbers (mppe-40 is not mppe-128), no
 * antonym swapped (stateful/stateless, local/remote), and a directive that
 * switches authentication or encryption off, or refuses a method, only for
 * a word that differs from it by case, look-alike characters or two
 * swapped neighbouring letters. `typed` is the word as written. */
int catalog_suggest_keeps_meaning(const char *typed, size_t len,
                                  const struct catalog_entry *to);

/* Polarity of a directive name, for catalog_suggest_keeps_meaning. */
enum catalog_polarity {
	CATALOG_POL_PLAIN,    /* "mppe-stateful", "defaultroute" */
	CATALOG_POL_REQUIRE,  /* "+pap", "require-mppe-128" */
	CATALOG_POL_OFF       /* "noauth", "-vj", "refuse-chap" */
};
enum catalog_polarity catalog_polarity(const char *name, size_t len);
/* 1 when the row switches authentication or encryption off, or refuses an
 * authentication method or an encryption strength (noauth, nomppe,
 * refuse-mschap-v2, -mppe-128, noccp ...). */
int catalog_weakens(const struct catalog_entry *e);

/* Spellings of older pppds, of Apple's pppd on Linux, and of the MPPE-MPPC
 * patch (catalog_legacy.c): what today's pppd calls the same thing, or that
 * the line must go. One row per spelling and the platforms it applies to. */
enum catalog_legacy_kind {
	CATALOG_LEGACY_RENAME,  /* write `now` (with the old value when keep_value) */
	CATALOG_LEGACY_DELETE,  /* no pppd that pppconf knows has it: delete the line */
	CATALOG_LEGACY_MPPE     /* the patch's "mppe required,no40,...": translated */
};
struct catalog_legacy {
	const char *word;         /* as written: "nomppc" */
	unsigned platforms;       /* PLATFORM_*: whose pppd does not know it */
	enum catalog_legacy_kind kind;
	const char *now;          /* RENAME: the name pppd knows */
	int keep_value;           /* RENAME: 1 when the old word took a value */
	const char *origin;       /* "Apple's pppd", "an older pppd", ... */
	const char *why;          /* the reason, without a final full stop */
	/* origin and why are English; the messages translate them in the
	 * context CATALOG_LEGACY_CTX (po/catpot.c puts them in the template) */
	/* Where the facts are, in ../shared/upstream/, one a line:
	 * "<folder>/<path>:<line> <symbol>" (tests/shared/test_cite.c opens
	 * each; a line of code, not a comment); NULL when the sources can only
	 * show an absence. */
	const char *cite;
};
#define CATALOG_LEGACY_CTX "legacy spelling"
size_t catalog_legacy_count(void);
const struct catalog_legacy *catalog_legacy_at(size_t i);
/* The row for word[0..len) on platform p, or NULL. */
const struct catalog_legacy *catalog_legacy_find(const char *word, size_t len,
                                                 enum platform p);
/* What to write instead of the directive (the old word with its nargs
 * values args[i], lens[i] bytes each). Returns 1 with the replacement in
 * `out` ("" = delete the line; lines separated by '\n'), 0 when there is
 * none to write without asking (out empty). Either way `why` gets the
 * reason, and when 0 what to choose, in the language of the messages. */
int catalog_legacy_rewrite(const struct catalog_legacy *l, const char *const *args,
                           const size_t *lens, size_t nargs, struct buf *out,
                           struct buf *why);

/* Rows for `name` on any platform, in table order (at most max stored).
 * Returns how many rows carry that name. */
size_t catalog_rows_named(const char *name, const struct catalog_entry **out,
                          size_t max);

/* What pppd knows at one point of a file: the plugins loaded so far and
 * which channel is active. pppd resolves every word against this state as
 * it reads, so the same word can be known on one line and unknown on the
 * next. A zeroed scope is not valid; use catalog_scope_init. */
#define CATALOG_SCOPE_MAX 16
struct catalog_scope {
	enum platform platform;
	const char *plugins[CATALOG_SCOPE_MAX]; /* catalogued plugins loaded, by
	                                           their row name ("L2TP.ppp") */
	size_t nplugins;
	size_t unknown_plugins;  /* plugin lines naming a plugin without rows */
	const char *channel;     /* NULL: the tty channel; else the plugin
	                            whose channel replaced it */
	const char *kept;        /* when channel is a plugin gone from current
	                            Macs (PPTP.ppp), which fails to load: the
	                            channel that stays in charge (NULL: tty) */
	int by_shape;            /* judge device names by their shape only, as for
	                            another machine (0 after catalog_scope_init) */
};

void catalog_scope_init(struct catalog_scope *s, enum platform p);
/* The link plugin really in charge: the one kept when the channel is a
 * plugin that does not load (PPTP.ppp on a current Mac), else channel. */
const char *catalog_scope_link(const struct catalog_scope *s);
/* The <speed> row of platform p when pppd's speed matcher takes the word,
 * whatever the scope (a speed read after a plugin replaced the serial line
 * is named as such by check_refused.c); NULL otherwise. */
const struct catalog_entry *catalog_speed_of(const char *word, size_t len, enum platform p);
/* Whether this machine has a network interface called name (len bytes):
 * -1 none, 0 one whose hardware type is not Ethernet, 1 an Ethernet one. */
int catalog_interface_here(const char *name, size_t len);
/* The hardware type of that interface as Linux shows it (1 Ethernet, 512
 * PPP), or -1 when there is none. */
int catalog_interface_type(const char *name, size_t len);
/* The catalogued plugin a `plugin` argument names on platform p: any path
 * whose last component is the plugin's file or bundle name
 * ("/usr/lib/pppd/2.5.1/pppoe.so", "L2TP.ppp/"). NULL when uncatalogued. */
const char *catalog_plugin_name(const char *path, size_t len, enum platform p);
/* The catalogued plugin of platform p whose name is within a small edit
 * distance of the last component of `path` ("L2TP.pp" -> "L2TP.ppp"), or
 * NULL. */
const char *catalog_plugin_suggest(const char *path, size_t len, enum platform p);
/* 1 when the plugin replaces pppd's channel as soon as it loads (Apple's
 * L2TP.ppp, PPPoE.ppp, PPTP.ppp): tty options are unknown after it. */
int catalog_plugin_is_channel(const char *plugin, enum platform p);
/* 1 for Apple's PPTP.ppp on macOS: its source (Drivers/PPTP) is last in
 * Apple's ppp-847.200.5 and deleted at ppp-862 in Apple's repository, so
 * apple-ppp-1027.121.1 has none. Its rows carry CATALOG_NOTBUILT because a
 * current Mac's pppd refuses their words, for this reason and not a build
 * switch: explain's macOS line says so (cli_catalog.c). */
int catalog_plugin_gone(const char *plugin, enum platform p);
/* The first Linux release with the plugin, as its rows say ("2.5.3"): the
 * earliest linux_since among its Linux rows; NULL when one of them has none
 * (older than the releases pppconf tells apart) or none is catalogued. */
const char *catalog_plugin_since(const char *plugin);
int catalog_scope_has(const struct catalog_scope *s, const char *plugin);
/* What pppd at this point of the file would take the word for (a name
 * visible in this scope, else a wildcard that is active); NULL = unknown.
 * NOTBUILT rows are returned: the caller decides what to say. */
const struct catalog_entry *catalog_scope_match(const struct catalog_scope *s,
                                                const char *word, size_t len);
/* Moves the scope past one accepted directive: a plugin line loads the
 * plugin; a plugin's device word (pppoe.so's interface, pppol2tp) switches
 * the channel. `arg` is the directive's argument or NULL. */
void catalog_scope_apply(struct catalog_scope *s, const struct catalog_entry *e,
                         const char *arg, size_t arglen);

/* Look-alike folding: copies w to out with full-width ASCII (U+FF01-FF5E)
 * made ASCII, curly quotes (U+2018/2019/201C/201D) and zero-width marks
 * (U+200B, U+FEFF) dropped, dashes (U+2010-2015, U+2212) made '-', and
 * unusual spaces (U+00A0, U+2000-200A, U+202F, U+3000) made ' '. Returns
 * what was found, as CATALOG_FOLD_* bits (0: out equals w). */
#define CATALOG_FOLD_FULLWIDTH 0x01u
#define CATALOG_FOLD_QUOTE     0x02u
#define CATALOG_FOLD_DASH      0x04u
#define CATALOG_FOLD_SPACE     0x08u
#define CATALOG_FOLD_INVISIBLE 0x10u
unsigned catalog_fold(const char *w, size_t len, struct buf *out);

const char *catalog_category_name(enum catalog_category c);   /* "auth" */
const char *catalog_category_title(enum catalog_category c);  /* "Authentication" */
int catalog_category_parse(const char *s, enum catalog_category *out);
const char *catalog_arg_name(enum catalog_arg a);              /* "integer" */
/* 1 for the kinds pppd keeps as text (string, secret, name, path, ...). */
int catalog_arg_text(enum catalog_arg a);

#endif
