/* check.c - the table of checks, and the run: the walk over the directives in pppd's order, then the findings in line order. */
#include "check/check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "base/util.h"

/* The ids are an interface (JSON, tests, scripts, docs): never rename one.
 * Within a stage the rules run in the table's order, which is the order
 * of the findings they say on one line; for CHECK_REFUSED and
 * CHECK_UNKNOWN it also decides which rule speaks. other-platform speaks
 * of an unknown word and of a plugin line, so the rows of accepted
 * directives sit on both sides of the unknown words'. */
static const struct check_rule check_rules[CHECK_K_COUNT] = {
	[CHECK_K_NO_FILE] = { { "no-file", CHECK_NOTE,
	  "the file does not exist: pppd uses its defaults where it may do without it" },
	  CHECK_FILE, check_file_missing },
	[CHECK_K_FILE_WRITABLE] = { { "file-writable", CHECK_WARNING,
	  "the file is group- or world-writable: others can run code as root" },
	  CHECK_FILE, check_file_writable },
	[CHECK_K_FILE_NOT_ROOT] = { { "file-not-root", CHECK_WARNING,
	  "a system options file not owned by root" },
	  CHECK_FILE, check_file_not_root },
	[CHECK_K_DIR_WRITABLE] = { { "dir-writable", CHECK_WARNING,
	  "the file's folder lets others replace the file" },
	  CHECK_FILE, check_file_dir_writable },
	[CHECK_K_BOM] = { { "bom", CHECK_ERROR,
	  "a byte order mark glued to the first word" },
	  CHECK_FILE, check_file_bom },
	[CHECK_K_CRLF] = { { "crlf", CHECK_NOTE,
	  "Windows line ends: harmless to pppd outside quotes" },
	  CHECK_FILE, check_file_crlf },

	[CHECK_K_INCLUDE_MISSING] = { { "include-missing", CHECK_ERROR,
	  "a file pppd must read is not there (file, call): it refuses to start" },
	  CHECK_CHAIN, NULL },
	[CHECK_K_INCLUDE_UNREADABLE] = { { "include-unreadable", CHECK_ERROR,
	  "file or call names a file pppd may not read: it refuses to start" },
	  CHECK_CHAIN, NULL },
	[CHECK_K_INCLUDE_FOLDER] = { { "include-folder", CHECK_ERROR,
	  "a folder where pppd reads an options file: it fails to read it and quits" },
	  CHECK_CHAIN, NULL },
	[CHECK_K_INCLUDE_CYCLE] = { { "include-cycle", CHECK_ERROR,
	  "files that include each other: pppd reads them until it fails" },
	  CHECK_CHAIN, NULL },
	[CHECK_K_INCLUDE_RELATIVE] = { { "include-relative", CHECK_WARNING,
	  "file names a relative path: what pppd reads depends on where it starts" },
	  CHECK_CHAIN, NULL },
	[CHECK_K_PEERS_ABSENT] = { { "peers-absent", CHECK_NOTE,
	  "macOS: call names a peers file that is not there; pppd goes on without it" },
	  CHECK_CHAIN, NULL },
	[CHECK_K_PEERS_UNSAFE] = { { "peers-unsafe", CHECK_WARNING,
	  "a peers file others can change: Linux pppd 2.5.3 refuses to read it" },
	  CHECK_CHAIN, NULL },
	[CHECK_K_NOT_CHECKED] = { { "not-checked", CHECK_WARNING,
	  "a file pppd reads that pppconf could not read: not checked" },
	  CHECK_CHAIN, NULL },
	[CHECK_K_NOT_OVERRIDABLE] = { { "not-overridable", CHECK_ERROR,
	  "an option root set, changed from a source read without privilege" },
	  CHECK_CHAIN, NULL },

	[CHECK_K_NOT_BUILT] = { { "not-built", CHECK_ERROR,
	  "in the source only behind a switch no build turns on (Apple's MS-CHAP, MPPE, multilink; Linux's DEBUGMPPEKEY)" },
	  CHECK_REFUSED, check_refused_not_built },
	[CHECK_K_RELEASE] = { { "not-in-release", CHECK_ERROR,
	  "Linux: a word the release named by --pppd-version does not have (too new, or removed)" },
	  CHECK_REFUSED, check_release_refused },
	[CHECK_K_EMPTY_AT_EOF] = { { "empty-at-eof", CHECK_ERROR,
	  "Linux: \"\" as the very last bytes of the file is no word at all" },
	  CHECK_REFUSED, check_refused_empty_at_eof },
	[CHECK_K_MISSING_ARG] = { { "missing-argument", CHECK_ERROR,
	  "the file ends before an option's value (\"too few parameters\")" },
	  CHECK_REFUSED, check_refused_missing_arg },

	[CHECK_K_PRIVILEGED] = { { "privileged-option", CHECK_ERROR,
	  "an option for root only, in a source pppd reads without privilege" },
	  CHECK_REFUSED, check_env_privileged },
	[CHECK_K_DEVICE_FIXED] = { { "device-fixed", CHECK_ERROR,
	  "a device option in /etc/ppp/options.<tty>, read once the device is fixed" },
	  CHECK_REFUSED, check_env_device_fixed },
	[CHECK_K_DEVICE_TWICE] = { { "device-twice", CHECK_ERROR,
	  "a second pppol2tp or ATM address (Linux), the same eapplugin again (macOS): refused" },
	  CHECK_REFUSED, check_sets_once },
	[CHECK_K_LOGFILE] = { { "logfile-unusable", CHECK_ERROR,
	  "Linux: a log file pppd cannot open (no folder, \"\", read-only)" },
	  CHECK_REFUSED, check_env_logfile },
	[CHECK_K_PLUGIN_FILE] = { { "plugin-file-missing", CHECK_ERROR,
	  "a plugin pppd cannot load: a full path not on this machine, or plugin2 PPTP.ppp on a Mac" },
	  CHECK_REFUSED, check_plugin_file },
	[CHECK_K_UAFILE] = { { "ua-file-unusable", CHECK_ERROR,
	  "+ua names a file the user who starts pppd cannot read, or without two lines" },
	  CHECK_REFUSED, check_env_uafile },
	[CHECK_K_INTERFACE] = { { "interface-missing", CHECK_ERROR,
	  "a PPPoE interface this machine does not have" },
	  CHECK_REFUSED, check_env_interface },
	[CHECK_K_HOST] = { { "unknown-host", CHECK_ERROR,
	  "a host name (local:remote, ms-dns, ms-wins) this machine cannot look up" },
	  CHECK_REFUSED, check_env_host },
	[CHECK_K_GROUP] = { { "unknown-group", CHECK_ERROR,
	  "privgroup names a group this machine does not have" },
	  CHECK_REFUSED, check_env_group },

	[CHECK_K_BAD_VALUE] = { { "bad-value", CHECK_ERROR,
	  "a value pppd refuses (not a number, out of range, bad address)" },
	  CHECK_ENTRY, check_entry_bad_value },
	[CHECK_K_ODD_VALUE] = { { "odd-value", CHECK_WARNING,
	  "a value pppd accepts but probably reads differently (\"30s\" is 30)" },
	  CHECK_ENTRY, check_entry_odd_value },
	[CHECK_K_ARG_NEXT_LINE] = { { "arg-next-line", CHECK_WARNING,
	  "an option took its value from the next line" },
	  CHECK_ENTRY, check_entry_next_line },
	[CHECK_K_STRAY_WORD] = { { "stray-word", CHECK_WARNING,
	  "a number or address after an option, read as a speed/device/addresses" },
	  CHECK_ENTRY, check_entry_stray_word },
	[CHECK_K_DISABLED_OPTION] = { { "disabled-option", CHECK_ERROR,
	  "defaultroute or proxyarp after its no- form forbade it" },
	  CHECK_ENTRY, check_entry_disabled },
	[CHECK_K_REMOVED] = { { "removed", CHECK_WARNING,
	  "removed from newer Linux pppd: refused there" },
	  CHECK_ENTRY, check_release_removed },
	[CHECK_K_NEEDS_NEWER] = { { "needs-newer", CHECK_WARNING,
	  "only in newer Linux pppd: older ones refuse it" },
	  CHECK_ENTRY, check_release_needs_newer },
	[CHECK_K_PRIV_SINCE] = { { "privileged-since", CHECK_NOTE,
	  "only allowed in privileged files since a Linux pppd release" },
	  CHECK_ENTRY, check_release_priv_since },
	[CHECK_K_NO_EFFECT] = { { "no-effect", CHECK_NOTE,
	  "accepted but does nothing in the pppd that reads it" },
	  CHECK_ENTRY | CHECK_END, check_noeffect_rule },
	[CHECK_K_EXITS] = { { "exits", CHECK_WARNING,
	  "pppd prints something and exits instead of connecting" },
	  CHECK_ENTRY, check_entry_exits },
	[CHECK_K_OPTIONAL_BUILD] = { { "optional-build", CHECK_WARNING,
	  "Linux: known only to a pppd built with a switch its default build leaves off" },
	  CHECK_ENTRY, check_entry_optional_build },
	[CHECK_K_UNCHECKED] = { { "value-not-checked", CHECK_NOTE,
	  "a packet filter: pppd compiles it with libpcap, pppconf does not check it" },
	  CHECK_ENTRY, check_entry_unchecked },
	[CHECK_K_LOGFILE_MACOS] = { { "logfile-not-written", CHECK_WARNING,
	  "macOS: a log file pppd cannot open; it goes on without it" },
	  CHECK_ENTRY, check_env_logfile_macos },
	[CHECK_K_PROGRAM] = { { "program-missing", CHECK_WARNING,
	  "a script or program pppd runs is not on this machine: the link fails" },
	  CHECK_ENTRY, check_env_program },
	[CHECK_K_SCRIPT_UNSAFE] = { { "script-unsafe", CHECK_WARNING,
	  "Linux 2.5.3: a script that is not root's alone, which pppd will not run" },
	  CHECK_ENTRY, check_script_unsafe },

	[CHECK_K_COMMENT_SLASHES] = { { "comment-slashes", CHECK_ERROR,
	  "// used as a comment: pppd only knows #" },
	  CHECK_UNKNOWN, check_spelling_slashes },
	[CHECK_K_GLUED_WORDS] = { { "glued-words", CHECK_ERROR,
	  "a no-break or full-width space that pppd does not see as a space" },
	  CHECK_UNKNOWN, check_spelling_glued },
	[CHECK_K_CURLY_QUOTES] = { { "curly-quotes", CHECK_ERROR,
	  "typographic quotes that are not quotes to pppd" },
	  CHECK_UNKNOWN, check_spelling_curly },
	[CHECK_K_DASH_LOOKALIKE] = { { "dash-lookalike", CHECK_ERROR,
	  "an en/em dash or minus sign where pppd needs '-'" },
	  CHECK_UNKNOWN, check_spelling_dash },
	[CHECK_K_FULLWIDTH] = { { "fullwidth-chars", CHECK_ERROR,
	  "full-width letters that look like ASCII but are not" },
	  CHECK_UNKNOWN, check_spelling_fullwidth },
	[CHECK_K_INVISIBLE] = { { "invisible-chars", CHECK_ERROR,
	  "an invisible character (zero-width space) inside a word" },
	  CHECK_UNKNOWN, check_spelling_invisible },
	[CHECK_K_LEGACY] = { { "legacy-spelling", CHECK_ERROR,
	  "an older pppd's, Apple's or a patch's spelling that this pppd does not know" },
	  CHECK_UNKNOWN, check_spelling_legacy },
	[CHECK_K_PLUGIN_MISSING] = { { "plugin-missing", CHECK_ERROR,
	  "a plugin's option with no plugin line before it" },
	  CHECK_UNKNOWN, check_refused_plugin_missing },
	[CHECK_K_CHANNEL_REPLACED] = { { "channel-replaced", CHECK_ERROR,
	  "a serial-line or plugin option after another plugin took over the link" },
	  CHECK_UNKNOWN, check_refused_channel_replaced },
	[CHECK_K_OTHER_PLATFORM] = { { "other-platform", CHECK_ERROR,
	  "a directive or plugin that only the other platform's pppd has" },
	  CHECK_UNKNOWN | CHECK_ENTRY, check_refused_other_platform },
	[CHECK_K_DEVICE_MISSING] = { { "device-missing", CHECK_ERROR,
	  "a serial device that does not exist on this machine" },
	  CHECK_UNKNOWN, check_refused_device_missing },
	[CHECK_K_EXTRA_WORD] = { { "extra-word", CHECK_ERROR,
	  "a word after an option's value on the same line (\"noauth yes\")" },
	  CHECK_UNKNOWN, check_refused_extra_word },
	[CHECK_K_UNKNOWN_AFTER_PLUGIN] = { { "unknown-after-plugin", CHECK_WARNING,
	  "an unknown word that may belong to a plugin pppconf does not know" },
	  CHECK_UNKNOWN, check_refused_after_plugin },
	[CHECK_K_UNKNOWN] = { { "unknown-directive", CHECK_ERROR,
	  "a word pppd does not know: it stops reading and refuses to start" },
	  CHECK_UNKNOWN, check_refused_unknown },

	[CHECK_K_PLUGIN_NOT_LOADED] = { { "plugin-not-loaded", CHECK_WARNING,
	  "macOS: a plugin that cannot load; pppd logs it and goes on" },
	  CHECK_ENTRY, check_plugin_not_loaded },
	[CHECK_K_PLUGIN_MISSPELLED] = { { "plugin-misspelled", CHECK_ERROR,
	  "Linux (or macOS plugin2): a misspelled plugin name, which pppd cannot load" },
	  CHECK_ENTRY, check_plugin_misspelled },
	[CHECK_K_UNKNOWN_PLUGIN] = { { "unknown-plugin", CHECK_NOTE,
	  "a plugin pppconf has no list of options for" },
	  CHECK_ENTRY, check_plugin_unknown },
	[CHECK_K_PLUGIN_ABSENT] = { { "plugin-not-installed", CHECK_WARNING,
	  "a plugin pppd will not find: not in Linux's plugin folder here, or PPTP.ppp on a Mac" },
	  CHECK_ENTRY, check_plugin_absent },
	[CHECK_K_GLOBAL_CHANNEL] = { { "global-channel-plugin", CHECK_WARNING,
	  "a channel plugin in a shared file changes every PPP run (macOS: at its plugin line; Linux: at the word naming its device)" },
	  CHECK_ENTRY, check_plugin_global_channel },
	[CHECK_K_NOAUTH] = { { "noauth", CHECK_WARNING,
	  "the other side is not asked to prove who it is" },
	  CHECK_END, check_plugin_noauth },
	[CHECK_K_NO_IPSEC] = { { "no-ipsec", CHECK_WARNING,
	  "macOS L2TP without IPsec: unencrypted, for every L2TP service" },
	  CHECK_ENTRY, check_plugin_no_ipsec },
	[CHECK_K_CONTROLLER_PORT] = { { "controller-overrides", CHECK_NOTE,
	  "macOS: a value PPPController replaces for every service of its kind" },
	  CHECK_ENTRY, check_controller_rule },
	[CHECK_K_SECRET_READABLE] = { { "secret-readable", CHECK_WARNING,
	  "a password in a file that other users can read" },
	  CHECK_ENTRY, check_plugin_secret_readable },
	[CHECK_K_SECRET] = { { "secret-in-file", CHECK_NOTE,
	  "a password or shared secret written in the file" },
	  CHECK_ENTRY, check_plugin_secret },
	[CHECK_K_ROOT_COMMAND] = { { "root-command", CHECK_NOTE,
	  "a command pppd runs, as root when root starts pppd" },
	  CHECK_ENTRY, check_plugin_root_command },

	[CHECK_K_UNTERMINATED] = { { "unterminated-quote", CHECK_WARNING,
	  "a quote that is never closed swallows the rest of the file" },
	  CHECK_WORD, check_words_unterminated },
	[CHECK_K_LONG_WORD] = { { "long-word", CHECK_WARNING,
	  "a word longer than 1023 bytes: pppd cuts it" },
	  CHECK_WORD, check_words_long },
	[CHECK_K_NUL_IN_VALUE] = { { "nul-in-value", CHECK_WARNING,
	  "an escape that makes a NUL byte: pppd's value ends there" },
	  CHECK_WORD, check_words_nul },
	[CHECK_K_CR_IN_VALUE] = { { "crlf-in-quotes", CHECK_WARNING,
	  "a carriage return inside a quoted value (Windows line ends)" },
	  CHECK_WORD, check_words_cr },
	[CHECK_K_ODD_CHARS] = { { "odd-chars-in-value", CHECK_WARNING,
	  "pasted look-alike characters inside a value" },
	  CHECK_WORD, check_words_odd_chars },

	[CHECK_K_REPEATED] = { { "repeated", CHECK_NOTE,
	  "the same directive and value again: clutter (a plugin line loads the plugin again)" },
	  CHECK_AGAIN, check_sets_repeated },
	[CHECK_K_CONFLICT] = { { "conflict", CHECK_WARNING,
	  "contradicting directives: the last one wins" },
	  CHECK_AGAIN, check_conflict },
	[CHECK_K_DUPLICATE] = { { "duplicate", CHECK_WARNING,
	  "set twice with different values: the last one wins" },
	  CHECK_END, check_sets_duplicate },
	[CHECK_K_INCOMPATIBLE] = { { "incompatible", CHECK_ERROR,
	  "a pair pppd refuses once it has read every option (pty, notty, socket, a device; Linux pppol2tp LNS mode with an ID left 0; remotenumber against allow-number; macOS cdtrcts)" },
	  CHECK_END, check_pairs_refused },
	[CHECK_K_DEMAND_NO_CONNECT] = { { "demand-no-connect", CHECK_ERROR,
	  "demand on a serial line with no connect command anywhere pppd reads: it refuses to start" },
	  CHECK_CHAIN, NULL },
	[CHECK_K_DEMAND_NO_V6ID] = { { "demand-no-ipv6-id", CHECK_ERROR,
	  "Linux 2.4.9: demand with IPv6 on and no peer IPv6 identifier anywhere pppd reads: it refuses to start" },
	  CHECK_CHAIN, NULL },
	[CHECK_K_MPPE_SIZES] = { { "mppe-40-only", CHECK_WARNING,
	  "Linux 2.5.3: require-mppe keeps only 40-bit keys, or with nomppe-40 none at all" },
	  CHECK_END, check_mppe_sizes_rule },
	[CHECK_K_AFTER_INTERFACE] = { { "set-after-interface", CHECK_WARNING,
	  "Linux 2.4.9 pppoe.so: a discovery setting after the interface word is not used" },
	  CHECK_END, check_sets_after_interface },
	[CHECK_K_NO_NCP] = { { "no-network-protocol", CHECK_WARNING,
	  "noip with IPv6 (macOS: and ACSP) off: pppd ends the link once it is up" },
	  CHECK_END, check_ncp_none },
	[CHECK_K_EAP_NEVER] = { { "eap-never", CHECK_WARNING,
	  "Linux: need-peer-eap with refuse-eap: pppd ends every link once it is up" },
	  CHECK_END, check_eap_never },
	[CHECK_K_NEEDS_OTHER] = { { "needs-other", CHECK_NOTE,
	  "a word that does nothing without another in the same file (lcp-echo-failure without lcp-echo-interval, holdoff without persist) or after novj, or that stops pppd unless another source gives one (allow-number without remotenumber)" },
	  CHECK_END, check_needs_rule },
	[CHECK_K_SHARED_CHANNEL] = { { "shared-file-device", CHECK_WARNING,
	  "notty, pty, socket or a device name in /etc/ppp/options: pppd refuses every run that also names another of them (macOS: a modem service with a device name)" },
	  CHECK_END, check_pairs_shared },
};

