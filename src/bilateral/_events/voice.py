"""The voice of an event verb: a passive ("was received by Macron", "was received on Tuesday
at the palace by the President of …"), a participle after a comma ("Ruto, hosted by Hassan,"),
and a passive greeting with no agent ("was received in Rabat")."""

from __future__ import annotations

import re

from bilateral._events.status import AUXILIARY_REACH
from bilateral._events.words import HOST_WORDS
from bilateral._triggers import AUXILIARIES, Trigger

__all__ = ["AGENT_REACH", "by_agent", "greeted_in", "passive"]


#: Characters after "by" within which a passive's agent is named.
AGENT_REACH = 40

# "was received by": an auxiliary before the verb
_PASSIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(AUXILIARIES))})[ \t]+$", re.IGNORECASE)
# a participle after a comma: "Ruto, hosted by Hassan, toured …"
_PARTICIPLE_BEFORE = re.compile(r",[ \t]+$")
_BY = re.compile(r"[ \t]+by\b")
# "by" after the verb's adjuncts, in its clause: "was received on Tuesday at the palace by"
_BY_AFTER_ADJUNCTS = re.compile(r"(?:(?!\band\b)[^,;.]){0,60}?[ \t]by\b")


def by_agent(text: str, sentence: tuple[int, int], trigger: Trigger) -> int | None:
    """Where the agent of a passive verb starts (just after its "by"), or ``None``: "was
    received (on Tuesday at the palace) by Macron", "Ruto, hosted by Hassan,"."""
    lo = max(sentence[0], trigger.start - AUXILIARY_REACH)
    if _PASSIVE_BEFORE.search(text, lo, trigger.start) is not None:
        by = _BY_AFTER_ADJUNCTS.match(text, trigger.end)
    elif _PARTICIPLE_BEFORE.search(text, lo, trigger.start) is not None:
        by = _BY.match(text, trigger.end)
    else:
        return None
    return None if by is None else by.end()


def greeted_in(text: str, sentence: tuple[int, int], trigger: Trigger) -> bool:
    """ "was received in Rabat": the place of a passive greeting with no agent is the
    guest's destination."""
    lo = max(sentence[0], trigger.start - AUXILIARY_REACH)
    return (
        trigger.word in HOST_WORDS
        and _PASSIVE_BEFORE.search(text, lo, trigger.start) is not None
        and by_agent(text, sentence, trigger) is None
    )


def passive(text: str, sentence: tuple[int, int], trigger: Trigger) -> bool:
    """Whether a verb is passive with its agent after "by": "was received by Macron"."""
    return by_agent(text, sentence, trigger) is not None
