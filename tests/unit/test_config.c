/* test_config.c - the whole configuration: pppd's order of sources on both platforms, includes and peers files, cycles, where pppd stops, the options it ends up with, and the rules that look at the machine. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "t.h"

#include "base/util.h"
#include "config/config.h"

static char top[] = "/tmp/pppconf-config.XXXXXX";
static int tree_n;
static char tree[512];

/* A new empty copy of a machine's files: tree/etc/ppp/peers. */
static const char *new_tree(void)
{
	char cmd[1700];

	snprintf(tree, sizeof tree, "%s/t%d", top, ++tree_n);
	snprintf(cmd, sizeof cmd, "mkdir -p %s/etc/ppp/peers %s/root %s/var/root", tree, tree,
	         tree);
	if (system(cmd) != 0)
		util_die("cannot make %s", tree);
	return tree;
}

/* Writes text at tree + path (path starts with '/'). */
static void put(const char *path, const char *text)
{
	char p[700];
	int fd;

	snprintf(p, sizeof p, "%s%s", tree, path);
	fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text) || close(fd) != 0)
		util_die("cannot write %s: %s", p, strerror(errno));
	chmod(p, 0644);
}

static void open_cfg(struct config *c, enum platform p, const char *args, const char *given)
{
	struct config_opts o;
	struct buf err = { 0 };
	char g[700];

	memset(&o, 0, sizeof o);
	o.platform = p;
	o.root = tree;
	o.args = args;
	if (given) {
		snprintf(g, sizeof g, "%s%s", tree, given);
		o.given = g;
	}
	T_OK(config_open(c, &o, &err) == 0, "config_open: %s", err.data ? err.data : "");
	buf_free(&err);
}

/* "origin:path state, ..." of every source, for one comparison. */
static void order(const struct config *c, struct buf *out)
{
	size_t i;

	buf_reset(out);
	for (i = 0; i < c->n; i++)
		buf_printf(out, "%s%s:%s %s", i ? ", " : "", config_origin_name(c->src[i]->origin),
		           c->src[i]->path ? c->src[i]->path : "-", config_state_name(c->src[i]->state));
}

/* Where the finding with that id is: "path:line" of the first, or "". */
static void found(const struct config *c, const char *id, struct buf *out)
{
	size_t i, k;

	buf_reset(out);
	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->src[i]->report.n; k++)
			if (strcmp(check_finding_id(&c->src[i]->report.items[k]), id) == 0 && !out->len)
				buf_printf(out, "%s:%zu", c->src[i]->path ? c->src[i]->path : "-",
				           (size_t)c->src[i]->report.items[k].line);
	if (!out->data)
		buf_adds(out, "");
}

/* The message of the first finding `id`, or "". */
static void said(const struct config *c, const char *id, struct buf *out)
{
	size_t i, k;

	buf_reset(out);
	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->src[i]->report.n; k++)
			if (strcmp(check_finding_id(&c->src[i]->report.items[k]), id) == 0 && !out->len)
				buf_adds(out, check_message(&c->src[i]->report,
				                            &c->src[i]->report.items[k]));
	if (!out->data)
		buf_adds(out, "");
}

/* The effective value of a setting: "text@path:line", or "". */
static void effective(const struct config *c, const char *key, struct buf *out)
{
	const struct config_set *s;
	size_t i;

	buf_reset(out);
	for (i = 0; i < c->nopt; i++)
		if (strcmp(c->opt[i].key, key) == 0) {
			s = &c->opt[i].sets[c->opt[i].winner];
			config_set_text(c, s, out);
			buf_printf(out, "@%s:%zu", c->src[s->src]->path ? c->src[s->src]->path : "-",
			           config_set_line(c, s));
		}
	if (!out->data)
		buf_adds(out, "");
}

