"""Hardening: the public parsers on hostile text, bad arguments, threads, processes, no network.

Every parser gets arbitrary ``st.text()`` and news-like text built from the library's own
tables (titles, office holders, country forms, date expressions, trigger and cue words) mixed
with punctuation, quotes, look-alike letters, control characters and very long tokens. On any
``str`` it returns a list (or a value) and never raises; every offset indexes the input; every
event validates against ``json_schema()`` and survives the JSON round trip. Speed is measured
by ``benchmarks/bench_scaling.py``, not here; the pathological inputs below only check that the
answers keep their promises on them.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import inspect
import json
import os
import re
import socket
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import bilateral
from bilateral._tables import read_tsv
from bilateral._text import MAX_SENTENCE, sentences

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = dt.date(2025, 4, 16)
VALIDATOR = jsonschema.Draft202012Validator(bilateral.json_schema())


# ---------------------------------------------------------------------------------------------
# The example articles


def _articles() -> list[tuple[str, str, dt.date]]:
    out = []
    for path in sorted((ROOT / "examples" / "articles").glob("*.txt")):
        header, _, text = path.read_text(encoding="utf-8").partition("\n\n")
        out.append((path.stem, text, dt.date.fromisoformat(header.split(":", 1)[1].strip())))
    return out


ARTICLES = _articles()


# ---------------------------------------------------------------------------------------------
# Adversarial news-like text, built from the library's own tables


def _column(table: str, *columns: str) -> list[str]:
    values = {row[c] for row in read_tsv(table) for c in columns if row.get(c)}
    return sorted(values)


_TITLES = _column("titles.tsv", "phrase")
_NAMES = _column("roster.tsv", "name")
_COUNTRY_FORMS = sorted(
    {
        *_column("country_names.tsv", "name", "official_name", "common_name"),
        *_column("country_aliases.tsv", "alias"),
        *_column("country_demonyms.tsv", "demonym"),
        *_column("country_capitals.tsv", "capital"),
        *_column("country_metonyms.tsv", "metonym"),
        *_column("country_historical.tsv", "name"),
        *_column("country_organizations.tsv", "form"),
        *_column("country_blockers.tsv", "phrase"),
    }
)
_DATE_WORDS = sorted({*_column("date_words.tsv", "word"), *_column("date_vague.tsv", "phrase")})
_TRIGGERS = _column("triggers.tsv", "word")
_CUES = _column("cues.tsv", "phrase")
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
_MONTHS += ["September", "October", "November", "December", "Jan.", "Sept.", "Dec"]
_PUNCTUATION = [*".,;:!?-–—/()[]{}…·•*&%$€£#@~^|\\+=<>", "--", "...", " - ", "?!", ".)"]
_QUOTES = [*"\"'“”‘’«»„‚‹›`´", '."', '?"', "'s", "’s", "s'"]
_CONTROL = list("\x00\x01\x07\x08\t\n\x0b\x0c\r\x1b\x1f\x7f\x85\u2028\u2029\ufeff")
_SPACES = list(" \u00a0\u2002\u2009\u200b\u200c\u200d\u202f\u3000")
# Letters that look Latin but are not, and characters whose case mapping changes length.
_LOOKALIKES = {
    "A": "А",  # Cyrillic
    "B": "В",
    "C": "С",
    "E": "Е",
    "I": "І",
    "K": "K",  # Kelvin sign
    "O": "О",
    "P": "Р",
    "S": "Ѕ",
    "a": "а",
    "c": "с",
    "e": "е",
    "i": "і",
    "o": "о",
    "p": "р",
    "s": "ѕ",
    "x": "х",
    "y": "у",
}
_ODD = [
    "İ",
    "ß",
    "ﬁ",
    "Ǆ",
    "ΐ",
    "²",
    "٣",
    "߀",
    "①",
    "Ⅻ",
    "\u0301",
    "\u200f",
    "\ud7ff",
    "😀",
    "𝐔.𝐒.",
]
_HOW = ["as is", "as is", "as is", "upper", "title", "lookalike", "decomposed"]
_SEPARATORS = [" ", " ", " ", ", ", ". ", ".\n\n", "\n", " — ", "-", "", "'s ", " and "]


def _dates_expressions() -> st.SearchStrategy[str]:
    day = st.integers(min_value=0, max_value=40).map(str)
    year = st.integers(min_value=0, max_value=10_000).map(str)
    n = st.integers(min_value=0, max_value=1000).map(str)
    month = st.sampled_from(_MONTHS)
    weekday = st.sampled_from(_WEEKDAYS)
    unit = st.sampled_from(["day", "days", "week", "weeks", "month", "months", "years", "decade"])
    rel = st.sampled_from(["next", "last", "this", "coming", "past", "the following", "earlier"])
    return st.one_of(
        st.sampled_from(_DATE_WORDS),
        st.builds(lambda w: f"on {w}", weekday),
        st.builds(lambda d, m, y: f"{d} {m} {y}", day, month, year),
        st.builds(lambda m, d, y: f"{m} {d}, {y}", month, day, year),
        st.builds(lambda y, m, d: f"{y}-{m}-{d}", year, day, day),
        st.builds(lambda a, b, y: f"{a}/{b}/{y}", day, day, year),
        st.builds(lambda r, u: f"{r} {u}", rel, unit),
        st.builds(lambda k, u: f"{k} {u} ago", n, unit),
        st.builds(lambda k, u: f"in {k} {u}", n, unit),
        st.builds(lambda q, y: f"Q{q} {y}", st.integers(0, 5), year),
        st.builds(lambda y: f"the first half of {y}", year),
        st.builds(lambda m: f"mid-{m}", month),
        st.builds(lambda y: f"the {y}s", year),
        st.builds(lambda y: f"FY{y}", year),
    )


def _long_token() -> st.SearchStrategy[str]:
    unit = st.sampled_from(["a", "A", "Kim", "9", "2024-", "-", ".", "'", "next ", "U.S.", "é"])
    return st.builds(lambda u, k: u * k, unit, st.integers(min_value=100, max_value=3000))


def _disguise(piece: str, how: str) -> str:
    if how == "upper":
        return piece.upper()
    if how == "title":
        return piece.title()
    if how == "lookalike":
        return "".join(_LOOKALIKES.get(ch, ch) for ch in piece)
    if how == "decomposed":  # NFD text, as macOS writes it, with a stray combining mark
        return unicodedata.normalize("NFD", piece) + "\u0301"
    return piece


_PIECES = st.one_of(
    st.sampled_from(_TITLES),
    st.sampled_from(_NAMES),
    st.sampled_from(_COUNTRY_FORMS),
    _dates_expressions(),
    st.sampled_from(_TRIGGERS),
    st.sampled_from(_CUES),
    st.sampled_from(_PUNCTUATION),
    st.sampled_from(_QUOTES),
    st.sampled_from(_CONTROL),
    st.sampled_from(_SPACES),
    st.sampled_from(_ODD),
    _long_token(),
    st.text(max_size=4),
)


@st.composite
def news_text(draw: st.DrawFn) -> str:
    """News-like text from the library's tables, disguised and broken in hostile ways."""
    pieces = draw(st.lists(_PIECES, max_size=40))
    out = []
    for piece in pieces:
        how = draw(st.sampled_from(_HOW))
        out.append(_disguise(piece, how) + draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


PUBLISHED_DATES = st.one_of(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from([dt.date.min, dt.date.max, dt.date(1, 12, 31), dt.date(9999, 1, 1)]),
    st.dates(),
)
TEXTS = st.one_of(news_text(), st.text())


# ---------------------------------------------------------------------------------------------
# The promises every answer keeps


def _check_offsets(text: str, mentions: list[Any]) -> None:
    last = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start : m.end] == m.text, m
        assert m.start >= last, "mentions are in text order"
        last = m.start


