"""The rules of identity: may a report's event join a story built so far, and how well?

Reports are read in publication order. A story built so far (:class:`Open`) keeps what the
rules need: its articles, kind family, the held date (what reports of it as held allow), the
planned date (the latest date it was planned for), whether it was postponed or cancelled,
and who took part. :func:`fit` applies the rules in order and returns ``None`` (the event
is not this story) or a distance in days (the smaller, the better the fit):

``same-states``      the same set of states (applied by blocking: only one state set is read)
``one-per-article``  one article reports a story once; two events of one article differ
``kind``             a call is only a call; meetings, talks, summits, visits and
                     negotiations of one set of states may be one story (framings differ)
``participants``     two meetings whose reports name different officials of each state are
                     two meetings (two ministers' meetings on one day); not for visits,
                     summits or leaders' meetings, whose ministers meet beside them
``held-date``        once held, a story takes only reports whose date overlaps its held date
                     (one day apart is accepted and flagged as a conflict); a report with no
                     date must come after it was held
``planned-date``     a report of a planned story must overlap the date it was planned for;
                     after a postponement a later date is accepted; a story planned for a
                     month or a week may be held up to ten days after it; a report that it
                     was put off or called off, dated on or before its publication and
                     before the planned date, gives the day of the decision: no date
``window``           a story not reported for 183 days is closed
"""

from __future__ import annotations

import datetime as dt

from bilateral._model import DateSpan, Event, Meeting
from bilateral._vocab import EventKind, Granularity, Level, Status

__all__ = ["WINDOW", "Open", "decision_day", "fit", "preference", "surname"]

#: A story not reported for this long takes no more reports (the blocking window).
WINDOW = dt.timedelta(days=183)
#: A story planned for a month or week may be held this long after it ("later this month").
_SLACK = dt.timedelta(days=10)
#: Held reports this far apart are one story with a conflict (time zones, counting errors).
_ONE_DAY = dt.timedelta(days=1)
_HELD = frozenset({Status.OCCURRED, Status.ONGOING})
_EXACT = frozenset({Granularity.DAY})


def surname(name: str) -> str:
    """The last word of a name, lower-case, as a key for one person across reports.

    >>> surname("Pedro Sánchez"), surname("Faisal bin Farhan")
    ('sánchez', 'farhan')
    """
    words = name.replace(".", " ").split()
    return words[-1].lower() if words else ""


def _overlap(a: DateSpan, b: DateSpan, slack: dt.timedelta = dt.timedelta(0)) -> bool:
    return a.start <= b.end + slack and b.start <= a.end + slack


def _gap(a: DateSpan, b: DateSpan) -> int:
    """Days between two spans; 0 when they overlap."""
    if _overlap(a, b):
        return 0
    return min(abs((a.start - b.end).days), abs((b.start - a.end).days))


def _names(event: Event) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for actor in event.participants:
        if actor.name and actor.country is not None:
            out.setdefault(actor.country.alpha_3, set()).add(surname(actor.name))
    return out


class Open:
    """A story built so far from reports in publication order (private to the linker)."""

    __slots__ = (
        "articles", "call", "cancelled", "held", "index", "kind", "last", "leaders", "meeting",
        "names", "planned", "postponed", "sightings", "visit",
    )  # fmt: skip

    def __init__(self, index: int) -> None:
        self.index = index
        self.sightings: list[tuple[dt.date, str | int, Event]] = []
        self.articles: set[str | int] = set()
        self.call = False
        self.visit = False
        self.kind = EventKind.MEETING
        self.meeting = True
        self.leaders = False
        self.held: DateSpan | None = None
        self.planned: DateSpan | None = None
        self.postponed = False
        self.cancelled = False
        self.last = dt.date.min
        self.names: dict[str, set[str]] = {}

    def add(self, published: dt.date, article: str | int, event: Event) -> None:
        """Take one report: its article, status, date and names."""
        self.sightings.append((published, article, event))
        self.articles.add(article)
        self.call = event.kind is EventKind.CALL
        self.visit = self.visit or event.kind is EventKind.VISIT
        if len(self.sightings) == 1:
            self.kind = event.kind
        self.meeting = self.meeting and event.kind not in (EventKind.VISIT, EventKind.SUMMIT)
        self.last = max(self.last, published)
        self.leaders = self.leaders or _leaders(event)
        date, status = event.date, event.status
        if status in _HELD and date is not None:
            self.held = date if self.held is None else _narrower(self.held, date)
        elif date is not None and not decision_day(event, published, self.planned):
            self.planned = date
        self.postponed = self.postponed or status is Status.POSTPONED
        self.cancelled = self.cancelled or status is Status.CANCELLED
        for country, names in _names(event).items():
            self.names.setdefault(country, set()).update(names)

    def anchor(self) -> dt.date:
        """The day the story is about: its held date, its planned date or its last report."""
        span = self.held or self.planned
        return span.start if span is not None else self.last


