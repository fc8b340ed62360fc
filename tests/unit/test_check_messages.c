/* test_check_messages.c - what the checks say: the message, the fix and the line written instead, for the cases a user reads. */
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "t.h"
#include "check_test_util.h"

#define L PLATFORM_LINUX
#define M PLATFORM_MACOS

#define MSG(f) check_message(&r, f)

static void test_messages(void)
{
	struct check_report r;
	struct doc d;
	const struct check_finding *f;

	run("mtux 1400\n", 10, L, NULL, &d, &r);
	f = finding(&r, "unknown-directive");
	T_OK(f && strstr(MSG(f), "'mtux'") && strstr(MSG(f), "stops at line 1") &&
	     strstr(MSG(f), "every PPP connection on this machine"), "unknown: %s",
	     f ? MSG(f) : "-");
	T_OK(f && check_fix(&r, f) && strstr(check_fix(&r, f), "Did you mean 'mtu'"), "suggests mtu");
	T_STREQ(f ? check_replacement(&r, f) : NULL, "mtu 1400", "replacement keeps the value");
	T_INTEQ(r.count[CHECK_ERROR], 1, "one error");
	check_report_free(&r);
	doc_free(&d);

	/* m is one edit from mp (multilink) and from mo (a byte limit): no
	 * guess is written in */
	run("m\n", 2, L, NULL, &d, &r);
	f = finding(&r, "unknown-directive");
	T_OK(f && check_fix(&r, f) && strstr(check_fix(&r, f), "'mp' and 'mo' are equally close"),
	     "m names both: %s", f && check_fix(&r, f) ? check_fix(&r, f) : "-");
	T_OK(f && !check_replacement(&r, f), "m: nothing written in");
	check_report_free(&r);
	doc_free(&d);

	/* capth is one edit from capath (Linux only) and two from auth: on a
	 * Mac the Linux word is named, auth is not offered */
	run("capth /x\n", 9, M, NULL, &d, &r);
	f = finding(&r, "unknown-directive");
	T_OK(f && check_fix(&r, f) && strstr(check_fix(&r, f), "Did you mean 'capath'? That "
	     "exists only in Linux") && !strstr(check_fix(&r, f), "auth'"), "capth on a Mac: %s",
	     f && check_fix(&r, f) ? check_fix(&r, f) : "-");
	T_OK(f && !check_replacement(&r, f), "nothing written in");
	check_report_free(&r);
	doc_free(&d);

	run("l2tpnoipsec\n", 12, M, NULL, &d, &r);
	f = finding(&r, "plugin-missing");
	T_OK(f && strstr(MSG(f), "unrecognized option") && strstr(MSG(f), "L2TP.ppp"),
	     "plugin-missing says what pppd prints: %s", f ? MSG(f) : "-");
	/* /etc/ppp/options on a Mac: the plugin line above is the known L2TP
	 * fix, written in; another plugin's word moves to the service's peers
	 * file, as PPPController loads that plugin after this file */
	T_STREQ(f ? check_replacement(&r, f) : NULL, "plugin L2TP.ppp\nl2tpnoipsec",
	        "on a Mac's options file L2TP's plugin line is written in");
	check_report_free(&r);
	doc_free(&d);
	run("modemcompress\n", 14, M, NULL, &d, &r);
	f = finding(&r, "plugin-missing");
	T_OK(f && !check_replacement(&r, f) && check_fix(&r, f) &&
	     strstr(check_fix(&r, f), "/etc/ppp/peers/<exact service name>"),
	     "on a Mac's options file PPPSerial's word moves to the service's peers file");
	check_report_free(&r);
	doc_free(&d);
	{
		struct check_file pf;

		memset(&pf, 0, sizeof pf);
		pf.path = "/Users/u/vpn.options";
		run("l2tpnoipsec\n", 12, M, &pf, &d, &r);
		f = finding(&r, "plugin-missing");
		T_STREQ(f ? check_replacement(&r, f) : NULL, "plugin L2TP.ppp\nl2tpnoipsec",
		        "elsewhere the fix puts the plugin line first");
		check_report_free(&r);
		doc_free(&d);
		/* a peers file: PPPController has loaded the service's plugin */
		pf.path = "/etc/ppp/peers/vpn";
		run("l2tpnoipsec\n", 12, M, &pf, &d, &r);
		f = finding(&r, "plugin-missing");
		T_OK(f && !check_replacement(&r, f) && strstr(MSG(f), "the word is known if the "
		     "service uses L2TP.ppp"), "a Mac's peers file: %s", f ? MSG(f) : "-");
		check_report_free(&r);
		doc_free(&d);
	}

	run("plugin L2TP.ppp\nl2tpnoipsec\n", 28, M, NULL, &d, &r);
	f = finding(&r, "no-ipsec");
	T_OK(f && strstr(MSG(f), "IPsec") && strstr(MSG(f), "unencrypted") &&
	     strstr(MSG(f), "every L2TP VPN service"), "no-ipsec: %s", f ? MSG(f) : "-");
	T_OK(f && check_fix(&r, f) && strstr(check_fix(&r, f), "undo"), "no-ipsec tells how to undo");
	T_INTEQ(r.count[CHECK_ERROR], 0, "the macOS fix itself is no error");
	check_report_free(&r);
	doc_free(&d);

	run("idle 30s\n", 9, L, NULL, &d, &r);
	f = finding(&r, "odd-value");
	T_OK(f && strstr(MSG(f), "read as 30"), "30s is read as 30: %s", f ? MSG(f) : "-");
	T_STREQ(f ? check_replacement(&r, f) : NULL, "idle 30", "the plain value");
	check_report_free(&r);
	doc_free(&d);

	/* 300 bytes of password: the length is reported, the secret is not */
	{
		char text[320];
		memset(text, 'k', sizeof text);
		memcpy(text, "password ", 9);
		memcpy(text + 309, "\n", 2);
		run(text, strlen(text), L, NULL, &d, &r);
	}
	f = finding(&r, "odd-value");
	T_OK(f && strstr(MSG(f), "300 bytes") && strstr(MSG(f), "first 255") && !strstr(MSG(f), "kkk"),
	     "an over-long password is reported without showing it: %s", f ? MSG(f) : "-");
	T_OK(f && check_fix(&r, f) && strstr(check_fix(&r, f), "at most 255 bytes"), "says the limit");
	check_report_free(&r);
	doc_free(&d);

	run("noauth yes\n", 11, L, NULL, &d, &r);
	f = finding(&r, "extra-word");
	T_OK(f && strstr(MSG(f), "'noauth' takes no value") && strstr(MSG(f), "'yes'"),
	     "extra word: %s", f ? MSG(f) : "-");
	T_INTEQ(finding_line(&r, "unknown-directive"), -1, "said once, not twice");
	check_report_free(&r);
	doc_free(&d);

	/* Apple's pppd names pty, not socket, when a device comes with socket
	 * (apple-ppp-1027.121.1/Helpers/pppd/tty.c:546); Linux names socket. */
	run("socket h:1\n/dev/cu.modem\n", 25, M, NULL, &d, &r);
	f = finding(&r, "incompatible");
	T_OK(f && strstr(MSG(f), "\"pty option precludes specifying device name\""),
	     "socket with a device on a Mac: %s", f ? MSG(f) : "-");
	check_report_free(&r);
	doc_free(&d);
	run("socket h:1\n/dev/ttyS0\n", 22, L, NULL, &d, &r);
	f = finding(&r, "incompatible");
	T_OK(f && strstr(MSG(f), "\"socket option precludes specifying device name\""),
	     "socket with a device on Linux: %s", f ? MSG(f) : "-");
	check_report_free(&r);
	doc_free(&d);

	/* 2.5.3: require-mppe then nomppe-40 leaves no size required, and the
	 * junk value nomppe-40 writes lets a peer's 40-bit offer in */
	run("require-mppe\nnomppe-40\n", 23, L, NULL, &d, &r);
	f = finding(&r, "mppe-40-only");
	T_OK(f && strstr(MSG(f), "not required") && strstr(MSG(f), "offer of 40-bit MPPE through"),
	     "mppe-40-only names the 40-bit offer let in: %s", f ? MSG(f) : "-");
	check_report_free(&r);
	doc_free(&d);

	run("mtu 1400\n", 9, L, NULL, &d, &r);
	T_INTEQ(r.n, 0, "a clean file has no findings");
	check_report_free(&r);
	doc_free(&d);
}
#undef MSG

