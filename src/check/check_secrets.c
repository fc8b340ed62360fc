/* check_secrets.c - a pap-secrets, chap-secrets or srp-secrets file as pppd reads it: the lines it skips, who may read it, and the options after "--". */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"
#include "pppd/secrets.h"

/* The entry holding word w (the document groups the words as an options
 * file's), for the editor to mark; the file as a whole when none does. */
static size_t cs_entry(const struct check_ctx *c, size_t w)
{
	const struct doc *d = c->d;
	size_t e;

	for (e = 0; e < d->nentries; e++)
		if (!d->entries[e].disabled && w >= d->entries[e].word &&
		    w < d->entries[e].word + d->entries[e].nwords)
			return e;
	return CHECK_FILE_ENTRY;
}

/* Who else may read or change the file: pppd warns of any access but the
 * owner's each time it opens it (check_access, auth.c:2212-2226), and a
 * writer could add a line that lets anyone log in. */
static void cs_mode(struct check_ctx *c)
{
	const struct check_file *f = c->file;
	struct buf fix;

	if (!f || !f->have_stat || !(f->mode & 077))
		return;
	buf_init(&fix);
	buf_printf(&fix, "sudo chmod 600 %s", f->path);
	if (f->mode & 022)
		check_say(c, CHECK_K_FILE_WRITABLE, 0, SIZE_MAX, fix.data, NULL,
		          N_("The file can be changed by %s (mode %04o): a line added to it lets "
		          "anyone log in as a peer, and pppd takes the options after '--' on a "
		          "line with root's authority."),
		          (f->mode & 002) ? _("any user") : _("members of its group"),
		          (unsigned)(f->mode & 07777));
	check_say(c, CHECK_K_SECRET_READABLE, 0, SIZE_MAX, fix.data, NULL,
	          (f->mode & 044) ? N_("Users other than its owner can read the passwords in "
	          "this file (mode %04o), and pppd logs \"Warning - secret file ... has world "
	          "and/or group access\" each time it reads it.")
	          : N_("Users other than its owner have access to this file (mode %04o), so "
	          "pppd logs \"Warning - secret file ... has world and/or group access\" each "
	          "time it reads it."), (unsigned)(f->mode & 07777));
	buf_free(&fix);
}

/* Options pppd takes only while it starts up (OPT_INITONLY), besides the
 * device words the catalogue marks CATALOG_DEVNAM: dial on demand in all
 * three (linux-ppp-2.5.3/pppd/options.c:271, linux-ppp-2.4.9/pppd/options.c:253,
 * apple-ppp-1027.121.1/Helpers/pppd/options.c:294) and Linux's route
 * metrics (linux-ppp-2.5.3/pppd/ipcp.c:205, ipv6cp.c:265; 2.4.9 options.c:318).
 * On a secrets-file line pppd is past start-up, so it refuses them
 * (linux-ppp-2.5.3/pppd/options.c:836, 2.4.9 options.c:692, Apple's
 * options.c:779) and options_from_list gives up on the rest of the line.
 * This list is pppconf's own reading of those flags; a plugin's table may
 * hold more words flagged that way that it does not name. */
static int cs_initonly(const struct catalog_entry *r)
{
	static const char *const names[] = {
		"demand", "defaultroute-metric", "defaultroute6-metric"
	};
	size_t i;

	if (r->flags & CATALOG_DEVNAM)
		return 1;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(r->name, names[i]) == 0)
			return 1;
	return 0;
}

/* Said when pppd refuses word w, r's option, because it is past start-up.
 * A device name (a wildcard row) pppd first looks for under /dev: when it
 * is not there pppd calls the word unrecognized instead (setdevname,
 * linux-ppp-2.5.3/pppd/tty.c:363-365); either way the rest of the line goes. */
