/* cli_check.c - `pppconf check`: the file's problems as pppd would meet them, as text or JSON. */

/*
 * Text output: one finding per line, "FILE:LINE: severity: message" (no
 * ":LINE" for findings about the whole file), then indented "fix:" and
 * "write instead:" lines, then one summary line.
 *
 * JSON output (--json), one object, schema version 1 (fields are only ever
 * added, never renamed or removed; man/pppconf-json.schema.json has them
 * all):
 *
 *   {
 *     "schema":   1,  "command": "check",
 *     "file":     string,   the path as given
 *     "platform": "linux" | "macos",   whose pppd the file was read as
 *     "exists":   bool,     false: no such file
 *     "findings": [         in line order
 *       { "id":          string,  stable check id (the list: src/check_int.h,
 *                                 check_kind_at())
 *         "severity":    "error" | "warning" | "note",
 *         "file":        string,  where it is (the path as given)
 *         "line":        number,  1-based; 0 = the file as a whole
 *         "message":     string,  plain words
 *         "fix":         string | null,   what to do, in words
 *         "replacement": string | null }  directive text to write instead of
 *                                         the entry ("" = delete it; several
 *                                         directives separated by "\n"; a
 *                                         secret's value is "********"
 *                                         unless --reveal)
 *     ],
 *     "counts":   { "error": n, "warning": n, "note": n },
 *     "exit": n, "error": string | null   the exit status; why it failed
 *   }
 *
 * Strings are UTF-8: '"' '\\' and control bytes are escaped (\n, \t, \u00XX);
 * a byte that is not part of valid UTF-8 becomes U+FFFD, so the output is
 * always valid JSON even for a binary file. Words from the file appear in
 * messages already escaped as \xHH.
 *
 * FILE "-" reads the text from standard input (no permission checks).
 *
 * Without --only, the whole configuration pppd reads: cli_config.c.
 *
 * Exit status: 0 no errors (with --strict: no warnings either); 1 errors
 * (with --strict: or warnings); 2 the file could not be read, or bad usage.
 */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
#include "base/buf.h"
#include "check/check.h"
#include "cli/cli_config.h"
#include "cli/cli_edit.h"
#include "cli/cli_json.h"
#include "pppd/facts.h"
#include "pppd/secrets.h"

void cli_check_put(FILE *out, const char *s)
{
	size_t n = strlen(s), i = 0, k;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t run = i;
		/* plain ASCII goes out in one piece */
		while (run < n && (unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x7f)
			run++;
		if (run > i) {
			fwrite(s + i, 1, run - i, out);
			i = run;
			continue;
		}
		if (c == '\n') {
			fputs("\\n", out);
		} else if (c > 0x7f && (k = cli_json_utf8((const unsigned char *)s + i, n - i)) > 0) {
			fwrite(s + i, 1, k, out);
			i += k;
			continue;
		} else {
			fprintf(out, "\\x%02X", c);
		}
		i++;
	}
}

/* A suggested replacement as the output shows it: a secret's value masked
 * unless revealed, as everywhere else (a misspelt "passwrd x" is corrected
 * to the secret directive "password x"). The report keeps the real text,
 * which the editor writes when asked to correct the line. */
static const char *cli_check_rep_shown(const char *rep, enum platform p, int reveal,
                                       struct buf *out)
{
	size_t n;

	if (!rep || reveal)
		return rep;
	buf_reset(out);
	for (;;) {
		n = strcspn(rep, "\n");
		facts_mask_line(p, 0, rep, n, out);
		if (!rep[n])
			break;
		buf_addc(out, '\n');
		rep += n + 1;
	}
	return out->data ? out->data : "";
}

/* What a replacement of nothing removes: the line, or (where the line
 * holds more) the entry, named by its first word. */
static void cli_check_remove_shown(const struct doc *d, const struct check_finding *f)
{
	const struct doc_entry *e;
	const char *w;
	size_t len;

	if (!d || f->entry >= d->nentries || !(d->entries[f->entry].flags & DOC_SHARED_LINE)) {
		fputs(_("    write instead: nothing (delete the line)\n"), stdout);
		return;
	}
	e = &d->entries[f->entry];
	w = doc_word_bytes(d, e->word, &len);
	fputs(_("    write instead: nothing (remove '"), stdout);
	fwrite(w, 1, len > 48 ? 48 : len, stdout);
	fputs(e->nwords > 1 ? " ..." : "", stdout);
	fputs(_("' and keep the rest of the line)\n"), stdout);
}

