"""Worker processes for :func:`bilateral.iter_extract` that never import the caller's script.

``multiprocessing`` starts its ``spawn`` and ``forkserver`` processes by importing the
caller's main module again, so a script without an ``if __name__ == "__main__":`` guard runs
its body once more in every process (and fails there); ``fork`` copies the caller's threads
and locks. Neither is safe for a snippet pasted into a plain script. A worker here is a
fresh interpreter (``python -c``, the same one as the caller, on Linux, macOS and Windows
alike) that imports only ``bilateral``: it reads the caller's ``sys.path`` first, then
answers each pickled chunk of ``(text, date)`` pairs on its standard input with the
pickled events on its standard output, until its input closes.

Where processes cannot be started (a frozen application, a platform without processes),
:func:`start_pool` returns ``None`` and the caller runs serially.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import queue
import signal
import subprocess
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import IO, Any

from bilateral._errors import BilateralError
from bilateral._gazetteer import Gazetteer
from bilateral._model import Event

__all__ = ["WorkerError", "WorkerPool", "in_order", "serve", "start_pool"]

#: One article to extract: its text, publication date and the user's gazetteer, if any.
Job = tuple[str, dt.date, Gazetteer | None]
Chunk = list[Job]
#: What a worker answers for a chunk: the events of each article, or ``None`` if extraction
#: raised there (the caller then runs the chunk itself, to raise the real exception).
Answer = list[list[Event]] | None

_BOOT = (
    "import pickle, sys; sys.path[:] = pickle.load(sys.stdin.buffer); "
    "from bilateral._workers import serve; serve()"
)
#: Platforms whose Python cannot start another interpreter.
_NO_PROCESSES = frozenset({"emscripten", "wasi", "ios", "android"})


class WorkerError(BilateralError, RuntimeError):
    """A worker process stopped before it answered (killed, or out of memory)."""


def serve() -> None:
    """The loop of a worker process: chunks in on stdin, events out on stdout."""
    from bilateral._events.pipeline import extract

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the caller to handle
    source = sys.stdin.buffer
    sink = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print cannot corrupt a reply
    while True:
        try:
            chunk: Chunk = pickle.load(source)
        except EOFError:
            return
        answer: Answer
        try:
            answer = [extract(text, published=day, gazetteer=g) for text, day, g in chunk]
        except Exception:
            answer = None
        pickle.dump(answer, sink, protocol=pickle.HIGHEST_PROTOCOL)
        sink.flush()


class _Worker:
    """One worker process and the pipes to it."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _BOOT], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        self._send(list(sys.path))

    def _send(self, value: Any) -> None:
        pipe: IO[bytes] | None = self.process.stdin
        assert pipe is not None
        pickle.dump(value, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        pipe.flush()

    def run(self, chunk: Chunk) -> Answer:
        """The worker's answer for one chunk; :class:`WorkerError` if it went away."""
        try:
            self._send(chunk)
            assert self.process.stdout is not None
            answer: Answer = pickle.load(self.process.stdout)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError):
            status = self.process.wait()
            raise WorkerError(
                f"a bilateral worker process (pid {self.process.pid}) stopped unexpectedly "
                f"with exit status {status}"
            ) from None
        return answer

    def stop(self, *, kill: bool) -> None:
        """Close the worker's input (it then exits), or kill it; wait for it either way."""
        if kill:
            self.process.kill()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:  # closing may flush into a worker that is gone already
                with contextlib.suppress(OSError):
                    pipe.close()
        self.process.wait()


class WorkerPool:
    """Worker processes, each driven by one thread of a thread pool."""

    def __init__(self, workers: list[_Worker]) -> None:
        self._workers = workers
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        for worker in workers:
            self._idle.put(worker)
        self._threads = ThreadPoolExecutor(len(workers), thread_name_prefix="bilateral")

    def __len__(self) -> int:
        return len(self._workers)

    def pids(self) -> list[int]:
        """The process ids of the workers."""
        return [w.process.pid for w in self._workers]

    def submit(self, chunk: Chunk) -> Future[Answer]:
        """Send ``chunk`` to the next idle worker; the future holds its answer."""
        return self._threads.submit(self._run, chunk)

    def _run(self, chunk: Chunk) -> Answer:
        worker = self._idle.get()
        try:
            return worker.run(chunk)
        finally:
            self._idle.put(worker)

    def close(self, *, kill: bool = False) -> None:
        """Stop every worker (killing them if ``kill``) and the threads that drive them."""
        for worker in self._workers:
            worker.stop(kill=kill)
        self._threads.shutdown(wait=True, cancel_futures=True)


def processes_available() -> bool:
    """Whether this interpreter can start worker processes of its own."""
    frozen = bool(getattr(sys, "frozen", False))
    return bool(sys.executable) and not frozen and sys.platform not in _NO_PROCESSES


def start_pool(processes: int) -> WorkerPool | None:
    """A pool of ``processes`` workers, or ``None`` where processes cannot be started."""
    if not processes_available():
        return None
    workers: list[_Worker] = []
    try:
        workers.extend(_Worker() for _ in range(processes))
    except OSError:
        for worker in workers:
            worker.stop(kill=True)
        return None
    return WorkerPool(workers)


def _wait(future: Future[Answer], chunk: Chunk) -> list[list[Event]]:
    while True:  # a short wait at a time, so that Ctrl-C is seen on every platform
        try:
            answer = future.result(timeout=0.25)
        except FutureTimeout:
            continue
        if answer is None:  # extract raised in the worker: run the chunk here to raise it
            from bilateral._events.pipeline import extract

            return [extract(text, published=day, gazetteer=g) for text, day, g in chunk]
        return answer


def in_order(pool: WorkerPool, chunks: Iterable[Chunk], window: int) -> Iterator[list[Event]]:
    """The events of every article of ``chunks``, in order, at most ``window`` chunks in flight.

    The pool is closed when the iteration ends; its workers are killed if it ends early.
    """
    pending: deque[tuple[Future[Answer], Chunk]] = deque()
    finished = False
    try:
        for chunk in chunks:
            pending.append((pool.submit(chunk), chunk))
            if len(pending) >= window:
                yield from _wait(*pending.popleft())
        while pending:
            yield from _wait(*pending.popleft())
        finished = True
    finally:
        pool.close(kill=not finished)
