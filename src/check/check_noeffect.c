/* check_noeffect.c - the rule about a word pppd accepts and then does nothing with, in the release or on the platform that reads the file. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check/check_int.h"

/* ipv6cp-accept-local is the other way round: it works in Linux 2.5.3
 * but in 2.4.9 it sets a field of the options pppd allows the peer, which
 * the IPv6CP code never reads; the code reads the field in the options
 * pppd wants (linux-ppp-2.4.9/pppd/ipv6cp.c:242 and :722). Said on Linux
 * when --pppd-version names 2.4.9 (or a later 2.4); other releases before
 * 2.5.3 are not in the sources pppconf follows. Apple's pppd has the same
 * gap (apple-ppp-1027.121.1/Helpers/pppd/ipv6cp.c:263 and :787): its row
 * carries CATALOG_NOOP_MACOS. ipv6cp-accept-remote has the same gap in
 * 2.4.9 (ipv6cp.c:244 sets the allowed set, :944 reads the wanted one);
 * Apple's pppd has no such word. 1: said. */
static int check_noeffect_ipv6(struct check_ctx *c, size_t entry)
{
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);
	int local;

	if (nlen == 19 && strncmp(name, "ipv6cp-accept-local", nlen) == 0)
		local = 1;
	else if (nlen == 20 && strncmp(name, "ipv6cp-accept-remote", nlen) == 0)
		local = 0;
	else
		return 0;
	if (c->p != PLATFORM_LINUX || !check_release_before(c, "2.5.0") ||
	    check_release_before(c, "2.4.9"))
		return 0;
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, entry), entry,
	          N_("Remove it, or use Linux pppd 2.5.3, where it works."), "",
	          local ? N_("'%.*s' is accepted but does nothing in Linux pppd 2.4.9: it sets a "
	                     "field the IPv6CP code never reads, so pppd takes the peer's "
	                     "identifier for this end only when this end has none of its own.") :
	          N_("'%.*s' is accepted but does nothing in Linux pppd 2.4.9: it sets a "
	             "field the IPv6CP code never reads, so an identifier that ipv6 gives "
	             "the peer is still asked for when the peer first proposes another."),
	          (int)nlen, name);
	return 1;
}

/* ECP is off in Apple's pppd unless something turns it on, no option does,
 * and its protocol entry has no code to run (apple-ppp-1027.121.1/Helpers/
 * pppd/ecp.c:100, :130, :138), so noecp (and -ecp) changes nothing there. The field
 * it clears is still looked at by the generic code, which is why the row
 * does not carry CATALOG_NOOP_MACOS and its wording. 1: said. */
static int check_noeffect_ecp(struct check_ctx *c, size_t entry)
{
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);

	if (c->p != PLATFORM_MACOS || (strcmp(c->row[entry]->name, "noecp") != 0 &&
	                               strcmp(c->row[entry]->name, "-ecp") != 0))
		return 0;
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, entry), entry, N_("Remove it."), "",
	          N_("'%.*s' is accepted but does nothing in Apple's pppd: ECP is off there "
	             "unless turned on, no option turns it on, and pppd has no code to "
	             "negotiate it (derived from Apple's source, not tried on a Mac)."),
	          (int)nlen, name);
	return 1;
}

/* chapms-strip-domain beside remotename in the same file: pppd checks a CHAP
 * login under remotename's name as it is and strips only the name the peer
 * sent (linux-ppp-2.5.3/pppd/chap.c:358-369; 2.4.9 chap-new.c:367-378).
 * 2.5.3's MS-CHAPv2 inside EAP strips remotename's name too (eap.c:2653-
 * 2663); 2.4.9's EAP strips nothing (eap.c:2628-2632). Only a remotename in
 * the file being checked is seen, before or after this line: pppd reads every
 * option before any login, so the order does not matter; hence this runs at
 * the end of the file, when every line's row is known. 1: said. */
