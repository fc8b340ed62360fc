/* config.c - the configuration as pppd reads it: its sources in pppd's order on each platform, the file the user named reached as pppd would reach it, and what is said about them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/config_int.h"
#include "base/i18n.h"
#include "base/util.h"
#include "pppd/lexer.h"

static const char *const config_origins[] = {
	"system", "user", "args", "controller", "post", "tty", "interface", "file", "call"
};
static const char *const config_states[] = {
	"read", "absent", "refused", "folder", "unchecked"
};

const char *config_origin_name(enum config_origin o)
{
	return config_origins[o];
}

const char *config_state_name(enum config_state s)
{
	return config_states[s];
}

const char *config_source_name(const struct config_source *s)
{
	if (s->where)
		return *s->where ? s->where : "''";   /* file "": pppd tries to open "" */
	return s->origin == CONFIG_CONTROLLER ? _("the controller") : _("the command line");
}

/* ---- the chain -------------------------------------------------------- */

/* Opens a source pppd reads by itself (not named by another) and reads it;
 * what pppd makes of the file is said on the file as a whole. */
static void config_start(struct config_run *r, size_t i, int must_exist, int check_prot)
{
	struct config *c = r->c;
	struct config_source *s = c->src[i];
	int given = c->given_path && strcmp(s->path, c->given_path) == 0;

	buf_reset(&r->pending_msg);
	buf_reset(&r->pending_fix);
	r->pending_src = i;
	r->pending_id = config_read_open(r, i, must_exist, check_prot, &r->pending_msg,
	                                 &r->pending_fix);
	if (s->state == CONFIG_ABSENT && given)
		s->cfile.missing = 1;
	if (r->pending_id || s->state == CONFIG_READ || s->cfile.missing)
		config_read(r, i);
	r->pending_id = NULL;
}

/* How pppd comes to the given file. */
enum config_reach {
	CONFIG_REACH_NONE,       /* no file given: pppd's own start */
	CONFIG_REACH_FILE, CONFIG_REACH_SYSTEM, CONFIG_REACH_USER, CONFIG_REACH_CALL,
	CONFIG_REACH_POST, CONFIG_REACH_TTY, CONFIG_REACH_IFACE
};

/* A suffix of options.X that names a serial device rather than a purpose
 * ("ttyUSB0", "cu.modem", not "l2tpd.client"). */
static int config_tty_name(const struct config *c, const char *x)
{
	struct buf dev;
	struct stat st;
	int ok;

	if (strncmp(x, "tty", 3) == 0 || strncmp(x, "cu.", 3) == 0 || strncmp(x, "rfcomm", 6) == 0)
		return 1;
	if (!c->machine)
		return 0;
	buf_init(&dev);
	buf_printf(&dev, "/dev/%s", x);
	ok = stat(dev.data, &st) == 0 && S_ISCHR(st.st_mode);
	buf_free(&dev);
	return ok;
}

static enum config_reach config_reach(struct config_run *r, const char **name)
{
	const struct config *c = r->c;
	const char *g = c->given_path;
	size_t n = strlen(c->home ? c->home : "");

	if (strcmp(g, "/etc/ppp/options") == 0)
		return CONFIG_REACH_SYSTEM;
	if (strncmp(g, "/etc/ppp/peers/", 15) == 0 && g[15]) {
		*name = g + 15;
		return CONFIG_REACH_CALL;
	}
	if (n && strncmp(g, c->home, n) == 0 && strcmp(g + n, "/.ppprc") == 0)
		return CONFIG_REACH_USER;
	if (c->o.platform == PLATFORM_MACOS && strcmp(g, "/etc/ppp/postoptions") == 0)
		return CONFIG_REACH_POST;
	if (strncmp(g, "/etc/ppp/options.", 17) == 0 && config_tty_name(c, g + 17)) {
		*name = g + 17;
		return CONFIG_REACH_TTY;
	}
	return CONFIG_REACH_FILE;
}

/* pppd's path for the given file: absolute, and on macOS without the
 * /private that /etc stands for. */
static char *config_given_path(const struct config *c)
{
	struct buf b;
	char *p = config_pppd_path(c, c->o.given);

	buf_init(&b);
	buf_adds(&b, c->o.platform == PLATFORM_MACOS && strncmp(p, "/private/etc/", 13) == 0
	         ? p + 8 : p);
	free(p);
	return buf_detach(&b);
}

