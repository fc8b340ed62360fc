/* cli_fix.c - the guided fixes as commands (fix) and the troubleshooting checklist (doctor). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pppd/catalog.h"
#include "cli/cli_edit.h"
#include "base/diff.h"
#include "pppd/facts.h"
#include "base/util.h"

/* Undoing a fix that created the file removes the file again: it is renamed
 * to the backup name, so even this keeps the last version. */
static int cli_fix_remove_created(struct cli_edit *ed)
{
	struct buf bak = { 0 };
	int rc = CLI_CHANGED;

	safewrite_backup_path(&ed->sw, &bak);
	if (ed->o->dry_run) {
		printf("would remove: %s (pppconf created it for the fix)\n", ed->path);
	} else if (ed->sw.read_only) {
		/* the same rule as writing: not as a user who may not, not under
		 * another editor's feet */
		fprintf(stderr, "pppconf: not removed: %s\n", ed->sw.read_only_why[0] ?
		        ed->sw.read_only_why : "the file is read-only");
		rc = CLI_FAIL;
	} else if (safewrite_changed(&ed->sw, NULL, NULL, NULL) != 0) {
		fprintf(stderr, "pppconf: not removed: %s changed since it was read; run the "
		        "command again\n", ed->path);
		rc = CLI_FAIL;
	} else if (!ed->o->yes && !cli_edit_ask(ed->path)) {
		printf("not removed: %s (run again with --yes)\n", ed->path);
		rc = CLI_NOT_WRITTEN;
	} else if (rename(ed->path, bak.data) != 0) {
		fprintf(stderr, "pppconf: cannot remove %s: %s\n", ed->path, strerror(errno));
		rc = CLI_FAIL;
	} else {
		printf("removed: %s (pppconf had created it for the fix; its last version "
		       "is %s)\n", ed->path, bak.data);
	}
	buf_free(&bak);
	return rc;
}

int cli_fix(const struct cli_opts *o, int argc, char **argv)
{
	const struct recipe_info *r;
	struct recipe_env env;
	struct cli_edit ed;
	struct buf msg = { 0 };
	int rc, created;

	if (argc < 2) {
		fprintf(stderr, "usage: pppconf fix RECIPE [FILE]; recipes:");
		for (rc = 0; (size_t)rc < recipe_count(); rc++)
			fprintf(stderr, " %s", recipe_at((size_t)rc)->name);
		fputc('\n', stderr);
		return CLI_FAIL;
	}
	r = recipe_find(argv[1]);
	if (!r) {
		fprintf(stderr, "pppconf: no recipe '%s' (see pppconf --help)\n", argv[1]);
		return CLI_FAIL;
	}
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, 2),
	              o->dry_run ? SAFEWRITE_READONLY : 0) < 0)
		return CLI_FAIL;
	cli_edit_env(&ed, &env);
	created = recipe_created_file(&ed.doc);
	rc = recipe_apply(r, &ed.doc, &env, &msg);
	if (rc < 0) {
		fprintf(stderr, "pppconf: %s\n", msg.data);
		rc = CLI_FAIL;
	} else if (rc > 0 && created && ed.doc.text.len == 0 && ed.sw.stamp.exists) {
		rc = cli_fix_remove_created(&ed);
	} else if (!r->reverts && cli_edit_errors(ed.doc.text.data, ed.doc.text.len, ed.platform, 0) > 0) {
		/* A recipe is done only when pppd would accept the whole file: the
		 * L2TP lines are no use while another word stops pppd. */
		fprintf(stderr, "pppconf: not written: after %s pppd would still refuse %s:\n",
		        r->name, ed.path);
		cli_edit_errors(ed.doc.text.data, ed.doc.text.len, ed.platform, 1);
		fprintf(stderr, "Correct these first (pppconf %s opens the editor, pppconf check "
		        "explains), then run the fix again.\n", ed.path);
		rc = CLI_FAIL;
	} else {
		rc = cli_edit_finish(&ed, r->name);
		if (rc == CLI_CHANGED && !o->dry_run)
			printf("%s: %s\n", r->name, msg.data);
		else if (rc == CLI_OK)
			printf("%s: %s\n", r->name, msg.data);
		if (rc == CLI_CHANGED && !o->dry_run && strcmp(r->name, "l2tp-noipsec") == 0)
			fprintf(stderr, "note: L2TP VPNs on this Mac now run without IPsec: "
			        "the tunnel is not encrypted by IPsec.\n");
	}
	buf_free(&msg);
	cli_edit_close(&ed);
	return rc;
}


/* Temporary files a killed save left behind: listed, and removed with --yes. */
static size_t cli_fix_stale(struct cli_edit *ed)
{
	struct buf stale = { 0 }, msg = { 0 }, err = { 0 };
	struct safewrite_file w;
	size_t n = safewrite_stale_list(&ed->sw, &stale), i;
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
		printf("         pppconf doctor --yes %s removes %s\n", ed->path, n == 1 ? "it" : "them");
		return 1;
	}
	if (safewrite_open(&w, ed->path, 0, &err) < 0) {
		printf("         cannot remove: %s\n", err.data);
		buf_free(&err);
		return 1;
	}
	removed = safewrite_stale_remove(&w, &msg);
	printf("         %s\n", removed < 0 ? msg.data : "removed");
	safewrite_close(&w);
	buf_free(&msg);
	buf_free(&err);
	return removed < 0;
}

