"""find_dates on classes of expression measured end to end (TempEval-3 setting): each rule has
an example where it applies and a near-miss where it must not. No sentence here is taken from
a benchmark."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral import find_dates

_DAY = dt.date(2024, 6, 19)  # a Wednesday
_AUTUMN = dt.date(2023, 10, 30)  # a Monday late in the year


def _found(text: str, day: dt.date = _DAY) -> list[tuple[str, str | None]]:
    return [(m.text, m.timex) for m in find_dates(text, published=day)]


class TestVagueWordBeforeAUnit:
    """ "in the past year", "the current fiscal year": the words name a unit, not a vague
    reference ("the past", "current")."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Trade doubled in the past year.", [("the past year", "P1Y")]),
            ("Profit will rise in the current fiscal year.", [("the current fiscal year", "2024")]),
            ("Aid fell in the past few years.", [("the past few years", "PXY")]),
        ],
    )
    def test_unit_is_read(self, text: str, want: list[tuple[str, str]]) -> None:
        """The mention runs to the unit and takes its value."""
        assert _found(text) == want

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Ties were cooler in the past.", [("the past", "PAST_REF")]),
            ("The current government disagrees.", [("current", "PRESENT_REF")]),
            ("In the past, talks failed.", [("the past", "PAST_REF")]),
        ],
    )
    def test_near_miss_vague_alone(self, text: str, want: list[tuple[str, str]]) -> None:
        """Near-miss: without a unit right after it, the vague reference stands."""
        assert _found(text) == want


class TestAges:
    """ "52 years old" is an age, not a time expression."""

    def test_age_is_no_mention(self) -> None:
        """An age in years gives no mention."""
        assert _found("The minister, 52 years old, resigned.") == []

    def test_near_miss_years_served(self) -> None:
        """Near-miss: a count of years that is not followed by "old" is a duration."""
        assert _found("She served 52 years in parliament.") == [("52 years", "P52Y")]


class TestInfinitiveLooksAhead:
    """ "agreed to acquire the unit in January": the infinitive's event is still to come."""

    @pytest.mark.parametrize(
        "text",
        [
            "The firm agreed to acquire the unit in January.",
            "The bloc decided to admit two members in early March.",
            "The group announced an agreement to sell its stake in February.",
        ],
    )
    def test_month_after_an_infinitive_is_ahead(self, text: str) -> None:
        """The month after a plan's infinitive is the next such month."""
        [(_, timex)] = _found(text, _AUTUMN)
        assert timex is not None and timex.startswith("2024-")

    def test_near_miss_past_verb(self) -> None:
        """Near-miss: the same month after a past verb is the last one."""
        assert _found("The firm acquired the unit in January.", _AUTUMN) == [("January", "2023-01")]


class TestDateOpeningASentence:
    """ "In September, the firm announced plans to expand": a date that opens its sentence
    dates the clause it opens, even when its verb is a reporting one."""

    def test_opening_date_takes_the_reporting_verb(self) -> None:
        """The reporting verb's past decides, not the plan after it."""
        text = "Profits rose. In September, the firm announced plans to expand."
        assert _found(text, _AUTUMN) == [("September", "2023-09")]

    def test_near_miss_attribution_after_a_date(self) -> None:
        """Near-miss: a reporting verb after a date inside its clause does not date it."""
        text = "The plant will open in September, the firm announced."
        assert _found(text, _AUTUMN) == [("September", "2024-09")]


class TestReportingPeriodPossessive:
    """ "The latest quarter's results": the period before a possessive is found, without it."""

    def test_possessive_period(self) -> None:
        """The mention stops before "'s" and names the last quarter."""
        text = "The latest quarter's results included a gain."
        assert _found(text, _AUTUMN) == [("The latest quarter", "2023-Q3")]

    def test_near_miss_period_before_a_word(self) -> None:
        """Near-miss: a quarter run on into a longer word is not a period ("quarterback")."""
        assert _found("The latest quarterback's pass failed.", _AUTUMN) == []


