"""Pure calendar arithmetic: ISO weeks, quarters, seasons, halves, decades, centuries and TIMEX3
values.

Every function here is total on valid dates and has no clock: nothing reads "today".
"""

from __future__ import annotations

import datetime as dt
import re

from bilateral._vocab import Granularity

__all__ = [
    "add_months",
    "canonical_span",
    "month_end",
    "parse_timex",
    "timex_of",
]

_SEASON_CODES = ("SP", "SU", "FA", "WI")
#: the granularities as module constants: an enum member read from its class costs a lookup
_DAY, _WEEK, _MONTH = Granularity.DAY, Granularity.WEEK, Granularity.MONTH
_QUARTER, _HALF, _SEASON, _YEAR = (
    Granularity.QUARTER,
    Granularity.HALF,
    Granularity.SEASON,
    Granularity.YEAR,
)
_SIX_DAYS = dt.timedelta(days=6)
_SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_TIMEX = re.compile(
    r"""
    (?P<year>\d{4})(?:
        -W(?P<week>\d{2})(?P<weekend>-WE)?
      | -Q(?P<quarter>[1-4])
      | -H(?P<half>[12])
      | -(?P<season>SP|SU|FA|WI)
      | -(?P<month>\d{2})(?:-(?P<day>\d{2}))?
    )?
    | (?P<decade>\d{3})
    | (?P<century>\d{2})
    """,
    re.VERBOSE,
)


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return dt.date(year, 2, 29)
    return dt.date(year, month, _MONTH_DAYS[month])


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after the month of ``day``.

    >>> add_months(dt.date(2024, 11, 20), 3)
    datetime.date(2025, 2, 1)
    """
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _season_of(day: dt.date) -> tuple[int, str]:
    """The (year, code) of the meteorological season containing ``day``; December opens winter."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, _SEASON_CODES[(day.month - 3) // 3]


