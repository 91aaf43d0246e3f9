"""What made a dataset: the library's data tables, their sources and the dates they are current to.

The facts live in ``data/tables.tsv``, one row per table; :func:`data_versions` adds each
table's row count and digest, so that a dataset can record exactly which tables made it.
"""

from __future__ import annotations

from attrs import frozen

from bilateral._tables import digest, read_tsv

__all__ = ["DataVersion", "data_versions"]


@frozen(kw_only=True)
class DataVersion:
    """One data table of the library: where its facts come from and how current they are.

    >>> import bilateral
    >>> roster = {v.table: v for v in bilateral.data_versions()}["roster.tsv"]
    >>> roster.current_to, roster.rows > 1000
    ('2025-06', True)
    """

    table: str  #: The file name in the package's ``data/`` folder (``roster.tsv``).
    #: The last month or day its facts are checked to (``YYYY-MM`` or ``YYYY-MM-DD``);
    #: ``None`` for word lists that do not go out of date.
    current_to: str | None
    source: str  #: Where its facts come from, in one line.
    rows: int  #: The number of rows (facts) in the table.
    sha256: str  #: The SHA-256 hex digest of the file, to tell releases of it apart.


def data_versions() -> tuple[DataVersion, ...]:
    """Every data table the library reads, sorted by name, with its date and digest.

    Record these beside a dataset (with ``bilateral.__version__``) to trace it to what made
    it; an office-holder roster current to mid-2025 cannot know a minister appointed later.

    >>> import bilateral
    >>> {v.table: v.current_to for v in bilateral.data_versions()}["country_names.tsv"]
    '2026-02-16'
    """
    return tuple(
        DataVersion(
            table=row["table"],
            current_to=row["current_to"] or None,
            source=row["source"],
            rows=len(read_tsv(row["table"])),
            sha256=digest(row["table"]),
        )
        for row in read_tsv("tables.tsv")
    )
