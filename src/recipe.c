/* recipe.c - guided fixes: the macOS L2TP-without-IPsec fix, verbose logging, and their undos. */
#include "recipe.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "util.h"

/* The comment the L2TP fix writes above its two lines, so that whoever opens
 * the file next knows where they came from, and the undo can tell whether
 * the file existed before the fix. */
#define RECIPE_MARK_ADDED   "# L2TP VPN without IPsec: added by pppconf (undo: pppconf fix l2tp-noipsec-undo)"
#define RECIPE_MARK_CREATED "# L2TP VPN without IPsec: file created by pppconf (undo: pppconf fix l2tp-noipsec-undo)"
#define RECIPE_MARK_PREFIX  "# L2TP VPN without IPsec: "
#define RECIPE_LOG_MARK     "# Verbose PPP logging: added by pppconf (undo: pppconf fix debug-log-undo)"
#define RECIPE_LOGFILE      "/var/log/ppp.log"

#define RECIPE_PLUGIN_NEW "/System/Library/SystemConfiguration/PPPController.bundle/Contents/PlugIns/L2TP.ppp"
#define RECIPE_PLUGIN_OLD "/System/Library/Extensions/L2TP.ppp"
#define RECIPE_POSTOPTIONS "/etc/ppp/postoptions"

enum recipe_kind { RECIPE_L2TP, RECIPE_L2TP_UNDO, RECIPE_LOG, RECIPE_LOG_UNDO };

struct recipe_row {
	struct recipe_info info;
	enum recipe_kind kind;
};

static const struct recipe_row recipe_table[] = {
	{ { "l2tp-noipsec", "IPSec shared secret missing (L2TP VPN on macOS)",
	    "l2tp-noipsec-undo", PLATFORM_MACOS,
	    "Does your VPN server speak plain L2TP, without IPsec? (Whoever runs the server "
	    "can tell you: there is no shared secret and no certificate to enter.)",
	    "Then this fix is not for you. A server that uses IPsec needs its shared secret "
	    "(or certificate) entered in the VPN service's settings: System Settings > "
	    "Network > the VPN > Shared Secret. Turning IPsec off would not connect to such "
	    "a server, and would send your traffic without IPsec encryption if it did.",
	    "The Mac's L2TP plugin looks for an IPsec shared secret before it connects; "
	    "when the server has none, it gives up with \"IPSec shared secret missing\". "
	    "Two lines in /etc/ppp/options switch that off: `plugin L2TP.ppp` loads the "
	    "plugin early so that its option exists, and `l2tpnoipsec` tells it to run "
	    "L2TP without IPsec. The plugin line must come first.\n\n"
	    "Consequences: the tunnel is no longer protected by IPsec - L2TP and the PPP "
	    "login travel unencrypted unless PPP itself negotiates encryption. The file "
	    "is read by every PPP connection on this Mac, so every L2TP VPN on it runs "
	    "without IPsec, and modem or serial PPP services stop working while the lines "
	    "are there. Nothing else in the file is changed, except copy-paste damage to "
	    "these two lines (look-alike characters, Windows line ends), which the diff shows.\n\n"
	    "A narrower alternative, derived from Apple's source but not verified on a Mac: "
	    "a file /etc/ppp/peers/<exact VPN service name> containing only `l2tpnoipsec` "
	    "affects that one service and needs no plugin line.",
	    "Reconnect the VPN (or run `sudo pkill pppd` first if a connection hangs). If it "
	    "still fails, turn on verbose logging (recipe debug-log) and read /var/log/ppp.log. "
	    "To undo: pppconf fix l2tp-noipsec-undo, or the same recipe on this screen; the "
	    "previous file is kept as options~ beside it." },
	  RECIPE_L2TP },
	{ { "l2tp-noipsec-undo", "Undo the L2TP-without-IPsec fix", "l2tp-noipsec", PLATFORM_MACOS,
	    NULL, NULL,
	    "Removes the `plugin L2TP.ppp` and `l2tpnoipsec` lines (and pppconf's comment "
	    "above them), so L2TP VPNs on this Mac use IPsec again. Everything else in the "
	    "file stays as it is. If pppconf created the file for the fix and nothing else "
	    "was added since, the file is removed again.",
	    "Reconnect the VPN. Services that need IPsec work as before; a server without "
	    "IPsec will again report \"IPSec shared secret missing\"." },
	  RECIPE_L2TP_UNDO },
	{ { "debug-log", "Verbose PPP logging for troubleshooting", "debug-log-undo", PLATFORM_BOTH,
	    NULL, NULL,
	    "Adds `debug` (pppd logs every negotiation step) and `logfile " RECIPE_LOGFILE "` "
	    "(pppd appends its messages to that file). This affects every PPP connection on "
	    "the machine; the log can grow and may show user names, so undo it when done.",
	    "Connect again, then read the log: `tail -f " RECIPE_LOGFILE "` (on macOS also "
	    "`log show --last 10m --predicate 'process == \"pppd\"'`). Undo with pppconf fix "
	    "debug-log-undo." },
	  RECIPE_LOG },
	{ { "debug-log-undo", "Turn verbose PPP logging off again", "debug-log", PLATFORM_BOTH,
	    NULL, NULL,
	    "Removes the `debug` line and the `logfile " RECIPE_LOGFILE "` line (and pppconf's "
	    "comment above them). Other logging settings stay.",
	    "pppd logs at its normal level again from the next connection; the old log file "
	    "stays on disk until you delete it." },
	  RECIPE_LOG_UNDO },
};

