/* check_int.h - private to the check module: the checks, when their rules run, and the little the rules share. */
#ifndef PPPCONF_CHECK_INT_H
#define PPPCONF_CHECK_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "base/hash.h"
#include "base/i18n.h"
#include "check/check.h"
#include "pppd/catalog.h"
#include "pppd/doc.h"
#include "pppd/lexer.h"

/* Every check, in the order of check.c's table (check_rules), which is the
 * order their rules run in. */
enum check_kid {
	/* the file as a whole */
	CHECK_K_NO_FILE, CHECK_K_FILE_WRITABLE, CHECK_K_FILE_NOT_ROOT, CHECK_K_DIR_WRITABLE,
	CHECK_K_BOM, CHECK_K_CRLF,
	/* what reading the whole configuration finds (said by src/config) */
	CHECK_K_INCLUDE_MISSING, CHECK_K_INCLUDE_UNREADABLE, CHECK_K_INCLUDE_FOLDER,
	CHECK_K_INCLUDE_CYCLE, CHECK_K_INCLUDE_RELATIVE, CHECK_K_PEERS_ABSENT,
	CHECK_K_PEERS_UNSAFE, CHECK_K_NOT_CHECKED, CHECK_K_NOT_OVERRIDABLE,
	CHECK_K_LOWER_PRIORITY,
	/* a name pppd knows but refuses all the same */
	CHECK_K_NOT_BUILT, CHECK_K_RELEASE, CHECK_K_EMPTY_AT_EOF, CHECK_K_MISSING_ARG,
	CHECK_K_PRIVILEGED, CHECK_K_DEVICE_FIXED, CHECK_K_DEVICE_TWICE, CHECK_K_LOGFILE, CHECK_K_UAFILE, CHECK_K_PLUGIN_FILE, CHECK_K_PLUGIN_NEEDS_RADIUS, CHECK_K_INTERFACE,
	CHECK_K_HOST, CHECK_K_GROUP,
	/* an accepted directive: its value, its place, pppd's releases */
	CHECK_K_BAD_VALUE, CHECK_K_ODD_VALUE, CHECK_K_ARG_NEXT_LINE, CHECK_K_STRAY_WORD,
	CHECK_K_DISABLED_OPTION, CHECK_K_REMOVED, CHECK_K_NEEDS_NEWER, CHECK_K_PRIV_SINCE,
	CHECK_K_NO_EFFECT, CHECK_K_EXITS, CHECK_K_OPTIONAL_BUILD, CHECK_K_UNCHECKED, CHECK_K_LOGFILE_MACOS, CHECK_K_RTT_FILE, CHECK_K_LOGFILE_RELATIVE, CHECK_K_PROGRAM, CHECK_K_SCRIPT_UNSAFE, CHECK_K_SCRIPT_RELATIVE,
	CHECK_K_IFNAME_TAKEN,
	/* a word pppd does not know at that point (other-platform: a plugin too) */
	CHECK_K_COMMENT_SLASHES, CHECK_K_GLUED_WORDS, CHECK_K_CURLY_QUOTES,
	CHECK_K_DASH_LOOKALIKE, CHECK_K_FULLWIDTH, CHECK_K_INVISIBLE, CHECK_K_LEGACY,
	CHECK_K_PLUGIN_MISSING,
	CHECK_K_CHANNEL_REPLACED, CHECK_K_OTHER_PLATFORM, CHECK_K_DEVICE_MISSING,
	CHECK_K_EXTRA_WORD, CHECK_K_UNKNOWN_AFTER_PLUGIN, CHECK_K_UNKNOWN,
	/* an accepted directive: its plugin, its risks */
	CHECK_K_PLUGIN_NOT_LOADED, CHECK_K_PLUGIN_MISSPELLED, CHECK_K_PLUGIN_CASE, CHECK_K_UNKNOWN_PLUGIN, CHECK_K_PLUGIN_ABSENT,
	CHECK_K_GLOBAL_CHANNEL, CHECK_K_NOAUTH, CHECK_K_NO_IPSEC, CHECK_K_CONTROLLER_PORT,
	CHECK_K_CONTROLLER_STOPS,
	CHECK_K_SECRET_READABLE,
	CHECK_K_SECRET, CHECK_K_ROOT_COMMAND,
	/* the bytes of a word */
	CHECK_K_UNTERMINATED, CHECK_K_LONG_WORD, CHECK_K_NUL_IN_VALUE, CHECK_K_CR_IN_VALUE,
	CHECK_K_ODD_CHARS,
	/* what earlier directives set */
	CHECK_K_REPEATED, CHECK_K_CONFLICT, CHECK_K_DUPLICATE, CHECK_K_INCOMPATIBLE,
	CHECK_K_DEMAND_NO_CONNECT, CHECK_K_DEMAND_NO_V6ID, CHECK_K_AUTH_NO_SECRET, CHECK_K_MPPE_SIZES, CHECK_K_MPPE_NO_KEYS, CHECK_K_AFTER_INTERFACE, CHECK_K_NO_NCP, CHECK_K_NO_LOCAL_ADDR, CHECK_K_EAP_NEVER,
	CHECK_K_NEEDS_OTHER, CHECK_K_SHARED_CHANNEL,
	/* a secrets file (check_secrets.c) */
	CHECK_K_SECRETS_SHORT, CHECK_K_SECRETS_OPTIONS, CHECK_K_SECRETS_OPTION,
	CHECK_K_COUNT
};