static int check_noeffect_strip(struct check_ctx *c, size_t entry)
{
	size_t at;

	if (c->p != PLATFORM_LINUX || !c->row[entry] ||
	    strcmp(c->row[entry]->name, "chapms-strip-domain") != 0 ||
	    (at = check_pairs_first(c, "remotename", 0)) == SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, entry), entry,
	          N_("Remove remotename if the peer's own name should be checked, or remove "
	             "this line."), check_release_before(c, "2.5.0") ? "" : NULL,
	          check_release_before(c, "2.5.0") ?
	          N_("'chapms-strip-domain' is accepted but does nothing here: remotename on "
	             "line %zu is set, so pppd checks the peer's login under that name as it "
	             "is, and Linux pppd 2.4.9 strips no other name (derived from the source, "
	             "not tried).") :
	          N_("'chapms-strip-domain' does nothing here for CHAP logins: remotename on "
	             "line %zu is set, so pppd checks them under that name as it is; only "
	             "MS-CHAPv2 inside EAP, in Linux pppd 2.5.3, still strips a domain from "
	             "remotename's name (derived from the source, not tried)."), check_line(c, at));
	return 1;
}

/* check_noeffect_strip for each chapms-strip-domain line, at the end. */
static int check_noeffect_strip_end(struct check_ctx *c)
{
	size_t i;
	int said = 0;

	for (i = 0; i < c->d->nentries; i++)
		said |= check_noeffect_strip(c, i);
	return said;
}

/* Two options of Apple's L2TP.ppp are taken but never used: the plugin reads
 * them only when it sets its timers in connect mode, and every call that
 * sets the timers asks for the other mode (apple-ppp-1027.121.1/Drivers/
 * L2TP/L2TP-plugin/main.c:2449-2466, calls at main.c:1359, :1865 and
 * l2tp.c:297). Said on macOS only; Linux has no such words. 1: said. */
static int check_noeffect_l2tp(struct check_ctx *c, size_t entry)
{
	size_t nlen;
	const char *name = check_name(c, entry, &nlen);
	const char *fix;

	if (c->p != PLATFORM_MACOS)
		return 0;
	if (nlen == 18 && strncmp(name, "l2tpconnectretries", nlen) == 0)
		fix = N_("Remove it; to change how often the plugin resends a control "
		         "message, connection setup included, set l2tpretries.");
	else if (nlen == 18 && strncmp(name, "l2tpconnecttimeout", nlen) == 0)
		fix = N_("Remove it; to change how long the plugin waits before resending "
		         "a control message, connection setup included, set l2tpretrytimeout "
		         "and l2tptimeoutcap.");
	else
		return 0;
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, entry), entry, fix, "",
	          N_("'%.*s' is accepted but does nothing in Apple's L2TP.ppp: the plugin "
	             "reads it only for a connect-mode timer setting that none of its calls "
	             "asks for (derived from Apple's source, not tried on a Mac)."),
	          (int)nlen, name);
	return 1;
}

/* macOS: only PPPoE.ppp and the modem plugin read device (Apple's
 * Drivers/PPPoE/PPPoE-plugin/main.c:190, PPPSerial-plugin/main.c:265).
 * Said when the channel plugin lines above load L2TP.ppp and no other.
 * Left out: plugin lines below, and one PPPController names. 1: said. */
static int check_noeffect_device(struct check_ctx *c, size_t entry)
{
	size_t i, nlen, alen;
	const char *name = check_name(c, entry, &nlen), *arg, *pl;
	int l2tp = 0;

	for (i = 0; c->p == PLATFORM_MACOS && nlen == 6 && strncmp(name, "device", 6) == 0 &&
	            i < entry; i++) {
		arg = check_loads_plugin(c->row[i]) ? check_arg(c, i, &alen) : NULL;
		pl = arg ? catalog_plugin_name(arg, alen, c->p) : NULL;
		if (pl && catalog_plugin_is_channel(pl, c->p) && !(l2tp = strcmp(pl, "L2TP.ppp") == 0))
			return 0;
	}
	if (l2tp)
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, entry), entry, N_("Remove it."), "",
		          N_("'%.*s' is accepted but does nothing with L2TP.ppp, the plugin this "
		             "file loads: only PPPoE.ppp and the modem plugin read it (derived from "
		             "Apple's source, not tried on a Mac)."), (int)nlen, name);
	return l2tp;
}

