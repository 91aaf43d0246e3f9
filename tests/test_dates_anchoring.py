"""Classes of date expression whose value depends on the words around them, measured end to
end with find_dates: each rule has an example where it applies and a near-miss where it must
not. The sentences are written for these tests; none is taken from a benchmark."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from bilateral import DateMod, DateSpan, Granularity, find_dates
from bilateral._date_words import unit_span

_MONDAY = dt.date(2023, 10, 30)


def _found(text: str, day: dt.date = _MONDAY) -> list[tuple[str, str | None]]:
    return [(m.text, m.timex) for m in find_dates(text, published=day)]


class TestInfinitiveAfterRegularPastVerb:
    """ "raised its bid to buy the mill Friday": a regular past verb (one the tense table does
    not list) governs the infinitive after it, so the day is the nearest Friday, not the next."""

    def test_goal_of_a_past_act_is_the_nearest_day(self) -> None:
        """The infinitive of purpose after an -ed verb looks to the nearest such day."""
        text = "The two suitors raised their bids to buy the paper mill Friday."
        assert _found(text) == [("Friday", "2023-10-27")]

    def test_near_miss_infinitive_alone_looks_ahead(self) -> None:
        """Near-miss: with no past verb before it, the infinitive looks ahead."""
        text = "The two suitors hope to buy the paper mill Friday."
        assert _found(text) == [("Friday", "2023-11-03")]


class TestParticipleAfterDeterminerAndAdverb:
    """ "on a still unnamed day in March": an -ed word after a determiner (and at most one adverb)
    is an adjective and gives no past tense."""

    def test_adjective_gives_no_tense(self) -> None:
        """The future of "would" decides, not the adjective."""
        text = "The bonus would be paid on a still unnamed day in January."
        assert _found(text) == [("January", "2024-01")]

    def test_near_miss_past_verb_after_adverb(self) -> None:
        """Near-miss: without the determiner, the -ed word is a past verb."""
        text = "The bonus was still unpaid; the board finally agreed in January."
        assert _found(text) == [("January", "2023-01")]


class TestYearEarlierForAPeriodOfMonths:
    """ "For the eight months, sales rose … from a year earlier": the comparison is with the same
    months of the year before (a span inside that year), not with a quarter."""

    def test_months_period_compares_with_the_year_before(self) -> None:
        """After a results period of several months the year-ago value is the year before."""
        text = "For the eight months, the brewer's sales rose 4% from a year earlier."
        assert _found(text)[-1] == ("a year earlier", "2022")

    def test_year_earlier_as_modifier(self) -> None:
        """The same for "year-earlier" used before a noun."""
        text = "For the seven months, the brewer lost $3 against year-earlier profit of $2."
        assert _found(text)[-1] == ("year-earlier", "2022")

    def test_near_miss_quarter_told_after_the_months(self) -> None:
        """Near-miss: a quarter named after the months period is the one compared."""
        text = "In the eight months and in the third quarter, sales rose from a year earlier."
        assert _found(text)[-1] == ("a year earlier", "2022-Q3")


class TestDateToldFromADate:
    """ "the day before the May 2 vote", "the week of June 3": one expression, counted from the
    day inside it (TIMEX3 marks the whole phrase)."""

    def test_day_before_a_day(self) -> None:
        """The day before a named day is the day before it."""
        text = "The envoy arrived the day before the Nov. 7 summit."
        assert _found(text) == [("the day before the Nov. 7", "2023-11-06")]

    def test_week_of_a_day(self) -> None:
        """ "the week of" a day is that day's ISO week."""
        assert _found("Hearings resume the week of Nov. 13.") == [
            ("the week of Nov. 13", "2023-W46")
        ]

    def test_near_miss_day_of_a_day(self) -> None:
        """Near-miss: "the day of" a day names the day itself, which stays alone."""
        assert _found("Crowds gathered on the day of the Nov. 7 summit.") == [
            ("Nov. 7", "2023-11-07")
        ]