size_t check_kind_count(void)
{
	return CHECK_K_COUNT;
}

const struct check_kind *check_kind_at(size_t i)
{
	return i < CHECK_K_COUNT ? &check_rules[i].kind : NULL;
}

const struct check_kind *check_kind_find(const char *id)
{
	size_t i;

	for (i = 0; i < CHECK_K_COUNT; i++)
		if (strcmp(check_rules[i].kind.id, id) == 0)
			return &check_rules[i].kind;
	return NULL;
}

const char *check_finding_id(const struct check_finding *f)
{
	return check_rules[f->kind].kind.id;
}

enum check_severity check_finding_severity(const struct check_finding *f)
{
	return check_rules[f->kind].kind.severity;
}

/* ---- reading the document ------------------------------------------- */

const char *check_name(const struct check_ctx *c, size_t entry, size_t *len)
{
	size_t wi = c->d->entries[entry].word;
	const char *name = check_val(c, wi, len), *nul;

	if ((c->d->words[wi].flags & LEXER_HAS_NUL) && (nul = memchr(name, '\0', *len)) != NULL)
		*len = (size_t)(nul - name);
	return name;
}

const char *check_arg(const struct check_ctx *c, size_t entry, size_t *len)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *r = c->row[entry];

	*len = 0;
	if (!r || r->nargs < 1 || e->nwords < 2)
		return NULL;
	return check_val(c, e->word + 1, len);
}

