"""The CAMEO and PLOVER codes of an event from its kind, status, parties and place."""

from __future__ import annotations

from bilateral._model import (
    Codes,
    Country,
    Location,
)
from bilateral._vocab import (
    EventKind,
    PloverMode,
    PloverType,
    Status,
)


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
    if location is not None and location.country is not None and location.country not in countries:
        return Codes(cameo="044", plover=PloverType.CONSULT, plover_mode=PloverMode.THIRD_PARTY)
    return Codes(cameo="040", plover=PloverType.CONSULT)
