"""The fast path of :func:`~bilateral.resolve_date`: one short expression, read without the
document scan.

:func:`~bilateral._date_scan.scan` reads a document: it keys every token, keeps the offsets
of all of them, tries at each token worth a look one regex of every form that token can
open, and keeps the anchors a later form may count from. A single expression needs none of
that when a form read from one of its first tokens reads it to its end: then that is the one
thing the scan would find. :func:`single` finds it directly:

1. the expression's *shape*: its runs of letters and its digits, each looked up in a table
   of the words some form cannot match without (a unit for "three days ago", a weekday for
   "last Friday", a month for "May 2024"), OR-ed into one bit mask of the forms still
   possible;
2. the *plan* of (token, shape): the forms that token opens, in the scan's order, less those
   the shape rules out, each as a regex of its own (plans are few, and kept);
3. the first of them that matches is the one the scan's alternation would take; its handler
   gives the answer, as in the scan. Where none matches, or the handler declines, the scan
   would go on at its next token worth a look, and so does :func:`single`.

When the match a handler takes leaves words after it, or no token gives one, or the text is
not ASCII (where case-folding could match a word the shape did not see), :func:`single`
gives ``None`` and the caller runs the scan: the fast path only ever answers what the scan
would answer (``tests/test_dates_single.py`` checks it on the case table, on generated
expressions and on the example articles).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Iterable

from bilateral._date_anchor import Context, Handler
from bilateral._date_forms import SPECIAL, WEAK, dispatch, dispatch_key, form_regex
from bilateral._date_forms import forms_of as _forms_of
from bilateral._date_holidays import holiday_names
from bilateral._date_scan import HANDLERS, Found
from bilateral._date_words import vague_table, words_of_kind
from bilateral._regex import lazy_regex
from bilateral._vocab import Tense
from bilateral._words import month_words, weekday_words

__all__ = ["single"]

_DIGITS = "0123456789"
#: the units of a shape: runs of letters, and single digits
_RUNS = lazy_regex(r"[a-z]+|\d")


def _split(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _requirements() -> dict[str, frozenset[str]]:
    """form -> the words of which every match of the form reads one as a whole run of letters
    (or one digit); forms not listed may match without any given word. Each word stands in
    its form's regex between non-letters ("\\s+", "-", a digit, the form's end), so that a
    match reads it only where the text has it as a run of letters."""
    months = frozenset(month_words("name"))
    anymonth = months | frozenset(month_words("abbr"))
    weekdays = frozenset(weekday_words())
    seasons = frozenset(words_of_kind("season"))
    units = frozenset(words_of_kind("unit"))
    digits = frozenset(_DIGITS)
    return {
        "mdy": anymonth,
        "dmy": anymonth,
        "my": anymonth,
        "sy": seasons,
        "sea": seasons,
        "spy": _split("eighteen nineteen twenty thousand"),
        "q": _split("quarter quarters half"),
        "qa": _split("quarter period"),
        "ya": _split("ago earlier"),
        "ye": _split("end"),
        "fyr": _split("year"),
        "cen": _split("century"),
        "decw": _split("forties fifties sixties seventies eighties nineties"),
        "dec": digits,
        "wkd": _split("weekend"),
        "rel": _split("week weekend month quarter year decade") | seasons,
        "ana": _split("day morning afternoon evening night week weekend month year")
        | months
        | weekdays,
        "wd": weekdays,
        "mon": months,
        "dur": units,
        "ago": units,
        "adj": _split("day week month year decade hour"),
        "dps": _split("hours days weeks months years decades centuries"),
        "dw": _split("today tonight yesterday tomorrow morning afternoon evening night"),
        "pod": _split("morning afternoon evening"),
        "yr": digits,
        "dom": digits,
        "clk": digits | _split("noon midday midnight"),
        "wds": frozenset(f"{d}s" for d in weekday_words("name"))
        | _split("nights mornings evenings afternoons"),
        "vague": _longest_runs(vague_table()),
        "hol": _longest_runs(holiday_names()),
    }


def _longest_runs(phrases: Iterable[str]) -> frozenset[str]:
    """The longest run of letters of each phrase: a match of a phrase reads all its runs."""
    return frozenset(max(_RUNS().findall(p.lower()), key=len) for p in phrases)


@functools.cache
def _shape_table() -> tuple[dict[str, int], dict[str, int]]:
    """word -> the bits of the forms it makes possible ("#": those of any digit); form ->
    its bit (0: always possible)."""
    bit_of: dict[str, int] = {}
    bits: dict[str, int] = {}
    for i, (form, words) in enumerate(_requirements().items()):
        bit_of[form] = 1 << i
        for word in words:
            bits[word] = bits.get(word, 0) | 1 << i
    bits["#"] = functools.reduce(operator.or_, (bits.get(d, 0) for d in _DIGITS))
    return bits, bit_of


@functools.lru_cache(maxsize=2048)
def _plan(key: str, shape: int) -> tuple[tuple[re.Pattern[str], Handler], ...]:
    """The forms ``key`` opens that an expression of ``shape`` can match, in the scan's order,
    each as its own regex with its handler."""
    bit_of = _shape_table()[1]
    return tuple(
        (_form_pattern(form), HANDLERS[form])
        for form in _forms_of()[key]
        if not bit_of.get(form, 0) or bit_of[form] & shape
    )


@functools.cache
def _form_pattern(form: str) -> re.Pattern[str]:
    return form_regex((form,))


def _key(word: str, table: dict[str, re.Pattern[str]]) -> str:
    """A lowercase token's dispatch key, as the scan computes it."""
    if word in table or (word[0] not in SPECIAL and word[-1] not in _DIGITS):
        return word
    return dispatch_key(word)


