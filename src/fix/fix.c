/* fix.c - the guided fixes: what each one says to the user, and how it diagnoses a file. */
#include "fix/fix.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pppd/catalog.h"
#include "fix/fix_int.h"
#include "base/util.h"


#define FIX_PLUGIN_NEW "/System/Library/SystemConfiguration/PPPController.bundle/Contents/PlugIns/L2TP.ppp"
#define FIX_PLUGIN_OLD "/System/Library/Extensions/L2TP.ppp"
#define FIX_POSTOPTIONS "/etc/ppp/postoptions"

enum fix_kind { FIX_L2TP, FIX_L2TP_UNDO, FIX_LOG, FIX_LOG_UNDO };

struct fix_row {
	struct fix_info info;
	enum fix_kind kind;
};

static const struct fix_row fix_table[] = {
	{ { "l2tp-noipsec", "IPSec shared secret missing (L2TP VPN on macOS)",
	    "l2tp-noipsec-undo", 0, PLATFORM_MACOS,
	    "Does your VPN server speak plain L2TP, without IPsec? (Whoever runs the server "
	    "can tell you: there is no shared secret and no certificate to enter.)",
	    "Then this fix is not for you. A server that uses IPsec needs its shared secret "
	    "(or certificate) entered in the VPN service's settings: System Settings > "
	    "Network > the VPN > Shared Secret. Turning IPsec off would not connect to such "
	    "a server, and would send your traffic without IPsec encryption if it did.",
	    "The Mac's L2TP plugin looks for an IPsec shared secret before it connects; "
	    "when the VPN's settings hold none (a plain L2TP server has none to give), it "
	    "gives up with \"IPSec shared secret missing\". "
	    "Two lines in /etc/ppp/options switch that off: 'plugin L2TP.ppp' loads the "
	    "plugin early so that its option exists, and 'l2tpnoipsec' tells it to run "
	    "L2TP without IPsec. The plugin line must come first.\n\n"
	    "Consequences: the tunnel is no longer protected by IPsec - L2TP and the PPP "
	    "login travel unencrypted unless PPP itself negotiates encryption. The file "
	    "is read by every PPP connection on this Mac, so every L2TP VPN on it runs "
	    "without IPsec, and modem or serial PPP services stop working while the lines "
	    "are there. Nothing else in the file is changed, except copy-paste damage to "
	    "these two lines (look-alike characters, typos, // used as a comment), which "
	    "the diff shows.\n\n"
	    "A narrower alternative, derived from Apple's source but not verified on a Mac: "
	    "a file /etc/ppp/peers/<exact VPN service name> containing only 'l2tpnoipsec' "
	    "affects that one service and needs no plugin line.",
	    "Reconnect the VPN (or run sudo pkill pppd first if a connection hangs). If it "
	    "still fails, turn on verbose logging (the debug-log fix) and read /var/log/ppp.log. "
	    "To undo: pppconf fix l2tp-noipsec-undo, or the same fix on this screen. If "
	    "the file existed before, its previous version is kept as options~ beside it." },
	  FIX_L2TP },
	{ { "l2tp-noipsec-undo", "Undo the L2TP-without-IPsec fix", "l2tp-noipsec", 1, PLATFORM_MACOS,
	    NULL, NULL,
	    "Removes the 'plugin L2TP.ppp' and 'l2tpnoipsec' lines (and pppconf's comment "
	    "above them), so L2TP VPNs on this Mac use IPsec again. Everything else in the "
	    "file stays as it is. If pppconf created the file for the fix and nothing else "
	    "was added since, the file is removed again.",
	    "Reconnect the VPN. Services that need IPsec work as before; a server without "
	    "IPsec will again report \"IPSec shared secret missing\"." },
	  FIX_L2TP_UNDO },
	{ { "debug-log", "Verbose PPP logging for troubleshooting", "debug-log-undo", 0, PLATFORM_BOTH,
	    NULL, NULL,
	    "Adds 'debug' (pppd logs every negotiation step) and 'logfile " FIX_LOGFILE "' "
	    "(pppd appends its messages to that file). In /etc/ppp/options this affects "
	    "every PPP connection on the machine; the log can grow and may show user names, "
	    "so undo it when done.",
	    "Connect again, then read the log: tail -f " FIX_LOGFILE " (on macOS also "
	    "log show --last 10m --predicate 'process == \"pppd\"'). Undo with pppconf fix "
	    "debug-log-undo." },
	  FIX_LOG },
	{ { "debug-log-undo", "Turn verbose PPP logging off again", "debug-log", 1, PLATFORM_BOTH,
	    NULL, NULL,
	    "Removes what the debug-log fix added: its comment line and the 'debug' and "
	    "'logfile " FIX_LOGFILE "' lines right under it. A 'debug' or 'logfile' line "
	    "written by hand stays, as do other logging settings.",
	    "pppd logs at its normal level again from the next connection; the old log file "
	    "stays on disk until you delete it." },
	  FIX_LOG_UNDO },
};

