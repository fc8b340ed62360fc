/* config_secrets.c - pppd's start-up look for a secret the peer could log in with: when it must make the peer log in and no pap-secrets, chap-secrets (or srp-secrets) line could serve, it exits before connecting. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "config/config_int.h"
#include "file/safewrite.h"
#include "pppd/lexer.h"

/* The methods pppd asks the peer for (wo->neg_upap, neg_chap, neg_eap). */
#define CS_PAP 1u
#define CS_CHAP 2u
#define CS_EAP 4u

/* What a secrets file holds for the peer. */
enum cs_found {
	CS_NONE,       /* no line could serve (or no file) */
	CS_NO_IP,      /* the best line lets the peer use no IP address */
	CS_SOME,       /* a line could serve */
	CS_UNKNOWN     /* pppconf cannot read it (pppd, as root, may): say nothing */
};

/* Who is asked: the peer's name, and this end's; NULL is "any". */
struct cs_names {
	const char *client, *server;
};

/* The last value pppd took for the row `name`, from any setting; NULL if none. */
static const struct config_set *cs_taken(const struct config *c, const char *name)
{
	const struct config_set *last = NULL;
	size_t i, k;

	for (i = 0; i < c->nopt; i++)
		for (k = 0; k < c->opt[i].nsets; k++)
			if (c->opt[i].sets[k].taken && c->opt[i].sets[k].row &&
			    strcmp(c->opt[i].sets[k].row->name, name) == 0)
				last = &c->opt[i].sets[k];
	return last;
}

/* The first argument of a value into w (LEXER_MAXWORD + 1 bytes); 0 if none. */
static int cs_arg(const struct config *c, const struct config_set *s, char *w)
{
	const struct doc *d = c->src[s->src]->doc;

	if (!d || d->entries[s->entry].nwords < 2)
		return 0;
	doc_word_cstr(d, d->entries[s->entry].word + 1, w, NULL);
	return 1;
}

/* pppd's some_ip_ok (linux-ppp-2.5.3/pppd/auth.c:2173-2183): an address
 * word not starting with '!' before any word starting with '-'. */
static int cs_some_ip(const char *w, int *done)
{
	if (w[0] == '-')
		*done = 1;
	return !*done && w[0] != '!';
}

/*
 * scan_authfile as have_*_secret call it (linux-ppp-2.5.3/pppd/auth.c:2245-2370;
 * 2.4.9 and Apple the same): a line is client, server, secret, then the
 * addresses; a client that is neither "*" nor the one asked skips the line,
 * a server likewise; the line with the most non-"*" fields of the two wins
 * (the first of equals), and pppd then asks that line, alone, to allow some
 * IP address (auth.c:1751, 1797). Left out: @/file secrets (have_*_secret
 * passes no secret buffer, so pppd never opens them here), and the "--"
 * options part, which some_ip_ok never reaches past a '-' word anyway.
 */
static enum cs_found cs_scan(const char *data, size_t len, enum platform p,
                             const struct cs_names *n)
{
	struct lexer lx;
	struct lexer_token t;
	size_t prev_line = 0, field = 0;
	int best = -1, got = 0, skip = 1, ip = 0, ipdone = 0, best_ip = 0, nl;

	lexer_init(&lx, data, len, lexer_dialect_for(p));
	while (lexer_next(&lx, &t)) {
		if (t.kind != LEXER_WORD || (t.flags & LEXER_EOF_DROPPED))
			continue;
		nl = prev_line == 0 || t.line > prev_line;
		prev_line = t.end_line;
		if (nl) {
			if (field >= 3 && got > best) {
				best = got;
				best_ip = ip;
			}
			field = 0;
			skip = 0;
			got = 0;
			ip = 0;
			ipdone = 0;
		}
		if (skip)
			continue;
		if (field == 0 || field == 1) {
			int wild = strcmp(t.text, "*") == 0;
			const char *want = field == 0 ? n->client : n->server;

			if (!wild && want && strcmp(t.text, want) != 0)
				skip = 1;
			else if (!wild)
				got |= field == 0 ? 1 : 2;
		} else if (field >= 3) {
			ip |= cs_some_ip(t.text, &ipdone);
		}
		field++;
	}
	if (!skip && field >= 3 && got > best) {
		best = got;
		best_ip = ip;
	}
	lexer_free(&lx);
	if (best < 0)
		return CS_NONE;
	return best_ip ? CS_SOME : CS_NO_IP;
}

