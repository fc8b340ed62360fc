/* test_check_env.c - the rules that look at the machine: who may read or run what, log files, network interfaces, host names and groups. */
#include <grp.h>
#include <net/if.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "config_test_util.h"

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

/* The message of the first finding with that id contains want. */
static void env_says(const char *text, const struct check_env *env, const char *id,
                     const char *want, const char *what)
{
	struct doc d;
	struct check_file f;
	struct check_report r;
	enum platform p = PLATFORM_LINUX;
	const char *msg = NULL;
	size_t i;

	doc_load(&d, text, strlen(text), lexer_dialect_for(p), catalog_arity, &p);
	memset(&f, 0, sizeof f);
	f.path = "/etc/ppp/peers/x";
	f.env = env;
	check_run(&d, p, &f, &r);
	for (i = 0; i < r.n && !msg; i++)
		if (strcmp(check_finding_id(&r.items[i]), id) == 0)
			msg = check_message(&r, &r.items[i]);
	T_OK(msg && strstr(msg, want), "%s: the message says %s (%s)", what, want, msg ? msg : "none");
	check_report_free(&r);
	doc_free(&d);
}

static void test_env(void)
{
	struct check_env env, user, tty, plug;
	size_t i;
	struct if_nameindex *ifs = if_nameindex();
	struct group *gr;
	char text[200], ok[700], ua[600], rtt[700];

	new_tree();
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
	 * in pppd's own folder, when src/config found one (below) */
	/* lcp-rtt-file: a device stops pppd, data not pppd's own is wiped */
	env_case("lcp-rtt-file /dev/null\n", PLATFORM_LINUX, &env, "rtt-file-unsafe", 1,
	         "lcp-rtt-file: a device");
	put("/rtt-data", "keep me\n");
	put("/rtt-own", "\x19\x45\x04\x25 pppd's");
	put("/rtt-empty", "");
	snprintf(rtt, sizeof rtt, "lcp-rtt-file %s/rtt-data\n", tree);
	env_case(rtt, PLATFORM_LINUX, &env, "rtt-file-unsafe", 1, "lcp-rtt-file: a file with data");
	env_case(rtt, PLATFORM_LINUX, NULL, "rtt-file-unsafe", 0,
	         "lcp-rtt-file: a file alone does not look");
	snprintf(rtt, sizeof rtt, "lcp-rtt-file %s/rtt-own\n", tree);
	env_case(rtt, PLATFORM_LINUX, &env, "rtt-file-unsafe", 0, "lcp-rtt-file: pppd's own record");
	snprintf(rtt, sizeof rtt, "lcp-rtt-file %s/rtt-empty\n", tree);
	env_case(rtt, PLATFORM_LINUX, &env, "rtt-file-unsafe", 0, "lcp-rtt-file: an empty file");
	env_case("lcp-rtt-file /nonexistent-pppconf/rtt\n", PLATFORM_LINUX, &env, "rtt-file-unsafe",
	         0, "lcp-rtt-file: a missing file is made");
	{	/* a socket: pppd cannot open it, logs that and goes on */
		struct sockaddr_un sa;
		int sfd = socket(AF_UNIX, SOCK_STREAM, 0);

		memset(&sa, 0, sizeof sa);
		sa.sun_family = AF_UNIX;
		if (strlen(tree) + sizeof "/rtt-sock" <= sizeof sa.sun_path) {
			memcpy(sa.sun_path, tree, strlen(tree));
			memcpy(sa.sun_path + strlen(tree), "/rtt-sock", sizeof "/rtt-sock");
		}
		if (sfd >= 0 && sa.sun_path[0] && bind(sfd, (struct sockaddr *)&sa, sizeof sa) == 0) {
			snprintf(rtt, sizeof rtt, "lcp-rtt-file %s/rtt-sock\n", tree);
			env_case(rtt, PLATFORM_LINUX, &env, "rtt-file-unsafe", 0,
			         "lcp-rtt-file: a socket is only logged");
			unlink(sa.sun_path);
		} else
			T_OK(0, "lcp-rtt-file: could not make a socket for the test");
		if (sfd >= 0)
			close(sfd);
	}
	env_case("plugin /nonexistent-pppconf/x.so\n", PLATFORM_LINUX, &env, "plugin-file-missing", 1,
	         "plugin: no such file");
	env_case("plugin /nonexistent-pppconf/x.so\n", PLATFORM_LINUX, NULL, "plugin-file-missing",
	         0, "plugin: a file alone does not look");
	env_case("plugin nonexistent-pppconf.so\n", PLATFORM_LINUX, &env, "plugin-file-missing", 0,
	         "plugin: a bare name is not looked up");
	plug = env;
	plug.plugin_dir = tree;
	put("/there.so", "");
	env_case("plugin nonexistent-pppconf.so\n", PLATFORM_LINUX, &plug, "plugin-not-installed", 1,
	         "plugin: not in the plugin folder");
	env_case("plugin there.so\n", PLATFORM_LINUX, &plug, "plugin-not-installed", 0,
	         "plugin: in the plugin folder");
	env_case("plugin nonexistent-pppconf.so\n", PLATFORM_LINUX, &env, "plugin-not-installed", 0,
	         "plugin: no folder found, nothing said");
	env_case("plugin pppoe\n", PLATFORM_LINUX, &plug, "plugin-not-installed", 0,
	         "plugin: a misspelt name is the other error's");
	env_case("plugin L2TP.ppp\n", PLATFORM_LINUX, &plug, "plugin-not-installed", 0,
	         "plugin: the other platform's plugin is the other error's");
	env_case("plugin2 nonexistent-pppconf.so\n", PLATFORM_MACOS, &plug, "plugin-not-installed",
	         0, "plugin: macOS bundles are not looked for there");
	/* a script Linux pppd 2.5.3 runs only when root's alone: one under
	 * /tmp is not; /bin/sh is (root's, not writable by others) */
	put("/up.sh", "#!/bin/sh\n");
	snprintf(ua, sizeof ua, "%s/up.sh", tree);
	chmod(ua, 0755);
	snprintf(ua, sizeof ua, "ip-up-script %s/up.sh\n", tree);
	env_case(ua, PLATFORM_LINUX, &env, "script-unsafe", 1, "script: under /tmp");
	env_case(ua, PLATFORM_LINUX, NULL, "script-unsafe", 0, "script: a file alone does not look");
	env_says(ua, &env, "script-unsafe", "2.4.9 runs it", "script: 2.4.9 has ip-up-script");
	snprintf(ua, sizeof ua, "auth-up-script %s/up.sh\n", tree);
	env_says(ua, &env, "script-unsafe", "pppd 2.5.1 to 2.5.2 runs it, and 2.4.9 does not know the word",
	         "script: auth-up-script is new in 2.5.1");
	snprintf(ua, sizeof ua, "ip-up-script %s/up.sh\n", tree);
	env_case("ip-up-script /bin/sh\n", PLATFORM_LINUX, &env, "script-unsafe", 0,
	         "script: root's alone");
	env_case("ip-up-script /nonexistent-pppconf/up\n", PLATFORM_LINUX, &env, "script-unsafe", 0,
	         "script: not there, pppd runs nothing");
	/* root's and kept from others, but no one may run it: another log
	 * line, and no older release that runs it as it is */
	env_says("ip-up-script /etc/passwd\n", &env, "script-unsafe", "(\"Can't use\" in its log).",
	         "script: not executable, its own log line");
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
	env_says(ua, &env, "ua-file-unusable", "password on the next", "+ua: the two lines named");
	snprintf(ua, sizeof ua, "+ua %s\n", tree);
	env_says(ua, &env, "ua-file-unusable", "a folder", "+ua: a folder is not read");
	snprintf(ua, sizeof ua, "+ua %s/ua-one\n", tree);
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
	/* an Ethernet interface it has (Linux says ARPHRD_ETHER, 1, in /sys);
	 * lo is not one, which pppoe.so refuses */
	for (i = 0; ifs && ifs[i].if_name; i++) {
		char type[8] = "";
		FILE *f;

		snprintf(text, sizeof text, "/sys/class/net/%s/type", ifs[i].if_name);
		if ((f = fopen(text, "r")) != NULL) {
			if (!fgets(type, sizeof type, f))
				type[0] = '\0';
			fclose(f);
		}
		if (strcmp(type, "1\n") != 0)
			continue;
		snprintf(text, sizeof text, "plugin rp-pppoe.so\nnic-%s\n", ifs[i].if_name);
		env_case(text, PLATFORM_LINUX, &env, "interface-missing", 0, "one it has");
		break;
	}
	if (ifs && ifs[0].if_name && strcmp(ifs[0].if_name, "lo") == 0) {
		env_case("plugin rp-pppoe.so\nnic-lo\n", PLATFORM_LINUX, &env, "interface-missing",
		         1, "lo is no Ethernet interface");
		/* ifname: a name an interface that is not a PPP one already has */
		env_case("ifname lo\n", PLATFORM_LINUX, &env, "ifname-taken", 1,
		         "ifname lo: this machine's loopback has that name");
		env_case("ifname lo\n", PLATFORM_LINUX, NULL, "ifname-taken", 1,
		         "ifname lo: a file read alone is read for this machine too");
	}
	env_case("ifname ppp-nosuch9\n", PLATFORM_LINUX, &env, "ifname-taken", 0,
	         "ifname: a name no interface has");
	if (ifs)
		if_freenameindex(ifs);
	env_case("nosuchhost.invalid:10.0.0.2\n", PLATFORM_LINUX, &env, "unknown-host", 1,
	         "a name that is not found");
	env_case("10.0.0.1:10.0.0.2\n", PLATFORM_LINUX, &env, "unknown-host", 0, "numbers");
	env_case("ms-wins nosuchhost.invalid\n", PLATFORM_LINUX, &env, "unknown-host", 1,
	         "ms-wins: a name pppd cannot look up stops it");
	env_case("ms-dns nosuchhost.invalid\n", PLATFORM_MACOS, &env, "unknown-host", 1,
	         "ms-dns on macOS too");
	env_case("dns-addr nosuchhost.invalid\n", PLATFORM_MACOS, &env, "unknown-host", 1,
	         "dns-addr: Apple's other name for ms-dns looks the name up too");
	env_case("ms-dns 8.8.8.8\n", PLATFORM_LINUX, &env, "unknown-host", 0, "ms-dns: numbers");
	env_case("ms-dns '8.8.8.8 x'\n", PLATFORM_LINUX, &env, "unknown-host", 0,
	         "ms-dns: an address with a blank after it is not looked up");
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
	/* refused here, but a no-op where 2.5.3 takes it: the fix removes it */
	env_fix("replacedefaultroute\n", &user, "privileged-option", "Remove it",
	        "a user's replacedefaultroute");
	env_fix("noauth\n", &user, "privileged-option", "Move it", "a user's noauth");
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

int main(void)
{
	ct_begin();
	test_env();
	return ct_end();
}
