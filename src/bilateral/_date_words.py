"""Date words and the calendar units they name.

What each word of ``data/date_words.tsv`` and ``data/date_vague.tsv`` means (months and
weekdays come from :mod:`bilateral._words`), and the spans, shifts and durations built from
calendar units. Every handler of a date form reads its words through these lookups.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import Any

from bilateral._calendar import add_months, canonical_span, weekend_of
from bilateral._model import DateSpan, Duration
from bilateral._model_time import Recurrence, TimeOfDay
from bilateral._regex import lazy_regex
from bilateral._tables import read_tsv
from bilateral._vocab import DateMod, Granularity, Tense
from bilateral._words import month_words, weekday_words

__all__ = [
    "DAY",
    "REL_OFFSET",
    "UNIT_GRANULARITY",
    "UNIT_ISO",
    "Answer",
    "G",
    "M",
    "T",
    "Value",
    "ans",
    "month_number",
    "number_of",
    "one_space",
    "part_mod",
    "season_start",
    "shift",
    "trie",
    "unit_of",
    "unit_span",
    "vague_table",
    "weekday_number",
    "weekend_span",
    "word_table",
    "words_of_kind",
]

_G = Granularity
DAY = dt.timedelta(days=1)


class G:
    """Granularity's members as plain class attributes: the date handlers read them on every
    expression, and an enum's own attribute lookup costs ten times more."""

    DAY = Granularity.DAY
    WEEK = Granularity.WEEK
    MONTH = Granularity.MONTH
    QUARTER = Granularity.QUARTER
    SEASON = Granularity.SEASON
    HALF = Granularity.HALF
    YEAR = Granularity.YEAR
    DECADE = Granularity.DECADE
    CENTURY = Granularity.CENTURY


class T:
    """Tense's members as plain class attributes (as :class:`G`)."""

    PAST = Tense.PAST
    PRESENT = Tense.PRESENT
    FUTURE = Tense.FUTURE


class M:
    """DateMod's members as plain class attributes (as :class:`G`)."""

    EARLY = DateMod.EARLY
    MID = DateMod.MID
    LATE = DateMod.LATE
    APPROX = DateMod.APPROX
    BEFORE = DateMod.BEFORE
    AFTER = DateMod.AFTER