#define RECIPE_N (sizeof recipe_table / sizeof recipe_table[0])

size_t recipe_count(void)
{
	return RECIPE_N;
}

const struct recipe_info *recipe_at(size_t i)
{
	return i < RECIPE_N ? &recipe_table[i].info : NULL;
}

const struct recipe_info *recipe_find(const char *name)
{
	size_t i;

	for (i = 0; i < RECIPE_N; i++)
		if (strcmp(recipe_table[i].info.name, name) == 0)
			return &recipe_table[i].info;
	return NULL;
}

static enum recipe_kind recipe_kind_of(const struct recipe_info *r)
{
	return ((const struct recipe_row *)(const void *)r)->kind;
}

/* ---- reading the document ---- */

static const char *recipe_name(const struct doc *d, size_t e)
{
	return doc_word_value(d, d->entries[e].word, NULL);
}

static const char *recipe_arg(const struct doc *d, size_t e)
{
	if (d->entries[e].nwords < 2)
		return NULL;
	return doc_word_value(d, d->entries[e].word + 1, NULL);
}

static const char *recipe_basename(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

static int recipe_is_l2tp_plugin(const struct doc *d, size_t e)
{
	const char *a;

	if (d->entries[e].disabled || strcmp(recipe_name(d, e), "plugin") != 0)
		return 0;
	a = recipe_arg(d, e);
	return a && strcmp(recipe_basename(a), "L2TP.ppp") == 0;
}

static int recipe_is_named(const struct doc *d, size_t e, const char *name)
{
	return !d->entries[e].disabled && strcmp(recipe_name(d, e), name) == 0 &&
	       d->entries[e].nwords == 1;
}

/* Folds what web pages do to pasted text back to ASCII: non-breaking and
 * full-width spaces become spaces, full-width letters plain ones, dashes
 * and minus signs '-', and curly quotes vanish. */
static void recipe_fold(const unsigned char *p, size_t n, struct buf *out)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i + 1 < n && p[i] == 0xC2 && p[i + 1] == 0xA0) {
			buf_addc(out, ' ');
			i += 1;
		} else if (i + 2 < n && p[i] == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x80) {
			buf_addc(out, ' ');
			i += 2;
		} else if (i + 2 < n && p[i] == 0xEF && p[i + 1] == 0xBC &&
		           p[i + 2] >= 0x81 && p[i + 2] <= 0xBF) {
			buf_addc(out, (char)(p[i + 2] - 0x60));
			i += 2;
		} else if (i + 2 < n && p[i] == 0xEF && p[i + 1] == 0xBD &&
		           p[i + 2] >= 0x80 && p[i + 2] <= 0x9E) {
			buf_addc(out, (char)(p[i + 2] - 0x20));
			i += 2;
		} else if (i + 2 < n && p[i] == 0xE2 && p[i + 1] == 0x80 &&
		           (p[i + 2] == 0x98 || p[i + 2] == 0x99 ||
		            p[i + 2] == 0x9C || p[i + 2] == 0x9D)) {
			i += 2;
		} else if (i + 2 < n && ((p[i] == 0xE2 && p[i + 1] == 0x80 &&
		           (p[i + 2] == 0x93 || p[i + 2] == 0x94)) ||
		           (p[i] == 0xE2 && p[i + 1] == 0x88 && p[i + 2] == 0x92))) {
			buf_addc(out, '-');
			i += 2;
		} else {
			buf_addc(out, (char)p[i]);
		}
	}
}

