"""Named days whose date is a rule of the calendar: "Thanksgiving", "Christmas Eve", "Easter
Monday", "Election Day" (``data/date_holidays.tsv``).

The year is chosen as for a month: "last Thanksgiving" is the latest before the reference
day, "next Christmas" the first after it; otherwise the tense of the sentence decides, and
with no tense the nearest one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from bilateral._date_anchor import Context, Handler, direction_of
from bilateral._date_words import DAY, Answer, ans, one_space, unit_span
from bilateral._tables import read_tsv
from bilateral._vocab import Granularity

__all__ = ["HANDLERS", "easter", "holiday_names", "holiday_on"]


@functools.cache
def holiday_names() -> dict[str, str]:
    """name -> rule of ``date_holidays.tsv`` (shared: callers must not change it).

    >>> holiday_names()["thanksgiving"]
    '4-4-11'
    """
    return {r["name"]: r["rule"] for r in read_tsv("date_holidays.tsv")}


def easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday of ``year`` (the anonymous Gregorian computus).

    >>> easter(2024), easter(2000)
    (datetime.date(2024, 3, 31), datetime.date(2000, 4, 23))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month, day = divmod(h + n - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_on(rule: str, year: int) -> dt.date:
    """The day a rule of ``date_holidays.tsv`` gives in ``year``.

    >>> holiday_on("4-4-11", 1999), holiday_on("election", 1998), holiday_on("easter-2", 2024)
    (datetime.date(1999, 11, 25), datetime.date(1998, 11, 3), datetime.date(2024, 3, 29))
    """
    if rule.startswith("easter"):
        return easter(year) + int(rule[6:]) * DAY
    if rule == "election":
        first = dt.date(year, 11, 1)
        monday = first + ((0 - first.weekday()) % 7) * DAY
        return monday + DAY
    parts = rule.rsplit("-", 2)
    if len(parts) == 2:
        return dt.date(year, int(parts[0]), int(parts[1]))
    n, weekday, month = int(parts[0]), int(parts[1]) - 1, int(parts[2])
    if n > 0:
        first = dt.date(year, month, 1)
        return first + ((weekday - first.weekday()) % 7 + 7 * (n - 1)) * DAY
    last = dt.date(year + month // 12, month % 12 + 1, 1) - DAY
    return last - ((last.weekday() - weekday) % 7) * DAY


def _h_hol(m: re.Match[str], ctx: Context, text: str) -> Answer:
    name = m["hol"]
    if not name[0].isupper():
        return None  # "christmas" in lower case is not the day
    rule = holiday_names()[one_space(name.lower()).replace("’", "'")]
    ref = ctx.ref
    days = [holiday_on(rule, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    rel = (m["hol_rel"] or "").lower()
    tense = None
    if m["hol_wk"] and not rel:
        # "as Easter week began": the week of the day that holds the reference day is this one
        weeks = [unit_span(d, Granularity.WEEK, text) for d in days]
        current = [w for w in weeks if w.start <= ref <= w.end]
        if current:
            return ans(current[0])
    if rel == "last":
        day = max(d for d in days if d < ref)
    elif rel == "next":
        day = min(d for d in days if d > ref)
    elif rel == "this":
        day = days[1]
    else:
        tense = ctx.tense_at(m.start(), m.end())
        direction = direction_of(tense, 0)
        if direction < 0:
            day = max(d for d in days if d <= ref)
        elif direction > 0:
            day = min(d for d in days if d >= ref)
        else:
            day = min(days, key=lambda d: abs((d - ref).days))
    g = Granularity.WEEK if m["hol_wk"] else Granularity.DAY
    return ans(unit_span(day, g, text), tense)


#: form -> its handler (the named days of bilateral._date_forms)
HANDLERS: dict[str, Handler] = {"hol": _h_hol}
