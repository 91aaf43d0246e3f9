"""The ``bilateral/1`` JSON form: the one private cattrs converter and the JSON Schema."""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import reprlib
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

__all__ = [
    "MAX_DEPTH",
    "from_dict",
    "from_json",
    "json_schema",
    "loads",
    "to_dict",
    "to_json",
    "unstructure",
]

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
_ENUMS: tuple[type[Any], ...] = (ActorKind, Channel, DateMod, EventKind, Granularity, Level)
_ENUMS += (PloverMode, PloverType, Status)
#: Values quoted in error messages are cut to this much (the input may be huge or deep).
#: The longest message of one bad field (a value quoted in it may be huge).
_LONGEST = 200
_REPR = reprlib.Repr()  # keyword arguments need Python 3.12
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother, _REPR.maxlist, _REPR.maxdict = 2, 60, 60, 4, 4


def _structure_country(value: Any, _: Any) -> Country:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 3166 alpha-3 string, not {_short(value)}")
    return Country(value)


def _structure_date(value: Any, _: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, not {_short(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected an ISO date 'YYYY-MM-DD', not {_short(value)}") from None


#: The deepest nesting of arrays and objects that JSON input may have; an event in a JSONL
#: line of ``bilateral extract`` needs five levels.
MAX_DEPTH = 32
#: The most digits a number in JSON input may have.
MAX_DIGITS = 40

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def _depth_at_most(text: str, limit: int) -> bool:
    depth = 0
    for bracket in _BRACKET.finditer(_STRING.sub("", text)):
        depth += 1 if bracket.group() in "[{" else -1
        if depth > limit:
            return False
    return True


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) < len(pairs):
        seen: set[str] = set()
        repeated = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise ValueError(f"repeated key {_short(repeated)} in an object")
    return obj


def _number(kind: type[int] | type[float]) -> Any:
    def parse(digits: str) -> int | float:
        if len(digits) > MAX_DIGITS:
            raise ValueError(
                f"a number of {len(digits)} characters is too long ({MAX_DIGITS} at most)"
            )
        value = kind(digits)
        if not math.isfinite(value):
            raise ValueError(f"a number out of range: {digits}")
        return value

    return parse


def _constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def loads(text: str | bytes) -> Any:
    """Strictly parsed JSON; ``ValueError`` with a message for any input that is not.

    Beyond ``json.loads``: UTF-8 only, no ``NaN`` or ``Infinity``, numbers of at most
    :data:`MAX_DIGITS` characters that fit a float, no key repeated in an object, and
    nesting of at most :data:`MAX_DEPTH` levels.

    >>> loads('{"a": [1, 2.5]}')
    {'a': [1, 2.5]}
    >>> loads("[" * 100 + "]" * 100)
    Traceback (most recent call last):
    ValueError: nested deeper than 32 levels
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    text = text.removeprefix("\ufeff")
    deep = text.count("[") + text.count("{") > MAX_DEPTH  # fewer brackets: nothing to scan
    if deep and not _depth_at_most(text, MAX_DEPTH):
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(
            text,
            object_pairs_hook=_object,
            parse_int=_number(int),
            parse_float=_number(float),
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:  # pragma: no cover - the depth check comes first
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels") from None


def _short(value: Any) -> str:
    """A bounded repr for messages: long strings and deep nesting are cut, never expanded."""
    return _REPR.repr(value)


def _check_keys(data: Any, allowed: Sequence[str], required: Sequence[str], what: str) -> None:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object for {what}, not {_short(data)}")
    extra = sorted(str(k) for k in data if k not in allowed)
    if extra:
        raise ForbiddenExtraKeysError(f"extra keys {extra} in {what}", dict, set(extra))
    missing = [k for k in required if k not in data]
    if missing:
        raise ValueError(f"required field(s) missing in {what}: {', '.join(missing)}")


def _unstructure_span(span: DateSpan) -> dict[str, Any]:
    return {
        "start": span.start.isoformat(),
        "end": span.end.isoformat(),
        "granularity": span.granularity.value,
        "timex": span.timex,
        "text": span.text,
        "mod": None if span.mod is None else span.mod.value,
    }


def _unstructure_duration(d: Duration) -> dict[str, Any]:
    return {"duration": d.value, "mod": None if d.mod is None else d.mod.value, "text": d.text}


def _structure_duration(data: Any, _: Any) -> Duration:
    _check_keys(data, ("duration", "mod", "text"), ("duration",), "a duration")
    return Duration(value=data["duration"], mod=data.get("mod"), text=data.get("text"))


def _register_dates(conv: cattrs.Converter) -> None:
    """Dates, date spans (whose ``timex`` must match), durations and ``first_since``."""
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, _structure_date)
    span_fields = ("start", "end", "granularity", "timex", "text", "mod")
    span_from = cattrs.gen.make_dict_structure_fn(DateSpan, conv, _cattrs_forbid_extra_keys=True)

    def structure_span(data: Any, _: Any) -> DateSpan:
        _check_keys(data, span_fields, ("start", "end", "granularity"), "a date span")
        fields = {k: v for k, v in data.items() if k != "timex"}
        span = span_from(fields, DateSpan)
        timex = data.get("timex")
        if timex is not None and timex != span.timex:
            raise ValueError(
                f"'timex' {_short(timex)} does not match the span, which is {span.timex!r}"
            )
        return span

    def structure_since(data: Any, _: Any) -> DateSpan | Duration | None:
        if data is None:
            return None
        if isinstance(data, dict) and "duration" in data:
            return _structure_duration(data, Duration)
        return structure_span(data, DateSpan)

    conv.register_unstructure_hook(DateSpan, _unstructure_span)
    conv.register_structure_hook(DateSpan, structure_span)
    conv.register_unstructure_hook(Duration, _unstructure_duration)
    conv.register_structure_hook(Duration, _structure_duration)
    since_types = {DateSpan | Duration | None, Union[DateSpan, Duration, None]}  # noqa: UP007
    conv.register_structure_hook_func(lambda t: t in since_types, structure_since)


def _register_events(conv: cattrs.Converter) -> None:
    """Events: the class follows ``kind``; keys in the order of the format reference."""
    meeting_to = cattrs.gen.make_dict_unstructure_fn(Meeting, conv)
    meeting_from = cattrs.gen.make_dict_structure_fn(Meeting, conv, _cattrs_forbid_extra_keys=True)

    def unstructure_event(event: Event) -> dict[str, Any]:
        data = meeting_to(event)  # type: ignore[arg-type]  # Meeting's fields ⊇ Event's
        return {k: data[k] for k in _EVENT_KEYS if k in data}

    def structure_event(data: Any, _: Any) -> Event:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for an event, not {_short(data)}")
        kind = data.get("kind")
        if kind is None:
            raise KeyError("kind")
        if not isinstance(kind, str) or kind not in _CLASS_OF_KIND:
            known = ", ".join(_CLASS_OF_KIND)
            raise ValueError(f"'kind' must be one of {known}, not {_short(kind)}")
        return cast(Event, meeting_from(data, Meeting))

    conv.register_unstructure_hook(Meeting, unstructure_event)
    conv.register_unstructure_hook(Event, unstructure_event)
    conv.register_structure_hook(Meeting, structure_event)
    conv.register_structure_hook(Event, structure_event)


def _build_converter() -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(Country, lambda c: c.alpha_3)
    conv.register_structure_hook(Country, _structure_country)
    _register_dates(conv)
    for enum in _ENUMS:
        conv.register_unstructure_hook(enum, lambda v: v.value)

    def structure_countries(data: Any, _: Any) -> tuple[Country, ...]:
        if not isinstance(data, list | tuple):
            raise TypeError(f"expected an array of alpha-3 codes, not {_short(data)}")
        return tuple(conv.structure(data, list[Country]))

    conv.register_structure_hook_func(lambda t: t == tuple[Country, ...], structure_countries)
    for cls in (Actor, Location, Evidence, Codes):
        _register_wrapped(conv, cls)
    _register_events(conv)
    return conv


def _register_wrapped(conv: cattrs.Converter, cls: type[Any]) -> None:
    """Structure ``cls`` with cattrs's generated function, rejecting a non-object clearly."""
    inner = cattrs.gen.make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
    name = cls.__name__.lower()

    def structure(data: Any, _: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {name}, not {_short(data)}")
        return inner(data, cls)

    conv.register_structure_hook(cls, structure)


@functools.cache
def _converter() -> cattrs.Converter:
    return _build_converter()


def _message(exc: BaseException, type_: Any) -> str:
    message = _full_message(exc, type_)
    return message if len(message) <= _LONGEST else f"{message[: _LONGEST - 1]}…"


def _full_message(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, ValueError | TypeError) and str(exc):
        return str(exc)
    return cattrs.v.format_exception(exc, type_)


def structure(data: Any, type_: Any, what: str, root: str = "$") -> Any:
    try:
        return _converter().structure(data, type_)
    except (ClassValidationError, IterableValidationError) as exc:
        errors = cattrs.transform_error(exc, path=root, format_exception=_message)
        raise ValidationError(errors, what=what) from None
    except (KeyError, ValueError, TypeError, ForbiddenExtraKeysError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError([f"{_message(exc, type_)} @ $"], what=what) from None
    except RecursionError:
        raise ValidationError(["nested deeper than Python can follow @ $"], what=what) from None


def unstructure(value: Any) -> Any:
    """The JSON-ready form of any model value (a date span, an event)."""
    return _converter().unstructure(value)


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
    return cast(Event, structure(data, Event, "event"))


def envelope() -> dict[str, str]:
    """The keys that open every JSON document and JSONL line the library writes."""
    from bilateral import __version__

    return {"schema": FORMAT, "bilateral_version": __version__}


def check_schema(data: dict[str, Any]) -> None:
    """A ``ValueError`` unless ``data`` names no schema or this library's ``bilateral/1``."""
    schema = data.get("schema", FORMAT)
    if schema != FORMAT:
        raise ValueError(f"'schema' must be {FORMAT!r}, not {_short(schema)}")


def to_json(events: Iterable[Event], *, indent: int | None = None) -> str:
    """A JSON document of events: ``{"schema", "bilateral_version", "events": [...]}``.

    ``schema`` is ``"bilateral/1"``, the form of the events; ``bilateral_version`` is the
    version of the library that wrote them.

    >>> import bilateral
    >>> m = bilateral.Meeting(kind="talks", status="planned", countries=["CHN", "KOR"])
    >>> import json
    >>> document = json.loads(bilateral.to_json([m]))
    >>> list(document), document["schema"], document["events"][0]["kind"]
    (['schema', 'bilateral_version', 'events'], 'bilateral/1', 'talks')
    """
    if isinstance(events, Event):
        raise TypeError("'events' must be an iterable of events; wrap a single event in a list")
    document = {**envelope(), "events": [to_dict(e) for e in events]}
    return json.dumps(document, ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> list[Event]:
    """The events of a JSON document written by :func:`to_json`, an array, or one event.

    Any input that is not such JSON raises :class:`~bilateral.ValidationError`, never
    another exception: invalid UTF-8, bad syntax, ``NaN`` or ``Infinity``, numbers out of
    range, a key repeated in one object, nesting deeper than 32 levels (``MAX_DEPTH``).

    >>> import bilateral
    >>> m = bilateral.Meeting(kind="talks", status="planned", countries=["CHN", "KOR"])
    >>> bilateral.from_json(bilateral.to_json([m])) == [m]
    True
    >>> bilateral.from_json('{"kind": "call", "kind": "visit"}')
    Traceback (most recent call last):
    bilateral._errors.ValidationError: invalid events (1 error(s)):
      - repeated key 'kind' in an object @ $
    """
    if not isinstance(text, str | bytes):
        raise TypeError(f"'text' must be str or bytes, not {type(text).__name__}")
    root = "$"
    try:
        data = loads(text)
        if isinstance(data, dict) and ("events" in data or "schema" in data):
            check_schema(data)
            data, root = data.get("events"), "$.events"
    except ValueError as exc:
        raise ValidationError([f"{exc} @ $"], what="events") from None
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        name = type(data).__name__
        raise ValidationError([f"expected an array of events, not {name} @ {root}"], what="events")
    return cast(list[Event], structure(data, list[Event], "events", root))


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one event in the ``bilateral/1`` form.

    Each call returns a fresh copy, safe to change.

    >>> import bilateral
    >>> bilateral.json_schema()["$id"]
    'https://bilateral.readthedocs.io/schema/bilateral-1.json'
    """
    return cast(dict[str, Any], json.loads(json.dumps(read_json("schema.json"))))
