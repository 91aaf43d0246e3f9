"""Blind behavioural suite 4: non-events, headline + paraphrase, and relative clauses.

CheckList-style (Ribeiro et al. 2020) cases built from templates x fillers. Country words in
trade, sport, travel or business news give no event; a headline and its paraphrases in the body
(wire copy, live blogs, readouts) are one event (SPEC 3, Events); a relative clause or apposition
with its own trigger is its own event with its own date (SPEC 3, Clauses). Minimum-functionality,
invariance and directional cases. Written blind on 2026-12-08 from SPEC sections 1-3, the README
and the user docs only.
"""

from __future__ import annotations

import itertools

import pytest
from tests.blind4_fillers import (
    LEADER_PAIRS,
    LEADERS,
    MEET_KINDS,
    PAIRS,
    PUB_WED,
    PUB_WED2,
    VISIT_KINDS,
    extract,
    full,
    host,
    one_of,
    only_event,
    sentence,
    shift_month,
    shift_week,
    signature,
    span,
    spoken,
    state,
    weekday_ahead,
    weekday_back,
)

NON_EVENTS = [
    "{dA} wine exports to {B} rose 12 percent in the first quarter, customs data showed.",
    "{A} beat {B} 3-1 in Tuesday's World Cup qualifier in {capa}.",
    "The {dA} national cricket team will meet {B} in the final on Sunday.",
    "{dA} tourists flocked to {capb} over the spring holiday, hotel operators said.",
    "{dA} shares fell on Monday as investors weighed the outlook for {dB} demand.",
    "Flights between {capa} and {capb} resumed on Tuesday after a two-day strike.",
    "Students from {A} and {B} met in {capa} for a robotics contest last week.",
    "A summit of {dA} and {dB} tech start-ups drew 3,000 visitors to {capb}.",
]


class TestNonEvents:
    """Country words outside diplomacy give no event."""

    @pytest.mark.parametrize(
        ("template", "pair"),
        list(itertools.product(NON_EVENTS, PAIRS[:4])),
    )
    def test_mft_no_event(self, template, pair):
        """Trade, sport, travel, markets and business news with two states gives no event."""
        a, b = pair
        text = template.format(
            A=a.name, B=b.name, dA=a.demonym, dB=b.demonym, capa=a.capital, capb=b.capital
        )
        assert extract(sentence(text), PUB_WED) == []

    @pytest.mark.parametrize("pair", PAIRS[4:8])
    def test_dir_adding_a_meeting(self, pair):
        """Adding one diplomatic sentence to non-event text adds exactly that one event."""
        a, b = pair
        noise = f"{a.demonym} wine exports to {b.name} rose 12 percent in the first quarter."
        meeting = f" Trade ministers of {a.name} and {b.name} met on Monday to discuss tariffs."
        assert extract(noise, PUB_WED) == []
        event = only_event(extract(noise + meeting, PUB_WED), {a.code, b.code})
        assert span(event) == (weekday_back(PUB_WED, 0),) * 2


ARTICLES = [
    (
        "{sa}, {sb} pledge closer ties in {capb} talks\n\n"
        "{CAPB}, {dateline} — {fa} held talks with {fb} in {capb} on Monday. The meeting, the "
        "first between the two leaders this year, focused on trade and energy. “We had a frank "
        "and useful discussion,” {sb} told reporters afterwards. Both sides called the talks "
        "constructive."
    ),
    (
        "LIVE: {sa} in {capb} for talks with {sb}\n\n"
        "10:42 — {fa} has arrived at the government palace for talks with {nb}.\n"
        "11:15 — The two leaders are now meeting behind closed doors.\n"
        "13:05 — Talks between {sa} and {sb} have ended after nearly two hours, aides say."
    ),
    (
        "Readout of {ta} {sa}'s Meeting with {fb}\n\n"
        "{ta} {na} met today with {fb} in {capb}. The leaders discussed supply chains and "
        "climate finance. {ta} {sa} underscored the importance of the partnership. The two "
        "leaders agreed to remain in close contact."
    ),
    (
        "{sb} hosts {sa} as {dB}-{dA} ties warm\n\n"
        "{fb} welcomed {fa} to {capb} on Monday. During their meeting the two leaders reviewed "
        "defence cooperation. {sa}'s visit to {B}, aides said, had been months in the making."
    ),
]


