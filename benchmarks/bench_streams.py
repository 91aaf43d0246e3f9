"""Bounded memory: the CLI on 10,000 and 100,000 generated articles, and its throughput.

Run: python benchmarks/bench_streams.py [--quick]   (writes the "streams" section of RESULTS.md)

The articles are the example articles of every set, cycled to each size as one JSON Lines
file (about 1.3 KB of text an article). ``bilateral extract corpus.jsonl -o events.jsonl``
runs in a fresh process; the figures are that process's peak resident memory (the reader
and writer) and the largest worker's, and articles per second over the whole run. Targets:
the main process's peak at 100,000 articles is at most 1.2x its peak at 10,000, and the
CLI's throughput at 10,000 is within 10 % of ``extract_many`` on the same articles (read
from the same file into a list), timed in a fresh process in the same run. ``--quick``
uses 2,000 and 20,000.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _corpus import SETS, articles
from _results import machine, write_section

TARGET_MEMORY_RATIO = 1.2
TARGET_THROUGHPUT = 0.9

# Runs in a fresh interpreter: the work, then {"seconds", "self_kb", "children_kb"} on stdout.
_MEASURE = """
import json, resource, sys, time
mode, source, target = sys.argv[1:4]
import bilateral
from bilateral._cli import main
start = time.perf_counter()  # both read the same file, start their workers, extract
if mode == "cli":
    status = main(["extract", source, "-o", target])
    assert status == 0, status
else:
    with open(source, encoding="utf-8") as file:
        records = [json.loads(line) for line in file]
    assert len(bilateral.extract_many(records)) == len(records)
seconds = time.perf_counter() - start
scale = 1 if sys.platform != "darwin" else 1024  # ru_maxrss: KB on Linux, bytes on macOS
usage = {w: resource.getrusage(getattr(resource, w)).ru_maxrss // scale
         for w in ("RUSAGE_SELF", "RUSAGE_CHILDREN")}
print(json.dumps({"seconds": seconds, "self_kb": usage["RUSAGE_SELF"],
                  "children_kb": usage["RUSAGE_CHILDREN"]}))
"""


def generate(path: Path, count: int) -> None:
    """``count`` articles, cycling through every example set, one JSON object a line."""
    pool = [a for name in SETS for a in articles(name)]
    with path.open("w", encoding="utf-8") as out:
        for i, art in enumerate(itertools.islice(itertools.cycle(pool), count)):
            record = {"id": f"g{i:06d}", "published": art["published"], "text": art["text"]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def measure(mode: str, source: Path, target: Path) -> dict[str, float]:
    """Run one measurement in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, mode, str(source), str(target)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.splitlines()[-1]))


def main() -> None:
    """Measure, print and write the section."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2,000 and 20,000 articles")
    small, large = (2_000, 20_000) if parser.parse_args().quick else (10_000, 100_000)
    rows, runs = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in (small, large):
            source, target = Path(tmp) / f"in{count}.jsonl", Path(tmp) / "out.jsonl"
            generate(source, count)
            runs[count] = cli = measure("cli", source, target)
            lines = sum(1 for _ in target.open(encoding="utf-8"))
            assert lines == count, (lines, count)
            mib = source.stat().st_size / 2**20
            rows.append((f"CLI, {count:,} articles ({mib:.0f} MiB)", count, cli))
            if count == small:
                many = measure("many", source, target)
                rows.append((f"extract_many, {count:,} articles", count, many))
    memory = runs[large]["self_kb"] / runs[small]["self_kb"]
    speed = (small / runs[small]["seconds"]) / (small / rows[1][2]["seconds"])
    lines = [
        "## Streams",
        "",
        f"`python benchmarks/bench_streams.py` on {machine()}, {_cores()} cores.",
        "",
        "| run | peak RSS, main process | peak RSS, largest worker | articles/s |",
        "|---|---:|---:|---:|",
    ]
    for label, count, run in rows:
        lines.append(
            f"| {label} | {run['self_kb'] / 1024:.0f} MiB | {run['children_kb'] / 1024:.0f} MiB "
            f"| {count / run['seconds']:.0f} |"
        )
    lines += [
        "",
        f"Main process's peak at {large:,} / at {small:,}: **{memory:.2f}** "
        f"(target ≤ {TARGET_MEMORY_RATIO}).",
        f"CLI throughput / extract_many's at {small:,}: **{speed:.2f}** "
        f"(target ≥ {TARGET_THROUGHPUT}).",
    ]
    text = "\n".join(lines)
    print(text)
    write_section("streams", text)


def _cores() -> int:
    import os

    return os.cpu_count() or 1


if __name__ == "__main__":
    main()
