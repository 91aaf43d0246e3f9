"""Stage 2, one trigger: the parties, host, place, date, status and polarity of one event word in
its sentence, as one ``Mention``."""

from __future__ import annotations

import bisect
import datetime as dt
import re

import attrs

from bilateral._events.dates import event_date
from bilateral._events.items import in_zone
from bilateral._events.records import Item, Mention
from bilateral._events.spans import blocked, gap_between, reach
from bilateral._events.status import event_level, event_status, merely_possible, not_planned_after
from bilateral._events.words import COORDINATION, HOST_WORDS, REPORT_VERBS, WINDOW_BEFORE
from bilateral._mentions import ActorMention, DateMention
from bilateral._model import (
    Actor,
    Country,
    DateSpan,
    Duration,
    Location,
)
from bilateral._triggers import Cue, Trigger
from bilateral._vocab import (
    ActorKind,
    EventKind,
)

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


# "arrives for a state visit ahead of the summit": the summit is ahead, not the visit
_DENIALS = frozenset(["ruled out", "rules out", "rule out", "denied", "denies", "deny", "denying"])


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


_IF_CLAUSE = re.compile(r"\b(?:if|unless|whether)\b[^,.;:]{0,70}$", re.IGNORECASE)


# "8.8 million South Koreans visiting Japan", "thousands of Chinese tourists visit": people
_PEOPLE_COUNT = re.compile(
    r"\b(?:\d[\d.]*[ \t]+(?:million|thousand|hundred)|\d{1,3}(?:,\d{3})+|millions|thousands"
    r"|hundreds)[ \t]+(?:of[ \t]+)?(?:[A-Z][\w-]*[ \t]+){1,2}(?:[a-z]+[ \t]+)?$"
)


# "would not beg for talks", "has not held a publicly announced meeting", "no talks"
_NOT_BEFORE_NOUN = re.compile(
    r"\b(?:not|no|never|without)[ \t]+(?!only\b|least\b|just\b)(?:[\w'’-]+[ \t]+){0,4}$"
    r"|\b(?:through|via)[ \t]+(?:[\w'’-]+[ \t]+)?$",  # "resolve their differences through dialogue"
    re.IGNORECASE,
)


# "Sharif offers talks", "calls for dialogue", "offered a state visit": offered or sought
_OFFERED = re.compile(
    r"\b(?:offers?|offered|offering|calls?[ \t]+for|called[ \t]+for|calling[ \t]+for|urged?|urges"
    r"|urging)[ \t]+(?:(?:a|an|the|new|fresh|direct|more|meaningful|serious|state|official)[ \t]+)"
    r"{0,2}$",
    re.IGNORECASE,
)


