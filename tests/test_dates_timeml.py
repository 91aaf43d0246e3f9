"""find_dates as TimeML annotates: TIMEX3 extents, vague counts of units, and the classes of
expression added for the TempEval-3 measures. Each rule has its own cases and a near-miss;
no sentence here is taken from a benchmark."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import DateMod, DateSpan, Duration, Recurrence, TimeOfDay, TimeRef, find_dates
from bilateral import strategies as bst

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
            ("Margins fell in recent quarters.", [("recent quarters", "PXM")]),
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


class TestTimes:
    """TIMEX3 TIME: clock times and parts of a day."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The vote closed at 10 p.m. Wednesday.", [("10 p.m. Wednesday", "2024-06-19T22:00")]),
            ("Talks broke off at noon Monday.", [("noon Monday", "2024-06-17T12:00")]),
            ("The offer expires at midnight Friday.", [("midnight Friday", "2024-06-14T24")]),
            ("They met on Tuesday evening.", [("Tuesday evening", "2024-06-18TEV")]),
            ("He spoke this morning.", [("this morning", "2024-06-19TMO")]),
            ("The blast came at 7:15 a.m.", [("7:15 a.m.", "2024-06-19T07:15")]),
            ("He leaves at 4 in the morning.", [("4 in the morning", "2024-06-19T04:00")]),
            ("Shares fell in the morning.", [("the morning", "2024-06-19TMO")]),
            (
                "At mid-afternoon yesterday, talks ended.",
                [("mid-afternoon yesterday", "2024-06-18TAF")],
            ),
        ],
    )
    def test_time(self, text: str, want: list[tuple[str, str]]) -> None:
        """Each gives one TIME mention with its TIMEX3 value."""
        assert _found(text) == want

    def test_until_a_clock_time_and_a_day(self) -> None:
        """ "until 9 a.m. Tuesday": the limit's word before the clock time gives the nearest
        Tuesday; near-miss "met at 9 a.m. Tuesday" looks back."""
        monday = dt.date(2000, 4, 3)
        assert _found("They have until 9 a.m. Tuesday to sign.", monday) == [
            ("9 a.m. Tuesday", "2000-04-04T09:00")
        ]
        assert _found("They met at 9 a.m. Tuesday.", monday) == [
            ("9 a.m. Tuesday", "2000-03-28T09:00")
        ]

    def test_value_is_a_time_of_day(self) -> None:
        """The value is a TimeOfDay, not a DateSpan."""
        [m] = find_dates("They met on Tuesday evening.", published=_DAY)
        assert m.value == TimeOfDay(day=dt.date(2024, 6, 18), time="EV", text="Tuesday evening")

    @pytest.mark.parametrize(
        "text",
        [
            "He scored 10 points in the game.",  # a number without a.m. or p.m.
            "Turnout was 13 pm in the poll.",  # 13 is no hour of a 12-hour clock
            "The morning session opened late.",  # "morning" modifying a noun
        ],
    )
    def test_near_misses(self, text: str) -> None:
        """A number that is no clock time gives no TIME."""
        assert all(not isinstance(m.value, TimeOfDay) for m in find_dates(text, published=_DAY))

    def test_extract_keeps_the_day(self) -> None:
        """The event extractor still reads "Tuesday evening" as a day (a DateSpan)."""
        from bilateral._date_scan import date_mentions

        [m] = date_mentions("They met on Tuesday evening.", _DAY)
        assert isinstance(m.value, DateSpan)