/* A copy-paste casualty of one of the fix's lines: look-alike characters
 * that fold to exactly "plugin L2TP.ppp" or "l2tpnoipsec", an unknown word
 * the catalogue's typo matching takes for l2tpnoipsec, a plugin line whose
 * bundle name is a near miss of L2TP.ppp, or "//" used as a comment. */
static int recipe_is_damaged(const struct doc *d, size_t e, enum platform p)
{
	const struct doc_entry *en = &d->entries[e];
	const struct catalog_entry *best[1];
	const char *name = recipe_name(d, e);
	struct buf f = { 0 };
	size_t len;
	int hit = 0;

	if (en->disabled)
		return 0;
	doc_word_value(d, en->word, &len);
	if (len >= 2 && name[0] == '/' && name[1] == '/')
		return 1;
	if (strcmp(name, "plugin") == 0) {
		const char *a = recipe_arg(d, e);
		const char *b = a ? recipe_basename(a) : "";
		size_t i, n = strlen(b);

		if (strcmp(b, "L2TP.ppp") == 0 || n < 6 || n > 10)
			return 0;
		for (i = 0; i + 4 <= n; i++)   /* l2tp.ppp, L2TP.pp, L2tp.ppp ... */
			if (!strncmp(b + i, "L2TP", 4) || !strncmp(b + i, "l2tp", 4) ||
			    !strncmp(b + i, "L2tp", 4))
				return 1;
		return 0;
	}
	if (catalog_match(name, len, p))
		return 0;
	recipe_fold((const unsigned char *)d->text.data + en->start, en->end - en->start, &f);
	{
		char *s = f.data ? f.data : (char *)"";
		char *w1, *w2, *w3, *save = s;

		w1 = s + strspn(s, " \t\r\n");
		save = w1 + strcspn(w1, " \t\r\n");
		w2 = save + strspn(save, " \t\r\n");
		w3 = w2 + strcspn(w2, " \t\r\n");
		w3 += strspn(w3, " \t\r\n");
		if (*w3 == '\0') {
			size_t l1 = (size_t)(save - w1), l2 = strcspn(w2, " \t\r\n");
			if ((l1 == 11 && !strncmp(w1, "l2tpnoipsec", 11) && l2 == 0) ||
			    (l1 == 6 && !strncmp(w1, "plugin", 6) && l2 == 8 &&
			     !strncmp(w2, "L2TP.ppp", 8)))
				hit = 1;
		}
	}
	buf_free(&f);
	if (!hit && catalog_suggest(name, len, p, best, 1) == 1 &&
	    strcmp(best[0]->name, "l2tpnoipsec") == 0)
		hit = 1;
	return hit;
}

static size_t recipe_first(const struct doc *d, int (*is)(const struct doc *, size_t))
{
	size_t e;

	for (e = 0; e < d->nentries; e++)
		if (is(d, e))
			return e;
	return SIZE_MAX;
}

static int recipe_is_noipsec(const struct doc *d, size_t e)
{
	return recipe_is_named(d, e, "l2tpnoipsec");
}

static size_t recipe_count_if(const struct doc *d, int (*is)(const struct doc *, size_t))
{
	size_t e, n = 0;

	for (e = 0; e < d->nentries; e++)
		n += is(d, e) != 0;
	return n;
}

/* The line index of a comment line that starts with `prefix`, or SIZE_MAX. */
static size_t recipe_find_line(const struct doc *d, const char *prefix)
{
	size_t i, n = strlen(prefix);

	for (i = 0; i < d->nlines; i++) {
		const struct doc_line *l = &d->lines[i];
		if (l->len >= n && memcmp(d->text.data + l->off, prefix, n) == 0)
			return i;
	}
	return SIZE_MAX;
}

/* ---- diagnosis ---- */

static void recipe_step(struct recipe_result *res, enum recipe_state st,
                        const char *label, const char *detail)
{
	struct recipe_step *s;

	util_grow(&res->steps, &res->cap, res->n + 1, sizeof *res->steps);
	s = &res->steps[res->n++];
	s->state = st;
	s->label = util_xstrdup(label);
	s->detail = detail ? util_xstrdup(detail) : NULL;
	if (st == RECIPE_FAIL)
		res->failed++;
}

