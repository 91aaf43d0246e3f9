"""The bilateral command: inputs, formats, errors, exit codes and the progress bar."""

from __future__ import annotations

import csv
import importlib
import io
import json
import runpy
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import _cli, _cli_input
from bilateral._cli import PROGRESS_FROM, _Progress, main
from bilateral._records import RECORD_COLUMNS
from bilateral._workers import WorkerError

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
VERSION = bilateral.__version__
CALL = (
    "Mexican President Claudia Sheinbaum spoke by phone with U.S. President Donald Trump on Monday."
)
VISIT = "Kenyan President William Ruto will visit Ethiopia next week."


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """main(argv) in this process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def expected(text: str, published: str) -> list[dict[str, Any]]:
    return [bilateral.to_dict(e) for e in bilateral.extract(text, published=published)]


def corpus() -> list[tuple[str, str, str]]:
    """(id, published, text) of each example article, split as the README of examples says."""
    out = []
    for path in sorted(ARTICLES.glob("*.txt")):
        header, _, text = path.read_text(encoding="utf-8").partition("\n\n")
        out.append((path.stem, header.removeprefix("published:").strip(), text))
    return out


def stdin(text: str) -> io.TextIOWrapper:
    """A standard input holding ``text``, with its byte buffer as the real one has."""
    return io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8")


class TtyStringIO(io.StringIO):
    """A captured stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


class TestCommands:
    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the package version and exits 0."""
        assert run(capsys, "--version") == (0, f"bilateral {bilateral.__version__}\n", "")

    def test_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """extract --help documents the inputs, the header line and the formats."""
        code, out, _ = run(capsys, "extract", "--help")
        assert code == 0
        assert "published: YYYY-MM-DD" in out
        assert "jsonl" in out
        assert "--workers" in out

    def test_no_command_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without a command the usage goes to stderr and the exit code is 2."""
        code, out, err = run(capsys)
        assert (code, out) == (2, "")
        assert "a command is required" in err

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["extract"], "the following arguments are required: PATH"),
            (["extract", "x.txt", "--format", "xml"], "invalid choice: 'xml'"),
            (["extract", "x.txt", "--published", "June"], "'--published' must be an ISO-8601"),
            (["extract", "x.txt", "--workers", "0"], "at least 1, not '0'"),
            (["extract", "x.txt", "--workers", "two"], "at least 1, not 'two'"),
            (["frobnicate"], "invalid choice: 'frobnicate'"),
        ],
    )
    def test_usage_errors(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
    ) -> None:
        """Bad arguments exit 2 with argparse's message on stderr, before reading anything."""
        code, out, err = run(capsys, *argv)
        assert (code, out) == (2, "")
        assert message in err

    def test_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """schema prints the JSON Schema of one event."""
        code, out, _ = run(capsys, "schema")
        assert code == 0
        assert json.loads(out) == bilateral.json_schema()


