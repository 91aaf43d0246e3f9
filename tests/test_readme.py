"""The README's set-up commands and the code blocks of its sections, run as pasted."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
#: Sections whose Python blocks run here as scripts; the Quick start is tested with the batch API.
SECTIONS = ("Data frames, Parquet and spaCy",)


def blocks(language: str) -> list[tuple[str, str]]:
    """(section title, code) of every fenced block of ``language`` in the README."""
    out, section = [], ""
    for match in re.finditer(
        rf"^## (?P<title>[^\n]+)$|^```{language}\n(?P<code>.*?)^```$",
        README.read_text(encoding="utf-8"),
        re.M | re.S,
    ):
        if match["title"]:
            section = match["title"].strip()
        else:
            out.append((section, match["code"]))
    return out


class TestSetUp:
    def test_title_sentence_then_two_commands(self) -> None:
        """The README opens with its title, one sentence, then the two set-up commands."""
        lines = README.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "# bilateral"
        assert lines[2].endswith(".") and lines[2].count(". ") == 0
        assert lines[4] == "```console"
        commands = lines[5:7]
        assert lines[7] == "```"
        assert commands[1] == "bash tools/test.sh"
        assert commands[0].endswith("bilateral extract examples/articles --format table")

    def test_the_paths_of_the_commands_exist(self) -> None:
        """Every file the two commands name is in the repository."""
        assert (ROOT / "tools" / "test.sh").is_file()
        assert (ROOT / "examples" / "articles").is_dir()
        assert (ROOT / "pyproject.toml").is_file()

    def test_first_command_prints_the_events(self) -> None:
        """The first command's extraction, run with this interpreter, prints the event table."""
        [(_, code)] = [b for b in blocks("console") if b[1].startswith("python3 -m venv")]
        last = shlex.split(code.splitlines()[0].split("&&")[-1])
        assert last[0] == ".venv/bin/bilateral"
        out = subprocess.run(
            [sys.executable, "-m", "bilateral", *last[1:]],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        assert "a01_kor_usa_finance" in out.stdout
        assert out.stdout.count("\n") > 90


@pytest.mark.parametrize(
    "code",
    [pytest.param(code, id=section) for section, code in blocks("python") if section in SECTIONS],
)
def test_python_block_runs_as_a_script(code: str, tmp_path: Path) -> None:
    """Each Python block of the sections above, saved as a script, runs without error."""
    if "import spacy" in code:
        pytest.importorskip("spacy")
    if "pandas" in code:
        pytest.importorskip("pandas")
        pytest.importorskip("pyarrow")
    script = tmp_path / "block.py"
    script.write_text(code, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()


def test_the_tested_sections_have_blocks() -> None:
    """The sections named above still hold the blocks this file runs."""
    assert len([s for s, _ in blocks("python") if s in SECTIONS]) == 2
