#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Mutation testing: apply each hand-written mutant of scripts/mutants.txt alone, rebuild what it
touches, run the tests of its part of the tree, and report the score and every survivor.

A mutant of core/ runs core_tests (no Qt: the core is built alone when only core/ is mutated);
one of app/ or of the plain logic of ui/ runs app_tests (Qt, no display), built on first use.

The working tree is never touched: the sources are copied to a scratch directory and mutated
there, and the copy goes away at the end (also on failure and Ctrl-C).

  scripts/mutate.py                      every mutant (make mutate)
  scripts/mutate.py --only B10 J9        just these
  scripts/mutate.py --budget 540         a rotating part: as many as fit in 540 s, starting
                                         at an offset that moves every day (or --offset N)
  scripts/mutate.py --check-equivalents  also run the mutants marked equivalent
  scripts/mutate.py --rev HEAD           the last commit, not the working tree
  scripts/mutate.py --list               the catalog, without building anything
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "scripts" / "mutants.txt"
# The suites of the code the catalog mutates. Left out: the PyTorch comparisons (about 8 s a
# run, in a Python process: the score counts what the C++ tests alone catch). New code that joins
# the catalog brings its suites here.
DEFAULT_FILTER = ("Activation.*:Axis.*:CodeSnippets.*:Curves.*:GridPoints.*:Lab*:Samples.*:"
                  "TextValues.*:Validation.*:Parse.*:Prelu.*:Sweep.*-Torch*")
# core/claims/ only: the rules, the born-dead table (seconds of draws) and the unit counts. The
# claim cards and the report are left out (tens of seconds; they rest on these).
CLAIMS_FILTER = "BornDead.*:UnitStats.*:Verdicts.*:Sensitivity.*"


@dataclasses.dataclass(frozen=True)
class Area:
    """A part of the tree: the test binary that covers it and the library its code builds into."""
    name: str
    prefixes: tuple[str, ...]
    target: str    # the test binary to build and run
    library: str   # builds whenever the mutated code compiles (tells a test's static_assert apart)
    gui: bool      # needs the Qt build (-DLRE_BUILD_GUI=ON)
    gtest_filter: str | None = None  # None: --filter


AREAS = (
    Area("claims", ("core/claims/",), "core_tests", "lre_core", gui=False, gtest_filter=CLAIMS_FILTER),
    Area("core", ("core/",), "core_tests", "lre_core", gui=False),
    # The command line, and the plain logic of ui/ it calls (which format a file name asks for):
    # app_tests parses and decides without a window. The cli_tests suites (the real binary,
    # about a second a test) and ui_tests (widgets) are left out for time.
    Area("app", ("app/", "ui/"), "app_tests", "lre_app", gui=True),
)


def area_of(path: str) -> Area | None:
    return next((a for a in AREAS if path.startswith(a.prefixes)), None)


@dataclasses.dataclass
class Mutant:
    ident: str
    path: str
    occurrence: int | None
    original: str
    replacement: str
    note: str
    equivalent: str | None
    line: int  # in the catalog

    def apply(self, text: str) -> str:
        starts = [m.start() for m in re.finditer(re.escape(self.original), text)]
        if self.occurrence is None and len(starts) != 1:
            raise CatalogError(
                f"{self.ident}: '{self.original}' occurs {len(starts)} times in {self.path}; "
                "give #N to say which")
        index = (self.occurrence or 1) - 1
        if index >= len(starts):
            raise CatalogError(f"{self.ident}: '{self.original}' has no occurrence "
                               f"#{index + 1} in {self.path}")
        at = starts[index]
        return text[:at] + self.replacement + text[at + len(self.original):]


class CatalogError(Exception):
    pass


