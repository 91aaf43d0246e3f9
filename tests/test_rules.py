"""The named rules: one table, one id a rule, each with an example where it fires and a
near-miss where it does not, and no rule in the code that the table does not name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import bilateral
from bilateral._events.pipeline import STAGES

SRC = Path(bilateral.__file__).resolve().parent
GROUPS = "combine|date|host|kind|location|merge|participants|parties|polarity|status"
RULE_ID = re.compile(r"[\"'](?P<id>(?:" + GROUPS + r")\.[a-z0-9-]+)[\"']")
TABLE = bilateral.rules()


def _ids_in_code() -> set[str]:
    found: set[str] = set()
    for path in (SRC / "_events").glob("*.py"):
        found |= {m["id"] for m in RULE_ID.finditer(path.read_text(encoding="utf-8"))}
    # the final statuses are named from their enum: "status.cancelled", "status.postponed"
    found |= {"status.cancelled", "status.postponed"}
    return found


class TestRuleTable:
    def test_every_rule_in_the_code_is_in_the_table(self) -> None:
        """No rule fires under an id the table does not document."""
        assert _ids_in_code() - set(TABLE) == set()

    def test_every_rule_in_the_table_is_in_the_code(self) -> None:
        """No rule of the table is dead."""
        assert set(TABLE) - _ids_in_code() == set()

    def test_each_rule_lives_in_its_module(self) -> None:
        """The module the table names for a rule is the one whose code notes it."""
        for rule in TABLE.values():
            source = (SRC / rule.module).read_text(encoding="utf-8")
            named = f'"{rule.id}"' in source or rule.id in {"status.cancelled", "status.postponed"}
            assert named, (rule.id, rule.module)

    def test_stages_are_the_pipelines(self) -> None:
        """Each rule belongs to a stage of the declared pipeline."""
        names = {s.name for s in STAGES}
        assert {r.stage for r in TABLE.values()} <= names

    def test_rows_are_complete(self) -> None:
        """Every rule has an effect, an example, a near-miss and a date."""
        incomplete = [
            r.id
            for r in TABLE.values()
            if not (r.effect and r.example and r.near_miss and r.published)
        ]
        assert incomplete == []


@pytest.mark.parametrize("rule", sorted(TABLE), ids=str)
class TestEachRule:
    def test_fires_on_its_example(self, rule: str) -> None:
        """The rule fires on its own example."""
        r = TABLE[rule]
        assert rule in bilateral.explain(r.example, published=r.published).fired()

    def test_does_not_fire_on_its_near_miss(self, rule: str) -> None:
        """The rule does not fire on its near-miss."""
        r = TABLE[rule]
        assert rule not in bilateral.explain(r.near_miss, published=r.published).fired()
