#!/usr/bin/env python3
"""Benchmark tuki against dialog and whiptail under an 80x24 pseudo-terminal.

Run through bench/run (which installs the peers); see bench/README.md.
Every read has a time-out; every child runs in its own session and is
killed (by its own process group id) if it outlives the measurement.
"""

import argparse
import atexit
import copy
import datetime
import fcntl
import json
import os
import platform
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROWS, COLS = 24, 80
QUIET = 0.100          # output is complete after 100 ms without a byte
SCREEN_TIMEOUT = 10.0  # seconds to wait for a first screen
VG_TIMEOUT = 120.0     # the same under valgrind
EXIT_TIMEOUT = 5.0

ITEMS = [
    "You are not alone",
    "Coping, day by day",
    "Steps to protect yourself",
    "Helplines and support",
    "About tuki and your privacy",
]

# Runs argv[2..] and writes its peak RSS (KiB) to argv[1]. A child forked
# from python starts with python's resident pages counted in ru_maxrss, so
# rusage is taken from a grandchild forked by this small process instead.
MAXRSS_C = r"""
#include <stdio.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
int main(int argc, char **argv)
{
	struct rusage ru;
	int st;
	pid_t p;
	FILE *f;
	if (argc < 3) return 125;
	p = fork();
	if (p == 0) { execv(argv[2], argv + 2); _exit(127); }
	if (p < 0 || wait4(p, &st, 0, &ru) < 0) return 126;
	if ((f = fopen(argv[1], "w")) != NULL) { fprintf(f, "%ld\n", ru.ru_maxrss); fclose(f); }
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
"""

FLOOR_C = r"""
#include <curses.h>
#include <locale.h>
static const char *items[] = {
	"1  You are not alone", "2  Coping, day by day", "3  Steps to protect yourself",
	"4  Helplines and support", "5  About tuki and your privacy",
};
int main(void)
{
	int sel = 0, c, i;
	setlocale(LC_ALL, "");
	initscr(); cbreak(); noecho(); keypad(stdscr, TRUE);
	for (;;) {
		for (i = 0; i < 5; i++) {
			if (i == sel) attron(A_REVERSE);
			mvaddstr(5 + i, 4, items[i]);
			if (i == sel) attroff(A_REVERSE);
		}
		mvaddstr(LINES - 1, 0, "q Quit");
		move(5 + sel, 4);
		refresh();
		c = getch();
		if (c == 'q' || c == '\n' || c == ERR) break;
		if (c == KEY_DOWN && sel < 4) sel++;
		if (c == KEY_UP && sel > 0) sel--;
	}
	endwin();
	return 0;
}
"""

# ---------------------------------------------------------------- children

LIVE = set()


def kill_all():
    for pid in list(LIVE):
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
        try:
            os.waitpid(pid, 0)
        except OSError:
            pass
        LIVE.discard(pid)


class Interrupted(BaseException):
    pass


INTERRUPTED = []


def on_signal(signum, frame):
    if not INTERRUPTED:
        INTERRUPTED.append(signum)
        raise Interrupted(signum)


atexit.register(kill_all)
for _s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    signal.signal(_s, on_signal)


