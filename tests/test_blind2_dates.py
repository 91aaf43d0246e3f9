"""Blind behavioural suite 2: relative dates resolved by tense; reported speech.

Published Wednesday 12 March 2025 (ISO week 2025-W11). Tense decides the direction the text
leaves open: 'met on Monday' is 10 March, 'will meet on Monday' 17 March (SPEC §3, Dates).
A reporting clause's date never dates the event (SPEC §3, Clauses).
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
)

Pair = tuple[str, str]

#: (date expression, its value in a past-tense sentence)
PAST: list[tuple[str, str]] = [
    ("on Monday", "2025-03-10"),
    ("on Tuesday", "2025-03-11"),
    ("on Thursday", "2025-03-06"),
    ("on Friday", "2025-03-07"),
    ("on Sunday", "2025-03-09"),
    ("last week", "2025-W10"),
    ("last month", "2025-02"),
    ("in January", "2025-01"),
    ("in November", "2024-11"),
    ("yesterday", "2025-03-11"),
]

#: (date expression, its value in a future-tense sentence)
FUTURE: list[tuple[str, str]] = [
    ("on Thursday", "2025-03-13"),
    ("on Friday", "2025-03-14"),
    ("on Monday", "2025-03-17"),
    ("on Tuesday", "2025-03-18"),
    ("on Sunday", "2025-03-16"),
    ("next week", "2025-W12"),
    ("next month", "2025-04"),
    ("in April", "2025-04"),
    ("in February", "2026-02"),
    ("tomorrow", "2025-03-13"),
]

PAST_FRAMES = ["{Aldr_} met {Bldr} {when}.", "{A_} and {B} held talks in {Bcap} {when}."]
FUTURE_FRAMES = [
    "{Aldr_} will meet {Bldr} {when}.",
    "{A_} and {B} are due to hold talks in {Bcap} {when}.",
]


def _tense_params() -> list[object]:
    out: list[object] = []
    n = 0
    for tense, frames, table in (
        ("occurred", PAST_FRAMES, PAST),
        ("planned", FUTURE_FRAMES, FUTURE),
    ):
        for f, frame in enumerate(frames):
            for phrase, value in table:
                pair = PAIRS[n % len(PAIRS)]
                n += 1
                ident = f"{tense}-f{f}-{phrase.replace(' ', '_')}-{'-'.join(pair)}"
                out.append(pytest.param(frame, phrase, tense, value, pair, id=ident))
    return out


WEEKDAYS: list[tuple[str, str, str]] = [
    ("on Monday", "2025-03-10", "2025-03-17"),
    ("on Tuesday", "2025-03-11", "2025-03-18"),
    ("on Thursday", "2025-03-06", "2025-03-13"),
    ("on Friday", "2025-03-07", "2025-03-14"),
    ("on Saturday", "2025-03-08", "2025-03-15"),
    ("on Sunday", "2025-03-09", "2025-03-16"),
]


@pytest.mark.phenomenon("relative dates by tense")
class TestRelativeDatesByTense:
    """Weekdays, months and relative units resolved by the tense of the event's clause."""

    @pytest.mark.parametrize(("frame", "phrase", "status", "value", "pair"), _tense_params())
    def test_date_by_tense(
        self, frame: str, phrase: str, status: str, value: str, pair: Pair
    ) -> None:
        text = render(frame, *pair, when=phrase)
        events = run(text)
        event = only(text, events, *pair)
        assert timex(event) == value, show(text, events)
        assert event["status"] == status, show(text, events)

    @pytest.mark.parametrize(
        ("phrase", "past", "future", "pair"), grid(WEEKDAYS, pick(PAIRS, 7, 2))
    )
    def test_tense_turns_the_weekday(self, phrase: str, past: str, future: str, pair: Pair) -> None:
        held = render("{Aldr_} held talks with {Bldr} {when}.", *pair, when=phrase)
        due = render("{Aldr_} will hold talks with {Bldr} {when}.", *pair, when=phrase)
        before, after = run(held), run(due)
        assert timex(only(held, before, *pair)) == past, show(held, before)
        assert timex(only(due, after, *pair)) == future, show(due, after)

    @pytest.mark.parametrize("pair", [pytest.param(p, id="-".join(p)) for p in pick(PAIRS, 11, 3)])
    def test_this_week_is_the_same_in_both_tenses(self, pair: Pair) -> None:
        held = render("{Aldr_} met {Bldr} in {Acap} this week.", *pair)
        due = render("{Aldr_} will meet {Bldr} in {Acap} this week.", *pair)
        before, after = run(held), run(due)
        assert timex(only(held, before, *pair)) == "2025-W11", show(held, before)
        assert timex(only(due, after, *pair)) == "2025-W11", show(due, after)


#: (template, status, date or None)
REPORTED: list[tuple[str, str, str | None]] = [
    (
        "{A_}'s foreign ministry said on Monday that {Aldr} will visit {B} next week.",
        "planned",
        "2025-W12",
    ),
    (
        "{Aldr_} told reporters on Tuesday that {Apro} talks with {Bldr} on Sunday had been "
        "productive.",
        "occurred",
        "2025-03-09",
    ),
    (
        "According to a statement released on Friday, {Aldr} and {Bldr} will hold talks on "
        "March 20.",
        "planned",
        "2025-03-20",
    ),
    ("The {Adem} presidency announced on Monday that {Aldr} will meet {Bldr}.", "planned", None),
    (
        "{Aldr_} will travel to {Bcap} in April for talks with {Bldr}, a spokesman said on Sunday.",
        "planned",
        "2025-04",
    ),
    (
        "{Bdem} state media reported on Tuesday that {Aldr} held talks with {Bldr} in {Bcap} "
        "last week.",
        "occurred",
        "2025-W10",
    ),
    (
        "Officials in {Acap} said on Thursday that {Aldr} would hold talks with {Bldr} next month.",
        "planned",
        "2025-04",
    ),
]


@pytest.mark.phenomenon("reported speech")
class TestReportedSpeech:
    """The event is read from the reported clause; the reporting clause's date is not its date."""

    @pytest.mark.parametrize(("template", "status", "when", "pair"), grid(REPORTED, pick(PAIRS, 8)))
    def test_reported_event(self, template: str, status: str, when: str | None, pair: Pair) -> None:
        text = render(template, *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert event["status"] == status, show(text, events)
        assert timex(event) == when, show(text, events)
