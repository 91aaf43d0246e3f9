"""iter_extract() and extract_many(): many articles on all cores, in input order.

:func:`iter_extract` streams: it reads the articles lazily, checks each as it comes (a bad
one raises when it is reached, naming its index), sends them in chunks to worker processes
(see :mod:`bilateral._workers`: fresh interpreters that never import the caller's script,
so the functions work from a plain script with no main guard) and yields each article's
events in input order, with at most a few chunks per worker in flight. :func:`extract_many`
checks every article before any work starts, then collects the stream in a list.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence, Sized
from typing import TYPE_CHECKING, Any, TypeAlias

from bilateral._args import check_published, check_text
from bilateral._events.pipeline import extract
from bilateral._gazetteer import Gazetteer
from bilateral._model import Event

if TYPE_CHECKING:
    from bilateral._workers import Chunk, Job

__all__ = ["Article", "extract_many", "iter_extract"]

#: One article: a ``(text, published)`` pair, or a mapping with ``"text"`` and ``"published"``
#: keys (other keys, such as ``"id"`` or ``"url"``, are ignored).
Article: TypeAlias = tuple[str, dt.date | dt.datetime | str] | Mapping[str, Any]

#: Fewest articles worth a chunk of their own: starting a worker process costs about as
#: much as extracting a hundred articles, so a batch of one chunk stays in the calling process.
MIN_CHUNK = 50
#: Most articles in a default chunk: bounds what is in flight for a long sized input.
MAX_CHUNK = 200
#: Chunks in flight per worker: enough to keep every worker busy and even out articles of
#: different lengths, few enough that memory does not grow with the corpus.
CHUNKS_PER_WORKER = 4


def _check_workers(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"'{name}' must be an int or None, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"'{name}' must be at least 1, not {value!r}")
    return value


def _check_article(i: int, item: Any) -> tuple[str, dt.date]:
    where = f"articles[{i}]"
    if isinstance(item, Mapping):
        missing = [k for k in ("text", "published") if k not in item]
        if missing:
            raise ValueError(f"{where} has no {' or '.join(repr(k) for k in missing)} key")
        text, published = item["text"], item["published"]
    elif isinstance(item, Sequence) and not isinstance(item, str | bytes) and len(item) == 2:
        text, published = item
    else:
        raise TypeError(
            f"{where} must be a (text, published) pair or a mapping with 'text' and "
            f"'published' keys, not {type(item).__name__}"
        )
    return check_text(text, f"{where}.text"), check_published(published, f"{where}.published")


def _check_gazetteer(gazetteer: Any) -> None:
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise TypeError(f"'gazetteer' must be a bilateral.Gazetteer or None, not {gazetteer!r}")


def _check_iterable(articles: Any) -> None:
    if isinstance(articles, str | bytes | Mapping) or not isinstance(articles, Iterable):
        raise TypeError(
            "'articles' must be an iterable of (text, published) pairs or mappings, "
            f"not {type(articles).__name__}"
        )


def check_articles(articles: Iterable[Article]) -> list[tuple[str, dt.date]]:
    """Every article as a checked ``(text, date)`` pair; errors name the article's index."""
    _check_iterable(articles)
    return [_check_article(i, item) for i, item in enumerate(articles)]


def chunk_size(count: int | None, processes: int) -> int:
    """The default chunk size for ``count`` articles (``None``: unknown) on ``processes``."""
    if count is None:
        return MIN_CHUNK
    return min(MAX_CHUNK, max(MIN_CHUNK, math.ceil(count / (processes * CHUNKS_PER_WORKER))))


def _chunks(pairs: Iterator[Job], size: int) -> Iterator[Chunk]:
    while chunk := list(itertools.islice(pairs, size)):
        yield chunk


def _extract_one(text: str, day: dt.date, gazetteer: Gazetteer | None) -> list[Event]:
    return extract(text, published=day, gazetteer=gazetteer)


def _serial(chunk: Chunk) -> list[list[Event]]:
    return [extract(text, published=day, gazetteer=g) for text, day, g in chunk]


