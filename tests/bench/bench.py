#!/usr/bin/env python3
"""bench.py - pppconf's benchmarks as a user feels them: first frame, bytes and time per key, check, edits.

Run through `make bench` (tests/bench/run.sh), which installs what is
missing and builds the programs. Prints one table per part and writes them
to build/bench/results.txt. Nothing here asserts a time: the figures are for
people to read and compare.

First frame: the program starts on a fresh 80x24 pseudo-terminal
(TERM=xterm-256color) and the clock runs from just before fork() to the last
byte of its first complete screen. Complete means that the output then stays
quiet for QUIET ms and that a marker is on the emulated screen (vim: its
"file" NL, NB message; dialog and whiptail: the <Cancel> button; pppconf: the
file's name). The programs take turns, run after run, and the median of
several runs is reported. Files: Debian's default /etc/ppp/options (348
lines, nearly all comments; from ../shared/corpus) and a generated file of
1,000 lines.

A move: after the first frame, the selection moves down one line; every
byte the program writes until it goes quiet is counted, beside the number of
screen cells (character or attribute) that differ between the emulated
screens before and after: the least a perfect program would have to send.
Its latency: from writing the key to the last byte of the answer.

Check: pppconf's core groups and checks the 1,000-line file in-process
(tests/bench/bench_core.c), without starting a program.

Edits: `pppconf --platform linux unset|set --dry-run ...` on files of 1,000,
10,000 and 100,000 identical lines, each command timed from start to exit.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(TOP, "tests", "tools"))
import pty_session as ps  # noqa: E402

OUT = os.path.join(TOP, "build", "bench")
FILES = os.path.join(OUT, "files")
SHARED = os.environ.get("SHARED") or os.path.join(TOP, "..", "shared")
PPPCONF = os.environ.get("PPPCONF") or os.path.join(TOP, "pppconf")
CORE = os.path.join(OUT, "bench_core")
QUIET = int(os.environ.get("BENCH_QUIET_MS", "120"))
# First-frame medians of eleven runs move by about half a millisecond from
# one session to the next.
RUNS = int(os.environ.get("BENCH_RUNS", "11"))
# One edit command may take this long before it is stopped and reported
# as "> N s", so that the whole run stays within a few minutes.
LIMIT = float(os.environ.get("BENCH_LIMIT_S", "30"))
# BENCH_ONLY=frames,keys,core,edits runs only those parts (all by default).
ONLY = set(filter(None, os.environ.get("BENCH_ONLY", "frames,keys,core,edits").split(",")))
# None removes a variable: colour stays on, as for most users.
ENV = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
       "NO_COLOR": None, "ESCDELAY": "25"}
COLS, ROWS = 80, 24
KEYS = ps.terminfo_keys()

# The key that moves the selection down one line, in each program.
MOVE = {"pppconf": KEYS["Down"], "vim": b"j", "dialog": KEYS["Down"], "whiptail": KEYS["Down"]}

notes = []


def note(msg):
    notes.append(msg)
    print("  note: " + msg, flush=True)


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


# ---------------------------------------------------------------- the files

def gen(name, how, n):
    path = os.path.join(FILES, name)
    script = os.path.join(TOP, "tests", "bench", "gen.py")
    if not os.path.exists(path) or os.path.getmtime(path) < os.path.getmtime(script):
        subprocess.run([sys.executable, script, how, str(n), path + ".tmp"], check=True)
        os.rename(path + ".tmp", path)
    return path


def debian_default():
    corpus = os.path.join(SHARED, "corpus")
    for name in ("tedikusniadi__popos__etc_ppp_options",
                 "ppp-project__ppp__etc.ppp_options.example"):
        p = os.path.join(corpus, name)
        if os.path.exists(p) and os.path.getsize(p) > 1000:
            # A copy under a short name, so every program shows the same name.
            dst = os.path.join(FILES, "debian-options")
            shutil.copyfile(p, dst)
            return dst
    note("Debian's default options file was not found under %s" % corpus)
    return None


def menu_items(path):
    """One menu item per directive line: tag = line number, item = the line
    without its comment."""
    items = []
    with open(path, errors="replace") as f:
        for i, line in enumerate(f, 1):
            words = line.split("#", 1)[0].strip()
            if words:
                items += [str(i), words]
    return items


def count_lines(path):
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


# ---------------------------------------------------------------- the programs

class Prog:
    def __init__(self, name, argv_fn, marker_fn, stack=None):
        self.name, self.argv_fn, self.marker_fn = name, argv_fn, marker_fn
        self.stack = stack
        self.missing = None

    def start(self, path):
        return ps.Session(self.argv_fn(path), COLS, ROWS, ENV, self.stack)


def menu_argv(prog):
    def argv(path):
        return [prog, "--menu", "pppd options", str(ROWS), str(COLS), str(ROWS - 8)] + menu_items(path)
    return argv


def programs():
    progs = [
        Prog("pppconf", lambda p: [PPPCONF, "--platform", "linux", p],
             lambda p: os.environ.get("BENCH_PPPCONF_MARKER") or os.path.basename(p)),
        Prog("vim", lambda p: ["vim", "-u", "NONE", p], lambda p: os.path.basename(p) + '"'),
        Prog("whiptail", menu_argv("whiptail"), lambda p: "<Cancel>"),
        Prog("dialog", menu_argv("dialog"), lambda p: "<Cancel>"),
    ]
    for p in progs:
        exe = PPPCONF if p.name == "pppconf" else shutil.which(p.name)
        if not exe or not os.access(exe, os.X_OK):
            p.missing = "not installed" if p.name != "pppconf" else "not built"
    return progs


def editor_ready(prog, path):
    """The editor is measured only once it draws a screen; until then the
    program says why and exits."""
    s = prog.start(path)
    ok, _, _ = s.settle(QUIET, prog.marker_fn(path), timeout=10, need_output=True)
    text = s.text()
    s.close()
    if ok:
        return None
    first = next((ln.strip() for ln in (text or []) if ln.strip()), "no screen")
    return first[:70]


def first_frame_once(prog, path):
    """Milliseconds from fork() to the last byte of the first complete
    screen, or None when it never came."""
    s = prog.start(path)
    ok, last, _ = s.settle(QUIET, prog.marker_fn(path), timeout=60, need_output=True)
    s.close()
    if not ok or last is None:
        return None
    return (last - s.t_start) * 1000.0


def moves(prog, path, count):
    """(median bytes, median cells changed, median latency ms) of `count`
    moves down one line, in one session; None when no screen came."""
    s = prog.start(path)
    ok, _, _ = s.settle(QUIET, prog.marker_fn(path), timeout=30, need_output=True)
    if not ok:
        s.close()
        return None
    nbytes, cells, lat = [], [], []
    for _ in range(count):
        a = s.snapshot()
        t = s.send(MOVE[prog.name])
        _, last, n = s.settle(QUIET)
        b = s.snapshot()
        nbytes.append(n)
        cells.append(ps.changed_cells(a, b))
        lat.append((last - t) * 1000.0 if last else None)
    s.close()
    return median(nbytes), median(cells), median(lat)


# ---------------------------------------------------------------- check and edits

def core_check(path, runs):
    """Medians over `runs` runs of the core driver: (group ms, check ms)."""
    group, check = [], []
    for _ in range(runs):
        p = subprocess.run([CORE, path], capture_output=True, text=True, timeout=60)
        vals = dict(re.findall(r"(\w+) ([0-9.]+)", p.stdout))
        if p.returncode != 0 or "check_s" not in vals:
            note("the core driver failed on %s" % path)
            return None
        group.append(float(vals["load_s"]) * 1000.0)
        check.append(float(vals["check_s"]) * 1000.0)
    return median(group), median(check)


def timed(argv):
    """Seconds from start to exit of one command, its output thrown away,
    and its exit status; None for the status when it ran out of time."""
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    try:
        p.wait(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        p.wait()
        return time.monotonic() - t0, None
    return time.monotonic() - t0, p.returncode


# (label, the line the file repeats, arguments after "pppconf --platform linux");
# the file is the last argument. The CLI has no command that enables or
# disables every matching line: set enables one commented-out line.
EDITS = [
    ("unset --dry-run noauth (removes every line)", "noauth", ["unset", "--dry-run", "noauth"]),
    ("set --dry-run noauth (enables #noauth)", "#noauth", ["set", "--dry-run", "noauth"]),
    ("set --dry-run mtu 1492 (changes mtu 1400)", "mtu 1400", ["set", "--dry-run", "mtu", "1492"]),
]
EDIT_SIZES = (1000, 10000, 100000)


def edits_part():
    print("Edits (each command stopped after %d s) ..." % LIMIT, flush=True)
    rows = []
    for label, line, args in EDITS:
        row = [label]
        slow = False
        for n in EDIT_SIZES:
            if slow:
                row.append("not run")
                continue
            name = "edit-%d-%s" % (n, re.sub(r"\W+", "-", line).strip("-"))
            path = os.path.join(FILES, name)
            with open(path, "w") as f:
                f.write((line + "\n") * n)
            times, rc = [], 0
            for _ in range(3):
                t, rc = timed([PPPCONF, "--platform", "linux"] + args + [path])
                if rc is None:
                    break
                times.append(t)
                if t > 1.0:
                    break
            if rc is None:
                row.append("> %d s" % LIMIT)
                slow = True
            elif rc != 3:
                row.append("exit %d" % rc)
                note("%s on %d lines: exit %d, not 3 (would change)" % (label, n, rc))
            else:
                row.append(fmt_secs(median(times)))
            print("  %-44s %7d lines  %s" % (label, n, row[-1]), flush=True)
        rows.append(row)
    return table("Edits on a file of N identical lines: `pppconf --platform linux ...`, "
                 "start to exit, median of up to 3",
                 ["command"] + ["{:,} lines".format(n) for n in EDIT_SIZES], rows)


def fmt_secs(s):
    if s is None:
        return "-"
    return "%.1f ms" % (s * 1000.0) if s < 1.0 else "%.1f s" % s


# ---------------------------------------------------------------- output

def fmt(x, unit="", nd=1):
    if x is None:
        return "-"
    if isinstance(x, str):
        return x
    if abs(x) >= 100 or nd == 0:
        return "%d%s" % (round(x), unit)
    return "%.*f%s" % (nd, x, unit)


def table(title, head, rows):
    widths = [max(len(str(r[i])) for r in [head] + rows) for i in range(len(head))]
    lines = [title]
    line = "  ".join(str(h).ljust(w) if i == 0 else str(h).rjust(w)
                     for i, (h, w) in enumerate(zip(head, widths)))
    lines.append(line)
    lines.append("-" * len(line))
    for r in rows:
        lines.append("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths))))
    return "\n".join(lines)


def machine():
    ncpu = os.cpu_count()
    cpu = "unknown CPU"
    mem = "?"
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"model name\s*:\s*(.*)", f.read())
            if m:
                cpu = m.group(1).strip()
        with open("/proc/meminfo") as f:
            m = re.search(r"MemTotal:\s*(\d+)", f.read())
            if m:
                mem = "%.1f GiB" % (int(m.group(1)) / 1048576.0)
    except OSError:
        pass
    osname = " ".join(os.uname()[i] for i in (0, 2))
    if os.path.exists("/etc/debian_version"):
        with open("/etc/debian_version") as f:
            osname += ", Debian " + f.read().strip()
    return "%d CPUs (%s), %s memory, %s" % (ncpu, cpu, mem, osname)


def versions():
    out = []
    for argv, pat in ((["vim", "--version"], r"VIM - Vi IMproved ([0-9.]+)"),
                      (["dialog", "--version"], r"Version: (\S+)"),
                      (["whiptail", "-v"], r"(\d[\d.]+)")):
        if not shutil.which(argv[0]) and not os.path.exists("/usr/sbin/" + argv[0]):
            continue
        exe = shutil.which(argv[0]) or "/usr/sbin/" + argv[0]
        try:
            p = subprocess.run([exe] + argv[1:], capture_output=True, text=True, timeout=5)
            m = re.search(pat, p.stdout + p.stderr)
            out.append("%s %s" % (argv[0], m.group(1) if m else "?"))
        except (OSError, subprocess.SubprocessError):
            pass
    return ", ".join(out)


# ---------------------------------------------------------------- main

def main():
    t_all = time.monotonic()
    os.makedirs(FILES, exist_ok=True)
    print("Generating files in %s ..." % FILES, flush=True)
    deb = debian_default()
    l1k = gen("lines-1k", "--lines", 1000)

    progs = programs()
    if not ps.have_emulator():
        note("python3-pyte is missing: the 'cells changed' columns are empty")
    for p in progs:
        if p.missing:
            note("%s: %s, its columns are empty" % (p.name, p.missing))
    pc = progs[0]
    if not pc.missing:
        why = editor_ready(pc, l1k)
        if why:
            pc.missing = "editor not ready (%s)" % why
            note("pppconf: the editor drew no screen (%s)" % why)
    live = [p for p in progs if not p.missing]
    out = []
    if "frames" in ONLY:
        out.append(frames_part(progs, live, deb, l1k))
    if "keys" in ONLY:
        out.append(keys_part(progs, live, l1k))
    if "core" in ONLY:
        if os.path.exists(CORE):
            r = core_check(l1k, 21)
            if r:
                out.append(table("pppconf's core on the 1,000-line file, in-process, "
                                 "median of 21 runs",
                                 ["group", "check", "group + check"],
                                 [[fmt(r[0], " ms", 2), fmt(r[1], " ms", 2),
                                   fmt(r[0] + r[1], " ms", 2)]]))
        else:
            note("the core driver did not build: no in-process check figure")
    if "edits" in ONLY and not pc.missing:
        out.append(edits_part())
    return finish(out, t_all)


def frames_part(progs, live, deb, l1k):
    print("First frame (%d runs each) ..." % RUNS, flush=True)
    ff_files = ([("Debian's default options", deb)] if deb else []) + [("generated", l1k)]
    ff = {}
    for label, path in ff_files:
        # The programs take turns, run after run, so that a machine slowing
        # down for a while (other work, frequency) slows all of them alike.
        times = {p.name: [] for p in live}
        for _ in range(RUNS):
            for p in live:
                if times[p.name] is not None:
                    t = first_frame_once(p, path)
                    times[p.name] = None if t is None else times[p.name] + [t]
        for p in live:
            ff[(label, p.name)] = median(times[p.name]) if times[p.name] else None
            print("  %-26s %-9s %s ms" % (label, p.name, fmt(ff[(label, p.name)])), flush=True)
    rows = []
    for label, path in ff_files:
        row = ["%s (%s lines)" % (label, "{:,}".format(count_lines(path)))]
        for p in progs:
            row.append(fmt(ff.get((label, p.name)), " ms"))
        rows.append(row)
    return table("Time to first complete frame, 80x24 pty, median of %d runs "
                 "(quiet %d ms + marker on screen)" % (RUNS, QUIET),
                 ["file"] + [p.name for p in progs], rows)


def keys_part(progs, live, l1k):
    print("Moves ...", flush=True)
    rows = []
    for p in progs:
        r = moves(p, l1k, 20) if p in live else None
        print("  %-9s %s" % (p.name, r), flush=True)
        if not r:
            rows.append([p.name, "-", "-", "-", "-"])
            continue
        per = r[0] / r[1] if r[0] is not None and r[1] else None
        rows.append([p.name, fmt(r[0], "", 0), fmt(r[1], "", 0), fmt(per, "", 2),
                     fmt(r[2], " ms", 2)])
    n1k = len(menu_items(l1k)) // 2
    return table("One move of the selection down (vim: j), 1,000-line file (%d directives), "
                 "median of 20" % n1k,
                 ["program", "bytes written", "cells changed", "bytes per cell", "latency"], rows)


def finish(out, t_all):
    text = "\n\n".join(out)
    text += ("\n\nFirst frame: from fork() to the last byte before the output stays quiet "
             "with the marker on the screen. Cells changed: screen cells whose character "
             "or attributes differ before and after the key (emulated with pyte): the least "
             "any program must send. Latency: key written to the last byte of the answer. "
             "whiptail and dialog show a --menu of the file's directive lines.")
    text += "\n\nMachine: %s\nPrograms: %s\n" % (machine(), versions())
    text += "TERM=xterm-256color, %dx%d; keys from terminfo (keypad mode); " \
            "pyte %s.\n" % (COLS, ROWS, "present" if ps.have_emulator() else "missing")
    if notes:
        text += "Notes:\n" + "".join("  - %s\n" % n for n in notes)
    text += "Whole run: %.0f s\n" % (time.monotonic() - t_all)
    print("\n" + text)
    with open(os.path.join(OUT, "results.txt"), "w") as f:
        f.write(text)
    print("Written to build/bench/results.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
