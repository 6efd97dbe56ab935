#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Frame benchmarks of this tree against another commit's, measured in one session: builds the
other commit's leaky-relu-bench in a worktree (build/against/<commit>), then runs the two binaries
in turn, round after round, and prints each benchmark's median frame per binary (the median of
the rounds' medians, with their range) and the ratio. Machines here are noisy: only figures
measured side by side, alternated, are compared.

    scripts/frames_against.py fce097a --rounds 6 --filter 'BM_LiveUpdate|BM_RangeChange'
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "build", "release", "bench", "leaky-relu-bench")


def build_other(commit):
    sha = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", commit], check=True, capture_output=True,
                         text=True).stdout.strip()
    tree = os.path.join(ROOT, "build", "against", sha)
    if not os.path.isdir(tree):
        subprocess.run(["git", "-C", ROOT, "worktree", "add", "--detach", tree, sha], check=True,
                       capture_output=True)
    subprocess.run(["cmake", "--preset", "release"], cwd=tree, check=True, capture_output=True)
    subprocess.run(["cmake", "--build", "build/release", "--target", "leaky-relu-bench"], cwd=tree, check=True,
                   capture_output=True)
    return sha, os.path.join(tree, "build", "release", "bench", "leaky-relu-bench")


def frame_medians(binary, pattern):
    """{benchmark: median frame in ms} for the frame benchmarks matching pattern. Older binaries
    name the 1x benchmarks without the ratio ("BM_LiveUpdate/iterations:1000"): read as ratio 1."""
    out = subprocess.run([binary, "--benchmark_format=json", f"--benchmark_filter={pattern}"], check=True,
                         capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout
    medians = {}
    for b in json.loads(out)["benchmarks"]:
        if "median_ms" not in b:
            continue
        parts = b["name"].split("/")
        ratio = parts[1] if len(parts) > 1 and parts[1].isdigit() else "1"
        medians[f"{parts[0]}/{ratio}"] = b["median_ms"]
    return medians


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("commit", help="the commit to compare this tree's build/release with")
    parser.add_argument("--rounds", type=int, default=5)
    # "BM_LiveUpdate/" also matches an older binary's "BM_LiveUpdate/iterations:1000" (ratio 1).
    parser.add_argument("--filter", default="BM_LiveUpdate/|BM_RangeChange|BM_Window")
    args = parser.parse_args()
    if not os.path.exists(BENCH):
        sys.exit(f"frames_against: {BENCH} not built (cmake --build --preset release)")
    sha, other = build_other(args.commit)
    rounds = {"this": {}, sha: {}}
    for n in range(args.rounds):
        for label, binary in (("this", BENCH), (sha, other)):
            for name, ms in frame_medians(binary, args.filter).items():
                rounds[label].setdefault(name, []).append(ms)
        print(f"round {n + 1} of {args.rounds} done", file=sys.stderr)
    print(f"| Frame, median of {args.rounds} alternated runs' medians (range) | {sha} | this tree | ratio |")
    print("|---|---|---|---|")
    for name in sorted(set(rounds["this"]) | set(rounds[sha])):
        cells = []
        for label in (sha, "this"):
            runs = rounds[label].get(name)
            cells.append(f"{statistics.median(runs):.2f} ms ({min(runs):.2f}-{max(runs):.2f})" if runs else "")
        ratio = ""
        if rounds[sha].get(name) and rounds["this"].get(name):
            ratio = f"{statistics.median(rounds['this'][name]) / statistics.median(rounds[sha][name]):.2f}"
        print(f"| {name} | {cells[0]} | {cells[1]} | {ratio} |")


if __name__ == "__main__":
    main()