/* When a rule runs (check.c's walk), as bits of check_rule.stages. */
enum {
	CHECK_FILE = 1,     /* once, before pppd reads a word */
	CHECK_REFUSED = 2,  /* a name pppd knows, before it takes the directive:
	                       the first rule that says something refuses it */
	CHECK_ENTRY = 4,    /* each directive pppd takes */
	CHECK_UNKNOWN = 8,  /* a name pppd does not know at that point: the
	                       first rule that says something explains it */
	CHECK_WORD = 16,    /* each word of a directive pppd takes, when it
	                       needs a closer look (check_words_worth); an
	                       unknown name when a quote or a cut may be why */
	CHECK_AGAIN = 32,   /* each directive pppd takes, against those before */
	CHECK_END = 64,     /* once, after the last directive */
	CHECK_CHAIN = 128   /* never run by the walk: said from outside
	                       (check_walk_say) by the reader of the chain */
};

/* The repeats' state: what the directives read so far set (check_sets.c). */
struct check_name;
struct check_value;
struct check_sets {
	struct hash names;            /* real name -> struct check_name */
	struct hash values;           /* name, NUL, arguments -> struct check_value */
	struct hash firsts;           /* a row's own name -> its first entry */
	struct check_value **of;      /* by entry: the value it set, or NULL */
	struct buf key;               /* scratch */
};

/* What the rules see: the document, the platform, the file's facts, the
 * report, and what they share as pppd reads the file. */
struct check_ctx {
	const struct doc *d;
	enum platform p;
	const struct check_file *file;   /* may be NULL */
	struct check_report *out;
	int system_file;                 /* under /etc: read with privilege */
	int shared_file;                 /* read by every pppd: /etc/ppp/options (1) or
	                                    /etc/ppp/postoptions (2), read after
	                                    PPPController's options */
	struct catalog_scope scope;      /* the plugins loaded and the channel, at
	                                    the directive being read */
	/* By entry: the row pppd took it for; NULL when it refused the entry,
	 * or has not read it yet. Set while CHECK_REFUSED rules look at it. */
	const struct catalog_entry **row;
	size_t said[CHECK_K_COUNT];      /* findings of each kind so far */
	size_t suggested;                /* unknown words given close names */
	struct check_sets sets;
};

/* A rule: says its check's findings (check_say) about the entry, and its
 * word for CHECK_WORD (the entry's name otherwise); both are SIZE_MAX for
 * CHECK_FILE and CHECK_END. Returns 1 when it said something. */
typedef int check_rule_fn(struct check_ctx *c, size_t entry, size_t word);

struct check_rule {
	struct check_kind kind;          /* stable id, severity, summary */
	unsigned stages;                 /* CHECK_* */
	check_rule_fn *fn;
};
/* check_kinds.c: one row per kind, in the order the rules run. */
extern const struct check_rule check_rules[CHECK_K_COUNT];

/* The rules, by file. */
check_rule_fn check_file_missing, check_file_writable, check_file_not_root,
	check_file_dir_writable, check_file_bom, check_file_crlf;