size_t check_prev(const struct check_ctx *c, size_t entry)
{
	while (entry-- > 0)
		if (!c->d->entries[entry].disabled)
			return entry;
	return SIZE_MAX;
}

int check_same_line_as_prev(const struct check_ctx *c, size_t entry)
{
	size_t prev = check_prev(c, entry);

	return prev != SIZE_MAX &&
	       c->d->entries[prev].line_last == c->d->entries[entry].line_first;
}

enum platform check_other(enum platform p)
{
	return p == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS;
}

/* ---- the run ---------------------------------------------------------- */

/* Runs the rules of one stage in the table's order; a stage that explains
 * or refuses a name stops at the first rule that says something. Returns
 * 1 when one did. */
static int check_stage(struct check_ctx *c, unsigned stage, size_t entry, size_t word)
{
	int said = 0;
	size_t k;

	for (k = 0; k < CHECK_K_COUNT; k++) {
		if (!(check_rules[k].stages & stage))
			continue;
		said |= check_rules[k].fn(c, entry, word);
		if (said && (stage & (CHECK_REFUSED | CHECK_UNKNOWN)))
			break;
	}
	return said;
}

/* One directive (not disabled) as pppd reads it, at the scope the ones
 * before it left. */
static void check_read(struct check_ctx *c, size_t entry)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct catalog_entry *r;
	size_t nlen, alen, i;
	const char *name = check_name(c, entry, &nlen), *arg;

	r = catalog_scope_match(&c->scope, name, nlen);
	if (!r) {
		if (!check_file_bom_glued(c, entry))
			check_stage(c, CHECK_UNKNOWN, entry, e->word);
		/* a quote that never closes, or a cut word, may be why */
		if (c->d->words[e->word].flags & (LEXER_UNTERMINATED | LEXER_TRUNCATED))
			check_stage(c, CHECK_WORD, entry, e->word);
		return;
	}
	c->row[entry] = r;
	if (check_stage(c, CHECK_REFUSED, entry, e->word)) {
		c->row[entry] = NULL;
		return;
	}
	check_stage(c, CHECK_ENTRY, entry, e->word);
	for (i = e->word; i < e->word + e->nwords; i++)
		if (check_words_worth(c, entry, i))
			check_stage(c, CHECK_WORD, entry, i);
	/* only plugin lines and plugins' own options move the scope */
	arg = check_arg(c, entry, &alen);
	if (strcmp(r->name, "plugin") == 0 || strcmp(r->name, "plugin2") == 0 || r->plugin)
		catalog_scope_apply(&c->scope, r, arg, alen);
	check_refused_wild_extra(c, entry);
	check_stage(c, CHECK_AGAIN, entry, e->word);
	check_sets_note(c, entry);
}

