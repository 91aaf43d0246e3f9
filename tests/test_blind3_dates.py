"""Third blind behavioural suite of ``bilateral``: relative dates by tense, reported speech.

CheckList-style (Ribeiro et al. 2020): templates × fillers from ``blind3_fillers``. One class
per phenomenon (SPEC section 3, "Dates" and "Clauses"):

* relative dates by tense — a bare weekday, month or month and day looks back in a past
  clause and forward in a future one ("met on Friday" is the last Friday on or before the
  publication day, "will meet on Friday" the next on or after); directional: the same
  sentence turned from past to future moves the date and turns ``occurred`` into ``planned``;
* reported speech — the reporting clause's date ("the ministry said on Monday") never dates
  the event: the event takes the date of its own clause, or none.

Written blind on 2026-12-08 from SPEC sections 1-3, the README and the user docs, without
sight of the library's code, tests or examples.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.blind3_fillers import (
    PUB_DAYS,
    cap,
    day_span,
    month_of,
    only_event,
    pairs_on,
    state_pairs,
    week_span,
    weekday_ahead,
    weekday_back,
)

import bilateral

D = dt.date
# (past sentence, future sentence) about states only, so any year is fine.
TENSE_PAIRS = (
    ("{A} and {b} held talks {X}.", "{A} and {b} will hold talks {X}."),
    (
        "{Da} officials met their {db} counterparts in {capB} {X}.",
        "{Da} officials will meet their {db} counterparts in {capB} {X}.",
    ),
    ("A delegation from {a} visited {b} {X}.", "A delegation from {a} is set to visit {b} {X}."),
    (
        "{A}'s foreign minister travelled to {capB} {X} for talks.",
        "{A}'s foreign minister plans to travel to {capB} {X} for talks.",
    ),
)
# (phrase, past span, future span) for the two publication days (both Wednesdays).
WHEN_BY_PUB = {
    D(2024, 11, 20): (
        ("on Friday", day_span(D(2024, 11, 15)), day_span(D(2024, 11, 22))),
        ("on Monday", day_span(D(2024, 11, 18)), day_span(D(2024, 11, 25))),
        (
            "in April",
            (D(2024, 4, 1), D(2024, 4, 30), "month"),
            (D(2025, 4, 1), D(2025, 4, 30), "month"),
        ),
        ("on May 14", day_span(D(2024, 5, 14)), day_span(D(2025, 5, 14))),
        (
            "in September",
            (D(2024, 9, 1), D(2024, 9, 30), "month"),
            (D(2025, 9, 1), D(2025, 9, 30), "month"),
        ),
    ),
    D(2026, 2, 18): (
        ("on Saturday", day_span(D(2026, 2, 14)), day_span(D(2026, 2, 21))),
        ("on Tuesday", day_span(D(2026, 2, 17)), day_span(D(2026, 2, 24))),
        (
            "in October",
            (D(2025, 10, 1), D(2025, 10, 31), "month"),
            (D(2026, 10, 1), D(2026, 10, 31), "month"),
        ),
        ("on August 14", day_span(D(2025, 8, 14)), day_span(D(2026, 8, 14))),
        (
            "in June",
            (D(2025, 6, 1), D(2025, 6, 30), "month"),
            (D(2026, 6, 1), D(2026, 6, 30), "month"),
        ),
    ),
}


def _tense_cases() -> list[object]:
    cases = []
    pairs = state_pairs(40, skip=6)
    n = 0
    for pub, whens in WHEN_BY_PUB.items():
        for i, (past, future) in enumerate(TENSE_PAIRS):
            for phrase, past_span, future_span in whens:
                a, b = pairs[n]
                n += 1
                fill = {
                    "A": cap(a.name),
                    "a": a.name,
                    "b": b.name,
                    "Da": a.demonym,
                    "da": a.demonym,
                    "db": b.demonym,
                    "capB": b.capital,
                    "X": phrase,
                }
                cases.append(
                    pytest.param(
                        past.format(**fill),
                        future.format(**fill),
                        pub,
                        (a.code, b.code),
                        past_span,
                        future_span,
                        id=f"{pub:%Y}-{i}-{phrase.replace(' ', '_')}",
                    )
                )
    return cases


# (template, span of the event or None): the reporting clause has a date of its own.
REPORTED = (
    (
        "The foreign ministry said on Monday that {A} will visit {stateB} next week.",
        lambda p: week_span(p, 1),
        "planned",
    ),
    (
        "{A} and {B} met on Thursday, officials said on Saturday.",
        lambda p: day_span(weekday_back(p, "Thursday", strict=True)),
        "occurred",
    ),
    (
        "{A} will travel to {capB} in {nextmonth}, a spokesman told reporters on Tuesday.",
        lambda p: month_of(p, 1),
        "planned",
    ),
    (
        "{A} told reporters on Monday that talks with {B} last week had been frank and useful.",
        lambda p: week_span(p, -1),
        "occurred",
    ),
    ("The presidency said on Tuesday that {A} will meet {B}.", lambda p: None, "planned"),
    (
        "{A} is expected to meet {B}, two officials told Reuters on Monday.",
        lambda p: None,
        "planned",
    ),
    (
        "According to a statement released on Tuesday, {A} held a phone call with {B} on Monday.",
        lambda p: day_span(weekday_back(p, "Monday")),
        "occurred",
    ),
    (
        "A senior official said on Monday that {A} and {B} had held talks in {capB}.",
        lambda p: None,
        "occurred",
    ),
    (
        '"We will host {B} on Friday," {A} told parliament on Tuesday.',
        lambda p: day_span(weekday_ahead(p, "Friday")),
        "planned",
    ),
    (
        "State media reported on Tuesday that {A} would travel to {capB} next week to meet {B}.",
        lambda p: week_span(p, 1),
        "planned",
    ),
)


def _reported_cases() -> list[object]:
    cases = []
    for i, (template, span, status) in enumerate(REPORTED):
        for j, pub in enumerate(PUB_DAYS[1:5]):
            (a, b) = pairs_on(pub, 1, skip=6 * i + j + 5)[0]
            text = template.format(
                A=a.styled,
                B=b.styled,
                stateB=b.state.name,
                capB=b.state.capital,
                nextmonth=(pub.replace(day=28) + dt.timedelta(days=7)).strftime("%B"),
            )
            cases.append(
                pytest.param(text, pub, (a.code, b.code), span(pub), status, id=f"r{i}-{j}")
            )
    return cases


class TestRelativeDatesByTense:
    """Directional: the tense of the clause decides which way a bare date points."""

    @pytest.mark.parametrize(
        ("past", "future", "pub", "codes", "past_span", "future_span"), _tense_cases()
    )
    def test_tense_sets_direction(self, past, future, pub, codes, past_span, future_span):
        """The same date phrase is resolved backward in a past clause and forward in a future."""
        held = only_event(bilateral.extract(past, published=pub), *codes)
        planned = only_event(bilateral.extract(future, published=pub), *codes)
        assert held.status.value == "occurred"
        assert planned.status.value == "planned"
        assert (held.date.start, held.date.end, held.date.granularity.value) == past_span
        assert (
            planned.date.start,
            planned.date.end,
            planned.date.granularity.value,
        ) == future_span


class TestReportedSpeech:
    """Minimum functionality: the reporting clause's date never dates the event."""

    @pytest.mark.parametrize(("text", "pub", "codes", "span", "status"), _reported_cases())
    def test_reporting_date_ignored(self, text, pub, codes, span, status):
        """The event takes its own clause's date, or none, never the day it was reported."""
        event = only_event(bilateral.extract(text, published=pub), *codes)
        assert event.status.value == status
        if span is None:
            assert event.date is None
        else:
            assert event.date is not None
            assert (event.date.start, event.date.end, event.date.granularity.value) == span
