"""data_versions(): the data tables, their sources, the dates they are current to."""

from __future__ import annotations

import hashlib
import re
from importlib import resources

import pytest

import bilateral
from bilateral._tables import read_tsv


def data_files() -> set[str]:
    folder = resources.files("bilateral").joinpath("data")
    return {p.name for p in folder.iterdir() if p.name.endswith(".tsv")}


class TestDataVersions:
    def test_every_table_is_listed_once(self) -> None:
        """Every TSV table of the package except the manifest has a row, sorted by name."""
        names = [v.table for v in bilateral.data_versions()]
        assert names == sorted(set(names))
        assert set(names) == data_files() - {"tables.tsv"}

    def test_fields(self) -> None:
        """Dates are ISO months or days, sources are said, rows and digests match the files."""
        for version in bilateral.data_versions():
            if version.current_to is not None:
                assert re.fullmatch(r"\d{4}-\d\d(-\d\d)?", version.current_to), version
            assert version.source.strip()
            assert version.rows == len(read_tsv(version.table)) > 0
            data = resources.files("bilateral").joinpath("data", version.table).read_bytes()
            assert version.sha256 == hashlib.sha256(data).hexdigest()

    def test_dated_tables(self) -> None:
        """The tables of facts that go out of date say how current they are."""
        dated = {v.table: v.current_to for v in bilateral.data_versions()}
        assert dated["roster.tsv"] is not None and dated["country_names.tsv"] is not None
        assert dated["date_words.tsv"] is None

    def test_immutable(self) -> None:
        """A DataVersion is frozen."""
        version = bilateral.data_versions()[0]
        with pytest.raises(AttributeError):
            version.rows = 0  # type: ignore[misc]
