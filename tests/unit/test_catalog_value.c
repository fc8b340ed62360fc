/* test_catalog_value.c - the values pppd takes or refuses for each directive: numbers, addresses, shapes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "t.h"
#include "pppd/catalog.h"

static int value(const char *name, enum platform p, const char *v, struct buf *why)
{
	const struct catalog_entry *e = catalog_find(name, p);

	if (!e) {
		const struct catalog_entry *rows[4];
		if (catalog_rows_named(name, rows, 4))
			e = rows[0];
	}
	buf_reset(why);
	return e ? catalog_check_value_on(e, p, v, strlen(v), why) : -1;
}

static void test_values(void)
{
	enum platform L = PLATFORM_LINUX, M = PLATFORM_MACOS;
	struct buf why;

	buf_init(&why);
	T_INTEQ(value("mtu", L, "1400", &why), 0, "mtu 1400");
	T_INTEQ(value("mtu", L, "0x578", &why), 0, "hex is a number");
	T_INTEQ(value("mtu", L, "30s", &why), 2, "30s is 30: below 128");
	T_OK(why.data && strstr(why.data, "read as 30"), "says what pppd reads: %s", why.data);
	T_INTEQ(value("mtu", L, "99999", &why), 2, "above the maximum");
	T_INTEQ(value("mtu", L, "-1", &why), 2, "negative");
	T_INTEQ(value("mtu", L, "01400", &why), 1, "a leading 0 is octal (768)");
	T_OK(why.data && strstr(why.data, "768"), "octal explained: %s", why.data);
	T_INTEQ(value("idle", L, "30s", &why), 1, "trailing junk is accepted");
	T_OK(why.data && strstr(why.data, "30s") && strstr(why.data, "30"), "why: %s", why.data);
	T_INTEQ(value("idle", L, "x", &why), 2, "no digits");
	T_INTEQ(value("idle", L, "", &why), 2, "empty");
	T_INTEQ(value("idle", L, "99999999999", &why), 1, "does not fit an int");
	T_INTEQ(value("defaultroute-metric", L, "-1", &why), 0, "minimum -1");
	T_INTEQ(value("vj-max-slots", L, "1", &why), 2, "vj-max-slots: 2 to 16");
	T_INTEQ(value("lcp-echo-interval", L, "-5", &why), 1,
	        "released pppd (2.4.9, 2.5.3) takes any number for lcp-echo-interval: a "
	        "warning, not refused");
	T_INTEQ(value("l2tpretrytimeout", M, "9", &why), 1, "soft range: reset, not refused");
	/* the compression limits come from the system's header; Apple's,
	 * Family/ppp_comp.h in its full source, says what Linux's does, so
	 * Apple's pppd refuses an outside value too */
	T_INTEQ(value("deflate", L, "16", &why), 2, "deflate 16: Linux refuses it");
	T_INTEQ(value("deflate", M, "16", &why), 2, "deflate 16 on a Mac: refused too");
	T_OK(why.data && strstr(why.data, "pppd refuses it"), "and says so: %s", why.data);
	T_INTEQ(value("deflate", M, "7", &why), 2, "deflate 7 on a Mac: refused");
	T_INTEQ(value("bsdcomp", M, "16", &why), 2, "bsdcomp 16 on a Mac: refused");
	T_INTEQ(value("deflate", M, "15,9", &why), 0, "deflate 15,9 on a Mac: fine");
	T_INTEQ(value("bsdcomp", M, "abc", &why), 2, "no number: refused on a Mac too");
	/* timers pppd takes at any value, which do not work below their floor */
	T_INTEQ(value("lcp-restart", L, "0", &why), 1, "lcp-restart 0: taken, warned");
	T_OK(why.data && strstr(why.data, "pppd takes it"), "and not called refused: %s", why.data);
	T_INTEQ(value("lcp-restart", M, "-3", &why), 1, "lcp-restart -3 on a Mac: warned");
	T_INTEQ(value("lcp-restart", L, "1", &why), 0, "lcp-restart 1: fine");
	/* ip-src-address-filter past 3: bits 4 and 8 still do something */
	T_INTEQ(value("ip-src-address-filter", M, "5", &why), 1, "ip-src-address-filter 5: warned");
	T_OK(why.data && strstr(why.data, "DHCP interception") && !strstr(why.data, "not as a working"),
	     "and the DHCP bits named: %s", why.data);
	T_INTEQ(value("acscp-restart", M, "0", &why), 1, "acscp-restart 0 on a Mac: taken, warned");
	T_INTEQ(value("acscp-restart", M, "-1", &why), 1, "acscp-restart -1 on a Mac: warned");
	T_INTEQ(value("acscp-restart", M, "1", &why), 0, "acscp-restart 1 on a Mac: fine");
	T_INTEQ(value("lcp-echo-interval", L, "-1", &why), 1, "lcp-echo-interval -1: warned");
	T_INTEQ(value("lcp-echo-interval", L, "0", &why), 0, "lcp-echo-interval 0: off, fine");
	T_INTEQ(value("chap-timeout", L, "0", &why), 1, "chap-timeout 0: no time at all");
	/* ipv6: each identifier's first 64 bits zero, the rest not (VALIDID) */
	T_INTEQ(value("ipv6", L, "::1,::2", &why), 0, "ipv6 ::1,::2");
	T_INTEQ(value("ipv6", L, ",::2", &why), 0, "ipv6: the remote side alone");
	/* neither side: pppd skips both (ipv6cp.c:375, :396) and accepts it */
	T_INTEQ(value("ipv6", L, "", &why), 0, "ipv6 \"\" sets nothing and is accepted");
	T_INTEQ(value("ipv6", L, "::", &why), 2, "ipv6 ::: all zero is refused");
	T_INTEQ(value("ipv6", L, "1::1", &why), 2, "ipv6 1::1: the high bits must be zero");
	T_INTEQ(value("ipv6", M, "::1,fe80::2", &why), 2, "ipv6 fe80::2 refused on a Mac too");
	/* escape: strtol fails on a comma before the first code */
	T_INTEQ(value("escape", L, ",11", &why), 2, "escape ,11 is refused");
	T_INTEQ(value("escape", L, "11,", &why), 0, "escape 11, is taken");
	/* no limits in their option tables (linux-ppp-2.5.3/pppd/options.c:310,
	 * tty.c:237): a negative number is taken as it is, never reset */
	T_INTEQ(value("connect-delay", L, "-5", &why), 0, "connect-delay takes any number");
	/* datarate: pppd takes any number, but only 0 and 100 or more work
	 * (tty.c:1113-1115, :1163-1165), so the others are a warning */
	T_INTEQ(value("datarate", L, "-5", &why), 1, "datarate -5 is taken but stalls: warn");
	T_INTEQ(value("datarate", M, "99", &why), 1, "datarate 99 is taken but stalls: warn");
	T_INTEQ(value("datarate", L, "0", &why), 0, "datarate 0, no limit, is fine");
	T_INTEQ(value("datarate", M, "100", &why), 0, "datarate 100 works");
	T_INTEQ(value("asyncmap", L, "20a0000", &why), 0, "asyncmap is hex without 0x");
	T_INTEQ(value("asyncmap", L, "0x20", &why), 0, "0x is allowed in hex");
	T_INTEQ(value("asyncmap", L, "zz", &why), 2, "no hex digits");
	T_INTEQ(value("asyncmap", L, "20g", &why), 1, "hex with junk");
	T_INTEQ(value("netmask", L, "255.255.255.0", &why), 0, "netmask");
	T_INTEQ(value("netmask", L, "255.255.255.0x", &why), 2, "bad netmask");
	T_INTEQ(value("netmask", L, "0xffffff00", &why), 0, "one number above 255");
	T_INTEQ(value("netmask", L, "0377.0377.0377.0", &why), 0, "octal parts");
	T_INTEQ(value("netmask", L, "1.2.3", &why), 2, "pppd wants four parts, not three");
	T_INTEQ(value("netmask", L, "255", &why), 2, "one number of 255 or less is no mask");
	T_INTEQ(value("netmask", L, "255.0xffff00", &why), 2, "a number above 255 only first");
	T_INTEQ(value("ms-dns", L, "8.8.8.8", &why), 0, "address");
	T_INTEQ(value("ms-dns", L, "dns.example.net", &why), 0, "host name");
	T_INTEQ(value("ms-dns", L, "8.8.8.256", &why), 2, "a part above 255");
	/* inet_addr stops at a blank and ignores the rest (2.4.9's pppd here
	 * takes "1.2.3.4 x"); a blank first is refused */
	T_INTEQ(value("ms-dns", L, "8.8.8.8 x", &why), 1, "a blank after the address");
	T_INTEQ(value("ms-wins", M, "8.8.8.8\t", &why), 1, "a tab after the address");
	T_INTEQ(value("ms-dns", L, " 8.8.8.8", &why), 2, "a blank before the address");
	T_INTEQ(value("ms-dns", L, "8.8.8.256 x", &why), 2, "a bad address before the blank");
	T_INTEQ(value("bsdcomp", L, "15", &why), 0, "bsdcomp 15");
	T_INTEQ(value("bsdcomp", L, "9,15", &why), 0, "bsdcomp rx,tx");
	T_INTEQ(value("bsdcomp", L, "0", &why), 0, "bsdcomp 0 turns it off");
	T_INTEQ(value("bsdcomp", L, "20", &why), 2, "bsdcomp above 15");
	T_INTEQ(value("bsdcomp", L, "12x", &why), 2, "text after the number: pppd refuses it");
	T_INTEQ(value("bsdcomp", L, "9,12x", &why), 2, "text after the second number");
	T_INTEQ(value("bsdcomp", L, "9,10,11", &why), 2, "a third number: pppd refuses it");
	T_INTEQ(value("bsdcomp", L, "-0", &why), 0, "-0 is 0 to strtol: accepted");
	T_INTEQ(value("bsdcomp", L, "-9", &why), 2, "a negative size is out of range");
	T_INTEQ(value("deflate", L, "8", &why), 1, "deflate 8: a warning, 2.5.3 on Linux refuses it");
	T_INTEQ(value("deflate", L, "9,8", &why), 1, "deflate 9,8: the same for the second half");
	T_INTEQ(value("deflate", L, "9", &why), 0, "deflate 9 is fine");
	T_INTEQ(value("escape", L, "11,13", &why), 0, "escape list");
	T_INTEQ(value("escape", L, "11,5e", &why), 2, "5e cannot be escaped");
	T_INTEQ(value("escape", L, "11,-5", &why), 2, "a negative code is refused");
	/* pppd keeps each code in an int: 100000041 is 0x41, 7fff...f is -1
	 * (tried with Linux pppd 2.4.9: the first is taken, the second refused) */
	T_INTEQ(value("escape", L, "100000041", &why), 1, "escape 100000041 is cut to 41");
	T_INTEQ(value("escape", L, "-ffffffff", &why), 1, "escape -ffffffff is cut to 01");
	T_INTEQ(value("escape", L, "-ffffffffffffffffff", &why), 1, "LONG_MIN cut to 00");
	T_INTEQ(value("escape", L, "7fffffffffffffff", &why), 2, "LONG_MAX cut to -1");
	T_INTEQ(value("escape", L, "10000005e", &why), 2, "cut to 5e: refused");
	T_INTEQ(value("escape", L, "-0", &why), 0, "escape -0 is 0");
	T_INTEQ(value("pppoe-mac", L, "00:11:22:33:44:55", &why), 0, "MAC");
	/* PPPoE.ppp's service field holds 64 bytes (Apple's full source) */
	T_INTEQ(value("pppoeservicename", M, "ISP", &why), 0, "a short service name");
	T_INTEQ(value("pppoeservicename", M,
	              "0123456789012345678901234567890123456789012345678901234567890123", &why),
	        1, "a service name of 64 bytes may be cut");
	T_OK(why.data && strstr(why.data, "64 bytes long"), "says its length: %s", why.data);
	/* the concentrator's name goes into a field of the same size (main.c:461) */
	T_INTEQ(value("pppoeacname", M, "AC1", &why), 0, "a short concentrator name");
	T_INTEQ(value("pppoeacname", M,
	              "0123456789012345678901234567890123456789012345678901234567890123", &why),
	        1, "a concentrator name of 64 bytes is not kept whole");
	T_OK(why.data && strstr(why.data, "64 bytes long"), "says its length: %s", why.data);
	T_INTEQ(value("pppoe-mac", L, "0011", &why), 2, "not a MAC");
	/* pppd reads it with sscanf "%x:%x:%x:%x:%x:%x" (pppoe/plugin.c:436) */
	T_INTEQ(value("pppoe-mac", L, "0:1:2:a:b:c", &why), 0, "one-digit parts are read");
	T_INTEQ(value("pppoe-mac", L, "00:11:22:33:44", &why), 2, "five parts are refused");
	T_INTEQ(value("pppoe-mac", L, "00:11:22:33:44:55:66", &why), 1,
	        "a seventh part is ignored: accepted, but not as written");
	T_INTEQ(value("pppoe-mac", L, "100:11:22:33:44:55", &why), 1, "a part above ff is cut");
	T_INTEQ(value("pppoe-sess", L, "7:0:1:2:3:4:5", &why), 0, "session and short MAC");
	/* a string option read only by the connect step (pppoe/plugin.c:199) */
	T_INTEQ(value("pppoe-sess", L, "bogus", &why), 1,
	        "a bad session:MAC is taken, and stops pppd only when it connects");
	T_INTEQ(value("l2tpmode", M, "connect", &why), 0, "enum value");
	T_INTEQ(value("l2tpmode", M, "dial", &why), 1, "unknown enum value");
	T_INTEQ(value("l2tpnoipsec", M, "", &why), 0, "no argument, nothing to check");
	T_INTEQ(value("l2tphellotimeout", M, "30", &why), 0, "hello every 30 seconds");
	T_INTEQ(value("l2tphellotimeout", M, "-5", &why), 1,
	        "a negative hello interval is taken, but leaves pppd's timer loop sending hellos");
	T_INTEQ(value("<local>:<remote>", L, "10.0.0.1:", &why), 0, "local only");
	T_INTEQ(value("<local>:<remote>", L, "10.0.0.1:10.0.0.300", &why), 2, "bad remote");
	T_INTEQ(value("allow-ip", L, "10.0.0.0/8", &why), 0, "addr/prefix");
	T_INTEQ(value("allow-ip", L, "10.0.0.0/33", &why), 1,
	        "prefix above 32: pppd takes it and skips it when the link comes up");
	T_INTEQ(value("allow-ip", L, "10.0.0.0/0", &why), 1, "prefix 0 is skipped too");
	T_INTEQ(value("allow-ip", L, "*", &why), 0, "* allows any address");
	T_INTEQ(value("allow-ip", L, "!10.0.0.5", &why), 0, "! excludes an address");
	T_INTEQ(value("allow-ip", L, "10.0.0.0/24+", &why), 0, "/n+ adds the unit number");
	T_INTEQ(value("allow-ip", L, "10.0.0.0/x", &why), 1, "an unreadable prefix is skipped");
	T_INTEQ(value("allow-ip", L, "10.0.0.0/-24", &why), 1,
	        "strtol reads the sign: a negative length is skipped");
	T_INTEQ(value("allow-ip", L, "10.0.0.0/+24", &why), 0, "a leading + is read by strtol");
	T_INTEQ(value("allow-ip", L, "10.0.0.1/32+", &why), 1,
	        "/32+ leaves no room for the unit number: always skipped");
	T_INTEQ(value("allow-ip", L, "10.0.0.0/31+", &why), 1, "/31+ likewise");
	T_INTEQ(value("allow-ip", L, "10.0.0.0/30+", &why), 0, "/30+ fits units 0 and 1");
	/* 255.255.255.255 is (u_int32_t)-1, what pppd takes for a failed lookup */
	T_INTEQ(value("allow-ip", L, "255.255.255.255", &why), 1, "255.255.255.255 is skipped");
	T_INTEQ(value("allow-ip", L, "!0xffffffff", &why), 1, "in any spelling");
	T_INTEQ(value("allow-ip", L, "255.255.255.254", &why), 1,
	        "the address below it is reserved (240/4): no peer may use it");
	T_INTEQ(catalog_check_value(catalog_find("mtu", L), "1400\0x", 6, &why), 0,
	        "a NUL ends the value as pppd sees it");
	T_INTEQ(value("call", L, "../etc/shadow", &why), 2, "call may not climb out");
	T_INTEQ(value("call", L, "/etc/ppp/x", &why), 2, "call may not start with /");
	T_INTEQ(value("call", L, "isp/work", &why), 0, "call may name a subfolder");
	T_INTEQ(value("ntlm_auth-helper", L, "ntlm_auth --helper-protocol=ntlm-server-1", &why),
	        2, "winbind.so refuses a helper without a full path");
	T_INTEQ(value("ntlm_auth-helper", L, "/usr/bin/ntlm_auth --helper-protocol=ntlm-server-1",
	              &why), 0, "a full path is taken");
	buf_free(&why);
}

