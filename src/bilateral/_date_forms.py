"""The date forms: one regex per form, and which token can open which form.

The scanner of :mod:`bilateral._date_scan` tries a form only where a token can start it (a
dispatch table from first word to forms, in order); a weak first word ("the", "in", "a")
must be followed by a date word. No form repeats a quantified group, so each attempt is
linear in the length of what it reads. Every regex is built from the word tables and
compiled on first use.
"""

from __future__ import annotations

import functools
import re

from bilateral._date_holidays import holiday_names
from bilateral._date_words import trie, vague_table, words_of_kind
from bilateral._regex import lazy_regex
from bilateral._words import month_words, weekday_words

__all__ = ["SPECIAL", "TOKEN", "WEAK", "dispatch", "dispatch_key", "form_regex", "forms_of"]

#: Not followed by more of the same word ("June-based", "2024-01-05"). Written as
#: "[’'-]*\w", not "[\w’'-]*\w": the same strings, but the latter re-reads a whole run of
#: word characters at every attempt, O(n**2) on "2024-01-2024-01-…".
_END = r"(?![’'-]*\w)"
_YEAR = r"(?:1[0-9]|20)\d\d"
#: A possessive after an expression ("last month's figures"), outside its TIMEX3 extent.
_POSS = r"['’]s(?!\w)"


@functools.cache
def _words() -> dict[str, str]:
    """The regex alternations of the word tables that the forms are written with: month (full
    names), anymonth (a name, or an abbreviation with or without its period), wd (weekday
    words), season, num (digits or a number word), unit, ordinal, approx and vague."""
    month = trie(month_words("name"))
    abbr = trie(month_words("abbr"))
    some = words_of_kind("some")
    return {
        "month": month,
        "anymonth": rf"(?:{month}|{abbr}\.?)",
        "wd": trie(weekday_words()),
        "season": trie(words_of_kind("season")),
        "num": rf"(?:\d{{1,3}}|{trie({**words_of_kind('number'), **some})})",
        "unit": trie(words_of_kind("unit")),
        "ordinal": trie(words_of_kind("ordinal")),
        "approx": trie(words_of_kind("approx")),
        "vague": trie(vague_table()),
    }


def _pre(name: str) -> str:
    """An optional part of a unit before a form ("early", "mid-", "the end of the")."""
    return (
        rf"(?:(?P<{name}>early|mid|late|(?:the\s+)?(?:start|beginning|middle|end)\s+of)"
        r"(?:\s*-\s*|\s+)(?:the\s+)?)?"
    )


