"""Cross-sentence combination: the mentions of one real-world event (a headline and its
paraphrases) merged into one ``Draft``; the rules of compatibility."""

from __future__ import annotations

import attrs

from bilateral._document import Document
from bilateral._events.combine import apart
from bilateral._events.dates import visit_days
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
    drafts: list[Draft] = []
    orphans: list[Mention] = []
    for m in mentions:
        if _place(drafts, m):
            continue
        one_side = len(set(m.countries)) == 1
        if one_side and m.trigger.kind is EventKind.CALL and m.strong and m.date is not None:
            orphans.append(m)
    for m in orphans:
        _place_call_with_one_side(drafts, m)
    return drafts


def _open(drafts: list[Draft], m: Mention, countries: set[Country], rule: str) -> bool:
    drafts.append(Draft([m.by(rule, "countries")], countries))
    return True


def _join(draft: Draft, m: Mention, rule: str) -> bool:
    draft.add(m.by(rule, "countries"))
    return True


def _place(drafts: list[Draft], m: Mention) -> bool:
    """Add a mention to the draft of its event, or open one; False if it fits none."""
    parties = set(m.countries)
    if m.multi and len(parties) < 3 and drafts:
        # "a trilateral summit with China" after talks between Japan and South Korea
        union = parties | drafts[-1].countries
        if len(union) >= 3:
            same = [d for d in drafts if d.countries == union and _compatible(d, m)]
            if same:
                return _join(same[-1], m, "merge.multilateral-word")
            return _open(drafts, m, union, "merge.multilateral-word")
    if len(parties) >= 3:
        # a summit named by its group in one place and by its members in another
        wide = [
            d
            for d in drafts
            if len(d.countries) >= 3
            and (d.countries <= parties or parties <= d.countries)
            and _compatible(d, m)
        ]
        if wide:
            wide[-1].countries |= parties
            return _join(wide[-1], m, "merge.group-and-members")
    if len(parties) >= 2:
        return _place_two_sides(drafts, m, parties)
    if len(parties) == 1:
        return _place_one_side(drafts, m, parties)
    return _place_no_side(drafts, m)


def _place_two_sides(drafts: list[Draft], m: Mention, parties: set[Country]) -> bool:
    same = [d for d in drafts if d.countries == parties and _compatible(d, m)]
    if same:
        return _join(same[-1], m, "merge.same-states")
    if m.definite and not m.participants and m.date is None:
        # "the discussions" amid other states' names: the event already reported
        near = [d for d in drafts if d.countries & parties and _compatible(d, m)]
        if near:
            return _join(near[-1], m, "merge.definite-paraphrase")
    return _open(drafts, m, parties, "merge.new-event")


def _place_one_side(drafts: list[Draft], m: Mention, parties: set[Country]) -> bool:
    (only,) = parties
    near = [d for d in drafts if only in d.countries and _compatible(d, m)]
    same_kind = [d for d in near if d.mentions[0].trigger.kind is m.trigger.kind]
    # a dated, indefinite mention of another kind ("due to hold talks on March 3") is not a
    # paraphrase of an event it names no date for
    loose = m.definite or m.date is None
    pool = same_kind or (near if loose else [])
    if pool:
        return _join(pool[-1], m, "merge.one-side-of-an-event")
    if (
        m.strong
        and m.date is not None
        and ((m.trigger.kind is EventKind.VISIT and m.host == only) or m.counterpart)
    ):
        # "Misri visited Dhaka in December" in an article about India and Bangladesh;
        # "talks with her Bangladeshi counterpart" when only one side is placed
        pairs = [d for d in drafts if only in d.countries and len(d.countries) == 2]
        if pairs:
            return _open(drafts, m, set(pairs[-1].countries), "merge.the-articles-pair")
    return False


def _place_no_side(drafts: list[Draft], m: Mention) -> bool:
    if not drafts:
        return False
    if m.anaphor and m.strong and m.date is not None:
        # "the two sides met in Geneva last month": the article's pair, another event
        pairs = [d for d in drafts if len(d.countries) == 2]
        fits = [d for d in pairs if _compatible(d, m) and _dated_alike(d, m)]
        if fits:
            return _join(fits[-1], m, "merge.the-two-sides")
        if pairs:
            return _open(drafts, m, set(pairs[-1].countries), "merge.the-two-sides")
        return False
    if m.definite:
        recent = sorted(drafts, key=lambda d: d.last)[-2:]
        same_kind = [d for d in recent if m.trigger.kind in d.kinds]
        fits = [d for d in same_kind or recent if _compatible(d, m)]
        agree = [d for d in fits if m.status in d.statuses]
        if fits:
            return _join((agree or fits)[-1], m, "merge.definite-recent")
    return False


def _place_call_with_one_side(drafts: list[Draft], m: Mention) -> None:
    """A call names one side ("The Prime Minister spoke with Mark Carney"): the other is the
    state the article pairs that one with, when it pairs it with only one."""
    (only,) = set(m.countries)
    dyads = {frozenset(d.countries) for d in drafts if len(d.countries) == 2}
    partners = [dyad for dyad in dyads if only in dyad]
    if len(partners) == 1:
        pair = set(partners[0])
        same = [d for d in drafts if d.countries == pair and _compatible(d, m)]
        if same and same[-1].mentions[0].trigger.kind is EventKind.CALL:
            _join(same[-1], m, "merge.call-with-one-side")
        else:
            _open(drafts, m, pair, "merge.call-with-one-side")


#: Mentions dated more than this many days before publication are told as background.
BACKGROUND_DAYS = 7


def merge_stage(doc: Document, state: State) -> State:
    """Stage: the mentions of one real-world event, across sentences, as one group; each
    mention first placed in the article (the lead, background, the pair as its subject)."""
    lead_end = doc.lead[1]
    situated = [
        attrs.evolve(
            m,
            lead=m.trigger.start < lead_end,
            background=m.date is not None and (doc.published - m.date.end).days > BACKGROUND_DAYS,
            pair_subject=bool(
                PAIR_SUBJECT.search(
                    doc.text,
                    max(m.sentence[0], m.trigger.start - PAIR_SUBJECT_REACH),
                    m.trigger.start,
                )
            ),
        )
        for m in state.mentions
    ]
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