static size_t cs_late(struct check_ctx *c, const struct catalog_entry *r, size_t w, size_t n)
{
	size_t len;
	const char *name = check_val(c, w, &len);
	const char *fix = N_("Remove it from this line: give it in the peers file or on "
	                     "pppd's command line.");

	if (len > 60)
		len = 60;
	if (r->flags & CATALOG_WILDCARD)
		check_say(c, CHECK_K_SECRETS_OPTION, c->d->words[w].line + 1, cs_entry(c, w),
		          fix, NULL,
		          N_("'%.*s' names the device, which pppd fixes while it starts up, before "
		          "it reads these options. When a peer logs in with this line, pppd refuses "
		          "it (it logs that the device cannot be changed after initialization, or, "
		          "when no such device is there, that the option is unrecognized) and takes "
		          "neither it nor the options after it; the link comes up without them."),
		          (int)len, name);
	else
		check_say(c, CHECK_K_SECRETS_OPTION, c->d->words[w].line + 1, cs_entry(c, w),
		          fix, NULL,
		          N_("pppd takes '%s' only while it starts up, and it reads these options "
		          "later. When a peer logs in with this line, pppd logs that '%s' cannot be "
		          "changed after initialization and takes neither it nor the options after "
		          "it; the link comes up without them."), r->name, r->name);
	return n;
}

/* r's word w, when the Linux release may not have it: gone since
 * r->linux_removed or only in releases from r->linux_since on (the same
 * reading as check_release_gone and check_release_lacks). Such a pppd
 * calls it unrecognized here as well, and drops the rest of the line.
 * Returns 1 when the release --pppd-version names surely lacks it (then
 * nothing after it is read); 0 when nothing was said or when the release
 * is not named, as the machine's pppd may then have the word. */
static int cs_release(struct check_ctx *c, const struct catalog_entry *r, size_t w)
{
	const char *tail = N_(" A pppd without it, when a peer logs in with this line, logs "
	                      "\"In secrets file: unrecognized option\" and takes neither it nor "
	                      "the words after it; the link comes up without them.");
	const char *fix;
	struct buf msg;
	int gone = check_release_gone(c, r), sure;

	if (!gone && !check_release_lacks(c, r))
		return 0;
	sure = gone ? check_release_from(c, r->linux_removed)
	            : check_release_before(c, r->linux_since);
	fix = sure ? N_("Remove it from this line.")
	           : N_("Remove it from this line unless this machine's pppd has it (see pppd "
	                "--version).");
	buf_init(&msg);
	if (gone)
		buf_printf(&msg, _("'%s' is gone from Linux pppd since %s."), r->name,
		           r->linux_removed);
	else if (strncmp(r->linux_since, "after ", 6) == 0)
		buf_printf(&msg, _("'%s' is only in Linux pppd releases after %s."), r->name,
		           r->linux_since + 6);
	else
		buf_printf(&msg, _("'%s' is only in Linux pppd since %s."), r->name,
		           r->linux_since);
	buf_adds(&msg, _(tail));
	check_say_buf(c, CHECK_K_SECRETS_OPTION, c->d->words[w].line + 1, cs_entry(c, w),
	              fix, NULL, &msg);
	buf_free(&msg);
	return sure;
}

/* One option pppd's options_from_list reads after "--" (linux-ppp-2.5.3/
 * pppd/options.c:710-748), the line's k-th word of n: returns the index of
 * the word after it, or n when pppd stops there (it says so in its log and
 * takes none of the words after it on that line). */
