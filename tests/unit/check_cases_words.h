/* check_cases_words.h - test_check.c's cases for one word at a time: names pppd does not know, values it refuses or reads otherwise, plugins and devices; the first part of check_cases.h's table. */
	{ "unknown-directive", 1, L, "noauth\nmtux 1400\n", 2, 0, 0, 0, 0, 0 },
	{ "unknown-directive", 0, L, "noauth\nmtu 1400\n", 0, 0, 0, 0, 0, 0 },
	{ "extra-word", 1, L, "noauth yes\n", 1, 0, 0, 0, 0, 0 },
	{ "extra-word", 1, L, "mtu 1400 bytes\n", 1, 0, 0, 0, 0, 0 },
	{ "extra-word", 0, L, "noauth debug\n", 0, 0, 0, 0, 0, 0 },
	/* the plugin's interface word took the next word along when read */
	{ "extra-word", 1, L, "plugin pppoe.so\neth0 foo\n", 2, 0, 0, 0, 0, 0 },
	{ "extra-word", 0, L, "plugin pppoe.so\neth0 10.0.0.1:10.0.0.2\n", 0, 0, 0, 0, 0, 0 },
	{ "missing-argument", 1, L, "noauth\nmtu", 2, 0, 0, 0, 0, 0 },
	{ "missing-argument", 0, L, "mtu 1400", 0, 0, 0, 0, 0, 0 },
	{ "empty-at-eof", 1, L, "user \"\"", 1, 0, 0, 0, 0, 0 },
	{ "empty-at-eof", 0, L, "user \"\"\n", 0, 0, 0, 0, 0, 0 },
	{ "empty-at-eof", 0, M, "user \"\"", 0, 0, 0, 0, 0, 0 },
	{ "bad-value", 1, L, "mtu 30s\n", 1, 0, 0, 0, 0, 0 },
	{ "bad-value", 1, L, "ms-dns 8.8.8.256\n", 1, 0, 0, 0, 0, 0 },
	{ "bad-value", 1, L, "10.0.0.1:10.0.0.300\n", 1, 0, 0, 0, 0, 0 },
	{ "bad-value", 0, L, "mtu 1400\nms-dns 8.8.8.8\n", 0, 0, 0, 0, 0, 0 },
	/* bsdcomp/deflate read each number with strtol: past LONG_MAX it is kept
	 * as -1 (refused), past LONG_MIN as 0 (taken); 2^32+9 is 9 on 64 bits */
	{ "bad-value", 1, L, "bsdcomp 9223372036854775817\n", 1, 0, 0, 0, 0, 0 },
	/* strtoul saturates a too-big number to all ones whatever its sign: -1, refused */
	{ "bad-value", 1, L, "mo-timeout -99999999999999999999\n", 1, 0, 0, 0, 0, 0 },
	{ "bad-value", 0, L, "bsdcomp -9223372036854775809\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "bsdcomp -9223372036854775809\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "deflate 9,4294967305\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "bsdcomp 9,15\n", 0, 0, 0, 0, 0, 0 },
	/* idle below 0 is taken but starts no idle timer (auth.c:1189, tlim > 0) */
	{ "odd-value", 1, L, "idle -5\n", 1, 0, 0, 0, 0, 0 },
	/* Linux takes the peer's first IPCP Nak as a Reject at 1 or less;
	 * Apple counts only its own Naks */
	{ "odd-value", 1, L, "noauth\nipcp-max-failure 1\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "ipcp-max-failure 2\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "noauth\nipcp-max-failure 0\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "ipcp-max-failure -1\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "ipcp-max-failure 1\n", 0, 0, 0, 0, 0, 0 },
	/* lcp-max-failure at 0 or less: every LCP Nak but the magic number's
	 * becomes a Reject, on both platforms; 1 still Naks once */
	{ "odd-value", 1, L, "lcp-max-failure 0\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "lcp-max-failure -3\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "lcp-max-failure 1\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "lcp-max-failure 5\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "idle -1\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "idle 0\nidle 30\n", 0, 0, 0, 0, 0, 0 },
	/* ip-src-address-filter: any int is taken; the help text's meanings are 0 to 3 */
	{ "odd-value", 1, M, "ip-src-address-filter 4\n", 1, 0, 0, 0, 0, 0 },
	/* macOS device: the modem plugin adds /dev/cu. to a bare name (PPPSerial-plugin/main.c:269-276) */
	{ "odd-value", 1, M, "plugin PPPSerial.ppp\ndevice cu.usbmodem1\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "device tty.usbmodem1\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "device \"\"\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "device ttyd.modem\ndevice /dev/cu.usbmodem1\ndevice en0\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "ip-src-address-filter -1\n", 1, 0, 0, 0, 0, 0 },
	/* Apple's eap-max-challenge 0 fails at the first late answer, not "no limit" */
	{ "odd-value", 1, M, "eap-max-challenge 0\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "eap-max-challenge 1\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "ip-src-address-filter 3\n", 0, 0, 0, 0, 0, 0 },
	/* macOS: L2TP.ppp never reads device */
	{ "no-effect", 1, M, "plugin L2TP.ppp\ndevice en0\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin PPPoE.ppp\ndevice en0\n", 0, 0, 0, 0, 0, 0 },
	/* a modemscript line below the modem word counts too */
	{ "no-effect", 0, M, "plugin PPPSerial.ppp\nnomodemcompress\nmodemscript Foo\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "plugin PPPSerial.ppp\nnomodemcompress\n", 2, 0, 0, 0, 0, 0 },
	/* minconnect without idle ends the link at its first idle check */
	/* Apple's noidlesend without idle: no idle check is made at all */
	{ "needs-other", 1, M, "noidlesend\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, M, "idle 0\nnoidlesend\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "idle 600\nnoidlesend\n", 0, 0, 0, 0, 0, 0 },
	/* noresolvconf without usepeerdns: no resolv.conf is written anyway */
	{ "needs-other", 1, L, "noresolvconf\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "usepeerdns\nnoresolvconf\n", 0, 0, 0, 0, 0, 0 },
	/* lcp-rtt-file without an echo interval: no echo, so no time recorded */
	{ "needs-other", 1, L, "lcp-rtt-file /var/log/rtt\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "lcp-echo-interval 30\nlcp-rtt-file /var/log/rtt\n", 0, 0, 0, 0, 0, 0 },
	/* datarate without socket, notty or record: nothing is relayed */
	{ "needs-other", 1, L, "datarate 1000\npty cat\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, M, "datarate 1000\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "pty cat\nrecord /tmp/x\ndatarate 1000\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, M, "notty\ndatarate 1000\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "datarate 0\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "datarate 100\nplugin pppoe.so\neth0\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "plugin minconn.so\nminconnect 60\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "plugin minconn.so\nidle 30\nminconnect 60\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "plugin minconn.so\nminconnect -1\n", 0, 0, 0, 0, 0, 0 },
	/* a negative minconnect leaves idle with no check at all */
	{ "needs-other", 1, L, "plugin minconn.so\nminconnect -1\nidle 60\n", 3, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "plugin minconn.so\nminconnect 0\nidle 60\n", 0, 0, 0, 0, 0, 0 },
	/* a minconnect from 1 up to idle's seconds changes nothing */
	{ "needs-other", 1, L, "plugin minconn.so\nidle 600\nminconnect 30\n", 3, 0, 0, 0, 0, 0 },
	{ "needs-other", 1, L, "plugin minconn.so\nminconnect 60\nidle 60\n", 2, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "plugin minconn.so\nidle 60\nminconnect 61\n", 0, 0, 0, 0, 0, 0 },
	/* a negative idle with a minconnect above 0: the first check ends the link */
	{ "needs-other", 1, L, "plugin minconn.so\nidle -5\nminconnect 30\n", 3, 0, 0, 0, 0, 0 },
	{ "needs-other", 0, L, "plugin minconn.so\nidle -5\nminconnect -1\n", 0, 0, 0, 0, 0, 0 },
	/* a speed whose low 32 bits are 0 is 0 to a 64-bit pppd: unknown */
	{ "bad-value", 1, L, "4294967296\n", 1, 0, 0, 0, 0, 0 },
	{ "bad-value", 1, M, "-0x100000000\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "99999999999\n", 1, 0, 0, 0, 0, 0 },
	{ "bad-value", 0, L, "2147483647\n", 0, 0, 0, 0, 0, 0 },
	/* setspeed turns down only 0, so a negative speed is taken, and is no rate */
	{ "odd-value", 1, L, "-9600\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "-9600\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "9600\n", 0, 0, 0, 0, 0, 0 },
	/* strtol skips leading white space: a quoted " 9600" is a speed */
	{ "unknown-directive", 0, L, "\" 9600\"\n", 0, 0, 0, 0, 0, 0 },
	{ "unknown-directive", 0, M, "\"\t+9600\"\n", 0, 0, 0, 0, 0, 0 },
	/* pppoe.so reads pppoe-mac only once its interface word chose its channel */
	{ "bad-value", 1, L, "plugin pppoe.so\npppoe-mac zz\neth0\n", 2, 0, 0, 0, 0, 0 },
	{ "bad-value", 1, L, "plugin pppoe.so\nnic-eth0\npppoe-mac zz\n", 3, 0, 0, 0, 0, 0 },
	{ "bad-value", 0, L, "plugin pppoe.so\npppoe-mac zz\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "plugin pppoe.so\npppoe-mac zz\n", 2, 0, 0, 0, 0, 0 },
	/* a later pppoe-mac replaces the string before the plugin reads it */
	{ "bad-value", 0, L, "plugin pppoe.so\neth0\npppoe-mac zz\npppoe-mac 0:1:2:3:4:5\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "plugin pppoe.so\neth0\npppoe-mac zz\npppoe-mac 0:1:2:3:4:5\n", 3, 0, 0, 0, 0, 0 },
	{ "bad-value", 1, L, "plugin pppoe.so\neth0\npppoe-mac 0:1:2:3:4:5\npppoe-mac zz\n", 4, 0, 0, 0, 0, 0 },
	/* sscanf's %x skips blanks and a '+' before a part: read as written;
	 * a '-' is not (plugin.c:199, :206) */
	{ "odd-value", 0, L, "plugin pppoe.so\neth0\npppoe-sess \"12: 1:+2:3:4:5:6\"\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "plugin pppoe.so\neth0\npppoe-sess 12:-1:2:3:4:5:6\n", 3, 0, 0, 0, 0, 0 },
	/* an empty ifname is no name; an empty record name still sets up the copying */
	{ "odd-value", 1, L, "ifname \"\"\n", 1, 0, 0, 0, 0, 0 },
	/* an empty init runs nothing but still drops DTR (catalog_empty.c) */
	{ "odd-value", 1, L, "init \"\"\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "init \"\"\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "init \"chat -f /etc/chatscripts/isp\"\n", 0, 0, 0, 0, 0, 0 },
	/* an empty L2TP.ppp local identifier is taken as none (catalog_empty.c) */
	{ "odd-value", 1, M, "plugin L2TP.ppp\nl2tpipseclocalidentifier \"\"\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "plugin L2TP.ppp\nl2tpipseclocalidentifier id1\n", 0, 0, 0, 0, 0, 0 },
	/* allow-ip: pppd never lets a peer use a loopback (on a Mac only
	 * 127.0.0.1), multicast or reserved address (auth.c:2130) */
	{ "odd-value", 1, L, "allow-ip 127.0.0.2\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "allow-ip 127.0.0.2\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "allow-ip 224.0.0.0/4\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "allow-ip !127.0.0.1\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "allow-ip 10.0.0.0/24x\n", 1, 0, 0, 0, 0, 0 },
	/* modem and lock under pty, notty or socket (tty.c:525-526) */
	{ "no-effect", 1, L, "pty \"cat\"\nmodem\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "notty\nlock\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "modem\nlock\n", 0, 0, 0, 0, 0, 0 },
	/* Linux has no DTR/CTS flow control (sys-linux.c:1413) */
	{ "no-effect", 1, L, "crtscts\ncdtrcts\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "cdtrcts\ncrtscts\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "crtscts\ncdtrcts\n", 0, 0, 0, 0, 0, 0 },
	/* macOS: crtscts with a connect or init command in the file never turns RTS/CTS on */
	{ "no-effect", 1, M, "connect \"chat -f x\"\ncrtscts\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "crtscts\ninit x\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "crtscts\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "connect x\ncrtscts\n", 0, 0, 0, 0, 0, 0 },
	/* MPPE required drops the other compression words (check_mppe.c) */
	{ "no-effect", 1, L, "predictor1\nrequire-mppe-128\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "deflate 15\nmppe-128\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "predictor1\nrequire-mppe-128\nnomppe-128\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "predictor1\nrequire-mppe-40\nnomppe\n", 0, 0, 0, 0, 0, 0 },
	/* connect-delay is read only by the serial line's connect step, on
	 * either side of the line where a channel plugin takes the link */
	{ "no-effect", 1, L, "plugin pppoe.so\neth0\nconnect-delay 500\n", 3, 0, 0, 0, 0, 0 },
	/* pppoe.so's receive step leaves the receive map unused */
	{ "no-effect", 1, L, "plugin pppoe.so\neth0\nreceive-all\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "/dev/ttyS0\nreceive-all\n", 0, 0, 0, 0, 0, 0 },
	/* nor do pppoatm.so (no receive step) and pppol2tp.so (MRU only) */
	{ "no-effect", 1, L, "plugin pppoatm.so\n0.100\nreceive-all\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "receive-all\nplugin pppol2tp.so\npppol2tp 5\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "plugin pppol2tp.so\nreceive-all\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "connect-delay 500\nplugin L2TP.ppp\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "/dev/ttyS0\nconnect-delay 500\n", 0, 0, 0, 0, 0, 0 },
	/* a serial device before the address pppoatm.so takes the link with */
	{ "no-effect", 1, L, "/dev/ttyS0\nplugin pppoatm.so\n0.38\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "/dev/ttyS0\nplugin pppol2tp.so\npppol2tp 3\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "ifname ppp-office\n", 0, 0, 0, 0, 0, 0 },
	/* vrf: no interface, so no VRF, can have a name with '/', ':' or a space */
	{ "odd-value", 1, L, "vrf a/b\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "vrf \"red vrf\"\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "vrf red\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "record \"\"\n", 1, 0, 0, 0, 0, 0 },
	/* datarate below 100 stalls a direction for good; 0 is off, fine */
	{ "odd-value", 1, L, "notty\ndatarate 50\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "datarate -100\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "datarate 0\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "datarate 100\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "record \"\"\n", 1, 0, 0, 0, 0, 0 },
	/* record with a relative path: opened from / once pppd is in the background */
	{ "odd-value", 1, L, "record ppp.rec\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "record ppp.rec\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "record /var/log/ppp.rec\n", 0, 0, 0, 0, 0, 0 },
	/* chapms-strip-domain with remotename: CHAP checks remotename's name as it is */
	{ "no-effect", 1, L, "remotename srv\nchapms-strip-domain\n", 2, 0, 0, 0, 0, 0 },
	/* remotename after it counts too: pppd reads every option before a login */
	{ "no-effect", 1, L, "chapms-strip-domain\nremotename srv\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "chapms-strip-domain\n", 0, 0, 0, 0, 0, 0 },
	/* privgroup looks its value up as a name only: digits alone are a group number slip */
	{ "odd-value", 1, L, "privgroup 20\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, M, "noauth\nprivgroup 0\n", 2, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "privgroup dialout\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "privgroup admin20\n", 0, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, M, "record /tmp/rec\n", 0, 0, 0, 0, 0, 0 },
	{ "plugin-missing", 1, M, "l2tpnoipsec\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-missing", 1, M, "l2tpnoipsec\nplugin L2TP.ppp\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-missing", 1, L, "pppoe-mac 00:11:22:33:44:55\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-missing", 0, M, "plugin L2TP.ppp\nl2tpnoipsec\n", 0, 0, 0, 0, 0, 0 },
	/* 2.4.9's rp-pppoe.so is pppoe.so under its old name: both lists apply */
	{ "plugin-missing", 0, L, "plugin rp-pppoe.so\npppoe-service isp\n", 0, 0, 0, 0, 0, 0 },
	{ "plugin-missing", 0, L, "plugin pppoe.so\nrp_pppoe_service isp\n", 0, 0, 0, 0, 0, 0 },
	/* radrealms.so and radattr.so use radius.so's hooks: pppd cannot load them first */
	{ "plugin-needs-radius", 1, L, "plugin radrealms.so\nplugin radius.so\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-needs-radius", 1, L, "plugin /usr/lib/pppd/2.5.3/radattr.so\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-needs-radius", 0, L, "plugin radius.so\nplugin radrealms.so\n", 0, 0, 0, 0, 0, 0 },
	{ "plugin-needs-radius", 0, L, "plugin radius.so\nplugin radattr.so\n", 0, 0, 0, 0, 0, 0 },
	{ "channel-replaced", 1, M, "plugin L2TP.ppp\nlock\n", 2, 0, 0, 0, 0, 0 },
	/* a second link plugin takes the link: said at the first */
	{ "conflict", 1, M, "plugin PPPoE.ppp\nplugin L2TP.ppp\n", 1, 0, 0, 0, 0, 0 },
	/* deflate 0 turns Deflate off both ways, as nodeflate does: no undoing */
	{ "conflict", 0, L, "nodeflate\ndeflate 0\n", 0, 0, 0, 0, 0, 0 },
	/* require-mppe writes both key sizes: an earlier size word is undone */
	{ "conflict", 1, M, "require-mppe-128\nrequire-mppe\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 1, L, "nomppe-40\n+mppe\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 0, M, "require-mppe\nrequire-mppe-128\n", 0, 0, 0, 0, 0, 0 },
	{ "repeated", 1, L, "nodeflate\ndeflate 0,0\n", 2, 0, 0, 0, 0, 0 },
	{ "repeated", 1, M, "deflate 0\nnodeflate\n", 2, 0, 0, 0, 0, 0 },
	{ "conflict", 1, L, "nodeflate\ndeflate 0,15\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 0, M, "plugin L2TP.ppp\nplugin L2TP.ppp\n", 0, 0, 0, 0, 0, 0 },
	{ "conflict", 1, L, "plugin pppoe.so\nplugin pppol2tp.so\neth0\npppol2tp 3\n", 3,
	  0, 0, 0, 0, 0 },
	{ "conflict", 0, L, "plugin pppoe.so\nplugin pppol2tp.so\neth0\n", 0, 0, 0, 0, 0, 0 },
	{ "channel-replaced", 1, M, "plugin L2TP.ppp\nplugin PPPoE.ppp\nl2tpnoipsec\n", 3,
	  0, 0, 0, 0, 0 },
	{ "channel-replaced", 0, M, "lock\nplugin L2TP.ppp\n", 0, 0, 0, 0, 0, 0 },
	/* a device name after a plugin took the link: unknown even if it exists */
	{ "channel-replaced", 1, M, "plugin L2TP.ppp\n/dev/cu.modem\n", 2, 0, 0, 0, 0, 0 },
	/* PPTP.ppp is gone from current Macs: it does not load, so the serial line stays */
	{ "channel-replaced", 0, M, "plugin PPTP.ppp\nescape 11\n/dev/cu.modem\n", 0, 0, 0, 0, 0, 0 },
	{ "channel-replaced", 1, L, "plugin pppol2tp.so\npppol2tp 3\n/dev/null\n", 3,
	  0, 0, 0, 0, 0 },
	{ "device-missing", 0, L, "plugin pppol2tp.so\npppol2tp 3\n/dev/null\n", 0,
	  0, 0, 0, 0, 0 },
	{ "other-platform", 1, L, "l2tpnoipsec\n", 1, 0, 0, 0, 0, 0 },
	/* a Mac's L2TP.ppp word has a digit, like an interface name, yet after
	 * plugin pppoe.so it is the other platform's option, not an interface */
	{ "other-platform", 1, L, "plugin pppoe.so\nl2tpudpport 1\n", 2, 0, 0, 0, 0, 0 },
	{ "other-platform", 1, L, "plugin pppoe.so\nl2tpnoipsec\n", 2, 0, 0, 0, 0, 0 },
	{ "other-platform", 1, L, "plugin L2TP.ppp\n", 1, 0, 0, 0, 0, 0 },
	{ "other-platform", 0, M, "plugin L2TP.ppp\nl2tpnoipsec\n", 0, 0, 0, 0, 0, 0 },
	/* chap-secrets "" or a relative name: as pap-secrets (auth.c:1783, :1877) */
	{ "odd-value", 1, L, "chap-secrets \"\"\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 1, L, "chap-secrets my-chap\n", 1, 0, 0, 0, 0, 0 },
	{ "odd-value", 0, L, "chap-secrets /etc/ppp/chap-secrets.vpn\n", 0, 0, 0, 0, 0, 0 },