void cli_check_finding(const struct check_report *r, const struct check_finding *f,
                       const struct doc *d, const char *path, int lines, enum platform p,
                       int reveal)
{
	struct buf shown;
	const char *fix = check_fix(r, f), *rep;

	buf_init(&shown);
	rep = cli_check_rep_shown(check_replacement(r, f), p, reveal, &shown);
	cli_check_put(stdout, path);
	if (f->line && lines)
		printf(":%zu", (size_t)f->line);
	printf(": %s: ", C_("severity", check_severity_name(check_finding_severity(f))));
	cli_check_put(stdout, check_message(r, f));
	printf(" [%s]\n", check_finding_id(f));
	if (fix) {
		fputs(_("    fix: "), stdout);
		cli_check_put(stdout, fix);
		fputc('\n', stdout);
	}
	if (rep && rep[0]) {
		fputs(_("    write instead: "), stdout);
		cli_check_put(stdout, rep);
		fputc('\n', stdout);
	} else if (rep) {
		cli_check_remove_shown(d, f);
	}
	buf_free(&shown);
}

void cli_check_finding_json(struct cli_json *j, const struct check_report *r,
                            const struct check_finding *f, const char *path, int lines,
                            enum platform p, int reveal)
{
	struct buf shown;

	buf_init(&shown);
	cli_json_open(j, NULL, '{');
	cli_json_str(j, "id", check_finding_id(f));
	cli_json_str(j, "severity", check_severity_name(check_finding_severity(f)));
	cli_json_str(j, "file", path);
	cli_json_int(j, "line", lines ? (long long)f->line : 0);
	cli_json_str(j, "message", check_message(r, f));
	cli_json_str(j, "fix", check_fix(r, f));
	cli_json_str(j, "replacement",
	             cli_check_rep_shown(check_replacement(r, f), p, reveal, &shown));
	cli_json_close(j);
	buf_free(&shown);
}

void cli_check_counts_json(struct cli_json *j, const size_t count[3])
{
	cli_json_open(j, "counts", '{');
	cli_json_int(j, "error", (long long)count[CHECK_ERROR]);
	cli_json_int(j, "warning", (long long)count[CHECK_WARNING]);
	cli_json_int(j, "note", (long long)count[CHECK_NOTE]);
	cli_json_close(j);
}

void cli_check_counts(const size_t count[3])
{
	printf(count[CHECK_ERROR] == 1 ? _("%zu error") : _("%zu errors"), count[CHECK_ERROR]);
	fputs(C_("list", ", "), stdout);
	printf(count[CHECK_WARNING] == 1 ? _("%zu warning") : _("%zu warnings"),
	       count[CHECK_WARNING]);
	fputs(C_("list", ", "), stdout);
	printf(count[CHECK_NOTE] == 1 ? _("%zu note") : _("%zu notes"), count[CHECK_NOTE]);
}

int cli_check_unchecked(const struct check_report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (strcmp(check_finding_id(&r->items[i]), "value-not-checked") == 0)
			return 1;
	return 0;
}

void cli_check_verdict(const size_t count[3], int unchecked)
{
	if (count[CHECK_WARNING])
		fputs(unchecked ? _(": pppd will accept it if it takes the value pppconf could "
		                    "not check, but read the warnings.\n")
		                : _(": pppd will accept it, but read the warnings.\n"), stdout);
	else
		fputs(unchecked ? _(": pppd will accept it if it takes the value pppconf could "
		                    "not check (see the note).\n")
		                : _(": pppd will accept it.\n"), stdout);
}

/* Whether a word such as --help (pppd prints and exits: linux-ppp-2.5.3/
 * pppd/options.c:1229-1231) comes before every error of the file. */
