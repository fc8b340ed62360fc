"""pty_session.py - runs a program in a pseudo-terminal, times its output and emulates its screen.

Used by the benchmarks (tests/bench/bench.py). A Session starts the program
on a fresh pty of a given size, records every chunk it writes with a
monotonic time stamp, and feeds the bytes to a VT100/xterm emulator
(python3-pyte, extended below with the few sequences ncurses uses for
xterm-256color that pyte 0.8 lacks) so a caller can read the screen and count
the cells a keystroke changed. Without pyte the byte and time figures still
work; screen questions return None.

"Complete" output: the program has gone quiet for `quiet_ms` after its last
byte and, when a marker is given, the marker is on the screen. The time of
the frame is the time of that last byte, not the end of the quiet wait.
"""
import codecs
import errno
import fcntl
import inspect
import os
import re
import resource
import select
import signal
import struct
import termios
import time

try:
    import pyte
except ImportError:  # the caller reports that the cell counts are missing
    pyte = None

_ESCAPES = re.compile(rb"\x1b\[[0-9;?<=>]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]|[\x0e\x0f]")


if pyte is not None:
    class _Screen(pyte.Screen):
        """pyte's screen plus SU/SD (scroll up/down), REP (repeat) and
        terminal replies sent back to the program like a real terminal."""

        def __init__(self, cols, rows, reply):
            super().__init__(cols, rows)
            self._reply = reply
            self._last = " "

        def draw(self, data):
            if data:
                self._last = data[-1]
            super().draw(data)

        def repeat_last(self, count=None, *args, **kwargs):
            n = max(1, count or 1)
            super().draw(self._last * n)

        def scroll_up(self, count=None, *args, **kwargs):
            top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
            saved = (self.cursor.x, self.cursor.y)
            self.cursor.y = bottom
            for _ in range(max(1, count or 1)):
                self.index()
            self.cursor.x, self.cursor.y = saved

        def scroll_down(self, count=None, *args, **kwargs):
            top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
            saved = (self.cursor.x, self.cursor.y)
            self.cursor.y = top
            for _ in range(max(1, count or 1)):
                self.reverse_index()
            self.cursor.x, self.cursor.y = saved

        def write_process_input(self, data):
            self._reply(data.encode())

    class _Stream(pyte.Stream):
        """Takes text decoded by the caller. pyte ignores "ESC ( 0" (the
        line-drawing set) in UTF-8 mode, but xterm and tmux honour it and
        curses uses it, so the stream runs with use_utf8 off."""
        csi = dict(pyte.Stream.csi, S="scroll_up", T="scroll_down",
                   b="repeat_last")

        def __init__(self, screen):
            # strict=False: an unknown sequence is ignored, as a terminal would.
            super().__init__(screen, strict=False)
            self.use_utf8 = False

    def _tolerant(fn):
        """A private-mode variant ("CSI ? ... m") of a sequence the handler
        does not know is ignored, as a terminal ignores it."""
        takes_private = "private" in inspect.signature(fn).parameters

        def handler(self, *args, **kwargs):
            if kwargs.pop("private", False) and not takes_private:
                return None
            return fn(self, *args, **kwargs)
        return handler

    for _name in set(_Stream.csi.values()):
        setattr(_Screen, _name, _tolerant(getattr(_Screen, _name)))


def have_emulator():
    return pyte is not None