/* A finding with what decides its place in the report. */
struct check_sorting {
	size_t line;
	const struct check_finding *f;   /* in the report as found: its order */
	const char *value;               /* repeated, duplicate: the name and */
	size_t vlen;                     /* arguments of its entry */
};

/* On one line: the walk's findings, the values set again, then the
 * contradictions. */
static int check_phase(const struct check_finding *f)
{
	return f->kind == CHECK_K_REPEATED || f->kind == CHECK_K_DUPLICATE ? 1 :
	       f->kind == CHECK_K_CONFLICT ? 2 : 0;
}

/* By line, then phase; the values set again by name and value, a value's
 * repeats before what is said of its first entry; otherwise as found. */
static int check_order(const void *pa, const void *pb)
{
	const struct check_sorting *a = pa, *b = pb;
	int pha, phb, r;

	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	pha = check_phase(a->f);
	phb = check_phase(b->f);
	if (pha != phb)
		return pha - phb;
	if (pha == 1) {
		r = memcmp(a->value, b->value, a->vlen < b->vlen ? a->vlen : b->vlen);
		if (r)
			return r;
		if (a->vlen != b->vlen)
			return a->vlen < b->vlen ? -1 : 1;
		if (a->f->kind != b->f->kind)
			return a->f->kind == CHECK_K_DUPLICATE ? 1 : -1;
		if (a->f->entry != b->f->entry)
			return a->f->entry < b->f->entry ? -1 : 1;
	}
	return a->f < b->f ? -1 : a->f > b->f;
}

