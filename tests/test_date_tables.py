"""Tests of the date tables in bilateral/data: columns, unique keys, values and order."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from bilateral._tables import read_tsv
from bilateral._vocab import Tense

#: table -> (header, key column)
TABLES: dict[str, tuple[list[str], str]] = {
    "date_words.tsv": (["word", "kind", "value"], "word"),
    "date_vague.tsv": (["phrase", "timex"], "phrase"),
    "date_tense.tsv": (["cue", "tense"], "cue"),
    "date_holidays.tsv": (["name", "rule"], "name"),
}


def _raw_lines(name: str) -> list[str]:
    path = resources.files("bilateral").joinpath("data", name)
    return path.read_text(encoding="utf-8").splitlines()


class TestDateTables:
    """Every date_*.tsv table."""

    def test_all_tables_listed(self) -> None:
        """Every date_*.tsv in the package is checked here."""
        data = resources.files("bilateral").joinpath("data")
        names = {p.name for p in data.iterdir() if p.name.startswith("date_")}
        assert names == set(TABLES)

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_source_lines_and_header(self, name: str) -> None:
        """The table opens with '#' source lines, then its header row."""
        lines = _raw_lines(name)
        assert lines[0].startswith("#")
        header = next(line for line in lines if not line.startswith("#"))
        assert header.split("\t") == TABLES[name][0]

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_keys_unique_sorted_lowercase(self, name: str) -> None:
        """Keys are unique, lowercase, and the rows sorted."""
        rows = read_tsv(name)
        key = TABLES[name][1]
        keys = [r[key] for r in rows]
        assert len(keys) == len(set(keys))
        assert keys == sorted(keys)
        assert all(k == k.lower() and k == k.strip() and k for k in keys)
        assert all(all(r[c] for c in TABLES[name][0]) for r in rows)

    def test_word_kinds_and_values(self) -> None:
        """Each word's value fits its kind."""
        ranges = {"ordinal": 4}
        for row in read_tsv("date_words.tsv"):
            kind, value = row["kind"], row["value"]
            assert kind in {*ranges, "season", "number", "some", "unit", "approx", "part"}
            if kind in ranges:
                assert 1 <= int(value) <= ranges[kind]
            elif kind == "season":
                assert value in {"SP", "SU", "FA", "WI"}
            elif kind == "number":
                assert int(value) > 0
            elif kind == "some":
                assert value == "X"
            elif kind == "part":
                assert value in {"early", "mid", "late"}

    def test_vague_values(self) -> None:
        """Vague phrases map to TIMEX3 reference values."""
        values = {r["timex"] for r in read_tsv("date_vague.tsv")}
        refs = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
        assert refs <= values
        assert all(v in refs or re.fullmatch(r"PX[DWMY]", v) for v in values)

    def test_tense_values(self) -> None:
        """Tense cues are a Tense value, 'none' or 'plan'."""
        allowed = {t.value for t in Tense} | {"none", "plan"}
        assert {r["tense"] for r in read_tsv("date_tense.tsv")} <= allowed
