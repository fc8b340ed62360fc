/* config_end.c - what pppd refuses only once it has read every source: demand on a serial line with no command to connect. */
#include <string.h>

#include "base/i18n.h"
#include "config/config_int.h"

/* The value of `key` in effect, or NULL when no source set it. */
static const struct config_set *config_end_value(const struct config *c, const char *key)
{
	const struct config_option *o;
	size_t i;

	for (i = 0; i < c->nopt; i++) {
		o = &c->opt[i];
		if (strcmp(o->key, key) == 0 && o->nsets && config_option_in_effect(o, o->winner))
			return &o->sets[o->winner];
	}
	return NULL;
}

/*
 * The serial channel's last check refuses demand without a connect
 * command, pty or (Linux only) socket, with an exit of 2
 * (linux-ppp-2.5.3/pppd/tty.c:501, 2.4.9's tty.c:443,
 * apple-ppp-1027.121.1/Helpers/pppd/tty.c:531). Only certain when the
 * command line is known (--args: `connect` is often given there or in the
 * peers file it calls), every source was read, pppd took every word, and
 * no plugin replaced the serial channel (pppoe.so, L2TP.ppp). Not for the
 * Mac's controller, whose own stream pppconf models only in part.
 */
void config_end(struct config_run *r)
{
	struct config *c = r->c;
	const struct config_set *d;
	struct buf msg;
	size_t i;

	if (!c->o.args || (c->o.platform == PLATFORM_MACOS && c->o.service_type) ||
	    c->stop_src != CONFIG_NONE || r->pty || r->scope.channel)
		return;
	/* a source pppconf could not read may hold the connect line */
	for (i = 0; i < c->n; i++)
		if (c->src[i]->state == CONFIG_UNCHECKED ||
		    (c->src[i]->state != CONFIG_ABSENT && !c->src[i]->doc))
			return;
	d = config_end_value(c, "demand");
	if (!d || config_end_value(c, "connect"))
		return;
	buf_init(&msg);
	buf_adds(&msg, _("Neither the files pppd reads nor its command line give a command that "
	         "connects (connect or pty), and no plugin takes the place of the serial line: "
	         "once it has read every option, pppd refuses demand without one (\"connect "
	         "script is required for demand-dialling\") and does not start."));
	check_report_say(&c->src[d->src]->report, c->src[d->src]->doc, "demand-no-connect",
	                 d->entry, N_("Give the command that dials (connect, usually in the peers "
	                 "file), or delete demand."), msg.data);
	c->stop_src = d->src;
	c->stop_entry = d->entry;
	buf_free(&msg);
}