class TestAgoCountsFromThePublicationDay:
    """ "N years ago" counts from the publication day: a month told before it in the sentence
    does not make it a month (only a results report compares its periods so)."""

    def test_month_in_sentence_is_not_the_unit(self) -> None:
        """A month earlier in the sentence leaves "41 years ago" a year."""
        text = "Crowds filled the square in early December, as when the rebels won 41 years ago."
        assert _found(text, dt.date(2000, 1, 15))[-1] == ("41 years ago", "1959")

    def test_near_miss_results_report(self) -> None:
        """Near-miss: in a results sentence the quarter told is compared a year back."""
        text = "Net income in the third quarter rose 5% from a year ago."
        assert _found(text)[-1] == ("a year ago", "2022-Q3")


class TestWeekOfANamedDay:
    """ "Christmas week", "Easter week": the ISO week that holds the named day; the one that
    holds the publication day is the current one, whatever the tense."""

    def test_week_under_way(self) -> None:
        """Told in the past on the Monday of Easter week, it is this year's."""
        text = "Pilgrims gathered as Easter week began."
        assert _found(text, dt.date(2024, 3, 25)) == [("Easter week", "2024-W13")]

    def test_near_miss_the_day_alone(self) -> None:
        """Near-miss: the day alone told in the past is the latest before publication."""
        text = "Pilgrims gathered at Easter."
        assert _found(text, dt.date(2024, 3, 25)) == [("Easter", "2023-04-09")]


class TestExtentOfModifiers:
    """TIMEX3 extents: "this" before "coming"/"past" and "fiscal-" before an ordinal quarter are
    modifiers inside the expression; a possessive determiner stays outside."""

    def test_this_coming_weekday(self) -> None:
        """ "this coming Friday" is one expression."""
        assert _found("The envoy arrives this coming Friday.") == [
            ("this coming Friday", "2023-11-03")
        ]

    def test_this_past_season(self) -> None:
        """ "this past summer" is one expression."""
        assert _found("Exports fell this past summer.") == [("this past summer", "2023-SU")]

    def test_hyphenated_fiscal_quarter(self) -> None:
        """ "the fiscal-second quarter" runs from "the"."""
        text = "The airline lost money in the fiscal-second quarter."
        assert _found(text) == [("the fiscal-second quarter", "2023-Q2")]

    def test_near_miss_possessive_outside(self) -> None:
        """Near-miss: "its" before a quarter is outside the extent."""
        text = "The airline lost money in its second quarter."
        assert _found(text) == [("second quarter", "2023-Q2")]


class TestOneDayAfterAModal:
    """ "could one day host": "one day" between a modal and its verb is an indefinite time
    ahead (TIMEX3 ``FUTURE_REF``), not a duration."""

    def test_modal_before(self) -> None:
        """After a modal, "one day" is FUTURE_REF."""
        assert _found("The port could one day rival Rotterdam.") == [("one day", "FUTURE_REF")]

    def test_near_miss_a_count_of_days(self) -> None:
        """Near-miss: "one day" after the verb counts a day."""
        assert _found("The envoy will stay one day.") == [("one day", "P1D")]


class TestInfinitiveAfterAVerbOfPlan:
    """ "agreed to leave on Thursday", "planned to sail on Thursday": after a past verb of
    plan the infinitive looks ahead, whether or not the tense table lists it; a date that
    opens the sentence dates the verb of plan itself."""

    _WED = dt.date(2024, 6, 19)

    def test_unlisted_infinitive_looks_ahead(self) -> None:
        """The day after the infinitive is the next one."""
        text = "The crew planned to sail from Mombasa on Thursday."
        assert _found(text, self._WED) == [("Thursday", "2024-06-20")]

    def test_near_miss_date_opens_the_sentence(self) -> None:
        """Near-miss: opening the sentence, the day dates the past verb of plan."""
        text = "On Thursday, the crew planned to sail from Mombasa."
        assert _found(text, self._WED) == [("Thursday", "2024-06-13")]


class TestLimitAlreadyPast:
    """ "had filed their reports by Monday": "by" sets a limit ahead, unless a past perfect with
    nothing looking ahead tells that the limit is already past."""

    def test_past_perfect_before_by(self) -> None:
        """After "had filed", the Monday is the last one."""
        text = "Most members had filed their reports by Monday, officials said."
        assert _found(text, dt.date(2024, 6, 19)) == [("Monday", "2024-06-17")]

    def test_near_miss_infinitive_after_past_perfect(self) -> None:
        """Near-miss: "had agreed to file … by Monday" still looks ahead."""
        text = "Most members had agreed to file their reports by Monday."
        assert _found(text, dt.date(2024, 6, 19)) == [("Monday", "2024-06-24")]


