"""Finding date mentions in text: one linear token scan over the dispatch table of
:mod:`bilateral._date_forms`, each match handed to its form's handler; then the mentions that
belong together are joined ("from May 30 to June 2") or dropped ("on Thursday (Nov 14)").
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re

from bilateral._date_anchor import Context, Handler
from bilateral._date_forms import SPECIAL, TOKEN, WEAK, dispatch, dispatch_key
from bilateral._date_holidays import HANDLERS as HOLIDAYS
from bilateral._date_named import HANDLERS as NAMED
from bilateral._date_nested import join_nested
from bilateral._date_relative import HANDLERS as RELATIVE
from bilateral._date_times import HANDLERS as TIMES
from bilateral._date_words import DAY, Value
from bilateral._mentions import DateMention
from bilateral._model import DateSpan, TimeRef
from bilateral._regex import lazy_regex
from bilateral._vocab import Granularity, Tense
from bilateral._words import weekday_alternation

__all__ = ["HANDLERS", "Found", "date_mentions", "scan"]

_DIGITS = frozenset("0123456789")
_SPLIT = lazy_regex(r"(['’]?\w+)")  # TOKEN as a split pattern: gaps and tokens in turn
HANDLERS: dict[str, Handler] = {**NAMED, **RELATIVE, **TIMES, **HOLIDAYS}


def _match_at(
    text: str, pos: int, pattern: re.Pattern[str], ctx: Context, trim: bool
) -> tuple[re.Match[str], tuple[Value | None, str | None, Tense | None], int, int] | None:
    """The form that matches at ``pos``, if its handler accepts it; with its extent (the
    offsets in the match of its TIMEX3 extent, when ``trim``)."""
    m = pattern.match(text, pos)
    if m is None:
        return None
    handler = HANDLERS[(m.lastgroup or "_")[:-1]]
    whole = m.group()
    head, tail = 0, len(whole)
    if trim:  # the TIMEX3 extent: a preposition before, a possessive after are outside
        cut = _OUTSIDE_BEFORE().match(whole)
        if cut is not None:
            head = cut.end()
        if whole[-2:] in _POSSESSIVES:
            tail -= 2
    try:
        answer = handler(m, ctx, whole[head:tail] if tail - head < len(whole) else whole)
    except (ValueError, OverflowError, KeyError):
        answer = None
    return None if answer is None else (m, answer, head, tail)


#: What the scan finds: the match, its value, timex and tense, and its extent's offsets.
Found = tuple[re.Match[str], Value | None, str | None, Tense | None, int, int]


def scan(
    text: str,
    ref: dt.date,
    given: Tense | None,
    *,
    one: bool = False,
    sents: list[tuple[int, int]] | None = None,
    only: list[tuple[int, int]] | None = None,
    trim: bool = False,
) -> list[Found]:
    """Every (match, value, timex, tense) in ``text``; ``one``: the text is one expression;
    ``sents``: its sentences, when the caller has them already; ``only``: the spans to read,
    in order (the rest of the text is not read for dates); ``trim``: give each the TIMEX3
    extent (prepositions and possessives outside).

    >>> [(m, value, _, _, _, _)] = scan("in May 2024", dt.date(2025, 1, 1), None)
    >>> m.group(), value.timex
    ('May 2024', '2024-05')
    """
    out: list[Found] = []
    keys, wanted, starts = _candidates(text, only)
    if not wanted:
        return out
    table = dispatch()[0]
    ctx = Context(text, ref, given, one=one, sents=sents)
    done = 0
    for i in wanted:
        pos = starts[i]
        if pos < done:
            continue
        found = _match_at(text, pos, table[keys[i]], ctx, trim)
        if found is None:
            continue
        m, (value, timex, tense), head, tail = found
        done = m.end()
        if isinstance(value, DateSpan):
            ctx.add_anchor(m.start(), value)
        out.append((m, value, timex, tense, pos + head, pos + tail))
    return out


def _candidates(
    text: str, only: list[tuple[int, int]] | None
) -> tuple[list[str], list[int], list[int]]:
    """The dispatch key of every token of ``text`` (or of the spans ``only``), the indices
    of the tokens worth a look (a weak first word only before a date word), and the tokens'
    offsets (empty when no token is worth a look)."""
    table, follow = dispatch()
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: lower word by word
        low = text
    starts: list[int] = []
    if only is None:
        # one split gives the tokens and the gaps between them, whose running lengths are
        # the tokens' offsets: no match object per token
        parts = _SPLIT().split(low)
        words = parts[1::2]
    else:
        words, starts = _tokens_in(low, only)
    if low is text:
        words = [w.lower() for w in words]
    # a token that may have a special key opens with a digit or a quote, or ends with a digit
    # ("q3", "h1", "fy2024"): the others ("from", "he") are their own key, with no call
    keys = [
        w if w in table or (w[0] not in SPECIAL and w[-1] not in _DIGITS) else dispatch_key(w)
        for w in words
    ]
    wanted = [
        i
        for i, k in enumerate(keys)
        if k in table and (k not in WEAK or (i + 1 < len(keys) and keys[i + 1] in follow))
    ]
    if not wanted:
        return keys, wanted, []
    if only is None:
        starts = list(itertools.accumulate(map(len, parts)))[0::2]
    return keys, wanted, starts


def _tokens_in(low: str, only: list[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """The tokens of the spans ``only`` of ``low`` and their offsets, as ``TOKEN`` finds them
    in each span: from one split of the whole text (in C), each span's run of tokens taken
    by bisection; a span that cuts a token (which the pattern would read cut) alone is read
    by the pattern."""
    parts = _SPLIT().split(low)
    every = parts[1::2]
    bounds = list(itertools.accumulate(map(len, parts)))
    firsts, lasts = bounds[0:-1:2], bounds[1::2]
    token = TOKEN()
    words: list[str] = []
    starts: list[int] = []
    for a, b in only:
        i = bisect.bisect_left(firsts, a)
        j = bisect.bisect_left(firsts, b, i)
        if (i and lasts[i - 1] > a) or (j and lasts[j - 1] > b):
            words += token.findall(low, a, b)
            starts += [t.start() for t in token.finditer(low, a, b)]
        else:
            words += every[i:j]
            starts += firsts[i:j]
    return words, starts


def date_mentions(
    text: str,
    ref: dt.date,
    sents: list[tuple[int, int]] | None = None,
    only: list[tuple[int, int]] | None = None,
    *,
    events: bool = False,
    extents: bool = False,
) -> list[DateMention]:
    """find_dates on checked arguments; ``sents``: the sentences of ``text``, if known;
    ``only``: the spans to read (``extract`` reads the sentences that may tell an event);
    ``events``: for the event extractor, which does not take a named day ("on Christmas
    Day") as an event's date: such a day is most often told of another happening;
    ``extents``: the TIMEX3 extents of :func:`~bilateral.find_dates` (the event extractor
    reads the mentions whole, as their words, "Sunday's run-off", tell what a date is of).

    >>> text = "Talks opened on Monday. They will close on Friday."
    >>> [m.timex for m in date_mentions(text, dt.date(2024, 6, 19), only=[(24, 50)])]
    ['2024-06-21']
    """
    return _spelled_out(
        text,
        join_nested(
            text,
            _join_ranges(
                text,
                [
                    DateMention(
                        text=text[start:end],
                        start=start,
                        end=end,
                        value=TimeRef(timex=timex, text=text[start:end])
                        if value is None and timex
                        else value,
                        timex=value.timex if value is not None else timex,
                        tense=tense,
                    )
                    for m, value, timex, tense, start, end in scan(
                        text, ref, None, sents=sents, only=only, trim=extents
                    )
                    if not (events and m.lastgroup == "hol_")
                ],
            ),
        ),
    )


_PAREN_OPEN = lazy_regex(r"[ \t]*\([ \t]*")


def _spelled_out(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "on Thursday (Nov 14)": the date in brackets spells out the weekday before it, whose
    guessed week it overrides; the weekday is dropped."""
    out: list[DateMention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and nxt.start - m.end < 12  # cheap tests first: this runs for every mention
            and isinstance(nxt.value, DateSpan)
            and nxt.value.granularity is Granularity.DAY
            and _PAREN_OPEN().fullmatch(text, m.end, nxt.start)
            and _weekday_only().fullmatch(m.text)
        ):
            continue
        out.append(m)
    return out


@functools.cache
def _weekday_only() -> re.Pattern[str]:
    """A weekday's full name alone, perhaps after "on" (not "Tues", not "Monday, May 5")."""
    return re.compile(rf"(?:on[ \t]+)?(?:{weekday_alternation('name')})", re.IGNORECASE)


_LAST_WEEK = dt.date.max - 7 * DAY
_RANGE_JOINT = lazy_regex(r"[ \t]*(?:[-–]|to|through|till|until|and)[ \t]*", re.IGNORECASE)


def _join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Two days joined by "to" or a dash ("from May 30 to June 2", "from Tuesday to
    Thursday") are one run of days; by "and", only when consecutive ("Friday and Saturday")."""
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        joint = (
            _RANGE_JOINT().fullmatch(text, prev.end, m.start)
            if prev is not None and m.start - prev.end < 16
            else None
        )
        a = prev.value if prev is not None else None
        b = m.value
        if (
            joint is not None
            and isinstance(a, DateSpan)
            and isinstance(b, DateSpan)
            and b.granularity is Granularity.DAY
            and 0 <= (a.start - b.start).days < 7
            and _weekday_only().fullmatch(m.text)
            and b.start < _LAST_WEEK  # no week after the last one the calendar has
        ):
            # "from Tuesday to Thursday": the second day follows the first
            later = b.start + 7 * DAY
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
            and b.end < _LAST_WEEK  # the run's timex reads the week of its days
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


#: Words that TIMEX3 leaves outside an expression's extent: a preposition before it ("for
#: three days", "in the past", "right now", "for now") and "earlier"/"later", comparative
#: adverbs, before a unit told from the reference day ("earlier this week" is annotated "this
#: week", "later Thursday" "Thursday"); "early" and "late" are modifiers, inside.
_OUTSIDE_BEFORE = lazy_regex(
    r"(?:(?:in|within|for|over|during|after|throughout|right)\s+"
    r"|(?:earlier|later)\s+(?=(?:this|today|tonight|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b))(?=\S)",
    re.IGNORECASE,
)
_POSSESSIVES = frozenset(("'s", "’s", "'S", "’S"))
