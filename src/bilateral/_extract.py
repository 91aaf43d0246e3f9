"""extract(): one typed event per real-world event of an article.

The finders report mentions; this module decides. For each trigger word ("met", "talks",
"visit", …) it gathers the states taking part from the officials and country mentions of
its sentence (leaving out those in a topic phrase: "talks on security concerns about North
Korea"), the status from the modality around it, the date the text ties to it (never a
report date, never the publication date by default), then merges the mentions of one
real-world event — a headline and its paraphrases — into one :class:`~bilateral.Meeting`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections import Counter
from typing import TypeVar

import attrs

from bilateral._actors import _find_actors
from bilateral._args import check_published, check_text
from bilateral._countries import _norm, find_countries
from bilateral._dates import _date_mentions
from bilateral._mentions import ActorMention, CountryMention, DateMention
from bilateral._model import (
    Actor,
    Codes,
    Country,
    DateSpan,
    Duration,
    Event,
    Evidence,
    Location,
    Meeting,
)
from bilateral._tables import read_tsv
from bilateral._text import link_lists, sentences
from bilateral._triggers import Cue, Trigger, Words, cues_in, find_triggers, level_rank
from bilateral._vocab import (
    ActorKind,
    Channel,
    EventKind,
    Granularity,
    Level,
    PloverMode,
    PloverType,
    Recognition,
    Status,
)

__all__ = ["extract"]

_STATE_RECOGNITIONS = frozenset(
    {
        Recognition.NAME,
        Recognition.ALIAS,
        Recognition.CAPITAL,
        Recognition.METONYM,
        Recognition.HISTORICAL,
    }
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
_HOST_WORDS = frozenset(
    {"host", "hosts", "hosted", "hosting", "welcomed", "welcomes", "received", "receives"}
)
_DEFINITE = frozenset(
    {"the", "this", "these", "that", "those", "such", "their", "its", "his", "her", "both"}
)
_MULTI = ("trilateral", "three-way", "multilateral", "four-way", "quadrilateral")
_STATE_NOUN_ROLES = frozenset({"state_noun", "level"})
_COORDINATION = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+|[ \t]*/[ \t]*")
_REPORT_VERBS = r"(?:said|says|told|reported|announced|confirmed|stated)"
_REPORTER = re.compile(rf"[ \t]+{_REPORT_VERBS}\b|’s[ \t]+statement|'s[ \t]+statement")
_VENUE_OF = re.compile(
    r"[ \t]+(?:summit|talks|meeting|round|conference|negotiations|format|process)\b", re.I
)
_DATELINE_LEAD = re.compile(r"[ \t]*[A-Z][A-Z.'’ -]+(?:,[ \t]*[A-Z][\w.'’ -]*)?,[ \t]*")
_DATELINE_DASH = re.compile(r"(?:,?[ \t]+\d{4})?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[—–-]")
_OF_BODY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
# "The visit comes as Mauritius and Britain continue to negotiate": another clause's parties
_SUBORDINATOR = re.compile(
    r"\b(?:as|while|because|although|whereas|when|after|before|since|until|once)\b"
)
_LED_BY = re.compile(
    r"\b(?:delegation|team|side)s?\b[^.;]{0,40}?\b(?:led|headed)[ \t]+by\b", re.IGNORECASE
)
_CAPITAL_AFTER = re.compile(
    r"[ \t]+capital\b(?![ \t]+(?:markets?|flows?|gains?|spending|controls?))"
)
_SOURCE = re.compile(rf",?[ \t]+{_REPORT_VERBS}\b")
_SOURCE_LEAD = re.compile(
    r",[ \t]+(?P<who>(?:[A-Z][\w.-]*[ \t]+){0,2}?(?:[A-Z][\w.-]*(?:'s|’s)[ \t]+)?)$"
)
_SUBORDINATE = re.compile(r"[\s\"“]*(?:After|Before|When|While|Since|Following|As|If|Once)\b")
# "with Oman again acting as mediator", "with Qatar mediating": a go-between, not a party
_GO_BETWEEN = re.compile(
    r"(?:'s|’s)?[ \t]+(?:(?:again|also|once[ \t]+again)[ \t]+)?"
    r"(?:(?:acting|serving)[ \t]+as|as)[ \t]+(?:a[ \t]+|the[ \t]+|an[ \t]+)?"
    r"(?:mediators?|go-betweens?|intermediar(?:y|ies)|facilitators?|brokers?)\b"
    r"|[ \t]+(?:(?:diplomats|officials|envoys|mediators)[ \t]+)?(?:(?:again|also)[ \t]+)?"
    r"(?:mediating|brokering|facilitating|shuttling)\b",
    re.IGNORECASE,
)
# A planned event and its cancellation or postponement are one event.
_FAMILY = {Status.CANCELLED: Status.PLANNED, Status.POSTPONED: Status.PLANNED}
_MONTHS_DAYS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
_TOPIC_ON = re.compile(
    rf"\b(?:on|over)[ \t]+(?!(?:{_MONTHS_DAYS})\b|\d|the[ \t]+(?:\d|sidelines|margins|eve|phone)\b"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b|behalf\b"
    r"|(?:a|the)[ \t]+(?:visit|trip|tour)\b)"
)
_EXPLICIT_PAIR = re.compile(r"[ \t]+(?:between|with)\b")
_PLACE_OF = re.compile(
    r"(?:[ \t]+[a-z-]+)?[ \t]+(?:city|town|capital|port|resort|village|region|province|island)"
    r"[ \t]+of[ \t]+(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)
_CLAUSE_BREAK = re.compile(r";|[ \t][—–][ \t]")
_OBJECT = re.compile(
    r"[ \t]+(?:(?:the|a|an|its|their|his|her|this|that|next|planned|scheduled)[ \t]+)*"
    r"(?P<word>[A-Za-z][\w'’-]*)"
)
_NOT_OBJECTS = frozenset(
    [
        "until",
        "to",
        "for",
        "on",
        "in",
        "at",
        "by",
        "after",
        "because",
        "due",
        "without",
        "amid",
        "over",
        "and",
        "indefinitely",
        "again",
        "earlier",
        "later",
        "last",
        "this",
        "next",
        "it",
        "them",
        "until",
        "till",
        "pending",
        "following",
        "as",
        "while",
        # "called off two days before it was due", "postponed at the last minute"
        "one",
        "two",
        "three",
        "few",
        "several",
        "day",
        "days",
        "hours",
        "weeks",
        "minute",
        "moments",
        "just",
        "only",
        "shortly",
        "abruptly",
        "suddenly",
        "unexpectedly",
        "yesterday",
        "today",
        "when",
        "with",
        "since",
        "but",
        "or",
    ]
)
# "calling off a round of talks", "cancel the Baku leg": parts of an event
_EVENT_OBJECTS = frozenset(
    ["round", "rounds", "session", "sessions", "leg", "stop", "stopover", "plans", "trip"]
)
# "arrives for a state visit ahead of the summit": the summit is ahead, not the visit
_DENIALS = frozenset(["ruled out", "rules out", "rule out", "denied", "denies", "deny", "denying"])
_UNREALISED = frozenset(["meant to", "supposed to"])
# status cues that tell a schedule rather than an act of its own
_SCHEDULE_CUES = frozenset(
    [
        "expected to",
        "set to",
        "meant to",
        "supposed to",
        "is to",
        "are to",
        "scheduled to",
        "slated to",
        "is going to",
        "are going to",
    ]
)
_SETTING_WORDS = frozenset(["during", "after", "before"])
_ONLY_DETERMINERS = re.compile(r"[ \t]+(?:(?:the|a|an|his|her|their|its|this|that)[ \t]+)?")
_LOOKS_AHEAD = frozenset(["ahead of", "prepare for", "preparing for"])
_TIME_WORDS = frozenset(
    [*(w.lower().rstrip("?") for w in _MONTHS_DAYS.split("|")), "week", "month", "year", "weekend"]
)
_TRAVEL = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|arriv(?:e|es|ed|ing)"
    r"|land(?:s|ed|ing)?|go(?:es|ing)?|went|trip|journey|visit(?:s|ed|ing)?)[ \t]+(?:to|in)[ \t]+$",
    re.IGNORECASE,
)
# "[ \t]*(?:,…)?[ \t]+" read the same strings, but tried every split of a run of blanks
# between its two quantifiers: O(k**2) on k blanks after a capitalised name.
_DATELINE = re.compile(r"(?:[ \t]*,[^\n—–]{0,30})?[ \t]+[—–-]+[ \t]")
# "The two men met", "Both leaders then held talks": the pair told of before is the subject
_PAIR_SUBJECT = re.compile(
    r"\b(?:the|both)[ \t]+(?:two[ \t]+)?(?:men|women|leaders|sides|presidents|premiers"
    r"|ministers|officials|delegations)(?:,[ \t]+who)?[ \t]+"
    r"(?:(?:also|then|later|again|had|have|first|last)[ \t]+)?$",
    re.IGNORECASE,
)
_PAIR_ANAPHOR = re.compile(
    r"\b(?:the|both)[ \t]+(?:two[ \t]+)?(?:(?:prime|foreign|defen[cs]e|trade|finance)[ \t]+)?"
    r"(?:sides|countries|nations|governments|leaders|neighbou?rs|ministers|delegations"
    r"|presidents|premiers|capitals|heads[ \t]+of[ \t]+(?:state|government))\b",
    re.IGNORECASE,
)
_DATE_REACH = 150
# a comma that opens a relative clause ("…, which had been planned for December") keeps the
# date with the trigger; any other comma is a clause break
_LOOSE_COMMA = re.compile(
    r",(?![ \t]+(?:which|where|when|held)\b)"
    r"(?![ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*,)"  # an appositive name: ", Jashim Uddin,"
)
_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)
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
_PLACE_AFTER = re.compile(
    r"\b(?P<prep>in|at|to|In|At)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:[A-Za-z-]+[ \t]+){0,2}?(?:city|town|port|resort|village|island)[ \t]+of[ \t]+)?"
    r"(?P<place>[A-Z])"
)
_FIRST_WORD = re.compile(r"[^\s,;:.!?()]+")
_NEW_CLAUSE = re.compile(r",[ \t]+(?:and|but|while|whereas)\b|;|[ \t][—–][ \t]")
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
_APPOSITIVE_NAME = re.compile(r",[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Z][\w'’.-]*,")
_UNREAL = re.compile(
    r"(?:\b(?P<done>decided|agreed|chose|opted|voted|moved|forced|obliged|had)[ \t]+)?\bto[ \t]+$"
    r"|\b(?:could|may|might|would|threaten(?:s|ed)?[ \t]+to|consider(?:s|ed|ing)?|if)[ \t]+$",
    re.IGNORECASE,
)
_THEN_WHEN = re.compile(r",?[ \t]+when\b")
_PRONOUN_SUBJECT = re.compile(
    # "He and Yoon spoke", "On April 8 he held talks with Mikati"
    r"[\s\"“]*(?:(?:On|In|Last|Earlier|Later|Then|That|A[ \t]+day[ \t]+later"
    r"|Two[ \t]+days[ \t]+later|The[ \t]+(?:day|week|month)[ \t]+(?:before|after)"
    r"|The[ \t]+(?:next|previous|following)[ \t]+(?:day|week|month))\b[^,.;\"“”]{0,30}?,?[ \t]+"
    r"(?=he\b|she\b))?"
    r"(?:[Hh]e|[Ss]he)\b(?:[ \t]+and\b)?"
)
_SETTING = re.compile(
    r"\b(?:on|at)[ \t]+the[ \t]+(?:sidelines|margins|fringes)[ \t]+of\b|\bduring[ \t]+(?:the|a)\b",
    re.IGNORECASE,
)
_BILATERAL_WORDS = frozenset({"bilateral", "bilaterals"})
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
_ENDING = re.compile(
    r"\b(?:end(?:s|ed|ing)|conclud(?:es|ed|ing)|wrap(?:s|ped)[ \t]+up|wound[ \t]+up|returned)\b",
    re.IGNORECASE,
)
_ADJACENT = re.compile(r"[ \t]+(?:(?:official|state|working|first|planned)[ \t]+)?")
_FROM = re.compile(r"\bfrom[ \t]+$", re.IGNORECASE)
_SETTLEMENT_OF = re.compile(
    r"\b(?:in|at|on)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"(?:island|city|town|port|capital|resort|village|region|province)[ \t]+of[ \t]+$",
    re.IGNORECASE,
)
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
# "any meeting"; "a summit would achieve little": a meeting that may never be ("no summit"
# is a negated noun, below)
_ANY_BEFORE = re.compile(r"\bany[ \t]+(?:[\w'’-]+[ \t]+){0,2}$", re.IGNORECASE)
_HELD_A = re.compile(
    r"\b(?:had|held|hold|holds|holding|has|have)[ \t]+an?[ \t]+(?:[\w'’-]+[ \t]+){0,2}$"
)
# words after which "would" belongs to another clause ("… where both said they would …")
_ELSEWHERE = re.compile(r"\b(?:where|when|which|who|said|says|after|while)\b")
_A_BEFORE = re.compile(r"\ban?[ \t]+(?:[\w'’-]+[ \t]+){0,2}$", re.IGNORECASE)
_WOULD_AFTER = re.compile(r"[^,.;:()\"“”]{0,80}?\b(?:would|could|might)\b", re.IGNORECASE)
# A sentence of news names a handful of event words (four at most in the example and
# development sets); a run of them is no prose, and reading only its first few keeps the
# work per sentence bounded ("talks talks talks …" no longer costs 9 seconds a megabyte).
_MAX_TRIGGERS = 8
_FAR = 110  # a bare country name this far from its trigger is scenery, not a party
_WINDOW_BEFORE = 60
_WINDOW_AFTER = 60


@attrs.define
class _Item:
    """A state taking part, found in a sentence: from an official, a body or a name."""

    start: int
    end: int
    country: Country
    actor: Actor | None
    location: bool = False
    place: str | None = None
    destination: bool = False
    group: bool = False
    city: bool = False


@attrs.define
class _Mention:
    """One trigger with what its sentence says about it."""

    trigger: Trigger
    sentence: tuple[int, int]
    countries: list[Country]
    participants: list[Actor]
    status: Status
    strong: bool
    date: DateSpan | None
    host: Country | None
    location: Location | None
    level: Level | None
    topics: list[str]
    first_since: DateSpan | Duration | None
    definite: bool
    multi: bool
    anaphor: bool = False
    negated: bool = False
    grouped: bool = False
    shared: bool = False
    counterpart: bool = False
    pair_subject: bool = False
    lead: bool = False  # in the headline or the first paragraph
    background: bool = False  # dated more than a week before publication
    stops: list[Country] = attrs.Factory(list)
    merged: list[EventKind] = attrs.Factory(list)
    trip_days: int = 0  # "a five-day visit": the length the text gives its trip


@attrs.define
class _Draft:
    """An event being assembled from its mentions, with running summaries of them, so that
    testing a new mention against it does not walk every mention again (linear time)."""

    mentions: list[_Mention]
    countries: set[Country]
    kinds: set[EventKind] = attrs.field(factory=set)
    placed_kinds: set[EventKind] = attrs.field(factory=set)
    statuses: set[Status] = attrs.field(factory=set)
    dates: list[DateSpan] = attrs.field(factory=list)
    people: dict[Country, set[str]] = attrs.field(factory=dict)
    # the first and last days of its trips of a told length ("a five-day visit")
    runs: list[tuple[dt.date, dt.date]] = attrs.field(factory=list)
    # the distinct dates of its mentions that name both sides (an arrival, the talks after it)
    paired: list[DateSpan] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        first = self.mentions
        self.mentions = []
        for m in first:
            self.add(m)

    def add(self, m: _Mention) -> None:
        self.mentions.append(m)
        self.kinds.add(m.trigger.kind)
        if m.countries:
            self.placed_kinds.add(m.trigger.kind)
        if m.strong:
            self.statuses.add(m.status)
        if m.date is not None and m.date not in self.dates:
            self.dates.append(m.date)
        if m.date is not None and len(m.countries) > 1 and m.date not in self.paired:
            self.paired.append(m.date)
        if m.trip_days > 1 and m.date is not None and m.date.granularity is Granularity.DAY:
            last = m.date.start + dt.timedelta(days=m.trip_days - 1)
            self.runs.append((m.date.start, max(last, m.date.end)))
        for country, names in _people_by_state(m).items():
            self.people.setdefault(country, set()).update(names)

    @property
    def last(self) -> int:
        return self.mentions[-1].trigger.start


def extract(text: str, *, published: dt.date | dt.datetime | str) -> list[Event]:
    """The bilateral-relations events of an article, one per real-world event.

    ``published`` (a date, a datetime or an ISO-8601 string) anchors relative dates;
    it is never used as an event's date by default.

    >>> import datetime as dt
    >>> text = ("Indian Prime Minister Narendra Modi will meet Japanese Prime Minister "
    ...         "Shigeru Ishiba in Tokyo next week.")
    >>> [e] = extract(text, published=dt.date(2025, 8, 20))
    >>> e.kind.value, e.status.value, [c.alpha_3 for c in e.countries], e.date.timex
    ('meeting', 'planned', ['IND', 'JPN'], '2025-W35')
    """
    check_text(text)
    day = check_published(published)
    if not text.strip():
        return []
    tokens = Words(text)
    sents = sentences(text)
    links = link_lists(text)
    link_starts = [a for a, _ in links]
    with_triggers = [
        (s, e, t[:_MAX_TRIGGERS])
        for s, e in sents
        if not _inside(links, link_starts, s) and (t := find_triggers(text, s, e, tokens))
    ]
    if not with_triggers:
        return []  # no word of the family: nothing to find, and nothing else to scan
    found = find_countries(text)
    countries = [m for m in found if m.country is not None or m.organization is not None]
    actors = _find_actors(text, found, day)
    persons = [
        a for a in actors if a.actor.kind is ActorKind.PERSON and a.actor.country is not None
    ]
    # the persons who are not the object of an event verb ("he had met Crown Prince …"),
    # whom a later "He" may be
    subjects = [
        a for a in persons if not _OBJECT_BEFORE.search(text, max(0, a.start - 30), a.start)
    ]
    dates = _date_mentions(text, day, sents, _date_spans(text, sents, with_triggers))
    unplaced = [a for a in actors if a.actor.kind is ActorKind.PERSON and a.actor.country is None]
    per_sentence: list[list[_Mention]] = []
    lone: list[tuple[_Mention, Actor]] = []
    for s_start, s_end, found_triggers in with_triggers:
        triggers = [_by_phone(text, t, s_start, s_end) for t in found_triggers]
        cues = cues_in(text, s_start, s_end, tokens)
        items = _items(text, s_start, s_end, countries, actors, day, tokens)
        s_dates = [
            d
            for d in _within(dates, s_start, s_end)
            if d.end <= s_end and not _in_dateline(text, d.start, d.end)
        ]
        prior = _last_official(persons, subjects, s_start)
        # each item and cue belongs to its nearest trigger: found once, not once per trigger
        spans: list[_Item | Cue] = [*items, *cues]
        owner = {id(x): _nearest_to(x.start, x.end, triggers, text) for x in spans}
        sentence_mentions = [
            _mention(text, (s_start, s_end), t, triggers, items, cues, s_dates, day, prior, owner)
            for t in triggers
        ]
        for a in _within(unplaced, s_start, s_end):
            near = _nearest_to(a.start, a.end, triggers, text)
            lone.extend(
                (m, a.actor)
                for m in sentence_mentions
                if m.trigger is near and len(m.countries) == 1 and not m.multi
            )
        for m in sentence_mentions:
            if _visitor_is_a_body(text, m, found, s_start) or _a_bodys_own(text, m, found, day):
                m.negated = True
        per_sentence.append(sentence_mentions)
    _place_the_other_side(lone, per_sentence)
    _add_delegations(text, sents, with_triggers, persons, per_sentence)
    _host_by_dateline(text, _dateline_country(text, found), found, actors, per_sentence)
    mentions: list[_Mention] = []
    for sentence_mentions in per_sentence:
        sentence_mentions = _split_tours(sentence_mentions)
        _share_parties(text, sentence_mentions)
        _share_setting(text, sentence_mentions)
        sentence_mentions = _drop_denied(sentence_mentions)
        mentions.extend(_combine_sentence(text, sentence_mentions))
    _date_by_line(text, sents, dates, mentions)
    lead_end = _lead_end(text)
    for m in mentions:
        m.lead = m.trigger.start < lead_end
        m.background = m.date is not None and (day - m.date.end).days > 7
        m.pair_subject = bool(
            _PAIR_SUBJECT.search(text, max(m.sentence[0], m.trigger.start - 50), m.trigger.start)
        )
    _carry_status(mentions)
    drafts = _merge(mentions)
    events = [_event(text, d, day) for d in drafts]
    return [e for e in events if e is not None]


_NOT_PLANNED = re.compile(
    r"\b(?:(?:was|is|were|are)[ \t]+not[ \t]+(?:planned|scheduled|expected|envisaged"
    r"|on[ \t]+the[ \t]+(?:agenda|cards|programme|program))"
    r"|(?:has|have|had)[ \t]+not[ \t]+been[ \t]+(?:planned|scheduled))\b",
    re.IGNORECASE,
)


def _not_planned_after(text: str, trigger: Trigger, triggers: list[Trigger], s_end: int) -> bool:
    """ "a separate meeting between Duda and Simonyte was not planned": the noun's own
    predicate denies it (no other event word between them)."""
    found = _NOT_PLANNED.search(text, trigger.end, min(s_end, trigger.end + 120))
    if found is None:
        return False
    return not any(trigger.end <= t.start < found.start() for t in triggers)


def _merely_possible(text: str, trigger: Trigger, s_start: int) -> bool:
    """Whether a noun trigger names a meeting that may never be: "any meeting", "no summit",
    "a summit would achieve little", "a summit that ends in a handshake would be worse" (the
    caller asks only of a sentence with no date: "a summit next week could seal a deal")."""
    if trigger.pos != "noun":
        return False
    lo = max(s_start, trigger.start - 30)
    if _ANY_BEFORE.search(text, lo, trigger.start):
        return True
    if not _A_BEFORE.search(text, lo, trigger.start) or _HELD_A.search(text, lo, trigger.start):
        return False  # "had a meeting with Xi where both said they would …" took place
    would = _WOULD_AFTER.match(text, trigger.end, trigger.end + 90)
    return would is not None and not _ELSEWHERE.search(text, trigger.end, would.start())


_ATTRIBUTIVE_NOUN = re.compile(r"[ \t]+(?P<w>[a-z][a-z-]{2,})\b")
# event nouns a possessive date may still date ("Tuesday's talks" told of the visit)
_SAME_TRIGGER_NOUN = re.compile(r"(?:talks|meeting|meetings|summit|visit|trip|call|negotiations)\b")
_RELATIVE = re.compile(r",[ \t]+(?:who|whom|whose)\b[^,;:()\n]*$")


def _of_another_noun(text: str, d: DateMention, trigger: Trigger) -> bool:
    """Whether a date modifies a noun other than the trigger: "for Trump's role in the May 10
    ceasefire", "after Sunday's run-off". After a possessive, an event noun may still be the
    event's ("Tuesday's talks" told of the visit)."""
    the = text.endswith("the ", max(0, d.start - 4), d.start)
    if not the and not text.endswith(("'s", "’s"), d.start, d.end):
        return False
    noun = _ATTRIBUTIVE_NOUN.match(text, d.end)
    if noun is None or noun.start("w") == trigger.start:
        return False
    return the or not _SAME_TRIGGER_NOUN.match(text, noun.start("w"))


