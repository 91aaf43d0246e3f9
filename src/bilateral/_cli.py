"""The ``bilateral`` command line: ``bilateral extract``, ``bilateral schema``.

Inputs are read and checked first (a bad input is reported on stderr and skipped), then
the articles go to :func:`bilateral._batch.iter_extract`, then one writer prints them all.
Uses only the standard library, never dask or pandas.
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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from attrs import frozen

from bilateral._args import check_published
from bilateral._batch import iter_extract
from bilateral._json import json_schema, to_dict
from bilateral._model import Event
from bilateral._records import RECORD_COLUMNS, to_records

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

Inputs (any mix, read in the order given):
  FILE.txt    one article; its first line may be 'published: YYYY-MM-DD', followed by
              an empty line, then the text (headline and paragraphs)
  FILE.jsonl  one article a line: {"id": ..., "text": ..., "published": ..., "url": ...}
              ("url" optional; "id" defaults to FILE-STEM:LINE)
  FOLDER      every .txt and .jsonl file below it, in sorted order
  -           one article from standard input, like a .txt file

An input's own date wins; --published gives the date of those that have none.
"""

_EPILOG = """\
Formats: jsonl (default) writes one {"id", "published", "url", "events"} object a line,
each event in the bilateral/1 JSON form (offsets index the text after the header);
json writes the same objects as one array; csv one row an event (the columns of
bilateral.to_records, after an "id" column); table a fixed-width summary.

Exit status: 0 if every input was read, 1 if any was not (each is reported on stderr
with its file and line), 2 for a usage error.
"""


@frozen
class _Article:
    id: str
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


def _decode(data: bytes, name: str) -> str | _Problem:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return _Problem(f"{name}:{line}", f"not UTF-8 text ({exc.reason})")


def _from_txt(raw: str, name: str, stem: str, default: dt.date | None) -> _Read:
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
    yield _Article(id=stem, published=published, text=text)


def _from_json_line(
    line: str, name: str, stem: str, lineno: int, default: dt.date | None
) -> _Article | _Problem:
    where = f"{name}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return _Problem(where, f"not JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(obj, dict):
        return _Problem(where, f"expected a JSON object, not {type(obj).__name__}")
    text, ident, url = obj.get("text"), obj.get("id", f"{stem}:{lineno}"), obj.get("url")
    if not isinstance(text, str):
        return _Problem(where, f"'text' must be a string, not {json.dumps(text)}")
    if not isinstance(ident, str | int) or isinstance(ident, bool):
        return _Problem(where, f"'id' must be a string or an integer, not {json.dumps(ident)}")
    if url is not None and not isinstance(url, str):
        return _Problem(where, f"'url' must be a string, not {json.dumps(url)}")
    published = default
    if obj.get("published") is not None:
        try:
            published = check_published(obj["published"])
        except (TypeError, ValueError) as exc:
            return _Problem(where, str(exc))
    if published is None:
        return _Problem(where, "no 'published' date: add one, or pass --published")
    return _Article(id=str(ident), published=published, text=text, url=url)


def _from_file(path: Path, default: dt.date | None) -> _Read:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _Problem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    raw = _decode(data, str(path))
    if isinstance(raw, _Problem):
        yield raw
    elif path.suffix.lower() == ".jsonl":
        for lineno, line in enumerate(raw.split("\n"), 1):  # not splitlines: JSON allows U+2028
            if line.strip():
                yield _from_json_line(line, str(path), path.stem, lineno, default)
    else:
        yield from _from_txt(raw, str(path), path.stem, default)


def _read(paths: Sequence[str], default: dt.date | None) -> _Read:
    for name in paths:
        if name == "-":
            yield from _from_txt(sys.stdin.read(), "<stdin>", "-", default)
            continue
        path = Path(name)
        if not path.is_dir():
            yield from _from_file(path, default)
            continue
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES and p.is_file())
        if not files:
            yield _Problem(name, "no .txt or .jsonl files in this folder")
        for file in files:
            yield from _from_file(file, default)


# ---------------------------------------------------------------------------------------------
# Writing results

_Results = list[tuple[_Article, list[Event]]]


def _article_object(article: _Article, events: list[Event]) -> dict[str, Any]:
    obj: dict[str, Any] = {"id": article.id, "published": article.published.isoformat()}
    if article.url is not None:
        obj["url"] = article.url
    obj["events"] = [to_dict(e) for e in events]
    return obj


def _write_jsonl(results: _Results, out: TextIO) -> None:
    for article, events in results:
        out.write(json.dumps(_article_object(article, events), ensure_ascii=False) + "\n")


def _write_json(results: _Results, out: TextIO) -> None:
    objects = [_article_object(a, events) for a, events in results]
    out.write(json.dumps(objects, ensure_ascii=False, indent=2) + "\n")


def _write_csv(results: _Results, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("id", *RECORD_COLUMNS))
    for article, events in results:
        for row in to_records(events):
            writer.writerow((article.id, *(row[c] for c in RECORD_COLUMNS)))


def _cell(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _write_table(results: _Results, out: TextIO) -> None:
    rows = [
        (
            article.id,
            row["kind"],
            row["status"],
            row["countries"].replace(";", "-"),
            row["date_timex"] or "-",
            row["level"] or "-",
            row["evidence_trigger"] or "-",
        )
        for article, events in results
        for row in to_records(events)
    ]
    widths = [
        min(cap, max([len(head), *(len(r[i]) for r in rows)]))
        for i, (head, cap) in enumerate(_TABLE)
    ]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(_cell(c, w).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out.write(line([head for head, _ in _TABLE]) + "\n")
    out.write(line(["-" * w for w in widths]) + "\n")
    for r in rows:
        out.write(line(r) + "\n")
    empty = sum(1 for _, events in results if not events)
    out.write(
        f"\n{_count(len(rows), 'event')} from {_count(len(results), 'article')}"
        f" ({empty} with none)\n"
    )


_WRITERS = {"jsonl": _write_jsonl, "json": _write_json, "csv": _write_csv, "table": _write_table}


class _Progress:
    """A one-line progress bar on a terminal, redrawn at each whole percent."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.stream, self.shown = total, stream, -1
        self.enabled = total >= PROGRESS_FROM and stream.isatty()

    def update(self, done: int) -> None:
        percent = done * 100 // self.total if self.enabled else self.shown
        if percent != self.shown:
            self.shown = percent
            bar = "#" * (percent * 30 // 100)
            self.stream.write(f"\rextracting [{bar:<30}] {done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


# ---------------------------------------------------------------------------------------------
# Commands


def _extract(args: argparse.Namespace) -> int:
    articles: list[_Article] = []
    failed = 0
    for item in _read(args.paths, args.published):
        if isinstance(item, _Problem):
            failed += 1
            print(f"{PROG}: {item.where}: {item.message}", file=sys.stderr)
        else:
            articles.append(item)
    try:
        out = sys.stdout if args.output is None else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        print(f"{PROG}: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    with contextlib.ExitStack() as stack:
        if out is not sys.stdout:
            stack.enter_context(out)
        progress = _Progress(len(articles), sys.stderr)
        pairs = [(a.text, a.published) for a in articles]
        results: _Results = []
        for article, events in zip(
            articles, iter_extract(pairs, workers=args.workers), strict=True
        ):
            results.append((article, events))
            progress.update(len(results))
        progress.close()
        _WRITERS[args.format](results, out)
        out.flush()
    if failed:
        print(f"{PROG}: {failed} input(s) failed", file=sys.stderr)
    return 1 if failed else 0


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
