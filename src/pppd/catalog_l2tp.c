/* catalog_l2tp.c - values of Apple's L2TP.ppp whose effect only the plugin's own reading shows (l2tprecvtimeout, l2tpwaitiftimeout). */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include <limits.h>
#include <string.h>

#include "base/i18n.h"

/* Apple's L2TP.ppp hands l2tprecvtimeout to l2tp_recv as its wait: 0
 * skips the wait and reads at once without blocking (L2TP-plugin/l2tp.c:
 * 1459, :1480), a negative other than -1 goes to select as a negative
 * time (:1464), and both come back as no reply (:281), which ends the
 * attempt. Left out: what the system's select does with a negative time
 * (the text says so), and a reply already queued when the read is made. */
static int catalog_l2tp_recv_nowait(const struct catalog_entry *e, long long x)
{
	return (x == 0 || x < -1) && strcmp(e->name, "l2tprecvtimeout") == 0;
}

/* Apple's L2TP.ppp makes l2tpwaitiftimeout four times as long when the
 * interface under the tunnel is Wi-Fi, by shifting the int left by two
 * (L2TP-plugin/main.c:384, :387) into another int (:167): a number above
 * 536870911 does not fit after that. Left out: what the compiled shift
 * really gives (C leaves it undefined, so the text only says what a wrap
 * would do) and a number read as negative, which the row's floor already
 * names. */
static int catalog_l2tp_wait_wraps(const struct catalog_entry *e, long long x)
{
	return x > INT_MAX / 4 && x <= INT_MAX && strcmp(e->name, "l2tpwaitiftimeout") == 0;
}

int catalog_l2tp_recv_odd(const struct catalog_entry *e, const char *val,
                                 size_t len, long long x, struct buf *why)
{
	struct buf b;

	if (catalog_l2tp_wait_wraps(e, x)) {
		if (why) {
			buf_init(&b);
			buf_printf(why, _("'%s' is above 536870911: when the tunnel runs over "
			           "Wi-Fi, the L2TP plugin makes the wait four times as long in an "
			           "int, which cannot hold the result. C leaves that undefined; if it "
			           "wraps round, the wait ends at once or lasts some other time, "
			           "shorter or longer (derived from Apple's source, not tried on a "
			           "Mac)."), catalog_value_quote(&b, val, len));
			buf_free(&b);
		}
		return 1;
	}
	if (!catalog_l2tp_recv_nowait(e, x))
		return 0;
	if (why && x == 0) {
		buf_init(&b);
		buf_printf(why, _("'%s' leaves the L2TP plugin no time to wait for the server's "
		           "replies: it takes each missing reply as no answer, so every connection "
		           "attempt fails at once, one this Mac starts as L2TP Error 2 (the server "
		           "did not respond); derived from Apple's source, not tried on a Mac. "
		           "Only -1 means no limit."), catalog_value_quote(&b, val, len));
		buf_free(&b);
	} else if (why) {
		/* below -1: only the plugin's side is in the pinned source; what
		 * select does with a negative time is the system's. */
		buf_init(&b);
		buf_printf(why, _("'%s' is a negative wait other than -1, which the L2TP plugin "
		           "passes to the system as it is. The system is expected to refuse a "
		           "negative wait; the plugin then logs a receive error and takes each "
		           "reply as missing, so every connection attempt fails at once, one this "
		           "Mac starts as L2TP Error 2 (the server did not respond). The plugin's "
		           "side is derived from Apple's source, not tried on a Mac; the system's "
		           "side is not in the source pppconf follows: not verified. Only -1 means "
		           "no limit."), catalog_value_quote(&b, val, len));
		buf_free(&b);
	}
	return 1;
}

/* l2tprecvtimeout read as 0 or below -1 from another spelling ("0x",
 * "0abc", 2^31): the same catch as a written one, added after what the
 * word is read as. */
void catalog_l2tp_recv_read(const struct catalog_entry *e, long long x, struct buf *why)
{
	if (why && catalog_l2tp_wait_wraps(e, x))
		buf_adds(why, _(" That is above 536870911, which no longer fits once the L2TP "
		         "plugin makes the wait four times as long on Wi-Fi (derived from "
		         "Apple's source, not tried on a Mac)."));
	if (why && x == 0 && catalog_l2tp_recv_nowait(e, x))
		buf_adds(why, _(" With that the L2TP plugin does not wait for the server's "
		         "replies, so every connection attempt fails at once (derived from "
		         "Apple's source, not tried on a Mac)."));
	else if (why && catalog_l2tp_recv_nowait(e, x))
		buf_adds(why, _(" That is a negative wait other than -1, which the L2TP plugin "
		         "passes to the system as it is; the system is expected to refuse it, "
		         "and every connection attempt then fails at once (the plugin's side "
		         "derived from Apple's source, not tried on a Mac; the system's side "
		         "not in the source pppconf follows: not verified)."));
}