static void test_linux_order(void)
{
	struct config c;
	struct buf b = { 0 };

	new_tree();
	put("/etc/ppp/options", "lock\nmtu 1500\nmru 1500\n");
	put("/root/.ppprc", "noipdefault\n");
	put("/etc/ppp/peers/gprs", "/dev/ttyS0\nmtu 1400\nmru 1400\nfile /etc/ppp/extra\n");
	put("/etc/ppp/extra", "debug\n");
	put("/etc/ppp/options.ttyS0", "mtu 1000\nmru 1000\n");
	open_cfg(&c, PLATFORM_LINUX, "call gprs", NULL);
	order(&c, &b);
	T_STREQ(b.data, "system:/etc/ppp/options read, user:/root/.ppprc read, args:- read, "
	        "call:/etc/ppp/peers/gprs read, file:/etc/ppp/extra read, "
	        "tty:/etc/ppp/options.ttyS0 read", "Linux: pppd's order");
	T_INTEQ(c.stop_src, CONFIG_NONE, "nothing refused");
	T_INTEQ(c.src[4]->parent, 3, "the include is reached from the peers file");
	T_INTEQ(c.src[4]->depth, 2, "two levels down");
	/* mtu is plain: the tty file's comes last and stays; mru has a priority:
	 * the tty file ranks below the command line's call */
	effective(&c, "mtu", &b);
	T_STREQ(b.data, "mtu 1000@/etc/ppp/options.ttyS0:1", "last mtu wins");
	effective(&c, "mru", &b);
	T_STREQ(b.data, "mru 1400@/etc/ppp/peers/gprs:3", "the tty file cannot replace mru");
	T_OK(c.opt[1].nsets >= 1, "values are kept");
	config_close(&c);

	/* Apple's ipv6cp-use-ipaddr has no priority (ipv6cp.c:267-271): the
	 * tty file, read last, sets it again */
	put("/etc/ppp/options", "");
	put("/etc/ppp/peers/modem", "/dev/cu.modem\nipv6cp-use-ipaddr\nremotename isp\n");
	put("/etc/ppp/options.cu.modem", "ipv6cp-use-ipaddr\nremotename other\n");
	open_cfg(&c, PLATFORM_MACOS, "call modem", NULL);
	effective(&c, "ipv6cp-use-ipaddr", &b);
	T_STREQ(b.data, "ipv6cp-use-ipaddr@/etc/ppp/options.cu.modem:1",
	        "macOS: a plain option, the last one read wins");
	/* remotename has one (auth.c:495): the tty file ranks below call */
	effective(&c, "remotename", &b);
	T_STREQ(b.data, "remotename isp@/etc/ppp/peers/modem:3",
	        "macOS: the tty file cannot replace remotename");
	config_close(&c);

	/* the given peers file is reached by call, the given other file by file */
	open_cfg(&c, PLATFORM_LINUX, NULL, "/etc/ppp/peers/gprs");
	T_OK(c.given != CONFIG_NONE && c.src[c.given]->origin == CONFIG_CALL,
	     "a peers file is read as pppd's call");
	config_close(&c);
	open_cfg(&c, PLATFORM_LINUX, NULL, "/etc/ppp/extra");
	T_OK(c.given != CONFIG_NONE && c.src[c.given]->origin == CONFIG_FILE &&
	     c.src[c.src[c.given]->parent]->origin == CONFIG_ARGS,
	     "another file is read as file on the command line");
	config_close(&c);
	buf_free(&b);
}

static void test_macos_controller(void)
{
	struct config c;
	struct config_opts o;
	struct buf b = { 0 }, err = { 0 };

	new_tree();
	put("/etc/ppp/options", "debug\n");
	put("/etc/ppp/peers/Work VPN", "l2tpnoipsec\n");
	put("/etc/ppp/postoptions", "mtu 1280\n");
	memset(&o, 0, sizeof o);
	o.platform = PLATFORM_MACOS;
	o.root = tree;
	o.service_type = "l2tp";
	o.service = "Work VPN";
	T_OK(config_open(&c, &o, &err) == 0, "open");
	order(&c, &b);
	T_STREQ(b.data, "system:/etc/ppp/options read, user:/var/root/.ppprc absent, "
	        "controller:- read, call:/etc/ppp/peers/Work VPN read, "
	        "post:/etc/ppp/postoptions read", "macOS: the controller, its call, postoptions");
	found(&c, "plugin-missing", &b);
	T_STREQ(b.data, "", "l2tpnoipsec in the peers file follows the controller's plugin");
	effective(&c, "l2tpnoipsec", &b);
	T_STREQ(b.data, "l2tpnoipsec@/etc/ppp/peers/Work VPN:1", "set by the peers file");
	T_OK(c.src[3]->privileged, "the controller's call reads with privilege");
	config_close(&c);

	/* the same line in /etc/ppp/options comes before the plugin */
	put("/etc/ppp/options", "l2tpnoipsec\n");
	T_OK(config_open(&c, &o, &err) == 0, "open");
	found(&c, "plugin-missing", &b);
	T_STREQ(b.data, "/etc/ppp/options:1", "before the controller, the plugin is missing");
	config_close(&c);

	/* transport ip: the controller itself says l2tpnoipsec */
	put("/etc/ppp/options", "");
	o.transport_ip = 1;
	o.service = "Other";
	T_OK(config_open(&c, &o, &err) == 0, "open");
	effective(&c, "l2tpnoipsec", &b);
	T_STREQ(b.data, "l2tpnoipsec@-:4", "the controller's own l2tpnoipsec");
	found(&c, "peers-absent", &b);
	T_STREQ(b.data, "-:9", "macOS goes on without a missing peers file");
	found(&c, "include-missing", &b);
	T_STREQ(b.data, "", "and it is no error there");
	config_close(&c);

	/* every service gets noauth and noccp from the controller, after the file */
	put("/etc/ppp/options", "auth\nrequire-mppe-128\n");
	T_OK(config_open(&c, &o, &err) == 0, "open");
	effective(&c, "auth", &b);
	T_STREQ(b.data, "noauth@-:6", "the controller's noauth outranks auth in the file");
	effective(&c, "noccp", &b);
	T_STREQ(b.data, "noccp@-:7", "and the controller writes noccp");
	config_close(&c);
	o.service_type = "modem";
	T_OK(config_open(&c, &o, &err) < 0 && err.len, "an unknown service type is refused");
	buf_free(&b);
	buf_free(&err);
}

