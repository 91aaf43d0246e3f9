"""Span arithmetic shared by the stages: mentions within a span, distances between a span and a
trigger (a clause break counting as a long way), the headline and the lead."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

import attrs

from bilateral._clauses import Clause, clause_of
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


# an appositive name or title: ", Mr Richard Marles,", ", Minister of Foreign Affairs of the
# Republic of Uzbekistan,"
_APPOSITIVE_NAME = re.compile(
    r",[ \t]+(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|the|and|for|de|al)){0,9},"
)


# a participle phrase set off by commas: ", mediated by Qatar,", ", chaired by the host,"
_BY_PHRASE = re.compile(
    r",[ \t]+(?:mediated|brokered|facilitated|hosted|chaired|led|attended)[ \t]+by[ \t]+"
    r"[^,;.]{1,60},"
)


def reach(text: str, start: int, end: int, trigger: Trigger) -> int:
    """Characters between a span and a trigger, a clause break counting as
    ``CLAUSE_BREAK_COST`` more."""
    lo, hi = (end, trigger.start) if end <= trigger.start else (trigger.end, start)
    if hi <= lo:
        return 0
    # an appositive name (", Mr Richard Marles,") does not put a date further away
    gap = _APPOSITIVE_NAME.sub(" ", _BY_PHRASE.sub(" ", text[lo:hi]))
    if ";" in gap or (LOOSE_COMMA.search(gap) and _comma_breaks(text, lo, hi)):
        return len(gap) + CLAUSE_BREAK_COST
    return len(gap)


def _comma_breaks(text: str, lo: int, hi: int) -> bool:
    """Whether a comma in ``lo:hi`` breaks the clause, read in the whole text (an enclosed
    phrase closes after ``hi``: "the summit, due to take place next week, was …")."""
    at = text.find(",", lo, hi)
    while at != -1:
        if LOOSE_COMMA.match(text, at):
            return True
        at = text.find(",", at + 1, hi)
    return False


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


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_X = TypeVar("_X", bound=_Spanned)


@attrs.frozen
class Owners:
    """Which trigger each item and cue of a sentence belongs to: the nearest in its own clause
    (an embedded clause's words belong to its event words, the main clause's to the main
    clause's), and for the head of an embedded clause also the event words inside it:
    "Macron, who met Merz, will visit Kenya" — Macron is a party of both."""

    by_span: dict[int, tuple[Trigger, ...]]
    clauses: Sequence[Clause]
    #: each clause's event words (by ``id``): its own, else its head's
    by_clause: dict[int, list[Trigger]] = attrs.Factory(dict)

    @classmethod
    def of(
        cls,
        text: str,
        spans: Sequence[_Spanned],
        triggers: list[Trigger],
        clauses: Sequence[Clause],
    ) -> Owners:
        """The owners of ``spans`` among ``triggers``, by the sentence's ``clauses``."""
        # a clause's event words: its own, else those of its head ("Talks between Kenya and
        # Tanzania, which were held in Dodoma on Sunday,": the talks'); a clause with neither
        # is read with its sentence
        owners = {id(c): _clause_triggers(c, triggers) for c in clauses}
        clauses = [c for c in clauses if owners[id(c)]]
        if not clauses and len(triggers) == 1:
            return cls(dict.fromkeys(map(id, spans), (triggers[0],)), ())  # each span's own
        if not clauses:
            return cls({id(x): (nearest_to(x.start, x.end, triggers, text),) for x in spans}, ())
        where = [clause_of(clauses, t.start, t.end) for t in triggers]
        out: dict[int, tuple[Trigger, ...]] = {}
        for x in spans:
            region = clause_of(clauses, x.start, x.end)
            # a clause with no event word of its own lends its words to none ("…, has
            # ruled out calling Trump": not a party of the relative clause's calls)
            if region is None:
                mine = [t for t, c in zip(triggers, where, strict=True) if c is None]
            else:
                mine = owners[id(region)]
            found = [nearest_to(x.start, x.end, mine, text)] if mine else []
            for c in clauses:
                if c.head[0] <= x.start and x.end <= c.head[1]:
                    found += [t for t, w in zip(triggers, where, strict=True) if w is c]
            out[id(x)] = tuple(dict.fromkeys(found))
        return cls(out, clauses, {id(c): owners[id(c)] for c in clauses})

    def owns(self, trigger: Trigger, x: _Spanned) -> bool:
        """Whether ``x`` belongs to ``trigger`` (as the nearest, or as its clause's head)."""
        return any(t is trigger for t in self.by_span[id(x)])

    def nearest(self, trigger: Trigger, x: _Spanned) -> bool:
        """Whether ``trigger`` is the nearest event word of ``x`` in its clause."""
        owners = self.by_span[id(x)]
        return bool(owners) and owners[0] is trigger

    def same_clause(self, trigger: Trigger, spans: Sequence[_X]) -> list[_X]:
        """The spans that stand in the trigger's own clause (main or embedded)."""
        if not self.clauses:
            return list(spans)
        own = clause_of(self.clauses, trigger.start, trigger.end)
        lent = [c for c in self.clauses if any(t is trigger for t in self.by_clause[id(c)])]
        return [
            x
            for x in spans
            if (region := clause_of(self.clauses, x.start, x.end)) is own
            or any(region is c for c in lent)
        ]


def _clause_triggers(c: Clause, triggers: list[Trigger]) -> list[Trigger]:
    """The event words a clause tells of: those inside it, else those of its head."""
    inside = [t for t in triggers if c.holds(t.start, t.end)]
    if inside:
        return inside
    return [t for t in triggers if c.head[0] <= t.start and t.end <= c.head[1]]