_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
UNIT_GRANULARITY = {
    "day": _G.DAY,
    "week": _G.WEEK,
    "fortnight": _G.WEEK,
    "month": _G.MONTH,
    "quarter": _G.QUARTER,
    "year": _G.YEAR,
    "decade": _G.YEAR,
    "hour": _G.DAY,
    "minute": _G.DAY,
}
#: unit -> (ISO letter, multiplier, time part)
UNIT_ISO = {
    "day": ("D", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("M", 3, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "hour": ("H", 1, True),
    "minute": ("M", 1, True),
}
REL_OFFSET = {
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "last": -1,
    "past": -1,
    "previous": -1,
}


def trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie: the same strings as the plain alternation
    of :func:`bilateral._regex.alternation`, longest first, but each shared prefix read once
    (a cue table of 170 words is read at every letter of a text). A space matches any run of
    blanks.

    >>> trie(["sept", "sep", "a dozen"])
    '(?:a\\\\s+dozen|sep(?:t)?)'
    >>> import re
    >>> re.fullmatch(trie(["sept", "sep"]), "sep") is not None
    True
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in set(words):
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict[str, dict[str, Any]]) -> str:
    parts = [
        (r"\s+" if ch == " " else re.escape(ch)) + _branches(node[ch]) for ch in sorted(node) if ch
    ]
    if "" in node:  # a word ends here: after every longer one
        return f"(?:{'|'.join(parts)})?" if parts else ""
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


@functools.cache
def word_table() -> dict[str, tuple[str, str]]:
    """word -> (kind, value) of ``date_words.tsv`` (shared: callers must not change it).

    >>> word_table()["fortnight"], word_table()["late"]
    (('unit', 'fortnight'), ('part', 'late'))
    """
    return {r["word"]: (r["kind"], r["value"]) for r in read_tsv("date_words.tsv")}


@functools.cache
def vague_table() -> dict[str, str]:
    """phrase -> TIMEX3 reference value of ``date_vague.tsv`` (shared: not to be changed).

    >>> vague_table()["now"]
    'PRESENT_REF'
    """
    return {r["phrase"]: r["timex"] for r in read_tsv("date_vague.tsv")}


def words_of_kind(kind: str) -> dict[str, str]:
    """word -> value of the words of one kind of ``date_words.tsv``.

    >>> words_of_kind("season")["autumn"]
    'FA'
    """
    return {w: v for w, (k, v) in word_table().items() if k == kind}


#: What a form names: a date span, a duration, a time of a day or a recurrence.
Value = DateSpan | Duration | TimeOfDay | Recurrence
#: A handler's answer: (value, timex, tense that decided), or None to reject the match.
Answer = tuple[Value | None, str | None, Tense | None] | None


#: A span of one whole unit that unit_span has just computed with canonical_span (so valid by
#: construction) is made without the checks of DateSpan: the date resolver makes one per
#: expression, and the checks cost more than the rest of its work. The slots' own setters
#: write it (a frozen class refuses setattr, and object.__setattr__ costs more).
_new = object.__new__
_SET_START, _SET_END, _SET_GRANULARITY, _SET_TEXT, _SET_MOD = (
    DateSpan.__dict__[name].__set__ for name in ("start", "end", "granularity", "text", "mod")
)


def unit_span(
    day: dt.date,
    g: Granularity,
    text: str,
    mod: DateMod | None = None,
    lo: dt.date | None = None,
    hi: dt.date | None = None,
) -> DateSpan:
    """The unit of ``g`` containing ``day``; ``mod`` (early, mid, late) qualifies it.

    As in TIMEX3, "early next year" is the year with a modifier, not a guessed third of it:
    the span stays the whole unit and ``mod`` says which part the text meant. ``lo`` and
    ``hi`` are accepted for callers that know more, and are not used to narrow.

    >>> unit_span(dt.date(2025, 4, 16), Granularity.MONTH, "April").timex
    '2025-04'
    """
    del lo, hi
    start, end = (day, day) if g is G.DAY else canonical_span(day, g)
    span: DateSpan = _new(DateSpan)  # unchecked: valid by construction (see _SET_START)
    _SET_START(span, start)
    _SET_END(span, end)
    _SET_GRANULARITY(span, g)
    _SET_TEXT(span, text)
    _SET_MOD(span, mod)
    return span


def ans(span: DateSpan | None, tense: Tense | None = None) -> Answer:
    """A span's answer; its timex is computed when a mention is made.

    >>> ans(None) is None
    True
    """
    return None if span is None else (span, None, tense)


def part_mod(word: str | None) -> DateMod | None:
    """The part of a unit that a prefix names ("early", "the end of"), if any.

    >>> part_mod("the end of"), part_mod(None)
    (<DateMod.LATE: 'late'>, None)
    """
    if not word:
        return None
    word = word.lower()
    if not word.isalpha():  # "the end of", "mid-"; a single word ("early") is its own key
        word = _THE_OR_BLANKS().sub(" ", word).strip()
    table = word_table()
    value = table.get(word, ("", ""))[1] or table.get(word.split()[0], ("", ""))[1]
    return (_MODS.get(value) or DateMod(value)) if value else None


_MODS = {m.value: m for m in DateMod}


def number_of(word: str) -> int | None:
    """The number of digits or of a number word ("a dozen"); ``None`` for any other word.

    >>> number_of("12"), number_of("A  dozen"), number_of("some")
    (12, 12, None)
    """
    word = one_space(word.lower())
    if word.isdigit():
        return int(word)
    kind, value = word_table().get(word, ("", ""))
    return int(value) if kind == "number" else None


_BLANKS = lazy_regex(r"\s+")
_THE_OR_BLANKS = lazy_regex(r"^the\s+|\s+")


def one_space(words: str) -> str:
    r"""``words`` with each run of blanks made one space, as ``re.sub(r"\s+", " ", words)``;
    a single word or number (most calls) is given back as it is, with no regex call.

    >>> one_space("the  day\tbefore"), one_space("next")
    ('the day before', 'next')
    """
    return words if words.isalnum() else _BLANKS().sub(" ", words)


def unit_of(word: str) -> str:
    """The calendar unit of a unit word; ``KeyError`` for any other word.

    >>> unit_of("Weeks")
    'week'
    """
    return word_table()[word.lower()][1]


def month_number(word: str) -> int:
    """The month (1 to 12) of a month word, with or without its period; else ``KeyError``.

    >>> month_number("Sept."), month_number("march")
    (9, 3)
    """
    return _numbers()[0][word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    """The weekday (0 = Monday) of a weekday word; ``KeyError`` for any other word.

    >>> weekday_number("Tues")
    1
    """
    return _numbers()[1][word.lower()]


@functools.cache
def _numbers() -> tuple[dict[str, int], dict[str, int]]:
    """The month and weekday tables as plain dicts (read on every date: a dict is quicker)."""
    return dict(month_words()), dict(weekday_words())


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` units (months keep the unit, not the day of the month).

    >>> shift(dt.date(2025, 1, 31), "month", 1), shift(dt.date(2025, 1, 31), "fortnight", -1)
    (datetime.date(2025, 2, 1), datetime.date(2025, 1, 17))
    """
    if unit in ("day", "hour", "minute"):
        return day + n * DAY
    if unit in ("week", "fortnight"):
        return day + n * (14 if unit == "fortnight" else 7) * DAY
    return add_months(day, _MONTHS_IN[unit] * n)


_MONTHS_IN = {"month": 1, "quarter": 3, "year": 12, "decade": 120}


def season_start(code: str, year: int) -> dt.date:
    """The first day of the meteorological season of a TIMEX3 season code.

    >>> season_start("WI", 2024)
    datetime.date(2024, 12, 1)
    """
    return dt.date(year, _SEASONS[code], 1)


def weekend_span(day: dt.date, text: str) -> DateSpan:
    """The weekend of the ISO week of ``day``: a run of two days, TIMEX3 ``…-WE``.

    >>> weekend_span(dt.date(2025, 4, 16), "the weekend").timex
    '2025-W16-WE'
    """
    saturday, sunday = weekend_of(day)
    span: DateSpan = _new(DateSpan)  # unchecked: a run of two whole days (see _SET_START)
    _SET_START(span, saturday)
    _SET_END(span, sunday)
    _SET_GRANULARITY(span, G.DAY)
    _SET_TEXT(span, text)
    _SET_MOD(span, None)
    return span
