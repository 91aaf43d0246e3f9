"""Within-sentence combination: tours split per stop, parties and settings shared between the
triggers of one sentence, denied mentions dropped, and triggers of one event joined."""

from __future__ import annotations

import itertools
import re

import attrs

from bilateral._events.records import Mention
from bilateral._events.spans import finer
from bilateral._events.words import LOOSE_COMMA, PAIR_SUBJECT
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


def share_parties(text: str, mentions: list[Mention]) -> None:
    """Triggers of one sentence with no parties of their own share those of the nearest one
    that has two or more: "X and Y traded warnings in a phone call and agreed to meet"."""
    full = [m for m in mentions if len(m.countries) >= 2]
    for m in mentions:
        if m.countries or not full or m.definite:
            continue
        if PAIR_SUBJECT.search(text, max(m.sentence[0], m.trigger.start - 50), m.trigger.start):
            continue  # "The two presidents, who last met in Warsaw": the article's pair
        src = min(full, key=lambda f: abs(f.trigger.start - m.trigger.start))
        if len(src.countries) >= 3 and (m.anaphor or m.trigger.word in _BILATERAL_WORDS):
            continue  # "the two leaders held a bilateral on the margins of the G7 summit"
        m.countries = list(src.countries)
        m.participants = list(src.participants)
        m.shared = True


def split_tours(mentions: list[Mention]) -> list[Mention]:
    """A visit to several states is one visit to each: "visits to Belgrade and Budapest"."""
    out: list[Mention] = []
    for m in mentions:
        visitors = [c for c in m.countries if c not in m.stops]
        if not m.stops or not visitors:
            out.append(m)
            continue
        out.extend(
            attrs.evolve(
                m,
                countries=[*visitors, stop],
                host=stop,
                participants=[p for p in m.participants if p.country in (*visitors, stop)],
                stops=[],
            )
            for stop in m.stops
        )
    return out


def share_setting(text: str, mentions: list[Mention]) -> None:
    """A meeting "on the sidelines of the summit in Cairo in December" takes the summit's
    date and place."""
    for m, later in itertools.pairwise(mentions):
        if not _SETTING.search(text, m.trigger.end, later.trigger.start):
            continue
        m.date = m.date or later.date
        if m.location is None and later.location is not None:
            m.location = later.location


def drop_denied(mentions: list[Mention]) -> list[Mention]:
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
                m.countries = list(d.countries)
                m.participants += [p for p in d.participants if p not in m.participants]
        kept.append(m)
    return kept


def combine_sentence(text: str, mentions: list[Mention]) -> list[Mention]:
    """Triggers of one sentence with the same parties, or none of their own, are one mention."""
    out: list[Mention] = []
    for m in mentions:
        if m.multi and len(m.countries) < 3:
            for other in mentions:
                for c in other.countries:
                    if c not in m.countries:
                        m.countries.append(c)
        if (
            out
            and len(m.countries) == 1
            and len(out[-1].countries) == 1
            and m.countries != out[-1].countries
            and not (m.multi or out[-1].multi)
            and not _CLAUSE_BREAK.search(text, out[-1].trigger.end, m.trigger.start)
        ):
            # "Mirziyoyev is on a state visit, holding talks with Tokayev": one meeting
            out[-1].countries.append(m.countries[0])
            m.countries = list(out[-1].countries)
        if (
            out
            and (
                not m.countries
                or set(m.countries) == set(out[-1].countries)
                or (
                    set(m.countries) < set(out[-1].countries)
                    and not _NEW_CLAUSE.search(text, out[-1].trigger.end, m.trigger.start)
                )
            )
            and (not m.multi or out[-1].multi)
            and not _CLAUSE_BREAK.search(text, out[-1].trigger.end, m.trigger.start)
            and not apart(m.trigger.kind, {out[-1].trigger.kind}, physical=True)
            and not _other_people(out[-1], m)
            and not (
                m.shared
                and m.trigger.kind is not out[-1].trigger.kind
                and m.strong
                and LOOSE_COMMA.search(text, out[-1].trigger.end, m.trigger.start)
            )
        ):
            prev = out[-1]
            if m.status == prev.status or not m.strong or not prev.strong:
                prev.participants += [p for p in m.participants if p not in prev.participants]
                prev.host = prev.host or m.host
                prev.location = prev.location or m.location
                prev.trip_days = prev.trip_days or m.trip_days
                prev.date = finer(prev.date, m.date)
                if (m.countries and not m.shared) or m.trigger.kind is EventKind.CALL:
                    # its own parties, or the channel: "discussed it in a phone call"
                    prev.merged.append(m.trigger.kind)
                prev.first_since = prev.first_since or m.first_since
                if not prev.strong and m.strong:
                    prev.status, prev.strong = m.status, True
                continue
        out.append(m)
    return out


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