static const enum config_origin config_reach_origin[] = {
	[CONFIG_REACH_NONE] = CONFIG_SYSTEM, [CONFIG_REACH_FILE] = CONFIG_FILE, [CONFIG_REACH_SYSTEM] = CONFIG_SYSTEM,
	[CONFIG_REACH_USER] = CONFIG_USER, [CONFIG_REACH_CALL] = CONFIG_CALL,
	[CONFIG_REACH_POST] = CONFIG_POST, [CONFIG_REACH_TTY] = CONFIG_TTY,
	[CONFIG_REACH_IFACE] = CONFIG_IFACE,
};

/* The words pppd gets on its command line: the given file's own, then the
 * user's. */
static void config_args(const struct config *c, enum config_reach reach, const char *name,
                        struct buf *text)
{
	if (reach == CONFIG_REACH_FILE) {
		buf_adds(text, "file ");
		lexer_quote(text, c->given_path, strlen(c->given_path));
		buf_addc(text, '\n');
	} else if (reach == CONFIG_REACH_CALL &&
	           !(c->o.platform == PLATFORM_MACOS && c->o.service_type)) {
		buf_adds(text, "call ");
		lexer_quote(text, name, strlen(name));
		buf_addc(text, '\n');
	}
	if (c->o.args && *c->o.args) {
		buf_adds(text, c->o.args);
		buf_addc(text, '\n');
	}
}

/* options.<tty>: the device's name after /dev/, slashes made dots
 * (linux-ppp-2.5.3/pppd/options.c:680-705). NULL when there is none. */
static char *config_tty_path(const char *dev)
{
	const char *p = strstr(dev, "/dev/");
	struct buf b;
	size_t k;

	if (p)
		dev = p + 5;
	if (!*dev || strcmp(dev, "tty") == 0)
		return NULL;
	buf_init(&b);
	buf_adds(&b, "/etc/ppp/options.");
	k = b.len;
	buf_adds(&b, dev);
	for (; k < b.len; k++)
		if (b.data[k] == '/')
			b.data[k] = '.';
	return buf_detach(&b);
}

/* /etc/ppp/options.<interface>: Linux's pppoe.so, in charge of the link,
 * reads it after the command line, with root's rights, at the command
 * line's rank, and goes on when there is none (linux-ppp-2.5.3/pppd/
 * main.c:443-444, plugins/pppoe/plugin.c:321-335; 2.4.9's plugin.c:316-324
 * and pathnames.h:_PATH_ETHOPT). The given file, already read as `file` on
 * the command line, is marked to be read again in its place. */
static void config_iface(struct config_run *r, enum config_reach reach)
{
	struct config *c = r->c;
	struct buf path;
	size_t i;

	if (reach == CONFIG_REACH_IFACE) {
		i = config_read_add(r, CONFIG_IFACE, c->given_path, CONFIG_NONE, CONFIG_NONE, 1,
		                    CONFIG_PRIO_ARGS);
		config_start(r, i, 0, 0);
		return;
	}
	if (c->o.platform != PLATFORM_LINUX || !r->iface || !r->scope.channel ||
	    strcmp(r->scope.channel, "pppoe.so") != 0)
		return;
	buf_init(&path);
	buf_printf(&path, "/etc/ppp/options.%s", r->iface);
	if (reach == CONFIG_REACH_FILE && strcmp(path.data, c->given_path) == 0) {
		r->iface_given = 1;
	} else {
		i = config_read_add(r, CONFIG_IFACE, path.data, CONFIG_NONE, CONFIG_NONE, 1,
		                    CONFIG_PRIO_ARGS);
		config_start(r, i, 0, 0);
	}
	buf_free(&path);
}

/* Only the given file: asked for, or for a platform this machine is not. */
static void config_alone(struct config_run *r, enum config_reach reach)
{
	struct config *c = r->c;
	size_t i;

	r->alone = 1;
	if (!c->o.alone)
		snprintf(c->note, sizeof c->note, _("This machine does not run %s's pppd, so only "
		         "this file was read, alone; --root DIR reads a copy of that machine's "
		         "/etc/ppp."), platform_display(c->o.platform));
	i = config_read_add(r, config_reach_origin[reach], c->given_path, CONFIG_NONE, CONFIG_NONE, 1,
	                    CONFIG_PRIO_FILE);
	config_start(r, i, 0, 0);
}

