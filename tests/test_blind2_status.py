"""Blind behavioural suite 2: cancelled and postponed events; negation and hypotheticals.

Published Wednesday 12 March 2025 (see ``tests/blind2_fillers.py`` for the dates).
A cancelled or postponed event keeps the date it had been planned for (SPEC §3, Clauses);
denials, 'no plans', refused invitations, conditionals and hypotheticals give no event.
"""

from __future__ import annotations

import pytest
from tests.blind2_fillers import (
    PAIRS,
    grid,
    only,
    pick,
    render,
    run,
    show,
    timex,
    touching,
)

Pair = tuple[str, str]

#: (template, status, the date the event had been planned for)
CALLED_OFF: list[tuple[str, str, str]] = [
    (
        "The visit of {Aldr} to {B}, planned for next week, has been cancelled.",
        "cancelled",
        "2025-W12",
    ),
    (
        "{A_} called off talks with {B} that had been scheduled for March 20.",
        "cancelled",
        "2025-03-20",
    ),
    (
        "{Aldr_} has postponed {Apro} visit to {B}, which was due on March 18, to a later date.",
        "postponed",
        "2025-03-18",
    ),
    (
        "A meeting between the foreign ministers of {A} and {B} planned for next month has been "
        "postponed until June.",
        "postponed",
        "2025-04",
    ),
    (
        "{A_} and {B} have cancelled the summit they were to hold in {Bcap} on March 25.",
        "cancelled",
        "2025-03-25",
    ),
    (
        "Talks between {A} and {B} set for next week were put off, officials said on Monday.",
        "postponed",
        "2025-W12",
    ),
    (
        "The trip of {Aldr} to {Bcap} next month has been postponed indefinitely, a spokesman "
        "said on Tuesday.",
        "postponed",
        "2025-04",
    ),
]

#: (planned, called off, the status after): one event, and only the status changes.
CALL_OFF_PAIRS: list[tuple[str, str, str]] = [
    (
        "The visit of {Aldr} to {B} is planned for next week.",
        "The visit of {Aldr} to {B}, planned for next week, has been cancelled.",
        "cancelled",
    ),
    (
        "{A_} and {B} will hold talks in {Acap} on March 24.",
        "{A_} and {B} have postponed the talks they were to hold in {Acap} on March 24.",
        "postponed",
    ),
]


@pytest.mark.phenomenon("cancellation and postponement")
class TestCancellationPostponement:
    """Called-off events keep their status and the date they had been planned for."""

    @pytest.mark.parametrize(
        ("template", "status", "when", "pair"), grid(CALLED_OFF, pick(PAIRS, 2))
    )
    def test_called_off(self, template: str, status: str, when: str, pair: Pair) -> None:
        text = render(template, *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert event["status"] == status, show(text, events)
        assert timex(event) == when, show(text, events)

    @pytest.mark.parametrize(
        ("planned", "called_off", "status", "pair"), grid(CALL_OFF_PAIRS, pick(PAIRS, 16, 4))
    )
    def test_calling_off_changes_only_the_status(
        self, planned: str, called_off: str, status: str, pair: Pair
    ) -> None:
        one, two = render(planned, *pair), render(called_off, *pair)
        first, second = run(one), run(two)
        e1, e2 = only(one, first, *pair), only(two, second, *pair)
        assert e1["status"] == "planned", show(one, first)
        assert e2["status"] == status, show(two, second)
        assert timex(e1) == timex(e2) is not None, show(one, first) + show(two, second)


#: (negated or hypothetical, the plain statement of the same event)
NEGATED: list[tuple[str, str]] = [
    (
        "{A_} has no plans to hold talks with {B}, a government spokesman said on Monday.",
        "{A_} plans to hold talks with {B}, a government spokesman said on Monday.",
    ),
    (
        "{Aldr_} denied reports of a secret meeting with {Bldr} last month.",
        "{Aldr_} held a secret meeting with {Bldr} last month.",
    ),
    (
        "{Aldr_} declined an invitation to visit {B} next month.",
        "{Aldr_} accepted an invitation to visit {B} next month.",
    ),
    (
        "If {Aldr} visits {B}, it would be the first such trip in a decade.",
        "{Aldr_} will visit {B} next month, the first such trip in a decade.",
    ),
    (
        "{A_} and {B} did not hold talks on Monday, contrary to earlier reports.",
        "{A_} and {B} held talks on Monday, as earlier reported.",
    ),
    (
        "{Aldr_} would meet {Bldr} only if {B} withdrew its troops from the border.",
        "{Aldr_} will meet {Bldr} on Friday to discuss the border.",
    ),
    (
        "The {Adem} foreign ministry rejected claims that its minister would travel to {B} "
        "next week for talks.",
        "The {Adem} foreign ministry said its minister would travel to {B} next week for talks.",
    ),
    (
        "There is no meeting planned between {Aldr} and {Bldr}, the presidency said on Tuesday.",
        "A meeting is planned between {Aldr} and {Bldr}, the presidency said on Tuesday.",
    ),
]


@pytest.mark.phenomenon("negation and hypotheticals")
class TestNegationHypotheticals:
    """Polarity is part of the clause: no event from a denial or a hypothetical."""

    @pytest.mark.parametrize(("negated", "plain", "pair"), grid(NEGATED, pick(PAIRS, 5, 5)))
    def test_no_event(self, negated: str, plain: str, pair: Pair) -> None:
        del plain
        text = render(negated, *pair)
        events = run(text)
        assert touching(events, *pair) == [], show(text, events)

    @pytest.mark.parametrize(("negated", "plain", "pair"), grid(NEGATED, pick(PAIRS, 19, 2)))
    def test_polarity_decides(self, negated: str, plain: str, pair: Pair) -> None:
        yes, no = render(plain, *pair), render(negated, *pair)
        with_event, without = run(yes), run(no)
        assert len(touching(with_event, *pair)) == 1, show(yes, with_event)
        assert touching(without, *pair) == [], show(no, without)
