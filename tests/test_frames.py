"""to_dataframe(), to_arrow() and write_parquet(): typed tables of events."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral
from bilateral import Actor, Codes, DateSpan, Event, Evidence, Meeting
from bilateral import strategies as bst
from bilateral._frames import CATEGORIES, arrow_schema
from bilateral._records import RECORD_COLUMNS

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

PLANNED = Meeting(
    kind="meeting",
    status="planned",
    countries=["KOR", "USA"],
    host="USA",
    participants=[Actor(kind="person", name="Choi Sang-mok", country="KOR")],
    date=DateSpan.from_timex("2025-W17", text="next week"),
    codes=Codes(cameo="036", plover="AGREE"),
    topics=["trade", "finance"],
    evidence=[Evidence(text="will meet", start=10, end=19, trigger="meet")],
)
CANCELLED = Meeting(kind="meeting", status="cancelled", countries=["JOR", "USA"])


def example_articles() -> list[tuple[str, str, str]]:
    """(id, published, text) of each example article, split at the header as documented."""
    out = []
    for path in sorted((EXAMPLES / "articles").glob("*.txt")):
        header, _, text = path.read_text(encoding="utf-8").partition("\n\n")
        out.append((path.stem, header.removeprefix("published:").strip(), text))
    return out


class TestToDataFrame:
    def test_dtype_map(self) -> None:
        """Codes and text are strings, vocabularies categoricals, dates datetime64, ints Int64."""
        df = bilateral.to_dataframe([PLANNED, CANCELLED], article_id="a1", published="2025-04-16")
        assert list(df.columns) == ["article_id", "published", *RECORD_COLUMNS]
        assert df["cameo"].dtype == pd.StringDtype()
        assert df["cameo"].tolist() == ["036", pd.NA]
        for column, members in CATEGORIES.items():
            assert isinstance(df[column].dtype, pd.CategoricalDtype), column
            assert tuple(df[column].cat.categories) == members
        for column in ("published", "date_start", "date_end"):
            assert df[column].dtype == "datetime64[s]"
        assert df.loc[0, "date_start"] == pd.Timestamp("2025-04-21")
        assert pd.isna(df.loc[1, "date_start"])
        assert df["evidence_start"].dtype == "Int64"
        assert df["evidence_start"].tolist() == [10, pd.NA]
        assert df["article_id"].dtype == pd.StringDtype()
        assert df["published"].tolist() == [pd.Timestamp("2025-04-16")] * 2

    def test_integer_article_ids_stay_integers(self) -> None:
        """An int article id gives an Int64 column, not text."""
        df = bilateral.to_dataframe([CANCELLED], article_id=42)
        assert df["article_id"].dtype == "Int64"
        assert df["article_id"].tolist() == [42]

    def test_without_article_the_columns_are_missing_values(self) -> None:
        """The article columns are always there, missing when no article is given."""
        df = bilateral.to_dataframe([CANCELLED])
        assert df["article_id"].isna().all() and df["published"].isna().all()

    def test_empty(self) -> None:
        """No events give an empty frame with every column and its dtype."""
        df = bilateral.to_dataframe([])
        assert len(df) == 0
        assert df["kind"].dtype == pd.CategoricalDtype(list(CATEGORIES["kind"]))
        assert df["date_start"].dtype == "datetime64[s]"

    def test_dyads(self) -> None:
        """With dyads=True the frame has source and target columns and side-specific codes."""
        visit = Meeting(
            kind="visit",
            status="occurred",
            countries=["JPN", "KOR"],
            host="KOR",
            codes=Codes(cameo="042", plover="CONSULT", plover_mode="visit"),
        )
        df = bilateral.to_dataframe([visit], dyads=True)
        assert list(df.columns[:5]) == ["article_id", "published", "event", "source", "target"]
        assert df[["source", "target", "cameo"]].values.tolist() == [
            ["JPN", "KOR", "042"],
            ["KOR", "JPN", "043"],
        ]

    def test_read_json_turns_cameo_into_a_number(self) -> None:
        """The pitfall the docs warn of: read_json guesses "036" is 36.0; dtype=str keeps it."""
        text = json.dumps(bilateral.to_records([PLANNED, CANCELLED]))
        guessed = pd.read_json(io.StringIO(text))["cameo"]
        assert guessed.dtype == "float64" and guessed[0] == 36.0
        kept = pd.read_json(io.StringIO(text), dtype={"cameo": "string"})
        assert kept["cameo"].tolist() == ["036", pd.NA]

    @settings(max_examples=30)
    @given(st.lists(bst.events(), max_size=4))
    def test_any_events(self, events: list[Event]) -> None:
        """Any events give one row each, their values those of to_records."""
        df = bilateral.to_dataframe(events)
        assert len(df) == len(events)
        rows = bilateral.to_records(events)
        assert df["event"].tolist() == [r["event"] for r in rows]
        assert df["cameo"].fillna("").tolist() == [r["cameo"] or "" for r in rows]
        assert df["kind"].astype(str).tolist() == [e.kind.value for e in events]

    def test_bad_arguments(self) -> None:
        """Bad input is the same clear error as for to_records."""
        with pytest.raises(TypeError, match="wrap a single event"):
            bilateral.to_dataframe(CANCELLED)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="'published' must be an ISO-8601 date"):
            bilateral.to_dataframe([], published="yesterday")

    def test_missing_pandas_is_a_clear_import_error(self, monkeypatch: Any) -> None:
        """Without pandas the error says which extra to install."""
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(ImportError, match=r"bilateral\[pandas\]"):
            bilateral.to_dataframe([])


class TestToArrow:
    def test_schema_is_stable(self) -> None:
        """Every table, empty or not, has the one documented schema."""
        assert bilateral.to_arrow([]).schema == arrow_schema()
        table = bilateral.to_arrow([PLANNED, CANCELLED], article_id=7, published="2025-04-16")
        assert table.schema == arrow_schema()
        assert table.schema.field("participants").type == pa.list_(
            pa.struct(
                [
                    ("kind", pa.string()),
                    ("name", pa.string()),
                    ("title", pa.string()),
                    ("country", pa.string()),
                    ("level", pa.string()),
                ]
            )
        )
        assert table.schema.field("date_start").type == pa.date32()
        assert table.schema.metadata == {b"bilateral.format": b"bilateral/1"}

    def test_values(self) -> None:
        """Lists stay lists, nested parts become structs, dates are dates, ids are text."""
        table = bilateral.to_arrow([PLANNED, CANCELLED], article_id=7, published="2025-04-16")
        rows = table.to_pylist()
        assert rows[0]["article_id"] == "7"
        assert rows[0]["published"] == dt.date(2025, 4, 16)
        assert rows[0]["countries"] == ["KOR", "USA"]
        assert rows[0]["topics"] == ["trade", "finance"]
        assert rows[0]["cameo"] == "036" and rows[1]["cameo"] is None
        assert rows[0]["participants"] == [
            {
                "kind": "person",
                "name": "Choi Sang-mok",
                "title": None,
                "country": "KOR",
                "level": None,
            }
        ]
        assert rows[0]["evidence"] == [
            {"text": "will meet", "start": 10, "end": 19, "trigger": "meet"}
        ]
        assert rows[0]["date_start"] == dt.date(2025, 4, 21)
        flat = bilateral.to_records([PLANNED, CANCELLED], article_id=7, published="2025-04-16")
        assert [r["event"] for r in rows] == [r["event"] for r in flat]

    @settings(max_examples=30)
    @given(st.lists(bst.events(), max_size=4))
    def test_any_events(self, events: list[Event]) -> None:
        """Any events convert under the schema, with every participant and evidence span."""
        table = bilateral.to_arrow(events)
        assert table.schema == arrow_schema()
        rows = table.to_pylist()
        assert len(rows) == len(events)
        for row, event in zip(rows, events, strict=True):
            assert [p["name"] for p in row["participants"]] == [p.name for p in event.participants]
            assert [(e["start"], e["end"]) for e in row["evidence"]] == [
                (e.start, e.end) for e in event.evidence
            ]

    def test_missing_pyarrow_is_a_clear_import_error(self, monkeypatch: Any) -> None:
        """Without pyarrow the error says which extra to install."""
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        with pytest.raises(ImportError, match=r"bilateral\[arrow\]"):
            bilateral.to_arrow([])


class TestParquet:
    def test_round_trip_with_pandas_and_pyarrow(self, tmp_path: Path) -> None:
        """A Parquet file reads back with pandas and pyarrow, types and values intact."""
        path = tmp_path / "events.parquet"
        count = bilateral.write_parquet(
            path, [("a1", "2025-04-16", [PLANNED]), ("a2", dt.date(2025, 4, 17), [CANCELLED])]
        )
        assert count == 2
        table = pq.read_table(path)
        assert table.schema.remove_metadata() == arrow_schema().remove_metadata()
        assert table.column("article_id").to_pylist() == ["a1", "a2"]
        df = pd.read_parquet(path)
        assert df["cameo"].tolist()[0] == "036"
        assert isinstance(df["kind"].dtype, pd.CategoricalDtype)
        assert df["published"].tolist() == [dt.date(2025, 4, 16), dt.date(2025, 4, 17)]
        assert list(df.loc[0, "countries"]) == ["KOR", "USA"]
        assert df.loc[0, "participants"][0]["name"] == "Choi Sang-mok"

    def test_reports_as_articles(self, tmp_path: Path) -> None:
        """Objects with id, published and events attributes are articles too."""

        class Report:
            def __init__(self, id: str, published: str, events: list[Event]) -> None:
                self.id, self.published, self.events = id, published, events

        path = tmp_path / "r.parquet"
        assert bilateral.write_parquet(path, [Report("x", "2025-01-02", [CANCELLED])]) == 1
        assert pq.read_table(path).column("article_id").to_pylist() == ["x"]

    def test_empty_corpus_is_an_empty_file_with_the_schema(self, tmp_path: Path) -> None:
        """No events still write a readable file with every column."""
        path = tmp_path / "none.parquet"
        assert bilateral.write_parquet(str(path), iter([])) == 0
        assert pq.read_table(path).num_rows == 0
        assert "participants" in pd.read_parquet(path).columns

    @pytest.mark.parametrize(
        ("path", "articles", "message"),
        [
            (3, [], "'path' must be a str or a path"),
            ("x.parquet", "abc", "'articles' must be an iterable"),
            ("x.parquet", [["a", "2025-01-01", []]], r"'articles\[0\]' must be an \(id"),
        ],
    )
    def test_bad_arguments(self, tmp_path: Path, path: Any, articles: Any, message: str) -> None:
        """Bad arguments are a TypeError naming the argument."""
        if isinstance(path, str):
            path = tmp_path / path
        with pytest.raises(TypeError, match=message):
            bilateral.write_parquet(path, articles)

    def test_example_corpus(self, tmp_path: Path) -> None:
        """The example articles go to one Parquet file with one row per event, ids unique."""
        articles = [
            (name, published, bilateral.extract(text, published=published))
            for name, published, text in example_articles()
        ]
        path = tmp_path / "corpus.parquet"
        count = bilateral.write_parquet(path, articles)
        assert count == sum(len(events) for _, _, events in articles) > 50
        df = pd.read_parquet(path)
        assert len(df) == count and df["event"].is_unique
        frames = pd.concat(
            bilateral.to_dataframe(events, article_id=name, published=published)
            for name, published, events in articles
        )
        assert frames["event"].tolist() == df["event"].tolist()
        assert frames["cameo"].dropna().str.fullmatch(r"0\d\d").all()