/* macOS: receive-all only empties the receive map pppd hands its link's
 * receive step (apple-ppp-1027.121.1/Helpers/pppd/lcp.c:1988). Apple's
 * L2TP.ppp and PPPoE.ppp install, when loaded, a receive step that sets
 * the MRU and flags but no map (Drivers/L2TP/L2TP-plugin/main.c:299, :313;
 * Drivers/PPPoE/PPPoE-plugin/main.c:158, :171; Helpers/pppd/sys-MacOSX.c:
 * 1886-1901). That step runs when the link comes up, after every option is
 * read, so the plugin line counts wherever it stands, above or below: run
 * once the whole file is read. A later channel plugin would replace the
 * step, so the last one in the file decides; with none in the file, the
 * channel loaded before its end. Left out: a plugin line in a file read
 * after this one for the same connection. 1: said. */
static int check_noeffect_recvall(struct check_ctx *c)
{
	size_t i, alen, nlen, at = SIZE_MAX;
	const char *arg, *pl, *last = NULL, *name;
	int said = 0;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		arg = check_loads_plugin(c->row[i]) ? check_arg(c, i, &alen) : NULL;
		pl = arg ? catalog_plugin_name(arg, alen, c->p) : NULL;
		if (pl && catalog_plugin_is_channel(pl, c->p)) {
			last = pl;
			at = i;
		}
	}
	/* none here: the channel another source loaded carries the link (in
	 * a service's peers file, the plugin PPPController loads first:
	 * ppp_manager.c:784; or a file this one names); the scope at the end
	 * holds it */
	if (!last)
		last = catalog_scope_link(&c->scope);
	if (!last || (strcmp(last, "L2TP.ppp") != 0 && strcmp(last, "PPPoE.ppp") != 0))
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "receive-all") != 0)
			continue;
		name = check_name(c, i, &nlen);
		if (at == SIZE_MAX)
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s, loaded for this "
			             "connection outside this file (for a service, by PPPController's "
			             "options), carries the link, and its receive step leaves pppd's receive map, which "
			             "receive-all empties, unused (derived from Apple's source, not "
			             "tried on a Mac)."), (int)nlen, name, last);
		else
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s, loaded on line %zu, "
			             "carries the link, and its receive step leaves pppd's receive map, "
			             "which receive-all empties, unused (derived from Apple's source, not "
			             "tried on a Mac)."), (int)nlen, name, last, check_line(c, at));
		said = 1;
	}
	return said;
}

/* macOS: terminalscript with Apple's L2TP.ppp or PPPoE.ppp in the file.
 * Only the serial line's connect step runs the script (apple-ppp-1027.121.1/
 * Helpers/pppd/tty.c:957, in connect_tty). Those plugins, as they load,
 * clear the link's steps and put their own in (Drivers/L2TP/L2TP-plugin/
 * main.c:299, :305; Drivers/PPPoE/PPPoE-plugin/main.c:158, :163), so:
 * PPPSerial.ppp loaded before them loses the steps it had hooked
 * (PPPSerial-plugin/main.c:212-219), and the word then does nothing;
 * loaded after them it wraps their connect step, still looks for the
 * script (:603-606) and fails the attempt when it is missing, then calls
 * their connect step, which never runs the script (:649). The last line
 * loading each plugin decides. Left out: plugin lines in another file
 * read for the same connection, and those PPPController passes. 1: said. */
