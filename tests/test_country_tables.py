"""Tests of the country tables in bilateral/data: columns, keys, codes and order."""

from __future__ import annotations

from importlib import resources

import pycountry
import pytest

from bilateral._tables import read_tsv

#: table -> (header, key columns, column holding alpha-3 codes or None)
TABLES: dict[str, tuple[list[str], list[str], str | None]] = {
    "country_names.tsv": (
        ["alpha_3", "name", "official_name", "common_name"],
        ["alpha_3"],
        "alpha_3",
    ),
    "country_aliases.tsv": (["alias", "alpha_3", "recognition", "flags"], ["alias"], "alpha_3"),
    "country_demonyms.tsv": (["demonym", "alpha_3", "flags"], ["demonym"], "alpha_3"),
    "country_capitals.tsv": (
        ["capital", "alpha_3", "flags", "organization"],
        ["capital"],
        "alpha_3",
    ),
    "country_metonyms.tsv": (["metonym", "alpha_3", "flags"], ["metonym"], "alpha_3"),
    "country_historical.tsv": (["name", "alpha_3", "flags"], ["name"], "alpha_3"),
    "country_organizations.tsv": (["form", "organization", "flags"], ["form"], None),
    "country_blockers.tsv": (["phrase", "reason"], ["phrase"], None),
    "country_cues.tsv": (["form", "where", "cue"], ["form", "where", "cue"], None),
    "country_context.tsv": (["cue", "alpha_3"], ["cue"], "alpha_3"),
    "country_words.tsv": (["word", "role"], ["word", "role"], None),
    "country_sovereigns.tsv": (["alpha_3", "sovereign"], ["alpha_3"], "alpha_3"),
}
FLAGS = {
    "case",
    "cap",
    "lower",
    "person",
    "weak",
    "prefix",
    "historical",
    "article",
    "stem",
    "language",
    "word",
}
#: ISO 3166-1 and -3, and the user-assigned code of Kosovo.
KNOWN = (
    {c.alpha_3 for c in pycountry.countries}
    | {c.alpha_3 for c in pycountry.historic_countries}
    | {"XKX"}
)


def _raw_lines(name: str) -> list[str]:
    path = resources.files("bilateral").joinpath("data", name)
    return path.read_text(encoding="utf-8").splitlines()


class TestCountryTables:
    """Every country_*.tsv table."""

    def test_all_tables_listed(self) -> None:
        """Every country_*.tsv in the package is checked here."""
        data = resources.files("bilateral").joinpath("data")
        names = {p.name for p in data.iterdir() if p.name.startswith("country_")}
        assert names == set(TABLES)

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_comment_and_header(self, name: str) -> None:
        """A table starts with # lines naming its source and columns, then its header."""
        lines = _raw_lines(name)
        comments = [line for line in lines if line.startswith("#")]
        assert lines[0].startswith("# Source:")
        assert any("Columns:" in line for line in comments)
        header = lines[len(comments)].split("\t")
        assert header == TABLES[name][0]

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_rows(self, name: str) -> None:
        """Each row has the header's cells, no blank key and no stray whitespace."""
        header = TABLES[name][0]
        lines = [line for line in _raw_lines(name) if line and not line.startswith("#")]
        for line in lines[1:]:
            cells = line.split("\t")
            assert len(cells) == len(header), line
            assert all(c == c.strip() for c in cells), line
            assert cells[0], line

    @pytest.mark.parametrize("name", sorted(TABLES))
    def test_unique_sorted_keys(self, name: str) -> None:
        """Keys are unique and the rows sorted by them, case-insensitively."""
        _, key_columns, _ = TABLES[name]
        keys = [tuple(row[c] for c in key_columns) for row in read_tsv(name)]
        assert len(keys) == len(set(keys))
        order = sorted(keys, key=lambda k: (tuple(c.casefold() for c in k), k))
        assert keys == order

    @pytest.mark.parametrize("name", sorted(t for t, spec in TABLES.items() if spec[2]))
    def test_codes_known(self, name: str) -> None:
        """Every alpha-3 code is known to pycountry (ISO 3166-1 or ISO 3166-3)."""
        column = TABLES[name][2]
        assert column is not None
        for row in read_tsv(name):
            codes = row[column].split()
            assert codes, row
            assert len(codes) == len(set(codes)), row
            for code in codes:
                assert code in KNOWN, row

    @pytest.mark.parametrize("name", sorted(t for t, spec in TABLES.items() if "flags" in spec[0]))
    def test_flags_known(self, name: str) -> None:
        """Flags come from the documented set."""
        for row in read_tsv(name):
            assert set(row["flags"].split()) <= FLAGS, row

    def test_names_cover_iso(self) -> None:
        """The names table has all 249 ISO 3166-1 entries, as pycountry names them."""
        rows = {row["alpha_3"]: row for row in read_tsv("country_names.tsv")}
        assert len(rows) == 249
        for record in pycountry.countries:
            row = rows[record.alpha_3]
            assert row["name"] == record.name
            assert row["official_name"] == getattr(record, "official_name", "")
            assert row["common_name"] == getattr(record, "common_name", "")

    def test_every_state_has_a_demonym(self) -> None:
        """Every state with a capital in the table (not a dependent territory) has a demonym."""
        capitals = {c for row in read_tsv("country_capitals.tsv") for c in row["alpha_3"].split()}
        demonyms = {c for row in read_tsv("country_demonyms.tsv") for c in row["alpha_3"].split()}
        territories = {row["alpha_3"] for row in read_tsv("country_sovereigns.tsv")}
        missing = capitals - demonyms - territories - {"VAT"}  # the Holy See has no demonym
        assert missing == set()

    def test_cues_target_forms(self) -> None:
        """Every cue names a form of another table and a known place."""
        forms = {row["alias"] for row in read_tsv("country_aliases.tsv")}
        forms |= {row["name"] for row in read_tsv("country_names.tsv")}
        forms |= {row["capital"] for row in read_tsv("country_capitals.tsv")}
        forms |= {row["demonym"] for row in read_tsv("country_demonyms.tsv")}
        for row in read_tsv("country_cues.tsv"):
            assert row["form"] in forms, row
            assert row["where"] in {"before", "after", "document"}, row
            assert row["cue"] == row["cue"].lower(), row
            if row["where"] == "document":
                assert " " not in row["cue"], row

    def test_word_roles(self) -> None:
        """Word roles come from the documented set."""
        roles = {row["role"] for row in read_tsv("country_words.tsv")}
        assert roles == {
            "title",
            "honorific",
            "suffix",
            "region",
            "head",
            "head_cap",
            "lead",
            "lead_cap",
            "language",
            "language_name",
            "pronoun",
            "trade",
        }

    def test_alias_recognition(self) -> None:
        """Aliases are recognised as names or aliases."""
        assert {row["recognition"] for row in read_tsv("country_aliases.tsv")} == {"name", "alias"}
