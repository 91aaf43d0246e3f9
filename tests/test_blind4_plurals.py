"""Blind behavioural suite 4: distributive plurals against joint multilateral events.

CheckList-style (Ribeiro et al. 2020) cases built from templates x fillers. "Separate",
"bilateral", "one-on-one" or "individually" meetings of one official with the leaders of A, B
and C are three bilateral events, each dated and with its own status; a trilateral or
four-nation summit is one event of all its parties (SPEC 3, Clauses). Minimum-functionality,
invariance and directional cases. Written blind on 2026-12-08 from SPEC sections 1-3, the README
and the user docs only.
"""

from __future__ import annotations

import itertools

import pytest
from tests.blind4_fillers import (
    ARGENTINA,
    BRAZIL,
    CHILE,
    CHINA,
    EGYPT,
    GHANA,
    GREECE,
    INDIA,
    ITALY,
    JAPAN,
    KENYA,
    LEADERS,
    MALAYSIA,
    MEET_KINDS,
    NIGERIA,
    NORWAY,
    PERU,
    POLAND,
    PUB_WED2,
    SOUTH_AFRICA,
    SOUTH_KOREA,
    SWEDEN,
    TALK_KINDS,
    THAILAND,
    VIETNAM,
    codes,
    extract,
    full,
    one_of,
    only_event,
    shift_month,
    span,
    weekday_ahead,
    weekday_back,
)

TRIPLES = [
    (JAPAN, SOUTH_KOREA, CHINA),
    (INDIA, BRAZIL, SOUTH_AFRICA),
    (GREECE, EGYPT, ITALY),
    (KENYA, NIGERIA, GHANA),
    (ARGENTINA, CHILE, PERU),
    (POLAND, SWEDEN, NORWAY),
    (VIETNAM, THAILAND, MALAYSIA),
]

# Each hub leader with three partner states that do not include the hub's own state.
HUBS = [
    (LEADERS[0], (KENYA, NIGERIA, GHANA)),  # Macron
    (LEADERS[2], (VIETNAM, THAILAND, MALAYSIA)),  # Modi
    (LEADERS[11], (JAPAN, SOUTH_KOREA, INDIA)),  # Albanese
    (LEADERS[8], (EGYPT, BRAZIL, CHILE)),  # Ruto
    (LEADERS[3], (POLAND, SWEDEN, NORWAY)),  # Kishida
    (LEADERS[10], (ARGENTINA, PERU, GREECE)),  # Meloni
]

DISTRIBUTIVE_TEMPLATES = [
    (
        "On the sidelines of the gathering, {fh} held separate meetings with the leaders of "
        "{p1}, {p2} and {p3} on Monday.",
        "occurred",
    ),
    ("{fh} held bilateral talks on Monday with counterparts from {p1}, {p2} and {p3}.", "occurred"),
    ("{fh} met the leaders of {p1}, {p2} and {p3} individually on Monday, aides said.", "occurred"),
    (
        "Over a packed Monday, {fh} sat down one by one with the heads of government of {p1}, "
        "{p2} and {p3}.",
        "occurred",
    ),
    ("{fh} will hold one-on-one meetings with the leaders of {p1}, {p2} and {p3} on Monday.", "p"),
]


def _monday(status):
    """The Monday a distributive template names, by its tense."""
    if status == "occurred":
        return weekday_back(PUB_WED2, 0)
    return weekday_ahead(PUB_WED2, 0)


class TestDistributive:
    """Separate meetings with several partners are one bilateral event per partner."""

    @pytest.mark.parametrize(
        ("template", "hub"),
        list(itertools.product(DISTRIBUTIVE_TEMPLATES, HUBS)),
    )
    def test_mft_one_event_per_partner(self, template, hub):
        """Each partner gets its own bilateral event with the hub, dated and with its status."""
        form, status = template
        leader, partners = hub
        text = form.format(
            fh=full(leader), p1=partners[0].name, p2=partners[1].name, p3=partners[2].name
        )
        events = extract(text, PUB_WED2)
        expected = "occurred" if status == "occurred" else "planned"
        monday = _monday(status)
        for partner in partners:
            event = one_of(events, {leader.code, partner.code})
            assert event.kind.value in MEET_KINDS
            assert event.status.value == expected
            assert span(event) == (monday, monday)
        assert not [sorted(codes(e)) for e in events if len(codes(e)) > 2]

    @pytest.mark.parametrize("hub", HUBS)
    def test_inv_partner_order(self, hub):
        """Reordering the partner list does not change the set of bilateral events."""
        leader, (p1, p2, p3) = hub
        form = "{fh} held separate talks with the foreign ministers of {x}, {y} and {z} last month."
        one = extract(form.format(fh=full(leader), x=p1.name, y=p2.name, z=p3.name), PUB_WED2)
        two = extract(form.format(fh=full(leader), x=p3.name, y=p1.name, z=p2.name), PUB_WED2)
        assert sorted(sorted(codes(e)) for e in one) == sorted(sorted(codes(e)) for e in two)
        for partner in (p1, p2, p3):
            event = one_of(one, {leader.code, partner.code})
            assert span(event) == shift_month(PUB_WED2, -1)


JOINT_TEMPLATES = [
    ("The leaders of {A}, {B} and {C} met in {capa} on Monday for a trilateral summit.", "o"),
    ("{dA}, {dB} and {dC} foreign ministers held joint talks in {capb} on Monday.", "o"),
    ("A trilateral meeting of {A}, {B} and {C} took place on Monday in {capc}.", "o"),
    ("{A}, {B} and {C} will hold a three-way summit in {capa} next month, officials said.", "p"),
    ("Monday's three-nation summit in {capb} brought together {A}, {B} and {C}.", "o"),
]


class TestJointMultilateral:
    """A joint meeting of three states is one multilateral event, not three bilateral ones."""

    @pytest.mark.parametrize(
        ("template", "triple"),
        list(itertools.product(JOINT_TEMPLATES, TRIPLES[:6])),
    )
    def test_mft_one_joint_event(self, template, triple):
        """A trilateral summit or joint talks is exactly one event with all three parties."""
        form, status = template
        a, b, c = triple
        text = form.format(
            A=a.name,
            B=b.name,
            C=c.name,
            dA=a.demonym,
            dB=b.demonym,
            dC=c.demonym,
            capa=a.capital,
            capb=b.capital,
            capc=c.capital,
        )
        event = only_event(extract(text, PUB_WED2), {a.code, b.code, c.code})
        assert event.kind.value in TALK_KINDS
        if status == "o":
            assert event.status.value == "occurred"
            monday = weekday_back(PUB_WED2, 0)
            assert span(event) == (monday, monday)
        else:
            assert event.status.value == "planned"
            assert span(event) == shift_month(PUB_WED2, 1)

    @pytest.mark.parametrize("triple", TRIPLES)
    def test_dir_joint_versus_separate(self, triple):
        """Joint talks give one three-party event; separate talks give one pair per partner."""
        a, b, c = triple
        joint = f"The foreign ministers of {a.name}, {b.name} and {c.name} held joint talks."
        split = (
            f"{a.name}'s foreign minister held separate talks with the foreign ministers of "
            f"{b.name} and {c.name}."
        )
        only_event(extract(joint, PUB_WED2), {a.code, b.code, c.code})
        events = extract(split, PUB_WED2)
        assert sorted(sorted(codes(e)) for e in events) == sorted(
            [sorted({a.code, b.code}), sorted({a.code, c.code})]
        )
