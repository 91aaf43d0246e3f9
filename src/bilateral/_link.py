"""``link``: one story per real-world event across the reports of many articles.

Every event of every report is read once, in publication order (then article id, then its
place in the report), within its block: the events of one set of states. Each joins the
open story of its block that the rules of identity (:mod:`bilateral._link_rules`) let it
join and that is nearest in time, or opens a story of its own. An event is compared only
with the stories dated near it and the most recently reported (:mod:`bilateral._link_index`),
and a story not reported for half a year is closed, so the cost per event stays flat.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from bilateral._errors import ValidationError
from bilateral._json import from_dict
from bilateral._link_index import Shelf
from bilateral._link_merge import conflicts, merged_event
from bilateral._link_rules import Open, fit, preference
from bilateral._model import Event
from bilateral._records import event_id
from bilateral._report import Report
from bilateral._story import Sighting, Story

__all__ = ["as_reports", "link", "states_key"]

_REPORT_KEYS = frozenset({"schema", "bilateral_version", "id", "published", "url", "events"})
_Seen = tuple[dt.date, str | int, Event, str]  # published, article, event, its story id


def states_key(event: Event) -> str:
    """The block of an event: its states' alpha-3 codes, sorted, joined by ``-``.

    Stories never cross blocks, so a corpus split by this key and linked block by block
    gives the same stories as linked whole (the Dask how-to does so).

    >>> import bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["USA", "MEX"])
    >>> bilateral.states_key(call)
    'MEX-USA'
    """
    if not isinstance(event, Event):
        raise TypeError(f"'event' must be a bilateral.Event, not {type(event).__name__}")
    return "-".join(c.alpha_3 for c in event.countries)


def _event(where: str, value: Any) -> Event:
    if isinstance(value, Event):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(
            f"'{where}' must be a bilateral.Event or a dict, not {type(value).__name__}"
        )
    try:
        return from_dict(dict(value))
    except ValidationError as exc:
        raise ValidationError([f"{where}: {e}" for e in exc.errors], what="report") from None


def _from_mapping(where: str, item: Mapping[Any, Any]) -> Report:
    extra = sorted(map(str, set(item) - _REPORT_KEYS))
    if extra:
        raise ValueError(f"'{where}' has unknown keys {extra}")
    for key in ("id", "published"):
        if key not in item:
            raise ValueError(f"'{where}' needs the key {key!r}")
    raw = item.get("events", ())
    if isinstance(raw, str | bytes | Mapping) or not isinstance(raw, Iterable):
        raise TypeError(f"'{where}.events' must be a list of events, not {type(raw).__name__}")
    events = [_event(f"{where}.events[{j}]", e) for j, e in enumerate(raw)]
    try:
        return Report(
            id=item["id"], published=item["published"], events=events, url=item.get("url")
        )
    except (TypeError, ValueError) as exc:
        raise type(exc)(f"{where}: {exc}") from None


def as_reports(reports: Iterable[Report | Mapping[str, Any]]) -> list[Report]:
    """Every input report as a :class:`~bilateral.Report`; clear errors naming the item."""
    if isinstance(reports, str | bytes | Mapping | Report) or not isinstance(reports, Iterable):
        name = type(reports).__name__
        raise TypeError(f"'reports' must be an iterable of reports or report dicts, not {name}")
    out: list[Report] = []
    seen: set[tuple[type, str | int]] = set()
    for i, item in enumerate(reports):
        if isinstance(item, Report):
            report = item
        elif isinstance(item, Mapping):
            report = _from_mapping(f"reports[{i}]", item)
        else:
            raise TypeError(
                f"'reports[{i}]' must be a bilateral.Report or a dict, not {type(item).__name__}"
            )
        key = (type(report.id), report.id)
        if key in seen:
            raise ValueError(f"'reports' repeats the article id {report.id!r} (at reports[{i}])")
        seen.add(key)
        out.append(report)
    return out


def _order(report: Report) -> tuple[dt.date, str, str]:
    return report.published, str(report.id), type(report.id).__name__


def _blocks(reports: list[Report]) -> dict[str, list[_Seen]]:
    """The events by block, in order, each with the id it gives a story it opens."""
    blocks: dict[str, list[_Seen]] = {}
    for report in sorted(reports, key=_order):
        repeats: dict[str, int] = {}
        for event in report.events:
            ident = event_id(event, article_id=report.id, published=report.published)
            repeats[ident] = repeats.get(ident, 0) + 1
            # an event told twice in one article: the second story's id is set apart
            story_id = "st-" + ident.removeprefix("ev-")
            if repeats[ident] > 1:
                story_id += f"-{repeats[ident]}"
            seen = (report.published, report.id, event, story_id)
            blocks.setdefault(states_key(event), []).append(seen)
    return blocks


def _articles(seen: list[_Seen]) -> list[list[_Seen]]:
    """The block's events grouped by article, in order."""
    groups: list[list[_Seen]] = []
    for item in seen:
        if groups and groups[-1][0][1] == item[1] and groups[-1][0][0] == item[0]:
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def _choices(shelf: Shelf, group: list[_Seen]) -> list[tuple[Any, ...]]:
    """Every (event, story) pair the rules allow, best first."""
    out = []
    for i, (published, article, event, _) in enumerate(group):
        for story in shelf.near(event, published):
            distance = fit(story, event, article, published)
            if distance is not None:
                apart, *rest = preference(story, event)
                out.append((apart, distance, *rest, -story.index, i, story))
    out.sort(key=lambda c: c[:-1])
    return out


