/* cli_json.c - the commands' --json output: a small writer of one object, and the error every run reports. */
#include "cli/cli_json.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "cli/cli.h"

/* One run is one command: what it said went wrong, and whether it wrote its
 * object, are the run's. */
static struct buf cli_json_err;
static int cli_json_written;
/* The user's language, kept by cli_json_english while the run speaks
 * English on stdout; NULL when the run speaks the user's language. */
static const char *cli_json_user_lang;

size_t cli_json_utf8(const unsigned char *s, size_t n)
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

void cli_json_string(FILE *out, const char *s, size_t n)
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
		} else if ((k = cli_json_utf8((const unsigned char *)s + i, n - i)) > 0) {
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

/* Whether the members or elements at this depth start lines of their own:
 * the outer object's, and its arrays'. */
static int cli_json_lines(const struct cli_json *j, int depth)
{
	return depth == 1 || (depth == 2 && j->kind[2] == '[');
}

/* The separator before a member or element, and its key. */
static void cli_json_key(struct cli_json *j, const char *key)
{
	if (j->count[j->depth]++)
		fputc(',', j->out);
	if (cli_json_lines(j, j->depth))
		fprintf(j->out, "\n%*s", j->depth * 2, "");
	else if (j->count[j->depth] > 1)
		fputc(' ', j->out);
	if (key) {
		cli_json_string(j->out, key, strlen(key));
		fputs(": ", j->out);
	}
}

void cli_json_open(struct cli_json *j, const char *key, char kind)
{
	cli_json_key(j, key);
	fputc(kind, j->out);
	if (j->depth + 1 < CLI_JSON_DEPTH)
		j->depth++;
	j->count[j->depth] = 0;
	j->kind[j->depth] = kind;
}

void cli_json_close(struct cli_json *j)
{
	char kind = j->kind[j->depth];

	if (j->depth > 0)
		j->depth--;
	if (j->count[j->depth + 1] && cli_json_lines(j, j->depth + 1) && j->depth == 1)
		fprintf(j->out, "\n%*s", j->depth * 2, "");
	fputc(kind == '[' ? ']' : '}', j->out);
}

void cli_json_str(struct cli_json *j, const char *key, const char *s)
{
	cli_json_key(j, key);
	if (s)
		cli_json_string(j->out, s, strlen(s));
	else
		fputs("null", j->out);
}

void cli_json_strn(struct cli_json *j, const char *key, const char *s, size_t n)
{
	cli_json_key(j, key);
	cli_json_string(j->out, s ? s : "", s ? n : 0);
}

void cli_json_int(struct cli_json *j, const char *key, long long v)
{
	cli_json_key(j, key);
	fprintf(j->out, "%lld", v);
}

void cli_json_bool(struct cli_json *j, const char *key, int v)
{
	cli_json_key(j, key);
	fputs(v ? "true" : "false", j->out);
}

void cli_json_null(struct cli_json *j, const char *key)
{
	cli_json_key(j, key);
	fputs("null", j->out);
}

void cli_json_begin(struct cli_json *j, const char *command)
{
	memset(j, 0, sizeof *j);
	j->out = stdout;
	j->depth = 1;
	j->kind[1] = '{';
	fputc('{', j->out);
	cli_json_int(j, "schema", CLI_JSON_SCHEMA);
	cli_json_str(j, "command", command);
}

void cli_json_end(struct cli_json *j, int exit_status, const char *error)
{
	cli_json_int(j, "exit", exit_status);
	cli_json_str(j, "error", error ? error : cli_json_last_error());
	fputs("\n}\n", j->out);
	fflush(j->out);
	cli_json_written = 1;
}

void cli_json_english(void)
{
	if (!cli_json_user_lang)
		cli_json_user_lang = i18n_lang();
	i18n_set("en");
}

/* The sentence is made twice: in English for the JSON object, whatever the
 * locale, and in the user's language for standard error. */
void cli_json_error(const char *fmt, ...)
{
	struct buf b = { NULL, 0, 0 }, en = { NULL, 0, 0 };
	const char *shown = fmt;
	va_list ap;

	if (cli_json_user_lang)
		i18n_set(cli_json_user_lang);
	shown = _(fmt);
	if (cli_json_user_lang)
		i18n_set("en");
	va_start(ap, fmt);
	buf_vprintf(&b, shown, ap);
	va_end(ap);
	fflush(stdout);
	fputs("pppconf: ", stderr);
	cli_check_put(stderr, b.data ? b.data : "");
	fputc('\n', stderr);
	if (!cli_json_err.len) {
		va_start(ap, fmt);
		buf_vprintf(&en, fmt, ap);
		va_end(ap);
		buf_add(&cli_json_err, en.data ? en.data : "", en.len);
	}
	buf_free(&en);
	buf_free(&b);
}

const char *cli_json_last_error(void)
{
	return cli_json_err.len ? cli_json_err.data : NULL;
}

void cli_json_fallback(const char *command, int exit_status)
{
	struct cli_json j;

	if (!cli_json_written) {
		cli_json_begin(&j, command);
		cli_json_end(&j, exit_status, NULL);
	}
	buf_free(&cli_json_err);
}
