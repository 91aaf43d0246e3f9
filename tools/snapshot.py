"""Write or check the behaviour snapshot: every field of every event on every example set.

``python tools/snapshot.py`` rewrites ``tests/data/snapshot/<set>.jsonl`` from the installed
package; ``python tools/snapshot.py --check`` prints each article whose events differ and exits
non-zero. ``tests/test_snapshot.py`` holds ``extract`` to the committed files, so that a
rebuild of the event layer shows every difference it makes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import bilateral

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
OUT = ROOT / "tests" / "data" / "snapshot"
SETS = [
    "examples",
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "stories",
    "stories2",
    "dev12",
]


def folder(name: str) -> Path:
    """The folder of one example set."""
    return EXAMPLES if name == "examples" else EXAMPLES / name


def snapshot(name: str) -> list[str]:
    """One JSON line per article of a set: its id and all fields of its events."""
    lines = []
    for line in (folder(name) / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        raw = (folder(name) / "articles" / f"{gold['id']}.txt").read_text(encoding="utf-8")
        _, _, text = raw.partition("\n\n")
        events = bilateral.extract(text, published=gold["published"])
        record = {"id": gold["id"], "events": [bilateral.to_dict(e) for e in events]}
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return lines


def main() -> int:
    """Rewrite the snapshot, or with --check compare with it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    changed = 0
    for name in SETS:
        lines = snapshot(name)
        path = OUT / f"{name}.jsonl"
        if not args.check:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            continue
        old = path.read_text(encoding="utf-8").splitlines()
        for a, b in zip(old, lines, strict=True):
            if a != b:
                changed += 1
                print(f"{name}: {json.loads(a)['id']} differs")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
