"""Linking stories on a Dask bag over a local two-process cluster, as examples/dask_link.py does:
block by block in the workers, the same stories as ``bilateral.link`` in one process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from tests import story_gold
from tests.example_scripts import EXAMPLES, load_example

import bilateral

distributed = pytest.importorskip("dask.distributed")
db = pytest.importorskip("dask.bag")

EXAMPLE = EXAMPLES / "dask_link.py"
# No filterwarnings marks: this cluster starts and stops without a warning, as in
# tests/test_dask.py; should a dask release add one, allow it here by message, not globally.


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return load_example("dask_link")


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


@pytest.fixture(scope="module")
def arts() -> list[dict[str, Any]]:
    """The story corpus (examples/stories): its articles with their gold events."""
    return story_gold.articles()


@pytest.fixture(scope="module")
def extracted(arts: list[dict[str, Any]]) -> list[bilateral.Report]:
    """One report per article of the story corpus with the events ``extract`` finds."""
    return [
        bilateral.Report(
            id=a["id"],
            published=a["published"],
            events=bilateral.extract(a["text"], published=a["published"]),
        )
        for a in arts
    ]


def by_id(stories: list[bilateral.Story]) -> list[bilateral.Story]:
    return sorted(
        stories, key=lambda s: (s.id, [(x.published, str(x.article)) for x in s.timeline])
    )


def in_dask(example: ModuleType, reports: list[Any], npartitions: int) -> list[bilateral.Story]:
    stories: list[bilateral.Story] = example.link_bag(
        db.from_sequence(reports, npartitions=npartitions)
    ).compute()
    return stories


class TestDaskLink:
    def test_cluster_has_two_worker_processes(self, client: Any) -> None:
        """The work runs in two processes other than this one."""
        pids = client.run(os.getpid)
        assert len(pids) == 2
        assert os.getpid() not in set(pids.values())

    def test_split_report_keeps_each_blocks_events_in_order(self, example: ModuleType) -> None:
        """One part per block, with the report's id and date and its events of that block."""
        talks = bilateral.Meeting(kind="talks", status="occurred", countries=["USA", "MEX"])
        call = bilateral.Meeting(kind="call", status="occurred", countries=["FRA", "DEU"])
        visit = bilateral.Meeting(kind="visit", status="planned", countries=["MEX", "USA"])
        report = bilateral.Report(id="a1", published="2025-03-05", events=[talks, call, visit])
        parts = example.split_report(report)
        assert [key for key, _ in parts] == ["MEX-USA", "DEU-FRA"]
        assert parts[0][1]["events"] == [talks, visit]
        assert parts[1][1]["events"] == [call]
        assert {p["id"] for _, p in parts} == {"a1"}
        as_dict = {"id": 7, "published": "2025-03-05", "events": [bilateral.to_dict(call)]}
        assert example.split_report(as_dict) == [
            ("DEU-FRA", {"id": 7, "published": "2025-03-05", "events": [call]})
        ]
        assert example.split_report({"id": 8, "published": "2025-03-05", "events": []}) == []

    @pytest.mark.parametrize("npartitions", [1, 7])
    def test_gold_events_equal_serial_link(
        self, client: Any, example: ModuleType, arts: list[dict[str, Any]], npartitions: int
    ) -> None:
        """On the corpus's gold events (dicts holding Meeting objects), the bag's stories are
        ``link``'s, however the reports are partitioned."""
        reports = story_gold.gold_reports(arts)
        serial = bilateral.link(reports)
        assert len(serial) > 40
        assert any(len(s.timeline) >= 3 for s in serial)
        assert by_id(in_dask(example, reports, npartitions)) == by_id(serial)

    def test_extracted_events_equal_serial_link(
        self, client: Any, example: ModuleType, extracted: list[bilateral.Report]
    ) -> None:
        """On the events ``extract`` finds in the corpus (Report objects), the same."""
        serial = bilateral.link(extracted)
        stories = in_dask(example, extracted, 5)
        assert by_id(stories) == by_id(serial)
        assert sorted(stories, key=example.story_order) == serial

    def test_report_dicts_with_event_dicts(
        self, client: Any, example: ModuleType, extracted: list[bilateral.Report]
    ) -> None:
        """Reports as ``bilateral/1`` dicts, their events as dicts too, give the same stories."""
        dicts = [
            {
                "id": r.id,
                "published": r.published.isoformat(),
                "events": [bilateral.to_dict(e) for e in r.events],
            }
            for r in extracted
        ]
        assert by_id(in_dask(example, dicts, 4)) == by_id(bilateral.link(extracted))

    def test_example_script(
        self,
        example: ModuleType,
        extracted: list[bilateral.Report],
        tmp_path: Path,
    ) -> None:
        """python examples/dask_link.py REPORTS.jsonl prints a line per story of ``link``."""
        path = tmp_path / "reports.jsonl"
        bilateral.write_jsonl(extracted, path)
        done = subprocess.run(
            [sys.executable, str(EXAMPLE), str(path)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        serial = bilateral.link(bilateral.read_jsonl(path))
        assert done.stdout == "".join(example.story_line(s) + "\n" for s in serial)
        first = done.stdout.splitlines()[0].split("\t")
        assert first[0].startswith("st-")
        assert len(first) == 3

    def test_example_usage(self, example: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a file the script says how to run it."""
        assert example.main([]) == 2
        assert "usage" in capsys.readouterr().err
