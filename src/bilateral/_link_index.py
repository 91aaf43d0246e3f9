"""Which open stories of one block an event is compared with: the index that keeps the
linker's cost per event flat however many events a block holds.

A story is found by the days (a date of a week or less) or weeks (up to two months) its
date covers (its held date, else its planned date), by how recently it was reported, and,
once put off, on a list of its own. An event with a date is compared with the stories dated
within a day of it (or, for a week or month, within two weeks: the rules of identity accept
nothing further apart, except after a postponement), with the stories put off, and with the
most recently reported; an event with no date, with the last two. ``RECENT`` bounds the
last group: in a block with no more open stories than that (every real corpus we have
measured), the result is the same as comparing with every open story.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

from bilateral._link_rules import WINDOW, Open
from bilateral._model import DateSpan, Event
from bilateral._vocab import Status

__all__ = ["RECENT", "Shelf"]

#: How many of the most recently reported stories every event is compared with.
RECENT = 16
#: How far from an event's date a story's date of a week or a month may lie and be looked at.
_NEAR = dt.timedelta(days=14)
#: A date this long or shorter is filed by day; longer, by week.
_DAYS = dt.timedelta(days=7)
#: A date wider than this is not indexed (a year, a season): found by recency only.
_WIDE = dt.timedelta(days=62)
_ONE_DAY = dt.timedelta(days=1)
_DECISIONS = frozenset({Status.CANCELLED, Status.POSTPONED})


def _week(day: dt.date) -> int:
    return day.toordinal() // 7


class Shelf:
    """The open stories of one block, by the days or weeks of their dates, put off, and by
    their last report."""

    __slots__ = ("_days", "_put_off", "_recent", "_weeks")

    def __init__(self) -> None:
        self._days: dict[int, list[Open]] = {}
        self._weeks: dict[int, list[Open]] = {}
        self._put_off: dict[int, Open] = {}
        self._recent: dict[int, Open] = {}  # by story index, the last reported last

    def put(self, story: Open) -> None:
        """File a story that has just taken a report (or opened)."""
        self._recent.pop(story.index, None)
        self._recent[story.index] = story
        if len(self._recent) > 4 * RECENT:
            for index in list(itertools.islice(self._recent, len(self._recent) - RECENT)):
                del self._recent[index]
        if story.postponed and story.held is None:
            self._put_off[story.index] = story
        span = story.held or story.planned
        if span is None or span.end - span.start > _WIDE:
            return
        if span.end - span.start <= _DAYS:
            keys, shelves = range(span.start.toordinal(), span.end.toordinal() + 1), self._days
        else:
            keys, shelves = range(_week(span.start), _week(span.end) + 1), self._weeks
        for key in keys:
            shelf = shelves.setdefault(key, [])
            if not shelf or shelf[-1] is not story:
                shelf.append(story)

    def _dated(self, date: DateSpan, status: Status) -> Iterator[Open]:
        # a decision dated before the event it puts off looks two weeks around it
        reach = _NEAR if status in _DECISIONS else _ONE_DAY
        for day in range((date.start - reach).toordinal(), (date.end + reach).toordinal() + 1):
            yield from self._days.get(day, ())
        for week in range(_week(date.start - _NEAR), _week(date.end + _NEAR) + 1):
            yield from self._weeks.get(week, ())

    def near(self, event: Event, published: dt.date) -> list[Open]:
        """The stories to compare ``event`` with, each once."""
        found: dict[int, Open] = {}
        for story in itertools.islice(reversed(self._recent.values()), RECENT):
            found[story.index] = story
        for index, story in list(self._put_off.items()):
            if story.held is not None or published - story.last > WINDOW:
                del self._put_off[index]
            else:
                found.setdefault(index, story)
        if event.date is not None:
            for story in self._dated(event.date, event.status):
                found.setdefault(story.index, story)
        return list(found.values())