check_rule_fn check_refused_not_built, check_refused_empty_at_eof,
	check_refused_missing_arg, check_refused_plugin_missing,
	check_refused_channel_replaced, check_refused_other_platform,
	check_refused_device_missing, check_refused_extra_word,
	check_refused_after_plugin, check_refused_unknown;
/* On a Mac, where a plugin line must not be written in for a word of
 * plugin: /etc/ppp/options (but for L2TP.ppp, the known L2TP fix),
 * postoptions and peers files, read around PPPController's own plugin
 * lines (check_refused.c). 1: a file every pppd reads; 2: a peers file,
 * where the word is known to the service that uses the plugin */
int check_refused_no_plugin_line(const struct check_ctx *c, const char *plugin);
/* Whether plugin names a and b are one plugin under its old and new name
 * (rp-pppoe.so, pppoe.so: check_release.c) or the same name */
int check_release_same_plugin(const char *a, const char *b);
check_rule_fn check_spelling_slashes, check_spelling_glued, check_spelling_curly,
	check_spelling_dash, check_spelling_fullwidth, check_spelling_invisible,
	check_spelling_legacy;
check_rule_fn check_entry_bad_value, check_entry_odd_value, check_entry_next_line,
	check_entry_stray_word, check_entry_disabled,
	check_entry_exits, check_entry_optional_build, check_entry_unchecked;
check_rule_fn check_release_removed, check_release_needs_newer, check_release_priv_since,
	check_release_refused;
/* 1 when the Linux pppd reading the file lacks row r: the release
 * --pppd-version names is older than it, or, none named, it is younger
 * than 2.4.9, the oldest still shipped. */
int check_release_lacks(const struct check_ctx *c, const struct catalog_entry *r);
/* 1 when --pppd-version names a Linux release older than v ("2.5.3"). */
int check_release_before(const struct check_ctx *c, const char *v);
/* 1 when --pppd-version names a Linux release v ("2.5.0") or a later one. */
int check_release_from(const struct check_ctx *c, const char *v);
/* 1 when --pppd-version names exactly the Linux release v ("2.5.3"). */
int check_release_is(const struct check_ctx *c, const char *v);
/* 1 when row r is gone from the Linux pppd that reads the file: from the
 * release --pppd-version names, or, when it names none, from the newest. */
int check_release_gone(const struct check_ctx *c, const struct catalog_entry *r);
check_rule_fn check_plugin_not_loaded, check_plugin_misspelled, check_plugin_case, check_plugin_unknown,
	check_plugin_global_channel, check_plugin_noauth, check_plugin_no_ipsec,
	check_plugin_secret_readable, check_plugin_secret, check_plugin_root_command,
	check_plugin_file, check_plugin_absent,
	check_plugin_needs_radius;
check_rule_fn check_script_unsafe, check_script_relative;
/* check_noeffect.c */
check_rule_fn check_noeffect_rule;
/* check_noeffect_rule at the end of the file (check_noeffect_end.c) */
int check_noeffect_end(struct check_ctx *c);
/* the serial line's words and device a channel plugin or a pty leaves unused,
 * said by check_noeffect_end (check_noeffect_tty.c) */
size_t check_noeffect_tty_idle(const struct check_ctx *c, size_t entry);
int check_controller_cancel_said(const struct check_ctx *c, size_t entry);
int check_noeffect_tty_end(struct check_ctx *c);
int check_noeffect_device_replaced(struct check_ctx *c);
int check_noeffect_pty_lines(struct check_ctx *c);
/* check_controller.c */
check_rule_fn check_controller_rule;
/* what makes pppd stop on PPPController's or vpnd's later options
 * (check_controller_stops.c). 1: said. */
int check_controller_vpnd(struct check_ctx *c, size_t entry);
int check_controller_eapplugin(struct check_ctx *c, size_t entry);
int check_controller_eapplugin_after(struct check_ctx *c, size_t entry, int postoptions);
int check_controller_noroute(struct check_ctx *c, size_t entry);
/* 'controlled' in a file on a Mac (check_entry_exits says it) */
int check_controller_controlled(struct check_ctx *c, size_t entry);
/* a value PPPController passes again after /etc/ppp/options (check_controller_values.c) */
int check_controller_replaced(struct check_ctx *c, size_t entry);
/* the machine a whole configuration is read on (NULL for a file alone) */
const struct check_env *check_env_of(const struct check_ctx *c);
check_rule_fn check_env_privileged, check_env_device_fixed, check_env_uafile,
	check_env_interface, check_env_host, check_env_group, check_env_program, check_env_ifname;