class TestInfinitiveOfPurpose:
    """After a past act, an infinitive of purpose ("flew to Warsaw to meet Tusk on Wednesday")
    looks to the nearest such day; after a verb of plan ("agreed to meet"), ahead."""

    _THURSDAY = dt.date(2025, 5, 8)

    @pytest.mark.parametrize(
        "text",
        [
            "Merz flew to Warsaw to meet Tusk on Wednesday.",
            "Merz used his first full day in office to visit Paris on Wednesday.",
        ],
    )
    def test_goal_of_a_past_act_is_the_nearest_day(self, text: str) -> None:
        assert _found(text, self._THURSDAY) == [("Wednesday", "2025-05-07")]

    @pytest.mark.parametrize(
        "text",
        [
            "Merz agreed to meet Tusk on Wednesday.",
            "Merz invited Tusk to visit Berlin on Wednesday.",
            "Merz will fly to Warsaw to meet Tusk on Wednesday.",
        ],
    )
    def test_a_plan_still_looks_ahead(self, text: str) -> None:  # near-misses
        assert _found(text, self._THURSDAY) == [("Wednesday", "2025-05-14")]

    def test_a_clause_break_ends_the_past_act(self) -> None:
        text = "Merz flew to Warsaw on Monday, and he plans to meet Tusk on Wednesday."
        assert _found(text, dt.date(2025, 5, 6))[-1] == ("Wednesday", "2025-05-07")


class TestTheSameDayAfterAReport:
    """ "the same day" is the day of the news told last, not the day of a report about it."""

    _WEDNESDAY = dt.date(2025, 4, 30)

    def test_the_report_day_is_no_anchor(self) -> None:
        text = (
            "The ministers will meet in Washington on May 6, officials said on Wednesday. "
            "The envoys will meet the same day."
        )
        assert _found(text, self._WEDNESDAY)[-1] == ("the same day", "2025-05-06")

    def test_a_day_of_news_is_an_anchor(self) -> None:  # near-miss
        text = (
            "The ministers will meet in Washington on May 6, and the envoys on Wednesday. "
            "The deputies will meet the same day."
        )
        assert _found(text, self._WEDNESDAY)[-1] == ("the same day", "2025-04-30")


class TestWhenClauseAfterADate:
    """ "in December, when the two countries signed a treaty": the clause the date opens
    tells its tense, not the verb before it."""

    _JUNE = dt.date(2023, 6, 8)

    def test_a_past_when_clause_looks_back(self) -> None:
        text = "The talks will build on the visit in December, when the two sides signed a treaty."
        assert _found(text, self._JUNE) == [("December", "2022-12")]

    def test_a_future_when_clause_looks_ahead(self) -> None:  # near-miss
        text = (
            "The talks will build on the visit in December, when the two sides will sign a treaty."
        )
        assert _found(text, self._JUNE) == [("December", "2023-12")]

    def test_without_a_when_clause_the_verb_before_decides(self) -> None:  # near-miss
        text = "The talks will build on the visit in December."
        assert _found(text, self._JUNE) == [("December", "2023-12")]


class TestPastDayOfLastYear:
    """A month and day told in the past tense is last year's when this year's is still two
    months or more ahead; a day of the same season at hand is taken whatever the tense."""

    _OCTOBER = dt.date(2025, 10, 10)

    def test_a_past_call_on_december_28_is_last_year(self) -> None:
        text = "Putin apologised to Aliyev in a telephone call on December 28."
        assert _found(text, self._OCTOBER) == [("December 28", "2024-12-28")]

    def test_a_day_at_hand_is_this_years(self) -> None:  # near-miss
        text = "Putin apologised to Aliyev in a telephone call on October 14."
        assert _found(text, dt.date(2025, 10, 10)) == [("October 14", "2025-10-14")]