class TestPlanParticipleAsAdjective:
    """ "a planned meeting on Tuesday": a participle of plan after a determiner is an adjective
    with no tense of its own; a verb before it decides, else the nearest such day; and it does
    not date a day told before it ("On Friday, when she set aside the hastily planned trip")."""

    def test_adjective_alone_gives_the_nearest(self) -> None:
        """With no verb before it, the nearest Tuesday (here the day before publication)."""
        text = "A planned meeting with the envoy on Tuesday did not take place."
        assert _found(text, dt.date(2024, 6, 19)) == [("Tuesday", "2024-06-18")]

    def test_near_miss_future_verb_before(self) -> None:
        """Near-miss: a future verb before the adjective looks ahead."""
        text = "The ministers will hold the planned talks on Tuesday."
        assert _found(text, dt.date(2024, 6, 19)) == [("Tuesday", "2024-06-25")]


class TestPeriodOfLastYear:
    """ "the corresponding period last year", "last year's quarter": in a results report, the
    reporting quarter one year back (as "the year-ago quarter")."""

    def test_corresponding_period(self) -> None:
        """The period told with "last year" after it is last year's quarter."""
        text = "Net fell in the third quarter from the corresponding period last year."
        assert _found(text)[-1] == ("the corresponding period last year", "2022-Q3")

    def test_possessive_quarter(self) -> None:
        """ "last year's quarter" is one expression."""
        assert _found("Exports for last year's quarter were flat.") == [
            ("last year's quarter", "2022-Q3")
        ]

    def test_near_miss_last_years_noun(self) -> None:
        """Near-miss: "last year's" before another noun is the year."""
        assert _found("Last year's exports were flat.") == [("Last year", "2022")]


class TestLastPartOfAYear:
    """ "the last half of 2023", "the last quarter of 2023", "the first two quarters of 2024":
    a half or quarter of the year named after "of"."""

    def test_last_half(self) -> None:
        """ "the last half" of a year is its second half."""
        assert _found("Output grew in the last half of 2022.") == [
            ("the last half of 2022", "2022-H2")
        ]

    def test_two_quarters_of_a_year(self) -> None:
        """The first two quarters of a year are its first half."""
        assert _found("Output grew in the first two quarters of 2022.") == [
            ("the first two quarters of 2022", "2022-H1")
        ]

    def test_near_miss_decade_after_of(self) -> None:
        """Near-miss: "the last half of the '80s" is not a half of this year."""
        assert _found("Output grew in the last half of the '80s.") == [("the '80s", "198")]


class TestReportingQuarterIsNotAhead:
    """The quarter a results report compares with is one already begun: a quarter still to
    come told before ("through the third quarter of 2024") is not the one reported."""

    def test_future_quarter_is_skipped(self) -> None:
        """After a future quarter, "the year-ago period" counts from the last reported one."""
        text = (
            "The outage will last through the third quarter of 2024. "
            "In the year-ago period, the mill earned $3 million."
        )
        assert _found(text)[-1] == ("the year-ago period", "2022-Q3")

    def test_near_miss_past_quarter(self) -> None:
        """Near-miss: a quarter already reported is the one compared."""
        text = "Sales rose in the second quarter. In the year-ago period, the mill lost money."
        assert _found(text)[-1] == ("the year-ago period", "2022-Q2")


class TestTitleInQuotes:
    """A relative unit title-cased right after an opening quote ("This Week", a programme's
    name) is a title, not a date."""

    def test_programme_name(self) -> None:
        """ "on the network's "This Week"" names a programme."""
        assert _found('The envoy, speaking on the network\'s "This Week," said so.') == []

    def test_near_miss_quoted_speech(self) -> None:
        """Near-miss: a quote that opens with "This week" in lower case is a date."""
        assert _found('He said: "This week we talk."') == [("This week", "2023-W44")]


class TestPartOfASeason:
    """ "the early summer", "in late spring": a part of a season with no year is the season of
    this year (the next one when the sentence looks ahead past it)."""

    def test_part_of_this_years_season(self) -> None:
        """Told in the past in October, the early summer is this year's."""
        text = "Orders picked up from the lows of the early summer."
        assert _found(text) == [("the early summer", "2023-SU")]

    def test_near_miss_modifier_of_a_noun(self) -> None:
        """Near-miss: "late summer" before a noun is a modifier, no date."""
        assert _found("The late summer sales were weak.") == []


