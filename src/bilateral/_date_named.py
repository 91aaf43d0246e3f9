"""Handlers of the forms that name their calendar unit: a day ("May 2", "2024-05-02",
"the 14th"), a month, a season, a quarter or half, a decade, a year.

Where the text leaves the year open, the tense of the sentence, a date told before it in the
sentence, or the nearest such day decides.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from bilateral._calendar import canonical_span
from bilateral._date_anchor import Context, Handler, direction_of
from bilateral._date_holidays import holiday_names
from bilateral._date_words import (
    DAY,
    REL_OFFSET,
    Answer,
    G,
    M,
    T,
    ans,
    month_number,
    number_of,
    part_mod,
    season_start,
    unit_span,
    weekday_number,
    word_table,
)
from bilateral._model import DateSpan
from bilateral._regex import lazy_regex
from bilateral._vocab import Granularity
from bilateral._words import month_words, weekday_words

__all__ = ["HANDLERS"]


def _h_iso(m: re.Match[str], ctx: Context, text: str) -> Answer:
    day = dt.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return ans(unit_span(day, G.DAY, text))


def _h_num(m: re.Match[str], ctx: Context, text: str) -> Answer:
    a, b, y = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    day = dt.date(y, a, b) if a <= 12 else dt.date(y, b, a)  # US month/day unless impossible
    return ans(unit_span(day, G.DAY, text))


def _month_day(
    ctx: Context,
    m: re.Match[str],
    month: int,
    day: int,
    year: str | None,
    weekday: int | None = None,
) -> Answer:
    text = m.group()
    if year:
        return ans(unit_span(dt.date(int(year), month, day), G.DAY, text))
    ref = ctx.ref
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(dt.date(y, month, day))
        except ValueError:
            continue
    if weekday is not None and (named := [c for c in candidates if c.weekday() == weekday]):
        # "Monday, Oct. 26": the year in which that day is a Monday
        chosen = min(named, key=lambda c: abs((c - ref).days))
        return ans(unit_span(chosen, G.DAY, text))
    if not candidates:
        return None
    anchor = ctx.last(G.MONTH, same_sentence_as=m.start())
    if anchor is not None and anchor.granularity is G.MONTH and anchor.start.month == month:
        # "in October last year …, spoke on Oct. 3": the month told with its year decides
        named = [c for c in candidates if c.year == anchor.start.year]
        if named:
            return ans(unit_span(named[0], G.DAY, text))
    tense = None if _is_dateline(ctx, m) else ctx.tense_at(m.start(), m.end())
    direction = direction_of(tense, 0)
    nearest = min(candidates, key=lambda c: abs((c - ref).days))
    if direction > 0:
        after = [c for c in candidates if c >= ref]
        chosen = min(after) if after else max(candidates)
    elif direction < 0:
        before = [c for c in candidates if c <= ref]
        chosen = max(before) if before else min(candidates)
    else:
        chosen = nearest
    if abs((chosen - ref).days) > 200 and abs((nearest - ref).days) < 60:
        # "Jan. 14" in a story of Jan. 15, "March 12" in one of Feb. 16: a day almost a year
        # away, when one of the same season is at hand, is a misread tense
        chosen, direction = nearest, 0
    return ans(unit_span(chosen, G.DAY, text), tense if direction else None)


_DATELINE_CITY = lazy_regex(r"[A-Z][A-Z .’'-]*,\s*")
_DATE_AFTER_MAY = lazy_regex(r"\s*(?:[,.;]|\d|$)")


def _is_dateline(ctx: Context, m: re.Match[str]) -> bool:
    """A dateline: "SEOUL, April 16 (Yonhap) --" at the start of a line."""
    after = ctx.text[m.end() : m.end() + 3]
    line = ctx.text[max(0, m.start() - 60) : m.start()].rsplit("\n", 1)[-1]
    return after.lstrip().startswith(("(", "—", "–", "--", "-")) or bool(
        _DATELINE_CITY().fullmatch(line)
    )


def _h_mdy(m: re.Match[str], ctx: Context, text: str) -> Answer:
    word = m["mdy_mon"]
    if word.islower() and word in ("may", "march", "mar", "jan", "sept", "sep"):
        return None
    weekday = weekday_number(m["mdy_wd"]) if m["mdy_wd"] else None
    answer = _month_day(ctx, m, month_number(word), int(m["mdy_d"]), m["mdy_y"], weekday)
    return _through(answer, m["mdy_d2"], m["mdy_to"])


def _through(answer: Answer, last_day: str | None, joint: str | None = None) -> Answer:
    """ "May 2-3", "May 6 to 8": the first day's answer run on to the range's last day
    ("May 6 and 7" only when the days are consecutive)."""
    if answer is None or last_day is None or not isinstance(answer[0], DateSpan):
        return answer
    first = answer[0]
    try:
        end = first.start.replace(day=int(last_day))
    except ValueError:
        return answer
    if end <= first.start or (joint == "and" and (end - first.start).days != 1):
        return answer
    span = DateSpan(start=first.start, end=end, granularity=G.DAY, text=first.text)
    return (span, None, answer[2])


def _h_dmy(m: re.Match[str], ctx: Context, text: str) -> Answer:
    word = m["dmy_mon"]
    if word.islower() and word in ("may", "march", "mar", "jan", "sept", "sep"):
        return None
    answer = _month_day(ctx, m, month_number(word), int(m["dmy_d0"] or m["dmy_d"]), m["dmy_y"])
    return _through(answer, m["dmy_d"] if m["dmy_d0"] else None, m["dmy_to"])


def _h_my(m: re.Match[str], ctx: Context, text: str) -> Answer:
    year = int(m["my_y"]) if m["my_y"] else ctx.ref.year + REL_OFFSET[m["my_rel"].lower()]
    mod = part_mod(m["my_pre"])
    return ans(unit_span(dt.date(year, month_number(m["my_mon"]), 1), G.MONTH, text, mod))


def _h_sy(m: re.Match[str], ctx: Context, text: str) -> Answer:
    code = word_table()[m["sy_se"].lower()][1]
    span = unit_span(season_start(code, int(m["sy_y"])), G.SEASON, text, part_mod(m["sy_pre"]))
    return ans(span)


#: how long after a quarter or half closes its results are still told as to come
_REPORTING_DAYS = 92


def _ordinal_unit(
    ctx: Context, m: re.Match[str], n: int, g: Granularity, year: int | None
) -> Answer:
    months = 3 if g is G.QUARTER else 6
    if n * months > 12:
        return None
    tense = None
    if year is None:
        anchor = ctx.last(G.YEAR, same_sentence_as=m.start())
        if anchor is not None and anchor.granularity is G.YEAR and ctx.given is None:
            year = anchor.start.year  # "the first half" after "2024" in the same sentence
        else:
            tense = ctx.tense_at(m.start(), m.end())
            year = ctx.ref.year
            first = dt.date(year, (n - 1) * months + 1, 1)
            last = canonical_span(first, g)[1]
            if tense is T.FUTURE:
                # results are told after the period closes: "expects to report a third-quarter
                # loss" in October is the quarter just ended, not next year's
                if last < ctx.ref and (ctx.ref - last).days > _REPORTING_DAYS:
                    year += 1
            elif first > ctx.ref:
                year -= 1
    day = dt.date(year, (n - 1) * months + 1, 1)
    return ans(unit_span(day, g, m.group()), tense)


def _h_qq(m: re.Match[str], ctx: Context, text: str) -> Answer:
    g = G.QUARTER if m["qq_letter"].upper() == "Q" else G.HALF
    if m["qq_letter"].islower():
        return None
    year = m["qq_y1"] or m["qq_y2"]
    return _ordinal_unit(ctx, m, int(m["qq_n"]), g, int(year) if year else None)


def _h_q(m: re.Match[str], ctx: Context, text: str) -> Answer:
    g = G.QUARTER if m["q_unit"].lower() == "quarter" else G.HALF
    if m["q_end"]:  # "the first two quarters of 1990": a half
        g, n = G.HALF, 1 if m["q_end"].lower() == "first" else 2
    elif m["q_last"]:  # "the last half of 1989": the last of the year's
        n = 4 if g is G.QUARTER else 2
    else:
        n = int(word_table()[m["q_ord"].lower()][1])
    year: int | None = None
    if m["q_y1"] or m["q_y2"]:
        year = int(m["q_y1"] or m["q_y2"])
    rel = (m["q_rel1"] or m["q_rel2"] or "").lower()
    if rel:
        year = ctx.ref.year + REL_OFFSET.get(rel, 0)
    answer = _ordinal_unit(ctx, m, n, g, year)
    if m["q_ago"] and answer is not None and isinstance(answer[0], DateSpan):
        # "the year-ago third quarter": that quarter a year before the one reported
        start = answer[0].start.replace(year=answer[0].start.year - 1)
        return ans(unit_span(start, g, m.group()))
    return answer


def _h_dec(m: re.Match[str], ctx: Context, text: str) -> Answer:
    if m["dec_y"]:
        first = int(m["dec_y"])
    else:
        first = 1900 + int(m["dec_s"])
        if first + 100 <= ctx.ref.year:
            first += 100
    return ans(unit_span(dt.date(first, 1, 1), G.DECADE, text, part_mod(m["dec_pre"])))


_DECADE_WORDS = {"forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8}
#: words that make "in the nineties" a temperature or an age, not a decade
_NOT_DECADE = lazy_regex(r"\b(?:degrees?|temperatures?|highs?|lows?|fahrenheit|aged?)\b", re.I)


def _h_decw(m: re.Match[str], ctx: Context, text: str) -> Answer:
    s, e = ctx.sentence(m.start())
    if _NOT_DECADE().search(ctx.text, s, e):
        return None
    first = 1900 + 10 * _DECADE_WORDS.get(m["decw"].lower(), 9)
    return ans(unit_span(dt.date(first, 1, 1), G.DECADE, text, part_mod(m["decw_pre"])))


def _h_cen(m: re.Match[str], ctx: Context, text: str) -> Answer:
    """ "the 20th century" is TIMEX3 ``19`` (1900-1999); "this century" that of the reference."""
    if m["cen_n"]:
        n = int(m["cen_n"])
        if not 1 <= n <= 21:
            return None
        first = (n - 1) * 100
    else:
        first = (ctx.ref.year // 100 + REL_OFFSET[m["cen_rel"].lower()]) * 100
    start = dt.date(max(first, 1), 1, 1)
    return ans(unit_span(start, G.CENTURY, text, part_mod(m["cen_pre"])))


_NAME_AFTER = lazy_regex(r"[ \t]+[A-Z][a-z]+")
_DATE_LEAD = lazy_regex(
    r"\b(?:in|since|until|till|by|from|of|during|before|after|through|throughout|early|late|mid"
    r"|last|next|this|coming|past|between|and|to|or|on)[ \t]+$",
    re.IGNORECASE,
)


def _is_given_name(text: str, start: int, end: int) -> bool:
    """A month name used as a given name: a capitalised word follows it and no word that
    leads a date precedes it ("Minister January Makamba", not "in January Xi visited")."""
    after = _NAME_AFTER().match(text, end)
    if after is None or _month_or_weekday(after.group().strip()):
        return False
    return _DATE_LEAD().search(text, max(0, start - 12), start) is None


def _month_or_weekday(word: str) -> bool:
    """A month's full name or a weekday word ("Tues" too, but not "Mar")."""
    low = word.lower()
    return low in month_words("name") or low in weekday_words()