/* The editor's o opens the file the reading itself reads for `file` and
 * `call`: the same path, under the same root. */
static void test_follow_where(void)
{
	struct config c;
	char *w;
	size_t i, seen = 0;

	new_tree();
	put("/etc/ppp/options", "file /etc/ppp/inc\ncall gprs\n");
	put("/etc/ppp/inc", "lock\n");
	put("/etc/ppp/peers/gprs", "noauth\n");
	open_cfg(&c, PLATFORM_LINUX, NULL, NULL);
	for (i = 0; i < c.n; i++) {
		const struct config_source *s = c.src[i];
		if (s->origin != CONFIG_FILE && s->origin != CONFIG_CALL)
			continue;
		w = config_follow_where(tree, s->origin == CONFIG_CALL,
		                        s->origin == CONFIG_CALL ? "gprs" : "/etc/ppp/inc",
		                        s->origin == CONFIG_CALL ? 4 : 12);
		T_STREQ(w, s->where, "o opens where the reading read %s", s->path);
		free(w);
		seen++;
	}
	T_INTEQ(seen, 2, "both the include and the peers file were read");
	config_close(&c);
	w = config_follow_where(NULL, 1, "gprs", 4);
	T_STREQ(w, "/etc/ppp/peers/gprs", "call NAME without a root: /etc/ppp/peers/NAME");
	free(w);
	w = config_follow_where(tree, 0, "./inc", 5);
	T_STREQ(w, "./inc", "a relative include: as written, from the working folder");
	free(w);
	/* pppd's string ends at a NUL an escape made */
	w = config_follow_where(NULL, 0, "/etc/a\0b", 8);
	T_STREQ(w, "/etc/a", "a name ends at its first NUL");
	free(w);
}

