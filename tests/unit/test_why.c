/* test_why.c - the why table, the matcher, the log reader, the explanation of the last attempt, the alerts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix/fix.h"
#include "why/why.h"
#include "t.h"

static const char *find_id(const char *msg)
{
	const struct why_entry *e = why_match_find(msg, strlen(msg));
	return e ? e->id : "(none)";
}

static void test_table(void)
{
	static const char *const needed[] = {
		"l2tp-no-secret", "l2tp-no-answer", "l2tp-host-not-found", "l2tp-protocol-error",
		"l2tp-no-certificate", "lcp-timeout", "echo-timeout", "peer-refused-auth",
		"no-chap-secret-for-us", "chap-failed", "mschap-failed", "pap-failed", "no-dev-ppp",
		"option-unknown-in-file", "options-file-unreadable", "connect-script-failed",
		"modem-hangup", "looped-back", "pado-timeout", "pads-timeout", "pppoe-mtu",
		"our-address-refused", "default-route-kept", "no-dns", "pppd-started",
		"pppd-started-apple"
	};
	size_t i, k, n = why_table_count();
	int ok_ids = 1, ok_fail = 1, ok_recipe = 1;

	T_OK(n >= 60, "the table has its rows (%zu)", n);
	for (i = 0; i < n; i++) {
		const struct why_entry *e = why_table_at(i);
		for (k = i + 1; k < n; k++)
			if (strcmp(e->id, why_table_at(k)->id) == 0) {
				ok_ids = 0;
				printf("    duplicate id %s\n", e->id);
			}
		if (e->role == WHY_FAIL && (e->weight < WHY_WEIGHT_AFTERMATH ||
		                            e->weight > WHY_WEIGHT_CAUSE || !e->cause[0] ||
		                            !e->check || !e->check[0])) {
			ok_fail = 0;
			printf("    %s: a failure needs a weight, a cause and what to check\n", e->id);
		}
		if (e->fix && !fix_find(e->fix) && !why_table_recipe_planned(e->fix)) {
			ok_recipe = 0;
			printf("    %s: fix %s is neither in pppconf nor planned\n", e->id, e->fix);
		}
	}
	T_OK(ok_ids, "ids are unique");
	T_OK(ok_fail, "every failure row has a weight, a cause and what to check");
	T_OK(ok_recipe, "every fix named exists or is a planned one");
	for (i = 0; i < sizeof needed / sizeof needed[0]; i++)
		T_OK(why_table_find(needed[i]) != NULL, "the table explains %s", needed[i]);
	T_OK(why_table_find("nothing-like-this") == NULL, "an unknown id is not found");
}

static void test_match(void)
{
	size_t pos = 0, n;
	const char *piece;

	T_OK(why_match("No response to %d echo-requests", "No response to 4 echo-requests", 30),
	     "a %%d takes a number");
	T_OK(!why_match("No response to %d echo-requests", "No response to 4 echo-request", 29),
	     "the fixed text must all be there");
	T_OK(!why_match("Modem hangup", "Modem hangup now", 16), "a pattern matches the whole message");
	T_OK(why_match("100%% of %s", "100% of it", 10), "%%%% is a percent sign");
	T_OK(!why_match("100%% of %s", "100 of it", 9), "... which must be there");
	T_STREQ(find_id("LCP: timeout sending Config-Requests"), "lcp-timeout", "LCP's timeout");
	T_STREQ(find_id("IPCP: timeout sending Config-Requests"), "ipcp-timeout",
	        "%%{IPCP} tells IPCP's timeout from LCP's");
	T_STREQ(find_id("CCP: timeout sending Config-Requests"), "(none)",
	        "a protocol the table does not name is not taken for LCP");
	T_STREQ(find_id("In file /etc/ppp/options: unrecognized option 'l2tpnoipesc'"),
	        "option-unknown-in-file", "two wildcards, the second after a colon of the path");
	T_STREQ(find_id("No CHAP secret found for authenticating us to \"vpn\""),
	        "no-chap-secret-for-us", "the pattern with more fixed text wins");
	T_STREQ(find_id("No CHAP secret found for authenticating \"bob\""),
	        "no-chap-secret-for-peer", "... and the shorter one still matches its own");
	T_STREQ(find_id("CHAP authentication failed"), "chap-failed", "CHAP failed");
	T_STREQ(find_id("CHAP authentication timed out"), "chap-timed-out", "CHAP timed out");
	T_STREQ(find_id("CHAP authentication failed: Access denied"), "chap-failed-said",
	        "CHAP failed with the server's words");
	T_STREQ(find_id("MS-CHAP authentication failed: E=691 Authentication failure"),
	        "mschap-failed", "MS-CHAP failed");
	T_STREQ(find_id("You need to create the /dev/ppp device node by#012executing the "
	                "following command as root:#012\tmknod /dev/ppp c 108 0#012"),
	        "dev-ppp-missing", "rsyslog's #012 ends the first line of a long message");
	T_STREQ(find_id("Mac OS X lacks kernel support for PPP.  "), "no-kernel-ppp-mac",
	        "trailing blanks do not count");
	T_STREQ(find_id("L2TP: no user shared secret found.\r"), "l2tp-no-secret",
	        "a CR does not count");
	T_STREQ(find_id("Terminating on signal 15."), "stopped-by-signal",
	        "Apple's line (with a period) and Linux's share a row");
	T_STREQ(find_id("Failed to open /dev/ttyUSB0: No such file or directory"),
	        "device-open-failed", "a serial device that cannot be opened");
	T_STREQ(find_id("Failed to open L2TP control socket: Operation not permitted"),
	        "l2tp-socket-mac", "the Mac's L2TP plugin without its socket is no serial device");
	T_STREQ(find_id("Failed to open PPPoE socket: Protocol not supported"),
	        "pppoe-socket-mac", "nor is the Mac's PPPoE plugin without its socket");
	T_STREQ(find_id("Failed to create PPPoE socket: Address family not supported by "
	                "protocol"), "pppoe-socket", "Linux's PPPoE plugin without the pppoe module");
	T_STREQ(find_id("MPPE required, but MS-CHAP[v2] nor EAP-TLS auth are performed."),
	        "mppe-without-mschap-eaptls", "MPPE without MS-CHAP, as a pppd with EAP-TLS says it");
	piece = why_match_piece("%{LCP}: timeout sending Config-Requests", &pos, &n);
	T_OK(piece && n == 33 && strncmp(piece, ": timeout sending Config-Requests", n) == 0,
	     "the fixed text after %%{LCP}");
	T_OK(why_match_piece("%{LCP}: timeout sending Config-Requests", &pos, &n) == NULL,
	     "and nothing after it");
	pos = 0;
	piece = why_match_piece("Interface %.16s has MTU of %d -- should be at least %d.", &pos, &n);
	T_OK(piece && n == 10, "the first piece of a pattern with precision");
	piece = why_match_piece("Interface %.16s has MTU of %d -- should be at least %d.", &pos, &n);
	T_OK(piece && strncmp(piece, " has MTU of ", n) == 0, "%%.16s is one conversion");
}

static void test_parse_line(void)
{
	struct why_log_line l;
	const char *s;

	s = "Thu Nov  5 10:02:03 2026 : L2TP: no user shared secret found.";
	T_INTEQ(why_log_parse_line(s, strlen(s), &l), 1, "Apple's ppp.log line is pppd's");
	T_INTEQ(l.format, WHY_LOG_APPLE, "... in Apple's format");
	T_STREQ(s + l.msg, "L2TP: no user shared secret found.", "... its message after ' : '");
	s = "Nov 26 10:32:41 gw pppd[2345]: LCP: timeout sending Config-Requests";
	T_INTEQ(why_log_parse_line(s, strlen(s), &l), 1, "a syslog line of pppd");
	T_INTEQ(l.format, WHY_LOG_SYSLOG, "... traditional syslog");
	T_INTEQ(l.pid, 2345, "... with its process id");
	T_STREQ(s + l.msg, "LCP: timeout sending Config-Requests", "... and its message");
	s = "Nov  6 10:32:41 gw kernel: [ 1234.567890] usb 1-1: USB disconnect, device number 4";
	T_INTEQ(why_log_parse_line(s, strlen(s), &l), 0, "another program's line is not pppd's");
	s = "2026-11-26T10:32:41+0100 gw pppd[2345]: Modem hangup";
	T_INTEQ(why_log_parse_line(s, strlen(s), &l), 1, "journalctl -o short-iso");
	T_INTEQ(l.format, WHY_LOG_ISO, "... is ISO");
	T_STREQ(s + l.msg, "Modem hangup", "... its message");
	s = "2026-11-26T10:32:41.123456+01:00 gw pppd[2345]: Modem hangup";
	T_INTEQ(why_log_parse_line(s, strlen(s), &l), 1, "RFC 3339 time with fraction and zone");
	T_STREQ(s + l.msg, "Modem hangup", "... its message");
	s = "pppd: In file /etc/ppp/options: unrecognized option 'l2tpnoipesc'";
	T_INTEQ(why_log_parse_line(s, strlen(s), &l), 1, "pppd's standard error");
	T_INTEQ(l.format, WHY_LOG_STDERR, "... as such");
	s = "-- Boot 5d1c3b2f0e6a4c9d8b7a6f5e4d3c2b1a --";
	T_INTEQ(why_log_parse_line(s, strlen(s), &l), -1, "journalctl's notes are no lines");
	s = "   ";
	T_INTEQ(why_log_parse_line(s, strlen(s), &l), -1, "a blank line is none");
	s = "Modem hangup";
	T_INTEQ(why_log_parse_line(s, strlen(s), &l), 1, "a bare message (Linux logfile)");
	T_INTEQ(l.format, WHY_LOG_BARE, "... is bare");
	s = "Nov 26 10:32:41 gw pppd[23x5]: Modem hangup";
	T_INTEQ(why_log_parse_line(s, strlen(s), &l), 1, "a broken pid: read as a bare line");
	T_INTEQ(l.format, WHY_LOG_BARE, "... not as syslog");
}

static void test_load(void)
{
	static const char text[] =
		"Nov 26 10:32:11 gw pppd[2345]: This system lacks kernel support for PPP.  This could be because\r\n"
		"                                the PPP kernel module could not be loaded, or because PPP was not\r\n"
		"Nov 26 10:32:12 gw kernel: [ 1234.567890] usb 1-1: USB disconnect, device number 4\n"
		"\n"
		"Nov 26 10:32:13 gw pppd[2345]: Exit.\n";
	struct why_log log;
	size_t len;
	const char *m;

	memset(&log, 0, sizeof log);
	why_log_load(&log, text, sizeof text - 1, 41);
	T_INTEQ(log.n, 3, "pppd's lines and the continuation of its message");
	T_INTEQ(log.other, 1, "the kernel's line is skipped");
	T_INTEQ(log.lines[0].lineno, 41, "line numbers count from the first line given");
	T_INTEQ(log.lines[2].lineno, 45, "... through the skipped and blank lines");
	T_INTEQ(log.lines[1].pid, 2345, "a continuation belongs to the process above");
	m = why_log_msg(&log, 0, &len);
	T_OK(why_match_find(m, len) == why_table_find("no-kernel-ppp"),
	     "a CRLF line's message matches");
	why_log_free(&log);
}

/* The tail of a log larger than what is kept: line numbers still count
 * from the start. */