static int cli_check_exits_first(const struct check_report *r)
{
	size_t i;

	if (!r->exits_at)
		return 0;
	for (i = 0; i < r->n; i++) {
		const struct check_finding *f = &r->items[i];

		if (check_finding_severity(f) == CHECK_ERROR &&
		    (f->line < r->exits_at || (f->line == r->exits_at && f->entry < r->exits_entry)))
			return 0;
	}
	return 1;
}

static void cli_check_text(const struct check_report *r, const struct doc *d,
                           const char *path, int exists, enum platform p, int reveal)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		cli_check_finding(r, &r->items[i], d, path, 1, p, reveal);
	cli_check_put(stdout, path);
	if (!exists) {
		/* a missing /etc/ppp/options is skipped only by a pppd run as
		 * root; one named by file (or call on Linux) stops pppd
		 * (linux-ppp-2.5.3/pppd/main.c:433, options.c:1640, :1686) */
		fputs(_(": no such file: nothing to check (the note says when pppd can do "
		        "without it).\n"), stdout);
		return;
	}
	fputs(": ", stdout);
	cli_check_counts(r->count);
	if (secrets_path(path))
		/* pppd never refuses to start over it: it reads it at a login */
		fputs(r->count[CHECK_WARNING] ? _(": read as a secrets file (client, server, "
		      "secret, addresses, then options after --); read the warnings.\n")
		      : _(": read as a secrets file (client, server, secret, addresses, then "
		      "options after --); nothing in it that pppd would skip or refuse.\n"), stdout);
	else if (r->count[CHECK_ERROR] && cli_check_exits_first(r))
		printf(_(": pppd prints and exits at line %zu before it reaches the errors; without "
		         "that word it would refuse this file.\n"), r->exits_at);
	else if (r->count[CHECK_ERROR])
		fputs(_(": pppd will refuse this file.\n"), stdout);
	/* --help, --version, dryrun...: taken, then pppd ends there */
	else if (r->exits_at)
		printf(_(": pppd will accept it, then print and exit at line %zu without "
		         "connecting.\n"), r->exits_at);
	else
		cli_check_verdict(r->count, cli_check_unchecked(r));
}

static void cli_check_json(const struct check_report *r, const char *path,
                           enum platform p, int exists, const struct cli_opts *o, int rc)
{
	struct cli_json j;
	size_t i;
	int reveal = o->reveal;

	cli_json_begin(&j, "check");
	cli_json_str(&j, "file", path);
	cli_json_str(&j, "platform", platform_name(p));
	cli_config_release_json(&j, o);
	cli_json_bool(&j, "exists", exists);
	cli_json_open(&j, "findings", '[');
	for (i = 0; i < r->n; i++)
		cli_check_finding_json(&j, r, &r->items[i], path, 1, p, reveal);
	cli_json_close(&j);
	cli_check_counts_json(&j, r->count);
	cli_json_end(&j, rc, NULL);
}

int cli_check(const struct cli_opts *o, int argc, char **argv)
{
	const char *path = cli_edit_one_file(o, argc, argv,
	                                     _("check takes one FILE (see pppconf --help)"));
	struct cli_edit ed;
	const struct check_report *rep;
	int rc;

	/* the whole configuration, unless one file alone is asked for (or
	 * text from a pipe, which is no file pppd reads) */
	if (path && !o->only && strcmp(path, "-") != 0 && !secrets_path(path))
		return cli_config_check(o, o->file ? o->file : argc == 2 ? argv[1] : NULL);
	if (!path || cli_edit_open(&ed, o, path, SAFEWRITE_READONLY | SAFEWRITE_NOLOCK, 1) < 0)
		return CLI_FAIL;
	rep = &ed.s.report;
	rc = rep->count[CHECK_ERROR] || (o->strict && rep->count[CHECK_WARNING]) ?
	     CLI_FOUND : CLI_OK;
	if (o->json)
		cli_check_json(rep, path, ed.s.platform, !ed.s.cfile.missing, o, rc);
	else {
		cli_config_release(o);
		cli_check_text(rep, &ed.s.doc, path, !ed.s.cfile.missing, ed.s.platform, o->reveal);
	}
	cli_edit_close(&ed);
	fflush(stdout);
	return rc;
}
