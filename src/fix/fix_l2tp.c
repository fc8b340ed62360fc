/* fix_l2tp.c - the L2TP fix: "plugin L2TP.ppp" then "l2tpnoipsec", in /etc/ppp/options or in one VPN's peers file; its diagnosis, its repairs, its undo. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "pppd/catalog.h"
#include "fix/fix_int.h"
#include "base/i18n.h"
#include "base/util.h"

#define FIX_PLUGIN_NEW "/System/Library/SystemConfiguration/PPPController.bundle/Contents/PlugIns/L2TP.ppp"
#define FIX_PLUGIN_OLD "/System/Library/Extensions/L2TP.ppp"
#define FIX_POSTOPTIONS "/etc/ppp/postoptions"
/* The global fix's one-line form: l2tpnoipsec under an existing plugin line. */
#define FIX_MARK_ONE "# pppconf: L2TP without IPsec, the line below (undo: pppconf fix " \
	"l2tp-noipsec-undo)"

static const char *const fix_l2tp_lines[] = { "plugin L2TP.ppp", "l2tpnoipsec" };

/* ---- its lines ---- */

int fix_l2tp_is_plugin(const struct doc *d, size_t e)
{
	char buf[LEXER_MAXWORD + 1];
	const char *a;

	if (d->entries[e].disabled || !doc_word_is(d, d->entries[e].word, "plugin"))
		return 0;
	a = fix_edit_arg(d, e, buf);
	return a && strcmp(fix_edit_basename(a), "L2TP.ppp") == 0;
}

int fix_l2tp_is_noipsec(const struct doc *d, size_t e)
{
	return fix_edit_is_named(d, e, "l2tpnoipsec");
}

/* A plugin line whose bundle is a near miss of L2TP.ppp ("l2tp.ppp",
 * "L2TP.pp", full-width letters or quotes around it). */
static int fix_l2tp_plugin_damaged(const struct doc *d, size_t e)
{
	char abuf[LEXER_MAXWORD + 1];
	const char *a = fix_edit_arg(d, e, abuf);
	const char *b = a ? fix_edit_basename(a) : "";
	size_t i, n = strlen(b);
	int hit;

	if (strcmp(b, "L2TP.ppp") == 0)
		return 0;
	if (n > 8) {      /* look-alikes in or around the name */
		struct buf fb = { 0 };
		catalog_fold(b, n, &fb);
		hit = fb.len == 8 && memcmp(fb.data, "L2TP.ppp", 8) == 0;
		buf_free(&fb);
		if (hit)
			return 1;
	}
	if (n < 6)
		return 0;
	for (i = 0; i + 4 <= n; i++)
		if (!strncmp(b + i, "L2TP", 4) || !strncmp(b + i, "l2tp", 4) ||
		    !strncmp(b + i, "L2tp", 4))
			return 1;
	return 0;
}

/* The entry's bytes with look-alikes folded are exactly one of the fix's
 * two lines. */
static int fix_l2tp_folds(const struct doc *d, const struct doc_entry *en)
{
	struct buf f = { 0 };
	char *s, *w1, *e1, *w2, *w3;
	size_t l1, l2;
	int hit = 0;

	catalog_fold(d->text.data + en->start, en->end - en->start, &f);
	s = f.data ? f.data : (char *)"";
	w1 = s + strspn(s, " \t\r\n");
	e1 = w1 + strcspn(w1, " \t\r\n");
	w2 = e1 + strspn(e1, " \t\r\n");
	w3 = w2 + strcspn(w2, " \t\r\n");
	w3 += strspn(w3, " \t\r\n");
	if (*w3 == '\0') {
		l1 = (size_t)(e1 - w1);
		l2 = strcspn(w2, " \t\r\n");
		hit = (l1 == 11 && !strncmp(w1, "l2tpnoipsec", 11) && l2 == 0) ||
		      (l1 == 6 && !strncmp(w1, "plugin", 6) && l2 == 8 &&
		       !strncmp(w2, "L2TP.ppp", 8));
	}
	buf_free(&f);
	return hit;
}