def _check_events(text: str, events: list[bilateral.Event]) -> None:
    assert isinstance(events, list)
    for event in events:
        assert isinstance(event, bilateral.Event)
        for ev in event.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.text
        data = bilateral.to_dict(event)
        VALIDATOR.validate(data)
        assert bilateral.from_dict(data) == event
        assert bilateral.from_dict(json.loads(json.dumps(data))) == event
    assert bilateral.from_json(bilateral.to_json(events)) == events


# Regressions found by these properties (or by the scaling benchmark) are kept as examples.
REGRESSIONS = [
    "." * 20_000,  # sentence splitter: a run of dots was O(k**2) (about 3 s here)
    "2024-01-" * 2_000,  # date scanner: the "end of word" look-ahead re-read digit runs
    "Minister " * 2_000,  # find_actors copied the rest of the text after each title
    "Korea\u0301 and France \u0301",  # a lone combining mark crashed the country trie
]


#: the values a date mention or resolve_date may have (TIMEX3 DATE, DURATION, TIME, SET, refs)
_DATE_VALUES = (
    bilateral.DateSpan,
    bilateral.Duration,
    bilateral.TimeRef,
    bilateral.TimeOfDay,
    bilateral.Recurrence,
)


class TestProperties:
    @settings(max_examples=150, deadline=None)
    @given(TEXTS)
    @example("")
    @example(REGRESSIONS[0])
    @example(REGRESSIONS[1])
    @example(REGRESSIONS[2])
    @example(REGRESSIONS[3])
    def test_find_countries(self, text: str) -> None:
        """find_countries returns mentions whose offsets index the input."""
        mentions = bilateral.find_countries(text)
        _check_offsets(text, mentions)
        for m in mentions:
            assert m.country is None or isinstance(m.country, bilateral.Country)

    @settings(max_examples=150, deadline=None)
    @given(TEXTS, PUBLISHED_DATES)
    @example(REGRESSIONS[0], PUBLISHED)
    @example(REGRESSIONS[1], PUBLISHED)
    @example("next year, last year, in 3 days, the 1990s", dt.date.max)
    @example("next year, last year, 3 days ago, the first quarter", dt.date.min)
    def test_find_dates(self, text: str, published: dt.date) -> None:
        """find_dates returns mentions with offsets into the input and a typed value."""
        mentions = bilateral.find_dates(text, published=published)
        _check_offsets(text, mentions)
        for m in mentions:
            assert m.value is None or isinstance(m.value, _DATE_VALUES)
            assert m.timex is None or isinstance(m.timex, str)

    @settings(max_examples=150, deadline=None)
    @given(TEXTS)
    @example(REGRESSIONS[2])
    @example(REGRESSIONS[3])
    def test_find_actors(self, text: str) -> None:
        """find_actors returns mentions whose offsets index the input."""
        mentions = bilateral.find_actors(text)
        _check_offsets(text, mentions)
        for m in mentions:
            assert isinstance(m.actor, bilateral.Actor)

    @settings(max_examples=150, deadline=None)
    @given(TEXTS, st.none() | TEXTS)
    @example("Korea\u0301", None)
    @example("Korean", REGRESSIONS[3])
    def test_resolve_country(self, text: str, context: str | None) -> None:
        """resolve_country returns a Country or None on any text and context."""
        answer = bilateral.resolve_country(text, context=context)
        assert answer is None or isinstance(answer, bilateral.Country)

    @settings(max_examples=150, deadline=None)
    @given(
        st.one_of(_dates_expressions(), TEXTS),
        PUBLISHED_DATES,
        st.none() | st.sampled_from(list(bilateral.Tense)),
    )
    @example("next year", dt.date.max, None)
    @example("last year", dt.date.min, None)
    @example("Q4 9999", dt.date.max, bilateral.Tense.FUTURE)
    def test_resolve_date(
        self, expr: str, published: dt.date, tense: bilateral.Tense | None
    ) -> None:
        """resolve_date returns a span, a duration, a time, a recurrence, a vague reference or
        None on any expression."""
        answer = bilateral.resolve_date(expr, published=published, tense=tense)
        assert answer is None or isinstance(answer, _DATE_VALUES)

    @settings(max_examples=120, deadline=None)
    @given(TEXTS, PUBLISHED_DATES)
    @example("", PUBLISHED)
    @example(REGRESSIONS[0], PUBLISHED)
    @example(REGRESSIONS[1], PUBLISHED)
    @example(REGRESSIONS[2], PUBLISHED)
    @example(REGRESSIONS[3], PUBLISHED)
    @example("France met Germany next year.", dt.date.max)
    @example("France met Germany last year.", dt.date.min)
    def test_extract(self, text: str, published: dt.date) -> None:
        """extract returns valid events with evidence offsets into the input and exact JSON."""
        _check_events(text, bilateral.extract(text, published=published))

    @settings(max_examples=60, deadline=None)
    @given(st.sampled_from(ARTICLES), st.integers(min_value=0), news_text())
    def test_extract_on_spliced_articles(
        self, article: tuple[str, str, dt.date], at: int, noise: str
    ) -> None:
        """Noise spliced into a real article leaves every promise of extract intact."""
        _, text, published = article
        at %= len(text) + 1
        spliced = text[:at] + noise + text[at:]
        _check_events(spliced, bilateral.extract(spliced, published=published))

    @settings(max_examples=40, deadline=None)
    @given(st.lists(st.sampled_from(ARTICLES), min_size=2, max_size=4))
    def test_extract_on_joined_articles(self, articles: list[tuple[str, str, dt.date]]) -> None:
        """Several stories in one text (a digest, a feed page) keep every promise."""
        text = "\n\n".join(a[1] for a in articles)
        _check_events(text, bilateral.extract(text, published=articles[-1][2]))

    @settings(max_examples=100, deadline=None)
    @given(TEXTS)
    def test_sentences_are_bounded(self, text: str) -> None:
        """No sentence span is longer than MAX_SENTENCE, so work per sentence stays bounded."""
        for start, end in sentences(text):
            assert 0 <= start < end <= len(text)
            assert end - start <= MAX_SENTENCE


