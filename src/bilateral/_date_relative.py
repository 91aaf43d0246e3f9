"""Handlers of the forms counted from the publication day or from a date told before:
"next week", "three days later", "on Wednesday", "the following May", "the year-ago
quarter", durations ("for two weeks") and vague references ("now").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from bilateral._calendar import add_months, canonical_span
from bilateral._date_anchor import Context, Handler, direction_of
from bilateral._date_times import per_unit
from bilateral._date_words import (
    DAY,
    REL_OFFSET,
    UNIT_GRANULARITY,
    UNIT_ISO,
    Answer,
    G,
    M,
    T,
    ans,
    month_number,
    number_of,
    one_space,
    part_mod,
    season_start,
    shift,
    trie,
    unit_of,
    unit_span,
    vague_table,
    weekday_number,
    weekend_span,
    word_table,
    words_of_kind,
)
from bilateral._model import DateSpan, Duration
from bilateral._regex import lazy_regex
from bilateral._vocab import DateMod

__all__ = ["HANDLERS"]

_DAY = G.DAY

_FINANCIAL = lazy_regex(
    r"\b(?:quarter|net|profit|earnings|revenue|sales|income|loss|results|per\s+share|a\s+share)\b",
    re.IGNORECASE,
)


#: words of a span told as the comparison of a results report ("a year earlier")
_YEAR_BACK = lazy_regex(r"\b(?:ago|earlier)\b|year-(?:ago|earlier)|\blast\s+year", re.IGNORECASE)


def reported(anchor: DateSpan) -> dt.date:
    """The first day of the period a results report is about, seen from a span told in it: a
    quarter told as the year-ago comparison ("a year earlier") stands for the one a year on."""
    if anchor.text and _YEAR_BACK().search(anchor.text):
        return add_months(anchor.start, 12)
    return anchor.start


def _reporting_quarter(ctx: Context, m: re.Match[str]) -> dt.date:
    """The quarter a financial report is about: the last one mentioned (the quarter a year
    after it, when that was the year-ago comparison), else the last completed."""
    anchor = ctx.last(G.QUARTER)
    if anchor is not None and anchor.granularity is G.QUARTER and reported(anchor) <= ctx.ref:
        return reported(anchor)  # not a quarter still to come ("through the third quarter of 1990")
    return add_months(ctx.ref, -3)


_PERIODS = ("year-ago", "year-earlier", "latest")


def _h_qa(m: re.Match[str], ctx: Context, text: str) -> Answer:
    mod = one_space((m["qa_mod"] or "").lower())
    back = m["qa_ago"] or m["qa_ly"]  # "the same period last year", "last year's quarter"
    if m["qa_unit"].lower() == "period" and not (m["qa_y"] or back) and mod not in _PERIODS:
        return None
    if m["qa_y"]:  # "the 1988 period": the reported quarter in that year
        day = _reporting_quarter(ctx, m).replace(year=int(m["qa_y"]))
    elif mod == "current":
        day = ctx.ref
    elif mod in ("year-ago", "year-earlier") or back:
        day = add_months(_reporting_quarter(ctx, m), -12)
    elif mod in ("previous", "prior"):
        day = add_months(_reporting_quarter(ctx, m), -3)
    elif mod in ("latest", "just-ended", "most recent", "recent"):
        day = add_months(ctx.ref, -3)
    else:
        day = _reporting_quarter(ctx, m)
    return ans(unit_span(day, G.QUARTER, text))


#: a results period of several months ("for the nine months"); three months is a quarter
_MONTHS_PERIOD = lazy_regex(
    r"\b(?:four|five|six|seven|eight|nine|ten|eleven|[4-9]|1[01])[ \t-]+months?\b"
    r"(?![^.;]*\bquarter)",
    re.IGNORECASE,
)


def _months_compared(ctx: Context, m: re.Match[str]) -> bool:
    """ "For the nine months, net rose … from a year earlier": the comparison is with the same
    months of the year before, a span inside that year, not a quarter (no quarter told
    between)."""
    s, _ = ctx.sentence(m.start())
    return _MONTHS_PERIOD().search(ctx.text, s, m.start()) is not None


def _year_before(ctx: Context, text: str) -> Answer:
    return ans(unit_span(dt.date(ctx.ref.year - 1, 1, 1), G.YEAR, text))


def _h_ya(m: re.Match[str], ctx: Context, text: str) -> Answer:
    if _months_compared(ctx, m):
        return _year_before(ctx, text)
    anchor = ctx.last(G.QUARTER, same_sentence_as=m.start())
    if anchor is not None and anchor.granularity in (G.QUARTER, G.HALF, G.MONTH):
        return ans(unit_span(add_months(reported(anchor), -12), anchor.granularity, text))
    if is_financial(ctx, m):
        return ans(unit_span(add_months(ctx.ref, -15), G.QUARTER, text))
    return _year_before(ctx, text)


def _h_ye(m: re.Match[str], ctx: Context, text: str) -> Answer:
    """ "year-end": the year with mod late; after "since", the last year-end before."""
    rel = (m["ye_rel"] or "").lower()
    if rel:
        year = ctx.ref.year + REL_OFFSET[rel]
    else:
        past = ctx.tense_at(m.start(), m.end()) is T.PAST and ctx.before(m.start()).endswith(
            "since "
        )
        year = ctx.ref.year - 1 if past else ctx.ref.year
    return ans(unit_span(dt.date(year, 1, 1), G.YEAR, text, M.LATE))


def is_financial(ctx: Context, m: re.Match[str]) -> bool:
    """A results sentence ("net rose … from a year ago") compares with a reporting quarter."""
    s, e = ctx.sentence(m.start())
    return _FINANCIAL().search(ctx.text, s, e) is not None


#: "the year ended March 31": a twelve-month period closing on a day, not a calendar year
_ENDED = lazy_regex(r"[ \t]+(?:that[ \t]+)?(?:ended|ending|ends|to[ \t]+(?=[A-Z]))", re.IGNORECASE)


def _h_fyr(m: re.Match[str], ctx: Context, text: str) -> Answer:
    if _ENDED().match(ctx.text, m.end()):
        return _duration_answer(1, "year", None, text)
    if not m["fyr"] and not is_financial(ctx, m):
        return None
    return ans(unit_span(ctx.ref, G.YEAR, text))


#: a word after "the summer" that makes it part of a name or a modifier of a noun
_NOUN_AFTER = lazy_regex(
    r"[ \t]+(?:of\b|(?!(?:and|or|but|when|as|to|in|on|at|for|with|before|after|that|which|is|"
    r"was|will|has|had|months|weeks)\b)[a-z])"
)


def _season_span(code: str, ref: dt.date, offset: int, text: str, mod: DateMod | None) -> DateSpan:
    """This (0), last (-1) or next (+1) season of ``code`` seen from ``ref``."""
    starts = [season_start(code, y) for y in range(ref.year - 2, ref.year + 2)]
    spans = [canonical_span(s, G.SEASON) for s in starts]
    if offset < 0:
        start = max(s for s, e in spans if e < ref)
    elif offset > 0:
        start = min(s for s, e in spans if s > ref)
    else:
        containing = [s for s, e in spans if s <= ref <= e]
        start = containing[0] if containing else season_start(code, ref.year)
    return unit_span(start, G.SEASON, text, mod)


#: a preposition before "the next week", "the past year": a length of time ("over the past year")
_OVER_BEFORE = lazy_regex(r"\b(?:over|during|for|within|in|throughout)\s+$")


def _h_rel(m: re.Match[str], ctx: Context, text: str) -> Answer:
    if m["rel_unit"][0].isupper() and ctx.text[m.start() - 1 : m.start()] in ('"', "“"):
        return None  # a title in quotes: ABC's "This Week", a column "Next Year"
    rel = one_space(m["rel_rel"].lower())
    if rel == "in the":
        if not (m["rel_er"] or m["rel_pre"]) or m["rel_the"]:
            return None  # "later in the year" is this year, late; "in the year" alone is not
        rel = "this"
    elif rel == "the":
        season = word_table().get(m["rel_unit"].lower(), ("",))[0] == "season"
        if season and _NOUN_AFTER().match(ctx.text, m.end()):
            return None  # "the summer of discontent", "the summer irrigation season": no date
        if not (m["rel_pre"] or season) or m["rel_the"] or m["rel_er"]:
            return None  # "the end of the month" is this month's end; "the month" is not
        rel = "this"  # "over the summer": this year's summer
    unit = m["rel_unit"].lower()
    offset = REL_OFFSET[rel]
    ref = ctx.ref
    if (
        m["rel_the"]
        and rel in ("next", "past", "last", "coming")
        and unit in UNIT_ISO
        and _OVER_BEFORE().search(ctx.before(m.start()))
    ):
        return _duration_answer(1, unit, None)
    mod = part_mod(m["rel_pre"])
    er = (m["rel_er"] or "").lower()
    if unit in word_table() and word_table()[unit][0] == "season":
        return ans(_season_span(word_table()[unit][1], ref, offset, text, mod))
    if unit == "weekend":
        return ans(weekend_span(ref + 7 * offset * DAY, text))
    g = G.DECADE if unit == "decade" else UNIT_GRANULARITY[unit]
    day = dt.date(ref.year + 10 * offset, 1, 1) if unit == "decade" else shift(ref, unit, offset)
    if er and offset == 0:
        first, last = canonical_span(day, g)
        if er == "earlier":
            return ans(unit_span(day, g, text, M.EARLY, first, max(first, ref - DAY)))
        return ans(unit_span(day, g, text, M.LATE, min(last, ref + DAY), last))
    if er:
        mod = M.EARLY if er == "earlier" else M.LATE
    return ans(unit_span(day, g, text, mod))


def _h_sea(m: re.Match[str], ctx: Context, text: str) -> Answer:
    """ "the early summer": this year's season (the one under way), with its part."""
    if _NOUN_AFTER().match(ctx.text, m.end()):
        return None  # "the late summer sales": a modifier of a noun
    code, mod = word_table()[m["sea"].lower()][1], part_mod(m["sea_pre"])
    span = _season_span(code, ctx.ref, 0, text, mod)
    tense = ctx.tense_at(m.start(), m.end())
    step = direction_of(tense, 0)
    if (step > 0 and span.end < ctx.ref) or (step < 0 and span.start > ctx.ref):
        span = _season_span(code, ctx.ref, step, text, mod)  # "will rise in late spring"
    return ans(span, tense if step else None)


