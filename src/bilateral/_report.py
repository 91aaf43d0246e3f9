"""Report: the events of one article with its id; JSON Lines read and written lazily.

One :class:`Report` is one line of ``bilateral extract``'s JSON Lines output::

    {"schema": "bilateral/1", "bilateral_version": "0.1.0", "id": "a01",
     "published": "2025-08-20", "url": "https://…", "events": [...]}

``url`` is left out when it is not known.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from attrs import field, frozen

from bilateral._args import check_published
from bilateral._errors import ValidationError
from bilateral._json import check_schema, envelope, loads, structure, to_dict
from bilateral._model import Event

__all__ = ["Report", "read_jsonl", "report_line", "write_jsonl"]

_KEYS = frozenset({"schema", "bilateral_version", "id", "published", "url", "events"})


def _check_id(_: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise TypeError(f"'id' must be a str or an int, not {type(value).__name__}")


def _check_url(_: Any, attribute: Any, value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"'url' must be a str or None, not {type(value).__name__}")


def _published(value: Any) -> dt.date:
    return check_published(value, "published")


def _events(value: Any) -> tuple[Event, ...]:
    if isinstance(value, Event) or not isinstance(value, Iterable):
        raise TypeError(f"'events' must be an iterable of events, not {type(value).__name__}")
    events = tuple(value)
    for i, event in enumerate(events):
        if not isinstance(event, Event):
            raise TypeError(f"'events[{i}]' must be a bilateral.Event, not {type(event).__name__}")
    return events


@frozen
class Report:
    """The events of one article, with the article's ``id``, ``published`` date and ``url``.

    One line of ``bilateral extract``'s JSON Lines output; :func:`read_jsonl` and
    :func:`write_jsonl` read and write them. ``id`` keeps its type (a JSONL input's integer
    ids stay integers); ``published`` may be given as an ISO-8601 string.

    >>> import bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
    >>> report = bilateral.Report(id=7, published="2025-03-05", events=[call])
    >>> report.published, len(report.events), report.url
    (datetime.date(2025, 3, 5), 1, None)
    """

    id: str | int = field(validator=_check_id)
    published: dt.date = field(converter=_published)
    events: tuple[Event, ...] = field(default=(), converter=_events)
    url: str | None = field(default=None, validator=_check_url)


def _to_dict(report: Report) -> dict[str, Any]:
    data: dict[str, Any] = {**envelope(), "id": report.id}
    data["published"] = report.published.isoformat()
    if report.url is not None:
        data["url"] = report.url
    data["events"] = [to_dict(e) for e in report.events]
    return data


def report_line(report: Report) -> str:
    """One JSON Lines line (with its newline) of a report."""
    return json.dumps(_to_dict(report), ensure_ascii=False) + "\n"


def _field_errors(data: dict[str, Any]) -> list[str]:
    errors = [f"extra fields found ({k}) @ $" for k in sorted(map(str, set(data) - _KEYS))]
    errors += [f"required field missing @ $.{k}" for k in ("id", "published") if k not in data]
    ident, url = data.get("id", ""), data.get("url")
    if not isinstance(ident, str | int) or isinstance(ident, bool):
        errors.append("'id' must be a string or an integer @ $.id")
    if url is not None and not isinstance(url, str):
        errors.append("'url' must be a string @ $.url")
    try:
        check_schema(data)
        check_published(data.get("published", "2000-01-01"))
    except (TypeError, ValueError) as exc:
        errors.append(f"{exc} @ $")
    return errors


def _from_line(line: str | bytes, where: str) -> Report:
    try:
        data = loads(line)
    except ValueError as exc:
        raise ValidationError([f"{where}: {exc} @ $"], what="report") from None
    if not isinstance(data, dict):
        name = type(data).__name__
        raise ValidationError([f"{where}: expected an object, not {name} @ $"], what="report")
    errors = _field_errors(data)
    events: list[Event] = []
    try:
        events = structure(data.get("events", []), list[Event], "report", "$.events")
    except ValidationError as exc:
        errors += exc.errors
    if errors:
        raise ValidationError([f"{where}: {e}" for e in errors], what="report")
    return Report(id=data["id"], published=data["published"], events=events, url=data.get("url"))


def _lines(source: IO[Any], name: str) -> Iterator[Report]:
    for lineno, line in enumerate(source, 1):
        if line.strip():
            yield _from_line(line, f"{name}:{lineno}")


def _read_path(path: Path) -> Iterator[Report]:
    with path.open("rb") as source:
        yield from _lines(source, str(path))


def read_jsonl(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Iterator[Report]:
    """The reports of a JSON Lines file, read lazily, one line at a time.

    ``source`` is a path or an open file (text or binary), such as the output of
    ``bilateral extract``. Blank lines are skipped. A bad line raises
    :class:`~bilateral.ValidationError` naming the file and the line.

    >>> import io, bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
    >>> buffer = io.StringIO()
    >>> bilateral.write_jsonl([bilateral.Report(id="a1", published="2025-03-05",
    ...                                         events=[call])], buffer)
    1
    >>> [r.events == (call,) for r in bilateral.read_jsonl(io.StringIO(buffer.getvalue()))]
    [True]
    """
    if isinstance(source, str | os.PathLike):
        return _read_path(Path(source))
    if isinstance(source, io.IOBase) or hasattr(source, "readline"):
        return _lines(source, str(getattr(source, "name", "<file>")))
    raise TypeError(f"'source' must be a path or an open file, not {type(source).__name__}")


def write_jsonl(reports: Iterable[Report], target: str | os.PathLike[str] | IO[str]) -> int:
    """Write ``reports`` as JSON Lines, one line each as it comes; the number written.

    ``target`` is a path (created or replaced) or a text file open for writing. Each line
    names its schema (``"bilateral/1"``) and the library version, and is flushed whole, so
    an interrupted run leaves only complete lines. :func:`read_jsonl` reads them back.

    >>> import io, json, bilateral
    >>> buffer = io.StringIO()
    >>> bilateral.write_jsonl([bilateral.Report(id=1, published="2025-03-05")], buffer)
    1
    >>> line = json.loads(buffer.getvalue())
    >>> line["schema"], line["bilateral_version"] == bilateral.__version__, line["id"]
    ('bilateral/1', True, 1)
    """
    if isinstance(reports, Report) or not isinstance(reports, Iterable):
        raise TypeError(f"'reports' must be an iterable of reports, not {type(reports).__name__}")
    if isinstance(target, str | os.PathLike):
        with Path(target).open("w", encoding="utf-8") as out:
            return write_jsonl(reports, out)
    if not hasattr(target, "write"):
        raise TypeError(f"'target' must be a path or an open file, not {type(target).__name__}")
    count = 0
    for report in reports:
        if not isinstance(report, Report):
            raise TypeError(f"'reports' must hold reports, not {type(report).__name__}")
        target.write(report_line(report))
        target.flush()
        count += 1
    return count
