"""Assembly: a ``Draft`` becomes a ``Meeting``: its kind by vote, status, countries, date, host,
place, participants, level, topics, codes and evidence."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from bilateral._codes import event_codes
from bilateral._countries import norm
from bilateral._document import Document
from bilateral._events.dates import best_date, over_days, visit_days
from bilateral._events.records import Group, State
from bilateral._events.words import HOST_WORDS
from bilateral._model import (
    Actor,
    Country,
    DateSpan,
    Event,
    Evidence,
    Location,
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


def assemble_event(
    doc: Document, draft: Group, fired: list[tuple[str, str]] | None = None
) -> Event:
    """One group of mentions as a :class:`~bilateral.Meeting`; the rules that decided its
    fields at this stage are noted in ``fired``."""
    fired = [] if fired is None else fired
    text, published = doc.text, doc.published
    kind = _kind(draft, fired)
    status = _status(text, draft, fired)
    countries = _countries(draft)
    date, joined = _date(doc, draft, fired)
    stretched = over_days(text, draft, date, status, published)
    if stretched != date:
        fired.append(("date.over-the-trip-days", "date"))
    date = stretched
    if _under_way(status, date, published, joined):
        status = Status.ONGOING  # a run of days that includes the day of publication
        fired.append(("status.run-of-days-under-way", "status"))
    if date is None and status is Status.ONGOING and kind in _ONE_SITTING:
        # "Putin and Modi are holding talks": under way on the day of publication
        date = DateSpan(start=published, end=published, granularity=Granularity.DAY)
        fired.append(("date.under-way-on-publication", "date"))
    host, location = _host_and_place(draft, kind, fired)
    levels = [m.level for m in draft.mentions if m.level is not None]
    topics: list[str] = []
    for m in draft.mentions:
        topics += [t for t in m.topics if t not in topics]
    return Meeting(
        kind=kind,
        status=status,
        countries=countries,
        participants=_participants(text, draft),
        date=date,
        codes=event_codes(kind, status, countries, host, location),
        evidence=_evidence(text, draft),
        host=host,
        location=location,
        level=max(levels, key=level_rank) if levels else None,
        topics=topics,
        first_since=next(
            (m.first_since for m in draft.mentions if m.first_since is not None), None
        ),
        channel=_channel(text, draft, kind),
    )


def _host_and_place(
    draft: Group, kind: EventKind, fired: list[tuple[str, str]]
) -> tuple[Country | None, Location | None]:
    """The host a mention gives, else the state of the event's place if it is a party's;
    a call has neither."""
    host = next(
        (
            m.host
            for m in draft.mentions
            if m.host in draft.countries
            or (m.host is not None and any(n.rule == "host.third-state" for n in m.rules))
        ),
        None,
    )
    location = next((m.location for m in draft.mentions if m.location is not None), None)
    if host is None and location is not None and location.country in draft.countries:
        host = location.country  # "their annual dialogue in London"
        fired.append(("host.place-of-the-event", "host"))
    if kind is EventKind.CALL and (host is not None or location is not None):
        fired.append(("host.none-for-a-call", "host"))
        return None, None
    return host, location


def _kind(draft: Group, fired: list[tuple[str, str]]) -> EventKind:
    """The kind most of its words name (words merged into a mention count too: "welcomes …
    for the summit"); a tie goes to the kind named first."""
    votes = Counter(k for m in draft.mentions for k in (m.trigger.kind, *m.merged))
    top = max(votes.values())
    kind = next(k for m in draft.mentions for k in (m.trigger.kind, *m.merged) if votes[k] == top)
    if votes.get(EventKind.CALL) == top and kind in (EventKind.TALKS, EventKind.NEGOTIATION):
        kind = EventKind.CALL  # "discussed the visit in a phone call": the talks were a call
        fired.append(("kind.talks-held-by-phone", "kind"))
    if (len(draft.countries) >= 3 or any(m.multi for m in draft.mentions)) and (
        EventKind.SUMMIT in votes
    ):
        fired.append(("kind.summit-of-many", "kind"))
        return EventKind.SUMMIT
    if (
        len(draft.countries) >= 3
        and kind is EventKind.VISIT
        and all(m.trigger.word in HOST_WORDS for m in draft.mentions)
    ):
        # "India is due to host the leaders of the Quad": a gathering the host receives
        heads = any(m.level is Level.HEAD_OF_STATE for m in draft.mentions)
        fired.append(("kind.gathering-the-host-receives", "kind"))
        return EventKind.SUMMIT if heads else EventKind.MEETING
    fired.append(("kind.most-named", "kind"))
    return kind


# "four months after the trip was put off", "since the talks were postponed": a clause of
# time that tells the postponement as the past of the news
_AFTER_CLAUSE = re.compile(r"\b(?:after|since|following)\b[^,;:.]*$", re.IGNORECASE)


def _status(text: str, draft: Group, fired: list[tuple[str, str]]) -> Status:
    """A final status (cancelled, postponed) wins; else the first a mention's words give. A
    postponement told in a clause of time ("after the trip was put off") before a report of
    the event planned anew on a day to come does not win: the event is on again."""
    strong = [m for m in draft.mentions if m.strong]
    first = strong[0].status if strong else draft.mentions[0].status
    finals = [m for m in strong if m.status in (Status.CANCELLED, Status.POSTPONED)]
    if first is Status.PLANNED:
        finals = [
            m
            for m in finals
            if m.status is Status.CANCELLED
            or not _AFTER_CLAUSE.search(text, m.sentence[0], m.trigger.start)
        ]
        if len(finals) < len([m for m in strong if m.status is Status.POSTPONED]):
            fired.append(("status.rescheduled", "status"))
    if finals and finals[0].status is not first:
        fired.append(("status.cancelled-or-postponed-wins", "status"))
        return finals[0].status
    return first


def _countries(draft: Group) -> list[Country]:
    """Its states; for a group named with its members, the members the text names."""
    countries = sorted(draft.countries)
    if any(m.grouped for m in draft.mentions):
        named = {c for m in draft.mentions if not m.grouped for c in m.countries}
        if len(named) >= 3 and named <= draft.countries:
            return sorted(named)  # the members the text names, not the whole roll
    return countries


def _date(
    doc: Document, draft: Group, fired: list[tuple[str, str]]
) -> tuple[DateSpan | None, bool]:
    """The most precise date; days of a trip from its first day; an arrival and the talks
    after it as one run of days (``joined``)."""
    date = best_date(doc.headline, draft.mentions)
    run = _begun_and_until(doc, draft)
    if run is not None:
        # "a state visit that began on Monday and runs until Friday": the days between
        fired.append(("date.began-and-runs-until", "date"))
        return run, False
    days = [m.date for m in draft.mentions if m.date is not None]
    if date is None or not all(d.granularity is Granularity.DAY and d.start == d.end for d in days):
        return date, False
    trips = [m.date.start for m in draft.mentions if m.trip_days and m.date is not None]
    if trips and EventKind.VISIT in draft.kinds:
        # "arrived on Sunday for a five-day visit … talks on Monday": the days run from
        # the day the length is told of (or up to it, see over_days)
        fired.append(("date.trip-from-the-day-its-length-is-told", "date"))
        return DateSpan(
            start=trips[0], end=trips[0], granularity=Granularity.DAY, text=date.text
        ), False
    if visit_days(draft.kinds, draft.paired):
        # "arrived on Tuesday evening … held talks on Wednesday": from the arrival to the
        # last day of its talks
        first = min(d.start for d in draft.paired)
        last = max(d.end for d in draft.paired)
        fired.append(("date.arrival-and-talks-after-it", "date"))
        return DateSpan(start=first, end=last, granularity=Granularity.DAY, text=date.text), True
    return date, False


# "that began on Monday", "which started on", "opened on": the first day of a run
_BEGAN = re.compile(
    r"\b(?:began|begun|begins|started|starts|opened|opens)[ \t]+(?:on[ \t]+)?$", re.I
)
# "runs until Friday", "lasts through", "ends on": its last day
_UNTIL = re.compile(r"\b(?:until|till|through|ends?[ \t]+on|ending[ \t]+on)[ \t]+$", re.I)
#: The longest run of days a trip told this way may cover.
_LONGEST_RUN = 14


def _begun_and_until(doc: Document, draft: Group) -> DateSpan | None:
    """The run of days a mention's sentence gives by its first day ("began on Monday") and
    its last ("runs until Friday"), or ``None``."""
    for m in draft.mentions:
        s, e = m.sentence
        days = [
            d
            for d in doc.within(doc.dates, s, e)
            if isinstance(d.value, DateSpan) and d.value.granularity is Granularity.DAY
        ]
        first = next(
            (d for d in days if _BEGAN.search(doc.text, max(s, d.start - 24), d.start)), None
        )
        if first is None:
            continue
        last = next(
            (d for d in days if d.start > first.start
             and _UNTIL.search(doc.text, max(s, d.start - 16), d.start)),
            None,
        )  # fmt: skip
        if (
            last is None
            or not isinstance(first.value, DateSpan)
            or not isinstance(last.value, DateSpan)
        ):
            continue
        start, end = first.value.start, last.value.end
        if start <= end and (end - start).days <= _LONGEST_RUN:
            return DateSpan(start=start, end=end, granularity=Granularity.DAY)
    return None


def _under_way(status: Status, date: DateSpan | None, published: dt.date, joined: bool) -> bool:
    """Whether a run of days told as held or planned includes the day of publication; a trip
    still to start that day ("is expected to arrive on Tuesday", told on that Tuesday) is
    not under way yet, and an arrival and the talks after it are told as done."""
    return (
        status in (Status.OCCURRED, Status.PLANNED)
        and date is not None
        and date.granularity is Granularity.DAY
        and date.start < date.end
        and date.start <= published <= date.end
        and (status is Status.OCCURRED or date.start < published)
        and not joined
    )


def _participants(text: str, draft: Group) -> list[Actor]:
    """Its officials, each once, as the text writes them; a side's nameless official only
    where no one of that side is named."""
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
    return [p for p in participants if p.name or p.country not in named]


def _channel(text: str, draft: Group, kind: EventKind) -> Channel | None:
    if kind is not EventKind.CALL:
        return None
    video = any("video" in text[m.sentence[0] : m.sentence[1]].lower() for m in draft.mentions)
    return Channel.VIDEO if video else Channel.PHONE


def _evidence(text: str, draft: Group) -> list[Evidence]:
    """Each sentence of its mentions once, in text order."""
    evidence: list[Evidence] = []
    seen: set[tuple[int, int]] = set()
    for m in sorted(draft.mentions, key=lambda x: x.trigger.start):
        if m.sentence in seen:
            continue
        seen.add(m.sentence)
        s, e = m.sentence
        evidence.append(Evidence(text=text[s:e], start=s, end=e, trigger=m.trigger.word))
    return evidence


def _same_person(a: Actor, b: Actor) -> bool:
    """One person, whatever the accents: "Luiz Inácio Lula da Silva", "Luiz Inacio …"."""
    if a.country != b.country:
        return False
    if a.name is None or b.name is None:
        return a.name == b.name
    return a.name == b.name or norm(a.name) == norm(b.name)


def assemble_stage(doc: Document, state: State) -> State:
    """Stage: each group of mentions as one typed event."""
    events = []
    fired = []
    for g in state.groups:
        notes: list[tuple[str, str]] = []
        events.append(assemble_event(doc, g, notes))
        fired.append(notes)
    events = _during_the_visit(doc, state.groups, events, fired)
    return attrs.evolve(state, events=tuple(events), assembled=tuple(map(tuple, fired)))


# "will also meet Gen. Zhang during the trip", "During the visit, Xi will hold talks"
_DURING_THE_VISIT = re.compile(
    r"\bduring[ \t]+(?:the|his|her|their)[ \t]+(?:visit|trip|stay|tour)\b", re.I
)


def _during_the_visit(
    doc: Document, groups: Sequence[Group], events: list[Event], fired: list[list[tuple[str, str]]]
) -> list[Event]:
    """An undated event told "during the visit" takes the dates of the article's one dated
    visit that shares a state with it."""
    visits = [e for e in events if e.kind is EventKind.VISIT and e.date is not None]
    out = []
    for event, group, notes in zip(events, groups, fired, strict=True):
        if (
            event.date is None
            and event.kind is not EventKind.VISIT
            and any(_DURING_THE_VISIT.search(doc.text, *m.sentence) for m in group.mentions)
        ):
            hosts = [v for v in visits if set(v.countries) & set(event.countries)]
            if len(hosts) == 1:
                event = attrs.evolve(event, date=hosts[0].date)
                notes.append(("date.during-the-visit", "date"))
        out.append(event)
    return out
