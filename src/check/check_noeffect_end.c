/* check_noeffect_end.c - the no-effect rule at the end of a file: words that a later line, pppoe.so, pppol2tp.so, Apple's L2TP.ppp or noccp leaves unused, a remotenumber ipv6cp-use-remotenumber gets no identifier from, and noremoteip beside a peer address Linux 2.5.3 insists on (the serial line's: check_noeffect_tty.c). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

/* Whether some accepted entry of the file is a row named `name`. */
static int check_noeffect_has(const struct check_ctx *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, name) == 0)
			return 1;
	return 0;
}

/* What pppoe.so's check turns off in both directions after every option is
 * read, so that these words add nothing: the async map (linux-ppp-2.5.3/
 * pppd/plugins/pppoe/plugin.c:450-451, 2.4.9's :439-440; its channel has
 * no send step and its receive step ignores the map, :276-284, :481-482), protocol field compression
 * (:453-454, 2.4.9's :442-443) and Van Jacobson compression (:463-464,
 * 2.4.9's :457-458), which also idles novjccomp and vj-max-slots,
 * BSD-Compress (:466-467, 2.4.9's :460-461) and Deflate (:460-461,
 * 2.4.9's :454-455), so nodeflate and -deflate add nothing there either.
 * The phrase for the finding, or NULL. */
static const char *check_noeffect_pppoe_off(const char *row)
{
	static const struct { const char *name, *what; } off[] = {
		{ "asyncmap", N_("async-map negotiation") },
		{ "-as", N_("async-map negotiation") },
		{ "default-asyncmap", N_("async-map negotiation") },
		{ "-am", N_("async-map negotiation") },
		{ "nopcomp", N_("protocol field compression") },
		{ "-pc", N_("protocol field compression") },
		{ "novj", N_("Van Jacobson compression") },
		{ "-vj", N_("Van Jacobson compression") },
		{ "novjccomp", N_("Van Jacobson compression") },
		{ "-vjccomp", N_("Van Jacobson compression") },
		{ "vj-max-slots", N_("Van Jacobson compression") },
		{ "nobsdcomp", N_("BSD-Compress") }, { "-bsdcomp", N_("BSD-Compress") },
		{ "nodeflate", N_("Deflate") }, { "-deflate", N_("Deflate") },
	};
	size_t k;

	for (k = 0; k < sizeof off / sizeof *off; k++)
		if (strcmp(row, off[k].name) == 0)
			return off[k].what;
	return NULL;
}

/* After the last option, words that the rest of the file made idle, said
 * on each of their lines. Linux: when pppoe.so's Ethernet interface word is
 * the last device word, pppoe.so carries the link, and its check, run after
 * every option, switches Deflate and BSD-Compress off
 * (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:460-467, 2.4.9's :454-461,
 * run through the channel at main.c:479-480), and address/control field
 * compression off both ways, so noaccomp adds nothing (plugin.c:447-448,
 * 2.4.9's :436-437). A device word of another
 * plugin read later takes the link back; this looks at the last one only.
 * macOS: with l2tpnoipsec anywhere, Apple's L2TP.ppp reads the shared
 * secret and its type only inside its IPsec steps, which it skips
 * (apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/main.c:1521, :1644-1648,
 * :1764, :1778-1782); no option turns IPsec back on. */
/* Apple's L2TP.ppp in answer mode takes the socket pppd was started on
 * and skips the step that loads its kernel extension, the only place
 * l2tpnoload is read (apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/
 * main.c:360-362, :1327-1331). l2tpmode keeps the last value read, and
 * the plugin compares it with "answer" exactly (main.c:105, :233). Its
 * shared secret and the secret's type are read only in the connect
 * branch (main.c:1364, :1545, :1644-1648) and the listen one (:1725,
 * :1778-1782), so in answer mode they do nothing either. One
 * more than the last l2tpmode entry when it says answer; 0 otherwise. */