static void check_sort(const struct check_ctx *c, struct check_report *r)
{
	struct check_sorting *s;
	struct check_finding *items;
	size_t i;

	if (r->n < 2)
		return;
	s = util_xcalloc(r->n, sizeof *s);
	for (i = 0; i < r->n; i++) {
		s[i].line = r->items[i].line;
		s[i].f = &r->items[i];
		if (check_phase(s[i].f) == 1)
			s[i].value = check_sets_value(c, s[i].f->entry, &s[i].vlen);
	}
	qsort(s, r->n, sizeof *s, check_order);
	items = util_xmalloc(r->n * sizeof *items);
	for (i = 0; i < r->n; i++)
		items[i] = *s[i].f;
	free(r->items);
	r->items = items;
	r->cap = r->n;
	free(s);
}

static int check_path_is(const char *path, const char *a)
{
	return path && (strcmp(path, a) == 0 ||
	                 (strncmp(path, "/private", 8) == 0 && strcmp(path + 8, a) == 0));
}

/* A run in progress: the context and the next entry to read. */
struct check_walk {
	struct check_ctx c;
	size_t next;
};

struct check_walk *check_walk_begin(const struct doc *d, enum platform p,
                                    const struct check_file *file,
                                    const struct catalog_scope *scope,
                                    struct check_report *out)
{
	struct check_walk *w = util_xcalloc(1, sizeof *w);
	struct check_ctx *c = &w->c;

