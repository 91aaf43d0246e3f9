"""Tests of resolve_date and find_dates: the case table, the seeds, forms, tense and properties."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import (
    DateMod,
    DateSpan,
    Duration,
    Granularity,
    Recurrence,
    Tense,
    TimeOfDay,
    TimeRef,
    find_dates,
    resolve_date,
)
from bilateral._date_anchor import sentence_tense
from bilateral._dateparser import granularity_of, parse_span

CASES = Path(__file__).parent / "data" / "date_cases.tsv"


def _cases() -> list[object]:
    lines = [line for line in CASES.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    params: list[object] = []
    for row in csv.DictReader(lines, delimiter="\t"):
        marks = []
        if row["note"].startswith("xfail"):
            marks.append(pytest.mark.xfail(strict=True, reason=row["note"]))
        case_id = f"{row['group']}: {row['expr']} @{row['published']} {row['tense']}".strip()
        params.append(pytest.param(row, marks=marks, id=case_id))
    return params


def _timex_and_mod(expr: str, published: str, tense: str | None) -> tuple[str | None, str]:
    value = resolve_date(expr, published=published, tense=tense)
    if value is None:
        mentions = find_dates(expr, published=published)
        return (mentions[0].timex if mentions else None), ""
    mod = getattr(value, "mod", None)
    return value.timex, mod.value if mod else ""


class TestResolveDateCases:
    """resolve_date on the case table tests/data/date_cases.tsv."""

    @pytest.mark.parametrize("row", _cases())
    def test_case(self, row: dict[str, str]) -> None:
        """The expression resolves to the table's TIMEX3 value and modifier."""
        got = _timex_and_mod(row["expr"], row["published"], row["tense"] or None)
        assert got == (row["timex"], row["mod"])


class TestResolveDate:
    """resolve_date: values, types, argument checks and the dateparser fallback."""

    def test_next_week_is_an_iso_week(self) -> None:
        """'next week' published Wed 2025-04-16 is the whole ISO week 2025-W17."""
        span = resolve_date("next week", published=dt.date(2025, 4, 16))
        assert isinstance(span, DateSpan)
        assert (span.start, span.end, span.granularity) == (
            dt.date(2025, 4, 21),
            dt.date(2025, 4, 27),
            Granularity.WEEK,
        )

    def test_duration_is_not_a_date(self) -> None:
        """'in nearly a decade' is a Duration P10Y approx."""
        value = resolve_date("in nearly a decade", published="2024-06-17")
        assert value == Duration(value="P10Y", mod="approx", text="in nearly a decade")

    def test_mid_keeps_the_month_and_says_mid(self) -> None:
        """'mid-June' is June with mod mid, as TIMEX3 writes it: no guessed third."""
        span = resolve_date("mid-June 2024", published="2025-01-01")
        assert isinstance(span, DateSpan)
        assert (span.start, span.end, span.timex, span.mod) == (
            dt.date(2024, 6, 1),
            dt.date(2024, 6, 30),
            "2024-06",
            DateMod.MID,
        )

    def test_earlier_this_month_is_the_month_with_mod_early(self) -> None:
        """'earlier this month' is the month of publication, mod early."""
        span = resolve_date("earlier this month", published="2024-06-17")
        assert isinstance(span, DateSpan)
        assert (span.start, span.end, span.mod) == (
            dt.date(2024, 6, 1),
            dt.date(2024, 6, 30),
            DateMod.EARLY,
        )

    def test_tense_accepts_enum_and_string(self) -> None:
        """tense may be a Tense or its string value."""
        a = resolve_date("Friday", published="2025-04-16", tense=Tense.FUTURE)
        b = resolve_date("Friday", published="2025-04-16", tense="future")
        assert a == b
        assert a is not None
        assert a.timex == "2025-04-18"

    def test_vague_reference_is_a_timeref(self) -> None:
        """'now' names no span: it is a TimeRef, PRESENT_REF."""
        assert resolve_date("now", published="2024-06-17") == TimeRef(
            timex="PRESENT_REF", text="now"
        )

    def test_two_expressions_give_none(self) -> None:
        """An expression with two dates in it is not one date."""
        assert resolve_date("Monday and Tuesday", published="2024-06-17") is None

    def test_fallback_to_dateparser(self) -> None:
        """A numeric European date goes to dateparser and becomes a day span."""
        span = resolve_date("12.06.2024", published="2024-06-17")
        assert span is not None
        assert span.timex == "2024-06-12"

    def test_fallback_ignores_plain_words(self) -> None:
        """Words with no calendar hint are not sent to dateparser."""
        assert resolve_date("the ministers", published="2024-06-17") is None

    def test_empty_and_long(self) -> None:
        """An empty or over-long expression resolves to None."""
        assert resolve_date("  ", published="2024-06-17") is None
        assert resolve_date("x" * 500, published="2024-06-17") is None

    @pytest.mark.parametrize(
        ("kwargs", "error", "name"),
        [
            ({"expr": b"today", "published": "2024-06-17"}, TypeError, "'expr'"),
            ({"expr": "today", "published": 20240617}, TypeError, "'published'"),
            ({"expr": "today", "published": "June"}, ValueError, "'published'"),
            ({"expr": "today", "published": "2024-06-17", "tense": 3}, TypeError, "'tense'"),
            ({"expr": "today", "published": "2024-06-17", "tense": "soon"}, ValueError, "'tense'"),
        ],
    )
    def test_bad_arguments(self, kwargs: dict[str, object], error: type, name: str) -> None:
        """Wrong types or values raise TypeError or ValueError naming the argument."""
        with pytest.raises(error, match=name):
            resolve_date(**kwargs)  # type: ignore[arg-type]