static size_t check_noeffect_l2tp_answer(const struct check_ctx *c)
{
	const struct doc_entry *e;
	const char *v;
	size_t i, last = SIZE_MAX, len;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "l2tpmode") == 0)
			last = i;
	if (last == SIZE_MAX)
		return 0;
	e = &c->d->entries[last];
	if (e->nwords < 2)
		return 0;
	v = check_val(c, e->word + 1, &len);
	return v && len == 6 && memcmp(v, "answer", 6) == 0 ? last + 1 : 0;
}

/* noccp and -ccp clear CCP's enabled flag, and no option sets it again
 * (linux-ppp-2.5.3/pppd/ccp.c:74-77, 2.4.9's ccp.c the same; Apple's
 * Helpers/pppd/ccp.c:103-106), so with either anywhere in this file the
 * compression words are never negotiated. Skipped where pppoe.so's rule
 * has said so already. mppe-stateful (and Apple's aliases of it) sets a
 * flag read only while CCP negotiates MPPE (2.5.3's ccp.c:912, :1116;
 * 2.4.9's :909, :1113; Apple's :993, :1005, :1217), and a disabled
 * protocol's packets never reach its input routine (2.5.3's main.c:1206),
 * so it does nothing either, and nor does nomppe-stateful (and Apple's
 * mppe-stateless, +mppe-stateless), which sets the same flag the other
 * way; with a require-mppe word the conflict rule speaks too. 1: said. */
static int check_noeffect_noccp(struct check_ctx *c, int pppoe)
{
	size_t i, off = SIZE_MAX, nlen;
	const char *name, *n, *canon;
	int said = 0;

	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && (strcmp(c->row[i]->name, "noccp") == 0 ||
		                  strcmp(c->row[i]->name, "-ccp") == 0))
			off = i;
	for (i = 0; off != SIZE_MAX && i < c->d->nentries; i++) {
		n = c->row[i] ? c->row[i]->name : "";
		canon = c->row[i] && c->row[i]->alias_of ? c->row[i]->alias_of : n;
		if (strcmp(canon, "mppe-stateful") == 0 || strcmp(canon, "nomppe-stateful") == 0) {
			name = check_name(c, i, &nlen);
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
			          N_("Remove it, or the line that turns CCP off."), "",
			          canon[0] == 'm'
			          ? N_("'%.*s' is accepted but does nothing here: line %zu turns CCP "
			               "off, and no option turns it on again, so MPPE, whose stateful "
			               "mode this word allows, is never negotiated.")
			          : N_("'%.*s' is accepted but does nothing here: line %zu turns CCP "
			               "off, and no option turns it on again, so MPPE, whose stateful "
			               "mode this word refuses, is never negotiated."), (int)nlen, name,
			          check_line(c, off));
			said = 1;
			continue;
		}
		if (strcmp(n, "predictor1") != 0 &&
		    (pppoe || (strcmp(n, "deflate") != 0 && strcmp(n, "bsdcomp") != 0)))
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
		          N_("Remove it, or the line that turns CCP off."), "", N_("'%.*s' is accepted but does nothing here: line %zu turns CCP off, "
		                 "and no option turns it on again, so pppd negotiates no "
		                 "compression."), (int)nlen, name, check_line(c, off));
		said = 1;
	}
	return said;
}

/* Linux: when pppol2tp.so reads its pppol2tp word it turns Deflate and
 * BSD-Compress off both ways (linux-ppp-2.5.3/pppd/plugins/pppol2tp/
 * pppol2tp.c:176-183, 2.4.9's :165-172), and it stops pppd asking for
 * address/control and protocol field compression while letting the peer
 * use both again (:170-174, 2.4.9's :159-163). So deflate, bsdcomp,
 * noaccomp, -ac, nopcomp or -pc before the last pppol2tp line of this file
 * is undone, while one after it acts (ccp.c:284 for the first two). CCP's
 * two are not said with noccp (said above). Skipped when pppoe.so carries
 * the link (said above). Leaves out words in other files and read order
 * across them. */
