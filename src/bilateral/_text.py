"""Offset-preserving sentence spans and letter runs: every span indexes the input text.

The splitter is a single linear scan; it knows the abbreviations of news English
("U.S.", "Mr.", "Jan.", "Gen.") so that they do not end a sentence.
"""

from __future__ import annotations

import bisect
import itertools
import re

from bilateral._regex import lazy_regex

__all__ = ["LetterRuns", "Span", "lacks", "sentences"]

#: A (start, end) pair of offsets into the input.
Span = tuple[int, int]

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "sr",
        "jr",
        "pres",
        "amb",
        "sec",
        "dept",
        "univ",
        "corp",
        "inc",
        "ltd",
        "co",
        "no",
        "vs",
        "etc",
        "approx",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
)

# A candidate boundary: terminal punctuation, optional closing quotes or brackets, then space;
# or a line break (a headline or paragraph ends a sentence). The look-behind starts a match
# only at the first mark of a run: without it, a run of k dots costs O(k**2) (each later
# start re-reads the run and fails at its end), and 1 MB of "..." never finishes.
# It opens with the class of its first character, so that the engine skips to the next mark
# in C rather than trying the pattern at every character; the look-behind after that first
# mark says what "(?<![.!?])" before it said (at the text's first character it cannot look
# back two and holds, as the other did).
_BOUNDARY = lazy_regex(r"[.!?\n](?:(?<=\n)|(?<![.!?][.!?])[.!?]*[\"'”’)\]]*(?=\s))")
#: No span is longer than this: a longer run without a boundary (a table, a list, a text with
#: no punctuation) is cut at a space, so work done per sentence stays bounded and the
#: callers stay linear in the length of the text. The longest sentence of the example
#: articles has 314 characters.
MAX_SENTENCE = 1000
_WORD_BEFORE = lazy_regex(r"([A-Za-z][A-Za-z.]*)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation rather than a sentence."""
    match = _WORD_BEFORE().search(text, max(0, dot - 12), dot)
    if match is None:
        return False
    word = match.group(1)
    if "." in word:  # U.S, U.N, a.m
        return True
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    return word.lower() in _ABBREVIATIONS


def sentences(text: str) -> list[Span]:
    """The (start, end) spans of the sentences of ``text``, stripped of surrounding space.

    >>> t = "The U.S. envoy met Mr. Kim. Talks resume next week."
    >>> [t[s:e] for s, e in sentences(t)]
    ['The U.S. envoy met Mr. Kim.', 'Talks resume next week.']
    """
    spans: list[Span] = []
    start = 0
    for match in _BOUNDARY().finditer(text):
        end = match.end()
        if (
            match.group() != "\n"
            and match.group().startswith(".")
            and len(match.group()) == 1 + len(match.group().lstrip("."))
            and _is_abbreviation(text, match.start())
            and not _next_is_sentence_start(text, end)
        ):
            continue
        _append(text, start, end, spans)
        start = end
    _append(text, start, len(text), spans)
    return spans


def _next_is_sentence_start(text: str, at: int) -> bool:
    """After an abbreviation, a sentence only starts at a paragraph break."""
    return text.startswith("\n", at) or text.startswith("\r\n", at)


def _append(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        # cut at the last space of the window's second half, else in the middle of a token
        low, high = start + MAX_SENTENCE // 2, start + MAX_SENTENCE
        cut = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
        _append(text, start, cut if cut > low else high, spans)
        start = cut if cut > low else high
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))


_LINKS_HEAD = lazy_regex(
    r"^[ \t]*(?:related(?:[ \t]+(?:stories|articles|coverage|news|content|reading|links))?"
    r"|(?:read|see)[ \t]+(?:more|also|next)|also[ \t]+read|more[ \t]+on[ \t]+this(?:[ \t]+story)?"
    r"|most[ \t]+(?:read|popular|viewed|shared)|recommended(?:[ \t]+for[ \t]+you)?"
    r"|you[ \t]+(?:may|might)[ \t]+also[ \t]+like|top[ \t]+stories|trending(?:[ \t]+now)?)"
    r"[ \t]*(?P<colon>:)?",
    re.IGNORECASE | re.MULTILINE,
)
_BULLET = lazy_regex(r"[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])[ \t]+")
_CLOSED = (".", "!", "?", '"', "”", "'", "’")


