/* check_cases_shared.h - test_check.c's cases for the files every pppd reads (/etc/ppp/options, a Mac's postoptions) and for what PPPController passes after them; included in the middle of check_cases.h's table. */
	/* a serial-channel word in /etc/ppp/options meets every other run's */
	{ "shared-file-device", 1, L, "lock\nnotty\n", 2, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 1, L, "pty \"ssh host\"\n", 1, "/etc/ppp/options", 0, 0, 0, 0 },
	{ "shared-file-device", 1, L, "/dev/ttyS0\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 1, M, "socket 10.0.0.1:5\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "notty\n", 0, "/etc/ppp/peers/isp", 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "notty\n", 0, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	/* Mac pty there is not refused: every modem service runs the command
	 * (PPPSerial-plugin/main.c:265 skips the controller's device) */
	{ "shared-file-device", 1, M, "pty \"ssh host\"\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, M, "pty \"ssh host\"\n", 0, "/etc/ppp/peers/isp", 0, 0, 0, 0 },
	/* Mac postoptions: read after the controller loaded L2TP.ppp or
	 * PPPoE.ppp, so a serial-line word stops those services */
	{ "shared-file-device", 1, M, "noipdefault\nnolock\n", 2, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "nolock\n", 0, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	/* Mac defaultroute in /etc/ppp/options marks every service primary */
	{ "shared-file-device", 1, M, "defaultroute\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, M, "defaultroute\n", 0, "/etc/ppp/peers/vpn", 0, 0, 0, 0 },
	{ "shared-file-device", 0, M, "defaultroute\nnodefaultroute\n", 0, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "defaultroute\n", 0, 0, 0, 0, 0, 0 },
	/* Mac demand there: every service waits for traffic; a bare serial one is refused */
	{ "shared-file-device", 1, M, "lcp-echo-interval 10\ndemand\n", 2, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, M, "demand\n", 0, "/etc/ppp/peers/vpn", 0, 0, 0, 0 },
	/* Mac connect there: a modem service's PPPSerial plugin replaces it */
	/* what PPPController or vpnd passes after the word stops pppd */
	{ "controller-stops", 1, M, "noauth\nnodefaultroute\n", 2, 0, 0, 0, 0, 0 },
	{ "controller-stops", 1, M, "noproxyarp\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-stops", 1, M, "updetach\n", 1, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	{ "controller-stops", 0, M, "nodefaultroute\n", 0, "/etc/ppp/peers/vpn", 0, 0, 0, 0 },
	{ "controller-stops", 0, M, "updetach\n", 0, 0, 0, 0, 0, 0 },
	{ "controller-stops", 0, L, "nodefaultroute\n", 0, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "connect /bin/true\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "connect /bin/true\n", 0, "/etc/ppp/peers/vpn", 0, 0, 0, 0 },
	/* Mac name there: the login name of every service without an account name */
	{ "controller-overrides", 1, M, "name bob\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "notty\npty x\n", 0, 0, 0, 0, 0, 0 },
	/* ifname there: a second link up at the same time cannot have that name */
	{ "shared-file-device", 1, L, "ifname wan\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 1, L, "plugin pppoe.so\nifname wan\n", 2, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "ifname wan\nifname \"\"\n", 0, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "ifname wan\n", 0, "/etc/ppp/peers/isp", 0, 0, 0, 0 },
	/* Mac unit there: a second link up at the same time fails; Linux picks another */
	{ "shared-file-device", 1, M, "unit 0\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 1, M, "plugin L2TP.ppp\nunit 3\n", 2, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, M, "unit 0\n", 0, "/etc/ppp/peers/vpn", 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "unit 0\n", 0, 0, 0, 0, 0, 0 },
	/* demand there: a serial run with no connect script, pty or socket stops */
	{ "shared-file-device", 1, L, "demand\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "demand\nconnect \"\"\n", 0, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "plugin pppoe.so\nnic-eth0\ndemand\n", 0, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 1, M, "demand\n", 1, 0, 0, 0, 0, 0 },
	/* connect or init there: run on every serial run's line; a failure ends it */
	{ "shared-file-device", 1, L, "connect \"chat -f /etc/chatscripts/isp\"\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 1, L, "init \"chat x\"\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "connect \"\"\n", 0, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, L, "connect x\n", 0, "/etc/ppp/peers/isp", 0, 0, 0, 0 },
	{ "incompatible", 0, M, "demand\nnotty\n", 0, 0, 0, 0, 0, 0 },
	{ "incompatible", 0, L, "pty \"ssh host\"\nlock\n", 0, 0, 0, 0, 0, 0 },
	{ "incompatible", 0, L, "/dev/ttyS0\n115200\ncrtscts\n", 0, 0, 0, 0, 0, 0 },
	/* demand turns persist on where it stands: a nopersist before it is undone */
	{ "conflict", 1, L, "nopersist\ndemand\n", 1, 0, 0, 0, 0, 0 },
	/* Apple's password words: a later keychain line replaces an earlier
	 * password when its item is read; a later password always does */
	{ "conflict", 1, M, "password x\nuserkeychainpassword k\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 1, M, "userkeychainpassword k\npassword x\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 1, M, "keychainpassword a\nuserkeychainpassword b\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 0, M, "userkeychainpassword k\nuser bob\n", 0, 0, 0, 0, 0, 0 },
	/* l2tpnoload is never read in L2TP.ppp's answer mode */
	{ "no-effect", 1, M, "plugin L2TP.ppp\nl2tpmode answer\nl2tpnoload\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin L2TP.ppp\nl2tpmode answer\nl2tpmode connect\nl2tpnoload\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin L2TP.ppp\nl2tpnoload\n", 0, 0, 0, 0, 0, 0 },
	/* l2tpipseclocalidentifiertype is read only in connect mode's IPsec step */
	{ "no-effect", 1, M, "plugin L2TP.ppp\nl2tpipseclocalidentifiertype fqdn\nl2tpnoipsec\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "plugin L2TP.ppp\nl2tpipseclocalidentifiertype fqdn\nl2tpmode listen\n", 2, 0, 0, 0, 0, 0 },
	/* and so is l2tpipseclocalidentifier (L2TP-plugin/main.c:1656) */
	{ "no-effect", 1, M, "plugin L2TP.ppp\nl2tpnoipsec\nl2tpipseclocalidentifier me@example.com\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin L2TP.ppp\nl2tpipseclocalidentifier me@example.com\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "plugin L2TP.ppp\nl2tpmode answer\nl2tpipseclocalidentifiertype fqdn\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin L2TP.ppp\nl2tpmode answer\nl2tpmode connect\nl2tpipseclocalidentifiertype fqdn\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin L2TP.ppp\nl2tpmode bogus\nl2tpipseclocalidentifiertype fqdn\n", 0, 0, 0, 0, 0, 0 },
	{ "conflict", 1, M, "noauth\nnopersist\ndemand\n", 2, 0, 0, 0, 0, 0 },
	{ "conflict", 0, L, "demand\nnopersist\n", 0, 0, 0, 0, 0, 0 },
	/* pppol2tp.so and pppoatm.so take the first device only and refuse a
	 * second; pppoe.so takes the last interface word */
	{ "device-twice", 1, L, "plugin pppol2tp.so\npppol2tp 7\npppol2tp 8\n", 3, 0, 0, 0, 0, 0 },
	{ "device-twice", 1, L, "plugin pppol2tp.so\npppol2tp 7\npppol2tp 7\n", 3, 0, 0, 0, 0, 0 },
	{ "duplicate", 0, L, "plugin pppol2tp.so\npppol2tp 7\npppol2tp 8\n", 0, 0, 0, 0, 0, 0 },
	{ "device-twice", 1, L, "plugin pppoatm.so\n0.8.35\n0.8.36\n", 3, 0, 0, 0, 0, 0 },
	{ "device-twice", 0, L, "plugin pppol2tp.so\npppol2tp 7\n", 0, 0, 0, 0, 0, 0 },
	{ "device-twice", 1, M, "eapplugin EAP-RSA.ppp\nnoauth\neapplugin EAP-RSA.ppp\n", 3, 0, 0, 0, 0, 0 },
	{ "device-twice", 0, M, "eapplugin EAP-RSA.ppp\neapplugin EAP-TLS.ppp\n", 0, 0, 0, 0, 0, 0 },
	{ "repeated", 0, M, "eapplugin EAP-RSA.ppp\neapplugin EAP-RSA.ppp\n", 0, 0, 0, 0, 0, 0 },
	/* ms-wins and ms-dns keep the last two values: a repeat that changes
	 * which is the first server is no harmless repeat */
	{ "repeated", 0, L, "ms-wins 1.1.1.1\nms-wins 2.2.2.2\nms-wins 1.1.1.1\n", 0, 0, 0, 0, 0, 0 },
	{ "repeated", 0, M, "ms-dns 2.2.2.2\nms-dns 1.1.1.1\nms-dns 1.1.1.1\n", 0, 0, 0, 0, 0, 0 },
	{ "repeated", 1, L, "ms-wins 1.1.1.1\nms-wins 1.1.1.1\n", 2, 0, 0, 0, 0, 0 },
	{ "repeated", 1, L, "ms-wins 0\nms-wins 1.1.1.1\nms-wins 1.1.1.1\n", 3, 0, 0, 0, 0, 0 },
	{ "device-twice", 0, L, "plugin pppoe.so\nnic-eth0\nnic-eth1\n", 0, 0, 0, 0, 0, 0 },
	{ "duplicate", 1, L, "plugin pppoe.so\nnic-eth0\nnic-eth1\n", 2, 0, 0, 0, 0, 0 },
	{ "duplicate", 1, L, "kdebug 1\nkdebug 4\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 1, L, "auth\nmtu 1400\nnoauth\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 1, L, "crtscts\nnocrtscts\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 0, L, "auth\nmtu 1400\n", 0, 0, 0, 0, 0, 0 },
	/* an alias contradicts what its real name does */
	{ "conflict", 1, L, "require-mppe\n-ccp\n", 1, 0, 0, 0, 0, 0 },
	/* noendpoint and endpoint both hold, whatever their order */
	{ "conflict", 0, L, "noendpoint\nendpoint IP:10.0.0.1\n", 0, 0, 0, 0, 0, 0 },
	{ "conflict", 0, L, "endpoint IP:10.0.0.1\nnoendpoint\n", 0, 0, 0, 0, 0, 0 },
	/* allow-ip: a later * drops the lines before it; a later line allowing a
	 * ! entry's addresses comes first, so the ! excludes nothing */
	{ "conflict", 1, M, "allow-ip 10.0.0.1\nallow-ip *\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 1, L, "allow-ip !10.0.0.5\nallow-ip 10.0.0.0/24\n", 1, 0, 0, 0, 0, 0 },
	{ "conflict", 0, L, "allow-ip 10.0.0.0/24\nallow-ip !10.0.0.5\n", 0, 0, 0, 0, 0, 0 },
	{ "conflict", 0, L, "allow-ip !10.0.0.0/16\nallow-ip 10.0.0.0/24\n", 0, 0, 0, 0, 0, 0 },
	{ "conflict", 0, L, "allow-ip !010.0.0.5\nallow-ip 10.0.0.0/24\n", 0, 0, 0, 0, 0, 0 },
	{ "removed", 1, L, "ipx-routing 1\n", 1, 0, 0, 0, 0, 0 },
	/* the plugin line comes first: 2.5.2 dropped passprompt.so itself */
	{ "removed", 1, L, "plugin passprompt.so\npromptprog /bin/true\n", 1, 0, 0, 0, 0, 0 },
	{ "removed", 1, L, "plugin passprompt.so\n", 1, 0, 0, 0, 0, 0 },
	{ "removed", 1, L, "plugin rp-pppoe.so\n", 1, 0, 0, 0, 0, 0 },
	{ "removed", 0, L, "plugin pppoe.so\n", 0, 0, 0, 0, 0, 0 },
	/* 2.4.9 and 2.5.3 both have EAP-SRP's options (in SRP builds): no
	 * release pppconf knows lacks them */
	{ "removed", 0, L, "srp-interval 60\nsrp-use-pseudonym\n", 0, 0, 0, 0, 0, 0 },
	{ "needs-newer", 1, L, "pap-secrets /etc/ppp/pap-secrets\n", 1, 0, 0, 0, 0, 0 },
	{ "needs-newer", 0, L, "defaultroute-metric 5\n", 0, 0, 0, 0, 0, 0 },
	/* a name 2.4.9 lacks, with its value missing: 2.4.9 stops at the name */
	{ "needs-newer", 1, L, "net-down-script\n", 1, 0, 0, 0, 0, 0 },
	{ "missing-argument", 1, L, "net-down-script\n", 1, 0, 0, 0, 0, 0 },
	{ "removed", 1, L, "ipxcp-max-failure\n", 1, 0, 0, 0, 0, 0 },
	/* likewise a name only some builds have: a pppd without EAP-SRP (2.4.9's
	 * default build) stops at the name, not at the missing value */
	{ "optional-build", 1, L, "srp-interval\n", 1, 0, 0, 0, 0, 0 },
	{ "unknown-after-plugin", 1, L, "plugin mystery.so\nmystery-option 1\n", 2,
	  0, 0, 0, 0, 0 },
	{ "unknown-after-plugin", 0, L, "mystery-option 1\n", 0, 0, 0, 0, 0, 0 },
	/* the other platform's plugin is known not to load: a word after it is
	 * simply unknown, not maybe the plugin's */
	{ "unknown-after-plugin", 0, M, "plugin pppol2tp.so\npppol2tp_reordreto 5\n", 0,
	  0, 0, 0, 0, 0 },
	{ "unknown-directive", 1, M, "plugin pppol2tp.so\npppol2tp_reordreto 5\n", 2,
	  0, 0, 0, 0, 0 },
	{ "plugin-misspelled", 1, L, "plugin ppoe.so\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-misspelled", 1, L, "plugin pppoe\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-misspelled", 1, M, "plugin2 L2TP.pp\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-misspelled", 0, M, "plugin L2TP.pp\nl2tpnoipsec\n", 0, 0, 0, 0, 0, 0 },
	{ "plugin-misspelled", 0, M, "plugin L2TP.ppp\n", 0, 0, 0, 0, 0, 0 },
	{ "plugin-misspelled", 0, L, "plugin mystery.so\n", 0, 0, 0, 0, 0, 0 },
	/* macOS: only the letter case differs; a Mac's usual disk finds the
	 * bundle, so it counts as loaded and is no misspelling */
	{ "plugin-case", 1, M, "plugin2 l2tp.ppp\nl2tpnoipsec\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-case", 0, M, "plugin2 L2TP.ppp\n", 0, 0, 0, 0, 0, 0 },
	{ "plugin-case", 0, L, "plugin PPPoE.so\n", 0, 0, 0, 0, 0, 0 },
	{ "plugin-misspelled", 0, M, "plugin2 l2tp.ppp\n", 0, 0, 0, 0, 0, 0 },
	{ "plugin-missing", 0, M, "plugin l2tp.ppp\nl2tpnoipsec\n", 0, 0, 0, 0, 0, 0 },
	{ "plugin-not-loaded", 1, M, "plugin pppoe.so\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-not-loaded", 1, M, "plugin L2TP.pp\nl2tpnoipsec\n", 1, 0, 0, 0, 0, 0 },
	{ "plugin-not-loaded", 0, M, "plugin L2TP.ppp\n", 0, 0, 0, 0, 0, 0 },
	{ "noauth", 1, L, "noauth\n", 1, 0, 0, 0, 0, 0 },
	{ "noauth", 0, L, "auth\n", 0, 0, 0, 0, 0, 0 },
	{ "no-ipsec", 1, M, "plugin L2TP.ppp\nl2tpnoipsec\n", 2, 0, 0, 0, 0, 0 },
	{ "no-ipsec", 0, M, "plugin L2TP.ppp\n", 0, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "plugin L2TP.ppp\nl2tpudpport 1701\n", 2, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "plugin L2TP.ppp\nl2tpudpport 1701\n", 0,
	  "/etc/ppp/postoptions", 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "plugin L2TP.ppp\nl2tpmode connect\n", 0, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "serviceid abc\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "serviceid abc\n", 0, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	/* ms-dns keeps the last two values; one after a 0 replaces both (ipcp.c:381-387) */
	{ "duplicate", 1, L, "ms-dns 1.1.1.1\nms-dns 2.2.2.2\nms-dns 3.3.3.3\n", 1, 0, 0, 0, 0, 0 },
	{ "duplicate", 1, M, "ms-dns 1.1.1.1\nms-dns 0\nms-dns 3.3.3.3\n", 1, 0, 0, 0, 0, 0 },
	{ "duplicate", 0, L, "ms-dns 1.1.1.1\nms-dns 0\n", 0, 0, 0, 0, 0, 0 },
	/* a repeat that changes the order is said at the earlier line; ms-wins too */
	{ "duplicate", 1, L, "ms-dns 1.1.1.1\nms-dns 2.2.2.2\nms-dns 1.1.1.1\n", 1, 0, 0, 0, 0, 0 },
	{ "duplicate", 1, L, "ms-wins 1.1.1.1\nms-wins 2.2.2.2\nms-wins 3.3.3.3\n", 1, 0, 0, 0, 0, 0 },
	{ "duplicate", 0, L, "ms-dns 1.1.1.1\nms-dns 2.2.2.2\n", 0, 0, 0, 0, 0, 0 },
	/* serverid in /etc/ppp/options reaches every client run PPPController starts */
	{ "shared-file-device", 1, M, "serverid abc\n", 1, 0, 0, 0, 0, 0 },
	{ "shared-file-device", 0, M, "serverid abc\n", 0, "/etc/ppp/peers/vpn", 0, 0, 0, 0 },
	{ "shared-file-device", 0, M, "serverid\n", 0, 0, 0, 0, 0, 0 },
	/* PPPController's noauth, read after /etc/ppp/options, undoes a login asked there */
	{ "controller-overrides", 1, M, "noipdefault\nrequire-mschap-v2\n", 2, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "auth\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "refuse-pap\n", 0, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "require-pap\n", 0, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	/* noccp comes before postoptions too, and nothing turns CCP on again */
	{ "controller-overrides", 1, M, "+mppe\n", 1, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	{ "controller-overrides", 0, L, "+mppe\n", 0, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	{ "controller-overrides", 0, L, "require-pap\n", 0, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "ip-src-address-filter 1\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "ip-src-address-filter 1\n", 0, "/etc/ppp/postoptions",
	  0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "plugin PPPDialogs.ppp\ndialogtype 0\n", 2, 0, 0, 0, 0, 0 },
	/* PPPController's ipparam (the router's address) outranks this file's */
	{ "controller-overrides", 1, M, "ipparam office\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "ipparam office\n", 0, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	{ "controller-overrides", 0, L, "ipparam office\n", 0, 0, 0, 0, 0, 0 },
	/* numbers PPPController passes again: on demand, or from the service's settings */
	{ "controller-overrides", 1, M, "holdoff 5\n", 1, 0, 0, 0, 0, 0 },
	/* PPPController's demand, passed after this file, turns persist on again */
	{ "controller-overrides", 1, M, "nopersist\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "nopersist\n", 0, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	{ "controller-overrides", 0, L, "nopersist\n", 0, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "noipdefault\nmaxfail 0\n", 2, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "mru 1400\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "lcp-echo-interval 5\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "idle 60\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "idle 60\n", 0, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "maxconnect 60\n", 0, "/etc/ppp/peers/Work VPN",
	  0, 0, 0, 0 },
	{ "controller-overrides", 0, L, "holdoff 5\n", 0, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "user bob\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "10.0.0.1:10.0.0.2\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "logfile /var/log/ppp.log\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "retrylinkcheck 3\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "password secret\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "extraconnecttime 5\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, L, "10.0.0.1:10.0.0.2\n", 0, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "remoteaddress vpn.example.com\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "user bob\n", 0, "/etc/ppp/peers/Work VPN", 0, 0, 0, 0 },
	/* PPPController's no-use-dhcp for a service sending all traffic cancels use-dhcp */
	{ "controller-overrides", 1, M, "use-dhcp\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "use-dhcp\n", 0, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	/* PPPController's noccp leaves the CCP words with nothing to act on */
	{ "controller-overrides", 1, M, "noipdefault\ndeflate 12\n", 2, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "bsdcomp 12\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "mppe-stateful\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "nodeflate\n", 0, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, L, "deflate 12\n", 0, 0, 0, 0, 0, 0 },
	/* PPPController's +ipv6 for a service with IPv6 outranks this file's noipv6 */
	{ "controller-overrides", 1, M, "noipv6\n", 1, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 1, M, "noipdefault\n-ipv6\n", 2, 0, 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "noipv6\n", 0, "/etc/ppp/postoptions", 0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "noipv6\n", 0, "/etc/ppp/peers/Work VPN", 0, 0, 0, 0 },
	{ "controller-overrides", 0, L, "noipv6\n", 0, 0, 0, 0, 0, 0 },
	{ "global-channel-plugin", 1, M, "plugin L2TP.ppp\n", 1, "/etc/ppp/options",
	  0100644, 0, 0, 0 },
	{ "global-channel-plugin", 0, M, "plugin L2TP.ppp\n", 0, "/etc/ppp/peers/Work VPN",
	  0100644, 0, 0, 0 },
	/* Linux: the channel takes over at the interface word, not the plugin line */
	{ "global-channel-plugin", 1, L, "plugin pppoe.so\nnic-eth0\n", 2, "/etc/ppp/options",
	  0100644, 0, 0, 0 },
	{ "global-channel-plugin", 0, L, "plugin pppoe.so\n", 0, "/etc/ppp/options",
	  0100644, 0, 0, 0 },
	{ "global-channel-plugin", 0, L, "plugin pppoe.so\nnic-eth0\n", 0, "/etc/ppp/peers/dsl",
	  0100644, 0, 0, 0 },
	/* a Mac peers file: PPPController's noacsp comes before its call */
	{ "controller-overrides", 1, M, "acscp-max-configure 3\n", 1, "/etc/ppp/peers/vpn",
	  0, 0, 0, 0 },
	{ "controller-overrides", 0, M, "acscp-max-configure 3\n", 0, "/etc/ppp/peers/a/b",
	  0, 0, 0, 0 },
	{ "controller-overrides", 0, L, "lcp-max-configure 3\n", 0, "/etc/ppp/peers/vpn",
	  0, 0, 0, 0 },
