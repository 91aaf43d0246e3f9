"""The long-tail fallback: :mod:`dateparser`, imported inside the one function that uses it.

This is the only module that imports dateparser, so ``import bilateral`` stays light.
dateparser answers with a point in time; :func:`parse_span` turns it into the span of the
granularity the expression names: a day if it has a day number or a weekday, a month if it
names a month without a day, a year if it is a bare year, a week if it speaks of weeks.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

from bilateral._model import DateSpan
from bilateral._vocab import Granularity

__all__ = ["granularity_of", "parse_span"]

_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\b",
    re.IGNORECASE,
)
_DAY_WORD = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|days?)\b", re.IGNORECASE)
_DAY_NUMBER = re.compile(r"(?<![\d])(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?(?!\d)")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_HINT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|tonight|yesterday|tomorrow|day|week|month|year)",
    re.IGNORECASE,
)


def granularity_of(expr: str) -> Granularity:
    """The unit an expression names, which sets the span of dateparser's point answer.

    >>> granularity_of("12 June 2024"), granularity_of("June 2024"), granularity_of("2024")
    (<Granularity.DAY: 'day'>, <Granularity.MONTH: 'month'>, <Granularity.YEAR: 'year'>)
    >>> granularity_of("hace dos semanas")
    <Granularity.DAY: 'day'>
    """
    without_years = _YEAR.sub(" ", expr)
    has_day = _DAY_NUMBER.search(without_years) is not None
    if _WEEKDAY.search(expr) or _DAY_WORD.search(expr):
        return Granularity.DAY
    if re.search(r"\bweeks?\b", expr, re.IGNORECASE):
        return Granularity.WEEK
    if _MONTH.search(expr):
        return Granularity.DAY if has_day else Granularity.MONTH
    if re.search(r"\bmonths?\b", expr, re.IGNORECASE):
        return Granularity.MONTH
    if re.search(r"\byears?\b", expr, re.IGNORECASE) or (_YEAR.search(expr) and not has_day):
        return Granularity.YEAR
    return Granularity.DAY


def parse_span(expr: str, published: dt.date) -> DateSpan | None:
    """The span dateparser finds in ``expr``, relative to ``published``; ``None`` if none.

    Only expressions with a digit or a calendar word are tried, so that dateparser does not
    read dates into arbitrary words.

    >>> parse_span("12.06.2024", dt.date(2024, 6, 17)).timex
    '2024-06-12'
    >>> parse_span("no date here", dt.date(2024, 6, 17)) is None
    True
    """
    if not isinstance(expr, str) or len(expr) > 100 or _HINT.search(expr) is None:
        return None
    import dateparser

    base = dt.datetime(published.year, published.month, published.day, 12)
    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            point = dateparser.parse(expr, settings=settings)
    except Exception:  # pragma: no cover - dateparser raises many types on odd input
        return None
    if point is None:
        return None
    try:
        return DateSpan.containing(point.date(), granularity_of(expr), text=expr)
    except (ValueError, OverflowError):  # pragma: no cover - dateparser gives valid dates
        return None
