"""The structure of the finder modules stays: short modules, short and simple functions.

Modules of ``find_actors``, ``find_countries``, the trigger finder and the sentence splitter:
none over 600 lines, no function over 60, and ruff's complexity check (C901) at most 15.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import bilateral

PACKAGE = Path(bilateral.__file__).parent
FINDERS = sorted(
    path
    for pattern in ("_actors*.py", "_countries*.py", "_triggers*.py", "_text.py", "_lazyre.py")
    for path in PACKAGE.glob(pattern)
)
IDS = [path.stem for path in FINDERS]


class TestFinderStructure:
    def test_all_there(self) -> None:
        """The glob finds the split modules, so the checks below are not vacuous."""
        assert len(FINDERS) >= 14

    @pytest.mark.parametrize("path", FINDERS, ids=IDS)
    def test_short_module_and_functions(self, path: Path) -> None:
        """A module of at most 600 lines whose functions have at most 60 lines each."""
        source = path.read_text(encoding="utf-8")
        assert len(source.splitlines()) <= 600
        long = [
            (node.name, node.end_lineno - node.lineno + 1)
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno is not None
            and node.end_lineno - node.lineno + 1 > 60
        ]
        assert long == []

    def test_complexity(self) -> None:
        """ruff C901 (max 15) passes on every finder module."""
        result = subprocess.run(
            [sys.executable, "-m", "ruff", "check", "--isolated", "--select", "C901"]
            + ["--config", "lint.mccabe.max-complexity=15", "--output-format", "concise"]
            + [str(path) for path in FINDERS],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
