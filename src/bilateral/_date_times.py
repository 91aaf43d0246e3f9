"""Times of a day and recurrences: TIMEX3's TIME ("10 p.m. Wednesday", "Tuesday evening") and
SET ("every Monday", "daily", "$5 million a year").

The handlers of the clock and recurrence forms of :mod:`bilateral._date_forms`, and the pass
of :func:`~bilateral.find_dates` that gives a day told with a part of it ("Friday night") or
with a clock time before it ("noon Thursday") its TIMEX3 TIME value. The scan itself keeps
such a day a :class:`~bilateral.DateSpan`, which is what an event's date is.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from bilateral._date_anchor import Context, Handler
from bilateral._date_words import Answer, month_number, weekday_number
from bilateral._mentions import DateMention
from bilateral._model import DateSpan
from bilateral._model_time import Recurrence, TimeOfDay
from bilateral._regex import lazy_regex
from bilateral._vocab import Granularity

__all__ = ["HANDLERS", "per_unit", "timed"]

#: "every day", "per year", "daily": once in each such unit (TIMEX3 writes a quarter Q)
_EACH = {
    "hour": "PT1H",
    "day": "P1D",
    "week": "P1W",
    "month": "P1M",
    "quarter": "P1Q",
    "year": "P1Y",
    "morning": "XXXX-XX-XXTMO",
    "afternoon": "XXXX-XX-XXTAF",
    "evening": "XXXX-XX-XXTEV",
    "night": "XXXX-XX-XXTNI",
}
_ADVERB = {
    "hourly": "hour",
    "daily": "day",
    "nightly": "night",
    "weekly": "week",
    "monthly": "month",
    "quarterly": "quarter",
    "annually": "year",
    "yearly": "year",
}
#: TIMEX3 parts of a day
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def _h_set(m: re.Match[str], ctx: Context, text: str) -> Answer:
    if m["set_wd"]:
        timex = f"XXXX-WXX-{weekday_number(m['set_wd']) + 1}"
    elif m["set_mon"]:
        timex = f"XXXX-{month_number(m['set_mon']):02d}"
    else:
        unit = (
            m["set_unit"] or m["set_per"] or _ADVERB.get((m["set_adv"] or "").lower(), "")
        ).lower()
        timex = _EACH[unit]
    value = Recurrence(timex=timex, text=text)
    return (value, value.timex, None)


def _h_wds(m: re.Match[str], ctx: Context, text: str) -> Answer:
    """ "on Mondays" is XXXX-WXX-1; "Tuesday nights" XXXX-WXX-2TNI."""
    part = _PARTS[m["wds_part"].lower()] if m["wds_part"] else ""
    value = Recurrence(
        timex=f"XXXX-WXX-{weekday_number(m['wds']) + 1}" + (f"T{part}" if part else ""), text=text
    )
    return (value, value.timex, None)


def per_unit(ctx: Context, start: int, unit: str, text: str) -> Answer:
    """ "$5 million a year", "twice a day", "fifty flights a week": a rate, TIMEX3 SET; else
    ``None``, as "a year" alone is a duration or nothing."""
    if unit not in _EACH or _RATE_BEFORE().search(ctx.text, max(0, start - 24), start) is None:
        return None
    value = Recurrence(timex=_EACH[unit], text=text)
    return (value, value.timex, None)


#: the word before "a year" that makes it a rate: a number, an amount, "twice", a count noun
_RATE_BEFORE = lazy_regex(
    r"(?:\d%?|\b(?:once|twice|times|million|billion|thousand|hundred|percent|dozen)"
    r"|\b(?!(?:is|was|has|its|his|this|us|as|does|yes|thus|plus|less|unless|gas|bus)\b)"
    r"[a-z]+[^s\W]s)"
    r"[ \t]+$",
    re.IGNORECASE,
)


def _h_clk(m: re.Match[str], ctx: Context, text: str) -> Answer:
    word = (m["clk_word"] or "").lower()
    if word:
        time = "24" if word == "midnight" else "12:00"
    else:
        hour = int(m["clk_h"])
        if not 1 <= hour <= 12:
            return None
        late = m["clk_ap"].lower() == "p" if m["clk_ap"] else m["clk_part"].lower() != "morning"
        if late and hour < 12:
            hour += 12
        elif not late and hour == 12:
            hour = 0
        time = f"{hour:02d}:{m['clk_m'] or '00'}"
    value = TimeOfDay(day=_told_day(ctx), time=time, text=text)
    return (value, value.timex, None)


def _told_day(ctx: Context) -> dt.date:
    """The day a time told alone is on: the last day told, else the publication day."""
    anchor = ctx.last(Granularity.DAY)
    return anchor.start if anchor is not None and anchor.start == anchor.end else ctx.ref


_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1}
#: a noun after "the morning" makes it a modifier ("the morning session"): no time told
_NOUN_AFTER = lazy_regex(
    r"[ \t]+(?!(?:and|or|but|when|as|to|in|on|at|for|with|before|after|that|which|is|was|"
    r"will|has|had|of)\b)[a-z]"
)


def _h_pod(m: re.Match[str], ctx: Context, text: str) -> Answer:
    if not m["pod_day"] and _NOUN_AFTER().match(ctx.text, m.end()):
        return None
    if m["pod_day"]:
        day = ctx.ref + _DAY_WORDS[m["pod_day"].lower()] * dt.timedelta(days=1)
    else:
        day = _told_day(ctx)
    value = TimeOfDay(day=day, time=_PARTS[m["pod"].lower()], text=text)
    return (value, value.timex, None)


#: form -> its handler (the clock and recurrence forms of bilateral._date_forms)
HANDLERS: dict[str, Handler] = {"set": _h_set, "wds": _h_wds, "clk": _h_clk, "pod": _h_pod}

_PART_AT_END = lazy_regex(r"\b(morning|afternoon|evening|night|tonight)$", re.IGNORECASE)
_PART_ENDS = frozenset(("ing", "oon", "ght"))  # morning, evening, afternoon, night
_CLOCK_GAP = lazy_regex(r"[ \t]*,?[ \t]*")
_DAY = Granularity.DAY


def timed(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """TIMEX3 TIME values: a day told with a part of it ("Friday night", "this morning") is
    that part of the day; a clock time right before a day ("10 p.m. Wednesday") is that time
    of the day, one mention."""
    out: list[DateMention] = []
    prev: DateMention | None = None
    for m in mentions:
        day = m.value
        if type(day) is not DateSpan or day.start != day.end or day.granularity is not _DAY:
            out.append(m)  # most mentions: no single day, nothing to join or to narrow
            prev = m
            continue
        if (
            day is not None
            and prev is not None
            and isinstance(prev.value, TimeOfDay)
            and _CLOCK_GAP().fullmatch(text, prev.end, m.start)
        ):
            span = text[prev.start : m.end]
            value = TimeOfDay(day=day.start, time=prev.value.time, text=span)
            out[-1] = prev = DateMention(
                text=span, start=prev.start, end=m.end, value=value, timex=value.timex
            )
            continue
        part = _PART_AT_END().search(m.text) if m.text[-3:].lower() in _PART_ENDS else None
        if part is not None:
            value = TimeOfDay(day=day.start, time=_PARTS[part.group(1).lower()], text=m.text)
            m = attrs.evolve(m, value=value, timex=value.timex)
        out.append(m)
        prev = m
    return out
