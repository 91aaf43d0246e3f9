"""Stage 2, one trigger: the parties, host, place, date, status and polarity of one event word in
its sentence, as one ``Mention``."""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from bilateral._document import Document, dates_in, persons, state_mentions
from bilateral._events.calls import by_phone
from bilateral._events.dates import event_date, first_since, in_dateline, trip_days
from bilateral._events.distribute import distribute
from bilateral._events.items import in_zone, sentence_items, zone_markers
from bilateral._events.polarity import negated
from bilateral._events.records import Item, Lone, Mention, Note, SentenceMentions, State
from bilateral._events.roles import Roles, third_state_host, trip_to_the_venue
from bilateral._events.spans import Owners, blocked, gap_between, nearest_to, reach
from bilateral._events.status import (
    event_level,
    event_status,
)
from bilateral._events.subjects import party_states
from bilateral._events.voice import AGENT_REACH, by_agent, greeted_in, passive
from bilateral._events.words import HOST_WORDS, REPORT_VERBS, WINDOW_BEFORE
from bilateral._mentions import ActorMention, CountryMention, DateMention
from bilateral._model import (
    Actor,
    Country,
    DateSpan,
    Location,
)
from bilateral._text import Span, lacks
from bilateral._triggers import Cue, Trigger
from bilateral._vocab import (
    ActorKind,
    EventKind,
)

#: Characters before an official's name where the source of a report may start.
SOURCE_LEAD_REACH = 40
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


# a word that every match of _PAIR_ANAPHOR holds
_PAIR_NOUNS = (
    "sides",
    "countries",
    "nations",
    "governments",
    "leaders",
    "neighbors",
    "neighbours",
    "ministers",
    "delegations",
    "presidents",
    "premiers",
    "capitals",
    "heads",
)


_DATE_REACH = 150


_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)


_ADJACENT = re.compile(r"[ \t]+(?:(?:official|state|working|first|planned)[ \t]+)?")


_FROM = re.compile(r"\bfrom[ \t]+$", re.IGNORECASE)
# "visit Vietnam and the Philippines": coordinated destinations, "the" included
_COORDINATED = re.compile(r"(?:,?[ \t]+and[ \t]+|,[ \t]+|[ \t]*/[ \t]*)(?:the[ \t]+)?")
# "Trump arrived from Malaysia", "flew in from Doha": where a traveller came from
_TRIP_FROM = re.compile(
    r"\b(?:arriv\w*|fl(?:ew|ying|ies|y)(?:[ \t]+in)?|came|coming|travell?(?:ed|ing)"
    r"|return\w*|head(?:ed|ing)|depart\w*|left)[ \t]+from[ \t]+$",
    re.IGNORECASE,
)
# "in Busan, South Korea": the state of a place named before it, the venue
_IN_PLACE_COMMA = re.compile(
    r"\b(?:[Ii]n|[Aa]t)[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’.-]*,[ \t]+(?:the[ \t]+)?$"
)


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
    owner: Owners,
) -> Mention:
    """One trigger's mention: its parties, host, place, date, status and polarity."""
    fired: list[tuple[str, str]] = []
    mine = _own_items(text, sentence, trigger, items, cues, owner)
    if any(not owner.nearest(trigger, i) for i in mine):
        fired.append(("parties.clause-head", "countries"))
    in_clause = owner.same_clause(trigger, dates)
    if len(in_clause) < len(dates):
        fired.append(("date.own-clause", "date"))
    dates = in_clause
    roles = _roles(text, sentence, trigger, mine, items, fired)
    countries = party_states(text, sentence, trigger, roles, prior, items, fired)
    host = _host(trigger, roles, countries, fired)
    participants = [
        i.actor for i in roles.parties if i.actor is not None and i.actor.kind == ActorKind.PERSON
    ]
    since, since_mention = first_since(text, trigger, dates)
    date = _own_date(text, sentence, trigger, triggers, cues, dates, since_mention, fired)
    own_cues = [c for c in cues if owner.nearest(trigger, c)]
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
        since,
        definite=any(w in _DEFINITE for w in prev_words)
        and not _EXPLICIT_PAIR.match(text, trigger.end),
        multi=any(word in window[-40:] for word in _MULTI),
        anaphor=_pair_anaphor(text, sentence),
        negated=negated(text, sentence, trigger, triggers, cues, own_cues, dates, fired),
        grouped=any(i.group for i in roles.parties),
        counterpart=_counterpart(text, sentence),
        stops=tuple(d.country for d in roles.dests) if len(dests) > 1 else (),
        trip_days=trip_days(text, trigger, sentence),
        rules=tuple(Note(rule, field, trigger) for rule, field in fired),
    )


def _pair_anaphor(text: str, sentence: Span) -> bool:
    """ "the two sides", "both leaders": the sentence speaks of a pair (searched only where
    the sentence has one of the nouns)."""
    return not lacks(text, *sentence, _PAIR_NOUNS) and bool(_PAIR_ANAPHOR.search(text, *sentence))