/* Reads pppd's file `path` (under --root) through safewrite, as every file
 * pppconf reads, and scans it. A missing file, or one pppd cannot read as a
 * file (a folder), has no line; one this user may not read is unknown. */
static enum cs_found cs_file(const struct config *c, const char *path, const struct cs_names *n)
{
	struct safewrite_file f;
	struct buf err;
	struct stat st;
	const char *data;
	size_t len;
	char *where = config_where(c, path);
	enum cs_found r = CS_NONE;

	memset(&f, 0, sizeof f);
	buf_init(&err);
	if (stat(where, &st) < 0)
		r = errno == ENOENT || errno == ENOTDIR ? CS_NONE : CS_UNKNOWN;
	else if (S_ISREG(st.st_mode) && access(where, R_OK) != 0)
		r = CS_UNKNOWN;
	else if (S_ISREG(st.st_mode) &&
	         safewrite_open(&f, where, SAFEWRITE_READONLY | SAFEWRITE_NOLOCK, &err) == 0) {
		data = safewrite_saved(&f, &len);
		r = cs_scan(data, len, c->o.platform, n);
	} else if (S_ISREG(st.st_mode)) {
		r = CS_UNKNOWN;
	}
	safewrite_close(&f);
	buf_free(&err);
	free(where);
	return r;
}

/* Something other than the secrets files may let the peer in, or change
 * what pppd looks at: then nothing is said. */
static int cs_elsewhere(const struct config *c, const struct config_run *r, unsigned methods)
{
	static const char *const hooks[] = { "radius.so", "winbind.so", "passwordfd.so" };
	static const char *const others[] = { "allow-ip", "pap-secrets", "chap-secrets",
	                                      "usehostname", "domain" };
	size_t i, k;

	/* allow-ip fills noauth_addrs (auth.c:1414); pap-secrets/chap-secrets
	 * move the files; usehostname and domain make this end's name the host
	 * name pppconf is not sure of (main.c's domain appends to it) */
	for (i = 0; i < sizeof others / sizeof others[0]; i++)
		if (cs_taken(c, others[i]))
			return 1;
	/* plugins that set pap_check_hook/chap_check_hook/allowed_address_hook
	 * (linux-ppp-2.5.3/pppd/plugins/radius/radius.c:148-155, winbind.c:116-122,
	 * passwordfd.c:84-87); a plugin pppconf does not know may too */
	if (r->scope.unknown_plugins)
		return 1;
	for (i = 0; i < r->scope.nplugins; i++)
		for (k = 0; k < sizeof hooks / sizeof hooks[0]; k++)
			if (strcmp(r->scope.plugins[i], hooks[k]) == 0)
				return 1;
	/* login: PAP against the system's passwords (auth.c:1392 uselogin) */
	if ((methods & CS_PAP) && cs_taken(c, "login"))
		return 1;
	if (methods & CS_EAP) {
		/* Apple's pppd takes EAP as able to log in, unchecked
		 * (apple-ppp-1027.121.1/Helpers/pppd/auth.c:1432-1435) */
		if (c->o.platform == PLATFORM_MACOS)
			return 1;
		/* EAP-TLS counts at start-up only through /etc/ppp/eaptls-server
		 * (linux-ppp-2.5.3/pppd/auth.c:1402-1408 calls the file reader at
		 * 2494-2540, which reads nothing else); ca, capath, cert, key and
		 * pkcs12 serve only this end's own login (auth.c:2766, 2775), so
		 * they do not keep pppd from stopping. Debian's 2.4.9, built with
		 * EAP-TLS, exits 1 with require-eap, ca, cert and key and empty
		 * secrets files. The file itself is looked at in config_secrets. */
	}
	return 0;
}

