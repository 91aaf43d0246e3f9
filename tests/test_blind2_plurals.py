"""Blind behavioural suite 2: distributive plurals (one event per partner), joint meetings.

Published Wednesday 12 March 2025 (see ``tests/blind2_fillers.py`` for the dates).
"""

from __future__ import annotations

from itertools import combinations

import pytest
from tests.blind2_fillers import (
    TRIPLES,
    between,
    grid,
    only,
    pick,
    render,
    run,
    show,
    timex,
    touching,
)

Triple = tuple[str, str, str]
Quad = tuple[str, str, str, str]

#: A hub state and three partners it meets one by one.
QUADS: list[Quad] = [
    ("CHN", "KEN", "TZA", "RWA"),
    ("USA", "IDN", "MYS", "PHL"),
    ("ARG", "BRA", "URY", "PRY"),
    ("IND", "JPN", "KOR", "AUS"),
    ("SAU", "EGY", "JOR", "BHR"),
    ("FRA", "SEN", "CIV", "NGA"),
    ("AUS", "FJI", "TON", "PNG"),
    ("TUR", "AGO", "ZMB", "GHA"),
]

#: (template, status, date, whether the events are calls)
SEPARATE: list[tuple[str, str, str, bool]] = [
    (
        "{Aldr_} held separate meetings with the leaders of {B}, {C} and {D} on the sidelines "
        "of the conference on Monday.",
        "occurred",
        "2025-03-10",
        False,
    ),
    (
        "{A_}'s foreign minister held bilateral talks with the foreign ministers of {B}, {C} "
        "and {D} on Tuesday.",
        "occurred",
        "2025-03-11",
        False,
    ),
    (
        "{Aldr_} will hold separate talks with the {Bdem}, {Cdem} and {Ddem} leaders next week.",
        "planned",
        "2025-W12",
        False,
    ),
    (
        "{Aldr_} spoke separately by phone with the leaders of {B}, {C} and {D} on Sunday.",
        "occurred",
        "2025-03-09",
        True,
    ),
    (
        "{Aldr_} met the leaders of {B}, {C} and {D} individually on Monday.",
        "occurred",
        "2025-03-10",
        False,
    ),
    (
        "On Tuesday, {Aldr} held bilateral meetings with {Bldr}, {Cldr} and {Dldr}.",
        "occurred",
        "2025-03-11",
        False,
    ),
]


@pytest.mark.phenomenon("distributive plurals")
class TestDistributivePlurals:
    """'Separate/bilateral meetings with A, B and C': one bilateral event per partner."""

    @pytest.mark.parametrize(
        ("template", "status", "when", "calls", "quad"), grid(SEPARATE, pick(QUADS, 0))
    )
    def test_one_event_per_partner(
        self, template: str, status: str, when: str, calls: bool, quad: Quad
    ) -> None:
        text = render(template, *quad)
        events = run(text)
        hub, *partners = quad
        for partner in partners:
            event = only(text, events, hub, partner)
            assert event["status"] == status, show(text, events)
            assert timex(event) == when, show(text, events)
            if calls:
                assert event["kind"] == "call", show(text, events)
        for one, two in combinations(partners, 2):
            assert touching(events, one, two) == [], show(text, events)


#: (template, status, date)
JOINT: list[tuple[str, str, str]] = [
    (
        "The leaders of {A}, {B} and {C} met for a trilateral summit in {Acap} on Monday.",
        "occurred",
        "2025-03-10",
    ),
    (
        "{Aldr_}, {Bldr} and {Cldr} will hold a three-way meeting in {Bcap} next week.",
        "planned",
        "2025-W12",
    ),
    (
        "The foreign ministers of {A}, {B} and {C} held joint talks on Tuesday.",
        "occurred",
        "2025-03-11",
    ),
    (
        "{A_}, {B} and {C} held trilateral talks in {Ccap} on Sunday on water sharing.",
        "occurred",
        "2025-03-09",
    ),
    (
        "The {Adem}, {Bdem} and {Cdem} leaders will meet together in {Acap} next month.",
        "planned",
        "2025-04",
    ),
    (
        "A trilateral summit of {A}, {B} and {C} will take place in {Bcap} in April.",
        "planned",
        "2025-04",
    ),
]


@pytest.mark.phenomenon("joint multilateral")
class TestJointMultilateral:
    """'The leaders of A, B and C met for a trilateral summit': one event of three parties."""

    @pytest.mark.parametrize(
        ("template", "status", "when", "triple"), grid(JOINT, pick(TRIPLES, 0))
    )
    def test_one_joint_event(self, template: str, status: str, when: str, triple: Triple) -> None:
        text = render(template, *triple)
        events = run(text)
        event = only(text, events, *triple)
        assert event["status"] == status, show(text, events)
        assert timex(event) == when, show(text, events)
        assert len(touching(events, *triple)) == 1, show(text, events)
        for one, two in combinations(triple, 2):
            assert between(events, one, two) == [], show(text, events)
