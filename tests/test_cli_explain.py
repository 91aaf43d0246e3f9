"""``bilateral explain FILE``: the report of bilateral.explain for one article, as text or JSON."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import bilateral
from bilateral._cli import main

ARTICLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
CALL_FILE = ARTICLES / "a02_chn_usa_call.txt"
TEXT = "Modi met Ishiba in Tokyo on Friday. No talks are planned."


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """main(argv) in this process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def split(path: Path) -> tuple[str, str]:
    """(published, text) of an example article, split as examples/README.md says."""
    header, _, text = path.read_text(encoding="utf-8").partition("\n\n")
    return header.removeprefix("published:").strip(), text


def as_json(why: bilateral.Explanation) -> dict[str, Any]:
    """The JSON form the brief asks for, built here independently of the CLI."""
    return {
        "schema": "bilateral/1",
        "bilateral_version": bilateral.__version__,
        "events": [
            {
                "event": bilateral.to_dict(t.event),
                "rules": [
                    {
                        "rule": u.rule,
                        "stage": u.stage,
                        "field": u.field,
                        "trigger": u.trigger,
                        "start": u.start,
                        "end": u.end,
                    }
                    for u in t.rules
                ],
            }
            for t in why.events
        ],
        "dropped": [
            {"trigger": c.trigger, "start": c.start, "end": c.end, "stage": c.stage, "rule": c.rule}
            for c in why.dropped
        ],
    }


def stdin(monkeypatch: pytest.MonkeyPatch, data: str) -> None:
    wrapper = io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", wrapper)


