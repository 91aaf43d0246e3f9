"""Chronologies ("FEB. 17, 2024: …" entries): each entry dates its paragraph's events."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral

DAY = dt.date(2025, 6, 1)

TIMELINE = (
    "Kenya and Ethiopia: a year of contacts.\n\n"
    "MARCH 3, 2024: Kenyan President William Ruto receives Ethiopian Prime Minister Abiy "
    "Ahmed at State House.\n\n"
    "OCT. 9, 2024 - Ruto flies to Addis Ababa. He holds talks with Abiy on the port plan.\n\n"
    "May 20, 2025: The two foreign ministers meet in Nairobi."
)


def _dates(text: str) -> list[str | None]:
    return sorted((e.date.timex if e.date else "") for e in bilateral.extract(text, published=DAY))


def test_each_entry_dates_its_paragraph() -> None:
    assert _dates(TIMELINE) == ["2024-03-03", "2024-10-09", "2025-05-20"]


def test_a_present_tense_entry_in_the_past_is_held() -> None:
    events = bilateral.extract(TIMELINE, published=DAY)
    assert {e.status.value for e in events} == {"occurred"}


def test_one_dated_paragraph_is_no_chronology() -> None:
    """Near-miss: a single paragraph opening with a date does not date the next one."""
    text = (
        "MARCH 3, 2024: Kenyan President William Ruto receives Ethiopian Prime Minister Abiy "
        "Ahmed at State House.\n\nRuto holds talks with Abiy on the port plan."
    )
    explained = bilateral.explain(text, published=DAY)
    assert "date.chronology-entry" not in explained.fired()


@given(st.lists(st.sampled_from(["JAN. 5, 2024: ", "talks ", "Kenya ", "met ", "\n\n"])))
@settings(max_examples=60, deadline=None)
def test_never_raises_on_entry_like_text(parts: list[str]) -> None:
    bilateral.extract("".join(parts), published=DAY)


DIARY = (
    "East Africa week ahead: Ruto in Accra\n\n"
    "What to watch in the coming days.\n\n"
    "Monday: Kenyan President William Ruto meets Ghanaian President John Dramani Mahama "
    "in Accra.\n\n"
    "Tuesday-Wednesday: Indian Prime Minister Narendra Modi pays a state visit to Kenya, "
    "hosted by Ruto."
)


def test_a_diary_dates_its_entries_ahead_and_plans_them() -> None:
    events = bilateral.extract(DIARY, published=dt.date(2025, 6, 15))  # a Sunday
    got = sorted((e.date.timex if e.date else "", e.status.value) for e in events)
    assert got == [("2025-06-16", "planned"), ("2025-06-17/2025-06-18", "planned")]


def test_a_review_of_the_week_is_no_diary() -> None:
    """Near-miss: the same entries under "week in review" are not read ahead."""
    text = DIARY.replace("week ahead", "week in review").replace(
        "What to watch in the coming days.", "What happened."
    )
    explained = bilateral.explain(text, published=dt.date(2025, 6, 15))
    assert "date.agenda-entry" not in explained.fired()