def _stream(
    pairs: Iterator[Job], count: int | None, workers: int | None, size: int | None
) -> Iterator[list[Event]]:
    cores = workers if workers is not None else (os.cpu_count() or 1)
    if cores == 1:
        yield from itertools.starmap(_extract_one, pairs)
        return
    size = size or chunk_size(count, cores)
    chunks = _chunks(pairs, size)
    first = next(chunks, [])
    second = next(chunks, None) if len(first) == size else None
    if second is None:  # one chunk at most: no pool
        yield from _serial(first)
        return
    from bilateral import _workers  # imported when a pool is wanted: import bilateral stays light

    processes = cores if count is None else min(cores, math.ceil(count / size))
    pool = _workers.start_pool(processes)
    everything = itertools.chain([first, second], chunks)
    if pool is None:  # no processes on this platform: serially, still streaming
        yield from itertools.chain.from_iterable(map(_serial, everything))
        return
    yield from _workers.in_order(pool, everything, CHUNKS_PER_WORKER * len(pool))


def iter_extract(
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    chunksize: int | None = None,
    gazetteer: Gazetteer | None = None,
) -> Iterator[list[Event]]:
    """The events of each article, yielded in input order as soon as they are ready.

    ``articles`` is any iterable of ``(text, published)`` pairs or mappings with ``"text"``
    and ``"published"`` keys — a generator over a file of any size included. It is read
    lazily, and at most ``4 × workers`` chunks of articles are in flight at any time, so
    memory does not grow with the corpus. Each article is checked when it is read; a bad
    one raises ``TypeError`` or ``ValueError`` naming its index, after the events of the
    articles before it have been yielded.

    ``workers`` caps the number of processes (default: ``os.cpu_count()``); ``workers=1``
    runs in the calling process. Articles travel in chunks of ``chunksize`` (default: 50
    for an input of unknown length, up to 200 for a long list); an input of one chunk or
    less runs in the calling process. The worker processes are fresh interpreters that
    import ``bilateral`` only, never the calling script, so the function works from a
    plain script with no ``if __name__ == "__main__":`` guard; where processes cannot be
    started, the work runs serially. A worker that is killed raises ``RuntimeError``.
    Stopping the iteration early (``break``, an exception, Ctrl-C) stops the workers.
    A :class:`~bilateral.Gazetteer` is read for every article, as by :func:`extract`.

    >>> import bilateral
    >>> lines = ["Kenyan President William Ruto will visit Ethiopia next week.", "Calm."]
    >>> stream = bilateral.iter_extract((text, "2025-05-03") for text in lines)
    >>> [[e.kind.value for e in events] for events in stream]
    [['visit'], []]
    """
    workers = _check_workers(workers, "workers")
    chunksize = _check_workers(chunksize, "chunksize")
    _check_gazetteer(gazetteer)
    _check_iterable(articles)
    count = len(articles) if isinstance(articles, Sized) else None
    pairs = itertools.starmap(_check_article, enumerate(articles))
    jobs = ((text, day, gazetteer) for text, day in pairs)
    return _stream(jobs, count, workers, chunksize)


def extract_many(
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    chunksize: int | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[list[Event]]:
    """The events of many articles, extracted on all cores; one list per article, in order.

    Each article is a ``(text, published)`` pair or a mapping with ``"text"`` and
    ``"published"`` keys (other keys are ignored, so JSONL records pass as they are).
    ``extract_many(articles)[i] == extract(text_i, published=published_i)``. Every article
    is checked before any work starts: a bad one raises ``TypeError`` or ``ValueError``
    naming its index. ``workers``, ``chunksize`` and ``gazetteer`` are as for
    :func:`iter_extract`, which
    this collects in a list; use :func:`iter_extract` for a corpus larger than memory.
    Works from a plain script: no ``if __name__ == "__main__":`` guard is needed.

    >>> import bilateral
    >>> text = "Prime Minister Narendra Modi of India met Japan's prime minister on Friday."
    >>> articles = [(text, "2025-08-30"),
    ...             {"id": "a2", "text": "No meeting here.", "published": "2025-08-30"}]
    >>> [[e.kind.value for e in events] for events in bilateral.extract_many(articles)]
    [['meeting'], []]
    >>> bilateral.extract_many([("Text.", "soon")])
    Traceback (most recent call last):
    ValueError: 'articles[0].published' must be an ISO-8601 date such as '2025-04-16', not 'soon'
    """
    workers = _check_workers(workers, "workers")
    chunksize = _check_workers(chunksize, "chunksize")
    _check_gazetteer(gazetteer)
    checked = check_articles(articles)
    return list(iter_extract(checked, workers=workers, chunksize=chunksize, gazetteer=gazetteer))
