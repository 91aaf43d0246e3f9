"""Run every benchmark, each in its own process, then print RESULTS.md.

Run: python benchmarks/run_all.py [--quick] [NAME ...]

Each ``bench_*.py`` writes its own section of ``RESULTS.md`` (see ``_results.py``), so they
run in any order and a failed one leaves the others' figures in place. ``--quick`` is passed
to the scripts that accept it (smaller sizes, fewer repeats); the others run in full. NAMEs
(``scaling``, ``bench_dates``, …) pick some benchmarks; by default all run. The exit status
is 1 when any benchmark failed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from _results import RESULTS

HERE = Path(__file__).resolve().parent

PREAMBLE = """\
# Benchmark results

Written by the scripts in `benchmarks/`; do not edit by hand. `python benchmarks/run_all.py`
runs them all, each in its own process (`--quick` for smaller sizes where a script allows it),
and each rewrites only its own section below; run one alone with
`python benchmarks/bench_<name>.py`.
"""


def _accepts_quick(script: Path) -> bool:
    return '"--quick"' in script.read_text(encoding="utf-8")


def _write_preamble() -> None:
    """Replace whatever precedes the first section with the preamble above."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    first = text.find("<!-- ")
    body = text[first:] if first >= 0 else ""
    RESULTS.write_text(PREAMBLE + ("\n" + body if body else ""), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes where supported")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = parser.parse_args()

    scripts = sorted(HERE.glob("bench_*.py"))
    if args.names:
        wanted = {n.removeprefix("bench_").removesuffix(".py") for n in args.names}
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in wanted]
        if not scripts:
            parser.error(f"no benchmark named {', '.join(sorted(wanted))}")
    failed = []
    for script in scripts:
        command = [sys.executable, str(script)]
        if args.quick and _accepts_quick(script):
            command.append("--quick")
        print(f"== {script.name} {' '.join(command[2:])}".rstrip(), flush=True)
        t0 = time.perf_counter()
        done = subprocess.run(command, cwd=HERE, check=False)
        seconds = time.perf_counter() - t0
        status = "ok" if done.returncode == 0 else f"FAILED (exit {done.returncode})"
        print(f"== {script.name}: {status} in {seconds:.1f} s\n", flush=True)
        if done.returncode:
            failed.append(script.name)
    _write_preamble()
    print(RESULTS.read_text(encoding="utf-8"))
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
