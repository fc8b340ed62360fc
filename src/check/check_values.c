/* check_values.c - what an accepted directive says: its value, the pppd releases that know it, its plugin, its risks. */
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

/* ---- pppd releases and values ----------------------------------------- */

/* "2.5.3" -> 20503; "after 2.5.3" -> 20504 (a release after it). */
static long check_version(const char *v)
{
	long a = 0, b = 0, cc = 0, after = 0;

	if (strncmp(v, "after ", 6) == 0) {
		after = 1;
		v += 6;
	}
	a = strtol(v, (char **)&v, 10);
	if (*v == '.')
		b = strtol(v + 1, (char **)&v, 10);
	if (*v == '.')
		cc = strtol(v + 1, (char **)&v, 10);
	return a * 10000 + b * 100 + cc + after;
}

static void check_release(struct buf *b, const char *v)
{
	if (strncmp(v, "after ", 6) == 0)
		buf_printf(b, "Linux pppd releases after %s", v + 6);
	else
		buf_printf(b, "Linux pppd %s and newer", v);
}

void check_versions(struct check_ctx *c, size_t entry, const struct catalog_entry *r,
                    const char *word, size_t wlen, struct check_row *ri)
{
	struct buf msg;
	size_t line = check_line(c, entry), k;

	if (c->p != PLATFORM_LINUX)
		return;
	/* What is said depends on the row and the word alone: the same again */
	if (ri->ver_word && (ri->ver_from == ri->ver_to ||
	                     (ri->ver_len == wlen && check_same(ri->ver_word, word, wlen)))) {
		for (k = ri->ver_from; k < ri->ver_to; k++)
			check_add_like(c, k, line, entry);
		return;
	}
	ri->ver_word = word;
	ri->ver_len = wlen;
	ri->ver_from = c->out->n;
	buf_init(&msg);
	if (r->linux_removed) {
		buf_printf(&msg, "'%.*s' is gone from ", (int)wlen, word);
		check_release(&msg, r->linux_removed);
		buf_adds(&msg, ": there pppd stops with \"unrecognized option\" and refuses "
		         "to start.");
		check_addb(c, CHECK_K_REMOVED, line, entry, NULL, NULL, &msg);
		buf_reset(&msg);
	}
	/* 2.4.9 (2021) is the oldest pppd in maintained distributions; only
	 * options younger than that are worth a warning. */
	if (r->linux_since && check_version(r->linux_since) > 20409) {
		buf_printf(&msg, "'%.*s' exists only in Linux pppd %s and newer; an older pppd "
		           "stops with \"unrecognized option\" (see pppd --version).",
		           (int)wlen, word, r->linux_since);
		check_addb(c, CHECK_K_NEEDS_NEWER, line, entry, NULL, NULL, &msg);
		buf_reset(&msg);
	}
	/* Files under /etc/ppp are read with privilege: only elsewhere (a file
	 * named with 'file' by a user, ~/.ppprc) does this matter. */
	if (r->linux_priv_since && !c->system_file) {
		buf_printf(&msg, "In ");
		check_release(&msg, r->linux_priv_since);
		buf_printf(&msg, " '%.*s' may only come from a privileged place (/etc/ppp/options, "
		           "a peers file, or root's command line); in ~/.ppprc or from a normal "
		           "user pppd refuses it.", (int)wlen, word);
		check_addb(c, CHECK_K_PRIV_SINCE, line, entry, NULL, NULL, &msg);
		buf_reset(&msg);
	}
	if (r->flags & CATALOG_NOOP) {
		buf_printf(&msg, "'%.*s' is accepted but does nothing in current Linux pppd.",
		           (int)wlen, word);
		check_add(c, CHECK_K_NO_EFFECT, line, entry, "Remove it.", "", "%s", msg.data);
	}
	ri->ver_to = c->out->n;
	buf_free(&msg);
}

