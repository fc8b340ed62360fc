/* config_rank.c - the words that say how pppd ranks the sources of an option's value, for explain and the editor's pane. */
#include "config/config.h"

#include <string.h>

#include "base/i18n.h"

/* Whether `w` (k bytes) is one of the space-separated words of list. */
static int config_rank_listed(const char *list, const char *w, size_t k)
{
	size_t n;

	while (list && *list) {
		n = strcspn(list, " ");
		if (n == k && memcmp(list, w, k) == 0)
			return 1;
		list += n;
		list += strspn(list, " ");
	}
	return 0;
}

/* Words that undo this one but are kept out of its conflicts, because the
 * check would read a conflict pair as "both cannot take effect" in either
 * order. require-mppe and +mppe write the whole key-size set with 40-bit in
 * it (in 2.5.3, where that set is a bool, 40-bit alone; see
 * linux-ppp-2.5.3/pppd/ccp.c:116 and options.c:859), so one read after
 * nomppe-40 puts 40-bit keys back in every release. But require-mppe then
 * nomppe-40 is a usable pair in 2.4.9 and Apple's pppd (128-bit keys), so
 * they are not conflicts. Only nomppe-40 is handled here: nomppe-128 is not
 * undone by require-mppe in 2.5.3, so its list would depend on the release. */
static void config_rank_more(const struct catalog_entry *e, const char *list,
                             struct buf *all)
{
	const char *name = e->alias_of ? e->alias_of : e->name;

	if (list)
		buf_adds(all, list);
	if (strcmp(name, "nomppe-40") == 0)
		buf_adds(all, all->len ? " require-mppe +mppe" : "require-mppe +mppe");
}

/* pppd keeps the rank per option entry: an OPT_PRIOSUB entry shares its
 * leader's record, any other entry has its own (linux-ppp-2.5.3/pppd/
 * options.c:819-821, Apple's options.c:762-764). So a word that goes
 * against this one (its conflicts) but is not ranked with it still takes
 * effect when read later from a lower-ranked source: "nomppe-stateful" in
 * /etc/ppp/options.<tty> after "-mppe-stateless" on the command line. */
static void config_rank_apart(enum platform p, const struct catalog_entry *e,
                              const char *mates, struct buf *out)
{
	struct buf others = { 0 }, all = { 0 };
	const struct catalog_entry *c;
	const char *w, *list = e->conflicts;
	size_t k;
	int ipv6_at_rank = 0;

	/* An alias row (-mppe-40) names no conflicts of its own, but its entry
	 * walks back to the same leader as its main word's (linux-ppp-2.5.3/
	 * pppd/ccp.c:132-137), so the same words go against it. */
	if (!list && e->alias_of && (c = catalog_find(e->alias_of, p)))
		list = c->conflicts;
	config_rank_more(e, list, &all);
	list = all.data;
	for (w = list; w && *w; w += k) {
		w += strspn(w, " ");
		k = strcspn(w, " ");
		if (!k)
			break;
		/* ipv6 has no rank of its own, but it turns IPv6CP on only through
		 * +ipv6's rank (linux-ppp-2.5.3/pppd/ipv6cp.c:407, 2.4.9's :388,
		 * Apple's :426; the check is at options.c:1010): it is not a word
		 * "ranked apart" from noipv6. */
		if (k == 4 && memcmp(w, "ipv6", 4) == 0 && config_rank_listed(mates, "+ipv6", 5)) {
			ipv6_at_rank = 1;
			continue;
		}
		if ((k == strlen(e->name) && memcmp(w, e->name, k) == 0) ||
		    (e->alias_of && k == strlen(e->alias_of) && memcmp(w, e->alias_of, k) == 0) ||
		    config_rank_listed(mates, w, k))
			continue;
		{
			char word[64];

			if (k >= sizeof word)
				continue;
			memcpy(word, w, k);
			word[k] = 0;
			c = catalog_find(word, p);
			if (!c || (c->flags & CATALOG_NOTBUILT))
				continue;
		}
		if (others.len)
			buf_adds(&others, ", ");
		buf_add(&others, w, k);
	}
	if (others.len && !strchr(others.data, ','))
		buf_printf(out, _(" But %s, which goes against it, is not ranked with it: read "
		                  "later it still takes effect, even from a lower-ranked source, "
		                  "unless it or a word ranked with it came earlier from a "
		                  "higher-ranked one (derived from the source, not tried)."),
		           others.data);
	else if (others.len)
		buf_printf(out, _(" But %s, which go against it, are not ranked with it: one of "
		                  "them read later still takes effect, even from a lower-ranked "
		                  "source, unless it or a word ranked with it came earlier from a "
		                  "higher-ranked one (derived from the source, not tried)."),
		           others.data);
	/* +ipv6's own row lists no ipv6 among its conflicts, yet an ipv6 line
	 * takes its record the same way (the lines cited above). */
	if (!ipv6_at_rank && strcmp(e->alias_of ? e->alias_of : e->name, "+ipv6") == 0)
		ipv6_at_rank = 1;
	if (ipv6_at_rank)
		buf_adds(out, _(" An ipv6 line turns IPv6 on only at this rank: read from a "
		                "lower-ranked source after a higher-ranked noipv6, it sets its "
		                "interface identifiers but leaves IPv6 off (derived from the "
		                "source, not tried)."));
	buf_free(&others);
	buf_free(&all);
}

