"""Calls of the public API checked by ``mypy --strict`` (never run by pytest)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any, assert_type

import bilateral

published = dt.date(2025, 4, 16)

events = bilateral.extract("Text.", published=published)
assert_type(events, list[bilateral.Event])
assert_type(bilateral.extract("Text.", published="2025-04-16"), list[bilateral.Event])
assert_type(
    bilateral.extract("Text.", published=dt.datetime(2025, 4, 16, 9)), list[bilateral.Event]
)

data = bilateral.to_dict(events[0])
assert_type(data, dict[str, Any])
assert_type(bilateral.from_dict(data), bilateral.Event)
assert_type(bilateral.to_json(events), str)
assert_type(bilateral.from_json("[]"), list[bilateral.Event])
assert_type(bilateral.json_schema(), dict[str, Any])

assert_type(bilateral.resolve_country("Seoul"), bilateral.Country | None)
assert_type(bilateral.find_countries("Seoul"), list[bilateral.CountryMention])
assert_type(
    bilateral.resolve_date("next week", published=published),
    bilateral.DateSpan
    | bilateral.Duration
    | bilateral.TimeRef
    | bilateral.TimeOfDay
    | bilateral.Recurrence
    | None,
)
assert_type(bilateral.find_dates("next week", published=published), list[bilateral.DateMention])
assert_type(bilateral.find_actors("Premier Li Qiang"), list[bilateral.ActorMention])
assert_type(bilateral.extract_many([("Text.", published)]), list[list[bilateral.Event]])
stream = bilateral.iter_extract({"text": "Text.", "published": published} for _ in range(2))
assert_type(stream, Iterator[list[bilateral.Event]])
report = bilateral.Report(id=1, published="2025-04-16", events=events)
assert_type(report.id, str | int)
assert_type(report.events, tuple[bilateral.Event, ...])
assert_type(bilateral.read_jsonl("events.jsonl"), Iterator[bilateral.Report])
assert_type(bilateral.write_jsonl([report], "events.jsonl"), int)
assert_type(bilateral.to_records(events), list[dict[str, Any]])

span = bilateral.DateSpan.from_timex("2025-W17")
assert_type(span.timex, str)
assert_type(span.start, dt.date)
meeting = bilateral.Meeting(kind="visit", status="planned", countries=["RUS", "PRK"], host="PRK")
assert_type(meeting.host, bilateral.Country | None)
assert_type(meeting.dyads(), tuple[bilateral.Dyad, ...])
assert_type(bilateral.Country.from_code("KR"), bilateral.Country)