static void config_chain(struct config_run *r, enum config_reach reach, const char *name)
{
	struct config *c = r->c;
	int mac = c->o.platform == PLATFORM_MACOS;
	/* pppd run by root, or by the Mac's controller, reads with privilege
	 * (linux-ppp-2.5.3/pppd/main.c:404, apple .../Helpers/pppd/main.c:380-384) */
	int priv = c->uid == 0 || (mac && c->o.service_type);
	struct buf text, err, path;
	struct config_opts co;
	size_t i;
	char *tty;

	buf_init(&text);
	buf_init(&err);
	buf_init(&path);
	/* the service's channel plugin, loaded by the controller's stream
	 * after /etc/ppp/options, ~/.ppprc and the command line */
	r->later_channel = mac ? config_controller_channel(c->o.service_type) : NULL;
	/* /etc/ppp/options: as root; it may be missing only for root's pppd */
	i = config_read_add(r, CONFIG_SYSTEM, "/etc/ppp/options", CONFIG_NONE, CONFIG_NONE, 1,
	                    CONFIG_PRIO_FILE);
	config_start(r, i, !priv, 0);
	/* a privgroup there naming the user's group counts as root for what
	 * follows (linux-ppp-2.5.3/pppd/auth.c:586, main.c:433-435) */
	if (!priv)
		priv = config_privgroup(c);
	/* ~/.ppprc of the user who started pppd, with that user's rights */
	if (c->home && *c->home) {
		buf_printf(&path, "%s/.ppprc", strcmp(c->home, "/") == 0 ? "" : c->home);
		i = config_read_add(r, CONFIG_USER, path.data, CONFIG_NONE, CONFIG_NONE, priv,
		                    CONFIG_PRIO_FILE);
		config_start(r, i, 0, 1);
	}
	config_args(c, reach, name, &text);
	if (text.len) {
		i = config_read_add(r, CONFIG_ARGS, NULL, CONFIG_NONE, CONFIG_NONE, priv,
		                    CONFIG_PRIO_ARGS);
		config_read_text(r, i, &text);
		config_read(r, i);
	}
	if (mac && c->o.service_type) {
		co = c->o;
		if (!co.service && reach == CONFIG_REACH_CALL)
			co.service = name;
		buf_reset(&text);
		r->later_channel = NULL;
		config_controller_text(&co, &text, &err);
		i = config_read_add(r, CONFIG_CONTROLLER, NULL, CONFIG_NONE, CONFIG_NONE, 1,
		                    CONFIG_PRIO_ARGS);
		config_read_text(r, i, &text);
		config_read(r, i);
		/* its own words (controlled, noauth) are no advice for the user;
		 * a refusal there still stops pppd */
		check_report_keep_errors(&c->src[i]->report);
	}
	/* read at the command line's priority, which is still in force */
	if (mac) {
		i = config_read_add(r, CONFIG_POST, "/etc/ppp/postoptions", CONFIG_NONE, CONFIG_NONE, 1,
		                    CONFIG_PRIO_ARGS);
		config_start(r, i, 0, 0);
	}
	if (reach == CONFIG_REACH_TTY) {
		free(r->device);
		r->device = util_xstrdup(name);
		r->pty = 0;
	}
	tty = r->device && !r->pty && !r->scope.channel ? config_tty_path(r->device) : NULL;
	if (tty) {
		i = config_read_add(r, CONFIG_TTY, tty, CONFIG_NONE, CONFIG_NONE, 1,
		                    CONFIG_PRIO_FILE);
		config_start(r, i, 0, 0);
	}
	free(tty);
	config_iface(r, reach);
	config_effective_persist_undone(r->c);
	config_end(r);
	buf_free(&text);
	buf_free(&err);
	buf_free(&path);
}

/* Opens the configuration; iface: the given file is the
 * options.<interface> pppoe.so reads (learnt by a first reading). */
