"""``link`` on the blind story corpora (``examples/stories``, ``examples/stories2``, each written
without seeing the code):
its gold per-article events give every gold story and every status transition; end to end
from the articles' text it stays ahead of both same-dyad baselines. Stories' JSON form, schema
and the ``bilateral link`` command on the same corpus."""

from __future__ import annotations

import csv
import functools
import io
import json
from typing import Any

import jsonschema
import pytest
from tests import story_gold as sg

import bilateral
from bilateral._cli import main

#: End-to-end B³ F1 of each corpus (0.810, 0.842 now; first 0.806, 0.830): regression guards.
E2E_FLOOR = {"stories": 0.79, "stories2": 0.82}
CORPORA = tuple(E2E_FLOOR)


@functools.cache
def corpus(
    name: str = "stories",
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[bilateral.Story]]:
    arts = sg.articles(sg.STORIES.parent / name)
    reports = sg.gold_reports(arts)
    return arts, reports, bilateral.link(reports)


def gold_stories() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for name in CORPORA:
        lines = (sg.STORIES.parent / name / "stories.jsonl").read_text(encoding="utf-8")
        out += [(name, json.loads(line)) for line in lines.splitlines() if line.strip()]
    return out


def _story_of(name: str, story_id: str) -> bilateral.Story:
    arts, reports, stories = corpus(name)
    mentions = {m for m, s in sg.gold_clusters(arts).items() if s == story_id}
    clusters = sg.story_clusters(stories, reports)
    found = {clusters[m] for m in mentions}
    assert len(found) == 1, f"{story_id} is split over {len(found)} stories"
    [ident] = found
    return next(s for s in stories if s.id == ident)


@pytest.mark.parametrize(
    ("name", "gold"), gold_stories(), ids=[g["story"] for _, g in gold_stories()]
)
def test_every_gold_story_and_its_transitions(name: str, gold: dict[str, Any]) -> None:
    story = _story_of(name, gold["story"])
    assert len(story.timeline) == len(gold["timeline"])  # nothing else joined it
    got = [(str(s.published), s.article, s.status.value) for s in story.timeline]
    assert got == [(t["published"], t["article"], t["status"]) for t in gold["timeline"]]


@pytest.mark.parametrize("name", CORPORA)
def test_gold_events_b3_is_perfect(name: str) -> None:
    arts, reports, stories = corpus(name)
    score = sg.b3(sg.gold_clusters(arts), sg.story_clusters(stories, reports))
    assert score["f1"] == 1.0


@pytest.mark.parametrize("name", CORPORA)
def test_end_to_end_ahead_of_both_baselines(name: str) -> None:
    arts = sg.articles(sg.STORIES.parent / name)
    gold, pred, reports = sg.end_to_end(arts, bilateral.link)
    ours = sg.b3(gold, pred)["f1"]
    for unit in ("day", "week"):
        base = sg.baseline(reports, unit)
        for mention in gold:
            base.setdefault(mention, ("missed", *mention))
        assert ours > sg.b3(gold, base)["f1"] + 0.03, unit
    assert ours >= E2E_FLOOR[name]


def test_every_story_fits_the_schema_and_reads_back() -> None:
    _, _, stories = corpus()
    validator = jsonschema.Draft202012Validator(bilateral.story_schema())
    buffer = io.StringIO()
    assert bilateral.write_stories(stories, buffer) == len(stories)
    for line in buffer.getvalue().splitlines():
        validator.validate(json.loads(line))
    assert list(bilateral.read_stories(io.StringIO(buffer.getvalue()))) == stories


def test_bad_story_lines_name_the_line(tmp_path: Any) -> None:
    _, _, stories = corpus()
    line = bilateral.story_to_dict(stories[0])
    line["timeline"][0]["status"] = (
        "cancelled" if line["timeline"][0]["status"] != "cancelled" else "planned"
    )
    path = tmp_path / "s.jsonl"
    path.write_text("\n" + json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(bilateral.ValidationError, match=r"s\.jsonl:2: .*timeline\[0\]"):
        list(bilateral.read_stories(path))
    with pytest.raises(bilateral.ValidationError, match=r"required field missing @ \$\.timeline"):
        bilateral.story_from_dict({"story": "st-0", "event": line["event"], "conflicts": []})
    with pytest.raises(TypeError, match="'story'"):
        bilateral.story_to_dict(line)  # type: ignore[arg-type]


def test_cli_link_from_extract_output(tmp_path: Any, capsys: Any) -> None:
    reports = tmp_path / "reports.jsonl"
    assert (
        main(["extract", str(sg.STORIES / "articles"), "-o", str(reports), "--workers", "1"]) == 0
    )
    out = tmp_path / "stories.jsonl"
    assert main(["link", str(reports), "-o", str(out)]) == 0
    expected = bilateral.link(bilateral.read_jsonl(reports))
    assert list(bilateral.read_stories(out)) == expected
    capsys.readouterr()
    assert main(["link", str(reports), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["story"] for r in rows] == [s.id for s in expected]
    assert main(["link", str(reports), "--format", "csv", "--timeline"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == sum(len(s.timeline) for s in expected)
    assert {r["story"] for r in rows} == {s.id for s in expected}
    assert main(["link", str(reports), "--format", "table"]) == 0
    assert expected[0].id in capsys.readouterr().out


def test_cli_link_bad_input(tmp_path: Any, capsys: Any) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\n', encoding="utf-8")
    assert main(["link", str(bad)]) == 1
    assert "bad.jsonl:1" in capsys.readouterr().err
    assert main(["link", str(tmp_path / "missing.jsonl")]) == 1
    assert main(["schema", "--story"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "bilateral/1 story"


def test_cli_link_parquet_reads_back_with_pandas(tmp_path: Any, capsys: Any) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    _, reports, stories = corpus()
    source = tmp_path / "reports.jsonl"
    bilateral.write_jsonl([bilateral.Report(**r) for r in reports], source)
    out = tmp_path / "stories.parquet"
    assert main(["link", str(source), "--format", "parquet", "-o", str(out)]) == 0
    frame = pd.read_parquet(out)
    assert list(frame["story"]) == [s.id for s in stories]
    assert list(frame["statuses"]) == [";".join(x.value for x in s.statuses) for s in stories]
    assert main(["link", str(source), "--format", "parquet", "--timeline", "-o", str(out)]) == 0
    assert len(pd.read_parquet(out)) == sum(len(s.timeline) for s in stories)
    assert main(["link", str(source), "--format", "parquet"]) == 2
    assert "needs -o" in capsys.readouterr().err
