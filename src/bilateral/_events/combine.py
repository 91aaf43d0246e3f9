"""Within-sentence combination: tours split per stop, parties and settings shared between the
triggers of one sentence, denied mentions dropped, and triggers of one event joined."""

from __future__ import annotations

import itertools
import re

import attrs

from bilateral._document import Document
from bilateral._events.records import Dropped, Mention, Note, State
from bilateral._events.spans import finer
from bilateral._events.words import LOOSE_COMMA, PAIR_SUBJECT, PAIR_SUBJECT_REACH
from bilateral._vocab import (
    EventKind,
)

_CLAUSE_BREAK = re.compile(r";|[ \t][—–][ \t]")


_NEW_CLAUSE = re.compile(r",[ \t]+(?:and|but|while|whereas)\b|;|[ \t][—–][ \t]")


_SETTING = re.compile(
    r"\b(?:on|at)[ \t]+the[ \t]+(?:sidelines|margins|fringes)[ \t]+of\b|\bduring[ \t]+(?:the|a)\b",
    re.IGNORECASE,
)


_BILATERAL_WORDS = frozenset({"bilateral", "bilaterals"})


def combine_stage(doc: Document, state: State) -> State:
    """Stage: within each sentence, a tour split per stop, parties and settings shared, denied
    mentions dropped (noted), and the triggers of one event joined into one mention."""
    text = doc.text
    mentions: list[Mention] = []
    absorbed: list[Note] = []
    dropped = list(state.dropped)
    for sm in state.sentences:
        ms = _split_tours(list(sm.mentions))
        ms = _share_parties(text, ms)
        ms = _share_setting(text, ms)
        ms = _joined_by_others(text, ms)
        ms = _deny_purposes(text, ms)
        kept = _drop_denied(ms)
        dropped += [
            Dropped(
                m.trigger, next((n.rule for n in m.rules if n.field == "polarity"), ""), m.rules
            )
            for m in ms
            if m.negated
        ]
        joined, notes = _combine_sentence(text, kept)
        mentions += joined
        absorbed += notes
    return attrs.evolve(
        state, mentions=tuple(mentions), dropped=tuple(dropped), absorbed=tuple(absorbed)
    )


def _share_parties(text: str, mentions: list[Mention]) -> list[Mention]:
    """Triggers of one sentence with no parties of their own share those of the nearest one
    that has two or more: "X and Y traded warnings in a phone call and agreed to meet"."""
    full = [m for m in mentions if len(m.countries) >= 2]
    out = []
    for m in mentions:
        if not (m.countries or not full or m.definite) and not PAIR_SUBJECT.search(
            # "The two presidents, who last met in Warsaw": the article's pair
            text,
            max(m.sentence[0], m.trigger.start - PAIR_SUBJECT_REACH),
            m.trigger.start,
        ):
            src = min(full, key=lambda f: abs(f.trigger.start - m.trigger.start))
            # "the two leaders held a bilateral on the margins of the G7 summit": not the G7
            group = len(src.countries) >= 3 and (m.anaphor or m.trigger.word in _BILATERAL_WORDS)
            if not group:
                m = m.by(
                    "parties.shared-in-sentence",
                    "countries",
                    countries=src.countries,
                    participants=src.participants,
                    shared=True,
                )
        out.append(m)
    return out


def _split_tours(mentions: list[Mention]) -> list[Mention]:
    """A visit to several states is one visit to each: "visits to Belgrade and Budapest"."""
    out: list[Mention] = []
    for m in mentions:
        visitors = [c for c in m.countries if c not in m.stops]
        if not m.stops or not visitors:
            out.append(m)
            continue
        out.extend(
            m.by(
                "parties.one-visit-per-stop",
                "countries",
                countries=(*visitors, stop),
                host=stop,
                participants=tuple(p for p in m.participants if p.country in (*visitors, stop)),
                stops=(),
            )
            for stop in m.stops
        )
    return out


def _share_setting(text: str, mentions: list[Mention]) -> list[Mention]:
    """A meeting "on the sidelines of the summit in Cairo in December" takes the summit's
    date and place."""
    out = list(mentions)
    for i, (m, later) in enumerate(itertools.pairwise(mentions)):
        if not _SETTING.search(text, m.trigger.end, later.trigger.start):
            continue
        place = later.location if m.location is None and later.location is not None else m.location
        if (m.date or later.date) != m.date or place != m.location:
            out[i] = m.by(
                "date.setting-of-a-sideline-meeting",
                "date",
                date=m.date or later.date,
                location=place,
            )
    return out