class TestExampleArticle:
    def test_text(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The text form is str(bilateral.explain(...)) of the article after its header."""
        published, text = split(CALL_FILE)
        code, out, err = run(capsys, "explain", CALL_FILE)
        assert (code, err) == (0, "")
        assert out == str(bilateral.explain(text, published=published)) + "\n"
        assert out.startswith("event 1: call, occurred: CHN, USA (2025-07-08)\n")
        assert "dropped 'meet' at 994-998: merge.no-event-of-its-states (merge)" in out

    def test_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json: each event in the bilateral/1 form with its rules, and the dropped."""
        published, text = split(CALL_FILE)
        code, out, err = run(capsys, "explain", CALL_FILE, "--format", "json")
        assert (code, err) == (0, "")
        obj = json.loads(out)
        assert obj == as_json(bilateral.explain(text, published=published))
        assert list(obj) == ["schema", "bilateral_version", "events", "dropped"]
        assert list(obj["events"][0]["rules"][0]) == [
            "rule",
            "stage",
            "field",
            "trigger",
            "start",
            "end",
        ]
        assert list(obj["dropped"][0]) == ["trigger", "start", "end", "stage", "rule"]
        events = [bilateral.from_dict(e["event"]) for e in obj["events"]]
        assert events == bilateral.extract(text, published=published)

    def test_offsets_index_the_text_after_the_header(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Every rule's and every dropped word's offsets point at its word in the text."""
        _, text = split(CALL_FILE)
        obj = json.loads(run(capsys, "explain", CALL_FILE, "--format", "json")[1])
        spans = [u for e in obj["events"] for u in e["rules"] if u["start"] >= 0]
        spans += obj["dropped"]
        assert spans
        assert all(text[s["start"] : s["end"]] == s["trigger"] for s in spans)

    @pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
    def test_every_example_article(self, capsys: pytest.CaptureFixture[str], path: Path) -> None:
        """End to end on every example article: the text and JSON forms agree with explain."""
        published, text = split(path)
        why = bilateral.explain(text, published=published)
        assert run(capsys, "explain", path) == (0, str(why) + "\n", "")
        code, out, _ = run(capsys, "explain", path, "--format", "json")
        assert (code, json.loads(out)) == (0, as_json(why))


class TestDates:
    def test_published_for_a_bare_file(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """A file without a header takes --published."""
        path = tmp_path / "bare.txt"
        path.write_text(TEXT, encoding="utf-8")
        code, out, _ = run(capsys, "explain", path, "--published", "2025-08-20")
        assert code == 0
        assert out == str(bilateral.explain(TEXT, published="2025-08-20")) + "\n"
        assert "(2025-08-15)" in out

    def test_the_header_wins(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """The header's date wins over --published, as in bilateral extract."""
        path = tmp_path / "dated.txt"
        path.write_text(f"published: 2025-08-20\n\n{TEXT}", encoding="utf-8")
        code, out, _ = run(capsys, "explain", path, "--published", "2024-01-10")
        assert code == 0
        assert "(2025-08-15)" in out


class TestStdin:
    def test_dash_reads_standard_input(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """``-`` reads one article, header included, from standard input."""
        stdin(monkeypatch, f"published: 2025-08-20\n\n{TEXT}")
        code, out, err = run(capsys, "explain", "-", "--format", "json")
        assert (code, err) == (0, "")
        assert json.loads(out) == as_json(bilateral.explain(TEXT, published="2025-08-20"))

    def test_standard_input_without_a_date(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """No header and no --published: reported as extract reports it, exit 1."""
        stdin(monkeypatch, TEXT)
        code, out, err = run(capsys, "explain", "-")
        assert (code, out) == (1, "")
        assert err.startswith("bilateral: <stdin>:1: no publication date: start the file with")


class TestErrors:
    def test_missing_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "nope.txt"
        code, out, err = run(capsys, "explain", path)
        assert (code, out) == (1, "")
        assert err == f"bilateral: {path}: cannot read: No such file or directory\n"

    def test_bad_header_date(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        path = tmp_path / "bad.txt"
        path.write_text(f"published: 2025-13-45\n\n{TEXT}", encoding="utf-8")
        code, out, err = run(capsys, "explain", path)
        assert (code, out) == (1, "")
        assert err.startswith(f"bilateral: {path}:1: ")

    def test_same_messages_as_extract(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Every problem of a file reads as bilateral extract reports it."""
        cases = {
            "bare.txt": TEXT,
            "bad.txt": f"published: June\n\n{TEXT}",
            "empty.txt": "",
            "latin.txt": "caf\xe9",
        }
        for name, content in cases.items():
            path = tmp_path / name
            if name == "latin.txt":
                path.write_bytes(content.encode("latin-1"))
            else:
                path.write_text(content, encoding="utf-8")
            code, _, err = run(capsys, "explain", path)
            extract_err = run(capsys, "extract", path)[2]
            assert code == 1
            assert err.strip() == extract_err.splitlines()[0], name

    def test_a_folder_or_jsonl_is_not_one_article(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        lines = tmp_path / "news.jsonl"
        lines.write_text('{"text": "x", "published": "2025-01-01"}\n', encoding="utf-8")
        assert run(capsys, "explain", lines)[:2] == (1, "")
        assert run(capsys, "explain", tmp_path)[:2] == (1, "")

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["explain"], "the following arguments are required: FILE"),
            (["explain", "x.txt", "--published", "June"], "'--published' must be an ISO-8601"),
            (["explain", "x.txt", "--format", "csv"], "invalid choice: 'csv'"),
        ],
    )
    def test_usage_errors(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
    ) -> None:
        code, out, err = run(capsys, *argv)
        assert (code, out) == (2, "")
        assert message in err

    def test_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        code, out, _ = run(capsys, "explain", "--help")
        assert code == 0
        assert "published: YYYY-MM-DD" in out
        assert "--format" in out
        assert "explain" in run(capsys, "--help")[1]


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_any_file_explains_or_is_reported(data: bytes) -> None:
    """Any bytes in a file: an explanation (JSON that matches extract) or a reported problem."""
    assume(not data.removeprefix(b"\xef\xbb\xbf").lower().startswith(b"published:"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.txt"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["explain", str(path), "--published", "2025-08-20", "--format", "json"])
    assert code in (0, 1)
    if code == 1:
        assert (out.getvalue(), err.getvalue().startswith("bilateral: ")) == ("", True)
        return
    obj = json.loads(out.getvalue())
    text = data.decode("utf-8-sig")
    events = [bilateral.from_dict(e["event"]) for e in obj["events"]]
    assert events == bilateral.extract(text, published="2025-08-20")


def _console(rst: str) -> list[tuple[str, list[str]]]:
    """(command, shown output lines) of each ``$ bilateral …`` line of a how-to's console blocks."""
    out: list[tuple[str, list[str]]] = []
    for line in rst.splitlines():
        text = line.strip()
        if text.startswith("$ "):
            out.append((text[2:], []))
        elif out and text and not line.startswith((".. ", "``")) and line.startswith("   "):
            out[-1][1].append(text)
    return out


def test_the_documented_explain_commands_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The explain examples of docs/howto_cli.rst run as shown, and print what is shown."""
    root = ARTICLES.parent.parent
    monkeypatch.chdir(root)
    rst = (root / "docs" / "howto_cli.rst").read_text(encoding="utf-8")
    commands = [(c, shown) for c, shown in _console(rst) if c.startswith("bilateral explain ")]
    assert any(shown for _, shown in commands)
    for command, shown in commands:
        code, out, _ = run(capsys, *command.split()[1:])
        assert code == 0, command
        printed = [line.strip() for line in out.splitlines()]
        assert all(line in printed for line in shown if line != "..."), shown
