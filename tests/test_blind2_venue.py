"""Blind behavioural suite 2: a third state as venue, host or mediator; telephone calls.

Published Wednesday 12 March 2025 (see ``tests/blind2_fillers.py`` for the dates).
"""

from __future__ import annotations

import pytest
from tests.blind2_fillers import (
    PAIRS,
    grid,
    location_country,
    only,
    pick,
    render,
    run,
    show,
    timex,
)

Pair = tuple[str, str]

#: (A, B, the third state, a city of it where the two meet)
VENUES: list[tuple[str, str, str, str]] = [
    ("USA", "RUS", "SAU", "Riyadh"),
    ("IRN", "USA", "OMN", "Muscat"),
    ("UKR", "RUS", "TUR", "Istanbul"),
    ("ETH", "EGY", "ARE", "Abu Dhabi"),
    ("CHN", "USA", "CHE", "Geneva"),
    ("IND", "CHN", "KAZ", "Astana"),
    ("VNM", "PHL", "MYS", "Kuala Lumpur"),
    ("IRN", "GBR", "AUT", "Vienna"),
]

#: (template, the third state hosts, the third state is the location, status, date)
THIRD: list[tuple[str, bool, bool, str, str]] = [
    ("{A_} and {B} held talks in {city} on Monday.", False, True, "occurred", "2025-03-10"),
    ("{Aldr_} met {Bldr} in {city}, {V}, on Tuesday.", False, True, "occurred", "2025-03-11"),
    ("{V_} hosted talks between {A} and {B} on Sunday.", True, False, "occurred", "2025-03-09"),
    (
        "Negotiators from {A} and {B} will return to {city} next week for a new round of talks.",
        False,
        True,
        "planned",
        "2025-W12",
    ),
    (
        "Delegations of {A} and {B} met on Monday in {city} for talks mediated by {V}.",
        True,
        True,
        "occurred",
        "2025-03-10",
    ),
    (
        "The foreign ministers of {A} and {B} will meet in {city} on Friday, "
        "the {Vdem} foreign ministry said.",
        False,
        True,
        "planned",
        "2025-03-14",
    ),
]


def _venue_params() -> list[object]:
    out: list[object] = []
    for i, (template, hosts, located, status, when) in enumerate(THIRD):
        for a, b, v, city in VENUES:
            out.append(
                pytest.param(
                    template, hosts, located, status, when, (a, b), v, city, id=f"t{i}-{a}-{b}-{v}"
                )
            )
    return out


@pytest.mark.phenomenon("third-state venue")
class TestThirdStateVenue:
    """A venue, host or mediator that is a third state is not a party (SPEC §2, host)."""

    @pytest.mark.parametrize(
        ("template", "hosts", "located", "status", "when", "pair", "venue", "city"),
        _venue_params(),
    )
    def test_third_state_is_not_a_party(
        self,
        template: str,
        hosts: bool,
        located: bool,
        status: str,
        when: str,
        pair: Pair,
        venue: str,
        city: str,
    ) -> None:
        text = render(template, *pair, venue=venue, city=city)
        events = run(text)
        event = only(text, events, *pair)
        assert all(venue not in e["countries"] for e in events), show(text, events)
        assert event["status"] == status, show(text, events)
        assert timex(event) == when, show(text, events)
        if hosts:
            assert event["host"] == venue, show(text, events)
        if located:
            assert location_country(event) == venue, show(text, events)


#: (template, status, date)
CALLS: list[tuple[str, str, str]] = [
    ("{Aldr_} spoke by phone with {Bldr} on Tuesday.", "occurred", "2025-03-11"),
    (
        "{Aldr_} and {Bldr} held a telephone conversation on Monday, discussing trade and "
        "security.",
        "occurred",
        "2025-03-10",
    ),
    (
        "In a phone call on Sunday, {Aldr} and {Bldr} discussed energy cooperation.",
        "occurred",
        "2025-03-09",
    ),
    (
        "{Aldr_} telephoned {Bldr} yesterday to discuss the situation in the region.",
        "occurred",
        "2025-03-11",
    ),
    (
        "{Aldr_} will speak by telephone with {Bldr} on Friday, {Apro} office said.",
        "planned",
        "2025-03-14",
    ),
    ("{Aldr_} received a phone call from {Bldr} on Monday.", "occurred", "2025-03-10"),
    (
        "{Aldr_} and {Bldr} held phone talks on Thursday, the {Bdem} side said in a readout.",
        "occurred",
        "2025-03-06",
    ),
]

#: (in person, by phone): the same sentence with and without the telephone.
CHANNELS: list[tuple[str, str]] = [
    ("{Aldr_} met {Bldr} on Tuesday.", "{Aldr_} spoke by phone with {Bldr} on Tuesday."),
    (
        "{Aldr_} held talks with {Bldr} on Monday.",
        "{Aldr_} held telephone talks with {Bldr} on Monday.",
    ),
]


@pytest.mark.phenomenon("phone calls")
class TestPhoneCalls:
    """Telephone calls are events of kind 'call', dated and with a status."""

    @pytest.mark.parametrize(("template", "status", "when", "pair"), grid(CALLS, pick(PAIRS, 1)))
    def test_call(self, template: str, status: str, when: str, pair: Pair) -> None:
        text = render(template, *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert event["kind"] == "call", show(text, events)
        assert event["status"] == status, show(text, events)
        assert timex(event) == when, show(text, events)

    @pytest.mark.parametrize(("met", "called", "pair"), grid(CHANNELS, pick(PAIRS, 14, 4)))
    def test_phone_changes_only_the_kind(self, met: str, called: str, pair: Pair) -> None:
        one, two = render(met, *pair), render(called, *pair)
        first, second = run(one), run(two)
        e1, e2 = only(one, first, *pair), only(two, second, *pair)
        assert e1["kind"] != "call", show(one, first)
        assert e2["kind"] == "call", show(two, second)
        assert e1["date"] == e2["date"], show(one, first) + show(two, second)
        assert e1["status"] == e2["status"] == "occurred", show(one, first) + show(two, second)