def _h_wkd(m: re.Match[str], ctx: Context, text: str) -> Answer:
    tense = ctx.tense_at(m.start(), m.end())
    ref = ctx.ref
    if tense is T.FUTURE or (tense is not T.PAST and ref.weekday() >= 3):
        day = ref
    else:
        day = ref if ref.weekday() >= 5 else ref - 7 * DAY
    return ans(weekend_span(day, text), tense)


def _h_ana(m: re.Match[str], ctx: Context, text: str) -> Answer:
    if m["ana_wd"]:
        # "the previous Friday": the Friday before the day told last (else publication)
        wd = weekday_number(m["ana_wd"])
        last = ctx.last(G.DAY)
        base = last.start if last is not None and last.granularity is G.DAY else ctx.ref
        if m["ana_wrel"].lower() == "following":
            day = base + ((wd - base.weekday()) % 7 or 7) * DAY
        else:
            day = base - ((base.weekday() - wd) % 7 or 7) * DAY
        return ans(unit_span(day, G.DAY, text))
    if m["ana_mon"]:
        # "the following May": the first May after the date told last (else publication)
        month = month_number(m["ana_mon"])
        last = ctx.last(G.MONTH)
        base = last.start if last is not None else ctx.ref
        if m["ana_mrel"].lower() == "following":
            year = base.year if month > base.month else base.year + 1
        else:
            year = base.year if month < base.month else base.year - 1
        return ans(unit_span(dt.date(year, month, 1), G.MONTH, text))
    if m["ana_ba"]:
        unit, step = "day", (1 if m["ana_ba"].lower().endswith("after") else -1)
    else:
        unit = m["ana_unit"].lower()
        rel = (m["ana_rel"] or "same").lower()
        step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel, 0)
        if unit in ("morning", "afternoon", "evening", "night"):
            unit = "day"
    anchor = ctx.last(G.DAY if unit in ("day", "weekend") else UNIT_GRANULARITY[unit])
    if anchor is None:
        return (None, None, None)
    if unit == "weekend":
        return ans(weekend_span(anchor.start + 7 * step * DAY, text))
    g = UNIT_GRANULARITY[unit]
    return ans(unit_span(shift(anchor.start, unit, step), g, text))