class Pty:
    """A child in its own session on a fresh 80x24 pseudo-terminal."""

    def __init__(self, argv, env):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.t0 = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        os.close(slave)
        LIVE.add(pid)
        self.pid, self.fd = pid, master
        self.status = None
        self.rusage = None
        self.eof = False

    def read_some(self, timeout):
        """One read of what is there within timeout; b'' on time-out or EOF."""
        if self.eof:
            return b""
        r, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not r:
            return b""
        try:
            data = os.read(self.fd, 65536)
        except OSError:       # EIO: the child closed the terminal
            data = b""
        if not data:
            self.eof = True
        return data

    def read_until(self, markers, timeout):
        """Reads until every marker has been seen; returns (bytes, seconds since start)."""
        buf = b""
        deadline = time.perf_counter() + timeout
        while True:
            if all(m in buf for m in markers):
                return buf, time.perf_counter() - self.t0
            left = deadline - time.perf_counter()
            if left <= 0 or self.eof:
                raise TimeoutError("no complete screen within %.0f s (got %d bytes)" % (timeout, len(buf)))
            buf += self.read_some(min(left, 0.5))

    def read_quiet(self, quiet=QUIET, limit=3.0):
        buf = b""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline and not self.eof:
            d = self.read_some(min(quiet, deadline - time.perf_counter()))
            if not d:
                break
            buf += d
        return buf

    def send(self, data):
        os.write(self.fd, data)

    def peak_rss_mib(self):
        """The program's own high-water RSS (VmHWM) so far, in MiB."""
        with open("/proc/%d/status" % self.pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
        raise RuntimeError("no VmHWM for %d" % self.pid)

    def finish(self, timeout=EXIT_TIMEOUT):
        """Waits for exit (draining output), kills on time-out; returns rusage."""
        deadline = time.perf_counter() + timeout
        while self.status is None:
            try:
                pid, status, ru = os.wait4(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.status = -1
                break
            if pid == self.pid:
                self.status, self.rusage = status, ru
                break
            if time.perf_counter() > deadline or INTERRUPTED:
                try:
                    os.killpg(self.pid, signal.SIGKILL)
                except OSError:
                    pass
                _, self.status, self.rusage = os.wait4(self.pid, 0)
                break
            self.read_some(0.02)
        LIVE.discard(self.pid)
        try:
            os.killpg(self.pid, signal.SIGKILL)  # anything the child left behind
        except OSError:
            pass
        os.close(self.fd)
        return self.rusage


# ---------------------------------------------------------------- programs

class Program:
    def __init__(self, name, argv, markers, quit_key, env):
        self.name, self.argv, self.markers, self.quit_key, self.env = name, argv, markers, quit_key, env


def key_down(term):
    try:
        import curses
        curses.setupterm(term, sys.stdout.fileno() if sys.stdout.isatty() else -1)
        k = curses.tigetstr("kcud1")
        if k:
            return k
    except Exception:
        pass
    return b"\x1bOB"


def stats(values):
    v = sorted(values)
    if not v:
        return None
    return {"median": statistics.median(v), "min": v[0], "max": v[-1], "n": len(v)}


def startup_runs(prog, runs):
    """Start, first complete screen, quit: time, first-screen bytes, peak RSS.

    Peak RSS is the program's VmHWM once the first screen is out: ru_maxrss
    of a child forked from python would include python's own pages."""
    times, bytes_, rss = [], [], []
    for _ in range(runs):
        p = Pty(prog.argv, prog.env)
        try:
            buf, t = p.read_until(prog.markers, SCREEN_TIMEOUT)
            buf += p.read_quiet()
            rss.append(p.peak_rss_mib())
            p.send(prog.quit_key)
        finally:
            p.finish()
        times.append(t * 1000.0)
        bytes_.append(len(buf))
    return {"time_ms": stats(times), "screen_bytes": stats(bytes_), "rss_mib": stats(rss)}


def interaction_runs(prog, runs, down, pages):
    """Down four times (item 1 to 5); for tuki also Enter on every home item."""
    per_down, per_open, per_back, rss = [], [], [], []
    zero = 0
    for _ in range(runs):
        p = Pty(prog.argv, prog.env)
        try:
            p.read_until(prog.markers, SCREEN_TIMEOUT)
            p.read_quiet()
            counts = []
            for _ in range(len(ITEMS) - 1):
                p.send(down)
                counts.append(len(p.read_quiet()))
            zero += counts.count(0)
            per_down.append(statistics.mean(counts))
            if pages:
                opens, backs = [], []
                for i in range(len(ITEMS)):
                    p.send(b"\r")
                    opens.append(len(p.read_quiet()))
                    p.send(b"\x1b[D" if down.startswith(b"\x1b[") else b"\x1bOD")
                    backs.append(len(p.read_quiet()))
                    if i < len(ITEMS) - 1:
                        p.send(down.replace(b"B", b"A"))
                        p.read_quiet()
                per_open.append(statistics.mean(opens))
                per_back.append(statistics.mean(backs))
            rss.append(p.peak_rss_mib())
            p.send(prog.quit_key)
        finally:
            p.finish()
    out = {"down_bytes": stats(per_down), "session_rss_mib": stats(rss)}
    if zero:
        out["warning"] = "%d Down presses wrote nothing (key not recognised?)" % zero
    if pages:
        out["open_bytes"] = stats(per_open)
        out["back_bytes"] = stats(per_back)
    return out


def quick_exit_runs(prog, runs):
    """tuki only: from the second lone Esc to the scrollback clear (ESC [3J).

    The first Esc is followed by a pause longer than tuki's 100 ms escape
    delay, so both arrive as lone Escs, as they would from a person."""
    times = []
    for _ in range(runs):
        p = Pty(prog.argv, prog.env)
        try:
            p.read_until(prog.markers, SCREEN_TIMEOUT)
            p.read_quiet()
            p.send(b"\x1b")
            time.sleep(0.3)
            p.read_quiet(quiet=0.05, limit=0.5)
            t0 = time.perf_counter()
            p.send(b"\x1b")
            buf = b""
            while b"\x1b[3J" not in buf and not p.eof and time.perf_counter() - t0 < 5:
                buf += p.read_some(0.5)
            if b"\x1b[3J" in buf:
                times.append((time.perf_counter() - t0) * 1000.0)
        finally:
            p.finish()
    return {"quick_exit_ms": stats(times)} if times else {}


def callgrind_runs(prog, runs, tmp):
    """Instructions from exec to the first screen (quit at once; counts to exit)."""
    irs = []
    for i in range(runs):
        out = os.path.join(tmp, "cg.%s.%d" % (prog.name, i))
        argv = ["valgrind", "--tool=callgrind", "-q", "--callgrind-out-file=" + out] + prog.argv
        p = Pty(argv, prog.env)
        try:
            p.read_until(prog.markers, VG_TIMEOUT)
            p.send(prog.quit_key)
        finally:
            p.finish(timeout=VG_TIMEOUT)
        irs.append(read_ir(out) / 1e6)
    return {"ir_m": stats(irs)}


def read_ir(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError("no summary in " + path)


# ---------------------------------------------------------------- content scale

PLACEHOLDER = re.compile(r"\{(phone|web|chat):([a-z0-9-]+)\}")


def rewrite(node, idmap):
    if isinstance(node, str):
        return PLACEHOLDER.sub(lambda m: "{%s:%s}" % (m.group(1), idmap.get(m.group(2), m.group(2))), node)
    if isinstance(node, list):
        return [rewrite(x, idmap) for x in node]
    if isinstance(node, dict):
        return {k: rewrite(v, idmap) for k, v in node.items()}
    return node


def make_content(src, dst, factor):
    """factor copies of every helpline and step; copy c>0 gets ids suffixed -cN
    and its references (step helplines, {phone:..} placeholders) point at the
    helplines of the same copy, so every reference stays valid."""
    os.makedirs(dst, exist_ok=True)
    with open(os.path.join(src, "helplines.json"), encoding="utf-8") as f:
        hl = json.load(f)
    with open(os.path.join(src, "steps.json"), encoding="utf-8") as f:
        st = json.load(f)
    hids = [h["id"] for h in hl["helplines"]]
    helplines, steps = [], []
    for c in range(factor):
        sfx = "" if c == 0 else "-c%d" % c
        idmap = {h: h + sfx for h in hids}
        for h in hl["helplines"]:
            h2 = rewrite(copy.deepcopy(h), idmap)
            h2["id"] = h["id"] + sfx
            helplines.append(h2)
        for s in st["steps"]:
            s2 = rewrite(copy.deepcopy(s), idmap)
            s2["id"] = s["id"] + sfx
            if "helplines" in s2:
                s2["helplines"] = [idmap.get(x, x) for x in s["helplines"]]
            steps.append(s2)
    hl["helplines"], st["steps"] = helplines, steps
    with open(os.path.join(dst, "helplines.json"), "w", encoding="utf-8") as f:
        json.dump(hl, f, ensure_ascii=False, indent=1)
    with open(os.path.join(dst, "steps.json"), "w", encoding="utf-8") as f:
        json.dump(st, f, ensure_ascii=False, indent=1)
    shutil.copy(os.path.join(src, "pages.json"), os.path.join(dst, "pages.json"))
    return len(helplines), len(steps), os.path.getsize(os.path.join(dst, "helplines.json")) + \
        os.path.getsize(os.path.join(dst, "steps.json"))


def run_bounded(argv, env, timeout=60.0):
    """Runs argv in its own session; kills the whole group on time-out.
    Returns (exit status, output, seconds)."""
    t0 = time.perf_counter()
    pr = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, start_new_session=True)
    LIVE.add(pr.pid)
    try:
        out, _ = pr.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(pr.pid, signal.SIGKILL)
        pr.communicate()
        raise
    finally:
        LIVE.discard(pr.pid)
    return pr.returncode, out.decode("utf-8", "replace"), time.perf_counter() - t0


def check_runs(tuki, cdir, env, runs, maxrss):
    """Load time (wall, whole process) and peak RSS of tuki --check-content."""
    argv = [tuki, "--check-content", "--content-dir", cdir]
    times, rss = [], []
    msg = []
    for _ in range(runs):
        status, out, t = run_bounded(argv, env, 30.0)
        msg = out.strip().splitlines()
        if status != 0:
            raise RuntimeError("tuki --check-content failed on %s: %s" % (cdir, msg[-1] if msg else status))
        times.append(t * 1000.0)
    # peak RSS through the small launcher (see MAXRSS_C)
    for _ in range(3 if maxrss else 0):
        out = os.path.join(os.path.dirname(maxrss), "maxrss.out")
        run_bounded([maxrss, out] + argv, env, 30.0)
        with open(out) as f:
            rss.append(int(f.read()) / 1024.0)
    return {"time_ms": stats(times), "rss_mib": stats(rss) if rss else None,
            "message": msg[0] if msg else ""}


def check_ir(tuki, cdir, env, tmp, tag):
    out = os.path.join(tmp, "cg.check.%s" % tag)
    run_bounded(["valgrind", "--tool=callgrind", "-q", "--callgrind-out-file=" + out,
                 tuki, "--check-content", "--content-dir", cdir], env, VG_TIMEOUT)
    return read_ir(out) / 1e6


# ---------------------------------------------------------------- report

def fmt(s, unit_fmt="%.1f"):
    if s is None:
        return "-"
    return (unit_fmt + " [" + unit_fmt + "-" + unit_fmt + "]") % (s["median"], s["min"], s["max"])


def ratio(a, b):
    if a is None or b is None or not b["median"]:
        return "-"
    return "%.2f" % (a["median"] / b["median"])


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "arch": platform.machine(), "cpu": cpu,
            "kernel": platform.release(),
            "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")}


