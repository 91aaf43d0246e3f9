"""Blind behavioural suite 2: held and planned events, the passive voice, hosts and arrivals.

Published Wednesday 12 March 2025 (see ``tests/blind2_fillers.py`` for the dates).
"""

from __future__ import annotations

import pytest
from tests.blind2_fillers import (
    PAIRS,
    STATES,
    grid,
    has_person,
    location_country,
    only,
    pick,
    render,
    run,
    show,
    timex,
)

Pair = tuple[str, str]

HELD: list[tuple[str, str]] = [
    ("{Aldr_} met {Bldr} in {Acap} on Monday.", "2025-03-10"),
    ("{Aldr_} held talks with {Bldr} on Tuesday.", "2025-03-11"),
    ("{A_} and {B} held a round of negotiations on trade in {Bcap} on Sunday.", "2025-03-09"),
    (
        "The foreign ministers of {A} and {B} met on Monday to discuss border security.",
        "2025-03-10",
    ),
    (
        "{Aldr_} and {Bldr} held a meeting yesterday at {Bcap}, where they exchanged views "
        "on regional and international issues.",
        "2025-03-11",
    ),
    ("{Aldr_} paid a two-day visit to {B} last week.", "2025-W10"),
]

#: Templates in which the two parties can change places without changing the event.
SYMMETRIC: list[tuple[str]] = [
    ("{Aldr_} met {Bldr} on Tuesday to discuss energy cooperation.",),
    ("{A_} and {B} held talks on Sunday on a new fisheries deal.",),
    ("Senior officials of {A} and {B} met in Geneva on Monday.",),
]