/* A tty-channel word is unknown once pppoe.so has put its own channel
 * in place (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:397; find_option
 * looks only in the_channel's table, options.c:789), and pppoe.so is
 * what reads /etc/ppp/options.<interface> (plugin.c:327-329; 2.4.9's
 * :320-322): the word there stops pppd as unrecognized (options.c:612-
 * 613; 2.4.9's :474), so that file ranks no value of it. */
static const char *config_rank_order_tty(int privfix)
{
	return privfix ?
	       _("pppd keeps a value against a later one from a lower-ranked source. "
	         "From low to high: /etc/ppp/options, ~/.ppprc and /etc/ppp/options.<tty>; "
	         "the command line with the files it names (file, call); options on a "
	         "line of a secrets file; and for this option a value from a privileged "
	         "source ranks above every value from an unprivileged one. So "
	         "/etc/ppp/options.<tty>, read after the command line, does not change "
	         "what root gave there, but does replace what a user who is not root "
	         "gave (pppd warns that it overrides the command line). "
	         "/etc/ppp/options.<interface>, read only when pppoe.so carries the "
	         "link, does not know this serial-line word: pppd stops there with "
	         "\"unrecognized option\".") :
	       _("pppd keeps a value against a later one from a lower-ranked source. "
	         "From low to high: /etc/ppp/options, ~/.ppprc and /etc/ppp/options.<tty>; "
	         "the command line with the files it names (file, call); options on a "
	         "line of a secrets file. So /etc/ppp/options.<tty>, read after the "
	         "command line, does not change what the command line set. "
	         "/etc/ppp/options.<interface>, read only when pppoe.so carries the "
	         "link, does not know this serial-line word: pppd stops there with "
	         "\"unrecognized option\".");
}

/* The order of the sources, from low to high, as it holds for row e:
 * where a channel plugin or the device word changes what pppd reads. */