/* Whether pppd took a value of the row `name` read after the seq-th
 * setting. */
static int cs_taken_after(const struct config *c, const char *name, size_t seq)
{
	size_t i, k;

	for (i = 0; i < c->nopt; i++)
		for (k = 0; k < c->opt[i].nsets; k++)
			if (c->opt[i].sets[k].taken && c->opt[i].sets[k].row &&
			    c->opt[i].sets[k].seq > seq &&
			    strcmp(c->opt[i].sets[k].row->name, name) == 0)
				return 1;
	return 0;
}

/* The methods the values asking for a login give (a plain `auth` asks for
 * all three, auth.c:1374-1380); require-* add up, whatever noauth did.
 * -all clears the methods read before it (they live in lcp_wantoptions,
 * lcp.c:320-323) but not auth_required, so only those read after the last
 * -all count. */
static unsigned cs_methods(const struct config *c)
{
	static const char *const pap[] = { "require-pap", "+pap" };
	static const char *const chap[] = { "require-chap", "+chap", "require-mschap", "+mschap",
	                                    "require-mschap-v2", "+mschap-v2", "require-chapms",
	                                    "+chapms", "require-chapms-v2", "+chapms-v2" };
	const struct config_set *all = cs_taken(c, "-all");
	size_t after = all ? all->seq : 0;
	unsigned m = 0;
	size_t i;

	for (i = 0; i < sizeof pap / sizeof pap[0]; i++)
		if (cs_taken_after(c, pap[i], after))
			m |= CS_PAP;
	for (i = 0; i < sizeof chap / sizeof chap[0]; i++)
		if (cs_taken_after(c, chap[i], after))
			m |= CS_CHAP;
	if (cs_taken_after(c, "require-eap", after))
		m |= CS_EAP;
	return m ? m : CS_PAP | CS_CHAP | CS_EAP;
}

/* The value that makes pppd require the login: the `auth` setting in
 * effect unless it is noauth; or require-eap, which pppd ranks apart.
 * NULL when none holds, or when noauth and require-eap leave it unsure. */
static const struct config_set *cs_required(const struct config *c)
{
	const struct config_set *eap = cs_taken(c, "require-eap"), *w = NULL;
	const struct config_option *o;
	size_t i;

	for (i = 0; i < c->nopt; i++) {
		o = &c->opt[i];
		if (strcmp(o->key, "auth") == 0 && o->nsets && config_option_in_effect(o, o->winner))
			w = &o->sets[o->winner];
	}
	if (w && w->row && strcmp(w->row->name, "noauth") == 0)
		return NULL;
	return w ? w : eap;
}

/* Whether any source pppd reads was left unread by pppconf: it may hold
 * the noauth, allow-ip or plugin line that changes the answer. */
static int cs_all_read(const struct config *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->src[i]->state == CONFIG_UNCHECKED ||
		    (c->src[i]->state != CONFIG_ABSENT && !c->src[i]->doc))
			return 0;
	return 1;
}

/* Fills the names pppd compares (auth.c:1341-1342 our_name, 1394
 * explicit_remote). This end's name is `name`, else the host name; under
 * --root (another machine's copy) the host name is not known, so any
 * server field is taken as possibly matching. An empty remotename or name
 * counts as none (have_chap_secret drops an empty client, auth.c:1788). */
