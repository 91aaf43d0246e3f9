"""Which open stories of one block an event is compared with: the index that keeps the
linker's cost per event flat however many events a block holds.

A story is found by the weeks its date covers (its held date, else its planned date), and by
how recently it was reported. An event with a date is compared with the stories dated within
two weeks of it (the rules of identity accept nothing further apart, except after a
postponement) and with the most recently reported stories; an event with no date, with the
most recently reported. ``RECENT`` bounds the second group: in a block with no more open
stories than that (every real corpus we have measured), the result is the same as comparing
with every open story.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from bilateral._link_rules import Open
from bilateral._model import DateSpan, Event

__all__ = ["RECENT", "Shelf"]

#: How many of the most recently reported stories every event is compared with.
RECENT = 64
#: How far from an event's date a story's date may lie and still be looked at.
_NEAR = dt.timedelta(days=14)
#: A date wider than this is not indexed by week (a year, a season): found by recency only.
_WIDE = dt.timedelta(days=62)


def _week(day: dt.date) -> int:
    return day.toordinal() // 7


class Shelf:
    """The open stories of one block, by the weeks of their dates and by their last report."""

    __slots__ = ("_recent", "_weeks")

    def __init__(self) -> None:
        self._weeks: dict[int, list[Open]] = {}
        self._recent: dict[int, Open] = {}  # by story index, the last reported last

    def put(self, story: Open) -> None:
        """File a story that has just taken a report (or opened)."""
        self._recent.pop(story.index, None)
        self._recent[story.index] = story
        if len(self._recent) > 4 * RECENT:
            for index in list(itertools.islice(self._recent, len(self._recent) - RECENT)):
                del self._recent[index]
        span = story.held or story.planned
        if span is not None and span.end - span.start <= _WIDE:
            for week in range(_week(span.start), _week(span.end) + 1):
                shelf = self._weeks.setdefault(week, [])
                if not shelf or shelf[-1] is not story:
                    shelf.append(story)

    def _dated(self, date: DateSpan) -> Iterator[Open]:
        for week in range(_week(date.start - _NEAR), _week(date.end + _NEAR) + 1):
            yield from self._weeks.get(week, ())

    def near(self, event: Event) -> list[Open]:
        """The stories to compare ``event`` with, each once."""
        found: dict[int, Open] = {}
        for story in itertools.islice(reversed(self._recent.values()), RECENT):
            found[story.index] = story
        if event.date is not None:
            for story in self._dated(event.date):
                found.setdefault(story.index, story)
        return list(found.values())
