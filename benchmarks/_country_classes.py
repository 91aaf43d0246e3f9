"""Score country resolvers on ``tests/data/country_classes.tsv``, class by class.

A positive case is right when the resolver gives its expected alpha-3 code; a trap (expected
``-``) is *named* when the resolver gives any state for it. ``find_countries`` is scored on
the whole sentence: the mention that overlaps the case's span decides (none = no state).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import bilateral

CLASSES_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "country_classes.tsv"

Resolver = Callable[[dict[str, str]], "str | None"]


def load() -> list[dict[str, str]]:
    """The rows of the table."""
    with CLASSES_FILE.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def found(case: dict[str, str]) -> str | None:
    """The state ``find_countries`` gives for the case's span in its sentence."""
    start = case["sentence"].index(case["mention"])
    end = start + len(case["mention"])
    for m in bilateral.find_countries(case["sentence"]):
        if m.start < end and start < m.end and m.country is not None:
            return m.country.alpha_3
    return None


def resolved(case: dict[str, str]) -> str | None:
    """``resolve_country`` on the mention, with the sentence as context."""
    country = bilateral.resolve_country(case["mention"], context=case["sentence"])
    return country.alpha_3 if country else None


def score(resolver: Resolver, cases: list[dict[str, str]]) -> dict[str, tuple[int, int]]:
    """Per class: (right or named, total); the keys ``positives`` and ``traps`` sum them.

    For a positive class the first number counts right answers; for a trap class (and
    ``traps``) it counts the traps for which a state was named.
    """
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        got = resolver(case)
        trap = case["expected"] == "-"
        hit = got is not None if trap else got == case["expected"]
        cls = case["class"] if not trap or case["class"].startswith("trap_") else "trap_other"
        for key in (cls, "traps" if trap else "positives"):
            out[key][0] += hit
            out[key][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def table(results: dict[str, dict[str, tuple[int, int]]]) -> list[str]:
    """Markdown rows: one column per resolver, one row per class."""
    names = list(results)
    keys = sorted({k for r in results.values() for k in r}, key=lambda k: (k.startswith("trap"), k))
    lines = [
        "| class | n | " + " | ".join(names) + " |",
        "|---|---:|" + "---:|" * len(names),
    ]
    for k in keys:
        n = next(r[k][1] for r in results.values() if k in r)
        cells = []
        for name in names:
            right, total = results[name].get(k, (0, n))
            cells.append(f"{right / total:.1%}")
        label = f"**{k}**" if k in ("positives", "traps") else k
        lines.append(f"| {label} | {n} | " + " | ".join(cells) + " |")
    return lines
