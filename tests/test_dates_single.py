"""resolve_date's fast path (bilateral._date_single) against the document scan it stands in for.

The fast path must answer exactly what the scan answers, or leave the expression to it: on
every case of the case table, on generated expressions made of the date word tables,
numbers and joints, for random publication dates and tenses, and on the mentions of the
example articles.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral._dates as dates
from bilateral import Tense, find_dates, resolve_date
from bilateral._date_holidays import holiday_names
from bilateral._date_scan import Found, scan
from bilateral._date_single import single
from bilateral._date_words import vague_table, words_of_kind
from bilateral._words import month_words, weekday_words

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples"
TENSES = [None, *Tense]


def _rows() -> list[dict[str, str]]:
    lines = (DATA / "date_cases.tsv").read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader([ln for ln in lines if ln[:1] != "#"], delimiter="\t"))


def _key(found: Found) -> tuple[Any, ...]:
    m, value, timex, tense, start, end = found
    return (m.start(), m.end(), m.group(), m.lastgroup, value, timex, tense, start, end)


def _agrees(text: str, ref: dt.date, tense: Tense | None) -> bool:
    """True when the fast path answers (and the scan finds just that); False when it leaves
    the expression to the scan. Fails when the two disagree."""
    fast = single(text, ref, tense)
    if fast is None:
        return False
    general = scan(text, ref, tense, one=True)
    assert [_key(f) for f in general] == [_key(fast)], (text, ref, tense)
    return True


def _general(text: str, ref: dt.date, tense: Tense | None) -> object:
    """resolve_date's answer with the fast path switched off."""
    saved = dates.single
    dates.single = lambda *_: None
    try:
        return dates._resolve.__wrapped__(text, ref, tense)
    finally:
        dates.single = saved


class TestCaseTable:
    """Every expression of tests/data/date_cases.tsv, under every tense."""

    def test_fast_path_finds_what_the_scan_finds(self) -> None:
        answered = 0
        for row in _rows():
            text = row["expr"].strip().rstrip(".,;:!?")
            ref = dt.date.fromisoformat(row["published"])
            answered += sum(_agrees(text, ref, t) for t in TENSES)
        assert answered >= 0.9 * len(TENSES) * len(_rows())  # it serves nearly all of them

    def test_resolve_date_is_unchanged(self) -> None:
        for row in _rows():
            text = row["expr"].strip().rstrip(".,;:!?")
            ref = dt.date.fromisoformat(row["published"])
            tense = Tense(row["tense"]) if row["tense"] else None
            dates._resolve.cache_clear()
            assert dates._resolve(text, ref, tense) == _general(text, ref, tense), row


_MORE = """the a an of on in at by for since until during within over after before this next
last past coming previous following same prior current that every each per ago later earlier
from now hence end start beginning middle mid early late year-end year-ago fiscal calendar full
quarter half period weekend morning evening afternoon night today tonight yesterday tomorrow and
or to through century decade nineties eighteen nineteen twenty thousand ninety-six noon midnight
daily weekly Q3 H1 FY2024 FY25 1990s '98 1998-99 said will met May Friday's week's 3rd 14th a.m.
p.m. EST -long -day"""


def _words() -> list[str]:
    """The words the forms are written with, and some that only look like them."""
    return sorted(
        {
            *month_words(),
            *(f"{w}." for w in month_words("abbr")),
            *weekday_words(),
            *words_of_kind("unit"),
            *words_of_kind("season"),
            *words_of_kind("ordinal"),
            *words_of_kind("number"),
            *words_of_kind("some"),
            *words_of_kind("approx"),
            *words_of_kind("part"),
            *vague_table(),
            *holiday_names(),
            *_MORE.split(),
        }
    )


_WORD = st.one_of(
    st.sampled_from(_words()),
    st.integers(0, 2100).map(str),
    st.sampled_from(["1/2", "12/06/2024", "2024-05-02", "9:30", "5-7", "2-3"]),
)
_JOINT = st.sampled_from([" ", " ", " ", "  ", "-", ", ", ",", "/", "\t", "'s "])


@st.composite
def _expressions(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORD, min_size=1, max_size=5))
    text = words[0]
    for w in words[1:]:
        text += draw(_JOINT) + w
    case = draw(st.sampled_from([str.lower, str.title, str.upper, lambda s: s, lambda s: s]))
    return str(case(text))


_LEAD = ["", "", "on ", "in ", "at ", "by ", "since ", "until ", "for ", "within ", "over "]
_LEAD += ["after ", "around ", "the day before ", "the day after ", "the week of ", "said "]
_PART = ["", "", "", "early ", "late ", "mid-", "the end of ", "earlier ", "later ", "the "]
_REL = ["this", "next", "last", "past", "coming", "previous", "the", "the coming", "the past"]
_REL += ["the following", "the previous", "that", "the same", "every", "each"]
_DIR = ["ago", "later", "earlier", "from now", "before", "after", "hence", ""]
_TEMPLATES = [
    "{rel} {unit}",
    "{rel} {season}",
    "{rel} {weekday}",
    "{rel} {month}",
    "{weekday}",
    "{month}",
    "{month} {year}",
    "{month} {d}",
    "{month} {d}, {year}",
    "{d} {month}",
    "{d} {month} {year}",
    "{weekday}, {month} {d}",
    "{month} {d}-{d}",
    "{num} {unit} {dir}",
    "{num} {unit}",
    "the {rel2} {num} {unit}",
    "{num}-{unit}",
    "{season} {year}",
    "{season} of {year}",
    "the {ord} quarter of {year}",
    "the {ord} half",
    "{year}",
    "the {year}s",
    "Q{q} {year}",
    "fiscal {year}",
    "{vague}",
    "{holiday}",
    "{rel} {holiday}",
    "{dayword}",
    "{year}-{m}-{d}",
    "{m}/{d}/{year}",
    "the {d}th",
    "{h} {ampm}",
]


