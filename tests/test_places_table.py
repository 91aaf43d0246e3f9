"""Tests of data/places.tsv: cities and venues of meetings, each in one state."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pycountry
import pytest

from bilateral._tables import Row, read_tsv

NAME = "places.tsv"
HEADER = ["place", "alpha_3", "kind", "note"]
KINDS = {"city", "venue"}
CODES = {c.alpha_3 for c in pycountry.countries}

#: Function words and everyday words that must never be read as a place.
STOPWORDS = {
    "a", "an", "and", "as", "at", "bar", "bath", "by", "deal", "for", "from", "hull", "in",
    "is", "it", "may", "mobile", "no", "of", "on", "or", "reading", "sale", "side", "so",
    "the", "to", "tours", "up", "us", "van", "we", "wells",
}  # fmt: skip

#: Places that are also lowercase English words: their note must say so.
LOWERCASE_WORDS = {
    "Anchorage", "Arak", "Aspen", "Bled", "Bordeaux", "Cork", "Dijon", "Fez", "Hue",
    "Limerick", "Manhattan", "Mecca", "Nice", "Shiraz", "Split", "Tamale",
}  # fmt: skip

#: Names in other tables whose role here is a place all the same.
SHARED = {
    "Goma": "country_context.tsv: a cue for DR Congo, and a city there",
    "New York": "country_words.tsv: a US state after a city, and the city itself",
    "Santiago de Compostela": "country_blockers.tsv: not Chile's capital, and a city in Spain",
    "Santiago de Cuba": "country_blockers.tsv: not Chile's capital, and a city in Cuba",
}

#: Other tables (and their key column) whose forms a place must not repeat.
OTHER_TABLES = {
    "country_capitals.tsv": "capital",
    "country_metonyms.tsv": "metonym",
    "country_aliases.tsv": "alias",
    "country_historical.tsv": "name",
    "country_demonyms.tsv": "demonym",
    "country_blockers.tsv": "phrase",
    "country_context.tsv": "cue",
    "country_words.tsv": "word",
}

SPOT_CHECKS = {
    "Camp David": ("USA", "venue"),
    "Mar-a-Lago": ("USA", "venue"),
    "Sochi": ("RUS", "city"),
    "St Petersburg": ("RUS", "city"),
    "Da Nang": ("VNM", "city"),
    "Ho Chi Minh City": ("VNM", "city"),
    "Liverpool": ("GBR", "city"),
    "Chequers": ("GBR", "venue"),
    "Bletchley Park": ("GBR", "venue"),
    "Cucuta": ("COL", "city"),
    "Cúcuta": ("COL", "city"),
    "Davos": ("CHE", "venue"),
    "Geneva": ("CHE", "city"),
    "Kananaskis": ("CAN", "venue"),
    "Sharm el-Sheikh": ("EGY", "city"),
    "Jeddah": ("SAU", "city"),
    "Istanbul": ("TUR", "city"),
    "Samarkand": ("UZB", "city"),
    "Almaty": ("KAZ", "city"),
    "Busan": ("KOR", "city"),
    "Hiroshima": ("JPN", "city"),
    "Bali": ("IDN", "venue"),
    "Mumbai": ("IND", "city"),
    "Lahore": ("PAK", "city"),
    "Lagos": ("NGA", "city"),
    "Johannesburg": ("ZAF", "city"),
    "Rio de Janeiro": ("BRA", "city"),
    "São Paulo": ("BRA", "city"),
    "Guadalajara": ("MEX", "city"),
    "Kaohsiung": ("TWN", "city"),
    "Munich": ("DEU", "city"),
    "Strasbourg": ("FRA", "city"),
}


def _rows() -> tuple[Row, ...]:
    return read_tsv(NAME)


def _lines() -> list[str]:
    path = resources.files("bilateral").joinpath("data", NAME)
    return path.read_text(encoding="utf-8").splitlines()


def _excluded() -> dict[str, str]:
    """The names the comment block says were left out, each with its reason."""
    entries: list[str] = []
    for line in _lines():
        if not line.startswith("#"):
            break
        if line.startswith("# - "):
            entries.append(line[4:])
        elif line.startswith("#   ") and entries:
            entries[-1] += " " + line[4:]
    excluded: dict[str, str] = {}
    for entry in entries:
        names, _, reason = entry.partition(": ")
        for name in names.split(", "):
            excluded[name] = reason
    return excluded


class TestPlacesTable:
    """The places table: its layout, its codes and what it leaves out."""

    def test_comment_and_header(self) -> None:
        """The file starts with # lines naming source and columns, then the header."""
        lines = _lines()
        comments = [line for line in lines if line.startswith("#")]
        assert lines[0].startswith("# Source:")
        assert any("Columns:" in line for line in comments)
        assert lines[len(comments)].split("\t") == HEADER

    def test_rows_are_well_formed(self) -> None:
        """Every row has four clean, non-empty cells."""
        lines = [line for line in _lines() if line and not line.startswith("#")]
        for line in lines[1:]:
            cells = line.split("\t")
            assert len(cells) == len(HEADER), line
            assert all(cells), line
            assert all(c == c.strip() and "  " not in c for c in cells), line

    def test_size(self) -> None:
        """The table covers the world, not a sample of it."""
        rows = _rows()
        assert len(rows) >= 800
        assert len({r["alpha_3"] for r in rows}) >= 150

    def test_codes_are_iso(self) -> None:
        """Every alpha_3 is a current ISO 3166-1 code."""
        bad = [r["place"] for r in _rows() if r["alpha_3"] not in CODES]
        assert not bad

    def test_kinds(self) -> None:
        """A place is a city or a venue."""
        assert {r["kind"] for r in _rows()} <= KINDS

    def test_unique_and_sorted(self) -> None:
        """Places are unique, even ignoring case, and sorted case-insensitively."""
        places = [r["place"] for r in _rows()]
        counts = Counter(p.casefold() for p in places)
        assert not [p for p in places if counts[p.casefold()] > 1]
        assert places == sorted(places, key=lambda p: (p.casefold(), p))

    def test_places_are_names(self) -> None:
        """A place starts with a capital letter and is no everyday word."""
        for row in _rows():
            place = row["place"]
            assert place[0].isupper(), place
            assert place.casefold() not in STOPWORDS, place

    def test_lowercase_words_are_marked(self) -> None:
        """A place that is also a lowercase English word says it counts capitalised only."""
        notes = {r["place"]: r["note"] for r in _rows()}
        for place in LOWERCASE_WORDS:
            assert place in notes, place
            assert "capitalised only" in notes[place], place

    @pytest.mark.parametrize("table", sorted(OTHER_TABLES))
    def test_no_overlap_with_country_tables(self, table: str) -> None:
        """No place repeats a capital, metonym or other form of the country tables."""
        column = OTHER_TABLES[table]
        forms = {r[column].casefold() for r in read_tsv(table) if r[column]}
        overlap = {r["place"] for r in _rows() if r["place"].casefold() in forms}
        assert overlap <= set(SHARED)

    def test_shared_forms_are_still_there(self) -> None:
        """The forms knowingly shared with other tables are present (else drop them above)."""
        places = {r["place"] for r in _rows()}
        assert set(SHARED) <= places

    def test_exclusions_are_listed_and_absent(self) -> None:
        """Names the comment block leaves out are not rows, and each has a reason."""
        excluded = _excluded()
        assert len(excluded) >= 150
        for name in ("Perth", "Tripoli", "Alexandria", "Birmingham", "Valencia", "Crimea"):
            assert name in excluded, name
        assert all(excluded.values())
        places = {r["place"].casefold() for r in _rows()}
        assert not [name for name in excluded if name.casefold() in places]

    def test_no_disputed_territory(self) -> None:
        """Places in disputed territories are left out."""
        places = {r["place"] for r in _rows()}
        disputed = {
            "Crimea", "Sevastopol", "Simferopol", "Yalta", "Donetsk", "Luhansk", "Srinagar",
            "Jerusalem", "East Jerusalem", "Golan", "Laayoune", "Dakhla", "Pristina",
            "Tiraspol", "Sukhumi", "Tskhinvali", "Stepanakert", "Hargeisa", "Kyrenia",
        }  # fmt: skip
        assert not places & disputed

    @pytest.mark.parametrize("place", sorted(SPOT_CHECKS))
    def test_spot_checks(self, place: str) -> None:
        """Well-known meeting places map to the right state and kind."""
        rows = {r["place"]: r for r in _rows()}
        assert (rows[place]["alpha_3"], rows[place]["kind"]) == SPOT_CHECKS[place]