static size_t cs_option(struct check_ctx *c, const size_t *ws, size_t k, size_t n)
{
	const struct catalog_entry *r, *any, *best[1];
	struct buf why, fix;
	size_t len, vlen, w = ws[k];
	const char *name = check_val(c, w, &len), *v;

	r = catalog_match(name, len, c->p);
	if (!r || (r->flags & CATALOG_NOTBUILT)) {
		any = memchr(name, '\0', len) ? NULL : catalog_find(name, c->p);
		/* a plugin's word is known once the options files load it */
		if (any && any->plugin && !(any->flags & CATALOG_NOTBUILT))
			return k + 1;
		buf_init(&fix);
		buf_adds(&fix, _("Correct the word or remove it."));
		if (catalog_suggest(name, len, c->p, best, 1))
			buf_printf(&fix, _(" Perhaps you meant '%s'."), best[0]->name);
		check_say(c, CHECK_K_SECRETS_OPTION, c->d->words[w].line + 1, cs_entry(c, w),
		          fix.data, NULL, N_("pppd does not know the option '%.*s' after '--'. When "
		          "a peer logs in with this line, pppd logs \"In secrets file: unrecognized "
		          "option\" and takes neither it nor the words after it; the link comes up "
		          "without them."), (int)(len > 60 ? 60 : len), name);
		buf_free(&fix);
		return n;
	}
	if (cs_release(c, r, w))
		return n;
	if (r->nargs == 0)
		return cs_initonly(r) ? cs_late(c, r, w, n) : k + 1;
	if (k + 1 >= n) {
		check_say(c, CHECK_K_SECRETS_OPTION, c->d->words[w].line + 1, cs_entry(c, w),
		          N_("Give its value on the same line, or remove it."), NULL,
		          N_("'%s' needs a value, and the line ends first. When a peer logs in with "
		          "this line, pppd logs \"In secrets file: too few parameters\" and does "
		          "not take it."), r->name);
		return n;
	}
	if (cs_initonly(r))
		return cs_late(c, r, w, n);
	v = check_val(c, ws[k + 1], &vlen);
	buf_init(&why);
	if (catalog_check_value_on(r, c->p, v, vlen, &why) == 2) {
		check_say(c, CHECK_K_SECRETS_OPTION, c->d->words[ws[k + 1]].line + 1, cs_entry(c, w),
		          N_("Correct the value."), NULL,
		          N_("Bad value for '%s' after '--': %s When a peer logs in with this line, "
		          "pppd logs that and takes none of the options after it."),
		          r->name, why.data ? why.data : "");
		buf_free(&why);
		return n;
	}
	buf_free(&why);
	return k + 2;
}

/* One line's words ws[0..n): client, server, secret, the addresses, then
 * after a "--" word the options (scan_authfile, auth.c:2268-2398). */
static int cs_line(void *ctx, const size_t *ws, size_t n)
{
	struct check_ctx *c = ctx;
	size_t i, dash = secrets_dash(c->d, ws, n);

	if (n < 3) {
		check_say(c, CHECK_K_SECRETS_SHORT, c->d->words[ws[0]].line + 1, cs_entry(c, ws[0]),
		          N_("Give the client, the server and the secret on one line (\"*\" matches "
		          "any name, \"\" is an empty secret)."), NULL,
		          n == 1 ? N_("This line has one word; pppd needs the client, the server "
		          "and the secret on one line, so it skips the line.")
		          : N_("This line has two words; pppd needs the client, the server and "
		          "the secret on one line, so it skips the line."));
		return 0;
	}
	if (dash + 1 >= n)
		return 0;
	if (!c->said[CHECK_K_SECRETS_OPTIONS])
		check_say(c, CHECK_K_SECRETS_OPTIONS, c->d->words[ws[dash]].line + 1, cs_entry(c, ws[dash]),
		          NULL, NULL,
		          N_("pppd takes the options after '--' only when it makes the peer log in and "
	          "the peer does so with this line; it reads them once the login has "
		          "succeeded, just before IP and the other network protocols start, so an "
		          "option about the device, the link or the login comes too late to change "
		          "anything. A connection this computer makes to a server, logging in to "
		          "it, never uses them. (Said once, for every line with options.)"));
	for (i = dash + 1; i < n;)
		i = cs_option(c, ws, i, n);
	return 0;
}

void check_secrets_run(struct check_ctx *c)
{
	cs_mode(c);
	check_file_crlf(c, SIZE_MAX, SIZE_MAX);
	secrets_lines(c->d, cs_line, c);
}