def read_catalog(path: Path) -> list[Mutant]:
    """Blocks of:  ID path [#N] / - original / + replacement / why: ... / [equivalent: ...]"""
    mutants: list[Mutant] = []
    current: dict | None = None

    def finish():
        if current is None:
            return
        for key in ("original", "replacement", "note"):
            if key not in current:
                raise CatalogError(f"{path}:{current['line']}: {current['ident']} has no {key}")
        mutants.append(Mutant(**current))

    for number, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        if not raw[0].isspace():
            finish()
            parts = line.split()
            if len(parts) not in (2, 3) or (len(parts) == 3 and not parts[2].startswith("#")):
                raise CatalogError(f"{path}:{number}: expected 'ID path [#N]'")
            current = {"ident": parts[0], "path": parts[1], "line": number, "equivalent": None,
                       "occurrence": int(parts[2][1:]) if len(parts) == 3 else None}
            continue
        if current is None:
            raise CatalogError(f"{path}:{number}: indented line before any mutant")
        body = line.strip()
        if body.startswith("- "):
            current["original"] = body[2:]
        elif body == "+":
            current["replacement"] = ""
        elif body.startswith("+ "):
            current["replacement"] = body[2:]
        elif body.startswith("why:"):
            current["note"] = body[4:].strip()
        elif body.startswith("equivalent:"):
            current["equivalent"] = body[len("equivalent:"):].strip()
        else:
            raise CatalogError(f"{path}:{number}: unknown line '{body}'")
    finish()
    seen = set()
    for m in mutants:
        if m.ident in seen:
            raise CatalogError(f"duplicate mutant id {m.ident}")
        seen.add(m.ident)
    return mutants


def read_source(path: str, rev: str | None) -> str:
    if rev is None:
        return (ROOT / path).read_text()
    shown = subprocess.run(["git", "show", f"{rev}:{path}"], cwd=ROOT, capture_output=True,
                           text=True)
    if shown.returncode != 0:
        raise FileNotFoundError(f"{path} is not in {rev}")
    return shown.stdout


