/* cli_fix.c - the guided fixes as commands (fix) and the checklist of what to fix (doctor). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli_edit.h"
#include "fix/fix.h"

/* Undoing a fix that created the file removes the file again: it is renamed
 * to the backup name, so even this keeps the last version. */
static int cli_fix_remove_created(struct cli_edit *ed)
{
	struct buf bak = { 0 };
	int rc = CLI_CHANGED;

	safewrite_backup_path(&ed->s.file, &bak);
	if (ed->o->dry_run) {
		printf("would remove: %s (pppconf created it for the fix)\n", ed->s.path);
	} else if (ed->s.file.read_only) {
		/* the same rule as writing: not as a user who may not, not under
		 * another editor's feet */
		fprintf(stderr, "pppconf: not removed: %s\n", ed->s.file.read_only_why[0] ?
		        ed->s.file.read_only_why : "the file is read-only");
		rc = CLI_FAIL;
	} else if (safewrite_changed(&ed->s.file, NULL, NULL, NULL) != 0) {
		fprintf(stderr, "pppconf: not removed: %s changed since it was read; run the "
		        "command again\n", ed->s.path);
		rc = CLI_FAIL;
	} else if (!ed->o->yes && !cli_edit_ask(ed->s.path)) {
		printf("not removed: %s (run again with --yes)\n", ed->s.path);
		rc = CLI_NOT_WRITTEN;
	} else if (rename(ed->s.path, bak.data) != 0) {
		fprintf(stderr, "pppconf: cannot remove %s: %s\n", ed->s.path, strerror(errno));
		rc = CLI_FAIL;
	} else {
		printf("removed: %s (pppconf had created it for the fix; its last version "
		       "is %s)\n", ed->s.path, bak.data);
	}
	buf_free(&bak);
	return rc;
}

/* The file of a per-service fix: /etc/ppp/peers/<--service>. Prints why
 * and returns -1 without a usable name (and lists the Mac's L2TP VPNs when
 * scutil can). */
static int cli_fix_service_path(const struct cli_opts *o, const struct fix_info *r,
                                struct buf *path)
{
	struct buf why = { 0 }, names = { 0 };
	size_t i, n;