#define FIX_N (sizeof fix_table / sizeof fix_table[0])

size_t fix_count(void)
{
	return FIX_N;
}

const struct fix_info *fix_at(size_t i)
{
	return i < FIX_N ? &fix_table[i].info : NULL;
}

const struct fix_info *fix_find(const char *name)
{
	size_t i;

	for (i = 0; i < FIX_N; i++)
		if (strcmp(fix_table[i].info.name, name) == 0)
			return &fix_table[i].info;
	return NULL;
}

static enum fix_kind fix_kind_of(const struct fix_info *r)
{
	return ((const struct fix_row *)(const void *)r)->kind;
}

/* ---- diagnosis ---- */

static void fix_add_step(struct fix_result *res, enum fix_state st,
                         const char *label, const char *detail)
{
	struct fix_step *s;

	util_grow(&res->steps, &res->cap, res->n + 1, sizeof *res->steps);
	s = &res->steps[res->n++];
	s->state = st;
	s->label = util_xstrdup(label);
	s->detail = detail ? util_xstrdup(detail) : NULL;
	if (st == FIX_FAIL)
		res->failed++;
}

void fix_result_free(struct fix_result *res)
{
	size_t i;

	for (i = 0; i < res->n; i++) {
		free(res->steps[i].label);
		free(res->steps[i].detail);
	}
	free(res->steps);
	memset(res, 0, sizeof *res);
}

static int fix_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

static void fix_diag_plugin_on_disk(const struct fix_env *env,
                                    struct fix_result *res)
{
	struct buf b = { 0 };

	if (env->plugin_path) {
		if (fix_exists(env->plugin_path)) {
			buf_printf(&b, "Found at %s.", env->plugin_path);
			fix_add_step(res, FIX_PASS, "The L2TP plugin is installed", b.data);
		} else {
			buf_printf(&b, "Not found at %s: pppd would log that it could not load "
			           "the plugin, then refuse l2tpnoipsec.", env->plugin_path);
			fix_add_step(res, FIX_FAIL, "The L2TP plugin is installed", b.data);
		}
		buf_free(&b);
		return;
	}
#ifdef __APPLE__
	if (fix_exists(FIX_PLUGIN_NEW))
		fix_add_step(res, FIX_PASS, "The L2TP plugin is installed",
		             "Found at " FIX_PLUGIN_NEW " (macOS 11 and later).");
	else if (fix_exists(FIX_PLUGIN_OLD))
		fix_add_step(res, FIX_PASS, "The L2TP plugin is installed",
		             "Found at " FIX_PLUGIN_OLD " (macOS 10.15 and earlier).");
	else
		fix_add_step(res, FIX_FAIL, "The L2TP plugin is installed",
		             "Neither " FIX_PLUGIN_NEW " (macOS 11 and later) nor "
		             FIX_PLUGIN_OLD " (up to 10.15) exists. Without it the fix "
		             "cannot work; this macOS may no longer ship L2TP.");
#else
	fix_add_step(res, FIX_INFO, "The L2TP plugin is installed",
	             "Cannot be checked from this machine. On the Mac it lives at "
	             FIX_PLUGIN_NEW " (macOS 11 and later) or " FIX_PLUGIN_OLD
	             " (up to 10.15); pppd finds it by the bare name on both.");
#endif
}

/* /etc/ppp/postoptions (Apple only) is read after everything else. Nothing
 * in it can turn IPsec back on, but a word pppd refuses there stops every
 * connection just the same, so its presence is worth a look. */
static void fix_diag_postoptions(const struct fix_env *env, struct fix_result *res)
{
	struct buf b = { 0 };
	const char *post = env->postoptions_path ? env->postoptions_path : FIX_POSTOPTIONS;

#ifndef __APPLE__
	if (!env->postoptions_path) {
		fix_add_step(res, FIX_INFO, "Nothing overrides the file later",
		             "Cannot be checked from this machine: on the Mac, look at "
		             FIX_POSTOPTIONS ", which pppd reads after everything else.");
		return;
	}
#endif
	if (fix_exists(post)) {
		buf_printf(&b, "%s exists and is read after everything else; nothing there can "
		           "turn IPsec back on, but a word pppd refuses there stops every "
		           "connection too: pppconf check %s", post, post);
		fix_add_step(res, FIX_INFO, "Nothing overrides the file later", b.data);
	} else {
		fix_add_step(res, FIX_PASS, "Nothing overrides the file later", NULL);
	}
	buf_free(&b);
}