void recipe_result_free(struct recipe_result *res)
{
	size_t i;

	for (i = 0; i < res->n; i++) {
		free(res->steps[i].label);
		free(res->steps[i].detail);
	}
	free(res->steps);
	memset(res, 0, sizeof *res);
}

static int recipe_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

static void recipe_diag_plugin_on_disk(const struct recipe_env *env,
                                       struct recipe_result *res)
{
	struct buf b = { 0 };

	if (env->plugin_path) {
		if (recipe_exists(env->plugin_path)) {
			buf_printf(&b, "Found at %s.", env->plugin_path);
			recipe_step(res, RECIPE_PASS, "The L2TP plugin is installed", b.data);
		} else {
			buf_printf(&b, "Not found at %s: pppd would log that it could not load "
			           "the plugin, then refuse l2tpnoipsec.", env->plugin_path);
			recipe_step(res, RECIPE_FAIL, "The L2TP plugin is installed", b.data);
		}
		buf_free(&b);
		return;
	}
#ifdef __APPLE__
	if (recipe_exists(RECIPE_PLUGIN_NEW))
		recipe_step(res, RECIPE_PASS, "The L2TP plugin is installed",
		            "Found at " RECIPE_PLUGIN_NEW " (macOS 11 and later).");
	else if (recipe_exists(RECIPE_PLUGIN_OLD))
		recipe_step(res, RECIPE_PASS, "The L2TP plugin is installed",
		            "Found at " RECIPE_PLUGIN_OLD " (macOS 10.15 and earlier).");
	else
		recipe_step(res, RECIPE_FAIL, "The L2TP plugin is installed",
		            "Neither " RECIPE_PLUGIN_NEW " (macOS 11 and later) nor "
		            RECIPE_PLUGIN_OLD " (up to 10.15) exists. Without it the fix "
		            "cannot work; this macOS may no longer ship L2TP.");
#else
	recipe_step(res, RECIPE_INFO, "The L2TP plugin is installed",
	            "Cannot be checked from this machine. On the Mac it lives at "
	            RECIPE_PLUGIN_NEW " (macOS 11 and later) or " RECIPE_PLUGIN_OLD
	            " (up to 10.15); pppd finds it by the bare name on both.");
#endif
}

static void recipe_diag_file(const struct recipe_env *env, struct recipe_result *res)
{
	struct buf b = { 0 };

	if (!env->file_exists) {
		buf_printf(&b, "%s does not exist yet; the fix creates it (owned by root, "
		           "mode 0644).", env->path);
		recipe_step(res, RECIPE_INFO, "The options file exists", b.data);
	} else {
		recipe_step(res, RECIPE_PASS, "The options file exists", NULL);
	}
	buf_reset(&b);
	if (env->file && env->file->have_stat) {
		const struct check_file *f = env->file;
		if (f->uid != 0 || (f->mode & 022)) {
			buf_printf(&b, "Owner uid %ld, mode %04o. Anyone who can change this file "
			           "can make pppd run programs as root. Fix: sudo chown root %s; "
			           "sudo chmod 644 %s", (long)f->uid, (unsigned)(f->mode & 07777),
			           env->path, env->path);
			recipe_step(res, RECIPE_FAIL, "Only root can change the file", b.data);
		} else {
			recipe_step(res, RECIPE_PASS, "Only root can change the file", NULL);
		}
	}
	buf_free(&b);
}

static void recipe_diag_l2tp(const struct doc *d, const struct recipe_env *env,
                             struct recipe_result *res)
{
	size_t pl = recipe_first(d, recipe_is_l2tp_plugin);
	size_t no = recipe_first(d, recipe_is_noipsec);
	size_t npl = recipe_count_if(d, recipe_is_l2tp_plugin);
	size_t nno = recipe_count_if(d, recipe_is_noipsec);
	struct check_report rep = { 0 };
	struct buf b = { 0 };
	size_t e, i, damaged = 0;