static void test_read_tail(void)
{
	static const char filler[] =
		"Nov 26 10:00:00 gw kernel: [ 1234.567890] usb 1-1: USB disconnect, device number 4\n";
	FILE *f = tmpfile();
	struct why_log log;
	size_t i, lines = 2 * WHY_LOG_MAX / (sizeof filler - 1) + 10;

	if (!T_OK(f != NULL, "a temporary file"))
		return;
	for (i = 0; i < lines; i++)
		fputs(filler, f);
	fputs("Nov 26 10:32:41 gw pppd[2345]: Modem hangup\n", f);
	rewind(f);
	memset(&log, 0, sizeof log);
	T_INTEQ(why_log_read(&log, f), 0, "a large log reads");
	T_OK(log.text.len <= 2 * WHY_LOG_MAX && log.first_line > 1,
	     "... keeping its tail (%zu bytes from line %zu)", log.text.len, log.first_line);
	T_INTEQ(log.n, 1, "... with pppd's line");
	T_INTEQ(log.n ? log.lines[0].lineno : 0, lines + 1, "... numbered from the file's start");
	fclose(f);
	why_log_free(&log);
}

/* Explains the log text; returns the cause's id or "(none)". */
static const char *explain(const char *text, struct why_log *log, struct why_result *r)
{
	memset(log, 0, sizeof *log);
	memset(r, 0, sizeof *r);
	why_log_load(log, text, strlen(text), 1);
	why_explain_log(log, r);
	return r->cause ? r->cause->id : "(none)";
}

