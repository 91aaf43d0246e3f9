"""Clauses: the clauses a sentence embeds, so that an event is read from the clause its word
stands in.

A relative clause (", who met Merz last week,") or an apposition (", fresh from talks with
Merz on Monday,") inside a sentence tells an event of its own: its words, parties, dates and
mood are not the main clause's, and the main clause's are not its. Both are about the noun
phrase before them, their *head* ("Macron, who met Merz …": Macron), which is the subject of
the embedded clause and of the main one alike.

>>> text = "Macron, who met Merz last week, will visit Kenya on Friday."
>>> [(c.kind.value, text[c.start : c.end], text[c.head[0] : c.head[1]]) for c in find_clauses(text)]
[('relative', ', who met Merz last week', 'Macron')]
"""

from __future__ import annotations

import bisect
import enum
import re
from collections.abc import Iterable, Sequence

import attrs

from bilateral._text import Span, sentences

__all__ = ["Clause", "ClauseKind", "clause_of", "find_clauses"]

#: An embedded clause is at most this long: past it, the comma that would close it is
#: another sentence's business (a run-on text costs no more than news).
CLAUSE_REACH = 240
#: A head noun phrase ("French President Emmanuel Macron") is at most this long.
HEAD_REACH = 90


class ClauseKind(enum.Enum):
    """What an embedded clause is."""

    #: ", who met Merz last week," — opened by a relative pronoun.
    RELATIVE = "relative"
    #: ", fresh from talks with Merz," or ", having met Merz," — a phrase about the head.
    APPOSITION = "apposition"


@attrs.frozen
class Clause:
    """A clause embedded in a sentence, from its opening comma to the comma that closes it (or
    the sentence's end), and the noun phrase it is about."""

    #: Where the clause starts (its opening comma) and ends (before its closing comma).
    start: int
    end: int
    kind: ClauseKind
    #: The noun phrase before the clause that it is about: its subject and the main clause's.
    head: Span

    def holds(self, start: int, end: int) -> bool:
        """Whether the span ``start:end`` lies inside the clause.

        >>> import bilateral
        >>> doc = bilateral.annotate("Modi, who met Ishiba, flew home.", published="2025-06-11")
        >>> [c] = doc.clauses
        >>> c.holds(9, 20), c.holds(22, 26)
        (True, False)
        """
        return self.start <= start and end <= self.end


# a relative pronoun after a comma: ", who met", ", whose visit"; not ", which" (it tells of a
# thing, not of the official whose event it is), and not a state the head is in (", who is on
# an official visit to Azerbaijan", ", who was in Baku"): the circumstance of the main
# clause's event, not an event of its own ("who is visiting Japan" tells the trip of the main
# event); a passive (", who was received by"), a plan (", who is due to visit") or a role in
# an event (", who is hosting the meeting") is one
_RELATIVE = re.compile(
    r"(?:,|[ \t][—–])[ \t]+(?:who|whom|whose)\b(?![ \t]+(?:is|are|was|were)[ \t]+"
    r"(?![a-z]+ed\b|(?:hosting|chairing|co-chairing|leading|heading|attending|holding)\b"
    r"|due\b|set\b|to\b|slated\b|scheduled\b|expected\b))"
)
# a phrase about the person before it: ", fresh from talks with", ", having met", ", just back
# from a visit to"
_APPOSITION = re.compile(
    r",[ \t]+(?:fresh[ \t]+(?:from|off)|(?:just[ \t]+)?back[ \t]+from|having"
    r"|returning[ \t]+from)\b",
    re.IGNORECASE,
)
# the comma that closes an embedded clause is followed by the main clause's verb or adverb,
# written in lower case ("…, will visit"); a capital after a comma continues a list ("Japan,
# India and Kenya")
_CLOSE = re.compile(r",[ \t]+(?=[a-z])")
_BREAK = re.compile(r"[;:()\"“”]|[ \t][—–][ \t]")
_DASH = re.compile(r"[ \t][—–][ \t]")


def find_clauses(text: str, spans: Iterable[Span] | None = None) -> list[Clause]:
    """The embedded clauses of the text's sentences (of ``spans`` if given), sorted by start.

    >>> text = "Modi, fresh from talks with Ishiba, flies to Seoul on Monday."
    >>> [(c.kind.value, text[c.head[0] : c.head[1]]) for c in find_clauses(text)]
    [('apposition', 'Modi')]
    """
    out: list[Clause] = []
    for s, e in sentences(text) if spans is None else spans:
        out += _in_sentence(text, s, e)
    return out


