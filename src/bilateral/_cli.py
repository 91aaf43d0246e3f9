"""The ``bilateral`` command line: ``bilateral extract``, ``bilateral schema``.

``bilateral extract`` streams: inputs are read lazily (a JSONL file line by line), each is
checked as it is read (a bad one is reported on stderr and skipped), the articles flow
through :func:`bilateral.iter_extract`, and each article's output is written and flushed
as soon as it is done. Uses only the standard library, never dask or pandas.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import re
import sys
import textwrap
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from attrs import Factory, define, evolve, frozen

from bilateral._args import check_published
from bilateral._batch import iter_extract
from bilateral._json import json_schema, loads
from bilateral._model import Event
from bilateral._records import RECORD_COLUMNS, to_records
from bilateral._report import Report, report_line
from bilateral._workers import WorkerError

__all__ = ["main"]

PROG = "bilateral"
FORMATS = ("jsonl", "json", "csv", "table")
#: Inputs from which a progress bar is shown (on a terminal).
PROGRESS_FROM = 20
_SUFFIXES = (".txt", ".jsonl")
_HEADER = re.compile(r"published:[ \t]*(.*?)\s*", re.IGNORECASE)
_TABLE = (  # header, widest cell
    ("id", 28),
    ("kind", 11),
    ("status", 9),
    ("countries", 27),
    ("date", 12),
    ("level", 16),
    ("trigger", 14),
)

_DESCRIPTION = """\
Extract bilateral-relations events from English news articles.

Inputs (any mix, read in the order given, lazily: memory does not grow with the corpus):
  FILE.txt    one article; its first line may be 'published: YYYY-MM-DD', followed by
              an empty line, then the text (headline and paragraphs)
  FILE.jsonl  one article a line: {"id": ..., "text": ..., "published": ..., "url": ...}
              ("url" optional; "id" a string or an integer, default FILE:LINE)
  FOLDER      every .txt and .jsonl file below it, in sorted order; ids are the paths
              relative to FOLDER without the suffix ("x/story" for FOLDER/x/story.txt)
  -           standard input: one article like a .txt file, or JSON Lines with
              --input-format jsonl

An input's own date wins; --published gives the date of those that have none.
"""

_EPILOG = """\
Formats: jsonl (default) writes one {"schema", "bilateral_version", "id", "published",
"url", "events"} object a line as each article is done, each event in the bilateral/1
JSON form (offsets index the text after the header); json writes the same objects as one
array (complete only when the run ends); csv one row an event as each article is done
(the columns of bilateral.to_records, after an "id" column); table a fixed-width summary,
printed at the end.

