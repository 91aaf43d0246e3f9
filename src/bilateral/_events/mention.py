"""Stage 2, one trigger: the parties, host, place, date, status and polarity of one event word in
its sentence, as one ``Mention``."""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from bilateral._document import Document, dates_in, persons, state_mentions
from bilateral._events.dates import event_date, in_dateline
from bilateral._events.items import in_zone, sentence_items
from bilateral._events.records import Item, Lone, Mention, Note, SentenceMentions, State
from bilateral._events.spans import blocked, gap_between, nearest_to, reach
from bilateral._events.status import (
    AUXILIARY_REACH,
    event_level,
    event_status,
    negated,
)
from bilateral._events.words import COORDINATION, HOST_WORDS, REPORT_VERBS, WINDOW_BEFORE
from bilateral._mentions import ActorMention, CountryMention, DateMention
from bilateral._model import (
    Actor,
    Country,
    DateSpan,
    Duration,
    Location,
)
from bilateral._text import Span
from bilateral._triggers import AUXILIARIES, Cue, Trigger
from bilateral._vocab import (
    ActorKind,
    EventKind,
)

#: Characters before an official's name where the source of a report may start.
SOURCE_LEAD_REACH = 40
#: Characters on each side of a trigger where a phone or video word makes it a call.
PHONE_REACH = 25
#: Characters after a verb where a late "by telephone" may still qualify it.
LATE_PHONE_REACH = 100
#: Characters around a trigger where "first" tells a first-since.
FIRST_REACH = 40
#: Characters after a trigger where the "since …" or the duration of a first-since may start.
SINCE_REACH = 45
#: Characters before a trigger where "a two-day" may stand.
TRIP_DAYS_REACH = 40
#: Characters after a trigger where "for three days of talks" may stand.
TRIP_DAYS_AFTER = 50
#: Characters before a person where an event verb makes them its object ("met X").
OBJECT_REACH = 30

_VISIT_WORDS = frozenset(
    {
        "visit",
        "visits",
        "visited",
        "visiting",
        "trip",
        "trips",
        "tour",
        "arrived",
        "arrives",
        "arrive",
        "arriving",
        "landed",
    }
)


_DEFINITE = frozenset(
    {"the", "this", "these", "that", "those", "such", "their", "its", "his", "her", "both"}
)


_MULTI = ("trilateral", "three-way", "multilateral", "four-way", "quadrilateral")


_SOURCE = re.compile(rf",?[ \t]+{REPORT_VERBS}\b")


_SOURCE_LEAD = re.compile(
    r",[ \t]+(?P<who>(?:[A-Z][\w.-]*[ \t]+){0,2}?(?:[A-Z][\w.-]*(?:'s|’s)[ \t]+)?)$"
)


_SUBORDINATE = re.compile(r"[\s\"“]*(?:After|Before|When|While|Since|Following|As|If|Once)\b")


_EXPLICIT_PAIR = re.compile(r"[ \t]+(?:between|with)\b")


_PAIR_ANAPHOR = re.compile(
    r"\b(?:the|both)[ \t]+(?:two[ \t]+)?(?:(?:prime|foreign|defen[cs]e|trade|finance)[ \t]+)?"
    r"(?:sides|countries|nations|governments|leaders|neighbou?rs|ministers|delegations"
    r"|presidents|premiers|capitals|heads[ \t]+of[ \t]+(?:state|government))\b",
    re.IGNORECASE,
)


_DATE_REACH = 150


_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)


_PHONE_NEAR = re.compile(
    r"\b(?:tele)?phone\b|\bvideo[ \t-]*(?:call|link|conference)|\bvideoconference\b"
    r"|\bvirtual(?:ly)?\b",
    re.IGNORECASE,
)


# a turn to another clause between a verb and a late "by phone": not that verb's channel
_CLAUSE_TURN = re.compile(
    r";|\b(?:after|before|when|while|since|following|as|and|but|who|which|where)\b",
    re.IGNORECASE,
)


_BY_PHONE = re.compile(
    r"\b(?:by|over[ \t]+the)[ \t]+(?:tele)?phone\b"
    r"|\bby[ \t]+video[ \t-]*(?:link|call|conference)\b",
    re.IGNORECASE,
)


