"""Resolve the date expressions of English news against the publication date (TIMEX3 values).

The public façade of the date resolver. One scanner (:mod:`bilateral._date_scan`) finds
every expression in a single linear pass over the forms of :mod:`bilateral._date_forms`
(:func:`resolve_date` first tries its fast path, :mod:`bilateral._date_single`); a
small handler per form (:mod:`bilateral._date_named`, :mod:`bilateral._date_relative`) turns
its groups into a :class:`~bilateral.DateSpan`, a :class:`~bilateral.Duration`, or a vague
reference (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``). Where the text leaves the
direction open ("on Wednesday", "in April"), the tense of the sentence decides it
(:mod:`bilateral._date_anchor`). :mod:`bilateral._dateparser` is the fallback of
:func:`resolve_date` for the long tail. The rule for each form is documented in
``docs/dates.rst``.

>>> import datetime as dt
>>> resolve_date("next week", published=dt.date(2025, 4, 16)).timex
'2025-W17'
"""

from __future__ import annotations

import datetime as dt
import functools

from bilateral._args import check_published, check_text
from bilateral._date_nested import nest, nested_prefix
from bilateral._date_scan import Found, date_mentions, scan
from bilateral._date_single import single
from bilateral._date_times import timed
from bilateral._mentions import DateMention
from bilateral._model import DateSpan, Duration, TimeRef
from bilateral._model_time import Recurrence, TimeOfDay
from bilateral._regex import lazy_regex
from bilateral._vocab import Tense

__all__ = ["date_mentions", "find_dates", "resolve_date"]

_LEADING = lazy_regex(r"(?:(?:on|in|at|by|since|from|until|till|through|of|during|as\s+of)\s+)?")


def resolve_date(
    expr: str, *, published: dt.date | dt.datetime | str, tense: Tense | str | None = None
) -> DateSpan | Duration | TimeRef | TimeOfDay | Recurrence | None:
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
    if not isinstance(expr, str):
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
def _resolve(
    text: str, ref: dt.date, tense: Tense | None
) -> DateSpan | Duration | TimeRef | TimeOfDay | Recurrence | None:
    """resolve_date on checked arguments; memoised, as a day's news repeats its expressions."""
    if not text or len(text) > 200:
        return None
    one = single(text, ref, tense)  # the fast path: one form reads the whole expression
    if one is not None and one[4] == 0:  # and opens it: no words before it to read
        return (
            TimeRef(timex=one[2], text=one[0].group())
            if one[1] is None and one[2] is not None
            else one[1]
        )
    found = [one] if one is not None else scan(text, ref, tense, one=True)
    if (
        len(found) == 1
        and found[0][0].end() == len(text)
        and isinstance(found[0][1], DateSpan)
        and (prefix := nested_prefix(text, found[0][0].start())) is not None
        and prefix.start() == 0
    ):
        return nest(prefix, found[0][1], text)  # "the day before May 2"
    if (
        len(found) == 1
        and found[0][0].end() == len(text)
        and _LEADING().fullmatch(text, 0, found[0][0].start()) is not None
    ):
        return _value(found[0])
    if found and not all(isinstance(f[1], TimeOfDay) for f in found):
        return None  # two expressions, or one with more words around it
    # nothing the rules know, or a clock time on a day they do not ("midnight on 12/06")
    from bilateral._dateparser import parse_span

    return parse_span(text, ref)


def _value(found: Found) -> DateSpan | Duration | TimeRef | TimeOfDay | Recurrence | None:
    """The value of what the scan found: a vague reference ("now") is a TimeRef."""
    m, value, timex = found[0], found[1], found[2]
    if value is None and timex is not None:
        return TimeRef(timex=timex, text=m.group())
    return value


def find_dates(text: str, *, published: dt.date | dt.datetime | str) -> list[DateMention]:
    """Every date, duration and vague time reference in ``text``, anchored on ``published``.

    Offsets index the input (``text[m.start:m.end] == m.text``); each mention carries its
    value, its TIMEX3 ``timex`` and the ``tense`` that decided an open direction. A mention's
    extent is the TIMEX3 one: a preposition before it ("for three days") and a possessive
    after it ("Friday's") are outside.

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
    return timed(text, date_mentions(text, check_published(published), extents=True))