Exit status: 0 if every input was read, 1 if any was not (each is reported on stderr
with its file and line) or a worker process failed, 2 for a usage error, 130 if
interrupted (every line written before then is complete).
"""


@frozen
class _Article:
    id: str | int
    published: dt.date
    text: str
    url: str | None = None


@frozen
class _Problem:
    where: str
    message: str


_Read = Iterator[_Article | _Problem]


# ---------------------------------------------------------------------------------------------
# Arguments


def _date_arg(value: str) -> dt.date:
    try:
        return check_published(value, "--published")
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _workers_arg(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return number


def _parser() -> argparse.ArgumentParser:
    from bilateral import __version__

    parser = argparse.ArgumentParser(
        prog=PROG, description="Typed bilateral-relations events from English news."
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="extract events from articles",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder, or -")
    extract.add_argument(
        "--published",
        type=_date_arg,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) of inputs that do not give one",
    )
    extract.add_argument(
        "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)"
    )
    extract.add_argument(
        "--input-format",
        choices=("txt", "jsonl"),
        default="txt",
        help="what standard input ('-') holds: one .txt article (default) or JSON Lines",
    )
    extract.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    extract.add_argument(
        "--workers",
        type=_workers_arg,
        metavar="N",
        help="at most N processes (default: all cores; 1 runs in this process)",
    )
    commands.add_parser("schema", help="print the JSON Schema of one event (bilateral/1)")
    return parser


# ---------------------------------------------------------------------------------------------
# Reading inputs


@frozen
class _Input:
    """One input to read: a file with the id it gives its article(s), or standard input."""

    path: Path | None  # None: standard input
    ident: str
    jsonl: bool


def _unencodable(text: str) -> str | None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"\\u{ord(text[exc.start]):04x}"
    return None


def _from_txt(data: bytes, name: str, ident: str, default: dt.date | None) -> _Read:
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        yield _Problem(f"{name}:{line}", f"not UTF-8 text ({exc.reason})")
        return
    if not raw.strip():
        yield _Problem(name, "the file is empty" if not raw else "the file holds only blanks")
        return
    first, _, rest = raw.partition("\n")
    header = _HEADER.fullmatch(first)
    text, published = raw, default
    if header is not None:
        text = rest[2:] if rest.startswith("\r\n") else rest[1:] if rest.startswith("\n") else rest
        try:
            published = check_published(header.group(1))
        except ValueError as exc:
            yield _Problem(f"{name}:1", str(exc))
            return
    if published is None:
        yield _Problem(
            f"{name}:1",
            "no publication date: start the file with 'published: YYYY-MM-DD' "
            "and an empty line, or pass --published",
        )
        return
    yield _Article(id=ident, published=published, text=text)


def _check_record(obj: dict[str, Any]) -> str | None:
    text, ident, url = obj.get("text"), obj.get("id", ""), obj.get("url")
    if not isinstance(text, str):
        return f"'text' must be a string, not {json.dumps(text)[:60]}"
    if not isinstance(ident, str | int) or isinstance(ident, bool):
        return f"'id' must be a string or an integer, not {json.dumps(ident)[:60]}"
    if url is not None and not isinstance(url, str):
        return f"'url' must be a string, not {json.dumps(url)[:60]}"
    bad = _unencodable(text)
    return None if bad is None else f"'text' holds {bad}, a lone surrogate, not a character"


def _from_json_line(
    line: bytes, name: str, ident: str, lineno: int, default: dt.date | None
) -> _Article | _Problem:
    where = f"{name}:{lineno}"
    try:
        obj = loads(line.removeprefix(b"\xef\xbb\xbf") if lineno == 1 else line)
    except ValueError as exc:
        return _Problem(where, str(exc))
    if not isinstance(obj, dict):
        return _Problem(where, f"expected a JSON object, not {type(obj).__name__}")
    problem = _check_record(obj)
    if problem is not None:
        return _Problem(where, problem)
    published = default
    if obj.get("published") is not None:
        try:
            published = check_published(obj["published"])
        except (TypeError, ValueError) as exc:
            return _Problem(where, str(exc))
    if published is None:
        return _Problem(where, "no 'published' date: add one, or pass --published")
    ident_value = obj.get("id", f"{ident}:{lineno}")
    return _Article(id=ident_value, published=published, text=obj["text"], url=obj.get("url"))


def _from_jsonl(lines: Iterable[bytes], name: str, ident: str, default: dt.date | None) -> _Read:
    empty = True
    for lineno, line in enumerate(lines, 1):  # only b"\n" ends a line: JSON allows U+2028
        if line.strip():
            empty = False
            yield _from_json_line(line, name, ident, lineno, default)
    if empty:
        yield _Problem(name, "the file is empty (no JSON lines)")


def _from_input(item: _Input, default: dt.date | None) -> _Read:
    if item.path is None:
        stdin = sys.stdin.buffer
        if item.jsonl:
            yield from _from_jsonl(stdin, "<stdin>", "-", default)
        else:
            yield from _from_txt(stdin.read(), "<stdin>", "-", default)
        return
    try:
        with item.path.open("rb") as file:
            if item.jsonl:
                yield from _from_jsonl(file, str(item.path), item.ident, default)
            else:
                yield from _from_txt(file.read(), str(item.path), item.ident, default)
    except OSError as exc:
        yield _Problem(str(item.path), f"cannot read: {exc.strerror or exc}")


def _plan(paths: Sequence[str], stdin_jsonl: bool) -> Iterator[_Input | _Problem]:
    """The inputs to read, in order: files of folders listed (names only, nothing read)."""
    for name in paths:
        path = Path(name)
        if name == "-":
            yield _Input(None, "-", stdin_jsonl)
        elif not path.is_dir():
            yield _Input(path, path.stem, path.suffix.lower() == ".jsonl")
        else:
            files = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES and p.is_file()
            )
            if not files:
                yield _Problem(name, "no .txt or .jsonl files in this folder")
            for file in files:
                ident = file.relative_to(path).with_suffix("").as_posix()
                yield _Input(file, ident, file.suffix.lower() == ".jsonl")


# ---------------------------------------------------------------------------------------------
# Writing results


def _cell(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _report(article: _Article, events: list[Event]) -> Report:
    return Report(id=article.id, published=article.published, events=events, url=article.url)


class _Sink:
    """Writes the output of one format: ``add`` each article as it is done, then ``close``.

    This one writes JSON Lines: each line whole and flushed, so that an interrupted run
    leaves only complete lines.
    """

    def __init__(self, out: TextIO) -> None:
        self.out, self.done = out, 0

    def add(self, article: _Article, events: list[Event]) -> None:
        """Write one article, and count it."""
        self.out.write(report_line(_report(article, events)))
        self.done += 1
        self.out.flush()

    def close(self) -> None:
        """End the output (the JSON array's bracket, the table)."""


class _JsonSink(_Sink):
    """One JSON array of the JSONL objects, written as they come; valid once closed."""

    started = False

    def add(self, article: _Article, events: list[Event]) -> None:
        obj = json.loads(report_line(_report(article, events)))
        text = json.dumps(obj, ensure_ascii=False, indent=2)
        self.out.write(("[\n" if not self.started else ",\n") + textwrap.indent(text, "  "))
        self.done += 1
        self.out.flush()
        self.started = True

    def close(self) -> None:
        self.out.write("\n]\n" if self.started else "[]\n")


class _CsvSink(_Sink):
    """An id column and the columns of to_records, one row an event, as each article is done."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(("id", *RECORD_COLUMNS))

    def add(self, article: _Article, events: list[Event]) -> None:
        self.writer.writerows(
            (article.id, *(row[c] for c in RECORD_COLUMNS)) for row in to_records(events)
        )
        self.done += 1
        self.out.flush()


class _TableSink(_Sink):
    """A fixed-width table: the rows are kept until the end, to size the columns."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.rows: list[tuple[str, ...]] = []
        self.empty = 0

    def add(self, article: _Article, events: list[Event]) -> None:
        self.done += 1
        self.empty += not events
        self.rows += [
            (
                str(article.id),
                row["kind"],
                row["status"],
                row["countries"].replace(";", "-"),
                row["date_timex"] or "-",
                row["level"] or "-",
                row["evidence_trigger"] or "-",
            )
            for row in to_records(events)
        ]

    def close(self) -> None:
        rows = self.rows
        widths = [
            min(cap, max([len(head), *(len(r[i]) for r in rows)]))
            for i, (head, cap) in enumerate(_TABLE)
        ]

        def line(cells: Sequence[str]) -> str:
            cut = (_cell(c, w).ljust(w) for c, w in zip(cells, widths, strict=True))
            return "  ".join(cut).rstrip()

        self.out.write(line([head for head, _ in _TABLE]) + "\n")
        self.out.write(line(["-" * w for w in widths]) + "\n")
        self.out.writelines(line(r) + "\n" for r in rows)
        self.out.write(
            f"\n{_count(len(rows), 'event')} from {_count(self.done, 'article')}"
            f" ({self.empty} with none)\n"
        )


_SINKS: dict[str, type[_Sink]] = {
    "jsonl": _Sink,
    "json": _JsonSink,
    "csv": _CsvSink,
    "table": _TableSink,
}


class _Progress:
    """A one-line progress bar on a terminal: articles done, of the total when it is known."""

    def __init__(self, total: int | None, stream: TextIO) -> None:
        self.total, self.stream, self.shown = total, stream, -1
        self.enabled = stream.isatty() and (total is None or total >= PROGRESS_FROM)

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        if self.total is None:  # a count, redrawn every hundred articles
            if done // 100 != self.shown:
                self.shown = done // 100
                self.stream.write(f"\rextracting: {done} articles done")
                self.stream.flush()
            return
        percent = done * 100 // self.total
        if percent != self.shown:
            self.shown = percent
            bar = "#" * (percent * 30 // 100)
            self.stream.write(f"\rextracting [{bar:<30}] {done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.shown >= 0:
            self.stream.write("\n")
            self.stream.flush()


# ---------------------------------------------------------------------------------------------
# Commands


@define
class _Run:
    """The state of one ``bilateral extract`` run."""

    args: argparse.Namespace
    pending: deque[_Article] = Factory(deque)
    failed: int = 0

    def report(self, problem: _Problem) -> None:
        self.failed += 1
        print(f"{PROG}: {problem.where}: {problem.message}", file=sys.stderr)

    def inputs(self) -> list[_Input]:
        inputs = []
        for item in _plan(self.args.paths, self.args.input_format == "jsonl"):
            if isinstance(item, _Problem):
                self.report(item)
            else:
                inputs.append(item)
        return inputs

    def articles(self, inputs: list[_Input]) -> Iterator[tuple[str, dt.date]]:
        """The articles, read lazily; each is kept (without its text) until it is done."""
        for item in inputs:
            for article in _from_input(item, self.args.published):
                if isinstance(article, _Problem):
                    self.report(article)
                    continue
                self.pending.append(evolve(article, text=""))
                yield article.text, article.published

    def run(self, sink: _Sink) -> int:
        inputs = self.inputs()
        cheap = all(i.path is not None and not i.jsonl for i in inputs)
        progress = _Progress(len(inputs) if cheap else None, sys.stderr)
        try:
            for events in iter_extract(self.articles(inputs), workers=self.args.workers):
                sink.add(self.pending.popleft(), events)
                progress.update(sink.done)
        except KeyboardInterrupt:
            return self.stop(progress, sink, "interrupted", 130)
        except WorkerError as exc:
            return self.stop(progress, sink, f"stopped: {exc}", 1)
        progress.close()
        sink.close()
        if self.failed:
            print(f"{PROG}: {self.failed} input(s) failed", file=sys.stderr)
        return 1 if self.failed else 0

    def stop(self, progress: _Progress, sink: _Sink, why: str, status: int) -> int:
        progress.close()
        print(
            f"{PROG}: {why} after {_count(sink.done, 'article')}; "
            "the output holds each of them, complete",
            file=sys.stderr,
        )
        return status


def _extract(args: argparse.Namespace) -> int:
    try:
        out = sys.stdout if args.output is None else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        print(f"{PROG}: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    with contextlib.ExitStack() as stack:
        if out is not sys.stdout:
            stack.enter_context(out)
        return _Run(args).run(_SINKS[args.format](out))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``bilateral`` command with ``argv`` (default: ``sys.argv[1:]``).

    Returns the exit status: 0 on success, 1 if any input failed, 2 for a usage error.

    >>> main(["--version"])  # doctest: +ELLIPSIS
    bilateral ...
    0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return int(exc.code or 0)
    try:
        if args.command == "schema":
            sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
            return 0
        if args.command == "extract":
            return _extract(args)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    parser.print_usage(sys.stderr)
    print(f"{PROG}: error: a command is required: extract or schema", file=sys.stderr)
    return 2
