#!/usr/bin/env python3
"""bench.py - pppconf's benchmark suite: first frame, bytes per key, key latency, large files, pppd.

Run through `make bench` (tests/bench/run.sh), which installs what is
missing and builds the programs. Prints one table and writes it to
build/bench/results.txt. Nothing here asserts a time: the figures are for
people to read and compare.

First frame: the program starts on a fresh 80x24 pseudo-terminal
(TERM=xterm-256color) and the clock runs from just before fork() to the last
byte of its first complete screen. Complete means that the output then stays
quiet for QUIET ms and that a marker is on the emulated screen (vim: its
"file" NL, NB message; dialog and whiptail: the <Cancel> button; pppconf: the
file's name). The programs take turns, run after run, and the median of
several runs is reported.

Bytes per key: after the first frame, a key is written to the pty and every
byte the program writes until it goes quiet is counted, beside the number of
screen cells (character or attribute) that differ between the emulated
screens before and after: the least a perfect program would have to send.
Latency per key: from writing the key to the last byte of the answer.
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
# First-frame medians: five runs move by a millisecond from one session to
# the next on the 100,000-line file; eleven by about half that.
RUNS = int(os.environ.get("BENCH_RUNS", "11"))
# One large-file command may take this long before it is stopped and
# reported as "> N s", so the whole run stays within about five minutes.
LIMIT = float(os.environ.get("BENCH_LIMIT_S", "60"))
# BENCH_ONLY=frames,keys,large runs only those parts (all by default).
ONLY = set(filter(None, os.environ.get("BENCH_ONLY", "frames,keys,large").split(",")))
# None removes a variable: colour stays on, as for most users.
ENV = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
       "NO_COLOR": None, "ESCDELAY": "25"}
COLS, ROWS = 80, 24
KEYS = ps.terminfo_keys()

# The editor's keys for each measured action, from its key table
# (src/tui/keys.c): (keys before, measured keys, keys after). The
# explanation pane follows the selection, so "move" also opens the next
# directive's explanation; "jump" opens a distant one (the list scrolls);
# "diff" toggles one directive, then measures opening the diff view.
PPPCONF_ACTIONS = {
    "move": (b"", KEYS["Down"], b""),
    "page": (b"", KEYS["NPage"], b""),
    "jump": (b"", b"G", b"g"),
    "diff": (b"x", b"w", b"qu"),
}
# dialog, whiptail and vim only have the first two.
OTHER_ACTIONS = {
    "move": (b"", KEYS["Down"], b""),
    "page": (b"", KEYS["NPage"], b""),
}
VIM_ACTIONS = {
    "move": (b"", b"j", b""),
    "page": (b"", b"\x06", b""),  # Ctrl-F
}

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
    def __init__(self, name, argv_fn, marker_fn, actions, stack=None):
        self.name, self.argv_fn, self.marker_fn = name, argv_fn, marker_fn
        self.actions, self.stack = actions, stack
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
             lambda p: os.environ.get("BENCH_PPPCONF_MARKER") or os.path.basename(p),
             PPPCONF_ACTIONS),
        Prog("vim", lambda p: ["vim", "-u", "NONE", p],
             lambda p: os.path.basename(p) + '"', VIM_ACTIONS),
        # A menu of 45,000 items needs a larger argv than the default limit.
        Prog("dialog", menu_argv("dialog"), lambda p: "<Cancel>", OTHER_ACTIONS, 512 << 20),
        Prog("whiptail", menu_argv("whiptail"), lambda p: "<Cancel>", OTHER_ACTIONS, 512 << 20),
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


def keystrokes(prog, path, counts):
    """{action: (median bytes, median cells, median latency ms)} for one
    program on one file, in one session."""
    s = prog.start(path)
    res = {}
    ok, _, _ = s.settle(QUIET, prog.marker_fn(path), timeout=30, need_output=True)
    if not ok:
        s.close()
        return res
    for action, (before, key, after) in prog.actions.items():
        nbytes, cells, lat = [], [], []
        for _ in range(counts.get(action, 5)):
            if before:
                s.send(before)
                s.settle(QUIET)
            a = s.snapshot()
            t = s.send(key)
            _, last, n = s.settle(QUIET)
            b = s.snapshot()
            nbytes.append(n)
            cells.append(ps.changed_cells(a, b))
            lat.append((last - t) * 1000.0 if last else 0.0)
            if after:
                s.send(after)
                s.settle(QUIET)
        res[action] = (median(nbytes), median(cells), median(lat))
    s.close()
    return res


# ---------------------------------------------------------------- large files

def run_measured(argv, timeout=None):
    """(seconds, peak RSS in KB, exit status) of one command, with its
    output thrown away; exit status None when it ran out of time and was
    stopped. The peak RSS comes from GNU time: Linux keeps the largest RSS
    across exec(), so a child forked straight from this Python would report
    Python's own size when the program is smaller."""
    gnu = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None
    rfile = os.path.join(OUT, "time.out")
    cmd = [gnu, "-o", rfile, "-f", "%M"] + argv if gnu else argv
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    try:
        p.wait(timeout=timeout or LIMIT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)     # its own process group: time and the program
        p.wait()
        return time.monotonic() - t0, None, None
    wall = time.monotonic() - t0
    rss = None
    rc = p.returncode
    if gnu:
        with open(rfile) as f:
            lines = f.read().split()
        rss = int(lines[-1]) if lines and lines[-1].isdigit() else None
        # GNU time exits with the program's status.
    return wall, rss, rc