def _article(template, a, b):
    """Fill an article template for two leaders."""
    sa, sb = state(a), state(b)
    return template.format(
        fa=full(a),
        fb=full(b),
        na=a.name,
        nb=b.name,
        sa=a.surname,
        sb=b.surname,
        ta=a.title,
        capb=sb.capital,
        CAPB=sb.capital.upper(),
        B=sb.name,
        dA=sa.demonym,
        dB=sb.demonym,
        dateline=spoken(weekday_back(PUB_WED, 0)),
    )


class TestHeadlineParaphrase:
    """A headline and its paraphrases in the body are one event."""

    @pytest.mark.parametrize(
        ("template", "pair"),
        list(itertools.product(range(len(ARTICLES)), LEADER_PAIRS[:8])),
    )
    def test_mft_one_event(self, template, pair):
        """Headline, lead, quotes and follow-up sentences about one meeting give one event."""
        a, b = pair
        text = _article(ARTICLES[template], a, b)
        event = only_event(extract(text, PUB_WED), {a.code, b.code})
        assert event.kind.value in MEET_KINDS | VISIT_KINDS
        assert event.status.value in {"occurred", "ongoing"}
        if template in (0, 3):
            assert span(event) == (weekday_back(PUB_WED, 0),) * 2
        if template == 2:
            assert span(event) == (PUB_WED, PUB_WED)

    @pytest.mark.parametrize("pair", LEADER_PAIRS[4:10])
    def test_inv_headline_added(self, pair):
        """Putting a headline over the story does not add or change an event."""
        a, b = pair
        body = f"{full(a)} held talks with {full(b)} in {state(b).capital} on Monday."
        headline = f"{a.surname} and {b.surname} meet in {state(b).capital}\n\n"
        first = only_event(extract(body, PUB_WED), {a.code, b.code})
        second = only_event(extract(headline + body, PUB_WED), {a.code, b.code})
        assert signature(first) == signature(second)


RELATIVE = [
    "{fa}, who met {fb} last week, will visit {C} on Friday.",
    "{fa}, fresh from talks with {fb} last week, will travel to {capc} on Friday to meet {fc}.",
    "{fa} — who held talks with {fb} last week — is set to visit {C} on Friday.",
    "{fa}, who hosted {fb} in {capa} last week, will be in {capc} on Friday for a visit.",
    "On Friday {fa} will visit {C}, a trip that comes after talks with {fb} last week.",
]
TRIPLES = [(LEADERS[i], LEADERS[i + 1], LEADERS[i + 2]) for i in range(0, 18, 3)]


class TestRelativeClausesAppositions:
    """A relative clause or apposition with its own trigger is its own, separately dated event."""

    @pytest.mark.parametrize(
        ("template", "trio"),
        list(itertools.product(RELATIVE, TRIPLES)),
    )
    def test_mft_two_events(self, template, trio):
        """The held meeting of the relative clause and the planned visit are two events."""
        a, b, c = trio
        sc = state(c)
        text = template.format(
            fa=full(a), fb=full(b), fc=full(c), C=sc.name, capc=sc.capital, capa=state(a).capital
        )
        events = extract(text, PUB_WED2)
        held = one_of(events, {a.code, b.code})
        visit = one_of(events, {a.code, c.code})
        assert held.status.value == "occurred"
        assert span(held) == shift_week(PUB_WED2, -1)
        assert visit.status.value == "planned"
        assert visit.kind.value in VISIT_KINDS
        assert span(visit) == (weekday_ahead(PUB_WED2, 4),) * 2
        assert host(visit) == c.code
        assert len(events) == 2

    @pytest.mark.parametrize("trio", TRIPLES)
    def test_inv_main_and_relative_swapped(self, trio):
        """Swapping which event sits in the relative clause leaves both events unchanged."""
        a, b, c = trio
        sc = state(c)
        one = f"{full(a)}, who met {full(b)} last month, will visit {sc.name} next week."
        two = f"{full(a)}, who will visit {sc.name} next week, met {full(b)} last month."
        first, second = extract(one, PUB_WED2), extract(two, PUB_WED2)
        for parties in ({a.code, b.code}, {a.code, c.code}):
            assert signature(one_of(first, parties)) == signature(one_of(second, parties))
        assert span(one_of(first, {a.code, b.code})) == shift_month(PUB_WED2, -1)
        assert span(one_of(first, {a.code, c.code})) == shift_week(PUB_WED2, 1)