static int check_noeffect_termscript(struct check_ctx *c)
{
	size_t i, alen, nlen, ch = SIZE_MAX, ser = SIZE_MAX;
	const char *arg, *pl, *last = NULL, *name;
	int said = 0;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		arg = check_loads_plugin(c->row[i]) ? check_arg(c, i, &alen) : NULL;
		pl = arg ? catalog_plugin_name(arg, alen, c->p) : NULL;
		if (pl && (strcmp(pl, "L2TP.ppp") == 0 || strcmp(pl, "PPPoE.ppp") == 0)) {
			last = pl;
			ch = i;
		} else if (pl && strcmp(pl, "PPPSerial.ppp") == 0)
			ser = i;
	}
	if (!last || ser == SIZE_MAX)
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i] || strcmp(c->row[i]->name, "terminalscript") != 0)
			continue;
		name = check_name(c, i, &nlen);
		if (ser > ch)
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' does not run here: %s, loaded on line %zu, carries the "
			             "link with a connect step of its own, and only the serial line's "
			             "connect step runs the script; PPPSerial.ppp still looks for the "
			             "script, and one it does not find ends every attempt (derived "
			             "from Apple's source, not tried on a Mac)."),
			          (int)nlen, name, last, check_line(c, ch));
		else
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s, loaded on line "
			             "%zu after PPPSerial.ppp, replaces the link's steps as it loads, "
			             "those PPPSerial.ppp had hooked to run the script included "
			             "(derived from Apple's source, not tried on a Mac)."),
			          (int)nlen, name, last, check_line(c, ch));
		said = 1;
	}
	return said;
}

/* macOS: the PPPSerial plugin builds the modem settings it hands the modem
 * script's engine from these words only in its connect step's branch for a
 * modem script or PPPController's modem settings, and reads the words only
 * when the controller passed no settings of its own (apple-ppp-1027.121.1/
 * Drivers/PPPSerial/PPPSerial-plugin/main.c:356, :418, :472-492). That step
 * runs after every option is read, so a modemscript line counts wherever it
 * stands in the file, below the word too: run once the whole file is read.
 * Left out: another file read for the same connection, which the text
 * names. 1: said. */
static int check_noeffect_modemset(struct check_ctx *c)
{
	static const char *const words[] = {
		"modemsound", "nomodemsound", "modemreliable", "nomodemreliable",
		"modemcompress", "nomodemcompress", "modemtone", "modempulse",
		"modemdialmode",
	};
	size_t i, k, nlen, n = sizeof words / sizeof *words;
	const char *name;
	int said = 0;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "modemscript") == 0)
			return 0;
	for (i = 0; i < c->d->nentries; i++) {
		for (k = 0; c->row[i] && k < n && strcmp(c->row[i]->name, words[k]) != 0; k++)
			;
		if (!c->row[i] || k == n)
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
		          N_("Add a modemscript line naming the modem script, unless another file "
		             "pppd reads for this connection has one; otherwise remove it."), NULL,
		          N_("'%.*s' is accepted but does nothing without a modem script: the "
		             "PPPSerial plugin hands it on only when a modemscript line names one "
		             "(and PPPController passed no modem settings), and this file has no "
		             "modemscript line (derived from Apple's source, not tried on a Mac)."),
		          (int)nlen, name);
		said = 1;
	}
	return said;
}

/* macOS: Apple's L2TP.ppp reads l2tpipseclocalidentifier and its type
 * only in the IPsec part of its connect branch (apple-ppp-1027.121.1/
 * Drivers/L2TP/L2TP-plugin/main.c:1363 connect only, :1521 skipped with
 * l2tpnoipsec, :1656 and :1667 the only reads). l2tpnoipsec is a flag no word clears (main.c:219);
 * l2tpmode keeps its last value, and a word other than listen or answer
 * falls back to connect (main.c:232, :325-329). Run once the whole file is
 * read; it looks at this file's last l2tpmode line only, and a source pppd
 * reads later may set another, as the text says. 1: said. */