static int check_noeffect_l2tp_words(struct check_ctx *c, int pppoe)
{
	size_t i, l2tp = SIZE_MAX, nlen;
	const char *name, *r, *what, *ccpname;
	int said = 0, ccp;

	if (c->p != PLATFORM_LINUX || pppoe)
		return 0;
	ccp = !check_noeffect_has(c, "noccp") && !check_noeffect_has(c, "-ccp");
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "pppol2tp") == 0)
			l2tp = i;
	for (i = 0; l2tp != SIZE_MAX && i < l2tp; i++) {
		if (!c->row[i])
			continue;
		r = c->row[i]->name;
		name = check_name(c, i, &nlen);
		if (strcmp(r, "noaccomp") == 0 || strcmp(r, "-ac") == 0)
			what = N_("address/control field compression");
		else if (strcmp(r, "nopcomp") == 0 || strcmp(r, "-pc") == 0)
			what = N_("protocol field compression");
		else if (ccp && (strcmp(r, "deflate") == 0 || strcmp(r, "bsdcomp") == 0))
			what = NULL;
		else
			continue;
		ccpname = strcmp(r, "deflate") == 0 ? "Deflate" : "BSD-Compress";
		if (what)
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
			          N_("Move it below the pppol2tp line, or remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: when pppol2tp.so reads "
			             "the pppol2tp word on line %zu, after this one, it lets the peer "
			             "use %s again (and keeps pppd from asking for it); only such a "
			             "line after that word refuses it to the peer."), (int)nlen, name,
			          check_line(c, l2tp), _(what));
		else
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
			          N_("Move it below the pppol2tp line, or remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: when pppol2tp.so reads "
			             "the pppol2tp word on line %zu, after this one, it turns %s off "
			             "both ways; only such a line after that word sets it again."),
			          (int)nlen, name, check_line(c, l2tp), ccpname);
		said = 1;
	}
	return said;
}

/* Linux 2.5.3: an EAP-TLS client takes cert and key, with ca or capath,
 * before pkcs12 and reads pkcs12 only when those are not all set
 * (linux-ppp-2.5.3/pppd/auth.c:2766, :2775); any of them set, even to "",
 * counts. So pkcs12 beside all of them in this file is never read. Leaves
 * out the set split over several files. */
static int check_noeffect_pkcs12(struct check_ctx *c)
{
	size_t i, nlen;
	const char *name;
	int said = 0;

	if (c->p != PLATFORM_LINUX || !check_noeffect_has(c, "cert") ||
	    !check_noeffect_has(c, "key") ||
	    !(check_noeffect_has(c, "ca") || check_noeffect_has(c, "capath")))
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "pkcs12") != 0)
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
		          N_("Remove it, or remove cert and key to use the bundle."), "",
		          N_("'%.*s' is accepted but does nothing here: this file also sets cert, "
		             "key and ca or capath, and pppd's EAP-TLS login then uses those and "
		             "never opens the bundle."), (int)nlen, name);
		said = 1;
	}
	return said;
}

/* Linux: pppol2tp.so clears Van Jacobson compression both ways the moment
 * it reads its pppol2tp word (linux-ppp-2.5.3/pppd/plugins/pppol2tp/
 * pppol2tp.c:179-180 in setdevname_pppol2tp, the word's handler at :97;
 * 2.4.9's :168-169 and :86), and no Linux option turns VJ on again (the
 * VJ words at linux-ppp-2.5.3/pppd/ipcp.c:152-165 only clear it or set
 * the slots), so the VJ words do nothing wherever that line stands. Left
 * out: a pppol2tp line pppd refuses (the value checks say so). When
 * pppoe.so carries the link the pppoe finding is said instead; beside
 * novj, check_needs.c speaks of novjccomp and vj-max-slots. BSD-Compress, cleared too
 * (:182-183, 2.4.9's :171-172), only bsdcomp sets again (ccp.c:284): said with no bsdcomp
 * line; Deflate the same way with no deflate line. */
