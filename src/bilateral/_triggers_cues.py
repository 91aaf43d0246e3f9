"""The words of a text for the trigger and cue finders, and the context cues among them.

:class:`Words` finds the lowercase words of a whole text once; the finders then slice it by
offsets. ``data/cues.tsv`` lists the cue phrases (status, topic-marker, report, level, topic
and state-noun cues); :func:`cues_in` finds them, the longest at each word.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator

import attrs

from bilateral._regex import lazy_regex
from bilateral._tables import read_tsv
from bilateral._text import LetterRuns
from bilateral._words import report_verbs

__all__ = ["Cue", "Words", "cues_in", "words_in"]

_WORD = lazy_regex(r"[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*")


@attrs.frozen
class Cue:
    """One context cue found in a sentence."""

    role: str
    phrase: str
    value: str
    start: int
    end: int


@functools.cache
def _cue_table() -> dict[tuple[str, ...], tuple[tuple[str, str], ...]]:
    table: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for row in read_tsv("cues.tsv"):
        table.setdefault(tuple(row["phrase"].split()), []).append((row["role"], row["value"]))
    for verb in report_verbs():  # the reporting verbs have a table of their own
        table.setdefault((verb,), []).append(("report", "-"))
    return {k: tuple(v) for k, v in table.items()}


@functools.cache
def _cue_starts() -> dict[str, tuple[tuple[str, ...], ...]]:
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _cue_table():
        starts.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in starts.items()}


class Words:
    """The words of a whole text, lowercased with their offsets, found once and sliced.

    ``extract`` asks for the triggers and cues of many windows of one article; tokenising
    each window again cost more than everything else it did.

    >>> words = Words("Talks were postponed on Monday.")
    >>> words.within(6, 20)
    [('were', 6, 10), ('postponed', 11, 20)]
    """

    __slots__ = ("_cue_starts", "_cues", "_ends", "_starts", "_words")

    def __init__(self, text: str, runs: LetterRuns | None = None) -> None:
        if runs is None:
            runs = LetterRuns(text)
        # A run with no apostrophe or hyphen is one word; the others are read by the word
        # pattern ("Sino-Japanese" stays one word, "O'Brien" is two, a trailing "-" goes).
        lows, starts, ends = runs.lows, runs.starts, runs.ends
        words: list[tuple[str, int, int]] = []
        j = 0
        for i in runs.marked:
            words += zip(lows[j:i], starts[j:i], ends[j:i], strict=True)
            words += [
                (m.group().lower(), m.start(), m.end())
                for m in _WORD().finditer(text, starts[i], ends[i])
            ]
            j = i + 1
        words += zip(lows[j:], starts[j:], ends[j:], strict=True)
        self._words = words
        self._starts = list(map(operator.itemgetter(1), words))
        self._ends = list(map(operator.itemgetter(2), words))
        self._cues: list[Cue] | None = None
        self._cue_starts: list[int] = []

    def cues(self, start: int, end: int) -> list[Cue]:
        """The cues of the whole text, found once, that lie wholly inside ``start:end``:
        ``extract`` asks for those of every sentence and of a window after every state."""
        if self._cues is None:
            self._cues = _cues_of(self._words)
            self._cue_starts = [c.start for c in self._cues]
        lo = bisect.bisect_left(self._cue_starts, start)
        hi = bisect.bisect_left(self._cue_starts, end, lo)
        return [c for c in self._cues[lo:hi] if c.end <= end]

    def within(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """The words that lie wholly inside ``start:end``."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_right(self._ends, end, lo)
        return self._words[lo:hi]


def words_in(
    text: str, start: int, end: int, words: Words | None = None
) -> list[tuple[str, int, int]]:
    """The lowercase words of ``text[start:end]`` with their offsets, from ``words`` if given.

    >>> words_in("Leaders met in Rome.", 8, 19)
    [('met', 8, 11), ('in', 12, 14), ('rome', 15, 19)]
    """
    if words is not None:
        return words.within(start, end)
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD().finditer(text, start, end)]


def cues_in(text: str, start: int, end: int, tokens: Words | None = None) -> list[Cue]:
    """Every cue phrase in ``text[start:end]``, longest match first at each word.

    >>> [(c.role, c.phrase) for c in cues_in("The talks were postponed.", 0, 25)][:1]
    [('status', 'postponed')]
    """
    if tokens is not None:
        return tokens.cues(start, end)
    return _cues_of(words_in(text, start, end))


@functools.cache
def _cue_lengths() -> dict[str, tuple[int, ...]]:
    """The lengths in words of the phrases that open with each word, longest first: at a
    word, one look-up per length (no two phrases of one length open the same words)."""
    return {k: tuple(sorted({len(p) for p in v}, reverse=True)) for k, v in _cue_starts().items()}


def _cues_of(found: list[tuple[str, int, int]]) -> list[Cue]:
    """The cue phrases of a run of words, longest match first at each word."""
    lengths = _cue_lengths()
    table = _cue_table()
    keys = list(map(operator.itemgetter(0), found))  # the words once, not for every phrase
    out: list[Cue] = []
    done = 0  # the word after the last cue found: a cue starts at or after it
    for i in itertools.compress(range(len(keys)), map(lengths.__contains__, keys)):
        if i < done:
            continue
        for n in lengths[keys[i]]:
            phrase = tuple(keys[i : i + n])
            if len(phrase) == n and phrase in table:
                for role, value in table[phrase]:
                    out.append(Cue(role, " ".join(phrase), value, found[i][1], found[i + n - 1][2]))
                done = i + n
                break
    return out
