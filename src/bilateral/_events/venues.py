"""Venues an article gives beyond one sentence's event words: a meeting on the sidelines of a
gathering is where the gathering is; "here" in agency copy is the dateline's city; an event in
a clause opened by "<place>, where" is at that place; a courtesy call on an official is a call
at that official's seat.

The place only sets the event's ``location``; assembly then makes the place's state the host
when it is one of the parties (``host.place-of-the-event``), and leaves the host empty when it
is a third state, as a meeting on the sidelines of a summit elsewhere has none."""

from __future__ import annotations

import re

import attrs

from bilateral._document import Document
from bilateral._events.records import Mention, SentenceMentions
from bilateral._model import Location
from bilateral._text import lacks
from bilateral._vocab import EventKind, Recognition

__all__ = ["DATELINE_DAYS", "dateline_place", "venues"]

#: Days between an event and the publication within which agency copy is filed from the
#: place of the gathering it reports: a sideline meeting "last week" may have been elsewhere.
DATELINE_DAYS = 2

# "on the sidelines of", "on the margins of the summit", "at the fringes of"
_SIDELINES = re.compile(
    r"\b(?:on|at|in)[ \t]+the[ \t]+(?:sidelines?|margins?|fringes?)\b", re.IGNORECASE
)

# "a meeting between their governors here yesterday": "here" closing a place slot
_HERE = re.compile(
    r"[ \t]+here(?=[ \t]+(?:on|yesterday|today|this|last|earlier|later|at|in|during)\b|[,.;])",
    re.IGNORECASE,
)

#: Characters after an event word within which "here" names its place.
HERE_REACH = 60

# "arrived from Buenos Aires, where he had held talks": a place, then a clause of where
_WHERE = re.compile(r",[ \t]+where[ \t]+", re.IGNORECASE)

#: Characters before an event word within which a ", where" clause may open.
WHERE_REACH = 80

# "paid a courtesy call on", "will call on", "courtesy calls to", "called upon"
_CALL_ON = re.compile(r"[ \t]+(?:on|upon|to)[ \t]+", re.IGNORECASE)

#: Characters after "call on" within which the official called on is named.
CALL_ON_REACH = 40

# "During the visit, the two prime ministers held talks", "during his stay in Hanoi"
_DURING_TRIP = re.compile(
    r"\bduring[ \t]+(?:the|his|her|their|this|that)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:visit|trip|stay|tour)\b",
    re.IGNORECASE,
)

_PLACES = frozenset({Recognition.NAME, Recognition.CAPITAL, Recognition.HISTORICAL})


def venues(doc: Document, sentences: list[SentenceMentions]) -> list[SentenceMentions]:
    """The place of sideline meetings and of events held "here", where their sentences give
    none."""
    gatherings = [
        (m.trigger.start, m.location)
        for sm in sentences
        for m in sm.mentions
        if m.location is not None and (len(m.countries) >= 3 or m.multi)
    ]
    home = dateline_place(doc)
    out = []
    visits: list[Mention] = []
    for sm in sentences:
        ms = []
        for m in sm.mentions:
            if m.location is None and m.host is None and m.trigger.kind is not EventKind.CALL:
                m = _during_the_visit(doc.text, m, visits)
                m = _sideline_venue(doc, m, sm, gatherings, home)
                m = _here(doc.text, m, home)
                m = _where_clause(doc, m)
                m = _called_on(doc, m)
                m = _dateline_of_the_lead(doc, m, home)
            if m.trigger.kind is EventKind.VISIT and m.host is not None and not m.negated:
                visits.append(m)
            ms.append(m)
        out.append(attrs.evolve(sm, mentions=tuple(ms)))
    return out


def dateline_place(doc: Document) -> Location | None:
    """The dateline's place ("KUALA LUMPUR, Jan 14 (Bernama) --"), if the article has one."""
    if doc.dateline is None:
        return None
    found = doc.within(doc.countries, doc.dateline[0], doc.dateline[0] + 1)
    if not found or found[0].country is None:
        return None
    return Location(country=found[0].country, place=found[0].text.title())


