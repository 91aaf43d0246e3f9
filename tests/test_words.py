"""Tests of the month and weekday tables (data/months.tsv, data/weekdays.tsv), their lookups in
bilateral._words, and the regex helpers of bilateral._regex."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral._regex import alternation, lazy_regex
from bilateral._tables import read_tsv
from bilateral._words import (
    month_alternation,
    month_of,
    month_words,
    weekday_alternation,
    weekday_of,
    weekday_words,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: table -> (header, number column, lowest number, highest number)
TABLES: dict[str, tuple[list[str], str, int, int]] = {
    "months.tsv": (["word", "month", "form"], "month", 1, 12),
    "weekdays.tsv": (["word", "weekday", "form"], "weekday", 0, 6),
}


def _raw_lines(name: str) -> list[str]:
    path = resources.files("bilateral").joinpath("data", name)
    return path.read_text(encoding="utf-8").splitlines()


class TestCalendarWordTables:
    """months.tsv and weekdays.tsv: one table per word class."""

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_source_lines_and_header(self, name: str) -> None:
        """The table opens with '#' source lines, then its header row."""
        lines = _raw_lines(name)
        assert lines[0].startswith("#")
        header = next(line for line in lines if not line.startswith("#"))
        assert header.split("\t") == TABLES[name][0]

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_keys_unique_sorted_lowercase(self, name: str) -> None:
        """Words are unique, lowercase, without a period, and the rows sorted by word."""
        words = [r["word"] for r in read_tsv(name)]
        assert len(words) == len(set(words))
        assert words == sorted(words)
        assert all(w and w == w.lower().strip() and "." not in w for w in words)

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_one_name_per_number(self, name: str) -> None:
        """Every month (weekday) has exactly one full name; every number is in range."""
        _, column, low, high = TABLES[name]
        rows = read_tsv(name)
        assert {r["form"] for r in rows} == {"name", "abbr"}
        names = sorted(int(r[column]) for r in rows if r["form"] == "name")
        assert names == list(range(low, high + 1))

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_abbreviation_starts_its_name(self, name: str) -> None:
        """An abbreviation is the start of the full name of the same number ("sept")."""
        column = TABLES[name][1]
        rows = read_tsv(name)
        full = {r[column]: r["word"] for r in rows if r["form"] == "name"}
        for r in rows:
            if r["form"] == "abbr":
                assert full[r[column]].startswith(r["word"]), r["word"]
                assert len(r["word"]) < len(full[r[column]])

    def test_no_second_copy_in_date_words(self) -> None:
        """date_words.tsv no longer lists months or weekdays."""
        kinds = {r["kind"] for r in read_tsv("date_words.tsv")}
        words = {r["word"] for r in read_tsv("date_words.tsv")}
        assert not kinds & {"month", "month_abbr", "weekday"}
        assert not words & (set(month_words()) | set(weekday_words()))


class TestMonthWords:
    """month_words, month_of and month_alternation."""

    def test_names_and_abbreviations(self) -> None:
        """Both forms by default; one form when asked."""
        assert month_words()["sept"] == month_words()["september"] == 9
        assert "sept" not in month_words("name")
        assert "may" in month_words("name")
        assert set(month_words("abbr")) | set(month_words("name")) == set(month_words())

    @pytest.mark.parametrize(
        ("word", "month"),
        [("January", 1), ("jan", 1), ("Jan.", 1), ("SEPT.", 9), ("May", 5), ("dec", 12)],
    )
    def test_month_of(self, word: str, month: int) -> None:
        """Any case, with or without the abbreviation's period."""
        assert month_of(word) == month

    @pytest.mark.parametrize("word", ["", "Mayor", "Junior", "month", "mon", ".", "13"])
    def test_not_a_month(self, word: str) -> None:
        """A word that names no month gives None."""
        assert month_of(word) is None

    def test_alternation_longest_first(self) -> None:
        """'sept' is tried before 'sep', so a regex reads the whole word."""
        found = re.match(rf"(?:{month_alternation('abbr')})", "sept")
        assert found is not None
        assert found.group() == "sept"

    def test_read_only(self) -> None:
        """The shared lookup cannot be changed by a caller."""
        with pytest.raises(TypeError):
            month_words()["mayday"] = 5  # type: ignore[index]