_PRONOUN_SUBJECT = re.compile(
    # "He and Yoon spoke", "On April 8 he held talks with Mikati"
    r"[\s\"“]*(?:(?:On|In|Last|Earlier|Later|Then|That|A[ \t]+day[ \t]+later"
    r"|Two[ \t]+days[ \t]+later|The[ \t]+(?:day|week|month)[ \t]+(?:before|after)"
    r"|The[ \t]+(?:next|previous|following)[ \t]+(?:day|week|month))\b[^,.;\"“”]{0,30}?,?[ \t]+"
    r"(?=he\b|she\b))?"
    r"(?:[Hh]e|[Ss]he)\b(?:[ \t]+and\b)?"
)


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


_N_DAYS = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|\d)(?:[ \t-]+day|[ \t]+days[ \t]+of)"
    r"(?:[ \t]+[\w-]+){0,2}[ \t]+$",
    re.IGNORECASE,
)


# "arrived on Tuesday for three days of talks", "landed for a two-day visit"
_N_DAYS_NEAR = re.compile(
    r"\bfor[ \t]+(?:an?[ \t]+)?(?P<n>two|three|four|five|six|seven|eight|\d)"
    r"(?:[ \t-]+day|[ \t]+days[ \t]+of)(?:[ \t]+[\w-]+){0,2}?[ \t]+"
    r"(?:visit|trip|tour|stay|talks|meetings|negotiations|consultations)\b",
    re.IGNORECASE,
)


_N_DAY_TRIP = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|\d)[ \t-]+day[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:visit|trip|tour|stay)\b",
    re.IGNORECASE,
)


_ADJACENT = re.compile(r"[ \t]+(?:(?:official|state|working|first|planned)[ \t]+)?")


_FROM = re.compile(r"\bfrom[ \t]+$", re.IGNORECASE)


_FAR = 110  # a bare country name this far from its trigger is scenery, not a party


def build_mention(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    triggers: list[Trigger],
    items: list[Item],
    cues: list[Cue],
    dates: list[DateMention],
    published: dt.date,
    prior: Actor | None,
    owner: dict[int, Trigger],
) -> Mention:
    """One trigger's mention: its parties, host, place, date, status and polarity."""
    fired: list[tuple[str, str]] = []
    mine = _own_items(text, sentence, trigger, items, cues, owner)
    roles = _roles(text, sentence, trigger, mine, fired)
    countries = _countries(text, sentence, trigger, roles, prior, fired)
    host = roles.host
    if (
        roles.location is not None
        and roles.location.country in countries
        and host is None
        and trigger.kind is not EventKind.CALL
    ):
        host = roles.location.country
        fired.append(("host.venue-of-a-party", "host"))
    participants = [
        i.actor for i in roles.parties if i.actor is not None and i.actor.kind == ActorKind.PERSON
    ]
    first_since, since_mention = _first_since(text, trigger, dates)
    date = _own_date(text, trigger, triggers, cues, dates, since_mention, fired)
    own_cues = [c for c in cues if owner[id(c)] is trigger]
    status, strong = event_status(text, trigger, own_cues, date, published, sentence, fired)
    window = text[max(sentence[0], trigger.start - WINDOW_BEFORE) : trigger.start].lower()
    prev_words = window.split()[-3:]
    dests = {d.country for d in roles.dests}
    return Mention(
        trigger,
        sentence,
        tuple(countries),
        tuple(participants),
        status,
        strong,
        date,
        host,
        roles.location,
        event_level(participants, cues, trigger),
        tuple(dict.fromkeys(c.value for c in cues if c.role == "topic")),
        first_since,
        definite=any(w in _DEFINITE for w in prev_words)
        and not _EXPLICIT_PAIR.match(text, trigger.end),
        multi=any(word in window[-40:] for word in _MULTI),
        anaphor=bool(_PAIR_ANAPHOR.search(text, sentence[0], sentence[1])),
        negated=negated(text, sentence, trigger, triggers, cues, own_cues, dates, fired),
        grouped=any(i.group for i in roles.parties),
        counterpart=_COUNTERPART.search(text, sentence[0], sentence[1]) is not None,
        stops=tuple(d.country for d in roles.dests) if len(dests) > 1 else (),
        trip_days=_trip_days(text, trigger, sentence),
        rules=tuple(Note(rule, field, trigger) for rule, field in fired),
    )


def _own_items(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    items: list[Item],
    cues: list[Cue],
    owner: dict[int, Trigger],
) -> list[Item]:
    """The items that belong to this trigger: nearest to it, not in a topic phrase, not too
    far unless an official or the subject, and not the source named after the clause."""
    mine = [
        i
        for i in items
        if owner[id(i)] is trigger
        and (in_zone(text, i, trigger, cues) or (i.city and i.location))
        and (
            i.actor is not None
            or i.end <= trigger.start  # the subject: "The United States and Russia … met"
            or gap_between(i.start, i.end, trigger) <= (2 if i.location else 1) * _FAR
        )
    ]
    source = _source_after(text, sentence, trigger, mine)
    if source is not None:
        mine = [i for i in mine if not source[0] <= i.start < source[1]]
    return mine