def link_lists(text: str) -> list[Span]:
    """The (start, end) spans of the "Related" and "Read more" blocks of a web page: other
    stories' headlines, not this story's sentences.

    A block is a line that is only such a heading, with the bulleted or headline-like lines
    (short, with no closing stop) after it; or one line that starts "Related:" or "Read more:".

    >>> t = "Leaders met.\\n\\nRelated\\n- Envoys to meet in Oslo\\n- Talks in Rome\\n\\nEnd."
    >>> [t[s:e] for s, e in link_lists(t)]
    ['Related\\n- Envoys to meet in Oslo\\n- Talks in Rome']
    """
    spans: list[Span] = []
    for head in _LINKS_HEAD().finditer(text):
        if spans and head.start() < spans[-1][1]:
            continue  # inside the block before: each line is read once (linear time)
        line_end = text.find("\n", head.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[head.end() : line_end].strip()
        if rest:
            if head["colon"] and len(rest) <= 200:
                spans.append((head.start(), line_end))  # "Read more: Why a port matters"
            continue
        end = at = line_end
        blank = False  # after a blank line, only a bullet or a short headline goes on the list
        while at < len(text):
            nxt = text.find("\n", at + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[at + 1 : nxt].strip()
            longest = 80 if blank else 100
            if line and not (
                _BULLET().match(text, at + 1)
                or (
                    len(line) <= longest
                    and not line.endswith(_CLOSED)
                    and not (blank and len(line.split()) > 12)
                )
            ):
                break
            if line:
                end = nxt
            blank = not line
            at = nxt
        if end > line_end:
            spans.append((head.start(), end))
    return spans


# A run of ASCII letters, apostrophes and hyphens that opens with a letter: "talks",
# "Sino-Japanese", "minister's". The word, cue and title finders all read these runs.
_RUN_SPLIT = lazy_regex(r"([A-Za-z][A-Za-z'’\-]*+)")
# the same runs in the lowercase copy of an ASCII text (whose letters keep their places)
_LOW_RUN_SPLIT = lazy_regex(r"([a-z][a-z'’\-]*+)")
_RUN_MARK = lazy_regex(r"['’\-]")


class LetterRuns:
    """The letter runs of a text, lowercased, with their offsets: one pass over the text
    that the word, cue and title finders share (``annotate`` builds it once).

    >>> runs = LetterRuns("Sino-Japanese talks, 2025.")
    >>> runs.lows, runs.starts, runs.ends, runs.marked
    (['sino-japanese', 'talks'], [0, 14], [13, 19], [0])
    """

    __slots__ = ("ends", "lows", "marked", "starts")

    def __init__(self, text: str) -> None:
        # one split in C gives the runs and the blanks between them: the offsets are running
        # sums of the lengths, and no Python code runs per word
        if text.isascii():
            parts = _LOW_RUN_SPLIT().split(text.lower())
            self.lows: list[str] = parts[1::2]
        else:
            parts = _RUN_SPLIT().split(text)
            self.lows = list(map(str.lower, parts[1::2]))
        bounds = list(itertools.accumulate(map(len, parts)))
        self.starts: list[int] = bounds[0:-1:2]
        self.ends: list[int] = bounds[1::2]
        #: The indices of the runs with an apostrophe or a hyphen, in order: the only runs
        #: that are not one plain word.
        self.marked: list[int] = []
        for mark in _RUN_MARK().finditer(text):
            i = bisect.bisect_right(self.starts, mark.start()) - 1
            if i >= 0 and mark.start() < self.ends[i] and (not self.marked or self.marked[-1] != i):
                self.marked.append(i)


def lacks(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` holds none of ``words`` (lowercase), in any case: then a
    pattern that needs one of them, even one with ``re.IGNORECASE``, cannot match there, and
    a few substring tests in C cost less than a pattern tried at every character. Only an
    ASCII span is judged (``re.IGNORECASE`` also reads "ſ", "ı" and "K" as s, i and k): for
    any other the answer is False.

    >>> lacks("Talks were held.", 0, 16, ("plan",)), lacks("No PLANS yet.", 0, 13, ("plan",))
    (True, False)
    """
    low = text[start:end].lower()
    return low.isascii() and not any(map(low.__contains__, words))
