#!/bin/sh
# tests/tmux/redraw.sh - through a pseudo-terminal (python's pty): moving the selection
# never clears the screen and sends less than a full repaint; Ctrl-L does repaint.
. "$(dirname "$0")/../lib.sh"

if ! command -v python3 >/dev/null 2>&1; then
	t_skip "python3 not installed: redraw sizes not measured"
	t_done
	exit
fi
# An L2TP client's options as people write them: comments, blank lines,
# directives with values, a few commented out.
cat >"$T_TMP/options" <<'OPTIONS'
# Options for the L2TP tunnel to the office.
ipcp-accept-local
ipcp-accept-remote
refuse-eap
require-mschap-v2

# The account.
name alice
# password is in chap-secrets

noccp
noauth
idle 1800
mtu 1410
mru 1410
defaultroute
usepeerdns
#debug
lock
connect-delay 5000

# Keep trying when the line drops.
persist
maxfail 0
holdoff 10
#nodetach
OPTIONS

# Prints one line per key: the key, bytes written after it, and whether a
# full clear (ED 2, or home + ED) was among them.
cat >"$T_TMP/probe.py" <<'PY'
import os, pty, sys, time, select, struct, fcntl, termios
prog, path = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.environ['TERM'] = 'xterm-256color'
    os.execv(prog, [prog, '--platform', 'linux', path])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
def drain(quiet):
    # read until the program has been silent for `quiet` seconds (5 s cap)
    out, last, start = b'', time.time(), time.time()
    while time.time() - last < quiet and time.time() - start < 5:
        r, _, _ = select.select([fd], [], [], 0.02)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            out += chunk
            last = time.time()
    return out
def clears(o):
    return int(b'\x1b[2J' in o or b'\x1b[H\x1b[J' in o)
o = drain(0.5)
print('start', len(o), clears(o))
for k in ['j'] * 6 + ['k'] * 2 + ['\x0c']:
    os.write(fd, k.encode())
    o = drain(0.25)
    print('C-l' if k == '\x0c' else k, len(o), clears(o))
os.write(fd, b'q')
drain(0.3)
os.waitpid(pid, 0)
PY
python3 "$T_TMP/probe.py" "$PPPCONF" "$T_TMP/options" >"$T_TMP/probe.out" 2>&1
start=$(awk '$1 == "start" { print $2 }' "$T_TMP/probe.out")
t_check "the first paint clears the screen" grep -q '^start [0-9]* 1$' "$T_TMP/probe.out"
awk '$1 == "j" || $1 == "k"' "$T_TMP/probe.out" >"$T_TMP/moves"
t_eq "eight moves measured" 8 "$(wc -l <"$T_TMP/moves" | tr -d ' ')"
t_check "no move clears the screen" awk '$3 != 0 { exit 1 }' "$T_TMP/moves"
t_check "every move sends less than a full paint ($start bytes)" \
	awk -v full="$start" '$2 == 0 || $2 >= full { exit 1 }' "$T_TMP/moves"
t_check "Ctrl-L repaints everything" grep -q '^C-l [0-9]* 1$' "$T_TMP/probe.out"
printf 'bytes per move: %s\n' "$(awk '{ printf "%s ", $2 }' "$T_TMP/moves")"

# Over SSH every write to the terminal is a packet of its own: each frame
# should go out in one write, not one per cursor jump (which is what
# ncurses 6 does until its screen has been left once).
if command -v strace >/dev/null 2>&1 && strace -o /dev/null true 2>/dev/null; then
	printf '#!/bin/sh\nexec strace -o "%s" -e trace=read,write "%s" "$@"\n' \
		"$T_TMP/calls" "$PPPCONF" >"$T_TMP/traced"
	chmod +x "$T_TMP/traced"
	python3 "$T_TMP/probe.py" "$T_TMP/traced" "$T_TMP/options" >/dev/null 2>&1
	# writes to the terminal after each key read from it, key by key
	awk '/^read\(0, ".*", [0-9]+\) += [1-9]/ { n++; w[n] = 0; next }
	     /^write\(1,/ && n > 0 { w[n]++ }
	     END { for (i = 1; i <= n; i++) printf "%d\n", w[i] }' "$T_TMP/calls" >"$T_TMP/writes"
	t_check "the keys were seen by the traced program ($(wc -l <"$T_TMP/writes" | tr -d ' ') reads)" \
		test "$(wc -l <"$T_TMP/writes" | tr -d ' ')" -ge 8
	t_check "every move goes out in one write: $(head -n 8 "$T_TMP/writes" | tr '\n' ' ')" \
		awk 'NR <= 8 && ($1 < 1 || $1 > 1) { exit 1 }' "$T_TMP/writes"
else
	t_skip "strace cannot trace here: writes per frame not counted"
fi
t_done