/* The argument of an accepted entry, or of a wildcard the word itself. */
void check_argument(struct check_ctx *c, size_t entry, const struct catalog_entry *r,
                    struct check_row *ri)
{
	const struct doc_entry *e = &c->d->entries[entry];
	struct buf why, msg, fix, rep;
	size_t vlen, line = check_line(c, entry), wi, k;
	const char *v;
	int res = 0;

	if (r->flags & CATALOG_WILDCARD) {
		wi = e->word;
	} else if (r->nargs >= 1 && e->nwords >= 2) {
		wi = e->word + 1;
	} else {
		return;
	}
	v = check_val(c, wi, &vlen);
	if (ri->ok_val && vlen == ri->ok_len && check_same(v, ri->ok_val, vlen) &&
	    !(e->flags & DOC_ARG_NEXT_LINE))
		return;
	buf_init(&why);
	buf_init(&msg);
	buf_init(&fix);
	buf_init(&rep);
	if (!ri->ok_val || vlen != ri->ok_len || !check_same(v, ri->ok_val, vlen))
		res = catalog_check_value(r, v, vlen, &why);
	if (res == 0) {
		ri->ok_val = v;
		ri->ok_len = vlen;
	}
	if (res == 2) {
		buf_printf(&msg, "Bad value for %s: %s", (r->flags & CATALOG_WILDCARD) ? "the word"
		           : r->name, why.data ? why.data : "pppd refuses it.");
		check_stops(c, line, &msg);
		if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MIN) &&
		    (r->flags & CATALOG_HAS_MAX))
			buf_printf(&fix, "Use a whole number from %lld to %lld.", r->lo, r->hi);
		else if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MIN))
			buf_printf(&fix, "Use a whole number of at least %lld.", r->lo);
		else if (r->arg == CATALOG_ARG_INT && (r->flags & CATALOG_HAS_MAX))
			buf_printf(&fix, "Use a whole number of at most %lld.", r->hi);
		else
			buf_printf(&fix, "Give a valid %s.", catalog_arg_name(r->arg));
		check_addb(c, CHECK_K_BAD_VALUE, line, entry, &fix, NULL, &msg);
	} else if (res == 1) {
		buf_printf(&msg, "%s: %s", (r->flags & CATALOG_WILDCARD) ? "This word" : r->name,
		           why.data ? why.data : "pppd reads it differently than it looks.");
		buf_adds(&fix, "Write the value pppd should use, plainly.");
		for (k = 0; k < vlen && v[k] >= '0' && v[k] <= '9'; k++)
			;
		if (r->arg == CATALOG_ARG_INT && k > 0 && k < vlen && v[0] != '0') {
			buf_printf(&rep, "%s %.*s", r->name, (int)k, v);
			check_addb(c, CHECK_K_ODD_VALUE, line, entry, &fix, &rep, &msg);
			buf_reset(&rep);
		} else {
			check_addb(c, CHECK_K_ODD_VALUE, line, entry, &fix, NULL, &msg);
		}
	}
	if (!(r->flags & CATALOG_WILDCARD) && (e->flags & DOC_ARG_NEXT_LINE)) {
		struct buf vw;
		buf_init(&vw);
		check_word(&vw, v, vlen);
		buf_reset(&msg);
		buf_reset(&fix);
		buf_printf(&msg, "'%s' has no value on its own line, so pppd takes the next "
		           "word, %s on line %zu, as its value.", r->name, vw.data,
		           doc_word_line(c->d, wi) + 1);
		buf_adds(&fix, "Put the value on the same line as the option.");
		check_entry_text(c, entry, &rep);
		check_addb(c, CHECK_K_ARG_NEXT_LINE, line, entry, &fix, &rep, &msg);
		buf_free(&vw);
	}
	buf_free(&why);
	buf_free(&msg);
	buf_free(&fix);
	buf_free(&rep);
}

/* ---- risky settings and plugins -------------------------------------- */

/* Linux renamed rp-pppoe.so to pppoe.so in 2.4.9 (2.4.9 still installs a
 * link under the old name; 2.5.0 and later do not). */