	if (o->service && fix_service_path(o->service, path, &why) == 0)
		return 0;
	if (o->service) {
		fputs("pppconf: cannot use that name: ", stderr);
		cli_check_put(stderr, why.data);
		fputc('\n', stderr);
	} else {
		fprintf(stderr, "usage: pppconf fix %s --service NAME (the VPN's name as the Mac "
		        "shows it)\n", r->name);
	}
	n = fix_service_names(&names);
	for (i = 0; i < names.len && n; i += strlen(names.data + i) + 1) {
		fputs(i ? ", \"" : "the L2TP VPNs on this Mac: \"", stderr);
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

int cli_fix(const struct cli_opts *o, int argc, char **argv)
{
	const struct fix_info *r;
	struct fix_env env;
	struct cli_edit ed;
	struct buf msg = { 0 }, spath = { 0 };
	const char *path;
	int rc, created;

	if (argc < 2) {
		fprintf(stderr, "usage: pppconf fix NAME [FILE]; fixes:");
		for (rc = 0; (size_t)rc < fix_count(); rc++)
			fprintf(stderr, " %s", fix_at((size_t)rc)->name);
		fputc('\n', stderr);
		return CLI_FAIL;
	}
	r = fix_find(argv[1]);
	if (!r) {
		fprintf(stderr, "pppconf: no fix named '%s' (see pppconf --help)\n", argv[1]);
		return CLI_FAIL;
	}
	if (!(r->platforms & o->platform)) {
		fprintf(stderr, "pppconf: %s is a fix for %s's pppd (--platform %s prepares such "
		        "a machine's file)\n", r->name, platform_display(r->platforms & PLATFORM_MACOS ?
		        PLATFORM_MACOS : PLATFORM_LINUX), platform_name(r->platforms & PLATFORM_MACOS ?
		        PLATFORM_MACOS : PLATFORM_LINUX));
		return CLI_FAIL;
	}
	if (r->per_service && (argc > 2 || o->file)) {
		fprintf(stderr, "pppconf: %s works on /etc/ppp/peers/<VPN>: name the VPN with "
		        "--service, not a file\n", r->name);
		return CLI_FAIL;
	}
	if (r->per_service && cli_fix_service_path(o, r, &spath) < 0)
		return CLI_FAIL;
	path = r->per_service ? spath.data : cli_edit_path(o, argc, argv, 2);
	if (cli_edit_open(&ed, o, path, o->dry_run ? SAFEWRITE_READONLY : 0, 0) < 0) {
		buf_free(&spath);
		return CLI_FAIL;
	}
	fix_env_init(&env, &ed.s);
	if (r->per_service) {
		/* the controller has loaded the VPN's plugin before `call` reads it;
		 * a fresh Mac may have no /etc/ppp/peers yet */
		env.service = o->service;
		ed.s.cfile.loaded = "L2TP.ppp";
		session_recheck(&ed.s);
		ed.commit_flags |= SAFEWRITE_MKDIR;
	}
	created = fix_created_file(&ed.s.doc);
	rc = fix_apply(r, &ed.s.doc, &env, &msg);
	if (rc < 0) {
		fprintf(stderr, "pppconf: %s\n", msg.data);
		rc = CLI_FAIL;
	} else if (rc > 0 && created && ed.s.doc.text.len == 0 && ed.s.file.stamp.exists) {
		rc = cli_fix_remove_created(&ed);
	} else if (rc == 0 && !r->reverts && cli_fix_left(&ed, 0) > 0) {
		/* its lines are in place, but another word stops pppd: not done */
		fprintf(stderr, "pppconf: %s: the fix's lines are in place, but pppd still "
		        "refuses %s:\n", r->name, ed.s.path);
		cli_fix_left(&ed, 1);
		fprintf(stderr, "Correct these (pppconf %s opens the editor, pppconf check "
		        "explains); the fix leaves them.\n", ed.s.path);
		rc = CLI_FAIL;
	} else {
		rc = cli_edit_finish(&ed, r->name);
		if (rc == CLI_CHANGED && !o->dry_run)
			printf("%s: %s\n", r->name, msg.data);
		else if (rc == CLI_OK)
			printf("%s: %s\n", r->name, msg.data);
		if (rc == CLI_CHANGED && !o->dry_run && strncmp(r->name, "l2tp-noipsec", 12) == 0 &&
		    !r->reverts)
			fprintf(stderr, "note: %s now run%s without IPsec: the tunnel is not "
			        "encrypted by IPsec.\n", r->per_service ? "this VPN" :
			        "L2TP VPNs on this Mac", r->per_service ? "s" : "");
		if ((rc == CLI_CHANGED || rc == CLI_NOT_WRITTEN) && !r->reverts &&
		    cli_fix_left(&ed, 0) > 0) {
			/* repaired what is the fix's; the rest is the user's to correct */
			fprintf(stderr, "note: pppd will still refuse %s because of lines the fix "
			        "leaves as they are:\n", ed.s.path);
			cli_fix_left(&ed, 1);
		}
	}
	buf_free(&msg);
	buf_free(&spath);
	cli_edit_close(&ed);
	return rc;
}


/* Temporary files a killed save left behind: listed, and removed with --yes. */
static size_t cli_fix_stale(struct cli_edit *ed)
{
	struct buf stale = { 0 }, msg = { 0 }, err = { 0 };
	struct session w;
	size_t n = safewrite_stale_list(&ed->s.file, &stale), i;
	int removed;

	if (n == 0) {
		buf_free(&stale);
		return 0;
	}
	printf("  [FIX]  %zu temporary file%s left by an interrupted save (pppd never "
	       "reads %s):\n", n, n == 1 ? "" : "s", n == 1 ? "it" : "them");
	for (i = 0; i < stale.len; ) {
		const char *nl = memchr(stale.data + i, '\n', stale.len - i);
		size_t e = nl ? (size_t)(nl - stale.data) : stale.len;
		printf("         %.*s\n", (int)(e - i), stale.data + i);
		i = e + 1;
	}
	buf_free(&stale);
	if (!ed->o->yes) {
		printf("         pppconf doctor --yes %s removes %s\n", ed->s.path,
		       n == 1 ? "it" : "them");
		return 1;
	}
	/* removing needs the file writable and locked, as a save would */
	if (session_open(&w, ed->s.path, ed->s.platform, 0, &err) < 0) {
		printf("         cannot remove: %s\n", err.data);
		buf_free(&err);
		return 1;
	}
	removed = safewrite_stale_remove(&w.file, &msg);
	printf("         %s\n", removed < 0 ? msg.data : "removed");
	session_close(&w);
	buf_free(&msg);
	buf_free(&err);
	return removed < 0;
}

static const char *cli_fix_mark(enum fix_state s)
{
	return s == FIX_PASS ? "[ok]  " : s == FIX_FAIL ? "[FIX] " : "[info]";
}

static void cli_fix_print_steps(const struct fix_result *res)
{
	size_t i;

	for (i = 0; i < res->n; i++) {
		printf("  %s %s\n", cli_fix_mark(res->steps[i].state), res->steps[i].label);
		if (res->steps[i].detail && res->steps[i].state != FIX_PASS)
			printf("         %s\n", res->steps[i].detail);
	}
}

/* Who can change the file, judged from the same facts and findings as
 * pppconf check's; 1 when that is something to fix. */
static size_t cli_fix_owner(const struct session *s)
{
	struct buf risks = { 0 };
	size_t i;

	if (!s->facts.exists) {
		printf("  [info] The file does not exist: pppd (run as root) uses its defaults.\n");
		return 0;
	}
	if (fix_file_risks(&s->report, &risks) == 0) {
		printf("  [ok]   The file exists and only root can change it\n");
		return 0;
	}
	printf("  [FIX]  Only root should be able to change it (owner uid %ld, mode %04o; "
	       "folder mode %04o)\n", (long)s->facts.uid, (unsigned)s->facts.mode,
	       (unsigned)s->facts.dir_mode);
	for (i = 0; i < risks.len; ) {
		const char *nl = memchr(risks.data + i, '\n', risks.len - i);
		size_t e = nl ? (size_t)(nl - risks.data) : risks.len;

		printf("         %.*s\n", (int)(e - i), risks.data + i);
		i = e + 1;
	}
	buf_free(&risks);
	return 1;
}

/* Errors stop pppd: something to fix. Warnings are worth reading but
 * often chosen on purpose (noauth on a dial-out, l2tpnoipsec itself), so
 * they are listed without failing the checklist; those about who can change
 * the file were said above. */
static size_t cli_fix_findings(const struct session *s)
{
	const struct check_report *rep = &s->report;
	size_t i, warnings = 0;

	if (rep->count[CHECK_ERROR] == 0)
		printf("  [ok]   pppd will accept every line\n");
	else
		printf("  [FIX]  %zu error%s: pppd would refuse the file (pppconf check %s):\n",
		       rep->count[CHECK_ERROR], rep->count[CHECK_ERROR] == 1 ? "" : "s", s->path);
	for (i = 0; i < rep->n; i++)
		if (check_finding_severity(&rep->items[i]) == CHECK_ERROR)
			printf("         line %zu: %s\n", (size_t)rep->items[i].line,
			       check_message(rep, &rep->items[i]));
	for (i = 0; i < rep->n; i++)
		warnings += check_finding_severity(&rep->items[i]) == CHECK_WARNING &&
		            !session_file_risk(&rep->items[i]);
	if (warnings) {
		printf("  [warn] %zu warning%s, worth reading (not counted as something to fix):\n",
		       warnings, warnings == 1 ? "" : "s");
		for (i = 0; i < rep->n; i++)
			if (check_finding_severity(&rep->items[i]) == CHECK_WARNING &&
			    !session_file_risk(&rep->items[i]))
				printf("         line %zu: %s\n", (size_t)rep->items[i].line,
				       check_message(rep, &rep->items[i]));
	}
	return rep->count[CHECK_ERROR] != 0;
}

/* The L2TP fix matters only to those who chose it: judged when any part of
 * it is in the file, mentioned otherwise. */
static size_t cli_fix_l2tp(const struct session *s)
{
	struct fix_env env;
	struct fix_result res;
	size_t n, fails;
	int l2tp = doc_find(&s->doc, "l2tpnoipsec", 0) != SIZE_MAX ||
	           strstr(session_saved(s, &n), "L2TP.ppp") != NULL;

	if (s->platform != PLATFORM_MACOS)
		return 0;
	if (!l2tp) {
		printf("\n  [info] L2TP without IPsec is not set up. Only needed when an L2TP VPN\n"
		       "         says \"IPSec shared secret missing\" and the server has no IPsec:\n"
		       "         pppconf fix l2tp-noipsec\n");
		return 0;
	}
	fix_env_init(&env, s);
	fix_diagnose(fix_find("l2tp-noipsec"), &s->doc, &env, &res);
	printf("\nL2TP without IPsec (pppconf fix l2tp-noipsec):\n");
	cli_fix_print_steps(&res);
	fails = (size_t)res.failed;
	fix_result_free(&res);
	return fails;
}

int cli_doctor(const struct cli_opts *o, int argc, char **argv)
{
	struct cli_edit ed;
	size_t fails = 0;

	if (argc > 2) {
		fprintf(stderr, "usage: pppconf doctor [FILE]\n");
		return CLI_FAIL;
	}
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, 1),
	                  SAFEWRITE_READONLY | SAFEWRITE_NOLOCK, 0) < 0)
		return CLI_FAIL;
	printf("pppconf doctor: %s (%s pppd)\n\n", ed.s.path, platform_display(ed.s.platform));
	fails += cli_fix_owner(&ed.s);
	fails += cli_fix_stale(&ed);
	fails += cli_fix_findings(&ed.s);
	fails += cli_fix_l2tp(&ed.s);
	if (doc_find(&ed.s.doc, "debug", 0) != SIZE_MAX)
		printf("\n  [info] Verbose logging (debug) is on; pppconf fix debug-log-undo turns it off.\n");
	printf("\n%s\n", fails ? "Something to fix: see [FIX] above." : "All good.");
	cli_edit_close(&ed);
	return fails ? CLI_FOUND : CLI_OK;
}
