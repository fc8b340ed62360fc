/* appfix.c - the "Fix a problem" screen's actions: from what happened (a symptom, the log, a pasted message) to what it means, then the guided fix on the options file or on one VPN's file. */
#include "editor/app.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/diff.h"
#include "why/why.h"

/* The symptoms users arrive with, each the why table's row that explains
 * it (its cause, what to check, its fix). */
static const struct {
	const char *label, *entry;
	unsigned platforms;
} appfix_symptoms[] = {
	{ N_("\"IPSec shared secret missing\" (an L2TP VPN on a Mac)"), "l2tp-no-secret",
	  PLATFORM_MACOS },
	{ N_("The link comes up, then drops"), "echo-timeout", PLATFORM_BOTH },
	{ N_("Connected, but names do not resolve (no DNS)"), "no-dns", PLATFORM_BOTH },
	{ N_("The other end does not answer"), "lcp-timeout", PLATFORM_BOTH },
	{ N_("Connected, but traffic does not go over the link"), "default-route-kept",
	  PLATFORM_LINUX },
	{ N_("PPPoE: large transfers stall"), "pppoe-mtu", PLATFORM_LINUX },
};

size_t appfix_rows(enum platform p, struct appfix_row *out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < sizeof appfix_symptoms / sizeof appfix_symptoms[0] && n < max; i++)
		if (appfix_symptoms[i].platforms & p) {
			out[n].kind = APPFIX_ROW_SYMPTOM;
			out[n].label = appfix_symptoms[i].label;
			out[n++].entry = appfix_symptoms[i].entry;
		}
	if (n + 3 > max)
		return n;
	out[n].kind = APPFIX_ROW_LOG;
	out[n].label = N_("Read the log: what the last connection ran into");
	out[n++].entry = NULL;
	out[n].kind = APPFIX_ROW_TYPE;
	out[n].label = N_("Type or paste the message you saw");
	out[n++].entry = NULL;
	out[n].kind = APPFIX_ROW_ALL;
	out[n].label = N_("All the guided fixes");
	out[n++].entry = NULL;
	return n;
}

static void appfix_close_peers(struct appfix *t)
{
	if (t->have_peers)
		session_close(&t->peers);
	t->have_peers = 0;
}

void appfix_free(struct appfix *t)
{
	appfix_close_peers(t);
	field_free(&t->text);
	buf_free(&t->heading);
	buf_free(&t->said);
	buf_free(&t->services);
	buf_free(&t->service);
	buf_free(&t->diff);
}

unsigned app_fix_begin(struct app *a)
{
	fix_flow_begin(&a->fix, a->s.platform);
	appfix_close_peers(&a->trouble);
	a->trouble.stage = APPFIX_WHAT;
	a->trouble.sel = 0;
	return app_set_mode(a, APP_FIX);
}

/* ---- what it means ---- */

static unsigned appfix_explain(struct app *a, const struct why_entry *e)
{
	a->trouble.entry = e;
	a->trouble.stage = APPFIX_EXPLAIN;
	a->trouble.top = 0;
	return APP_REDRAW;
}

/* The last attempt in pppd's log, where the platform keeps it. */
static unsigned appfix_read_log(struct app *a)
{
	struct appfix *t = &a->trouble;
	struct why_source_env env;
	struct why_log log;
	struct why_result r;
	struct buf name = { 0 }, tried = { 0 };
	const struct why_entry *e = NULL;

	memset(&log, 0, sizeof log);
	memset(&r, 0, sizeof r);
	env.platform = a->s.platform;
	env.root = getenv("PPPCONF_WHY_ROOT");
	buf_reset(&t->heading);
	buf_reset(&t->said);
	buf_adds(&t->heading, N_("What the log says"));
	if (why_source_default(&env, &log, &name, &tried) < 0) {
		buf_printf(&t->said, _("pppconf found no line of pppd to read:\n%s"
		           "Turn on verbose logging (the debug-log fix), connect again, then "
		           "come back here."), tried.data ? tried.data : "");
	} else {
		why_explain_log(&log, &r);
		if (r.n)
			buf_printf(&t->said, _("Read from %s: the last attempt, lines %zu-%zu."),
			           name.data, log.lines[r.lines[0]].lineno,
			           log.lines[r.lines[r.n - 1]].lineno);
		if (r.cause && r.cause_hit != SIZE_MAX) {
			const struct why_log_line *ln = &log.lines[r.hits[r.cause_hit].line];

			buf_printf(&t->said, _(" The line that explains it:\n  %.*s"),
			           (int)(ln->len > 200 ? 200 : ln->len), log.text.data + ln->off);
		} else if (!r.cause) {
			buf_adds(&t->said, _(" Nothing in it is a failure pppconf knows; the whole "
			         "log with verbose logging (the debug-log fix) may say more."));
		}
		e = r.cause;
	}
	why_explain_free(&r);
	why_log_free(&log);
	buf_free(&name);
	buf_free(&tried);
	return appfix_explain(a, e);
}

