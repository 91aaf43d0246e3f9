"""Extraction on a Dask bag over a local two-process distributed cluster, as the example does."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from tests.example_scripts import EXAMPLES, load_example

import bilateral
from bilateral._cli import main

distributed = pytest.importorskip("dask.distributed")
db = pytest.importorskip("dask.bag")

EXAMPLE = EXAMPLES / "dask_extract.py"
# No filterwarnings marks: this cluster starts and stops without a warning (checked with
# python -X dev); should a dask release add one, allow it here by message, not globally.


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A client of a local cluster of two worker processes, one thread each."""
    with (
        distributed.LocalCluster(
            # ":0": any free port, so that two runs on one machine do not collide on 8787
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def as_dicts(results: list[list[bilateral.Event]]) -> list[list[dict[str, Any]]]:
    return [[bilateral.to_dict(e) for e in events] for events in results]


class TestDask:
    def test_cluster_has_two_worker_processes(self, client: Any) -> None:
        """The work runs in two processes other than this one."""
        pids = client.run(os.getpid)
        assert len(pids) == 2
        assert os.getpid() not in set(pids.values())

    def test_example_equals_serial_extraction(self, client: Any) -> None:
        """The example's bag gives, article by article, what extract gives in this process."""
        example = load_example("dask_extract")
        articles = example.load_articles()
        assert len(articles) == 45
        bag = db.from_sequence(articles, npartitions=6)
        results = example.extract_bag(bag).compute()
        serial = [bilateral.extract(a["text"], published=a["published"]) for a in articles]
        assert as_dicts(results) == as_dicts(serial)
        assert results == serial

    def test_records_from_a_bag(self, client: Any) -> None:
        """Flat rows can be made on the workers too: one row per event, in article order."""
        articles = load_example("dask_extract").load_articles()[:10]
        bag = db.from_sequence(articles, npartitions=3)
        events = bag.map_partitions(functools.partial(bilateral.extract_many, workers=1))
        rows = events.map(bilateral.to_records).flatten().compute()
        serial = [
            row
            for a in articles
            for row in bilateral.to_records(bilateral.extract(a["text"], published=a["published"]))
        ]
        assert rows == serial

    def test_example_script(self, capsys: pytest.CaptureFixture[str]) -> None:
        """python examples/dask_extract.py prints what `bilateral extract` prints."""
        done = subprocess.run(
            [sys.executable, str(EXAMPLE)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert main(["extract", str(EXAMPLE.parent / "articles")]) == 0
        assert done.stdout == capsys.readouterr().out