def _narrower(a: DateSpan, b: DateSpan) -> DateSpan:
    if not _overlap(a, b):
        return a
    return b if (b.end - b.start) < (a.end - a.start) else a


def _leaders(event: Event) -> bool:
    return isinstance(event, Meeting) and event.level is Level.HEAD_OF_STATE


def _other_officials(story: Open, event: Event) -> bool:
    """Both name officials of each state, and no surname is shared (rule ``participants``);
    not for visits, summits or meetings of leaders, whose ministers meet beside them."""
    if not story.meeting or event.kind in (EventKind.VISIT, EventKind.SUMMIT):
        return False
    if story.leaders or _leaders(event):
        return False
    names = _names(event)
    if len(names) < 2 or len(story.names) < 2:
        return False
    shared = [c for c in names if c in story.names]
    return len(shared) >= 2 and all(not (names[c] & story.names[c]) for c in shared)


def _held_fit(story: Open, held: DateSpan, event: Event, published: dt.date) -> int | None:
    date = event.date
    if event.status in _HELD:
        if date is None:
            return (published - held.end).days if published >= held.start - _ONE_DAY else None
        if _overlap(date, held, _ONE_DAY):
            return _gap(date, held)
        return None
    if published > held.end + _ONE_DAY:
        return None  # planned, put off or called off after it was held: another one
    return 0 if date is None or _overlap(date, held) else None


def decision_day(event: Event, published: dt.date, planned: DateSpan | None) -> bool:
    """A report that an event planned for later was put off or called off, dated on or
    before its own publication: the date is the day of the decision, not of the event."""
    date = event.date
    return (
        event.status in (Status.CANCELLED, Status.POSTPONED)
        and date is not None
        and planned is not None
        and date.end <= published
        and date.end < planned.start
    )


def _planned_fit(story: Open, event: Event, published: dt.date) -> int | None:
    planned, date = story.planned, event.date
    if planned is None or date is None or decision_day(event, published, planned):
        return abs((published - story.last).days)
    if _overlap(date, planned):
        return 0 if planned.granularity in _EXACT else 1
    if story.postponed and date.start > planned.start:
        return (date.start - planned.end).days
    late = date.start - planned.end
    if event.status is not Status.CANCELLED and planned.granularity not in _EXACT:
        return late.days + 1 if dt.timedelta(0) < late <= _SLACK else None
    return None


def preference(story: Open, event: Event) -> tuple[bool, int, int, int, int]:
    """How to rank the stories an event fits, after ``apart`` and before the distance:
    ``apart`` (no official named by both, for each state both name) ranks last; then, among
    stories that fit equally well: officials in common, the story told most often, a visit
    for a visit, the same kind."""
    names = _names(event)
    shared = [c for c in names if c in story.names]
    apart = sum(1 for c in shared if not (names[c] & story.names[c]))
    named = 0 if apart == 0 else 1 if apart < len(shared) else 3
    visit = int((event.kind is EventKind.VISIT) != story.visit)
    return named == 3, named, -len(story.sightings), visit, int(event.kind is not story.kind)


def fit(story: Open, event: Event, article: str | int, published: dt.date) -> int | None:
    """``None`` when ``event`` (reported by ``article`` on ``published``) is not ``story``;
    else how far apart they are in days (smaller is a better fit)."""
    if article in story.articles or published - story.last > WINDOW:
        return None
    if story.call != (event.kind is EventKind.CALL):
        return None
    if story.held is not None:
        distance = _held_fit(story, story.held, event, published)
    else:
        distance = _planned_fit(story, event, published)
    # the dates first: most stories of a block are ruled out by them, more cheaply
    if distance is None or _other_officials(story, event):
        return None
    return distance
