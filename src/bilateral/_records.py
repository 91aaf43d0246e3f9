"""Flat exports of events: table rows for CSV and data frames (PLOVER records are in
:mod:`bilateral._codes`).

:func:`to_records` gives one row of plain values per event (or a directed dyad), ready for
:mod:`csv` or ``pandas.DataFrame``; :func:`to_plover` gives the record the PLOVER
specification's "JSON Data Fields" chapter describes. Both read only the public model.
Each row carries a stable event id (:func:`event_id`), and the article's id and publication
date when they are given.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable
from typing import Any

from bilateral._args import check_published
from bilateral._codes import side_code
from bilateral._model import Actor, Country, Event, Meeting

__all__ = [
    "ARTICLE_COLUMNS",
    "DYAD_COLUMNS",
    "RECORD_COLUMNS",
    "event_id",
    "to_records",
]

#: The columns that start every row when an article id or publication date is given.
ARTICLE_COLUMNS: tuple[str, ...] = ("article_id", "published")

#: The columns of :func:`to_records`, in order (after :data:`ARTICLE_COLUMNS` when given).
RECORD_COLUMNS: tuple[str, ...] = (
    "event",
    "kind",
    "status",
    "countries",
    "host",
    "location_country",
    "location_place",
    "date_start",
    "date_end",
    "date_granularity",
    "date_timex",
    "date_mod",
    "date_text",
    "level",
    "topics",
    "first_since",
    "first_since_mod",
    "channel",
    "cameo",
    "plover",
    "plover_mode",
    "participants",
    "evidence_text",
    "evidence_start",
    "evidence_end",
    "evidence_trigger",
)

#: The columns of :func:`to_records` with ``dyads=True``, in order.
DYAD_COLUMNS: tuple[str, ...] = ("event", "source", "target", *RECORD_COLUMNS[1:])


def check_events(events: Iterable[Event]) -> list[Event]:
    if isinstance(events, Event):
        raise TypeError("'events' must be an iterable of events; wrap a single event in a list")
    if isinstance(events, str | bytes) or not isinstance(events, Iterable):
        raise TypeError(f"'events' must be an iterable of events, not {type(events).__name__}")
    items = list(events)
    for i, event in enumerate(items):
        if not isinstance(event, Event):
            raise TypeError(f"'events[{i}]' must be a bilateral.Event, not {type(event).__name__}")
    return items


def _code(country: Country | None) -> str | None:
    return None if country is None else country.alpha_3


def enum_value(member: Any) -> str | None:
    return None if member is None else str(member.value)


def _participant(actor: Actor) -> str:
    label = actor.name or actor.title or _code(actor.country) or ""
    if actor.country is not None and label != actor.country.alpha_3:
        return f"{label} ({actor.country.alpha_3})"
    return label


def flat_row(event: Event) -> dict[str, Any]:
    meeting = event if isinstance(event, Meeting) else None
    date, codes = event.date, event.codes
    location = None if meeting is None else meeting.location
    since = None if meeting is None else meeting.first_since
    first = event.evidence[0] if event.evidence else None
    return {
        "kind": event.kind.value,
        "status": event.status.value,
        "countries": ";".join(c.alpha_3 for c in event.countries),
        "host": None if meeting is None else _code(meeting.host),
        "location_country": None if location is None else _code(location.country),
        "location_place": None if location is None else location.place,
        "date_start": None if date is None else date.start.isoformat(),
        "date_end": None if date is None else date.end.isoformat(),
        "date_granularity": None if date is None else date.granularity.value,
        "date_timex": None if date is None else date.timex,
        "date_mod": None if date is None else enum_value(date.mod),
        "date_text": None if date is None else date.text,
        "level": None if meeting is None else enum_value(meeting.level),
        "topics": None if meeting is None or not meeting.topics else ";".join(meeting.topics),
        "first_since": None if since is None else since.timex,
        "first_since_mod": None if since is None else enum_value(since.mod),
        "channel": None if meeting is None else enum_value(meeting.channel),
        "cameo": None if codes is None else codes.cameo,
        "plover": None if codes is None else codes.plover.value,
        "plover_mode": None if codes is None else enum_value(codes.plover_mode),
        "participants": "; ".join(_participant(p) for p in event.participants) or None,
        "evidence_text": None if first is None else first.text,
        "evidence_start": None if first is None else first.start,
        "evidence_end": None if first is None else first.end,
        "evidence_trigger": None if first is None else first.trigger,
    }


def _article_id(value: Any) -> str | int | None:
    if value is None or (isinstance(value, str | int) and not isinstance(value, bool)):
        return value
    raise TypeError(f"'article_id' must be a str, an int or None, not {type(value).__name__}")


def record_event_id(row: dict[str, Any], event: Event, article: list[Any]) -> str:
    spans = [[e.start, e.end] for e in event.evidence]
    values = [row[c] for c in RECORD_COLUMNS[1:]]
    payload = json.dumps([*article, values, spans], ensure_ascii=False, separators=(",", ":"))
    return "ev-" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def event_id(event: Event, *, article_id: str | int | None = None, published: Any = None) -> str:
    """The stable id of an event: the ``event`` column of :func:`to_records`.

    ``"ev-"`` and the first 16 hex digits of the SHA-256 of a compact JSON array (UTF-8,
    ``ensure_ascii=False``, separators ``","`` and ``":"``): the article id, the ISO
    publication date (each ``null`` when not given; when neither is given, both are left
    out), the event's other ``RECORD_COLUMNS`` values in order, and the ``[start, end]``
    of every evidence span. It depends on nothing else: not on the event's position in a
    list, the run, the machine or the library's version, so the same event of the same
    article has the same id in every export; equal events of different articles differ once
    their article ids are given.

    >>> import bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
    >>> bilateral.event_id(call) == bilateral.to_records([call])[0]["event"]
    True
    >>> bilateral.event_id(call, article_id="a1") != bilateral.event_id(call, article_id="a2")
    True
    """
    if not isinstance(event, Event):
        raise TypeError(f"'event' must be a bilateral.Event, not {type(event).__name__}")
    return record_event_id(flat_row(event), event, article_part(article_id, published))


def article_part(article_id: Any, published: Any) -> list[Any]:
    """The article's part of the rows: ``[id, ISO date]``, or ``[]`` when neither is given."""
    ident = _article_id(article_id)
    if ident is None and published is None:
        return []
    day = None if published is None else check_published(published).isoformat()
    return [ident, day]