/* Damage to the words of one of the fix's lines ("//" aside). */
static int fix_l2tp_word_damage(const struct doc *d, size_t e, enum platform p)
{
	const struct catalog_entry *best[1];
	char nbuf[LEXER_MAXWORD + 1];
	size_t len;
	const char *name;

	if (d->entries[e].disabled)
		return 0;
	name = doc_word_cstr(d, d->entries[e].word, nbuf, &len);
	if (strcmp(name, "plugin") == 0)
		return fix_l2tp_plugin_damaged(d, e);
	/* Any name pppd knows is itself, not damage: l2tpnoipsec is known only
	 * after its plugin line, so ask for the name, not for what pppd would
	 * make of it at this point of the file. */
	if (catalog_find_any(name, p) || catalog_match(name, len, p))
		return 0;
	if (fix_l2tp_folds(d, &d->entries[e]))
		return 1;
	return catalog_suggest(name, len, p, best, 1) == 1 &&
	       strcmp(best[0]->name, "l2tpnoipsec") == 0;
}

int fix_l2tp_is_damaged(const struct doc *d, size_t e, enum platform p)
{
	const struct doc_entry *en = &d->entries[e];
	char nbuf[LEXER_MAXWORD + 1];
	const char *name;
	size_t len, k;

	if (en->disabled)
		return 0;
	name = doc_word_cstr(d, en->word, nbuf, &len);
	if (!(len >= 2 && name[0] == '/' && name[1] == '/'))
		return fix_l2tp_word_damage(d, e, p);
	/* "//" as a comment: the fix's to repair only on a line of its own */
	for (k = 0; k < d->nentries; k++)
		if (k != e && !d->entries[k].disabled && d->entries[k].line_last == en->line_first &&
		    (fix_l2tp_is_plugin(d, k) || fix_l2tp_is_noipsec(d, k) ||
		     fix_l2tp_word_damage(d, k, p)))
			return 1;
	return 0;
}

static int fix_l2tp_mine(const struct doc *d, size_t e)
{
	return fix_l2tp_is_plugin(d, e) || fix_l2tp_is_noipsec(d, e) ||
	       fix_l2tp_is_damaged(d, e, PLATFORM_MACOS);
}

/* ---- diagnosis ---- */

static int fix_exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

static void fix_l2tp_plugin_on_disk(const struct fix_env *env, struct fix_result *res)
{
	struct buf b = { 0 };

	if (env->plugin_path) {
		if (fix_exists(env->plugin_path)) {
			buf_printf(&b, _("Found at %s."), env->plugin_path);
			fix_add_step(res, FIX_PASS, N_("The L2TP plugin is installed"), b.data);
		} else {
			buf_printf(&b, _("Not found at %s: pppd would log that it could not load "
			           "the plugin, then refuse l2tpnoipsec."), env->plugin_path);
			fix_add_step(res, FIX_FAIL, N_("The L2TP plugin is installed"), b.data);
		}
		buf_free(&b);
		return;
	}
#ifdef __APPLE__
	if (fix_exists(FIX_PLUGIN_NEW))
		buf_printf(&b, _("Found at %s (macOS 11 and later)."), FIX_PLUGIN_NEW);
	else if (fix_exists(FIX_PLUGIN_OLD))
		buf_printf(&b, _("Found at %s (macOS 10.15 and earlier)."), FIX_PLUGIN_OLD);
	else
		buf_printf(&b, _("Neither %s (macOS 11 and later) nor %s (up to 10.15) exists. "
		                 "Without it the fix cannot work; this macOS may no longer ship "
		                 "L2TP."), FIX_PLUGIN_NEW, FIX_PLUGIN_OLD);
	fix_add_step(res, fix_exists(FIX_PLUGIN_NEW) || fix_exists(FIX_PLUGIN_OLD) ? FIX_PASS :
	             FIX_FAIL, N_("The L2TP plugin is installed"), b.data);
#else
	buf_printf(&b, _("Cannot be checked from this machine. On the Mac it lives at %s (macOS "
	                 "11 and later) or %s (up to 10.15); pppd puts the folder compiled into "
	                 "it before the bare name on both (from Apple's ppp sources; not tried "
	                 "on a Mac)."), FIX_PLUGIN_NEW, FIX_PLUGIN_OLD);
	fix_add_step(res, FIX_INFO, N_("The L2TP plugin is installed"), b.data);
#endif
	buf_free(&b);
}

/* /etc/ppp/postoptions (Apple only) is read after everything else. Nothing
 * in it can turn IPsec back on, but a word pppd refuses there stops every
 * connection just the same, so its presence is worth a look. */