static int config_open_as(struct config *c, const struct config_opts *o, struct buf *err,
                          int iface)
{
	struct config_run r;
	enum config_reach reach = CONFIG_REACH_NONE;
	const char *name = NULL;
	struct session probe;
	size_t i;

	memset(c, 0, sizeof *c);
	c->o = *o;
	c->given = c->stop_src = c->stop_entry = c->exit_src = c->exit_entry = CONFIG_NONE;
	/* with --root, pppd's own path names the copy under root */
	if (o->root && o->given) {
		char *under = config_given_where(o->root, o->given);

		if (strcmp(under, o->given) != 0)
			c->o.given = c->given_under = under;
		else
			free(under);
	}
	if (o->service_type && !config_controller_subtype(o->service_type)) {
		buf_printf(err, "unknown service type '%s' (use l2tp, pptp, pppoe or serial)",
		           o->service_type);
		return -1;
	}
	if (config_who(c, err) < 0) {
		config_close(c);
		return -1;
	}
	c->machine = !o->root && !o->no_env && o->platform == platform_default();
	if (c->machine && o->platform == PLATFORM_LINUX)
		c->plugin_dir = config_plugin_dir(NULL, o->pppd_version);
	memset(&r, 0, sizeof r);
	r.c = c;
	r.pty_src = r.dev_src = SIZE_MAX;
	catalog_scope_init(&r.scope, o->platform);
	r.scope.by_shape = !c->machine;
	buf_init(&r.pending_msg);
	buf_init(&r.pending_fix);
	if (c->o.given) {
		/* what is not an options file is refused first, as by every command */
		if (session_open(&probe, c->o.given, o->platform,
		                 SAFEWRITE_READONLY | SAFEWRITE_NOLOCK | SESSION_WORDS, err) < 0) {
			config_close(c);
			return -1;
		}
		session_close(&probe);
		c->given_path = config_given_path(c);
		reach = iface ? CONFIG_REACH_IFACE : config_reach(&r, &name);
	}
	if (o->alone || (!o->root && o->platform != platform_default())) {
		if (!c->given_path) {
			c->given_path = util_xstrdup("/etc/ppp/options");
			reach = CONFIG_REACH_SYSTEM;
		}
		config_alone(&r, reach);
	} else {
		config_chain(&r, reach, name);
	}
	for (i = 0; c->given_path && i < c->n && c->given == CONFIG_NONE; i++)
		if (c->src[i]->path && strcmp(c->src[i]->path, c->given_path) == 0)
			c->given = i;
	free(r.device);
	free(r.iface);
	free(r.open);
	buf_free(&r.pending_msg);
	buf_free(&r.pending_fix);
	if (r.iface_given && !iface) {
		config_close(c);
		return config_open_as(c, o, err, 1);
	}
	return 0;
}

int config_open(struct config *c, const struct config_opts *o, struct buf *err)
{
	return config_open_as(c, o, err, 0);
}

void config_close(struct config *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		struct config_source *s = c->src[i];
		if (s->has_session)
			session_close(&s->s);
		doc_free(&s->text);
		check_report_free(&s->report);
		free(s->path);
		free(s->where);
		free(s);
	}
	free(c->src);
	config_effective_free(c);
	free(c->home);
	free(c->user_name);
	free(c->plugin_dir);
	free(c->given_path);
	free(c->given_under);
	memset(c, 0, sizeof *c);
	c->given = c->stop_src = c->stop_entry = c->exit_src = c->exit_entry = CONFIG_NONE;
}

void config_counts(const struct config *c, size_t count[3])
{
	struct hash seen;
	struct buf key;
	const struct check_finding *f;
	size_t i, k;

	memset(&seen, 0, sizeof seen);
	buf_init(&key);
	count[0] = count[1] = count[2] = 0;
	for (i = 0; i < c->n; i++) {
		const struct check_report *r = &c->src[i]->report;
		for (k = 0; k < r->n; k++) {
			f = &r->items[k];
			buf_reset(&key);
			buf_printf(&key, "%s%c%zu%c%s%c%s", config_source_name(c->src[i]), 0,
			           (size_t)f->line, 0, check_finding_id(f), 0, check_message(r, f));
			if (!hash_get(&seen, key.data, key.len)) {
				hash_put(&seen, key.data, key.len, NULL)->val = &seen;
				count[check_finding_severity(f)]++;
			}
		}
	}
	hash_free(&seen, NULL);
	buf_free(&key);
}