/* What was typed or pasted: a line of pppd's log, or an alert's text. */
static unsigned appfix_read_text(struct app *a)
{
	struct appfix *t = &a->trouble;
	const char *text = field_text(&t->text), *lang = NULL;
	enum why_alert_how how;
	const struct why_alert *al;
	struct why_log log;
	struct why_result r;
	const struct why_entry *e = NULL;

	memset(&log, 0, sizeof log);
	memset(&r, 0, sizeof r);
	buf_reset(&t->heading);
	buf_reset(&t->said);
	buf_adds(&t->heading, N_("The message"));
	why_log_load(&log, text, t->text.text.len, 1);
	why_explain_log(&log, &r);
	if (r.cause) {
		e = r.cause;
		buf_adds(&t->said, _("A line pppd logs."));
	} else if ((al = why_alert_find(text, &lang, &how)) != NULL) {
		e = why_table_find(al->entry);
		if (strcmp(lang, "en") == 0)
			buf_printf(&t->said, _("The Mac's alert for \"%s\"."), al->key);
		else
			buf_printf(&t->said, _("The Mac's alert for \"%s\", in Simplified Chinese; in "
			           "English: \"%s\""), al->key, al->en);
	} else {
		buf_adds(&t->said, _("pppconf does not know this text: it is no alert of the Mac's "
		         "PPP or VPN connections, nor a line pppd logs that pppconf knows. Reading "
		         "the log (r on the list before) may say more."));
	}
	why_explain_free(&r);
	why_log_free(&log);
	return appfix_explain(a, e);
}

unsigned app_fix_what(struct app *a, size_t row)
{
	struct appfix_row rows[16];
	size_t n = appfix_rows(a->s.platform, rows, 16);

	if (row >= n)
		return APP_BELL;
	a->trouble.sel = row;
	switch (rows[row].kind) {
	case APPFIX_ROW_SYMPTOM:
		buf_reset(&a->trouble.heading);
		buf_reset(&a->trouble.said);
		buf_adds(&a->trouble.heading, rows[row].label);
		return appfix_explain(a, why_table_find(rows[row].entry));
	case APPFIX_ROW_LOG:
		return appfix_read_log(a);
	case APPFIX_ROW_TYPE:
		field_set(&a->trouble.text, "", 0);
		a->trouble.typing_service = 0;
		a->trouble.stage = APPFIX_TYPE;
		return APP_REDRAW;
	case APPFIX_ROW_ALL:
		break;
	}
	fix_flow_begin(&a->fix, a->s.platform);
	a->trouble.stage = APPFIX_FLOW;
	return APP_REDRAW;
}

/* The index in fix_at() of the explanation's fix, or SIZE_MAX. */
size_t app_fix_explained_fix(const struct app *a)
{
	const struct why_entry *e = a->trouble.entry;
	size_t i;

	for (i = 0; e && e->fix && i < fix_count(); i++)
		if (strcmp(fix_at(i)->name, e->fix) == 0)
			return i;
	return SIZE_MAX;
}

/* ---- the fix ---- */

static unsigned appfix_to_services(struct app *a)
{
	a->trouble.nservices = fix_service_names(&a->trouble.services);
	a->trouble.sel = 0;
	a->trouble.stage = APPFIX_SERVICE;
	return APP_REDRAW;
}

