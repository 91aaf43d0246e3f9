"""Word classes read by more than one module: month and weekday words and reporting verbs,
one table per word class (``data/months.tsv``, ``data/weekdays.tsv``,
``data/report_verbs.tsv``), read once, lazily, through :mod:`bilateral._tables`.

Every module that needs these words takes them from here, as lookups or as a regex
alternation built from the table, rather than keeping a list of its own.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, TypeAlias

from bilateral._regex import alternation
from bilateral._tables import read_tsv

__all__ = [
    "month_alternation",
    "month_of",
    "month_words",
    "report_verbs",
    "weekday_alternation",
    "weekday_of",
    "weekday_words",
]

if TYPE_CHECKING:
    #: Which words of a table: full names, abbreviations, or (``None``) both.
    Form: TypeAlias = Literal["name", "abbr"] | None


@functools.cache
def _table(name: str, column: str, form: Form) -> Mapping[str, int]:
    rows = read_tsv(name)
    return MappingProxyType(
        {r["word"]: int(r[column]) for r in rows if form is None or r["form"] == form}
    )


def month_words(form: Form = None) -> Mapping[str, int]:
    """Lowercase month word -> month number (1 to 12); ``form`` picks names or abbreviations.

    >>> month_words()["sept"], month_words("name")["september"], "sept" in month_words("name")
    (9, 9, False)
    """
    return _table("months.tsv", "month", form)


def weekday_words(form: Form = None) -> Mapping[str, int]:
    """Lowercase weekday word -> weekday number (0 = Monday, as :meth:`datetime.date.weekday`).

    >>> weekday_words()["tues"], len(weekday_words("name"))
    (1, 7)
    """
    return _table("weekdays.tsv", "weekday", form)


def month_of(word: str) -> int | None:
    """The month a word names, in any case and with or without a final period; else ``None``.

    >>> month_of("Sept."), month_of("MAY"), month_of("Mayday")
    (9, 5, None)
    """
    return month_words().get(word.lower().rstrip("."))


def weekday_of(word: str) -> int | None:
    """The weekday (0 = Monday) a word names, in any case; else ``None``.

    >>> weekday_of("Thurs"), weekday_of("sunday"), weekday_of("Sun")
    (3, 6, None)
    """
    return weekday_words().get(word.lower())


@functools.cache
def month_alternation(form: Form = None) -> str:
    """A regex alternation of the month words of the table (lowercase: match ignoring case).

    >>> import re
    >>> bool(re.fullmatch(month_alternation("abbr"), "sept")), "january" in month_alternation()
    (True, True)
    """
    return alternation(month_words(form))


@functools.cache
def weekday_alternation(form: Form = None) -> str:
    """A regex alternation of the weekday words of the table (lowercase: match ignoring case).

    >>> weekday_alternation("abbr")
    'thurs|tues'
    """
    return alternation(weekday_words(form))


@functools.cache
def report_verbs() -> tuple[str, ...]:
    """The reporting verbs ("said", "told", …): a date or a state beside one is the report's.

    >>> "said" in report_verbs()
    True
    """
    return tuple(r["word"] for r in read_tsv("report_verbs.tsv"))