def _calendar_forms(w: dict[str, str]) -> dict[str, str]:
    """Forms that name a day, a month, a season, a quarter or a half."""
    anymonth, wd, season, ordinal = w["anymonth"], w["wd"], w["season"], w["ordinal"]
    end, year, pre = _END, _YEAR, _pre
    return {
        "iso": r"(?P<iso_y>\d{4})[-/](?P<iso_m>\d{1,2})[-/](?P<iso_d>\d{1,2})(?![\d/-])",
        "num": r"(?P<num_a>\d{1,2})/(?P<num_b>\d{1,2})/(?P<num_y>\d{4})(?![\d/])",
        "mdy": (
            rf"(?:(?P<mdy_wd>{wd}),?\s+)?(?P<mdy_mon>{anymonth})\s*(?P<mdy_d>\d{{1,2}})"
            r"(?:st|nd|rd|th)?(?:\s*(?P<mdy_to>[-–]|to|through|till|until|and)\s*"
            r"(?P<mdy_d2>\d{1,2})(?!\d)(?:st|nd|rd|th)?)?"
            rf"(?:,?\s+(?P<mdy_y>{year}))?(?![\d,]\d|\w)"
        ),
        "dmy": (
            rf"(?:(?P<dmy_wd>{wd}),?\s+)?(?:the\s+)?"
            r"(?:(?P<dmy_d0>\d{1,2})(?:st|nd|rd|th)?\s*(?P<dmy_to>[-–]|to|and)\s*)?"
            rf"(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"\s+(?:of\s+)?(?P<dmy_mon>{anymonth})(?:,?\s+(?P<dmy_y>{year}))?{end}"
        ),
        "my": (
            rf"{pre('my_pre')}(?P<my_mon>{anymonth}),?\s+(?:of\s+)?"
            rf"(?:(?P<my_y>{year})|(?P<my_rel>last|this|next)\s+year){end}"
        ),
        "sy": (rf"(?:the\s+)?{pre('sy_pre')}(?P<sy_se>{season})\s+(?:of\s+)?(?P<sy_y>{year}){end}"),
        "qq": (
            rf"(?:(?P<qq_y1>{year})\s*)?(?P<qq_letter>[QH])(?P<qq_n>[1-4])"
            rf"(?:\s*(?:of\s+)?(?P<qq_y2>{year}))?{end}"
        ),
        "q": (
            rf"(?:the\s+(?=\d|year-))?(?:(?:(?P<q_y1>{year})|(?P<q_rel1>this|last|next)\s+year"
            r"|(?P<q_ago>year-(?:ago|earlier)))(?:’s|'s)?\s+)?"
            rf"(?:the\s+)?(?:fiscal(?:\s+|\s*-\s*))?(?:(?P<q_ord>{ordinal})"
            r"|(?P<q_end>first|last)\s+two(?=\s+quarters\s+of\s+(?:fiscal\s+)?\d)"
            r"|(?P<q_last>last)(?=\s+(?:quarter|half)\s+of\s+(?:fiscal\s+)?(?:\d|(?:the|this|last|next)"
            r"\s+(?:fiscal\s+)?year)))(?:\s+|\s*-\s*)(?:fiscal\s+)?"
            r"(?P<q_unit>quarter|half)(?(q_end)s)"
            rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<q_y2>{year})|(?:the\s+)?"
            rf"(?P<q_rel2>this|last|next|the|current)\s+(?:fiscal\s+)?year))?{end}"
        ),
    }


def _reference_forms(w: dict[str, str]) -> dict[str, str]:
    """Forms of financial reporting, decades, and units counted from a reference."""
    month, season = w["month"], w["season"]
    end, pre, poss = _END, _pre, _POSS
    return {
        "qa": (
            r"(?:the\s+(?:(?:comparable|corresponding)\s+(?=year-))?(?:(?P<qa_mod>latest|current|just-ended|most\s+recent|recent|year-ago|"
            rf"year-earlier|previous|prior|same|corresponding|comparable)\s+|(?P<qa_y>{_YEAR})\s+)?"
            r"|(?P<qa_ly>last\s+year['’]s\s+))(?:fiscal\s+)?(?P<qa_unit>quarter|period)"
            rf"(?P<qa_ago>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?(?:{poss}|{end})"
        ),
        "ya": rf"(?P<ya>year-(?:ago|earlier)){end}",
        # "by year-end", "at year's end": the end of the year of the reference
        "ye": rf"(?:(?P<ye_rel>this|last|next)\s+)?year(?:\s*-\s*|\s+|['’]s\s+)end{end}",
        "fyr": (
            rf"the\s+(?P<fyr>full\s+|fiscal\s+|calendar\s+)?year{end}"
            r"(?!\s+(?:ago|earlier|before))"
        ),
        # "the 20th century", "the 11th-century temple", "the early 19th century", "this century"
        "cen": (
            rf"(?:the\s+)?{pre('cen_pre')}(?:(?P<cen_n>\d{{1,2}})(?:st|nd|rd|th)|"
            r"(?P<cen_rel>this|last|next|past))(?:\s*-\s*|\s+)century(?![’'-]*\w|-)"
        ),
        # "the nineties", "the early sixties": a decade of the last century in words
        "decw": (
            rf"the\s+{pre('decw_pre')}(?P<decw>forties|fifties|sixties|seventies|eighties|nineties)"
            rf"{end}"
        ),
        "dec": (
            rf"(?:the\s+)?{pre('dec_pre')}(?:(?P<dec_y>(?:1[0-9]|20)\d0)|['’](?P<dec_s>\d0))"
            rf"['’]?s{end}"
        ),
        "rel": (
            rf"{pre('rel_pre')}(?:(?P<rel_er>earlier|later)\s+)?(?P<rel_the>the\s+)?"
            rf"{_THIS}(?P<rel_rel>this|next|last|past|coming|previous|current|in\s+the|the)\s+"
            r"(?:(?P<rel_fy>fiscal|calendar)\s+(?=year\b))?"
            rf"(?P<rel_unit>week|weekend|month|quarter|year|decade|{season})(?:{poss}|{end})"
        ),
        "wkd": rf"the\s+weekend{end}(?!\s+(?:of|before|after)\b)",
        # "the early summer", "in late spring": this year's season, a part of it
        "sea": rf"(?:the\s+)?(?P<sea_pre>early|mid|late)(?:\s*-\s*|\s+)(?P<sea>{season}){end}",
        "ana": (
            r"(?:(?P<ana_er>earlier|later)\s+)?(?:(?:the\s+)?(?P<ana_rel>next|following|previous|"
            r"preceding|same|prior)|that(?:\s+same)?)\s+"
            rf"(?P<ana_unit>day|morning|afternoon|evening|night|week|weekend|month|year){end}"
            rf"|the\s+(?P<ana_mrel>following|previous|preceding)\s+(?P<ana_mon>{month}){end}"
            rf"|the\s+(?P<ana_wrel>following|previous|preceding)\s+(?P<ana_wd>{w['wd']}){end}"
            r"|(?P<ana_ba>the\s+day\s+(?:before|after))(?!\s+(?:yesterday|tomorrow))"
            rf"(?=\s*[,.;:!?)]|\s*$|\s+(?:and|but|when|as|with|in|at|on|to|for|where|while)\b)"
        ),
    }