static void fix_l2tp_postoptions(const struct fix_env *env, struct fix_result *res)
{
	struct buf b = { 0 };
	const char *post = env->postoptions_path ? env->postoptions_path : FIX_POSTOPTIONS;

#ifndef __APPLE__
	if (!env->postoptions_path) {
		buf_printf(&b, _("Cannot be checked from this machine: on the Mac, look at %s, "
		                 "which pppd reads after everything else."), FIX_POSTOPTIONS);
		fix_add_step(res, FIX_INFO, N_("Nothing overrides the file later"), b.data);
		buf_free(&b);
		return;
	}
#endif
	if (fix_exists(post)) {
		buf_printf(&b, _("%s exists and is read after everything else; nothing there can "
		           "turn IPsec back on, but a word pppd refuses there stops every "
		           "connection too: pppconf check %s"), post, post);
		fix_add_step(res, FIX_INFO, N_("Nothing overrides the file later"), b.data);
	} else {
		fix_add_step(res, FIX_PASS, N_("Nothing overrides the file later"), NULL);
	}
	buf_free(&b);
}

/* rep: the checks on the file with its facts (the same as pppconf check's). */
static void fix_l2tp_file(const struct fix_env *env, const struct check_report *rep,
                          int service, struct fix_result *res)
{
	struct buf b = { 0 };

	if (!env->file_exists) {
		buf_printf(&b, service ? _("%s does not exist yet; the fix creates it (owned by "
		                           "root, mode 0644); Apple's pppd reads nothing when it "
		                           "is missing.") :
		           _("%s does not exist yet; the fix creates it (owned by root, mode 0644)."),
		           env->path);
		fix_add_step(res, FIX_INFO, N_("The file exists"), b.data);
	} else {
		fix_add_step(res, FIX_PASS, N_("The file exists"), NULL);
	}
	buf_reset(&b);
	if (env->file && env->file->have_stat) {
		if (fix_file_risks(rep, &b)) {
			b.data[--b.len] = '\0';   /* the last line end */
			fix_add_step(res, FIX_FAIL, N_("Only root can change the file"), b.data);
		} else {
			fix_add_step(res, FIX_PASS, N_("Only root can change the file"), NULL);
		}
	}
	buf_free(&b);
}

static void fix_l2tp_damage(const struct doc *d, struct fix_result *res)
{
	struct buf b = { 0 };
	size_t e, damaged = 0;

	for (e = 0; e < d->nentries; e++)
		damaged += fix_l2tp_is_damaged(d, e, PLATFORM_MACOS);
	if (damaged) {
		buf_printf(&b, damaged == 1 ? _("%zu line looks like a damaged copy of the fix's "
		                                "lines (look-alike characters, a typo, or // used "
		                                "as a comment); the fix repairs it in place.") :
		           _("%zu lines look like a damaged copy of the fix's lines (look-alike "
		             "characters, a typo, or // used as a comment); the fix repairs them in "
		             "place."), damaged);
		fix_add_step(res, FIX_FAIL, N_("No copy-paste damage"), b.data);
	} else {
		fix_add_step(res, FIX_PASS, N_("No copy-paste damage"), NULL);
	}
	buf_free(&b);
}

/* The two lines: present, in order, once each, undamaged. */
static void fix_l2tp_steps(const struct doc *d, struct fix_result *res)
{
	size_t pl = fix_edit_first(d, fix_l2tp_is_plugin);
	size_t no = fix_edit_first(d, fix_l2tp_is_noipsec);
	size_t npl = fix_edit_count_if(d, fix_l2tp_is_plugin);
	size_t nno = fix_edit_count_if(d, fix_l2tp_is_noipsec);

	fix_add_step(res, pl != SIZE_MAX ? FIX_PASS : FIX_FAIL,
	             N_("'plugin L2TP.ppp' is in the file"),
	             pl != SIZE_MAX ? NULL : N_("Without it, pppd does not know l2tpnoipsec yet "
	             "when it reads this file."));
	fix_add_step(res, no != SIZE_MAX ? FIX_PASS : FIX_FAIL,
	             N_("'l2tpnoipsec' is in the file"),
	             no != SIZE_MAX ? NULL : N_("This is the option that turns IPsec off."));
	if (pl != SIZE_MAX && no != SIZE_MAX)
		fix_add_step(res, pl < no ? FIX_PASS : FIX_FAIL,
		             N_("'plugin L2TP.ppp' comes before 'l2tpnoipsec'"),
		             pl < no ? NULL : N_("pppd reads in order; before the plugin line, "
		             "l2tpnoipsec is an unknown word and every PPP connection fails."));
	fix_add_step(res, npl > 1 || nno > 1 ? FIX_FAIL : FIX_PASS,
	             N_("Each line appears once"),
	             npl > 1 || nno > 1 ? N_("Repeated lines (often from running an echo >> "
	             "command twice); the fix keeps one of each.") : NULL);
	fix_l2tp_damage(d, res);
}

