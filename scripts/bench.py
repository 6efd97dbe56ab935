#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""make bench: the Google Benchmark figures, the tutorial's numpy + matplotlib pipeline measured in
the same run, and whole-process figures; prints one table and writes build/release/bench-table.md."""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build", "release")
APP = os.path.join(BUILD, "app", "leaky-relu-explorer")
BENCH = os.path.join(BUILD, "bench", "leaky-relu-bench")
SEED = os.path.normpath(os.path.join(ROOT, "..", "shared", "baseline", "seed_matplotlib.py"))
PYTHON = "/usr/bin/python3"


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def headless_env():
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    return env


def google_benchmarks():
    out = run([BENCH, "--benchmark_format=json"], env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout
    with open(os.path.join(BUILD, "bench-results.json"), "w") as f:
        f.write(out)
    # Keyed by name and argument ("BM_Copy/10000000"); with repetitions, the median aggregate.
    results = {}
    for b in json.loads(out)["benchmarks"]:
        parts = b["name"].split("/")
        key = "/".join([parts[0]] + [p for p in parts[1:2] if p.isdigit()])
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        if b.get("run_type") == "aggregate" or key not in results:
            results[key] = b
    return results


def seed_figures():
    if not os.path.exists(SEED):
        print(f"bench: {SEED} not found; baseline rows skipped", file=sys.stderr)
        return None
    def parse(line):
        return {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:] if "=" in kv)}
    updates = parse(run([PYTHON, SEED, "updates", "300", "1280", "800"]).stdout.strip())
    core = parse(run([PYTHON, SEED, "core", "10000000", "10"]).stdout.strip().replace("n=10000000 ", ""))
    return {"update_median": updates["median_ms"], "core_median": core["median_ms"]}


def pytorch_lab_seconds(runs=3):
    """PyTorch training the lab's default pair of networks: the app's own --lab-script, timed after
    torch is imported (median of runs), or None without python3-torch."""
    try:
        run(["/usr/bin/python3", "-c", "import torch"])
    except (subprocess.CalledProcessError, FileNotFoundError):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "lab.py")
        run([APP, "--lab-script", script])
        timer = ("import io, contextlib, runpy, time, torch\n"
                 "t = time.perf_counter()\n"
                 "with contextlib.redirect_stdout(io.StringIO()):\n"
                 "    runpy.run_path(%r, run_name='__main__')\n"
                 "print(time.perf_counter() - t)\n" % script)
        return statistics.median(float(run(["/usr/bin/python3", "-c", timer]).stdout) for _ in range(runs))


def alternated_process_times(runs=10):
    """Whole-process wall time of a headless PNG export against the tutorial script writing its PNG,
    runs alternated so that machine noise hits both alike."""
    ours, theirs = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            start = time.perf_counter()
            run([APP, "--export", os.path.join(tmp, "ours.png")], env=headless_env())
            ours.append((time.perf_counter() - start) * 1e3)
            if os.path.exists(SEED):
                start = time.perf_counter()
                run([PYTHON, SEED, "png", os.path.join(tmp, "seed.png"), "1280", "800"])
                theirs.append((time.perf_counter() - start) * 1e3)
    return statistics.median(ours), (statistics.median(theirs) if theirs else None)


def peak_rss_export_mb():
    with tempfile.TemporaryDirectory() as tmp:
        res = subprocess.run(["/usr/bin/time", "-f", "%M", APP, "--export", os.path.join(tmp, "a.png")],
                             capture_output=True, text=True, env=headless_env(), check=True)
    return int(res.stderr.strip().splitlines()[-1]) / 1024.0


def with_xvfb(fn):
    if not shutil.which("Xvfb"):
        return None
    display = ":97"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)  # the X server's start-up, not the app's
        env = dict(os.environ, DISPLAY=display)
        env.pop("QT_QPA_PLATFORM", None)
        return fn(env)
    finally:
        xvfb.terminate()
        xvfb.wait()


def first_frame_ms(env, runs=10):
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(env, XDG_CONFIG_HOME=home)
        for _ in range(runs):
            start_ns = time.time_ns()
            out = run([APP, "--measure-startup"], env=env).stdout
            painted = int(out.split("first_paint_epoch_ns=")[1].split()[0])
            times.append((painted - start_ns) / 1e6)
    return statistics.median(times)


def idle_window_rss_mb(env):
    with tempfile.TemporaryDirectory() as home:
        proc = subprocess.Popen([APP], env=dict(env, XDG_CONFIG_HOME=home),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(2.0)  # open, painted, then idle
            with open(f"/proc/{proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024.0
        finally:
            proc.terminate()
            proc.wait()
    return None


def main():
    rows = []
    def row(name, value, unit, baseline=None, ratio_text="", target="", ok=None):
        verdict = "" if ok is None else ("PASS" if ok else "MISS")
        rows.append((name, f"{value:.3g} {unit}" if value is not None else "n/a",
                     f"{baseline:.3g} {unit}" if baseline is not None else "", ratio_text, target, verdict))

    gb = google_benchmarks()
    seed = seed_figures()
    live = gb["BM_LiveUpdate/1"]
    live2 = gb["BM_LiveUpdate/2"]
    rng = gb["BM_RangeChange/1"]
    rng2 = gb["BM_RangeChange/2"]
    mpl = seed["update_median"] if seed else None
    row("Live update, median (alpha change + full 1280x800 render)", live["median_ms"], "ms", mpl,
        f"{mpl / live['median_ms']:.1f}x faster" if mpl else "", "<= 1 ms, >= 8x",
        live["median_ms"] <= 1.0 and (mpl is None or mpl / live["median_ms"] >= 8))
    row("Live update, p99", live["p99_ms"], "ms", None, f"max {live['max_ms']:.3g} ms", "<= 4 ms",
        live["p99_ms"] <= 4.0)
    row("Live update at 2x (2560x1600 pixels), median", live2["median_ms"], "ms", live["median_ms"],
        f"{live2['median_ms'] / live['median_ms']:.2f}x the 1x frame", "<= 2 ms", live2["median_ms"] <= 2.0)
    row("Live update at 2x, p99", live2["p99_ms"], "ms", None, f"max {live2['max_ms']:.3g} ms", "<= 3 ms",
        live2["p99_ms"] <= 3.0)
    pinned = gb["BM_LiveUpdatePinned"]
    row("Live update with 6 pins, median", pinned["median_ms"], "ms", live["median_ms"],
        f"{pinned['median_ms'] / live['median_ms']:.2f}x no pins", "<= 1.5x",
        pinned["median_ms"] <= 1.5 * live["median_ms"])
    row("Range change, median", rng["median_ms"], "ms", mpl,
        f"{mpl / rng['median_ms']:.1f}x faster" if mpl else "", "<= 2.5 ms", rng["median_ms"] <= 2.5)
    row("Range change, p99", rng["p99_ms"], "ms", None, f"max {rng['max_ms']:.3g} ms", "", None)
    row("Range change at 2x, median", rng2["median_ms"], "ms", None, f"p99 {rng2['p99_ms']:.3g} ms, "
        f"max {rng2['max_ms']:.3g} ms", "", None)
    win = gb["BM_WindowLiveUpdate/1"]
    win2 = gb["BM_WindowLiveUpdate/2"]
    row("Window frame after an alpha step (what the window repaints), 1x, median", win["median_ms"], "ms",
        live["median_ms"], f"{win['repainted_pct']:.0f}% of the chart repainted", "<= 1 ms",
        win["median_ms"] <= 1.0)
    row("  the same, 1x, p99", win["p99_ms"], "ms", None, f"max {win['max_ms']:.3g} ms", "", None)
    row("Window frame after an alpha step at 2x, median", win2["median_ms"], "ms", live2["median_ms"],
        f"{live2['median_ms'] / win2['median_ms']:.2f}x faster than the full render", "<= 2 ms",
        win2["median_ms"] <= 2.0)
    row("  the same at 2x, p99", win2["p99_ms"], "ms", None, f"max {win2['max_ms']:.3g} ms", "<= 3 ms",
        win2["p99_ms"] <= 3.0)
    for ratio in (1, 2):
        wr = gb[f"BM_WindowRangeChange/{ratio}"]
        row(f"Window frame after a range change, {ratio}x, median", wr["median_ms"], "ms", None,
            f"p99 {wr['p99_ms']:.3g} ms, max {wr['max_ms']:.3g} ms", "<= 2.5 ms" if ratio == 1 else "",
            wr["median_ms"] <= 2.5 if ratio == 1 else None)
    for ratio in (1, 2):
        lab = gb[f"BM_LabStreaming/{ratio}"]
        row(f"Lab page frame while a run streams in, {ratio}x, median", lab["median_ms"], "ms", None,
            f"p99 {lab['p99_ms']:.3g} ms, max {lab['max_ms']:.3g} ms", "", None)
    to_ms = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}
    core = gb["BM_CoreValueAndGradient/10000000"]
    core = core["real_time"] * to_ms[core["time_unit"]]
    copy = gb["BM_Copy/10000000"]
    copy = copy["real_time"] * to_ms[copy["time_unit"]]
    row("Core value + gradient, 1e7 doubles, vs plain copy", core, "ms", copy, f"{core / copy:.2f}x the copy",
        "<= 1.5x", core / copy <= 1.5)
    if seed:
        row("Core value + gradient, 1e7 doubles, vs numpy", core, "ms", seed["core_median"],
            f"{seed['core_median'] / core:.1f}x faster", ">= 3x", seed["core_median"] / core >= 3)
    lab = gb["BM_LabDefaultRun"]
    lab_ms = lab["real_time"] * to_ms[lab["time_unit"]]
    torch_s = pytorch_lab_seconds()
    torch_ms = torch_s * 1e3 if torch_s is not None else None
    row("Lab default run (2 networks x 2000 epochs), vs PyTorch 1.13", lab_ms, "ms", torch_ms,
        f"{torch_ms / lab_ms:.0f}x faster" if torch_ms else "no python3-torch", "<= 15 ms, >= 45x",
        lab_ms <= 15 and (torch_ms is None or torch_ms / lab_ms >= 45))
    one = gb["BM_SweepDefault/1"]
    one_ms = one["real_time"] * to_ms[one["time_unit"]]
    every = gb["BM_SweepDefault/0"]
    every_ms = every["real_time"] * to_ms[every["time_unit"]]
    row("Default learning-rate sweep (640 runs), every core", every_ms / 1e3, "s", None, "", "<= 3 s",
        every_ms <= 3000)
    row("  the same on 1 thread", one_ms / 1e3, "s", None, f"{one_ms / every_ms:.2f}x from the second core",
        ">= 1.7x", one_ms / every_ms >= 1.7)
    born = gb["BM_BornDeadTable"]
    born_s = born["real_time"] * to_ms[born["time_unit"]] / 1e3
    row("Born-dead table (35 cells x 10,000 networks, both activations)", born_s, "s", None, "", "<= 1 s",
        born_s <= 1.0)
    claims = gb["BM_ClaimsReport"]
    claims_s = claims["real_time"] * to_ms[claims["time_unit"]] / 1e3
    row("The whole claims report at its defaults", claims_s, "s", None, "", "<= 10 s", claims_s <= 10.0)
    gui = gb["BM_SweepGuiResponsiveness/0"]
    row("Longest GUI-thread wait while a sweep runs, median of 5 sweeps", gui["worst_gap_ms"], "ms", None,
        f"max {gui['worst_gap_max_ms']:.3g} ms", "<= 16 ms", gui["worst_gap_ms"] <= 16)
    gui_prelu = gb["BM_SweepGuiResponsiveness/1"]
    row("  the same with the learned-alpha network", gui_prelu["worst_gap_ms"], "ms", None,
        f"max {gui_prelu['worst_gap_max_ms']:.3g} ms", "", None)
    ours, theirs = alternated_process_times()
    row("Headless PNG export, whole process", ours, "ms", theirs,
        f"{theirs / ours:.1f}x faster" if theirs else "", ">= 2x", theirs is None or theirs / ours >= 2)
    rss = peak_rss_export_mb()
    row("Peak memory, headless export", rss, "MB", None, "", "< 50 MB", rss < 50)
    frame = with_xvfb(first_frame_ms)
    row("First frame painted after process start (Xvfb), median", frame, "ms", None, "", "<= 250 ms",
        None if frame is None else frame <= 250)
    idle = with_xvfb(idle_window_rss_mb)
    row("Peak memory, window open and idle (Xvfb)", idle, "MB", None, "", "< 60 MB",
        None if idle is None else idle < 60)

    header = ("Figure", "Measured", "Baseline (tutorial)", "Ratio", "Target", "")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths))
    print(line(header))
    for r in rows:
        print(line(r))
    load = os.getloadavg()
    print(f"\nload average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores"
          " (figures are noisy on a busy machine; run again when it is idle)")
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    with open(os.path.join(BUILD, "bench-table.md"), "w") as f:
        f.write(f"Measured {time.strftime('%Y-%m-%d')} on {os.cpu_count()} cores ({cpu}), software rendering, "
                f"load average {load[0]:.2f}.\n\n")
        f.write("| " + " | ".join(header[:-1]) + " | |\n|" + "---|" * len(header) + "\n")
        for r in rows:
            f.write("| " + " | ".join(str(c) for c in r) + " |\n")
    print(f"\nwritten: {os.path.join(BUILD, 'bench-table.md')}")


if __name__ == "__main__":
    main()
