"""Shared by the benchmarks: write one section of ``benchmarks/RESULTS.md`` in place.

Each benchmark owns the section between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``
and rewrites only that, so the benchmarks can run in any order.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")
_HEADER = "# Benchmark results\n\nWritten by the scripts in `benchmarks/`; do not edit by hand.\n"


def machine() -> str:
    """One line naming the machine and Python the figures were measured on."""
    return f"{platform.machine()}, {platform.system()}, Python {sys.version.split()[0]}"


def write_section(name: str, body: str) -> None:
    """Replace (or append) the section ``name`` of RESULTS.md with ``body``."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else _HEADER
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        text = before + block + after
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    RESULTS.write_text(text, encoding="utf-8")
