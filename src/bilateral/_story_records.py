"""Flat rows of stories for CSV, data frames and Parquet: one per story, or one per report.

Each story row is the merged event's :func:`~bilateral.to_records` row (without evidence)
headed by the story's own columns; with ``timeline=True`` there is one row per report of a
story instead, headed by the story's id and what that report said.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bilateral._records import RECORD_COLUMNS, to_records
from bilateral._story import Story

__all__ = ["STORY_COLUMNS", "TIMELINE_COLUMNS", "story_records"]

_EVENT_COLUMNS = tuple(c for c in RECORD_COLUMNS if c != "event" and not c.startswith("evidence"))
#: The columns of :func:`story_records`, in order.
STORY_COLUMNS: tuple[str, ...] = (
    "story", "reports", "first_published", "last_published", "statuses", "conflicts",
    *_EVENT_COLUMNS,
)  # fmt: skip
#: The columns of :func:`story_records` with ``timeline=True``, in order.
TIMELINE_COLUMNS: tuple[str, ...] = (
    "story", "published", "article_id", "status", "date_start", "date_end", "date_timex",
    "event", "evidence_text",
)  # fmt: skip


def _check(stories: Iterable[Story]) -> list[Story]:
    if isinstance(stories, Story) or not isinstance(stories, Iterable):
        raise TypeError(f"'stories' must be an iterable of stories, not {type(stories).__name__}")
    items = list(stories)
    for i, story in enumerate(items):
        if not isinstance(story, Story):
            raise TypeError(f"'stories[{i}]' must be a bilateral.Story, not {type(story).__name__}")
    return items


def _story_row(story: Story) -> dict[str, Any]:
    [event] = to_records([story.event])
    first, last = story.timeline[0], story.timeline[-1]
    head = {
        "story": story.id,
        "reports": len(story.timeline),
        "first_published": first.published.isoformat(),
        "last_published": last.published.isoformat(),
        "statuses": ";".join(s.value for s in story.statuses),
        "conflicts": ";".join(c.field for c in story.conflicts) or None,
    }
    return {**head, **{c: event[c] for c in _EVENT_COLUMNS}}


def _timeline_rows(story: Story) -> Iterable[dict[str, Any]]:
    for seen in story.timeline:
        [event] = to_records([seen.event], article_id=seen.article, published=seen.published)
        date = seen.date
        yield {
            "story": story.id,
            "published": seen.published.isoformat(),
            "article_id": seen.article,
            "status": seen.status.value,
            "date_start": None if date is None else date.start.isoformat(),
            "date_end": None if date is None else date.end.isoformat(),
            "date_timex": None if date is None else date.timex,
            "event": event["event"],
            "evidence_text": event["evidence_text"],
        }


def story_records(stories: Iterable[Story], *, timeline: bool = False) -> list[dict[str, Any]]:
    """Flat rows of plain values: one per story, or with ``timeline=True`` one per report.

    A story row gives the id, how many reports, the first and last publication dates, the
    statuses in order (``planned;postponed;occurred``), the fields in conflict, and the
    merged event's :func:`~bilateral.to_records` columns. A timeline row gives the story id,
    the report (``published``, ``article_id``), its status and date, its event's id and
    evidence. Both load straight into ``pandas.DataFrame`` or the ``csv`` module.

    >>> import bilateral
    >>> plan = bilateral.Meeting(kind="call", status="planned", countries=["MEX", "USA"])
    >>> held = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
    >>> stories = bilateral.link([{"id": "a1", "published": "2025-03-03", "events": [plan]},
    ...                           {"id": "a2", "published": "2025-03-05", "events": [held]}])
    >>> [row] = bilateral.story_records(stories)
    >>> row["reports"], row["statuses"], row["status"], row["countries"]
    (2, 'planned;occurred', 'occurred', 'MEX;USA')
    >>> [(r["article_id"], r["status"]) for r in bilateral.story_records(stories, timeline=True)]
    [('a1', 'planned'), ('a2', 'occurred')]
    """
    if not isinstance(timeline, bool):
        raise TypeError(f"'timeline' must be a bool, not {type(timeline).__name__}")
    items = _check(stories)
    if timeline:
        return [row for story in items for row in _timeline_rows(story)]
    return [_story_row(story) for story in items]