def _in_relative_clause(text: str, start: int, end: int, trigger: Trigger) -> bool:
    """Whether a date lies in a relative clause about a person (", who … ,") that the
    trigger is outside of."""
    if end > trigger.start:
        return False  # only before the trigger: after it, the clause may be the event's own
    lo = max(0, start - 120)
    lo = max(lo, text.rfind(". ", lo, start) + 1, text.rfind("\n", lo, start) + 1)  # its sentence
    m = _RELATIVE.search(text, lo, start)
    if m is None:
        return False
    close = text.find(",", end, trigger.start)
    return close != -1


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _lead_end(text: str) -> int:
    """The end of the lead: the first paragraph of 120 characters or more after the headline
    (bylines and datelines are shorter); the whole text if it has no such paragraph."""
    start = 0
    for i, brk in enumerate(_PARAGRAPH_BREAK.finditer(text)):
        if i and len(text[start : brk.start()].strip()) >= 120:
            return brk.start()
        start = brk.end()
    return len(text)


def _date_by_line(
    text: str, sents: list[tuple[int, int]], dates: list[DateMention], mentions: list[_Mention]
) -> None:
    """A list of dated items (a ministry's press releases: "2024-10-18" on a line of its own,
    then the item): an item's undated mentions take the date of the line above them. Only
    with two or more such lines; one alone at the top stamps the publication, not an event."""
    by_start = {d.start: d for d in dates if isinstance(d.value, DateSpan)}
    lines: list[tuple[int, DateSpan]] = []
    for s, e in sents:
        d = by_start.get(s)
        if (
            d is not None
            and isinstance(d.value, DateSpan)
            and d.value.granularity is Granularity.DAY
            and (s == 0 or text[s - 1] == "\n")
            and (e == len(text) or text[e] == "\n")
            and _CLOCK_TIME.fullmatch(text, d.end, e)  # "March 27, 2024, 16:10" is a date line
        ):
            lines.append((s, d.value))
    if len(lines) < 2:
        return
    starts = [s for s, _ in lines]
    line_at = {s: i for i, s in enumerate(starts)}
    for m in mentions:
        if m.date is not None or (m.strong and m.status is not Status.OCCURRED):
            continue  # the item's date is that of what it reports, not of what is planned
        i = bisect.bisect_right(starts, m.trigger.start) - 1
        # an item's title above its date line ("Telephone conversation with …" then the date)
        below = _NEXT_LINE.match(text, m.sentence[1])
        if below is not None and below.end() in line_at:
            i = line_at[below.end()]
        if i >= 0:
            m.date = lines[i][1]


