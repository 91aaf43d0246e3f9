"""Span arithmetic shared by the stages: mentions within a span, distances between a span and a
trigger (a clause break counting as a long way), the headline and the lead."""

from __future__ import annotations

import re

from bilateral._events.words import LOOSE_COMMA
from bilateral._model import (
    DateSpan,
)
from bilateral._triggers import Trigger

#: What a clause break (a comma, semicolon or dash) between a span and a trigger adds to
#: their distance: "on the sidelines of the summit, Anwar held talks".
CLAUSE_BREAK_COST = 80

# "The visit comes as Mauritius and Britain continue to negotiate": another clause's parties
_SUBORDINATOR = re.compile(
    r"\b(?:as|while|because|although|whereas|when|after|before|since|until|once)\b"
)


_APPOSITIVE_NAME = re.compile(r",[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Z][\w'’.-]*,")


def reach(text: str, start: int, end: int, trigger: Trigger) -> int:
    """Characters between a span and a trigger, a clause break counting as
    ``CLAUSE_BREAK_COST`` more."""
    lo, hi = (end, trigger.start) if end <= trigger.start else (trigger.end, start)
    if hi <= lo:
        return 0
    # an appositive name (", Mr Richard Marles,") does not put a date further away
    gap = _APPOSITIVE_NAME.sub(" ", text[lo:hi])
    if ";" in gap or LOOSE_COMMA.search(gap):
        return len(gap) + CLAUSE_BREAK_COST
    return len(gap)


def gap_between(start: int, end: int, trigger: Trigger) -> int:
    return max(trigger.start - end, start - trigger.end, 0)


def blocked(start: int, end: int, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether another trigger stands between a span and ``trigger``: the span is not its."""
    lo, hi = (end, trigger.start) if end <= trigger.start else (trigger.end, start)
    return any(lo <= t.start and t.end <= hi for t in triggers if t is not trigger)


def nearest_to(start: int, end: int, triggers: list[Trigger], text: str) -> Trigger:
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
            CLAUSE_BREAK_COST
            if ("," in gap or ";" in gap or " — " in gap or " – " in gap)
            or _SUBORDINATOR.search(gap)
            else 0
        )
        return hi - lo + far

    if len(triggers) == 1:
        return triggers[0]
    # only triggers within CLAUSE_BREAK_COST characters of the closest can win (a clause
    # break adds as much):
    # the text between the others is not looked at (a run of triggers stays cheap)
    raw = [max(t.start - end, start - t.end, 0) for t in triggers]
    least = min(raw)
    return min(
        (t for t, r in zip(triggers, raw, strict=True) if r <= least + CLAUSE_BREAK_COST),
        key=distance,
    )


def overlap(a: DateSpan, b: DateSpan) -> bool:
    return a.start <= b.end and b.start <= a.end


def finer(a: DateSpan | None, b: DateSpan | None) -> DateSpan | None:
    """The more precise of two dates of one mention ("this week … on Wednesday")."""
    if a is None or b is None:
        return a or b
    if overlap(a, b) and (b.end - b.start) < (a.end - a.start):
        return b
    return a