#: half a unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M
_HALF = {
    ("Y", False): "6M",
    ("M", False): "15D",
    ("D", False): "T12H",
    ("H", True): "30M",
    ("M", True): "30S",
}


def _duration(n: float, unit: str, half: bool = False) -> str:
    letter, mult, time = UNIT_ISO[unit]
    if half and (mult != 1 or (letter, time) not in _HALF):
        n, half = n + 0.5, False  # "1 1/2 weeks": P1.5W, "2 1/2 decades": P25Y
    amount = n * mult
    number = str(int(amount)) if amount == int(amount) else str(amount)
    value = f"PT{number}{letter}" if time else f"P{number}{letter}"
    return value + _HALF[letter, time] if half else value


def _duration_answer(
    n: int, unit: str, approx: str | None, text: str | None = None, half: bool = False
) -> Answer:
    mod = M.APPROX if approx and word_table().get(approx.lower(), ("",))[0] == "approx" else None
    value = Duration(value=_duration(n, unit, half), mod=mod, text=text)
    return (value, value.timex, None)


def _some_units(unit: str, approx: str | None = None, text: str | None = None) -> Answer:
    """An unknown number of units ("several weeks", "for years"): TIMEX3 ``PXW``, ``PXY``."""
    letter, _, time = UNIT_ISO[unit]
    mod = M.APPROX if approx and word_table().get(approx.lower(), ("",))[0] == "approx" else None
    value = Duration(value=f"PTX{letter}" if time else f"PX{letter}", mod=mod, text=text)
    return (value, value.timex, None)