static int check_noeffect_l2tp_id(struct check_ctx *c)
{
	size_t i, nlen, vlen = 0, mode = SIZE_MAX;
	const char *name, *v = NULL;
	int noipsec = 0, said = 0, other;

	for (i = 0; c->p == PLATFORM_MACOS && i < c->d->nentries; i++) {
		if (c->row[i] && strcmp(c->row[i]->name, "l2tpnoipsec") == 0)
			noipsec = 1;
		if (c->row[i] && strcmp(c->row[i]->name, "l2tpmode") == 0)
			mode = i;
	}
	if (mode != SIZE_MAX)
		v = check_arg(c, mode, &vlen);
	other = v && vlen == 6 && (memcmp(v, "listen", 6) == 0 || memcmp(v, "answer", 6) == 0);
	for (i = 0; (noipsec || other) && i < c->d->nentries; i++) {
		if (!c->row[i] || (strcmp(c->row[i]->name, "l2tpipseclocalidentifiertype") != 0 &&
		                   strcmp(c->row[i]->name, "l2tpipseclocalidentifier") != 0))
			continue;
		name = check_name(c, i, &nlen);
		if (noipsec)
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
			          N_("Remove it, or remove l2tpnoipsec if the server uses IPsec."), NULL,
			          N_("'%.*s' is accepted but does nothing here: with l2tpnoipsec, "
			             "L2TP.ppp skips its IPsec setup, the only place it reads the "
			             "local identifier and its type (derived from Apple's source, not "
			             "tried on a Mac)."),
			          (int)nlen, name);
		else
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), NULL,
			          N_("'%.*s' is accepted but does nothing here: l2tpmode on line %zu "
			             "sets %.*s, and L2TP.ppp reads the local identifier and its type "
			             "only when it connects out, unless a source pppd reads later sets "
			             "another mode (derived from Apple's source, not tried on a Mac)."),
			          (int)nlen, name, check_line(c, mode), (int)vlen, v);
		said = 1;
	}
	return said;
}

/* Linux: pppoatm.so, on the first address word it reads, turns address/
 * control field compression off both for what pppd asks and for what it
 * lets the peer use (linux-ppp-2.5.3/pppd/plugins/pppoatm/pppoatm.c:98-101;
 * 2.4.9's :90-93), and nothing turns it back on, so noaccomp or -ac before
 * or after that word changes nothing. Said when the last device word of
 * this file is pppoatm.so's address; left out: another file's device word,
 * and pppol2tp.so's pppol2tp word read later, which lets the peer use it
 * again (pppol2tp/pppol2tp.c:170).
 * receive-all only empties the map pppd hands the channel's receive step
 * (lcp.c:1900-1902). pppoatm.so has no such step (pppoatm.c:202; 2.4.9's
 * :194), and pppd skips a missing one (main.c:1256; 2.4.9's :1128);
 * pppol2tp.so's step sets only the MRU (pppol2tp.c:288-300; 2.4.9's
 * :277-289), so with either as the last device word of this file the
 * word does nothing. Left out: a device word in another file. 1: said. */
static int check_noeffect_atm(struct check_ctx *c)
{
	size_t i, dev = SIZE_MAX, nlen;
	const char *name;
	int said = 0;

	if (c->p != PLATFORM_LINUX)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && ((c->row[i]->flags & CATALOG_DEVNAM) ||
		                  strcmp(c->row[i]->name, "pppol2tp") == 0))
			dev = i;
	if (dev == SIZE_MAX || (strcmp(c->row[dev]->name, "<atm-address>") != 0 &&
	                        strcmp(c->row[dev]->name, "pppol2tp") != 0))
		return 0;
	for (i = 0; i < c->d->nentries; i++) {
		if (!c->row[i])
			continue;
		if (strcmp(c->row[i]->name, "receive-all") == 0) {
			name = check_name(c, i, &nlen);
			check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
			          N_("'%.*s' is accepted but does nothing here: %s carries the link "
			             "(chosen on line %zu), and it never passes pppd's receive map, "
			             "which receive-all empties, on to the system (derived from the "
			             "source, not tried)."), (int)nlen, name,
			          c->row[dev]->name[0] == '<' ? "pppoatm.so" : "pppol2tp.so",
			          check_line(c, dev));
			said = 1;
			continue;
		}
		if (strcmp(c->row[dev]->name, "<atm-address>") != 0 ||
		    (strcmp(c->row[i]->name, "noaccomp") != 0 && strcmp(c->row[i]->name, "-ac") != 0))
			continue;
		name = check_name(c, i, &nlen);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i, N_("Remove it."), "",
		          N_("'%.*s' is accepted but does nothing here: pppoatm.so carries the link "
		             "(the address word on line %zu), and when it reads that word it turns "
		             "address/control field compression off both ways itself (derived from "
		             "the source, not tried)."), (int)nlen, name, check_line(c, dev));
		said = 1;
	}
	return said;
}

