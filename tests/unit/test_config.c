/* test_config.c - the sources pppd reads: their order on both platforms, the macOS controller's options, includes and peers files, cycles, where pppd stops, whose files a user's pppd reads. */
#include <grp.h>

#include "config_test_util.h"
#include "config/config_int.h"

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
	T_STREQ(b.data, "l2tpnoipsec@-:6", "the controller's own l2tpnoipsec");
	found(&c, "peers-absent", &b);
	T_STREQ(b.data, "-:11", "macOS goes on without a missing peers file");
	found(&c, "include-missing", &b);
	T_STREQ(b.data, "", "and it is no error there");
	config_close(&c);

	/* the controller's command line carries its own serviceid, after
	 * /etc/ppp/options, so one there does not hold */
	put("/etc/ppp/options", "serviceid mine\n");
	T_OK(config_open(&c, &o, &err) == 0, "open");
	effective(&c, "serviceid", &b);
	T_STREQ(b.data, "serviceid \"(the service's ID)\"@-:1", "the controller's serviceid replaces the file's");
	config_close(&c);

	/* every service gets noauth and noccp from the controller, after the file */
	put("/etc/ppp/options", "auth\nrequire-mppe-128\n");
	T_OK(config_open(&c, &o, &err) == 0, "open");
	effective(&c, "auth", &b);
	T_STREQ(b.data, "noauth@-:8", "the controller's noauth outranks auth in the file");
	effective(&c, "noccp", &b);
	T_STREQ(b.data, "noccp@-:9", "and the controller writes noccp");
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
	struct stat st;

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
	said(&c, "include-folder", &b);
	T_OK(strstr(b.data, "not a regular file") == NULL, "file: no peers-path check");
	config_close(&c);
	/* call: 2.5.3 tests the peers path first (utils.c:153-154) */
	snprintf(p, sizeof p, "%s/etc/ppp/peers/dir", tree);
	T_OK(mkdir(p, 0755) == 0 || errno == EEXIST, "mkdir peers/dir");
	put("/etc/ppp/options", "call dir\n");
	open_cfg(&c, PLATFORM_LINUX, NULL, NULL);
	found(&c, "include-folder", &b);
	T_STREQ(b.data, "/etc/ppp/options:1", "a peers folder makes pppd quit");
	said(&c, "include-folder", &b);
	T_OK(strstr(b.data, "Linux pppd 2.5.3 checks first: \"not a regular file\"") != NULL,
	     "2.5.3's own words for a peers folder (%s)", b.data);
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

	/* 2.5.3 resolves links first and judges where the path ends
	 * (linux-ppp-2.5.3/pppd/utils.c:98-151): a peers link under the
	 * world-writable /tmp to a root-only file is not refused, while
	 * the /tmp path itself is */
	snprintf(p, sizeof p, "%s/etc/ppp/peers/plain", tree);
	put("/etc/ppp/peers/plain", "debug\n");
	T_OK(config_peers_unsafe(p, &b) != NULL, "a peers file under /tmp is judged unsafe");
	snprintf(p, sizeof p, "%s/etc/ppp/peers/link", tree);
	if (stat("/etc/passwd", &st) == 0 && st.st_uid == 0 && !(st.st_mode & 022) &&
	    symlink("/etc/passwd", p) == 0) {
		const char *bad = config_peers_unsafe(p, &b);
		T_OK(bad == NULL, "a link is judged by its target's folders (%s)",
		     bad ? b.data : "");
	}
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

	/* privgroup in /etc/ppp/options: a member's command line and ~/.ppprc
	 * are read with privilege (auth.c:586, options.c:541, :666) */
	put("/etc/group", "root:x:0:\ndialers:x:500:other,someone\n");
	put("/etc/ppp/options", "privgroup dialers\n");
	o.user = "someone";
	T_OK(config_open(&c, &o, &err) == 0, "open");
	found(&c, "privileged-option", &b);
	T_STREQ(b.data, "", "a member of the privgroup may");
	T_OK(c.src[2]->privileged, "the member's command line is read with privilege");
	config_close(&c);
	o.user = "nobody2";
	T_OK(config_open(&c, &o, &err) == 0, "open");
	found(&c, "privileged-option", &b);
	T_STREQ(b.data, "-:1", "a user outside the group still may not");
	config_close(&c);
	/* in a peers file it comes too late for the command line */
	put("/etc/ppp/options", "\n");
	put("/etc/ppp/peers/isp", "privgroup dialers\n");
	o.user = "someone";
	o.args = "call isp noauth";
	T_OK(config_open(&c, &o, &err) == 0, "open");
	found(&c, "privileged-option", &b);
	T_STREQ(b.data, "-:2", "privgroup in a peers file does not widen the command line");
	config_close(&c);
	buf_free(&b);
	buf_free(&err);
}

int main(void)
{
	ct_begin();
	test_linux_order();
	test_macos_controller();
	test_includes();
	test_follow_where();
	test_user();
	return ct_end();
}