_CLOCK_TIME = re.compile(
    r"(?:,?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?)?[ \t]*"
)
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*")


def _date_spans(
    text: str, sents: list[tuple[int, int]], with_triggers: list[tuple[int, int, list[Trigger]]]
) -> list[tuple[int, int]]:
    """The sentences whose dates can matter: each one with a trigger, the two before it,
    whose dates anchor "the next day" or "two days later", and short lines of their own
    (a date above an item of a list); the rest are not read."""
    starts = [s for s, _ in sents]
    wanted: set[int] = set()
    for s, _, _ in with_triggers:
        i = bisect.bisect_left(starts, s)
        wanted.update(range(max(0, i - 2), i + 1))
    wanted.update(
        i
        for i, (s, e) in enumerate(sents)
        if e - s <= 40 and (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n")
    )
    return [sents[i] for i in sorted(wanted)]


def _inside(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether ``at`` lies in one of the ordered, disjoint ``spans`` (a bisect, not a scan)."""
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < spans[i][1]


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether a date is a dateline's ("WASHINGTON, Oct 22 —"): the filing day, not an event's."""
    lo = max(0, start - 80)  # a dateline is short: no look further back (linear time)
    line = text.rfind("\n", lo, start) + 1
    if line == 0 and lo > 0:
        return False
    return bool(_DATELINE_LEAD.fullmatch(text, line, start) and _DATELINE_DASH.match(text, end))


def _a_bodys_own(text: str, m: _Mention, found: list[CountryMention], day: dt.date) -> bool:
    """ "an emergency meeting of the U.N. Security Council": a body's meeting, not one
    between the states that speak at it (a group with a list of members is its members')."""
    if m.trigger.pos != "noun" or (of := _OF_BODY.match(text, m.trigger.end)) is None:
        return False
    after = _within(found, of.end(), of.end() + 1)
    return bool(
        after
        and after[0].organization is not None
        and after[0].country is None
        and not _members(after[0].organization, day)
    )


def _visitor_is_a_body(text: str, m: _Mention, found: list[CountryMention], s_start: int) -> bool:
    """ "EU Enlargement Commissioner Marta Kos, who visited Skopje": a visit to one state by
    an international body's official, with no state named between the body and the verb."""
    if m.trigger.kind is not EventKind.VISIT or len(m.countries) != 1:
        return False
    before = _within(found, max(s_start, m.trigger.start - 80), m.trigger.start)
    bodies = [c for c in before if c.organization is not None and c.country is None]
    if not bodies:
        return False
    last = bodies[-1]
    return not any(c.country is not None and c.start > last.start for c in before)


def _add_delegations(
    text: str,
    sents: list[tuple[int, int]],
    with_triggers: list[tuple[int, int, list[Trigger]]],
    persons: list[ActorMention],
    per_sentence: list[list[_Mention]],
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
        for a in _within(persons, s, e):
            if a.actor.country in m.countries and a.actor not in m.participants:
                m.participants.append(a.actor)


def _dateline_country(text: str, found: list[CountryMention]) -> Country | None:
    """The state of the dateline ("ABU DHABI, 12th November, 2024 (WAM) --"), if any."""
    for c in found:
        if c.start > 600:
            break
        at_line_start = c.start == 0 or text[c.start - 1] == "\n"
        if (
            c.country is not None
            and c.text.isupper()
            and at_line_start
            and _DATELINE.match(text, c.end)
        ):
            return c.country
    return None


def _host_by_dateline(
    text: str,
    home: Country | None,
    found: list[CountryMention],
    actors: list[ActorMention],
    per_sentence: list[list[_Mention]],
) -> None:
    """Agency copy filed from the host's capital: "ABU DHABI (WAM) -- Sheikh Mansour …
    received Kenya's Deputy President": with no state named before "received", the host is
    the dateline's."""
    if home is None:
        return
    for sentence_mentions in per_sentence:
        for m in sentence_mentions:
            if (
                m.trigger.word not in _HOST_WORDS
                or len(m.countries) != 1
                or home in m.countries
                or m.trigger.form == "base"
            ):
                continue
            lo, hi = m.sentence[0], m.trigger.start
            if any(c.country is not None for c in _within(found, lo, hi)) or any(
                a.actor.country is not None for a in _within(actors, lo, hi)
            ):
                continue
            m.countries.insert(0, home)
            m.host = home


def _place_the_other_side(
    lone: list[tuple[_Mention, Actor]], per_sentence: list[list[_Mention]]
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


# ---------------------------------------------------------------------------------------------
# Items: who takes part


def _start(mention: CountryMention | ActorMention | DateMention) -> int:
    return mention.start


_M = TypeVar("_M", CountryMention, ActorMention, DateMention)


def _within(mentions: list[_M], start: int, end: int) -> list[_M]:
    """The mentions (in text order) that start in ``start:end``: a bisect, not a scan of the
    article for each sentence, which made ``extract`` O(n**2) in the length of the text."""
    lo = bisect.bisect_left(mentions, start, key=_start)
    return mentions[lo : bisect.bisect_left(mentions, end, lo, key=_start)]


def _items(
    text: str,
    s_start: int,
    s_end: int,
    countries: list[CountryMention],
    actors: list[ActorMention],
    day: dt.date | None = None,
    tokens: Words | None = None,
) -> list[_Item]:
    items: list[_Item] = []
    for o in _within(countries, s_start, s_end):
        if o.organization is None or o.end > s_end:
            continue
        if not _GROUP_EVENT.match(text, o.end) and not _GROUP_OF.search(
            text, max(s_start, o.start - 40), o.start
        ):
            continue
        items.extend(
            _Item(o.start, o.end, Country(code), None, group=True)
            for code in _members(o.organization, day)
        )
    for m in _PLACE_AFTER.finditer(text, s_start, s_end):
        found = _place(text, m.start("place"), s_end)
        if found is not None:
            p_end, code = found
            to = m["prep"].lower() == "to"
            where = text[m.start("place") : p_end]
            items.append(
                _Item(m.start("place"), p_end, Country(code), None, not to, where, to, city=True)
            )
    spans: list[tuple[int, int]] = []
    for a in _within(actors, s_start, s_end):
        if s_start <= a.start and a.end <= s_end and a.actor.country is not None:
            spans.append((a.start, a.end))
            if not _GO_BETWEEN.match(text, a.end):
                items.append(_Item(a.start, a.end, a.actor.country, a.actor))
    for c in _within(countries, s_start, s_end):
        if not (s_start <= c.start and c.end <= s_end) or c.country is None:
            continue
        if any(s <= c.start < e for s, e in spans):
            continue
        capital = _CAPITAL_AFTER.match(text, c.end, s_end)
        if (
            capital
            and c.recognition is Recognition.DEMONYM
            and text.endswith("the ", s_start, c.start)
        ):
            # "arrived in the Ukrainian capital", "to visit the Syrian capital": a city
            lead = c.start - 4
            travel = _TRAVEL.search(text, max(s_start, lead - 30), lead) is not None
            at = text[max(s_start, lead - 3) : lead].lower() in ("in ", "at ")
            where, end = text[lead : capital.end()], capital.end()
            items.append(
                _Item(lead, end, c.country, None, at and not travel, where, travel, city=True)
            )
            continue
        place = _PLACE_OF.match(text, c.end, s_end)
        if place and text[max(s_start, c.start - 8) : c.start].lower().endswith(
            ("in the ", "at the ", "on the ")
        ):
            # "in the Colombian border city of Cucuta": where, not who
            items.append(_Item(c.start, place.end(), c.country, None, True, place["place"]))
            continue
        if c.recognition not in _STATE_RECOGNITIONS and not _stands_for_state(
            text, c, countries, tokens
        ):
            continue
        if _REPORTER.match(text, c.end):
            continue  # "…, Beijing said": the source of the report, not a party
        if _GO_BETWEEN.match(text, c.end):
            continue
        if _attributive(text, c.end, tokens):
            continue  # "U.S. tariffs", "Russian oil": a modifier, not a party
        at_line_start = c.start == 0 or text[c.start - 1] == "\n"
        if c.text.isupper() and at_line_start and _DATELINE.match(text, c.end):
            continue  # "LONDON —": where the reporter files from
        before = text[max(s_start, c.start - 8) : c.start].lower()
        location = before.endswith(("in ", "at ", "in the ", "at the ")) or bool(
            _SETTLEMENT_OF.search(text, max(s_start, c.start - 50), c.start)
        )  # "on the Caribbean island of St Vincent"
        if c.recognition is Recognition.CAPITAL and (
            before.endswith("the ") or _VENUE_OF.match(text, c.end)
        ):
            location = True  # "the London round", "Budapest summit": where, not who
        travel = _TRAVEL.search(text, max(s_start, c.start - 30), c.start) is not None
        city = c.recognition is Recognition.CAPITAL
        items.append(
            _Item(c.start, c.end, c.country, None, location and not travel, None, travel, city=city)
        )
    items.sort(key=lambda i: i.start)
    return items


@functools.cache
def _places() -> dict[str, list[tuple[str, str]]]:
    """Cities and venues by their first word: (name, alpha-3), longest name first."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv("places.tsv"):
        table.setdefault(row["place"].split()[0], []).append((row["place"], row["alpha_3"]))
    return {k: sorted(v, key=lambda e: -len(e[0])) for k, v in table.items()}


def _place(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The city or venue named at ``start`` ("Kananaskis", "Camp David"): its end and state."""
    first = _FIRST_WORD.match(text, start, end)
    if first is None:
        return None
    for name, code in _places().get(first.group(), ()):
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


def _members(organization: str, day: dt.date | None) -> list[str]:
    """The member states of a group on ``day`` (all current members if no day)."""
    return [
        code
        for code, start, end in _member_terms().get(organization, ())
        if day is None or ((start is None or start <= day) and (end is None or day <= end))
    ]


def _before_state_noun(text: str, end: int, tokens: Words | None = None) -> bool:
    cues = cues_in(text, end, min(len(text), end + 30), tokens)
    return any(c.role in _STATE_NOUN_ROLES and c.start - end <= 2 for c in cues[:2])


def _attributive(text: str, end: int, tokens: Words | None = None) -> bool:
    """Whether a country name modifies a topic noun that heads no event or body."""
    cues = cues_in(text, end, min(len(text), end + 40), tokens)
    if not cues or cues[0].role != "topic" or cues[0].start - end > 1:
        return False
    after = cues_in(text, cues[0].end, min(len(text), cues[0].end + 30), tokens)
    if any(c.role in _STATE_NOUN_ROLES and c.start - cues[0].end <= 1 for c in after):
        return False
    nxt = find_triggers(text, cues[0].end, min(len(text), cues[0].end + 20), tokens)
    return not (nxt and nxt[0].start - cues[0].end <= 1)


def _stands_for_state(
    text: str, c: CountryMention, countries: list[CountryMention], tokens: Words | None = None
) -> bool:
    """A demonym before "officials", or in a row of them ending so: "Indian and Chinese envoys"."""
    current = c
    for _ in range(8):
        if _before_state_noun(text, current.end, tokens):
            return True
        k = bisect.bisect_left(countries, current.end, key=_start)
        nxt = countries[k] if k < len(countries) else None
        if nxt is None or not _COORDINATION.fullmatch(text, current.end, nxt.start):
            return False
        current = nxt
    return False


# ---------------------------------------------------------------------------------------------
# One trigger


def _mention(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    triggers: list[Trigger],
    items: list[_Item],
    cues: list[Cue],
    dates: list[DateMention],
    published: dt.date,
    prior: Actor | None,
    owner: dict[int, Trigger],
) -> _Mention:
    s_start, s_end = sentence
    mine = [
        i
        for i in items
        if owner[id(i)] is trigger
        and (_in_zone(text, i, trigger, cues) or (i.city and i.location))
        and (
            i.actor is not None
            or i.end <= trigger.start  # the subject: "The United States and Russia … met"
            or _gap(i.start, i.end, trigger) <= (2 if i.location else 1) * _FAR
        )
    ]
    source = _source_after(text, sentence, trigger, mine)
    if source is not None:
        mine = [i for i in mine if not source[0] <= i.start < source[1]]
    is_visit = trigger.word in _VISIT_WORDS or (
        trigger.kind is EventKind.VISIT and trigger.word not in _HOST_WORDS
    )
    host: Country | None = None
    location: Location | None = None
    parties: list[_Item] = []
    dests: list[_Item] = []
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
            and _COORDINATION.fullmatch(text, dests[-1].end, item.start)
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
        parties.append(_Item(trigger.start, trigger.end, venue, None))
    if trigger.word in _HOST_WORDS:
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
    window = text[max(s_start, trigger.start - _WINDOW_BEFORE) : trigger.start].lower()
    first_since, since_mention = _first_since(text, trigger, dates)
    own_dates = [
        d
        for d in dates
        if not _blocked(d.start, d.end, trigger, triggers)
        and _reach(text, d.start, d.end, trigger) <= _DATE_REACH
    ]
    date = _date(text, trigger, cues, own_dates, exclude=since_mention)
    if date is None and len(triggers) == 1:
        # the sentence's only event: "X and Y agreed on Tuesday …, after their envoys met"
        earlier = [d for d in dates if d.end <= trigger.start]
        date = _date(text, trigger, cues, earlier, exclude=since_mention)
    own_cues = [c for c in cues if owner[id(c)] is trigger]
    status, strong = _status(text, trigger, own_cues, date, published, sentence)
    level = _level(participants, cues, trigger)
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
        or (not dates and _merely_possible(text, trigger, s_start))
        or (
            trigger.pos == "noun"
            and bool(_NOT_BEFORE_NOUN.search(text, max(s_start, trigger.start - 45), trigger.start))
        )
        or bool(_OFFERED.search(text, max(s_start, trigger.start - 45), trigger.start))
        or bool(_PEOPLE_COUNT.search(text, max(s_start, trigger.start - 50), trigger.start))
        or (trigger.pos == "noun" and _not_planned_after(text, trigger, triggers, s_end))
    )
    grouped = any(i.group for i in parties)
    counterpart = _COUNTERPART.search(text, s_start, s_end) is not None
    return _Mention(
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
    text: str, sentence: tuple[int, int], trigger: Trigger, items: list[_Item]
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


def _reach(text: str, start: int, end: int, trigger: Trigger) -> int:
    """Characters between a span and a trigger, a clause break counting as 80 more."""
    lo, hi = (end, trigger.start) if end <= trigger.start else (trigger.end, start)
    if hi <= lo:
        return 0
    # an appositive name (", Mr Richard Marles,") does not put a date further away
    gap = _APPOSITIVE_NAME.sub(" ", text[lo:hi])
    if ";" in gap or _LOOSE_COMMA.search(gap):
        return len(gap) + 80
    return len(gap)


def _by_phone(text: str, trigger: Trigger, s_start: int, s_end: int) -> Trigger:
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


def _last_official(
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


def _gap(start: int, end: int, trigger: Trigger) -> int:
    return max(trigger.start - end, start - trigger.end, 0)


def _blocked(start: int, end: int, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether another trigger stands between a span and ``trigger``: the span is not its."""
    lo, hi = (end, trigger.start) if end <= trigger.start else (trigger.end, start)
    return any(lo <= t.start and t.end <= hi for t in triggers if t is not trigger)


def _nearest_to(start: int, end: int, triggers: list[Trigger], text: str) -> Trigger:
    """The trigger closest to a span; a clause break (comma, semicolon, dash) between
    them counts as a long way: "on the sidelines of the summit, Anwar held talks"."""

    def distance(t: Trigger) -> int:
        if end <= t.start:
            lo, hi = end, t.start
        elif start >= t.end:
            lo, hi = t.end, start
        else:
            return 0
        gap = text[lo:hi]
        far = (
            80
            if ("," in gap or ";" in gap or " — " in gap or " – " in gap)
            or _SUBORDINATOR.search(gap)
            else 0
        )
        return hi - lo + far

    if len(triggers) == 1:
        return triggers[0]
    # only triggers within 80 characters of the closest can win (a clause break adds 80):
    # the text between the others is not looked at (a run of triggers stays cheap)
    raw = [max(t.start - end, start - t.end, 0) for t in triggers]
    least = min(raw)
    return min((t for t, r in zip(triggers, raw, strict=True) if r <= least + 80), key=distance)


def _in_zone(text: str, item: _Item, trigger: Trigger, cues: list[Cue]) -> bool:
    """Whether an item is a party rather than part of a topic phrase."""
    markers = [c for c in cues if c.role == "topic_marker" or c.phrase == "according to"]
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


def _date(
    text: str,
    trigger: Trigger,
    cues: list[Cue],
    dates: list[DateMention],
    exclude: DateMention | None,
) -> DateSpan | None:
    reports = [c for c in cues if c.role == "report"]
    markers = [c for c in cues if c.role == "topic_marker" and c.phrase not in {"after", "before"}]
    best: tuple[int, DateSpan] | None = None
    for d in dates:
        if d is exclude or not isinstance(d.value, DateSpan):
            continue
        lead = text[max(0, d.start - 7) : d.start].lower()
        when = _THEN_WHEN.match(text, d.end) is not None and d.end <= trigger.start
        if ("since" in lead or "until" in lead or "by " in lead[-3:]) and not when:
            continue  # "since 2019, when he attended a summit": the summit's own date
        lo, hi = (d.end, trigger.start) if d.end <= trigger.start else (trigger.end, d.start)
        if any(lo <= c.start and c.end <= hi for c in reports):
            continue
        if any(0 <= d.start - c.end <= 4 for c in reports):
            continue  # "said on Monday", "announced Tuesday"
        if d.start >= trigger.end and any(
            trigger.end <= c.start and c.end < d.start - 1 for c in markers
        ):
            continue  # a date inside a topic phrase; "over the weekend" is the date itself
        if (
            d.end <= trigger.start
            and text.endswith("to ", max(0, trigger.start - 3), trigger.start)
            and any(
                c.role == "status"
                and c.phrase not in _SCHEDULE_CUES
                and d.end <= c.start
                and c.end <= trigger.start
                for c in cues
            )
        ):
            # "last week agreed to visit Russia in May": the agreement's date; but "On
            # Friday, Ruto is expected to meet Samia" and "That May, Australia was meant to
            # host the Quad" date the event
            continue
        if _of_another_noun(text, d, trigger):
            continue  # "in the May 10 ceasefire", "after Sunday's run-off": that noun's date
        if _in_relative_clause(text, d.start, d.end, trigger):
            continue  # "Paetongtarn, who became prime minister in August, attended the summit"
        distance = _reach(text, d.start, d.end, trigger)
        if best is None or distance < best[0]:
            best = (distance, d.value)
    return None if best is None else best[1]


def _status(
    text: str,
    trigger: Trigger,
    cues: list[Cue],
    date: DateSpan | None,
    published: dt.date,
    sentence: tuple[int, int],
) -> tuple[Status, bool]:
    lo, hi = trigger.start - _WINDOW_BEFORE, trigger.end + _WINDOW_AFTER
    for final in (Status.CANCELLED, Status.POSTPONED):
        if any(c.role == "status" and c.value == final and _ends_event(text, c) for c in cues):
            return final, True
    status_cues = [
        c
        for c in cues
        if c.role == "status"
        and lo <= c.start
        and c.end <= hi
        and c.value not in (Status.CANCELLED, Status.POSTPONED)
        and not (c.phrase in _LOOKS_AHEAD and c.start >= trigger.end)
        # "During the visit, Lourenco will be accorded …": the visit is the setting; the
        # clause's verb tells its status
        and not (
            c.phrase in _SETTING_WORDS and _ONLY_DETERMINERS.fullmatch(text, c.end, trigger.start)
        )
    ]
    if any(c.phrase in _UNREALISED and c.end <= trigger.start for c in status_cues):
        # "Australia was meant to host the Quad in May": a plan, whatever its date
        return Status.PLANNED, True
    if date is not None:
        if date.end < published:
            return Status.OCCURRED, True
        if date.start > published:
            return Status.PLANNED, True
        if any(c.role == "status" and c.phrase in _STARTED for c in cues):
            return Status.ONGOING, True  # "began a new round this week"
    if trigger.form == "past":
        return Status.OCCURRED, True
    if trigger.form == "ing" and text[max(0, trigger.start - 4) : trigger.start].lower() in {
        " is ",
        " are",
        "are ",
        "was ",
        "were",
    }:
        return Status.ONGOING, True

    def distance(c: Cue) -> int:
        return trigger.start - c.end if c.end <= trigger.start else c.start - trigger.end

    if status_cues:
        closest = min(status_cues, key=distance)
        return Status(closest.value), True
    if trigger.form == "present":
        return Status.OCCURRED, False
    return Status.OCCURRED, False


def _ends_event(text: str, cue: Cue) -> bool:
    """Whether "postponed", "called off" applies to an event, not to "tariffs": its object,
    if it has one, is an event word ("called off the visit", "has been postponed"); and
    whether it happened, not "called on him to cancel" or "could postpone"."""
    lead = _UNREAL.search(text, max(0, cue.start - 40), cue.start)
    if lead is not None and lead["done"] is None:
        return False
    m = _OBJECT.match(text, cue.end)
    if m is None:
        return True
    # "postponed Monday", "shelves Budapest summit", "put off Tuesday's meeting": past names
    # and possessives to the head word
    words = text[m.start("word") : m.start("word") + 80].split()[:5]
    for i, word in enumerate(words):
        stripped = word.strip(',.;:!?"“”()')
        bare = stripped.removesuffix("'s").removesuffix("’s")
        if bare.lower() in _NOT_OBJECTS or bare.lower() in _TIME_WORDS:
            return True
        if bare.lower() in _EVENT_OBJECTS or find_triggers(bare, 0, len(bare)):
            return True
        if stripped != word:
            return False  # the end of the phrase
        if bare == stripped and not bare[:1].isupper():
            # "called off intergovernmental consultations": one word before the head may
            # qualify it; "scrapped new tariffs" has a plain head word
            following = words[i + 1].strip(',.;:!?"“”()') if i + 1 < len(words) else ""
            return (
                i == 0
                and bare.endswith(("al", "ed", "ary", "ic", "ive"))
                and bool(following and find_triggers(following, 0, len(following)))
            )
    return False


def _carry_status(mentions: list[_Mention]) -> None:
    """A mention whose words give no status keeps the narrative's: that of the strong one before."""
    last: Status | None = None
    for m in mentions:
        if m.strong:
            last = m.status
        elif last is not None:
            m.status = last


def _level(participants: list[Actor], cues: list[Cue], trigger: Trigger) -> Level | None:
    levels = [p.level for p in participants if p.level is not None]
    if not levels:
        levels = [Level(c.value) for c in cues if c.role == "level"]
    if not levels and trigger.kind is EventKind.SUMMIT:
        return Level.HEAD_OF_STATE
    return max(levels, key=level_rank) if levels else None


def _share_parties(text: str, mentions: list[_Mention]) -> None:
    """Triggers of one sentence with no parties of their own share those of the nearest one
    that has two or more: "X and Y traded warnings in a phone call and agreed to meet"."""
    full = [m for m in mentions if len(m.countries) >= 2]
    for m in mentions:
        if m.countries or not full or m.definite:
            continue
        if _PAIR_SUBJECT.search(text, max(m.sentence[0], m.trigger.start - 50), m.trigger.start):
            continue  # "The two presidents, who last met in Warsaw": the article's pair
        src = min(full, key=lambda f: abs(f.trigger.start - m.trigger.start))
        if len(src.countries) >= 3 and (m.anaphor or m.trigger.word in _BILATERAL_WORDS):
            continue  # "the two leaders held a bilateral on the margins of the G7 summit"
        m.countries = list(src.countries)
        m.participants = list(src.participants)
        m.shared = True


def _split_tours(mentions: list[_Mention]) -> list[_Mention]:
    """A visit to several states is one visit to each: "visits to Belgrade and Budapest"."""
    out: list[_Mention] = []
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


def _share_setting(text: str, mentions: list[_Mention]) -> None:
    """A meeting "on the sidelines of the summit in Cairo in December" takes the summit's
    date and place."""
    for m, later in itertools.pairwise(mentions):
        if not _SETTING.search(text, m.trigger.end, later.trigger.start):
            continue
        m.date = m.date or later.date
        if m.location is None and later.location is not None:
            m.location = later.location


def _drop_denied(mentions: list[_Mention]) -> list[_Mention]:
    """Mentions the text denies go; their parties stay with what follows: "has not visited
    Brazil since 2019, when he held talks with Bolsonaro" keeps India in the talks."""
    kept: list[_Mention] = []
    denied: list[_Mention] = []
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


def _combine_sentence(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Triggers of one sentence with the same parties, or none of their own, are one mention."""
    out: list[_Mention] = []
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
            and not _apart(m.trigger.kind, {out[-1].trigger.kind}, physical=True)
            and not _other_people(out[-1], m)
            and not (
                m.shared
                and m.trigger.kind is not out[-1].trigger.kind
                and m.strong
                and _LOOSE_COMMA.search(text, out[-1].trigger.end, m.trigger.start)
            )
        ):
            prev = out[-1]
            if m.status == prev.status or not m.strong or not prev.strong:
                prev.participants += [p for p in m.participants if p not in prev.participants]
                prev.host = prev.host or m.host
                prev.location = prev.location or m.location
                prev.trip_days = prev.trip_days or m.trip_days
                prev.date = _finer(prev.date, m.date)
                if (m.countries and not m.shared) or m.trigger.kind is EventKind.CALL:
                    # its own parties, or the channel: "discussed it in a phone call"
                    prev.merged.append(m.trigger.kind)
                prev.first_since = prev.first_since or m.first_since
                if not prev.strong and m.strong:
                    prev.status, prev.strong = m.status, True
                continue
        out.append(m)
    return out


def _other_people(a: _Mention, b: _Mention) -> bool:
    """Two verbs with people of their own and none in common: "Jaishankar met Wang in Rio, and
    Singh met Dong in Vientiane" tells of two meetings."""
    if a.trigger.pos != "verb" or b.trigger.pos != "verb" or not a.participants:
        return False
    names = {p.name for p in a.participants}
    return bool(b.participants) and not any(p.name in names for p in b.participants)


# ---------------------------------------------------------------------------------------------
# Merging mentions into events


def _compatible(draft: _Draft, m: _Mention) -> bool:
    generic = m.definite and m.trigger.kind in (EventKind.TALKS, EventKind.NEGOTIATION)
    if m.countries and not generic and _apart(m.trigger.kind, draft.placed_kinds):
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
    if any(_overlap(m.date, d) for d in precise or dates):
        return True
    # an arrival and the talks after it, each told with both sides
    return len(m.countries) > 1 and _visit_days(
        draft.kinds | {m.trigger.kind}, [*draft.paired, m.date]
    )


_ON_A_VISIT = frozenset({EventKind.TALKS, EventKind.MEETING})
_ONE_SITTING = frozenset({EventKind.TALKS, EventKind.MEETING, EventKind.CALL})
_TRIP_REACH = 2  # days between an arrival and the talks of one trip
_OBJECT_BEFORE = re.compile(
    r"\b(?:met|meet|meets|meeting|with|received|receives|hosted|hosts|welcomed|called[ \t]+on)"
    r"[ \t]+$",
    re.IGNORECASE,
)
_SUBJECT_REACH = 600  # characters back to the subject a pronoun may take up


def _visit_days(kinds: set[EventKind], dates: list[DateSpan]) -> bool:
    """Whether a visit and talks or a meeting dated within three days of each other are one
    trip: "arrived on Tuesday evening for a state visit … held talks on Wednesday"."""
    if EventKind.VISIT not in kinds or not kinds & _ON_A_VISIT or EventKind.CALL in kinds:
        return False
    if len(dates) < 2 or any(
        d.granularity is not Granularity.DAY or d.start != d.end for d in dates
    ):
        return False
    return 0 < (max(d.start for d in dates) - min(d.start for d in dates)).days <= _TRIP_REACH


def _leg_of_a_visit(draft: _Draft, m: _Mention) -> bool:
    """A stop told with its own day inside a visit's run of days ("arrived on Sunday for a
    five-day visit … will travel to Mumbai on Wednesday"): the same visit, whatever its tense."""
    if m.trigger.kind is not EventKind.VISIT or m.date is None or m.date.start != m.date.end:
        return False
    if EventKind.VISIT not in draft.kinds:
        return False
    return any(first < m.date.start <= last for first, last in draft.runs)


def _people_by_state(m: _Mention) -> dict[Country, set[str]]:
    """The names (and surnames) of a mention's own participants, by state; none for a
    mention whose participants were lent by another of its sentence."""
    people: dict[Country, set[str]] = {}
    for p in [] if m.shared else m.participants:
        if p.country is not None and p.name is not None:
            people.setdefault(p.country, set()).update(_name_keys(p.name))
    return people


def _name_keys(name: str) -> set[str]:
    """A name and its last word: "Mirziyoyev" and "Shavkat Mirziyoyev" are one person."""
    return {name, name.split()[-1]} if name.split() else {name}


def _others_of_a_side(draft: _Draft, m: _Mention) -> bool:
    """Whether one side is represented by other people: the foreign minister's meeting and
    the defence minister's are two events, however close their dates."""
    if m.pair_subject:
        return False  # "the two men met …, with their delegations": the same meeting
    mine = _people_by_state(m)
    return any(names.isdisjoint(draft.people[c]) for c, names in mine.items() if c in draft.people)


_STARTED = frozenset({"began", "started", "opened", "resumed", "begins", "opens", "resumes"})
_PHYSICAL = frozenset({EventKind.VISIT, EventKind.MEETING, EventKind.SUMMIT})


def _apart(kind: EventKind, kinds: set[EventKind], *, physical: bool = False) -> bool:
    """Whether a call would be joined to an in-person event, or one to a call.

    Across sentences any other kind is apart from a call; in one sentence only a meeting,
    visit or summit is ("discussed … in a phone call" is the call itself).
    """
    others = _PHYSICAL if physical else frozenset(EventKind) - {EventKind.CALL}
    if kind is EventKind.CALL:
        return bool(kinds & others) and EventKind.CALL not in kinds
    return kind in others and kinds == {EventKind.CALL}


def _dated_alike(draft: _Draft, m: _Mention) -> bool:
    """Whether a draft has a date that overlaps the mention's."""
    return m.date is not None and any(_overlap(d, m.date) for d in draft.dates)


def _overlap(a: DateSpan, b: DateSpan) -> bool:
    return a.start <= b.end and b.start <= a.end


def _merge(mentions: list[_Mention]) -> list[_Draft]:
    drafts: list[_Draft] = []
    orphans: list[_Mention] = []
    for m in mentions:
        parties = set(m.countries)
        target: _Draft | None = None
        if m.multi and len(parties) < 3 and drafts:
            # "a trilateral summit with China" after talks between Japan and South Korea
            union = parties | drafts[-1].countries
            if len(union) >= 3:
                same = [d for d in drafts if d.countries == union and _compatible(d, m)]
                if same:
                    same[-1].add(m)
                else:
                    drafts.append(_Draft([m], union))
                continue
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
                wide[-1].add(m)
                wide[-1].countries |= parties
                continue
        if len(parties) >= 2:
            same = [d for d in drafts if d.countries == parties and _compatible(d, m)]
            target = same[-1] if same else None
            if target is None and m.definite and not m.participants and m.date is None:
                # "the discussions" amid other states' names: the event already reported
                near = [d for d in drafts if d.countries & parties and _compatible(d, m)]
                target = near[-1] if near else None
            if target is None:
                drafts.append(_Draft([m], parties))
                continue
        elif len(parties) == 1:
            (only,) = parties
            near = [d for d in drafts if only in d.countries and _compatible(d, m)]
            same_kind = [d for d in near if d.mentions[0].trigger.kind is m.trigger.kind]
            # a dated, indefinite mention of another kind ("due to hold talks on March 3")
            # is not a paraphrase of an event it names no date for
            loose = m.definite or m.date is None
            pool = same_kind or (near if loose else [])
            target = pool[-1] if pool else None
            if (
                target is None
                and m.strong
                and m.date is not None
                and ((m.trigger.kind is EventKind.VISIT and m.host == only) or m.counterpart)
            ):
                # "Misri visited Dhaka in December" in an article about India and Bangladesh;
                # "talks with her Bangladeshi counterpart" when only one side is placed
                pairs = [d for d in drafts if only in d.countries and len(d.countries) == 2]
                if pairs:
                    drafts.append(_Draft([m], set(pairs[-1].countries)))
                    continue
        elif m.anaphor and m.strong and m.date is not None and drafts:
            # "the two sides met in Geneva last month": the article's pair, another event
            pairs = [d for d in drafts if len(d.countries) == 2]
            fits = [d for d in pairs if _compatible(d, m) and _dated_alike(d, m)]
            if fits:
                target = fits[-1]
            elif pairs:
                drafts.append(_Draft([m], set(pairs[-1].countries)))
                continue
        elif m.definite and drafts:
            recent = sorted(drafts, key=lambda d: d.last)[-2:]
            same_kind = [d for d in recent if m.trigger.kind in d.kinds]
            fits = [d for d in same_kind or recent if _compatible(d, m)]
            agree = [d for d in fits if m.status in d.statuses]
            target = (agree or fits)[-1] if fits else None
        if target is not None:
            target.add(m)
        elif (
            len(parties) == 1
            and m.trigger.kind is EventKind.CALL
            and m.strong
            and m.date is not None
        ):
            orphans.append(m)
    for m in orphans:
        # a call names one side ("The Prime Minister spoke with Mark Carney"): the other is
        # the state the article pairs that one with, when it pairs it with only one
        (only,) = set(m.countries)
        dyads = {frozenset(d.countries) for d in drafts if len(d.countries) == 2}
        partners = [dyad for dyad in dyads if only in dyad]
        if len(partners) == 1:
            pair = set(partners[0])
            same = [d for d in drafts if d.countries == pair and _compatible(d, m)]
            if same and same[-1].mentions[0].trigger.kind is EventKind.CALL:
                same[-1].add(m)
            else:
                drafts.append(_Draft([m], pair))
    return drafts


def _event(text: str, draft: _Draft, published: dt.date | None = None) -> Event | None:
    votes = Counter(k for m in draft.mentions for k in (m.trigger.kind, *m.merged))
    top = max(votes.values())
    # words merged into a mention count too ("welcomes … for the summit"); a tie goes to
    # the kind named first
    kind = next(k for m in draft.mentions for k in (m.trigger.kind, *m.merged) if votes[k] == top)
    if votes.get(EventKind.CALL) == top and kind in (EventKind.TALKS, EventKind.NEGOTIATION):
        kind = EventKind.CALL  # "discussed the visit in a phone call": the talks were a call
    if (len(draft.countries) >= 3 or any(m.multi for m in draft.mentions)) and (
        EventKind.SUMMIT in votes
    ):
        kind = EventKind.SUMMIT
    elif (
        len(draft.countries) >= 3
        and kind is EventKind.VISIT
        and all(m.trigger.word in _HOST_WORDS for m in draft.mentions)
    ):
        # "India is due to host the leaders of the Quad": a gathering the host receives
        heads = any(m.level is Level.HEAD_OF_STATE for m in draft.mentions)
        kind = EventKind.SUMMIT if heads else EventKind.MEETING
    strong = [m for m in draft.mentions if m.strong]
    finals = [m.status for m in strong if m.status in (Status.CANCELLED, Status.POSTPONED)]
    status = finals[0] if finals else (strong[0].status if strong else draft.mentions[0].status)
    countries = sorted(draft.countries)
    if any(m.grouped for m in draft.mentions):
        named = {c for m in draft.mentions if not m.grouped for c in m.countries}
        if len(named) >= 3 and named <= draft.countries:
            countries = sorted(named)  # the members the text names, not the whole roll
    date = _best_date(text, draft.mentions)
    days = [m.date for m in draft.mentions if m.date is not None]
    joined = False
    if date is not None and all(
        d.granularity is Granularity.DAY and d.start == d.end for d in days
    ):
        trips = [m.date.start for m in draft.mentions if m.trip_days and m.date is not None]
        if trips and EventKind.VISIT in draft.kinds:
            # "arrived on Sunday for a five-day visit … talks on Monday": the days run from
            # the day the length is told of (or up to it, see _over_days)
            date = DateSpan(
                start=trips[0], end=trips[0], granularity=Granularity.DAY, text=date.text
            )
        elif _visit_days(draft.kinds, draft.paired):
            # "arrived on Tuesday evening … held talks on Wednesday": from the arrival to the
            # last day of its talks
            first = min(d.start for d in draft.paired)
            last = max(d.end for d in draft.paired)
            date = DateSpan(start=first, end=last, granularity=Granularity.DAY, text=date.text)
            joined = True
    date = _over_days(text, draft, date, status, published)
    if (
        status in (Status.OCCURRED, Status.PLANNED)
        and date is not None
        and published is not None
        and date.granularity is Granularity.DAY
        and date.start < date.end
        and date.start <= published <= date.end
        # a trip still to start on the day of publication ("is expected to arrive on
        # Tuesday", told on that Tuesday) is not under way yet
        and (status is Status.OCCURRED or date.start < published)
        and not joined  # an arrival and the talks after it: told as done
    ):
        status = Status.ONGOING  # a run of days that includes the day of publication
    if date is None and status is Status.ONGOING and published is not None and kind in _ONE_SITTING:
        # "Putin and Modi are holding talks": under way on the day of publication
        date = DateSpan(start=published, end=published, granularity=Granularity.DAY)
    host = next((m.host for m in draft.mentions if m.host in draft.countries), None)
    location = next((m.location for m in draft.mentions if m.location is not None), None)
    if host is None and location is not None and location.country in draft.countries:
        host = location.country  # "their annual dialogue in London"
    if kind is EventKind.CALL:
        host, location = None, None
    participants: list[Actor] = []
    spelled: list[bool] = []  # whether each name is written so in its own sentence
    for m in draft.mentions:
        for p in m.participants:
            if p.country not in draft.countries:
                continue
            as_written = p.name is not None and p.name in text[m.sentence[0] : m.sentence[1]]
            i = next((i for i, q in enumerate(participants) if _same_person(p, q)), None)
            if i is None:
                participants.append(p)
                spelled.append(as_written)
            elif as_written and not spelled[i]:
                # "Luiz Inacio Lula da Silva" as the text writes him, over the roster's form
                participants[i], spelled[i] = p, True
    named = {p.country for p in participants if p.name and p.country is not None}
    participants = [p for p in participants if p.name or p.country not in named]
    levels = [m.level for m in draft.mentions if m.level is not None]
    level = max(levels, key=level_rank) if levels else None
    topics: list[str] = []
    for m in draft.mentions:
        topics += [t for t in m.topics if t not in topics]
    first_since = next((m.first_since for m in draft.mentions if m.first_since is not None), None)
    channel = Channel.PHONE if kind is EventKind.CALL else None
    if kind is EventKind.CALL and any(
        "video" in text[m.sentence[0] : m.sentence[1]].lower() for m in draft.mentions
    ):
        channel = Channel.VIDEO
    evidence: list[Evidence] = []
    seen: set[tuple[int, int]] = set()
    for m in sorted(draft.mentions, key=lambda x: x.trigger.start):
        if m.sentence in seen:
            continue
        seen.add(m.sentence)
        s, e = m.sentence
        evidence.append(Evidence(text=text[s:e], start=s, end=e, trigger=m.trigger.word))
    return Meeting(
        kind=kind,
        status=status,
        countries=countries,
        participants=participants,
        date=date,
        codes=_codes(kind, status, countries, host, location),
        evidence=evidence,
        host=host,
        location=location,
        level=level,
        topics=topics,
        first_since=first_since,
        channel=channel,
    )


def _over_days(
    text: str,
    draft: _Draft,
    date: DateSpan | None,
    status: Status,
    published: dt.date | None,
) -> DateSpan | None:
    """A "two-day visit" dated by one day runs over both: from that day, or up to it when
    the text tells the end ("returned on Thursday after ending his four-day visit"); an
    ongoing one with no date of its own starts on the day of publication."""
    days = next((m.trip_days for m in draft.mentions if m.trip_days), 0)
    if days < 2 or days > 14:
        return date
    span = dt.timedelta(days=days - 1)
    if date is None:
        if status is not Status.ONGOING or published is None:
            return None
        return DateSpan(start=published, end=published + span, granularity=Granularity.DAY)
    if date.granularity is not Granularity.DAY or date.start != date.end:
        return date
    ending = any(_ENDING.search(text, m.sentence[0], m.sentence[1]) for m in draft.mentions)
    start, end = (date.start - span, date.end) if ending else (date.start, date.start + span)
    return DateSpan(start=start, end=end, granularity=Granularity.DAY, text=date.text)


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


def _finer(a: DateSpan | None, b: DateSpan | None) -> DateSpan | None:
    """The more precise of two dates of one mention ("this week … on Wednesday")."""
    if a is None or b is None:
        return a or b
    if _overlap(a, b) and (b.end - b.start) < (a.end - a.start):
        return b
    return a


def _best_date(text: str, mentions: list[_Mention]) -> DateSpan | None:
    """The most precise date the mentions give; on a tie, the body's over the headline's
    ("over the weekend" in a headline, "on Friday and Saturday" in the text)."""
    dated = [(i, m) for i, m in enumerate(mentions) if m.date is not None]
    if not dated:
        return None
    headline_end = _headline_end(text)

    def key(item: tuple[int, _Mention]) -> tuple[int, bool, bool, int]:
        i, m = item
        assert m.date is not None
        span = (m.date.end - m.date.start).days
        return (span, m.sentence[1] <= headline_end, not m.countries, i)

    return min(dated, key=key)[1].date


def _headline_end(text: str) -> int:
    """Where a headline (a first line with no full stop, then a blank line) ends, or -1."""
    first = text.find("\n\n", 0, 1000)  # a headline is short: no scan of a whole long text
    if first < 0 or text[:first].rstrip().endswith((".", '"', "”")):
        return -1
    return first


def _same_person(a: Actor, b: Actor) -> bool:
    """One person, whatever the accents: "Luiz Inácio Lula da Silva", "Luiz Inacio …"."""
    if a.country != b.country:
        return False
    if a.name is None or b.name is None:
        return a.name == b.name
    return a.name == b.name or _norm(a.name) == _norm(b.name)


def _codes(
    kind: EventKind,
    status: Status,
    countries: list[Country],
    host: Country | None,
    location: Location | None,
) -> Codes | None:
    if status is Status.CANCELLED:
        return None
    if status in (Status.PLANNED, Status.POSTPONED):
        return Codes(cameo="036", plover=PloverType.AGREE)
    if kind is EventKind.CALL:
        return Codes(cameo="041", plover=PloverType.CONSULT, plover_mode=PloverMode.PHONE)
    if kind is EventKind.NEGOTIATION:
        return Codes(cameo="046", plover=PloverType.CONSULT)
    if len(countries) > 2:
        return Codes(cameo="040", plover=PloverType.CONSULT, plover_mode=PloverMode.MULTILATERAL)
    if kind is EventKind.VISIT:
        return Codes(cameo="042", plover=PloverType.CONSULT, plover_mode=PloverMode.VISIT)
    if location is not None and location.country is not None and location.country not in countries:
        return Codes(cameo="044", plover=PloverType.CONSULT, plover_mode=PloverMode.THIRD_PARTY)
    return Codes(cameo="040", plover=PloverType.CONSULT)
