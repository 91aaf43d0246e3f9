"""Tests of bilateral._regex.lazy_regex: patterns compiled on first use, and none at import."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral._regex import lazy_regex

PATTERNS = [r"[A-Za-z]+", r"\w+(?:['’.]\w+)*|[^\w\s]", r"(?:his|her)\s+$", r"[ \t]+of[ \t]+"]


class TestLazyRegex:
    def test_compiles_on_first_call_only(self) -> None:
        """Nothing is compiled before the first call, and every call returns one pattern."""
        build = lazy_regex(r"[a-z]+")
        assert build.cache_info().currsize == 0  # type: ignore[attr-defined]
        first = build()
        assert build.cache_info().currsize == 1  # type: ignore[attr-defined]
        assert build() is first

    def test_flags(self) -> None:
        """The flags are those given."""
        assert lazy_regex("rome", re.IGNORECASE)().findall("Rome ROME rome") == [
            "Rome",
            "ROME",
            "rome",
        ]
        assert lazy_regex("rome")().findall("Rome ROME rome") == ["rome"]

    def test_bad_pattern_raises_on_first_call(self) -> None:
        """A broken source fails where it is first used, with re's own error."""
        build = lazy_regex("(")
        with pytest.raises(re.error, match="missing \\)"):
            build()

    @given(st.sampled_from(PATTERNS), st.text())
    def test_same_matches_as_re_compile(self, source: str, text: str) -> None:
        """A lazy pattern matches exactly as ``re.compile`` of the same source does."""
        assert lazy_regex(source)().findall(text) == re.compile(source).findall(text)


class TestNoPatternAtImport:
    def test_finder_patterns_compiled_on_first_use(self) -> None:
        """After ``import bilateral`` the finders' patterns are sources, not compiled, and
        the finder modules hold no compiled pattern at module level."""
        code = """
import re, sys
import bilateral
import bilateral._actors, bilateral._countries, bilateral._triggers, bilateral._text
finders = ("bilateral._actors", "bilateral._countries", "bilateral._triggers", "bilateral._text")
builders = compiled = 0
for name, module in list(sys.modules.items()):
    if not name.startswith(finders):
        continue
    for value in vars(module).values():
        if getattr(value, "__qualname__", "") == "lazy_regex.<locals>.compiled":
            builders += 1
            compiled += value.cache_info().currsize
        elif isinstance(value, re.Pattern):
            print("compiled at import:", name, value.pattern)
print(builders, compiled)
"""
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split("\n")
        assert not [line for line in out if line.startswith("compiled at import")]
        builders, compiled = map(int, out[-2].split())
        assert builders >= 30
        assert compiled == 0