static int check_noeffect_pppol2tp_vj(struct check_ctx *c, int pppoe)
{
	size_t i, l2tp = SIZE_MAX, nlen;
	const char *name;
	int said = 0;

	if (c->p != PLATFORM_LINUX || pppoe)
		return 0;
	for (i = 0; i < c->d->nentries && l2tp == SIZE_MAX; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "pppol2tp") == 0)
			l2tp = i;
	for (i = 0; l2tp != SIZE_MAX && i < c->d->nentries; i++) {
		const char *what = c->row[i] ? check_noeffect_pppoe_off(c->row[i]->name) : NULL;

		/* Deflate likewise (:176-177, 2.4.9's :165-166): only deflate
		 * sets it again (ccp.c:330-339) */
		if (what && strcmp(what, "Deflate") == 0 && !check_noeffect_has(c, "deflate")) {
			name = check_name(c, i, &nlen);
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: pppol2tp.so turns "
			             "Deflate off both ways as it reads the pppol2tp word (line "
			             "%zu), and no deflate line turns it on again."), (int)nlen, name,
			          check_line(c, l2tp));
			said = 1;
			continue;
		}
		if (what && strcmp(what, "BSD-Compress") == 0 && !check_noeffect_has(c, "bsdcomp")) {
			name = check_name(c, i, &nlen);
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: pppol2tp.so turns "
			             "BSD-Compress off both ways as it reads the pppol2tp word (line "
			             "%zu), and no bsdcomp line turns it on again."), (int)nlen, name,
			          check_line(c, l2tp));
			said = 1;
			continue;
		}
		if (!what || strcmp(what, "Van Jacobson compression") != 0)
			continue;
		/* beside novj, the needs rule already says it of the others */
		if (strcmp(check_sets_canon(c->row[i]), "novj") != 0 &&
		    check_sets_last(c, "novj") != SIZE_MAX)
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
		          N_("'%.*s' is accepted but does nothing here: pppol2tp.so turns Van "
		             "Jacobson compression off both ways as it reads the pppol2tp word "
		             "(line %zu), and no option turns it on again."), (int)nlen, name,
		          check_line(c, l2tp));
		said = 1;
	}
	return said;
}

/* macOS: cancelcode with Apple's PPPSerial.ppp loaded by the file. That
 * plugin's option check, which pppd runs once every option is read
 * (apple-ppp-1027.121.1/Helpers/pppd/main.c:469-470), sets the code to 136
 * whatever the file said (Drivers/PPPSerial/PPPSerial-plugin/main.c:302),
 * so any cancelcode line, above or below the plugin line, is replaced.
 * A channel plugin in the file is check_noeffect_tty_idle's case (it
 * replaces the step that reads the code). Left out: PPPSerial.ppp loaded by
 * another file or by PPPController for a serial service. 1: said. */
static int check_noeffect_cancelcode(struct check_ctx *c)
{
	size_t i, alen, nlen, ser = SIZE_MAX;
	const char *arg, *pl, *name;
	int said = 0;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries && ser == SIZE_MAX; i++) {
		arg = check_loads_plugin(c->row[i]) ? check_arg(c, i, &alen) : NULL;
		pl = arg ? catalog_plugin_name(arg, alen, c->p) : NULL;
		if (pl && strcmp(pl, "PPPSerial.ppp") == 0)
			ser = i;
	}
	for (i = 0; ser != SIZE_MAX && i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "cancelcode") != 0 ||
		    check_noeffect_tty_idle(c, i) != SIZE_MAX)
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
		          N_("'%.*s' is accepted but does nothing here: PPPSerial.ppp, loaded on "
		             "line %zu, sets the cancel code to 136 once every option is read, "
		             "whatever this line says (derived from Apple's source, not tried on "
		             "a Mac)."), (int)nlen, name, check_line(c, ser));
		said = 1;
	}
	return said;
}

