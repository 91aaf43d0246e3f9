"""iter_extract() and extract_many(): many articles, serial or on worker processes, in order."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import pickle
import re
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral
from bilateral import Event, _batch, _workers
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


def no_pool(processes: int) -> None:
    """Stands in for start_pool where a test expects no pool at all."""
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
        monkeypatch.setattr(_workers, "start_pool", no_pool)
        pairs = example_pairs()[:5]
        assert bilateral.extract_many(pairs) == serial(pairs)
        assert bilateral.extract_many(pairs * 12, workers=1, chunksize=1) == serial(pairs * 12)

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
        monkeypatch.setattr(_workers, "start_pool", no_pool)
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


class Counted:
    """An iterable over pairs that counts how many have been read."""

    def __init__(self, pairs: list[tuple[str, dt.date]]) -> None:
        self.pairs, self.read = pairs, 0

    def __iter__(self) -> Iterator[tuple[str, dt.date]]:
        for pair in self.pairs:
            self.read += 1
            yield pair


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[_workers.WorkerPool]:
    """Every worker pool iter_extract starts during the test."""
    started: list[_workers.WorkerPool] = []
    real = _workers.start_pool

    def record(processes: int) -> _workers.WorkerPool | None:
        pool = real(processes)
        if pool is not None:
            started.append(pool)
        return pool

    monkeypatch.setattr(_workers, "start_pool", record)
    return started


class TestIterExtract:
    def test_streams_in_order(self, pools: list[_workers.WorkerPool]) -> None:
        """Two workers, small chunks: the results of extract, in input order, lazily."""
        pairs = example_pairs()[:30]
        stream = bilateral.iter_extract(iter(pairs), workers=2, chunksize=2)
        assert isinstance(stream, Iterator)
        assert list(stream) == serial(pairs)
        assert len(pools) == 1
        assert len(pools[0]) == 2

    def test_in_flight_is_bounded(self, pools: list[_workers.WorkerPool]) -> None:
        """At most CHUNKS_PER_WORKER chunks per worker are read ahead of what was yielded."""
        day = dt.date(2025, 5, 3)
        source = Counted([(SNIPPETS[i % 4], day) for i in range(300)])
        window = _batch.CHUNKS_PER_WORKER * 2 * 5
        ahead = []
        for done, _ in enumerate(bilateral.iter_extract(source, workers=2, chunksize=5), 1):
            ahead.append(source.read - done)
        assert len(ahead) == 300
        assert max(ahead) <= window
        assert max(ahead) >= 5, "the pool reads ahead"
        assert pools, "a pool was used"

    def test_serial_reads_one_at_a_time(self) -> None:
        """workers=1 reads one article ahead of what it yields, at most."""
        day = dt.date(2025, 5, 3)
        source = Counted([(SNIPPETS[i % 4], day) for i in range(60)])
        for done, _ in enumerate(bilateral.iter_extract(source, workers=1), 1):
            assert source.read - done <= 1

    def test_bad_article_after_good_ones(self) -> None:
        """A bad article raises when it is reached, naming its index; earlier ones are out."""
        articles: list[Any] = [(SNIPPETS[0], "2025-01-01"), (SNIPPETS[1], "2025-01-01"), ("x", 5)]
        stream = bilateral.iter_extract(articles, workers=1)
        assert next(stream) == bilateral.extract(SNIPPETS[0], published="2025-01-01")
        next(stream)
        with pytest.raises(TypeError, match=r"'articles\[2\]\.published' must be"):
            next(stream)

    def test_bad_arguments_fail_at_the_call(self) -> None:
        """Bad options and a non-iterable fail when iter_extract is called, not when read."""
        with pytest.raises(TypeError, match="'articles' must be an iterable"):
            bilateral.iter_extract("text")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="'workers' must be at least 1"):
            bilateral.iter_extract([], workers=0)

    def test_early_stop_stops_the_workers(self, pools: list[_workers.WorkerPool]) -> None:
        """Closing the stream after one result ends every worker process."""
        stream = bilateral.iter_extract(example_pairs() * 2, workers=2, chunksize=1)
        next(stream)
        stream.close()
        [pool] = pools
        assert all(w.process.poll() is not None for w in pool._workers)

    def test_killed_worker_is_a_runtime_error(self, pools: list[_workers.WorkerPool]) -> None:
        """A worker killed mid-run raises RuntimeError saying so, not a hang or a crash."""
        stream = bilateral.iter_extract(example_pairs() * 4, workers=2, chunksize=1)
        next(stream)
        for pid in pools[0].pids():
            os.kill(pid, signal.SIGTERM)
        with pytest.raises(RuntimeError, match=r"worker process .* stopped unexpectedly"):
            list(stream)

    def test_error_in_a_worker_is_raised_here(self) -> None:
        """An exception inside extract in a worker is raised again by the calling process."""
        pool = _workers.start_pool(1)
        assert pool is not None
        bad: list[Any] = [(None, dt.date(2025, 1, 1), None)]
        with pytest.raises(TypeError, match="'text' must be a str"):
            list(_workers.in_order(pool, [bad], 2))
        assert pool._workers[0].process.poll() is not None

    def test_serial_where_processes_are_unavailable(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without processes (frozen app, WASI) or when they fail to start, it runs serially."""
        pairs = example_pairs()[:12]
        monkeypatch.setattr(_workers, "processes_available", lambda: False)
        assert bilateral.extract_many(pairs, workers=2, chunksize=2) == serial(pairs)
        monkeypatch.undo()

        def refuse(*args: Any, **kwargs: Any) -> None:
            raise OSError("no processes here")

        monkeypatch.setattr(_workers.subprocess, "Popen", refuse)
        assert _workers.start_pool(2) is None
        assert bilateral.extract_many(pairs, workers=2, chunksize=2) == serial(pairs)

    def test_chunk_sizes(self) -> None:
        """Unknown length: MIN_CHUNK; a long list: a share of it, capped at MAX_CHUNK."""
        assert _batch.chunk_size(None, 8) == _batch.MIN_CHUNK
        assert _batch.chunk_size(10, 8) == _batch.MIN_CHUNK
        assert _batch.chunk_size(2_000, 2) == 250 or _batch.chunk_size(2_000, 2) == 200
        assert _batch.chunk_size(10**6, 8) == _batch.MAX_CHUNK


