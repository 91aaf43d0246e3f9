"""Behavioural suite (issue #12): held events in the active voice, and planned events.

Written blind from SPEC §1–3; see ``tests/behaviour_fillers.py`` for the fillers and helpers.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.behaviour_fillers import (
    FIVE_PAIRS,
    FRI,
    FUTURE_DAY,
    JULY_8,
    LAST_WEEK,
    MON,
    NEXT_MONTH,
    NEXT_WEEK,
    NEXT_YEAR,
    PAIRS,
    SAT,
    SEPTEMBER,
    THREE_PAIRS,
    TOMORROW,
    TUE,
    YESTERDAY,
    State,
    core,
    expect,
    grid,
    ids,
    one,
    parties,
    say,
)

# template: (kind, date, host role: "a", "b" or None when the text leaves the host open)
HELD: dict[str, tuple[str, str, Any, str | None]] = {
    "met": ("{a.full} met {b.full} on Monday.", "meeting", MON, None),
    "met-with": ("{a.full} met with {b.full} on Tuesday.", "meeting", TUE, None),
    "talks-in": ("{a.full} held talks with {b.full} in {b.capital} on Tuesday.", "talks", TUE, "b"),
    "summit": (
        "{a.full} and {b.full} held a summit in {a.capital} on Saturday.",
        "summit",
        SAT,
        "a",
    ),
    "visited": ("{a.full} visited {b.name} on Monday.", "visit", MON, "b"),
    "negotiations": (
        "{a.minister} held negotiations with {b.minister} on Monday.",
        "negotiation",
        MON,
        None,
    ),
    "yesterday": ("{a.full} and {b.full} met yesterday.", "meeting", YESTERDAY, None),
}

PLANNED: dict[str, tuple[str, str, Any, str | None]] = {
    "will-meet": ("{a.full} will meet {b.full} on Friday.", "meeting", FRI, None),
    "set-to-visit": ("{a.full} is set to visit {b.name} next week.", "visit", NEXT_WEEK, "b"),
    "scheduled-talks": (
        "{a.full} and {b.full} are scheduled to hold talks in {b.capital} next month.",
        "talks",
        NEXT_MONTH,
        "b",
    ),
    "expected-summit": (
        "{a.full} is expected to hold a summit with {b.full} next year.",
        "summit",
        NEXT_YEAR,
        None,
    ),
    "preparing": (
        "{a.full} and {b.full} are preparing to hold talks on July 8.",
        "talks",
        JULY_8,
        None,
    ),
    "upcoming-visit": (
        "{a.full} will travel to {b.name} in September for an upcoming state visit.",
        "visit",
        SEPTEMBER,
        "b",
    ),
    "due-call": (
        "{a.full} is due to speak by phone with {b.full} tomorrow.",
        "call",
        TOMORROW,
        None,
    ),
}

PLANNED_VERBS = [
    "will meet",
    "is set to meet",
    "is scheduled to meet",
    "is due to meet",
    "is expected to meet",
    "plans to meet",
]


def _check(case: tuple[str, str, Any, str | None], status: str, a: State, b: State) -> None:
    """The one event of a templated sentence: kind, status, parties, date and, if given, host."""
    template, kind, span, host = case
    event = one(say(template, a=a, b=b))
    expect(event, kind=kind, status=status, countries=parties(a, b), date=span)
    if host is not None:
        expect(event, host=(a if host == "a" else b).code)


@pytest.mark.phenomenon("active held")
class TestActiveHeld:
    """A past-tense active clause reports a held event between its subject and its companion."""

    @pytest.mark.parametrize(("case", "a", "b"), grid(HELD, FIVE_PAIRS))
    def test_mft_held(self, case: tuple[str, str, Any, str | None], a: State, b: State) -> None:
        """Each held wording gives one occurred event of its kind, parties and day."""
        _check(case, "occurred", a, b)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_inv_order_of_parties(self, a: State, b: State) -> None:
        """Naming the two leaders in the other order gives the same parties, status and date."""
        first = one(f"{a.full} met {b.full} on Monday.")
        assert core(first, False) == core(one(f"{b.full} met {a.full} on Monday."), False)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_inv_ministers_for_leaders(self, a: State, b: State) -> None:
        """Foreign ministers in place of the leaders give the same parties, status and date."""
        leaders = one(f"{a.full} held talks with {b.full} on Tuesday.")
        ministers = one(f"{a.minister} held talks with {b.minister} on Tuesday.")
        assert core(leaders, False) == core(ministers, False)

    @pytest.mark.parametrize(("a", "b"), PAIRS[2:], ids=ids)
    def test_inv_met_and_met_with(self, a: State, b: State) -> None:
        """ "Met with" and "met" give the same event."""
        met = one(f"{a.full} met {b.full} on Monday.")
        assert core(met, False) == core(one(f"{a.full} met with {b.full} on Monday."), False)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_dir_will_makes_planned(self, a: State, b: State) -> None:
        """Adding "will" turns a held meeting into a planned one, on the next such weekday."""
        expect(one(f"{a.full} met {b.full} on Monday."), status="occurred", date=MON)
        planned = one(f"{a.full} will meet {b.full} on Monday.")
        expect(planned, status="planned", date=FUTURE_DAY["Monday"])


@pytest.mark.phenomenon("planned")
class TestPlanned:
    """Modal and future wordings make an event planned, dated by the clause's own date."""

    @pytest.mark.parametrize(("case", "a", "b"), grid(PLANNED, FIVE_PAIRS))
    def test_mft_planned(self, case: tuple[str, str, Any, str | None], a: State, b: State) -> None:
        """Each planned wording gives one planned event of its kind, parties and date."""
        _check(case, "planned", a, b)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_mft_planned_code(self, a: State, b: State) -> None:
        """A planned meeting is coded CAMEO 036, PLOVER AGREE."""
        event = one(f"{a.full} will meet {b.full} next week.")
        assert (event["codes"]["cameo"], event["codes"]["plover"]) == ("036", "AGREE")

    @pytest.mark.parametrize("verb", PLANNED_VERBS)
    @pytest.mark.parametrize(("a", "b"), THREE_PAIRS[:2], ids=ids)
    def test_inv_planned_wordings(self, verb: str, a: State, b: State) -> None:
        """Wordings of intent give the same planned meeting as "will meet"."""
        base = one(f"{a.full} will meet {b.full} on Friday.")
        assert core(one(f"{a.full} {verb} {b.full} on Friday."), False) == core(base, False)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_dir_planned_to_held(self, a: State, b: State) -> None:
        """A visit that "will" happen next week is planned; "visited last week" is held."""
        planned = one(f"{a.full} will visit {b.name} next week.")
        expect(planned, kind="visit", status="planned", host=b.code, date=NEXT_WEEK)
        held = one(f"{a.full} visited {b.name} last week.")
        expect(held, kind="visit", status="occurred", host=b.code, date=LAST_WEEK)
