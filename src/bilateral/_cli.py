"""The ``bilateral`` command line: ``bilateral extract``, ``explain``, ``link`` and ``schema``.

``bilateral extract`` streams: inputs are read lazily (a JSONL file line by line), each is
checked as it is read (a bad one is reported on stderr and skipped), the articles flow
through :func:`bilateral.iter_extract`, and each article's output is written and flushed
as soon as it is done (``--format parquet`` hands the same stream to
:func:`bilateral.write_parquet`). The inputs are read by ``_cli_input``. Uses only the
standard library, never dask or pandas; pyarrow only for Parquet.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import sys
import textwrap
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from attrs import Factory, define, evolve

from bilateral._args import check_published
from bilateral._batch import iter_extract
from bilateral._cli_input import Article, Input, Problem, plan, read_input
from bilateral._cli_link import add_link_parser, run_link
from bilateral._explain import Explanation, explain
from bilateral._frames import write_parquet
from bilateral._json import envelope, json_schema, to_dict
from bilateral._model import Event
from bilateral._records import RECORD_COLUMNS, to_records
from bilateral._report import Report, report_line
from bilateral._story_json import story_schema
from bilateral._workers import WorkerError

__all__ = ["main"]

PROG = "bilateral"
FORMATS = ("jsonl", "json", "csv", "table", "parquet")
#: Inputs from which a progress bar is shown (on a terminal).
PROGRESS_FROM = 20
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

_EXPLAIN = """\
Show, for each event of one article, the stages and named rules that set each field,
with the event word they acted on; and why every other event word made no event.

FILE is one article in the form 'bilateral extract' reads a .txt file (a first line
'published: YYYY-MM-DD', an empty line, then the text), or - for standard input. The
header's date wins; --published gives it when there is none. Offsets index the text
after the header. --format json prints {"events": [{"event": ..., "rules": [...]}],
"dropped": [...]} after the schema and version keys, each event in the bilateral/1 JSON form.

Exit status: 0 when the article was read, 1 when it was not (the reason is on stderr),
2 for a usage error.
"""

_EPILOG = """\
Formats: jsonl (default) writes one {"schema", "bilateral_version", "id", "published",
"url", "events"} object a line as each article is done, each event in the bilateral/1
JSON form (offsets index the text after the header); json writes the same objects as one
array (complete only when the run ends); csv one row an event as each article is done
(the columns of bilateral.to_records, after an "id" column); table a fixed-width summary,
printed at the end; parquet (needs -o FILE and pyarrow: pip install "bilateral[arrow]")
one row an event in the Arrow schema of bilateral.to_arrow, written by
bilateral.write_parquet as each article is done (streaming: one row group an article).