def _link_block(seen: list[_Seen]) -> list[tuple[Open, str]]:
    """The stories of one block (each with its id): each article's events join the best
    open stories, one story each (the best pairs first), or open stories of their own."""
    stories: list[tuple[Open, str]] = []
    shelf = Shelf()
    for group in _articles(seen):
        chosen: dict[int, Open] = {}
        for *_, i, story in _choices(shelf, group):
            if i not in chosen and all(s is not story for s in chosen.values()):
                chosen[i] = story
        for i, (day, article, event, story_id) in enumerate(group):
            story = chosen.get(i)
            if story is None:
                story = Open(len(stories))
                stories.append((story, story_id))
            story.add(day, article, event)
            shelf.put(story)
    return stories


def _story(story: Open, story_id: str) -> Story:
    timeline = [Sighting(published=p, article=a, event=e) for p, a, e in story.sightings]
    return Story(
        id=story_id,
        event=merged_event(timeline),
        timeline=timeline,
        conflicts=conflicts(timeline),
    )


def link(reports: Iterable[Report | Mapping[str, Any]]) -> list[Story]:
    """One :class:`~bilateral.Story` per real-world event across the reports of many articles.

    ``reports`` holds one report per article: :class:`~bilateral.Report` objects, what
    :func:`~bilateral.read_jsonl` reads from ``bilateral extract``'s output, or dicts shaped
    like its lines (``{"id", "published", "events"}``, the events as objects or dicts). Two
    reports may not share an id. Stories come earliest first; each has a stable id, the
    merged event and a timeline of what each report said, from which "planned → postponed
    → occurred" can be read (see :doc:`/howto_link` for the rules of identity).

    >>> import bilateral
    >>> def talks(status, day):
    ...     return {"kind": "talks", "status": status, "countries": ["ARM", "AZE"],
    ...             "date": {"start": day, "end": day, "granularity": "day"}}
    >>> stories = bilateral.link([
    ...     {"id": "a1", "published": "2025-07-01", "events": [talks("planned", "2025-07-10")]},
    ...     {"id": "a2", "published": "2025-07-08", "events": [talks("postponed", "2025-07-10")]},
    ...     {"id": "a3", "published": "2025-08-02", "events": [talks("occurred", "2025-08-01")]},
    ...     {"id": "a4", "published": "2025-09-03", "events": [talks("occurred", "2025-09-02")]},
    ... ])
    >>> [[s.status.value for s in story.timeline] for story in stories]
    [['planned', 'postponed', 'occurred'], ['occurred']]
    >>> stories[0].event.date.start
    datetime.date(2025, 8, 1)
    """
    blocks = _blocks(as_reports(reports))
    stories = [_story(*s) for block in blocks.values() for s in _link_block(block)]
    return sorted(
        stories, key=lambda s: (s.timeline[0].published, str(s.timeline[0].article), s.id)
    )