void fix_l2tp_diagnose(const struct doc *d, const struct fix_env *env,
                       struct fix_result *res)
{
	struct check_report rep;

	if (env->platform != PLATFORM_MACOS) {
		fix_add_step(res, FIX_INFO, N_("This fix is for macOS"),
		             N_("\"IPSec shared secret missing\" is the Mac's alert for its own L2TP "
		             "plugin. On Linux, L2TP clients such as xl2tpd run pppd with their "
		             "own options file (for example /etc/ppp/options.xl2tpd) and use "
		             "IPsec only when an IPsec daemon (strongSwan, Libreswan) is set up "
		             "for the tunnel; without one the tunnel is plain L2TP already. To "
		             "prepare a Mac's file from here, use --platform macos."));
		return;
	}
	check_run(d, PLATFORM_MACOS, env->file, &rep);
	fix_l2tp_file(env, &rep, 0, res);
	fix_l2tp_steps(d, res);
	if (memchr(d->text.data ? d->text.data : "", '\r', d->text.len))
		fix_add_step(res, FIX_INFO, N_("Windows line ends (CRLF)"),
		             N_("pppd reads them as spaces, so they do no harm; the fix leaves "
		             "them and ends its own lines the same way."));
	fix_l2tp_plugin_on_disk(env, res);
	check_report_free(&rep);
	fix_diag_others(d, PLATFORM_MACOS, env->file, fix_l2tp_mine, res);
	fix_l2tp_postoptions(env, res);
	fix_diag_root(env, res);
}

void fix_l2tp_diagnose_service(const struct doc *d, const struct fix_env *env,
                               struct fix_result *res)
{
	struct check_report rep;
	struct buf b = { 0 };
	size_t no = fix_edit_first(d, fix_l2tp_is_noipsec);

	if (env->platform != PLATFORM_MACOS) {
		fix_l2tp_diagnose(d, env, res);
		return;
	}
	buf_printf(&b, _("PPPController ends the options it sends pppd with call \"%s\", so "
	           "pppd reads this file after it has loaded the L2TP plugin."),
	           env->service ? env->service : "");
	fix_add_step(res, FIX_INFO, N_("The file is the service's own"), b.data);
	check_run(d, PLATFORM_MACOS, env->file, &rep);
	fix_l2tp_file(env, &rep, 1, res);
	check_report_free(&rep);
	fix_add_step(res, no != SIZE_MAX ? FIX_PASS : FIX_FAIL, N_("'l2tpnoipsec' is in the file"),
	             no != SIZE_MAX ? NULL : N_("This is the option that turns IPsec off for "
	             "this VPN."));
	if (fix_edit_first(d, fix_l2tp_is_plugin) != SIZE_MAX)
		fix_add_step(res, FIX_INFO, N_("No plugin line is needed here"),
		             N_("PPPController has loaded the L2TP plugin before pppd reads this "
		             "file; what a second 'plugin L2TP.ppp' does then is not known. The "
		             "fix leaves the line as it is."));
	fix_l2tp_damage(d, res);
	fix_diag_others(d, PLATFORM_MACOS, env->file, fix_l2tp_mine, res);
	fix_diag_root(env, res);
	buf_free(&b);
}

void fix_l2tp_diagnose_undo(const struct doc *d, int service, struct fix_result *res)
{
	const char *ml[] = { FIX_MARK_ADDED, FIX_MARK_CREATED, FIX_MARK_ONE };
	const char *ms[] = { FIX_MARK_SERVICE, FIX_MARK_SERVICE_NEW };
	const char *const *marks = service ? ms : ml;
	size_t i, n = service ? 2 : 3, found = 0;
	size_t own = fix_edit_count_if(d, fix_l2tp_is_noipsec) +
	             (service ? 0 : fix_edit_count_if(d, fix_l2tp_is_plugin));

	for (i = 0; i < n; i++)
		found += fix_edit_find_line(d, marks[i]) != SIZE_MAX;
	if (found)
		fix_add_step(res, FIX_INFO, N_("The L2TP fix is in the file"),
		             N_("The undo removes the lines it added, under its comment."));
	else
		fix_add_step(res, FIX_PASS, N_("The L2TP fix is in the file"), own ?
		             N_("Nothing to undo: the L2TP lines here were not added by pppconf's "
		             "fix, so they stay.") : N_("Nothing to undo."));
}