def _sideline_venue(
    doc: Document,
    m: Mention,
    sm: SentenceMentions,
    gatherings: list[tuple[int, Location]],
    home: Location | None,
) -> Mention:
    """ "On the sidelines of the summit, Anwar held talks with Prabowo": the meeting is where
    the gathering is (the nearest one the article places, the one told before first), else,
    for one held or due within days of a dateline's copy, the dateline's place."""
    if len(m.countries) != 2 or lacks(doc.text, *m.sentence, ("sideline", "margin", "fringe")):
        return m
    if not _SIDELINES.search(doc.text, *m.sentence):
        return m
    at = m.trigger.start
    placed = sorted(gatherings, key=lambda g: (g[0] > at, abs(g[0] - at)))
    if placed:
        return m.by("location.sidelines-of-a-gathering", "location", location=placed[0][1])
    # the meeting's own date, else that of the gathering its sentence names
    date = m.date or next((x.date for x in sm.mentions if x.date is not None), None)
    if home is None or date is None or abs((date.start - doc.published).days) > DATELINE_DAYS:
        return m
    return m.by("location.sidelines-of-a-gathering", "location", location=home)


def _here(text: str, m: Mention, home: Location | None) -> Mention:
    """ "following a meeting between their governors here yesterday": "here" in copy with a
    dateline is the dateline's place."""
    if home is None or m.location is not None:
        return m
    hi = min(m.sentence[1], m.trigger.end + HERE_REACH)
    gap = _HERE.search(text, m.trigger.end, hi)
    if gap is None or "," in text[m.trigger.end : gap.start()]:
        return m
    return m.by("location.here-is-the-dateline", "location", location=home)


def _where_clause(doc: Document, m: Mention) -> Mention:
    """ "Lula arrived from Buenos Aires, where he had held talks with Fernandez": the event
    told in a clause of "where" is at the place before it."""
    if m.location is not None:
        return m
    lo = max(m.sentence[0], m.trigger.start - WHERE_REACH)
    found = list(_WHERE.finditer(doc.text, lo, m.trigger.start))
    if not found or any(ch in doc.text[found[-1].end() : m.trigger.start] for ch in ",;:"):
        return m
    comma = found[-1].start()
    before = [c for c in doc.within(doc.countries, lo - WHERE_REACH, comma) if c.end == comma]
    if not before or before[-1].country is None or before[-1].recognition not in _PLACES:
        return m
    place = before[-1]
    where = Location(country=place.country, place=place.text)
    return m.by("location.where-clause", "location", location=where)


def _called_on(doc: Document, m: Mention) -> Mention:
    """ "paid a courtesy call on Zambian President Hakainde Hichilema": a call at the
    official's seat, whose state is the host."""
    if m.host is not None or m.trigger.kind is not EventKind.MEETING:
        return m
    if m.trigger.word.lower() not in {"call", "calls", "called"}:
        return m
    if doc.text[m.trigger.start : m.trigger.end].lower().endswith((" on", " upon", " to")):
        at = m.trigger.end  # the event word's span holds "call on"
    elif (on := _CALL_ON.match(doc.text, m.trigger.end)) is not None:
        at = on.end()
    else:
        return m
    named = doc.within(doc.actors, at, at + CALL_ON_REACH)
    if not named or named[0].start > at + CALL_ON_REACH // 2:
        return m
    state = named[0].actor.country
    if state is None or state not in m.countries:
        return m
    return m.by("host.official-called-on", "host", host=state)


def _during_the_visit(text: str, m: Mention, visits: list[Mention]) -> Mention:
    """ "During the visit, Chinh and his Lao counterpart held talks": talks held during a
    visit told before are at the visit's host, in its place."""
    if len(m.countries) != 2 or not _DURING_TRIP.search(text, m.sentence[0], m.trigger.start):
        return m
    trip = next((v for v in reversed(visits) if set(v.countries) == set(m.countries)), None)
    if trip is None:
        return m
    return m.by("host.during-the-visit", "host", host=trip.host, location=trip.location)


def _dateline_of_the_lead(doc: Document, m: Mention, home: Location | None) -> Mention:
    """ "BANGKOK, Feb 10 - Anwar and Prayut held talks at Government House on Friday": agency
    copy leads with an encounter where it is filed from, when one side's state is the
    dateline's and the encounter is of the days around the publication."""
    if home is None or m.location is not None or m.host is not None:
        return m
    if m.trigger.start >= doc.lead[1]:
        return m
    if len(m.countries) != 2 or home.country not in m.countries or m.date is None:
        return m
    if abs((m.date.start - doc.published).days) > DATELINE_DAYS or m.status.value != "occurred":
        return m
    return m.by("location.dateline-of-the-lead", "location", location=home)