# "won't be travelling to Nairobi next month for talks", "did not fly to Delhi to meet Modi":
# the purpose of a denied act, in its clause
_PURPOSE = re.compile(
    r"[^,;.]{0,60}\b(?:for|to(?:[ \t]+(?:hold|have|conduct|attend))?)[ \t]+"
    r"(?:(?:an?|new|further|fresh|direct)[ \t]+)?$"
)


def _deny_purposes(text: str, mentions: list[Mention]) -> list[Mention]:
    """A mention that is the purpose of a denied one before it ("won't be travelling to Kenya
    for talks with Ruto") is denied with it."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.negated
            and not m.negated
            and _PURPOSE.fullmatch(text, prev.trigger.end, m.trigger.start)
        ):
            m = m.by("polarity.purpose-of-a-denied-act", "polarity", negated=True)
        out.append(m)
    return out


# "…, together with the presidents of A, B and C, at a consultative meeting": others join the
# event, told at the setting after them
_TOGETHER = re.compile(r",[ \t]+(?:together|along)[ \t]+with\b")
_AT_SETTING = re.compile(r"\b(?:at|for|in)[ \t]+(?:an?|the)[ \t]+(?:[\w'’-]+[ \t]+){0,3}$")


def _joined_by_others(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Tokayev and Mirziyoyev will meet again, together with the presidents of Kyrgyzstan
    and Tajikistan, at a consultative meeting": one event of them all."""
    out = list(mentions)
    for i, (m, later) in enumerate(itertools.pairwise(mentions)):
        together = _TOGETHER.search(text, m.trigger.end, later.trigger.start)
        if together is None or len(m.countries) < 2 or not later.countries:
            continue
        if not _AT_SETTING.search(text, together.end(), later.trigger.start):
            continue
        states = (*m.countries, *(c for c in later.countries if c not in m.countries))
        people = (*m.participants, *(p for p in later.participants if p not in m.participants))
        for k in (i, i + 1):
            out[k] = out[k].by(
                "parties.joined-by-others", "countries", countries=states, participants=people
            )
    return out


def _drop_denied(mentions: list[Mention]) -> list[Mention]:
    """Mentions the text denies go; their parties stay with what follows: "has not visited
    Brazil since 2019, when he held talks with Bolsonaro" keeps India in the talks."""
    kept: list[Mention] = []
    denied: list[Mention] = []
    for m in mentions:
        if m.negated:
            denied.append(m)
            continue
        for d in denied:
            if m.countries and not m.definite and set(m.countries) < set(d.countries):
                people = (*m.participants, *(p for p in d.participants if p not in m.participants))
                m = m.by(
                    "parties.kept-from-a-denial",
                    "countries",
                    countries=d.countries,
                    participants=people,
                )
        kept.append(m)
    return kept


def _combine_sentence(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[Note]]:
    """Triggers of one sentence with the same parties, or none of their own, are one mention;
    with the mentions, the notes of those joined into another (and of the join).

    ``cur`` holds the latest form of each mention: a later one reads what earlier joins made."""
    absorbed: list[Note] = []
    cur = list(mentions)
    out: list[int] = []
    for i in range(len(cur)):
        m = cur[i]
        if m.multi and len(m.countries) < 3:
            wider = list(m.countries)
            for other in cur:
                wider += [c for c in other.countries if c not in wider]
            if len(wider) > len(m.countries):
                m = cur[i] = m.by("parties.multilateral-word", "countries", countries=tuple(wider))
        if out and _one_side_each(text, cur[out[-1]], m):
            # "Mirziyoyev is on a state visit, holding talks with Tokayev": one meeting
            both = (*cur[out[-1]].countries, m.countries[0])
            cur[out[-1]] = cur[out[-1]].by("parties.one-side-each", "countries", countries=both)
            m = cur[i] = m.by("parties.one-side-each", "countries", countries=both)
        if out and _same_event(text, cur[out[-1]], m):
            prev = cur[out[-1]]
            if (
                m.status == prev.status
                or not m.strong
                or not prev.strong
                or _purpose(text, prev, m)
            ):
                cur[out[-1]] = _absorb(prev, m)
                join = Note("combine.second-trigger-of-one-event", "kind", m.trigger)
                absorbed += [*m.rules, join]
                continue
        out.append(i)
    return [cur[j] for j in out], absorbed