unsigned app_fix_choose(struct app *a)
{
	struct fix_env env;

	if (a->fix.n == 0)
		return APP_BELL;
	a->trouble.stage = APPFIX_FLOW;
	if (!fix_flow_start(&a->fix))
		return APP_REDRAW;          /* its question first */
	if (a->fix.r->per_service)
		return appfix_to_services(a);
	fix_env_init(&env, &a->s);
	fix_flow_diagnose(&a->fix, &a->s.doc, &env);
	return APP_REDRAW;
}

unsigned app_fix_explained(struct app *a)
{
	size_t i = app_fix_explained_fix(a);

	fix_flow_begin(&a->fix, a->s.platform);
	if (i == SIZE_MAX || !fix_flow_select(&a->fix, i)) {
		app_say(a, APP_INFO, i == SIZE_MAX ? _("No guided fix for this: see what to check.") :
		        _("That fix is for another platform's pppd (pppconf --platform)."));
		return APP_REDRAW | APP_BELL;
	}
	return app_fix_choose(a);
}

unsigned app_fix_answer(struct app *a, int yes)
{
	struct fix_env env;

	if (yes && a->fix.r && a->fix.r->per_service)
		return appfix_to_services(a);
	fix_env_init(&env, &a->s);
	fix_flow_answer(&a->fix, yes, &a->s.doc, &env);
	return APP_REDRAW;
}

/* The environment of a per-service fix: the VPN's file and name. */
static void appfix_peers_env(struct app *a, struct fix_env *env)
{
	fix_env_init(env, &a->trouble.peers);
	env->service = a->trouble.service.data;
}

/* Opens the VPN's file for the fix and diagnoses it. */
static unsigned appfix_open_service(struct app *a, const char *name)
{
	struct appfix *t = &a->trouble;
	struct buf path = { 0 }, why = { 0 };
	struct fix_env env;
	unsigned flags = a->s.flags & (SAFEWRITE_READONLY | SAFEWRITE_NOLOCK);

	appfix_close_peers(t);
	if (fix_service_path(name, &path, &why) < 0 ||
	    session_open(&t->peers, path.data, a->s.platform, flags, &why) < 0) {
		app_say(a, APP_BAD, "%s", why.data ? why.data : _("That name cannot be used."));
		buf_free(&path);
		buf_free(&why);
		return APP_REDRAW | APP_BELL;
	}
	t->have_peers = 1;
	/* PPPController loads the VPN's plugin before `call` reads this file */
	t->peers.cfile.loaded = "L2TP.ppp";
	session_recheck(&t->peers);
	buf_reset(&t->service);
	buf_adds(&t->service, name);
	appfix_peers_env(a, &env);
	fix_flow_diagnose(&a->fix, &t->peers.doc, &env);
	t->stage = APPFIX_FLOW;
	buf_free(&path);
	buf_free(&why);
	return APP_REDRAW;
}

unsigned app_fix_service(struct app *a, size_t row)
{
	struct appfix *t = &a->trouble;
	size_t i, k = 0;

	if (row > t->nservices)
		return APP_BELL;
	if (row == t->nservices) {
		field_set(&t->text, "", 0);
		t->typing_service = 1;
		t->stage = APPFIX_TYPE;
		return APP_REDRAW;
	}
	for (i = 0; i < t->services.len; i += strlen(t->services.data + i) + 1)
		if (k++ == row)
			return appfix_open_service(a, t->services.data + i);
	return APP_BELL;
}

unsigned app_fix_typed(struct app *a, int accept)
{
	struct appfix *t = &a->trouble;

	if (!accept) {
		t->stage = t->typing_service ? APPFIX_SERVICE : APPFIX_WHAT;
		return APP_REDRAW;
	}
	if (t->text.text.len == 0) {
		app_say(a, APP_INFO, t->typing_service ? _("Type the VPN's name as the Mac shows it.") :
		        _("Type or paste the message, then Enter."));
		return APP_REDRAW | APP_BELL;
	}
	if (t->typing_service)
		return appfix_open_service(a, field_text(&t->text));
	return appfix_read_text(a);
}

