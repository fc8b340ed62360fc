#!/usr/bin/env python3
"""gen.py - writes synthetic, valid pppd options files of a given size for the benchmarks.

Usage: gen.py --lines N OUT

The text looks like a real, well-kept options file: comment blocks explaining
a setting, a blank line, then the directive. Every directive is one that
Linux pppd 2.4.9+ accepts when run as root and that has no effect while
options are only being parsed (no plugin, connect or log file), so pppd
can read the whole file in `dryrun` mode. The output depends only on the
arguments, so a file is generated once and reused.
"""
import sys

# (directive, comment) pairs; the comments are ordinary prose about the line.
BLOCKS = [
    ("asyncmap 0", "Do not escape any control characters on the link."),
    ("lcp-echo-interval 30", "Send an LCP echo request every 30 seconds."),
    ("lcp-echo-failure 4", "Give up after four unanswered echo requests."),
    ("mtu 1400", "Keep packets small enough for the tunnel."),
    ("mru 1400", "Ask the peer for the same size in the other direction."),
    ("debug", "Log the negotiation while this link is being set up."),
    ("noccp", "No compression control protocol."),
    ("novj", "No Van Jacobson header compression."),
    ("nobsdcomp", "No BSD compression."),
    ("nodeflate", "No deflate compression."),
    ("noipdefault", "Let the peer choose our address."),
    ("defaultroute", "Route everything through this link once it is up."),
    ("usepeerdns", "Take the name servers the peer offers."),
    ("persist", "Redial when the link drops."),
    ("maxfail 0", "Keep trying for ever."),
    ("holdoff 10", "Wait ten seconds before redialling."),
    ("ipcp-accept-local", "Accept the local address the peer suggests."),
    ("ipcp-accept-remote", "Accept the remote address the peer suggests."),
    ("lock", "Take a UUCP lock on the serial device."),
    ("crtscts", "Hardware flow control."),
    ("hide-password", "Keep passwords out of the log."),
    ("name bench-user", "The name we authenticate with."),
    ("ms-dns 192.0.2.53", "A name server for Windows peers."),
    ("idle 600", "Hang up after ten idle minutes."),
    ("connect-delay 1000", "Wait up to a second for the peer to speak first."),
    ("refuse-pap", "Never send the password in clear text."),
    ("lcp-max-configure 10", "Configure requests before giving up."),
]


def block(i):
    """Lines of block i: every third block has a two-line comment, one in
    five is followed by a blank line."""
    d, c = BLOCKS[i % len(BLOCKS)]
    out = []
    if i % 3 == 0:
        out.append("# %s\n" % c)
        out.append("# (setting %d)\n" % i)
    elif i % 3 == 1:
        out.append("# %s\n" % c)
    out.append(d + "\n")
    if i % 5 == 4:
        out.append("\n")
    return out


def generate(out, lines):
    nlines = 0
    i = 0
    chunk = []
    out.write("# Synthetic pppd options file for pppconf's benchmarks.\n")
    nlines += 1
    while True:
        for ln in block(i):
            if nlines >= lines:
                break
            chunk.append(ln)
            nlines += 1
        i += 1
        if len(chunk) > 4096:
            out.write("".join(chunk))
            chunk = []
        if nlines >= lines:
            break
    out.write("".join(chunk))


def main(argv):
    if len(argv) != 4 or argv[1] != "--lines":
        sys.stderr.write(__doc__)
        return 2
    n = int(argv[2])
    with open(argv[3], "w") as f:
        generate(f, n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
