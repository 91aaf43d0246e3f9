"""Resolve the date expressions of English news against the publication date (TIMEX3 values).

One compiled scanner finds every expression in a single linear pass; a small handler per
form turns its groups into a :class:`~bilateral.DateSpan`, a :class:`~bilateral.Duration`,
or a vague reference (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``). Where the text leaves
the direction open ("on Wednesday", "in April"), the tense of the sentence decides it.
:mod:`bilateral._dateparser` is the fallback of :func:`resolve_date` for the long tail.
The rule for each form is documented in ``docs/dates.rst``.

>>> import datetime as dt
>>> resolve_date("next week", published=dt.date(2025, 4, 16)).timex
'2025-W17'
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

from bilateral._args import check_published, check_text
from bilateral._calendar import add_months, canonical_span, weekend_of
from bilateral._mentions import DateMention
from bilateral._model import DateSpan, Duration, TimeRef
from bilateral._tables import read_tsv
from bilateral._text import sentences
from bilateral._vocab import DateMod, Granularity, Tense

__all__ = ["find_dates", "resolve_date"]

_G = Granularity
_DAY = dt.timedelta(days=1)
_ORDER = {g: i for i, g in enumerate(Granularity)}
_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_UNIT_GRANULARITY = {
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
_UNIT_ISO = {
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
_REL_OFFSET = {
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "last": -1,
    "past": -1,
    "previous": -1,
}

# ---------------------------------------------------------------------------------------------
# Tables


@functools.cache
def _words() -> dict[str, tuple[str, str]]:
    """word -> (kind, value) of ``date_words.tsv``."""
    return {r["word"]: (r["kind"], r["value"]) for r in read_tsv("date_words.tsv")}


@functools.cache
def _vague() -> dict[str, str]:
    return {r["phrase"]: r["timex"] for r in read_tsv("date_vague.tsv")}


@functools.cache
def _tense_cues() -> dict[str, str]:
    return {r["cue"]: r["tense"] for r in read_tsv("date_tense.tsv")}


def _kind(kind: str) -> dict[str, str]:
    return {w: v for w, (k, v) in _words().items() if k == kind}


def _alternation(words: Any) -> str:
    """A regex alternation of words, longest first; spaces match any run of blanks."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# ---------------------------------------------------------------------------------------------
# The scanner: one linear token scan. Each form is a compiled regex tried only where a token
# can start it (a dispatch table from first word to forms, in order); a weak first word
# ("the", "in", "a") must be followed by a date word. No form repeats a quantified group,
# so each attempt is linear in the length of what it reads.


@functools.cache
def _form_patterns() -> dict[str, str]:
    month = _alternation(_kind("month"))
    abbr = _alternation(_kind("month_abbr"))
    anymonth = rf"(?:{month}|(?:{abbr})\.?)"
    wd = _alternation(_kind("weekday"))
    season = _alternation(_kind("season"))
    num = rf"(?:\d{{1,3}}|{_alternation(_kind('number'))})"
    unit = _alternation(_kind("unit"))
    ordinal = _alternation(_kind("ordinal"))
    approx = _alternation(_kind("approx"))
    vague = _alternation(_vague())
    # Not followed by more of the same word ("June-based", "2024-01-05"). Written as
    # "[’'-]*\w", not "[\w’'-]*\w": the same strings, but the latter re-reads a whole run of
    # word characters at every attempt, O(n**2) on "2024-01-2024-01-…".
    end = r"(?![’'-]*\w)"

    def pre(name: str) -> str:
        return (
            rf"(?:(?P<{name}>early|mid|late|(?:the\s+)?(?:start|beginning|middle|end)\s+of)"
            r"(?:\s*-\s*|\s+)(?:the\s+)?)?"
        )

    year = r"(?:1[0-9]|20)\d\d"
    parts = {
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
            rf"(?:(?:(?P<q_y1>{year})|(?P<q_rel1>this|last|next)\s+year)(?:’s|'s)?\s+)?"
            rf"(?:the\s+)?(?:fiscal\s+)?(?P<q_ord>{ordinal})(?:\s+|\s*-\s*)(?:fiscal\s+)?"
            r"(?P<q_unit>quarter|half)"
            rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<q_y2>{year})|(?:the\s+)?"
            rf"(?P<q_rel2>this|last|next|the|current)\s+(?:fiscal\s+)?year))?{end}"
        ),
        "qa": (
            r"the\s+(?:(?P<qa_mod>latest|current|just-ended|most\s+recent|recent|year-ago|"
            r"year-earlier|previous|prior|same)\s+)?(?:fiscal\s+)?(?P<qa_unit>quarter|period)"
            rf"(?P<qa_ago>\s+a\s+year\s+(?:ago|earlier))?{end}"
        ),
        "ya": rf"(?P<ya>year-(?:ago|earlier)){end}",
        "fyr": (
            rf"the\s+(?P<fyr>full\s+|fiscal\s+|calendar\s+)?year{end}"
            r"(?!\s+(?:ago|earlier|before))"
        ),
        "dec": (
            rf"(?:the\s+)?{pre('dec_pre')}(?:(?P<dec_y>(?:1[0-9]|20)\d0)|['’](?P<dec_s>\d0))"
            rf"['’]?s{end}"
        ),
        "rel": (
            rf"{pre('rel_pre')}(?:(?P<rel_er>earlier|later)\s+)?(?P<rel_the>the\s+)?"
            r"(?P<rel_rel>this|next|last|past|coming|previous|current|in\s+the|the)\s+"
            rf"(?P<rel_unit>week|weekend|month|quarter|year|decade|{season}){end}"
        ),
        "wkd": rf"the\s+weekend{end}(?!\s+(?:of|before|after)\b)",
        "ana": (
            r"(?:(?P<ana_er>earlier|later)\s+)?(?:(?:the\s+)?(?P<ana_rel>next|following|previous|"
            r"preceding|same|prior)|that(?:\s+same)?)\s+"
            rf"(?P<ana_unit>day|morning|afternoon|evening|night|week|weekend|month|year){end}"
            rf"|the\s+(?P<ana_mrel>following|previous|preceding)\s+(?P<ana_mon>{month}){end}"
            r"|(?P<ana_ba>the\s+day\s+(?:before|after))(?!\s+(?:yesterday|tomorrow))"
            rf"(?=\s*[,.;:!?)]|\s*$|\s+(?:and|but|when|as|with|in|at|on|to|for|where|while)\b)"
        ),
        "ago": (
            rf"(?:(?P<ago_apx>{approx})\s+)?(?P<ago_n>{num})\s+(?P<ago_unit>{unit})\s+"
            r"(?P<ago_dir>ago|earlier|later|from\s+now|hence|(?:before|after)(?=\s*[,.;:!?)—–]|\s*$))"
            r"(?=\s*(?:[,.;:!?)—–-]|$|and|but|when|as|with|in|at|on|to|the|he|she|they|it)\b|"
            r"\s*[,.;:!?)—–]|\s*$)"
        ),
        "dur": (
            r"(?:(?P<dur_prep>in|within|for|over|during|after)\s+)?"
            r"(?:the\s+(?P<dur_dir>next|past|last|coming|following|first)\s+)?"
            rf"(?:(?P<dur_apx>{approx}|more\s+than|less\s+than|at\s+least)\s+)?"
            rf"(?P<dur_n>{num})\s+(?P<dur_unit>{unit}){end}"
        ),
        "adj": rf"(?P<adj_n>{num})-(?P<adj_unit>day|week|month|year|decade|hour){end}",
        "dw": (
            r"(?:(?P<dw_pre>early|late|earlier|later)\s+)?"
            r"(?P<dw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|"
            r"yesterday|tomorrow|(?:this|last)\s+(?:morning|afternoon|evening|night))"
            rf"(?:(?:’s|'s)|\s+(?:morning|afternoon|evening|night))?{end}"
        ),
        "wd": (
            r"(?:(?P<wd_rel>last|next|this|coming|past)\s+)?"
            rf"(?P<wd>{wd})(?:(?:’s|'s)|\s+(?:morning|afternoon|evening|night))?{end}"
        ),
        "mon": (
            rf"{pre('mon_pre')}(?:(?P<mon_rel>last|next|this|coming|past)\s+)?"
            rf"(?P<mon>{month}){end}"
        ),
        "fy": rf"(?:fiscal(?:\s+year)?\s*|FY\s*)(?P<fy>{year}){end}",
        "yr": rf"{pre('yr_pre')}(?<![$€£\d.,])(?P<yr>{year})(?![’'-]*\w|,\d|\.\d)",
        "vague": rf"(?P<vg>{vague}){end}",
        # "arrived on the 14th": a day of the month near the reference day
        "dom": (
            rf"the\s+(?P<dom_d>\d{{1,2}})(?:st|nd|rd|th){end}"
            r"(?=\s*[,.;:!?)—–]|\s*$|\s+(?:and|but|when|as|with|in|at|to|for|where|while|"
            r"before|after|until)\b)"
        ),
    }
    return parts