static const char *cli_fix_mark(enum recipe_state s)
{
	return s == RECIPE_PASS ? "[ok]  " : s == RECIPE_FAIL ? "[FIX] " : "[info]";
}

static void cli_fix_print_steps(const struct recipe_result *res)
{
	size_t i;

	for (i = 0; i < res->n; i++) {
		printf("  %s %s\n", cli_fix_mark(res->steps[i].state), res->steps[i].label);
		if (res->steps[i].detail && res->steps[i].state != RECIPE_PASS)
			printf("         %s\n", res->steps[i].detail);
	}
}

int cli_doctor(const struct cli_opts *o, int argc, char **argv)
{
	struct cli_edit ed;
	struct check_report rep;
	struct recipe_env env;
	struct recipe_result res;
	size_t i, n, fails = 0;
	int l2tp;

	if (argc > 2) {
		fprintf(stderr, "usage: pppconf doctor [FILE]\n");
		return CLI_FAIL;
	}
	if (cli_edit_open(&ed, o, cli_edit_path(o, argc, argv, 1),
	              SAFEWRITE_READONLY | SAFEWRITE_NOLOCK) < 0)
		return CLI_FAIL;
	cli_edit_env(&ed, &env);
	printf("pppconf doctor: %s (%s pppd)\n\n", ed.path, platform_display(ed.platform));
	if (!ed.sw.stamp.exists)
		printf("  [info] The file does not exist: pppd (run as root) uses its defaults.\n");
	else if (ed.cf.have_stat && (ed.cf.uid != 0 || (ed.cf.mode & 022))) {
		printf("  [FIX]  Only root should be able to change it (owner uid %ld, mode %04o)\n"
		       "         Anyone who can write it can make pppd run programs as root.\n"
		       "         sudo chown root %s && sudo chmod 644 %s\n", (long)ed.cf.uid,
		       (unsigned)(ed.cf.mode & 07777), ed.path, ed.path);
		fails++;
	} else {
		printf("  [ok]   The file exists and only root can change it\n");
	}
	fails += cli_fix_stale(&ed);
	check_run(&ed.doc, ed.platform, &ed.cf, &rep);
	/* Errors stop pppd: something to fix. Warnings are worth reading but
	 * often chosen on purpose (noauth on a dial-out, l2tpnoipsec itself), so
	 * they are listed without failing the checklist. */
	if (rep.count[CHECK_ERROR] == 0) {
		printf("  [ok]   pppd will accept every line\n");
	} else {
		printf("  [FIX]  %zu error%s: pppd would refuse the file (pppconf check %s):\n",
		       rep.count[CHECK_ERROR], rep.count[CHECK_ERROR] == 1 ? "" : "s", ed.path);
		fails++;
	}
	for (i = 0; i < rep.n; i++)
		if (check_finding_severity(&rep.items[i]) == CHECK_ERROR)
			printf("         line %zu: %s\n", (size_t)rep.items[i].line,
			       check_message(&rep, &rep.items[i]));
	if (rep.count[CHECK_WARNING]) {
		printf("  [warn] %zu warning%s, worth reading (not counted as something to fix):\n",
		       rep.count[CHECK_WARNING], rep.count[CHECK_WARNING] == 1 ? "" : "s");
		for (i = 0; i < rep.n; i++)
			if (check_finding_severity(&rep.items[i]) == CHECK_WARNING)
				printf("         line %zu: %s\n", (size_t)rep.items[i].line,
				       check_message(&rep, &rep.items[i]));
	}
	check_report_free(&rep);

	/* The L2TP fix matters only to those who chose it: judge it when any
	 * part of it is in the file, mention it otherwise. */
	l2tp = doc_find(&ed.doc, "l2tpnoipsec", 0) != SIZE_MAX ||
	       strstr(safewrite_saved(&ed.sw, &n), "L2TP.ppp") != NULL;
	if (ed.platform == PLATFORM_MACOS && l2tp) {
		recipe_diagnose(recipe_find("l2tp-noipsec"), &ed.doc, &env, &res);
		printf("\nL2TP without IPsec (pppconf fix l2tp-noipsec):\n");
		cli_fix_print_steps(&res);
		fails += res.failed;
		recipe_result_free(&res);
	} else if (ed.platform == PLATFORM_MACOS) {
		printf("\n  [info] L2TP without IPsec is not set up. Only needed when an L2TP VPN\n"
		       "         says \"IPSec shared secret missing\" and the server has no IPsec:\n"
		       "         pppconf fix l2tp-noipsec\n");
	}
	if (doc_find(&ed.doc, "debug", 0) != SIZE_MAX)
		printf("\n  [info] Verbose logging (debug) is on; pppconf fix debug-log-undo turns it off.\n");
	printf("\n%s\n", fails ? "Something to fix: see [FIX] above." : "All good.");
	cli_edit_close(&ed);
	return fails ? CLI_FOUND : CLI_OK;
}