def _counterpart(text: str, sentence: Span) -> bool:
    return not lacks(text, *sentence, ("counterpart",)) and bool(
        _COUNTERPART.search(text, *sentence)
    )


def _host(
    trigger: Trigger, roles: Roles, countries: list[Country], fired: list[tuple[str, str]]
) -> Country | None:
    """The host the roles give, else the venue's state when it is a party (not of a call)."""
    if (
        roles.location is not None
        and roles.location.country in countries
        and roles.host is None
        and trigger.kind is not EventKind.CALL
    ):
        fired.append(("host.venue-of-a-party", "host"))
        return roles.location.country
    return roles.host


def _own_items(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    items: list[Item],
    cues: list[Cue],
    owner: Owners,
) -> list[Item]:
    """The items that belong to this trigger: nearest to it, not in a topic phrase, not too
    far unless an official or the subject, and not the source named after the clause."""
    markers = zone_markers(cues)
    mine = [
        i
        for i in items
        if owner.owns(trigger, i)
        and (in_zone(text, i, trigger, markers) or (i.city and i.location))
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


def _is_visit(trigger: Trigger) -> bool:
    return trigger.word in _VISIT_WORDS or (
        trigger.kind is EventKind.VISIT and trigger.word not in HOST_WORDS
    )


def _roles(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    mine: list[Item],
    items: list[Item],
    fired: list[tuple[str, str]],
) -> Roles:
    """Who is a party, where the trip goes (the host) and where the event is (the place)."""
    is_visit = _is_visit(trigger)
    roles = Roles()
    compound = [
        i
        for i in mine
        if is_visit
        and trigger.form in ("none", "base")  # "the Delhi visit"; not "Italy visited Poland"
        and i.actor is None
        and not text[i.start : i.end].endswith(("'s", "’s"))  # "South Korea's visit": its own
        and _ADJACENT.fullmatch(text, i.end, trigger.start)
    ]
    for item in mine:
        _place_item(text, sentence, trigger, item, compound, roles, fired)
    venue = roles.location.country if roles.location is not None else None
    states = {i.country for i in roles.parties}
    in_parties = venue in states or (venue is not None and venue.sovereign in states)
    if is_visit and roles.parties and venue is not None and not in_parties:
        # "Mirziyoyev is in Astana on a state visit"
        roles.host = roles.host or venue
        roles.parties.append(Item(trigger.start, trigger.end, venue, None))
        fired.append(("host.visit-venue", "host"))
    if trigger.word in HOST_WORDS and passive(text, sentence, trigger):
        # "Merz was received by Macron", "will be hosted by Modi": the agent hosts
        by = by_agent(text, sentence, trigger) or trigger.end
        agents = [i for i in roles.parties if by <= i.start <= by + AGENT_REACH]
        if agents:
            roles.host = agents[0].country
            fired.append(("host.agent-of-a-passive", "host"))
    elif trigger.word in HOST_WORDS and not roles.dests:
        # (a passive greeting "in Rabat" has a destination, its host; the subject is the guest)
        before = [i for i in roles.parties if i.end <= trigger.start]
        if before:
            roles.host = before[-1].country
            fired.append(("host.subject-of-host-verb", "host"))
    elif is_visit and trigger.pos == "verb" and passive(text, sentence, trigger):
        # "Germany was visited by Macron": the subject is the state visited
        before = [i for i in roles.parties if i.end <= trigger.start]
        if before:
            roles.host = before[-1].country
            fired.append(("host.subject-of-a-passive-visit", "host"))
    third_state_host(text, sentence, trigger, roles, items, fired)
    trip_to_the_venue(text, trigger, is_visit, roles, fired)
    return roles


def _goes_to(text: str, trigger: Trigger, item: Item, greeted: bool) -> bool:
    """Whether a visit word goes to the item after it: "visited Japan", "travel to Dakar",
    "visit the Netherlands", "were received at the Casa Rosada"."""
    if item.start < trigger.end:
        return False
    gap = text[trigger.end : item.start].lower()
    gap = gap.removesuffix("the ") if gap.endswith(" the ") else gap
    return (
        gap.strip() in {"", "to", "in"}
        or gap.endswith(("to ", "in "))
        or (greeted and gap.strip() == "at")
    )


def _place_item(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    item: Item,
    compound: list[Item],
    roles: Roles,
    fired: list[tuple[str, str]],
) -> None:
    """Give one item its part: an origin (dropped), a destination, a venue or a party."""
    greeted = greeted_in(text, sentence, trigger)
    is_visit = _is_visit(trigger) or greeted
    after = item.start >= trigger.end
    origin = item.actor is None and _FROM.search(text, max(sentence[0], item.start - 6), item.start)
    travelled = origin and _TRIP_FROM.search(text, max(sentence[0], item.start - 30), item.start)
    if origin and ((is_visit and after and trigger.pos == "verb") or compound or travelled):
        # "arrived in Israel from Saudi Arabia": where the trip came from; "returns from
        # Beijing, says Delhi trip will follow": not Delhi's guest
        fired.append(("parties.origin-of-trip", "countries"))
        return
    if (
        item in compound
        or item.destination
        or (is_visit and _goes_to(text, trigger, item, greeted))
    ):
        # "the Delhi trip", "his China visit", "visited Japan": the destination is the host
        if roles.host is None:
            roles.host = item.country
            fired.append(("host.destination", "host"))
        if item.city and item.actor is None and roles.location is None:
            # "will travel to Dakar": the city the trip goes to is where it takes place
            where = item.place or text[item.start : item.end]
            roles.location = Location(country=item.country, place=where)
            fired.append(("location.destination-city", "location"))
        if item.territory is not None and roles.location is None:
            # "visited Greenland": Denmark's soil, the place Greenland
            roles.location = Location(country=item.territory, place=item.place)
            fired.append(("location.territory", "location"))
        roles.parties.append(item)
        roles.dests.append(item)
    elif (
        is_visit
        and roles.dests
        and item.actor is None
        and _COORDINATED.fullmatch(text, roles.dests[-1].end, item.start)
    ):
        # "state visits to Belgrade and Budapest": a second destination
        roles.parties.append(item)
        roles.dests.append(item)
        fired.append(("parties.second-destination", "countries"))
    elif item.actor is None and (item.location or _place_then_state(text, sentence, item)):
        if roles.location is None:
            where = item.place or text[item.start : item.end]
            roles.location = Location(country=item.country, place=where)
            fired.append(("location.venue", "location"))
    else:
        roles.parties.append(item)


def _place_then_state(text: str, sentence: Span, item: Item) -> bool:
    """ "in Busan, South Korea.", "in Ohrid, North Macedonia, where …": the state after a
    place and a comma, ending its phrase, is the place's, the venue (not "in Tashkent, Uzbek
    officials said")."""
    return bool(
        _IN_PLACE_COMMA.search(text, max(sentence[0], item.start - 40), item.start)
        and (item.end >= sentence[1] or text[item.end] in ",.;:")
    )


def _own_date(
    text: str,
    sentence: Span,
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
    if date is None:
        # "On Thursday, the foreign ministers of India, Brazil and South Africa … met": a date
        # that opens the sentence, set off by a comma, dates its main clause
        fronted = [d for d in dates[:1] if d.end <= trigger.start and _opens(text, sentence, d)]
        date = event_date(text, trigger, cues, fronted, exclude=since)
        if date is not None:
            fired.append(("date.fronted", "date"))
    return date


_FRONTED_LEAD = re.compile(
    r"[\s\"“]*(?:(?:Earlier|Later|Late|Early|Also)[ \t]+)?(?:[Oo]n|[Ii]n|[Bb]y|[Aa]t)?[ \t]*"
)
_COMMA_AFTER = re.compile(r"[ \t]*,")


def _opens(text: str, sentence: Span, d: DateMention) -> bool:
    """Whether a date opens its sentence, set off by a comma ("On Thursday, …")."""
    return bool(
        _FRONTED_LEAD.fullmatch(text, sentence[0], d.start) and _COMMA_AFTER.match(text, d.end)
    )


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


_SUBJECT_REACH = 600  # characters back to the subject a pronoun may take up


_OBJECT_BEFORE = re.compile(
    r"\b(?:met|meet|meets|meeting|with|received|receives|hosted|hosts|welcomed|called[ \t]+on)"
    r"[ \t]+(?:(?:the|his|her|their)[ \t]+)?"
    # a rank or style the name leaves out: "talks with Captain Ibrahim Traore"
    r"(?:(?:General|Gen\.|Captain|Capt\.|Colonel|Col\.|Lieutenant|Major|Admiral|Marshal"
    r"|Sheikh|Prince|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)[ \t]+)?$",
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


def _present_states(m: Mention) -> Mention:
    """An undated mention has no dissolved state for a party ("leaders of former Soviet
    republics"); a dated one may ("Soviet leader Gorbachev met Reagan in 1985")."""
    if m.date is None and any(c.historical for c in m.countries):
        present = tuple(c for c in m.countries if not c.historical)
        return m.by("parties.no-dissolved-state", "countries", countries=present)
    return m


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
    owner = Owners.of(text, spans, triggers, doc.within(doc.clauses, s_start, s_end))
    return [
        split
        for t in triggers
        for split in distribute(
            doc,
            _present_states(
                build_mention(
                    text, span, t, triggers, items, cues, s_dates, doc.published, prior, owner
                )
            ),
        )
    ]
