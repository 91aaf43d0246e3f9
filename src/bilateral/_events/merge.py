"""Cross-sentence combination: the mentions of one real-world event (a headline and its
paraphrases) merged into one ``Draft``; the rules of compatibility."""

from __future__ import annotations

import bisect

import attrs

from bilateral._document import Document
from bilateral._events.combine import apart
from bilateral._events.dates import visit_days
from bilateral._events.labels import labelled
from bilateral._events.records import Draft, Dropped, Mention, State, people_by_state
from bilateral._events.spans import overlap
from bilateral._events.words import PAIR_SUBJECT, PAIR_SUBJECT_REACH
from bilateral._model import Country
from bilateral._vocab import (
    EventKind,
    Status,
)

# A planned event and its cancellation or postponement are one event.
_FAMILY = {Status.CANCELLED: Status.PLANNED, Status.POSTPONED: Status.PLANNED}


def _compatible(draft: Draft, m: Mention) -> bool:
    generic = m.definite and m.trigger.kind in (EventKind.TALKS, EventKind.NEGOTIATION)
    if m.countries and not generic and apart(m.trigger.kind, draft.placed_kinds):
        return False  # a phone call is never the visit or the meeting it is told beside
    if _leg_of_a_visit(draft, m):
        return not _others_of_a_side(draft, m)
    statuses = {_FAMILY.get(x, x) for x in draft.statuses}
    if m.strong and statuses and _FAMILY.get(m.status, m.status) not in statuses:
        return False
    if (
        m.strong
        and not statuses
        and m.trigger.kind not in draft.kinds
        and all(x.sentence == m.sentence for x in draft.mentions)
    ):
        return False  # "trade warnings in phone call, agree to meet": two events
    if _others_of_a_side(draft, m):
        return False
    if m.background and m.strong and not m.lead and not draft.dates and draft.mentions[0].lead:
        # the news of the headline and the lead, undated, is not a meeting of weeks ago told
        # further down ("They met on Sept. 23 in New York")
        return False
    dates = draft.dates
    if m.date is None or not dates:
        return True
    # the draft's dates at least as precise as the mention's decide: "2024" in a headline
    # and "on August 16" in the text do not make every meeting of 2024 one event
    length = (m.date.end - m.date.start).days
    precise = [d for d in dates if (d.end - d.start).days <= length]
    if any(overlap(m.date, d) for d in precise or dates):
        return True
    # an arrival and the talks after it, each told with both sides
    return len(m.countries) > 1 and visit_days(
        draft.kinds | {m.trigger.kind}, [*draft.paired, m.date]
    )


def _leg_of_a_visit(draft: Draft, m: Mention) -> bool:
    """A stop told with its own day inside a visit's run of days ("arrived on Sunday for a
    five-day visit … will travel to Mumbai on Wednesday"): the same visit, whatever its tense."""
    if m.trigger.kind is not EventKind.VISIT or m.date is None or m.date.start != m.date.end:
        return False
    if EventKind.VISIT not in draft.kinds:
        return False
    return any(first < m.date.start <= last for first, last in draft.runs)


def _others_of_a_side(draft: Draft, m: Mention) -> bool:
    """Whether one side is represented by other people: the foreign minister's meeting and
    the defence minister's are two events, however close their dates."""
    if m.pair_subject:
        return False  # "the two men met …, with their delegations": the same meeting
    mine = people_by_state(m)
    return any(names.isdisjoint(draft.people[c]) for c, names in mine.items() if c in draft.people)


def _dated_alike(draft: Draft, m: Mention) -> bool:
    """Whether a draft has a date that overlaps the mention's."""
    return m.date is not None and any(overlap(d, m.date) for d in draft.dates)


def merge_mentions(mentions: list[Mention]) -> list[Draft]:
    """The mentions of each real-world event as one draft, in the order first told."""
    drafts = _Drafts()
    orphans: list[Mention] = []
    for m in mentions:
        if _place(drafts, m):
            continue
        one_side = len(set(m.countries)) == 1
        if one_side and m.trigger.kind is EventKind.CALL and m.strong and m.date is not None:
            orphans.append(m)
    for m in orphans:
        _place_call_with_one_side(drafts, m)
    return drafts.all