/* macOS: with a modem script named, PPPSerial.ppp's own check step, which
 * runs once every option is read, points pppd's connect and disconnect
 * commands at its own script engine (apple-ppp-1027.121.1/Drivers/
 * PPPSerial/PPPSerial-plugin/main.c:304, :308-309; the step is hooked at
 * :213 and called at Helpers/pppd/main.c:470), so a connect or disconnect
 * line in the same file never runs, above or below the modemscript line.
 * Only a modemscript line pppd accepted here counts. Left out: a modem
 * script named in another file, and PPPController's modem settings
 * (modemdict), which do the same. A channel plugin that takes the serial
 * line's step away is check_noeffect_tty_idle's case. 1: said. */
static int check_noeffect_modem_connect(struct check_ctx *c)
{
	size_t i, nlen, ms = SIZE_MAX;
	const char *name;
	int said = 0;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries && ms == SIZE_MAX; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "modemscript") == 0)
			ms = i;
	for (i = 0; ms != SIZE_MAX && i < c->d->nentries; i++) {
		if (!c->row[i] || (strcmp(c->row[i]->name, "connect") != 0 &&
		                   strcmp(c->row[i]->name, "disconnect") != 0) ||
		    check_noeffect_tty_idle(c, i) != SIZE_MAX)
			continue;
		name = check_name(c, i, &nlen);
		/* the "pppd runs this command" notes said earlier no longer hold */
		check_unsay(c, CHECK_K_ROOT_COMMAND, i);
		check_unsay(c, CHECK_K_CONTROLLER_PORT, i);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
		          N_("Remove it, or remove the modemscript line if this command is the one "
		             "meant to run."), "",
		          N_("'%.*s' is accepted but its command never runs: with the modem script "
		             "named on line %zu, PPPSerial.ppp puts its own script command in its "
		             "place once every option is read (derived from Apple's source, not "
		             "tried on a Mac)."), (int)nlen, name, check_line(c, ms));
		said = 1;
	}
	return said;
}

/* ipv6cp-use-remotenumber with a remotenumber in this file that Linux
 * 2.5.3 turns into no identifier (linux-ppp-2.5.3/pppd/ipv6cp.c:1165-1202):
 * pppd tries a MAC, an IPv4 and an IPv6 address, then a number of digits
 * with one leading + allowed. This reader is sure only of the plain case:
 * a value with no ':' or '.' (so none of the three addresses), an optional
 * +, a digit, then digits, spaces, dashes and brackets, where a separator
 * stops the number or every digit is 0. It leaves out numbers too long for
 * 64 bits and values starting with a space or sign. Skipped when the file
 * turns IPv6 off or its ipv6 line names the peer's part (other notes). */
static int check_noeffect_remote_id(struct check_ctx *c)
{
	size_t use, num, i, len, k, w;
	const char *v;
	int sep = 0, nonzero = 0;

	if (c->p != PLATFORM_LINUX ||
	    (use = check_sets_last(c, "ipv6cp-use-remotenumber")) == SIZE_MAX ||
	    (num = check_sets_last(c, "remotenumber")) == SIZE_MAX ||
	    check_noeffect_has(c, "noipv6") || check_noeffect_has(c, "-ipv6"))
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "ipv6") != 0 ||
		    (w = check_value_word(c, i)) == SIZE_MAX)
			continue;
		v = check_val(c, w, &len);
		if (memchr(v, ',', len))
			return 0;
	}
	if ((w = check_value_word(c, num)) == SIZE_MAX)
		return 0;
	v = check_val(c, w, &len);
	k = (len > 0 && v[0] == '+') ? 1 : 0;
	if (k >= len || v[k] < '0' || v[k] > '9')
		return 0;
	for (; k < len; k++) {
		if (v[k] >= '0' && v[k] <= '9')
			nonzero |= v[k] != '0';
		else if (v[k] == ' ' || v[k] == '-' || v[k] == '(' || v[k] == ')')
			sep = 1;
		else
			return 0;
	}
	if (!sep && nonzero)
		return 0;
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, use), use,
	          N_("Write the peer's number in digits alone and not 0 (one leading + is "
	             "allowed), or remove this line."), NULL,
	          N_("'ipv6cp-use-remotenumber' does nothing here: pppd reads the remotenumber "
	             "on line %zu, '%.*s', as no MAC, IPv4 or IPv6 address, and as a telephone number it gives an "
	             "identifier only when written in digits alone and not 0, so the peer gets "
	             "no identifier from it (derived from the source, not tried)."),
	          check_line(c, num), (int)len, v);
	return 1;
}

