"""Shared by the benchmarks: the bundled example articles and their gold events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def articles() -> list[dict[str, Any]]:
    """Each example article as {id, published, text, events}, in corpus order."""
    out = []
    for line in (EXAMPLES / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        art = json.loads(line)
        raw = (EXAMPLES / "articles" / f"{art['id']}.txt").read_text(encoding="utf-8")
        _, _, art["text"] = raw.partition("\n\n")
        out.append(art)
    return out


def write_gold_jsonl(path: Path) -> None:
    """The corpus as one JSONL file (id, published, text, events), the form scorers read."""
    with path.open("w", encoding="utf-8") as f:
        for art in articles():
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
