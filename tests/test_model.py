"""The attrs model: construction, validation messages and helpers."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

import bilateral
from bilateral import Actor, Codes, Country, DateSpan, Duration, Dyad, Evidence, Location, Meeting
from bilateral import strategies as bst


class TestCountry:
    def test_fields_come_from_pycountry(self) -> None:
        """An alpha-3 code fills in the other ISO fields."""
        c = Country("KOR")
        assert (c.alpha_2, c.numeric, c.name, c.historical) == (
            "KR",
            "410",
            "Korea, Republic of",
            False,
        )

    def test_unknown_code_names_it(self) -> None:
        """An unknown code is a ValueError quoting the code."""
        with pytest.raises(ValueError, match="'XYZ'"):
            Country("XYZ")

    def test_non_string_is_type_error(self) -> None:
        """A code that is not a str is a TypeError."""
        with pytest.raises(TypeError, match="'alpha_3' must be a str"):
            Country(410)  # type: ignore[arg-type]

    @pytest.mark.parametrize("code", ["KOR", "kor", "KR", "kr", "410", " 410 "])
    def test_from_code_accepts_every_iso_form(self, code: str) -> None:
        """from_code takes alpha-2, alpha-3 and numeric codes in any case."""
        assert Country.from_code(code) == Country("KOR")

    @pytest.mark.parametrize("code", ["", "K", "KORE", "999", "X1"])
    def test_from_code_rejects_unknown(self, code: str) -> None:
        """from_code names the argument for an unknown code."""
        with pytest.raises(ValueError, match="'code'"):
            Country.from_code(code)

    def test_historical_country(self) -> None:
        """ISO 3166-3 historical states are allowed and flagged."""
        assert Country("CSK").historical is True

    def test_order_and_hash(self) -> None:
        """Countries sort by alpha-3 and hash by it."""
        assert sorted([Country("USA"), Country("CHN")]) == [Country("CHN"), Country("USA")]
        assert len({Country("USA"), Country("USA")}) == 1
        assert Country("USA").__lt__("USA") is NotImplemented  # type: ignore[arg-type]

    def test_repr_shows_name(self) -> None:
        """The repr shows the code and the name."""
        assert repr(Country("JPN")) == "Country('JPN', 'Japan')"


class TestDyad:
    def test_of_sorts(self) -> None:
        """Dyad.of stores the pair in alpha-3 order."""
        assert Dyad.of("USA", "CHN") == Dyad.of(Country("CHN"), "USA")

    def test_same_country_twice_is_error(self) -> None:
        """A dyad needs two different countries."""
        with pytest.raises(ValueError, match="two countries"):
            Dyad("USA", "USA")


class TestDateSpan:
    def test_from_timex_week(self) -> None:
        """An ISO week value names Monday to Sunday."""
        s = DateSpan.from_timex("2025-W17")
        assert (s.start, s.end, s.granularity) == (
            dt.date(2025, 4, 21),
            dt.date(2025, 4, 27),
            "week",
        )

    @pytest.mark.parametrize(
        ("value", "start", "end"),
        [
            ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
            ("2024-Q4", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
            ("2024-H2", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
            ("2024-WI", dt.date(2024, 12, 1), dt.date(2025, 2, 28)),
            ("2024-SU", dt.date(2024, 6, 1), dt.date(2024, 8, 31)),
            ("2020-W53", dt.date(2020, 12, 28), dt.date(2021, 1, 3)),
            ("2025-W16-WE", dt.date(2025, 4, 19), dt.date(2025, 4, 20)),
            ("199", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
            ("2000", dt.date(2000, 1, 1), dt.date(2000, 12, 31)),
        ],
    )
    def test_from_timex_forms(self, value: str, start: dt.date, end: dt.date) -> None:
        """Every TIMEX3 calendar form names its inclusive span."""
        span = DateSpan.from_timex(value)
        assert (span.start, span.end, span.timex) == (start, end, value)

    @pytest.mark.parametrize(
        "value", ["PRESENT_REF", "P3Y", "1998-12-XX", "2025-W60", "2024-13", ""]
    )
    def test_from_timex_rejects_non_calendar_values(self, value: str) -> None:
        """Vague, duration and impossible values name no span."""
        with pytest.raises(ValueError, match="'value'"):
            DateSpan.from_timex(value)

    def test_unaligned_span_rejected(self) -> None:
        """Without a mod the span must be exactly one calendar unit."""
        with pytest.raises(ValueError, match=r"a week span must be 2025-04-21\.\.2025-04-27 or"):
            DateSpan(start=dt.date(2025, 4, 22), end=dt.date(2025, 4, 28), granularity="week")

    def test_run_of_days(self) -> None:
        """'May 2-3' is a run of two whole days with an interval timex, and back."""
        span = DateSpan(start=dt.date(2024, 5, 2), end=dt.date(2024, 5, 3), granularity="day")
        assert span.timex == "2024-05-02/2024-05-03"
        assert DateSpan.from_timex("2024-05-02/2024-05-03") == span

    def test_run_must_be_whole_units(self) -> None:
        """A run of months must end on a month's last day."""
        with pytest.raises(ValueError, match="whole month units"):
            DateSpan(start=dt.date(2024, 5, 1), end=dt.date(2024, 6, 15), granularity="month")

    @pytest.mark.parametrize("value", ["2024-05-03/2024-05-02", "2024-05/2024-06-01", "2024/x"])
    def test_bad_interval_timex(self, value: str) -> None:
        """An interval backwards, of mixed units or unparseable names no span."""
        with pytest.raises(ValueError, match="'value'"):
            DateSpan.from_timex(value)

    def test_narrowed_span_within_unit(self) -> None:
        """'late May' may cover part of May, never beyond it."""
        late = DateSpan(
            start=dt.date(2024, 5, 21), end=dt.date(2024, 5, 31), granularity="month", mod="late"
        )
        assert late.timex == "2024-05"
        with pytest.raises(ValueError, match="must lie within"):
            DateSpan(
                start=dt.date(2024, 5, 21), end=dt.date(2024, 6, 2), granularity="month", mod="late"
            )

    def test_start_after_end(self) -> None:
        """start after end is a ValueError naming both."""
        with pytest.raises(ValueError, match="'start' must not be after 'end'"):
            DateSpan(start=dt.date(2024, 5, 2), end=dt.date(2024, 5, 1), granularity="day")

    def test_datetime_is_not_a_date(self) -> None:
        """A datetime start is a TypeError: spans are calendar dates."""
        with pytest.raises(TypeError, match=r"'start' must be a datetime\.date"):
            DateSpan(start=dt.datetime(2024, 5, 1), end=dt.date(2024, 5, 1), granularity="day")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="'day'"):
            DateSpan.containing("2024-05-01", "day")  # type: ignore[arg-type]

    @given(bst.date_spans(narrowed=False))
    def test_timex_inverse(self, span: DateSpan) -> None:
        """from_timex(span.timex) gives the span back when no mod narrows it."""
        assert DateSpan.from_timex(span.timex, text=span.text, mod=span.mod) == span

    @given(bst.date_spans())
    def test_start_not_after_end(self, span: DateSpan) -> None:
        """Every generated span is ordered."""
        assert span.start <= span.end


