"""Shared by the benchmarks: the bundled example articles and their gold events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


#: The article sets: the example corpus the tests use, and eight development sets written
#: later by other hands, without seeing the rules, to measure how the rules generalise.
SETS = {
    "examples": EXAMPLES,
    "dev": EXAMPLES / "dev",
    "dev2": EXAMPLES / "dev2",
    "dev3": EXAMPLES / "dev3",
    "dev4": EXAMPLES / "dev4",
    "dev5": EXAMPLES / "dev5",
    "dev6": EXAMPLES / "dev6",
    "dev7": EXAMPLES / "dev7",
    "dev8": EXAMPLES / "dev8",
    "dev9": EXAMPLES / "dev9",
    "dev10": EXAMPLES / "dev10",
    "dev11": EXAMPLES / "dev11",
    "stories": EXAMPLES / "stories",
    "stories2": EXAMPLES / "stories2",
    "dev12": EXAMPLES / "dev12",
    "dev13": EXAMPLES / "dev13",
    "dev14": EXAMPLES / "dev14",
}


def articles(name: str = "examples") -> list[dict[str, Any]]:
    """Each article of a set as {id, published, text, events}, in corpus order."""
    folder = SETS[name]
    out = []
    for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        art = json.loads(line)
        raw = (folder / "articles" / f"{art['id']}.txt").read_text(encoding="utf-8")
        _, _, art["text"] = raw.partition("\n\n")
        out.append(art)
    return out


def write_gold_jsonl(path: Path, name: str = "examples") -> None:
    """A set as one JSONL file (id, published, text, events), the form scorers read."""
    with path.open("w", encoding="utf-8") as f:
        for art in articles(name):
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
