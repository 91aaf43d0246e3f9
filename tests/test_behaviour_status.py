"""Behavioural suite (issue #12): cancellation and postponement, and polarity.

Written blind from SPEC §1–3; see ``tests/behaviour_fillers.py`` for the fillers and helpers.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.behaviour_fillers import (
    FIVE_PAIRS,
    JULY_8,
    JUNE_20,
    NEXT_MONTH,
    NEXT_WEEK,
    THREE_PAIRS,
    State,
    cores,
    events,
    expect,
    grid,
    ids,
    one,
    parties,
    say,
)

# template: (kind, status, the date it had been planned for, host role or None)
CALLED_OFF: dict[str, tuple[str, str, str, Any, str | None]] = {
    "postponed": (
        "{a.full}'s visit to {b.name}, scheduled for June 20, has been postponed.",
        "visit",
        "postponed",
        JUNE_20,
        "b",
    ),
    "postponed-to": (
        "{a.full}'s visit to {b.name}, scheduled for June 20, was postponed to late July.",
        "visit",
        "postponed",
        JUNE_20,
        "b",
    ),
    "called-off": (
        "{a.full} called off a visit to {b.name} that had been planned for next week.",
        "visit",
        "cancelled",
        NEXT_WEEK,
        "b",
    ),
    "talks-cancelled": (
        "Talks between {a.full} and {b.full} set for June 20 were cancelled on Monday.",
        "talks",
        "cancelled",
        JUNE_20,
        None,
    ),
    "meeting-postponed": (
        "A meeting between {a.full} and {b.full} planned for next month has been postponed.",
        "meeting",
        "postponed",
        NEXT_MONTH,
        None,
    ),
    "trip-cancelled": (
        "{a.full} cancelled a visit to {b.name} planned for July 8, the ministry said on Tuesday.",
        "visit",
        "cancelled",
        JULY_8,
        "b",
    ),
    "summit-put-off": (
        "The summit between {a.full} and {b.full}, due to take place next week, was postponed"
        " until September.",
        "summit",
        "postponed",
        NEXT_WEEK,
        None,
    ),
}

NEGATED = {
    "did-not-meet": "{a.full} did not meet {b.full} on Monday.",
    "will-not-meet": "{a.full} and {b.full} will not meet next week.",
    "no-plans": "{a.full} has no plans to meet {b.full}, a spokesperson said on Monday.",
    "no-plans-for": "There are no plans for {a.full} to visit {b.name} this year, officials said.",
    "denied": "{a.full} denied reports of a secret meeting with {b.full} last week.",
    "declined": "{a.full} declined an invitation to visit {b.name} next month.",
    "if-holds": "If the ceasefire holds, {a.full} will visit {b.name} next month.",
    "only-if": "{a.full} would meet {b.full} only if the sanctions were lifted.",
    "could-if": "{a.full} could meet {b.full} next month if the dispute over fishing is settled.",
    "would-have": "Had the dispute been settled, {a.full} would have visited {b.name} in May.",
    "ruled-out": "{a.full} ruled out a meeting with {b.full} this year.",
    "dismissed": (
        "The foreign ministry dismissed as false a report that {a.full} had spoken by phone"
        " with {b.full}."
    ),
    "none-planned": "No meeting between {a.full} and {b.full} is planned, officials said.",
}

POLARITY_TWINS = {
    "not": ("{a.full} met {b.full} on Monday.", "{a.full} did not meet {b.full} on Monday."),
    "no-plans": (
        "{a.full} plans to visit {b.name} next month.",
        "{a.full} has no plans to visit {b.name} next month.",
    ),
    "declined": (
        "{a.full} accepted an invitation to visit {b.name}.",
        "{a.full} declined an invitation to visit {b.name}.",
    ),
    "if": (
        "{a.full} will visit {b.name} next month.",
        "If the ceasefire holds, {a.full} will visit {b.name} next month.",
    ),
    "denied": (
        "{a.full} held a secret meeting with {b.full} last week.",
        "{a.full} denied holding a secret meeting with {b.full} last week.",
    ),
}


@pytest.mark.phenomenon("cancellation and postponement")
class TestCancelledPostponed:
    """A cancelled or postponed event keeps the date it had been planned for."""

    @pytest.mark.parametrize(("case", "a", "b"), grid(CALLED_OFF, FIVE_PAIRS))
    def test_mft_called_off(
        self, case: tuple[str, str, str, Any, str | None], a: State, b: State
    ) -> None:
        """Each wording gives one cancelled or postponed event dated as first planned."""
        template, kind, status, span, host = case
        event = one(say(template, a=a, b=b))
        expect(event, kind=kind, status=status, countries=parties(a, b), date=span)
        if host is not None:
            expect(event, host=b.code)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_mft_decision_date_is_not_event_date(self, a: State, b: State) -> None:
        """A meeting called off on Monday, with no planned date given, has no date."""
        event = one(f"A meeting between {a.full} and {b.full} was called off on Monday.")
        expect(event, status="cancelled", countries=parties(a, b), date=None)

    @pytest.mark.parametrize("verb", ["cancelled", "scrapped"])
    @pytest.mark.parametrize(("a", "b"), THREE_PAIRS, ids=ids)
    def test_inv_cancel_wordings(self, verb: str, a: State, b: State) -> None:
        """Other verbs of cancelling give the same event as "called off"."""
        text = "{a} {verb} a visit to {b} that had been planned for next week."
        base = cores(text.format(a=a.full, verb="called off", b=b.name))
        assert cores(text.format(a=a.full, verb=verb, b=b.name)) == base

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_dir_status_changes_date_stays(self, a: State, b: State) -> None:
        """Scheduled, postponed and cancelled visits differ in status and share their date."""
        visit = f"{a.full}'s visit to {b.name}"
        expect(one(f"{visit} is scheduled for June 20."), status="planned", date=JUNE_20)
        postponed = one(f"{visit}, scheduled for June 20, has been postponed.")
        expect(postponed, status="postponed", date=JUNE_20)
        cancelled = one(f"{visit}, scheduled for June 20, has been cancelled.")
        expect(cancelled, status="cancelled", date=JUNE_20)


@pytest.mark.phenomenon("negation and hypotheticals")
class TestNegationHypotheticals:
    """Negation, denials, "no plans", refused invitations and conditionals give no event."""

    @pytest.mark.parametrize(("template", "a", "b"), grid(NEGATED, THREE_PAIRS))
    def test_mft_no_event(self, template: str, a: State, b: State) -> None:
        """A negated, denied, refused, conditional or hypothetical meeting gives no event."""
        text = say(template, a=a, b=b)
        assert events(text) == [], text

    @pytest.mark.parametrize("verb", ["turned down", "rejected"])
    @pytest.mark.parametrize(("a", "b"), THREE_PAIRS, ids=ids)
    def test_inv_refusal_wordings(self, verb: str, a: State, b: State) -> None:
        """Other verbs of refusal give what "declined" gives: no event."""
        assert events(f"{a.full} {verb} an invitation to visit {b.name} next month.") == []

    @pytest.mark.parametrize(("twin", "a", "b"), grid(POLARITY_TWINS, FIVE_PAIRS[:2]))
    def test_dir_polarity_removes_event(self, twin: tuple[str, str], a: State, b: State) -> None:
        """The positive sentence gives one event; its negated twin gives none."""
        positive, negative = twin
        assert len(events(say(positive, a=a, b=b))) == 1
        assert events(say(negative, a=a, b=b)) == []