Exit status: 0 if every input was read, 1 if any was not (each is reported on stderr
with its file and line) or a worker process failed, 2 for a usage error, 130 if
interrupted (every line written before then is complete).
"""


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
    _explain_parser(commands)
    add_link_parser(commands)
    schema = commands.add_parser("schema", help="print the JSON Schema of one event (bilateral/1)")
    schema.add_argument("--story", action="store_true", help="the schema of one story instead")
    return parser


def _explain_parser(commands: Any) -> None:
    explain = commands.add_parser(
        "explain",
        help="show the rules that made each event of one article",
        description=_EXPLAIN,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    explain.add_argument("path", metavar="FILE", help="one .txt article, or - for standard input")
    explain.add_argument(
        "--published",
        type=_date_arg,
        metavar="DATE",
        help="publication date (YYYY-MM-DD), if the file does not give one",
    )
    explain.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default): the report of bilateral.explain; json: the same as JSON",
    )


# ---------------------------------------------------------------------------------------------
# Writing results


def _cell(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _report(article: Article, events: list[Event]) -> Report:
    return Report(id=article.id, published=article.published, events=events, url=article.url)


class _Sink:
    """Writes the output of one format: ``add`` each article as it is done, then ``close``.

    This one writes JSON Lines: each line whole and flushed, so that an interrupted run
    leaves only complete lines.
    """

    def __init__(self, out: TextIO) -> None:
        self.out, self.done = out, 0

    def write(self, results: Iterable[tuple[Article, list[Event]]]) -> None:
        """Write each article as it comes."""
        for article, events in results:
            self.add(article, events)

    def add(self, article: Article, events: list[Event]) -> None:
        """Write one article, and count it."""
        self.out.write(report_line(_report(article, events)))
        self.done += 1
        self.out.flush()

    def close(self) -> None:
        """End the output (the JSON array's bracket, the table)."""


class _JsonSink(_Sink):
    """One JSON array of the JSONL objects, written as they come; valid once closed."""

    started = False

    def add(self, article: Article, events: list[Event]) -> None:
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

    def add(self, article: Article, events: list[Event]) -> None:
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

    def add(self, article: Article, events: list[Event]) -> None:
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


class _ParquetSink(_Sink):
    """A Parquet file, written by write_parquet as the articles come (one row group each)."""

    def __init__(self, path: str) -> None:
        self.path, self.done = path, 0

    def write(self, results: Iterable[tuple[Article, list[Event]]]) -> None:
        def articles() -> Iterator[tuple[str | int, dt.date, list[Event]]]:
            for article, events in results:
                yield article.id, article.published, events
                self.done += 1  # write_parquet asks for the next one once this one is written

        write_parquet(self.path, articles())


def _parquet_problem(args: argparse.Namespace) -> tuple[int, str] | None:
    """Why ``--format parquet`` cannot run (exit status, message), checked before reading."""
    if args.output is None:
        return 2, "extract: error: --format parquet writes a file: give it with -o FILE"
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return 1, '--format parquet needs pyarrow: pip install "bilateral[arrow]"'
    return None


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
    pending: deque[Article] = Factory(deque)
    failed: int = 0

    def report(self, problem: Problem) -> None:
        self.failed += 1
        print(f"{PROG}: {problem.where}: {problem.message}", file=sys.stderr)

    def inputs(self) -> list[Input]:
        inputs = []
        for item in plan(self.args.paths, self.args.input_format == "jsonl"):
            if isinstance(item, Problem):
                self.report(item)
            else:
                inputs.append(item)
        return inputs

    def articles(self, inputs: list[Input]) -> Iterator[tuple[str, dt.date]]:
        """The articles, read lazily; each is kept (without its text) until it is done."""
        for item in inputs:
            for article in read_input(item, self.args.published):
                if isinstance(article, Problem):
                    self.report(article)
                    continue
                self.pending.append(evolve(article, text=""))
                yield article.text, article.published

    def results(
        self, inputs: list[Input], sink: _Sink, progress: _Progress
    ) -> Iterator[tuple[Article, list[Event]]]:
        """Each article with its events, in input order; the sink counts what it wrote."""
        for events in iter_extract(self.articles(inputs), workers=self.args.workers):
            yield self.pending.popleft(), events
            progress.update(sink.done)

    def run(self, sink: _Sink) -> int:
        inputs = self.inputs()
        cheap = all(i.path is not None and not i.jsonl for i in inputs)
        progress = _Progress(len(inputs) if cheap else None, sys.stderr)
        try:
            sink.write(self.results(inputs, sink, progress))
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


def _cannot_write(args: argparse.Namespace, exc: OSError) -> int:
    print(f"{PROG}: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
    return 1


def _extract(args: argparse.Namespace) -> int:
    if args.format == "parquet":
        return _extract_parquet(args)
    try:
        out = sys.stdout if args.output is None else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        return _cannot_write(args, exc)
    with contextlib.ExitStack() as stack:
        if out is not sys.stdout:
            stack.enter_context(out)
        return _Run(args).run(_SINKS[args.format](out))


def _extract_parquet(args: argparse.Namespace) -> int:
    problem = _parquet_problem(args)
    if problem is not None:
        print(f"{PROG}: {problem[1]}", file=sys.stderr)
        return problem[0]
    try:  # an unwritable file is reported before anything is read, as for the other formats
        Path(args.output).open("wb").close()
    except OSError as exc:
        return _cannot_write(args, exc)
    return _Run(args).run(_ParquetSink(args.output))


_RULE_KEYS = ("rule", "stage", "field", "trigger", "start", "end")
_DROPPED_KEYS = ("trigger", "start", "end", "stage", "rule")


def _explanation_json(why: Explanation) -> str:
    """The explanation as JSON: each event (bilateral/1) with its rules, and the dropped."""
    obj = {
        **envelope(),  # as every JSON document the library writes
        "events": [
            {
                "event": to_dict(t.event),
                "rules": [{k: getattr(u, k) for k in _RULE_KEYS} for u in t.rules],
            }
            for t in why.events
        ],
        "dropped": [{k: getattr(c, k) for k in _DROPPED_KEYS} for c in why.dropped],
    }
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _explain(args: argparse.Namespace) -> int:
    path = None if args.path == "-" else Path(args.path)
    if path is not None and path.suffix.lower() == ".jsonl":
        read: Iterable[Article | Problem] = [
            Problem(args.path, "explain reads one .txt article, not JSON Lines")
        ]
    else:
        read = read_input(Input(path, args.path, jsonl=False), args.published)
    for article in read:  # one article, or the problem that stopped it
        if isinstance(article, Problem):
            print(f"{PROG}: {article.where}: {article.message}", file=sys.stderr)
            return 1
        why = explain(article.text, published=article.published)
        sys.stdout.write((_explanation_json(why) if args.format == "json" else str(why)) + "\n")
    return 0


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
            schema = story_schema() if args.story else json_schema()
            sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
            return 0
        if args.command == "link":
            return run_link(args)
        if args.command == "extract":
            return _extract(args)
        if args.command == "explain":
            return _explain(args)
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    parser.print_usage(sys.stderr)
    print(
        f"{PROG}: error: a command is required: extract, explain, link or schema", file=sys.stderr
    )
    return 2
