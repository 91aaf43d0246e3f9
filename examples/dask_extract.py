"""Extract events from the example articles with a Dask bag on a local distributed cluster.

Run: python examples/dask_extract.py [FOLDER]   (needs the ``dask`` extra)

Prints one JSON object per article (a ``bilateral.Report``) as
``bilateral extract`` does. On a real cluster, replace the ``LocalCluster`` with the
address of your scheduler: ``Client("tcp://scheduler:8786")``.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any

import dask.bag as db
from dask.distributed import Client, LocalCluster

import bilateral

ARTICLES = Path(__file__).resolve().parent / "articles"


def load_articles(folder: Path = ARTICLES) -> list[dict[str, Any]]:
    """Each ``.txt`` article of ``folder`` as ``{"id", "published", "text"}``, by name.

    The files start with a ``published: YYYY-MM-DD`` line and an empty line.
    """
    articles = []
    for path in sorted(folder.glob("*.txt")):
        header, _, text = path.read_text(encoding="utf-8").partition("\n\n")
        published = header.removeprefix("published:").strip()
        articles.append({"id": path.stem, "published": published, "text": text})
    return articles


def extract_bag(articles: db.Bag) -> db.Bag:
    """A bag of each article's events (a ``list[bilateral.Event]``), in the bag's order.

    Each partition is one ``extract_many`` call in a worker, with ``workers=1``: Dask
    already spreads the partitions over the cluster's processes. The function shipped to
    the workers is ``bilateral``'s own, so nothing of this script needs pickling.
    """
    return articles.map_partitions(functools.partial(bilateral.extract_many, workers=1))


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ARTICLES
    articles = load_articles(folder)
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
        bag = db.from_sequence(articles, npartitions=8)
        results = extract_bag(bag).compute()
    reports = (
        bilateral.Report(id=a["id"], published=a["published"], events=events)
        for a, events in zip(articles, results, strict=True)
    )
    bilateral.write_jsonl(reports, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
