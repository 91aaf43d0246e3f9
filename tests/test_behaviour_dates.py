"""Behavioural suite (issue #12): relative dates resolved by tense, and reported speech.

Written blind from SPEC §1–3; see ``tests/behaviour_fillers.py`` for the fillers and helpers.
Published Wednesday 11 June 2025: "met on Monday" is 9 June, "will meet on Monday" 16 June; a
month name in a past-tense clause is the last such month on or before June 2025, in a
future-tense clause the next one on or after it.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.behaviour_fillers import (
    FIVE_PAIRS,
    FRI,
    FUTURE_DAY,
    JULY_8,
    LAST_MONTH,
    LAST_WEEK,
    LAST_YEAR,
    NEXT_MONTH,
    NEXT_WEEK,
    NEXT_YEAR,
    PAIRS,
    PAST_DAY,
    SEPTEMBER,
    TOMORROW,
    YESTERDAY,
    State,
    core,
    date_of,
    expect,
    grid,
    ids,
    month,
    one,
    parties,
    say,
)

PAST = "{a.full} met {b.full} {when}."
FUTURE = "{a.full} will meet {b.full} {when}."
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (id, template, "when", status, span)
TENSE_CASES: list[tuple[str, str, str, str, Any]] = [
    *((f"past-{d}", PAST, f"on {d}", "occurred", PAST_DAY[d]) for d in WEEKDAYS),
    *((f"future-{d}", FUTURE, f"on {d}", "planned", FUTURE_DAY[d]) for d in WEEKDAYS),
    ("past-April", PAST, "in April", "occurred", month(2025, 4)),
    ("future-April", FUTURE, "in April", "planned", month(2026, 4)),
    ("past-September", PAST, "in September", "occurred", month(2024, 9)),
    ("future-September", FUTURE, "in September", "planned", month(2025, 9)),
    ("past-March", PAST, "in March", "occurred", month(2025, 3)),
    ("future-March", FUTURE, "in March", "planned", month(2026, 3)),
    ("past-December", PAST, "in December", "occurred", month(2024, 12)),
    ("future-December", FUTURE, "in December", "planned", month(2025, 12)),
    ("past-June", PAST, "in June", "occurred", month(2025, 6)),
    ("future-June", FUTURE, "in June", "planned", month(2025, 6)),
    ("yesterday", PAST, "yesterday", "occurred", YESTERDAY),
    ("tomorrow", FUTURE, "tomorrow", "planned", TOMORROW),
    ("last-week", PAST, "last week", "occurred", LAST_WEEK),
    ("next-week", FUTURE, "next week", "planned", NEXT_WEEK),
    ("last-month", PAST, "last month", "occurred", LAST_MONTH),
    ("next-month", FUTURE, "next month", "planned", NEXT_MONTH),
    ("last-year", PAST, "last year", "occurred", LAST_YEAR),
    ("next-year", FUTURE, "next year", "planned", NEXT_YEAR),
]
TENSE_PARAMS = [
    pytest.param(template, when, status, span, *PAIRS[i % len(PAIRS)], id=name)
    for i, (name, template, when, status, span) in enumerate(TENSE_CASES)
]

# template: (kind, status, date, whether ``b`` hosts)
REPORTED: dict[str, tuple[str, str, str, Any, bool]] = {
    "ministry-said-that": (
        "The {b.adj} foreign ministry said on Monday that {a.full} and {b.full} will meet"
        " next week.",
        "meeting",
        "planned",
        NEXT_WEEK,
        False,
    ),
    "officials-said-after": (
        "{a.full} and {b.full} will hold talks on Friday, officials said on Tuesday.",
        "talks",
        "planned",
        FRI,
        False,
    ),
    "spokesperson-past": (
        "A spokesperson for {a.full} said on Tuesday that {a.short} spoke by phone with"
        " {b.full} last week.",
        "call",
        "occurred",
        LAST_WEEK,
        False,
    ),
    "according-to": (
        "According to a statement released on Monday, {a.full} will visit {b.name} next month.",
        "visit",
        "planned",
        NEXT_MONTH,
        True,
    ),
    "confirmed-after": (
        "{a.full} and {b.full} met in {b.capital} last month, the {a.adj} government"
        " confirmed on Monday.",
        "meeting",
        "occurred",
        LAST_MONTH,
        False,
    ),
    "embassy-announced": (
        "The {b.adj} embassy announced on Tuesday that {a.full} will visit {b.name} in September.",
        "visit",
        "planned",
        SEPTEMBER,
        True,
    ),
    "would-take-place": (
        "Officials said on Monday that talks between {a.full} and {b.full} would take place on"
        " July 8.",
        "talks",
        "planned",
        JULY_8,
        False,
    ),
    "told-reporters": (
        "{a.full}'s office told reporters yesterday that {a.short} would meet {b.full} next month.",
        "meeting",
        "planned",
        NEXT_MONTH,
        False,
    ),
}


@pytest.mark.phenomenon("relative dates by tense")
class TestRelativeDatesByTense:
    """Tense decides the direction of a weekday or month name the text leaves open."""

    @pytest.mark.parametrize(("template", "when", "status", "span", "a", "b"), TENSE_PARAMS)
    def test_mft_tense_date(
        self, template: str, when: str, status: str, span: Any, a: State, b: State
    ) -> None:
        """A past clause looks back from the publication date, a future one forward."""
        event = one(say(template.replace("{when}", when), a=a, b=b))
        expect(event, status=status, countries=parties(a, b), date=span)

    @pytest.mark.parametrize("weekday", ["Monday", "Thursday", "Saturday"])
    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS[:2], ids=ids)
    def test_inv_verb_keeps_date(self, weekday: str, a: State, b: State) -> None:
        """Another verb of the same tense gives the same date."""
        met = one(f"{a.full} met {b.full} on {weekday}.")
        talks = one(f"{a.full} held talks with {b.full} on {weekday}.")
        assert date_of(talks) == date_of(met) == PAST_DAY[weekday]
        will = one(f"{a.full} will meet {b.full} on {weekday}.")
        assert core(one(f"{a.full} is set to meet {b.full} on {weekday}.")) == core(will)

    @pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Thursday", "Friday", "Sunday"])
    def test_dir_visit_tense_flips_weekday(self, weekday: str) -> None:
        """ "Visited on Friday" is the last Friday; "will visit on Friday" the next one."""
        a, b = PAIRS[WEEKDAYS.index(weekday) % len(PAIRS)]
        past = one(f"{a.full} visited {b.name} on {weekday}.")
        expect(past, status="occurred", date=PAST_DAY[weekday], host=b.code)
        future = one(f"{a.full} will visit {b.name} on {weekday}.")
        expect(future, status="planned", date=FUTURE_DAY[weekday], host=b.code)


@pytest.mark.phenomenon("reported speech")
class TestReportedSpeech:
    """A reporting clause's date never dates the event; the reported clause does."""

    @pytest.mark.parametrize(("case", "a", "b"), grid(REPORTED, FIVE_PAIRS[:4]))
    def test_mft_reported(self, case: tuple[str, str, str, Any, bool], a: State, b: State) -> None:
        """The reported event has its own clause's status and date, not the report's."""
        template, kind, status, span, hosted = case
        event = one(say(template, a=a, b=b))
        expect(event, kind=kind, status=status, countries=parties(a, b), date=span)
        if hosted:
            expect(event, host=b.code)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_mft_undated_report(self, a: State, b: State) -> None:
        """A reported meeting with no date of its own has no date, whatever the report's."""
        event = one(f"The ministry said on Monday that {a.full} will meet {b.full}.")
        expect(event, status="planned", countries=parties(a, b), date=None)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_inv_reporting_clause_moved(self, a: State, b: State) -> None:
        """Moving the reporting clause after the report does not change the event."""
        said = f"the {a.adj} government said on Monday"
        meet = f"{a.full} and {b.full} will meet next week"
        assert core(one(f"{said[0].upper()}{said[1:]} that {meet}.")) == core(
            one(f"{meet}, {said}.")
        )

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_dir_reported_tense(self, a: State, b: State) -> None:
        """Changing the reported clause's tense changes status and date; the report's stays."""
        said = "Officials said on Monday that"
        held = one(f"{said} {a.full} and {b.full} met last week.")
        expect(held, status="occurred", date=LAST_WEEK)
        planned = one(f"{said} {a.full} and {b.full} will meet next week.")
        expect(planned, status="planned", date=NEXT_WEEK)