def core_run(path):
    """The core driver's figures, or {"timeout": seconds} when stopped."""
    out = os.path.join(OUT, "core.out")
    try:
        p = subprocess.run([CORE, path, out], capture_output=True, text=True, timeout=LIMIT)
    except subprocess.TimeoutExpired:
        return {"timeout": LIMIT}
    finally:
        if os.path.exists(out):
            os.unlink(out)
    vals = dict(re.findall(r"(\w+) ([0-9.]+|same|DIFFERENT)", p.stdout))
    if p.returncode != 0 or "total_s" not in vals:
        return None
    return vals


def large_files(big):
    pppd = shutil.which("pppd") or ("/usr/sbin/pppd" if os.path.exists("/usr/sbin/pppd") else None)
    if not pppd:
        note("pppd: not installed, its columns are empty")
    res = []
    stopped = False
    for label, path in big:
        r = {"label": label, "bytes": os.path.getsize(path)}
        res.append(r)
        if stopped:
            r["skipped"] = True
            continue
        reps = 1 if label == "100MB" else 3
        runs = []
        for _ in range(reps):
            c = core_run(path)
            if c is None or "timeout" in c:
                r["core_timeout"] = c is not None
                break
            runs.append(c)
        if runs:
            for key, name in (("tok_s", "tokenize_s"), ("load_s", "load_s"),
                              ("check_s", "check_s"), ("ser_s", "serialize_s"),
                              ("core_s", "total_s")):
                r[key] = median([float(c[name]) for c in runs])
            r["core_kb"] = max(int(c["maxrss_kb"]) for c in runs)
            r["find"] = int(runs[0]["findings"])
            if runs[0].get("roundtrip") == "DIFFERENT":
                note("%s: the serialized bytes differ from the input" % label)
        # The command a person runs; not tried where the core alone ran out of time.
        if os.path.exists(PPPCONF) and not r.get("core_timeout"):
            w, kb, rc = run_measured([PPPCONF, "--platform", "linux", "check", path])
            if rc in (0, 1):
                r["cli_s"], r["cli_kb"] = w, kb
            elif rc is None:
                r["cli_timeout"] = True
        if pppd:
            w, kb, rc = run_measured([pppd, "file", path, "dryrun", "nodetach", "pty", "cat"])
            # 0: accepted; 4: accepted, then found no /dev/ppp (a container).
            if rc in (0, 4):
                r["pppd_s"], r["pppd_kb"] = w, kb
            elif rc is None:
                r["pppd_timeout"] = True
            else:
                note("pppd refused the %s file (exit %d)" % (label, rc))
        if r.get("core_timeout"):
            stopped = True
        print("  %-6s %s" % (label, {k: v for k, v in r.items() if k != "label"}), flush=True)

    def secs(r, key, to_key):
        if r.get("skipped"):
            return "skipped"
        if r.get(to_key):
            return "> %d s" % LIMIT
        return fmt(r.get(key), " s", 3 if (r.get(key) or 0) < 0.1 else 2)

    def mb(r, key):
        return fmt(r[key] / 1024.0 if r.get(key) else None, " MB", 0)

    def times_file(r, key):
        """Peak RSS as a multiple of the file's size (the target is under 3)."""
        if not r.get(key) or not r.get("bytes"):
            return ""
        return "%.1fx" % (r[key] * 1024.0 / r["bytes"])

    rows1, rows2 = [], []
    prev = None
    for r in res:
        # Growth of the work pppconf does (group + check): the write stage
        # measures the file system, which at 100 MB starts writing back.
        if r.get("load_s") is not None and r.get("check_s") is not None:
            r["work_s"] = r["load_s"] + r["check_s"]
        grow = lambda k: ratio(r.get(k), prev.get(k)) if prev else ""  # noqa: E731
        rows1.append([r["label"], secs(r, "tok_s", "core_timeout"), secs(r, "load_s", "core_timeout"),
                      secs(r, "check_s", "core_timeout"), secs(r, "ser_s", "core_timeout"),
                      secs(r, "core_s", "core_timeout"), mb(r, "core_kb"),
                      times_file(r, "core_kb"),
                      fmt(r.get("find"), "", 0), grow("work_s"), grow("core_kb")])
        rows2.append([r["label"], secs(r, "cli_s", "cli_timeout"), mb(r, "cli_kb"),
                      times_file(r, "cli_kb"),
                      secs(r, "pppd_s", "pppd_timeout"), mb(r, "pppd_kb"),
                      ratio(r.get("cli_s"), r.get("pppd_s")),
                      ratio(r.get("core_s"), r.get("pppd_s")), grow("pppd_s")])
        prev = r
    return [
        table("Large valid files, pppconf's core (tests/bench/bench_core.c): seconds per stage, "
              "peak RSS, growth per 10x",
              ["size", "tokenize", "+group", "check", "write", "total", "peak RSS",
               "/ file", "findings", "group+check x10", "RSS x10"], rows1),
        table("The same files: `pppconf check FILE` beside pppd "
              "(`pppd file F dryrun nodetach pty cat`, which also reads /etc/ppp/options)",
              ["size", "pppconf check", "RSS", "/ file", "pppd", "pppd RSS", "check/pppd",
               "core/pppd", "pppd x10"], rows2),
    ]


