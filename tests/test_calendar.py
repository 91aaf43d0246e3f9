"""Tests of the pure calendar arithmetic: spans, TIMEX3 values and their round trip."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral._calendar import add_months, canonical_span, month_end, parse_timex, timex_of
from bilateral._vocab import Granularity

_DAYS = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9000, 12, 31))


class TestMonthEnd:
    """month_end."""

    @pytest.mark.parametrize(
        ("year", "month", "end"),
        [(2024, 2, 29), (2023, 2, 28), (2024, 12, 31), (2024, 4, 30), (1900, 2, 28)],
    )
    def test_last_day(self, year: int, month: int, end: int) -> None:
        """Leap years and December are handled."""
        assert month_end(year, month) == dt.date(year, month, end)


class TestAddMonths:
    """add_months."""

    def test_across_years(self) -> None:
        """Months carry into the next and previous years."""
        assert add_months(dt.date(2024, 11, 30), 3) == dt.date(2025, 2, 1)
        assert add_months(dt.date(2024, 1, 31), -1) == dt.date(2023, 12, 1)


class TestCanonicalSpan:
    """canonical_span."""

    @pytest.mark.parametrize(
        ("day", "g", "span"),
        [
            ("2020-12-31", "week", ("2020-12-28", "2021-01-03")),
            ("2024-02-29", "month", ("2024-02-01", "2024-02-29")),
            ("2024-08-01", "quarter", ("2024-07-01", "2024-09-30")),
            ("2024-07-01", "half", ("2024-07-01", "2024-12-31")),
            ("2024-01-15", "season", ("2023-12-01", "2024-02-29")),
            ("2024-12-15", "season", ("2024-12-01", "2025-02-28")),
            ("1995-06-01", "decade", ("1990-01-01", "1999-12-31")),
        ],
    )
    def test_span(self, day: str, g: str, span: tuple[str, str]) -> None:
        """The unit containing the day, including ISO week 53 and winter across years."""
        got = canonical_span(dt.date.fromisoformat(day), Granularity(g))
        assert got == tuple(dt.date.fromisoformat(s) for s in span)


class TestTimex:
    """timex_of and parse_timex."""

    @pytest.mark.parametrize(
        ("day", "g", "value"),
        [
            ("2021-01-01", "week", "2020-W53"),
            ("2024-02-10", "season", "2023-WI"),
            ("2024-07-01", "half", "2024-H2"),
            ("2024-06-17", "year", "2024"),
            ("2024-06-17", "decade", "202"),
        ],
    )
    def test_timex_of(self, day: str, g: str, value: str) -> None:
        """TIMEX3 values of each granularity."""
        assert timex_of(dt.date.fromisoformat(day), Granularity(g)) == value

    @pytest.mark.parametrize(
        "value", ["PRESENT_REF", "P3Y", "1998-12-XX", "2024-13", "2021-W60", 7]
    )
    def test_parse_rejects(self, value: object) -> None:
        """Vague, duration, unknown and impossible values name no span."""
        assert parse_timex(value) is None  # type: ignore[arg-type]

    @given(_DAYS, st.sampled_from(list(Granularity)))
    def test_round_trip(self, day: dt.date, g: Granularity) -> None:
        """parse_timex(timex_of(day, g)) is the canonical span of day."""
        start, end = canonical_span(day, g)
        assert parse_timex(timex_of(day, g)) == (start, end, g)