/* Values pppd reads with a parser of its own (catalog_shape.c). */
static void test_value_shapes(void)
{
	enum platform L = PLATFORM_LINUX, M = PLATFORM_MACOS;
	struct buf why;

	buf_init(&why);
	/* str_to_epdisc (linux-ppp-2.5.3/pppd/multilink.c:533) */
	T_INTEQ(value("endpoint", L, "bogus:zz", &why), 2, "an unknown class is refused");
	T_OK(why.data && strstr(why.data, "null, local, IP, MAC, magic, phone"),
	     "says the classes: %s", why.data);
	T_INTEQ(value("endpoint", L, "local:zz", &why), 2, "a value of no hex digits is refused");
	T_INTEQ(value("endpoint", L, "local:0123456789abcdef", &why), 0, "hex bytes");
	T_INTEQ(value("endpoint", L, "magic:12.34.56.78", &why), 0, "'.' separates bytes");
	T_INTEQ(value("endpoint", L, "IP:10.0.0.1", &why), 0, "IP address");
	T_INTEQ(value("endpoint", L, "ip:10.0.0", &why), 2, "IP needs four parts");
	T_INTEQ(value("endpoint", L, "MAC:00:11:22:33:44:55", &why), 0, "six MAC bytes");
	T_INTEQ(value("endpoint", L, "MAC:00:11:22", &why), 2, "MAC needs six bytes");
	T_INTEQ(value("endpoint", L, "MAC:0011", &why), 1,
	        "MAC: hex digits alone may still name an interface");
	T_INTEQ(value("endpoint", L, "MAC:eth0", &why), 1,
	        "an interface name: taken only where that interface exists");
	T_INTEQ(value("endpoint", L, "null", &why), 0, "a class alone");
	T_INTEQ(value("endpoint", L, "7:ab", &why), 0, "a class number");
	T_INTEQ(value("endpoint", L, "local-ab", &why), 2, "':' or '.' after the class");
	T_INTEQ(value("endpoint", L, "local:000102030405060708090a0b0c0d0e0f10111213", &why), 0,
	        "20 bytes fit");
	T_INTEQ(value("endpoint", L, "local:000102030405060708090a0b0c0d0e0f1011121314", &why), 2,
	        "21 bytes do not (MAX_ENDP_LEN 20)");
	/* setspeed's strtol base 0 (linux-ppp-2.5.3/pppd/tty.c:329) */
	T_INTEQ(value("<speed>", L, "115200", &why), 0, "a plain speed");
	T_INTEQ(value("<speed>", L, "0115200", &why), 1, "a leading 0 is octal");
	T_OK(why.data && strstr(why.data, "39552") && strstr(why.data, "no standard"),
	     "says the speed pppd uses: %s", why.data);
	/* setspeed turns down only 0: a minus sign gives a negative speed */
	T_INTEQ(value("<speed>", L, "-9600", &why), 1, "a negative speed");
	T_OK(why.data && strstr(why.data, "negative") && strstr(why.data, "-9600"),
	     "says it is negative: %s", why.data);
	T_INTEQ(value("<speed>", M, "-0x10", &why), 1, "a negative hex speed");
	T_OK(why.data && strstr(why.data, "-16") && !strstr(why.data, "starts with 0"),
	     "reads the hex: %s", why.data);
	/* ppp_bad_ip_addr (linux-ppp-2.5.3/pppd/auth.c:2161), Apple's auth.c:2471 */
	T_INTEQ(value("<local>:<remote>", L, "127.0.0.2:10.0.0.2", &why), 2, "loopback local");
	T_OK(why.data && strstr(why.data, "127.0.0.2") && strstr(why.data, "bad local IP"),
	     "names the address: %s", why.data);
	T_INTEQ(value("<local>:<remote>", M, "127.0.0.2:10.0.0.2", &why), 0,
	        "macOS refuses only 127.0.0.1");
	T_INTEQ(value("<local>:<remote>", M, "127.0.0.1:", &why), 2, "macOS: 127.0.0.1");
	T_INTEQ(value("<local>:<remote>", L, "10.0.0.1:224.0.0.1", &why), 2, "multicast remote");
	T_INTEQ(value("<local>:<remote>", L, ":0x7f000001", &why), 2, "loopback in hex");
	T_INTEQ(value("<local>:<remote>", L, "0.0.0.0:10.0.0.2", &why), 0, "0.0.0.0 is no side");
	/* cbcp_resp keeps 250 characters but sends 251 (cbcp.c:370-380) */
	{
		char cb[252];

		memset(cb, '5', sizeof cb);
		cb[250] = '\0';
		T_INTEQ(value("callback", L, cb, &why), 0, "a 250-character number is sent whole");
		cb[250] = '5';
		cb[251] = '\0';
		T_INTEQ(value("callback", L, cb, &why), 1, "251 characters are cut");
		T_OK(why.data && strstr(why.data, "first 251"), "what pppd sends: %s", why.data);
	}
	/* parseHostUniq when pppd connects (pppoe/pppoe.h:284, plugin.c:183) */
	T_INTEQ(value("pppoe-host-uniq", L, "0a1b", &why), 0, "even hex");
	T_INTEQ(value("pppoe-host-uniq", L, "0a1", &why), 1, "odd length stops pppd later");
	T_OK(why.data && strstr(why.data, "Illegal value"), "pppd's words: %s", why.data);
	T_INTEQ(value("host-uniq", L, "wxyz", &why), 1, "the alias: not hex");
	/* an empty value: zero digits is even, but parseHostUniq refuses it */
	T_INTEQ(value("pppoe-host-uniq", L, "", &why), 1, "empty stops pppd later");
	T_OK(why.data && strstr(why.data, "one or more pairs"), "empty: not called even: %s", why.data);
	/* pppoatm's qos: its class and AAL words (pppoatm/text2qos.c:126-151) */
	T_INTEQ(value("qos", L, "ubr", &why), 0, "qos: a class alone");
	T_INTEQ(value("qos", L, "UBR,aal5:max_pcr=max", &why), 0, "qos: any case, max");
	T_INTEQ(value("qos", L, "cbr:pcr=1.5Mbps,tx:none", &why), 0, "qos: bps and tx:none");
	T_INTEQ(value("qos", L, "aal5", &why), 1, "qos: no traffic class");
	T_INTEQ(value("qos", L, "vbr", &why), 1, "qos: vbr is refused");
	T_INTEQ(value("qos", L, "ubr,", &why), 1, "qos: a comma and nothing");
	T_INTEQ(value("qos", L, "ubrx", &why), 1, "qos: a word it does not know");
	T_INTEQ(value("qos", L, "", &why), 1, "qos: empty");
	/* a file keeps only 1023 bytes of a word (pppd.h:62, options.c:1582):
	 * an even hex value longer than that is cut to an odd count */
	{
		char hu[3020];

		memset(hu, 'a', sizeof hu);
		hu[1022] = '\0';
		T_INTEQ(value("host-uniq", L, hu, &why), 0, "1022 digits are kept whole");
		hu[1022] = 'a';
		hu[1024] = '\0';
		T_INTEQ(value("host-uniq", L, hu, &why), 1, "1024 digits are cut to 1023");
		T_OK(why.data && strstr(why.data, "1023 bytes") && strstr(why.data, "Illegal value"),
		     "the cut and pppd's words: %s", why.data);
		/* what a file's reader hands on after the cut: 1023 hex digits,
		 * not called "not pairs" (it may have been written as pairs) */
		hu[1023] = '\0';
		T_INTEQ(value("host-uniq", L, hu, &why), 1, "1023 digits, as the cut leaves them");
		T_OK(why.data && strstr(why.data, "1023 bytes") && !strstr(why.data, "pairs"),
		     "the cut, not the pairs: %s", why.data);
		T_OK(why.data && strstr(why.data, "2.4.9 and 2.5.3"), "the quoted releases: %s", why.data);
		hu[1023] = 'a';
		hu[1024] = 'a';
		hu[2988] = '\0';
		T_INTEQ(value("host-uniq", L, hu, &why), 1, "2988 digits are cut too");
		hu[2988] = 'a';
		hu[3018] = '\0';
		T_INTEQ(value("host-uniq", L, hu, &why), 1, "over 1508 bytes");
		T_OK(why.data && strstr(why.data, "1023 bytes"), "the cut, not the hex: %s", why.data);
	}
	/* setipxname refuses other characters and names over 47 (2.4.9 ipxcp.c:348, :353) */
	T_INTEQ(value("ipx-router-name", L, "Office_2", &why), 0, "letters, digits, _");
	T_INTEQ(value("ipx-router-name", L, "", &why), 0, "pppd takes an empty name");
	T_INTEQ(value("ipx-router-name", L, "my-router", &why), 2, "a dash stops pppd");
	T_OK(why.data && strstr(why.data, "alphanumeric or _"), "pppd's words: %s", why.data);
	T_INTEQ(value("ipx-router-name", L, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", &why),
	        0, "47 characters");
	T_INTEQ(value("ipx-router-name", L, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", &why),
	        2, "48 characters stop pppd");
	T_OK(why.data && strstr(why.data, "limited to 47"), "pppd's words: %s", why.data);
	/* setipxnode: hex, an optional ':' and hex, nothing after (2.4.9 ipxcp.c:294, :312) */
	T_INTEQ(value("ipx-node", L, "1a:2B", &why), 0, "both sides in hex");
	T_INTEQ(value("ipx-node", L, "0123456789abcdef", &why), 0, "a long number: the last 12 kept");
	T_INTEQ(value("ipx-node", L, "1a", &why), 0, "this end alone");
	T_INTEQ(value("ipx-node", L, "zz", &why), 2, "not hex stops pppd");
	T_OK(why.data && strstr(why.data, "invalid parameter"), "pppd's words: %s", why.data);
	T_INTEQ(value("ipx-node", L, "1:2:3", &why), 2, "a second ':' stops pppd");
	/* user_setenv and user_unsetenv refuse a malformed word (options.c:1867, :1942) */
	T_INTEQ(value("set", L, "SITE=office", &why), 0, "NAME=VALUE");
	T_INTEQ(value("set", L, "SITE=", &why), 0, "an empty value is a value");
	T_INTEQ(value("set", L, "SITE", &why), 2, "set without =");
	T_OK(why.data && strstr(why.data, "missing = in name=value"), "pppd's words: %s", why.data);
	T_INTEQ(value("set", L, "=office", &why), 2, "set without a name");
	T_INTEQ(value("unset", L, "SITE", &why), 0, "unset a name");
	T_INTEQ(value("unset", L, "SITE=x", &why), 2, "unset with =");
	T_INTEQ(value("unset", L, "", &why), 2, "unset nothing");
	/* number_option: strtoul base 16 into 32 bits (options.c:920, :1603) */
	T_INTEQ(value("asyncmap", L, "123456789", &why), 1, "above 32 bits");
	T_OK(why.data && strstr(why.data, "23456789"), "the low 32 bits: %s", why.data);
	T_INTEQ(value("asyncmap", L, "1ffffffff", &why), 1, "low 32 bits all ones");
	T_OK(why.data && strstr(why.data, "alike") && !strstr(why.data, "32-bit one ffffffff"),
	     "the same value on both systems is said once: %s", why.data);
	T_INTEQ(value("asyncmap", L, "11111111111111111", &why), 1, "too big for strtoul");
	T_OK(why.data && strstr(why.data, "ffffffff"), "saturates: %s", why.data);
	/* open_socket's strtol (linux-ppp-2.5.3/pppd/tty.c:922) */
	T_INTEQ(value("socket", L, "host:80", &why), 0, "host:port");
	T_INTEQ(value("socket", L, "host:80x", &why), 1, "junk after the port is ignored");
	T_OK(why.data && strstr(why.data, "as 80"), "the port pppd uses: %s", why.data);
	T_INTEQ(value("socket", L, "host:65616", &why), 1, "a port above 65535 is cut");
	T_OK(why.data && strstr(why.data, ": 80."), "its low 16 bits: %s", why.data);
	T_INTEQ(value("socket", L, "host:0", &why), 1, "port 0: the connection is refused");
	T_OK(why.data && strstr(why.data, "port 0"), "port 0 said: %s", why.data);
	T_INTEQ(value("socket", L, "host:65536", &why), 1, "cut to port 0");
	T_OK(why.data && strstr(why.data, "port 0"), "port 0 said: %s", why.data);
	/* past a 32-bit long the systems differ: a 64-bit int keeps strtol's
	 * low 32 bits (4294967376 is port 80), a 32-bit strtol saturates at
	 * 2^31-1 (port 65535) or -2^31 (the connection fails) */
	T_INTEQ(value("socket", L, "host:4294967376", &why), 1, "above 32 bits, still cut");
	T_OK(why.data && strstr(why.data, "64-bit system pppd connects to port 80;")
	     && strstr(why.data, "32-bit one pppd connects to port 65535."),
	     "both systems: %s", why.data);
	T_INTEQ(value("socket", L, "host:-4294967216", &why), 1, "a negative that wraps to 80");
	T_OK(why.data && strstr(why.data, "64-bit system pppd connects to port 80;")
	     && strstr(why.data, "32-bit one the connection fails"), "the port used: %s", why.data);
	T_INTEQ(value("socket", L, "host:4294967295", &why), 1, "-1 as a 64-bit int");
	T_OK(why.data && strstr(why.data, "64-bit system the connection fails")
	     && strstr(why.data, "32-bit one pppd connects to port 65535."), "fails: %s", why.data);
	T_INTEQ(value("socket", L, "host:70000x", &why), 1, "cut, and junk after it");
	T_OK(why.data && strstr(why.data, ": 4464."), "the port used: %s", why.data);
	T_INTEQ(value("socket", L, "host:-1", &why), 1, "a negative port fails when connecting");
	T_OK(why.data && strstr(why.data, "Can't parse host:port"), "pppd's words: %s", why.data);
	buf_free(&why);
}
int main(void)
{
	test_values();
	test_value_shapes();
	return t_done();
}