class TestRegressions:
    def test_articles_joined_into_longer_texts(self) -> None:
        """The example articles joined into texts of about 3 KB, as bench_extract.py times
        them: one story's arrival and another's talks once met with no dated pair to span."""
        chunk, day = "", PUBLISHED
        for _, text, published in ARTICLES:
            chunk, day = chunk + text + "\n\n", published
            if len(chunk) >= 3000:
                _check_events(chunk, bilateral.extract(chunk, published=day))
                chunk = ""

    def test_combining_mark_after_a_country(self) -> None:
        """A combining mark after a name (NFD "Perú") leaves the name found, not a crash."""
        text = "Peru\u0301 met Chile on Monday; France \u0301 said nothing."
        mentions = bilateral.find_countries(text)
        assert [(m.text, m.country and m.country.alpha_3) for m in mentions] == [
            ("Peru", "PER"),
            ("Chile", "CHL"),
            ("France", "FRA"),
        ]
        [event] = bilateral.extract("Peru\u0301 met Chile on Monday.", published=PUBLISHED)
        assert [c.alpha_3 for c in event.countries] == ["CHL", "PER"]
        assert bilateral.resolve_country("Korea", context="Korea\u0301 Seoul") == (
            bilateral.Country("KOR")
        )


# ---------------------------------------------------------------------------------------------
# Pathological inputs: the answers keep their promises (their cost is in bench_scaling.py)


