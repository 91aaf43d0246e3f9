"""Article-level passes over a sentence's mentions: bodies' own meetings, delegations named in a
sentence of their own, the dateline's state as host, and the other side of a lone official."""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from bilateral._events.items import group_members
from bilateral._events.records import Mention
from bilateral._events.spans import within
from bilateral._events.words import DATELINE, HOST_WORDS
from bilateral._mentions import ActorMention, CountryMention
from bilateral._model import (
    Actor,
    Country,
)
from bilateral._triggers import Trigger
from bilateral._vocab import (
    EventKind,
)

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
    before = within(found, max(s_start, m.trigger.start - 80), m.trigger.start)
    bodies = [c for c in before if c.organization is not None and c.country is None]
    if not bodies:
        return False
    last = bodies[-1]
    return not any(c.country is not None and c.start > last.start for c in before)


def add_delegations(
    text: str,
    sents: list[tuple[int, int]],
    with_triggers: list[tuple[int, int, list[Trigger]]],
    persons: list[ActorMention],
    per_sentence: list[list[Mention]],
) -> None:
    """ "The U.S. delegation is led by Treasury Secretary Scott Bessent, while China's team
    is headed by Vice Premier He Lifeng": a sentence with no event word that names who leads
    each side; its officials join the event told just before, if of its states."""
    if not per_sentence:
        return
    trigger_starts = [s for s, _, _ in with_triggers]
    for s, e in sents:
        if not _LED_BY.search(text, s, e) or (i := bisect.bisect_left(trigger_starts, s)) == 0:
            continue
        if i < len(trigger_starts) and trigger_starts[i] == s:
            continue  # a sentence with an event word tells its own parties
        before = [m for m in per_sentence[i - 1] if len(m.countries) >= 2]
        if not before:
            continue
        m = before[-1]
        for a in within(persons, s, e):
            if a.actor.country in m.countries and a.actor not in m.participants:
                m.participants.append(a.actor)


def dateline_country(text: str, found: list[CountryMention]) -> Country | None:
    """The state of the dateline ("ABU DHABI, 12th November, 2024 (WAM) --"), if any."""
    for c in found:
        if c.start > 600:
            break
        at_line_start = c.start == 0 or text[c.start - 1] == "\n"
        if (
            c.country is not None
            and c.text.isupper()
            and at_line_start
            and DATELINE.match(text, c.end)
        ):
            return c.country
    return None


def host_by_dateline(
    text: str,
    home: Country | None,
    found: list[CountryMention],
    actors: list[ActorMention],
    per_sentence: list[list[Mention]],
) -> None:
    """Agency copy filed from the host's capital: "ABU DHABI (WAM) -- Sheikh Mansour …
    received Kenya's Deputy President": with no state named before "received", the host is
    the dateline's."""
    if home is None:
        return
    for sentence_mentions in per_sentence:
        for m in sentence_mentions:
            if (
                m.trigger.word not in HOST_WORDS
                or len(m.countries) != 1
                or home in m.countries
                or m.trigger.form == "base"
            ):
                continue
            lo, hi = m.sentence[0], m.trigger.start
            if any(c.country is not None for c in within(found, lo, hi)) or any(
                a.actor.country is not None for a in within(actors, lo, hi)
            ):
                continue
            m.countries.insert(0, home)
            m.host = home


def place_the_other_side(
    lone: list[tuple[Mention, Actor]], per_sentence: list[list[Mention]]
) -> None:
    """An official the text names without a state ("National Security Adviser Ajit Doval and
    Chinese Foreign Minister Wang Yi opened talks"), beside one state's side, is of the state
    the article pairs with that one: the only partner it gives it in two-state mentions."""
    if not lone:
        return
    partners: dict[Country, set[Country]] = {}
    for sentence_mentions in per_sentence:
        for m in sentence_mentions:
            if len(m.countries) == 2 and not m.multi:
                a, b = m.countries
                partners.setdefault(a, set()).add(b)
                partners.setdefault(b, set()).add(a)
    for m, actor in lone:
        if len(m.countries) != 1 or len(partners.get(m.countries[0], ())) != 1:
            continue
        if actor.level is None:
            continue  # a governor or a mayor is no state's envoy to the other side
        (other,) = partners[m.countries[0]]
        m.countries.append(other)
        if actor.name is not None and all(p.name != actor.name for p in m.participants):
            m.participants.append(attrs.evolve(actor, country=other))