def _first(low: str, words: list[str], table: dict[str, re.Pattern[str]]) -> str | None:
    """The dispatch key of the token that opens ``low``, when it is worth a look and plainly
    a whole token (most expressions); else ``None``, and :func:`_wanted` decides."""
    key = words[0]
    if key not in table and (key := _key(key, table)) not in table:
        return None
    if not words[0].isalnum() or not low.startswith(words[0]):
        return None
    if key not in WEAK or (len(words) > 1 and _key(words[1], table) in dispatch()[1]):
        return key  # a weak word before a date word: "in May" ("may" is a whole token)
    return None


def _wanted(low: str, words: list[str]) -> list[tuple[str, int]]:
    """The dispatch key and offset of every token worth a look, as the scan finds them (a
    weak word only before a date word)."""
    table, follow = dispatch()
    if all(map(str.isalnum, words)):  # most expressions: words between blanks are the tokens
        keys = [_key(w, table) for w in words]
        starts = []
        pos = 0
        for w in words:
            pos = low.find(w, pos)
            starts.append(pos)
            pos += len(w)
    else:
        parts = _SPLIT().split(low)  # gaps and tokens in turn
        keys = [_key(w, table) for w in parts[1::2]]
        starts = list(itertools.accumulate(map(len, parts)))[0::2]
    last = len(keys) - 1
    return [
        (key, starts[i])
        for i, key in enumerate(keys)
        if key in table and (key not in WEAK or (i < last and keys[i + 1] in follow))
    ]


#: TOKEN as a split pattern: gaps and tokens in turn
_SPLIT = lazy_regex(r"(['’]?\w+)")


@functools.cache
def _tables() -> tuple[dict[str, re.Pattern[str]], dict[str, int]]:
    """The dispatch table and the shape table, in one call."""
    return dispatch()[0], _shape_table()[0]


def _runs(word: str, bits: dict[str, int]) -> int:
    """The bits of the forms a word of letters and digits makes possible ("1990s", "q3")."""
    if word.isdigit():  # a number: what any digit makes possible
        return bits["#"]
    shape = 0
    for run in _RUNS().findall(word):
        shape |= bits.get(run, 0)
    return shape


def single(text: str, ref: dt.date, tense: Tense | None) -> Found | None:
    """What ``scan(text, ref, tense, one=True)`` finds, when it is one match that reads
    ``text`` to its end; ``None`` when the scan must decide.

    As the scan does, it tries the tokens worth a look in turn, until a form matches there
    and its handler takes the match.

    >>> m, value, *_ = single("in May 2024", dt.date(2025, 1, 1), None)
    >>> m.group(), value.timex
    ('May 2024', '2024-05')
    """
    if not text.isascii():
        return None
    low = text.lower()
    words = low.split()
    if not words:
        return None
    table, bits = _tables()
    shape = 0
    for word in words:  # the shape: most words are one run of letters
        shape |= bits.get(word, 0) if word.isalpha() else _runs(word, bits)
    ctx = Context.alone(text, ref, tense)
    first = _first(low, words, table)
    tokens = [(first, 0)] if first is not None else _wanted(low, words)
    i = 0
    while i < len(tokens):
        key, pos = tokens[i]
        for pattern, handler in _plan(key, shape):
            m = pattern.match(text, pos)
            if m is None:
                continue  # the next form: the scan's alternation takes the first that matches
            whole = m.group()
            try:
                answer = handler(m, ctx, whole)
            except (ValueError, OverflowError, KeyError):
                answer = None
            if answer is None:
                break  # the handler declines: the scan goes on at the next token
            if m.end() != len(text):
                return None  # the scan keeps a match that leaves words after it
            return (m, answer[0], answer[1], answer[2], pos, pos + len(whole))
        i += 1
        if i == 1 and first is not None:
            tokens = _wanted(low, words)  # the rest of the tokens (the first is first there)
    return None