	recipe_diag_file(env, res);
	recipe_step(res, pl != SIZE_MAX ? RECIPE_PASS : RECIPE_FAIL,
	            "`plugin L2TP.ppp` is in the file",
	            pl != SIZE_MAX ? NULL : "Without it, pppd does not know l2tpnoipsec yet "
	            "when it reads this file.");
	recipe_step(res, no != SIZE_MAX ? RECIPE_PASS : RECIPE_FAIL,
	            "`l2tpnoipsec` is in the file",
	            no != SIZE_MAX ? NULL : "This is the option that turns IPsec off.");
	if (pl != SIZE_MAX && no != SIZE_MAX)
		recipe_step(res, pl < no ? RECIPE_PASS : RECIPE_FAIL,
		            "`plugin L2TP.ppp` comes before `l2tpnoipsec`",
		            pl < no ? NULL : "pppd reads in order; before the plugin line, "
		            "l2tpnoipsec is an unknown word and every PPP connection fails.");
	recipe_step(res, npl > 1 || nno > 1 ? RECIPE_FAIL : RECIPE_PASS,
	            "Each line appears once",
	            npl > 1 || nno > 1 ? "Repeated lines (often from running an echo >> "
	            "command twice); the fix keeps one of each." : NULL);
	for (e = 0; e < d->nentries; e++)
		damaged += recipe_is_damaged(d, e, PLATFORM_MACOS);
	if (damaged) {
		buf_printf(&b, "%zu line%s look like a damaged copy of the fix (look-alike "
		           "characters, a typo, or // used as a comment); the fix repairs them.",
		           damaged, damaged == 1 ? "" : "s");
		recipe_step(res, RECIPE_FAIL, "No copy-paste damage", b.data);
	} else {
		recipe_step(res, RECIPE_PASS, "No copy-paste damage", NULL);
	}
	buf_reset(&b);
	if (memchr(d->text.data ? d->text.data : "", '\r', d->text.len))
		recipe_step(res, RECIPE_INFO, "Windows line ends (CRLF)",
		            "pppd reads them fine, but they come from copy-pasting; the fix "
		            "turns them into plain newlines.");
	recipe_diag_plugin_on_disk(env, res);

	check_run(d, PLATFORM_MACOS, env->file, &rep);
	for (i = 0; i < rep.n; i++) {
		const struct check_finding *f = &rep.items[i];
		if (f->severity != CHECK_ERROR)
			continue;
		if (f->entry != SIZE_MAX && (recipe_is_damaged(d, f->entry, PLATFORM_MACOS) ||
		    recipe_is_noipsec(d, f->entry)))
			continue;  /* the fix itself deals with these */
		buf_printf(&b, "line %zu: %s\n", f->line, f->message);
	}
	check_report_free(&rep);
	if (b.len)
		recipe_step(res, RECIPE_FAIL, "Nothing else in the file stops pppd", b.data);
	else
		recipe_step(res, RECIPE_PASS, "Nothing else in the file stops pppd", NULL);
	buf_reset(&b);

	{
		const char *post = env->postoptions_path ? env->postoptions_path : RECIPE_POSTOPTIONS;
		if (recipe_exists(post)) {
			buf_printf(&b, "%s exists and is read after everything else, so it can "
			           "override this file; look at it too.", post);
			recipe_step(res, RECIPE_INFO, "Nothing overrides the file later", b.data);
		} else {
			recipe_step(res, RECIPE_PASS, "Nothing overrides the file later", NULL);
		}
	}
	recipe_step(res, env->is_root ? RECIPE_PASS : RECIPE_INFO, "Running as root",
	            env->is_root ? NULL : "Writing needs root: run sudo pppconf, or save "
	            "elsewhere and copy with sudo.");
	buf_free(&b);
}

static void recipe_diag_linux_l2tp(struct recipe_result *res)
{
	recipe_step(res, RECIPE_INFO, "This fix is for macOS",
	            "\"IPSec shared secret missing\" comes from the Mac's own L2TP plugin. "
	            "On Linux, L2TP clients such as xl2tpd run pppd with their own options "
	            "file (for example /etc/ppp/options.xl2tpd) and use IPsec only when an "
	            "IPsec daemon (strongSwan, Libreswan) is set up for the tunnel; without "
	            "one the tunnel is plain L2TP already. To prepare a Mac's file from "
	            "here, use --platform macos.");
}