/* Apple's forcepty sets the connect, init and disconnect commands back to
 * none each time it is read (apple-ppp-1027.121.1/Helpers/pppd/tty.c:1527-1529),
 * so such a line above the last forcepty of this file never runs: said in
 * place of the "pppd runs a command" note and any note on what PPPController
 * does with it. Left out: a forcepty in another file pppd reads, and a
 * command the modem plugin puts in later (forcepty's row says so). */
/* Whether a no-effect note on `entry` was said already in this walk. */
static int check_noeffect_said(const struct check_ctx *c, size_t entry)
{
	size_t i;

	for (i = 0; i < c->out->n; i++)
		if (c->out->items[i].kind == (int)CHECK_K_NO_EFFECT && c->out->items[i].entry == entry)
			return 1;
	return 0;
}

static int check_noeffect_forcepty(struct check_ctx *c)
{
	size_t i, last = SIZE_MAX;
	int said = 0;

	if (c->p != PLATFORM_MACOS)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "forcepty") == 0)
			last = i;
	for (i = 0; last != SIZE_MAX && i < last; i++) {
		const char *name = c->row[i] ? c->row[i]->name : "";

		if ((strcmp(name, "connect") != 0 && strcmp(name, "init") != 0 &&
		     strcmp(name, "disconnect") != 0) || check_noeffect_said(c, i))
			continue;
		check_unsay(c, CHECK_K_ROOT_COMMAND, i);
		check_unsay(c, CHECK_K_CONTROLLER_PORT, i);
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, i), i,
		          N_("Remove it, or move it below the forcepty line if pppd should run it."),
		          NULL,
		          N_("'%s' is accepted but never runs: forcepty on line %zu makes Apple's "
		             "pppd forget the connect, init and disconnect commands read before it "
		             "(derived from Apple's source, not tried on a Mac)."),
		          name, check_line(c, last));
		said = 1;
	}
	return said;
}

/* Linux 2.5.3 derives the peer's IPv6 interface identifier from
 * remotenumber only when none was given (linux-ppp-2.5.3/pppd/ipv6cp.c:1165),
 * and an ipv6 line with a part after the comma that pppd takes gives one,
 * wherever it stands (ipv6cp.c:395-402): ipv6cp-use-remotenumber is then
 * idle. Only this file's lines are looked at. */
static int check_noeffect_remotenumber(struct check_ctx *c)
{
	size_t i, use = SIZE_MAX, v6 = SIZE_MAX, w, len;
	const char *v, *comma;
	struct buf why;

	if (c->p != PLATFORM_LINUX)
		return 0;
	for (i = 0; i < c->d->nentries; i++)
		if (c->row[i] && strcmp(c->row[i]->name, "ipv6cp-use-remotenumber") == 0)
			use = i;
	for (i = 0; use != SIZE_MAX && v6 == SIZE_MAX && i < c->d->nentries; i++) {
		int verdict;

		if (!c->row[i] || strcmp(c->row[i]->name, "ipv6") != 0 ||
		    (w = check_value_word(c, i)) == SIZE_MAX)
			continue;
		v = check_val(c, w, &len);
		comma = memchr(v, ',', len);
		if (!comma || (size_t)(comma - v) + 1 >= len)
			continue;
		buf_init(&why);
		verdict = check_value_verdict(c, i, &why);
		buf_free(&why);
		if (verdict != 2)
			v6 = i;
	}
	if (v6 == SIZE_MAX)
		return 0;
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, use), use,
	          N_("Remove it, or leave the peer's part out of the ipv6 line if the "
	             "identifier should come from remotenumber."), NULL,
	          N_("'ipv6cp-use-remotenumber' does nothing here: the ipv6 line on line %zu "
	             "already names the peer's interface identifier, and pppd derives one from "
	             "remotenumber only when none is given (derived from the source, not tried)."),
	          check_line(c, v6));
	return 1;
}