class TestDuration:
    @pytest.mark.parametrize("value", ["P10Y", "P3M", "P2W", "P1DT2H", "PT30M", "P1.5Y"])
    def test_valid(self, value: str) -> None:
        """ISO 8601 durations are accepted."""
        assert Duration(value=value).timex == value

    @pytest.mark.parametrize("value", ["P", "10Y", "P10", "PT", "P1Y2", "PY"])
    def test_invalid(self, value: str) -> None:
        """Anything else is a ValueError naming 'value'."""
        with pytest.raises(ValueError, match="'value' must be an ISO 8601 duration"):
            Duration(value=value)


class TestActorAndParts:
    def test_actor_needs_something(self) -> None:
        """An actor with no name, title or country says so."""
        with pytest.raises(ValueError, match="at least one of"):
            Actor(kind="person")

    def test_blank_name(self) -> None:
        """A blank name is rejected."""
        with pytest.raises(ValueError, match="'name' must not be blank"):
            Actor(kind="person", name="  ")

    def test_actor_kind_checked(self) -> None:
        """An unknown actor kind is rejected by the enum."""
        with pytest.raises(ValueError, match="'robot' is not a valid ActorKind"):
            Actor(kind="robot", name="R2")

    def test_actor_types(self) -> None:
        """A name that is not a str is a TypeError."""
        with pytest.raises(TypeError, match="'name' must be a str"):
            Actor(kind="person", name=5)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="'country' must be a Country"):
            Actor(kind="person", name="A", country=5)  # type: ignore[arg-type]

    def test_location_needs_something(self) -> None:
        """An empty location is rejected."""
        with pytest.raises(ValueError, match="'country' or 'place'"):
            Location()

    def test_evidence_length(self) -> None:
        """Evidence offsets must span its text."""
        with pytest.raises(ValueError, match="must equal len"):
            Evidence(text="abc", start=0, end=4)
        with pytest.raises(ValueError, match="non-negative int"):
            Evidence(text="", start=-1, end=-1)

    def test_codes(self) -> None:
        """Only consultation CAMEO codes are known."""
        with pytest.raises(ValueError, match="'cameo' must be one of"):
            Codes(cameo="190", plover="CONSULT")