# ---------------------------------------------------------------- output

def fmt(x, unit="", nd=1):
    if x is None:
        return "-"
    if isinstance(x, str):
        return x
    if abs(x) >= 100 or nd == 0:
        return "%d%s" % (round(x), unit)
    return "%.*f%s" % (nd, x, unit)


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "-"
    return "%.2fx" % (a / b)


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
                      (["whiptail", "-v"], r"(\d[\d.]+)"),
                      (["pppd", "--version"], r"version (\S+)")):
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
    small = gen("twenty-directives", "--directives", 20)
    deb = debian_default()
    l1k = gen("lines-1k", "--lines", 1000)
    l100k = gen("lines-100k", "--lines", 100000)
    big = [(label, gen("size-" + label, "--bytes", n))
           for label, n in (("1MB", 10 ** 6), ("10MB", 10 ** 7), ("100MB", 10 ** 8))]

    progs = programs()
    by = {p.name: p for p in progs}
    if not os.path.exists("/usr/bin/time"):
        note("GNU time is missing: peak RSS of pppconf check and pppd is not shown")
    if not ps.have_emulator():
        note("python3-pyte is missing: the 'cells changed' columns are empty")
    for p in progs:
        if p.missing:
            note("%s: %s, its columns are empty" % (p.name, p.missing))
    pc = by["pppconf"]
    if not pc.missing:
        why = editor_ready(pc, small)
        if why:
            pc.missing = "editor not ready (%s)" % why
            note("pppconf: the editor drew no screen (%s)" % why)
    live = [p for p in progs if not p.missing]
    out = []

    # 1. First frame.
    if "frames" in ONLY:
        out.append(frames_part(progs, live, small, deb, l100k))
    # 2. Bytes per key and latency, on 1,000 and 100,000 lines.
    if "keys" in ONLY:
        out.extend(keys_part(progs, live, l1k, l100k))
    # 3. Large files: the core, the command line, pppd.
    if "large" in ONLY:
        print("Large files (each command stopped after %d s) ..." % LIMIT, flush=True)
        if os.path.exists(CORE):
            out.extend(large_files(big))
        else:
            note("the core driver did not build (engine missing?): large-file rows are empty")
    return finish(out, t_all)


