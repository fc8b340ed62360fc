/* test_secrets.c - a pap-/chap-secrets file read as pppd reads it: each word's place on its line, the secret masked, and what the check says of the options after "--". */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "pppd/catalog.h"
#include "pppd/facts.h"
#include "pppd/secrets.h"
#include "t.h"

static enum platform lin = PLATFORM_LINUX;

static void load(struct doc *d, const char *text)
{
	doc_load(d, text, strlen(text), LEXER_LINUX, catalog_arity, &lin);
}

/* The index of the first word read as `w` (SIZE_MAX: none). */
static size_t word(const struct doc *d, const char *w)
{
	size_t i;

	for (i = 0; i < d->nwords; i++)
		if (doc_word_is(d, i, w))
			return i;
	return SIZE_MAX;
}

static void test_paths(void)
{
	T_OK(secrets_path("/etc/ppp/chap-secrets"), "chap-secrets is one");
	T_OK(secrets_path("pap-secrets"), "pap-secrets alone is one");
	T_OK(secrets_path("/etc/ppp/srp-secrets"), "srp-secrets is one");
	T_OK(!secrets_path("/etc/ppp/options"), "options is not");
	T_OK(!secrets_path("/etc/ppp/chap-secrets.bak"), "a backup's name is not");
	T_OK(!secrets_path(NULL), "no path is not");
}

static void test_roles(void)
{
	struct doc d;

	/* a comment ends a line; a two-word line; quotes; "--" and options */
	load(&d, "# client server secret\nbob * \"pass word\" 10.0.0.2 -- mtu 1400 # note\n"
	         "alice srv\ncarol * pw2 --\n");
	T_INTEQ(secrets_role(&d, word(&d, "bob")), SECRETS_CLIENT, "bob is the client");
	T_INTEQ(secrets_role(&d, word(&d, "*")), SECRETS_SERVER, "* is the server");
	T_INTEQ(secrets_role(&d, word(&d, "pass word")), SECRETS_SECRET, "the quoted secret");
	T_INTEQ(secrets_role(&d, word(&d, "10.0.0.2")), SECRETS_ADDRESS, "an address");
	T_INTEQ(secrets_role(&d, word(&d, "--")), SECRETS_DASH, "the dash");
	T_INTEQ(secrets_role(&d, word(&d, "mtu")), SECRETS_OPTION, "mtu is an option");
	T_INTEQ(secrets_role(&d, word(&d, "1400")), SECRETS_OPTION, "its value too");
	T_INTEQ(secrets_role(&d, word(&d, "note")), SECRETS_NONE, "a comment's word is none");
	T_INTEQ(secrets_role(&d, word(&d, "alice")), SECRETS_CLIENT, "a short line's client");
	T_INTEQ(secrets_role(&d, word(&d, "carol")), SECRETS_CLIENT, "the next line starts anew");
	T_INTEQ(secrets_role(&d, word(&d, "pw2")), SECRETS_SECRET, "its secret");
	doc_free(&d);
}

static void test_mask(void)
{
	struct doc d;
	struct buf b = { 0 };
	size_t i;
	int seen = 0;

	secrets_mask_line(lin, 0, "bob * \"pass word\" 10.0.0.2", 26, &b);
	T_STREQ(b.data, "bob * " FACTS_MASK " 10.0.0.2", "the third word is masked");
	buf_reset(&b);
	secrets_mask_line(lin, 1, "bob * pw", 8, &b);
	T_STREQ(b.data, "bob * pw", "revealed, it is kept");
	buf_reset(&b);
	secrets_mask_line(lin, 0, "#bob * oldpw", 12, &b);
	T_STREQ(b.data, "#bob * " FACTS_MASK, "an old line kept as a comment is masked too");
	buf_reset(&b);
	load(&d, "bob * hunter2 10.0.0.2\n");
	for (i = 0; i < d.nentries; i++)
		secrets_entry_text(&d, i, 0, &b);
	T_OK(b.data && !strstr(b.data, "hunter2"), "the editor's list does not show the secret");
	T_OK(b.data && strstr(b.data, FACTS_MASK), "... it shows the mask");
	buf_reset(&b);
	for (i = 0; i < d.nentries; i++)
		secrets_entry_text(&d, i, 1, &b);
	seen = b.data && strstr(b.data, "hunter2") != NULL;
	T_OK(seen, "revealed, the list shows it");
	buf_free(&b);
	doc_free(&d);
}

/* The ids the check says of text read as the secrets file `path`, one per line. */
static void ids(const char *path, const char *text, mode_t mode, struct buf *out)
{
	struct doc d;
	struct check_file f;
	struct check_report r;
	size_t i;

	load(&d, text);
	memset(&f, 0, sizeof f);
	f.path = path;
	f.have_stat = 1;
	f.mode = mode;
	check_run(&d, lin, &f, &r);
	buf_reset(out);
	for (i = 0; i < r.n; i++)
		buf_printf(out, "%zu %s\n", r.items[i].line, check_finding_id(&r.items[i]));
	check_report_free(&r);
	doc_free(&d);
}

static void test_check(void)
{
	struct buf b = { 0 };

	ids("/etc/ppp/chap-secrets", "bob * pw 10.0.0.2\n* * \"\" *\n", 0600, &b);
	T_STREQ(b.data ? b.data : "", "", "plain lines: nothing said (no unknown-directive)");
	ids("/etc/ppp/chap-secrets", "bob * pw\n", 0644, &b);
	T_STREQ(b.data, "0 secret-readable\n", "readable by others: said");
	ids("/etc/ppp/chap-secrets", "bob * pw\n", 0666, &b);
	T_STREQ(b.data, "0 file-writable\n0 secret-readable\n", "writable by others: said too");
	ids("/etc/ppp/pap-secrets", "bob *\n", 0600, &b);
	T_STREQ(b.data, "1 secrets-line-short\n", "a line without its secret is skipped");
	ids("/etc/ppp/pap-secrets", "bob * pw -- ms-dns 1.1.1.1 idle 60\n", 0600, &b);
	T_STREQ(b.data, "1 secrets-options\n", "known options: only when they apply");
	ids("/etc/ppp/pap-secrets", "bob * pw -- ms-dns 1.1.1.1 bogus idle 60\n", 0600, &b);
	T_STREQ(b.data, "1 secrets-options\n1 secrets-option-refused\n", "an unknown option");
	ids("/etc/ppp/pap-secrets", "bob * pw -- idle\nal * pw -- idle abc\n", 0600, &b);
	T_STREQ(b.data, "1 secrets-options\n1 secrets-option-refused\n2 secrets-option-refused\n",
	        "a missing value (not taken from the next line), a bad one");
	ids("/etc/ppp/pap-secrets", "bob * pw 10.0.0.2 -- --\n", 0600, &b);
	T_STREQ(b.data, "1 secrets-options\n1 secrets-option-refused\n", "a second -- is an option");
	ids("/etc/ppp/pap-secrets", "bob * -- ms-dns 1.1.1.1\n", 0600, &b);
	T_STREQ(b.data, "", "a -- as the secret starts no options");
	ids("/etc/ppp/options", "bob * pw\n", 0600, &b);
	T_OK(strstr(b.data, "unknown-directive") != NULL, "the same words in an options file are refused");
	buf_free(&b);
}

int main(void)
{
	test_paths();
	test_roles();
	test_mask();
	test_check();
	printf("%d passed, %d failed\n", t_passed, t_failed);
	return t_failed != 0;
}
