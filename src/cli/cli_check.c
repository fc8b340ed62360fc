/* cli_check.c - `pppconf check`: the file's problems as pppd would meet them, as text or JSON. */

/*
 * Text output: one finding per line, "FILE:LINE: severity: message" (no
 * ":LINE" for findings about the whole file), then indented "fix:" and
 * "write instead:" lines, then one summary line.
 *
 * JSON output (--json), one object, schema version 1 (fields are only ever
 * added, never renamed or removed):
 *
 *   {
 *     "file":     string,   the path as given
 *     "platform": "linux" | "macos",   whose pppd the file was read as
 *     "exists":   bool,     false: no such file (pppd uses its defaults)
 *     "findings": [         in line order
 *       { "id":          string,  stable check id (the list: src/check_int.h,
 *                                 check_kind_at())
 *         "severity":    "error" | "warning" | "note",
 *         "line":        number,  1-based; 0 = the file as a whole
 *         "message":     string,  plain words
 *         "fix":         string | null,   what to do, in words
 *         "replacement": string | null }  directive text to write instead of
 *                                         the entry ("" = delete it; several
 *                                         directives separated by "\n"; a
 *                                         secret's value is "********"
 *                                         unless --reveal)
 *     ],
 *     "counts":   { "error": n, "warning": n, "note": n }
 *   }
 *
 * Strings are UTF-8: '"' '\\' and control bytes are escaped (\n, \t, \u00XX);
 * a byte that is not part of valid UTF-8 becomes U+FFFD, so the output is
 * always valid JSON even for a binary file. Words from the file appear in
 * messages already escaped as \xHH.
 *
 * FILE "-" reads the text from standard input (no permission checks).
 *
 * Exit status: 0 no errors or warnings (notes only, or no file); 1 errors or
 * warnings; 2 the file could not be read, or bad usage.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "pppd/catalog.h"
#include "check/check.h"
#include "cli/cli.h"
#include "pppd/doc.h"
#include "pppd/facts.h"
#include "pppd/lexer.h"
#include "base/util.h"

/* The sticky bit is an XSI name; its value is the same everywhere. */
#ifndef S_ISVTX
#define S_ISVTX 01000
#endif

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. C1
 * controls (U+0080-009F) count as invalid: a terminal may act on them. */
static size_t cli_check_utf8(const unsigned char *s, size_t n)
{
	size_t need, i;
	unsigned cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		need = 2;
		cp = s[0] & 0x1Fu;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		need = 3;
		cp = s[0] & 0x0Fu;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		need = 4;
		cp = s[0] & 0x07u;
	} else {
		return 0;
	}
	if (n < need)
		return 0;
	for (i = 1; i < need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3Fu);
	}
	if ((need == 3 && cp < 0x800) || (need == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x80 && cp <= 0x9F))
		return 0;
	return need;
}

static void cli_check_json_str(FILE *out, const char *s, size_t n)
{
	size_t i = 0, k;

	fputc('"', out);
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			fprintf(out, "\\%c", c);
		} else if (c == '\n') {
			fputs("\\n", out);
		} else if (c == '\t') {
			fputs("\\t", out);
		} else if (c == '\r') {
			fputs("\\r", out);
		} else if (c < 0x20 || c == 0x7f) {
			fprintf(out, "\\u%04x", c);
		} else if ((k = cli_check_utf8((const unsigned char *)s + i, n - i)) > 0) {
			fwrite(s + i, 1, k, out);
			i += k;
			continue;
		} else {
			fputs("\\ufffd", out);
		}
		i++;
	}
	fputc('"', out);
}

/* Text for a terminal: valid UTF-8 as is, anything else (controls, invalid
 * bytes) as \xHH so that no byte of the file can drive the terminal. */
static void cli_check_put(FILE *out, const char *s)
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
		} else if (c > 0x7f && (k = cli_check_utf8((const unsigned char *)s + i, n - i)) > 0) {
			fwrite(s + i, 1, k, out);
			i += k;
			continue;
		} else {
			fprintf(out, "\\x%02X", c);
		}
		i++;
	}
}