void recipe_diagnose(const struct recipe_info *r, const struct doc *d,
                     const struct recipe_env *env, struct recipe_result *out)
{
	size_t n;

	memset(out, 0, sizeof *out);
	switch (recipe_kind_of(r)) {
	case RECIPE_L2TP:
		if (env->platform != PLATFORM_MACOS)
			recipe_diag_linux_l2tp(out);
		else
			recipe_diag_l2tp(d, env, out);
		break;
	case RECIPE_L2TP_UNDO:
		n = recipe_count_if(d, recipe_is_l2tp_plugin) + recipe_count_if(d, recipe_is_noipsec);
		recipe_step(out, n ? RECIPE_INFO : RECIPE_PASS, "The L2TP fix is in the file",
		            n ? "The undo removes its lines." : "Nothing to undo.");
		break;
	case RECIPE_LOG:
	case RECIPE_LOG_UNDO:
		n = doc_find(d, "debug", 0) != SIZE_MAX;
		recipe_step(out, RECIPE_INFO, n ? "`debug` is on" : "`debug` is off", NULL);
		break;
	}
}

/* ---- applying ---- */

static void recipe_append_line(struct doc *d, const char *text)
{
	size_t len;
	const char *p = doc_bytes(d, &len);
	struct buf b = { 0 };

	if (len && p[len - 1] != '\n')
		buf_adds(&b, d->eol);
	buf_adds(&b, text);
	buf_adds(&b, d->eol);
	doc_splice(d, len, 0, b.data, b.len);
	buf_free(&b);
}

/* Deletes every entry `is` accepts after the first `keep` of them. */
static int recipe_delete_all(struct doc *d, int (*is)(const struct doc *, size_t),
                             size_t keep)
{
	int changed = 0;
	size_t e, seen = 0;

	for (e = 0; e < d->nentries; e++) {
		if (!is(d, e))
			continue;
		if (seen++ < keep)
			continue;
		if (doc_delete(d, e) == 0) {
			changed = 1;
			e = SIZE_MAX;     /* indices moved: start over */
			seen = 0;
		}
	}
	return changed;
}

static int recipe_delete_line_with(struct doc *d, const char *prefix)
{
	size_t l = recipe_find_line(d, prefix);

	if (l == SIZE_MAX)
		return 0;
	doc_splice(d, d->lines[l].off, d->lines[l].len, "", 0);
	return 1;
}

static int recipe_fix_crlf(struct doc *d)
{
	size_t i, len;
	const char *p = doc_bytes(d, &len);
	struct buf b = { 0 };
	int changed = 0;

	for (i = 0; i < len; i++) {
		if (p[i] == '\r' && i + 1 < len && p[i + 1] == '\n') {
			changed = 1;
			continue;
		}
		buf_addc(&b, p[i]);
	}
	if (changed)
		doc_splice(d, 0, len, b.data, b.len);
	buf_free(&b);
	d->eol = "\n";
	return changed;
}

static int recipe_damaged_any(const struct doc *d, size_t e)
{
	return recipe_is_damaged(d, e, PLATFORM_MACOS);
}

static int recipe_apply_l2tp(struct doc *d, const struct recipe_env *env, struct buf *msg)
{
	size_t before = d->text.len;
	const char *bytes = d->text.data ? d->text.data : "";
	struct buf old = { 0 };
	size_t pl, no;
	int changed;

	if (env->platform != PLATFORM_MACOS) {
		buf_adds(msg, "This fix is for macOS; on Linux there is nothing to change "
		         "(use --platform macos to prepare a Mac's file).");
		return -1;
	}
	buf_add(&old, bytes, before);
	doc_group_begin(d);
	if (d->text.len >= 3 && memcmp(d->text.data, "\xEF\xBB\xBF", 3) == 0)
		doc_splice(d, 0, 3, "", 0);   /* a BOM glues itself to the first word */
	recipe_fix_crlf(d);
	recipe_delete_all(d, recipe_damaged_any, 0);
	recipe_delete_all(d, recipe_is_l2tp_plugin, 1);
	pl = recipe_first(d, recipe_is_l2tp_plugin);
	/* l2tpnoipsec lines before the plugin line are unknown words to pppd. */
	if (pl != SIZE_MAX) {
		for (no = 0; no < pl; no++) {
			if (recipe_is_noipsec(d, no) && doc_delete(d, no) == 0) {
				pl = recipe_first(d, recipe_is_l2tp_plugin);
				no = SIZE_MAX;
			}
		}
	} else {
		recipe_delete_all(d, recipe_is_noipsec, 0);
	}
	recipe_delete_all(d, recipe_is_noipsec, 1);
	pl = recipe_first(d, recipe_is_l2tp_plugin);
	no = recipe_first(d, recipe_is_noipsec);
	if (pl == SIZE_MAX) {
		recipe_append_line(d, env->file_exists || before ? RECIPE_MARK_ADDED
		                                                : RECIPE_MARK_CREATED);
		recipe_append_line(d, "plugin L2TP.ppp");
		recipe_append_line(d, "l2tpnoipsec");
	} else if (no == SIZE_MAX) {
		const char *w[] = { "l2tpnoipsec" };
		doc_insert(d, d->entries[pl].line_last + 1, w, 1, NULL);
	}
	doc_group_end(d);
	changed = d->text.len != old.len || memcmp(d->text.data, old.data, old.len) != 0;
	if (!changed)
		buf_adds(msg, "The L2TP fix is already in place; nothing to change.");
	else
		buf_adds(msg, "The file now loads the L2TP plugin and then turns IPsec off.");
	buf_free(&old);
	return changed;
}