/* One conflict finding in `text`, on `line`, whose message holds `want`. */
static void conflict_says(const char *text, enum platform p, int line, const char *want)
{
	struct check_report r;
	struct doc d;
	const struct check_finding *f;

	run(text, strlen(text), p, NULL, &d, &r);
	f = finding(&r, "conflict");
	T_OK(f && strstr(check_message(&r, f), want) &&
	     !strstr(check_message(&r, f), "both cannot take effect"), "%s: %s", text,
	     f ? check_message(&r, f) : "-");
	T_INTEQ(finding_line(&r, "conflict"), line, "said on the line that loses");
	check_report_free(&r);
	doc_free(&d);
}

/* Pairs on one setting say the later wins; pairs where both stay in part
 * say what is left of each. */
static void test_conflict_messages(void)
{
	conflict_says("updetach\nnodetach\n", L, 1, "pppd goes by the last one");
	conflict_says("nodetach\nupdetach\n", M, 1, "pppd goes by the last one");
	conflict_says("+ipv6\n-ipv6\n", L, 1, "pppd goes by the last one");
	conflict_says("nocdtrcts\ncdtrcts\n", L, 1, "pppd goes by the last one");
	conflict_says("require-mppe-128\nnomppe-128\n", L, 1, "pppd goes by the last one");
	conflict_says("mppe-40\nnomppe-40\n", M, 1, "pppd goes by the last one");
	conflict_says("mru 1400\ndefault-mru\n", L, 1, "pppd goes by the last one");
	conflict_says("show-password\nhide-password\n", M, 1, "pppd goes by the last one");
	conflict_says("nolog\nlogfd 2\n", L, 1, "pppd goes by the last one");
	/* asyncmap adds bits; default-asyncmap adds all: either order */
	conflict_says("asyncmap 0xa\n-am\n", L, 1, "adds all 32 control characters");
	conflict_says("default-asyncmap\nasyncmap 0xa\n", M, 2, "adds all 32 control characters");
	/* pppoe-sess skips the discovery the other words steer */
	conflict_says("plugin pppoe.so\npppoe-sess 1:00:11:22:33:44:55\npppoe-service isp\n", L, 3,
	              "skips the discovery");
	conflict_says("plugin pppoe.so\npppoe-ac ac1\npppoe-sess 1:00:11:22:33:44:55\n", L, 2,
	              "skips the discovery");
}

/* ms-dns A, 0, B: only A changes nothing; the 0 is what makes B fill
 * both places, so it is not said */
static void test_dns_lines(void)
{
	struct check_report r;
	struct doc d;
	size_t i, n = 0;
	const char *text = "ms-dns 1.1.1.1\nms-dns 0\nms-dns 2.2.2.2\n";

	run(text, strlen(text), L, NULL, &d, &r);
	for (i = 0; i < r.n; i++)
		n += strcmp(check_finding_id(&r.items[i]), "duplicate") == 0;
	T_INTEQ((long)n, 1, "one ms-dns line changes nothing");
	T_INTEQ(finding_line(&r, "duplicate"), 1, "the value before the 0");
	T_OK(finding(&r, "duplicate") && strstr(check_message(&r, finding(&r, "duplicate")),
	     "offers 2.2.2.2 as both DNS servers"), "says what pppd ends with");
	check_report_free(&r);
	doc_free(&d);
}

int main(void)
{
	test_dns_lines();
	test_messages();
	test_conflict_messages();
	return t_done();
}