check_rule_fn check_logfile_linux, check_logfile_macos, check_logfile_rtt,
              check_logfile_relative; /* check_logfile.c */
check_rule_fn check_words_unterminated, check_words_long, check_words_nul,
	check_words_cr, check_words_odd_chars;
check_rule_fn check_sets_repeated, check_sets_duplicate, check_sets_once, check_conflict,
	check_sets_after_interface;
check_rule_fn check_pairs_refused;
check_rule_fn check_pairs_shared; /* check_shared.c */
/* The first entry from `from` on that sets the row named `name`, or SIZE_MAX */
size_t check_pairs_first(const struct check_ctx *c, const char *name, size_t from);
/* defaultroute, demand and l2tpmode in a Mac's shared options (check_controller_shared.c) */
int check_controller_shared_route(struct check_ctx *c);
int check_controller_shared_demand(struct check_ctx *c);
int check_controller_shared_l2tpmode(struct check_ctx *c);
/* serial-line words before the service's channel plugin (check_controller.c) */
int check_controller_serial_idle(struct check_ctx *c);
/* 1: /etc/ppp/options (or no file), 2: /etc/ppp/postoptions, 0: another (check.c) */
int check_file_shared(const struct check_file *file);
/* Whether pppd on platform p refuses words a and b together (check_pairs.c):
 * that rule says so, so the contradiction rule stays quiet. */
int check_pairs_refuses(const char *a, const char *b, enum platform p);
/* check_mppe.c */
check_rule_fn check_mppe_sizes_rule, check_mppe_no_keys;
int check_mppe_drops_compression(struct check_ctx *c, int pppoe);
/* check_eap.c */
check_rule_fn check_eap_never;
/* check_ncp.c */
check_rule_fn check_ncp_none;
check_rule_fn check_ncp_no_local;
/* check_needs.c */
check_rule_fn check_needs_rule;
/* check_secrets.c: a pap-, chap- or srp-secrets file, in place of every rule */
void check_secrets_run(struct check_ctx *c);

/* check_report.c: saying findings */
/* Adds a finding of kind k on `line` and `entry` (SIZE_MAX: the file as a
 * whole); the message from fmt. fix ("" or NULL: none) and replacement
 * (NULL: none; "": delete the entry) are copied. fmt and fix are English,
 * shown in the user's language (i18n_text): callers mark literal ones with
 * N_(); the replacement is directive text and never translated. An
 * argument that is words rather than a name or value is translated by the
 * caller. */
void check_say(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
               const char *fix, const char *replacement, const char *fmt, ...)
               BUF_PRINTF_ATTR_AT(7, 8);
/* The same with the message written already (in the user's language:
 * literal pieces through _()): its bytes are taken over (msg is left
 * empty). fix is translated as in check_say. */
void check_unsay(struct check_ctx *c, enum check_kid k, size_t entry);
void check_say_buf(struct check_ctx *c, enum check_kid k, size_t line, size_t entry,
                   const char *fix, const char *replacement, struct buf *msg);
/* 'word' for a message: escaped, cut to a readable length. */
void check_word(struct buf *b, const char *w, size_t len);
/* " pppd then stops at line N and refuses to start: ... fails." */
void check_stops(const struct check_ctx *c, size_t line, struct buf *msg);
/* The same, when the message has said which pppds meet the line. */
void check_stops_some(const struct check_ctx *c, size_t line, struct buf *msg);
void check_stops_later(const struct check_ctx *c, struct buf *msg);
/* The entry's directive text as it could be written again (name args...). */
void check_entry_text(const struct check_ctx *c, size_t entry, struct buf *out);
/* Whether an entry is a netmask pppd reads (its mask in *mask), and the
 * netmask line before it when pppd refuses it for dropping bits of that
 * one (SIZE_MAX when not). */
int check_value_netmask(const struct check_ctx *c, size_t entry, unsigned long *mask);
size_t check_value_netmask_narrower(const struct check_ctx *c, size_t entry);
/* Whether, read without privilege, a later line of this file raises the
 * time or traffic limit the entry sets, which pppd refuses (check_value.c) */