static int cli_check_slurp(int fd, struct buf *data)
{
	char chunk[65536];
	ssize_t got;

	for (;;) {
		got = read(fd, chunk, sizeof chunk);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return -1;
		if (got == 0)
			return 0;
		if ((size_t)got > UTIL_MAX_FILE - data->len) {
			errno = EFBIG;
			return -1;
		}
		buf_add(data, chunk, (size_t)got);
	}
}

/* Reads the whole file. 0 done; 1 no such file; -1 error (errno set). */
static int cli_check_read(const char *path, struct buf *data, struct stat *st)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK), e;

	if (fd < 0)
		return errno == ENOENT || errno == ENOTDIR ? 1 : -1;
	if (fstat(fd, st) < 0) {
		close(fd);
		return -1;
	}
	if (S_ISDIR(st->st_mode)) {
		close(fd);
		errno = EISDIR;
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		close(fd);
		errno = EINVAL;
		return -1;
	}
	if ((uintmax_t)st->st_size > UTIL_MAX_FILE) {
		close(fd);
		errno = EFBIG;
		return -1;
	}
	if (cli_check_slurp(fd, data) < 0) {
		e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	close(fd);
	return 0;
}

/* Others could replace the file: its folder is writable by group or world
 * (without the sticky bit), or, for system files, not owned by root. */
