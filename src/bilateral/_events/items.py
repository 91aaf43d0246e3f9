"""Stage 1, parties: the states a sentence names as taking part, from officials, bodies, names,
demonyms, capitals and cities, leaving out modifiers, sources of the report and go-betweens."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re

from bilateral._document import DATELINE_AFTER, within
from bilateral._events.records import Item
from bilateral._events.words import COORDINATION, MONTHS_DAYS, REPORT_VERBS
from bilateral._gazetteer import active
from bilateral._mentions import ActorMention, CountryMention
from bilateral._model import (
    Country,
)
from bilateral._tables import read_tsv
from bilateral._triggers import Cue, Trigger, Words, cues_in, find_triggers
from bilateral._vocab import (
    Recognition,
)

#: Characters before a group's name where "leaders of", "summit of" may stand.
GROUP_OF_REACH = 40
#: Characters before a place where a travel verb ("flew to", "arrived in") may stand.
TRAVEL_REACH = 30
#: Characters before a state where "in the island of", "at the port of" may stand.
SETTLEMENT_REACH = 50
#: Characters after a demonym where a state noun ("officials", "envoys") may stand.
STATE_NOUN_REACH = 30
#: Characters after a country name where the topic noun it modifies may stand.
TOPIC_NOUN_REACH = 40
#: Characters after a topic noun where an event noun it modifies may stand.
HEAD_NOUN_REACH = 20

_START = operator.attrgetter("start")

_STATE_RECOGNITIONS = frozenset(
    {
        Recognition.NAME,
        Recognition.ALIAS,
        Recognition.CAPITAL,
        Recognition.METONYM,
        Recognition.HISTORICAL,
    }
)


_STATE_NOUN_ROLES = frozenset({"state_noun", "level"})


_REPORTER = re.compile(rf"[ \t]+{REPORT_VERBS}\b|’s[ \t]+statement|'s[ \t]+statement")


_VENUE_OF = re.compile(
    r"[ \t]+(?:summit|talks|meeting|round|conference|negotiations|format|process)\b", re.I
)


_CAPITAL_AFTER = re.compile(
    r"[ \t]+capital\b(?![ \t]+(?:markets?|flows?|gains?|spending|controls?))"
)


# "with Oman again acting as mediator", "with Qatar mediating": a go-between, not a party
_GO_BETWEEN = re.compile(
    r"(?:'s|’s)?[ \t]+(?:(?:again|also|once[ \t]+again)[ \t]+)?"
    r"(?:(?:acting|serving)[ \t]+as|as)[ \t]+(?:a[ \t]+|the[ \t]+|an[ \t]+)?"
    r"(?:mediators?|go-betweens?|intermediar(?:y|ies)|facilitators?|brokers?)\b"
    r"|[ \t]+(?:(?:diplomats|officials|envoys|mediators)[ \t]+)?(?:(?:again|also)[ \t]+)?"
    r"(?:mediating|brokering|facilitating|shuttling)\b",
    re.IGNORECASE,
)


# (it opens with "o", searched for in C; the look-behind after it is the "\b" before it)
_TOPIC_ON = re.compile(
    rf"o(?<!\wo)(?:n|ver)[ \t]+"
    rf"(?!(?:{MONTHS_DAYS})\b|\d|the[ \t]+(?:\d|sidelines|margins|eve|phone)\b"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b|behalf\b"
    r"|(?:a|the)[ \t]+(?:visit|trip|tour)\b|to\b)"  # "go on to Tonga": a next stop
)


_PLACE_OF = re.compile(
    r"(?:[ \t]+[a-z-]+)?[ \t]+(?:city|town|capital|port|resort|village|region|province|island)"
    r"[ \t]+of[ \t]+(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)


_TRAVEL = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|arriv(?:e|es|ed|ing)"
    r"|land(?:s|ed|ing)?|go(?:es|ing)?|went|trip|journey|visit(?:s|ed|ing)?)[ \t]+(?:to|in)[ \t]+$"
    # "sent its foreign minister to Kyiv": the envoy's destination
    r"|\bsen(?:d|ds|t|ding)[ \t]+(?:[\w'’.-]+[ \t]+){1,4}to[ \t]+$",
    re.IGNORECASE,
)


_GROUP_EVENT = re.compile(
    r"(?:'s|’s)?[ \t]+(?:annual[ \t]+|leaders'?[ \t]+|heads[ \t]+of[ \t]+state[ \t]+)?"
    r"(?:summit|summits|leaders|heads of state|heads of government|foreign ministers"
    r"|prime ministers|presidents|ministerial|ministers|council|meeting)\b",
    re.IGNORECASE,
)


_GROUP_OF = re.compile(
    r"\b(?:summit|leaders|heads of state|heads of government|foreign ministers)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?(?:\w+[ \t]+){0,2}$"
)


# (it opens with its word, searched for in C; the look-behind after it is the "\b" before it)
_PLACE_AFTER = re.compile(
    r"(?P<prep>in|at|to|In|At)(?<!\w..)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:[A-Za-z-]+[ \t]+){0,2}?(?:city|town|port|resort|village|island)[ \t]+of[ \t]+)?"
    r"(?P<place>[A-Z])"
)


_FIRST_WORD = re.compile(r"[^\s,;:.!?()]+")


_SETTLEMENT_OF = re.compile(
    r"\b(?:in|at|on)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"(?:island|city|town|port|capital|resort|village|region|province)[ \t]+of[ \t]+$",
    re.IGNORECASE,
)


def sentence_items(
    text: str,
    s_start: int,
    s_end: int,
    countries: list[CountryMention],
    actors: list[ActorMention],
    day: dt.date | None = None,
    tokens: Words | None = None,
) -> list[Item]:
    """The states a sentence names as taking part or as places, in text order: the members
    of groups that meet, cities and venues, officials, and country mentions."""
    items = _group_items(text, s_start, s_end, countries, day)
    items += _place_items(text, s_start, s_end)
    spans: list[tuple[int, int]] = []
    for a in within(actors, s_start, s_end):
        if s_start <= a.start and a.end <= s_end and a.actor.country is not None:
            spans.append((a.start, a.end))
            if not _GO_BETWEEN.match(text, a.end):
                items.append(Item(a.start, a.end, a.actor.country, a.actor))
    for c in within(countries, s_start, s_end):
        if not (s_start <= c.start and c.end <= s_end) or c.country is None:
            continue
        if any(s <= c.start < e for s, e in spans):
            continue
        item = _country_item(text, s_start, s_end, c, countries, tokens)
        if item is not None:
            items.append(item)
    items.sort(key=lambda i: i.start)
    return items


def _group_items(
    text: str, s_start: int, s_end: int, countries: list[CountryMention], day: dt.date | None
) -> list[Item]:
    """The members of a group told as meeting: "the ASEAN summit", "leaders of the G7"."""
    items: list[Item] = []
    for o in within(countries, s_start, s_end):
        if o.organization is None or o.end > s_end:
            continue
        if not _GROUP_EVENT.match(text, o.end) and not _GROUP_OF.search(
            text, max(s_start, o.start - GROUP_OF_REACH), o.start
        ):
            continue
        items.extend(
            Item(o.start, o.end, Country(code), None, group=True)
            for code in group_members(o.organization, day)
        )
    return items


def _place_items(text: str, s_start: int, s_end: int) -> list[Item]:
    """Cities and venues of the place table after "in", "at" or "to"."""
    items: list[Item] = []
    for m in _PLACE_AFTER.finditer(text, s_start, s_end):
        found = _place(text, m.start("place"), s_end)
        if found is not None:
            p_end, code = found
            to = m["prep"].lower() == "to"
            where = text[m.start("place") : p_end]
            items.append(
                Item(m.start("place"), p_end, Country(code), None, not to, where, to, city=True)
            )
    return items


def _country_item(
    text: str,
    s_start: int,
    s_end: int,
    c: CountryMention,
    countries: list[CountryMention],
    tokens: Words | None,
) -> Item | None:
    """What one country mention is in its sentence: a city, a place, a party, or nothing."""
    assert c.country is not None
    capital = _CAPITAL_AFTER.match(text, c.end, s_end)
    if capital and c.recognition is Recognition.DEMONYM and text.endswith("the ", s_start, c.start):
        # "arrived in the Ukrainian capital", "to visit the Syrian capital": a city
        lead = c.start - 4
        travel = _travel_before(text, max(s_start, lead - TRAVEL_REACH), lead)
        at = text[max(s_start, lead - 3) : lead].lower() in ("in ", "at ")
        where, end = text[lead : capital.end()], capital.end()
        return Item(lead, end, c.country, None, at and not travel, where, travel, city=True)
    place = _PLACE_OF.match(text, c.end, s_end)
    if place and text[max(s_start, c.start - 8) : c.start].lower().endswith(
        ("in the ", "at the ", "on the ")
    ):
        # "in the Colombian border city of Cucuta": where, not who
        return Item(c.start, place.end(), c.country, None, True, place["place"])
    if not _a_party(text, c, countries, tokens):
        return None
    before = text[max(s_start, c.start - 8) : c.start].lower()
    location = before.endswith(("in ", "at ", "in the ", "at the ")) or _settlement_before(
        text, max(s_start, c.start - SETTLEMENT_REACH), c.start
    )  # "on the Caribbean island of St Vincent"
    if c.recognition is Recognition.CAPITAL and (
        before.endswith("the ") or _VENUE_OF.match(text, c.end)
    ):
        location = True  # "the London round", "Budapest summit": where, not who
    travel = _travel_before(text, max(s_start, c.start - TRAVEL_REACH), c.start)
    city = c.recognition is Recognition.CAPITAL
    sovereign = c.country.sovereign
    if sovereign is not None:
        # "visited Greenland": a dependent territory named as a place is its sovereign's
        # soil; it is a party only where its own officials act (an actor item)
        where = text[c.start : c.end]
        return Item(
            c.start,
            c.end,
            sovereign,
            None,
            location and not travel,
            where,
            travel,
            city=city,
            territory=c.country,
        )
    return Item(c.start, c.end, c.country, None, location and not travel, None, travel, city=city)


def _travel_before(text: str, start: int, end: int) -> bool:
    """ "flew to", "sent its foreign minister to": a trip's verb right before ``end``."""
    return _may_end_in(text, end, ("to", "in")) and _TRAVEL.search(text, start, end) is not None


