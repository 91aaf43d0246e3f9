"""``bilateral link``: stories across the reports that ``bilateral extract`` wrote.

Reads JSON Lines reports (files or ``-``), links them with :func:`bilateral.link` and writes
one story a line (``jsonl``), one timeline entry a row (``csv``) or a table for reading.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from bilateral._errors import ValidationError
from bilateral._link import link
from bilateral._report import Report, read_jsonl
from bilateral._story import Story
from bilateral._story_json import write_stories
from bilateral._story_records import STORY_COLUMNS, TIMELINE_COLUMNS, story_records

__all__ = ["add_link_parser", "run_link"]

PROG = "bilateral"
FORMATS = ("jsonl", "csv", "parquet", "table")
_DESCRIPTION = """\
Link the events of many articles into stories: one per real-world event, with what each
report said of it (planned, postponed, occurred …) in order of publication.

Input: the JSON Lines that 'bilateral extract' writes (one report per article), from files
or standard input (-). Output: one story per line (jsonl, the default); one row per story
(csv, parquet; with --timeline one row per report of a story); or a table to read.

examples:
  bilateral extract examples/stories/articles -o reports.jsonl
  bilateral link reports.jsonl -o stories.jsonl
  bilateral link reports.jsonl --format table
  bilateral link reports.jsonl --format parquet --timeline -o timeline.parquet
"""


def add_link_parser(commands: Any) -> None:
    """The ``link`` command's arguments."""
    parser = commands.add_parser(
        "link",
        help="link the events of many articles into stories",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a JSON Lines file, or -")
    parser.add_argument(
        "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    parser.add_argument(
        "--timeline", action="store_true", help="csv, parquet: one row per report of a story"
    )


def _reports(paths: list[str]) -> Iterator[Report]:
    for path in paths:
        if path == "-":
            yield from read_jsonl(sys.stdin.buffer)
        else:
            yield from read_jsonl(Path(path))


def _span(value: Any) -> str:
    if value is None:
        return ""
    return str(value.timex or f"{value.start.isoformat()}/{value.end.isoformat()}")


def _table(stories: list[Story], out: TextIO) -> None:
    for story in stories:
        event = story.event
        states = "-".join(c.alpha_3 for c in event.countries)
        head = f"{story.id}  {event.kind.value} {states}  {event.status.value} {_span(event.date)}"
        out.write(head + "".join(f"  [{c.field} conflict]" for c in story.conflicts) + "\n")
        for seen in story.timeline:
            when = _span(seen.date) or "-"
            out.write(f"    {seen.published}  {seen.status.value:<9}  {when:<12}  {seen.article}\n")


def _write(stories: list[Story], args: argparse.Namespace, out: TextIO) -> None:
    if args.format == "jsonl":
        write_stories(stories, out)
    elif args.format == "csv":
        columns = TIMELINE_COLUMNS if args.timeline else STORY_COLUMNS
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(story_records(stories, timeline=args.timeline))
    else:
        _table(stories, out)


def _parquet(stories: list[Story], args: argparse.Namespace) -> int:
    if args.output is None:
        print(f"{PROG} link: --format parquet needs -o FILE", file=sys.stderr)
        return 2
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        print(f"{PROG} link: --format parquet needs pyarrow (the 'arrow' extra)", file=sys.stderr)
        return 1
    rows = story_records(stories, timeline=args.timeline)
    columns = TIMELINE_COLUMNS if args.timeline else STORY_COLUMNS
    table = pa.table({c: [str(r[c]) if c == "article_id" else r[c] for r in rows] for c in columns})
    try:
        pq.write_table(table, args.output)
    except OSError as exc:
        print(f"{PROG} link: cannot write {args.output}: {exc}", file=sys.stderr)
        return 1
    return 0


def run_link(args: argparse.Namespace) -> int:
    """Read every report, link them, write the stories; 1 if an input cannot be read."""
    try:
        stories = link(_reports(args.paths))
    except (OSError, ValidationError, ValueError, TypeError) as exc:
        print(f"{PROG} link: {exc}", file=sys.stderr)
        return 1
    if args.format == "parquet":
        status = _parquet(stories, args)
        if status:
            return status
    elif args.output is None:
        _write(stories, args, sys.stdout)
    else:
        try:
            with Path(args.output).open("w", encoding="utf-8", newline="") as out:
                _write(stories, args, out)
        except OSError as exc:
            print(f"{PROG} link: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return 1
    count = len(stories)
    print(f"{PROG} link: {count} stor{'y' if count == 1 else 'ies'}", file=sys.stderr)
    return 0
