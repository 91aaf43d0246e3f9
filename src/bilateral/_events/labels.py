"""Paragraph labels of round-ups: "Serbia and Kosovo. The round of talks … was postponed."

Newsletters and weekly round-ups open each item with a label that names the pair it is
about ("Ghana-Nigeria.", "Spain and Morocco:", "QATAR-RUSSIA") and then write of "the
commission" or "the talks" without naming the states again. A label is a sentence that
holds nothing but two or more state names joined by "and", a dash, a slash or "&". An event
word of the label's paragraph that names fewer than two states of its own takes the label's
states (rule ``merge.paragraph-label``), as long as the one state it names is one of them.
"""

from __future__ import annotations

import re

from bilateral._document import Document
from bilateral._events.records import Mention
from bilateral._model import Country

__all__ = ["labelled"]

#: What may stand between the state names of a label, and around them.
_GLUE = re.compile(r"(?:\s|and\b|&|[-–—/,:.;]|\band\b)*", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _label(doc: Document, start: int, end: int) -> frozenset[Country] | None:
    """The states of a label sentence, or ``None`` when the sentence is no label."""
    found = doc.within(doc.countries, start, end)
    states = {c.country for c in found if c.country is not None}
    if len(states) < 2 or any(c.country is None for c in found):
        return None
    at = start
    for mention in found:
        if _GLUE.fullmatch(doc.text, at, mention.start) is None:
            return None
        at = mention.end
    if _GLUE.fullmatch(doc.text, at, end) is None:
        return None
    return frozenset(states)


def _paragraph_end(text: str, at: int) -> int:
    blank = _BLANK_LINE.search(text, at)
    if blank is not None:
        return blank.start()
    line = text.find("\n", at)
    return len(text) if line < 0 else line


def _labels(doc: Document) -> list[tuple[int, int, frozenset[Country]]]:
    """(start, end, states) of each labelled paragraph, after its label."""
    out = []
    for start, end in doc.sentences:
        states = _label(doc, start, end)
        if states is not None:
            out.append((end, _paragraph_end(doc.text, end), states))
    return out


def labelled(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions, those of a labelled paragraph with fewer than two states of their own
    given the label's states."""
    labels = _labels(doc)
    if not labels:
        return mentions
    out = []
    for m in mentions:
        at = m.trigger.start
        states = next((s for lo, hi, s in labels if lo <= at < hi), None)
        own = set(m.countries)
        if states is not None and len(own) < 2 and own <= states:
            ordered = tuple(sorted(states, key=lambda c: c.alpha_3))
            m = m.by("merge.paragraph-label", "countries", countries=ordered)
        out.append(m)
    return out