@attrs.define
class _Roles:
    """The parts the items of one trigger play: parties, destinations, host and place."""

    parties: list[Item] = attrs.Factory(list)
    dests: list[Item] = attrs.Factory(list)
    host: Country | None = None
    location: Location | None = None


def _is_visit(trigger: Trigger) -> bool:
    return trigger.word in _VISIT_WORDS or (
        trigger.kind is EventKind.VISIT and trigger.word not in HOST_WORDS
    )


def _roles(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    mine: list[Item],
    fired: list[tuple[str, str]],
) -> _Roles:
    """Who is a party, where the trip goes (the host) and where the event is (the place)."""
    is_visit = _is_visit(trigger)
    roles = _Roles()
    compound = [
        i
        for i in mine
        if is_visit
        and i.actor is None
        and not text[i.start : i.end].endswith(("'s", "’s"))  # "South Korea's visit": its own
        and _ADJACENT.fullmatch(text, i.end, trigger.start)
    ]
    for item in mine:
        _place_item(text, sentence, trigger, item, compound, roles, fired)
    venue = roles.location.country if roles.location is not None else None
    in_parties = venue in {i.country for i in roles.parties}
    if is_visit and roles.parties and venue is not None and not in_parties:
        # "Mirziyoyev is in Astana on a state visit"
        roles.host = roles.host or venue
        roles.parties.append(Item(trigger.start, trigger.end, venue, None))
        fired.append(("host.visit-venue", "host"))
    if trigger.word in HOST_WORDS and _passive(text, sentence, trigger):
        # "Merz was received by Macron", "will be hosted by Modi": the agent hosts
        agents = [i for i in roles.parties if i.start >= trigger.end]
        if agents:
            roles.host = agents[0].country
            fired.append(("host.agent-of-a-passive", "host"))
    elif trigger.word in HOST_WORDS:
        before = [i for i in roles.parties if i.end <= trigger.start]
        if before:
            roles.host = before[-1].country
            fired.append(("host.subject-of-host-verb", "host"))
    return roles


_PASSIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(AUXILIARIES))})[ \t]+$", re.IGNORECASE)
_BY = re.compile(r"[ \t]+by\b")


def _passive(text: str, sentence: tuple[int, int], trigger: Trigger) -> bool:
    """Whether a verb is passive with its agent after "by": "was received by Macron"."""
    lo = max(sentence[0], trigger.start - AUXILIARY_REACH)
    return bool(_PASSIVE_BEFORE.search(text, lo, trigger.start) and _BY.match(text, trigger.end))


def _place_item(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    item: Item,
    compound: list[Item],
    roles: _Roles,
    fired: list[tuple[str, str]],
) -> None:
    """Give one item its part: an origin (dropped), a destination, a venue or a party."""
    is_visit = _is_visit(trigger)
    after = item.start >= trigger.end
    gap = text[trigger.end : item.start].lower() if after else ""
    gap = gap.removesuffix("the ") if gap.endswith(" the ") else gap  # "visit the Netherlands"
    origin = item.actor is None and _FROM.search(text, max(sentence[0], item.start - 6), item.start)
    if origin and ((is_visit and after and trigger.pos == "verb") or compound):
        # "arrived in Israel from Saudi Arabia": where the trip came from; "returns from
        # Beijing, says Delhi trip will follow": not Delhi's guest
        fired.append(("parties.origin-of-trip", "countries"))
        return
    if (
        item in compound
        or item.destination
        or (
            is_visit and after and (gap.strip() in {"", "to", "in"} or gap.endswith(("to ", "in ")))
        )
    ):
        # "the Delhi trip", "his China visit", "visited Japan": the destination is the host
        if roles.host is None:
            roles.host = item.country
            fired.append(("host.destination", "host"))
        roles.parties.append(item)
        roles.dests.append(item)
    elif (
        is_visit
        and roles.dests
        and item.actor is None
        and COORDINATION.fullmatch(text, roles.dests[-1].end, item.start)
    ):
        # "state visits to Belgrade and Budapest": a second destination
        roles.parties.append(item)
        roles.dests.append(item)
        fired.append(("parties.second-destination", "countries"))
    elif item.location and item.actor is None:
        if roles.location is None:
            where = item.place or text[item.start : item.end]
            roles.location = Location(country=item.country, place=where)
            fired.append(("location.venue", "location"))
    else:
        roles.parties.append(item)