static const struct {
	const char *old, *now, *gone;
} check_plugin_renames[] = {
	{ "rp-pppoe.so", "pppoe.so", "2.5.0" },
};

static void check_plugin_line(struct check_ctx *c, size_t entry,
                              const struct catalog_entry *r)
{
	const struct doc_entry *e = &c->d->entries[entry];
	enum platform other = c->p == PLATFORM_MACOS ? PLATFORM_LINUX : PLATFORM_MACOS;
	size_t alen, i, line = e->line_first + 1;
	const char *arg, *pl;
	struct buf msg, w, rep;

	if (e->nwords < 2)
		return;
	arg = check_val(c, e->word + 1, &alen);
	buf_init(&msg);
	buf_init(&w);
	buf_init(&rep);
	check_word(&w, arg, alen);
	pl = catalog_plugin_name(arg, alen, c->p);
	if (!pl && (pl = catalog_plugin_name(arg, alen, other)) != NULL) {
		buf_printf(&msg, "%s is a %s plugin; %s's pppd cannot load it", w.data,
		           platform_display(other), platform_display(c->p));
		if (c->p == PLATFORM_LINUX || strcmp(r->name, "plugin2") == 0) {
			buf_adds(&msg, ".");
			check_stops(c, line, &msg);
			check_add(c, CHECK_K_OTHER_PLATFORM, line, entry, "Remove the line, or check "
			          "the file with the right --platform.", NULL, "%s", msg.data);
		} else {
			buf_adds(&msg, ". It only logs the failure and goes on, but the plugin's "
			         "options after this line will be refused.");
			check_add(c, CHECK_K_PLUGIN_NOT_LOADED, line, entry, "Remove the line.", "",
			          "%s", msg.data);
		}
	} else if (!pl && (pl = catalog_plugin_suggest(arg, alen, c->p)) != NULL) {
		int soft = c->p == PLATFORM_MACOS && strcmp(r->name, "plugin") == 0;
		buf_printf(&msg, "There is no plugin called %s; it looks like a misspelling of "
		           "%s.", w.data, pl);
		if (soft)
			buf_adds(&msg, " macOS's pppd only logs that it cannot load it and goes "
			         "on, so the plugin's options after this line will be refused.");
		else
			check_stops(c, line, &msg);
		buf_printf(&rep, "%s %s", r->name, pl);
		check_add(c, soft ? CHECK_K_PLUGIN_NOT_LOADED : CHECK_K_PLUGIN_MISSPELLED, line,
		          entry, "Correct the plugin's name.", rep.data, "%s", msg.data);
	} else if (!pl) {
		buf_printf(&msg, "pppconf has no list of the options that plugin %s adds, so it "
		           "cannot check the words that follow. %s", w.data,
		           c->p == PLATFORM_MACOS && strcmp(r->name, "plugin") == 0 ?
		           "If pppd cannot load it, it logs that and goes on." :
		           "pppd stops if it cannot find or load the plugin.");
		check_add(c, CHECK_K_UNKNOWN_PLUGIN, line, entry, NULL, NULL, "%s", msg.data);
	} else {
		for (i = 0; i < sizeof check_plugin_renames / sizeof check_plugin_renames[0]; i++) {
			if (c->p != PLATFORM_LINUX || strcmp(pl, check_plugin_renames[i].old) != 0)
				continue;
			buf_printf(&msg, "Linux pppd %s and newer has no %s (it became %s); there "
			           "pppd cannot load it and refuses to start.",
			           check_plugin_renames[i].gone, pl, check_plugin_renames[i].now);
			buf_printf(&rep, "plugin %s", check_plugin_renames[i].now);
			check_add(c, CHECK_K_REMOVED, line, entry, "Use the new name, which pppd "
			          "2.4.9 and newer know.", rep.data, "%s", msg.data);
		}
		if (c->p == PLATFORM_MACOS && catalog_plugin_is_channel(pl, c->p) &&
		    c->shared_file && !c->said_channel++) {
			buf_reset(&msg);
			buf_printf(&msg, "Every pppd on this Mac reads this file, so every PPP "
			           "service now starts with %s in charge of the link: modem, serial "
			           "and Bluetooth PPP services stop working, and serial-line options "
			           "after this line are refused.", pl);
			check_add(c, CHECK_K_GLOBAL_CHANNEL, line, entry, "If only one VPN needs its "
			          "options, put them in /etc/ppp/peers/<exact service name> instead "
			          "(no plugin line needed there).", NULL, "%s", msg.data);
		}
	}
	buf_free(&msg);
	buf_free(&w);
	buf_free(&rep);
}

