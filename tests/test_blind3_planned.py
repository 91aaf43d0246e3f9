"""Third blind behavioural suite of ``bilateral``: planned meetings and visits.

CheckList-style (Ribeiro et al. 2020): templates × fillers from ``blind3_fillers``. Minimum
functionality: "will", "plans to", "is set to", "is expected to", "is due in", "slated to"
and "upcoming" give one planned event dated forward from ``published`` (SPEC section 3:
"will meet on Wednesday" is the next Wednesday on or after the reference, "next week" the
next ISO week). Directional: turning a held report into a "will" clause turns the status
to ``planned`` and the date forward. Written blind on 2026-12-08 from SPEC sections 1-3,
the README and the user docs, without sight of the library's code, tests or examples.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.blind3_fillers import (
    PLANNED_FRAMES,
    PUB_DAYS,
    day_span,
    host_code,
    month_of,
    only_event,
    pairs_on,
    week_span,
    weekday_ahead,
)

import bilateral

FUTURE_WHEN = (
    ("next week", lambda p: week_span(p, 1)),
    ("on Friday", lambda p: day_span(weekday_ahead(p, "Friday"))),
    ("next month", lambda p: month_of(p, 1)),
    ("tomorrow", lambda p: day_span(p + dt.timedelta(days=1))),
    ("next Tuesday", lambda p: day_span(weekday_ahead(p, "Tuesday", strict=True))),
    ("on Thursday", lambda p: day_span(weekday_ahead(p, "Thursday"))),
)

# {A} and {B} are the two sides; `host` says which side, if any, the text makes the host.
PLANNED_TEMPLATES = (
    ("{A} {frame} {B} {when} in {capB}, the government said in a statement.", None),
    ("{A} is set to travel to {capB} {when} for talks with {B}.", "B"),
    ("{A} will host {B} {when}, a senior official told reporters on condition of anonymity.", "A"),
    (
        "{A} plans to visit {stateB} {when}, where talks with {B} are expected to focus on trade.",
        "B",
    ),
    ("{A} and {B} are slated to meet {when} in {capA}, two diplomatic sources said.", None),
    ("{A} is due in {capB} {when} for talks with {B} on grain exports and visas.", "B"),
    ("{A} will pay an official visit to {stateB} {when} at the invitation of {B}.", "B"),
    ("Preparations are under way for {A} to meet {B} {when}, according to diplomats.", None),
    ("{A} {frame} {B} {when} as the two sides try to finalise a long-delayed trade pact.", None),
    ("The upcoming talks between {A} and {B}, due {when}, will cover energy and shipping.", None),
    ("{A} will undertake a state visit to {stateB} {when} at the invitation of {B}.", "B"),
    (
        "{A} is scheduled to pay an official visit to {stateB} {when} for talks with {B}, the "
        "Ministry of Foreign Affairs announced.",
        "B",
    ),
)


def _planned_cases() -> list[object]:
    cases = []
    for i, (template, host) in enumerate(PLANNED_TEMPLATES):
        for j, pub in enumerate(PUB_DAYS[:4]):
            (a, b) = pairs_on(pub, 1, skip=i * 4 + j + 2)[0]
            phrase, span = FUTURE_WHEN[(i + j) % len(FUTURE_WHEN)]
            text = template.format(
                A=a.styled,
                B=b.styled,
                frame=PLANNED_FRAMES[(i + 2 * j) % len(PLANNED_FRAMES)],
                when=phrase,
                capA=a.state.capital,
                capB=b.state.capital,
                stateB=b.state.name,
            )
            expected_host = {"A": a.code, "B": b.code, None: None}[host]
            cases.append(
                pytest.param(text, pub, (a.code, b.code), span(pub), expected_host, id=f"t{i}-{j}")
            )
    return cases


DIRECTIONAL = (
    # (held sentence, planned sentence): only the verb group and the date phrase change.
    ("{A} met {B} last week in {capB}.", "{A} will meet {B} next week in {capB}."),
    ("{A} held talks with {B} on Monday.", "{A} will hold talks with {B} on Friday."),
    ("{A} visited {stateB} last month.", "{A} will visit {stateB} next month."),
    ("{A} and {B} met on Tuesday.", "{A} and {B} are set to meet on Thursday."),
)
HELD_SPANS = (
    lambda p: week_span(p, -1),
    lambda p: day_span(p - dt.timedelta(days=p.weekday())),
    lambda p: month_of(p, -1),
    lambda p: day_span(p - dt.timedelta(days=p.weekday() - 1)),
)
PLANNED_SPANS = (
    lambda p: week_span(p, 1),
    lambda p: day_span(weekday_ahead(p, "Friday")),
    lambda p: month_of(p, 1),
    lambda p: day_span(weekday_ahead(p, "Thursday")),
)


def _directional_cases() -> list[object]:
    cases = []
    for i, (held, planned) in enumerate(DIRECTIONAL):
        for j, pub in enumerate(PUB_DAYS[1:5]):
            (a, b) = pairs_on(pub, 1, skip=7 * i + 3 * j)[0]
            fill = {"A": a.styled, "B": b.styled, "capB": b.state.capital, "stateB": b.state.name}
            cases.append(
                pytest.param(
                    held.format(**fill),
                    planned.format(**fill),
                    pub,
                    (a.code, b.code),
                    HELD_SPANS[i](pub),
                    PLANNED_SPANS[i](pub),
                    id=f"d{i}-{j}",
                )
            )
    return cases


class TestPlanned:
    """Minimum functionality and direction: planned meetings, visits and talks."""

    @pytest.mark.parametrize(("text", "pub", "codes", "span", "host"), _planned_cases())
    def test_planned_event(self, text, pub, codes, span, host):
        """A meeting announced with a future frame is one planned event dated forward."""
        event = only_event(bilateral.extract(text, published=pub), *codes)
        assert event.status.value == "planned"
        assert event.date is not None
        assert (event.date.start, event.date.end, event.date.granularity.value) == span
        if host is not None:
            assert host_code(event) == host

    @pytest.mark.parametrize(
        ("held", "planned", "pub", "codes", "held_span", "planned_span"), _directional_cases()
    )
    def test_will_makes_planned(self, held, planned, pub, codes, held_span, planned_span):
        """Changing "met last week" to "will meet next week" turns occurred into planned."""
        before = only_event(bilateral.extract(held, published=pub), *codes)
        after = only_event(bilateral.extract(planned, published=pub), *codes)
        assert before.status.value == "occurred"
        assert after.status.value == "planned"
        assert (before.date.start, before.date.end, before.date.granularity.value) == held_span
        assert (after.date.start, after.date.end, after.date.granularity.value) == planned_span