static void test_includes(void)
{
	struct config c;
	struct buf b = { 0 };
	char p[700];

	new_tree();
	put("/etc/ppp/options", "file /etc/ppp/a\n");
	put("/etc/ppp/a", "lock\nfile /etc/ppp/b\n");
	put("/etc/ppp/b", "file /etc/ppp/a\n");
	open_cfg(&c, PLATFORM_LINUX, NULL, NULL);
	found(&c, "include-cycle", &b);
	T_STREQ(b.data, "/etc/ppp/b:1", "a file that leads back is a cycle");
	T_OK(c.stop_src != CONFIG_NONE && strcmp(c.src[c.stop_src]->path, "/etc/ppp/b") == 0,
	     "pppd stops there");
	T_OK(!c.src[c.n - 1]->reached, "what comes after is not reached");
	config_close(&c);

	put("/etc/ppp/options", "file /etc/ppp/a\nfile /etc/ppp/a\n");
	put("/etc/ppp/a", "lock\n");
	open_cfg(&c, PLATFORM_LINUX, NULL, NULL);
	found(&c, "include-cycle", &b);
	T_STREQ(b.data, "", "the same file twice is no cycle");
	T_OK(c.n >= 3 && !c.src[1]->again && c.src[2]->again, "the second reading is marked");
	config_close(&c);

	put("/etc/ppp/options", "lock\nfile /etc/ppp/nope\nmtux 1\n");
	open_cfg(&c, PLATFORM_LINUX, NULL, NULL);
	found(&c, "include-missing", &b);
	T_STREQ(b.data, "/etc/ppp/options:2", "a missing include is refused");
	said(&c, "include-missing", &b);
	T_OK(strstr(b.data, "Can't access") == NULL, "file's missing file: only \"Can't open\"");
	T_OK(c.stop_src == 0 && c.stop_entry == 1, "pppd stops at the include, not at line 3");
	config_close(&c);

	/* pppoe.so checks pppoe-mac only once all options are read: pppd reads
	 * on past a bad one, and stops at the next word it refuses */
	put("/etc/ppp/options", "plugin pppoe.so\neth0\npppoe-mac zz\nmtux 1\n");
	open_cfg(&c, PLATFORM_LINUX, NULL, NULL);
	found(&c, "bad-value", &b);
	T_STREQ(b.data, "/etc/ppp/options:3", "a bad pppoe-mac is refused");
	said(&c, "bad-value", &b);
	T_OK(strstr(b.data, "reads all its options first") != NULL, "after all the options");
	T_OK(c.stop_src == 0 && c.stop_entry == 3, "pppd stops at line 4, not at pppoe-mac");
	config_close(&c);

	put("/etc/ppp/options", "file /etc/ppp/peers\n");
	open_cfg(&c, PLATFORM_LINUX, NULL, NULL);
	found(&c, "include-folder", &b);
	T_STREQ(b.data, "/etc/ppp/options:1", "a folder makes pppd quit");
	config_close(&c);

	put("/etc/ppp/options", "file relative/opts\n");
	open_cfg(&c, PLATFORM_LINUX, NULL, NULL);
	found(&c, "include-relative", &b);
	T_STREQ(b.data, "/etc/ppp/options:1", "a relative path depends on pppd's folder");
	config_close(&c);
	put("/etc/ppp/options", "file /etc/ppp/a\n");
	open_cfg(&c, PLATFORM_LINUX, NULL, NULL);
	found(&c, "include-relative", &b);
	T_STREQ(b.data, "", "a full path does not");
	found(&c, "not-checked", &b);
	T_STREQ(b.data, "", "a plain file is checked");
	config_close(&c);

	/* what pppconf will not read (a FIFO) is said, not waited on */
	snprintf(p, sizeof p, "%s/etc/ppp/fifo", tree);
	T_OK(mkfifo(p, 0644) == 0, "mkfifo");
	put("/etc/ppp/options", "file /etc/ppp/fifo\n");
	open_cfg(&c, PLATFORM_LINUX, NULL, NULL);
	found(&c, "not-checked", &b);
	T_STREQ(b.data, "/etc/ppp/options:1", "a FIFO is not checked, and the reason is given");
	config_close(&c);

	/* call: Linux refuses a missing peers file */
	put("/etc/ppp/options", "");
	open_cfg(&c, PLATFORM_LINUX, "call nosuch", NULL);
	found(&c, "include-missing", &b);
	T_STREQ(b.data, "-:1", "a missing peers file is an error on Linux");
	said(&c, "include-missing", &b);
	T_OK(strstr(b.data, "Linux pppd 2.5.3: \"Can't access\"") != NULL,
	     "2.5.3's own words for a missing peers file (%s)", b.data);
	found(&c, "peers-absent", &b);
	T_STREQ(b.data, "", "not a note");
	found(&c, "peers-unsafe", &b);
	T_STREQ(b.data, "", "a copy's owners are not judged");
	config_close(&c);
	buf_free(&b);
}

/* Who starts pppd: a user's command line may not use root's options, nor
 * change what root fixed. */
static void test_user(void)
{
	struct config c;
	struct config_opts o;
	struct buf b = { 0 }, err = { 0 };

	new_tree();
	put("/etc/ppp/options", "connect \"/bin/true\"\n");
	memset(&o, 0, sizeof o);
	o.platform = PLATFORM_LINUX;
	o.root = tree;
	o.user = "someone";
	o.args = "connect \"/bin/false\"";
	T_OK(config_open(&c, &o, &err) == 0, "open");
	found(&c, "not-overridable", &b);
	T_STREQ(b.data, "-:1", "a user's command line cannot change root's connect");
	T_OK(!c.src[2]->privileged, "the command line of a user is read without privilege");
	T_STREQ(c.src[1]->path, "/home/someone/.ppprc", "the user's own .ppprc");
	config_close(&c);
	o.user = NULL;
	T_OK(config_open(&c, &o, &err) == 0, "open");
	found(&c, "not-overridable", &b);
	T_STREQ(b.data, "", "root's command line may");
	effective(&c, "connect", &b);
	T_STREQ(b.data, "connect /bin/false@-:1", "and does");
	config_close(&c);

	o.user = "someone";
	o.args = "noauth";
	T_OK(config_open(&c, &o, &err) == 0, "open");
	found(&c, "privileged-option", &b);
	T_STREQ(b.data, "-:1", "noauth needs root");
	config_close(&c);
	o.user = NULL;
	T_OK(config_open(&c, &o, &err) == 0, "open");
	found(&c, "privileged-option", &b);
	T_STREQ(b.data, "", "root may");
	config_close(&c);
	buf_free(&b);
	buf_free(&err);
}