class TestWeekdayWords:
    """weekday_words, weekday_of and weekday_alternation."""

    @pytest.mark.parametrize(
        ("word", "weekday"), [("Monday", 0), ("tues", 1), ("THURS", 3), ("sunday", 6)]
    )
    def test_weekday_of(self, word: str, weekday: int) -> None:
        """0 is Monday, as date.weekday()."""
        assert weekday_of(word) == weekday

    @pytest.mark.parametrize("word", ["", "Mondays", "sun", "wed", "weekday"])
    def test_not_a_weekday(self, word: str) -> None:
        """Words the table does not list give None."""
        assert weekday_of(word) is None

    def test_name_alternation(self) -> None:
        """The names alone match the seven full names and not the abbreviations."""
        names = re.compile(rf"(?:{weekday_alternation('name')})", re.IGNORECASE)
        assert all(names.fullmatch(w) for w in ("Monday", "wednesday", "SUNDAY"))
        assert names.fullmatch("Tues") is None


class TestAlternation:
    """alternation and lazy_regex."""

    def test_blank_runs(self) -> None:
        """A space in a phrase matches any run of blanks, and specials are escaped."""
        pattern = re.compile(alternation(["a dozen", "a.m."]))
        assert pattern.fullmatch("a \t dozen")
        assert pattern.fullmatch("a.m.")
        assert pattern.fullmatch("axmx") is None

    def test_lazy_regex_compiles_once(self) -> None:
        """The builder returns one compiled pattern, with its flags."""
        build = lazy_regex("may", re.IGNORECASE)
        assert build() is build()
        assert build().fullmatch("MAY")


class TestProperties:
    """Properties over any text."""

    @given(st.text(max_size=40))
    def test_lookups_never_raise(self, word: str) -> None:
        """Any str gives a number in range or None."""
        month, weekday = month_of(word), weekday_of(word)
        assert month is None or 1 <= month <= 12
        assert weekday is None or 0 <= weekday <= 6

    @given(st.sets(st.text(alphabet="abc .", min_size=1, max_size=6), min_size=1, max_size=8))
    def test_alternation_matches_each_word(self, words: set[str]) -> None:
        """An alternation fully matches every word it was built from."""
        pattern = re.compile(rf"(?:{alternation(words)})")
        assert all(pattern.fullmatch(w) for w in words)

    @given(st.sampled_from(sorted(month_words())), st.sampled_from(["", "."]))
    def test_month_round_trip(self, word: str, period: str) -> None:
        """A table word, capitalised and with a period, maps back to its table number."""
        assert month_of(word.capitalize() + period) == month_words()[word]


def _example_texts() -> list[tuple[str, str]]:
    """(text, published) of every example article."""
    out = []
    for expected in [EXAMPLES / "expected.jsonl", *sorted(EXAMPLES.glob("dev*/expected.jsonl"))]:
        for line in expected.read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line)
                raw = (expected.parent / "articles" / f"{gold['id']}.txt").read_text("utf-8")
                out.append((raw.partition("\n\n")[2], gold["published"]))
    return out


class TestExamples:
    """End to end: the dates found in the example articles agree with the tables."""

    def test_month_and_weekday_mentions(self) -> None:
        """A date mention led by a month (weekday) word starts in that month (on that day)."""
        checked = 0
        for text, published in _example_texts():
            for m in bilateral.find_dates(text, published=published):
                first = re.match(r"[A-Za-z]+\.?", m.text)
                if first is None or not isinstance(m.value, bilateral.DateSpan):
                    continue
                month, weekday = month_of(first.group()), weekday_of(first.group())
                if month is not None:
                    checked += 1
                    assert m.value.start.month == month, m
                if weekday is not None:
                    checked += 1
                    assert m.value.start.weekday() == weekday, m
        assert checked > 500


class TestReportVerbs:
    def test_table(self) -> None:
        """One reporting verb a row, lowercase, unique and sorted."""
        from bilateral._words import report_verbs

        verbs = report_verbs()
        assert list(verbs) == sorted(set(verbs))
        assert all(v.isalpha() and v.islower() for v in verbs)

    def test_a_reports_date_is_not_the_events(self) -> None:
        """Both the date finder and the event stages read the one table: a date after any
        of its verbs is the report's."""
        from bilateral._words import report_verbs

        for verb in report_verbs():
            text = (
                f"The ministry {verb} on Monday that President Xi Jinping would meet "
                "President Vladimir Putin in Moscow next week."
            )
            [event] = bilateral.extract(text, published="2025-06-11")
            assert event.date is not None
            assert event.date.timex == "2025-W25", verb