def _word_forms(w: dict[str, str]) -> dict[str, str]:
    """Forms of counted units and durations, day words, weekdays and months."""
    month, wd, num, unit = w["month"], w["wd"], w["num"], w["unit"]
    approx = w["approx"]
    end, pre, poss = _END, _pre, _POSS
    return {
        "ago": (
            rf"(?:(?P<ago_apx>{approx})\s+)?(?P<ago_n>{num})\s+(?P<ago_unit>{unit})\s+"
            # "ago" always closes the expression; the other words only before a break or a
            # function word ("two days later the talks", not "three years later than planned")
            r"(?P<ago_dir>ago(?![\w’'-])|(?:earlier|later|from\s+now|hence|"
            r"(?:before|after)(?=\s*[,.;:!?)—–]|\s*$))"
            r"(?=\s*(?:[,.;:!?)—–-]|$|and|but|when|as|with|in|at|on|to|the|he|she|they|it)\b|"
            r"\s*[,.;:!?)—–]|\s*$))"
        ),
        "dur": (
            r"(?:(?P<dur_prep>in|within|for|over|during|after)\s+)?"
            r"(?:the\s+(?:(?P<dur_dir>next|past|last|coming|following|first|latest)\s+)?)?"
            rf"(?:(?P<dur_apx>{approx}|more\s+than|less\s+than|at\s+least)\s+)?"
            rf"(?P<dur_n>{num})(?P<dur_half>\s+1/2|\s*½|\s+and\s+a\s+half)?\s+"
            r"(?:(?:more|additional|further)\s+)?"
            r"(?:(?:trading|business|working)\s+(?=days?\b))?"  # "eight trading days": P8D
            rf"(?P<dur_unit>{unit})(?P<dur_half2>\s+and\s+a\s+half)?{end}"
            r"(?![ \t]+old\b)"  # "52 years old": an age, not a time expression
            r"(?(dur_dir)(?<!two quarters(?=\s+of\s)))"  # "the first two quarters of 1990"
        ),
        "adj": rf"(?P<adj_n>{num})-(?P<adj_unit>day|week|month|year|decade|hour){end}",
        # "a day-long meeting", "a decades-long feud": one unit, or an unknown number of them
        "lng": rf"(?P<lng_unit>day|week|month|year|decade|hour)(?P<lng_pl>s)?-long{end}",
        # "for years", "within weeks": an unknown number of units
        "dps": (
            r"(?:for|within|in|over|through|during)\s+(?P<dps_the>the\s+)?"
            r"(?P<dps>hours|days|weeks|months|years|decades|centuries)"
            rf"{end}(?!\s+(?:ago|of|earlier|later|before|after|old|ahead|since|to\s+come)\b|\s+\d)"
        ),
        "dw": (
            r"(?:(?P<dw_pre>early|late|earlier|later)\s+)?"
            r"(?P<dw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|"
            r"yesterday|tomorrow|(?:this|last)\s+(?:morning|afternoon|evening|night))"
            rf"(?:(?:’s|'s)|\s+(?:morning|afternoon|evening|night))?{end}"
        ),
        "wd": (
            r"(?:(?P<wd_pre>early|late|earlier|later)\s+)?"
            rf"(?:{_THIS}(?P<wd_rel>last|next|this|coming|past)\s+)?"
            rf"(?P<wd>{wd})(?:(?:’s|'s)|\s+(?:morning|afternoon|evening|night))?{end}"
        ),
        "mon": (
            rf"{pre('mon_pre')}(?:{_THIS}(?P<mon_rel>last|next|this|coming|past)\s+)?"
            rf"(?P<mon>{month})(?:{poss}|{end})"
        ),
    }