class TestFindDates:
    """find_dates on sentences and articles."""

    def test_mention_docstring_example(self) -> None:
        """The DateMention example: 'next week' published 2025-04-16 is 2025-W17."""
        [m] = find_dates("They will meet next week.", published=dt.date(2025, 4, 16))
        assert (m.text, m.start, m.end, m.timex) == ("next week", 15, 24, "2025-W17")

    def test_seed_korea_china(self) -> None:
        """The seed sentences: a duration, a year, a report day and last month."""
        text = (
            "China and South Korea are preparing to hold their first high-level security talks "
            "in nearly a decade. It coincides with Putin's first visit since 2000. Bloomberg "
            "reported on Monday. Li met Yoon last month. The summit was the first in four years."
        )
        got = [(m.text, m.timex) for m in find_dates(text, published="2024-06-17")]
        assert got == [
            ("nearly a decade", "P10Y"),
            ("2000", "2000"),
            ("Monday", "2024-06-17"),
            ("last month", "2024-05"),
            ("four years", "P4Y"),
        ]

    def test_tense_decides_weekday(self) -> None:
        """'will meet on Friday' looks forward; 'met on Friday' looks back."""
        text = "They met on Friday. They will meet again on Friday."
        first, second = find_dates(text, published="2025-04-16")
        assert (first.timex, first.tense) == ("2025-04-11", Tense.PAST)
        assert (second.timex, second.tense) == ("2025-04-18", Tense.FUTURE)

    def test_weekday_on_the_day(self) -> None:
        """'on Wednesday' published on a Wednesday is that day in either direction."""
        for text in ("It was announced on Wednesday.", "It will be announced on Wednesday."):
            [m] = find_dates(text, published="2025-04-16")
            assert m.timex == "2025-04-16"

    def test_month_tense(self) -> None:
        """'in April' is April this year looking back, next year looking forward."""
        past = find_dates("Talks were held in April.", published="2024-06-17")[0]
        future = find_dates("Talks will be held in April.", published="2024-06-17")[0]
        assert (past.timex, future.timex) == ("2024-04", "2025-04")

    def test_in_n_weeks_needs_future(self) -> None:
        """'in two weeks' is a date looking ahead, a duration otherwise."""
        ahead = find_dates("They will meet in two weeks.", published="2025-04-16")[0]
        first = find_dates("The first talks in two weeks will open.", published="2025-04-16")[0]
        assert (ahead.timex, first.timex) == ("2025-W18", "P2W")

    def test_vague_references(self) -> None:
        """Vague references have a TIMEX3 ref value and no span."""
        text = "Relations are now warm; ties were recently tested and may improve in the future."
        got = [(m.text, m.timex, m.value) for m in find_dates(text, published="2024-06-17")]
        assert got == [
            ("now", "PRESENT_REF", TimeRef(timex="PRESENT_REF", text="now")),
            ("recently", "PAST_REF", TimeRef(timex="PAST_REF", text="recently")),
            ("the future", "FUTURE_REF", TimeRef(timex="FUTURE_REF", text="the future")),
        ]

    def test_coming_weeks_is_some_weeks(self) -> None:
        """'the coming weeks' is an unknown number of weeks (TIMEX3 PXW), not a span."""
        [m] = find_dates("A deal is expected in the coming weeks.", published="2024-06-17")
        assert m.timex == "PXW"
        assert isinstance(m.value, Duration)

    def test_anaphora_next_day(self) -> None:
        """'the next day' follows the last day-granularity date in the text."""
        text = "Kim arrived on June 3, 2024. He met Putin the next day."
        got = [m.timex for m in find_dates(text, published="2024-06-17")]
        assert got == ["2024-06-03", "2024-06-04"]

    def test_anaphora_without_anchor(self) -> None:
        """'three days later' with no earlier date stays unresolved."""
        [m] = find_dates("Three days later, talks resumed.", published="2024-06-17")
        assert (m.value, m.timex) == (None, None)

    def test_anaphora_later_and_week(self) -> None:
        """'three days later' and 'the following week' count from the last date."""
        text = (
            "Talks opened on May 2, 2024. Three days later they paused; the following week ended."
        )
        got = [m.timex for m in find_dates(text, published="2024-06-17")]
        assert got == ["2024-05-02", "2024-05-05", "2024-W19"]

    def test_dateline(self) -> None:
        """A dateline's month and day is the nearest such day."""
        text = "SEOUL, April 16 (Yonhap) -- The minister will fly to Washington."
        assert find_dates(text, published="2025-04-17")[0].timex == "2025-04-16"

    def test_dateline_without_date(self) -> None:
        """'WASHINGTON (AP) --' has no date."""
        assert find_dates("WASHINGTON (AP) -- Talks ended.", published="2025-04-17") == []

    def test_financial_year_ago(self) -> None:
        """In a results sentence 'a year earlier' is the same quarter a year before."""
        text = "Third-quarter net rose 5% from a year earlier."
        got = [m.timex for m in find_dates(text, published="1989-11-01")]
        assert got == ["1989-Q3", "1988-Q3"]

    def test_the_quarter_without_anchor(self) -> None:
        """'the quarter' alone in a results sentence is the last completed quarter."""
        [m] = find_dates("Sales fell in the quarter.", published="1989-11-01")
        assert m.timex == "1989-Q3"

    def test_the_weekend(self) -> None:
        """'the weekend' looks back early in the week."""
        [m] = find_dates("Protests spread over the weekend.", published="1990-08-13")
        assert m.timex == "1990-W32-WE"
        assert isinstance(m.value, DateSpan)
        assert (m.value.start, m.value.end, m.value.granularity) == (
            dt.date(1990, 8, 11),
            dt.date(1990, 8, 12),
            Granularity.DAY,
        )

    def test_may_modal_is_not_a_month(self) -> None:
        """'May' opening a sentence as a modal is not the month; 'may' never is alone."""
        assert find_dates("May I ask? Prices may rise.", published="2024-06-17") == []

    def test_durations(self) -> None:
        """'for three days' and 'two-day visit' are durations."""
        text = "He stayed for three days on a two-day visit."
        assert [m.timex for m in find_dates(text, published="2024-06-17")] == ["P3D", "P2D"]

    def test_type_errors(self) -> None:
        """Wrong types raise TypeError naming the argument."""
        with pytest.raises(TypeError, match="'text'"):
            find_dates(None, published="2024-06-17")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="'published'"):
            find_dates("today", published=None)  # type: ignore[arg-type]

    def test_datetime_published(self) -> None:
        """A datetime publication date gives its calendar date."""
        [m] = find_dates("today", published=dt.datetime(2024, 6, 17, 23, 59))
        assert m.timex == "2024-06-17"


