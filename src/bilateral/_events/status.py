"""Status: planned, held, ongoing, cancelled or postponed from the modality around a trigger;
the status a narrative carries; the level. Polarity (no event at all) is in ``polarity``."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from bilateral._document import Document
from bilateral._events.records import State
from bilateral._events.words import CALENDAR_WORDS, WINDOW_BEFORE
from bilateral._model import (
    Actor,
    DateSpan,
)
from bilateral._triggers import Cue, Trigger, find_triggers, level_rank
from bilateral._vocab import (
    EventKind,
    Granularity,
    Level,
    Status,
)

_OBJECT = re.compile(
    r"[ \t]+(?:(?:the|a|an|its|their|his|her|this|that|next|planned|scheduled)[ \t]+)*"
    r"(?P<word>[A-Za-z][\w'’-]*)"
)

#: Characters after an event noun where "was not planned" may deny it.
NOT_PLANNED_REACH = 120
#: Characters before an event noun where "any", "a", "had a" may stand.
DETERMINER_REACH = 30
#: Characters after an event noun where "would", "could" make it hypothetical.
WOULD_REACH = 90
#: Characters before a final cue where "decided to", "could" may stand.
UNREAL_REACH = 40
#: Characters after a final cue read for its object ("called off the visit").
OBJECT_PHRASE_LENGTH = 80


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


_UNREALISED = frozenset(["meant to", "supposed to"])


_SETTING_WORDS = frozenset(["during", "after", "before"])


_ONLY_DETERMINERS = re.compile(r"[ \t]+(?:(?:the|a|an|his|her|their|its|this|that)[ \t]+)?")


_LOOKS_AHEAD = frozenset(["ahead of", "prepare for", "preparing for"])


_TIME_WORDS = frozenset([*CALENDAR_WORDS, "week", "month", "year", "weekend"])


_UNREAL = re.compile(
    r"(?:\b(?P<done>decided|agreed|chose|opted|voted|moved|forced|obliged|had)[ \t]+)?\bto[ \t]+$"
    r"|\b(?:could|may|might|would|threaten(?:s|ed)?[ \t]+to|consider(?:s|ed|ing)?|if)[ \t]+$",
    re.IGNORECASE,
)


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


_WINDOW_AFTER = 60


_NOT_PLANNED = re.compile(
    r"\b(?:(?:was|is|were|are)[ \t]+[\"“]?not[ \t]+(?:planned|scheduled|expected|envisaged"
    r"|on[ \t]+the[ \t]+(?:agenda|cards|programme|program|table))"
    # "a meeting with Xi was off the table"
    r"|(?:was|is|were|are)[ \t]+off[ \t]+the[ \t]+(?:table|agenda)"
    r"|(?:has|have|had)[ \t]+not[ \t]+been[ \t]+(?:planned|scheduled))\b",
    re.IGNORECASE,
)


def not_planned_after(text: str, trigger: Trigger, triggers: list[Trigger], s_end: int) -> bool:
    """ "a separate meeting between Duda and Simonyte was not planned": the noun's own
    predicate denies it (no other event word between them)."""
    found = _NOT_PLANNED.search(text, trigger.end, min(s_end, trigger.end + NOT_PLANNED_REACH))
    if found is None:
        return False
    return not any(trigger.end <= t.start < found.start() for t in triggers)


def merely_possible(text: str, trigger: Trigger, s_start: int) -> bool:
    """Whether a noun trigger names a meeting that may never be: "any meeting", "no summit",
    "a summit would achieve little", "a summit that ends in a handshake would be worse" (the
    caller asks only of a sentence with no date: "a summit next week could seal a deal")."""
    if trigger.pos != "noun":
        return False
    lo = max(s_start, trigger.start - DETERMINER_REACH)
    if _ANY_BEFORE.search(text, lo, trigger.start):
        return True
    if not _A_BEFORE.search(text, lo, trigger.start) or _HELD_A.search(text, lo, trigger.start):
        return False  # "had a meeting with Xi where both said they would …" took place
    would = _WOULD_AFTER.match(text, trigger.end, trigger.end + WOULD_REACH)
    return would is not None and not _ELSEWHERE.search(text, trigger.end, would.start())


def event_status(
    text: str,
    trigger: Trigger,
    cues: list[Cue],
    date: DateSpan | None,
    published: dt.date,
    sentence: tuple[int, int],
    fired: list[tuple[str, str]] | None = None,
) -> tuple[Status, bool]:
    """The status of a trigger and whether its own words give it (``strong``): a final
    cue, then a plan's wording, the date against the publication date, the verb's form,
    the nearest status cue; the rule that decided is noted in ``fired``."""
    rule, status, strong = _status_rule(text, trigger, cues, date, published)
    if fired is not None:
        fired.append((rule, "status"))
    return status, strong


def _status_rule(
    text: str,
    trigger: Trigger,
    cues: list[Cue],
    date: DateSpan | None,
    published: dt.date,
) -> tuple[str, Status, bool]:
    for final in (Status.CANCELLED, Status.POSTPONED):
        ends = [c for c in cues if c.role == "status" and c.value == final and _ends_event(text, c)]
        if final is Status.POSTPONED and date is not None:
            # "on a rescheduled visit on Saturday", "the postponed talks will open on Monday":
            # an adjective of the event noun; its new date and verb tell its status
            ends = [c for c in ends if not _ATTRIBUTIVE.search(text, max(0, c.start - 8), c.start)]
        if ends:
            return f"status.{final.value}", final, True
    status_cues = _status_cues(text, trigger, cues)
    if any(c.phrase in _UNREALISED and c.end <= trigger.start for c in status_cues):
        # "Australia was meant to host the Quad in May": a plan, whatever its date
        return "status.unrealised-plan", Status.PLANNED, True
    if date is not None:
        if date.end < published:
            return "status.dated-before-publication", Status.OCCURRED, True
        if date.start > published:
            return "status.dated-after-publication", Status.PLANNED, True
        if any(c.role == "status" and c.phrase in _STARTED for c in cues):
            return "status.started-this-period", Status.ONGOING, True
        written = (date.text or "").lower()
        if written.startswith("later "):
            # "is expected in Nairobi later this month": the part of the period to come
            return "status.later-this-period", Status.PLANNED, True
        if written.startswith("earlier "):
            return "status.earlier-this-period", Status.OCCURRED, True
        if trigger.form != "past" and not status_cues and date.granularity is not Granularity.DAY:
            # "negotiators return to Vienna this week for talks": a period not yet over, and
            # nothing tells the talks are done
            return "status.this-period", Status.ONGOING, False
    if trigger.form == "past" and not _PLANNED_PASSIVE.search(
        text, max(0, trigger.start - AUXILIARY_REACH), trigger.start
    ):
        # "met", "was received by"; not "will be received by", whose auxiliary tells a plan
        return "status.past-verb", Status.OCCURRED, True
    if trigger.form == "ing" and text[max(0, trigger.start - 4) : trigger.start].lower() in {
        " is ",
        " are",
        "are ",
        "was ",
        "were",
    }:
        return "status.progressive", Status.ONGOING, True
    if status_cues:
        closest = min(status_cues, key=lambda c: _distance(trigger, c))
        return "status.nearest-cue", Status(closest.value), True
    return "status.default-occurred", Status.OCCURRED, False


# "a rescheduled", "the postponed", "its delayed": a status word used as an adjective
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|on)[ \t]+$", re.IGNORECASE)

#: Characters before a verb where the auxiliary of its passive stands ("will be hosted").
AUXILIARY_REACH = 12
# "will be received", "is to be hosted": a passive that tells a plan
_PLANNED_PASSIVE = re.compile(r"\bbe[ \t]+$", re.IGNORECASE)


def _distance(trigger: Trigger, c: Cue) -> int:
    return trigger.start - c.end if c.end <= trigger.start else c.start - trigger.end


def _status_cues(text: str, trigger: Trigger, cues: list[Cue]) -> list[Cue]:
    """The status cues that may tell this trigger's status: near it, not final ones, not a
    look ahead after it, not a setting ("During the visit, Lourenco will be accorded …")."""
    lo, hi = trigger.start - WINDOW_BEFORE, trigger.end + _WINDOW_AFTER
    return [
        c
        for c in cues
        if c.role == "status"
        and lo <= c.start
        and c.end <= hi
        and c.value not in (Status.CANCELLED, Status.POSTPONED)
        and not (c.phrase in _LOOKS_AHEAD and c.start >= trigger.end)
        and not (
            c.phrase in _SETTING_WORDS and _ONLY_DETERMINERS.fullmatch(text, c.end, trigger.start)
        )
    ]


# "by an hour", "by 40 minutes", "to 5 p.m.", "until later in the day" after a postponement
_WITHIN_THE_DAY = re.compile(
    r"[^.;\n]{0,120}?\b(?:by[ \t]+(?:an?|half[ \t]+an|a[ \t]+few|some|[\w-]+)[ \t]+"
    r"(?:hour|hours|minutes)\b|(?:to|until)[ \t]+\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?|GMT|ET)"
    r"|(?:to|until)[ \t]+later[ \t]+in[ \t]+the[ \t]+day\b)",
    re.IGNORECASE,
)


def _ends_event(text: str, cue: Cue) -> bool:
    """Whether "postponed", "called off" applies to an event, not to "tariffs": its object,
    if it has one, is an event word ("called off the visit", "has been postponed"); and
    whether it happened, not "called on him to cancel" or "could postpone"."""
    lead = _UNREAL.search(text, max(0, cue.start - UNREAL_REACH), cue.start)
    if lead is not None and lead["done"] is None:
        return False
    if cue.value == Status.POSTPONED and _WITHIN_THE_DAY.match(text, cue.end):
        return False  # "pushed back the meeting by an hour": moved, still held that day
    m = _OBJECT.match(text, cue.end)
    if m is None:
        return True
    # "postponed Monday", "shelves Budapest summit", "put off Tuesday's meeting": past names
    # and possessives to the head word
    words = text[m.start("word") : m.start("word") + OBJECT_PHRASE_LENGTH].split()[:5]
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
            # "called off intergovernmental consultations", "postponed the binational cabinet
            # meeting": up to two words before the head may qualify it, the first an adjective;
            # "scrapped new tariffs" has a plain head word
            return (
                i == 0 and bare.endswith(("al", "ed", "ary", "ic", "ive")) and _head_follows(words)
            )
    return False


def _head_follows(words: list[str]) -> bool:
    """Whether the second or third word of a phrase is an event word, the words before it
    plain lower-case ones: "binational cabinet meeting", "intergovernmental consultations"."""
    for word in words[1:3]:
        stripped = word.strip(',.;:!?"“”()')
        if find_triggers(stripped, 0, len(stripped)) or stripped.lower() in _EVENT_OBJECTS:
            return True
        if stripped != word or not stripped.isalpha() or not stripped.islower():
            return False
    return False


def carry_stage(doc: Document, state: State) -> State:
    """Stage: a mention whose words give no status keeps the narrative's, that of the last
    mention before it whose words do."""
    last: Status | None = None
    out = []
    for m in state.mentions:
        if m.strong:
            last = m.status
        elif last is not None:
            m = m.by("status.carried-from-the-narrative", "status", status=last)
        out.append(m)
    return attrs.evolve(state, mentions=tuple(out))


def event_level(participants: list[Actor], cues: list[Cue], trigger: Trigger) -> Level | None:
    levels = [p.level for p in participants if p.level is not None]
    if not levels:
        levels = [Level(c.value) for c in cues if c.role == "level"]
    if not levels and trigger.kind is EventKind.SUMMIT:
        return Level.HEAD_OF_STATE
    return max(levels, key=level_rank) if levels else None


_STARTED = frozenset({"began", "started", "opened", "resumed", "begins", "opens", "resumes"})


# "arrives for a state visit ahead of the summit": the summit is ahead, not the visit
