"""extract_many(): many articles on all cores, in input order.

The articles are checked in the calling process, so a bad one fails before any work
starts; the work goes to a :class:`~concurrent.futures.ProcessPoolExecutor` in chunks, and
events come back pickled (every model class is a frozen, slotted attrs class, which pickles).
Processes start with ``forkserver`` where the platform has it, ``spawn`` otherwise: neither
copies the threads or locks of the calling process, unlike ``fork``.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeAlias

from bilateral._args import check_published, check_text
from bilateral._events.pipeline import extract
from bilateral._model import Event

__all__ = ["Article", "extract_many", "iter_extract"]

#: One article: a ``(text, published)`` pair, or a mapping with ``"text"`` and ``"published"``
#: keys (other keys, such as ``"id"`` or ``"url"``, are ignored).
Article: TypeAlias = tuple[str, dt.date | dt.datetime | str] | Mapping[str, Any]

#: Fewest articles worth a chunk of their own: starting a worker process costs about as
#: much as extracting a hundred articles, so smaller batches stay in the calling process.
MIN_CHUNK = 50
#: Chunks per worker: enough to even out articles of different lengths.
_CHUNKS_PER_WORKER = 4


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


def check_articles(articles: Iterable[Article]) -> list[tuple[str, dt.date]]:
    """Every article as a checked ``(text, date)`` pair; errors name the article's index."""
    if isinstance(articles, str | bytes | Mapping) or not isinstance(articles, Iterable):
        raise TypeError(
            "'articles' must be an iterable of (text, published) pairs or mappings, "
            f"not {type(articles).__name__}"
        )
    return [_check_article(i, item) for i, item in enumerate(articles)]


def _extract_pair(pair: tuple[str, dt.date]) -> list[Event]:
    return extract(pair[0], published=pair[1])


def _context() -> Any:
    import multiprocessing  # imported when a pool is wanted: import bilateral stays light

    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


def iter_extract(
    pairs: Sequence[tuple[str, dt.date]],
    *,
    workers: int | None = None,
    chunksize: int | None = None,
) -> Iterator[list[Event]]:
    """The events of each checked pair, yielded in order as they are ready."""
    cores = workers if workers is not None else (os.cpu_count() or 1)
    size = chunksize or max(MIN_CHUNK, math.ceil(len(pairs) / (cores * _CHUNKS_PER_WORKER)))
    processes = min(cores, math.ceil(len(pairs) / size))
    if processes <= 1:
        yield from map(_extract_pair, pairs)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=processes, mp_context=_context()) as pool:
        yield from pool.map(_extract_pair, pairs, chunksize=size)


def extract_many(
    articles: Iterable[Article],
    *,
    workers: int | None = None,
    chunksize: int | None = None,
) -> list[list[Event]]:
    """The events of many articles, extracted on all cores; one list per article, in order.

    Each article is a ``(text, published)`` pair or a mapping with ``"text"`` and
    ``"published"`` keys (other keys are ignored, so JSONL records pass as they are).
    ``extract_many(articles)[i] == extract(text_i, published=published_i)``.

    ``workers`` caps the number of processes (default: ``os.cpu_count()``); ``workers=1``
    runs in the calling process, with no pool. Articles go to the processes in chunks of
    ``chunksize`` (default: a quarter of each process's share, at least 50, since starting
    a process costs about as much as extracting a hundred articles), so a batch of 50
    articles or fewer runs in the calling process anyway. As with any
    ``multiprocessing`` code, call it under ``if __name__ == "__main__":`` in a script.

    A bad article raises ``TypeError`` or ``ValueError`` naming its index, before any
    work starts.

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
    return list(iter_extract(check_articles(articles), workers=workers, chunksize=chunksize))
