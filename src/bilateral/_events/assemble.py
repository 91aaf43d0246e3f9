"""Assembly: a ``Draft`` becomes a ``Meeting``: its kind by vote, status, countries, date, host,
place, participants, level, topics, codes and evidence."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import attrs

from bilateral._countries import _norm
from bilateral._document import Document
from bilateral._events.codes import event_codes
from bilateral._events.dates import best_date, over_days, visit_days
from bilateral._events.records import Group, State
from bilateral._events.words import HOST_WORDS
from bilateral._model import (
    Actor,
    DateSpan,
    Event,
    Evidence,
    Meeting,
)
from bilateral._triggers import level_rank
from bilateral._vocab import (
    Channel,
    EventKind,
    Granularity,
    Level,
    Status,
)

_ONE_SITTING = frozenset({EventKind.TALKS, EventKind.MEETING, EventKind.CALL})


def assemble_event(text: str, draft: Group, published: dt.date | None = None) -> Event:
    votes = Counter(k for m in draft.mentions for k in (m.trigger.kind, *m.merged))
    top = max(votes.values())
    # words merged into a mention count too ("welcomes … for the summit"); a tie goes to
    # the kind named first
    kind = next(k for m in draft.mentions for k in (m.trigger.kind, *m.merged) if votes[k] == top)
    if votes.get(EventKind.CALL) == top and kind in (EventKind.TALKS, EventKind.NEGOTIATION):
        kind = EventKind.CALL  # "discussed the visit in a phone call": the talks were a call
    if (len(draft.countries) >= 3 or any(m.multi for m in draft.mentions)) and (
        EventKind.SUMMIT in votes
    ):
        kind = EventKind.SUMMIT
    elif (
        len(draft.countries) >= 3
        and kind is EventKind.VISIT
        and all(m.trigger.word in HOST_WORDS for m in draft.mentions)
    ):
        # "India is due to host the leaders of the Quad": a gathering the host receives
        heads = any(m.level is Level.HEAD_OF_STATE for m in draft.mentions)
        kind = EventKind.SUMMIT if heads else EventKind.MEETING
    strong = [m for m in draft.mentions if m.strong]
    finals = [m.status for m in strong if m.status in (Status.CANCELLED, Status.POSTPONED)]
    status = finals[0] if finals else (strong[0].status if strong else draft.mentions[0].status)
    countries = sorted(draft.countries)
    if any(m.grouped for m in draft.mentions):
        named = {c for m in draft.mentions if not m.grouped for c in m.countries}
        if len(named) >= 3 and named <= draft.countries:
            countries = sorted(named)  # the members the text names, not the whole roll
    date = best_date(text, draft.mentions)
    days = [m.date for m in draft.mentions if m.date is not None]
    joined = False
    if date is not None and all(
        d.granularity is Granularity.DAY and d.start == d.end for d in days
    ):
        trips = [m.date.start for m in draft.mentions if m.trip_days and m.date is not None]
        if trips and EventKind.VISIT in draft.kinds:
            # "arrived on Sunday for a five-day visit … talks on Monday": the days run from
            # the day the length is told of (or up to it, see over_days)
            date = DateSpan(
                start=trips[0], end=trips[0], granularity=Granularity.DAY, text=date.text
            )
        elif visit_days(draft.kinds, draft.paired):
            # "arrived on Tuesday evening … held talks on Wednesday": from the arrival to the
            # last day of its talks
            first = min(d.start for d in draft.paired)
            last = max(d.end for d in draft.paired)
            date = DateSpan(start=first, end=last, granularity=Granularity.DAY, text=date.text)
            joined = True
    date = over_days(text, draft, date, status, published)
    if (
        status in (Status.OCCURRED, Status.PLANNED)
        and date is not None
        and published is not None
        and date.granularity is Granularity.DAY
        and date.start < date.end
        and date.start <= published <= date.end
        # a trip still to start on the day of publication ("is expected to arrive on
        # Tuesday", told on that Tuesday) is not under way yet
        and (status is Status.OCCURRED or date.start < published)
        and not joined  # an arrival and the talks after it: told as done
    ):
        status = Status.ONGOING  # a run of days that includes the day of publication
    if date is None and status is Status.ONGOING and published is not None and kind in _ONE_SITTING:
        # "Putin and Modi are holding talks": under way on the day of publication
        date = DateSpan(start=published, end=published, granularity=Granularity.DAY)
    host = next((m.host for m in draft.mentions if m.host in draft.countries), None)
    location = next((m.location for m in draft.mentions if m.location is not None), None)
    if host is None and location is not None and location.country in draft.countries:
        host = location.country  # "their annual dialogue in London"
    if kind is EventKind.CALL:
        host, location = None, None
    participants: list[Actor] = []
    spelled: list[bool] = []  # whether each name is written so in its own sentence
    for m in draft.mentions:
        for p in m.participants:
            if p.country not in draft.countries:
                continue
            as_written = p.name is not None and p.name in text[m.sentence[0] : m.sentence[1]]
            i = next((i for i, q in enumerate(participants) if _same_person(p, q)), None)
            if i is None:
                participants.append(p)
                spelled.append(as_written)
            elif as_written and not spelled[i]:
                # "Luiz Inacio Lula da Silva" as the text writes him, over the roster's form
                participants[i], spelled[i] = p, True
    named = {p.country for p in participants if p.name and p.country is not None}
    participants = [p for p in participants if p.name or p.country not in named]
    levels = [m.level for m in draft.mentions if m.level is not None]
    level = max(levels, key=level_rank) if levels else None
    topics: list[str] = []
    for m in draft.mentions:
        topics += [t for t in m.topics if t not in topics]
    first_since = next((m.first_since for m in draft.mentions if m.first_since is not None), None)
    channel = Channel.PHONE if kind is EventKind.CALL else None
    if kind is EventKind.CALL and any(
        "video" in text[m.sentence[0] : m.sentence[1]].lower() for m in draft.mentions
    ):
        channel = Channel.VIDEO
    evidence: list[Evidence] = []
    seen: set[tuple[int, int]] = set()
    for m in sorted(draft.mentions, key=lambda x: x.trigger.start):
        if m.sentence in seen:
            continue
        seen.add(m.sentence)
        s, e = m.sentence
        evidence.append(Evidence(text=text[s:e], start=s, end=e, trigger=m.trigger.word))
    return Meeting(
        kind=kind,
        status=status,
        countries=countries,
        participants=participants,
        date=date,
        codes=event_codes(kind, status, countries, host, location),
        evidence=evidence,
        host=host,
        location=location,
        level=level,
        topics=topics,
        first_since=first_since,
        channel=channel,
    )


def _same_person(a: Actor, b: Actor) -> bool:
    """One person, whatever the accents: "Luiz Inácio Lula da Silva", "Luiz Inacio …"."""
    if a.country != b.country:
        return False
    if a.name is None or b.name is None:
        return a.name == b.name
    return a.name == b.name or _norm(a.name) == _norm(b.name)


def assemble_stage(doc: Document, state: State) -> State:
    """Stage: each group of mentions as one typed event."""
    events = tuple(assemble_event(doc.text, g, doc.published) for g in state.groups)
    return attrs.evolve(state, events=events)