def _pathological() -> dict[str, str]:
    news = " ".join(text for _, text, _ in ARTICLES)
    return {
        "one long token": "a" * 60_000,
        "capitalised words": " ".join(f"Word{i % 7}".replace("7", "") for i in range(10_000)),
        "next next next": "next " * 10_000,
        "nested quotes": '"' * 5_000 + "Seoul" + '"' * 5_000,
        "nested brackets": "(" * 5_000 + "talks" + ")" * 5_000,
        "country names": " ".join(["France", "South Korea", "the U.S.", "China's"] * 2_500),
        "no punctuation": "".join(ch for ch in news if ch.isalnum() or ch == " ") * 2,
        "digits and dashes": "12-34-2024-01-" * 4_000,
        "dots": REGRESSIONS[0],
        "dashes after a month": "June" + "-" * 50_000,
        "dense triggers": "France met Germany on Monday, officials said, and " * 1_000,
        "blanks after a dateline": ("\nFRANCE" + " " * 990 + "met Germany.") * 50,
    }


PATHOLOGICAL = _pathological()


class TestPathologicalInputs:
    @pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
    def test_promises_hold(self, name: str) -> None:
        """Each pathological input gives valid, offset-true answers from every parser."""
        text = PATHOLOGICAL[name]
        _check_offsets(text, bilateral.find_countries(text))
        _check_offsets(text, bilateral.find_dates(text, published=PUBLISHED))
        _check_offsets(text, bilateral.find_actors(text))
        events = bilateral.extract(text, published=PUBLISHED)
        for event in events:
            for ev in event.evidence:
                assert text[ev.start : ev.end] == ev.text
                assert len(ev.text) <= MAX_SENTENCE
            VALIDATOR.validate(bilateral.to_dict(event))

    def test_dense_triggers_still_find_the_event(self) -> None:
        """A long run-on text of one repeated event still yields that event, once."""
        events = bilateral.extract(PATHOLOGICAL["dense triggers"], published=PUBLISHED)
        assert [[c.alpha_3 for c in e.countries] for e in events] == [["DEU", "FRA"]]


