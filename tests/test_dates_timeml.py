"""find_dates as TimeML annotates: TIMEX3 extents, vague counts of units, and the classes of
expression added for the TempEval-3 measures. Each rule has its own cases and a near-miss;
no sentence here is taken from a benchmark."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import Duration, TimeRef, find_dates

_DAY = dt.date(2024, 6, 19)  # a Wednesday
_DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))


def _found(text: str, day: dt.date = _DAY) -> list[tuple[str, str | None]]:
    return [(m.text, m.timex) for m in find_dates(text, published=day)]


class TestExtents:
    """TIMEX3 extents: prepositions and possessives outside, determiners inside."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The strike lasted for three days.", [("three days", "P3D")]),
            ("Prices rose over the past two months.", [("the past two months", "P2M")]),
            ("A reply is due within a week.", [("a week", "P1W")]),
            ("Ties were cooler in the past.", [("the past", "PAST_REF")]),
            ("Right now the talks are stalled.", [("now", "PRESENT_REF")]),
            ("Friday's vote was close.", [("Friday", "2024-06-14")]),
            ("Last month's figures were revised.", [("Last month", "2024-05")]),
            ("He spoke earlier this week.", [("this week", "2024-W25")]),
            ("Sales rose 5% in the six months under review.", [("the six months", "P6M")]),
        ],
    )
    def test_extent(self, text: str, want: list[tuple[str, str]]) -> None:
        """The mention covers the expression only, as TIMEX3 marks it."""
        assert _found(text) == want

    def test_possessive_is_not_cut_from_a_name(self) -> None:
        """Near-miss: an apostrophe inside the expression ("the '90s") is kept."""
        assert _found("Growth in the '90s was fast.") == [("the '90s", "199")]

    def test_value_text_follows_the_extent(self) -> None:
        """The value's text is the trimmed expression too."""
        [m] = find_dates("They talked for two hours.", published=_DAY)
        assert m.value == Duration(value="PT2H", text="two hours")


class TestSomeUnits:
    """An unknown number of units is a duration with X: "several weeks" is PXW."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The work took several weeks.", [("several weeks", "PXW")]),
            ("It may take a few days.", [("a few days", "PXD")]),
            ("Talks have stalled in recent months.", [("recent months", "PXM")]),
            ("They have not spoken for years.", [("years", "PXY")]),
            ("A deal may come within weeks.", [("weeks", "PXW")]),
            ("He took a several-year break.", [("several-year", "PXY")]),
            ("They met several years ago.", [("several years ago", "PAST_REF")]),
        ],
    )
    def test_some_units(self, text: str, want: list[tuple[str, str]]) -> None:
        """Each vague count gives its X duration (or a past reference with "ago")."""
        assert _found(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "Years of talks came to nothing.",  # no preposition: a noun phrase, not a period
            "They met within days of the vote.",  # "within days of" anchors on an event
            "Several delegates left early.",  # "several" without a unit
        ],
    )
    def test_near_misses(self, text: str) -> None:
        """A bare plural without a preposition, or tied to an event by "of", is no mention."""
        assert _found(text) == []

    def test_vague_present_stays_a_reference(self) -> None:
        """Near-miss: "recently" is still PAST_REF, a TimeRef, not a duration."""
        [m] = find_dates("They met recently.", published=_DAY)
        assert m.value == TimeRef(timex="PAST_REF", text="recently")


class TestProperties:
    """Properties of the extents over any text."""

    @given(
        st.text(
            alphabet=st.sampled_from(list("for in the past weeks 's now Friday ")), max_size=80
        ),
        _DAYS,
    )
    def test_extents_index_the_input(self, text: str, day: dt.date) -> None:
        """Trimmed mentions still index the input and never start with a preposition."""
        for m in find_dates(text, published=day):
            assert text[m.start : m.end] == m.text
            assert m.text.split()[0].lower() not in {"for", "in", "within", "over", "during"}
            assert not m.text.endswith(("'s", "’s"))