static const char *config_rank_order(enum platform p, const struct catalog_entry *e,
                                     int privfix)
{
	const char *text;

	/* OPT_PRIVFIX adds OPRIO_ROOT to a privileged source's rank
	 * (linux-ppp-2.5.3/pppd/options.c:817, :832): the privileged
	 * /etc/ppp/options.<tty> then beats a user's command line. */
	/* A macOS channel plugin (L2TP.ppp, PPPoE.ppp) puts its own step in
	 * place of the tty's, which is what reads /etc/ppp/options.<tty>
	 * (Apple's Drivers/L2TP/L2TP-plugin/main.c:301, PPPoE-plugin/main.c:160;
	 * Helpers/pppd/tty.c:518), and a secrets-file line is read only once
	 * the link is up and authenticated (Helpers/pppd/auth.c:871), after
	 * the plugin has connected with the value. */
	if (p == PLATFORM_MACOS && (e->flags & CATALOG_CHANNEL) && !privfix)
		text = _("pppd keeps a value against a later one from a lower-ranked source. "
		         "From low to high: /etc/ppp/options and ~/.ppprc; the command line, "
		         "PPPController's options and /etc/ppp/postoptions, with the files "
		         "they name. With this plugin in charge of the link, pppd reads no "
		         "/etc/ppp/options.<tty>, and it reads the options on a line of a "
		         "secrets file only after the plugin has made the connection.");
	/* A word that chooses the device (OPT_DEVNAM = OPT_INITONLY |
	 * OPT_DEVEQUIV, linux-ppp-2.5.3/pppd/options.h:87) is taken only before
	 * the device is fixed (main.c:437; Apple's main.c:430): the sources then
	 * are read from low to high, /etc/ppp/options.<tty> is read only without
	 * pty, notty or socket (tty.c:462-464) and refuses it (options.c:850),
	 * and a secrets-file line comes after start-up (options.c:836). */
	else if ((e->flags & CATALOG_DEVNAM) && !privfix)
		text = p == PLATFORM_MACOS ?
		       _("pppd keeps a value against a later one from a lower-ranked source, "
		         "but this word chooses the device, so pppd takes it only from what it "
		         "reads before the device is chosen: /etc/ppp/options and ~/.ppprc, "
		         "then the command line, PPPController's options and "
		         "/etc/ppp/postoptions, with the files they name. They come from low "
		         "to high, so a later line always replaces an earlier one. pppd reads "
		         "/etc/ppp/options.<tty> only when no pty, notty or socket was given, "
		         "and refuses the word there (\"may not be changed\"), as it does on a "
		         "line of a secrets file (\"cannot be changed after initialization\").") :
		       _("pppd keeps a value against a later one from a lower-ranked source, "
		         "but this word chooses the device, so pppd takes it only from what it "
		         "reads before the device is chosen: /etc/ppp/options, ~/.ppprc, then "
		         "the command line with the files it names (file, call). They come "
		         "from low to high, so a later line always replaces an earlier one. "
		         "pppd reads /etc/ppp/options.<tty> only when no pty, notty or socket "
		         "was given, and refuses the word there (\"may not be changed\"), as it "
		         "does on a line of a secrets file (\"cannot be changed after "
		         "initialization\").");
	/* Linux's pppol2tp.so puts its own channel in place of the tty's when
	 * the pppol2tp word is given (linux-ppp-2.5.3/pppd/plugins/pppol2tp/
	 * pppol2tp.c:185); that channel has no step of its own to run after the
	 * options (:527), and only the tty channel's reads /etc/ppp/options.<tty>
	 * (tty.c:251, :484; main.c:443-444). A secrets-file line is read once
	 * authentication is done (auth.c:949-950), after LCP came up and the
	 * channel was configured (lcp.c:451, :1897). */
	else if (p != PLATFORM_MACOS && e->plugin && strcmp(e->plugin, "pppol2tp.so") == 0 &&
	         !privfix)
		text = _("pppd keeps a value against a later one from a lower-ranked source. "
		         "From low to high: /etc/ppp/options and ~/.ppprc; the command line with "
		         "the files it names (file, call); options on a line of a secrets file. "
		         "With pppol2tp.so in charge of the link (the pppol2tp option), pppd "
		         "reads no /etc/ppp/options.<tty>, and it reads the options on a line of "
		         "a secrets file only once authentication is done, after LCP has come up "
		         "and the link has been configured.");
	/* a Linux serial-line word: see config_rank_order_tty */
	else if (p != PLATFORM_MACOS && (e->flags & CATALOG_TTY))
		text = config_rank_order_tty(privfix);
	else if (p == PLATFORM_MACOS)
		text = privfix ?
		       _("pppd keeps a value against a later one from a lower-ranked source. "
		         "From low to high: /etc/ppp/options, ~/.ppprc and /etc/ppp/options.<tty>; "
		         "the command line, PPPController's options and /etc/ppp/postoptions, "
		         "with the files they name; options on a line of a secrets file; and for "
		         "this option a value from a privileged source ranks above every value "
		         "from an unprivileged one. So /etc/ppp/options.<tty>, read last, does "
		         "not change what the controller set.") :
		       _("pppd keeps a value against a later one from a lower-ranked source. "
		         "From low to high: /etc/ppp/options, ~/.ppprc and /etc/ppp/options.<tty>; "
		         "the command line, PPPController's options and /etc/ppp/postoptions, "
		         "with the files they name; options on a line of a secrets file. So "
		         "/etc/ppp/options.<tty>, read last, does not change what the controller "
		         "set.");
	/* pppoe.so reads /etc/ppp/options.<interface> where the tty channel
	 * would read options.<tty>, with the rank parse_args left in force
	 * (linux-ppp-2.5.3/pppd/options.c:543; plugins/pppoe/plugin.c:327-328;
	 * main.c:443-444), so an equal rank there replaces the command line's. */
	else
		text = privfix ?
		       _("pppd keeps a value against a later one from a lower-ranked source. "
		         "From low to high: /etc/ppp/options, ~/.ppprc and /etc/ppp/options.<tty>; "
		         "the command line with the files it names (file, call), then "
		         "/etc/ppp/options.<interface> when pppoe.so runs on an interface; "
		         "options on a line of a secrets file; and for this option a value from "
		         "a privileged source ranks above every value from an unprivileged one. "
		         "So /etc/ppp/options.<tty>, read after the command line, does not change "
		         "what root gave there, but does replace what a user who is not root "
		         "gave (pppd warns that it overrides the command line); "
		         "/etc/ppp/options.<interface> replaces either.") :
		       _("pppd keeps a value against a later one from a lower-ranked source. "
		         "From low to high: /etc/ppp/options, ~/.ppprc and /etc/ppp/options.<tty>; "
		         "the command line with the files it names (file, call), then "
		         "/etc/ppp/options.<interface> when pppoe.so runs on an interface; "
		         "options on a line of a secrets file. So /etc/ppp/options.<tty>, read "
		         "after the command line, does not change what the command line set, "
		         "but /etc/ppp/options.<interface> does.");
	return text;
}