def _settlement_before(text: str, start: int, end: int) -> bool:
    """ "on the Caribbean island of": a settlement's noun and "of" right before ``end``."""
    return _may_end_in(text, end, ("of",)) and _SETTLEMENT_OF.search(text, start, end) is not None


def _may_end_in(text: str, end: int, words: tuple[str, ...]) -> bool:
    """Whether the text before ``end`` may end with one of the two-letter ``words`` and
    blanks, as _TRAVEL ("flew to ") and _SETTLEMENT_OF ("the island of ") need (their "$"
    also stands before a last line break): a cheap test before the search. Letters beyond
    ASCII are left to the pattern."""
    stop = end - 1 if end and text[end - 1] == "\n" else end
    k = stop
    while k and text[k - 1] in " \t":
        k -= 1
    if k == stop:
        return False  # no blank right before the end
    word = text[max(0, k - 2) : k]
    return not word.isascii() or word.lower() in words


def _a_party(
    text: str, c: CountryMention, countries: list[CountryMention], tokens: Words | None
) -> bool:
    """Whether a country mention may name a side: a state's name (or a demonym standing for
    its state), not the source of the report, a go-between, a modifier or a dateline."""
    if c.recognition not in _STATE_RECOGNITIONS and not _stands_for_state(
        text, c, countries, tokens
    ):
        return False
    if _REPORTER.match(text, c.end):
        return False  # "…, Beijing said": the source of the report, not a party
    if _GO_BETWEEN.match(text, c.end):
        return False
    if _attributive(text, c.end, tokens):
        return False  # "U.S. tariffs", "Russian oil": a modifier, not a party
    at_line_start = c.start == 0 or text[c.start - 1] == "\n"
    # "LONDON —": where the reporter files from
    return not (c.text.isupper() and at_line_start and DATELINE_AFTER.match(text, c.end))


