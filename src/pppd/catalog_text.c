/* catalog_text.c - checks of text values: call's peers name, a text longer than pppd keeps, and the text rows pppd reads further (ifname, endpoint, avpair...). */
#include "pppd/catalog.h"
#include "pppd/catalog_value.h"

#include "base/i18n.h"

#include <string.h>

/* macOS device: Apple's modem plugin puts /dev/ in front of a name that
 * does not start with /, and cu. too unless the name starts with ttyd
 * (apple-ppp-1027.121.1/Drivers/PPPSerial/PPPSerial-plugin/main.c:269-276),
 * then stops pppd when that path does not exist (:282-285). PPPoE.ppp
 * copies the name into an interface request, so an empty one names no
 * interface and fails (PPPoE-plugin/main.c:190, :253-269). Only names that
 * start with cu. or tty (not ttyd) and the empty name are judged: whether
 * a file exists on the Mac is left out, as is which plugin reads the file. */
static int catalog_text_mac_device(const char *val, size_t len, struct buf *why)
{
	if (len == 0) {
		if (why)
			buf_printf(why, "%s", _("an empty name is kept as it is: PPPoE.ppp then asks for an "
		                  "interface with no name and fails, and the modem plugin "
		                  "(PPPSerial.ppp) looks for /dev/cu. and stops pppd when there "
		                  "is no such file (derived from Apple's source, not tried on a "
		                  "Mac)."));
		return 1;
	}
	if (val[0] == '/' || !((len >= 3 && strncmp(val, "cu.", 3) == 0) ||
	                       (len >= 3 && strncmp(val, "tty", 3) == 0 &&
	                        !(len >= 4 && val[3] == 'd'))))
		return 0;
	catalog_value_why(why, _("'%s' does not start with /, so Apple's modem plugin "
	                  "(PPPSerial.ppp) puts /dev/cu. in front of it (a name starting with "
	                  "ttyd gets /dev/ alone): cu.X becomes /dev/cu.cu.X and tty.X "
	                  "/dev/cu.tty.X, and when that file does not exist pppd stops with "
	                  "\"Device ... does not exist\" (derived from Apple's source, not "
	                  "tried on a Mac). Write the whole path, such as /dev/cu.X."), val, len);
	return 1;
}

/* call's name is a path under /etc/ppp/peers that may not leave it. */
int catalog_text_call(const char *val, size_t len, struct buf *why)
{
	size_t i = 0;

	if (len == 0 || val[0] == '/') {
		catalog_value_why(why, _("'%s' must be a name under /etc/ppp/peers, not empty and not "
		            "starting with /; pppd refuses it."), val, len);
		return 2;
	}
	while (i < len) {
		size_t end = i;
		while (end < len && val[end] != '/')
			end++;
		if (end - i == 2 && val[i] == '.' && val[i + 1] == '.') {
			catalog_value_why(why, _("'%s' contains a .. folder; pppd refuses it."), val, len);
			return 2;
		}
		i = end + 1;
	}
	return 0;
}

/* A text value longer than the buffer pppd copies it into: strlcpy keeps
 * the first hi bytes and says nothing (linux-ppp-2.5.3/pppd/options.c:931,
 * 2.4.9's :787, Apple's :874). A secret is not repeated in the message. */
int catalog_text_length(const struct catalog_entry *e, const char *val, size_t len,
                        struct buf *why)
{
	struct buf b = { NULL, 0, 0 };

