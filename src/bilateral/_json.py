"""The ``bilateral/1`` JSON form: the one private cattrs converter and the JSON Schema."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Sequence
from typing import Any, Union, cast

import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.preconf.json import make_converter

from bilateral._errors import ValidationError
from bilateral._model import (
    Actor,
    Codes,
    Country,
    DateSpan,
    Duration,
    Event,
    Evidence,
    Location,
    Meeting,
)
from bilateral._tables import read_json
from bilateral._vocab import (
    ActorKind,
    Channel,
    DateMod,
    EventKind,
    Granularity,
    Level,
    PloverMode,
    PloverType,
    Status,
)

__all__ = ["from_dict", "from_json", "json_schema", "to_dict", "to_json"]

#: The format name and version written by this library.
FORMAT = "bilateral/1"

#: The order of the keys of an event, as in the format reference.
_EVENT_KEYS = (
    "kind",
    "status",
    "countries",
    "host",
    "location",
    "participants",
    "date",
    "level",
    "topics",
    "first_since",
    "channel",
    "codes",
    "evidence",
)

#: Which class each event kind structures to; new families add their kinds here.
_CLASS_OF_KIND: dict[str, type[Event]] = {kind.value: Meeting for kind in EventKind}


def _structure_country(value: Any, _: Any) -> Country:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 3166 alpha-3 string, not {value!r}")
    return Country(value)


def _structure_date(value: Any, _: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, not {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected an ISO date 'YYYY-MM-DD', not {value!r}") from None


def _check_keys(data: Any, allowed: Sequence[str], required: Sequence[str], what: str) -> None:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object for {what}, not {data!r}")
    extra = sorted(set(data) - set(allowed))
    if extra:
        raise ForbiddenExtraKeysError(f"extra keys {extra} in {what}", dict, set(extra))
    missing = [k for k in required if k not in data]
    if missing:
        raise ValueError(f"required field(s) missing in {what}: {', '.join(missing)}")


def _build_converter() -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(Country, lambda c: c.alpha_3)
    conv.register_structure_hook(Country, _structure_country)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, _structure_date)

    span_fields = ("start", "end", "granularity", "timex", "text", "mod")
    span_from = cattrs.gen.make_dict_structure_fn(DateSpan, conv, _cattrs_forbid_extra_keys=True)

    def unstructure_span(span: DateSpan) -> dict[str, Any]:
        return {
            "start": span.start.isoformat(),
            "end": span.end.isoformat(),
            "granularity": span.granularity.value,
            "timex": span.timex,
            "text": span.text,
            "mod": None if span.mod is None else span.mod.value,
        }

    def structure_span(data: Any, _: Any) -> DateSpan:
        _check_keys(data, span_fields, ("start", "end", "granularity"), "a date span")
        fields = {k: v for k, v in data.items() if k != "timex"}
        span = span_from(fields, DateSpan)
        timex = data.get("timex")
        if timex is not None and timex != span.timex:
            raise ValueError(f"'timex' {timex!r} does not match the span, which is {span.timex!r}")
        return span

    conv.register_unstructure_hook(DateSpan, unstructure_span)
    conv.register_structure_hook(DateSpan, structure_span)

    def unstructure_duration(d: Duration) -> dict[str, Any]:
        return {"duration": d.value, "mod": None if d.mod is None else d.mod.value, "text": d.text}

    def structure_duration(data: Any, _: Any) -> Duration:
        _check_keys(data, ("duration", "mod", "text"), ("duration",), "a duration")
        return Duration(value=data["duration"], mod=data.get("mod"), text=data.get("text"))

    conv.register_unstructure_hook(Duration, unstructure_duration)
    conv.register_structure_hook(Duration, structure_duration)

    def structure_since(data: Any, _: Any) -> DateSpan | Duration | None:
        if data is None:
            return None
        if isinstance(data, dict) and "duration" in data:
            return structure_duration(data, Duration)
        return structure_span(data, DateSpan)

    since_types = {DateSpan | Duration | None, Union[DateSpan, Duration, None]}  # noqa: UP007
    conv.register_structure_hook_func(lambda t: t in since_types, structure_since)
    for enum in (
        ActorKind,
        Channel,
        DateMod,
        EventKind,
        Granularity,
        Level,
        PloverMode,
        PloverType,
        Status,
    ):
        conv.register_unstructure_hook(enum, lambda v: v.value)

    def structure_countries(data: Any, _: Any) -> tuple[Country, ...]:
        if not isinstance(data, list | tuple):
            raise TypeError(f"expected an array of alpha-3 codes, not {data!r}")
        return tuple(conv.structure(data, list[Country]))

    conv.register_structure_hook_func(lambda t: t == tuple[Country, ...], structure_countries)

    for cls in (Actor, Location, Evidence, Codes):
        _register_wrapped(conv, cls)

    meeting_to = cattrs.gen.make_dict_unstructure_fn(Meeting, conv)
    meeting_from = cattrs.gen.make_dict_structure_fn(Meeting, conv, _cattrs_forbid_extra_keys=True)

    def unstructure_event(event: Event) -> dict[str, Any]:
        data = meeting_to(event)  # type: ignore[arg-type]  # Meeting's fields ⊇ Event's
        return {k: data[k] for k in _EVENT_KEYS if k in data}

    def structure_event(data: Any, _: Any) -> Event:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for an event, not {data!r}")
        kind = data.get("kind")
        if kind is None:
            raise KeyError("kind")
        if kind not in _CLASS_OF_KIND:
            known = ", ".join(_CLASS_OF_KIND)
            raise ValueError(f"'kind' must be one of {known}, not {kind!r}")
        return cast(Event, meeting_from(data, Meeting))

    conv.register_unstructure_hook(Meeting, unstructure_event)
    conv.register_unstructure_hook(Event, unstructure_event)
    conv.register_structure_hook(Meeting, structure_event)
    conv.register_structure_hook(Event, structure_event)
    return conv


def _register_wrapped(conv: cattrs.Converter, cls: type[Any]) -> None:
    """Structure ``cls`` with cattrs's generated function, rejecting a non-object clearly."""
    inner = cattrs.gen.make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
    name = cls.__name__.lower()

    def structure(data: Any, _: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {name}, not {data!r}")
        return inner(data, cls)

    conv.register_structure_hook(cls, structure)


@functools.cache
def _converter() -> cattrs.Converter:
    return _build_converter()


def _message(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, ValueError | TypeError) and str(exc):
        return str(exc)
    return cattrs.v.format_exception(exc, type_)


def _structure(data: Any, type_: Any, what: str) -> Any:
    try:
        return _converter().structure(data, type_)
    except (ClassValidationError, IterableValidationError) as exc:
        errors = cattrs.transform_error(exc, path="$", format_exception=_message)
        raise ValidationError(errors, what=what) from None
    except (KeyError, ValueError, TypeError, ForbiddenExtraKeysError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError([f"{_message(exc, type_)} @ $"], what=what) from None


def to_dict(event: Event) -> dict[str, Any]:
    """The JSON-ready dict of an event in the ``bilateral/1`` form.

    >>> import bilateral
    >>> m = bilateral.Meeting(kind="call", status="occurred", countries=["FRA", "DEU"])
    >>> d = bilateral.to_dict(m)
    >>> d["kind"], d["countries"]
    ('call', ['DEU', 'FRA'])
    """
    if not isinstance(event, Event):
        raise TypeError(f"'event' must be a bilateral.Event, not {type(event).__name__}")
    return cast(dict[str, Any], _converter().unstructure(event, Event))


def from_dict(data: dict[str, Any]) -> Event:
    """The event a ``bilateral/1`` dict describes; the class follows its ``kind``.

    Raises :class:`~bilateral.ValidationError` listing every bad field by path.

    >>> import bilateral
    >>> e = bilateral.from_dict({"kind": "visit", "status": "planned",
    ...                          "countries": ["RUS", "PRK"], "host": "PRK"})
    >>> type(e).__name__, e.host.alpha_3
    ('Meeting', 'PRK')
    """
    return cast(Event, _structure(data, Event, "event"))


def to_json(events: Iterable[Event], *, indent: int | None = None) -> str:
    """A JSON array of events.

    >>> import bilateral
    >>> m = bilateral.Meeting(kind="talks", status="planned", countries=["CHN", "KOR"])
    >>> bilateral.to_json([m])[:40]
    '[{"kind": "talks", "status": "planned", '
    """
    if isinstance(events, Event):
        raise TypeError("'events' must be an iterable of events; wrap a single event in a list")
    return json.dumps([to_dict(e) for e in events], ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> list[Event]:
    """The events of a JSON array written by :func:`to_json` (or one JSON object).

    >>> import bilateral
    >>> m = bilateral.Meeting(kind="talks", status="planned", countries=["CHN", "KOR"])
    >>> bilateral.from_json(bilateral.to_json([m])) == [m]
    True
    """
    if not isinstance(text, str | bytes):
        raise TypeError(f"'text' must be str or bytes, not {type(text).__name__}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            [f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno} @ $"]
        ) from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ValidationError([f"expected an array of events, not {type(data).__name__} @ $"])
    return cast(list[Event], _structure(data, list[Event], "events"))


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one event in the ``bilateral/1`` form.

    Each call returns a fresh copy, safe to change.

    >>> import bilateral
    >>> bilateral.json_schema()["$id"]
    'https://bilateral.readthedocs.io/schema/bilateral-1.json'
    """
    return cast(dict[str, Any], json.loads(json.dumps(read_json("schema.json"))))
