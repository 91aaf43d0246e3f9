"""Show what changed against the behaviour snapshot: for each article whose events differ, the
gold events, the snapshot's and today's, one line each (kind, status, states, host, date).

Run: ``python tools/snapshot_diff.py`` (after a rule change, before ``tools/snapshot.py``).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from snapshot import OUT, SETS, folder, snapshot


def _line(e: dict[str, Any]) -> str:
    d = e.get("date") or {}
    who = ",".join(p.get("name") or "?" for p in e.get("participants") or [])
    return (
        f"{e['kind']:9} {e['status']:9} {'-'.join(sorted(e['countries'])):15} "
        f"host={e.get('host')} {d.get('timex')} [{who}]"
    )


def main() -> int:
    """Print each changed article of every set; exit 1 when any changed."""
    changed = 0
    for name in SETS:
        gold = {
            g["id"]: g
            for g in map(json.loads, (folder(name) / "expected.jsonl").read_text().splitlines())
        }
        old = (OUT / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        for a, b in zip(old, snapshot(name), strict=True):
            if a == b:
                continue
            changed += 1
            was, now = json.loads(a), json.loads(b)
            print(f"== {name}/{was['id']}")
            for tag, events in (("gold", gold[was["id"]]["events"]), ("was", was["events"])):
                print("\n".join(f"  {tag:4} {_line(e)}" for e in events))
            print("\n".join(f"  now  {_line(e)}" for e in now["events"]))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