int check_noeffect_rule(struct check_ctx *c, size_t entry, size_t word)
{
	size_t nlen;
	const char *name;

	struct buf fix, rep;
	int has_rep, replace;

	(void)word;
	if (entry == SIZE_MAX) {
		int said = check_noeffect_end(c) | check_noeffect_l2tp_id(c) |
		           check_noeffect_atm(c) | check_noeffect_strip_end(c) |
		           check_noeffect_modemset(c) | check_noeffect_recvall(c) |
		           check_noeffect_termscript(c);

		/* after the others: forcepty's note gives way to one said already */
		return check_noeffect_forcepty(c) | check_noeffect_remotenumber(c) | said;
	}
	name = check_name(c, entry, &nlen);
	if (check_noeffect_ipv6(c, entry) || check_noeffect_l2tp(c, entry) ||
	    check_noeffect_device(c, entry) || check_noeffect_ecp(c, entry))
		return 1;
	/* The row's explanation says what is never read (ktune's tune_kernel,
	 * ipv6cp-accept-local's field, ...); the finding points there. */
	if (c->p == PLATFORM_MACOS && (c->row[entry]->flags & CATALOG_NOOP_MACOS)) {
		check_say(c, CHECK_K_NO_EFFECT, check_line(c, entry), entry,
		          N_("Remove it."), "",
		          N_("'%.*s' is accepted but does nothing in Apple's pppd: no part of "
		             "Apple's pppd or its plugins reads what it sets (derived from "
		             "Apple's source, not tried on a Mac)."), (int)nlen, name);
		return 1;
	}
	if (c->p != PLATFORM_LINUX || !(c->row[entry]->flags & CATALOG_NOOP))
		return 0;
	/* replacedefaultroute and noreplacedefaultroute still act in 2.4.9
	 * (linux-ppp-2.4.9/pppd/ipcp.c:200, :204 set replace_default_route)
	 * and do nothing in 2.5.3 (linux-ppp-2.5.3/pppd/ipcp.c:542), a change
	 * the README lists as new in 2.5.3 (README:70, :97), so 2.5.0 to 2.5.2
	 * still act on them. noipx in 2.4.9 turns IPX off again
	 * (linux-ppp-2.4.9/pppd/ipxcp.c:123); IPX went in 2.5.0 (README:212)
	 * and 2.5.3's noipx sets a flag nothing reads (options.c:173, :419).
	 * When --pppd-version names a release before the change, deleting the
	 * line would change what that pppd does, so say nothing. */
	replace = (nlen == 19 && strncmp(name, "replacedefaultroute", nlen) == 0) ||
	          (nlen == 21 && strncmp(name, "noreplacedefaultroute", nlen) == 0);
	if (replace || (nlen == 5 && strncmp(name, "noipx", nlen) == 0)) {
		const char *v = c->file ? c->file->pppd_version : NULL;

		if (v && strncmp(v, "after ", 6) != 0 &&
		    check_release_before(c, replace ? "2.5.3" : "2.5.0"))
			return 0;
	}
	buf_init(&fix);
	buf_init(&rep);
	if (!check_spelling_legacy_advice(c, entry, &fix, &rep, &has_rep))
		buf_adds(&fix, _("Remove it."));
	/* The rows left do nothing in 2.4.9 either, where it has them: ECP has
	 * no code there, and ipv6cp-use-ipaddr sets a field the IPv6CP code
	 * never reads (linux-ppp-2.4.9/pppd/ipv6cp.c:256 against :1126). */
	check_say(c, CHECK_K_NO_EFFECT, check_line(c, entry), entry, fix.data, "",
	          check_release_before(c, "2.5.0") && !replace ?
	          N_("'%.*s' is accepted but does nothing in Linux pppd 2.4.9, nor in 2.5.3.") :
	          N_("'%.*s' is accepted but does nothing in Linux pppd 2.5.3."), (int)nlen, name);
	buf_free(&fix);
	buf_free(&rep);
	return 1;
}
