/* cli_doctor.c - `pppconf doctor`: the checklist of what to fix, as text or JSON. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "cli/cli_edit.h"
#include "cli/cli_json.h"
#include "fix/fix.h"
#include "pppd/secrets.h"

/* The checklist being written: each item is printed as it is found (text)
 * or added to the object's "items" (JSON). */
struct cli_doctor {
	const struct cli_opts *o;
	struct cli_json j;
	size_t fails;
	const char *section;
};

/* One item: state "ok", "fix" (counts as something to fix), "warn" or
 * "info"; detail (NULL for none) may have several lines. The label is
 * English (a literal marked N_()), shown translated; JSON keeps it as it is. */
static void cli_doctor_item(struct cli_doctor *dr, const char *state, const char *label,
                            const char *detail)
{
	static const struct { const char *state, *mark; } marks[] = {
		{ "ok", "[ok]  " }, { "fix", "[FIX] " }, { "warn", "[warn]" }, { "info", "[info]" },
	};
	size_t i;

	dr->fails += strcmp(state, "fix") == 0;
	if (dr->o->json) {
		cli_json_open(&dr->j, NULL, '{');
		cli_json_str(&dr->j, "section", dr->section);
		cli_json_str(&dr->j, "state", state);
		cli_json_str(&dr->j, "label", label);
		cli_json_str(&dr->j, "detail", detail);
		cli_json_close(&dr->j);
		return;
	}
	for (i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strcmp(marks[i].state, state) == 0)
			printf("  %s %s\n", marks[i].mark, _(label));
	while (detail && *detail) {
		size_t n = strcspn(detail, "\n");
		printf("         %.*s\n", (int)n, detail);
		detail += n + (detail[n] == '\n');
	}
}

/* A heading between the sections (text only). */
static void cli_doctor_heading(struct cli_doctor *dr, const char *section, const char *text)
{
	dr->section = section;
	if (!dr->o->json && text)
		printf("\n%s%s", *text ? _(text) : "", *text ? "\n" : "");
}

/* Temporary files a killed save left behind: listed, and removed with --yes. */
static void cli_doctor_stale(struct cli_doctor *dr, struct cli_edit *ed)
{
	struct buf stale = { 0 }, msg = { 0 }, err = { 0 }, label = { 0 };
	struct session w;
	size_t n = safewrite_stale_list(&ed->s.file, &stale);
	const char *state = "fix";

	if (n == 0) {
		buf_free(&stale);
		return;
	}
	if (n == 1)
		buf_adds(&label, _("1 temporary file left by an interrupted save (pppd never reads "
		                   "it):"));
	else
		buf_printf(&label, _("%zu temporary files left by an interrupted save (pppd never "
		                     "reads them):"), n);
	if (!dr->o->yes) {
		buf_printf(&stale, n == 1 ? _("pppconf doctor --yes %s removes it") :
		           _("pppconf doctor --yes %s removes them"), ed->s.path);
	} else if (session_open(&w, ed->s.path, ed->s.platform, 0, &err) < 0) {
		/* removing needs the file writable and locked, as a save would */
		buf_printf(&stale, _("cannot remove: %s"), err.data);
	} else {
		int removed = safewrite_stale_remove(&w.file, &msg);
		buf_adds(&stale, removed < 0 ? msg.data : _("removed"));
		if (removed >= 0)
			state = "ok";
		session_close(&w);
	}
	cli_doctor_item(dr, state, label.data, stale.data);
	buf_free(&stale);
	buf_free(&msg);
	buf_free(&err);
	buf_free(&label);
}

/* Who can change the file, judged from the same facts and findings as
 * pppconf check's. */
static void cli_doctor_owner(struct cli_doctor *dr, const struct session *s)
{
	struct buf risks = { 0 }, label = { 0 };

	if (!s->facts.exists) {
		cli_doctor_item(dr, "info", N_("The file does not exist: pppd (run as root) uses "
		                "its defaults."), NULL);
		return;
	}
	if (fix_file_risks(&s->report, &risks) == 0) {
		cli_doctor_item(dr, "ok", N_("The file exists and only root can change it"), NULL);
		return;
	}
	buf_printf(&label, _("Only root should be able to change it (owner uid %ld, mode %04o; "
	           "folder mode %04o)"), (long)s->facts.uid, (unsigned)s->facts.mode,
	           (unsigned)s->facts.dir_mode);
	cli_doctor_item(dr, "fix", label.data, risks.data);
	buf_free(&risks);
	buf_free(&label);
}