	if (!why)
		return 1;
	if (e->arg == CATALOG_ARG_SECRET || (e->flags & CATALOG_HIDE))
		buf_printf(why, _("the value is %zu bytes long; pppd uses only its first %lld and "
		           "drops the rest without a message."), len, e->hi);
	/* ifname: 2.5.3 stores at most IFNAMSIZ-1 bytes (options.c:320); 2.4.9 stores up
	 * to MAXIFNAMELEN-1 = 31 (options.c:298, pppd.h:76), renames the interface with
	 * the first 15 (sys-linux.c:675) and gives the scripts IFNAME uncut (main.c:732). */
	else if (strcmp(e->name, "ifname") == 0)
		buf_printf(why, _("'%s' is %zu bytes long; pppd 2.5.3 uses only its first %lld and "
		           "drops the rest without a message. 2.4.9 names the interface with the "
		           "first %lld but hands its scripts (IFNAME) up to 31 bytes, so there the "
		           "scripts get a name the interface does not have."),
		           catalog_value_quote(&b, val, len), len, e->hi, e->hi);
	else
		buf_printf(why, _("'%s' is %zu bytes long; pppd uses only its first %lld and drops "
		           "the rest without a message."), catalog_value_quote(&b, val, len), len,
		           e->hi);
	buf_free(&b);
	return 1;
}

/* ifname: pppd keeps the name as written (linux-ppp-2.5.3/pppd/options.c:931)
 * and asks the kernel to rename the interface to it (sys-linux.c:1080); a
 * refused rename gives up the link (:1083, :668). vrf: pppd looks the VRF
 * up as an interface by that name (sys-linux.c:983) and fails the unit
 * without one (:985-986), so the connection fails (auth.c:667) or, with
 * demand or multilink, pppd exits (sys-linux.c:3608, :1127). Which names
 * the kernel refuses is the kernel's rule, not in the pinned sources: this
 * looks only for a '/', a ':' or white space, and for "." and "..". It
 * leaves out '%', which the kernel may fill in with a number.
 * pppol2tp_ifname: the plugin's rename is not looked at and pppd takes
 * the name either way (plugins/pppol2tp/pppol2tp.c:230-231), so the
 * address it later sets by that name fails (sys-linux.c:3204-3217) and
 * IPCP is closed (ipcp.c:1946). */
static int catalog_text_ifname(const struct catalog_entry *e, const char *val, size_t len,
                               struct buf *why)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (val[i] == '/' || val[i] == ':' || val[i] == ' ' || val[i] == '\t' ||
		    val[i] == '\n' || val[i] == '\v' || val[i] == '\f' || val[i] == '\r')
			break;
	if (i == len && !(len == 1 && val[0] == '.') &&
	    !(len == 2 && val[0] == '.' && val[1] == '.'))
		return 0;
	if (strcmp(e->name, "vrf") == 0) {
		catalog_value_why(why, _("'%s' is a name the Linux kernel does not give an "
		                  "interface (no '/', ':' or space, and not . or ..), so no VRF has "
		                  "it: pppd takes the line, but then finds no such VRF and the "
		                  "connection fails (with demand or multilink pppd exits) (the "
		                  "kernel's rule, not in pppd's source: not verified here)."), val, len);
		return 1;
	}
	if (strcmp(e->name, "pppol2tp_ifname") == 0) {
		catalog_value_why(why, _("'%s' is a name the Linux kernel does not give an "
		                  "interface (no '/', ':' or space, and not . or ..): pppd takes the "
		                  "line, but the rename fails unnoticed and pppd goes on with that "
		                  "name, so setting the interface's IP address fails and IPCP is "
		                  "closed (the kernel's rule, not in pppd's source: not verified "
		                  "here)."), val, len);
		return 1;
	}
	catalog_value_why(why, _("'%s' is a name the Linux kernel does not give an interface "
	                  "(no '/', ':' or space, and not . or ..): pppd takes the line, but the "
	                  "rename then fails and pppd gives up the link (the kernel's rule, not "
	                  "in pppd's source: not verified here)."), val, len);
	return 1;
}