int check_value_limit_raised(const struct check_ctx *c, size_t first);
/* The word pppd checks as the entry's value, or SIZE_MAX (check_value.c) */
size_t check_value_word(const struct check_ctx *c, size_t entry);
/* What pppd makes of the entry's value where it stands (0 fine, 1 odd,
 * 2 refused, -1 no value), why in words (check_value.c) */
int check_value_verdict(const struct check_ctx *c, size_t entry, struct buf *why);
/* 2 when pppd refuses a netmask narrower than the one before it, why in words */
int check_value_netmask_refused(const struct check_ctx *c, size_t entry, struct buf *why);
/* What catalog_fold found (CATALOG_FOLD_* bits), in words: "curly
 * typographic quotes". */
const char *check_fold_kind(unsigned fold);

/* check.c: reading the document */
/* The decoded value of word i: *len bytes, not NUL-terminated. */
static inline const char *check_val(const struct check_ctx *c, size_t i, size_t *len)
{
	return doc_word_bytes(c->d, i, len);
}
/* The entry's first line, 1-based. */
static inline size_t check_line(const struct check_ctx *c, size_t entry)
{
	return c->d->entries[entry].line_first + 1;
}
/* The entry's name as pppd compares it: a NUL in it ends it. */
const char *check_name(const struct check_ctx *c, size_t entry, size_t *len);
/* The argument pppd gives an accepted entry's option, or NULL. */
const char *check_arg(const struct check_ctx *c, size_t entry, size_t *len);
/* The directive pppd read before the entry (not a disabled one), or
 * SIZE_MAX. */
size_t check_prev(const struct check_ctx *c, size_t entry);
/* Whether the entry starts on the line where the one read before it ends. */
int check_same_line_as_prev(const struct check_ctx *c, size_t entry);
enum platform check_other(enum platform p);

/* check_refused.c: an unknown word, as the rules about it read it. */
/* The unknown name as a C string (the catalogue's lookups by name take
 * one) and its whole length, a NUL inside included. */
struct check_unknown {
	char name[LEXER_MAXWORD + 1];
	size_t len;
	int has_nul;
	size_t line;
	struct buf w;            /* check_unknown_word: made, and freed, only by
	                            a rule that speaks */
};

/* The row of this platform by the unknown word's name, though pppd does
 * not know it at this point (check_refused.c) */
const struct catalog_entry *check_out_of_scope(const struct check_ctx *c,
                                               const struct check_unknown *u);
void check_unknown_init(const struct check_ctx *c, size_t entry, struct check_unknown *u);
/* 'name' for a message, made when a rule speaks. */
const char *check_unknown_word(struct check_unknown *u);
/* check_suggest.c: the close names for u, said in fix; the line to write
 * instead in rep when one is clear. Returns how many names it found here
 * (0: nothing to write in). */
size_t check_suggest(struct check_ctx *c, size_t entry, const struct check_unknown *u,
                     struct buf *fix, struct buf *rep);
/* Says the finding of an unknown word: its message, then that pppd stops;
 * frees msg and u's buffer. Returns 1. */
int check_unknown_say(struct check_ctx *c, enum check_kid k, size_t entry,
                      struct check_unknown *u, const char *fix, const char *rep,
                      struct buf *msg);
/* A plugin's wildcard word (eth0) that took the next word of its line
 * along, pppd knowing neither that word: says so (extra-word). Returns 1
 * when it did. */
int check_refused_wild_extra(struct check_ctx *c, size_t entry);

/* check_spelling.c: the legacy table's advice for the entry (an old, patched
 * or other pppd's spelling): 1 with the fix in `fix` and the replacement
 * in `rep` (NULL *has_rep: none to write without asking); 0 when the
 * table has no row for its name on this platform. */
int check_spelling_legacy_advice(const struct check_ctx *c, size_t entry, struct buf *fix,
                        struct buf *rep, int *has_rep);
/* check_file.c: whether the byte order mark is glued to the entry's name
 * (check_file_bom said what that does). */
int check_file_bom_glued(const struct check_ctx *c, size_t entry);
/* check_plugin.c: what a plugin line (plugin or plugin2 with its argument)
 * names; 0 when the entry is none. */