def frames_part(progs, live, small, deb, l100k):
    print("First frame (%d runs each) ..." % RUNS, flush=True)
    ff_files = [("20 directives", small)] + ([("Debian default", deb)] if deb else []) + \
               [("generated", l100k)]
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
            print("  %-15s %-9s %s ms" % (label, p.name, fmt(ff[(label, p.name)])), flush=True)
    rows = []
    for label, path in ff_files:
        row = ["%s (%s lines)" % (label, "{:,}".format(count_lines(path)))]
        for p in progs:
            row.append(fmt(ff.get((label, p.name)), " ms"))
        for other in ("vim", "dialog", "whiptail"):
            row.append(ratio(ff.get((label, "pppconf")), ff.get((label, other))))
        rows.append(row)
    return table("Time to first complete frame, 80x24 pty, median of %d runs "
                 "(quiet %d ms + marker on screen)" % (RUNS, QUIET),
                 ["file"] + [p.name for p in progs] +
                 ["pppconf/vim", "/dialog", "/whiptail"], rows)


def keys_part(progs, live, l1k, l100k):
    out = []
    print("Keystrokes ...", flush=True)
    counts = {"move": 20, "page": 5, "jump": 5, "diff": 5}
    ks = {}
    for label, path in (("1k", l1k), ("100k", l100k)):
        for p in live:
            ks[(label, p.name)] = keystrokes(p, path, counts)
            print("  %-5s %-9s %s" % (label, p.name, ks[(label, p.name)]), flush=True)
    rows = []
    labels = {"move": "move down one", "page": "page down",
              "jump": "jump to the last (G)", "diff": "open the diff (x, then w)"}
    for action in ("move", "page", "jump", "diff"):
        row = [labels[action]]
        for p in progs:
            r = ks.get(("1k", p.name), {}).get(action)
            row.append("%s / %s" % (fmt(r[0], "", 0), fmt(r[1], "", 0)) if r else "-")
        rows.append(row)
    n1k = len(menu_items(l1k)) // 2
    out.append(table("Bytes written per key / screen cells that changed (median), "
                     "a list of %d directives (1,000 lines)" % n1k,
                     ["action"] + [p.name for p in progs], rows))
    rows = []
    for p in progs:
        a = ks.get(("1k", p.name), {}).get("move")
        b = ks.get(("100k", p.name), {}).get("move")
        rows.append([p.name, fmt(a[2] if a else None, " ms", 2), fmt(b[2] if b else None, " ms", 2),
                     ratio(b[2] if b else None, a[2] if a else None),
                     fmt(b[0] if b else None, "", 0)])
    out.append(table("Latency of one 'move down' key, write to last byte of the answer (median)",
                     ["program", "1,000 lines", "100,000 lines", "100k/1k", "bytes@100k"], rows))
    return out


def finish(out, t_all):
    text = "\n\n".join(out)
    text += ("\n\nFirst frame: from fork() to the last byte before the output stays quiet "
             "with the marker on the screen. Cells changed: screen cells whose character "
             "or attributes differ before and after the key (emulated with pyte): the least "
             "any program must send. Latency: key written to the last byte of the answer.")
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