unsigned app_fix_apply(struct app *a)
{
	struct appfix *t = &a->trouble;
	struct fix_env env;
	size_t olen, nlen;
	const char *old, *now;
	unsigned r;

	if (!a->fix.r)
		return APP_BELL;
	if (!a->fix.r->per_service) {
		fix_env_init(&env, &a->s);
		if (fix_flow_apply(&a->fix, &a->s.doc, &env) != 1)
			return APP_REDRAW | APP_BELL;    /* the note says why */
		app_edited(a, SIZE_MAX);
		r = app_diff_begin(a);
		a->diff.from_fix = 1;
		app_say(a, APP_INFO, _("Applied as one step (u undoes it); y writes it."));
		return r;
	}
	if (!t->have_peers)
		return APP_BELL;
	appfix_peers_env(a, &env);
	if (fix_flow_apply(&a->fix, &t->peers.doc, &env) != 1)
		return APP_REDRAW | APP_BELL;
	session_recheck(&t->peers);
	old = session_saved(&t->peers, &olen);
	now = doc_bytes(&t->peers.doc, &nlen);
	buf_reset(&t->diff);
	diff_unified(old, olen, now, nlen, t->peers.path, t->peers.path, 3, &t->diff);
	t->stage = APPFIX_REVIEW;
	t->top = 0;
	app_say(a, APP_INFO, _("y writes %s; q goes back without writing."), t->peers.path);
	return APP_REDRAW;
}

/* y on the per-service fix's diff: the VPN's file is written the way every
 * file is (safewrite: temporary file, sync, rename, backup). */
unsigned app_fix_write(struct app *a)
{
	struct appfix *t = &a->trouble;
	struct buf msg = { 0 };
	enum safewrite_status st;

	if (!t->have_peers)
		return APP_BELL;
	if (t->peers.file.read_only) {
		app_say(a, APP_WARN, _("Read-only: nothing written (%s). sudo pppconf writes it."),
		        t->peers.file.read_only_why[0] ? t->peers.file.read_only_why :
		        _("not writable"));
		return APP_REDRAW | APP_BELL;
	}
	st = session_save(&t->peers, t->peers.file.stamp.exists ? 0 : SAFEWRITE_MKDIR, &msg);
	if (st == SAFEWRITE_OK || st == SAFEWRITE_UNCHANGED) {
		buf_reset(&a->written);
		buf_add(&a->written, msg.data ? msg.data : "", msg.len);
		app_say(a, APP_GOOD, "%s", a->written.data);
		a->fix.stage = FIX_FLOW_AFTER;
		a->fix.top = 0;
		t->stage = APPFIX_FLOW;
	} else {
		app_say(a, APP_BAD, _("Nothing was written. %s"), msg.data ? msg.data : "");
	}
	buf_free(&msg);
	return APP_REDRAW;
}

unsigned app_fix_back(struct app *a)
{
	struct appfix *t = &a->trouble;

	switch (t->stage) {
	case APPFIX_WHAT:
		appfix_close_peers(t);
		return app_set_mode(a, APP_LIST);
	case APPFIX_TYPE:
		return app_fix_typed(a, 0);
	case APPFIX_EXPLAIN:
		t->stage = APPFIX_WHAT;
		return APP_REDRAW;
	case APPFIX_REVIEW:
		/* nothing was written: the VPN's file is as it was read */
		while (doc_can_undo(&t->peers.doc) && doc_undo(&t->peers.doc) == 0)
			;
		t->stage = APPFIX_FLOW;
		return APP_REDRAW;
	case APPFIX_SERVICE:
	case APPFIX_FLOW:
		break;
	}
	if (t->stage == APPFIX_FLOW && a->fix.stage == FIX_FLOW_LIST) {
		t->stage = APPFIX_WHAT;
		return APP_REDRAW;
	}
	appfix_close_peers(t);
	t->stage = APPFIX_FLOW;
	a->fix.stage = FIX_FLOW_LIST;
	a->fix.top = 0;
	return APP_REDRAW;
}