_TOKEN = re.compile(r"['’]?\w+")
_SPECIAL = frozenset("0123456789'’qhf")
_DIGIT_KEY = re.compile(r"\d|['’]\d")
_PRE = ("early", "mid", "late", "the", "start", "beginning", "middle", "end")
_REL = ("this", "next", "last", "past", "coming", "previous", "current")
#: first words that open a form only when a date word follows them
_WEAK = frozenset(
    re.split(
        r"\s+",
        """the a an in within for over during after at that some about around nearly almost
        roughly approximately close more less this next last past coming previous current early
        mid late earlier later start beginning middle end fiscal following preceding same prior
        these right year one two three four five six seven eight nine ten eleven twelve""",
    )
)


def _first_words() -> dict[str, tuple[str, ...]]:
    """form -> the tokens that can open it ("#" a number, "q#" Q3 or H1, "fy#" FY2024)."""
    w = _words()
    months = tuple(k for k, (kind, _) in w.items() if kind in ("month", "month_abbr"))
    weekdays = tuple(k for k, (kind, _) in w.items() if kind == "weekday")
    numbers = tuple(k.split()[0] for k, (kind, _) in w.items() if kind == "number")
    approx = tuple(k.split()[0] for k, (kind, _) in w.items() if kind == "approx")
    seasons = tuple(k for k, (kind, _) in w.items() if kind == "season")
    ordinals = tuple(k for k, (kind, _) in w.items() if kind == "ordinal")
    vague = tuple(p.split()[0] for p in _vague())
    return {
        "iso": ("#",),
        "num": ("#",),
        "mdy": (*weekdays, *months),
        "dmy": (*weekdays, "#", "the"),
        "my": (*_PRE, *months),
        "sy": (*_PRE, *seasons),
        "qq": ("#", "q#"),
        "q": ("#", "this", "last", "next", "the", "fiscal", *ordinals),
        "qa": ("the",),
        "ya": ("year",),
        "fyr": ("the",),
        "dec": (*_PRE, "#"),
        "wkd": ("the",),
        "rel": (*_PRE, "earlier", "later", *_REL),
        "ana": (
            "earlier",
            "later",
            "the",
            "that",
            "next",
            "following",
            "previous",
            "preceding",
            "same",
            "prior",
        ),
        "ago": (*approx, *numbers, "#"),
        "dur": (
            "in",
            "within",
            "for",
            "over",
            "during",
            "after",
            "the",
            *approx,
            "more",
            "less",
            "at",
            *numbers,
            "#",
        ),
        "adj": (*numbers, "#"),
        "dw": (
            "early",
            "late",
            "earlier",
            "later",
            "the",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "this",
            "last",
        ),
        "wd": (*_REL, *weekdays),
        "mon": (*_PRE, *_REL, *months),
        "fy": ("fiscal", "fy", "fy#"),
        "yr": (*_PRE, "#"),
        "vague": vague,
        "dom": ("the",),
    }


@functools.cache
def _dispatch() -> tuple[dict[str, re.Pattern[str]], frozenset[str]]:
    """first token -> one regex of the forms it can open, in order; and the tokens worth a look
    after a weak first word."""
    patterns = _form_patterns()
    names: dict[str, list[str]] = {}
    for name, words in _first_words().items():
        for word in dict.fromkeys(words):
            names.setdefault(word, []).append(name)
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    table: dict[str, re.Pattern[str]] = {}
    for word, forms in names.items():
        key = tuple(forms)
        if key not in compiled:
            body = "|".join(f"(?P<{n}_>{patterns[n]})" for n in forms)
            compiled[key] = re.compile(rf"(?<![\w’'$])(?:{body})", re.IGNORECASE)
        table[word] = compiled[key]
    follow = set(table) | {k for k, (kind, _) in _words().items() if kind == "unit"}
    follow |= set(
        re.split(
            r"\s+",
            """weekend period future present moment near full calendar latest just most recent ago
            of same few days ahead morning afternoon evening night""",
        )
    )
    return table, frozenset(follow)