/* Linux 2.5.3: noremoteip beside an address word of this file that names
 * the peer's side (text after its colon), with no ipcp-accept-remote here.
 * pppd then insists on that address: it asks the peer for it whatever
 * noremoteip says (linux-ppp-2.5.3/pppd/ipcp.c:1718), gives the link no
 * stand-in with demand (:1778), and on the link's way up either uses it or
 * closes IPv4 (:1831-1837), so the default address noremoteip holds back
 * (:1850) is never made. 2.4.9 reads noremoteip there (ipcp.c:1650), so the
 * rule stays silent when --pppd-version names an older release. Left out:
 * a secrets line or plugin that changes the address, and another source
 * that gives ipcp-accept-remote (the note says so); noip is another note's. */
static int check_noeffect_noremoteip(struct check_ctx *c)
{
	size_t nr, i, len;
	const char *w, *colon;

	if (c->p != PLATFORM_LINUX || check_release_before(c, "2.5.3") ||
	    (nr = check_sets_last(c, "noremoteip")) == SIZE_MAX ||
	    check_noeffect_has(c, "ipcp-accept-remote") || check_noeffect_has(c, "noip"))
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (c->row[i] == NULL || strcmp(c->row[i]->name, "<local>:<remote>") != 0)
			continue;
		w = check_name(c, i, &len);
		colon = w ? memchr(w, ':', len) : NULL;
		if (colon && colon + 1 < w + len)
			break;
	}
	if (i == c->d->nentries)
		return 0;
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, nr), nr,
	          N_("Remove it, or add ipcp-accept-remote if the peer may choose its own "
	             "address."), NULL,
	          N_("'noremoteip' does nothing here in Linux pppd 2.5.3: line %zu gives the "
	             "peer's address and nothing in this file gives ipcp-accept-remote, so pppd "
	             "asks the peer for that address anyway and, if the peer has not agreed to "
	             "it when IPv4 comes up, closes IPv4 (\"Peer refused to agree to his IP "
	             "address\"). Another source with ipcp-accept-remote, or a secrets line "
	             "with more than one address that does not allow this one, changes that. "
	             "2.4.9 still reads it there (derived from the source, not tried)."),
	          check_line(c, i));
	return 1;
}