size_t fix_file_risks(const struct check_report *r, struct buf *out)
{
	size_t i, n = 0;

	for (i = 0; i < r->n; i++) {
		const struct check_finding *f = &r->items[i];
		const char *what = check_fix(r, f);

		if (!session_file_risk(f))
			continue;
		buf_printf(out, "%s\n", check_message(r, f));
		if (what)
			buf_printf(out, "%s\n", what);
		n++;
	}
	return n;
}

/* rep: the checks on the file with its facts (the same as pppconf check's). */
static void fix_diag_file(const struct fix_env *env, const struct check_report *rep,
                          struct fix_result *res)
{
	struct buf b = { 0 };

	if (!env->file_exists) {
		buf_printf(&b, "%s does not exist yet; the fix creates it (owned by root, "
		           "mode 0644).", env->path);
		fix_add_step(res, FIX_INFO, "The options file exists", b.data);
	} else {
		fix_add_step(res, FIX_PASS, "The options file exists", NULL);
	}
	buf_reset(&b);
	if (env->file && env->file->have_stat) {
		if (fix_file_risks(rep, &b)) {
			b.data[--b.len] = '\0';   /* the last line end */
			fix_add_step(res, FIX_FAIL, "Only root can change the file", b.data);
		} else {
			fix_add_step(res, FIX_PASS, "Only root can change the file", NULL);
		}
	}
	buf_free(&b);
}

/* Errors pppd would meet in the file besides those the fix itself repairs
 * (rep: the checks as macOS's pppd reads it). */
static void fix_diag_others(const struct doc *d, const struct check_report *rep,
                            struct fix_result *res)
{
	struct buf b = { 0 };
	size_t i;

	for (i = 0; i < rep->n; i++) {
		const struct check_finding *f = &rep->items[i];
		size_t fe = check_finding_entry(f);

		if (check_finding_severity(f) != CHECK_ERROR)
			continue;
		if (fe != SIZE_MAX && (fix_edit_is_damaged(d, fe, PLATFORM_MACOS) ||
		                       fix_edit_is_noipsec(d, fe)))
			continue;  /* the fix itself deals with these */
		buf_printf(&b, "line %zu: %s\n", (size_t)f->line, check_message(rep, f));
	}
	fix_add_step(res, b.len ? FIX_FAIL : FIX_PASS, "Nothing else in the file stops pppd",
	             b.len ? b.data : NULL);
	buf_free(&b);
}

/* The two lines: present, in order, once each, undamaged. */
static void fix_diag_lines(const struct doc *d, struct fix_result *res)
{
	size_t pl = fix_edit_first(d, fix_edit_is_l2tp_plugin);
	size_t no = fix_edit_first(d, fix_edit_is_noipsec);
	size_t npl = fix_edit_count_if(d, fix_edit_is_l2tp_plugin);
	size_t nno = fix_edit_count_if(d, fix_edit_is_noipsec);
	struct buf b = { 0 };
	size_t e, damaged = 0;

	fix_add_step(res, pl != SIZE_MAX ? FIX_PASS : FIX_FAIL,
	             "'plugin L2TP.ppp' is in the file",
	             pl != SIZE_MAX ? NULL : "Without it, pppd does not know l2tpnoipsec yet "
	             "when it reads this file.");
	fix_add_step(res, no != SIZE_MAX ? FIX_PASS : FIX_FAIL,
	             "'l2tpnoipsec' is in the file",
	             no != SIZE_MAX ? NULL : "This is the option that turns IPsec off.");
	if (pl != SIZE_MAX && no != SIZE_MAX)
		fix_add_step(res, pl < no ? FIX_PASS : FIX_FAIL,
		             "'plugin L2TP.ppp' comes before 'l2tpnoipsec'",
		             pl < no ? NULL : "pppd reads in order; before the plugin line, "
		             "l2tpnoipsec is an unknown word and every PPP connection fails.");
	fix_add_step(res, npl > 1 || nno > 1 ? FIX_FAIL : FIX_PASS,
	             "Each line appears once",
	             npl > 1 || nno > 1 ? "Repeated lines (often from running an echo >> "
	             "command twice); the fix keeps one of each." : NULL);
	for (e = 0; e < d->nentries; e++)
		damaged += fix_edit_is_damaged(d, e, PLATFORM_MACOS);
	if (damaged) {
		buf_printf(&b, "%zu line%s look like a damaged copy of the fix (look-alike "
		           "characters, a typo, or // used as a comment); the fix repairs them.",
		           damaged, damaged == 1 ? "" : "s");
		fix_add_step(res, FIX_FAIL, "No copy-paste damage", b.data);
	} else {
		fix_add_step(res, FIX_PASS, "No copy-paste damage", NULL);
	}
	buf_free(&b);
}