def _countries(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    roles: _Roles,
    prior: Actor | None,
    fired: list[tuple[str, str]],
) -> list[Country]:
    """The parties' states in order; "He and Yoon spoke": he is the official named before."""
    countries: list[Country] = []
    for item in roles.parties:
        if item.country not in countries:
            countries.append(item.country)
    if (
        len(countries) == 1
        and prior is not None
        and prior.country is not None
        and prior.country not in countries
        and _PRONOUN_SUBJECT.match(text, sentence[0], trigger.start)
    ):
        countries.insert(0, prior.country)
        fired.append(("parties.pronoun-subject", "countries"))
    return countries


def _own_date(
    text: str,
    trigger: Trigger,
    triggers: list[Trigger],
    cues: list[Cue],
    dates: list[DateMention],
    since: DateMention | None,
    fired: list[tuple[str, str]],
) -> DateSpan | None:
    """The date of the trigger's own words; for a sentence's only event, one before it."""
    own = [
        d
        for d in dates
        if not blocked(d.start, d.end, trigger, triggers)
        and reach(text, d.start, d.end, trigger) <= _DATE_REACH
    ]
    date = event_date(text, trigger, cues, own, exclude=since)
    if date is not None:
        fired.append(("date.nearest-in-clause", "date"))
    elif len(triggers) == 1:
        # the sentence's only event: "X and Y agreed on Tuesday …, after their envoys met"
        earlier = [d for d in dates if d.end <= trigger.start]
        date = event_date(text, trigger, cues, earlier, exclude=since)
        if date is not None:
            fired.append(("date.only-event-of-sentence", "date"))
    return date


def _source_after(
    text: str, sentence: tuple[int, int], trigger: Trigger, items: list[Item]
) -> tuple[int, int] | None:
    """The attribution after the event's clause: "… has been postponed, Oman's foreign
    minister, Badr Albusaidi, said" names the source of the report, not a side. Not after a
    clause opened by "After …" or "When …", whose subject follows it."""
    if _SUBORDINATE.match(text, sentence[0]):
        return None
    for i in items:
        if i.actor is None or i.start < trigger.end or not _SOURCE.match(text, i.end):
            continue
        lead = _SOURCE_LEAD.search(text, max(trigger.end, i.start - SOURCE_LEAD_REACH), i.start)
        if lead is not None:
            return lead.start("who"), i.end
    return None


def by_phone(text: str, trigger: Trigger, s_start: int, s_end: int) -> Trigger:
    """The trigger as a call when a phone or video word qualifies it in its own clause:
    "talks by phone", "talked over the phone", "a video call"."""
    if trigger.kind is EventKind.CALL:
        return trigger
    lo, hi = max(s_start, trigger.start - PHONE_REACH), min(s_end, trigger.end + PHONE_REACH)
    for m in _PHONE_NEAR.finditer(text, lo, hi):
        a, b = (m.end(), trigger.start) if m.end() <= trigger.start else (trigger.end, m.start())
        if not any(ch in ",;—–" for ch in text[a:b]):
            return attrs.evolve(trigger, kind=EventKind.CALL)
    if trigger.pos == "verb":
        # "discussed regional developments, including the ceasefire in Gaza, by telephone"
        late = _BY_PHONE.search(text, trigger.end, min(s_end, trigger.end + LATE_PHONE_REACH))
        if late is not None and not _CLAUSE_TURN.search(text, trigger.end, late.start()):
            return attrs.evolve(trigger, kind=EventKind.CALL)
    return trigger


def last_official(
    persons: list[ActorMention], subjects: list[ActorMention], start: int
) -> Actor | None:
    """Whom a sentence's "He" most likely is: the last placed person named before ``start``
    who is not the object of an event verb ("Sullivan arrived … The day before, he had met
    Crown Prince Mohammed bin Salman … He is to travel to Ramallah": Sullivan), else the last
    placed person."""
    j = bisect.bisect_left(subjects, start, key=lambda a: a.start)
    if j and start - subjects[j - 1].start <= _SUBJECT_REACH:
        return subjects[j - 1].actor
    i = bisect.bisect_left(persons, start, key=lambda a: a.start)
    return persons[i - 1].actor if i else None


#: a period that looks ahead ("in the coming weeks") is no "first … in" span
_AHEAD = re.compile(r"\b(?:coming|next|ahead)\b", re.IGNORECASE)