_THE_BEFORE = re.compile(r"\bthe[ \t]+(?:[\w'’-]+[ \t]+){0,2}$", re.IGNORECASE)


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
    s_start, s_end = sentence
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
    is_visit = trigger.word in _VISIT_WORDS or (
        trigger.kind is EventKind.VISIT and trigger.word not in HOST_WORDS
    )
    host: Country | None = None
    location: Location | None = None
    parties: list[Item] = []
    dests: list[Item] = []
    compound = [
        i
        for i in mine
        if is_visit
        and i.actor is None
        and not text[i.start : i.end].endswith(("'s", "’s"))  # "South Korea's visit": its own
        and _ADJACENT.fullmatch(text, i.end, trigger.start)
    ]
    for item in mine:
        after = item.start >= trigger.end
        gap = text[trigger.end : item.start].lower() if after else ""
        if (
            is_visit
            and after
            and trigger.pos == "verb"
            and item.actor is None
            and _FROM.search(text, max(s_start, item.start - 6), item.start)
        ):
            continue  # "arrived in Israel from Saudi Arabia": where the trip came from
        if (
            compound
            and item.actor is None
            and _FROM.search(text, max(s_start, item.start - 6), item.start)
        ):
            continue  # "returns from Beijing, says Delhi trip will follow": not Delhi's guest
        if item in compound:
            # "the Delhi trip", "his China visit": the place before the word is the host
            host = host or item.country
            parties.append(item)
            dests.append(item)
            continue
        if item.destination or (
            is_visit and after and (gap.strip() in {"", "to", "in"} or gap.endswith(("to ", "in ")))
        ):
            host = host or item.country
            parties.append(item)
            dests.append(item)
        elif (
            is_visit
            and dests
            and item.actor is None
            and COORDINATION.fullmatch(text, dests[-1].end, item.start)
        ):
            # "state visits to Belgrade and Budapest": a second destination
            parties.append(item)
            dests.append(item)
        elif item.location and item.actor is None:
            where = item.place or text[item.start : item.end]
            location = location or Location(country=item.country, place=where)
        else:
            parties.append(item)
    venue = location.country if location is not None else None
    if is_visit and parties and venue is not None and venue not in {i.country for i in parties}:
        # "Mirziyoyev is in Astana on a state visit"
        host = host or venue
        parties.append(Item(trigger.start, trigger.end, venue, None))
    if trigger.word in HOST_WORDS:
        before = [i for i in parties if i.end <= trigger.start]
        if before:
            host = before[-1].country
    countries: list[Country] = []
    for item in parties:
        if item.country not in countries:
            countries.append(item.country)
    if (
        len(countries) == 1
        and prior is not None
        and prior.country is not None
        and prior.country not in countries
        and _PRONOUN_SUBJECT.match(text, s_start, trigger.start)
    ):
        countries.insert(0, prior.country)  # "He and Yoon spoke by telephone": he is Ishiba
    if (
        location is not None
        and location.country in countries
        and host is None
        and trigger.kind is not EventKind.CALL
    ):
        host = location.country
    participants = [
        i.actor for i in parties if i.actor is not None and i.actor.kind == ActorKind.PERSON
    ]
    window = text[max(s_start, trigger.start - WINDOW_BEFORE) : trigger.start].lower()
    first_since, since_mention = _first_since(text, trigger, dates)
    own_dates = [
        d
        for d in dates
        if not blocked(d.start, d.end, trigger, triggers)
        and reach(text, d.start, d.end, trigger) <= _DATE_REACH
    ]
    date = event_date(text, trigger, cues, own_dates, exclude=since_mention)
    if date is None and len(triggers) == 1:
        # the sentence's only event: "X and Y agreed on Tuesday …, after their envoys met"
        earlier = [d for d in dates if d.end <= trigger.start]
        date = event_date(text, trigger, cues, earlier, exclude=since_mention)
    own_cues = [c for c in cues if owner[id(c)] is trigger]
    status, strong = event_status(text, trigger, own_cues, date, published, sentence)
    level = event_level(participants, cues, trigger)
    topics = []
    for cue in cues:
        if cue.role == "topic" and cue.value not in topics:
            topics.append(cue.value)
    prev_words = window.split()[-3:]
    definite = any(w in _DEFINITE for w in prev_words) and not _EXPLICIT_PAIR.match(
        text, trigger.end
    )
    multi = any(word in window[-40:] for word in _MULTI)
    anaphor = bool(_PAIR_ANAPHOR.search(text, s_start, s_end))
    negated = (
        any(c.role == "negation" and 0 <= trigger.start - c.end <= 30 for c in own_cues)
        # "ruled out inviting Colombia's President Petro to the border meeting", "denied a
        # report that Mulino would travel to Washington": a denial reaches further, up to
        # the next trigger
        or any(
            c.role == "negation"
            and c.phrase in _DENIALS
            and 0 <= trigger.start - c.end <= 90
            and not any(c.end <= t.start and t.end <= trigger.start for t in triggers)
            for c in cues
        )
        or any(c.role == "nonstate" and 0 <= trigger.start - c.end <= 40 for c in cues)
        or (
            (
                trigger.form in ("base", "present")
                or (
                    trigger.pos == "noun"
                    and not _THE_BEFORE.search(
                        text, max(s_start, trigger.start - 40), trigger.start
                    )
                )
            )
            and bool(_IF_CLAUSE.search(text, max(s_start, trigger.start - 90), trigger.start))
        )
        or (not dates and merely_possible(text, trigger, s_start))
        or (
            trigger.pos == "noun"
            and bool(_NOT_BEFORE_NOUN.search(text, max(s_start, trigger.start - 45), trigger.start))
        )
        or bool(_OFFERED.search(text, max(s_start, trigger.start - 45), trigger.start))
        or bool(_PEOPLE_COUNT.search(text, max(s_start, trigger.start - 50), trigger.start))
        or (trigger.pos == "noun" and not_planned_after(text, trigger, triggers, s_end))
    )
    grouped = any(i.group for i in parties)
    counterpart = _COUNTERPART.search(text, s_start, s_end) is not None
    return Mention(
        trigger,
        sentence,
        countries,
        participants,
        status,
        strong,
        date,
        host,
        location,
        level,
        topics,
        first_since,
        definite,
        multi,
        anaphor,
        negated,
        grouped,
        counterpart=counterpart,
        stops=[d.country for d in dests] if len({d.country for d in dests}) > 1 else [],
        trip_days=_trip_days(text, trigger, sentence),
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
        lead = _SOURCE_LEAD.search(text, max(trigger.end, i.start - 40), i.start)
        if lead is not None:
            return lead.start("who"), i.end
    return None


def by_phone(text: str, trigger: Trigger, s_start: int, s_end: int) -> Trigger:
    """The trigger as a call when a phone or video word qualifies it in its own clause:
    "talks by phone", "talked over the phone", "a video call"."""
    if trigger.kind is EventKind.CALL:
        return trigger
    lo, hi = max(s_start, trigger.start - 25), min(s_end, trigger.end + 25)
    for m in _PHONE_NEAR.finditer(text, lo, hi):
        a, b = (m.end(), trigger.start) if m.end() <= trigger.start else (trigger.end, m.start())
        if not any(ch in ",;—–" for ch in text[a:b]):
            return attrs.evolve(trigger, kind=EventKind.CALL)
    if trigger.pos == "verb":
        # "discussed regional developments, including the ceasefire in Gaza, by telephone"
        late = _BY_PHONE.search(text, trigger.end, min(s_end, trigger.end + 100))
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


def _first_since(
    text: str, trigger: Trigger, dates: list[DateMention]
) -> tuple[DateSpan | Duration | None, DateMention | None]:
    lo = max(0, trigger.start - 40)
    if "first" not in text[lo : trigger.end + 40].lower():
        return None, None
    for d in dates:
        if not (trigger.end <= d.start <= trigger.end + 45):
            continue
        if isinstance(d.value, Duration):
            return d.value, d
        lead = text[max(0, d.start - 7) : d.start].lower()
        if isinstance(d.value, DateSpan) and "since" in lead:
            return d.value, d
    return None, None


_SUBJECT_REACH = 600  # characters back to the subject a pronoun may take up


def _trip_days(text: str, trigger: Trigger, sentence: tuple[int, int]) -> int:
    """The number of days a trigger's own words give it ("a two-day visit"), or 0."""
    found = _N_DAYS.search(
        text, max(sentence[0], trigger.start - 40), trigger.start
    ) or _N_DAYS_NEAR.search(text, trigger.end, min(sentence[1], trigger.end + 50))
    if found is None and trigger.kind is EventKind.VISIT:
        # "arrived in Port Louis on Tuesday on a two-day state visit": a word of the trip
        # that was folded into the arrival
        found = _N_DAY_TRIP.search(text, trigger.end, sentence[1])
    if found is None:
        return 0
    n = found["n"].lower()
    return int(n) if n.isdigit() else _NUMBERS[n]
