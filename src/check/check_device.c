/* check_device.c - the rule about a word shaped as a serial device that pppd does not know: no such device here, or a plugin has replaced the serial line. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "check/check_int.h"
#include "pppd/lexer.h"

/* A word written as a serial device is: /dev/..., tty... or cu.... */
static int check_device_shaped(const struct check_unknown *u)
{
	return (u->len > 5 && memcmp(u->name, "/dev/", 5) == 0) ||
	       (u->len > 3 && memcmp(u->name, "tty", 3) == 0) ||
	       (u->len > 3 && memcmp(u->name, "cu.", 3) == 0);
}

/* A device name after a plugin has taken the link over. */
static int check_device_replaced(struct check_ctx *c, size_t entry, struct check_unknown *u)
{
	struct buf msg, fix;
	int said;

	buf_init(&msg);
	buf_init(&fix);
	buf_printf(&msg, _("%s looks like a serial device, but the plugin %s has replaced the "
	           "serial line before this point, so pppd no longer takes a device name here, "
	           "whether or not the device exists."), check_unknown_word(u), c->scope.channel);
	buf_printf(&fix, _("Remove it, or remove the 'plugin %s' line if this connection is not "
	           "meant to use %s."), c->scope.channel, c->scope.channel);
	said = check_unknown_say(c, CHECK_K_CHANNEL_REPLACED, entry, u, fix.data, NULL, &msg);
	buf_free(&fix);
	return said;
}

/* A word is a device only when it names a character device that exists
 * (linux-ppp-2.5.3/pppd/tty.c:363-373 setdevname); otherwise no option
 * matches it. But when stat fails for another reason than ENOENT (such as
 * ENOTDIR), pppd takes the word for a device and then refuses it (:365-368;
 * Apple's tty.c:389-392, which adds /dev/ unless the word starts so), while
 * the serial line is still the channel. */
int check_refused_device_missing(struct check_ctx *c, size_t entry, size_t word)
{
	struct check_unknown u;
	struct buf msg;
	struct stat st;
	int e;

	(void)word;
	check_unknown_init(c, entry, &u);
	/* Once a plugin has replaced the serial line, the table that holds the
	 * device-name match is no longer searched (linux-ppp-2.5.3/pppd/
	 * options.c:789), so a device name is unknown whether or not it exists. */
	if (c->scope.channel && check_device_shaped(&u))
		return check_device_replaced(c, entry, &u);
	/* read for another machine (--root, --no-env): this /dev says nothing */
	if (c->p != platform_default() || c->scope.by_shape)
		return 0;
	buf_init(&msg);
	if (u.len && !u.has_nul &&
	    (c->p == PLATFORM_MACOS ? strncmp(u.name, "/dev/", 5) != 0 : u.name[0] != '/'))
		buf_adds(&msg, "/dev/");
	buf_add(&msg, u.name, u.len);
	e = u.len && !u.has_nul && stat(msg.data, &st) < 0 ? errno : 0;
	buf_reset(&msg);
	if (e && e != ENOENT && e != EACCES && !c->scope.channel) {
		buf_printf(&msg, _("%s is taken by pppd for a device name, because looking it up "
		           "fails with \"%s\" rather than \"no such file\"; pppd then refuses it "
		           "(\"Couldn't stat\")."), check_unknown_word(&u), strerror(e));
		return check_unknown_say(c, CHECK_K_DEVICE_MISSING, entry, &u, N_("Correct the "
		                         "device's name, or remove the line."), NULL, &msg);
	}
	buf_free(&msg);
	if (!check_device_shaped(&u))
		return 0;
	buf_init(&msg);
	buf_printf(&msg, _("%s looks like a serial device, but there is no such character "
	           "device on this machine, so pppd does not know the word."),
	           check_unknown_word(&u));
	return check_unknown_say(c, CHECK_K_DEVICE_MISSING, entry, &u, N_("Plug the device in or "
	                         "correct its name (ls /dev/tty*), or remove the line."), NULL,
	                         &msg);
}