static void fix_diag_l2tp(const struct doc *d, const struct fix_env *env,
                          struct fix_result *res)
{
	struct check_report rep;

	check_run(d, PLATFORM_MACOS, env->file, &rep);
	fix_diag_file(env, &rep, res);
	fix_diag_lines(d, res);
	if (memchr(d->text.data ? d->text.data : "", '\r', d->text.len))
		fix_add_step(res, FIX_INFO, "Windows line ends (CRLF)",
		             "pppd reads them as spaces, so they do no harm; the fix leaves "
		             "them and ends its own lines the same way.");
	fix_diag_plugin_on_disk(env, res);
	fix_diag_others(d, &rep, res);
	check_report_free(&rep);
	fix_diag_postoptions(env, res);
	fix_add_step(res, env->is_root ? FIX_PASS : FIX_INFO, "Running as root",
	             env->is_root ? NULL : "Writing needs root: run sudo pppconf, or save "
	             "elsewhere and copy with sudo.");
}

static void fix_diag_linux_l2tp(struct fix_result *res)
{
	fix_add_step(res, FIX_INFO, "This fix is for macOS",
	             "\"IPSec shared secret missing\" comes from the Mac's own L2TP plugin. "
	             "On Linux, L2TP clients such as xl2tpd run pppd with their own options "
	             "file (for example /etc/ppp/options.xl2tpd) and use IPsec only when an "
	             "IPsec daemon (strongSwan, Libreswan) is set up for the tunnel; without "
	             "one the tunnel is plain L2TP already. To prepare a Mac's file from "
	             "here, use --platform macos.");
}

void fix_diagnose(const struct fix_info *r, const struct doc *d,
                  const struct fix_env *env, struct fix_result *out)
{
	size_t n, off, len;

	memset(out, 0, sizeof *out);
	switch (fix_kind_of(r)) {
	case FIX_L2TP:
		if (env->platform != PLATFORM_MACOS)
			fix_diag_linux_l2tp(out);
		else
			fix_diag_l2tp(d, env, out);
		break;
	case FIX_L2TP_UNDO:
		n = fix_edit_count_if(d, fix_edit_is_l2tp_plugin) + fix_edit_count_if(d, fix_edit_is_noipsec);
		fix_add_step(out, n ? FIX_INFO : FIX_PASS, "The L2TP fix is in the file",
		             n ? "The undo removes its lines." : "Nothing to undo.");
		break;
	case FIX_LOG:
		n = doc_find(d, "debug", 0) != SIZE_MAX;
		fix_add_step(out, FIX_INFO, n ? "'debug' is on" : "'debug' is off", NULL);
		break;
	case FIX_LOG_UNDO:
		n = fix_edit_log_block(d, &off, &len);
		fix_add_step(out, n ? FIX_INFO : FIX_PASS, "The debug-log fix is in the file",
		             n ? "The undo removes the lines under its comment." :
		             doc_find(d, "debug", 0) != SIZE_MAX ?
		             "Nothing to undo: the 'debug' line here was written by hand, "
		             "so it stays." : "Nothing to undo.");
		break;
	}
}

int fix_apply(const struct fix_info *r, struct doc *d,
              const struct fix_env *env, struct buf *msg)
{
	switch (fix_kind_of(r)) {
	case FIX_L2TP:
		return fix_edit_l2tp(d, env, msg);
	case FIX_L2TP_UNDO:
		return fix_edit_l2tp_undo(d, msg);
	case FIX_LOG:
		return fix_edit_log(d, 0, msg);
	case FIX_LOG_UNDO:
		return fix_edit_log(d, 1, msg);
	}
	return -1;
}

void fix_env_init(struct fix_env *env, const struct session *s)
{
	memset(env, 0, sizeof *env);
	env->platform = s->platform;
	env->path = s->path;
	env->file_exists = s->facts.exists;
	env->is_root = geteuid() == 0;
	env->file = &s->cfile;
	env->plugin_path = getenv("PPPCONF_L2TP_PLUGIN");
	env->postoptions_path = getenv("PPPCONF_POSTOPTIONS");
}

int fix_created_file(const struct doc *d)
{
	return fix_edit_find_line(d, FIX_MARK_CREATED) != SIZE_MAX;
}