static int recipe_apply_l2tp_undo(struct doc *d, struct buf *msg)
{
	int changed = 0, created = recipe_find_line(d, RECIPE_MARK_CREATED) != SIZE_MAX;

	doc_group_begin(d);
	changed |= recipe_delete_all(d, recipe_is_noipsec, 0);
	changed |= recipe_delete_all(d, recipe_is_l2tp_plugin, 0);
	while (recipe_delete_line_with(d, RECIPE_MARK_PREFIX))
		changed = 1;
	doc_group_end(d);
	if (!changed)
		buf_adds(msg, "The L2TP fix is not in the file; nothing to undo.");
	else if (d->text.len == 0 && created)
		buf_adds(msg, "Removed the fix. pppconf had created the file for it, so it is "
		         "now empty and can be removed.");
	else if (d->text.len == 0)
		buf_adds(msg, "Removed the fix. The file is now empty, as it was before the fix.");
	else
		buf_adds(msg, "Removed the fix; the rest of the file is unchanged.");
	return changed;
}

static int recipe_is_debug(const struct doc *d, size_t e)
{
	return recipe_is_named(d, e, "debug");
}

static int recipe_is_our_logfile(const struct doc *d, size_t e)
{
	const char *a = recipe_arg(d, e);

	return !d->entries[e].disabled && strcmp(recipe_name(d, e), "logfile") == 0 &&
	       a && strcmp(a, RECIPE_LOGFILE) == 0;
}

static int recipe_apply_log(struct doc *d, int undo, struct buf *msg)
{
	int changed = 0;

	doc_group_begin(d);
	if (undo) {
		changed |= recipe_delete_all(d, recipe_is_debug, 0);
		changed |= recipe_delete_all(d, recipe_is_our_logfile, 0);
		changed |= recipe_delete_line_with(d, RECIPE_LOG_MARK);
	} else {
		int has_debug = recipe_first(d, recipe_is_debug) != SIZE_MAX;
		int has_log = doc_find(d, "logfile", 0) != SIZE_MAX;

		if (!has_debug || !has_log) {
			recipe_append_line(d, RECIPE_LOG_MARK);
			changed = 1;
		}
		if (!has_debug)
			recipe_append_line(d, "debug");
		if (!has_log)
			recipe_append_line(d, "logfile " RECIPE_LOGFILE);
	}
	doc_group_end(d);
	if (!changed)
		buf_adds(msg, undo ? "Verbose logging is not on; nothing to undo."
		                   : "Verbose logging is already on; nothing to change.");
	else
		buf_adds(msg, undo ? "Verbose logging is off again."
		                   : "pppd will log every step to " RECIPE_LOGFILE ".");
	return changed;
}

int recipe_apply(const struct recipe_info *r, struct doc *d,
                 const struct recipe_env *env, struct buf *msg)
{
	switch (recipe_kind_of(r)) {
	case RECIPE_L2TP:
		return recipe_apply_l2tp(d, env, msg);
	case RECIPE_L2TP_UNDO:
		return recipe_apply_l2tp_undo(d, msg);
	case RECIPE_LOG:
		return recipe_apply_log(d, 0, msg);
	case RECIPE_LOG_UNDO:
		return recipe_apply_log(d, 1, msg);
	}
	return -1;
}

int recipe_created_file(const struct doc *d)
{
	return recipe_find_line(d, RECIPE_MARK_CREATED) != SIZE_MAX;
}