ROOT = EXAMPLES.parent


def python_blocks(text: str) -> list[str]:
    """The ```python blocks of a Markdown file."""
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def rst_block_after(text: str, heading: str) -> str:
    """The first ``.. code-block:: python`` after a reStructuredText heading, dedented."""
    rest = text[text.index(f"\n{heading}\n") :]
    body = rest[rest.index(".. code-block:: python") :].split("\n")[2:]
    lines = list(itertools.takewhile(lambda line: not line or line.startswith(" "), body))
    return textwrap.dedent("\n".join(lines))


def run_script(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``code`` saved as a plain script (no main guard) and run in a fresh interpreter."""
    script = cwd / "pasted.py"
    script.write_text(code + "\nprint('script body ran')\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(script)], cwd=cwd, capture_output=True, text=True, timeout=600
    )


class TestPastedScripts:
    def test_readme_quick_start(self, tmp_path: Path) -> None:
        """The README's Quick start, pasted into a script, runs extract_many on processes."""
        blocks = [
            b for b in python_blocks((ROOT / "README.md").read_text("utf-8")) if "extract_many" in b
        ]
        assert blocks, "the README shows extract_many"
        for block in blocks:
            done = run_script(block, tmp_path)
            assert (done.returncode, done.stderr) == (0, "")
            assert done.stdout.count("script body ran") == 1

    def test_howto_very_large_corpora(self, tmp_path: Path) -> None:
        """The how-to's block for very large corpora runs from a script and writes every line."""
        block = rst_block_after(
            (ROOT / "docs" / "howto_batch.rst").read_text("utf-8"), "Very large corpora"
        )
        records = [
            {"id": f"n{i}", "text": text, "published": day.isoformat()}
            for i, (text, day) in enumerate(example_pairs() * 3)
        ]
        (tmp_path / "news.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
        )
        done = run_script(block, tmp_path)
        assert (done.returncode, done.stderr) == (0, "")
        assert done.stdout.count("script body ran") == 1
        lines = (tmp_path / "events.jsonl").read_text("utf-8").splitlines()
        assert [json.loads(line)["id"] for line in lines] == [r["id"] for r in records]
        want = serial(example_pairs())
        assert [len(json.loads(line)["events"]) for line in lines[:45]] == [len(e) for e in want]