class TestSentenceTense:
    """sentence_tense: the tense detector the event extractor reuses."""

    @pytest.mark.parametrize(
        ("sentence", "tense"),
        [
            ("The two leaders will meet in Seoul.", Tense.FUTURE),
            ("The summit is set to open in June.", Tense.FUTURE),
            ("The upcoming talks.", Tense.FUTURE),
            ("The ministers met in Seoul.", Tense.PAST),
            ("The meeting was held in Tokyo.", Tense.PAST),
            ("Officials signed the accord.", Tense.PAST),
            ("The minister is in Seoul.", Tense.PRESENT),
            ("Talks in Seoul", None),
            ("United Nations talks", None),
        ],
    )
    def test_tense(self, sentence: str, tense: Tense | None) -> None:
        """Future cues win over past ones, past over present; names are not verbs."""
        assert sentence_tense(sentence) is tense

    def test_non_str(self) -> None:
        """A non-str has no tense."""
        assert sentence_tense(3) is None  # type: ignore[arg-type]


class TestDateparserFallback:
    """The dateparser module: granularity and the lazy import."""

    def test_granularity(self) -> None:
        """The expression's own unit sets the span."""
        assert granularity_of("3 weeks ago") is Granularity.WEEK
        assert granularity_of("il y a 3 mois") is Granularity.DAY
        assert granularity_of("last months") is Granularity.MONTH
        assert granularity_of("years") is Granularity.YEAR
        assert granularity_of("soon") is Granularity.DAY

    def test_parse_span_unparsable(self) -> None:
        """A hinted expression dateparser cannot read gives None."""
        assert parse_span("17 zorbles", dt.date(2024, 6, 17)) is None
        assert parse_span(3, dt.date(2024, 6, 17)) is None  # type: ignore[arg-type]

    def test_dateparser_not_imported(self) -> None:
        """import bilateral does not import dateparser."""
        code = "import bilateral, sys; assert 'dateparser' not in sys.modules"
        subprocess.run([sys.executable, "-c", code], check=True)