/* pppd's ranking of the sources of an OPT_PRIO option (linux-ppp-2.5.3/
 * pppd/options.c:821; the ranks at :543, :665, :700, :719; Apple's
 * options.c:1853 and main.c:417-426, tty.c:518): why a later line may not
 * win. The order is the whole-picture view's (config_prio.c). */
int config_rank_text(enum platform p, const struct catalog_entry *e, struct buf *out)
{
	struct buf names = { 0 };
	int privfix = (e->flags & CATALOG_PRIVFIX) != 0;

	/* A word the shipped pppd does not know has no rank to keep. */
	if ((e->flags & CATALOG_NOTBUILT) ||
	    !config_prio_ranked(p, e->name, e->alias_of, &names)) {
		buf_free(&names);
		return 0;
	}
	/* A word 2.5.3 keeps only as a dummy has no rank there
	 * (linux-ppp-2.5.3/pppd/options.c:419): the rank is 2.4.9's. */
	if (p != PLATFORM_MACOS && (e->flags & CATALOG_NOOP))
		buf_adds(out, _("In Linux pppd 2.4.9 only (2.5.3 accepts the word and ignores it): "));
	if (names.len)
		buf_printf(out, _("one setting with %s. "), names.data);
	buf_adds(out, config_rank_order(p, e, privfix));
	/* pty, notty and socket are refused together, not ranked apart
	 * (linux-ppp-2.5.3/pppd/tty.c:516-523). */
	if (!(e->flags & CATALOG_DEVNAM))
		config_rank_apart(p, e, names.data, out);
	buf_free(&names);
	return 1;
}