class TestExampleCorpus:
    def test_jsonl(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The folder gives one object per article, sorted, each with extract's events."""
        code, out, err = run(capsys, "extract", ARTICLES)
        assert (code, err) == (0, "")
        objects = [json.loads(line) for line in out.splitlines()]
        assert [(o["id"], o["published"]) for o in objects] == [(i, p) for i, p, _ in corpus()]
        for obj, (_, published, text) in zip(objects, corpus(), strict=True):
            assert obj["events"] == expected(text, published)
            assert list(obj) == ["schema", "bilateral_version", "id", "published", "events"]
            assert (obj["schema"], obj["bilateral_version"]) == ("bilateral/1", VERSION)
            for event in obj["events"]:
                for ev in event["evidence"]:
                    assert text[ev["start"] : ev["end"]] == ev["text"]

    def test_json_is_the_jsonl_objects(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json writes the same objects as one array."""
        files = sorted(ARTICLES.glob("*.txt"))[:4]
        _, jsonl, _ = run(capsys, "extract", *files)
        code, out, _ = run(capsys, "extract", *files, "--format", "json")
        assert code == 0
        assert json.loads(out) == [json.loads(line) for line in jsonl.splitlines()]

    def test_csv(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format csv writes an id column and the to_records columns, one row an event."""
        code, out, _ = run(capsys, "extract", ARTICLES, "--format", "csv", "--workers", "2")
        assert code == 0
        reader = csv.DictReader(io.StringIO(out))
        assert reader.fieldnames == ["id", *RECORD_COLUMNS]
        rows = list(reader)
        want = []
        for ident, published, text in corpus():
            events = bilateral.extract(text, published=published)
            want += [
                {"id": ident, **{k: "" if v is None else str(v) for k, v in r.items()}}
                for r in bilateral.to_records(events)
            ]
        assert rows == want

    def test_table(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format table has a header, a rule, one line an event and a summary."""
        code, out, _ = run(capsys, "extract", ARTICLES, "--format", "table")
        assert code == 0
        lines = out.splitlines()
        assert lines[0].split() == ["id", "kind", "status", "countries", "date", "level", "trigger"]
        assert set(lines[1].replace(" ", "")) == {"-"}
        n_events = sum(len(expected(t, p)) for _, p, t in corpus())
        n_empty = sum(1 for _, p, t in corpus() if not expected(t, p))
        assert lines[-1] == f"{n_events} events from 45 articles ({n_empty} with none)"
        body = lines[2:-2]
        assert len(body) == n_events
        assert body[0].split()[:4] == ["a01_kor_usa_finance", "meeting", "planned", "KOR-USA"]

    def test_output_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--output writes the file and nothing to stdout."""
        target = tmp_path / "events.jsonl"
        code, out, _ = run(capsys, "extract", ARTICLES, "-o", target)
        assert (code, out) == (0, "")
        assert len(target.read_text(encoding="utf-8").splitlines()) == 45


class TestInputs:
    def test_txt_without_header_needs_published(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A bare text file takes --published; without it, it fails and the batch goes on."""
        bare = tmp_path / "bare.txt"
        bare.write_text(VISIT, encoding="utf-8")
        good = tmp_path / "good.txt"
        good.write_text(f"published: 2025-05-03\n\n{VISIT}", encoding="utf-8")
        code, out, _ = run(capsys, "extract", bare, "--published", "2025-05-03")
        assert code == 0
        assert json.loads(out)["events"] == expected(VISIT, "2025-05-03")
        code, out, err = run(capsys, "extract", bare, good)
        assert code == 1
        assert f"bilateral: {bare}:1: no publication date" in err
        assert "1 input(s) failed" in err
        assert [json.loads(line)["id"] for line in out.splitlines()] == ["good"]

    def test_header_wins_over_published(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """An input's own date wins; the header and its empty line are not part of the text."""
        path = tmp_path / "a.txt"
        path.write_text(f"Published:  2025-05-03 \r\n\r\n{VISIT}", encoding="utf-8")
        code, out, _ = run(capsys, "extract", path, "--published", "2020-01-01")
        obj = json.loads(out)
        assert code == 0
        assert obj["published"] == "2025-05-03"
        assert obj["events"] == expected(VISIT, "2025-05-03")
        assert obj["events"][0]["evidence"][0]["start"] == 0

    def test_header_without_empty_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """The text starts right after the header line when no empty line follows."""
        path = tmp_path / "a.txt"
        path.write_text(f"published: 2025-05-03\n{VISIT}", encoding="utf-8")
        _, out, _ = run(capsys, "extract", path)
        assert json.loads(out)["events"] == expected(VISIT, "2025-05-03")

    def test_bad_header_date(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A header with a bad date is reported at line 1, even with --published."""
        path = tmp_path / "a.txt"
        path.write_text(f"published: May 3rd\n\n{VISIT}", encoding="utf-8")
        code, out, err = run(capsys, "extract", path, "--published", "2025-05-03")
        assert (code, out) == (1, "")
        assert f"{path}:1: 'published' must be an ISO-8601 date" in err

    def test_unreadable_files(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A missing file and a file that is not UTF-8 are reported, with the bad line."""
        latin = tmp_path / "latin.txt"
        latin.write_bytes(b"published: 2025-05-03\n\nS\xe3o Paulo\n")
        code, _, err = run(capsys, "extract", tmp_path / "missing.txt", latin)
        assert code == 1
        assert f"{tmp_path / 'missing.txt'}: cannot read: No such file or directory" in err
        assert f"{latin}:3: not UTF-8 text" in err
        assert "2 input(s) failed" in err

    def test_byte_order_mark(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A UTF-8 byte order mark does not hide the header."""
        path = tmp_path / "bom.txt"
        path.write_bytes(f"\ufeffpublished: 2025-05-03\n\n{VISIT}".encode())
        code, out, _ = run(capsys, "extract", path)
        assert code == 0
        assert json.loads(out)["events"] == expected(VISIT, "2025-05-03")

    def test_folders_recurse_in_sorted_order(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A folder gives its .txt and .jsonl files, subfolders included, sorted; others skipped."""
        (tmp_path / "b").mkdir()
        (tmp_path / "b" / "z.txt").write_text(f"published: 2025-05-03\n\n{VISIT}", "utf-8")
        (tmp_path / "a.jsonl").write_text(
            json.dumps({"id": "j1", "text": CALL, "published": "2025-03-05"}), "utf-8"
        )
        (tmp_path / "c.txt").write_text(f"published: 2025-05-03\n\n{VISIT}", "utf-8")
        (tmp_path / "notes.md").write_text("not an article", "utf-8")
        code, out, _ = run(capsys, "extract", tmp_path)
        assert code == 0
        assert [json.loads(line)["id"] for line in out.splitlines()] == ["j1", "b/z", "c"]

    def test_empty_folder(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A folder without articles is a failed input."""
        code, _, err = run(capsys, "extract", tmp_path)
        assert code == 1
        assert f"{tmp_path}: no .txt or .jsonl files" in err

    def test_stdin(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """'-' reads one article from stdin, with a header or with --published."""
        monkeypatch.setattr(sys, "stdin", stdin(f"published: 2025-03-05\n\n{CALL}"))
        code, out, _ = run(capsys, "extract", "-")
        obj = json.loads(out)
        assert (code, obj["id"]) == (0, "-")
        assert obj["events"] == expected(CALL, "2025-03-05")
        monkeypatch.setattr(sys, "stdin", stdin(CALL))
        code, out, _ = run(capsys, "extract", "-", "--published", "2025-03-05")
        assert json.loads(out)["events"] == expected(CALL, "2025-03-05")
        monkeypatch.setattr(sys, "stdin", stdin(CALL))
        code, _, err = run(capsys, "extract", "-")
        assert code == 1
        assert "<stdin>:1: no publication date" in err


class TestJsonl:
    def write(self, tmp_path: Path, *lines: Any) -> Path:
        path = tmp_path / "batch.jsonl"
        text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
        path.write_text(text + "\n", encoding="utf-8")
        return path

    def test_good_lines(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """Each line is an article; id defaults to FILE-STEM:LINE, url is kept, blanks skipped."""
        path = self.write(
            tmp_path,
            {"id": "call", "text": CALL, "published": "2025-03-05", "url": "https://ex.org/1"},
            "",
            {"text": VISIT, "published": "2025-05-03T08:00:00Z", "source": "ignored"},
            {"id": 7, "text": VISIT, "published": "2025-05-03"},
        )
        code, out, err = run(capsys, "extract", path)
        assert (code, err) == (0, "")
        objects = [json.loads(line) for line in out.splitlines()]
        assert [o["id"] for o in objects] == ["call", "batch:3", 7]
        assert objects[0]["url"] == "https://ex.org/1"
        assert "url" not in objects[1]
        assert objects[1]["published"] == "2025-05-03"
        assert objects[0]["events"] == expected(CALL, "2025-03-05")

    def test_bad_lines(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """Each bad line is reported with its line number; the good ones still come out."""
        path = self.write(
            tmp_path,
            "{not json",
            [1, 2],
            {"text": 5, "published": "2025-03-05"},
            {"id": ["x"], "text": CALL, "published": "2025-03-05"},
            {"id": True, "text": CALL, "published": "2025-03-05"},
            {"text": CALL, "published": "2025-03-05", "url": 3},
            {"text": CALL},
            {"text": CALL, "published": "March"},
            {"text": CALL, "published": 2025},
            {"id": "ok", "text": CALL, "published": "2025-03-05"},
        )
        code, out, err = run(capsys, "extract", path)
        assert code == 1
        assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok"]
        messages = [line.removeprefix(f"bilateral: {path}:") for line in err.splitlines()]
        assert messages == [
            "1: not JSON: Expecting property name enclosed in double quotes at line 1 column 2",
            "2: expected a JSON object, not list",
            "3: 'text' must be a string, not 5",
            "4: 'id' must be a string or an integer, not [\"x\"]",
            "5: 'id' must be a string or an integer, not true",
            "6: 'url' must be a string, not 3",
            "7: no 'published' date: add one, or pass --published",
            "8: 'published' must be an ISO-8601 date such as '2025-04-16', not 'March'",
            "9: 'published' must be a datetime.date, datetime.datetime or ISO-8601 str, not int",
            "bilateral: 9 input(s) failed",
        ]

    def test_line_separators_inside_strings(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Only newlines end a record: U+2028 and U+0085 inside a JSON string do not."""
        text = f"{CALL}\u2028Markets\x85were calm.\r"
        path = tmp_path / "odd.jsonl"
        record = json.dumps(
            {"id": "odd", "text": text, "published": "2025-03-05"}, ensure_ascii=False
        )
        path.write_text(record + "\r\n", encoding="utf-8")
        code, out, err = run(capsys, "extract", path)
        assert (code, err) == (0, "")
        assert json.loads(out)["events"] == expected(text, "2025-03-05")

    def test_published_default(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--published dates the lines that have no date of their own."""
        path = self.write(tmp_path, {"text": CALL}, {"text": CALL, "published": None})
        code, out, _ = run(capsys, "extract", path, "--published", "2025-03-05")
        assert code == 0
        assert [json.loads(line)["published"] for line in out.splitlines()] == ["2025-03-05"] * 2


class TestOutput:
    def test_long_cells_are_cut(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A table cell longer than its column ends in an ellipsis."""
        ident = "an-article-id-much-longer-than-the-column"
        path = tmp_path / "a.jsonl"
        path.write_text(json.dumps({"id": ident, "text": CALL, "published": "2025-03-05"}))
        _, out, _ = run(capsys, "extract", path, "--format", "table")
        assert out.splitlines()[2].startswith(ident[:27] + "…")
        assert out.splitlines()[-1] == "1 event from 1 article (0 with none)"

    def test_nothing_read(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """When every input fails, the output is still well formed, and the exit code is 1."""
        missing = tmp_path / "missing.txt"
        assert run(capsys, "extract", missing, "--format", "json")[:2] == (1, "[]\n")
        code, out, _ = run(capsys, "extract", missing, "--format", "csv")
        assert (code, out) == (1, ",".join(["id", *RECORD_COLUMNS]) + "\n")
        code, out, _ = run(capsys, "extract", missing, "--format", "table")
        assert code == 1
        assert out.splitlines()[-1] == "0 events from 0 articles (0 with none)"

    def test_unwritable_output(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An output path that cannot be opened is reported and exits 1."""
        code, out, err = run(capsys, "extract", ARTICLES, "-o", tmp_path)
        assert (code, out) == (1, "")
        assert f"bilateral: cannot write {tmp_path}" in err

    def test_broken_pipe(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A reader that goes away (| head) ends the command quietly with exit code 1."""

        class Closed(io.StringIO):
            def write(self, s: str) -> int:
                raise BrokenPipeError

        monkeypatch.setattr(sys, "stdout", Closed())
        assert main(["schema"]) == 1


class TestProgress:
    def test_bar_on_a_terminal(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """With many inputs and a terminal on stderr, a bar counts the articles."""
        stderr = TtyStringIO()
        monkeypatch.setattr(sys, "stderr", stderr)
        code = main(["extract", str(ARTICLES), "-o", str(tmp_path / "out.jsonl")])
        assert code == 0
        text = stderr.getvalue()
        assert text.startswith("\rextracting [")
        assert text.endswith(f"[{'#' * 30}] 45/45\n")
        assert text.count("\r") <= 101

    def test_no_bar_when_piped_or_few(self) -> None:
        """No bar on a pipe, nor for fewer inputs than PROGRESS_FROM."""
        piped, few = io.StringIO(), TtyStringIO()
        for progress in (_Progress(100, piped), _Progress(PROGRESS_FROM - 1, few)):
            progress.update(1)
            progress.close()
        assert piped.getvalue() == few.getvalue() == ""


class TestMainModule:
    def test_run_as_main(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Running bilateral.__main__ as a script exits with main()'s status."""
        monkeypatch.setattr(sys, "argv", ["bilateral", "--version"])
        with pytest.raises(SystemExit) as exit_info:
            runpy.run_module("bilateral", run_name="__main__")
        assert exit_info.value.code == 0
        assert capsys.readouterr().out == f"bilateral {bilateral.__version__}\n"

    def test_import_does_not_run(self) -> None:
        """Importing bilateral.__main__ (as the console script does) only defines main."""
        module = importlib.import_module("bilateral.__main__")
        assert module.main is main


class TestSubprocess:
    def test_python_m_bilateral(self, tmp_path: Path) -> None:
        """python -m bilateral runs the command, here on one example article as a table."""
        article = sorted(ARTICLES.glob("*.txt"))[0]
        done = subprocess.run(
            [sys.executable, "-m", "bilateral", "extract", str(article), "--format", "table"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, "")
        assert done.stdout.splitlines()[2].startswith("a01_kor_usa_finance")

    def test_cli_imports_no_dask_or_pandas(self) -> None:
        """The command line needs neither dask nor pandas."""
        code = (
            "import sys, bilateral._cli, bilateral.__main__; "
            "print([m for m in ('dask', 'distributed', 'pandas') if m in sys.modules])"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert done.stdout.strip() == "[]"


class TestIds:
    def test_same_name_in_two_folders(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """x/story.txt and y/story.txt get different ids: their paths below the folder."""
        for folder in ("x", "y"):
            (tmp_path / folder).mkdir()
            (tmp_path / folder / "story.txt").write_text(f"published: 2025-05-03\n\n{VISIT}")
        (tmp_path / "y" / "lines.jsonl").write_text(json.dumps({"text": CALL}) + "\n")
        code, out, _ = run(capsys, "extract", tmp_path, "--published", "2025-03-05")
        assert code == 0
        ids = [json.loads(line)["id"] for line in out.splitlines()]
        assert ids == ["x/story", "y/lines:1", "y/story"]

    def test_a_file_given_directly_is_its_stem(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A file named on the command line is known by its stem."""
        (tmp_path / "x").mkdir()
        path = tmp_path / "x" / "story.txt"
        path.write_text(f"published: 2025-05-03\n\n{VISIT}")
        assert json.loads(run(capsys, "extract", path)[1])["id"] == "story"


class TestStreaming:
    def test_empty_files_say_so(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """An empty .txt or .jsonl file is reported as empty, and the batch goes on."""
        (tmp_path / "a.txt").write_text("")
        (tmp_path / "b.jsonl").write_text("\n\n")
        (tmp_path / "c.txt").write_text(" \n\n ")
        (tmp_path / "d.txt").write_text(f"published: 2025-05-03\n\n{VISIT}")
        code, out, err = run(capsys, "extract", tmp_path)
        assert code == 1
        assert [json.loads(line)["id"] for line in out.splitlines()] == ["d"]
        assert f"{tmp_path / 'a.txt'}: the file is empty\n" in err
        assert f"{tmp_path / 'b.jsonl'}: the file is empty (no JSON lines)\n" in err
        assert f"{tmp_path / 'c.txt'}: the file holds only blanks\n" in err

    def test_stdin_jsonl(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """--input-format jsonl reads JSON Lines from standard input, for pipes."""
        lines = [{"id": 1, "text": CALL, "published": "2025-03-05"}, {"id": 2, "text": VISIT}]
        monkeypatch.setattr(sys, "stdin", stdin("".join(json.dumps(x) + "\n" for x in lines)))
        code, out, _ = run(
            capsys, "extract", "-", "--input-format", "jsonl", "--published", "2025-05-03"
        )
        assert code == 0
        objects = [json.loads(line) for line in out.splitlines()]
        assert [o["id"] for o in objects] == [1, 2]
        assert objects[1]["events"] == expected(VISIT, "2025-05-03")

    def test_hostile_lines_are_reported(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Depth, NaN, huge numbers, repeated keys, bad UTF-8, lone surrogates: bad lines."""
        path = tmp_path / "bad.jsonl"
        good = json.dumps({"id": "ok", "text": CALL, "published": "2025-03-05"}).encode()
        path.write_bytes(
            b"\n".join(
                [
                    b"[" * 50_000 + b"]" * 50_000,
                    b'{"text": NaN}',
                    b'{"text": "x", "n": ' + b"7" * 5000 + b"}",
                    b'{"text": "a", "text": "b"}',
                    b'{"text": "S\xe3o Paulo"}',
                    b'{"text": "\\ud800", "published": "2025-03-05"}',
                    good,
                ]
            )
        )
        code, out, err = run(capsys, "extract", path)
        assert code == 1
        assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok"]
        messages = [line.removeprefix(f"bilateral: {path}:") for line in err.splitlines()]
        assert messages == [
            "1: nested deeper than 32 levels",
            "2: NaN is not JSON",
            "3: a number of 5000 characters is too long (40 at most)",
            "4: repeated key 'text' in an object",
            "5: not UTF-8 text (invalid continuation byte at byte 11)",
            "6: 'text' holds \\ud800, a lone surrogate, not a character",
            "bilateral: 6 input(s) failed",
        ]

    @given(st.binary(max_size=200))
    def test_any_line(self, line: bytes) -> None:
        """Any bytes as a JSONL line give an article or a reported problem, never an error."""
        item = _cli_input.from_json_line(line, "x.jsonl", "x", 1, None)
        assert isinstance(item, _cli_input.Article | _cli_input.Problem)

    def test_written_as_results_arrive(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """Each article's line is on disk before the next result is asked for."""
        target = tmp_path / "out.jsonl"
        seen = []

        def spy(articles: Any, **kwargs: Any) -> Any:
            for i, (text, day) in enumerate(articles):
                seen.append(len(target.read_text(encoding="utf-8").splitlines()))
                assert seen[-1] == i
                yield bilateral.extract(text, published=day)

        monkeypatch.setattr(_cli, "iter_extract", spy)
        assert main(["extract", str(ARTICLES), "-o", str(target), "--format", "jsonl"]) == 0
        assert seen == list(range(45))

    def test_worker_failure_keeps_complete_lines(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A killed worker: the lines before it are complete, a message, exit status 1."""

        def failing(articles: Any, **kwargs: Any) -> Any:
            for i, (text, day) in enumerate(articles):
                if i == 3:
                    raise WorkerError("a bilateral worker process (pid 1) stopped unexpectedly")
                yield bilateral.extract(text, published=day)

        monkeypatch.setattr(_cli, "iter_extract", failing)
        target = tmp_path / "out.csv"
        code = main(["extract", str(ARTICLES), "-o", str(target), "--format", "csv"])
        err = capsys.readouterr().err
        assert code == 1
        assert "bilateral: stopped: a bilateral worker process (pid 1) stopped unexpectedly" in err
        assert "after 3 articles; the output holds each of them, complete" in err
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
        assert {r["id"] for r in rows} == {p.stem for p in sorted(ARTICLES.glob("*.txt"))[:3]}

    def test_interrupted_run(self, tmp_path: Path) -> None:
        """Ctrl-C mid-run: every line written is complete JSON, a message, exit status 130."""
        source = tmp_path / "many.jsonl"
        records = [
            {"id": i, "text": text, "published": published}
            for i, (_, published, text) in enumerate(corpus() * 200)  # minutes of work
        ]
        source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        target = tmp_path / "out.jsonl"
        command = [sys.executable, "-m", "bilateral", "extract", str(source), "-o", str(target)]
        with subprocess.Popen(command, stderr=subprocess.PIPE, text=True) as process:
            while not target.exists() or target.stat().st_size == 0:
                assert process.poll() is None, "the run ended before it was interrupted"
                time.sleep(0.05)
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=120)
        assert process.returncode == 130
        lines = target.read_text(encoding="utf-8").splitlines()
        assert 0 < len(lines) < len(records)
        assert [json.loads(line)["id"] for line in lines] == list(range(len(lines)))
        assert f"bilateral: interrupted after {len(lines)} articles" in err

    def test_progress_counts_when_the_total_is_unknown(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """JSONL input on a terminal: a count of the articles done, no total."""
        source = tmp_path / "a.jsonl"
        lines = [{"text": CALL, "published": "2025-03-05"}] * 150
        source.write_text("".join(json.dumps(x) + "\n" for x in lines))
        stderr = TtyStringIO()
        monkeypatch.setattr(sys, "stderr", stderr)
        assert (
            main(["extract", str(source), "-o", str(tmp_path / "o.jsonl"), "--workers", "1"]) == 0
        )
        assert stderr.getvalue() == "\rextracting: 1 articles done\rextracting: 100 articles done\n"
