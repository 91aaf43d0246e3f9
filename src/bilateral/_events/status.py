"""Status and polarity: planned, held, ongoing, cancelled or postponed from the modality around a
trigger; denials, offers, wishes and conditionals that make a mention no event; the level."""

from __future__ import annotations

import datetime as dt
import re

from bilateral._events.records import Mention
from bilateral._events.words import MONTHS_DAYS, WINDOW_BEFORE
from bilateral._model import (
    Actor,
    DateSpan,
)
from bilateral._triggers import Cue, Trigger, find_triggers, level_rank
from bilateral._vocab import (
    EventKind,
    Level,
    Status,
)

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


_UNREALISED = frozenset(["meant to", "supposed to"])


_SETTING_WORDS = frozenset(["during", "after", "before"])


_ONLY_DETERMINERS = re.compile(r"[ \t]+(?:(?:the|a|an|his|her|their|its|this|that)[ \t]+)?")


_LOOKS_AHEAD = frozenset(["ahead of", "prepare for", "preparing for"])


_TIME_WORDS = frozenset(
    [*(w.lower().rstrip("?") for w in MONTHS_DAYS.split("|")), "week", "month", "year", "weekend"]
)


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
    r"\b(?:(?:was|is|were|are)[ \t]+not[ \t]+(?:planned|scheduled|expected|envisaged"
    r"|on[ \t]+the[ \t]+(?:agenda|cards|programme|program))"
    r"|(?:has|have|had)[ \t]+not[ \t]+been[ \t]+(?:planned|scheduled))\b",
    re.IGNORECASE,
)


def not_planned_after(text: str, trigger: Trigger, triggers: list[Trigger], s_end: int) -> bool:
    """ "a separate meeting between Duda and Simonyte was not planned": the noun's own
    predicate denies it (no other event word between them)."""
    found = _NOT_PLANNED.search(text, trigger.end, min(s_end, trigger.end + 120))
    if found is None:
        return False
    return not any(trigger.end <= t.start < found.start() for t in triggers)


def merely_possible(text: str, trigger: Trigger, s_start: int) -> bool:
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


def event_status(
    text: str,
    trigger: Trigger,
    cues: list[Cue],
    date: DateSpan | None,
    published: dt.date,
    sentence: tuple[int, int],
) -> tuple[Status, bool]:
    lo, hi = trigger.start - WINDOW_BEFORE, trigger.end + _WINDOW_AFTER
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


def carry_status(mentions: list[Mention]) -> None:
    """A mention whose words give no status keeps the narrative's: that of the strong one before."""
    last: Status | None = None
    for m in mentions:
        if m.strong:
            last = m.status
        elif last is not None:
            m.status = last


def event_level(participants: list[Actor], cues: list[Cue], trigger: Trigger) -> Level | None:
    levels = [p.level for p in participants if p.level is not None]
    if not levels:
        levels = [Level(c.value) for c in cues if c.role == "level"]
    if not levels and trigger.kind is EventKind.SUMMIT:
        return Level.HEAD_OF_STATE
    return max(levels, key=level_rank) if levels else None


_STARTED = frozenset({"began", "started", "opened", "resumed", "begins", "opens", "resumes"})