static void test_explain(void)
{
	struct why_log log;
	struct why_result r;

	/* two runs of pppd, a third process's line inside the last one */
	T_STREQ(explain(
		"Nov 26 10:01:02 gw pppd[2201]: pppd 2.4.9 started by root, uid 0\n"
		"Nov 26 10:01:05 gw pppd[2201]: No response to 4 echo-requests\n"
		"Nov 26 10:32:11 gw pppd[2345]: pppd 2.4.9 started by root, uid 0\n"
		"Nov 26 10:32:11 gw pppd[2345]: Connect: ppp0 <--> /dev/ttyUSB0\n"
		"Nov 26 10:32:20 gw pppd[2201]: Serial line is looped back.\n"
		"Nov 26 10:32:41 gw pppd[2345]: LCP: timeout sending Config-Requests\n"
		"Nov 26 10:32:41 gw pppd[2345]: Connection terminated.\n"
		"Nov 26 10:32:41 gw pppd[2345]: Modem hangup\n"
		"Nov 26 10:32:41 gw pppd[2345]: Exit.\n", &log, &r),
		"lcp-timeout", "the heaviest line of the last run explains it");
	T_OK(r.started, "the attempt begins at pppd's start");
	T_INTEQ(r.n, 6, "only the last pppd process's lines are in it");
	T_INTEQ(r.n ? log.lines[r.lines[0]].lineno : 0, 3, "it begins at line 3");
	why_explain_free(&r);
	why_log_free(&log);

	/* Apple's ppp.log: no start line, two tries of the L2TP plugin */
	T_STREQ(explain(
		"Thu Nov 26 10:01:40 2026 : L2TP connecting to server 'vpn.example.com' (203.0.113.5)...\n"
		"Thu Nov 26 10:01:40 2026 : IPSec connection started\n"
		"Thu Nov 26 10:01:55 2026 : IPSec connection failed\n"
		"Thu Nov 26 10:05:03 2026 : L2TP connecting to server 'vpn.example.com' (203.0.113.5)...\n"
		"Thu Nov 26 10:05:03 2026 : L2TP: no user shared secret found.\n", &log, &r),
		"l2tp-no-secret", "the last try of the plugin, not the one before");
	T_INTEQ(r.n ? log.lines[r.lines[0]].lineno : 0, 4, "the attempt begins at the last try");
	T_OK(!r.started, "no pppd start in Apple's ppp.log");
	why_explain_free(&r);
	why_log_free(&log);

	T_STREQ(explain("Connect script failed\nModem hangup\n", &log, &r), "connect-script-failed",
	        "a cause outweighs its aftermath that follows");
	why_explain_free(&r);
	why_log_free(&log);
	T_STREQ(explain("Modem hangup\n", &log, &r), "modem-hangup", "an aftermath alone explains");
	why_explain_free(&r);
	why_log_free(&log);

	T_STREQ(explain("Connect: ppp0 <--> /dev/ttyUSB0\nlocal  IP address 10.64.64.64\n"
	                "remote IP address 10.64.64.1\n", &log, &r),
	        "no-dns", "IP up without DNS servers: no DNS");
	T_OK(r.up && r.cause_hit == (size_t)-1, "explained by a line that is not there");
	why_explain_free(&r);
	why_log_free(&log);
	T_STREQ(explain("local  IP address 10.64.64.64\nremote IP address 10.64.64.1\n"
	                "primary   DNS address 10.11.12.13\n", &log, &r),
	        "(none)", "IP up with DNS and nothing failed: nothing to explain");
	why_explain_free(&r);
	why_log_free(&log);
	T_STREQ(explain("Connection terminated.\nExit.\n", &log, &r), "(none)",
	        "lines the table does not know explain nothing");
	T_INTEQ(r.n, 2, "... but they are the attempt");
	why_explain_free(&r);
	why_log_free(&log);
	T_STREQ(explain("No response to 4 echo-requests\nlocal  IP address 10.64.64.64\n", &log, &r),
	        "echo-timeout", "a failure before IP came up again");
	T_OK(r.up_after, "... says IP came up after it");
	why_explain_free(&r);
	why_log_free(&log);
	T_STREQ(explain("", &log, &r), "(none)", "an empty log");
	T_INTEQ(r.n, 0, "... has no attempt");
	why_explain_free(&r);
	why_log_free(&log);
}