class _Drafts:
    """The drafts so far, indexed by their states and by each state, with the two touched
    last: finding a mention's event looks at the drafts of its states, not at all of them
    (the cost per mention does not grow with the article)."""

    def __init__(self) -> None:
        self.all: list[Draft] = []
        self.by_states: dict[frozenset[Country], list[Draft]] = {}
        self.by_state: dict[Country, list[Draft]] = {}
        self.wide: list[Draft] = []  # of three or more states
        self.pairs: list[Draft] = []  # of exactly two
        self.recent: list[Draft] = []  # the two drafts a mention joined or opened last
        self.order: dict[int, int] = {}  # id of a draft -> its place in ``all``

    def open(self, m: Mention, countries: set[Country], rule: str) -> bool:
        draft = Draft([m.by(rule, "countries")], countries)
        self.order[id(draft)] = len(self.all)
        self.all.append(draft)
        self._index(draft, draft.countries)
        if len(countries) >= 3:
            self.wide.append(draft)
        elif len(countries) == 2:
            self.pairs.append(draft)
        self._touch(draft)
        return True

    def join(self, draft: Draft, m: Mention, rule: str) -> bool:
        draft.add(m.by(rule, "countries"))
        self._touch(draft)
        return True

    def widen(self, draft: Draft, parties: set[Country]) -> None:
        """Add states to a draft of three or more."""
        self.by_states[frozenset(draft.countries)].remove(draft)
        new = parties - draft.countries
        draft.countries |= parties
        self._index(draft, new)

    def with_states(self, states: set[Country]) -> list[Draft]:
        return self.by_states.get(frozenset(states), [])

    def with_state(self, state: Country) -> list[Draft]:
        return self.by_state.get(state, [])

    def touching(self, states: set[Country]) -> list[Draft]:
        """The drafts that share a state with ``states``, in the order they were opened."""
        found = {id(d): d for c in states for d in self.by_state.get(c, [])}
        return sorted(found.values(), key=lambda d: self.order[id(d)])

    def _index(self, draft: Draft, states: set[Country]) -> None:
        """File the draft under its states, and under each of ``states`` (new to it)."""
        by_states = self.by_states.setdefault(frozenset(draft.countries), [])
        bisect.insort(by_states, draft, key=self._rank)
        for c in states:
            bisect.insort(self.by_state.setdefault(c, []), draft, key=self._rank)

    def _rank(self, draft: Draft) -> int:
        return self.order[id(draft)]

    def _touch(self, draft: Draft) -> None:
        self.recent = [*[d for d in self.recent if d is not draft][-1:], draft]


def _last(drafts: list[Draft], m: Mention) -> Draft | None:
    """The draft opened last among ``drafts`` that ``m`` is compatible with."""
    return next((d for d in reversed(drafts) if _compatible(d, m)), None)


def _place(drafts: _Drafts, m: Mention) -> bool:
    """Add a mention to the draft of its event, or open one; False if it fits none."""
    parties = set(m.countries)
    if m.multi and len(parties) < 3 and drafts.all:
        # "a trilateral summit with China" after talks between Japan and South Korea
        union = parties | drafts.all[-1].countries
        if len(union) >= 3:
            same = _last(drafts.with_states(union), m)
            if same is not None:
                return drafts.join(same, m, "merge.multilateral-word")
            return drafts.open(m, union, "merge.multilateral-word")
    if len(parties) >= 3:
        # a summit named by its group in one place and by its members in another
        wide = [d for d in drafts.wide if d.countries <= parties or parties <= d.countries]
        target = _last(wide, m)
        if target is not None:
            drafts.widen(target, parties)
            return drafts.join(target, m, "merge.group-and-members")
    if len(parties) >= 2:
        return _place_two_sides(drafts, m, parties)
    if len(parties) == 1:
        return _place_one_side(drafts, m, parties)
    return _place_no_side(drafts, m)


def _place_two_sides(drafts: _Drafts, m: Mention, parties: set[Country]) -> bool:
    same = _last(drafts.with_states(parties), m)
    if same is not None:
        return drafts.join(same, m, "merge.same-states")
    if m.definite and not m.participants and m.date is None:
        # "the discussions" amid other states' names: the event already reported
        near = _last(drafts.touching(parties), m)
        if near is not None:
            return drafts.join(near, m, "merge.definite-paraphrase")
    return drafts.open(m, parties, "merge.new-event")


