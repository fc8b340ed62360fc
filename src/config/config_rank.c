/* config_rank.c - the words that say how pppd ranks the sources of an option's value, for explain and the editor's pane. */
#include "config/config.h"

#include "base/i18n.h"

/* pppd's ranking of the sources of an OPT_PRIO option (linux-ppp-2.5.3/
 * pppd/options.c:821; the ranks at :543, :665, :700, :719; Apple's
 * options.c:1853 and main.c:417-426, tty.c:518): why a later line may not
 * win. The order is the whole-picture view's (config_prio.c). */
int config_rank_text(enum platform p, const struct catalog_entry *e, struct buf *out)
{
	struct buf names = { 0 };
	int privfix = (e->flags & CATALOG_PRIVFIX) != 0;
	const char *text;

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
	/* OPT_PRIVFIX adds OPRIO_ROOT to a privileged source's rank
	 * (linux-ppp-2.5.3/pppd/options.c:817, :832): the privileged
	 * /etc/ppp/options.<tty> then beats a user's command line. */
	if (p == PLATFORM_MACOS)
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
	else
		text = privfix ?
		       _("pppd keeps a value against a later one from a lower-ranked source. "
		         "From low to high: /etc/ppp/options, ~/.ppprc and /etc/ppp/options.<tty>; "
		         "the command line with the files it names (file, call); options on a "
		         "line of a secrets file; and for this option a value from a privileged "
		         "source ranks above every value from an unprivileged one. So "
		         "/etc/ppp/options.<tty>, read after the command line, does not change "
		         "what root gave there, but does replace what a user who is not root "
		         "gave (pppd warns that it overrides the command line).") :
		       _("pppd keeps a value against a later one from a lower-ranked source. "
		         "From low to high: /etc/ppp/options, ~/.ppprc and /etc/ppp/options.<tty>; "
		         "the command line with the files it names (file, call); options on a "
		         "line of a secrets file. So /etc/ppp/options.<tty>, read after the "
		         "command line, does not change what the command line set.");
	buf_adds(out, text);
	buf_free(&names);
	return 1;
}
