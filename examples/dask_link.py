"""Link the events of many reports into stories with a Dask bag on a local distributed cluster.

Run: python examples/dask_link.py REPORTS.jsonl   (needs the ``dask`` extra; ``-`` reads stdin)

``REPORTS.jsonl`` is what ``bilateral extract`` writes: one report per article. Prints one
line per story, earliest first as ``bilateral.link`` orders them: the story id, its states
and the status each report gave, tab-separated. On a real cluster, replace the
``LocalCluster`` with the address of your scheduler: ``Client("tcp://scheduler:8786")``.

Stories never cross blocks (one set of states, ``bilateral.states_key``), so each report is
cut into one part per block it has events in, the parts are grouped by block, and each
block is linked on its own, in a worker: the stories are those ``bilateral.link`` gives on
the whole corpus in one process.
"""

# dask is only partly annotated: its calls are untyped, the rest of this file is strict.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping
from typing import Any

import dask.bag as db
from dask.distributed import Client, LocalCluster

import bilateral

#: One block's share of one report: the article's id, its publication date and its events of
#: that block, in the report's order.
Part = dict[str, Any]


def _event(value: bilateral.Event | Mapping[str, Any]) -> bilateral.Event:
    return value if isinstance(value, bilateral.Event) else bilateral.from_dict(dict(value))


def split_report(report: bilateral.Report | Mapping[str, Any]) -> list[tuple[str, Part]]:
    """``(block, part)`` for each block the report has events in, one part per block.

    ``report`` is a ``bilateral.Report`` or a dict ``{"id", "published", "events"}`` whose
    events are ``bilateral.Event`` objects or their ``bilateral/1`` dicts.
    """
    if isinstance(report, bilateral.Report):
        ident: str | int = report.id
        published: dt.date | str = report.published
        raw: Any = report.events
    else:
        ident, published, raw = report["id"], report["published"], report.get("events", ())
    parts: dict[str, Part] = {}
    for event in map(_event, raw):
        key = bilateral.states_key(event)
        part = parts.setdefault(key, {"id": ident, "published": published, "events": []})
        part["events"].append(event)
    return list(parts.items())


def _add(parts: list[Part], item: tuple[str, Part]) -> list[Part]:
    return [*parts, item[1]]


def _join(a: list[Part], b: list[Part]) -> list[Part]:
    return a + b


def _link_block(block: tuple[str, list[Part]]) -> list[bilateral.Story]:
    return bilateral.link(block[1])


def _block_of(item: tuple[str, Part]) -> str:
    return item[0]


def link_bag(reports: db.Bag) -> db.Bag:
    """A bag of the stories of a bag of reports (``bilateral.Report`` objects or dicts).

    Each report is split into its blocks' parts (:func:`split_report`); ``foldby`` gathers
    each block's parts, partition by partition and then across partitions (no full
    shuffle); each block is then linked with ``bilateral.link``. The bag's order is not
    ``link``'s: sort the stories as :func:`story_order` does to compare them.
    """
    parts = reports.map(split_report).flatten()
    blocks = parts.foldby(_block_of, _add, [], _join, [])
    stories: db.Bag = blocks.map(_link_block).flatten()
    return stories


def story_order(story: bilateral.Story) -> tuple[dt.date, str, str]:
    """The order of ``bilateral.link``'s stories: earliest report first, then article, id."""
    first = story.timeline[0]
    return first.published, str(first.article), story.id


def story_line(story: bilateral.Story) -> str:
    """One story as a line: id, states (``bilateral.states_key``) and reported statuses."""
    statuses = ",".join(s.status.value for s in story.timeline)
    return f"{story.id}\t{bilateral.states_key(story.event)}\t{statuses}"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python examples/dask_link.py REPORTS.jsonl|-", file=sys.stderr)
        return 2
    source = sys.stdin if argv[0] == "-" else argv[0]
    reports = list(bilateral.read_jsonl(source))
    with (
        LocalCluster(
            # ":0": any free port, so that two runs on one machine do not collide on 8787
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
        ) as cluster,
        Client(cluster),
    ):
        bag = db.from_sequence(reports, npartitions=8)
        stories = link_bag(bag).compute()
    for story in sorted(stories, key=story_order):
        print(story_line(story))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