def _h_dps(m: re.Match[str], ctx: Context, text: str) -> Answer:
    return _some_units(unit_of(m["dps"]), None, text)


def _h_ago(m: re.Match[str], ctx: Context, text: str) -> Answer:
    n = number_of(m["ago_n"])
    unit = unit_of(m["ago_unit"])
    direction = one_space(m["ago_dir"].lower())
    if n is None:  # "several years ago": some time before; "a few days later": a few days
        return (None, "PAST_REF", None) if direction == "ago" else _some_units(unit, None, text)
    if unit == "century":
        unit, n = "year", 100 * n
    g = UNIT_GRANULARITY[unit]
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    anchor_based = direction in ("earlier", "later", "before", "after")
    if unit == "year" and n == 1 and direction in ("ago", "earlier") and _months_compared(ctx, m):
        return _year_before(ctx, text)
    if unit in ("year", "decade"):
        # "sales in the quarter rose from a year ago": that quarter a year before; a month
        # ("in early December … 41 years ago") only in a results report or after "earlier"
        anchor = ctx.last(G.QUARTER, same_sentence_as=m.start())
        if anchor is not None and anchor.granularity is G.MONTH:
            anchor = anchor if anchor_based or is_financial(ctx, m) else None
        if anchor is not None and anchor.granularity in (G.QUARTER, G.HALF, G.MONTH):
            day = shift(reported(anchor), unit, sign * n)
            return ans(unit_span(day, anchor.granularity, text))
    if unit == "year" and n == 1 and direction in ("ago", "earlier") and is_financial(ctx, m):
        return ans(unit_span(add_months(ctx.ref, -15), G.QUARTER, text))
    if anchor_based:
        anchor = ctx.last(g)
        if anchor is None:
            if direction != "earlier":
                return (None, None, None)
            base = ctx.ref
        else:
            base = anchor.start
    else:
        base = ctx.ref
    return ans(unit_span(shift(base, unit, sign * n), g, text))


#: words after "a month" that make it a length of time: "a month after the vote", "a week or two"
_SPAN_AFTER = lazy_regex(r"[ \t]+(?:after|before|or[ \t]+(?:two|more))\b", re.IGNORECASE)
#: a modal right before "one day" ("could one day lead"): an indefinite time ahead
_MODAL_BEFORE = lazy_regex(
    r"\b(?:will|would|could|might|may|can|shall|should|must)[ \t]+$|['’]ll[ \t]+$", re.I
)


def _h_dur(m: re.Match[str], ctx: Context, text: str) -> Answer:
    n = number_of(m["dur_n"])
    unit = unit_of(m["dur_unit"])
    prep = (m["dur_prep"] or "").lower()
    approx = m["dur_apx"]
    if n is None:  # "several weeks", "a few days"
        return _some_units(unit, approx, text)
    half = bool(m["dur_half"] or m["dur_half2"])  # "two and a half years", "a year and a half"
    if (
        m["dur_n"].lower() in ("a", "an")
        and not (prep or approx or m["dur_dir"] or half)
        and not _SPAN_AFTER().match(ctx.text, m.end())
    ):
        return per_unit(ctx, m.start(), unit, text)  # "$5 million a year"; else no duration
    if text.lower() == "one day" and _MODAL_BEFORE().search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        return (None, "FUTURE_REF", None)  # "Islam will one day be …": some time ahead
    if prep == "in" and not approx and not m["dur_dir"] and unit in UNIT_GRANULARITY:
        before = ctx.before(m.start())
        tense = ctx.tense_at(m.start(), m.end())
        if tense is T.FUTURE and not re.search(r"\b(?:first|since|last\s+time)\b", before):
            g = UNIT_GRANULARITY[unit]
            return ans(unit_span(shift(ctx.ref, unit, n), g, text), tense)
    return _duration_answer(n, unit, approx, text, half)