def _place_one_side(drafts: _Drafts, m: Mention, parties: set[Country]) -> bool:
    (only,) = parties
    mine = drafts.with_state(only)
    same_kind = [d for d in mine if d.mentions[0].trigger.kind is m.trigger.kind]
    # a dated, indefinite mention of another kind ("due to hold talks on March 3") is not a
    # paraphrase of an event it names no date for
    loose = m.definite or m.date is None
    target = _last(same_kind, m) or (_last(mine, m) if loose else None)
    if target is not None:
        return drafts.join(target, m, "merge.one-side-of-an-event")
    if (
        m.strong
        and m.date is not None
        and ((m.trigger.kind is EventKind.VISIT and m.host == only) or m.counterpart)
    ):
        # "Misri visited Dhaka in December" in an article about India and Bangladesh;
        # "talks with her Bangladeshi counterpart" when only one side is placed
        pairs = [d for d in mine if len(d.countries) == 2]
        if pairs:
            return drafts.open(m, set(pairs[-1].countries), "merge.the-articles-pair")
    return False


def _place_no_side(drafts: _Drafts, m: Mention) -> bool:
    if not drafts.all:
        return False
    if m.anaphor and m.strong and m.date is not None:
        # "the two sides met in Geneva last month": the article's pair, another event
        fit = next(
            (d for d in reversed(drafts.pairs) if _compatible(d, m) and _dated_alike(d, m)),
            None,
        )
        if fit is not None:
            return drafts.join(fit, m, "merge.the-two-sides")
        if drafts.pairs:
            pair = set(drafts.pairs[-1].countries)
            return drafts.open(m, pair, "merge.the-two-sides")
        return False
    if m.definite:
        recent = drafts.recent
        same_kind = [d for d in recent if m.trigger.kind in d.kinds]
        fits = [d for d in same_kind or recent if _compatible(d, m)]
        agree = [d for d in fits if m.status in d.statuses]
        if fits:
            return drafts.join((agree or fits)[-1], m, "merge.definite-recent")
    return False


def _place_call_with_one_side(drafts: _Drafts, m: Mention) -> None:
    """A call names one side ("The Prime Minister spoke with Mark Carney"): the other is the
    state the article pairs that one with, when it pairs it with only one."""
    (only,) = set(m.countries)
    dyads = {frozenset(d.countries) for d in drafts.with_state(only) if len(d.countries) == 2}
    if len(dyads) == 1:
        pair = set(next(iter(dyads)))
        same = _last(drafts.with_states(pair), m)
        if same is not None and same.mentions[0].trigger.kind is EventKind.CALL:
            drafts.join(same, m, "merge.call-with-one-side")
        else:
            drafts.open(m, pair, "merge.call-with-one-side")


#: Mentions dated more than this many days before publication are told as background.
BACKGROUND_DAYS = 7


def _situated(doc: Document, m: Mention) -> Mention:
    """A mention placed in the article: in the lead, background, the pair as its subject (the
    mention itself when it is so already)."""
    lead = m.trigger.start < doc.lead[1]
    background = m.date is not None and (doc.published - m.date.end).days > BACKGROUND_DAYS
    pair_subject = bool(
        PAIR_SUBJECT.search(
            doc.text, max(m.sentence[0], m.trigger.start - PAIR_SUBJECT_REACH), m.trigger.start
        )
    )
    if (lead, background, pair_subject) == (m.lead, m.background, m.pair_subject):
        return m
    return attrs.evolve(m, lead=lead, background=background, pair_subject=pair_subject)


def merge_stage(doc: Document, state: State) -> State:
    """Stage: the mentions of one real-world event, across sentences, as one group; each
    mention first placed in the article (the lead, background, the pair as its subject)."""
    situated = labelled(doc, [_situated(doc, m) for m in state.mentions])
    drafts = merge_mentions(situated)
    kept = {id(m.trigger) for d in drafts for m in d.mentions}
    dropped = [
        Dropped(m.trigger, "merge.no-event-of-its-states", m.rules)
        for m in situated
        if id(m.trigger) not in kept
    ]
    return attrs.evolve(
        state,
        mentions=tuple(situated),
        groups=tuple(d.freeze() for d in drafts),
        dropped=(*state.dropped, *dropped),
    )
