/* test_config_effective.c - the options pppd ends up with across its sources, the two sides of an address pair, and what it refuses only after the last option. */
#include "config_test_util.h"

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
	put("/etc/ppp/peers/p", "socket 10.0.0.1:5000\n");
	open_cfg(&c, PLATFORM_LINUX, "call p", NULL);
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "", "Linux: a socket needs no connect");
	config_close(&c);
	open_cfg(&c, PLATFORM_MACOS, "call p", NULL);
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "/etc/ppp/options:2", "Apple's pppd: only a pty stands in for connect");
	config_close(&c);
	put("/etc/ppp/peers/p", "notty\n");
	open_cfg(&c, PLATFORM_MACOS, "call p", NULL);
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "/etc/ppp/options:2", "Apple's pppd: notty with demand, no connect");
	config_close(&c);
	put("/etc/ppp/peers/p", "pty 'ssh host pppd'\n");
	open_cfg(&c, PLATFORM_MACOS, "call p", NULL);
	found(&c, "demand-no-connect", &b);
	T_STREQ(b.data, "", "Apple's pppd: a pty needs no connect");
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

/* demand turns persist on again at persist's own rank
 * (linux-ppp-2.5.3/pppd/options.c:270-271, :983-988). */
static void test_demand_persist(void)
{
	struct config c;
	struct buf b = { 0 };

	new_tree();
	put("/etc/ppp/options", "nopersist\n");
	put("/etc/ppp/peers/p", "demand\nconnect /etc/ppp/dial\n/dev/ttyS0\n");
	open_cfg(&c, PLATFORM_LINUX, "call p", NULL);
	effective(&c, "persist", &b);
	T_STREQ(b.data, "demand@/etc/ppp/peers/p:1", "a later demand undoes nopersist");
	found(&c, "conflict", &b);
	T_STREQ(b.data, "/etc/ppp/peers/p:1", "and check says so on the demand line");
	config_close(&c);
	put("/etc/ppp/peers/p", "demand\nnopersist\nconnect /etc/ppp/dial\n/dev/ttyS0\n");
	open_cfg(&c, PLATFORM_MACOS, "call p", NULL);
	effective(&c, "persist", &b);
	T_STREQ(b.data, "nopersist@/etc/ppp/peers/p:2", "nopersist after demand holds");
	found(&c, "conflict", &b);
	T_STREQ(b.data, "", "then nothing to say");
	config_close(&c);
	/* the command line's nopersist outranks options.<tty>: its demand sets
	 * persist again, and its own nopersist is then dropped */
	put("/etc/ppp/options", "");
	put("/etc/ppp/peers/p", "nopersist\nconnect /etc/ppp/dial\n");
	put("/etc/ppp/options.ttyS0", "demand\nnopersist\n");
	open_cfg(&c, PLATFORM_LINUX, "call p /dev/ttyS0", NULL);
	effective(&c, "persist", &b);
	T_STREQ(b.data, "demand@/etc/ppp/options.ttyS0:1", "a lower-ranked nopersist is dropped");
	config_close(&c);
	buf_free(&b);
}

int main(void)
{
	ct_begin();
	test_across();
	test_pair_sides();
	test_demand();
	test_demand_persist();
	test_alone();
	return ct_end();
}
