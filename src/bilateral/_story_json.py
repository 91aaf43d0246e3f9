"""The JSON form of a :class:`~bilateral.Story` (``bilateral/1``) and stories as JSON Lines.

A story is ``{"story", "event", "timeline", "conflicts"}``: its id, the merged event (an
event in the ``bilateral/1`` form, without evidence), one entry per report
(``{"published", "article", "status", "date", "event"}``, the article's own event with its
evidence) and the conflicts (``{"field", "articles", "note"}``). Each line that
:func:`write_stories` writes opens with ``schema`` and ``bilateral_version``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from bilateral._errors import ValidationError
from bilateral._json import check_schema, envelope, loads, structure, to_dict, unstructure
from bilateral._model import DateSpan, Event
from bilateral._story import Conflict, Sighting, Story
from bilateral._tables import read_json

__all__ = ["read_stories", "story_from_dict", "story_schema", "story_to_dict", "write_stories"]

_STORY_KEYS = ("story", "event", "timeline", "conflicts")
_ENTRY_KEYS = ("published", "article", "status", "date", "event")
_CONFLICT_KEYS = ("field", "articles", "note")


def _entry(sighting: Sighting) -> dict[str, Any]:
    date = None if sighting.date is None else unstructure(sighting.date)
    return {
        "published": sighting.published.isoformat(),
        "article": sighting.article,
        "status": sighting.status.value,
        "date": date,
        "event": to_dict(sighting.event),
    }


def story_to_dict(story: Story) -> dict[str, Any]:
    """The JSON-ready dict of a story.

    >>> import bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
    >>> [story] = bilateral.link([{"id": "a1", "published": "2025-03-05", "events": [call]}])
    >>> d = bilateral.story_to_dict(story)
    >>> list(d), d["timeline"][0]["status"]
    (['story', 'event', 'timeline', 'conflicts'], 'occurred')
    """
    if not isinstance(story, Story):
        raise TypeError(f"'story' must be a bilateral.Story, not {type(story).__name__}")
    return {
        "story": story.id,
        "event": to_dict(story.event),
        "timeline": [_entry(s) for s in story.timeline],
        "conflicts": [
            {"field": c.field, "articles": list(c.articles), "note": c.note}
            for c in story.conflicts
        ],
    }


def _keys(data: Any, allowed: tuple[str, ...], path: str) -> list[str]:
    if not isinstance(data, dict):
        return [f"expected an object, not {type(data).__name__} @ {path}"]
    errors = [
        f"extra fields found ({k}) @ {path}" for k in sorted(map(str, set(data) - set(allowed)))
    ]
    return errors + [f"required field missing @ {path}.{k}" for k in allowed if k not in data]


def _sighting(data: Any, path: str) -> Sighting:
    errors = _keys(data, _ENTRY_KEYS, path)
    if errors:
        raise ValidationError(errors, what="story")
    event = structure(data["event"], Event, "story", f"{path}.event")
    date = (
        None if data["date"] is None else structure(data["date"], DateSpan, "story", f"{path}.date")
    )
    if data["status"] != event.status.value or date != event.date:
        raise ValidationError([f"'status' and 'date' must be the event's @ {path}"], what="story")
    return Sighting(published=data["published"], article=data["article"], event=event)


def _conflict(data: Any, path: str) -> Conflict:
    errors = _keys(data, _CONFLICT_KEYS, path)
    if not errors and not isinstance(data["articles"], list):
        errors.append(f"'articles' must be an array @ {path}.articles")
    if errors:
        raise ValidationError(errors, what="story")
    return Conflict(field=data["field"], articles=data["articles"], note=data["note"])


def _build(data: dict[str, Any]) -> Story:
    for key in ("timeline", "conflicts"):
        if not isinstance(data[key], list):
            raise ValidationError([f"'{key}' must be an array @ $.{key}"], what="story")
    return Story(
        id=data["story"],
        event=structure(data["event"], Event, "story", "$.event"),
        timeline=[_sighting(e, f"$.timeline[{i}]") for i, e in enumerate(data["timeline"])],
        conflicts=[_conflict(c, f"$.conflicts[{i}]") for i, c in enumerate(data["conflicts"])],
    )


def story_from_dict(data: dict[str, Any]) -> Story:
    """The story a dict of :func:`story_to_dict`'s form describes; a line of
    :func:`write_stories` (with its ``schema`` and ``bilateral_version``) is accepted too.

    Raises :class:`~bilateral.ValidationError` naming the bad field by path.

    >>> import bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
    >>> [story] = bilateral.link([{"id": "a1", "published": "2025-03-05", "events": [call]}])
    >>> bilateral.story_from_dict(bilateral.story_to_dict(story)) == story
    True
    """
    if isinstance(data, dict):
        data = {k: v for k, v in data.items() if k not in ("schema", "bilateral_version")}
    errors = _keys(data, _STORY_KEYS, "$")
    if errors:
        raise ValidationError(errors, what="story")
    try:
        return _build(data)
    except (TypeError, ValueError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise ValidationError([f"{exc} @ $"], what="story") from None


def write_stories(stories: Iterable[Story], target: str | os.PathLike[str] | IO[str]) -> int:
    """Write stories as JSON Lines to a path or an open text file; returns how many.

    >>> import io, bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
    >>> stories = bilateral.link([{"id": "a1", "published": "2025-03-05", "events": [call]}])
    >>> buffer = io.StringIO()
    >>> bilateral.write_stories(stories, buffer)
    1
    >>> list(bilateral.read_stories(io.StringIO(buffer.getvalue()))) == stories
    True
    """
    if isinstance(stories, Story):
        raise TypeError("'stories' must be an iterable of stories; wrap a single story in a list")
    if isinstance(target, str | os.PathLike):
        with Path(target).open("w", encoding="utf-8") as out:
            return write_stories(stories, out)
    count = 0
    for story in stories:
        line = {**envelope(), **story_to_dict(story)}
        target.write(json.dumps(line, ensure_ascii=False) + "\n")
        count += 1
    return count


def _lines(source: IO[Any], name: str) -> Iterator[Story]:
    for lineno, line in enumerate(source, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            data = loads(line)
            if isinstance(data, dict):
                check_schema(data)
            yield story_from_dict(data)
        except ValidationError as exc:
            raise ValidationError([f"{where}: {e}" for e in exc.errors], what="story") from None
        except ValueError as exc:
            raise ValidationError([f"{where}: {exc} @ $"], what="story") from None


def read_stories(source: str | os.PathLike[str] | IO[str] | IO[bytes]) -> Iterator[Story]:
    """The stories of a JSON Lines file (``bilateral link``'s output), read lazily.

    A bad line raises :class:`~bilateral.ValidationError` naming the file and the line;
    see :func:`write_stories` for an example.
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        with path.open("rb") as handle:
            yield from _lines(handle, str(path))
    else:
        yield from _lines(source, getattr(source, "name", "<stream>"))


def story_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one story; the event schema is embedded.

    >>> import bilateral
    >>> bilateral.story_schema()["$id"]
    'https://bilateral.readthedocs.io/schema/bilateral-1-story.json'
    """
    schema = json.loads(json.dumps(read_json("story_schema.json")))
    schema["$defs"]["event"] = json.loads(json.dumps(read_json("schema.json")))
    return dict(schema)