class Session:
    def __init__(self, argv, cols=80, rows=24, env=None, stack_bytes=None):
        self.cols, self.rows = cols, rows
        self.chunks = []          # (time, nbytes)
        self.total = 0
        self.raw_tail = b""       # recent output, for marker search without pyte
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        full_env = dict(os.environ)
        for k, v in (env or {}).items():
            if v is None:
                full_env.pop(k, None)
            else:
                full_env[k] = v
        self.t_start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            try:
                os.setsid()
                os.close(master)
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                if stack_bytes:
                    # A large argv (a menu of 100,000 items) needs room:
                    # Linux allows argv up to a quarter of the stack limit.
                    resource.setrlimit(resource.RLIMIT_STACK, (stack_bytes, stack_bytes))
                os.execvpe(argv[0], argv, full_env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid = pid
        self.fd = master
        self.status = None
        if pyte is not None:
            self.screen = _Screen(cols, rows, self._reply)
            self.stream = _Stream(self.screen)
            self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        else:
            self.screen = None
            self.stream = None

    def _reply(self, data):
        try:
            os.write(self.fd, data)
        except OSError:
            pass

    def _feed(self, data):
        if self.stream is not None:
            self.stream.feed(self.decoder.decode(data))
        self.raw_tail = (self.raw_tail + data)[-65536:]

    def read_some(self, timeout):
        """Reads what is ready within `timeout` seconds; returns bytes read
        (0 on timeout) or -1 once the program has closed the terminal."""
        r, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not r:
            return 0
        try:
            data = os.read(self.fd, 65536)
        except OSError as e:
            if e.errno == errno.EIO:
                return -1
            raise
        if not data:
            return -1
        t = time.monotonic()
        self.chunks.append((t, len(data)))
        self.total += len(data)
        self._feed(data)
        return len(data)

    def has(self, marker):
        if marker is None:
            return True
        if self.screen is not None:
            return any(marker in line for line in self.screen.display)
        # Without an emulator: the output with its escape sequences taken
        # out, where text drawn in one go stays in one piece.
        plain = _ESCAPES.sub(b"", self.raw_tail)
        return marker.encode() in plain

    def settle(self, quiet_ms=150, marker=None, timeout=30.0, need_output=False):
        """Waits for complete output (see the file's comment). Returns
        (ok, last_byte_time or None, bytes read during the call). With
        need_output, silence alone is not enough: some bytes must come."""
        t_call = time.monotonic()
        base = self.total
        quiet = quiet_ms / 1000.0
        ref = t_call            # quiet is counted from the last byte
        last = None
        while True:
            now = time.monotonic()
            if now - t_call > timeout:
                return False, last, self.total - base
            remain = ref + quiet - now
            if remain <= 0:
                if (self.total > base or not need_output) and self.has(marker):
                    return True, last, self.total - base
                remain = quiet
            n = self.read_some(min(remain, timeout - (now - t_call)))
            if n < 0:
                return self.has(marker), last, self.total - base
            if n > 0:
                last = ref = self.chunks[-1][0]

    def send(self, data):
        t = time.monotonic()
        os.write(self.fd, data)
        return t

    def snapshot(self):
        """The screen as a list of rows of (char, attributes) tuples."""
        if self.screen is None:
            return None
        buf = self.screen.buffer
        return [tuple(tuple(buf[y][x]) for x in range(self.cols)) for y in range(self.rows)]

    def text(self):
        if self.screen is None:
            return None
        return list(self.screen.display)

    def close(self):
        if self.status is None:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.kill(self.pid, sig)
                except ProcessLookupError:
                    break
                deadline = time.monotonic() + 1.0
                while time.monotonic() < deadline:
                    pid, st = os.waitpid(self.pid, os.WNOHANG)
                    if pid:
                        self.status = st
                        break
                    # Drain so a program blocked on a full pty can exit.
                    if self.read_some(0.02) < 0:
                        time.sleep(0.01)
                if self.status is not None:
                    break
        try:
            os.close(self.fd)
        except OSError:
            pass


def changed_cells(a, b):
    """Cells whose character or attributes differ between two snapshots."""
    if a is None or b is None:
        return None
    n = 0
    for ra, rb in zip(a, b):
        if ra != rb:
            n += sum(1 for ca, cb in zip(ra, rb) if ca != cb)
    return n


def terminfo_keys(term="xterm-256color"):
    """The bytes the terminal sends for the keys the benchmarks press, from
    terminfo (in keypad-transmit mode, which curses programs switch on)."""
    import curses
    curses.setupterm(term, os.open(os.devnull, os.O_WRONLY))
    keys = {}
    for name, cap in (("Down", "kcud1"), ("Up", "kcuu1"), ("NPage", "knp"),
                      ("PPage", "kpp"), ("Home", "khome"), ("End", "kend")):
        s = curses.tigetstr(cap)
        keys[name] = s if s else b""
    keys["Enter"] = b"\r"
    keys["Escape"] = b"\x1b"
    keys["Tab"] = b"\t"
    return keys