/* The findings of one severity, "line N: message" a line. */
static void cli_doctor_lines(const struct check_report *rep, enum check_severity sev,
                             int files_too, struct buf *out)
{
	size_t i;

	for (i = 0; i < rep->n; i++)
		if (check_finding_severity(&rep->items[i]) == sev &&
		    (files_too || !session_file_risk(&rep->items[i])))
			buf_printf(out, _("%sline %zu: %s"), out->len ? "\n" : "",
			           (size_t)rep->items[i].line, check_message(rep, &rep->items[i]));
}

/* Errors stop pppd: something to fix. Warnings are worth reading but often
 * chosen on purpose (noauth on a dial-out, l2tpnoipsec itself), so they are
 * listed without failing the checklist, unless --strict; those about who
 * can change the file were said above. */
static void cli_doctor_findings(struct cli_doctor *dr, const struct session *s)
{
	const struct check_report *rep = &s->report;
	struct buf lines = { 0 }, label = { 0 };
	size_t i, warnings = 0;

	if (rep->count[CHECK_ERROR] == 0) {
		cli_doctor_item(dr, "ok", N_("pppd will accept every line"), NULL);
	} else {
		buf_printf(&label, rep->count[CHECK_ERROR] == 1 ?
		           _("%zu error: pppd would refuse the file (pppconf check %s):") :
		           _("%zu errors: pppd would refuse the file (pppconf check %s):"),
		           rep->count[CHECK_ERROR], s->path);
		cli_doctor_lines(rep, CHECK_ERROR, 1, &lines);
		cli_doctor_item(dr, "fix", label.data, lines.data);
	}
	for (i = 0; i < rep->n; i++)
		warnings += check_finding_severity(&rep->items[i]) == CHECK_WARNING &&
		            !session_file_risk(&rep->items[i]);
	if (warnings) {
		buf_reset(&label);
		buf_reset(&lines);
		if (dr->o->strict)
			buf_printf(&label, warnings == 1 ?
			           _("%zu warning, worth reading (--strict: counted as something to fix):") :
			           _("%zu warnings, worth reading (--strict: counted as something to fix):"),
			           warnings);
		else
			buf_printf(&label, warnings == 1 ?
			           _("%zu warning, worth reading (not counted as something to fix):") :
			           _("%zu warnings, worth reading (not counted as something to fix):"),
			           warnings);
		cli_doctor_lines(rep, CHECK_WARNING, 0, &lines);
		cli_doctor_item(dr, dr->o->strict ? "fix" : "warn", label.data, lines.data);
	}
	buf_free(&lines);
	buf_free(&label);
}

/* The L2TP fix matters only to those who chose it: judged when any part of
 * it is in the file, mentioned otherwise. */
static void cli_doctor_l2tp(struct cli_doctor *dr, const struct session *s)
{
	static const char *const states[] = { "ok", "fix", "info" };
	struct fix_env env;
	struct fix_result res;
	size_t n, i;
	int l2tp = doc_find(&s->doc, "l2tpnoipsec", 0) != SIZE_MAX ||
	           strstr(session_saved(s, &n), "L2TP.ppp") != NULL;

	if (s->platform != PLATFORM_MACOS)
		return;
	if (!l2tp) {
		cli_doctor_heading(dr, "l2tp", "");
		cli_doctor_item(dr, "info", N_("L2TP without IPsec is not set up: only needed when "
		                "an L2TP VPN says \"IPSec shared secret missing\" and the server "
		                "has no IPsec"), "pppconf fix l2tp-noipsec");
		return;
	}
	fix_env_init(&env, s);
	fix_diagnose(fix_find("l2tp-noipsec"), &s->doc, &env, &res);
	cli_doctor_heading(dr, "l2tp", N_("L2TP without IPsec (pppconf fix l2tp-noipsec):"));
	for (i = 0; i < res.n; i++)
		cli_doctor_item(dr, states[res.steps[i].state], res.steps[i].label,
		                res.steps[i].state != FIX_PASS ? res.steps[i].detail : NULL);
	fix_result_free(&res);
}

/* One secrets file: others' access from its mode (known without reading
 * it), then what pppd would skip or refuse in it, when this user may read
 * it (check reads it as a secrets file: check_secrets.c). */