static void test_across(void)
{
	struct config c;
	struct buf b = { 0 };

	new_tree();
	put("/etc/ppp/options", "nodefaultroute\n");
	put("/etc/ppp/peers/p", "defaultroute\n");
	open_cfg(&c, PLATFORM_LINUX, "call p", NULL);
	found(&c, "disabled-option", &b);
	T_STREQ(b.data, "/etc/ppp/peers/p:1", "forbidden by an earlier file");
	config_close(&c);
	put("/etc/ppp/options", "defaultroute\n");
	put("/etc/ppp/peers/p", "nodefaultroute\n");
	open_cfg(&c, PLATFORM_LINUX, "call p", NULL);
	found(&c, "disabled-option", &b);
	T_STREQ(b.data, "", "the other way round is allowed");
	effective(&c, "defaultroute", &b);
	T_STREQ(b.data, "nodefaultroute@/etc/ppp/peers/p:1", "and the last one stays");
	config_close(&c);

	/* the tty file: read last, where the device cannot change */
	put("/etc/ppp/options", "");
	put("/etc/ppp/options.ttyS1", "/dev/ttyS2\n");
	open_cfg(&c, PLATFORM_LINUX, "/dev/ttyS1", NULL);
	found(&c, "device-fixed", &b);
	T_STREQ(b.data, "/etc/ppp/options.ttyS1:1", "no device in options.<tty>");
	config_close(&c);
	open_cfg(&c, PLATFORM_LINUX, "/dev/ttyS1 pty cat", NULL);
	T_OK(strcmp(c.src[c.n - 1]->path ? c.src[c.n - 1]->path : "-", "/etc/ppp/options.ttyS1"),
	     "with pty there is no tty file");
	config_close(&c);

	/* plugins carry from one file to the next */
	put("/etc/ppp/options", "plugin rp-pppoe.so\n");
	put("/etc/ppp/peers/dsl", "nic-eth0\nlock\n");
	open_cfg(&c, PLATFORM_LINUX, "call dsl", NULL);
	found(&c, "channel-replaced", &b);
	T_STREQ(b.data, "/etc/ppp/peers/dsl:2", "the plugin of /etc/ppp/options took the line");
	config_close(&c);
	buf_free(&b);
}

/* How many values of `key` are in effect, and whether value `by` replaced
 * value k (indexes in read order). */
static size_t in_effect(const struct config *c, const char *key, size_t by, size_t k,
                        int *replaced)
{
	size_t i, j, n = 0;

	*replaced = -1;
	for (i = 0; i < c->nopt; i++) {
		if (strcmp(c->opt[i].key, key) != 0)
			continue;
		for (j = 0; j < c->opt[i].nsets; j++)
			n += (size_t)config_option_in_effect(&c->opt[i], j);
		if (by < c->opt[i].nsets)
			*replaced = config_option_replaces(&c->opt[i], by, k);
	}
	return n;
}

/* local:remote sets each side on its own, each with its own priority
 * (linux-ppp-2.5.3/pppd/ipcp.c:453, :475). */
static void test_pair_sides(void)
{
	struct config c;
	int rep;

	new_tree();
	put("/etc/ppp/options", "10.0.0.1:\n");
	put("/etc/ppp/peers/p", ":10.0.0.2\n");
	open_cfg(&c, PLATFORM_LINUX, "call p", NULL);
	T_INTEQ((long long)in_effect(&c, "<local>:<remote>", 1, 0, &rep), 2,
	        "the local and the remote side both stay");
	T_INTEQ(rep, 0, "so neither replaces the other");
	config_close(&c);
	put("/etc/ppp/options", "10.0.0.1:10.0.0.9\n");
	put("/etc/ppp/peers/p", "10.0.0.3:\n");
	open_cfg(&c, PLATFORM_LINUX, "call p", NULL);
	T_INTEQ((long long)in_effect(&c, "<local>:<remote>", 1, 0, &rep), 2,
	        "the remote side of the first stays");
	T_INTEQ(rep, 1, "its local side was replaced");
	config_close(&c);
	put("/etc/ppp/peers/p", "10.0.0.3:10.0.0.4\n");
	open_cfg(&c, PLATFORM_LINUX, "call p", NULL);
	T_INTEQ((long long)in_effect(&c, "<local>:<remote>", 1, 0, &rep), 1, "both sides again");
	T_INTEQ(rep, 1, "the first is replaced");
	config_close(&c);
	/* the tty file comes after the command line, at a lower priority:
	 * its local side is ignored, its remote side taken */
	put("/etc/ppp/options", "");
	put("/etc/ppp/options.ttyS1", "10.0.0.6:10.0.0.7\n");
	open_cfg(&c, PLATFORM_LINUX, "10.0.0.5: /dev/ttyS1", NULL);
	T_INTEQ((long long)in_effect(&c, "<local>:<remote>", 1, 0, &rep), 2,
	        "the command line's local side and the tty file's remote side");
	T_INTEQ(rep, 0, "the tty file replaces nothing of the command line's");
	config_close(&c);
}

