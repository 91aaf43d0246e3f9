"""Tense and anchoring: the direction a sentence looks in, and what one scan knows.

The tense cues of ``data/date_tense.tsv`` decide the direction of an open reference ("on
Wednesday", "in April"); a :class:`Context` holds the reference day, the sentences of the
text, their cues, and the spans resolved so far, which anaphoric forms ("the next day")
count from.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

from bilateral._date_words import Answer, G, T, one_space, trie
from bilateral._model import DateSpan
from bilateral._regex import lazy_regex
from bilateral._tables import read_tsv
from bilateral._text import sentences
from bilateral._vocab import Granularity, Tense
from bilateral._words import report_verbs

__all__ = ["Context", "Handler", "direction_of", "sentence_tense"]

_ORDER = {g: i for i, g in enumerate(Granularity)}
_N_ORDER = len(_ORDER)
_TENSES = {t.value: t for t in Tense}
_new = object.__new__
#: the sentences of a Context.alone, never read
_UNREAD: list[Any] = []


@functools.cache
def _tense_cues() -> dict[str, str]:
    return {r["cue"]: r["tense"] for r in read_tsv("date_tense.tsv")}


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    cues = trie(c for c in _tense_cues() if c[0].isalpha() or c[0] in "'’")
    return re.compile(rf"(?<![\w’'])(?:{cues}|[a-z][a-z-]{{2,}}ed)(?![\w’'-])|[’']ll\b")


_STOPS = (".", "!", "?", '"', "”", "’", "'")
#: the word right before a date, which may give its direction ("since", "until", "by")
_LEAD_WORD = lazy_regex(r"\b([A-Za-z]+)\s+$")
#: the same before a clock time: "until 9 a.m. EST Tuesday"
_LEAD_CLOCK = lazy_regex(
    r"\b([A-Za-z]+)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?|noon|midnight)"
    r"(?:\s+[A-Z]{2,4})?,?\s+$"
)
_CLOCK_WORDS = frozenset(("noon", "midnight", "est", "edt", "gmt", "utc", "cst", "pst"))
#: what may stand before a date that opens its sentence: a preposition, quotes, blanks
_OPENING = lazy_regex(
    r"[\s\"“‘'(]*(?:(?:on|in|at|by|during|since|from|until|late|early)\s+)?", re.IGNORECASE
)
_HEADLINE_END = lazy_regex(r"[ \t]*\n[ \t]*\n|[ \t]*\Z")


@functools.cache
def _reported_on() -> re.Pattern[str]:
    """A reporting verb just before a date: "said on", "told reporters on", "said"."""
    return re.compile(
        rf"\b(?:{trie(report_verbs())})(?:[ \t]+(?:reporters|journalists))?[ \t]+(?:on[ \t]+)?$",
        re.IGNORECASE,
    )


@functools.cache
def _reporting() -> re.Pattern[str]:
    """A reporting verb of the word table (built on first use: no table read at import)."""
    return re.compile(rf"(?:{trie(report_verbs())})\b", re.IGNORECASE)


_FIRST_TO = lazy_regex(r"\bthe[ \t]+(?:first|last|only|latest)[ \t]+(?:[\w'’-]+[ \t]+){0,4}$", re.I)
_PARTICIPLE = lazy_regex(r"(?:set|scheduled|planned|slated)(?:\s+for)?")
_AUXILIARY = lazy_regex(r"\b(?:is|are|was|were|be|been|being|am|now|also|['’]s|['’]re)\s+$", re.I)
#: a determiner, and at most one adverb ("a still unnamed", "the newly built"), before an -ed word
_DETERMINER_BEFORE = lazy_regex(
    r"\b(?:the|a|an|its|their|his|her|our|this|these)\s+(?:(?:still|yet|once|long|well|newly|"
    r"recently|widely|previously|hastily|closely|fully|partly|largely|much|already)\s+)?$",
    re.IGNORECASE,
)
_PASSIVE = lazy_regex(r"\b(?:be|been|being|is|are|am|get|gets)\s+$", re.IGNORECASE)
_WHEN_AFTER = lazy_regex(r",?[ \t]+when\b", re.IGNORECASE)
#: a past perfect with nothing that looks ahead after it ("had signed the accord by")
_HAD_DONE = lazy_regex(
    r"\bhad[ \t]+(?:already[ \t]+)?[a-z]{3,}(?:ed|en|wn|ne|ught|t)\b"
    r"(?![^.;]*\b(?:to|would|will|must|should|if)\b)[^,;]*\bby[ \t]+$",
    re.IGNORECASE,
)
#: a preposition that makes a quarter the background of the one reported ("after a flat")
_BACKGROUND = lazy_regex(
    r"\b(?:after|following|since)[ \t]+(?:(?:a|an|the|its|their)[ \t]+)?(?:[a-z-]+[ \t]+)?$",
    re.IGNORECASE,
)
_BLANKS = lazy_regex(r"\s+")
_TO_VERB = lazy_regex(r"[ \t]+to[ \t]+[a-z]")
_CLAUSE_BREAK = lazy_regex(r"[,;:()]|\b(?:and|but|while|where|after|before|when)\b")


def _governed(
    text: str, word: str, value: str | None, governor: str, gap: tuple[int, int]
) -> tuple[str | None, str]:
    """The cue's value after the verb that governs it, and the governor for the next cue.

    "flew to Warsaw to meet Tusk on Wednesday", "used his first day to visit Paris on
    Wednesday": the goal of a past act is the nearest such day; after a verb of plan ("agreed
    to meet on Friday", tense ``plan`` in the table, itself a past) the infinitive looks ahead.
    """
    if (
        value == "future"
        and word.startswith("to ")
        and governor == "past"
        and _CLAUSE_BREAK().search(text, *gap) is None
    ):
        return "present", governor
    if value == "plan":
        return "past", "plan"
    if value is not None and value != "none" and not word.startswith("to "):
        return value, value
    return value, governor


def _cues(text: str, start: int, end: int) -> list[tuple[int, Tense]]:
    """The (offset, tense) of every tense cue in ``text[start:end]``."""
    table = _tense_cues()
    found: list[tuple[int, Tense]] = []
    last_end, last_value, governor = -2, "", ""
    for m in _cue_pattern().finditer(text, start, end):
        word = m.group().lower()
        value = table.get(one_space(word))
        planned = value == "plan"
        value, governor = _governed(text, word, value, governor, (last_end, m.start()))
        if value is None:  # an -ed word; capitalised, it is a name ("United")
            value = "past" if word[0] == m.group()[0] else "none"
            if _DETERMINER_BEFORE().search(text, max(start, m.start() - 24), m.start()):
                value = "none"  # "the relaunched talks", "a still unnamed day": an adjective
            elif value == "past":
                governor = "past"  # "extended its offer to buy the firm": the goal of a past act
        elif value == "future" and _adjectival(text, (m.start(), T.FUTURE)):
            # "a planned visit on Tuesday": no tense of its own; a verb's before it decides,
            # else the nearest such day
            value = "none" if last_value in ("past", "future") else "present"
        if value == "past" and _PASSIVE().search(text, max(start, m.start() - 8), m.start()):
            value = "none"  # a participle after "be": the auxiliary carries the tense
        if (
            value == "future"
            and word.startswith("to ")
            and last_value == "present"
            and m.start() - last_end <= 1
        ):
            value = "none"  # "had been scheduled to meet": the schedule's tense, not the verb's
        if (
            value == "future"
            and word.startswith("to ")
            and _FIRST_TO().search(text, max(start, m.start() - 50), m.start())
        ):
            value = "none"  # "became the first head of state to visit": the verb before decides
        last_end, last_value = m.end(), value
        if value == "none":
            continue
        if (
            value == "future"
            and _PARTICIPLE().fullmatch(word)
            and (word.endswith("for") or text[m.end() : m.end() + 4].lower() == " for")
            and not _AUXILIARY().search(text, max(start, m.start() - 8), m.start())
        ):
            # "a meeting, set for Oct. 23, was called off": a schedule with no tense of its
            # own, told before or after the day; the nearest such day
            value = "present"
        found.append((m.start(), _TENSES[value]))
        if planned and value == "past":
            # "agreed to leave on Friday": the infinitive after a verb of plan looks ahead,
            # listed in the table or not
            to = _TO_VERB().match(text, m.end() - 3 if word.endswith(" to") else m.end(), end)
            if to is not None:
                found.append((to.end() - 1, T.FUTURE))
    return found


def sentence_tense(sentence: str) -> Tense | None:
    """The direction a sentence looks in: future if it has any future cue, else past, else present.

    The event extractor reuses this; inside this module, the cue nearest before a date decides.

    >>> sentence_tense("The ministers will meet in Seoul.")
    <Tense.FUTURE: 'future'>
    >>> sentence_tense("The ministers met in Seoul."), sentence_tense("Talks in Seoul")
    (<Tense.PAST: 'past'>, None)
    """
    if not isinstance(sentence, str):
        return None
    found = {t for _, t in _cues(sentence, 0, len(sentence))}
    for tense in (T.FUTURE, T.PAST, T.PRESENT):
        if tense in found:
            return tense
    return None


class Context:
    """What one scan knows: the reference day, the text, its sentences and the last anchors."""

    __slots__ = ("given", "latest", "one", "ref", "sent_cues", "sent_starts", "sents", "text")

    def __init__(
        self,
        text: str,
        ref: dt.date,
        given: Tense | None,
        *,
        one: bool = False,
        sents: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.ref = ref
        self.given = given
        self.one = one
        if one:  # one expression: one sentence, and no sentence split
            self.sents = [(0, len(text))]
            self.sent_starts = [0]
        else:
            self.sents = sents if sents is not None else sentences(text)
            self.sent_starts = [s for s, _ in self.sents]
        self.sent_cues: dict[int, list[tuple[int, Tense]]] = {}
        # latest[k]: the last anchor at least as fine as the granularity of order k, so that
        # last() is O(1) rather than a walk back over every anchor (O(n**2) on "1990 1990 …
        # the next day the next day …").
        self.latest: list[tuple[int, DateSpan] | None] = [None] * len(_ORDER)

    @classmethod
    def alone(cls, text: str, ref: dt.date, given: Tense | None) -> Context:
        """``Context(text, ref, given, one=True)``, made with less work: the fast path of
        resolve_date makes one for every expression."""
        ctx = _new(cls)
        ctx.text = text
        ctx.ref = ref
        ctx.given = given
        ctx.one = True
        ctx.sents = ctx.sent_starts = _UNREAD  # its one sentence is the whole text (sentence())
        ctx.sent_cues = {}
        ctx.latest = [None] * _N_ORDER
        return ctx

    def add_anchor(self, at: int, span: DateSpan) -> None:
        """Record a resolved span at offset ``at`` (offsets only grow during a scan); not the
        day of a report ("officials said on Wednesday"): "the same day" after it is the day
        of the news, not of the report."""
        if span.granularity is G.DAY and _reported_on().search(self.text, max(0, at - 40), at):
            return
        if span.granularity is G.QUARTER and _BACKGROUND().search(self.text, max(0, at - 40), at):
            return  # "After a flat second quarter, …": a period before the one reported
        for k in range(_ORDER[span.granularity], len(self.latest)):
            self.latest[k] = (at, span)

    def sentence(self, pos: int) -> tuple[int, int]:
        if self.one:
            return 0, len(self.text)
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sents[i] if i >= 0 else (0, len(self.text))

    def tense_at(self, start: int, end: int) -> Tense | None:
        """The tense of the cue nearest before the expression in its sentence, else after it."""
        if self.given is not None:
            return self.given
        word = self._lead_word(start) if start else ""  # nothing before: no word
        if word in ("since", "ago", "last"):
            return T.PAST
        if word in ("until", "till", "through"):
            return T.PRESENT  # "extended the loans through January": a limit, the nearest
        if word in ("by", "payable", "due", "effective"):
            if re.search(r"\b(?:was|were|been)\s+due\s+$", self.text[max(0, start - 16) : start]):
                return T.PRESENT  # "was due Tuesday": a schedule told afterwards, either side
            if word == "by" and _HAD_DONE().search(self.text, self.sentence(start)[0], start):
                return T.PAST  # "had filed their reports by Monday": a limit already past
            return T.FUTURE
        s, e = (0, len(self.text)) if self.one else self.sentence(start)
        cues = self.sent_cues.get(s)
        if cues is None:
            cues = self.sent_cues[s] = _cues(self.text, s, e)
        if cues:  # most expressions alone have none
            tense = self._cue_tense(cues, s, start, end)
            if tense is not None:
                return tense
        if (
            not self.one
            and _HEADLINE_END().match(self.text, e)
            and not self.text[s:e].rstrip().endswith(_STOPS)
        ):
            return T.PRESENT  # a headline's present tense: the nearest such day
        return None

    def _lead_word(self, start: int) -> str:
        """The word right before ``start`` (before a clock time told there), lowercase."""
        lead = _LEAD_WORD().search(self.text, max(0, start - 10), start)
        word = lead.group(1).lower() if lead is not None else ""
        if word in _CLOCK_WORDS or (not word and self.text[start - 2 : start - 1] == "."):
            lead = _LEAD_CLOCK().search(self.text, max(0, start - 30), start)
            word = lead.group(1).lower() if lead is not None else ""
        return word

    def _cue_tense(
        self, cues: list[tuple[int, Tense]], s: int, start: int, end: int
    ) -> Tense | None:
        """The tense of the cues of the sentence at ``s`` that dates the expression at
        ``start``-``end``: the clause after "when", the cue before, else one after."""
        when = _WHEN_AFTER().match(self.text, end) if end < len(self.text) else None
        if when is not None:
            # "in December, when the two countries signed a treaty": the clause the date
            # opens tells its tense, whatever the verb before it
            k = bisect.bisect_left(cues, when.end(), key=_offset)
            later = [c for c in cues[k:] if not _adjectival(self.text, c)]
            if later:
                return later[0][1]
        # cues are in text order: bisect rather than a scan per expression
        i = bisect.bisect_left(cues, start, key=_offset)
        if i:
            return cues[i - 1][1]
        j = bisect.bisect_left(cues, end, key=_offset)
        opening = _OPENING().fullmatch(self.text, s, start) is not None
        for at, tense in cues[j:]:
            # "…on Friday, the presidency said": attribution after a date does not date it;
            # but a date that opens its sentence ("On Friday, the ministry said") dates the
            # clause it opens, whose verb may be a reporting one
            if (opening or not _reporting().match(self.text, at)) and not _adjectival(
                self.text, (at, tense)
            ):
                return tense
        return None

    def before(self, start: int) -> str:
        """The text of the sentence before ``start``, lowercase."""
        s, _ = self.sentence(start)
        return self.text[s:start].lower()

    def last(self, finest: Granularity, *, same_sentence_as: int = -1) -> DateSpan | None:
        """The last resolved span at least as fine as ``finest`` (in the sentence of an offset)."""
        lowest = self.sentence(same_sentence_as)[0] if same_sentence_as >= 0 else -1
        latest = self.latest[_ORDER[finest]]
        return None if latest is None or latest[0] < lowest else latest[1]


_ED_WORD = lazy_regex(r"[a-z]+ed\b")


def _adjectival(text: str, cue: tuple[int, Tense]) -> bool:
    """A future participle after a determiner ("the hastily planned trip"): an adjective that
    dates its noun, not a verb that a date told before it could belong to."""
    at = cue[0]
    return (
        cue[1] is not T.PAST
        and _ED_WORD().match(text, at) is not None
        and _DETERMINER_BEFORE().search(text, max(0, at - 24), at) is not None
    )


def _offset(cue: tuple[int, Tense]) -> int:
    return cue[0]


def direction_of(tense: Tense | None, default: int = -1) -> int:
    """The direction a tense looks in: 1 ahead (future), -1 back (past), else ``default``.

    >>> direction_of(Tense.FUTURE), direction_of(Tense.PRESENT, 0), direction_of(None)
    (1, 0, -1)
    """
    if tense is T.FUTURE:
        return 1
    if tense is T.PAST:
        return -1
    return default


#: A form's handler: its match, the scan's context and the matched text -> its answer.
Handler = Callable[[re.Match[str], Context, str], Answer]