void check_risks(struct check_ctx *c, size_t entry, const struct catalog_entry *r,
                 unsigned traits)
{
	const struct doc_entry *e = &c->d->entries[entry];
	const struct check_file *f = c->file;
	size_t line = e->line_first + 1, alen = 0;
	const char *arg = e->nwords >= 2 ? check_val(c, e->word + 1, &alen) : NULL;

	if (traits & CHECK_T_PLUGIN) {
		check_plugin_line(c, entry, r);
	} else if ((traits & CHECK_T_NOAUTH) && !c->said_noauth++) {
		check_add(c, CHECK_K_NOAUTH, line, entry, "Keep it only if this machine dials out "
		          "to a provider or VPN server; never on a machine that answers calls.",
		          NULL, "noauth: pppd does not ask the other side to prove who it is. "
		          "That is usual when you dial out to a provider, but anyone who can "
		          "reach a PPP link of this machine%s gets in without a password.",
		          c->shared_file ? " (this file applies to all of them)" : "");
	} else if ((traits & CHECK_T_NOIPSEC) && !c->said_noipsec++) {
		check_add(c, CHECK_K_NO_IPSEC, line, entry, "Keep it only if your L2TP server "
		          "does not use IPsec. To undo it, remove this line and the 'plugin "
		          "L2TP.ppp' line above it (pppconf fix l2tp-noipsec-undo).", NULL,
		          "l2tpnoipsec: L2TP runs without IPsec, so the tunnel is unencrypted: "
		          "your login exchange and traffic cross the network in the clear unless "
		          "PPP itself encrypts them. %s",
		          c->shared_file ? "In this file it applies to every L2TP VPN service on "
		          "this Mac, including ones whose server needs IPsec." :
		          "It applies to every connection that reads this file.");
	}
	if ((r->flags & CATALOG_HIDE) || r->arg == CATALOG_ARG_SECRET) {
		c->secret_seen = 1;
		if (f && f->have_stat && (f->mode & 044))
			check_add(c, CHECK_K_SECRET_READABLE, line, entry,
			          "Make the file readable by root only (sudo chmod 600), or keep "
			          "the secret elsewhere (pap-secrets/chap-secrets on Linux, the "
			          "keychain on macOS).", NULL,
			          "'%s' holds a password or shared secret, and %s can read this "
			          "file (mode %04o).", r->name,
			          (f->mode & 004) ? "every user" : "its group",
			          (unsigned)(f->mode & 07777));
		else
			check_add(c, CHECK_K_SECRET, line, entry, NULL, NULL,
			          "'%s' holds a password or shared secret in plain text; keep this "
			          "file readable by root only.", r->name);
	}
	if (r->arg == CATALOG_ARG_COMMAND && arg) {
		struct buf msg;

		buf_init(&msg);
		buf_add_escaped(&msg, arg, alen > 60 ? 60 : alen);
		check_add(c, CHECK_K_ROOT_COMMAND, line, entry, "Make sure the command and any "
		          "script it names belong to root and only root can change them.", NULL,
		          "'%s' makes pppd run a command as root: %s%s", r->name, msg.data,
		          alen > 60 ? "..." : "");
		buf_free(&msg);
	}
}
