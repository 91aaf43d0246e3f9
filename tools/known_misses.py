"""Rewrite ``tests/data/known_misses.txt``: the gold cases ``extract`` gets wrong today.

Run after a change that fixes or deliberately changes cases, and read the diff: every line
that goes is a case now right, every line that comes is a new miss to justify.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Write the list from the outcomes the gold tests compute."""
    spec = importlib.util.spec_from_file_location("test_gold", ROOT / "tests" / "test_gold.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    misses = sorted(c for c, ok in module.outcomes().items() if not ok)
    header = [
        "# Gold cases that extract gets wrong today (tests/test_gold.py runs them as strict",
        "# xfails). One case a line: set/article/gold event index/field, or",
        "# set/article/extra/states/kind for an event with no gold event. Written by",
        "# tools/known_misses.py; read its diff.",
    ]
    (ROOT / "tests" / "data" / "known_misses.txt").write_text(
        "\n".join([*header, *misses]) + "\n", encoding="utf-8"
    )
    print(f"{len(misses)} known misses of {len(module.outcomes())} cases")


if __name__ == "__main__":
    main()