/* The text rows whose value pppd reads further (CATALOG_ARG_STRING). */
int catalog_text_check(const struct catalog_entry *e, const char *val, size_t len,
                       struct buf *why)
{
	if (strcmp(e->name, "endpoint") == 0)
		return catalog_shape_endpoint(val, len, why);
	if (strcmp(e->name, "ifname") == 0 || strcmp(e->name, "vrf") == 0 ||
	    strcmp(e->name, "pppol2tp_ifname") == 0)
		return catalog_text_ifname(e, val, len, why);
	/* ifscope: L2TP.ppp copies it into 17 bytes with strcpy
	 * (apple-ppp-1027.121.1/Drivers/L2TP/L2TP-plugin/main.c:190, :1275). */
	if (strcmp(e->name, "ifscope") == 0 && len > 16) {
		if (why)
			buf_printf(why, _("the name is %zu bytes long; the L2TP plugin copies it "
			           "unchecked into 16 bytes and a closing zero, so it writes past "
			           "them, with unforeseeable results."), len);
		return 1;
	}
	/* pppoeservicename: PPPoE.ppp copies it with strncpy into the socket
	 * address's service field (apple-ppp-1027.121.1/Drivers/PPPoE/
	 * PPPoE-plugin/main.c:463 and :526). The field's size, 64 bytes, is in
	 * Apple's full source only (PPPoE-extension/PPPoE.h), so the message
	 * says so; what the kernel does with a full field that has no closing
	 * zero is left out: a name of 64 bytes or more is only called unsure. */
	if (strcmp(e->name, "pppoeservicename") == 0 && len >= 64) {
		if (why)
			buf_printf(why, _("the name is %zu bytes long; PPPoE.ppp copies at most 64 "
			           "bytes of it into the address it hands the kernel (a field of that size in "
			           "Apple's full source, not verified on a Mac), so the server may not "
			           "get the whole name."), len);
		return 1;
	}
	/* pppoeacname: the same copy into the address's concentrator field
	 * (main.c:461 when connecting, :524 when listening), 64 bytes in Apple's
	 * full source. There the kernel extension keeps at most 63 bytes and,
	 * when connecting, takes an offer only from a concentrator whose name is
	 * exactly what it kept (PPPoE-extension/pppoe_rfc.c; an offered name
	 * longer than 64 bytes is read there as none), so a concentrator whose
	 * name is 64 bytes or longer never matches. Not in the pinned copy: the
	 * message says so. */
	if (strcmp(e->name, "pppoeacname") == 0 && len >= 64) {
		if (why)
			buf_printf(why, _("the name is %zu bytes long; PPPoE.ppp copies at most 64 "
			           "bytes of it into the address it hands the kernel, and in Apple's "
			           "full source the kernel keeps fewer than 64 of them and, when connecting, "
			           "answers only a concentrator whose name matches what it kept, so a "
			           "concentrator whose name is that long is never matched (not verified on "
			           "a Mac)."), len);
		return 1;
	}
	if (strcmp(e->name, "callback") == 0 && e->platforms == PLATFORM_LINUX)
		return catalog_shape_callback(val, len, why);
	if (strcmp(e->name, "avpair") == 0 && e->plugin && strcmp(e->plugin, "radius.so") == 0)
		return catalog_shape_avpair(val, len, why);
	/* both names of one option (linux-ppp-2.5.3/pppd/plugins/pppoe/plugin.c:95) */
	if (strcmp(e->name, "pppoe-host-uniq") == 0 || strcmp(e->name, "host-uniq") == 0)
		return catalog_shape_host_uniq(val, len, why);
	if (strcmp(e->name, "qos") == 0 && e->plugin && strcmp(e->plugin, "pppoatm.so") == 0)
		return catalog_shape_qos(val, len, why);
	if (strcmp(e->name, "device") == 0 && e->platforms == PLATFORM_MACOS)
		return catalog_text_mac_device(val, len, why);
	if (strcmp(e->name, "ipx-router-name") == 0)
		return catalog_shape_ipx_name(val, len, why);
	if (strcmp(e->name, "ipx-node") == 0)
		return catalog_shape_ipx_node(val, len, why);
	if (strcmp(e->name, "set") == 0 || strcmp(e->name, "unset") == 0)
		return catalog_shape_env(e->name[0] == 'u', val, len, why);
	return 0;
}
