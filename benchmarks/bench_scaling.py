"""Linear time: extract() from 1 KB to 10 MB of news, and on pathological inputs.

Run: python benchmarks/bench_scaling.py [--quick]   (writes the "scaling" section of RESULTS.md)

News text is the example articles' texts concatenated (and repeated) to each size. The figure
that matters is the cost per KB: flat when the time is linear. The ratio of the per-KB cost at
10 MB to the one at 10 KB has a target of at most 1.5.

The pathological inputs are the shapes that break naive scanners: one 1 MB token, 100,000
capitalised words in a row, "next next next …", 10,000 nested quotes or brackets, a sentence
of 50,000 country names, a 1 MB line with no punctuation, 1 MB of digits and dashes; and, as
extras, 1 MB of dots (once O(n**2) in the sentence splitter) and a run-on text packed with
event triggers. Target: none costs more than 2 s per MB. ``--quick`` stops at 1 MB of news and
uses 100 KB pathological inputs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import random
import re
import statistics
import time

from _corpus import articles
from _results import machine, write_section

import bilateral
from bilateral._tables import read_tsv

KB = 1_000
MB = 1_000_000
PUBLISHED = dt.date(2025, 6, 1)
TARGET_RATIO = 1.5
TARGET_S_PER_MB = 2.0


def news(size: int, corpus: str) -> str:
    """``size`` characters of news: the corpus repeated, cut at a space."""
    text = corpus * (size // len(corpus) + 1)
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > size // 2 else size]


def _capitalised_words(count: int) -> str:
    words = sorted(
        {
            w.capitalize()
            for table, column in (
                ("titles.tsv", "phrase"),
                ("roster.tsv", "name"),
                ("country_names.tsv", "name"),
            )
            for row in read_tsv(table)
            for w in row[column].split()
            if w.isalpha()
        }
    )
    return " ".join(itertools.islice(itertools.cycle(words), count))


def _country_names(count: int) -> str:
    names = sorted({row["name"] for row in read_tsv("country_names.tsv")})
    return ", ".join(itertools.islice(itertools.cycle(names), count)) + "."


#: Put before each pathological input: with a trigger in the text, extract runs every finder
#: over the whole input (without one it returns at once).
LEAD = "France and Germany held talks on Monday. "


def pathological(size: int, corpus: str) -> dict[str, str]:
    """The pathological inputs, about ``size`` characters each (counts scale with size)."""
    scale = size / MB
    rng = random.Random(7)
    nested = max(1, int(10_000 * scale))
    flat = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", corpus))
    return {
        "one 1 MB token": ("Seoul" * (size // 5 + 1))[:size],
        "100,000 capitalised words": _capitalised_words(int(100_000 * scale)),
        '"next next next …"': ("next " * (size // 5 + 1))[:size],
        "10,000 nested quotes": "“‘" * nested + "Korea and Japan held talks." + "’”" * nested,
        "10,000 nested brackets": "([" * nested + "Korea and Japan held talks." + "])" * nested,
        "a sentence of 50,000 country names": _country_names(int(50_000 * scale)),
        "a 1 MB line with no punctuation": news(size, flat + " "),
        "1 MB of digits and dashes": "".join(rng.choice("0123456789--") for _ in range(size)),
        "extra: 1 MB of dots": "." * size,
        "extra: run-on text dense with triggers": news(
            size, "France met Germany on Monday, officials said, and "
        ),
        "extra: a short event sentence, repeated": news(size, "They met on the 14th. "),
        "extra: one event word, repeated": news(size, "talks "),
    }


def _time(text: str, repeats: int) -> tuple[float, int]:
    """Median seconds of ``extract`` on ``text``, and the number of events it found."""
    runs = []
    found = 0
    for _ in range(repeats):
        gc.collect()
        t0 = time.perf_counter()
        found = len(bilateral.extract(text, published=PUBLISHED))
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="stop at 1 MB; 100 KB inputs")
    args = parser.parse_args()

    corpus = "\n\n".join(a["text"].strip() for a in articles()) + "\n\n"
    bilateral.extract(corpus, published=PUBLISHED)  # load the tables once

    sizes = [KB, 10 * KB, 100 * KB, MB] + ([] if args.quick else [10 * MB])
    repeats = {KB: 51, 10 * KB: 21, 100 * KB: 5, MB: 3, 10 * MB: 1}
    rows = []
    per_kb: dict[int, float] = {}
    for size in sizes:
        text = news(size, corpus)
        bilateral.extract(text[: 100 * KB], published=PUBLISHED)  # warm the memo tables
        seconds, events = _time(text, repeats[size])
        per_kb[size] = 1000 * seconds / (len(text) / KB)
        rows.append((size, len(text), events, seconds, per_kb[size]))
        print(f"news {size / KB:>8,.0f} KB  {seconds:8.3f} s  {per_kb[size]:.3f} ms/KB", flush=True)
    top = max(sizes)
    ratio = per_kb[top] / per_kb[10 * KB]

    odd_size = 100 * KB if args.quick else MB
    bad = []
    for name, text in pathological(odd_size, corpus).items():
        text = LEAD + text
        seconds, _ = _time(text, 1 if len(text) > 200 * KB else 3)
        rate = seconds / (len(text) / MB)
        bad.append((name, len(text), seconds, rate))
        print(f"{name:45s} {len(text) / KB:8,.0f} KB {seconds:7.3f} s {rate:6.2f} s/MB", flush=True)

    def label(size: int) -> str:
        return f"{size // MB} MB" if size >= MB else f"{size // KB} KB"

    lines = [
        "## Scaling",
        "",
        f"Measured on {machine()}; `bilateral.extract` on news text made of the example articles "
        "concatenated and repeated to each size (median of repeated runs below 10 MB).",
        "",
        "| size | characters | events | seconds | ms per KB | MB/s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for size, chars, events, seconds, kb in rows:
        lines.append(
            f"| {label(size)} | {chars:,} | {events:,} | {seconds:.4f} | {kb:.3f} | "
            f"{chars / MB / seconds:.2f} |"
        )
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    lines += [
        "",
        f"**Per-KB cost at {label(top)} / at 10 KB: {ratio:.2f}** ({verdict} the target of "
        f"≤ {TARGET_RATIO}).",
        "",
        f"Pathological inputs ({label(odd_size)} scale, each after one ordinary sentence so that "
        f"every finder reads it; target ≤ {TARGET_S_PER_MB:.0f} s per MB):",
        "",
        "| input | characters | seconds | s per MB | within target |",
        "|---|---:|---:|---:|---|",
    ]
    for name, chars, seconds, rate in bad:
        ok = "yes" if rate <= TARGET_S_PER_MB else "**no**"
        lines.append(f"| {name} | {chars:,} | {seconds:.3f} | {rate:.2f} | {ok} |")
    text = "\n".join(lines)
    print()
    print(text)
    write_section("scaling", text)


if __name__ == "__main__":
    main()