	memset(out, 0, sizeof *out);
	c->d = d;
	c->p = p;
	c->file = file;
	c->out = out;
	c->system_file = file && file->path && (strncmp(file->path, "/etc/", 5) == 0 ||
	                                        strncmp(file->path, "/private/etc/", 13) == 0);
	c->shared_file = !file || !file->path || check_path_is(file->path, "/etc/ppp/options") ? 1 :
	                 check_path_is(file->path, "/etc/ppp/postoptions") ? 2 : 0;
	if (scope) {
		c->scope = *scope;
	} else {
		catalog_scope_init(&c->scope, p);
		c->scope.by_shape = file && file->by_shape;
	}
	if (file && file->loaded && catalog_find("plugin", p))
		catalog_scope_apply(&c->scope, catalog_find("plugin", p), file->loaded,
		                    strlen(file->loaded));
	c->row = util_xcalloc(d->nentries + 1, sizeof *c->row);
	check_stage(c, CHECK_FILE, SIZE_MAX, SIZE_MAX);
	return w;
}

size_t check_walk_next(struct check_walk *w, const struct catalog_entry **row)
{
	const struct doc *d = w->c.d;
	size_t i;

	while (w->next < d->nentries && d->entries[w->next].disabled)
		w->next++;
	*row = NULL;
	if (w->next >= d->nentries)
		return SIZE_MAX;
	i = w->next++;
	check_read(&w->c, i);
	*row = w->c.row[i];
	return i;
}