class TestALengthBeforeAnEvent:
    """ "barely a month after the strike began", "a week or two": "a" and a unit before
    "after", "before" or "or two" is a length of time (TIMEX3 DURATION), not a rate."""

    def test_a_month_after_an_event(self) -> None:
        """ "a month after" an event is P1M."""
        text = "The cut came barely a month after the airline dropped the route."
        assert _found(text) == [("a month", "P1M")]

    def test_a_week_or_two(self) -> None:
        """ "a week or two" is P1W."""
        assert _found("The appeal could take a week or two.") == [("a week", "P1W")]

    def test_near_miss_rate(self) -> None:
        """Near-miss: "a week" after an amount is a rate (SET), as before."""
        assert _found("The line flies 40 flights a week.") == [("a week", "P1W")]
        found = find_dates("The line flies 40 flights a week.", published=_MONDAY)
        assert type(found[0].value).__name__ == "Recurrence"


class TestMoreDurationForms:
    """ "a day-long meeting", "a decades-long feud", "eight trading days", "the next couple of
    years": lengths of time (TIMEX3 DURATION)."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("Envoys ended a day-long meeting.", [("day-long", "P1D")]),
            ("The decades-long feud ended.", [("decades-long", "PXY")]),
            ("Shares rose for eight trading days.", [("eight trading days", "P8D")]),
            (
                "Prices may rise over the next couple of years.",
                [("the next couple of years", "P2Y")],
            ),
        ],
    )
    def test_duration(self, text: str, want: list[tuple[str, str]]) -> None:
        """Each is one duration mention."""
        assert _found(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "The talks were long and tense.",
            "Eight business leaders met.",
            "A couple of envoys met.",
        ],
    )
    def test_near_miss_no_duration(self, text: str) -> None:
        """Near-miss: "long", a count of business people, "a couple of" people: no time."""
        assert _found(text) == []


class TestIndefiniteFuture:
    """ "at a later date", "as soon as possible": an indefinite time ahead, FUTURE_REF."""

    def test_later_date(self) -> None:
        """ "a later date" is FUTURE_REF."""
        assert _found("The bonds will be sold at a later date.") == [("a later date", "FUTURE_REF")]

    def test_near_miss_later_dated(self) -> None:
        """Near-miss: "a later dated letter" names no time."""
        assert _found("He sent a later dated letter.") == []


class TestHourlyPay:
    """ "hourly earnings": pay per hour is a recurrence (SET PT1H); "quarterly earnings" are the
    results of a quarter and stay unmarked."""

    def test_hourly_earnings(self) -> None:
        """ "hourly" before "earnings" is a SET."""
        assert _found("Average hourly earnings rose 4 cents.") == [("hourly", "PT1H")]

    def test_near_miss_quarterly_earnings(self) -> None:
        """Near-miss: "quarterly earnings" is a kind of report."""
        assert _found("The bank's quarterly earnings rose.") == []


class TestAndAHalf:
    """ "a year and a half", "two and a half hours": half a unit more, in the next smaller unit."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The truce held for a year and a half.", [("a year and a half", "P1Y6M")]),
            ("Talks ran two and a half hours.", [("two and a half hours", "PT2H30M")]),
        ],
    )
    def test_half_more(self, text: str, want: list[tuple[str, str]]) -> None:
        """The half is part of the duration."""
        assert _found(text) == want

    def test_near_miss_two_counts(self) -> None:
        """Near-miss: "two and three days" is no half; the last count is read."""
        assert _found("Talks took two and three days.") == [("three days", "P3D")]


class TestDecadeInWords:
    """ "the nineties", "the early sixties": a decade of the last century (TIMEX3 ``199``),
    unless the sentence speaks of temperatures or ages."""

    def test_decade(self) -> None:
        """ "the nineties" is 199."""
        assert _found("Trade boomed in the nineties.") == [("the nineties", "199")]

    def test_near_miss_temperature(self) -> None:
        """Near-miss: highs "in the nineties" are degrees."""
        assert _found("Highs will reach the nineties.") == []