static int cli_check_dir_unsafe(const char *path)
{
	struct buf dir;
	struct stat st;
	const char *slash = strrchr(path, '/');
	int unsafe = 0;

	buf_init(&dir);
	if (!slash)
		buf_adds(&dir, ".");
	else if (slash == path)
		buf_adds(&dir, "/");
	else
		buf_add(&dir, path, (size_t)(slash - path));
	if (stat(dir.data, &st) == 0) {
		if ((st.st_mode & 022) && !(st.st_mode & S_ISVTX))
			unsafe = 1;
		if (st.st_uid != 0 && (strncmp(path, "/etc/", 5) == 0 ||
		                       strncmp(path, "/private/etc/", 13) == 0))
			unsafe = 1;
	}
	buf_free(&dir);
	return unsafe;
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

static void cli_check_text(const struct check_report *r, const char *path, int exists,
                           enum platform p, int reveal)
{
	struct buf shown;
	size_t i;

	buf_init(&shown);
	for (i = 0; i < r->n; i++) {
		const struct check_finding *f = &r->items[i];
		const char *fix = check_fix(r, f);
		const char *rep = cli_check_rep_shown(check_replacement(r, f), p, reveal, &shown);
		cli_check_put(stdout, path);
		if (f->line)
			printf(":%zu", (size_t)f->line);
		printf(": %s: ", check_severity_name(check_finding_severity(f)));
		cli_check_put(stdout, check_message(r, f));
		printf(" [%s]\n", check_finding_id(f));
		if (fix) {
			fputs("    fix: ", stdout);
			cli_check_put(stdout, fix);
			fputc('\n', stdout);
		}
		if (rep && rep[0]) {
			fputs("    write instead: ", stdout);
			cli_check_put(stdout, rep);
			fputc('\n', stdout);
		} else if (rep) {
			fputs("    write instead: nothing (remove it)\n", stdout);
		}
	}
	buf_free(&shown);
	cli_check_put(stdout, path);
	if (!exists) {
		fputs(": no file: pppd uses its defaults.\n", stdout);
		return;
	}
	printf(": %zu error%s, %zu warning%s, %zu note%s", r->count[CHECK_ERROR],
	       r->count[CHECK_ERROR] == 1 ? "" : "s", r->count[CHECK_WARNING],
	       r->count[CHECK_WARNING] == 1 ? "" : "s", r->count[CHECK_NOTE],
	       r->count[CHECK_NOTE] == 1 ? "" : "s");
	if (r->count[CHECK_ERROR])
		fputs(": pppd will refuse this file.\n", stdout);
	else if (r->count[CHECK_WARNING])
		fputs(": pppd will accept it, but read the warnings.\n", stdout);
	else
		fputs(": pppd will accept it.\n", stdout);
}

static void cli_check_json(const struct check_report *r, const char *path,
                           enum platform p, int exists, int reveal)
{
	struct buf shown;
	size_t i;

	buf_init(&shown);
	fputs("{\n  \"file\": ", stdout);
	cli_check_json_str(stdout, path, strlen(path));
	printf(",\n  \"platform\": \"%s\",\n  \"exists\": %s,\n  \"findings\": [",
	       platform_name(p), exists ? "true" : "false");
	for (i = 0; i < r->n; i++) {
		const struct check_finding *f = &r->items[i];
		const char *msg = check_message(r, f), *fix = check_fix(r, f),
		           *rep = cli_check_rep_shown(check_replacement(r, f), p, reveal, &shown);
		printf("%s\n    {\"id\": \"%s\", \"severity\": \"%s\", \"line\": %zu, "
		       "\"message\": ", i ? "," : "", check_finding_id(f),
		       check_severity_name(check_finding_severity(f)), (size_t)f->line);
		cli_check_json_str(stdout, msg, strlen(msg));
		fputs(", \"fix\": ", stdout);
		if (fix)
			cli_check_json_str(stdout, fix, strlen(fix));
		else
			fputs("null", stdout);
		fputs(", \"replacement\": ", stdout);
		if (rep)
			cli_check_json_str(stdout, rep, strlen(rep));
		else
			fputs("null", stdout);
		fputc('}', stdout);
	}
	buf_free(&shown);
	printf("%s],\n  \"counts\": {\"error\": %zu, \"warning\": %zu, \"note\": %zu}\n}\n",
	       r->n ? "\n  " : "", r->count[CHECK_ERROR], r->count[CHECK_WARNING],
	       r->count[CHECK_NOTE]);
}

int cli_check(const struct cli_opts *o, int argc, char **argv)
{
	const char *path = o->file ? o->file : CLI_DEFAULT_FILE;
	enum platform p = o->platform;
	struct check_file cf;
	struct check_report rep;
	struct buf data;
	struct stat st;
	struct doc d;
	int rc;

	if (argc > 2 || (argc == 2 && o->file)) {
		fprintf(stderr, "pppconf: check takes one FILE (see pppconf --help)\n");
		return CLI_FAIL;
	}
	if (argc == 2)
		path = argv[1];
	buf_init(&data);
	memset(&cf, 0, sizeof cf);
	cf.path = path;
	/* "-": the text comes from a pipe; nothing is known about a file */
	if (strcmp(path, "-") == 0) {
		cf.path = NULL;
		rc = cli_check_slurp(STDIN_FILENO, &data) < 0 ? -1 : 2;
	} else {
		rc = cli_check_read(path, &data, &st);
	}
	if (rc < 0) {
		fprintf(stderr, "pppconf: cannot read ");
		cli_check_put(stderr, path);
		fprintf(stderr, ": %s\n", errno == EISDIR ? "it is a folder, not a file" :
		        errno == EINVAL ? "it is not a regular file" :
		        errno == EFBIG ? "it is too large to be an options file" : strerror(errno));
		buf_free(&data);
		return CLI_FAIL;
	}
	if (rc == 1) {
		cf.missing = 1;
	} else if (rc == 0) {
		cf.have_stat = 1;
		cf.uid = st.st_uid;
		cf.gid = st.st_gid;
		cf.mode = st.st_mode;
		cf.dir_writable_by_others = cli_check_dir_unsafe(path);
	}
	/* the document takes the bytes over: a large file is held once */
	doc_load_buf(&d, &data, lexer_dialect_for(p), catalog_arity, &p);
	check_run(&d, p, &cf, &rep);
	if (o->json)
		cli_check_json(&rep, path, p, !cf.missing, o->reveal);
	else
		cli_check_text(&rep, path, !cf.missing, p, o->reveal);
	rc = rep.count[CHECK_ERROR] || rep.count[CHECK_WARNING] ? CLI_FOUND : CLI_OK;
	check_report_free(&rep);
	doc_free(&d);
	buf_free(&data);
	fflush(stdout);
	return rc;
}