#: Imports the date modules afresh in a subprocess and prints how many regexes were
#: compiled and how many tables were read while they ran.
_FRESH_IMPORT = """
import importlib, re, sys
import re._compiler
import bilateral
from bilateral import _tables
importlib.import_module("bilateral._dates")  # what the date modules import, loaded first
for name in [m for m in sys.modules if m.startswith(("bilateral._date", "bilateral._words"))]:
    del sys.modules[name]
re.purge()
_tables.read_tsv.cache_clear()
compiled = []
real = re._compiler.compile
re._compiler.compile = lambda *args, **kwargs: compiled.append(args[0]) or real(*args, **kwargs)
importlib.import_module("bilateral._dates")
print(len(compiled), _tables.read_tsv.cache_info().currsize)
"""


class TestModules:
    """The date modules: their import cost and the names other modules use."""

    def test_nothing_compiled_or_read_at_import(self) -> None:
        """Importing the date modules compiles no regex and reads no table."""
        out = subprocess.run(
            [sys.executable, "-c", _FRESH_IMPORT], check=True, capture_output=True, text=True
        )
        assert out.stdout.split() == ["0", "0"]

    def test_date_mentions(self) -> None:
        """The finder the document calls, on checked arguments."""
        from bilateral._dates import date_mentions

        [m] = date_mentions("They met on Monday.", dt.date(2024, 6, 19))
        assert (m.text, m.timex) == ("Monday", "2024-06-17")


_DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
_UNIT_EXPRS = {
    "week": Granularity.WEEK,
    "month": Granularity.MONTH,
    "year": Granularity.YEAR,
    "quarter": Granularity.QUARTER,
    "weekend": Granularity.DAY,
    "Monday": Granularity.DAY,
    "Friday": Granularity.DAY,
    "summer": Granularity.SEASON,
}


class TestProperties:
    """Properties over any text and any publication date."""

    @given(st.text(max_size=300), _DAYS)
    def test_find_dates_never_raises(self, text: str, day: dt.date) -> None:
        """Any str gives mentions whose offsets index the input."""
        for m in find_dates(text, published=day):
            assert text[m.start : m.end] == m.text
            assert 0 <= m.start < m.end <= len(text)

    @given(st.text(max_size=60), _DAYS)
    def test_resolve_date_never_raises(self, text: str, day: dt.date) -> None:
        """Any str gives a DateSpan, a Duration, a vague reference (TimeRef), a time of day, a
        recurrence or None."""
        value = resolve_date(text, published=day)
        assert isinstance(
            value, DateSpan | Duration | TimeRef | TimeOfDay | Recurrence | type(None)
        )

    @given(st.sampled_from(sorted(_UNIT_EXPRS)), _DAYS)
    def test_next_and_last(self, unit: str, day: dt.date) -> None:
        """'next X' never starts before and 'last X' never ends after the reference."""
        after = resolve_date(f"next {unit}", published=day)
        before = resolve_date(f"last {unit}", published=day)
        assert isinstance(after, DateSpan)
        assert isinstance(before, DateSpan)
        assert after.start > day or (after.granularity is not Granularity.DAY and after.end > day)
        assert before.end < day or (
            before.granularity is not Granularity.DAY and before.start < day
        )
        assert after.granularity is _UNIT_EXPRS[unit] is before.granularity
        assert after.start <= after.end
        assert before.start <= before.end

    @given(
        st.sampled_from(["early", "mid", "late"]),
        st.sampled_from(["next year", "June 2024", "this month", "the 1990s", "2024"]),
        _DAYS,
    )
    def test_parts_lie_within_the_unit(self, part: str, expr: str, day: dt.date) -> None:
        """early/mid/late narrow a span inside its unit, with the matching mod."""
        joiner = "-" if part == "mid" else " "
        span = resolve_date(f"{part}{joiner}{expr}", published=day)
        assert isinstance(span, DateSpan)
        whole = DateSpan.containing(span.start, span.granularity)
        assert whole.start <= span.start <= span.end <= whole.end
        assert span.mod is DateMod(part)