@st.composite
def _phrases(draw: st.DrawFn) -> str:
    """Expressions shaped as news writes them, from the word tables: "early next week",
    "three weeks ago", "Monday, May 5", "the third quarter of 2024", … (valid or not)."""
    fill = {
        "rel": draw(st.sampled_from(_REL)),
        "rel2": draw(st.sampled_from(["next", "past", "last", "coming", "first"])),
        "unit": draw(st.sampled_from([*sorted(words_of_kind("unit")), "weekend"])),
        "season": draw(st.sampled_from(sorted(words_of_kind("season")))),
        "weekday": draw(st.sampled_from(sorted(weekday_words()))),
        "month": draw(st.sampled_from([*sorted(month_words()), "Sept.", "Jan.", "Dec."])),
        "year": str(draw(st.integers(1890, 2110))),
        "d": str(draw(st.integers(0, 33))),
        "m": str(draw(st.integers(0, 13))),
        "q": str(draw(st.integers(0, 5))),
        "h": str(draw(st.integers(0, 13))),
        "ampm": draw(st.sampled_from(["a.m", "p.m", "in the morning", "pm"])),
        "num": draw(st.sampled_from([*sorted(words_of_kind("number")), "2", "10", "several"])),
        "dir": draw(st.sampled_from(_DIR)),
        "ord": draw(st.sampled_from(sorted(words_of_kind("ordinal")))),
        "vague": draw(st.sampled_from(sorted(vague_table()))),
        "holiday": draw(st.sampled_from(sorted(holiday_names()))),
        "dayword": draw(st.sampled_from(["today", "yesterday", "tomorrow", "tonight"])),
    }
    core = draw(st.sampled_from(_TEMPLATES)).format(**fill)
    text = draw(st.sampled_from(_LEAD)) + draw(st.sampled_from(_PART)) + core
    case = draw(st.sampled_from([str.lower, str.title, str.upper, str.strip, str.strip]))
    return str(case(text.strip()))


_DATES = st.dates(dt.date(1950, 1, 1), dt.date(2060, 12, 31))


class TestGenerated:
    """Generated expressions: the fast path and the scan agree, and so does resolve_date."""

    @given(st.one_of(_phrases(), _expressions()), _DATES, st.sampled_from(TENSES))
    def test_fast_path_agrees_with_the_scan(
        self, text: str, ref: dt.date, tense: Tense | None
    ) -> None:
        _agrees(text, ref, tense)

    @given(st.one_of(_phrases(), _expressions()), _DATES, st.sampled_from(TENSES))
    def test_resolve_date_agrees_with_the_general_path(
        self, text: str, ref: dt.date, tense: Tense | None
    ) -> None:
        text = text.strip().rstrip(".,;:!?")
        dates._resolve.cache_clear()
        assert dates._resolve(text, ref, tense) == _general(text, ref, tense)

    @given(st.text(max_size=40), _DATES)
    def test_never_raises_on_any_text(self, text: str, ref: dt.date) -> None:
        found = single(text, ref, None)
        assert found is None or found[0].end() == len(text)


def _mentions() -> Iterator[tuple[str, str]]:
    """(mention text, publication date) of the dates find_dates finds in the example articles
    (``published: YYYY-MM-DD``, an empty line, then the article text)."""
    for path in sorted(EXAMPLES.glob("*/*.txt")):
        head, _, text = path.read_text(encoding="utf-8").partition("\n\n")
        if head.startswith("published: "):
            published = head.removeprefix("published: ").strip()
            for m in find_dates(text, published=published):
                yield m.text, published


class TestExampleArticles:
    """End to end: the mentions of the example articles, resolved alone."""

    def test_mentions_resolve_as_before(self) -> None:
        seen = 0
        for text, published in _mentions():
            ref = dt.date.fromisoformat(published[:10])
            for tense in TENSES:
                _agrees(text, ref, tense)
            expected = _general(text.strip().rstrip(".,;:!?"), ref, None)
            assert resolve_date(text, published=published) == expected, text
            seen += 1
        if not seen:
            pytest.skip("no example articles with a publication date")

    def test_fast_path_leaves_what_it_cannot_read_whole(self) -> None:
        ref = dt.date(2025, 4, 16)
        assert single("next week", ref, None) is not None
        assert single("next week and then", ref, None) is None  # words after the match
        assert single("27–28 April", ref, None) is None  # not ASCII: the scan decides
        assert single("in May", ref, None) is not None  # "in" opens no form here: "May" does
        assert single("said nothing", ref, None) is None