class TestRecurrences:
    """TIMEX3 SET: recurrences."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The council meets every Monday.", [("every Monday", "XXXX-WXX-1")]),
            ("Pilgrims gather here each July.", [("each July", "XXXX-07")]),
            ("Flights leave daily.", [("daily", "P1D")]),
            ("The index is revised annually.", [("annually", "P1Y")]),
            ("Rallies are held every week.", [("every week", "P1W")]),
            ("The plant costs $4 million a year to run.", [("a year", "P1Y")]),
            ("Ferries sail twice a day.", [("a day", "P1D")]),
            ("Fees are charged per month.", [("per month", "P1M")]),
            ("The market is closed on Sundays.", [("Sundays", "XXXX-WXX-7")]),
            ("Ferries sail on Friday nights.", [("Friday nights", "XXXX-WXX-5TNI")]),
        ],
    )
    def test_set(self, text: str, want: list[tuple[str, str]]) -> None:
        """Each gives one SET mention with its TIMEX3 value."""
        assert _found(text) == want

    @pytest.mark.parametrize(
        "text",
        [
            "Each side made concessions.",  # "each" without a unit
            "They sailed on Friday night.",  # one night, not a recurrence
            "It will take a year.",  # "a year" after a verb: no rate
            "The board raised its quarterly dividend.",  # the kind of a payment
        ],
    )
    def test_near_misses(self, text: str) -> None:
        """No recurrence where the words give no rate."""
        assert all(not isinstance(m.value, Recurrence) for m in find_dates(text, published=_DAY))

    def test_value_is_a_recurrence(self) -> None:
        """The value is a Recurrence."""
        [m] = find_dates("Flights leave daily.", published=_DAY)
        assert m.value == Recurrence(timex="P1D", text="daily")


class TestTimeModels:
    """The TimeOfDay and Recurrence models validate on construction."""

    @pytest.mark.parametrize("time", ["25", "EVE", "7", ""])
    def test_bad_time(self, time: str) -> None:
        """A time that is no TIMEX3 time is refused, naming the field."""
        with pytest.raises(ValueError, match="'time'"):
            TimeOfDay(day=None, time=time)

    def test_bad_day(self) -> None:
        """A day must be a date."""
        with pytest.raises(TypeError, match="'day'"):
            TimeOfDay(day="2024-01-01", time="EV")  # type: ignore[arg-type]

    @pytest.mark.parametrize("timex", ["2024-01-01", "P3D", "every day", "XXXX-13-XX"])
    def test_bad_set(self, timex: str) -> None:
        """A value that is no TIMEX3 SET is refused."""
        with pytest.raises(ValueError, match="'timex'"):
            Recurrence(timex=timex)

    @given(st.none() | _DAYS, st.integers(0, 24), st.sampled_from(["", ":00", ":30"]))
    def test_time_round_trips(self, day: dt.date | None, hour: int, minutes: str) -> None:
        """A valid time's timex ends with its time and starts with its day."""
        t = TimeOfDay(day=day, time=f"{hour:02d}{minutes}")
        assert t.timex.endswith(f"T{hour:02d}{minutes}")
        assert t.timex.startswith(day.isoformat() if day else "XXXX-XX-XX")

    @given(bst.times_of_day())
    def test_strategy_times_rebuild(self, t: TimeOfDay) -> None:
        """Any generated time rebuilds from its fields to an equal value."""
        assert TimeOfDay(day=t.day, time=t.time, text=t.text) == t
        assert "T" in t.timex

    @given(bst.recurrences(), bst.durations())
    def test_strategy_sets_and_durations(self, r: Recurrence, d: Duration) -> None:
        """Generated recurrences and durations (X counts included) validate again."""
        assert Recurrence(timex=r.timex) == r
        assert Duration(value=d.value, mod=d.mod) == d


_OCT = dt.date(2023, 10, 26)  # a results season: the third quarter has just closed


class TestReportingPeriods:
    """Quarters and years told in results reports."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            # results are told after the quarter closes
            ("The bank expects to report a third-quarter loss.", ["2023-Q3"]),
            # near-miss: a quarter long closed, told looking forward, is next year's
            ("The bank expects a first-quarter gain.", ["2024-Q1"]),
            # the quarter after the year-ago comparison is the one reported
            (
                "Net fell to $3 million from $5 million a year earlier. In the quarter, "
                "sales rose.",
                ["2022-Q3", "2023-Q3"],
            ),
            ("Net was $2 million in the 2022 period.", ["2022-Q3"]),
            ("It matched the year-ago third quarter.", ["2022-Q3"]),
        ],
    )
    def test_period(self, text: str, want: list[str]) -> None:
        """Each period resolves to the quarter the report is about."""
        assert [t for _, t in _found(text, _OCT)] == want


class TestDirectionWords:
    """Words right before a date that decide its direction."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The lenders extended the loans through January.", "2024-01"),  # a limit: nearest
            ("He gave them until mid-November to reply.", "2023-11"),
            ("The pact, effective June 1, was signed.", "2024-06-01"),  # takes effect: ahead
            ("He said rules to be published in early November would decide.", "2023-11"),
            # near-miss: a plain past sentence still looks back
            ("They signed the pact in June.", "2023-06"),
        ],
    )
    def test_direction(self, text: str, want: str) -> None:
        """The date resolves in the direction its leading word gives."""
        assert [t for _, t in _found(text, _OCT)] == [want]


class TestMoreForms:
    """Years in words, "the summer", "two more weeks", "current"."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The law passed in nineteen eighty-four.", [("nineteen eighty-four", "1984")]),
            ("Prices peaked in May nineteen ninety.", [("May nineteen ninety", "1990-05")]),
            (
                "It froze in the winter of nineteen ninety-one.",
                [("the winter of nineteen ninety-one", "1991-WI")],
            ),
            (
                "Plans reach to the year two thousand and five.",
                [("the year two thousand and five", "2005")],
            ),
            ("Sales slowed over the summer.", [("the summer", "2024-SU")]),
            ("Troops stay for three more years.", [("three more years", "P3Y")]),
            ("Given current trends, rates will rise.", [("current", "PRESENT_REF")]),
        ],
    )
    def test_form(self, text: str, want: list[tuple[str, str]]) -> None:
        """Each gives its TIMEX3 value."""
        assert _found(text, dt.date(2024, 10, 2)) == want

    @pytest.mark.parametrize(
        "text",
        [
            "Nineteen delegates and twenty aides came.",  # counts, not a year
            "They drew up the summer irrigation schedule.",  # a season modifying a noun
            "It was the summer of discontent.",  # a name
        ],
    )
    def test_near_misses(self, text: str) -> None:
        """No date where the words count things or name a season's kind."""
        assert _found(text, dt.date(2024, 10, 2)) == []