def _year_forms(w: dict[str, str]) -> dict[str, str]:
    """Forms of fiscal and calendar years, vague references and a day of the month alone."""
    vague = w["vague"]
    end, year, pre = _END, _YEAR, _pre
    return {
        "fy": rf"(?:fiscal(?:\s+year)?\s*(?P<fy>{year})|FY\s*['’]?(?P<fy2>\d\d(?:\d\d)?)){end}",
        "yr": (
            rf"(?:(?P<yr_pp>post|pre)-)?{pre('yr_pre')}(?<![$€£\d.,])"
            # "1998", "'98"; "1998-99" and "2023-24" are a run of two years
            rf"(?:(?P<yr>{year})(?:[-–/](?P<yr_to>\d\d)(?!\d))?|['’](?P<yr_ap>\d\d))"
            r"(?![’'-]*\w|,\d|\.\d)"
            # "1994 or later", "1990 and beyond": the year, open on one side (inside the extent)
            r"(?:\s+(?P<yr_post>or\s+later|or\s+after|and\s+beyond|or\s+earlier|or\s+before"
            r"|or\s+so)\b)?"
        ),
        "vague": rf"(?P<vg>{vague}){end}",
        # "arrived on the 14th": a day of the month near the reference day
        "dom": (
            rf"the\s+(?P<dom_d>\d{{1,2}})(?:st|nd|rd|th){end}"
            r"(?=\s*[,.;:!?)—–]|\s*$|\s+(?:and|but|when|as|with|in|at|to|for|where|while|"
            r"before|after|until)\b)"
        ),
    }


