# tests/cli/pppoe_interface.sh - the PPPoE plugin's device word: "nic-" with any name after it, and on this machine (no --root) an interface that exists but is not Ethernet, which pppoe.so does not take.
. "$(dirname "$0")/../lib.sh"

put() { printf "$2" > "$T_TMP/$1"; chmod 644 "$T_TMP/$1"; }

# pppoe.so takes "nic-" off any longer word (plugin.c:363), so nic-x names
# the interface x: by its shape the word is the device, not an unknown one.
put nicx 'plugin pppoe.so\nnic-x\n'
OUT=$("$PPPCONF" check --only --platform linux --no-env "$T_TMP/nicx" 2>&1)
t_lacks "nic-x: the device word, not unknown" "$OUT" "does not know 'nic-x'"

# lo exists here but is loopback, not Ethernet (plugin.c:382): pppd refuses
# the word. Only on Linux with /sys showing lo's type (772, loopback).
if [ "$(cat /sys/class/net/lo/type 2>/dev/null)" = 772 ]; then
	put niclo 'plugin pppoe.so\nnic-lo\n'
	OUT=$("$PPPCONF" check --platform linux "$T_TMP/niclo" 2>&1)
	t_contains "nic-lo: not an Ethernet interface" "$OUT" "niclo:2: error: The network interface 'lo' on this machine is not an Ethernet one"
else
	t_skip "no /sys/class/net/lo/type: the interface's type is not known here"
fi
# The same file read alone (--only) is still read for this machine: lo is
# refused there too; with --no-env the word is judged by its shape.
if [ "$(cat /sys/class/net/lo/type 2>/dev/null)" = 772 ]; then
	OUT=$("$PPPCONF" check --only --platform linux "$T_TMP/niclo" 2>&1)
	t_contains "--only nic-lo: lo is not Ethernet" "$OUT" "niclo:2: error: The network interface 'lo' on this machine is not an Ethernet one"
	OUT=$("$PPPCONF" check --only --platform linux --no-env "$T_TMP/niclo" 2>&1)
	t_lacks "--only --no-env nic-lo: judged by shape" "$OUT" "is not an Ethernet one"
	OUT=$(printf 'plugin pppoe.so\nnic-lo\n' | "$PPPCONF" check --only --platform linux --no-env - 2>&1)
	t_lacks "standard input with --no-env: judged by shape too" "$OUT" "is not an Ethernet one"
	# plain lo after the plugin: an interface that is not Ethernet, no option name
	put lo 'plugin pppoe.so\nlo\n'
	OUT=$("$PPPCONF" check --only --platform linux "$T_TMP/lo" 2>&1)
	t_contains "lo: named as this machine's interface" "$OUT" "'lo' is a network interface on this machine, but not an Ethernet one"
	t_lacks "lo: no option offered" "$OUT" "Did you mean 'mo'"
fi
# the no-effect notes name the plugin as the file loads it (rp-pppoe.so in 2.4.9)
OUT=$(printf 'plugin rp-pppoe.so\neth0\n-pc\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.4.9 - 2>&1)
t_contains "rp-pppoe.so named as loaded" "$OUT" "does nothing here: rp-pppoe.so carries the link"
# 2.5.3 has no rp-pppoe.so: its words go with that line, not "once fixed" errors of their own
OUT=$(printf 'plugin rp-pppoe.so\nrp_pppoe_sess 1:00:11:22:33:44:55\n' | "$PPPCONF" check --only --platform linux --pppd-version 2.5.3 - 2>&1)
t_contains "rp-pppoe.so in 2.5.3: its word goes with line 1" "$OUT" "which pppd cannot load (line 1)"
t_lacks "rp-pppoe.so in 2.5.3: no second stop" "$OUT" "once that is fixed, it stops here too"
t_done
