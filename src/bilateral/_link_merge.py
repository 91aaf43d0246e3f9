"""The merged event of a story and the conflicts between its reports.

The merged event has the story's states; the kind, host, location, level and channel most
reports give (ties: the earliest); every named participant once (the fullest name); the
status of the latest report (on one day, a report that it was held outranks one that it is
planned); and the date that every report of it as held allows, else the latest planned one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from bilateral._codes import event_codes
from bilateral._link_rules import surname
from bilateral._model import Actor, DateSpan, Event, Meeting
from bilateral._story import Conflict, Sighting
from bilateral._vocab import Granularity, Status

__all__ = ["conflicts", "merged_event"]

T = TypeVar("T")
_HELD = frozenset({Status.OCCURRED, Status.ONGOING})
#: On one publication day, which report's status the story takes.
_RANK = {
    Status.PLANNED: 0,
    Status.POSTPONED: 1,
    Status.CANCELLED: 2,
    Status.ONGOING: 3,
    Status.OCCURRED: 4,
}


def _most(values: Iterable[T | None]) -> T | None:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)


def _meetings(timeline: list[Sighting]) -> list[Meeting]:
    return [s.event for s in timeline if isinstance(s.event, Meeting)]


def _of(timeline: list[Sighting], get: Callable[[Meeting], Any]) -> Any:
    return _most(get(m) for m in _meetings(timeline))


def _participants(timeline: list[Sighting]) -> tuple[Actor, ...]:
    people: dict[tuple[str, str | None], Actor] = {}
    for sighting in timeline:
        for actor in sighting.event.participants:
            country = actor.country.alpha_3 if actor.country is not None else None
            key = (surname(actor.name), country) if actor.name else (actor.title or "", country)
            known = people.get(key)
            if known is None or len(actor.name or "") > len(known.name or ""):
                people[key] = actor
    return tuple(people.values())


def _latest(timeline: list[Sighting]) -> Sighting:
    last_day = timeline[-1].published
    return max((s for s in timeline if s.published == last_day), key=lambda s: _RANK[s.status])


def _common(spans: list[DateSpan]) -> DateSpan | None:
    """The narrowest span that lies within every other (what every report allows)."""
    for span in sorted(spans, key=lambda d: (d.end - d.start, -spans.index(d))):
        if all(o.start <= span.start and span.end <= o.end for o in spans):
            return span
    return None


def _date(timeline: list[Sighting], status: Status) -> DateSpan | None:
    held = [s.date for s in timeline if s.status in _HELD and s.date is not None]
    if held and status in _HELD:
        return _common(held) or held[-1]
    later = [s.date for s in timeline if s.date is not None and s.status not in _HELD]
    if later:
        return later[-1]
    return held[-1] if held else None


def merged_event(timeline: list[Sighting]) -> Event:
    """One event for the whole story, without evidence (that stays with each sighting)."""
    first = timeline[0].event
    status = _latest(timeline).status
    kind = _most(s.event.kind for s in timeline) or first.kind
    host = _of(timeline, lambda m: m.host)
    if host is not None and host not in first.countries and kind.value in ("visit", "call"):
        host = None
    location = _of(timeline, lambda m: m.location)
    countries = list(first.countries)
    topics: dict[str, None] = {}
    for meeting in _meetings(timeline):
        topics.update(dict.fromkeys(meeting.topics))
    return Meeting(
        kind=kind,
        status=status,
        countries=countries,
        participants=_participants(timeline),
        date=_date(timeline, status),
        codes=event_codes(kind, status, countries, host, location),
        host=host,
        location=location,
        level=_of(timeline, lambda m: m.level),
        topics=tuple(topics),
        first_since=next((m.first_since for m in _meetings(timeline) if m.first_since), None),
        channel=_of(timeline, lambda m: m.channel),
    )


def _day(span: DateSpan | None) -> bool:
    return span is not None and span.granularity is Granularity.DAY


def _date_conflict(timeline: list[Sighting]) -> Conflict | None:
    held = [s for s in timeline if s.status is Status.OCCURRED and _day(s.date)]
    days = {s.date for s in held if s.date is not None}
    spans = sorted(days, key=lambda d: d.start)
    if len(spans) < 2 or all(o.start <= spans[0].end for o in spans):
        return None
    note = ", ".join(f"{s.date.start.isoformat()} ({s.article})" for s in held if s.date)
    return Conflict(field="date", articles=tuple(s.article for s in held), note=f"held on {note}")


def _status_conflict(timeline: list[Sighting]) -> Conflict | None:
    cancelled = [s for s in timeline if s.status is Status.CANCELLED]
    if not cancelled:
        return None
    after = [s for s in timeline if s.published >= cancelled[0].published and s.status
             in (Status.OCCURRED, Status.ONGOING, Status.POSTPONED)]  # fmt: skip
    if not after:
        return None
    both = [cancelled[0], *after]
    note = ", then ".join(f"{s.status.value} ({s.article})" for s in both)
    return Conflict(field="status", articles=tuple(s.article for s in both), note=note)


def _host_conflict(timeline: list[Sighting]) -> Conflict | None:
    hosts = [(s, s.event.host) for s in timeline if isinstance(s.event, Meeting) and s.event.host]
    if len({h for _, h in hosts}) < 2:
        return None
    note = ", ".join(f"{h.alpha_3} ({s.article})" for s, h in hosts if h is not None)
    return Conflict(field="host", articles=tuple(s.article for s, _ in hosts), note=note)


def conflicts(timeline: list[Sighting]) -> tuple[Conflict, ...]:
    """The reports that disagree on the day it was held, on its status, or on its host."""
    found = (_date_conflict(timeline), _status_conflict(timeline), _host_conflict(timeline))
    return tuple(c for c in found if c is not None)
