"""Third blind behavioural suite of ``bilateral``: held meetings, active and passive.

CheckList-style (Ribeiro et al. 2020): templates × fillers from ``blind3_fillers``, one class
per phenomenon. Minimum-functionality cases check that a plain report of a meeting that took
place gives one event with the right parties, status ``occurred`` and the day or week the
text fixes (SPEC section 3, anchored on ``published``); invariance cases check that the
passive voice names the same parties, status and date as the active. Written blind on
2026-12-08 from SPEC sections 1-3, the README and the user docs, without sight of the code.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.blind3_fillers import (
    HELD_VERBS,
    PUB_DAYS,
    day_span,
    only_event,
    pairs_on,
    state_pairs,
    week_span,
    weekday_back,
)

import bilateral

# (phrase, span as a function of the publication day) for a past-tense clause.
PAST_WHEN = (
    ("on Monday", lambda p: day_span(weekday_back(p, "Monday"))),
    ("on Tuesday", lambda p: day_span(weekday_back(p, "Tuesday"))),
    ("yesterday", lambda p: day_span(p - dt.timedelta(days=1))),
    ("last Thursday", lambda p: day_span(weekday_back(p, "Thursday", strict=True))),
    ("last week", lambda p: week_span(p, -1)),
)

HELD_TEMPLATES = (
    "{A} {verb} {B} {when} in {city}, the two sides pledging to deepen cooperation on energy "
    "and infrastructure.",
    "{CITY}, {dateline} (Reuters) - {A} {verb} {B} {when}, according to a readout issued by "
    "the host government.",
    "Bilateral ties and the situation in the Middle East topped the agenda as {A} {verb} {B} "
    "{when}.",
    "{A} {verb} {B} {when} at the presidential palace in {city}, where the two leaders "
    "witnessed the exchange of memorandums on agriculture and health.",
    "READOUT: {A} {verb} {B} {when}. The two sides exchanged views on bilateral relations and "
    "issues of mutual interest.",
    "In what aides called a candid exchange, {A} {verb} {B} {when} for close to two hours.",
    "{A} {verb} {B} {when} on the margins of a regional forum in {city} and agreed to step up "
    "cooperation on critical minerals.",
    "{A} and {B} met {when} in {city} for talks that ran past schedule, officials said.",
    "H.E. {Apost}, paid a courtesy call on H.E. {Bpost}, {when} at the latter's office in {city}.",
    "{A} {verb} {B} {when}. Both sides reaffirmed their commitment to the comprehensive "
    "strategic partnership and agreed to further strengthen cooperation in trade, investment "
    "and people-to-people exchanges.",
)


# Formal names of readouts ("Prime Minister of the United Kingdom").
FORMAL = {"GBR": "the United Kingdom", "KOR": "the Republic of Korea"}


def _held_cases() -> list[object]:
    cases = []
    for i, template in enumerate(HELD_TEMPLATES):
        for j, pub in enumerate(PUB_DAYS[:5]):
            (a, b) = pairs_on(pub, 1, skip=i * 3 + j)[0]
            phrase, span = PAST_WHEN[(i + j) % len(PAST_WHEN)]
            text = template.format(
                A=a.styled,
                B=b.styled,
                Apost=f"{a.name}, {a.title} of {FORMAL.get(a.code, a.state.name)}",
                Bpost=f"{b.name}, {b.title} of {FORMAL.get(b.code, b.state.name)}",
                verb=HELD_VERBS[(i + j) % len(HELD_VERBS)],
                when=phrase,
                city=b.state.capital,
                CITY=b.state.capital.upper(),
                dateline=f"{pub:%b} {pub.day}",
            )
            cases.append(pytest.param(text, pub, (a.code, b.code), span(pub), id=f"t{i}-{j}"))
    return cases


PASSIVE_TEMPLATES = (
    # (passive text, active text); {A} receives or hosts, {B} is received.
    (
        "{B} was received by {A} at the presidential palace {when}.",
        "{A} received {B} at the presidential palace {when}.",
    ),
    (
        "Talks were held between {A} and {B} {when} in {capA}.",
        "{A} and {B} held talks {when} in {capA}.",
    ),
    (
        "{B} was hosted by {A} for talks in {capA} {when}.",
        "{A} hosted {B} for talks in {capA} {when}.",
    ),
    (
        "A meeting between {A} and {B} was held in {capA} {when}, the foreign ministry said.",
        "{A} and {B} held a meeting in {capA} {when}, the foreign ministry said.",
    ),
    (
        "{B} was welcomed by {A} {when} with a guard of honour at the airport.",
        "{A} welcomed {B} {when} with a guard of honour at the airport.",
    ),
    (
        "Consultations were conducted {when} by {A} and {B}, covering trade and defence.",
        "{A} and {B} conducted consultations {when}, covering trade and defence.",
    ),
    (
        "{B} was received in {capA} {when} by {A}, the ministry said.",
        "{A} received {B} in {capA} {when}, the ministry said.",
    ),
    (
        "{B} was met by {A} {when} for what both sides described as productive talks.",
        "{A} met {B} {when} for what both sides described as productive talks.",
    ),
)


def _passive_cases() -> list[object]:
    cases = []
    for i, (passive, active) in enumerate(PASSIVE_TEMPLATES):
        for j, pub in enumerate(PUB_DAYS[1:5]):
            (a, b) = pairs_on(pub, 1, skip=i * 5 + j + 1)[0]
            phrase, span = PAST_WHEN[(i * 2 + j) % len(PAST_WHEN)]
            fill = {"A": a.styled, "B": b.styled, "when": phrase, "capA": a.state.capital}
            cases.append(
                pytest.param(
                    passive.format(**fill),
                    active.format(**fill),
                    pub,
                    (a.code, b.code),
                    span(pub),
                    id=f"p{i}-{j}",
                )
            )
    return cases


def _passive_state_cases() -> list[object]:
    forms = (
        "Talks were held between {a} and {b} in {cap} on Monday.",
        "{Da} and {db} delegations were received in {cap} on Monday for a round of talks.",
        "A meeting of {da} and {db} officials was held in {cap} on Monday.",
    )
    cases = []
    for i, (a, b) in enumerate(state_pairs(12, skip=2)):
        form = forms[i % len(forms)]
        text = form.format(
            a=a.name,
            b=b.name,
            cap=a.capital,
            da=a.demonym,
            db=b.demonym,
            Da=a.demonym,
        )
        cases.append(pytest.param(text, (a.code, b.code), id=f"s{i}"))
    return cases


def _variant_cases() -> list[object]:
    """Sets of wordings that must give one and the same event."""
    cases = []
    for j, pub in enumerate(PUB_DAYS[:5]):
        (a, b) = pairs_on(pub, 1, skip=11 + 2 * j)[0]
        city = a.state.capital
        swap = [
            f"{a.styled} met {b.styled} in {city} on Monday.",
            f"{b.styled} met {a.styled} in {city} on Monday.",
            f"{b.styled} and {a.styled} met in {city} on Monday.",
        ]
        verbs = [f"{a.styled} {verb} {b.styled} on Monday." for verb in HELD_VERBS]
        order = [
            f"{a.styled} held talks with {b.styled} in {city} on Monday, officials said.",
            f"On Monday in {city}, {a.styled} held talks with {b.styled}, officials said.",
            f"Officials said {a.styled} held talks with {b.styled} in {city} on Monday.",
            f"In {city} on Monday, talks were held by {a.styled} and {b.styled}.",
        ]
        monday = day_span(weekday_back(pub, "Monday"))
        for name, texts in (("swap", swap), ("verbs", verbs), ("order", order)):
            cases.append(pytest.param(texts, pub, (a.code, b.code), monday, id=f"{name}-{j}"))
    return cases


class TestActiveHeld:
    """Minimum functionality: an active clause reporting a held meeting."""

    @pytest.mark.parametrize(("text", "pub", "codes", "span"), _held_cases())
    def test_held_meeting(self, text, pub, codes, span):
        """A held meeting of two named officials is one occurred event dated as the text says."""
        event = only_event(bilateral.extract(text, published=pub), *codes)
        assert event.status.value == "occurred"
        assert event.date is not None
        assert (event.date.start, event.date.end, event.date.granularity.value) == span

    @pytest.mark.parametrize(("texts", "pub", "codes", "span"), _variant_cases())
    def test_invariant_wordings(self, texts, pub, codes, span):
        """Swapping the parties, a synonym verb or the clause order leaves the event unchanged."""
        for text in texts:
            event = only_event(bilateral.extract(text, published=pub), *codes)
            assert event.status.value == "occurred", text
            assert event.date is not None, text
            got = (event.date.start, event.date.end, event.date.granularity.value)
            assert got == span, text


class TestPassive:
    """Invariance: the passive voice names the same parties, status and date as the active."""

    @pytest.mark.parametrize(("passive", "active", "pub", "codes", "span"), _passive_cases())
    def test_passive_like_active(self, passive, active, pub, codes, span):
        """A passive report gives the event its active counterpart gives."""
        for text in (passive, active):
            event = only_event(bilateral.extract(text, published=pub), *codes)
            assert event.status.value == "occurred", text
            assert event.date is not None, text
            assert (event.date.start, event.date.end, event.date.granularity.value) == span

    @pytest.mark.parametrize(("text", "codes"), _passive_state_cases())
    def test_passive_states(self, text, codes):
        """A passive sentence with states or demonyms as parties gives their one meeting."""
        pub = dt.date(2024, 2, 21)
        event = only_event(bilateral.extract(text, published=pub), *codes)
        assert event.status.value == "occurred"
        monday = dt.date(2024, 2, 19)
        assert (event.date.start, event.date.end) == (monday, monday)
