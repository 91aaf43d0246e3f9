"""Blind behavioural suite 4: third-state venues, mediators, and phone and video calls.

CheckList-style (Ribeiro et al. 2020) cases built from templates x fillers. A venue named only as
a place is never a party; a third state that hosts or mediates is at most the host (SPEC 2,
CAMEO 044/045); a phone call is a call, and a video call may be read as a call or a meeting
(SPEC leaves its kind open). Minimum-functionality, invariance and directional cases. Written
blind on 2026-12-08 from SPEC sections 1-3, the README and the user docs only.
"""

from __future__ import annotations

import itertools

import pytest
from tests.blind4_fillers import (
    LEADER_PAIRS,
    MINISTER_PAIRS,
    PUB_MON,
    PUB_THU,
    PUB_WED3,
    RIVALS,
    TALK_KINDS,
    THIRD,
    VIDEO_KINDS,
    codes,
    extract,
    full,
    host,
    only_event,
    sentence,
    shift_week,
    signature,
    span,
    state,
    weekday_ahead,
    weekday_back,
)

VENUE_TEMPLATES = [
    ("{A} and {B} held talks in {city} on Monday, their first direct contact in months.", "any"),
    ("Meeting on neutral ground in {city} on Monday, envoys of {A} and {B} swapped maps.", "any"),
    ("{C} hosted talks between {A} and {B} on Monday, its foreign ministry said.", "c"),
    ("On Monday {city} hosted {dA} and {dB} delegations for a round of border talks.", "any"),
]
VENUE_CASES = [(a, b, c, city) for (a, b), (c, city) in zip(RIVALS, THIRD, strict=True)]


class TestThirdStateVenue:
    """A venue city or a hosting third state is never one of the parties."""

    @pytest.mark.parametrize(
        ("template", "case"),
        list(itertools.product(VENUE_TEMPLATES, VENUE_CASES)),
    )
    def test_mft_venue_not_party(self, template, case):
        """Talks of A and B held in a third state's city have A and B as the only parties."""
        form, who_hosts = template
        a, b, c, city = case
        text = form.format(A=a.name, B=b.name, C=c.name, dA=a.demonym, dB=b.demonym, city=city)
        event = only_event(extract(sentence(text), PUB_WED3), {a.code, b.code})
        assert c.code not in codes(event)
        assert event.kind.value in TALK_KINDS
        assert event.status.value == "occurred"
        monday = weekday_back(PUB_WED3, 0)
        assert span(event) == (monday, monday)
        if who_hosts == "c":
            assert host(event) == c.code
        else:
            assert host(event) in {c.code, None}

    @pytest.mark.parametrize("case", VENUE_CASES[:6])
    def test_inv_venue_city_swapped(self, case):
        """Moving the talks to another third-state city changes neither parties, status nor date."""
        a, b, _c, city = case
        other = "Vienna" if city != "Vienna" else "Geneva"
        text = "{A} and {B} will resume talks in {city} next week, diplomats said."
        one = text.format(A=a.name, B=b.name, city=city)
        two = text.format(A=a.name, B=b.name, city=other)
        first = only_event(extract(sentence(one), PUB_THU), {a.code, b.code})
        second = only_event(extract(sentence(two), PUB_THU), {a.code, b.code})
        assert signature(first)[:4] == signature(second)[:4]
        assert first.status.value == "planned"
        assert span(first) == shift_week(PUB_THU, 1)


MEDIATION_TEMPLATES = [
    "Talks between {A} and {B}, mediated by {C}, opened in {city} on Monday.",
    "With {C} acting as mediator, {dA} and {dB} officials held indirect talks on Monday.",
    "{dC} mediators brought {dA} and {dB} negotiators together in {city} on Monday.",
    "{A} and {B} met on Monday under {dC} mediation, a joint statement said.",
]


class TestMediators:
    """A mediating third state is never a party to the talks it brokers."""

    @pytest.mark.parametrize(
        ("template", "case"),
        list(itertools.product(MEDIATION_TEMPLATES, VENUE_CASES)),
    )
    def test_mft_mediator_not_party(self, template, case):
        """Mediated talks of A and B are one event of A and B, with the mediator at most host."""
        a, b, c, city = case
        text = template.format(
            A=a.name, B=b.name, C=c.name, dA=a.demonym, dB=b.demonym, dC=c.demonym, city=city
        )
        event = only_event(extract(sentence(text), PUB_WED3), {a.code, b.code})
        assert c.code not in codes(event)
        assert event.kind.value in TALK_KINDS
        assert event.status.value in {"occurred", "ongoing"}
        assert host(event) in {c.code, None}
        assert event.date is not None
        assert event.date.start == weekday_back(PUB_WED3, 0)


CALL_TEMPLATES = [
    "{fa} spoke by phone with {fb} on Tuesday, according to a readout from {A}.",
    "{fa} and {fb} held a telephone conversation on Tuesday on maritime security.",
    "In a call on Tuesday, {fa} told {fb} that the port deal remained on track.",
    "{fa} phoned {nb} on Tuesday to discuss fertiliser supplies, aides said.",
    "{fa} received a phone call from {fb} on Tuesday, the {dA} side said.",
]
CALL_PAIRS = LEADER_PAIRS[:3] + MINISTER_PAIRS[:3]


def _fill(template, pair):
    """Fill a call template for a pair of officials."""
    a, b = pair
    sa = state(a)
    return sentence(template.format(fa=full(a), fb=full(b), nb=b.name, A=sa.name, dA=sa.demonym))


class TestCalls:
    """Phone calls are calls dated by their own clause; video calls may be calls or meetings."""

    @pytest.mark.parametrize(
        ("template", "pair"),
        list(itertools.product(CALL_TEMPLATES, CALL_PAIRS)),
    )
    def test_mft_phone_call(self, template, pair):
        """A phone call of two officials is one occurred call dated the past Tuesday."""
        a, b = pair
        event = only_event(extract(_fill(template, pair), PUB_MON), {a.code, b.code})
        assert event.kind.value == "call"
        assert event.status.value == "occurred"
        tuesday = weekday_back(PUB_MON, 1)
        assert span(event) == (tuesday, tuesday)

    @pytest.mark.parametrize("pair", CALL_PAIRS)
    def test_mft_video_call(self, pair):
        """A video call is one occurred event whose kind is a call or a meeting."""
        a, b = pair
        text = f"{full(a)} and {full(b)} held a video call on Tuesday to prepare a joint plan."
        event = only_event(extract(text, PUB_MON), {a.code, b.code})
        assert event.kind.value in VIDEO_KINDS
        assert event.status.value == "occurred"
        tuesday = weekday_back(PUB_MON, 1)
        assert span(event) == (tuesday, tuesday)

    @pytest.mark.parametrize("pair", CALL_PAIRS[:4])
    def test_dir_call_will(self, pair):
        """A call that "will" happen "on Tuesday" is a planned call on the coming Tuesday."""
        a, b = pair
        text = f"{full(a)} will speak by phone with {full(b)} on Tuesday, officials said."
        event = only_event(extract(text, PUB_MON), {a.code, b.code})
        assert event.kind.value == "call"
        assert event.status.value == "planned"
        tuesday = weekday_ahead(PUB_MON, 1)
        assert span(event) == (tuesday, tuesday)