_TENS = (
    "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    "|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"


def _spelled_forms(w: dict[str, str]) -> dict[str, str]:
    """A year written in words ("nineteen ninety-six", "the year two thousand"), perhaps after
    a month or a season ("January nineteen ninety-seven", "the winter of nineteen ninety")."""
    return {
        "spy": (
            rf"(?:(?P<spy_mon>{w['month']})\s+|(?:the\s+)?(?P<spy_se>{w['season']})\s+of\s+)?"
            rf"(?:(?P<spy_c>eighteen|nineteen|twenty)\s+(?P<spy_t>{_TENS})"
            rf"(?:[ \t]*-[ \t]*|\s+)?(?P<spy_u>{_UNITS})?"
            rf"|the\s+year\s+two\s+thousand(?:\s+and\s+(?P<spy_ku>{_UNITS}))?){_END}"
        )
    }


def _holiday_forms(w: dict[str, str]) -> dict[str, str]:
    """Named days ("Thanksgiving", "last Christmas")."""
    names = trie(holiday_names()).replace("'", "['’]")
    return {
        "hol": rf"(?:(?P<hol_rel>last|next|this)\s+)?(?P<hol>{names})(?P<hol_wk>\s+week)?{_END}"
    }


def _time_forms(w: dict[str, str]) -> dict[str, str]:
    """Forms of recurrences (TIMEX3 SET) and clock times (TIME)."""
    end = _END
    units = r"hour|day|week|month|quarter|year"
    return {
        "set": (
            rf"(?:every|each)\s+(?:(?P<set_unit>{units}|morning|afternoon|evening|night)"
            rf"|(?P<set_wd>{w['wd']})|(?P<set_mon>{w['month']})){end}"
            rf"|per\s+(?P<set_per>{units}){end}"
            # "hourly earnings": a rate of pay per hour, a recurrence
            rf"|(?P<set_adv>hourly{end}|(?:daily|nightly|weekly|monthly|quarterly|annually|yearly)"
            rf"{end}"
            # "a quarterly dividend": the kind of a payment or a report, not a recurrence told
            r"(?![ \t]+(?:dividends?|earnings|results|reports?|payments?|profits?|loss(?:es)?"
            r"|sales|figures|rates?)\b))"
        ),
        # "on Mondays", "Tuesday nights": each such day, or that part of each
        "wds": (
            rf"(?P<wds>{trie(weekday_words('name'))})(?:s|\s+(?=(?:night|morning|evening"
            r"|afternoon)s\b))(?:(?<=\s)(?P<wds_part>night|morning|evening|afternoon)s)?"
            rf"{end}"
        ),
        "clk": (
            r"(?:(?P<clk_h>\d{1,2})(?::(?P<clk_m>[0-5]\d))?(?:[ \t]*(?P<clk_ap>[ap])\.?[ \t]?m\b\.?"
            r"|[ \t]+in[ \t]+the[ \t]+(?P<clk_part>morning|afternoon|evening)\b)"
            r"|(?P<clk_word>noon|midday|midnight)\b)"
            r"(?:[ \t]+(?:[ECMP][SD]T|GMT|UTC)\b)?"
        ),
        # "in the morning", "mid-afternoon yesterday": a part of a day (TIMEX3 TMO, TAF, TEV)
        "pod": (
            r"(?:the\s+|(?P<pod_pre>early|late|mid)(?:\s*-\s*|\s+))"
            r"(?P<pod>morning|afternoon|evening)(?:\s+(?P<pod_day>yesterday|today|tomorrow))?"
            rf"{end}"
        ),
    }


@functools.cache
def _form_patterns() -> dict[str, str]:
    """form -> its regex (named groups prefixed with the form's name)."""
    w = _words()
    return {
        **_calendar_forms(w),
        **_reference_forms(w),
        **_word_forms(w),
        **_year_forms(w),
        **_time_forms(w),
        **_spelled_forms(w),
        **_holiday_forms(w),
    }


def _split(words: str) -> tuple[str, ...]:
    """The words of a blank-separated list."""
    return tuple(words.split())


TOKEN = lazy_regex(r"['’]?\w+")
#: "this" before "coming" or "past" ("this coming Sunday", "this past spring"): inside
_THIS = r"(?:this\s+(?=(?:coming|past)\s))?"
#: the first characters of a token whose dispatch key is not itself: a digit or a quote
SPECIAL = frozenset("0123456789'’")
_DIGIT_KEY = lazy_regex(r"\d|['’]\d")
_PRE = ("early", "mid", "late", "the", "start", "beginning", "middle", "end")
_REL = ("this", "next", "last", "past", "coming", "previous", "current")
#: first words that open a form only when a date word follows them
WEAK = frozenset(
    _split(
        """the a an in within for over during after at that some about around nearly almost
        roughly approximately close more less this next last past coming previous early
        mid late earlier later start beginning middle end fiscal following preceding same prior
        these right year one two three four five six seven eight nine ten eleven twelve
        new good election labor memorial palm martin presidents boxing veterans valentine"""
    )
)
#: words after a weak first word, besides the first words of forms and the units, that make
#: it worth a look
_FOLLOW = _split(
    """weekend period future present moment near full calendar latest just most recent ago
    of same few days ahead morning afternoon evening night luther 's ’s short long medium
    corresponding comparable trading business working and forties fifties sixties seventies
    eighties nineties"""
)


def _first_words() -> dict[str, tuple[str, ...]]:
    """form -> the tokens that can open it ("#" a number, "q#" Q3 or H1, "fy#" FY2024)."""
    months, weekdays = tuple(month_words()), tuple(weekday_words())
    numbers = tuple(k.split()[0] for k in {**words_of_kind("number"), **words_of_kind("some")})
    approx = tuple(k.split()[0] for k in words_of_kind("approx"))
    seasons, ordinals = tuple(words_of_kind("season")), tuple(words_of_kind("ordinal"))
    vague = tuple(p.split()[0] for p in vague_table())
    return {
        "wds": (*(f"{d}s" for d in weekday_words("name")), *weekday_words("name")),
        "spy": (*months, *seasons, "the", "eighteen", "nineteen", "twenty"),
        "iso": ("#",),
        "num": ("#",),
        "mdy": (*weekdays, *months),
        "dmy": (*weekdays, "#", "the"),
        "my": (*_PRE, *months),
        "sy": (*_PRE, *seasons),
        "qq": ("#", "q#"),
        "q": ("#", "this", "last", "next", "the", "fiscal", *ordinals),
        "qa": ("the", "last"),
        "ya": ("year",),
        "ye": ("year", "this", "last", "next"),
        "fyr": ("the",),
        "cen": (*_PRE, "#", "this", "last", "next", "past"),
        "dec": (*_PRE, "#"),
        "decw": ("the",),
        "wkd": ("the",),
        "rel": (*_PRE, "earlier", "later", *_REL),
        "ana": _split("earlier later the that next following previous preceding same prior"),
        "ago": (*approx, *numbers, "#"),
        "dur": (
            *_split("in within for over during after the"),
            *approx,
            *_split("more less at"),
            *numbers,
            "#",
        ),
        "adj": (*numbers, "#"),
        "lng": _split("day days week weeks month months year years decade decades hour hours"),
        "dps": _split("for within in over through during"),
        "dw": _split("early late earlier later the today tonight yesterday tomorrow this last"),
        "wd": (*_REL, *weekdays, "early", "late", "earlier", "later"),
        "mon": (*_PRE, *_REL, *months),
        "fy": ("fiscal", "fy", "fy#"),
        "yr": (*_PRE, "#", "post", "pre"),
        "vague": vague,
        "dom": ("the",),
        "set": _split(
            "every each per hourly daily nightly weekly monthly quarterly annually yearly"
        ),
        "clk": ("#", "noon", "midday", "midnight"),
        "pod": ("the", "early", "late", "mid"),
        "hol": ("last", "next", "this", *(n.split()[0] for n in holiday_names())),
        "sea": ("the", "early", "mid", "late"),
    }


@functools.cache
def forms_of() -> dict[str, tuple[str, ...]]:
    """first token -> the names of the forms it can open, in the order they are tried."""
    names: dict[str, list[str]] = {}
    for name, words in _first_words().items():
        for word in dict.fromkeys(words):
            names.setdefault(word, []).append(name)
    return {word: tuple(forms) for word, forms in names.items()}


def form_regex(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One regex of ``forms``, tried in order at a position: the first that matches wins, and
    its group ``<form>_`` is the match's last group."""
    patterns = _form_patterns()
    body = "|".join(f"(?P<{n}_>{patterns[n]})" for n in forms)
    return re.compile(rf"(?<![\w’'$])(?:{body})", re.IGNORECASE)


@functools.cache
def dispatch() -> tuple[dict[str, re.Pattern[str]], frozenset[str]]:
    """first token -> one regex of the forms it can open, in order; and the tokens worth a look
    after a weak first word."""
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    table: dict[str, re.Pattern[str]] = {}
    for word, forms in forms_of().items():
        if forms not in compiled:
            compiled[forms] = form_regex(forms)
        table[word] = compiled[forms]
    follow = set(table) | set(words_of_kind("unit")) | set(_FOLLOW)
    return table, frozenset(follow)


def dispatch_key(low: str) -> str:
    """The dispatch key of a lowercase token that opens with a digit, a quote, q, h or f."""
    if _DIGIT_KEY().match(low):
        return "#"
    if len(low) == 2 and low[0] in "qh" and low[1] in "1234":
        return "q#"
    if low.startswith("fy") and low[2:].isdigit():
        return "fy#"
    return low
