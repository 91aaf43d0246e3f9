"""Live pages and same-day changes: entries opened by a clock time are dated by the page's day,
and a meeting moved by an hour is still held that day, not postponed."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import bilateral

DAY = dt.date(2025, 2, 13)
HELD = "US President Donald Trump and Indian Prime Minister Narendra Modi have sat down."


def _live(*entries: str) -> str:
    return "Live: the leaders in Washington\n\n" + "\n\n".join(entries)


def _dates(text: str) -> list[str | None]:
    return [e.date and e.date.timex for e in bilateral.extract(text, published=DAY)]


class TestTimestampedEntries:
    def test_an_entry_takes_the_publication_day(self) -> None:
        text = _live(f"12:50 ET — {HELD}", "13:40 ET — Reporters wait outside.")
        assert _dates(text) == ["2025-02-13"]

    def test_one_timestamp_is_no_live_page(self) -> None:
        """A single clock time at a line's start does not make a live page."""
        assert _dates(_live(f"12:50 ET — {HELD}")) == [None]

    def test_a_date_line_above_dates_its_entries(self) -> None:
        text = _live("Wednesday, February 12", f"21:05 — {HELD}", "22:10 — Dinner ends.")
        assert _dates(text) == ["2025-02-12"]

    def test_an_entry_with_its_own_date_keeps_it(self) -> None:
        text = _live(
            "09:00 — Trump spoke by phone with Modi on Monday, the White House said.",
            "10:00 — Reporters wait outside.",
        )
        assert _dates(text) == ["2025-02-10"]

    @given(
        st.integers(min_value=0, max_value=23),
        st.integers(min_value=0, max_value=59),
        st.sampled_from(["GMT", "ET", "JST", "local time", ""]),
    )
    def test_any_clock_time_dates_the_entry(self, hour: int, minute: int, zone: str) -> None:
        """Whatever the clock time and its zone, the held entry is dated by the page's day."""
        stamp = f"{hour:02d}:{minute:02d} {zone}".rstrip()
        text = _live(f"{stamp} — {HELD}", f"{stamp} — Reporters wait outside.")
        assert _dates(text) == ["2025-02-13"]


class TestMovedWithinTheDay:
    def test_pushed_back_by_an_hour_is_not_postponed(self) -> None:
        text = (
            "The meeting between Indian Prime Minister Narendra Modi and US President Donald "
            "Trump was pushed back by two hours."
        )
        [event] = bilateral.extract(text, published=DAY)
        assert event.status.value != "postponed"

    def test_pushed_back_by_two_weeks_is_postponed(self) -> None:
        text = (
            "The meeting between Indian Prime Minister Narendra Modi and US President Donald "
            "Trump was pushed back by two weeks."
        )
        [event] = bilateral.extract(text, published=DAY)
        assert event.status.value == "postponed"


class TestDatedTitles:
    TEXT = (
        "Readouts of the week\n\n"
        "Call with the Indian Foreign Minister (April 15, 2025)\n\n"
        "US Secretary of State Marco Rubio spoke today with Indian External Affairs Minister "
        "Subrahmanyam Jaishankar.\n\n"
        "Call with the Panamanian Foreign Minister (April 16, 2025)\n\n"
        "US Secretary of State Marco Rubio spoke today with Panamanian Foreign Minister Javier "
        "Martinez-Acha."
    )

    def test_today_is_the_day_of_the_title(self) -> None:
        found = bilateral.extract(self.TEXT, published=dt.date(2025, 4, 17))
        assert sorted((e.date and e.date.timex) or "" for e in found) == [
            "2025-04-15",
            "2025-04-16",
        ]

    def test_near_miss_titles_without_dates(self) -> None:
        text = self.TEXT.replace(" (April 15, 2025)", "").replace(" (April 16, 2025)", "")
        found = bilateral.extract(text, published=dt.date(2025, 4, 17))
        assert {(e.date and e.date.timex) for e in found} == {"2025-04-17"}

    def test_spoke_today_with_is_a_call(self) -> None:
        text = "Marco Rubio spoke today with Indian Foreign Minister Subrahmanyam Jaishankar."
        [event] = bilateral.extract(text, published=dt.date(2025, 4, 17))
        assert event.kind.value == "call"