/* Another platform without a copy of its files: the given file alone. */
static void test_alone(void)
{
	struct config c;
	struct config_opts o;
	struct buf err = { 0 };
	char g[700];

	new_tree();
	put("/etc/ppp/options", "file /etc/ppp/nope\n");
	snprintf(g, sizeof g, "%s/etc/ppp/options", tree);
	memset(&o, 0, sizeof o);
	o.platform = platform_default() == PLATFORM_LINUX ? PLATFORM_MACOS : PLATFORM_LINUX;
	o.given = g;
	T_OK(config_open(&c, &o, &err) == 0, "open");
	T_INTEQ(c.n, 1, "one source");
	T_OK(c.note[0] != '\0', "and a note saying why");
	T_INTEQ(c.src[0]->report.count[CHECK_ERROR], 0, "includes are not followed");
	config_close(&c);
	/* asked for on this machine's platform: the same, without a note */
	o.platform = platform_default();
	o.root = tree;
	o.alone = 1;
	o.args = "call gprs";
	T_OK(config_open(&c, &o, &err) == 0, "open alone");
	T_INTEQ(c.n, 1, "alone: one source, not the command line's call");
	T_STREQ(c.note, "", "alone when asked: nothing to note");
	T_INTEQ(c.src[0]->report.count[CHECK_ERROR], 0, "alone: includes are not followed");
	config_close(&c);
	o.root = NULL;
	o.alone = 0;
	o.args = NULL;
	o.platform = platform_default() == PLATFORM_LINUX ? PLATFORM_MACOS : PLATFORM_LINUX;
	snprintf(g, sizeof g, "%s", tree);
	T_OK(config_open(&c, &o, &err) < 0 && strstr(err.data, "folder"),
	     "a folder is refused as by every command");
	buf_free(&err);
}

/* The rules that look at the machine, on one document with an env. */
static void env_case(const char *text, enum platform p, const struct check_env *env,
                     const char *id, int want, const char *what)
{
	struct doc d;
	struct check_file f;
	struct check_report r;
	struct catalog_scope scope;
	size_t i, n = 0;

	doc_load(&d, text, strlen(text), lexer_dialect_for(p), catalog_arity, &p);
	memset(&f, 0, sizeof f);
	f.path = "/etc/ppp/peers/x";
	f.env = env;
	catalog_scope_init(&scope, p);
	check_run(&d, p, &f, &r);
	(void)scope;
	for (i = 0; i < r.n; i++)
		n += strcmp(check_finding_id(&r.items[i]), id) == 0;
	T_OK((n > 0) == want, "%s: %s %s", what, id, want ? "said" : "not said");
	check_report_free(&r);
	doc_free(&d);
}

/* The fix of the first finding with that id contains want. */
static void env_fix(const char *text, const struct check_env *env, const char *id,
                    const char *want, const char *what)
{
	struct doc d;
	struct check_file f;
	struct check_report r;
	enum platform p = PLATFORM_LINUX;
	const char *fix = NULL;
	size_t i;

	doc_load(&d, text, strlen(text), lexer_dialect_for(p), catalog_arity, &p);
	memset(&f, 0, sizeof f);
	f.path = "/etc/ppp/peers/x";
	f.env = env;
	check_run(&d, p, &f, &r);
	for (i = 0; i < r.n && !fix; i++)
		if (strcmp(check_finding_id(&r.items[i]), id) == 0)
			fix = check_fix(&r, &r.items[i]);
	T_OK(fix && strstr(fix, want), "%s: the fix says %s (%s)", what, want, fix ? fix : "none");
	check_report_free(&r);
	doc_free(&d);
}