/* ---- applying ---- */

/* Replaces entry e's bytes by `text`; for a "//" comment, its two slashes
 * by '#', keeping the words after them. */
static int fix_l2tp_repair(struct doc *d, size_t e)
{
	const struct doc_entry *en = &d->entries[e];
	char nbuf[LEXER_MAXWORD + 1];
	size_t len;
	const char *name = doc_word_cstr(d, en->word, nbuf, &len), *text;

	if (len >= 2 && name[0] == '/' && name[1] == '/')
		return doc_splice(d, d->words[en->word].start, 2, "#", 1);
	{
		struct buf f = { 0 };

		/* "plugin" itself, or its look-alike ("ｐｌｕｇｉｎ", glued by a
		 * no-break space) */
		catalog_fold(name, len, &f);
		text = f.len >= 6 && memcmp(f.data, "plugin", 6) == 0 ? "plugin L2TP.ppp" :
		       "l2tpnoipsec";
		buf_free(&f);
	}
	return doc_splice(d, en->start, en->end - en->start, text, strlen(text));
}

/* Repairs every damaged copy of the fix's lines where it stands. */
static void fix_l2tp_repair_all(struct doc *d)
{
	size_t e, guard = 0;

	for (e = 0; e < d->nentries && guard < 1000; e++)
		if (fix_l2tp_is_damaged(d, e, PLATFORM_MACOS) && fix_l2tp_repair(d, e) == 0) {
			e = SIZE_MAX;     /* reparsed: look again from the start */
			guard++;
		}
}

/* l2tpnoipsec lines before the first plugin line are unknown words to
 * pppd: they go, and the fix writes its own after the plugin line. */
static void fix_l2tp_order(struct doc *d)
{
	size_t pl = fix_edit_first(d, fix_l2tp_is_plugin), no;

	if (pl == SIZE_MAX) {
		fix_edit_delete_all(d, fix_l2tp_is_noipsec, 0);
		return;
	}
	for (no = 0; no < pl; no++)
		if (fix_l2tp_is_noipsec(d, no) && doc_delete(d, no) == 0) {
			pl = fix_edit_first(d, fix_l2tp_is_plugin);
			no = SIZE_MAX;
		}
}

int fix_l2tp_apply(struct doc *d, const struct fix_env *env, struct buf *msg)
{
	struct buf old = { 0 };
	size_t pl, no, depth = d->nundo, before = d->text.len;
	int changed;

	if (env->platform != PLATFORM_MACOS) {
		buf_adds(msg, _("This fix is for macOS; on Linux there is nothing to change "
		         "(use --platform macos to prepare a Mac's file)."));
		return -1;
	}
	buf_add(&old, d->text.data ? d->text.data : "", d->text.len);
	doc_group_begin(d);
	fix_l2tp_repair_all(d);
	fix_edit_delete_all(d, fix_l2tp_is_plugin, 1);
	fix_l2tp_order(d);
	fix_edit_delete_all(d, fix_l2tp_is_noipsec, 1);
	pl = fix_edit_first(d, fix_l2tp_is_plugin);
	no = fix_edit_first(d, fix_l2tp_is_noipsec);
	if (pl == SIZE_MAX) {
		const char *lines[3] = { NULL, "plugin L2TP.ppp", "l2tpnoipsec" };

		lines[0] = env->file_exists || before ? FIX_MARK_ADDED : FIX_MARK_CREATED;
		fix_edit_append(d, lines, 3);
	} else if (no == SIZE_MAX) {
		struct buf ins = { 0 };
		size_t at = d->entries[pl].line_last + 1;

		/* under the plugin line: the comment, then l2tpnoipsec */
		buf_printf(&ins, "%s%s%s%s", FIX_MARK_ONE, d->eol, "l2tpnoipsec", d->eol);
		if (at >= d->nlines)
			fix_edit_append(d, (const char *const[]){ FIX_MARK_ONE, "l2tpnoipsec" }, 2);
		else
			doc_splice(d, d->lines[at].off, 0, ins.data, ins.len);
		buf_free(&ins);
	}
	doc_group_end(d);
	changed = fix_edit_changed(d, depth, &old);
	if (!changed)
		buf_adds(msg, _("The L2TP fix is already in place; nothing to change."));
	else
		buf_adds(msg, _("The file now loads the L2TP plugin ('plugin L2TP.ppp') and then "
		         "turns IPsec off ('l2tpnoipsec'): L2TP VPNs on this Mac connect without "
		         "IPsec, and their traffic is not encrypted by IPsec."));
	buf_free(&old);
	return changed;
}