def _key(low: str) -> str:
    """The dispatch key of a lowercase token that opens with a digit, a quote, q, h or f."""
    if _DIGIT_KEY.match(low):
        return "#"
    if len(low) == 2 and low[0] in "qh" and low[1] in "1234":
        return "q#"
    if low.startswith("fy") and low[2:].isdigit():
        return "fy#"
    return low


# ---------------------------------------------------------------------------------------------
# Tense


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    cues = _alternation(c for c in _tense_cues() if c[0].isalpha() or c[0] in "'’")
    return re.compile(rf"(?<![\w’'])(?:{cues}|[a-z][a-z-]{{2,}}ed)(?![\w’'-])|[’']ll\b")


_STOPS = (".", "!", "?", '"', "”", "’", "'")
_HEADLINE_END = re.compile(r"[ \t]*\n[ \t]*\n|[ \t]*\Z")
_REPORTING = re.compile(
    r"(?:said|says|told|reported|announced|added|stated|confirmed|wrote)\b", re.IGNORECASE
)
_FIRST_TO = re.compile(r"\bthe[ \t]+(?:first|last|only|latest)[ \t]+(?:[\w'’-]+[ \t]+){0,4}$", re.I)
_PARTICIPLE = re.compile(r"(?:set|scheduled|planned|slated)(?:\s+for)?")
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|being|am|now|also|['’]s|['’]re)\s+$", re.I)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|these)\s+$", re.IGNORECASE
)
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|am|get|gets)\s+$", re.IGNORECASE)
_FINANCIAL = re.compile(
    r"\b(?:quarter|net|profit|earnings|revenue|sales|income|loss|results|per\s+share|a\s+share)\b",
    re.IGNORECASE,
)


def _cues(text: str, start: int, end: int) -> list[tuple[int, Tense]]:
    """The (offset, tense) of every tense cue in ``text[start:end]``."""
    table = _tense_cues()
    found: list[tuple[int, Tense]] = []
    last_end, last_value = -2, ""
    for m in _cue_pattern().finditer(text, start, end):
        word = m.group().lower()
        value = table.get(re.sub(r"\s+", " ", word))
        if value is None:  # an -ed word; capitalised, it is a name ("United")
            value = "past" if word[0] == m.group()[0] else "none"
            if _DETERMINER_BEFORE.search(text, max(start, m.start() - 6), m.start()):
                value = "none"  # "the relaunched talks": an adjective, not a verb
        if value == "past" and _PASSIVE.search(text, max(start, m.start() - 8), m.start()):
            value = "none"  # a participle after "be": the auxiliary carries the tense
        if (
            value == "future"
            and word.startswith("to ")
            and last_value == "present"
            and m.start() - last_end <= 1
        ):
            value = "none"  # "had been scheduled to meet": the schedule's tense, not the verb's
        if (
            value == "future"
            and word.startswith("to ")
            and _FIRST_TO.search(text, max(start, m.start() - 50), m.start())
        ):
            value = "none"  # "became the first head of state to visit": the verb before decides
        last_end, last_value = m.end(), value
        if value == "none":
            continue
        if (
            value == "future"
            and _PARTICIPLE.fullmatch(word)
            and (word.endswith("for") or text[m.end() : m.end() + 4].lower() == " for")
            and not _AUXILIARY.search(text, max(start, m.start() - 8), m.start())
        ):
            # "a meeting, set for Oct. 23, was called off": a schedule with no tense of its
            # own, told before or after the day; the nearest such day
            value = "present"
        found.append((m.start(), Tense(value)))
    return found


def _sentence_tense(sentence: str) -> Tense | None:
    """The direction a sentence looks in: future if it has any future cue, else past, else present.

    The event extractor reuses this; inside this module, the cue nearest before a date decides.

    >>> _sentence_tense("The ministers will meet in Seoul.")
    <Tense.FUTURE: 'future'>
    >>> _sentence_tense("The ministers met in Seoul."), _sentence_tense("Talks in Seoul")
    (<Tense.PAST: 'past'>, None)
    """
    if not isinstance(sentence, str):
        return None
    found = {t for _, t in _cues(sentence, 0, len(sentence))}
    for tense in (Tense.FUTURE, Tense.PAST, Tense.PRESENT):
        if tense in found:
            return tense
    return None


# ---------------------------------------------------------------------------------------------
# Resolution context