def _h_adj(m: re.Match[str], ctx: Context, text: str) -> Answer:
    n = number_of(m["adj_n"])
    if n is None:  # "a several-year tenure"
        return _some_units(unit_of(m["adj_unit"]), None, text)
    return _duration_answer(n, unit_of(m["adj_unit"]), None, text)


def _h_lng(m: re.Match[str], ctx: Context, text: str) -> Answer:
    unit = unit_of(m["lng_unit"])
    return _some_units(unit, None, text) if m["lng_pl"] else _duration_answer(1, unit, None, text)


#: "early Tuesday", "late yesterday": that day, with mod early or late (TIMEX3 START, END)
_EARLY_LATE = {"early": M.EARLY, "late": M.LATE}


def _h_dw(m: re.Match[str], ctx: Context, text: str) -> Answer:
    word = one_space(m["dw"].lower())
    offset = {
        "yesterday": -1,
        "tomorrow": 1,
        "last night": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }.get(word, 0)
    pre = (m["dw_pre"] or "").lower()
    mod = _EARLY_LATE.get(pre)
    return ans(unit_span(ctx.ref + offset * DAY, G.DAY, text, mod))


def _h_wd(m: re.Match[str], ctx: Context, text: str) -> Answer:
    # "early Tuesday": that day, with mod early (TIMEX3 START)
    mod = _EARLY_LATE.get((m["wd_pre"] or "").lower())
    return _weekday(m, ctx, text, mod)


def _weekday(m: re.Match[str], ctx: Context, text: str, mod: DateMod | None) -> Answer:
    wd = weekday_number(m["wd"])
    ref = ctx.ref
    rel = (m["wd_rel"] or "").lower()
    ahead, back = (wd - ref.weekday()) % 7, (ref.weekday() - wd) % 7
    tense = None
    if rel in ("last", "past"):
        day = ref - (back or 7) * DAY
    elif rel == "next":
        day = ref + (ahead or 7) * DAY
    elif rel == "coming":
        day = ref + ahead * DAY
    elif rel == "this":
        day = ref + (wd - ref.weekday()) * DAY
    else:
        tense = ctx.tense_at(m.start(), m.end())
        direction = direction_of(tense, 0 if tense is T.PRESENT else -1)
        if direction == 0:
            direction = 1 if ahead < back else -1
        day = ref + ahead * DAY if direction > 0 else ref - back * DAY
    return ans(unit_span(day, _DAY, text, mod), tense)


@functools.cache
def _unit_after() -> re.Pattern[str]:
    """A unit after a vague word, perhaps counted ("in the past year", "the past three
    summers", "the current fiscal year"): the words name a unit, not a vague reference."""
    counts = trie({**words_of_kind("number"), **words_of_kind("some")})
    units = trie({**words_of_kind("unit"), **words_of_kind("season")})
    return re.compile(
        rf"[ \t]+(?:(?:{counts}|fiscal|calendar)[ \t]+)?(?:{units})s?(?![\w’'-])", re.IGNORECASE
    )


def _h_vague(m: re.Match[str], ctx: Context, text: str) -> Answer:
    if _unit_after().match(ctx.text, m.end()):
        return None  # the unit's own form reads it, from the next word
    timex = vague_table()[one_space(m["vg"].lower())]
    if timex.startswith("PX"):  # "recent weeks": an unknown number of weeks
        value = Duration(value=timex, text=text)
        return (value, timex, None)
    return (None, timex, None)


#: form -> its handler (the forms of bilateral._date_forms counted from a reference)
HANDLERS: dict[str, Handler] = {
    "qa": _h_qa,
    "ya": _h_ya,
    "ye": _h_ye,
    "fyr": _h_fyr,
    "rel": _h_rel,
    "wkd": _h_wkd,
    "lng": _h_lng,
    "sea": _h_sea,
    "ana": _h_ana,
    "ago": _h_ago,
    "dur": _h_dur,
    "adj": _h_adj,
    "dps": _h_dps,
    "dw": _h_dw,
    "wd": _h_wd,
    "vague": _h_vague,
}