struct check_plugin {
	const char *arg;                 /* the argument, alen bytes */
	size_t alen;
	const char *here;                /* the catalogued plugin on this platform */
	const char *there;               /* else the other platform's */
	const char *close;               /* else a near spelling of one here */
	int soft;                        /* macOS `plugin`: a failure is logged only */
};
int check_plugin_of(const struct check_ctx *c, size_t entry, struct check_plugin *pl);
/* Whether r is a line that loads a plugin: plugin, or Apple's plugin2, which
 * loads it the same way and differs only when the load fails
 * (apple-ppp-1027.121.1/Helpers/pppd/options.c:1804, :1823). */
static inline int check_loads_plugin(const struct catalog_entry *r)
{
	return r && (strcmp(r->name, "plugin") == 0 || strcmp(r->name, "plugin2") == 0);
}
/* check_words.c: whether word wi of the entry needs the CHECK_WORD rules. */
int check_words_worth(const struct check_ctx *c, size_t entry, size_t wi);
/* check_sets.c */
void check_sets_note(struct check_ctx *c, size_t entry);
/* check_conflict.c: at the end of a source, the lines asking the peer for
 * a login that a noauth after all of them undid; 1 when it said any. */
int check_conflict_auth_end(struct check_ctx *c);
/* Whether a real name switches pppd's auth_required on (require-pap ...;
 * not auth itself). */
int check_conflict_is_auth_on(const char *name);
int check_conflict_hostname_end(struct check_ctx *c);
/* check_conflict_password.c: a Mac's password words against each other,
 * said at the later one's entry; 1: said. */
int check_conflict_password(struct check_ctx *c, size_t entry);
int check_dns_unused(struct check_ctx *c);
/* the value-not-checked note for an ms-dns or ms-wins host name (check_dns.c) */
int check_dns_name(struct check_ctx *c, size_t entry);
/* check_sets_env.c: set or unset lines a later one for the same variable
 * replaces; 1 when it said any. */
int check_sets_env_replaced(struct check_ctx *c);
int check_conflict_allow_ip_end(struct check_ctx *c, size_t entry);
/* The noauth line that holds: the first one, or the last when a line
 * asking the peer for a login (auth, require-*) came after the first;
 * SIZE_MAX when there is no noauth or such a line follows the last. */
size_t check_conflict_noauth_holds(const struct check_ctx *c);
/* check_refused.c: this platform's name for the other's option `name`
 * (Apple's ip-up is Linux's ip-up-script), or NULL. */
const char *check_refused_counterpart(const char *name, size_t len, enum platform p);
/* check_conflict_later.c: 1 when real names a and b set one setting,
 * so the later line wins whole; and the contradicting pairs (earlier j,
 * later entry) said in their own words, 1 when it said one. */
int check_conflict_later_wins(const char *a, const char *b);
int check_conflict_later_apart(struct check_ctx *c, size_t j, size_t entry);
/* -all at entry: the LCP settings read before it that it clears, and an
 * mtu missing after it. 1 when it said any. */
int check_conflict_all(struct check_ctx *c, size_t entry);
const char *check_conflict_later_mate(const char *name);
/* The k-th MPPE size word a later `name` (require-mppe) undoes whole, or
 * NULL; and 1 when `earlier` is one of them and `later` is require-mppe. */
const char *check_conflict_later_mppe(const char *name, size_t k);
int check_conflict_later_mppe_undone(const char *earlier, const char *later);
/* The later line of this file that replaces a value only a plugin's channel
 * reads (pppoe-mac), or SIZE_MAX. */
size_t check_conflict_later_replaced(const struct check_ctx *c, size_t entry);
/* A row's real name: an alias's, or its own. */
const char *check_sets_canon(const struct catalog_entry *r);
/* 1 when -all clears everything the word with real name `canon` sets. */
int check_conflict_all_clears(const char *canon);
/* The last entry read so far that set the real name `name`, or SIZE_MAX. */
size_t check_sets_last(const struct check_ctx *c, const char *name);
/* The entry's directive as shown in messages (check_sets.c) */
void check_sets_shown(const struct check_ctx *c, size_t entry, struct buf *out);
/* The first entry pppd took for a row named `name` (an alias by its own
 * name) before the one being read, or SIZE_MAX. */
size_t check_sets_first(const struct check_ctx *c, const char *name);
/* The name and arguments the accepted entry set, as one byte string that
 * orders them (check.c's sort). */
const char *check_sets_value(const struct check_ctx *c, size_t entry, size_t *len);
void check_sets_free(struct check_sets *s);

#endif