class _Ctx:
    """What one scan knows: the reference day, the text, its sentences and the last anchors."""

    __slots__ = ("given", "latest", "one", "ref", "sent_cues", "sent_starts", "sents", "text")

    def __init__(
        self,
        text: str,
        ref: dt.date,
        given: Tense | None,
        *,
        one: bool = False,
        sents: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.ref = ref
        self.given = given
        self.one = one
        self.sents = [(0, len(text))] if one else sents if sents is not None else sentences(text)
        self.sent_starts = [s for s, _ in self.sents]
        self.sent_cues: dict[int, list[tuple[int, Tense]]] = {}
        # latest[k]: the last anchor at least as fine as the granularity of order k, so that
        # last() is O(1) rather than a walk back over every anchor (O(n**2) on "1990 1990 …
        # the next day the next day …").
        self.latest: list[tuple[int, DateSpan] | None] = [None] * len(_ORDER)

    def add_anchor(self, at: int, span: DateSpan) -> None:
        """Record a resolved span at offset ``at`` (offsets only grow during a scan)."""
        for k in range(_ORDER[span.granularity], len(self.latest)):
            self.latest[k] = (at, span)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sents[i] if i >= 0 else (0, len(self.text))

    def tense_at(self, start: int, end: int) -> Tense | None:
        """The tense of the cue nearest before the expression in its sentence, else after it."""
        if self.given is not None:
            return self.given
        before = self.text[max(0, start - 7) : start].lower()
        if re.search(r"\b(?:since|ago|last)\s+$", before):
            return Tense.PAST
        if re.search(r"\b(?:by|payable|due)\s+$", before):
            if re.search(r"\b(?:was|were|been)\s+due\s+$", self.text[max(0, start - 16) : start]):
                return Tense.PRESENT  # "was due Tuesday": a schedule told afterwards, either side
            return Tense.FUTURE
        s, e = self.sentence(start)
        cues = self.sent_cues.get(s)
        if cues is None:
            cues = self.sent_cues[s] = _cues(self.text, s, e)
        # cues are in text order: bisect rather than a scan per expression
        i = bisect.bisect_left(cues, start, key=_offset)
        if i:
            return cues[i - 1][1]
        j = bisect.bisect_left(cues, end, key=_offset)
        for at, tense in cues[j:]:
            # "…on Friday, the presidency said": attribution after a date does not date it
            if not _REPORTING.match(self.text, at):
                return tense
        if (
            not self.one
            and _HEADLINE_END.match(self.text, e)
            and not self.text[s:e].rstrip().endswith(_STOPS)
        ):
            return Tense.PRESENT  # a headline's present tense: the nearest such day
        return None

    def before(self, start: int) -> str:
        """The text of the sentence before ``start``, lowercase."""
        s, _ = self.sentence(start)
        return self.text[s:start].lower()

    def last(self, finest: Granularity, *, same_sentence_as: int = -1) -> DateSpan | None:
        """The last resolved span at least as fine as ``finest`` (in the sentence of an offset)."""
        lowest = self.sentence(same_sentence_as)[0] if same_sentence_as >= 0 else -1
        latest = self.latest[_ORDER[finest]]
        return None if latest is None or latest[0] < lowest else latest[1]


def _offset(cue: tuple[int, Tense]) -> int:
    return cue[0]


#: A handler's answer: (value, timex, tense that decided), or None to reject the match.
_Answer = tuple[DateSpan | Duration | None, str | None, Tense | None] | None


def _span(
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
    """
    del lo, hi
    start, end = canonical_span(day, g)
    return DateSpan(start=start, end=end, granularity=g, text=text, mod=mod)


def _ans(span: DateSpan | None, tense: Tense | None = None) -> _Answer:
    """A span's answer; its timex is computed when a mention is made."""
    return None if span is None else (span, None, tense)


def _part(word: str | None) -> DateMod | None:
    if not word:
        return None
    word = re.sub(r"^the\s+|\s+", " ", word.lower()).strip()
    value = _words().get(word, ("", ""))[1] or _words().get(word.split()[0], ("", ""))[1]
    return DateMod(value) if value else None


def _number(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word.lower())
    if word.isdigit():
        return int(word)
    kind, value = _words().get(word, ("", ""))
    return int(value) if kind == "number" else None


def _unit(word: str) -> str:
    return _words()[word.lower()][1]


def _month(word: str) -> int:
    return int(_words()[word.lower().rstrip(".")][1])


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` units (months keep the unit, not the day of the month)."""
    if unit in ("day", "hour", "minute"):
        return day + n * _DAY
    if unit in ("week", "fortnight"):
        return day + n * (14 if unit == "fortnight" else 7) * _DAY
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * n
    return add_months(day, months)


def _direction(tense: Tense | None, default: int = -1) -> int:
    if tense is Tense.FUTURE:
        return 1
    if tense is Tense.PAST:
        return -1
    return default


# ---------------------------------------------------------------------------------------------
# Handlers, one per scanner alternative


def _h_iso(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    day = dt.date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return _ans(_span(day, _G.DAY, text))


def _h_num(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    a, b, y = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    day = dt.date(y, a, b) if a <= 12 else dt.date(y, b, a)  # US month/day unless impossible
    return _ans(_span(day, _G.DAY, text))


def _month_day(
    ctx: _Ctx, m: re.Match[str], month: int, day: int, year: str | None, weekday: int | None = None
) -> _Answer:
    text = m.group()
    if year:
        return _ans(_span(dt.date(int(year), month, day), _G.DAY, text))
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
        return _ans(_span(chosen, _G.DAY, text))
    if not candidates:
        return None
    anchor = ctx.last(_G.MONTH, same_sentence_as=m.start())
    if anchor is not None and anchor.granularity is _G.MONTH and anchor.start.month == month:
        # "in October last year …, spoke on Oct. 3": the month told with its year decides
        named = [c for c in candidates if c.year == anchor.start.year]
        if named:
            return _ans(_span(named[0], _G.DAY, text))
    tense = None if _is_dateline(ctx, m) else ctx.tense_at(m.start(), m.end())
    direction = _direction(tense, 0)
    nearest = min(candidates, key=lambda c: abs((c - ref).days))
    if direction > 0:
        after = [c for c in candidates if c >= ref]
        chosen = min(after) if after else max(candidates)
    elif direction < 0:
        before = [c for c in candidates if c <= ref]
        chosen = max(before) if before else min(candidates)
    else:
        chosen = nearest
    if abs((chosen - ref).days) > 200 and abs((nearest - ref).days) < 90:
        # "Jan. 14" in a story of Jan. 15, "March 12" in one of Feb. 16: a day almost a year
        # away, when one of the same season is at hand, is a misread tense
        chosen, direction = nearest, 0
    return _ans(_span(chosen, _G.DAY, text), tense if direction else None)


def _is_dateline(ctx: _Ctx, m: re.Match[str]) -> bool:
    """A dateline: "SEOUL, April 16 (Yonhap) --" at the start of a line."""
    after = ctx.text[m.end() : m.end() + 3]
    line = ctx.text[max(0, m.start() - 60) : m.start()].rsplit("\n", 1)[-1]
    return after.lstrip().startswith(("(", "—", "–", "--", "-")) or bool(
        re.fullmatch(r"[A-Z][A-Z .’'-]*,\s*", line)
    )


def _h_mdy(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    word = m["mdy_mon"]
    if word.islower() and word in ("may", "march", "mar", "jan", "sept", "sep"):
        return None
    weekday = int(_words()[m["mdy_wd"].lower()][1]) if m["mdy_wd"] else None
    answer = _month_day(ctx, m, _month(word), int(m["mdy_d"]), m["mdy_y"], weekday)
    return _through(answer, m["mdy_d2"], m["mdy_to"])


def _through(answer: _Answer, last_day: str | None, joint: str | None = None) -> _Answer:
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
    span = DateSpan(start=first.start, end=end, granularity=_G.DAY, text=first.text)
    return (span, None, answer[2])


def _h_dmy(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    word = m["dmy_mon"]
    if word.islower() and word in ("may", "march", "mar", "jan", "sept", "sep"):
        return None
    answer = _month_day(ctx, m, _month(word), int(m["dmy_d0"] or m["dmy_d"]), m["dmy_y"])
    return _through(answer, m["dmy_d"] if m["dmy_d0"] else None, m["dmy_to"])


def _h_my(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    year = int(m["my_y"]) if m["my_y"] else ctx.ref.year + _REL_OFFSET[m["my_rel"].lower()]
    mod = _part(m["my_pre"])
    return _ans(_span(dt.date(year, _month(m["my_mon"]), 1), _G.MONTH, text, mod))


def _season_start(code: str, year: int) -> dt.date:
    return dt.date(year, _SEASONS[code], 1)


def _h_sy(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    code = _words()[m["sy_se"].lower()][1]
    span = _span(_season_start(code, int(m["sy_y"])), _G.SEASON, text, _part(m["sy_pre"]))
    return _ans(span)


def _ordinal_unit(ctx: _Ctx, m: re.Match[str], n: int, g: Granularity, year: int | None) -> _Answer:
    months = 3 if g is _G.QUARTER else 6
    if n * months > 12:
        return None
    tense = None
    if year is None:
        anchor = ctx.last(_G.YEAR)
        if anchor is not None and anchor.granularity is _G.YEAR and ctx.given is None:
            year = anchor.start.year  # "the first half" after "2024" in the same text
        else:
            tense = ctx.tense_at(m.start(), m.end())
            year = ctx.ref.year
            first = dt.date(year, (n - 1) * months + 1, 1)
            if tense is Tense.FUTURE:
                if canonical_span(first, g)[1] < ctx.ref:
                    year += 1
            elif first > ctx.ref:
                year -= 1
    day = dt.date(year, (n - 1) * months + 1, 1)
    return _ans(_span(day, g, m.group()), tense)


def _h_qq(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    g = _G.QUARTER if m["qq_letter"].upper() == "Q" else _G.HALF
    if m["qq_letter"].islower():
        return None
    year = m["qq_y1"] or m["qq_y2"]
    return _ordinal_unit(ctx, m, int(m["qq_n"]), g, int(year) if year else None)


def _h_q(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    g = _G.QUARTER if m["q_unit"].lower() == "quarter" else _G.HALF
    n = int(_words()[m["q_ord"].lower()][1])
    year: int | None = None
    if m["q_y1"] or m["q_y2"]:
        year = int(m["q_y1"] or m["q_y2"])
    rel = (m["q_rel1"] or m["q_rel2"] or "").lower()
    if rel:
        year = ctx.ref.year + _REL_OFFSET.get(rel, 0)
    return _ordinal_unit(ctx, m, n, g, year)


def _reporting_quarter(ctx: _Ctx, m: re.Match[str]) -> dt.date:
    """The quarter a financial report is about: the last one mentioned, else the last completed."""
    anchor = ctx.last(_G.QUARTER)
    if anchor is not None and anchor.granularity is _G.QUARTER:
        return anchor.start
    return add_months(ctx.ref, -3)


def _h_qa(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    mod = re.sub(r"\s+", " ", (m["qa_mod"] or "").lower())
    if m["qa_unit"].lower() == "period" and mod not in ("year-ago", "year-earlier", "latest"):
        return None
    if mod == "current":
        day = ctx.ref
    elif mod in ("year-ago", "year-earlier") or m["qa_ago"]:
        day = add_months(_reporting_quarter(ctx, m), -12)
    elif mod in ("previous", "prior"):
        day = add_months(_reporting_quarter(ctx, m), -3)
    elif mod in ("latest", "just-ended", "most recent", "recent"):
        day = add_months(ctx.ref, -3)
    else:
        day = _reporting_quarter(ctx, m)
    return _ans(_span(day, _G.QUARTER, text))


def _h_ya(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    anchor = ctx.last(_G.QUARTER, same_sentence_as=m.start())
    if anchor is not None and anchor.granularity in (_G.QUARTER, _G.HALF, _G.MONTH):
        return _ans(_span(add_months(anchor.start, -12), anchor.granularity, text))
    if _is_financial(ctx, m):
        return _ans(_span(add_months(ctx.ref, -15), _G.QUARTER, text))
    return _ans(_span(dt.date(ctx.ref.year - 1, 1, 1), _G.YEAR, text))


def _is_financial(ctx: _Ctx, m: re.Match[str]) -> bool:
    """A results sentence ("net rose … from a year ago") compares with a reporting quarter."""
    s, e = ctx.sentence(m.start())
    return _FINANCIAL.search(ctx.text, s, e) is not None


def _h_fyr(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    if not m["fyr"] and not _is_financial(ctx, m):
        return None
    return _ans(_span(ctx.ref, _G.YEAR, text))


def _h_dec(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    if m["dec_y"]:
        first = int(m["dec_y"])
    else:
        first = 1900 + int(m["dec_s"])
        if first + 100 <= ctx.ref.year:
            first += 100
    return _ans(_span(dt.date(first, 1, 1), _G.DECADE, text, _part(m["dec_pre"])))


def _season_span(code: str, ref: dt.date, offset: int, text: str, mod: DateMod | None) -> DateSpan:
    """This (0), last (-1) or next (+1) season of ``code`` seen from ``ref``."""
    starts = [_season_start(code, y) for y in range(ref.year - 2, ref.year + 2)]
    spans = [canonical_span(s, _G.SEASON) for s in starts]
    if offset < 0:
        start = max(s for s, e in spans if e < ref)
    elif offset > 0:
        start = min(s for s, e in spans if s > ref)
    else:
        containing = [s for s, e in spans if s <= ref <= e]
        start = containing[0] if containing else _season_start(code, ref.year)
    return _span(start, _G.SEASON, text, mod)


def _h_rel(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    rel = re.sub(r"\s+", " ", m["rel_rel"].lower())
    if rel == "in the":
        if not (m["rel_er"] or m["rel_pre"]) or m["rel_the"]:
            return None  # "later in the year" is this year, late; "in the year" alone is not
        rel = "this"
    elif rel == "the":
        if not m["rel_pre"] or m["rel_the"] or m["rel_er"]:
            return None  # "the end of the month" is this month's end; "the month" is not
        rel = "this"
    unit = m["rel_unit"].lower()
    offset = _REL_OFFSET[rel]
    ref = ctx.ref
    if (
        m["rel_the"]
        and rel in ("next", "past", "last", "coming")
        and unit in _UNIT_ISO
        and re.search(r"\b(?:over|during|for|within|in|throughout)\s+$", ctx.before(m.start()))
    ):
        return _duration_answer(1, unit, None)
    mod = _part(m["rel_pre"])
    er = (m["rel_er"] or "").lower()
    if unit in _words() and _words()[unit][0] == "season":
        return _ans(_season_span(_words()[unit][1], ref, offset, text, mod))
    if unit == "weekend":
        return _ans(_weekend(ref + 7 * offset * _DAY, text))
    g = {"decade": _G.DECADE}.get(unit) or _UNIT_GRANULARITY[unit]
    day = dt.date(ref.year + 10 * offset, 1, 1) if unit == "decade" else _shift(ref, unit, offset)
    if er and offset == 0:
        first, last = canonical_span(day, g)
        if er == "earlier":
            return _ans(_span(day, g, text, DateMod.EARLY, first, max(first, ref - _DAY)))
        return _ans(_span(day, g, text, DateMod.LATE, min(last, ref + _DAY), last))
    if er:
        mod = DateMod.EARLY if er == "earlier" else DateMod.LATE
    return _ans(_span(day, g, text, mod))


def _h_wkd(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    tense = ctx.tense_at(m.start(), m.end())
    ref = ctx.ref
    if tense is Tense.FUTURE or (tense is not Tense.PAST and ref.weekday() >= 3):
        day = ref
    else:
        day = ref if ref.weekday() >= 5 else ref - 7 * _DAY
    return _ans(_weekend(day, text), tense)


def _weekend(day: dt.date, text: str) -> DateSpan:
    """The weekend of the ISO week of ``day``: a run of two days, TIMEX3 ``…-WE``."""
    saturday, sunday = weekend_of(day)
    return DateSpan(start=saturday, end=sunday, granularity=_G.DAY, text=text)


def _h_ana(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    if m["ana_mon"]:
        # "the following May": the first May after the date told last (else publication)
        month = _month(m["ana_mon"])
        last = ctx.last(_G.MONTH)
        base = last.start if last is not None else ctx.ref
        if m["ana_mrel"].lower() == "following":
            year = base.year if month > base.month else base.year + 1
        else:
            year = base.year if month < base.month else base.year - 1
        return _ans(_span(dt.date(year, month, 1), _G.MONTH, text))
    if m["ana_ba"]:
        unit, step = "day", (1 if m["ana_ba"].lower().endswith("after") else -1)
    else:
        unit = m["ana_unit"].lower()
        rel = (m["ana_rel"] or "same").lower()
        step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel, 0)
        if unit in ("morning", "afternoon", "evening", "night"):
            unit = "day"
    anchor = ctx.last(_G.DAY if unit in ("day", "weekend") else _UNIT_GRANULARITY[unit])
    if anchor is None:
        return (None, None, None)
    if unit == "weekend":
        return _ans(_weekend(anchor.start + 7 * step * _DAY, text))
    g = _UNIT_GRANULARITY[unit]
    return _ans(_span(_shift(anchor.start, unit, step), g, text))


def _duration(n: float, unit: str) -> str:
    letter, mult, time = _UNIT_ISO[unit]
    amount = n * mult
    number = str(int(amount)) if amount == int(amount) else str(amount)
    return f"PT{number}{letter}" if time else f"P{number}{letter}"


def _duration_answer(n: int, unit: str, approx: str | None, text: str | None = None) -> _Answer:
    mod = DateMod.APPROX if approx and _words().get(approx.lower(), ("",))[0] == "approx" else None
    value = Duration(value=_duration(n, unit), mod=mod, text=text)
    return (value, value.timex, None)


def _h_ago(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    n = _number(m["ago_n"])
    unit = _unit(m["ago_unit"])
    direction = re.sub(r"\s+", " ", m["ago_dir"].lower())
    if n is None:  # pragma: no cover - the scanner reads numbers only
        return None
    if unit == "century":
        unit, n = "year", 100 * n
    g = _UNIT_GRANULARITY[unit]
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    anchor_based = direction in ("earlier", "later", "before", "after")
    if unit in ("year", "decade"):
        anchor = ctx.last(_G.QUARTER, same_sentence_as=m.start())
        if anchor is not None and anchor.granularity in (_G.QUARTER, _G.HALF, _G.MONTH):
            day = _shift(anchor.start, unit, sign * n)
            return _ans(_span(day, anchor.granularity, text))
    if unit == "year" and n == 1 and direction in ("ago", "earlier") and _is_financial(ctx, m):
        return _ans(_span(add_months(ctx.ref, -15), _G.QUARTER, text))
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
    return _ans(_span(_shift(base, unit, sign * n), g, text))


def _h_dur(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    n = _number(m["dur_n"])
    unit = _unit(m["dur_unit"])
    prep = (m["dur_prep"] or "").lower()
    approx = m["dur_apx"]
    if n is None:  # pragma: no cover - the scanner reads numbers only
        return None
    if m["dur_n"].lower() in ("a", "an") and not (prep or approx or m["dur_dir"]):
        return None
    if prep == "in" and not approx and not m["dur_dir"] and unit in _UNIT_GRANULARITY:
        before = ctx.before(m.start())
        tense = ctx.tense_at(m.start(), m.end())
        if tense is Tense.FUTURE and not re.search(r"\b(?:first|since|last\s+time)\b", before):
            g = _UNIT_GRANULARITY[unit]
            return _ans(_span(_shift(ctx.ref, unit, n), g, text), tense)
    return _duration_answer(n, unit, approx, text)


def _h_adj(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    n = _number(m["adj_n"])
    if n is None:  # pragma: no cover - the scanner reads numbers only
        return None
    return _duration_answer(n, _unit(m["adj_unit"]), None, text)


def _h_dw(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    word = re.sub(r"\s+", " ", m["dw"].lower())
    offset = {
        "yesterday": -1,
        "tomorrow": 1,
        "last night": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }.get(word, 0)
    pre = (m["dw_pre"] or "").lower()
    mod = {"early": DateMod.EARLY, "late": DateMod.LATE}.get(pre)
    return _ans(_span(ctx.ref + offset * _DAY, _G.DAY, text, mod))


def _h_wd(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    wd = int(_words()[m["wd"].lower()][1])
    ref = ctx.ref
    rel = (m["wd_rel"] or "").lower()
    ahead, back = (wd - ref.weekday()) % 7, (ref.weekday() - wd) % 7
    tense = None
    if rel in ("last", "past"):
        day = ref - (back or 7) * _DAY
    elif rel == "next":
        day = ref + (ahead or 7) * _DAY
    elif rel == "coming":
        day = ref + ahead * _DAY
    elif rel == "this":
        day = ref + (wd - ref.weekday()) * _DAY
    else:
        tense = ctx.tense_at(m.start(), m.end())
        direction = _direction(tense, 0 if tense is Tense.PRESENT else -1)
        if direction == 0:
            direction = 1 if ahead < back else -1
        day = ref + ahead * _DAY if direction > 0 else ref - back * _DAY
    return _ans(_span(day, _G.DAY, text), tense)


_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+")
_DATE_LEAD = re.compile(
    r"\b(?:in|since|until|till|by|from|of|during|before|after|through|throughout|early|late|mid"
    r"|last|next|this|coming|past|between|and|to|or|on)[ \t]+$",
    re.IGNORECASE,
)


def _is_given_name(text: str, start: int, end: int) -> bool:
    """A month name used as a given name: a capitalised word follows it and no word that
    leads a date precedes it ("Minister January Makamba", not "in January Xi visited")."""
    after = _NAME_AFTER.match(text, end)
    if after is None or _month_or_weekday(after.group().strip()):
        return False
    return _DATE_LEAD.search(text, max(0, start - 12), start) is None


def _month_or_weekday(word: str) -> bool:
    entry = _words().get(word.lower())
    return entry is not None and entry[0] in ("month", "weekday")


def _h_mon(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    word = m["mon"]
    rel = (m["mon_rel"] or "").lower()
    if word.lower() in ("may", "march") and not word[0].isupper():
        return None
    if word == "May" and not (rel or m["mon_pre"]) and _may_is_modal(ctx, m):
        return None
    if not (rel or m["mon_pre"]) and _is_given_name(ctx.text, m.start(), m.end()):
        return None  # "Minister January Makamba", "April Ryan said"
    month = _month(word)
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
        direction = _direction(tense, 0)
        year = ref.year
        if tense is Tense.PRESENT:  # the nearest
            if month - ref.month > 6:
                year -= 1
            elif ref.month - month > 6:
                year += 1
        elif direction > 0 and month < ref.month:
            year += 1
        elif direction < 0 and month > ref.month:
            year -= 1
        tense = tense if direction or tense is Tense.PRESENT else None
    return _ans(_span(dt.date(year, month, 1), _G.MONTH, text, _part(m["mon_pre"])), tense)


def _may_is_modal(ctx: _Ctx, m: re.Match[str]) -> bool:
    """'May' opening a sentence before a verb-like word is the modal, not the month."""
    s, _ = ctx.sentence(m.start())
    nxt = ctx.text[m.end() : m.end() + 12].lower()
    return s == m.start() and not re.match(r"\s*(?:[,.;]|\d|$)", nxt)


def _h_fy(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    return _ans(_span(dt.date(int(m["fy"]), 1, 1), _G.YEAR, text))


def _h_yr(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    return _ans(_span(dt.date(int(m["yr"]), 1, 1), _G.YEAR, text, _part(m["yr_pre"])))


def _h_vague(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    return (None, _vague()[re.sub(r"\s+", " ", m["vg"].lower())], None)


_ON_BEFORE = re.compile(r"\bon[ \t]+$", re.IGNORECASE)


def _h_dom(m: re.Match[str], ctx: _Ctx, text: str) -> _Answer:
    """ "on the 14th": that day of this month, the last or the next, as the tense says;
    the nearest one when nothing does."""
    if not _ON_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()):
        return None
    d = int(m["dom_d"])
    ref = ctx.ref
    first = ref.replace(day=1)
    months = [(first - _DAY).replace(day=1), first, (first + 32 * _DAY).replace(day=1)]
    days = []
    for month in months:
        try:
            days.append(month.replace(day=d))
        except ValueError:
            continue
    if not days:
        return None
    tense = ctx.tense_at(m.start(), m.end())
    direction = _direction(tense, 0)
    if direction < 0:
        days = [x for x in days if x <= ref]
    elif direction > 0:
        days = [x for x in days if x >= ref]
    if not days:
        return None
    day = min(days, key=lambda x: (abs((x - ref).days), x > ref))
    return _ans(_span(day, _G.DAY, text), tense)


_HANDLERS: dict[str, Callable[[re.Match[str], _Ctx, str], _Answer]] = {
    "iso": _h_iso,
    "num": _h_num,
    "mdy": _h_mdy,
    "dmy": _h_dmy,
    "my": _h_my,
    "sy": _h_sy,
    "qq": _h_qq,
    "q": _h_q,
    "qa": _h_qa,
    "ya": _h_ya,
    "fyr": _h_fyr,
    "dec": _h_dec,
    "rel": _h_rel,
    "wkd": _h_wkd,
    "ana": _h_ana,
    "ago": _h_ago,
    "dur": _h_dur,
    "adj": _h_adj,
    "dw": _h_dw,
    "wd": _h_wd,
    "mon": _h_mon,
    "fy": _h_fy,
    "yr": _h_yr,
    "vague": _h_vague,
    "dom": _h_dom,
}


def _match_at(
    text: str, pos: int, pattern: re.Pattern[str], ctx: _Ctx
) -> tuple[re.Match[str], tuple[DateSpan | Duration | None, str | None, Tense | None]] | None:
    """The form that matches at ``pos``, if its handler accepts it."""
    m = pattern.match(text, pos)
    if m is None:
        return None
    handler = _HANDLERS[(m.lastgroup or "_")[:-1]]
    try:
        answer = handler(m, ctx, m.group())
    except (ValueError, OverflowError, KeyError):
        answer = None
    return None if answer is None else (m, answer)


def _scan(
    text: str,
    ref: dt.date,
    given: Tense | None,
    *,
    one: bool = False,
    sents: list[tuple[int, int]] | None = None,
    only: list[tuple[int, int]] | None = None,
) -> list[tuple[re.Match[str], DateSpan | Duration | None, str | None, Tense | None]]:
    """Every (match, value, timex, tense) in ``text``; ``one``: the text is one expression;
    ``sents``: its sentences, when the caller has them already; ``only``: the spans to read,
    in order (the rest of the text is not read for dates)."""
    ctx = _Ctx(text, ref, given, one=one, sents=sents)
    out: list[tuple[re.Match[str], DateSpan | Duration | None, str | None, Tense | None]] = []
    table, follow = _dispatch()
    if only is None:
        words = [w.lower() for w in _TOKEN.findall(text)]
    else:
        words = [w.lower() for a, b in only for w in _TOKEN.findall(text, a, b)]
    keys = [w if w in table or w[0] not in _SPECIAL else _key(w) for w in words]
    wanted = [
        i
        for i, k in enumerate(keys)
        if k in table and (k not in _WEAK or (i + 1 < len(keys) and keys[i + 1] in follow))
    ]
    if not wanted:
        return out
    if only is None:
        starts = [t.start() for t in _TOKEN.finditer(text)]
    else:
        starts = [t.start() for a, b in only for t in _TOKEN.finditer(text, a, b)]
    done = 0
    for i in wanted:
        pos = starts[i]
        if pos < done:
            continue
        found = _match_at(text, pos, table[keys[i]], ctx)
        if found is None:
            continue
        m, (value, timex, tense) = found
        done = m.end()
        if isinstance(value, DateSpan):
            ctx.add_anchor(m.start(), value)
        out.append((m, value, timex, tense))
    return out


_LEADING = re.compile(r"(?:(?:on|in|at|by|since|from|until|till|through|of|during|as\s+of)\s+)?")


def resolve_date(
    expr: str, *, published: dt.date | dt.datetime | str, tense: Tense | str | None = None
) -> DateSpan | Duration | TimeRef | None:
    """The span, duration or vague reference a date expression names, seen from ``published``.

    ``tense`` gives the direction of an open reference ("Wednesday", "in April"); without it,
    the expression's own words decide ("met on Wednesday"), and a weekday looks back. An
    expression the rules do not cover goes to :mod:`dateparser`, whose point answer becomes a
    span of the granularity the expression names. Vague references ("now") give a
    :class:`~bilateral.TimeRef`; an expression that names no date gives ``None``.

    >>> import datetime as dt
    >>> wed = dt.date(2025, 4, 16)
    >>> resolve_date("next week", published=wed).timex
    '2025-W17'
    >>> resolve_date("on Friday", published=wed, tense="future").timex
    '2025-04-18'
    >>> resolve_date("last month", published=dt.date(2024, 6, 17)).timex
    '2024-05'
    >>> resolve_date("in nearly a decade", published=wed)
    Duration(value='P10Y', mod=<DateMod.APPROX: 'approx'>, text='in nearly a decade')
    >>> resolve_date("mid-June", published=wed).mod
    <DateMod.MID: 'mid'>
    >>> resolve_date("now", published=wed)
    TimeRef(timex='PRESENT_REF', text='now')
    """
    check_text(expr, "expr")
    ref = check_published(published)
    if tense is not None and not isinstance(tense, Tense):
        if not isinstance(tense, str):
            raise TypeError(
                f"'tense' must be a Tense, its value or None, not {type(tense).__name__}"
            )
        try:
            tense = Tense(tense)
        except ValueError:
            raise ValueError(
                f"'tense' must be one of {', '.join(t.value for t in Tense)}, not {tense!r}"
            ) from None
    return _resolve(expr.strip().rstrip(".,;:!?"), ref, tense)


@functools.lru_cache(maxsize=4096)
def _resolve(text: str, ref: dt.date, tense: Tense | None) -> DateSpan | Duration | TimeRef | None:
    """resolve_date on checked arguments; memoised, as a day's news repeats its expressions."""
    if not text or len(text) > 200:
        return None
    found = _scan(text, ref, tense, one=True)
    if (
        len(found) == 1
        and found[0][0].end() == len(text)
        and _LEADING.fullmatch(text, 0, found[0][0].start()) is not None
    ):
        m, value, timex, _ = found[0]
        if value is None and timex is not None:
            return TimeRef(timex=timex, text=m.group())
        return value
    if found:
        return None
    from bilateral._dateparser import parse_span

    return parse_span(text, ref)


def find_dates(text: str, *, published: dt.date | dt.datetime | str) -> list[DateMention]:
    """Every date, duration and vague time reference in ``text``, anchored on ``published``.

    Offsets index the input (``text[m.start:m.end] == m.text``); each mention carries its
    value, its TIMEX3 ``timex`` and the ``tense`` that decided an open direction.

    >>> import datetime as dt
    >>> ms = find_dates("They met on Monday and will meet again next week.",
    ...                 published=dt.date(2024, 6, 19))
    >>> [(m.text, m.timex, m.tense) for m in ms]
    [('Monday', '2024-06-17', <Tense.PAST: 'past'>), ('next week', '2024-W26', None)]
    >>> text = "the first talks in nearly a decade, now"
    >>> [m.timex for m in find_dates(text, published="2024-06-17")]
    ['P10Y', 'PRESENT_REF']
    """
    check_text(text)
    return _date_mentions(text, check_published(published))


def _date_mentions(
    text: str,
    ref: dt.date,
    sents: list[tuple[int, int]] | None = None,
    only: list[tuple[int, int]] | None = None,
) -> list[DateMention]:
    """find_dates on checked arguments; ``sents``: the sentences of ``text``, if known;
    ``only``: the spans to read (``extract`` reads the sentences that may tell an event)."""
    return _spelled_out(
        text,
        _join_ranges(
            text,
            [
                DateMention(
                    text=m.group(),
                    start=m.start(),
                    end=m.end(),
                    value=TimeRef(timex=timex, text=m.group())
                    if value is None and timex
                    else value,
                    timex=value.timex if value is not None else timex,
                    tense=tense,
                )
                for m, value, timex, tense in _scan(text, ref, None, sents=sents, only=only)
            ],
        ),
    )


_PAREN_OPEN = re.compile(r"[ \t]*\([ \t]*")


def _spelled_out(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "on Thursday (Nov 14)": the date in brackets spells out the weekday before it, whose
    guessed week it overrides; the weekday is dropped."""
    out: list[DateMention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and _WEEKDAY_ONLY.fullmatch(m.text)
            and isinstance(nxt.value, DateSpan)
            and nxt.value.granularity is Granularity.DAY
            and _PAREN_OPEN.fullmatch(text, m.end, nxt.start)
        ):
            continue
        out.append(m)
    return out


_WEEKDAY_ONLY = re.compile(
    r"(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.IGNORECASE
)
_RANGE_JOINT = re.compile(r"[ \t]*(?:[-–]|to|through|till|until|and)[ \t]*", re.IGNORECASE)


def _join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Two days joined by "to" or a dash ("from May 30 to June 2", "from Tuesday to
    Thursday") are one run of days; by "and", only when consecutive ("Friday and Saturday")."""
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        joint = _RANGE_JOINT.fullmatch(text, prev.end, m.start) if prev is not None else None
        a = prev.value if prev is not None else None
        b = m.value
        if (
            joint is not None
            and isinstance(a, DateSpan)
            and isinstance(b, DateSpan)
            and b.granularity is Granularity.DAY
            and a.start >= b.start > a.start - 7 * _DAY
            and _WEEKDAY_ONLY.fullmatch(m.text)
        ):
            # "from Tuesday to Thursday": the second day follows the first
            later = b.start + 7 * _DAY
            b = DateSpan(start=later, end=later, granularity=Granularity.DAY, text=b.text)
        if (
            joint is not None
            and prev is not None
            and isinstance(a, DateSpan)
            and isinstance(b, DateSpan)
            and a.granularity is Granularity.DAY
            and b.granularity is Granularity.DAY
            and b.start > a.end
            and (b.start - a.end).days <= (1 if "and" in joint.group().lower() else 31)
        ):
            span = DateSpan(
                start=a.start, end=b.end, granularity=Granularity.DAY, text=text[prev.start : m.end]
            )
            out[-1] = DateMention(
                text=span.text or "",
                start=prev.start,
                end=m.end,
                value=span,
                timex=span.timex,
                tense=prev.tense,
            )
            continue
        out.append(m)
    return out