class TestRateAfterAShortPlural:
    """ "50,000 CDs a year": a short plural noun before "a year" makes it a rate (SET)."""

    def test_short_plural(self) -> None:
        """ "TVs a day" is a rate."""
        found = find_dates("The plant makes 900 TVs a day.", published=_MONDAY)
        assert [(m.text, m.timex, type(m.value).__name__) for m in found] == [
            ("a day", "P1D", "Recurrence")
        ]

    def test_near_miss_verb(self) -> None:
        """Near-miss: "has a year" is no rate and no date."""
        assert _found("The envoy has a year to decide.") == []


class TestYearEndingAName:
    """ "a venture called Orion 1980", "the plan, Vision 2030": a year right after a capitalised
    word inside a sentence ends a name, not a date."""

    def test_name_with_a_year(self) -> None:
        """The year of a name gives no mention."""
        assert _found("He set up a firm called Orion 1980 in Ohio.") == []

    def test_near_miss_month_before(self) -> None:
        """Near-miss: after a month name, or opening the sentence, the year is a date."""
        assert _found("He left in May 1998.") == [("May 1998", "1998-05")]
        assert _found("In 1998 he left.") == [("1998", "1998")]


class TestBackgroundQuarter:
    """ "After a flat second quarter, …": a quarter told after "after", "following" or "since"
    is the background of a results report, not the quarter it reports; "the year-earlier
    period" and "a year ago" still count from the reported one."""

    _NOV = dt.date(2023, 11, 1)

    def test_background_quarter_is_skipped(self) -> None:
        """The year-ago period is that of the third quarter reported first."""
        text = (
            "Net rose in the third quarter. After a flat second quarter, the firm cut costs. "
            "Charges taken in the year-earlier period also helped."
        )
        assert _found(text, self._NOV)[-1] == ("the year-earlier period", "2022-Q3")

    def test_near_miss_reported_quarter(self) -> None:
        """Near-miss: a quarter told as the subject of the report is the reported one."""
        text = (
            "Net rose in the third quarter. The second quarter was flat. "
            "Charges taken in the year-earlier period also helped."
        )
        assert _found(text, self._NOV)[-1] == ("the year-earlier period", "2022-Q2")

    def test_ago_with_a_quarter_in_the_sentence(self) -> None:
        """ "In the 2023 period, costs were lower than a year ago": that quarter a year back."""
        text = (
            "Net rose in the third quarter. In the 2023 period, costs were lower than a year ago."
        )
        assert _found(text, self._NOV)[-1] == ("a year ago", "2022-Q3")


class TestThenCurrent:
    """ "the then-current rate": current at a past time, PAST_REF."""

    def test_then_current(self) -> None:
        """ "then current" is PAST_REF."""
        assert _found("Loans were priced at the then current rate.") == [
            ("then current", "PAST_REF")
        ]

    def test_near_miss_current(self) -> None:
        """Near-miss: "current" alone is PRESENT_REF."""
        assert _found("Loans are priced at the current rate.") == [("current", "PRESENT_REF")]


class TestUncheckedSpans:
    """The resolver's spans, made without re-checking, equal checked ones field for field (a
    field added to DateSpan must be added to the fast constructor too)."""

    @pytest.mark.parametrize("granularity", list(Granularity))
    def test_equal_to_checked(self, granularity: Granularity) -> None:
        """unit_span gives what DateSpan.containing gives, for every granularity."""
        day = dt.date(2024, 2, 29)
        fast = unit_span(day, granularity, "text", DateMod.LATE)
        assert fast == DateSpan.containing(day, granularity, text="text", mod=DateMod.LATE)
        assert [f.name for f in attrs.fields(DateSpan)] == [
            "start",
            "end",
            "granularity",
            "text",
            "mod",
        ]


class TestApproximateDate:
    """ "around Nov. 1": an approximator before a date is inside the TIMEX3 extent, mod approx;
    not when "around" goes with the noun the date modifies ("around Friday's ruling")."""

    def test_around_a_day(self) -> None:
        """The mention runs from "around", with mod approx."""
        found = find_dates("The sale should close around Nov. 7.", published=_MONDAY)
        assert [(m.text, m.timex, getattr(m.value, "mod", None)) for m in found] == [
            ("around Nov. 7", "2023-11-07", DateMod.APPROX)
        ]

    def test_near_miss_possessive(self) -> None:
        """Near-miss: "get around Friday's ruling" leaves the day alone."""
        assert _found("They seek to get around Friday's ruling.") == [("Friday", "2023-10-27")]