static void cs_names_of(const struct config *c, struct cs_names *n, char *remote,
                        char *ours, size_t ours_size)
{
	const struct config_set *s;

	n->client = NULL;
	n->server = NULL;
	if ((s = cs_taken(c, "remotename")) != NULL && cs_arg(c, s, remote) && remote[0])
		n->client = remote;
	if ((s = cs_taken(c, "name")) != NULL && cs_arg(c, s, ours) && ours[0])
		n->server = ours;
	else if (c->machine && gethostname(ours, ours_size) == 0) {
		ours[ours_size - 1] = '\0';
		n->server = ours;
	}
}

/* The names of the methods and of the files pppd looked in. */
static const char *cs_methods_text(unsigned m)
{
	static const char *const t[8] = { "", "PAP", "CHAP", "PAP or CHAP", "EAP",
	                                   "PAP or EAP", "CHAP or EAP", "PAP, CHAP or EAP" };
	return t[m & 7u];
}

/*
 * pppd's start-up check (linux-ppp-2.5.3/pppd/auth.c:1386-1425; 2.4.9's
 * auth.c:1318-1362; apple-ppp-1027.121.1/Helpers/pppd/auth.c:1425-1462):
 * with the login required and no secret for any method asked (PAP:
 * pap-secrets; CHAP and EAP: chap-secrets; Linux EAP: srp-secrets too) and
 * no allow-ip, it exits with 1. Said only when the whole configuration is
 * read, on this machine or a copy under --root, never for a file alone.
 * Left out, staying silent: the login pppd requires by default of a user
 * who is not root (default_auth), a login asked before PPPController's
 * options on a Mac (it passes noauth, apple-ppp-1027.121.1/Controller/
 * ppp_manager.c:1192, which ranks above them; with no command line given a
 * login asked in /etc/ppp/options or ~/.ppprc is taken as undone so), and
 * every case cs_elsewhere lists. A login asked after the controller's
 * noauth, in the service's peers file or /etc/ppp/postoptions, is checked
 * as on Linux: Apple's pppd looks in the same files and stops the same
 * way (Helpers/pppd/auth.c:1429-1463); pppd itself sets no secret-checking
 * hook (auth.c:200, :214 only declare them). Apple's authenticator plugins
 * in its full source (DSAuthentication, Radius) do; pppconf does not know
 * them, and an unknown plugin keeps this silent (cs_elsewhere). Returns 1
 * when said.
 */