static void test_env(void)
{
	struct check_env env, user, tty;
	struct if_nameindex *ifs = if_nameindex();
	struct group *gr;
	char text[200], ok[700], ua[600];

	memset(&env, 0, sizeof env);
	env.machine = 1;
	env.privileged = 1;
	user = env;
	user.privileged = 0;
	user.uid = 65534;
	user.gid = 65534;
	tty = env;
	tty.tty_file = 1;
	snprintf(ok, sizeof ok, "logfile %s/ok.log\n", top);
	env_case("logfile /nonexistent-pppconf/ppp.log\n", PLATFORM_LINUX, &env,
	         "logfile-unusable", 1, "no folder");
	env_case("logfile \"\"\n", PLATFORM_LINUX, &env, "logfile-unusable", 1, "no name");
	env_fix("logfile /nonexistent-pppconf/sub/ppp.log\n", &env, "logfile-unusable",
	        "sudo mkdir -p '/nonexistent-pppconf/sub'", "no folder");
	snprintf(text, sizeof text, "logfile %s\n", top);
	env_fix(text, &env, "logfile-unusable", "Name a file pppd can write", "a folder");
	env_case(ok, PLATFORM_LINUX, &env, "logfile-unusable", 0, "a folder that exists");
	env_case("logfile /nonexistent-pppconf/ppp.log\n", PLATFORM_LINUX, NULL,
	         "logfile-unusable", 0, "a file alone does not look");
	/* a plugin by its full path must be there; a bare name is looked up
	 * in pppd's own folder, which pppconf does not know */
	env_case("plugin /nonexistent-pppconf/x.so\n", PLATFORM_LINUX, &env, "plugin-file-missing", 1,
	         "plugin: no such file");
	env_case("plugin /nonexistent-pppconf/x.so\n", PLATFORM_LINUX, NULL, "plugin-file-missing",
	         0, "plugin: a file alone does not look");
	env_case("plugin nonexistent-pppconf.so\n", PLATFORM_LINUX, &env, "plugin-file-missing", 0,
	         "plugin: a bare name is not looked up");
	env_case("plugin /nonexistent-pppconf/x.so\n", PLATFORM_MACOS, &env, "plugin-file-missing",
	         0, "macOS plugin: only logged");
	env_case("plugin2 /nonexistent-pppconf/x.so\n", PLATFORM_MACOS, &env, "plugin-file-missing",
	         1, "macOS plugin2: stops");
	snprintf(ua, sizeof ua, "plugin %s\n", top);
	env_case(ua, PLATFORM_LINUX, &env, "plugin-file-missing", 0, "plugin: a path that is there");
	/* +ua: read with the real user's rights, two lines needed */
	env_case("+ua /nonexistent-pppconf/ua\n", PLATFORM_LINUX, &env, "ua-file-unusable", 1,
	         "+ua: no such file");
	put("/ua-one", "name\n");
	snprintf(ua, sizeof ua, "+ua %s/ua-one\n", tree);
	env_case(ua, PLATFORM_MACOS, &env, "ua-file-unusable", 1, "+ua: no password line");
	put("/ua-two", "name\nsecret\n");
	snprintf(ua, sizeof ua, "+ua %s/ua-two\n", tree);
	env_case(ua, PLATFORM_LINUX, &env, "ua-file-unusable", 0, "+ua: name and password");
	ua[strlen(ua) - 1] = '\0';
	chmod(ua + 4, 0600);
	env_case(ua, PLATFORM_LINUX, &user, "ua-file-unusable", 1,
	         "+ua: root's file, read with the user's rights");
	env_case("+ua /nonexistent-pppconf/ua\n", PLATFORM_LINUX, NULL, "ua-file-unusable", 0,
	         "+ua: a file alone does not look");
	env_case("logfile /nonexistent-pppconf/ppp.log\n", PLATFORM_MACOS, &user,
	         "logfile-not-written", 1, "macOS: a user's pppd cannot make the folder");
	env_case("logfile /nonexistent-pppconf/ppp.log\n", PLATFORM_MACOS, &env,
	         "logfile-not-written", 0, "macOS: root's pppd makes it");
	env_case("plugin rp-pppoe.so\nnic-nosuchif9\n", PLATFORM_LINUX, &env,
	         "interface-missing", 1, "an interface this machine lacks");
	if (ifs && ifs[0].if_name) {
		snprintf(text, sizeof text, "plugin rp-pppoe.so\nnic-%s\n", ifs[0].if_name);
		env_case(text, PLATFORM_LINUX, &env, "interface-missing", 0, "one it has");
	}
	if (ifs)
		if_freenameindex(ifs);
	env_case("nosuchhost.invalid:10.0.0.2\n", PLATFORM_LINUX, &env, "unknown-host", 1,
	         "a name that is not found");
	env_case("10.0.0.1:10.0.0.2\n", PLATFORM_LINUX, &env, "unknown-host", 0, "numbers");
	env_case("ms-wins nosuchhost.invalid\n", PLATFORM_LINUX, &env, "unknown-host", 1,
	         "ms-wins: a name pppd cannot look up stops it");
	env_case("ms-dns nosuchhost.invalid\n", PLATFORM_MACOS, &env, "unknown-host", 1,
	         "ms-dns on macOS too");
	env_case("ms-dns 8.8.8.8\n", PLATFORM_LINUX, &env, "unknown-host", 0, "ms-dns: numbers");
	env_case("privgroup nosuchgroup.invalid\n", PLATFORM_LINUX, &env, "unknown-group", 1,
	         "privgroup: a group this machine lacks stops pppd");
	if ((gr = getgrgid(getgid())) != NULL) {
		snprintf(text, sizeof text, "privgroup %s\n", gr->gr_name);
		env_case(text, PLATFORM_LINUX, &env, "unknown-group", 0,
		         "privgroup with this process's own group");
	}
	/* inet_aton's hex form goes through the lookup: 127.0.0.2 */
	env_case("0x7f000002:10.0.0.2\n", PLATFORM_LINUX, &env, "bad-value", 1,
	         "Linux refuses the whole loopback net");
	env_case("0x7f000002:10.0.0.2\n", PLATFORM_MACOS, &env, "bad-value", 0,
	         "Apple's pppd refuses only 127.0.0.1");
	env_case("0x7f000001:10.0.0.2\n", PLATFORM_MACOS, &env, "bad-value", 1,
	         "and 127.0.0.1 itself");
	env_case("connect \"/nonexistent-pppconf/chat -v\"\n", PLATFORM_LINUX, &env,
	         "program-missing", 1, "a program that is not there");
	env_case("connect \"/bin/sh -c true\"\n", PLATFORM_LINUX, &env, "program-missing", 0,
	         "one that is");
	env_case("connect \"/bin/sh -f /nonexistent-pppconf/script\"\n", PLATFORM_LINUX, &env,
	         "program-missing", 0, "-f of another program than chat");
	env_case("noauth\n", PLATFORM_LINUX, &user, "privileged-option", 1, "a user's noauth");
	env_case("noauth\n", PLATFORM_LINUX, &env, "privileged-option", 0, "root's noauth");
	env_case("/dev/null\n", PLATFORM_LINUX, &tty, "device-fixed", 1, "a device in options.tty");
	env_case("/dev/null\n", PLATFORM_LINUX, &env, "device-fixed", 0, "elsewhere");
	/* what a user may read: not root's private file */
	snprintf(ok, sizeof ok, "%s/private", top);
	put("/../private", "x\n");
	chmod(ok, 0600);
	T_OK(!check_env_may(&user, ok, R_OK), "a user may not read root's 0600 file");
	T_OK(check_env_may(&env, ok, R_OK), "root may");
	chmod(ok, 0644);
	T_OK(check_env_may(&user, ok, R_OK), "everyone may read a 0644 file");
	T_OK(!check_env_may(&user, ok, W_OK), "but not write it");
}