@functools.cache
def _places() -> dict[str, list[tuple[str, str]]]:
    """Cities and venues by their first word: (name, alpha-3), longest name first."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv("places.tsv"):
        table.setdefault(row["place"].split()[0], []).append((row["place"], row["alpha_3"]))
    return {k: sorted(v, key=lambda e: -len(e[0])) for k, v in table.items()}


@functools.lru_cache(maxsize=16)
def _user_places(places: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[str, str]]]:
    """A user's places (``Gazetteer.places``) by their first word, longest name first."""
    table: dict[str, list[tuple[str, str]]] = {}
    for name, code in sorted(places, key=lambda p: -len(p[0])):
        table.setdefault(name.split()[0], []).append((name, code))
    return table


def _place(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The city or venue named at ``start`` ("Kananaskis", "Camp David"): its end and state."""
    first = _FIRST_WORD.match(text, start, end)
    if first is None:
        return None
    mine = active()
    own = _user_places(mine.places).get(first.group(), ()) if mine is not None else ()
    for name, code in (*own, *_places().get(first.group(), ())):
        stop = start + len(name)
        if text.startswith(name, start) and (stop >= len(text) or not text[stop].isalnum()):
            return stop, code
    return None


@functools.cache
def _member_terms() -> dict[str, tuple[tuple[str, dt.date | None, dt.date | None], ...]]:
    """Each group's members with their first and last days, read once from the table."""
    table: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
    for row in read_tsv("org_members.tsv"):
        start = dt.date.fromisoformat(row["start"]) if row["start"] else None
        end = dt.date.fromisoformat(row["end"]) if row["end"] else None
        table.setdefault(row["organization"], []).append((row["alpha_3"], start, end))
    return {k: tuple(v) for k, v in table.items()}


def group_members(organization: str, day: dt.date | None) -> list[str]:
    """The member states of a group on ``day`` (all current members if no day)."""
    return [
        code
        for code, start, end in _member_terms().get(organization, ())
        if day is None or ((start is None or start <= day) and (end is None or day <= end))
    ]


def _before_state_noun(text: str, end: int, tokens: Words | None = None) -> bool:
    cues = cues_in(text, end, min(len(text), end + STATE_NOUN_REACH), tokens)
    return any(c.role in _STATE_NOUN_ROLES and c.start - end <= 2 for c in cues[:2])


def _attributive(text: str, end: int, tokens: Words | None = None) -> bool:
    """Whether a country name modifies a topic noun that heads no event or body."""
    cues = cues_in(text, end, min(len(text), end + TOPIC_NOUN_REACH), tokens)
    if not cues or cues[0].role != "topic" or cues[0].start - end > 1:
        return False
    after = cues_in(text, cues[0].end, min(len(text), cues[0].end + STATE_NOUN_REACH), tokens)
    if any(c.role in _STATE_NOUN_ROLES and c.start - cues[0].end <= 1 for c in after):
        return False
    nxt = find_triggers(text, cues[0].end, min(len(text), cues[0].end + HEAD_NOUN_REACH), tokens)
    return not (nxt and nxt[0].start - cues[0].end <= 1)


def _stands_for_state(
    text: str, c: CountryMention, countries: list[CountryMention], tokens: Words | None = None
) -> bool:
    """A demonym before "officials", or in a row of them ending so: "Indian and Chinese envoys";
    or a hyphenated pair before an event word: "Kenyan-Ethiopian talks"."""
    if _hyphenated_pair(text, c, countries, tokens):
        return True
    current = c
    for _ in range(8):
        if _before_state_noun(text, current.end, tokens):
            return True
        k = bisect.bisect_left(countries, current.end, key=_START)
        nxt = countries[k] if k < len(countries) else None
        if nxt is None or not COORDINATION.fullmatch(text, current.end, nxt.start):
            return False
        current = nxt
    return False


def _hyphenated_pair(
    text: str, c: CountryMention, countries: list[CountryMention], tokens: Words | None
) -> bool:
    """ "Kenyan-Ethiopian talks", "the Indian-Pakistani dialogue": two demonyms joined by a
    hyphen before an event word name its two sides."""
    k = bisect.bisect_left(countries, c.start, key=_START)
    before = countries[k - 1] if k > 0 else None
    after = countries[k + 1] if k + 1 < len(countries) else None
    if after is not None and after.start == c.end + 1 and text[c.end] == "-":
        end = after.end
    elif before is not None and before.end == c.start - 1 and text[before.end] == "-":
        end = c.end
    else:
        return False
    nxt = find_triggers(text, end, min(len(text), end + HEAD_NOUN_REACH), tokens)
    return bool(nxt) and nxt[0].start - end <= 1


def zone_markers(cues: list[Cue]) -> list[Cue]:
    """The cues that open a topic phrase ("on", "about", "after") or a source ("according
    to"): found once per sentence, not once per item and trigger."""
    return [c for c in cues if c.role == "topic_marker" or c.phrase == "according to"]


def in_zone(text: str, item: Item, trigger: Trigger, cues: list[Cue]) -> bool:
    """Whether an item is a party rather than part of a topic phrase (``cues``: the
    sentence's, or their ``zone_markers``)."""
    markers = zone_markers(cues)
    if item.start >= trigger.end:
        if _TOPIC_ON.search(text, trigger.end, item.start):
            return False  # "talks with Cho on North Korea"
        return not any(trigger.end <= c.start and c.end <= item.start for c in markers)
    before = [c for c in markers if c.end <= item.start]
    if not before:
        return True
    last = before[-1]
    between = text[last.end : item.start]
    if "," in between or ";" in between:
        return True
    # "after Putin's visit": the marker governs the trigger's own phrase
    return "," not in text[item.end : trigger.start]