# ---------------------------------------------------------------------------------------------
# Bad arguments


PARSERS: dict[str, Callable[..., Any]] = {
    "extract": lambda text: bilateral.extract(text, published=PUBLISHED),
    "find_countries": bilateral.find_countries,
    "find_dates": lambda text: bilateral.find_dates(text, published=PUBLISHED),
    "find_actors": bilateral.find_actors,
    "resolve_country": bilateral.resolve_country,
    "resolve_date": lambda text: bilateral.resolve_date(text, published=PUBLISHED),
}
DATED: dict[str, Callable[..., Any]] = {
    "extract": lambda published: bilateral.extract("France met Germany.", published=published),
    "find_dates": lambda published: bilateral.find_dates("next week", published=published),
    "resolve_date": lambda published: bilateral.resolve_date("next week", published=published),
}


def _first_parameter(name: str) -> str:
    return next(iter(inspect.signature(getattr(bilateral, name)).parameters))


class TestBadArguments:
    @pytest.mark.parametrize("name", sorted(PARSERS))
    @pytest.mark.parametrize(
        "value",
        [b"France met Germany", bytearray(b"x"), None, 42, 4.2, ["France"], memoryview(b"x")],
        ids=["bytes", "bytearray", "None", "int", "float", "list", "memoryview"],
    )
    def test_text_not_a_str(self, name: str, value: object) -> None:
        """A text that is not a str is a TypeError that names the argument."""
        argument = _first_parameter(name)
        with pytest.raises(
            TypeError, match=f"'{argument}' must be a str, not {type(value).__name__}"
        ):
            PARSERS[name](value)

    def test_bytes_hint(self) -> None:
        """Bytes get a hint to decode them first."""
        with pytest.raises(TypeError, match="decode it first"):
            bilateral.extract(b"France met Germany.", published=PUBLISHED)  # type: ignore[arg-type]

    @pytest.mark.parametrize("name", sorted(DATED))
    @pytest.mark.parametrize(
        "value",
        [None, 20250416, 2025.04, b"2025-04-16", True, ["2025-04-16"], dt.time(12)],
        ids=["None", "int", "float", "bytes", "bool", "list", "time"],
    )
    def test_published_wrong_type(self, name: str, value: object) -> None:
        """A publication date of the wrong type is a TypeError that names 'published'."""
        with pytest.raises(TypeError, match=f"'published' must be .*not {type(value).__name__}"):
            DATED[name](value)

    @pytest.mark.parametrize("name", sorted(DATED))
    @pytest.mark.parametrize(
        "value",
        [
            "",
            "   ",
            "not a date",
            "2024-02-30",  # impossible day
            "2023-02-29",  # not a leap year
            "2024-04-31",
            "2024-13-01",  # impossible month
            "2024-00-10",
            "0000-01-01",  # no year zero
            "16/04/2025",
            "April 16, 2025",
            "2025-04-16T25:00",
            "2025-04-16\x00",
        ],
    )
    def test_published_bad_value(self, name: str, value: str) -> None:
        """A publication date string that is not an ISO-8601 date is a ValueError naming it."""
        with pytest.raises(
            ValueError, match=f"'published' must be an ISO-8601 date.*{re.escape(repr(value))}"
        ):
            DATED[name](value)

    def test_tense_and_context(self) -> None:
        """The optional arguments are checked too, and named in the message."""
        with pytest.raises(TypeError, match="'tense'"):
            bilateral.resolve_date("Monday", published=PUBLISHED, tense=1)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="'tense'"):
            bilateral.resolve_date("Monday", published=PUBLISHED, tense="someday")
        with pytest.raises(TypeError, match="'context' must be a str, not bytes"):
            bilateral.resolve_country("Korean", context=b"Seoul")  # type: ignore[arg-type]