/* demand on the serial line needs a connect command from some source; only
 * said when the command line is known (linux-ppp-2.5.3/pppd/tty.c:501). */
static void test_demand(void)
{
	struct config c;
	struct buf b = { 0 };

	new_tree();
	put("/etc/ppp/options", "lock\ndemand\n");
	put("/etc/ppp/peers/p", "/dev/ttyS0\n115200\n");
	open_cfg(&c, PLATFORM_LINUX, "call p", NULL);
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "/etc/ppp/options:2", "no connect in any file: refused at demand");
	said(&c, "demand-no-connect", &b);
	T_OK(strstr(b.data, "connect script is required for demand-dialling") != NULL,
	     "in pppd's own words: %s", b.data);
	T_INTEQ((long long)c.stop_src, 0, "pppd stops there");
	config_close(&c);
	open_cfg(&c, PLATFORM_MACOS, "call p", NULL);
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "/etc/ppp/options:2", "Apple's pppd refuses it too");
	config_close(&c);
	open_cfg(&c, PLATFORM_LINUX, NULL, "/etc/ppp/peers/p");
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "", "the command line unknown: it may give connect");
	config_close(&c);
	open_cfg(&c, PLATFORM_LINUX, "call p connect 'chat -f /etc/chatscripts/p'", NULL);
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "", "connect on the command line");
	config_close(&c);
	open_cfg(&c, PLATFORM_LINUX, "call p pty 'ssh host pppd'", NULL);
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "", "a pty needs no connect");
	config_close(&c);
	put("/etc/ppp/peers/p", "plugin pppoe.so\neth0\n");
	open_cfg(&c, PLATFORM_LINUX, "call p", NULL);
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "", "pppoe.so replaces the serial line");
	config_close(&c);
	put("/etc/ppp/peers/p", "connect /etc/ppp/dial\n");
	open_cfg(&c, PLATFORM_LINUX, "call p", NULL);
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "", "connect in the peers file");
	config_close(&c);
	buf_free(&b);
}

int main(void)
{
	char cmd[300];

	if (!mkdtemp(top)) {
		perror("mkdtemp");
		return 2;
	}
	/* the folders above must let a user through for the user cases */
	chmod(top, 0755);
	test_linux_order();
	test_macos_controller();
	test_includes();
	test_follow_where();
	test_user();
	test_across();
	test_pair_sides();
	test_demand();
	test_alone();
	test_env();
	snprintf(cmd, sizeof cmd, "rm -rf %s", top);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", top);
	return t_done();
}
