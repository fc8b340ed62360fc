/* check_cases_no_effect.h - test_check.c's no-effect cases for words a channel plugin, a later word or the platform leaves idle (plugins taking the link, compression turned off, words read before an interface); included in the middle of check_cases.h's table. */
	/* 2.5.3's table entry stores 0, the default, so the word does nothing */
	{ "no-effect", 1, L, "noauth\ntls-verify-key-usage\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "noauth\ntls-verify-method name\n", 0, 0, 0, 0, 0, 0 },
	/* Apple's pppd sets a field its IPv6CP code never reads; 2.5.3 reads it */
	{ "no-effect", 1, M, "noauth\nipv6cp-accept-local\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "noauth\nipv6cp-accept-local\n", 0, 0, 0, 0, 0, 0 },
	/* L2TP.ppp reads these two only for a connect-mode timer it never sets */
	{ "no-effect", 1, M, "plugin L2TP.ppp\nl2tpconnectretries 3\n", 2, 0, 0, 0, 0, 0 },
	/* macOS: L2TP.ppp and PPPoE.ppp leave the receive map unused, above or below */
	{ "no-effect", 1, M, "plugin L2TP.ppp\nreceive-all\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "receive-all\nplugin PPPoE.ppp\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "receive-all\n", 0, 0, 0, 0, 0, 0 },
	/* macOS: terminalscript beside L2TP.ppp/PPPoE.ppp never runs, either order */
	{ "no-effect", 1, M, "plugin L2TP.ppp\nplugin PPPSerial.ppp\nterminalscript a\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "plugin PPPSerial.ppp\nterminalscript a\nplugin PPPoE.ppp\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin PPPSerial.ppp\nterminalscript a\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "plugin L2TP.ppp\nl2tpconnecttimeout 3\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin L2TP.ppp\nl2tpretries 3\n", 0, 0, 0, 0, 0, 0 },
	/* pppoe.so carrying the link turns Deflate and BSD-Compress off at the end */
	{ "no-effect", 1, L, "plugin pppoe.so\ndeflate 12\neth0\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "plugin pppoe.so\neth0\nbsdcomp 12\n", 3, 0, 0, 0, 0, 0 },
	/* ... so nodeflate and -deflate add nothing there */
	{ "no-effect", 1, L, "plugin pppoe.so\neth0\n-deflate\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "plugin pppoe.so\nnodeflate\neth0\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "plugin pppoe.so\n-deflate\n", 0, 0, 0, 0, 0, 0 },
	/* pppol2tp.so turns VJ off as its word is read, wherever the VJ word stands */
	{ "no-effect", 1, L, "novjccomp\nplugin pppol2tp.so\npppol2tp 7\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "plugin pppol2tp.so\npppol2tp 7\nvj-max-slots 5\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "plugin pppol2tp.so\nnovjccomp\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "plugin pppoe.so\ndeflate 12\n", 0, 0, 0, 0, 0, 0 },
	/* pppol2tp.so turns both off as its pppol2tp word is read */
	{ "no-effect", 1, L, "plugin pppol2tp.so\nbsdcomp 12\npppol2tp 7\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "plugin pppol2tp.so\npppol2tp 7\nbsdcomp 12\n", 0, 0, 0, 0, 0, 0 },
	/* Deflate too: -deflate is idle unless a deflate line turns it on again */
	{ "no-effect", 1, L, "plugin pppol2tp.so\npppol2tp 7\n-deflate\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "plugin pppol2tp.so\npppol2tp 7\ndeflate 12\nnodeflate\n", 0, 0, 0, 0, 0, 0 },
	/* ... and lets the peer compress its headers again */
	{ "no-effect", 1, L, "plugin pppol2tp.so\nnoaccomp\npppol2tp 7\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "nopcomp\nplugin pppol2tp.so\npppol2tp 7\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "plugin pppol2tp.so\npppol2tp 7\nnoaccomp\n", 0, 0, 0, 0, 0, 0 },
	/* noccp anywhere: no word turns CCP on again */
	{ "no-effect", 1, L, "bsdcomp 12\nnoccp\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "-ccp\ndeflate 12\n", 2, 0, 0, 0, 0, 0 },
	/* ... nor MPPE, so allowing its stateful mode does nothing */
	{ "no-effect", 1, L, "mppe-stateful\nnoccp\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "nomppe-stateful\nnoccp\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "noccp\nmppe-stateless\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "nomppe-stateful\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "-ccp\nnomppe-stateless\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "mppe-stateful\n", 0, 0, 0, 0, 0, 0 },
	/* cert, key and ca (or capath) come first: the bundle is never read */
	{ "no-effect", 1, L, "cert /a\nkey /b\ncapath /c\npkcs12 /d\n", 4, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "cert /a\nca /c\npkcs12 /d\n", 0, 0, 0, 0, 0, 0 },
	/* 2.5.3 insists on a peer address the file gives: noremoteip adds nothing */
	{ "no-effect", 1, L, ":10.0.0.2\nnoremoteip\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "10.0.0.1:\nnoremoteip\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, ":10.0.0.2\nnoremoteip\nipcp-accept-remote\n", 0, 0, 0, 0, 0, 0 },
	/* serial-line words read before pppoe.so's interface word are never used */
	{ "no-effect", 1, L, "connect /bin/true\nplugin pppoe.so\neth0\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "plugin pppoe.so\ncrtscts\neth0\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "lock\n115200\nplugin pppoe.so\neth0\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "connect /bin/true\nplugin pppoe.so\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "lock\nplugin pppol2tp.so\npppol2tp 7\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "crtscts\nplugin pppoatm.so\n0.38\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "record /tmp/r\nplugin pppoe.so\neth0\n", 1, 0, 0, 0, 0, 0 },
	/* Linux's radius.so reads sync whatever the channel: not idle when this
	 * file loads it; idle (with a hedge) when it does not */
	{ "no-effect", 0, L, "sync\nplugin pppoe.so\neth0\nplugin radius.so\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "sync\nplugin pppoe.so\neth0\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "sync\nplugin L2TP.ppp\n", 1, 0, 0, 0, 0, 0 },
	/* Apple's plugin2 loads a channel plugin as plugin does */
	{ "no-effect", 1, M, "sync\nplugin2 L2TP.ppp\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "crtscts\nplugin2 PPPoE.ppp\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "receive-all\nplugin2 L2TP.ppp\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "plugin2 L2TP.ppp\ndevice x\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "plugin2 PPPSerial.ppp\ncancelcode 3\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "stop-bits 2\nplugin pppoe.so\neth0\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "datarate 100\nplugin pppoe.so\neth0\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "pty-delay 3\nplugin L2TP.ppp\n", 1, 0, 0, 0, 0, 0 },
	/* xonxoff and escape: pppoe.so and pppoatm.so also turn the async map off */
	{ "no-effect", 1, L, "xonxoff\nplugin pppoe.so\neth0\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "escape 11\nplugin pppoe.so\neth0\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "xonxoff\nplugin pppoatm.so\n0.38\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "xonxoff\nplugin pppol2tp.so\npppol2tp 7\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "xonxoff\nplugin L2TP.ppp\n", 0, 0, 0, 0, 0, 0 },
	/* pppoe.so's check turns async-map, protocol field and VJ compression off */
	{ "no-effect", 1, L, "plugin pppoe.so\nasyncmap 0\neth0\n", 2, 0, 0, 0, 0, 0 },
	/* -as is asyncmap's other name (lcp.c:116-118): idle there too */
	{ "no-effect", 1, L, "plugin pppoe.so\neth0\n-as a0000\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "plugin pppoe.so\neth0\nnovj\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "plugin pppoe.so\neth0\n-pc\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "plugin pppoe.so\neth0\nnovjccomp\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "plugin pppoe.so\neth0\nvj-max-slots 4\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "asyncmap 0\nnovj\n", 0, 0, 0, 0, 0, 0 },
	/* on a Mac the channel plugin takes the link as its plugin line loads it */
	{ "no-effect", 1, M, "connect /bin/true\nplugin L2TP.ppp\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "crtscts\nplugin PPPoE.ppp\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "connect /bin/true\nplugin PPPSerial.ppp\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "cdtrcts\nplugin L2TP.ppp\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "connect /bin/true\nplugin pppoe.so\neth0\n", 0, 0, 0, 0, 0, 0 },
	/* pppoe.so's check turns address/control compression off both ways */
	{ "no-effect", 1, L, "plugin pppoe.so\nnoaccomp\neth0\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "plugin pppoe.so\neth0\n-ac\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "plugin pppoe.so\nnoaccomp\n", 0, 0, 0, 0, 0, 0 },
	/* pppoatm.so's address word turns it off both ways, in either order */
	{ "no-effect", 1, L, "plugin pppoatm.so\nnoaccomp\n0.38\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, L, "plugin pppoatm.so\n0.38\n-ac\n", 3, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "plugin pppoatm.so\n-ac\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin pppoatm.so\n0.38\n-ac\n", 0, 0, 0, 0, 0, 0 },
	/* with l2tpnoipsec, L2TP.ppp never reads the shared secret */
	{ "no-effect", 1, M, "plugin L2TP.ppp\nl2tpipsecsharedsecret x\nl2tpnoipsec\n", 2,
	  0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin L2TP.ppp\nl2tpipsecsharedsecret x\n", 0, 0, 0, 0, 0, 0 },
	/* with a modem script named, PPPSerial.ppp replaces connect and disconnect */
	{ "no-effect", 1, M, "plugin PPPSerial.ppp\nconnect /bin/true\nmodemscript a\n", 2,
	  0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "plugin PPPSerial.ppp\nmodemscript a\ndisconnect /bin/true\n", 3,
	  0, 0, 0, 0, 0 },
	{ "no-effect", 0, M, "plugin PPPSerial.ppp\nconnect /bin/true\nterminalscript a\n", 0,
	  0, 0, 0, 0, 0 },
	{ "root-command", 0, M, "plugin PPPSerial.ppp\nconnect /bin/true\nmodemscript a\n", 0,
	  0, 0, 0, 0, 0 },
	/* notty turns a log copy to descriptor 0 or 1 off; 2 and up stay */
	{ "no-effect", 1, L, "notty\nlogfd 1\n", 2, 0, 0, 0, 0, 0 },
	{ "no-effect", 1, M, "logfd 0\nnotty\n", 1, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "notty\nlogfd 2\n", 0, 0, 0, 0, 0, 0 },
	{ "no-effect", 0, L, "logfd 1\n", 0, 0, 0, 0, 0, 0 },
