"""Article-level passes over a sentence's mentions: bodies' own meetings, delegations named in a
sentence of their own, the dateline's state as host, and the other side of a lone official."""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from bilateral._document import Document, persons, within
from bilateral._events.items import group_members
from bilateral._events.records import Lone, Mention, SentenceMentions, State
from bilateral._events.venues import dateline_place, venues
from bilateral._events.words import HOST_WORDS
from bilateral._mentions import ActorMention, CountryMention
from bilateral._model import (
    Country,
)
from bilateral._text import lacks
from bilateral._vocab import (
    EventKind,
)

#: Characters before a visit word where an international body names its visitor.
BODY_REACH = 80

_OF_BODY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


_LED_BY = re.compile(
    r"\b(?:delegation|team|side)s?\b[^.;]{0,40}?\b(?:led|headed)[ \t]+by\b", re.IGNORECASE
)


def a_bodys_own(text: str, m: Mention, found: list[CountryMention], day: dt.date) -> bool:
    """ "an emergency meeting of the U.N. Security Council": a body's meeting, not one
    between the states that speak at it (a group with a list of members is its members')."""
    if m.trigger.pos != "noun" or (of := _OF_BODY.match(text, m.trigger.end)) is None:
        return False
    after = within(found, of.end(), of.end() + 1)
    return bool(
        after
        and after[0].organization is not None
        and after[0].country is None
        and not group_members(after[0].organization, day)
    )


def visitor_is_a_body(text: str, m: Mention, found: list[CountryMention], s_start: int) -> bool:
    """ "EU Enlargement Commissioner Marta Kos, who visited Skopje": a visit to one state by
    an international body's official, with no state named between the body and the verb."""
    if m.trigger.kind is not EventKind.VISIT or len(m.countries) != 1:
        return False
    before = within(found, max(s_start, m.trigger.start - BODY_REACH), m.trigger.start)
    bodies = [c for c in before if c.organization is not None and c.country is None]
    if not bodies:
        return False
    last = bodies[-1]
    return not any(c.country is not None and c.start > last.start for c in before)


def article_stage(doc: Document, state: State) -> State:
    """Stage: what one sentence cannot tell alone. A body's own meeting and a body's
    official's visit are no state's event; the other side of an official named without a
    state; the leaders of each delegation told in a sentence of their own; the dateline's
    state as the host of agency copy."""
    found = list(doc.countries)
    sentences = [
        attrs.evolve(sm, mentions=tuple(_bodies(doc, sm, found))) for sm in state.sentences
    ]
    sentences = _place_the_other_side(state.lone, sentences)
    sentences = _add_delegations(doc, sentences)
    sentences = _host_by_dateline(doc, found, sentences)
    sentences = venues(doc, sentences)
    return attrs.evolve(state, sentences=tuple(sentences))


def _bodies(doc: Document, sm: SentenceMentions, found: list[CountryMention]) -> list[Mention]:
    out = []
    for m in sm.mentions:
        if visitor_is_a_body(doc.text, m, found, sm.span[0]):
            m = m.by("polarity.visitor-is-a-body", "polarity", negated=True)
        elif a_bodys_own(doc.text, m, found, doc.published):
            m = m.by("polarity.a-bodys-own-meeting", "polarity", negated=True)
        out.append(m)
    return out


def _add_delegations(doc: Document, sentences: list[SentenceMentions]) -> list[SentenceMentions]:
    """ "The U.S. delegation is led by Treasury Secretary Scott Bessent, while China's team
    is headed by Vice Premier He Lifeng": a sentence with no event word that names who leads
    each side; its officials join the event told just before, if of its states."""
    if not sentences:
        return sentences
    text, placed = doc.text, persons(doc)
    starts = [sm.span[0] for sm in sentences]
    out = list(sentences)
    for s, e in doc.sentences:
        if lacks(text, s, e, ("led", "headed")) or lacks(
            text, s, e, ("delegation", "team", "side")
        ):
            continue  # words that _LED_BY needs
        if not _LED_BY.search(text, s, e) or (i := bisect.bisect_left(starts, s)) == 0:
            continue
        if i < len(starts) and starts[i] == s:
            continue  # a sentence with an event word tells its own parties
        ms = list(out[i - 1].mentions)
        before = [k for k, m in enumerate(ms) if len(m.countries) >= 2]
        if not before:
            continue
        k = before[-1]
        for a in within(placed, s, e):
            m = ms[k]
            if a.actor.country in m.countries and a.actor not in m.participants:
                ms[k] = m.by(
                    "participants.delegation-leader",
                    "participants",
                    participants=(*m.participants, a.actor),
                )
        out[i - 1] = attrs.evolve(out[i - 1], mentions=tuple(ms))
    return out


def _host_by_dateline(
    doc: Document, found: list[CountryMention], sentences: list[SentenceMentions]
) -> list[SentenceMentions]:
    """Agency copy filed from the host's capital: "ABU DHABI (WAM) -- Sheikh Mansour …
    received Kenya's Deputy President": with no state named before "received", the host is
    the dateline's."""
    place = dateline_place(doc)
    if place is None or place.country is None:
        return sentences
    home = place.country
    actors = list(doc.actors)
    out = []
    for sm in sentences:
        ms = []
        for m in sm.mentions:
            if (
                m.trigger.word in HOST_WORDS
                and len(m.countries) == 1
                and home not in m.countries
                and m.trigger.form != "base"
                and not _state_before(m, found, actors)
            ):
                m = m.by("host.dateline-state", "host", countries=(home, *m.countries), host=home)
            ms.append(m)
        out.append(attrs.evolve(sm, mentions=tuple(ms)))
    return out


def _state_before(m: Mention, found: list[CountryMention], actors: list[ActorMention]) -> bool:
    lo, hi = m.sentence[0], m.trigger.start
    return any(c.country is not None for c in within(found, lo, hi)) or any(
        a.actor.country is not None for a in within(actors, lo, hi)
    )


def _place_the_other_side(
    lone: tuple[Lone, ...], sentences: list[SentenceMentions]
) -> list[SentenceMentions]:
    """An official the text names without a state ("National Security Adviser Ajit Doval and
    Chinese Foreign Minister Wang Yi opened talks"), beside one state's side, is of the state
    the article pairs with that one: the only partner it gives it in two-state mentions."""
    if not lone:
        return sentences
    partners: dict[Country, set[Country]] = {}
    for sm in sentences:
        for m in sm.mentions:
            if len(m.countries) == 2 and not m.multi:
                a, b = m.countries
                partners.setdefault(a, set()).add(b)
                partners.setdefault(b, set()).add(a)
    table = [list(sm.mentions) for sm in sentences]
    for one in lone:
        m = table[one.sentence][one.index]
        if len(m.countries) != 1 or len(partners.get(m.countries[0], ())) != 1:
            continue
        if one.actor.level is None:
            continue  # a governor or a mayor is no state's envoy to the other side
        (other,) = partners[m.countries[0]]
        people = m.participants
        if one.actor.name is not None and all(p.name != one.actor.name for p in people):
            people = (*people, attrs.evolve(one.actor, country=other))
        table[one.sentence][one.index] = m.by(
            "parties.other-side-of-a-lone-official",
            "countries",
            countries=(*m.countries, other),
            participants=people,
        )
    return [attrs.evolve(sm, mentions=tuple(ms)) for sm, ms in zip(sentences, table, strict=True)]
