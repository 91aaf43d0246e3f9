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

__all__ = ["add_link_parser", "run_link"]

PROG = "bilateral"
FORMATS = ("jsonl", "csv", "table")
CSV_COLUMNS = (
    "story", "kind", "countries", "story_status", "story_date", "published", "article",
    "status", "date", "conflicts",
)  # fmt: skip
_DESCRIPTION = """\
Link the events of many articles into stories: one per real-world event, with what each
report said of it (planned, postponed, occurred …) in order of publication.

Input: the JSON Lines that 'bilateral extract' writes (one report per article), from files
or standard input (-). Output: one story per line (jsonl, the default), one row per report
of a story (csv), or a table to read.

examples:
  bilateral extract examples/stories/articles -o reports.jsonl
  bilateral link reports.jsonl -o stories.jsonl
  bilateral link reports.jsonl --format table
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


def _rows(stories: list[Story]) -> Iterator[list[str]]:
    for story in stories:
        event = story.event
        fixed = [
            story.id, event.kind.value, "-".join(c.alpha_3 for c in event.countries),
            event.status.value, _span(event.date),
        ]  # fmt: skip
        flags = ";".join(c.field for c in story.conflicts)
        for seen in story.timeline:
            row = [seen.published.isoformat(), str(seen.article), seen.status.value]
            yield [*fixed, *row, _span(seen.date), flags]


def _table(stories: list[Story], out: TextIO) -> None:
    for story in stories:
        event = story.event
        states = "-".join(c.alpha_3 for c in event.countries)
        head = f"{story.id}  {event.kind.value} {states}  {event.status.value} {_span(event.date)}"
        out.write(head + "".join(f"  [{c.field} conflict]" for c in story.conflicts) + "\n")
        for seen in story.timeline:
            when = _span(seen.date) or "-"
            out.write(f"    {seen.published}  {seen.status.value:<9}  {when:<12}  {seen.article}\n")


def _write(stories: list[Story], fmt: str, out: TextIO) -> None:
    if fmt == "jsonl":
        write_stories(stories, out)
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(_rows(stories))
    else:
        _table(stories, out)


def run_link(args: argparse.Namespace) -> int:
    """Read every report, link them, write the stories; 1 if an input cannot be read."""
    try:
        stories = link(_reports(args.paths))
    except (OSError, ValidationError, ValueError, TypeError) as exc:
        print(f"{PROG} link: {exc}", file=sys.stderr)
        return 1
    if args.output is None:
        _write(stories, args.format, sys.stdout)
    else:
        try:
            with Path(args.output).open("w", encoding="utf-8", newline="") as out:
                _write(stories, args.format, out)
        except OSError as exc:
            print(f"{PROG} link: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return 1
    count = len(stories)
    print(f"{PROG} link: {count} stor{'y' if count == 1 else 'ies'}", file=sys.stderr)
    return 0
