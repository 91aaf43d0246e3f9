"""Stories: one real-world event across articles (the output of :func:`bilateral.link`).

A :class:`Story` is the merged event, the :class:`Sighting` of it in each report (ordered by
publication date, then article id) and any :class:`Conflict` between reports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs
from attrs import field, frozen

from bilateral._args import check_published
from bilateral._model import DateSpan, Event
from bilateral._vocab import Status

__all__ = ["CONFLICT_FIELDS", "Conflict", "Sighting", "Story"]

#: The fields on which two reports of one story can disagree.
CONFLICT_FIELDS = ("date", "status", "host")


def _check_article(_: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise TypeError(f"'{attribute.name}' must be a str or an int, not {value!r}")


def _check_articles(_: Any, attribute: Any, value: tuple[Any, ...]) -> None:
    if not value:
        raise ValueError("'articles' must name at least one article")
    for i, item in enumerate(value):
        if not isinstance(item, str | int) or isinstance(item, bool):
            raise TypeError(f"'articles[{i}]' must be a str or an int, not {item!r}")


def _check_type(kind: type[Any]) -> Any:
    def check(_: Any, attribute: Any, value: Any) -> None:
        if not isinstance(value, kind):
            name = kind.__name__
            raise TypeError(f"'{attribute.name}' must be a {name}, not {type(value).__name__}")

    return check


def _to_published(value: Any) -> dt.date:
    return check_published(value, "published")


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class Sighting:
    """One report of a story: the article, its publication date, and what it says.

    ``status`` and ``date`` are the article's own (``event.status``, ``event.date``);
    ``event`` is the article's event with its evidence, whose offsets index that article.

    >>> import bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
    >>> seen = bilateral.Sighting(published="2025-03-05", article="a1", event=call)
    >>> seen.status.value, seen.date is None
    ('occurred', True)
    """

    published: dt.date = field(converter=_to_published)
    article: str | int = field(validator=_check_article)
    event: Event = field(validator=_check_type(Event))

    @property
    def status(self) -> Status:
        """The status this report gives."""
        return self.event.status

    @property
    def date(self) -> DateSpan | None:
        """The date this report gives, or ``None``."""
        return self.event.date


@frozen
class Conflict:
    """Two or more reports of one story that disagree on a field, kept and flagged.

    ``field`` is ``date`` (held on different days), ``status`` (held after a report that it
    was cancelled) or ``host``; ``articles`` are the reports that disagree.

    >>> import bilateral
    >>> c = bilateral.Conflict(field="date", articles=("a1", "a2"),
    ...                        note="held on 2025-03-10 (a1), 2025-03-11 (a2)")
    >>> c.field, c.articles
    ('date', ('a1', 'a2'))
    """

    field: str
    articles: tuple[str | int, ...] = attrs.field(converter=_tuple, validator=_check_articles)
    note: str = attrs.field(validator=_check_type(str))

    def __attrs_post_init__(self) -> None:
        if self.field not in CONFLICT_FIELDS:
            raise ValueError(f"'field' must be one of {list(CONFLICT_FIELDS)}, not {self.field!r}")


def _check_timeline(_: Any, attribute: Any, value: tuple[Any, ...]) -> None:
    if not value:
        raise ValueError("'timeline' must hold at least one sighting")
    for i, item in enumerate(value):
        if not isinstance(item, Sighting):
            raise TypeError(f"'timeline[{i}]' must be a bilateral.Sighting, not {item!r}")
    keys = [(s.published, str(s.article)) for s in value]
    if keys != sorted(keys):
        raise ValueError("'timeline' must be ordered by (published, article)")


def _check_conflicts(_: Any, attribute: Any, value: tuple[Any, ...]) -> None:
    for i, item in enumerate(value):
        if not isinstance(item, Conflict):
            raise TypeError(f"'conflicts[{i}]' must be a bilateral.Conflict, not {item!r}")


@frozen
class Story:
    """One real-world event across articles: its id, the merged event and its timeline.

    ``event`` is the merged event: countries, kind, host, location and participants from
    every report; the status and date of the latest report that gives them. It carries no
    evidence: that stays with each :class:`Sighting`, since offsets index one article.
    ``id`` derives from the earliest report (publication date, then article id), so the
    same reports in any order give the same ids.

    >>> import bilateral
    >>> plan = bilateral.Meeting(kind="visit", status="planned", countries=["FRA", "VNM"],
    ...                          host="VNM")
    >>> held = bilateral.Meeting(kind="visit", status="occurred", countries=["FRA", "VNM"],
    ...                          host="VNM")
    >>> [story] = bilateral.link([
    ...     {"id": "a1", "published": "2025-05-20", "events": [plan]},
    ...     {"id": "a2", "published": "2025-05-27", "events": [held]}])
    >>> [s.status.value for s in story.timeline], story.event.status.value
    (['planned', 'occurred'], 'occurred')
    """

    id: str = field(validator=_check_type(str))
    event: Event = field(validator=_check_type(Event))
    timeline: tuple[Sighting, ...] = field(converter=_tuple, validator=_check_timeline)
    conflicts: tuple[Conflict, ...] = field(
        default=(), converter=_tuple, validator=_check_conflicts
    )

    @property
    def articles(self) -> tuple[str | int, ...]:
        """The ids of the articles that report the story, earliest first."""
        return tuple(dict.fromkeys(s.article for s in self.timeline))

    @property
    def statuses(self) -> tuple[Status, ...]:
        """The statuses reported, in order, each change once (``planned → occurred``)."""
        out: list[Status] = []
        for sighting in self.timeline:
            if not out or out[-1] is not sighting.status:
                out.append(sighting.status)
        return tuple(out)
