/* config_controller.c - the options macOS's PPPController sends pppd for a VPN or dial-up service, as far as they do not depend on settings pppconf cannot see. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "config/config_int.h"
#include "pppd/catalog.h"
#include "pppd/lexer.h"

/* The service types and their subtype, whose name + ".ppp" is the plugin
 * (apple-ppp-1027.121.1/Controller/ppp_manager.c:116-126, :781-784). */
static const struct {
	const char *type, *subtype, *plugin;
} config_controller_types[] = {
	{ "l2tp", "L2TP", "L2TP.ppp" },
	{ "pptp", "PPTP", "PPTP.ppp" },
	{ "pppoe", "PPPoE", "PPPoE.ppp" },
	{ "serial", "PPPSerial", "PPPSerial.ppp" },
};

static size_t config_controller_find(const char *type)
{
	size_t i;

	for (i = 0; type && i < sizeof config_controller_types / sizeof config_controller_types[0];
	     i++)
		if (strcasecmp(type, config_controller_types[i].type) == 0)
			return i;
	return SIZE_MAX;
}

const char *config_controller_subtype(const char *type)
{
	size_t i = config_controller_find(type);

	return i == SIZE_MAX ? NULL : config_controller_types[i].subtype;
}

/* The service's plugin when it takes the serial line's place (L2TP.ppp,
 * PPPoE.ppp: the catalogue knows their channel words); NULL for the modem
 * plugin, which keeps the serial line, and for a plugin it does not know. */
const char *config_controller_channel(const char *type)
{
	size_t i = config_controller_find(type);
	const char *pl = i == SIZE_MAX ? NULL : config_controller_types[i].plugin;

	return pl && catalog_plugin_is_channel(pl, PLATFORM_MACOS) ? pl : NULL;
}

/*
 * ppp_start runs pppd with "serviceid ID controlled" only
 * (ppp_manager.c:1992-1995) and streams the rest over the control pipe,
 * read by options_from_controller with privilege and the command line's
 * priority (apple-ppp-1027.121.1/Helpers/pppd/options.c:1840-1901). Of
 * send_pppd_params (ppp_manager.c:716-1429) this keeps what every service
 * of the type gets; the rest (debug, logfile, device, refuse-*,
 * noaskpassword...) follows the service's settings,
 * which pppconf does not read. Quoted as the controller quotes
 * (ppp_manager.c:688-710).
 */
int config_controller_text(const struct config_opts *o, struct buf *out, struct buf *err)
{
	const char *sub = config_controller_subtype(o->service_type);
	int l2tp = sub && strcmp(sub, "L2TP") == 0;

	if (!sub) {
		buf_printf(err, "unknown service type '%s' (use l2tp, pptp, pppoe or serial)",
		           o->service_type ? o->service_type : "");
		return -1;
	}
	/* its command line, read after /etc/ppp/options and ~/.ppprc: the
	 * service's own ID (unknown here, so a stand-in) and controlled
	 * (ppp_manager.c:1992-1995; Helpers/pppd/main.c:417-419) */
	buf_adds(out, "serviceid \"(the service's ID)\"\ncontrolled\n");
	/* the dialogs plugin, from the controller's plug-in folder (:741-747) */
	buf_adds(out, "plugin \"PPPDialogs.ppp\"\n");
	if (l2tp)
		buf_adds(out, "dialogtype 1\n");
	/* the connection's plugin (:781-784) */
	buf_printf(out, "plugin \"%s.ppp\"\n", sub);
	if (l2tp) {
		/* only when the service's L2TP transport is plain IP (:902-907) */
		if (o->transport_ip)
			buf_adds(out, "l2tpnoipsec\n");
		/* always, 0 (a dynamic port) unless the service sets one (:938-939) */
		buf_adds(out, "l2tpudpport 0\n");
	}
	/* every service: no authentication asked of the server (:1192) */
	buf_adds(out, "noauth\n");
	/* every service: the MPPE branch tests a flag set to 0 and never
	 * changed (:729, :1327), so the else branch writes noccp (:1352) */
	buf_adds(out, "noccp\n");
	buf_adds(out, "nodetach\n");                     /* :1392-1394 */
	/* last, so that the peers file can override the rest (:1421-1426) */
	if (o->service && *o->service) {
		buf_adds(out, "call ");
		lexer_quote(out, o->service, strlen(o->service));
		buf_addc(out, '\n');
	}
	return 0;
}