@pytest.mark.phenomenon("active held")
class TestActiveHeld:
    """Active sentences reporting a meeting that took place."""

    @pytest.mark.parametrize(("template", "when", "pair"), grid(HELD, pick(PAIRS, 0)))
    def test_held_event(self, template: str, when: str, pair: Pair) -> None:
        text = render(template, *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert event["status"] == "occurred", show(text, events)
        assert timex(event) == when, show(text, events)

    @pytest.mark.parametrize(("template", "pair"), grid(SYMMETRIC, pick(PAIRS, 6)))
    def test_order_of_parties_is_invariant(self, template: str, pair: Pair) -> None:
        a, b = pair
        one, two = render(template, a, b), render(template, b, a)
        first, second = run(one), run(two)
        e1, e2 = only(one, first, a, b), only(two, second, a, b)
        for key in ("countries", "status", "date"):
            assert e1[key] == e2[key], show(one, first) + show(two, second)
        assert e1["status"] == "occurred", show(one, first)


PLANNED: list[tuple[str, str]] = [
    ("{Aldr_} will visit {B} next week.", "2025-W12"),
    ("{Aldr_} is set to meet {Bldr} in {Bcap} on Friday.", "2025-03-14"),
    ("{A_} and {B} are expected to hold talks next month, diplomats said.", "2025-04"),
    ("{Aldr_} plans to travel to {Bcap} in April for talks with {Bldr}.", "2025-04"),
    (
        "Preparations are under way for the upcoming visit of {Aldr} to {B} on March 20.",
        "2025-03-20",
    ),
    ("{Aldr_} is scheduled to hold talks with {Bldr} on Monday.", "2025-03-17"),
    ("{A_} and {B} agreed to hold their next round of talks in {Acap} in May.", "2025-05"),
]

#: (held, planned): the same event in the past tense and in the future.
TENSE_PAIRS: list[tuple[str, str]] = [
    ("{Aldr_} held talks with {Bldr} in {Bcap}.", "{Aldr_} will hold talks with {Bldr} in {Bcap}."),
    ("{A_} and {B} met to discuss fisheries.", "{A_} and {B} are to meet to discuss fisheries."),
    ("{Aldr_} visited {B} to boost trade.", "{Aldr_} is expected to visit {B} to boost trade."),
]


@pytest.mark.phenomenon("planned")
class TestPlanned:
    """Future tense, 'set to', 'expected to', 'scheduled', 'upcoming': planned events."""

    @pytest.mark.parametrize(("template", "when", "pair"), grid(PLANNED, pick(PAIRS, 3)))
    def test_planned_event(self, template: str, when: str, pair: Pair) -> None:
        text = render(template, *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert event["status"] == "planned", show(text, events)
        assert timex(event) == when, show(text, events)

    @pytest.mark.parametrize(("held", "planned", "pair"), grid(TENSE_PAIRS, pick(PAIRS, 9)))
    def test_future_tense_turns_held_into_planned(
        self, held: str, planned: str, pair: Pair
    ) -> None:
        past, future = render(held, *pair), render(planned, *pair)
        before, after = run(past), run(future)
        assert only(past, before, *pair)["status"] == "occurred", show(past, before)
        assert only(future, after, *pair)["status"] == "planned", show(future, after)


#: (template, status, date, whether B hosts)
PASSIVE: list[tuple[str, str, str, bool]] = [
    ("{Aldr_} was received by {Bldr} in {Bcap} on Monday.", "occurred", "2025-03-10", True),
    ("Talks were held between {A} and {B} in {Acap} on Tuesday.", "occurred", "2025-03-11", False),
    (
        "{Aldr_} was hosted by {Bldr} on Sunday for a working dinner.",
        "occurred",
        "2025-03-09",
        True,
    ),
    (
        "A meeting between {Aldr} and {Bldr} was held on Monday in {Bcap}.",
        "occurred",
        "2025-03-10",
        False,
    ),
    ("{Aldr_} will be received by {Bldr} next week.", "planned", "2025-W12", True),
    (
        "Consultations between the foreign ministries of {A} and {B} were held in {Bcap} "
        "on Tuesday.",
        "occurred",
        "2025-03-11",
        False,
    ),
]

#: (active, passive): the same event in both voices.
VOICES: list[tuple[str, str]] = [
    (
        "{Bldr_} received {Aldr} in {Bcap} on Monday.",
        "{Aldr_} was received by {Bldr} in {Bcap} on Monday.",
    ),
    ("{Bldr_} hosted {Aldr} on Sunday.", "{Aldr_} was hosted by {Bldr} on Sunday."),
    (
        "{Bldr_} welcomed {Aldr} at the airport in {Bcap} on Tuesday.",
        "{Aldr_} was welcomed by {Bldr} at the airport in {Bcap} on Tuesday.",
    ),
]


@pytest.mark.phenomenon("passive")
class TestPassive:
    """The passive voice names the same parties as the active (SPEC §3, Clauses)."""

    @pytest.mark.parametrize(
        ("template", "status", "when", "b_hosts", "pair"), grid(PASSIVE, pick(PAIRS, 12))
    )
    def test_passive_event(
        self, template: str, status: str, when: str, b_hosts: bool, pair: Pair
    ) -> None:
        text = render(template, *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert event["status"] == status, show(text, events)
        assert timex(event) == when, show(text, events)
        if b_hosts:
            assert event["host"] == pair[1], show(text, events)

    @pytest.mark.parametrize(("active", "passive", "pair"), grid(VOICES, pick(PAIRS, 18)))
    def test_voice_is_invariant(self, active: str, passive: str, pair: Pair) -> None:
        one, two = render(active, *pair), render(passive, *pair)
        first, second = run(one), run(two)
        e1, e2 = only(one, first, *pair), only(two, second, *pair)
        for key in ("countries", "status", "date", "host"):
            assert e1[key] == e2[key], show(one, first) + show(two, second)


#: (template, status or None, date or None, kind or None); B is always the host.
HOSTING: list[tuple[str, str | None, str | None, str | None]] = [
    ("{Aldr_} arrived in {Bcap} on Tuesday for a three-day official visit.", None, None, "visit"),
    ("{Bldr_} hosted {Aldr} in {Bcap} on Monday.", "occurred", "2025-03-10", None),
    (
        "{B_} will host {Aldr} next week for talks on trade and investment.",
        "planned",
        "2025-W12",
        None,
    ),
    ("{Aldr_} paid an official visit to {B} on Monday.", "occurred", "2025-03-10", "visit"),
    ("{Bldr_} received {Aldr} in {Bcap} on Sunday.", "occurred", "2025-03-09", None),
    (
        "{Aldr_} landed in {Bcap} on Monday evening, the first stop of a regional tour.",
        None,
        None,
        "visit",
    ),
    ("{Aldr_} is to travel to {B} on Friday for talks with {Bldr}.", "planned", "2025-03-14", None),
]


@pytest.mark.phenomenon("hosting/arrival")
class TestHostingArrival:
    """Hosting, receiving, arriving, landing, travelling: the host is the receiving state."""

    @pytest.mark.parametrize(
        ("template", "status", "when", "kind", "pair"), grid(HOSTING, pick(PAIRS, 15))
    )
    def test_host_is_the_receiving_state(
        self, template: str, status: str | None, when: str | None, kind: str | None, pair: Pair
    ) -> None:
        text = render(template, *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert event["host"] == pair[1], show(text, events)
        if status is not None:
            assert event["status"] == status, show(text, events)
        if when is not None:
            assert timex(event) == when, show(text, events)
        if kind is not None:
            assert event["kind"] == kind, show(text, events)

    @pytest.mark.parametrize("pair", [pytest.param(p, id="-".join(p)) for p in pick(PAIRS, 20, 8)])
    def test_travel_to_meet_keeps_the_person_met(self, pair: Pair) -> None:
        text = render("{Aldr_} will travel to {Bcap} next month to meet {Bldr}.", *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert event["status"] == "planned", show(text, events)
        assert timex(event) == "2025-04", show(text, events)
        assert event["host"] == pair[1], show(text, events)
        assert location_country(event) == pair[1], show(text, events)
        b = STATES[pair[1]]
        if b.key:
            assert has_person(event, b.code, b.key), show(text, events)
