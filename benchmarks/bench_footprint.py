"""Footprint: the cost of ``import bilateral`` and the memory of a long extraction run.

Run: python benchmarks/bench_footprint.py [--quick]   (writes the "footprint" section)

Import time is the wall time of a fresh interpreter (``python -c ...``, median of N runs),
measured in the same run for ``pass``, ``import bilateral``, the first ``extract`` call (which
reads the tables) and ``import dateparser``, so the figures share one machine state.

Memory is the peak resident set size (``ru_maxrss``) of a fresh process that extracts 10,000
articles (the examples, cycled) against a baseline process that does everything but extract;
the resident size after 1 %, 10 % and 100 % of the articles shows whether memory grows with
the number of articles. ``--quick`` uses fewer runs and 1,000 articles.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _results import machine, write_section

ROOT = Path(__file__).resolve().parent.parent
# Measured as installed: with bytecode caches, which PYTHONDONTWRITEBYTECODE would disable
# (every import would then compile the package's sources again).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

IMPORTS = {
    "`python -c pass`": "pass",
    "`import bilateral`": "import bilateral",
    "`import bilateral` + first `extract`": (
        "import bilateral; bilateral.extract('France met Germany.', published='2025-06-01')"
    ),
    "`import dateparser`": "import dateparser",
}

# Runs in a fresh process; prints JSON. {n} articles; {extract} says whether to extract.
MEMORY = """
import json, pathlib, resource, datetime as dt, itertools, bilateral

def rss_kb():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * resource.getpagesize() // 1024

root = pathlib.Path({root!r}) / 'examples' / 'articles'
docs = []
for p in sorted(root.glob('*.txt')):
    head, _, text = p.read_text(encoding='utf-8').partition('\\n\\n')
    docs.append((text, dt.date.fromisoformat(head.split(':', 1)[1].strip())))
n, marks, events = {n}, {{}}, 0
for i, (text, day) in enumerate(itertools.islice(itertools.cycle(docs), n), start=1):
    if {extract}:
        events += len(bilateral.extract(text, published=day))
    if i in (n // 100, n // 10, n):
        marks[i] = rss_kb()
print(json.dumps({{'maxrss_kb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  'marks': marks, 'events': events}}))
"""


def _wall(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=ENV)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _memory(n: int, extract: bool) -> dict[str, Any]:
    code = MEMORY.format(root=str(ROOT), n=n, extract=extract)
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=ENV
    ).stdout
    result: dict[str, Any] = json.loads(out)
    result["seconds"] = time.perf_counter() - t0
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 runs, 1,000 articles")
    args = parser.parse_args()
    runs = 5 if args.quick else 21
    examples = len(list((ROOT / "examples" / "articles").glob("*.txt")))
    n = 1_000 if args.quick else 10_000

    for code in IMPORTS.values():  # warm the file system and bytecode caches
        _wall(code, 1)
    walls = {name: _wall(code, runs) for name, code in IMPORTS.items()}
    base = walls["`python -c pass`"]
    for name, seconds in walls.items():
        print(f"{name:45s} {1000 * seconds:8.1f} ms", flush=True)

    baseline = _memory(n, extract=False)
    loaded = _memory(n, extract=True)
    print(json.dumps({"baseline": baseline, "extract": loaded}, indent=1))

    lines = [
        "## Footprint",
        "",
        f"Measured on {machine()}. Wall time of a fresh `python -c …` with bytecode caches, "
        f"median of {runs} runs, all in one run of this script.",
        "",
        "| command | ms | ms over `pass` |",
        "|---|---:|---:|",
    ]
    for name, seconds in walls.items():
        lines.append(f"| {name} | {1000 * seconds:.1f} | {1000 * (seconds - base):.1f} |")
    ours = walls["`import bilateral`"] - base
    whole = walls["`import bilateral`"] / walls["`import dateparser`"]
    theirs = walls["`import dateparser`"] - base
    lines += [
        "",
        f"`import bilateral` costs {1000 * ours:.0f} ms over a bare interpreter; "
        f"`import dateparser` costs {1000 * theirs:.0f} ms, and bilateral imports it only when "
        'an expression needs the fallback. The whole process of `python -c "import '
        f'bilateral"` takes **{whole:.2f}×** that of `python -c "import dateparser"` (bar: '
        "≤ 0.6×): `import bilateral` imports none of its modules until a name is used, so "
        "the first call pays for the rest (the row with the first `extract`).",
        "",
        f"Memory of a fresh process that extracts {n:,} articles (the {examples} examples "
        "cycled; "
        "peak resident set size, and resident size after 1 %, 10 %, 100 % of the articles):",
        "",
        "| process | seconds | peak RSS MB | RSS MB after 1 % / 10 % / 100 % | events |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, result in (("baseline (no extract)", baseline), ("extract", loaded)):
        shown = " / ".join(f"{kb / 1024:.1f}" for kb in result["marks"].values())
        lines.append(
            f"| {name} | {result['seconds']:.1f} | {result['maxrss_kb'] / 1024:.1f} | {shown} | "
            f"{result['events']:,} |"
        )
    extra = (loaded["maxrss_kb"] - baseline["maxrss_kb"]) / 1024
    lines += ["", f"Extraction adds {extra:.1f} MB at peak over the baseline process."]
    text = "\n".join(lines)
    print()
    print(text)
    write_section("footprint", text)


if __name__ == "__main__":
    main()