static const char *alert_key(const char *text, const char **lang, enum why_alert_how *how)
{
	const struct why_alert *a = why_alert_find(text, lang, how);
	return a ? a->key : "(none)";
}

static void test_alerts(void)
{
	static const char zh[] = "\xe2\x80\x9cIPSec \xe5\x85\xb1\xe4\xba\xab\xe5\xaf\x86\xe9\x92"
		"\xa5\xe2\x80\x9d\xe4\xb8\xa2\xe5\xa4\xb1\xe3\x80\x82\xe8\xaf\xb7\xe9\xaa\x8c\xe8\xaf"
		"\x81\xe6\x82\xa8\xe7\x9a\x84\xe8\xae\xbe\xe7\xbd\xae\xe5\xb9\xb6\xe5\xb0\x9d\xe8\xaf"
		"\x95\xe9\x87\x8d\xe6\x96\xb0\xe8\xbf\x9e\xe6\x8e\xa5\xe3\x80\x82";
	static const char zh_straight[] = "\"IPSec \xe5\x85\xb1\xe4\xba\xab\xe5\xaf\x86\xe9\x92"
		"\xa5\" \xe4\xb8\xa2\xe5\xa4\xb1\xe3\x80\x82 \xe8\xaf\xb7\xe9\xaa\x8c\xe8\xaf"
		"\x81\xe6\x82\xa8\xe7\x9a\x84\xe8\xae\xbe\xe7\xbd\xae\xe5\xb9\xb6\xe5\xb0\x9d\xe8\xaf"
		"\x95\xe9\x87\x8d\xe6\x96\xb0\xe8\xbf\x9e\xe6\x8e\xa5\xe3\x80\x82\n";
	const char *lang;
	enum why_alert_how how;
	size_t i;
	int ok = 1;

	T_STREQ(alert_key("The IPSec Shared Secret is missing. Verify your settings and try "
	                  "reconnecting.", &lang, &how), "L2TP Error 7", "the English alert");
	T_OK(how == WHY_ALERT_EXACT && strcmp(lang, "en") == 0, "... exactly, in English");
	T_STREQ(alert_key(zh, &lang, &how), "L2TP Error 7", "the Simplified Chinese alert");
	T_OK(how == WHY_ALERT_EXACT && strcmp(lang, "zh-Hans") == 0, "... exactly, in Chinese");
	T_STREQ(alert_key(zh_straight, &lang, &how), "L2TP Error 7",
	        "straight quotes and extra spaces");
	T_OK(how == WHY_ALERT_EXACT, "... still exact");
	T_STREQ(alert_key("the ipsec   shared secret is MISSING.\n verify your settings and "
	                  "try reconnecting.", &lang, &how), "L2TP Error 7", "case and spacing");
	T_STREQ(alert_key("PPP doesn't have sufficient privileges to work correctly.", &lang, &how),
	        "PPP Error 3", "a straight apostrophe for the Mac's curly one");
	T_STREQ(alert_key("VPN Connection\nThe IPSec Shared Secret is missing. Verify your "
	                  "settings and try reconnecting.\nOK", &lang, &how), "L2TP Error 7",
	        "the alert with its title and button around it");
	T_OK(how == WHY_ALERT_PART, "... as a part");
	T_STREQ(alert_key("IPSec shared secret missing", &lang, &how), "L2TP Error 7",
	        "the words people remember");
	T_OK(how == WHY_ALERT_WORDS, "... by words");
	T_STREQ(alert_key("The IPSec Certificate is missing.", &lang, &how), "L2TP Error 8",
	        "the certificate, not the secret");
	T_STREQ(alert_key("hello world again", &lang, &how), "(none)", "unrelated words");
	T_STREQ(alert_key("", &lang, &how), "(none)", "nothing");
	for (i = 0; i < why_alert_count(); i++) {
		const struct why_alert *a = why_alert_at(i);
		if (why_alert_find(a->en, &lang, &how) != a || how != WHY_ALERT_EXACT) {
			ok = 0;
			printf("    %s is not found from its own text\n", a->key);
		}
		if (!why_table_find(a->entry)) {
			ok = 0;
			printf("    %s names no entry %s\n", a->key, a->entry);
		}
	}
	T_OK(ok, "each alert is found from its own text and leads to an entry");
}

int main(void)
{
	test_table();
	test_match();
	test_parse_line();
	test_load();
	test_read_tail();
	test_explain();
	test_alerts();
	return t_done();
}
