"""Third blind behavioural suite of ``bilateral``: one event told twice, two events in one.

CheckList-style (Ribeiro et al. 2020): templates × fillers from ``blind3_fillers``. One class
per phenomenon (SPEC section 3, "Events" and "Clauses"):

* headline and paraphrase — a headline, a lead and a follow-up sentence about the same
  meeting are one event (not two or three), with the lead's status and date;
* relative clauses and appositions — "A, who met B last week, will visit C on Friday" is two
  events, each with the status and date of its own clause.

Written blind on 2026-12-08 from SPEC sections 1-3, the README and the user docs, without
sight of the library's code, tests or examples.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.blind3_fillers import (
    PUB_DAYS,
    all_parties,
    day_span,
    event_of,
    host_code,
    key,
    month_of,
    only_event,
    pairs_on,
    week_span,
    weekday_ahead,
    weekday_back,
)

import bilateral

# (headline, lead, follow-up, status, span); all name the same meeting.
STORIES = (
    (
        "{surA}, {surB} hold talks in {capB}",
        "{A} held talks with {B} in {capB} on Monday, focusing on trade and energy.",
        "The two leaders also discussed regional security, officials said.",
        "occurred",
        lambda p: day_span(weekday_back(p, "Monday")),
    ),
    (
        "{surA} meets {surB}, pledges closer ties",
        "{A} met {B} on Tuesday and pledged to double bilateral trade by 2030.",
        "The meeting, which ran an hour over schedule, ended with a joint statement.",
        "occurred",
        lambda p: day_span(weekday_back(p, "Tuesday")),
    ),
    (
        "{Da} leader to visit {stateB} next week",
        "{A} will visit {stateB} next week for talks with {B}, the foreign ministry said on "
        "Tuesday.",
        "The visit will be {surA}'s first to {capB} in an official capacity.",
        "planned",
        lambda p: week_span(p, 1),
    ),
    (
        "{surA} and {surB} discuss security in phone call",
        "{A} spoke by phone with {B} on Monday about security in the region.",
        "During the call, {surA} and {surB} agreed to hold regular consultations.",
        "occurred",
        lambda p: day_span(weekday_back(p, "Monday")),
    ),
    (
        "{Da}-{db} talks set for next month",
        "{A} and {B} are set to meet next month in {capB}, diplomats said.",
        "The talks are expected to focus on fisheries and migration.",
        "planned",
        lambda p: month_of(p, 1),
    ),
    (
        "UPDATE 1-{surA} hosts {surB} amid push for new trade deal",
        "{A} hosted {B} in {capA} on Tuesday as the two sides pushed for a trade deal.",
        "{surB}'s talks with {surA} lasted more than two hours, a government source said.",
        "occurred",
        lambda p: day_span(weekday_back(p, "Tuesday")),
    ),
    (
        "{surB} arrives in {capA} for talks with {surA}",
        "{B} arrived in {capA} on Monday for talks with {A}.",
        "It is {surB}'s first trip to {capA} since taking office.",
        None,
        lambda p: day_span(weekday_back(p, "Monday")),
    ),
    (
        "{surA}-{surB} meeting: what we know",
        "{A} is expected to meet {B} on Friday, officials said.",
        "The meeting will take place in {capA}, according to the host government.",
        "planned",
        lambda p: day_span(weekday_ahead(p, "Friday")),
    ),
)


def _story_cases() -> list[object]:
    cases = []
    for i, (head, lead, follow, status, span) in enumerate(STORIES):
        for j, pub in enumerate(PUB_DAYS[:5]):
            (a, b) = pairs_on(pub, 1, rank="leader", skip=3 * i + 2 * j + 1)[0]
            fill = {
                "A": a.styled,
                "B": b.styled,
                "surA": a.surname,
                "surB": b.surname,
                "Da": a.state.demonym,
                "db": b.state.demonym,
                "capA": a.state.capital,
                "capB": b.state.capital,
                "stateB": b.state.name,
            }
            text = "\n\n".join(part.format(**fill) for part in (head, lead, follow))
            cases.append(
                pytest.param(text, pub, (a.code, b.code), status, span(pub), id=f"h{i}-{j}")
            )
    return cases


# (template, (status, span) of A-B, (status, span) of A-C or B-C, second dyad, its host).
EMBEDDED = (
    (
        "{A}, who met {B} last week, will visit {stateC} on Friday.",
        ("occurred", lambda p: week_span(p, -1)),
        ("planned", lambda p: day_span(weekday_ahead(p, "Friday"))),
        "AC",
        "C",
    ),
    (
        "{A}, who held talks with {B} on Monday, is due in {capC} next week.",
        ("occurred", lambda p: day_span(weekday_back(p, "Monday"))),
        ("planned", lambda p: week_span(p, 1)),
        "AC",
        "C",
    ),
    (
        "{A}, fresh from talks with {B} in {capB} on Monday, will host {C} next month.",
        ("occurred", lambda p: day_span(weekday_back(p, "Monday"))),
        ("planned", lambda p: month_of(p, 1)),
        "AC",
        "A",
    ),
    (
        "{B}, whom {A} received on Tuesday, will travel on to {stateC} next week.",
        ("occurred", lambda p: day_span(weekday_back(p, "Tuesday"))),
        ("planned", lambda p: week_span(p, 1)),
        "BC",
        "C",
    ),
    (
        "{A}, who spoke by phone with {B} yesterday, met {C} on Monday.",
        ("occurred", lambda p: day_span(p - dt.timedelta(days=1))),
        ("occurred", lambda p: day_span(weekday_back(p, "Monday"))),
        "AC",
        None,
    ),
    (
        "{A}, who is set to meet {C} next week, held talks with {B} on Monday.",
        ("occurred", lambda p: day_span(weekday_back(p, "Monday"))),
        ("planned", lambda p: week_span(p, 1)),
        "AC",
        None,
    ),
    (
        "{A} -- who visited {stateB} last month -- will host {C} on Thursday.",
        ("occurred", lambda p: month_of(p, -1)),
        ("planned", lambda p: day_span(weekday_ahead(p, "Thursday"))),
        "AC",
        "A",
    ),
    (
        "{A}, a guest of {B} in {capB} last Thursday, will receive {C} next Tuesday.",
        ("occurred", lambda p: day_span(weekday_back(p, "Thursday", strict=True))),
        ("planned", lambda p: day_span(weekday_ahead(p, "Tuesday", strict=True))),
        "AC",
        "A",
    ),
)


def _three(pub: dt.date, skip: int) -> tuple:
    """Three office holders of three different states, in office around `pub`."""
    for extra in range(40):
        (a, b), (c, d) = pairs_on(pub, 2, skip=skip + extra)
        for third in (c, d):
            if len({a.code, b.code, third.code}) == 3:
                return a, b, third
    raise AssertionError(pub)


def _embedded_cases() -> list[object]:
    cases = []
    for i, (template, first, second, dyad, host) in enumerate(EMBEDDED):
        for j, pub in enumerate(PUB_DAYS[1:5]):
            a, b, c = _three(pub, 4 * i + j)
            text = template.format(
                A=a.styled,
                B=b.styled,
                C=c.styled,
                capB=b.state.capital,
                capC=c.state.capital,
                stateB=b.state.name,
                stateC=c.state.name,
            )
            who = {"A": a.code, "B": b.code, "C": c.code}
            second_codes = (who[dyad[0]], who[dyad[1]])
            cases.append(
                pytest.param(
                    text,
                    pub,
                    (a.code, b.code),
                    (first[0], first[1](pub)),
                    second_codes,
                    (second[0], second[1](pub)),
                    None if host is None else who[host],
                    id=f"r{i}-{j}",
                )
            )
    return cases


def _span(event: object) -> tuple:
    date = event.date  # type: ignore[attr-defined]
    return None if date is None else (date.start, date.end, date.granularity.value)


class TestHeadlineParaphrase:
    """Minimum functionality: a headline, lead and follow-up of one meeting are one event."""

    @pytest.mark.parametrize(("text", "pub", "codes", "status", "span"), _story_cases())
    def test_one_event(self, text, pub, codes, status, span):
        """The same meeting told three times is one event with the lead's status and date."""
        event = only_event(bilateral.extract(text, published=pub), *codes)
        if status is not None:
            assert event.status.value == status
            assert _span(event) == span
        else:
            assert event.status.value in {"occurred", "ongoing"}
            assert event.date is not None
            assert event.date.start == span[0]


class TestRelativeClauseApposition:
    """Minimum functionality: an embedded clause with its own trigger is its own event."""

    @pytest.mark.parametrize(
        ("text", "pub", "codes1", "want1", "codes2", "want2", "host2"), _embedded_cases()
    )
    def test_two_events(self, text, pub, codes1, want1, codes2, want2, host2):
        """A relative clause or apposition and its main clause give two events, two dates."""
        events = bilateral.extract(text, published=pub)
        assert all_parties(events) == sorted([key(*codes1), key(*codes2)])
        first, second = event_of(events, *codes1), event_of(events, *codes2)
        assert (first.status.value, _span(first)) == want1
        assert (second.status.value, _span(second)) == want2
        if host2 is not None:
            assert host_code(second) == host2