def version(argv):
    try:
        r = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=10)
        return r.stdout.decode("utf-8", "replace").strip().splitlines()[0]
    except Exception:
        return "?"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    srcdir = os.path.dirname(here)
    ap = argparse.ArgumentParser(description="tuki benchmark (issue 9)")
    ap.add_argument("tuki", nargs="?", default=os.path.join(srcdir, "tuki"))
    ap.add_argument("--content-dir")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--callgrind-runs", type=int, default=None, help="default: --runs")
    ap.add_argument("--scales", default="10,100", help="content multipliers")
    ap.add_argument("--term", default="xterm-256color")
    ap.add_argument("--quick", action="store_true", help="3 runs, no callgrind (a smoke test)")
    ap.add_argument("--json", help="also write the figures as JSON here")
    a = ap.parse_args()
    if a.quick:
        a.runs, a.callgrind_runs = 3, 0
    cg_runs = a.runs if a.callgrind_runs is None else a.callgrind_runs

    tuki = os.path.abspath(a.tuki)
    if not os.access(tuki, os.X_OK):
        sys.exit("bench: %s is not an executable tuki (give the binary as first argument)" % tuki)
    cdir = a.content_dir or os.environ.get("TUKI_CONTENT_DIR")
    if not cdir:
        for d in (os.path.join(srcdir, "content"), os.path.join(srcdir, "tests", "fixtures", "good")):
            if os.path.exists(os.path.join(d, "pages.json")):
                cdir = d
                break
    if not cdir or not os.path.exists(os.path.join(cdir, "pages.json")):
        sys.exit("bench: no content directory found (use --content-dir or TUKI_CONTENT_DIR)")
    cdir = os.path.abspath(cdir)

    tmp = tempfile.mkdtemp(prefix="tuki-bench.")
    atexit.register(shutil.rmtree, tmp, True)
    home = os.path.join(tmp, "home")
    os.makedirs(home)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home,
           "TERM": a.term, "LANG": "C.UTF-8",
           "XDG_STATE_HOME": os.path.join(home, "state"),
           "XDG_CONFIG_HOME": os.path.join(home, "config")}
    if os.environ.get("TUKI_LOCALEDIR"):
        env["TUKI_LOCALEDIR"] = os.environ["TUKI_LOCALEDIR"]
    down = key_down(a.term)

    tuki_markers = [b"5  " + ITEMS[4].encode(), b"Quit"]
    progs = [Program("tuki", [tuki, "--lang", "en", "--content-dir", cdir], tuki_markers, b"q", env)]
    menu = []
    for i, it in enumerate(ITEMS):
        menu += [str(i + 1), it]
    peer_markers = [ITEMS[4].encode(), b"Cancel"]
    for peer in ("dialog", "whiptail"):
        if shutil.which(peer):
            progs.append(Program(peer, [peer, "--title", "tuki", "--menu", "Choose", "15", "60", "5"] + menu,
                                 peer_markers, b"\r", env))
        else:
            print("bench: %s is not installed; skipped" % peer, file=sys.stderr)
    cc = shutil.which("cc") or shutil.which("gcc")
    maxrss = None
    if cc:
        src = os.path.join(tmp, "maxrss.c")
        with open(src, "w") as f:
            f.write(MAXRSS_C)
        if subprocess.run([cc, "-O2", "-o", src[:-2], src], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0:
            maxrss = src[:-2]
    if not maxrss:
        print("bench: no C compiler; no peak RSS for --check-content", file=sys.stderr)
    if cc:
        src = os.path.join(tmp, "floor.c")
        with open(src, "w") as f:
            f.write(FLOOR_C)
        floor = os.path.join(tmp, "floor")
        r = subprocess.run([cc, "-O2", "-o", floor, src, "-lncursesw"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        if r.returncode == 0:
            progs.append(Program("floor", [floor], tuki_markers, b"q", env))
    have_vg = shutil.which("valgrind") is not None
    if not have_vg:
        print("bench: valgrind is not installed; no instruction counts", file=sys.stderr)

    info = machine()
    print("tuki benchmark: %s, %d runs each, TERM=%s, %dx%d, content %s" % (
        info["date"], a.runs, a.term, COLS, ROWS, cdir))
    print("machine: %s x %s, %s, Linux %s" % (info["nproc"], info["arch"], info["cpu"], info["kernel"]))
    print("peers: dialog %s; %s" % (version(["dialog", "--version"]).replace("Version: ", "") if shutil.which("dialog") else "no dialog",
                             "whiptail (libnewt %s)" % version(["sh", "-c", "dpkg-query -W -f '${Version}' whiptail"])
                             if shutil.which("whiptail") else "no whiptail"))
    print(flush=True)

    res = {"machine": info, "content": cdir, "runs": a.runs, "programs": {}}
    for p in progs:
        print("measuring %s ..." % p.name, file=sys.stderr, flush=True)
        r = {}
        try:
            r.update(startup_runs(p, a.runs))
            r.update(interaction_runs(p, a.runs, down, pages=(p.name == "tuki")))
            if p.name == "tuki":
                r.update(quick_exit_runs(p, a.runs))
            if have_vg and cg_runs > 0:
                r.update(callgrind_runs(p, cg_runs, tmp))
        except (TimeoutError, RuntimeError, OSError) as e:
            print("bench: %s: %s" % (p.name, e), file=sys.stderr)
            r["error"] = str(e)
        res["programs"][p.name] = r
        if "warning" in r:
            print("bench: %s: %s" % (p.name, r["warning"]), file=sys.stderr)

    # content scale
    print("measuring content scale ...", file=sys.stderr, flush=True)
    scale = []
    cenv = dict(env)
    factors = [1] + [int(x) for x in a.scales.split(",") if x.strip()]
    for fct in factors:
        d = cdir if fct == 1 else os.path.join(tmp, "content-x%d" % fct)
        if fct == 1:
            with open(os.path.join(cdir, "helplines.json"), encoding="utf-8") as f:
                nh = len(json.load(f)["helplines"])
            with open(os.path.join(cdir, "steps.json"), encoding="utf-8") as f:
                ns = len(json.load(f)["steps"])
            size = os.path.getsize(os.path.join(cdir, "helplines.json")) + os.path.getsize(os.path.join(cdir, "steps.json"))
        else:
            nh, ns, size = make_content(cdir, d, fct)
        row = {"factor": fct, "helplines": nh, "steps": ns, "bytes": size}
        try:
            row.update(check_runs(tuki, d, cenv, a.runs, maxrss))
            if have_vg and cg_runs > 0:
                row["ir_m"] = check_ir(tuki, d, cenv, tmp, str(fct))
            prog = Program("tuki-x%d" % fct, [tuki, "--lang", "en", "--content-dir", d], tuki_markers, b"q", env)
            row["first_screen_ms"] = startup_runs(prog, a.runs)["time_ms"]
            if have_vg and cg_runs > 0:
                row["screen_ir_m"] = callgrind_runs(prog, 1, tmp)["ir_m"]["median"]
        except (TimeoutError, RuntimeError, OSError, subprocess.TimeoutExpired) as e:
            print("bench: content x%d: %s" % (fct, e), file=sys.stderr)
            row["error"] = str(e)
        scale.append(row)
    res["scale"] = scale

    report(res)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(res, f, indent=1)
    return 0


def report(res):
    P = res["programs"]
    names = [n for n in ("tuki", "dialog", "whiptail", "floor") if n in P]
    rows = [
        ("first screen, ms", "time_ms", "%.2f"),
        ("instructions to first screen, M", "ir_m", "%.2f"),
        ("peak RSS (first screen), MiB", "rss_mib", "%.2f"),
        ("peak RSS (whole session), MiB", "session_rss_mib", "%.2f"),
        ("bytes, first screen", "screen_bytes", "%.0f"),
        ("bytes per Down", "down_bytes", "%.1f"),
        ("bytes per page open (Enter)", "open_bytes", "%.0f"),
        ("bytes per back (Left)", "back_bytes", "%.0f"),
        ("second Esc to cleared scrollback, ms", "quick_exit_ms", "%.2f"),
    ]
    w0 = max(len(r[0]) for r in rows) + 2
    cw = 24
    head = "%-*s" % (w0, "median [min-max]") + "".join("%-*s" % (cw, n) for n in names)
    peers = [n for n in ("dialog", "whiptail", "floor") if n in P and "tuki" in P]
    head += "".join("%-14s" % ("tuki/" + n) for n in peers)
    print(head)
    print("-" * len(head))
    for label, key, f in rows:
        line = "%-*s" % (w0, label)
        for n in names:
            line += "%-*s" % (cw, fmt(P[n].get(key), f))
        for n in peers:
            line += "%-14s" % ratio(P["tuki"].get(key), P[n].get(key))
        print(line)
    for n in names:
        if "error" in P[n]:
            print("%s: ERROR %s" % (n, P[n]["error"]))

    print()
    print("content scale (tuki --check-content, %d runs):" % res["runs"])
    print("%-6s %9s %6s %6s  %-21s %-21s %8s  %-21s %s" % (
        "scale", "helplines", "steps", "KiB", "load ms", "peak RSS MiB", "load Ir M",
        "first screen ms", "first screen Ir M"))
    for r in res["scale"]:
        print("%-6s %9d %6d %6.0f  %-21s %-21s %8s  %-21s %s" % (
            "x%d" % r["factor"], r["helplines"], r["steps"], r["bytes"] / 1024.0,
            fmt(r.get("time_ms"), "%.2f"), fmt(r.get("rss_mib"), "%.2f"),
            "%.2f" % r["ir_m"] if "ir_m" in r else "-", fmt(r.get("first_screen_ms"), "%.2f"),
            "%.2f" % r["screen_ir_m"] if "screen_ir_m" in r else "-"))
        if "error" in r:
            print("       ERROR %s" % r["error"])
    sc = [r for r in res["scale"] if "error" not in r]
    if len(sc) >= 3:
        print("growth per added entry (one helpline or one step); linear = the same figure at each step (wall time is noisy, instructions are exact):")
        for key, label, get in (("ir_m", "instructions", lambda r: r.get("ir_m")),
                                ("rss", "peak RSS KiB", lambda r: r["rss_mib"]["median"] * 1024.0 if r.get("rss_mib") else None),
                                ("time", "load us", lambda r: r["time_ms"]["median"] * 1000.0)):
            if any(get(r) is None for r in sc):
                continue
            parts = []
            for a_, b_ in zip(sc, sc[1:]):
                n = (b_["helplines"] + b_["steps"]) - (a_["helplines"] + a_["steps"])
                v = (get(b_) - get(a_)) / n
                if key == "ir_m":
                    parts.append("x%d->x%d %.0f instr/entry" % (a_["factor"], b_["factor"], v * 1e6))
                elif key == "rss":
                    parts.append("x%d->x%d %.2f KiB/entry" % (a_["factor"], b_["factor"], v))
                else:
                    parts.append("x%d->x%d %.2f us/entry" % (a_["factor"], b_["factor"], v))
            print("  %-13s %s" % (label + ":", ";  ".join(parts)))

    print()
    print("targets (issue 9):")
    t = P.get("tuki", {})

    def target(label, ok, detail):
        print("  %-44s %-5s %s" % (label, "-" if ok is None else ("holds" if ok else "MISSED"), detail))

    def cmp(key, peer):
        if key in t and key in P.get(peer, {}):
            r = t[key]["median"] / P[peer][key]["median"]
            return r <= 1.0, "%.2fx %s" % (r, peer)
        return None, "(no %s figure)" % peer
    target("instructions to first screen <= 1.0x dialog", *cmp("ir_m", "dialog"))
    ok, d = cmp("time_ms", "dialog")
    print("  %-44s %-5s %s" % ("(wall time to first screen vs dialog)", "", d))
    target("peak RSS <= 1.0x dialog", *cmp("rss_mib", "dialog"))
    target("bytes per Down <= 1.0x whiptail", *cmp("down_bytes", "whiptail"))
    x10 = [r for r in res["scale"] if r["factor"] == 10 and "screen_ir_m" in r]
    if x10 and "ir_m" in P.get("dialog", {}):
        print("  %-44s %-5s %.2fx dialog" % ("(instructions to first screen, x10 content)", "",
                                           x10[0]["screen_ir_m"] / P["dialog"]["ir_m"]["median"]))
    big = [r for r in res["scale"] if r["factor"] == 100 and "time_ms" in r]
    if big:
        # A figure, no longer a target (issue 31): growth must stay linear.
        print("  %-44s %-5s %.2f ms" % ("(x100 content load, median)", "",
                                        big[0]["time_ms"]["median"]))

if __name__ == "__main__":
    try:
        sys.exit(main())
    except Interrupted as e:
        kill_all()
        print("bench: interrupted", file=sys.stderr)
        sys.exit(128 + e.args[0])
