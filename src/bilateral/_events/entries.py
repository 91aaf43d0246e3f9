"""Entries that date their paragraphs: a chronology ("FEB. 17, 2024: Scholz hosts Aliyev and
Pashinyan …") and a diary of the days ahead ("Tuesday-Wednesday: Boakai pays a state visit to
Ivory Coast …" under "West Africa week ahead")."""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from bilateral._document import Document
from bilateral._events.records import State
from bilateral._model import DateSpan
from bilateral._regex import alternation
from bilateral._vocab import Granularity, Status
from bilateral._words import weekday_words

__all__ = ["AGENDA_ENTRIES", "CHRONOLOGY_ENTRIES", "agenda_entries", "chronology_entries"]


#: A chronology has at least this many entries.
CHRONOLOGY_ENTRIES = 2

# what follows the date that opens a chronology's entry: "JULY 10, 2025: ", "June 15, 2020 — "
_ENTRY_MARK = re.compile(r"[ \t]*(?::|[—–]|--?)[ \t]+")


def chronology_entries(doc: Document, state: State) -> State:
    """A chronology (two or more paragraphs that open with a date and a colon or a dash:
    "FEB. 17, 2024: Scholz hosts Aliyev and Pashinyan …"): a mention of an entry with no
    date of its own takes the entry's, and one in the present tense of a past entry is
    held."""
    text = doc.text
    entries = [
        (d.start, d.value)
        for d in doc.dates
        if isinstance(d.value, DateSpan)
        and (d.start == 0 or text[d.start - 1] == "\n")
        and _ENTRY_MARK.match(text, d.end)
    ]
    if len(entries) < CHRONOLOGY_ENTRIES:
        return state
    out = []
    for m in state.mentions:
        day = _entry_of(text, entries, m.trigger.start)
        if day is not None:
            if m.date is None:
                m = m.by("date.chronology-entry", "date", date=day)
            if m.status is Status.PLANNED and not m.strong and day.end < doc.published:
                m = m.by("date.chronology-entry", "status", status=Status.OCCURRED)
        out.append(m)
    return attrs.evolve(state, mentions=tuple(out))


def _entry_of(text: str, entries: list[tuple[int, DateSpan]], at: int) -> DateSpan | None:
    """The date of the entry whose paragraph holds offset ``at``, if any."""
    i = bisect.bisect_right(entries, at, key=lambda e: e[0]) - 1
    if i < 0 or text.find("\n", entries[i][0], at) != -1:
        return None
    return entries[i][1]


#: A diary of the days ahead has at least this many entries.
AGENDA_ENTRIES = 2

# what tells a diary of the days ahead, in its headline or lead
_AHEAD = re.compile(
    r"\b(?:week[ \t]+ahead|coming[ \t]+(?:days|week)|what[ \t]+to[ \t]+watch|diary"
    r"|look(?:ing)?[ \t]+ahead)\b",
    re.IGNORECASE,
)


def _day_label() -> re.Pattern[str]:
    """ "Monday:", "Tuesday-Wednesday:", "Thursday -" opening a paragraph."""
    days = alternation(w.capitalize() for w in weekday_words("name"))
    return re.compile(rf"(?P<a>{days})(?:[ \t]*[-–][ \t]*(?P<b>{days}))?[ \t]*(?::|[—–]|--?)[ \t]+")


def agenda_entries(doc: Document, state: State) -> State:
    """A diary of the days ahead (its headline or lead says "week ahead", "coming days", "what
    to watch"; two or more paragraphs open with a weekday and a colon): a mention of an entry
    takes the entry's day, the next such day from publication (a range for "Tuesday-Wednesday"),
    and one told in the present tense is planned."""
    text = doc.text
    lead_end = doc.lead[1]
    if not _AHEAD.search(text, 0, lead_end):
        return state
    label = _day_label()
    names = weekday_words("name")
    entries: list[tuple[int, DateSpan]] = []
    for line in re.finditer(r"(?m)^", text):
        found = label.match(text, line.start())
        if found is not None:
            first = _ahead(doc.published, names[found["a"].lower()])
            last = _ahead(first, names[found["b"].lower()]) if found["b"] else first
            span = DateSpan(start=first, end=last, granularity=Granularity.DAY)
            entries.append((found.end(), span))
    if len(entries) < AGENDA_ENTRIES:
        return state
    out = []
    for m in state.mentions:
        day = _entry_of(text, entries, m.trigger.start)
        if day is not None:
            m = m.by("date.agenda-entry", "date", date=day)
            if m.status in (Status.OCCURRED, Status.ONGOING):
                # "Boakai pays a state visit": the present of a diary tells what is to come
                m = m.by("date.agenda-entry", "status", status=Status.PLANNED)
        out.append(m)
    return attrs.evolve(state, mentions=tuple(out))


def _ahead(day: dt.date, weekday: int) -> dt.date:
    """The first day on or after ``day`` that falls on ``weekday``."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)