static void cli_doctor_secret_file(struct cli_doctor *dr, const char *path, enum platform p)
{
	struct session f;
	struct buf label = { 0 }, lines = { 0 }, err = { 0 };
	struct stat st;
	size_t i;

	if (stat(path, &st) != 0)
		return;
	if (st.st_mode & 077) {
		buf_printf(&label, _("Users other than its owner can read or change %s (mode %04o)"),
		           path, (unsigned)(st.st_mode & 07777));
		buf_printf(&lines, "sudo chmod 600 %s", path);
		cli_doctor_item(dr, "fix", label.data, lines.data);
		buf_reset(&label);
		buf_reset(&lines);
	}
	if (access(path, R_OK) != 0) {
		buf_printf(&label, _("%s: only its owner may read it; run pppconf doctor as root to "
		           "check its lines"), path);
		cli_doctor_item(dr, "info", label.data, NULL);
	} else if (session_open(&f, path, p, SAFEWRITE_READONLY | SAFEWRITE_NOLOCK, &err) == 0) {
		for (i = 0; i < f.report.n; i++) {
			const struct check_finding *x = &f.report.items[i];

			if (check_finding_severity(x) == CHECK_WARNING && x->line > 0)
				buf_printf(&lines, _("%sline %zu: %s"), lines.len ? "\n" : "",
				           (size_t)x->line, check_message(&f.report, x));
		}
		if (lines.len) {
			buf_printf(&label, _("%s: lines pppd would skip or options it would refuse "
			           "(pppconf check %s):"), path, path);
			cli_doctor_item(dr, "warn", label.data, lines.data);
		} else if (!(st.st_mode & 077)) {
			buf_printf(&label, _("%s: only its owner can read it, and pppd would take "
			           "every line"), path);
			cli_doctor_item(dr, "ok", label.data, NULL);
		}
		session_close(&f);
	}
	buf_free(&label);
	buf_free(&lines);
	buf_free(&err);
}

/* The secrets files beside an options file named "options" (/etc/ppp's
 * pap-secrets and chap-secrets): passwords others can read are the commonest
 * hole in a PPP set-up. */
static void cli_doctor_secrets(struct cli_doctor *dr, const struct session *s)
{
	static const char *const names[] = { "pap-secrets", "chap-secrets" };
	const char *slash = s->path ? strrchr(s->path, '/') : NULL;
	const char *base = slash ? slash + 1 : s->path;
	struct buf path = { 0 };
	size_t i;

	if (!base || strcmp(base, "options") != 0)
		return;
	cli_doctor_heading(dr, "secrets", "");
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		buf_reset(&path);
		buf_printf(&path, "%.*s%s", slash ? (int)(slash - s->path + 1) : 0, s->path, names[i]);
		cli_doctor_secret_file(dr, path.data, s->platform);
	}
	buf_free(&path);
}

int cli_doctor(const struct cli_opts *o, int argc, char **argv)
{
	struct cli_doctor dr;
	struct cli_edit ed;
	int rc;

	memset(&dr, 0, sizeof dr);
	dr.o = o;
	if (argc > 2) {
		cli_json_error("usage: pppconf doctor [--strict] [FILE]");
		return CLI_FAIL;
	}
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, 1),
	                  SAFEWRITE_READONLY | SAFEWRITE_NOLOCK, 0) < 0)
		return CLI_FAIL;
	if (o->json) {
		cli_json_begin(&dr.j, "doctor");
		cli_json_str(&dr.j, "file", ed.s.path);
		cli_json_str(&dr.j, "platform", platform_name(ed.s.platform));
		cli_json_open(&dr.j, "items", '[');
	} else {
		if (ed.s.platform == PLATFORM_LINUX && o->pppd_version)
			printf(_("pppconf doctor: %s (%s pppd %s)\n\n"), ed.s.path,
			       platform_display(ed.s.platform), o->pppd_version);
		else
			printf(_("pppconf doctor: %s (%s pppd)\n\n"), ed.s.path,
			       platform_display(ed.s.platform));
	}
	dr.section = "file";
	cli_doctor_owner(&dr, &ed.s);
	cli_doctor_stale(&dr, &ed);
	dr.section = "findings";
	cli_doctor_findings(&dr, &ed.s);
	cli_doctor_l2tp(&dr, &ed.s);
	cli_doctor_secrets(&dr, &ed.s);
	/* -d is debug's other name (linux-ppp-2.5.3/pppd/options.c:222) */
	if (doc_find(&ed.s.doc, "debug", 0) != SIZE_MAX || doc_find(&ed.s.doc, "-d", 0) != SIZE_MAX) {
		cli_doctor_heading(&dr, "logging", "");
		/* the undo takes away only the lines under the fix's own comment
		 * (fix_link.c, FIX_LINK_LOG): a debug line of the user's stays */
		cli_doctor_item(&dr, "info", N_("Verbose logging (debug) is on. pppconf fix "
		                "debug-log-undo turns it off when pppconf's debug-log fix added "
		                "it; a 'debug' or '-d' line of your own stays until you remove it."), NULL);
	}
	rc = dr.fails ? CLI_FOUND : CLI_OK;
	if (o->json) {
		cli_json_close(&dr.j);
		cli_json_int(&dr.j, "to_fix", (long long)dr.fails);
		cli_json_end(&dr.j, rc, NULL);
	} else {
		printf("\n%s\n", dr.fails ? _("Something to fix: see [FIX] above.") : _("All good."));
	}
	cli_edit_close(&ed);
	return rc;
}