def _h_mon(m: re.Match[str], ctx: Context, text: str) -> Answer:
    word = m["mon"]
    rel = (m["mon_rel"] or "").lower()
    if word.lower() in ("may", "march") and not word[0].isupper():
        return None
    if word == "May" and not (rel or m["mon_pre"]) and _may_is_modal(ctx, m):
        return None
    if not (rel or m["mon_pre"]) and _is_given_name(ctx.text, m.start(), m.end()):
        return None  # "Minister January Makamba", "April Ryan said"
    month = month_number(word)
    ref = ctx.ref
    tense = None
    if rel in ("last", "past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif rel in ("next", "coming"):
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        year = ref.year
    else:
        tense = ctx.tense_at(m.start(), m.end())
        direction = direction_of(tense, 0)
        year = ref.year
        if tense is T.PRESENT:  # the nearest
            if month - ref.month > 6:
                year -= 1
            elif ref.month - month > 6:
                year += 1
        elif direction > 0 and month < ref.month:
            year += 1
        elif direction < 0 and month > ref.month:
            year -= 1
        tense = tense if direction or tense is T.PRESENT else None
    return ans(unit_span(dt.date(year, month, 1), G.MONTH, text, part_mod(m["mon_pre"])), tense)


def _may_is_modal(ctx: Context, m: re.Match[str]) -> bool:
    """'May' opening a sentence before a verb-like word is the modal, not the month."""
    s, _ = ctx.sentence(m.start())
    nxt = ctx.text[m.end() : m.end() + 12].lower()
    return s == m.start() and not _DATE_AFTER_MAY().match(nxt)


def _h_fy(m: re.Match[str], ctx: Context, text: str) -> Answer:
    year = int(m["fy"]) if m["fy"] else _two_digit_year(m["fy2"], ctx.ref)
    return ans(unit_span(dt.date(year, 1, 1), G.YEAR, text))


def _two_digit_year(digits: str, ref: dt.date) -> int:
    """ "'98", "FY25": the year of those last two digits nearest the reference, looking back
    more than ahead (no later than ten years after it)."""
    if len(digits) == 4:
        return int(digits)
    year = ref.year - ref.year % 100 + int(digits)
    return year - 100 if year > ref.year + 10 else year


#: the words that open a year on one side: "post-1959", "1994 or later", "1990 or so"
_OPEN_YEAR = {
    "post": M.AFTER,
    "pre": M.BEFORE,
    "later": M.AFTER,
    "after": M.AFTER,
    "beyond": M.AFTER,
    "earlier": M.BEFORE,
    "before": M.BEFORE,
    "so": M.APPROX,
}


#: a capitalised word right before a year ("Orion 1980", "Vision 2030")
_NAME_WORD = lazy_regex(r"\b([A-Z][a-z]+)[ \t]+$")


def _in_name(ctx: Context, m: re.Match[str]) -> bool:
    """A year after a capitalised word inside a sentence that is no month, day or season word
    ("a venture called Orion 1980") ends a name."""
    w = _NAME_WORD().search(ctx.text, max(0, m.start() - 24), m.start())
    if w is None:
        return False
    s, _ = ctx.sentence(m.start())
    if not ctx.text[s : w.start()].strip(" \t\"“‘'(—-"):
        return False  # the sentence's first word: "In 1998", "Since 1990"
    word = w.group(1).lower()
    return not (
        word in month_words()
        or word in weekday_words()
        or word in word_table()
        or word in _holiday_words()
    )


@functools.cache
def _holiday_words() -> frozenset[str]:
    return frozenset(w for name in holiday_names() for w in name.split())


def _h_yr(m: re.Match[str], ctx: Context, text: str) -> Answer:
    if m["yr"] and not (m["yr_pre"] or m["yr_pp"]) and _in_name(ctx, m):
        return None
    side = m["yr_pp"] or (m["yr_post"].split()[-1] if m["yr_post"] else "")
    mod = _OPEN_YEAR.get(side.lower()) or part_mod(m["yr_pre"])
    year = int(m["yr"]) if m["yr"] else _two_digit_year(m["yr_ap"], ctx.ref)
    span = unit_span(dt.date(year, 1, 1), G.YEAR, text, mod)
    if m["yr_to"]:
        last = year - year % 100 + int(m["yr_to"])
        if last != year + 1 or mod is not None:
            return None  # "1990-95" is no pair of consecutive years: not read as one
        return ans(
            DateSpan(start=span.start, end=dt.date(last, 12, 31), granularity=G.YEAR, text=text)
        )
    return ans(span)


_ON_BEFORE = lazy_regex(r"\bon[ \t]+$", re.IGNORECASE)


def _h_dom(m: re.Match[str], ctx: Context, text: str) -> Answer:
    """ "on the 14th": that day of this month, the last or the next, as the tense says;
    the nearest one when nothing does."""
    if not _ON_BEFORE().search(ctx.text, max(0, m.start() - 4), m.start()):
        return None
    d = int(m["dom_d"])
    ref = ctx.ref
    first = ref.replace(day=1)
    months = [(first - DAY).replace(day=1), first, (first + 32 * DAY).replace(day=1)]
    days = []
    for month in months:
        try:
            days.append(month.replace(day=d))
        except ValueError:
            continue
    if not days:
        return None
    tense = ctx.tense_at(m.start(), m.end())
    direction = direction_of(tense, 0)
    if direction < 0:
        days = [x for x in days if x <= ref]
    elif direction > 0:
        days = [x for x in days if x >= ref]
    if not days:
        return None
    day = min(days, key=lambda x: (abs((x - ref).days), x > ref))
    return ans(unit_span(day, G.DAY, text), tense)


_CENTURIES = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}


