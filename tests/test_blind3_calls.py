"""Third blind behavioural suite of ``bilateral``: phone and video calls.

CheckList-style (Ribeiro et al. 2020): templates × fillers from ``blind3_fillers``. Minimum
functionality: a phone call between two named officials is one event of kind ``call``
(SPEC section 2 lists ``call``; CAMEO 041), held or planned as the verb group says, dated
as the text says. Video calls and virtual meetings are checked for parties, status and date
only, since SPEC leaves open whether a video link is a ``call`` or a ``meeting``. Written
blind on 2026-12-08 from SPEC sections 1-3, the README and the user docs, without sight of
the library's code, tests or examples.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.blind3_fillers import (
    CALL_PHRASES,
    PUB_DAYS,
    day_span,
    only_event,
    pairs_on,
    week_span,
    weekday_ahead,
    weekday_back,
)

import bilateral

PAST_WHEN = (
    ("on Monday", lambda p: day_span(weekday_back(p, "Monday"))),
    ("on Tuesday", lambda p: day_span(weekday_back(p, "Tuesday"))),
    ("yesterday", lambda p: day_span(p - dt.timedelta(days=1))),
    ("last week", lambda p: week_span(p, -1)),
    ("last Saturday", lambda p: day_span(weekday_back(p, "Saturday", strict=True))),
)

PHONE = (
    "{A} {phrase} {B} {when}, discussing grain shipments and regional security.",
    "In a phone call {when}, {A} and {B} agreed to keep in close contact.",
    "{A} received a phone call from {B} {when}, the presidency said in a statement.",
    "{A} dialled {B} {when} to offer condolences after the floods.",
    "During a telephone conversation {when}, {A} told {B} that the door to dialogue was open.",
    "{B} took a call from {A} {when} and thanked the caller for humanitarian support.",
    "{A} and {B} spoke by phone {when}, their first conversation since the election.",
    "{A} and {B} exchanged views over the phone {when} on the situation in the region.",
    "{A} held telephone talks with {B} {when}, the presidential press service reported.",
    "{A} {phrase} {B} {when}. The two sides reviewed the roadmap for their strategic "
    "partnership, according to the readout.",
)
VIDEO = (
    "{A} and {B} held a video call {when} on climate finance.",
    "{A} held a virtual meeting with {B} {when}, state television reported.",
    "{A} and {B} talked via videoconference {when} about supply chains.",
    "Over a secure video link {when}, {A} briefed {B} on the ceasefire proposal.",
)


def _cases(templates: tuple[str, ...], offset: int, tag: str) -> list[object]:
    cases = []
    for i, template in enumerate(templates):
        for j, pub in enumerate(PUB_DAYS[:5]):
            (a, b) = pairs_on(pub, 1, skip=offset + 2 * i + 3 * j)[0]
            phrase, span = PAST_WHEN[(i + j) % len(PAST_WHEN)]
            text = template.format(
                A=a.styled, B=b.styled, when=phrase, phrase=CALL_PHRASES[(i + j) % 5]
            )
            cases.append(pytest.param(text, pub, (a.code, b.code), span(pub), id=f"{tag}{i}-{j}"))
    return cases


PLANNED_CALLS = (
    "{A} will speak by phone with {B} on Friday, the foreign ministry said.",
    "{A} is expected to hold a phone call with {B} on Thursday.",
    "A telephone conversation between {A} and {B} is scheduled for Friday.",
)


class TestCalls:
    """Minimum functionality: phone calls are calls; video calls keep parties and date."""

    @pytest.mark.parametrize(("text", "pub", "codes", "span"), _cases(PHONE, 0, "p"))
    def test_phone_call(self, text, pub, codes, span):
        """A held phone call is one occurred event of kind call, dated as the text says."""
        event = only_event(bilateral.extract(text, published=pub), *codes)
        assert event.kind.value == "call"
        assert event.status.value == "occurred"
        assert event.date is not None
        assert (event.date.start, event.date.end, event.date.granularity.value) == span

    @pytest.mark.parametrize(("text", "pub", "codes", "span"), _cases(VIDEO, 40, "v"))
    def test_video_call(self, text, pub, codes, span):
        """A held video call is one occurred event of the two states, dated as the text says."""
        event = only_event(bilateral.extract(text, published=pub), *codes)
        assert event.status.value == "occurred"
        assert event.date is not None
        assert (event.date.start, event.date.end, event.date.granularity.value) == span

    @pytest.mark.parametrize("template", PLANNED_CALLS)
    @pytest.mark.parametrize("pub", PUB_DAYS[1:5])
    def test_planned_call(self, template, pub):
        """A call announced for a coming day is a planned call on that day."""
        (a, b) = pairs_on(pub, 1, skip=17)[0]
        text = template.format(A=a.styled, B=b.styled)
        event = only_event(bilateral.extract(text, published=pub), a.code, b.code)
        assert event.kind.value == "call"
        assert event.status.value == "planned"
        day = weekday_ahead(pub, "Thursday" if "Thursday" in text else "Friday")
        assert (event.date.start, event.date.end) == (day, day)