int check_noeffect_end(struct check_ctx *c)
{
	size_t i, dev = SIZE_MAX, nlen;
	const char *name, *what, *via;
	int said = 0, pppoe, noipsec;
	size_t answer;

	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && (c->row[i]->flags & CATALOG_DEVNAM))
			dev = i;
	pppoe = c->p == PLATFORM_LINUX && dev != SIZE_MAX &&
	        strcmp(c->row[dev]->name, "<ethernet-interface>") == 0;
	noipsec = c->p == PLATFORM_MACOS && check_noeffect_has(c, "l2tpnoipsec");
	answer = check_noeffect_l2tp_answer(c);
	/* the plugin the file loads, under either of its names */
	via = pppoe && c->row[dev]->plugin ? c->row[dev]->plugin : "pppoe.so";
	for (i = 0; (pppoe || noipsec || answer) && i < c->d->nentries; i++) {
		if (!c->row[i])
			continue;
		name = check_name(c, i, &nlen);
		if (pppoe && (strcmp(c->row[i]->name, "deflate") == 0 ||
		              strcmp(c->row[i]->name, "bsdcomp") == 0))
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s carries the "
			             "link (the interface word on line %zu), and once every option is "
			             "read it turns Deflate and BSD-Compress off, whatever this line "
			             "says."), (int)nlen, name, via, check_line(c, dev));
		else if (pppoe && (strcmp(c->row[i]->name, "noaccomp") == 0 ||
		                   strcmp(c->row[i]->name, "-ac") == 0))
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s carries the "
			             "link (the interface word on line %zu), and once every option is "
			             "read it turns address/control field compression off both ways "
			             "itself."), (int)nlen, name, via, check_line(c, dev));
		else if (pppoe && strcmp(c->row[i]->name, "receive-all") == 0)
			/* pppoe.so's receive step drops the map (plugin.c:276-285; 2.4.9's
			 * :275-284), so the empty one receive-all asks for never lands.
			 * pppol2tp.so and pppoatm.so: check_noeffect_atm. */
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s carries the "
			             "link (the interface word on line %zu), and its receive step "
			             "leaves pppd's receive map, which receive-all empties, unused "
			             "(derived from the source, not tried)."),
			          (int)nlen, name, via, check_line(c, dev));
		else if (pppoe && (what = check_noeffect_pppoe_off(c->row[i]->name)) != NULL)
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s carries the "
			             "link (the interface word on line %zu), and once every option is "
			             "read it turns %s off both ways itself."), (int)nlen, name, via,
			          check_line(c, dev), _(what));
		else if (noipsec && (strcmp(c->row[i]->name, "l2tpipsecsharedsecret") == 0 ||
		                     strcmp(c->row[i]->name, "l2tpipsecsharedsecrettype") == 0))
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it, or remove "
			          "l2tpnoipsec if the server uses IPsec."), NULL,
			          N_("'%.*s' is accepted but does nothing here: with l2tpnoipsec, "
			             "L2TP.ppp skips its IPsec setup, the only place it reads the "
			             "shared secret and its type (derived from Apple's source, not "
			             "tried on a Mac)."), (int)nlen, name);
		else if (answer && strcmp(c->row[i]->name, "l2tpnoload") == 0)
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), NULL,
			          N_("'%.*s' is accepted but does nothing here: with l2tpmode answer "
			             "(line %zu), L2TP.ppp is handed its socket and never loads the "
			             "kernel extension, unless a source pppd reads later sets another "
			             "mode (derived from Apple's source, not tried on a Mac)."),
			          (int)nlen, name, check_line(c, answer - 1));
		else if (answer && (strcmp(c->row[i]->name, "l2tpipsecsharedsecret") == 0 ||
		                    strcmp(c->row[i]->name, "l2tpipsecsharedsecrettype") == 0))
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), NULL,
			          N_("'%.*s' is accepted but does nothing here: with l2tpmode answer "
			             "(line %zu), L2TP.ppp never reads the IPsec shared secret or its "
			             "type; only connecting out and listening do, unless a source "
			             "pppd reads later sets another mode "
			             "(derived from Apple's source, not tried on a Mac)."),
			          (int)nlen, name, check_line(c, answer - 1));
		else
			continue;
		said = 1;
	}
	said |= check_noeffect_pppol2tp_vj(c, pppoe);
	said |= check_noeffect_noccp(c, pppoe);
	said |= check_mppe_drops_compression(c, pppoe);
	said |= check_noeffect_l2tp_words(c, pppoe);
	said |= check_noeffect_pkcs12(c);
	said |= check_noeffect_cancelcode(c);
	said |= check_noeffect_modem_connect(c);
	said |= check_noeffect_remote_id(c);
	said |= check_noeffect_noremoteip(c);
	said |= check_noeffect_pty_lines(c);
	said |= check_noeffect_device_replaced(c);
	said |= check_controller_serial_idle(c);
	return said | check_noeffect_tty_end(c);
}

