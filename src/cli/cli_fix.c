/* cli_fix.c - `pppconf fix NAME`: a guided fix from the shell, in the editor's order: its question, the risk, the diff, then the write. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/i18n.h"
#include "cli/cli_edit.h"
#include "fix/fix.h"

/* What came of the fix's question, for the text and the object. */
struct cli_fix_run {
	const struct fix_info *r;
	const char *answer;     /* "yes", "no", or NULL: not asked or not answered */
	struct buf msg;         /* what applying the fix said */
	int after;              /* the after-text was said (written) */
};

/* The fix's question, asked before anything else as the editor does: on
 * the terminal, or answered by --no-ipsec-confirmed. 0 go on; else the
 * exit status (CLI_NOT_WRITTEN: answered no, or no way to ask). */
static int cli_fix_ask(struct cli_edit *ed, struct cli_fix_run *f)
{
	char line[32];

	int ipsec = strncmp(f->r->name, "l2tp-noipsec", 12) == 0;

	if (!f->r->question)
		return 0;
	if (ipsec && ed->o->no_ipsec_confirmed) {
		f->answer = "yes";
		return 0;
	}
	/* Only the L2TP fixes' question guards against a real harm (a server
	 * that uses IPsec, whose traffic would then go without it): a script
	 * must confirm it. Another fix's question asks what the fix is for,
	 * which naming the fix on the command line answers. */
	if (!ipsec && !isatty(STDIN_FILENO)) {
		f->answer = "yes";
		return 0;
	}
	if (!isatty(STDIN_FILENO)) {
		ed->result = "not-written";
		cli_json_error("not written: %s asks first: %s Answer it on a terminal, or give "
		               "--no-ipsec-confirmed when the answer is yes.", f->r->name,
		               i18n_text(0, f->r->question));
		return CLI_NOT_WRITTEN;
	}
	fflush(stdout);
	fputs(i18n_text(0, f->r->question), stderr);
	fputs(" [y/N] ", stderr);
	fflush(stderr);
	f->answer = fgets(line, sizeof line, stdin) && (line[0] == 'y' || line[0] == 'Y') ?
	            "yes" : "no";
	if (strcmp(f->answer, "yes") == 0)
		return 0;
	ed->result = "not-written";
	/* --json runs in English (cli_json_english): the object stays the same */
	buf_printf(&ed->said, _("not written: %s"), i18n_text(0, f->r->if_no));
	cli_edit_say(ed, "%s\n", ed->said.data);
	return CLI_NOT_WRITTEN;
}

/* The file of a per-service fix: /etc/ppp/peers/<--service>. Says why and
 * returns -1 without a usable name (and lists the Mac's L2TP VPNs when
 * scutil can). */
static int cli_fix_service_path(const struct cli_opts *o, const struct fix_info *r,
                                struct buf *path)
{
	struct buf why = { 0 }, names = { 0 };
	size_t i, n;

	if (o->service && fix_service_path(o->service, path, &why) == 0)
		return 0;
	if (o->service)
		cli_json_error("cannot use that name: %s", why.data);
	else
		cli_json_error("usage: pppconf fix %s --service NAME (the VPN's name as the Mac "
		               "shows it)", r->name);
	n = fix_service_names(&names);
	for (i = 0; i < names.len && n; i += strlen(names.data + i) + 1) {
		fputs(i ? ", \"" : _("the L2TP VPNs on this Mac: \""), stderr);
		cli_check_put(stderr, names.data + i);
		fputc('"', stderr);
	}
	if (n)
		fputc('\n', stderr);
	buf_free(&why);
	buf_free(&names);
	return -1;
}

/* After a fix: the errors pppd would still meet, in lines the fix leaves. */
static size_t cli_fix_left(const struct cli_edit *ed, int show)
{
	return cli_edit_errors(ed->s.doc.text.data, ed->s.doc.text.len, ed->s.platform,
	                       &ed->s.cfile, show);
}

/* Applies the fix to the document and writes it through the same diff,
 * checks and question as set and unset; the risk is said before the
 * question to write. The fix owns only its lines: other lines pppd would
 * refuse are reported and left as they are. */