int fix_l2tp_apply_service(struct doc *d, const struct fix_env *env, struct buf *msg)
{
	struct buf old = { 0 };
	size_t depth = d->nundo, before = d->text.len;
	int changed;

	if (env->platform != PLATFORM_MACOS)
		return fix_l2tp_apply(d, env, msg);
	buf_add(&old, d->text.data ? d->text.data : "", d->text.len);
	doc_group_begin(d);
	fix_l2tp_repair_all(d);
	fix_edit_delete_all(d, fix_l2tp_is_noipsec, 1);
	if (fix_edit_first(d, fix_l2tp_is_noipsec) == SIZE_MAX) {
		const char *lines[2] = { NULL, "l2tpnoipsec" };

		lines[0] = env->file_exists || before ? FIX_MARK_SERVICE : FIX_MARK_SERVICE_NEW;
		fix_edit_append(d, lines, 2);
	}
	doc_group_end(d);
	changed = fix_edit_changed(d, depth, &old);
	if (!changed)
		buf_adds(msg, _("This VPN's file already turns IPsec off; nothing to change."));
	else
		buf_printf(msg, _("pppd reads 'l2tpnoipsec' for the VPN \"%s\" once its L2TP plugin "
		           "is loaded: that VPN connects without IPsec, and its traffic is not "
		           "encrypted by IPsec. Other VPNs are unchanged."),
		           env->service ? env->service : "");
	buf_free(&old);
	return changed;
}

int fix_l2tp_undo(struct doc *d, int service, struct buf *msg)
{
	int changed = 0, created = fix_created_file(d);
	size_t left;

	doc_group_begin(d);
	if (service) {
		changed |= fix_edit_remove_block(d, FIX_MARK_SERVICE, fix_l2tp_lines + 1, 1);
		changed |= fix_edit_remove_block(d, FIX_MARK_SERVICE_NEW, fix_l2tp_lines + 1, 1);
	} else {
		while (fix_edit_remove_block(d, FIX_MARK_ADDED, fix_l2tp_lines, 2) ||
		       fix_edit_remove_block(d, FIX_MARK_CREATED, fix_l2tp_lines, 2) ||
		       fix_edit_remove_block(d, FIX_MARK_ONE, fix_l2tp_lines + 1, 1))
			changed = 1;
	}
	doc_group_end(d);
	left = fix_edit_count_if(d, fix_l2tp_is_noipsec);
	if (!changed && left)
		buf_adds(msg, _("The 'l2tpnoipsec' line here was not added by pppconf's L2TP fix "
		         "(its comment line is missing), so it stays: IPsec stays off until you "
		         "remove it (pppconf unset l2tpnoipsec)."));
	else if (!changed)
		buf_adds(msg, _("The L2TP fix is not in the file; nothing to undo."));
	else if (d->text.len == 0 && created)
		buf_adds(msg, _("Removed the fix. pppconf had created the file for it, so the "
		         "file is removed again (its last version is kept as its backup, "
		         "beside it)."));
	else if (d->text.len == 0)
		buf_adds(msg, _("Removed the fix. The file is now empty, as it was before the fix."));
	else if (left)
		buf_adds(msg, _("Removed what the fix had added. An 'l2tpnoipsec' line that was "
		         "in the file before stays, so IPsec stays off until you remove it "
		         "(pppconf unset l2tpnoipsec)."));
	else
		buf_adds(msg, _("Removed the fix; the rest of the file is unchanged."));
	return changed;
}

int fix_created_file(const struct doc *d)
{
	return fix_edit_find_line(d, FIX_MARK_CREATED) != SIZE_MAX ||
	       fix_edit_find_line(d, FIX_MARK_SERVICE_NEW) != SIZE_MAX;
}