class TestHolidays:
    """Named days fixed by a rule of the calendar."""

    @pytest.mark.parametrize(
        ("text", "day", "want"),
        [
            ("The boy was found on Thanksgiving Day.", "2000-01-07", "1999-11-25"),
            ("They met last Thanksgiving.", "2000-02-10", "1999-11-25"),
            ("Campaigning runs until Election Day.", "1998-10-26", "1998-11-03"),
            ("Talks will resume after Easter Monday.", "2024-03-01", "2024-04-01"),
            ("Crowds gathered on Good Friday.", "2024-06-01", "2024-03-29"),
            ("The markets close on Christmas Eve.", "2024-12-01", "2024-12-24"),
            ("Hundreds marched on Memorial Day.", "2024-06-01", "2024-05-27"),
        ],
    )
    def test_holiday(self, text: str, day: str, want: str) -> None:
        """Each named day resolves to its date in the year the words and tense give."""
        assert [t for _, t in _found(text, dt.date.fromisoformat(day))] == [want]

    def test_near_miss_lower_case(self) -> None:
        """A holiday's name in lower case ("a christmas tree") is not the day."""
        assert _found("She bought a christmas tree.", dt.date(2024, 12, 1)) == []

    @given(st.integers(1900, 2100))
    def test_easter_is_a_sunday_in_spring(self, year: int) -> None:
        """Easter falls on a Sunday between March 22 and April 25."""
        from bilateral._date_holidays import easter

        day = easter(year)
        assert day.weekday() == 6
        assert dt.date(year, 3, 22) <= day <= dt.date(year, 4, 25)


class TestYearEndsAndCenturies:
    """ "year-end", centuries, "over the years", "the near term", "a month ago"."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The deal should close by year-end.", [("year-end", "2024")]),
            ("Shares are up 5% since year-end.", [("year-end", "2023")]),
            ("It was a 19th century fort.", [("19th century", "18")]),
            ("The wars of the 20th century shaped it.", [("the 20th century", "19")]),
            ("Prices rose over the years.", [("the years", "PXY")]),
            ("Rates may fall in the near term.", [("the near term", "FUTURE_REF")]),
            ("Jobs that he said a month ago would go.", [("a month ago", "2024-09")]),
        ],
    )
    def test_form(self, text: str, want: list[tuple[str, str]]) -> None:
        """Each gives its TIMEX3 value."""
        assert _found(text, dt.date(2024, 10, 2)) == want

    @pytest.mark.parametrize(
        "text",
        [
            "It was his 5th attempt.",  # an ordinal without "century"
            "In the years 1990 to 1995 it grew.",  # "the years" before the years it names
            "He was seen in the days before the vote.",  # tied to an event
        ],
    )
    def test_near_misses(self, text: str) -> None:
        """No century, and no vague count, where the words give none."""
        for m in find_dates(text, published=dt.date(2024, 10, 2)):
            assert m.timex not in ("PXY", "PXD")
            assert not (isinstance(m.value, DateSpan) and m.value.granularity.value == "century")

    def test_century_span(self) -> None:
        """A century is a span of a hundred years, granularity century."""
        [m] = find_dates("a 21st-century economy", published=_DAY)
        assert isinstance(m.value, DateSpan)
        assert (m.value.start, m.value.end, m.value.granularity.value) == (
            dt.date(2000, 1, 1),
            dt.date(2099, 12, 31),
            "century",
        )


class TestCueFixes:
    """Words that look like tense cues or vague counts but are not."""

    def test_next_to_is_a_preposition(self) -> None:
        """ "next to the embassy" gives no future: a past sentence's Friday is the last one."""
        text = "Dozens were hurt in the blast next to the embassy on Friday."
        assert _found(text, dt.date(1998, 8, 8)) == [("Friday", "1998-08-07")]

    def test_near_miss_next_week_still_looks_ahead(self) -> None:
        """Near-miss: "next" before a unit still names the next one."""
        assert _found("They meet next week.", dt.date(1998, 8, 8)) == [("next week", "1998-W33")]

    def test_these_days_is_the_present(self) -> None:
        """ "these days" is PRESENT_REF, not a count of days."""
        assert _found("Few read papers these days.") == [("these days", "PRESENT_REF")]

    def test_short_term(self) -> None:
        """ "in the short term" is a vague future."""
        assert _found("It may help in the short term.") == [("the short term", "FUTURE_REF")]


