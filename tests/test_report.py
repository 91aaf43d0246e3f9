"""Report, read_jsonl and write_jsonl: the CLI's JSON Lines as Python values."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import Report
from bilateral import strategies as bst
from bilateral._cli import main

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
CALL = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])

REPORTS = st.builds(
    Report,
    id=st.text(max_size=10) | st.integers(),
    published=st.dates(),
    events=st.lists(bst.events(), max_size=2),
    url=st.none() | st.text(max_size=20),
)


class TestReport:
    def test_fields(self) -> None:
        """A report keeps its id's type, reads an ISO date, and holds a tuple of events."""
        report = Report(id=7, published="2025-03-05T10:00:00Z", events=[CALL], url="https://x")
        assert (report.id, report.published) == (7, dt.date(2025, 3, 5))
        assert report.events == (CALL,)
        assert Report(id="a", published=dt.date(2025, 1, 1)).events == ()

    @pytest.mark.parametrize(
        ("kwargs", "error", "message"),
        [
            ({"id": True}, TypeError, "'id' must be a str or an int, not bool"),
            ({"id": 1.5}, TypeError, "'id' must be a str or an int, not float"),
            ({"published": "soon"}, ValueError, "'published' must be an ISO-8601 date"),
            ({"events": CALL}, TypeError, "'events' must be an iterable of events"),
            ({"events": [CALL, "x"]}, TypeError, r"'events\[1\]' must be a bilateral\.Event"),
            ({"url": 3}, TypeError, "'url' must be a str or None, not int"),
        ],
    )
    def test_bad_fields(self, kwargs: dict[str, Any], error: type[Exception], message: str) -> None:
        """Bad fields raise errors that name them."""
        fields: dict[str, Any] = {"id": "a", "published": "2025-01-01", **kwargs}
        with pytest.raises(error, match=message):
            Report(**fields)

    def test_frozen(self) -> None:
        """A report cannot be changed."""
        report = Report(id="a", published="2025-01-01")
        with pytest.raises(AttributeError):
            report.id = "b"  # type: ignore[misc]


class TestJsonLines:
    @given(st.lists(REPORTS, max_size=4))
    def test_round_trip(self, reports: list[Report]) -> None:
        """read_jsonl(write_jsonl(reports)) == reports, ids keeping their types."""
        buffer = io.StringIO()
        assert bilateral.write_jsonl(reports, buffer) == len(reports)
        assert list(bilateral.read_jsonl(io.StringIO(buffer.getvalue()))) == reports
        binary = io.BytesIO(buffer.getvalue().encode("utf-8"))
        assert list(bilateral.read_jsonl(binary)) == reports

    def test_round_trip_with_the_cli(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """The CLI's output reads as reports of extract's events and writes back byte for byte."""
        target = tmp_path / "events.jsonl"
        assert main(["extract", str(ARTICLES), "-o", str(target)]) == 0
        reports = list(bilateral.read_jsonl(target))
        assert len(reports) == 45
        first = sorted(ARTICLES.glob("*.txt"))[0]
        header, _, text = first.read_text(encoding="utf-8").partition("\n\n")
        published = header.split(":", 1)[1].strip()
        assert reports[0].id == first.stem
        assert list(reports[0].events) == bilateral.extract(text, published=published)
        again = tmp_path / "again.jsonl"
        assert bilateral.write_jsonl(reports, again) == 45
        assert again.read_bytes() == target.read_bytes()

    def test_every_line_names_schema_and_version(self) -> None:
        """Each line opens with the schema and the library version."""
        buffer = io.StringIO()
        bilateral.write_jsonl([Report(id="a", published="2025-01-01", url="u")], buffer)
        line = json.loads(buffer.getvalue())
        assert list(line) == ["schema", "bilateral_version", "id", "published", "url", "events"]
        assert (line["schema"], line["bilateral_version"]) == ("bilateral/1", bilateral.__version__)

    def test_older_lines_without_schema(self) -> None:
        """Lines without schema and version (an older CLI's) still read."""
        line = json.dumps({"id": "a", "published": "2025-01-01", "events": []})
        assert list(bilateral.read_jsonl(io.StringIO(line + "\n\n"))) == [
            Report(id="a", published="2025-01-01")
        ]

    @pytest.mark.parametrize(
        ("line", "message"),
        [
            ("{oops", "<file>:1: not JSON"),
            ("[1]", "<file>:1: expected an object, not list"),
            ('{"id": "a"}', "<file>:1: required field missing @ $.published"),
            ('{"id": true, "published": "2025-01-01"}', "'id' must be a string or an integer"),
            ('{"id": "a", "published": "2025-01-01", "url": 1}', "'url' must be a string"),
            ('{"id": "a", "published": "x"}', "'published' must be an ISO-8601 date"),
            ('{"id": "a", "published": "2025-01-01", "more": 1}', "extra fields found (more)"),
            ('{"schema": "other", "id": "a", "published": "2025-01-01"}', "'schema' must be"),
            ('{"id": "a", "id": "b", "published": "2025-01-01"}', "repeated key 'id'"),
            (
                '{"id": "a", "published": "2025-01-01", "events": [{"kind": "x"}]}',
                "@ $.events[0]",
            ),
        ],
    )
    def test_bad_lines(self, line: str, message: str) -> None:
        """A bad line is a ValidationError naming the file and line."""
        with pytest.raises(bilateral.ValidationError) as info:
            list(bilateral.read_jsonl(io.StringIO(line)))
        assert any(message in e for e in info.value.errors), info.value.errors

    @given(st.binary(max_size=120))
    def test_any_bytes(self, data: bytes) -> None:
        """Arbitrary bytes give reports or a ValidationError, never another exception."""
        try:
            reports = list(bilateral.read_jsonl(io.BytesIO(data)))
        except bilateral.ValidationError as exc:
            reports = list(exc.errors)
        assert isinstance(reports, list)

    def test_bad_arguments(self, tmp_path: Path) -> None:
        """Wrong argument types are TypeErrors naming the argument."""
        with pytest.raises(TypeError, match="'source' must be a path or an open file"):
            bilateral.read_jsonl(5)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="'reports' must be an iterable of reports"):
            bilateral.write_jsonl(Report(id="a", published="2025-01-01"), tmp_path / "x")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="'reports' must hold reports, not dict"):
            bilateral.write_jsonl([{}], io.StringIO())  # type: ignore[list-item]
        with pytest.raises(TypeError, match="'target' must be a path or an open file"):
            bilateral.write_jsonl([], 5)  # type: ignore[arg-type]
