"""The only module that opens data files: each is read once, lazily, and kept immutable.

A table is a UTF-8 TSV file in ``bilateral/data/``: ``#`` lines giving its source and
columns, then a header row, then one fact a row.
"""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import resources
from typing import Any

__all__ = ["Row", "digest", "read_json", "read_tsv"]

#: One row of a table, keyed by the header's column names.
Row = dict[str, str]


def _read_text(name: str) -> str:
    return resources.files("bilateral").joinpath("data", name).read_text(encoding="utf-8")


@functools.cache
def read_tsv(name: str) -> tuple[Row, ...]:
    """The rows of ``data/<name>``; empty cells are empty strings.

    >>> rows = read_tsv("triggers.tsv")
    >>> "word" in rows[0]
    True
    """
    lines = [line for line in _read_text(name).splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        elif len(cells) > len(header):
            raise ValueError(f"data/{name}: row {number} has {len(cells)} cells, not {len(header)}")
        rows.append(dict(zip(header, (c.strip() for c in cells), strict=True)))
    return tuple(rows)


@functools.cache
def read_json(name: str) -> Any:
    """The parsed JSON file ``data/<name>`` (shared: callers must not change it).

    >>> read_json("schema.json")["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    return json.loads(_read_text(name))


@functools.cache
def digest(name: str) -> str:
    """The SHA-256 hex digest of ``data/<name>``'s bytes, to tell one release of it from another.

    >>> len(digest("triggers.tsv"))
    64
    """
    data = resources.files("bilateral").joinpath("data", name).read_bytes()
    return hashlib.sha256(data).hexdigest()
