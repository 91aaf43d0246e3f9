"""Which event words tell a call: "talks by phone", "a video call", "discussed … by telephone"."""

from __future__ import annotations

import re

import attrs

from bilateral._text import lacks
from bilateral._triggers import Trigger
from bilateral._vocab import EventKind

__all__ = ["by_phone"]

#: Characters on each side of a trigger where a phone or video word makes it a call.
PHONE_REACH = 25
#: Characters after a verb where a late "by telephone" may still qualify it.
LATE_PHONE_REACH = 100


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
    r"\b(?:by|(?:over|on)[ \t]+the)[ \t]+(?:tele)?phone\b"
    r"|\bby[ \t]+video[ \t-]*(?:link|call|conference)\b",
    re.IGNORECASE,
)


def by_phone(text: str, trigger: Trigger, s_start: int, s_end: int) -> Trigger:
    """The trigger as a call when a phone or video word qualifies it in its own clause:
    "talks by phone", "talked over the phone", "a video call"."""
    if trigger.kind is EventKind.CALL:
        return trigger
    lo, hi = max(s_start, trigger.start - PHONE_REACH), min(s_end, trigger.end + PHONE_REACH)
    if lacks(text, lo, min(s_end, trigger.end + LATE_PHONE_REACH), ("phone", "video", "virtual")):
        return trigger  # every pattern below needs one of these words
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
