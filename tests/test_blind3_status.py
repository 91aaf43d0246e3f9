"""Third blind behavioural suite of ``bilateral``: cancelled, postponed and unreal meetings.

CheckList-style (Ribeiro et al. 2020): templates × fillers from ``blind3_fillers``. One class
per phenomenon:

* cancellation and postponement — the status is ``cancelled`` or ``postponed`` and the event
  keeps the date it had been planned for, never the new date nor the day of the decision
  (SPEC section 3, "Clauses");
* negation and denial — "will not meet", "did not hold talks", "denied reports that …"
  give no event; directional: adding "not" to a clause that gives an event removes it;
* hypotheticals, conditionals, refused invitations and "no plans to" give no event.

Written blind on 2026-12-08 from SPEC sections 1-3, the README and the user docs, without
sight of the library's code, tests or examples.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.blind3_fillers import PUB_DAYS, cap, only_event, pairs_on, state_pairs, week_span

import bilateral


def _md(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


# (template, status, which date): "exp" is an explicit day 12 days after publication,
# "nw" is "next week" in the template.
CALLED_OFF = (
    ("{A}'s visit to {stateB}, planned for next week, has been called off.", "cancelled", "nw"),
    (
        "{A} cancelled a trip to {capB} scheduled for {exp}, citing the crisis at home.",
        "cancelled",
        "exp",
    ),
    (
        "Talks between {A} and {B} set for {exp} were postponed to late {later}, officials said.",
        "postponed",
        "exp",
    ),
    (
        "{A} has postponed a visit to {stateB} that had been due to start on {exp}.",
        "postponed",
        "exp",
    ),
    (
        "The meeting between {A} and {B}, which was to take place in {capB} on {exp}, was scrapped "
        "at the last minute.",
        "cancelled",
        "exp",
    ),
    (
        "{A}'s trip to {capB}, originally slated for {exp}, has been pushed back to next year.",
        "postponed",
        "exp",
    ),
    (
        "{A} called off talks with {B} planned for next week after a row over a spy case.",
        "cancelled",
        "nw",
    ),
    (
        "A planned meeting between {A} and {B} next week has been postponed indefinitely, the "
        "foreign ministry said on Tuesday.",
        "postponed",
        "nw",
    ),
)


def _called_off_cases() -> list[object]:
    cases = []
    for i, (template, status, which) in enumerate(CALLED_OFF):
        for j, pub in enumerate(PUB_DAYS[:5]):
            (a, b) = pairs_on(pub, 1, skip=5 * i + j + 4)[0]
            exp = pub + dt.timedelta(days=12)
            later = (pub + dt.timedelta(days=75)).strftime("%B")
            text = template.format(
                A=a.styled,
                B=b.styled,
                stateB=b.state.name,
                capB=b.state.capital,
                exp=_md(exp),
                later=later,
            )
            span = week_span(pub, 1) if which == "nw" else (exp, exp, "day")
            cases.append(pytest.param(text, pub, (a.code, b.code), status, span, id=f"x{i}-{j}"))
    return cases


# (negated text, affirmative text or None): the affirmative gives one event.
NEGATED = (
    (
        "{A} will not meet {B} next week, officials said.",
        "{A} will meet {B} next week, officials said.",
    ),
    (
        "{A} did not meet {B} on Monday, contrary to earlier reports.",
        "{A} met {B} on Monday, confirming earlier reports.",
    ),
    (
        "{A} and {B} did not hold talks in {capB} on Tuesday.",
        "{A} and {B} held talks in {capB} on Tuesday.",
    ),
    (
        "{A} won't be travelling to {stateB} next month for talks with {B}, aides said.",
        "{A} will be travelling to {stateB} next month for talks with {B}, aides said.",
    ),
    ("A spokesman for {A} denied reports of a meeting with {B} in {capB} last week.", None),
    ("No meeting between {A} and {B} took place on Tuesday, the ministry insisted.", None),
    (
        "Reports that {A} held secret talks with {B} last week are false, a government "
        "spokesperson said.",
        None,
    ),
    (
        "{A} dismissed as fabricated claims that there had been a phone call with {B} on Monday.",
        None,
    ),
)


def _negated_cases() -> list[object]:
    cases = []
    for i, (negated, affirmative) in enumerate(NEGATED):
        for j, pub in enumerate(PUB_DAYS[:5]):
            (a, b) = pairs_on(pub, 1, skip=3 * i + 2 * j + 9)[0]
            fill = {"A": a.styled, "B": b.styled, "stateB": b.state.name, "capB": b.state.capital}
            positive = None if affirmative is None else affirmative.format(**fill)
            cases.append(
                pytest.param(
                    negated.format(**fill), positive, pub, (a.code, b.code), id=f"n{i}-{j}"
                )
            )
    return cases


UNREAL = (
    "There are no plans for {A} to meet {B} next week, a spokesperson said.",
    "{A} has no plans to visit {stateB} this year, the foreign ministry said.",
    "If the ceasefire holds, {A} could meet {B} next month.",
    "{A} would meet {B} only if the preconditions were dropped, an aide said.",
    "{A} declined an invitation to visit {stateB} next month.",
    "{A} turned down an offer of talks from {B}, saying the timing was not right.",
    "{A} rejected a proposal to hold talks with {B} before the elections.",
    "Had {A} met {B} last month, the deal might have been saved, analysts say.",
    "{A} ruled out talks with {B} until all prisoners are released.",
    "A meeting between {A} and {B} is not on the cards, diplomats said.",
)


def _unreal_cases() -> list[object]:
    cases = []
    for i, template in enumerate(UNREAL):
        for j, pub in enumerate(PUB_DAYS[1:5]):
            (a, b) = pairs_on(pub, 1, skip=4 * i + j + 6)[0]
            text = template.format(A=a.styled, B=b.styled, stateB=b.state.name)
            cases.append(pytest.param(text, pub, id=f"u{i}-{j}"))
    return cases


class TestCancelledPostponed:
    """Minimum functionality: called-off and put-off events keep their planned date."""

    @pytest.mark.parametrize(("text", "pub", "codes", "status", "span"), _called_off_cases())
    def test_keeps_planned_date(self, text, pub, codes, status, span):
        """A cancelled or postponed event has that status and the date it was planned for."""
        event = only_event(bilateral.extract(text, published=pub), *codes)
        assert event.status.value == status
        assert event.date is not None
        assert (event.date.start, event.date.end, event.date.granularity.value) == span


class TestNegationDenial:
    """Minimum functionality and direction: negated and denied meetings give no event."""

    @pytest.mark.parametrize(("negated", "positive", "pub", "codes"), _negated_cases())
    def test_not_removes_event(self, negated, positive, pub, codes):
        """A negated or denied meeting gives nothing; its affirmative gives the one event."""
        assert bilateral.extract(negated, published=pub) == []
        if positive is not None:
            only_event(bilateral.extract(positive, published=pub), *codes)


class TestHypotheticalRefused:
    """Minimum functionality: no plans, conditionals, hypotheticals, refusals: no event."""

    @pytest.mark.parametrize(("text", "pub"), _unreal_cases())
    def test_no_event(self, text, pub):
        """A meeting that is only possible, wished for, refused or ruled out is no event."""
        assert bilateral.extract(text, published=pub) == []

    @pytest.mark.parametrize(("a", "b"), state_pairs(6, skip=20))
    def test_no_plans_states(self, a, b):
        """ "No plans" about two states named by country gives no event."""
        text = f"{cap(a.name)} has no plans to hold talks with {b.name}, its foreign ministry said."
        assert bilateral.extract(text, published=dt.date(2026, 2, 18)) == []