def _first_since(
    text: str, trigger: Trigger, dates: list[DateMention]
) -> tuple[DateSpan | Duration | None, DateMention | None]:
    lo = max(0, trigger.start - FIRST_REACH)
    if "first" not in text[lo : trigger.end + FIRST_REACH].lower():
        return None, None
    for d in dates:
        if not (trigger.end <= d.start <= trigger.end + SINCE_REACH):
            continue
        if isinstance(d.value, Duration) and not _AHEAD.search(d.text):
            return d.value, d
        lead = text[max(0, d.start - 7) : d.start].lower()
        if isinstance(d.value, DateSpan) and "since" in lead:
            return d.value, d
    return None, None


_SUBJECT_REACH = 600  # characters back to the subject a pronoun may take up


def _trip_days(text: str, trigger: Trigger, sentence: tuple[int, int]) -> int:
    """The number of days a trigger's own words give it ("a two-day visit"), or 0."""
    found = _N_DAYS.search(
        text, max(sentence[0], trigger.start - TRIP_DAYS_REACH), trigger.start
    ) or _N_DAYS_NEAR.search(text, trigger.end, min(sentence[1], trigger.end + TRIP_DAYS_AFTER))
    if found is None and trigger.kind is EventKind.VISIT:
        # "arrived in Port Louis on Tuesday on a two-day state visit": a word of the trip
        # that was folded into the arrival
        found = _N_DAY_TRIP.search(text, trigger.end, sentence[1])
    if found is None:
        return 0
    n = found["n"].lower()
    return int(n) if n.isdigit() else _NUMBERS[n]


_OBJECT_BEFORE = re.compile(
    r"\b(?:met|meet|meets|meeting|with|received|receives|hosted|hosts|welcomed|called[ \t]+on)"
    r"[ \t]+$",
    re.IGNORECASE,
)


def mentions_stage(doc: Document, state: State) -> State:
    """Stage: one mention per trigger of each sentence with event words, and the officials
    named there without a state (for the article stage to place)."""
    text = doc.text
    placed = persons(doc)
    # the persons who are not the object of an event verb ("he had met Crown Prince …"),
    # whom a later "He" may be
    subjects = [
        a
        for a in placed
        if not _OBJECT_BEFORE.search(text, max(0, a.start - OBJECT_REACH), a.start)
    ]
    unplaced = [
        a for a in doc.actors if a.actor.kind is ActorKind.PERSON and a.actor.country is None
    ]
    countries, actors = state_mentions(doc), list(doc.actors)
    sentences: list[SentenceMentions] = []
    lone: list[Lone] = []
    for span, found in _sentences_with_triggers(doc):
        triggers = [by_phone(text, t, span[0], span[1]) for t in found]
        prior = last_official(placed, subjects, span[0])
        ms = _sentence_mentions(doc, span, triggers, prior, countries, actors)
        for a in doc.within(unplaced, span[0], span[1]):
            near = nearest_to(a.start, a.end, triggers, text)
            lone.extend(
                Lone(len(sentences), i, a.actor)
                for i, m in enumerate(ms)
                if m.trigger is near and len(m.countries) == 1 and not m.multi
            )
        sentences.append(SentenceMentions(span, tuple(ms)))
    return attrs.evolve(state, sentences=tuple(sentences), lone=tuple(lone))


def _sentences_with_triggers(doc: Document) -> list[tuple[Span, list[Trigger]]]:
    """Each sentence that has event words, with them."""
    out: list[tuple[Span, list[Trigger]]] = []
    for s, e in doc.sentences:
        found = doc.within(doc.triggers, s, e)
        if found:
            out.append(((s, e), found))
    return out


def _sentence_mentions(
    doc: Document,
    span: Span,
    triggers: list[Trigger],
    prior: Actor | None,
    countries: list[CountryMention],
    actors: list[ActorMention],
) -> list[Mention]:
    """The mentions of one sentence: each item and cue belongs to its nearest trigger,
    found once, not once per trigger."""
    text, (s_start, s_end) = doc.text, span
    cues = doc.words.cues(s_start, s_end)
    items = sentence_items(text, s_start, s_end, countries, actors, doc.published, doc.words)
    s_dates = [d for d in dates_in(doc, s_start, s_end) if not in_dateline(text, d.start, d.end)]
    spans: list[Item | Cue] = [*items, *cues]
    owner = {id(x): nearest_to(x.start, x.end, triggers, text) for x in spans}
    return [
        build_mention(text, span, t, triggers, items, cues, s_dates, doc.published, prior, owner)
        for t in triggers
    ]