const struct catalog_scope *check_walk_scope(const struct check_walk *w)
{
	return &w->c.scope;
}

void check_walk_set_scope(struct check_walk *w, const struct catalog_scope *s)
{
	w->c.scope = *s;
}

int check_walk_say(struct check_walk *w, const char *id, size_t entry, const char *fix,
                   const char *replacement, const char *message)
{
	struct buf msg;
	size_t k;

	for (k = 0; k < CHECK_K_COUNT; k++)
		if (strcmp(check_rules[k].kind.id, id) == 0)
			break;
	if (k == CHECK_K_COUNT)
		return -1;
	buf_init(&msg);
	buf_adds(&msg, message);
	check_say_buf(&w->c, (enum check_kid)k, entry == SIZE_MAX ? 0 : check_line(&w->c, entry),
	              entry, fix, replacement, &msg);
	return 0;
}

int check_report_say(struct check_report *r, const struct doc *d, const char *id,
                     size_t entry, const char *fix, const char *message)
{
	struct check_ctx c;
	struct check_finding f;
	struct buf msg;
	size_t k, i;

	for (k = 0; k < CHECK_K_COUNT; k++)
		if (strcmp(check_rules[k].kind.id, id) == 0)
			break;
	if (k == CHECK_K_COUNT)
		return -1;
	memset(&c, 0, sizeof c);
	c.d = d;
	c.out = r;
	buf_init(&msg);
	buf_adds(&msg, message);
	check_say_buf(&c, (enum check_kid)k, entry == SIZE_MAX ? 0 : check_line(&c, entry), entry,
	              fix, NULL, &msg);
	/* after the findings on its line and those before: the rest were sorted
	 * when the walk ended */
	f = r->items[r->n - 1];
	for (i = r->n - 1; i > 0 && r->items[i - 1].line > f.line; i--)
		r->items[i] = r->items[i - 1];
	r->items[i] = f;
	if (r->by_entry)
		check_report_index(r);
	return 0;
}

void check_walk_end(struct check_walk *w)
{
	check_stage(&w->c, CHECK_END, SIZE_MAX, SIZE_MAX);
	check_sort(&w->c, w->c.out);
	check_sets_free(&w->c.sets);
	free(w->c.row);
	free(w);
}

void check_run(const struct doc *d, enum platform p,
               const struct check_file *file, struct check_report *out)
{
	struct check_walk *w = check_walk_begin(d, p, file, NULL, out);
	const struct catalog_entry *row;

	while (check_walk_next(w, &row) != SIZE_MAX)
		continue;
	check_walk_end(w);
}