def _one_side_each(text: str, prev: Mention, m: Mention) -> bool:
    return (
        len(m.countries) == 1
        and len(prev.countries) == 1
        and m.countries != prev.countries
        and not (m.multi or prev.multi)
        and not _CLAUSE_BREAK.search(text, prev.trigger.end, m.trigger.start)
    )


def _same_event(text: str, prev: Mention, m: Mention) -> bool:
    """Whether a trigger tells the same event as the one before it in its sentence."""
    same_sides = (
        not m.countries
        or set(m.countries) == set(prev.countries)
        or (
            set(m.countries) < set(prev.countries)
            and not _NEW_CLAUSE.search(text, prev.trigger.end, m.trigger.start)
        )
    )
    return (
        same_sides
        and (not m.multi or prev.multi)
        and not _CLAUSE_BREAK.search(text, prev.trigger.end, m.trigger.start)
        and not apart(m.trigger.kind, {prev.trigger.kind}, physical=True)
        and not (_other_people(prev, m) and not _purpose(text, prev, m))
        and not (
            m.shared
            and m.trigger.kind is not prev.trigger.kind
            and m.strong
            and LOOSE_COMMA.search(text, prev.trigger.end, m.trigger.start)
        )
    )


def _absorb(prev: Mention, m: Mention) -> Mention:
    """``prev`` with what ``m``, a second trigger of its event, adds; the rules that had set
    a field of ``m`` that ``prev`` takes come along, and the join is noted for each field."""
    merged = prev.merged
    if (m.countries and not m.shared) or m.trigger.kind in (EventKind.CALL, EventKind.SUMMIT):
        # its own parties, or the channel: "discussed it in a phone call"; or what the
        # gathering is: "gathered in Paris for a four-nation summit"
        merged = (*merged, m.trigger.kind)
    status, strong = prev.status, prev.strong
    if not prev.strong and m.strong:
        status, strong = m.status, True
    people = (*prev.participants, *(p for p in m.participants if p not in prev.participants))
    changes = {
        "participants": people,
        "host": prev.host or m.host,
        "location": prev.location or m.location,
        "trip_days": prev.trip_days or m.trip_days,
        "date": finer(prev.date, m.date),
        "merged": merged,
        "first_since": prev.first_since or m.first_since,
        "status": status,
        "strong": strong,
    }
    taken = {_FIELD.get(k, k) for k, v in changes.items() if getattr(prev, k) != v}
    notes = [n for n in m.rules if n.field in taken]
    notes += [Note("combine.second-trigger-of-one-event", f, m.trigger) for f in sorted(taken)]
    return attrs.evolve(prev, rules=(*prev.rules, *notes), **changes)  # type: ignore[arg-type]


#: The event field that a mention's working field feeds.
_FIELD = {"merged": "kind", "strong": "status", "trip_days": "date"}


#: Characters between a trip's word and the verb of its purpose ("travel to X next month to meet").
PURPOSE_REACH = 80


def _purpose(text: str, prev: Mention, m: Mention) -> bool:
    """Whether the event word is the purpose of the trip before it: "will travel to Dakar next
    month to meet Faye" (its status and people are the trip's)."""
    return (
        prev.trigger.kind is EventKind.VISIT
        and m.trigger.pos == "verb"
        and text.endswith("to ", max(0, m.trigger.start - 3), m.trigger.start)
        and m.trigger.start - prev.trigger.end <= PURPOSE_REACH
        and "," not in text[prev.trigger.end : m.trigger.start]
    )


def _other_people(a: Mention, b: Mention) -> bool:
    """Two verbs with people of their own and none in common: "Jaishankar met Wang in Rio, and
    Singh met Dong in Vientiane" tells of two meetings."""
    if a.trigger.pos != "verb" or b.trigger.pos != "verb" or not a.participants:
        return False
    names = {p.name for p in a.participants}
    return bool(b.participants) and not any(p.name in names for p in b.participants)


_PHYSICAL = frozenset({EventKind.VISIT, EventKind.MEETING, EventKind.SUMMIT})


def apart(kind: EventKind, kinds: set[EventKind], *, physical: bool = False) -> bool:
    """Whether a call would be joined to an in-person event, or one to a call.

    Across sentences any other kind is apart from a call; in one sentence only a meeting,
    visit or summit is ("discussed … in a phone call" is the call itself).
    """
    others = _PHYSICAL if physical else frozenset(EventKind) - {EventKind.CALL}
    if kind is EventKind.CALL:
        return bool(kinds & others) and EventKind.CALL not in kinds
    return kind in others and kinds == {EventKind.CALL}