int config_secrets(struct config_run *r)
{
	struct config *c = r->c;
	const struct config_set *req;
	struct cs_names n;
	char remote[LEXER_MAXWORD + 1], ours[LEXER_MAXWORD + 1];
	enum cs_found pap = CS_NONE, chap = CS_NONE, srp = CS_NONE;
	unsigned m;
	size_t i;
	int no_ip;
	struct buf msg, files;
	const char *fix;

	if (r->alone || (!c->machine && !c->o.root) || !cs_all_read(c) ||
	    (req = cs_required(c)) == NULL)
		return 0;
	/* a Mac with no command line given: the login asked in /etc/ppp/options
	 * or ~/.ppprc is undone for every service PPPController starts, which
	 * the controller-overrides note says; only a pppd started by hand
	 * meets it, and --args models that run. The same holds for a file
	 * those name with `file` (and for options.<tty>): pppd reads it with
	 * their low rank, which the controller's noauth outranks
	 * (Helpers/pppd/options.c:451 and :1853, Controller/ppp_manager.c:1192) */
	if (c->o.platform == PLATFORM_MACOS && !c->o.args &&
	    c->src[req->src]->priority == CONFIG_PRIO_FILE)
		return 0;
	m = cs_methods(c);
	if (cs_elsewhere(c, r, m))
		return 0;
	cs_names_of(c, &n, remote, ours, sizeof ours);
	buf_init(&files);
	if (m & CS_PAP) {
		/* have_pap_secret passes our_name as it is (auth.c:1745) */
		pap = cs_file(c, "/etc/ppp/pap-secrets", &n);
		buf_adds(&files, "/etc/ppp/pap-secrets");
	}
	if (m & (CS_CHAP | CS_EAP)) {
		chap = cs_file(c, "/etc/ppp/chap-secrets", &n);
		buf_printf(&files, "%s/etc/ppp/chap-secrets", files.len ? ", " : "");
	}
	if ((m & CS_EAP) && c->o.platform == PLATFORM_LINUX) {
		/* built without SRP too: have_srp_secret is not behind an #ifdef
		 * (linux-ppp-2.5.3/pppd/auth.c:1818; 2.4.9's :1736) */
		srp = cs_file(c, "/etc/ppp/srp-secrets", &n);
		buf_adds(&files, ", /etc/ppp/srp-secrets");
		/* EAP-TLS's own file (auth.c:2502): any readable content, unsure */
		if (cs_file(c, "/etc/ppp/eaptls-server", &(struct cs_names){ NULL, NULL }) != CS_NONE) {
			buf_free(&files);
			return 0;
		}
		/* absent: named, as the place an EAP-TLS build would look */
		buf_adds(&files, ", /etc/ppp/eaptls-server");
	}
	if (pap == CS_SOME || chap == CS_SOME || srp == CS_SOME || pap == CS_UNKNOWN ||
	    chap == CS_UNKNOWN || srp == CS_UNKNOWN) {
		buf_free(&files);
		return 0;
	}
	no_ip = pap == CS_NO_IP || chap == CS_NO_IP || srp == CS_NO_IP;
	buf_init(&msg);
	buf_printf(&msg, _("pppd stops before connecting: it must make the peer log in with %s, "
	           "but no line of %s is one the peer could use for that, and no allow-ip line "
	           "lets it in without one. It says it \"couldn't find any suitable secret "
	           "(password)\" and exits with status 1 (derived from the source, not tried)."),
	           cs_methods_text(m), files.data);
	if (no_ip)
		buf_adds(&msg, _(" The line pppd would pick for the peer lets it use no IP address "
		         "(a line with no addresses after the secret allows none; add * to "
		         "allow any)."));
	fix = !(m & (CS_CHAP | CS_EAP)) ?
	      N_("Add a line for the peer to /etc/ppp/pap-secrets (its name or *, this end's "
	      "name or *, the password, and * or its addresses), or remove the line that asks "
	      "for the login, or list the peer's addresses with allow-ip.") :
	      N_("Add a line for the peer to /etc/ppp/chap-secrets (its name or *, this end's "
	      "name or *, the password, and * or its addresses), or remove the line that asks "
	      "for the login, or list the peer's addresses with allow-ip.");
	/* read with no peers file: the stock Debian options ask for a login,
	 * and the peers files its users run with `call` say noauth. Not for a
	 * Mac service: the login then comes from /etc/ppp/postoptions, read
	 * after the service's peers file, which cannot undo it. Nor for a
	 * login asked in a Mac's /etc/ppp/postoptions by hand: pppd reads that
	 * file after the command line and its call, at the command line's rank
	 * (apple-ppp-1027.121.1/Helpers/pppd/main.c:426, options.c:451), and
	 * noauth has no root-only rank there (auth.c:340-341), so the later
	 * line holds. Left out: a file that postoptions itself names. */
	for (i = 0; i < c->n && c->src[i]->origin != CONFIG_CALL; i++)
		;
	if (i == c->n && !(c->o.platform == PLATFORM_MACOS && c->o.service_type) &&
	    c->src[req->src]->origin != CONFIG_POST)
		buf_adds(&msg, _(" This is pppd started with these files alone; a connection started "
		         "with pppd call NAME may turn the login off with noauth in that peers "
		         "file (pppconf check --args 'call NAME' reads it too)."));
	check_report_say(&c->src[req->src]->report, c->src[req->src]->doc, "auth-no-secret",
	                 req->entry, fix, msg.data);
	c->stop_src = req->src;
	c->stop_entry = req->entry;
	buf_free(&msg);
	buf_free(&files);
	return 1;
}
