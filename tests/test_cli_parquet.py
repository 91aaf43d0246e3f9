"""``bilateral extract … --format parquet -o FILE``: written by write_parquet, read back by
pandas and pyarrow, equal to to_arrow and to_records of the same events."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import bilateral
from bilateral import _cli
from bilateral._cli import main

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pd = pytest.importorskip("pandas")

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
LISTS = ("countries", "topics")


def corpus() -> list[tuple[str, str, list[bilateral.Event]]]:
    """(id, published, events) of each example article, extracted here."""
    out = []
    for path in sorted(ARTICLES.glob("*.txt")):
        header, _, text = path.read_text(encoding="utf-8").partition("\n\n")
        published = header.removeprefix("published:").strip()
        out.append((path.stem, published, bilateral.extract(text, published=published)))
    return out


def write(tmp_path: Path, *argv: str | Path) -> tuple[int, Path]:
    target = tmp_path / "events.parquet"
    code = main(["extract", *(str(a) for a in argv), "--format", "parquet", "-o", str(target)])
    return code, target


def plain(value: Any) -> str | None:
    """A cell of pandas or of to_records as a comparable string (None when missing or empty)."""
    if isinstance(value, list | tuple) or hasattr(value, "tolist"):
        return ";".join(str(v) for v in list(value)) or None
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.date | pd.Timestamp):
        return value.isoformat()[:10]
    return str(value)


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    code, target = write(tmp_path_factory.mktemp("parquet"), ARTICLES)
    assert code == 0
    return target


class TestExampleCorpus:
    def test_read_with_pyarrow_equals_to_arrow(self, written: Path) -> None:
        """The file holds exactly the to_arrow tables of the articles, in input order."""
        expected = pa.concat_tables(
            [bilateral.to_arrow(ev, article_id=i, published=p) for i, p, ev in corpus()]
        )
        table = pq.read_table(written)
        assert table.num_rows == expected.num_rows > 40
        assert table.schema.remove_metadata() == bilateral.to_arrow([]).schema
        assert table.to_pylist() == expected.to_pylist()

    def test_read_with_pandas_equals_to_records(self, written: Path) -> None:
        """pandas reads it without conversion; each cell matches to_records of the events."""
        frame = pd.read_parquet(written)
        records = [
            row
            for i, p, ev in corpus()
            for row in bilateral.to_records(ev, article_id=i, published=p)
        ]
        assert len(frame) == len(records)
        # participants are structs in the file, "Name (ISO)" strings in the records
        shared = [c for c in records[0] if c in frame.columns and c != "participants"]
        assert {"article_id", "published", "event", "kind", "countries", "cameo"} <= set(shared)
        for got, want in zip(frame[shared].itertuples(index=False), records, strict=True):
            assert [plain(v) for v in got] == [plain(want[c]) for c in shared]
        codes = frame["cameo"].dropna()  # codes stay strings: "036", not 36.0
        assert len(codes) > 40
        assert codes.map(type).eq(str).all()

    def test_articles_without_events_give_no_row(self, written: Path) -> None:
        ids = set(pq.read_table(written, columns=["article_id"]).column(0).to_pylist())
        assert ids == {i for i, _, ev in corpus() if ev}


class TestOptions:
    def test_needs_an_output_file(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Without -o: a usage error (2) before anything is read, naming -o."""
        monkeypatch.setattr(_cli, "iter_extract", None)  # would fail if anything ran
        code = main(["extract", str(ARTICLES), "--format", "parquet"])
        out, err = capsys.readouterr()
        assert (code, out) == (2, "")
        assert "--format parquet writes a file: give it with -o FILE" in err

    def test_needs_pyarrow(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path,
    ) -> None:
        """Without pyarrow: a clear error naming the extra, exit 1, no file written."""
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
        code, target = write(tmp_path, ARTICLES)
        err = capsys.readouterr().err
        assert code == 1
        assert err == 'bilateral: --format parquet needs pyarrow: pip install "bilateral[arrow]"\n'
        assert not target.exists()

    def test_unwritable_output(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        target = tmp_path / "no" / "such" / "dir.parquet"
        code = main(["extract", str(ARTICLES), "--format", "parquet", "-o", str(target)])
        assert code == 1
        assert f"bilateral: cannot write {target}: " in capsys.readouterr().err

    def test_help_names_parquet(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main(["extract", "--help"]) == 0
        out = capsys.readouterr().out
        assert "parquet" in out
        assert 'pip install "bilateral[arrow]"' in out


class TestInputs:
    def test_jsonl_ids_and_bad_lines(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Integer ids are written as strings (the column's type); bad lines are skipped."""
        source = tmp_path / "news.jsonl"
        call = "Mexican President Claudia Sheinbaum spoke by phone with Donald Trump on Monday."
        lines = [
            {"id": 7, "text": call, "published": "2025-03-05"},
            {"id": 8, "text": call},
            {"id": "x", "text": call, "published": "2025-03-06"},
        ]
        source.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
        code, target = write(tmp_path, source)
        assert code == 1
        assert "news.jsonl:2: no 'published' date" in capsys.readouterr().err
        table = pq.read_table(target)
        assert table.column("article_id").to_pylist() == ["7", "x"]
        expected = [
            bilateral.to_arrow(bilateral.extract(call, published="2025-03-05"), article_id=7)
        ]
        assert (
            table.column("countries").to_pylist()[0] == expected[0].column("countries")[0].as_py()
        )

    def test_nothing_found_is_an_empty_table(self, tmp_path: Path) -> None:
        source = tmp_path / "quiet.txt"
        source.write_text("published: 2025-01-01\n\nIt rained in Paris.", encoding="utf-8")
        code, target = write(tmp_path, source)
        assert code == 0
        table = pq.read_table(target)
        assert (table.num_rows, table.schema.remove_metadata()) == (
            0,
            bilateral.to_arrow([]).schema,
        )


class TestStreaming:
    def test_each_article_written_before_the_next_is_extracted(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """write_parquet gets a stream, and asks for each article after writing the last."""
        seen: list[int] = []
        written: list[int] = []
        real = _cli.write_parquet

        def spy_extract(articles: Any, **kwargs: Any) -> Iterator[list[bilateral.Event]]:
            for i, (text, day) in enumerate(articles):
                seen.append(i)
                assert len(written) == i  # the one before is written already
                yield bilateral.extract(text, published=day)

        def spy_write(path: Any, articles: Any) -> int:
            assert not isinstance(articles, list | tuple)

            def counted() -> Iterator[Any]:
                for item in articles:
                    yield item
                    written.append(1)

            return real(path, counted())

        monkeypatch.setattr(_cli, "iter_extract", spy_extract)
        monkeypatch.setattr(_cli, "write_parquet", spy_write)
        code, _ = write(tmp_path, ARTICLES)
        assert code == 0
        assert seen == list(range(len(corpus()))) == list(range(len(written)))

    def test_interrupted_run_leaves_a_valid_file(
        self,
        monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """Ctrl-C after some articles: the file is closed and holds each of them, exit 130."""

        def interrupted(articles: Any, **kwargs: Any) -> Iterator[list[bilateral.Event]]:
            for i, (text, day) in enumerate(articles):
                if i == 3:
                    raise KeyboardInterrupt
                yield bilateral.extract(text, published=day)

        monkeypatch.setattr(_cli, "iter_extract", interrupted)
        code, target = write(tmp_path, ARTICLES)
        assert code == 130
        assert "interrupted after 3 articles" in capsys.readouterr().err
        first = corpus()[:3]
        ids = pq.read_table(target).column("article_id").to_pylist()
        assert ids == [i for i, _, ev in first for _ in ev]


def test_the_documented_parquet_example(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """docs/howto_cli.rst: the command runs as shown, and pandas reads the shape it shows."""
    rst = (ARTICLES.parent.parent / "docs" / "howto_cli.rst").read_text(encoding="utf-8")
    lines = [line.strip() for line in rst.splitlines()]
    command = "$ bilateral extract examples/articles --format parquet -o events.parquet"
    assert command in lines
    at = len(lines) - 1 - lines[::-1].index(command)  # the example of the Outputs section
    shape = lines[at + 2]  # after the line that reads it with pandas
    monkeypatch.chdir(tmp_path)
    argv = command.split()[2:]
    assert main([str(ARTICLES) if a == "examples/articles" else a for a in argv]) == 0
    assert str(pd.read_parquet("events.parquet").shape) == shape