def to_records(
    events: Iterable[Event],
    *,
    dyads: bool = False,
    article_id: str | int | None = None,
    published: Any = None,
) -> list[dict[str, Any]]:
    """Flat rows of plain values (``str``, ``int`` or ``None``), one per event.

    Lists are joined with ``;`` (``countries`` is ``"KOR;USA"``), dates are ISO strings,
    participants read ``"Name (ISO)"``, and the ``evidence_*`` columns give the first
    evidence span. The first column, ``event``, is the event's stable id
    (:func:`event_id`). The rows load straight into ``pandas.DataFrame`` or the ``csv``
    module; :func:`bilateral.to_dataframe` and :func:`bilateral.to_arrow` give them types.

    Given ``article_id`` (a ``str`` or ``int``) or ``published`` (a date, datetime or
    ISO-8601 string, as for :func:`bilateral.extract`), every row starts with the columns
    ``article_id`` and ``published`` (an ISO date), so that rows of many articles can be
    stacked in one table; the article also enters the event ids.

    With ``dyads=True`` there is one row per *directed* dyad instead, as GDELT and ICEWS
    users expect: ``event`` (the event's id), ``source`` and ``target`` come first, and
    ``cameo`` is the code from the source's side — a held visit is ``042`` from the
    visitor and ``043`` from the host.

    >>> import bilateral
    >>> visit = bilateral.Meeting(kind="visit", status="occurred", countries=["KOR", "JPN"],
    ...                           host="KOR", codes=bilateral.Codes(cameo="042",
    ...                           plover="CONSULT", plover_mode="visit"))
    >>> [row] = bilateral.to_records([visit], article_id="a7", published="2025-03-04")
    >>> row["article_id"], row["published"], row["countries"], row["host"], row["cameo"]
    ('a7', '2025-03-04', 'JPN;KOR', 'KOR', '042')
    >>> [(r["source"], r["target"], r["cameo"]) for r in bilateral.to_records([visit], dyads=True)]
    [('JPN', 'KOR', '042'), ('KOR', 'JPN', '043')]
    """
    if not isinstance(dyads, bool):
        raise TypeError(f"'dyads' must be a bool, not {type(dyads).__name__}")
    article = article_part(article_id, published)
    items = check_events(events)
    head = dict(zip(ARTICLE_COLUMNS, article, strict=True)) if article else {}
    rows: list[dict[str, Any]] = []
    for event in items:
        base = flat_row(event)
        ident = record_event_id(base, event, article)
        if not dyads:
            rows.append({**head, "event": ident, **base})
            continue
        for source, target in itertools.permutations(event.countries, 2):
            row = {**head, "event": ident, "source": source.alpha_3, "target": target.alpha_3}
            row.update(base)
            row["cameo"] = side_code(event, source, target)
            rows.append(row)
    return rows
