"""Dates told from another date: "the day before Christmas", "the week of March 6"; and
dates told approximately: "around Nov. 1".

TIMEX3 marks the whole phrase as one expression whose value is counted from the date inside
it: "the day after May 2" is ``…-05-03``, "the week of March 6" the ISO week of that day.
"""

from __future__ import annotations

import re

from bilateral._date_words import DAY, unit_span
from bilateral._mentions import DateMention
from bilateral._model import DateSpan
from bilateral._regex import lazy_regex
from bilateral._vocab import DateMod, Granularity

__all__ = ["join_nested", "nest", "nested_prefix"]

#: the words before a day that count from it; or an approximator before a date
_NEST = lazy_regex(
    r"\b(?:the[ \t]+(?P<unit>day|week)[ \t]+(?P<rel>before|after|of)[ \t]+(?:the[ \t]+)?"
    r"|(?P<apx>around|approximately|roughly)[ \t]+)$",
    re.IGNORECASE,
)
_SHIFT = {"before": -1, "after": 1, "of": 0}


def nested_prefix(text: str, start: int) -> re.Match[str] | None:
    """ "the day before " ending at ``start``, or ``None`` (a cheap test first: this runs for
    every day found)."""
    if start < 7 or text[start - 1] not in " \t":
        return None
    return _NEST().search(text, max(0, start - 30), start)


def nest(prefix: re.Match[str], span: DateSpan, text: str) -> DateSpan | None:
    """The span ``prefix`` names, counted from the day ``span``; ``None`` when the phrase names
    no date ("the day of the vote": the day itself is the date).

    >>> import datetime as dt
    >>> day = DateSpan(start=dt.date(2000, 3, 6), end=dt.date(2000, 3, 6),
    ...                granularity=Granularity.DAY)
    >>> nest(nested_prefix("the week of March 6", 12), day, "the week of March 6").timex
    '2000-W10'
    """
    if prefix["apx"]:  # "around Nov. 1": the date, approximately (TIMEX3 mod APPROX)
        if span.mod is not None:
            return None
        return DateSpan(
            start=span.start,
            end=span.end,
            granularity=span.granularity,
            text=text,
            mod=DateMod.APPROX,
        )
    if span.granularity is not Granularity.DAY or span.start != span.end:
        return None
    unit, step = prefix["unit"].lower(), _SHIFT[prefix["rel"].lower()]
    try:
        if unit == "day":
            if not step:
                return None
            return unit_span(span.start + step * DAY, Granularity.DAY, text)
        return unit_span(span.start + 7 * step * DAY, Granularity.WEEK, text)
    except OverflowError:
        return None


def join_nested(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Each day told after "the day before", "the week of" … becomes one mention of the phrase."""
    out: list[DateMention] = []
    for m in mentions:
        value = m.value
        prefix = nested_prefix(text, m.start) if isinstance(value, DateSpan) else None
        if (
            prefix is not None
            and isinstance(value, DateSpan)
            and (not out or out[-1].end <= prefix.start())
            and not (prefix["apx"] and text[m.end : m.end + 2] in ("'s", "’s"))
        ):  # "get around Wednesday's ruling": "around" goes with the noun, no approximation
            span = nest(prefix, value, text[prefix.start() : m.end])
            if span is not None:
                m = DateMention(
                    text=span.text or "",
                    start=prefix.start(),
                    end=m.end,
                    value=span,
                    timex=span.timex,
                    tense=m.tense,
                )
        out.append(m)
    return out