def canonical_span(day: dt.date, granularity: Granularity) -> tuple[dt.date, dt.date]:
    """The inclusive (start, end) of the calendar unit of ``granularity`` that contains ``day``.

    >>> canonical_span(dt.date(2025, 4, 23), Granularity.WEEK)
    (datetime.date(2025, 4, 21), datetime.date(2025, 4, 27))
    """
    g = granularity if type(granularity) is Granularity else Granularity(granularity)
    if g is _DAY:
        return day, day
    if g is _MONTH:
        return dt.date(day.year, day.month, 1), month_end(day.year, day.month)
    if g is _YEAR:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if g is _WEEK:
        start = day - dt.timedelta(days=day.weekday())
        return start, start + _SIX_DAYS
    if g is _QUARTER:
        first = 3 * ((day.month - 1) // 3) + 1
        return dt.date(day.year, first, 1), month_end(day.year, first + 2)
    if g is _HALF:
        first = 1 if day.month <= 6 else 7
        return dt.date(day.year, first, 1), month_end(day.year, first + 5)
    if g is _SEASON:
        year, code = _season_of(day)
        start = dt.date(year, _SEASON_START_MONTH[code], 1)
        return start, add_months(start, 3) - dt.timedelta(days=1)
    size = 100 if g is Granularity.CENTURY else 10
    first = day.year - day.year % size
    return dt.date(max(first, 1), 1, 1), dt.date(first + size - 1, 12, 31)


def weekend_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Saturday and Sunday of the ISO week of ``day``.

    >>> weekend_of(dt.date(2025, 4, 16))
    (datetime.date(2025, 4, 19), datetime.date(2025, 4, 20))
    """
    saturday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=5)
    return saturday, saturday + dt.timedelta(days=1)


def run_timex(start: dt.date, end: dt.date, granularity: Granularity) -> str:
    """The TIMEX3 value of a run of whole units: one unit's value, a weekend's
    ``2025-W16-WE``, or the ISO 8601 interval of the first and last unit.

    >>> run_timex(dt.date(2025, 4, 19), dt.date(2025, 4, 20), Granularity.DAY)
    '2025-W16-WE'
    """
    first, last = timex_of(start, granularity), timex_of(end, granularity)
    if first == last:
        return first
    if granularity is Granularity.DAY and (start, end) == weekend_of(start):
        iso = start.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}-WE"
    return f"{first}/{last}"


def timex_of(day: dt.date, granularity: Granularity) -> str:
    """The TIMEX3 value of the unit of ``granularity`` containing ``day``.

    >>> timex_of(dt.date(2025, 4, 23), Granularity.WEEK)
    '2025-W17'
    >>> timex_of(dt.date(2024, 8, 1), Granularity.QUARTER)
    '2024-Q3'
    """
    g = granularity if type(granularity) is Granularity else Granularity(granularity)
    if g is Granularity.DAY:
        return day.isoformat()
    if g is Granularity.WEEK:
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if g is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if g is Granularity.QUARTER:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if g is Granularity.HALF:
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if g is Granularity.SEASON:
        year, code = _season_of(day)
        return f"{year:04d}-{code}"
    if g is Granularity.YEAR:
        return f"{day.year:04d}"
    if g is Granularity.CENTURY:
        return f"{day.year // 100:02d}"
    return f"{day.year // 10:03d}"


def parse_timex(value: str) -> tuple[dt.date, dt.date, Granularity] | None:
    """The inclusive span and granularity a TIMEX3 calendar value names, or ``None``.

    Vague values (``PRESENT_REF``), durations (``P3Y``) and values with unknown
    parts (``1998-12-XX``) name no span.

    >>> parse_timex("2025-W17")
    (datetime.date(2025, 4, 21), datetime.date(2025, 4, 27), <Granularity.WEEK: 'week'>)
    >>> parse_timex("PRESENT_REF") is None
    True
    """
    if not isinstance(value, str):
        return None
    if value.count("/") == 1:  # a run of units: "2024-05-02/2024-05-03"
        first, last = (parse_timex(part) for part in value.split("/"))
        if first is None or last is None or first[2] != last[2] or first[0] > last[0]:
            return None
        return first[0], last[1], first[2]
    match = _TIMEX.fullmatch(value)
    if match is None:
        return None
    try:
        return _span_of_match(match)
    except ValueError:
        return None


def _span_of_match(m: re.Match[str]) -> tuple[dt.date, dt.date, Granularity]:
    if m["decade"] is not None:
        first = int(m["decade"]) * 10
        g = Granularity.DECADE
        anchor = dt.date(max(first, 1), 1, 1)
    elif m["century"] is not None:
        g, anchor = Granularity.CENTURY, dt.date(max(int(m["century"]) * 100, 1), 1, 1)
    else:
        year = int(m["year"])
        if m["week"] is not None and m["weekend"]:
            # a weekend is a run of two days, Saturday and Sunday of the ISO week
            saturday = dt.date.fromisocalendar(year, int(m["week"]), 6)
            return saturday, saturday + dt.timedelta(days=1), Granularity.DAY
        if m["week"] is not None:
            g = Granularity.WEEK
            anchor = dt.date.fromisocalendar(year, int(m["week"]), 1)
        elif m["quarter"] is not None:
            g, anchor = Granularity.QUARTER, dt.date(year, 3 * int(m["quarter"]) - 2, 1)
        elif m["half"] is not None:
            g, anchor = Granularity.HALF, dt.date(year, 6 * int(m["half"]) - 5, 1)
        elif m["season"] is not None:
            g, anchor = Granularity.SEASON, dt.date(year, _SEASON_START_MONTH[m["season"]], 1)
        elif m["day"] is not None:
            g, anchor = Granularity.DAY, dt.date(year, int(m["month"]), int(m["day"]))
        elif m["month"] is not None:
            g, anchor = Granularity.MONTH, dt.date(year, int(m["month"]), 1)
        else:
            g, anchor = Granularity.YEAR, dt.date(year, 1, 1)
    start, end = canonical_span(anchor, g)
    return start, end, g