class TestMeeting:
    def test_countries_sorted_unique(self) -> None:
        """Countries are stored sorted and unique."""
        m = Meeting(kind="talks", status="planned", countries=["USA", "KOR", "USA"])
        assert [c.alpha_3 for c in m.countries] == ["KOR", "USA"]
        assert not m.is_multilateral

    def test_one_country_is_not_an_event(self) -> None:
        """A bilateral event needs two states."""
        with pytest.raises(ValueError, match="at least two states"):
            Meeting(kind="talks", status="planned", countries=["USA"])

    def test_host_of_a_visit_must_take_part(self) -> None:
        """The host of a visit (or a call) is one of the countries."""
        with pytest.raises(ValueError, match="'host' of a visit must be one of 'countries'"):
            Meeting(kind="visit", status="planned", countries=["USA", "KOR"], host="CHN")
        with pytest.raises(ValueError, match="'host' of a call must be one of 'countries'"):
            Meeting(kind="call", status="occurred", countries=["USA", "KOR"], host="CHN")

    def test_a_third_state_may_host_talks(self) -> None:
        """Talks between two states may be hosted by a third on its soil (CAMEO 044)."""
        m = Meeting(kind="talks", status="occurred", countries=["IND", "PAK"], host="QAT")
        assert m.host is not None and m.host.alpha_3 == "QAT"
        assert [c.alpha_3 for c in m.countries] == ["IND", "PAK"]

    def test_bad_members(self) -> None:
        """Wrong member types are TypeErrors naming the field and index."""
        with pytest.raises(TypeError, match=r"'participants\[0\]' must be a Actor"):
            Meeting(kind="talks", status="planned", countries=["USA", "KOR"], participants=["Kim"])
        with pytest.raises(TypeError, match="'date' must be a DateSpan"):
            Meeting(kind="talks", status="planned", countries=["USA", "KOR"], date="2024")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="'first_since'"):
            Meeting(kind="talks", status="planned", countries=["USA", "KOR"], first_since="P1Y")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="'topics' must be lowercase"):
            Meeting(kind="talks", status="planned", countries=["USA", "KOR"], topics=["Trade"])
        with pytest.raises(ValueError, match="'topics' must be unique"):
            Meeting(
                kind="talks", status="planned", countries=["USA", "KOR"], topics=["trade", "trade"]
            )

    def test_evolve_validates(self) -> None:
        """attrs.evolve re-runs validation."""
        m = Meeting(kind="visit", status="planned", countries=["USA", "KOR"])
        assert attrs.evolve(m, status="occurred").status == "occurred"
        with pytest.raises(ValueError, match="'host'"):
            attrs.evolve(m, host=Country("JPN"))

    def test_frozen(self) -> None:
        """Events are immutable."""
        m = Meeting(kind="talks", status="planned", countries=["USA", "KOR"])
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            m.status = bilateral.Status.OCCURRED  # type: ignore[misc]

    def test_dyads_of_trilateral(self) -> None:
        """A trilateral summit has three dyads."""
        m = Meeting(kind="summit", status="occurred", countries=["CHN", "JPN", "KOR"])
        assert m.is_multilateral
        assert m.dyads() == (Dyad.of("CHN", "JPN"), Dyad.of("CHN", "KOR"), Dyad.of("JPN", "KOR"))

    @given(bst.meetings())
    def test_generated_meetings_have_sorted_countries(self, m: Meeting) -> None:
        """The invariant holds for generated events too."""
        codes = [c.alpha_3 for c in m.countries]
        assert codes == sorted(set(codes))
        assert len(m.dyads()) == len(codes) * (len(codes) - 1) // 2