def run(cmd: list[str], cwd: Path, timeout: float) -> tuple[int | None, str]:
    """Runs nice'd (the other engineers' builds come first); None as the code on timeout."""
    proc = subprocess.Popen(["nice", "-n", "10", *cmd], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
        return proc.returncode, out
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        return None, out
    except BaseException:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise


def first_failure(output: str) -> str:
    match = re.search(r"^\[  FAILED  \] (\S+)", output, re.MULTILINE)
    if match:
        return match.group(1)
    if re.search(r"Segmentation|Aborted|terminate called", output):
        return "crash"
    return "non-zero exit"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--catalog", type=Path, default=CATALOG)
    parser.add_argument("--only", nargs="+", metavar="ID")
    parser.add_argument("--budget", type=float, metavar="SECONDS",
                        help="stop starting new mutants after this long (a rotating part)")
    parser.add_argument("--offset", type=int,
                        help="first mutant of a rotating part (default: moves every day)")
    parser.add_argument("--threshold", type=float, default=90.0, help="percent (default 90)")
    parser.add_argument("--check-equivalents", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rev", metavar="REV",
                        help="mutate a git revision (say HEAD) instead of the working tree")
    parser.add_argument("--filter", default=DEFAULT_FILTER,
                        help=f"gtest filter for core_tests (default '{DEFAULT_FILTER}'); "
                             f"mutants of core/claims/ run '{CLAIMS_FILTER}', app_tests runs whole")
    args = parser.parse_args()

    try:
        mutants = read_catalog(args.catalog)
    except CatalogError as error:
        print(f"mutate: {error}", file=sys.stderr)
        return 2
    if args.list:
        for m in mutants:
            mark = "  [equivalent]" if m.equivalent else ""
            print(f"{m.ident:6} {m.path:28} {m.note}{mark}")
        print(f"{len(mutants)} mutants, {sum(1 for m in mutants if m.equivalent)} marked equivalent")
        return 0
    outside = sorted({m.path for m in mutants if area_of(m.path) is None})
    if outside:
        supported = ", ".join(p for a in AREAS for p in a.prefixes)
        print(f"mutate: only {supported} are supported, not {', '.join(outside)}", file=sys.stderr)
        return 2

    selected = mutants
    if args.only:
        wanted = set(args.only)
        selected = [m for m in mutants if m.ident in wanted]
        missing = wanted - {m.ident for m in selected}
        if missing:
            print(f"mutate: no mutant {' '.join(sorted(missing))}", file=sys.stderr)
            return 2
    if not args.check_equivalents:
        selected = [m for m in selected if not m.equivalent]
    if args.budget is not None and selected:
        offset = args.offset
        if offset is None:
            offset = datetime.date.today().toordinal() * 17
        offset %= len(selected)
        selected = selected[offset:] + selected[:offset]
        print(f"rotating part: starting at {selected[0].ident} (offset {offset}), "
              f"budget {args.budget:.0f} s")

    # A mutant whose original text is no longer in the sources is stale: the code changed and
    # the catalog has to follow. The others still run; the exit code says the catalog is stale.
    sources: dict[str, str] = {}
    stale: list[str] = []
    for m in list(selected):
        try:
            if m.path not in sources:
                sources[m.path] = read_source(m.path, args.rev)
            m.apply(sources[m.path])
        except (CatalogError, FileNotFoundError) as error:
            stale.append(f"STALE {m.ident}: {error}")
            selected.remove(m)
    for line in stale:
        print(line)

    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="lre-mutate-"))
    # SIGTERM (CI timeouts, kill) cleans up like Ctrl-C does.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        code = mutate(args, selected, sources, scratch, started)
        if stale:
            print(f"mutate: {len(stale)} mutants are stale (listed above): update "
                  f"{args.catalog.relative_to(ROOT) if args.catalog.is_relative_to(ROOT) else args.catalog}",
                  file=sys.stderr)
            return max(code, 2)
        return code
    except KeyboardInterrupt:
        print("\nmutate: interrupted", file=sys.stderr)
        return 130
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def mutate(args, selected: list[Mutant], sources: dict[str, str], scratch: Path,
           started: float) -> int:
    src = scratch / "src"
    build = scratch / "build"
    if args.rev:
        src.mkdir()
        archive = subprocess.run(["git", "archive", "--format=tar", args.rev], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    else:
        # The working tree as git sees it (tracked files and new ones not ignored), no build/.
        listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                                cwd=ROOT, capture_output=True, text=True, check=True).stdout
        for item in filter(None, listed.split("\0")):
            origin = ROOT / item
            if origin.is_file():
                (src / item).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(origin, src / item)
    # The copy must hold exactly the text the catalog was checked against.
    for path, text in sources.items():
        (src / path).write_text(text)

    gui = any(area_of(m.path).gui for m in selected)
    print(f"configure in {scratch} ({'with' if gui else 'without'} the Qt parts) ...", flush=True)
    code, out = run(["cmake", "-S", str(src), "-B", str(build), "-G", "Ninja",
                     "-DCMAKE_BUILD_TYPE=Release", f"-DLRE_BUILD_GUI={'ON' if gui else 'OFF'}"],
                    scratch, 600)
    if code != 0:
        print(out)
        print("mutate: configure failed", file=sys.stderr)
        return 2

    def ninja(target: str) -> list[str]:
        return ["ninja", "-C", str(build), f"-j{args.jobs}", target]

    def test_command(area: Area) -> list[str]:
        command = [str(build / "tests" / area.target), "--gtest_fail_fast", "--gtest_brief=1"]
        if area.target == "core_tests":
            command.append(f"--gtest_filter={area.gtest_filter or args.filter}")
        return command

    # Each area is built and its tests timed, unmutated, when its first mutant comes up: a run of
    # core mutants alone never builds the Qt parts.
    timeouts: dict[str, float] = {}

    def prepare(area: Area) -> bool:
        print(f"build and run the unmutated {area.target} for {area.name}/ ...", flush=True)
        code, out = run(ninja(area.target), scratch, 1800)
        if code != 0:
            print(out)
            print(f"mutate: the unmutated {area.target} does not build", file=sys.stderr)
            return False
        t0 = time.monotonic()
        code, out = run(test_command(area), scratch, 600)
        baseline = time.monotonic() - t0
        if code != 0:
            print(out)
            print(f"mutate: {area.target} fails without any mutant", file=sys.stderr)
            return False
        timeouts[area.name] = max(30.0, 10.0 * baseline)
        count = sum(1 for m in selected if area_of(m.path) is area)
        print(f"baseline: {area.target} passes in {baseline:.1f} s; timeout per mutant run "
              f"{timeouts[area.name]:.0f} s; {count} of its mutants selected", flush=True)
        return True

    killed: list[tuple[Mutant, str]] = []
    survived: list[Mutant] = []
    stillborn: list[tuple[Mutant, str]] = []
    equivalent_killed: list[Mutant] = []
    equivalent_survived: list[Mutant] = []
    # Seconds the last mutant of each file took: a mutant expected to overrun the budget is left
    # for another run (a header's mutant rebuilds most of the core, a .cpp file's one object).
    took: dict[str, float] = {}
    run_count = 0
    for index, m in enumerate(selected, 1):
        if args.budget is not None:
            elapsed = time.monotonic() - started
            if elapsed > args.budget:
                break
            if elapsed + took.get(m.path, 0.0) > args.budget:
                continue
        area = area_of(m.path)
        if area.name not in timeouts:
            # Building an area (the Qt parts take minutes) is started only while half the budget
            # is left; otherwise its mutants wait for a run whose part starts with them.
            built = any(a.target == area.target for a in AREAS if a.name in timeouts)
            if not built and args.budget is not None and time.monotonic() - started > args.budget / 2:
                continue
            if not prepare(area):
                return 2
        run_count += 1
        target = src / m.path
        original = sources[m.path]
        target.write_text(m.apply(original))
        try:
            t0 = time.monotonic()
            code, out = run(ninja(area.target), scratch, 600)
            if code != 0 and run(ninja(area.library), scratch, 600)[0] == 0:
                # The code builds, the tests do not: a static_assert in a test caught it.
                verdict = "killed by a test at compile time"
                if m.equivalent:
                    equivalent_killed.append(m)
                else:
                    killed.append((m, "a test at compile time"))
            elif code != 0:
                stillborn.append((m, out[-2000:]))
                verdict = "DOES NOT BUILD"
            else:
                code, out = run(test_command(area), scratch, timeouts[area.name])
                if code is None:
                    verdict, by = "killed", "timeout"
                elif code != 0:
                    verdict, by = "killed", first_failure(out)
                else:
                    verdict, by = "SURVIVED", ""
                if m.equivalent:
                    (equivalent_killed if verdict == "killed" else equivalent_survived).append(m)
                elif verdict == "killed":
                    killed.append((m, by))
                else:
                    survived.append(m)
                if verdict == "killed":
                    verdict += f" by {by}"
            took[m.path] = time.monotonic() - t0
            mark = " [equivalent]" if m.equivalent else ""
            print(f"[{index:3}/{len(selected)}] {m.ident:6} {m.path:28} {verdict}{mark} "
                  f"({time.monotonic() - t0:.1f} s)", flush=True)
        finally:
            # Only the scratch copy was mutated; put it back for the next mutant.
            target.write_text(original)

    scored = len(killed) + len(survived)
    if run_count < len(selected):
        print(f"budget reached: {run_count} of {len(selected)} mutants run")
    print()
    for m, log in stillborn:
        print(f"DOES NOT BUILD {m.ident} ({m.path}): fix the catalog\n{log}")
    for m in equivalent_killed:
        print(f"MARKED EQUIVALENT BUT KILLED {m.ident} ({m.path}): the mark is wrong")
    for m in survived:
        print(f"SURVIVOR {m.ident} {m.path}\n    - {m.original}\n    + {m.replacement}\n"
              f"    {m.note}")
    score = 100.0 * len(killed) / scored if scored else 100.0
    print(f"\nmutation score: {score:.1f}% ({len(killed)} killed of {scored}; "
          f"{len(survived)} survived; {len(equivalent_survived) + len(equivalent_killed)} "
          f"marked equivalent run apart; {len(stillborn)} do not build) "
          f"in {time.monotonic() - started:.0f} s")
    if stillborn or equivalent_killed:
        return 2
    if score < args.threshold:
        print(f"mutate: below the {args.threshold:g}% threshold", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
