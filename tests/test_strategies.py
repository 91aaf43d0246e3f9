"""Tests of the public Hypothesis strategies (bilateral.strategies)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral import DateSpan, Granularity
from bilateral import strategies as bst


class TestDateSpans:
    @settings(max_examples=300)
    @given(st.data(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    def test_bounds_bound_the_whole_span(self, data: st.DataObject, low: dt.date) -> None:
        """Every span drawn lies wholly between min_value and max_value, not just a day of it."""
        high = data.draw(st.dates(min_value=low, max_value=dt.date(2099, 12, 31)))
        span = data.draw(bst.date_spans(min_value=low, max_value=high))
        assert low <= span.start <= span.end <= high

    @settings(max_examples=200)
    @given(bst.date_spans(min_value=dt.date(2020, 1, 1), narrowed=False))
    def test_howto_example_holds(self, span: DateSpan) -> None:
        """The how-to's example property (start in 2020 or later, no mod) holds on every draw."""
        assert span.start.year >= 2020 and span.mod is None

    @settings(max_examples=100)
    @given(bst.date_spans(min_value=dt.date(2024, 5, 7), max_value=dt.date(2024, 5, 7)))
    def test_a_single_day_window_gives_that_day(self, span: DateSpan) -> None:
        """With both bounds on one day, only that day (a day granularity) fits."""
        assert (span.start, span.end, span.granularity) == (
            dt.date(2024, 5, 7),
            dt.date(2024, 5, 7),
            Granularity.DAY,
        )

    def test_wide_bounds_still_give_every_granularity(self) -> None:
        """Bounding the spans does not lose the coarse granularities where they fit."""
        seen: set[Granularity] = set()

        @settings(max_examples=400, database=None)
        @given(bst.date_spans(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
        def collect(span: DateSpan) -> None:
            seen.add(span.granularity)

        collect()
        assert {Granularity.DAY, Granularity.MONTH, Granularity.YEAR} <= seen

    def test_min_after_max_is_a_value_error(self) -> None:
        """Crossed bounds are a ValueError naming both arguments."""
        with pytest.raises(ValueError, match=r"'min_value'.*'max_value'"):
            bst.date_spans(min_value=dt.date(2025, 1, 2), max_value=dt.date(2025, 1, 1))

    def test_bound_of_the_wrong_type_is_a_type_error(self) -> None:
        """A string bound is a TypeError naming the argument."""
        with pytest.raises(TypeError, match=r"'max_value' must be a datetime\.date"):
            bst.date_spans(max_value="2025-01-01")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="'narrowed' must be a bool"):
            bst.date_spans(narrowed=1)  # type: ignore[arg-type]