class TestValidPublished:
    """A date, a naive or aware datetime, or an ISO-8601 string: the calendar date as given."""

    NAIVE = dt.datetime(2025, 4, 16, 23, 59)
    # 01:30 on the 17th in Seoul is still the 16th in UTC: the date in its own zone counts.
    AWARE = dt.datetime(2025, 4, 17, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    WEST = dt.datetime(2025, 4, 16, 22, 0, tzinfo=dt.timezone(dt.timedelta(hours=-10)))

    @pytest.mark.parametrize(
        ("published", "day"),
        [
            (dt.date(2025, 4, 16), "2025-04-16"),
            (NAIVE, "2025-04-16"),
            (AWARE, "2025-04-17"),
            (WEST, "2025-04-16"),
            ("2025-04-16", "2025-04-16"),
            (" 2025-04-16 ", "2025-04-16"),
            ("2025-04-17T01:30:00+09:00", "2025-04-17"),
            ("2025-04-16T22:00:00Z", "2025-04-16"),
            ("2025-04-16T23:59", "2025-04-16"),
            ("2024-02-29", "2024-02-29"),
        ],
    )
    def test_the_calendar_date_anchors(self, published: Any, day: str) -> None:
        """'today' resolves to the calendar date of ``published``, in its own time zone."""
        [mention] = bilateral.find_dates("It happened today.", published=published)
        assert mention.timex == day
        assert bilateral.resolve_date("today", published=published).timex == day  # type: ignore[union-attr]

    @pytest.mark.parametrize("published", [NAIVE, AWARE, "2025-04-16T09:30:00+09:00"])
    def test_extract_same_as_with_the_date(self, published: Any) -> None:
        """extract with a datetime gives what it gives with that datetime's own date."""
        _, text, _ = ARTICLES[0]
        day = published.date() if isinstance(published, dt.datetime) else dt.date(2025, 4, 16)
        assert bilateral.extract(text, published=published) == bilateral.extract(
            text, published=day
        )


# ---------------------------------------------------------------------------------------------
# Threads, processes, network


def _serial() -> dict[str, list[bilateral.Event]]:
    return {name: bilateral.extract(text, published=day) for name, text, day in ARTICLES}


# Scripts for fresh interpreters: read the example articles, print {id: to_json(events)}.
_READ = (
    "import concurrent.futures, json, pathlib, datetime as dt, bilateral\n"
    "docs = []\n"
    "for p in sorted((pathlib.Path({root!r}) / 'examples' / 'articles').glob('*.txt')):\n"
    "    head, _, text = p.read_text(encoding='utf-8').partition('\\n\\n')\n"
    "    docs.append((p.stem, text, dt.date.fromisoformat(head.split(':', 1)[1].strip())))\n"
    "def one(doc):\n"
    "    name, text, day = doc\n"
    "    return name, bilateral.to_json(bilateral.extract(text, published=day))\n"
)
SERIAL_SCRIPT = _READ + "print(json.dumps(dict(map(one, docs)), sort_keys=True))\n"
# Eight threads race to load the tables; each article twice, both answers must agree.
THREADED_SCRIPT = _READ + (
    "out = {{}}\n"
    "with concurrent.futures.ThreadPoolExecutor(8) as pool:\n"
    "    for name, js in pool.map(one, docs * 2):\n"
    "        assert out.setdefault(name, js) == js, name\n"
    "print(json.dumps(out, sort_keys=True))\n"
)


def _run(code: str, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=True, env=env, timeout=300
    )
    return done.stdout


class TestConcurrency:
    def test_threads_match_serial(self) -> None:
        """8 threads on the same and on different articles give the serial results."""
        serial = _serial()
        jobs = [name for name, _, _ in ARTICLES] * 3 + [ARTICLES[0][0]] * 24
        texts = {name: (text, day) for name, text, day in ARTICLES}
        with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
            results = list(
                pool.map(
                    lambda name: (
                        name,
                        bilateral.extract(texts[name][0], published=texts[name][1]),
                    ),
                    jobs,
                )
            )
        assert len(results) == len(jobs)
        for name, events in results:
            assert events == serial[name], name

    def test_threads_from_a_cold_start(self) -> None:
        """Threads that race to load the tables in a fresh process agree with a serial run."""
        code = THREADED_SCRIPT.format(root=str(ROOT))
        threaded = json.loads(_run(code, "0"))
        serial = {name: bilateral.to_json(events) for name, events in _serial().items()}
        assert threaded == serial

    def test_two_processes_byte_identical(self) -> None:
        """Two processes with different hash seeds write byte-identical JSON for every article."""
        code = SERIAL_SCRIPT.format(root=str(ROOT))
        first, second = _run(code, "1"), _run(code, "2")
        assert first == second
        out = json.loads(first)
        assert set(out) == {name for name, _, _ in ARTICLES}
        assert any(json.loads(js) for js in out.values()), "the corpus has events"


# Expressions the fast rules leave to dateparser, and what it makes of them.
LONG_TAIL = {
    "12.06.2024": "2024-06-12",
    "2024.06.12": "2024-06-12",
    "midnight on 12/06": "2025-06-12",
    "hace dos semanas": None,
}


class TestNoNetwork:
    def test_extract_and_fallback_without_sockets(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """With sockets disabled, extract and the dateparser fallback give the usual answers."""
        from bilateral import _dateparser, _dates

        expected = _serial()
        attempts: list[str] = []

        def refuse(*args: object, **kwargs: object) -> None:
            attempts.append(repr(args))
            raise OSError("network access in a test")

        calls: list[str] = []
        real_parse_span = _dateparser.parse_span

        def spy(expr: str, published: dt.date) -> bilateral.DateSpan | None:
            calls.append(expr)
            return real_parse_span(expr, published)

        monkeypatch.setattr(socket, "socket", refuse)
        monkeypatch.setattr(socket, "create_connection", refuse)
        monkeypatch.setattr(socket, "getaddrinfo", refuse)
        monkeypatch.setattr(_dateparser, "parse_span", spy)
        _dates._resolve.cache_clear()
        assert _serial() == expected
        answers = [bilateral.resolve_date(e, published=PUBLISHED) for e in LONG_TAIL]
        assert sorted(calls) == sorted(LONG_TAIL), "each expression went to the fallback"
        assert [a and a.timex for a in answers] == list(LONG_TAIL.values())
        assert attempts == []