def _in_sentence(text: str, s: int, e: int) -> list[Clause]:
    found: list[Clause] = []
    opens = [(m.start(), ClauseKind.RELATIVE) for m in _RELATIVE.finditer(text, s, e)]
    opens += [(m.start(), ClauseKind.APPOSITION) for m in _APPOSITION.finditer(text, s, e)]
    events = [(m.start(), ClauseKind.RELATIVE) for m in _WHICH.finditer(text, s, e)]
    for start, kind in sorted(opens + events):
        head = _event_head(text, s, start) if (start, kind) in events else _head(text, s, start)
        if head is None:
            continue
        if text[start] != ",":  # "Macron — who met Scholz last week — will visit": to the dash
            dash = _DASH.search(text, start + 2, min(e, start + CLAUSE_REACH))
            end = dash.start() if dash is not None else None
        else:
            end = _close(text, start, e, trailing=kind is ClauseKind.RELATIVE)
        if end is not None:
            found.append(Clause(start, end, kind, head))
    return found


# ", which were held in Dodoma on Sunday,": a clause about the event noun before it
_WHICH = re.compile(
    r",[ \t]+which[ \t]+(?:was|were|had[ \t]+been|have[ \t]+been|is|are)[ \t]+[a-z]+\b"
)
# the event noun that opens the phrase before ", which": "Talks between Kenya and Tanzania"
_EVENT_HEAD = re.compile(
    r"(?:[Tt]he[ \t]+)?(?:[\w'’-]+[ \t]+){0,2}?(?:[Tt]alks|[Mm]eeting|[Ss]ummit|[Vv]isit"
    r"|[Nn]egotiations|[Cc]onsultations|[Cc]all)\b[^,;]*$"
)


def _event_head(text: str, s: int, comma: int) -> Span | None:
    """The phrase before ", which" when an event noun opens it: "Talks between Kenya and
    Tanzania, which were held …"."""
    lo = max(s, comma - HEAD_REACH)
    cut = max(text.rfind(",", lo, comma), text.rfind(";", lo, comma))
    start = cut + 1 if cut >= 0 else lo
    m = _EVENT_HEAD.search(text, start, comma)
    return None if m is None else (m.start(), comma)


_HEAD_WORD = re.compile(
    r"[A-Z][\w.'’-]*|(?:al|el|bin|ibn|abu)-[A-Z][\w.'’-]*|of|the|and|for|de|del|da|al|bin|van"
    r"|von|der|la|le"
    # a title written in lower case: "the Kenyan leader", "Japan's foreign minister"
    r"|leader|president|minister|premier|chancellor|counterpart|envoy|secretary|king|queen"
    r"|emir|sultan|prince|monarch|diplomat|foreign|prime|defence|defense|deputy|vice|chief"
)
_HEAD_TOKEN = re.compile(r"[^\s,;:]+")


def _head(text: str, s: int, comma: int) -> Span | None:
    """The noun phrase before an embedded clause: the capitalised words (and the small words
    of names and titles: "of", "al", "van") that end at its comma — "German Chancellor
    Friedrich Merz", not the verb and object before them."""
    lo = max(s, comma - HEAD_REACH)
    start = comma
    for m in reversed(list(_HEAD_TOKEN.finditer(text, lo, comma))):
        if m.end() != start and text[m.end() : start].strip():
            break  # a comma or other mark between words: the phrase ends there
        if not _HEAD_WORD.fullmatch(m.group()):
            break
        start = m.start()
    while start < comma and not text[start].isupper():
        start = text.find(" ", start, comma) + 1 or comma  # "the" or "of" cannot open it
    return (start, comma) if start < comma else None


def _close(text: str, start: int, e: int, *, trailing: bool) -> int | None:
    """The end of the clause opened at ``start``: before the comma that goes on with the main
    clause, or the sentence's end for a relative clause that ends it; ``None`` when a
    stronger break (a semicolon, a bracket, a dash) or nothing closes it in reach."""
    hi = min(e, start + CLAUSE_REACH)
    m = _CLOSE.search(text, start + 1, hi)
    stop = _BREAK.search(text, start + 1, hi)
    if m is not None and (stop is None or m.start() < stop.start()):
        return m.start()
    if trailing and stop is None and hi == e:
        return len(text[:e].rstrip(" \t.!?\n"))
    return None


def clause_of(clauses: Sequence[Clause], start: int, end: int) -> Clause | None:
    """The embedded clause that holds the span ``start:end``, or ``None`` for the main clause.

    >>> text = "Macron, who met Merz last week, will visit Kenya on Friday."
    >>> found = find_clauses(text)
    >>> clause_of(found, 16, 20).kind.value, clause_of(found, 43, 48)
    ('relative', None)
    """
    i = bisect.bisect_right(clauses, start, key=_start_of) - 1
    while i >= 0 and clauses[i].start >= start - CLAUSE_REACH:
        if clauses[i].holds(start, end):
            return clauses[i]
        i -= 1
    return None


def _start_of(c: Clause) -> int:
    return c.start
