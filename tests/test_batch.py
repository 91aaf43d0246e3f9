"""extract_many(): many articles, serial or on a process pool, in input order."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import multiprocessing
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral
from bilateral import Event, _batch
from bilateral import strategies as bst

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SNIPPETS = [
    "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba on Friday.",
    "Kenyan President William Ruto will visit Ethiopia next week.",
    "The foreign ministers of China and Vietnam held talks in Hanoi.",
    "Nothing happened.",
    "",
]


def example_pairs() -> list[tuple[str, dt.date]]:
    """(text, published) of each example article, split at its header."""
    pairs = []
    for path in sorted((EXAMPLES / "articles").glob("*.txt")):
        header, _, text = path.read_text(encoding="utf-8").partition("\n\n")
        pairs.append((text, dt.date.fromisoformat(header.removeprefix("published:").strip())))
    return pairs


def serial(pairs: list[tuple[str, dt.date]]) -> list[list[Event]]:
    return [bilateral.extract(text, published=day) for text, day in pairs]


class NoPool:
    """Stands in for ProcessPoolExecutor where a test expects no pool at all."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise AssertionError("a process pool was started")


class TestExtractMany:
    def test_pairs_and_mappings(self) -> None:
        """Pairs and mappings (with extra keys) give what extract gives, in order."""
        day = dt.date(2025, 8, 30)
        articles: list[Any] = [
            (SNIPPETS[0], day),
            {"id": "b", "url": "https://example.org/b", "text": SNIPPETS[1], "published": day},
            [SNIPPETS[3], "2025-08-30"],
        ]
        result = bilateral.extract_many(articles, workers=1)
        assert result == serial([(SNIPPETS[0], day), (SNIPPETS[1], day), (SNIPPETS[3], day)])
        assert [len(events) for events in result] == [1, 1, 0]

    def test_published_forms_agree(self) -> None:
        """A date, a datetime and an ISO string of the same day give the same events."""
        forms = [dt.date(2025, 8, 30), dt.datetime(2025, 8, 30, 9, 30), "2025-08-30"]
        result = bilateral.extract_many([(SNIPPETS[1], f) for f in forms], workers=1)
        assert result[0] == result[1] == result[2]
        assert result[0]

    @settings(max_examples=25)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(SNIPPETS) | st.text(max_size=80),
                st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
            ),
            max_size=6,
        )
    )
    def test_equals_extract(self, pairs: list[tuple[str, dt.date]]) -> None:
        """extract_many(articles) == [extract(...) for each article], for any texts."""
        assert bilateral.extract_many(pairs, workers=1) == serial(pairs)

    def test_generator_input(self) -> None:
        """Any iterable of articles works, a generator included."""
        pairs = [(s, dt.date(2025, 1, 1)) for s in SNIPPETS]
        assert bilateral.extract_many((p for p in pairs), workers=1) == serial(pairs)
        assert bilateral.extract_many([]) == []

    def test_pool_keeps_order(self) -> None:
        """Two processes with one article a chunk give the serial results, in order."""
        pairs = example_pairs()[:8]
        assert bilateral.extract_many(pairs, workers=2, chunksize=1) == serial(pairs)

    def test_default_chunks_on_the_corpus(self) -> None:
        """A batch big enough for several chunks runs on the pool and keeps input order."""
        pairs = example_pairs() * 3
        assert len(pairs) > 2 * _batch.MIN_CHUNK
        assert bilateral.extract_many(pairs, workers=2) == serial(pairs)

    def test_small_batch_stays_in_process(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Fewer articles than a chunk, or workers=1, start no pool."""
        monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
        pairs = example_pairs()[:5]
        assert bilateral.extract_many(pairs) == serial(pairs)
        assert bilateral.extract_many(pairs * 12, workers=1, chunksize=1) == serial(pairs * 12)

    def test_start_method(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """forkserver where the platform has it, spawn elsewhere; never fork."""
        assert _batch._context().get_start_method() in ("forkserver", "spawn")
        monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
        assert _batch._context().get_start_method() == "spawn"

    @pytest.mark.parametrize(
        ("kwargs", "error", "message"),
        [
            ({"workers": 0}, ValueError, "'workers' must be at least 1, not 0"),
            ({"workers": True}, TypeError, "'workers' must be an int or None, not bool"),
            ({"workers": "2"}, TypeError, "'workers' must be an int or None, not str"),
            ({"chunksize": -1}, ValueError, "'chunksize' must be at least 1, not -1"),
        ],
    )
    def test_bad_options(
        self, kwargs: dict[str, Any], error: type[Exception], message: str
    ) -> None:
        """workers and chunksize are positive ints or None."""
        with pytest.raises(error, match=message):
            bilateral.extract_many([], **kwargs)

    @pytest.mark.parametrize(
        ("articles", "error", "message"),
        [
            ("some text", TypeError, "'articles' must be an iterable .* not str"),
            ({"text": "x", "published": "2025-01-01"}, TypeError, "not dict"),
            (42, TypeError, "not int"),
            ([("x", "2025-01-01"), ("x", "2025-01-01", "extra")], TypeError, r"articles\[1\] must"),
            (["just text"], TypeError, r"articles\[0\] must be a \(text, published\) pair"),
            ([{"text": "x"}], ValueError, r"articles\[0\] has no 'published' key"),
            ([{}], ValueError, r"articles\[0\] has no 'text' or 'published' key"),
            ([(b"x", "2025-01-01")], TypeError, r"'articles\[0\]\.text' must be a str, not bytes"),
            ([("x", "2025-13-01")], ValueError, r"'articles\[0\]\.published' must be an ISO-8601"),
            ([("x", 20250101)], TypeError, r"'articles\[0\]\.published' must be a datetime"),
        ],
    )
    def test_bad_articles(self, articles: Any, error: type[Exception], message: str) -> None:
        """A bad article is a TypeError or ValueError that names its index."""
        with pytest.raises(error, match=message):
            bilateral.extract_many(articles)

    def test_bad_article_fails_before_any_work(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Articles are checked before the pool starts, so a late bad one costs nothing."""
        monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoPool)
        articles: list[Any] = [*example_pairs(), *example_pairs(), ("x", None)]
        with pytest.raises(TypeError, match=r"articles\[90\]\.published"):
            bilateral.extract_many(articles, workers=2, chunksize=1)


class TestPickling:
    @given(bst.events())
    def test_events_round_trip(self, event: Event) -> None:
        """Every event survives pickling with every protocol, derived fields included."""
        for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
            back = pickle.loads(pickle.dumps(event, protocol=protocol))
            assert back == event
            assert [c.name for c in back.countries] == [c.name for c in event.countries]
            assert bilateral.to_dict(back) == bilateral.to_dict(event)

    def test_extracted_events_round_trip(self) -> None:
        """The events of the example articles, as the pool sends them back, pickle losslessly."""
        results = serial(example_pairs())
        assert pickle.loads(pickle.dumps(results)) == results
