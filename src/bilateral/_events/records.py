"""The records passed between the event stages: a party found in a sentence (``Item``), one
trigger with what its sentence says about it (``Mention``), and an event being assembled from its
mentions (``Draft``)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import attrs

from bilateral._model import (
    Actor,
    Country,
    DateSpan,
    Duration,
    Event,
    Location,
)
from bilateral._triggers import Trigger
from bilateral._vocab import (
    EventKind,
    Granularity,
    Level,
    Status,
)


@attrs.frozen
class Item:
    """A state taking part, found in a sentence: from an official, a body or a name."""

    start: int
    end: int
    country: Country
    actor: Actor | None
    location: bool = False
    place: str | None = None
    destination: bool = False
    group: bool = False
    city: bool = False
    #: the dependent territory a place item names, whose sovereign is ``country``
    territory: Country | None = None


class Note(NamedTuple):
    """A rule that set a field of a mention, and the event word it fired on."""

    rule: str
    field: str
    trigger: Trigger


@attrs.frozen
class Mention:
    """One trigger with what its sentence says about it. Frozen: a stage that changes a
    field makes a new mention (``attrs.evolve``) and notes the rule that did it."""

    trigger: Trigger
    sentence: tuple[int, int]
    countries: tuple[Country, ...]
    participants: tuple[Actor, ...]
    status: Status
    strong: bool
    date: DateSpan | None
    host: Country | None
    location: Location | None
    level: Level | None
    topics: tuple[str, ...]
    first_since: DateSpan | Duration | None
    definite: bool
    multi: bool
    anaphor: bool = False
    negated: bool = False
    grouped: bool = False
    shared: bool = False
    counterpart: bool = False
    pair_subject: bool = False
    lead: bool = False  # in the headline or the first paragraph
    background: bool = False  # dated more than a week before publication
    stops: tuple[Country, ...] = ()
    merged: tuple[EventKind, ...] = ()
    trip_days: int = 0  # "a five-day visit": the length the text gives its trip
    #: the rules that set its fields, in the order they fired
    rules: tuple[Note, ...] = ()

    def by(self, rule: str, field: str, **changes: object) -> Mention:
        """This mention with ``changes``, noting that ``rule`` set ``field``; the mention
        itself, with no note, when ``changes`` change nothing."""
        if changes and all(getattr(self, k) == v for k, v in changes.items()):
            return self
        note = Note(rule, field, self.trigger)
        return attrs.evolve(self, rules=(*self.rules, note), **changes)  # type: ignore[arg-type]


@attrs.frozen
class SentenceMentions:
    """The mentions of one sentence with event words, in trigger order."""

    span: tuple[int, int]
    mentions: tuple[Mention, ...]


@attrs.frozen
class Lone:
    """An official named without a state beside mention ``index`` of sentence ``sentence``."""

    sentence: int
    index: int
    actor: Actor


@attrs.frozen
class Dropped:
    """A candidate that made no event: its trigger, the rule that dropped it, and the rules
    that had set its fields."""

    trigger: Trigger
    rule: str
    rules: tuple[Note, ...] = ()


@attrs.frozen
class Group:
    """The mentions of one real-world event, as the merge stage found them."""

    mentions: tuple[Mention, ...]
    countries: frozenset[Country]
    kinds: frozenset[EventKind]
    paired: tuple[DateSpan, ...]


@attrs.frozen
class State:
    """What the stages have made so far; each stage returns a new state."""

    sentences: tuple[SentenceMentions, ...] = ()
    lone: tuple[Lone, ...] = ()
    mentions: tuple[Mention, ...] = ()
    groups: tuple[Group, ...] = ()
    events: tuple[Event, ...] = ()
    #: for each event, the rules the assembly stage applied to it: (rule id, field)
    assembled: tuple[tuple[tuple[str, str], ...], ...] = ()
    dropped: tuple[Dropped, ...] = ()
    #: the notes of mentions joined into another of their sentence, and of each join
    absorbed: tuple[Note, ...] = ()


@attrs.define
class Draft:
    """An event being assembled from its mentions, with running summaries of them, so that
    testing a new mention against it does not walk every mention again (linear time)."""

    mentions: list[Mention]
    countries: set[Country]
    kinds: set[EventKind] = attrs.field(factory=set)
    placed_kinds: set[EventKind] = attrs.field(factory=set)
    statuses: set[Status] = attrs.field(factory=set)
    dates: list[DateSpan] = attrs.field(factory=list)
    people: dict[Country, set[str]] = attrs.field(factory=dict)
    # the first and last days of its trips of a told length ("a five-day visit")
    runs: list[tuple[dt.date, dt.date]] = attrs.field(factory=list)
    # the distinct dates of its mentions that name both sides (an arrival, the talks after it)
    paired: list[DateSpan] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        first = self.mentions
        self.mentions = []
        for m in first:
            self.add(m)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.kinds.add(m.trigger.kind)
        if m.countries:
            self.placed_kinds.add(m.trigger.kind)
        if m.strong:
            self.statuses.add(m.status)
        if m.date is not None and m.date not in self.dates:
            self.dates.append(m.date)
        if m.date is not None and len(m.countries) > 1 and m.date not in self.paired:
            self.paired.append(m.date)
        if m.trip_days > 1 and m.date is not None and m.date.granularity is Granularity.DAY:
            last = m.date.start + dt.timedelta(days=m.trip_days - 1)
            self.runs.append((m.date.start, max(last, m.date.end)))
        for country, names in people_by_state(m).items():
            self.people.setdefault(country, set()).update(names)

    @property
    def last(self) -> int:
        return self.mentions[-1].trigger.start

    def freeze(self) -> Group:
        """The finished draft as a frozen record."""
        return Group(
            tuple(self.mentions),
            frozenset(self.countries),
            frozenset(self.kinds),
            tuple(self.paired),
        )


def people_by_state(m: Mention) -> dict[Country, set[str]]:
    """The names (and surnames) of a mention's own participants, by state; none for a
    mention whose participants were lent by another of its sentence."""
    people: dict[Country, set[str]] = {}
    for p in [] if m.shared else m.participants:
        if p.country is not None and p.name is not None:
            people.setdefault(p.country, set()).update(_name_keys(p.name))
    return people


def _name_keys(name: str) -> set[str]:
    """A name and its last word: "Mirziyoyev" and "Shavkat Mirziyoyev" are one person."""
    return {name, name.split()[-1]} if name.split() else {name}