static int cli_fix_apply(struct cli_edit *ed, struct cli_fix_run *f)
{
	const struct fix_info *r = f->r;
	struct fix_env env;
	int rc;

	fix_env_init(&env, &ed->s);
	if (r->per_service) {
		/* the controller has loaded the VPN's plugin before `call` reads it;
		 * a fresh Mac may have no /etc/ppp/peers yet */
		env.service = ed->o->service;
		ed->s.cfile.loaded = "L2TP.ppp";
		session_recheck(&ed->s);
		ed->commit_flags |= SAFEWRITE_MKDIR;
	}
	rc = fix_apply(r, &ed->s.doc, &env, &f->msg);
	if (rc < 0) {
		cli_json_error("%s", f->msg.data);
		return CLI_FAIL;
	}
	if (rc == 0 && !r->reverts && cli_fix_left(ed, 0) > 0) {
		/* its lines are in place, but another word stops pppd: not done */
		ed->result = "refused";
		cli_json_error("%s: the fix's lines are in place, but pppd still refuses %s:",
		               r->name, ed->s.path);
		cli_fix_left(ed, 1);
		fprintf(stderr, _("Correct these (pppconf %s opens the editor, pppconf check "
		        "explains); the fix leaves them.\n"), ed->s.path);
		return CLI_FAIL;
	}
	if (rc > 0) {
		cli_edit_say(ed, "%s:\n", i18n_text(0, r->title));
		cli_wrap(ed->o->json ? stderr : stdout, 0, 0, i18n_text(0, r->about));
		cli_edit_say(ed, "\n");
	}
	rc = cli_edit_finish(ed, r->name);
	if (rc == CLI_OK || (rc == CLI_CHANGED && !ed->o->dry_run))
		cli_edit_say(ed, "%s: %s\n", r->name, f->msg.data);
	if (rc == CLI_CHANGED && !ed->o->dry_run) {
		if (strncmp(r->name, "l2tp-noipsec", 12) == 0 && !r->reverts)
			fputs(r->per_service ? _("note: this VPN now runs without IPsec: the tunnel is "
			      "not encrypted by IPsec.\n") : _("note: L2TP VPNs on this Mac now run "
			      "without IPsec: the tunnel is not encrypted by IPsec.\n"), stderr);
		cli_wrap(ed->o->json ? stderr : stdout, 0, 0, i18n_text(0, r->after));
		f->after = 1;
	}
	if ((rc == CLI_CHANGED || rc == CLI_NOT_WRITTEN) && !r->reverts && cli_fix_left(ed, 0) > 0) {
		/* repaired what is the fix's; the rest is the user's to correct */
		fprintf(stderr, _("note: pppd will still refuse %s because of lines the fix leaves "
		        "as they are:\n"), ed->s.path);
		cli_fix_left(ed, 1);
	}
	return rc;
}

static int cli_fix_report(const struct cli_edit *ed, const struct cli_fix_run *f, int rc)
{
	struct cli_json j;

	if (!ed->o->json)
		return rc;
	cli_json_begin(&j, "fix");
	cli_edit_json(ed, &j);
	cli_json_str(&j, "fix", f->r->name);
	cli_json_str(&j, "question", f->r->question);
	cli_json_str(&j, "answer", f->answer);
	cli_json_str(&j, "about", f->r->about);
	cli_json_str(&j, "fix_message", f->msg.len ? f->msg.data : NULL);
	cli_json_str(&j, "after", f->after ? f->r->after : NULL);
	cli_json_end(&j, rc, NULL);
	return rc;
}

int cli_fix(const struct cli_opts *o, int argc, char **argv)
{
	struct cli_fix_run f;
	struct cli_edit ed;
	struct buf names = { NULL, 0, 0 }, spath = { NULL, 0, 0 };
	const char *path;
	size_t i;
	int rc;

	memset(&f, 0, sizeof f);
	for (i = 0; i < fix_count(); i++)
		buf_printf(&names, " %s", fix_at(i)->name);
	if (argc < 2 || argc > 3 || (argc == 3 && o->file) || !(f.r = fix_find(argv[1]))) {
		if (argc < 2 || argc > 3 || (argc == 3 && o->file))
			cli_json_error("usage: pppconf fix NAME [FILE]; fixes:%s", names.data);
		else
			cli_json_error("no fix named '%s'; the fixes:%s", argv[1], names.data);
		buf_free(&names);
		return CLI_FAIL;
	}
	buf_free(&names);
	if (!(f.r->platforms & o->platform)) {
		enum platform its = f.r->platforms & PLATFORM_MACOS ? PLATFORM_MACOS : PLATFORM_LINUX;

		cli_json_error("%s is a fix for %s's pppd (--platform %s prepares such a machine's "
		               "file)", f.r->name, platform_display(its), platform_name(its));
		return CLI_FAIL;
	}
	if (f.r->per_service && (argc > 2 || o->file)) {
		cli_json_error("%s works on /etc/ppp/peers/<VPN>: name the VPN with --service, "
		               "not a file", f.r->name);
		return CLI_FAIL;
	}
	if (f.r->per_service && cli_fix_service_path(o, f.r, &spath) < 0)
		return CLI_FAIL;
	path = f.r->per_service ? spath.data : cli_edit_path(o, argc, argv, 2);
	if (cli_edit_open(&ed, o, path, o->dry_run ? SAFEWRITE_READONLY : 0, 0) < 0) {
		buf_free(&spath);
		return CLI_FAIL;
	}
	rc = cli_fix_ask(&ed, &f);
	if (rc == 0)
		rc = cli_fix_apply(&ed, &f);
	rc = cli_fix_report(&ed, &f, rc);
	buf_free(&f.msg);
	buf_free(&spath);
	cli_edit_close(&ed);
	return rc;
}