_FORMS = [
    ("Results for FY2024 were strong.", "2025-04-16", ["2024"]),
    ("They will not have met since April.", "2024-06-17", ["2024-04"]),
    ("They said a reply is due by Oct. 31.", "1989-10-26", ["1989-10-31"]),
    # a schedule told with no tense of its own, or from the past: the nearest such day
    ("A meeting in Lima, set for Oct. 23, was called off.", "2025-11-10", ["2025-10-23"]),
    ("A visit planned for March has been postponed.", "2025-02-20", ["2025-03"]),
    ("Talks set for Saturday in Rome postponed", "2025-05-01", ["2025-05-03"]),
    ("The envoys had been scheduled to meet on July 29.", "2025-08-11", ["2025-07-29"]),
    ("The talks were set for Oct. 23.", "2025-11-10", ["2025-10-23"]),
    # a day almost a year away is not read when the same day is within three months
    ("The talks are set for Oct. 23.", "2025-11-10", ["2025-10-23"]),
    ("The talks are set for Oct. 23.", "2025-09-10", ["2025-10-23"]),
    ("They met on Jan. 14.", "2000-01-15", ["2000-01-14"]),
    ("They will meet on March 12.", "1999-02-16", ["1999-03-12"]),
    # a weekday names the year
    ("They meet on Monday, Oct. 26.", "1998-10-25", ["1998-10-26"]),
    # an -ed word after a determiner is an adjective, not a past tense
    ("They will hold the first round of the relaunched talks in May.", "2025-03-17", ["2025-05"]),
    # "the following May", "the previous December": after or before the date told last
    (
        "They met on Oct. 22, 2022. The following May, talks resumed.",
        "2025-08-20",
        ["2022-10-22", "2023-05"],
    ),
    (
        "They met in March 2021; the previous December they had spoken.",
        "2025-08-20",
        ["2021-03", "2020-12"],
    ),
    ("The following May, the leaders met.", "2025-08-20", ["2026-05"]),
    # a month told with its year earlier in the sentence names the year of its days
    (
        "After the election in November last year, they spoke on Nov. 9.",
        "2025-09-01",
        ["2024-11", "2024-11-09"],
    ),
    (
        "In March 2023 they agreed to meet again, and did so on March 30.",
        "2024-02-01",
        ["2023-03", "2023-03-30"],
    ),
    ("She became the first leader to visit Kyiv in May.", "2024-06-01", ["2024-05"]),
    # a date in brackets spells out the weekday before it
    (
        "They spoke in a phone call on Thursday (Nov 14), officials said.",
        "2024-11-27",
        ["2024-11-14"],
    ),
    # a day of the month alone, after "on": this month's, the last or the next
    ("He arrived in Accra on the 14th at the head of a delegation.", "2025-04-16", ["2025-04-14"]),
    ("They will meet on the 3rd.", "2025-04-16", ["2025-05-03"]),
    ("They met on the 20th.", "2025-04-16", ["2025-03-20"]),
    ("It was the 23rd round of talks.", "2025-04-16", []),
    ("He came for the 5th time on Monday.", "2025-04-16", ["2025-04-14"]),
    ("She plans to visit Kyiv in May.", "2024-06-01", ["2025-05"]),
    (
        "Sales rose in the third quarter. Profit was 5 cents a share a year ago.",
        "1989-11-01",
        ["1989-Q3", "1988-Q3"],
    ),
    ("The deal was signed on 6/5/2024 and 25/12/2024.", "2025-04-16", ["2024-06-05", "2024-12-25"]),
    ("Nothing happened on Feb. 30.", "2025-04-16", []),
    ("They will meet on June 5.", "2024-06-17", ["2024-06-05"]),
    ("They will meet on June 5.", "2024-02-17", ["2024-06-05"]),
    ("They met on June 5.", "2024-02-17", ["2023-06-05"]),
    ("Prices may 5 times rise.", "2024-06-17", []),
    ("It fell on the 5th of may.", "2024-06-17", []),
    ("The third half was long.", "2024-06-17", []),
    ("Sales in 2024 rose; the first half was strong.", "2025-04-16", ["2024", "2024-H1"]),
    ("Results for q3 were weak.", "2024-06-17", []),
    ("Sales in the third quarter of this year grew.", "2024-06-17", ["2024-Q3"]),
    (
        "The third quarter of 2023 was weak; sales fell in the quarter.",
        "2024-06-17",
        ["2023-Q3", "2023-Q3"],
    ),
    ("It rained during the period.", "2024-06-17", []),
    ("Sales in the current quarter rose.", "2024-06-17", ["2024-Q2"]),
    ("Sales beat the previous quarter.", "2024-06-17", ["2023-Q4"]),
    ("Sales beat the latest quarter.", "2024-06-17", ["2024-Q1"]),
    ("Third-quarter profit beat year-earlier results.", "1989-11-01", ["1989-Q3", "1988-Q3"]),
    ("Calm returned to year-ago levels.", "1989-11-01", ["1988"]),
    ("It was the year of change.", "2024-06-17", []),
    ("Growth beat the full year.", "2024-06-17", ["2024"]),
    ("Music of the '90s and the '20s.", "2024-06-17", ["199", "202"]),
    ("Prices rose over the past year.", "2024-06-17", ["P1Y"]),
    ("Growth slowed last decade.", "2024-06-17", ["201"]),
    ("Growth slowed in the last decade.", "2024-06-17", ["P10Y"]),
    ("A deal could come later next year.", "2024-06-17", ["2025"]),
    ("They will rest over the weekend.", "2024-06-17", ["2024-W25-WE"]),
    (
        "Kim arrived on June 3, 2024, and Putin the day before.",
        "2024-06-17",
        ["2024-06-03", "2024-06-02"],
    ),
    (
        "Kim arrived on June 3, 2024. They met the next morning.",
        "2024-06-17",
        ["2024-06-03", "2024-06-04TMO"],  # a part of a day: TIMEX3 TIME
    ),
    ("Two days earlier, talks ended.", "2024-06-17", ["2024-06-15"]),
    ("They meet twice a day.", "2024-06-17", ["P1D"]),  # a rate: TIMEX3 SET
    ("They meet this coming Friday.", "2024-06-17", ["2024-06-21"]),
    ("They meet this Friday.", "2024-06-17", ["2024-06-21"]),
    ("The minister is in Seoul on Friday.", "2024-06-19", ["2024-06-21"]),
    (
        "Talks were held last April, and will be next April, or this April.",
        "2024-06-17",
        ["2024-04", "2025-04", "2024-04"],
    ),
    ("The talks are in November.", "2024-03-01", ["2023-11"]),
    ("The talks are in February.", "2024-11-01", ["2025-02"]),
    ("The deadline 2024-13-45 passed.", "2024-06-17", []),
    ("It happened a century ago.", "2024-06-17", ["1924"]),
    ("It lasted two hours.", "2024-06-17", ["PT2H"]),
    ("He left the previous week.", "2024-06-17", ["2024-W24"]),
    ("He left the following week.", "2024-06-17", [None]),
    (
        "Kim arrived on Friday, June 7, 2024. He left the following weekend.",
        "2024-06-17",
        ["2024-06-07", "2024-W24-WE"],
    ),
    ("The summer of 2024 was hot; the end of 1990 was cold.", "2025-04-16", ["2024-SU", "1990"]),
]


class TestForms:
    """find_dates on one sentence per less common form."""

    @pytest.mark.parametrize(("text", "published", "timexes"), _FORMS)
    def test_form(self, text: str, published: str, timexes: list[str | None]) -> None:
        """The sentence's mentions have the listed TIMEX3 values, in order."""
        assert [m.timex for m in find_dates(text, published=published)] == timexes

    def test_granularity_paths(self) -> None:
        """The fallback's granularity reads month names and units."""
        assert granularity_of("June 2024") is Granularity.MONTH
        assert granularity_of("5 June") is Granularity.DAY
        assert granularity_of("3 months") is Granularity.MONTH
