"""CAMEO and PLOVER: the codes of an event, the code from each side of a dyad, and the PLOVER
record of an event. The list of CAMEO codes itself is a vocabulary (``bilateral._vocab``)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from bilateral._json import to_dict
from bilateral._model import Actor, Codes, Country, Event, Location, Meeting
from bilateral._vocab import EventKind, PloverMode, PloverType, Status

__all__ = ["VISIT_CODES", "event_codes", "side_code", "to_plover"]

#: CAMEO codes of a visit, which depend on the side: the visitor makes it, the host hosts it.
VISIT_CODES = frozenset({"042", "043"})
#: PLOVER quad categories: AGREE and CONSULT are both verbal cooperation (1).
_QUAD_CODE: dict[PloverType, int] = {PloverType.AGREE: 1, PloverType.CONSULT: 1}


def event_codes(
    kind: EventKind,
    status: Status,
    countries: list[Country],
    host: Country | None,
    location: Location | None,
) -> Codes | None:
    if status is Status.CANCELLED:
        return None
    if status in (Status.PLANNED, Status.POSTPONED):
        return Codes(cameo="036", plover=PloverType.AGREE)
    if kind is EventKind.CALL:
        return Codes(cameo="041", plover=PloverType.CONSULT, plover_mode=PloverMode.PHONE)
    if kind is EventKind.NEGOTIATION:
        return Codes(cameo="046", plover=PloverType.CONSULT)
    if len(countries) > 2:
        return Codes(cameo="040", plover=PloverType.CONSULT, plover_mode=PloverMode.MULTILATERAL)
    if kind is EventKind.VISIT:
        return Codes(cameo="042", plover=PloverType.CONSULT, plover_mode=PloverMode.VISIT)
    if host is not None and host not in countries:
        # talks hosted by a third state on its soil: "Oman hosted talks between …"
        return Codes(cameo="044", plover=PloverType.CONSULT, plover_mode=PloverMode.THIRD_PARTY)
    if location is not None and location.country is not None and location.country not in countries:
        return Codes(cameo="044", plover=PloverType.CONSULT, plover_mode=PloverMode.THIRD_PARTY)
    return Codes(cameo="040", plover=PloverType.CONSULT)


def side_code(event: Event, source: Country, target: Country) -> str | None:
    """The CAMEO code of the event as ``source`` does it to ``target``."""
    if event.codes is None:
        return None
    code = event.codes.cameo
    host = event.host if isinstance(event, Meeting) else None
    if code in VISIT_CODES and host is not None and host in (source, target):
        return "043" if source == host else "042"
    return code


def _actor_objects(countries: Iterable[Country], participants: tuple[Actor, ...]) -> list[Any]:
    """PLOVER actor objects: each participant of these countries, or the bare country."""
    out: list[dict[str, Any]] = []
    for country in countries:
        people = [p for p in participants if p.country == country]
        if not people:
            out.append({"code": country.alpha_3})
        for p in people:
            obj: dict[str, Any] = {"code": country.alpha_3}
            if p.name is not None:
                obj["actor_text"] = p.name
            if p.title is not None:
                obj["office"] = p.title
            out.append(obj)
    return out


def _location(event: Meeting) -> dict[str, Any] | None:
    loc = event.location
    if loc is None:
        return None
    obj: dict[str, Any] = {}
    if loc.place is not None:
        obj["name"] = loc.place
    if loc.country is not None:
        obj["country code"] = loc.country.alpha_2
        obj["cc3"] = loc.country.alpha_3
    return obj


def _sides(event: Event, codes: Codes) -> tuple[list[Country], list[Country]]:
    """A held visit's visitors and host; every other consultation's states, all as sources."""
    host = event.host if isinstance(event, Meeting) else None
    if codes.cameo in VISIT_CODES and host is not None and host in event.countries:
        return [c for c in event.countries if c != host], [host]
    return list(event.countries), []


def to_plover(event: Event, *, id: str | None = None) -> dict[str, Any]:
    """The event as a PLOVER record (the "JSON Data Fields" of the PLOVER specification).

    ``event`` is ``["AGREE"]`` or ``["CONSULT"]`` and ``mode`` its PLOVER mode; ``date``
    and ``enddate`` bound the event's date span and are ``None`` when the text gives no
    date (PLOVER asks for a date, but ``bilateral`` never invents one). A held visit whose
    host is known has the visitors as ``source`` and the host as ``recipient``; every other
    consultation, being reciprocal, has all its states as ``source`` and no ``recipient``,
    as PLOVER prescribes. Each participant is an actor object (``code``, ``actor_text``,
    ``office``; participants the text does not place are left out). ``quad_code`` is 1,
    verbal cooperation, and ``cameo`` an extra field. ``id`` defaults to a digest of the event, the
    same on every run; pass your own to tell equal events of different articles apart.

    A cancelled event has no PLOVER category and raises ``ValueError``.

    >>> import bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"],
    ...                          codes=bilateral.Codes(cameo="041", plover="CONSULT",
    ...                                                plover_mode="phone"),
    ...                          date=bilateral.DateSpan.from_timex("2025-03-05"))
    >>> record = bilateral.to_plover(call, id="a32-1")
    >>> record["event"], record["mode"], record["source"], record["date"]
    (['CONSULT'], ['phone'], [{'code': 'MEX'}, {'code': 'USA'}], '2025-03-05')
    """
    if not isinstance(event, Event):
        raise TypeError(f"'event' must be a bilateral.Event, not {type(event).__name__}")
    if id is not None and not isinstance(id, str):
        raise TypeError(f"'id' must be a str or None, not {type(id).__name__}")
    codes = event.codes
    if codes is None:
        raise ValueError(
            f"a {event.status.value} event has no CAMEO or PLOVER code, so no PLOVER record"
        )
    if id is None:
        digest = hashlib.sha256(json.dumps(to_dict(event), sort_keys=True).encode()).hexdigest()
        id = f"bilateral-{digest[:16]}"
    date = event.date
    source, recipient = _sides(event, codes)
    record: dict[str, Any] = {
        "id": id,
        "date": None if date is None else date.start.isoformat(),
        "enddate": None if date is None else date.end.isoformat(),
        "source": _actor_objects(source, event.participants),
    }
    if recipient:
        record["recipient"] = _actor_objects(recipient, event.participants)
    record["event"] = [codes.plover.value]
    if codes.plover_mode is not None:
        record["mode"] = [codes.plover_mode.value]
    record["quad_code"] = _QUAD_CODE[codes.plover]
    location = _location(event) if isinstance(event, Meeting) else None
    if location is not None:
        record["event_loc"] = location
    if event.evidence:
        record["event_text"] = [e.text for e in event.evidence]
    record["cameo"] = codes.cameo
    return record
