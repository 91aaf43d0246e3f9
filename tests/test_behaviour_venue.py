"""Behavioural suite (issue #12): third-state venues, and phone calls.

Written blind from SPEC §1–3; see ``tests/behaviour_fillers.py`` for the fillers and helpers.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest
from tests.behaviour_fillers import (
    AUS,
    CAN,
    DEU,
    ESP,
    FIVE_PAIRS,
    FRA,
    FRI,
    FUTURE_DAY,
    IND,
    ITA,
    JPN,
    KEN,
    MEX,
    MON,
    NEXT_WEEK,
    POL,
    SAT,
    TUE,
    YESTERDAY,
    ZAF,
    State,
    core,
    events,
    expect,
    grid,
    ids,
    one,
    parties,
    say,
)


class Venue(NamedTuple):
    """A third state and a city of it where others meet."""

    name: str
    code: str
    place: str


CHE = Venue("Switzerland", "CHE", "Geneva")
AUT = Venue("Austria", "AUT", "Vienna")
NOR = Venue("Norway", "NOR", "Oslo")
QAT = Venue("Qatar", "QAT", "Doha")
OMN = Venue("Oman", "OMN", "Muscat")
SAU = Venue("Saudi Arabia", "SAU", "Riyadh")
VENUES = [CHE, AUT, NOR, QAT, OMN, SAU]
VENUE_CASES = [
    (FRA, DEU, CHE),
    (JPN, IND, AUT),
    (CAN, AUS, NOR),
    (KEN, ZAF, QAT),
    (ITA, POL, OMN),
    (ESP, MEX, SAU),
]

# template: (kind or None, status, date, whether the third state is the host)
THIRD: dict[str, tuple[str, str | None, str, Any, bool]] = {
    "talks-in": (
        "{a.adj} and {b.adj} negotiators held talks in {v.place} on Monday.",
        "talks",
        "occurred",
        MON,
        False,
    ),
    "sidelines": (
        "{a.full} met {b.full} on the sidelines of a conference in {v.place} on Tuesday.",
        None,
        "occurred",
        TUE,
        False,
    ),
    "third-hosted": (
        "{v.name} hosted talks between {a.name} and {b.name} in {v.place} on Saturday.",
        "talks",
        "occurred",
        SAT,
        True,
    ),
    "will-hold-in": (
        "{a.full} and {b.full} will hold talks in {v.place} next week.",
        "talks",
        "planned",
        NEXT_WEEK,
        False,
    ),
    "mediated": (
        "Talks between {a.adj} and {b.adj} officials, mediated by {v.name}, took place in"
        " {v.place} on Monday.",
        "talks",
        "occurred",
        MON,
        True,
    ),
    "met-in": (
        "{a.minister} and {b.minister} met in {v.place} on Tuesday.",
        None,
        "occurred",
        TUE,
        False,
    ),
}

CALLS: dict[str, tuple[str, str, Any]] = {
    "spoke-by-phone": ("{a.full} spoke by phone with {b.full} on Monday.", "occurred", MON),
    "phone-call-with": ("{a.full} held a phone call with {b.full} on Tuesday.", "occurred", TUE),
    "telephone": ("{a.full} and {b.full} spoke on the telephone yesterday.", "occurred", YESTERDAY),
    "telephoned": ("{a.full} telephoned {b.full} on Saturday.", "occurred", SAT),
    "in-a-call": (
        "In a phone call on Monday, {a.full} and {b.full} discussed trade.",
        "occurred",
        MON,
    ),
    "will-call": ("{a.full} will hold a phone call with {b.full} on Friday.", "planned", FRI),
    "received-call": ("{b.full} received a phone call from {a.full} on Tuesday.", "occurred", TUE),
}
CALL_WORDINGS = ["had a telephone call with", "held phone talks with", "spoke on the phone with"]
PHONE_CODES = {"cameo": "041", "plover": "CONSULT", "plover_mode": "phone"}


def _grid3(templates: dict[str, Any]) -> list[Any]:
    """Every template with every (a, b, venue) case."""
    return [
        pytest.param(value, a, b, v, id=f"{name}-{a.code}-{b.code}-{v.code}")
        for name, value in templates.items()
        for a, b, v in VENUE_CASES
    ]


@pytest.mark.phenomenon("third-state venue")
class TestThirdStateVenue:
    """A venue named as a place is a location, not a party; a hosting third state is the host."""

    @pytest.mark.parametrize(("case", "a", "b", "v"), _grid3(THIRD))
    def test_mft_venue(
        self, case: tuple[str, str | None, str, Any, bool], a: State, b: State, v: Venue
    ) -> None:
        """Only the two meeting states are parties; the venue is the location (and host if so)."""
        template, kind, status, span, hosts = case
        event = one(say(template, a=a, b=b, v=v))
        expect(event, countries=parties(a, b), status=status, date=span)
        assert event["location"] is not None and event["location"]["country"] == v.code, event
        if kind is not None:
            expect(event, kind=kind)
        if hosts:
            expect(event, host=v.code)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_inv_venue_swapped(self, a: State, b: State) -> None:
        """Changing the neutral venue changes neither parties, status nor date."""
        text = "{a.adj} and {b.adj} negotiators held talks in {v.place} on Monday."
        found = {
            (tuple(e["countries"]), e["status"], e["kind"])
            for v in VENUES
            for e in events(say(text, a=a, b=b, v=v))
        }
        assert found == {(tuple(parties(a, b)), "occurred", "talks")}

    @pytest.mark.parametrize(("a", "b", "v"), VENUE_CASES, ids=ids)
    def test_dir_third_state_as_party(self, a: State, b: State, v: Venue) -> None:
        """A third state that holds talks with A, rather than hosting A and B, is a party."""
        hosted = one(
            say("{v.name} hosted talks between {a.name} and {b.name} on Saturday.", a=a, b=b, v=v)
        )
        expect(hosted, countries=parties(a, b), host=v.code)
        held = one(say("{v.name} held talks with {a.name} on Saturday.", a=a, v=v))
        expect(held, countries=sorted([a.code, v.code]))


@pytest.mark.phenomenon("phone calls")
class TestPhoneCalls:
    """A phone call is a call, held or planned, dated by its own clause."""

    @pytest.mark.parametrize(("case", "a", "b"), grid(CALLS, FIVE_PAIRS))
    def test_mft_call(self, case: tuple[str, str, Any], a: State, b: State) -> None:
        """Each wording of a phone call gives one call of the two states."""
        template, status, span = case
        event = one(say(template, a=a, b=b))
        expect(event, kind="call", status=status, countries=parties(a, b), date=span)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_mft_call_codes(self, a: State, b: State) -> None:
        """A held phone call is coded CAMEO 041, PLOVER CONSULT in phone mode."""
        event = one(f"{a.full} spoke by phone with {b.full} on Monday.")
        assert {key: event["codes"][key] for key in PHONE_CODES} == PHONE_CODES

    @pytest.mark.parametrize("wording", CALL_WORDINGS)
    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS[:2], ids=ids)
    def test_inv_call_wordings(self, wording: str, a: State, b: State) -> None:
        """Other wordings of a phone call give the same call."""
        base = one(f"{a.full} spoke by phone with {b.full} on Monday.")
        assert core(one(f"{a.full} {wording} {b.full} on Monday."), False) == core(base, False)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_dir_met_is_no_call(self, a: State, b: State) -> None:
        """Replacing "spoke by phone with" by "met" makes the event no call, same parties."""
        call = one(f"{a.full} spoke by phone with {b.full} on Monday.")
        met = one(f"{a.full} met {b.full} on Monday.")
        assert call["kind"] == "call" and met["kind"] != "call"
        assert call["countries"] == met["countries"]

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_dir_call_will(self, a: State, b: State) -> None:
        """ "Will speak by phone on Monday" is a planned call on the coming Monday."""
        event = one(f"{a.full} will speak by phone with {b.full} on Monday.")
        expect(event, kind="call", status="planned", date=FUTURE_DAY["Monday"])