def _h_spy(m: re.Match[str], ctx: Context, text: str) -> Answer:
    """A year written in words: "nineteen ninety-six" is 1996, "the year two thousand" 2000."""
    units = number_of(m["spy_u"] or m["spy_ku"] or "") or 0
    if m["spy_c"]:
        year = _CENTURIES[m["spy_c"].lower()] + (number_of(m["spy_t"]) or 0) + units
        if units and (number_of(m["spy_t"]) or 0) < 20:
            return None  # "nineteen eleven-three" is no year
    else:
        year = 2000 + units
    if m["spy_mon"]:
        return ans(unit_span(dt.date(year, month_number(m["spy_mon"]), 1), G.MONTH, text))
    if m["spy_se"]:
        code = word_table()[m["spy_se"].lower()][1]
        return ans(unit_span(season_start(code, year), G.SEASON, text))
    return ans(unit_span(dt.date(year, 1, 1), G.YEAR, text))


#: form -> its handler (the forms of bilateral._date_forms that name their unit)
HANDLERS: dict[str, Handler] = {
    "iso": _h_iso,
    "num": _h_num,
    "mdy": _h_mdy,
    "dmy": _h_dmy,
    "my": _h_my,
    "sy": _h_sy,
    "qq": _h_qq,
    "q": _h_q,
    "cen": _h_cen,
    "dec": _h_dec,
    "decw": _h_decw,
    "mon": _h_mon,
    "fy": _h_fy,
    "yr": _h_yr,
    "spy": _h_spy,
    "dom": _h_dom,
}
