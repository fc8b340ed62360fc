/* cli_fix.c - `pppconf fix NAME`: a guided fix from the shell, in the editor's order: its question, the risk, the diff, then the write. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

	if (!f->r->question)
		return 0;
	if (ed->o->no_ipsec_confirmed) {
		f->answer = "yes";
		return 0;
	}
	if (!isatty(STDIN_FILENO)) {
		ed->result = "not-written";
		cli_json_error("not written: %s asks first: %s Answer it on a terminal, or give "
		               "--no-ipsec-confirmed when the answer is yes.", f->r->name,
		               f->r->question);
		return CLI_NOT_WRITTEN;
	}
	fflush(stdout);
	fputs(f->r->question, stderr);
	fputs(" [y/N] ", stderr);
	fflush(stderr);
	f->answer = fgets(line, sizeof line, stdin) && (line[0] == 'y' || line[0] == 'Y') ?
	            "yes" : "no";
	if (strcmp(f->answer, "yes") == 0)
		return 0;
	ed->result = "not-written";
	buf_printf(&ed->said, "not written: %s", f->r->if_no);
	cli_edit_say(ed, "%s\n", ed->said.data);
	return CLI_NOT_WRITTEN;
}

/* Applies the fix to the document and writes it through the same diff,
 * checks and question as set and unset; the risk is said before the
 * question to write. */
static int cli_fix_apply(struct cli_edit *ed, struct cli_fix_run *f)
{
	const struct fix_info *r = f->r;
	struct fix_env env;
	int rc;

	fix_env_init(&env, &ed->s);
	rc = fix_apply(r, &ed->s.doc, &env, &f->msg);
	if (rc < 0) {
		cli_json_error("%s", f->msg.data);
		return CLI_FAIL;
	}
	if (!r->reverts && cli_edit_errors(ed->s.doc.text.data, ed->s.doc.text.len,
	                                   ed->s.platform, 0) > 0) {
		/* A fix is done only when pppd would accept the whole file: the
		 * L2TP lines are no use while another word stops pppd. */
		ed->result = "refused";
		cli_json_error("not written: after %s pppd would still refuse %s:", r->name,
		               ed->s.path);
		cli_edit_errors(ed->s.doc.text.data, ed->s.doc.text.len, ed->s.platform, 1);
		fprintf(stderr, "Correct these first (pppconf %s opens the editor, pppconf check "
		        "explains), then run the fix again.\n", ed->s.path);
		return CLI_FAIL;
	}
	if (rc > 0) {
		cli_edit_say(ed, "%s:\n", r->title);
		cli_say_wrapped(ed->o->json ? stderr : stdout, r->about);
		cli_edit_say(ed, "\n");
	}
	rc = cli_edit_finish(ed, r->name);
	if (rc == CLI_OK || (rc == CLI_CHANGED && !ed->o->dry_run))
		cli_edit_say(ed, "%s: %s\n", r->name, f->msg.data);
	if (rc == CLI_CHANGED && !ed->o->dry_run) {
		if (strcmp(r->name, "l2tp-noipsec") == 0)
			fprintf(stderr, "note: L2TP VPNs on this Mac now run without IPsec: "
			        "the tunnel is not encrypted by IPsec.\n");
		cli_say_wrapped(ed->o->json ? stderr : stdout, r->after);
		f->after = 1;
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
	struct buf names = { NULL, 0, 0 };
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
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, 2),
	                  o->dry_run ? SAFEWRITE_READONLY : 0, 0) < 0)
		return CLI_FAIL;
	rc = cli_fix_ask(&ed, &f);
	if (rc == 0)
		rc = cli_fix_apply(&ed, &f);
	rc = cli_fix_report(&ed, &f, rc);
	buf_free(&f.msg);
	cli_edit_close(&ed);
	return rc;
}