class TestHalvesAndVagueLater:
    """ "2 1/2 years" and "a few days later"."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("They lived in camps for 2 1/2 years.", "P2Y6M"),
            ("The flight took 5 1/2 hours.", "PT5H30M"),
            ("Repairs took 3 1/2 months.", "P3M15D"),
            ("The strike lasted 1 1/2 weeks.", "P1.5W"),
            ("A few days later, he resigned.", "PXD"),
        ],
    )
    def test_value(self, text: str, want: str) -> None:
        """Half a unit is written in the next smaller unit; a vague count later is PX."""
        assert [t for _, t in _found(text)] == [want]

    def test_near_miss_a_fraction_of_a_thing(self) -> None:
        """Near-miss: "1/2 cup" has no unit of time."""
        assert _found("Add 2 1/2 cups of flour.") == []


class TestOpenYears:
    """A year open on one side: "1994 or later", "post-1959"."""

    @pytest.mark.parametrize(
        ("text", "want", "timex", "mod"),
        [
            ("It will end in 1994 or later.", "1994 or later", "1994", "after"),
            ("Growth in 1990 and beyond looks weak.", "1990 and beyond", "1990", "after"),
            ("The post-1959 exodus began.", "post-1959", "1959", "after"),
            ("The pre-1914 order fell.", "pre-1914", "1914", "before"),
        ],
    )
    def test_open_year(self, text: str, want: str, timex: str, mod: str) -> None:
        """The extent takes the open side in, and the mod says which side."""
        [m] = find_dates(text, published=dt.date(1989, 10, 1))
        assert isinstance(m.value, DateSpan)
        assert m.value.mod is not None
        assert (m.text, m.timex, m.value.mod.value) == (want, timex, mod)

    def test_near_miss_two_years(self) -> None:
        """Near-miss: "1990 or 1991" is two years, no open side."""
        got = find_dates("In 1990 or 1991 they met.", published=dt.date(1989, 10, 1))
        assert [(m.text, m.timex) for m in got] == [("1990", "1990"), ("1991", "1991")]


class TestWeekdayModifiers:
    """ "early Tuesday", "later Thursday", "the previous Friday"."""

    _MON = dt.date(1989, 10, 30)

    def test_early_is_inside_with_a_mod(self) -> None:
        """ "early Tuesday" is the day with mod early, "early" inside the extent."""
        [m] = find_dates("The quake struck early Tuesday.", published=self._MON)
        assert isinstance(m.value, DateSpan)
        assert (m.text, m.timex, m.value.mod) == ("early Tuesday", "1989-10-24", DateMod.EARLY)

    def test_later_is_outside(self) -> None:
        """Near-miss: "later Thursday" is a comparative adverb, outside, and gives no mod."""
        [m] = find_dates("Later Thursday, he resigned.", published=self._MON)
        assert isinstance(m.value, DateSpan)
        assert (m.text, m.timex, m.value.mod) == ("Thursday", "1989-10-26", None)

    def test_the_previous_friday(self) -> None:
        """ "the previous Friday" is the Friday before the day told last."""
        text = "Stocks fell on Friday, Oct. 27, down from the previous Friday."
        assert [t for _, t in _found(text, self._MON)] == ["1989-10-27", "1989-10-20"]


class TestShortYears:
    """ "'98", "FY25", "1998-99"."""

    @pytest.mark.parametrize(
        ("text", "want"),
        [
            ("The class of '98 met again.", [("'98", "1998")]),
            ("Results for FY25 were strong.", [("FY25", "2025")]),
            ("The 1998-99 season was long.", [("1998-99", "1998/1999")]),
        ],
    )
    def test_year(self, text: str, want: list[tuple[str, str]]) -> None:
        """A two-digit year is the nearest with those digits, no more than ten years ahead."""
        assert _found(text, dt.date(2024, 10, 1)) == want

    def test_near_miss_not_consecutive(self) -> None:
        """Near-miss: "1990-95" is no pair of consecutive years and is left unread."""
        assert _found("Growth in 1990-95 was slow.", dt.date(2024, 10, 1)) == []


class TestCalendarEdges:
    """Ranges of weekdays at the ends of the calendar give no error."""

    @pytest.mark.parametrize("day", [dt.date.min, dt.date(1, 1, 3), dt.date.max])
    @pytest.mark.parametrize("text", ["from Tuesday to Thursday", "Friday - Thursday"])
    def test_no_overflow(self, text: str, day: dt.date) -> None:
        """Mentions index the input whatever the publication day."""
        for m in find_dates(text, published=day):
            assert text[m.start : m.end] == m.text
